"""Attributions as the reports of older wars and other outlets write them. Every name and
sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


@pytest.mark.parametrize("sentence, expected", [
    # a naming verb after a comma gives a name, no inverted statement
    ("Lomi said in a statement that the operation, called the First Operation of Kora Dawn, was the largest.",
     [("Lomi", "person")]),
    ("The offensive, called Operation Kora Shield, was the largest of the war.", []),
    # an inverted reporting verb still names its speaker
    ('"We will not stop," said the governor.', [("governor", "anonymous")]),
])
def test_a_naming_verb_after_a_comma_is_no_inverted_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # capitalised words with no article end an institution's name in `of`
    ("The General Command of the Army and Armed Forces announced that the city was secure.",
     [("General Command of the Army and Armed Forces", "institution")]),
    ("The Ministry of Foreign Affairs and Expatriates said 12 people were killed.",
     [("Ministry of Foreign Affairs and Expatriates", "institution")]),
    # but a known group, an acronym or a known person is a speaker of its own
    ("The Ministry of Defence and Hezbollah said 12 people were killed.",
     [("Ministry of Defence", "institution"), ("Hezbollah", "institution")]),
    ("The Ministry of Health and UNICEF said 12 children died.",
     [("Ministry of Health", "institution"), ("UNICEF", "institution")]),
])
def test_and_inside_an_institutions_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a verb in -s after an appositive's comma is the source's verb, no plural noun
    ("Kora, a monitoring group, estimates that at least 580 civilians were killed.", [("Kora", "institution")]),
    ("The Lomi Observatory, a monitoring group, reports that 12 civilians were killed.",
     [("Lomi Observatory", "institution")]),
    # after a time or place phrase, a plural noun still speaks for no one
    ("On Monday, claims emerged that 12 soldiers were killed.", []),
    ("In Kora, reports of 12 deaths could not be verified.", []),
])
def test_a_verb_in_s_after_a_comma(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentences, expected", [
    # an institution's name with `to` or `in` a place, and its acronym later
    (["The Special Monitoring Mission to Mali (SMM) said 5 people were killed.",
      "The SMM recorded 112 explosions near Lomi."],
     [[("Special Monitoring Mission to Mali", "institution")], [("Special Monitoring Mission to Mali", "institution")]]),
])
def test_a_missions_name_to_a_place(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a known institution or acronym and unnamed people are two sources
    ("Gunmen killed 7 children, the United Nations and local officials said.",
     [("United Nations", "institution"), ("local officials", "anonymous")]),
    ("UNICEF and local officials said 7 children were killed.",
     [("UNICEF", "institution"), ("local officials", "anonymous")]),
    # people of two kinds sharing their head are one
    ("Gunmen killed 7, police and hospital officials said.", [("police and hospital officials", "anonymous")]),
])
def test_a_named_source_and_unnamed_people(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_an_acronym_defined_after_an_owners_name_stands_for_the_name_alone(lexicon, gazetteer):
    sentences = ["Fighting has killed 121 people since Amir Lomi's Kora National Army (KNA) began its advance.",
                 "The KNA said its warplanes had struck a camp."]
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [("Kora National Army", "institution")]


def test_an_acronym_defined_after_a_description_stands_for_the_name_alone(lexicon, gazetteer):
    sentences = ["Kora's paramilitary Lomi Support Forces (LSF) killed 124 people, a committee said.",
                 "The LSF denied targeting civilians."]
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [("Lomi Support Forces", "institution")]


@pytest.mark.parametrize("sentence, expected", [
    # a source signing a headline or post after a closing dash
    ("At least 12 killed in Kora blast - Lomi spokesman Amir Kora Lomi", [("Amir Kora Lomi", "person")]),
    ("Strikes on Kora kill 27 - Health Ministry", [("Health Ministry", "institution")]),
    ("Drone attack on Kora - UN", [("UN", "institution")]),
    # a page's words, a place or a count after the dash sign nothing
    ("Kora war - Live", []),
    ("Shelling in Kora - 3 dead", []),
    ("Fighting in Kora - Lomi", []),
])
def test_a_source_signing_after_a_closing_dash(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a name of `of` opening the clause, `and`, then a second subject with its article
    ("The Ministry of Defence and the army said 12 soldiers were killed.",
     [("Ministry of Defence", "institution"), ("army", "anonymous")]),
    # but an object before `and` is no subject
    ("Fighters seized Kora and the army said 12 soldiers were killed.", [("army", "anonymous")]),
])
def test_an_of_name_and_a_second_subject(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]
