"""Rendering hand-built records: every format parses back, and hostile report text stays inert."""
from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.models import (Claim, DayDigest, Digest, MergedClaim, MergedFigure,
                                    MergedPlace, Place)
from conflict_digest.render import (CLAIM_FORMATS, EXTRACT_FORMATS, SECTOR_FORMATS,
                                    SUMMARY_FORMATS, render_claims, encode_report_line,
                                    render_report_lines, render_reports, render_sectors,
                                    render_summary)
from conflict_digest.render import jsonfmt, markdown
from conflict_digest.render.text import (clean, csv_cell, figure_groups, figure_row, figure_short, plural_noun,
                                         md_inline, neutralise, tsv_cell)

from conftest import (BAKHMUT, HOSTILE, HOSTILE_TEXT, MILITARY, build_digest, build_report,
                      figure, md_tables, parse_csv, parse_jsonl, split_md_row, unescape_tsv)

ESC = "\x1b"

pytestmark = pytest.mark.usefixtures("clean_env")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def render(fn, obj, fmt) -> str:
    out = io.StringIO()
    fn(obj, fmt, out)
    return out.getvalue()


def claim_rows(digest: Digest):
    return [(day.date, mc) for day in digest.days for mc in day.claims]


def hostile_claims() -> list:
    """One claim per hostile string, the string leading the text (where formulas bite)."""
    rows = []
    for i, text in enumerate(HOSTILE):
        speaker = MILITARY if i % 2 else None
        claim = Claim(text=text, report=f"r{i}.txt", date="2023-01-05", speaker=speaker,
                      figures=[figure(800, qualifier="more than")] if i % 3 == 0 else [],
                      places=[BAKHMUT], sectors=["Bakhmut"], unverified=i % 4 == 0)
        rows.append(("2023-01-05", MergedClaim(claim, [f"r{i}.txt", "=evil.txt"])))
    return rows


def assert_inert(out: str) -> None:
    """No escape sequence or control character except newline (and tab where allowed)."""
    assert ESC not in out
    assert not CONTROL.search(out.replace("\t", "").replace("\n", ""))


# --- text helpers -------------------------------------------------------------------------

def test_clean_strips_ansi_and_controls_but_keeps_text():
    assert clean("\x1b[31mred\x1b[0m") == "red"
    assert clean("a\x07b\x00c\x9bd") == "abcd"
    assert clean("line\r\nbreak\rhere") == "line\nbreak\nhere"
    assert clean("\x1b]8;;http://x\x07link\x1b]8;;\x07") == "link"
    assert clean(None) == ""


@pytest.mark.parametrize("cell", ["=cmd()", "+1", "-2", "@x", "\tx", "\rx"])
def test_neutralise_formula_cells(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "1-2", "a=b", "'quoted", ""])
def test_neutralise_leaves_ordinary_cells(cell):
    assert neutralise(cell) == cell


