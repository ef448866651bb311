"""Normalise report text and split it into sentences with their character spans; read the
rows of its Markdown tables.

Both run on every report, so both are linear in the text: str.translate and regexes that
cannot backtrack (possessive quantifiers), with constant work per candidate boundary.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Sentence
from .resources import load_toml

# ANSI escape sequences (colour codes, window titles) and C0/C1 control characters other
# than tab, newline and carriage return, which the translation table handles.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*+[ -/]*+[@-~]"
    r"|\x1b\][^\x07\x1b]{0,512}+(?:\x07|\x1b\\)"
    r"|\x1b[@-_]"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# The characters every match of _CONTROL starts with (ESC is among them). Most reports have
# none, and looking for them is seven times cheaper than substituting nothing.
_CONTROL_START = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@functools.cache
def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for group in load_toml("characters.toml").values():
        if "from" in group:
            table.update(dict.fromkeys(map(ord, group["from"]), group["to"]))
    return table


@functools.cache
def _pictographs() -> re.Pattern:
    ranges = "".join(load_toml("characters.toml")["pictographs"]["ranges"])
    return re.compile(f"[{ranges}]+ *")


def normalise(text: str) -> str:
    """One spelling for quotes, dashes, spaces and line ends; invisible and control characters
    and pictographs gone.

    Later stages match words and punctuation literally, so they must not have to know
    about typographic variants or terminal colour codes.
    """
    if _CONTROL_START.search(text):
        text = _CONTROL.sub("", text)
    text = text.replace("\r\n", "\n")
    if "*" in text or "_" in text or "](" in text:
        text = _without_markdown_marks(text)
    if not text.isascii():
        text = _pictographs().sub("", text)
    if "\t" in text:  # a table pasted as text: its cells kept apart (`plain_table_rows`)
        text = "\n".join(map(_tab_cells_apart, text.split("\n")))
    return text.translate(_translation())


def _tab_cells_apart(line: str) -> str:
    """A line of three cells or more between tabs (a spreadsheet's row pasted) with spaced
    bars between its cells, its indent kept; any other line as it is."""
    cells = _TAB_RUN.split(line.strip()) if "\t" in line.strip() else ()
    if len(cells) < _TABLE_CELLS:
        return line
    return line[:len(line) - len(line.lstrip())] + " | ".join(cells)


_TAB_RUN = re.compile(r"[^\S\n]*\t[^\S\n]*")  # a tab (or tabs) between two cells, and the spaces around
_TABLE_CELLS = 3


# Markdown's inline marks: emphasis around words (`**21:40**`, `*Updated 4 May*`, `__x__`),
# links (`[the ministry](https://...)`) and images. Not a bullet (`* item`), a product
# (`5 * 3`) nor a name_with_underscores.
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*?|__?)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*])")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)")
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,500}\)")


def _without_markdown_marks(text: str) -> str:
    """The words of Markdown's emphasis and links without their marks: a live blog's
    `**21:40** The toll rose` is a time and a sentence, `*Last updated ...*` a date line."""
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    return _EMPHASIS.sub(r"\2", text) if "*" in text or "_" in text else text


# --- sentence splitting -------------------------------------------------------------------

_STOPS = ".!?\u2026"
_CLOSERS = "\"')]\u201d\u2019"
_OPENERS = "\"'([\u201c\u2018"

# Every place a sentence may end, in one scan: a blank line (always ends a sentence and a
# paragraph), a single line break, or terminal punctuation with its closing quotes and
# brackets, followed by whitespace. The look-behind makes a long run of dots one candidate.
# The leading look-ahead names the characters every event starts with, so `re` skips to them
# instead of trying each alternative (and the look-behind) at every position: 3-6x faster.
_EVENTS = re.compile(
    rf"(?=[\n{_STOPS}])(?:"
    rf"(?P<blank>\n(?:[^\S\n]*+\n)++)"
    rf"|(?P<newline>\n)"
    rf"|(?<![{_STOPS}])(?P<stop>[{_STOPS}]++)(?P<close>[{re.escape(_CLOSERS)}]*+)(?=\s|\Z))"
)
# A list bullet or Markdown heading mark opening a line: its own sentence, mark excluded.
_LINE_MARK = re.compile(r"[^\S\n]*+(?:[-*\u2022]|#{1,6}+)[^\S\n]++(?=\S)")
_NEXT_TOKEN = re.compile(r"\s*+(\S{0,40})")
_BLANK_LINE = re.compile(r"\n[^\S\n]*+\n")
_NON_SPACE = re.compile(r"\S")
_CAPITAL_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
_WORD = re.compile(r"[A-Za-z']*")
_TOKEN_WINDOW = 40
_WRAP_WIDTHS = range(50, 101)  # columns text is hard-wrapped at: e-mail 72, terminals 80


@dataclass(frozen=True)
class _Abbreviations:
    never_end: frozenset[str]
    before_number: frozenset[str]
    unless_opener: frozenset[str]
    before_time_word: frozenset[str]
    time_words: frozenset[str]
    sentence_openers: frozenset[str]
    platforms: frozenset[str]
    platform_before: frozenset[str]


@functools.cache
def _abbreviations() -> _Abbreviations:
    data = load_toml("abbreviations.toml")
    return _Abbreviations(
        never_end=frozenset(w.lower() for w in data["never_end"]),
        before_number=frozenset(w.lower() for w in data["before_number"]),
        unless_opener=frozenset(w.lower() for w in data["unless_opener"]),
        before_time_word=frozenset(w.lower() for w in data["before_time_word"]),
        time_words=frozenset(data["time_words"]),
        sentence_openers=frozenset(data["sentence_openers"]),
        platforms=frozenset(data["platforms"]),
        platform_before=frozenset(w.lower() for w in data["platform_before"]),
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with its span and paragraph number, page furniture
    left out (_without_link_lists).

    Spans point into `text` itself, so extractors can report offsets in the report.
    """
    return _without_link_lists(_Splitter(text).split())


def _without_link_lists(sentences: list[Sentence]) -> list[Sentence]:
    """A copied web page's list of links to other stories (`Read more`, `Related`, then their
    headlines) is no part of the report: the header and the headline-like lines after it (no
    full stop) go, up to the first sentence that ends like one."""
    headers = _link_list_headers()
    kept: list[Sentence] = []
    dropping = 0
    for sentence in sentences:
        words = sentence.text
        if len(words) <= _LINK_HEADER_MAX_CHARS and words.strip(" :.").lower() in headers:
            dropping = LINK_LIST_MAX_LINES
            continue
        if dropping and not words.rstrip(_CLOSERS).endswith(tuple(_STOPS)):
            dropping -= 1
            continue
        dropping = 0
        kept.append(sentence)
    return kept


LINK_LIST_MAX_LINES = 6  # a related-stories box lists a few headlines
_LINK_HEADER_MAX_CHARS = 40


@functools.cache
def _link_list_headers() -> frozenset[str]:
    return frozenset(h.lower() for h in load_toml("report_headers.toml")["link_list_headers"])


class _Splitter:
    """One pass over the boundary candidates of a text, deciding each in constant time."""

    def __init__(self, text: str):
        self.text = text
        self.sentences: list[Sentence] = []
        self.paragraph = 0
        self.paragraph_start = 0
        self.paragraph_has_sentence = False
        self.wrap_width: int | None = None
        self.wrap_known = False
        self.line_start = 0
        self.segment_start = self._after_line_mark(0)
        self.last_stop_end = -1
        self._line_text = (-1, 0)  # (a line's start, where its first non-space character is)

    def split(self) -> list[Sentence]:
        text = self.text
        for event in _EVENTS.finditer(text):
            kind = event.lastgroup  # a stop's last group is `close`, matched even when empty
            if kind == "close":
                if self._stop_ends_sentence(event):
                    self._emit(event.end())
                self.last_stop_end = event.end()
            elif kind == "newline":
                self._line_break(event.start())
            else:
                self._emit(event.start())
                self._new_paragraph(event.end())
        self._emit(len(text))
        return self.sentences

    def _emit(self, end: int) -> None:
        """Close the current segment as a sentence, if it holds any text."""
        start = self.segment_start
        piece = self.text[start:end]
        stripped = piece.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            self.sentences.append(Sentence(stripped, first, first + len(stripped), self.paragraph))
            self.paragraph_has_sentence = True
        self.segment_start = end

    def _new_paragraph(self, start: int) -> None:
        if self.paragraph_has_sentence:
            self.paragraph += 1
            self.paragraph_has_sentence = False
        self.paragraph_start = self.line_start = start
        self.wrap_known = False
        self.segment_start = self._after_line_mark(start)

    def _after_line_mark(self, line_start: int) -> int:
        mark = _LINE_MARK.match(self.text, line_start)
        return mark.end() if mark else line_start

    def _line_break(self, at: int) -> None:
        """A single line break ends a sentence unless the line is visibly continued."""
        text = self.text
        line_start, self.line_start = self.line_start, at + 1
        mark = _LINE_MARK.match(text, at + 1)
        if mark:
            self._emit(at)
            self.segment_start = mark.end()
            return
        if self.last_stop_end > line_start and not text[self.last_stop_end:at].strip():
            return  # the line ends in punctuation, already decided
        line = text[line_start:at].rstrip()
        next_token = _NEXT_TOKEN.match(text, at + 1).group(1)
        if (line.endswith((",", ";")) or next_token[:1].islower()
                or line.endswith("-") and line[-2:-1].isalpha()  # "Port-au-" / "Prince": a word broken
                or self._is_wrapped(len(line))):
            return
        self._emit(at)

    def _is_wrapped(self, line_width: int) -> bool:
        """Whether this line was broken only because it reached a hard-wrapped paragraph's width."""
        if not self.wrap_known:
            self.wrap_width = _wrap_width(self.text, self.paragraph_start)
            self.wrap_known = True
        return self.wrap_width is not None and line_width >= 0.75 * self.wrap_width

    def _stop_ends_sentence(self, event: re.Match) -> bool:
        text = self.text
        next_token = _NEXT_TOKEN.match(text, event.end()).group(1)
        if not next_token:
            return True
        if next_token.lstrip(_OPENERS)[:1].islower():
            return False
        stop, close = event.group("stop", "close")
        if stop != "." or close:
            return True
        window = text[max(0, event.start() - _TOKEN_WINDOW):event.start()]
        raw_token = window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""
        token = raw_token.lstrip(_OPENERS)
        if not token:
            return True
        if token in _abbreviations().platforms and _is_platform(window, raw_token):
            return True  # "said on X. Kora's army ...": the platform, no initial
        numbers_a_line = (_may_number_a_list(token)  # where the line starts is found only then
                          and event.start() - len(raw_token) <= self._line_text_start())
        return not _full_stop_is_abbreviation(token, next_token, numbers_a_line)

    def _line_text_start(self) -> int:
        """Where the current line's text begins, found once per line (a long line of
        abbreviations must not be rescanned at each of them)."""
        if self._line_text[0] != self.line_start:
            found = _NON_SPACE.search(self.text, self.line_start)
            self._line_text = (self.line_start, found.start() if found else len(self.text))
        return self._line_text[1]


def _full_stop_is_abbreviation(token: str, next_token: str, numbers_a_line: bool) -> bool:
    """Whether `token.` followed by `next_token` is an abbreviation inside a sentence.
    `numbers_a_line`: the token opens its line and _may_number_a_list."""
    words = _abbreviations()
    key = token.lower()
    if key in words.never_end:
        return True
    if key in words.before_number:
        return next_token[:1].isdigit()
    if key in words.unless_opener or _CAPITAL_INITIALS.fullmatch(token):
        return not _opens_sentence(next_token)
    if key in words.before_time_word:
        return _WORD.match(next_token).group() in words.time_words
    return numbers_a_line  # "1." numbering a list


def _is_platform(window: str, raw_token: str) -> bool:
    """Whether the word before a platform's letter (`on X.`) makes it the platform."""
    before = window[:len(window) - len(raw_token)].rsplit(None, 1)
    return bool(before) and before[-1].lower() in _abbreviations().platform_before


def _may_number_a_list(token: str) -> bool:
    return token.isdigit() and len(token) <= 3


def _opens_sentence(token: str) -> bool:
    if token[:1] in _OPENERS:
        return True
    return _WORD.match(token).group() in _abbreviations().sentence_openers


def _wrap_width(text: str, paragraph_start: int) -> int | None:
    """The width a paragraph was hard-wrapped at, or None when its lines break by meaning.

    Wrapped: three or more lines, the widest at a usual wrap column, and at least two of the
    lines before the last reach three quarters of it (headlines and lists have no such edge).
    """
    blank = _BLANK_LINE.search(text, paragraph_start)
    paragraph = text[paragraph_start:blank.start() if blank else len(text)]
    widths = [len(line.rstrip()) for line in paragraph.split("\n")[:-1]]
    if len(widths) < 2:
        return None
    widest = max(widths)
    if widest not in _WRAP_WIDTHS or sum(w >= 0.75 * widest for w in widths) < 2:
        return None
    return widest


# --- tables ---------------------------------------------------------------------------------

_TABLE_RULE = re.compile(r"\|(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+")


def table_cells(line: str) -> list[tuple[int, int]] | None:
    """The spans of a Markdown table row's cells, without their spaces (`| Lomi | 42 |`:
    `Lomi`, `42`); None if the line is no row."""
    if not (line.startswith("|") and line.endswith("|") and line.count("|") >= 3):
        return None
    spans, at = [], 1
    for part in line[1:-1].split("|"):
        words = part.strip()
        start = at + (part.find(words) if words else 0)
        spans.append((start, start + len(words)))
        at += len(part) + 1
    return spans


def table_headers(texts: Sequence[str]) -> dict[int, str]:
    """The header row of each data row of a Markdown table among the sentences, by index: a
    row, a rule (`|---|---|`), then the rows under it, each with as many cells."""
    headers: dict[int, str] = {}
    for i in range(1, len(texts) - 1):
        if not _TABLE_RULE.fullmatch(texts[i]):
            continue
        header = table_cells(texts[i - 1])
        j = i + 1
        while header and j < len(texts) and len(table_cells(texts[j]) or ()) == len(header):
            headers[j] = texts[i - 1]
            j += 1
    return headers


def plain_table_rows(texts: Sequence[str]) -> tuple[dict[int, str], dict[int, str]]:
    """A table pasted as text, its cells between spaced bars and no rule line (`Province |
    Killed`, `Lomi | 42`; a spreadsheet's tabbed rows are so once `normalise`d): each of its
    lines in a Markdown table's form, and the header of each data row, by index. A header's
    cells hold no digit; a data row has as many cells, a label of words and then numbers (or
    `-`, `n/a`, nothing)."""
    rewritten: dict[int, str] = {}
    headers: dict[int, str] = {}
    cells = [_plain_cells(text) if " | " in text else None for text in texts]
    for i, header in enumerate(cells):
        if not header or i in rewritten or any(_DIGIT.search(cell) for cell in header):
            continue
        j = i + 1
        while j < len(cells) and cells[j] and len(cells[j]) == len(header) and _a_data_row(cells[j]):
            j += 1
        if j == i + 1:
            continue
        markdown = "| " + " | ".join(header) + " |"
        rewritten[i] = markdown
        for k in range(i + 1, j):
            rewritten[k] = "| " + " | ".join(cells[k]) + " |"
            headers[k] = markdown
    return rewritten, headers


def _plain_cells(text: str) -> list[str] | None:
    parts = [part.strip() for part in text.split(" | ")]
    return parts if len(parts) >= 2 and "|" not in "".join(parts) and parts[0] else None


def _a_data_row(cells: list[str]) -> bool:
    """A label of a few words and then number cells, one at least."""
    label, *values = cells
    return (_LETTER.search(label) is not None and len(label.split()) <= _LABEL_WORDS
            and all(_NUMBER_CELL.fullmatch(v) for v in values) and any(_DIGIT.search(v) for v in values))


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_LABEL_WORDS = 5
# A cell of a count: "42", "12,500", "about 3,200", "$2.5 million", "100+"; or none: "-", "n/a", "".
_NUMBER_CELL = re.compile(r"(?:[^\W\d_]+\s+)?[$\u20ac\u00a3]?\d[\d,.]*\+?(?:\s+[^\W\d_]+)?|[-\u2013\u2014]?|n/?a", re.I)


def row_as_text(row: str, header: str) -> str:
    """A table row as a reader says it: `Lomi: Killed 42, Injured 118`."""
    label, *cells = [row[a:b] for a, b in table_cells(row)]
    heads = [header[a:b] for a, b in table_cells(header)][1:]
    said = ", ".join(f"{head} {cell}" if head else cell for head, cell in zip(heads, cells)
                     if any(c.isalnum() for c in cell))  # not "", "-", "..."
    return f"{label}: {said}" if label else said
