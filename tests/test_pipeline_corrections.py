"""A correction note tells what an earlier version of a report said: the figures it gives for
that are withdrawn, and the corrected ones stand. Every text here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def counts(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-09"))
    return [(f.value, f.kind) for f in extracted.figures]


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this story said 12 people were killed.",
    "A previous version of this article gave the toll as 12.",
    "Earlier versions of this report said 12 people had died.",
    "This story has been corrected. The original version of the story said 12 were killed.",
    "We incorrectly reported that 12 people were killed.",
    "This article wrongly said 12 soldiers had been captured.",
])
def test_what_an_earlier_version_said_is_withdrawn(extractor, note):
    text = f"Gunmen killed 21 people in an attack on a village near Kora. {note} The army said 21 were killed."
    assert counts(extractor, text) == [(21, "killed")]


@pytest.mark.parametrize("note", [
    "An earlier version of this story said 12 people were killed; the correct toll is 21.",
    "An earlier version of this article gave the toll as 12, but 21 people were killed.",
])
def test_the_right_number_after_a_correction_stands(extractor, note):
    assert counts(extractor, note) == [(21, "killed")]


@pytest.mark.parametrize("sentence, expected", [
    # someone else's mistake, or another version, is no correction of the report
    ("The army said the rebels wrongly claimed 12 soldiers were killed.", [(12, "killed")]),
    ("A new version of the drone flew 40 km before it hit the depot.", [(40, "distance")]),
    ("Earlier, 12 people were killed in the same village.", [(12, "killed")]),
])
def test_other_mistakes_and_versions_keep_their_figures(extractor, sentence, expected):
    assert [(v, k) for v, k in counts(extractor, sentence)] == expected
