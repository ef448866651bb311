"""A live blog in Markdown: its marks are no words, its date line is no speaker, and a toll
one source gives and another raises later in the day is a rising toll. Every text here is
invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.merge import summarize
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes
from conflict_digest.sentences import normalise

BLOG = """# Kora war live: strikes on the capital

*Last updated: 4 October 2025, 21:40*

**21:40** The death toll from this morning's missile strike on the market in Lomi has risen to 19, the regional health department said.

**14:30** Emergency services said 12 people were killed when a missile hit the market in Lomi at around 09:00.

**11:15** The [Kora air force](https://example.org/af) said it shot down 23 drones overnight.
"""


@pytest.mark.parametrize("marked, plain", [
    ("**21:40** The toll rose.", "21:40 The toll rose."),
    ("*Last updated: 4 May 2025*", "Last updated: 4 May 2025"),
    ("It was *very* bad and __very__ bad.", "It was very bad and very bad."),
    ("See [the ministry](https://example.org/a) now. ![a photo](a.jpg)", "See the ministry now. "),
    ("* one\n* two", "* one\n* two"),  # bullets
    ("5 * 3 * 2", "5 * 3 * 2"),
    ("kora_lomi_tessa", "kora_lomi_tessa"),
])
def test_markdown_marks_are_no_words(marked, plain):
    assert normalise(marked) == plain


@given(st.text(alphabet="ab *_[]()!:\n", max_size=40))
def test_removing_marks_never_adds_a_character(text):
    assert len(normalise(text)) <= len(text)


@pytest.fixture(scope="module")
def blog():
    return Extractor.load().extract(read_report_bytes(BLOG.encode(), "2025-10-04-live.md"))


def test_the_blog_s_date_line_is_no_speaker(blog):
    assert [s.speaker.name for s in blog.speakers] == [
        "regional health department", "Emergency services", "Kora air force"]


def test_a_claim_reads_without_marks(blog):
    assert [c.text for c in blog.claims][-1] == "11:15 The Kora air force said it shot down 23 drones overnight."


def test_a_toll_another_source_raises_later_in_the_report_is_a_rising_toll(blog):
    (day,) = summarize([blog]).days
    assert {(e.figure.value, e.rising, e.latest, e.disputed) for e in day.figures
            if e.figure.kind == "killed"} == {(12, True, False, False), (19, True, True, False)}
