"""A number a modal puts in the future or the possible (`the toll could rise to 500`) is a
figure marked as a forecast: it counts nothing yet, so it neither rises with nor disputes the
counts. Every text here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures
from conflict_digest.merge import summarize
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes
from conflict_digest.render.text import figure_short


@pytest.mark.parametrize("sentence", [
    "The death toll could rise to 500, officials warned.",
    "As many as 1,000 people could be displaced.",
    "The toll may reach 200.",
    "The toll is expected to rise to 300, the ministry said.",
    "The number of displaced people will reach 2 million by June.",
])
def test_a_number_to_come_is_a_forecast(sentence):
    (figure,) = extract_figures(sentence)
    assert figure.forecast


@pytest.mark.parametrize("sentence", [
    "12 soldiers could not be found.",
    "Officials said 40 people were killed and the toll could rise.",
    "He said 12 people may have died.",
    "The May 3 attack killed 9 people.",
])
def test_a_count_is_no_forecast(sentence):
    assert not any(f.forecast for f in extract_figures(sentence))


@given(st.sampled_from(["could", "may", "might", "is expected to", "is likely to"]),
       st.sampled_from(["rise to", "reach", "exceed"]), st.integers(min_value=2, max_value=99_999))
def test_any_modal_before_a_toll_makes_it_a_forecast(modal, verb, number):
    (figure,) = extract_figures(f"The death toll {modal} {verb} {number:,}.")
    assert figure.forecast and figure.value == number


def test_a_forecast_neither_rises_with_nor_disputes_the_count():
    report = read_report_bytes(b"Clashes in Kora\n\nAt least 120 people have been killed in Kora, the "
                               b"ministry said. The ministry said the toll could rise to 500.\n",
                               "2025-05-03-wire.txt")
    (day,) = summarize([Extractor.load().extract(report)]).days
    assert [(e.figure.value, e.figure.forecast, e.rising, e.disputed) for e in day.figures] == [
        (120, False, False, False), (500, True, False, False)]
    assert figure_short(day.figures[1].figure) == "killed: 500 people (forecast)"
