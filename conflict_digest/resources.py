"""Access to the data files shipped in conflict_digest/data and to users' own additions."""
from __future__ import annotations

import csv
import functools
import tomllib
import unicodedata
from importlib import resources
from pathlib import Path

import regex


def data_file(name: str) -> Path:
    return Path(str(resources.files("conflict_digest") / "data" / name))


@functools.cache
def load_toml(name: str) -> dict:
    """A shipped TOML data file, parsed once per process."""
    with data_file(name).open("rb") as fh:
        return tomllib.load(fh)


def read_toml(path: Path) -> dict:
    with Path(path).open("rb") as fh:
        return tomllib.load(fh)


def read_csv(path: Path) -> list[dict[str, str]]:
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k}
                for row in csv.DictReader(fh)]


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics or curly apostrophes: the key names are matched on."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").lower()


@functools.lru_cache(maxsize=8192)
def spelling_key(name: str) -> str:
    """A person's name as transliterations agree on it (transliteration.toml): `Andrey
    Vorobyov` and `Andrei Vorobyov` are `andrei vorobiov`."""
    key = fold(name)
    for old, new in load_toml("transliteration.toml")["rewrites"]:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", " ".join(key.split()))


_DOUBLED = regex.compile(r"(\w)\1+")


def split_list(value: str | list | None) -> list[str]:
    """A `|`-separated CSV cell or a TOML list, as a list of non-empty strings."""
    if not value:
        return []
    items = value if isinstance(value, list) else value.split("|")
    return [s.strip() for s in items if s and s.strip()]


def phrase_alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first so the longest wins, a space in a
    phrase matching any run of white space."""
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(set(phrases), key=len, reverse=True))
