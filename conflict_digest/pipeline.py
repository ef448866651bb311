"""One report through the extractors: sentences -> figures, places, speakers -> claims.

This is the library entry point the CLI calls; it holds no extraction rules itself.
"""
from __future__ import annotations

import bisect
import itertools
import re
import signal
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .dates import (DAY_OF_MONTH, MONTH_NAMES, NAMED_DAY, dateline_end, day_heading, days_before,
                    resolve_day_of_month, resolve_weekday)
from .figures import extract_figures, leaves_out_its_noun, no_increments_after_other_kinds, table_row_figures
from .merge import by_day
from .models import (Attribution, Claim, ExtractedReport, Figure, Place, PlaceCount, PlaceMention, Report,
                     Sentence, Skipped, Speaker, SpeakerCount, TOLL_KINDS, quantity_key)
from .places import UNTYPED_PLACE, Gazetteer, countrywide, reference_points
from .reader import STDIN_PATH, looks_english, read_report_file, read_reports
from .resources import fold, load_toml, phrase_alternation
from .sentences import plain_table_rows, row_as_text, split_sentences, table_cells, table_headers
from .speakers import STATEMENT_OPENING_SENTENCES, SpeakerLexicon, SpeakerTracker, opens_a_statement

if TYPE_CHECKING:
    from .cache import Cache

Warn = Callable[[str], None]
Then = Callable[[ExtractedReport], object]


@dataclass(frozen=True)
class Extractor:
    """The loaded data files an extraction needs; build once, use for every report."""

    gazetteer: Gazetteer
    lexicon: SpeakerLexicon

    @classmethod
    def load(cls, gazetteer_files: Sequence[Path] = (), speaker_files: Sequence[Path] = ()) -> "Extractor":
        return cls(Gazetteer.load(gazetteer_files), SpeakerLexicon.load(speaker_files))

    def extract(self, report: Report) -> ExtractedReport:
        figures: list[Figure] = []
        place_counts: Counter = Counter()
        sector_counts: Counter = Counter()  # ("southern Lebanon": Lebanon, South Lebanon): mentions
        claims: list[Claim] = []
        statements: list[Speaker] = []
        tracker = SpeakerTracker(self.lexicon, self.gazetteer, report.text)
        sentences = split_sentences(report.text)
        english = report.english if report.english is not None else looks_english(report.text)
        count = extract_figures if english else _no_figures  # other languages
        # Stage by stage, not sentence by sentence: each extractor's patterns and tables
        # stay in the CPU's caches from one sentence to the next (6% faster).
        texts = [s.text for s in sentences]
        headers = table_headers(texts) if "|" in report.text else {}  # Markdown tables' rows
        if " | " in report.text:  # ... and tables pasted as text (tabbed ones too, once normalised)
            rewritten, plain_headers = plain_table_rows(texts)
            if rewritten:
                texts = [rewritten.get(i, text) for i, text in enumerate(texts)]
                sentences = [replace(s, text=texts[i]) if i in rewritten else s for i, s in enumerate(sentences)]
                headers.update(plain_headers)
        counted = [count(text) if i not in headers else table_row_figures(text, headers[i]) if english else []
                   for i, text in enumerate(texts)]
        counted = [_not_withdrawn(text, figures) if figures else figures for text, figures in zip(texts, counted)]
        counted_before: list[Figure] = []  # "31,341 were killed. Another 73,134 were wounded."
        for i, sentence_figures in enumerate(counted):
            if counted_before and any(f.increment for f in sentence_figures):
                counted[i] = no_increments_after_other_kinds(sentence_figures, counted_before)
            counted_before += sentence_figures
        unverified_at = _unverified_sentences(texts, counted, self.lexicon)
        placed = [self.gazetteer.find(text) if i not in headers else _row_places(self.gazetteer, text, headers[i])
                  for i, text in enumerate(texts)]
        tracker.sentence_places.update(zip(texts, placed))  # `the country's` looks back at them
        attributed = [tracker.attribute(text) if i not in headers else _row_attributions(tracker, text, headers[i])
                      for i, text in enumerate(texts)]
        placed = [_outside_names(text, mentions, attributions) if mentions and attributions
                  else mentions for text, mentions, attributions in zip(texts, placed, attributed)]
        placed = _one_unknown_place_a_name(placed)
        quoted = _quotation_speakers(sentences, attributed) | _turn_speakers(sentences, attributed)
        issuer = _statement_issuer(texts, attributed, self.lexicon)
        issued = _header_issuer(report.issued_by, self.lexicon, self.gazetteer) if issuer is None else None
        if issued:
            statements.append(issued.speaker)
        found = zip(sentences, counted, placed, attributed)
        day = report.date  # a live page's day headings (`Sunday 10 March`) date the entries below
        prior: tuple[int, str, list[PlaceMention]] | None = None  # the sentence before: its end, text, places
        for index, (sentence, sentence_figures, mentions, attributions) in enumerate(found):
            text = sentence.text
            day = day_heading(text, report.date) or day
            filed = dateline_end(text) if index < DATELINE_SENTENCES else 0  # "KORA, Jan 5 (Wire) - "
            about = [m for m in mentions if m.start >= filed] if filed else mentions  # filed there, not about there
            if attributions and about:
                about = _not_where_spoken(text, about, attributions)  # "told reporters in Geneva"
            landmarks = reference_points(text, about) if sentence_figures and about else []
            spoken_of = _not_speaking(text, about, attributions) if sentence_figures and about else about
            carried: list[Place] = []  # where the sentence before put the attack
            if sentence_figures and prior and "\n" not in report.text[prior[0]:sentence.start] and not spoken_of:
                sentence_figures, carried = _carried_over(text, sentence_figures, *prior[1:])
            prior = (sentence.end, text, about) if index not in headers else None
            if sentence_figures and about and not carried:
                at = spoken_of
                if ", " in text and len(at) > 1:
                    at = _outside_asides(text, at, sentence_figures)
                sentence_figures = _figures_placed(text, sentence_figures, at, landmarks, by_offset=index not in headers)
                if attributions:
                    sentence_figures = _not_in_the_speakers_country(text, sentence_figures, about, attributions)
            if sentence_figures and day and ("etween " in text or "rom " in text):  # "Between 18 March and 3 June, ..."
                sentence_figures = _over_a_span(text, sentence_figures, day)
            claimed_on = _claim_date(text[filed:], day) if sentence_figures and day else None
            if claimed_on:
                sentence_figures = _dated_past(text, sentence_figures, day, claimed_on)
            figures.extend(sentence_figures)
            place_counts.update(m.place for m in mentions)
            sector_counts.update((m.place, m.sector) for m in mentions
                                 if m.sector and m.sector != m.place.sector)
            statements.extend(a.speaker for a in attributions)
            sources = _figure_sources(text, attributions) if len(attributions) > 1 else attributions
            nearest = _nearest_sources(text, sources, sentence_figures) if len(sources) > 1 else []
            main = nearest[0] if nearest else sources[0] if sources else quoted.get(index)
            givers = nearest if len({a.speaker for a in nearest}) > 1 else []  # each figure's own
            if not (sentence_figures or main or any(m.in_sector for m in mentions)):
                continue
            if not (sentence_figures or main) and _names_only_places(text, mentions):
                continue  # "North Darfur", a section's heading: no claim
            if issuer and index == 0 and not sentence_figures:
                continue  # "Statement by the Ministry of Defence": who speaks, not what
            main = main or issuer or issued
            if filed:
                text = text[filed:]
                mentions = about
            if index in headers:
                text = row_as_text(text, headers[index])  # "Lomi: Killed 42, Injured 118"
            claims.append(Claim(
                text=text, report=report.path,
                date=claimed_on if claimed_on and index not in headers else _claim_date(text, day),
                speaker=main.speaker if main else None, quote=main.quote if main else None,
                figures=sentence_figures, places=list(dict.fromkeys([*(m.place for m in mentions), *carried])),
                sectors=list(dict.fromkeys(m.in_sector for m in mentions if m.in_sector)),
                unverified=index in unverified_at,
                landmarks=[p.name for p in landmarks], figure_speakers=[a.speaker for a in givers],
            ))
        for claim in claims:  # names learnt later in the report apply to earlier statements
            if claim.speaker:
                claim.speaker = tracker.resolve(claim.speaker)
        speaker_counts = _count_by_name(tracker.resolve(s) for s in statements)
        counted_as = {s.name: s for s in speaker_counts}
        for claim in claims:  # a figure's speaker as the report's list has it (the cache reads it back so)
            if claim.figure_speakers:
                resolved = (tracker.resolve(s) for s in claim.figure_speakers)
                claim.figure_speakers = [counted_as.get(s.name, s) for s in resolved]
        in_sectors: dict[Place, tuple[tuple[str, int], ...]] = {}
        for (place, sector), mentions in sector_counts.items():
            in_sectors[place] = (*in_sectors.get(place, ()), (sector, mentions))
        return ExtractedReport(
            report=report,
            figures=_distinct_figures(figures),
            locations=[PlaceCount(p, n, in_sectors.get(p, ())) for p, n in place_counts.most_common()],
            speakers=[SpeakerCount(s, n) for s, n in speaker_counts.most_common()],
            claims=claims,
        )


