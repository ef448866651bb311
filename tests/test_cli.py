"""The `digest` command line through the runner: every command on samples/ in every format,
each output parsed back; filters; stdin; exit codes; shell conventions.

Assertions on content use only the two 2023-01-05 seed reports; samples/ grows over time."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import REPO, SAMPLES, explain, md_tables, parse_csv, parse_jsonl

LIVE = SAMPLES / "2023-01-05-live-blog-bakhmut-offensive.txt"
WIRE = SAMPLES / "2023-01-05-wire-800-russian-soldiers-killed.txt"
SEEDS = [str(LIVE), str(WIRE)]
COMMANDS = ("summarize", "claims", "extract", "sectors")
CLAIM_CONTRACT = {"text", "date", "speaker", "locations", "sectors", "figures", "sources"}
FIGURE_CONTRACT = {"value", "low", "high", "approx", "kind", "what"}
ESC = "\x1b"

pytestmark = pytest.mark.usefixtures("clean_env")


def ok(result):
    assert result.exit_code == 0, explain(result)
    return result


def no_traceback(result):
    assert "Traceback" not in result.output, explain(result)
    assert not result.exception or isinstance(result.exception, SystemExit), explain(result)


def claims_json(invoke, *args):
    return json.loads(ok(invoke("claims", *args, "--format", "json")).stdout)


# --- version and help ---------------------------------------------------------------------

def test_version(invoke):
    from conflict_digest import __version__
    result = ok(invoke("--version"))
    assert result.stdout.strip() == f"digest {__version__}" == "digest 0.1.0"


def test_no_arguments_shows_help(invoke):
    result = invoke()
    assert "summarize" in result.output and "claims" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_a_worked_example(invoke, command):
    result = ok(invoke(command, "--help"))
    assert "Examples" in result.stdout
    assert f"digest {command} samples/" in result.stdout
    for option in ("--format", "--gazetteer", "--strict", "--quiet"):
        assert option in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_prints_toml_table_names_not_eaten_as_markup(invoke, command):
    out = " ".join(ok(invoke(command, "--help", env={"COLUMNS": "300"})).stdout.split())
    assert "with [[person]] and [[institution]] tables" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_no_type_placeholder_for_a_flag(invoke, command):
    """typer 0.29 printed `<bool>` after every flag (`--strict <bool>`), as if it took a value."""
    assert "<bool>" not in ok(invoke(command, "--help")).stdout


def test_top_level_help_lists_commands_and_an_example(invoke):
    out = ok(invoke("--help")).stdout
    for command in COMMANDS:
        assert command in out
    assert "digest claims samples/ --sector Bakhmut" in out


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "conflict_digest", "--version"],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "digest 0.1.0"


# --- summarize ----------------------------------------------------------------------------

def test_summarize_defaults_to_markdown_in_a_pipe(invoke, samples):
    result = ok(invoke("summarize", samples))
    out = result.stdout
    assert out.startswith("# Conflict digest\n")
    assert "## 2023-01-05" in out
    tables = md_tables(out)
    assert tables and tables[0][0] == ["Kind", "Figure", "What", "Whose", "Where", "Speaker", "Sources"]
    for heading in ("### Sources",):
        assert heading in out
    assert LIVE.name in out and WIRE.name in out
    assert "read " in result.stderr and " reports, skipped " in result.stderr


def test_summarize_is_the_same_when_the_collector_freezes_what_it_keeps(invoke, samples,
                                                                        monkeypatch):
    """Long runs freeze the merged records out of garbage collection every so many reports."""
    import gc

    from conflict_digest import cli
    plain = ok(invoke("summarize", samples, "--format", "json")).stdout
    monkeypatch.setattr(cli, "_FREEZE_EVERY", 1)
    try:
        frozen = ok(invoke("summarize", samples, "--format", "json")).stdout
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert frozen == plain


def test_summarize_json_contract(invoke, samples):
    data = json.loads(ok(invoke("summarize", samples, "--format", "json")).stdout)
    assert set(data) >= {"days", "skipped"}
    dates = [d["date"] for d in data["days"]]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and (None not in dates or dates[-1] is None)
    for day in data["days"]:
        assert set(day) >= {"date", "reports", "figures", "locations", "speakers", "claims"}
        for f in day["figures"]:
            assert set(f) >= FIGURE_CONTRACT | {"sources"}
        for loc in day["locations"]:
            assert set(loc) >= {"name", "mentions", "sources"}
        for s in day["speakers"]:
            assert set(s) >= {"name", "sources"}
        for c in day["claims"]:
            assert set(c) >= {"text", "speaker", "sources"}
    seed_day = next(d for d in data["days"] if d["date"] == "2023-01-05")
    names = {os.path.basename(r) for r in seed_day["reports"]}
    assert {LIVE.name, WIRE.name} <= names


def test_summarize_table_fits_100_columns_without_colour(invoke, samples):
    out = ok(invoke("summarize", samples, "--format", "table")).stdout
    assert "2023-01-05" in out and ESC not in out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "Figures" in out and "Sources" in out


def test_summarize_date_filters(invoke, samples):
    def dates(*args):
        out = ok(invoke("summarize", samples, "--format", "json", *args)).stdout
        return [d["date"] for d in json.loads(out)["days"]]

    assert dates("--date", "2023-01-05") == ["2023-01-05"]
    assert all(d is not None and d[:10] >= "2023-01-06"[:len(d)] for d in dates("--since", "2023-01-06"))
    until = dates("--until", "2023-01-05")
    assert "2023-01-05" in until and all(d is not None and d[:7] <= "2023-01" for d in until)
    month = dates("--date", "2023-01")
    assert "2023-01-05" in month and all(d.startswith("2023-01") for d in month)


def test_summarize_sector_filter(invoke, samples):
    data = json.loads(ok(invoke("summarize", samples, "--sector", "Bakhmut", "-f", "json")).stdout)
    assert data["days"]
    claims = [c for d in data["days"] for c in d["claims"]]
    assert claims and all("Bakhmut" in c["sectors"] for c in claims)
    assert all(loc["sector"] == "Bakhmut" for d in data["days"] for loc in d["locations"])
    assert any("offensive in the Bakhmut sector" in c["text"] for c in claims)


def test_summarize_sector_filter_in_markdown(invoke):
    out = ok(invoke("summarize", *SEEDS, "--sector", "artemivsk")).stdout
    md_tables(out)
    assert "**Bakhmut**" in out and "offensive in the Bakhmut sector" in out


# --- claims -------------------------------------------------------------------------------

def test_claims_default_is_tsv_in_a_pipe(invoke, samples):
    out = ok(invoke("claims", samples)).stdout
    rows = parse_csv(out, "\t")
    assert rows[0][:6] == ["date", "sectors", "places", "speaker", "figures", "text"]
    assert len(rows) > 1


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_claims_delimited_rows_all_have_the_header_width(invoke, samples, fmt):
    out = ok(invoke("claims", samples, "--format", fmt)).stdout
    rows = parse_csv(out, "\t" if fmt == "tsv" else ",")
    header = rows[0]
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@")), value
        assert row[header.index("date")] == "" or row[header.index("date")][:4].isdigit()


def test_claims_json_contract(invoke, samples):
    claims = claims_json(invoke, samples)
    assert isinstance(claims, list) and claims
    for c in claims:
        assert set(c) >= CLAIM_CONTRACT
        for f in c["figures"]:
            assert set(f) >= FIGURE_CONTRACT


def test_claims_jsonl(invoke, samples):
    out = ok(invoke("claims", samples, "--format", "jsonl")).stdout
    lines = parse_jsonl(out)
    assert lines and all(set(c) >= CLAIM_CONTRACT for c in lines)
    assert len(lines) == len(claims_json(invoke, samples))


def test_claims_markdown_and_table(invoke, samples):
    md = ok(invoke("claims", samples, "--format", "markdown")).stdout
    tables = md_tables(md)
    assert len(tables) == 1 and tables[0][0][0] == "Date"
    table = ok(invoke("claims", samples, "--format", "table")).stdout
    assert ESC not in table and max(len(line) for line in table.splitlines()) <= 100
    assert "Claim" in table


def test_claims_sector_filter(invoke, samples):
    claims = claims_json(invoke, samples, "--sector", "Bakhmut")
    assert claims and all("Bakhmut" in c["sectors"] for c in claims)
    assert any("offensive in the Bakhmut sector" in c["text"] for c in claims)


def test_claims_sector_alias(invoke, samples):
    assert claims_json(invoke, samples, "--sector", "artemivsk") == \
        claims_json(invoke, samples, "--sector", "Bakhmut")
    assert claims_json(invoke, samples, "--sector", "BAKHMUT")


def test_claims_unknown_sector_suggests_the_closest(invoke, samples):
    result = invoke("claims", samples, "--sector", "Bakmut")
    assert result.exit_code == 2, explain(result)
    assert "unknown sector 'Bakmut'" in result.stderr and "Bakhmut" in result.stderr
    assert "did you mean" in result.stderr
    assert result.stdout == ""
    no_traceback(result)


def test_claims_kind_filter(invoke, samples):
    claims = claims_json(invoke, *SEEDS, "--kind", "killed")
    assert claims
    assert all(any(f["kind"] == "killed" for f in c["figures"]) for c in claims)
    assert any(f["low"] == 800 for c in claims for f in c["figures"])


def test_claims_unknown_kind_exits_2(invoke, samples):
    result = invoke("claims", samples, "--kind", "slain")
    assert result.exit_code == 2
    assert "killed" in result.output and "wounded" in result.output


def test_claims_speaker_filter(invoke, samples):
    claims = claims_json(invoke, *SEEDS, "--speaker", "zelenskiy")
    assert claims
    assert all(c["speaker"] and "Zelensk" in c["speaker"] for c in claims)
    assert claims_json(invoke, *SEEDS, "--speaker", "no such person anywhere") == []


def test_claims_place_filter(invoke, samples):
    claims = claims_json(invoke, *SEEDS, "--place", "Bakhmut")
    assert claims and all("Bakhmut" in c["locations"] for c in claims)


@pytest.fixture
def three_wars(tmp_path):
    (tmp_path / "sudan.txt").write_text(
        "Date: 2025-05-06\n\nA drone strike on a market in Kassala killed 9 people, officials said.\n",
        encoding="utf-8")
    (tmp_path / "donetsk.txt").write_text(
        "Date: 2025-05-06\n\nShelling of Bakhmut killed 4 people, the governor said.\n", encoding="utf-8")
    (tmp_path / "kharkiv.txt").write_text(
        "Date: 2025-05-06\n\nA missile hit Kharkiv, wounding 12 people, the mayor said.\n", encoding="utf-8")
    return str(tmp_path)


@pytest.mark.parametrize("place, numbers", [
    ("Sudan", [9]),               # a country holds its towns
    ("Donetsk Oblast", [4]),      # a region holds its towns
    ("donetsk region", [4]),      # ... in any spelling the gazetteer knows
    ("Kharkiv", [12]),            # a town is itself
    ("Ukraine", [4, 12]),
])
def test_claims_place_filter_takes_the_places_within(invoke, three_wars, place, numbers):
    claims = claims_json(invoke, three_wars, "--place", place, "--no-cache")
    assert sorted(f["value"] for c in claims for f in c["figures"]) == numbers


def test_summarize_place_filter_cuts_each_day_to_the_place(invoke, three_wars):
    result = ok(invoke("summarize", three_wars, "--place", "Sudan", "--format", "json", "--no-cache"))
    digest = json.loads(result.stdout)
    (day,) = digest["days"]
    assert [f["value"] for f in day["figures"]] == [9]
    assert [p["name"] for p in day["locations"]] == ["Kassala"]
    assert [r.rsplit("/", 1)[-1] for r in day["reports"]] == ["sudan.txt"]


def test_a_place_the_gazetteer_does_not_know_is_matched_as_written(invoke, three_wars):
    result = ok(invoke("claims", three_wars, "--place", "Atlantis", "--format", "json", "--no-cache"))
    assert json.loads(result.stdout) == []
    assert "--place: 'Atlantis' is not in the gazetteer" in result.stderr


def test_claims_date_filters(invoke, samples):
    every = claims_json(invoke, samples)
    on_day = claims_json(invoke, samples, "--date", "2023-01-05")
    assert on_day and all(c["date"] == "2023-01-05" for c in on_day)
    since = claims_json(invoke, samples, "--since", "2023-01-06")
    assert all(c["date"] and c["date"] >= "2023-01-06"[:len(c["date"])] for c in since)
    until = claims_json(invoke, samples, "--until", "2023-01-05")
    assert all(c["date"] and c["date"][:10] <= "2023-01-05" for c in until)
    assert len(since) <= len(every) and len(until) <= len(every)
    assert not any(c["date"] is None for c in since + until)


@pytest.mark.parametrize("option", ["--date", "--since", "--until"])
def test_unreadable_date_exits_2(invoke, samples, option):
    result = invoke("claims", samples, option, "yesterdayish")
    assert result.exit_code == 2, explain(result)
    assert f"digest: {option}: cannot read 'yesterdayish' as a date" in result.stderr
    assert result.stdout == ""
    no_traceback(result)


def test_date_window_that_is_empty_exits_2(invoke, samples):
    result = invoke("summarize", samples, "--since", "2023-02-01", "--until", "2023-01-01")
    assert result.exit_code == 2 and "no day" in result.stderr


def test_combined_filters_narrow(invoke):
    claims = claims_json(invoke, *SEEDS, "--sector", "Bakhmut", "--date", "2023-01-05")
    assert all("Bakhmut" in c["sectors"] and c["date"] == "2023-01-05" for c in claims)


# --- extract ------------------------------------------------------------------------------

def test_extract_defaults_to_jsonl(invoke):
    out = ok(invoke("extract", *SEEDS)).stdout
    reports = parse_jsonl(out)
    assert len(reports) == 2 == len(out.splitlines())
    for r in reports:
        assert set(r) >= {"report", "date", "figures", "locations", "speakers"}
        assert r["date"] == "2023-01-05"
        for f in r["figures"]:
            assert set(f) >= FIGURE_CONTRACT | {"text"}
        for loc in r["locations"]:
            assert set(loc) >= {"name", "mentions"}
    assert {os.path.basename(r["report"]) for r in reports} == {LIVE.name, WIRE.name}


def test_extract_json_array_and_table(invoke, samples, tmp_path):
    data = json.loads(ok(invoke("extract", samples, "--format", "json")).stdout)
    assert isinstance(data, list) and len(data) >= 2
    # Copies under date-free names: the Report column wraps paths at widths that depend
    # on where the checkout lives, so only the Date column may show the date.
    copies = []
    for name, seed in (("live.txt", LIVE), ("wire.txt", WIRE)):
        (tmp_path / name).write_bytes(seed.read_bytes())
        copies.append(tmp_path / name)
    table = ok(invoke("extract", *copies, "--format", "table")).stdout
    assert table.split()[:5] == ["Report", "Date", "Figures", "Places", "Speakers"]
    assert table.count("2023-01-05") == 2 and ESC not in table
    assert max(len(line) for line in table.splitlines()) <= 100


def test_extract_rejects_a_format_it_does_not_have(invoke, samples):
    result = invoke("extract", samples, "--format", "markdown")
    assert result.exit_code == 2
    assert "table" in result.stderr and "jsonl" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_extract_delimited_gives_a_row_per_figure(invoke, samples, fmt):
    rows = parse_csv(ok(invoke("extract", samples, "--format", fmt)).stdout, "\t" if fmt == "tsv" else ",")
    header, body = rows[0], rows[1:]
    assert header[:3] == ["report", "date", "kind"] and header[-3:] == ["speaker", "places", "sentence"]
    reports = parse_jsonl(ok(invoke("extract", samples, "--format", "jsonl")).stdout)
    assert len(body) == sum(len(r["figures"]) for r in reports)
    first = reports[0]["figures"][0]
    row = dict(zip(header, body[0]))
    assert (row["report"], row["kind"], row["what"], row["text"]) == (
        reports[0]["report"], first["kind"], first["what"], first["text"])
    assert row["sentence"] and first["text"] in row["sentence"]


def test_extract_tsv_from_stdin_names_the_speaker(invoke):
    text = " date 2025-02-02 Shelling killed 4 civilians in Kupiansk, the governor said.\n"
    rows = parse_csv(ok(invoke("extract", "-", "--format", "tsv", input=text)).stdout, "\t")
    row = dict(zip(rows[0], rows[1]))
    assert (row["kind"], row["low"], row["what"], row["speaker"], row["places"]) == (
        "killed", "4", "civilian", "governor", "Kupiansk")


def test_extract_tsv_places_each_figure_at_its_own_places(invoke):
    text = " date 2025-02-02 Strikes killed 5 people in Kharkiv and 3 in Kherson, officials said.\n"
    rows = parse_csv(ok(invoke("extract", "-", "--format", "tsv", input=text)).stdout, "\t")
    assert [(row["low"], row["places"]) for row in (dict(zip(rows[0], r)) for r in rows[1:])] == [
        ("5", "Kharkiv"), ("3", "Kherson")]


def test_summarize_json_says_where_each_figure_is_and_markdown_shows_it(invoke):
    text = " date 2025-02-02 Strikes killed 5 people in Kharkiv and 3 in Kherson, officials said.\n"
    (day,) = json.loads(ok(invoke("summarize", "-", "--format", "json", input=text)).stdout)["days"]
    assert sorted((f["value"], f["places"]) for f in day["figures"]) == [(3, ["Kherson"]), (5, ["Kharkiv"])]
    table = md_tables(ok(invoke("summarize", "-", "--format", "markdown", input=text)).stdout)[0]
    where = table[0].index("Where")
    assert sorted((row[1], row[where]) for row in table[2:]) == [("3", "Kherson"), ("5", "Kharkiv")]


def test_extract_streams_one_line_per_report(invoke, monkeypatch):
    """Each line is written and flushed before the next report is even read."""
    import conflict_digest.pipeline as pipeline
    lines_written: list[int] = []
    real = pipeline.extract_paths

    def spy(*args, **kwargs):
        for item in real(*args, **kwargs):
            lines_written.append(sys.stdout.buffer.getvalue().count(b"\n"))
            yield item

    monkeypatch.setattr(pipeline, "extract_paths", spy)
    out = ok(invoke("extract", *SEEDS, "--format", "jsonl")).stdout
    assert len(parse_jsonl(out)) == 2
    assert lines_written == [0, 1]


# --- sectors ------------------------------------------------------------------------------

def test_sectors_default_tsv(invoke, samples):
    rows = parse_csv(ok(invoke("sectors", samples)).stdout, "\t")
    assert rows[0] == ["sector", "sector_mentions", "place", "mentions", "reports"]
    assert "Bakhmut" in {r[0] for r in rows[1:]}


def test_sectors_json_markdown_table(invoke, samples):
    data = json.loads(ok(invoke("sectors", samples, "--format", "json")).stdout)
    bakhmut = next(s for s in data if s["name"] == "Bakhmut")
    assert bakhmut["mentions"] > 0 and bakhmut["places"]
    assert all(set(p) >= {"name", "mentions", "sources"} for p in bakhmut["places"])
    mentions = [s["mentions"] for s in data]
    assert mentions == sorted(mentions, reverse=True)
    md = ok(invoke("sectors", samples, "--format", "markdown")).stdout
    assert md_tables(md)[0][0] == ["Sector", "Mentions", "Reports", "Places"]
    table = ok(invoke("sectors", samples, "--format", "table")).stdout
    assert "Bakhmut" in table and ESC not in table


# --- every command, every format ----------------------------------------------------------

FORMATS = {
    "summarize": ("table", "markdown", "json"),
    "claims": ("table", "markdown", "json", "jsonl", "csv", "tsv"),
    "extract": ("table", "json", "jsonl", "csv", "tsv"),
    "sectors": ("table", "markdown", "json", "tsv"),
}


def parse(fmt: str, out: str):
    if fmt == "json":
        return json.loads(out)
    if fmt == "jsonl":
        return parse_jsonl(out)
    if fmt in ("csv", "tsv"):
        return parse_csv(out, "\t" if fmt == "tsv" else ",")
    if fmt == "markdown":
        return md_tables(out)
    assert ESC not in out
    return out


@pytest.mark.parametrize("command,fmt", [(c, f) for c, fs in FORMATS.items() for f in fs])
def test_every_command_every_format_parses(invoke, samples, command, fmt):
    result = ok(invoke(command, samples, "--format", fmt))
    assert parse(fmt, result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_invalid_format_exits_2_naming_the_choices(invoke, samples, command):
    result = invoke(command, samples, "--format", "xml")
    assert result.exit_code == 2
    for choice in FORMATS[command]:
        assert f"'{choice}'" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_format_is_case_insensitive_and_short_flag(invoke, samples, command):
    ok(invoke(command, samples, "-f", "JSON"))


@pytest.mark.parametrize("command,piped", [("summarize", "markdown"), ("claims", "tsv"),
                                          ("extract", "jsonl"), ("sectors", "tsv")])
def test_default_format_on_a_terminal_is_a_table(invoke, monkeypatch, command, piped):
    import conflict_digest.cli as cli
    monkeypatch.setattr(cli, "_isatty", lambda stream: stream is sys.stdout)
    out = ok(invoke(command, *SEEDS)).stdout
    assert not out.startswith(("# Conflict digest", "{", "[", "date\t", "sector\t"))
    assert "─" in out  # a rich rule or table border
    assert ESC not in out  # the runner's stdout is no real terminal: no colour


def test_unknown_option_exits_2(invoke, samples):
    result = invoke("claims", samples, "--frobnicate")
    assert result.exit_code == 2 and "frobnicate" in result.stderr


def test_missing_path_argument_exits_2(invoke):
    assert invoke("claims").exit_code == 2


# --- stdin --------------------------------------------------------------------------------

def test_stdin_dash_reads_one_report(invoke):
    text = WIRE.read_text(encoding="utf-8")
    reports = parse_jsonl(ok(invoke("extract", "-", input=text)).stdout)
    assert len(reports) == 1 and reports[0]["date"] == "2023-01-05"
    claims = json.loads(ok(invoke("claims", "-", "--sector", "Bakhmut", "-f", "json",
                                  input=text)).stdout)
    assert any("offensive in the Bakhmut sector" in c["text"] for c in claims)


def test_stdin_together_with_files(invoke):
    text = WIRE.read_text(encoding="utf-8")
    reports = parse_jsonl(ok(invoke("extract", str(LIVE), "-", input=text)).stdout)
    assert len(reports) == 2


def test_stdin_after_a_file_of_its_day_merges_as_before_it(invoke):
    """'-' sorts before the file's path: its day is merged again, stdin kept from the first read."""
    text = WIRE.read_text(encoding="utf-8")
    before = ok(invoke("summarize", "-", str(LIVE), "-f", "json", input=text)).stdout
    after = ok(invoke("summarize", str(LIVE), "-", "-f", "json", input=text)).stdout
    assert after == before
    assert json.loads(after)["days"][0]["reports"] == ["-", str(LIVE)]


