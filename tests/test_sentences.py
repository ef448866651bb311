import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.sentences import (_CLOSERS, _CONTROL, _CONTROL_START, _EVENTS, _STOPS,
                                       _may_number_a_list, normalise, split_sentences)


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# --- normalise ----------------------------------------------------------------------------

def test_normalise_line_ends():
    assert normalise("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_normalise_quotes_and_dashes():
    raw = "\u201cWe hold the bridge,\u201d the colonel\u2019s aide said \u2013 twice \u2014 at \u22125\u2009C."
    assert normalise(raw) == "\"We hold the bridge,\" the colonel's aide said - twice - at -5 C."


def test_normalise_spaces_and_invisible_characters():
    raw = "\ufeffShelling\u00a0hit\u202fthe\u200b de\u00adpot\tat dawn"
    assert normalise(raw) == "Shelling hit the depot at dawn"


def test_normalise_removes_ansi_and_control_characters():
    raw = "\x1b[1;31mAlert:\x1b[0m drones\x07 over\x00 the \x85city\x1b]0;title\x07."
    assert normalise(raw) == "Alert: drones over the city."


def test_normalise_keeps_other_text():
    raw = "Kramatorsk \u00e9t\u00e9 \u0417\u0430\u043f\u043e\u0440\u0456\u0436\u0436\u044f \u2026 \u00a312m\n\n\"ok\""
    assert normalise(raw) == raw.replace("\u00a0", " ")


@given(st.text())
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.sampled_from(list("ab \r\n\t\x1b[]0;m\x07\\\u200b\u2028\u201c-"))))
def test_normalise_is_idempotent_on_escape_soup(text):
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.sampled_from(list("ab \n\x00\x07\x08\x0b\x1b\x1f\x7f\x80\x9f\xa0[]0;m\\"))))
def test_normalise_skips_the_control_pattern_only_where_it_would_remove_nothing(text):
    if not _CONTROL_START.search(text):
        assert _CONTROL.sub("", text) == text


# --- split_sentences: properties ------------------------------------------------------------

def check_spans(text: str) -> None:
    previous_end = 0
    previous_paragraph = 0
    for sentence in split_sentences(text):
        assert sentence.text == text[sentence.start:sentence.end]
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert sentence.paragraph >= previous_paragraph
        previous_end, previous_paragraph = sentence.end, sentence.paragraph


@given(st.text())
def test_split_never_raises_and_spans_match(text):
    check_spans(text)


@given(st.lists(st.sampled_from(list("aB1 .?!\u2026\"')(\n-*\u2022#,:") + ["Mr", "U.S", "Jan", " J"]))
       .map("".join))
def test_split_spans_match_on_punctuation_soup(text):
    check_spans(text)


@given(st.text())
def test_split_spans_match_after_normalise(text):
    check_spans(normalise(text))


# --- split_sentences: rules -----------------------------------------------------------------

def test_plain_sentences_and_offsets():
    text = "Shelling resumed at dawn. Two bridges were hit! Was the depot struck? Nobody knows."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Shelling resumed at dawn.", "Two bridges were hit!", "Was the depot struck?",
        "Nobody knows."]
    assert [(s.start, s.end) for s in sentences][:2] == [(0, 25), (26, 47)]


@pytest.mark.parametrize("text", [
    "Troops from the U.S. Army and the U.K. contingent met U.N. monitors near the river.",
    "Mr. Petrenko and Mrs. Hale met Ms. Ortiz and Dr. Kaye at the field hospital.",
    "Gen. Ivanov, Lt. Brandt, Col. Sato, Maj. Ruiz, Sgt. Oduya and Capt. Lind held the ridge.",
    "Gov. Marsh, Sen. Dale and Rep. Kovacs visited St. Anne's shelter on the front.",
    "Brigade No. 4 faced the enemy vs. the weather, etc., and lost two trucks.",
    "Supplies, e.g. fuel and shells, ran short, i.e. the assault stalled.",
    "The offensive began on Jan. 12 and stalled by Feb. 3, then resumed Aug. 9.",
    "Talks planned for Sept. 14, Oct. 2, Nov. 30 and Dec. 21 were cancelled.",
    "Armour Works Inc. and Steel Co. and Field Kit Ltd. signed supply deals.",
    "Shelling destroyed 21.3 percent of the grain stores and 1,250.5 tonnes of fuel.",
    "The convoy was led by J. R. Okafor and guarded by T. Brandt.",
    "He served with the 5th Inf. Div. and the 2nd Mech. Bde. Kora Group for two years.",
    "The hospital received 35 wounded at 3 a.m. Sunday and 12 more at 6 p.m. GMT.",
    "Shelling began at 9 a.m. Feb. 4 and stopped at 11 p.m. EAT on Monday.",
])
def test_abbreviations_numbers_and_initials_do_not_split(text):
    assert texts(text) == [text]