def extract_paths(paths: Sequence[str], *, extractor: Extractor | None = None,
                  warn: Warn = lambda message: None, stdin: BinaryIO | None = None,
                  jobs: int = 1, cache: Cache | None = None,
                  gazetteer_files: Sequence[Path] = (), speaker_files: Sequence[Path] = (),
                  then: Then | None = None, by_day: bool = False) -> Iterator:
    """Read and extract every report under `paths`, streaming one report at a time, in the
    order they are read; skipped files come through as Skipped records in their place.

    `by_day`: in `merge.by_day` order instead, as `merge.daily_digests` needs them. Every
    file is then read and dated before the first is extracted, skipped ones coming first,
    and read again when its turn comes (see `_Reread`).

    `cache` (see cache.py): reports extracted before are read back from it, new ones are
    stored in it. `jobs` > 1: when there are at least PARALLEL_MIN_REPORTS reports, they are
    extracted (or read back from the cache) in that many worker processes; the output is the
    same as with one.
    Files are first read (and stdin consumed) here, in this process; `by_day` reads them
    again where they are extracted, in the workers with workers. Workers get the
    extractor of this process when forked, or load one from `gazetteer_files` and
    `speaker_files` (which must then be the files `extractor` was loaded with).

    `then`, if given, is applied to each extraction where it is made or read back, in a
    worker for parallel runs, and its result is yielded instead: encoding records there
    (e.g. to JSON) spares this process from receiving whole records only to encode them. In
    a worker it must be picklable: a module-level function.
    """
    extractor = extractor or Extractor.load(gazetteer_files, speaker_files)
    then = then or _as_extracted
    items = read_reports(paths, warn=warn, stdin=stdin)
    if by_day:
        items = _in_day_order(items)
    if cache is None and jobs <= 1:
        for item in items:
            if isinstance(item, _Reread):
                item = item.read()
            yield item if isinstance(item, Skipped) else then(extractor.extract(item))
        return
    run = _Extraction(extractor, cache, warn, tuple(gazetteer_files), tuple(speaker_files), then)
    found = run.to_do(items)
    yield from run.in_process(found) if jobs <= 1 else run.parallel(found, jobs)


# --- parallel and cached extraction -------------------------------------------------------

PARALLEL_MIN_REPORTS = 50
"""Fewer reports than this are extracted in-process: starting workers would cost more than
it saves (one report takes ~10 ms to extract, ~2 ms to read back from the cache)."""
CHUNK = 8
"""Reports per task sent to a worker: ~0.1 s of work, so little overhead per report yet an
even spread over the workers."""
TASKS_PER_WORKER = 4
"""Tasks in flight per worker: enough to keep each busy, few enough to bound memory."""
LOOKAHEAD = 256
"""Reports read ahead while deciding whether enough of them need extracting for workers."""


@dataclass(frozen=True)
class _Reread:
    """A report read and dated to find its place in day order, then let go: it is read again
    when its turn comes (in a worker, with workers), so that memory never holds the texts of
    a year of reports. Its warnings were given the first time."""

    path: str
    order: tuple  # `merge.by_day` of the report first read

    def read(self) -> Report | Skipped:
        """The report again; skipped if its day changed since (the file was edited in
        between), as it can no longer come in day order."""
        report = read_report_file(self.path)
        if isinstance(report, Report) and by_day(report) != self.order:
            return Skipped(self.path, "changed while being read")
        return report


@dataclass
class _ToDo:
    """A report to read back from the cache under `key`, or else to extract (and then store
    there); without a cache (`key` None), to extract. A report to read again is given its
    key once read."""

    report: Report | _Reread
    key: str | None


class _Pending:
    """The place of one report of a task sent to a worker, in output order."""

    __slots__ = ("task", "index")

    def __init__(self, task: "_Task", index: int) -> None:
        self.task, self.index = task, index


class _Task:
    __slots__ = ("reports", "future", "left")

    def __init__(self) -> None:
        self.reports: list[_ToDo] = []
        self.future = None
        self.left = 0  # results not yet handed on


