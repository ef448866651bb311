"""Markdown a desk can paste: GitHub-flavoured tables and bullets, every report string escaped."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from ..models import DayDigest, Digest, MergedClaim
from .text import (SectorEntry, claim_date, claim_figures, claim_flags, claim_where, claims_by_sector,
                   day_sectors, day_title, figure_groups, figure_row, md_inline, md_table, md_table_lines,
                   places_label, plural, sector_mentions, sector_sources, unsectored_places)

FIGURE_HEADER = ("Kind", "Figure", "What", "Whose", "Where", "Speaker", "Sources")


def summary(digest: Digest, out: TextIO) -> None:
    """Written a part at a time (each part starts with a heading); only the last part loses
    its trailing blank lines."""
    previous: list[str] | None = None
    for part in _summary_parts(digest):
        if previous is not None:
            out.write("\n".join(previous) + "\n")
        previous = part
    out.write("\n".join(previous).rstrip("\n") + "\n")


def _summary_parts(digest: Digest) -> Iterator[list[str]]:
    """The lines of the title, of each day and of the skipped files: each part non-empty."""
    lines = ["# Conflict digest", ""]
    days = iter(digest.days)  # a stream, maybe: looked at once
    first = next(days, None)
    if first is None:
        lines += ["_Nothing to report for the reports and filters given._", ""]
    yield lines
    if first is not None:
        yield _day(first)
        for day in days:
            yield _day(day)
    if digest.skipped:
        yield (["## Skipped files", ""]
               + [f"- {md_inline(s.path)}: {md_inline(s.reason)}" for s in digest.skipped] + [""])


def _day(day: DayDigest) -> list[str]:
    lines = [f"## {md_inline(day_title(day.date))}", ""]
    counts = [plural(len(day.reports), "report"), plural(len(day.figures), "figure"),
              plural(len(day.claims), "claim")]
    lines += ["_" + ", ".join(counts) + "_", ""]
    if day.figures:
        rows = []
        for group in figure_groups(day.figures):
            cells = figure_row(group)
            rows.append([cells["kind"], cells["figure"], cells["what"], cells["whose"],
                         cells["where"], cells["speaker"], cells["sources"]])
        lines += md_table(FIGURE_HEADER, rows) + [""]

    by_sector, other_claims = claims_by_sector(day)
    sectors = day_sectors(day)
    loose = unsectored_places(day)
    if sectors or loose or any(by_sector.values()):
        lines += ["### Sectors", ""]
        listed = set()
        for name, mentions, places in sectors:
            listed.add(name)
            lines += _sector(name, mentions, places_label(places), by_sector.get(name, []))
        for name, claims in by_sector.items():
            if name not in listed and claims:  # a sector named by claims only
                lines += _sector(name, None, "", claims)
        if loose:
            lines += [f"**Other places**: {md_inline(places_label(loose))}", ""]

    if day.speakers:
        lines += ["### Speakers", ""]
        lines += md_table(("Speaker", "Role", "Statements"),
                          [(s.speaker.name, s.speaker.role or "", str(s.statements))
                           for s in day.speakers]) + [""]
    if other_claims:
        lines += ["### Claims", ""]
        lines += [_claim_bullet(mc) for mc in other_claims] + [""]
    lines += ["### Sources", ""]
    lines += [f"- {md_inline(path)}" for path in day.reports] + [""]
    return lines


def _sector(name: str, mentions: int | None, places: str, claims: list[MergedClaim]) -> list[str]:
    head = f"**{md_inline(name)}**"
    if mentions is not None:
        head += f" ({plural(mentions, 'mention')})"
    if places:
        head += f": {md_inline(places)}"
    lines = [head, ""]
    if claims:
        lines += [_claim_bullet(mc, home=name) for mc in claims] + [""]
    return lines


def _claim_bullet(mc: MergedClaim, home: str | None = None) -> str:
    c = mc.claim
    parts = ["-"]
    if c.speaker:
        parts.append(f"**{md_inline(c.speaker.name)}**:")
    parts.append(md_inline(c.text))
    flags = claim_flags(mc)
    if flags:
        parts.append(" ".join(f"\\[{f}\\]" for f in flags))
    extras = []
    if c.figures:
        extras.append("; ".join(claim_figures(c)))
    others = [s for s in c.sectors if s != home]
    if home and others:
        extras.append("also " + ", ".join(others))
    extras.append(plural(len(mc.sources), "source"))
    parts.append("_(" + md_inline(" · ".join(extras)) + ")_")
    return " ".join(parts)


CLAIM_HEADER = ("Date", "Where", "Speaker", "Figures", "Claim", "Sources", "Flags")


def claims(rows: Iterable[tuple[str | None, MergedClaim]], out: TextIO) -> None:
    """One table, written a row at a time."""
    for line in md_table_lines(CLAIM_HEADER, _claim_cells(rows)):
        out.write(line + "\n")


def _claim_cells(rows: Iterable[tuple[str | None, MergedClaim]]) -> Iterator[list[str]]:
    for day, mc in rows:
        c = mc.claim
        yield [claim_date(day, mc) or "undated", ", ".join(claim_where(mc)),
               c.speaker.name if c.speaker else "",
               "; ".join(claim_figures(c)), c.text,
               str(len(mc.sources)), ", ".join(claim_flags(mc))]


def sectors(entries: Sequence[SectorEntry], out: TextIO) -> None:
    rows = [(name, str(sector_mentions(e)), str(len(sector_sources(e))), places_label(places))
            for e in entries for name, places in [e]]
    lines = ["# Front sectors", ""] + md_table(("Sector", "Mentions", "Reports", "Places"), rows)
    out.write("\n".join(lines) + "\n")
