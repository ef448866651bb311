"""Places: gazetteer names and aliases, regions, metonyms, sectors, unknown villages and
users' gazetteer files. Every sentence here is invented for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.places import Gazetteer, _consonant_skeleton, _Spans, countrywide, reference_points
from conflict_digest.resources import load_toml


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(gaz: Gazetteer, sentence: str) -> list[str]:
    return [m.place.name for m in gaz.find(sentence)]


def spans(gaz: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    """(canonical name, the words in the sentence) for each mention."""
    return [(m.place.name, sentence[m.start:m.end]) for m in gaz.find(sentence)]


# --- names and aliases ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Missiles struck Kiev before dawn.", [("Kyiv", "Kiev")]),
    ("Russian forces shelled Artemivsk again overnight.", [("Bakhmut", "Artemivsk")]),
    ("Troops pushed towards Kupyansk from the east.", [("Kupiansk", "Kupyansk")]),
    ("The plant near Zaporozhye lost outside power.", [("Zaporizhzhia", "Zaporozhye")]),
    ("Shelling hit Kharkiv and Kherson overnight.", [("Kharkiv", "Kharkiv"), ("Kherson", "Kherson")]),
    ("The army withdrew from Khartoum to Omdurman.", [("Khartoum", "Khartoum"), ("Omdurman", "Omdurman")]),
    ("Airstrikes hit Gaza City and Rafah.", [("Gaza City", "Gaza City"), ("Rafah", "Rafah")]),
])
def test_names_and_aliases_resolve_to_canonical(gaz, sentence, expected):
    assert spans(gaz, sentence) == expected


def test_alias_mentions_are_resolved_places(gaz):
    (m,) = gaz.find("Missiles struck Kiev before dawn.")
    assert (m.place.name, m.place.type, m.place.country, m.place.resolved, m.as_sector) == (
        "Kyiv", "city", "Ukraine", True, False)


def test_place_carries_its_sector(gaz):
    (m,) = gaz.find("Russian forces shelled Artemivsk again overnight.")
    assert (m.place.name, m.place.sector, m.place.admin1) == ("Bakhmut", "Bakhmut", "Donetsk Oblast")


# --- regions -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Shelling was reported across the Donetsk region.",
    "Shelling was reported across the Donetsk oblast.",
    "Shelling was reported across the Donetsk province.",
    "Shelling was reported across Donetsk Oblast.",
])
def test_donetsk_with_a_region_word_is_the_oblast(gaz, sentence):
    assert names(gaz, sentence) == ["Donetsk Oblast"]


def test_a_city_alias_that_names_a_region_is_that_region_before_a_region_word(tmp_path):
    path = tmp_path / "renamed.toml"
    path.write_text('[[place]]\nname = "Novohrad"\ntype = "city"\nadmin1 = "Starohrad Oblast"\n'
                    'aliases = ["Starohrad"]\n\n[[place]]\nname = "Starohrad Oblast"\n'
                    'type = "region"\n', encoding="utf-8")
    gaz = Gazetteer.load([path])
    assert names(gaz, "Shelling hit the Starohrad region.") == ["Starohrad Oblast"]
    assert names(gaz, "Shelling hit the Donetsk, Kherson and Starohrad regions.") == [
        "Donetsk Oblast", "Kherson Oblast", "Starohrad Oblast"]
    assert names(gaz, "Shelling hit Starohrad.") == ["Novohrad"]


def test_region_of_before_the_name(gaz):
    assert names(gaz, "The governor of Luhansk region said the troops advanced.") == ["Luhansk Oblast"]


def test_donetsk_alone_is_the_city(gaz):
    (m,) = gaz.find("Shelling hit the centre of Donetsk on Monday.")
    assert (m.place.name, m.place.type) == ("Donetsk", "city")


def test_two_regions_share_one_region_word(gaz):
    assert names(gaz, "The road runs between the Donetsk and Luhansk regions.") == [
        "Donetsk Oblast", "Luhansk Oblast"]


def test_list_of_regions(gaz):
    assert names(gaz, "Moscow claimed the Donetsk, Luhansk, Kherson and Zaporizhzhia regions.") == [
        "Moscow", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast"]


# --- metonyms, demonyms, organisations ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Moscow said the talks had failed.", ["Moscow"]),
    ("Kyiv's forces advanced near the river.", ["Kyiv"]),
    ("Washington said the package was ready.", ["Washington"]),
    ("Russia denies targeting civilians.", ["Russia"]),
    ("Ukraine's military said the attack had failed.", ["Ukraine"]),
    ("The U.S. said it would send more aid.", ["United States"]),
])
def test_metonyms_count_as_places(gaz, sentence, expected):
    assert names(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russian troops dug in along the canal.",
    "Ukrainian gunners fired on the column.",
    "German-made tanks arrived at the front.",
    "The West pledged more tanks.",
    "U.S. President Joe Biden spoke to reporters.",
])
def test_demonyms_and_groupings_are_not_places(gaz, sentence):
    assert gaz.find(sentence) == []


def test_us_as_an_adjective_is_not_a_place(gaz):
    # The guideline's 'U.S. President' is an adjective; 'U.S. forces' is the same use.
    assert gaz.find("U.S. forces carried out the strike.") == []


@pytest.mark.parametrize("sentence", [
    "The Kyiv Independent reported the strike.",
    "The Washington Post reported the strike.",
    "A Washington-based think tank said the push had stalled.",
    "The Moscow Times reported the strike.",
    "The Kyiv School of Economics estimated the damage.",
])
def test_organisation_names_are_not_places(gaz, sentence):
    assert gaz.find(sentence) == []


def test_first_name_that_is_also_a_town_is_not_a_place(gaz):
    assert gaz.find("Volodymyr Zelensky visited the troops.") == []


def test_the_town_with_that_name_still_counts(gaz):
    assert names(gaz, "A drone hit Volodymyr overnight.") == ["Volodymyr"]


# --- sectors -------------------------------------------------------------------------------

def test_the_bakhmut_sector_is_a_sector_mention(gaz):
    (m,) = gaz.find("Fighting was heaviest in the Bakhmut sector.")
    assert (m.place.sector, m.as_sector) == ("Bakhmut", True)


def test_two_sectors_share_one_sector_word(gaz):
    found = gaz.find("Attacks in the Avdiivka and Kupiansk sectors were repelled.")
    assert [(m.place.sector, m.as_sector) for m in found] == [("Avdiivka", True), ("Kupiansk", True)]


def test_axis_is_a_sector_word(gaz):
    (m,) = gaz.find("Fighting raged on the Lyman axis.")
    assert (m.place.sector, m.as_sector) == ("Lyman", True)


def test_place_in_a_sector_is_not_a_sector_mention(gaz):
    found = gaz.find("Soledar lies in the Bakhmut sector.")
    assert [(m.place.name, m.place.sector, m.as_sector) for m in found] == [
        ("Soledar", "Bakhmut", False), ("Bakhmut", "Bakhmut", True)]


@pytest.mark.parametrize("query", ["artemivsk", "BAKHMUT", "Bakhmut", "bakhmut sector", "Soledar"])
def test_resolve_sector(gaz, query):
    assert gaz.resolve_sector(query) == "Bakhmut"


def test_resolve_sector_unknown(gaz):
    assert gaz.resolve_sector("Narnia") is None


def test_closest_sectors_for_a_misspelling(gaz):
    assert "Bakhmut" in gaz.closest_sectors("Bakmut")
    assert "Kupiansk" in gaz.closest_sectors("Kupyansk sectr")


def test_sector_names_include_the_main_ones(gaz):
    assert {"Bakhmut", "Avdiivka", "Kupiansk", "Lyman"} <= set(gaz.sector_names())


# --- places the gazetteer does not know --------------------------------------------------------

def test_village_of_an_unknown_name(gaz):
    (m,) = gaz.find("Troops took the village of Zarichne-Mala overnight.")
    assert (m.place.name, m.place.type, m.place.resolved) == ("Zarichne-Mala", "village", False)


def test_known_village_after_a_cue_is_resolved(gaz):
    (m,) = gaz.find("The village of Klishchiivka was retaken.")
    assert (m.place.name, m.place.resolved, m.place.sector) == ("Klishchiivka", True, "Bakhmut")


def test_unknown_name_before_village(gaz):
    (m,) = gaz.find("Troops retook Zarichne-Mala village.")
    assert (m.place.name, m.place.resolved) == ("Zarichne-Mala", False)


# --- a known place spelt otherwise after a cue -----------------------------------------------

SPELLINGS = """
[[place]]
name = "Zolotarivka"
type = "village"
country = "Testland"

