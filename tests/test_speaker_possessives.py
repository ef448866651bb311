"""A country's possessive before a person's name (`Russia's Putin said`), as wire copy writes
it: the person speaks, for that country, and the possessive is neither a name nor a role.
Every sentence here is invented for the test; the people are in --speakers files or unknown."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor

PEOPLE = """
[[person]]
name = "Amadou Sissoko"
aliases = ["Sissoko"]
role = "President of Mali"
side = "Mali"
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "people.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    return Extractor.load(speaker_files=[path])


def speakers(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    return [(s.speaker.name, s.speaker.role, s.speaker.side) for s in extracted.speakers]


@pytest.mark.parametrize("text, expected", [
    ("Mali's Sissoko said the talks had failed.", [("Amadou Sissoko", "President of Mali", "Mali")]),
    ("Mali\u2019s Sissoko said the talks had failed.", [("Amadou Sissoko", "President of Mali", "Mali")]),
    ("Niger's Idrissa Kane said the talks had failed.", [("Idrissa Kane", None, "Niger")]),
    # an organisation's possessive says whom the person speaks for
    ("The Kora Front's Idrissa Kane said the talks had failed.", [("Idrissa Kane", "Kora Front", None)]),
    # a role after the possessive stays a role
    ("Niger's foreign minister Idrissa Kane said the talks had failed.",
     [("Idrissa Kane", "foreign minister", "Niger")]),
])
def test_a_possessive_before_a_name_is_no_part_of_it(extractor, text, expected):
    assert speakers(extractor, text) == expected
