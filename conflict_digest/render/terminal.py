"""Rich tables for a person at a terminal.

Every string from a report goes into a rich Text (never parsed as markup) after ANSI and
control characters are stripped, so '[bold]' or an escape sequence in a report prints as
plain characters. Long text wraps; number columns never wrap and fold rather than truncate.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TextIO

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import DayDigest, Digest, ExtractedReport, MergedClaim
from .text import (SectorEntry, claim_date, claim_figures, claim_flags, claim_where, claims_by_sector,
                   day_sectors, day_title, figure_groups, figure_row, figure_short, places_label, plural,
                   sector_mentions, sector_sources, terminal, unsectored_places)


class _Console(Console):
    """A closed pipe is the caller's business (`digest ... | head` exits 0), so raise it
    instead of rich's own handling (which exits 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(32, "Broken pipe")


def make_console(out: TextIO, *, color: bool | None = None, stderr: bool = False) -> Console:
    """A console on `out`: colour only on a terminal, none when NO_COLOR is set or `color` is
    False; report text is never read as markup or emoji codes."""
    plain = color is False or bool(os.environ.get("NO_COLOR"))
    return _Console(file=out, stderr=stderr, no_color=plain, color_system=None if plain else "auto",
                   highlight=False, markup=False, emoji=False)


def _t(value: object, style: str = "") -> Text:
    return Text(terminal(value), style=style)


def _table(title: str | None = None, *, expand: bool = False) -> Table:
    """A borderless table; `expand` gives long-text tables the full width, shared out by the
    columns' ratios, so the text column gets most of it."""
    return Table(title=Text(title, style="bold") if title else None, title_justify="left",
                 box=box.SIMPLE_HEAD, header_style="bold", show_edge=False, pad_edge=False,
                 expand=expand)


def _text_column(table: Table, name: str, ratio: int | None = None, **kw) -> None:
    table.add_column(name, overflow="fold", ratio=ratio, **kw)


def _number_column(table: Table, name: str) -> None:
    """Counts: never wrapped; if a terminal is too narrow even for them, folded, not cut.
    (No min_width anywhere: rich re-imposes it after shrinking and then crops the table.)"""
    table.add_column(name, justify="right", no_wrap=True, overflow="fold")