[[place]]
name = "Kafar Dabash"
type = "village"
country = "Testland"

[[place]]
name = "Malynivka"
type = "village"
country = "Testland"

[[place]]
name = "Malenivka"
type = "town"
country = "Otherland"

[[place]]
name = "Serednia Brama"
type = "region"
country = "Testland"

[[place]]
name = "Orlyk"
type = "village"
country = "Testland"
"""


@pytest.fixture
def spellings(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "spellings.toml"
    path.write_text(SPELLINGS, encoding="utf-8")
    return Gazetteer.load([path])


@pytest.mark.parametrize("sentence, expected", [
    ("Troops entered the village of Zolotaryovka at dawn.", "Zolotarivka"),
    ("Settlers raided the village of Kafr Dabbash overnight.", "Kafar Dabash"),
])
def test_a_known_place_in_another_transliteration_after_a_cue(spellings, sentence, expected):
    (m,) = spellings.find(sentence)
    assert (m.place.name, m.place.country, m.place.resolved) == (expected, "Testland", True)


@pytest.mark.parametrize("sentence", [
    "Shells fell on the village of Malinivka.",  # two places share its consonants
    "Drones hit the village of Seredna Bramma.",  # a region's consonants, not a village's
    "Troops left the village of Orlik.",  # too few consonants to tell places apart
])
def test_a_spelling_that_names_no_one_place_of_its_kind_stays_unknown(spellings, sentence):
    (m,) = spellings.find(sentence)
    assert m.place.resolved is False


def test_a_spelling_without_a_cue_is_not_looked_for(spellings):
    assert spellings.find("Zolotaryovka was quiet.") == []


_WORD = st.text(alphabet="bcdfghklmnprstvzaeiouy", min_size=1, max_size=10)


@st.composite
def _respelt(draw) -> tuple[str, str]:
    """A name, and the same name with other vowels and doubled letters after each word's
    first letter."""
    words = draw(st.lists(_WORD, min_size=1, max_size=3))
    respelt = []
    for word in words:
        letters = [word[0]]
        for letter in word[1:]:
            if letter in "aeiouy":
                letters.append(draw(st.sampled_from(["", "a", "e", "i", "ii", "y", "o", "u"])))
            else:
                letters.append(letter * draw(st.integers(1, 2)))
        respelt.append("".join(letters))
    return " ".join(words).title(), "-".join(respelt)


@given(_respelt())
def test_other_vowels_and_doubled_letters_keep_the_consonant_skeleton(names):
    name, respelt = names
    assert _consonant_skeleton(name) == _consonant_skeleton(respelt)


# --- users' gazetteer files ------------------------------------------------------------------

EXTENSION = """
[[sector]]
name = "Rutshuru"
aliases = ["Rutshuru-Bunagana"]

