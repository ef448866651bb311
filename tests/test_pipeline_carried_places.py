"""A toll in a sentence that names no place happened where the sentence before it, on the same
line, says the attack was: `Shelling hit a market in Okhtyrka. Five people were wounded,
the governor said.` Every text here is invented for the test."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conflict_digest.cli import app
from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def placed(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-03-04"))
    return [(f.value, f.places) for f in extracted.figures]


@pytest.mark.parametrize("text, expected", [
    ("Russian shelling hit a market in Okhtyrka on Monday. Five people were wounded, the governor said.",
     [(5, ("Okhtyrka",))]),
    ("A guided bomb struck an apartment block in Kurakhove in the Donetsk region. Seven people were killed.",
     [(7, ("Kurakhove", "Donetsk Oblast"))]),
    # a landmark says where the place is, not where the dead are
    ("The strike hit Balakliia, 90 km south-east of Kharkiv. Three people were killed.",
     [(90, ("Balakliia", "Kharkiv")), (3, ("Balakliia",))]),
    # a capital speaking names no place
    ("Shelling hit Okhtyrka. Kyiv said five people were wounded.", [(5, ("Okhtyrka",))]),
    # houses destroyed, people missing and captured are there too
    ("Drones attacked Nikopol overnight. Twelve houses were destroyed and two people are missing.",
     [(12, ("Nikopol",)), (2, ("Nikopol",))]),
    # an event line's place, its district and its region are one place
    ("On 2 February 2025, soldiers shot a man near Tammun (Tubas, West Bank). Fatalities: 1.",
     [(1, ("Tammun", "Tubas", "West Bank"))]),
])
def test_a_toll_with_no_place_is_where_the_sentence_before_put_the_attack(extractor, text, expected):
    assert placed(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a new paragraph or line is a new item
    ("Russian shelling hit a market in Okhtyrka.\n\nFive people were wounded in a separate attack.", [(5, ())]),
    ("Russian shelling hit a market in Okhtyrka.\nFive people were wounded in a separate attack.", [(5, ())]),
    # a sentence naming its own place keeps it
    ("Shelling hit Okhtyrka. Five more people were wounded in Sumy.", [(5, ("Sumy",))]),
    # a count over a wider area
    ("Shelling hit Okhtyrka. Across the region, 40 people were wounded this week.", [(40, ())]),
    ("Shelling hit Okhtyrka on Monday. In total, 40 people were wounded in the past week.", [(40, ())]),
    ("Shelling hit Kherson on Monday. Nationwide, 400 civilians were killed last month.", [(400, ())]),
    # barrages, money and people: not the place's toll
    ("Drones hit Odesa overnight. Air defences shot down 30 drones.", [(30, ())]),
    ("Officials met in Kyiv on Monday. The package is worth $400 million.", [(400_000_000, ())]),
    # three places or more: no telling which
    ("Shelling hit Kupiansk, Izium and Balakliia. Three people were killed.", [(3, ())]),
])
def test_a_toll_takes_no_place_from_elsewhere(extractor, text, expected):
    assert placed(extractor, text) == expected


def test_a_running_total_takes_no_place_from_the_sentence_before(extractor):
    text = "Shelling hit Kherson on Monday. Since the start of the invasion, 500 civilians have been killed."
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-03-04"))
    (figure,) = extracted.figures
    assert figure.period == "cumulative" and figure.places == ()


def test_the_claim_and_the_digest_show_the_carried_place(tmp_path):
    report = tmp_path / "2025-03-04-okhtyrka.txt"
    report.write_text("Date: 2025-03-04\n\nRussian shelling hit a market in Okhtyrka on Monday morning. "
                      "Five people were wounded, the regional governor said.\n", encoding="utf-8")
    runner = CliRunner()
    claims = runner.invoke(app, ["claims", str(report), "--place", "Okhtyrka", "--format", "tsv", "--no-cache"])
    assert claims.exit_code == 0
    assert "Five people were wounded" in claims.stdout
    digest = runner.invoke(app, ["summarize", str(report), "--format", "markdown", "--no-cache"])
    assert digest.exit_code == 0
    (row,) = [line for line in digest.stdout.splitlines() if "wounded" in line and "| 5" in line]
    assert "Okhtyrka" in row


@pytest.mark.parametrize("text, expected", [
    # where a statement is made is not where its figures are
    ("Some 40 people were killed in Kassala, a UN spokesman told reporters in Geneva.", [(40, ("Kassala",))]),
    ("Speaking in Brussels, the commissioner said 40 people were killed in Kassala.", [(40, ("Kassala",))]),
    ("A UN spokesman said in Geneva that 40 people had been killed.", [(40, ())]),
    ("The minister told a news conference in Nairobi that 40 soldiers were killed.", [(40, ())]),
    ("The governor said at a briefing in Kassala that 40 people were killed.", [(40, ())]),
    ("Some 40 people were killed in Kassala, a UN spokesman told Reuters in Geneva.", [(40, ("Kassala",))]),
    ("The minister told the BBC in Nairobi that 40 people were killed.", [(40, ())]),
    ("Some 40 people were killed in Kassala, the minister told Al Jazeera in Doha.", [(40, ("Kassala",))]),
    # a name after another verb is no audience
    ("The general staff said Wagner in Bakhmut lost 40 fighters.", [(40, ("Bakhmut",))]),
    # ... and a place after the statement's figures is theirs
    ("The army said 40 soldiers were killed in Kassala.", [(40, ("Kassala",))]),
    ("The governor said 40 people were killed at a market in Kassala.", [(40, ("Kassala",))]),
])
def test_the_place_a_statement_is_made_at_places_no_figure(extractor, text, expected):
    assert placed(extractor, text) == expected


def test_a_toll_is_carried_from_the_sentence_before_past_where_it_was_told(extractor):
    text = ("Drones struck a market in Kassala on Monday. Twelve people were killed, a UN spokesman told "
            "reporters in Geneva.")
    assert placed(extractor, text) == [(12, ("Kassala",))]


@pytest.mark.parametrize("text, expected", [
    # a capital speaking for its government is no place of the figures, whatever stands before its verb
    ("Kyiv said 12 soldiers were killed near Bakhmut.", [(12, ("Bakhmut",))]),
    ("Kyiv has said 12 soldiers were killed near Bakhmut.", [(12, ("Bakhmut",))]),
    ("Moscow had earlier said 12 soldiers were killed near Bakhmut.", [(12, ("Bakhmut",))]),
    # but a place before a verb with other words between is where
    ("Shelling in Kyiv this morning killed 12 people, officials said.", [(12, ("Kyiv",))]),
])
def test_a_capital_speaking_places_no_figure(extractor, text, expected):
    assert placed(extractor, text) == expected
