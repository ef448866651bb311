"""Merging extracted reports into one digest per day: each fact once with all its sources,
disputes kept with their variants, daily and cumulative apart, old news marked.
Reports are hand-built records or tiny invented reports run through the Extractor."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.merge import by_day, daily_digests, summarize
from conflict_digest.models import (UNDATED, Claim, Digest, ExtractedReport, Figure, MergedClaim, Place,
                                    PlaceCount, Report, Speaker, SpeakerCount, day_order)
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_reports
from conflict_digest.resources import load_toml

ARMY = Speaker("Ukrainian military", side="Ukraine")
KREMLIN = Speaker("Russian Defence Ministry", side="Russia")
BAKHMUT = Place("Bakhmut", "city", "Donetsk Oblast", "Ukraine", "Bakhmut")
SOLEDAR = Place("Soledar", "town", "Donetsk Oblast", "Ukraine", "Bakhmut")
KHARKIV = Place("Kharkiv", "city", "Kharkiv Oblast", "Ukraine", "Kharkiv")


def fig(value=None, kind="killed", what="soldier", *, low=None, high=None, qualifier=None,
        actor="Russia", period="daily") -> Figure:
    low = value if low is None else low
    high = value if high is None else high
    return Figure(value=value, low=low, high=high, approx=qualifier is not None, kind=kind,
                  what=what, text=f"{qualifier + ' ' if qualifier else ''}{low} {what}s",
                  qualifier=qualifier, actor=actor, period=period)


def extracted(path: str, date: str | None, figures=(), claims=(), places=(), speakers=()) -> ExtractedReport:
    report = Report(path=path, text="", date=date)
    claims = [Claim(text=c.text, report=path, date=date, speaker=c.speaker, figures=c.figures,
                    places=c.places, sectors=c.sectors, unverified=c.unverified) for c in claims]
    return ExtractedReport(report=report, figures=list(figures),
                           locations=[PlaceCount(p, n) for p, n in places],
                           speakers=[SpeakerCount(s, n) for s, n in speakers], claims=claims)


def claim(text: str, speaker=ARMY, figures=(), unverified=False) -> Claim:
    return Claim(text=text, report="", date=None, speaker=speaker, figures=list(figures),
                 unverified=unverified)


def day_of(digest, date):
    (day,) = [d for d in digest.days if d.date == date]
    return day


def numbers(day) -> list[tuple]:
    return [(e.figure.low, e.figure.high, e.figure.kind, e.figure.what, e.figure.period, e.sources)
            for e in day.figures]


# --- the same figure ------------------------------------------------------------------------

def test_same_figure_from_two_reports_is_one_entry_with_both_sources():
    digest = summarize([
        extracted("b.txt", "2023-02-10", [fig(800)]),
        extracted("a.txt", "2023-02-10", [fig(800)]),
    ])
    (day,) = digest.days
    assert day.reports == ["a.txt", "b.txt"]
    assert numbers(day) == [(800, 800, "killed", "soldier", "daily", ["a.txt", "b.txt"])]
    (entry,) = day.figures
    assert (entry.disputed, entry.variants, entry.previously_reported) == (False, [], False)


def test_hedged_and_exact_wordings_of_one_number_merge():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(800, qualifier="more than")]),
        extracted("b.txt", "2023-02-10", [fig(800)]),
    ])
    (day,) = digest.days
    (entry,) = day.figures
    assert (entry.figure.value, entry.sources, entry.disputed) == (800, ["a.txt", "b.txt"], False)


def test_synonym_nouns_merge():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(420, what="soldier")]),
        extracted("b.txt", "2023-02-10", [fig(420, what="serviceman")]),
    ])
    (day,) = digest.days
    (entry,) = day.figures
    assert entry.sources == ["a.txt", "b.txt"]


def test_unstated_side_matches_a_stated_one():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(420, actor="Russia")]),
        extracted("b.txt", "2023-02-10", [fig(420, actor=None)]),
    ])
    (entry,) = digest.days[0].figures
    assert entry.sources == ["a.txt", "b.txt"]


def test_other_sides_are_other_facts():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(420, actor="Russia")]),
        extracted("b.txt", "2023-02-10", [fig(420, actor="Ukraine")]),
    ])
    entries = digest.days[0].figures
    assert sorted((e.figure.actor, tuple(e.sources)) for e in entries) == [
        ("Russia", ("a.txt",)), ("Ukraine", ("b.txt",))]
    assert not any(e.disputed for e in entries)


def test_other_kinds_are_other_facts():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(3, kind="destroyed", what="tank", actor=None)]),
        extracted("b.txt", "2023-02-10", [fig(3, kind="equipment", what="tank", actor=None)]),
    ])
    entries = digest.days[0].figures
    assert sorted((e.figure.kind, tuple(e.sources)) for e in entries) == [
        ("destroyed", ("a.txt",)), ("equipment", ("b.txt",))]
    assert not any(e.disputed for e in entries)


# --- disputes --------------------------------------------------------------------------------

def test_different_numbers_from_different_reports_are_disputed():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(1000)]),
        extracted("b.txt", "2023-02-10", [fig(800)]),
    ])
    (day,) = digest.days
    assert [(e.figure.value, e.sources, e.disputed) for e in day.figures] == [
        (800, ["b.txt"], True), (1000, ["a.txt"], True)]
    low, high = day.figures
    assert [(f.value, s) for f, s in low.variants] == [(1000, ["a.txt"])]
    assert [(f.value, s) for f, s in high.variants] == [(800, ["b.txt"])]


def test_a_day_as_dict_shares_no_dict_between_entries():
    """Each figure's dict is made once per day and copied: changing one entry's dict (as a
    library user may) leaves every other entry as it was."""
    three = [fig(800), fig(1000), fig(1200)]
    digest = summarize([extracted(f"{n}.txt", "2023-02-10", [f]) for n, f in enumerate(three)])
    day = digest.days[0].as_dict()
    seen: list[int] = []

    def walk(value):
        if isinstance(value, dict):
            seen.append(id(value))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(day)
    assert sum(len(e["variants"]) for e in day["figures"]) == 6
    assert len(seen) == len(set(seen))


def test_variants_most_conservative_first():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(1200)]),
        extracted("b.txt", "2023-02-10", [fig(1000)]),
        extracted("c.txt", "2023-02-10", [fig(800)]),
    ])
    (day,) = digest.days
    assert [e.figure.value for e in day.figures] == [800, 1000, 1200]
    assert [[f.value for f, _ in e.variants] for e in day.figures] == [
        [1000, 1200], [800, 1200], [800, 1000]]
    assert all(e.disputed for e in day.figures)


@pytest.mark.parametrize("single, disputed", [(75000, False), (90000, True)])
def test_a_range_and_a_number_dispute_only_outside_it(single, disputed):
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(None, "population", "person", low=70000, high=80000,
                                              actor=None, period=None)]),
        extracted("b.txt", "2023-02-10", [fig(single, "population", "person", actor=None, period=None)]),
    ])
    (day,) = digest.days
    assert [(e.figure.high, e.disputed, len(e.variants)) for e in day.figures] == [
        (80000, disputed, 1), (single, disputed, 1)]


@pytest.mark.parametrize("first, second, disputed", [
    (dict(value=40, qualifier="more than"), dict(value=45), False),  # both may be right
    (dict(value=40, qualifier="at least"), dict(value=30), True),
    (dict(value=50, qualifier="nearly"), dict(value=47), False),
    (dict(value=50, qualifier="up to"), dict(value=60), True),
    (dict(value=40, qualifier="about"), dict(value=42), False),
    (dict(value=40, qualifier="about"), dict(value=60), True),
    (dict(value=21), dict(value=23), True),
])
def test_hedged_numbers_dispute_only_where_both_cannot_be_right(first, second, disputed):
    digest = summarize([extracted("a.txt", "2023-02-10", [fig(**first, actor=None, period=None)]),
                        extracted("b.txt", "2023-02-10", [fig(**second, actor=None, period=None)])])
    assert [(e.disputed, len(e.variants)) for e in digest.days[0].figures] == [(disputed, 1), (disputed, 1)]


def test_two_numbers_in_one_report_are_no_dispute():
    # One report giving two numbers for a kind (two different events) does not dispute itself.
    digest = summarize([extracted("a.txt", "2023-02-10", [fig(12), fig(30)])])
    assert [(e.figure.value, e.disputed) for e in digest.days[0].figures] == [(12, False), (30, False)]


def test_a_figures_speakers_are_named_as_the_days_speakers_are():
    """Two wordings of one speaker (one key: the lexicon's canonical name) are one speaker of
    the figure, under the name the day's list of speakers shows, and one voice: their
    numbers are a rising toll, not a dispute."""
    short = Speaker("KDF", side="Kora", canonical="Kora Defence Forces")
    full = Speaker("Kora Defence Forces", side="Kora", canonical="Kora Defence Forces")
    first, second = fig(12, period=None), replace(fig(15, period=None), update=True)
    digest = summarize([
        extracted("a.txt", "2023-02-10", [first], [claim("KDF said 12 were killed.", short, [first])],
                  speakers=[(short, 1)]),
        extracted("b.txt", "2023-02-10", [first, second],
                  [claim("Kora Defence Forces said 12 were killed.", full, [first]),
                   claim("The toll rose to 15, the Kora Defence Forces said.", full, [second])],
                  speakers=[(full, 2)])])
    (day,) = digest.days
    assert [s.speaker.name for s in day.speakers] == ["KDF"]
    assert [(e.figure.value, e.speakers, e.rising, e.disputed) for e in day.figures] == [
        (12, ["KDF"], True, False), (15, ["KDF"], True, False)]


def test_wordings_of_one_speaker_in_other_cases_are_one_speaker():
    """House styles capitalise differently: `Kora Health Ministry` in one report and `Kora
    health ministry` in another are one speaker, under the day's first wording."""
    capitalised, lower = Speaker("Kora Health Ministry", side="Kora"), Speaker("Kora health ministry", side="Kora")
    toll = fig(12, period=None)
    digest = summarize([
        extracted("a.txt", "2023-02-10", [toll], [claim("Kora Health Ministry said 12 were killed.", capitalised, [toll])],
                  speakers=[(capitalised, 1)]),
        extracted("b.txt", "2023-02-10", [toll], [claim("Kora health ministry said 12 were killed.", lower, [toll])],
                  speakers=[(lower, 1)])])
    (day,) = digest.days
    assert [(s.speaker.name, s.statements) for s in day.speakers] == [("Kora Health Ministry", 2)]
    assert [e.speakers for e in day.figures] == [["Kora Health Ministry"]]


@pytest.mark.parametrize("first, second", [
    ("Andrey Vorobyov", "Andrei Vorobyov"), ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
    ("Yuriy Ihnat", "Yurii Ihnat"), ("Alexei Sokolov", "Aleksei Sokolov"), ("Mohammed Adan", "Mohamed Adan"),
    ("Natalya Kozak", "Natalia Kozak"), ("Mykhailo Podolyak", "Mikhailo Podoliak"),
])
def test_a_persons_name_in_two_transliterations_is_one_speaker(first, second):
    """Wires transliterate differently: one person under the day's first spelling, with all
    statements and the figure's speaker once."""
    toll = fig(12, period=None)
    reports = [extracted(f"{i}.txt", "2023-02-10", [toll],
                         [claim(f"{name} said 12 were killed.", Speaker(name, kind="person"), [toll])],
                         speakers=[(Speaker(name, kind="person"), 1)]) for i, name in enumerate((first, second))]
    (day,) = summarize(reports).days
    assert [(s.speaker.name, s.statements) for s in day.speakers] == [(first, 2)]
    assert [e.speakers for e in day.figures] == [[first]]


@pytest.mark.parametrize("first, second", [
    ("Andrei Sokolov", "Andrii Sokolov"),       # Russian and Ukrainian forms are other names
    ("Oleh Kiper", "Oleg Kiper"),
    ("Kora Army Command", "Kora Armi Command"),  # institutions are compared as worded
])
def test_other_names_stay_other_speakers(first, second):
    kind = "institution" if "Command" in first else "person"
    assert Speaker(first, kind=kind).key != Speaker(second, kind=kind).key


@pytest.mark.parametrize("order", [("Kora air force", "air force"), ("air force", "Kora air force")])
def test_a_speaker_worded_shorter_is_one_speaker_of_the_figure(order):
    """`The air force said` in one report, `Kora's air force said` in another: one voice, named
    in the longer wording, however the reports come; a single word says too little."""
    found = fig(30, kind="intercepted", what="missile", period=None)
    reports = [extracted(f"{i}.txt", "2024-07-08", [found],
                         [claim(f"The {name} said 30 missiles were downed.", Speaker(name), [found])],
                         speakers=[(Speaker(name), 1)])
               for i, name in enumerate([*order, "officials"])]
    (entry,) = summarize(reports).days[0].figures
    assert entry.speakers == ["Kora air force", "officials"]


# --- periods ---------------------------------------------------------------------------------

def test_daily_and_cumulative_never_merge():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(800, period="daily")]),
        extracted("b.txt", "2023-02-10", [fig(800, period="cumulative")]),
    ])
    entries = digest.days[0].figures
    assert sorted((e.figure.period, tuple(e.sources)) for e in entries) == [
        ("cumulative", ("b.txt",)), ("daily", ("a.txt",))]


