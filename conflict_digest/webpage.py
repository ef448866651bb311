"""A saved web page (a wire story, a live blog, a ministry's statement) as report text.

Analysts keep what they read as pages saved from the browser. The page becomes the plain text
the reader already dates and splits: a `Date:` line from the page's publication metadata, a
blank line, the headline as a Markdown heading (the first `<h1>`, else the `<title>`), then one
paragraph per block of the article, and a table of data as a Markdown table. Scripts, styles, menus, forms and page furniture are left out; character
references are decoded by the standard library's parser.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter, deque
from html.parser import HTMLParser

from .resources import load_toml

# Elements whose text is never part of the report.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "nav", "footer",
                      "aside", "form", "button", "select", "textarea", "iframe", "object",
                      "head"})
# Elements that end a paragraph of the report's text.
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "li", "ul", "ol",
                     "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
                     "caption", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
                     "hr", "br", "address", "details", "summary"})
# Elements that have no end tag, so never open a skipped stretch.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_SPACES = re.compile(r"\s+")
_TITLE_SITE_NAME = re.compile(r"\s+\|\s+[^|]*$")  # "Strikes hit the port | The Daily Paper"
_PAGE_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.I | re.S)
_LOOK_AHEAD = 1024


def is_web_page(text: str) -> bool:
    """Whether `text` is an HTML document: it opens with a doctype or an `<html>` tag."""
    return _PAGE_START.match(text[:_LOOK_AHEAD]) is not None


def page_to_text(html: str) -> str:
    """The report a page holds, as plain text with a `Date:` line when the page names its
    publication date."""
    page = _Page()
    try:
        page.feed(_BROKEN_MARKED_SECTION.sub("&lt;![", html))
        page.close()
    except AssertionError:  # html.parser gives up on other broken declarations: keep what it read
        pass
    paragraphs = page.paragraphs()
    if page.heading_at is not None:  # what comes before the headline is the site's furniture
        paragraphs = paragraphs[page.heading_at:]
    elif page.title:
        paragraphs.insert(0, _TITLE_SITE_NAME.sub("", page.title))
    if paragraphs and (page.heading_at is not None or page.title):
        paragraphs[0] = f"# {paragraphs[0]}"  # the headline, as a Markdown report has it
    header = f"Date: {page.date}\n\n" if page.date else ""
    return header + "\n\n".join(paragraphs) + "\n"


# `<![` not followed by a section's name (`<![CDATA[`, `<![if`): html.parser raises on it.
_BROKEN_MARKED_SECTION = re.compile(r"<!\[(?![A-Za-z])")


@functools.cache
def _date_names() -> tuple[frozenset[str], frozenset[str]]:
    """The `<meta>` names and JSON-LD keys whose value is a page's publication date."""
    names = load_toml("report_headers.toml")["web_page_dates"]
    return frozenset(n.lower() for n in names["meta"]), frozenset(names["json_ld"])


