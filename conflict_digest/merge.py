"""Merge per-report extractions into one digest per day: each fact once, with all its sources.

Figures that state the same fact (same kind, counted thing, side and period, same number)
become one entry. Different numbers for the same fact stay separate entries, each marked
`disputed` and listing the others as variants, most conservative first: never averaged,
never dropped. A fact already given on an earlier day is marked `previously_reported`.

Reports come by day (`daily_digests`): each is folded into its day as it arrives, and each
day is given as soon as it is complete, so memory holds one day, not the reports read.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from operator import attrgetter, itemgetter
from typing import NamedTuple

import regex

from .figures import compares_values, what_class
from .models import (FIGURE_KINDS, TOLL_KINDS, UNDATED, Claim, DayDigest, Digest, ExtractedReport, Figure,
                     MergedClaim, MergedFigure, MergedPlace, MergedSpeaker, Place, PlaceCount, Report, Skipped, Speaker,
                     day_order, quantity_key)
from .resources import data_file, load_toml, read_csv

CLAIM_OVERLAP = 0.6  # share of words two claims must have in common to be one claim


def summarize(extracted: Iterable[ExtractedReport], skipped: Iterable[Skipped] = ()) -> Digest:
    """Group reports by date (oldest first, undated last) and merge each day."""
    return Digest(days=list(daily_digests(sorted(extracted, key=by_day))), skipped=list(skipped))


def by_day(item: ExtractedReport | Report) -> tuple:
    """The order `daily_digests` takes reports in: by day (oldest first, undated last), by
    path within a day."""
    report = item.report if isinstance(item, ExtractedReport) else item
    return day_order(report.date or UNDATED), report.path


def daily_digests(extracted: Iterable[ExtractedReport]) -> Iterator[DayDigest]:
    """Each day's digest as soon as its last report is in: reports must come in `by_day`
    order (a ValueError otherwise), so a day is complete when the next one starts.

    Each report is folded into its day at once and dropped, and a day is let go once given:
    memory holds one day and what old news is told by, not the reports read.
    """
    old_news = _OldNews()
    fold: _DayFold | None = None
    day = last = None
    for item in extracted:
        order = by_day(item)
        if last is not None and order < last:
            raise ValueError(f"{item.report.path} comes after {last[1]}; give reports by day, "
                             "then by path")
        if fold is None or order[0] != last[0]:
            if fold is not None:
                yield old_news.mark(fold.digest(day), fold)
            fold, day = _DayFold(), item.report.date or UNDATED
        last = order
        fold.add(item)
    if fold is not None:
        yield old_news.mark(fold.digest(day), fold)


class _DayFold:
    """One day merged so far: its figures, places, speakers and claims, each fact once."""

    def __init__(self) -> None:
        self.reports: list[str] = []
        self.figures: list[MergedFigure] = []
        self._figures_by_number: dict[tuple, list[MergedFigure]] = defaultdict(list)
        self._entry_places: dict[int, frozenset[str]] = {}  # per entry: where its sentences are
        self._entry_areas: dict[int, frozenset[str]] = {}  # ... and the regions and sectors of that
        self._entry_spots: dict[int, frozenset[str]] = {}  # ... and its towns (`_spots`)
        self._entry_sentences: dict[int, set[tuple[str, int]]] = {}  # ... and (report, claim) of each
        self._entry_unplaced: dict[int, frozenset[str]] = {}  # per entry given without a place: see _sole_place
        self.places: dict[Place, MergedPlace] = {}
        self.speakers: dict[str, MergedSpeaker] = {}
        self.claims: list[MergedClaim] = []
        self._claim_index = _ClaimIndex()
        # per merged claim: its index key and words (as a tuple: a third of a set's size)
        self._indexed: dict[int, tuple[tuple, tuple[str, ...]]] = {}
        self._place_sets: dict[frozenset[str], frozenset[str]] = {}  # one copy of each

    def add(self, item: ExtractedReport) -> None:
        self.reports.append(item.report.path)
        self._add_speakers(item)  # first: figures name their speakers as the day's list does
        self._add_figures(item)
        _add_places(self.places, item)
        self._add_claims(item)

    def digest(self, day: str) -> DayDigest:
        named = frozenset(m.speaker.name for m in self.speakers.values() if m.speaker.kind in _ONE_VOICE_KINDS)
        _mark_disputes(self.figures, self._entry_places, self._entry_sentences, self._entry_unplaced, named)
        return DayDigest(date=day, reports=self.reports, figures=self.figures,
                         locations=_busiest_places(self.places),
                         speakers=sorted(self.speakers.values(),
                                         key=lambda m: (-m.statements, m.speaker.name)),
                         claims=self.claims)

    def places_of(self, entry: MergedFigure) -> frozenset[str]:
        """Where a figure entry's sentences put it (places below country level), if anywhere."""
        return self._entry_places.get(id(entry), _NOTHING)

    def indexed_as(self, merged: MergedClaim) -> tuple[tuple, tuple[str, ...]]:
        """A merged claim's index key and the words of its wording, as its twins were
        matched against."""
        return self._indexed[id(merged)]

    def _add_figures(self, item: ExtractedReport) -> None:
        source = item.report.path
        speakers_of = _speakers_by_figure(item)
        where_of = self._places_by_figure(item)
        sole_place = _sole_place(item)
        sentence_of: dict[tuple, int] = {}  # each figure's first claim (its sentence) in the report
        for i, claim in enumerate(item.claims):
            if len(claim.figures) > 1 and not compares_values(claim.text):  # "up from 1 million": one toll
                for f in claim.figures:
                    sentence_of.setdefault(_figure_id(f), i)
        for fig in item.figures:
            candidates = self._figures_by_number[fact_key(fig) + (fig.low, fig.high)]
            where = where_of.get(_figure_id(fig), _NOWHERE)
            same = _first_compatible(candidates, fig, where.areas or None, self._entry_areas,
                                     where.spots, self._entry_spots)
            if same is None:
                same = MergedFigure(fig, [source], [])
                self.figures.append(same)
                candidates.append(same)
            else:
                if source not in same.sources:
                    same.sources.append(source)
                if same.figure.approx and not fig.approx or same.figure.approx == fig.approx \
                        and len(fig.on or "") > len(same.figure.on or ""):
                    same.figure = fig  # an exact wording says more than a hedged one, a day more than a month
                if same.figure.actor is None and fig.actor is not None:
                    same.figure = replace(same.figure, actor=fig.actor)  # "49 of its soldiers": whose they are
            for speaker in speakers_of.get(quantity_key(fig), ()):
                _name_once(same.speakers, self._day_name(speaker))
            if _figure_id(fig) in sentence_of:
                self._entry_sentences.setdefault(id(same), set()).add((source, sentence_of[_figure_id(fig)]))
            for name in where.shown:
                if name not in same.places:
                    same.places.append(name)
            self._widen(self._entry_places, same, where.places)
            if not where.places:
                self._widen(self._entry_unplaced, same, sole_place)
            self._widen(self._entry_areas, same, where.areas)
            self._widen(self._entry_spots, same, where.spots)

    def _day_name(self, speaker: Speaker) -> str:
        """A speaker's name as the day's list of speakers shows it: `IDF` and `Israel Defense
        Forces` are one speaker (one key) under the wording the day met first."""
        entry = self.speakers.get(speaker.key)
        return entry.speaker.name if entry else speaker.name

    def _widen(self, where_entries_are: dict[int, frozenset[str]], entry: MergedFigure,
               where: frozenset[str] | None) -> None:
        """An entry is wherever any of its sentences says it was."""
        if where:
            known = where_entries_are.get(id(entry))
            if known is None or not where <= known:
                where_entries_are[id(entry)] = self._one_copy(where if known is None else known | where)

    def _places_by_figure(self, item: ExtractedReport) -> dict[tuple, _Where]:
        """Where each figure of a report is (by `_figure_id`), as its first sentence puts it
        (`Figure.places`)."""
        where_of: dict[tuple, _Where] = {}
        for claim in item.claims:
            for f in claim.figures:
                key = _figure_id(f)
                if key not in where_of:
                    at = [p for p in claim.places if p.name in f.places]
                    local = _local_places(at, claim.landmarks)
                    where_of[key] = _Where(self._one_copy(frozenset(local)), self._one_copy(_areas(at)),
                                           local or _countries(at, claim.landmarks),
                                           self._one_copy(_spots(at, claim.landmarks)))
        return where_of

    def _one_copy(self, places: frozenset[str]) -> frozenset[str]:
        return self._place_sets.setdefault(places, places)

    def _add_speakers(self, item: ExtractedReport) -> None:
        for count in item.speakers:
            entry = self.speakers.get(count.speaker.key)
            if entry is None:
                entry = self.speakers[count.speaker.key] = MergedSpeaker(count.speaker, 0, [])
            entry.statements += count.mentions
            entry.sources.append(item.report.path)

    def _add_claims(self, item: ExtractedReport) -> None:
        for claim in item.claims:
            words = _words(claim.text)
            key = _claim_key(claim)
            alike = self._claim_index.alike(key)
            twin = alike.twin(claim, words)
            if twin is None:
                merged = MergedClaim(claim, [claim.report])
                self.claims.append(merged)
                kept = tuple(words)
                alike.add(_speaker_key(claim), kept, merged)
                self._indexed[id(merged)] = (key, kept)
                continue
            if claim.report not in twin.sources:
                twin.sources.append(claim.report)
            if len(claim.text) > len(twin.claim.text):
                twin.claim = _fuller(claim, twin.claim)
                kept = tuple(words)  # the fuller wording is matched from now on too
                alike.add(_speaker_key(claim), kept, twin)
                self._indexed[id(twin)] = (key, kept)


