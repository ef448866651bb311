"""The `digest` command line: a thin shell over the library.

Reads reports with `pipeline.extract_paths`, merges them with `merge.daily_digests`, filters the
merged records, and hands them to `render`. Shell conventions: data on stdout, warnings and
progress on stderr; exit 0 on success, 1 when nothing readable was found (or a skipped file
under --strict, or an unexpected error), 2 on bad usage. Library modules are imported inside
the commands so `digest --version` and `--help` stay fast.
"""
import contextlib
import enum
import functools
import gc
import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from . import __version__
from .models import FIGURE_KINDS, UNDATED

PROG = "digest"

app = typer.Typer(
    name=PROG,
    help="Turn a folder of dated conflict reports into a de-duplicated daily digest: "
         "figures claimed, places and front sectors, who said it, which sources agree.",
    epilog="Examples:\n\n"
           "  digest summarize samples/\n\n"
           "  digest claims samples/ --sector Bakhmut --format csv > bakhmut.csv\n\n"
           "Run 'digest COMMAND --help' for each command's options and examples.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["--help", "-h"]},
)


# --- small helpers ------------------------------------------------------------------------

def _say(message: str) -> None:
    """One line on stderr, prefixed with the program name, control characters removed."""
    from .render.text import terminal
    if sys.stderr is not None:  # `2>&-`: nowhere to say it
        print(f"{PROG}: {terminal(message)}", file=sys.stderr, flush=True)


def _usage_error(message: str) -> NoReturn:
    _say(message)
    raise typer.Exit(2)


def _count_visible_files(folder: str) -> int:
    """Files under a folder, hidden ones left out: a loop, not recursion, so any depth is fine."""
    total, stack = 0, [folder]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    else:
                        total += 1
        except OSError:
            continue
    return total


def _silence_stdout() -> None:
    """After a closed pipe (`digest ... | head -1`), send what is left to /dev/null."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _guarded(command: Callable) -> Callable:
    """Run a command so that a user never sees a traceback: a closed pipe ends quietly, any
    other unexpected error is one sentence and exit 1 (DIGEST_DEBUG=1 lets it through)."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            result = command(*args, **kwargs)
            sys.stdout.flush()
            return result
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("DIGEST_DEBUG"):
                raise
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            _say(f"unexpected error ({detail}); set DIGEST_DEBUG=1 to see where")
            raise typer.Exit(1)
    return run


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _pick_format(chosen: Optional[enum.Enum], piped: str) -> str:
    """An explicit --format wins; otherwise a table on a terminal, `piped` in a pipe."""
    if chosen is not None:
        return chosen.value
    return "table" if _isatty(sys.stdout) else piped


def _choices(name: str, values: Sequence[str]) -> type[enum.Enum]:
    return enum.Enum(name, {v: v for v in values}, type=str)


SummaryFormat = _choices("SummaryFormat", ("table", "markdown", "json"))
ClaimFormat = _choices("ClaimFormat", ("table", "markdown", "json", "jsonl", "csv", "tsv"))
ExtractFormat = _choices("ExtractFormat", ("table", "json", "jsonl", "csv", "tsv"))
SectorFormat = _choices("SectorFormat", ("table", "markdown", "json", "tsv"))
Kind = _choices("Kind", FIGURE_KINDS)


# --- options every command shares ---------------------------------------------------------

Paths = Annotated[list[str], typer.Argument(
    metavar="PATH", show_default=False,
    help="Report files or folders (read recursively); '-' reads one report from stdin.")]
Gazetteers = Annotated[Optional[list[Path]], typer.Option(
    "--gazetteer", metavar="FILE", exists=True, dir_okay=False, show_default=False,
    help="TOML or CSV file adding places, aliases and sectors (repeatable).")]
SpeakerFiles = Annotated[Optional[list[Path]], typer.Option(
    "--speakers", metavar="FILE", exists=True, dir_okay=False, show_default=False,
    help="TOML file adding known people and institutions, with \\[\\[person]] and "
         "\\[\\[institution]] tables like data/people.toml, and words to the institution, role "
         "and anonymous-source lists of data/speakers.toml (repeatable).")]
Strict = Annotated[bool, typer.Option(
    "--strict", help="Exit 1 (after the output) if any file was skipped.")]
