"""Merge per-report extractions into one digest per day: each fact once, with all its sources.

Figures that state the same fact (same kind, counted thing, side and period, same number)
become one entry. Different numbers for the same fact stay separate entries, each marked
`disputed` and listing the others as variants, most conservative first: never averaged,
never dropped. A fact already given on an earlier day is marked `previously_reported`.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable

import regex

from .figures import what_class
from .models import (FIGURE_KINDS, UNDATED, Claim, DayDigest, Digest, ExtractedReport, Figure, MergedClaim,
                     MergedFigure, MergedPlace, MergedSpeaker, Place, Skipped)

CLAIM_OVERLAP = 0.6  # share of words two claims must have in common to be one claim


def summarize(extracted: Iterable[ExtractedReport], skipped: Iterable[Skipped] = ()) -> Digest:
    """Group reports by date (oldest first, undated last) and merge each day."""
    by_day: dict[str, list[ExtractedReport]] = defaultdict(list)
    for item in extracted:
        by_day[item.report.date or UNDATED].append(item)
    days = [_merge_day(day, by_day[day]) for day in sorted(by_day, key=_day_order)]
    _mark_previously_reported(days)
    return Digest(days=days, skipped=list(skipped))


def _day_order(day: str) -> tuple[int, str]:
    return (1, "") if day == UNDATED else (0, day)


def _merge_day(day: str, items: list[ExtractedReport]) -> DayDigest:
    items = sorted(items, key=lambda e: e.report.path)
    return DayDigest(
        date=day,
        reports=[e.report.path for e in items],
        figures=_merge_figures(items),
        locations=_merge_places(items),
        speakers=_merge_speakers(items),
        claims=_merge_claims(items),
    )


def fact_key(f: Figure) -> tuple:
    """What a figure is about, regardless of the number given for it."""
    return (f.kind, what_class(f.what, f.kind))


def _compatible(a: Figure, b: Figure) -> bool:
    """Side and period must not contradict: an unstated one matches either."""
    return ((a.actor is None or b.actor is None or a.actor == b.actor)
            and (a.period is None or b.period is None or a.period == b.period))


def _merge_figures(items: list[ExtractedReport]) -> list[MergedFigure]:
    entries: list[MergedFigure] = []
    by_number: dict[tuple, list[MergedFigure]] = defaultdict(list)
    speakers_of = _figure_speakers(items)
    for item in items:
        source = item.report.path
        for fig in item.figures:
            candidates = by_number[fact_key(fig) + (fig.low, fig.high)]
            same = next((e for e in candidates if _compatible(e.figure, fig)), None)
            if same is None:
                same = MergedFigure(fig, [source], [])
                entries.append(same)
                candidates.append(same)
            else:
                if source not in same.sources:
                    same.sources.append(source)
                if same.figure.approx and not fig.approx:
                    same.figure = fig  # an exact wording says more than a hedged one
            for name in speakers_of.get((source, id(fig)), ()):
                if name not in same.speakers:
                    same.speakers.append(name)
    _mark_disputes(entries, _figure_places(items))
    return entries


def _figure_speakers(items: list[ExtractedReport]) -> dict[tuple[str, int], list[str]]:
    """Who gives each figure: the speaker of the claim whose sentence holds it."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for item in items:
        by_value = defaultdict(list)
        for claim in item.claims:
            if claim.speaker:
                for f in claim.figures:
                    by_value[(f.low, f.high, f.kind, f.what, f.period)].append(claim.speaker.name)
        for fig in item.figures:
            out[(item.report.path, id(fig))] = by_value.get(
                (fig.low, fig.high, fig.kind, fig.what, fig.period), [])
    return out


def _figure_places(items: list[ExtractedReport]) -> dict[tuple, frozenset[str]]:
    """Where each figure is said to have happened: the places of the sentence that gives it."""
    out: dict[tuple, frozenset[str]] = {}
    for item in items:
        for claim in item.claims:
            places = _local_places(claim.places)
            for f in claim.figures:
                out.setdefault(_figure_id(f), places)
    return out


def _figure_id(f: Figure) -> tuple:
    return (f.low, f.high, f.kind, f.what, f.period, f.text)


def _mark_disputes(entries: list[MergedFigure], places: dict[tuple, frozenset[str]]) -> None:
    """Entries about the same fact (same kind, thing, side, period and place) with other numbers.

    Within one report, or where a report says the toll rose, they are a rising toll and the
    highest is the latest; otherwise numbers from different reports dispute each other.
    """
    groups: dict[tuple, list[MergedFigure]] = defaultdict(list)
    for e in entries:
        groups[fact_key(e.figure) + (e.figure.actor, e.figure.period)].append(e)
    for group in groups.values():
        if len(group) < 2:
            continue
        for e in group:
            same = [o for o in group if o is not e and _same_place(places, e, o)]
            if not same:
                continue
            cluster = [e, *same]
            if e.figure.kind in _TOLL_KINDS and (any(x.figure.update for x in cluster)
                                                  or _shares_a_source(cluster)):
                e.rising = True
                e.latest = e.figure.high >= max(o.figure.high for o in same)
                e.variants = [(o.figure, o.sources) for o in sorted(same, key=_conservative)]
                continue
            others = [o for o in same if not set(o.sources) & set(e.sources)]
            if others:
                e.disputed = True
                e.variants = [(o.figure, o.sources) for o in sorted(others, key=_conservative)]
    entries.sort(key=lambda e: (_kind_order(e.figure.kind), fact_key(e.figure), _conservative(e)))