def _sole_place(item: ExtractedReport) -> frozenset[str]:
    """The one place below country level a report names, if it names just one: where its
    figures placed nowhere are, as far as telling a toll disputed or risen goes (`12 wounded`
    in a story about Kora, and `15 wounded in Kora` in another); else `_UNPLACED`."""
    local = {count.place.name for count in item.locations if count.place.local}
    return frozenset(local) if len(local) == 1 else _UNPLACED


_UNPLACED = frozenset({""})  # where a figure given at no place is, for telling disputes: with all such


def fact_key(f: Figure) -> tuple:
    """What a figure is about, regardless of the number given for it: a past event recalled
    (`Figure.on`) is another fact than the day's, and than another year's (`_same_time`
    tells its months and days apart)."""
    return (*_fact_of(f.kind, f.what), f.on[:4] if f.on else "")


def _same_time(a: Figure, b: Figure) -> bool:
    """Two figures of one fact's year tell of one time unless their dates differ where both
    give them: `2024-04` holds `2024-04-17`, not `2024-05`."""
    return a.on == b.on or a.on is not None and b.on is not None and (a.on.startswith(b.on) or b.on.startswith(a.on))


@lru_cache(maxsize=4096)  # a year's digest asks a million times about a few hundred nouns
def _fact_of(kind: str, what: str) -> tuple:
    return (kind, what_class(what, kind))


