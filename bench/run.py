"""Benchmark: how fast `digest` reads a year of reports, next to the floor.

    python bench/run.py                      # 1,000, 10,000 and 50,000 reports: `make bench`
    python bench/run.py --sizes 50000 --jobs 2 --no-generate
    python bench/run.py --sizes 1000 --profile

For each size it generates (once; see corpus.py) a corpus under bench/out/, then runs each
command as a fresh subprocess with stdout to /dev/null and measures wall time, MB/s,
reports/s and peak memory (ru_maxrss from os.wait4: the largest single process, workers
included). The floor is a Python process that only reads the same files and runs one trivial
regex over them; the last column is each run's time over the floor's.

Every command runs three ways: with --no-cache (a first run over new reports), then extract
with an empty cache (which fills it), then each command again with the cache full (a re-run
over the same folder). The cache lives in bench/out/cache-N, never in your home folder.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is not a package)

OUT = HERE / "out"
DEFAULT_SIZES = (1000, 10000, 50000)
REPORT_SUFFIXES = (".txt", ".md", ".txt.gz", ".md.gz")

FLOOR = r"""
import gzip, os, re, sys
number = re.compile(r"\d+")
found = 0
for root, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(files):
        if name.startswith("."):
            continue
        with open(os.path.join(root, name), "rb") as fh:
            data = fh.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        found += len(number.findall(data.decode("utf-8", "replace")))
