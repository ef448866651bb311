"""One report through the whole extractor: the two seed reports in samples/ (2023-01-05)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.merge import summarize
from conflict_digest.models import Figure, Report
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_reports

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LIVE = SAMPLES / "2023-01-05-live-blog-bakhmut-offensive.txt"
WIRE = SAMPLES / "2023-01-05-wire-800-russian-soldiers-killed.txt"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _extract(extractor, path: Path):
    (report,) = list(read_reports([str(path)]))
    return extractor.extract(report)


@pytest.fixture(scope="module")
def live(extractor):
    return _extract(extractor, LIVE)


@pytest.fixture(scope="module")
def wire(extractor):
    return _extract(extractor, WIRE)


@pytest.fixture(scope="module", params=["live", "wire"])
def seed(request, live, wire):
    return {"live": live, "wire": wire}[request.param]


def figure_facts(item) -> set[tuple]:
    return {(f.low, f.high, f.kind, f.what) for f in item.figures}


def place_names(item) -> list[str]:
    return [c.place.name for c in item.locations]


def speaker_names(item) -> list[str]:
    return [c.speaker.name for c in item.speakers]


# --- both seeds -----------------------------------------------------------------------------

def test_report_date(seed):
    assert seed.report.date == "2023-01-05"


def test_800_russian_soldiers_killed(seed):
    (f,) = [f for f in seed.figures if f.kind == "killed"]
    assert (f.value, f.what, f.actor, f.period) == (800, "soldier", "Russia", "daily")


def test_aircraft_helicopter_and_tanks_destroyed(seed):
    destroyed = sorted((f.what, f.value) for f in seed.figures if f.kind == "destroyed")
    assert destroyed == [("aircraft", 1), ("helicopter", 1), ("tank", 3)]


def test_figures_listed_once(seed):
    keys = [(f.low, f.high, f.kind, f.what, f.period) for f in seed.figures]
    assert len(keys) == len(set(keys))


def test_no_figure_from_dates_durations_or_models(seed):
    # "nearly 11 months", "Feb. 24", "2014", "AMX-10 RC", "two other cities", "the four regions"
    values = {f.value for f in seed.figures}
    assert not values & {11, 24, 2014, 10, 2, 4}


def test_sector_places_among_locations(seed):
    assert {"Bakhmut", "Avdiivka", "Kupiansk", "Donetsk Oblast", "Kostiantynivka",
            "Kurakhove"} <= set(place_names(seed))


def test_bakhmut_is_the_most_mentioned_front_place(seed):
    counts = {c.place.name: c.mentions for c in seed.locations}
    assert counts["Bakhmut"] > counts["Avdiivka"] == counts["Kupiansk"] == 1


def test_demonyms_and_west_are_not_locations(seed):
    names = set(place_names(seed))
    assert not names & {"West", "France", "Germany"}  # Western, French, German-made


def test_ukrainian_military_among_speakers(seed):
    names = speaker_names(seed)
    assert "Ukrainian military" in names
    assert "Emmanuel Macron" in names


def test_verification_note_is_no_speaker(seed):
    assert "Reuters" not in speaker_names(seed)


def test_bakhmut_offensive_claim_carries_the_sector(seed):
    (claim,) = [c for c in seed.claims if "offensive in the Bakhmut sector" in c.text]
    assert claim.sectors[0] == "Bakhmut"
    assert set(claim.sectors) == {"Bakhmut", "Avdiivka", "Kupiansk"}
    assert claim.speaker.name == "Ukrainian military"
    assert claim.date == "2023-01-05"


def test_macron_claim(seed):
    (claim,) = [c for c in seed.claims if c.text.startswith("French President Emmanuel Macron said")]
    assert claim.speaker.name == "Emmanuel Macron"
    assert claim.figures == []  # AMX-10 RC is a model name


# --- the live blog --------------------------------------------------------------------------

def test_live_blog_figures_exactly(live):
    assert figure_facts(live) == {
        (800, 800, "killed", "soldier"),
        (1, 1, "destroyed", "aircraft"),
        (1, 1, "destroyed", "helicopter"),
        (3, 3, "destroyed", "tank"),
    }


def test_live_blog_governor_resolves_to_haidai(live):
    names = speaker_names(live)
    assert "Serhiy Haidai" in names
    assert "Luhansk governor" not in names
    (claim,) = [c for c in live.claims if c.text.startswith("The governor of Luhansk region said")]
    assert claim.speaker.name == "Serhiy Haidai"


def test_live_blog_mr_zelensky_is_the_full_name(live):
    names = speaker_names(live)
    assert "Volodymyr Zelensky" in names
    assert "Zelensky" not in names


def test_live_blog_ukrainian_leader_is_zelensky(live):
    assert "Ukrainian leader" not in speaker_names(live)


def test_live_blog_800_claim_is_unverified(live):
    (claim,) = [c for c in live.claims if any(f.value == 800 for f in c.figures)]
    assert claim.unverified is True
    assert claim.speaker.name == "Ukrainian military"


def test_live_blog_metonym_kyiv(live):
    assert "Kyiv" in place_names(live)


# --- the wire report ------------------------------------------------------------------------

def test_wire_other_figures(wire):
    assert {(70000, 80000, "population", "person"), (21_300_000_000, 21_300_000_000, "money", "usd")
            } <= figure_facts(wire)


def test_wire_range_has_no_value(wire):
    (f,) = [f for f in wire.figures if f.low == 70000]
    assert (f.value, f.high) == (None, 80000)


def test_wire_money_is_hedged(wire):
    (f,) = [f for f in wire.figures if f.kind == "money"]
    assert (f.value, f.what, f.approx, f.qualifier) == (21_300_000_000, "usd", True, "about")


def test_wire_zelenskyy_spelling_is_canonical(wire):
    names = speaker_names(wire)
    assert "Volodymyr Zelensky" in names
    assert "Volodymyr Zelenskyy" not in names


def test_wire_unnamed_governor_stays_a_description(wire):
    assert "Luhansk governor" in speaker_names(wire)


def test_wire_biden(wire):
    assert "Joe Biden" in speaker_names(wire)


def test_wire_places(wire):
    assert {"Kramatorsk", "Sloviansk", "Donbas", "Kherson Oblast", "Zaporizhzhia Oblast",
            "Luhansk Oblast", "United States", "Washington"} <= set(place_names(wire))


# --- both seeds merged ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def day(live, wire):
    (d,) = summarize([live, wire]).days
    return d


def test_merged_800_has_both_sources(day):
    (entry,) = [e for e in day.figures if e.figure.kind == "killed"]
    assert (entry.figure.value, entry.figure.what) == (800, "soldier")
    assert entry.sources == [str(LIVE), str(WIRE)]
    assert entry.disputed is False


def test_merged_losses_have_both_sources(day):
    destroyed = sorted((e.figure.what, e.figure.value, len(e.sources)) for e in day.figures
                       if e.figure.kind == "destroyed")
    assert destroyed == [("aircraft", 1, 2), ("helicopter", 1, 2), ("tank", 3, 2)]


def test_merged_800_speaker(day):
    (entry,) = [e for e in day.figures if e.figure.kind == "killed"]
    assert entry.speakers == ["Ukrainian military"]


def test_merged_macron_claim_has_both_sources(day):
    (claim,) = [c for c in day.claims if "Emmanuel Macron said" in c.claim.text]
    assert claim.sources == [str(LIVE), str(WIRE)]


def _figures_of(extractor, text: str) -> list[tuple]:
    from conflict_digest.models import Report
    report = Report(path="toll.txt", text=text, date="2024-03-07", date_source="header")
    return sorted((f.value, f.kind) for f in extractor.extract(report).figures)


def test_a_verification_note_marks_the_claim_before_it(extractor):
    from conflict_digest.models import Report
    text = ("Shelling killed 6 people in Kherson, the governor said. "
            "The agency was unable to confirm the toll.")
    report = Report(path="note.txt", text=text, date="2024-03-07", date_source="header")
    (claim,) = extractor.extract(report).claims
    assert (claim.speaker.name, claim.unverified) == ("governor", True)


def _unverified_claims(extractor, *sentences: str) -> list[tuple[str, bool]]:
    from conflict_digest.models import Report
    report = Report(path="note.txt", text=" ".join(sentences), date="2024-03-07", date_source="header")
    return [(c.text.split()[0], c.unverified) for c in extractor.extract(report).claims]


LEAD = "Gunmen attacked the market in Kora on Friday, killing 14 people, the district chief said."
OTHER_NEWS = "Aid agencies say 20,000 people have fled the district since March."


@pytest.mark.parametrize("sentences, expected", [
    # a closing note naming the toll is about the lead, not the news just before it
    ([LEAD, OTHER_NEWS, "Reporters could not independently verify the death toll."],
     [("Gunmen", True), ("Aid", False)]),
    # ... and about the sentence before it when that holds the toll
    ([OTHER_NEWS, LEAD, "The toll could not be independently verified."],
     [("Aid", False), ("Gunmen", True)]),
    # a note in the sentence of the toll is about that sentence alone
    ([LEAD, "A second attack killed 3 guards, a toll that could not be independently verified."],
     [("Gunmen", False), ("A", True)]),
    # "the figures" is any figure: the sentence before holds some
    ([LEAD, OTHER_NEWS, "The figures could not be independently verified."],
     [("Gunmen", False), ("Aid", True)]),
    # a note naming no figure is about the sentence before it
    ([LEAD, OTHER_NEWS, "The claim could not be independently verified."],
     [("Gunmen", False), ("Aid", True)]),
    # "neither claim": the two before it
    ([OTHER_NEWS, LEAD, "The army said 3 gunmen were killed.", "Neither claim could be independently verified."],
     [("Aid", False), ("Gunmen", True), ("The", True)]),
    ([OTHER_NEWS, LEAD, "None of the accounts could be verified."],
     [("Aid", False), ("Gunmen", True)]),
    # a named toll no sentence holds: the sentence before, as any note
    ([OTHER_NEWS, "The death toll could not be independently verified."], [("Aid", True)]),
])
def test_a_verification_note_marks_what_it_names(extractor, sentences, expected):
    assert _unverified_claims(extractor, *sentences) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's toll, then the same toll with its period: once, with the period
    ("Strikes on Kora kill 6. Strikes on Kora killed 6 people overnight, officials said.",
     [(6, "killed", "daily")]),
    ("Strikes on Kora killed 6 people overnight. Strikes on Kora kill 6, officials said.",
     [(6, "killed", "daily")]),
    # two periods are two quantities
    ("6 people were killed overnight. In all, 6 people have been killed since the war began.",
     [(6, "killed", "cumulative"), (6, "killed", "daily")]),
])
def test_a_quantity_repeated_in_a_report_is_listed_once_with_its_period(extractor, text, expected):
    from conflict_digest.models import Report
    report = Report(path="toll.txt", text=text, date="2024-03-07", date_source="header")
    assert sorted((f.value, f.kind, f.period) for f in extractor.extract(report).figures) == expected


def test_casualties_that_repeat_a_toll_are_that_toll(extractor):
    text = ("Rockets hit a market in Kherson, killing 6 people and injuring 23 more. "
            "The hospital counted 23 casualties by noon.")
    assert _figures_of(extractor, text) == [(6, "killed"), (23, "wounded")]


def test_casualties_that_add_up_a_toll_stay(extractor):
    text = ("Rockets hit a market in Kherson, killing 6 people and injuring 23 more. "
            "The hospital counted 29 casualties by noon.")
    assert _figures_of(extractor, text) == [(6, "killed"), (23, "wounded"), (29, "casualties")]


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling killed 4 people in Kherson on Tuesday, officials said.", "2024-03-05"),
    ("SHELLING KILLED 4 PEOPLE IN KHERSON ON TUESDAY.", "2024-03-05"),
    ("On Sunday, shelling killed 4 people in Kherson.", "2024-03-03"),
    ("Shelling killed 4 people in Kherson, officials said.", "2024-03-07"),
    ("Tuesday's shelling killed 4 people in Kherson.", "2024-03-05"),
    ("Yesterday's shelling killed 4 people in Kherson.", "2024-03-06"),
    ("Shelling killed 4 people in Kherson yesterday evening.", "2024-03-06"),
    ("On the day before yesterday shelling killed 4 people in Kherson.", "2024-03-05"),
    ("Since yesterday shelling has killed 4 people in Kherson.", "2024-03-07"),
    ("Two days ago shelling killed 4 people in Kherson.", "2024-03-05"),
    ("The strike 3 days ago killed 4 people in Kherson.", "2024-03-04"),
    # a weekday that starts a period dates nothing; a later one does
    ("Since Monday shelling has killed 4 people in Kherson.", "2024-03-07"),
    ("Shelling from Monday has killed 4 people in Kherson.", "2024-03-07"),
    ("Since Monday shelling has killed 4 people in Kherson, 2 of them on Tuesday.", "2024-03-05"),
    # a day of a month the event happened on
    ("Shelling killed 4 people in Kherson on 2 March, officials said.", "2024-03-02"),
    ("On March 2, shelling killed 4 people in Kherson.", "2024-03-02"),
    ("Shelling on Saturday, 2 March killed 4 people in Kherson.", "2024-03-02"),
    ("Shelling killed 4 people in Kherson on the 2nd of March.", "2024-03-02"),
    ("Shelling killed 4 people in Kherson on Dec. 28.", "2023-12-28"),
    ("Shelling killed 4 people in Kherson on 2 March 2023.", "2023-03-02"),
    # not the day it happened on: a start, a status, a plan, a day that does not exist
    ("Since 2 March shelling has killed 4 people in Kherson.", "2024-03-07"),
    ("As of 2 March, shelling had killed 4 people in Kherson.", "2024-03-07"),
    ("Talks on 20 March will count the 4 people killed in Kherson.", "2024-03-07"),
    ("Shelling killed 4 people in Kherson on 31 February.", "2024-03-07"),
    ("Shelling killed 4 people in Kherson on 2 may, he said.", "2024-03-07"),
])
def test_claim_date_follows_a_day_named_in_the_sentence(extractor, sentence, expected):
    from conflict_digest.models import Report
    report = Report(path="thursday.txt", text=sentence, date="2024-03-07", date_source="header")
    (claim,) = extractor.extract(report).claims
    assert claim.date == expected


@st.composite
def _text_around_a_weekday(draw) -> str:
    """Any text, or a weekday's name in any mix of cases (with the letters `ſ`, `K`, `ı` that
    fold to ASCII ones) amid any text."""
    name = draw(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday", "Tueſday", "today", "Kday",
                                 "yesterday", "the day before yesterday"]))
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    name = "".join(c.swapcase() if flip else c for c, flip in zip(name, flips))
    return draw(st.text(max_size=12)) + name + draw(st.text(max_size=12))


@given(_text_around_a_weekday() | st.text(max_size=40))
def test_the_cheap_weekday_check_misses_no_weekday_the_pattern_finds(text):
    from conflict_digest.pipeline import _WEEKDAY_HINT, _names_a_day
    assert _names_a_day(text) == (_WEEKDAY_HINT.search(text) is not None)


# --- records between processes ---------------------------------------------------------------

def test_an_extraction_pickles_whole_with_its_shared_objects(seed):
    """--jobs ships extractions through pickle: they come back equal, field for field, and a
    figure a claim holds is still the very object of the report's figure list."""
    import pickle
    back = pickle.loads(pickle.dumps(seed, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == seed and back.report == seed.report
    assert back.as_dict() == seed.as_dict()

    def held_from_the_list(item) -> list[bool]:
        listed = {id(f) for f in item.figures}
        return [id(f) in listed for claim in item.claims for f in claim.figures]

    assert held_from_the_list(back) == held_from_the_list(seed)
    assert any(held_from_the_list(seed))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=0, max_value=92), st.booleans())