def _first_compatible(entries: list[MergedFigure], fig: Figure, areas: frozenset[str] | None,
                      entry_areas: dict[int, frozenset[str]], spots: frozenset[str],
                      entry_spots: dict[int, frozenset[str]]) -> MergedFigure | None:
    """The first entry whose figure `fig` does not contradict (`_compatible`), nor its places:
    the same number in two areas with nothing in common (no place, region or sector: Kharkiv
    and Odesa, not Bakhmut and the Donetsk region) is two facts, and so is one in two towns
    that share only their region (`spots`, `_spots`: Kramatorsk and Mariupol, not Bakhmut
    and Soledar of one front sector)."""
    for e in entries:  # a plain loop: most lists are empty or one long, where a generator costs
        if _compatible(e.figure, fig):
            known = entry_areas.get(id(e)) if areas else None
            if known and areas.isdisjoint(known):
                continue
            known_spots = entry_spots.get(id(e)) if spots else None
            if known_spots and spots.isdisjoint(known_spots) and not _share_a_sector(areas, known):
                continue
            return e
    return None


def _share_a_sector(areas: frozenset[str], known: frozenset[str] | None) -> bool:
    """Whether two figures' areas (`_areas`) hold one front sector."""
    return bool(known) and any(a.startswith(_SECTOR_AREA) and a in known for a in areas)


def _compatible(a: Figure, b: Figure) -> bool:
    """Side and period must not contradict (an unstated one matches either), nor the time of
    a past event (`_same_time`), nor the people counted: civilians and fighters are never one
    count."""
    return ((a.actor is None or b.actor is None or a.actor == b.actor)
            and (a.period is None or b.period is None or a.period == b.period) and _same_time(a, b)
            and (a.what == b.what or not _combatants_and_bystanders(a.what, b.what)))


@lru_cache(maxsize=4096)
def _combatants_and_bystanders(a: str, b: str) -> bool:
    """Whether one noun counts fighters and the other people outside the fighting (merge.toml)."""
    roles = {_fighting_role(a), _fighting_role(b)}
    return roles == {"combatant", "bystander"}


def _fighting_role(what: str) -> str | None:
    if what in _NON_COMBATANT_NOUNS:
        return "bystander"
    return "combatant" if _counts_people(what) and _noun_group(what) in _COMBATANT_NOUNS else None


def _speakers_by_figure(item: ExtractedReport) -> dict[tuple, list[Speaker]]:
    """Who gives each figure of a report (by `quantity_key`): the speakers of the claims
    whose sentences hold it, or the claim's speaker of that figure (`Claim.figure_speakers`)."""
    by_value = defaultdict(list)
    for claim in item.claims:
        if claim.figure_speakers:
            for f, speaker in zip(claim.figures, claim.figure_speakers):
                by_value[quantity_key(f)].append(speaker)
        elif claim.speaker:
            for f in claim.figures:
                by_value[quantity_key(f)].append(claim.speaker)
    return by_value


