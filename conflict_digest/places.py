"""Places and front sectors: a gazetteer lookup over capitalised word runs, plus cue patterns.

Names come from data/places.csv and data/sectors.toml (and users' --gazetteer files).
Words next to a name decide what it refers to: `Donetsk region` is the oblast, `the Bakhmut
sector` is a sector mention, `Kyiv Independent` is a newspaper, `Washington-based` is no place.
Demonyms are never in the index, so `Russian troops` never yields Russia.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

import regex

from .models import Place, PlaceMention
from .resources import (data_file, fold, load_toml, phrase_alternation, read_csv, read_toml,
                        split_list)

TYPE_PRIORITY = ("country", "city", "town", "region", "area", "water", "village", "continent",
                 "district", "sector")
MAX_NAME_WORDS = 5

_POSSESSIVE_ENDINGS = ("'s", "\u2019s")


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
    continued: dict[str, set[str]] = field(default_factory=dict)  # prefix -> initials of next words
    regions_by_stem: dict[str, Place] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)  # folded alias -> sector name
    variants: set[str] = field(default_factory=set)  # keys only _article_variants spelt
    sector_oblasts: dict[str, list[str]] = field(default_factory=dict)
    sector_members: dict[str, str] = field(default_factory=dict)  # folded region or place -> sector

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
        aliases = [name, *split_list(row.get("aliases"))]
        for alias in aliases:
            key = _name_key(alias)
            current = self.index.get(key)
            if current is None or old is not None or _rank(place) < _rank(current) \
                    or key in self.variants:  # a spelling the data gives wins over a variant
                self._index_alias(key, place)
                self.variants.discard(key)
        spelt = {_name_key(a) for a in aliases}
        variants = {_name_key(v) for a in aliases
                    for v in [*_article_variants(a), *_ending_variants(a), *_joint_variants(a)]}
        for variant in sorted(variants - spelt):
            if variant not in self.index:
                self._index_alias(variant, place)
                self.variants.add(variant)
        if place.type == "region":
            stem = _region_stem(name)
            if stem:
                self.regions_by_stem[stem] = place
            for alias in split_list(row.get("aliases")):
                alias_stem = _region_stem(alias)
                if alias_stem and alias_stem != fold(alias):
                    self.regions_by_stem.setdefault(alias_stem, place)

    def _index_alias(self, key: str, place: Place) -> None:
        words = key.split()
        self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        for n in range(1, len(words)):
            self.continued.setdefault(" ".join(words[:n]), set()).add(words[n][0])
        self.index[key] = place
        self.__dict__.pop("_by_skeleton", None)  # built again from the grown index

    def add_sector(self, entry: dict) -> None:
        name = entry["name"].strip()
        for alias in [name, *split_list(entry.get("aliases"))]:
            self.sectors[fold(alias)] = name
            stem = _without_sector_word(fold(alias))
            if stem:  # "Soum front" is also "Soum", "Soum direction"
                self.sectors.setdefault(stem, name)
        self.sector_oblasts[name] = split_list(entry.get("oblasts"))
        for member in [*split_list(entry.get("regions")), *split_list(entry.get("places"))]:
            self.sector_members[fold(member)] = name

    def place_members_in_sectors(self) -> None:
        """A place no row gives a sector lies in the sector whose `regions` hold it or its
        region (`admin1`), or whose `places` name it: the theatres of other wars are drawn by
        region, not place by place."""
        moved: dict[Place, Place] = {}
        for place in self.places.values():
            if place.sector is None:
                sector = self.sector_members.get(fold(place.name)) or (
                    place.admin1 and self.sector_members.get(fold(place.admin1)))
                if sector:
                    moved[place] = replace(place, sector=sector)
        if not moved:
            return
        self.places = {name: moved.get(p, p) for name, p in self.places.items()}
        self.index = {key: moved.get(p, p) for key, p in self.index.items()}
        self.regions_by_stem = {key: moved.get(p, p) for key, p in self.regions_by_stem.items()}
        self.__dict__.pop("_by_skeleton", None)

    # -- queries ----------------------------------------------------------------------------
    def sector_names(self) -> list[str]:
        return sorted(self.sector_oblasts)

    def resolve_place(self, name: str) -> Place | None:
        key = _name_key(name.strip())
        return self.index.get(key) or self.regions_by_stem.get(_region_stem(name) or "")

    def resolve_sector(self, name: str) -> str | None:
        """A sector by its name or alias, any case or diacritics, or by a place lying in it."""
        key = fold(name.strip())
        if key in self.sectors:  # an alias may end in a sector word itself ("Soum front")
            return self.sectors[key]
        key = _without_sector_word(key) or key
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
        if "-\n" in text and _BROKEN_LINE.search(text):  # "Tubman-\nburg": a PDF's line
            return self._find_across_line_breaks(text)  # broken inside a name
        slug = _WIRE_SLUG.on(text).match(text) if text[:1].isupper() else None
        if slug:  # "UPDATE 3-Iraq says ...": blanked, so the name after it starts a token
            text = " " * slug.end() + text[slug.end():]
        mentions = self._apply_context(text, self._known_places(text))
        unknown = self._unknown_places(_in_mixed_case(text) if text.isupper() else text, mentions)
        if "-" in text and any(word in text for word in _RULES.road_words):
            unknown += self._road_ends(text, [*mentions, *unknown])
        if any(word in text for word in _RULES.numbered_height_words):
            unknown += _numbered_heights(text, [*mentions, *unknown])
        if " (" in text and mentions:
            unknown += _before_bracketed_seats(text, mentions, [*mentions, *unknown])
        if unknown:  # the known ones come in order already
            mentions.extend(unknown)
            mentions.sort(key=lambda m: m.start)  # "Kassala and Kora states": one list
            mentions = self._apply_context(text, mentions)
        return [self._compass_sector(text, m) if m.place.sector is None else m for m in mentions]

    def _find_across_line_breaks(self, text: str) -> list[PlaceMention]:
        r"""The places of a sentence whose lines a PDF broke inside words with a hyphen, found
        in it joined (`Tubman-\nburg` as `Tubmanburg`; `Port-au-\nPrince`, before a capital,
        as `Port-au-Prince`), each at its span in the text as written."""
        parts: list[str] = []
        joints: list[int] = []  # where in the joined text characters were left out
        left_out: list[int] = []  # how many so far
        at = 0
        for m in _BROKEN_LINE.finditer(text):
            keep_hyphen = text[m.end():m.end() + 1].isupper()
            parts.append(text[at:m.start() + keep_hyphen])
            at = m.end()
            joints.append(sum(map(len, parts)))
            left_out.append((left_out[-1] if left_out else 0) + len(m.group()) - keep_hyphen)
        joined = "".join(parts) + text[at:]

        def written(index: int) -> int:
            k = bisect.bisect_right(joints, index) - 1
            return index + (left_out[k] if k >= 0 else 0)

        return [replace(m, start=written(m.start), end=written(m.end - 1) + 1)
                for m in self.find(joined)]

    def _compass_sector(self, text: str, mention: PlaceMention) -> PlaceMention:
        """`southern Lebanon`, `north-east Syria`: a compass word and a place that together
        name a sector (an alias in sectors.toml) put the mention in it; the place stays."""
        if not text.endswith(_COMPASS_ENDINGS, max(0, mention.start - 2), mention.start):
            return mention  # most mentions: no compass word before them
        m = _COMPASS_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        sector = m and self.sectors.get(fold(f"{m.group('compass')} {text[mention.start:mention.end]}"))
        return replace(mention, sector=sector) if sector else mention

    def _known_places(self, text: str) -> list[PlaceMention]:
        """Gazetteer names, tried only at the tokens _NAME_START finds (and `al-Bab` where an
        article is written in lower case); the words after a candidate are tokenised on demand."""
        mentions: list[PlaceMention] = []
        resume = 0  # tokens starting before this are inside, or skipped after, a name
        group_end = 0  # the end of the last name inside an organisation's name
        title_case = None
        starts = _with_articles()[0] if _has_lower_article(text) else _NAME_START
        units = operations = in_capitals = None  # asked once, at the sentence's first known name
        for m in starts.on(text).finditer(text):
            start = m.start("token")
            if start < resume:  # also the final match, which has no token
                continue
            token = m.group("token")
            word = _name_part(token)
            key = self._start_key(word)
            if key is None and len(word) == len(token):
                continue  # most tokens: no name starts with them, and they keep no possessive
            first = _Token(word, start, start + len(word), m.end("token"))
            hit = self._match_at(text, first, key)
            if hit is None:
                continue
            place, first, last = hit
            resume = last.span_end
            if last.span_end == last.end and text[resume:resume + 1].isspace() \
                    and _ORG_AFTER.on(text).match(text, resume) \
                    and not _REGION_AFTER.on(text).match(text, resume) \
                    and not (place.type == "country" and _STATE_BODY_AFTER.on(text).match(text, resume)):
                resume = _end_of_next_token(text, resume)  # "Kyiv Independent"; but "the Sudan army"
                continue
            if last is first and self._starts_a_name(text, last):
                if title_case is None:
                    title_case = _is_title_case(_tokens(text))
                if not title_case or _names_a_known_person(text, last):
                    resume = _end_of_next_token(text, resume)  # "Volodymyr Zelensky"
                    continue
            if last is first and (_after_a_titled_first_name(text, first.start)
                                  or _after_a_described_first_name(text, first.start)
                                  or self._after_a_quoted_first_name(text, first)):
                continue  # "Capt. Lomi Hue", "police chief Maria Jordan", "nurse Maria
                # Jordan", "according to Thomas Kenya": a surname
            if last is first and text.startswith(", ", last.span_end) \
                    and not (mentions and not text[mentions[-1].end:first.start].strip()) \
                    and _a_described_persons_surname(text, first):
                continue  # "Maria Jordan, a nurse", "Ahmed Chad, 19,": a surname
            if place.type == "country" and _ADJECTIVAL_ABBREVIATION.on(text).fullmatch(first.text) \
                    and _NOUN_AFTER.on(text).match(text, last.span_end):
                continue  # "U.S. assistance", "US President": an adjective, not the country
            if place.type == "country" and _LANDMARK_AFTER.on(text).match(text, last.span_end):
                continue  # "the Kuwait roundabout in Gaza City", "Qatar Street": a landmark's name
            if text[last.end:last.end + 1] in _CURRENCY_SIGNS:
                continue  # "US$4.2 billion", "HK$": a currency, not the place
            if text[last.span_end:last.span_end + 1] == "-" \
                    and text[last.span_end + 1:last.span_end + 2].islower():
                continue  # "U.S.-led", "U.K.-based": an adjective, as "German-made"
            if text.endswith(_RULES.organisation_words_before, 0, first.start) \
                    or text[group_end:first.start] in (" and ", " and the "):
                group_end = last.end  # "Islamic State of Iraq and the Levant": one name
                continue  # "the Times of Israel": a newspaper; "Al-Qaeda in Iraq": a group
            if _after_name_particle(text, first.start):
                continue  # "the village of Abu Kora": part of a name the gazetteer lacks
            if units is None:  # each a pass over the sentence
                units = any(word in text for word in _RULES.unknown_place_named_after)
                operations = any(word in text for word in _RULES.operation_words)
                in_capitals = text.isupper()
            if units and _UNIT_BEFORE.on(text).search(text, max(0, first.start - UNIT_WINDOW_CHARS),
                                                      first.start):
                continue  # "barangay Tessa Kora": a barangay's name, no Kora of its own
            if text[first.start - 1:first.start] == " " \
                    and _after_vessel_word(text, first.start, in_capitals):
                continue  # "the tanker Marlin Kora", "the cruiser Lomi": a ship's name
            if operations and text[first.start - 1:first.start] == " " \
                    and _OPERATION_BEFORE.on(text).search(text, max(0, first.start - 50), first.start):
                continue  # "Operation Peace for Kora": an operation's name
            if last is first and _ends_a_ships_name(text, first):
                continue  # "the Ocean Kora tanker": a ship's name
            mentions.append(PlaceMention(place, first.start, last.end))
        return mentions

    def _match_at(self, text: str, first: _Token,
                  key: str | None) -> tuple[Place, _Token, _Token] | None:
        """The longest known name at token `first` (`key`: _start_key of it), with the first
        and last tokens it spans: a name that keeps a possessive ("Cox's Bazar") before the
        name part alone ("Russia")."""
        whole = _with_possessive(text, first) if first.span_end != first.end else None
        if whole is not None and fold(whole.text) in self.prefixes:
            hit = self._grown_match(text, whole, fold(whole.text))
            if hit is not None:
                return hit[0], whole, hit[1]
        hit = None if key is None else self._grown_match(text, first, key)
        return None if hit is None else (hit[0], first, hit[1])

    def _grown_match(self, text: str, first: _Token, key: str) -> tuple[Place, _Token] | None:
        """The longest known name starting at token `first` (whose folded text `key` some name
        starts with), and its last token, grown one word at a time while some name still
        starts with the words so far."""
        place = self.index.get(key)
        best = (place, first) if place is not None else None
        prev = first
        for _ in range(MAX_NAME_WORDS - 1):
            follows = self.continued.get(key)
            if follows is None or prev.span_end != prev.end and text[prev.end:prev.span_end] != ".":
                break  # a possessive ends a name: "Russia's Belgorod"; "St." goes on
            initial = text[prev.span_end + 1:prev.span_end + 2]
            if initial.isascii() and initial.lower() not in follows:
                break  # no longer name goes on with a word starting so ("The Russian ...")
            word = _next_word(text, prev)
            if word is None:
                break  # punctuation or the end of the sentence ends a name
            whole = _with_possessive(text, word) if word.span_end != word.end else None
            if whole is not None:  # "Bazar's" may end a name, "Cox's" go on with one
                place = self.index.get(f"{key} {fold(word.text)}")
                if place is not None:
                    best = (place, word)
                word = whole
            key = f"{key} {fold(word.text)}"
            if key not in self.prefixes:
                break
            place = self.index.get(key)
            if place is not None:
                best = (place, word)
            prev = word
        return best

    def _start_key(self, word: str) -> str | None:
        """The folded word if it is capitalised (`al-Bab` too) and some name begins with it."""
        if not (word[:1].isupper() or _LOWER_ARTICLE.on(word).match(word)):
            return None
        key = fold(word)
        return key if key in self.prefixes else None

    def _after_a_quoted_first_name(self, text: str, name: _Token) -> bool:
        """A name right after a word quoting a person (place_rules.toml's person_name_leads)
        and a capitalised first name that is no place, compass word or day, where a source's
        name ends (person_name_followers): `according to Thomas Kenya,`, `said Walter Chad.`;
        not `said Lomi Hue was shelled`."""
        start = name.start
        words = text[max(0, start - TITLED_NAME_WINDOW_CHARS):start].split()
        if len(words) < 2 or text[start - 1:start] != " " or not words[-1][:1].isupper():
            return False  # most names: no capitalised word right before them
        if name.end < len(text) and not text.startswith(_RULES.person_name_followers, name.end):
            return False
        lead = words[-2].lower()
        if lead not in _RULES.person_name_leads and (
                len(words) < 3 or f"{words[-3].lower()} {lead}" not in _RULES.person_name_leads):
            return False
        key = fold(words[-1])
        return words[-1].isalpha() and not words[-1].isupper() and key not in self.prefixes \
            and key not in _RULES.not_place_starts and key not in _CALENDAR_WORDS \
            and key not in _demonyms()

    def _starts_a_name(self, text: str, last: _Token) -> bool:
        """A one-word place right before another capitalised word that is no place or cue."""
        if last.span_end != last.end or not text[last.span_end + 1:last.span_end + 2].isupper():
            return False  # "Russia's Defence Ministry"; "Russia said"
        word = _next_word(text, last)
        if word is None:
            return False
        nxt = word.text
        key = fold(nxt)
        return (nxt[:1].isupper() and not nxt.isupper() and key not in _RULES.region_words
                and key not in _RULES.sector_words and key not in _CALENDAR_WORDS
                and key not in _RULES.name_feature_words  # "Haifa Bay", "Marib City"
                and key not in _RULES.institution_words_after  # "Gaza Health Ministry"
                and self._match_at(text, word, self._start_key(nxt)) is None)  # "People's Republic of China"

    def _apply_context(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Region and sector words after a name (or a list of names), `region of` before it."""
        out = list(mentions)
        k = 0
        while k < len(out):
            chain = [k]  # "Donetsk, Luhansk and Kherson regions" share the final word
            while chain[-1] + 1 < len(out) and _LIST_JOIN.on(text).fullmatch(
                    text, out[chain[-1]].end, out[chain[-1] + 1].start):
                chain.append(chain[-1] + 1)
            tail = _skip_possessive(text, out[chain[-1]].end)
            spaced = text[tail:tail + 1].isspace()  # both patterns start with \s
            region = spaced and _REGION_AFTER.on(text).match(text, tail)
            sector = spaced and _SECTOR_AFTER.on(text).match(text, tail)
            regions = False  # "the states of X and Y": the first name's plural word is all's
            for idx in chain:
                word = "" if region else _region_word_before(text, out[idx].start)
                regions = regions or idx == k and len(chain) > 1 and word.endswith("s")
                if region or regions or word:
                    out[idx] = self._as_region(text, out[idx])
                elif sector:
                    out[idx] = self._as_sector(out[idx])
            k = chain[-1] + 1
        return out

    def _as_region(self, text: str, mention: PlaceMention) -> PlaceMention:
        """The region named after the place; by the name as written first, as a city's old
        name can be its region's (`Dnipropetrovsk region`, not Dnipro's)."""
        if mention.place.type in ("region", "country", "area"):
            return mention
        written = fold(text[mention.start:mention.end])
        region = self.regions_by_stem.get(written) or self.regions_by_stem.get(fold(mention.place.name))
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
        found: list[PlaceMention] = []
        if not _may_hold_unknown_cue(text):
            return found
        taken = _Spans((m.start, m.end) for m in known)
        cues = _with_articles()[1] if _has_lower_article(text) else _UNKNOWN_CUE
        pattern, at = cues.on(text), 0
        while (m := pattern.search(text, at)) is not None:
            at = m.end()
            if m.group("cue_between") and not _after_between_head(text, m.start()):
                at = m.end("cue_between")  # "talks between Kora and Lomi": maybe people
                continue
            if m.group("cue_list_end") and not _ends_a_list(text, m.start()):
                continue  # "Kora states": only the last of a list ("Kora and Lomi states")
            if m.group("cue_known_list") and not _listed_after_a_known_place(text, m, taken):
                continue  # "the Hazara and Kora communities": peoples, maybe
            more = m.group("more")
            listed = more is not None and _plural_cue(text, m)
            if more is not None and not listed:
                at = m.end("after")  # "the village of Kora and Lomi district": Lomi's own cue
            group = next(g for g in ("after", "named", "before", "near", "described", "between",
                                     "seated", "positioned", "taken", "particled", "parallel")
                         if m.group(g))
            name, start = m.group(group), m.start(group)
            words = name.split()
            owners = [k for k, word in enumerate(words[:-1]) if word.endswith(_POSSESSIVE_ENDINGS)]
            if fold(words[0]) in _RULES.function_words or owners:
                skipped = words[:owners[-1] + 1] if owners else words[:1]
                at = start + len(" ".join(skipped))  # "In Kora township", "Chad's Kora
                # province", "South Sudan's Kora county": try again at "Kora"
                if owners and m.group("cue_after"):  # "in Lomi's Kora district": Lomi too
                    found += _owner_place(text, words[:owners[-1] + 1], start, taken)
                continue
            if m.group("cue_after") and not _may_name_a_place(name):
                at = m.start("cue_after")  # "the Nigerian town of Kora": the cue is Kora's
                continue
            if m.group("cue_located") and not _OF_NAME_AFTER.on(text).match(text, m.end()) \
                    and not _located(text, start):
                continue  # "the Kora state government", "the Kora area commander"; but "the
                # Kora area of Lomi"
            if group == "seated" and not (_located(text, start) if m.group("seat_in") is None
                                          else text[:start].rstrip()[-1:].islower()):
                continue  # "Later, in Kora state", "Ahmed Lomi, Kora state": no place
            if group == "positioned" and not _after_lower_case_word(text, start):
                continue  # "Later, west of Kora", "the Lomi, 35 km west of Kora" (a ship)
            if group == "taken" and (fold(name) in _people_names() or _a_man_taken(text, m)):
                continue  # "forces captured Hemedti", "Police captured Kora,": a man
            names = [(name, start)]
            if group == "between":  # "between Kora and Lomi": each name as if alone
                names.append((m.group("between_second"), m.start("between_second")))
                if any(fold(n) in _people_names() for n, _ in names):
                    continue
            if listed:  # "the villages of Kora, Lomi and Tessa"
                names += [(n.group(), n.start()) for n in
                          _UNKNOWN_NAME.on(text).finditer(text, m.start("more"), m.end("more"))]
            cue = fold(m.group("cue_after") or m.group("cue_listed") or m.group("cue_list_end")
                       or m.group("cue_known_list")
                       or m.group("cue_before") or m.group("cue_from") or m.group("cue_named")
                       or m.group("cue_described") or m.group("cue_called")
                       or m.group("cue_located") or "")
            kind = _GROUP_KINDS.get(group) or _RULES.unknown_cues.get(cue) or \
                _RULES.unknown_cues.get(cue.rstrip("s"), "region" if cue else UNTYPED_PLACE)
            for name, start in names:
                if name.endswith(_POSSESSIVE_ENDINGS):  # "north of Kora's centre"
                    name = name[:-2]
                end = start + len(name)
                if taken.overlap(start, end) or group != "parallel" and not _may_name_a_place(name) \
                        or _begins_a_longer_name(text, m):
                    continue
                named = f"{name} {m.group('cue_after').capitalize()}" \
                    if fold(m.group("cue_after") or "") in _RULES.unknown_place_named_with_cue \
                    else name.lower() if group == "parallel" else name  # "the 38th parallel"
                # a barangay's name is its own, never another place's spelling
                spelt = None if group in ("named", "parallel") else self._spelt_otherwise(named, kind)
                place = spelt or Place(name=named, type=kind, resolved=False)  # "Sunzha River"
                found.append(PlaceMention(place, start, end))
                taken.add(start, end)
        return found

    def _road_ends(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """Both ends of a road or border named by them: `the Kora-Lomi road`, `the Sudan-Chad
        border`; each a known place or a name the unknown-place rules accept, or neither
        (`the Pro-Kora road`)."""
        ends: list[PlaceMention] = []
        for m in _ROAD_ENDS.on(text).finditer(text):
            first, second = self._road_end(m, "first"), self._road_end(m, "second")
            if first is None or second is None:
                continue
            ends += [e for e in (first, second) if not _overlaps_any(found, e.start, e.end)]
        return ends

    def _road_end(self, m: regex.Match | re.Match, group: str) -> PlaceMention | None:
        """The place at one end of a _ROAD_ENDS match: its words, or the word by the hyphen
        (`Wad Kora-Lomi road`)."""
        name, start = m.group(group), m.start(group)
        place = self.index.get(_name_key(name))
        if place is None and " " in name:
            if group == "first":
                start, name = start + name.rindex(" ") + 1, name.rsplit(" ", 1)[-1]
            else:
                name = name.split(" ", 1)[0]
            place = self.index.get(_name_key(name))
        if place is None and _may_name_a_place(name):
            place = Place(name=name, type=UNTYPED_PLACE, resolved=False)
        return None if place is None else PlaceMention(place, start, start + len(name))

    def _spelt_otherwise(self, name: str, kind: str) -> Place | None:
        """The one known place of the cue's kind whose name has the consonants of `name`:
        `the village of X` in another transliteration (Russian and Ukrainian, French and
        English spellings of Arabic) than the gazetteer's. Only where a cue says a place is
        meant, and only for names long enough that their consonants tell places apart."""
        skeleton = _consonant_skeleton(name)
        if len(skeleton.replace(" ", "")) < MIN_SKELETON_LETTERS:
            return None
        place = self._by_skeleton.get(skeleton)
        if place is None or place.type not in _CUE_KIND_TYPES.get(kind, ()):
            return None
        return place

    @functools.cached_property
    def _by_skeleton(self) -> dict[str, Place | None]:
        """Every alias's consonant skeleton and the place it names: None where two places
        share one."""
        places: dict[str, Place | None] = {}
        for key, place in self.index.items():
            skeleton = _consonant_skeleton(key)
            places[skeleton] = place if places.get(skeleton, place) == place else None
        return places


# Transliterations differ in vowels (Avdiivka, Avdeevka) and doubled letters; a name's
# consonants, with each word's first letter, tell places apart from five letters on.
MIN_SKELETON_LETTERS = 5
_CUE_KIND_TYPES = {"village": ("village", "town", "city"), "town": ("village", "town", "city"),
                   "city": ("town", "city"), "locality": ("village", "town", "city"),
                   "region": ("region",), "district": ("district", "area")}
_NOT_LETTERS = re.compile(r"[^a-z]+")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def _consonant_skeleton(name: str) -> str:
    """Each word's first letter and its consonants, doubled letters once: `Avdeevka` and
    `Avdiivka` both give `avdvk`."""
    words = _NOT_LETTERS.sub(" ", fold(name)).split()
    return " ".join(_DOUBLED.sub(r"\1", w[0] + _VOWELS.sub("", w[1:])) for w in words)


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
    gaz.place_members_in_sectors()
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


def _without_sector_word(key: str) -> str | None:
    """A folded name without its last word when that is a sector word (`front`, `direction`)."""
    words = key.split()
    if len(words) > 1 and words[-1] in _RULES.sector_words:
        return " ".join(words[:-1])
    return None


def _article_variants(alias: str) -> list[str]:
    """`Al Khawkhah` for `Al-Khawkhah`, `Deir al-Balah` for `Deir al Balah`: an Arabic
    article is joined to its word either way, and the data lists one spelling."""
    if not _ARTICLE_JOINT.search(alias):
        return []
    swapped = _ARTICLE_JOINT.sub(_other_joint, alias)
    return [swapped] if swapped != alias else []


def _joint_variants(alias: str) -> list[str]:
    """`Mai-Kadra` for `Mai Kadra`, `Nagorno Karabakh` for `Nagorno-Karabakh`: a name of two
    capitalised words is written joined by a hyphen or a space, and the data lists one."""
    words = alias.split(" ") if " " in alias else alias.split("-")
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    return ["-".join(words) if " " in alias else " ".join(words)]


def _ending_variants(alias: str) -> list[str]:
    """`Zawiyah` for `Zawiya` and back: an Arabic name's last word ends in a ta marbuta
    written either way (place_rules.toml's name_ending_variants)."""
    for short, long in _RULES.name_ending_variants:
        if alias.endswith(long):
            return [alias[:-len(long)] + short]
        if alias.endswith(short):
            return [alias + long[len(short):]]
    return []


def _other_joint(m: regex.Match) -> str:
    """An article joined the other way: `al-` for `al `, `al ` for `al-`."""
    return m.group("article") + ("-" if m.group("joint") == " " else " ")


def _name_key(alias: str) -> str:
    """The folded alias as the tokens of a text spell it: a word's only full stop, at its end,
    dropped (`St. Mary's` -> `st mary's`), as _name_part drops it from `St.`."""
    return " ".join(map(_without_full_stop, fold(alias).split()))


def _rank(place: Place) -> int:
    return TYPE_PRIORITY.index(place.type) if place.type in TYPE_PRIORITY else len(TYPE_PRIORITY)


def _region_stem(name: str) -> str | None:
    words = fold(name).split()
    if len(words) > 1 and words[-1] in _RULES.region_suffixes:
        return " ".join(words[:-1])
    return None


def _tokens(text: str) -> list[_Token]:
    return [_token_from(m) for m in _TOKEN.on(text).finditer(text)]


def _token_from(match: regex.Match | re.Match) -> _Token:
    """The token a _TOKEN match stands for."""
    word, start = _name_part(match.group()), match.start()
    return _Token(word, start, start + len(word), match.end())


def _name_part(raw: str) -> str:
    """A token without a possessive, a trailing full stop or a footnote's number glued to it
    (`Goma.12`, `Goma¹²`)."""
    if raw.isalpha():
        return raw
    footnote = _FOOTNOTE_NUMBER.search(raw) if raw[-1].isdigit() else None
    word = _without_full_stop(raw[:footnote.start()] if footnote else raw)
    if len(word) > 3 and word.endswith(_POSSESSIVE_ENDINGS):
        word = word[:-2]
    elif len(word) > 2 and word.endswith(("'", "\u2019")):
        word = word[:-1]
    return word


def _without_full_stop(word: str) -> str:
    """A word without the full stop that ends it, if it holds no other: `Kyiv.`, `St.`, but
    not `U.S.`."""
    return word.rstrip(".") if word.count(".") == 1 else word


def _with_possessive(text: str, token: _Token) -> _Token | None:
    """The token with its possessive kept ("Cox's" for "Cox"), if it has one: some names
    hold one, and the gazetteer keys them so."""
    if token.span_end == token.end:
        return None
    word = _without_full_stop(text[token.start:token.span_end])
    if not word.endswith(_POSSESSIVE_ENDINGS):
        return None
    return _Token(word, token.start, token.start + len(word), token.span_end)


def _next_word(text: str, token: _Token) -> _Token | None:
    """The token after `token` when one space parts them, as between the words of a name."""
    at = token.span_end + 1
    if text[at - 1:at] != " ":
        return None
    match = _TOKEN.on(text).match(text, at)
    return _token_from(match) if match else None


def _end_of_next_token(text: str, at: int) -> int:
    """Where the first token at or after `at` ends: the point past a word to be skipped."""
    match = _TOKEN.on(text).search(text, at)
    return match.end() if match else len(text) + 1


class _Spans:
    """Character spans already taken by a place, as sorted disjoint spans: whether a new one
    overlaps them is one bisection, not a walk over all of them (a long list of places)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:  # overlapping spans become one
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlap(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span: the last span starting before `end` is the
        only one that can, the spans being disjoint."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Take [start, end), which overlaps no span."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _in_mixed_case(text: str) -> str:
    """Telex copy in capitals as the cues for unknown places read it, of the same length: the
    cues' own words in lower case, a word next to one capitalised, any other word in lower
    case (`TROOPS HIT KORA VILLAGE NEAR LOMI` as `troops hit Kora village near Lomi`)."""
    words = list(_CAPS_WORD.finditer(text))
    is_cue = [fold(w.group()) in _CAPS_CUE_WORDS for w in words]
    parts, at = [], 0
    for k, w in enumerate(words):
        beside_cue = not is_cue[k] and (k > 0 and is_cue[k - 1] or k + 1 < len(words) and is_cue[k + 1])
        parts += [text[at:w.start()], w.group().capitalize() if beside_cue else w.group().lower()]
        at = w.end()
    mixed = "".join(parts) + text[at:]
    return mixed if len(mixed) == len(text) else text


def _caps_cue_words() -> frozenset[str]:
    """The words the cues for unknown places are written with, and the words they allow
    around a name, in lower case (and the plural of the cue nouns: `villages of`)."""
    r = _RULES
    phrases = [*r.function_words, *r.located_prepositions, *r.located_followers,
               *r.near_followers, *r.unknown_place_near, *r.unknown_place_taken,
               *r.unknown_cues, *r.unknown_place_after, *r.unknown_place_after_located,
               *r.unknown_place_seats, *r.unknown_place_from, *r.unknown_place_between,
               *r.unknown_place_described, *r.position_bearings, *r.position_hedges, *r.not_names]
    words = {w.lower() for phrase in phrases for w in phrase.split()}
    return frozenset(words | {f"{w}s" for w in [*r.unknown_cues, *r.unknown_place_after]})


def _may_hold_unknown_cue(text: str) -> bool:
    """Whether _UNKNOWN_CUE can match: far cheaper to ask than to run it. In lower case, so
    that `Camp` and `camp` are one test; but a name's particle as written (`Ain `)."""
    lowered = text.lower()
    return any(word in lowered for word in _UNKNOWN_CUE_WORDS) \
        or any(particle in text for particle in _PARTICLES_BEFORE_NAME)


def _region_word_before(text: str, start: int) -> str:
    """The region word of `the region of (the)` right before a name, or "": a costly search,
    so first look at the end."""
    window = max(0, start - 40)
    if not text[window:start].rstrip().lower().endswith(("of", "the")):
        return ""
    m = _REGION_BEFORE.on(text).search(text, window, start)
    return m.group("word").lower() if m else ""


def _skip_possessive(text: str, end: int) -> int:
    if not text.startswith(("'", "\u2019"), end):
        return end
    m = _POSSESSIVE_AT.on(text).match(text, end)
    return m.end() if m else end


@dataclass(frozen=True)
class _Rules:
    region_words: tuple[str, ...]
    region_suffixes: frozenset[str]
    sector_words: frozenset[str]
    organisation_words: tuple[str, ...]
    organisation_words_before: tuple[str, ...]
    not_place_starts: frozenset[str]
    unknown_cues: dict
    unknown_place_after: tuple[str, ...]
    unknown_place_after_capitalised: tuple[str, ...]
    not_place_names: frozenset[str]
    unknown_place_near: tuple[str, ...]
    unknown_place_described: tuple[str, ...]
    not_names: frozenset[str]
    described_place_followers: tuple[str, ...]
    function_words: frozenset[str]
    not_nouns_after_abbreviation: tuple[str, ...]
    name_articles: tuple[str, ...]
    unknown_place_after_listed: tuple[str, ...]
    name_compass_words: frozenset[str]
    unknown_place_between: tuple[str, ...]
    between_heads: frozenset[str]
    between_followers: tuple[str, ...]
    compass_words: tuple[str, ...]
    road_words: tuple[str, ...]
    unknown_place_from: tuple[str, ...]
    unknown_place_after_located: tuple[str, ...]
    located_prepositions: tuple[str, ...]
    located_followers: tuple[str, ...]
    country_landmark_words: tuple[str, ...]
    near_followers: tuple[str, ...]
    not_place_whole_names: frozenset[str]
    title_case_small_words: frozenset[str]
    state_body_words: tuple[str, ...]
    unknown_place_seats: tuple[str, ...]
    bracketed_seat_before: tuple[str, ...]
    numbered_height_words: tuple[str, ...]
    height_units: tuple[str, ...]
    name_feature_words: frozenset[str]
    wire_slugs: tuple[str, ...]
    name_particles: tuple[str, ...]
    vessel_words: tuple[str, ...]
    position_hedges: tuple[str, ...]
    position_bearings: tuple[str, ...]
    countrywide_words: tuple[str, ...]
    name_ending_variants: tuple[tuple[str, str], ...]
    unknown_place_named_with_cue: frozenset[str]
    institution_words_after: frozenset[str]
    destination_words: tuple[str, ...]
    unknown_place_named_after: tuple[str, ...]
    operation_words: tuple[str, ...]
    operation_name_joiners: tuple[str, ...]
    unknown_place_taken: tuple[str, ...]
    takers_of_people: frozenset[str]
    person_descriptions: frozenset[str]
    person_name_leads: frozenset[str]
    person_name_followers: tuple[str, ...]
    unknown_place_after_known_list: tuple[str, ...]
    located_verbs: tuple[str, ...]
    list_counts: tuple[str, ...]
    unknown_place_particles: tuple[str, ...]
    unknown_place_lines: tuple[str, ...]
    border_words: tuple[str, ...]


def _load_rules() -> _Rules:
    data = load_toml("place_rules.toml")
    return _Rules(tuple(data["region_words"]), frozenset(data["region_suffixes"]),
                  frozenset(data["sector_words"]), tuple(data["organisation_words"]),
                  tuple(f"{words} " for words in data["organisation_words_before"]),
                  frozenset(data["not_place_starts"]), dict(data["unknown_place_cues"]),
                  tuple(data["unknown_place_after"]),
                  tuple(data["unknown_place_after_capitalised"]),
                  frozenset(data["not_place_names"]), tuple(data["unknown_place_near"]),
                  tuple(data["unknown_place_described"]), frozenset(data["not_names"]),
                  tuple(data["described_place_followers"]),
                  frozenset(data["function_words"]),
                  tuple(data["not_nouns_after_abbreviation"]), tuple(data["name_articles"]),
                  tuple(data["unknown_place_after_listed"]),
                  frozenset(data["name_compass_words"]), tuple(data["unknown_place_between"]),
                  frozenset(data["between_heads"]), tuple(data["between_followers"]),
                  tuple(data["compass_words"]), tuple(data["road_words"]),
                  tuple(data["unknown_place_from"]),
                  tuple(data["unknown_place_after_located"]), tuple(data["located_prepositions"]),
                  tuple(data["located_followers"]), tuple(data["country_landmark_words"]),
                  tuple(data["near_followers"]), frozenset(data["not_place_whole_names"]),
                  frozenset(data["title_case_small_words"]), tuple(data["state_body_words"]),
                  tuple(data["unknown_place_seats"]), tuple(data["bracketed_seat_before"]),
                  tuple(data["numbered_height_words"]), tuple(data["height_units"]),
                  frozenset(data["name_feature_words"]),
                  tuple(data["wire_slugs"]), tuple(f"{p} " for p in data["name_particles"]),
                  tuple(data["vessel_words"]), tuple(data["position_hedges"]),
                  tuple(data["position_bearings"]), tuple(data["countrywide_words"]),
                  tuple((short, long) for short, long in data["name_ending_variants"]),
                  frozenset(data["unknown_place_named_with_cue"]),
                  frozenset(data["institution_words_after"]),
                  tuple(data["destination_words"]),
                  tuple(data["unknown_place_named_after"]), tuple(data["operation_words"]),
                  tuple(data["operation_name_joiners"]), tuple(data["unknown_place_taken"]),
                  frozenset(data["takers_of_people"]), frozenset(data["person_descriptions"]),
                  frozenset(data["person_name_leads"]), tuple(data["person_name_followers"]),
                  tuple(data["unknown_place_after_known_list"]), tuple(data["located_verbs"]),
                  tuple(data["list_counts"]), tuple(data["unknown_place_particles"]),
                  tuple(data["unknown_place_lines"]), tuple(data["border_words"]))


_RULES = _load_rules()
UNTYPED_PLACE = "locality"  # the type of an unknown place no cue word types
_COMPASS_BEFORE = re.compile(
    rf"\b(?P<compass>{'|'.join(map(re.escape, sorted(_RULES.compass_words, key=len, reverse=True)))})\s+$",
    re.I)
_COMPASS_ENDINGS = tuple({w[-1].lower() + " " for w in _RULES.compass_words}
                         | {w[-1].upper() + " " for w in _RULES.compass_words})


class _Classes(NamedTuple):
    """Character classes as the `regex` module spells them, or as `re` spells what they
    match in ASCII text."""
    letter: str
    upper: str
    lower: str
    number: str
    digit: str
    mark: str


_UNICODE = _Classes(r"\p{L}", r"\p{Lu}", r"\p{Ll}", r"\p{N}", r"\p{Nd}", r"\p{M}")
_ASCII = _Classes("A-Za-z", "A-Z", "a-z", "0-9", "0-9", "")


class _Compiled(NamedTuple):
    """A pattern compiled by `regex` for any text, and by `re` (ASCII classes) for all-ASCII
    text, the usual case: `re` finds the same matches there two or three times faster."""
    unicode: regex.Pattern
    ascii: re.Pattern

    def on(self, text: str) -> regex.Pattern | re.Pattern:
        return self.ascii if text.isascii() else self.unicode  # isascii() reads a flag: O(1)


def _compiled(build: Callable[[_Classes], str], ignore_case: bool = False) -> _Compiled:
    return _Compiled(regex.compile(build(_UNICODE), regex.I if ignore_case else 0),
                     re.compile(build(_ASCII), re.ASCII | (re.I if ignore_case else 0)))


def _token_pattern(c: _Classes) -> str:
    """A word, with inner apostrophes, hyphens and full stops ("U.S.", "Kyiv's")."""
    return rf"[{c.letter}{c.number}]{_token_rest(c)}"


def _token_rest(c: _Classes) -> str:
    """A token after its first letter or digit."""
    word_char = f"[{c.letter}{c.mark}{c.number}]"
    joints = "'\u2019" if c is _UNICODE else "'"  # no curly apostrophe in ASCII text
    return rf"{word_char}*(?:[{joints}\-.]{word_char}+)*\.?"


def _name_start_pattern(c: _Classes, articles: bool = False) -> str:
    """The tokens _TOKEN finds, but only those that do not start lower case or with a digit:
    str.isupper() is never true of those, and only an upper-case letter begins a name. The
    others are skipped inside the regex engine. Past the last candidate it matches the end of
    the text with no "token", so a search never fails and restarts further on (quadratic).
    With `articles`, a name behind an Arabic article in lower case (`al-Bab`) is one too."""
    token = _token_pattern(c)
    keep = f"(?!{_lower_article(c)})" if articles else ""
    return (rf"(?:[^{c.letter}{c.number}]|(?=[{c.lower}{c.digit}]){keep}{token})*+"
            rf"(?:(?P<token>{token})|\Z)")


def _ascii_name_start_pattern(articles: bool = False) -> str:
    """_name_start_pattern for ASCII text, where no combining mark can make a word go on: a
    token starts at any letter or digit not preceded by one, nor by one and a joiner. The
    capital comes first so that `re` skips to capitals before it looks behind."""
    c = _ASCII
    after_token = rf"(?<![{c.letter}{c.number}].)(?<![{c.letter}{c.number}]['.\-].)"
    start = rf"[{c.upper}]{after_token}"
    if articles:
        start = rf"(?:{start}|(?<![{c.letter}{c.number}'.\-]){_lower_article(c)})"
    return rf"(?P<token>{start}{_token_rest(c)})"


@functools.cache
def _with_articles() -> tuple[_Compiled, _Compiled]:
    """_NAME_START and _UNKNOWN_CUE that also take a name behind a lower-case article: built
    on first need, as most runs never meet one."""
    return (_Compiled(regex.compile(_name_start_pattern(_UNICODE, True)),
                      re.compile(_ascii_name_start_pattern(True), re.ASCII)),
            _compiled(lambda c: _unknown_cue_pattern(c, True)))


def _has_lower_article(text: str) -> bool:
    """Whether a text may hold an article in lower case before a name (`al-Bab`): few do, and
    the others are read with the patterns that skip the cost of looking for one."""
    return "-" in text and any(a in text for a in _LOWER_ARTICLE_HYPHENS)


def _lower_article(c: _Classes) -> str:
    """An Arabic article in lower case joined to a capitalised word: `al-` of `al-Bab`."""
    return rf"(?:{'|'.join(_RULES.name_articles)})(?=-[{c.upper}])"


def _unknown_cue_pattern(c: _Classes, articles: bool = False) -> str:
    """`the village of X`, `five villages: X, Y and Z`, `X village`, `X and Y townships` (or
    states), `near X,`, `in X, a small town`, `in (the) X state,`, `Y's X area`, `the road
    between X and Y`, `in X, Y province` (or `in X (Y province)`), `in X, 20 km west of`
    (or, as ceasefire monitors write, `in X (government-controlled, 20 km west of`) and `Kfar
    X`, `Deir al-X` (an Arabic place named with its particle)."""
    name = _unknown_name_pattern(c, articles)
    one_word = rf"[{c.upper}][{c.letter}{c.mark}'\-]++"  # a village taken, not a man ("captured Ali Kora")
    after = phrase_alternation(_unknown_place_after())
    listed = phrase_alternation([*_unknown_place_after(), *_RULES.unknown_place_after_listed])
    described = phrase_alternation(_RULES.unknown_place_described)
    counted = rf"(?:,\s+(?:{phrase_alternation(_RULES.list_counts)}))?"  # "Kora and Lomi, two villages"
    # "70 km", "40 kilometers (25 miles)"; "southeast of"
    distance = (rf"[{c.digit}][{c.digit}.,]*\s*(?:{phrase_alternation(_RULES.unknown_place_from)})"
                rf"(?:\s+\([^()]{{1,20}}\))?")
    bearing = rf"(?:{phrase_alternation(_RULES.position_bearings)})\s+of\b"
    # Words before the described word, no preposition: "Kora, a resident of the city" is a man.
    modifiers = (rf"(?:(?!(?:{phrase_alternation(_RULES.located_prepositions)})\s)"
                 rf"[{c.lower}-]+\s+){{0,3}}?")
    return (
        rf"\b(?:(?P<cue_before>{phrase_alternation(_RULES.unknown_cues)})(?:s?\s+of|s:)"
        rf"|(?P<cue_from>{phrase_alternation(_RULES.unknown_place_from)})\s+from)\s+(?P<after>{name})"
        rf"(?P<more>(?:,\s+{name})*,?\s+(?:and|or)\s+{name})?"
        rf"|(?<![{c.letter}])(?P<cue_named>{phrase_alternation(_RULES.unknown_place_named_after)})"
        rf"\s+(?P<named>{name})"
        rf"|(?P<before>{name})(?:{counted}\s+(?P<cue_after>{after})s?\b"
        rf"|(?=(?:,\s+{name})*,?\s+(?:and|or)\s+{name}{counted}\s+(?:(?P<cue_listed>{listed})s"
        rf"|(?P<cue_known_list>{phrase_alternation(_RULES.unknown_place_after_known_list)}))\b)"
        rf"|\s+(?P<cue_list_end>{phrase_alternation(_RULES.unknown_place_after_listed)})s\b"
        rf"|,\s+(?:a|the)\s+{modifiers}(?P<cue_called>{described})"
        rf"(?=\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.described_place_followers)})\b|\s+[{c.digit}])"
        rf"|\s+(?P<cue_located>{phrase_alternation(_unknown_place_after_located())})\b"
        rf"(?=\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.located_followers)}|[{c.lower}]{{2,}}ed)\b|\s*$))"
        rf"|\b(?P<cue_near>{phrase_alternation(_RULES.unknown_place_near)})\s+(?P<near>{name})"
        rf"(?=\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.near_followers)})\b|\s*$)"
        rf"|\b(?P<cue_taken>{phrase_alternation(_RULES.unknown_place_taken)})\s+(?P<taken>{one_word})"
        rf"(?=\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.near_followers)})\b|\s*$)"
        rf"|\bin\s+(?P<described>{name}),\s+(?:a|the)\s+(?:[{c.lower}-]+\s+){{0,3}}?"
        rf"(?P<cue_described>{described})\b"
        rf"|\b(?P<cue_between>{phrase_alternation(_RULES.unknown_place_between)})\s+"
        rf"(?P<between>{name})\s+and\s+(?P<between_second>{name})"
        rf"(?=\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.between_followers)})\b|\s*$)"
        rf"|(?P<positioned>{name})(?=(?:,\s+|\s+\((?:[{c.lower}-]+-(?:controlled|held),\s+)?)"
        rf"(?:(?:{phrase_alternation(_RULES.position_hedges)})\s+)?"
        rf"(?:{distance}\s+(?:from\b|{bearing})|{bearing}))"
        rf"|(?<![{c.letter}{c.digit}])(?P<parallel>[{c.digit}]{{1,2}}(?:st|nd|rd|th)\s+"
        rf"(?i:{phrase_alternation(_RULES.unknown_place_lines)}))\b"
        rf"|(?<![{c.letter}])(?P<particled>(?:{phrase_alternation(_RULES.unknown_place_particles)})\s+"
        rf"(?:(?:{'|'.join(_RULES.name_articles)})-)?{name})"
        rf"|(?P<seated>{name})(?=(?:,\s+|\s+\()(?P<seat_in>in\s+)?{name}\s+"
        rf"(?:{phrase_alternation(_unknown_place_seats())})s?\b"
        rf"(?:\s*[,.;:)]|\s+(?:{phrase_alternation(_RULES.located_followers)})\b|\s*$))")


def _unknown_name_pattern(c: _Classes, articles: bool = False) -> str:
    """A name a cue for an unknown place catches: one to three capitalised words (`Lin Ta
    Lu`, as villages in Myanmar are often named); with `articles`, the first maybe behind an
    article in lower case (`al-Kora`)."""
    name_char = f"[{c.letter}{c.mark}'\\-]"
    article = rf"(?:{'|'.join(_RULES.name_articles)})[\s-]"  # "Kora al-Fauqa"
    # A capitalised cue of more words, or its plural, begins no further word ("Kora Local
    # Government Area", "the Kora and Lomi IDP camps").
    cue = rf"(?!(?:{phrase_alternation(_capitalised_cue_phrases())})s?\b)"
    # Possessive: a word is never given back in part to try the cues again (a cost, no match).
    lower_article = rf"(?:(?<![{c.letter}]){_lower_article(c)}-)?" if articles else ""
    return (rf"{lower_article}[{c.upper}]{name_char}++"
            rf"(?:\s{cue}(?:{article})?[{c.upper}]{name_char}++){{0,2}}")


def _capitalised_cue_phrases() -> list[str]:
    """The cues after a name that are capitalised phrases of more words: `Local Government
    Area` would end a name's words before `Area`, a cue of its own, matched first."""
    return [cue for cue in _unknown_place_after() if " " in cue and cue[:1].isupper()]


def _unknown_place_seats() -> list[str]:
    """The words of a region or district a place is seated in (`Kora, Lomi state`), lower
    case or capitalised as written."""
    words = _RULES.unknown_place_seats
    return [*words, *(word.capitalize() for word in words if word.islower())]


def _after_lower_case_word(text: str, start: int) -> bool:
    """A word in lower case right before `start`, no article (`attacked Kora`, `in Kora`)."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() \
        and before[-1] not in _RULES.not_names


def _located(text: str, start: int) -> bool:
    """A locative preposition (and `the`), a verb of striking and `the`, or a possessive right
    before `start`: `in Kora`, `residents of the Kora`, `hit the Kora`, `Lomi's Kora`."""
    return _LOCATED_BEFORE.on(text).search(text, max(0, start - LOCATED_WINDOW_CHARS),
                                           start) is not None


def _unknown_place_after_located() -> list[str]:
    """The words after an unknown place's name after a locative preposition, lower case or
    capitalised."""
    words = _RULES.unknown_place_after_located
    return [*words, *(word.capitalize() for word in words)]


def _unknown_place_after() -> list[str]:
    """The words after an unknown place's name, as written lower case or capitalised."""
    return [*_RULES.unknown_place_after,
            *(word.capitalize() for word in _RULES.unknown_place_after_capitalised)]


def _may_name_a_place(name: str) -> bool:
    """Whether a name a cue catches may be a place: no demonym, armed group, weekday, month,
    known person (`near Netanyahu,`), function word or other word that never begins or ends
    one, though a compass word may begin a name of two words (`North Kora province`)."""
    words = fold(name).split()
    first_word = words[0]
    first = first_word.split("-")[0]
    compass_named = len(words) > 1 and first_word in _RULES.name_compass_words
    return not (fold(name) in _RULES.not_names or {first, first_word, fold(name)} & _demonyms()
                or first_word in _CALENDAR_WORDS  # "Monday town hall meetings"
                or first in _RULES.not_place_starts and not compass_named
                or _names_no_place(name) or words[-1] in _RULES.not_place_starts
                or fold(name) in _people_names())


def _overlaps_any(found: list[PlaceMention], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a place found: a few, so a walk over them (a long list
    of places has `_Spans`)."""
    return any(f.start < end and start < f.end for f in found)


def _numbered_heights(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Heights named by their number (`Hill 192`, `Height 223.7`): unknown places."""
    return [PlaceMention(Place(name=m.group(), type="area", resolved=False), m.start(), m.end())
            for m in _NUMBERED_HEIGHT.on(text).finditer(text)
            if not _overlaps_any(found, m.start(), m.end())]


def _before_bracketed_seats(text: str, known: list[PlaceMention],
                            found: list[PlaceMention]) -> list[PlaceMention]:
    """The names right before a known place opening brackets, after a locative word (`in
    Kora (Alibori)`, `attacked Lomi (Tanguieta, Atakora)`): an event list's village and its
    district, unknown places; no other place's part."""
    places = []
    for seat in known:
        if text[seat.start - 2:seat.start] != " (":
            continue  # most places: no bracket before them
        m = _NAME_BEFORE_BRACKET.on(text).search(text, max(0, seat.start - NAME_WINDOW_CHARS),
                                                 seat.start)
        if m is None or not _may_name_a_place(m.group("name")) \
                or _overlaps_any(found, m.start("name"), m.end("name")):
            continue
        place = Place(name=m.group("name"), type=UNTYPED_PLACE, resolved=False)
        places.append(PlaceMention(place, m.start("name"), m.end("name")))
    return places


def _after_between_head(text: str, start: int) -> bool:
    """`between` after a word that makes the names after it places: `the road between`."""
    head = text[max(0, start - 20):start].split()
    return bool(head) and head[-1].lower() in _RULES.between_heads


def _plural_cue(text: str, m: regex.Match | re.Match) -> bool:
    """A cue before `of` written in the plural: `the villages of`, `the cities of`, `the
    outskirts of`, `within 20 miles of`."""
    if m.group("cue_before") is None:
        return False  # "5 km from Kora and Lomi district": a distance from one place
    return m.group("cue_before").endswith("s") or text.startswith("s", m.end("cue_before"))


def _a_man_taken(text: str, m: regex.Match | re.Match) -> bool:
    """A name taken by police (`Police captured Kora`) or before an age (`captured Lomi,
    34,`, `captured Lomi (34)`): a man arrested, not a settlement taken."""
    before = text[max(0, m.start() - 20):m.start()].split()
    return bool(before) and before[-1].lower() in _RULES.takers_of_people \
        or _AGE_AFTER.match(text, m.end("taken")) is not None


def _listed_after_a_known_place(text: str, m: regex.Match | re.Match, taken: _Spans) -> bool:
    """A name of a list a cue ends (`Nikopol, Kora and Marhanets communities`) with a place
    already found among the names after it or right before it."""
    if taken.overlap(m.end("before"), m.start("cue_known_list")):
        return True
    joint = _LIST_JOINT_BEFORE.search(text, max(0, m.start() - 8), m.start())
    return joint is not None and taken.overlap(joint.start() - 1, joint.start())


def _names_a_known_person(text: str, first: _Token) -> bool:
    """A one-word place and the word after it that name a known person (`Volodymyr
    Zelenskyy`), even in a Title Case line."""
    word = _next_word(text, first)
    return word is not None and fold(f"{first.text} {word.text}") in _people_names()


def _after_name_particle(text: str, start: int) -> bool:
    """A name right after a word that begins an Arabic place name (`Abu`, `Kafr`, `Tal`)."""
    if not text.endswith(_RULES.name_particles, 0, start):
        return False  # most names: one call asks every particle
    for particle in _RULES.name_particles:
        if text.endswith(particle, 0, start):
            before = start - len(particle) - 1
            return before < 0 or not text[before].isalpha()
    return False


def _owner_place(text: str, words: list[str], start: int, taken: _Spans) -> list[PlaceMention]:
    """The place owning a unit a cue names, after a locative word (`in Kora's Lomi district`):
    `words` run from the cue's match `start` to the owner's possessive. Not a known place
    (`taken`), nor after no locative word (`Ahmed's Kora district office`)."""
    first = 1 if fold(words[0]) in _RULES.function_words else 0
    name = " ".join(words[first:])[:-2]
    at = start + len(" ".join(words[:first])) + (1 if first else 0)
    end = at + len(name)
    if not name or taken.overlap(at, end) or "'" in name or "\u2019" in name \
            or not _may_name_a_place(name) or not _located(text, at):
        return []
    taken.add(at, end)
    return [PlaceMention(Place(name=name, type=UNTYPED_PLACE, resolved=False), at, end)]


def _after_a_titled_first_name(text: str, start: int) -> bool:
    """A name right after a title (speakers.toml's) and a capitalised first name: `Capt. Lomi
    Hue`, `police chief Maria Jordan`, `Lt. Col. Kora Guerrero` name a person by surname."""
    before = text[max(0, start - TITLED_NAME_WINDOW_CHARS):start]
    words = before.split()
    if not before.endswith(" ") or len(words) < 2 or not words[-1][:1].isupper():
        return False  # most names: no capitalised word right before them
    return _TITLED_NAME_BEFORE.on(text).search(text, max(0, start - TITLED_NAME_WINDOW_CHARS),
                                               start) is not None


def _after_a_described_first_name(text: str, start: int) -> bool:
    """A name right after a person's noun (place_rules.toml's person_descriptions) and a
    capitalised first name: `nurse Maria Jordan`, `the farmer Ahmed Chad`."""
    words = text[max(0, start - TITLED_NAME_WINDOW_CHARS):start].split()
    return text[start - 1:start] == " " and len(words) >= 2 and words[-1][:1].isupper() \
        and words[-1].isalpha() and words[-2].lower() in _RULES.person_descriptions


def _a_described_persons_surname(text: str, name: _Token) -> bool:
    """A one-word place right after a capitalised word that is no place, before an age, `who`
    or a person's description (`Maria Jordan, a nurse`, `Ahmed Chad, 19,`): a surname."""
    before = text[max(0, name.start - 30):name.start].split()
    if not before or not text[name.start - 1:name.start].isspace():
        return False
    word = before[-1]
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()) \
            or fold(word) in _RULES.not_place_starts or fold(word) in _demonyms():
        return False  # "in Jordan, a", "Northern Kenya, a region"
    return _PERSON_DESCRIBED.on(text).match(text, name.span_end) is not None


def _after_vessel_word(text: str, start: int, in_capitals: bool) -> bool:
    """A name after a vessel word and a word or two of a ship's name (`the tanker Marlin
    Kora`); in a line in capitals (`in_capitals`), right after it (`THE TANKER KORA`), as all
    its words are capitalised (`TANKER HIT KORA`)."""
    window = max(0, start - 50)
    return _VESSEL_BEFORE.on(text).search(text, window, start) is not None or (
        in_capitals and _VESSEL_BEFORE_IN_CAPITALS.on(text).search(text, window, start) is not None)


def _ends_a_ships_name(text: str, name: _Token) -> bool:
    """A one-word place after another capitalised word and right before a vessel word (`the
    Ocean Kora tanker`, `the Star Lomi bulk carrier`): the last word of a ship's name. Not
    after a demonym, a group or a function word (`a Houthi Kora ship attack`, `The Kora tanker`)."""
    if text[name.start - 1:name.start] != " " or not _VESSEL_AFTER.on(text).match(text, name.span_end):
        return False
    before = text[max(0, name.start - 30):name.start].split()
    word = fold(before[-1]) if before else ""
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha() \
        and not before[-1].isupper() and word not in _RULES.function_words \
        and word not in _RULES.not_place_names and word not in _demonyms()


def _ends_a_list(text: str, start: int) -> bool:
    """A name right after `and`, `or` or a comma: the last of a list."""
    return text[max(0, start - 5):start].endswith((" and ", " or ", ", "))


@functools.cache
def _people_names() -> frozenset[str]:
    """people.toml's known people by every alias and surname: `fighting between Burhan and
    Hemedti` names two men, not two places."""
    people = load_toml("people.toml").get("person", [])
    names = {fold(n) for p in people for n in [p["name"], *p.get("aliases", [])]}
    return frozenset(names | {n.split()[-1] for n in names})


def _names_no_place(name: str) -> bool:
    """A name before a cue that is no place: an armed group (`Hamas territory`), an acronym
    (`RSF territory`), an adjective whose last part is lower case (`Rebel-held territory`)."""
    key = fold(name)
    return (key in _RULES.not_place_names or key.split()[0] in _RULES.not_place_names
            or key in _RULES.not_place_whole_names
            or name.isupper() or name.rsplit("-", 1)[-1].islower())


def _begins_a_longer_name(text: str, cue: regex.Match | re.Match) -> bool:
    """A capitalised cue word before another capitalised word: the name of an institution
    (`Kora District Water Authority`, `Kora County Council`), not the place."""
    word = cue.group("cue_after") or ""
    return word[:1].isupper() and text[cue.end():cue.end() + 1] == " " \
        and text[cue.end() + 1:cue.end() + 2].isupper()


def _noun_after_pattern(c: _Classes) -> str:
    """A word after `US` that makes it an adjective (`US assistance`): no verb or function
    word (`the US said`)."""
    words = "|".join(map(regex.escape, _RULES.not_nouns_after_abbreviation))
    return rf"\s+(?!(?:{words})\b)[{c.letter}]"


def _unknown_cue_words() -> tuple[str, ...]:
    """A word of each cue _UNKNOWN_CUE looks for, in lower case: every match holds one of them
    (once lower-cased). None that
    holds another (`town` is in `township`), and the shortest first: they are found most
    often, inside other words too (`east` in `at least`), and end the search soonest."""
    cues = [*_RULES.unknown_place_near, *_RULES.unknown_place_described, *_RULES.unknown_cues,
            *_RULES.unknown_place_from,
            *_unknown_place_after(), *(f"{w}s" for w in _RULES.unknown_place_after_listed),
            *_RULES.unknown_place_between, *_unknown_place_after_located(),
            *_unknown_place_seats(), *_RULES.unknown_place_named_after, *_RULES.unknown_place_taken,
            *_RULES.unknown_place_lines]
    words = list(dict.fromkeys(cue.split()[0].lower() for cue in cues if cue.strip()))
    return tuple(sorted((w for w in words if not any(o != w and o in w for o in words)), key=len))


_TOKEN = _compiled(_token_pattern)
_NAME_START = _Compiled(regex.compile(_name_start_pattern(_UNICODE)),
                        re.compile(_ascii_name_start_pattern(), re.ASCII))
_LOWER_ARTICLE_HYPHENS = tuple(f"{article}-" for article in _RULES.name_articles)
_UNKNOWN_CUE = _compiled(_unknown_cue_pattern)
_LOWER_ARTICLE = _compiled(_lower_article)
_UNKNOWN_NAME = _compiled(_unknown_name_pattern)
_ROAD_ENDS = _compiled(lambda c: (
    rf"(?P<first>(?:[{c.upper}][{c.letter}{c.mark}']+\s)?[{c.upper}][{c.letter}{c.mark}']+)-"
    rf"(?P<second>[{c.upper}][{c.letter}{c.mark}']+(?:\s[{c.upper}][{c.letter}{c.mark}']+)?)"
    rf"\s+(?:{phrase_alternation(_RULES.road_words)})\b"))
_UNKNOWN_CUE_WORDS = _unknown_cue_words()
_GROUP_KINDS = {"particled": "village", "parallel": "area"}  # the type a cue's kind of name gives
# As written: "ain" is in "Ukraine", "Ain " is no word of it.
_PARTICLES_BEFORE_NAME = tuple(f"{p} " for p in _RULES.unknown_place_particles)
_WIRE_SLUG = _compiled(lambda c: (
    rf"(?:{phrase_alternation([s.upper() for s in _RULES.wire_slugs])})(?:\s+\d+)?-(?=[{c.upper}])"))
_VESSEL_BEFORE = _compiled(lambda c: (  # case as written: "Tanker Hit Off Kora" is a headline
    rf"(?<![{c.letter}])(?:{phrase_alternation(_RULES.vessel_words)})"
    rf"\s+(?:(?!(?i:{phrase_alternation(_RULES.function_words)})\s)"
    rf"[{c.upper}][{c.letter}{c.mark}{c.number}'\-]*\s+){{0,2}}$"))
_VESSEL_BEFORE_IN_CAPITALS = _compiled(lambda c: (  # "THE TANKER KORA": the word right after
    rf"(?<![{c.letter}])(?:{phrase_alternation([w.upper() for w in _RULES.vessel_words])})\s+$"))
_OPERATION_BEFORE = _compiled(lambda c: (  # case as written, a function word ends the name
    rf"(?<![{c.letter}])(?:{phrase_alternation(_RULES.operation_words)})\s+"
    rf"(?:(?:(?!(?i:{phrase_alternation(_RULES.function_words)})\s)[{c.upper}][{c.letter}{c.mark}'\-]*"
    rf"|{phrase_alternation(_RULES.operation_name_joiners)})\s+){{0,3}}$"))
_PERSON_DESCRIBED = _compiled(lambda c: (  # ", 19,"; ", who"; ", a nurse at"; ", 19, a student"
    rf",\s+(?:[{c.digit}]{{1,2}},(?![{c.digit}])|who\b"
    rf"|(?:[{c.digit}]{{1,2}},\s+)?(?:a|an|the)\s+(?:[{c.lower}-]+\s+){{0,3}}?"
    rf"(?:{phrase_alternation(_RULES.person_descriptions)})\b)"))
_CAPS_WORD = re.compile(r"[^\W\d_][\w'\-]*")
_CAPS_CUE_WORDS = _caps_cue_words()
_LIST_JOINT_BEFORE = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)$")  # "Kora, " or "Kora and "
_FOOTNOTE_NUMBER = re.compile(r"(?<=[^\W\d_])(?:\.\d{1,3}|[\u00b2\u00b3\u00b9\u2070-\u2079]{1,3})$")
_AGE_AFTER = re.compile(r",\s*\d{1,2},(?!\d)|\s*\(\d{1,2}\)")  # "Kora, 34," or "Kora (34)": a man's age
_BROKEN_LINE = re.compile(r"-\n[ \t]*(?=\w)")  # a line's end inside a word
_TITLED_NAME_BEFORE = _compiled(lambda c: (
    rf"(?<![{c.letter}])(?i:{phrase_alternation(load_toml('speakers.toml')['titles'])})"
    rf"\s+[{c.upper}][{c.lower}{c.mark}'\-]+\s+$"))
TITLED_NAME_WINDOW_CHARS = 60  # `Brigadier General` and a first name
_VESSEL_AFTER = _compiled(lambda c: (  # "Kora tanker", "Kora bulk carrier": lower case
    rf"\s+(?:[{c.lower}]+\s+)?(?:{phrase_alternation([w for w in _RULES.vessel_words if w.islower()])})\b"))
_ARTICLE_JOINT = regex.compile(rf"(?<![\p{{L}}'])(?P<article>(?i:{'|'.join(_RULES.name_articles)}))"
                               r"(?P<joint>[ -])(?=\p{Lu})")
_POSSESSIVE_AT = _compiled(lambda c: r"['\u2019]s?(?=\W|$)")
_REGION_AFTER = _compiled(lambda c: rf"\s+(?:{phrase_alternation(_RULES.region_words)})\b", True)
_SECTOR_AFTER = _compiled(lambda c: rf"\s+(?:{phrase_alternation(_RULES.sector_words)})\b", True)
_ORG_AFTER = _compiled(  # capitalised, as names are: "Kalehe centre" is the town's
    lambda c: rf"\s(?=(?-i:[{c.upper}]))(?:{phrase_alternation(_RULES.organisation_words)})\b(?!-)"
              rf"(?!\s+(?:{phrase_alternation(_RULES.country_landmark_words)})\b)", True)
_STATE_BODY_AFTER = _compiled(
    lambda c: rf"\s(?:{phrase_alternation(_RULES.state_body_words)})\b(?!-)", True)
_LANDMARK_AFTER = _compiled(
    lambda c: rf"\s(?:{phrase_alternation(_RULES.country_landmark_words)})\b(?!-)", True)
_REGION_BEFORE = _compiled(
    lambda c: rf"\b(?P<word>{phrase_alternation(_RULES.region_words)})\s+of\s+(?:the\s+)?$", True)
_UNIT_BEFORE = _compiled(lambda c: (
    rf"(?<![{c.letter}])(?:{phrase_alternation(_RULES.unknown_place_named_after)})\s+"
    rf"(?:[{c.upper}][{c.letter}{c.mark}'\-]*\s+){{0,2}}$"))
UNIT_WINDOW_CHARS = 40  # `Brgy.` and two words of a name before the known one
_LOCATED_BEFORE = _compiled(lambda c: (
    rf"(?:\b(?i:{phrase_alternation(_RULES.located_prepositions)})\s+(?:the\s+)?"
    rf"|\b(?:{phrase_alternation(_RULES.located_verbs)})\s+the\s+|['\u2019]s\s+)$"))
LOCATED_WINDOW_CHARS = 20  # the longest locative preposition, `the` and spaces fit
_NAME_BEFORE_BRACKET = _compiled(lambda c: (
    rf"(?:\b(?i:{phrase_alternation([*_RULES.located_prepositions, *_RULES.bracketed_seat_before])})"
    rf"|\b(?:{phrase_alternation(_RULES.located_verbs)}))\s+(?P<name>{_unknown_name_pattern(c)}) \($"))
_NUMBERED_HEIGHT = _compiled(lambda c: (
    rf"\b(?:{phrase_alternation(_RULES.numbered_height_words)}) \d{{2,4}}(?:\.\d)?(?![\d.,]\d)"
    rf"(?!\s*(?:{phrase_alternation(_RULES.height_units)})\b)"))
NAME_WINDOW_CHARS = 60  # a locative word and a name of three words
_OF_NAME_AFTER = _compiled(lambda c: rf"\s+of\s+[{c.upper}]")
_LIST_JOIN = _compiled(lambda c: r",?\s+(?:and|or)\s+|,\s+|\s*/\s*")


def _calendar_words() -> frozenset[str]:
    """figures.toml's weekdays and months (abbreviated too): after a one-word place they
    start no name (`Kyiv Monday`), and the lists stay one for both modules."""
    calendar = load_toml("figures.toml")["not_figures"]
    return frozenset([*calendar["weekdays"], *calendar["months"]])


_CALENDAR_WORDS = _calendar_words()
_ADJECTIVAL_ABBREVIATION = _compiled(lambda c: r"U\.?S\.?A?|U\.?K\.?|E\.?U\.?|U\.?N\.?")
_CURRENCY_SIGNS = frozenset("$€£¥")  # right after a place name they make it a currency
_NOUN_AFTER = _compiled(_noun_after_pattern, True)


def _is_title_case(tokens: list[_Token]) -> bool:
    """A headline in Title Case: capitalised words there say nothing about names. A word of
    three letters or more in lower case, other than a short preposition or conjunction (`Jordan
    Bardella visited Lyon`), says the sentence is in sentence case, however many names it holds."""
    words = [t.text for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    return (len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
            and not any(len(t.text) > 2 and t.text.islower() and t.text.isalpha()
                        and t.text not in _RULES.title_case_small_words for t in tokens))


@functools.cache
def _demonyms() -> frozenset[str]:
    """Demonyms and adjectives (`Ukrainian`, `Russian`): never the start of a place name."""
    path = data_file("demonyms.csv")
    rows = read_csv(path) if path.exists() else []
    return frozenset(fold(w) for row in rows for w in split_list(row.get("demonyms")))


def reference_points(text: str, mentions: Iterable[PlaceMention]) -> list[Place]:
    """The places a sentence names only to say where another is (`in Kora, 30 km south of
    Lomi`, `a checkpoint 10 miles from Tessa`, `to the north of Lomi`, `near the border with
    Lomi`) or where people were going (`pilgrims walking to Kora`, `a convoy bound for
    Lomi`): what it tells of happened off them. `the south of Lomi` is in Lomi."""
    measuring = " of " in text or " from " in text
    going = _may_name_a_destination(text)
    bordering = " with " in text and any(word in text for word in _RULES.border_words)
    if not (measuring or going or bordering):
        return []  # most sentences
    measured: dict[Place, bool] = {}
    for m in mentions:
        window_start = max(0, m.start - REFERENCE_WINDOW_CHARS)
        before = text[window_start:m.start]
        only_from = measuring and (" of " in before or " from " in before) \
            and _MEASURED_FROM.on(text).search(text, window_start, m.start) is not None
        heading = going and not only_from \
            and _HEADING_TO.on(text).search(text, window_start, m.start) is not None
        across = bordering and not (only_from or heading) and " with " in before \
            and _BORDER_WITH.on(text).search(text, window_start, m.start) is not None
        measured[m.place] = measured.get(m.place, True) and (only_from or heading or across)
    return [place for place, only_from in measured.items() if only_from]


def _may_name_a_destination(text: str) -> bool:
    """Whether a word of going (destination_words) is in the sentence: far cheaper to ask
    than to look for _HEADING_TO before each place."""
    lowered = text.lower()
    return any(word in lowered for word in _RULES.destination_words)


_MEASURED_FROM = _compiled(lambda c: (
    rf"(?:(?:\bto\s+the\s+|(?<![Tt]he\s))(?<![{c.letter}-])(?i:{phrase_alternation(_RULES.position_bearings)})\s+of"
    rf"|[{c.digit}]\s*(?i:{phrase_alternation(_RULES.unknown_place_from)})(?:\s+\([^()]{{1,20}}\))?"
    rf"\s+(?:away\s+)?from)\s+(?:the\s+(?:[{c.lower}]+\s+){{0,2}}?(?:of\s+)?)?$"))
_HEADING_TO = _compiled(lambda c: (
    rf"\b(?i:{phrase_alternation(_RULES.destination_words)})\s+(?:to|towards?|for)"
    rf"\s+(?:the\s+(?:[{c.lower}]+\s+){{0,2}}?(?:of\s+)?)?$"))
_BORDER_WITH = _compiled(lambda c: (  # "near the border with Kora and Lomi": the other side of it
    rf"\b(?i:{phrase_alternation(_RULES.border_words)})\s+with\s+(?:the\s+)?"
    rf"(?:[{c.upper}][{c.letter}'.-]*(?:\s+[{c.upper}][{c.letter}'.-]*)*(?:,\s+|\s+(?:and|or)\s+)(?:the\s+)?)*$"))
REFERENCE_WINDOW_CHARS = 60  # `40 kilometres (25 miles) south-west of the port city of`


def countrywide(text: str, start: int, end: int) -> bool:
    """Whether words between `start` and `end` (a count's clause) put the count over a whole
    country (`killed nationwide`, `the toll across the country`): no place the sentence names
    is its."""
    lowered = text[start:end].lower()
    return any(words in lowered for words in _RULES.countrywide_words)