def test_csv_and_tsv_cells():
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell(True) == "true" and csv_cell(3) == "3"
    assert tsv_cell("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert tsv_cell("\tx") == "'\\tx"
    assert tsv_cell("\x1b[31m=x") == "'=x"


def test_md_inline_escapes_markup_and_block_starts():
    assert md_inline("a | b") == "a \\| b"
    assert md_inline("[bold]x[/]") == "\\[bold\\]x\\[/\\]"
    assert md_inline("new\nline\ttab") == "new line tab"
    assert md_inline("back\\slash") == "back\\\\slash"
    assert md_inline("# heading") == "\\# heading"
    assert md_inline("1. item") == "1\\. item"
    assert md_inline("2.3 million people") == "2.3 million people"  # a decimal starts no list
    assert md_inline("12)") == "12\\)"
    assert md_inline("- item") == "\\- item"
    assert md_inline("<script>") == "\\<script\\>"


@settings(max_examples=200)
@given(st.text())
def test_any_text_is_one_safe_markdown_cell(text):
    cell = md_inline(text)
    assert "\n" not in cell and ESC not in cell
    row = f"| {cell} | x |"
    assert len(split_md_row(row)) == 2


@settings(max_examples=200)
@given(st.text())
def test_any_text_is_one_tsv_cell_that_round_trips(text):
    cell = tsv_cell(text)
    assert "\t" not in cell and "\n" not in cell and "\r" not in cell
    back = unescape_tsv(cell)
    expected = clean(text)
    if expected.startswith(("=", "+", "-", "@", "\t", "\r")):
        expected = "'" + expected
    assert back == expected


@settings(max_examples=200)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_round_trips_through_csv(cells):
    from conflict_digest.render import delimited
    out = io.StringIO()
    delimited.write([cells, cells], out, tsv=False)
    rows = parse_csv(out.getvalue())
    assert rows[0] == [csv_cell(c) for c in cells]


def test_figure_short_labels():
    assert figure_short(figure(800, qualifier="more than")) == "killed: more than 800 soldiers"
    assert figure_short(figure(1, what="child")) == "killed: 1 child"
    money = figure(21.3e9, kind="money", what="usd", qualifier="about")
    assert figure_short(money) == "money: about $21.3 billion"
    span = figure(None, kind="population", what="resident", low=70000, high=80000)
    assert figure_short(span) == "population: 70,000-80,000 residents"


@pytest.mark.parametrize("what, plural", [
    ("person", "people"), ("child", "children"), ("serviceman", "servicemen"), ("family", "families"),
    ("cruise missile", "cruise missiles"), ("bus", "buses"), ("convoy", "convoys"), ("body", "bodies"),
    ("km", "km"), ("km2", "km2"), ("personnel", "personnel"), ("aircraft", "aircraft"), ("percent", "percent"),
    ("taliban", "taliban"),
])
def test_a_counted_noun_reads_in_the_plural(what, plural):
    assert plural_noun(what) == plural


@given(st.from_regex(r"[a-z]{2,12}( [a-z]{2,12})?", fullmatch=True))
def test_a_plural_keeps_the_words_before_the_last(what):
    head = what.rpartition(" ")[0]
    assert plural_noun(what).startswith(f"{head} " if head else "")
    assert len(plural_noun(what)) >= len(what) and " " not in plural_noun(what).removeprefix(f"{head} ")


def test_disputed_figures_are_one_group(digest):
    day = digest.days[0]
    groups = figure_groups(day.figures)
    assert [len(g) for g in groups] == [2, 1, 1]
    row = figure_row(groups[0])
    assert "more than 800 (1 source)" in row["figure"] and "1,000 (1 source)" in row["figure"]
    assert "disputed" in row["figure"]
    assert row["sources"] == "2"
    assert "previously reported" in figure_row(groups[2])["figure"]


def test_lone_disputed_figure_names_the_other_numbers():
    f800, f1000 = figure(800), figure(1000)
    entry = MergedFigure(f800, ["a"], [], variants=[(f1000, ["b"])], disputed=True)
    row = figure_row(figure_groups([entry])[0])
    assert "disputed" in row["figure"] and "also given: 1,000 (1 source)" in row["figure"]


@pytest.mark.parametrize("periods, note", [
    (["daily"], "1,740 (daily)"),
    (["cumulative"], "1,740 (cumulative)"),
    ([None], "1,740"),
    (["daily", "daily"], "(daily; disputed)"),
    (["daily", None], "(disputed)"),  # the group does not share one period
])
def test_a_figure_s_period_is_noted_where_its_group_shares_one(periods, note):
    from dataclasses import replace
    entries = [MergedFigure(replace(figure(1740 + 10 * i), period=p), [f"r{i}"], [],
                            disputed=len(periods) > 1) for i, p in enumerate(periods)]
    for e in entries:
        e.variants = [(o.figure, o.sources) for o in entries if o is not e]
    row = figure_row(figure_groups(entries)[0])
    assert note in row["figure"] and ("daily" in note) == ("daily" in row["figure"])


# --- summarize ----------------------------------------------------------------------------

@pytest.fixture
def hostile_digest() -> Digest:
    return build_digest(HOSTILE_TEXT, speaker_name="[red]Evil|Name\x1b[0m", place_name="=Sol|edar")


def test_summary_json_is_the_digest_contract_with_data_as_is(hostile_digest):
    data = json.loads(render(render_summary, hostile_digest, "json"))
    assert data == json.loads(json.dumps(hostile_digest.as_dict()))
    day = data["days"][0]
    for key in ("date", "reports", "figures", "locations", "speakers", "claims"):
        assert key in day
    assert day["claims"][0]["text"] == HOSTILE_TEXT
    assert data["days"][1]["date"] is None
    assert data["skipped"] == [{"path": "samples/bad.bin", "reason": "binary file"}]


def test_summary_json_written_a_day_at_a_time_is_the_one_document(hostile_digest):
    assert render(render_summary, hostile_digest, "json") == \
        jsonfmt.dumps_line(hostile_digest.as_dict()) + "\n"


def test_summary_json_a_day_at_a_time_still_writes_infinity_as_null(digest):
    digest.days[0].figures[0].figure = figure(float("inf"))
    out = render(render_summary, digest, "json")
    assert out == jsonfmt.dumps_line(digest.as_dict()) + "\n"
    assert json.loads(out)["days"][0]["figures"][0]["value"] is None


def _bytes_out(digest: Digest, encoding: str = "utf-8") -> bytes:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="")
    out.write("before ")
    render_summary(digest, "json", out)
    out.write("after")
    out.flush()
    return raw.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "utf_8"])