def test_daily_and_cumulative_are_no_dispute():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(710, period="daily")]),
        extracted("b.txt", "2023-02-10", [fig(110250, period="cumulative")]),
    ])
    assert [(e.figure.value, e.disputed) for e in digest.days[0].figures] == [(710, False), (110250, False)]


# --- days ------------------------------------------------------------------------------------

def test_days_oldest_first_undated_last():
    digest = summarize([
        extracted("u.txt", None, [fig(5)]),
        extracted("b.txt", "2023-02-11", [fig(6)]),
        extracted("a.txt", "2023-02-10", [fig(7)]),
        extracted("m.txt", "2023-02", [fig(8)]),
    ])
    assert [d.date for d in digest.days] == ["2023-02", "2023-02-10", "2023-02-11", "undated"]
    assert [d.reports for d in digest.days] == [["m.txt"], ["a.txt"], ["b.txt"], ["u.txt"]]


def test_figure_repeated_on_a_later_day_is_previously_reported():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(800)]),
        extracted("b.txt", "2023-02-11", [fig(800), fig(650)]),
    ])
    first, second = digest.days
    assert [(e.figure.value, e.previously_reported) for e in first.figures] == [(800, False)]
    assert sorted((e.figure.value, e.previously_reported) for e in second.figures) == [
        (650, False), (800, True)]