def test_abbreviation_at_end_before_a_sentence_opener_splits():
    text = "Aid arrived from the U.S. The first trucks reached the city at noon."
    assert texts(text) == ["Aid arrived from the U.S.", "The first trucks reached the city at noon."]


@pytest.mark.parametrize("first, second", [
    ("The strike came at 6 p.m.", "The next day four more people died."),
    ("Sirens sounded at 3 a.m.", "Residents fled to the shelters."),
    ("The order came from the Kora Defence Dept.", "The army obeyed."),
])
def test_time_and_unit_abbreviations_end_a_sentence_before_an_opener(first, second):
    assert texts(f"{first} {second}") == [first, second]


def test_etc_before_capital_ends_sentence():
    text = "Drones, shells, mortars etc. Most of them hit the depot."
    assert texts(text) == ["Drones, shells, mortars etc.", "Most of them hit the depot."]


def test_month_abbreviation_without_day_ends_sentence():
    assert texts("The siege began in Sept. Fighting has not stopped.") == [
        "The siege began in Sept.", "Fighting has not stopped."]


def test_year_at_end_of_sentence_splits():
    assert texts("The town fell in 2014. Shelling resumed later.") == [
        "The town fell in 2014.", "Shelling resumed later."]


def test_sentence_ends_after_closing_quote():
    text = 'The commander said: "We will not retreat." Artillery fire continued overnight.'
    assert texts(text) == ['The commander said: "We will not retreat."',
                           "Artillery fire continued overnight."]


def test_question_in_quote_ends_after_quote():
    text = '"Where are the shells?" Nobody in the trench answered.'
    assert texts(text) == ['"Where are the shells?"', "Nobody in the trench answered."]


def test_quote_followed_by_said_is_one_sentence():
    for text in ['"The line is holding, but not fast," he said.',
                 '"Why are they shelling the market?" she asked.',
                 '"Retreat now!" the sergeant shouted.']:
        assert texts(text) == [text]


def test_ellipsis_inside_quote_followed_by_lowercase_does_not_split():
    for ellipsis in ("...", "\u2026"):
        text = f'"The shelling is heavy {ellipsis} we expect more tonight," the mayor said.'
        assert texts(text) == [text]


def test_ellipsis_followed_by_capital_splits():
    assert texts("The guns went quiet... Then the drones came.") == [
        "The guns went quiet...", "Then the drones came."]


def test_blank_line_always_ends_sentence_and_counts_paragraphs():
    text = "Fighting near the dam\n\nTroops advanced at dawn. Mr.\n\n\n  Casualties were light.\n"
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Fighting near the dam", 0), ("Troops advanced at dawn.", 1), ("Mr.", 1),
        ("Casualties were light.", 2)]


def test_paragraph_numbers_start_at_zero_after_leading_blank_lines():
    sentences = split_sentences("\n\n  \nSirens sounded.\n\nThe all-clear came.")
    assert [s.paragraph for s in sentences] == [0, 1]


def test_headline_line_without_punctuation_is_own_sentence():
    text = "Drones strike fuel depot in the south\nThree storage tanks burned through the night."
    assert texts(text) == ["Drones strike fuel depot in the south",
                           "Three storage tanks burned through the night."]


def test_section_heading_is_own_sentence():
    text = "The front was quiet.\n\nCasualties\nTwo medics were wounded by a mine."
    assert texts(text) == ["The front was quiet.", "Casualties", "Two medics were wounded by a mine."]