@pytest.mark.parametrize("command", ["summarize", "claims"])
@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_the_order_of_the_paths_given_changes_nothing(invoke, command, cache):
    in_order = ok(invoke(command, *SEEDS, "-f", "json", *cache)).stdout
    reversed_ = ok(invoke(command, *reversed(SEEDS), "-f", "json", *cache)).stdout
    assert reversed_ == in_order


# --- nothing readable, skipped files, --strict, --quiet ----------------------------------

def test_nonexistent_path_is_one_sentence_and_exit_1(invoke, monkeypatch, tmp_path):
    monkeypatch.delenv("DIGEST_DEBUG")
    missing = tmp_path / "nope"
    result = invoke("summarize", str(missing))
    assert result.exit_code == 1, explain(result)
    no_traceback(result)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [f"digest: no such file or directory: {missing}"]


def test_empty_folder_exits_1(invoke, tmp_path):
    result = invoke("claims", str(tmp_path))
    assert result.exit_code == 1
    assert f"digest: no readable reports in {tmp_path}" in result.stderr


def test_only_unreadable_files_exit_1_with_count(invoke, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "b.txt").write_bytes(b"")
    result = invoke("summarize", str(tmp_path))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""  # the digest's days are a stream: nothing is begun before one
    assert lines[0].startswith(f"digest: no readable reports in {tmp_path} (2 files skipped: ")
    assert "binary file" in lines[0] and "empty" in lines[0]