[[place]]
name = "Bunagana"
type = "town"
admin1 = "North Kivu"
country = "Democratic Republic of the Congo"
sector = "Rutshuru"
aliases = ["Bunangana"]

[[place]]
name = "Soledar"
type = "town"
admin1 = "Donetsk Oblast"
country = "Ukraine"
sector = "Siversk"
aliases = ["Soledar-town"]
"""


@pytest.fixture
def extended(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "drc.toml"
    path.write_text(EXTENSION, encoding="utf-8")
    return Gazetteer.load([path])


def test_extension_adds_a_place_for_another_conflict(extended):
    (m,) = extended.find("M23 rebels seized Bunagana on the border.")
    p = m.place
    assert (p.name, p.type, p.admin1, p.country, p.sector, p.resolved) == (
        "Bunagana", "town", "North Kivu", "Democratic Republic of the Congo", "Rutshuru", True)


def test_extension_alias(extended):
    assert [m.place.name for m in extended.find("Rebels shelled Bunangana again.")] == ["Bunagana"]


def test_extension_sector(extended):
    assert extended.resolve_sector("rutshuru-bunagana") == "Rutshuru"
    assert extended.resolve_sector("Bunagana") == "Rutshuru"
    assert "Rutshuru" in extended.sector_names()


def test_extension_overrides_an_existing_place(extended):
    (m,) = extended.find("Wagner fighters entered Soledar.")
    assert (m.place.name, m.place.sector) == ("Soledar", "Siversk")
    assert [m.place.name for m in extended.find("Wagner fighters entered Soledar-town.")] == ["Soledar"]


def test_extension_keeps_the_shipped_places(extended):
    assert [m.place.name for m in extended.find("Missiles struck Kiev before dawn.")] == ["Kyiv"]


def test_extension_does_not_leak_into_the_default_gazetteer(extended, gaz):
    assert gaz.find("Rebels shelled Bunangana again.") == []  # the user's alias
    assert gaz.resolve_sector("Bunagana") == "North Kivu"  # the shipped theatre, not the user's sector
    (m,) = gaz.find("Wagner fighters entered Soledar.")
    assert m.place.sector == "Bakhmut"


def test_extension_place_without_a_name_is_an_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[place]]\ntype = "town"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        Gazetteer.load([path])


# --- the fast path: candidates only, patterns compiled for ASCII text ------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conflict_digest import places  # noqa: E402
from conflict_digest.places import _compiled  # noqa: E402
from conflict_digest.resources import fold  # noqa: E402

GAZ = Gazetteer.load()


def reference_tokens(text: str) -> list:
    """Every token, built the way find() built them before it skipped any."""
    out = []
    for m in places._TOKEN.unicode.finditer(text):
        raw = m.group()
        footnote = places._FOOTNOTE_NUMBER.search(raw)  # "Goma.12": a footnote's number
        raw = raw[:footnote.start()] if footnote else raw
        word = raw.rstrip(".") if raw.count(".") == 1 else raw
        if len(word) > 3 and word.endswith(("'s", "’s")):
            word = word[:-2]
        elif len(word) > 2 and word.endswith(("'", "’")):
            word = word[:-1]
        out.append(places._Token(word, m.start(), m.start() + len(word), m.end()))
    return out


def reference_with_possessive(text: str, token):
    """The token's text with its possessive kept, if it has one."""
    raw = text[token.start:token.span_end]
    word = raw.rstrip(".") if raw.count(".") == 1 else raw
    return word if token.span_end != token.end and word.endswith(("'s", "’s")) else None


