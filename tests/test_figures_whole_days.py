"""Figures found wrong by writing whole days of invented reports (a wire story, a flash update
and a live page about one attack; a day's briefing of several wars) and reading their digest.
Every sentence is invented; the places are real names, the numbers made up."""
from __future__ import annotations

import pytest

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
