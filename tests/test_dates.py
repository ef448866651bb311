from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.dates import (
    ReportDate, date_from_filename, days_before, find_report_date, parse_user_date,
    resolve_weekday,
)
from conflict_digest.sentences import normalise

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# --- seed header --------------------------------------------------------------------------

def test_seed_header_with_headline_before_blank_line():
    text = " date 2023-03-14 Live\n\nShelling hit the rail yard overnight.\n"
    found = find_report_date(text, "report.txt")
    assert (found.date, found.source, found.headline) == ("2023-03-14", "header", "Live")
    assert found.body == "Live\n\nShelling hit the rail yard overnight.\n"


def test_seed_header_rest_of_line_is_body_when_no_blank_line_follows():
    text = "date 2023-03 Monthly summary:\nFighting spread along the river in March.\n"
    found = find_report_date(text, "report.txt")
    assert (found.date, found.source, found.headline) == ("2023-03", "header", None)
    assert found.body == "Monthly summary:\nFighting spread along the river in March.\n"


def test_seed_header_without_rest_of_line():
    found = find_report_date(" date 2023-03-14\n\nTwo drones were downed.", "x.txt")
    assert (found.date, found.headline) == ("2023-03-14", None)
    assert found.body == "\nTwo drones were downed."


def test_seed_header_with_impossible_date_falls_through_to_file_name():
    found = find_report_date(" date 2023-13-45 Live\n\nText.", "2023-03-14-blog.txt")
    assert (found.date, found.source) == ("2023-03-14", "filename")
    assert found.body == "Live\n\nText."


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("2023-01-05-*.txt")))
def test_seed_samples(path):
    found = find_report_date(normalise(path.read_text(encoding="utf-8")), str(path))
    assert (found.date, found.source) == ("2023-01-05", "header")
    assert not found.body.startswith(" date")
    assert found.headline and found.body.startswith(found.headline)
    assert not found.disagrees_with_filename


# --- key: value block and front matter -----------------------------------------------------

def test_date_header_block_is_removed_and_title_kept():
    text = ("Title: Drones strike fuel depot\nSource: Regional command\nDate: 5 January 2023\n\n"
            "Three storage tanks burned.\n")
    found = find_report_date(text, "statement.txt")
    assert (found.date, found.source) == ("2023-01-05", "header")
    assert found.headline == "Drones strike fuel depot"
    assert found.body == "Drones strike fuel depot\n\nThree storage tanks burned.\n"


def test_days_before_crosses_months_and_years():
    assert days_before("2024-03-01", 1) == "2024-02-29"
    assert days_before("2024-01-01", 2) == "2023-12-30"


def test_days_before_needs_a_full_date():
    assert days_before("2023-01", 1) is None
    assert days_before("undated", 1) is None


@pytest.mark.parametrize("value, expected", [
    ("Jan. 5, 2023", "2023-01-05"),
    ("5 January 2023", "2023-01-05"),
    ("2023-01-05T08:00:00Z", "2023-01-05"),
    ("Thursday, 5 January 2023 08:00 EET", "2023-01-05"),
    ("January 2023", "2023-01"),
])
def test_date_header_value_formats(value, expected):
    found = find_report_date(f"Date: {value}\n\nA bridge was hit.", "x.txt")
    assert found.date == expected
    assert found.body == "A bridge was hit."


def test_date_header_keeps_unknown_lines_of_the_block():
    text = "Ministry of Defence briefing\nDate: 2023-02-01\n\nThe shelling went on."
    found = find_report_date(text, "x.txt")
    assert found.date == "2023-02-01"
    assert found.headline is None
    assert found.body == "Ministry of Defence briefing\n\nThe shelling went on."


def test_block_without_date_key_is_not_a_header():
    text = "Briefing: the dam is holding\n\nEngineers inspected it."
    found = find_report_date(text, "x.txt")
    assert found.date is None and found.body == text


def test_ambiguous_header_date_is_settled_by_the_file_name():
    assert find_report_date("Date: 05/01/2023\n\nText.", "2023-01-05-x.txt").date == "2023-01-05"
    assert find_report_date("Date: 05/01/2023\n\nText.", "x.txt").date == "2023-05-01"


def test_front_matter():
    text = ('---\ntitle: "Port shelled for third night"\nsource: Harbour authority\n'
            "date: Jan. 7, 2023\n---\n\nCranes and a grain silo were damaged.\n")
    found = find_report_date(text, "port.md")
    assert (found.date, found.source) == ("2023-01-07", "front-matter")
    assert found.headline == "Port shelled for third night"
    assert found.body == "Port shelled for third night\n\nCranes and a grain silo were damaged.\n"


def test_front_matter_without_date_is_still_removed():
    found = find_report_date("---\ntitle: Night raid\n---\nSirens sounded.", "x.md")
    assert (found.date, found.headline, found.body) == (None, "Night raid", "Night raid\n\nSirens sounded.")


