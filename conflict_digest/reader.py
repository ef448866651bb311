"""Find report files under the paths given and turn each into a dated, normalised Report.

Reports come from many tools and platforms, so reading is forgiving: any common encoding,
gzip, stdin; a file that cannot be a report becomes a Skipped record with the reason,
never an exception that would stop the whole digest.
"""
from __future__ import annotations

import codecs
import datetime
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, NamedTuple

from .dates import ReportDate, find_report_date
from .models import Report, Skipped
from .sentences import normalise
from .webpage import is_web_page, page_to_text

Warn = Callable[[str], None]

MAX_REPORT_BYTES = 16 * 1024 * 1024
# A report date this far past today is taken as written but warned about (a typo, a clock).
FUTURE_TOLERANCE = datetime.timedelta(days=366)
REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".txt.gz", ".md.gz", ".html.gz", ".htm.gz")
STDIN_PATH = "-"
STDIN_DISPLAY = "<stdin>"

_GZIP_MAGIC = b"\x1f\x8b"
# Images, documents and archives, recognised before any decoding is tried.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"%PDF-",
    b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"PK\x05\x06", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a",
    b"BZh", b"\xfd7zXZ\x00", b"\x7fELF",
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Control characters no text file has (whitespace and the ANSI escape aside), and the
# share of them in decoded text above which it is taken for binary data.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MAX_CONTROL_SHARE = 0.1
_BINARY_SAMPLE = 65536
_BACKUP_SUFFIXES = ("~", ".swp")


def read_reports(paths: Sequence[str], *, warn: Warn = lambda message: None,
                 stdin: BinaryIO | None = None) -> Iterator[Report | Skipped]:
    """Every report under `paths` (files, folders searched recursively, `-` for stdin), in a
    stable order. Folders yield only report files; a file named explicitly is always read."""
    visited: set[tuple] = set()  # every file and folder seen (see _file_key)
    for path in paths:
        if path == STDIN_PATH:
            source = stdin if stdin is not None else sys.stdin.buffer
            yield read_report_bytes(source.read(MAX_REPORT_BYTES + 1), STDIN_PATH, warn=warn)
        elif not os.path.lexists(path):
            yield Skipped(path, "no such file or directory")
        elif os.path.isdir(path):
            yield from _read_folder(path, visited, warn)
        else:
            yield from _read_once(path, visited, warn)


def read_report_bytes(data: bytes, path: str, *, warn: Warn = lambda message: None,
                      ) -> Report | Skipped:
    """One report from raw bytes: decompressed, decoded, normalised and dated."""
    shown = STDIN_DISPLAY if path == STDIN_PATH else path
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, shown, warn)
        if data is None:
            return Skipped(path, "corrupt gzip data")
    if data.startswith(_BINARY_MAGIC):
        return Skipped(path, "binary file")
    truncated = len(data) > MAX_REPORT_BYTES
    if truncated:
        data = data[:MAX_REPORT_BYTES]
        warn(f"{shown}: larger than {MAX_REPORT_BYTES} bytes; only the first "
             f"{MAX_REPORT_BYTES} bytes were read")
    text = _decode(data, shown, warn, final=not truncated)
    if text is None or _looks_binary(text):
        return Skipped(path, "binary file")
    web_page = is_web_page(text)
    if web_page:
        text = page_to_text(text)
    dated = find_report_date(normalise(text), path)
    if not dated.body.strip():
        return Skipped(path, "empty")
    _warn_about_date(dated, shown, warn)
    cut = None if web_page or truncated else _cut_off_ending(dated.body)
    if cut:  # a page's furniture ("All rights reserved") ends in lower case too
        warn(f"{shown}: ends mid-sentence ('...{cut}'); the report may have been cut off")
    english = looks_english(dated.body)
    if not english:
        warn(f"{shown}: does not look like English; figures and speakers may be missed")
    return Report(path=path, text=dated.body, date=dated.date, date_source=dated.source,
                  headline=dated.headline, english=english, issued_by=dated.issued_by)


def _cut_off_ending(body: str) -> str | None:
    """The last words of a report whose last line stops mid-sentence (`... U.S. medi`, `the
    army said 12 sol`): a prose line of CUT_OFF_MIN_WORDS or more ending in a lower-case word
    with no closing punctuation. Not a list item, table row, heading or quote line, which
    end without a stop by habit, nor a line ending in a name (a headline, a credit)."""
    last = body.rstrip().rpartition("\n")[2].strip()
    words = last.split()
    if len(words) < CUT_OFF_MIN_WORDS or last[0] in _LINE_MARKERS or _NUMBERED_ITEM.match(last):
        return None
    if not (words[-1][0].islower() and (last[-1].islower() or last[-1] in _OPEN_ENDINGS)):
        return None
    return _shorten(" ".join(words[-4:]))