def _name_once(names: list[str], name: str) -> None:
    """A speaker's name added to a figure's, once: `air force` is `Ukrainian air force` worded
    shorter in another report (_shorter_wordings, as claims merge), one voice, shown in the
    longer wording."""
    if name in names:
        return
    lowered = name.lower()
    for i, known in enumerate(names):
        if lowered in _shorter_wordings(known.lower()):
            return
        if known.lower() in _shorter_wordings(lowered):
            names[i] = name
            return
    names.append(name)


def _figure_id(f: Figure) -> tuple:
    return (f.low, f.high, f.kind, f.what, f.period, f.text)


def _mark_disputes(entries: list[MergedFigure], places: dict[int, frozenset[str]],
                   sentences: dict[int, set[tuple[str, int]]], unplaced: dict[int, frozenset[str]],
                   named: frozenset[str] = frozenset()) -> None:
    """Entries about the same fact (same kind, thing, period and place, and no other side) with
    other numbers.

    Given by one voice (the same speaker, or one of them unnamed) within one report, or where
    a report says the toll rose (also a speaker's update of another's number:
    `_raised_in_the_report`), they are a rising toll and the highest is the latest; otherwise
    numbers from different reports, or from different speakers of one report, dispute each
    other. A rising toll may be disputed too: by another speaker's number. An
    increment (`another 20`) is neither: it counts new ones on top of the toll; nor is a
    forecast (`could rise to 500`): it counts nothing yet; nor a part of a count given beside
    it (`including 3.8 million who crossed into Chad`); nor a sum of money or a distance,
    which do not say what they measure (merge.toml `unnamed_measures`). One incident's
    toll (`a strike on a market killed 5`) is compared only with other incidents' tolls, and
    two one voice gives in one report are two incidents, unless one says the toll rose
    (`_may_be_one_toll`). Numbers are compared where their sentences share a place, or neither
    names one; a number given at no place is where the only place its report names is
    (`_sole_place`). An entry given with a place in one report and without in another is both.
    """
    groups: dict[tuple, list[MergedFigure]] = defaultdict(list)
    facts: dict[int, tuple] = {}
    for e in entries:
        fact = facts[id(e)] = fact_key(e.figure)
        if not (e.figure.increment or e.figure.forecast or e.figure.part or e.figure.kind in _UNNAMED_MEASURES):
            groups[fact + (e.figure.period,)].append(e)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=_conservative)  # stable, so each entry's variants come in this order
        variant = {id(o): (o.figure, o.sources) for o in group}  # one tuple, in every list
        where = [places.get(id(e), _NOTHING) | unplaced.get(id(e), _NOTHING) for e in group]
        for e, near in zip(group, _same_place_neighbours(group, where)):
            same = [o for o in near if _sides_agree(e.figure, o.figure) and _same_time(e.figure, o.figure)
                    and _may_count_the_same(e.figure, o.figure)
                    and _may_be_one_toll(e, o) and not _told_together(e, o, sentences)]
            if not same:
                continue
            against = {id(o) for o in same  # another speaker's numbers
                       if not (_one_voice(e, o) or _raised_in_the_report(e, o, [e, *same]))}
            voice = [o for o in same if id(o) not in against]
            cluster = [e, *voice]
            if voice and e.figure.kind in TOLL_KINDS and (any(x.figure.update for x in cluster)
                                                           or _shares_a_source(cluster)
                                                           or _one_named_voice(cluster, named)):
                e.rising = True
                e.latest = e.figure.high >= max(o.figure.high for o in voice)
                shown = against | {id(o) for o in voice}
            else:
                mine = set(e.sources)
                against |= {id(o) for o in voice if mine.isdisjoint(o.sources)}
                shown = set(against)
            against = {id(o) for o in same if id(o) in against and not _numbers_agree(e.figure, o.figure)}
            if against:
                e.disputed = True
            if shown:  # in group order, conservative first
                e.variants = [variant[id(o)] for o in same if id(o) in shown]
    entries.sort(key=lambda e: (_kind_order(e.figure.kind), facts[id(e)], _conservative(e)))


def _numbers_agree(a: Figure, b: Figure) -> bool:
    """Whether two numbers of one fact may both be right: `more than 40` and `45` may, `21`
    and `23` may not."""
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    return low_a <= high_b and low_b <= high_a


def _bounds(f: Figure) -> tuple[float, float]:
    """The numbers a figure allows: from a floor up (`at least 40`), up to a ceiling (`nearly
    40`), APPROX_SHARE either side of a vague one (`about 40`), else its own."""
    hedge = (f.qualifier or "").lower()
    if hedge in _FLOOR_HEDGES:
        return f.low, float("inf")
    if hedge in _CEILING_HEDGES:
        return 0, f.high
    if f.approx:
        return f.low * (1 - APPROX_SHARE), f.high * (1 + APPROX_SHARE)
    return f.low, f.high