def test_a_day_of_a_month_resolves_to_the_latest_such_day_on_or_before_the_report(report_day, back, short):
    """`on 9 June` (or `on Jun 9`) in a report dated up to a quarter of a year later is that day."""
    from conflict_digest.dates import resolve_day_of_month
    event = report_day - timedelta(days=back)
    month = event.strftime("%b" if short else "%B")
    assert resolve_day_of_month(event.day, month, None, report_day.isoformat()) == event.isoformat()


@pytest.mark.parametrize("text, places", [
    ('"It was horrible," said Amina Kherson, a mother of four.', []),
    ("Pavlo Kherson, the district head, said 7 people died.", []),
    ("Governor Pavlo Kherson said the port of Kherson was shelled.", [("Kherson", 1)]),
    ("Strikes hit Kherson, officials said.", [("Kherson", 1)]),
    ("Amina Kherson was wounded in Kherson.", [("Kherson", 2)]),  # nobody quoted: both stay
])
def test_a_quoted_persons_surname_is_no_place(extractor, text, places):
    from conflict_digest.models import Report
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2024-03-07"))
    assert [(p.place.name, p.mentions) for p in extracted.locations] == places


def test_an_unknown_place_named_twice_is_one_place_of_its_cues_type(extractor):
    text = "Gunmen attacked Tessa town on Monday, officials said. Shells fell 15 km from Tessa later."
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    assert [(c.place.name, c.place.type, c.mentions) for c in extracted.locations] == [("Tessa", "town", 2)]
    assert {p.type for claim in extracted.claims for p in claim.places} == {"town"}