class _Extraction:
    """One pass over the reports with a cache and/or workers, keeping the reading order."""

    def __init__(self, extractor: Extractor, cache: Cache | None, warn: Warn,
                 gazetteer_files: tuple, speaker_files: tuple, then: Then) -> None:
        self.extractor = extractor
        self.cache = cache
        self.warn = warn
        self.files = (gazetteer_files, speaker_files)
        self.then = then
        self._warned = False

    def to_do(self, items: Iterable[Report | Skipped]) -> Iterator:
        """Skipped records as they are; a _ToDo for each report."""
        cache = self.cache
        for item in items:
            if isinstance(item, Skipped):
                yield item
            else:
                key = None if cache is None or isinstance(item, _Reread) else cache.key(item)
                yield _ToDo(item, key)

    def in_process(self, found: Iterable) -> Iterator:
        for entry in found:
            if isinstance(entry, _ToDo):
                extracted, _, error = _extract_or_read_back(self.extractor, self.cache, entry)
                self._note(error)
                yield extracted if isinstance(extracted, Skipped) else self.then(extracted)
            else:
                yield entry

    def parallel(self, found: Iterator, jobs: int) -> Iterator:
        """Workers only once there are PARALLEL_MIN_REPORTS reports; until then (and if
        that never happens) in-process, never holding more than LOOKAHEAD files."""
        ahead: list = []
        reports = 0
        for entry in found:
            ahead.append(entry)
            if isinstance(entry, _ToDo):
                reports += 1
                if reports >= PARALLEL_MIN_REPORTS:
                    yield from self._with_workers(itertools.chain(ahead, found), jobs)
                    return
            if len(ahead) >= LOOKAHEAD:
                yield from self.in_process(ahead)
                ahead, reports = [], 0
        yield from self.in_process(ahead)

    def _with_workers(self, found: Iterator, jobs: int) -> Iterator:
        """Tasks of CHUNK reports to a pool, at most jobs * TASKS_PER_WORKER in flight;
        results handed on in input order as soon as the earliest is done."""
        from concurrent.futures import ProcessPoolExecutor

        context = _mp_context()
        forked = context.get_start_method() == "fork"
        pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_start_worker,
            initargs=(self.extractor if forked else None, *self.files, self.cache, self.then))
        window = jobs * TASKS_PER_WORKER
        most_waiting = window * CHUNK * 2
        places: deque = deque()  # output order: results, or _Pending
        task = _Task()
        in_flight = 0

        def send() -> None:
            nonlocal task, in_flight
            if task.reports:
                task.future = pool.submit(_extract_in_worker, task.reports)
                task.left = len(task.reports)
                in_flight += 1
                task = _Task()

        def take():
            nonlocal in_flight
            place = places.popleft()
            if not isinstance(place, _Pending):
                return place
            if place.task.future is None:
                send()
            results, read_back, made, error = place.task.future.result()
            self._note(error)
            place.task.left -= 1
            if place.task.left == 0:
                in_flight -= 1
                place.task.future = None  # let the results go
                self._count(read_back, made)
            return results[place.index]

        finished = False
        try:
            for entry in found:
                if isinstance(entry, _ToDo):
                    places.append(_Pending(task, len(task.reports)))
                    task.reports.append(entry)
                    if len(task.reports) >= CHUNK:
                        send()
                else:
                    places.append(entry)
                while places and (in_flight >= window or len(places) > most_waiting):
                    yield take()
            send()
            while places:
                yield take()
            finished = True
        finally:
            # All done: the idle workers exit at once. Stopped early (an error, a closed
            # pipe, Ctrl-C): drop the queued tasks and do not wait for the running ones.
            pool.shutdown(wait=finished, cancel_futures=not finished)

    def _count(self, read_back: int, made: int) -> None:
        """A task's cache hits and misses, on this process's cache (the workers' own copies
        counted them)."""
        if self.cache is not None:
            self.cache.hits += read_back
            self.cache.misses += made

    def _note(self, error: str | None) -> None:
        """A cache that cannot be written is said once, then the run goes on without it."""
        if error and not self._warned:
            self._warned = True
            self.warn(error)


def _mp_context():
    """Fork on Linux (workers start at once and share the loaded data), unless threads are
    running (a progress bar): forking those is unsafe, so spawn then."""
    import multiprocessing
    import threading
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_worker: tuple[Extractor, Cache | None, Then] | None = None


def _start_worker(extractor: Extractor | None, gazetteer_files: tuple, speaker_files: tuple,
                  cache: Cache | None, then: Then) -> None:
    """Each worker loads the extractor once (or has the parent's, when forked). Ctrl-C is
    the parent's to handle: it stops the pool."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = (extractor or Extractor.load(gazetteer_files, speaker_files), cache, then)


def _extract_in_worker(reports: list[_ToDo]) -> tuple[list, int, int, str | None]:
    """One task: its reports read back from the cache or extracted (and stored), each passed
    through `then`; with how many were read back and how many extracted, and the first
    cache error if any."""
    extractor, cache, then = _worker
    results, read_back, made, error = [], 0, 0, None
    for todo in reports:
        extracted, cached, stored = _extract_or_read_back(extractor, cache, todo)
        error = error or stored
        if isinstance(extracted, Skipped):  # a report read again that changed meanwhile
            results.append(extracted)
            continue
        read_back += cached
        made += not cached
        results.append(then(extracted))
    return results, read_back, made, error


def _extract_or_read_back(extractor: Extractor, cache: Cache | None, todo: _ToDo
                          ) -> tuple[ExtractedReport | Skipped, bool, str | None]:
    """The report's extraction, and whether it came from the cache; if it had to be made
    (and stored), why storing it failed, if it did. A report read again may turn out
    skipped."""
    report, key = todo.report, todo.key
    if isinstance(report, _Reread):
        report = report.read()
        if isinstance(report, Skipped):
            return report, False, None
        key = None if cache is None else cache.key(report)
    if key is None:
        return extractor.extract(report), False, None
    cached = cache.get(key, report)
    if cached is not None:
        return cached, True, None
    extracted = extractor.extract(report)
    return extracted, False, cache.put(key, extracted)


def _in_day_order(items: Iterable[Report | Skipped]) -> Iterator[Report | Skipped | _Reread]:
    """Skipped records as they are read, then the reports in `merge.by_day` order, each
    file's to be read again (stdin's is kept: it cannot be)."""
    reports: list[Report | _Reread] = []
    for item in items:
        if isinstance(item, Skipped):
            yield item
        else:
            reports.append(item if item.path == STDIN_PATH else _Reread(item.path, by_day(item)))
    reports.sort(key=_day_order)
    reports.reverse()
    while reports:
        yield reports.pop()


def _day_order(item: Report | _Reread) -> tuple:
    return item.order if isinstance(item, _Reread) else by_day(item)


def _as_extracted(extracted: ExtractedReport) -> ExtractedReport:
    """The default `then`: the record itself."""
    return extracted


def _distinct_figures(figures: list[Figure]) -> list[Figure]:
    """A quantity repeated in one report is listed once, in its first wording (usually the
    fullest), or in a later one that adds the period (`kill 6` in a headline, `6 ...
    overnight` below it); two periods given are two quantities. A number of casualties
    that the report also gives as killed or wounded is that toll again in a vaguer word
    (`... injuring 17.` then `17 casualties.`), and a toll worded as its bare number is the
    toll the report words in full (`kills 19` in a headline, `killed at least 19 civilians`
    below it)."""
    tolls = {(f.low, f.high, f.period) for f in figures if f.kind in _CASUALTY_PARTS}
    unworded = [f.kind in TOLL_KINDS and leaves_out_its_noun(f) for f in figures]
    worded = {(f.low, f.high, f.kind) for f, bare in zip(figures, unworded) if f.kind in TOLL_KINDS and not bare}
    out: list[Figure] = []
    listed: dict[tuple, list[int]] = {}  # quantity_key -> where in `out`
    for f, bare in zip(figures, unworded):
        if f.kind == "casualties" and (f.low, f.high, f.period) in tolls:
            continue
        if bare and (f.low, f.high, f.kind) in worded:
            continue
        same = listed.setdefault(quantity_key(f), [])
        at = next((i for i in same if out[i].period is None or f.period in (None, out[i].period)), None)
        if at is None:
            same.append(len(out))
            out.append(f)
        elif out[at].period is None and f.period is not None:
            out[at] = f
    return out


_CASUALTY_PARTS = frozenset({"killed", "wounded"})  # what `casualties` adds up or leaves vague


def _figures_placed(text: str, figures: list[Figure], mentions: list[PlaceMention],
                    landmarks: list[Place], by_offset: bool) -> list[Figure]:
    """The figures with the places their sentence puts them at (`Figure.places`,
    `_figures_at_places`); a count over a whole country (`killed nationwide`, by words of its
    clause: `places.countrywide`) is at the sentence's countries only."""
    placed = _figures_at_places(text, figures, mentions, landmarks, by_offset)
    if not countrywide(text, 0, len(text)) or not any(m.place.local for m in mentions):
        return placed  # most sentences
    countries = tuple(dict.fromkeys(m.place.name for m in mentions if not m.place.local))
    since = [0] + [f.end for f in placed[:-1]]  # a count's clause starts after the one before
    until = [f.start for f in placed[1:]] + [len(text)]  # ... and ends before the next
    return [f.at(countries) if f.kind not in _MEASURES and countrywide(text, *_clause_of(text, f, start, end))
            else f for f, start, end in zip(placed, since, until)]


