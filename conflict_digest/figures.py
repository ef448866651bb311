"""Figures: every number in a sentence that counts or measures something, typed by what it counts.

A number is found (digits, words, scales, ranges, hedges, currencies, units), dropped if its
surroundings make it a date, year, time, age, duration, designation or identifier, and then
typed: the counted noun after it gives a class (person, munition, equipment ...), and the
nearest compatible cue word in its clause (`killed`, `shot down`, `launched`, `population of`)
gives the kind. All word lists live in data/numbers.toml and data/figures.toml.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import string
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from .ascii_patterns import Twin, ascii_twin, matches_ascii_folded
from .models import TOLL_KINDS, Figure
from .resources import data_file, fold, load_toml, phrase_alternation, read_csv, split_list
from .sentences import table_cells

MAX_NOUN_WORDS = 5
WINDOW_CHARS = 160  # how far around a number its cue words are looked for (the word windows fit)
LEFT_WINDOW_WORDS = 10
RIGHT_WINDOW_WORDS = 12
UPDATE_WINDOW_CHARS = 40  # the longest update phrase before a number fits


# -- the lexicon ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    groups: dict[str, int]
    currency_prefix: dict[str, str]
    currency_suffix: dict[str, str]
    measure_units: dict[str, tuple[str, str]]
    plurals: dict[str, str]
    noun_class: dict[str, str]
    cue_kinds: dict[str, frozenset[str]]
    periods: dict[str, str]
    synonyms: dict[str, str]
    demonyms: dict[str, str]
    not_figures: dict


@functools.cache
def _lexicon() -> _Lexicon:
    numbers, figures = load_toml("numbers.toml"), load_toml("figures.toml")
    noun_class = {}
    for cls, nouns in figures["noun_classes"].items():
        for noun in nouns:
            noun_class.setdefault(noun, cls)
    cue_kinds: dict[str, set[str]] = {}
    for kind, phrases in figures["cues"].items():
        for phrase in phrases:
            cue_kinds.setdefault(phrase, set()).add(kind)
    periods = {p: period for period, phrases in figures["periods"].items() for p in phrases}
    synonyms = {w: head for head, words in figures["synonyms"].items() for w in words}
    demonyms = {}
    for row in _demonym_rows():
        for word in split_list(row.get("demonyms")):
            demonyms[fold(word)] = row["country"]
    return _Lexicon(
        units=numbers["units"], scales=numbers["scales"],
        scale_abbreviations=numbers["scale_abbreviations"], groups=numbers["groups"],
        currency_prefix=figures["currency_prefix"], currency_suffix=figures["currency_suffix"],
        measure_units={k: tuple(v) for k, v in figures["units"].items()},
        plurals=figures["plurals"], noun_class=noun_class,
        cue_kinds={k: frozenset(v) for k, v in cue_kinds.items()}, periods=periods,
        synonyms=synonyms, demonyms=demonyms, not_figures=figures["not_figures"],
    )


def _demonym_rows() -> list[dict]:
    path = data_file("demonyms.csv")
    return read_csv(path) if path.exists() else []


@dataclass(frozen=True)
class _Patterns:
    number: Twin
    hedge_before: Twin
    hedge_before_reversed: regex.Pattern  # matches where hedge_before does, but fails fast
    hedge_after: Twin
    range_tail: Twin
    scale_after: Twin
    abbrev_after: Twin
    currency_before: Twin  # ends where the number starts
    currency_lead: Twin  # starts where a range's second number does: `$5-$10`
    currency_after: _Gate
    unit_after: _Gate
    duration_after: _Gate
    month_before: Twin
    month_after: Twin
    time_after: Twin
    id_before: regex.Pattern  # only ever asked whether it matches
    vague_before: Twin
    vague_before_scale: Twin
    fraction_before: Twin
    cue: _Scanner
    period: _Scanner
    since_date: _Scanner
    year_context: Twin
    update_before: Twin
    increment_before: Twin
    increment_after: Twin
    noun_word: Twin
    numbers: _Scanner  # finds `number`
    number_words: frozenset[str] | None  # one of them is in every number written in words
    first_words: frozenset[str]  # the first words of all scanners


_AND_A_HALF = r"[\s-]+and[\s-]+an?[\s-]+half\b"  # "one and a half million", "a million and a half"
_BEFORE_CURRENCY = r"[\s(\[-]"  # what a currency sign follows: a space, a bracket, a range's hyphen


def _and_after_a_multiplier(lex: _Lexicon) -> str:
    """`and` inside a number written in words, only after a scale or group word: `two hundred
    and fifty`, but `between five and ten thousand` is two numbers. One look-behind a word: the
    stdlib engine's twin takes only fixed widths."""
    after = "|".join(f"(?<={regex.escape(w)})" for w in sorted([*lex.scales, *lex.groups]))
    return rf"(?:{after})\s+and\s+"


def _after_a_glued_currency(lex: _Lexicon) -> str:
    """Where digits start right after a currency code of letters (`KSh3.5 billion`, `USD40m`),
    which a letter before a number otherwise forbids. Fixed-width look-behinds, as the stdlib
    engine's twin needs, tried only after a letter."""
    codes = sorted(c for c in lex.currency_prefix if c.isalpha())
    not_before_currency = "[^" + _BEFORE_CURRENCY[1:]  # the code starts where a sign may
    glued = "|".join(rf"(?<={c})(?<!{not_before_currency}{c})" for c in map(regex.escape, codes))
    return rf"(?<=\p{{L}})(?=\d)(?:{glued})"


def _other_languages_months() -> str:
    """The months' names in the languages a dated header is read in (report_headers.toml): a
    translated bulletin leaves its dates so (`le 3 mars`, `el 3 de marzo`, `den 3. März`).
    Not the Turkish names with a dotless i, which would cost the pattern its stdlib twin (their
    dotted spellings are there)."""
    return phrase_alternation([name for names in load_toml("report_headers.toml")["month_names"] for name in names
                               if not any(not c.isascii() and matches_ascii_folded(c) for c in name)])


@functools.cache
def _patterns() -> _Patterns:
    lex = _lexicon()
    numbers = load_toml("numbers.toml")
    nf = lex.not_figures
    word_numbers = phrase_alternation([*lex.units, *lex.scales, *lex.groups])
    word_run = (rf"(?:(?:half[\s-]+(?:an?\s+)?|an?\s+)(?={phrase_alternation([*lex.scales, *lex.groups])}\b))?"
                rf"(?:{word_numbers})(?:(?:\s+|-|{_and_after_a_multiplier(lex)})(?:{word_numbers})|{_AND_A_HALF})*")
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\x20\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?"
    number = regex.compile(
        rf"(?:(?<![\p{{L}}\p{{N}}/.,:#+])|{_after_a_glued_currency(lex)})(?<!\p{{L}}-)"
        rf"(?:(?P<digits>{digits})|(?P<words>\b{word_run}\b))", regex.I)
    months = phrase_alternation(nf["months"])
    since = load_toml("figures.toml")["since_events"]
    since_date = regex.compile(rf"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{{1,2}}\s+)?(?:{months})\b"
                               rf"|\bsince\s+(?:last\s+)?(?:{phrase_alternation(nf['weekdays'])})\b"
                               rf"|\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b"
                               rf"|\bsince\s+(?:the\s+)?(?:{phrase_alternation(since['events'])})\b"
                               rf"|\bsince\s+(?:the\s+)?(?:[\p{{L}}-]+\s+){{1,4}}?(?:{phrase_alternation(since['verbs'])})\b",
                               regex.I)
    scanners = dict(
        numbers=_number_scanner(number, [*lex.units, *lex.scales, *lex.groups]),
        cue=_Scanner.of_phrases(r"(?<![\p{L}-])", lex.cue_kinds, r"(?![\p{L}-])"),
        period=_Scanner.of_phrases(r"\b", lex.periods, r"\b"),
        since_date=_Scanner(since_date, {"since": ascii_twin(since_date)}),  # all alternatives start so
    )
    currency_prefix = phrase_alternation(lex.currency_prefix)
    hedges = [*numbers["hedges"]["before"], *numbers["hedges"]["verbs"]]
    hedge_before = regex.compile(rf"(?:^|\W)(?P<hedge>{phrase_alternation(hedges)})\s+$", regex.I)
    return _Patterns(  # the stdlib engine reads ASCII text, regex the rest
        **scanners,
        first_words=_first_words(list(scanners.values())),
        number_words=_number_words([*lex.units, *lex.scales, *lex.groups]),
        number=Twin(number),
        hedge_before=Twin(hedge_before),
        hedge_before_reversed=regex.compile(hedge_before.pattern, hedge_before.flags | regex.REVERSE),
        hedge_after=Twin(regex.compile(rf"(?:\s+|-)(?P<hedge>{phrase_alternation(numbers['hedges']['after'])})\b"
                                       r"|(?P<plus>\+)(?![\d+])", regex.I)),  # "2,400+ attacks"
        range_tail=Twin(regex.compile(r"\s*(?P<sep>-|to|and|or)\s*", regex.I)),
        scale_after=Twin(regex.compile(rf"\s*(?:-\s*)?(?P<scale>{phrase_alternation(lex.scales)})\b", regex.I)),
        abbrev_after=Twin(regex.compile(rf"\s?(?P<scale>{phrase_alternation(lex.scale_abbreviations)})\b", regex.I)),
        currency_before=Twin(regex.compile(rf"(?:^|(?<={_BEFORE_CURRENCY}))(?P<cur>{currency_prefix})\s?$", regex.I)),
        currency_lead=Twin(regex.compile(rf"(?<={_BEFORE_CURRENCY})(?P<cur>{currency_prefix})\s?", regex.I)),
        currency_after=_Gate(
            regex.compile(rf"\s+(?P<cur>{phrase_alternation(lex.currency_suffix)})\b", regex.I),
            lex.currency_suffix),
        unit_after=_Gate(
            regex.compile(rf"\s*(?:-\s*)?(?P<unit>{phrase_alternation(lex.measure_units)})(?![\p{{L}}\p{{N}}])", regex.I),
            lex.measure_units),
        duration_after=_Gate(
            regex.compile(rf"\s*-?\s*(?:{phrase_alternation(nf['durations'])})(?![\p{{L}}])", regex.I),
            nf["durations"]),
        month_before=Twin(regex.compile(rf"\b(?:{months})\.?\s+(?:the\s+)?$", regex.I)),
        month_after=Twin(regex.compile(rf"\s*(?:th|st|nd|rd)?\s+(?:of\s+)?(?:{months})\b"
                                       rf"|\.?\s+(?:de\s+)?(?:{_other_languages_months()})(?!\p{{L}})", regex.I)),
        time_after=Twin(regex.compile(r"(?::|\.)\d{2}(?:\b|(?=[ap]\.?m\b))|\.\d{4}(?!\d)|\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|hrs\b|GMT|UTC)", regex.I)),
        id_before=regex.compile(rf"\b(?:{phrase_alternation(nf['before'])})\.?\s+$",
                                regex.I | regex.REVERSE),  # anchored at the end: fails fast backwards
        vague_before=Twin(regex.compile(rf"\b(?:{phrase_alternation(numbers['hedges']['vague'])})\s+of\s+$", regex.I)),
        fraction_before=Twin(regex.compile(
            rf"\b(?P<f>{phrase_alternation(numbers['fractions'])})\s+of\s+$", regex.I)),
        vague_before_scale=Twin(regex.compile(
            rf"\b(?:{phrase_alternation(numbers['hedges']['vague_before_scale'])})\s+$", regex.I)),
        year_context=Twin(regex.compile(rf"\b(?:{phrase_alternation(nf['year_context'])})\s+$", regex.I)),
        increment_before=Twin(regex.compile(
            rf"\b(?:{phrase_alternation(load_toml('figures.toml')['increments']['before'])})\s+$", regex.I)),
        increment_after=Twin(regex.compile(
            rf"\s+(?:{phrase_alternation(load_toml('figures.toml')['increments']['after'])})\b", regex.I)),
        update_before=Twin(regex.compile(
            rf"\b(?:{phrase_alternation(load_toml('figures.toml')['updates']['before'])})\s+(?:to\s+)?$", regex.I)),
        # a word, or initials with their dots ("two U.S. soldiers", "U.N.-run schools")
        noun_word=Twin(regex.compile(r"\s*[\"'(]*(?P<w>(?:\p{Lu}\.){2,}(?:-[\p{L}\p{N}]+)?|"
                                     r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\-/]*)[\"')]*")),
    )


_LATEST: list[list] = []  # of every _per_sentence function: [(sentence, {args: result})]


def _per_sentence(function):
    """Remember a function of (sentence, ...) for the latest sentence only: a number's cues and
    clause are asked for more than once, however many numbers the sentence holds."""
    latest: list = [(None, {})]  # the sentence (kept alive, so compared by identity), results

    @functools.wraps(function)
    def remembered(text: str, *args):
        sentence, results = latest[0]  # one tuple: threads never mix two sentences' results
        if text is not sentence:
            results = {}
            latest[0] = (text, results)
        if args not in results:
            results[args] = function(text, *args)
        return results[args]
    _LATEST.append(latest)
    return remembered


def _forget_sentence() -> None:
    """Each extract_figures call starts afresh, even on the same sentence again."""
    for latest in _LATEST:
        latest[0] = (None, {})


# -- which word a phrase pattern needs -----------------------------------------------------------

class _Gate:
    """A pattern of phrases after a number, tried in ASCII text only where the word there starts
    one of them.

    Units, durations and currencies follow almost no number; reading the one word there costs
    less than trying the pattern. Other text is always tried, as Unicode case folding reaches
    beyond these words. The pattern may skip only spaces and hyphens before its phrase, and must
    end it at a word end.
    """

    def __init__(self, pattern: regex.Pattern, phrases):
        self.pattern = pattern
        self.ascii = ascii_twin(pattern)
        self.words = _first_words_of(phrases)  # None: some phrase's first word cannot be told

    def match(self, text: str, pos: int) -> regex.Match | re.Match | None:
        if not text.isascii():
            return self.pattern.match(text, pos)
        if self.words is not None and _word_after(text, pos) not in self.words:
            return None
        return self.ascii.match(text, pos)


_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]+|.?)", re.S)  # stdlib re: faster on these short reads


def _word_after(text: str, pos: int) -> str:
    """The lower-case letters at `pos` past spaces and hyphens, or the one other character there
    ('' at the end): what any phrase matched there starts with."""
    return _WORD_AFTER.match(text, pos).group(1).lower()


def _first_words_of(phrases) -> frozenset[str] | None:
    """The word each phrase starts with; None if one starts with none, or has a character that
    matches an ASCII letter when case is ignored (`K`, `ſ`)."""
    words = set()
    for phrase in phrases:
        word = _word_after(phrase, 0)
        if not word or any(matches_ascii_folded(c) for c in phrase if not c.isascii()):
            return None
        words.add(word)
    return frozenset(words)


# -- where a phrase can start ------------------------------------------------------------------

class _Scanner:
    """A pattern of phrases that in ASCII text is tried only where one of its first words starts.

    A big case-insensitive alternation is slow to try at every character. In ASCII text a phrase
    can only match at a maximal run of letters equal, in lower case, to its first word, and there
    only the phrases with that first word need trying; a number starts at a digit or at a
    number word. Other text is scanned by the whole pattern, as Unicode case folding and \\p{L}
    reach beyond ASCII.
    """

    def __init__(self, whole: regex.Pattern, by_first: dict[str, regex.Pattern] | None):
        self.whole = whole
        self.by_first = by_first  # None: a phrase does not start with an ASCII word; for ASCII text

    @classmethod
    def of_phrases(cls, before: str, phrases, after: str) -> _Scanner:
        """`before(?:phrase|...)after`, and the same for the phrases of each first word."""
        def compiled(some) -> regex.Pattern:
            return regex.compile(f"{before}(?:{phrase_alternation(some)}){after}", regex.I)
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            word = _first_word(phrase)
            if word is None:
                return cls(compiled(phrases), None)
            by_first.setdefault(word, []).append(phrase)
        return cls(compiled(phrases), {w: ascii_twin(compiled(some)) for w, some in by_first.items()})

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """The matches of `whole.finditer(text, pos, endpos)`."""
        words = _word_starts(text) if self.by_first is not None else None
        if words is None:
            yield from self.whole.finditer(text, pos, endpos)
            return
        cut = _cut_word(text, endpos)  # tried last, as it reads in the window
        last = len(words) if cut is None else bisect.bisect_left(words, (cut[0],))
        for i in range(bisect.bisect_left(words, (pos,)), last):  # no copy: many numbers
            start, word = words[i]
            if start >= endpos:
                return
            pattern = self.by_first.get(word)
            if pattern is not None and start >= pos:
                m = pattern.match(text, start, endpos)
                if m:
                    yield m
                    pos = m.end()
        pattern = self.by_first.get(cut[1]) if cut is not None and cut[0] >= pos else None
        m = pattern.match(text, cut[0], endpos) if pattern is not None else None
        if m:
            yield m

    def search(self, text: str, pos: int = 0) -> regex.Match | None:
        return next(self.finditer(text, pos), None)


_LETTER_RUN = re.compile(r"[a-z]+")  # stdlib re: faster than regex for these simple scans
_WORD_OR_DIGIT = re.compile(r"([a-z]+|[0-9])")  # a digit is a word of its own: a number may start there
_DIGIT = re.compile(r"[0-9]")
_DIGIT_WORDS = tuple("0123456789")
_LEADING_WORD = regex.compile(r"[A-Za-z]+(?!\p{L})")


def _cut_word(text: str, endpos: int) -> tuple[int, str] | None:
    """(start, lower-case letters) of the word a window's end cuts short (`purchase|d`): in the
    window it ends there, and may be a phrase's first word that the whole word is not."""
    if not 0 < endpos < len(text) or not (text[endpos - 1].isalpha() and text[endpos].isalpha()):
        return None
    start = endpos - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start, text[start:endpos].lower()


def _first_word(phrase: str) -> str | None:
    m = _LEADING_WORD.match(phrase)
    return m.group().lower() if m else None


def _first_words(scanners: list[_Scanner]) -> frozenset[str]:
    return frozenset(word for scanner in scanners for word in scanner.by_first or ())


@_per_sentence
def _word_starts(text: str) -> list[tuple[int, str]] | None:
    """(start, lower-case word) of each first word of the scanners in ASCII text, digits
    included, in order; None for other text."""
    if not text.isascii():
        return None
    parts = _WORD_OR_DIGIT.split(text.lower())  # separator, word, separator, word, ..., separator
    words = parts[1::2]
    wanted = list(map(_patterns().first_words.__contains__, words))
    if not any(wanted):
        return []
    starts = list(itertools.accumulate(map(len, parts)))[::2]  # a part ends where the next starts
    return list(zip(itertools.compress(starts, wanted), itertools.compress(words, wanted)))


def _number_scanner(number: regex.Pattern, number_words: list[str]) -> _Scanner:
    """A number starts with a digit, a number word, or `half`, `a`, `an` before a scale."""
    firsts = [_first_word(w) for w in [*number_words, "half", "a", "an"]]
    if None in firsts:
        return _Scanner(number, None)
    ascii_number = ascii_twin(number)
    return _Scanner(number, {w: ascii_number for w in [*firsts, *_DIGIT_WORDS]})


def _number_words(number_words: list[str]) -> frozenset[str] | None:
    """A word of every number written in words (None if that cannot be told in ASCII)."""
    firsts = [_first_word(w) for w in number_words]
    return None if None in firsts else frozenset(firsts)


def _may_hold_a_number(text: str) -> bool:
    """False for a sentence with neither a digit nor a number word, which holds no figure; most
    sentences without a figure are dropped here at little cost."""
    words = _patterns().number_words
    if words is None or not text.isascii():
        return True
    return bool(_DIGIT.search(text)) or not words.isdisjoint(_LETTER_RUN.findall(text.lower()))


# Small patterns of the rules below, compiled once.
_WORD_BREAK = Twin(regex.compile(r"[\s-]+"))
_BETWEEN_BEFORE = Twin(regex.compile(r"\bbetween\s+$"))
_CHANGE_BEFORE = Twin(regex.compile(r"\b(?:rose|risen|rising|increased|climbed|jumped|grew|fell|dropped|"
                               r"decreased|declined|up|down)\s+(?:from\s+)?$"))
_FOUR_DIGITS = Twin(regex.compile(r"\d{4}"))
_MONTH_DAY_BEFORE = regex.compile(r"\b\p{L}{3,9}\.?\s+\d{1,2},\s*$")  # "October 7, " before a year
_HYPHEN_WORD = regex.compile(r"-\p{L}")
_LETTER = regex.compile(r"\p{L}")
_SLASH_NUMBER = regex.compile(r"\s*/\s*\d")
_UNIT_NAME_AFTER = regex.compile(r"\s+(?:Infantry|Brigade|Division|Regiment|Battalion|Army|Corps|Squadron|"
                                 r"Mechani[sz]ed|Airborne|Assault|Guards|Marine|Separate|Tank|Artillery)\b")
_PHONE_GROUPS = regex.compile(r"[\s-]\d{2,4}[\s-]\d{2,4}")
_SMALL_PART = r"[1-9]|one|two|three|four|five|six|seven|eight|nine"
_RATIO_BEFORE = Twin(regex.compile(rf"(?<![\p{{L}}\p{{N}},.])(?P<part>{_SMALL_PART})\s+in\s+$", regex.I))
_RATIO_AFTER = Twin(regex.compile(r"\s+in\s+(?P<whole>\d{1,3}(?:,\d{3})?|two|three|four|five|six|seven|"
                                  r"eight|nine|ten|a\s+hundred|a\s+thousand)(?![\p{L}\p{N}-]|[,.]\d)", regex.I))
