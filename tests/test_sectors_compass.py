"""Mentions a compass word puts in a front sector (`southern Lebanon`: the South Lebanon
sector, the place still Lebanon) count under that sector in every view: the report's
locations, the day's sectors, the `sectors` command, and through the cache. The report is
invented for the test."""
from __future__ import annotations

import json

import pytest
from conftest import parse_jsonl

from conflict_digest.models import ExtractedReport, PlaceCount
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_reports

pytestmark = pytest.mark.usefixtures("clean_env")

REPORT = ("Strikes hit southern Lebanon\n\nBEIRUT, Oct 2 (Wire) - Israeli strikes hit southern "
          "Lebanon overnight, killing 12 people, the health ministry said. Strikes also hit "
          "Nabatieh. Lebanon's government protested.\n")


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "2024-10-02-wire-lebanon.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_a_reports_locations_count_the_mentions_in_another_sector(report_file):
    (report,) = read_reports([str(report_file)])
    lebanon = next(c for c in Extractor.load().extract(report).locations if c.place.name == "Lebanon")
    assert (lebanon.mentions, lebanon.in_sectors) == (3, (("South Lebanon", 2),))
    assert PlaceCount.from_dict(lebanon.as_dict()) == lebanon
    assert "in_sectors" not in PlaceCount(lebanon.place, 1).as_dict()  # only where there are some


def test_the_extract_json_and_a_cached_record_keep_them(invoke, report_file):
    (record,) = parse_jsonl(invoke("extract", report_file, "--format", "jsonl", "--no-cache").stdout)
    lebanon = next(loc for loc in record["locations"] if loc["name"] == "Lebanon")
    assert lebanon["in_sectors"] == {"South Lebanon": 2}
    again = ExtractedReport.from_dict(record)
    assert next(c for c in again.locations if c.place.name == "Lebanon").in_sectors == (("South Lebanon", 2),)


def test_the_days_sectors_count_them(invoke, report_file):
    (day,) = json.loads(invoke("summarize", report_file, "--format", "json", "--no-cache").stdout)["days"]
    assert {s["name"]: s["mentions"] for s in day["sectors"]} == {"South Lebanon": 3}
    lebanon = next(loc for loc in day["locations"] if loc["name"] == "Lebanon")
    assert (lebanon["mentions"], lebanon["in_sectors"]) == (3, {"South Lebanon": 2})


def test_the_markdown_digest_lists_the_place_under_the_sector(invoke, report_file):
    out = invoke("summarize", report_file, "--format", "markdown", "--no-cache").stdout
    assert "**South Lebanon** (3 mentions): Lebanon (2), Nabatieh (1)" in out


def test_the_sectors_command_lists_them_with_their_own_reports(invoke, report_file, tmp_path):
    other = tmp_path / "2024-10-02-wire-beirut.txt"
    other.write_text("Beirut talks\n\nLebanon's government met in Beirut, officials said.\n", encoding="utf-8")
    (south,) = json.loads(invoke("sectors", tmp_path, "--format", "json", "--no-cache").stdout)
    assert (south["name"], south["mentions"], south["reports"]) == ("South Lebanon", 3, 1)
    assert [(p["name"], p["mentions"], len(p["sources"])) for p in south["places"]] == [
        ("Lebanon", 2, 1), ("Nabatieh", 1, 1)]
