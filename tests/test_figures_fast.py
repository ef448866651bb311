"""The figures extractor's shortcuts: each finds exactly what the pattern or scan it stands for
finds. Every sentence here is invented for the test."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_figures import invented_sentences

from conflict_digest import figures
from conflict_digest.ascii_patterns import Twin

_GATES = ["currency_after", "unit_after", "duration_after"]


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), name=st.sampled_from(_GATES), pos=st.integers(0, 200))
def test_property_gate_matches_what_its_pattern_matches(text, name, pos):
    gate = getattr(figures._patterns(), name)
    expected = gate.pattern.match(text, pos)
    found = gate.match(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), pos=st.integers(0, 200))
def test_property_next_number_is_the_next_match_of_the_number_pattern(text, pos):
    figures._forget_sentence()
    expected = figures._patterns().number.search(text, pos)
    found = figures._next_number(text, pos, figures._number_starts(text))
    assert (found and found.span()) == (expected and expected.span())


def test_word_after_skips_spaces_and_hyphens():
    assert figures._word_after("12 Km west", 2) == "km"
    assert figures._word_after("12 - odd", 2) == "odd"
    assert figures._word_after("12%", 2) == "%"
    assert figures._word_after("12", 2) == ""


def test_first_words_of_phrases():
    assert figures._first_words_of(["per cent", "%", "km²", "sq. km"]) == {"per", "%", "km", "sq"}
    assert figures._first_words_of(["or more", "-odd"]) == {"or", "odd"}
    assert figures._first_words_of(["km", "-"]) is None  # no word to tell
    assert figures._first_words_of(["\u212a"]) is None  # the Kelvin sign matches `k`, case ignored


def test_gate_skips_the_pattern_only_in_ascii_text():
    gate = figures._patterns().unit_after
    assert gate.match("12 soldiers", 2) is None
    assert gate.match("12 km", 2).group("unit") == "km"
    assert gate.match("12 \u212am", 2) is not None  # past ASCII the pattern itself decides


def _twins() -> dict[str, Twin]:
    found = {name: value for name, value in vars(figures).items() if isinstance(value, Twin)}
    p = figures._patterns()
    found.update({name: getattr(p, name) for name in p.__dataclass_fields__
                  if isinstance(getattr(p, name), Twin)})
    return found


def _ascii_sentences():
    return invented_sentences().filter(str.isascii)


def _same(found, expected) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groups() == expected.groups()


@settings(max_examples=600, deadline=None)
@given(text=_ascii_sentences(), name=st.sampled_from(sorted(_twins())),
       pos=st.integers(0, 200), length=st.integers(0, 300))
def test_property_stdlib_twin_matches_as_regex_does_in_ascii_text(text, name, pos, length):
    twin = _twins()[name]
    for method in ("match", "search", "fullmatch"):
        found = getattr(twin.ascii, method)(text, pos, pos + length)
        assert _same(found, getattr(twin.full, method)(text, pos, pos + length)), method
    assert [m.span() for m in twin.ascii.finditer(text, pos, pos + length)] == [
        m.span() for m in twin.full.finditer(text, pos, pos + length)]


def test_twins_use_the_stdlib_engine():
    assert {name for name, twin in _twins().items() if not isinstance(twin.ascii, re.Pattern)} == set()


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), end=st.integers(0, 200), width=st.integers(0, 40))
def test_property_a_window_without_capitals_holds_no_name(text, end, width):
    start = max(0, end - width)
    if figures._no_capital_in(text, start, end):
        assert figures._POSSESSOR_BEFORE.search(text, start, end) is None
        assert figures._MODEL_NAME_BEFORE.search(text, start, end) is None


def test_no_capital_in_looks_at_the_window_only():
    text = "Russia's own 40 tanks"
    assert not figures._no_capital_in(text, 0, text.index("40"))
    assert figures._no_capital_in(text, 1, text.index("40"))
    assert not figures._no_capital_in("über 40", 0, 5)  # past ASCII: no shortcut


def test_cue_meaning_reads_kinds_and_side():
    assert figures._cue_meaning("Death  toll") == (figures._lexicon().cue_kinds["death toll"], False)
    assert figures._cue_meaning("death toll")[1] is True
    assert "killed" in figures._cue_meaning("KILLED")[0]


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), pos=st.integers(0, 200))
def test_property_clause_bounds_as_the_clause_break_pattern_finds_them(text, pos):
    start = max(0, pos - figures.WINDOW_CHARS)
    for m in figures._CLAUSE_BREAK.finditer(text, start, pos + 40):
        if m.end() > pos:
            break
        start = m.end()
    m = figures._CLAUSE_BREAK.search(text, pos, pos + figures.WINDOW_CHARS)
    end = m.start() if m else min(len(text), pos + figures.WINDOW_CHARS)
    figures._forget_sentence()
    assert (figures._clause_start(text, pos), figures._clause_end(text, pos)) == (start, end)


def _starts_a_cue_phrase_slowly(text: str, pos: int) -> bool:
    m = figures._patterns().cue.whole.match(text, pos)
    return m is not None and len(m.group().split()) > 1


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences())
def test_property_a_cue_phrase_start_is_told_as_the_whole_pattern_tells_it(text):
    figures._forget_sentence()
    for m in re.finditer(r"[A-Za-z][\w'\-/]*", text):
        fast = figures._starts_a_cue_phrase(text, m.start(), figures.fold(m.group()))
        assert fast == _starts_a_cue_phrase_slowly(text, m.start()), (text, m.group())


def test_starts_a_cue_phrase_only_for_phrases_of_several_words():
    text = "740,000 Rohingya crossed into Bangladesh and fled"
    assert figures._starts_a_cue_phrase(text, text.index("crossed"), "crossed")
    assert not figures._starts_a_cue_phrase(text, text.index("fled"), "fled")  # one word
    assert not figures._starts_a_cue_phrase(text, text.index("Bangladesh"), "bangladesh")


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), pos=st.integers(0, 200),
       update=st.sampled_from(["", "rose to ", "bringing the death toll to ", "UP ", "(up ",
                               "taking the toll  to ", "climbed\tto ", "now stands at "]))
def test_property_is_update_tells_what_the_update_pattern_tells(text, pos, update):
    text = text[:pos] + update + text[pos:]
    start = min(pos + len(update), len(text))
    window = max(0, start - figures.UPDATE_WINDOW_CHARS)
    expected = bool(figures._patterns().update_before.search(text, window, start))
    assert figures._is_update(text, start) == expected


def test_is_update_after_a_running_total_phrase():
    text = "Another strike killed nine, bringing the death toll to 212."
    assert figures._is_update(text, text.index("212"))
    assert not figures._is_update(text, text.index("nine"))


@settings(max_examples=400, deadline=None)
@given(text=invented_sentences(), pos=st.integers(0, 200),
       share=st.sampled_from(["", "1 in ", "one in ", "ONE IN ", "One  in\t", "in ", "n "]))
def test_property_is_a_share_tells_what_the_share_pattern_tells(text, pos, share):
    text = text[:pos] + share + text[pos:]
    start = min(pos + len(share), len(text))
    m = figures._RATIO_BEFORE.search(text, max(0, start - figures.SHARE_WINDOW_CHARS), start)
    expected = bool(m) and figures._a_share(figures._small_number(m.group("part")), 3)
    assert figures._is_a_share(text, start, 3) == expected


def test_is_a_share():
    text = "About 1 in 3 children; killed 11 in 3 villages; nine in ten; 5 in 3 raids"
    assert figures._is_a_share(text, text.index("3 children"), 3)
    assert not figures._is_a_share(text, text.index("3 villages"), 3)
    assert figures._is_a_share(text, text.index("ten"), 10)
    assert not figures._is_a_share(text, text.index("3 raids"), 3)