def reference_longest(gaz: Gazetteer, text: str, tokens: list, i: int):
    """(place, index past the last token, end of the name): a name keeping the first token's
    possessive first, else one from its name part."""
    if not (tokens[i].text[:1].isupper() or places._LOWER_ARTICLE.unicode.match(tokens[i].text)):
        return None  # only a capital (or "al-" and one) begins a name, with a possessive too
    whole = reference_with_possessive(text, tokens[i])
    if whole is not None and fold(whole) in gaz.prefixes:
        hit = reference_grown(gaz, text, tokens, i, fold(whole), tokens[i].start + len(whole))
        if hit is not None:
            return hit
    first = tokens[i].text
    if fold(first) not in gaz.prefixes:
        return None
    return reference_grown(gaz, text, tokens, i, fold(first), tokens[i].end)


def reference_grown(gaz: Gazetteer, text: str, tokens: list, i: int, key: str, end: int):
    best = (gaz.index[key], i + 1, end) if key in gaz.index else None
    for j in range(i + 1, min(len(tokens), i + places.MAX_NAME_WORDS)):
        if text[end:tokens[j].start] not in (" ", ". "):
            break  # a possessive ends a name; an abbreviation's full stop ("St. Mary's") does not
        whole = reference_with_possessive(text, tokens[j])
        if whole is not None and f"{key} {fold(tokens[j].text)}" in gaz.index:
            best = (gaz.index[f"{key} {fold(tokens[j].text)}"], j + 1, tokens[j].end)
        word = whole if whole is not None else tokens[j].text
        end = tokens[j].start + len(word)
        key = f"{key} {fold(word)}"
        if key not in gaz.prefixes:
            break
        if key in gaz.index:
            best = (gaz.index[key], j + 1, end)
    return best


def reference_starts_a_name(gaz: Gazetteer, text: str, tokens: list, j: int) -> bool:
    if j >= len(tokens) or text[tokens[j - 1].span_end:tokens[j].start] != " ":
        return False
    if tokens[j - 1].span_end != tokens[j - 1].end:
        return False
    nxt = tokens[j].text
    key = fold(nxt)
    return (nxt[:1].isupper() and not nxt.isupper() and key not in places._RULES.region_words
            and key not in places._RULES.sector_words and key not in places._CALENDAR_WORDS
            and key not in places._RULES.institution_words_after  # "Gaza Health Ministry"
            and reference_longest(gaz, text, tokens, j) is None)


def reference_known(gaz: Gazetteer, text: str) -> list:
    """The known names as find() found them before: a name tried at every token."""
    tokens = reference_tokens(text)
    title_case = places._is_title_case(tokens)
    mentions, i, group_end = [], 0, 0
    while i < len(tokens):
        hit = reference_longest(gaz, text, tokens, i)
        if hit is None:
            i += 1
            continue
        place, j, end = hit
        after = tokens[j - 1].span_end
        if end == after and places._ORG_AFTER.unicode.match(text, after) \
                and not places._REGION_AFTER.unicode.match(text, after):
            i = j + 1
            continue
        if j == i + 1 and (not title_case or places._names_a_known_person(text, tokens[i])) \
                and reference_starts_a_name(gaz, text, tokens, j):
            i = j + 1
            continue
        if j == i + 1 and (places._after_a_titled_first_name(text, tokens[i].start)
                           or places._after_a_described_first_name(text, tokens[i].start)):
            i = j  # "Capt. Lomi Hue": a surname
            continue
        if j == i + 1 and text.startswith(", ", after) \
                and not (mentions and not text[mentions[-1].end:tokens[i].start].strip()) \
                and places._a_described_persons_surname(text, tokens[i]):
            i = j  # "Maria Jordan, a nurse": a surname
            continue
        if place.type == "country" and places._ADJECTIVAL_ABBREVIATION.unicode.fullmatch(tokens[i].text) \
                and places._NOUN_AFTER.unicode.match(text, after):
            i = j
            continue
        start = tokens[i].start
        if text.endswith(places._RULES.organisation_words_before, 0, start) \
                or text[group_end:start] in (" and ", " and the "):
            group_end, i = end, j  # "Al-Qaeda in Iraq and the Levant"
            continue
        if places._after_name_particle(text, start) or text[after:after + 1] == "-" \
                and text[after + 1:after + 2].islower() or text[start - 1:start] == " " \
                and (places._after_vessel_word(text, start, text.isupper())
                     or places._OPERATION_BEFORE.unicode.search(text, max(0, start - 50), start)) \
                or places._UNIT_BEFORE.unicode.search(text, max(0, start - places.UNIT_WINDOW_CHARS), start):
            i = j  # "Abu Kora", "U.S.-led", "the tanker Marlin Kora", "Operation Lomi",
            # "barangay Tessa Kora"
            continue
        mentions.append(places.PlaceMention(place, tokens[i].start, end))
        i = j
    return mentions