_SHARE_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000})  # `nine in ten`, not `2 in 3 villages`
_INCLUDING_BEFORE = Twin(regex.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+$", regex.I))
_POSSESSOR_BEFORE = Twin(regex.compile(r"\b(\p{Lu}\p{L}+)(?:'s)?\s+(?:own\s+)?$"))
_OPEN_BRACKET = Twin(regex.compile(r"\s*\(\s*"))
_AGE_BEFORE = Twin(regex.compile(r"\b(?:was|is|aged|age\s+of)\s+$", regex.I))
_CLAUSE_ENDS = Twin(regex.compile(r"\s*(?:[,.;:!?)]|$)"))
_DEFINITE_BEFORE = Twin(regex.compile(r"\b(?:the|these|those|all)\s+$", regex.I))
_PART_OF_A_NUMBER = Twin(regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:its|their|[\p{L}-]+['\u2019]s)\s+)?\d"))
# "20 of 30", "20 out of the 30", "1.9 million of Gaza's 2.3 million", "of the city's 40,000"
_OUT_OF = Twin(regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<owner>(?:its|their|(?:[\p{L}-]+\s+)?[\p{L}-]+['\u2019]s)\s+)?"))
_OF_WHOM = Twin(regex.compile(r"\s+of\s+(?:whom|them|which|those)\b", regex.I))
_BE_AFTER = Twin(regex.compile(r"\s+(?:were|are|was|is)\b"))
_OF_DETERMINER = Twin(regex.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\s+", regex.I))


# -- finding numbers --------------------------------------------------------------------------

@dataclass
class _Quantity:
    start: int
    end: int  # end of the number, scale, unit or currency (before the counted noun)
    low: float
    high: float
    is_range: bool
    hedge: str | None = None
    currency: str | None = None
    unit: tuple[str, str] | None = None
    from_words: bool = False
    noun: str | None = None
    noun_end: int | None = None
    noun_words: tuple[str, ...] = ()
    raw: str = ""  # the number as written, without hedge, currency or scale
    number_start: int = 0
    label_start: int | None = None  # a label before it names what it counts: `tanks - 7,450`
    label_kinds: frozenset[str] = frozenset()  # the kinds of the label's cue: `Killed: 1,234`
    lender: _Quantity | None = None  # the count whose noun it took: `192 servicemen ... and 511`
    whole: _Quantity | None = None  # the count it is a part of: `Fifteen of the 40 injured people`
    elided_kind: str | None = None  # the kind its own noun said before it took one: `511 wounded`
    earlier: bool = False  # the value before of the count before it: `rose to 267, ..., up from 180`
    side: str | None = None  # its figure's actor, once the figure is made


def parse_number_words(text: str) -> float | None:
    """`two hundred and fifty` -> 250, `a dozen` -> 12, `half a million` -> 500000; None for
    words that are not one English cardinal (`five hundred and six hundred`)."""
    words = tuple(w for w in _WORD_BREAK.split(text.lower().strip()) if w)
    value, length = _first_cardinal(words)
    return value if length == len(words) else None


@functools.lru_cache(maxsize=4096)
def _first_cardinal(words: tuple[str, ...]) -> tuple[float | None, int]:
    """The value of the cardinal a run of lower-case number words starts with, and how many
    words it takes: reports run two numbers together (`between five hundred and six hundred`),
    and the second starts where the grammar refuses a word."""
    reader = _CardinalReader()
    for i, word in enumerate(words):
        if not reader.take(word, i):
            return _first_cardinal(words[:reader.end_before(word, i)])
    return reader.value(), len(words)


@functools.lru_cache(maxsize=256)
def _word_kind(word: str) -> tuple[str, float]:
    """What a word is to the cardinal grammar, and its value."""
    lex = _lexicon()
    if word in lex.units:
        value = lex.units[word]
        kind = "zero" if value == 0 else "unit" if value < 10 else "teen" if value < 20 else "tens"
        return kind, value
    if word in lex.scales:
        return ("hundred" if lex.scales[word] == 100 else "scale"), lex.scales[word]
    if word in lex.groups:
        return "group", lex.groups[word]
    return {"and": "and", "a": "a", "an": "a", "half": "half"}.get(word, "unknown"), 0


class _CardinalReader:
    """An English cardinal read a word at a time: groups below a thousand (`[unit hundred]
    [and] [tens[-unit] | teen | unit]`), each multiplied by a scale below the one before.
    `hundred` takes a group's part below a hundred (`fifteen hundred` is said too); `dozen` and
    `score` multiply as it does, and after their `and` only a part below them follows (`four
    score and seven`). After a scale's `and` the cardinal ends below a hundred. `and a half`
    adds half of the word before: of a group's tail (`two and a half million`), or of a scale
    (`a million and a half`)."""

    _TAIL_KINDS = frozenset({"unit", "teen", "tens", "tens-unit"})
    _MULTIPLIED = frozenset({"", "a", "half"})  # before a multiplier that stands for one of it

    def __init__(self):
        self.total = 0.0  # the finished groups times their scales
        self.last_scale = math.inf
        self.head = 0.0  # the group's hundreds, dozens or scores
        self.tail = 0.0  # the group's part below a hundred
        self.tail_kind = ""
        self.tail_from = 0  # the word the tail starts at, its `and` included
        self.tail_after_and = False  # `and six`: where a second number starts, if one does
        self.group_from = 0  # the word the group starts at, its `and` included
        self.last = ""  # the kind of the word before
        self.final = False  # after `thousand and`: no multiplier follows
        self.multiplier = 0.0  # the last `hundred`, `dozen` or `score`
        self.below = math.inf  # the tail stays below this (a group word's `and`)
        self.half = False
        self.and_after = ""  # the kind of the word before the last `and`

    def value(self) -> float | None:
        """The cardinal read so far; `half a` is a half, as `half a million` splits its scale."""
        if self.last in ("", "and", "half"):
            return None
        one = 1 if self.last == "a" else 0
        value = (self.total + self.head + self.tail + one) / (2 if self.half else 1)
        return value if math.isfinite(value) else None

    def end_before(self, word: str, i: int) -> int:
        """How many words the first cardinal takes when word i is refused: a multiplier takes
        the part it would multiply into the next number (`five hundred | and six hundred`),
        from the `and` before it if there is one (`one thousand six hundred | and one
        thousand`)."""
        kind = _word_kind(word)[0]
        if self.last == "and":
            return i - 1
        if kind == "scale" and self.tail_kind and self.tail_after_and:
            return self.tail_from
        if kind == "scale" and self.group_from > 0 and self.last != "scale":
            return self.group_from
        if kind in ("hundred", "group") and self.tail_kind and self.tail_from > 0:
            return self.tail_from
        return i

    def take(self, word: str, i: int) -> bool:
        """Read one more word; False, reading nothing, where the grammar refuses it."""
        kind, value = _word_kind(word)
        if kind == "half" and self.last == "a" and self.and_after:
            return self._take_half()
        if kind in self._TAIL_KINDS:
            return self._take_tail(kind, value, i)
        if kind in ("hundred", "group"):
            taken = self._take_multiplier(value)
        elif kind == "scale":
            taken = self._take_scale(value)
        else:
            taken = self._take_other(kind)
        if taken:
            self.last = kind
        return taken

    def _take_tail(self, kind: str, value: float, i: int) -> bool:
        """A unit, teen or tens word: a group's part below a hundred, or its unit after tens."""
        if value >= self.below:
            return False
        if kind == "unit" and self.tail_kind == "tens" and self.last == "tens":
            self.tail, self.tail_kind, self.last = self.tail + value, "tens-unit", "tens-unit"
            return True
        if self.tail_kind or self.last not in ("", "hundred", "scale", "and"):
            return False
        start = i - 1 if self.last == "and" else i
        self.tail_from, self.tail_after_and = start, self.last == "and"
        if self.last in ("scale", "and") and not self.head:
            self.group_from = start
        self.tail, self.tail_kind, self.last = value, kind, kind
        return True

    def _take_multiplier(self, value: float) -> bool:
        """`hundred`, `dozen`: multiply the part below a hundred, once a group."""
        if self.final or self.head or not (self.tail_kind or self.last in self._MULTIPLIED):
            return False
        self.head, self.tail, self.tail_kind = (self.tail or 1) * value, 0.0, ""
        self.multiplier = value
        return True

    def _take_scale(self, value: float) -> bool:
        """`thousand`, `million`: multiply the group, below the scale before."""
        group = self.head + self.tail if self.last not in self._MULTIPLIED else 1.0
        if self.final or not value < self.last_scale or not group or self.last == "and":
            return False
        self.total += group * value
        self.last_scale, self.head, self.tail, self.tail_kind, self.below = value, 0.0, 0.0, "", math.inf
        return True

    def _take_other(self, kind: str) -> bool:
        """`zero` alone; `half a`, `a` before a multiplier; `and` after one; `and a half`."""
        if kind == "and" and self.last in ("hundred", "scale", "group", *self._TAIL_KINDS):
            self.and_after = self.last
            self.final = self.last == "scale"
            self.below = self.multiplier if self.last == "group" else math.inf
            return True
        if kind in ("half", "zero") and self.last == "":
            self.half = kind == "half"
            return True
        if kind == "a" and self.last == "and":
            return self.and_after in ("scale", *self._TAIL_KINDS)
        return kind == "a" and self.last in ("", "half")

    def _take_half(self) -> bool:
        """The `half` of `and a half`: half a unit on the tail, or half the scale before."""
        if self.and_after == "scale":
            self.total += self.last_scale / 2
        else:
            self.tail += 0.5
        self.last = "fraction"
        return True


def parse_digits(text: str) -> float | None:
    """`1,600` / `1 600` -> 1600, `21.3` -> 21.3."""
    try:
        value = float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # 400 digits are no count


def _one_cardinal(m: regex.Match | re.Match | None) -> regex.Match | re.Match | None:
    """A number match cut to its first cardinal: a run of number words holding two (`five
    hundred and six hundred`) ends after the first, for a range or the next search to read the
    second."""
    words = m and m.group("words")
    if not words:
        return m
    end = _cardinal_end(words)
    if end in (0, len(words)):  # 0: no cardinal at all, which the reading then drops
        return m
    return m.re.match(m.string, m.start(), m.start("words") + end)


_NUMBER_WORD = re.compile(r"[^\s-]+")


@functools.lru_cache(maxsize=4096)
def _cardinal_end(words: str) -> int:
    """Where in a run of number words its first cardinal ends."""
    found = list(_NUMBER_WORD.finditer(words.lower()))
    _, length = _first_cardinal(tuple(w.group() for w in found))
    return found[length - 1].end() if length else 0


def _read_number(m: regex.Match) -> tuple[float | None, bool]:
    if m.group("digits"):
        return parse_digits(m.group("digits")), False
    return parse_number_words(m.group("words")), True


def _scale(text: str, pos: int, has_currency: bool) -> tuple[float, int]:
    """A scale word after a number (`billion`), or an abbreviation (`bn`, `m`) next to money or
    people, or glued to the number (`12.6M`, `400K`, `1.2k`: a fact sheet's figures)."""
    p, lex = _patterns(), _lexicon()
    m = p.scale_after.match(text, pos)
    if m:
        return lex.scales[m.group("scale").lower()], m.end()
    if has_currency or _currency_after(text, pos + 1) or _ABBREVIATION_START.match(text, pos):
        m = p.abbrev_after.match(text, pos)
        if m and (has_currency or _currency_after(text, pos + 1) or _counted_plural_at(text, m.end())
                  or m.start("scale") == pos and _subject_verb_at(text, m.end())  # "2m face famine"
                  or m.start("scale") == pos and _glued_scale(m.group("scale"))  # "12.6M internally displaced",
                  and not _singular_noun_at(text, m.end())):  # not "the 4M road"
            return lex.scale_abbreviations[m.group("scale").lower()], m.end()
    return 1, pos


_ABBREVIATION_START = re.compile(r"\s?[kmbt]", re.I)  # where an abbreviated scale may start


def _counted_plural_at(text: str, pos: int) -> bool:
    """A plural counted noun or a people next: `1.2m people`, `2m Sudanese` (not `a 5m wall`)."""
    m = _patterns().noun_word.match(text, pos)
    word = m.group("w") if m else ""
    lex = _lexicon()
    return ((_is_plural(word) and singular(word) in lex.noun_class)
            or (word[:1].isupper() and fold(word) in lex.demonyms))


def _subject_verb_at(text: str, pos: int) -> bool:
    """A verb next that takes the number as its subject: `2m have fled` counts people."""
    m = _patterns().noun_word.match(text, pos)
    word = m.group("w").lower() if m else ""
    return word in _SCALE_SUBJECT_VERBS or word in _people_verbs()


_SCALE_SUBJECT_VERBS = frozenset(load_toml("numbers.toml")["scale_abbreviations_subject"]["verbs"])


def _glued_scale(scale: str) -> bool:
    """`12.6M`, `400K`, `1.2k`, `3bn`: a scale glued to its number; not `5m` (metres)."""
    return scale.isupper() or len(scale) > 1 or scale == "k"


def _singular_noun_at(text: str, pos: int) -> bool:
    """A singular counted noun at `pos` (`the 4M road`); not a people's adjective, which counts
    many (`450K displaced`)."""
    m = _patterns().noun_word.match(text, pos)
    word = m.group("w").lower() if m else ""
    return bool(m) and not _is_plural(word) and word in _lexicon().noun_class and word not in _NOUN_KINDS


def _currency_after(text: str, pos: int) -> bool:
    return bool(_patterns().currency_after.match(text, pos))


def _find_quantities(text: str) -> list[_Quantity]:
    out: list[_Quantity] = []
    pos = 0
    starts = _number_starts(text)
    while True:
        m = _one_cardinal(_next_number(text, pos, starts))
        if m is None:
            return out
        pos = m.end()
        found = _quantity(text, m)
        if found is None:
            continue
        q, ranged = found
        if not ranged and q.from_words and _between_words_joined(text, m):
            split = _quantity(text, _before_last_and(m))  # "between five hundred and one thousand"
            if split is not None and split[1]:
                q = split[0]
        q.hedge = _hedge(text, q)
        while out and out[-1].end > q.start:
            out.pop()  # "three quarters of a million": the fraction's count is part of it
        out.append(q)
        pos = max(pos, q.end)


def _quantity(text: str, m: regex.Match | re.Match) -> tuple[_Quantity, bool] | None:
    """The quantity a number match starts (its currency, scale, unit and range read), and
    whether it is a range; None where the match reads as no number."""
    p, lex = _patterns(), _lexicon()
    value, from_words = _read_number(m)
    if value is None:
        return None
    start, end = m.start(), m.end()
    cur = p.currency_before.search(text, max(0, start - 6), start)
    currency = lex.currency_prefix[cur.group("cur").lower()] if cur else None
    if cur:
        start = cur.start("cur")
    scale, end = _scale(text, end, currency is not None)
    q = _Quantity(start, end, _scaled(value, scale), _scaled(value, scale), False, currency=currency,
                  from_words=from_words, raw=m.group(), number_start=m.start())
    if from_words and currency is None and _A_BEFORE_A_SCALE.match(m.group()):
        _take_fraction_before(text, q)  # "a quarter of a million"
    own_currency = currency is None and _take_currency_after(text, q)  # "5 million euros"
    own_unit = q.currency is None and _take_unit_after(text, q)  # "5 km"
    ranged = _take_range(text, q, value, scale, own_currency or own_unit)
    if ranged and q.currency is None and q.unit is None and not _take_currency_after(text, q):
        _take_unit_after(text, q)  # "2 to 3 kilometres"
    if q.currency is not None:
        _take_currency_named_again(text, q)  # "between $5 million and 10 million dollars"
    return q, ranged


_A_BEFORE_A_SCALE = re.compile(r"an?\s", re.I)


def _take_fraction_before(text: str, q: _Quantity) -> None:
    """`a quarter of a million`: the fraction before `of a` multiplies the number, and starts it."""
    m = _patterns().fraction_before.search(text, max(0, q.start - 24), q.start)
    if m:
        fraction = load_toml("numbers.toml")["fractions"][fold(_squash(m.group("f")))]
        q.low = q.high = _scaled(q.low, fraction)
        q.start = m.start("f")


_INNER_AND = re.compile(r"\s+and\s+", re.I)


def _between_words_joined(text: str, m: regex.Match | re.Match) -> bool:
    """A number in words after `between` that holds an `and` and is no range's first end:
    `between five hundred and one thousand` says two numbers, though `five hundred and one
    thousand` alone reads as one."""
    words = m.group("words")
    return bool(words and _INNER_AND.search(words)
                and _BETWEEN_BEFORE.search(text[max(0, m.start() - 30):m.start()].lower()))


def _before_last_and(m: regex.Match | re.Match) -> regex.Match | re.Match:
    """The number match cut before the last `and` in its words."""
    cut = list(_INNER_AND.finditer(m.group("words")))[-1].start()
    return m.re.match(m.string, m.start(), m.start("words") + cut)


def _take_currency_after(text: str, q: _Quantity) -> bool:
    """Give the quantity the currency word after it (`10 million dollars`), if one follows."""
    cur_after = _patterns().currency_after.match(text, q.end)
    if cur_after:
        q.currency, q.end = _currency_named(cur_after), cur_after.end()
    return cur_after is not None


def _take_currency_named_again(text: str, q: _Quantity) -> None:
    """An amount with a currency sign may name it again after its last number (`between $5
    million and 10 million dollars`, `$5 million dollars`): its text runs to that word. Another
    currency's word is left out."""
    named = _patterns().currency_after.match(text, q.end)
    if named and _currency_named(named) == q.currency:
        q.end = named.end()


def _currency_named(m: regex.Match | re.Match) -> str:
    return _lexicon().currency_suffix[fold(_squash(m.group("cur")))]


def _take_unit_after(text: str, q: _Quantity) -> bool:
    """Give the quantity the unit after it (`5 km`), if one follows."""
    unit = _patterns().unit_after.match(text, q.end)
    if unit:
        q.unit, q.end = _lexicon().measure_units[fold(_squash(unit.group("unit")))], unit.end()
    return unit is not None


def _take_range(text: str, q: _Quantity, value: float, scale: float, own_suffix: bool) -> bool:
    """Make the quantity a range if a second, higher number follows its separator. A currency
    word or unit after the first number (`between 5 million euros and 10 million euros`,
    `5 km to 10 km`) must follow the second too."""
    p = _patterns()
    tail = p.range_tail.match(text, q.end)
    if not tail:
        return False
    second, currency2 = _range_second(text, tail.end(), q.currency)
    if second is None or not _range_allowed(text, q.start, tail.group("sep").lower()):
        return False
    v2, _ = _read_number(second)
    if v2 is None:
        return False
    scale2, end2 = _scale(text, second.end(), currency2 is not None)
    if scale2 == 1 and second.group("words"):
        v2, scale2 = _split_scale(second.group("words"), v2)  # "two to three million"
    if own_suffix:
        end2 = _suffix_repeated(text, q, end2)
        if end2 is None:
            return False
    elif currency2 is not None and _names_another_currency(text, end2, currency2):
        return False  # "between $5 million and 10 million euros": two amounts
    high = _scaled(v2, scale2)
    low = _range_low(value, scale, v2, scale2)
    if low is None or not high > low:
        return False
    if scale == 1 and _FOUR_DIGITS.fullmatch(q.raw) and 1800 <= value <= 2100 \
            and _a_year_first(text, q, second.group(), end2):
        return False
    if scale == 1 and value <= 31 < high \
            and _patterns().month_before.search(text, max(0, q.number_start - 20), q.number_start):
        return False  # "the toll since October 7 to 31,341": a date's day, then the toll
    q.low, q.high, q.end, q.is_range, q.currency = low, high, end2, True, currency2
    return True


def _a_year_first(text: str, q: _Quantity, second: str, end: int) -> bool:
    """A year-like first number of a range that is a year: after a date's month or a year word
    (`since October 7, 2023 to 50,423`, `since 2023 to 50,423`: the toll's date, then the toll),
    or before another year where no counted plural follows it (`between 2022 and 2024`, `from
    2014 to 2022`; but `between 2000 and 3000 fighters`)."""
    if q.currency or q.unit:
        return False
    p, window = _patterns(), max(0, q.number_start - 20)
    if p.month_before.search(text, window, q.number_start) \
            or _MONTH_DAY_BEFORE.search(text, window, q.number_start) \
            or _year_before_a_toll().search(text, window, q.number_start):
        return True
    if not (_FOUR_DIGITS.fullmatch(second) and 1800 <= int(second) <= 2100):
        return False
    m = p.noun_word.match(text, end)
    return not (m and _is_plural(m.group("w")) and singular(m.group("w")) in _lexicon().noun_class)


@functools.cache
def _year_before_a_toll() -> regex.Pattern:
    words = _lexicon().not_figures["year_before_a_toll"]
    return regex.compile(rf"\b(?:{phrase_alternation(words)})\s+$", regex.I)


def _scaled(value: float, factor: float) -> float:
    """A number times its scale as written: `US$4.1 billion` is 4,100,000,000, which a float
    product misses by a fraction (4099999999.9999995)."""
    if factor == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _names_another_currency(text: str, pos: int, currency: str) -> bool:
    named = _patterns().currency_after.match(text, pos)
    return named is not None and _currency_named(named) != currency


def _suffix_repeated(text: str, q: _Quantity, pos: int) -> int | None:
    """Where the first number's own currency word or unit, repeated at `pos` after a range's
    second number, ends; None if another one or none follows (`5 km to 10 miles`)."""
    second = _Quantity(pos, pos, 0, 0, False)
    if q.currency:
        same = _take_currency_after(text, second) and second.currency == q.currency
    else:
        same = _take_unit_after(text, second) and second.unit == q.unit
    return second.end if same else None


def _split_scale(words: str, value: float) -> tuple[float, float]:
    """A number in words that a last scale word multiplies as a whole, as (number, scale):
    `three million` -> (3, 1e6), `three hundred thousand` -> (300, 1000), so that the number
    before a range's separator can take the scale; `one thousand two hundred` stays (1200, 1)."""
    *rest, last = _WORD_BREAK.split(words.strip())
    scale = _lexicon().scales.get(last.lower())
    head = parse_number_words(" ".join(rest)) if scale and rest else None
    if head is None or head * scale != value:
        return value, 1
    return head, scale


def _range_low(first: float, scale: float, second: float, scale2: float) -> float | None:
    """A range's low end. A first number without a scale word takes the second's where that
    keeps it below the second (`5-10 million`: 5 million); a first number written out in full
    at most three orders below the second's scale stands as written (`500,000 to 1 million`);
    any other first number makes no range (`3 to 1.5 million`)."""
    if scale != 1:
        return _scaled(first, scale)
    if first < second:
        return _scaled(first, scale2)
    if first >= scale2 / 1000:
        return first
    return None


def _range_second(text: str, pos: int, currency: str | None) -> tuple[regex.Match | None, str | None]:
    """The number after a range's separator, and the range's currency. `$5-$10 million` repeats
    the sign: it must be the first number's, or gives the range one (`between 5 and $10
    million`); `$5 and €10 million` are two amounts."""
    p = _patterns()
    second = _one_cardinal(p.number.match(text, pos))
    if second is not None:
        return second, currency
    cur = p.currency_lead.match(text, pos)
    if cur is None:
        return None, currency
    currency2 = _lexicon().currency_prefix[cur.group("cur").lower()]
    second = _one_cardinal(p.number.match(text, cur.end()))
    if second is None or currency not in (None, currency2):
        return None, currency
    return second, currency2


def _number_starts(text: str) -> list[int] | None:
    """Where the number scanner tries `number` in a sentence, in order; None where it tries the
    whole pattern (text past ASCII)."""
    scanner = _patterns().numbers
    words = _word_starts(text) if scanner.by_first is not None else None
    if words is None:
        return None
    return [start for start, word in words if word in scanner.by_first]


def _next_number(text: str, pos: int, starts: list[int] | None) -> regex.Match | None:
    """`numbers.search(text, pos)`, from the sentence's number starts found once: a sentence is
    searched once per number in it."""
    number = _patterns().number
    if starts is None:
        return number.full.search(text, pos)
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        m = number.ascii.match(text, starts[i])  # starts are told in ASCII text only
        if m:
            return m
    return None


def _squash(s: str) -> str:
    return " ".join(s.split())


def _range_allowed(text: str, start: int, sep: str) -> bool:
    """`and` makes a range only after `between`; `to` not after a change (`rose from 3 to 6`)."""
    before = text[max(0, start - 30):start].lower()
    if sep == "and":
        return bool(_BETWEEN_BEFORE.search(before))
    if sep == "to":
        return not _CHANGE_BEFORE.search(before)
    return True


def _hedge(text: str, q: _Quantity) -> str | None:
    p = _patterns()
    window = max(0, q.start - 40)
    m = (p.hedge_before_reversed.search(text, window, q.start)
         and p.hedge_before.search(text, window, q.start))
    if m and m.group("hedge").lower() == "over" and _over_of_a_verb(text, m.start("hedge")):
        m = None  # "handed over 28 hostages"
    words = []
    verb = _hedge_verbs().get(m.group("hedge").lower()) if m else None
    if verb:
        words.append(verb)  # "the toll passes 38,300": more than 38,300, the verb no part of the figure
    elif m:
        words.append(m.group("hedge"))
        q.start = m.start("hedge")
    after = p.hedge_after.match(text, q.end) if text[q.end:q.end + 1] in _HEDGE_AFTER_STARTS else None
    if after:
        words.append(after.group("hedge") or _GLUED_PLUS)
        q.end = after.end()
    return " ".join(w.lower() for w in words) or None


def _over_of_a_verb(text: str, start: int) -> bool:
    """Whether the word before `over` at `start` is a verb whose particle it is."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in _OVER_VERBS


_OVER_VERBS = frozenset(load_toml("numbers.toml")["hedges"]["over_verbs"])
_HEDGE_AFTER_STARTS = (" ", "-", "+", "\t", "\n", "\xa0")  # what a hedge after a number may start with
_GLUED_PLUS = "at least"  # "2,400+": 2,400 or more


@functools.cache
def _hedge_verbs() -> dict[str, str]:
    return load_toml("numbers.toml")["hedges"]["verbs"]


# -- what is not a figure ---------------------------------------------------------------------

SHARE_WINDOW_CHARS = 12  # `three in ` and more fit


def _is_a_share(text: str, start: int, value: float) -> bool:
    """`1 in 3`, `one in five`, `nine in ten` before the number: a share's whole, where the
    part is 1 or smaller than a whole that shares are told in (`killed 11 in 3 villages`, `5
    in 3 raids` are counts). An `n` must be near for the pattern to match, and most numbers
    have none: a find costs less than the search."""
    window = max(0, start - SHARE_WINDOW_CHARS)
    if text.find("n", window, start) < 0 and text.find("N", window, start) < 0:
        return False
    m = _RATIO_BEFORE.search(text, window, start)
    return bool(m) and _a_share(_small_number(m.group("part")), value)


def _is_a_share_part(text: str, q: _Quantity) -> bool:
    """`nine in ten Gazans`: the number before a share's whole (see _is_a_share), unless a
    duration or unit follows that (`5 in 10 days`)."""
    if not (q.low == q.high and 1 <= q.low <= 9) or not text.startswith(" in ", q.end):
        return False
    m = _RATIO_AFTER.match(text, q.end)
    if m is None:
        return False
    whole = _read_whole(m.group("whole"))
    p = _patterns()
    return (whole is not None and _a_share(q.low, whole)
            and not (p.duration_after.match(text, m.end()) or p.unit_after.match(text, m.end())))


def _a_share(part: float, whole: float) -> bool:
    return part == 1 or (part < whole and whole in _SHARE_WHOLES)


def _small_number(word: str) -> float:
    return float(word) if word.isdigit() else _lexicon().units[fold(word)]


def _read_whole(written: str) -> float | None:
    return parse_digits(written) if written[0].isdigit() else parse_number_words(written)


def _in_an_iso_date(text: str, q: _Quantity, num_start: int) -> bool:
    """`2022-02-24`: a month or day after a year's hyphen (`24.02.2022` reads as a time)."""
    return len(q.raw) <= 2 and _ISO_DATE_BEFORE.search(text, max(0, num_start - 8), num_start) is not None


_LIST_NUMBER_AFTER = re.compile(r"[.)/]\s+\S")  # "1. Killed", "2) Injured", a thread's "3/ Around"
_ISO_DATE_BEFORE = re.compile(r"(?<!\d)\d{4}-(?:\d{1,2}-)?$")


def _is_year(q: _Quantity) -> bool:
    return (not q.currency and not q.unit and not q.hedge and _FOUR_DIGITS.fullmatch(q.raw) is not None
            and 1800 <= q.low <= 2100)


def _a_day_listed_before_a_month(text: str, end: int) -> bool:
    """`the afternoons of 2 and 3 June`, `on 2, 3 and 4 May`: a day listed with others before
    their month."""
    days = _DAYS_LISTED_AFTER.match(text, end) if text[end:end + 6].lstrip()[:1] in _DAY_LIST_JOINS else None
    return days is not None and _patterns().month_after.match(text, days.end()) is not None


_DAY_LIST_JOINS = frozenset(",ato&-\u2013")  # what starts the rest of a list of days: ", ", "and", "or", "to" ...
_DAYS_LISTED_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to)\s+|&\s*|[-\u2013]\s*)\d{1,2}(?:st|nd|rd|th)?)+")


def _not_a_figure(text: str, q: _Quantity) -> bool:
    p = _patterns()
    num_start = q.number_start if q.hedge else q.start
    after = text[q.end:q.end + 40]
    if _is_year(q) and not q.is_range and not _counts_a_noun(text, q):
        return True  # "in 2014", "since 2022"; but "2022 soldiers were killed" counts
    if q.currency or q.unit:
        return False
    if q.low <= 31 and (p.month_before.search(text, max(0, num_start - 12), num_start)
                        or p.month_after.match(text, q.end) or _a_day_listed_before_a_month(text, q.end)):
        return True
    if not q.from_words and p.time_after.match(text, q.end):
        return True
    if not q.from_words and text[num_start - 1:num_start] == "-" and _in_an_iso_date(text, q, num_start):
        return True
    if q.number_start == 0 and not q.from_words and _LIST_NUMBER_AFTER.match(text, q.end):
        return True  # "1. Killed: 30", "2) Injured: 12", "1/ Thread:": the list's numbering
    if p.duration_after.match(text, q.end):
        return True
    if (_NO_COUNT_AFTER_WORDS if q.from_words else _NO_COUNT_AFTER_DIGITS).match(after):
        return True
    if p.id_before.search(text, max(0, num_start - 14), num_start) and not _counts_a_subject(text, num_start) \
            and not _repetition_after(text, q.end):
        return True  # "Article 5", "District 12"; but "attacked the Nikopol district 12 times"
    if p.vague_before.search(text, max(0, num_start - 20), num_start):
        return True
    if q.from_words and _starts_with_a_scale(q) and p.vague_before_scale.search(text, max(0, num_start - 20), num_start):
        return True  # "several hundred fighters"
    if q.from_words and _starts_with_a_scale(q) and _digits_lost_before(text, q.number_start):
        return True  # "Zk4.2 billion": the amount is unread, its scale alone no count
    if not q.hedge and _model_name_before(text, num_start) and not _repetition_after(text, q.end) \
            and not (_toll_word_after(text, q.end) and not _site_named_before(text, num_start)) \
            and not _people_after(text, q.end) and not _TALLY_ITEMS_BEFORE.search(text, max(0, num_start - 120), num_start):
        return True  # "Leopard 2"; but "struck Kora 3 times", "Kora 91 killed and 160 injured",
        # "in raids on London 187 civilians were killed", "Wounded: Kora 12, Lomi 30"
    if _is_a_share(text, num_start, q.low) or _is_a_share_part(text, q):
        return True  # "one in three children", "nine in ten Gazans": a share, not a count
    if q.from_words and q.low < 10 and _FRACTION_AFTER.match(text, q.end):
        return True  # "fell by two thirds", "three quarters of the city": a fraction
    if q.from_words and q.raw[:1].isupper() and _names_a_group(text, q):
        return True  # "the Three Brotherhood Alliance said": a name
    if text[num_start - 2:num_start] == ", " and q.high < 120 and not q.hedge and _is_an_age(text, q, num_start):
        return True  # "said Amir Kora, 34, a teacher"
    return text[max(0, num_start - 1):num_start] == "+"  # a phone number


# A name and its count after another such item that a label opens: a tally's item (`Killed: Kora
# 12, Lomi 30`), no model's name.
_NAME = r"\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s+(?:-\s*)?"
_TALLY_ITEMS_BEFORE = Twin(regex.compile(rf"[:-]\s*(?:{_NAME}\d[\d,.]*,\s*(?:and\s+)?)+{_NAME}$"))

# What right after a number shows it counts nothing: one pattern, tried once.
_CALIBRE_AFTER = re.compile(r"\s?(?:mm|millimet(?:re|er)s?)(?![\w-])", re.I)
_NO_COUNT_AFTER_WORDS = Twin(regex.compile("|".join(f"(?:{p.pattern})" for p in (
    _HYPHEN_WORD,  # "five-storey", "32-year-old": a modifier, not a count
    _SLASH_NUMBER,  # "24/7", "136/131"
    _UNIT_NAME_AFTER,  # "1-21 Infantry": a unit's designation
    _PHONE_GROUPS,
    _CALIBRE_AFTER,  # "155 mm artillery rounds": a weapon's bore, no measure of the war
))))
_NO_COUNT_AFTER_DIGITS = Twin(regex.compile(  # and "4th", "2A6", "1980s"
    f"(?:{_LETTER.pattern})|{_NO_COUNT_AFTER_WORDS.full.pattern}"))


_FRACTION_AFTER = Twin(regex.compile(
    rf"\s+(?:{phrase_alternation(load_toml('numbers.toml')['fraction_nouns']['words'])})\b", regex.I))
_MODEL_NAME_BEFORE = regex.compile(r"(?<![.!?:]\s*)(?<=\S\s+)(?P<w>\p{Lu}[\p{L}\p{N}]*)\s$")


# A person's age set off by commas after the name, as wire copy writes it: "Amir Kora, 34, a
# teacher", "Samir al-Lomi, 45, and his sons"; a clause goes on after it in lower case.
_NAME_BEFORE_AGE = Twin(regex.compile(
    r"(?<![\p{L}\p{N}'\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Ll}{1,3}-)?(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s$"))
_CLAUSE_AFTER_AGE = Twin(regex.compile(r",\s+\p{Ll}"))
# ... or after one person named by a common noun with its article or owner: "a woman, 58,",
# "the driver, 45,", "his son, 19,"; the noun in the singular, as the lexicon lists it.
_PERSON_BEFORE_AGE = Twin(regex.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+)?(?P<noun>\p{Ll}+),\s$"))


def _is_an_age(text: str, q: _Quantity, num_start: int) -> bool:
    """Whether a small number right after `First Last, ` is the person's age: a clause in lower
    case follows it, and the name is no place's (`Kora Oblast, 5, and Lomi Oblast, 3`)."""
    if q.is_range or _CLAUSE_AFTER_AGE.match(text, q.end) is None:
        return False
    name = _NAME_BEFORE_AGE.search(text, max(0, num_start - 60), num_start)
    if name is not None:
        return _lexicon().noun_class.get(singular(name.group("last"))) != "place"
    person = _PERSON_BEFORE_AGE.search(text, max(0, num_start - 40), num_start)  # "A woman, 58, was injured"
    return person is not None and _lexicon().noun_class.get(fold(person.group("noun"))) == "person"


def _counts_a_noun(text: str, q: _Quantity) -> bool:
    """A year-like number right before a plural counted noun, with no date word before it."""
    m = _patterns().noun_word.match(text, q.end)
    if not m or not _is_plural(m.group("w")) or singular(m.group("w")) not in _lexicon().noun_class:
        return False
    return not _patterns().year_context.search(text, max(0, q.start - 16), q.start)




def _starts_with_a_scale(q: _Quantity) -> bool:
    """A number in words that starts with its multiplier (`hundred`, `thousand`, `dozen`)."""
    if not q.from_words:
        return False
    first = _NUMBER_WORD.match(q.raw.lower())
    lex = _lexicon()
    return first is not None and (first.group() in lex.scales or first.group() in lex.groups)


def _digits_lost_before(text: str, start: int) -> bool:
    """A digit right before a number in words (spaces between): digits glued to letters that no
    number could be read from (`Zk4.2 billion`, `x/USD40 million`), whose scale this is."""
    return text[max(0, start - 3):start].rstrip()[-1:].isdigit()


def _no_capital_in(text: str, start: int, end: int) -> bool:
    """True where an ASCII window holds no capital letter, so that a pattern starting with one
    cannot match in it; a lower-casing costs less than the search."""
    window = text[start:end]
    return window.isascii() and window == window.lower()


def _names_a_group(text: str, q: _Quantity) -> bool:
    """A capitalised number in words after a lower-case word, before a capitalised one: a name
    (`the Three Brotherhood Alliance`), not a count; a Title Case headline capitalises the
    word before too."""
    before = text[max(0, q.number_start - 20):q.number_start].split()
    return bool(before) and before[-1].islower() and text[q.end:q.end + 1] == " " \
        and text[q.end + 1:q.end + 2].isupper()


def _model_name_before(text: str, start: int) -> bool:
    """`Leopard 2`, `Patriot 3`: a capitalised word right before a number names a model, unless
    it is a country's name or a people's, or a cue or stop word in a headline's capitals (`IRAQ LOST 3,700
    TANKS`, `Iraq Fired 40 Scuds`)."""
    window = max(0, start - 30)
    m = None if _no_capital_in(text, window, start) else _MODEL_NAME_BEFORE.search(text, window, start)
    if not m:
        return False
    word = fold(m.group("w"))
    nf = _lexicon().not_figures
    if word in _plain_words() and (m.group("w").isupper() or _capitalised_word_after(text, start)):
        return False
    return word not in nf["weekdays"] and word not in nf["months"] and word not in _hedge_words() \
        and word not in _countries() and word not in _lexicon().demonyms
    # "in Niger 12 soldiers were killed", "lost 3,700 tanks and the Iranians 1,200"


def _site_named_before(text: str, start: int) -> bool:
    """`Checkpoint 300`, `Camp 6`, `Hill 355`: a post, camp or height named by its number (the
    word is a counted noun of a structure or place); a verb of what befell people after it is
    the sentence's (`troops at Checkpoint 300 detained 12 men`), no toll of the site's."""
    m = _MODEL_NAME_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _class_of(singular(fold(m.group("w")))) in _SITE_CLASSES


_SITE_CLASSES = frozenset({"structure", "place"})
_CAPITALISED_AFTER_NUMBER = re.compile(r"[\d,.]*\s+[A-Z]")


def _capitalised_word_after(text: str, start: int) -> bool:
    """A capitalised word after the number at `start`: a headline's Title Case."""
    return _CAPITALISED_AFTER_NUMBER.match(text, start) is not None


@functools.cache
def _plain_words() -> frozenset[str]:
    """Words no model is named by: the cues of one word, and the words that end a noun phrase."""
    return frozenset([*(cue for cue in _lexicon().cue_kinds if " " not in cue),
                      *_lexicon().not_figures["stop_words"]])


@functools.cache
def _hedge_words() -> frozenset[str]:
    """The words of hedges and increments: `About 14`, `Another 14` after a dateline's dash
    name no model."""
    words = set()
    for h in [*load_toml("numbers.toml")["hedges"]["before"],
              *load_toml("figures.toml")["increments"]["before"]]:
        words.update(h.split())
    return frozenset(words)


# -- the counted noun -------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str:
    w = fold(word)
    lex = _lexicon()
    if w in lex.plurals:
        return lex.plurals[w]
    if word.isupper() and w in lex.noun_class:
        return w  # "MLRS": an acronym whose S is its own (systems), no plural
    if w.endswith("men") and w[:-3] + "man" in lex.noun_class:
        return w[:-3] + "man"  # "seamen", "fishermen"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-1] if w[:-1] in lex.noun_class else w[:-3] + "y"  # "sorties", but "militias"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("is") and (w[:-1] in lex.demonyms or word[:1].isupper()):
        return w[:-1]  # "Somalis", "Israelis", "Iraqis"; a people's name: "Tutsis", "Houthis"
    return w


def _counted_noun(text: str, q: _Quantity) -> None:
    """The noun phrase after the number: `Russian soldiers` -> soldier; `of whom` is left open."""
    lex, p = _lexicon(), _patterns()
    stops, modifiers = _noun_phrase_words()
    invariant, phrase_firsts = _invariant_plurals(), _multi_word_cue_firsts()
    pos, words = _past_a_quoted_number(text, q), []
    for _ in range(MAX_NOUN_WORDS):
        m = p.noun_word.match(text, pos)
        if m is None:
            break
        word = m.group("w")
        note = _FOOTNOTE_GLUED.fullmatch(word) if word[-1:].isdigit() else None
        if note and _is_plural(note.group("noun")) and singular(note.group("noun")) in lex.noun_class:
            words.append(note.group("noun"))  # "40 detainees32 died": the report's footnote ends the noun
            pos = m.end()
            break
        lower = fold(word)
        if lower in _degree_adverbs():
            pos = m.end()  # "514 seriously injured", "3,000 newly arrived": how badly or when, no noun
            continue
        # "8 million face famine": people do; but "300 returned fighters" are fighters
        if not words and lower in _people_verbs() and not (lower.endswith("ed") and _noun_follows(text, m.end())):
            q.noun, q.noun_words = "person", ()
            return
        if (not words and lower.endswith(("ing", "ed")) and "-" not in lower and singular(lower) not in lex.noun_class
                and not _noun_follows(text, m.end()) and not _plural_follows(text, m.end())
                and not (lower.endswith("ed") and _noun_in_the_next_two(text, m.end()))):
            break  # "5,000 crossing daily", "of which 36 landed": a verb, no noun; but "2 living quarters",
            # "67 fixed-wing drones", "2,300 suspected cholera cases"
        if (words and (lower.endswith("ed") or lower in _participles_after_noun())
                and singular(lower) not in lex.noun_class
                and not _plural_follows(text, m.end()) and not _noun_in_the_next_two(text, m.end())):
            break  # "128 wounded arrived": the verb after the noun; but "5 abandoned armoured vehicles",
            # "67 fixed-wing unmanned aerial vehicles"
        if (words and lower in _elliptic_nouns() and singular(words[-1]) in lex.noun_class
                and not _noun_follows(text, m.end())):
            break  # "1 soldier wounded": what befell the noun; but "140 feared dead", "displaced people"
        if (lower in stops and not (not words and lower in modifiers)
                and not (word.isupper() and len(word) > 1 and _noun_follows(text, m.end()))
                or lower in _hedge_verbs()):
            break  # "the number of displaced nears 2 million": a verb; but "200 IS fighters"
        if (lower in lex.cue_kinds and singular(lower) not in lex.noun_class and lower not in modifiers
                and not _noun_follows(text, m.end()) and not (not words and _plural_follows(text, m.end()))):
            break  # but "11 aid workers", "729 bombing missions": the cue word only describes the noun
        maybe_phrase = lower in phrase_firsts or not (lower.isascii() and lower.isalpha())
        phrase = _cue_phrase_at(text, m.start("w"), lower) if maybe_phrase else None
        if phrase is not None and (words or not _noun_follows(text, phrase.end())
                                   and singular(phrase.group().split()[-1]) not in lex.noun_class):
            break  # "740,000 Rohingya crossed into Bangladesh", "2,000 sought refuge": the verb;
            # but "132 combat engagements", "240 taken hostage" name what they count
        if phrase is not None and _noun_follows(text, phrase.end()):
            words.append(_squash(phrase.group()))  # "12 shot down aircraft": it describes the noun
            pos = phrase.end()
            continue
        if phrase is not None and singular(phrase.group().split()[-1]) not in lex.noun_class:
            break  # "40 drones, 12 shot down": the cue, no noun; but "240 taken hostage"
        calibre = _CALIBRE_AFTER.match(text, m.end()) if word[:1].isdigit() else None
        if calibre:  # "10,000 155 mm shells": the bore describes the noun
            words.append(word)
            pos = calibre.end()
            continue
        if p.number.fullmatch(word) and not (words and words[-1][:1].isupper()):
            break  # a new count; but `Leopard 2 tanks` names a model
        if (words and fold(words[-1]) in _NOUN_KINDS and not word[:1].isupper()
                and singular(lower) not in lex.noun_class and lower not in modifiers and not _is_plural(word)):
            break  # "85 wounded brought in": a verb after them; but "17 wounded soldiers", "40 murder charges"
        if words and fold(words[-1]) == "of" and lower.endswith(("'s", "\u2019s")):
            break  # "1.9 million of Gaza's 2.3 million people": the owner of the whole after it
        words.append(word)
        pos = m.end()
        if text[pos:pos + 1] in (",", ";", ":", ".", "!", "?"):
            break
        if word[-2:-1].isdigit() and _MODEL_PLURAL.fullmatch(word):
            break  # "40 Shahed-136s overnight": a model's name in the plural is the noun
        if _is_plural(word) and not ((word[:1].isupper() or lower in _plural_modifiers())
                                     and _noun_follows(text, pos)):
            break  # "31 Abrams tanks", "3 weapons depots": a name or store before the noun
        if lower in invariant and not _noun_follows(text, pos):
            break  # "12 aircraft belonged to", but "12 aircraft carriers"
        if lower in lex.demonyms and word[:1].isupper() and _no_noun_follows(text, pos, stops):
            break  # "25 million Sudanese face hunger": the people are the noun
    content = [w for w in words if fold(w) not in modifiers
               and (not any(map(str.isdigit, w)) or _MODEL_PLURAL.fullmatch(w))]
    if not content and words and _MODEL_NAME.fullmatch(words[-1]):
        content = words[-1:]  # "4 BMP-2 destroyed": the model is what the number counts
    if content:
        q.noun = _noun_head(content)
        q.noun_words = tuple(content)
        q.noun_end = pos


_FOOTNOTE_GLUED = regex.compile(r"(?P<noun>\p{Ll}{2,})\d{1,3}")  # a human-rights report's note: "civilians23"


_OPENING_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}


def _past_a_quoted_number(text: str, q: _Quantity) -> int:
    """Where a number's noun may start: past the closing quote of a number quoted alone
    (`reported "at least 40" rebels killed`: the rebels are counted)."""
    closing = _OPENING_QUOTES.get(text[q.start - 1:q.start]) if q.start else None
    if closing and text.startswith(closing + " ", q.end):
        return q.end + 1
    return q.end


# A model's name in the plural: the counted noun (`4 AK-47s`, `two T-72s`, `3 MiG-29s`), its
# digits no count, as `Leopard 2 tanks` counts tanks.
_MODEL_PLURAL = re.compile(r"[A-Za-z]{1,8}-?[0-9]+[A-Z0-9]*s")
_MODEL_NOUN = re.compile(r"(?P<family>[a-z]{1,8})-?[0-9]+[a-z0-9]*")
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]{0,7}-[0-9]+[A-Z0-9]*")  # "T-72", "Su-25", "Shahed-136" as written


def _starts_a_cue_phrase(text: str, pos: int, word: str) -> bool:
    """Whether a cue of more than one word (`crossed into`, `sought refuge`) starts at `pos`."""
    return _cue_phrase_at(text, pos, word) is not None


def _cue_phrase_at(text: str, pos: int, word: str) -> regex.Match | re.Match | None:
    """The cue of more than one word that starts at `pos` (`word` is the one there)."""
    cue = _patterns().cue
    if cue.by_first is None or not text.isascii():
        m = cue.whole.match(text, pos)
    else:
        first = _LETTER_RUN.match(word)  # `pre-war population` starts with `pre`
        first = first.group() if first else None
        pattern = cue.by_first.get(first) if first in _multi_word_cue_firsts() else None
        m = pattern.match(text, pos) if pattern is not None else None
    return m if m is not None and " " in _squash(m.group()) else None


@functools.cache
def _multi_word_cue_firsts() -> frozenset[str]:
    """The first words, as the cue scanner keys them, of the cues of more than one word."""
    return frozenset(_first_word(phrase) for phrase in _lexicon().cue_kinds if " " in phrase)


@functools.cache
def _noun_phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end a counted noun phrase, and those in it that name nothing."""
    nf = _lexicon().not_figures
    return frozenset(nf["stop_words"]), frozenset(nf["modifiers"])


@functools.cache
def _participles_after_noun() -> frozenset[str]:
    return frozenset(_lexicon().not_figures["participles_after_noun"])


@functools.lru_cache(maxsize=4096)
def _is_plural(word: str) -> bool:
    """A plural ends the counted noun phrase: `two sides traded blame` counts sides."""
    w = fold(word)
    if word.isupper() or not w.isalpha():
        return False  # HIMARS, acronyms
    return (w in _lexicon().plurals and _lexicon().plurals[w] != w) or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


@functools.cache
def _invariant_plurals() -> frozenset[str]:
    """The counted nouns whose plural is themselves (`aircraft`, `personnel`, `staff`): one may
    end the counted noun phrase though it does not end in `s`."""
    lex = _lexicon()
    return frozenset(w for w, one in lex.plurals.items() if w == one and w in lex.noun_class)


def _no_noun_follows(text: str, pos: int, stops: frozenset[str]) -> bool:
    """Whether the next words, lower-case and before any stop word, hold no counted noun in two:
    `Sudanese face acute food insecurity`, `Sudanese wounded in` (what befell them), but
    `Israeli air strikes`, `Russian armoured vehicles`."""
    lex, p = _lexicon(), _patterns()
    if _noun_of_words_at(text, pos):
        return False  # "Ukrainian unmanned aerial vehicles"
    for i in range(2):
        m = p.noun_word.match(text, pos)
        word = m.group("w") if m else ""
        if not word.islower() or word in stops:
            return i > 0
        if singular(word) in lex.noun_class and word not in _elliptic_nouns():
            return False
        pos = m.end()
    return True


def _noun_of_words_at(text: str, pos: int) -> bool:
    """Whether a counted noun of three words or more starts at `pos` (after a space)."""
    m = _patterns().noun_word.match(text, pos)
    nouns = _long_nouns().get(fold(m.group("w"))) if m else None
    if not nouns:
        return False
    words = text[m.start("w"):m.start("w") + 60].split()
    return any(len(words) >= len(noun) and [fold(w) for w in words[:len(noun) - 1]] == list(noun[:-1])
               and singular(words[len(noun) - 1].strip(",.;:")) == noun[-1] for noun in nouns)


@functools.cache
def _long_nouns() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's counted nouns of three words or more, by first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for noun in _lexicon().noun_class:
        words = tuple(noun.split())
        if len(words) > 2:
            found.setdefault(words[0], []).append(words)
    return {first: tuple(nouns) for first, nouns in found.items()}


def _noun_in_the_next_two(text: str, pos: int) -> bool:
    """Whether one of the next two lower-case words, before any stop word, is a counted noun
    (`unmanned aerial vehicles`, not `arrived at hospitals`)."""
    p, nouns, stops = _patterns(), _lexicon().noun_class, _noun_phrase_words()[0]
    for _ in range(2):
        m = p.noun_word.match(text, pos)
        if m is None or not m.group("w").islower() or m.group("w") in stops:
            return False
        if singular(m.group("w")) in nouns:
            return True
        pos = m.end()
    return False


def _plural_follows(text: str, pos: int) -> bool:
    m = _patterns().noun_word.match(text, pos)
    return bool(m and _is_plural(m.group("w")))


def _noun_follows(text: str, pos: int) -> bool:
    """Whether a counted noun follows; a word that only says what befell people does not
    (`3,000 Israelis displaced`: the Israelis are the noun)."""
    m = _patterns().noun_word.match(text, pos)
    return bool(m and m.group("w").islower() and singular(m.group("w")) in _lexicon().noun_class
                and m.group("w") not in _elliptic_nouns())


def _noun_head(words: list[str]) -> str:
    """The counted noun: the last word, or a known two-word compound (`air target`) or
    people (`South Africans`)."""
    lex = _lexicon()
    head = singular(words[-1])
    if len(words) > 1:
        pair = f"{fold(words[-2])} {head}"
        if pair in lex.noun_class or pair in lex.demonyms:
            return pair
    return head


@functools.lru_cache(maxsize=4096)  # merging asks for it several times per figure
def what_class(what: str, kind: str) -> str:
    """What a figure counts, as coarse as merging needs: serviceman and troop are soldiers;
    a child killed is a person killed; a missile launched and a strike are both attacks."""
    group = _lexicon().synonyms.get(what, what)
    cls = _class_of(what)
    if kind in _PEOPLE_KINDS and cls == "person":
        return "person"
    if kind == "attacks" and cls in ("munition", "attack"):
        return "attack"
    if cls == "structure":
        return "structure"
    return group


_PEOPLE_KINDS = TOLL_KINDS | {"population"}


def _class_of(noun: str | None) -> str | None:
    if not noun:
        return None
    lex = _lexicon()
    if noun in lex.noun_class:
        return lex.noun_class[noun]
    last = noun.split()[-1]
    if last in lex.noun_class:
        return lex.noun_class[last]
    if noun in lex.demonyms:  # "800 Russians"
        return "person"
    model = _MODEL_NOUN.fullmatch(noun) if noun[-1].isdigit() or noun[-2:-1].isdigit() else None
    if model:  # "ak-47", "t-72", "shahed-136": the family's class, else a weapon or vehicle
        return lex.noun_class.get(model.group("family"), "equipment")
    return None


# -- the kind ---------------------------------------------------------------------------------

_KIND_TABLES = load_toml("figures.toml")
# The kinds a cue may give each class of noun (None: a noun of no known class).
_CLASS_KINDS = {None if cls == "unclassed" else cls: set(kinds) for cls, kinds in _KIND_TABLES["class_kinds"].items()}
_NOUN_KINDS = _KIND_TABLES["noun_kinds"]  # "deaths", "hostages": the noun says the kind
_NOUN_DEFAULT_KINDS = _KIND_TABLES["noun_default_kinds"]
_NAMED_NOUNS = frozenset(_KIND_TABLES["named_nouns"]["nouns"])
_CLASS_DEFAULT = _KIND_TABLES["class_default_kinds"]
_PERSON_SENSES = load_toml("figures.toml")["person_senses"]
# A clause ends at these, but not at a comma before a count or its hedge ("killed 5, and 3 more").
_CLAUSE_BREAK = Twin(regex.compile(
    r"[;:()\[\]]|\s-\s|,(?!\s*(?:and\s+)?(?:an?\s|\d|(?:more|over|about|some|nearly|at|up|a\s+dozen|"
    rf"{phrase_alternation(load_toml('figures.toml')['increments']['before'])}|"  # ", and another 5"
    rf"{phrase_alternation([w for w, n in load_toml('numbers.toml')['units'].items() if n])})\b))"))


def _kind(text: str, q: _Quantity, cls: str | None, previous: Figure | None) -> str:
    if q.currency:
        return "money"
    if q.unit and cls is None:
        return q.unit[0]
    if cls == "attack":
        return "attacks"
    if q.noun in _NOUN_KINDS:
        if previous is not None and _OUT_OF.fullmatch(text, min(previous.end, q.start), q.start):
            return _NOUN_KINDS[q.noun]  # "Two of the four hostages were freed": the deed is the part's
        allowed = _CLASS_KINDS.get(cls, set())
        part_verb = (q.whole and _verb_past_the_wholes_participle(text, q.whole, allowed)) \
            or (_OF_DETERMINER.match(text, q.end)  # "Two of the wounded died": the part's own verb
                and _verb_after_the_whole(text, q, allowed))
        return part_verb or _deed_to_held_people(text, q) or _own_verb_of_a_borrowed_noun(text, q, allowed) \
            or _NOUN_KINDS[q.noun]  # "hostages seized were freed"
    if q.elided_kind:
        return q.elided_kind
    allowed = _CLASS_KINDS.get(cls, set())
    if previous is not None and _after_including(text, q):
        # "including 23 over Belgorod and 14 over Kursk": the list's kind; but "of whom 23 died"
        return _own_verb_of_a_borrowed_noun(text, q, allowed) or previous.kind
    if q.noun in _forces():
        allowed = allowed - {"population"}  # "15,000 troops remain in Somalia": a force's size
        if q.noun_end is not None and _crossing_after().match(text.lower(), q.noun_end, q.noun_end + 40):
            allowed = allowed - {"displaced"}  # "300 troops crossed the border": an incursion
    cue = (q.whole and _cue_in_noun_phrase(q.whole, allowed) and _verb_after_the_whole(text, q.whole, allowed)) \
        or (q.whole and _verb_past_the_wholes_participle(text, q.whole, allowed)) \
        or (q.whole and not _cues_around(text, q.start, q.end)[0] and _verb_after_the_whole(text, q.whole, allowed)) \
        or (_FRONTED_WHOLE.match(text, 0, q.start) and _verb_after_the_whole(text, q, allowed)) \
        or (q.whole is None and _cue_in_noun_phrase(q, allowed) and _deed_or_modifier(text, q, allowed)) \
        or _nearest_cue(text, q, allowed) \
        or _cue_in_noun_phrase(q, allowed)  # a part's noun words are its whole's: "freed 17 of the 22 abducted"
    if cls == "munition" and _instrument_before().search(text, max(0, q.start - 40), q.start):
        return "attacks"  # "destroyed a landing ship with five sea drones": what was used
    if cue == "attacks" and cls == "munition" and _sent_to_a_recipient(text, q):
        return "equipment"
    if cue is not None:
        if (cue == "intercepted" and cls is None and q.noun
                and _nearest_cue(text, q, allowed - {"intercepted"}) == "destroyed"):
            return "destroyed"  # "destroyed 3 pick-ups": a thing of no known class is no munition
        return _cue_kind(cue, cls)
    if previous is not None and text.startswith(" of ", q.end) and _OF_WHOM.match(text, q.end):
        return previous.kind  # "70 bodies were found; 12 of them were children": the whole's
    if cls == "equipment" and q.noun_end is not None and _word_after(text, q.noun_end) in _carrying():
        return "other"  # "17 ships carrying fuel were waiting": a load's carriers, no arms held
    return _NOUN_DEFAULT_KINDS.get(q.noun) or _CLASS_DEFAULT.get(cls, "other")


def _own_verb_of_a_borrowed_noun(text: str, q: _Quantity, allowed: set[str]) -> str | None:
    """`treated 112 wounded, 23 of whom died`, `..., of whom 23 died`: a count with no noun of
    its own, that borrows one saying what befell its people (or none), takes its own verb right
    after it or after `of whom`; None where none follows (`23 of them children` stay wounded).
    After `who`, only a deed done to them is theirs (`including 19 who surrendered`).
    A noun borrowed from a tally yields only to a cue right after the number (`the number of
    martyrs has risen to 630 and 2,600 injured`; but `the number of dead at 312 and wounded at
    1,090`)."""
    if q.noun_end is not None:
        return None  # "23 wounded died": its own noun's words
    of = _OF_WHOM.match(text, q.end)
    who = _WHO_AFTER.match(text, q.end) if of is None else None
    if who is not None:  # "including 19 who surrendered"; but "12 who were sheltering there"
        of, allowed = who, allowed & _DEEDS_OR_HELD
    reach = PART_VERB_DISTANCE if of is not None or q.noun is None else 0
    _, right, _ = _cues_around(text, q.start, of.end() if of else q.end)
    near = [kinds & allowed for distance, kinds, _ in right if distance <= reach and kinds & allowed]
    return _pick(near[0]) if near else None


_WHO_AFTER = Twin(regex.compile(r"\s+who\b"))


def _sent_to_a_recipient(text: str, q: _Quantity) -> bool:
    """`has sent 57,000 shells to Kora`: munitions handed over, not fired; but `sent 100 drones
    to Kora overnight` times a raid."""
    if q.noun_end is None or not text.startswith(" to ", q.noun_end):
        return False
    if not _sending_before().search(text.lower(), max(0, q.start - 40), q.start):
        return False
    return all(period != "daily" for _, _, period in _period_phrases(text))


@functools.cache
def _sending_before() -> re.Pattern:
    """A verb of sending right before a count, a hedge's words between: `sent more than`."""
    verbs = phrase_alternation(load_toml("figures.toml")["sending"]["verbs"])
    return re.compile(rf"\b(?:{verbs})(?:\s+[a-z]+){{0,2}}\s+$")


@functools.cache
def _carrying() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["carrying"])


def _cue_kind(cue: str, cls: str | None) -> str:
    """The figure kind a cue gives a count of a class: some cues say it only with the class."""
    if cls == "person" and cue == "destroyed":
        return "killed"
    if cls == "munition" and cue == "destroyed":
        return "intercepted"
    if cue == "downed":  # "shot down": the cue's kind depends on what came down
        return "intercepted" if cls in ("munition", None) else "destroyed"
    if cue == "targeted":  # "attacked 100 merchant ships": targets, no arms supplied or held
        return "other"
    if cue == "supplied":  # "received 10,000 shells": arms, not attacks
        return "equipment"
    if cue == "recovered":  # "recovered 20 motorcycles": taken from the enemy; "found 5 graves"
        return "captured" if cls in ("equipment", "munition") else "other"
    return cue


@functools.cache
def _instrument_before() -> Twin:
    """Munitions named as the means of a deed: `with five sea drones`, `hit by at least 3 missiles`."""
    hedges = phrase_alternation(load_toml("numbers.toml")["hedges"]["before"])
    return Twin(regex.compile(rf"\b(?:with|using|by)\s+(?:(?:{hedges})\s+)?$", regex.I))


def _verb_after_the_whole(text: str, whole: _Quantity, allowed: set[str]) -> str | None:
    """A part's own verb, right after a whole whose words say what befell it (`Fifteen of the
    40 injured people died`: 15 killed, though the whole's words say wounded); None where none
    follows it."""
    _, right, _ = _cues_around(text, whole.start, whole.noun_end or whole.end)
    near = [kinds & allowed for distance, kinds, _ in right if distance <= PART_VERB_DISTANCE and kinds & allowed]
    return _pick(near[0]) if near else None


def _verb_past_the_wholes_participle(text: str, whole: _Quantity, allowed: set[str]) -> str | None:
    """A part's own verb after a participle that describes its whole (`Nine of the 30 drones
    launched overnight were intercepted`: 9 intercepted, 30 launched): the first cue after a
    finite verb group in the whole's clause; None where the whole has no such participle."""
    noun_end = whole.noun_end or whole.end
    if not _PARTICIPLE.match(text, noun_end):
        return None
    end = _clause_end(text, noun_end)
    group = _verb_group().search(text, noun_end, end)
    cue = group and next(_patterns().cue.finditer(text, group.end(), end), None)
    if cue is None or cue.start() != group.end():
        return None
    kinds = _cue_in(text, cue, 0)[1] & allowed
    return _pick(kinds) if kinds else None


# A past participle after a noun: "drones launched", "people taken", "hostages held".
_PARTICIPLE = Twin(regex.compile(r"\s+(?:\p{L}+(?:ed|en)|held|caught|shot|hit|sent|brought|kept|found|lost)\b", regex.I))


@functools.cache
def _verb_group() -> Twin:
    """Where a clause's own verb starts after a participle phrase: `were later`, `have since been`."""
    clauses = load_toml("figures.toml")["clauses"]
    return Twin(regex.compile(rf"\b(?:{phrase_alternation(clauses['auxiliaries'])})"
                              rf"(?:\s+(?:{phrase_alternation(clauses['verb_group_fillers'])}))*\s+", regex.I))


PART_VERB_DISTANCE = 2  # "... later died", "... have since died"
# "Of the 300 people detained, 120 have been released": the whole's words open the sentence;
# the part after them takes its own verb.
_FRONTED_WHOLE = Twin(regex.compile(r"\s*(?:of|among)\s+(?:the|those|these)\s+[^,;:]{1,80},\s*$", regex.I))


def _deed_to_held_people(text: str, q: _Quantity) -> str | None:
    """The kind of a deed done to people a noun says are held or uprooted (`prisoner`,
    `hostage`, `refugee`), told by a cue at most two words from them: `five hostages were
    killed`, `released 90 prisoners` (other); of the wounded, only their death (`260 wounded
    were executed`, `12 wounded later died`). Farther off, a cue types another count (`killed 30
    fighters and took 12 prisoners`), nor one a comma sets off (a list's next count's)."""
    if _NOUN_KINDS[q.noun] not in _HELD_KINDS:
        return _death_of_the_wounded(text, q) if _NOUN_KINDS[q.noun] == "wounded" else None
    noun_end = q.whole.noun_end if q.whole is not None and q.whole.noun_end else q.noun_end
    right_from = _conjoined_count_end(text, noun_end or q.end)  # a part's deed follows its whole
    left, right, _ = _cues_around(text, q.start, right_from)
    if text[right_from:right_from + 2].lstrip().startswith(","):
        right = []  # "450,000 displaced, 3,400 injured": a list's next count is the cue's
    if (text[max(0, q.start - 2):q.start].rstrip().endswith(",")
            or _AND_BEFORE.search(text, max(0, q.start - 5), q.start)):
        left = []  # "200 killed, 450,000 displaced"; "thousands killed and 12 million displaced"
    near = [(distance, kinds & _DEEDS_OR_HELD) for distance, kinds, _ in (*left, *right)
            if distance <= _DEED_DISTANCE and kinds & _DEEDS_OR_HELD]
    if not near:
        return None
    kinds = min(near, key=lambda cue: cue[0])[1]
    return _pick(kinds & _DEEDS) if kinds & _DEEDS else None  # "the release of 115 hostages still held"


_AND_BEFORE = re.compile(r"\band\s+$")  # a count that starts a conjunct: the verb before is the first one's


def _death_of_the_wounded(text: str, q: _Quantity) -> str | None:
    """`killed` where a cue of death follows the wounded at most two words away."""
    if q.noun_end is None:
        return None
    _, right, _ = _cues_around(text, q.start, q.noun_end)
    return "killed" if any(distance <= _DEED_DISTANCE and "killed" in kinds for distance, kinds, _ in right) else None


def _conjoined_count_end(text: str, pos: int) -> int:
    """Where a count conjoined right after `pos` ends with its noun (`21 hostages and four
    soldiers were killed`: the subject's verb comes after both), or `pos` if none is there
    (`are holding 40 hostages, and 6 soldiers were killed`: a comma starts another clause)."""
    gap = _INNER_AND.match(text, pos)
    number = gap and _patterns().number.match(text, gap.end())
    if not number:
        return pos
    probe = _Quantity(number.start(), number.end(), 0, 0, False)
    _counted_noun(text, probe)
    return probe.noun_end or pos


_HELD_KINDS = frozenset({"captured", "displaced"})
_DEEDS = frozenset({"killed", "wounded", "casualties", "missing", "other"})
_DEEDS_OR_HELD = _DEEDS | {"captured"}  # a nearer word saying they are still held leaves them held
_DEED_DISTANCE = 2


@functools.cache
def _forces() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["forces"]["nouns"])


