"""Figures in reports of other wars, session 14: shapes of sentence found by running invented
wire copy, statements and live blogs through the extractor. Every sentence is invented; the
places are real names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- `N more` with a verb of its own after it ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Thirteen peacekeepers were killed and three more were wounded near Kidal.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "peacekeeper")]),
    ("Five soldiers died and two more were injured when the convoy hit a mine.",
     [("killed", 5, "soldier"), ("wounded", 2, "soldier")]),
    ("Six sailors were killed and 4 more went missing off Hodeidah.",
     [("killed", 6, "sailor"), ("missing", 4, "sailor")]),
])
def test_n_more_takes_the_verb_after_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ambush killed 13 peacekeepers and wounded three more.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "peacekeeper")]),
    ("Four soldiers were killed on Monday and two more on Tuesday.",
     [("killed", 4, "soldier"), ("killed", 2, "soldier")]),
])
def test_n_more_without_a_verb_after_it_keeps_the_verb_before(sentence, expected):
    assert facts(sentence) == expected