def test_summary_json_to_a_byte_stream_is_the_text_in_utf8(hostile_digest, encoding):
    """Days go as bytes straight to the stream's buffer: in order with what the text layer
    wrote before and after, and the same text as on a text-only stream."""
    text = render(render_summary, hostile_digest, "json")
    assert _bytes_out(hostile_digest, encoding).decode("utf-8") == "before " + text + "after"


def test_summary_json_to_a_stream_of_another_encoding_goes_through_its_text_layer(digest):
    assert _bytes_out(digest, "utf-16").decode("utf-16") == \
        "before " + render(render_summary, digest, "json") + "after"


def test_summary_json_variants_written_once_are_the_same_document(digest):
    """Each variant is encoded once and copied where it recurs: the document is unchanged,
    also where orjson refuses a number (past 64 bits) and the standard library writes the day."""
    from conflict_digest.models import MergedFigure
    day = digest.days[0]
    a, b, c = (MergedFigure(figure(n), [f"r{n}.txt"], []) for n in (10, 20, 30))
    for entry in (a, b, c):
        others = [x for x in (a, b, c) if x is not entry]
        entry.variants, entry.disputed = [(x.figure, x.sources) for x in others], True
    day.figures = [a, b, c]
    assert render(render_summary, digest, "json") == jsonfmt.dumps_line(digest.as_dict()) + "\n"
    a.figure = figure(10**30)
    out = render(render_summary, digest, "json")
    assert out == jsonfmt.dumps_line(digest.as_dict()) + "\n"
    assert str(10**30) in out


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**63, max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: x == 0 or 1e-4 <= abs(x))
    | st.text(st.characters(exclude_categories=["Cs"])),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@given(_JSON_VALUES)
def test_json_line_is_what_the_standard_library_writes(value):
    """orjson writes the line; the text is the standard library's (numbers from 1e-4 up)."""
    assert jsonfmt.dumps_line(value) == json.dumps(value, ensure_ascii=False,
                                                   separators=(",", ":"))


@pytest.mark.parametrize("value", [10**30, "lone \udc80 surrogate", [1.5, float("inf")]])
def test_json_line_of_what_orjson_refuses_or_json_cannot_hold(value):
    line = jsonfmt.dumps_line({"v": value})
    assert "\n" not in line and "Infinity" not in line
    assert line == json.dumps({"v": jsonfmt.standard(value)}, ensure_ascii=False,
                              separators=(",", ":"))


@pytest.mark.parametrize("skipped", [True, False])
def test_summary_markdown_written_in_parts_is_the_joined_text(digest, skipped):
    if not skipped:
        digest.skipped = []
    lines = [line for part in markdown._summary_parts(digest) for line in part]
    out = render(render_summary, digest, "markdown")
    assert out == "\n".join(lines).rstrip("\n") + "\n"
    assert not out.endswith("\n\n")