def _shares_a_source(entries: list[MergedFigure]) -> bool:
    """Two of the numbers come from one report: a toll updated within it."""
    seen: set[str] = set()
    for e in entries:
        sources = set(e.sources)
        if sources & seen:
            return True
        seen |= sources
    return False


_TOLL_KINDS = frozenset({"killed", "wounded", "casualties", "missing", "displaced", "captured"})


def _same_place(places: dict[tuple, frozenset[str]], a: MergedFigure, b: MergedFigure) -> bool:
    """Two figures can be about one event when their sentences share a place, or name none."""
    pa = places.get(_figure_id(a.figure), frozenset())
    pb = places.get(_figure_id(b.figure), frozenset())
    return bool(pa & pb) or not (pa or pb)


def _local_places(places) -> frozenset[str]:
    """Places below country level: `Ukraine's military said` says nothing about where."""
    return frozenset(p.name for p in places if p.type not in ("country", "continent"))


def _conservative(e: MergedFigure) -> tuple:
    return (e.figure.low, e.figure.high)


def _kind_order(kind: str) -> int:
    return FIGURE_KINDS.index(kind) if kind in FIGURE_KINDS else len(FIGURE_KINDS)


def _merge_places(items: Iterable[ExtractedReport], keep=lambda place: True) -> list[MergedPlace]:
    """Each place once with its mentions added up and the reports naming it, busiest first."""
    merged: dict[Place, MergedPlace] = {}
    for item in items:
        for count in item.locations:
            if not keep(count.place):
                continue
            entry = merged.setdefault(count.place, MergedPlace(count.place, 0, []))
            entry.mentions += count.mentions
            if item.report.path not in entry.sources:
                entry.sources.append(item.report.path)
    return sorted(merged.values(), key=lambda m: (-m.mentions, m.place.name))


def places_by_sector(extracted: Iterable[ExtractedReport]) -> list[tuple[str, list[MergedPlace]]]:
    """Every front sector the reports name, busiest first, with its places (read as a stream:
    memory grows with the places, not the reports)."""
    by_sector: dict[str, list[MergedPlace]] = defaultdict(list)
    for entry in _merge_places(extracted, keep=lambda place: bool(place.sector)):
        by_sector[entry.place.sector].append(entry)
    return sorted(by_sector.items(), key=lambda kv: (-sum(p.mentions for p in kv[1]), kv[0]))


def _merge_speakers(items: list[ExtractedReport]) -> list[MergedSpeaker]:
    merged: dict[str, MergedSpeaker] = {}
    for item in items:
        for count in item.speakers:
            entry = merged.get(count.speaker.key)
            if entry is None:
                entry = merged[count.speaker.key] = MergedSpeaker(count.speaker, 0, [])
            entry.statements += count.mentions
            entry.sources.append(item.report.path)
    return sorted(merged.values(), key=lambda m: (-m.statements, m.speaker.name))


def _merge_claims(items: list[ExtractedReport]) -> list[MergedClaim]:
    merged: list[MergedClaim] = []
    index = _ClaimIndex()
    for item in items:
        for claim in item.claims:
            twin = index.find(claim)
            if twin is None:
                merged.append(MergedClaim(claim, [claim.report]))
                index.add(claim, merged[-1])
                continue
            if claim.report not in twin.sources:
                twin.sources.append(claim.report)
            if len(claim.text) > len(twin.claim.text):
                twin.claim = _fuller(claim, twin.claim)
                index.add(claim, twin)  # the fuller wording is matched from now on too
    return merged


class _ClaimIndex:
    """Claims by what a near-duplicate must share (its numbers and front sectors), each
    claim's words counted once: finding a twin costs the claims alike, not all claims."""

    def __init__(self) -> None:
        self._buckets: dict[tuple, list[tuple[Claim, frozenset[str], object]]] = defaultdict(list)

    def add(self, claim: Claim, value: object) -> None:
        self._buckets[_claim_key(claim)].append((claim, _words(claim.text), value))

    def find(self, claim: Claim):
        words = _words(claim.text)
        for other, other_words, value in self._buckets.get(_claim_key(claim), ()):
            if _same_claim(other, claim, other_words, words):
                return value
        return None


def _claim_key(claim: Claim) -> tuple:
    return (frozenset((f.low, f.high) for f in claim.figures), frozenset(claim.sectors))


def _fuller(longer: Claim, other: Claim) -> Claim:
    """Keep the most complete wording, and whatever either version knew that the other did not."""
    longer.speaker = longer.speaker or other.speaker
    longer.unverified = longer.unverified or other.unverified
    return longer


def _same_claim(a: Claim, b: Claim, wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Same speaker (or one unnamed), same numbers, and mostly the same words."""
    if a.speaker and b.speaker and a.speaker.key != b.speaker.key:
        return False
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= CLAIM_OVERLAP


_WORD = regex.compile(r"[\p{L}\p{N}]+")


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if len(w) > 2)


def _mark_previously_reported(days: list[DayDigest]) -> None:
    """A fact given on an earlier day of the input is old news on a later one."""
    seen_figures: set[tuple] = set()
    seen_claims = _ClaimIndex()
    for day in days:
        if day.date == UNDATED:
            continue
        for e in day.figures:
            key = fact_key(e.figure) + (e.figure.low, e.figure.high, e.figure.period)
            e.previously_reported = key in seen_figures
        for c in day.claims:
            c.previously_reported = seen_claims.find(c.claim) is not None
        seen_figures.update(fact_key(e.figure) + (e.figure.low, e.figure.high, e.figure.period)
                            for e in day.figures)
        for c in day.claims:
            seen_claims.add(c.claim, c)
