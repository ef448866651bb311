"""Patterns of the `regex` module run by the standard `re` engine on ASCII text.

Most report sentences are plain ASCII, and on a short string `re` tries a pattern two or
three times faster than `regex`. A twin is built from the pattern itself, so the rules are
written once (with `\\p{L}` and friends) and the twin finds exactly what they find in ASCII
text; the extractors' tests check that with hypothesis.
"""
from __future__ import annotations

import functools
import re

import regex

_ASCII_SETS = {r"\p{L}": "A-Za-z", r"\p{Lu}": "A-Z", r"\p{Ll}": "a-z", r"\p{N}": "0-9", r"\p{M}": "",
               r"\s": r" \t\n\x0b\x0c\r"}  # regex's \s in ASCII; re's adds \x1c-\x1f


def ascii_twin(pattern: regex.Pattern) -> re.Pattern | regex.Pattern:
    r"""The pattern in the stdlib engine, for ASCII text only: it tries a short string faster.
    `\p{L}` becomes `[A-Za-z]`, `\s` the six spaces regex means by it. A pattern re cannot read
    (`\p{...}` of other sets, a look-behind of varying width, REVERSE), or with a character that
    re and regex fold onto ASCII differently, stays as it is."""
    if pattern.flags & ~(regex.I | regex.V0 | regex.U | regex.DEFAULT_VERSION) or any(
            matches_ascii_folded(c) for c in pattern.pattern if not c.isascii()):
        return pattern
    source = ascii_source(pattern.pattern)
    try:
        return re.compile(source, re.I if pattern.flags & regex.I else 0) if source is not None else pattern
    except re.error:
        return pattern


def ascii_source(source: str) -> str | None:
    """`source` with the sets of `_ASCII_SETS` spelled out in ASCII; None if it holds another."""
    out, i, in_set = [], 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            escape = source[i:i + 2]
            if escape in (r"\p", r"\P"):
                end = source.find("}", i)
                if source[i + 2:i + 3] != "{" or end < 0:
                    return None
                escape = source[i:end + 1]
            if escape in _ASCII_SETS:
                out.append(_ASCII_SETS[escape] if in_set else f"[{_ASCII_SETS[escape]}]")
            elif escape[1:2] in ("p", "P", "S", "N", "X", "G", "K", "m", "M"):
                return None  # a set or escape the stdlib reads otherwise, or not at all
            else:
                out.append(escape)
            i += len(escape)
            continue
        if c == "[" and in_set:
            return None  # a nested set
        if c == "[":
            in_set = True
            out.append(source[i:i + 2] if source[i + 1:i + 2] == "^" else c)
            i += len(out[-1])
            continue
        if c == "]" and in_set:
            in_set = False
        out.append(c)
        i += 1
    return "".join(out)


@functools.cache
def matches_ascii_folded(char: str) -> bool:
    """A non-ASCII character `regex` matches, ignoring case, with an ASCII one (the long s, the
    Kelvin sign): `re` folds it otherwise, so a pattern holding it gets no twin."""
    return any(regex.fullmatch(regex.escape(char), chr(i), regex.I) for i in range(128))


class Twin:
    """A pattern matched in the stdlib engine when the text is ASCII, in regex's otherwise."""

    __slots__ = ("full", "ascii")

    def __init__(self, pattern: regex.Pattern):
        self.full = pattern
        self.ascii = ascii_twin(pattern)

    def match(self, text: str, *bounds):
        return (self.ascii if text.isascii() else self.full).match(text, *bounds)

    def search(self, text: str, *bounds):
        return (self.ascii if text.isascii() else self.full).search(text, *bounds)

    def fullmatch(self, text: str, *bounds):
        return (self.ascii if text.isascii() else self.full).fullmatch(text, *bounds)

    def finditer(self, text: str, *bounds):
        return (self.ascii if text.isascii() else self.full).finditer(text, *bounds)

    def split(self, text: str):
        return (self.ascii if text.isascii() else self.full).split(text)