def reference_find(gaz: Gazetteer, text: str) -> list:
    """find() with the known names of reference_known; the context rules are find()'s own,
    applied again when unknown names join a list ("Kassala and Kora states")."""
    mentions = gaz._apply_context(text, reference_known(gaz, text))
    unknown = gaz._unknown_places(places._in_mixed_case(text) if text.isupper() else text, mentions)
    if "-" in text and any(word in text for word in places._RULES.road_words):
        unknown += gaz._road_ends(text, [*mentions, *unknown])
    if any(word in text for word in places._RULES.numbered_height_words):
        unknown += places._numbered_heights(text, [*mentions, *unknown])
    if " (" in text and mentions:
        unknown += places._before_bracketed_seats(text, mentions, [*mentions, *unknown])
    if unknown:
        mentions = gaz._apply_context(text, sorted(mentions + unknown, key=lambda m: m.start))
    return [gaz._compass_sector(text, m) if m.place.sector is None else m for m in mentions]


def _cased(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from([name, name.title(), name.upper(), name.capitalize()])


NAMES = st.sampled_from(sorted(GAZ.index)).flatmap(_cased)
FILLER = st.sampled_from([
    "troops", "said", "the", "The", "of", "in", "near", "a", "town", "village", "region",
    "regions", "Oblast", "oblast", "sector", "axis", "Independent", "Post", "School", "Defence",
    "Ministry", "President", "Monday", "May", "Volodymyr", "Zelensky", "Russian", "U.S.", "US",
    "UN", "forces", "Zarichne-Mala", "Pole", "governor", "Title", "Case", "Words", "Here",
    "1,000", "3", "Ⅳ", "Dniprovśka", "Kyïv", "e\u0301", "Île", "ǅemal", "settlement", "city",
])
SEPARATOR = st.sampled_from([" ", " ", " ", ", ", " and ", ". ", "'s ", "’s ", "' ", " / ",
                             "-", "  ", "\n", " (", ") ", ".", "--", "'", "\u0301 "])
PIECES = st.lists(st.tuples(st.one_of(NAMES, FILLER), SEPARATOR), max_size=14)


def _sentence(pieces: list[tuple[str, str]]) -> str:
    return "".join(word + sep for word, sep in pieces)


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_find_is_the_full_token_loop(pieces):
    text = _sentence(pieces)
    assert GAZ.find(text) == reference_find(GAZ, text)


@pytest.fixture(scope="module")
def extended_once(tmp_path_factory) -> Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "drc.toml"
    path.write_text(EXTENSION, encoding="utf-8")
    return Gazetteer.load([path])


@settings(max_examples=200, deadline=None)
@given(pieces=PIECES)
def test_find_is_the_full_token_loop_with_a_users_file(extended_once, pieces):
    text = _sentence(pieces + [("Bunagana", " "), ("Soledar-town", " sector")])
    assert extended_once.find(text) == reference_find(extended_once, text)


TOKEN_TEXT = st.text(alphabet=st.sampled_from(list("aZk0 .'-_,Ⅳǅé\u0301ÉΣ’\n")), max_size=40)


@given(TOKEN_TEXT)
def test_name_start_yields_the_tokens_that_can_begin_a_name(text):
    tokens = [(m.start(), m.end()) for m in places._TOKEN.unicode.finditer(text)]
    starts = [(m.start("token"), m.end("token")) for m in places._NAME_START.unicode.finditer(text)
              if m.group("token") is not None]
    assert starts == [(s, e) for s, e in tokens if not places.regex.match(r"[\p{Ll}\p{Nd}]", text[s])]
    assert {(s, e) for s, e in tokens if text[s].isupper()} <= set(starts)


@given(TOKEN_TEXT.map(lambda t: t.encode("ascii", "ignore").decode()))
def test_name_start_for_ascii_finds_the_same_tokens(text):
    unicode = [m.span("token") for m in places._NAME_START.unicode.finditer(text) if m.group("token")]
    assert [m.span("token") for m in places._NAME_START.ascii.finditer(text)] == unicode


ASCII_WORDS = st.sampled_from([
    *places._RULES.region_words, *places._RULES.sector_words, *places._RULES.organisation_words,
    *places._RULES.unknown_cues, *places._RULES.unknown_place_after, *places._RULES.unknown_place_near,
    *places._RULES.unknown_place_described, "of", "the", "in", "a", "and", "or", "said", "Monday",
    "Kyiv", "Zarichne-Mala", "U.S.", "US", "UK", "E.U.", "Kyiv's", "Donetsk", "Pole", "x_y", "7"])
ASCII_GAPS = st.sampled_from([" ", "  ", "\t", "\n", "\x0b", "\x1c", ", ", ". ", "'", "'s ", "-",
                              "/", " / ", ") ", ";", ""])
ASCII_TEXT = st.lists(st.tuples(ASCII_WORDS.flatmap(_cased), ASCII_GAPS), max_size=10).map(_sentence)
DUAL_PATTERNS = ["_TOKEN", "_UNKNOWN_CUE", "_POSSESSIVE_AT", "_REGION_AFTER", "_SECTOR_AFTER",
                 "_ORG_AFTER", "_REGION_BEFORE", "_LIST_JOIN", "_NOUN_AFTER",
                 "_ADJECTIVAL_ABBREVIATION"]


def _matches(pattern, text: str) -> list:
    found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    for pos in range(len(text) + 1):
        for m in (pattern.match(text, pos), pattern.fullmatch(text, pos),
                  pattern.search(text, 0, pos), pattern.search(text, max(0, pos - 40), pos)):
            found.append(m and (m.span(), m.groupdict()))
    return found


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_ascii_builds_match_like_the_unicode_ones_on_ascii_text(text):
    for name in DUAL_PATTERNS:
        pattern = getattr(places, name)
        assert _matches(pattern.ascii, text) == _matches(pattern.unicode, text), name


def test_compiled_picks_the_build_by_text():
    pattern = _compiled(lambda c: rf"[{c.upper}]\w+", ignore_case=False)
    assert pattern.on("Kyiv") is pattern.ascii
    assert pattern.on("Kyïv") is pattern.unicode
    assert [m.group() for m in pattern.on("Île Kyiv").finditer("Île Kyiv")] == ["Île", "Kyiv"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(ASCII_TEXT, PIECES.map(_sentence)))
def test_no_unknown_cue_where_no_cue_word_occurs(text):
    if places._UNKNOWN_CUE.unicode.search(text):
        assert places._may_hold_unknown_cue(text)


def test_unknown_cue_words_come_from_the_rules():
    assert {"village", "region", "near", "port", "neighbourhood", "town"} <= set(places._UNKNOWN_CUE_WORDS)
    assert all(word.islower() for word in places._UNKNOWN_CUE_WORDS)  # the text is lower-cased first
    assert "township" not in places._UNKNOWN_CUE_WORDS  # "town" finds it, and "Township"
    assert not places._may_hold_unknown_cue("Shelling hit Kharkiv overnight.")
    assert places._may_hold_unknown_cue("Shelling hit the Donetsk region.")
    assert places._may_hold_unknown_cue("Fighting in Kora Township went on.")


@settings(max_examples=300, deadline=None)
@given(st.one_of(ASCII_TEXT, PIECES.map(_sentence)))
def test_prechecked_helpers_answer_like_their_patterns(text):
    for at in range(len(text) + 1):
        plain = places._POSSESSIVE_AT.unicode.match(text, at)
        assert places._skip_possessive(text, at) == (plain.end() if plain else at)
        window = max(0, at - 40)
        assert bool(places._region_word_before(text, at)) == bool(places._REGION_BEFORE.unicode.search(text, window, at))


# --- helpers of the fast path ----------------------------------------------------------------

@pytest.mark.parametrize("raw, word", [
    ("Kyiv", "Kyiv"), ("Kyiv.", "Kyiv"), ("U.S.", "U.S."), ("Kyiv's", "Kyiv"), ("Kyivs'", "Kyivs"),
    ("U's", "U's"), ("Al-Qaeda", "Al-Qaeda"), ("a'", "a'"),
])
def test_name_part(raw, word):
    assert places._name_part(raw) == word


def _token_at(text: str, start: int):
    return places._token_from(places._TOKEN.unicode.match(text, start))


def test_next_word_only_across_one_space():
    text = "Gaza City, Gaza  Strip and Kyiv's"
    assert _token_at(text, 0) == ("Gaza", 0, 4, 4)
    assert places._next_word(text, _token_at(text, 0)) == ("City", 5, 9, 9)
    assert places._next_word(text, _token_at(text, 5)) is None  # a comma
    assert places._next_word(text, _token_at(text, 11)) is None  # two spaces
    assert places._next_word(text, _token_at(text, 27)) is None  # the end
    assert _token_at(text, 27) == ("Kyiv", 27, 31, 33)


def test_end_of_next_token():
    assert places._end_of_next_token("Kyiv Independent said", 4) == 16
    assert places._end_of_next_token("Kyiv.", 5) == 6


def test_start_key(gaz):
    assert gaz._start_key("Kyiv") == "kyiv"
    assert gaz._start_key("Gaza") == "gaza"
    assert gaz._start_key("kyiv") is None  # not capitalised
    assert gaz._start_key("Troops") is None


def test_continued_holds_the_prefixes_of_longer_names(gaz, extended):
    for g in (gaz, extended):
        assert set(g.continued) == {p.rsplit(" ", 1)[0] for p in g.prefixes if " " in p}
        for p in g.prefixes:
            if " " in p:
                head, last = p.rsplit(" ", 1)
                assert last[0] in g.continued[head]
    assert "gaza" in gaz.continued and "c" in gaz.continued["gaza"] and "gaza city" in gaz.prefixes
    assert "bunagana" not in extended.continued and "bunagana" in extended.prefixes


@pytest.mark.parametrize("before, found", [
    ("The governor of ", True), ("the Governor Of The ", True), ("THE REGION OF ", True),
    ("the regions of\nthe ", True), ("the governor of a ", False), ("the town of ", False), ("", False),
])
def test_region_before(before, found):
    text = before + "Luhansk said"
    assert bool(places._region_word_before(text, len(before))) is found


@pytest.mark.parametrize("after, noun", [(" said", False), (" on Monday", False), (" Still", False),
                                         (" assistance", True), (" President", True), (" nowhere", True)])
def test_an_abbreviation_is_an_adjective_before_a_noun_not_before_a_listed_word(after, noun):
    for pattern in (places._NOUN_AFTER.ascii, places._NOUN_AFTER.unicode):
        assert bool(pattern.match(after)) is noun


ABBREVIATED = """
[[place]]
name = "St. Brendan's"
type = "town"
country = "Testland"

[[place]]
name = "Port St. Aldric"
type = "town"
country = "Testland"

[[place]]
name = "Mt. Oronga"
type = "area"
country = "Testland"

[[place]]
name = "Ft. Kessel"
type = "town"
country = "Testland"
"""


@pytest.fixture(scope="module")
def abbreviated(tmp_path_factory) -> Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "abbreviated.toml"
    path.write_text(ABBREVIATED, encoding="utf-8")
    return Gazetteer.load([path])


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting reached St. Brendan's and Port St. Aldric on Monday.",
     [("St. Brendan's", "St. Brendan's"), ("Port St. Aldric", "Port St. Aldric")]),
    ("Aid reached St Brendan's and Port St Aldric.",
     [("St. Brendan's", "St Brendan's"), ("Port St. Aldric", "Port St Aldric")]),
    ("Rebels camped on Mt. Oronga near Ft. Kessel, officials said.",
     [("Mt. Oronga", "Mt. Oronga"), ("Ft. Kessel", "Ft. Kessel")]),
])
def test_names_with_an_abbreviation_s_full_stop_are_found_whole(abbreviated, sentence, expected):
    """`St.`, `Mt.`, `Ft.` inside a name: the full stop neither ends the name nor hides it."""
    assert spans(abbreviated, sentence) == expected