def test_line_continued_in_lowercase_is_one_sentence():
    text = "The brigade withdrew from the village\nafter three days of shelling."
    assert texts(text) == ["The brigade withdrew from the village\nafter three days of shelling."]


def test_line_ending_in_comma_continues():
    text = "After the bridge fell,\nEngineers built a pontoon crossing."
    assert texts(text) == [text]


def test_hard_wrapped_paragraph_is_joined_across_capitalised_names():
    text = ("Artillery units on the southern front destroyed two ammunition depots and\n"
            "a command post over the weekend, according to a statement from Colonel\n"
            "Serhiy Bondar, the regional command spokesman, on Monday morning.\n")
    assert texts(text) == [text.strip()]


def test_short_lines_are_not_taken_for_wrapping():
    text = "Morning briefing\nDrones hit a depot\nRail traffic resumed."
    assert texts(text) == ["Morning briefing", "Drones hit a depot", "Rail traffic resumed."]


def test_list_items_are_separate_sentences_without_their_bullet():
    text = ("Key events:\n- Drones hit a power station\n* Two villages were evacuated\n"
            "\u2022 The ceasefire talks stalled\n")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Key events:", "Drones hit a power station", "Two villages were evacuated",
        "The ceasefire talks stalled"]
    assert all(s.text == text[s.start:s.end] for s in sentences)


def test_list_item_after_abbreviation_still_splits():
    assert texts("Statement by the U.S.\n- Aid will continue") == [
        "Statement by the U.S.", "Aid will continue"]


def test_markdown_heading_mark_is_excluded():
    assert texts("# Front line update\n\nShelling continued.") == [
        "Front line update", "Shelling continued."]


def test_numbered_list_number_does_not_split():
    text = "1. Drones hit the depot.\n2. Trains were halted."
    assert texts(text) == ["1. Drones hit the depot.", "2. Trains were halted."]


def test_wire_dateline_stays_in_first_sentence():
    text = "KYIV, Jan. 9 (Wire) - Missiles struck the grid overnight. Power was cut."
    assert texts(text) == ["KYIV, Jan. 9 (Wire) - Missiles struck the grid overnight.",
                           "Power was cut."]


def test_empty_and_whitespace_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t \n") == []


def test_long_line_without_break_is_linear():
    text = "the column moved on, 1.5 km, " * 1_700_000  # about 50 MB
    started = time.perf_counter()
    sentences = split_sentences(text)
    assert len(sentences) == 1
    assert time.perf_counter() - started < 20


def test_long_runs_of_punctuation_and_newlines_are_linear():
    started = time.perf_counter()
    for text in ("." * 5_000_000, "?!" * 2_000_000, "\n \n" * 1_000_000, "U.S." * 1_000_000):
        check_spans(text)
    assert time.perf_counter() - started < 20


@settings(max_examples=50)
@given(st.lists(st.sampled_from([
    "Shelling hit the port.", "Mr. Lund said so.", "Was it the U.S. Navy?", "\n", "\n\n",
    "- Two ships sank", '"Hold," he said.', "...", "J. R. Oduya spoke.", " "]), max_size=30))
def test_split_on_report_like_fragments(parts):
    check_spans("".join(parts))


# --- fast paths: the same results as the plain patterns ------------------------------------

PLAIN_EVENTS = re.compile(  # _EVENTS without its leading look-ahead
    rf"(?P<blank>\n(?:[^\S\n]*+\n)++)"
    rf"|(?P<newline>\n)"
    rf"|(?<![{_STOPS}])(?P<stop>[{_STOPS}]++)(?P<close>[{re.escape(_CLOSERS)}]*+)(?=\s|\Z)"
)


