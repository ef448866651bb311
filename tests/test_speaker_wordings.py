"""One institution worded two ways in a report is listed once, by the wording written out in
full: a headline's `Russian MoD` gives way to the body's `Russian Defense Ministry`. And what
follows a headline label's colon is what its source says, not another source. Every text
here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def speakers_of(extractor, text: str) -> tuple[list[str], list[str | None]]:
    extracted = extractor.extract(read_report_bytes(text.encode(), "2024-11-20-report.txt"))
    return [s.speaker.name for s in extracted.speakers], [c.speaker.name if c.speaker else None
                                                          for c in extracted.claims if c.figures]


@pytest.mark.parametrize("headline, body, name", [
    ("Russian MoD: Kyiv lost 900 troops", "the Russian Defense Ministry said", "Russian Defense Ministry"),
    ("IDF: 12 rockets fired from Lebanon", "the Israel Defense Forces said", "Israel Defense Forces"),
    # the full wording first: it stays
    ("Russian Defense Ministry: Kyiv lost 900 troops", "the Russian MoD said", "Russian Defense Ministry"),
])
def test_a_headline_s_abbreviation_gives_way_to_the_full_wording(extractor, headline, body, name):
    text = f"{headline}\n\nThe enemy lost 840 servicemen over the past day, {body}.\n"
    names, by_claim = speakers_of(extractor, text)
    assert names == [name]
    assert set(by_claim) == {name}


def test_an_abbreviation_alone_is_kept(extractor):
    names, _ = speakers_of(extractor, "Raid on Kora\n\nThe IDF said it struck 40 targets in Kora.\n")
    assert names == ["IDF"]


@pytest.mark.parametrize("headline, names", [
    ("Russian Defense Ministry: Kyiv lost 900 troops", ["Russian Defense Ministry"]),
    ("Kharkiv governor Oleh Syniehubov: strikes wounded 12 rescue workers", ["Oleh Syniehubov"]),
    ("Strikes kill 5 in Kora: police", ["police"]),  # no label: a closing source
])
def test_what_follows_a_label_s_colon_is_what_it_says_not_a_source(extractor, headline, names):
    found, _ = speakers_of(extractor, f"{headline}\n\nNothing else was said.\n")
    assert found == names


@pytest.mark.parametrize("sentence, names", [
    ("Kora fired 88 missiles in what Energy Minister Ali Lomi called the largest attack on the grid.", ["Ali Lomi"]),
    ("Kora fired 88 missiles in what the mayor described as the largest attack.", ["mayor"]),
    # a name given, no statement
    ("The RSF, which the government calls a terrorist militia, took Kora.", []),
    ("Kora fired 88 missiles, which the mayor called a war crime.", []),
    ("Shells fell on Kora, in what the army calls the northern sector.", []),  # a name it uses
])
def test_in_what_someone_called_is_their_account(extractor, sentence, names):
    found, _ = speakers_of(extractor, f"Strikes on Kora\n\n{sentence}\n")
    assert found == names
