"""Speakers: who a report attributes each statement to.

Attributions are found by reporting verbs (`X said`, `..., said X`), `according to X` and
quotations; the subject is read backwards from the verb over names, titles, possessives and
institution words. Within one report a tracker resolves pronouns (`he said`), definite
descriptions (`the ministry said`), surnames (`Mr Zelensky`) and appositions (`The Luhansk
governor, Serhiy Haidai, said`) to one canonical speaker. Lists live in data/speakers.toml
and data/people.toml (known officials and institutions, extendable with users' own files).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

import regex

from .ascii_patterns import ascii_twin
from .models import Attribution, Place, PlaceMention, Speaker
from .places import Gazetteer
from .resources import data_file, fold, load_toml, phrase_alternation, read_csv, read_toml, split_list

MAX_SPEAKER_WORDS = 9
LEFT_CONTEXT_CHARS = 300  # a subject, its appositions and adverbs fit in this much
_WORDS = load_toml("speakers.toml")  # the rules' word lists, read once
_PRONOUNS: dict[str, str] = dict(_WORDS["pronouns"])
_ARTICLES = frozenset(_WORDS["articles"])


def _in_order(phrases: Iterable[str]) -> str:
    """Literal phrases as a regex alternation in the data file's order, a space matching any
    white space (phrase_alternation sorts them longest first)."""
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@dataclass
class SpeakerLexicon:
    """Known people and institutions by every spelling, and the rules' word lists."""

    people: dict[str, Speaker] = field(default_factory=dict)  # folded alias -> Speaker
    surnames: dict[str, list[Speaker]] = field(default_factory=dict)
    descriptors: dict[str, Speaker] = field(default_factory=dict)
    institutions: dict[str, Speaker] = field(default_factory=dict)
    adjective_of: dict[str, str] = field(default_factory=dict)  # country -> "Ukrainian"
    country_of: dict[str, str] = field(default_factory=dict)  # folded demonym -> country
    # Word lists of speakers.toml that users' files extend (see there what each is for).
    institution_nouns: set[str] = field(default_factory=set)
    person_roles: set[str] = field(default_factory=set)
    single_people: set[str] = field(default_factory=set)  # person_roles and single_person_heads
    anonymous_heads: set[str] = field(default_factory=set)
    local_heads: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> "SpeakerLexicon":
        return _load(tuple(Path(p) for p in extra_files))

    def add(self, data: dict) -> None:
        self.__dict__.pop("joined_names", None)  # built again from what is known now
        for entry in data.get("person", []):
            speaker = Speaker(entry["name"], entry.get("role"), entry.get("side"), "person")
            for alias in [entry["name"], *split_list(entry.get("aliases"))]:
                self.people[fold(alias)] = speaker
                self.surnames.setdefault(_surname(alias), []).append(speaker)
            for desc in split_list(entry.get("descriptors")):
                self.descriptors[_strip_articles(fold(desc))] = speaker
        for entry in data.get("institution", []):
            speaker = Speaker(entry["name"], None, entry.get("side"), "institution")
            for alias in [entry["name"], *split_list(entry.get("aliases"))]:
                self.institutions[_strip_articles(fold(alias))] = speaker
            for desc in split_list(entry.get("descriptors")):
                self.descriptors[_strip_articles(fold(desc))] = speaker
        self.add_words(data)

    def add_words(self, data: dict) -> None:
        """The extendable word lists of a speakers.toml-like table, folded as words are looked up."""
        def words(key: str) -> list[str]:
            return [fold(w) for w in split_list(data.get(key))]
        self.institution_nouns.update(words("institution_nouns"))
        self.person_roles.update(words("person_roles"))
        self.single_people.update(words("person_roles"), words("single_person_heads"))
        self.anonymous_heads.update(words("anonymous_heads"))
        self.local_heads.update(words("local_heads"))

    @functools.cached_property
    def joined_names(self) -> tuple[re.Pattern | None, dict[str, Speaker], frozenset[str]]:
        """Known institutions whose names hold an article or `and` (`Save the Children`, `Armed
        Conflict Location and Event Data Project`), which reading a subject back from its verb
        would cut: a pattern of them ending a text, each spelling's institution, and the last
        words of the spellings (a cheap first look)."""
        spellings = {fold(alias): speaker for key, speaker in self.institutions.items()
                     for alias in (speaker.name, key) if _JOINED.search(alias)}
        if not spellings:
            return None, spellings, frozenset()
        alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(spellings, key=len, reverse=True))
        return (re.compile(rf"(?:^|(?<=[\s\"(]))(?P<name>{alternation})\s*$", re.IGNORECASE), spellings,
                frozenset(n.rpartition(" ")[2] for n in spellings))

    def is_verification_note(self, text: str) -> bool:
        return _is_verification_note(text)

    def same_speaker(self, query: str, name: str) -> bool:
        """`zelenskiy` matches `Volodymyr Zelensky`: any alias, full name or surname."""
        q, n = fold(query.strip()), fold(name)
        if not q:
            return False
        if q == n or _surname(q) == _surname(n) and (" " not in q or q.split()[0] == n.split()[0]):
            return True
        known = self.people.get(q) or self.institutions.get(_strip_articles(q))
        if known is None and len(self.surnames.get(_surname(q), [])) == 1:
            known = self.surnames[_surname(q)][0]
        return known is not None and fold(known.name) == n


def _surname(name: str) -> str:
    words = fold(name).replace(".", " ").split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:  # "Kora Lomi Jr."
        words.pop()
    return words[-1] if words else ""


def _spelling(surname: str) -> str:
    """A surname as its spellings in one report share it: no particle (`al-`), hyphen or
    apostrophe, no doubled letter, no `h` after a closing vowel (`al-Sahhaf`, `Sahaf`;
    `Kamarah`, `Kamara`)."""
    key = fold(surname)
    particle, hyphen, rest = key.partition("-")
    key = _DOUBLED_LETTER.sub(r"\1", (rest if hyphen and particle in _NAME_PARTICLES else key).replace("-", "").replace("'", ""))
    return key[:-1] if len(key) > 3 and key[-1] == "h" and key[-2] in "aeiou" else key


def _strip_articles(text: str) -> str:
    words = text.split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@functools.cache
def _load(extra_files: tuple[Path, ...]) -> SpeakerLexicon:
    lex = SpeakerLexicon()
    lex.add_words(_WORDS)
    people_file = data_file("people.toml")
    if people_file.exists():
        lex.add(load_toml("people.toml"))
    for path in extra_files:
        lex.add(read_toml(path))
    demonyms = data_file("demonyms.csv")
    for row in read_csv(demonyms) if demonyms.exists() else []:
        words = split_list(row.get("demonyms"))
        if words:  # "New Zealander", the country's name with -er, names a person, not a minister
            person = words[0].endswith("er") and words[0].startswith(row["country"].split()[0])
            lex.adjective_of.setdefault(row["country"], row["country"] if person else words[0])
        for w in words:
            lex.country_of[fold(w)] = row["country"]
    return lex


@dataclass(frozen=True)
class _Rules:
    verb: regex.Pattern
    verb_start: re.Pattern | None  # a verb's first word standing alone; None: try everywhere
    verb_in_ascii: re.Pattern | regex.Pattern  # `verb` for ASCII text, one prefix tree (ascii_twin)
    source: regex.Pattern
    source_hint: re.Pattern | None  # see _may_contain
    foreign_source: regex.Pattern  # "selon le", "según la": a cue left untranslated
    foreign_source_openers: tuple[str, ...]  # its first words, looked for in the lower-cased text first
    note: regex.Pattern
    note_hint: re.Pattern | None
    title: regex.Pattern
    adverbs: regex.Pattern
    adverbs_at_end: regex.Pattern  # the same, matched backwards: whether it matches at all
    adverb_endings: tuple[str, ...] | None  # see _may_end_in_adverb
    heads: frozenset[str]
    descriptive: frozenset[str]
    titles: frozenset[str]
    title_words: frozenset[str]
    not_speakers: frozenset[str]
    metonyms: dict[str, str]


@functools.cache
def _rules() -> _Rules:
    d = _WORDS
    return _Rules(
        verb=regex.compile(rf"(?<![\p{{L}}'-])(?:{phrase_alternation(d['reporting_verbs'])})(?![\p{{L}}'-])"),
        verb_start=_first_word_finder(d["reporting_verbs"]),
        verb_in_ascii=ascii_twin(regex.compile(
            rf"(?<![\p{{L}}'-])(?:{_prefix_tree(d['reporting_verbs'])})(?![\p{{L}}'-])")),
        source=regex.compile(rf"\b(?:{phrase_alternation(d['source_cues'])})\s+", regex.I),
        source_hint=_lower_case_hint(d["source_cues"]),
        foreign_source=regex.compile(
            rf"(?<![\p{{L}}'])(?:{phrase_alternation(d['foreign_source_cues'])})(?:(?<=')|\s+)(?=\p{{L}})", regex.I),
        foreign_source_openers=tuple(d["foreign_source_cue_openers"]),
        note=regex.compile(_verification_note_pattern(d), regex.I),
        note_hint=_lower_case_hint(d["verification_verbs"] + d["verification_notes"]),
        title=regex.compile(rf"^(?:(?:{phrase_alternation(d['titles'])})\s+)+", regex.I),
        adverbs=regex.compile(_adverbs_at_end(d["adverbs"]), regex.I),
        adverbs_at_end=regex.compile(_adverbs_at_end(d["adverbs"]), regex.I | regex.REVERSE),
        adverb_endings=_adverb_endings(d["adverbs"]),
        heads=frozenset(d["institution_heads"]),
        descriptive=frozenset(d["descriptive_words"]),
        titles=frozenset(fold(t) for t in d["titles"]),
        title_words=frozenset(w for t in d["titles"] if " " in t for w in fold(t).split()
                              if w not in ("of", "the")),
        not_speakers=frozenset(d["not_speakers"]),
        metonyms=d["metonyms"],
    )


_WEEKDAYS = tuple(load_toml("figures.toml")["not_figures"]["weekdays"])  # one list for all modules
_PARTS_OF_DAY = tuple(_WORDS["parts_of_day"])
_MEDIA = tuple(_WORDS["statement_media"])


def _adverbs_at_end(adverbs: Sequence[str]) -> str:
    """Adverbs, days and `in a statement` between a subject and its verb."""
    return (rf"(?:\s+|,\s*)(?:(?:{phrase_alternation(adverbs)})|(?:on|late|early|last|this)?\s*"
            rf"(?:{'|'.join(_WEEKDAYS)})(?:\s+(?:{'|'.join(_PARTS_OF_DAY)}))?|(?:on|late|early)\s+\w+day|"
            rf"in\s+(?:a|an|his|her|its|their)\s+[\w\s-]{{1,30}}?(?:{'|'.join(_MEDIA)}))\s*,?\s*$")


def _adverb_endings(adverbs: Sequence[str]) -> tuple[str, ...] | None:
    """The words _adverbs_at_end can end in, lower case: a text ending in none of them has no
    adverb to strip. None unless all are ASCII (lower-casing is then a safe case folding)."""
    if not all(a.isascii() for a in adverbs):
        return None
    last_words = {a.split()[-1].lower() for a in adverbs if a.split()}
    return tuple(sorted(last_words | {"day"} | {*_WEEKDAYS, *_PARTS_OF_DAY, *_MEDIA}))


def _may_end_in_adverb(text: str) -> bool:
    """False only if adverbs_at_end cannot match: no adverb ending before `\\s*,?\\s*` (a str
    method per text where the backwards match takes a couple of microseconds)."""
    endings = _rules().adverb_endings
    if endings is None or not text.isascii() and any(map(text.__contains__, _FOLDS_TO_ASCII)):
        return True
    tail = text.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail.lower().endswith(endings)


