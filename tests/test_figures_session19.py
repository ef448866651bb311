"""Figures in reports of other wars, session 19: shapes of sentence found by running invented
communiques, Hansard answers, tribunal indictments, ACLED-style lines, OCHA flash updates and
translated bulletins about the world wars, Spain 1936-39, Biafra, Croatia, Uganda, East Timor,
Lebanon 2006, Mosul and others through the extractor. Every sentence is invented; the places are
real names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- people whose whereabouts remain unknown are missing; `remain` alone would count who stays ------

@pytest.mark.parametrize("sentence, expected", [
    ("The whereabouts of 16 people remain unknown.", [("missing", 16, "person")]),
    ("The whereabouts of 240 children abducted from Aboke remained unknown for years.",
     [("missing", 240, "child")]),
    ("The fate of 57 sailors remains unclear, the Admiralty said.", [("missing", 57, "sailor")]),
])
def test_whereabouts_that_remain_unknown_are_missing(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The identities of 12 victims remain unknown.",
    "The names of 30 of the dead remained unknown until 1946.",
])
def test_what_else_remains_unknown_is_no_missing(sentence):
    assert all(kind != "missing" for kind, _, _ in facts(sentence))


# --- a French, Spanish or Portuguese date left in a translated bulletin is no count -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le 3 mars, 12 soldiers were killed near Verdun.", [("killed", 12, "soldier")]),
    ("Depuis le 12 juin, 40 civilians have been wounded.", [("wounded", 40, "civilian")]),
    ("El 26 de abril de 1937, German aircraft dropped 40 bombs on Guernica.", [("attacks", 40, "bomb")]),
    ("Em 25 de abril, 12 soldiers died in Mueda.", [("killed", 12, "soldier")]),
    ("Communique of 7 octobre: 30 enemy tanks were destroyed.", [("destroyed", 30, "tank")]),
])
def test_a_date_in_another_language_is_no_figure(sentence, expected):
    assert facts(sentence) == expected


# --- a date before `numbered` ends the tally's period; it is not what the tally counts -------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Minister said losses up to 12 June numbered 1,204 killed and 3,300 wounded.",
     [("killed", 1_204, "person"), ("wounded", 3_300, "person")]),
    ("Losses up to the end of March totalled 412 killed.", [("killed", 412, "person")]),
    ("Arrests since Monday number 230.", [("captured", 230, "person")]),
    ("Prisoners since 6 June 1944 number 41,000.", [("captured", 41_000, "prisoner")]),
    ("Casualties up to 12 June numbered 4,504.", [("casualties", 4_504, "casualty")]),
])
def test_a_date_before_numbered_is_no_counted_noun(sentence, expected):
    assert facts(sentence) == expected


def test_a_noun_before_numbered_still_counts():
    assert facts("The attackers, numbering about 300, crossed at dawn.")[0][1:] == (300, "attacker")


# --- a weight of munitions is typed as a count of them is -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Luftwaffe dropped 500 tons of bombs on Coventry overnight.", [("attacks", 500, "tonne")]),
    ("Allied bombers dropped 2,300 tonnes of high explosive bombs on the port.", [("attacks", 2_300, "tonne")]),
    ("Police seized 2 tonnes of explosives in a raid near Banda Aceh.", [("captured", 2, "tonne")]),
    ("The airlift delivered 300 tons of ammunition to Tel Aviv.", [("equipment", 300, "tonne")]),
])
def test_a_weight_of_munitions_is_typed_as_their_count(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The convoy carried 40 tonnes of flour to Sarajevo.", [("other", 40, "tonne")]),
    ("Some 1,200 tons of aid reached Biafra by air.", [("other", 1_200, "tonne")]),
])
def test_a_weight_of_other_goods_stays_other(sentence, expected):
    assert facts(sentence) == expected


# --- how badly people were hurt says nothing of the kind, nor names what is counted -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("In the raids 187 civilians were killed and 514 seriously injured.",
     [("killed", 187, "civilian"), ("wounded", 514, "civilian")]),
    ("Six were killed and 40 were seriously injured when the shelter was hit.",
     [("killed", 6, "person"), ("wounded", 40, "person")]),
    ("Two soldiers died and 11 were critically wounded at Suvla.",
     [("killed", 2, "soldier"), ("wounded", 11, "soldier")]),
    ("The shell killed 3 men and slightly wounded 9 others.",
     [("killed", 3, "man"), ("wounded", 9, "man")]),
    ("Doctors treated 14 critically injured patients.", [("wounded", 14, "patient")]),
])
def test_a_degree_of_hurt_is_no_noun_and_no_distance(sentence, expected):
    assert facts(sentence) == expected


# --- a place's name right before a count of people, no comma between, names no model ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("In yesterday's raids on London 187 civilians were killed.", [("killed", 187, "civilian")]),
    ("At Badajoz 1,800 prisoners were shot in the bullring.", [("casualties", 1_800, "prisoner")]),
    ("Near Dili 40 villagers were hacked to death by militiamen.", [("killed", 40, "villager")]),
    ("In Gulu 300 children were abducted in a single night.", [("captured", 300, "child")]),
])
def test_a_place_before_a_count_of_people_is_no_model(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Germans fielded 40 Panzer 4 tanks at Kursk.", [("equipment", 40, "tank")]),
    ("The army received two Leopard 2 tanks.", [("equipment", 2, "tank")]),
])
def test_a_model_before_a_count_of_things_stays_a_name(sentence, expected):
    assert facts(sentence) == expected


# --- `of ours` is a side's own share of the noun before, no noun of its own ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Our fighters destroyed 45 enemy aircraft; 12 of ours are missing.",
     [("destroyed", 45, "aircraft"), ("missing", 12, "aircraft")]),
    ("The Syrians lost 400 tanks on the Golan, and 40 of theirs were captured intact.",
     [("destroyed", 400, "tank"), ("captured", 40, "tank")]),
])
def test_of_ours_borrows_the_noun_before(sentence, expected):
    assert facts(sentence) == expected


# --- aircraft or men that failed to return are missing ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Twelve of our aircraft failed to return.", [("missing", 12, "aircraft")]),
    ("From these operations 37 bombers failed to return.", [("missing", 37, "bomber")]),
    ("Of the 60 boys abducted from the school, 24 never returned.", [("captured", 60, "boy"), ("missing", 24, "boy")]),
])
def test_what_failed_to_return_is_missing(sentence, expected):
    assert facts(sentence) == expected


# --- a clause past a semicolon is another sentence's: its verb types its own count only -------------

@pytest.mark.parametrize("sentence, expected", [
    ("About 300 men held the ridge; 120 were killed.", [("other", 300, "man"), ("killed", 120, "man")]),
    ("Some 40 tanks took part in the assault; 12 were destroyed.",
     [("equipment", 40, "tank"), ("destroyed", 12, "tank")]),
])
def test_no_verb_past_a_semicolon_types_the_count_before_it(sentence, expected):
    assert facts(sentence) == expected


# --- older wars' aircraft and warships, counted by their names or types, are equipment -------------

@pytest.mark.parametrize("sentence, expected", [
    ("Israeli pilots shot down 9 Syrian MiGs over the Bekaa.", [("destroyed", 9, "mig")]),
    ("The squadron lost 4 Spitfires over Dunkirk.", [("destroyed", 4, "spitfire")]),
    ("Egypt lost 30 Sukhois and 12 Mirages on the ground.",
     [("destroyed", 30, "sukhoi"), ("destroyed", 12, "mirage")]),
    ("The Royal Navy lost 2 destroyers and 4 frigates off the islands.",
     [("destroyed", 2, "destroyer"), ("destroyed", 4, "frigate")]),
])
def test_older_aircraft_and_warships_are_equipment(sentence, expected):
    assert facts(sentence) == expected


# --- a tribunal's counts of people deported or forcibly transferred ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The ICC charged him with the deaths of 1,200 civilians and the deportation of 300,000 people.",
     [("killed", 1_200, "civilian"), ("captured", 300_000, "person")]),
    ("The indictment cites the forcible transfer of 20,000 Bosniaks from Srebrenica.",
     [("displaced", 20_000, "bosniak")]),
    ("Some 8,000 Timorese were forcibly displaced to West Timor.", [("displaced", 8_000, "timorese")]),
    ("In Dili, 1,400 people were killed and 250,000 were forced into West Timor.",
     [("killed", 1_400, "person"), ("displaced", 250_000, "person")]),
])
def test_deported_or_transferred_people(sentence, expected):
    assert facts(sentence) == expected


# --- a tally of places that are no countries: each name and count after the first is an item -------

@pytest.mark.parametrize("sentence, expected", [
    ("Wounded: Kora 12, Lomi 30.", [("wounded", 12, "person"), ("wounded", 30, "person")]),
    ("Killed: Vukovar 41, Vinkovci 12, Osijek 7.",
     [("killed", 41, "person"), ("killed", 12, "person"), ("killed", 7, "person")]),
])
def test_every_item_of_a_tally_of_places_counts(sentence, expected):
    assert facts(sentence) == expected


# --- a thread's post number and an age limit after a count are no figures ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("1/ Thread: At least 12 people were killed in Tulkarm overnight.", [("killed", 12, "person")]),
    ("3/ Around 25,000 residents have fled Nur Shams camp since January.", [("displaced", 25_000, "resident")]),
    ("At least 12 were killed, 3 of them under 18.", [("killed", 12, "person"), ("killed", 3, "person")]),
    ("Of the dead, 14 were under 18.", [("killed", 14, "person")]),
])
def test_a_post_number_or_an_age_limit_is_no_figure(sentence, expected):
    assert [fact for fact in facts(sentence)] == expected


def test_a_ceiling_on_a_toll_still_counts():
    assert facts("Deaths this week were under 10.") == [("killed", 10, "person")]


# --- a tally's own participle types its number, however long the phrase after it -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Mr. Speaker, the number of civilians killed by enemy action in the United Kingdom up to "
     "31 December was 23,002.", [("killed", 23_002, "civilian")]),
    ("The number of persons detained under the Emergency Regulations in the Federation at the "
     "end of June was 1,204.", [("captured", 1_204, "person")]),
])
def test_a_tallys_participle_types_its_number_from_afar(sentence, expected):
    assert facts(sentence) == expected


def test_a_tallys_participle_leaves_a_later_count_alone():
    assert facts("The number of people killed in the strike rose to 40 and 12 were injured.") == [
        ("killed", 40, "person"), ("wounded", 12, "person")]


# --- a fronted whole stays a whole when its part is set off by `only` -------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Of the 21,000 Japanese defenders of Iwo Jima, only 216 were taken prisoner.",
     [("other", 21_000, "defender"), ("captured", 216, "defender")]),
    ("Of the 120 paratroopers who landed, just 14 were wounded.",
     [("other", 120, "paratrooper"), ("wounded", 14, "paratrooper")]),
])
def test_a_fronted_whole_before_only_keeps_its_own_kind(sentence, expected):
    assert facts(sentence) == expected


# --- a whole after `of the` with no noun of its own counts its part's noun --------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The International Brigades lost some 9,900 volunteers of the 35,000 who served.",
     [("casualties", 9_900, "volunteer"), ("other", 35_000, "volunteer")]),
    ("The battalion lost 684 soldiers of its 801 at Beaumont-Hamel.",
     [("casualties", 684, "soldier"), ("other", 801, "soldier")]),
])
def test_a_whole_after_of_the_borrows_its_parts_noun(sentence, expected):
    assert facts(sentence) == expected


# --- boats a strike was made on are its targets -----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Since September, US strikes on 21 vessels have killed at least 83 people.",
     [("other", 21, "vessel"), ("killed", 83, "person")]),
    ("The US has carried out strikes on 14 boats in the Caribbean.", [("other", 14, "boat")]),
])
def test_boats_struck_are_targets(sentence, expected):
    assert facts(sentence) == expected


# --- a toll or a population that `was` a number is no age ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The death toll was 40.", [("killed", 40, "person")]),
    ("The death toll in Halabja was estimated at 5,000.", [("killed", 5_000, "person")]),
    ("The town's population is estimated at 40,000.", [("population", 40_000, "person")]),
    ("By nightfall the number of wounded was 112.", [("wounded", 112, "person")]),
])
def test_a_toll_that_was_a_number_is_no_age(sentence, expected):
    assert [(kind, value, what) for kind, value, what in facts(sentence)] == expected


@pytest.mark.parametrize("sentence", ["The other dead child was 17.", "Her son, who was killed, was 19."])
def test_a_person_who_was_a_number_has_an_age(sentence):
    assert all(value not in (17, 19) for _, value, _ in facts(sentence))


# --- the next item of a tally that has risen `to` a number ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Ministry of Health said the number of martyrs has risen to 2,100 and the injured to 10,800.",
     [("killed", 2_100, "person"), ("wounded", 10_800, "person")]),
    ("They put the number of dead at 560 and injured at 1,400.",
     [("killed", 560, "person"), ("wounded", 1_400, "person")]),
])
def test_the_next_tally_item_risen_to_a_number(sentence, expected):
    assert facts(sentence) == expected


# --- a translated bulletin's fallen are killed ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Translated from Hebrew: 2 fighters fell in battle in southern Lebanon, the IDF announced.",
     [("killed", 2, "fighter")]),
    ("The regiment said 14 of its men fell in combat near Kandahar.", [("killed", 14, "man")]),
])
def test_those_who_fell_in_battle_are_killed(sentence, expected):
    assert facts(sentence) == expected


# --- strongpoints and firing points destroyed are destroyed, not attacks ----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In the Panjshir, units of the limited contingent destroyed 12 firing points and up to 200 rebels.",
     [("destroyed", 12, "firing point"), ("killed", 200, "rebel")]),
    ("The marines destroyed 30 pillboxes and 12 bunkers on Tarawa.",
     [("destroyed", 30, "pillbox"), ("destroyed", 12, "bunker")]),
])
def test_strongpoints_destroyed_are_destroyed(sentence, expected):
    assert facts(sentence) == expected


# --- nor does when it befell them -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 3,000 newly arrived were registered at the Bunia camps this week.", [("population", 3_000, "person")]),
    ("In Togo, 40 soldiers have been killed since 2022, far more than the 12 previously acknowledged.",
     [("killed", 40, "soldier"), ("other", 12, "soldier")]),
])
def test_when_it_befell_them_is_no_noun(sentence, expected):
    assert facts(sentence) == expected


# --- the wounded who then died or were executed are killed ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In Vukovar 260 wounded were executed at Ovcara.", [("killed", 260, "person")]),
    ("Twelve wounded later died in hospital.", [("killed", 12, "person")]),
    ("Five were killed and 12 wounded were evacuated to Zagreb.", [("killed", 5, "person"), ("wounded", 12, "person")]),
])
def test_the_wounded_who_died_are_killed(sentence, expected):
    assert facts(sentence) == expected


# --- a human-rights report's disappearances are missing ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The report documents the enforced disappearance of 85 men from Kashmir.", [("missing", 85, "man")]),
    ("Families have reported the disappearances of 312 people since the coup.", [("missing", 312, "person")]),
])
def test_disappearances_are_missing(sentence, expected):
    assert facts(sentence) == expected


# --- aircrew are people: after an air arm's name they count no model ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Battle of Britain cost the RAF 544 aircrew killed.", [("killed", 544, "aircrew")]),
    ("Bomber Command lost 55,573 aircrew during the war.", [("casualties", 55_573, "aircrew")]),
])
def test_aircrew_are_people(sentence, expected):
    assert facts(sentence) == expected


# --- a side's count set `against` another's borrows its noun ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Luftwaffe lost 1,887 aircraft against the RAF's 1,023.",
     [("destroyed", 1_887, "aircraft"), ("destroyed", 1_023, "aircraft")]),
    ("In the Yom Kippur War, Syria fielded 1,400 tanks on the Golan against Israel's 177.",
     [("equipment", 1_400, "tank"), ("equipment", 177, "tank")]),
    ("The Egyptians lost 300 aircraft compared with 19 for Israel.",
     [("destroyed", 300, "aircraft"), ("destroyed", 19, "aircraft")]),
])
def test_a_count_set_against_another_borrows_its_noun(sentence, expected):
    assert facts(sentence) == expected


# --- a cue after `dozens more` is theirs, not a listed count's ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The attack killed 43 people, including 19 women and 9 children, with dozens more injured.",
     [("killed", 43, "person"), ("killed", 19, "woman"), ("killed", 9, "child")]),
    ("Shelling killed 12 civilians, among them 5 women and 4 children, and many more were wounded.",
     [("killed", 12, "civilian"), ("killed", 5, "woman"), ("killed", 4, "child")]),
])
def test_a_cue_after_dozens_more_is_theirs(sentence, expected):
    assert facts(sentence) == expected


# --- a label's gloss may hold a date -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Killed (since 7 Oct): 1,139 | Injured: 8,730 | Hostages: 251",
     [("killed", 1_139, "person"), ("wounded", 8_730, "person"), ("captured", 251, "hostage")]),
    ("Displaced (as of 30 June 2025): 45,300", [("displaced", 45_300, "person")]),
])
def test_a_labels_gloss_may_hold_a_date(sentence, expected):
    assert facts(sentence) == expected


# --- an estimate's mark after a count is no noun -----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Reported fatalities: 12 (est.)", [("killed", 12, "fatality")]),
    ("Displaced: 40,000 (approx.)", [("displaced", 40_000, "person")]),
])
def test_an_estimates_mark_is_no_noun(sentence, expected):
    assert facts(sentence) == expected
