"""A front's daily report as wire copy words it: `in all directions`, which is where, not a
running total. Every text here is invented
for the test."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def found(sentence: str) -> list[tuple]:
    return [(f.value, f.kind, f.what, f.period, f.part) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, periods", [
    ("The ministry said Kora lost up to 1,380 servicemen over the past day in all directions, "
     "including up to 410 near Lomi.", ["daily", "daily"]),
    ("Shelling killed 12 people in all three regions.", [None]),
    ("Twelve people were killed in all.", ["cumulative"]),  # in total
    ("In all, 12 people were killed.", ["cumulative"]),
])
def test_in_all_before_a_word_is_no_running_total(sentence, periods):
    assert [p for _, _, _, p, _ in found(sentence)] == periods