APPROX_SHARE = 0.1  # "about 40" allows 36 to 44
_HEDGE_BOUNDS = load_toml("numbers.toml")["hedges"]["bounds"]
_FLOOR_HEDGES = frozenset(_HEDGE_BOUNDS["floor"])
_CEILING_HEDGES = frozenset(_HEDGE_BOUNDS["ceiling"])


def _sides_agree(a: Figure, b: Figure) -> bool:
    """`90 Palestinians` and `71 people` killed in one strike may be one toll: an unstated side
    matches any, two stated ones must be the same."""
    return a.actor is None or b.actor is None or a.actor == b.actor


def _may_count_the_same(a: Figure, b: Figure) -> bool:
    """Whether two figures of one fact may count the same (merge.toml): `24 people` and `21
    civilians` may, `six children` (a part) and `24 people` may not; things that are not
    people always may."""
    if a.what == b.what:
        return True
    return _nouns_may_count_the_same(a.what, b.what, a.actor is not None and b.actor is not None)


@lru_cache(maxsize=4096)
def _nouns_may_count_the_same(a: str, b: str, sides_given: bool) -> bool:
    if not (_counts_people(a) and _counts_people(b)):
        return True  # what else a fact groups (a drone and a missile launched) may
    group_a, group_b = _noun_group(a), _noun_group(b)
    if group_a == group_b:
        return True
    role_a, role_b = _people_role(group_a), _people_role(group_b)
    if role_a is None or role_b is None:
        return False  # a part of a toll, or a group of its own
    return role_a == role_b == "whole" or sides_given


def _counts_people(what: str) -> bool:
    return what_class(what, kind="killed") == "person"


def _noun_group(what: str) -> str:
    """A noun's synonym group (figures.toml [synonyms]): `serviceman` is `soldier`."""
    return what_class(what, kind="")


def _people_role(group: str) -> str | None:
    """"whole" for a whole toll's noun, "combatant" for a combatant's, else None."""
    if group in _WHOLE_TOLL_NOUNS or group in _DEMONYM_NOUNS:
        return "whole"
    return "combatant" if group in _COMBATANT_NOUNS else None


def _demonym_nouns() -> frozenset[str]:
    """`russian`, `palestinians`: demonyms as a figure's noun, in lower case."""
    path = data_file("demonyms.csv")
    rows = read_csv(path) if path.exists() else []
    return frozenset(d.lower() for row in rows for d in row["demonyms"].split("|") if d)


_MERGE_RULES = load_toml("merge.toml")
_WHOLE_TOLL_NOUNS = frozenset(_MERGE_RULES["whole_toll_nouns"])
_COMBATANT_NOUNS = frozenset(_MERGE_RULES["combatant_nouns"])
_NON_COMBATANT_NOUNS = frozenset(_MERGE_RULES["non_combatant_nouns"])
_UNNAMED_MEASURES = frozenset(_MERGE_RULES["unnamed_measures"])
_DEMONYM_NOUNS = _demonym_nouns()


def _one_voice(a: MergedFigure, b: MergedFigure) -> bool:
    """The same speaker gives both, or one of them is unnamed: numbers that may update each
    other, where two named speakers' numbers dispute each other."""
    return not a.speakers or not b.speakers or not set(a.speakers).isdisjoint(b.speakers)


def _may_be_one_toll(a: MergedFigure, b: MergedFigure) -> bool:
    """One incident's toll (`a strike on Kora killed 5`) and a running toll are two counts,
    and so are two incidents' tolls one voice gives in one report (`... a blast there killed
    3`; another speaker's number there disputes it); unless one of them says the toll rose
    (`the toll in Kora rose to 6`), which may be either's."""
    if a.figure.update or b.figure.update:
        return True
    if a.figure.incident != b.figure.incident:
        return False
    return not a.figure.incident or set(a.sources).isdisjoint(b.sources) or not _one_voice(a, b)


def _told_together(a: MergedFigure, b: MergedFigure, sentences: dict[int, set[tuple[str, int]]]) -> bool:
    """Two numbers of one fact in one sentence, neither a toll risen to (`Kora 101 killed,
    Lomi 14 killed`): a breakdown, no toll that rose nor one disputed."""
    return not (a.figure.update or b.figure.update) \
        and not sentences.get(id(a), set()).isdisjoint(sentences.get(id(b), ()))