@pytest.mark.parametrize("first_places, second_places, period, old_news", [
    ([BAKHMUT], [BAKHMUT, SOLEDAR], "daily", True),   # a place in common
    ([], [], "daily", True),                           # neither names a place
    ([BAKHMUT], [SOLEDAR], "daily", False),            # two towns: two events
    ([BAKHMUT], [], "daily", False),                   # one named, one not: unknown
    ([BAKHMUT], [], "cumulative", True),               # ... but a running total repeats
    ([], [SOLEDAR], "cumulative", True),
])
def test_a_figure_is_old_news_where_it_was_given_before(first_places, second_places, period, old_news):
    def report(path, date, places):
        figure = fig(2, period=period).at(tuple(p.name for p in places))
        return extracted(path, date, [figure], claims=[
            Claim(text="Two soldiers were wounded.", report=path, date=date, speaker=ARMY,
                  figures=[figure], places=places)])
    digest = summarize([report("a.txt", "2023-02-10", first_places),
                        report("b.txt", "2023-02-11", second_places)])
    assert [e.previously_reported for d in digest.days for e in d.figures] == [False, old_news]


def test_figures_on_other_days_are_no_dispute():
    digest = summarize([
        extracted("a.txt", "2023-02-10", [fig(800)]),
        extracted("b.txt", "2023-02-11", [fig(650)]),
    ])
    assert [e.disputed for d in digest.days for e in d.figures] == [False, False]


# --- claims ----------------------------------------------------------------------------------

def test_near_duplicate_claims_merge_with_both_sources():
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim(
            "Ukraine's military said Russian forces were focused on an offensive near Vuhledar.")]),
        extracted("b.txt", "2023-02-10", claims=[claim(
            "The Ukrainian military said on Friday that Russian forces were focused on an "
            "offensive near Vuhledar.")]),
    ])
    (merged,) = digest.days[0].claims
    assert merged.sources == ["a.txt", "b.txt"]
    assert merged.claim.text.startswith("The Ukrainian military said on Friday")  # the fuller wording


@pytest.mark.parametrize("first, second, merged", [
    ("local rights group", "rights group", True),
    ("rights group", "local rights group", True),
    ("Kora rights group", "Lomi rights group", False),  # two groups
    ("local group", "group", False),  # a single word says too little
])
def test_a_claim_twins_one_of_another_wording_of_its_speaker(first, second, merged):
    """Two agencies' copies of one story name its source `a local rights group` and `a rights
    group`: one claim with both sources; other groups' claims stay apart."""
    text = "Fighters killed 40 civilians in an attack on a village near Kora, {} said."
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim(text.format("a " + first), Speaker(first, kind="anonymous"))]),
        extracted("b.txt", "2023-02-10", claims=[claim(text.format("a " + second), Speaker(second, kind="anonymous"))]),
        extracted("c.txt", "2023-02-11", claims=[claim(text.format("a " + second), Speaker(second, kind="anonymous"))]),
    ])
    first_day, second_day = digest.days
    assert [c.sources for c in first_day.claims] == ([["a.txt", "b.txt"]] if merged else [["a.txt"], ["b.txt"]])
    assert [c.previously_reported for c in second_day.claims] == [True]


def test_unrelated_claims_stay_apart():
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim("Russian forces shelled the port overnight.")]),
        extracted("b.txt", "2023-02-10", claims=[claim("Grain exports resumed from the northern terminal.")]),
    ])
    assert [c.sources for c in digest.days[0].claims] == [["a.txt"], ["b.txt"]]


def test_claims_with_other_numbers_stay_apart():
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim("The military said 800 Russian soldiers were killed.",
                                                         figures=[fig(800)])]),
        extracted("b.txt", "2023-02-10", claims=[claim("The military said 900 Russian soldiers were killed.",
                                                         figures=[fig(900)])]),
    ])
    assert [c.sources for c in digest.days[0].claims] == [["a.txt"], ["b.txt"]]


def test_claims_of_other_speakers_stay_apart():
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim("Forces repelled the attack near the village.", ARMY)]),
        extracted("b.txt", "2023-02-10", claims=[claim("Forces repelled the attack near the village.", KREMLIN)]),
    ])
    assert [(c.claim.speaker.name, c.sources) for c in digest.days[0].claims] == [
        ("Ukrainian military", ["a.txt"]), ("Russian Defence Ministry", ["b.txt"])]


@pytest.mark.parametrize("flags", [(True, False), (False, True)])
def test_unverified_flag_carried(flags):
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim(
            "The military said 800 Russian soldiers were killed in the past day.",
            figures=[fig(800)], unverified=flags[0])]),
        extracted("b.txt", "2023-02-10", claims=[claim(
            "The Ukrainian military said on Friday that 800 Russian soldiers were killed in the past day.",
            figures=[fig(800)], unverified=flags[1])]),
    ])
    (merged,) = digest.days[0].claims
    assert merged.sources == ["a.txt", "b.txt"]
    assert merged.claim.unverified is True


def test_claim_repeated_on_a_later_day_is_previously_reported():
    text = "Russian forces were focused on an offensive near Vuhledar, the military said."
    digest = summarize([
        extracted("a.txt", "2023-02-10", claims=[claim(text)]),
        extracted("b.txt", "2023-02-11", claims=[claim(text), claim("Grain exports resumed from the port.")]),
    ])
    assert [c.previously_reported for c in digest.days[0].claims] == [False]
    assert [c.previously_reported for c in digest.days[1].claims] == [True, False]


# --- places and speakers ---------------------------------------------------------------------

def test_places_add_up_across_reports():
    digest = summarize([
        extracted("a.txt", "2023-02-10", places=[(BAKHMUT, 3), (SOLEDAR, 1)]),
        extracted("b.txt", "2023-02-10", places=[(BAKHMUT, 2)]),
    ])
    day = digest.days[0]
    assert [(p.place.name, p.mentions, p.sources) for p in day.locations] == [
        ("Bakhmut", 5, ["a.txt", "b.txt"]), ("Soledar", 1, ["a.txt"])]
    assert day.sectors() == [("Bakhmut", 6)]


def test_speakers_add_up_across_reports():
    digest = summarize([
        extracted("a.txt", "2023-02-10", speakers=[(ARMY, 2), (KREMLIN, 1)]),
        extracted("b.txt", "2023-02-10", speakers=[(ARMY, 1)]),
    ])
    assert [(s.speaker.name, s.statements, s.sources) for s in digest.days[0].speakers] == [
        ("Ukrainian military", 3, ["a.txt", "b.txt"]), ("Russian Defence Ministry", 1, ["a.txt"])]


def test_figure_speakers_come_from_claims():
    f = fig(800)
    digest = summarize([
        extracted("a.txt", "2023-02-10", [f], claims=[claim("The military said 800 soldiers died.",
                                                            figures=[f])]),
        extracted("b.txt", "2023-02-10", [fig(800)], claims=[claim(
            "Moscow's figure of 800 was disputed.", KREMLIN, figures=[fig(800)])]),
    ])
    (entry,) = digest.days[0].figures
    assert entry.speakers == ["Ukrainian military", "Russian Defence Ministry"]


# --- through the extractor -------------------------------------------------------------------

