"""One incident's toll (`a drone strike on a market killed 5`) is no running total: the digest
never reads it as an earlier value of the day's toll, nor as a dispute of it. Every text here
is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures
from conflict_digest.merge import summarize
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


@pytest.mark.parametrize("sentence", [
    "A drone strike on a market in Kora killed 5 people on Friday.",
    "Five people were killed in an air strike on Tessa.",
    "Friday's missile attack on the Lomi bus station killed 12 civilians.",
    "The blast wounded 30 people, the police said.",
    "Shelling of Kora on 9 June killed 11 civilians, according to local authorities.",
    "The death toll from the Kora shelling has risen to 14.",
    "A single rocket strike on Tessa killed two people.",
])
def test_a_toll_of_one_incident_is_marked(sentence):
    (figure,) = extract_figures(sentence)
    assert figure.incident


@pytest.mark.parametrize("sentence", [
    "At least 481 people have been killed in the fighting in Kora, the ministry said.",
    "Air strikes killed 40 people in Kora over the past week.",  # many strikes, a period
    "The army said 300 people had been killed since the offensive began.",
    "Four civilians were killed in Kora as a result of shelling by armed groups.",  # no one named
    "A wave of strikes killed 23 people across the region.",  # plural: many incidents
    "Twelve people were killed in Kora, and a strike on Lomi wounded 3.",  # the strike is 3's
])
def test_a_total_or_many_incidents_is_not(sentence):
    assert not extract_figures(sentence)[0].incident


@given(st.sampled_from(["A", "The", "Sunday's", "Another"]),
       st.sampled_from(["", "drone ", "Russian missile ", "overnight "]),
       st.sampled_from(["strike", "attack", "explosion", "ambush", "raid"]),
       st.integers(min_value=2, max_value=999))
def test_any_named_incident_before_a_toll_marks_it(determiner, modifiers, noun, number):
    (figure,) = extract_figures(f"{determiner} {modifiers}{noun} on Kora killed {number} people.")
    assert figure.incident and figure.value == number


def digest_of(*texts: str):
    extractor = Extractor.load()
    reports = [read_report_bytes(text.encode(), f"2025-05-03-report-{i}.txt") for i, text in enumerate(texts)]
    (day,) = summarize([extractor.extract(r) for r in reports]).days
    return {(e.figure.value, e.rising, e.latest, e.disputed) for e in day.figures if e.figure.kind == "killed"}


def test_an_incident_and_the_running_toll_of_one_report_are_no_rising_toll():
    assert digest_of(
        "At least 481 people have been killed in the fighting in Kora, the health ministry said. "
        "A drone strike on a market in Kora killed 5 people on Friday, the ministry said.",
    ) == {(481, False, False, False), (5, False, False, False)}


def test_an_incident_in_one_report_disputes_no_running_toll_in_another():
    assert digest_of(
        "At least 481 people have been killed in the fighting in Kora, the health ministry said.",
        "A drone strike on a market in Kora killed 5 people on Friday, the governor said.",
    ) == {(481, False, False, False), (5, False, False, False)}


def test_two_incidents_of_one_report_are_two_incidents():
    assert digest_of(
        "A drone strike on a market in Kora killed 5 people, the ministry said. "
        "Another strike on a school in Kora killed 3 people, the ministry said.",
    ) == {(5, False, False, False), (3, False, False, False)}


def test_one_incident_with_two_tolls_in_two_reports_is_disputed():
    assert digest_of(
        "A drone strike on a market in Kora killed 5 people, the health ministry said.",
        "The drone strike on the Kora market killed 7 people, the regional governor said.",
    ) == {(5, False, False, True), (7, False, False, True)}


def test_a_report_raising_an_incident_s_toll_is_a_rising_toll():
    assert digest_of(
        "Shelling of Kora on Monday killed 11 civilians, local authorities said. "
        "Local authorities said on Tuesday that the death toll from the Kora shelling had risen to 14.",
    ) == {(11, True, False, False), (14, True, True, False)}


# --- one weapon striking names one incident too ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Doctors said 23 civilians were killed when an RSF drone hit the main market in Kora.",
    "Nine people died after a missile struck a school in Lomi.",
    "Twelve worshippers were wounded when a mortar round landed on the mosque.",
    "At least 30 people were killed when a car bomb exploded near the Tessa checkpoint.",
])
def test_a_weapon_striking_names_one_incident(sentence):
    assert [f.incident for f in extract_figures(sentence)] == [True]


@pytest.mark.parametrize("sentence", [
    "Drones hit the city 40 times this month, the governor said.",
    "The army said 300 fighters had been killed by drones since March.",
])
def test_weapons_in_the_plural_name_no_incident(sentence):
    assert not any(f.incident for f in extract_figures(sentence))


def test_two_reports_of_one_drone_strike_dispute_their_tolls():
    def report(name: str, body: str):
        return Extractor.load().extract(read_report_bytes(f" date 2025-03-10 {body}".encode(), name))
    digest = summarize([
        report("a.txt", "A drone strike on a market in Kora killed 21 people, a medical source said."),
        report("b.txt", "The Kora Doctors Network said 23 civilians were killed when a drone hit the market."),
    ])
    assert [(e.figure.value, e.disputed) for e in digest.days[0].figures] == [(21, True), (23, True)]