def test_unclosed_front_matter_is_text():
    text = "---\ntitle: Night raid\nSirens sounded."
    found = find_report_date(text, "x.md")
    assert (found.headline, found.body) == (None, text)


def test_front_matter_with_impossible_date_falls_through():
    found = find_report_date("---\ndate: 2023-02-30\n---\nText.", "2023-02-x.md")
    assert (found.date, found.source) == ("2023-02", "filename")


# --- datelines ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, filename, expected", [
    ("KYIV, Jan 5 (Reuters) - Missiles hit the grid.", "2023-01-05-wire.txt", "2023-01-05"),
    ("KYIV, Ukraine, Jan. 5, 2023 (AP) - Missiles hit the grid.", "wire.txt", "2023-01-05"),
    ("BERLIN, 5 January - Ministers met.", "2023-01-wire.txt", "2023-01-05"),
    ("NEW YORK, Sept. 21 - Delegates argued.", "20220930-wire.txt", "2022-09-21"),
    ("KYIV, Dec 31 (Reuters) - Drones came at midnight.", "2023-01-02-wire.txt", "2022-12-31"),
    ("BAKU/YEREVAN, April 2 (Wire) - Clashes broke out.", "2016-04-wire.txt", "2016-04-02"),
])
def test_dateline(line, filename, expected):
    found = find_report_date(f"Headline here\n\n{line}\n", filename)
    assert (found.date, found.source) == (expected, "dateline")


def test_dateline_year_from_an_explicit_year_in_the_first_lines():
    text = "War diary 2022\nKHARKIV, March 3 - Shelling went on all night."
    assert find_report_date(text, "diary.txt").date == "2022-03-03"


def test_dateline_without_any_year_is_not_guessed():
    found = find_report_date("KYIV, Jan 5 (Reuters) - Missiles hit the grid.", "wire.txt")
    assert (found.date, found.source) == (None, None)


def test_dateline_without_date_does_not_count():
    found = find_report_date("WASHINGTON (AP) - New aid was announced.", "2023-01-06-aid.txt")
    assert (found.date, found.source) == ("2023-01-06", "filename")


def test_dateline_after_the_third_line_does_not_count():
    text = "One.\nTwo.\nThree.\nKYIV, Jan. 5, 2023 (AP) - Late."
    assert find_report_date(text, "x.txt").date is None


def test_impossible_dateline_falls_through():
    found = find_report_date("KYIV, Feb 30, 2023 - Text.", "2023-02-27-x.txt")
    assert (found.date, found.source) == ("2023-02-27", "filename")


# --- a date on a line of its own near the top --------------------------------------------

BODY = "Shelling hit the eastern districts overnight, officials said.\n"


@pytest.mark.parametrize("line, expected", [
    ("Thursday 14 March 2024 09.40 GMT", "2024-03-14"),
    ("Mar. 14, 2024, 9:40 a.m. ET", "2024-03-14"),
    ("2024-03-14T09:40:00Z", "2024-03-14"),
    ("14 March 2024", "2024-03-14"),
    ("Posted on 14 Mar 2024", "2024-03-14"),
    ("Last updated: 14 March 2024 at 09:40 (local time)", "2024-03-14"),
    ("By A. Writer | March 14, 2024", "2024-03-14"),
    ("Weekly humanitarian update - 14 March 2024", "2024-03-14"),
    ("Thu, 14 Mar 2024 · 9:40 PM", "2024-03-14"),
    ("Published on 28/03/2024", "2024-03-28"),  # day first: no 28th month
    ("March 2024", "2024-03"),
    # an ISO time with its offset, and a situation report's `as of`
    ("Posted on 2024-03-14T09:40:00+02:00", "2024-03-14"),
    ("2024-03-14T09:40:00-05:00", "2024-03-14"),
    ("Situation Report No. 14, as of 14 March 2024", "2024-03-14"),
    ("As of 14 March 2024, 18:00", "2024-03-14"),
    ("Latest from the Special Monitoring Mission to the Republic of Kora (SMM), based on information received as of "
     "19:30, 14 March 2024", "2024-03-14"),
])
def test_date_line_near_the_top(line, expected):
    found = find_report_date(f"Headline here\n{line}\n\n{BODY}", "report.txt")
    assert (found.date, found.source) == (expected, "dateline")


@pytest.mark.parametrize("line", [
    "Fighting since 14 March 2024 has emptied the town.",  # a sentence naming a date
    "Posted on 04/03/2024",  # 4 March or 3 April: not guessed
    "2024",  # a year alone
    "Thursday 14 March",  # no year
    "Live: day 450 of the war - 12 killed in strikes",
    "09:40 GMT",
])
def test_no_date_line(line):
    found = find_report_date(f"{line}\n\n{BODY}", "report.txt")
    assert (found.date, found.source) == (None, None)