@pytest.fixture
def mixed(tmp_path):
    """A folder with the two seed reports and one binary file posing as a report."""
    for seed in (LIVE, WIRE):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "zz-broken.txt").write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    return tmp_path


def test_skipped_file_is_reported_and_summarised(invoke, mixed):
    result = ok(invoke("claims", str(mixed), "-f", "json"))
    assert json.loads(result.stdout)
    assert "zz-broken.txt" in result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("digest: read 2 reports, skipped 1 (")
    assert summary.endswith(": 1)")


def test_summarize_json_lists_skipped_files(invoke, mixed):
    data = json.loads(ok(invoke("summarize", str(mixed), "-f", "json")).stdout)
    assert [os.path.basename(s["path"]) for s in data["skipped"]] == ["zz-broken.txt"]
    assert data["skipped"][0]["reason"]


def test_strict_exits_1_after_the_output(invoke, mixed):
    result = invoke("claims", str(mixed), "--strict", "-f", "jsonl")
    assert result.exit_code == 1, explain(result)
    assert parse_jsonl(result.stdout)
    assert "--strict" in result.stderr
    ok(invoke("claims", *SEEDS, "--strict"))


def test_quiet_silences_stderr(invoke, mixed):
    result = ok(invoke("summarize", str(mixed), "--quiet"))
    assert result.stderr == ""
    assert ok(invoke("extract", str(mixed), "-q")).stderr == ""


