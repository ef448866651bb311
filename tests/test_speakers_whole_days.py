"""Speakers found wrong by writing whole days of invented reports and reading their digest.
Every sentence is invented; the places are real names."""
from __future__ import annotations

import pytest

from helpers import speakers


@pytest.mark.parametrize("sentence, expected", [
    # a noun before a place's name is no person's role: "a truce [that] Moscow declared"
    ("Missiles struck hours after the end of a truce Moscow had declared, officials said.",
     [("officials", "anonymous")]),
    ("Missiles struck hours after the end of a truce Moscow declared, officials said.", [("officials", "anonymous")]),
    # a title before it still makes a person of a name that is a place's too
    ("The spokesman Moscow said the talks had failed.", [("Moscow", "person")]),
])
def test_a_noun_before_a_places_name_is_no_role(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]