@given(st.lists(st.sampled_from(["a", "B", " ", "\n", " \n", ".", "...", "!", "?", "\u2026",
                                 '"', "'", ")", "]", "\u201d", "\t", "1"]), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
def test_events_are_the_plain_patterns_events(text):
    def events(pattern):
        return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]
    assert events(_EVENTS) == events(PLAIN_EVENTS)


@pytest.mark.parametrize("token, expected", [("1", True), ("12", True), ("123", True),
                                             ("1234", False), ("a1", False), ("", False)])
def test_may_number_a_list(token, expected):
    assert _may_number_a_list(token) == expected


PAGE_WITH_LINKS = """Strike on Kora market kills 12

At least 12 people were killed in a strike on the Kora market, officials said.

Read more
Lomi kills 20 in strike on school in Tessa
Kora Front says no change to truce stance

Witnesses said at least 5 rockets hit the area. The market was closed.
"""


def test_a_pages_list_of_links_to_other_stories_is_left_out():
    texts = [s.text for s in split_sentences(PAGE_WITH_LINKS)]
    assert texts == ["Strike on Kora market kills 12",
                     "At least 12 people were killed in a strike on the Kora market, officials said.",
                     "Witnesses said at least 5 rockets hit the area.", "The market was closed."]


@pytest.mark.parametrize("header", ["Related", "READ MORE:", "More on this story", "See also"])
def test_link_list_headers(header):
    text = PAGE_WITH_LINKS.replace("Read more", header)
    assert not any("Tessa" in s.text for s in split_sentences(text))


def test_a_sentence_after_a_header_like_line_stays():
    text = "Related\nThe army said 12 soldiers were killed. Lomi denied it.\n"
    assert [s.text for s in split_sentences(text)] == ["The army said 12 soldiers were killed.", "Lomi denied it."]


@pytest.mark.parametrize("text, expected", [
    ("The minister said on X. Kora's army denied it.", ["The minister said on X.", "Kora's army denied it."]),
    ("She posted via X. Lomi officials said nothing.", ["She posted via X.", "Lomi officials said nothing."]),
    # an initial elsewhere
    ("Amadou X. Sissoko spoke.", ["Amadou X. Sissoko spoke."]),
])
def test_the_platform_x_after_on_ends_a_sentence(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


# --- pictographs before a line say nothing: a Telegram post's markers go ---------------------

@pytest.mark.parametrize("raw, expected", [
    ("\u26a1\ufe0f Governor: drone attack on Kora region", "Governor: drone attack on Kora region"),
    ("\u27a1\ufe0f In the village of Lomi, a drone hit a car.", "In the village of Lomi, a drone hit a car."),
    ("\U0001f534 BREAKING: 12 killed in Tessa", "BREAKING: 12 killed in Tessa"),
    ("Killed: 4 \U0001f622, wounded: 31", "Killed: 4 , wounded: 31"),
    ("Caf\u00e9 owners in Kora fled", "Caf\u00e9 owners in Kora fled"),  # letters stay
])
def test_pictographs_are_removed(raw, expected):
    assert normalise(raw) == expected


def test_a_pictograph_marks_no_speaker():
    from conflict_digest.pipeline import Extractor
    from conflict_digest.reader import read_report_bytes
    text = (" date 2025-05-06 \u26a1\ufe0f Governor: drone attack on Kora region\n"
            "\U0001f534 Over the past day, rebels attacked 14 villages with 83 drones, Governor Ivan Petrenko said.\n")
    extracted = Extractor.load().extract(read_report_bytes(text.encode(), "post.txt"))
    assert all(not any(ord(c) > 0x2000 for c in s.speaker.name) for s in extracted.speakers)
    assert [(f.value, f.what) for f in extracted.figures] == [(14, "village"), (83, "drone")]


@pytest.mark.parametrize("text, sentences", [
    ("Gangs attacked Port-au-\nPrince overnight, killing 12 people.",
     ["Gangs attacked Port-au-\nPrince overnight, killing 12 people."]),
    ("Troops shelled Kora-\nLomi on Monday.", ["Troops shelled Kora-\nLomi on Monday."]),
    ("Kora -\nLomi said 5 died.", ["Kora -", "Lomi said 5 died."]),  # a dash set off: no word broken
    ("Latest updates\nTroops shelled Kora.", ["Latest updates", "Troops shelled Kora."]),
])
def test_a_word_broken_with_a_hyphen_at_a_line_end_goes_on(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences
