"""The date a report was written, and dates relative to it.

The digest files every figure under its report's day, so a date is taken from the most
explicit place a report gives it (header, front matter, dateline, file name) and never
guessed: a report with no usable date is listed as undated instead.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from .resources import load_toml


class _ParserInfo(dateutil_parser.parserinfo):
    """dateutil's English names, and report_headers.toml's month and weekday names and filler
    words of the other languages reports come in."""
    MONTHS = [(*english, *other) for english, other in
              zip(dateutil_parser.parserinfo.MONTHS, load_toml("report_headers.toml")["month_names"])]
    WEEKDAYS = [(*english, *other) for english, other in
                zip(dateutil_parser.parserinfo.WEEKDAYS, load_toml("report_headers.toml")["weekday_names"])]
    JUMP = [*dateutil_parser.parserinfo.JUMP, *load_toml("report_headers.toml")["date_filler_words"]]


# dateutil reads month names of one word: these are read as the English name of their month.
_TWO_WORD_MONTHS = {name: english[-1]
                    for english, names in zip(dateutil_parser.parserinfo.MONTHS,
                                              load_toml("report_headers.toml")["two_word_month_names"])
                    for name in names}
_TWO_WORD_MONTH = re.compile("|".join(r"\s+".join(name.split()) for name in _TWO_WORD_MONTHS))
_PARSER_INFO = _ParserInfo()
_PARSER = dateutil_parser.parser(_PARSER_INFO)
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_YEAR_FIRST = re.compile(r"\d{4}\D")
_DOTTED_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])")  # 12.11.23 too
# Two defaults that differ in every field: a field the text leaves out differs between them.
_DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))
_YEARS = range(1900, 2101)

# The seed header's date: YYYY-MM-DD or YYYY-MM (one-digit months and days are read too); a
# bare year or an impossible date still makes the line a header, whose date is then unread.
_SEED_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?![\d-])[ \t]*(.*)")
_SEED_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
# Longer header values are not dates (and dateutil takes its time over long text).
_MAX_DATE_VALUE = 100
_KEY_VALUE = re.compile(r"[ \t]*([A-Za-z][A-Za-z ]{0,24}?)[ \t]*:[ \t]*(.*)")
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_MAX_LINES = 60
_HEADER_BLOCK_MAX_LINES = 12
_DATELINE_LINES = 3
_DATELINE_MAX_CHARS = 200

_FILENAME_DATES = (
    re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})(?!\d|[-_.]\d)()"),
)
_FILENAME_YEAR_LAST = re.compile(r"(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)")
_EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class ReportDate:
    """A report's date and where it came from, and its body without the date header."""

    date: str | None  # YYYY-MM-DD or YYYY-MM
    source: str | None  # "header", "front-matter", "dateline" or "filename"
    headline: str | None
    body: str
    filename_date: str | None = None
    unread: str | None = None  # a date the header gave that is no real day or month
    unread_in: str | None = None  # where it was: "header" or "front-matter"
    issued_by: str | None = None  # the header's `source` value, if it gave one

    @property
    def disagrees_with_filename(self) -> bool:
        """The report's own date names another day or month than its file name does."""
        if not self.date or not self.filename_date or self.source == "filename":
            return False
        return not _same_period(self.date, self.filename_date)


class _Header(NamedTuple):
    date: str | None
    source: str | None
    headline: str | None
    body: str
    unread: str | None = None
    unread_in: str | None = None
    issued_by: str | None = None  # a header's `Source:` value: who may have issued the report


def find_report_date(text: str, filename: str) -> ReportDate:
    """The report's date from its header, front matter, wire dateline or file name, in order."""
    filename_date = date_from_filename(filename)
    header = (_seed_header(text) or _front_matter(text, filename_date)
              or _header_block(text, filename_date) or _Header(None, None, None, text))
    found, source = header.date, header.source
    if found is None:
        found = (_dateline_date(header.body, filename_date)
                 or _date_line_date(header.body, filename_date))
        source = "dateline" if found else None
    if found is None and filename_date:
        found, source = filename_date, "filename"
    return ReportDate(found, source, header.headline or _heading(header.body), header.body,
                      filename_date, header.unread, header.unread_in, header.issued_by)


def _heading(body: str) -> str | None:
    """A Markdown report's title (`# Sudan: situation report`), when its header gave none."""
    first = body.lstrip().partition("\n")[0]
    match = _MARKDOWN_HEADING.fullmatch(first.strip())
    return match.group(1) if match else None


_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(.+?)(?:\s+#+)?")


def date_from_filename(filename: str) -> str | None:
    """A date in the file's base name: 2023-01-05, 20230105 or (month only) 2023-01; else
    05-01-2023 or 01-05-2023 where only one order of day and month is a real date."""
    name = os.path.basename(filename)
    for pattern in _FILENAME_DATES:
        for match in pattern.finditer(name):
            found = _checked(*match.groups())
            if found:
                return found
    for match in _FILENAME_YEAR_LAST.finditer(name):
        first, second, year = match.groups()
        readings = {_checked(year, second, first), _checked(year, first, second)} - {None}
        if len(readings) == 1:
            return readings.pop()
    return None


def resolve_weekday(weekday: str, report_date: str) -> str | None:
    """The latest `weekday` on or before the report's day ("Wednesday" in a Thursday report)."""
    target = _PARSER_INFO.weekday(weekday.strip())
    day = _full_date(report_date)
    if target is None or day is None:
        return None
    return (day - timedelta(days=(day.weekday() - target) % 7)).isoformat()


def resolve_day_of_month(day: int, month: str, year: int | None, report_date: str) -> str | None:
    """`9 June` in a report of 12 June 2025: 2025-06-09. Without a year, the latest such day on
    or before the report's within a quarter of a year (`on 28 December` in a January report is
    last year's); a later day is a plan, not an event (None), as is a day that does not exist."""
    number = _PARSER_INFO.month(month.rstrip("."))
    day_of_report = _full_date(report_date)
    if number is None or day_of_report is None:
        return None
    if year is not None:
        return _checked(str(year), str(number), str(day))
    for candidate_year in (day_of_report.year, day_of_report.year - 1):
        found = _checked(str(candidate_year), str(number), str(day))
        if found and date.fromisoformat(found) <= day_of_report:
            within = (day_of_report - date.fromisoformat(found)).days <= _LATEST_PAST_DAYS or \
                candidate_year == day_of_report.year
            return found if within else None
    return None


_LATEST_PAST_DAYS = 92  # how far into last year a day named without its year may be
# Month names and abbreviations dateutil reads, longest first (`September` before `Sept`)
MONTH_NAMES = tuple(sorted({name for names in _PARSER_INFO.MONTHS for name in names}, key=len, reverse=True))
# A day of a month as copy writes it, maybe with its year: `9 June`, `9th of June`, `June 9,
# 2024` (groups day and month, or month_first and day_after; year).
DAY_OF_MONTH = (rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{'|'.join(MONTH_NAMES)})\b\.?"
                rf"|(?P<month_first>{'|'.join(MONTH_NAMES)})\b\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?\b)"
                rf"(?:,?\s+(?P<year>\d{{4}}))?")


NAMED_DAY = re.compile(DAY_OF_MONTH, re.IGNORECASE)  # a day of a month anywhere in a text


def day_heading(line: str, report_date: str | None) -> str | None:
    """The day a line that holds nothing but a date names (`Sunday 10 March`, `## March 10,
    2024`): a live page's heading over the entries posted that day, which may be after the
    report's date or, on a page that runs newest first, before it. A day without its year is
    the one nearest the report's, and only within _HEADING_DAYS of it: further off, a bare
    day and month is more likely a caption than a heading."""
    if report_date is None or len(line) > _HEADING_MAX_CHARS:
        return None  # most sentences: far longer than a date
    m = _DAY_HEADING.fullmatch(line.strip(_HEADING_MARKS))
    day_of_report = _full_date(report_date)
    if m is None or day_of_report is None:
        return None
    number = _PARSER_INFO.month(m.group("month") or m.group("month_first"))
    day = m.group("day") or m.group("day_after")
    if m.group("year"):
        return _checked(m.group("year"), str(number), day)
    candidates = (_checked(str(year), str(number), day)
                  for year in (day_of_report.year - 1, day_of_report.year, day_of_report.year + 1))
    near = [found for found in candidates if found and
            abs((date.fromisoformat(found) - day_of_report).days) <= _HEADING_DAYS]
    return near[0] if near else None