def test_summary_markdown_layout(digest):
    out = render(render_summary, digest, "markdown")
    lines = out.splitlines()
    assert lines[0] == "# Conflict digest"
    assert "## 2023-01-05" in lines and "## Undated" in lines
    assert lines.index("## 2023-01-05") < lines.index("## Undated")
    for heading in ("### Sectors", "### Speakers", "### Claims", "### Sources"):
        assert heading in lines
    tables = md_tables(out)
    assert tables[0][0] == ["Kind", "Figure", "What", "Whose", "Where", "Speaker", "Sources"]
    killed = [r for r in tables[0] if r[0] == "killed"]
    assert len(killed) == 1 and "disputed" in killed[0][1] and killed[0][4] == "Bakhmut, Soledar"
    assert any("previously reported" in r[1] for r in tables[0])
    assert "**Bakhmut** (11 mentions): Bakhmut (9), Soledar (2)" in out
    assert "- **Volodymyr Zelensky**: Ukraine says 1,000 Russian soldiers were killed. " \
           "\\[unverified\\]" in out
    assert "- samples/2023-01-05-a.txt" in lines


def test_summary_markdown_with_hostile_text_stays_inert(hostile_digest):
    out = render(render_summary, hostile_digest, "markdown")
    assert_inert(out.replace("\t", "\\t"))
    assert "\t" not in out
    md_tables(out)  # every row has its header's column count
    assert "\\[bold red\\]x\\[/\\]" in out
    assert "\\| pipe \\| inside \\|" in out
    bullet = [line for line in out.splitlines() if "pipe" in line and line.startswith("- ")]
    assert len(bullet) == 1 and "new line" in bullet[0] and "tab here" in bullet[0]
    assert "\\<b\\>html\\</b\\>" in out and "\\*stars\\*" in out


def test_summary_table_with_hostile_text_stays_inert(hostile_digest):
    out = render(render_summary, hostile_digest, "table")
    assert_inert(out)
    flat = " ".join(out.split())
    assert "[bold red]x[/]" in flat
    assert "| pipe | inside |" in flat
    assert "disputed" in flat and "previously reported" in flat
    assert "Undated" in flat
    assert max(len(line) for line in out.splitlines()) <= 100


def test_summary_of_nothing(monkeypatch):
    empty = Digest(days=[])
    assert json.loads(render(render_summary, empty, "json")) == {"days": [], "skipped": []}
    assert "Nothing to report" in render(render_summary, empty, "markdown")
    assert "Nothing to report" in render(render_summary, empty, "table")
    for fmt in ("markdown", "table"):
        assert "Nothing to report" in render(render_summary, Digest(days=iter(())), fmt)


@pytest.mark.parametrize("fmt", SUMMARY_FORMATS)
def test_summary_every_format_renders(digest, fmt):
    assert render(render_summary, digest, fmt).strip()


# --- claims -------------------------------------------------------------------------------

CONTRACT_CLAIM = {"text", "date", "speaker", "locations", "sectors", "figures", "sources"}


@pytest.mark.parametrize("fmt", CLAIM_FORMATS)
def test_claims_from_a_one_shot_stream_are_the_claims_of_a_list(fmt):
    """The CLI hands claims over as the days are merged: a generator, read once."""
    rows = hostile_claims()
    assert render(render_claims, (row for row in rows), fmt) == render(render_claims, rows, fmt)


def test_summary_from_a_one_shot_stream_of_days_is_the_summary_of_a_list(digest):
    for fmt in SUMMARY_FORMATS:
        streamed = Digest(days=(day for day in digest.days), skipped=digest.skipped)
        assert render(render_summary, streamed, fmt) == render(render_summary, digest, fmt)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_claims_json_keeps_data_as_is(fmt):
    rows = hostile_claims()
    out = render(render_claims, rows, fmt)
    objects = json.loads(out) if fmt == "json" else parse_jsonl(out)
    assert isinstance(objects, list) and len(objects) == len(HOSTILE)
    for obj, text in zip(objects, HOSTILE):
        assert CONTRACT_CLAIM <= set(obj)
        assert obj["text"] == text
        assert obj["date"] == "2023-01-05"
        assert obj["sources"][1] == "=evil.txt"
    if fmt == "jsonl":
        assert len(out.splitlines()) == len(HOSTILE)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_claims_spreadsheet_cells_are_neutralised(fmt):
    rows = hostile_claims()
    out = render(render_claims, rows, fmt)
    table = parse_csv(out, "\t" if fmt == "tsv" else ",")
    header, body = table[0], table[1:]
    assert len(body) == len(HOSTILE)
    text_at = header.index("text")
    for row, original in zip(body, HOSTILE):
        cell = unescape_tsv(row[text_at]) if fmt == "tsv" else row[text_at]
        expected = clean(original)
        if expected.startswith(("=", "+", "-", "@", "\t")):
            expected = "'" + expected
        assert cell == expected
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    if fmt == "tsv":
        assert len(out.splitlines()) == len(HOSTILE) + 1
    assert_inert(out.replace("\t", "").replace("\n", ""))


