"""An on-disk cache of extracted reports, so a second run over the same folder reads each
unchanged report back instead of extracting it again.

One small gzip-compressed JSON file per report (`ExtractedReport.as_dict()` plus the few
exact values that dict rounds off; `zcat` shows it), in sharded folders under one folder per *fingerprint*: a hash of the code
(every module of the package), every shipped data file and the user's `--gazetteer` files.
A changed rule, lexicon or gazetteer therefore starts a fresh cache instead of serving stale
results. Within it an entry is keyed by a hash of the report as read (its text and date), so
a changed file misses, and the same content at another path hits (its path is replaced).

Location: `$DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/conflict-digest`, else
`~/.cache/conflict-digest`. Writes are atomic (temporary file, then `os.replace`); an entry
that cannot be read back is ignored (the report is extracted again and the entry rewritten);
a cache folder that cannot be written is given up on after the first failure, never a crash.
Entries are never evicted one by one; whole fingerprint folders are: opening the cache with a
new fingerprint (new code, data or --gazetteer files) deletes all but the KEEP most recently
used other ones.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import orjson

from . import __version__
from .models import ExtractedReport, Report

FORMAT = 1
"""Bumped when the layout of an entry changes; part of the fingerprint."""

KEEP = 8
"""Fingerprint folders kept besides the one in use (other --gazetteer sets, other versions)."""

ENV_DIR = "DIGEST_CACHE_DIR"
APP_DIR = "conflict-digest"
_PACKAGE = Path(__file__).resolve().parent


def default_directory() -> Path:
    """`$DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/conflict-digest`, else `~/.cache/...`."""
    chosen = os.environ.get(ENV_DIR)
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative value is to be ignored
        return Path(xdg) / APP_DIR
    return Path.home() / ".cache" / APP_DIR


def fingerprint(extra_files: Sequence[Path] = ()) -> str:
    """A hash of everything an extraction depends on besides the report itself: the package
    version, the source of every module, every shipped data file and the user's files."""
    digest = hashlib.sha256(f"conflict-digest {__version__} format {FORMAT} "
                            f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    package_files = sorted(p for p in _PACKAGE.rglob("*")
                           if p.is_file() and (p.suffix == ".py" or p.parent.name == "data")
                           and "__pycache__" not in p.parts)
    for path in package_files:
        _add_file(digest, path.relative_to(_PACKAGE).as_posix(), path)
    for index, path in enumerate(extra_files):
        _add_file(digest, f"user file {index}", Path(path))
    return digest.hexdigest()


def _add_file(digest, label: str, path: Path) -> None:
    data = path.read_bytes()
    digest.update(f"{label}\0{len(data)}\0".encode())
    digest.update(data)


class Cache:
    """Entries of one fingerprint in one folder. Picklable, so worker processes can write
    the entries of the reports they extract."""

    def __init__(self, directory: Path, fingerprint: str) -> None:
        self.root = Path(directory)
        self.fingerprint = fingerprint
        self.directory = self.root / fingerprint[:24]
        self.hits = 0
        self.misses = 0
        self.write_error: str | None = None  # set by the first failed write; no more tries
        self._shared: dict = {}  # places and speakers, one object each for all records

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_shared": {}}  # workers never read entries back

    @classmethod
    def open(cls, gazetteer_files: Sequence[Path] = (), speaker_files: Sequence[Path] = (),
             directory: Path | None = None) -> "Cache":
        """The cache for an extractor loaded with these user files (marked as just used; the
        first time, older fingerprints are pruned). Raises OSError when a file cannot be read
        for the fingerprint."""
        cache = cls(directory or default_directory(),
                    fingerprint([*gazetteer_files, *speaker_files]))
        cache.mark_used()
        return cache

    def mark_used(self) -> None:
        """Touch this fingerprint's folder; if it is new, delete the other fingerprint folders
        but the KEEP most recently used. Never fails: it is housekeeping."""
        try:
            os.utime(self.directory)
            return
        except OSError:
            pass  # not there yet: a new fingerprint
        try:
            others = [entry for entry in os.scandir(self.root)
                      if _FINGERPRINT_DIR.fullmatch(entry.name) and entry.is_dir()
                      and not entry.is_symlink()]
            others.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
        except OSError:
            return
        for entry in others[KEEP:]:
            shutil.rmtree(entry.path, ignore_errors=True)

    # keys and paths
    def key(self, report: Report) -> str:
        """What an extraction of `report` depends on: its text and its date (which may come
        from the file name, so the same text under another name can date differently)."""
        digest = hashlib.sha256(f"{report.date}\0".encode())
        digest.update(report.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def entry_path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json.gz"

    # reading
    def get(self, key: str, report: Report) -> ExtractedReport | None:
        """The cached extraction of `report` (with `report` itself in it, so its current
        path and text), or None when there is none or it cannot be read back."""
        try:
            with open(self.entry_path(key), "rb") as handle:
                entry = _loads(gzip.decompress(handle.read()))
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("not an entry of this cache")
            if len(self._shared) > 100_000:  # only ever a few thousand places and speakers
                self._shared.clear()
            extracted = ExtractedReport.from_dict(entry["record"], report=report,
                                                  shared=self._shared)
        except Exception:  # none yet, or unreadable, truncated, edited: extract it again
            self.misses += 1
            return None
        self.hits += 1
        return extracted

    # writing
    def put(self, key: str, extracted: ExtractedReport) -> str | None:
        """Store an extraction; returns None, or a message saying why it could not be stored
        (after which this object stops trying)."""
        if self.write_error is not None:
            return self.write_error
        try:
            data = json.dumps({"format": FORMAT, "key": key, "record": encode(extracted)},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            # Level 1: a sixth of the size (JSON repeats itself) for ~0.3 ms a report.
            _write_atomic(self.entry_path(key), gzip.compress(data, compresslevel=1, mtime=0))
        except (OSError, ValueError, TypeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self.write_error = f"cannot write the cache in {self.root} ({reason}); " \
                               "continuing without it"
            return self.write_error
        return None


_FINGERPRINT_DIR = re.compile(r"[0-9a-f]{24}")


def _loads(data: bytes):
    """An entry read by orjson, four times faster than `json` (a warm run reads thousands);
    by `json` if orjson refuses it: an infinite number is written as Infinity."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def encode(extracted: ExtractedReport) -> dict:
    """`ExtractedReport.as_dict()` plus what it rounds off or leaves out and a record needs
    to come back identical: exact figure numbers and offsets, a claim speaker's kind."""
    record = extracted.as_dict()
    for figure, d in zip(extracted.figures, record["figures"]):
        _add_exact(figure, d)
    for claim, d in zip(extracted.claims, record["claims"]):
        for figure, fd in zip(claim.figures, d["figures"]):
            _add_exact(figure, fd)
        if claim.speaker is not None:
            d["speaker_type"] = claim.speaker.kind
    return record


def _add_exact(figure, d: dict) -> None:
    d["exact"] = [figure.value, figure.low, figure.high, figure.start, figure.end]


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json.gz")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