_HEADING_DAYS = 31
_HEADING_MAX_CHARS = 48
_HEADING_MARKS = " \t#*_:.\u2013\u2014-"  # Markdown's `## `, `**`, and a trailing colon or dash
_WEEKDAY_NAMES = "|".join(sorted({name for names in _PARSER_INFO.WEEKDAYS for name in names}, key=len, reverse=True))
_DAY_HEADING = re.compile(rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?{DAY_OF_MONTH}", re.IGNORECASE)


def days_before(report_date: str, days: int) -> str | None:
    """The day `days` before the report's; None for a report dated by month only."""
    day = _full_date(report_date)
    return None if day is None else (day - timedelta(days=days)).isoformat()


def parse_user_date(value: str) -> str:
    """A date typed on the command line, as YYYY-MM-DD or YYYY-MM; ValueError if unclear."""
    text = value.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        found = _checked(*iso.groups())
        if found is None:
            raise ValueError(f"{value!r} is not a real date")
        return found
    readings = _dateutil_readings(text)
    if not readings:
        raise ValueError(f"cannot read {value!r} as a date with a year and a month; "
                         "use YYYY-MM-DD or YYYY-MM")
    if len(readings) > 1:
        raise ValueError(f"{value!r} could mean {' or '.join(readings)}; use YYYY-MM-DD")
    return readings[0]


# --- headers ------------------------------------------------------------------------------

def _seed_header(text: str) -> _Header | None:
    """` date 2023-01-05 Headline`: the rest of the line is a headline when a blank line follows."""
    first_line, _, rest = text.lstrip("\n").partition("\n")
    match = _SEED_HEADER.fullmatch(first_line)
    if not match:
        return None
    value = match.group(1)
    parts = _SEED_DATE.fullmatch(value)
    found = _checked(*parts.groups()) if parts else None
    title = match.group(2).strip()
    headline = title if title and not rest.partition("\n")[0].strip() and rest else None
    body = f"{title}\n{rest}" if title else rest
    if found is None:
        return _Header(None, None, headline, body, value, "header")
    return _Header(found, "header", headline, body)


def _front_matter(text: str, filename_date: str | None) -> _Header | None:
    """YAML front matter between `---` fences: its `date` and `title` fields."""
    lines = text.lstrip("\n").split("\n", _FRONT_MATTER_MAX_LINES)
    if lines[0].strip() != _FRONT_MATTER_FENCE:
        return None
    for end, line in enumerate(lines[1:_FRONT_MATTER_MAX_LINES], start=1):
        if line.strip() in (_FRONT_MATTER_FENCE, "..."):
            break
    else:
        return None
    fields = _fields(lines[1:end])
    rest = "\n".join(lines[end + 1:]).lstrip("\n")
    return _dated_header(fields, "front-matter", rest, filename_date)


def _header_block(text: str, filename_date: str | None) -> _Header | None:
    """An email or press-release block of `Key: value` lines at the top with a `Date:` line."""
    keys = _header_keys()
    stripped = text.lstrip("\n")
    lines = stripped.split("\n", _HEADER_BLOCK_MAX_LINES)
    block_end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if block_end >= _HEADER_BLOCK_MAX_LINES:
        return None
    header_lines, kept = [], []
    for line in lines[:block_end]:
        match = _KEY_VALUE.fullmatch(line)
        is_header = match and match.group(1).lower() in keys["all"]
        (header_lines if is_header else kept).append(line)
    fields = _fields(header_lines)
    if not any(key in keys["date"] for key in fields):
        return None
    rest = "\n".join(kept + lines[block_end:]).lstrip("\n")
    return _dated_header(fields, "header", rest, filename_date)


def _dated_header(fields: dict[str, str], source: str, rest: str,
                  filename_date: str | None) -> _Header:
    keys = _header_keys()
    value = next((v for k, v in fields.items() if k in keys["date"]), "")
    found = _date_from_value(value, filename_date, rest)
    title = next((v for k, v in fields.items() if k in keys["title"] and v), None)
    body = f"{title}\n\n{rest}" if title else rest
    issued_by = fields.get("source") or None
    if found is None and value.strip():
        return _Header(None, None, title, body, value.strip(), source, issued_by)
    return _Header(found, source if found else None, title, body, issued_by=issued_by)


def _fields(lines: list[str]) -> dict[str, str]:
    """`key: value` lines as a dict with lower-case keys and unquoted values; first key wins."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _KEY_VALUE.fullmatch(line)
        if match:
            value = (match.group(2) or "").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].strip()
            fields.setdefault(match.group(1).lower(), value)
    return fields


@functools.cache
def _header_keys() -> dict[str, frozenset[str]]:
    data = load_toml("report_headers.toml")
    date_keys, title_keys = frozenset(data["date_keys"]), frozenset(data["title_keys"])
    return {"date": date_keys, "title": title_keys,
            "all": date_keys | title_keys | frozenset(data["other_keys"])}


# --- datelines ----------------------------------------------------------------------------

# The pieces a dated and an undated dateline share.
_DATELINE_WORD = r"[A-Z][\w'.]*+"  # a capitalised word of a place or region
_DATELINE_AGENCY = r"\([^()\n]{1,40}\)"  # (Reuters)
_DATELINE_DASH = r" ?--?(?: |$)"  # a dash, or two hyphens for one

@functools.cache
def _dateline_pattern() -> re.Pattern:
    """`KYIV, Jan 5 (Reuters) -`, `KYIV, Ukraine, Jan. 5, 2023 (AP) -`, `BERLIN, 5 January -`,
    `Kora (Agency) - Jan 16, 2013 -`, two filing places (`BAKU/YEREVAN, April 2 (Wire) -`),
    the numeric dates of state news agencies: `Port City, 13/01/2025 (Agency) -`, the agency
    first (`(Agency) KORA, 5 January -`), between slashes (`KORA, Jan 5 /Newswire/ --`) or
    after a comma (`KORA, Jan 5, IRNA --`), and TASS's `MOSCOW, June 14. /TASS/. `."""
    weekdays = sorted((name for names in _PARSER_INFO.WEEKDAYS for name in names), key=len,
                      reverse=True)
    month = f"(?i:{'|'.join(MONTH_NAMES)})\\.?"
    word = _DATELINE_WORD
    joiners = sorted(load_toml("report_headers.toml")["dateline_joiners"], key=len, reverse=True)
    joined = rf"(?: (?:{'|'.join(map(re.escape, joiners))}))? {word}"
    return re.compile(
        rf"(?:{_DATELINE_AGENCY} )?"  # agency first: (Agency) KORA, ...
        rf"{word}(?:[ /-]{word}){{0,4}}"  # place: KYIV, NEW YORK, Kyiv, MOSCOW/KYIV
        rf"(?:, {word}(?:{joined}){{0,3}}){{0,2}}"  # region or country: , Republic of Congo
        rf"(?:, | {_DATELINE_AGENCY}{_DATELINE_DASH})"  # the date after a comma, or after the agency
        rf"(?:(?i:{'|'.join(weekdays)}),? )?"
        rf"(?:(?:(?P<month>{month}) (?P<day>\d{{1,2}})"  # Jan. 5
        rf"|(?P<day_first>\d{{1,2}}) (?P<month_second>{month}))"  # 5 January
        rf"(?:,? (?P<year>\d{{4}}|'?\d{{2}}(?!\d)))?"  # 1968, or telex's 68
        r"|(?P<numeric>\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}))"  # 13/01/2025
        rf"(?:(?: {_DATELINE_AGENCY}| /[^/\n]{{1,40}}/|, [A-Z]{{2,8}})?"  # (Reuters), /Newswire/, , IRNA
        rf"{_DATELINE_DASH}"
        r"|\.? /[^/\n]{1,40}/\.(?: |$))"  # TASS's: "MOSCOW, June 14. /TASS/. "
    )


def dateline_end(sentence: str) -> int:
    """Where a wire dateline opening a sentence ends (`KORA, Jan 5 (Wire) - Fighting ...`: at
    `Fighting`; also an undated one, `PORT KORA (Wire) - `), or 0 where none does."""
    match = _dateline_pattern().match(sentence) or _UNDATED_DATELINE.match(sentence)
    return match.end() if match else 0


# A dateline without a date (`GAZA (Wire) - `, `KORA, Lomi (Wire) - `): says where the copy was
# filed, no date; its place in capitals and its agency in brackets, as no sentence opens.
_UNDATED_DATELINE = re.compile(
    r"[A-Z][A-Z'.]+(?:[ /-][A-Z][A-Z'.]+){0,4}"  # KORA, PORT KORA, KORA/LOMI
    rf"(?:, {_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,3}}){{0,2}}"  # , North Kora (no joiners)
    rf" {_DATELINE_AGENCY}{_DATELINE_DASH}")


def _dateline_date(body: str, filename_date: str | None) -> str | None:
    """The date of a wire dateline in the first lines; its year, if left out, from the file
    name or from a year written in those lines, never guessed; not from the story of an
    anniversary, whose years are the past events' (`PYONGYANG, June 25 (Agency) -- Rallies
    marked the 75th anniversary of the war that broke out in 1950`)."""
    lines = [line.strip()[:_DATELINE_MAX_CHARS] for line in _first_lines(body)]
    for at, line in enumerate(lines):
        match = _dateline_pattern().match(line)
        if not match:
            continue
        if match["numeric"]:  # `14.03.91`: no time of day after a dateline's place
            return _whole_date(_with_whole_year(match["numeric"]), filename_date)
        month = _PARSER_INFO.month((match["month"] or match["month_second"]).rstrip("."))
        day = int(match["day"] or match["day_first"])
        if match["year"]:
            return _checked(_whole_year(match["year"].lstrip("'")), str(month), str(day))
        story = [line[match.end():], *lines[at + 1:]]
        anniversary = any(word in part.lower() for part in story for word in _anniversary_words())
        dated = [*lines[:at], line[:match.end()]] if anniversary else lines
        return _with_inferred_year(month, day, dated, filename_date)
    return None


@functools.cache
def _anniversary_words() -> tuple[str, ...]:
    return tuple(load_toml("report_headers.toml")["anniversary_words"])


def _first_lines(body: str) -> list[str]:
    """The first lines with text, a live page's furniture (`Live`, `Updated 2m ago`) aside."""
    lines = []
    for line in body.split("\n", 40):
        if line.strip() and not _is_page_furniture(line):
            lines.append(line)
            if len(lines) == _DATELINE_LINES:
                break
    return lines


def _is_page_furniture(line: str) -> bool:
    text = line.strip().lower()
    return len(text) < _FURNITURE_MAX_CHARS and (
        text in _page_furniture_lines() or _TIME_AGO.fullmatch(text) is not None
        or _PAGE_NUMBER.fullmatch(text) is not None)


_FURNITURE_MAX_CHARS = 30
# A PDF's page number copied with its text: `Page 3 of 120`, `Page 3/120`, `- 3 -`.
_PAGE_NUMBER = re.compile(r"page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]")
_TIME_AGO = re.compile(r"(?:updated\s+)?\d{1,2}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\s+ago")


@functools.cache
def _page_furniture_lines() -> frozenset[str]:
    return frozenset(load_toml("report_headers.toml")["page_furniture_lines"])


def _with_inferred_year(month: int, day: int, lines: list[str],
                        filename_date: str | None) -> str | None:
    """Month and day in the year of the file name's date (the nearest such day), else in a
    year written in `lines`, else None."""
    if filename_date:
        anchor = date.fromisoformat(filename_date if len(filename_date) == 10
                                    else f"{filename_date}-01")
        candidates = [_checked(str(anchor.year + shift), str(month), str(day))
                      for shift in (0, -1, 1)]
        real = [date.fromisoformat(c) for c in candidates if c]
        return min(real, key=lambda d: abs(d - anchor)).isoformat() if real else None
    for line in lines:
        year = _EXPLICIT_YEAR.search(line)
        if year:
            return _checked(year.group(), str(month), str(day))
    return None


def _date_line_date(body: str, filename_date: str | None) -> str | None:
    """A date printed on a line of its own among the first lines, as web pages and bulletins
    do: `Monday 12 February 2024 14.05 GMT`, `Posted on 12 Feb 2024`, `By A. Writer |
    February 12, 2024`, `Situation update - 12 February 2024`. Only a part of a line that is
    wholly a date counts (a time of day aside), and never a day/month order left to guess. A
    day beats a month: `Update, Issue 10 (October 2024)` and then `Published: 20 November
    2024` is a report of the 20th of November about October."""
    month = None
    for line in _first_lines(body):
        for part in _date_line_parts(line.strip()):
            found = _whole_date(part, filename_date)
            if found and len(found) > len("YYYY-MM"):
                return found
            month = month or found
    return month


def _date_line_parts(line: str) -> list[str]:
    """The line, its parts between separators, what follows a date prefix (`Posted on`) and
    what comes before a later one (`14 June 2025 Updated 2 hours ago`)."""
    if len(line) > _DATE_LINE_MAX_CHARS:
        return []
    line = _glued_year().sub(r"\1 | ", line)  # "14 Jun 202514 Jun 2025": copied from a page
    if any(dash in line for dash in _RANGE_DASHES):  # "3-9 June 2017": a week's review
        line = _day_range().sub(lambda m: m.group("month") or "", line)
    separated = [p for p in _DATE_LINE_SEPARATOR.split(line) if p != line]
    parts = [line, *separated]
    if ", " in line:  # "Briefing by the Ministry of Defence, 12 February 2016": the date ends the
        parts.append(line.rpartition(", ")[2])  # line; "Rawalpindi, March 5, 2013": it follows
        parts.append(line.partition(", ")[2])  # a place; "1/ Thread, 14.06.2025: what we
        parts += [p.rpartition(", ")[2] for p in separated if ", " in p]  # know": a part's end
        parts += line.split(", ")[1:-1]  # "House of Commons Debates, 12 June 1944, vol. 401":
        # a record's date between its title and its citation
    prefixed = _date_line_prefix().match(line)
    dated = line[prefixed.end():] if prefixed else line
    if prefixed:
        parts.append(dated)
        if dated.startswith("by ") and " on " in dated:  # "Posted by admin on May 18, 2009"
            dated = dated.rpartition(" on ")[2]
            parts.append(dated)
    noted = _date_line_note().search(dated, 1)
    if noted:
        parts.append(dated[:noted.start()])
    parts += [p[m.end():] for p in parts[1:] if (m := _date_line_prefix().match(p))]  # "No. 14, as of 3 May"
    return parts


def _date_line_prefixes() -> str:
    prefixes = sorted(load_toml("report_headers.toml")["date_line_prefixes"], key=len, reverse=True)
    return "|".join(map(re.escape, prefixes))


@functools.cache
def _date_line_prefix() -> re.Pattern:
    """A date prefix or a document's label opening a line (`Posted on`, `Press release`)."""
    labels = sorted(load_toml("report_headers.toml")["date_line_labels"], key=len, reverse=True)
    return re.compile(rf"(?i:{_date_line_prefixes()}|{'|'.join(map(re.escape, labels))})(?: on)?:?\s+")


@functools.cache
def _glued_year() -> re.Pattern:
    """A year run together with the day or time after it, as text copied from a web page
    writes a date and the next (`June 14, 20256:02 AM`, `14 Jun 202514 Jun 2025`)."""
    return re.compile(rf"(?<!\d)((?:19|20)\d{{2}})(?=\d{{1,2}}(?::\d{{2}}|\s+(?i:{'|'.join(MONTH_NAMES)})\b))")


_RANGE_DASHES = "-\u2013\u2014"


@functools.cache
def _day_range() -> re.Pattern:
    """The first day of a range of days and its dash (`3-9 June 2017`, `30 May-5 June 2016`,
    `June 3-9, 2017`): a review of a period is written at its end, so the range is read as its
    last day, as `27 May - 2 June 2024` is (its second part is a date of its own)."""
    month = rf"(?i:{'|'.join(MONTH_NAMES)})\.?"
    dash = rf"[{_RANGE_DASHES}]"  # unspaced: "No. 12 - 14 May 2024" is a number and a date
    return re.compile(rf"(?<![\d.:/])\d{{1,2}}(?:\s+{month})?{dash}(?=\d{{1,2}}\s+{month}(?!\w))"
                      rf"|\b(?P<month>{month}\s+)\d{{1,2}}{dash}(?=\d{{1,2}}(?!\d))")


@functools.cache
def _date_line_note() -> re.Pattern:
    """A date prefix inside a line, after the date it follows: ` Updated`, ` Last updated`;
    or a citation's volume, column or issue: ` vol 400 cc1234-6`, ` No. 312`."""
    citations = sorted(load_toml("report_headers.toml")["date_line_citations"], key=len, reverse=True)
    return re.compile(rf"\s(?i:{_date_line_prefixes()})\b"
                      rf"|\s(?i:{'|'.join(map(re.escape, citations))})\s?[A-Z]?\d")


def _whole_date(text: str, filename_date: str | None) -> str | None:
    """`text` as a date with its year if it is nothing else (a time of day and its zone
    dropped); of two day/month orders, the one the file name's date agrees with, else none.
    A reading in a year the text does not write is none (`1-14 June 2025` is no day of 2001)."""
    text = _common_era(text)
    text = _with_whole_year(_TIME_OF_DAY.sub(" ", text).strip(" ,."))  # `14.05.30`: a time
    if not text or len(text) > _MAX_DATE_VALUE:
        return None
    years = set(_EXPLICIT_YEAR.findall(text))
    if not years:
        return None
    readings = []
    for day_first in _day_orders(text):
        reading = _dateutil_reading(text, day_first, fuzzy_too=False)
        if reading is None or reading[:4] not in years:
            return None
        if reading not in readings:
            readings.append(reading)
    if len(readings) > 1 and filename_date:
        readings = [r for r in readings if _same_period(r, filename_date)]
    return readings[0] if len(readings) == 1 else None


_DATE_LINE_MAX_CHARS = 160  # "Latest from the ... Mission (SMM), based on ... as of 19:30, 3 May 2024"
# Between a date and the rest of its line: a dash, bar or spaced slash ("Situation report -
# 3 May 2024", "3 May 2024 / 10:15 AM / Updated"), a colon ("Live updates: 3 May 2024"), a
# semicolon ("Thursday, May 2, 2004; Page A14") or brackets ("Flash update (3 May 2024)").
_DATE_LINE_SEPARATOR = re.compile(r"\s+[-|/·•–—]\s+|\s*\|\s*|[:;]\s+|\s*[()]\s*")
# A time of day (14:05, 14.05, 3:47 p.m., 09:15:00) with an optional zone (GMT, UTC+2, ET,
# an ISO offset +02:00).
_TIME_OF_DAY = re.compile(
    r"(?:\bat\s+)?(?<![\d./-])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[+-]\d{2}:?\d{2})?(?![\d./-])"
    r"(?:\s*[aApP]\.?\s?[mM]\b\.?)?(?:\s*\(?(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|local time)\)?)?"
    r"|(?<![\d./-])\d{1,2}\s*[aApP]\.?\s?[mM]\b\.?")


# --- values -------------------------------------------------------------------------------

def _date_from_value(value: str, filename_date: str | None, body: str = "") -> str | None:
    """A header's date value in any form dateutil reads; an ambiguous day/month order is
    settled by the file name's date, else by the report's other dates, else read month first
    as dateutil does. A note after the date (`14 June 2025, updated 15 June 2025`) is no part
    of it."""
    if len(value.strip()) > _MAX_DATE_VALUE:
        return None
    value = _common_era(value)
    noted = _date_line_note().search(value, 1)
    value = value[:noted.start()].rstrip(" ,;|") if noted else value
    value = _with_whole_year(value.strip())
    iso = _ISO.fullmatch(value.strip())
    if iso:
        return _checked(*iso.groups())
    readings = _dateutil_readings(value)
    if filename_date and len(readings) > 1:
        matching = [r for r in readings if _same_period(r, filename_date)]
        readings = matching or readings
    if body and len(readings) > 1:
        readings = _as_other_dates_read(readings, body) or readings
    return readings[0] if readings else None


def _as_other_dates_read(readings: list[str], body: str) -> list[str]:
    """Of a header date's month-first and day-first readings, the one the body's dates agree
    with: a numeric date there that only one order reads (`25/03/2025`: its outlet writes the
    day first), else the one whose month the body names with a day (`on 2 April`), if only
    one's is. Empty if nothing settles it."""
    text = body[:_OTHER_DATES_CHARS]
    for m in _NUMERIC_DAY_MONTH.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 >= second:
            return readings[1:2]
        if second > 12 >= first:
            return readings[:1]
    named = {_PARSER_INFO.month(m.group("month") or m.group("month_first"))
             for m in NAMED_DAY.finditer(text)}
    matching = [r for r in readings if int(r[5:7]) in named]
    return matching if len(matching) == 1 else []


_OTHER_DATES_CHARS = 3000  # the top of the report, where its dates are
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./])")