class _Page(HTMLParser):
    """Collects a page's paragraphs, title, publication date and where its first heading is."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.heading_at: int | None = None  # the index of the first <h1>'s paragraph
        self.date: str | None = None
        self._paragraphs: list[str] = []
        self._words: list[str] = []
        self._skipping: list[str] = []  # the open skipped elements, innermost last
        self._skipped_open: Counter = Counter()  # how many of each are open (no list scans)
        self._in_title = self._in_json_ld = False
        self._title_words: list[str] = []
        self._time_value: str | None = None
        self._rows: list[list[str]] | None = None  # the open table's rows of cells
        self._cells: list[str] | None = None  # the open row's cells
        self._inner = 0  # tables open inside the open table's cells

    def paragraphs(self) -> list[str]:
        if self._rows is not None:  # a page cut off inside a table keeps the rows it has
            self._in_table("td", start=False)
            self._in_table("tr", start=False)
            self._end_table()
        self._end_paragraph()
        return self._paragraphs

    # -- the parser's callbacks --------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._read_meta(values)
        elif tag == "time" and self.date is None and self._time_value is None:
            self._time_value = values.get("datetime") or None
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        if tag == "title":
            self._in_title = True
        elif tag == "body":
            self._skipping.clear()  # a <head> left open ends where the body starts
            self._skipped_open.clear()
        if tag in _SKIPPED and tag not in _VOID:
            self._skipping.append(tag)
            self._skipped_open[tag] += 1
            return
        if self._skipping:
            return
        if self._in_table(tag, start=True):
            return
        if tag in _BLOCKS:
            self._end_paragraph()
        if tag == "h1" and self.heading_at is None:
            self.heading_at = len(self._paragraphs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.title = _joined(self._title_words)
        if tag == "script":
            self._in_json_ld = False
        if self._skipping:
            if self._skipped_open[tag]:  # a stray end tag of another element changes nothing
                while (closed := self._skipping.pop()) != tag:
                    self._skipped_open[closed] -= 1
                self._skipped_open[tag] -= 1
            return
        if self._in_table(tag, start=False):
            return
        if tag in _BLOCKS:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_words.append(data)
        if self._in_json_ld:
            self._read_json_ld(data)
        if self._skipping:
            return
        self._words.append(data)

    def close(self) -> None:
        super().close()
        if self.date is None:
            self.date = self._time_value

    # -- tables --------------------------------------------------------------------------------
    def _in_table(self, tag: str, *, start: bool) -> bool:
        """A table's rows and cells, kept apart so that the table becomes a Markdown table
        (`_end_table`); whether the tag was one of them. A table inside a cell is its text."""
        if tag == "table":
            if self._rows is None:
                if start:
                    self._end_paragraph()
                    self._rows, self._inner = [], 0
                return start
            self._inner += 1 if start else -1
            if self._inner < 0:
                self._end_table()
            return True
        if self._rows is None:
            return False
        if self._inner:
            self._words.append(" ")
            return True  # a table inside a cell: its words are the cell's
        if tag == "tr":
            if start:
                self._cells = []
            elif self._cells is not None:
                if any(self._cells):
                    self._rows.append(self._cells)
                self._cells = None
            return True
        if tag in ("td", "th"):
            if start:
                self._words = []
            elif self._cells is not None:
                self._cells.append(_joined(self._words).replace("|", "/"))
                self._words = []
            return True
        if tag in _BLOCKS and self._cells is not None:
            self._words.append(" ")  # "<p>One.</p><p>Two.</p>" in a cell: one cell's words
        return tag not in _BLOCKS or self._cells is not None

    def _end_table(self) -> None:
        """A table of two rows or more and two columns or more as a Markdown table (header, rule,
        rows, each as wide as the header); another (a layout's) as a paragraph per cell."""
        rows, self._rows = self._rows or [], None
        self._words = []
        width = len(rows[0]) if rows else 0
        if len(rows) < 2 or width < 2:
            self._paragraphs.extend(cell for row in rows for cell in row if cell)
            return
        lines = ["| " + " | ".join((row + [""] * width)[:width]) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * width)
        self._paragraphs.append("\n".join(lines))

    # -- dates ---------------------------------------------------------------------------------
    def _read_meta(self, values: dict[str, str]) -> None:
        if self.date is not None:
            return
        meta, _ = _date_names()
        name = (values.get("property") or values.get("name") or values.get("itemprop") or "")
        if name.lower() in meta and values.get("content", "").strip():
            self.date = values["content"].strip()

    def _read_json_ld(self, data: str) -> None:
        if self.date is not None:
            return
        try:
            found = _json_ld_date(json.loads(data))
        except (ValueError, RecursionError):
            return
        if found:
            self.date = found

    def _end_paragraph(self) -> None:
        paragraph = _joined(self._words)
        self._words = []
        if paragraph:
            self._paragraphs.append(paragraph)


def _json_ld_date(value: object) -> str | None:
    """The first publication date in a JSON-LD value, objects and lists searched in order."""
    _, keys = _date_names()
    queue = deque([value])
    while queue:
        item = queue.popleft()
        if isinstance(item, dict):
            for key in keys:
                found = item.get(key)
                if isinstance(found, str) and found.strip():
                    return found.strip()
            queue.extend(item.values())
        elif isinstance(item, list):
            queue.extend(item)
    return None


def _joined(pieces: list[str]) -> str:
    """Pieces of text as one line: HTML's runs of white space are one space."""
    return _SPACES.sub(" ", "".join(pieces)).strip()
