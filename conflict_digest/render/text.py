"""Text hygiene and the labels every format shares.

Report text is data, never markup or terminal control: each output family makes it inert in
its own way (see the functions below). JSON is the exception: it keeps the data as is.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from ..models import CURRENCY_SIGNS, UNDATED, Claim, DayDigest, Figure, MergedClaim, MergedFigure, MergedPlace
from ..resources import load_toml

# ANSI escape sequences (CSI, OSC, other two-byte ESC forms), then any control character left.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi overrides/isolates can make a terminal line read differently from its bytes.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """Text with newlines normalised to \\n and ANSI sequences and control characters removed
    (tab and newline are kept: each format decides what to do with them)."""
    if text is None:
        return ""
    s = _NEWLINES.sub("\n", str(text))
    s = _ANSI.sub("", s)
    return _CONTROL.sub("", s)


def terminal(text: object) -> str:
    """Text safe to print on a terminal: clean, no bidi overrides, on one line."""
    return one_line(_BIDI.sub("", clean(text)))


def one_line(text: object) -> str:
    """Clean text with every run of whitespace (tabs and newlines included) as one space."""
    return _SPACES.sub(" ", clean(text)).strip()


# --- Markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_MD_BLOCK_START = re.compile(r"^(\d*)([#>+=.)-])")


def md_inline(text: object) -> str:
    """Text for a Markdown paragraph, bullet or table cell: one line, without bidi overrides
    (which would make a rendered line read differently from its text), with every character
    that could start emphasis, code, a link, HTML, an entity or a cell border backslash-escaped,
    and a leading heading, quote or list marker defused."""
    s = _MD_SPECIAL.sub(r"\\\1", one_line(_BIDI.sub("", clean(text))))
    return _MD_BLOCK_START.sub(_defuse_block_start, s, count=1)


def _defuse_block_start(m: re.Match) -> str:
    digits, mark = m.group(1), m.group(2)
    if digits and mark not in ".)" or not digits and mark in ".)":
        return m.group(0)
    if digits and m.string[m.end():m.end() + 1] not in ("", " ", "\t"):
        return m.group(0)  # "2.3 million" starts no ordered list: its marker needs a space
    return f"{digits}\\{mark}"


md_cell = md_inline  # a pipe is escaped, a newline becomes a space: one physical row per row


def md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """A GitHub-flavoured Markdown table; every row has the header's column count."""
    return list(md_table_lines(header, rows))


