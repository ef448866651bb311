"""What a claim says: its sentence without the wire dateline before it, and no claim for a
heading that only names places. Every text here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.dates import dateline_end
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def claims(extractor, text: str, path: str = "2025-03-02-report.md") -> list[str]:
    return [c.text for c in extractor.extract(read_report_bytes(text.encode(), path)).claims]


@pytest.mark.parametrize("dateline", [
    "KORA, March 2 (Wire) - ",
    "KORA, Lomi, March 2, 2025 (Wire) -- ",
    "Kora City, 02/03/2025 (State News Agency) - ",
    "(Wire) KORA, 2 March - ",
    "KORA (Wire) - ",  # undated
    "PORT KORA, Lomi (Wire) - ",
])
def test_a_claim_leaves_out_the_dateline_before_it(extractor, dateline):
    text = f"Clashes in Lomi\n\n{dateline}Rebels killed 12 soldiers in Lomi province, the army said.\n"
    assert claims(extractor, text) == ["Rebels killed 12 soldiers in Lomi province, the army said."]


def test_a_claims_places_leave_out_the_datelines(extractor):
    """`KHARTOUM, March 2 (Wire) - ... near El Fasher`: filed in Khartoum, about El Fasher. The
    report still mentions Khartoum."""
    text = "Clashes\n\nKHARTOUM, March 2 (Wire) - Fighters killed 40 civilians near El Fasher, activists said.\n"
    extracted = extractor.extract(read_report_bytes(text.encode(), "2025-03-02-report.txt"))
    assert [[p.name for p in c.places] for c in extracted.claims] == [["El Fasher"]]
    assert [c.sectors for c in extracted.claims] == [["Darfur"]]
    assert {p.place.name for p in extracted.locations} == {"Khartoum", "El Fasher"}


def test_a_dateline_later_in_a_report_is_a_sentence_like_any_other(extractor):
    later = "The army said 12 soldiers died.\n\n" * 5 + "KORA, March 2 (Wire) - Rebels said 40 soldiers died.\n"
    assert claims(extractor, "Clashes\n\n" + later)[-1] == "KORA, March 2 (Wire) - Rebels said 40 soldiers died."


@given(st.sampled_from(["KORA", "PORT KORA", "Kora", "KORA/LOMI", "PORT KORA/LOMI"]), st.integers(min_value=1, max_value=28),
       st.sampled_from(["Jan.", "March", "Sept"]), st.sampled_from(["(Wire)", "/Newswire/", ""]),
       st.sampled_from([" - ", " -- "]))
def test_dateline_end_is_where_the_sentence_begins(place, day, month, agency, dash):
    dateline = f"{place}, {month} {day}{' ' + agency if agency else ''}{dash}"
    assert dateline_end(dateline + "Rebels said 40 soldiers died.") == len(dateline)


@given(st.sampled_from(["KORA", "Kora", "KORA, Mali"]), st.integers(min_value=1, max_value=28),
       st.sampled_from(["Jan", "Jan.", "March"]), st.sampled_from(["(AFP)", "(Wire)"]))
def test_a_dateline_with_the_agency_before_the_date_ends_after_the_date(place, day, month, agency):
    dateline = f"{place} {agency} - {month} {day}, 2013 - "
    assert dateline_end(dateline + "Rebels said 40 soldiers died.") == len(dateline)


@pytest.mark.parametrize("sentence", [
    "Fighting went on in Kora, the army said.", "The army said 12 soldiers died.",
    "Kora is quiet now.", "",
    "Kora (the capital) - quiet now.", "The UN (OCHA) - a note.",
])
def test_a_sentence_without_a_dateline_keeps_all_its_words(sentence):
    assert dateline_end(sentence) == 0


def test_two_filing_places_of_an_undated_dateline_are_left_out():
    assert dateline_end("KORA/LOMI (Wire) - Rebels said 40 soldiers died.") == len("KORA/LOMI (Wire) - ")


def test_a_heading_that_names_only_places_is_no_claim(extractor):
    text = ("# Sudan: update, 2 March 2025\n\n## North Darfur\n\n"
            "Fighting continued around El Fasher.\n\n## Kassala and Gedaref\n\nThe camps are full.\n")
    assert claims(extractor, text) == ["Fighting continued around El Fasher."]