CUT_OFF_MIN_WORDS = 4
_LINE_MARKERS = "-*+|#>"  # list items, table rows, headings, quotes
_NUMBERED_ITEM = re.compile(r"\d+[.)]\s")
_OPEN_ENDINGS = ",;:(-\u2013\u2014"  # a clause left open


def _warn_about_date(dated: ReportDate, shown: str, warn: Warn) -> None:
    """Every doubt about a report's date, named: none found, one the header gives that is no
    real date, one the file name contradicts, one far in the future."""
    if dated.unread is not None:
        where = _SOURCE_NAMES.get(dated.unread_in, dated.unread_in)
        why = "gives only a year" if _YEAR_ONLY.fullmatch(dated.unread) else "is not a real date"
        outcome = (f"using {dated.date} from the {_SOURCE_NAMES.get(dated.source, dated.source)}"
                   if dated.date else "listed under 'undated'")
        warn(f"{shown}: the {where} date '{_shorten(dated.unread)}' {why}; {outcome}")
    elif dated.date is None:
        warn(f"{shown}: no date found; listed under 'undated'")
    elif dated.disagrees_with_filename:
        warn(f"{shown}: date {dated.date} from the {dated.source} disagrees with "
             f"{dated.filename_date} in the file name; using {dated.date}")
    if dated.date and _first_day(dated.date) > today() + FUTURE_TOLERANCE:
        warn(f"{shown}: date {dated.date} is in the future")


_SOURCE_NAMES = {"header": "header", "front-matter": "front matter", "dateline": "dateline",
                 "filename": "file name"}
_YEAR_ONLY = re.compile(r"\d{4}")


def _shorten(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit - 3] + "..."


def _first_day(value: str) -> datetime.date:
    """The first day a YYYY-MM-DD or YYYY-MM date covers."""
    return datetime.date.fromisoformat(value if len(value) == 10 else f"{value}-01")


def today() -> datetime.date:
    return datetime.date.today()


def looks_english(text: str) -> bool:
    """Whether a report reads as English: among the words of its prose, enough of the
    commonest English function words (`the`, `of`, `said` ...). Table rows and short lines
    (`| Kora | 12 | 40 |`, `tanks - 7,450`) are no prose; texts with too little prose to tell
    count as English."""
    sample = text[:_LANGUAGE_SAMPLE]
    if len(sample.strip()) < _LANGUAGE_MIN_CHARS:
        return True
    sample = "\n".join(line for line in sample.splitlines()
                       if len(line.split()) >= _PROSE_MIN_WORDS and not line.lstrip().startswith("|"))
    words = _letter_words(sample)
    if len(words) < _LANGUAGE_MIN_WORDS:
        return True
    return sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) >= _MIN_ENGLISH_SHARE * len(words)


# English prose has 25-40% of these words (the samples: 30-38%); French, Spanish and German
# news text under 5%, Cyrillic none.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a an is was were are be been has have had said says that for on with "
    "by at as from it its he she they his her their not this which after will but or".split())
_MIN_ENGLISH_SHARE = 0.1
_LANGUAGE_MIN_CHARS = 200
_LANGUAGE_MIN_WORDS = 30
_PROSE_MIN_WORDS = 6  # a line of fewer is a heading, a label or a list item
_LANGUAGE_SAMPLE = 20000
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[a-z]+")  # _LETTERS in lower-case ASCII text, twice as fast


def _letter_words(text: str) -> list[str]:
    """The runs of letters in `text`, lower-cased (on the faster pattern where that is ASCII:
    reading a year of reports spends seconds here)."""
    lowered = text.lower()
    return (_ASCII_LETTERS if lowered.isascii() else _LETTERS).findall(lowered)


# --- finding files ------------------------------------------------------------------------

def _read_folder(folder: str, visited: set, warn: Warn) -> Iterator[Report | Skipped]:
    """Report files under `folder`, depth first in name order; each real folder entered once.

    A stack of folder listings rather than recursion, so no depth of nesting can exhaust
    Python's call stack."""
    stack = [_folder_entries(folder, visited)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, Skipped):
            yield entry
        elif isinstance(entry, _Subfolder):
            stack.append(_folder_entries(entry.path, visited))
        elif isinstance(entry, _OtherFiles):
            warn(_other_files_message(entry))
        else:
            yield from _read_once(entry, visited, warn)


class _Subfolder(NamedTuple):
    path: str


class _OtherFiles(NamedTuple):
    """Files of a folder that are not reports by their name: left out, but said so."""
    folder: str
    names: list[str]


def _other_files_message(other: _OtherFiles, shown: int = 3) -> str:
    names = ", ".join(other.names[:shown]) + (
        f" and {len(other.names) - shown} more" if len(other.names) > shown else "")
    files = "file" if len(other.names) == 1 else "files"
    plain = [suffix for suffix in REPORT_SUFFIXES if not suffix.endswith(".gz")]
    return (f"{other.folder}: skipped {len(other.names)} {files} not named "
            f"{', '.join(plain[:-1])} or {plain[-1]} (gzipped or not): {names}")