def _dateutil_readings(text: str) -> list[str]:
    """Every YYYY-MM-DD / YYYY-MM reading of `text`: month first, then day first if it differs.

    Empty when the text lacks a year or a month, or is no date at all, and where it writes a
    year of four digits, in any other year (`1-14 June 2025` is no day of 2001).
    """
    years = set(_EXPLICIT_YEAR.findall(text))
    readings = []
    for day_first in _day_orders(text):
        reading = _dateutil_reading(text, day_first)
        if reading and reading not in readings and (not years or reading[:4] in years):
            readings.append(reading)
    return readings


def _day_orders(text: str) -> tuple[bool, ...]:
    """The `dayfirst` values to read `text` with: month first, then day first, unless the
    year comes first (2023-01-05 has one order only) or full stops part the numbers
    (03.11.2024: only day first, the way of every press that writes dates so)."""
    if _YEAR_FIRST.match(text.strip()):
        return (False,)
    return (True,) if _DOTTED_DATE.search(text) else (False, True)


def _dateutil_reading(text: str, day_first: bool, *, fuzzy_too: bool = True) -> str | None:
    """`text` as YYYY-MM-DD or YYYY-MM read with one day/month order, strictly, then (if
    `fuzzy_too`) skipping words that are no date; None without a year and a month."""
    if not text.isascii():
        text = _TWO_WORD_MONTH.sub(lambda m: _TWO_WORD_MONTHS[" ".join(m.group().split())], text)
    for fuzzy in (False, True) if fuzzy_too else (False,):
        try:
            a, b = (_PARSER.parse(text, default=d, dayfirst=day_first, fuzzy=fuzzy,
                                  ignoretz=True) for d in _DEFAULTS)
        except (ValueError, OverflowError):
            continue
        if a.year != b.year or a.month != b.month or a.year not in _YEARS:
            return None
        return f"{a:%Y-%m}" if a.day != b.day else f"{a:%Y-%m-%d}"
    return None