@functools.cache
def _crossing_words() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["forces"]["crossing"])


@functools.cache
def _crossing_after() -> re.Pattern:
    """A force's verb of crossing right after its count, an auxiliary's words or an aside's comma
    between: `had crossed`, `about 400 of them, crossed`."""
    clauses, forces = load_toml("figures.toml")["clauses"], load_toml("figures.toml")["forces"]
    between = phrase_alternation([*clauses["auxiliaries"], *clauses["verb_group_fillers"]])
    return re.compile(rf",?(?:\s+(?:{between}))*\s+(?:{phrase_alternation(forces['crossing'])})\b")


def _cue_in_noun_phrase(q: _Quantity, allowed: set[str]) -> str | None:
    """`3.7 million internally displaced people`, `17 wounded soldiers`: the modifier says it."""
    cue_kinds, not_cues = _lexicon().cue_kinds, _noun_phrase_not_cues()
    for word in q.noun_words[:-1]:
        if fold(word) in not_cues:
            continue  # "12 hospital staff": where they work, not what befell them
        kinds = cue_kinds.get(fold(word), frozenset()) & allowed
        if kinds:
            return _pick(kinds)
    return None


def _deed_or_modifier(text: str, q: _Quantity, allowed: set[str]) -> str | None:
    """`killing 35 displaced people`, `abducted 40 wounded soldiers`: a verb of what befell them
    right before the number says it, not the modifier of what they were before; with none
    (`3.7 million internally displaced people`), the modifier."""
    left, _, _ = _cues_around(text, q.start, q.noun_end or q.end)
    for distance, cue_kinds, _ in left:
        kinds = cue_kinds & allowed & _DEEDS_OR_HELD
        if kinds and not distance:
            return _pick(kinds)
    return _cue_in_noun_phrase(q, allowed)