def _write(folder: Path, name: str, date: str, body: str) -> str:
    path = folder / name
    path.write_text(f" date {date}\n\n{body}\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _summarize_files(extractor, paths):
    return summarize([extractor.extract(r) for r in read_reports(paths)])


def test_two_tiny_reports_give_one_figure_with_both_sources(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "The general staff said 420 Russian soldiers were killed in the past day.")
    b = _write(tmp_path, "b.txt", "2023-02-10",
               "Kyiv said more than 420 Russian soldiers were killed over the past day near Vuhledar.")
    digest = _summarize_files(extractor, [a, b])
    (day,) = digest.days
    killed = [e for e in day.figures if e.figure.kind == "killed"]
    assert [(e.figure.value, e.figure.what, e.figure.period, e.sources) for e in killed] == [
        (420, "soldier", "daily", [a, b])]


@pytest.mark.parametrize("sentence, rising", [
    # a breakdown in one sentence: two counts, no toll that rose
    ("The directorate gave the week's casualties: Kora 101 killed and 162 wounded, Lomi 14 killed and 30 wounded.",
     False),
    ("Officials evacuated more than 100,000 residents to shelters, and about 4,000 people fled villages nearby.",
     False),
    # a count beside its value at another time is one that rose
    ("The UN says more than 1.3 million people are now displaced, up from 1 million in June.", True),
])
def test_two_numbers_of_one_fact_in_one_sentence(tmp_path, extractor, sentence, rising):
    (day,) = _summarize_files(extractor, [_write(tmp_path, "a.txt", "2023-02-10", sentence)]).days
    people = [e for e in day.figures if e.figure.kind in ("killed", "displaced")]
    assert len(people) == 2 and all(e.rising == rising and not e.disputed for e in people)


def test_tiny_reports_with_other_numbers_are_disputed(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "The general staff said 420 Russian soldiers were killed in the past day.")
    b = _write(tmp_path, "b.txt", "2023-02-10",
               "Ukraine's military said 390 Russian soldiers were killed in the past day.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.sources, e.disputed) for e in day.figures] == [
        (390, [b], True), (420, [a], True)]


@pytest.mark.parametrize("placeless, disputed", [
    # a story naming only Kassala: its unplaced number is Kassala's, against another report's there
    ("KASSALA, Feb 10 - Drones struck a fuel depot in Kassala on Friday.\n\nA hospital official said 12 "
     "people were wounded near the depot.", True),
    # a story naming two towns: its unplaced number may be either's, or both's
    ("Drones struck fuel depots in Kassala and in Atbara on Friday.\n\nA hospital official said 12 people "
     "were wounded.", False),
])
def test_an_unplaced_number_is_where_its_report_only_names(tmp_path, extractor, placeless, disputed):
    a = _write(tmp_path, "a.txt", "2023-02-10", placeless)
    b = _write(tmp_path, "b.txt", "2023-02-10", "A medical source said 15 people were wounded in Kassala.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.figure.places, e.disputed) for e in day.figures if e.figure.kind == "wounded"] == [
        (12, (), disputed), (15, ("Kassala",), disputed)]


def test_a_number_given_with_a_place_and_without_is_compared_both_ways(tmp_path, extractor):
    """A live page's unplaced toll rose to the 60 it gives without a place too, which a wire
    story gives in Kassala: the entry of 60 is both placed and not, so the rise shows."""
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "Gunmen attacked a concert hall in Kassala, near Atbara.\n\nThe security service says at least "
               "40 people have been killed.\n\nInvestigators say the death toll has risen to 60.")
    b = _write(tmp_path, "b.txt", "2023-02-10", "Gunmen killed 60 people at a concert hall in Kassala, officials said.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, len(e.sources), e.rising) for e in day.figures] == [(40, 1, True), (60, 2, True)]


@pytest.mark.parametrize("speaker, rising", [
    ("Hospital director Amal Osman said", True),   # one person's numbers in two reports: his toll rose
    ("The Kora health ministry said", True),       # ... or one institution's
    ("Officials said", False),                     # two reports' anonymous sources may be anyone
    ("Sudan said", False),                         # a state speaks through many voices
])
def test_one_named_voices_numbers_in_two_reports_are_a_rising_toll(tmp_path, extractor, speaker, rising):
    a = _write(tmp_path, "a.txt", "2023-02-10", f"{speaker} 12 people were wounded in Kassala.")
    b = _write(tmp_path, "b.txt", "2023-02-10", f"{speaker} 15 people were wounded in Kassala.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.rising, e.disputed) for e in day.figures] == [(12, rising, not rising),
                                                                            (15, rising, not rising)]


def test_one_armys_terrorists_are_a_wires_militants(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-02-10", "The army said all 33 terrorists were killed in Kassala.")
    b = _write(tmp_path, "b.txt", "2023-02-10", "Security forces killed 33 militants in Kassala, a wire said.")
    c = _write(tmp_path, "c.txt", "2023-02-10", "Security sources said 16 attackers had been killed in Kassala.")
    (day,) = _summarize_files(extractor, [a, b, c]).days
    assert sorted((e.figure.value, len(e.sources), e.disputed) for e in day.figures) == [(16, 1, True), (33, 2, True)]


def test_an_entry_takes_the_side_a_merged_figure_gives(tmp_path, extractor):
    """A ministry's `49 servicemen` and a wire's `Armenia said 49 of its soldiers`: one entry,
    Armenia's, which the other side's 50 no longer disputes."""
    a = _write(tmp_path, "a.txt", "2022-09-13", "The ministry said the number of servicemen killed has reached 49.")
    b = _write(tmp_path, "b.txt", "2022-09-13",
               "Armenia said 49 of its soldiers were killed, while Azerbaijan's defence ministry said 50 of its "
               "servicemen had died.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert sorted((e.figure.value, e.figure.actor, len(e.sources), e.disputed) for e in day.figures) == [
        (49, "Armenia", 2, False), (50, "Azerbaijan", 1, False)]


def test_sums_of_money_and_distances_of_other_numbers_are_other_facts(tmp_path, extractor):
    """A currency or km says nothing of what is measured: a pledge and an appeal, or two
    distances, are no dispute; the same sum in two reports is still one entry."""
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "Donors pledged $1.5 billion for Sudan, the foreign secretary said. Troops advanced 12 km.")
    b = _write(tmp_path, "b.txt", "2023-02-10",
               "The UN said its appeal of $4.2 billion was 10% funded. Donors pledged $1.5 billion. "
               "The town lies 40 km from the front.")
    (day,) = _summarize_files(extractor, [a, b]).days
    measures = [(e.figure.kind, e.figure.value, len(e.sources), e.disputed, e.rising) for e in day.figures
                if e.figure.kind in ("money", "distance")]
    assert sorted(measures) == [("distance", 12, 1, False, False), ("distance", 40, 1, False, False),
                                ("money", 1.5e9, 2, False, False), ("money", 4.2e9, 1, False, False)]


def test_tiny_reports_on_two_days(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "The general staff said 420 Russian soldiers were killed in the past day.")
    b = _write(tmp_path, "b.txt", "2023-02-11",
               "The general staff said 420 Russian soldiers were killed in the past day.")
    first, second = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.previously_reported) for e in first.figures] == [(420, False)]
    assert [(e.figure.value, e.previously_reported) for e in second.figures] == [(420, True)]
    assert [c.previously_reported for c in second.claims] == [True]


def test_a_days_toll_beside_the_running_toll_is_no_rising_toll(tmp_path, extractor):
    """`risen to 4,120, with 61 killed in the previous 24 hours`: the day's deaths are no
    earlier value of the running toll (`previous 24 hours` is a daily period)."""
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "The health ministry said the toll had risen to 4,120, with 61 people killed "
               "in the previous 24 hours.")
    (day,) = _summarize_files(extractor, [a]).days
    assert [(e.figure.value, e.figure.period, e.rising) for e in day.figures] == [
        (61, "daily", False), (4120, None, False)]


