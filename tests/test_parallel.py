"""--jobs: extraction in worker processes gives exactly the output of one process, in order,
streaming, with skipped files in place; and `digest --version` stays cheap."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_COUNT, SAMPLES, explain, parse_jsonl
from conflict_digest import pipeline
from conflict_digest.cache import Cache, fingerprint
from conflict_digest.merge import by_day
from conflict_digest.models import Skipped
from conflict_digest.pipeline import Extractor, extract_paths
from helpers import SUDAN_GAZETTEER

pytestmark = pytest.mark.usefixtures("clean_env")

SUDAN = SUDAN_GAZETTEER
SUDAN_REPORT = (" date 2023-05-02 Fighting in Darfur\n\nAt least 12 people were killed in "
                "shelling of Al-Fashir, the governor said. Fighting continued near El Fasher.\n")


@pytest.fixture
def always_parallel(monkeypatch):
    """Workers even for the ten samples (normally under 50 reports stay in-process)."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_REPORTS", 1)


@pytest.fixture
def forked(monkeypatch):
    """Workers forked from the test process, so they see its monkeypatches."""
    import multiprocessing
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(pipeline, "_mp_context", lambda: multiprocessing.get_context("fork"))


MIXED_REPORTS = 3 * SAMPLE_COUNT
MIXED_FILES = MIXED_REPORTS + 2 * 3  # a binary and an empty file per copy


@pytest.fixture
def mixed(tmp_path) -> Path:
    """The samples, each three times under other names, with unreadable files among them
    (MIXED_REPORTS readable, MIXED_FILES in all)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for copy in range(3):
        for path in sorted(SAMPLES.iterdir()):
            shutil.copy(path, folder / f"{copy}-{path.name}")
            (folder / f"{copy}-{path.name}").chmod(0o644)
        (folder / f"{copy}-a-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        (folder / f"{copy}-empty.txt").write_text("")
    return folder


def as_dicts(items) -> list:
    return [(i.path, i.reason) if isinstance(i, Skipped) else i.as_dict() for i in items]


def run(invoke, *args, **kwargs):
    result = invoke(*args, **kwargs)
    assert result.exit_code == 0, explain(result)
    return result


def test_library_output_is_the_same_with_two_workers(always_parallel, mixed):
    one = as_dicts(extract_paths([str(mixed)], jobs=1))
    two = as_dicts(extract_paths([str(mixed)], jobs=2))
    assert two == one
    assert len(one) == MIXED_FILES
    skipped = [i for i, item in enumerate(one) if isinstance(item, tuple)]
    assert len(skipped) == 6  # in their places, not moved to the end


@pytest.mark.parametrize("jobs", [1, 2])
def test_by_day_gives_skipped_files_first_then_reports_by_day_and_path(always_parallel, mixed, jobs):
    items = list(extract_paths([str(mixed)], jobs=jobs, by_day=True))
    assert [i.path for i in items[:6]] == sorted(i.path for i in items if isinstance(i, Skipped))
    reports = items[6:]
    assert not any(isinstance(i, Skipped) for i in reports)
    assert [by_day(i) for i in reports] == sorted(by_day(i) for i in reports)
    assert len({i.report.date for i in reports}) > 1
    as_read = {i.report.path: i for i in extract_paths([str(mixed)], jobs=1)
               if not isinstance(i, Skipped)}
    assert as_dicts(reports) == as_dicts(as_read[i.report.path] for i in reports)


def _report_on(day: str, killed: int) -> str:
    return f" date {day} Shelling\n\nShelling killed {killed} people in Kherson, officials said.\n"


@pytest.mark.parametrize("jobs, cached", [(1, False), (1, True), (2, False), (2, True)])
def test_by_day_reads_each_file_again_when_its_turn_comes(always_parallel, monkeypatch, tmp_path,
                                                          jobs, cached):
    """Every file is dated first, then let go (only its path and day are kept) and read again
    to be extracted: what it says then is what is extracted, if its day is the same; a file
    whose day changed in between, or that is gone, is skipped and named."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, day in [("a.txt", "2024-03-01"), ("b.txt", "2024-03-02"), ("c.txt", "2024-03-03"),
                      ("d.txt", "2024-03-04")]:
        (folder / name).write_text(_report_on(day, 3))
    dated = pipeline._in_day_order

    def edited_once_dated(items):
        in_order = list(dated(items))
        (folder / "b.txt").write_text(_report_on("2024-03-02", 7))  # same day, new text
        (folder / "c.txt").write_text(_report_on("2024-02-28", 3))  # a day already past
        (folder / "d.txt").unlink()
        return iter(in_order)

    monkeypatch.setattr(pipeline, "_in_day_order", edited_once_dated)
    cache = Cache(tmp_path / "cache", fingerprint()) if cached else None
    a, b, c, d = extract_paths([str(folder)], jobs=jobs, by_day=True, cache=cache)
    assert [f.value for f in a.figures] == [3] and [f.value for f in b.figures] == [7]
    assert (c.path, c.reason) == (str(folder / "c.txt"), "changed while being read")
    assert (d.path, d.reason) == (str(folder / "d.txt"), "no such file or directory")
    if cached:
        assert (cache.hits, cache.misses) == (0, 2)