def _prefix_tree(phrases: Iterable[str]) -> str:
    """Literal phrases as one alternation shaped like a prefix tree (a space matching any white
    space): the engine walks the tree once where it would try a flat list phrase by phrase."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for i, word in enumerate(phrase.split()):
            node = node.setdefault(" ", {}) if i else node
            for char in word:
                node = node.setdefault(char, {})
        if node is not root:
            node[""] = {}
    return _tree_alternation(root)


def _tree_alternation(node: dict) -> str:
    branches = [(r"\s+" if key == " " else re.escape(key)) + _tree_alternation(child)
                for key, child in sorted(node.items()) if key]
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + (")?" if "" in node else ")")


def _verification_note_pattern(d: dict) -> str:
    """A negation, fillers and a verifying verb (`could not be independently verified`), with
    the verb that reports it (`AFP said it could not verify`: no statement of AFP's), or one
    of the other wordings. A clitic negation (`n't`) is glued to the word before it."""
    glued = [n for n in d["verification_negations"] if n[1:2] == "'"]
    negation = rf"(?:(?<![\p{{L}}'])(?:{phrase_alternation(set(d['verification_negations']) - set(glued))})"
    if glued:
        negation += rf"|{phrase_alternation(glued)}"
    shaped = (rf"{negation})(?:\s+(?:{phrase_alternation(d['verification_fillers'])}))*"
              rf"\s+(?:{phrase_alternation(d['verification_verbs'])})(?![\p{{L}}'])")
    said = (rf"(?:\b(?:{phrase_alternation(d['verification_reporting'])})\s+(?:that\s+)?(?:it|they)\s+"
            r"(?:\p{L}+\s+)?)?")  # "said it could not", "said they were unable to"
    return rf"{said}(?:{shaped})|\b(?:{phrase_alternation(d['verification_notes'])})\b"


def _lower_case_hint(phrases: Sequence[str]) -> re.Pattern | None:
    """The phrases in lower case, to look for in lower-cased text before a case-insensitive
    search (matching case-sensitively is several times faster); None unless all are ASCII."""
    if not all(p.isascii() for p in phrases):
        return None
    return re.compile(_prefix_tree(p.lower() for p in phrases))


# Letters that match an ASCII letter case-insensitively but do not lower-case to it.
_FOLDS_TO_ASCII = ("\u017f", "\u0130")


def _may_contain(hint: re.Pattern | None, text: str) -> bool:
    """False only if a case-insensitive search for the hint's phrases cannot match the text."""
    if hint is None or not text.isascii() and any(map(text.__contains__, _FOLDS_TO_ASCII)):
        return True
    return hint.search(text.lower()) is not None


_VERB_WORD_CHAR = regex.compile(r"[\p{L}'-]")  # what may not touch a reporting verb


def _first_word_finder(verbs: Sequence[str]) -> re.Pattern | None:
    """Where a verb can start: its first word with no letter, `'` or `-` next to it.

    The pattern only knows the letters of the first words; as none of its neighbours may be a
    letter at all, it finds every start `verb` finds (and a few more that `verb` then rejects).
    """
    first_words = {v.split()[0] for v in verbs if v.split()}
    chars = sorted(set("".join(first_words)))
    if not chars or not all(_VERB_WORD_CHAR.fullmatch(c) for c in chars):
        return None
    near = "[" + "".join(re.escape(c) for c in chars) + "]"
    return re.compile(rf"(?<!{near}){_prefix_tree(first_words)}(?!{near})")


_POSSESSIVES = ("'s", "\u2019s")
PLACE_REFERENCE_SENTENCES = 3  # `the country's` points back this far at most
STATEMENT_OPENING_SENTENCES = 3  # a statement's header, headline and first line name its issuer
# `the country's`, `the territory's`: the place types each noun may point back at.
_PLACE_NOUN_TYPES: dict[str, frozenset[str]] = {
    noun: frozenset(types) for noun, types in _WORDS["place_noun_types"].items()}
_QUOTE = regex.compile(r'"[^"]*(?:"|$)')
_NICKNAME = regex.compile(  # one or two capitalised words quoted between a name's words
    r"""(?<=\p{Lu}[\p{L}'.-]*)\s+"\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?"(?=\s+\p{Lu}[\p{L}'-]*)""")
_WORD_FROM_END = regex.compile(  # words, last first; a ship's prefix with its slash, "M/V", one
    r"(?<![\p{L}/])\p{Lu}/\p{Lu}(?![\p{L}/])|[\p{L}\p{N}][\p{L}\p{M}\p{N}.'\-]*", regex.REVERSE)
_NAME_PAIR = regex.compile(r"\b(\p{Lu}[\p{Ll}'\-]+(?:\x20\p{Lu}[\p{Ll}'\-]+)?)\x20(\p{Lu}[\p{Ll}'\-]+(?:-\p{Lu}[\p{Ll}]+)?)\b")
_NAME_PAIR_IN_ASCII = ascii_twin(_NAME_PAIR)


@dataclass
class SpeakerTracker:
    """Speakers of one report, so later references resolve to earlier (or later) full names."""

    lexicon: SpeakerLexicon
    gazetteer: Gazetteer
    text: str = ""
    recent: list[Speaker] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> "First Last"
    aliases: dict[str, Speaker] = field(default_factory=dict)  # "luhansk governor" -> person
    acronyms: dict[str, str] = field(default_factory=dict)  # "KDWA" -> "the Kora District ..."
    # the places of the report's sentences, where the caller found them already (`the country's`)
    sentence_places: dict[str, list[PlaceMention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.acronyms.update(_acronym_definitions(self.text))
        # A role's words -> the one person named with it here; None once two people share it.
        self._role_holders: dict[str, Speaker | None] = {}
        # A known institution's canonical name -> the wording that stands for all of them here.
        self._wordings: dict[str, Speaker] = {}
        self._name_words: dict[str, bool] = {}  # _could_be_name, per word
        self._word_sides: dict[str, str | None] = {}  # _side_of_word, per word
        self._places: dict[str, Place | None] = {}
        self._seen: list[str] = []  # the sentences attributed so far
        self._sentence = ""  # the one being attributed, its quotes masked
        # `recent` holds each speaker once (only _remember adds): each, by value, to the object
        # in the list, so _remember finds it by identity instead of comparing dataclasses.
        self._in_recent: dict[Speaker, Speaker] = {s: s for s in self.recent}
        for m in (_NAME_PAIR_IN_ASCII if self.text.isascii() else _NAME_PAIR).finditer(self.text):
            first, last = m.group(1), m.group(2)
            last = last[:-2] if last.endswith("'s") else last  # "Kora Lomi's forces": Lomi
            if self._could_be_name(first.split()[-1]) and self._could_be_name(last):
                self.full_names.setdefault(fold(last), f"{first.split()[-1]} {last}")
        for name in set(self.full_names.values()):  # a known person named anywhere holds a role
            known = self.lexicon.people.get(fold(name))
            if known is not None:
                self._hold_role(known)

    def _place(self, name: str) -> Place | None:
        """The gazetteer's place by that name, looked up once per tracker."""
        if name not in self._places:
            self._places[name] = self.gazetteer.resolve_place(name)
        return self._places[name]

    def _could_be_name(self, word: str) -> bool:
        known = self._name_words.get(word)
        if known is None:
            known = self._name_words[word] = self._is_name_word(word)
        return known

    def _is_name_word(self, word: str) -> bool:
        w = fold(word)
        r = _rules()
        place = self._place(word)
        return (w not in _COMMON_WORDS and w not in r.titles and f"{w}." not in r.titles and w not in r.title_words
                and not any(map(str.isdigit, w)) and w not in r.heads and w not in self.lexicon.country_of
                and (place is None or place.type in ("city", "town", "village"))
                and w not in _NOT_NAME_WORDS and w.rpartition("-")[2] not in _DESCRIPTION_ENDINGS
                and not _has_outlet_shape(word))

    # -- per sentence -------------------------------------------------------------------------
    def attribute(self, sentence: str) -> list[Attribution]:
        """Every speaker the sentence attributes a statement to, the main one first."""
        if sentence.isupper():  # "IRNA SAID 300 SOLDIERS WERE KILLED": telex copy, read as written in case
            sentence = _recased(sentence)
        numbered = _THREAD_NUMBER.match(sentence) if sentence[:1].isdigit() or sentence[:1] == "(" else None
        if numbered:  # "3/5 Per the Red Cross, ...": the post read without its number, places kept
            return [replace(a, at=a.at + numbered.end()) if a.at is not None else a
                    for a in self.attribute(sentence[numbered.end():])]
        self._seen.append(sentence)
        if _is_verification_note(sentence):  # not a statement; what else the sentence says is
            sentence = _without_verification_notes(sentence)
        if '"' in sentence:  # 'Jimmy "Barbecue" Cherizier said': the nickname is no quote
            sentence = _NICKNAME.sub("", sentence)
        masked = _mask_quotes(sentence) if '"' in sentence else sentence
        verbs, sources, participles = _verbs_in(masked), _sources_in(masked), _participles_in(masked)
        beliefs, withs, quoted = _beliefs_in(masked), _with_participles_in(masked), _quoted_by_others(masked)
        issuer = _issuer_line(sentence) or _issuer_before_header(sentence, self.lexicon) \
            if len(self._seen) <= STATEMENT_OPENING_SENTENCES else None
        if issuer:  # "Statement by the Ministry of Defence of Kora", "Joint statement of X and Y"
            issuers = self._cited(issuer.group("who"))
            for speaker in issuers:
                self._remember(speaker)
            return [Attribution(speaker, None) for speaker in issuers]
        label = _LABEL.match(masked) if masked.find(":", 0, _LABEL_CHARS) > 0 else None
        signed = _SIGNATURE.search(masked) if " - " in masked or ": " in masked else None
        if signed and _DATE_ONLY.match(masked, 0, signed.start()):
            signed = None  # "Jan 9, 2025 - AFP": a byline's agency, no source of what follows
        if masked is sentence and not (verbs or sources or participles or beliefs or withs or label
                                       or signed or quoted or _source_line(sentence)):
            self._remember_titled(sentence)
            self._remember_opening_institution(sentence)
            self._remember_described(sentence)
            return []  # nothing here attributes anything
        quotes = [q.strip('"').strip() for q in _QUOTE.findall(sentence)] if masked is not sentence else []
        if ", the " in masked and _DEFINITE_SOURCE_AFTER.search(masked):
            self._remember_opening_institution(masked)  # "MSF teams treated 120 people, the charity said": MSF
        self._sentence = masked
        found: list[tuple[int, Speaker, int | None]] = []

        def take(speaker: Speaker | None, rank: int = 0, at: int | None = None) -> None:
            if speaker and speaker.kind != "person" and masked.startswith(speaker.name):
                speaker = self._as_worded_mid_sentence(speaker)
            if speaker and all(s != speaker for _, s, _ in found):
                found.append((rank, speaker, at))
                self._remember(speaker)  # "Russia denies ... what it calls": `it` is Russia

        labelled = self._labelled_source(label.group("label")) if label and not _SOURCE_LINE.match(masked) else None
        take(labelled)  # "UN: 40 killed in camp attack", a headline's source
        if signed and not verbs and not (labelled and masked[signed.start()] == ":"):
            take(self._signature(signed.group("who")))  # "12 killed in Kabul blast - Taliban spokesman ..."
            # (after a label's colon comes what the label's source says: "Kora MoD: Lomi lost 900 troops")
        source_line = _source_line(masked)
        if source_line:  # "Source: Ihor Taburets, Head of ..., on Telegram; Andrii Yermak, ..."
            for part in source_line.group("list").split(";"):
                first, *rest = part.split(",")
                speaker = self._speaker(_forward_phrase(first, 0))
                take(speaker)
                for other in rest if speaker and speaker.kind != "person" else ():  # "Source: OCHA, WHO": a list
                    listed = self._speaker(_forward_phrase(other, 0))
                    take(listed if listed and listed.kind != "person" else None)
        for m in sources:
            phrase = _forward_phrase(masked, m.end())
            after = masked.find(phrase, m.end()) + len(phrase)
            named = _NAME_AFTER.match(masked, after) if phrase else None
            closing = _NAME_CLOSING.match(masked, after) if phrase and not named and _is_description(phrase) else None
            closing_person = self._speaker(closing.group("name")) if closing else None  # not a place's name
            if named:  # "according to the Kharkiv governor, Oleh Syniehubov, ..."
                take(self._speaker(named.group("name"), appositive=phrase if _is_description(phrase) else None),
                     at=m.start())
            elif closing_person and closing_person.kind == "person":  # "..., according to its spokesman, Ali Musa."
                take(self._speaker(closing.group("name"), appositive=phrase), at=m.start())
            else:
                cited = self._cited(_without_document(phrase))
                described = _DESCRIPTION_AFTER.match(masked, after) \
                    if len(cited) == 1 and cited[0].kind == "person" else None
                for speaker in cited:  # "according to Amina Diallo, a spokeswoman for ..."
                    take(self._with_role(speaker, described.group("desc")) if described else speaker, at=m.start())
        quoted_as = _quoted_as(masked)
        for m in quoted_as:  # "the statement quoted Scholz as saying"
            take(self._speaker(m.group("who")))
        for m in quoted:  # "Zaw Min, the junta's spokesman, was quoted by state media as saying"
            for speaker in self._subjects_of(masked, m.start(), m.end()):
                take(speaker, 0, m.start())
        self._remember_titled(masked)
        asked = _asked_verb(masked, label, verbs) if masked.endswith("?") else None
        for i, m in enumerate(verbs):
            if m.group() in _COUNTING_VERBS and not _COUNT_AFTER.match(masked, m.end()):
                continue  # "Hospital records show": a noun
            if m.start() == asked:
                continue  # "Will the Minister confirm that 40 died?": asked, not said
            if m.group() in _QUOTING_VERBS and any(q.start() == m.start() for q in quoted_as):
                continue  # "TASS quoted the ministry as saying": the ministry speaks, TASS relays
            rank = 0 if m.group() in _CORE_VERBS else 1  # "a truce Moscow declared, officials said"
            for speaker in self._subjects_of(masked, m.start(), m.end()):
                if m.group().lower() in _NOUN_LIKE_VERBS and not _is_plural(speaker.name):
                    continue  # "the Ukrainian report of losses": a noun
                take(speaker, rank, m.start() if rank == 0 else None)  # a core verb's place counts
                clause_end = verbs[i + 1].start() if i + 1 < len(verbs) else len(masked)
                for gapped in self._gapped_subjects(masked, m.end(), clause_end, speaker):
                    take(gapped, 1)
        for m in beliefs:  # "Israel believes Hezbollah has moved its rockets": a state's claim
            for speaker in self._subjects_of(masked, m.start(), m.end()):
                if self._holds_views(speaker):
                    take(speaker, 1)
        if participles and not any(m.end() <= participles[0].start() for m in verbs):
            # "Kora struck the town, saying rebels hid there": Kora speaks; but in "Kora's
            # strikes killed 7, the governor said, adding ...", the governor, already taken
            subject = _opening_subject(masked[:participles[0].start()])
            take(self._speaker(subject) if subject else None, 1)
        for m in withs:  # "..., with the ministry saying the toll rose" (and "and Kora saying ...")
            subject = _backward_phrase(m.group("who") + " ")
            take(self._speaker(subject) if subject else None, 1, m.start("verb"))
        if not found and masked is sentence:  # "Kora's defence ministry declined to comment on the report."
            self._remember_opening_institution(sentence)
        quote = " ".join(q for q in quotes if q) or None
        return [Attribution(s, quote, at) for _, s, at in sorted(found, key=lambda found: found[0])]

    def _gapped_subjects(self, text: str, verb_end: int, clause_end: int, subject: Speaker) -> list[Speaker]:
        """The subjects of the verb left out after its count, before the next verb: in "Malawi
        reported three dead and Uruguay one", Uruguay reports one. Only after a verb followed by
        its count, and only sources of the subject's kind (not "Egypt said it lost 12 jets and Syria 20")."""
        if subject.kind not in ("state", "institution") or (" and " not in text and ", " not in text) \
                or not _COUNT_OR_WORD_AFTER.match(text, verb_end):
            return []
        found = []
        for m in _GAPPED_COUNT.finditer(text, verb_end, clause_end):
            speaker = self._speaker(m.group("who"))
            if speaker is None or speaker.kind != subject.kind:
                break
            found.append(speaker)
        return found

    def _signature(self, phrase: str) -> Speaker | None:
        """The source a dash or colon closing a headline or post names (`- Syniehubov`, `- Kora
        Health Ministry`, `: police`, `- Gaza civil defence`): a known person or institution, a
        person named in full, or a few words headed by a source's word; not a place nor a
        page's words (`Kora - live`), nor a phrase with an article (`- a police post`)."""
        if phrase[0].islower() and (len(phrase.split()) > 4 or _strip_articles(phrase) != phrase):
            return None
        speaker = self._speaker(phrase)
        if speaker is None or speaker.kind not in ("person", "institution", "anonymous"):
            return None
        key = fold(_strip_articles(fold(speaker.name)))
        heads = _rules().heads
        last = key.split()[-1]
        known = key in self.lexicon.people or key in self.lexicon.institutions or _is_acronym(speaker.name) \
            or speaker.kind == "institution" and (last in heads or " ".join(key.split()[-2:]) in heads) \
            or speaker.kind == "anonymous" and last in _CLOSING_SOURCE_HEADS  # "officials", not "civilians"
        return speaker if known or speaker.kind == "person" and " " in speaker.name else None

    def _holds_views(self, speaker: Speaker) -> bool:
        """Whether a belief of the speaker is its claim: a state's or an institution's, named
        (`US intelligence`, `the UN`) or not (`the army`); not unnamed people's (`Residents
        fear`, `Officials believe`, `Analysts believe`), nor a person's, whose beliefs reports
        tell as their own."""
        head = fold(speaker.name).split()[-1]
        if speaker.kind == "state":
            return True
        return speaker.kind in ("institution", "anonymous") and head not in self.lexicon.anonymous_heads \
            and head not in self.lexicon.single_people and head.removesuffix("s") not in self.lexicon.single_people

    def _labelled_source(self, label: str) -> Speaker | None:
        """The source a headline's label before a colon names, if it names one: an institution
        the lexicon knows or an acronym (`UN`), one headed by an institution word (`Gaza health
        ministry`, `Ministry of Defence of the Russian Federation`), or a person the lexicon
        knows or a role names, maybe at a place (`Ministry of Health in Gaza:`); not a place
        (`Burkina Faso:`, a dateline) nor a word of the page (`Live:`, `Analysis:`, `Statement:`) nor a dateline (`KORA CITY:`)."""
        if "@" in label:  # "RT @IDF:", "UNRWA (@UNRWA) · 12 Feb:": a post's author
            label = _POST_AUTHOR.sub(r"\g<name>", _RETWEET.sub("", label))
        label = _LEADING_SYMBOLS.sub("", label) if not label[:1].isalnum() else label  # "⚡️ Kora Air Force:", a post's
        if fold(label.strip()) in _PAGE_LABELS:
            return None  # "CORRECTION:", "FACTBOX:": the page's, no acronym
        issuer = _SOURCE_OF.sub("", _without_document(label.strip()))
        if issuer != label.strip() and fold(issuer) not in _DOCUMENT_MODIFIER_WORDS:
            label = issuer  # "IDF statement:", "Statement by the Kora army:": its issuer; not "Official statement:"
        if label.isupper():
            if fold(label.strip()) in _TRANSCRIPT_LABELS:
                return None  # "MODERATOR:", "REPORTER:": who asks, no source
            titled = _TRANSCRIPT_TITLE.match(label.strip())
            name = label.strip()[titled.end():].split() if titled else ()
            if 0 < len(name) <= 4 and all(fold(w) not in _rules().heads and fold(w) not in _COMMON_WORDS for w in name):
                return self._person(" ".join(w.title() for w in name), None)  # "GEN. MCKENZIE:", a transcript's speaker
        bracketed = _BRACKETED_LABEL.fullmatch(label.strip()) if label.rstrip().endswith(")") else None
        if bracketed:  # "The Minister for the Armed Forces (Kora Lomi):", "Kora Lomi (Defence Secretary):"
            for name, office in (bracketed.group("inner", "outer"), bracketed.group("outer", "inner")):
                person = self._speaker(name) if _OFFICE_HEADS.intersection(map(fold, office.split())) else None
                if person is not None and person.kind == "person":
                    return person
            return None  # "Kora (AFP):", a dateline
        name, comma, role = label.partition(",")
        if comma and _is_description(role.strip()):  # "Kora Lomi, head of the regional administration:"
            person = self._speaker(name)
            return self._with_role(person, role.strip()) if person is not None and person.kind == "person" else None
        head, _, where = label.rpartition(" in ")
        at_place = bool(head) and self._place(where.strip()) is not None
        words = [fold(w) for w in (head if at_place else label).split()]
        if any(w in _COMMON_WORDS and w not in _NAME_JOINING_WORDS or w in _CHANNEL_NOUNS for w in words) \
                or " " in label.strip() and label.isupper():
            return None  # "Latest:", "Statement:"; a dateline in capitals, "UNITED NATIONS:"
        speaker = self._speaker(label)
        if speaker is None or speaker.kind == "state" or at_place and speaker.kind == "person":
            return None
        if speaker.kind == "person":  # one the lexicon knows, or named with a role (`Kora mayor Ali Musa:`)
            return speaker if (fold(speaker.name) in self.lexicon.people or speaker.role) \
                and _NAME_JOINING_WORDS.isdisjoint(words) else None  # not "Press service of the X Operation:"
        named = speaker.canonical or _is_acronym(speaker.name) or fold(speaker.name.split()[-1]) in _rules().heads
        return speaker if named else None

    def _as_worded_mid_sentence(self, speaker: Speaker) -> Speaker:
        """A description opening a sentence as it reads elsewhere: `Local authorities said` is
        `local authorities`, one speaker with them; `Russian officials`, `UN officials` and
        names (`Hamas officials`) keep their capital."""
        first, _, rest = speaker.name.partition(" ")
        if not rest or rest != rest.lower() or not first[1:].islower():
            return speaker
        word = fold(first)
        if word not in _rules().descriptive or word in self.lexicon.country_of:
            return speaker
        return replace(speaker, name=f"{first.lower()} {rest}")

    def _cited(self, phrase: str) -> list[Speaker]:
        """The sources `according to` names: both of `the X Office and the relief agency`
        when each part is a source, else the phrase as one (`Ministry of Health and Social
        Affairs`)."""
        owner = self._owner_of_office(phrase)
        if owner:  # "according to Save the Children's office in Kora"
            return [owner]
        both = self._both_of(phrase)
        if both:  # "according to both the army and the ELN"
            return both
        parts = _AND_ANOTHER_SOURCE.split(phrase) if " and " in phrase else [phrase]
        if len(parts) > 1:
            each = [self._speaker(part) for part in parts]
            if all(each):
                return each
        speaker = self._speaker(phrase)
        return [speaker] if speaker else []

    def _remember_titled(self, text: str) -> None:
        """People named with a title but not quoted (yet): a later `he said` may be theirs."""
        for m in _titled_names(text):
            person = self._person(m.group(), None)
            if person and person.kind == "person" and " " in person.name:
                self._remember(person)

    def _remember_described(self, sentence: str) -> None:
        """A person a sentence that quotes no one introduces with a role (`Ali Musa, a Kora
        farmer, lost his house.`): the `he said` of the next sentence is likely theirs."""
        m = _DESCRIBED_NAME.search(sentence) if ", a" in sentence or ", the " in sentence else None
        person = self._person(m.group("name"), None) if m else None
        if person and person.kind == "person" and " " in person.name:
            self._remember(self._with_role(person, m.group("desc")))

    def _remember_opening_institution(self, sentence: str) -> None:
        """An institution opening a sentence that quotes no one (`Russia's Defence Ministry
        gave another picture.`): the `it` or `the ministry` of the next sentence is more
        likely that institution than the last one that spoke. Plural heads (`forces`) are
        no `it`; a known group's plural name is the `they` of the next (`The Houthis fired ...`).
        A country's possessive or a demonym before a lower-case head word is one too, before
        its verb (`Russia's defence ministry did not comment.`, `The Israeli military declined`)."""
        for pattern in (_OPENING_OWNER_HEAD, _OPENING_NAME):
            m = pattern.match(sentence)
            if m is None:
                continue
            name = m.group("name")
            last = fold(name.split()[-1])
            known = fold(name) in self.lexicon.institutions
            if last.endswith("s") and (last in _rules().heads or not known) or (last not in _rules().heads and not known):
                continue
            speaker = self._institution(name)
            if speaker is not None and speaker.kind == "institution":
                self._remember(speaker)
                return

    def _subjects_of(self, text: str, verb_start: int, verb_end: int) -> list[Speaker]:
        """The subject of a reporting verb; both of `Baza and SHOT reported`."""
        before = text[max(0, verb_start - JOINED_NAME_CHARS):verb_start].rstrip()
        named = self._known_joined_name(before) or self._owner_of_office(before)
        if named:  # "Save the Children said"
            return [named]
        left = _read_left(_left_of(text, verb_start))
        if left.pair:
            cut = before.rfind(f" and {left.pair[1]}")  # "Save the Children and Oxfam said"
            first = (cut > 0 and self._known_joined_name(before[:cut])) or self._name(left.pair[0])
            named = [first, self._name(left.pair[1])]
            if all(named) and not self._cut_name(left.pair[0], named[1]) and not (
                    before.endswith(f"and {left.pair[1]}") and self._one_name(left.pair[0], named[1])):
                listed = [self._name(name) for name in left.listed]  # "Israel, Hamas and Qatar said"
                return [*listed, *named] if all(listed) else named
        joined = next((p for p, _ in left.subjects if " and " in p), None)
        if left.both and joined:  # "Both the Houthis and Saudi-led coalition said"
            both = self._each_of(joined)
        elif left.inverted and not left.subjects and _PAIR_OPENING.match(text, verb_end):  # "..., said both X and Y"
            both = self._both_of(_forward_phrase(text, verb_end))
        else:
            both = []
        if both:
            return both
        speaker = self._subject_of(text, verb_start, verb_end, left)
        if speaker is None:
            return self._each_of(joined) if joined else []
        if joined and speaker.kind != "person" and (" and " in speaker.name or _AND_ANOTHER_SOURCE.search(joined)):
            cited = self._cited(joined)  # "The Kora army and the Valley Front": each part
            if len(cited) > 1:
                return cited
            named_and_described = self._named_and_described(speaker.name) if " and " in speaker.name else None
            if named_and_described:
                return named_and_described
        pair = _PROPER_PAIR.fullmatch(speaker.name) if "and" in speaker.name else None
        if pair and speaker.kind != "person":
            named = [self._name(pair.group(1)), self._name(pair.group(2))]
            worded = _PROPER_PAIR.fullmatch(joined.strip()) if joined else None  # before "Kora's" became "Kora"
            if not (named[1] and (self._cut_name(pair.group(1), named[1])
                                  or worded and self._one_name(worded.group(1), named[1]))
                    or self._defines_one_name(pair.group(2))):
                return [s for s in named if s]
        return [speaker]

    def _source_inside_name(self, phrase: str) -> Speaker | None:
        """`sources within the RSF`: unnamed sources inside an institution named by its name
        speak as worded; None where the name is a place's (`sources in Kora`)."""
        m = _SOURCE_INSIDE.fullmatch(phrase)
        if m is None:
            return None
        words = m.group("body").split()
        name = " ".join(words[1:] if fold(words[0]) == "the" else words)
        if self._place(name) is not None or self._named_institution(m.group("body")) is None:
            return None
        return self._qualified_source(m.group("head").split(), m.group("inside"))

    def _role_of_another_place(self, phrase: str, place_name: str) -> Speaker | None:
        """`the governor` placed in Sumy (`In Sumy, the governor said`) where it would point back
        at a person whose role names other places only (`the Kharkiv governor, Ivan Petrenko`):
        not that person but the office of the place named, `Sumy governor`. None where the role
        names no place, or the same area (a city and its region), or the phrase is no person's role."""
        words = phrase.split()
        if len(words) < 2 or fold(words[0]) != "the" or not all(w.islower() for w in words[1:]) \
                or fold(words[-1]) not in self.lexicon.single_people:
            return None
        place = self._place(place_name)
        if place is None or place.type not in ("region", "city", "town", "village"):
            return None
        pointed = self._speaker(phrase)
        holder = pointed if pointed is None or pointed.kind == "person" else self._role_holder(pointed)
        if holder is None or holder.kind != "person" or not holder.role:
            return None
        held = [m.place for m in self.gazetteer.find(holder.role)]
        if not held or any(_area_of(p) == _area_of(place) for p in held):
            return None
        return self._institution(f"{place_name} {' '.join(words[1:])}")

    def _owner_of_office(self, phrase: str) -> Speaker | None:
        """`Save the Children's office in Kora`, `Save the Children's Kora office`: the known
        organisation whose name holds an article (_known_joined_name), owner of an office or
        team named after its possessive; None if none is."""
        owned = _OWNED_OFFICE_END.search(phrase) if "'s " in phrase else None
        return self._known_joined_name(phrase[:owned.start()]) if owned else None

    def _defines_one_name(self, second: str) -> bool:
        """Whether the report defines an acronym for a name joining `second` with `and`
        (`National Intelligence and Security Agency (NISA)`): one name, not two sources."""
        return any(f" and {second}" in name for name in self.acronyms.values())

    def _known_joined_name(self, before: str) -> Speaker | None:
        """A known name holding an article or `and` (`Save the Children`) that ends `before`,
        which reading back from a verb would cut."""
        joined, spellings, last_words = self.lexicon.joined_names
        before = before.rstrip()
        named = joined.search(before) if before[before.rfind(" ") + 1:].lower() in last_words else None
        if named is None:
            return None
        return self._known_institution(named.group("name"), spellings[fold(" ".join(named.group("name").split()))])

    def _cut_name(self, first: str, second: Speaker) -> bool:
        """Whether `<first> and <second>` is one name cut at its `and`: an `X of Y` name, and
        after it a `person` nobody knows whose words name a portfolio (`Ministry of Health and
        Social Affairs`; not `the Minister of Defence and Ali Musa`)."""
        return " of " in first and second.kind == "person" and fold(second.name) not in self.lexicon.people \
            and any(fold(word) in _PORTFOLIO_WORDS for word in second.name.split())

    def _one_name(self, first: str, second: Speaker) -> bool:
        """Whether `<first> and <second>` is one name: a capitalised word nobody knows (no
        known person, institution, place or acronym), alone or after a place's or country's
        words, joined with no article to an institution named by its head (`the Kora Union's
        Peace and Security Council`, `the Kora Peace and Human Rights Centre`; not `Hamas and
        the Kora Front`, `Ali Musa and the Kora Council`)."""
        if " of " in first and self._joined_to_an_of_name(first, second):
            return True
        words = [w for w in first.split() if fold(w) not in _ARTICLES]
        possessed = next((i for i in range(len(words) - 1, -1, -1) if _POSSESSIVE_END.search(words[i])), -1)
        words = words[possessed + 1:]  # "Peace" of "the Kora Union's Peace"
        if not words or not all(self._place(w) is not None or self._side_of_word(w) for w in words[:-1]) \
                or fold(" ".join(words)) in self.lexicon.institutions:
            return False
        word, key = words[-1], fold(words[-1])
        return (second.kind == "institution" and fold(second.name.split()[-1]) in _rules().heads
                and _is_capitalised(word) and not _is_acronym(word) and key not in _rules().heads
                and key not in self.lexicon.people
                and key not in self.lexicon.institutions and self._place(word) is None
                and not (self._is_known_surname(word) and self.full_names.get(key) != " ".join(words[-2:])))

    def _named_and_described(self, name: str) -> list[Speaker] | None:
        """`the United Nations and local officials`: a known institution, acronym or state and
        unnamed people of no name of theirs are two sources; `Afghan and US officials`, `police
        and hospital officials` share their head and are one."""
        first, _, second = name.partition(" and ")
        if not second[:1].islower():
            return None
        named, described = self._name(first), self._speaker(second)
        if named is None or described is None or described.kind != "anonymous":
            return None
        known = named.kind == "state" or named.kind == "institution" and (
            fold(first) in self.lexicon.institutions or _is_acronym(first))
        return [named, described] if known else None

    def _joined_to_an_of_name(self, first: str, second: Speaker) -> bool:
        """Whether capitalised words with no article, nobody's known name, end an institution's
        name in `of`: `Ministry of Foreign Affairs and Expatriates`, `General Command of the Army
        and Armed Forces`; not `the Ministry of Defence and Hezbollah`."""
        head, _, owned = first.partition(" of ")
        words = second.name.split()
        return (_is_capitalised(owned.split()[-1]) and fold(head.split()[-1]) in _rules().heads
                and (second.kind == "institution" or second.kind == "person" and len(words) == 1
                     and fold(words[0]) not in self.lexicon.people and not self._is_known_surname(words[0]))
                and all(map(_is_capitalised, words))
                and not any(map(_is_acronym, words)) and fold(second.name) not in self.lexicon.institutions
                and self._place(second.name) is None)

    def _both_of(self, phrase: str) -> list[Speaker]:
        """`both the army and the ELN` (pair_openers): each part, if each is a speaker; none
        for a phrase no pair opener opens."""
        m = _PAIR_OPENING.match(phrase) if " and " in phrase else None
        return self._each_of(phrase[m.end():]) if m else []

    def _each_of(self, phrase: str) -> list[Speaker]:
        """`The Israeli army and Hezbollah`, naming no one as a whole: each part, if each is one;
        `its allies` of `The Kora army and its allies` names no one of its own, and the army speaks."""
        parts = _AND.split(phrase)
        named = [part for part in parts if not _ITS_OWN.match(part)]
        each = [self._speaker(part) for part in named]
        return each if len(parts) > 1 and named and all(each) else []

    def _subject_of(self, text: str, verb_start: int, verb_end: int, left: _Left) -> Speaker | None:
        """`left`: what the words before the verb say (_read_left)."""
        verb = text[verb_start:verb_end]
        if left.not_a_statement or _CITING_AFTER.match(text, verb_end) or _NOT_A_STATEMENT_AFTER.match(
                text, verb_end) or verb not in _CORE_VERBS and _NOT_A_STATEMENT_AFTER_OTHER.match(text, verb_end):
            return None  # "Washington will announce", "Wagner's claim"; "APA reports citing CNN"; "shared power"
        if verb.endswith("s") and left.noun_use:
            return None  # "repeated calls", "the latest claims"
        relayed = _RELAYING_AFTER.match(text, verb_end) \
            if verb in _RELAYING_VERBS and text.startswith(", ", verb_end) else None
        if relayed and self._speaker(_forward_phrase(text, relayed.end())):
            return None  # "Kora TV reported, citing security sources, that": the sources speak
        relative = _OBJECT_RELATIVE_BEFORE.search(text, max(0, verb_start - 60), verb_start) \
            if verb in _NAMING_VERBS else None
        if relative and not _QUOTE_SOON_AFTER.match(text, verb_end) \
                and not (verb.endswith("ed") and _IN_BEFORE.search(text, max(0, relative.start() - 4), relative.start())):
            return None  # "which the government calls a terrorist militia", "in what the army calls the
            # northern sector": a name, no statement; but "what he called 'a brutal war'" quotes
            # him, and "in what the minister called the largest attack" is his account of the event
        passive = _PASSIVE_AFTER.match(text, verb_end)
        if passive and verb not in _QUOTING_VERBS and (verb.endswith("ed") or verb in ("said", "told")):
            if verb not in _CORE_VERBS and _passive_subject(text[max(0, verb_start - 40):verb_start]) in _CAPTIVES:
                return None  # "The hostages were released by Hamas": freed, no statement
            agent = _OF_WHAT.split(_forward_phrase(text, passive.end()), maxsplit=1)[0]
            return self._speaker(agent)  # "announced by the government", "accused by the UN of ..."
        if left.apposition:  # "Andriy, a spokesman for the rescue service, described"
            described = self._described_person(*left.apposition) or self._named_before_description(*left.apposition)
            if described:
                return described
        if left.with_place and _strip_articles(fold(left.with_place)) in self.lexicon.institutions:
            return self._name(left.with_place)  # "The Health Ministry in Gaza", a name of its own
        inside = self._source_inside_name(left.inside) if left.inside else None
        if inside:  # "Sources within the RSF said": not the RSF
            return inside
        if left.place and len(left.subjects) == 1:
            other = self._role_of_another_place(left.subjects[0][0], left.place)
            if other:  # "In Sumy, the governor said" after the Kharkiv governor spoke
                return other
        found = []
        for phrase, appositive in left.subjects:
            speaker = self._speaker(phrase, appositive=appositive)
            if speaker:
                found.append(speaker)
        if found:  # "Rafael Grossi, the head of the watchdog, appealed": the person speaks
            person = next((s for s in found if s.kind == "person"), None)
            if person and left.apposition:  # "Hamid Adam, a spokesman for the RSF, said"
                first, second = left.apposition  # or "..., the army spokesman, Nabil Abdallah, said"
                names_first = all(map(_is_capitalised, second.split())) and not all(map(_is_capitalised, first.split()))
                return self._with_role(person, first if names_first else second)
            return person or found[0]
        if left.inverted and verb not in _NAMING_VERBS:  # "... fast," said the governor; but
            # "the operation, called Kora Dawn, was the largest" names the operation
            phrase = _forward_phrase(text, verb_end)
            named = _NAME_CLOSING.match(text, _past_acronym(text, text.find(phrase, verb_end) + len(phrase))) \
                if phrase and _is_description(phrase) else None
            if named:  # "..., said the district governor, Ali Musa."
                person = self._speaker(named.group("name"), appositive=phrase)
                if person is not None and person.kind == "person":
                    return person
            speaker = self._speaker(phrase)
            described = _DESCRIPTION_AFTER.match(text, text.find(phrase, verb_end) + len(phrase)) \
                if speaker and speaker.kind == "person" and phrase else None
            return self._with_role(speaker, described.group("desc")) if described else speaker
        return None

    # -- naming -------------------------------------------------------------------------------
    def _speaker(self, phrase: str, appositive: str | None = None) -> Speaker | None:
        phrase = phrase.strip(" ,.'\"\t\r\n\x0b\x0c")
        if phrase.endswith(_INITIAL_LETTERS) and _INITIALS_CUT.search(phrase):
            phrase += "."  # "The U.S. said": the stop ended "U.S.", not the phrase
        if phrase[:1].isupper() and " of " in phrase:
            phrase = _SHARE_OF.sub("", phrase, count=1)  # "Dozens of residents": the residents
        titled = _rules().title.match(phrase) if "s " in phrase and _POSSESSIVE_INSIDE.search(phrase) else None
        if titled and _NAME_BEFORE_POSSESSIVE.match(phrase, titled.end()):
            phrase = phrase[titled.end():]  # "General Kora Lomi's forces": the forces are Kora Lomi's, untitled
        if not phrase:
            return None
        key = fold(phrase)
        r = _rules()
        if key in _PRONOUNS:
            return self._pronoun(_PRONOUNS[key])
        bare = _strip_articles(key)
        if (bare in r.not_speakers or key in r.not_speakers or not bare) and not phrase.split()[-1].isupper():
            return None  # "us", "we"; but "the US" is a country
        if key.startswith(_NEGATIONS):
            return None  # "No group claimed responsibility": no one did
        if key.startswith(_DISTRIBUTIVES):
            return None  # "Each side blamed the other": the sides, named elsewhere
        if bare in _COMMON_WORDS:
            return None  # "Last updated: 4 May": a page's date line, no one who updated
        speaker = (self._owned_role(phrase) if " " in phrase else None) or self._name(phrase)
        if speaker and appositive:
            speaker = self._with_role(speaker, appositive)
            self.aliases[_descriptor_key(appositive)] = speaker
        return speaker

    def _with_role(self, speaker: Speaker, description: str) -> Speaker:
        """_with_role, and the side the role gives when the person has none: `Sudan's army
        spokesman, Nabil Abdallah,` speaks for Sudan as its army spokesman; `its` or `the
        agency's` role speaks for the one it points back at (_owner_of_role)."""
        described = _with_role(speaker, description)
        if described is speaker or described.side or not described.role:
            return described
        owner = self._owner_of_role(description)
        if owner:  # "Its representative in Chad, Jean Mbaye,": the organisation's, not Chad's
            return replace(described, side=owner.side)
        role, side = self._role_and_side(described.role.split())
        return Speaker(described.name, role, side, described.kind, described.canonical)

    def _owner_of_role(self, description: str) -> Speaker | None:
        """The institution or state a role's possessive points back at, `its` or `the agency's`
        (`Its representative in Chad`, after UNHCR spoke): whose the role is, whatever place
        follows it. None for other roles, or where it points at no institution or state."""
        words = description.split()
        if len(words) < 2:
            return None
        first = fold(words[0])
        if first == "its":  # a country named before it in the sentence ("costing Egypt $7 billion,
            # according to its central bank governor"), else the latest institution or state
            # that is no one's role itself
            owner = self._country_before(words[1]) or next(
                (s for s in reversed(self.recent) if s.kind in ("institution", "state")
                 and not self._is_role_word(fold(s.name).split()[-1])), None)
        elif first == "their":
            owner = self._pronoun("plural")
        elif first == "the" and len(words) > 2 and words[1].islower() and words[1].endswith(_POSSESSIVES):
            owner = self._speaker(f"the {_POSSESSIVE_END.sub('', words[1])}")
        else:
            return None
        return owner if owner is not None and owner.kind in ("institution", "state") else None

    def _country_before(self, word: str) -> Speaker | None:
        """The state of the last country the sentence names before `its <word>`."""
        at = self._sentence.find(f"its {word}")
        if at < 0:
            return None
        countries = [m.place for m in self._mentions_in(self._sentence) if m.end <= at and m.place.type == "country"
                     and not _LOCATIVE_BEFORE.search(self._sentence, max(0, m.start - 12), m.start)]
        return self._state(countries[-1].name, countries[-1]) if countries else None  # not "In Chad, its ..."

    def _owned_role(self, phrase: str) -> Speaker | None:
        """A person's role that `its` or `the agency's` gives to the one it points back at, no
        person named with it (`Its representative in Chad said` after UNHCR spoke): named as
        if the report had named the owner (`UNHCR representative`, `French ambassador`), and
        speaking for its side. None for other phrases (`its forces`) or an owner not found."""
        words = phrase.split()
        first = words[0].lower()  # "its", "their", "the": no diacritics to fold
        if first == "the" and not (len(words) > 2 and words[1].endswith(_POSSESSIVES)):
            return None  # most phrases: "the military spokesman" is no one's own role
        if first not in ("its", "their", "the") or not self._is_role_word(fold(words[-1])):
            return None
        owner = self._owner_of_role(phrase)
        if owner is None:
            return None
        rest = words[1:] if first != "the" else words[2:]
        speaker = self._name(self._adjectival([*owner.name.split()[:-1], f"{owner.name.split()[-1]}'s", *rest]))
        return replace(speaker, side=speaker.side or owner.side) if speaker else None

    def _is_role_word(self, word: str) -> bool:
        """`representative`, `spokesmen`: a word naming a person by a role (described_roles,
        person_roles, single_person_heads), in the singular or plural."""
        return any(w in _DESCRIBED_ROLES or w in self.lexicon.single_people for w in (word, word.removesuffix("s")))

    def _role_and_side(self, role_words: Sequence[str]) -> tuple[str, str | None]:
        """`Yemen's foreign minister` -> (`foreign minister`, Yemen): a country's possessive
        opening a role is the side it speaks for; other roles keep their words."""
        country = self._possessed_by_country(role_words[0]) if len(role_words) > 1 else None
        if country is not None:
            return " ".join(role_words[1:]), country
        opening = self.lexicon.institutions.get(fold(_POSSESSIVE_END.sub("", role_words[0]))) \
            if len(role_words) > 1 else None
        if opening is not None and opening.side:  # "UN envoy for Yemen", "HRW's director" speak for theirs
            return " ".join(role_words), opening.side
        return " ".join(role_words), self._side_of(role_words) or self._side_of_group(role_words)

    def _side_of_group(self, role_words: Sequence[str]) -> str | None:
        """`RSF spokesman`, `spokesman for the M23`: the side of the known organisation a role
        names before its last word or after its `for`/`of`."""
        lowered = [fold(w) for w in role_words]
        for joiner in ("for", "of"):
            if joiner in lowered:
                org = _strip_articles(" ".join(lowered[lowered.index(joiner) + 1:]))
                break
        else:
            org = " ".join(lowered[:-1])
        known = self.lexicon.institutions.get(org)
        return known.side if known is not None else None

    def _described_person(self, name: str, description: str) -> Speaker | None:
        """A lone name that an apposition describes as a person: `Andriy, a spokesman for ...`."""
        name = name.strip()
        if not _LONE_NAME.fullmatch(name) or not self._could_be_name(name):
            return None
        role = _ROLE_DESCRIPTION.match(description.strip())
        return Speaker(name, role.group("role"), None, "person") if role else None

    def _named_before_description(self, name: str, description: str) -> Speaker | None:
        """`The National Unity Government, Myanmar's shadow administration,`: an institution's
        proper name speaks, not the description after it, which becomes a name for it."""
        words = name.split()
        if words and fold(words[0]) in _ARTICLES:
            words = words[1:]
        if not words or not _is_capitalised(words[-1]) or not all(
                _is_capitalised(w) or fold(w) in _NAME_JOINING_WORDS for w in words) \
                or all(map(_is_capitalised, description.split())) or not _is_description(description):
            return None
        speaker = self._name(" ".join(words))
        if speaker is not None and speaker.kind == "person" and self._describes_organisation(description):
            speaker = Speaker(" ".join(words), None, None, "institution")  # "Emergency Lawyers, a rights group,"
        if speaker is None or speaker.kind not in ("institution", "state"):
            return None
        self.aliases.setdefault(_descriptor_key(description), speaker)
        return speaker

    def _describes_organisation(self, description: str) -> bool:
        """`a rights group`, `an aid network`: headed by an institution word that is no person's."""
        words = description.split()
        of = next((i for i, w in enumerate(words) if fold(w) in _PREPOSITIONS), len(words))
        head = fold(words[of - 1]) if of else ""
        return (head in _rules().heads and head not in self.lexicon.single_people
                and head not in self.lexicon.anonymous_heads and head not in _DESCRIBED_ROLES)

    def _name(self, phrase: str) -> Speaker | None:
        lex = self.lexicon
        parts = _name_parts(phrase)
        if parts.member:  # "Max Seddon of the Financial Times": the person speaks
            person = self._person(parts.member, None)
            if person:
                return self._titled_of_place(person, phrase.strip()[len(parts.member):])
        text = parts.text
        if text is None:
            return None
        qualified = _QUALIFIED_SOURCE.fullmatch(text) if _QUALIFIER_HINT.search(text) else None
        if qualified:  # "a source close to the junta", "aides with knowledge of the plan"
            source = self._qualified_source(qualified.group("head").split(), qualified.group("qualifier"))
            if source:
                return source
        inside = _SOURCE_INSIDE.fullmatch(text) if _INSIDE_HINT.search(text) else None
        if inside and _is_inside(inside.group("body")) and fold(inside.group("head").split()[-1]) in lex.anonymous_heads:
            return self._qualified_source(inside.group("head").split(), inside.group("inside"))  # "sources in the army"
        if parts.office and _strip_articles(fold(parts.office)) not in lex.institutions:
            person = self._person(parts.office, None)  # "Terekhov's office said": the person speaks
            if person:
                return person
            if _is_role_of_place(parts.office.split()):  # "the Kunduz governor's office": the governor
                return self._name(parts.office)
        if text in self.acronyms:  # "KDWA said", the report having defined it
            return self._name(self.acronyms[text])
        voice = _VOICE_OF.fullmatch(text) if " of " in text or " for " in text else None
        if voice:  # "a spokeswoman for UNICEF": UNICEF speaks
            spoken_for = self._named_institution(voice.group("org"))
            if spoken_for:
                return spoken_for
        key = fold(text)
        if key in lex.people:
            return self._as_named_here(lex.people[key])
        if key in lex.institutions:  # "the Britain-based Syrian Observatory ...": the Observatory
            return self._known_institution(_without_description_before(text), lex.institutions[key])
        if key in self.aliases:
            return self.aliases[key]
        if key in lex.descriptors and lex.descriptors[key] in self.recent:
            return lex.descriptors[key]  # "the Ukrainian leader", once he is named in the report
        described = _after_descriptions(text) or _without_description_before(text)  # "New York-based"
        known = lex.institutions.get(fold(described)) if described else None
        if known and not self._of_another_country(text[:len(text) - len(described)].split(), known):
            return self._known_institution(described, known)  # "the Iran-aligned Houthis"
        pointed = self._described(phrase.strip()) if phrase[:4].lower() == "the " else None
        if pointed:
            return pointed
        owned = _DESCRIBED_OWNER.fullmatch(phrase.strip()) if phrase[:4].lower() == "the " and "'" in phrase else None
        outlet = self._outlet_of_described(owned.group("owner"), owned.group("rest")) if owned else None
        if outlet:  # "the militant group's Shahada news agency", after Al-Shabaab spoke
            return outlet
        if " and " in key:  # "Ukraine and its allies": the first conjunct speaks
            head, other = text[:key.index(" and ")], key[key.index(" and ") + 5:].split()
            if self._place(head) and _is_capitalised(head) and not (
                    len(other) > 1 and other[0] in self.lexicon.country_of):
                return self._name(head)  # but "US and British officials" are officials of both
        if _is_capitalised(text):
            place = self._place(text)
            if place is not None and place.type in ("country", "city", "region", "area"):
                return self._state(place.name, place)
        if " " in text and fold(text.split(maxsplit=1)[0]) in _PLURAL_NAME_ARTICLES:
            return Speaker(text)  # "Los Lobos claimed": a gang's or group's name, no one's
        branch = _BRANCH_OF.fullmatch(text) if "-" in text else None
        known = lex.institutions.get(fold(branch.group("known"))) if branch else None
        if known:  # "Islamic State-Khorasan": a known group's branch, no one's name
            return Speaker(text, side=known.side)
        person = self._person(parts.rest, parts.role)
        if person and person.name == text and fold(phrase.split(maxsplit=1)[0]) in _ARTICLES \
                and fold(text) not in lex.people:
            person = None  # "The White Helmets said": no one's name follows `the`
        if person:
            return person
        return self._institution(text)

    def _of_another_country(self, description: Sequence[str], known: Speaker) -> bool:
        """Whether words before a known state institution's name give it another country: the
        `Haiti's` of `Haiti's National Police` is no other country's National Police."""
        if known.side not in self.lexicon.adjective_of:
            return False
        side = self._side_of(description)
        return side is not None and side != known.side

    def _qualified_source(self, words: list[str], qualifier: str) -> Speaker | None:
        """A source's words (`two sources`) and the qualifier after them (`familiar with the
        talks`): one source as worded, without its count; anonymous if its head is (`source
        close to the junta`), else an institution (`militia commander allied with the RSF`).
        None unless the words end in a source's head."""
        while words and (words[0].isdigit() or fold(words[0]) in _NUMBER_WORDS or fold(words[0]) in _ARTICLES):
            words = words[1:]
        r = _rules()
        if not words or fold(words[-1]) not in r.heads and fold(words[-1]) not in _QUALIFIED_ONLY_HEADS:
            return None
        if fold(words[0]) in r.heads or fold(words[0]) in r.descriptive or fold(words[0]) in _QUALIFIED_ONLY_HEADS:
            words = [words[0][:1].lower() + words[0][1:], *words[1:]]  # "Aides with knowledge of ...": as mid-sentence
        kind = "anonymous" if fold(words[-1]) in self.lexicon.anonymous_heads \
            or fold(words[-1]) in _QUALIFIED_ONLY_HEADS else "institution"
        return Speaker(f"{' '.join(words)} {qualifier}", None, self._side_of(words), kind)

    def _described(self, phrase: str) -> Speaker | None:
        """The speaker a description opened by `the` points back at: `the paramilitary`, `the
        rebel group` at the latest of that kind (kind_descriptions), `the militant group` at the
        latest group, `the armed forces` at the state's army; a people's word before it
        changes nothing (`the Palestinian militant group`, `the Sudanese paramilitary`)."""
        described_kind = _KIND_DESCRIPTION.fullmatch(phrase)
        if described_kind:  # "the paramilitary", "the rebel group": the latest of that kind
            pointed = self._latest_of_kind(_KIND_OF_FORM[fold(" ".join(described_kind.group("form").split()))])
            if pointed:
                return pointed
        group = _DESCRIBED_GROUP.fullmatch(phrase) if not described_kind else None
        if group:  # "the paramilitary group", "the militant group": the one that spoke
            civilian = not _CIVILIAN_WORDS.isdisjoint(fold(phrase).split())  # "the medical charity"
            return self._definite(fold(group.group("noun")), civilian)
        words = phrase.split()
        if fold(" ".join(words[1:])) in _ARMY_DESCRIPTIONS:
            return self._definite(_ARMY_NOUN)  # "the armed forces"
        rest = f"{words[0]} {' '.join(words[2:])}" if len(words) > 2 and fold(words[1]) in self.lexicon.country_of \
            else None  # "the Palestinian militant group"; not "the Malian army", a name
        return self._described(rest) if rest and (_KIND_DESCRIPTION.fullmatch(rest) or _DESCRIBED_GROUP.fullmatch(rest)) \
            else None

    def _outlet_of_described(self, owner: str, outlet: str) -> Speaker | None:
        """`the militant group's` (`owner`) `Shahada news agency` (`outlet`, ending in a naming
        head): the outlet of the group the description points back at (_described, or `the
        group` at the latest group), worded with its name as if the report had given it
        (`Al-Shabaab Shahada news agency`) and speaking for its side. None where it points at
        no institution, or the group's name and the outlet read as no institution ending in it."""
        if fold(outlet.split()[-1]) not in _NAMING_HEADS:
            return None
        key = fold(owner)
        group = self._described(f"the {owner}") or (self._definite(key) if key in _GROUP_NOUNS else None)
        if group is None or group.kind != "institution":
            return None
        possessive = "'" if group.name.endswith("s") else "'s"  # "Houthis'", "Al-Shabaab's"
        speaker = self._name(f"{group.name}{possessive} {outlet}")
        if speaker is None or speaker.kind != "institution" or not fold(speaker.name).endswith(fold(outlet.split()[-1])):
            return None  # read otherwise than as the outlet
        return speaker if speaker.side else replace(speaker, side=group.side)

    def _named_institution(self, phrase: str) -> Speaker | None:
        """The institution a phrase names, if it names one: the lexicon's, an acronym the report
        defines, or a proper name; None for a lower-case description (`the formation`)."""
        bare = _strip_articles(fold(phrase))
        words = phrase.split()
        if words and fold(words[0]) in _ARTICLES:
            words = words[1:]
        named = bare in self.lexicon.institutions or " ".join(words) in self.acronyms or bool(words) and (
            _is_capitalised(words[0]) and all(_is_capitalised(w) or fold(w) in _NAME_JOINING_WORDS
                                              for w in words))
        speaker = self._name(phrase) if named else None
        return speaker if speaker and speaker.kind in ("institution", "state") else None

    def _person(self, text: str, role: str | None) -> Speaker | None:
        """A name: capitalised words that are not titles, places, demonyms or institution words,
        nor a ship's after its prefix (`USS Carney`)."""
        words = text.split()
        if words and fold(words[0]).replace(".", "").replace("/", "") in _VESSEL_PREFIXES:  # "M/V", "M.V."
            return None
        for n in (3, 2):  # a known name ends the phrase: "... Internal Affairs Ihor Klymenko"
            known = self.lexicon.people.get(fold(" ".join(words[-n:]))) if len(words) > n else None
            if known and self._fits_title(known, [*(role.split() if role else ()), *words[:-n]]):
                return known
        tail: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if _is_name_cased(w) and self._could_be_name(w.rstrip(".,")) and not w.endswith(_POSSESSIVES):
                tail.insert(0, w)  # "Ukraine's Syrskyi": the country's possessive is no name
            elif tail and _is_capitalised(w) and self._titles(words[i - 1] if i else role) \
                    and self._place(w) is not None:
                tail.insert(0, w)  # "Capt. Muthanna Khalid Ali": a region's name right after a title is a name's
            elif w in _NAME_JOINERS and tail and i and (_is_name_cased(words[i - 1]) or words[i - 1] in _NAME_JOINERS):
                tail.insert(0, w)  # "Juan Carlos de la Cruz", "Ahmed bin Hassan"
            elif tail and i and self._is_title_inside_name(w, words[i - 1], words[i - 2] if i > 1 else role):
                tail.insert(0, w)  # "President Hassan Sheikh Ali"
            elif not tail and i == len(words) - 1 and self._is_title_as_surname(w, words[i - 1]):
                tail.insert(0, w)  # "John Major said": a title closing a name is a surname
            else:
                break
        if not tail or sum(1 for w in tail if w not in _NAME_JOINERS) > 4 or fold(tail[0]) in _PLURAL_NAME_ARTICLES:
            return None  # "the gang Los Lobos": a group's name
        role_words = words[:len(words) - len(tail)]
        if role_words and (fold(role_words[-1]) in ("of", "for", "and", "on", "at", "the")
                           or tail[0] in _NAME_JOINERS and fold(role_words[-1]) in _rules().heads) \
                or len(tail) == 1 and _is_proper_name(words) and all(map(_is_capitalised, role_words[:1])):
            return None  # "International Organization for Migration", "Community of West African States": no person
        if role_words and self._place(f"{role_words[-1]} {tail[0]}"):
            return None  # "Rica" of "the Armed Forces of Costa Rica"
        if len(tail) > 1 and self._place(" ".join(tail)):
            return None  # "Escalation in the northern West Bank": a place of several words is no one's name
        if len(tail) == 1 and role_words and not role and not any(map(_is_capitalised, role_words)) \
                and not self._titles(role_words[-1]) and self._place(tail[0]) is not None:
            return None  # "a truce Moscow declared": a noun before a place's name is no one's role
        if len(role_words) == 1 and not role and role_words[0].endswith(_POSSESSIVES):
            side = self._possessed_by_country(role_words[0])  # "Sudan's Burhan", "Hamas's X"
        elif role_words:  # "head of the district administration Ali Musa": title and words
            role, side = self._role_and_side([*role.split(), *role_words] if role else role_words)
            role = _POSSESSIVE_END.sub("", role) if role.endswith(_POSSESSIVES) else role  # "the Front's X"
        else:
            side = None
        name = " ".join(tail)
        known = self.lexicon.people.get(fold(name))
        if known and self._fits_title(known, [*(role.split() if role else ()), *role_words]):
            return known
        if known and not role_words and role is None:
            return self._as_named_here(known)
        if role_words and fold(role_words[-1]) in _NAMING_HEADS:  # "Israeli public broadcaster Kan"
            return None if _is_capitalised(role_words[-1]) else Speaker(name, None, side, "institution")
        if len(tail) == 1:
            if _is_acronym(name):
                return None  # "the Kurdish-led SDF": an organisation
            seen = next((s for s in reversed(self.recent) if s.kind == "person"
                         and _surname(s.name) == fold(name) and " " in s.name), None)
            if seen:  # "Ms Novak said", after "Defence Minister Petra Novak said"
                return seen
            if not role and not self._is_known_surname(name) and (
                    fold(name) in self.lexicon.institutions or self._place(name) is not None
                    or name.endswith("s") and self._sentence.startswith(name)):
                return None  # "Critics said": a plural opening the sentence; "Okonkwo said": a person
            full = self.full_names.get(fold(name))
            if full:
                return self.lexicon.people.get(fold(full)) or Speaker(full, role, None, "person")
            candidates = self.lexicon.surnames.get(fold(name), [])
            if len(candidates) == 1:
                return candidates[0]
        return Speaker(name, role, side, "person")

    def _is_title_as_surname(self, word: str, before: str) -> bool:
        """Whether a one-word title after a first name is a surname (`Tom King`, `Julie Bishop`):
        not an office's head, which a place's name may open (`Kora Governor`)."""
        key, r = fold(word), _rules()
        return _is_capitalised(word) and key not in _OFFICE_HEADS and (key in r.titles or key in r.title_words) \
            and key not in r.heads and _is_capitalised(before) and not before.endswith(_POSSESSIVES) \
            and self._could_be_name(before) and self._place(before) is None

    def _titles(self, word: str | None) -> bool:
        """Whether a word titles the name after it: a title (`Capt.`) or a person's role
        (`spokesman`)."""
        key = fold(word or "")
        return key in _rules().titles or key in _DESCRIBED_ROLES or key in self.lexicon.single_people

    def _titled_of_place(self, person: Speaker, after: str) -> Speaker:
        """`Governor Musa Garba` and the `of Borno State` after the name: the title is the
        office of that region or city (`Governor of Borno State`), as `the governor of Borno
        State, Musa Garba,` words it; any other title or `of` stays as it was."""
        m = _OF_PLACE.fullmatch(after) if person.role and fold(person.role) in _rules().titles else None
        place = self._place(m.group("place")) if m else None
        if place is None or place.type not in ("region", "city", "town", "village"):
            return person
        return replace(person, role=f"{person.role} of {m.group('place')}")

    def _as_named_here(self, known: Speaker) -> Speaker:
        """A known person's name without a title: the person of that name the report titled
        otherwise before (`Defence Minister Pedro Sanchez said ... Pedro Sanchez added`), else
        the lexicon's."""
        key = fold(known.name)
        return next((s for s in reversed(self.recent) if s.kind == "person" and s is not known
                     and fold(s.name) == key), known)

    def _fits_title(self, known: Speaker, title_words: Sequence[str]) -> bool:
        """Whether a known person may be the one a report names with these title words before
        the name: not if they name another office than the lexicon's role (`Defence Minister
        Pedro Sanchez`, not Spain's prime minister; `Deputy Defence Minister` is not the
        minister) or another country (`Colombia's`). Honorifics and ranks (`Mr`, `Gen.`) and
        roles with no office word fit anyone."""
        if not title_words or not known.role:
            return True
        office = _office_words(" ".join(title_words))
        if not office & _OFFICE_HEADS:
            return True
        held = _office_words(known.role, every_word=True)
        if held & _OFFICE_HEADS and not office <= held:
            return False
        side = self._side_of(title_words)
        return not (side and known.side and side != known.side and side in self.lexicon.adjective_of
                    and known.side in self.lexicon.adjective_of)

    def _is_title_inside_name(self, word: str, before: str, title: str | None) -> bool:
        """A title's word between a title and the name after it is the name's: the `Sheikh` of
        `President Hassan Sheikh Ali` (a title's word right after a title is none: `Kora Governor`)."""
        titles = _rules().titles
        return fold(word) in titles and _is_name_cased(before) and self._could_be_name(before) \
            and title is not None and fold(title.split()[-1]) in titles

    def _possessed_by_country(self, word: str) -> str | None:
        """The country of a possessive (`Russia's`, `the Philippines'`), else None."""
        m = _POSSESSIVE_WORD.fullmatch(word) if "'" in word else None
        place = self._place(m.group(1)) if m else None
        return place.name if place is not None and place.type == "country" else None

    def _is_known_surname(self, word: str) -> bool:
        return fold(word) in self.full_names or fold(word) in self.lexicon.surnames

    def _institution(self, text: str) -> Speaker | None:
        lex, r = self.lexicon, _rules()
        words = [w for w in text.split() if "-" not in w or not _AGE.fullmatch(w)]  # "38-year-old volunteer"
        if not words or len(words) > MAX_SPEAKER_WORDS:
            return None
        if len(words) > 1 and (words[0].isdigit() or fold(words[0]) in _NUMBER_WORDS) \
                and fold(words[-1]) in lex.anonymous_heads:
            words = words[1:]  # "Two security sources": security sources, however many
        named = _name_after_naming_head(words) or _acronym_after_description(words)
        if named:  # "the rights group Kora Watch", "the UN mission UNKM": the name speaks, not the description
            return self._institution(named)
        named = _name_before_naming_head(words) or self._one_name_before_naming_head(words)
        if named:  # "the Kora Watch group": as worded, one speaker with "Kora Watch"
            speaker = self._institution(named)
            if speaker is not None and speaker.kind == "institution":
                described = words[:words.index(named.split()[0])]  # "Iran's state-run" of "... IRNA news agency"
                worded = replace(speaker, name=_without_abbreviation_dots(self._adjectival(words)),
                                 side=speaker.side or self._side_of(described), canonical=speaker.canonical or speaker.name)
                self.aliases.setdefault(fold(named), worded)  # "Kora Watch said" later: the same
                return worded
        normalised = _without_abbreviation_dots(self._adjectival(words))
        key = fold(normalised)
        if key in lex.institutions:
            return self._known_institution(normalised, lex.institutions[key])
        adjectival = self._with_country_adjective(words)
        if adjectival and fold(adjectival) in lex.institutions:  # "Sudan army": the Sudanese army
            return self._known_institution(normalised, lex.institutions[fold(adjectival)])
        office = self._office_of_place(normalised) if " of " in normalised.lower() else None
        if office:
            normalised = office
            key, words = fold(normalised), normalised.split()
        if key in self.aliases:
            return self.aliases[key]
        if key in lex.descriptors and lex.descriptors[key] in self.recent:
            return lex.descriptors[key]
        last = fold(words[-1])
        if last in r.heads or fold(" ".join(words[-2:])) in r.heads:
            if len(words) == 1:  # "the Pentagon" names itself; "the ministry", "Ministry says" point back
                if _is_capitalised(words[0]) and last not in lex.anonymous_heads and last not in lex.institution_nouns \
                        and not self._is_plural_opening(words[0]):
                    return Speaker(words[0], None, None, "institution")
                return self._definite(last, civilian=last in _CIVILIAN_WORDS) \
                    or Speaker(words[0][:1].lower() + words[0][1:], None, None, "anonymous")
            side = self._side_of(_before_remit(words))
            if side and last in lex.person_roles:  # "the Ukrainian leader": a person named before
                person = self._person_with(side, last)
                if person:
                    return person
            if last in lex.anonymous_heads and not _is_proper_name(words) \
                    and not _is_institution_for(words, lex.anonymous_heads):
                return Speaker(normalised, None, side, "anonymous")
            return (None if side else self._named_in_full(key)) or \
                Speaker(normalised, None, side, "institution")
        if (all(_is_capitalised(w) for w in words) or _is_numbered_outlet(words)) and len(words) <= 4:
            return Speaker(normalised, None, None, "institution")  # "Wagner", "Reuters", "CNN"
        named = words if _is_capitalised(words[0]) else (_after_descriptions(" ".join(words)) or "").split()
        if named and _is_capitalised(named[-1]) and _is_proper_name(named):  # "Sons of the Valley"
            return Speaker(normalised, None, self._side_of(words), "institution")  # "the junta-run Voice of Kora"
        if _has_remit(words):
            return Speaker(normalised, None, self._side_of(_before_remit(words)), "institution")  # "rapporteur on torture"
        if len(words) > 2 and fold(words[0]) in r.heads and (fold(words[1]) in ("of", "for") or words[1] in _NAME_JOINERS):
            return Speaker(normalised, None, self._side_of(words), "institution")  # "commander of the garrison",
            # "ministère de la Défense", a French name's lower-case head
        if any(fold(w) in r.heads for w in words) and all(
                _is_capitalised(w) or fold(w) in ("of", "for", "the", "and", "on", "to", "in") or w in _NAME_JOINERS
                for w in words):
            return Speaker(normalised, None, self._side_of(words), "institution")  # "Ministry of Internal
            # Affairs", "Monitoring Mission to Kora"
        if (" for " in normalised or " of " in normalised or " on " in normalised) and _is_description(normalised):
            return Speaker(normalised, None, self._side_of(_before_remit(words)), "institution")  # "UN special envoy for Kora"
        return None

    def _one_name_before_naming_head(self, words: Sequence[str]) -> str | None:
        """`Saba` of `state-run Saba news agency`: one capitalised word after a hyphenated
        description and before lower-case words ending in a naming head is the outlet's or
        group's name; not a people's or a place's word (`the state-owned Kenyan news agency`)."""
        if len(words) < 3 or words[-1] not in _NAMING_HEADS:
            return None
        at = len(words) - 2 if words[-2].islower() else len(words) - 1
        before = words[at - 2] if at > 1 else ""
        word = words[at - 1]
        if "-" not in before or before.rpartition("-")[2] not in _DESCRIPTION_ENDINGS or not _is_capitalised(word):
            return None
        return None if fold(word) in self.lexicon.country_of or self._place(word) is not None else word

    def _office_of_place(self, text: str) -> str | None:
        """`governor of Kharkiv region` -> `Kharkiv governor`; an office of a place named only
        by its noun speaks as the office does when the noun comes first: `the governor of the
        region` is the `regional governor`, `the mayor of the city` the `city mayor`."""
        by_noun = _OFFICE_OF_PLACE_NOUN.fullmatch(text)
        office = by_noun or _ROLE_OF_REGION.fullmatch(text)
        if office is None or fold(office.group("role").split()[-1]) not in _rules().heads:
            return None
        role = office.group("role")
        if _is_capitalised(role) and (len(role.split()) > 1 and all(map(_is_capitalised, role.split()))
                                      or not self._is_role_of_people(role.split()[-1])):
            return None  # "Revolutionary Armed Forces of Colombia", "Times of Kora": names
        first = fold(role.split()[0])
        if first in _rules().heads or first in _rules().descriptive:
            role = role[:1].lower() + role[1:]  # "Residents of the town": the town residents
        if by_noun:
            return f"{_OFFICE_PLACE_NOUNS[by_noun.group('noun')]} {role}"
        place = office.group("place")
        return f"{place} {role}" if self._place(place) else None

    def _is_role_of_people(self, word: str) -> bool:
        """`Governor`, `Residents`, `Police`: an office or people of a place, not a name's head."""
        w, lex = fold(word), self.lexicon
        return (w in _rules().titles or w in lex.single_people or w in lex.anonymous_heads
                or w in lex.local_heads or w in _DESCRIBED_ROLES)

    def _named_in_full(self, key: str) -> Speaker | None:
        """`the General Staff` after `the General Staff of the Armed Forces of Ukraine` or
        `Ukraine's General Staff`: the institution last named in full with these words as
        its head."""
        return next(self._institutions_named_in_full(key), None)

    def _institutions_named_in_full(self, key: str) -> Iterator[Speaker]:
        """The institutions that spoke whose names hold these words as their head (`X of ...`,
        `... X`), the latest first."""
        for s in reversed(self.recent):
            if s.kind == "institution":
                name = fold(s.name)
                if name.startswith(key + " of ") or name.endswith(" " + key):
                    yield s

    def _named_in_full_later(self, description: Speaker) -> Speaker | None:
        """The one institution of the report a description with no side names in full, as
        _named_in_full finds it, when the description came first: `health ministry says` in a
        headline, `the territory's health ministry said` below it. None if none or several are."""
        named = {s.name: s for s in self._institutions_named_in_full(fold(description.name))}
        return next(iter(named.values())) if len(named) == 1 else None

    def _is_plural_opening(self, word: str) -> bool:
        """`Police said`, `Rescuers said`: a plural opening the sentence, capitalised by it, not
        by a name; no single-word name of an institution is a plural head."""
        return (word.endswith("s") or fold(word) in _PLURAL_SUBJECTS) and self._sentence.startswith(word)

    def _state(self, name: str, place) -> Speaker:
        """A country, or a capital speaking for it (`Moscow said`), speaks as the state."""
        return Speaker(place.name, None, place.country or place.name, "state")

    def _adjectival(self, words: list[str]) -> str:
        """`Ukraine's military` -> `Ukrainian military`; `Moscow's` -> `Russian`; a place with
        no adjective names its own: `Gaza's civil defence agency` -> `Gaza civil defence agency`;
        so does an acronym or an institution's name: `the UN's rights office` -> `UN rights
        office`, `the Kora Front's press office` -> `Kora Front press office` (but a name that
        runs on to its end stays as worded: `Prosecutor General's Office`);
        an armed group's or a people's plural opening the phrase is its singular (_plural_as_adjective):
        `the Houthis' Saba news agency` -> `Houthi Saba news agency`."""
        out = []
        for i, w in enumerate(words):
            m = _POSSESSIVE_WORD.fullmatch(w) if "'" in w else None
            if m and fold(m.group(1)) in _PLACE_NOUN_TYPES and i + 1 < len(words) \
                    and not (i and _is_capitalised(m.group(1)) and _is_capitalised(words[i - 1])
                             and self._place(f"{words[i - 1]} {m.group(1)}") is None):
                place = self._place_referred(m.group(1))  # "the country's"; not "Islamic State's", a name's
                if place:  # "the Palestinian enclave's": its words describe the place named instead
                    m = _POSSESSIVE_WORD.fullmatch(f"{place.name}'s")
                    while out and fold(out[-1]) not in _PREPOSITIONS and fold(out[-1]) not in _ARTICLES:
                        out.pop()
            if m and i and _is_capitalised(words[i - 1]):
                m, out = self._place_of_words_before(m, words[:i], out)  # "Burkina Faso's"
            if m and self._is_local(m.group(1), words[i + 1:]):
                out.append(m.group(1))  # "Kyiv's military administration": the city's own
                continue
            if m:
                country = self._country_of_name(m.group(1))
                if country and country in self.lexicon.adjective_of:
                    out.append(self.lexicon.adjective_of[country])
                    continue
                adjective = self._plural_as_adjective(m.group(1)) if not country and i == 0 \
                    and len(words) > 1 and w.endswith("s'") else None
                if adjective:
                    out.append(adjective)  # "the rebels' radio", "the Houthis' Saba news agency"
                    continue
                if not country and i + 1 < len(words) and (
                        self._place(m.group(1)) is not None or _is_acronym(m.group(1))
                        or fold(m.group(1)) in self.lexicon.institutions or self._is_body_word(w)
                        or not all(map(_is_capitalised, words[i + 1:]))
                        and self._is_named_institution([*words[:i], m.group(1)])):
                    out.append(m.group(1))  # "the UN's rights office", "Hamas's armed wing", "the Kora Front's"
                    continue
            out.append(w)
        return " ".join(out)

    def _place_of_words_before(self, possessive: regex.Match, before: list[str],
                               out: list[str]) -> tuple[regex.Match, list[str]]:
        """A possessive whose word ends a place named with the capitalised words before it
        (`Burkina Faso's`, `Sierra Leone's`): the possessive of the whole place, those words
        taken from `out`; else the possessive and `out` as they were."""
        for size in (2, 1):
            name = " ".join([*before[-size:], possessive.group(1)])
            if len(before) >= size and out[-size:] == before[-size:] and all(map(_is_capitalised, before[-size:])) \
                    and self._place(name) is not None:
                return _POSSESSIVE_WORD.fullmatch(f"{name}'s"), out[:-size]
        return possessive, out

    def _with_country_adjective(self, words: list[str]) -> str | None:
        """`Sudan army` -> `Sudanese army`, `South Sudan police` -> `South Sudanese police`: a
        country's name (of up to three words, not an acronym: `US officials`) opening the words
        before a lower-case word, as its adjective; None where none does."""
        for size in (3, 2, 1):
            if size >= len(words) or not words[size][:1].islower() or words[0].isupper():
                continue
            place = self._place(" ".join(words[:size]))
            if place is not None and place.type == "country" and place.name in self.lexicon.adjective_of:
                return " ".join([self.lexicon.adjective_of[place.name], *words[size:]])
        return None

    def _plural_as_adjective(self, plural: str) -> str | None:
        """`rebels` -> `rebel`, `militias` -> `militia`: an armed organisation's plural
        (kind_description_words) or a known one's name (`Houthis`) is its singular; a people's
        plural is its country's adjective: `Palestinians` -> `Palestinian`. None for other plurals
        (`the doctors' union` stays as worded)."""
        key = fold(plural)
        country = self.lexicon.country_of.get(key)
        if country in self.lexicon.adjective_of:
            return self.lexicon.adjective_of[country]
        return plural[:-1] if key in _KIND_OF_FORM or key in self.lexicon.institutions else None

    def _is_body_word(self, possessive: str) -> bool:
        """`army's`, `junta's`: a lower-case institution word that is no person's, in the
        singular (`the army's press office` is the army press office; not `the minister's
        office` nor `the authorities' spokesman`)."""
        if not possessive.endswith(_POSSESSIVES):
            return False
        key = fold(possessive[:-2])
        lex = self.lexicon
        return key.islower() and possessive[:1].islower() and key in _rules().heads and key not in lex.single_people \
            and key not in lex.anonymous_heads and key not in _DESCRIBED_ROLES and key not in lex.person_roles

    def _is_named_institution(self, words: Sequence[str]) -> bool:
        """`Kora Front`, `Amnesty International`: capitalised words a known institution's or
        more than one ending in an institution word, so its possessive reads as its name (not
        `Ali Musa`'s; nor an office's one word, whose possessive is part of a name: `the
        Prosecutor's Office`)."""
        return all(map(_is_capitalised, words)) and (
            len(words) > 1 and fold(words[-1]) in _rules().heads or fold(" ".join(words)) in self.lexicon.institutions) \
            or _is_capitalised(words[-1]) and _is_proper_name(words)  # "Friends of the Valley"

    def _place_referred(self, noun: str) -> Place | None:
        """The place `the country's` or `the territory's` points back at: the last one of a
        fitting type named before it in its sentence or the few before that."""
        types = _PLACE_NOUN_TYPES[fold(noun)]
        for back, sentence in enumerate(reversed(self._seen[-PLACE_REFERENCE_SENTENCES:])):
            mentions = self._mentions_in(sentence)
            if back == 0:
                at = sentence.find(f"{noun}'")
                mentions = [m for m in mentions if m.start < at]
            places = [m.place for m in mentions if m.place.type in types]
            if places:
                return places[-1]
        return None

    def _mentions_in(self, sentence: str) -> list[PlaceMention]:
        """The places of a sentence: as the pipeline found them (`sentence_places`), else
        looked up once here."""
        found = self.sentence_places.get(sentence)
        if found is None:
            found = self.sentence_places[sentence] = self.gazetteer.find(sentence)
        return found

    def _is_local(self, name: str, rest: Sequence[str]) -> bool:
        place = self._place(name)
        return (place is not None and place.type in ("city", "town", "village", "region")
                and any(fold(w) in self.lexicon.local_heads for w in rest))

    def _country_of_name(self, name: str) -> str | None:
        key = fold(name)
        r = _rules()
        if key in r.metonyms:
            return r.metonyms[key]
        place = self._place(name)
        return place.name if place is not None and place.type == "country" else None

    def _side_of(self, words: Sequence[str]) -> str | None:
        """The country two capitalised words in a row name (`Costa Rica`, `South Sudanese`:
        not Sudan), else the first word naming one."""
        for first, second in zip(words, words[1:]):
            if _is_capitalised(first) and _is_capitalised(second):
                side = self._side_of_cached(f"{first} {second}")
                if side is not None:
                    return side
        for w in words:
            side = self._side_of_cached(w)
            if side is not None:
                return side
        return None

    def _side_of_cached(self, word: str) -> str | None:
        if word not in self._word_sides:
            self._word_sides[word] = self._side_of_word(word)
        return self._word_sides[word]

    def _side_of_word(self, word: str) -> str | None:
        """The country a word names (`Ukrainian`, `Kyiv's`); None if none."""
        word = _POSSESSIVE_END.sub("", word) if "'" in word else word
        key = fold(word)
        if key in self.lexicon.country_of:
            return self.lexicon.country_of[key]
        return self._country_of_name(word) or None

    # -- reference resolution ---------------------------------------------------------------
    def _pronoun(self, kind: str) -> Speaker | None:
        if kind == "plural":  # "Authorities have arrested a man they accused of ...": the subject
            subject = _PLURAL_SUBJECT.match(self._sentence)
            if subject:
                return self._name(subject.group())
        for s in reversed(self.recent):
            if kind == "person" and (s.kind == "person" or fold(s.name).split()[-1] in self.lexicon.single_people):
                return s
            if kind == "plural" and (s.kind != "person" and s.name.endswith("s") or s.kind == "state"):
                return s
            if kind == "institution" and s.kind in ("institution", "state", "anonymous"):
                return s
        return None

    def _person_with(self, side: str, role: str) -> Speaker | None:
        for s in reversed(self.recent):
            if s.kind == "person" and s.side == side and (not s.role or role in fold(s.role) or role == "leader"):
                return s
        return None

    def _known_institution(self, worded: str, known: Speaker) -> Speaker:
        """An institution keeps the report's wording (`National Police`, `Ukraine's police`
        as `Ukrainian police`); the lexicon adds which side it speaks for. Of two wordings,
        the report's name for it is the lexicon's own, else the first one written out in full
        (`Russian MoD` in a headline, `the Russian Defense Ministry said` below it)."""
        words = worded.split()
        speaker = Speaker(self._adjectival(words) if words else known.name, None, known.side,
                          "institution", canonical=known.name)
        kept = self._wordings.get(known.name)
        if kept is None or speaker.name == known.name \
                or kept.name != known.name and _abbreviated(kept.name) and not _abbreviated(speaker.name):
            self._wordings[known.name] = speaker
        return speaker

    def _definite(self, head: str, civilian: bool = False) -> Speaker | None:
        """`the ministry`, `the official`: the latest speaker so described (_described_by);
        `the group` with no such name before it is the latest institution that spoke and is no
        state body, `the ministry` the latest state body or state, `the military` the latest
        that a word of its name makes a state's military (`Defence Ministry`, `General Staff`);
        a `civilian` one (`the charity`) none that is armed (_is_armed)."""
        forms, of_person = self._forms_of(head)
        for s in reversed(self.recent):
            described = self._described_by(s, head, forms, of_person)
            if described:
                return described
        if head not in self.lexicon.institution_nouns:
            return None
        if head in _ARMED_FORCE_NOUNS:
            return next((s for s in reversed(self.recent) if s.kind == "institution"
                         and _MILITARY_NAME_WORDS.intersection(fold(f"{s.name} {s.canonical or ''}").split())
                         and self._army_of(s) != "group" and not self._is_one_of(s)), None)
        return next((s for s in reversed(self.recent) if s.kind in ("institution", "state")
                     and not self._headed_otherwise(s, head) and self._may_be_headed(s, head)
                     and not (civilian and self._is_armed(s))), None)

    def _is_armed(self, speaker: Speaker) -> bool:
        """An army, or an institution a word of whose name makes it an armed group (`Kora
        Liberation Front`, `Hamas`: kind_descriptions, not their `group` or `movement`)."""
        return self._army_of(speaker) is not None \
            or not _ARMED_NAME_WORDS.isdisjoint(fold(f"{speaker.name} {speaker.canonical or ''}").split())

    def _is_one_of(self, speaker: Speaker) -> bool:
        """Whether an institution speaker names one of a body, not the body (`member of the
        People's Defence Force`, `spokesman for the Defence Ministry`): the word before its
        first `of` or `for` is no institution's head, or is a person's. `the military` is
        never such a one; `General Staff of the Armed Forces` is the body."""
        words = fold(speaker.name).split()
        at = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
        return at > 0 and (words[at - 1] not in _rules().heads or words[at - 1] in self.lexicon.single_people
                           or words[at - 1] in _DESCRIBED_ROLES)

    def _forms_of(self, head: str) -> tuple[tuple[str, ...], bool]:
        """The words of a name or role `the <head>` points back at (`the volunteers`: one named
        by the singular, `Kora Volunteer Network`; `the military`: one named `army`,
        army_nouns), and whether the head may describe one person (`the spokesman`, `the
        colonel`, `the official`)."""
        forms = tuple(_ARMY_NOUNS) if head in _ARMY_NOUNS else \
            (head, head[:-1]) if head.endswith("s") and len(head) > 3 else (head,)
        return forms, head in self.lexicon.single_people or head in _DESCRIBED_ROLES or head in _rules().titles

    def _described_by(self, speaker: Speaker, head: str, forms: Sequence[str], of_person: bool) -> Speaker | None:
        """What `the <head>` names when `speaker` was named before (`forms`, `of_person`:
        _forms_of): the speaker if its name or role holds one of the forms, else None. A
        description of an organisation never names a person: `the brigades` after `Ali Musa,
        commander of the Kora Brigades` is the Brigades; nor does `the army` name an armed
        group's army (_army_of)."""
        if speaker.kind == "person" and not of_person:
            return self._organisation_in_role(speaker, forms)
        words = [*fold(speaker.name).split(), *(_TITLE_WORDS.get(w, w) for w in fold(speaker.role or "").split()),
                 *fold(speaker.canonical or "").split()]  # "Col." is a colonel's role
        if not any(f in words for f in forms) or head in _ARMY_NOUNS and self._army_of(speaker) == "group":
            return None
        return speaker

    def _organisation_in_role(self, person: Speaker, forms: Sequence[str]) -> Speaker | None:
        """The organisation a person's role names after its `of` or `for`, if its name holds
        one of the forms: `Kora Brigades` of `commander of the Kora Brigades`; or a description
        opened by a name and ending in a form, before the role's last word or after its `of` or
        `for`: `Kora health ministry` of `Kora health ministry spokesman` or `spokesman for the
        Kora health ministry`."""
        role = person.role or ""
        m = _ORGANISATION_IN_ROLE.search(role) if " of " in role or " for " in role else None
        if m is not None and any(f in fold(m.group("org")).split() for f in forms):
            return self._named_institution(m.group("org"))
        words = role.split()
        of = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
        org = words[of + 1:] if of is not None else words[:-1]
        org = org[1:] if org and fold(org[0]) in _ARTICLES else org
        if len(org) < 2 or fold(org[-1]) not in forms or not _is_capitalised(org[0]):
            return None  # "a senior militia official": no militia's name
        speaker = self._name(" ".join(org))
        return speaker if speaker is not None and speaker.kind == "institution" else None

    def _army_of(self, speaker: Speaker) -> str | None:
        """Whose army an institution named with an army noun is: `group` when other words
        stand before a capitalised `Army` (`Kora Liberation Army`, `Arakan Army`: an armed
        group's name), `state` when the noun is lower case (`Sudanese army`, `the Kora
        military`) or only a country, its people or descriptive words stand before it (`Myanmar
        Army`, `Transitional Military Council`); None with no army noun."""
        words = (speaker.canonical or speaker.name).split()
        at = next((i for i, w in enumerate(words) if fold(w) in _ARMY_NOUNS), None)
        if at is None:
            return None
        if not _is_capitalised(words[at]):
            return "state"
        r = _rules()
        return "state" if all(fold(w) in self.lexicon.country_of or fold(w) in r.descriptive
                              or fold(w) in _ARTICLES or self._country_of_name(w) for w in words[:at]) else "group"

    def _is_state_body(self, speaker: Speaker) -> bool:
        """A state, or one of its bodies: a state's military (state_military_name_words, an
        army of a state: _army_of), or a name headed by a state body's word (state_body_heads:
        `Kora health ministry`, `National Police`). Armed groups, aid groups and monitors
        (`Kora Liberation Front`, `Rapid Support Forces`, `Hamas`) are none."""
        if speaker.kind == "state":
            return True
        words = fold(speaker.canonical or speaker.name).split()
        if _STATE_MILITARY_NAME_WORDS.intersection(words):
            return True
        army = self._army_of(speaker)
        if army:
            return army == "state"
        head = words[:next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
        return bool(head) and (head[-1] in _STATE_BODY_HEADS or " ".join(head[-2:]) in _STATE_BODY_HEADS)

    def _may_be_headed(self, speaker: Speaker, head: str) -> bool:
        """Whether `the <head>`, no speaker before named with it, may point back at `speaker`:
        `the group` (group_nouns) at no state body, `the ministry` (state_body_heads) at a
        state body or a state only; other heads (`the agency`) at any institution."""
        if head in _GROUP_NOUNS:
            return not self._is_state_body(speaker)
        if head in _STATE_BODY_HEADS:
            return self._is_state_body(speaker)
        return True

    def _latest_of_kind(self, kind: str) -> Speaker | None:
        """The latest institution a word of whose name makes it an armed organisation of that
        kind (kind_descriptions). Only a junta may speak for a country, and be named by a
        lower-case word (`Myanmar's military`), and it is no armed group's army (`Kora
        Liberation Army`); for the others the word is part of a proper name (`Kora Liberation
        Army`, not `the Kora army` nor `the Myanmar Army`)."""
        name_words = _KIND_NAME_WORDS[kind]
        of_state = kind in _STATE_KINDS
        for s in reversed(self.recent):
            if s.kind != "institution" or not of_state and (
                    s.side in self.lexicon.adjective_of
                    or _STATE_MILITARY_NAME_WORDS.intersection(fold(f"{s.name} {s.canonical or ''}").split())) \
                    or self._army_of(s) == ("group" if of_state else "state"):
                continue
            words = s.name.split() if of_state else [w for w in s.name.split() if _is_capitalised(w)]
            if name_words.intersection(fold(" ".join([*words, s.canonical or ""])).split()):
                return s
        return None

    def _headed_otherwise(self, speaker: Speaker, head: str) -> bool:
        """`Kora Liberation Front`, `Rapid Support Forces`: an institution whose name of more
        words ends in another institution word is not what `the army` points back at; `Hamas`
        or `the Kremlin` may be."""
        words = fold(speaker.name).split()
        return len(words) > 1 and words[-1] != head and words[-1] in _rules().heads \
            and head not in _GROUP_NOUNS

    def _hold_role(self, person: Speaker) -> None:
        """`the head of the district administration` is the person so described in the report."""
        if person.kind != "person" or not person.role:
            return
        key = _role_key(person.role)
        if key not in self._role_holders:
            self._role_holders[key] = person
        elif (self._role_holders[key] or person).name != person.name:
            self._role_holders[key] = None

    def _role_holder(self, speaker: Speaker) -> Speaker | None:
        """The one person the report names with an institution speaker's words as role, or
        whose role they end, in two words or more (`council chairman` in a headline, `the
        chairman of the Guma council, Ali Musa,` below it) or one capitalised title (`Governor:
        drone attack on Kora` in a headline, `Governor Ivan Petrenko said` below it)."""
        if speaker.kind not in ("institution", "anonymous") or not self._role_holders:
            return None
        key = _role_key(speaker.name)
        if key in self._role_holders or " " not in key and not speaker.name[:1].isupper():
            return self._role_holders.get(key)  # "a spokesman" is anyone's; "Governor:" a title
        holders = {id(h): h for role, h in self._role_holders.items()
                   if role.endswith(f" {key}") and not _PREPOSITION_INSIDE.search(role)}  # its head last
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _remember(self, speaker: Speaker) -> None:
        if speaker.role:
            self._hold_role(speaker)
        listed = self._in_recent.pop(speaker, None)
        if listed is not None:
            recent = self.recent
            for i in range(len(recent) - 1, -1, -1):  # a speaker named again is usually recent
                if recent[i] is listed:
                    del recent[i]
                    break
        self._in_recent[speaker] = speaker
        self.recent.append(speaker)

    def _named_later(self, description: Speaker) -> Speaker | None:
        """The one speaker of the report a description that pointed back at no one names
        (_described_by): the report names it in full below the description. None if none or
        several are (`the health ministry` and `the foreign ministry`)."""
        head = fold(description.name)
        forms, of_person = self._forms_of(head)
        named = {}
        for s in self.recent:
            described = self._described_by(s, head, forms, of_person) if s is not description else None
            if described is not None and described.kind != "anonymous":
                named[described.name] = described
        return next(iter(named.values())) if len(named) == 1 else None

    def resolve(self, speaker: Speaker) -> Speaker:
        """The final name once the whole report is read: descriptions learnt later apply."""
        key = fold(speaker.name)
        if speaker.kind != "person" and key in self.aliases:
            return self.aliases[key]
        described = self.lexicon.descriptors.get(_strip_articles(key)) if speaker.kind != "person" else None
        named = next((s for s in self.recent if s.kind == described.kind and described.name in (s.name, s.canonical)),
                     None) if described is not None else None
        if named:  # "a war monitor said", the Syrian Observatory named below it
            return named
        later = self._named_later(speaker) if speaker.kind == "anonymous" and key in self.lexicon.institution_nouns \
            else self._named_in_full_later(speaker) if speaker.kind == "institution" and key.islower() \
            and speaker.side is None else None
        if later:  # "Ministry says 40 killed" in a headline, "the health ministry said" below it
            return self.resolve(later)
        holder = self._role_holder(speaker)
        if holder:  # "the head of the district administration", named later
            return holder
        if speaker.canonical and speaker.kind == "institution" and speaker.canonical in self._wordings:
            return self._wordings[speaker.canonical]  # "UN" and "United Nations": one speaker
        if speaker.kind == "person" and " " not in speaker.name:
            full = self.full_names.get(key) or self._full_name_spelt_otherwise(speaker.name)
            if full:
                return self.lexicon.people.get(fold(full)) or Speaker(full, speaker.role, speaker.side, "person")
        return speaker

    def _full_name_spelt_otherwise(self, surname: str) -> str | None:
        """The one full name of the report whose surname is `surname` spelt otherwise (`Kimmit`
        after `Mark Kimmitt`, `Al-Sahaf` after `Mohammed Saeed al-Sahhaf`); None if none is, or
        two are."""
        key = _spelling(surname)
        named = {s.name for s in self.recent if s.kind == "person" and " " in s.name} | set(self.full_names.values())
        spelt = {name for name in named if _spelling(_surname(name)) == key}
        return spelt.pop() if len(spelt) == 1 else None


def _abbreviated(name: str) -> bool:
    """Whether a name holds an abbreviation (`MoD`, `IDF`, `UN`): a short word of capitals."""
    return any(len(word) <= 5 and sum(c.isupper() for c in word) >= 2 for word in name.split())


_OFFICE_OF = regex.compile(rf"(?P<who>.+?)'s?\s+(?:{_in_order(_WORDS['office_words'])})", regex.I)
_NAMING_TITLES = tuple(_WORDS["naming_titles"])
_TITLED_NAME = regex.compile(r"\b(?:" + _in_order(_NAMING_TITLES)
                             + r")(?:\s+\p{Lu}[\p{L}'-]+){2,3}")
_NAMING_TITLE_HINT = re.compile(_prefix_tree(_NAMING_TITLES))
_ABBREVIATION_DOTS = regex.compile(r"\b(?:U\.S\.|U\.N\.|U\.K\.|E\.U\.)(?=\s|$)")
_NAME_AFTER = regex.compile(r",\s*(?P<name>(?:\p{Lu}[\p{L}'-]+\s+){1,2}\p{Lu}[\p{L}'-]+)\s*,")
def _past_acronym(text: str, pos: int) -> int:
    """Past the bracketed acronym of a name (`the World Health Organization (WHO)`) at `pos`."""
    m = _ACRONYM_IN_BRACKETS.match(text, pos) if text.startswith(" (", pos) else None
    return m.end() if m else pos


_ACRONYM_IN_BRACKETS = regex.compile(r"\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)")
_NAME_CLOSING = regex.compile(  # the same, or closing the clause: "said the governor, Ali Musa."
    r",\s*(?P<name>(?:\p{Lu}[\p{L}'-]+\s+){1,2}\p{Lu}[\p{L}'-]+)\s*(?:[,.;]|$)")
_INITIALS_CUT = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.)+\p{Lu}$")  # "U.S" once the stop was stripped
_INITIAL_LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # what _INITIALS_CUT ends with, a cheap check first
_CORE_VERBS = frozenset(_WORDS["core_verbs"])
_NOUN_LIKE_VERBS = frozenset(_WORDS["noun_like_verbs"])
_COUNTING_VERBS = frozenset(_WORDS["counting_verbs"])
_COUNT_AFTER = regex.compile(rf"\s+(?:(?:{_in_order(load_toml('numbers.toml')['hedges']['before'])})\s+)?\d")
_NAMING_VERBS = frozenset(_WORDS["naming_verbs"])
_COUNT_WORDS = rf"(?:\d[\d,.]*|(?i:{_in_order(load_toml('numbers.toml')['units'])}))(?![\p{{L}}\d])"
_COUNT_OR_WORD_AFTER = regex.compile(  # "reported three dead", "counted 40 bodies"
    rf"\s+(?:(?:{_in_order(load_toml('numbers.toml')['hedges']['before'])})\s+)?{_COUNT_WORDS}")
_GAPPED_COUNT = regex.compile(  # ", Uganda two and Burundi one": a name and a count closing a clause
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<who>(?:the\s+)?\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'-]*){{0,3}})"
    rf"\s+{_COUNT_WORDS}(?=\s*(?:[,;.]|and\s|$))")
# What a name's possessive owns, up to a verb: an office or team in lower case, maybe after a
# place's name (`'s Kora office`), and where it is (`in Kora`) or what it does (`of programmes`).
_OWNED_OFFICE_END = regex.compile(
    r"'s\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?-i:[a-z][a-z-]*)(?:\s+(?-i:[a-z][a-z-]*)){0,2}(?:\s+(?:in|for|of)\s+[^,;:]+)?$")
_QUOTE_SOON_AFTER = regex.compile(r"\s+(?:[\p{L}'-]+\s+){0,2}[\"\u201c\u2018]")
_OBJECT_RELATIVE_BEFORE = regex.compile(r"\b(?:which|whom|what)\s+(?:[\p{L}'-]+\s+){1,4}$", regex.I)
_IN_BEFORE = regex.compile(r"\bin\s+$", regex.I)
_OFFICE_VARIANTS: dict[str, str] = dict(_WORDS["office_word_variants"])
_OFFICE_HEADS = frozenset(_OFFICE_VARIANTS.get(w, w) for w in _WORDS["office_heads"])
_WORD_OR_HYPHEN = regex.compile(r"[\s-]+")


@functools.lru_cache(maxsize=1024)
def _office_words(role: str, every_word: bool = False) -> frozenset[str]:
    """The words of a title or role that name an office (title words and office_heads), one
    spelling each: `Colombia's Defense Minister` -> {defence, minister}; with every_word, all
    its words (`Commander-in-Chief of ...` -> commander, in, chief, ...)."""
    r = _rules()
    words = (_OFFICE_VARIANTS.get(w, w) for w in _WORD_OR_HYPHEN.split(fold(role)) if w)
    return frozenset(w for w in words if every_word or w in _OFFICE_HEADS or w in r.title_words or w in r.titles)


_TITLE_WORDS: dict[str, str] = dict(_WORDS["title_abbreviation_words"])
_NEGATIONS = tuple(f"{w} " for w in _WORDS["negating_determiners"])
_DISTRIBUTIVES = tuple(f"{w} " for w in _WORDS["distributive_determiners"])
_ARMED_FORCE_NOUNS = frozenset(_WORDS["armed_force_nouns"])
_GROUP_NOUNS = frozenset(_WORDS["group_nouns"])
_MILITARY_NAME_WORDS = frozenset(_WORDS["military_name_words"])
_STATE_MILITARY_NAME_WORDS = frozenset(_WORDS["state_military_name_words"])
_PORTFOLIO_WORDS = frozenset(_WORDS["portfolio_words"])
_ARMY_NOUNS = frozenset(_WORDS["army_nouns"])
_ARMY_DESCRIPTIONS = frozenset(_WORDS["army_descriptions"])
_ARMY_NOUN = _WORDS["army_nouns"][0]  # what a description of the state's army points back as
_STATE_BODY_HEADS = frozenset(_WORDS["state_body_heads"])
_ORGANISATION_IN_ROLE = regex.compile(r"\b(?:of|for)\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)")
_VOICE_OF = regex.compile(rf"(?:{_in_order(_WORDS['voice_words'])})\s+(?:of|for)\s+(?P<org>.+)", regex.I)
_DESCRIBED_GROUP = regex.compile(  # "the militant group", "the Britain-based war monitor", "the New York-based group"
    rf"the\s+(?:(?:(?-i:\p{{Ll}})[\p{{Ll}}-]*|(?:(?-i:\p{{Lu}})\p{{L}}+\s+)?\p{{L}}+-"
    rf"(?:{_in_order(_WORDS['description_endings'])}))\s+){{1,2}}"
    rf"(?P<noun>{_in_order(_WORDS['group_nouns'])})", regex.I)
_KIND_NAME_WORDS = {kind: frozenset(words) for kind, words in _WORDS["kind_descriptions"].items()}
_KIND_OF_FORM = {form: kind for kind, forms in _WORDS["kind_description_words"].items() for form in forms}
_STATE_KINDS = frozenset(("junta",))
_ARMED_NAME_WORDS = frozenset().union(*(words for kind, words in _KIND_NAME_WORDS.items()
                                         if kind not in _STATE_KINDS)) - _GROUP_NOUNS
_CIVILIAN_WORDS = frozenset(_WORDS["civilian_group_words"])
_KIND_DESCRIPTION = regex.compile(  # "the paramilitary", "the Iran-backed militia", "the rebel group"
    rf"the\s+(?:(?:(?-i:\p{{Ll}})[\p{{L}}-]*|\p{{L}}+-(?:{_in_order(_WORDS['description_endings'])}))\s+)??"
    rf"(?P<form>{_in_order(sorted(_KIND_OF_FORM, key=len, reverse=True))})"
    rf"(?:\s+(?:{_in_order(_WORDS['group_nouns'])}|forces?))?", regex.I)
_AND = regex.compile(r"\s+and\s+")
_ITS_OWN = regex.compile(r"(?:its|their)\s", regex.I)  # "its allies", "their families": the subject's own
_SHARE_OF = regex.compile(rf"^(?i:{phrase_alternation(_WORDS['share_of_words'])})\s+of\s+(?:the\s+)?(?=\p{{Ll}})")
_AND_ANOTHER_SOURCE = regex.compile(r"\s+and\s+(?=(?:the|an?)\s)", regex.I)
_LONE_NAME = regex.compile(r"\p{Lu}[\p{Ll}'-]+")
_DESCRIBED_ROLES = frozenset(_WORDS["described_roles"])
_ROLE_WORDS = _in_order([*_WORDS["described_roles"], *_WORDS["person_roles"]])
_ROLE_DESCRIPTION = regex.compile(
    rf"(?:a|an|the)\s+(?P<role>(?:[\p{{L}}\p{{N}}'-]+\s+){{0,4}}?(?:{_ROLE_WORDS})\b)", regex.I)
# After an inverted `said X`: `, a spokesman for ...`, or a role without article: `, director of
# the Kora hospital`.
_DESCRIBED_NAME = regex.compile(r"(?<![\p{L}'-])(?P<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}),\s+"
                                rf"(?P<desc>(?:a|an|the)\s+(?:[\p{{L}}\p{{N}}'-]+\s+){{0,4}}?(?:{_ROLE_WORDS})\b[^,]{{0,60}}),")
_DESCRIPTION_AFTER = regex.compile(r",\s*(?P<desc>(?:a|an|the)\s+[^,.;:\"]{3,80}"
                                   rf"|(?:(?!\p{{Ll}}+ing\b)[\p{{L}}'-]+\s+){{0,2}}?(?:{_ROLE_WORDS})\b[^,.;:\"]{{0,80}})", regex.I)
_THE = regex.compile(r"the\s", regex.I)
# A role as a name's apposition words it without `a`: "the army's chief spokesman", "Sudan's army
# spokesman", "Foreign Minister of Yemen".
_ROLE_BEFORE_NAME = regex.compile(rf"(?:the\s+)?(?:[\p{{L}}'-]+\s+){{0,4}}?(?:{_ROLE_WORDS})"
                                  r"(?:\s+(?:of|for|at|in)\s+[^,]+)?", regex.I)
_PROPER_NAME = r"\p{Lu}[\p{L}\p{N}'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}'-]*)*"  # "M23" too
# Two names joined by `and`, the second after `the` too; the first not the end of a name with
# `for` or `of` (`Movement for Justice and Equality`). After a preposition (`prep`) the first is
# its object (`in Kora and Ali Musa`) and only the second is a subject, unless a capitalised word
# before it (`before`) makes it one name (`Group to Support Islam and Muslims`).
_NAMED_PAIR_BEFORE = regex.compile(
    rf"(?:(?:(?P<before>[\p{{L}}'-]+)\s+)?(?<![\p{{L}}'-])(?P<prep>{_in_order(_WORDS['prepositions'])})"
    r"\s+(?:the\s+)?)?"
    rf"(?<![\p{{L}}'-])(?<!\b(?:for|of)\s+)(?P<a>{_PROPER_NAME})\s+and\s+(?:the\s+)?(?P<b>{_PROPER_NAME})\s*$")
_LISTED_NAMES = regex.compile(rf"\s*(?:(?i:the)\s+)?(?P<names>{_PROPER_NAME}(?:,\s+(?:the\s+)?{_PROPER_NAME})*),\s+(?:the\s+)?")
_LIST_COMMA = regex.compile(r",\s+(?:the\s+)?")
_PROPER_PAIR = regex.compile(rf"({_PROPER_NAME})\s+and\s+({_PROPER_NAME})")
# Patterns ending in `\s*$` are compiled REVERSE where it only matters whether they match (or
# the match is unique): `.match` then tries once, from the end, instead of at every position.
_ENDS_IN_APPOSITION = regex.compile(r"(?:^|,)\s*[^,]+,\s*$", regex.REVERSE)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{3,4})?"  # a live blog's time: "21:05", "21:05 GMT"
_TIME_STAMP = regex.compile(_CLOCK)
_CLAUSE_CONJUNCTIONS = _in_order(_WORDS["clause_conjunctions"])
_CLAUSE_ENDINGS = tuple(_WORDS["clause_conjunctions"])  # a cheap check before _CONJUNCTION_AFTER_COMMA
_CONJUNCTION_AFTER_COMMA = regex.compile(rf",\s*(?:{_CLAUSE_CONJUNCTIONS})$", regex.REVERSE)
# The name opens its clause: after a comma (`, but`), or a dateline's or live blog's spaced dash, colon or time.
_NAME_THEN_APPOSITION = regex.compile(
    rf"(?:^|[,:]\s*(?:(?:{_CLAUSE_CONJUNCTIONS})\s+)?|\"\s+|\s[-\u2013\u2014]\s+|^{_CLOCK}\s+(?![-\u2013\u2014]\s))"
    rf"(?P<np>(?:[^,:\s\"]|\s(?![-\u2013\u2014]\s))+),\s*(?P<desc>[^,]+),\s*$")
_ENDS_IN_COMMA_OR_QUOTE = regex.compile(r'(?:,|")\s*$', regex.REVERSE)
_LAST_WORD = regex.compile(r"(\S+)\s+$", regex.REVERSE)  # one match only: the same from the end
_ROLE_OF_REGION = regex.compile(r"(?P<role>[\w\s-]+?) of (?:the )?(?:neighbou?ring |nearby |southern |"
                                r"northern |eastern |western )?(?P<place>[\w\s'-]+?)"
                                r"(?: region| oblast| province)?", regex.I)
_OFFICE_PLACE_NOUNS: dict[str, str] = dict(_WORDS["office_place_nouns"])
_OFFICE_OF_PLACE_NOUN = regex.compile(r"(?P<role>[\w\s-]+?) of the (?:\p{Ll}[\p{L}-]* ){0,2}"
                                      rf"(?P<noun>{_in_order(_OFFICE_PLACE_NOUNS)})")
_POSSESSIVE_WORD = regex.compile(r"(.+?)'s?")
_POSSESSIVE_END = regex.compile(r"'s?$")
_TRAILING_COMMA = regex.compile(r",?\s*$", regex.REVERSE)  # always matches; once, from the end
_COMPASS = _in_order(load_toml("place_rules.toml")["compass_words"])
_PLACE_AFTER_SPEAKER = regex.compile(  # "in Kora", "at Kora hospital", "in the besieged city", "in eastern Kora", "in the north"
    rf"(?<=\p{{L}}{{3}})\s+(?:in|at|from|near)\s+(?:(?:the\s+)?(?:(?:{_COMPASS})\s+)?\p{{Lu}}[\p{{L}}'-]+(?:\s+\p{{Lu}}[\p{{L}}'-]+)?"
    rf"(?:\s+(?:{_in_order(_WORDS['place_nouns'])}))?|the\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:{_in_order(_WORDS['place_nouns'])}|{_COMPASS})"
    rf"|\p{{Ll}}[\p{{L}}-]*\s+(?:{_in_order(_WORDS['place_nouns'])}))\s*$")  # and "at army headquarters"
_PLACE_AFTER_SPEAKER_AT_END = regex.compile(_PLACE_AFTER_SPEAKER.pattern, regex.REVERSE)
_PLACING_PARTICIPLE = regex.compile(r"(?<=\p{L}{3})\s+\p{Ll}{3,}ed$")  # "deployed", "stationed", "trapped"
_ACRONYM = r"(?:\p{Lu}{2,8}|\p{Lu}[\p{Lu}\p{Ll}]{1,9})"  # `KDWA`, `FAMa`, and a word of one: `Centcom`
_ACRONYM_IN_PARENS = regex.compile(rf"\s*\({_ACRONYM}\)")
_DASH_AFTER = regex.compile(r"\s*(?:-|\u2013|\u2014)")
_DEFINED_NAME_BEFORE = regex.compile(
    rf"(?:^|[,;:]\s*|\.\s+)(?P<name>[^,;:()\"]{{3,80}}?)\s*\((?P<acronym>{_ACRONYM})\)\s*,?\s*$")
# A run of capitalised words (`of` and `the` allowed inside) opening a sentence, before a
# lower-case word: the sentence's subject when it is a name.
_OPENING_NAME = regex.compile(r"(?:The\s+)?(?P<name>\p{Lu}[\p{L}'.\-]*"
                              r"(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'.\-]*){0,5})(?=\s+\p{Ll})")
_OPENING_OWNER_HEAD = regex.compile(r"(?:The\s+)?(?P<name>(?!The\b)\p{Lu}[\p{L}'\u2019.\-]*(?:\s+\p{Lu}[\p{L}'\u2019.\-]*){0,3}"
                                    r"(?:\s+\p{Ll}[\p{L}\-]*){1,2})(?=\s+(?:did|does|has|had|was|is|declined|refused"
                                    r"|could|would)\b)")
_PLURAL_SUBJECT = regex.compile(r"(?:(?:the|local|regional|\p{Lu}\p{L}+)\s+)?"
                                rf"(?:{_in_order(_WORDS['plural_subjects'])})\b", regex.I)
_PLURAL_SUBJECTS = frozenset(_WORDS["plural_subjects"])
_CHANNEL_NOUNS = frozenset(_WORDS["channel_nouns"])
_NUMBER_SIGNS = frozenset(("No.", "No", "no.", "Nr.", "#"))  # "Situation Report No. 4", "Flash Update # 3"
_DOCUMENT_MODIFIER_WORDS = frozenset(_WORDS["document_modifiers"])
_COMMON_WORDS = frozenset(_WORDS["common_words"])
_NUMBER_WORDS = frozenset(load_toml("numbers.toml")["units"])  # one list for all modules
_AGE = regex.compile(r"\d+-(?:year|month)s?-old", regex.I)
_NOT_NAME_WORDS = frozenset(_WORDS["not_name_words"])
_OUTLET_ENDINGS = tuple(_WORDS["outlet_name_endings"])
_NAME_PREFIXES = frozenset(_WORDS["name_prefixes_before_capital"])
_CAPITAL_INSIDE = regex.compile(r"(?P<prefix>\p{Lu}\p{Ll}+)\p{Lu}")
_WEB_DOMAIN = regex.compile(r"\p{L}\.\p{Ll}{2,4}$")


@functools.lru_cache(maxsize=8192)
def _has_outlet_shape(word: str) -> bool:
    """`Kivunews`, `Kora.cd`, `NetBlocks`: one word shaped as an outlet's or a monitor's name,
    as no person's is (outlet_name_endings, a web domain, a capital inside the word after no
    name prefix: not `McCain`, `DiCaprio`). Cached: asked of the capitalised words of every report."""
    lower = word.lower()
    if lower.endswith(_OUTLET_ENDINGS) and any(lower.endswith(e) and len(lower) > len(e) + 1 for e in _OUTLET_ENDINGS):
        return True  # "Kivunews"; not "News" nor "Tv"
    if "." in word and _WEB_DOMAIN.search(word):
        return True
    camel = _CAPITAL_INSIDE.match(word)
    return camel is not None and camel.group("prefix") not in _NAME_PREFIXES
_DESCRIPTION_ENDINGS = frozenset(_WORDS["description_endings"])


class _NameParts(NamedTuple):
    """What a phrase says about the name in it, whoever reads it."""

    member: str | None  # `Max Seddon` of `Max Seddon of the Financial Times`
    text: str | None  # without channel nouns or articles; None for `and ...`, `or ...`
    office: str | None  # `Terekhov` of `Terekhov's office`
    role: str | None  # the title before a name
    rest: str  # the text after that title


def _without_document_number(words: list[str]) -> list[str]:
    """`OCHA Flash Update #3`, `Situation Report No. 4` (or `No` where a full stop cut the
    phrase) without the number after the document noun."""
    if len(words) > 3 and words[-2] in _NUMBER_SIGNS and words[-1].isdigit() and fold(words[-3]) in _CHANNEL_NOUNS:
        return words[:-2]
    last = words[-1] if len(words) > 2 else ""
    if (last in _NUMBER_SIGNS or last[:1] == "#" and last[1:].isdigit()) and fold(words[-2]) in _CHANNEL_NOUNS:
        return words[:-1]
    return words


@functools.lru_cache(maxsize=4096)
def _name_parts(phrase: str) -> _NameParts:
    member = _MEMBER_OF.fullmatch(phrase.strip())
    words = _without_document_number(phrase.split())
    channel = titled = False
    while len(words) > 1 and fold(words[-1]) in _CHANNEL_NOUNS and not (
            words[-1][:1].isupper() and fold(words[-1]) in _OUTLET_ENDINGS):
        words, channel, titled = words[:-1], True, words[-1][:1].isupper()  # "the Wagner statement said":
        # Wagner said; but "The Washington Post"
    while channel and len(words) > 1 and (words[-1].islower() or titled) and fold(words[-1]) in _DOCUMENT_MODIFIER_WORDS:
        words = words[:-1]  # "the ministry's weekly report", "OCHA's Flash Update": the ministry's, OCHA's;
        # but "a Kora Daily report"
    if channel and words[-1].endswith(_POSSESSIVE_ENDINGS):  # "the ministry's statement": the ministry's
        words = [*words[:-1], _POSSESSIVE_END.sub("", words[-1].replace("\u2019", "'"))]
    while words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    text = " ".join(words)
    if words and fold(words[0]) in ("and", "or"):
        return _NameParts(member and member.group("name"), None, None, None, text)
    office = _OFFICE_OF.fullmatch(text)
    title = _rules().title.match(text)
    if title and _opens_institution_name(text[title.end():]):
        title = None  # "General Staff", "General Directorate": no title before a name
    return _NameParts(member and member.group("name"), text, office and office.group("who"),
                      title.group().strip() if title else None, text[title.end():] if title else text)


def _opens_institution_name(rest: str) -> bool:
    """Whether the words after a title make it part of an institution's name: an institution
    word that is no title itself (`Staff` of `General Staff`, not `Prosecutor` of `General
    Prosecutor Ivan Petrov`)."""
    first = fold(_POSSESSIVE_END.sub("", rest.split(maxsplit=1)[0])) if rest.strip() else ""
    r = _rules()
    return first in r.heads and first not in r.titles


class _Left(NamedTuple):
    """What the words before a reporting verb say about its subject. It depends on those words
    alone, not on the report, so _read_left works it out once per distinct text; only naming
    the subject (which depends on who the report named before) runs for every verb."""

    pair: tuple[str, str] | None  # `Baza and SHOT`: two named subjects
    not_a_statement: bool  # `Washington will announce`, `Wagner's claim`
    noun_use: bool  # `repeated calls`: the verb is a plural noun if it ends in -s
    apposition: tuple[str, str] | None  # the name and description of `Andriy, a spokesman for ...,`
    subjects: tuple[tuple[str, str | None], ...]  # subject phrases, each with its appositive
    inverted: bool  # `... fast," said the governor`: the subject follows the verb
    with_place: str | None = None  # `The Health Ministry in Gaza`: the subject and the place after it
    place: str | None = None  # `Sumy` of `In Sumy, the governor` and `the governor in Sumy`
    both: bool = False  # `Both the Houthis and the coalition`: a pair of subjects, each one
    inside: str | None = None  # `sources within the RSF`: sources inside a name, or a place (`in Kora`)
    listed: tuple[str, ...] = ()  # `Israel` of `Israel, Hamas and Qatar`: names listed before `pair`


@functools.lru_cache(maxsize=8192)
def _read_left(raw_left: str) -> _Left:
    """`raw_left`: the words before the verb (_left_of). Cached: reports repeat their
    attribution phrases (`..., officials said`), and this is most of the work per verb."""
    defined = _defined_name_before(raw_left)
    if defined:  # "..., the UN agency for displaced families (UNADF) said"
        return _Left(None, False, False, None, ((defined, None),), False)
    document = _DOCUMENT_FROM_BEFORE.search(raw_left) if " from " in raw_left else \
        _DOCUMENT_CARRIED_BEFORE.search(raw_left) if " by " in raw_left or " on " in raw_left else None
    if document:  # "A statement from Hamas said", "A statement carried by state media said": its source
        return _Left(None, False, False, None, ((document.group("source"), None),), False)
    affiliated = _AFFILIATION_AT_END.search(raw_left) if " with " in raw_left else None
    if affiliated and fold(affiliated.group("head")) in _EMBEDDED_HEADS \
            and fold(affiliated.group("org").split()[-1]) in _EMBEDDING_UNITS:
        raw_left = raw_left[:affiliated.end("head")]  # "Our correspondent with the Eighth Army": the correspondent
    elif affiliated and fold(affiliated.group("head")) in _rules().heads:  # "A doctor with MSF said": MSF
        return _Left(None, False, False, None, ((affiliated.group("org"), None),), False)
    dated = _DOCUMENT_DATED_AT_END.search(raw_left) if raw_left.rstrip()[-1:].isdigit() or raw_left.endswith(
        ("year", "month", "week", "year ", "month ", "week ")) else None
    if dated:  # "A Human Rights Watch report from 1993 estimated": the report's source
        raw_left = raw_left[:dated.start()]
    agent = _PARTICIPLE_BY_AT_END.search(raw_left) if " by " in raw_left else None
    if agent:  # "Residents interviewed by Reuters said", "Hostages freed by the rebels said": the residents
        raw_left = raw_left[:agent.start()]
    who = _WHO_AT_END.search(raw_left) if raw_left.endswith(("who", "who ")) else None
    if who:  # "heard from Edem Wosornu, who said": the one before speaks
        raw_left = raw_left[:who.start()]
    if raw_left.rstrip().endswith("-"):  # "The Kora Front - a coalition of armed groups - said"
        raw_left = _DASHED_ASIDE.sub(r", \g<aside>, ", raw_left)
    raw_left = _AGE_APPOSITION.sub("", raw_left) if "," in raw_left else raw_left  # "Ahmed Hassan, 45, a farmer"
    if ", in " in raw_left:  # "The Front, in a statement issued late on Monday, said"
        raw_left = _MEDIA_CLAUSE.sub("", raw_left)
    if " by " in raw_left and "," in raw_left:  # "The RSF, led by General X, known as Y, said"
        raw_left = _BY_ASIDE.sub("", raw_left)
    both = False
    if " and " in raw_left:  # "Both Hamas and the army said": the two
        raw_left, both = _PAIR_OPENER.subn("", raw_left)
    stripped = _strip_adverbs(_without_acronyms(raw_left))
    pair = _NAMED_PAIR_BEFORE.search(_without_relative_clause(stripped)) if "and" in stripped else None
    if pair and pair.group("prep"):
        if not _is_capitalised(pair.group("before") or ""):  # "Fighting went on in Kora and Ali Musa said"
            return _Left(None, False, False, None, ((pair.group("b"), None),), False)
        pair = None
    left = _strip_adverbs(_without_place(_without_acronyms(raw_left)))
    if who and not _backward_phrase(left, object_speaks=True):  # "heard from Edem Wosornu": no place
        left = _strip_adverbs(_without_acronyms(raw_left))
    relative = _RELATIVE_CLAUSE.search(left) if _RELATIVE_CLAUSE_AT_END.match(left) else None
    if relative:  # "Morawiecki, whose government ..., thanked Scholz"
        left = _without_place(left[:relative.start()])  # "an official in X, who ...,"
    candidates = [left]
    apposition = None
    if _ENDS_IN_APPOSITION.match(left):  # "The Luhansk governor, Serhiy Haidai, said"
        candidates.append(left.rstrip(" ,"))
        named = _NAME_THEN_APPOSITION.search(left)
        if named:  # "Yevgeny Prigozhin, the leader of the Wagner group, claimed"
            candidates.append(_without_place(left[:named.end("np")]))  # "An official at the plant, ..."
            apposition = (named.group("np"), named.group("desc"))
    subjects = []
    for candidate in candidates:
        phrase = _backward_phrase(candidate, object_speaks=who is not None)
        if phrase and candidate is left:  # `The Kremlin, Ivan Petrenko said,`: no apposition
            subjects.append((phrase, None))
        elif phrase and _after_comma_or_start(candidate, phrase):  # set off by two commas
            subjects.append((phrase, _appositive(candidate, phrase)))
    bare_relative = _BARE_RELATIVE.search(left) if not candidates[1:] and " who " in left else None
    if bare_relative:  # "A resident who declined to be named said": not "the town" of "who fled the town"
        phrase = _backward_phrase(left[:bare_relative.start()])
        subjects = [(phrase, None)] if phrase else []
    qualified = (_qualified_before(left) or _inside_before(stripped)) if not candidates[1:] else None
    inside = _inside_before(stripped, named=True) if not candidates[1:] and not qualified else None
    if qualified:  # "A source close to the junta said": not "the junta"
        subjects = [(qualified, None)]
    placeless = _without_place(stripped)
    with_place = f"{subjects[0][0]}{stripped[len(placeless):]}" \
        if subjects and placeless != stripped and stripped.startswith(placeless) else None
    return _Left(
        place=_place_of_subject(stripped, subjects[0][0]) if len(subjects) == 1 else None,
        pair=(pair.group("a"), pair.group("b")) if pair else None, listed=_listed_before(stripped, pair),
        not_a_statement=bool(_MODAL_BEFORE.match(raw_left) or _NOUN_BEFORE.match(raw_left)),
        noun_use=_is_noun_use(raw_left), apposition=apposition, subjects=tuple(subjects),
        inverted=_ENDS_IN_COMMA_OR_QUOTE.match(left) is not None, with_place=with_place, both=bool(both),
        inside=inside)


def _without_relative_clause(left: str) -> str:
    """`Thailand and Cambodia, which both claim the temple,` -> `Thailand and Cambodia`: the
    subject a relative clause right before the verb describes."""
    relative = _RELATIVE_CLAUSE.search(left) if _RELATIVE_CLAUSE_AT_END.match(left) else None
    return left[:relative.start()] if relative else left


def _place_of_subject(left: str, phrase: str) -> str | None:
    """The capitalised place a subject is placed in by an opening `In Sumy,` right before it or
    an `in Sumy` right after it, without its place noun (`Sumy region`); None if none is."""
    at = left.rfind(phrase)
    if at < 0 or " in " not in f" {left.lower()}":
        return None
    m = _PLACE_BEFORE_SUBJECT.search(left, 0, at) or _PLACE_AFTER_SUBJECT.fullmatch(left, at + len(phrase))
    return m.group("place") if m else None


def _listed_before(left: str, pair: regex.Match | None) -> tuple[str, ...]:
    """The names a comma list opening the text gives before a pair (`Israel, Hamas and
    Qatar`: Israel), each a subject too; none after anything else (`In Kora, Hamas and ...`)."""
    if pair is None or "," not in left[:pair.start("a")]:
        return ()
    m = _LISTED_NAMES.fullmatch(left, 0, pair.start("a"))
    names = tuple(_LIST_COMMA.split(m.group("names"))) if m else ()
    return () if any(fold(name.split()[0]) in _PREPOSITIONS for name in names) else names  # "On Monday, ..."


def _qualified_before(left: str) -> str | None:
    """`A source close to the junta`, `aides with knowledge of the plan` ending `left`: a
    source's words and a qualifier that says how it knows (source_qualifiers), one subject."""
    m = _QUALIFIER_AT_END.search(left) if _QUALIFIER_HINT.search(left) else None
    head = (_backward_phrase(left[:m.start()]) or _qualified_only_head(left[:m.start()])) if m else ""
    return f"{head}{left[m.start():].rstrip()}" if head and (
        fold(head.split()[-1]) in _rules().heads or fold(head) in _QUALIFIED_ONLY_HEADS) else None


def _qualified_only_head(before: str) -> str:
    """`people` ending `Two people`, before a qualifier: a source only so qualified."""
    last = _LAST_WORD.match(f"{before} ")
    return last.group(1) if last and fold(last.group(1)) in _QUALIFIED_ONLY_HEADS else ""


def _inside_before(left: str, named: bool = False) -> str | None:
    """`Security sources in the army` ending `left`: an unnamed source's words and the
    institution it is inside (_is_inside), one subject. With `named`, one inside a name
    instead (`sources within the RSF`), which only the tracker can tell from a place."""
    tail = max(0, len(left) - INSIDE_CHARS)
    m = _INSIDE_AT_END.search(left, tail) if _INSIDE_HINT.search(left, tail) else None
    if m is None or not (_is_named_body(m.group("body")) if named else _is_inside(m.group("body"))):
        return None
    head = _backward_phrase(left[:m.start()])
    return f"{head}{left[m.start():].rstrip()}" if head and fold(head.split()[-1]) in _ANONYMOUS_HEADS else None


def _is_named_body(body: str) -> bool:
    """`the RSF`, `the Arakan Army`, `Hamas`: capitalised words after `in`, a name."""
    words = body.split()
    return all(map(_is_capitalised, words[1:] if fold(words[0]) == "the" else words))


def _is_inside(body: str) -> bool:
    """Whether the words after `in` name an institution a source is inside (`the ministry`,
    `the Sudanese army`): ending in an institution word, which is no place noun (`the camp`),
    and going on with no other clause (`Kora in what officials`)."""
    words = [fold(w) for w in body.split()]
    return words[-1] in _rules().heads and words[-1] not in _PLACE_NOUNS \
        and all(w not in _COMMON_WORDS or w in _NAME_JOINING_WORDS for w in words)


def _defined_name_before(left: str) -> str | None:
    """The name an acronym in brackets right before a verb defines, back to the clause's
    start, when it names an organisation: its words are the subject, lower-case ones too."""
    if ")" not in left:
        return None
    m = _DEFINED_NAME_BEFORE.search(_strip_adverbs(left))
    return m.group("name") if m and _names_organisation(m.group("name")) \
        and _abbreviates(m.group("acronym"), m.group("name")) else None


def _abbreviates(acronym: str, name: str) -> bool:
    """Capitals (`KDWA`, `FAMa`) abbreviate the name before them; a word (`Centcom`, `Unicef`)
    only a name that starts with its first letter and holds its letters in order: `KORA CITY
    (Reuters)` is a dateline, not a definition."""
    if sum(map(str.isupper, acronym)) > 1:  # `KDWA`, `FAMa`: maybe of a name in another language
        return True
    letters, word = fold(_strip_articles(fold(name))), fold(acronym)
    rest = iter(letters)
    return letters[:1] == word[:1] and all(c in rest for c in word)


def _names_organisation(name: str) -> bool:
    """`the UN agency for displaced families`, `Northern Relief Coordination Office`: headed
    by an institution word before any preposition, or a proper name."""
    words = name.split()
    if words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    of = next((i for i, w in enumerate(words) if fold(w) in _PREPOSITIONS), len(words))
    return _is_headed_by_speaker_word(words[:of]) or (bool(words) and all(
        _is_capitalised(w) or fold(w) in _NAME_JOINING_WORDS for w in words))


def _acronym_definitions(text: str) -> dict[str, str]:
    """`... the Kora District Water Authority (KDWA) ...`: each acronym in brackets and the
    organisation's name before it, as its clause words it or else as a subject reads back."""
    defined: dict[str, str] = {}
    for m in _ACRONYM_IN_PARENS.finditer(text) if "(" in text else ():
        if _DASH_AFTER.match(text, m.end()):
            continue  # "KORA CITY (AFP) -": a dateline's agency
        acronym = m.group().strip()[1:-1]
        before = text[max(0, m.start() - LEFT_CONTEXT_CHARS):m.start()]
        clause = _DEFINED_NAME_BEFORE.search(before + f" ({acronym})")
        name = clause.group("name") if clause and _names_organisation(clause.group("name")) \
            else _backward_phrase(before)
        name = _spelt_by(acronym, name) or name  # "Khalifa Haftar's Libyan National Army (LNA)"
        if name and _names_organisation(name) and fold(_strip_articles(fold(name))) != fold(acronym) \
                and _abbreviates(acronym, name):
            defined.setdefault(acronym, name)
    return defined


def _spelt_by(acronym: str, name: str) -> str | None:
    """The words of a name that its acronym's capitals spell, where words before them do not
    (`Libyan National Army` of `Khalifa Haftar's Libyan National Army (LNA)`, `Rapid Support
    Forces` of `paramilitary Rapid Support Forces (RSF)`); None where no word but an article
    comes before them, or the capitals spell no end of the name."""
    capitals = "".join(c for c in acronym if c.isupper())
    words = name.split()
    for i, word in enumerate(words):
        if "".join(w[0] for w in words[i:] if _is_capitalised(w)) == capitals and _is_capitalised(word):
            cut = words[:i]
            return " ".join(words[i:]) if cut and any(fold(w) not in _ARTICLES for w in cut) else None
    return None


def _after_descriptions(text: str) -> str | None:
    """`Houthis` of `Iran-aligned Houthis`, `International Organization for Migration` of `the
    UN's International ...`: the capitalised words after lower-case or hyphenated descriptions
    and possessives; None if none."""
    words = text.split()
    for i, w in enumerate(words):
        if _is_capitalised(w) and not ("-" in w and w.rpartition("-")[2] in _DESCRIPTION_ENDINGS
                                       or _POSSESSIVE_END.search(w)):
            return " ".join(words[i:]) if i else None
        if fold(w) in _COMMON_WORDS or fold(w) in _PREPOSITIONS:
            return None  # "the army and Houthis": no description
    return None


def _without_description_before(text: str) -> str:
    """`Syrian Observatory ...` of `Britain-based Syrian Observatory ...` or `Human Rights Watch`
    of `New York-based Human Rights Watch`: the capitalised name after a hyphenated description
    in its first words; the text itself if there is none."""
    words = text.split()
    for i, w in enumerate(words[:3]):
        if "-" in w and fold(w).rpartition("-")[2] in _DESCRIPTION_ENDINGS:
            return " ".join(words[i + 1:]) if i + 1 < len(words) and _is_capitalised(words[i + 1]) else text
    return text


def _is_noun_use(left: str) -> bool:
    """Whether the word before a verb ending in -s makes it a noun: `repeated calls`; not one
    a comma ends (`Kora, a monitoring group, estimates`)."""
    m = _LAST_WORD.match(left)
    if not m or m.group(1).endswith(","):
        return False
    key = fold(m.group(1))
    return (m.group(1).islower() and key not in _rules().heads and key not in _rules().descriptive
            and key not in _PRONOUNS and not key.endswith("al"))


def _area_of(place: Place) -> str:
    """The region a place lies in, or the place itself: a city and its region are one area."""
    return place.admin1 if place.type in ("city", "town", "village") and place.admin1 else place.name


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _with_role(speaker: Speaker, description: str) -> Speaker:
    """A person the report names without a role, with the one a description gives:
    `a spokeswoman for UNICEF, Hana Adeeb,` is Hana Adeeb, spokeswoman for UNICEF. A title
    alone says less than a description: `A spokesman for the army, Captain Ali Musa,` speaks
    as spokesman for the army."""
    if speaker.kind != "person" or speaker.role and fold(speaker.role) not in _rules().titles:
        return speaker
    description = description.strip()
    role = _ROLE_DESCRIPTION.match(description)
    if role is not None:
        worded = description[role.start("role"):].strip()
    elif _ROLE_BEFORE_NAME.fullmatch(description):  # "the army's chief spokesman", "Sudan's ..."
        worded = description.partition(" ")[2] if _THE.match(description) else description
        if fold(worded.partition(" ")[0]) in _ARTICLES and " " in worded:
            worded = worded.partition(" ")[2]  # "Its spokesman": the spokesman
    else:
        return speaker
    return Speaker(speaker.name, worded, speaker.side, speaker.kind, speaker.canonical)


def _is_role_of_place(words: Sequence[str]) -> bool:
    """`Kunduz governor`, `Nineveh provincial governor`: a lower-case office head after a
    capitalised place, one person's office; not `minister` alone nor `Prime Minister`, whose
    office is an institution of its own."""
    return len(words) > 1 and _is_capitalised(words[0]) and words[-1].islower() \
        and _OFFICE_VARIANTS.get(words[-1], words[-1]) in _OFFICE_HEADS


def _is_proper_name(words: Sequence[str]) -> bool:
    """`Central Committee of Sudanese Doctors`: capitalised words joined by `of` or `for`
    (`the`, `and` allowed too, and a word after `of the`: `Tribunal for the former Kora`), an
    organisation's name, not people unnamed; `Senior US Officials` in a headline has no such joint."""
    joints = [(i, fold(w)) for i, w in enumerate(words) if not _is_capitalised(w)]
    return bool(joints) and any(w in ("of", "for") for _, w in joints) \
        and all(w in _NAME_JOINING_WORDS or i > 1 and fold(words[i - 1]) == "the"
                and fold(words[i - 2]) in ("of", "for") for i, w in joints)


def _is_institution_for(words: Sequence[str], anonymous_heads: set[str]) -> bool:
    """`UN agency for displaced families`: the people at the end are whom an institution
    word before `for` or `of` works for, not the speaker."""
    heads = _rules().heads
    return any(fold(w) in ("of", "for") and fold(before) in heads and fold(before) not in anonymous_heads
               for before, w in zip(words, words[1:]))


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _is_name_cased(word: str) -> bool:
    """Capitalised, or a name after a lower-case particle: `al-Burhan`, `ez-Zor`."""
    if word[:1].isupper():
        return True
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle in _NAME_PARTICLES


@functools.lru_cache(maxsize=1024)
def _is_verification_note(text: str) -> bool:
    """`... could not be independently verified`: searched only where the hint finds the words.
    Cached: the pipeline asks of each sentence before attributing it, which asks again."""
    r = _rules()
    return _may_contain(r.note_hint, text) and r.note.search(text) is not None


def _without_verification_notes(text: str) -> str:
    """The text with its verification notes blanked out (same length, so spans still hold):
    `X could not verify` says nothing, but `..., but bloggers acknowledged the loss` does."""
    return _rules().note.sub(lambda m: " " * len(m.group()), text)


def _verbs_in(text: str) -> list[regex.Match | re.Match]:
    """The reporting verbs `verb.finditer` finds (in ASCII text by its twin, else the full
    pattern tried only where a verb's first word stands alone), and a toll put at a count."""
    found = _listed_verbs_in(text)
    if "put" in text and " at " in text:  # "Turkish sources put Ottoman losses at 87,000"
        put = [m for m in _PUT_AT.finditer(text) if not any(v.start() <= m.start() < v.end() for v in found)]
        if put:
            found = sorted([*found, *put], key=lambda m: m.start())
    return found


def _listed_verbs_in(text: str) -> list[regex.Match | re.Match]:
    """The reporting verbs of the data's list."""
    r = _rules()
    if text.isascii():
        return list(r.verb_in_ascii.finditer(text))
    if r.verb_start is None:
        return list(r.verb.finditer(text))
    found: list[regex.Match] = []
    for start in r.verb_start.finditer(text):
        if not found or start.start() >= found[-1].end():
            verb = r.verb.match(text, start.start())
            if verb:
                found.append(verb)
    return found


def _participles_in(text: str) -> list[re.Match]:
    """`, saying ...`, `, accusing ...` (statement_participles): the sentence's subject speaks."""
    return list(_PARTICIPLE.finditer(text)) if "ing " in text and ", " in text else []


def _with_participles_in(text: str) -> list[re.Match]:
    """`with the ministry saying ...`: an absolute clause whose subject speaks; and each one
    it goes on with (`with Kora saying 12 were killed and Lomi saying 18 died`)."""
    if not ("with " in text and "ing " in text):
        return []
    withs = list(_WITH_PARTICIPLE.finditer(text))
    found = []
    for m, end in zip(withs, [w.start() for w in withs[1:]] + [len(text)]):
        found.append(m)
        found += _AND_PARTICIPLE.finditer(text, m.end(), end)
    return found


def _beliefs_in(text: str) -> list[re.Match]:
    """`believes`, `fears` (belief_verbs) followed by a claim's clause: a word of
    claim_clause_words within its first words (`believes the strike was deliberate`, `what
    Israel believes is a depot`; `fears renewed attacks` is no claim)."""
    for word in _BELIEF_WORDS:  # most sentences hold none: substring tests are the cheapest
        if word in text:
            return [m for m in _BELIEF_VERB.finditer(text) if _CLAIM_AFTER.match(text, m.end())]
    return []


def _opening_subject(clause: str) -> str | None:
    """The subject opening a clause, if it is a source's words (names, institution and
    descriptive words, possessives) right before a lower-case word that is no preposition or
    function word, its verb: `President Ali Musa` of `President Ali Musa suspended talks`, after
    an opening phrase (`In Kora, `, `Speaking to reporters, `)."""
    r = _rules()
    opening = _OPENING_PHRASE.match(clause)  # "In Kora, ", "Speaking to reporters, "
    words = clause[opening.end() if opening else 0:].split()
    subject: list[str] = []
    for w in words:
        key = fold(w)
        if not subject and key in ("the", "a", "an") or _is_name_cased(w) or key in r.heads \
                or key in r.descriptive or (subject and key in ("of", "for")) or _POSSESSIVE_END.search(w):
            subject.append(w)
        else:
            break
    verb = words[len(subject)] if len(subject) < len(words) else ""
    if not subject or not verb.islower() or not verb.isalpha() or fold(verb) in _PREPOSITIONS \
            or fold(verb) in _COMMON_WORDS or any(not w[-1].isalnum() for w in subject):
        return None
    last = subject[-1]
    return " ".join(subject) if _is_capitalised(last) or fold(last) in r.heads else None


def _passive_subject(before: str) -> str:
    """The last word before a passive verb and its forms of `to be`, folded: `hostages` of
    `The hostages were`."""
    words = before.split()
    while words and fold(words[-1]) in _PASSIVE_AUXILIARIES:
        words.pop()
    return fold(words[-1]) if words else ""


def _asked_verb(text: str, label: regex.Match | None, verbs: Sequence[regex.Match]) -> int | None:
    """Where the verb a question asks about starts, when the question (or what follows its
    label: "Mr. Lomi: Will the Minister confirm ...?") opens with an auxiliary."""
    opening = _QUESTION_OPENING.match(text, label.end("label") + 1 if label else 0)
    if opening is None:
        return None
    verb = next((m for m in verbs if m.start() >= opening.end()), None)
    return verb.start() if verb and "," not in text[opening.end():verb.start()] else None  # not "Is it
    # true, as the army said, that ...?"


def _sources_in(text: str) -> list[regex.Match]:
    """The `according to` cues `source.finditer` finds, a `per` citing a source and an
    inverted `read` before a document; none where no cue's words occur."""
    r = _rules()
    found = list(r.source.finditer(text)) if _may_contain(r.source_hint, text) else []
    lowered = text.lower()
    if any(opener in lowered for opener in r.foreign_source_openers):  # "selon le", "según la"
        found.extend(r.foreign_source.finditer(text))
        found.sort(key=regex.Match.start)
    if "er " in text and ("per " in text or "Per " in text):
        found.extend(_PER_SOURCE.finditer(text))
        found.sort(key=regex.Match.start)
    if " read " in text:
        found.extend(_READ_DOCUMENT.finditer(text))
        found.sort(key=regex.Match.start)
    if " by " in text and any(giver in lowered for giver in _FIGURE_GIVERS_BY):  # "the toll was given by"
        found.extend(_GIVEN_BY.finditer(text))
        found.sort(key=regex.Match.start)
    return found


def _without_abbreviation_dots(text: str) -> str:
    """`U.S. officials` -> `US officials`."""
    return _ABBREVIATION_DOTS.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text


def _without_place(left: str) -> str:
    """`Officials in Kherson` -> `Officials`; `A doctor at the hospital in Kora` -> `A doctor`;
    `Troops deployed in Kora` -> `Troops`: a participle placing the source goes with the place."""
    placed = left
    for _ in range(2):
        if not _PLACE_AFTER_SPEAKER_AT_END.match(left):
            break
        left = _PLACE_AFTER_SPEAKER.sub("", left)
    return _PLACING_PARTICIPLE.sub("", left) if left is not placed and left.endswith("ed") else left


def _without_acronyms(text: str) -> str:
    """`the Armed Forces (ZSU)` -> `the Armed Forces`."""
    return _ACRONYM_IN_PARENS.sub("", text) if "(" in text else text


@functools.lru_cache(maxsize=1024)
def _strip_adverbs(left: str) -> str:
    """`The military on Thursday` -> `The military`; the comma that closes an apposition
    stays (`Ali Musa, the head of X, has` -> `Ali Musa, the head of X,`), one that only opens
    an adverb's pair goes (`The army, meanwhile,`). A comma after the adverb stays where no
    subject opening its clause stands before it (`Ships were hit, on Monday,`): it marks an
    inverted verb (`..., on Monday, said the Houthis`). Cached: a verb's subject is looked
    for twice; and adverbs are rare, so one match backwards from the end settles most texts."""
    r = _rules()
    if not _may_end_in_adverb(left) or not r.adverbs_at_end.match(left):
        return left.rstrip()
    pattern = r.adverbs
    while True:
        m = pattern.search(left)
        if not m or m.start() == m.end():
            return left.rstrip()
        before, closes = left[:m.start()], m.group().rstrip().endswith(",")
        closes_apposition = m.group().startswith(",") and not closes
        left = before + ("," if closes_apposition or closes and not _opens_with_subject(before) else "")


def _opens_with_subject(text: str) -> bool:
    """Whether the text ends in a subject that opens its clause (_backward_phrase,
    _after_comma_or_start) or follows a quote: `The army`, `In Kora, the army`, `"...," the
    commander`; not `Ships were hit in Kora`."""
    phrase = _backward_phrase(text)
    text = text.rstrip()
    return bool(phrase) and (_after_comma_or_start(text, phrase) or text[:len(text) - len(phrase)].rstrip().endswith('"'))


@functools.lru_cache(maxsize=4096)
def _backward_phrase(left: str, object_speaks: bool = False) -> str:
    """The subject right before a verb: names, titles, possessives and institution words.

    Empty when the words are the object of a preposition (`across Ukraine`), not a subject,
    unless `object_speaks`: a relative pronoun points back at it (`heard from X, who said`).
    """
    r = _rules()
    if " by " in left:  # "M23 rebels backed by Rwanda said": the rebels, not their backer
        agent = _AGENT_BEFORE_VERB.search(left) or _MEANS_BEFORE_VERB.search(left)
        left = left[:agent.start()] if agent else left
    remit = _REMIT_AT_END.search(left) if " on " in left or " for " in left else None
    if remit and fold(remit.group("head")) in _REMIT_HEADS \
            and _NOT_REMIT_WORDS.isdisjoint(remit.group("remit").split()):  # "the UN special rapporteur on torture"
        head = _backward_phrase(left[:remit.start("remit")], object_speaks)
        return f"{head} {remit.group('remit')}" if head else ""
    accredited = _ACCREDITED_AT_END.search(left) if " to " in left else None
    if accredited and fold(accredited.group("head")) in _ACCREDITED_HEADS:  # "Kora's ambassador to the UN"
        head = _backward_phrase(left[:accredited.start("to")], object_speaks)
        return f"{head} {accredited.group('to')}" if head else ""
    taken: list[str] = []
    end = len(left.rstrip())
    stopped_at = None
    for m in _WORD_FROM_END.finditer(left):
        if left[m.end():end].strip():
            break
        w = m.group()
        key = fold(w.rstrip("."))
        if key in _ARTICLES or key in _PRONOUNS:
            if not taken or key in _ARTICLES:
                taken.insert(0, w)
            if key in _ARTICLES and taken and (_OF_BEFORE.match(left[:m.start()]) or _is_head_and(left[:m.start()])):
                # "department of the Kramatorsk city council", "The Kora army and the Valley Front"
                end = m.start()
                continue
            break  # "the ministry", "it": nothing before them belongs to the subject
        if key in ("of", "for", "and") and taken or key == "to" and taken and _is_capitalised(taken[0]) \
                and _CAPITALISED_BEFORE.match(left[:m.start()]):  # "Group to Support Islam"
            taken.insert(0, w)
        elif w in _NAME_JOINERS and taken and (_is_name_cased(taken[0]) or taken[0] in _NAME_JOINERS) \
                and _in_name_before(left[:m.start()]):
            taken.insert(0, w)  # "de la" of "Juan Carlos de la Cruz"
        elif not taken and w.isdigit() and _is_media_head_before(left[:m.start()]):
            taken.insert(0, w)  # "Channel 12 reported": the outlet's number is its name's
        elif taken and _ORDINAL.fullmatch(w) and _is_unit_number(taken, left[:m.start()]):
            taken.insert(0, w)  # "the 3rd Brigade said": a unit's number is its name's
        elif key in _PREPOSITIONS and not left[:m.start()].strip():
            stopped_at = key  # "Despite army claims", capitalised to open a sentence
            break
        elif _is_name_cased(w) or key in r.heads or key in r.descriptive or key.endswith(("'s", "s'")) \
                or key.rpartition("-")[2] in _DESCRIPTION_ENDINGS and "-" in key \
                or (key.endswith(("al", "ic")) and len(key) > 4 and taken) \
                or (taken and _is_noun_modifier(key, _POSSESSIVE_END.sub("", fold(taken[0])))) \
                or _is_object_modifier(key, left[:m.start()]):  # "of the besieged province"
            taken.insert(0, w)
        elif key in _TIME_ADJECTIVES and taken and _ends_in_possessive(left[:m.start()]):
            pass  # "Syria's new interior ministry": the state's ministry, as it is now
        elif not taken and key in _CHANNEL_NOUNS or len(taken) == 1 and fold(taken[0]) in _CHANNEL_NOUNS \
                and key in _DOCUMENT_MODIFIER_WORDS:
            taken.insert(0, w)  # "the UNICEF (weekly) report said": its source speaks (_name_parts)
        else:
            stopped_at = key
            break
        end = m.start()
        if len(taken) >= MAX_SPEAKER_WORDS:
            break
    while taken and fold(taken[0]) in ("of", "for", "and"):
        taken.pop(0)
    if stopped_at in _PREPOSITIONS and not object_speaks:
        return ""
    return " ".join(taken)


_PREPOSITIONS = frozenset(_WORDS["prepositions"])
_QUALIFIED_ONLY_HEADS = frozenset(_WORDS["qualified_only_heads"])
_PLURAL_NAME_ARTICLES = frozenset(_WORDS["plural_name_articles"])
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_BRANCH_OF = regex.compile(r"(?P<known>.+\S)-\p{Lu}\p{Ll}+")  # a name, a hyphen and its branch's place
# An office's remit in lower case after its head, before the verb: "rapporteur on torture".
_REMIT_HEADS = frozenset(_WORDS["remit_heads"])
_NOT_REMIT_WORDS = frozenset(_WORDS["not_remit_words"])
_REMIT_AT_END = regex.compile(r"(?<!\p{L})(?P<head>\p{L}+)\s+(?P<remit>(?:on|for)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}\p{Ll}+)\s*$",
                              regex.REVERSE)  # matched from the end: no scan of the whole text
# An envoy and the state or body it is sent to, before the verb: "the ambassador to the UN".
_ACCREDITED_HEADS = frozenset(_WORDS["accredited_heads"])
_ACCREDITED_AT_END = regex.compile(r"(?<!\p{L})(?P<head>\p{L}+)\s+(?P<to>to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){0,3}"
                                   r"\p{Lu}[\p{L}'-]*)\s*$", regex.REVERSE)  # matched from the end
_JOINED = re.compile(r"\s(?:the|and|&)\s", re.IGNORECASE)  # inside a name: "Save the Children"
JOINED_NAME_CHARS = 80  # the longest such name looked back for before a verb
INSIDE_CHARS = 80  # the longest `in the ...` after a source looked back for before a verb
_MEANS_BEFORE_VERB = regex.compile(  # "Residents reached by phone said": the residents
    rf"(?<=\S)\s+\p{{Ll}}+(?:ed|ing)\s+by\s+(?:{_in_order(_WORDS['means_of_speaking'])})\s*$")
_AGENT_BEFORE_VERB = regex.compile(  # "backed by Rwanda" between a subject and its verb
    rf"(?<=\S)\s+(?:{_in_order(_WORDS['description_endings'])})\s+by\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}'-]*\s*){{1,4}}$")
_QUALIFIERS = _in_order(_WORDS["source_qualifiers"])
_QUALIFIER_HINT = re.compile(_prefix_tree(_WORDS["source_qualifiers"]))
_QUALIFIER_AT_END = regex.compile(rf"\s+(?:{_QUALIFIERS})\s+(?:[\p{{L}}\p{{N}}'.-]+\s+){{0,5}}[\p{{L}}\p{{N}}'.-]+\s*$")
_OPENING_PHRASE = regex.compile(r"(?:(?:In|At|On|From|After|Before|During|Meanwhile|Later|Earlier)\b|\p{Lu}\p{Ll}+ing\b)"
                                r"[^,\"]{0,60},\s+")
_NAME_JOINING_WORDS = frozenset(("of", "the", "for", "and"))  # inside an institution's name, not a person's
_LABEL_CHARS = 60  # the longest headline label before its colon: "Ministry of Defence of the Russian Federation:"
_LABEL = regex.compile(rf"(?P<label>[^:\"]{{2,{_LABEL_CHARS}}}):\s+\S")
_BELIEF_VERB = re.compile(rf"(?<![\w'-]){_prefix_tree(_WORDS['belief_verbs'])}(?![\w'-])")
# The belief verbs no other one holds ("fear" of "fears"): every match holds one of them.
_BELIEF_WORDS = tuple(w for w in _WORDS["belief_verbs"] if not any(o != w and o in w for o in _WORDS["belief_verbs"]))
_CLAIM_AFTER = re.compile(rf"\s+(?:[^\s,.;:]+\s+){{0,6}}?(?:{_in_order(_WORDS['claim_clause_words'])})\b")
_PARTICIPLE = re.compile(rf",\s+(?:{_in_order(_WORDS['statement_participles'])})\b")
_WITH_PARTICIPLE = re.compile(rf"\bwith\s+(?P<who>[^,;:()\"]{{2,80}}?)\s+(?P<verb>{_in_order(_WORDS['statement_participles'])})\b")
_AND_PARTICIPLE = re.compile(  # "... and Lomi saying", after a with-clause
    rf"\s+and\s+(?P<who>[^,;:()\"]{{2,40}}?)\s+(?P<verb>{_in_order(_WORDS['statement_participles'])})\b")
_QUALIFIER_INSIDE = regex.compile(rf"\s+(?:{_QUALIFIERS})\s+")
_INSIDE = _in_order(_WORDS["inside_prepositions"])
_INSIDE_HINT = re.compile(rf"\s(?:{_INSIDE})\s")  # the stdlib engine: a cheap first test
_INSIDE_BODY = r"(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+"  # "the Sudanese army" after `in`
_INSIDE_AT_END = regex.compile(rf"\s+(?:{_INSIDE})\s+(?P<body>{_INSIDE_BODY})\s*$")
_SOURCE_INSIDE = regex.compile(rf"(?P<head>\S.*?)\s+(?P<inside>(?:{_INSIDE})\s+(?P<body>{_INSIDE_BODY}))")
_PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
_CLOSING_SOURCE_HEADS = frozenset(_WORDS["closing_source_heads"])
_VESSEL_PREFIXES = frozenset(fold(p) for p in _WORDS["vessel_prefixes"])
_ANONYMOUS_HEADS = frozenset(_WORDS["anonymous_heads"])  # the shipped ones: where no lexicon is at hand
_QUALIFIED_SOURCE = regex.compile(rf"(?P<head>\S.*?)\s+(?P<qualifier>(?:{_QUALIFIERS})\s+\S.*)")
_TIME_ADJECTIVES = frozenset(_WORDS["time_adjectives"])
_POSSESSIVE_ENDINGS = ("'s", "s'", "\u2019s", "s\u2019")
_NAME_PARTICLES = frozenset(_WORDS["name_particles"])
_NAME_SUFFIXES = frozenset(_WORDS["name_suffixes"])
_POSSESSIVE_INSIDE = re.compile(r"\w(?:'|\u2019)s\s")
_NAME_BEFORE_POSSESSIVE = regex.compile(r"(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:'|\u2019)s\s")
_DOUBLED_LETTER = re.compile(r"(\w)\1+")
_NAME_JOINERS = frozenset(_WORDS["name_joiners"])
_NAMING_HEADS = frozenset(_WORDS["naming_heads"])
_HEAD_AND_BEFORE = regex.compile(r"(?P<head>\p{L}[\p{L}\p{N}]*)\s+and\s+$", regex.REVERSE)
_CLAUSE_OPENS = regex.compile(r"(?:.*[,;:(\"\u201c])?\s*(?:(?i:the)\s+)?"  # nothing of the clause before,
                              r"(?:\p{Lu}[\p{L}'-]*\s+(?:(?:of|for|the)\s+)*)*$", regex.S)  # but a name's words


def _is_unit_number(taken: Sequence[str], before: str) -> bool:
    """Whether an ordinal opens the capitalised name after it (`the 22nd Mechanized Brigade`),
    not a date's day (`on May 5th Russian officials`)."""
    last = _LAST_WORD.match(before)
    return all(map(_is_capitalised, taken)) and not (last and fold(last.group(1)) in _NOT_NAME_WORDS)


def _ends_in_possessive(before: str) -> bool:
    m = _LAST_WORD.match(before)
    return m is not None and m.group(1).endswith(_POSSESSIVE_ENDINGS)


def _is_media_head_before(before: str) -> bool:
    """Whether `before` ends in a capitalised naming head (`Channel`, `Radio`), whose number
    after it is part of an outlet's name: `Channel 12`."""
    m = _CAPITALISED_BEFORE.match(before)
    return m is not None and fold(m.group().strip()) in _NAMING_HEADS


def _is_numbered_outlet(words: Sequence[str]) -> bool:
    """`Channel 12`, `Kora's Channel 9`: capitalised words and a number after a naming head."""
    return len(words) > 1 and words[-1].isdigit() and fold(words[-2]) in _NAMING_HEADS \
        and all(map(_is_capitalised, words[:-1]))


def _name_after_naming_head(words: Sequence[str]) -> str | None:
    """`rights group Kora Watch` -> `Kora Watch`: capitalised words after a lower-case naming
    head (naming_heads) are the institution's name, even when the name ends in an institution
    word of its own (`Watch`, `Initiative`) and so reads as no person's."""
    numbered = words[-1].isdigit()  # "the broadcaster Channel 13"
    for i in range(len(words) - 2, -1, -1):
        if not _is_capitalised(words[i + 1]) and not (numbered and i == len(words) - 2):
            return None
        if words[i] in _NAMING_HEADS:
            return " ".join(words[i + 1:])
    return None


def _has_remit(words: Sequence[str]) -> bool:
    """`UN special rapporteur on torture`: an office's head, then `on` or `for` and its remit;
    or an envoy's, then `to` and where it is sent (`ambassador to the UN`)."""
    return any(i and i < len(words) - 1 and (
        w in ("on", "for") and fold(words[i - 1]) in _REMIT_HEADS and _NOT_REMIT_WORDS.isdisjoint(words[i + 1:])
        or w == "to" and fold(words[i - 1]) in _ACCREDITED_HEADS) for i, w in enumerate(words))


def _before_remit(words: list[str]) -> list[str]:
    """The words before `for` or `on` (`UN humanitarian coordinator for Sudan`), or `to` after an
    envoy: what follows names an office's remit or where it is sent, not the side it speaks for."""
    at = next((i for i, w in enumerate(words) if i and (
        w in ("for", "on") or w == "to" and fold(words[i - 1]) in _ACCREDITED_HEADS)), len(words))
    return words[:at]


def _is_plural(name: str) -> bool:
    """`residents`, `local officials`, `Kora police`: a subject a plural verb agrees with."""
    last = fold(name.split()[-1]) if name.split() else ""
    return last.endswith("s") and not last.endswith("ss") or last in _PLURAL_NOUNS


_PLURAL_NOUNS = frozenset(w for w, one in load_toml("figures.toml")["plurals"].items() if w != one)


def _name_before_naming_head(words: Sequence[str]) -> str | None:
    """`Kora Times newspaper` -> `Kora Times`, `the Emergency Lawyers monitoring group` ->
    `Emergency Lawyers`: a name of two or more capitalised words before lower-case words that
    end in a naming head (naming_heads) is the institution's name, as other sentences word it
    (`Russian state television` has none: one capitalised word is no such name)."""
    if len(words) < 3 or words[-1] not in _NAMING_HEADS:
        return None
    start = len(words) - 1
    while start > 0 and words[start - 1].islower() and len(words) - start < 2:
        start -= 1
    name = words[:start]
    capitalised = sum(map(_is_capitalised, name))
    named = capitalised >= 2 and all(_is_capitalised(w) or fold(w) in _COMMON_WORDS for w in name)
    return " ".join(name) if named and _is_capitalised(name[0]) else None


def _acronym_after_description(words: Sequence[str]) -> str | None:
    """`UNKM` of `the UN peacekeeping mission UNKM`, `the paramilitary KDF`: an acronym right
    after a lower-case institution or descriptive word is the institution's name; not one
    that is itself a head word (`state TV`, `a local NGO`)."""
    if len(words) < 2 or not _is_acronym(words[-1]) or _is_capitalised(words[-2]) \
            or fold(words[-1]) in _rules().heads:
        return None
    before = fold(words[-2])  # not a person's role: "the army spokesman AM" may be initials
    described = "-" in before and before.rpartition("-")[2] in _DESCRIPTION_ENDINGS  # "the junta-run KTV"
    return words[-1] if (before in _rules().heads or before in _rules().descriptive or described) \
        and before not in _DESCRIBED_ROLES else None


def _is_head_and(before: str) -> bool:
    """Whether `before` ends in an institution word and `and`, or opens its clause with a name
    and `and`: `The Kora army and`, `Hamas and` (not `seized Kora and`), so the article after it
    opens a second subject."""
    m = _HEAD_AND_BEFORE.match(before) if before.endswith("and ") else None
    if m is None:
        return False
    head = m.group("head")
    return fold(head) in _rules().heads or _is_capitalised(head) and _CLAUSE_OPENS.match(before, 0, m.start())


def _in_name_before(before: str) -> bool:
    """Whether the word before a name joiner may be part of a name: capitalised, after a
    particle (`al-Rahman` of `Abd al-Rahman bin Saleh`) or a joiner."""
    m = _LAST_WORD.match(before)
    return m is not None and (_is_name_cased(m.group(1)) or m.group(1) in _NAME_JOINERS)


_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}'-]*\s+$", regex.REVERSE)
_OF_BEFORE = regex.compile(r"(?:[\p{Lu}][\p{L}'-]*|\b[a-z]+)\s+(?P<of>of|for)\s+$", regex.REVERSE)
_OF_OBJECT_BEFORE = regex.compile(r"\b(?:of|for)\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$",
                                  regex.REVERSE)
# No article before a person: `The Federal Bureau of ...` names no member.
_MEMBER_OF = regex.compile(r"(?!(?:The|A|An)\s)(?P<name>(?:\p{Lu}[\p{L}'-]+(?<!'s)\s+){1,3}\p{Lu}[\p{L}'-]+)\s+(?:of|at|from)\s+"
                           r"(?:the\s+)?\p{Lu}.*")
# A source signing a headline or post after a closing dash: "2 injured - Syniehubov".
# A headline's or post's closing source after a dash or colon: "... - ISPR", "...: police";
# not a photo's credit ("Image: Ali Musa/AFP").
_SIGNATURE = regex.compile(r"(?:\s-|(?<=\S\s+\S+\s+\S+):)\s(?P<who>\p{L}[^-.;:!?\"()/]{1,60}?)[.!]?\s*$")
_DATE_ONLY = regex.compile(  # "Jan 9, 2025", "Thursday 9 January 2025": nothing but a day
    r"\W*(?:\p{Lu}\p{Ll}{1,8}\.?,?\s+|\d{1,2}(?:st|nd|rd|th)?,?\s+)*(?:19|20)\d{2}\W*$")
_SOURCE_LINE = regex.compile(r"^\s*Sources?\s*:\s*(?P<list>.+)$", regex.I)
_CREDIT_LINE = regex.compile(rf"\b(?:{phrase_alternation(_WORDS['credit_line_words'])})\b", regex.I)
_QUOTING_VERBS = tuple(_WORDS["quoting_verbs"])
_QUOTED_PASSIVE = regex.compile(r"(?<=\S\s)(?:was|were|is|are)\s+(?:also\s+)?quoted\s+(?:by\s+[^,;:\"]{1,60}?\s+)?"
                                r"as\s+(?:saying|telling|writing)\b")
_QUOTED_AS = regex.compile(r"\b(?:" + _in_order(_QUOTING_VERBS) + r")\s+(?!by\s)(?P<who>(?:(?:the|an?)\s+)?(?:[\p{L}'.-]+\s+){0,4}[\p{L}'-]+)"
                           r"\s+as\s+(?:saying|telling|writing)\b")


# Each pattern is tried only where its literal words occur: most sentences have none.
def _source_line(text: str) -> regex.Match | None:
    """`Source: Ihor Taburets, Head of ...`; not a page's credit line (`Source: Al Jazeera and
    news agencies`)."""
    m = _SOURCE_LINE.match(text) if ":" in text else None
    return None if m is None or _CREDIT_LINE.search(m.group("list")) else m


_STATEMENT_HEADER = regex.compile(rf"^\W*(?:{phrase_alternation(_WORDS['statement_headers'])})\b", regex.I)
_ISSUER_LINE = regex.compile(_STATEMENT_HEADER.pattern + r"\s+(?:issued\s+)?(?:by|of|from)\s+"
                             r"(?P<who>[^.;:!?\"]{3,150}?)\W*$", regex.I)


# An institution's name before the header word, or alone: "Russian Defence Ministry briefing",
# "Air Force of the Armed Forces of Ukraine" (a channel's name over its post).
_ISSUER_BEFORE_HEADER = regex.compile(
    rf"^\W*(?:the\s+)?(?P<who>[^.;:!?\"]{{2,80}}?)(?:\s+"
    rf"(?i:{phrase_alternation([*_WORDS['statement_headers'], *_WORDS['headers_after_issuer']])}))?\W*$")


# A header's date, channel or number after its words: "..., 14 October 2024", "... - March 3,
# 2025", "... (Telegram), 14.10.2024", "... | 14 October 2024", "... (Telegram)", "... No PR-214/2025".
_HEADER_DATE_TAIL = regex.compile(
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:,|\s[-\u2013\u2014|]\s|\|)\s*[\w .,/]{0,24}?\b(?:19|20)\d{2}\W*$"
    r"|\s*\([^()\n]{1,30}\)\W*$"
    r"|\s+(?:No\.?|Nr\.?|#)\s*[\w./-]{1,20}$")