Quiet = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No warnings or summary line on stderr.")]
DateOpt = Annotated[Optional[str], typer.Option(
    "--date", metavar="DATE", show_default=False,
    help="Only this day (YYYY-MM-DD) or month (YYYY-MM).")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="DATE", show_default=False,
    help="Only from this day or month on (inclusive).")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="DATE", show_default=False,
    help="Only up to this day or month (inclusive).")]
Jobs = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", metavar="N", min=1, show_default=False,
    help="Extract in N worker processes \\[default: all cores]; 1 stays in this process. "
         "Runs with under 50 reports to extract always stay in this process.")]
NoCache = Annotated[bool, typer.Option(
    "--no-cache", help="Extract every report again, without reading or writing the cache "
                       "($DIGEST_CACHE_DIR, else ~/.cache/conflict-digest).")]
SectorOpt = Annotated[Optional[str], typer.Option(
    "--sector", metavar="NAME", show_default=False,
    help="Only claims, places and figures of this front sector (any spelling or alias).")]
PlaceOpt = Annotated[Optional[str], typer.Option(
    "--place", metavar="NAME", show_default=False,
    help="Only claims that name this place or one in it (a country's regions and towns, a "
         "region's towns), and their places and figures; any spelling the gazetteer knows.")]


def _cpu_count() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU affinity)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _version(value: bool) -> None:
    if value:
        print(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_version, is_eager=True,
        help="Show the version and exit.")] = False) -> None:
    """Turn a folder of dated conflict reports into a de-duplicated daily digest."""


# --- reading reports ----------------------------------------------------------------------