def test_tiny_report_unverified_claim(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-02-10",
               "Ukraine's military said 420 Russian soldiers were killed in the past day.\n\n"
               "The figure could not be independently confirmed.\n\n"
               "The governor said three houses were destroyed in the shelling.")
    (day,) = _summarize_files(extractor, [a]).days
    assert [(c.claim.unverified, c.claim.speaker.name if c.claim.speaker else None)
            for c in day.claims] == [(True, "Ukrainian military"), (False, "governor")]


# --- merging day by day, each day given as soon as it is complete -------------------------

def test_daily_digests_of_samples_in_day_order_equal_summarize(extractor):
    from conftest import SAMPLES
    reports = [r for r in read_reports([str(SAMPLES)]) if isinstance(r, Report)]
    whole = summarize([extractor.extract(r) for r in reports])
    in_order = sorted(reports, key=by_day)
    days = list(daily_digests(extractor.extract(r) for r in in_order))
    assert len(days) > 1
    assert Digest(days=days).as_dict() == whole.as_dict()


def _two_days():
    return [
        extracted("c.txt", None, [fig(800)]),
        extracted("b.txt", "2023-02-11", [fig(900)]),
        extracted("a.txt", "2023-02-10", [fig(800)], [claim("Russia lost 800 soldiers", figures=[fig(800)])]),
        extracted("d.txt", "2023-02-11", [fig(800)], [claim("Russia lost 800 soldiers", figures=[fig(800)])]),
    ]


def test_summarize_takes_the_days_in_any_order():
    digest = summarize(_two_days())
    assert [(d.date, d.reports) for d in digest.days] == [
        ("2023-02-10", ["a.txt"]), ("2023-02-11", ["b.txt", "d.txt"]), ("undated", ["c.txt"])]
    assert [(e.figure.value, e.previously_reported) for e in digest.days[1].figures] == [
        (800, True), (900, False)]
    assert [c.previously_reported for c in digest.days[1].claims] == [True]


def test_a_day_is_given_as_soon_as_the_next_day_starts():
    taken = []

    def reports():
        for item in sorted(_two_days(), key=by_day):
            taken.append(item.report.path)
            yield item

    days = daily_digests(reports())
    assert next(days).date == "2023-02-10"
    assert taken == ["a.txt", "b.txt"]
    assert next(days).reports == ["b.txt", "d.txt"]
    assert taken == ["a.txt", "b.txt", "d.txt", "c.txt"]
    assert [d.date for d in days] == ["undated"]


@pytest.mark.parametrize("paths_and_dates", [
    [("a.txt", "2023-02-11"), ("b.txt", "2023-02-10")],  # a later day first
    [("b.txt", "2023-02-10"), ("a.txt", "2023-02-10")],  # a later path of one day first
    [("a.txt", None), ("b.txt", "2023-02-10")],  # undated before a day
])
def test_daily_digests_refuse_reports_out_of_day_order(paths_and_dates):
    items = [extracted(path, date, [fig(800)]) for path, date in paths_and_dates]
    with pytest.raises(ValueError, match=paths_and_dates[1][0]):
        list(daily_digests(items))


def test_old_news_keeps_the_words_and_speakers_of_claims_not_the_claims():
    """A day given is let go: what later days are compared with holds no claim of it."""
    from conflict_digest.merge import _DayFold, _OldNews
    fold = _DayFold()
    fold.add(extracted("a.txt", "2023-02-10", [fig(800)],
                       [claim("Russia lost 800 soldiers near Bakhmut", ARMY, figures=[fig(800)])]))
    old_news = _OldNews()
    old_news.mark(fold.digest("2023-02-10"), fold)
    kept = [entry for bucket in old_news._claims._buckets.values() for entry in bucket.everyone]
    assert len(kept) == 1
    assert not any(isinstance(x, (Claim, MergedClaim)) for x in kept[0])


WORDINGS = ("Russian soldiers were killed near Bakhmut", "soldiers were killed near Bakhmut overnight",
            "the army said soldiers were killed", "shelling destroyed houses in Soledar")
REPORT_SPECS = st.tuples(
    st.sampled_from(("2023-02-10", "2023-02-11", "2023-02-12", "2023-02", "2023-03-01", None)),
    st.lists(st.tuples(st.sampled_from((800, 1000)), st.sampled_from((None, "more than")),
                       st.sampled_from(("Russia", "Ukraine", None))), max_size=3),
    st.lists(st.tuples(st.sampled_from(WORDINGS), st.sampled_from((ARMY, KREMLIN, None)),
                       st.booleans(), st.booleans()), max_size=3),
    st.lists(st.tuples(st.sampled_from((BAKHMUT, SOLEDAR)), st.integers(1, 3)), max_size=2,
             unique_by=lambda pair: pair[0]),
    st.lists(st.tuples(st.sampled_from((ARMY, KREMLIN)), st.integers(1, 2)), max_size=2),
)


def _from_spec(i: int, spec) -> ExtractedReport:
    """A fresh report from its description (merging changes claims, so each run gets its own)."""
    date, figure_specs, claim_specs, places, speakers = spec
    figures = [fig(v, qualifier=q, actor=a) for v, q, a in figure_specs]
    claims = [Claim(text=text, report="", date=None, speaker=speaker,
                    figures=figures[:1] if with_figure else [],
                    places=[BAKHMUT] if in_bakhmut else [], sectors=["Bakhmut"] if in_bakhmut else [],
                    unverified=not with_figure)
              for text, speaker, with_figure, in_bakhmut in claim_specs]
    return extracted(f"r{i:02}.txt", date, figures, claims, places, speakers)


@settings(max_examples=150, deadline=None)
@given(specs=st.lists(REPORT_SPECS, min_size=1, max_size=8), data=st.data())
def test_summarize_in_any_order_of_arrival_equals_day_by_day_in_order(specs, data):
    order = data.draw(st.permutations(range(len(specs))))
    digest = summarize([_from_spec(i, specs[i]) for i in order])
    in_order = sorted((_from_spec(i, spec) for i, spec in enumerate(specs)), key=by_day)
    assert digest.as_dict() == Digest(days=list(daily_digests(in_order))).as_dict()
    assert [d.date for d in digest.days] == sorted({s[0] or UNDATED for s in specs}, key=day_order)


def test_old_news_is_marked_in_date_order_after_a_late_earlier_day():
    """A day that turns up after later days is older news than they are."""
    late = [extracted("b.txt", "2023-02-11", [fig(800)]),
            extracted("c.txt", "2023-02-12", [fig(900)]),
            extracted("a.txt", "2023-02-10", [fig(800)]),
            extracted("d.txt", "2023-03-01", [fig(700)])]
    digest = summarize(late)
    assert [(d.date, [e.previously_reported for e in d.figures]) for d in digest.days] == [
        ("2023-02-10", [False]), ("2023-02-11", [True]), ("2023-02-12", [False]),
        ("2023-03-01", [False])]


@given(st.lists(st.frozensets(st.sampled_from(["Bakhmut", "Soledar", "Kherson"]), max_size=2),
                min_size=2, max_size=12))
