"""Typed records that flow through the pipeline.

read -> Report; split -> Sentence; extract -> Figure, PlaceMention, Attribution;
per report -> ExtractedReport (with Claim); merge -> Digest of DayDigest.
Each record knows how to become the plain dict of the JSON contract
(../shared/spec/OUTPUT.md); nothing here knows how records are found or shown.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter

FIGURE_KINDS = (
    "killed", "wounded", "casualties", "captured", "missing", "displaced", "destroyed",
    "attacks", "intercepted", "money", "population", "area", "distance", "equipment", "other",
)
TOLL_KINDS = frozenset({"killed", "wounded", "casualties", "captured", "missing", "displaced"})
"""The kinds that say what befell people: a toll's."""

UNDATED = "undated"


def day_order(day: str) -> tuple[int, str]:
    """Days oldest first (a month before its days), undated last."""
    return (1, "") if day == UNDATED else (0, day)


def _pickled_as_arguments(cls):
    """Pickle a record as its constructor's arguments. `--jobs` ships every report and every
    extraction through pickle; this loads in two thirds of the time of the default (state
    of each slot), and the records have no state besides their fields."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Report:
    """One report as read from disk or stdin, its text normalised."""

    path: str
    text: str
    date: str | None = None
    date_source: str | None = None  # "header", "front-matter", "dateline", "filename"
    headline: str | None = None
    english: bool | None = None  # whether the text reads as English; None: not checked yet
    issued_by: str | None = None  # a header's `Source:` value (`RSF media office (Telegram)`)

    @classmethod
    def from_dict(cls, d: dict, text: str = "") -> "Report":
        """The report fields of `ExtractedReport.as_dict()`; the text is not in it."""
        return cls(path=d["report"], text=text, date=d.get("date"),
                   date_source=d.get("date_source"), headline=d.get("headline"))


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that could not be read as a report, and why."""

    path: str
    reason: str

    def as_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its character span in the report text and its paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int = 0


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Figure:
    """A number that counts or measures something, typed by what it counts."""

    value: float | None
    low: float
    high: float
    approx: bool
    kind: str
    what: str
    text: str
    qualifier: str | None = None
    actor: str | None = None
    period: str | None = None  # "daily", "weekly", "monthly", "yearly", "cumulative" or None
    update: bool = False  # "the toll rose to 18": a new value of a number given before
    start: int = 0  # offset in the sentence
    end: int = 0
    increment: bool = False  # "another 20", "12 more": new ones on top of a toll, not a toll
    incident: bool = False  # "a strike on a market killed 5": one incident's toll, no running total (TOLL_KINDS)
    forecast: bool = False  # "the toll could rise to 500": a number to come or possible, no count
    part: bool = False  # "killed 40, including 12 in Kora", "nine of them": a part of a count beside it
    on: str | None = None  # "In April 2024, seven were killed": the day, month or year of a past event recalled
    places: tuple[str, ...] = ()  # the places its sentence puts it at: `5 killed in Kora and 3 in Lomi`

    def as_dict(self) -> dict:
        return {
            "value": plain_number(self.value), "low": plain_number(self.low), "high": plain_number(self.high),
            "approx": self.approx, "kind": self.kind, "what": self.what, "text": self.text,
            "qualifier": self.qualifier, "actor": self.actor, "period": self.period,
            "update": self.update, "increment": self.increment, "incident": self.incident,
            "forecast": self.forecast, "part": self.part, "on": self.on, "places": list(self.places),
        }

    def at(self, places: tuple[str, ...]) -> "Figure":
        """This figure at `places`: a `replace` at a fraction of its cost (the pipeline places
        every figure it finds). `places` is the last field."""
        return Figure(*self.__reduce__()[1][:-1], places)

    @classmethod
    def from_dict(cls, d: dict) -> "Figure":
        """A figure from its `as_dict()`. The optional `exact` entry (value, low, high, start,
        end as the extractor gave them) makes the round trip exact; without it whole numbers
        come back as ints and the sentence offsets as 0."""
        value, low, high, start, end = d.get("exact") or (d["value"], d["low"], d["high"], 0, 0)
        return cls(value=value, low=low, high=high, approx=d["approx"], kind=d["kind"],
                   what=d["what"], text=d["text"], qualifier=d.get("qualifier"),
                   actor=d.get("actor"), period=d.get("period"), update=d.get("update", False),
                   start=start, end=end, increment=d.get("increment", False),
                   incident=d.get("incident", False), forecast=d.get("forecast", False),
                   part=d.get("part", False), on=d.get("on"), places=tuple(d.get("places", ())))

    def label(self) -> str:
        """The number as a reader says it: hedge, value or range, and `more` after an
        increment (`20 more`)."""
        number = (_human(self.value) if self.value is not None
                  else f"{_human(self.low)}-{_human(self.high)}")
        if self.kind == "money" and self.what in CURRENCY_SIGNS:
            number = CURRENCY_SIGNS[self.what] + number
        if self.increment:
            number += " more"
        return f"{self.qualifier} {number}" if self.qualifier else number