def test_summary_line_for_a_clean_run(invoke):
    result = ok(invoke("extract", *SEEDS))
    assert result.stderr.strip().splitlines()[-1] == "digest: read 2 reports, skipped 0"


# --- gazetteer ----------------------------------------------------------------------------

def test_gazetteer_file_adds_a_sector(invoke, tmp_path):
    gaz = tmp_path / "extra.toml"
    gaz.write_text('[[sector]]\nname = "Testfront"\naliases = ["Test front line"]\n\n'
                   '[[place]]\nname = "Testville"\ntype = "village"\nsector = "Testfront"\n',
                   encoding="utf-8")
    assert invoke("claims", *SEEDS, "--sector", "Testfront").exit_code == 2
    result = ok(invoke("claims", *SEEDS, "--sector", "Testfront", "--gazetteer", str(gaz)))
    assert parse_csv(result.stdout, "\t")[0][0] == "date"


def test_unreadable_gazetteer_exits_2(invoke, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[place]\nname = ", encoding="utf-8")
    result = invoke("claims", *SEEDS, "--gazetteer", str(bad))
    assert result.exit_code == 2 and "--gazetteer" in result.stderr
    no_traceback(result)
    assert invoke("claims", *SEEDS, "--gazetteer", str(tmp_path / "none.toml")).exit_code == 2


# --- colour, errors, pipes ----------------------------------------------------------------

def test_no_color_even_when_colour_is_forced(invoke):
    coloured = ok(invoke("claims", *SEEDS, "-f", "table", env={"FORCE_COLOR": "1"})).stdout
    assert ESC in coloured
    plain = ok(invoke("claims", *SEEDS, "-f", "table",
                      env={"FORCE_COLOR": "1", "NO_COLOR": "1"})).stdout
    assert ESC not in plain
    assert "Bakhmut" in plain


def test_unexpected_error_is_one_sentence(invoke, monkeypatch):
    import conflict_digest.merge as merge

    def boom(*args, **kwargs):
        raise RuntimeError("merge exploded")

    monkeypatch.setattr(merge, "daily_digests", boom)
    monkeypatch.delenv("DIGEST_DEBUG")
    result = invoke("summarize", *SEEDS)
    assert result.exit_code == 1
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digest: unexpected error")
    assert "merge exploded" in lines[0]


def test_digest_debug_lets_the_exception_through(invoke, monkeypatch):
    import conflict_digest.merge as merge
    monkeypatch.setattr(merge, "daily_digests", lambda *a, **k: (_ for _ in ()).throw(
        RuntimeError("merge exploded")))
    result = invoke("summarize", *SEEDS)
    assert isinstance(result.exception, RuntimeError)


def test_broken_pipe_in_a_command_ends_quietly(invoke, monkeypatch):
    import conflict_digest.render as render

    def closed_pipe(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(render, "render_claims", closed_pipe)
    result = invoke("claims", *SEEDS)
    assert result.exit_code == 0, explain(result)
    no_traceback(result)


def test_closed_pipe_from_a_real_process_exits_0(tmp_path):
    """`digest claims samples/ | head -0`: the reader is gone before anything is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    with open(tmp_path / "stderr", "w+b") as err:
        proc = subprocess.run([sys.executable, "-m", "conflict_digest", "claims", *SEEDS],
                              stdout=write_end, stderr=err, cwd=REPO, timeout=120,
                              env={**os.environ, "DIGEST_DEBUG": ""})
        os.close(write_end)
        err.seek(0)
        stderr = err.read().decode()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_head_on_a_long_output_is_quiet(tmp_path):
    """A real `digest ... | head -1` with more output than a pipe buffer holds."""
    for i in range(40):
        shutil.copy(WIRE, tmp_path / f"{i:02d}-{WIRE.name}")
    cmd = f"{sys.executable} -m conflict_digest extract {tmp_path} --format jsonl -q | head -1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["date"] == "2023-01-05"


def test_progress_bar_on_a_terminal_stderr_does_not_disturb_output(invoke, monkeypatch,
                                                                   tmp_path):
    import conflict_digest.cli as cli
    for i in range(55):
        (tmp_path / f"{i:02d}.txt").write_text(
            f" date 2023-01-05 Report {i}\n\nFighting continued near Bakhmut.\n",
            encoding="utf-8")
    shown = []
    real_progress = cli.Run._rich_progress

    def spy(self):
        shown.append(True)
        return real_progress(self)

    monkeypatch.setattr(cli.Run, "_rich_progress", spy)
    monkeypatch.setattr(cli, "_isatty", lambda stream: stream is sys.stderr)
    result = ok(invoke("extract", str(tmp_path), "--format", "jsonl"))
    assert shown == [True]
    assert len(parse_jsonl(result.stdout)) == 55
    assert result.stderr.strip().splitlines()[-1] == "digest: read 55 reports, skipped 0"


# --- date windows -------------------------------------------------------------------------

def test_date_window_semantics():
    from conflict_digest.cli import _in_range, _span
    feb = (_span("2023-02")[0], _span("2023-02")[1])
    assert _in_range("2023-02-10", feb) and not _in_range("2023-03-01", feb)
    day = _span("2023-02-10")
    assert _in_range("2023-02", day)  # a month-only report overlaps any of its days
    assert not _in_range("2023-01", day)
    assert not _in_range("undated", day) and not _in_range(None, day)
    assert _in_range("undated", None)


@pytest.fixture
def month_and_day(tmp_path):
    (tmp_path / "month.txt").write_text(
        " date 2023-02 Monthly round-up:\nFighting continued around Bakhmut through February, "
        "the Ukrainian military said.\n", encoding="utf-8")
    shutil.copy(WIRE, tmp_path / WIRE.name)
    return tmp_path


@pytest.mark.parametrize("args,expected", [
    (("--date", "2023-02-10"), ["2023-02"]),
    (("--since", "2023-01-06"), ["2023-02"]),
    (("--until", "2023-02-01"), ["2023-01-05", "2023-02"]),
    (("--until", "2023-01-31"), ["2023-01-05"]),
    (("--date", "2023-01"), ["2023-01-05"]),
])
def test_month_only_reports_count_when_their_month_overlaps(invoke, month_and_day, args,
                                                            expected):
    data = json.loads(ok(invoke("summarize", str(month_and_day), "-f", "json", *args)).stdout)
    assert [d["date"] for d in data["days"]] == expected


# --- hostile report text end to end -------------------------------------------------------

@pytest.fixture
def hostile_folder(tmp_path):
    (tmp_path / "2023-01-05-hostile.txt").write_text(
        " date 2023-01-05 [bold red]Hostile[/] | report\n\n"
        "=HYPERLINK(\"http://x\") Ukraine's military said 800 Russian soldiers were killed "
        "near Bakhmut | [bold red]x[/] \x1b[31mred\x1b[0m @x +1 back\\slash.\n\n"
        "+1 \"The Bakhmut sector\tis | hot\", the Ukrainian military said on Thursday.\n",
        encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command,fmt", [(c, f) for c, fs in FORMATS.items() for f in fs])
def test_hostile_report_through_every_format(invoke, hostile_folder, command, fmt):
    out = ok(invoke(command, str(hostile_folder), "--format", fmt)).stdout
    assert ESC not in out
    parsed = parse(fmt, out)
    if fmt in ("csv", "tsv"):
        for row in parsed[1:]:
            assert not any(v.startswith(("=", "+", "-", "@")) for v in row), row
    if fmt == "table":
        if command in ("summarize", "claims"):
            assert "[/]" in out  # markup shown as text, not applied
