"""people.toml: leaders of today's wars are found by their full name and their spellings
without diacritics, with role and side, while a common surname alone stays nobody known.
The sentences are invented for the test; the names are the lexicon's (general knowledge)."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def speakers(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    return [(s.speaker.name, s.speaker.side) for s in extracted.speakers]


@pytest.mark.parametrize("text, expected", [
    ("Capt. Ibrahim Traore told state television that the convoy had arrived.",
     ("Ibrahim Traoré", "Burkina Faso")),
    ("General Abdourahamane Tchiani said the border would reopen.", ("Abdourahamane Tiani", "Niger")),
    ("Somalia's Hassan Sheikh Mohamud said the offensive would go on.", ("Hassan Sheikh Mohamud", "Somalia")),
    ("M23 spokesman Lawrence Kanyuka said the rebels held the airport.", ("Lawrence Kanyuka", "M23")),
    ("Aliyev said the talks were over.", ("Ilham Aliyev", "Azerbaijan")),
    ("Pashinyan said Armenia would not take part.", ("Nikol Pashinyan", "Armenia")),
])
def test_leaders_of_current_wars(extractor, text, expected):
    assert speakers(extractor, text) == [expected]


def test_a_common_surname_alone_is_no_known_leader(extractor):
    assert speakers(extractor, "Traore said the market had reopened.") == [("Traore", None)]


@pytest.mark.parametrize("text, expected", [
    ("Kinshasa accused the rebels of shelling the city.", ("Kinshasa", "Democratic Republic of the Congo")),
    ("Baku said the talks had failed.", ("Baku", "Azerbaijan")),
    ("Bamako's military rulers said 12 soldiers died.", ("Malian military rulers", "Mali")),
])
def test_capitals_speak_for_their_countries(extractor, text, expected):
    assert speakers(extractor, text) == [expected]