def test_shipped_saint_names_are_found_whole(gaz):
    assert spans(gaz, "Shelling was reported near St. Petersburg, not in St. John's.") == [
        ("Saint Petersburg", "St. Petersburg"), ("St. John's", "St. John's")]


def test_an_abbreviation_before_an_unknown_name_is_no_place_itself(gaz):
    assert names(gaz, "Rebels camped near Ft. Zelmor, officials said.") == []


def test_a_full_stop_ends_a_name_the_next_word_does_not_continue(abbreviated):
    assert names(abbreviated, "Troops left Port St. Aldric. Kyiv said nothing.") == [
        "Port St. Aldric", "Kyiv"]


THEATRE = """
[[sector]]
name = "Kora Highlands"
regions = ["Kora Province"]
places = ["Lomi"]

[[place]]
name = "Kora Province"
type = "region"
country = "Kora"
aliases = ["Kora"]

[[place]]
name = "Tessa"
type = "town"
admin1 = "Kora Province"
country = "Kora"

[[place]]
name = "Lomi"
type = "town"
country = "Kora"

[[place]]
name = "Ubar"
type = "town"
admin1 = "Kora Province"
country = "Kora"
sector = "Bakhmut"
"""


def test_a_theatre_drawn_by_region_holds_the_region_its_places_and_the_places_named(tmp_path):
    path = tmp_path / "kora.toml"
    path.write_text(THEATRE, encoding="utf-8")
    gazetteer = Gazetteer.load([path])
    found = gazetteer.find("Shelling hit Tessa and Lomi in Kora Province; Ubar was calm.")
    assert [(m.place.name, m.place.sector) for m in found] == [
        ("Tessa", "Kora Highlands"), ("Lomi", "Kora Highlands"),
        ("Kora Province", "Kora Highlands"), ("Ubar", "Bakhmut")]  # a row's own sector wins
    assert gazetteer.resolve_sector("Tessa") == "Kora Highlands"
    assert gazetteer.resolve_place("Kora").sector == "Kora Highlands"  # by alias too


