"""A headline's label names its source (`Russian Defense Ministry: ...`); what follows the
label's colon is what the source says, not another source. Every text here is invented for
the test."""
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


@pytest.mark.parametrize("headline, names", [
    ("Russian Defense Ministry: Kyiv lost 900 troops", ["Russian Defense Ministry"]),
    ("Kharkiv governor Oleh Syniehubov: strikes wounded 12 rescue workers", ["Oleh Syniehubov"]),
    ("Strikes kill 5 in Kora: police", ["police"]),  # no label: a closing source
])
def test_what_follows_a_label_s_colon_is_what_it_says_not_a_source(extractor, headline, names):
    found, _ = speakers_of(extractor, f"{headline}\n\nNothing else was said.\n")
    assert found == names