@functools.cache
def _plural_modifiers() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["plural_modifiers"])


@functools.cache
def _people_verbs() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["people_verbs"])


@functools.cache
def _noun_phrase_not_cues() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["not_cues"])


def _nearest_cue(text: str, q: _Quantity, allowed: set[str]) -> str | None:
    """The kind of the closest cue word in the number's clause that fits its noun class."""
    if not allowed:
        return None
    right_from = q.noun_end or _increment_word_end(text, q)
    if q.noun_end is not None and text.startswith(" (", right_from):  # "2 men (43 and 51) were injured"
        bracket = _BRACKET_AFTER.match(text, right_from)
        right_from = bracket.end() if bracket else right_from
    if q.noun_end is not None and text.startswith(" and ", right_from):
        right_from = _second_noun_end(text, right_from)
    left, right, right_end = _cues_around(text, q.start, right_from)
    if (left and text.startswith((" of wh", " of th"), right_from) and _PART_OF_WHICH.match(text, right_from)
            and any(kinds & allowed for _, kinds, _ in right)):
        left = []  # "45 wounded, 10 of whom died": the part's own verb, not the whole's
        # (but "9 killed, 4 of whom were children": the whole's)
    if len(right) > 1 and text.startswith(" of ", right_from):
        right = _the_parts_own_verb(text, right_from, right)
    best: tuple[float, str] | None = None
    for distance, cue_kinds, _ in left:
        kinds = cue_kinds & allowed
        if kinds and distance <= LEFT_WINDOW_WORDS and (best is None or distance < best[0]):
            best = (distance, _pick(kinds))
    own = q.label_kinds & allowed if q.label_start is not None else None
    if own and (best is None or best[0] > _LABEL_DISTANCE):
        best = (_LABEL_DISTANCE, _pick(own))  # "Killed: 34; wounded: 120"
    tally = _tally_risen_to(text, q, left, allowed)
    if tally is not None:  # "Death toll from Kora strike rises to 45": the toll's, not the strike's
        best = tally
    for distance, cue_kinds, left_only in right:
        kinds = cue_kinds & allowed
        if not (kinds or distance) and "other" in allowed and _attacks_an_object(text, right_from):
            best = (0, "other")  # "when some 200 jihadists attacked their base": they did it
            break
        if kinds and left_only and distance > 0:
            continue  # "1.7 million people, or three-quarters of the population, displaced"
        if kinds and distance == 0 and q.noun and _deed_done_to_a_count(text, right_from):
            break  # "200 fighters killed 40 villagers": they did it; it types the 40
        if kinds:  # "the enclave's 2.3 million population": right after, it is the noun
            if distance <= RIGHT_WINDOW_WORDS and (best is None or distance <= best[0]):
                best = (distance, _pick(kinds))
            break
    if best is None:
        best = _label_cue(text, q, allowed)
    if best is None and ":" in text:
        best = _lead_cue(text, q, allowed)
    if best is None:  # "Two sisters, both aged 14, died": the verb lies past the clause
        for distance, cue_kinds, left_only in _cues_beyond(text, right_from, right_end):
            kinds = cue_kinds & allowed
            if left_only:
                continue
            if kinds and distance <= RIGHT_WINDOW_WORDS:
                return _pick(kinds)
            if kinds:
                break
    return best[1] if best else None


def _second_noun_end(text: str, pos: int) -> int:
    """Where a second plural noun of the count's ends (`5,000 women and girls abducted`: the
    verb after both is as near as the one before), or `pos` if none is there."""
    m = _INNER_AND.match(text, pos)
    noun = m and _patterns().noun_word.match(text, m.end())
    return noun.end("w") if noun and _plural_noun_named_at(text, m.end()) else pos


def _increment_word_end(text: str, q: _Quantity) -> int:
    """Where the number ends with its `more` (`and three more were wounded`): the word stands
    for the noun, so the verb after it is as near as the one before."""
    after = _increment_words()[1]
    if text[q.end:q.end + 1].isspace() and text[q.end + 1:q.end + 12].lower().startswith(after):
        m = _patterns().increment_after.match(text, q.end)
        if m is not None:
            return m.end()
    return q.end


def _the_parts_own_verb(text: str, right_from: int, right: list[_Cue]) -> list[_Cue]:
    """`Two of the wounded died in hospital`: the whole named by a cue word right after `of
    the` is the part's whole; a cue after it, the part's own verb, types the part."""
    of = _OF_DETERMINER.match(text, right_from)
    if of is None or right[0][0] != len(text[right_from:of.end()].split()):
        return right
    return right[1:]


_BRACKET_AFTER = Twin(regex.compile(r" \([^()]{0,60}\)"))  # an aside after a counted noun
_PART_OF_WHICH = Twin(regex.compile(r" of (?:whom|which|them)\b"))
_LABEL_DISTANCE = 0.5  # a label's own cue is as near as a cue right before the number; one right after is nearer


def _deed_done_to_a_count(text: str, pos: int) -> bool:
    """Whether the cue right after a counted noun is a verb whose object is another count:
    `200 fighters killed at least 40 villagers` (not `12 soldiers killed, 30 wounded`, nor
    `killed 3 days ago`)."""
    cue = _patterns().cue.search(text, pos)  # the first cue after the noun: the one at distance 0
    return cue is not None and _governs_a_count(text, cue.end())


def _attacks_an_object(text: str, pos: int) -> bool:
    """Whether the cue right after a counted noun is a verb of attack with an object: `200
    jihadists attacked their base` (not `12 villagers attacked in their fields`)."""
    cue = _patterns().cue.search(text, pos)
    return cue is not None and fold(cue.group()) in _attacking() \
        and _OBJECT_AFTER.match(text, cue.end()) is not None


@functools.cache
def _attacking() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["attacking"])


_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|their|its|his|her|our)\s", re.I)
_COUNT_MAY_START = re.compile(r"\s+(?:[0-9]|([A-Za-z]+))")


def _governs_a_count(text: str, pos: int) -> bool:
    """Whether a cue ending at `pos` is a verb with a count of its own as its object: `killed at
    least 40`, not `killed 3 days ago` nor `killed 14 km away`. In ASCII text the word after it
    must be a digit, a number word or a hedge's first word for the patterns to be tried."""
    p = _patterns()
    if text.isascii():
        if not text[pos:pos + 1].isspace():
            return False  # "killed,", "killed.": most cues end so, or before a word
        start = _COUNT_MAY_START.match(text, pos)
        word = start and start.group(1)
        if start is None or word and word.lower() not in _count_first_words():
            return False
    obj = _object_start_pattern().match(text, pos)
    number = obj and p.number.match(text, obj.end())
    return bool(number) and not (p.duration_after.match(text, number.end())
                                 or p.unit_after.match(text, number.end()))


@functools.cache
def _count_first_words() -> frozenset[str]:
    """The words a count may start with: number words, `a`, `an`, `half`, hedges' first words."""
    hedges = load_toml("numbers.toml")["hedges"]["before"]
    return _patterns().first_words | {h.split()[0].lower() for h in hedges}


@functools.cache
def _object_start_pattern() -> Twin:
    """Spaces, and a hedge, between a verb and the count it governs."""
    hedges = phrase_alternation(load_toml("numbers.toml")["hedges"]["before"])
    return Twin(regex.compile(rf"\s+(?:(?:{hedges})\s+)?", regex.I))


def _tally_risen_to(text: str, q: _Quantity, left: list[_Cue], allowed: set[str]) -> tuple[float, str] | None:
    """`The death toll in the strike on the school in Nuseirat has risen to 22`: the tally a
    number updates is the clause's subject, however far before the update phrase it stands: the
    first tally in the clause (`... in the old town of Nuseirat` names a place)."""
    tallies = [(distance, kinds & allowed) for distance, kinds, left_only in left if left_only and kinds & allowed]
    if not tallies or not _is_update(text, q.start):
        return None
    distance, kinds = tallies[0]
    return distance, _pick(kinds)


_Cue = tuple[float, frozenset[str], bool]  # distance in words (+ _PARTICIPLE_LAG), kinds, left only


@_per_sentence
def _cues_around(text: str, start: int, right_from: int) -> tuple[list[_Cue], list[_Cue], int]:
    """The cues in the clause before a number and after it (and where that clause ends): found
    once per number, though its kind is asked for more than once."""
    left_start = max(_clause_start(text, start), start - WINDOW_CHARS)
    right_end = min(_clause_end(text, right_from), right_from + WINDOW_CHARS)
    if right_end - right_from > BLANKED_ASIDE_CHARS and text.startswith(",", right_end) \
            and text[right_from:right_end].isspace():  # "five people, including a girl, were wounded":
        right_from = right_end + 1  # the aside blanked (`_asides_blanked`), the clause goes on past it
        right_end = min(_clause_end(text, right_from), right_from + WINDOW_CHARS)
    cue = _patterns().cue
    left = [_cue_in(text, m, len(text[m.end():start].split())) for m in cue.finditer(text, left_start, start)
            if m.group().lower() not in _named_noun_cues() or not _another_counts_noun(text, m, start)]
    right, cues_end = [], right_end
    if text.find(" of ", right_from, right_end) >= 0:  # "55 rockets, some of which were intercepted":
        part = _PARTITIVE.search(text, right_from, right_end)  # the part's cue, not the whole's
        cues_end = part.start() if part and not text[right_from:part.start()].isspace() else right_end
    for m in cue.finditer(text, right_from, cues_end):
        distance = _words_between(text, right_from, m.start())
        if distance and (_governs_a_count(text, m.end()) or _another_counts_own(text, right_from, m.start())):
            break  # "killed a soldier and two civilians and wounded four": the four's verb;
            # "1.2M people in need, 450K displaced": the 450K's
        if not distance and fold(m.group()) in _describing() and _word_after(text, m.end()) == "with":
            continue  # "9 vehicles equipped with heavy machine guns": what they are
        lags = (m.group().endswith("ing") and fold(m.group()) not in _adjectives_in_ing()
                or _BY_AFTER.match(text, m.end())) and _counted_noun_ends_at(text, m.start())
        right.append(_cue_in(text, m, distance + _PARTICIPLE_LAG * bool(lags)))
    return left, right, right_end


def _words_between(text: str, start: int, end: int) -> int:
    """The words between a count and a cue after it, but for how badly people were hurt or when
    (`40 were seriously injured` is as near as `40 were injured`), and for scare quotes."""
    words = text[start:end].split()
    if '"' in text[start:end]:
        words = [word for word in words if word.strip('"')]  # `had been "executed"`: a quote mark is no word
    if "ly" in text[start:end]:
        return sum(fold(word) not in _degree_adverbs() for word in words)
    return len(words)


@functools.cache
def _degree_adverbs() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["degrees"]["adverbs"])


def _another_counts_own(text: str, right_from: int, pos: int) -> bool:
    """A cue at `pos` right after a count set off by a comma or semicolon from the number
    before it: that count's own (`1.2M people in need, 450K displaced`); but a whole's cue is
    its part's too (`Two of the four hostages were freed`). A count of no number before `more`
    owns its cue too (`..., with dozens more injured`, `and many more were wounded`)."""
    return (_number_just_before(text, pos) or _vague_count_just_before(text, pos)) \
        and _LIST_BREAK.search(text, right_from, pos) is not None


def _vague_count_just_before(text: str, pos: int) -> bool:
    """Whether `more` after a share's word (figures.toml [shares]: dozens, many, several ...)
    ends right before `pos`, but for an auxiliary."""
    words = text[max(0, pos - VAGUE_COUNT_CHARS):pos].lower().split()
    if words and words[-1] in _share_words()["auxiliaries"]:
        words = words[:-1]
    return len(words) > 1 and words[-1] == "more" and words[-2] in _share_words()["shares"]


VAGUE_COUNT_CHARS = 30  # "thousands more were" fits


@functools.cache
def _share_words() -> dict[str, frozenset[str]]:
    tables = load_toml("figures.toml")
    return {"shares": frozenset(tables["shares"]["words"]), "auxiliaries": frozenset(tables["clauses"]["auxiliaries"])}


_LIST_BREAK = re.compile(r"[,;]\s")  # not the comma in "10,000"


BLANKED_ASIDE_CHARS = 10  # `, including a` and more: a run of blanks no text has


@functools.cache
def _adjectives_in_ing() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["adjectives_in_ing"])


@functools.cache
def _describing() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["describing"])


def _another_counts_noun(text: str, m: regex.Match, start: int) -> bool:
    """`killing 21 hostages and four soldiers`: `hostages` is what the 21 counts, no cue for
    the count listed after it (at `start`)."""
    return _LIST_GAP.fullmatch(text, m.end(), start) is not None and _number_just_before(text, m.start())


@functools.cache
def _named_noun_cues() -> frozenset[str]:
    """The cue words that are nouns naming what befell the people counted (`hostages`)."""
    return frozenset(cue for cue in _lexicon().cue_kinds if singular(cue) in _NAMED_NOUNS)


# A cue after the number followed by `by` or `from` describes its noun (`7 drones launched by
# rebels`, `18 drones launched from rebel-held areas`),
# and so does a present participle (`wounded 31 people sheltering there`): it binds a little
# less than a verb as near before the number (`downed 7 drones`); after an auxiliary it is the
# verb (`14 civilians were injured by the shelling`).
_PARTICIPLE_LAG = 0.5
_BY_AFTER = re.compile(r"\s+(?:by|from)\b", re.I)


def _counted_noun_ends_at(text: str, pos: int) -> bool:
    """Whether the word before `pos` is a noun, not the number (`6 missing`: an adjective) nor
    a word that ends a noun phrase (`4 more went missing`: a verb's)."""
    words = text[max(0, pos - 20):pos].split()
    return bool(words) and fold(words[-1]) not in _noun_phrase_words()[0] and not _number_just_before(text, pos)


def _number_just_before(text: str, pos: int) -> bool:
    """Whether the word right before `pos` is a number, in digits, words or with its scale
    abbreviated (`21 hostages`, `450K displaced`)."""
    words = text[max(0, pos - 20):pos].split()
    if not words:
        return False
    last = words[-1]
    stem = last.rstrip(string.ascii_letters)
    return stem[-1:].isdigit() and (stem == last or last[len(stem):].lower() in _lexicon().scale_abbreviations) \
        or parse_number_words(last) is not None