def test_by_day_keeps_no_report_text_while_dating(mixed):
    """Between the dating pass and extraction a file's report is a path and a day, not its
    text: memory holds no year of texts. Only stdin's, which cannot be read twice, is kept."""
    from conflict_digest.reader import read_reports
    with open(SAMPLES / sorted(p.name for p in SAMPLES.iterdir())[0], "rb") as stdin:
        items = list(pipeline._in_day_order(read_reports(["-", str(mixed)], stdin=stdin)))
    waiting = [i for i in items if not isinstance(i, Skipped)]
    kept = [i for i in waiting if not isinstance(i, pipeline._Reread)]
    assert [i.path for i in kept] == ["-"] and len(waiting) == MIXED_REPORTS + 1
    assert all(set(vars(i)) == {"path", "order"} for i in waiting if i not in kept)


def test_reports_are_extracted_in_the_workers(always_parallel, forked, monkeypatch, mixed):
    in_parent: list[str] = []
    real = Extractor.extract

    def counting(self, report):
        in_parent.append(report.path)  # a forked worker counts in its own memory
        return real(self, report)

    monkeypatch.setattr(Extractor, "extract", counting)
    items = list(extract_paths([str(mixed)], jobs=2))
    assert len(items) == MIXED_FILES and in_parent == []
    list(extract_paths([str(mixed)], jobs=1))
    assert len(in_parent) == MIXED_REPORTS


def test_few_reports_stay_in_process(monkeypatch):
    started = []
    monkeypatch.setattr(pipeline._Extraction, "_with_workers",
                        lambda self, found, jobs: started.append(jobs) or iter(()))
    assert len(list(extract_paths([str(SAMPLES)], jobs=2))) == SAMPLE_COUNT
    assert started == []


def test_sixty_reports_use_the_workers_without_patching(monkeypatch, tmp_path):
    for i in range(6):
        for path in SAMPLES.iterdir():
            shutil.copy(path, tmp_path / f"{i}-{path.name}")
    started = []
    real = pipeline._Extraction._with_workers

    def spy(self, found, jobs):
        started.append(jobs)
        return real(self, found, jobs)

    monkeypatch.setattr(pipeline._Extraction, "_with_workers", spy)
    two = as_dicts(extract_paths([str(tmp_path)], jobs=2))
    assert started == [2]
    assert two == as_dicts(extract_paths([str(tmp_path)], jobs=1))