_CAPITALISED_NAME = regex.compile(r"\p{Lu}[\p{L}'\u2019.\-]*(?:\s+(?:(?:of|the|for|and)\s+)*\p{Lu}[\p{L}'\u2019.\-]*)+")


def opens_a_statement(text: str, lexicon: SpeakerLexicon | None = None) -> bool:
    """Whether a report's first line says it is an official statement (`Statement by the
    Ministry of Defence`, `Communique: ...`, with the lexicon also `IDF statement`): its issuer
    then speaks what no one else says."""
    return _STATEMENT_HEADER.match(text) is not None or (
        lexicon is not None and _issuer_before_header(text, lexicon) is not None)


def _issuer_line(text: str) -> regex.Match | None:
    """`Statement by the Ministry of Defence of Kora`: a header naming its issuer."""
    return _ISSUER_LINE.match(text) if len(text) < 200 and opens_a_statement(text) else None


def _issuer_before_header(text: str, lexicon: SpeakerLexicon) -> regex.Match | None:
    """`Russian Defence Ministry briefing`, `IDF statement`, `Air Force of the Armed Forces of
    Ukraine`: a header naming a known institution, before its word or alone; not `Russia
    rejects UN statement`, whose words before it are no one's name. An unknown one's name of
    capitalised words ending in an institution's noun, with a date or channel after it."""
    if len(text) >= 100:
        return None
    tail = _HEADER_DATE_TAIL.search(text)  # `..., 14 October 2024`, `(Telegram)`
    m = _ISSUER_BEFORE_HEADER.match(text[:tail.start()] if tail else text)
    if m is None:
        return None
    who = fold(m.group("who"))
    if who in lexicon.institutions:
        return m
    # A channel's name over its post, dated: "Kora Regional Military Administration (Telegram)"
    named = tail is not None and _CAPITALISED_NAME.fullmatch(m.group("who")) is not None
    return m if named and who.rsplit(" ", 1)[-1] in lexicon.institution_nouns else None


