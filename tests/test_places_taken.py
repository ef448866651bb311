"""A settlement taken or lost in a front's daily claims (`Russia claims capture of X in Y
region`): the gazetteer cannot know every village, and a verb of taking ground says one is
meant. Every name here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Kora's army claims capture of Tessavka in Donetsk Oblast.", ["Tessavka", "Donetsk Oblast"]),
    ("Its troops captured Lomivka in Donetsk Oblast, the ministry said.", ["Lomivka", "Donetsk Oblast"]),
    ("Ukrainian forces liberated Koranka, the General Staff said.", ["Koranka"]),
    ("Rebels took control of Tessaville on Monday.", ["Tessaville"]),
    ("Troops withdrew after the fall of Lomivka on Monday.", ["Lomivka"]),
    # a man captured is named with two words; a count is no place
    ("The police captured Ali Koranko in Kyiv.", ["Kyiv"]),
    ("Troops captured 12 soldiers near the border.", []),
    ("Hamas captured Israelis during the raid.", []),
])
def test_a_settlement_taken_is_a_place(gazetteer, sentence, expected):
    assert [name for name, _ in places_found(gazetteer, sentence)] == expected