def _clause_of(text: str, figure: Figure, start: int, end: int) -> tuple[int, int]:
    """The span of a figure's clause: from the comma or semicolon before it to the one after,
    within `start` and `end` (the counts on either side)."""
    before = max(text.rfind(",", start, figure.start), text.rfind(";", start, figure.start), start)
    after = [i for i in (text.find(",", figure.end, end), text.find(";", figure.end, end)) if i >= 0]
    return before, min(after, default=end)


def _figures_at_places(text: str, figures: list[Figure], mentions: list[PlaceMention],
                       landmarks: list[Place], by_offset: bool) -> list[Figure]:
    """With two counts and two places below country level or more, each such place is its
    count's (`_count_of`: `5 people were killed in Kora, and 3 in Lomi`), unless a comma sets
    it before them all (`In Kora, ...`: every count's up to a semicolon); a landmark goes with
    the place before it (`2 killed in Kora, 40 km south of Lomi, and ...`), and a count left
    with none takes the one's before it (but not the last of a breakdown by place,
    `_breakdown_before`), else after, short of a semicolon (`Kora 101 killed
    and 162 wounded`, `killed 5 and wounded 12 in Kora`; a whole before its parts takes all
    theirs: `killed 30, including 12 in Kora and 18 in Lomi`). A country is every figure's, and a
    distance (which measures where a place is) is at every place. Otherwise, and in a table's
    row (`by_offset` False), every figure is at every place. Linear in the sentence: a run-on
    list of a thousand counts is no slower per count than one of two."""
    names = tuple(dict.fromkeys(m.place.name for m in mentions))
    counts = [i for i, f in enumerate(figures) if f.kind not in _MEASURES]
    local = [m for m in mentions if m.place.local]
    if not by_offset or len(counts) < 2 or len({m.place for m in local}) < 2:
        return [f.at(names) for f in figures]
    starts = [figures[i].start for i in counts]
    ends = [figures[i].end for i in counts]
    fronted = {m.place.name for m in local if m.end <= starts[0] and "," in text[m.end:starts[0]]}
    fronted_until = text.find(";", starts[0])
    placed: list[set[str]] = [set() for _ in counts]  # each count's own places
    trailing = [False for _ in counts]  # ... one of them written after it (`1 in Lomi`)
    owner = None
    for k, m in enumerate(local):
        if m.end <= starts[0] and m.place.name in fronted:
            continue
        listed = k and _PLACE_LIST_GAP.fullmatch(text, local[k - 1].end, m.start)
        if owner is None or not (m.place in landmarks or listed):
            owner = _count_of(text, _place_list_at(text, local, k), starts, ends)
        placed[owner].add(m.place.name)
        trailing[owner] = trailing[owner] or m.start >= ends[owner]
    for k in range(1, len(counts)):
        if not placed[k] and ";" not in text[ends[k - 1]:starts[k]] and not _breakdown_before(placed, trailing, k):
            placed[k] = placed[k - 1]
    for k in range(len(counts) - 2, -1, -1):
        if not placed[k] and ";" not in text[ends[k]:starts[k + 1]]:
            placed[k] = _places_of_parts(figures, counts, placed, k + 1) or placed[k + 1]
    order = {name: n for n, name in enumerate(names)}
    everywhere = {m.place.name for m in mentions if not m.place.local}
    out = [f.at(names) for f in figures]  # a distance's
    for k, i in enumerate(counts):
        where = placed[k] | everywhere
        if fronted_until < 0 or starts[k] < fronted_until:
            where |= fronted
        out[i] = figures[i].at(tuple(sorted(where, key=order.__getitem__)))
    return out


def _breakdown_before(placed: list[set[str]], trailing: list[bool], k: int) -> bool:
    """Whether the two counts before count `k` are a breakdown by place, the last one's place
    written after it (`trailing`): `killed two in Kora and one in Lomi, and injured seven`,
    where Lomi is no more the seven's than Kora is; but in `Kora 4 killed, Lomi 2 killed and 9
    wounded` the 9 are in Lomi."""
    return k >= 2 and trailing[k - 1] and bool(placed[k - 2]) and placed[k - 1] != placed[k - 2]


def _places_of_parts(figures: list[Figure], counts: list[int], placed: list[set[str]], k: int) -> set[str]:
    """The places of the parts that follow a whole from count `k` on (`killed 30 people,
    including 12 in Kora and 18 in Lomi`): all of them the whole's."""
    parts: set[str] = set()
    while k < len(counts) and figures[counts[k]].part:
        parts |= placed[k]
        k += 1
    return parts


def _place_list_at(text: str, mentions: list[PlaceMention], k: int) -> PlaceMention:
    """The mention `k` with the places listed after it (`the Pokrovsk and Kurakhove axes`): one
    span, whose count is every listed place's."""
    last = k
    while last + 1 < len(mentions) and _PLACE_LIST_GAP.fullmatch(text, mentions[last].end, mentions[last + 1].start):
        last += 1
    return mentions[k] if last == k else PlaceMention(mentions[k].place, mentions[k].start, mentions[last].end)


def _count_of(text: str, mention: PlaceMention, starts: list[int], ends: list[int]) -> int:
    """Which count (by its place among the counts, given by their sorted `starts` and `ends`)
    a place mention is about: the count before it where no comma or conjunction comes between
    (`5 people were killed in Kora`), else the one after it so (`Lomi 3 killed`), else the
    nearer one (on a tie the one before it)."""
    before = bisect.bisect_right(ends, mention.start) - 1  # the last count ending before it
    after = bisect.bisect_left(starts, mention.end)  # the first count starting after it
    if after > before + 1:
        return before + 1  # a count the mention lies in
    if before >= 0 and not _JOINT.search(text, ends[before], mention.start):
        return before
    if after < len(starts) and not _JOINT.search(text, mention.end, starts[after]):
        return after
    if before < 0:
        return after
    if after >= len(starts):
        return before
    return before if mention.start - ends[before] <= starts[after] - mention.end else after


def _not_speaking(text: str, mentions: list[PlaceMention], attributions: list[Attribution]) -> list[PlaceMention]:
    """The mentions that are no source right before its verb (`Kyiv said 50 were killed`,
    `Kyiv has said`, `a truce Moscow had declared`): a capital speaking for its government
    says nothing about where the figures are."""
    verbs = [a.at for a in attributions if a.at is not None]
    if not verbs:
        return mentions
    return [m for m in mentions
            if not any(0 < at - m.end <= 2 or m.end < at and _LEAD_INS.fullmatch(text, m.end, at) for at in verbs)]


def _not_where_spoken(text: str, mentions: list[PlaceMention], attributions: list[Attribution]
                      ) -> list[PlaceMention]:
    """The mentions that are not where a statement was made (`a UN spokesman told reporters in
    Geneva`, `Speaking in Brussels, the commissioner said`): the figures are not there."""
    verbs = [a.at for a in attributions if a.at is not None]
    return [m for m in mentions
            if not (any(at < m.start and _spoken_at(text, at, m.start) for at in verbs)
                    or _SPEAKING_IN.search(text, max(0, m.start - 60), m.start))]