def _quoted_by_others(text: str) -> list[regex.Match]:
    """`was quoted (by X) as saying`: the subject spoke; the one quoting only relays it."""
    return list(_QUOTED_PASSIVE.finditer(text)) if " quoted " in text else []


def _quoted_as(text: str) -> list[regex.Match]:
    return list(_QUOTED_AS.finditer(text)) if any(map(text.__contains__, _QUOTING_VERBS)) else []


def _titled_names(text: str) -> list[regex.Match]:
    return list(_TITLED_NAME.finditer(text)) if _NAMING_TITLE_HINT.search(text) else []


def _is_noun_modifier(word: str, head: str) -> bool:
    """A lower-case noun right before an institution word: `refugee agency`, `rescue service`."""
    return (head in _rules().heads and word.isalpha() and len(word) > 2
            and word not in _PREPOSITIONS and word not in _COMMON_WORDS and word not in _ARTICLES
            and not word.endswith(("ed", "ly", "ing")) and not _rules().verb.fullmatch(word))


def _is_object_modifier(word: str, before: str) -> bool:
    """A lower-case word inside the object of a role's `of` or `for`: `besieged` in `the
    governor of the besieged province` (`before`: the text before the word)."""
    return (word.replace("-", "").isalpha() and word not in _PREPOSITIONS and word not in _COMMON_WORDS
            and not _rules().verb.fullmatch(word) and _OF_OBJECT_BEFORE.match(before) is not None)


