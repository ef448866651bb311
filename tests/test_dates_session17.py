"""Report dates of telex copy, transcripts, judgments and PDF pages in session 17. Every
header here is invented for the test."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("text, expected", [
    ("KORA, 3 FEB 68 (UPI) - HEAVY FIGHTING WAS REPORTED IN THE CITADEL.\n", "1968-02-03"),
    ("KORA, FEB. 3, 68 (AP) -- Fighting went on in the citadel.\n", "1968-02-03"),
    ("PORT KORA, 14.03.91 (Agency) - Shelling resumed.\n", "1991-03-14"),
])
def test_a_telex_datelines_two_digit_year(text, expected):
    assert dated(text) == (expected, "dateline")


@pytest.mark.parametrize("text", [
    "KORA, FEB 3 (UPI) - HEAVY FIGHTING WAS REPORTED IN THE CITADEL.\n",
    "KORA, 03/04/91 (Agency) - Shelling resumed.\n",
])
def test_a_telex_dateline_without_year_or_order_is_no_date(text):
    """No year to take, or day and month either way round: never guessed."""
    assert dated(text) == (None, None)


@pytest.mark.parametrize("line, expected", [
    ("31 May 68", "1968-05-31"),
    ("14/03/91", "1991-03-14"),
    ("Dated 14/03/91", "1991-03-14"),
    ("Sitrep No. 4 - 2 Aug 90", "1990-08-02"),
])
def test_a_date_lines_two_digit_year(line, expected):
    assert dated(f"Kora district sitrep\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line", ["03/04/91", "October 24", "Issue 10 (October 24)", "12 killed, 68 wounded"])
def test_no_date_line_guessed_from_two_digits(line):
    assert dated(f"Kora district sitrep\n{line}\n\n{BODY}") == (None, None)


def test_a_headers_two_digit_year_is_never_in_the_future():
    assert dated(f"Date: 3 Feb 68\n\n{BODY}") == ("1968-02-03", "header")


@given(st.dates(min_value=date(1950, 1, 13), max_value=date.today()))
def test_a_two_digit_year_is_the_latest_one_not_to_come(day):
    line = f"{day.day} {day:%b} {day:%y}"
    assert dated(f"Kora district sitrep\n{line}\n\n{BODY}") == (day.isoformat(), "dateline")


@pytest.mark.parametrize("line, expected", [
    ("Transcript 14 March 1991", "1991-03-14"),
    ("Transcript - 14 March 1991", "1991-03-14"),
    ("Judgment 2 March 2009", "2009-03-02"),
    ("Judgement of 2 September 1998", "1998-09-02"),
    ("Decision of 12 June 1995", "1995-06-12"),
    ("Delivered on 3 March 2000", "2000-03-03"),
])
def test_transcripts_and_judgments_are_dated_by_their_line(line, expected):
    assert dated(f"KORA TRIBUNAL\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text, expected", [
    ("Page 1 of 12\nUNITED NATIONS\nS/1994/640\n31 May 1994\n\n" + BODY, "1994-05-31"),
    ("- 3 -\nTRIAL CHAMBER II\nJudgement\n2 September 1998\n\n" + BODY, "1998-09-02"),
    ("UNITED NATIONS\nSecurity Council\nDistr.: General\n31 May 1994\nOriginal: English\n\n" + BODY,
     "1994-05-31"),
])
def test_a_pdfs_page_furniture_is_passed_over(text, expected):
    assert dated(text) == (expected, "dateline")


@pytest.mark.parametrize("line", ["Injured: 14.05.30", "12.05.30", "Updated 09.15.45"])
def test_a_time_of_day_with_seconds_is_no_two_digit_year(line):
    """`14.05.30` on a line of its own is a time, not 14 May 1930; a dateline's place and
    agency say the dotted `14.03.91` after them is a date."""
    assert dated(f"Kora district sitrep\n{line}\n\n{BODY}") == (None, None)


@pytest.mark.parametrize("line, expected", [
    ("1/ Thread, 14.06.2025: what we know so far", "2025-06-14"),
    ("1/8 Kora strikes, 14 June 2025 | a thread", "2025-06-14"),
    ("Hearing of the Kora committee, 3 May 1982 - transcript", "1982-05-03"),
])
def test_a_date_ending_a_part_of_a_line_dates_it(line, expected):
    """A thread's first post or a record's title gives its date after a comma, before a
    colon, bar or dash and more words."""
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("line", [
    "1/ Kora, 12/05/24: shelling overnight",  # either order: never guessed
    "2/ Killed, 14: wounded, 30",
])
def test_no_date_guessed_from_a_part_of_a_line(line):
    assert dated(f"{line}\n\n{BODY}") == (None, None)