# --- where each figure is -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Strikes killed 5 people in Kharkiv and 3 in Kherson.", [(5, ["Kharkiv"]), (3, ["Kherson"])]),
    # a place a comma sets before every count is theirs all
    ("In Donetsk Oblast, shelling killed 5 people in Kostiantynivka and 3 in Pokrovsk.",
     [(5, ["Donetsk Oblast", "Kostiantynivka"]), (3, ["Donetsk Oblast", "Pokrovsk"])]),
    # a count with no place of its own takes its neighbour's
    ("Kharkiv 4 killed and 20 wounded, Kherson 2 killed and 9 wounded.",
     [(4, ["Kharkiv"]), (20, ["Kharkiv"]), (2, ["Kherson"]), (9, ["Kherson"])]),
    ("Ukraine's air force said 3 people were killed and 13 wounded when a missile hit a building in Odesa.",
     [(3, ["Odesa"]), (13, ["Odesa"])]),  # Ukraine speaks: its figures are in Odesa
    # ... but not the last place of a breakdown by place
    ("In Donetsk Oblast, strikes killed 2 people in Kostiantynivka and 1 in Pokrovsk, and wounded 7, the governor said.",
     [(2, ["Donetsk Oblast", "Kostiantynivka"]), (1, ["Donetsk Oblast", "Pokrovsk"]), (7, ["Donetsk Oblast"])]),
    ("Strikes killed 2 people in Kharkiv and 1 in Kherson, and wounded 7.",
     [(2, ["Kharkiv"]), (1, ["Kherson"]), (7, [])]),
    ("Kharkiv 4 killed, Kherson 2 killed and 9 wounded.", [(4, ["Kharkiv"]), (2, ["Kherson"]), (9, ["Kherson"])]),
    # a landmark goes with the place it measures from, a distance is at every place
    ("A drone killed 2 people in Izium, 120 km south-east of Kharkiv, and wounded 5 in Balakliia.",
     [(2, ["Izium", "Kharkiv"]), (120, ["Izium", "Kharkiv", "Balakliia"]), (5, ["Balakliia"])]),
    # a whole before its parts is at all their places
    ("Strikes killed 30 people, including 12 in Bucha and 18 in Irpin.",
     [(30, ["Bucha", "Irpin"]), (12, ["Bucha"]), (18, ["Irpin"])]),
    # places listed together are one count's
    ("Officials said 132 clashes took place, most of them on the Pokrovsk and Kurakhove axes, where troops attacked 38 times.",
     [(132, ["Pokrovsk", "Kurakhove"]), (38, ["Pokrovsk", "Kurakhove"])]),
    # one count, or one place: every figure is at every place
    ("Shelling of Kharkiv and Kherson killed 7 people.", [(7, ["Kharkiv", "Kherson"])]),
    # a count over a whole country is at no place the sentence names below it
    ("The ministry said 3,400 people had been killed nationwide, citing a hospital in Kherson.", [(3400, [])]),
    ("Strikes killed 5 people in Kharkiv and 300 across the country, officials said.",
     [(5, ["Kharkiv"]), (300, [])]),
    ("Shelling killed 12 people in Kharkiv, and the toll nationwide rose to 400.", [(12, ["Kharkiv"]), (400, [])]),
    # a place in an aside about someone else is not the count's, if another place is
    ("The army, which has held Kharkiv for months, said shelling of Izium killed 11 people.", [(11, ["Izium"])]),
    ("Shelling of Izium, which lies south of Kharkiv, killed 11 people.", [(11, ["Izium"])]),
    ("The army, which has held Kharkiv for months, said 11 people were killed.", [(11, ["Kharkiv"])]),
    ("The strike hit Izium, where 11 people were killed.", [(11, ["Izium"])]),
    # ... and so is one along a whole front
    ("Russian troops attacked 161 times along the entire front line, including 45 times near Pokrovsk.",
     [(161, []), (45, ["Pokrovsk"])]),
    ("There were 120 clashes in all directions, 40 of them on the Pokrovsk and Toretsk axes.",
     [(120, []), (40, ["Pokrovsk", "Toretsk"])]),
    ("Ukraine's army said 12 soldiers were killed nationwide, 3 of them near Izium.",
     [(12, ["Ukraine"]), (3, ["Izium"])]),  # the speaker's country is the whole's only
])
def test_each_figure_is_where_its_sentence_puts_it(extractor, sentence, expected):
    found = extractor.extract(Report("a.txt", sentence, "2024-05-01"))
    assert [(f.value, list(f.places)) for f in found.figures] == expected
    assert [(f.value, list(f.places)) for f in found.claims[0].figures] == expected