@pytest.mark.parametrize("command,fmt", [
    ("extract", "jsonl"), ("extract", "json"), ("summarize", "json"), ("claims", "json"),
    ("claims", "tsv"), ("sectors", "json"),
])
def test_cli_output_is_the_same_for_one_and_two_jobs(invoke, always_parallel, command, fmt):
    one = run(invoke, command, SAMPLES, "--format", fmt, "--jobs", "1", "--no-cache")
    two = run(invoke, command, SAMPLES, "--format", fmt, "--jobs", "2", "--no-cache")
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_cli_jobs_with_the_cache_filling_and_hit(invoke, always_parallel, monkeypatch,
                                                 tmp_path, mixed):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "cache"))
    plain = run(invoke, "summarize", mixed, "--format", "json", "--jobs", "1", "--no-cache")
    filling = run(invoke, "summarize", mixed, "--format", "json", "--jobs", "2")
    assert len(list((tmp_path / "cache").rglob("*.json.gz"))) == SAMPLE_COUNT  # 3 copies of each
    hit = run(invoke, "summarize", mixed, "--format", "json", "--jobs", "2")
    assert filling.stdout == plain.stdout == hit.stdout


def test_workers_that_cannot_write_the_cache_warn_once(invoke, always_parallel, monkeypatch,
                                                       tmp_path, mixed):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(blocker / "cache"))
    result = run(invoke, "extract", mixed, "--format", "jsonl", "--jobs", "2")
    assert len(parse_jsonl(result.stdout)) == MIXED_REPORTS
    assert result.stderr.count("cannot write the cache") == 1, result.stderr


