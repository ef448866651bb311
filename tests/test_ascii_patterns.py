"""ASCII twins: `regex` patterns rewritten for the `re` engine on ASCII text. That each twin
finds what its pattern finds is checked where the patterns live (test_figures_fast,
test_speakers); here, how a pattern is rewritten or left alone."""
from __future__ import annotations

import re

import regex

from conflict_digest.ascii_patterns import Twin, ascii_source, ascii_twin


def test_ascii_source_spells_out_sets():
    assert ascii_source(r"[\p{L}\p{N}/]\s+\p{Lu}") == r"[A-Za-z0-9/][ \t\n\x0b\x0c\r]+[A-Z]"
    assert ascii_source(r"[^\s]\d") == r"[^ \t\n\x0b\x0c\r]\d"
    assert ascii_source(r"\p{Greek}") is None
    assert ascii_source(r"\S") is None
    assert ascii_source(r"\pL") is None


def test_a_pattern_the_stdlib_cannot_read_stays_as_it_is():
    varying = regex.compile(r"(?<=\s+)x")
    assert ascii_twin(varying) is varying
    backwards = regex.compile(r"x$", regex.REVERSE)
    assert ascii_twin(backwards) is backwards
    folding = regex.compile("\u0130", regex.I)  # re folds it onto `i`, regex does not
    assert ascii_twin(folding) is folding


def test_stdlib_twin_keeps_regex_spaces():
    twin = Twin(regex.compile(r"a\sb"))
    assert twin.match("a\x1cb") is None  # re's \s would take it
    assert twin.match("a\tb")


def test_letter_classes_read_in_and_outside_brackets():
    twin = ascii_twin(regex.compile(r"\p{Lu}[\p{Ll}\p{M}'\]-]*\s\[", regex.I))
    assert twin.pattern == r"[A-Z][a-z'\]-]*[ \t\n\x0b\x0c\r]\["
    assert isinstance(twin, re.Pattern) and twin.flags & re.I


def test_a_mark_alone_matches_nothing_in_ascii_and_keeps_its_pattern():
    marked = regex.compile(r"x\p{M}")
    assert ascii_twin(marked) is marked