def _folder_entries(folder: str, visited: set) -> Iterator[str | _Subfolder | _OtherFiles | Skipped]:
    """One folder's report files (paths), subfolders and unreadable entries, in name order,
    then the names of its other files; nothing if the same folder was entered before (a
    symlink loop, a path given twice)."""
    try:
        key = _file_key(os.stat(folder), folder)
    except OSError as error:
        yield Skipped(folder, _reason(error))
        return
    if key in visited:
        return
    visited.add(key)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(folder, _reason(error))
        return
    others = []
    for entry in entries:
        if _is_ignored(entry.name):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError as error:
            yield Skipped(path, _reason(error))
            continue
        if is_dir:
            yield _Subfolder(path)
        elif entry.name.lower().endswith(REPORT_SUFFIXES):
            yield path
        else:
            others.append(entry.name)
    if others:
        yield _OtherFiles(folder, others)


def _file_key(info: os.stat_result, path: str) -> tuple:
    """What makes a file or folder itself, whatever path (symlink, `..`) leads to it: its
    device and inode, or its real path where the file system gives no inode numbers."""
    if info.st_ino == 0:
        return ("path", os.path.realpath(path))
    return (info.st_dev, info.st_ino)


def _is_ignored(name: str) -> bool:
    """Hidden files and editor leftovers: never reports, skipped without a word."""
    return (name.startswith(".") or name.endswith(_BACKUP_SUFFIXES)
            or (name.startswith("#") and name.endswith("#")))


def read_report_file(path: str, *, warn: Warn = lambda message: None) -> Report | Skipped:
    """The report in one file, or why it cannot be read."""
    info = _regular_file_stat(path)
    return info if isinstance(info, Skipped) else _read_file(path, info, warn)


def _read_once(path: str, visited: set, warn: Warn) -> Iterator[Report | Skipped]:
    """The report in one file, unless the same file was already read by another path."""
    info = _regular_file_stat(path)
    if isinstance(info, Skipped):
        yield info
        return
    key = _file_key(info, path)
    if key in visited:
        return
    visited.add(key)
    yield _read_file(path, info, warn)


def _regular_file_stat(path: str) -> os.stat_result | Skipped:
    try:
        info = os.stat(path)
    except OSError as error:
        return Skipped(path, _reason(error))
    return info if stat.S_ISREG(info.st_mode) else Skipped(path, "not a regular file")


def _read_file(path: str, info: os.stat_result, warn: Warn) -> Report | Skipped:
    try:
        with open(path, "rb") as handle:
            data = _read_up_to_limit(handle, info.st_size)
    except OSError as error:
        return Skipped(path, _reason(error))
    return read_report_bytes(data, path, warn=warn)


def _read_up_to_limit(handle: BinaryIO, size: int) -> bytes:
    """Up to one byte past MAX_REPORT_BYTES. A read sized by the file's stat, not by the
    limit: asking for 16 MB allocates 16 MB, five times the cost of reading a small report.
    A file that grew since its stat is read on to the limit."""
    wanted = min(size, MAX_REPORT_BYTES) + 1
    data = handle.read(wanted)
    if len(data) == wanted and wanted <= MAX_REPORT_BYTES:
        data += handle.read(MAX_REPORT_BYTES + 1 - wanted)
    return data


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


# --- decoding -----------------------------------------------------------------------------

def _gunzip(data: bytes, shown: str, warn: Warn) -> bytes | None:
    """Up to one byte past the size limit of a gzip stream's content; None if it has none."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        content = decompressor.decompress(data, MAX_REPORT_BYTES + 1)
    except zlib.error:
        return None
    if not decompressor.eof and len(content) <= MAX_REPORT_BYTES:
        if not content:
            return None
        warn(f"{shown}: gzip data ends early; read what it holds")
    return content


def _decode(data: bytes, shown: str, warn: Warn, *, final: bool) -> str | None:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; failing those, cp1252 with a warning.

    With `final` false the data was cut short, so a character split at the end is dropped.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return codecs.getincrementaldecoder(encoding)("replace").decode(data, final)
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final)
    except UnicodeDecodeError:
        pass
    if final:  # valid UTF-8 cut inside its last character (a copy stopped early)
        try:
            text = codecs.getincrementaldecoder("utf-8")().decode(data, False)
        except UnicodeDecodeError:
            pass
        else:
            warn(f"{shown}: ends inside a UTF-8 character (cut short?); its last bytes were "
                 "dropped")
            return text
    if b"\x00" in data:
        return None
    warn(f"{shown}: not valid UTF-8; read as Windows-1252 (cp1252)")
    return data.decode("cp1252", errors="replace")


def _looks_binary(text: str) -> bool:
    """NUL characters, or more control characters than text ever has."""
    if "\x00" in text:
        return True
    sample = text[:_BINARY_SAMPLE]
    if not _BINARY_CONTROLS.search(sample):  # text has none: no need to count them
        return False
    return len(_BINARY_CONTROLS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)