def _raised_in_the_report(a: MergedFigure, b: MergedFigure, alike: list[MergedFigure]) -> bool:
    """One report gives both, one as the toll it rose to, by a speaker who gave no other
    number of the fact (`Emergency services said 12 were killed ... the toll has risen to 19,
    the health department said`): the report says the other rose to it. Where that speaker
    gave one, it raises its own number and another speaker's disputes it."""
    update, other = (a, b) if a.figure.update else (b, a)
    if not update.figure.update or set(update.sources).isdisjoint(other.sources):
        return False
    return not any(x is not update and x.speakers and update.speakers
                   and not set(x.speakers).isdisjoint(update.speakers) for x in alike)


def _one_named_voice(entries: list[MergedFigure], named: frozenset[str]) -> bool:
    """One named person or institution gives every number (`Hospital director Mohamed Osman
    said 12 were wounded` in one report, 15 in another): a toll updated, not disputed by its
    own source. Anonymous sources (`officials`) of two reports are not known to be one, and
    a state (`Moscow said`) speaks through too many voices."""
    return not named.isdisjoint(set(entries[0].speakers).intersection(*(e.speakers for e in entries[1:])))


_ONE_VOICE_KINDS = frozenset({"person", "institution"})  # Speaker.kind of a voice that is one across reports


def _shares_a_source(entries: list[MergedFigure]) -> bool:
    """Two of the numbers come from one report: a toll updated within it."""
    seen: set[str] = set()
    for e in entries:
        sources = set(e.sources)
        if sources & seen:
            return True
        seen |= sources
    return False


def _same_place_neighbours(group: list[MergedFigure], where: list[frozenset[str]]) -> list[list[MergedFigure]]:
    """For each entry, the others (in group order) that can be about the same event: they
    share a place of `where` (each entry's places; `_UNPLACED`'s name for none). Found through
    a place index, not by comparing every pair: a busy day has hundreds of entries about one
    kind of fact."""
    where = [names or _UNPLACED for names in where]
    by_place: dict[str, list[int]] = defaultdict(list)
    for index, names in enumerate(where):
        for name in names:
            by_place[name].append(index)
    neighbours = []
    for index, names in enumerate(where):
        if len(names) == 1:
            near = by_place[next(iter(names))]
        else:
            near = sorted({other for name in names for other in by_place[name]})
        neighbours.append([group[other] for other in near if other != index])
    return neighbours


class _Where(NamedTuple):
    """Where a figure is: its places below country level (`_local_places`), the areas they
    lie in (`_areas`), the names the digest shows (those places, else its countries), and its
    towns (`_spots`)."""
    places: frozenset[str]
    areas: frozenset[str]
    shown: tuple[str, ...]
    spots: frozenset[str]


_NOWHERE = _Where(frozenset(), frozenset(), (), frozenset())


def _spots(places, landmarks: Collection[str]) -> frozenset[str]:
    """The towns, cities and villages among a figure's places, landmarks aside: one number
    in two of them is two facts, though a region holds both."""
    return frozenset(p.name for p in places if p.type in _SPOT_TYPES and p.name not in landmarks)


_SPOT_TYPES = frozenset({"city", "town", "village", "locality"})


def _local_places(places, landmarks: Collection[str]) -> tuple[str, ...]:
    """Places below country level: `Ukraine's military said` says nothing about where. A
    place named only to say where another is (`30 km south of Lomi`) is `near Lomi`, not
    Lomi: a toll there is not disputed by one in Lomi. Towns come before the regions and
    other places beside them (`In the Kora region, a strike on Lomi killed two`: Lomi, Kora
    region), each kind in the sentence's order."""
    local = sorted((p for p in places if p.local), key=lambda p: p.type not in _SPOT_TYPES or p.name in landmarks)
    return tuple(dict.fromkeys(f"near {p.name}" if p.name in landmarks else p.name for p in local))


def _countries(places, landmarks: Collection[str]) -> tuple[str, ...]:
    """Where a figure placed at countries only is: those the sentence does not name only to
    say where it was (`near the border with Lomi`), else `near` them."""
    named = tuple(dict.fromkeys(p.name for p in places if p.name not in landmarks))
    return named or tuple(dict.fromkeys(f"near {p.name}" for p in places))


def _areas(places) -> frozenset[str]:
    """The places below country level with their regions and front sectors: where a fact
    may be told of by another sentence naming a place nearby."""
    return frozenset(name for p in places if p.local
                     for name in (p.name, p.admin1, p.sector and f"{_SECTOR_AREA}{p.sector}") if name)


_SECTOR_AREA = "sector "  # an area that is a front sector: `sector Bakhmut`


_conservative = attrgetter("figure.low", "figure.high")  # an entry's (low, high), read in C


def _kind_order(kind: str) -> int:
    return _KIND_ORDER.get(kind, len(FIGURE_KINDS))


