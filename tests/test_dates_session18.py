"""Report dates of translated bulletins, state-media copy and headers whose day and month
could be read either way, in session 18. Every text here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("text, expected", [
    ("Date: 03/04/2025\n\nGunmen killed 12 people in Kora on 2 April, police said.\n", "2025-04-03"),
    ("Date: 03/04/2025\n\nGunmen killed 12 people in Kora on March 2, police said.\n", "2025-03-04"),
    ("Date: 04/03/2025\n\nA report of 25/03/2025 counted 40 dead in Kora.\n", "2025-03-04"),
    ("Date: 04/03/2025\n\nA report of 03/25/2025 counted 40 dead in Kora.\n", "2025-04-03"),
])
def test_an_ambiguous_header_date_is_read_as_the_reports_other_dates_are(text, expected):
    assert dated(text) == (expected, "header")


def test_an_ambiguous_header_date_with_nothing_to_settle_it_is_read_month_first():
    assert dated(f"Date: 03/04/2025\n\n{BODY}") == ("2025-03-04", "header")


def test_both_months_named_settle_nothing():
    text = "Date: 03/04/2025\n\nFighting from 28 March to 2 April killed 12 people in Kora.\n"
    assert dated(text) == ("2025-03-04", "header")


@pytest.mark.parametrize("line, expected", [
    ("Berlin, den 3. März 2025", "2025-03-03"),
    ("Montag, 3. März 2025", "2025-03-03"),
    ("Veröffentlicht am 14. Dezember 2024", "2024-12-14"),
    ("Aggiornato il 14 dicembre 2024", "2024-12-14"),
    ("Roma, 3 gennaio 2025", "2025-01-03"),
    ("Giovedì 12 giugno 2025", "2025-06-12"),
    ("Ankara, 3 Mart 2025", "2025-03-03"),
    ("Anadolu Ajansı | 12 Ocak 2025", "2025-01-12"),
    ("Salı, 8 Temmuz 2025", "2025-07-08"),
])
def test_a_translated_bulletins_date_line_in_german_italian_or_turkish(line, expected):
    assert dated(f"{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text, expected", [
    ("MOSCOW, June 14, 2025. /TASS/. Russian forces took Kora, the ministry said.\n", "2025-06-14"),
    ("MOSCOW, 14 June 2025. /TASS/. Russian forces took Kora.\n", "2025-06-14"),
    ("TEHRAN, June 14, 2025, IRNA -- Iran said 78 people were killed in Kora.\n", "2025-06-14"),
    ("PYONGYANG, June 25, 1950 (KCNA) -- The army repulsed an attack near Kora.\n", "1950-06-25"),
])
def test_state_media_datelines(text, expected):
    assert dated(text) == (expected, "dateline")


def test_a_state_media_dateline_without_a_year_takes_the_file_names():
    text = "MOSCOW, June 14. /TASS/. Russian forces took Kora.\n"
    assert dated(text, "tass-2025-06-15.txt") == ("2025-06-14", "dateline")
    assert dated(text) == (None, None)
