"""Figures as the reports of older wars and other outlets write them: live blogs' times
glued to am/pm, the briefings of air campaigns. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures, singular


@pytest.mark.parametrize("sentence, expected", [
    ("9:20am: Kora says it fired rockets at military sites", []),
    ("11.45pm: Sirens sounded in Lomi as 20 rockets were fired.", [(20, "attacks")]),
    ("10:05 AM: The army said 3 soldiers were killed.", [(3, "killed")]),
])
def test_a_live_blogs_time_glued_to_am_or_pm_is_no_count(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("plural, noun", [
    ("sorties", "sortie"), ("Sorties", "sortie"),  # a noun of the lexicon ending in -ie
    ("militias", "militia"), ("facilities", "facility"), ("casualties", "casualty"),
    ("refinery", "refinery"),
])
def test_the_singular_of_a_plural_in_ies(plural, noun):
    assert singular(plural) == noun


def test_sorties_flown_are_attacks():
    figures = extract_figures("Aircraft performed 144 combat sorties over the past day, hitting 212 targets.")
    assert [(f.value, f.kind, f.what) for f in figures] == [(144, "attacks", "sortie"), (212, "attacks", "target")]


@pytest.mark.parametrize("sentence, expected", [
    # a count with its own verb after an auxiliary borrows no word of what befell the one before
    ("13 soldiers were killed and 157 wounded during the pullout, and 82 were taken prisoner.",
     [(13, "killed"), (157, "wounded"), (82, "captured")]),
    ("Twelve soldiers were killed and 40 wounded, and 9 had been captured.",
     [(12, "killed"), (40, "wounded"), (9, "captured")]),
    ("150 dead, 400 injured and 30 missing.", [(150, "killed"), (400, "wounded"), (30, "missing")]),
])
def test_a_count_with_its_own_verb_after_a_list_of_tolls(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an irregular participle after the noun ends the noun phrase, as one in -ed does
    ("Kora lost three tanks, including one Abrams tank made in the US, and four vehicles.",
     [(3, "tank"), (1, "tank"), (4, "vehicle")]),
    ("Kora received 31 tanks built in Lomi.", [(31, "tank")]),
])
def test_an_irregular_participle_after_the_noun_is_none_of_it(sentence, expected):
    assert [(f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a bare count borrows no noun whose class its own cue right after it cannot take
    ("Troops struck Kora with 3 glide bombs, 2 injured.", [(3, "attacks", "glide bomb"), (2, "wounded", "person")]),
    # a cue of more words right after a bare count is its verb, no noun of it
    ("Kora launched 40 drones, 12 shot down.", [(40, "attacks", "drone"), (12, "intercepted", "drone")]),
    ("Killed 12 soldiers, 5 wounded.", [(12, "killed", "soldier"), (5, "wounded", "person")]),
])
def test_a_bare_count_after_a_list_item_with_its_own_cue(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # words of a suicide attack make bombers people, not aircraft
    ("Police said the two bombers were wearing explosive vests.", [(2, "other")]),
    ("One bomber, not two as first reported, detonated his explosives.", [(1, "other"), (2, "other")]),
    # aircraft elsewhere
    ("Kora launched 11 Tu-95 bombers overnight.", [(11, "equipment")]),
])
def test_bombers_of_a_suicide_attack_are_people(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a weapon is for, before its noun, is no cue: the verb types the count
    ("It was confirmed that 79 Shahed-type attack UAVs had been shot down over Kora.", [(79, "intercepted")]),
    ("12 strike drones were downed near Lomi.", [(12, "intercepted")]),
    ("Kora launched 40 attack drones at Lomi.", [(40, "attacks")]),
    ("Kora received 6 attack helicopters.", [(6, "equipment")]),
])
def test_attack_before_a_weapons_noun_names_its_type(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place's name ending in s before a verb of change is no counted noun
    ("The death toll in Kremenets rose to seven, the governor said.", [(7, "killed", "person")]),
    ("The toll in Trostianets rose to 12.", [(12, "killed", "person")]),
    # a plural subject still is
    ("Battles rose to 120.", [(120, "attacks", "battle")]),
])
def test_a_name_before_a_verb_of_change_is_no_subject_counted(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected
