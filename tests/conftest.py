"""Shared fixtures: the CLI runner, the samples folder, hand-built model objects, and parsers
that read every output format back."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_digest.models import (Claim, DayDigest, Digest, ExtractedReport, Figure,
                                    MergedClaim, MergedFigure, MergedPlace, MergedSpeaker, Place,
                                    PlaceCount, Report, Skipped, Speaker, SpeakerCount)

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SAMPLE_COUNT = sum(1 for p in SAMPLES.iterdir() if p.is_file())  # samples/ grows over time

HOSTILE = [
    "[bold red]x[/]",
    "\x1b[31mred\x1b[0m text",
    "| pipe | inside |",
    "=cmd()",
    "+1",
    "@x",
    "-2+3",
    "tab\there",
    "new\nline",
    "back\\slash",
    '"quoted, with comma"',
    "\x07bell\x00nul\x9bcsi",
    "*stars* _under_ `code` <b>html</b> # not a heading",
]
HOSTILE_TEXT = " ".join(HOSTILE)


# --- the CLI ------------------------------------------------------------------------------

@pytest.fixture
def clean_env(monkeypatch):
    """Tests see the CLI as a pipe would: no colour forcing, a fixed width, and crashes
    surfacing as exceptions (DIGEST_DEBUG) unless a test removes it. Used by test_cli and
    test_render (`pytestmark`), not forced on other modules."""
    for var in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("DIGEST_DEBUG", "1")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run `digest ARGS...`; returns the Result (stdout and stderr apart)."""
    from conflict_digest.cli import app

    def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env,
                             prog_name="digest")

    return run


@pytest.fixture
def samples() -> str:
    return str(SAMPLES)


def explain(result) -> str:
    """Everything a failing assertion should show about a run."""
    exc = ""
    if result.exc_info and result.exception and not isinstance(result.exception, SystemExit):
        import traceback
        exc = "".join(traceback.format_exception(*result.exc_info))
    return (f"exit {result.exit_code}\n--- stdout ---\n{result.stdout[:3000]}\n"
            f"--- stderr ---\n{result.stderr[:3000]}\n{exc}")


# --- parsers ------------------------------------------------------------------------------

def parse_jsonl(text: str) -> list:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def parse_csv(text: str, delimiter: str = ",") -> list[list[str]]:
    """CSV with the csv module; TSV is unquoted linear TSV, so quoting is off for it."""
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting))
    assert rows, "no rows"
    width = len(rows[0])
    bad = [r for r in rows if len(r) != width]
    assert not bad, f"rows without the header's {width} columns: {bad[:3]}"
    return rows


def unescape_tsv(cell: str) -> str:
    out, i = [], 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(cell[i + 1], cell[i + 1]))
            i += 2
        else:
            out.append(cell[i])
            i += 1
    return "".join(out)


def split_md_row(line: str) -> list[str]:
    """Cells of a Markdown table row, honouring backslash escapes (`\\|` is not a border)."""
    assert line.startswith("|") and line.rstrip().endswith("|"), line
    cells, cell, i = [], [], 1
    body = line.rstrip()
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            cell.append(body[i:i + 2])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(cell).strip())
            cell = []
        else:
            cell.append(ch)
        i += 1
    return cells


def md_tables(text: str) -> list[list[list[str]]]:
    """Every Markdown table in `text`; asserts each row has its header's column count and
    the second line is a delimiter row."""
    tables, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            current.append(split_md_row(line))
        elif current:
            tables.append(current)
            current = []
    for table in tables:
        width = len(table[0])
        assert len(table) >= 2 and all(set(c) <= set("-: ") for c in table[1]), table[:2]
        for row in table:
            assert len(row) == width, f"row of {len(row)} cells under a {width}-column header: {row}"
    return tables


# --- hand-built records -------------------------------------------------------------------

def place(name: str, sector: str | None = None, type: str = "city") -> Place:
    return Place(name=name, type=type, admin1="Donetsk Oblast", country="Ukraine", sector=sector)


MILITARY = Speaker("Ukrainian military", role="armed forces", side="Ukraine")
ZELENSKY = Speaker("Volodymyr Zelensky", role="President of Ukraine", side="Ukraine",
                   kind="person")
BAKHMUT = place("Bakhmut", "Bakhmut")
SOLEDAR = place("Soledar", "Bakhmut", type="town")
KYIV = Place("Kyiv", "city", country="Ukraine")


def figure(value, kind="killed", what="soldier", qualifier=None, actor="Russia", text=None,
           low=None, high=None) -> Figure:
    low = value if low is None else low
    high = value if high is None else high
    return Figure(value=value, low=low, high=high, approx=qualifier is not None, kind=kind,
                  what=what, text=text or f"{value} {what}s", qualifier=qualifier, actor=actor)


def build_digest(text: str = "Russian forces focused on an offensive in the Bakhmut sector.",
                 speaker_name: str | None = None, place_name: str | None = None) -> Digest:
    """Two days: 2023-01-05 with a disputed toll (800 vs 1,000), a range, money, an unverified
    claim; and an undated day. `text` replaces the main claim's text; `speaker_name` and
    `place_name` let a test put hostile strings in names too."""
    a, b = "samples/2023-01-05-a.txt", "samples/2023-01-05-b.txt"
    speaker = Speaker(speaker_name, role=speaker_name) if speaker_name else MILITARY
    odd_place = place(place_name, "Bakhmut") if place_name else SOLEDAR
    f800 = figure(800, qualifier="more than")
    f1000 = figure(1000, text="1,000 soldiers")
    frange = figure(None, kind="population", what="resident", low=70000, high=80000, actor=None)
    money = figure(21.3e9, kind="money", what="usd", qualifier="about", actor="United States")
    claims = [
        MergedClaim(Claim(text=text, report=a, date="2023-01-05", speaker=speaker,
                          figures=[f800], places=[BAKHMUT, odd_place], sectors=["Bakhmut"]),
                    [a, b]),
        MergedClaim(Claim(text="Ukraine says 1,000 Russian soldiers were killed.", report=b,
                          date="2023-01-04", speaker=ZELENSKY, figures=[f1000], places=[],
                          sectors=[], unverified=True), [b]),
        MergedClaim(Claim(text="The city had 70,000-80,000 people.", report=b, date="2023-01-05",
                          figures=[frange], places=[BAKHMUT], sectors=["Bakhmut"]), [b]),
        MergedClaim(Claim(text="About $21.3 billion in aid so far.", report=b, date="2023-01-05",
                          figures=[money]), [b], previously_reported=True),
        MergedClaim(Claim(text="Fighting continued near Kyiv.", report=a, date="2023-01-05",
                          places=[KYIV]), [a]),
    ]
    day = DayDigest(
        date="2023-01-05", reports=[a, b],
        figures=[
            MergedFigure(f800, [a], [speaker.name], variants=[(f1000, [b])], disputed=True,
                         places=[BAKHMUT.name, odd_place.name]),
            MergedFigure(f1000, [b], [ZELENSKY.name], variants=[(f800, [a])], disputed=True),
            MergedFigure(frange, [b], []),
            MergedFigure(money, [b], [], previously_reported=True),
        ],
        locations=[MergedPlace(BAKHMUT, 9, [a, b]), MergedPlace(odd_place, 2, [b]),
                   MergedPlace(KYIV, 3, [a])],
        speakers=[MergedSpeaker(speaker, 2, [a, b]), MergedSpeaker(ZELENSKY, 1, [b])],
        claims=claims,
    )
    u = "samples/undated.txt"
    undated = DayDigest(
        date="undated", reports=[u],
        figures=[MergedFigure(figure(3, kind="destroyed", what="tank"), [u], [])],
        locations=[], speakers=[],
        claims=[MergedClaim(Claim(text="Three tanks were destroyed.", report=u, date=None,
                                  figures=[figure(3, kind="destroyed", what="tank")]), [u])],
    )
    return Digest(days=[day, undated], skipped=[Skipped("samples/bad.bin", "binary file")])


def build_report(text: str = "800 Russian soldiers were killed in Bakhmut.") -> ExtractedReport:
    f = figure(800)
    report = Report(path="samples/x.txt", text=text, date="2023-01-05", date_source="header",
                    headline=text)
    return ExtractedReport(
        report=report, figures=[f], locations=[PlaceCount(BAKHMUT, 2)],
        speakers=[SpeakerCount(MILITARY, 1)],
        claims=[Claim(text=text, report=report.path, date="2023-01-05", speaker=MILITARY,
                      figures=[f], places=[BAKHMUT], sectors=["Bakhmut"])])


@pytest.fixture
def digest() -> Digest:
    return build_digest()


# --- the extraction cache -----------------------------------------------------------------

@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Every test (and every `digest` a test starts) caches extractions in a temporary
    folder, never in the real ~/.cache/conflict-digest."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIGEST_CACHE_DIR", str(tmp_path_factory.mktemp("digest-cache")))
        yield


@pytest.fixture(scope="session")
def lexicon():
    """The shipped speaker lexicon, loaded once for the speaker tests."""
    from conflict_digest.speakers import SpeakerLexicon
    return SpeakerLexicon.load()


@pytest.fixture(scope="session")
def gazetteer():
    """The shipped gazetteer, loaded once."""
    from conflict_digest.places import Gazetteer
    return Gazetteer.load()