def _common_era(text: str) -> str:
    """`25 July 2568` as `25 July 2025`: a Thai Buddhist-era year is 543 ahead. Only beside a
    month name, so that no figure is read as a year."""
    year = _BUDDHIST_ERA_YEAR.search(text) if "25" in text else None
    if year is None or not _month_name().search(text):
        return text
    return f"{text[:year.start()]}{int(year.group()) - BUDDHIST_ERA_OFFSET}{text[year.end():]}"


def _with_whole_year(text: str) -> str:
    """A date written wholly with a two-digit year (`14/03/91`, `3 FEB 68`, `Feb. 3, '68`, as
    telex and forms write it) with the year in full; any other text as it is."""
    if len(text) > _SHORT_DATE_MAX_CHARS or _EXPLICIT_YEAR.search(text):
        return text
    match = _short_year_date().fullmatch(text)
    if match is None:
        return text
    before = text[:match.start("year")].rstrip("'")  # `Feb. 3, '68`
    return before + _whole_year(match["year"])


_SHORT_DATE_MAX_CHARS = 20


@functools.cache
def _short_year_date() -> re.Pattern:
    """A day, a month (in figures or by name) and a two-digit year, nothing else."""
    month = rf"(?i:{'|'.join(MONTH_NAMES)})\.?"
    return re.compile(rf"(?:\d{{1,2}}([./-])\d{{1,2}}\1|\d{{1,2}}\s+{month},?\s+|{month}\s+\d{{1,2}},?\s+)"
                      r"'?(?P<year>\d{2})")


def _whole_year(year: str) -> str:
    """A two-digit year as the latest such year not yet to come (`68`: 1968, `24`: 2024): a
    report is never written in the future. A year in full as it is."""
    if len(year) != 2:
        return year
    this_year = date.today().year
    return str(this_year - (this_year - int(year)) % 100)


BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_ERA_YEAR = re.compile(r"(?<![\d,.])25[4-9]\d(?![\d,.])")  # 1997-2056


@functools.cache
def _month_name() -> re.Pattern:
    return re.compile(rf"(?i:\b(?:{'|'.join(MONTH_NAMES)})\b)")


def _checked(year: str, month: str, day: str | None) -> str | None:
    """`YYYY-MM-DD` (or `YYYY-MM` when day is empty) if that day or month exists, else None."""
    try:
        real = date(int(year), int(month), int(day) if day else 1)
    except (TypeError, ValueError):
        return None
    if real.year not in _YEARS:
        return None
    return real.isoformat() if day else real.isoformat()[:7]


def _same_period(a: str, b: str) -> bool:
    """2023-01-05 and 2023-01 overlap; 2023-01-05 and 2023-01-06 do not."""
    shared = min(len(a), len(b))
    return a[:shared] == b[:shared]


def _full_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None
