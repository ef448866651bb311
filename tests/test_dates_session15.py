"""Report dates in the page furniture of older web pages and other presses in session 15.
Every header here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("line, expected", [
    ("Page last updated at 14:12 GMT, Sunday, 4 March 2007 15:12 UK", "2007-03-04"),
    ("Thursday, August 12, 2004; Page A14", "2004-08-12"),
    ("Originally published 5 Mar 2017", "2017-03-05"),
])
def test_old_web_page_date_lines(line, expected):
    assert dated(f"Kora attack kills 12\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line, expected", [
    ("4 марта 2015, 14:20", "2015-03-04"),
    ("Среда, 18 февраля 2015 г.", "2015-02-18"),
    ("18 лютого 2015 року, 10:15", "2015-02-18"),
    ("15 كانون الثاني 2015", "2015-01-15"),
    ("الأحد 15 تشرين الأول 2017", "2017-10-15"),
    ("3 تشرين الثاني 2016 - 14:05", "2016-11-03"),
    ("20 كانون الاول 2016", "2016-12-20"),
])
def test_russian_ukrainian_and_arabic_month_names(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text", [
    "Casualties: 12/03\n\nThe ministry said 2015 people had fled.\n",
    "Kora attack kills 12\nPage A14; 2,400 displaced\n\n" + BODY,
])
def test_no_date_is_guessed_from_a_figure(text):
    assert dated(text) == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("Date: 25 July 2568\n\n" + BODY, ("2025-07-25", "header")),
    ("Kora clashes\nPublished 24 กรกฎาคม 2568 - 10:15\n\n" + BODY, ("2025-07-24", "dateline")),
    ("Kora clashes\n12 December 2567\n\n" + BODY, ("2024-12-12", "dateline")),
])
def test_a_thai_buddhist_era_year_beside_a_month_name(text, expected):
    """A Thai ministry's year is 543 ahead of the common era's."""
    assert dated(text) == expected


def test_a_buddhist_era_number_without_a_month_is_no_date():
    assert dated("Kora clashes\nDisplaced: 2568\n\n" + BODY) == (None, None)