def test_spawned_workers_load_the_same_gazetteer(invoke, always_parallel, monkeypatch,
                                                 tmp_path):
    """Without fork (macOS, Windows, or threads running) workers start afresh and load the
    extractor from the --gazetteer files themselves."""
    import multiprocessing
    monkeypatch.setattr(pipeline, "_mp_context", lambda: multiprocessing.get_context("spawn"))
    sudan = tmp_path / "sudan.toml"
    sudan.write_text(SUDAN, encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(4):
        (reports / f"darfur-{i}.txt").write_text(SUDAN_REPORT, encoding="utf-8")
    args = ("claims", reports, "--gazetteer", sudan, "--sector", "Darfur", "--format", "json",
            "--no-cache")
    one = run(invoke, *args, "--jobs", "1")
    two = run(invoke, *args, "--jobs", "2")
    assert two.stdout == one.stdout
    assert json.loads(one.stdout) and "El Fasher" in one.stdout


def test_spawned_workers_encode_the_same_json_lines(invoke, always_parallel, monkeypatch):
    """Spawned workers receive `extract`'s line encoder by reference, as forked ones do."""
    import multiprocessing
    monkeypatch.setattr(pipeline, "_mp_context", lambda: multiprocessing.get_context("spawn"))
    args = ("extract", str(SAMPLES), "--format", "jsonl", "--no-cache")
    assert run(invoke, *args, "--jobs", "2").stdout == run(invoke, *args, "--jobs", "1").stdout


def test_an_error_in_a_worker_reaches_the_caller(always_parallel, forked, monkeypatch, mixed):
    real = Extractor.extract

    def failing(self, report):
        if "wire-dateline" in report.path:
            raise RuntimeError("extractor exploded")
        return real(self, report)

    monkeypatch.setattr(Extractor, "extract", failing)  # forked workers have it too
    with pytest.raises(RuntimeError, match="extractor exploded"):
        list(extract_paths([str(mixed)], jobs=2))


def test_workers_are_gone_after_a_run(always_parallel, mixed):
    import threading
    list(extract_paths([str(mixed)], jobs=2))
    assert threading.active_count() == 1
    if sys.platform.startswith("linux"):
        assert pipeline._mp_context().get_start_method() == "fork"


def test_workers_stream_with_bounded_read_ahead(always_parallel, monkeypatch, tmp_path):
    for i in range(300):
        (tmp_path / f"{i:03d}.txt").write_text(
            f" date 2023-01-05 Report {i}\n\nFighting continued near Bakhmut, where {i + 2} "
            "soldiers were killed, the military said.\n", encoding="utf-8")
    pulled = []
    real = pipeline.read_reports

    def counting(*args, **kwargs):
        for item in real(*args, **kwargs):
            pulled.append(item)
            yield item

    monkeypatch.setattr(pipeline, "read_reports", counting)
    items = extract_paths([str(tmp_path)], jobs=2)
    first = next(items)
    assert first.report.path.endswith("000.txt")
    bound = 2 * pipeline.TASKS_PER_WORKER * pipeline.CHUNK * 2 + 1
    assert len(pulled) <= bound < 300
    rest = list(items)
    assert [r.report.path[-7:] for r in [first, *rest]] == [f"{i:03d}.txt" for i in range(300)]


def test_stdin_is_read_in_the_parent_with_jobs(invoke, always_parallel):
    text = SAMPLES.joinpath("2023-01-05-wire-800-russian-soldiers-killed.txt").read_bytes()
    args = ("extract", "-", str(SAMPLES), "--format", "jsonl", "--no-cache")
    one = run(invoke, *args, "--jobs", "1", input=text)
    two = invoke(*args, "--jobs", "2", input=text)
    assert two.exit_code == 0, explain(two)
    records = parse_jsonl(two.stdout)
    assert records[0]["report"] == "-" and len(records) == SAMPLE_COUNT + 1
    assert two.stdout == one.stdout


def report_summary(extracted) -> tuple:
    """A module-level `then`, so workers can receive it."""
    return (extracted.report.path, len(extracted.figures), len(extracted.claims))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("cached", [False, True])
def test_then_is_applied_to_every_extraction_and_nothing_else(always_parallel, tmp_path, mixed,
                                                              jobs, cached):
    """In the workers, in process and on cache hits alike; skipped files pass as they are."""
    expected = [i if isinstance(i, Skipped) else report_summary(i)
                for i in extract_paths([str(mixed)])]
    for _ in range(2 if cached else 1):  # with a cache: filled, then read back
        cache = Cache(tmp_path / "c", fingerprint()) if cached else None
        assert list(extract_paths([str(mixed)], jobs=jobs, cache=cache,
                                  then=report_summary)) == expected
    assert not cached or cache.hits == MIXED_REPORTS


def test_jobs_must_be_positive(invoke):
    result = invoke("extract", str(SAMPLES), "--jobs", "0")
    assert result.exit_code == 2


def test_library_cache_with_workers(always_parallel, tmp_path, mixed):
    code = fingerprint()
    cache = Cache(tmp_path / "c", code)
    first = as_dicts(extract_paths([str(mixed)], jobs=2, cache=cache))
    again = Cache(tmp_path / "c", code)
    second = as_dicts(extract_paths([str(mixed)], jobs=2, cache=again))
    assert first == second == as_dicts(extract_paths([str(mixed)]))
    assert again.hits == MIXED_REPORTS and again.misses == 0


def test_cached_reports_are_read_back_in_the_workers(always_parallel, forked, monkeypatch,
                                                     tmp_path, mixed):
    code = fingerprint()
    list(extract_paths([str(mixed)], jobs=1, cache=Cache(tmp_path / "c", code)))
    in_parent: list[str] = []
    real = Cache.get

    def counting(self, key, report):
        in_parent.append(report.path)  # a forked worker counts in its own memory
        return real(self, key, report)

    monkeypatch.setattr(Cache, "get", counting)
    monkeypatch.setattr(Extractor, "extract", lambda self, report: pytest.fail("not read back"))
    again = Cache(tmp_path / "c", code)
    items = list(extract_paths([str(mixed)], jobs=2, cache=again))
    assert len(items) == MIXED_FILES and in_parent == []
    assert (again.hits, again.misses) == (MIXED_REPORTS, 0)


# --- start-up -----------------------------------------------------------------------------

def test_the_cli_module_imports_no_heavy_module():
    code = ("import sys, conflict_digest.cli; heavy = ['conflict_digest.pipeline', "
            "'conflict_digest.cache', 'conflict_digest.figures', 'multiprocessing', "
            "'concurrent.futures', 'regex', 'dateutil', 'rich.progress']; "
            "print([m for m in heavy if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, check=True).stdout
    assert out.strip() == "[]"


def test_version_starts_quickly():
    """Under 0.3 s on an idle machine (see bench/); the bound here leaves room for a busy CI."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "conflict_digest", "--version"], check=True,
                       capture_output=True, cwd=REPO)
        best = min(best, time.perf_counter() - start)
    assert best < 1.0