print(found)
"""


@dataclass
class Result:
    label: str
    cache: str
    wall: float
    peak_mb: float
    status: int  # exit code; TIMED_OUT, SKIPPED
    note: str = ""


TIMED_OUT = -1000
SKIPPED = -1001


def digest_command() -> list[str]:
    script = Path(sys.executable).parent / "digest"
    return [str(script)] if script.exists() else [sys.executable, "-m", "conflict_digest"]


def measure(argv: list[str], env: dict, stderr_path: Path, timeout: float = 0
            ) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit status of one fresh process, stdout discarded;
    after `timeout` seconds (if any) its process group (workers too) is killed: TIMED_OUT."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, str(stderr_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                0o644)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
    killed = []

    def kill() -> None:
        killed.append(True)
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    try:
        _, status, usage = os.wait4(pid, 0)
    finally:
        if timer:
            timer.cancel()
    wall = time.perf_counter() - start
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, peak, TIMED_OUT if killed else os.waitstatus_to_exitcode(status)


def corpus_size(folder: Path) -> tuple[int, int]:
    count = total = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith("."):
                count += 1
                total += os.path.getsize(os.path.join(root, name))
    return count, total


def bench_size(size: int, args, log, too_slow: set) -> tuple[list[Result], int, int]:
    """One corpus: the floor, then every command without cache, with an empty cache, with a
    full one. A run that took too long is skipped at the larger sizes (`too_slow`)."""
    folder = OUT / f"reports-{size}"
    if args.no_generate:
        if not folder.is_dir():
            sys.exit(f"run.py: {folder} does not exist; run without --no-generate first")
    else:
        start = time.perf_counter()
        corpus.generate(OUT, size, args.seed, log=log)
        log(f"  corpus ready in {time.perf_counter() - start:.1f} s")
    count, total = corpus_size(folder)
    cache_dir = OUT / f"cache-{size}"
    env = {**os.environ, "DIGEST_CACHE_DIR": str(cache_dir)}
    env.pop("DIGEST_DEBUG", None)
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    digest = digest_command()
    commands = [
        ("extract --format jsonl", ["extract", str(folder), "--format", "jsonl"]),
        ("summarize --format json", ["summarize", str(folder), "--format", "json"]),
        ("claims --sector Bakhmut --format tsv",
         ["claims", str(folder), "--sector", "Bakhmut", "--format", "tsv"]),
    ]
    runs = [("floor: read + one regex", "", [sys.executable, "-c", FLOOR, str(folder)])]
    runs += [(label, "off", digest + argv + jobs + ["--no-cache"]) for label, argv in commands]
    runs += [(commands[0][0], "cold", digest + commands[0][1] + jobs)]
    runs += [(label, "warm", digest + argv + jobs) for label, argv in commands]
    results = []
    for label, cache, argv in runs:
        if (label, cache) in too_slow:
            results.append(Result(label, cache, 0, 0, SKIPPED, SLOW_AT[label, cache]))
            log(f"  {label:<38} cache {cache or '-':<5} skipped: {results[-1].note}")
            continue
        if cache == "cold":
            shutil.rmtree(cache_dir, ignore_errors=True)
        stderr_path = OUT / f"stderr-{size}.txt"
        before = cache_entries(cache_dir)
        limit = args.timeout * max(1, count / 1000)
        wall, peak, status = measure(argv, env, stderr_path, limit)
        note = ""
        if cache == "warm" and cache_entries(cache_dir) != before:
            # the code or data changed since the cold run (the fingerprint covers them)
            note = f"{cache_entries(cache_dir) - before} cache misses"
        if status == TIMED_OUT:
            note = f"over {limit:g} s, stopped"
            too_slow.add((label, cache))
            SLOW_AT[label, cache] = f"over {args.timeout:g} s per 1,000 reports at {count:,}"
        elif status:
            note = f"exit {status}: {stderr_path.read_text()[-300:].strip()}"
        results.append(Result(label, cache, wall, peak, status, note))
        log(f"  {label:<38} cache {cache or '-':<5} {wall:8.2f} s {peak:7.0f} MB"
            + (f"  {note}" if note else ""))
    return results, count, total


SLOW_AT: dict[tuple[str, str], str] = {}


def cache_entries(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))



def table(all_results: list[tuple[int, list[Result], int, int]]) -> str:
    lines = ["| reports | MB | command | cache | wall s | MB/s | reports/s | peak MB | x floor |",
             "|---:|---:|---|---|---:|---:|---:|---:|---:|"]
    for size, results, count, total in all_results:
        floor = results[0].wall
        mb = total / 1e6
        for r in results:
            if r.status in (TIMED_OUT, SKIPPED):
                peak = f"{r.peak_mb:.0f}" if r.status == TIMED_OUT else ""
                lines.append(f"| {count:,} | {mb:.1f} | {r.label} | {r.cache or '-'} | "
                             f"{r.note} | | | {peak} | |")
                continue
            failed = f" ({'failed: ' if r.status else ''}{r.note})" if r.note else ""
            lines.append(
                f"| {count:,} | {mb:.1f} | {r.label}{failed} | {r.cache or '-'} | {r.wall:.2f} | "
                f"{mb / r.wall:.2f} | {count / r.wall:,.0f} | {r.peak_mb:.0f} | "
                f"{r.wall / floor:.1f} |")
    return "\n".join(lines)


def startup(log) -> float:
    """Best of five `digest --version`."""
    times = []
    for _ in range(5):
        wall, _, _ = measure(digest_command() + ["--version"], dict(os.environ),
                             Path(os.devnull))
        times.append(wall)
    return min(times)


def profile(size: int, args, log) -> None:
    """cProfile of `digest extract --no-cache --jobs 1` on one corpus. Prints the project's
    and the regex module's functions by cumulative time, then everything by own time; the
    full listing goes to bench/out/profile-N.txt and the data to .prof (for snakeviz & co)."""
    import pstats
    folder = OUT / f"reports-{size}"
    if not args.no_generate:
        corpus.generate(OUT, size, args.seed, log=log)
    prof = OUT / f"profile-{size}.prof"
    argv = [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "conflict_digest",
            "extract", str(folder), "--format", "jsonl", "--no-cache", "--jobs", "1", "-q"]
    log(f"profiling: {' '.join(argv[3:])}")
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    text = OUT / f"profile-{size}.txt"
    with text.open("w") as fh:
        stats = pstats.Stats(str(prof), stream=fh)
        stats.sort_stats("cumulative").print_stats(r"conflict_digest/(?!cli|__main__)|regex/",
                                                    30)
        stats.sort_stats("tottime").print_stats(20)
        stats.sort_stats("cumulative").print_stats(80)
    print(text.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated corpus sizes (default: 1000,10000,50000)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="passed to digest --jobs (default: digest's own, all cores)")
    parser.add_argument("--no-generate", action="store_true",
                        help="use the corpora already in bench/out")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--timeout", type=float, default=60,
                        help="seconds per 1,000 reports a run may take before it is stopped "
                             "(and skipped at larger sizes); default 60, 0: no limit")
    parser.add_argument("--profile", action="store_true",
                        help="only profile extract on the first size with cProfile")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(exist_ok=True)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if args.profile:
        profile(sizes[0], args, log)
        return
    log(f"digest --version: {startup(log) * 1000:.0f} ms (best of 5)")
    all_results = []
    too_slow: set = set()
    for size in sizes:
        log(f"{size:,} reports:")
        results, count, total = bench_size(size, args, log, too_slow)
        all_results.append((size, results, count, total))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    header = (f"{datetime.date.today()}, {platform.python_implementation()} "
              f"{platform.python_version()}, {cores} cores, "
              f"--jobs {args.jobs or 'default (all cores)'}")
    report = f"{header}\n\n{table(all_results)}\n"
    (OUT / "results.md").write_text(report)
    print(report)
    if any(r.status > 0 for _, results, _, _ in all_results for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
