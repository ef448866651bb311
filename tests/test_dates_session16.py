"""Report dates of weekly reviews and other presses' page furniture in session 16. Every
header here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("line, expected", [
    ("Weekly review, 3-9 June 2017", "2017-06-09"),
    ("3-9 June 2017", "2017-06-09"),
    ("Reporting period: 10\u201316 October 2024", "2024-10-16"),
    ("Situation Report No. 12 (4-10 May 2024)", "2024-05-10"),
    ("Humanitarian snapshot | 30 May-5 June 2016", "2016-06-05"),
    ("Weekly bulletin: June 3-9, 2017", "2017-06-09"),
    ("Humanitarian bulletin | 27 May - 2 June 2024", "2024-06-02"),
])
def test_a_weeks_range_dates_the_report_by_its_last_day(line, expected):
    """A review of a period is written at its end: the range's last day, as a range across two
    months already gave."""
    assert dated(f"Kora: weekly humanitarian review\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text", [
    "Kora weekly review\nWeeks 3-9\n\n" + BODY,
    "Kora weekly review\n3-9 June\n\n" + BODY,
    "Kora weekly review\n12-14 killed, 2017 displaced\n\n" + BODY,
])
def test_no_range_without_a_month_and_year_dates_a_report(text):
    assert dated(text) == (None, None)


@pytest.mark.parametrize("line, expected", [
    ("Update #12 - 14 Oct 2023, 18:00 (GMT+3)", "2023-10-14"),
    ("Flash update No. 3 - 9 June 2017", "2017-06-09"),
    ("Flash update No. 30 - 5 June 2017", "2017-06-05"),
])
def test_a_numbered_update_before_a_date_is_no_range(line, expected):
    assert dated(f"Kora: flash update\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line, expected", [
    ("News release 14 January 2009", "2009-01-14"),
    ("Press Release 14 Jan 2009", "2009-01-14"),
    ("Statement 14 October 2023", "2023-10-14"),
    ("Operational update 14-01-2009", "2009-01-14"),
    ("Rawalpindi, March 5, 2013", "2013-03-05"),
    ("Posted by admin on May 18, 2009 at 12:30pm", "2009-05-18"),
    ("Daily report 2023/11/12", "2023-11-12"),
    ("Situation report 14 November 2023", "2023-11-14"),
])
def test_a_document_label_place_or_author_before_a_date(line, expected):
    assert dated(f"Kora: fighting goes on\n{line}\n\n{BODY}") == (expected, "dateline")


def test_a_dotted_date_with_a_two_digit_year_is_day_first():
    assert dated(f"Published: 12.11.23\n\n{BODY}") == ("2023-11-12", "header")


@pytest.mark.parametrize("text", [
    "Kora: fighting goes on\nFighters attacked the camp on May 18, 2009 at dawn\n\n" + BODY,
    "Kora: fighting goes on\nStatement on 40 deaths, 2009 toll\n\n" + BODY,
    "Kora, 12 killed, 2009 review\n\n" + BODY,
])
def test_an_event_date_or_figures_date_no_report(text):
    assert dated(text) == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("Kora war live: strikes hit Lomi\nLive\nUpdated 2m ago\nTue 12 Dec 2023 09.55 EST\n\n" + BODY,
     "2023-12-12"),
    ("Kora war live\nLIVE\n4h ago\nKey events\n12 December 2023 14:05\n\n" + BODY, "2023-12-12"),
])
def test_a_live_pages_furniture_lines_do_not_hide_its_date(text, expected):
    """`Live`, `Updated 2m ago`, `Key events`: a live page's words above its date line."""
    assert dated(text) == (expected, "dateline")


def test_a_fourth_line_of_text_still_dates_no_report():
    text = ("Kora attack kills 12\nBy A. Writer\nFighters attacked the camp at dawn.\n"
            "12 December 2023\n\n" + BODY)
    assert dated(text) == (None, None)
