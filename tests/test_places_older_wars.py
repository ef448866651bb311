"""Places as the reports of older wars and other outlets write them. Every sentence here is
invented for the test; the places are real."""
from __future__ import annotations

import pytest

from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    # a dotted abbreviation before a hyphen and a lower-case word is an adjective, as `US-led` is
    ("A roadside bomb killed 5 U.S.-led coalition soldiers.", []),
    ("The U.K.-based monitor said 3 died.", []),
    ("The U.S.-supplied tanks arrived in Kyiv.", [("Kyiv", "city")]),
    # the country itself, and names joined by a hyphen, stay places
    ("Troops arrived from the U.S.", [("United States", "country")]),
    ("Fighting in Nagorno-Karabakh went on.", [("Nagorno-Karabakh", "region")]),
])
def test_a_dotted_abbreviation_in_a_compound_adjective_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name of two capitalised words is known joined by a hyphen or a space, however listed
    ("People were killed in Mai-Kadra on Monday.", [("Mai Kadra", "town")]),
    ("Fighting in Nagorno Karabakh went on.", [("Nagorno-Karabakh", "region")]),
])
def test_a_two_word_name_joined_the_other_way(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a river the gazetteer does not know, named with its word
    ("Chechen fighters withdrew across the Sunzha River to new positions.", [("Sunzha River", "water")]),
    ("Troops crossed the Sunzha river at dawn.", [("Sunzha River", "water")]),
    # a river it knows, and an institution named after one
    ("Fighting went on along the Dnipro River.", [("Dnipro River", "water")]),
    ("The Sunzha River Valley Authority said the dam held.", []),
])
def test_a_river_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


def test_a_language_community_before_a_region_word_is_no_place(gazetteer):
    assert places_found(gazetteer, "Gunmen attacked a school in Kumba in Cameroon's Anglophone region.") == [
        ("Kumba", "city"), ("Cameroon", "country")]
