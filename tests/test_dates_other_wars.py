"""Report dates as the press of other wars writes them: wire datelines with a country of
several words, two hyphens for a dash or the date in figures, numbers parted by full stops, French, Spanish and
Portuguese month and weekday names, live-blog and bulletin lines with a colon or brackets, an
upper-case AM or PM. Every header here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import DATED_BODY as BODY
from helpers import dated


@pytest.mark.parametrize("line, filename, expected", [
    ("KORA, Sudan, Nov. 3, 2024 (AP) \u2014 Gunmen attacked the market.", "report.txt", "2024-11-03"),
    ("KORA CITY, Nov 3 (Reuters) \u2013 Gunmen attacked the market in 2024.", "report.txt",
     "2024-11-03"),
    ("KORA, Haiti, Nov 3 (AP) \u2014 Gangs attacked.", "2024-11-05-wire.txt", "2024-11-03"),
    ("KORA, Yemen, November 3 (Xinhua) -- Fighters said.", "2024-11-04-wire.txt", "2024-11-03"),
    ("KORA, Democratic Republic of Congo, Jan 27 (Reuters) - Rebels said.", "2025-01-28.txt",
     "2025-01-27"),
    ("KORA, Bosnia and Herzegovina, Jan 27, 2025 - Police said.", "report.txt", "2025-01-27"),
    ("KORA, Lebanon, Sunday, Nov. 3, 2024 (AP) \u2014 Strikes hit.", "report.txt", "2024-11-03"),
    ("KORA, 3 novembre 2024 (AFP) - Des hommes armés ont attaqué.", "report.txt", "2024-11-03"),
    # state news agencies write the date in figures: unambiguous, or settled by the file name
    ("Kora Port, 13/01/2025 (KNA) - The council said.", "report.txt", "2025-01-13"),
    ("KORA, 13.01.2025 (KNA) - The council said.", "report.txt", "2025-01-13"),
    ("KORA, 2025-01-05 (KNA) - The council said.", "report.txt", "2025-01-05"),
    ("Kora Port, 05/01/2025 (KNA) - The council said.", "2025-01-05-kna.txt", "2025-01-05"),
    # the agency first, or between slashes as press-release wires write it
    ("(KNA) KORA, 13 January 2025 - The council said.", "report.txt", "2025-01-13"),
    ("KORA, Jan. 13, 2025 /Kora Newswire/ -- The council said.", "report.txt", "2025-01-13"),
    ("KORA, Jan. 13 /Kora Newswire/ -- The council said.", "2025-01-14-kna.txt", "2025-01-13"),
    # the agency before the date, each set off by a dash
    ("Kora (AFP) - Jan 16, 2013 - Fighters seized a gas field in the desert on Wednesday, as "
     "troops moved north towards the town.", "report.txt", "2013-01-16"),
    ("KORA, Mali (AFP) \u2013 16 January 2013 \u2013 Troops fought.", "report.txt", "2013-01-16"),
])
def test_wire_datelines_of_other_outlets(line, filename, expected):
    assert dated(f"{line}\n{BODY}", filename) == (expected, "dateline")


@pytest.mark.parametrize("line, expected", [
    ("Updated 3 Nov 2024, 14:05 GMT", "2024-11-03"),
    ("Published 3.11.2024", "2024-11-03"),
    ("Published 13.01.2024 09:15", "2024-01-13"),
    ("3 novembre 2024", "2024-11-03"),
    ("Publié le 3 février 2024", "2024-02-03"),
    ("Mis à jour le 12 août 2024 à 14:05", "2024-08-12"),
    ("Publicado el 3 de noviembre de 2024", "2024-11-03"),
    ("3 de dezembro de 2024", "2024-12-03"),
    ("Dimanche 3 novembre 2024", "2024-11-03"),
    ("domingo, 3 de noviembre de 2024", "2024-11-03"),
    ("Live updates: Sunday, November 3, 2024", "2024-11-03"),
    ("As it happened: 3 November 2024", "2024-11-03"),
    ("Flash Update #12: Kora clashes (3 November 2024)", "2024-11-03"),
    ("Nov 3, 2024 10:05 AM EST", "2024-11-03"),
    ("Nov 3, 2024, 9:40 PM", "2024-11-03"),
    # a title whose date ends it after a comma
    ("Briefing by the Kora Defence Ministry, 12 February 2016", "2016-02-12"),
])
def test_date_lines_of_other_outlets(line, expected):
    assert dated(f"Headline here\n{line}\n\n{BODY}") == (expected, "dateline")


@pytest.mark.parametrize("text, expected", [
    # a month in the title, the day the bulletin came out below it
    ("# Kora: Humanitarian Update, Issue 10 (October 2024)\n\nPublished: 20 November 2024\n\n" + BODY,
     "2024-11-20"),
    ("Kora monthly update (October 2024)\n\n" + BODY, "2024-10"),
])
def test_a_day_in_the_first_lines_beats_a_month(text, expected):
    assert dated(text) == (expected, "dateline")


@pytest.mark.parametrize("value, expected", [
    ("03.11.2024", "2024-11-03"),  # full stops: day first, as in every press that writes so
    ("03.11.2024 14:05", "2024-11-03"),
    ("3 novembre 2024", "2024-11-03"),
    ("3 de noviembre de 2024", "2024-11-03"),
])
def test_header_dates_of_other_outlets(value, expected):
    assert dated(f"Date: {value}\n\n{BODY}") == (expected, "header")


@pytest.mark.parametrize("text", [
    "KORA, Sudan (AP) \u2014 The army said on Monday it had retaken the bridge.",
    "KORA CITY, Nov 3 (Reuters) - Gunmen attacked the market.",  # no year anywhere
    "Posted 11/03/2024",  # 3 November or 11 March: not guessed on a line of its own
    "Kora Port, 05/01/2025 (KNA) - The council said.",  # nor in a dateline
    "KORA, 31/02/2025 (KNA) - The council said.",  # no such day
    "Casualties: 3 November 2024 was the worst day yet",  # a sentence after the colon
    "Kora, 2016",  # a year after a comma is no day
    "Fighting resumed in Kora, officials said on 3 November",  # no year
])
def test_no_date_is_guessed(text):
    assert dated(f"{text}\n{BODY}") == (None, None)