@pytest.mark.parametrize("name", ["Kora Hills front", "kora hills", "Kora Hills direction", "KORA"])
def test_a_sector_alias_may_end_in_a_sector_word(tmp_path, name):
    path = tmp_path / "kora.toml"
    path.write_text('[[sector]]\nname = "Kora"\naliases = ["Kora Hills front"]\n', encoding="utf-8")
    assert Gazetteer.load([path]).resolve_sector(name) == "Kora"


COMPASS_SECTOR = """
[[sector]]
name = "Kora South"
aliases = ["southern Kora", "south Kora"]

[[place]]
name = "Kora"
type = "country"
country = "Kora"
"""


@pytest.mark.parametrize("sentence, sector", [
    ("Strikes on southern Kora killed three people.", "Kora South"),
    ("In Southern Kora, strikes went on.", "Kora South"),
    ("Shelling hit south Kora overnight.", "Kora South"),
    ("Strikes on northern Kora killed three people.", None),  # no such sector
    ("Kora said the strikes went on.", None),
])
def test_a_compass_word_and_a_place_may_name_a_sector(tmp_path, sentence, sector):
    path = tmp_path / "kora.toml"
    path.write_text(COMPASS_SECTOR, encoding="utf-8")
    (mention,) = Gazetteer.load([path]).find(sentence)
    assert (mention.place.name, mention.in_sector) == ("Kora", sector)  # the place stays


