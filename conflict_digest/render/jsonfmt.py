"""JSON and JSON Lines: the contract dicts of ../shared/spec/OUTPUT.md, data kept as is."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from ..models import Digest, ExtractedReport, MergedClaim
from .text import SectorEntry, claim_dict, sector_dict


def dumps_line(obj: object) -> str:
    """One compact JSON document on one line (non-ASCII kept, control characters escaped)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def dump(obj: object, out: TextIO) -> None:
    json.dump(obj, out, ensure_ascii=False, indent=2)
    out.write("\n")


def summary(digest: Digest, out: TextIO) -> None:
    dump(digest.as_dict(), out)


def claims(rows: Sequence[tuple[str | None, MergedClaim]], out: TextIO, *, lines: bool) -> None:
    objects = [claim_dict(day, mc) for day, mc in rows]
    if lines:
        for obj in objects:
            out.write(dumps_line(obj) + "\n")
    else:
        dump(objects, out)


def report_line(item: ExtractedReport, out: TextIO) -> None:
    """One extracted report as one JSONL line, flushed so a consumer sees it at once."""
    out.write(dumps_line(item.as_dict()) + "\n")
    out.flush()


def reports(items: Sequence[ExtractedReport], out: TextIO) -> None:
    dump([item.as_dict() for item in items], out)


def sectors(entries: Sequence[SectorEntry], out: TextIO) -> None:
    dump([sector_dict(e) for e in entries], out)
