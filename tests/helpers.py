"""Helpers more than one test module needs (imported as `helpers`: pytest puts tests/ on the path)."""
from __future__ import annotations

from conflict_digest.reader import read_report_bytes, read_reports

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