def test_place_index_finds_exactly_the_entries_sharing_a_place(place_sets):
    """The indexed search for same-event entries equals the pairwise rule: a shared place,
    or no place on either side; in group order."""
    from conflict_digest.merge import _same_place_neighbours
    from conflict_digest.models import MergedFigure
    group = [MergedFigure(fig(n), [f"r{n}.txt"], []) for n in range(len(place_sets))]

    def pairwise(i):
        return [o for j, o in enumerate(group) if j != i and (
            place_sets[i] & place_sets[j] or not (place_sets[i] or place_sets[j]))]

    assert _same_place_neighbours(group, place_sets) == [pairwise(i) for i in range(len(group))]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_claim_words_of_ascii_text_as_the_unicode_rule_finds_them(text):
    import regex
    from conflict_digest.merge import _words
    expected = {w.lower() for w in regex.findall(r"[\p{L}\p{N}]+", text) if len(w) > 2}
    assert _words(text) == expected


def test_claim_words_of_other_scripts():
    from conflict_digest.merge import _words
    assert _words("Обстріл Бахмута, 12 загиблих; İstanbul ok") == {
        "обстріл", "бахмута", "загиблих", "i̇stanbul"}


_SPEAKERS = st.sampled_from([None, ARMY, KREMLIN])
_WORDSETS = st.frozensets(st.sampled_from(["shelling", "town", "killed", "night", "army"]),
                          max_size=4)


@given(st.lists(st.tuples(_SPEAKERS, _WORDSETS), max_size=12), _SPEAKERS, _WORDSETS)
def test_claim_index_finds_the_first_twin_in_the_order_added(indexed, speaker, words):
    """Split by speaker, the index still answers as one scan of every claim added would:
    the first with the same speaker (or one unnamed) and CLAIM_OVERLAP of the words."""
    from conflict_digest.merge import CLAIM_OVERLAP, _Alike
    alike = _Alike()
    for n, (who, said) in enumerate(indexed):
        alike.add(who.key if who else None, tuple(said), n)

    def twin(who, said) -> bool:
        return ((speaker is None or who is None or who.key == speaker.key) and bool(said)
                and bool(words) and len(words & said) / min(len(said), len(words)) >= CLAIM_OVERLAP)

    expected = next((n for n, (who, said) in enumerate(indexed) if twin(who, said)), None)
    assert alike.twin(claim("new", speaker), words) == expected
    assert alike.has_twin(claim("new", speaker), words) == (expected is not None)


@given(st.lists(st.tuples(_SPEAKERS, _WORDSETS), max_size=12), _SPEAKERS, _WORDSETS)
def test_claim_index_tells_a_twin_from_the_words_as_any_collection(indexed, speaker, words):
    """Old news passes the words as kept (a tuple): the answer is that of their set."""
    from conflict_digest.merge import _Alike
    alike = _Alike()
    for n, (who, said) in enumerate(indexed):
        alike.add(who.key if who else None, tuple(said), n)
    new = claim("new", speaker)
    assert alike.has_twin(new, tuple(sorted(words))) == alike.has_twin(new, words)


def test_first_compatible_entry_is_the_first_whose_side_and_period_fit():
    from conflict_digest.merge import _first_compatible
    from conflict_digest.models import MergedFigure
    ukraine, unstated, russia = (MergedFigure(fig(800, actor=a), [], [])
                                 for a in ("Ukraine", None, "Russia"))
    assert _first_compatible([ukraine, unstated, russia], fig(800, actor="Russia"), None, {}, frozenset(), {}) is unstated
    assert _first_compatible([ukraine, russia], fig(800, actor="Russia"), None, {}, frozenset(), {}) is russia
    assert _first_compatible([ukraine], fig(800, actor="Russia"), None, {}, frozenset(), {}) is None
    assert _first_compatible([], fig(800), None, {}, frozenset(), {}) is None


def test_first_compatible_entry_is_in_an_area_the_figure_shares():
    from conflict_digest.merge import _first_compatible
    from conflict_digest.models import MergedFigure
    kharkiv, bakhmut, nowhere = (MergedFigure(fig(2), [], []) for _ in range(3))
    areas = {id(kharkiv): frozenset({"Kharkiv", "Kharkiv Oblast"}),
             id(bakhmut): frozenset({"Bakhmut", "Donetsk Oblast", "sector Bakhmut"})}
    in_the_oblast = frozenset({"Donetsk Oblast"})
    assert _first_compatible([kharkiv, bakhmut], fig(2), in_the_oblast, areas, frozenset(), {}) is bakhmut
    assert _first_compatible([kharkiv, nowhere], fig(2), in_the_oblast, areas, frozenset(), {}) is nowhere
    assert _first_compatible([kharkiv], fig(2), frozenset({"Odesa"}), areas, frozenset(), {}) is None
    assert _first_compatible([kharkiv], fig(2), None, areas, frozenset(), {}) is kharkiv  # a sentence naming no place
    # two towns that share only their region: two facts; of one sector, or a town and its region: one
    towns = {id(bakhmut): frozenset({"Bakhmut"})}
    in_another_town = frozenset({"Kramatorsk", "Donetsk Oblast", "sector Kramatorsk"})
    in_the_sector = frozenset({"Soledar", "Donetsk Oblast", "sector Bakhmut"})
    assert _first_compatible([bakhmut], fig(2), in_another_town, areas, frozenset({"Kramatorsk"}), towns) is None
    assert _first_compatible([bakhmut], fig(2), in_the_sector, areas, frozenset({"Soledar"}), towns) is bakhmut
    assert _first_compatible([bakhmut], fig(2), in_the_oblast, areas, frozenset(), towns) is bakhmut


@pytest.mark.parametrize("first_places, second_places, merged", [
    ([BAKHMUT], [SOLEDAR], True),    # one sector
    ([BAKHMUT], [], True),           # one sentence names no place
    ([BAKHMUT], [KHARKIV], False),   # two areas with nothing in common: two facts
])
def test_the_same_number_in_two_areas_is_two_facts(first_places, second_places, merged):
    def report(path, places):
        figure = fig(2).at(tuple(p.name for p in places))
        return extracted(path, "2023-02-10", [figure], claims=[
            Claim(text="Two soldiers were killed.", report=path, date="2023-02-10", speaker=ARMY,
                  figures=[figure], places=places)])
    (day,) = summarize([report("a.txt", first_places), report("b.txt", second_places)]).days
    assert [len(e.sources) for e in day.figures] == ([2] if merged else [1, 1])


def test_kind_order_is_the_order_of_figure_kinds_unknown_kinds_last():
    from conflict_digest.merge import _kind_order
    from conflict_digest.models import FIGURE_KINDS
    assert [_kind_order(k) for k in FIGURE_KINDS] == list(range(len(FIGURE_KINDS)))
    assert _kind_order("unheard-of") == len(FIGURE_KINDS)


@pytest.mark.parametrize("kind, what", [("killed", "serviceman"), ("killed", "child"),
                                        ("attacks", "missile"), ("destroyed", "tank"),
                                        ("other", "nothing-known")])
def test_fact_key_is_the_kind_and_the_class_of_what_is_counted_and_a_past_events_year(kind, what):
    from conflict_digest.figures import what_class
    from conflict_digest.merge import fact_key
    for _ in range(2):  # asked again, from the memo
        assert fact_key(fig(3, kind=kind, what=what)) == (kind, what_class(what, kind), "")
    assert fact_key(replace(fig(3, kind=kind, what=what), on="2024-04-17")) == (kind, what_class(what, kind), "2024")


@given(st.lists(st.sampled_from([800, 1000, 12.5]), max_size=3),
       st.lists(st.sampled_from(["Bakhmut", "Kherson"]), max_size=2))