def _cap(console: Console, widest: int) -> int:
    """Width for a side column next to long text: `widest` on a 100-column terminal, less on
    a narrower one, so the text column keeps about half the width."""
    return max(6, min(widest, console.width * widest // 100))


def _claim_text(mc: MergedClaim) -> Text:
    text = _t(mc.claim.text)
    for flag in claim_flags(mc):
        text.append(f" [{flag}]", style="italic yellow" if flag == "unverified" else "dim")
    return text


def _lines(values: Iterable[str]) -> Text:
    return Text("\n").join(_t(v) for v in values)


# --- summarize ----------------------------------------------------------------------------

def summary(digest: Digest, console: Console) -> None:
    given = False
    for day in digest.days:  # a stream, maybe: looked at once
        _day(day, console)
        given = True
    if not given:
        console.print(Text("Nothing to report for the reports and filters given."))
    if digest.skipped:
        table = _table("Skipped files")
        _text_column(table, "File", ratio=2)
        _text_column(table, "Reason", ratio=3)
        for s in digest.skipped:
            table.add_row(_t(s.path), _t(s.reason))
        console.print(table)


def _day(day: DayDigest, console: Console) -> None:
    title = f"{day_title(day.date)} · {plural(len(day.reports), 'report')}"
    console.print(Rule(_t(title, "bold"), align="left"))
    if day.figures:
        groups = figure_groups(day.figures)
        rows = [figure_row(group) for group in groups]
        table = _table("Figures")
        _text_column(table, "Kind")
        _text_column(table, "Figure", ratio=3)
        _text_column(table, "What", ratio=2)
        _text_column(table, "Whose", ratio=1)
        _text_column(table, "Where", ratio=2)
        _text_column(table, "Speaker", ratio=2)
        _number_column(table, "Sources")
        for cells in rows:
            disputed = "disputed" in cells["figure"]
            table.add_row(_t(cells["kind"]), _t(cells["figure"], "yellow" if disputed else ""),
                          _t(cells["what"]), _t(cells["whose"]), _t(cells["where"]),
                          _t(cells["speaker"]), _t(cells["sources"]))
        console.print(table)

    by_sector, other_claims = claims_by_sector(day)
    sectors = day_sectors(day)
    loose = unsectored_places(day)
    if sectors or loose:
        table = _table("Places and sectors")
        _text_column(table, "Sector")
        _number_column(table, "Mentions")
        _text_column(table, "Places", ratio=1)
        for name, mentions, places in sectors:
            table.add_row(_t(name), _t(mentions), _t(places_label(places)))
        if loose:
            table.add_row(_t("(other)", "dim"), _t(sum(p.mentions for p in loose)),
                          _t(places_label(loose)))
        console.print(table)
    if day.speakers:
        table = _table("Speakers")
        _text_column(table, "Speaker", ratio=2)
        _text_column(table, "Role", ratio=2)
        _number_column(table, "Statements")
        for s in day.speakers:
            table.add_row(_t(s.speaker.name), _t(s.speaker.role or ""), _t(s.statements))
        console.print(table)
    ordered = [(name, mc) for name, claims in by_sector.items() for mc in claims]
    ordered += [("", mc) for mc in other_claims]
    if ordered:
        table = _table("Key claims", expand=True)
        _text_column(table, "Sector", max_width=_cap(console, 14))
        _text_column(table, "Speaker", max_width=_cap(console, 16))
        _text_column(table, "Claim", ratio=1)
        _number_column(table, "Sources")
        for name, mc in ordered:
            speaker = mc.claim.speaker.name if mc.claim.speaker else ""
            table.add_row(_t(name), _t(speaker), _claim_text(mc), _t(len(mc.sources)))
        console.print(table)
    table = _table("Sources")
    _text_column(table, "Report", ratio=1)
    for path in day.reports:
        table.add_row(_t(path))
    console.print(table)


# --- claims -------------------------------------------------------------------------------

def claims(rows: Iterable[tuple[str | None, MergedClaim]], console: Console) -> None:
    rows = list(rows)  # a table is drawn whole
    table = _table(expand=True)
    _text_column(table, "Date", no_wrap=True)
    _text_column(table, "Speaker", max_width=_cap(console, 16))
    _text_column(table, "Figures", max_width=_cap(console, 18))
    _text_column(table, "Claim", ratio=1)
    _number_column(table, "Sources")
    for day, mc in rows:
        c = mc.claim
        claim = _claim_text(mc)
        where = claim_where(mc)
        if where:
            claim.append("\n" + terminal(", ".join(where)), style="dim")
        table.add_row(_t(claim_date(day, mc) or "undated"),
                      _t(c.speaker.name if c.speaker else ""),
                      _lines(claim_figures(c)), claim, _t(len(mc.sources)))
    console.print(table)
    console.print(Text(plural(len(rows), "claim"), style="dim"))


# --- extract ------------------------------------------------------------------------------

def reports(items: Sequence[ExtractedReport], console: Console) -> None:
    table = _table(expand=True)
    _text_column(table, "Report", ratio=3)
    _text_column(table, "Date", no_wrap=True)
    _text_column(table, "Figures", ratio=3)
    _text_column(table, "Places", ratio=2)
    _text_column(table, "Speakers", ratio=2)
    for item in items:
        table.add_row(_t(item.report.path), _t(item.report.date or "undated"),
                      _lines(figure_short(f) for f in item.figures),
                      _lines(f"{p.place.name} ({p.mentions})" for p in item.locations),
                      _lines(f"{s.speaker.name} ({s.mentions})" for s in item.speakers))
    console.print(table)


# --- sectors ------------------------------------------------------------------------------

def sectors(entries: Sequence[SectorEntry], console: Console) -> None:
    table = _table()
    _text_column(table, "Sector")
    _number_column(table, "Mentions")
    _number_column(table, "Reports")
    _text_column(table, "Places", ratio=1)
    for entry in entries:
        name, places = entry
        table.add_row(_t(name), _t(sector_mentions(entry)), _t(len(sector_sources(entry))),
                      _t(places_label(places)))
    console.print(table)
