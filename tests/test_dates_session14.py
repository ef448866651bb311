"""Report dates in the page furniture of other outlets in session 14: a date and its time
parted by spaced slashes, a date followed by `Updated ...` on its line, Arabic month names.
Every header here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("line, expected", [
    ("June 14, 2025 / 10:15 AM / Updated 2 hours ago", "2025-06-14"),
    ("14 Jun 2025 / 09:30 GMT", "2025-06-14"),
    ("3 Dhu al-Hijja 1446 / 30 May 2025", "2025-05-30"),
])
def test_a_date_between_spaced_slashes(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line, expected", [
    ("June 14, 2025 6:02 AM GMT+3 Updated 2 hours ago", "2025-06-14"),
    ("13 June 2025 Last updated at 22:41", "2025-06-13"),
    ("Jun 14, 2025 Updated Jun 15, 2025", "2025-06-14"),
])
def test_a_date_before_an_update_note_on_its_line(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line, expected", [
    ("14 \u064a\u0648\u0646\u064a\u0648 2025", "2025-06-14"),  # Egyptian and Gulf names
    ("\u0627\u0644\u0633\u0628\u062a 14 \u064a\u0648\u0646\u064a\u0648 2025", "2025-06-14"),
    ("14 \u062d\u0632\u064a\u0631\u0627\u0646 2025", "2025-06-14"),  # Levantine names
    ("2 \u0623\u063a\u0633\u0637\u0633 2025", "2025-08-02"),
])
def test_arabic_month_names(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text", [
    "Officials said 2025 people were displaced / 14 killed.\n\nMore followed.\n",
    "Updated 2 hours ago\n\nThe toll reached 2025 in June, officials said.\n",
])
def test_no_date_is_read_from_a_figure(text):
    assert dated(text) == (None, None)


@pytest.mark.parametrize("line", [
    "Reporting period: 1-14 June 2025",
    "Covering 1-14 June 2025",
])
def test_a_date_line_whose_reading_has_another_year_than_it_writes_is_unread(line):
    assert dated(f"{line}\n\n{BODY}")[0] in (None, "2025-06", "2025-06-14")


@pytest.mark.parametrize("text", [
    "Date: 1-14 June 2025\n\n" + BODY,
    "---\ndate: 1-14 June 2025\n---\n" + BODY,
])
def test_a_header_read_in_another_year_than_it_writes_gives_no_date(text):
    assert dated(text)[0] != "2001-06-14"


@pytest.mark.parametrize("line, expected", [
    ("Modifié le 14/06/2025 à 10h15", "2025-06-14"),
    ("Actualisé le 14 juin 2025", "2025-06-14"),
    ("Publié le 14/06/2025 à 10h15, modifié le 15/06/2025 à 09h00", "2025-06-14"),
])
def test_a_french_date_prefix_and_a_later_note_on_the_line(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


def test_a_header_date_before_an_update_note():
    assert dated(f"Published: 14 June 2025, updated 15 June 2025\n\n{BODY}") == (
        "2025-06-14", "header")


@pytest.mark.parametrize("lines, expected", [
    ("Published On 14 Jun 202514 Jun 2025", "2025-06-14"),
    ("By Kora Lomi\nJune 14, 20256:02 AM GMT+3Updated 2 hours ago", "2025-06-14"),
])
def test_a_year_run_together_with_the_next_date_or_time(lines, expected):
    """Text copied from a web page loses the break between a date and the next one."""
    assert dated(f"{lines}\n\n{BODY}") == (expected, "dateline")


def test_a_figure_run_together_with_a_year_is_no_date():
    assert dated(f"Officials counted 202514 June arrivals.\n\n{BODY}") == (None, None)