def _cues_beyond(text: str, right_from: int, right_end: int) -> list[_Cue]:
    """The cues past the clause after a number, where that clause has no verb of its own
    (`Two sisters, both aged 14, died`), up to twice the window, and before a part of it
    (`40 rockets, most of which were intercepted`: the part's cue types no number) or a
    statement of another number (`which has 11,000 troops, said 13 peacekeepers had been
    killed`; but `200 people, including 10 civilians, were killed`); a cue with a count of its
    own types that one (`floods affected 562,000 people, killing 57`). A part closed by a comma
    before any cue of its own is an aside (`40 people, many of them children, were killed`):
    the cues past it are the whole's. A semicolon ends the search (`300 men held the ridge;
    120 were killed`: the 300 are not)."""
    if _auxiliary().search(text, right_from, right_end):
        return []  # "17 million people were facing hunger, and looters had stolen food"
    end = right_from + 2 * WINDOW_CHARS
    semicolon = text.find(";", right_end, end)
    end = end if semicolon < 0 else semicolon
    part = _PARTITIVE.search(text, right_end, end)
    aside = None
    if part:
        closing = text.find(",", part.end(), end)
        if closing >= 0 and next(_patterns().cue.finditer(text, part.end(), closing), None) is None:
            aside = (part.start(), closing)
        else:
            end = part.start()
    statement = _statement_verb().search(text, right_end, end)
    if statement:
        number = _patterns().number.search(text, statement.end(), end)
        end = number.start() if number else end
    return [_cue(m, len(text[right_from:m.start()].split()))
            for m in _patterns().cue.finditer(text, right_end, end)
            if (aside is None or not aside[0] <= m.start() < aside[1]) and not _governs_a_count(text, m.end())
            and not _another_counts_own(text, right_from, m.start()) and not _tells_a_change(text, m)]


@functools.cache
def _auxiliary() -> Twin:
    words = load_toml("figures.toml")["clauses"]["auxiliaries"]
    return Twin(regex.compile(rf"\b(?:{phrase_alternation(words)})\b", regex.I))


@functools.cache
def _statement_verb() -> regex.Pattern:
    words = load_toml("figures.toml")["statement_verbs"]["words"]
    return regex.compile(rf"\b(?:{phrase_alternation(words)})\b", regex.I)


_PARTITIVE = Twin(regex.compile(r"\bof\s+(?:which|whom|them|those)\b", regex.I))


def _cue(m: regex.Match, distance: float) -> _Cue:
    return distance, *_cue_meaning(m.group())


def _cue_in(text: str, m: regex.Match, distance: float) -> _Cue:
    """A cue in a number's clause. `town of` types only the number right after it; an attack
    named as a noun after a determiner (`the toll from the strike rose to 45`) names the
    event: it counts no attacks."""
    kinds, left_only, adjacent_only, attack_noun = _cue_traits(m.group())
    if distance and adjacent_only:
        return distance, frozenset(), left_only  # "the toll in the town of Nuseirat rose to 22"
    if kinds and m.group()[:1].isupper() and _part_of_a_name(text, m.start()):
        return distance, frozenset(), left_only  # "the Association for Political Prisoners"
    if attack_noun and _DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        kinds = kinds - {"attacks"}
    if kinds and _tells_a_change(text, m):
        return distance, frozenset(), left_only  # "were down from 40": a value fell, nothing downed
    return distance, kinds, left_only


def _tells_a_change(text: str, m: regex.Match) -> bool:
    """A cue word that tells how a value changed: `down` before `from`, `to` or `by`, and the
    words of a comparison (`down from 1,900`, `up from 180`: the `from` sends nothing)."""
    word = fold(m.group())
    if word in _value_changes()["down"] and _word_after(text, m.end()) in _value_changes()["down_after"]:
        return True
    if word not in _comparison_words():
        return False
    compared = _any_earlier_value().search(text, max(0, m.start() - EARLIER_VALUE_WINDOW_CHARS), m.end() + 20)
    return compared is not None and compared.start() <= m.start() < compared.end()


@functools.cache
def _comparison_words() -> frozenset[str]:
    return frozenset(w for phrase in load_toml("figures.toml")["comparisons"]["before"] for w in phrase.split())


@functools.lru_cache(maxsize=4096)
def _cue_traits(phrase: str) -> tuple[frozenset[str], bool, bool, bool]:
    """A cue's kinds, whether it counts only before its number, only right before it, and
    whether it is an attacks cue that is an attack's noun: the same few phrases recur."""
    kinds, left_only = _cue_meaning(phrase)
    return kinds, left_only, _types_only_the_next_number(phrase), "attacks" in kinds and _is_attack_noun(phrase)


@functools.lru_cache(maxsize=1024)
def _types_only_the_next_number(phrase: str) -> bool:
    return fold(_squash(phrase)) in load_toml("figures.toml")["adjacent_cues"]["phrases"]


@functools.lru_cache(maxsize=1024)
def _is_attack_noun(phrase: str) -> bool:
    return _lexicon().noun_class.get(singular(fold(_squash(phrase)))) == "attack"


_DETERMINER_BEFORE = Twin(regex.compile(r"\b(?:the|an?|this|that|its|their)\s+$", regex.I))


def _part_of_a_name(text: str, start: int) -> bool:
    """A capitalised cue after a capitalised word (across `for`, `of`, `the`) is a word of an
    institution's name (`the Committee for the Missing`), unless the sentence is a Title Case
    headline, where every word is capitalised (`Four Soldiers Killed in Kora`)."""
    return bool(_name_before_pattern().search(text, max(0, start - 60), start)) \
        and bool(_PROSE.search(text))


@functools.cache
def _name_before_pattern() -> Twin:
    joiners = phrase_alternation(load_toml("figures.toml")["names"]["joiners"])
    return Twin(regex.compile(rf"\b\p{{Lu}}[\p{{L}}'-]*\s+(?:(?:{joiners})\s+)*$"))


# Prose, not a Title Case headline: two lower-case words of five letters or more (a headline
# lower-cases at most a short preposition or two).
_PROSE = Twin(regex.compile(r"\b\p{Ll}{5,}\b(?:.|\n)*?\b\p{Ll}{5,}\b"))


@functools.lru_cache(maxsize=4096)
def _cue_meaning(phrase: str) -> tuple[frozenset[str], bool]:
    """A cue's kinds, and whether it counts only before its number: the same few phrases recur."""
    left_only = fold(phrase) in _LEFT_ONLY_CUES or _types_only_the_next_number(phrase)
    return _lexicon().cue_kinds[fold(_squash(phrase))], left_only


_LEFT_ONLY_CUES = frozenset({"population", "pre-war population", "prewar population", "toll",
                             "death toll", "home to"})
_KIND_PREFERENCE = ("killed", "wounded", "captured", "missing", "displaced", "casualties",
                    "intercepted", "downed", "recovered", "targeted", "destroyed", "attacks",
                    "supplied", "population", "equipment", "money", "other")


@functools.cache
def _pick(kinds: frozenset[str]) -> str:
    return next(k for k in _KIND_PREFERENCE if k in kinds)


@_per_sentence
def _clause_start(text: str, pos: int) -> int:
    start = max(0, pos - WINDOW_CHARS)
    if not _CLAUSE_CHAR.search(text, start, pos):
        return start  # no break ends before the number
    for m in _CLAUSE_BREAK.finditer(text, start, pos + 40):  # its lookahead must see past pos
        if m.end() > pos:
            break
        start = m.end()
    return start


@_per_sentence
def _clause_end(text: str, pos: int) -> int:
    has_break = _CLAUSE_CHAR.search(text, pos, pos + WINDOW_CHARS)
    m = _CLAUSE_BREAK.search(text, pos, pos + WINDOW_CHARS) if has_break else None
    return m.start() if m else min(len(text), pos + WINDOW_CHARS)


_CLAUSE_CHAR = re.compile(r"[;:()\[\],-]")  # one of them is in every clause break: a cheap scan


def _actor(q: _Quantity, text: str) -> str | None:
    lex = _lexicon()
    country = _group_in_noun_words(q.noun_words) or _side_in_noun_words(q.noun_words)
    if country:
        return country
    window = max(0, q.start - 30)
    m = None if _no_capital_in(text, window, q.start) else _POSSESSOR_BEFORE.search(text, window, q.start)
    if m and fold(m.group(1)) in lex.demonyms:
        return lex.demonyms[fold(m.group(1))]
    near = text.startswith(" of ", q.end) or text.find("lost", max(0, q.start - 16), q.start) >= 0
    if near and _is_own_loss(q, text):  # the words gate the patterns
        return _side_named_before(text, q.start)
    if q.lender is not None and q.lender.side is not None and not _object_of_a_cue(text, q):
        return q.lender.side  # "Kora said 19 of its soldiers were killed and 40 wounded"
    return None


def _object_of_a_cue(text: str, q: _Quantity) -> bool:
    """A count right after a cue is its verb's object (`it lost 12 soldiers and killed 40`):
    the side of the count before need not be its."""
    left, _, _ = _cues_around(text, q.start, q.noun_end or q.end)
    return any(distance == 0 for distance, _, _ in left)


def _is_own_loss(q: _Quantity, text: str) -> bool:
    """`it lost 3 soldiers`, `7 of its soldiers`: a count of the speaker's own side."""
    own = _own_loss_patterns()
    return (own.of.match(text, q.end) is not None
            or own.before.search(text, max(0, q.start - 20), q.start) is not None)


def _side_named_before(text: str, end: int) -> str | None:
    """The country of the people's adjective, or of the country's possessive or subject, named
    last before `end`; or the armed group that is the subject: a known one's side (people.toml:
    `the RSF said it lost 20 fighters`), else an acronym's or a group's name as written (`the
    Kora Liberation Army said it lost 14 fighters`)."""
    lex, own = _lexicon(), _own_loss_patterns()
    for m in reversed(list(_CAPITALISED.finditer(text, 0, end))):
        word = fold(m.group(1))
        if word in lex.demonyms:
            return lex.demonyms[word]
        subject = bool(m.group("possessive") or own.subject_verb.match(text, m.end()))
        country = _country_ending_at(text, m.start(), word) if subject else None
        if country:
            return country
        if subject and (group := _group_named_at(text, m.start(), m.end(1))):
            return group
    return None


def _country_ending_at(text: str, start: int, word: str) -> str | None:
    """The country whose name ends in the capitalised `word` at `start`, its longest name
    (`South Africa`, `Central African Republic`, not the continent `Africa`)."""
    words = [fold(w) for w in text[max(0, start - 40):start].split()[-2:]]
    for n in range(len(words), -1, -1):
        country = _countries().get(" ".join([*words[len(words) - n:], word]))
        if country:
            return country
    return None


def _group_named_at(text: str, start: int, end: int) -> str | None:
    """The side of the armed group or institution whose name ends at `end`, at the word at
    `start`: a known one's side (its country where the side names a people: `Sudanese Armed
    Forces` is Sudan's), else the name of an acronym (`ELN`) or of capitalised words that end
    in a group's head word (`Kora Liberation Army`), without a leading `The`."""
    words = text[max(0, start - 60):end].split()
    known = _group_sides()
    for n in range(min(len(words), MAX_GROUP_WORDS), 0, -1):
        side = known.get(fold(" ".join(words[-n:])))
        if side is not None:
            return side
    word = words[-1] if words else ""
    if len(word) > 1 and word.isupper() and word.isalnum():
        return word
    if fold(word) not in _own_loss_group_heads():
        return None
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))[::-1]
    while name and fold(name[0]) in ("the", "a"):
        name = name[1:]
    return " ".join(name) if len(name) > 1 else None


MAX_GROUP_WORDS = 6  # the longest group's name looked up


@functools.cache
def _group_sides() -> dict[str, str]:
    """Every institution of people.toml with a side, by its folded name and aliases: the side,
    or the country of a people's adjective or country in it (`Sudanese Armed Forces`)."""
    sides = {}
    for entry in load_toml("people.toml").get("institution", []):
        side = entry.get("side")
        if not side:
            continue
        words = tuple(side.split())
        country = _countries().get(fold(side)) or _side_in_noun_words(words)
        for name in [entry["name"], *entry.get("aliases", [])]:
            sides.setdefault(fold(name), country or side)
    return sides


def _group_in_noun_words(words: tuple[str, ...]) -> str | None:
    """The side of a known armed group named before the counted noun (`nine Taliban
    fighters`, `40 Hamas militants`): capitalised words, one or two, people.toml's."""
    if len(words) < 2 or not words[-2][:1].isupper():
        return None  # most counts: a bare noun or a lower-case adjective before it
    sides = _group_sides()
    for n in (2, 1):
        name = words[-1 - n:-1]
        if len(name) == n and all(w[:1].isupper() for w in name):
            side = sides.get(fold(" ".join(name)))
            if side:
                return side
    return None


@functools.cache
def _own_loss_group_heads() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["own_losses"]["group_heads"])


@dataclass(frozen=True)
class _OwnLossPatterns:
    before: regex.Pattern
    of: regex.Pattern
    subject_verb: regex.Pattern


@functools.cache
def _own_loss_patterns() -> _OwnLossPatterns:
    own = load_toml("figures.toml")["own_losses"]
    before, of = phrase_alternation(own["before"]), phrase_alternation(own["of"])
    return _OwnLossPatterns(regex.compile(rf"\b(?:{before})\s+$", regex.I),
                            regex.compile(rf"\s+(?:{of})\b", regex.I),
                            regex.compile(rf"\s+(?:{phrase_alternation(own['subject_verbs'])})\b"))


@functools.cache
def _countries() -> dict[str, str]:
    """Every country of demonyms.csv by its folded name: `Ukraine's army` names its side."""
    return {fold(country): country for country in _lexicon().demonyms.values()}


_CAPITALISED = regex.compile(r"\b(\p{Lu}[\p{L}\p{N}]+)(?P<possessive>['\u2019]s)?\b")  # `M23` too


@functools.lru_cache(maxsize=4096)  # the same few noun phrases recur
def _side_in_noun_words(words: tuple[str, ...]) -> str | None:
    """The country of the first people's adjective among the counted noun's words, two words
    before one (`South African troops`); none inside an organisation's name (`African Union
    troops`): its members are no side of the continent."""
    demonyms, organisations, pair_firsts = _lexicon().demonyms, _organisations(), _demonym_pair_firsts()
    folded = [fold(w) for w in words]
    i = 0
    while i < len(folded):
        word = folded[i]
        skip = _organisation_length(folded, i) if word in organisations else 0
        if skip:
            i += skip
            continue
        pair = f"{word} {folded[i + 1]}" if word in pair_firsts and i + 1 < len(folded) else None
        if pair in demonyms:
            return demonyms[pair]
        if word in demonyms:
            return demonyms[word]
        i += 1
    return None


@functools.cache
def _demonym_pair_firsts() -> frozenset[str]:
    """The first words of the demonyms of two words (`south` of `south african`)."""
    return frozenset(d.split()[0] for d in _lexicon().demonyms if len(d.split()) == 2)


def _organisation_length(folded: list[str], i: int) -> int:
    """How many words of an organisation's name start at word i (0: none)."""
    for name in _organisations().get(folded[i], ()):
        if tuple(folded[i:i + len(name)]) == name:
            return len(name)
    return 0


@functools.cache
def _organisations() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The organisations' names as words, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in load_toml("figures.toml")["organisations"]["names"]:
        by_first.setdefault(name.split()[0], []).append(tuple(name.split()))
    return {first: tuple(names) for first, names in by_first.items()}


def _period_phrases(text: str) -> list[tuple[int, int, str]]:
    """Every period phrase of a sentence, in order: (start, end, period)."""
    p, periods = _patterns(), _lexicon().periods
    found = [(m.start(), m.end(), periods[fold(_squash(m.group()))])
             for m in p.period.finditer(text) if not _is_duration(text, m.start(), m.end())]
    found += [(m.start(), m.end(), "cumulative")  # "since 2022"
              for m in p.since_date.finditer(text)]
    found = [phrase for phrase in found if not _compares_a_record(text, phrase)]
    found.sort()
    if any(period == _SAME_PERIOD for _, _, period in found):
        found = _same_periods_resolved(found)
    return found


def _compares_a_record(text: str, phrase: tuple[int, int, str]) -> bool:
    """`the highest toll since March`, `the deadliest attack since the war began`, `the
    deadliest day for the force this year`: a record the phrase measures against, no running
    total."""
    start, _, period = phrase
    if period != "cumulative":
        return False
    before = text[max(0, start - 50):start].rsplit(",", 1)[-1].lower().split()[-6:]
    return any(word in _SUPERLATIVES or f"{word} {after}" in _SUPERLATIVES  # "the most", not "at most"
               for word, after in zip(before, [*before[1:], ""]))


_SUPERLATIVES = frozenset(load_toml("figures.toml")["period_compared"]["superlatives"])
_SAME_PERIOD = "same"  # figures.toml [periods] same: the period of the phrase before


def _same_periods_resolved(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`in the same period` has the period of the phrase before it (`800 killed over the past
    24 hours ..., and that three tanks were destroyed in the same period`); none without one."""
    resolved, last = [], None
    for start, end, period in found:
        if period == _SAME_PERIOD:
            period = last
        if period is not None:
            resolved.append((start, end, period))
            last = period
    return resolved


def _is_duration(text: str, start: int, end: int) -> bool:
    """A period phrase that says how long, or when, not how often: `for a month`, `a week
    ago`, `a week-long truce`; or no period at all: `in all directions`."""
    if text.startswith("-", end):
        return True
    before, after = text[max(0, start - 12):start].split()[-1:], text[end:end + 12].split()[:1]
    words = _period_duration_words()
    return bool(before and fold(before[0]) in words["before"]
                or after and fold(after[0].strip(",.;:")) in words["after"]
                or text[end:end + 1] == " " and text[end + 1:end + 2].isalnum()
                and fold(_squash(text[start:end])) in words["not_before_a_word"])


def _another_count_set_off(text: str, q: _Quantity, phrase_start: int, quantities: list[_Quantity]) -> bool:
    """Whether a count stands between a number and a period phrase after it, set off from the
    number by a comma that lists nothing: the phrase is then that count's (but not a part
    aside: `killed 492 people, including 35 children, in a single day`)."""
    end = q.noun_end or q.end
    for other in quantities:
        if end <= other.start < phrase_start:
            if ("," in text[end:other.start] and not _LIST_GAP.fullmatch(text, end, other.start)
                    and not _INCLUDING_BEFORE.search(text, max(0, other.start - 20), other.start)):
                return True
            end = other.noun_end or other.end
    return False


def _opens_a_later_counts_clause(text: str, phrase_end: int, quantities: list[_Quantity]) -> bool:
    """Whether a period phrase past a comma leads on to a count of its own clause, with no
    comma between (`62 were killed in Kora, and the toll since the war began rose to 410`):
    the phrase is that count's, not the earlier one's."""
    later = next((other for other in quantities if other.start >= phrase_end), None)
    return later is not None and "," not in text[phrase_end:later.start]


def _another_counts_part(between: str) -> bool:
    """Whether the text between a number and a period phrase after it holds a part of another
    count, which the phrase is then the period of (`600 people were killed, 200 of them in the
    past week`; but `40 people, most of them children, in the past day`)."""
    part = _PARTITIVE.search(between)
    if part is None:
        return False
    before = between[:part.start()].split()
    return bool(before) and _patterns().number.fullmatch(before[-1]) is not None


def _clause_turn(text: str, start: int, end: int) -> bool:
    """Whether a new statement starts between two points (`, and that`, `, while`, `, adding`,
    `officials said 300`, `, bringing the toll to`): a period phrase on one side is not the
    period of a number on the other (`25,000 fled in the past week, and that 3,000 homes ...`).
    A statement verb before a comma or semicolon ends the statement before it (`..., the air
    force said; 23 were shot down`)."""
    if start >= end:
        return False
    segment = text[start:end].lower()
    return any(p in segment for p in _clause_turn_gate()) \
        and _clause_turn_pattern().search(text, start, end) is not None


@functools.cache
def _clause_turn_gate() -> tuple[str, ...]:
    """What text holding a clause turn must hold: a comma, or the start of a word of one (the
    search is spared most spans)."""
    words = load_toml("figures.toml")["period_clause_turns"]["before_a_word"]
    return (",", *sorted({w.lower()[:4] for w in words}))


def _fronted(text: str, start: int, end: int) -> bool:
    """A period phrase before any number of its sentence (`Over the past week, 12 drones ...
    and 40 attacks ...`) sets the period of all of them; not one that closes a clause a comma
    turns from (`the second ship sunk in a week, after an attack that killed 4`)."""
    return _patterns().number.search(text, 0, start) is None \
        and not (text.startswith(",", end) and _clause_turn_pattern().match(text, end))


@functools.cache
def _clause_turn_pattern() -> regex.Pattern:
    turns = load_toml("figures.toml")["period_clause_turns"]
    return regex.compile(rf",\s*(?:and\s+)?(?:{phrase_alternation(turns['after_comma'])})\b"
                         rf"|\b(?:{phrase_alternation(turns['before_a_word'])})\b(?!\s*[,;:.])", regex.I)


@functools.cache
def _period_not_past() -> tuple[str, ...]:
    return tuple(f"{w} " for w in load_toml("figures.toml")["period_not_past"]["words"])


@functools.cache
def _period_duration_words() -> dict[str, frozenset[str]]:
    durations = load_toml("figures.toml")["period_durations"]
    return {side: frozenset(words) for side, words in durations.items()}


def _period(phrases: list[tuple[int, int, str]], q: _Quantity, text: str, kind: str,
            quantities: list[_Quantity]) -> str | None:
    """The period phrase nearest the number: `710 over the past day ... 110,250 since the start`.
    An increment (`a further 312`) is no cumulative total, whatever phrase is near; nor is a
    population, a count of who is somewhere now (`2,000 trapped in a town besieged since
    April`): a state does not run up. A phrase past a semicolon dates the statement it starts,
    not the figures before it (`needs are $2.6bn; so far $600m has been received`), though one
    before carries on (`launched 31 drones overnight; 23 were shot down`). One past a new total
    is the total's (`21 people on Sunday, bringing the toll since October to 2,464`), and so is
    one past another count set off by a comma (`fired two missiles at a tanker, the latest of
    100 attacks since November`)."""
    after = bisect.bisect_left(phrases, (q.start,))
    candidates = []
    if after > 0:  # the closest phrase that starts before the number
        start, end, period = phrases[after - 1]
        if not _clause_turn(text, end, q.start) or _fronted(text, start, end):
            candidates.append((max(0, q.start - end), period))
    for start, end, period in phrases[after:after + 2]:
        between = text[q.noun_end or q.end:start]
        if (";" not in between and not any(w in between for w in _period_not_past())
                and not _clause_turn(text, q.noun_end or q.end, start)
                and not (" of " in between and _another_counts_part(between))
                and not ("," in between and _another_count_set_off(text, q, start, quantities))
                and not ("," in between and _opens_a_later_counts_clause(text, end, quantities))):
            candidates.append((max(0, start - (q.noun_end or q.end)), period))
    period = min(candidates)[1] if candidates else None
    if period == "cumulative" and (kind == "population" or _patterns().increment_before.search(
            text, max(0, q.start - 20), q.start)):
        return None
    return period


def _without_rates_of_sums(text: str, phrases: list[tuple[int, int, str]],
                          quantities: list[_Quantity]) -> list[tuple[int, int, str]]:
    """The period phrases but a rate right after a sum of money (`at a cost of $30 billion a
    year`, `needs $400 million a month to feed 3 million`): what the money runs at, no period
    of the counts around."""
    sums_end = {o.end for o in quantities if o.currency}
    if not sums_end:
        return phrases
    return [(start, end, period) for start, end, period in phrases
            if period == "cumulative" or not any(text[e:start].isspace() or e == start
                                                 for e in sums_end if e <= start)]


# -- the extractor ----------------------------------------------------------------------------

def extract_figures(sentence: str) -> list[Figure]:
    """Every figure in one sentence, in order of appearance."""
    if not _may_hold_a_number(sentence):
        return []
    _forget_sentence()
    labelled = _may_hold_labels(sentence)
    numbered = "umber" in sentence or "otal" in sentence  # asked once: a run-on sentence is long
    quantities: list[_Quantity] = []
    parts: list[_Quantity] = []  # "10 of the 36 hospitals": the noun comes with the whole
    for q in _find_quantities(sentence):
        if _not_a_figure(sentence, q):
            continue
        if quantities and _is_conversion(sentence, quantities[-1], q):
            continue
        if not (q.currency or q.unit):
            _counted_noun(sentence, q)
            if labelled:
                _read_label(sentence, q)
            _noun_from_tally(sentence, q)
            named = _noun_after_its_verb(sentence, q) if q.noun is None else None
            if named:  # "of whom 13 were children", "Of these, some 3.2 million are children"
                q.noun, q.noun_words, q.noun_end = named
            if q.noun is None and sentence[q.start - 2:q.start] == ", ":
                _noun_set_off_before(sentence, q)
            if q.noun is None and numbered:
                _noun_before_numbering(sentence, q)
            if q.noun is None and sentence.endswith(("to ", "from "), max(0, q.start - 5), q.start):
                _subject_of_a_change(sentence, q)
            if _announces_a_list(sentence, q) or _points_back(sentence, q) or _names_bearings(sentence, q):
                continue
            if q.noun and _counts_the_sources(sentence, q):
                continue
            if q.noun is None and quantities and _is_an_earlier_value(sentence, q):
                q.earlier = True  # "climbed to 267, officials said, up from 180": whatever the gap
                start = _subset_start(sentence, quantities, len(quantities) - 1)
                compared = quantities[start - 1] if start else quantities[-1]  # past its parts
                q.noun, q.noun_words = compared.noun, compared.noun_words
            age = q.noun is None and _is_age(sentence, q)
            if q.noun is None and quantities and not age and not _PART_OF_A_NUMBER.match(sentence, q.end):
                quantities.append(q)  # for the borrowing only (no copy: a run-on list is no slower per count)
                _borrow_nouns(sentence, quantities, len(quantities) - 1)  # "139,080 troops ..., including 790"
                quantities.pop()
                # (a part, "14 of 18 states", takes its whole's noun once the whole is read)
            if q.noun is None and not q.earlier and (not _has_cue(sentence, q) or age):
                if age or not _PART_OF_A_NUMBER.match(sentence, q.end):
                    continue
                parts.append(q)
            if q.from_words and fold(q.raw) in ("one", "a", "an") and _one_is_pronoun(sentence, q):
                continue
        quantities.append(q)
    items = _list_items(sentence, quantities)
    if items:
        listed = {id(item) for item in items}
        quantities = sorted([*quantities, *items], key=lambda q: q.start)
        quantities = [q for i, q in enumerate(quantities)  # "Two civilians, a woman and her son,"
                      if not (i and id(q) in listed and _names_a_member(sentence, quantities[i - 1], q))]
    _borrow_nouns(sentence, quantities)
    if parts:
        quantities = [q for q in quantities if q.noun or all(q is not part for part in parts)]
    figures: list[Figure] = []
    periods = _period_phrases(sentence) if quantities else []
    unpriced = _without_rates_of_sums(sentence, periods, quantities)  # the periods of counts other than sums
    kinds_text = _asides_blanked(sentence) if "ncluding" in sentence else sentence
    fronted = _has_a_fronted_whole(sentence, quantities)  # "Of the 40 missiles, 34 were downed"
    listed = _listed_parts(sentence, quantities)  # "including 7 women and 15 children"
    lowered = sentence.lower()
    for i, q in enumerate(quantities):
        cls = _weighed_class(sentence, q) if q.unit else _class_of(q.noun)
        if q.noun in _PERSON_SENSES and any(w in lowered for w in _PERSON_SENSES[q.noun]):
            cls = "person"  # "the two bombers were wearing explosive vests"
        previous = figures[-1] if figures else None
        kind = _kind(kinds_text, q, cls, previous)
        update = _is_update(sentence, q.start)
        if _is_total_of(sentence, q, figures) and not _names_what_befell(sentence, q):
            kind = "attacks" if cls == "munition" else "population" if _owned_people(sentence, q, figures) else "other"
        elif _is_a_shares_whole(sentence, q, figures) or fronted and i == 0:
            kind = _kind_of_a_whole(sentence, q, cls)
        elif previous is not None and (listed_kind := _list_kind(kinds_text, figures, q, cls)):
            kind = listed_kind  # "destroyed 3,280 tanks, 6,480 armoured vehicles and 300 aircraft"
        elif previous is not None and (update or q.earlier or _restates_the_count_before(sentence, q)) \
                and _may_share_the_kind(sentence, previous, q, cls):
            kind = previous.kind  # a running total: "20,000 fled ..., taking the total to 150,000"
        if q.noun in _repetitions():
            if kind != "attacks":
                continue  # "three times as many", "visited Kora twice": no count of a thing
            q.noun = "attack"  # "attacked 45 times": 45 attacks
        period = _period(periods if q.currency else unpriced, q, sentence, kind, quantities) \
            or _span_period(sentence, q)
        part = listed[i] and not (i and listed[i - 1] and previous is not None and previous.kind != kind)
        # "87 were killed, including 17 children, and more than 400 were wounded": no part
        fronted_part = fronted and (i == 1 or i > 1 and figures[-1].part and previous.kind == kind
                                    and _next_in_a_list(sentence, quantities[i - 1], q))
        update = update or _risen_with(sentence, previous, q, kind)
        figures.append(_figure(sentence, q, kind, period, update, fronted_part or part, i == 0))
        figures += _daily_change(sentence, q, figures[-1])
    if len(figures) > 2:
        _share_the_verb_after_a_list(sentence, figures)
    return no_increments_after_other_kinds(figures) if len(figures) > 1 else figures


def _risen_with(text: str, previous: Figure | None, q: _Quantity, kind: str) -> bool:
    """Whether a toll of another kind told beside a toll that rose is the toll it rose with:
    `the toll has risen to six dead, with 15 wounded`, `rose to 40 killed and 120 injured`;
    not one with a verb of its own (`rose to 40, and 12 soldiers were captured`)."""
    return previous is not None and previous.update and kind != previous.kind \
        and kind in TOLL_KINDS and previous.kind in TOLL_KINDS \
        and _BESIDE_A_RISEN_TOLL.fullmatch(text, previous.end, q.start) is not None \
        and _OWN_AUXILIARY.match(text, q.noun_end or q.end) is None


_BESIDE_A_RISEN_TOLL = re.compile(r",?\s+(?:and|with)\s+")
_OWN_AUXILIARY = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)


def _weighed_class(text: str, q: _Quantity) -> str | None:
    """The class of the munitions or arms a weight is of (`dropped 700 tons of bombs`, `seized
    2 tonnes of explosives`), whose cues type it as they would a count of them; else None."""
    weights = _KIND_TABLES["weights"]
    if q.unit[1] not in weights["units"] or not text.startswith(" of ", q.end):
        return None
    weighed = _Quantity(q.end + 4, q.end + 4, 0, 0, False)
    _counted_noun(text, weighed)
    cls = _class_of(weighed.noun)
    return cls if cls in weights["classes"] else None


def _share_the_verb_after_a_list(text: str, figures: list[Figure]) -> None:
    """`651 aircraft, 283 helicopters, 32,470 drones and 18,986 tanks have been destroyed`: the
    kind the list's last count takes from the verb after it is every count's in the list that
    has only its class's default, however long the list (the verb lies past the cue window)."""
    last = len(figures) - 1
    while last > 0:
        first = last
        while first > 0 and _LIST_GAP.fullmatch(text, figures[first - 1].end, figures[first].start):
            first -= 1
        kind = figures[last].kind
        if first < last and kind != _CLASS_DEFAULT.get(_class_of(figures[last].what), "other"):
            for i in range(first, last):
                cls = _class_of(figures[i].what)
                if figures[i].kind == _CLASS_DEFAULT.get(cls, "other") and kind in _CLASS_KINDS.get(cls, ()):
                    figures[i] = replace(figures[i], kind=_cue_kind(kind, cls))  # people destroyed are killed
        last = first - 1