def _spoken_at(text: str, verb: int, place: int) -> bool:
    """Whether what stands between a reporting verb and a place says where the statement was
    made: `told reporters in`, `said at a briefing in`, `said in`, or after `told` an outlet
    or person by name (`told Reuters in`, `told the BBC in`)."""
    after = text.find(" ", verb)
    return _SPOKEN_AT.fullmatch(text, after, place) is not None or (
        text.startswith("told", verb) and _TOLD_NAMED.fullmatch(text, after, place) is not None)


def _outside_asides(text: str, mentions: list[PlaceMention], figures: list[Figure]) -> list[PlaceMention]:
    """The mentions outside a relative aside that holds no figure (`The army, which has held
    Kora for months, said shelling of Lomi killed 11`; `Lomi, which lies south of Kora,`): it
    says something about someone else, not where the counts are. All of them where none
    below country level would be left."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)
              if not any(m.start() <= f.start < m.end() for f in figures)]
    if not asides:
        return mentions
    outside = [m for m in mentions if not any(start <= m.start < end for start, end in asides)]
    return outside if any(m.place.local for m in outside) else mentions


def _not_in_the_speakers_country(text: str, figures: list[Figure], mentions: list[PlaceMention],
                                 attributions: list[Attribution]) -> list[Figure]:
    """A figure placed below country level is not in the country whose institution speaks
    (`Russia's defence ministry said 600 soldiers were killed near Kupiansk`, its speaker
    `Russian defence ministry`). With countries alone it stays there: a health ministry's
    country is where its dead are, and `Ukraine's air force said Russia launched 30 drones`
    are at both."""
    owners = tuple(name.split(" ", 1)[1].lower() for name in (a.speaker.name for a in attributions)
                   if " " in name)  # what follows a country's possessive in its speaker's name
    if not owners:
        return figures
    owning = [(m.place.name, _owns_the_speaker(text, m, owners)) for m in mentions if not m.place.local]
    speaking = {name for name, owns in owning if owns} - {name for name, owns in owning if not owns}
    if not speaking:
        return figures
    local = {m.place.name for m in mentions if m.place.local}
    return [f.at(tuple(p for p in f.places if p not in speaking))
            if local.intersection(f.places) and speaking.intersection(f.places) else f for f in figures]


def _owns_the_speaker(text: str, mention: PlaceMention, owners: tuple[str, ...]) -> bool:
    possessive = _POSSESSIVE.match(text, mention.end)
    after = text[possessive.end():possessive.end() + 80].lower() if possessive else ""
    return any(after.startswith(owner) and not after[len(owner):len(owner) + 1].isalnum() for owner in owners)


def _carried_over(text: str, figures: list[Figure], before: str,
                  mentions: list[PlaceMention]) -> tuple[list[Figure], list[Place]]:
    """The figures of a sentence that names no place, a toll (`_CARRIED_KINDS`) placed where
    the sentence `before` it on its line (a wire story's paragraph, a live page's entry) put
    the attack (`Shelling hit a market in Kora. Five people were wounded, the governor
    said.`), with the places so given: its places below country level, landmarks aside, if it
    names one or two, not counting a region that holds another of them; none for a running
    total or a count over a wider area (`Across the region, 40 were wounded`)."""
    if not any(map(_carried, figures)) or _WIDER_SCOPE.search(text):
        return figures, []
    local = [m for m in mentions if m.place.local]
    if not local:
        return figures, []
    landmarks = reference_points(before, local)
    places = list(dict.fromkeys(m.place for m in local if m.place not in landmarks))
    innermost = [p for p in places if not any(q.admin1 == p.name for q in places)]
    if not innermost or len(innermost) > _MOST_CARRIED_PLACES:
        return figures, []  # "near Kora (Lomi, West Bank)": the region holding Kora is no other place
    names = tuple(p.name for p in places)
    return [f.at(names) if _carried(f) else f for f in figures], places


def _carried(figure: Figure) -> bool:
    """A toll that may take the places of the sentence before: not a running total."""
    return figure.kind in _CARRIED_KINDS and figure.period != "cumulative"


_MEASURES = frozenset({"distance"})  # kinds that measure where a place is, not what happened there


def _no_figures(sentence: str) -> list[Figure]:
    """In a language the rules do not read, `800 und` or `5 січня` would be garbage figures."""
    return []


def _quotation_speakers(sentences: Sequence[Sentence],
                        attributions: Sequence[list[Attribution]]) -> dict[int, Attribution]:
    """Sentences inside a quotation that runs over several sentences or paragraphs, each with
    the attribution given anywhere in that quotation (`"...` / `"...," he said.`)."""
    runs: list[list[int]] = []
    run: list[int] = []
    inside = False
    for i, sentence in enumerate(sentences):
        marks = sentence.text.count('"')
        new_paragraph = i > 0 and sentence.paragraph != sentences[i - 1].paragraph
        if inside and new_paragraph:
            if sentence.text.startswith('"'):
                marks -= 1  # a quotation carried into a new paragraph reopens with a mark
            else:
                inside = False
        starts_inside = inside or sentence.text.startswith('"')
        inside = inside != (marks % 2 == 1)
        if starts_inside or inside:
            run.append(i)
        if not inside and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out: dict[int, Attribution] = {}
    for indexes in runs:
        given = next((a[0] for a in (attributions[i] for i in indexes) if a), None)
        before = indexes[0] - 1
        if given is None and before >= 0 and attributions[before] and sentences[before].text.endswith(":"):
            given = attributions[before][0]  # `X said:` right before the quotation
        if given is not None:
            out.update((i, given) for i in indexes if not attributions[i])
    return out


def _turn_speakers(sentences: Sequence[Sentence], attributions: Sequence[list[Attribution]]) -> dict[int, Attribution]:
    """Sentences of a turn that a label opens (`GEN. KORA: Thank you. We lost 148 killed.`, a
    transcript's or a post's), each with the label's speaker, to the paragraph's end; a label
    that names no source (`Q:`, `MODERATOR:`) ends the turn before it."""
    out: dict[int, Attribution] = {}
    turn: Attribution | None = None
    for i, sentence in enumerate(sentences):
        if i and sentence.paragraph != sentences[i - 1].paragraph:
            turn = None
        label = _TURN_LABEL.match(sentence.text)
        if label:
            turn = next((a for a in attributions[i]  # the label's, not a verb's (`He said: ...`)
                         if a.at is None and _names_the_speaker(label.group(1), a.speaker)), None)
        elif turn is not None and not attributions[i]:
            out[i] = turn
    return out


def _names_the_speaker(label: str, speaker: Speaker) -> bool:
    """Whether a label holds the last word of the speaker's name (`GEN. KORA`: Ali Kora)."""
    words = speaker.name.split()
    return bool(words) and fold(words[-1]) in fold(label).split()


_TURN_LABEL = re.compile(r"(\w[^:\n]{0,58}):\s")  # "GEN. KORA: ", "Mr Kora Lomi (Defence Secretary): "