def test_claims_csv_columns_and_values(digest):
    table = parse_csv(render(render_claims, claim_rows(digest), "csv"))
    header = table[0]
    for column in ("date", "sectors", "places", "speaker", "figures", "text", "sources",
                   "unverified"):
        assert column in header
    first = dict(zip(header, table[1]))
    assert first["figures"] == "killed: more than 800 soldiers"
    assert first["sectors"] == "Bakhmut" and first["sources"] == "2"
    undated = dict(zip(header, table[-1]))
    assert undated["date"] == ""
    unverified = [dict(zip(header, r)) for r in table[1:] if "1,000" in r[header.index("text")]]
    assert unverified[0]["unverified"] == "true" and unverified[0]["date"] == "2023-01-04"


def test_claims_markdown_is_one_consistent_table():
    out = render(render_claims, hostile_claims(), "markdown")
    assert "\t" not in out
    tables = md_tables(out)
    assert len(tables) == 1 and len(tables[0]) == len(HOSTILE) + 2
    assert_inert(out)


def test_claims_table_is_inert_and_fits_100_columns():
    out = render(render_claims, hostile_claims(), "table")
    assert_inert(out)
    assert "\t" not in out
    assert max(len(line) for line in out.splitlines()) <= 100
    flat = " ".join(out.split())
    assert "[bold red]x[/]" in flat and "=cmd()" in flat and "[unverified]" in flat


def test_numbers_are_never_truncated_in_tables():
    big = figure(123456789012, kind="money", what="usd")
    claim = Claim(text="x " * 200, report="r.txt", date="2023-01-05", figures=[big])
    out = render(render_claims, [("2023-01-05", MergedClaim(claim, ["r.txt"] * 12345))], "table")
    flat = "".join(out.split())
    assert "$123,456,789,012" in flat and "12345" in flat
    assert "…" not in out


@pytest.mark.parametrize("fmt", CLAIM_FORMATS)
def test_claims_of_nothing(fmt):
    out = render(render_claims, [], fmt)
    if fmt == "json":
        assert json.loads(out) == []
    elif fmt == "jsonl":
        assert out == ""
    elif fmt in ("csv", "tsv"):
        assert len(parse_csv(out, "\t" if fmt == "tsv" else ",")) == 1


# --- extract ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", EXTRACT_FORMATS)
def test_extract_formats_with_hostile_text(fmt):
    items = [build_report(HOSTILE_TEXT), build_report("Plain text.")]
    out = render(render_reports, items, fmt)
    if fmt == "json":
        data = json.loads(out)
        assert [d["report"] for d in data] == ["samples/x.txt"] * 2
        assert data[0]["claims"][0]["text"] == HOSTILE_TEXT
    elif fmt == "jsonl":
        data = parse_jsonl(out)
        assert len(data) == 2 and len(out.splitlines()) == 2
        for key in ("report", "date", "figures", "locations", "speakers"):
            assert key in data[0]
    elif fmt in ("csv", "tsv"):
        rows = parse_csv(out, "\t" if fmt == "tsv" else ",")
        header, body = rows[0], rows[1:]
        assert len(body) == 2 and all(len(row) == len(header) for row in body)
        row = dict(zip(header, body[0]))
        assert (row["kind"], row["low"], row["what"]) == ("killed", "800", "soldier")
        assert "[bold red]x[/]" in row["sentence"] and "\x1b" not in out
        assert not any(v.startswith(("=", "+", "-", "@")) for row in body for v in row)
    else:
        assert_inert(out)
        assert "killed: 800 soldier" in " ".join(out.split())


def test_extract_line_is_one_line_of_json():
    line = encode_report_line(build_report())
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line)["date"] == "2023-01-05"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_extract_json_array_written_a_report_at_a_time_is_the_one_document(count):
    items = [build_report() for _ in range(count)]
    out = io.StringIO()
    render_report_lines((encode_report_line(item) for item in items), "json", out)
    assert out.getvalue() == jsonfmt.dumps_line([item.as_dict() for item in items]) + "\n"