def md_table_lines(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """`md_table` a line at a time, as the rows come."""
    width = len(header)
    yield "| " + " | ".join(md_cell(h) for h in header) + " |"
    yield "|" + "|".join("---" for _ in header) + "|"
    for row in rows:
        cells = [md_cell(c) for c in row][:width]
        cells += [""] * (width - len(cells))
        yield "| " + " | ".join(cells) + " |"


# --- Spreadsheets -------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """OWASP CSV-injection defence: a cell a spreadsheet would read as a formula gets a
    leading single quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_cell(value: object) -> str:
    """A CSV cell: clean text, formula-neutralised; quoting is left to the csv module."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return neutralise(clean(value))


def tsv_cell(value: object) -> str:
    r"""A TSV cell (unquoted, linear TSV): formula-neutralised, then backslash, tab and
    newline written as \\, \t and \n."""
    cell = csv_cell(value)
    return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


# --- Labels -------------------------------------------------------------------------------

def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def day_title(date: str) -> str:
    return "Undated" if date == UNDATED else date


def figure_number(f: Figure) -> str:
    """'more than 800', '70,000-80,000', '$21.3 billion'."""
    return f.label()


def figure_what(f: Figure) -> str:
    """The counted thing, or nothing when the number already carries its currency sign."""
    if f.kind == "money" and f.what in CURRENCY_SIGNS:
        return ""
    return f.what


def figure_short(f: Figure) -> str:
    """'killed: more than 800 soldiers', 'killed: 1 child'."""
    what = figure_what(f)
    if what and not (f.value == 1 or f.kind == "money"):
        what = plural_noun(what)
    notes = [note for note in (past_event(f), "forecast" if f.forecast else None) if note]
    return f"{f.kind}: {figure_number(f)}" + (f" {what}" if what else "") + "".join(f" ({n})" for n in notes)


def past_event(f: Figure) -> str | None:
    """'on 2024-04-17', 'in 2024-04': when the past event a figure counts happened."""
    return f"{'on' if len(f.on) == 10 else 'in'} {f.on}" if f.on else None


def claim_figures(claim: Claim) -> list[str]:
    """A claim's figures as `figure_short` words them, each followed by its own source where
    it is not the claim's speaker (`killed: 50 soldiers (per Kyiv)`)."""
    if not claim.figure_speakers:
        return [figure_short(f) for f in claim.figures]
    return [figure_short(f) + (f" (per {s.name})" if s != claim.speaker else "")
            for f, s in zip(claim.figures, claim.figure_speakers)]


def plural_noun(what: str) -> str:
    """The plural of a counted noun (singular, as figures give it) for a reader: `people`,
    `children`, `cruise missiles`, `families`; `km`, `personnel`, `percent` as they are."""
    head, _, last = what.rpartition(" ")
    irregular, invariable = _plural_words()
    if last in irregular:
        last = irregular[last]
    elif last in invariable or not _VOWEL.search(last):
        return what
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


_VOWEL = re.compile(r"[aeiouy]")


@functools.cache
def _plural_words() -> tuple[dict[str, str], frozenset[str]]:
    """Irregular plurals and invariable nouns, read backwards from the plural -> singular table
    the figures use (figures.toml [plurals]): a plural that the rules would not make from its
    singular and starts as it does is irregular (`people`, not `troops` for soldier)."""
    irregular, invariable = {}, set()
    for plural_form, single in load_toml("figures.toml")["plurals"].items():
        if plural_form == single:
            invariable.add(single)
        elif plural_form[0] == single[0] and single not in irregular:
            irregular[single] = plural_form
    return {s: p for s, p in irregular.items() if p != _regular_plural(s)}, frozenset(invariable)


def _regular_plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")


def claim_date(day: str | None, mc: MergedClaim) -> str | None:
    """A claim's own date (a weekday it names), else the date of the reports that give it."""
    if mc.claim.date:
        return mc.claim.date
    return None if day in (None, UNDATED) else day


def claim_dict(day: str | None, mc: MergedClaim) -> dict:
    """The contract object of a claim: MergedClaim.as_dict() with its date filled in."""
    return {**mc.as_dict(), "date": claim_date(day, mc)}


def claim_where(mc: MergedClaim) -> list[str]:
    """Sectors first, then the places that are not themselves a sector name."""
    sectors = list(mc.claim.sectors)
    places = [p.name for p in mc.claim.places if p.name not in sectors]
    return sectors + places


def key_claims(claims: Sequence[MergedClaim]) -> list[MergedClaim]:
    """Claims that carry a figure or a speaker first, otherwise in digest order."""
    return sorted(claims, key=lambda mc: not (mc.claim.figures or mc.claim.speaker))


def claim_flags(mc: MergedClaim) -> list[str]:
    flags = []
    if mc.claim.unverified:
        flags.append("unverified")
    if mc.previously_reported:
        flags.append("previously reported")
    return flags


# --- Figures of a day ---------------------------------------------------------------------

def figure_groups(figures: Sequence[MergedFigure]) -> list[list[MergedFigure]]:
    """Each figure alone, except disputed ones: the entries that dispute each other (linked
    through their variants) form one group, at the place of the first of them."""
    parent = list(range(len(figures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, entry in enumerate(figures):
        if not (entry.disputed or entry.rising):
            continue
        variant_figures = [f for f, _ in entry.variants]
        for j, other in enumerate(figures):
            if j != i and (other.disputed or other.rising) and other.figure in variant_figures:
                parent[find(j)] = find(i)
    groups: dict[int, list[MergedFigure]] = {}
    for i, entry in enumerate(figures):
        groups.setdefault(find(i), []).append(entry)
    return list(groups.values())


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def figure_row(group: Sequence[MergedFigure]) -> dict[str, str]:
    """Cells of one figures-table row: kind, figure (with dispute and previously-reported
    notes), what, whose, where, speaker, sources. Values are raw text: escape per format."""
    first = group[0].figure
    rising = any(e.rising for e in group)
    disputed = any(e.disputed for e in group) or (not rising and len(group) > 1)
    if len(group) > 1:
        number = " vs ".join(
            f"{figure_number(e.figure)} ({plural(len(e.sources), 'source')})" for e in group)
    else:
        number = figure_number(first)
    periods = {e.figure.period for e in group}
    notes = [periods.pop()] if len(periods) == 1 and None not in periods else []  # daily, cumulative
    if first.on:  # a past event recalled; every figure of a row is of one
        notes.append(past_event(first))
    if all(e.figure.forecast for e in group):
        notes.append("forecast")
    if disputed:
        notes.append("disputed")
    if rising:
        latest = next((e for e in group if e.latest), group[-1])
        notes.append(f"rising toll, latest {figure_number(latest.figure)}")
    if all(e.previously_reported for e in group):
        notes.append("previously reported")
    if notes:
        number += " (" + "; ".join(notes) + ")"
    if len(group) == 1 and (group[0].disputed or group[0].rising) and group[0].variants:
        others = ", ".join(f"{figure_number(f)} ({plural(len(s), 'source')})"
                           for f, s in group[0].variants)
        number += f"; also given: {others}"
    sources = _distinct(s for e in group for s in e.sources)
    return {
        "kind": first.kind,
        "figure": number,
        "what": ", ".join(_distinct(figure_what(e.figure) for e in group)),
        "whose": ", ".join(_distinct(e.figure.actor for e in group)),
        "where": ", ".join(_distinct(p for e in group for p in e.places)),
        "speaker": ", ".join(_distinct(s for e in group for s in e.speakers)),
        "sources": str(len(sources)),
    }


# --- Places and sectors of a day ----------------------------------------------------------

def places_label(places: Iterable[MergedPlace]) -> str:
    """'Bakhmut (9), Soledar (3)'."""
    return ", ".join(f"{p.place.name} ({p.mentions})" for p in places)


def day_sectors(day: DayDigest) -> list[tuple[str, int, list[MergedPlace]]]:
    """(sector, mentions, places) for each sector of the day, busiest first."""
    return [(name, mentions, sorted([p for p in day.locations if p.place.sector == name]
                                    + [p.in_sectors[name] for p in day.locations if name in p.in_sectors],
                                    key=lambda p: (-p.mentions, p.place.name)))
            for name, mentions in day.sectors()]


def unsectored_places(day: DayDigest) -> list[MergedPlace]:
    return [p for p in day.locations if not p.place.sector]


def claims_by_sector(day: DayDigest) -> tuple[dict[str, list[MergedClaim]], list[MergedClaim]]:
    """Each claim under the first of its sectors that the day lists; the rest apart."""
    known = [name for name, _ in day.sectors()]
    by_sector: dict[str, list[MergedClaim]] = {name: [] for name in known}
    other: list[MergedClaim] = []
    for mc in key_claims(day.claims):
        home = next((s for s in mc.claim.sectors if s in by_sector), None)
        if home is None and mc.claim.sectors:
            home = mc.claim.sectors[0]
            by_sector.setdefault(home, [])
        (by_sector[home] if home else other).append(mc)
    return by_sector, other


# --- Sectors across reports ---------------------------------------------------------------

SectorEntry = tuple[str, list[MergedPlace]]
"""A front sector (or None-free name) with its places, each with mentions and sources."""


def sector_mentions(entry: SectorEntry) -> int:
    return sum(p.mentions for p in entry[1])


def sector_sources(entry: SectorEntry) -> list[str]:
    return _distinct(s for p in entry[1] for s in p.sources)


def sector_dict(entry: SectorEntry) -> dict:
    name, places = entry
    return {"name": name, "mentions": sector_mentions(entry),
            "reports": len(sector_sources(entry)),
            "places": [p.as_dict() for p in places]}
