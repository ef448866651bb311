"""Speakers in reports of wars earlier sessions barely touched (session 19): historians,
scholars and demographers as unnamed plural sources (`Some historians say`, `Most scholars put
the toll at`), and a university or museum as the body its researchers speak for. Every
sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `Most historians put the toll at`: scholars speak as unnamed plural sources ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Historians estimate that between 1 and 3 million people died in the blockade.", "historians"),
    ("Some historians say the offensive killed 90,000 villagers.", "Some historians"),
    ("Most historians put the toll at around 400,000.", "Most historians"),
    ("Many scholars estimate that 60,000 prisoners died in the camps.", "Many scholars"),
    ("Demographers estimate that 1.5 million people died in the famine.", "demographers"),
    ("Academics say 12,000 civilians died in the siege.", "academics"),
])
def test_scholars_speak_as_unnamed_plural_sources(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Researchers at the university said 800 people died in the raids.", "university"),
    ("The museum said 19,000 soldiers died on the first day of the offensive.", "museum"),
])
def test_a_university_or_museum_speaks_for_its_researchers(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


def test_a_named_historian_keeps_the_name(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Historian Kora Lomi estimates that 200,000 people died in the war.") \
        == [[("Kora Lomi", "person")]]
