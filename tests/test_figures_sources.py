"""A count of a sentence's sources (`Two residents said`, `according to one witness`) is no
figure; the figures they give are. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures


def counted(sentence):
    return [(f.value, f.kind, f.what) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ('"We heard gunfire all night," said one resident who asked not to be named.', []),
    ("The town is empty, said one resident.", []),
    ("One resident told the Kora Times that the town was empty.", []),
    ("Two residents said 12 soldiers died in Kora.", [(12, "killed", "soldier")]),
    ("According to three officials, 12 soldiers died.", [(12, "killed", "soldier")]),
    ("Four doctors at the Kora hospital told reporters 30 children had been wounded.",
     [(30, "wounded", "child")]),
    # the count is the figure, not its source
    ("The Kora Doctors Union, a union that tracks casualties, said at least 144 civilians had been killed.",
     [(144, "killed", "civilian")]),
    ("The governor said two civilians, including a child, were killed.", [(2, "killed", "civilian")]),
    ("Two soldiers reported missing were found in Lomi.", [(2, "missing", "soldier")]),
    ("Two soldiers said to be missing were found in Lomi.", [(2, "missing", "soldier")]),
    # an aside between the sources and their verb
    ("Two Kora officials, speaking on condition of anonymity, said 35 people died.", [(35, "killed", "person")]),
    ("Two Kora officials, speaking on condition of anonymity because they were not authorized to talk "
     "to reporters, said 35 people died.", [(35, "killed", "person")]),
    ("Three residents who asked not to be named told reporters 8 houses burned.", [(8, "destroyed", "house")]),
    # but not an aside that is a part of a count
    ("Shelling killed 5 soldiers, 3 of them officers, said the army.",
     [(5, "killed", "soldier"), (3, "killed", "officer")]),
])
def test_a_count_of_sources_is_no_figure(sentence, expected):
    assert counted(sentence) == expected


@given(st.sampled_from(["one", "two", "three", "5"]),
       st.sampled_from(["resident", "witness", "official", "doctor"]),
       st.sampled_from(["said", "told reporters", "added"]))
def test_a_subject_count_before_a_reporting_verb_is_no_figure(number, noun, verb):
    plural = noun if number == "one" else ("witnesses" if noun == "witness" else f"{noun}s")
    sentence = f"{number.capitalize()} {plural} {verb} 40 people were killed in Kora."
    assert counted(sentence) == [(40, "killed", "person")]
