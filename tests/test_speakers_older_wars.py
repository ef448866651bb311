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
