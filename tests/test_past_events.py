"""A past event a report recalls (`In April 2024, seven soldiers were killed`, a timeline's
`10 February 2022: ...`, `the deadliest since April 2024, when ...`) is another fact than the
day's news: its figures carry the day, month or year (`Figure.on`), and neither merge with,
dispute nor raise the day's numbers. Every text here is invented for the test."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conflict_digest.cli import app
from conflict_digest.merge import summarize
from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor

REPORT_DAY = "2025-01-09"


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def dated(extractor, text, day=REPORT_DAY):
    return [(f.value, f.on) for f in extractor.extract(Report(path="r.txt", text=text, date=day)).figures]


@pytest.mark.parametrize("text, expected", [
    ("* February 10, 2022: Nine people were killed when their vehicle hit a mine near Kora.", [(9, "2022-02-10")]),
    ("10 February 2022 - Nine people were killed when their vehicle hit a mine.", [(9, "2022-02-10")]),
    ("On 17 April 2024, seven soldiers were killed in an ambush.", [(7, "2024-04-17")]),
    ("In April 2024, seven soldiers were killed in an ambush.", [(7, "2024-04")]),
    ("In 2019, 40 soldiers died in a similar attack.", [(40, "2019")]),
    ("On 12 December, rebels killed 14 villagers.", [(14, "2024-12-12")]),  # last year's, without its year
    # after `when`, only the past event's figures
    ("Gunmen killed 28 soldiers, the deadliest attack since April 2024, when seven soldiers were killed.",
     [(28, None), (7, "2024-04")]),
    ("It was the worst loss since 2021, when 12 soldiers died.", [(12, "2021")]),
    ("Gunmen killed 28 soldiers on Wednesday, the deadliest since an ambush on 17 April 2024, when seven "
     "soldiers were killed.", [(28, None), (7, "2024-04-17")]),
    # the claim's own day, long before
    ("Ten years ago, on 17 July 2014, 298 people were killed when the airliner was shot down.",
     [(298, "2014-07-17")]),
])
def test_a_recalled_events_figures_carry_its_date(extractor, text, expected):
    assert dated(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "On 8 January, rebels killed 14 villagers.",                     # the day before: the day's news
    "In January 2025, 40 soldiers were killed.",                     # the report's own month
    "In 2025, 40 soldiers were killed.",                             # ... and year
    "Since April 2024, 1,200 soldiers have been killed.",           # a running total to this day
    "Since April 2024, when the war began, 1,200 soldiers have been killed.",  # ... its start recalled
    "More than 100 people have been killed near the crossings since they opened on 12 December.",
    "The war, which began in February 2022, has killed 10,000 civilians.",
    "Yesterday, 14 villagers were killed.",
    "In Kora, 14 villagers were killed when gunmen attacked.",
])
def test_the_days_figures_carry_no_date(extractor, text):
    assert all(on is None for _, on in dated(extractor, text))


@pytest.mark.parametrize("text, expected", [
    # the main clause's period is not the past event's
    ("Overnight strikes killed 3 people, the deadliest since October 2024, when 11 people were killed.",
     [(3, "daily", None), (11, None, "2024-10")]),
    ("Over the past day, shelling killed 3 people, the deadliest toll since 2022, when 40 died.",
     [(3, "daily", None), (40, None, "2022")]),
    # but its own clause's is
    ("Overnight strikes killed 3 people, the deadliest since October 2024, when 11 people were killed in "
     "a single day.", [(3, "daily", None), (11, "daily", "2024-10")]),
    ("Since April 2024, when the war began, 1,200 soldiers have been killed.", [(1200, "cumulative", None)]),
])
def test_a_recalled_event_has_its_own_clauses_period(extractor, text, expected):
    figures = extractor.extract(Report(path="r.txt", text=text, date=REPORT_DAY)).figures
    assert [(f.value, f.period, f.on) for f in figures] == expected


def test_a_report_dated_by_month_dates_no_figure(extractor):
    assert dated(extractor, "In April 2024, seven soldiers were killed.", day="2025-01") == [(7, None)]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=80))
def test_a_day_a_week_or_more_before_the_report_is_a_past_event(extractor, days):
    day = date(2025, 3, 20) - timedelta(days=days)
    text = f"On {day.day} {day:%B} {day.year}, gunmen killed 14 villagers."
    expected = day.isoformat() if days >= 7 else None
    assert dated(extractor, text, day="2025-03-20") == [(14, expected)]


def _day(extractor, *texts):
    reports = [extractor.extract(Report(path=f"{i}.txt", text=t, date=REPORT_DAY)) for i, t in enumerate(texts)]
    (day,) = summarize(reports).days
    return day


def test_a_recalled_toll_neither_raises_nor_disputes_the_days(extractor):
    day = _day(extractor,
               "The army said 28 soldiers were killed in an attack on a post near Kora on Wednesday.",
               "It was the deadliest attack since April 2024, when seven soldiers were killed.")
    assert sorted((e.figure.low, e.figure.on, e.disputed, e.rising) for e in day.figures) == [
        (7, "2024-04", False, False), (28, None, False, False)]


def test_one_past_event_dated_by_day_and_by_month_is_one_fact(extractor):
    day = _day(extractor,
               "* April 17, 2024: Seven soldiers were killed when militants attacked a patrol.",
               "It was the deadliest attack since April 2024, when seven soldiers were killed.")
    (entry,) = day.figures
    assert (entry.figure.on, len(entry.sources)) == ("2024-04-17", 2)


def test_past_events_of_other_months_are_other_facts(extractor):
    day = _day(extractor,
               "In April 2024, seven soldiers were killed in an ambush.",
               "In June 2024, nine soldiers were killed in an ambush.")
    assert sorted((e.figure.low, e.figure.on, e.disputed) for e in day.figures) == [
        (7, "2024-04", False), (9, "2024-06", False)]


def test_the_digest_and_the_figures_output_show_the_date(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Date: 2025-01-09\n\nThe army said 28 soldiers were killed on Wednesday. It was the deadliest attack "
        "since April 2024, when seven soldiers were killed.\n", encoding="utf-8")
    runner = CliRunner()
    markdown = runner.invoke(app, ["summarize", str(tmp_path), "--no-cache", "--format", "markdown"])
    assert markdown.exit_code == 0
    assert "| 7 (in 2024-04) |" in markdown.stdout
    extracted = runner.invoke(app, ["extract", str(tmp_path), "--no-cache", "--format", "jsonl"])
    (report,) = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert [(f["value"], f["on"]) for f in report["figures"]] == [(28, None), (7, "2024-04")]
    table = runner.invoke(app, ["extract", str(tmp_path), "--no-cache", "--format", "tsv"])
    assert table.exit_code == 0, table.stdout
    header, *rows = table.stdout.splitlines()
    on = header.split("\t").index("on")
    assert [row.split("\t")[on] for row in rows] == ["", "2024-04"]


@pytest.mark.parametrize("line, claim_date", [
    ("* January 8, 2025: Gunmen killed 28 soldiers at a post near Kora.", "2025-01-08"),
    ("April 17, 2024: Seven soldiers were killed when militants attacked a patrol.", "2024-04-17"),
    ("17 December - Seven soldiers were killed when militants attacked a patrol.", "2024-12-17"),
    ("In April 2024, seven soldiers were killed.", REPORT_DAY),  # a month: no day to give
    # a period's start is not the claim's day, but a date after the clause it opens may be
    ("More than 100 people have been killed near the crossings since they opened on 12 December.", REPORT_DAY),
    ("Since the truce, gunmen killed 14 villagers on 7 January.", "2025-01-07"),
    # a past event after `when` is not the claim's day
    ("Gunmen killed 28 soldiers on Wednesday, the deadliest since an ambush on 17 April 2024, when seven "
     "soldiers were killed.", "2025-01-08"),
])
def test_a_timelines_line_is_claimed_on_its_day(extractor, line, claim_date):
    (claim,) = extractor.extract(Report(path="r.txt", text=line, date=REPORT_DAY)).claims
    assert claim.date == claim_date


@pytest.mark.parametrize("text, periods", [
    # a span of days opening the sentence: its figures count over it
    ("Between 18 October and 8 January, 4,335 people were killed and 13,138 injured.", ["cumulative", "cumulative"]),
    ("According to the health ministry, between the afternoons of 7 and 8 January, 95 people were killed.", ["daily"]),
    ("From 1 to 7 January, 40 people were killed in Kassala.", ["cumulative"]),
    ("Between 7 October 2023 and 8 January 2025, at least 45,000 people were killed.", ["cumulative"]),
    # a figure's own period stands; a span after the figures, or a range of numbers, is none
    ("Between 18 October and 8 January, 95 people were killed in the past day.", ["daily"]),
    ("Troops killed 12 people between 2 and 7 January, officials said.", [None]),
    ("Between 20 and 30, most of them civilians, were killed.", [None]),
])
def test_figures_after_a_span_of_days_count_over_it(extractor, text, periods):
    figures = extractor.extract(Report(path="r.txt", text=text, date=REPORT_DAY)).figures
    assert [f.period for f in figures] == periods