def _forward_phrase(text: str, start: int) -> str:
    """The source after `according to` or an inverted `said`: up to punctuation or a clause."""
    m = _UP_TO_PUNCTUATION.match(text, start)
    if not m:
        return ""
    phrase = _SOURCE_OF.sub("", m.group("p").strip())
    if " by " in phrase:  # "a tally of hospital data compiled by Reuters": Reuters made it
        made = _DOCUMENT_MADE_BY.match(phrase)
        phrase = phrase[made.end():] if made else phrase
    qualifier = _QUALIFIER_INSIDE.search(phrase) if _QUALIFIER_HINT.search(phrase) else None
    if qualifier:  # "officials briefed on the talks": the qualifier's `on` ends no clause
        source = phrase[:qualifier.start()]
        if _PHRASE_END.search(source) is None:
            return f"{source}{qualifier.group()}{_PHRASE_END.split(phrase[qualifier.end():], maxsplit=1)[0]}".strip()
    inside = _SOURCE_INSIDE_OPENING.match(phrase) if _INSIDE_HINT.search(phrase) else None
    if inside and _is_inside(inside.group("body")) and _PHRASE_END.search(inside.group("head")) is None \
            and fold(inside.group("head").split()[-1]) in _ANONYMOUS_HEADS:
        return inside.group().strip()  # "sources in the army": the `in` ends no clause
    return _PHRASE_END.split(phrase, maxsplit=1)[0].strip()


