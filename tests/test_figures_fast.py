"""The figures extractor's shortcuts: each finds exactly what the pattern or scan it stands for
finds. Every sentence here is invented for the test."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_figures import invented_sentences

from conflict_digest import figures

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
