"""Humanitarian appeals and air-defence bulletins: millions written `2m` before a verb, and a
part of a whole that a participle describes (`Nine of the 30 drones launched were
intercepted`). Every text here is invented for the test."""
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
