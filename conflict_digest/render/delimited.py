"""CSV and TSV for spreadsheets and shell tools.

CSV is RFC 4180 (csv module, every cell quoted). TSV is linear, unquoted TSV: backslash, tab
and newline inside a cell are written as \\\\, \\t and \\n, so one line is always one row.
Both neutralise cells a spreadsheet would run as a formula (OWASP: a leading quote).
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from ..models import ExtractedReport, MergedClaim, plain_number
from .text import (SectorEntry, claim_date, claim_figures, claim_flags, csv_cell,
                   sector_mentions, tsv_cell)

CLAIM_COLUMNS = ("date", "sectors", "places", "speaker", "figures", "text", "sources",
                 "unverified", "previously_reported", "reports")
SECTOR_COLUMNS = ("sector", "sector_mentions", "place", "mentions", "reports")
FIGURE_COLUMNS = ("report", "date", "kind", "low", "high", "qualifier", "what", "actor", "period", "on",
                  "incident", "update", "increment", "forecast", "part", "text", "speaker", "places",
                  "sentence")


def write(rows: Iterable[Sequence[object]], out: TextIO, *, tsv: bool) -> None:
    if tsv:
        for row in rows:
            out.write("\t".join(tsv_cell(v) for v in row) + "\n")
    else:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])


def claim_rows(rows: Iterable[tuple[str | None, MergedClaim]]) -> Iterator[list[object]]:
    """The header, then a row per claim as it comes."""
    yield list(CLAIM_COLUMNS)
    for day, mc in rows:
        c = mc.claim
        yield [
            claim_date(day, mc) or "", "; ".join(c.sectors),
            "; ".join(p.name for p in c.places),
            c.speaker.name if c.speaker else "",
            "; ".join(claim_figures(c)), c.text, len(mc.sources),
            "unverified" in claim_flags(mc), mc.previously_reported, "; ".join(mc.sources),
        ]


def figure_rows(reports: Iterable[ExtractedReport]) -> Iterator[list[object]]:
    """The header, then a row per figure of each report as it comes, with its places and the
    speaker and sentence of the first claim that gives it."""
    yield list(FIGURE_COLUMNS)
    for item in reports:
        first_claim = {}
        for claim in item.claims:
            for f in claim.figures:
                first_claim.setdefault(f, claim)
        for f in item.figures:
            claim = first_claim.get(f)
            yield [
                item.report.path, item.report.date or "", f.kind, plain_number(f.low), plain_number(f.high),
                f.qualifier or "", f.what, f.actor or "", f.period or "", f.on or "", f.incident, f.update,
                f.increment, f.forecast, f.part, f.text,
                claim.speaker.name if claim and claim.speaker else "",
                "; ".join(f.places), claim.text if claim else "",
            ]


def figures(reports: Iterable[ExtractedReport], out: TextIO, *, tsv: bool) -> None:
    write(figure_rows(reports), out, tsv=tsv)


def claims(rows: Iterable[tuple[str | None, MergedClaim]], out: TextIO, *, tsv: bool) -> None:
    write(claim_rows(rows), out, tsv=tsv)


def sectors(entries: Sequence[SectorEntry], out: TextIO, *, tsv: bool = True) -> None:
    table: list[list[object]] = [list(SECTOR_COLUMNS)]
    for entry in entries:
        name, places = entry
        for p in places:
            table.append([name, sector_mentions(entry), p.place.name, p.mentions, len(p.sources)])
    write(table, out, tsv=tsv)