def leaves_out_its_noun(f: Figure) -> bool:
    """Whether a figure's wording is only its number (`kills 30` in a headline), the noun
    it counts being taken for granted."""
    number = f.text[len(f.qualifier):].strip() if f.qualifier and f.text.startswith(f.qualifier) else f.text
    return parse_digits(number) is not None or parse_number_words(number) is not None


def table_row_figures(row: str, header: str) -> list[Figure]:
    """Figures of a Markdown table's data row: each cell of a number counts what its column's
    header names (`| Lomi | 42 | 118 |` under `| Province | Killed | Injured |`: 42 killed and 118
    wounded), read as a label and its value (`Killed: 42`); the figure spans the cell, its text
    says both."""
    cells, heads = table_cells(row), table_cells(header)
    if not cells or not heads or len(cells) != len(heads):
        return []
    figures = []
    for (start, end), (head_start, head_end) in zip(cells[1:], heads[1:]):
        cell, head = row[start:end], header[head_start:head_end]
        if not cell or len(cell.split()) > MAX_CELL_WORDS or not any(c.isdigit() for c in cell):
            continue
        phrase = f"{head}: {cell}" if head else cell
        found = [f for f in extract_figures(phrase) if f.end > len(phrase) - len(cell)]
        if found:
            what = found[0].what or _things_counted_before(figures)  # "| Missiles fired | Intercepted |"
            figures.append(replace(found[0], what=what, text=phrase, start=start, end=end))
    return figures


def _things_counted_before(figures: list[Figure]) -> str:
    """What the cell before counts, for a cell whose column names only a deed (`Intercepted`
    after `Missiles fired`), where that is things; else nothing."""
    previous = figures[-1].what if figures else ""
    return previous if _class_of(previous) in ("munition", "equipment", "structure", "attack") else ""


MAX_CELL_WORDS = 3
"""`12,500`, `about 1.2 million`: a cell of more words is a sentence of its own, no figure."""


def no_increments_after_other_kinds(figures: list[Figure], before: Sequence[Figure] = ()) -> list[Figure]:
    """`12 were killed and another 30 wounded`: after tolls of other kinds only (in the
    sentence, or in `before`, the report's figures before it), `another` says other people,
    not more of a toll given before; after one of the same kind (`another 20 were killed`)
    it does. Either way an increment that is only its number (`13 peacekeepers were killed.
    Three more were wounded.`), or its number and `others`, counts the people of the last toll
    before it; `others` are more of that toll only where they are of its kind (`Two others
    died later`, not `Seven others were wounded`)."""
    kinds = {f.kind for f in before if f.kind in TOLL_KINDS}
    lender = next((f for f in reversed(before) if f.kind in TOLL_KINDS), None)
    out = []
    for f in figures:
        others = f.increment and bool(before) and not leaves_out_its_noun(f) and _only_its_number_or_others(f)
        if (f.increment and lender is not None and f.what == "person" and lender.what != "person"
                and _class_of(lender.what) == "person" and _only_its_number_or_others(f)):
            f = replace(f, what=lender.what)
        if others and (lender is None or lender.kind != f.kind):
            f = replace(f, increment=False)
        if f.increment and kinds and f.kind in TOLL_KINDS and f.kind not in kinds:
            f = replace(f, increment=False)
        if f.kind in TOLL_KINDS:
            kinds.add(f.kind)
        out.append(f)
    return out


def _only_its_number_or_others(f: Figure) -> bool:
    """`Three more`, `Three others`: a figure worded with no noun of its own."""
    number, _, last = f.text.rpartition(" ")
    if number and fold(last) in _opening_nouns():
        f = replace(f, text=number)
    return leaves_out_its_noun(f)


def _counts_the_sources(text: str, q: _Quantity) -> bool:
    """`Two residents said`, `," said one resident`, `according to three officials`, `...,
    said one resident who asked not to be named.`: how many sources a sentence has, no figure
    (but `two soldiers reported missing`, `X, a union, said 144 civilians had been killed`)."""
    sources, end = _source_patterns(), q.noun_end or q.end
    if _word_after(text, end) in sources.first_words_after and sources.verb_after.match(text, end):
        return True
    window = max(0, q.start - 24)
    before = text[window:q.start].lower()
    if not any(word in before for word in sources.words_before):
        return False  # the patterns before a count need one of these words: most counts have none
    return bool(sources.quoted_before.search(text, window, q.start)
                or (sources.inverted_before.search(text, window, q.start) and sources.clause_end.match(text, end)))


@dataclass(frozen=True)
class _SourcePatterns:
    verb_after: Twin  # "Two residents (in Kora) said", not "said to" nor "told to"
    first_words_after: frozenset[str]  # the words verb_after may start with
    words_before: tuple[str, ...]  # a word each match of the two patterns before a count holds
    quoted_before: Twin  # "according to one witness", '," said one resident'
    inverted_before: Twin  # ", said one resident" ...
    clause_end: Twin  # ... "." or "who asked not to be named"


@functools.cache
def _source_patterns() -> _SourcePatterns:
    words = load_toml("figures.toml")["sources"]
    verbs, inverted = phrase_alternation(words["verbs_after"]), phrase_alternation(words["inverted_verbs"])
    asides = phrase_alternation(words["aside_openers"])
    return _SourcePatterns(
        first_words_after=frozenset({"and", "at", "in", "from", ",", *(_word_after(v, 0) for v in words["verbs_after"]),
                                     *(_word_after(v, 0) for v in words["aside_openers"])}),
        words_before=("according", *words["inverted_verbs"]),
        verb_after=Twin(regex.compile(  # "Four doctors at the Kora hospital told reporters"
            rf"(?:\s+and\s+(?:an?|one|two|three|other)\s+\p{{L}}+(?:\s+\p{{L}}+)?)?"  # "Two officials and a witness said"
            rf"(?:\s+(?:at|in|from)\s+[^,;:\"]{{1,40}}?)?"
            rf"(?:,?\s+(?:{asides})\b[^,;:\"]{{0,100}}?,?)?"  # ", speaking on condition of anonymity,"
            rf"\s+(?:{verbs})\b(?!\s+to\b)", regex.I)),
        quoted_before=Twin(regex.compile(
            rf"(?:\baccording\s+to|[\"\u201d]\s*,?\s*(?:{inverted}))\s+$", regex.I)),
        inverted_before=Twin(regex.compile(rf",\s*(?:{inverted})\s+$", regex.I)),
        clause_end=Twin(regex.compile(r"\s*(?:[.!?]|$)|\s+who\b")))


def _toll_word_after(text: str, pos: int) -> bool:
    """Whether a word of what befell people follows the number (`killed`, `injured`): a
    region's toll in a list (`Kora 91 killed`), which no model's name is followed by."""
    m = _patterns().noun_word.match(text, pos)
    kinds = _lexicon().cue_kinds.get(fold(m.group("w"))) if m else None
    return bool(kinds) and not kinds.isdisjoint(TOLL_KINDS)


def _people_after(text: str, pos: int) -> bool:
    """Whether a noun of people that is no cue follows the number: no model's name counts
    people, and the capitalised word before it is a place's (`in raids on London 187 civilians
    were killed`; but `Gunmen at Outpost 12 wounded two soldiers`)."""
    m = _patterns().noun_word.match(text, pos)
    word = fold(m.group("w")) if m else ""
    return word not in _lexicon().cue_kinds and _class_of(singular(word)) == "person"


def _repetition_after(text: str, pos: int) -> bool:
    m = _patterns().noun_word.match(text, pos)
    return bool(m) and singular(m.group("w")) in _repetitions()


@functools.cache
def _repetitions() -> frozenset[str]:
    """Nouns that count how often something happened (`45 times`): of an attack, its number."""
    return frozenset(load_toml("figures.toml")["repetitions"]["nouns"])


def _figure(text: str, q: _Quantity, kind: str, period: str | None, update: bool,
            listed_part: bool = False, first: bool = False) -> Figure:
    """The figure of a quantity; `listed_part`: it is an item of a list of parts (`including
    7 women and 15 children`), which the quantity alone does not show; `first`: no count
    comes before it in the sentence."""
    if q.currency:
        what = q.currency
    elif q.unit:
        what = q.unit[1]
    elif q.noun in _NOUN_KINDS and _class_of(q.noun) == "person" and q.noun not in _NAMED_NOUNS:
        what = "person"  # "7 dead", "17 wounded"
    else:
        what = q.noun or ("person" if kind in ("killed", "wounded", "casualties", "captured",
                                                "missing", "displaced", "population") else "")
    end = q.noun_end or q.end
    q.side = _actor(q, text)
    return Figure(
        value=None if q.is_range else q.low, low=q.low, high=q.high,
        approx=q.hedge is not None, kind=kind, what=what, text=_closed(text[q.start:end].strip()),
        qualifier=q.hedge, actor=q.side, period=period,
        update=update,
        start=q.start, end=end, increment=_is_increment(text, q, first),
        incident=kind in TOLL_KINDS and period != "cumulative" and _counts_one_incident(text, q),
        forecast=_is_forecast(text, q),
        part=listed_part or _is_part(text, q, first),
    )


def _is_part(text: str, q: _Quantity, first: bool = False) -> bool:
    """A part of a count given beside it: `14 of 18 states`, `including 12 in Kora`, `two of
    them`, `Five of the wounded`, `40 killed, 12 of its officers`; never a value of that
    count. `first`: no count comes before it in the sentence."""
    if q.whole is not None:
        return True
    of_next = text.find(" of ", q.end, q.end + 6) >= 0  # both patterns after it start so
    return (of_next and (_OF_WHOM.match(text, q.end) is not None or _of_a_group(text, q.end, first))
            or _after_including(text, q))


def _of_a_group(text: str, end: int, first: bool) -> bool:
    """`Five of the wounded`: a part of a group; after a possessive, only where a count comes
    before it: `23 of its soldiers were killed` is an army's own loss, all of that toll."""
    m = _OF_DETERMINER.match(text, end)
    return m is not None and not (first and fold(m.group().split()[1]) in _POSSESSIVES)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def _closed(words: str) -> str:
    """A figure's words without the bracket or quote closing an aside it ends (`(about 14,100
    people)` reads `about 14,100 people`)."""
    while words[-1:] == ")" and words.count(")") > words.count("(") \
            or words[-1:] in "\"'" and words and words.count(words[-1]) % 2:
        words = words[:-1]
    return words


def _is_increment(text: str, q: _Quantity, first: bool = False) -> bool:
    """Whether the number counts new ones on top of a toll given before: `another 20`, `a
    further 312`, `12 more people`, and `Three others` opening a sentence's counts
    (figures.toml [increments]). The patterns are tried only where a phrase's last word is
    before the number or a word of them right after it."""
    if first and _opens_with_others(q):
        return True
    before = _increment_words()[0]
    window = max(0, q.start - 20)
    words_before = text[window:q.start].lower()
    if any(word in words_before for word in before) \
            and _patterns().increment_before.search(text, window, q.start):
        return True
    return _increment_word_end(text, q) > q.end


def _opens_with_others(q: _Quantity) -> bool:
    """Whether the count's whole noun only says they are others (`Three others`)."""
    return len(q.noun_words) == 1 and fold(q.noun_words[0]) in _opening_nouns()


@functools.cache
def _opening_nouns() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["increments"]["opening_nouns"])


@dataclass(frozen=True)
class _Forecasts:
    words: re.Pattern  # each modal's longest word: one is in every sentence a pattern matches
    before: Twin  # "could rise to", "is expected to reach" right before the number
    after: Twin  # "people could be displaced" right after its noun


@functools.cache
def _forecasts() -> _Forecasts:
    words = load_toml("figures.toml")["forecasts"]
    modals, verbs = phrase_alternation(words["modals"]), phrase_alternation(words["verbs"])
    return _Forecasts(
        re.compile(" (?:" + "|".join(sorted({re.escape(max(m.split(), key=len)) for m in words["modals"]})) + ") "),
        Twin(regex.compile(rf"\b(?:{modals})\s+(?:\p{{L}}+ly\s+)?(?:{verbs})\s+(?:(?:up\s+)?to\s+)?$")),
        Twin(regex.compile(rf"\s+(?:{modals})\s+(?:\p{{L}}+ly\s+)?be\b")))


def _is_forecast(text: str, q: _Quantity) -> bool:
    """Whether a modal puts the number in the future or the possible (figures.toml
    [forecasts]): `the toll could rise to 500`, `1,000 people could be displaced`."""
    forecasts = _forecasts()
    if not _may_forecast(text):
        return False
    return forecasts.before.search(text, max(0, q.start - FORECAST_WINDOW_CHARS), q.start) is not None \
        or forecasts.after.match(text, q.noun_end or q.end) is not None


FORECAST_WINDOW_CHARS = 40  # "are expected to rise further to " fits


@_per_sentence
def _may_forecast(text: str) -> bool:
    return _forecasts().words.search(text) is not None


@dataclass(frozen=True)
class _Incidents:
    hint: re.Pattern  # an incident noun or an impact verb in the lower-cased text: a cheap first test
    noun: Twin  # every match holds one: a second test of the sentence
    named: Twin  # "a Russian missile strike", "Friday's attack", "when an RSF drone hit"
    opening: Twin  # "Shelling of Kora killed 11": a mass noun opening the clause


@functools.cache
def _incidents() -> _Incidents:
    """figures.toml [incidents]: a determiner, up to three words (no preposition or
    conjunction), a noun of one incident; or a mass noun of one opening the clause."""
    words = load_toml("figures.toml")["incidents"]
    joints = phrase_alternation(words["not_modifiers"])
    struck = rf"(?:{phrase_alternation(words['weapons'])})\s+(?:{phrase_alternation(words['impact_verbs'])})"
    nouns = f"{phrase_alternation(words['nouns'])}|{struck}"
    modifiers = rf"(?:(?!(?:{joints})\s)[\p{{L}}][\p{{L}}\-]*\s+)"
    return _Incidents(
        re.compile("|".join(map(re.escape, [*words["nouns"], *words["impact_verbs"]]))),
        Twin(regex.compile(rf"\b(?:{nouns})(?![\p{{L}}\-])", regex.I)),
        Twin(regex.compile(rf"(?:\b(?:{phrase_alternation(words['determiners'])})|\p{{L}}+['\u2019]s)\s+"
                           rf"{modifiers}{{0,3}}?(?:{nouns})(?![\p{{L}}\-])", regex.I)),
        Twin(regex.compile(rf"\s*{modifiers}{{0,2}}?(?:{phrase_alternation(words['mass_nouns'])})"
                           rf"(?![\p{{L}}\-])", regex.I)))


_NEXT_STATEMENT = Twin(regex.compile(r",\s+(?:and|but|while|whereas)\s"))


def _counts_one_incident(text: str, q: _Quantity) -> bool:
    """Whether the number's clause names one incident (`a drone strike on a market killed 5`,
    `5 were killed in the attack`, `Shelling of Kora killed 11`): it counts that incident's
    toll, not a running total, so the digest reads it neither as an earlier value of the day's
    toll nor as a dispute of it."""
    if not _names_an_incident(text):
        return False  # most sentences: the few figures of one incident are in the rest
    start, end = _clause_start(text, q.start), _clause_end(text, q.noun_end or q.end)
    turn = _NEXT_STATEMENT.search(text, q.noun_end or q.end, end)
    end = turn.start() if turn else end  # "12 were killed in Kora, and a strike on Lomi ..."
    incidents = _incidents()
    return incidents.named.search(text, start, end) is not None \
        or incidents.opening.match(text, start, q.start) is not None


@_per_sentence
def _names_an_incident(text: str) -> bool:
    """Whether an incident noun is in the sentence, in the singular (`attacks` is none)."""
    incidents = _incidents()  # (an ignore-case alternation is ten times slower than lower())
    return incidents.hint.search(text.lower()) is not None and incidents.noun.search(text) is not None


@functools.cache
def _increment_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The last words of the increment phrases before a number, and those after one."""
    increments = load_toml("figures.toml")["increments"]
    return (tuple({phrase.split()[-1] for phrase in increments["before"]}),
            tuple(increments["after"]))


def _is_an_earlier_value(text: str, q: _Quantity) -> bool:
    """`up from 180`, `down from 75,000`, `compared with 870`: the value a count before it
    had, or another time's (figures.toml [comparisons])."""
    window = max(0, q.start - EARLIER_VALUE_WINDOW_CHARS)
    before = text[window:q.start]
    return ("from" in before or "compare" in before) and _earlier_value_before().search(text, window, q.start) is not None


@functools.cache
def _earlier_value_before() -> Twin:
    return Twin(regex.compile(rf"\b(?:{_comparisons()})\s+$", regex.I))


@functools.cache
def _comparisons() -> str:
    """figures.toml [comparisons] as one alternation: `up from`, `compared with` ..."""
    return phrase_alternation(load_toml("figures.toml")["comparisons"]["before"])


EARLIER_VALUE_WINDOW_CHARS = 16  # "as compared with " fits


def compares_values(sentence: str) -> bool:
    """Whether a sentence gives a count beside its value at another time (`more than 1.3
    million, up from 1 million in June`): its two numbers of one fact are one that changed."""
    return ("from" in sentence or "compare" in sentence) and _any_earlier_value().search(sentence) is not None


@functools.cache
def _any_earlier_value() -> Twin:
    return Twin(regex.compile(rf"\b(?:{_comparisons()})\s+\S*\d", regex.I))


def _is_update(text: str, start: int) -> bool:
    """Whether an update phrase (`rose to`, `bringing the death toll to`) ends right before a
    number. In ASCII text the window must end with a phrase's last word (or that and `to`):
    a look at its end spares most numbers the search."""
    window = max(0, start - UPDATE_WINDOW_CHARS)
    if text.isascii():
        tail = text[window:start].rstrip().lower()
        if tail.endswith("to"):
            tail = tail[:-2].rstrip()
        if not tail.endswith(_update_last_words()):
            return False
    m = _patterns().update_before.search(text, window, start)
    if m and fold(m.group().split()[0]) in _agent_verbs():  # "Partners reached 3.8 million people"
        return bool(_tally_before().search(text, max(0, m.start() - TALLY_WINDOW_CHARS), m.start()))
    return m is not None


TALLY_WINDOW_CHARS = 60  # "the number of people killed in the strikes" fits


@functools.cache
def _agent_verbs() -> frozenset[str]:
    """Update verbs that also take an agent (`aid reached 12 towns`): an update only after a
    tally (`the toll reached 45`)."""
    return frozenset(load_toml("figures.toml")["updates"]["agent_verbs"])


@functools.cache
def _tally_before() -> Twin:
    nouns = phrase_alternation(load_toml("figures.toml")["updates"]["tally_nouns"])
    return Twin(regex.compile(rf"\b(?:{nouns})\b[^,;:.]*$", regex.I))


@functools.cache
def _update_last_words() -> tuple[str, ...]:
    return tuple(sorted({phrase.split()[-1] for phrase in load_toml("figures.toml")["updates"]["before"]}))


def _list_kind(text: str, figures: list[Figure], q: _Quantity, cls: str | None) -> str | None:
    """The kind a count with no cue of its own shares with the counts before it in a list: the
    nearest one's that its class may take (`lost 369 aircraft, 16,511 drones, 28 ships`: the
    ships are lost as the aircraft, the drones being shot down); a noun that says its kind (`4
    deaths`) keeps it. Only a few items back: a list of counts none of which fits is no chain."""
    end = q.start
    for previous in figures[:-_LIST_LOOK_BACK - 1:-1]:
        if not _in_one_list(text, previous.end, end):
            return None
        if previous.kind != "other" and _may_share_the_kind(text, previous, q, cls):
            return previous.kind  # ("other" is no kind to share: what no cue typed)
        end = previous.start
    return None


_LIST_LOOK_BACK = 3


def _in_one_list(text: str, end: int, start: int) -> bool:
    """Whether a count ending at `end` and one starting at `start` are items of one list."""
    return (_LIST_GAP.fullmatch(text, end, start) is not None
            or _PAIRED_NOUN_GAP.fullmatch(text, end, start) is not None
            or _ADDED_ITEM_GAP.fullmatch(text, end, start) is not None)