_UP_TO_PUNCTUATION = regex.compile(r"\s*(?P<p>[^,;:()\"]+)")
# "Per OCHA, 1.7 million fled", "..., per the ministry.": `per` cites a source only where it
# opens the sentence or follows a comma and its phrase closes the clause (not "40 per day").
_PER_SOURCE = regex.compile(r"(?:^|,\s+)(?:[Aa]s\s+)?[Pp]er\s+(?=[^\s\d,;:][^,;:]*(?:,|[.!]?\s*$))")
_DOCUMENTS = _in_order(_WORDS["source_documents"])
# '"...," read a statement from the army': the document's issuer speaks, after a quote or comma.
_READ_DOCUMENT = regex.compile(rf'(?:"|,)\s+read\s+(?=(?:(?:a|an|the)\s+)?(?:\S+\s+)?(?:{_DOCUMENTS})\b)')
_DOCUMENT_FROM_BEFORE = regex.compile(  # "A statement from the Taliban" opening the clause before its verb
    rf"(?:^|,\s+)(?i:(?:a|an|the)\s+)?(?:\p{{Ll}}+\s+)?(?i:{_DOCUMENTS})\s+from\s+"
    rf"(?P<source>(?:the\s+)?{_PROPER_NAME})\s*$")
_DOCUMENT_CARRIED_BEFORE = regex.compile(  # "A statement carried by state media", "a communique read on state radio"
    rf"(?:^|,\s+)(?i:(?:a|an|the)\s+)?(?:\p{{Ll}}+\s+)?(?i:{_DOCUMENTS})\s+(?:{_in_order(_WORDS['document_carriers'])})"
    rf"\s+(?:by\s+(?P<source>(?:[\p{{L}}'-]+\s+){{0,4}}[\p{{L}}'-]+)"
    rf"|on\s+(?P<source>(?:[\p{{L}}'-]+\s+){{0,3}}(?i:{_in_order(_WORDS['broadcast_media'])})))\s*$")
