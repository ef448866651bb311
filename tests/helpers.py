"""Helpers more than one test module needs (imported as `helpers`: pytest puts tests/ on the path)."""
from __future__ import annotations

from conflict_digest.dates import find_report_date
from conflict_digest.places import Gazetteer
from conflict_digest.reader import read_report_bytes, read_reports
from conflict_digest.sentences import normalise
from conflict_digest.speakers import SpeakerLexicon, SpeakerTracker

# A --gazetteer file for a conflict outside Ukraine.
SUDAN_GAZETTEER = """
[[sector]]
name = "Darfur"

[[place]]
name = "El Fasher"
type = "city"
admin1 = "North Darfur"
country = "Sudan"
sector = "Darfur"
aliases = ["Al-Fashir"]
"""


def read_all(*paths, stdin=None):
    """Everything read under the paths, and the warnings said meanwhile."""
    warnings: list[str] = []
    items = list(read_reports([str(p) for p in paths], warn=warnings.append, stdin=stdin))
    return items, warnings


def read_one(data: bytes, path: str = "2023-03-14-report.txt"):
    """One report read from bytes, and its warnings."""
    warnings: list[str] = []
    return read_report_bytes(data, path, warn=warnings.append), warnings


def speakers(lexicon: SpeakerLexicon, gazetteer: Gazetteer, *sentences: str) -> list[list[tuple[str, str]]]:
    """Per sentence of a report, the (name, kind) of each speaker, resolved once it is read."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    return [[(tracker.resolve(a.speaker).name, a.speaker.kind) for a in atts] for atts in found]


def places_found(gazetteer: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    """The (name, type) of each place the gazetteer finds in a sentence, in order."""
    return [(m.place.name, m.place.type) for m in gazetteer.find(sentence)]


# The body under a header or date line in the date tests: nothing in it is a date.
DATED_BODY = "Gunmen attacked the market in Kora district, officials said.\n"


def dated(text: str, filename: str = "report.txt") -> tuple[str | None, str | None]:
    """The date a report's text (and file name) gives it, and where it was found."""
    found = find_report_date(normalise(text), filename)
    return found.date, found.source