_KIND_ORDER = {kind: order for order, kind in enumerate(FIGURE_KINDS)}


def _add_places(merged: dict[Place, MergedPlace], item: ExtractedReport,
                keep: Callable[[PlaceCount], bool] = lambda count: True) -> None:
    """Each place once with its mentions added up and the reports naming it, and likewise its
    mentions in another front sector (`southern Lebanon`)."""
    for count in item.locations:
        if not keep(count):
            continue
        entry = merged.setdefault(count.place, MergedPlace(count.place, 0, []))
        _add_mentions(entry, count.mentions, item.report.path)
        for sector, mentions in count.in_sectors:
            _add_mentions(entry.in_sectors.setdefault(sector, MergedPlace(count.place, 0, [])),
                          mentions, item.report.path)


def _add_mentions(entry: MergedPlace, mentions: int, source: str) -> None:
    entry.mentions += mentions
    if source not in entry.sources:
        entry.sources.append(source)


def _busiest_places(merged: dict[Place, MergedPlace]) -> list[MergedPlace]:
    return _busiest(merged.values())


def _busiest(places: Iterable[MergedPlace]) -> list[MergedPlace]:
    return sorted(places, key=lambda m: (-m.mentions, m.place.name))


def places_by_sector(extracted: Iterable[ExtractedReport]) -> list[tuple[str, list[MergedPlace]]]:
    """Every front sector the reports name, busiest first, with its places (read as a stream:
    memory grows with the places, not the reports)."""
    merged: dict[Place, MergedPlace] = {}
    for item in extracted:
        _add_places(merged, item, keep=lambda count: bool(count.place.sector or count.in_sectors))
    by_sector: dict[str, list[MergedPlace]] = defaultdict(list)
    for entry in merged.values():
        if entry.place.sector:
            by_sector[entry.place.sector].append(entry)
        for sector, view in entry.in_sectors.items():
            by_sector[sector].append(view)  # "southern Lebanon": Lebanon's mentions there
    return sorted(((sector, _busiest(places)) for sector, places in by_sector.items()),
                  key=lambda kv: (-sum(p.mentions for p in kv[1]), kv[0]))


class _ClaimIndex:
    """Claims by what a near-duplicate must share (its numbers and front sectors), each
    claim's words counted once: finding a twin costs the claims alike, not all claims."""

    def __init__(self) -> None:
        self._buckets: dict[tuple, _Alike] = {}

    def alike(self, key: tuple) -> "_Alike":
        """The claims a twin of a claim with this `_claim_key` must be among; add to it to
        index a claim alike."""
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Alike()
        return bucket


class _Alike:
    """Indexed claims that share numbers and sectors, in the order they were added: all of
    them, and apart those of each speaker and the unnamed ones. A claim and its twin have
    one speaker or one is unnamed, so a named claim is compared only with those two groups:
    a year of claims without figures may share a key by the thousand."""

    __slots__ = ("everyone", "by_speaker", "by_suffix")

    def __init__(self) -> None:
        self.everyone: list[tuple] = []  # (order added, the claim's distinct words, value)
        self.by_speaker: dict[str | None, list[tuple]] = {}  # the unnamed under None
        self.by_suffix: dict[str, list[str]] = {}  # "rights group": ["local rights group"]

    def add(self, speaker: str | None, words: tuple[str, ...], value: object) -> None:
        """Index a claim by its speaker's key (`_speaker_key`) and its words; `twin` gives
        back `value` for it."""
        entry = (len(self.everyone), words, value)
        self.everyone.append(entry)
        if speaker is not None and speaker not in self.by_speaker:
            for suffix in _shorter_wordings(speaker):
                self.by_suffix.setdefault(suffix, []).append(speaker)
        self.by_speaker.setdefault(speaker, []).append(entry)

    def twin(self, claim: Claim, words: frozenset[str]):
        """The value of the first claim added that says the same as `claim` (its words
        `words`), if any: same speaker (or one unnamed), and mostly the same words."""
        if not self.everyone:  # most claims have numbers of their own: nothing to compare
            return None
        if not claim.speaker:
            first = _first_alike(self.everyone, words)
        else:
            found = [entry for group in self._groups_of(claim.speaker.key)
                     if (entry := _first_alike(group, words)) is not None]
            first = min(found, key=_order_added) if found else None
            unnamed = self.by_speaker.get(None, ())
            before = (len(unnamed) if first is None
                      else bisect_left(unnamed, first[0], key=_order_added))
            first = _first_alike(islice(unnamed, before), words) or first
        return None if first is None else first[2]

    def has_twin(self, claim: Claim, words: Collection[str]) -> bool:
        """Whether `twin` would find one: without working out which came first. `words`
        may be any collection, made a set only where there is something to compare with."""
        if not self.everyone:
            return False
        words = frozenset(words)  # the same set where it is one already
        if not claim.speaker:
            return _first_alike(self.everyone, words) is not None
        return (any(_first_alike(group, words) is not None for group in self._groups_of(claim.speaker.key))
                or _first_alike(self.by_speaker.get(None, ()), words) is not None)

    def _groups_of(self, speaker: str) -> list[list[tuple]]:
        """The claims of the speaker and of its other wordings, one the other's with words
        before it (`rights group` and `local rights group` in two agencies' copies of one
        story); looked up by those words, not by comparing every speaker indexed."""
        keys = [speaker, *self.by_suffix.get(speaker, ()), *_shorter_wordings(speaker)]
        return [self.by_speaker[key] for key in keys if key in self.by_speaker]


