"""Figures found wrong by writing whole days of invented reports (a wire story, a flash update
and a live page about one attack; a day's briefing of several wars) and reading their digest.
Every sentence is invented; the places are real names, the numbers made up."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a count after `and` is its own: the verb before it is the vague count's before it
    ("Tens of thousands of people have been killed and more than 12 million displaced, the UN said.",
     [("displaced", 12_000_000, "person")]),
    ("Thousands were killed and 40,000 displaced.", [("displaced", 40_000, "person")]),
    ("About 500 people have been killed and 12,000 displaced.", [("killed", 500, "person"),
                                                                ("displaced", 12_000, "person")]),
    # a deed right before held people is still theirs
    ("The army freed 90 hostages.", [("other", 90, "hostage")]),
    ("Gunmen killed five hostages.", [("killed", 5, "hostage")]),
])
def test_a_count_after_and_takes_no_verb_of_the_count_before(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Between the afternoons of 2 and 3 June, 95 people were killed and 440 injured.",
     [("killed", 95, "person"), ("wounded", 440, "person")]),
    ("Strikes on 2, 3 and 4 May killed 40 people.", [("killed", 40, "person")]),
    ("Clashes on 12-14 May killed 40 people.", [("killed", 40, "person")]),
    # counts joined by `and` with no month after stay counts
    ("Gunmen killed 2 and wounded 3, the police said.", [("killed", 2, "person"), ("wounded", 3, "person")]),
])
def test_days_listed_before_their_month_are_no_figures(sentence, expected):
    assert facts(sentence) == expected


@given(st.integers(1, 28), st.integers(1, 28), st.sampled_from(["January", "June", "Sept.", "December"]),
       st.sampled_from([" and ", ", ", " to ", "-"]), st.integers(32, 5000))
def test_a_list_of_days_is_never_a_figure(first, second, month, join, toll):
    sentence = f"Between the evenings of {first}{join}{second} {month}, {toll} people were killed."
    assert facts(sentence) == [("killed", toll, "person")]


@pytest.mark.parametrize("sentence, updates", [
    ("The hospital director says the toll has risen to six dead, with 15 wounded.", [True, True]),
    ("The toll has risen to six dead and 15 wounded.", [True, True]),
    ("The death toll rose to 40, with 120 injured, officials said.", [True, True]),
    # a count with a verb of its own is its own statement
    ("The toll rose to 40 and 12 soldiers were captured.", [True, False]),
    # nor is a toll beside one that did not rise an update
    ("Six people were killed, with 15 wounded.", [False, False]),
])
def test_the_toll_a_risen_toll_is_told_with_rose_too(sentence, updates):
    assert [f.update for f in extract_figures(sentence)] == updates


@pytest.mark.parametrize("sentence, expected", [
    ("According to the regional health ministry, 107 people remain in hospital.", [("wounded", 107, "person")]),
    ("Five soldiers remained hospitalised on Monday.", [("wounded", 5, "soldier")]),
    # who remain somewhere else are a population
    ("Some 2,000 residents remain in the town.", [("population", 2000, "resident")]),
])
def test_who_remain_in_hospital_are_wounded(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, period", [
    ("Over the past day, shelling killed 3 people, the most since 2022.", "daily"),
    ("Shelling killed 3 people on Monday, the fewest since March.", None),
    ("Shelling has killed 300 people since 2022.", "cumulative"),
])
def test_the_most_since_a_date_is_a_record_no_running_total(sentence, period):
    (figure,) = extract_figures(sentence)
    assert figure.period == period


@pytest.mark.parametrize("sentence", [
    "Doctors said at least 144 civilians had been killed since Saturday.",
    "Officials said at most 40 people had been killed since Monday.",
])
def test_a_hedge_before_since_is_no_record(sentence):
    (figure,) = extract_figures(sentence)
    assert figure.period == "cumulative"


@pytest.mark.parametrize("sentence, expected", [
    ('It said on Wednesday that 214 hostages had been "executed".', [("killed", 214, "hostage")]),
    ('The militants said 40 prisoners were "released" on Monday.', [("other", 40, "prisoner")]),
])
def test_a_verb_in_scare_quotes_is_as_near_as_without(sentence, expected):
    assert facts(sentence) == expected