def test_a_figures_places_survive_json(extractor):
    (f, _) = extractor.extract(Report("a.txt", "Strikes killed 5 people in Kharkiv and 3 in Kherson.", "2024-05-01")).figures
    assert f.as_dict()["places"] == ["Kharkiv"]
    assert Figure.from_dict(f.as_dict()).places == ("Kharkiv",)


def test_a_figure_at_places_is_the_figure_with_those_places():
    from dataclasses import replace
    f = Figure(5, 5, 5, True, "killed", "person", "5 people", qualifier="at least", period="daily", part=True)
    assert f.at(("Kharkiv",)) == replace(f, places=("Kharkiv",))


_TOWNS = ["Kharkiv", "Kherson", "Odesa", "Izium", "Sumy", "Mykolaiv"]


@given(st.integers(2, 999), st.integers(2, 999), st.sampled_from(_TOWNS), st.sampled_from(_TOWNS),
       st.sampled_from(["{a} people were killed in {p}, and {b} in {q}.", "Strikes killed {a} people in {p} and {b} in {q}.",
                        "In {p}, {a} people were wounded; in {q}, {b} were killed."]))
def test_two_counts_at_two_places_are_each_at_its_own(a, b, p, q, shape):
    if p == q or a == b:
        return
    sentence = shape.format(a=a, b=b, p=p, q=q)
    found = _EXTRACTOR.extract(Report("a.txt", sentence, "2024-05-01")).figures
    assert [(f.value, f.places) for f in found] == [(a, (p,)), (b, (q,))]


_EXTRACTOR = Extractor.load()
