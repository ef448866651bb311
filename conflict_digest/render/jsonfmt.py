"""JSON and JSON Lines: the contract dicts of ../shared/spec/OUTPUT.md, data kept as is."""
from __future__ import annotations

import codecs
import json
import math
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

import orjson

from ..models import DayDigest, Digest, ExtractedReport, MergedClaim
from .text import SectorEntry, claim_dict, sector_dict


def dumps_line(obj: object) -> str:
    """One compact JSON document on one line (non-ASCII kept, control characters escaped,
    an infinite number as null).

    orjson writes it five times faster than the standard library, and the same text but for
    tiny numbers (0.00005 where `json` writes 5e-05); what it refuses (an integer past 64
    bits, a lone surrogate) is written by the standard library."""
    try:
        return orjson.dumps(obj).decode()
    except TypeError:
        pass
    try:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # an infinite float somewhere: the slow, careful pass
        return json.dumps(standard(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dump(obj: object, out: TextIO) -> None:
    """Indented for a person at a terminal; compact in a pipe, where the C encoder is ten
    times faster on a year of reports (`jq .` indents it again)."""
    if _is_terminal(out):
        json.dump(standard(obj), out, ensure_ascii=False, indent=2, allow_nan=False)
        out.write("\n")
    else:
        out.write(dumps_line(obj) + "\n")


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def standard(obj: object) -> object:
    """The object with every float JSON cannot hold (a number past 1.8e308 in a report is
    infinite once read) as null: Python would write `Infinity`, which strict parsers reject."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {key: standard(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [standard(value) for value in obj]
    return obj


def summary(digest: Digest, out: TextIO) -> None:
    """In a pipe, written a day at a time: a year of reports never sits in memory as one
    string (the same bytes as `dump(digest.as_dict())`)."""
    if _is_terminal(out):
        dump(digest.as_dict(), out)
        return
    out.write('{"days":[')
    write = _byte_writer(out)
    for i, day in enumerate(digest.days):
        write(_day_bytes(day, first=i == 0))
    out.write('],"skipped":' + dumps_line([s.as_dict() for s in digest.skipped]) + "}\n")


def _day_bytes(day: DayDigest, *, first: bool) -> bytes:
    """`dumps_line(day.as_dict())` as UTF-8 (after a comma but for the first day), with each
    variant encoded once and copied as bytes where it recurs: on a busy day most of the
    digest is variants, each under many figures."""
    try:
        data = orjson.dumps(day.as_dict(encode_variant=_encoded))
    except TypeError:  # what orjson refuses: see dumps_line
        data = dumps_line(day.as_dict()).encode()
    return data if first else b"," + data


def _encoded(obj: dict) -> orjson.Fragment:
    """Already-encoded JSON that orjson copies as is wherever it is placed."""
    return orjson.Fragment(orjson.dumps(obj))


def _byte_writer(out: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 straight to the stream's byte buffer where it has one (stdout, a file): a
    year's digest runs to gigabytes, and decoding them only to encode them again costs seconds."""
    buffer = getattr(out, "buffer", None)
    if buffer is None or not _is_utf8(getattr(out, "encoding", None)):
        return lambda data: out.write(data.decode())
    out.flush()
    return buffer.write


def _is_utf8(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def claims(rows: Iterable[tuple[str | None, MergedClaim]], out: TextIO, *, lines: bool) -> None:
    """Written a claim at a time, but for indented JSON on a terminal."""
    objects = (claim_dict(day, mc) for day, mc in rows)
    if lines:
        for obj in objects:
            out.write(dumps_line(obj) + "\n")
    elif _is_terminal(out):
        dump(list(objects), out)
    else:
        _array((dumps_line(obj) for obj in objects), out)


def report_line(item: ExtractedReport) -> str:
    """One extracted report as one JSONL line, its newline included."""
    return dumps_line(item.as_dict()) + "\n"


def reports(items: Sequence[ExtractedReport], out: TextIO) -> None:
    dump([item.as_dict() for item in items], out)


def report_array(lines: Iterable[str], out: TextIO) -> None:
    """Reports encoded as JSON lines (`report_line`) written as one compact JSON array, a
    report at a time: what `reports` writes in a pipe, without holding every report."""
    _array((line[:-1] for line in lines), out)


def _array(encoded: Iterable[str], out: TextIO) -> None:
    """Compact JSON documents as one compact array, the same text as `dump` of their list in
    a pipe, written one at a time."""
    out.write("[")
    for i, text in enumerate(encoded):
        out.write(text if i == 0 else "," + text)
    out.write("]\n")


def sectors(entries: Sequence[SectorEntry], out: TextIO) -> None:
    dump([sector_dict(e) for e in entries], out)