def test_extract_json_lines_stream_as_they_are():
    line = encode_report_line(build_report())
    out = io.StringIO()
    render_report_lines([line, line], "jsonl", out)
    assert out.getvalue() == line + line


# --- sectors ------------------------------------------------------------------------------

def sector_entries():
    evil = Place("=Evil|place\x1b[31m", "town", sector="[b]Sector\tX")
    return [("Bakhmut", [MergedPlace(BAKHMUT, 9, ["a", "b"]),
                         MergedPlace(Place("Soledar", "town", sector="Bakhmut"), 2, ["b"])]),
            ("[b]Sector\tX", [MergedPlace(evil, 1, ["c"])])]


@pytest.mark.parametrize("fmt", SECTOR_FORMATS)
def test_sectors_every_format(fmt):
    out = render(render_sectors, sector_entries(), fmt)
    if fmt == "json":
        data = json.loads(out)
        assert data[0]["name"] == "Bakhmut" and data[0]["mentions"] == 11
        assert data[0]["reports"] == 2
        assert [p["name"] for p in data[0]["places"]] == ["Bakhmut", "Soledar"]
        assert data[1]["places"][0]["name"] == "=Evil|place\x1b[31m"
        return
    assert_inert(out.replace("\t", ""))
    if fmt == "tsv":
        rows = parse_csv(out, "\t")
        assert rows[0][:4] == ["sector", "sector_mentions", "place", "mentions"]
        assert len(rows) == 4
        assert rows[3][2] == "'=Evil|place" and unescape_tsv(rows[3][0]) == "[b]Sector\tX"
    elif fmt == "markdown":
        tables = md_tables(out)
        assert len(tables[0]) == 4
        assert tables[0][2] == ["Bakhmut", "11", "2", "Bakhmut (9), Soledar (2)"]
        assert tables[0][3][0] == "\\[b\\]Sector X"
    else:
        flat = " ".join(out.split())
        assert "Bakhmut (9), Soledar (2)" in flat and "[b]Sector X" in flat


# --- colour -------------------------------------------------------------------------------

def test_forced_terminal_has_colour_but_no_color_removes_it(monkeypatch, digest):
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = render(render_summary, digest, "table")
    assert ESC in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    plain = render(render_summary, digest, "table")
    assert ESC not in plain
    out = io.StringIO()
    monkeypatch.delenv("NO_COLOR")
    render_summary(digest, "table", out, color=False)
    assert ESC not in out.getvalue()


def test_unknown_format_is_refused(digest):
    with pytest.raises(ValueError, match="table, markdown, json"):
        render(render_summary, digest, "xml")


def test_day_without_figures_or_places_renders():
    day = DayDigest(date="2023-01", reports=["m.txt"], figures=[], locations=[], speakers=[],
                    claims=[])
    for fmt in SUMMARY_FORMATS:
        out = render(render_summary, Digest([day]), fmt)
        assert "2023-01" in out


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_tables_fit_any_reasonable_width_without_losing_numbers(monkeypatch, digest, width):
    monkeypatch.setenv("COLUMNS", str(width))
    for out in (render(render_summary, digest, "table"),
                render(render_claims, claim_rows(digest), "table"),
                render(render_reports, [build_report()], "table")):
        assert max(len(line) for line in out.splitlines()) <= width
        assert "…" not in out
    claims_out = render(render_claims, claim_rows(digest), "table")
    # every row keeps its sources count in the last column: nothing was cropped
    counts = [line.split()[-1] for line in claims_out.splitlines() if line[:4].isdigit()
              or line.startswith("undated")]
    assert counts == ["2", "1", "1", "1", "1", "1"]


@pytest.mark.parametrize("fmt", ["markdown", "tsv", "csv"])
def test_a_figure_given_by_another_source_than_the_claims_names_it(fmt):
    from conftest import ZELENSKY
    given = Claim(text="Kyiv said 50 were killed, while the military said 800.", report="a.txt", date="2023-01-05",
                  speaker=MILITARY, figures=[figure(50), figure(800)], figure_speakers=[ZELENSKY, MILITARY])
    out = render(render_claims, [("2023-01-05", MergedClaim(given, ["a.txt"]))], fmt)
    assert "killed: 50 soldiers (per Volodymyr Zelensky)" in out
    assert "800 soldiers (per" not in out