# "lost 19,316 vehicles and fuel tanks, 19,061 artillery systems": an item of two nouns.
_PAIRED_NOUN_GAP = Twin(regex.compile(
    r"\s+(?:and|or|&)\s+(?:[^\W\d_]+[\s-]+){0,2}[^\W\d_]+\s*(?:,\s*(?:and\s+)?|and\s+)"))


# "destroyed 1,230 drones over the past week, as well as 9 rockets": an item added to a list,
# after a phrase of the one before.
_ADDED_ITEM_GAP = Twin(regex.compile(
    r"[^,;:()\d]{0,40}?,?\s*(?:as\s+well\s+as|along\s+with|together\s+with|plus)\s+", regex.I))


def _restates_the_count_before(text: str, q: _Quantity) -> bool:
    """`40 soldiers were killed; the rebels put the number at 600`: another value of the count
    before, with no noun of its own."""
    if q.noun_end is not None or not text.endswith(("at ", "as "), 0, q.start):
        return False
    return _restating_before().search(text.lower(), max(0, q.start - RESTATING_WINDOW_CHARS), q.start) is not None


RESTATING_WINDOW_CHARS = 45  # "estimated their total number at about " fits


@functools.cache
def _restating_before() -> re.Pattern:
    updates = load_toml("figures.toml")["updates"]
    verbs, nouns = phrase_alternation(updates["restating_verbs"]), phrase_alternation(updates["tally_nouns"])
    hedges = phrase_alternation(load_toml("numbers.toml")["hedges"]["before"])
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:the|its|their|this|that)\s+)?(?:total\s+)?(?:{nouns}|it)"
                      rf"\s+(?:at|as)\s+(?:(?:{hedges})\s+)?$")


def _may_share_the_kind(text: str, previous: Figure, q: _Quantity, cls: str | None) -> bool:
    """Whether the number's class takes the figure before it's kind, and nothing of its own
    (its noun, a cue) types it."""
    if q.noun in _NOUN_KINDS or q.elided_kind:
        return False
    allowed = _CLASS_KINDS.get(cls, set()) | {_CLASS_DEFAULT.get(cls, "other")}
    return (previous.kind in allowed
            and not (_cue_in_noun_phrase(q, allowed) or _nearest_cue(text, q, allowed)))


_LIST_GAP = Twin(regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)"))
_PART_NAMED_ASIDE = regex.compile(r",\s*including\s+[^,;:()\d]{1,60}(?=,)", regex.I)


def _asides_blanked(text: str) -> str:
    """`two tanks, including a Leopard tank made in Germany, three armoured vehicles`: an aside
    naming a part of a count, in words, blanked (the offsets kept). Its words type no count
    around it, and the list goes on past it."""
    return _PART_NAMED_ASIDE.sub(lambda m: " " * len(m.group()), text)


def _is_conversion(text: str, previous: _Quantity, q: _Quantity) -> bool:
    """`6 kilometers (4 miles)`, `45 million euros ($48 million)`: the same amount restated."""
    return bool((previous.unit or previous.currency) and (q.unit or q.currency)
                and _OPEN_BRACKET.fullmatch(text, previous.end, q.start))


def _is_age(text: str, q: _Quantity) -> bool:
    """`the other dead child was 17`: a bare number after `was` or `aged` is an age, as are
    bare numbers in brackets after people (`2 men (43 and 51)`) and the later numbers of a list
    of ages (`two men aged 44 and 67`), and a bare number under which a count's people are
    (`12 were killed, 3 of them under 18`; but `Deaths were under 10`)."""
    return bool(_AGE_BEFORE.search(text, max(0, q.start - 12), q.start)
                and _CLAUSE_ENDS.match(text[q.end:q.end + 3]) and not _a_tallys_value(text, q)) \
        or _in_ages_bracket(text, q) \
        or q.high <= MAX_AGE_LIMIT and bool(_AGE_LIMIT.search(text, max(0, q.start - 20), q.number_start)) \
        or text[q.start - 1:q.start] == " " and _AGES_LISTED_BEFORE.search(text, max(0, q.start - AGES_LIST_CHARS), q.start)


def _a_tallys_value(text: str, q: _Quantity) -> bool:
    """`The death toll was 40`, `the town's population is estimated at 40,000`: what a tally
    named before `was` or `is` in the clause was is its value, no age; nor is a number no one
    lives to."""
    if q.high > MAX_AGE:
        return True
    words = _LETTER_RUN.findall(text[_clause_start(text, q.start):q.start].lower())
    return not _tally_subjects().isdisjoint(words)


MAX_AGE = 120


@functools.cache
def _tally_subjects() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["ages"]["not_of"])


def _in_ages_bracket(text: str, q: _Quantity) -> bool:
    opening = text.rfind("(", max(0, q.start - AGES_BRACKET_CHARS), q.start)
    if opening < 0 or not _AGES_BRACKET.match(text, opening):
        return False
    before = text[max(0, opening - 30):opening].split()
    return bool(before) and _class_of(singular(fold(before[-1].strip(",")))) == "person"


MAX_AGE_LIMIT = 21
_AGE_LIMIT = Twin(regex.compile(r"\d\s+(?:of\s+(?:them|whom)\s+|(?:were|are|was|is)\s+)under\s+$"))
AGES_BRACKET_CHARS = 40  # the longest bracket of ages looked back through
AGES_LIST_CHARS = 40  # "aged 14, 15, 16 and " fits
_AGES_LISTED_BEFORE = Twin(regex.compile(r"\b(?:aged|ages)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|or\s+))+$", regex.I))
_AGES_BRACKET = Twin(regex.compile(  # "(43 and 51)", "(aged 43, 51 and 60)", "(both 17)"
    r"\(\s*(?:aged\s+|ages\s+|both\s+)?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*"
    r"(?:\s+years?(?:\s+old)?)?\s*\)", regex.I))


def _noun_from_tally(text: str, q: _Quantity) -> None:
    """`the number of children killed ... rose to four`: the tally names what the number counts."""
    if q.noun is not None:
        return
    m = None
    for m in _TALLY.finditer(text, _clause_start(text, q.start), q.start):
        pass
    if m is not None and _patterns().number.search(text, m.end(), q.start):
        m = _NEXT_TALLY_ITEM.search(text, m.end(), q.start) or m  # "... at 560 and wounded at 1,400"
    if m is not None:
        probe = _Quantity(m.start("noun"), m.start("noun"), 0, 0, False)
        _counted_noun(text, probe)  # "the number of internally displaced people": person
        if probe.noun:
            q.noun, q.noun_words = probe.noun, probe.noun_words  # and the side: "of Russian soldiers"
            if not _own_cue_follows(text, q, past_an_auxiliary=True):  # "... and 12 were injured"
                q.elided_kind = _participle_kind(text, probe)
        else:
            q.noun = singular(m.group("noun"))
    else:
        _noun_of_losses(text, q)


PARTICIPLE_CHARS = 30  # `killed and wounded` and more fit


def _participle_kind(text: str, tallied: _Quantity) -> str | None:
    """The kind a cue right after a tally's noun gives it (`the number of civilians killed by
    enemy action in ... up to 31 December was 23,002`: killed), however far the number is."""
    if tallied.noun_end is None or not text.startswith(" ", tallied.noun_end):
        return None
    start = tallied.noun_end + 1
    m = next(_patterns().cue.finditer(text, start, start + PARTICIPLE_CHARS), None)
    if m is None or m.start() != start:
        return None
    kinds = _cue_meaning(m.group())[0] & _CLASS_KINDS.get(_class_of(tallied.noun), set())
    return _pick(kinds) if kinds else None


def _noun_of_losses(text: str, q: _Quantity) -> None:
    """`put Russian tank losses at 3,900`, `the toll among aid workers has reached 304`: a word
    of losses names what the number counts by the noun before it or after `among` (`of`),
    where that is a counted noun of a known class (not `Russian losses`, `the toll in Gaza`)."""
    start = _clause_start(text, q.start)
    lowered = text[start:q.start].lower()
    if not any(word in lowered for word in _loss_words().gate):
        return
    m = None
    for m in _loss_words().pattern.finditer(text, start, q.start):
        pass
    if m is None:
        return
    if m.group("after"):
        probe = _Quantity(m.start("after"), m.start("after"), 0, 0, False)
        _counted_noun(text, probe)  # "among aid workers": worker
        if probe.noun and _class_of(probe.noun):
            q.noun, q.noun_words = probe.noun, probe.noun_words
        return
    lex, word = _lexicon(), fold(m.group("before"))
    noun = singular(word)
    if (noun in lex.noun_class and word not in lex.demonyms and word not in lex.cue_kinds
            and _class_of(noun) != "formation"):  # "army losses" are its people
        q.noun, q.noun_words = noun, (m.group("before"),)


def _losses_of_a_side_between(text: str, start: int, end: int) -> bool:
    """`Rebel losses were put at 250 and government losses at 35`: losses named with a side,
    opening a clause between two counts, start another tally, whose count borrows no noun from
    the one before (not `bringing Russian losses to 300`, `its army losses`)."""
    lowered = text[start:end].lower()
    if not any(word in lowered for word in _loss_words().gate):
        return False
    lex = _lexicon()
    for m in _loss_words().pattern.finditer(text, start, end):
        before = m.group("before")
        if before and _CLAUSE_OPENS.search(text, start, m.start()) and (
                before[0].isupper() or fold(before) in lex.demonyms
                or singular(fold(before)) in lex.noun_class or fold(before) in _loss_words().sides):
            return True
    return False


_CLAUSE_OPENS = Twin(regex.compile(r"(?:[,;]|\b(?:and|while|whereas|but))\s+(?:the\s+)?$", regex.I))


@dataclass(frozen=True)
class _LossWords:
    gate: tuple[str, ...]  # one of them is in every clause the pattern matches
    pattern: Twin  # "tank losses", "losses among the rebels"
    sides: frozenset[str]  # "government losses"


@functools.cache
def _loss_words() -> _LossWords:
    tallies = load_toml("figures.toml")["tallies"]
    words = tallies["losses"]
    losses = phrase_alternation(words)
    return _LossWords(tuple(words), sides=frozenset(tallies["sides"]), pattern=Twin(regex.compile(
        rf"\b(?:(?P<before>\p{{L}}+)\s+(?:{losses})(?!\s+(?:among|of)\b)"  # "tank losses"
        rf"|(?:{losses})\s+(?:among|of)\s+(?:the\s+)?(?P<after>\p{{L}}+))\b", regex.I)))


def _subject_of_a_change(text: str, q: _Quantity) -> None:
    """`Battles rose to 120`, `Refugees fell from 61,000`: the plural before the verb of a
    change is what the number counts (a count's own noun, `to 40 drones`, comes first)."""
    m = _changed_subject().search(text, max(0, q.start - CHANGED_SUBJECT_WINDOW_CHARS), q.start)
    if m is None or not _is_plural(m.group("noun")) or fold(m.group("noun")) in _loss_words().gate:
        return  # "Gaza deaths rose to": a word of losses, whose people the kind says
    if m.start("noun") > 0 and m.group("noun")[:1].isupper() and m.group("noun")[1:2].islower():
        return  # "The death toll in Kremenets rose to seven": a name inside the sentence, no noun
    starts = (m.start("first"), m.start("noun")) if m.group("first") else (m.start("noun"),)
    for start in starts:  # "Ceasefire violations": the compound first
        probe = _Quantity(start, start, 0, 0, False)
        _counted_noun(text, probe)
        if probe.noun and probe.noun_end == m.end("noun"):
            q.noun, q.noun_words = probe.noun, probe.noun_words
            return


@functools.cache
def _value_changes() -> dict:
    return load_toml("figures.toml")["value_changes"]


@functools.cache
def _changed_subject() -> Twin:
    """`Refugees fell from 61,000 in May to `: the subject (with a word before it, for a
    compound), an auxiliary, the verb of the change, and a first value before `to`."""
    auxiliaries = phrase_alternation(load_toml("figures.toml")["clauses"]["auxiliaries"])
    verbs = phrase_alternation(_value_changes()["verbs"])
    subject = rf"(?P<first>\p{{L}}+\s+)?(?<![\p{{L}}-])(?P<noun>(?!(?:{auxiliaries})\b)\p{{L}}+)"
    first_value = r"from\s+[\d.,]+(?:\s+\p{L}+){0,2}\s+"
    return Twin(regex.compile(
        rf"{subject}\s+(?:(?:{auxiliaries})\s+)?(?:{verbs})\s+(?:{first_value})?(?:to|from)\s+$", regex.I))


CHANGED_SUBJECT_WINDOW_CHARS = 80


def _counts_a_subject(text: str, num_start: int) -> bool:
    """`Refugees now number 1.2 million`, `The displaced number 40,000`: `number` is the verb of
    people named before it, no `number 12` of a list."""
    m = _NUMBERING.search(text, max(0, num_start - NUMBERING_WINDOW_CHARS), num_start)
    return m is not None and (_is_plural(m.group("noun")) or fold(m.group("noun")) in _NOUN_KINDS)


def _noun_before_numbering(text: str, q: _Quantity) -> None:
    """`The attackers, numbering about 300,`, `a force totalling 5,000`, `The displaced now
    number 1.2 million`: the noun before the verb is what the number counts; a month or day
    there ends the tally's period (`casualties up to 12 June numbered 1,204 killed`)."""
    if q.noun is not None:
        return
    m = _NUMBERING.search(text, max(0, q.start - NUMBERING_WINDOW_CHARS), q.start)
    if m is not None and fold(m.group("noun")) not in _calendar_words():
        probe = _Quantity(m.start("noun"), m.start("noun"), 0, 0, False)
        _counted_noun(text, probe)
        if probe.noun:
            q.noun, q.noun_words = probe.noun, probe.noun_words


@functools.cache
def _calendar_words() -> frozenset[str]:
    nf = _lexicon().not_figures
    return frozenset([*nf["months"], *nf["weekdays"]])


_NUMBERING = Twin(regex.compile(  # "now number between 300 and 400": a range's first number
    rf"(?P<noun>[\p{{L}}]+)(?:\s+(?:{phrase_alternation(load_toml('figures.toml')['numbering']['periods'])})"
    r"\s+(?:\d{1,2}\s+)?\p{L}+(?:\s+\d{4})?)?"  # "Prisoners since 6 June number 41,000": the tally's period
    rf",?\s+(?:now\s+)?(?:{phrase_alternation(load_toml('figures.toml')['numbering']['verbs'])})"
    r"\s+(?:between\s+)?$", regex.I))
NUMBERING_WINDOW_CHARS = 60


_TALLY = Twin(regex.compile(r"\b(?:number|toll|total|tally|count)\s+of\s+(?:the\s+)?(?P<noun>[\p{L}]+)", regex.I))
# The next item of a tally put at numbers: "put the number of dead at 560 and wounded at 1,400".
_NEXT_TALLY_ITEM = Twin(regex.compile(  # "... has risen to 2,100 and the injured to 10,800"
    r"(?:,\s*(?:and\s+)?|\band\s+)(?:(?:the|of)\s+)?(?P<noun>\p{L}+)\s+(?:at|to)\s+$", regex.I))


def _names_a_member(text: str, whole: _Quantity, q: _Quantity) -> bool:
    """Whether a list item (`a`, `an`) opens an aside right after a count's noun that names its members (`Two
    civilians, a woman and her son, were killed`: the count's verb follows the aside), not the
    next item of a list (`two tanks, a helicopter, and 3 drones`; `3 tanks, a truck and a
    bridge, the army said`)."""
    if whole.noun_end is None or not _ASIDE_OPENS.fullmatch(text, whole.noun_end, q.start):
        return False
    closing = text.find(",", q.end, q.end + ASIDE_CHARS)
    return closing > 0 and _VERB_AFTER_ASIDE.match(text, closing + 1) is not None


_ASIDE_OPENS = Twin(regex.compile(r",\s*"))
# The count's verb after the aside: "..., were killed", "..., died" (not "..., the army said")
_VERB_AFTER_ASIDE = Twin(regex.compile(r"\s*(?:were|was|are|is|have|has|had|remain\p{L}*|\p{Ll}+ed)\b"))
ASIDE_CHARS = 60  # "a woman and her two-year-old son" fits


def _has_cue(text: str, q: _Quantity) -> bool:
    return _nearest_cue(text, q, _CLASS_KINDS[None]) is not None


def _one_is_pronoun(text: str, q: _Quantity) -> bool:
    """`one of the`, `no one`, `one another`, `members of one family`: the word, not the count;
    `one every 15 minutes`: a rate; `by one estimate`: a source."""
    after = text[q.end:q.end + 12].lower()
    before = text[max(0, q.start - 4):q.start].lower()
    return (q.noun is None or after.startswith((" of ", " another", " day", " side", " every"))
            or before.endswith(("no ", " of ")) or _word_after(text, q.end) in _reckonings())


@functools.cache
def _reckonings() -> frozenset[str]:
    """`by one count`, `One estimate put the dead at 3,000`: a source's reckoning, no count."""
    return frozenset(_lexicon().not_figures["reckonings"])


def _announces_a_list(text: str, q: _Quantity) -> bool:
    """`two other cities in Donetsk - Kostiantynivka and Kurakhove`: the count only announces names.
    A hyphen inside a place's name (`in Port-au-Prince`) is no dash before a list."""
    end = q.noun_end or q.end
    return bool(_LIST_AFTER.match(text, end))


_LIST_AFTER = Twin(regex.compile(r"(?:\s+(?:in|of|on|near|around)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*+"
                            r"(?:\s+(?:region|oblast|province))?)?\s*(?:[-:]|,\s*(?:namely|including))\s*\p{Lu}"))


def _names_bearings(text: str, q: _Quantity) -> bool:
    """`attacked Kora from three sides`, `on two fronts`: where from, no count."""
    return bool(q.noun_words and fold(q.noun_words[-1]) in _bearing_nouns()
                and _FROM_OR_ON_BEFORE.search(text, max(0, q.start - 6), q.start))


@functools.cache
def _bearing_nouns() -> frozenset[str]:
    return frozenset(_lexicon().not_figures["bearings"])


_FROM_OR_ON_BEFORE = Twin(regex.compile(r"\b(?:from|on)\s+$", regex.I))


def _points_back(text: str, q: _Quantity) -> bool:
    """`the four regions`: a definite count of things named before."""
    nouns = _lexicon().not_figures["anaphoric_places"]
    return bool(q.noun_words and fold(q.noun_words[-1]) in nouns
                and _DEFINITE_BEFORE.search(text, max(0, q.start - 8), q.start))


def _is_total_of(text: str, q: _Quantity, figures: list[Figure]) -> bool:
    """`shot down 20 of 30 drones`: the second number is how many came. A share's whole (`70%
    of the 2.2 million population`) and an amount (`12% of the $2.7 billion`) are no tally."""
    if not figures or q.currency or q.unit or figures[-1].what == "percent":
        return False
    prev = figures[-1]
    return bool(_OUT_OF.fullmatch(text, min(prev.end, q.start), q.start))


def _owned_people(text: str, q: _Quantity, figures: list[Figure]) -> bool:
    """`1.9 million of Gaza's 2.3 million people`, `of its 40,000 residents`: the people a place
    has, whole of a part, are its population."""
    m = _OUT_OF.fullmatch(text, min(figures[-1].end, q.start), q.start)
    return (m is not None and m.group("owner") is not None
            and _lexicon().synonyms.get(q.noun) == "person")  # not "12 of its 40 soldiers"


def _names_what_befell(text: str, q: _Quantity) -> bool:
    """`Fifteen of the 40 wounded`, `three of the 12 dead`, `three of the 40 people detained`: a
    whole whose own words, or a participle right after them, say what befell it keeps that kind;
    `20 of 30 drones` counts only how many came."""
    cue_kinds = _lexicon().cue_kinds
    if any(cue_kinds.get(fold(word), frozenset()) & TOLL_KINDS for word in q.noun_words):
        return True
    after = _patterns().noun_word.match(text, q.noun_end or q.end)
    return after is not None and bool(cue_kinds.get(fold(after.group("w")), frozenset()) & TOLL_KINDS)


def _is_a_shares_whole(text: str, q: _Quantity, figures: list[Figure]) -> bool:
    """`destroyed 70 percent of Gaza's 36 hospitals`, `a third of the 900 homes were
    destroyed`: the count after a percentage's or a share word's `of` is the whole the share
    is of, not what the share's verb did (an amount keeps its kind)."""
    if q.currency or q.unit:
        return False
    if figures and figures[-1].what == "percent" and figures[-1].end <= q.start:
        return _SHARE_OF.fullmatch(text, figures[-1].end, q.start) is not None
    of_at = text.rfind(" of ", max(0, q.start - SHARE_OF_CHARS), q.start)  # "of the city's " fits
    return of_at >= 0 and _share_word_before().search(text, max(0, of_at - SHARE_WORD_CHARS), q.start) is not None


def _has_a_fronted_whole(text: str, quantities: list[_Quantity]) -> bool:
    """Whether the sentence opens with a whole and a comma, and its part follows: `Of the 40
    missiles, 34 were downed`, `Among the 52 dead, 14 were children`. The whole is counted as
    its own words say (`_kind_of_a_whole`), not as the part's verb."""
    if len(quantities) < 2 or not _FRONTED_OPENING.fullmatch(text, 0, quantities[0].start):
        return False
    whole, part = quantities[0], quantities[1]
    comma = text.find(",", whole.noun_end or whole.end, part.start)
    between = text[comma + 1:part.start].strip()
    return comma >= 0 and (not between or between.lower() in _KIND_TABLES["shares"]["limiters"])


def _next_in_a_list(text: str, before: _Quantity, q: _Quantity) -> bool:
    """`12 were in Hue and 18 in Quang Tri`: the count after `and` or a comma, in one clause
    with the count before it."""
    between = text[before.end:q.start]
    return ";" not in between and _LIST_JOIN_BEFORE.search(between) is not None


_LIST_JOIN_BEFORE = re.compile(r"(?:,|\band)\s*$")
_FRONTED_OPENING = Twin(regex.compile(r"\s*(?:of|among)\s+(?:the|those|these|its|their)\s+", regex.I))
SHARE_OF_CHARS = 35
SHARE_WORD_CHARS = 25  # "the majority", "three-quarters" fit


@functools.cache
def _share_word_before() -> Twin:
    """A share named in words right before a number's `of`: `half of the`, `a third of its`."""
    words = phrase_alternation(load_toml("figures.toml")["shares"]["words"])
    return Twin(regex.compile(rf"\b(?:{words}){_SHARE_OF.full.pattern}$", regex.I))  # the same `of` as a percentage's


def _kind_of_a_whole(text: str, q: _Quantity, cls: str | None) -> str:
    """A share's whole is what its noun, or a cue right after it, says (`70% of the 2.2 million
    population`, `Of the 276 girls abducted from Chibok`: a participle's lag is no word away),
    else counted as it is: munitions as launched (`most of the 300 drones`)."""
    if q.noun in _NOUN_KINDS:
        return _NOUN_KINDS[q.noun]
    allowed = _CLASS_KINDS.get(cls, set())
    _, right, _ = _cues_around(text, q.start, q.noun_end or q.end)
    kinds = [kinds & allowed for distance, kinds, _ in right if distance < 1 and kinds & allowed]
    if kinds:
        return _cue_kind(_pick(kinds[0]), cls)
    return _NOUN_DEFAULT_KINDS.get(q.noun) or ("attacks" if cls == "munition" else "other")