def test_date_line_order_settled_by_the_file_name():
    found = find_report_date(f"Posted on 04/03/2024\n\n{BODY}", "2024-03-04-report.txt")
    assert (found.date, found.source) == ("2024-03-04", "dateline")


def test_date_line_after_the_third_line_does_not_count():
    text = f"One.\nTwo.\nThree.\n14 March 2024\n{BODY}"
    assert find_report_date(text, "x.txt").date is None


def test_header_date_comes_before_a_date_line():
    text = f"Date: 2024-03-13\n\n14 March 2024\n{BODY}"
    assert find_report_date(text, "x.txt").date == "2024-03-13"


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(["%d %B %Y", "%A %d %B %Y %H.%M GMT", "%B %d, %Y", "%b. %d, %Y, %I:%M %p",
                        "%Y-%m-%dT%H:%M:%S", "Posted on %d %b %Y"]))
def test_any_day_written_on_a_line_of_its_own_is_read(day, form):
    line = datetime(day.year, day.month, day.day, 9, 40).strftime(form)
    found = find_report_date(f"{line}\n\n{BODY}", "report.txt")
    assert found.date == day.isoformat()


# --- file names ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("2023-01-05-wire.txt", "2023-01-05"),
    ("reports/20230105-wire.txt", "2023-01-05"),
    ("wire-2023-01-05.txt.gz", "2023-01-05"),
    ("2023-04-monthly.txt", "2023-04"),
    ("2023_04_17_brief.md", "2023-04-17"),
    ("2023-13-45-wire.txt", None),
    ("2023-02-30-wire.txt", None),
    ("wire-123456789.txt", None),
    ("briefing.txt", None),
    ("bulletin-24-03-2024.txt", "2024-03-24"),  # day first: there is no 24th month
    ("bulletin_03.24.2024.txt", "2024-03-24"),  # month first: likewise
    ("bulletin-04-03-2024.txt", None),  # 4 March or 3 April: not guessed
    ("bulletin-05-05-2024.txt", "2024-05-05"),
    ("bulletin-31-02-2024.txt", None),
])
def test_date_from_filename(name, expected):
    assert date_from_filename(name) == expected


def test_filename_date_is_used_last():
    found = find_report_date("Shelling went on.", "2023-01-05-x.txt")
    assert (found.date, found.source, found.filename_date) == ("2023-01-05", "filename", "2023-01-05")


def test_header_wins_over_file_name_and_disagreement_is_exposed():
    found = find_report_date(" date 2023-01-06 Live\n\nText.", "2023-01-05-blog.txt")
    assert (found.date, found.filename_date) == ("2023-01-06", "2023-01-05")
    assert found.disagrees_with_filename


def test_month_and_day_of_that_month_agree():
    assert not ReportDate("2023-01-05", "header", None, "", "2023-01").disagrees_with_filename
    assert ReportDate("2023-02", "header", None, "", "2023-01-05").disagrees_with_filename


def test_undated():
    found = find_report_date("Shelling went on.", "briefing.txt")
    assert (found.date, found.source, found.headline, found.body) == (None, None, None, "Shelling went on.")


@given(st.text(), st.text())
def test_find_report_date_never_raises(text, filename):
    found = find_report_date(text, filename)
    assert found.date is None or len(found.date) in (7, 10)


# --- weekdays and user dates --------------------------------------------------------------

@pytest.mark.parametrize("weekday, expected", [
    ("Wednesday", "2023-01-04"), ("Thursday", "2023-01-05"), ("friday", "2022-12-30"),
    ("Mon", "2023-01-02"),
])
def test_resolve_weekday(weekday, expected):
    assert resolve_weekday(weekday, "2023-01-05") == expected


def test_resolve_weekday_needs_a_full_date_and_a_weekday():
    assert resolve_weekday("Wednesday", "2023-01") is None
    assert resolve_weekday("Wednesday", "undated") is None
    assert resolve_weekday("Someday", "2023-01-05") is None


@pytest.mark.parametrize("value, expected", [
    ("2023-01-05", "2023-01-05"), ("2023-04", "2023-04"), (" 5 January 2023 ", "2023-01-05"),
    ("Jan. 5, 2023", "2023-01-05"), ("January 2023", "2023-01"), ("13/1/2023", "2023-01-13"),
    ("2023/01/05", "2023-01-05"),
])
def test_parse_user_date(value, expected):
    assert parse_user_date(value) == expected


@pytest.mark.parametrize("value, message", [
    ("2023-13-45", "not a real date"), ("2023-02-30", "not a real date"),
    ("Feb 30 2023", "cannot read"), ("Jan 5", "cannot read"), ("yesterday", "cannot read"),
    ("5/1/2023", "could mean"), ("", "cannot read"),
])
def test_parse_user_date_rejects_unclear_values(value, message):
    with pytest.raises(ValueError, match=message):
        parse_user_date(value)