class Run:
    """One command's pass over its PATHs: loads the extractor, streams reports, counts what
    was skipped, shows progress and warnings on stderr, and decides the exit code."""

    PROGRESS_MIN_FILES = 50

    def __init__(self, paths: Sequence[str], gazetteer: Optional[Sequence[Path]], strict: bool,
                 quiet: bool, jobs: Optional[int] = None, cache: bool = True,
                 speakers: Optional[Sequence[Path]] = None) -> None:
        self.paths = list(paths)
        self.gazetteer_files = list(gazetteer or ())
        self.speaker_files = list(speakers or ())
        self.strict = strict
        self.quiet = quiet
        self.jobs = jobs or _cpu_count()
        self.use_cache = cache
        self.read = 0
        self.skipped: list = []
        self._extractor = None
        self._progress = None
        self._file_count: Optional[int] = None
        self._skip_notes: list[str] = []

    # stderr
    def warn(self, message: str) -> None:
        if self.quiet:
            return
        if self._progress is not None:
            from .render.text import terminal
            self._progress.console.print(f"{PROG}: {terminal(message)}", markup=False,
                                         highlight=False)
        else:
            _say(message)

    @property
    def extractor(self):
        if self._extractor is None:
            from .pipeline import Extractor
            try:
                self._extractor = Extractor.load(gazetteer_files=self.gazetteer_files,
                                                 speaker_files=self.speaker_files)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                users = [*self.gazetteer_files, *self.speaker_files]
                if not users:
                    raise  # the shipped data itself: an unexpected error
                options = "/".join(o for o, files in (("--gazetteer", self.gazetteer_files),
                                                      ("--speakers", self.speaker_files)) if files)
                names = ", ".join(str(p) for p in users)
                _usage_error(f"{options}: cannot load {names} ({exc})")
        return self._extractor

    def reports(self, *, streaming: bool = False, then=None, by_day: bool = False) -> Iterator:
        """Every readable report as an ExtractedReport (or what `then` makes of it), in the
        order read or `by_day` (see `pipeline.extract_paths`); skipped files are counted and
        warned. `streaming`: the caller writes to stdout while reading (no progress bar then
        if stdout shares the terminal)."""
        from .models import Skipped
        from .pipeline import extract_paths
        stdin = getattr(sys.stdin, "buffer", None) if "-" in self.paths else None
        items = extract_paths(self.paths, extractor=self.extractor, warn=self.warn, stdin=stdin,
                              jobs=self.jobs, cache=self._cache(),
                              gazetteer_files=self.gazetteer_files, speaker_files=self.speaker_files,
                              then=then, by_day=by_day)
        with self._progress_bar(streaming) as advance:
            for item in items:
                advance()
                if isinstance(item, Skipped):
                    self.skipped.append(item)
                    self._skip_notes.append(f"{item.path}: skipped ({item.reason})")
                    if self.read:
                        self._flush_skip_notes()
                else:
                    self.read += 1
                    self._flush_skip_notes()
                    yield item

    def _cache(self):
        """The extraction cache, or None with --no-cache or when it cannot be set up (said
        once; the run goes on without it)."""
        if not self.use_cache:
            return None
        from .cache import Cache
        try:
            return Cache.open(gazetteer_files=self.gazetteer_files, speaker_files=self.speaker_files)
        except (OSError, RuntimeError) as exc:  # RuntimeError: no home folder to put it in
            self.warn(f"cache disabled ({exc})")
            return None

    def _flush_skip_notes(self) -> None:
        """Skipped files are named once a report has been read; if none is, the final
        sentence of `require_reports` says it all."""
        notes, self._skip_notes = self._skip_notes, []
        for note in notes:
            self.warn(note)

    def _progress_bar(self, streaming: bool):
        """A transient rich progress bar on stderr, only for a person watching many files
        (and not while results stream onto the same terminal)."""
        if (self.quiet or not _isatty(sys.stderr) or (streaming and _isatty(sys.stdout))
                or self._count_files() <= self.PROGRESS_MIN_FILES):
            return contextlib.nullcontext(lambda: None)
        return self._rich_progress()

    @contextlib.contextmanager
    def _rich_progress(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
        with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
                      console=console, transient=True, redirect_stdout=False,
                      redirect_stderr=False) as progress:
            task = progress.add_task("reading", total=self._count_files())
            self._progress = progress
            try:
                yield lambda: progress.advance(task)
            finally:
                self._progress = None

    def _count_files(self) -> int:
        if self._file_count is not None:
            return self._file_count
        total = 0
        for path in self.paths:
            total += _count_visible_files(path) if path != "-" and os.path.isdir(path) else 1
        self._file_count = total
        return total

    def days(self) -> Iterator:
        """Each day's digest (`merge.daily_digests`), given as soon as its last report is
        merged; exit 1 before the first is given if not a single report was readable."""
        from .merge import daily_digests
        return self.started(daily_digests(self._freezing(self.reports(by_day=True))))

    def started(self, items: Iterator) -> Iterator:
        """`items` once the first is made: exit 1 before that if not a single report was
        readable, so that no output is begun for nothing."""
        first = next(items, None)
        self.require_reports()
        return itertools.chain([first], items)

    @staticmethod
    def _freezing(items: Iterator) -> Iterator:
        """The items, with what was kept of them so far frozen now and then: what a day
        keeps lives until the day is given, so collections need not rescan it."""
        for count, item in enumerate(items, 1):
            if count % _FREEZE_EVERY == 0:
                gc.freeze()
            yield item

    def require_reports(self) -> None:
        """Exit 1 with one sentence when not a single report could be read."""
        if self.read:
            return
        where = ", ".join(self.paths)
        missing = [p for p in self.paths if p != "-" and not os.path.exists(p)]
        if missing and len(missing) == len(self.paths):
            _say(f"no such file or directory: {', '.join(missing)}")
        elif self.skipped:
            n = len(self.skipped)
            reasons = ", ".join(dict.fromkeys(s.reason for s in self.skipped))
            _say(f"no readable reports in {where} ({n} file{'s' if n != 1 else ''} skipped: "
                 f"{reasons})")
        else:
            _say(f"no readable reports in {where} (no report files found)")
        raise typer.Exit(1)

    def finish(self) -> None:
        """The one-line summary on stderr; exit 1 under --strict when anything was skipped."""
        sys.stdout.flush()
        if not self.quiet:
            line = f"read {self.read} report{'s' if self.read != 1 else ''}, skipped {len(self.skipped)}"
            if self.skipped:
                reasons = Counter(s.reason for s in self.skipped)
                line += " (" + ", ".join(f"{r}: {n}" for r, n in reasons.most_common()) + ")"
            _say(line)
        if self.strict and self.skipped:
            _say(f"{len(self.skipped)} file{'s' if len(self.skipped) != 1 else ''} skipped "
                 "and --strict is set")
            raise typer.Exit(1)


# --- filters ------------------------------------------------------------------------------

DateRange = tuple[str, str]  # inclusive (first, last) as sortable strings


def _span(date: str) -> DateRange:
    """A day spans itself; a month spans all its days ('-00' to '-99' sort around them)."""
    return (date + "-00", date + "-99") if len(date) == 7 else (date, date)