_SHARE_OF = Twin(regex.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}-]+['\u2019]s\s+)?"))


_COLON_BEFORE_A_BREAKDOWN = Twin(regex.compile(r"[^.;:\d]{0,60}:\s*"))  # the counts after it break it down
_OUT_OF_AFTER_A_PART = Twin(regex.compile(  # "3,008 tanks out of 4,280", "9,900 volunteers of the 35,000"
    r"\s+(?:out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?|of\s+(?:the|its|their)\s+)", regex.I))


def _borrow_nouns(text: str, quantities: list[_Quantity], first: int = 0) -> None:
    """`20 of 24 drones` and `nine of whom`: a number with no noun (from `first` on) takes one
    from its neighbour."""
    for i in range(first, len(quantities)):
        q = quantities[i]
        if q.currency or q.unit:
            continue
        if q.noun:
            lender = _elided_nouns_lender(text, quantities, i)
            if lender is not None:
                q.elided_kind = _NOUN_KINDS.get(q.noun)  # "192 servicemen were killed and 511 wounded"
                q.noun, q.noun_words, q.lender = lender.noun, lender.noun_words, lender
            continue
        prev = quantities[i - 1] if i > 0 else None
        if prev is not None and prev.noun and _OUT_OF_AFTER_A_PART.fullmatch(text, prev.noun_end or prev.end, q.start):
            q.noun, q.noun_words, prev.whole = prev.noun, prev.noun_words, q  # "3,008 tanks out of 4,280"
            continue
        if prev is not None and prev.noun and _COLON_BEFORE_A_BREAKDOWN.fullmatch(text, prev.noun_end or prev.end, q.start):
            q.noun, q.noun_words, q.lender = prev.noun, prev.noun_words, prev  # "88 Scuds during the war: 42 at Israel"
            continue
        after = text[q.end:q.end + 30]
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt and nxt.noun and _OUT_OF.fullmatch(text, q.end, nxt.start):
            q.noun, q.noun_words, q.whole = nxt.noun, nxt.noun_words, nxt
            continue
        of = _OF_WHOM.match(after)
        if of and i > 0 and quantities[i - 1].noun:
            named_at = q.end + of.end()
            verb = _BE_AFTER.match(text, named_at)  # "4 of whom were children"
            named = _plural_noun_named_at(text, verb.end() if verb else named_at)  # "9 people, 4 of them children"
            q.noun, q.noun_words = (named, (named,)) if named else (quantities[i - 1].noun, ())
            continue
        more_end = _increment_word_end(text, q)  # "21 more of its servicemen"
        of_noun = _OF_DETERMINER.match(text, more_end, more_end + 30)
        if of_noun:
            probe = _Quantity(of_noun.end(), of_noun.end(), 0, 0, False)
            _counted_noun(text, probe)
            if probe.noun:
                q.noun, q.noun_words, q.noun_end = probe.noun, probe.noun_words, probe.noun_end
                continue
        prev = quantities[i - 1] if i > 0 else None
        if (prev is not None and prev.noun and _is_ellipsis_gap(text[prev.noun_end or prev.end:q.start])
                and not _cue_refuses(text, q, prev.noun)
                and (_subset_start(text, quantities, i - 1) is None or _lends_its_wholes_noun(prev))
                and not (prev.noun in _NOUN_KINDS and _own_cue_follows(text, q, past_an_auxiliary=True))
                and not _losses_of_a_side_between(text, prev.noun_end or prev.end, q.start)
                and not text[max(0, q.start - 10):q.start].lower().endswith(_AMONG)):
            q.noun, q.noun_words, q.lender = prev.noun, prev.noun_words, prev  # "710 soldiers ... and 110,250 since"
            # (but "Two paramedics and a nurse were among the 12 killed": their whole, of all people)


_AMONG = ("among ", "among the ")


def _noun_set_off_before(text: str, q: _Quantity) -> None:
    """`ISWAP fighters, about 300 of them, stormed the base`, `The bandits, estimated at 200,
    ...`: a count set off by commas right after a plural noun of people counts them; not one
    after another count's noun (`12 civilians, 4 of them children`)."""
    aside = _SET_OFF_AFTER.match(text, q.end)
    noun = aside and _PLURAL_BEFORE_A_COMMA.search(text, max(0, q.start - 40), q.start)
    if not noun or _number_just_before(text, noun.start("w")):
        return
    word = singular(fold(noun.group("w")))
    if _class_of(word) == "person" and _is_plural(noun.group("w")):
        q.noun, q.noun_words, q.noun_end = word, (noun.group("w"),), aside.end("them")


_SET_OFF_AFTER = Twin(regex.compile(r"(?P<them>(?:\s+of\s+them)?),\s"))
_PLURAL_BEFORE_A_COMMA = Twin(regex.compile(r"(?<![\p{L}\p{N}])(?P<w>\p{Ll}+),\s$"))


def _noun_after_its_verb(text: str, q: _Quantity) -> tuple[str, tuple[str, ...], int] | None:
    """`..., of whom 13 were children`, `Of the 1,139 people killed, 695 were civilians`, `120
    were soldiers and 40 were women`, `Of these, 3.2 million are children`: a count with no
    noun names what it counts after its verb, where the count before would lend a wrong one
    or none is there."""
    verb = _BE_BETWEEN.match(text, q.end)
    if verb is None or _participle_at(text, verb.end()):
        return None  # "The crew of 25 were taken hostage": a deed, no noun
    probe = _Quantity(verb.end(), verb.end(), 0, 0, False)
    _counted_noun(text, probe)
    if not (probe.noun and _class_of(probe.noun) and probe.noun_words) \
            or fold(probe.noun_words[-1]) in _lexicon().cue_kinds:  # "12 were wounded": a deed
        return None
    return probe.noun, probe.noun_words, probe.noun_end


def _participle_at(text: str, pos: int) -> bool:
    """Whether the word at `pos` is a participle (`taken`, `killed`): what befell a count."""
    word = _patterns().noun_word.match(text, pos)
    lower = fold(word.group("w")) if word else ""
    return lower.endswith("ed") or lower in _participles_after_noun()


_BE_BETWEEN = Twin(regex.compile(r"\s+(?:were|are|was|is)\s+"))


def _elided_nouns_lender(text: str, quantities: list[_Quantity], i: int) -> _Quantity | None:
    """The count before `quantities[i]` whose people it stands for when its whole noun only
    says more of them (`others`) or what befell them (`wounded`, `dead`), in a predicate of its own: `12
    civilians were killed and 30 others injured`, `192 servicemen were killed and 511 wounded`
    count civilians and servicemen, and so does `killed 23 civilians, including 9 children,
    and injured 58 others` (the whole, past its part); `others` also stands for things
    (`destroyed 4 tanks and damaged 6 others`). But `two soldiers and three others were
    killed` counts others, and `150 dead and 400 wounded` lends no noun."""
    q = quantities[i]
    if not i or len(q.noun_words) != 1 or fold(q.noun_words[0]) not in _elliptic_nouns():
        return None
    prev = lender = quantities[i - 1]
    start = _subset_start(text, quantities, i - 1)
    if start is not None:
        if start == 0:
            return None
        lender = quantities[start - 1]
    if not lender.noun or lender.noun in _NOUN_KINDS:
        return None
    if _class_of(lender.noun) != "person" and fold(q.noun_words[0]) not in _elliptic_any_nouns():
        return None  # "wounded", "dead" stand only for people
    gap_start = prev.noun_end or prev.end
    cue = _patterns().cue.search(text, gap_start)
    if cue is None or cue.end() > q.start or not _is_ellipsis_gap(text[gap_start:q.start]):
        return None
    return lender


@functools.cache
def _elliptic_nouns() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["elliptic"])


@functools.cache
def _elliptic_any_nouns() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["noun_phrase"]["elliptic_any"])


def _plural_noun_named_at(text: str, pos: int) -> str | None:
    """The singular of a counted noun in the plural right at `pos`, if one is there."""
    m = _patterns().noun_word.match(text, pos)
    if m is None or not _is_plural(m.group("w")):
        return None
    noun = singular(m.group("w"))
    return noun if noun in _lexicon().noun_class else None


def _own_cue_follows(text: str, q: _Quantity, past_an_auxiliary: bool = False) -> bool:
    """`150 dead, 400 injured and 30 missing`: a cue right after the number types it, so it
    borrows no noun that says a kind of its own (`dead`); `8,000 civilians killed and 13,000
    injured` still lends `civilian`. `past_an_auxiliary`: after one too (`and 82 were captured`
    borrows no `wounded`)."""
    _, right, _ = _cues_around(text, q.start, q.end)
    aux = _AUXILIARY_AFTER.match(text, q.end) if past_an_auxiliary else None
    own = len(aux.group().split()) if aux else 0
    return any(distance <= own and kinds & _CLASS_KINDS[None] for distance, kinds, _ in right)


_AUXILIARY_AFTER = Twin(regex.compile(r"\s+(?:(?:were|are|was|is)|(?:had|have|has)\s+been)(?=\s)", regex.I))


def _after_including(text: str, q: _Quantity) -> bool:
    """A count right after `including`, or one of a list after it whose noun each part passed
    on from the whole (`including 12 in Kora, 9 in Lomi and 5 in Tessa`)."""
    while q is not None:  # lenders come earlier in the sentence: the chain ends
        before = text[max(0, q.start - 20):q.start]
        if ("ncluding" in before or "of " in before or "mong" in before) \
                and _INCLUDING_BEFORE.search(text, max(0, q.start - 20), q.start):
            return True
        q = q.lender
    return False


def _lends_its_wholes_noun(part: _Quantity) -> bool:
    """A part whose noun is its whole's lends it to the next part of the list: `downed 61
    drones, including 23 over Belgorod and 14 over Kursk` (but the children of `including 2
    children, and wounded 13` are no noun for the 13)."""
    return part.lender is not None and part.lender.noun == part.noun


def _subset_start(text: str, quantities: list[_Quantity], i: int) -> int | None:
    """Where the list of parts that `quantities[i]` ends starts, if it is one: `killed 6
    including 2 children, and wounded 13`, the children are no noun for the 13, and nor are
    the women of `including 50 children and 94 women`."""
    while True:
        q = quantities[i]
        if _INCLUDING_BEFORE.search(text, max(0, q.start - 20), q.start):
            return i
        if i == 0 or not _LIST_GAP.fullmatch(text, quantities[i - 1].noun_end or quantities[i - 1].end, q.start):
            return None
        i -= 1


def _listed_parts(text: str, quantities: list[_Quantity]) -> list[bool]:
    """For each count, whether it is in a list of parts (`_subset_start`), in one pass: a list
    of hundreds of counts is no walk back from each."""
    listed: list[bool] = []
    for i, q in enumerate(quantities):
        listed.append(_INCLUDING_BEFORE.search(text, max(0, q.start - 20), q.start) is not None
                      or i > 0 and listed[i - 1] and _LIST_GAP.fullmatch(
                          text, quantities[i - 1].noun_end or quantities[i - 1].end, q.start) is not None)
    return listed


def _cue_refuses(text: str, q: _Quantity, noun: str) -> bool:
    """A cue right before or right after the number that the noun's class cannot take: `30
    airstrikes ..., killing 75` counts no airstrikes, nor `3 glide bombs, 2 injured`. A verb
    of crossing is motion, no deed: `200 rockets ..., some 40 crossing into Israel` are rockets."""
    if _word_after(text, q.end) in _crossing_words():
        return False
    cls = _class_of(noun)
    allowed = _CLASS_KINDS.get(cls, set()) | {_CLASS_DEFAULT.get(cls, "other")}
    left, right, _ = _cues_around(text, q.start, q.end)
    return any(distance == 0 and kinds & _CLASS_KINDS[None] and not kinds & allowed
               for distance, kinds, _ in (*left, *right))  # `from` (equipment) types no bare count


_ELLIPSIS_GAP = Twin(regex.compile(  # "lost 1,887 aircraft against the RAF's 1,023"
    r"[^.;:\d]{0,80}(?:,|;|\band\b|\bwhile\b|\bbut\b|\bagainst\b|\bcompared\s+(?:with|to)\b|\bversus\b)[^.;:\d]{0,40}"))


def _is_ellipsis_gap(gap: str) -> bool:
    """Whether the words between two counts let the second borrow the first's noun: no other
    count between them, though a duration or a day may be (`89 clashes over the past 24 hours,
    including 32 near Kora`, `225 clashes on Dec. 1, including 46 near Kora`)."""
    if any(map(str.isdigit, gap)):
        gap = _date_in_gap().sub("", _duration_in_gap().sub("", gap))
    return _ELLIPSIS_GAP.fullmatch(gap) is not None


@functools.cache
def _date_in_gap() -> regex.Pattern:
    """A day or a year: `1 December`, `Dec. 1, 2024`, `the 1st of December`, `2024`."""
    months = phrase_alternation(_lexicon().not_figures["months"])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return regex.compile(rf"(?:{day}\s+(?:of\s+)?(?:{months})\b\.?|(?:{months})\b\.?\s+{day}\b)(?:,?\s+\d{{4}}\b)?"
                         rf"|\b(?:19|20)\d\d\b", regex.I)


@functools.cache
def _duration_in_gap() -> regex.Pattern:
    durations = phrase_alternation(load_toml("figures.toml")["not_figures"]["durations"])
    return regex.compile(rf"\d[\d,.]*\s*-?\s*(?:{durations})(?![\p{{L}}])", regex.I)


_ITEM = Twin(regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<a>an?)\s+(?=\p{L})", regex.I))
_ITEM_REST = Twin(regex.compile(r"[^,;:.()]*?(?=,|\s+and\s)"))  # "of schools" after "a number"
_SEPARATOR_BEFORE = Twin(regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", regex.I))
_A_BEFORE = Twin(regex.compile(r"\b(?P<a>an?)\s+(?=\p{L})", regex.I))
ITEM_WINDOW_CHARS = 60  # the longest noun phrase of an item before a count fits


def _list_items(text: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """`one aircraft, a helicopter and three tanks`, `destroyed a school, a clinic and two
    houses`: `a`/`an` counts 1 inside a list of counts, after a count or before one."""
    items: dict[int, _Quantity] = {}
    for q in quantities:
        if q.noun_end is not None:
            items.update((item.start, item) for item in _items_after(text, q))
            items.update((item.start, item) for item in _items_before(text, q))
    return list(items.values())


def _items_after(text: str, q: _Quantity) -> list[_Quantity]:
    """The items of one after a count, past any that count nothing (`a number of schools`)."""
    items, pos = [], q.noun_end
    while pos is not None:
        m = _ITEM.match(text, pos)
        if not m:
            break
        item = _Quantity(m.start("a"), m.end("a"), 1, 1, False, from_words=True)
        _counted_noun(text, item)
        if item.noun is None or _word_after(text, item.noun_end) in _source_words():
            break  # ", a military officer said": the source, no item
        pos = item.noun_end
        if _is_counted_item(item):
            items.append(item)
        else:
            rest = _ITEM_REST.match(text, pos)
            pos = rest.end() if rest else None
    return items


def _items_before(text: str, q: _Quantity) -> list[_Quantity]:
    """The items of one before a count, back to the list's start: each is `a`/`an` and a noun
    phrase that ends where the next item's separator starts."""
    items, end = [], q.start
    while (sep := _SEPARATOR_BEFORE.search(text, max(0, end - 8), end)) is not None:
        found = list(_A_BEFORE.finditer(text, max(0, sep.start() - ITEM_WINDOW_CHARS), sep.start()))
        if not found:
            break
        item = _Quantity(found[-1].start("a"), found[-1].end("a"), 1, 1, False, from_words=True)
        _counted_noun(text, item)
        if item.noun_end != sep.start() or not _is_counted_item(item) or _framed(text, item.start):
            break
        items.append(item)
        end = item.start
    return items


def _framed(text: str, start: int) -> bool:
    """Whether a preposition stands right before `a`/`an` at `start` (`in an ambush`)."""
    before = _LAST_WORD.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in _framing_words()


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


@functools.cache
def _framing_words() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["list_items"]["not_after"])


@functools.cache
def _source_words() -> frozenset[str]:
    return frozenset(load_toml("figures.toml")["list_items"]["not_before"])


def _is_counted_item(item: _Quantity) -> bool:
    return _class_of(item.noun) not in (None, "place")  # "a number of schools" is no count


# -- label-value lists --------------------------------------------------------------------------

MAX_LABEL_WORDS = 6
LABEL_WINDOW_CHARS = 60  # the longest label of MAX_LABEL_WORDS words fits

_DASHES = "\u2012\u2013\u2014"  # figure, en and em dashes (normalise() makes them hyphens)
_SEPARATORS = "-:" + _DASHES  # a hyphen after a space; a colon or a dash
_LABEL_BEFORE = Twin(regex.compile(  # the words a separator ends; a bracket after them is a gloss
    r"(?P<label>\p{L}[\p{L}\p{M}'/ -]*?)\s*(?:\([^()]{1,30}\)\s*)?"
    rf"(?:\s-|\s*[:{_DASHES}])\s*$"))
_LABEL_DASH = Twin(regex.compile(r"\s-\s"))  # `Update - Killed: 30`: the label is after it
_LEADING_AND = Twin(regex.compile(r"(?:and|or)\s+", regex.I))  # `tanks - 30 and helicopters - 4`
_DAILY_CHANGE = Twin(regex.compile(r"\s*\(\s*(?P<sign>\+)\s*(?P<d>\d{1,3}(?:,\d{3})+|\d+)\s*\)"))


def _may_hold_labels(text: str) -> bool:
    """A colon or a dash anywhere: most sentences have none, and their numbers no label."""
    return ":" in text or " -" in text or (not text.isascii() and any(d in text for d in _DASHES))


def _read_label(text: str, q: _Quantity) -> None:
    """`tanks - 7,450`, `Killed: 1,234`, `People in need: 30.4 million`: a label and a separator
    before a number name what it counts, in the lists of army communiques and humanitarian
    updates. A number with a noun of its own takes only the kind of a cue that is the whole
    label (`Killed: 1,234 civilians`); one with a cue right after it (`Casualties: 12 killed`)
    nothing. Only a separator right before the number makes the label worth reading."""
    if not _separator_before(text, q.start):
        return
    label = _label_before(text, q.start)
    if label is None:
        return
    start, end = label
    start = _after_tally(text, start, end)
    cue_kinds = _whole_label_cue(text, start, end)
    probe = _Quantity(0, 0, 0, 0, False)
    _counted_noun(text[start:end], probe)  # the label's own words only
    if probe.noun is not None and _class_of(probe.noun) is None and len(probe.noun_words) > 1:
        _known_noun_first(text[start:end], probe)
    noun_end = start + (probe.noun_end or 0)
    if noun_end < end and cue_kinds:
        probe.noun = None  # `Shot down`: the cue, not a noun `shot`
    if q.noun is not None:
        words = _label_words()
        cue_kinds &= words["cue_kinds"] | words["noun_cue_kinds"]
        if probe.noun is None and cue_kinds:
            q.label_start, q.label_kinds = start, cue_kinds
        return
    if _own_cue_follows(text, q):
        return
    if probe.noun is None:
        cue_kinds &= _label_words()["cue_kinds"]  # `Cost: 5` says no count
        if not cue_kinds:
            return
        if cue_kinds & _PEOPLE_KINDS:
            probe.noun = "person"  # `Killed: 30`: no neighbour's noun to borrow
    else:
        after = _kinds_after_label_noun(text, noun_end, end)
        if after is None or not _is_label_noun(probe):
            return
        cue_kinds |= after  # `IDPs`: a noun and a cue
    q.noun, q.noun_words = probe.noun, probe.noun_words
    q.label_start, q.label_kinds, q.start = start, cue_kinds, start


def _separator_before(text: str, start: int) -> bool:
    """A colon or a dash right before the number, or a hyphen with a space before it."""
    i = start
    while i > 0 and start - i < 3 and text[i - 1] == " ":
        i -= 1
    return i > 1 and text[i - 1] in _SEPARATORS and (text[i - 1] != "-" or text[i - 2].isspace())


def _label_before(text: str, start: int) -> tuple[int, int] | None:
    """Where the label before a number's separator starts and ends: the words since the last
    punctuation, line break or other label's separator, at most MAX_LABEL_WORDS."""
    window = max(0, start - LABEL_WINDOW_CHARS)
    m = _LABEL_BEFORE.search(text, window, start)
    if m is None or (m.start() == window and window > 0 and text[window - 1].isalpha()):
        return None  # longer than the window: a clause, not a label
    run_start = label_start = m.start("label")
    end = m.end("label")
    for dash in _LABEL_DASH.finditer(text, label_start, end):
        label_start = dash.end()
    conjunction = _LEADING_AND.match(text, label_start, end)
    label_start = conjunction.end() if conjunction else label_start
    if label_start == run_start and text[max(0, label_start - 8):label_start].rstrip()[-1:].isdigit():
        return None  # `killed 30 people - 12 of them children`: an earlier count's noun
    words = text[label_start:end].split()
    if not words or len(words) > MAX_LABEL_WORDS:
        return None
    return label_start, end


def _after_tally(text: str, start: int, end: int) -> int:
    """Where a label's counted noun starts after a tally (`Total number of deaths`, `The
    number of IDPs`)."""
    m = _TALLY.search(text, start, end)
    before = {fold(w) for w in text[start:m.start()].split()} if m else set()
    if m is None or not before <= _noun_phrase_words()[1] | {"the"}:
        return start
    return m.start("noun")


def _whole_label_cue(text: str, start: int, end: int) -> frozenset[str]:
    """The kinds of a cue that is the whole label, modifiers before it aside (`Killed`,
    `Total killed`, `Shot down`); none if the label is more."""
    modifiers = _noun_phrase_words()[1]
    words = _WORD.finditer(text, start, end)
    first = next((w for w in words if fold(w.group()) not in modifiers), None)
    cue = first and _patterns().cue.whole.match(text, first.start(), end)
    return _cue_meaning(cue.group())[0] if cue and not text[cue.end():end].strip() else frozenset()


_WORD = Twin(regex.compile(r"[^\s/]+"))


def _kinds_after_label_noun(text: str, pos: int, end: int) -> frozenset[str] | None:
    """What a label says after its counted noun: the kinds of a cue (`Civilians killed`), or
    none where it goes on with a word that may follow a noun (`People in need`, `warships /
    boats`); None where it says something else (`Soldiers said`, `Doctors Without Borders`)."""
    rest = text[pos:end].split()
    if not rest:
        return frozenset()
    if rest[0][:1].isupper() and not rest[0].isupper():
        return None  # a name's words (`Without Borders`); a place may follow (`killed in Kora`)
    first = text.index(rest[0], pos)
    among = _AMONG_THE.match(text, first, end)
    if among:  # "Children among the dead": the cue after it is the label's
        cue = _patterns().cue.whole.match(text, among.end(), end)
        if cue and not text[cue.end():end].strip():
            return _cue_meaning(cue.group())[0]
    cue = _patterns().cue.whole.match(text, first, end)
    after = text[cue.end():end].split() if cue else rest
    if after and fold(after[0]) not in _label_words()["after_noun"] and not _HYPHENED_LOWER.fullmatch(after[0]):
        return None  # but "UAV operational-tactical level": a compound modifier after the noun
    return _cue_meaning(cue.group())[0] if cue else frozenset()


_HYPHENED_LOWER = re.compile(r"[a-z]+(?:-[a-z]+)+")
_AMONG_THE = re.compile(r"among\s+(?:the\s+)?", re.I)


def _known_noun_first(label: str, probe: _Quantity) -> None:
    """`UAV operational-tactical level`: where a label's last word is no known noun, its
    longest run of first words that ends in one is the counted noun; the rest qualifies it."""
    words = probe.noun_words
    for k in range(len(words) - 1, 0, -1):
        head = _noun_head(list(words[:k]))
        if _class_of(head) is not None:
            end = 0
            for word in words[:k]:
                end = label.index(word, end) + len(word)
            probe.noun, probe.noun_words, probe.noun_end = head, words[:k], end
            return


def _is_label_noun(probe: _Quantity) -> bool:
    """A label's counted noun names a thing a list counts, in words a name does not use, and
    no numbered thing (`Round: 3`, `Building: 3`; but `Buildings: 30`)."""
    words = probe.noun_words[1:]
    return (_class_of(probe.noun) in _label_words()["classes"]
            and fold(probe.noun_words[-1]) not in _lexicon().not_figures["before"]  # `Round: 3`
            and not any(w[:1].isupper() and not w.removesuffix("s").isupper() for w in words))  # but `UAVs`


@functools.cache
def _label_words() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_toml("figures.toml")["labels"].items()}


def _label_cue(text: str, q: _Quantity, allowed: set[str]) -> tuple[float, str] | None:
    """A labelled number's kind, where its clause says none: the label's own cue (`Killed:`),
    else the most telling kind that fits of all the cues before the label, the list's lead
    among them (`The enemy's losses from ... were: personnel - 412,300, tanks - 6,520`)."""
    if q.label_start is None:
        return None
    kinds = q.label_kinds & allowed
    if not kinds:  # the lead's cues all together: its outcome outranks a `from` (equipment)
        ends, unions = _cue_kinds_so_far(text)
        at = bisect.bisect_right(ends, q.label_start)
        kinds = unions[at - 1] & allowed if at else kinds
    return (0, _pick(kinds)) if kinds else None


# Where a list's item of a name and its count starts, after a comma or with a dash before the
# count: "Killed: Britain 255, Argentina 649", "Deaths: Kyrgyzstan - 59, Tajikistan - 41".
_TALLY_ITEM = Twin(regex.compile(
    r"\s-\s*\d|,\s*(?:and\s+)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s+(?:-\s*)?\d"))


def _lead_cue(text: str, q: _Quantity, allowed: set[str]) -> tuple[float, str] | None:
    """The kind a list's lead gives a count of it, in a list with no cue of its own: the most
    telling of the cues in the clause before the colon that opens the list (`the following
    were destroyed: 410 aircraft, 95 helicopters and 8,120 tanks`), a deed's as a label's
    before a noun (`Live: 300 civilians` is a live blog's)."""
    colon = text.rfind(":", 0, q.start)
    if colon < 0:
        return None
    clause_break = _CLAUSE_BREAK.search(text, colon + 1, q.start + 40)  # its lookahead must see past the number
    while clause_break and clause_break.start() < q.start and _TALLY_ITEM.match(text, clause_break.start()):
        clause_break = _CLAUSE_BREAK.search(text, clause_break.end(), q.start + 40)  # "Britain 255, Argentina 649"
    if clause_break and clause_break.start() < q.start:
        return None  # another clause after the colon
    if next(_patterns().cue.finditer(text, colon + 1, q.start), None) is not None:
        return None  # "losses: 14 killed, ... evacuated to 492 shelters": the list has cues of its own
    words = _label_words()
    kinds = frozenset().union(*(_cue_in(text, m, 0)[1] for m in _patterns().cue.finditer(
        text, _clause_start(text, colon), colon))) & allowed & (words["cue_kinds"] | words["noun_cue_kinds"])
    return (0, _pick(kinds)) if kinds else None


@_per_sentence
def _cue_kinds_so_far(text: str) -> tuple[list[int], list[frozenset[str]]]:
    """Where each cue of a sentence ends, and the kinds of all cues up to it: found once for
    every label of a long list."""
    ends, unions, kinds = [], [], frozenset()
    for m in _patterns().cue.finditer(text):
        kinds = kinds | _cue_meaning(m.group())[0]
        ends.append(m.end())
        unions.append(kinds)
    return ends, unions


def _span_period(text: str, q: _Quantity) -> str | None:
    """A labelled list counted `from 24.02.2022 to 10.03.2024` gives totals over that span."""
    if q.label_start is None:
        return None
    span_end = _date_span_end(text)
    return "cumulative" if span_end is not None and span_end <= q.label_start else None


@_per_sentence
def _date_span_end(text: str) -> int | None:
    """Where a sentence's first span of dates ends, if it has one."""
    m = _date_span().search(text) if "from" in text.lower() else None
    return m.end() if m else None


@functools.cache
def _date_span() -> Twin:
    months = phrase_alternation(_lexicon().not_figures["months"])
    day = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
           rf"|\d{{1,2}}\s+(?:{months})\.?(?:\s+\d{{4}})?"
           rf"|(?:{months})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")
    return Twin(regex.compile(rf"\bfrom\s+{day}\s+(?:to|till|until|through)\s+{day}", regex.I))


def _daily_change(text: str, q: _Quantity, figure: Figure) -> list[Figure]:
    """`tanks - 7,450 (+11)`: the change since the last daily report, a figure of the same kind
    and noun; `(+0)` is none."""
    if q.label_start is None:
        return []
    m = _DAILY_CHANGE.match(text, q.end)
    value = parse_digits(m.group("d")) if m else None
    if not value:
        return []
    change = _Quantity(m.start("sign"), m.end("d"), value, value, False, noun=q.noun,
                       noun_words=q.noun_words)
    return [_figure(text, change, figure.kind, "daily", False)]