def _figure_sources(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The sources that may give a sentence's figures: not one that only claims a deed (`an
    attack claimed by Islamic State`, speakers.toml responsibility_agents) while another
    source speaks."""
    givers = [a for a in attributions if a.at is None or not _RESPONSIBILITY_AGENT.match(text, a.at)]
    return givers or attributions


def _nearest_sources(text: str, attributions: list[Attribution], figures: list[Figure]) -> list[Attribution]:
    """For each figure, of a sentence's sources the one whose verb or cue stands nearest it
    (`_source_distance`); none where fewer than two sources are placed. The first figure's is
    the sentence's main source: `The rebels said they hit a tanker, hours after the US military
    said it shot down 12 drones` gives the drones to the US military; `12 soldiers died, the
    army said, while the rebels said 30 fighters were killed` the 12 to the army and the 30 to
    the rebels."""
    placed = [a for a in attributions if a.at is not None]
    if len(placed) < 2:
        return []
    return [min(placed, key=lambda a: _source_distance(text, a, f)) for f in figures]


def _source_distance(text: str, source: Attribution, figure: Figure) -> int:
    """How far a source's verb or cue stands from a figure; one after it past a new clause
    (`300 soldiers, while Lomi said`) speaks of that clause, not of the figure."""
    if source.at < figure.start:
        return figure.start - source.at
    return source.at - figure.end + (len(text) if _NEW_CLAUSE.search(text, figure.end, source.at) else 0)


def _header_issuer(issued_by: str | None, lexicon: SpeakerLexicon, gazetteer: Gazetteer) -> Attribution | None:
    """A party to the fighting a header's `Source:` names (`RSF media office (Telegram)`,
    `Israel Defense Forces`): it issues the report, and the claims that name no other source
    are its. The longest start of the name that is a known side's institution or person is
    taken (`RSF` of `RSF media office`). A source of no side issues nothing: a news agency
    (`Source: Reuters`), a desk, a genre (`Source: statement`)."""
    if not issued_by:
        return None
    words = _CHANNEL_ASIDE.sub("", issued_by).split(",")[0].split()[:_ISSUER_WORDS]
    tracker = SpeakerTracker(lexicon, gazetteer)
    for n in range(len(words), 0, -1):
        found = tracker.attribute(f"{' '.join(words[:n])} said so.")
        if found and found[0].speaker.side and found[0].speaker.kind in ("institution", "person"):
            return Attribution(found[0].speaker, None)
    return None


_CHANNEL_ASIDE = re.compile(r"\s*\([^()]*\)")  # "(Telegram)", "(official channel)"
_ISSUER_WORDS = 6  # the longest name of a header's source tried


def _statement_issuer(texts: Sequence[str], attributions: Sequence[list[Attribution]],
                      lexicon: SpeakerLexicon) -> Attribution | None:
    """Who issues an official statement (`Statement by the Ministry of Defence`, `IDF statement`,
    or a `Statement:` headline and then `The General Staff reports ...`): the first source of its
    opening sentences speaks every claim that names no other."""
    if not texts or not opens_a_statement(texts[0], lexicon):
        return None
    opening = attributions[:STATEMENT_OPENING_SENTENCES]
    first = next((a[0] for a in opening if a), None)
    return Attribution(first.speaker, None) if first else None


def _one_unknown_place_a_name(placed: list[list[PlaceMention]]) -> list[list[PlaceMention]]:
    """A place the gazetteer does not know, named twice in a report with two types (`Tessa
    town`, then `15 km from Tessa`), is one place, of the type a cue word gave it."""
    best: dict[str, Place] = {}
    for mentions in placed:
        for m in mentions:
            if m.place.resolved:
                continue
            known = best.get(m.place.name)
            if known is None or known.type == UNTYPED_PLACE and m.place.type != UNTYPED_PLACE:
                best[m.place.name] = m.place
    if not best:
        return placed  # most reports: every place known
    return [[m if m.place.resolved or m.place == best[m.place.name] else replace(m, place=best[m.place.name])
             for m in mentions] for mentions in placed]


def _outside_names(text: str, mentions: list[PlaceMention],
                   attributions: list[Attribution]) -> list[PlaceMention]:
    """The place mentions that are not a speaker's surname: `said Halima Aden` names a
    woman, not the port of Aden, where the place is the last word of a person quoted in the
    sentence and written right after the rest of the name."""
    people = [a.speaker.name for a in attributions if a.speaker.kind == "person"]
    if not people:
        return mentions
    return [m for m in mentions
            if not any(name.endswith(" " + text[m.start:m.end])
                       and text.endswith(name, 0, m.end) for name in people)]


def _count_by_name(speakers: Iterable[Speaker]) -> Counter:
    """One count per name, whatever role each mention gave (`Mr`, `President`); wordings of
    one institution the lexicon does not know stay apart here (the tracker gives a known one
    one wording per report), as the report words them, and meet in the digest."""
    first: dict[str, Speaker] = {}
    counts: Counter = Counter()
    for s in speakers:
        counts[first.setdefault(s.name, s)] += 1
    return counts


def _dated_past(text: str, figures: list[Figure], report_date: str, claimed_on: str) -> list[Figure]:
    """Figures of a past event the sentence dates a week or more before the report (or the
    live page's day it is under), with that day, month or year (`Figure.on`): a timeline's
    `10 February 2022: Nine people were killed`, `In April 2024, seven soldiers were
    killed`, after `when` (`the deadliest since April 2024, when seven soldiers were
    killed`), or on the claim's own day (`Ten years ago, on 17 July 2014, 298 people were
    killed`). They are another fact than the day's numbers, which they neither dispute nor
    raise. `claimed_on` is the claim's own day (`_claim_date`)."""
    opening = _opening_date(text)
    when = _WHEN_DATE.search(text) if opening is None and " when" in text else None
    found = opening or when
    if found:
        on = _past_date(found, report_date)
    else:
        on = claimed_on if _days_apart(claimed_on, report_date) >= _RECALLED_DAYS else None
    if on is None:
        return figures
    if not when:
        return [replace(f, on=on) for f in figures]
    after, until = when.end(), _when_clause_end(text, when)
    periods = _own_periods(text, after, until) if any(f.period for f in figures if after <= f.start < until) else {}
    return [replace(f, on=on, period=periods.get(f.start)) if after <= f.start < until else f for f in figures]


def _over_a_span(text: str, figures: list[Figure], report_date: str) -> list[Figure]:
    """Figures after a span of days that opens the sentence or its clause before them
    (`Between 18 March and 3 June, 4,335 were killed`, `According to the ministry, from 1 to 7
    May, ...`) count over that span: a running total where it is longer than a day, the day's
    where it is one (`between the afternoons of 2 and 3 June`). Figures given a period of their
    own keep it."""
    span = _OPENING_SPAN.search(text, 0, figures[0].start)
    last = NAMED_DAY.search(span.group("last")) if span else None
    if last is None:
        return figures  # "Between 20 and 30, most of them civilians": no days
    first = NAMED_DAY.search(span.group("first")) or NAMED_DAY.search(  # "2 and 3 June": June's 2
        f"{span.group('first')} {last.group('month') or last.group('month_first')}")
    ends = [_day_of(m, report_date) if m else None for m in (first, last)]
    one_day = None not in ends and 0 <= _days_apart(ends[0], ends[1]) <= 1
    period = "daily" if one_day else "cumulative"
    return [replace(f, period=period) if f.period is None and f.start >= span.end() else f for f in figures]


def _when_clause_end(text: str, when: re.Match) -> int:
    """Where the past event after `when` is told to: the sentence's end (`the deadliest since
    April 2024, when seven soldiers were killed`), but the next comma where the date opens the
    sentence, whose own statement follows (`Since April 2024, when the war began, 1,200 soldiers
    have been killed`: a running total, the day's)."""
    if text[:when.start()].strip():
        return len(text)
    comma = text.find(",", when.end())
    return comma if comma >= 0 else len(text)


def _own_periods(text: str, start: int, end: int) -> dict[int, str | None]:
    """The periods of the figures of a past event's clause, read in the clause alone: the main
    clause's `overnight` is not the period of `the deadliest since October 2024, when 11 were
    killed`. Keyed by where each figure starts in the sentence."""
    return {start + f.start: f.period for f in extract_figures(text[start:end])}


def _past_date(m: re.Match, report_date: str) -> str | None:
    """The date a match of `_OPENING_DATE` or `_WHEN_DATE` names, if it is a week or more
    before the report's day (`claim_dates.toml`), or in an earlier month or year."""
    year = m.group("year") or m.group("month_year") or m.group("year_only")
    if m.group("month") or m.group("month_first"):
        day = _day_of(m, report_date)
        return day if day and _days_apart(day, report_date) >= _RECALLED_DAYS else None
    if m.group("named_month"):
        first = resolve_day_of_month(1, m.group("named_month"), int(year), report_date)
        on = first[:7] if first else None  # "April 2024": 2024-04
    else:
        on = year
    return on if on and on < report_date[:len(on)] else None


def _opening_date(text: str) -> re.Match | None:
    """The date a sentence opens with (`_OPENING_DATE`); most open with no such letter."""
    return _OPENING_DATE.match(text) if text[:1] in _OPENING_DATE_STARTS or not text[:1].isalpha() else None


def _day_of(m: re.Match, report_date: str) -> str | None:
    """The day a match of `DAY_OF_MONTH` names, its year the report's where it gives none."""
    year = m.group("year")
    return resolve_day_of_month(int(m.group("day") or m.group("day_after")), m.group("month") or m.group("month_first"),
                                int(year) if year else None, report_date)


def _days_apart(earlier: str, later: str) -> int:
    return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier)).days if len(later) >= 10 else 0


def _not_withdrawn(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures a correction note does not withdraw: it tells what an earlier version said
    (corrections.toml: `An earlier version of this story said 12 people were killed`), up to a
    semicolon or a `but` after which it may give the right number (`...; the correct toll is
    21`)."""
    if not ("version" in text or any(a in text for a in _MISTAKE_ADVERBS)):
        return figures  # most sentences
    m = _WITHDRAWN.search(text)
    if m is None:
        return figures
    right = _CORRECTED_AFTER.search(text, m.end())
    return [f for f in figures if right is not None and f.start >= right.end()]


def _unverified_sentences(texts: list[str], counted: list[list[Figure]],
                          lexicon: SpeakerLexicon) -> set[int]:
    """Sentences a report marks as unconfirmed: each note, and what it refers to. A note that
    names the figures it could not verify (`the death toll`, note_subjects.toml) is about its
    own sentence if that holds such a figure, else the sentence before if that does, else the
    report's first that does: a closing note is about the lead. Any other note is about the
    sentence before it (`Neither claim ...`: the two before it)."""
    marked = set()
    for i, text in enumerate(texts):
        if not lexicon.is_verification_note(text):
            continue
        marked.add(i)
        kinds = _note_subject_kinds(text)
        if kinds is None:
            reach = _NOTE_REACH.search(text)
            before = _CLAIMS_BEFORE[reach.group().lower()] if reach else 1
            marked.update(range(max(i - before, 0), i))
            continue

        def holds(j: int) -> bool:
            return any(not kinds or f.kind in kinds for f in counted[j])

        if holds(i):
            continue
        about = i - 1 if i and holds(i - 1) else next((j for j in range(i) if holds(j)), i - 1)
        if about >= 0:
            marked.add(about)
    return marked


def _note_subject_kinds(note: str) -> frozenset[str] | None:
    """The figure kinds a verification note names as unverified (empty: any figure), or None
    when it names none (`the report could not be verified`)."""
    m = _NOTE_SUBJECT.search(note)
    return None if m is None else _NOTE_SUBJECTS[" ".join(m.group().lower().split())]


def _row_places(gazetteer: Gazetteer, row: str, header: str) -> list[PlaceMention]:
    """The place a table row's first cell names, read with its column's header as the kind of
    place it is (`| Lomi |` under `| Province |`: Lomi province), else the places the row names."""
    (start, end), (head_start, head_end) = table_cells(row)[0], table_cells(header)[0]
    label = row[start:end]
    if label.lower() in _TOTAL_LABELS:
        return []  # "| Total | 49 |": all the rows', no place's
    if label and header[head_start:head_end]:
        named = gazetteer.find(f"{label} {header[head_start:head_end]}")
        if named and named[0].start == 0 and named[0].end <= len(label):
            return [replace(named[0], start=start, end=start + named[0].end)]
    return gazetteer.find(row)


def _row_attributions(tracker: SpeakerTracker, row: str, header: str) -> list[Attribution]:
    """Who gives a table row's numbers: its cell under a `Source` column (report_headers.toml's
    table_source_labels), read as a `Source:` line is; else whoever the row names."""
    for (head_start, head_end), (start, end) in zip(table_cells(header), table_cells(row)):
        if start < end and header[head_start:head_end].lower() in _SOURCE_LABELS:
            return [replace(a, at=None) for a in tracker.attribute(f"Source: {row[start:end]}")]
    return tracker.attribute(row)


_TOTAL_LABELS = frozenset(load_toml("report_headers.toml")["table_total_labels"])
_SOURCE_LABELS = frozenset(load_toml("report_headers.toml")["table_source_labels"])

DATELINE_SENTENCES = 4
"""A dateline is in a report's first lines: its headline, byline and first sentence."""


def _names_only_places(text: str, mentions: Sequence[PlaceMention]) -> bool:
    """Whether a sentence is place names only (`North Darfur`, `Kora, Lomi and Tessa`): a
    heading or a list, not a claim about the places."""
    at, rest = 0, []
    for m in mentions:
        rest.append(text[at:m.start])
        at = max(at, m.end)
    rest.append(text[at:])
    return _WORD_BESIDE_PLACES.search(" ".join(rest)) is None


_WORD_BESIDE_PLACES = re.compile(r"\b(?!(?:and|or|the|of)\b)[^\W\d_]{2,}", re.I)


def _claim_date(text: str, report_date: str | None) -> str | None:
    """A claim's own date: a day of a month it happened on (`on 9 June`), a weekday named in
    the sentence (not as a period's start: `since Monday`), or a day counted back from the
    report's (`yesterday`, `two days ago`), resolved against the report date."""
    if report_date is None:
        return report_date
    opening = _opening_date(text)
    if opening and (opening.group("month") or opening.group("month_first")):  # a timeline's "May 12, 2024:"
        found = _day_of(opening, report_date)
        if found:
            return found
    on_date = _EVENT_DATE.search(text) if "n " in text else None  # "on 9 June", "On June 9"
    while on_date and (_WHEN_AFTER.match(text, on_date.end())  # "since an ambush on 9 June 2024, when ..."
                       or _starts_a_period(text, on_date.start())):  # "since ... opened on 27 May"
        on_date = _EVENT_DATE.search(text, on_date.end())
    if on_date:
        day = on_date.group("day") or on_date.group("day_after")
        month = on_date.group("month") or on_date.group("month_first")
        year = on_date.group("year")
        found = resolve_day_of_month(int(day), month, int(year) if year else None, report_date)
        if found:
            return found
    if not _names_a_day(text):
        return report_date
    before = ""
    for word in text.split():
        day = word.strip(",.;:").removesuffix("'s").capitalize()  # "Tuesday's shelling"
        if day in _WEEKDAYS and before not in _PERIOD_STARTS:  # not "since Monday"
            return resolve_weekday(day, report_date) or report_date
        before = word.lower()
    back = _days_back(text)
    return (days_before(report_date, back) or report_date) if back else report_date


def _starts_a_period(text: str, at: int) -> bool:
    """Whether a date at `at` is in a clause a period's start opens (`since the crossing
    opened on 27 May`), with no comma or semicolon between: it dates the period's start."""
    clause = text[:at]
    cut = max(clause.rfind(","), clause.rfind(";"))
    return _PERIOD_START_CLAUSE.search(clause, cut + 1) is not None


def _names_a_day(text: str) -> bool:
    """Whether a weekday's name, or a word counting days back, is in the text, in any case.
    Most sentences name none, and looking for "day" first is thirty times cheaper."""
    return "day" in text.lower() and _WEEKDAY_HINT.search(text) is not None


def _days_back(text: str) -> int:
    """How many days before the report's the sentence dates its claim (`yesterday`), 0 if it
    does not, or only as the start of a period (`since yesterday`)."""
    for m in _DAYS_BACK.finditer(text):
        if m.group("start") is None:
            return _CLAIM_DATES["days_back"][" ".join(m.group("word").lower().split())]
    return 0


_CLAIM_DATES = load_toml("claim_dates.toml")
_CARRIED = load_toml("carried_places.toml")
_CARRIED_KINDS = frozenset(_CARRIED["carried_kinds"])
_WIDER_SCOPE = re.compile(rf"\b(?:{phrase_alternation(_CARRIED['wider_scope_words'])})\b", re.I)
_MOST_CARRIED_PLACES = _CARRIED["most_places"]
_LEAD_INS = re.compile(rf"(?:\s+(?:{phrase_alternation(_CARRIED['speaker_verb_lead_ins'])})){{1,2}}\s+", re.IGNORECASE)
_AUDIENCES = phrase_alternation(_CARRIED["statement_audiences"])
_ARTICLE = r"(?:(?:the|a|an)\s+)?"
_SPOKEN_AT = re.compile(  # after the verb: " reporters in ", " at a briefing in ", " in "
    rf"\s+(?:(?:to\s+)?{_ARTICLE}(?:{_AUDIENCES})\s+)?(?:(?:in|at)\s+{_ARTICLE}(?:{_AUDIENCES})\s+)?"
    rf"(?:in|at|from)\s+(?:the\s+)?", re.IGNORECASE)
_TOLD_NAMED = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:in|at|from)\s+(?:the\s+)?")  # " Reuters in "
_SPEAKING_IN = re.compile(  # "Speaking in ", "Speaking to reporters in "
    r"(?:^|[,;]\s*)[\"'\u201c]?speaking\s+(?:to\s+[^,;]{1,40}?\s+)?(?:in|at|from)\s+(?:the\s+)?\Z", re.IGNORECASE)
_CORRECTIONS = load_toml("corrections.toml")
_MISTAKE_ADVERBS = tuple(_CORRECTIONS["mistake_adverbs"])
_DOCUMENTS = phrase_alternation(_CORRECTIONS["documents"])
_CORRECTED_AFTER = re.compile(r";|,?\s+but\b")
_WITHDRAWN = re.compile(
    rf"\b(?:{phrase_alternation(_CORRECTIONS['earlier_words'])})\s+versions?\s+of\s+(?:this|the)\s+(?:{_DOCUMENTS})\b"
    rf"|\b(?:we|this\s+(?:{_DOCUMENTS}))\s+(?:had\s+|has\s+)?(?:{phrase_alternation(_MISTAKE_ADVERBS)})\b", re.I)
_CONJUNCTIONS = phrase_alternation(load_toml("speakers.toml")["clause_conjunctions"])  # and, but, while
_RESPONSIBILITY_AGENT = re.compile(
    rf"(?:{phrase_alternation(load_toml('speakers.toml')['responsibility_agents'])})\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(rf";|,\s+(?:{_CONJUNCTIONS})\b")  # `; `, `, while`
_JOINT = re.compile(rf"[,;]|\b(?:{_CONJUNCTIONS})\b")  # what joins two counts' clauses or list items
_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;()]*")  # `, which has held Kora for months`
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_PLACE_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?|\s*/\s*")  # `Kora, Lomi and Tessa`
_NOTE_SUBJECTS = {phrase: frozenset(kinds) for phrase, kinds in load_toml("note_subjects.toml")["subjects"].items()}
_CLAIMS_BEFORE = load_toml("note_subjects.toml")["claims_before"]
_NOTE_REACH = re.compile(rf"\b(?:{phrase_alternation(_CLAIMS_BEFORE)})\b", re.IGNORECASE)
_NOTE_SUBJECT = re.compile(rf"\b(?:{phrase_alternation(_NOTE_SUBJECTS)})\b", re.IGNORECASE)
_PERIOD_START_CLAUSE = re.compile(rf"\b(?:{phrase_alternation(_CLAIM_DATES['period_start_clauses'])})\b", re.I)
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_PERIOD_STARTS = frozenset(_CLAIM_DATES["period_starts"])
_DAYS_BACK = re.compile(
    rf"(?:\b(?P<start>{'|'.join(_CLAIM_DATES['period_starts'])})\s+)?"
    rf"\b(?P<word>{phrase_alternation(_CLAIM_DATES['days_back'])})\b", re.IGNORECASE)
_EVENT_DATE = re.compile(  # after "on" and an optional weekday: "9 June", "the 9th of June", "June 9"
    rf"\b[Oo]n\s+(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?(?:the\s+(?=\d))?{DAY_OF_MONTH}")
_WEEKDAY_HINT = re.compile("|".join([*_WEEKDAYS, *_CLAIM_DATES["days_back"]]), re.IGNORECASE)
_RECALLED_DAYS = _CLAIM_DATES["recalled_after_days"]
_PAST_DATE = (rf"(?:{DAY_OF_MONTH}|(?P<named_month>{'|'.join(MONTH_NAMES)})\.?\s+(?P<month_year>(?:19|20)\d\d)"
              rf"|(?P<year_only>(?:19|20)\d\d))\b")
_OPENING_DATE = re.compile(  # "On 12 May 2024,", "In April 2024,", "In 2019,", a timeline's "May 12, 2024:"
    rf"[\W_]*(?:(?:On|In)\s+(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?(?:the\s+(?=\d))?)?{_PAST_DATE}"
    rf"(?:,|\s*:|\s[-\u2013\u2014]\s)", re.IGNORECASE)
_OPENING_DATE_STARTS = frozenset("OoIi0123456789") | frozenset(m[0] for m in MONTH_NAMES)
_SPAN_DAY = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:{'|'.join(MONTH_NAMES)})\b\.?)?"
             rf"|(?:{'|'.join(MONTH_NAMES)})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?")
_OPENING_SPAN = re.compile(  # "Between 18 March and 3 June,", "From 1 to 7 May 2025,", "of 2 and 3 June,"
    rf"(?:^[\W_]*|,\s+)(?:between|from)\s+(?:the\s+\w+\s+of\s+)?(?P<first>{_SPAN_DAY})"
    rf"\s+(?:and|to|till|until|through)\s+(?P<last>{_SPAN_DAY}),", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_WHEN_DATE = re.compile(rf"\b(?:in|since|on)\s+(?:the\s+(?=\d))?{_PAST_DATE},?\s+when\b", re.IGNORECASE)
