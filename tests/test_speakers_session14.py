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
