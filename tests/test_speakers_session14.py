"""Speakers in reports of other wars (session 14): an institution's possessive role with the
nouns that name the institution before it. Every name and sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `the UN refugee agency's spokesperson`: the nouns before a possessive head are its name's --

@pytest.mark.parametrize("sentence, expected", [
    ("The UN refugee agency's representative in Chad said 20,000 people had crossed this week.",
     "UN refugee agency representative"),
    ("The UN food agency's spokesperson said aid had run out in Lomi.", "UN food agency spokesperson"),
    ("The migration agency's chief said 3,000 people were displaced.", "migration agency chief"),
    ("Aid had run out in Lomi, the UN food agency's spokesperson said.", "UN food agency spokesperson"),
])
def test_nouns_before_a_possessive_institution_word_stay_in_its_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `according to the army's spokesman, Ali Musa.`: the name closing the sentence speaks -----

@pytest.mark.parametrize("sentence, expected", [
    ("Twelve civilians were killed in rocket fire, according to the army's spokesman, Tawan Sirisak.",
     "Tawan Sirisak"),
    ("Two soldiers died, according to the defence ministry spokeswoman, Mala Sokha.", "Mala Sokha"),
    ("Two soldiers died, according to a statement by the ministry's spokeswoman, Mala Sokha.", "Mala Sokha"),
])
def test_a_name_closing_an_according_to_description_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


@pytest.mark.parametrize("sentence, expected", [
    # no name after the comma, or a place: the source stays as it was
    ("Two soldiers died, according to the army, in Kora Province.", ("army", "anonymous")),
    ("Two soldiers died in the east, according to the governor, Donetsk Oblast.", ("governor", "anonymous")),
])
def test_no_name_after_according_to_keeps_the_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][:1] == [expected]