# "a statement from", "figures released by", "a Telegram post by", "a statement posted on X by"
_SOURCE_OF = regex.compile(rf"^(?:by\s+|(?:the\s+|an?\s+)?(?:(?:{_in_order(_WORDS['document_modifiers'])})\s+)?"
                           rf"(?:(?-i:\p{{Lu}})\S*\s+)?(?:{_DOCUMENTS})\s+(?:\w+\s+(?:on\s+(?-i:\p{{Lu}})\S*\s+)?)?"
                           r"(?:from|by|of)\s+)", regex.I)
_FIGURE_GIVERS_BY = tuple(f"{giver} by " for giver in _WORDS["figure_givers"])
_GIVEN_BY = regex.compile(  # "The toll of 40 was given by", "Figures provided by": the source follows
    rf"(?<![\p{{L}}'-])(?i:{_in_order([*_WORDS['source_documents'], *_WORDS['given_figures']])})"
    rf"(?:\s+of\s+[\d,.]+)?(?:\s+(?i:was|were|is|are|has\s+been|have\s+been|had\s+been))?"
    rf"\s+(?:{_in_order(_WORDS['figure_givers'])})\s+by\s+")
_DOCUMENT_MADE_BY = regex.compile(rf"^[^,;]*?\b(?:{_DOCUMENTS})\s+\p{{Ll}}+ed\s+by\s+(?=\S)", regex.I)
# A document the source made, after its name: "the latest UN figures", "a Reuters tally".
_DOCUMENT_MODIFIER_WORDS = frozenset(_WORDS["document_modifiers"])
_TRANSCRIPT_LABELS = frozenset(_WORDS["transcript_labels"])
_PAGE_LABELS = frozenset(_WORDS["page_labels"])
_DEFINITE_SOURCE_AFTER = regex.compile(r",\s+the\s+(?:\p{Ll}+\s+){1,3}?(?:said|says|added|reported|told)\b")  # ", the charity said"
_RETWEET = re.compile(r"^\s*RT\s+(?=@)")  # "RT @IDF": the retweeted account's post
_POST_AUTHOR = regex.compile(r"^\s*(?P<name>[^()@]+?)\s*\(@\w+\)(?:\s*[\u00b7\u2022|-].*)?$")  # "UNRWA (@UNRWA) · 12 Feb"
_QUESTION_OPENING = regex.compile(rf"\s*(?i:{_in_order(_WORDS['question_auxiliaries'])})\s+")
_LEADING_SYMBOLS = regex.compile(r"^[^\p{L}\p{N}(]+")  # emoji and marks opening a post's label
_BRACKETED_LABEL = regex.compile(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)")  # a parliament's answer: who, and in brackets
_THREAD_NUMBER = re.compile(r"\(?\d{1,2}/\d{0,2}\)?\s+")  # "3/5 ", "(2/7) ", "1/ " opening a thread's post
_CAPITALS_WORD = re.compile(r"[^\W\d_][\w']*")  # a word of a sentence in capitals, hyphens apart
_WORD_PART_START = re.compile(r"(?:^|(?<=-))[^\W\d_]")
# Words a sentence in capitals holds in lower case, whatever their length: the rules' own words.
_LOWER_IN_CAPITALS = frozenset(w for phrase in (
    *_WORDS["common_words"], *_WORDS["articles"], *_WORDS["prepositions"], *_WORDS["reporting_verbs"],
    *_WORDS["source_cues"], *_WORDS["claim_clause_words"], *_WORDS["modal_words"], *_WORDS["adverbs"],
    *_WORDS["clause_conjunctions"], *_WORDS["statement_participles"], *_WORDS["pronouns"]) for w in phrase.split())