_order_added = itemgetter(0)


def _shorter_wordings(speaker: str) -> list[str]:
    """The speaker's name without its first words, down to two words: `local rights group`
    -> [`rights group`]; a single word (`group`) says too little to be the same speaker."""
    words = speaker.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]


def _first_alike(entries, words: frozenset[str]):
    """The first entry whose words are mostly `words`: CLAIM_OVERLAP of the shorter list."""
    if not words:
        return None
    size = len(words)
    shared = words.intersection
    for entry in entries:
        other = entry[1]
        if other and len(shared(other)) / min(len(other), size) >= CLAIM_OVERLAP:
            return entry
    return None


def _speaker_key(claim: Claim) -> str | None:
    return claim.speaker.key if claim.speaker else None


def _claim_key(claim: Claim) -> tuple:
    return (frozenset((f.low, f.high) for f in claim.figures) if claim.figures else _NOTHING,
            frozenset(claim.sectors) if claim.sectors else _NOTHING)


# one empty set for every key without numbers or sectors: old news keeps a year of keys
_NOTHING: frozenset = frozenset()


def _fuller(longer: Claim, other: Claim) -> Claim:
    """Keep the most complete wording, and whatever either version knew that the other did not."""
    longer.speaker = longer.speaker or other.speaker
    longer.unverified = longer.unverified or other.unverified
    return longer


_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ASCII_WORD = re.compile(r"[a-z0-9]{3,}")  # _WORD's words of 3+ characters, in lower-case ASCII


def _words(text: str) -> frozenset[str]:
    """The words of 3+ characters a claim is matched on, lower-cased, each distinct word
    stored once for all claims kept."""
    if text.isascii():  # the common case, on the faster `re` engine
        words = _ASCII_WORD.findall(text.lower())
    else:
        words = [w for w in map(str.lower, _WORD.findall(text)) if len(w) > 2]
    return frozenset(map(sys.intern, words))


class _OldNews:
    """What the days given so far said, to tell a fact given on an earlier day of the input
    as old news on a later one: each figure's fact, and each claim's key, speaker and words
    (not the claims themselves, so a day given is let go)."""

    def __init__(self) -> None:
        # fact -> [given at no place, the places it was given at]
        self._figures: dict[tuple, list] = {}
        self._claims = _ClaimIndex()

    def mark(self, day: DayDigest, fold: _DayFold) -> DayDigest:
        """`day` (folded in `fold`) with its old news marked, and remembered for later days;
        the undated are never old news, nor told by. A figure is old news where an earlier
        day gave the same number for the same fact at a place it names too, or where neither
        names a place, or (a running total) where one of them does not: two soldiers wounded
        in one town are no news of two in another."""
        if day.date == UNDATED:
            return day
        facts = [fact_key(e.figure) + (e.figure.low, e.figure.high, e.figure.period)
                 for e in day.figures]
        where = [fold.places_of(e) for e in day.figures]
        for e, fact, places in zip(day.figures, facts, where):
            earlier = self._figures.get(fact)
            if earlier is None:
                e.previously_reported = False
                continue
            nowhere, somewhere = earlier
            e.previously_reported = (not places.isdisjoint(somewhere) if places else nowhere) or (
                e.figure.period == "cumulative" and (not places or nowhere))
        for fact, places in zip(facts, where):
            earlier = self._figures.setdefault(fact, [False, set()])
            if places:
                earlier[1].update(places)
            else:
                earlier[0] = True
        indexed = [fold.indexed_as(c) for c in day.claims]
        alike = [self._claims.alike(key) for key, _ in indexed]
        for c, earlier, (_, words) in zip(day.claims, alike, indexed):
            c.previously_reported = earlier.has_twin(c.claim, words)
        for c, earlier, (_, words) in zip(day.claims, alike, indexed):
            earlier.add(_speaker_key(c.claim), words, None)
        return day