def test_claim_key_is_its_numbers_and_sectors_empty_ones_shared(values, sectors):
    from conflict_digest.merge import _claim_key
    said = Claim(text="x", report="", date=None, figures=[fig(v) for v in values], sectors=sectors)
    nothing = _claim_key(Claim(text="y", report="", date=None))
    assert _claim_key(said) == (frozenset((v, v) for v in values), frozenset(sectors))
    assert all(part is nothing[0] for part in _claim_key(said) if not part)


def test_a_day_for_a_serialiser_is_the_plain_day_with_each_place_made_once():
    said = [claim("Shelling hit Bakhmut overnight"), claim("Russia lost 800 near Bakhmut",
                                                         figures=[fig(800)])]
    for c in said:
        c.places = [BAKHMUT, SOLEDAR]
    day = summarize([extracted("a.txt", "2023-02-10", [fig(800)], said)]).days[0]
    plain, shared = day.as_dict(), day.as_dict(encode_variant=lambda d: d)
    assert shared == plain
    first, second = (c["places"] for c in shared["claims"])
    assert first[0] is second[0] and first[1] is second[1]
    first, second = (c["places"] for c in plain["claims"])
    assert first[0] is not second[0]


@pytest.mark.parametrize("second, rising, disputed", [
    (ARMY, True, False),     # one speaker's two numbers in one report: an update
    (None, True, False),     # one of them unnamed: may be the same voice
    (KREMLIN, False, True),  # two named speakers in one report: a dispute
])
def test_numbers_of_one_report_rise_or_dispute_by_speaker(second, rising, disputed):
    first, other = fig(10), fig(14)
    digest = summarize([extracted("a.txt", "2024-03-01", figures=[first, other],
                                  claims=[claim("Ten killed.", ARMY, [first]),
                                          claim("Fourteen killed.", second, [other])])])
    day = day_of(digest, "2024-03-01")
    assert [(e.figure.low, e.rising, e.disputed) for e in day.figures] == [
        (10, rising, disputed), (14, rising, disputed)]


@pytest.mark.parametrize("second", [ARMY, KREMLIN, None])
def test_an_increment_is_neither_a_rising_toll_nor_a_dispute(second):
    toll, more = fig(145), replace(fig(20), increment=True)
    digest = summarize([extracted("a.txt", "2024-03-01", figures=[more, toll],
                                  claims=[claim("Another 20 killed, bringing the toll to 145.",
                                                ARMY, [more, toll])]),
                        extracted("b.txt", "2024-03-01", figures=[fig(130)],
                                  claims=[claim("The toll is 130.", second, [fig(130)])])])
    day = day_of(digest, "2024-03-01")
    by_number = {e.figure.low: (e.rising, e.disputed, len(e.variants)) for e in day.figures}
    assert by_number[20] == (False, False, 0)
    assert by_number[145] != (False, False, 0) and by_number[130] != (False, False, 0)


@pytest.mark.parametrize("what_a, what_b, sides, disputed", [
    ("person", "civilian", False, True),     # two whole tolls
    ("person", "child", False, False),       # "including six children": a part of the toll
    ("refugee", "person", False, False),     # a group of its own
    ("soldier", "serviceman", False, True),  # one noun group
    ("soldier", "person", False, False),     # combatants and a whole toll: sides unknown
    ("soldier", "person", True, True),       # ... both on one side
    ("soldier", "russian", True, True),      # a demonym is a whole toll
])
def test_numbers_dispute_only_where_their_nouns_may_count_the_same_people(what_a, what_b, sides, disputed):
    actor = "Kora" if sides else None
    a = fig(24, what=what_a, actor=actor, period=None)
    b = fig(6, what=what_b, actor=actor, period=None)
    digest = summarize([extracted("a.txt", "2024-03-01", [a], claims=[claim("A.", ARMY, [a])]),
                        extracted("b.txt", "2024-03-01", [b], claims=[claim("B.", KREMLIN, [b])])])
    assert [e.disputed for e in day_of(digest, "2024-03-01").figures] == [disputed, disputed]


def test_an_entry_is_where_any_of_its_sentences_puts_it():
    """Two reports give one number, one of them with a place: the entry is there, and
    disputes another number given there."""
    here = Place("Kora", "town", None, "Sudan", None)
    first, again, other = fig(21, period=None), fig(21, period=None).at(("Kora",)), fig(24, period=None).at(("Kora",))
    digest = summarize([
        extracted("a.txt", "2024-03-01", [first], claims=[Claim("21 killed.", "a.txt", None, ARMY, figures=[first])]),
        extracted("b.txt", "2024-03-01", [again], claims=[Claim("21 killed in Kora.", "b.txt", None, ARMY, figures=[again], places=[here])]),
        extracted("c.txt", "2024-03-01", [other], claims=[Claim("24 killed in Kora.", "c.txt", None, KREMLIN, figures=[other], places=[here])])])
    assert [(e.figure.low, e.disputed, len(e.sources)) for e in day_of(digest, "2024-03-01").figures] == [
        (21, True, 2), (24, True, 1)]


def test_numbers_of_things_that_are_not_people_dispute_as_before():
    a, b = fig(40, kind="attacks", what="drone", period=None), fig(35, kind="attacks", what="missile", period=None)
    digest = summarize([extracted("a.txt", "2024-03-01", [a], claims=[claim("A.", ARMY, [a])]),
                        extracted("b.txt", "2024-03-01", [b], claims=[claim("B.", KREMLIN, [b])])])
    assert [e.disputed for e in day_of(digest, "2024-03-01").figures] == [True, True]


def test_every_bounding_hedge_is_a_hedge_the_extractor_reads():
    hedges = load_toml("numbers.toml")["hedges"]
    bounds = hedges["bounds"]
    assert set(bounds["floor"]) | set(bounds["ceiling"]) <= set(hedges["before"]) | set(hedges["after"])
    assert not set(bounds["floor"]) & set(bounds["ceiling"])


def test_a_part_is_never_a_value_of_its_count():
    # "killed 40 people, including 12 in Kora": one voice, two numbers, no rising toll
    whole, part = fig(40, actor=None, period=None), replace(fig(12, actor=None, period=None), part=True)
    digest = summarize([extracted("a.txt", "2023-02-10", [whole, part])])
    assert [(e.figure.value, e.rising, e.disputed, e.variants) for e in digest.days[0].figures] == [
        (12, False, False, []), (40, False, False, [])]


def test_the_part_flag_survives_json():
    f = replace(fig(12), part=True)
    assert Figure.from_dict(f.as_dict()).part and f.as_dict()["part"] is True


@pytest.mark.parametrize("measured, disputed", [
    ("A car bomb killed 30 people at a market in Izium, 120 km south-east of Kharkiv, police said.", False),
    ("A car bomb killed 30 people at a market 20 km from Kharkiv, police said.", False),
    ("A car bomb killed 30 people at a market in Kharkiv, police said.", True),
])
def test_a_toll_off_a_place_is_no_dispute_of_a_toll_there(tmp_path, extractor, measured, disputed):
    """A place a sentence names only to say where another is (a reference point) is not
    where its toll is: `30 km south of Kharkiv` and `in Kharkiv` are two incidents."""
    a = _write(tmp_path, "a.txt", "2023-05-10", measured)
    b = _write(tmp_path, "b.txt", "2023-05-10", "A rocket killed 8 people in Kharkiv, the regional governor said.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.disputed) for e in day.figures if e.figure.kind == "killed"] == [
        (8, disputed), (30, disputed)]