CURRENCY_SIGNS = {"usd": "$", "eur": "€", "gbp": "£"}


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (or a pattern-found place the gazetteer does not know)."""

    name: str
    type: str
    admin1: str | None = None
    country: str | None = None
    sector: str | None = None
    resolved: bool = True

    @property
    def local(self) -> bool:
        """Below country level: `Ukraine's military said` says nothing about where."""
        return self.type not in ("country", "continent")

    @classmethod
    def from_dict(cls, d: dict) -> "Place":
        """A place from the place fields of any `as_dict()` that has them."""
        return cls(name=d["name"], type=d["type"], admin1=d.get("admin1"),
                   country=d.get("country"), sector=d.get("sector"),
                   resolved=d.get("resolved", True))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One occurrence of a place in a sentence; `as_sector` marks `the Bakhmut sector`, and
    `sector` the sector a compass word puts a country in (`southern Lebanon`)."""

    place: Place
    start: int
    end: int
    as_sector: bool = False
    sector: str | None = None

    @property
    def in_sector(self) -> str | None:
        """The front sector this mention is about, if any."""
        return self.sector or self.place.sector


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Speaker:
    """A canonical source: a person's full name or an institution as the report words it."""

    name: str
    role: str | None = None
    side: str | None = None
    kind: str = "institution"  # "person", "institution", "anonymous", "state"
    canonical: str | None = None  # the lexicon's name when the wording is one of its aliases

    @property
    def key(self) -> str:
        """What makes two wordings one speaker: `General Staff` and `Ukraine's General Staff`;
        `Health Ministry` and `health ministry` (house styles capitalise differently); a
        person's `Andrey` and `Andrei` (transliterations differ: `spelling_key`)."""
        if self.canonical is None and self.kind == "person":
            from .resources import spelling_key  # here: the CLI imports this module, not regex, to start fast
            return spelling_key(self.name)
        return (self.canonical or self.name).casefold()

    @classmethod
    def from_dict(cls, d: dict) -> "Speaker":
        """A speaker from `SpeakerCount.as_dict()` (or any dict with name, role, side, type)."""
        return cls(name=d["name"], role=d.get("role"), side=d.get("side"),
                   kind=d.get("type") or "institution", canonical=d.get("canonical"))


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement in a sentence attributed to a speaker, with its quoted words if any."""

    speaker: Speaker
    quote: str | None = None
    at: int | None = None  # where its core reporting verb (`said`) or source cue starts in the sentence


@_pickled_as_arguments
@dataclass(slots=True)
class Claim:
    """A sentence that says something: its speaker, figures and places, in one report."""

    text: str
    report: str
    date: str | None
    speaker: Speaker | None = None
    quote: str | None = None
    figures: list[Figure] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    unverified: bool = False
    landmarks: list[str] = field(default_factory=list)  # places named only to say where another is
    # who gives each figure, where two speakers of the sentence give different ones (`Kora
    # said 300 were killed, while Lomi said 50`); empty: the claim's speaker gives them all
    figure_speakers: list[Speaker] = field(default_factory=list)

    def as_dict(self, sources: list[str] | None = None,
                figure_dict: Callable[[Figure], dict] = Figure.as_dict,
                place_dict: Callable[[Place], dict] | None = None) -> dict:
        """`figure_dict` and `place_dict` give a figure's and a place's dict (DayDigest
        passes memos)."""
        place_dict = place_dict or _place_dict
        return {
            "text": self.text, "date": self.date,
            "speaker": self.speaker.name if self.speaker else None,
            "speaker_role": self.speaker.role if self.speaker else None,
            "speaker_side": self.speaker.side if self.speaker else None,
            "speaker_type": self.speaker.kind if self.speaker else None,
            "speaker_canonical": self.speaker.canonical if self.speaker else None,
            "quote": self.quote,
            "locations": [p.name for p in self.places],
            "places": [place_dict(p) for p in self.places],
            "sectors": list(self.sectors),
            "landmarks": list(self.landmarks),
            "figures": [figure_dict(f) for f in self.figures],
            "figure_speakers": [s.name for s in self.figure_speakers],
            "unverified": self.unverified,
            "sources": sources if sources is not None else [self.report],
        }

    @classmethod
    def from_dict(cls, d: dict, report: str | None = None,
                  speakers: dict[str, Speaker] | None = None) -> "Claim":
        """A claim from its `as_dict()`. `report` (default: the first source) is the report
        it belongs to. The speaker's kind is not in the dict: it is taken from an optional
        `speaker_type` entry, else from `speakers` (the report's, by name), else
        "institution"; the figures' speakers, named only, are the report's speakers."""
        speakers = speakers or {}
        speaker = None
        if d.get("speaker"):
            known = speakers.get(d["speaker"])
            kind = d.get("speaker_type") or (known.kind if known else "institution")
            speaker = Speaker(d["speaker"], role=d.get("speaker_role"),
                              side=d.get("speaker_side"), kind=kind,
                              canonical=d.get("speaker_canonical"))
        sources = d.get("sources") or [""]
        return cls(text=d["text"], report=report if report is not None else sources[0],
                   date=d.get("date"), speaker=speaker, quote=d.get("quote"),
                   figures=[Figure.from_dict(f) for f in d.get("figures", ())],
                   places=[Place.from_dict(p) for p in d.get("places", ())],
                   sectors=list(d.get("sectors", ())), unverified=d.get("unverified", False),
                   landmarks=list(d.get("landmarks", ())),
                   figure_speakers=[speakers.get(name) or Speaker(name, kind="institution")
                                    for name in d.get("figure_speakers", ())])


def _place_dict(p: Place) -> dict:
    return {"name": p.name, "type": p.type, "admin1": p.admin1, "country": p.country,
            "sector": p.sector, "resolved": p.resolved}


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class PlaceCount:
    place: Place
    mentions: int
    # of them, those a compass word puts in a front sector not the place's own ("southern
    # Lebanon": South Lebanon), by sector
    in_sectors: tuple[tuple[str, int], ...] = ()

    def as_dict(self) -> dict:
        d = {"name": self.place.name, "mentions": self.mentions, **_place_dict(self.place)}
        if self.in_sectors:
            d["in_sectors"] = dict(self.in_sectors)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "PlaceCount":
        return cls(Place.from_dict(d), d["mentions"], tuple(d.get("in_sectors", {}).items()))


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class SpeakerCount:
    speaker: Speaker
    mentions: int

    def as_dict(self) -> dict:
        s = self.speaker
        return {"name": s.name, "mentions": self.mentions, "role": s.role, "side": s.side,
                "type": s.kind, "canonical": s.canonical}

    @classmethod
    def from_dict(cls, d: dict) -> "SpeakerCount":
        return cls(Speaker.from_dict(d), d["mentions"])


@_pickled_as_arguments
@dataclass(slots=True)
class ExtractedReport:
    """Everything extracted from one report, before any merging across reports."""

    report: Report
    figures: list[Figure]
    locations: list[PlaceCount]
    speakers: list[SpeakerCount]
    claims: list[Claim]

    def as_dict(self) -> dict:
        return {
            "report": self.report.path, "date": self.report.date,
            "date_source": self.report.date_source, "headline": self.report.headline,
            "figures": [f.as_dict() for f in self.figures],
            "locations": [p.as_dict() for p in self.locations],
            "speakers": [s.as_dict() for s in self.speakers],
            "claims": [c.as_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, d: dict, report: Report | None = None,
                  shared: dict | None = None) -> "ExtractedReport":
        """The record `as_dict()` describes. `report` (the report as read now, with its text
        and current path) replaces the one in the dict, so claims point at the current path;
        without it the report is rebuilt from the dict with an empty text.

        Equal figures, places and speakers become one object, as in a fresh extraction;
        `shared` (a dict kept by the caller) does that for places and speakers across
        records too, so many records read back take no more memory than extracted ones."""
        report = report if report is not None else Report.from_dict(d)
        speakers = [SpeakerCount.from_dict(s) for s in d.get("speakers", ())]
        by_name: dict[str, Speaker] = {}
        for s in speakers:
            by_name.setdefault(s.speaker.name, s.speaker)
        figures = [Figure.from_dict(f) for f in d.get("figures", ())]
        claims = [Claim.from_dict(c, report=report.path, speakers=by_name)
                  for c in d.get("claims", ())]
        locations = [PlaceCount.from_dict(p) for p in d.get("locations", ())]
        one = shared if shared is not None else {}
        mine: dict = {f: f for f in figures}
        for claim in claims:
            claim.figures = [mine.setdefault(f, f) for f in claim.figures]
            claim.places = [one.setdefault(p, p) for p in claim.places]
            if claim.speaker is not None:
                claim.speaker = one.setdefault(claim.speaker, claim.speaker)
        return cls(
            report=report, figures=figures,
            locations=[PlaceCount(one.setdefault(c.place, c.place), c.mentions, c.in_sectors)
                       for c in locations],
            speakers=[SpeakerCount(one.setdefault(c.speaker, c.speaker), c.mentions)
                      for c in speakers],
            claims=claims,
        )


@dataclass(slots=True)
class MergedFigure:
    """One fact of one day: the figure as the most conservative source gives it, with all sources.

    `variants` holds the other numbers given for the same fact: other reports' numbers when
    `disputed`, the earlier or later values of a toll when `rising`.
    """

    figure: Figure
    sources: list[str]
    speakers: list[str]
    variants: list[tuple[Figure, list[str]]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # where its sources put it: `Izium`, `near Kharkiv`
    disputed: bool = False
    rising: bool = False
    latest: bool = False
    previously_reported: bool = False

    def as_dict(self, figure_dict: Callable[[Figure], dict] = Figure.as_dict,
                variant_dict: Callable[[tuple[Figure, list[str]]], object] | None = None) -> dict:
        """`figure_dict` gives a figure's dict and `variant_dict` a variant's, never changed
        here (DayDigest passes memos)."""
        d = figure_dict(self.figure).copy()
        del d["text"]
        variant_dict = variant_dict or (lambda v: {**figure_dict(v[0]), "sources": v[1]})
        d.update(places=self.places, sources=self.sources, speakers=self.speakers, disputed=self.disputed,
                 rising=self.rising, latest=self.latest,
                 previously_reported=self.previously_reported,
                 variants=list(map(variant_dict, self.variants)))
        return d


@dataclass(slots=True)
class MergedPlace:
    place: Place
    mentions: int
    sources: list[str]
    # the mentions a compass word puts in another front sector, each with its own sources
    in_sectors: dict[str, "MergedPlace"] = field(default_factory=dict)

    def as_dict(self) -> dict:
        counted = PlaceCount(self.place, self.mentions,
                             tuple((name, view.mentions) for name, view in self.in_sectors.items()))
        return {**counted.as_dict(), "sources": self.sources}


@dataclass(slots=True)
class MergedSpeaker:
    speaker: Speaker
    statements: int
    sources: list[str]

    def as_dict(self) -> dict:
        s = self.speaker
        return {"name": s.name, "statements": self.statements, "role": s.role, "side": s.side,
                "type": s.kind, "sources": self.sources}


@dataclass(slots=True)
class MergedClaim:
    claim: Claim
    sources: list[str]
    previously_reported: bool = False

    def as_dict(self, figure_dict: Callable[[Figure], dict] = Figure.as_dict,
                place_dict: Callable[[Place], dict] | None = None) -> dict:
        d = self.claim.as_dict(self.sources, figure_dict, place_dict)
        d["previously_reported"] = self.previously_reported
        return d


@dataclass(slots=True)
class DayDigest:
    date: str  # YYYY-MM-DD, YYYY-MM or "undated"
    reports: list[str]
    figures: list[MergedFigure]
    locations: list[MergedPlace]
    speakers: list[MergedSpeaker]
    claims: list[MergedClaim]

    def sectors(self) -> list[tuple[str, int]]:
        """Front sectors of the day with their mention counts, busiest first."""
        counts: dict[str, int] = {}
        for loc in self.locations:
            if loc.place.sector:
                counts[loc.place.sector] = counts.get(loc.place.sector, 0) + loc.mentions
            for name, view in loc.in_sectors.items():
                counts[name] = counts.get(name, 0) + view.mentions
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def as_dict(self, encode_variant: Callable[[dict], object] | None = None) -> dict:
        """The day as the JSON contract has it, no dict shared between entries (a library user
        may change one). Given `encode_variant`, as a serialiser wants it: each variant's dict
        made once and passed through `encode_variant`, its result placed wherever the variant
        recurs (a busy day repeats each many times over), and dicts may be shared."""
        made: dict[int, dict] = {}
        variants: dict[int, object] = {}
        places: dict[int, dict] = {}

        def figure_dict(f: Figure) -> dict:
            d = made.get(id(f))
            if d is None:
                d = made[id(f)] = f.as_dict()
            return d

        def variant_dict(v: tuple[Figure, list[str]]) -> object:
            d = variants.get(id(v))
            if d is None:
                d = variants[id(v)] = encode_variant({**figure_dict(v[0]), "sources": v[1]})
            return d

        def place_dict(p: Place) -> dict:  # by id: a Place hashes all its fields
            d = places.get(id(p))
            if d is None:
                d = places[id(p)] = _place_dict(p)
            return d

        shared = encode_variant is not None
        return {
            "date": None if self.date == UNDATED else self.date,
            "reports": self.reports,
            "figures": [f.as_dict(figure_dict, variant_dict if shared else None)
                        for f in self.figures],
            "locations": [p.as_dict() for p in self.locations],
            "sectors": [{"name": n, "mentions": m} for n, m in self.sectors()],
            "speakers": [s.as_dict() for s in self.speakers],
            "claims": [c.as_dict(figure_dict, place_dict) if shared else c.as_dict()
                       for c in self.claims],
        }


@dataclass(slots=True)
class Digest:
    """The days merged, and the files skipped. `days` may be a stream of days as they are
    finished (`merge.daily_digests`): the renderers read it once, in order."""

    days: Iterable[DayDigest]
    skipped: list[Skipped] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"days": [d.as_dict() for d in self.days],
                "skipped": [s.as_dict() for s in self.skipped]}


def quantity_key(f: Figure) -> tuple:
    """What makes two figures of one report the same quantity, whatever their wording and
    unless they give two periods: the report lists it once, and the digest finds its
    speakers by it."""
    return (f.low, f.high, f.kind, f.what)


def plain_number(x: float | None) -> float | int | None:
    """Whole numbers as ints so JSON reads 800, not 800.0."""
    if x.__class__ is float:
        return int(x) if x.is_integer() else x
    return x


_SCALES = ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"))


def _human(x: float | None) -> str:
    """`21.3 billion` for amounts in the millions and up, `1,600` below; never rounds a count."""
    x = plain_number(x)
    for size, word in _SCALES:
        if abs(x) >= size and (x * 1000 / size).is_integer():  # exact to three decimals
            return f"{x / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{x:,}" if isinstance(x, int) else f"{x:,.2f}".rstrip("0").rstrip(".")