def _date_range(date: Optional[str], since: Optional[str], until: Optional[str]
                ) -> Optional[DateRange]:
    """The --date/--since/--until window, or None; exits 2 on a date it cannot read."""
    if date is None and since is None and until is None:
        return None
    from .dates import parse_user_date

    def read(option: str, value: Optional[str]) -> Optional[str]:
        if value is None:
            return None
        try:
            return parse_user_date(value.strip())
        except ValueError as exc:
            why = str(exc)
            if not why or why.startswith("cannot read"):
                why = "use YYYY-MM-DD or YYYY-MM"
            _usage_error(f"{option}: cannot read '{value}' as a date; {why}")

    lo, hi = "0000", "9999"
    for option, value in (("--date", date), ("--since", since), ("--until", until)):
        parsed = read(option, value)
        if parsed is None:
            continue
        first, last = _span(parsed)
        if option in ("--date", "--since"):
            lo = max(lo, first)
        if option in ("--date", "--until"):
            hi = min(hi, last)
    if lo > hi:
        _usage_error("the --date/--since/--until options leave no day to show "
                     f"({lo[:10].removesuffix('-00')} is after {hi[:10].removesuffix('-99')})")
    return lo, hi


def _in_range(date: Optional[str], window: Optional[DateRange]) -> bool:
    """Whether a day (or month) overlaps the window; undated items never match a window."""
    if window is None:
        return True
    if not date or date == UNDATED:
        return False
    first, last = _span(date)
    return first <= window[1] and last >= window[0]


def _resolve_sector(run: Run, name: Optional[str]) -> Optional[str]:
    """The canonical sector for --sector, or exit 2 suggesting the closest names."""
    if name is None:
        return None
    gazetteer = run.extractor.gazetteer
    sector = gazetteer.resolve_sector(name)
    if sector:
        return sector
    close = gazetteer.closest_sectors(name)
    if close:
        _usage_error(f"unknown sector '{name}'; did you mean {' or '.join(close)}?")
    known = gazetteer.sector_names()
    _usage_error(f"unknown sector '{name}'; known sectors: {', '.join(known) or 'none'}")


def _figure_key(f) -> tuple:
    return (f.kind, f.low, f.high)


def _filter_day(day, claim_wanted: Callable, place_wanted: Callable):
    """The part of a day a filter keeps: its claims and places it wants, the figures those
    claims give (with their disputes), the speakers of those claims; None if nothing is left."""
    from .models import DayDigest, MergedSpeaker

    claims = [mc for mc in day.claims if claim_wanted(mc.claim)]
    places = [p for p in day.locations if place_wanted(p.place)]
    keys = {_figure_key(f) for mc in claims for f in mc.claim.figures}
    figures = [e for e in day.figures
               if _figure_key(e.figure) in keys or any(_figure_key(f) in keys for f, _ in e.variants)]
    statements: Counter = Counter()
    sources: dict[str, list[str]] = {}
    for mc in claims:
        if mc.claim.speaker:
            statements[mc.claim.speaker.name] += 1
            seen = sources.setdefault(mc.claim.speaker.name, [])
            for source in mc.sources:
                if source not in seen:
                    seen.append(source)
    speakers = [MergedSpeaker(s.speaker, statements[s.speaker.name], sources[s.speaker.name])
                for s in day.speakers if s.speaker.name in statements]
    if not (claims or places or figures):
        return None
    used = {s for mc in claims for s in mc.sources} | {s for p in places for s in p.sources} \
        | {s for e in figures for s in e.sources}
    return DayDigest(date=day.date, reports=[r for r in day.reports if r in used],
                     figures=figures, locations=places, speakers=speakers, claims=claims)


def _filter_days(days: Iterator, window: Optional[DateRange], sector: Optional[str],
                 place_wanted: Optional[Callable]) -> Iterator:
    """The days in the window, each cut to the sector and the place: as they come, a stream
    as well."""
    def place_ok(place) -> bool:
        return (sector is None or place.sector == sector) and (place_wanted is None or place_wanted(place))

    def claim_ok(claim) -> bool:
        return (sector is None or sector in claim.sectors) \
            and (place_wanted is None or any(place_wanted(p) for p in claim.places))

    for day in days:
        if _in_range(day.date, window):
            day = _filter_day(day, claim_ok, place_ok) if sector or place_wanted else day
            if day is not None:
                yield day


