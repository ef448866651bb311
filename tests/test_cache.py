"""The extraction cache: hits on a second run, misses on changed files, --no-cache, corrupt
entries, an unwritable folder, invalidation by code and data, exact round trips."""
from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE_COUNT, SAMPLES, explain, parse_jsonl
from conflict_digest import cache as cache_module
from conflict_digest.cache import Cache, default_directory, encode, fingerprint
from conflict_digest.models import ExtractedReport
from conflict_digest.pipeline import Extractor, extract_paths
from helpers import SUDAN_GAZETTEER

pytestmark = pytest.mark.usefixtures("clean_env")

WIRE = SAMPLES / "2023-01-05-wire-800-russian-soldiers-killed.txt"
SUDAN = SUDAN_GAZETTEER


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The paths of the reports actually extracted (not read back from the cache)."""
    seen: list[str] = []
    real = Extractor.extract

    def counting(self, report):
        seen.append(report.path)
        return real(self, report)

    monkeypatch.setattr(Extractor, "extract", counting)
    return seen


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(SAMPLES, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def run(invoke, *args):
    result = invoke(*args)
    assert result.exit_code == 0, explain(result)
    return result


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json.gz"))


def test_the_test_suite_never_uses_the_home_cache():
    chosen = os.environ.get("DIGEST_CACHE_DIR", "")
    assert chosen and not Path(chosen).resolve().is_relative_to(
        Path.home() / ".cache"), chosen


def test_second_run_reads_every_report_back(invoke, cache_dir, reports, extractions):
    first = run(invoke, "extract", reports, "--format", "jsonl", "--jobs", "1").stdout
    assert len(extractions) == SAMPLE_COUNT
    assert len(entries(cache_dir)) == SAMPLE_COUNT
    extractions.clear()
    second = run(invoke, "extract", reports, "--format", "jsonl", "--jobs", "1").stdout
    assert extractions == []
    assert second == first


@pytest.mark.parametrize("command", ["summarize", "claims", "sectors"])
def test_cached_records_give_the_same_output(invoke, cache_dir, reports, command):
    fresh = run(invoke, command, reports, "--format", "json", "--no-cache").stdout
    run(invoke, command, reports, "--format", "json")
    cached = run(invoke, command, reports, "--format", "json").stdout
    assert cached == fresh


def test_records_round_trip_exactly(reports):
    for item in extract_paths([str(reports)]):
        record = json.loads(json.dumps(encode(item)))
        again = ExtractedReport.from_dict(record, report=item.report)
        assert again == item
        assert again.as_dict() == item.as_dict()


def test_a_changed_file_is_extracted_again(invoke, cache_dir, reports, extractions):
    run(invoke, "extract", reports, "--format", "jsonl")
    target = reports / WIRE.name
    target.write_text(target.read_text(encoding="utf-8").replace("800", "900"),
                      encoding="utf-8")
    extractions.clear()
    out = parse_jsonl(run(invoke, "extract", reports, "--format", "jsonl").stdout)
    assert extractions == [str(target)]
    wire = next(r for r in out if r["report"] == str(target))
    assert any(f["value"] == 900 for f in wire["figures"])
    assert not any(f["value"] == 800 for f in wire["figures"])


def test_a_folder_that_grew_extracts_only_the_new_report(invoke, cache_dir, reports,
                                                          extractions):
    run(invoke, "summarize", reports, "--format", "json")
    new = reports / "2023-01-10-wire-new-day.txt"
    new.write_text(" date 2023-01-10 Shelling of Kherson\n\nRussian shelling killed three "
                   "people in Kherson on Tuesday, the regional governor said.\n",
                   encoding="utf-8")
    extractions.clear()
    run(invoke, "summarize", reports, "--format", "json")
    assert extractions == [str(new)]


def test_same_content_at_another_path_takes_the_current_path(invoke, cache_dir, reports,
                                                             extractions, tmp_path):
    run(invoke, "extract", reports, "--format", "jsonl")
    moved = tmp_path / "elsewhere" / WIRE.name
    moved.parent.mkdir()
    shutil.copy(WIRE, moved)
    extractions.clear()
    record = parse_jsonl(run(invoke, "extract", moved, "--format", "jsonl").stdout)[0]
    assert extractions == []
    assert record["report"] == str(moved)
    assert record["claims"] and all(c["sources"] == [str(moved)] for c in record["claims"])


def test_the_same_text_dated_by_another_file_name_is_not_shared(invoke, cache_dir, tmp_path,
                                                                 extractions):
    text = "Russian shelling killed three people in Kherson on Tuesday, officials said.\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = tmp_path / "a" / "2023-01-05-report.txt"
    second = tmp_path / "b" / "2023-02-07-report.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    run(invoke, "extract", first, "--format", "jsonl")
    extractions.clear()
    record = parse_jsonl(run(invoke, "extract", second, "--format", "jsonl").stdout)[0]
    assert extractions == [str(second)]
    assert record["date"] == "2023-02-07"
    assert record["claims"] and all(c["date"].startswith("2023-0") and
                                    not c["date"].startswith("2023-01")
                                    for c in record["claims"])


def test_no_cache_neither_reads_nor_writes(invoke, cache_dir, reports, extractions):
    run(invoke, "extract", reports, "--format", "jsonl", "--no-cache")
    assert not cache_dir.exists()
    run(invoke, "extract", reports, "--format", "jsonl")
    extractions.clear()
    run(invoke, "extract", reports, "--format", "jsonl", "--no-cache")
    assert len(extractions) == SAMPLE_COUNT


@pytest.mark.parametrize("damage", [
    b"", b"\xff\xfe\x00binary", b"{not gzip}", gzip.compress(b"")[:10],
    gzip.compress(b"{not json"), gzip.compress(b'{"format": 1}'), gzip.compress(b"[1, 2, 3]"),
    gzip.compress(b'{"format": 1, "key": "wrong", "record": {}}'),
])
def test_a_corrupt_entry_is_extracted_again_and_rewritten(invoke, cache_dir, reports,
                                                          extractions, damage):
    fresh = run(invoke, "extract", reports, "--format", "jsonl").stdout
    stored = entries(cache_dir)
    for path in stored:
        path.write_bytes(damage)
    extractions.clear()
    result = run(invoke, "extract", reports, "--format", "jsonl")
    assert result.stdout == fresh
    assert len(extractions) == SAMPLE_COUNT
    assert "Traceback" not in result.stderr
    assert all(json.loads(gzip.decompress(p.read_bytes()))["format"] == cache_module.FORMAT
               for p in stored)


def test_an_entry_with_the_right_key_but_a_broken_record_is_ignored(invoke, cache_dir,
                                                                    reports, extractions):
    fresh = run(invoke, "extract", reports, "--format", "jsonl").stdout
    for path in entries(cache_dir):
        entry = json.loads(gzip.decompress(path.read_bytes()))
        entry["record"]["claims"] = [{"no": "text"}]
        path.write_bytes(gzip.compress(json.dumps(entry).encode()))
    extractions.clear()
    assert run(invoke, "extract", reports, "--format", "jsonl").stdout == fresh
    assert len(extractions) == SAMPLE_COUNT


def test_an_unwritable_cache_warns_once_and_goes_on(invoke, monkeypatch, tmp_path, reports):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(blocker / "cache"))
    fresh = run(invoke, "extract", reports, "--format", "jsonl", "--no-cache").stdout
    result = run(invoke, "extract", reports, "--format", "jsonl")
    assert result.stdout == fresh
    warnings = [line for line in result.stderr.splitlines() if "cannot write" in line]
    assert len(warnings) == 1, result.stderr
    assert "Not a directory" in warnings[0] and "continuing without it" in warnings[0]


def test_writes_leave_no_temporary_files(invoke, cache_dir, reports):
    run(invoke, "extract", reports, "--format", "jsonl")
    assert not [p for p in cache_dir.rglob("*") if p.name.startswith(".tmp")]


def test_a_gazetteer_file_gets_its_own_cache(invoke, cache_dir, reports, tmp_path,
                                             extractions):
    run(invoke, "extract", reports, "--format", "jsonl")
    sudan = tmp_path / "sudan.toml"
    sudan.write_text(SUDAN, encoding="utf-8")
    extractions.clear()
    run(invoke, "extract", reports, "--format", "jsonl", "--gazetteer", sudan)
    assert len(extractions) == SAMPLE_COUNT
    extractions.clear()
    run(invoke, "extract", reports, "--format", "jsonl", "--gazetteer", sudan)
    assert extractions == []
    sudan.write_text(SUDAN.replace("Al-Fashir", "Al Fasher"), encoding="utf-8")
    run(invoke, "extract", reports, "--format", "jsonl", "--gazetteer", sudan)
    assert len(extractions) == SAMPLE_COUNT


def test_fingerprint_covers_code_data_and_user_files(tmp_path, monkeypatch):
    package = tmp_path / "conflict_digest"
    (package / "data").mkdir(parents=True)
    (package / "figures.py").write_text("RULE = 1\n")
    (package / "data" / "numbers.toml").write_text("a = 1\n")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    user = tmp_path / "user.csv"
    user.write_text("name\n")
    base = fingerprint([user])
    assert fingerprint([user]) == base
    (package / "figures.py").write_text("RULE = 2\n")
    code_changed = fingerprint([user])
    (package / "data" / "numbers.toml").write_text("a = 2\n")
    data_changed = fingerprint([user])
    user.write_text("name\nx\n")
    user_changed = fingerprint([user])
    assert len({base, code_changed, data_changed, user_changed}) == 4
    assert fingerprint([]) != user_changed


def test_a_new_fingerprint_prunes_the_least_recently_used_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "KEEP", 2)
    root = tmp_path / "cache"
    for age, name in enumerate(["a" * 24, "b" * 24, "c" * 24]):
        (root / name / "ab").mkdir(parents=True)
        (root / name / "ab" / "cd.json.gz").write_bytes(b"x")
        os.utime(root / name, (1000 + age, 1000 + age))
    (root / "not-ours").mkdir()
    Cache.open(directory=root)
    assert sorted(p.name for p in root.iterdir()) == ["b" * 24, "c" * 24, "not-ours"]
    current = Cache.open(directory=root)  # the folder in use is only touched
    current.put("ab" * 32, next(iter(extract_paths([str(WIRE)]))))
    Cache.open(directory=root)
    assert {p.name for p in root.iterdir()} == {"b" * 24, "c" * 24, current.directory.name,
                                                "not-ours"}
    assert Cache.open(directory=root / "missing" / "deeper").hits == 0  # no folder: no error


def test_the_real_fingerprint_reads_the_shipped_data():
    assert fingerprint() == fingerprint()
    assert len(fingerprint()) == 64


def test_default_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_directory() == tmp_path / "mine"
    monkeypatch.delenv("DIGEST_CACHE_DIR")
    assert default_directory() == tmp_path / "xdg" / "conflict-digest"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert default_directory() == Path.home() / ".cache" / "conflict-digest"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_directory() == Path.home() / ".cache" / "conflict-digest"


def test_library_cache_counts_hits_and_misses(tmp_path):
    code = fingerprint()  # once: other work on the code must not change it between runs
    cache = Cache(tmp_path / "c", code)
    first = list(extract_paths([str(SAMPLES)], cache=cache))
    assert (cache.hits, cache.misses) == (0, SAMPLE_COUNT)
    again = Cache(tmp_path / "c", code)
    second = list(extract_paths([str(SAMPLES)], cache=again))
    assert (again.hits, again.misses) == (SAMPLE_COUNT, 0)
    assert [r.as_dict() for r in first] == [r.as_dict() for r in second]
    assert [r.report for r in first] == [r.report for r in second]  # texts included


def test_an_infinite_figure_comes_back_from_the_cache(tmp_path):
    """An entry holding an infinite number says Infinity, which only the standard library's
    JSON reader takes: it is still read back, not taken for a broken entry."""
    from conflict_digest.models import Figure, Report
    report = Report(path="huge.txt", text="Losses were beyond counting.", date="2023-03-01")
    huge = Figure(value=float("inf"), low=float("inf"), high=float("inf"), approx=False,
                  kind="money", what="dollar", text="countless dollars")
    record = ExtractedReport(report=report, figures=[huge], locations=[], speakers=[], claims=[])
    cache = Cache(tmp_path / "c", fingerprint())
    key = cache.key(report)
    assert cache.put(key, record) is None
    assert cache.get(key, report) == record and cache.hits == 1