def test_tolls_off_one_place_may_dispute_each_other(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-05-10", "A car bomb killed 30 people 20 km south of Kharkiv, police said.")
    b = _write(tmp_path, "b.txt", "2023-05-10", "A car bomb killed 34 people south of Kharkiv, officials said.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.disputed) for e in day.figures if e.figure.kind == "killed"] == [
        (30, True), (34, True)]


def test_a_claims_reference_points_survive_json(extractor):
    report = Report("a.txt", "A car bomb killed 30 people in Izium, 120 km south-east of Kharkiv, police said.",
                    "2023-05-10")
    (found,) = extractor.extract(report).claims
    assert found.as_dict()["landmarks"] == ["Kharkiv"]
    assert Claim.from_dict(found.as_dict()).landmarks == ["Kharkiv"]


def test_a_roundups_counts_are_each_at_its_own_place(tmp_path, extractor):
    """`5 in Kharkiv and 3 in Kherson`: another report's 3 in Kharkiv is not the Kherson
    count again, and disputes the Kharkiv one."""
    a = _write(tmp_path, "a.txt", "2023-05-10", "Russian attacks killed 5 people in Kharkiv and 3 in Kherson, officials said.")
    b = _write(tmp_path, "b.txt", "2023-05-10", "Russian attacks killed 3 people in Kharkiv, the governor said.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, len(e.sources), e.disputed) for e in day.figures] == [
        (3, 1, False), (3, 1, True), (5, 1, True)]


def test_an_entry_shows_where_its_sources_put_it(tmp_path, extractor):
    """Places below country level, a landmark as `near X`; countries where nothing nearer is
    named; every source's places, once each."""
    a = _write(tmp_path, "a.txt", "2023-05-10",
               "A car bomb killed 30 people at a market in Izium, 120 km south-east of Kharkiv, police said.")
    b = _write(tmp_path, "b.txt", "2023-05-10", "Ukraine said 30 people were killed in Izium and Balakliia.")
    c = _write(tmp_path, "c.txt", "2023-05-10", "Twelve soldiers were killed in Russia, officials said.")
    (day,) = _summarize_files(extractor, [a, b, c]).days
    assert [(e.figure.value, e.places) for e in day.figures if e.figure.kind == "killed"] == [
        (12, ["Russia"]), (30, ["Izium", "near Kharkiv", "Balakliia"])]
    assert day.as_dict()["figures"][0]["places"] == ["Russia"]


def test_each_figure_is_given_by_its_own_source(tmp_path, extractor):
    a = _write(tmp_path, "a.txt", "2023-05-10",
               "Russia said it killed 300 Ukrainian soldiers, while Kyiv said 50 Russian troops were killed.")
    (day,) = _summarize_files(extractor, [a]).days
    assert sorted((e.figure.value, e.speakers) for e in day.figures) == [(50, ["Kyiv"]), (300, ["Russia"])]


def test_one_number_in_two_towns_of_one_region_is_two_facts(tmp_path, extractor):
    """Each its own town's count: a region both lie in merges them no more; a town and its
    region alone still merge."""
    a = _write(tmp_path, "a.txt", "2024-09-03",
               "In Donetsk Oblast, three people were killed in Pokrovsk and two in Kostiantynivka, the governor said.")
    b = _write(tmp_path, "b.txt", "2024-09-03", "Two people were killed in Pokrovsk, local officials said.")
    c = _write(tmp_path, "c.txt", "2024-09-03", "Two people were killed in Donetsk Oblast, officials said.")
    (day,) = _summarize_files(extractor, [a, b, c]).days
    twos = [e for e in day.figures if e.figure.value == 2]
    assert sorted((e.places, len(e.sources)) for e in twos) == [
        (["Kostiantynivka", "Donetsk Oblast"], 2), (["Pokrovsk"], 1)]


def test_a_place_in_an_aside_about_the_speaker_makes_no_dispute(tmp_path, extractor):
    """`The army, which has held Kharkiv for months, said shelling of Izium killed 11`: the 11
    are in Izium, so they do not dispute another report's 75 killed in Kharkiv."""
    a = _write(tmp_path, "a.txt", "2025-09-20",
               "The army, which has held Kharkiv for months, said shelling of Izium killed 11 people.")
    b = _write(tmp_path, "b.txt", "2025-09-20", "A guided bomb killed 75 people at a market in Kharkiv.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert sorted((e.figure.value, e.places, e.disputed) for e in day.figures) == [
        (11, ["Izium"], False), (75, ["Kharkiv"], False)]


def test_unmanned_aerial_vehicles_and_drones_merge(tmp_path, extractor):
    """`37 unmanned aerial vehicles` (counted as `aerial vehicle`) and `37 drones` are one count."""
    a = _write(tmp_path, "a.txt", "2024-10-14", "Air defences shot down 37 unmanned aerial vehicles over the Kursk region.")
    b = _write(tmp_path, "b.txt", "2024-10-14", "Russia said it downed 37 Ukrainian drones over the Kursk region overnight.")
    (day,) = _summarize_files(extractor, [a, b]).days
    assert [(e.figure.value, e.sources) for e in day.figures] == [(37, [a, b])]


@pytest.mark.parametrize("what_a, what_b, merged", [
    ("civilian", "fighter", False),   # bystanders and combatants: two facts
    ("child", "soldier", False),
    ("journalist", "militant", False),
    ("civilian", "person", True),     # a whole toll may be the civilians'
    ("soldier", "person", True),      # ... or the soldiers'
    ("child", "person", True),
    ("fighter", "soldier", True),     # one noun group
])
def test_one_number_of_civilians_and_of_fighters_is_two_facts(what_a, what_b, merged):
    a = fig(9, what=what_a, actor=None, period=None)
    b = fig(9, what=what_b, actor=None, period=None)
    digest = summarize([extracted("a.txt", "2025-10-12", [a], claims=[claim("A.", ARMY, [a])]),
                        extracted("b.txt", "2025-10-12", [b], claims=[claim("B.", KREMLIN, [b])])])
    assert len(day_of(digest, "2025-10-12").figures) == (1 if merged else 2)


@pytest.mark.parametrize("sentence, where", [
    ("Gunmen killed 28 soldiers at a post in northern Benin near the border with Niger, the army said.", ["Benin"]),
    ("Gunmen killed 28 soldiers near the border with Niger, the army said.", ["near Niger"]),
])
def test_a_country_across_the_border_is_not_where_a_toll_is(extractor, sentence, where):
    report = extractor.extract(Report(path="a.txt", text=sentence, date="2025-01-09"))
    (day,) = summarize([report]).days
    assert [e.places for e in day.figures] == [where]


@pytest.mark.parametrize("sentence, places", [
    ("In the Kharkiv region, a strike on Kupiansk killed two people, the governor said.",
     ["Kupiansk", "Kharkiv Oblast"]),
    ("About 25 km from Goma, shelling killed two people in Sake.", ["Sake", "near Goma"]),
    ("Shelling killed two people in Kharkiv Oblast, the governor said.", ["Kharkiv Oblast"]),
])
def test_a_figures_towns_are_shown_before_its_regions_and_landmarks(tmp_path, extractor, sentence, places):
    (day,) = _summarize_files(extractor, [_write(tmp_path, "a.txt", "2024-09-03", sentence)]).days
    (killed,) = [e for e in day.figures if e.figure.kind == "killed"]
    assert killed.places == places
