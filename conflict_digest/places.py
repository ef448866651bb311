"""Places and front sectors: a gazetteer lookup over capitalised word runs, plus cue patterns.

Names come from data/places.csv and data/sectors.toml (and users' --gazetteer files).
Words next to a name decide what it refers to: `Donetsk region` is the oblast, `the Bakhmut
sector` is a sector mention, `Kyiv Independent` is a newspaper, `Washington-based` is no place.
Demonyms are never in the index, so `Russian troops` never yields Russia.
"""
from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import regex

from .models import Place, PlaceMention
from .resources import data_file, fold, load_toml, phrase_alternation, read_csv, read_toml, split_list

TYPE_PRIORITY = ("country", "city", "town", "region", "area", "water", "village", "continent",
                 "district", "sector")
MAX_NAME_WORDS = 5

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\-.][\p{L}\p{M}\p{N}]+)*\.?")


class _Token(NamedTuple):
    text: str  # without a possessive or a trailing full stop
    start: int
    end: int  # end of the name part (before 's)
    span_end: int  # end of the raw token


@dataclass
class Gazetteer:
    """Every known place by folded alias, every sector by folded alias."""

    places: dict[str, Place] = field(default_factory=dict)  # canonical name -> Place
    index: dict[str, Place] = field(default_factory=dict)  # folded alias -> Place
    prefixes: set[str] = field(default_factory=set)  # every leading run of words of an alias
    regions_by_stem: dict[str, Place] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)  # folded alias -> sector name
    sector_oblasts: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> "Gazetteer":
        """The shipped gazetteer, extended or overridden by users' TOML or CSV files."""
        return _load(tuple(Path(p) for p in extra_files))

    # -- building -------------------------------------------------------------------------
    def add_place(self, row: dict) -> None:
        name = row["name"].strip()
        place = Place(name=name, type=(row.get("type") or "place").strip().lower(),
                      admin1=row.get("admin1") or None, country=row.get("country") or None,
                      sector=row.get("sector") or None)
        old = self.places.get(name)
        if old is not None:  # a user's row overrides the shipped one
            for key in [k for k, v in self.index.items() if v == old]:
                del self.index[key]
        self.places[name] = place
        for alias in [name, *split_list(row.get("aliases"))]:
            key = fold(alias)
            words = key.split()
            self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
            current = self.index.get(key)
            if current is None or old is not None or _rank(place) < _rank(current):
                self.index[key] = place
        if place.type == "region":
            stem = _region_stem(name)
            if stem:
                self.regions_by_stem[stem] = place
            for alias in split_list(row.get("aliases")):
                alias_stem = _region_stem(alias)
                if alias_stem and alias_stem != fold(alias):
                    self.regions_by_stem.setdefault(alias_stem, place)

    def add_sector(self, entry: dict) -> None:
        name = entry["name"].strip()
        for alias in [name, *split_list(entry.get("aliases"))]:
            self.sectors[fold(alias)] = name
        self.sector_oblasts[name] = split_list(entry.get("oblasts"))

    # -- queries ----------------------------------------------------------------------------
    def sector_names(self) -> list[str]:
        return sorted(self.sector_oblasts)

    def resolve_place(self, name: str) -> Place | None:
        key = fold(name.strip())
        return self.index.get(key) or self.regions_by_stem.get(_region_stem(name) or "")

    def resolve_sector(self, name: str) -> str | None:
        """A sector by its name or alias, any case or diacritics, or by a place lying in it."""
        key = fold(name.strip())
        words = key.split()
        if len(words) > 1 and words[-1] in _RULES.sector_words:
            key = " ".join(words[:-1])
        if key in self.sectors:
            return self.sectors[key]
        place = self.index.get(key)
        return place.sector if place else None

    def closest_sectors(self, name: str, n: int = 3) -> list[str]:
        close = difflib.get_close_matches(fold(name), list(self.sectors), n=n * 3, cutoff=0.6)
        return list(dict.fromkeys(self.sectors[c] for c in close))[:n]

    def places_in_sector(self, sector: str) -> list[Place]:
        return sorted((p for p in self.places.values() if p.sector == sector), key=lambda p: p.name)

    def find(self, text: str) -> list[PlaceMention]:
        """Every place mentioned in a sentence, in order, each span once."""
        tokens = _tokens(text)
        title_case = _is_title_case(tokens)
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            hit = self._longest_match(text, tokens, i)
            if hit is None:
                i += 1
                continue
            place, j = hit
            start, end = tokens[i].start, tokens[j - 1].end
            after = tokens[j - 1].span_end
            if _ORG_AFTER.match(text, after) and not _REGION_AFTER.match(text, after):
                i = j + 1
                continue
            if j == i + 1 and not title_case and self._starts_a_name(text, tokens, j):
                i = j + 1  # "Volodymyr Zelensky": a first name, not the town
                continue
            if place.type == "country" and _ADJECTIVAL_ABBREVIATION.fullmatch(tokens[i].text) \
                    and _NOUN_AFTER.match(text, tokens[j - 1].span_end):
                i = j  # "U.S. assistance", "US President": an adjective, not the country
                continue
            mentions.append(PlaceMention(place, start, end))
            i = j
        mentions = self._apply_context(text, mentions)
        mentions.extend(self._unknown_places(text, mentions))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _longest_match(self, text: str, tokens: list[_Token], i: int) -> tuple[Place, int] | None:
        """The longest known name starting at token i, grown one word at a time while some
        name still starts with the words so far."""
        first = tokens[i].text
        if not first[:1].isupper():
            return None
        key = fold(first)
        if key not in self.prefixes:
            return None
        place = self.index.get(key)
        best = (place, i + 1) if place is not None else None
        for j in range(i + 1, min(len(tokens), i + MAX_NAME_WORDS)):
            prev = tokens[j - 1]
            if prev.span_end != prev.end or text[prev.span_end:tokens[j].start] != " ":
                break  # a possessive or punctuation ends a name: "Russia's Belgorod"
            key = f"{key} {fold(tokens[j].text)}"
            if key not in self.prefixes:
                break
            place = self.index.get(key)
            if place is not None:
                best = (place, j + 1)
        return best

    def _starts_a_name(self, text: str, tokens: list[_Token], j: int) -> bool:
        """A one-word place right before another capitalised word that is no place or cue."""
        if j >= len(tokens) or text[tokens[j - 1].span_end:tokens[j].start] != " ":
            return False
        if tokens[j - 1].span_end != tokens[j - 1].end:
            return False  # "Russia's Defence Ministry"
        nxt = tokens[j].text
        key = fold(nxt)
        return (nxt[:1].isupper() and not nxt.isupper() and key not in _RULES.region_words
                and key not in _RULES.sector_words and key not in _CALENDAR_WORDS
                and self._longest_match(text, tokens, j) is None)

    def _apply_context(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Region and sector words after a name (or a list of names), `region of` before it."""
        out = list(mentions)
        k = 0
        while k < len(out):
            chain = [k]  # "Donetsk, Luhansk and Kherson regions" share the final word
            while chain[-1] + 1 < len(out) and _LIST_JOIN.fullmatch(
                    text, out[chain[-1]].end, out[chain[-1] + 1].start):
                chain.append(chain[-1] + 1)
            tail = _skip_possessive(text, out[chain[-1]].end)
            region = _REGION_AFTER.match(text, tail)
            sector = _SECTOR_AFTER.match(text, tail)
            for idx in chain:
                if region or _REGION_BEFORE.search(text, max(0, out[idx].start - 40), out[idx].start):
                    out[idx] = self._as_region(out[idx])
                elif sector:
                    out[idx] = self._as_sector(out[idx])
            k = chain[-1] + 1
        return out

    def _as_region(self, mention: PlaceMention) -> PlaceMention:
        if mention.place.type in ("region", "country", "area"):
            return mention
        region = self.regions_by_stem.get(fold(mention.place.name))
        return PlaceMention(region, mention.start, mention.end) if region else mention

    def _as_sector(self, mention: PlaceMention) -> PlaceMention:
        sector = self.sectors.get(fold(mention.place.name)) or mention.place.sector
        if sector is None:
            return mention
        place = mention.place if mention.place.sector == sector else Place(
            name=sector, type="sector", sector=sector)
        return PlaceMention(place, mention.start, mention.end, as_sector=True)

    def _unknown_places(self, text: str, known: Iterable[PlaceMention]) -> list[PlaceMention]:
        """`the village of X`, `X village`, `X region`: places the gazetteer does not know."""
        taken = [(m.start, m.end) for m in known]
        found = []
        for m in _UNKNOWN_CUE.finditer(text):
            group = next(g for g in ("after", "before", "near", "described") if m.group(g))
            name, start = m.group(group), m.start(group)
            end = start + len(name)
            first_word = fold(name.split()[0])
            first = first_word.split("-")[0]
            if any(s < end and start < e for s, e in taken) or fold(name) in _NOT_NAMES \
                    or {first, first_word, fold(name)} & _demonyms() or first in _RULES.not_place_starts:
                continue
            cue = fold(m.group("cue_after") or m.group("cue_before") or m.group("cue_described") or "")
            kind = _RULES.unknown_cues.get(cue.rstrip("s"), "region" if cue else "locality")
            found.append(PlaceMention(Place(name=name, type=kind, resolved=False), start, end))
            taken.append((start, end))
        return found


# -- loading ------------------------------------------------------------------------------

@functools.cache
def _load(extra_files: tuple[Path, ...]) -> Gazetteer:
    gaz = Gazetteer()
    for row in read_csv(data_file("places.csv")):
        if row.get("name"):
            gaz.add_place(row)
    for entry in load_toml("sectors.toml").get("sector", []):
        gaz.add_sector(entry)
    for path in extra_files:
        _extend(gaz, path)
    return gaz


def _extend(gaz: Gazetteer, path: Path) -> None:
    """A user's file: CSV rows like places.csv, or TOML [[place]] and [[sector]] tables."""
    if path.suffix.lower() == ".csv":
        rows, sectors = read_csv(path), []
    else:
        data = read_toml(path)
        rows, sectors = data.get("place", []), data.get("sector", [])
    for entry in sectors:
        if not entry.get("name"):
            raise ValueError(f"{path}: a [[sector]] needs a name")
        gaz.add_sector(entry)
    for row in rows:
        if not row.get("name"):
            raise ValueError(f"{path}: every place needs a name")
        gaz.add_place({k: v for k, v in row.items()})


def _rank(place: Place) -> int:
    return TYPE_PRIORITY.index(place.type) if place.type in TYPE_PRIORITY else len(TYPE_PRIORITY)


def _region_stem(name: str) -> str | None:
    words = fold(name).split()
    if len(words) > 1 and words[-1] in _RULES.region_suffixes:
        return " ".join(words[:-1])
    return None


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        word = raw.rstrip(".") if raw.count(".") == 1 else raw  # "Kyiv." but "U.S."
        if len(word) > 3 and word.endswith("'s"):
            word = word[:-2]
        elif len(word) > 2 and word.endswith("'"):
            word = word[:-1]
        start = m.start()
        out.append(_Token(word, start, start + len(word), m.end()))
    return out


def _skip_possessive(text: str, end: int) -> int:
    m = _POSSESSIVE_AT.match(text, end)
    return m.end() if m else end


@dataclass(frozen=True)
class _Rules:
    region_words: tuple[str, ...]
    region_suffixes: frozenset[str]
    sector_words: frozenset[str]
    organisation_words: tuple[str, ...]
    not_place_starts: frozenset[str]
    unknown_cues: dict


def _load_rules() -> _Rules:
    data = load_toml("place_rules.toml")
    return _Rules(tuple(data["region_words"]), frozenset(data["region_suffixes"]),
                  frozenset(data["sector_words"]), tuple(data["organisation_words"]),
                  frozenset(data["not_place_starts"]), dict(data["unknown_place_cues"]))


_RULES = _load_rules()
_POSSESSIVE_AT = regex.compile(r"'s?(?=\W|$)")
_REGION_AFTER = regex.compile(rf"\s+(?:{phrase_alternation(_RULES.region_words)})\b", regex.I)
_SECTOR_AFTER = regex.compile(rf"\s+(?:{phrase_alternation(_RULES.sector_words)})\b", regex.I)
_ORG_AFTER = regex.compile(rf"\s(?:{phrase_alternation(_RULES.organisation_words)})\b(?!-)", regex.I)
_REGION_BEFORE = regex.compile(
    rf"\b(?:{phrase_alternation(_RULES.region_words)})\s+of\s+(?:the\s+)?$", regex.I)
_LIST_JOIN = regex.compile(r",?\s+(?:and|or)\s+|,\s+|\s*/\s*")
_NAME = r"\p{Lu}[\p{L}\p{M}'\-]+(?:\s\p{Lu}[\p{L}\p{M}'\-]+)?"
_UNKNOWN_CUE = regex.compile(
    rf"\b(?P<cue_before>{phrase_alternation(_RULES.unknown_cues)})s?\s+of\s+(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME})\s+(?P<cue_after>village|district|raion|region|oblast|province)\b"
    rf"|\b(?P<cue_near>near|outside|around)\s+(?P<near>{_NAME})(?=\s*[,.;:)]|\s+(?:and|in|on|at|where|"
    rf"which|after|before|during|as|while)\b|\s*$)"
    rf"|\bin\s+(?P<described>{_NAME}),\s+(?:a|the)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?"
    rf"(?P<cue_described>city|town|village|settlement|port|district|region)\b")
_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                   "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ADJECTIVAL_ABBREVIATION = regex.compile(r"U\.?S\.?A?|U\.?K\.?|E\.?U\.?|U\.?N\.?")
_NOUN_AFTER = regex.compile(r"\s+(?!(?:and|or|has|have|had|is|was|were|are|will|would|said|says|"
                            r"to|on|in|at|for|of|by|with|from|as|but|which|that|who|also|"
                            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                            r"last|this|earlier|later|again|still|now)\b)[\p{L}]", regex.I)
def _is_title_case(tokens: list[_Token]) -> bool:
    """A headline in Title Case: capitalised words there say nothing about names."""
    words = [t.text for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


@functools.cache
def _demonyms() -> frozenset[str]:
    """Demonyms and adjectives (`Ukrainian`, `Russian`): never the start of a place name."""
    path = data_file("demonyms.csv")
    rows = read_csv(path) if path.exists() else []
    return frozenset(fold(w) for row in rows for w in split_list(row.get("demonyms")))


_NOT_NAMES = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "which"}
