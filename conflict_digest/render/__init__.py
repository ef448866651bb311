"""Model objects in, text out: one module per format family.

- `terminal`: rich tables (a person at a terminal),
- `markdown`: a digest a desk can paste,
- `delimited`: CSV and TSV for spreadsheets and shell tools,
- `jsonfmt`: JSON and JSON Lines, the contract of ../shared/spec/OUTPUT.md,
- `text`: the escaping and labels they share.

Nothing here knows how reports are read or facts extracted: every function takes the records
of `conflict_digest.models` (or plain sequences of them) and writes to a text stream.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from ..models import Digest, ExtractedReport, MergedClaim
from . import delimited, jsonfmt, markdown, terminal
from .terminal import make_console
from .text import SectorEntry

SUMMARY_FORMATS = ("table", "markdown", "json")
CLAIM_FORMATS = ("table", "markdown", "json", "jsonl", "csv", "tsv")
EXTRACT_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
SECTOR_FORMATS = ("table", "markdown", "json", "tsv")

ClaimRow = tuple[str | None, MergedClaim]  # (the date of the day that holds it, the claim)

__all__ = ["SUMMARY_FORMATS", "CLAIM_FORMATS", "EXTRACT_FORMATS", "SECTOR_FORMATS", "ClaimRow",
           "SectorEntry", "make_console", "render_summary", "render_claims", "render_reports",
           "render_report_lines", "encode_report_line", "render_sectors"]


def _check(fmt: str, allowed: Sequence[str]) -> None:
    if fmt not in allowed:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(allowed)}")


def render_summary(digest: Digest, fmt: str, out: TextIO, *, color: bool | None = None) -> None:
    _check(fmt, SUMMARY_FORMATS)
    if fmt == "json":
        jsonfmt.summary(digest, out)
    elif fmt == "markdown":
        markdown.summary(digest, out)
    else:
        terminal.summary(digest, make_console(out, color=color))


def render_claims(rows: Iterable[ClaimRow], fmt: str, out: TextIO, *,
                  color: bool | None = None) -> None:
    """Claims as they come: each written as it is read, but in a table on a terminal (and
    indented JSON there)."""
    _check(fmt, CLAIM_FORMATS)
    if fmt in ("json", "jsonl"):
        jsonfmt.claims(rows, out, lines=fmt == "jsonl")
    elif fmt in ("csv", "tsv"):
        delimited.claims(rows, out, tsv=fmt == "tsv")
    elif fmt == "markdown":
        markdown.claims(rows, out)
    else:
        terminal.claims(rows, make_console(out, color=color))


def render_reports(items: Iterable[ExtractedReport], fmt: str, out: TextIO, *,
                   color: bool | None = None) -> None:
    """Extracted reports in one go (for streaming JSON Lines use `encode_report_line`); CSV
    and TSV, a row per figure, are written as the reports come."""
    _check(fmt, EXTRACT_FORMATS)
    if fmt in ("csv", "tsv"):
        delimited.figures(items, out, tsv=fmt == "tsv")
    elif fmt == "jsonl":
        for item in items:
            out.write(jsonfmt.report_line(item))
    elif fmt == "json":
        jsonfmt.reports(items, out)
    else:
        terminal.reports(items, make_console(out, color=color))


def render_report_lines(lines: Iterable[str], fmt: str, out: TextIO) -> None:
    """Reports already encoded by `encode_report_line` (in the workers, say), as a stream:
    `jsonl` as they are, `json` as one compact array."""
    _check(fmt, ("json", "jsonl"))
    if fmt == "json":
        jsonfmt.report_array(lines, out)
        return
    for line in lines:
        out.write(line)
        out.flush()  # a consumer sees each report as soon as it is extracted


def encode_report_line(item: ExtractedReport) -> str:
    """One extracted report as a JSON line, newline included. A module-level function, so
    `pipeline.extract_paths(then=encode_report_line)` can run it in the worker processes."""
    return jsonfmt.report_line(item)


def render_sectors(entries: Sequence[SectorEntry], fmt: str, out: TextIO, *,
                   color: bool | None = None) -> None:
    _check(fmt, SECTOR_FORMATS)
    if fmt == "json":
        jsonfmt.sectors(entries, out)
    elif fmt == "tsv":
        delimited.sectors(entries, out, tsv=True)
    elif fmt == "markdown":
        markdown.sectors(entries, out)
    else:
        terminal.sectors(entries, make_console(out, color=color))