def _place_filter(run: Run, name: str) -> Callable:
    """Whether a place is the one asked for or lies in it: a country holds its regions and
    towns, a region its towns. A name the gazetteer does not know matches as written."""
    from .resources import fold
    asked = {fold(name.strip())}
    found = run.extractor.gazetteer.resolve_place(name)
    if found is None:
        run.warn(f"--place: '{name}' is not in the gazetteer; matching it as written")
        return lambda place: fold(place.name) in asked
    asked.add(fold(found.name))
    if found.type == "country":
        return lambda place: fold(place.name) in asked or place.country == found.name
    if found.type == "region":
        return lambda place: fold(place.name) in asked or (
            place.admin1 == found.name and place.country == found.country)
    return lambda place: fold(place.name) in asked


# --- commands -----------------------------------------------------------------------------

def _epilog(*examples: str) -> str:
    return "Examples:\n\n" + "\n\n".join(f"  {e}" for e in examples)


@app.command(
    help=(
        "The daily digest: per day (oldest first, undated last) the figures claimed, places "
        "and sectors, speakers, key claims and sources.\n\n"
        "Disputed figures are shown together and flagged; figures already reported on an "
        "earlier day are marked. A month-only report counts as in range when its month "
        "overlaps the dates asked for. JSON is the digest contract, with a 'skipped' list."),
    epilog=_epilog(
    "digest summarize samples/",
    "digest summarize samples/ --since 2023-01-05 --until 2023-01-09 --format markdown > digest.md",
    "digest summarize samples/ --sector Bakhmut --format json | jq '.days[].figures'",
    "digest summarize samples/ --place Sudan",
))
@_guarded
def summarize(
    paths: Paths,
    date: DateOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    sector: SectorOpt = None,
    place: PlaceOpt = None,
    fmt: Annotated[Optional[SummaryFormat], typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format \\[default: table on a terminal, markdown in a pipe].")] = None,
    gazetteer: Gazetteers = None,
    speakers_file: SpeakerFiles = None,
    strict: Strict = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
) -> None:
    from .models import Digest
    from .render import render_summary

    run = Run(paths, gazetteer, strict, quiet, jobs, not no_cache, speakers_file)
    window = _date_range(date, since, until)
    sector_name = _resolve_sector(run, sector)
    place_wanted = _place_filter(run, place) if place else None
    days = _filter_days(run.days(), window, sector_name, place_wanted)
    render_summary(Digest(days=days, skipped=run.skipped), _pick_format(fmt, "markdown"),
                   sys.stdout)
    run.finish()


@app.command(
    help=(
        "One row per merged claim: date, sectors, places, speaker, figures, text, sources.\n\n"
        "A claim's date is the day it names ('on Wednesday'), else its reports' date; the "
        "date options filter on it. JSON is an array of claim objects, JSONL one per line; "
        "CSV is quoted, TSV is unquoted with \\t, \\n and \\\\ escapes."),
    epilog=_epilog(
    "digest claims samples/ --sector Bakhmut",
    "digest claims samples/ --speaker zelenskiy --kind killed --format jsonl",
    "digest claims samples/ --since 2023-01 --format csv > claims.csv",
))
@_guarded
def claims(
    paths: Paths,
    sector: SectorOpt = None,
    place: PlaceOpt = None,
    speaker: Annotated[Optional[str], typer.Option(
        "--speaker", metavar="NAME", show_default=False,
        help="Only claims by this speaker (any spelling: 'zelenskiy' finds Volodymyr "
             "Zelensky; part of a name also matches).")] = None,
    kind: Annotated[Optional[Kind], typer.Option(
        "--kind", metavar="KIND", case_sensitive=False, show_default=False,
        help="Only claims giving a figure of this kind: " + ", ".join(FIGURE_KINDS) + ".")] = None,
    date: DateOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[Optional[ClaimFormat], typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format \\[default: table on a terminal, tsv in a pipe].")] = None,
    gazetteer: Gazetteers = None,
    speakers_file: SpeakerFiles = None,
    strict: Strict = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
) -> None:
    from .render import render_claims
    from .render.text import claim_date

    run = Run(paths, gazetteer, strict, quiet, jobs, not no_cache, speakers_file)
    window = _date_range(date, since, until)
    sector_name = _resolve_sector(run, sector)
    place_wanted = _place_filter(run, place) if place else None
    days = run.days()
    lexicon = run.extractor.lexicon if speaker else None

    def keep(day: str, mc) -> bool:
        c = mc.claim
        if window and not _in_range(claim_date(day, mc), window):
            return False
        if sector_name and sector_name not in c.sectors:
            return False
        if place_wanted is not None and not any(place_wanted(p) for p in c.places):
            return False
        if kind is not None and not any(f.kind == kind.value for f in c.figures):
            return False
        if speaker and not (c.speaker and _same_speaker(lexicon, speaker, c.speaker.name)):
            return False
        return True

    rows = ((day.date, mc) for day in days for mc in day.claims if keep(day.date, mc))
    render_claims(rows, _pick_format(fmt, "tsv"), sys.stdout)
    run.finish()


def _same_speaker(lexicon, query: str, name: str) -> bool:
    from .resources import fold
    if fold(query.strip()) in fold(name):
        return True
    return bool(lexicon is not None and lexicon.same_speaker(query, name))


@app.command(
    help=(
        "What each report says on its own, before merging: date, figures, places, speakers, "
        "claims.\n\n"
        "JSONL is written as each report is read (one object per line, flushed), so it suits "
        "long runs and pipes; JSON in a pipe is one array, written a report at a time. "
        "CSV and TSV give a row per figure, with the speaker, places and sentence that give it. "
        "Skipped files are reported on stderr."),
    epilog=_epilog(
    "digest extract samples/ --format jsonl | jq -c '{report, date}'",
    "digest extract samples/ --format csv > figures.csv",
    "digest extract samples/2023-01-05-wire-800-russian-soldiers-killed.txt --format table",
    "cat report.txt | digest extract - --format json",
))
@_guarded
def extract(
    paths: Paths,
    fmt: Annotated[Optional[ExtractFormat], typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format \\[default: table on a terminal, jsonl in a pipe].")] = None,
    gazetteer: Gazetteers = None,
    speakers_file: SpeakerFiles = None,
    strict: Strict = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
) -> None:
    from .render import encode_report_line, render_report_lines, render_reports

    run = Run(paths, gazetteer, strict, quiet, jobs, not no_cache, speakers_file)
    chosen = _pick_format(fmt, "jsonl")
    if chosen == "jsonl" or (chosen == "json" and not _isatty(sys.stdout)):
        # streamed, encoded where extracted; a JSON array is begun once a report is read
        lines = run.started(run.reports(streaming=chosen == "jsonl", then=encode_report_line))
        render_report_lines(lines, chosen, sys.stdout)
    elif chosen in ("csv", "tsv"):  # a row per figure, streamed
        render_reports(run.started(run.reports(streaming=True)), chosen, sys.stdout)
    else:
        items = list(run.reports())
        run.require_reports()
        render_reports(items, chosen, sys.stdout)
    run.finish()


@app.command(
    help=(
        "Each front sector named in the reports, busiest first, with its places and how "
        "often each is mentioned (and in how many reports)."),
    epilog=_epilog(
    "digest sectors samples/",
    "digest sectors samples/ --format json | jq '.[] | {name, mentions}'",
))
@_guarded
def sectors(
    paths: Paths,
    fmt: Annotated[Optional[SectorFormat], typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="Output format \\[default: table on a terminal, tsv in a pipe].")] = None,
    gazetteer: Gazetteers = None,
    speakers_file: SpeakerFiles = None,
    strict: Strict = False,
    quiet: Quiet = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
) -> None:
    from .merge import places_by_sector
    from .render import render_sectors

    run = Run(paths, gazetteer, strict, quiet, jobs, not no_cache, speakers_file)
    entries = places_by_sector(run.reports())
    run.require_reports()
    render_sectors(entries, _pick_format(fmt, "tsv"), sys.stdout)
    run.finish()


_FREEZE_EVERY = 200  # reports


def main(argv: Optional[Sequence[str]] = None) -> None:
    """Console-script entry point (`digest`, `python -m conflict_digest`)."""
    # A digest keeps hundreds of thousands of small records alive and makes little cyclic
    # garbage; at Python's default thresholds the collector took a third of merging time.
    gc.set_threshold(100_000, 50, 100)
    if sys.stdout is None:  # `digest ... >&-`
        _say("standard output is closed; nothing to write the results to")
        raise SystemExit(1)
    try:
        app(args=list(argv) if argv is not None else None, prog_name=PROG)
    except SystemExit as done:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        except (OSError, ValueError):
            pass
        raise SystemExit(done.code) from None
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(0) from None
    except Exception as exc:  # an error outside any command (typer itself, imports)
        if os.environ.get("DIGEST_DEBUG"):
            raise
        _say(f"unexpected error ({type(exc).__name__}: {exc}); set DIGEST_DEBUG=1 to see where")
        raise SystemExit(1) from None
