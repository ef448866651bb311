"""Figures in reports of other wars, session 18: shapes of sentence found by running invented
wire copy, human-rights reports, OSCE-style logs, UN sitreps and translated posts about the
Korean War, Algeria, the Troubles, eastern Congo, Nigeria, Burkina Faso, Sudan, Cyprus 1974,
Ecuador and others through the extractor. Every sentence is invented; the places are real
names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- a numbered post, camp or hill is a name, even before a verb of what befell people -----------

@pytest.mark.parametrize("sentence, expected", [
    ("Israeli troops at Checkpoint 300 detained 12 Palestinians.", [("captured", 12, "palestinian")]),
    ("Guards at Camp 6 detained 40 men on Sunday.", [("captured", 40, "man")]),
    ("Soldiers on Hill 355 killed 30 attackers overnight.", [("killed", 30, "attacker")]),
    ("Gunmen at Outpost 12 wounded two soldiers.", [("wounded", 2, "soldier")]),
])
def test_a_numbered_place_before_a_verb_is_no_count(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Killed: Kora 91, wounded: 160.", [("killed", 91, "person"), ("wounded", 160, "person")]),
    ("In the north, Kora 91 killed and 160 injured.", [("killed", 91, "person"), ("wounded", 160, "person")]),
])
def test_a_places_toll_still_counts(sentence, expected):
    assert facts(sentence) == expected


# --- a footnote number glued to the counted noun ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Witnesses said 40 detainees32 died in custody.", [("killed", 40, "detainee")]),
    ("Soldiers killed 12 civilians23 in the village of Kora.", [("killed", 12, "civilian")]),
    ("At least 31 civilians17 were killed in the strike.", [("killed", 31, "civilian")]),
    ("The militia abducted 45 women18 in the raid.", [("captured", 45, "woman")]),
    ("In total, 120 houses9 were burned.", [("destroyed", 120, "house")]),
    ("Security forces killed 12 people.23 Witnesses said the firing lasted an hour.",
     [("killed", 12, "person")]),
    ("The army executed at least 15 men,24 according to survivors.", [("killed", 15, "man")]),
])
def test_a_footnote_glued_to_the_noun_leaves_the_count(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels fired 40 Shahed136s at the city.", [("attacks", 40, "shahed136")]),
    ("The brigade lost 3 T72s near Kora.", [("destroyed", 3, "t72")]),
])
def test_a_models_digits_stay_its_name(sentence, expected):
    assert facts(sentence) == expected


# --- troops crossing a border are an incursion, not displaced people --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("About 300 troops crossed the border into Kyrgyzstan.", [("other", 300, "soldier")]),
    ("Some 2,000 Rwandan soldiers crossed into North Kivu, UN experts said.", [("other", 2_000, "soldier")]),
    ("An estimated 400 Thai troops had crossed the border near the temple.", [("other", 400, "soldier")]),
    ("Some 500 fighters were crossing into Chad every night.", [("other", 500, "fighter")]),
])
def test_forces_crossing_a_border_are_no_displaced(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("About 5,000 refugees crossed the border into Chad this week.", [("displaced", 5_000, "refugee")]),
    ("Some 12,000 civilians crossed into Cambodia to escape the shelling.", [("displaced", 12_000, "civilian")]),
    ("Around 700 soldiers fled into Iraq as the rebels advanced.", [("displaced", 700, "soldier")]),
])
def test_civilians_crossing_a_border_are_displaced(sentence, expected):
    assert facts(sentence) == expected


# --- a cue right after the next count is that count's own ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("1.2M people in need, 450K displaced.", [("other", 1_200_000, "person"), ("displaced", 450_000, "person")]),
    ("1.2 million people in need, 450,000 displaced.",
     [("other", 1_200_000, "person"), ("displaced", 450_000, "person")]),
    ("About 25 million people need aid, 12 million displaced.",
     [("other", 25_000_000, "person"), ("displaced", 12_000_000, "person")]),
    ("3 million people in need; 1 million displaced.",
     [("other", 3_000_000, "person"), ("displaced", 1_000_000, "person")]),
])
def test_the_next_counts_cue_types_only_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two sisters, both aged 14, died in the strike.", [("killed", 2, "sister")]),
    ("Some 40 people, many of them children, were killed.", [("killed", 40, "person")]),
])
def test_a_cue_past_an_aside_still_types_the_count(sentence, expected):
    assert facts(sentence) == expected


# --- people who remain under the rubble are missing -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Between 20 and 30 civilians are believed to remain under the rubble.", [("missing", None, "civilian")]),
    ("About 40 people remain under the rubble of the building.", [("missing", 40, "person")]),
    ("Rescuers said 15 people remained under the debris.", [("missing", 15, "person")]),
    ("Some 60 people are believed to remain beneath the rubble.", [("missing", 60, "person")]),
])
def test_people_remaining_under_rubble_are_missing(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("About 300 people remain in the besieged town.", [("population", 300, "person")]),
    ("Some 15,000 troops remain in Somalia.", [("other", 15_000, "soldier")]),
])
def test_people_remaining_in_a_place_are_its_population(sentence, expected):
    assert facts(sentence) == expected


# --- people held hostage or captive after their count -----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gang members held 150 guards hostage at the prison.", [("captured", 150, "guard")]),
    ("The gunmen are holding 30 passengers hostage.", [("captured", 30, "passenger")]),
    ("Militants took 40 workers hostage near Maiduguri.", [("captured", 40, "worker")]),
    ("ISWAP held 12 aid workers captive for months.", [("captured", 12, "worker")]),
])
def test_people_held_hostage_are_captured(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The deal would free 33 hostages in exchange for 1,900 prisoners.",
     [("captured", 33, "hostage"), ("captured", 1_900, "prisoner")]),
    ("Talks on a hostage deal stalled after 12 soldiers were killed.", [("killed", 12, "soldier")]),
])
def test_a_hostage_word_elsewhere_keeps_its_meaning(sentence, expected):
    assert facts(sentence) == expected


# --- an age set off by commas after a person named by a common noun ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A woman, 58, was injured by shelling in Zolote.", []),
    ("A man, 34, was shot dead at a checkpoint near Kora.", []),
    ("The driver, 45, and two passengers were wounded.", [("wounded", 2, "passenger")]),
    ("A farmer, 61, and his son, 19, were abducted by bandits in Zamfara.", []),
])
def test_an_age_after_a_person_named_by_a_noun_is_no_count(sentence, expected):
    """One person with `a` is no figure outside a list of losses: only the age is in question."""
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling killed a soldier, 12 civilians and a nurse.",
     [("killed", 1, "soldier"), ("killed", 12, "civilian"), ("killed", 1, "nurse")]),
])
def test_a_count_after_a_noun_and_a_comma_still_counts(sentence, expected):
    assert facts(sentence) == expected


# --- `by one count`: a source's reckoning, no count of a thing -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Hundreds of protesters, more than 300 by one count, were detained.", [("captured", 300, "person")]),
    ("By one estimate, 500 people were killed in the massacre.", [("killed", 500, "person")]),
    ("The toll, by one tally, stands at 1,200 dead.", [("killed", 1_200, "person")]),
    ("At least 120 people were killed, by one reckoning.", [("killed", 120, "person")]),
    ("One estimate put the dead at 3,000.", [("killed", 3_000, "person")]),
])
def test_one_estimate_is_no_count(sentence, expected):
    assert facts(sentence) == expected


# --- `estimated at` hedges the number, as `an estimated` does ---------------------------------------

@pytest.mark.parametrize("sentence, value, kind", [
    ("Enemy casualties were estimated at 1,500.", 1_500, "casualties"),
    ("Chinese losses on the ridge were estimated at 25,000 men.", 25_000, "casualties"),
    ("The number of displaced is estimated at 2.4 million.", 2_400_000, "displaced"),
])
def test_estimated_at_hedges_the_number(sentence, value, kind):
    (figure,) = extract_figures(sentence)
    assert (figure.value, figure.kind, figure.approx, figure.qualifier) == (value, kind, True, "estimated at")


# --- a tally by country after a label: `Killed: Britain 255, Argentina 649` -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Killed: Britain 255, Argentina 649.", [("killed", 255, "person"), ("killed", 649, "person")]),
    ("Deaths: Kyrgyzstan - 59, Tajikistan - 41.", [("killed", 59, "person"), ("killed", 41, "person")]),
    ("Wounded: Kenya 12, Uganda 30 and Burundi 7.",
     [("wounded", 12, "person"), ("wounded", 30, "person"), ("wounded", 7, "person")]),
    ("Refugees who fled Sudan: Chad - 400,000, South Sudan - 120,000.",
     [("displaced", 400_000, "person"), ("displaced", 120_000, "person")]),
])
def test_a_label_types_a_tally_of_named_places(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Killed: 14 soldiers, Kora said, and 200 civilians fled.",
     [("killed", 14, "soldier"), ("displaced", 200, "civilian")]),
])
def test_a_clause_after_the_list_keeps_its_own_cue(sentence, expected):
    assert facts(sentence) == expected


# --- a part of the wounded that died: its own verb, not the noun it borrows ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("MSF said its teams treated 112 wounded in El Fasher on Friday, 23 of whom died.",
     [("wounded", 112, "person"), ("killed", 23, "person")]),
    ("The hospital took in 112 wounded, 23 of whom later died.",
     [("wounded", 112, "person"), ("killed", 23, "person")]),
    ("Doctors treated 112 wounded, of whom 23 died.", [("wounded", 112, "person"), ("killed", 23, "person")]),
    ("The army freed 40 hostages, 12 of whom were wounded.",
     [("other", 40, "hostage"), ("wounded", 12, "hostage")]),
])
def test_a_part_of_the_wounded_takes_its_own_verb(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The clinic treated 112 wounded, 23 of them children.", [("wounded", 112, "person"), ("wounded", 23, "child")]),
    ("There were 300 wounded, 40 of them in Kora.", [("wounded", 300, "person"), ("wounded", 40, "person")]),
])
def test_a_part_of_the_wounded_with_no_verb_stays_wounded(sentence, expected):
    assert facts(sentence) == expected


# --- people who crossed from one country into another are displaced ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("UNHCR said more than 100,000 people had crossed from Congo into Burundi in two weeks.",
     [("displaced", 100_000, "person")]),
    ("Some 3,000 Sudanese crossed from Darfur into Chad on Monday alone.", [("displaced", 3_000, "sudanese")]),
    ("About 800 soldiers crossed from Myanmar into India.", [("other", 800, "soldier")]),
])
def test_crossing_from_a_country_into_another(sentence, expected):
    assert facts(sentence) == expected


# --- `35 of them believed dead`: the part's own verb after `of them`, as after `of whom` -----------

@pytest.mark.parametrize("sentence, expected", [
    ("Hostage count: 59 still held in Gaza, 35 of them believed dead.",
     [("captured", 59, "person"), ("killed", 35, "person")]),
    ("Bandits abducted 80 villagers in Zamfara, 12 of them were later found dead.",
     [("captured", 80, "villager"), ("killed", 12, "villager")]),
    ("ISWAP abducted 40 aid workers, 9 of them were freed on Monday.",
     [("captured", 40, "worker"), ("other", 9, "worker")]),
])
def test_a_part_after_of_them_takes_its_own_verb(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed 9 people, 4 of them children.", [("killed", 9, "person"), ("killed", 4, "child")]),
    ("Bandits abducted 80 villagers, 30 of them women.", [("captured", 80, "villager"), ("captured", 30, "woman")]),
])
def test_a_part_after_of_them_with_no_verb_keeps_the_wholes(sentence, expected):
    assert facts(sentence) == expected


# --- translated ministry bulletins: `the martyrdom of 14 citizens` ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The ministry announced the martyrdom of 14 citizens and the injury of 37 others in the aggression.",
     [("killed", 14, "citizen"), ("wounded", 37, "citizen")]),
    ("The army mourned the martyrdom of three soldiers in Hasakah.", [("killed", 3, "soldier")]),
    ("Hamas claimed 2 martyrdom operations in Jenin.", [("attacks", 2, "operation")]),
])
def test_martyrdom_of_people_is_their_death(sentence, expected):
    assert facts(sentence) == expected


# --- a count after a tally's noun with its own cue right after it -----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The number of martyrs has risen to 630 martyrs and 2,600 injured.",
     [("killed", 630, "person"), ("wounded", 2_600, "person")]),
    ("The number of dead has risen to 630 and 2,600 injured.", [("killed", 630, "person"), ("wounded", 2_600, "person")]),
    ("A hospital count put the number of dead at 312 and wounded at 1,090.",
     [("killed", 312, "person"), ("wounded", 1_090, "person")]),
])
def test_a_cue_right_after_a_count_beats_the_tallys_noun(sentence, expected):
    assert facts(sentence) == expected


# --- `including 19 who surrendered`: the part's own verb after `who` --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The PKK lost 54 militants this week, including 19 who surrendered.",
     [("casualties", 54, "militant"), ("captured", 19, "militant")]),
    ("Bandits abducted 80 villagers, including 12 who were later killed.",
     [("captured", 80, "villager"), ("killed", 12, "villager")]),
    ("Shelling wounded 30 people, including 4 who later died.", [("wounded", 30, "person"), ("killed", 4, "person")]),
])
def test_a_part_after_including_takes_its_own_verb_after_who(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Strikes killed 40 people, including 12 in Kora and 9 in Lomi.",
     [("killed", 40, "person"), ("killed", 12, "person"), ("killed", 9, "person")]),
    ("Strikes killed 40 people, including 12 who were sheltering in a school.",
     [("killed", 40, "person"), ("killed", 12, "person")]),
])
def test_a_part_after_including_with_no_verb_of_its_own_keeps_the_lists(sentence, expected):
    assert facts(sentence) == expected


# --- `losses for the day`, `casualties for the week`: a communique's period ------------------------

@pytest.mark.parametrize("sentence, periods", [
    ("Enemy losses for the day: 1,240 killed, 310 captured.", ["daily", "daily"]),
    ("The Eighth Army reported enemy casualties of 3,400 for the week.", ["weekly"]),
    ("UN casualties for the month totalled 12,000.", ["monthly"]),
])
def test_for_the_day_sets_the_period(sentence, periods):
    assert [f.period for f in extract_figures(sentence)] == periods


# --- `were among the 12 killed`: the whole borrows no noun of its parts -------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two paramedics and a firefighter were among the 12 killed.",
     [("killed", 2, "paramedic"), ("killed", 1, "firefighter"), ("killed", 12, "person")]),
    ("Three soldiers and a nurse are among 40 wounded in the shelling of Kora.",
     [("wounded", 3, "soldier"), ("wounded", 1, "nurse"), ("wounded", 40, "person")]),
])
def test_a_whole_after_among_borrows_no_parts_noun(sentence, expected):
    assert facts(sentence) == expected


def test_a_count_after_and_still_borrows_the_noun_before():
    assert facts("Shelling killed 12 soldiers in Kora, and 7 in Lomi.") == [
        ("killed", 12, "soldier"), ("killed", 7, "soldier")]


# --- `Of the 276 girls abducted from Chibok`: the whole's participle, with its `from` ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("Of the 276 girls abducted from Chibok, 57 escaped within hours.",
     [("captured", 276, "girl"), ("other", 57, "girl")]),
    ("Of the 1,200 people evacuated from Sievierodonetsk, 300 have returned.",
     [("displaced", 1_200, "person"), ("other", 300, "person")]),
    ("Of the 80 villagers kidnapped by bandits in Zamfara, 12 were freed.",
     [("captured", 80, "villager"), ("other", 12, "villager")]),
])
def test_a_fronted_wholes_participle_types_it_past_from_or_by(sentence, expected):
    assert facts(sentence) == expected


# --- rockets that crossed into a country are the rockets before them --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("About 200 rockets were fired at northern Israel, the army said, with some 40 crossing into Israeli territory.",
     [("attacks", 200, "rocket"), ("attacks", 40, "rocket")]),
    ("About 200 rockets were fired, and some 40 crossed into Israeli territory.",
     [("attacks", 200, "rocket"), ("attacks", 40, "rocket")]),
])
def test_munitions_crossing_a_border_borrow_the_munitions_noun(sentence, expected):
    assert facts(sentence) == expected


def test_people_crossing_after_a_count_of_munitions_are_no_munitions():
    assert facts("Shelling with 40 rockets hit Kora, and 3,000 people crossed into Chad.") == [
        ("attacks", 40, "rocket"), ("displaced", 3_000, "person")]


# --- `ISWAP fighters, about 300 of them, stormed the base`: a count set off after its noun -----------

@pytest.mark.parametrize("sentence, expected", [
    ("ISWAP fighters, about 300 of them, stormed the base in Malam Fatori.", [("other", 300, "fighter")]),
    ("The bandits, estimated at 200, stormed the village.", [("other", 200, "bandit")]),
    ("Thai troops, about 400 of them, crossed the border near the temple.", [("other", 400, "soldier")]),
])
def test_a_count_set_off_after_its_noun_counts_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Said Kora, 34, a teacher, was killed.", []),
    ("The attack killed 12 civilians, 4 of them children.", [("killed", 12, "civilian"), ("killed", 4, "child")]),
])
def test_a_set_off_number_that_is_no_such_count(sentence, expected):
    assert facts(sentence) == expected