# Words held in lower case unless short, which may be acronyms instead: "US" of `descriptive_words`.
_LOWER_UNLESS_SHORT = frozenset(w for phrase in (
    *_WORDS["institution_heads"], *_WORDS["descriptive_words"], *_WORDS["anonymous_heads"]) for w in phrase.split())
_TRANSCRIPT_TITLE = regex.compile(  # "GEN. ", "SECRETARY ", "LT. GEN. " opening a transcript's label in capitals
    rf"(?:(?:{_in_order([*_WORDS['titles'], *_WORDS['transcript_titles']])})\s+)+", regex.I)
_DOCUMENT_MODIFIER = rf"(?:(?:{_in_order(_WORDS['document_modifiers'])})\s+){{0,2}}"  # "latest Flash Update"
_DOCUMENT_AFTER = regex.compile(rf"^(?:(?:the|an?)\s+)?{_DOCUMENT_MODIFIER}(?P<source>.+?)(?:'s?)?\s+"
                                rf"{_DOCUMENT_MODIFIER}(?:{_DOCUMENTS})$", regex.I)


def _without_document(phrase: str) -> str:
    """`the latest UN figures` -> `UN`, `the ministry's latest figures` -> `ministry`: the
    source of a document named after it."""
    m = _DOCUMENT_AFTER.match(phrase) if " " in phrase else None
    return m.group("source") if m else phrase
# Titles' abbreviations, whose full stop ends no source: "said Brig. Gen. Ali Musa".
_TITLE_ABBREVIATIONS = _in_order(sorted({w[:-1] for t in _WORDS["titles"] for w in t.split() if w.endswith(".")}))
# A source ends before a clause word, a full stop (not an initial's or a title's), or a
# participle with `by` ("a resident of Omdurman reached by phone", "an official contacted by AFP").
_PHRASE_END = regex.compile(rf"\s+(?:{_in_order(_WORDS['phrase_end_words'])})\b"
                            rf"|(?<!\b\p{{Lu}})(?<!\b(?:{_TITLE_ABBREVIATIONS}))\.(?:\s|$)"
                            r"|\s+\p{Ll}+ed\s+by\b")


_SOURCE_INSIDE_OPENING = regex.compile(rf"(?P<head>\S.*?)\s+(?:{_INSIDE})\s+"
                                        rf"(?P<body>(?:the\s+)?(?:[\p{{L}}'-]+\s+){{0,3}}?[\p{{L}}'-]+)"
                                        rf"(?=\s*$|{_PHRASE_END.pattern})")
_NOUN_BEFORE = regex.compile(r"(?:'s?|\b(?:the|a|an|its|his|her|their|our|this|that|these|those))\s+$",
                             regex.I | regex.REVERSE)
_MODAL_BEFORE = regex.compile(rf"\b(?:{_in_order(_WORDS['modal_words'])})\s+"
                              r"(?:also\s+|not\s+|soon\s+)?$", regex.I | regex.REVERSE)
# Matched right after a verb. The branch that never matches, `|(?!)`, stops regex from first
# searching the whole rest of the text for the word: per verb, that made long texts quadratic.
_CITING_AFTER = regex.compile(r"\s+(?:citing|(?!))\b", regex.I)
_RELAYING_VERBS = frozenset(_WORDS["relaying_verbs"])
_RELAYING_AFTER = regex.compile(r",\s+(?:citing|quoting)\s+")  # a verb's subject passing on another's words
# The object ends its clause: punctuation or a word that goes on with another phrase
# (not `of`: "said the bodies of 12 soldiers were found" is a statement).
_CLAUSE_GOES_ON = _in_order([*(p for p in _WORDS["prepositions"] if p != "of"),
                             "and", "until", "after", "before", "since", "when", "as"])


def _object_ending_clause(objects: Sequence[str]) -> regex.Pattern:
    """One of the objects right after a verb, maybe after an article, possessive or number,
    then the clause ends or goes on with another phrase."""
    return regex.compile(rf"\s+(?:(?:the|its|their|his|her|all|\d[\d,]*)\s+){{0,2}}(?:{_in_order(objects)})"
                         rf"(?=\s*(?:[,.;:]|$)|\s+(?:{_CLAUSE_GOES_ON})\b)", regex.I)


_NOT_A_STATEMENT_AFTER = _object_ending_clause(_WORDS["not_statement_objects"])
_NOT_A_STATEMENT_AFTER_OTHER = _object_ending_clause(_WORDS["not_statement_objects_of_other_verbs"])
_PUT_AT = regex.compile(  # "put Ottoman losses at", "puts the number of dead at": a toll's giver speaks
    rf"(?<![\p{{L}}'-])puts?\s+(?:[\p{{L}}'-]+\s+){{0,3}}?(?:{_in_order(_WORDS['put_at_nouns'])})(?:\s+of\s+\p{{Ll}}+)?(?=\s+at\s)")
_AFFILIATION_AT_END = regex.compile(  # "a doctor with MSF", "an official with UNICEF" closing a subject
    r"(?<![\p{L}'-])(?P<head>\p{L}+)\s+with\s+(?P<org>(?:the\s+)?(?:\p{Lu}[\p{L}'&-]*\s+){0,3}\p{Lu}[\p{L}'&-]*)\s*$",
    regex.REVERSE)
_EMBEDDED_HEADS = frozenset(_WORDS["embedded_heads"])
_EMBEDDING_UNITS = frozenset(_WORDS["embedding_units"])
_DOCUMENT_DATED_AT_END = regex.compile(  # "report from 1993", "study published in May 2024" closing a subject
    rf"(?<=\b(?i:{_DOCUMENTS}))(?:\s+\p{{Ll}}+ed)?\s+(?:from|of|in|dated)\s+"
    r"(?:(?:\p{Lu}\p{Ll}+\s+)?\d{4}|last\s+(?:year|month|week))\s*$", regex.REVERSE)
_PARTICIPLE_BY_AT_END = regex.compile(  # "interviewed by Reuters", "freed by the rebels" closing a subject
    r"(?<=\p{L})\s+(?:\p{Ll}{2,}ed|held|taken|seen|known|given|hidden|beaten|shot)\s+by\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\p{L}'.-]+\s+){0,3}[\p{L}'.-]+\s*$", regex.REVERSE)
_CAPTIVES = frozenset(_WORDS["not_statement_objects_of_other_verbs"])  # what is released, not said
_PASSIVE_AUXILIARIES = frozenset(("was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                  "later", "eventually", "finally", "also"))
_OF_WHAT = regex.compile(r"\s+of\s+(?!(?:the|a|an)\s)(?=\p{Ll})")  # "by the UN of ethnic cleansing"
_PASSIVE_AFTER = regex.compile(rf"\s+(?:by|(?!))\s+(?!(?:{_in_order(_WORDS['means_of_speaking'])})\b)"
                            r"(?=(?:the\s+)?\p{Lu}|the\s)", regex.I)  # not "said by phone"
_RELATIVE_CLAUSE = regex.compile(r",\s+(?:who|whose|which)\b[^\"]*,\s*$")
_RELATIVE_CLAUSE_AT_END = regex.compile(_RELATIVE_CLAUSE.pattern, regex.REVERSE)
_MEDIA_CLAUSE = regex.compile(rf",\s*in\s+(?:a|an|his|her|its|their)\s+[^,]{{0,40}}?(?:{'|'.join(_MEDIA)})\b"
                              r"[^,\"]{0,60},\s*$", regex.I)
# An aside between two dashes right before a verb, read as one between commas (an em dash is
# a hyphen by then: characters.toml).
_DASHED_ASIDE = regex.compile(r"\s+-{1,2}\s+(?P<aside>(?:(?!\s-{1,2}\s)[^\"])+?)\s+-{1,2}\s*$")
_AGE_APPOSITION = regex.compile(r",\s*\d{1,3}\s*(?=,)")
_BY_ASIDE = regex.compile(  # ", led by General X" before another comma: who leads, not who speaks
    rf",\s*(?:{phrase_alternation(_WORDS['by_aside_participles'])})\s+by\s+[^,\"]{{1,80}}(?=,)", regex.I)
_PAIR_OPENER = regex.compile(rf"(?:^|(?<=[,;:]\s*))(?i:{phrase_alternation(_WORDS['pair_openers'])})\s+(?=[^,;:]*\sand\s)")
_PLACE_NAME = rf"(?P<place>\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'-]*){{0,2}}?)(?:\s+(?i:{_in_order(_WORDS['place_nouns'])}))?"
_PLACE_BEFORE_SUBJECT = regex.compile(rf"(?:^|[.;:,]\s*)(?i:in)\s+{_PLACE_NAME},\s*$")
_PLACE_AFTER_SUBJECT = regex.compile(rf"\s+(?:in|at)\s+{_PLACE_NAME}\s*")
_OF_PLACE = regex.compile(r"\s+of\s+(?P<place>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s*")
_PAIR_OPENING = regex.compile(rf"\s*(?i:{phrase_alternation(_WORDS['pair_openers'])})\s+")
# A description's possessive before what it owns: "the militant group's Shahada news agency",
# "the rebels' Saba news agency".
_DESCRIBED_OWNER = regex.compile(r"(?i:the)\s+(?P<owner>(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*?)(?:'s|(?<=s)')\s+(?P<rest>\S.*)")
_BARE_RELATIVE = regex.compile(r"\s+who\s+[^,;:\"]*$")  # "A resident who declined to be named"
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{_in_order(_WORDS['locative_prepositions'])})\s+(?:the\s+)?$", re.I)
_WHO_AT_END = regex.compile(r",\s*who\s*$")  # a relative pronoun right before the verb


def _left_of(text: str, pos: int) -> str:
    """The words before a verb that can hold its subject: a bounded stretch, cut at a space,
    so a sentence of many verbs costs each of them the same."""
    start = max(0, pos - LEFT_CONTEXT_CHARS)
    if start:
        space = text.find(" ", start, pos)
        start = space + 1 if space >= 0 else pos
    return text[start:pos]


def _recased(sentence: str) -> str:
    """A sentence in capitals as the rules read it: the words they know in lower case (`said`,
    `the`, `according to`, `ministry`), short ones kept as acronyms (`UN`, `RUF`) unless a
    name's word follows (`Ali Lomi`, `Red Cross`), the rest capitalised as names (`Al-Sahhaf`)."""
    words = [(m, _case_in_capitals(m.group())) for m in _CAPITALS_WORD.finditer(sentence)]
    out, end = [], 0
    for i, (m, cased) in enumerate(words):
        if cased is None:  # short: a name's first word if a name's word follows it
            after = words[i + 1] if i + 1 < len(words) else None
            named = after and after[1] and after[1][0].isupper() and sentence[m.end():after[0].start()] == " "
            cased = _capitalised(m.group()) if named else m.group()
        out += [sentence[end:m.start()], cased]
        end = m.end()
    return "".join(out) + sentence[end:]


def _case_in_capitals(word: str) -> str | None:
    """A word of a sentence in capitals in lower case or capitalised; None if short and
    maybe an acronym."""
    lower = word.lower()
    if lower in _LOWER_IN_CAPITALS:
        return lower
    if len(word) <= 3:
        return None
    return lower if lower in _LOWER_UNLESS_SHORT else _capitalised(word)


def _capitalised(word: str) -> str:
    """`AL-SAHHAF` -> `Al-Sahhaf`."""
    return _WORD_PART_START.sub(lambda part: part.group().upper(), word.lower())


def _mask_quotes(sentence: str) -> str:
    """Quoted words replaced by `_`, so verbs inside quotes attribute nothing.

    A sentence that starts inside a quotation (its first quote mark closes it) is masked up to
    that mark: `...internationally," the statement quoted Scholz as saying.`
    """
    first = sentence.find('"')
    if first > 0 and sentence.count('"') % 2 == 1 and not sentence[first - 1].isspace():
        sentence = "_" * first + sentence[first:]
        head, rest = sentence[:first + 1], sentence[first + 1:]
        return head + _QUOTE.sub(_blank_quote, rest)
    return _QUOTE.sub(_blank_quote, sentence)


def _blank_quote(m: regex.Match) -> str:
    """`"words,"` -> `"______"`: the marks stay, so `"...," said X` still reads as inverted."""
    quoted = m.group()
    if len(quoted) > 1 and quoted.endswith('"'):
        return '"' + "_" * (len(quoted) - 2) + '"'
    return '"' + "_" * (len(quoted) - 1)


def _after_comma_or_start(left: str, phrase: str) -> bool:
    """Whether a subject opens its clause: after a comma, alone or with a conjunction (`...,
    but X, a militant group, said`), or a quote (`"...," X, a spokesman, said`), or after a dateline's or a live blog's dash or colon (`KORA (Wire) - X, a
    spokesman, said`, `08:15 - X, ...`) or its time alone (`08:15 X, ...`)."""
    before = left[:len(left) - len(phrase)].rstrip()
    return not before or before.endswith((",", '"', "-", "\u2013", "\u2014", ":")) \
        or before.endswith(_CLAUSE_ENDINGS) and _CONJUNCTION_AFTER_COMMA.search(before) is not None \
        or before[:1].isdigit() and _TIME_STAMP.fullmatch(before) is not None



def _appositive(left: str, phrase: str) -> str | None:
    """`The Luhansk governor, Serhiy Haidai, said`: the description before the name, if it
    is one (_is_description)."""
    left = left[:_TRAILING_COMMA.match(left).start()]
    if not left.endswith(phrase):
        return None
    end = len(left) - len(phrase)
    m = _DESCRIPTION_BEFORE.search(left, 0, end) if _DESCRIPTION_BEFORE_AT_END.match(left, 0, end) else None
    return m.group("desc") if m and _is_description(m.group("desc")) else None


def _is_description(text: str) -> bool:
    """`The mayor of Kovel`, `A spokesman for the regional administration`: a noun phrase
    headed by a person or institution word. A clause before a name (`The death toll in X rose
    to 605, ...`) is none: becoming a name for the speaker, it would only fill the tracker's
    table, or send a later phrase to the wrong speaker."""
    words = text.split()
    if words and fold(words[0]) in _ARTICLES:
        words = words[1:]
    of = next((i for i, w in enumerate(words) if fold(w) in _PREPOSITIONS), len(words))
    return _is_headed_by_speaker_word(words[:of]) and (
        of == len(words) or _is_object_of_description(words[of + 1:]))


def _is_headed_by_speaker_word(words: Sequence[str]) -> bool:
    """`the UN nuclear watchdog`, `the country's top diplomat`: an institution word or title
    last, and before it only names (`al-Qaida`), descriptive words, possessives, ages, noun
    modifiers and hyphenated descriptions (`junta-appointed`)."""
    r = _rules()
    head_words = next((n for n in (2, 1) if len(words) >= n and fold(" ".join(words[-n:])) in r.heads),
                      1 if words and fold(words[-1]) in r.titles else 0)
    if not head_words:
        return False
    head = fold(words[-1])
    return all(_is_name_cased(w) or fold(w) in r.descriptive or fold(w) in r.heads
               or _POSSESSIVE_END.search(w) or _AGE.fullmatch(w) or _is_noun_modifier(fold(w), head)
               or fold(w).rpartition("-")[2] in _DESCRIPTION_ENDINGS and "-" in w
               for w in words[:-head_words])


def _is_object_of_description(words: Sequence[str]) -> bool:
    """`the occupied Kherson region` of `The governor of ...`: no figure and no reporting
    verb inside, and it ends the way a subject does (a name, an institution or descriptive word),
    or holds an institution word (`the UN agency for refugees`)."""
    if not words:
        return False
    r = _rules()
    last = fold(words[-1])
    return (not any(_NUMBER.fullmatch(w) or r.verb.fullmatch(w) for w in words)
            and (_is_capitalised(words[-1]) or last in r.heads or last in r.descriptive or last in r.titles
                 or last.isalpha() and any(fold(w) in r.heads for w in words)))


_NUMBER = regex.compile(r"\d[\d,.]*")


_DESCRIPTION_BEFORE = regex.compile(r"(?:^|[.;:]\s*)(?P<desc>(?:(?:the|a)\s+)?[^,]{3,60}?),\s*$", regex.I)
_DESCRIPTION_BEFORE_AT_END = regex.compile(_DESCRIPTION_BEFORE.pattern, regex.I | regex.REVERSE)


def _descriptor_key(desc: str) -> str:
    return _strip_articles(fold(desc))


def _role_key(role: str) -> str:
    """A role's words in one order: `chairman of the Guma council` as `guma council chairman`,
    `spokesman for the Valley Movement` as `valley movement spokesman`; a region's suffix
    after its name goes, as reports drop it (`Governor of Kora State`, `the Kora governor`)."""
    key = _descriptor_key(_REGION_SUFFIX_AFTER_NAME.sub("", role) if " " in role else role)
    m = _ROLE_OF.fullmatch(key)
    return f"{_strip_articles(m.group('owner'))} {m.group('head')}" if m else key


_REGION_SUFFIX_AFTER_NAME = regex.compile(  # "State" of "Kora State", "Oblast" of "Kharkiv Oblast"
    rf"(?<=\p{{Lu}}[\p{{L}}'-]*)\s+(?i:{_in_order(load_toml('place_rules.toml')['region_suffixes'])})(?![\p{{L}}'-])")
_PREPOSITION_INSIDE = regex.compile(r"\s(?:at|of|for|in|with|from|on)\s")  # "director at Kora Watch": head first
_ROLE_OF = regex.compile(r"(?P<head>\S+)\s+(?:of|for)\s+(?P<owner>(?:(?!\s(?:of|for)\s).)+)")

