"""A live page's day headings (`Sunday 10 March`) date the entries posted under them: a page
that runs past midnight, or newest first, holds claims of more than one day. Every text here
is invented for the test."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.dates import day_heading
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


@pytest.mark.parametrize("line, expected", [
    ("Sunday 10 March", "2024-03-10"),
    ("Sunday, 10 March 2024", "2024-03-10"),
    ("## Monday, March 11", "2024-03-11"),
    ("**Tuesday 12th March**", "2024-03-12"),
    ("SUNDAY 10 MARCH", "2024-03-10"),
    ("Sun 10 Mar", "2024-03-10"),
    ("10 March 2024:", "2024-03-10"),
    ("Friday 8 March", "2024-03-08"),  # a page that runs newest first: before the report's day
    ("24 February 2022", "2022-02-24"),  # a year given is taken, however far off
    ("Dec 31", None),  # no year, and more than a month off: a caption, not a heading
    ("10 May", None),
    ("31 February", None),
    ("Sunday", None),
    ("In March 10", None),
    ("Gunmen attacked the police academy on Sunday 10 March.", None),
    ("23:40 EST", None),
])
def test_a_line_that_is_only_a_date_is_a_day_heading(line, expected):
    assert day_heading(line, "2024-03-09") == expected


def test_a_day_without_its_year_is_the_nearest_one():
    assert day_heading("Dec 31", "2024-01-01") == "2023-12-31"
    assert day_heading("January 2", "2023-12-30") == "2024-01-02"


def test_no_report_date_no_day():
    assert day_heading("Sunday 10 March", None) is None
    assert day_heading("Sunday 10 March", "2024-03") is None  # a month: no day to be near


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=-31, max_value=31),
       st.sampled_from(["{d} {B}", "{A} {d} {B}", "{A}, {B} {d}", "{b} {d}", "## {d} {B} {Y}", "{B} {d}, {Y}"]))
def test_a_heading_within_a_month_of_the_report_names_its_day(report_day, offset, shape):
    day = report_day + timedelta(days=offset)
    line = shape.format(d=day.day, A=day.strftime("%A"), B=day.strftime("%B"), b=day.strftime("%b"), Y=day.year)
    assert day_heading(line, report_day.isoformat()) == day.isoformat()


@given(st.text(max_size=60))
def test_any_line_gives_a_real_day_or_none(line):
    found = day_heading(line, "2024-03-09")
    assert found is None or date.fromisoformat(found)


BLOG = """Title: Kora crisis live
Date: 2024-03-09

Saturday 9 March

23:40
Gunmen attacked the police barracks in Lomi late on Saturday, a police union said. Four officers were killed.

Sunday 10 March

08:15
The police union said the toll from the barracks attack rose to five.

11:30
Police said 12 people were killed yesterday in Tessa.
"""


def test_claims_under_a_day_heading_are_of_that_day():
    claims = Extractor.load().extract(read_report_bytes(BLOG.encode(), "live.txt")).claims
    assert [(c.date, c.text[:22]) for c in claims if c.figures] == [
        ("2024-03-09", "Four officers were kil"),
        ("2024-03-10", "The police union said "),
        ("2024-03-09", "Police said 12 people "),  # `yesterday` of the Sunday's entry
    ]
