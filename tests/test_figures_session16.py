"""Figures in reports of other wars, session 16: shapes of sentence found by running invented
health ministry posts, UN sitreps, ISPR and CENTCOM statements and wire copy about Gaza,
Lebanon, Bosnia, Sri Lanka, Sudan, Somalia and others through the extractor. Every sentence
is invented; the places are real names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- `of whom N were children`: the noun after the verb is what the part counts ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("At least 48 people were killed overnight, of whom 13 were children.",
     [("killed", 48, "person"), ("killed", 13, "child")]),
    ("The ministry said 1,310 people had been killed since July 3, of whom 306 were children and 171 women.",
     [("killed", 1310, "person"), ("killed", 306, "child"), ("killed", 171, "woman")]),
    ("Some 90 soldiers were wounded, among them 12 were officers.",
     [("wounded", 90, "soldier"), ("wounded", 12, "officer")]),
])
def test_a_part_after_of_whom_counts_the_noun_after_its_verb(sentence, expected):
    assert facts(sentence) == expected


# --- a rate right after a sum of money is the money's, not the count's before it -------------

@pytest.mark.parametrize("sentence", [
    "The president ordered 20,000 more troops to the front at a cost of $12 billion a year.",
    "The agency needs $250 million a month to feed 2 million people in the enclave.",
])
def test_a_rate_after_money_is_no_period_of_another_count(sentence):
    periods = {f.what: f.period for f in extract_figures(sentence)}
    assert periods["usd"] in ("yearly", "monthly")
    assert periods.get("soldier", periods.get("person")) is None


def test_a_rate_after_a_list_of_counts_is_still_all_of_theirs():
    periods = [f.period for f in extract_figures("The militia fired 40 rockets and 12 drones a day.")]
    assert periods == ["daily", "daily"]


# --- another side's losses start another tally -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Rebel losses were put at 250 and government losses were put at 35.",
     [("casualties", 250, "rebel"), ("casualties", 35, "person")]),
    ("Insurgent losses were estimated at 90, while Georgian losses were estimated at 14.",
     [("casualties", 90, "insurgent"), ("casualties", 14, "person")]),
    # a formation is no counted noun of its losses: "army losses" are its people
    ("Army losses stood at 60.", [("casualties", 60, "person")]),
])
def test_losses_of_another_side_borrow_no_noun(sentence, expected):
    assert facts(sentence) == expected


def test_losses_with_no_side_of_their_own_still_borrow():
    assert facts("The strikes killed 40 soldiers, bringing losses to 300.") == \
        [("killed", 40, "soldier"), ("casualties", 300, "soldier")]


# --- people who manage to leave a place are displaced ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("About 12,000 people managed to leave the city before the siege closed.",
     [("displaced", 12000, "person")]),
    ("Some 2,500 civilians were able to leave the old town on Friday.",
     [("displaced", 2500, "civilian")]),
    ("More than 90,000 people have left the country since the war began.",
     [("displaced", 90000, "person")]),
])
def test_people_who_leave_a_place_are_displaced(sentence, expected):
    assert facts(sentence) == expected


def test_a_toll_the_shelling_left_is_no_displacement():
    assert facts("The shelling left 12 people dead and 30 wounded.") == \
        [("killed", 12, "person"), ("wounded", 30, "person")]


def test_soldiers_on_leave_are_not_displaced():
    assert facts("The army recalled 300 soldiers on leave.") == [("other", 300, "soldier")]


@pytest.mark.parametrize("sentence, expected", [
    ("Some 600 residents refused to leave the village despite the shelling.",
     [("population", 600, "resident")]),
    ("About 1,000 people refused to leave the camp.", [("population", 1000, "person")]),
])
def test_who_refuse_to_leave_stay(sentence, expected):
    assert facts(sentence) == expected


# --- a count whose noun is two nouns takes the verb after both ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 3,000 men were killed and 5,000 women and girls abducted.",
     [("killed", 3000, "man"), ("captured", 5000, "woman")]),
    ("Militiamen shot 40 villagers and 25 women and children drowned.",
     [("casualties", 40, "villager"), ("killed", 25, "woman")]),
])
def test_a_count_of_two_nouns_takes_the_verb_after_both(sentence, expected):
    assert facts(sentence) == expected


# --- a participle with `from` after the noun describes it, like one with `by` ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("US forces shot down 18 drones launched from rebel-held areas, the command said.",
     [("intercepted", 18, "drone")]),
    ("Air defences intercepted 9 rockets fired from Lebanon overnight.", [("intercepted", 9, "rocket")]),
    ("An airstrike killed 7 people displaced from Rafah.", [("killed", 7, "person")]),
])
def test_a_participle_with_from_binds_less_than_the_verb_before(sentence, expected):
    assert facts(sentence) == expected


def test_a_verb_with_from_after_the_noun_alone_still_types_it():
    assert facts("Some 40 drones launched from the coast were seen over the bay.") == [("attacks", 40, "drone")]


# --- people who attack are no toll of the deed before them -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Seventeen soldiers were killed when some 200 jihadists attacked their base near Djibo.",
     [("killed", 17, "soldier"), ("other", 200, "jihadist")]),
    ("Two policemen died after about 50 bandits attacked the station.",
     [("killed", 2, "policeman"), ("other", 50, "bandit")]),
])
def test_people_who_attack_are_no_toll(sentence, expected):
    assert facts(sentence) == expected


def test_people_attacked_are_still_the_toll():
    assert facts("Gunmen killed 12 villagers attacked in their fields.") == [("killed", 12, "villager")]


def test_people_who_struck_a_mine_are_no_attackers():
    assert facts("Three soldiers were killed when 2 deminers struck a mine and died.")[1][0] == "killed"


# --- `left` after a number is a verb; crews held are captive -----------------------------------

@pytest.mark.parametrize("sentence, whats", [
    ("After 4,000 left, only 300 people remain in the village.", ["person", "person"]),
    ("Of the 250 tanks sent, only 40 left.", ["tank", "tank"]),
])
def test_left_after_a_number_is_no_noun(sentence, whats):
    assert [f.what for f in extract_figures(sentence)] == whats


@pytest.mark.parametrize("sentence, expected", [
    ("The ship's 19 crew members have been held since December.", [("captured", 19, "crew member")]),
    ("Some 30 sailors were held hostage for a year.", [("captured", 30, "sailor")]),
])
def test_crews_held_are_captured(sentence, expected):
    assert facts(sentence) == expected


# --- `N were children` after any count names what N counts -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Of the 2,310 people killed, 904 were Palestinian civilians.",
     [("killed", 2310, "person"), ("killed", 904, "civilian")]),
    ("Of the 300 dead, 120 were soldiers and 45 were women.",
     [("killed", 300, "person"), ("killed", 120, "soldier"), ("killed", 45, "woman")]),
    # a deed after the verb is no noun: the count before lends its own
    ("Some 40 people were killed and 12 were wounded.", [("killed", 40, "person"), ("wounded", 12, "person")]),
])
def test_a_count_names_its_noun_after_its_verb(sentence, expected):
    assert facts(sentence) == expected


# --- a tally put at numbers item by item ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A hospital count put the number of dead at 312 and wounded at 1,090.",
     [("killed", 312, "person"), ("wounded", 1090, "person")]),
    ("The total of displaced stood at 20,000, and missing at 300.",
     [("displaced", 20000, "person"), ("missing", 300, "person")]),
    ("The number of dead rose from 40 to 56.", [("killed", 40, "person"), ("killed", 56, "person")]),
])
def test_each_item_of_a_tally_names_its_own_count(sentence, expected):
    assert facts(sentence) == expected


# --- translated ministry posts: martyrs are the dead, massacres deadly strikes -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Urgent: 9 martyrs and dozens of wounded in a strike on a house in Rafah.",
     [("killed", 9, "person")]),
    ("The number of martyrs has risen to 8,306, including 3,457 children.",
     [("killed", 8306, "person"), ("killed", 3457, "child")]),
    ("The occupation committed 7 massacres in the past 24 hours, leaving 96 martyrs and 210 injured.",
     [("attacks", 7, "massacre"), ("killed", 96, "person"), ("wounded", 210, "person")]),
    ("During the operation, 4 khawarij were sent to hell.", [("killed", 4, "khawarij")]),
])
def test_translated_statements_count_their_dead(sentence, expected):
    assert facts(sentence) == expected


# --- people registered as missing or as refugees -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Red Cross has registered 2,300 people missing since the fighting began.",
     [("missing", 2300, "person")]),
    ("Some 900 people are registered as missing.", [("missing", 900, "person")]),
    ("About 1.1 million Syrians are registered as refugees in Lebanon.", [("displaced", 1100000, "syrian")]),
    ("Officials said 85 people were registered at the shelter.", [("population", 85, "person")]),
])
def test_registered_says_less_than_what_they_are_registered_as(sentence, expected):
    assert facts(sentence) == expected


# --- an acronym that spells a stop word is part of the noun phrase -------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Iraqi forces said they killed 180 IS fighters near Baiji.", [("killed", 180, "fighter")]),
    ("Some 40 IS militants were killed in the air strikes.", [("killed", 40, "militant")]),
    ("FOUR KILLED AND 30 WOUNDED IN KORA BLAST", [("killed", 4, "person"), ("wounded", 30, "person")]),
])
def test_an_acronym_before_the_noun_is_no_stop_word(sentence, expected):
    assert facts(sentence) == expected


# --- a verb right before the count says what befell people its modifier describes -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("The rebels shelled the camp, killing 35 displaced people.", [("killed", 35, "person")]),
    ("Gunmen abducted 12 injured soldiers from the clinic.", [("captured", 12, "soldier")]),
    ("Some 3.7 million internally displaced people live in camps.", [("displaced", 3700000, "person")]),
    ("Medics treated 45 wounded civilians overnight.", [("wounded", 45, "civilian")]),
])
def test_a_verb_right_before_beats_the_noun_phrase_modifier(sentence, expected):
    assert facts(sentence) == expected


# --- expelled, apprehended, raped ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 25,000 Croats had been expelled from the district, the UNHCR said.", [("displaced", 25000, "croat")]),
    ("Militias drove out 8,000 villagers.", [("displaced", 8000, "villager")]),
    ("The ISPR said 4 terrorists were apprehended and 2 injured.",
     [("captured", 4, "terrorist"), ("wounded", 2, "terrorist")]),
    ("The militia killed 60 men and raped 25 women in the village.",
     [("killed", 60, "man"), ("other", 25, "woman")]),
])
def test_expelled_apprehended_and_raped_people(sentence, expected):
    assert facts(sentence) == expected


# --- period phrases: `a week-long truce` is no rate, an including aside no new count ---------------

def test_a_period_word_in_a_compound_is_no_period():
    periods = [f.period for f in extract_figures("Israel says 240 people were taken hostage; 105 were freed during a week-long truce.")]
    assert periods == [None, None]


def test_a_period_after_an_including_aside_is_the_whole_counts_too():
    periods = [f.period for f in extract_figures(
        "Strikes on the south have killed 492 people, including 35 children, in a single day.")]
    assert periods == ["daily", "daily"]


# --- munitions in an aid package are supplied ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The package includes 6 HIMARS launchers, 20,000 155mm shells and 12 Bradleys.",
     [("equipment", 6, "launcher"), ("equipment", 20000, "shell"), ("equipment", 12, "bradley")]),
    ("The attack included 80 missiles and 60 drones.", [("attacks", 80, "missile"), ("attacks", 60, "drone")]),
])
def test_munitions_in_a_package_are_supplied(sentence, expected):
    assert facts(sentence) == expected


# --- heights and hills taken are ground, as positions are -----------------------------------------

def test_heights_taken_are_ground_not_captives():
    assert facts("Baku said its forces had captured 6 positions and 4 strategic heights.") == \
        [("other", 6, "position"), ("other", 4, "height")]


def test_the_killed_or_missing_of_a_side_are_its_casualties():
    assert facts("The defence ministry said 186 servicemen were killed or missing.") == \
        [("casualties", 186, "serviceman")]


# --- tunnels are structures: what they cross into displaces no one ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The army said it had destroyed 28 tunnels, 11 of which crossed into Israel.",
     [("destroyed", 28, "tunnel"), ("destroyed", 11, "tunnel")]),
    ("Troops found 9 tunnel shafts near the school.", [("other", 9, "tunnel shaft")]),
])
def test_tunnels_are_structures(sentence, expected):
    assert facts(sentence) == expected


# --- livestock rustled is taken, not killed --------------------------------------------------------

def test_livestock_rustled_is_taken():
    assert facts("Bandits killed 18 villagers and rustled 350 cattle.") == \
        [("killed", 18, "villager"), ("captured", 350, "cattle")]


def test_a_first_count_names_its_noun_after_its_verb():
    assert facts("Of these, some 2.1 million are children.") == [("other", 2100000, "child")]


def test_a_participle_after_the_verb_names_no_noun():
    assert facts("The crew of 21 were taken hostage.") == [("captured", 21, "person")]