def test_claims_in_southern_lebanon_are_in_its_sector(tmp_path):
    from conflict_digest.models import Report
    from conflict_digest.pipeline import Extractor
    report = Report(path="r.txt", text="Israeli strikes on southern Lebanon killed three people, "
                    "the health ministry said.", date="2025-03-05")
    extracted = Extractor.load().extract(report)
    (claim,) = extracted.claims
    assert (claim.sectors, [p.name for p in claim.places]) == (["South Lebanon"], ["Lebanon"])


def test_a_place_before_a_known_name_with_a_possessive_is_no_persons_name():
    """Hypothesis found it: `People's Republic of China` after a one-word place made the place
    the first word of a person's name, and both were lost."""
    text = "A'Zaz People's republic of china Bunagana Soledar-town sector "
    assert [m.place.name for m in GAZ.find(text)] == [m.place.name for m in reference_find(GAZ, text)] \
        == ["Azaz", "China"]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12),
       st.integers(0, 70), st.integers(1, 8))
def test_taken_spans_overlap_as_a_walk_over_them_would_say(spans, start, length):
    """The bisection over taken spans (a long list of places is found in linear time) agrees
    with checking every span, overlapping spans among the known ones included."""
    spans = [(s, s + n) for s, n in spans]
    taken, end = _Spans(spans), start + length
    assert taken.overlap(start, end) == any(s < end and start < e for s, e in spans)
    if not taken.overlap(start, end):
        taken.add(start, end)
        assert taken.overlap(start, end) and taken.overlap(start + length - 1, start + length)


# --- reference points ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Shelling of Izium, 120 km south-east of Kharkiv, killed 3 people.", ["Kharkiv"]),
    ("A checkpoint 10 miles (16 km) from Kherson came under fire.", ["Kherson"]),
    ("The village lies some 6 kilometres to the north of Izium.", ["Izium"]),
    ("Drones struck a depot just west of the port city of Odesa.", ["Odesa"]),
    # in a part of the place, or also named as the place itself
    ("Fighting went on in the south of Kherson.", []),
    ("Troops moved north of Kharkiv and later into Kharkiv itself.", []),
    ("Shelling hit Kharkiv and Kherson.", []),
    ("Refugees fled from Kherson.", []),
])
def test_a_place_measured_from_is_a_reference_point(gaz, sentence, expected):
    assert [p.name for p in reference_points(sentence, gaz.find(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed 28 soldiers in northern Benin near the border with Niger and Burkina Faso.",
     ["Niger", "Burkina Faso"]),
    ("Clashes along the frontier with Cambodia killed 12 soldiers in Surin province.", ["Cambodia"]),
    ("Troops massed on its borders with Lebanon, Syria and Jordan.", ["Lebanon", "Syria", "Jordan"]),
    # a border the place is on, or one it shares with another
    ("Twelve soldiers were killed near the Kandahar border crossing.", []),
    ("Fighting broke out along the Niger-Benin border.", []),
    ("Benin agreed with Niger to reopen the border.", []),
])
def test_the_other_side_of_a_border_is_a_reference_point(gaz, sentence, expected):
    assert [p.name for p in reference_points(sentence, gaz.find(sentence))] == expected


@given(bearing=st.sampled_from(load_toml("place_rules.toml")["position_bearings"]),
       distance=st.integers(1, 999), unit=st.sampled_from(load_toml("place_rules.toml")["unknown_place_from"]))
def test_every_bearing_and_unit_measures_from_a_place(bearing, distance, unit):
    for sentence in (f"A blast hit a base {distance} {unit} {bearing} of Kherson.",
                     f"A blast hit a base {bearing} of Kherson.",
                     f"A blast hit a base {distance} {unit} from Kherson."):
        assert [p.name for p in reference_points(sentence, GAZ.find(sentence))] == ["Kherson"]
    inside = f"A blast hit a base in the {bearing} of Kherson."
    assert reference_points(inside, GAZ.find(inside)) == []


@given(st.sampled_from(load_toml("place_rules.toml")["countrywide_words"]), st.sampled_from([str.lower, str.title]))
def test_every_countrywide_word_puts_a_count_over_the_country(words, case):
    sentence = f"The ministry said 400 people had been killed {case(words)} since March."
    assert countrywide(sentence, sentence.index("400") + 3, len(sentence))
    assert not countrywide(sentence, 0, sentence.index("400"))
