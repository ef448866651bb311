"""Humanitarian appeals, air-defence bulletins and Red Sea wire copy: millions written `2m`
before a verb, a part of a whole that a participle describes (`Nine of the 30 drones launched
were intercepted`), a period phrase that belongs to a later count, `since` in a comparison,
munitions used as the means of a deed. Every text here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures
from conflict_digest.resources import load_toml


def facts(sentence: str) -> list[tuple]:
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- a glued lower-case `m` before a verb is millions of people, not metres --------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Aid agencies warn that 2m face famine in the east of Kora.", [("other", 2_000_000, "person")]),
    ("About 1.5m have fled across the border since March.", [("displaced", 1_500_000, "person")]),
    ("Some 3.2m remain displaced inside Lomi province.", [("displaced", 3_200_000, "person")]),
    ("Nearly 4m need food aid this winter, the agency said.", [("other", 4_000_000, "person")]),
])
def test_a_glued_m_before_a_verb_counts_millions(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The crater left by the bomb was 2m deep.",
    "Soldiers built a 3m wall around the base.",
    "A 2m high fence runs along the road to Tessa.",
])
def test_a_glued_m_of_a_measure_is_no_count_of_people(sentence):
    assert not any(f.value >= 1_000_000 for f in extract_figures(sentence))


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["have fled", "face hunger", "remain displaced"]))
def test_any_glued_m_before_a_verb_is_millions(number, verb):
    values = [f.value for f in extract_figures(f"An estimated {number}m {verb} in Kora province.")]
    assert values == [number * 1_000_000]


# --- a part of a whole that a participle describes takes the verb after the participle -------

@pytest.mark.parametrize("sentence, expected", [
    ("Nine of the 30 drones launched overnight were intercepted, the air force said.",
     [("intercepted", 9, "drone"), ("attacks", 30, "drone")]),
    ("Three of the 40 people detained at the checkpoint have since died.",
     [("killed", 3, "person"), ("captured", 40, "person")]),
    ("Two of the 12 hostages seized in the raid were later freed.",
     [("other", 2, "hostage"), ("captured", 12, "hostage")]),
    ("Five of the 20 prisoners taken near Lomi were executed.",
     [("killed", 5, "prisoner"), ("captured", 20, "prisoner")]),
    # the whole's participle names its kind, the part keeps the whole's deed
    ("Twenty of the 35 people killed were children.", [("killed", 20, "person"), ("killed", 35, "person")]),
])
def test_a_participle_after_the_whole_describes_the_whole(sentence, expected):
    assert facts(sentence) == expected


def test_a_part_without_such_a_participle_keeps_its_verb():
    assert facts("Two of the four hostages were freed on Sunday.") == [("other", 2, "hostage"),
                                                                     ("captured", 4, "hostage")]
    assert facts("Fifteen of the 40 injured people died in hospital.") == [("killed", 15, "person"),
                                                                         ("wounded", 40, "person")]


# --- the kind tables are data: each class of noun says which kinds its cues may give ----------

def test_every_noun_class_says_which_kinds_its_cues_may_give():
    tables = load_toml("figures.toml")
    assert set(tables["noun_classes"]) <= set(tables["class_kinds"])
    cue_kinds = set(tables["cues"])
    for cls, kinds in tables["class_kinds"].items():
        assert set(kinds) <= cue_kinds, cls
    assert set(tables["class_default_kinds"]) <= set(tables["class_kinds"])
    assert set(tables["named_nouns"]["nouns"]) <= {n for nouns in tables["noun_classes"].values() for n in nouns}


# --- a period phrase past another count set off by a comma is that count's -------------------

def test_a_period_phrase_past_a_count_set_off_by_a_comma_is_that_counts():
    figures = extract_figures("The rebels said they fired two missiles at a tanker in the Gulf of Kora, "
                              "the latest of more than 80 attacks on shipping since March 2024.")
    assert [(f.value, f.period) for f in figures] == [(2, None), (80, "cumulative")]


def test_a_period_phrase_after_a_list_is_every_items():
    figures = extract_figures("Gunmen killed 5 soldiers, 3 police officers and 2 children since Monday.")
    assert [(f.value, f.period) for f in figures] == [(5, "cumulative"), (3, "cumulative"), (2, "cumulative")]


@pytest.mark.parametrize("sentence", [
    "Militants killed 40 soldiers near Lomi, the highest toll since March.",
    "It was the deadliest single attack since the war began, with 52 dead.",
    "At least 19 drones hit the city, the biggest raid on Kora since 2023.",
    # any running period after a superlative is the record's, not the count's
    "Ten soldiers were killed on Monday, the deadliest day for the force this year.",
    "Kora says 10 troops killed in deadliest day this year",
])
def test_since_after_a_superlative_compares_and_counts_no_total(sentence):
    assert [f.period for f in extract_figures(sentence)] == [None]


@pytest.mark.parametrize("sentence", [
    "Some 300 people have been killed since the war began.",
    "300 soldiers have been killed this year, the army said.",
])
def test_since_without_a_superlative_still_starts_a_total(sentence):
    assert [f.period for f in extract_figures(sentence)] == ["cumulative"]


# --- munitions used as the means of a deed are attacks; sea drones are munitions -------------

@pytest.mark.parametrize("sentence, expected", [
    ("The navy said it destroyed a patrol ship with five sea drones.", [("attacks", 5, "sea drone")]),
    ("Engineers say the bridge was destroyed with two guided missiles.", [("attacks", 2, "missile")]),
    ("The depot was hit by at least 3 missiles overnight.", [("attacks", 3, "missile")]),
    ("The rebels fired two ballistic missiles and a drone boat at the tanker.",
     [("attacks", 2, "ballistic missile"), ("attacks", 1, "drone boat")]),
    ("Air defences shot down 20 of 25 drones over the capital.",
     [("intercepted", 20, "drone"), ("attacks", 25, "drone")]),
])
def test_munitions_used_for_a_deed_are_attacks(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Most of the 300 people killed since October were women.",
    "Only 3,000 of them have returned since the ceasefire.",
])
def test_a_partitive_or_a_hedge_before_since_compares_nothing(sentence):
    assert "cumulative" in [f.period for f in extract_figures(sentence)]


# --- a part of a place's people: the whole is the population, the part takes its own verb ----

@pytest.mark.parametrize("sentence, expected", [
    ("About 1.9 million of Kora's 2.3 million people have been displaced, UN agencies estimate.",
     [("displaced", 1_900_000, "person"), ("population", 2_300_000, "person")]),
    ("Some 300,000 of the city's 1 million residents have fled.",
     [("displaced", 300_000, "resident"), ("population", 1_000_000, "resident")]),
    ("Nearly 40,000 of its 90,000 inhabitants remain without water.",
     [("population", 40_000, "inhabitant"), ("population", 90_000, "inhabitant")]),
    # soldiers are a force, no population
    ("Twelve of its 40 soldiers were killed in the ambush.", [("killed", 12, "soldier"), ("other", 40, "soldier")]),
    # a part after its own verb keeps it; the whole's participle is the whole's
    ("Air defences shot down 20 out of 30 drones launched overnight.",
     [("intercepted", 20, "drone"), ("attacks", 30, "drone")]),
])
def test_a_part_of_a_places_people(sentence, expected):
    assert facts(sentence) == expected


# --- hostages still held stay captured, whatever is sought for them -----------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Mediators seek the release of 115 hostages still held in Kora.", "captured"),
    ("About 60 hostages remain in captivity, officials said.", "captured"),
    ("The militia released 3 hostages on Sunday.", "other"),
    ("Five hostages were killed in the raid.", "killed"),
])
def test_hostages_still_held(sentence, kind):
    assert [f.kind for f in extract_figures(sentence)] == [kind]


# --- every part of an including list takes its whole's noun and kind ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Air defences downed 61 drones overnight, including 23 over the Lomi region and 14 over Tessa.",
     [("intercepted", 61, "drone"), ("intercepted", 23, "drone"), ("intercepted", 14, "drone")]),
    ("Shelling killed 40 people, including 12 in Kora, 9 in Lomi and 5 in Tessa.",
     [("killed", 40, "person"), ("killed", 12, "person"), ("killed", 9, "person"), ("killed", 5, "person")]),
    # a part with a noun of its own lends it to no later count
    ("Shelling killed 6 people, including 2 children, and wounded 13.",
     [("killed", 6, "person"), ("killed", 2, "child"), ("wounded", 13, "person")]),
])
def test_the_parts_of_an_including_list(sentence, expected):
    assert facts(sentence) == expected


# --- an item added with `as well as` shares the list's kind ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Air defence systems destroyed 1 230 drones over the past week, as well as 9 rockets and 6 guided bombs.",
     [("intercepted", 1230, "drone"), ("intercepted", 9, "rocket"), ("intercepted", 6, "bomb")]),
    ("Gunmen killed 12 soldiers along with 3 civilians near Lomi.", [("killed", 12, "soldier"), ("killed", 3, "civilian")]),
    # an item with a cue of its own keeps it
    ("Gunmen killed 12 soldiers, as well as wounding 3 civilians.", [("killed", 12, "soldier"), ("wounded", 3, "civilian")]),
])
def test_an_item_added_with_as_well_as(sentence, expected):
    assert facts(sentence) == expected


# --- a share named in words: the count after its `of` is the whole ----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A third of the 900 homes in Lomi were destroyed.", [("other", 900, "home")]),
    ("Nearly half of the 12 hospitals in the district have closed.", [("other", 12, "hospital")]),
    ("Most of Kora's 40,000 residents have fled.", [("population", 40_000, "resident")]),
    ("Some of the 300 people detained were released on Monday.", [("captured", 300, "person")]),
    ("Dozens of the 150 wounded were children.", [("wounded", 150, "person")]),
    # all of them is the whole: the verb is its own
    ("All of the 12 hostages were freed.", [("other", 12, "hostage")]),
    ("Shelling destroyed all 40 homes in the village.", [("destroyed", 40, "home")]),
])
def test_the_whole_of_a_share_in_words(sentence, expected):
    assert facts(sentence) == expected


# --- a part takes its whole's noun, not an earlier count's ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("OCHA said 25.6 million people needed food aid and that 14 of 18 states were at risk of famine.",
     [("other", 25_600_000, "person"), ("other", 14, "state"), ("other", 18, "state")]),
    ("Aid reached 40,000 people in May; 1.9 million of Kora's 2.3 million people have been displaced.",
     [("other", 40_000, "person"), ("displaced", 1_900_000, "person"), ("population", 2_300_000, "person")]),
])
def test_a_part_takes_its_wholes_noun(sentence, expected):
    assert facts(sentence) == expected


# --- munitions handed over are arms supplied, not attacks ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Kora received 10,000 155mm shells from its allies last month.", [("equipment", 10_000, "shell")]),
    ("The United States pledged 500 Javelin missiles to Kora.", [("equipment", 500, "missile")]),
    ("Germany delivered 2 million rounds of ammunition.", [("equipment", 2_000_000, "round")]),
    # sent overnight, launched, included in an attack: attacks
    ("The rebels sent 30 drones overnight.", [("attacks", 30, "drone")]),
    ("The attack included more than 80 missiles and 8 drones.", [("attacks", 80, "missile"), ("attacks", 8, "drone")]),
])
def test_munitions_handed_over_are_supplied(sentence, expected):
    assert facts(sentence) == expected


def test_a_count_of_locations_is_no_toll():
    assert facts("Officials said 31 civilians were killed and 57 wounded in the strikes on six locations.") == [
        ("killed", 31, "civilian"), ("wounded", 57, "civilian"), ("other", 6, "location")]


# --- a part of a count given beside it is marked, and never a value of that count -------------

@pytest.mark.parametrize("sentence, parts", [
    ("Over 12.4 million people have been displaced, including 3.8 million who crossed into Chad.", [False, True]),
    ("Shelling killed 40 people, including 12 in Kora and 9 in Lomi.", [False, True, True]),
    ("Five of the wounded were hospitalised, two of them in serious condition.", [True, True]),
    ("OCHA said 14 of 18 states were at risk of famine.", [True, False]),
    ("Rebels killed 40 soldiers and wounded 12.", [False, False]),
])
def test_parts_are_marked(sentence, parts):
    assert [f.part for f in extract_figures(sentence)] == parts


# --- a verb after a count named by what befell it is no noun -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Doctors said 85 wounded brought in within an hour overwhelmed the wards.", [("wounded", 85, "person")]),
    ("Some 30 dead lay in the street.", [("killed", 30, "person")]),
    ("Troops found 17 wounded soldiers.", [("wounded", 17, "soldier")]),
    ("The army counted 12 dead Russian soldiers.", [("killed", 12, "soldier")]),
])
def test_a_verb_after_the_wounded_is_no_noun(sentence, expected):
    assert facts(sentence) == expected


def test_schoolchildren_are_children():
    assert facts("Gunmen abducted 287 schoolchildren in the north of Kora.") == [("captured", 287, "schoolchild")]


@pytest.mark.parametrize("sentence, parts", [
    ("Forty civilians, including seven women and 15 children, were killed in Kora.",
     [(40, False), (7, True), (15, True)]),
    ("Shelling killed 40 people, including 10 children, 5 women and 3 elderly men.",
     [(40, False), (10, True), (5, True), (3, True)]),
    ("The strike killed 6 people including 2 children, and wounded 13.",
     [(6, False), (2, True), (13, False)]),
    # an item with a verb of another kind after it is a count of its own
    ("At least 87 people were killed in Kora, including 17 children, and more than 400 were wounded.",
     [(87, False), (17, True), (400, False)]),
])
def test_every_item_of_an_including_list_is_a_part(sentence, parts):
    """`including 7 women and 15 children`: the children are a part of the toll as much as
    the women, though their noun is their own; the list ends where a verb comes in."""
    assert [(f.value, f.part) for f in extract_figures(sentence)] == parts


@pytest.mark.parametrize("sentence, expected", [
    ("Of the 40 missiles, 34 were downed, the air force said.",
     [(40, "attacks", False), (34, "intercepted", True)]),
    ("Of the 300 drones launched, 280 were shot down.", [(300, "attacks", False), (280, "intercepted", True)]),
    ("Among the 52 dead, 14 were children.", [(52, "killed", False), (14, "killed", True)]),
    ("Of the 9 wounded, 2 are in serious condition.", [(9, "wounded", False), (2, "wounded", True)]),
])
def test_a_whole_opening_the_sentence_keeps_its_own_kind(sentence, expected):
    """`Of the 40 missiles, 34 were downed`: the 40 were launched, not downed; the 34 are a
    part of them."""
    assert [(f.value, f.kind, f.part) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, parts", [
    ("Kora's army said 23 of its soldiers were killed.", [(23, False)]),          # its own loss, all of it
    ("Twelve of our aircraft failed to return.", [(12, False)]),
    ("The army said 40 soldiers were killed, 12 of its officers among them.", [(40, False), (12, True)]),
    ("Five of the wounded are in critical condition.", [(5, True)]),
])
def test_a_count_of_a_sides_own_is_a_part_only_beside_another_count(sentence, parts):
    assert [(f.value, f.part) for f in extract_figures(sentence)] == parts
