"""Nothing quadratic: every extractor, fed pathological text of size n and 10n in the same
run, takes less than 30 times as long on the larger (linear is 10x, quadratic 100x).

No absolute thresholds: n is calibrated on this machine so that one call on the smaller text
takes 5-20 ms, and the bound is relative (plus a small constant for timer noise). A case found
super-linear and not fixed yet goes into SUPERLINEAR with the file, function and fix: it is
skipped with that reason, so the suite stays green and the grid still lists it.
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.dates import find_report_date
from conflict_digest.figures import extract_figures
from conflict_digest.models import Figure, PlaceMention, Report, Sentence
from conflict_digest.places import Gazetteer
from conflict_digest.sentences import normalise, split_sentences
from conflict_digest.speakers import SpeakerLexicon, SpeakerTracker

GAZETTEER = Gazetteer.load()
LEXICON = SpeakerLexicon.load()

GROWTH = 10  # sizes n and 10n
MAX_RATIO = 30  # t(10n) < 30 t(n) + NOISE
NOISE = 0.05  # seconds
TARGET = 0.005  # one call on the smaller text: 5-20 ms
MAX_CHARS = 400_000  # calibration stops here for extractors too fast to reach TARGET


def attribute(text: str):
    return SpeakerTracker(LEXICON, GAZETTEER, text).attribute(text)


EXTRACTORS: dict[str, Callable[[str], object]] = {
    "extract_figures": extract_figures,
    "Gazetteer.find": GAZETTEER.find,
    "SpeakerTracker.attribute": attribute,
    "split_sentences": split_sentences,
    "normalise": normalise,
    "find_report_date": lambda text: find_report_date(text, "report.txt"),
}

CAPITALISED = ("Bakhmut", "Kyiv", "Soledar", "Ivan", "Petrenko", "President", "Volodymyr",
               "Zelensky", "Ministry", "Defence", "Donetsk", "Oblast", "General", "Staff", "Abc")

INPUTS: dict[str, Callable[[int], str]] = {
    "digit groups": lambda n: "1,000," * n,
    "numbers with separators": lambda n: "1,000 " * n,
    "capitalised words": lambda n: " ".join(CAPITALISED[i % len(CAPITALISED)] for i in range(n)),
    "unclosed quotation": lambda n: '"He said the war ' * n,
    "unclosed quotation marks": lambda n: '"a ' * n,
    "nested parentheses": lambda n: "(" * n + "5 soldiers were killed" + ")" * n,
    "hedge words": lambda n: "more than " * n + "5 soldiers",
    "said": lambda n: "said " * n,
    "the village of": lambda n: "the village of " * n + "Bakhmut",
    "abbreviations": lambda n: "Mr. " * n,
    "list numbering": lambda n: "1. " * n,
    "counts with cue words": lambda n: "killed 1,000 and " * n,
    "counts without cue words": lambda n: "5 apples, " * n,
    "period phrases": lambda n: "5 soldiers were killed over the past day and " * n,
    "date header": lambda n: "Date: " + "5 January " * n + "\n\nShelling went on.",
    "dateline": lambda n: "KYIV, " * n + "Jan. 5 (Wire) - Shelling went on.",
    "counts at places": lambda n: ", ".join(f"{i % 90 + 2} people in Kharkiv and {i % 90 + 3} in Kherson"
                                            for i in range(n)),
    "sums and rates": lambda n: "$5 million a year and 40 troops, " * n,
}

# (extractor, input) -> why it is super-linear and the fix, for cases still pending: each is
# skipped with its reason. Found by this grid and fixed (commit f122eb6): extract_figures on
# many numbers in one sentence (_nearest_cue, _clause_start and _period rescanned the
# sentence per number), Gazetteer.find on long lists of names (_apply_context rebuilt the
# list chain per name, and searched back to the sentence start per name: 20,000 'KYIV, '
# took 164 s) and SpeakerTracker.attribute on many reporting verbs (the whole text before
# each verb was searched).
SUPERLINEAR: dict[tuple[str, str], str] = {}


def _timed(function: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    gc.disable()  # a collection of the loaded gazetteer's objects is noise, not the extractor
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            function(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _calibrated_size(function: Callable[[str], object], make: Callable[[int], str]) -> int:
    """The smallest doubling of n whose text takes TARGET or more (or reaches MAX_CHARS)."""
    n = 4
    while True:
        text = make(n)
        elapsed = _timed(function, text, 2)
        if elapsed >= TARGET or len(text) >= MAX_CHARS:
            return n
        n *= 2 if elapsed > TARGET / 8 else 4


def assert_scales_linearly(function: Callable[[str], object], make: Callable[[int], str],
                           growth: int = GROWTH) -> None:
    """t(growth * n) < MAX_RATIO * t(n) + NOISE; measured again once before failing, since a
    busy machine (other test runs) can slow any one measurement, never a whole repeat."""
    n = _calibrated_size(function, make)
    small_text, big_text = make(n), make(n * growth)
    for attempt in range(2):
        small = _timed(function, small_text, 3)
        big = _timed(function, big_text, 1)
        if big < MAX_RATIO * small + NOISE:
            return
    raise AssertionError(f"n={n}: {small * 1000:.1f} ms, {growth}n: {big * 1000:.1f} ms "
                         f"({big / small:.0f} times as long)")


def _grid():
    for extractor in EXTRACTORS:
        for pattern in INPUTS:
            reason = SUPERLINEAR.get((extractor, pattern))
            marks = [pytest.mark.skip(reason=f"pending fix in {reason}")] if reason else []
            yield pytest.param(extractor, pattern, marks=marks, id=f"{extractor}-{pattern}")


@pytest.mark.parametrize("extractor, pattern", list(_grid()))
def test_extractor_is_linear(extractor, pattern):
    assert_scales_linearly(EXTRACTORS[extractor], INPUTS[pattern])


def test_split_sentences_long_line_of_abbreviations():
    """Defect fixed in sentences.py: each full stop sliced the line from its start to decide
    whether the token opened the line (`1.` numbering a list), so a line of 100,000
    abbreviations took 15 s; now once per line."""
    assert_scales_linearly(split_sentences, lambda n: "Gen. Dr. 1. " * n)
    assert_scales_linearly(split_sentences, lambda n: " " * n + "Mr. " * n)


def test_whole_report_extraction_is_linear():
    """The extractors together, as the pipeline runs them, on a report of ordinary sentences."""
    from conflict_digest.pipeline import Extractor
    extractor = Extractor.load()
    sentence = ("Russian forces shelled Kherson and the village of Antonivka overnight, killing "
                "3 civilians and wounding more than 12, the regional governor, Oleksandr "
                "Prokudin, said on Telegram. ")

    def extract(text: str):
        extractor.extract(Report(path="r.txt", text=text, date="2023-01-05",
                                 date_source="header", headline=None))
    assert_scales_linearly(extract, lambda n: sentence * n)


def test_merge_of_many_reports_giving_one_toll():
    """Many reports on one day, each with its own number for the same toll in one place: every
    figure disputes every other, so the output (each lists the others as variants) is itself
    quadratic; 4n against n with the 30x bound lets quadratic pass and catches cubic (64x)."""
    from conflict_digest.merge import summarize
    from conflict_digest.pipeline import Extractor
    extractor = Extractor.load()
    reports = [extractor.extract(Report(
        path=f"r{i}.txt", text=f"Shelling killed {i + 2} people in Kherson, the governor said.\n",
        date="2023-01-05", date_source="header", headline=None)) for i in range(160)]
    small = min(_timed_call(summarize, reports[:40]) for _ in range(3))
    big = min(_timed_call(summarize, reports) for _ in range(3))
    assert big < MAX_RATIO * small + NOISE, f"{small:.3f} s, then {big:.3f} s"


def _timed_call(function, argument) -> float:
    start = time.perf_counter()
    function(argument)
    return time.perf_counter() - start


# --- fuzzing: never an exception ------------------------------------------------------------

FUZZ = settings(max_examples=200, deadline=None)
WORDS = st.sampled_from([
    "killed", "wounded", "1,000", "1.5", "more than", "about", "up to", "between", "and", "to",
    "said", "told", "according to", "\"", "'", "(", ")", "[", "]", "the village of", "region",
    "Bakhmut", "Kyiv", "Donetsk", "President", "Volodymyr", "Zelensky", "Mr.", "Gen.", "U.S.",
    "3", "three", "hundred", "million", "$", "\u20ac", "km", "%", ".", ",", ";", ":", "-", "\n",
    "\n\n", "- ", "# ", "2023", "Jan.", "Monday", "drones", "shot down", "of", "\u201c", "\u2019",
    "\x1b[31m", "\u202e", "\u0301", "\ufeff", "\t", "\r\n", "..."])
TEXT = st.one_of(st.text(max_size=500), st.lists(WORDS, max_size=80).map(" ".join))


@FUZZ
@given(TEXT)
def test_normalise_and_split_never_raise(text):
    normal = normalise(text)
    assert isinstance(normal, str)
    for sentence in split_sentences(normal):
        assert isinstance(sentence, Sentence)
        assert normal[sentence.start:sentence.end] == sentence.text


@FUZZ
@given(TEXT)
def test_extract_figures_never_raises(text):
    for sentence in split_sentences(normalise(text)) or [Sentence(text, 0, len(text), 0)]:
        assert all(isinstance(f, Figure) for f in extract_figures(sentence.text))


@FUZZ
@given(TEXT)
def test_gazetteer_find_never_raises(text):
    for mention in GAZETTEER.find(normalise(text)):
        assert isinstance(mention, PlaceMention)
    GAZETTEER.find(text)


@FUZZ
@given(TEXT)
def test_speaker_tracker_never_raises(text):
    normal = normalise(text)
    tracker = SpeakerTracker(LEXICON, GAZETTEER, normal)
    for sentence in split_sentences(normal):
        for attribution in tracker.attribute(sentence.text):
            tracker.resolve(attribution.speaker)
    SpeakerTracker(LEXICON, GAZETTEER, text).attribute(text)


@FUZZ
@given(TEXT, st.sampled_from(["x.txt", "2023-01-05-x.txt", "20230105.md", "2023-13.txt", ""]))
def test_find_report_date_never_raises(text, filename):
    found = find_report_date(text, filename)
    assert found.date is None or len(found.date) in (7, 10)


@pytest.mark.parametrize("text", [" \r: 0", "\t: 12", " \x0b\x0c: 3"])
def test_a_label_of_white_space_names_no_speaker(text):
    """Hypothesis found it: a headline label of white space other than spaces raised."""
    tracker = SpeakerTracker(SpeakerLexicon.load(), Gazetteer.load(), text)
    assert tracker.attribute(text) == []
