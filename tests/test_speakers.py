"""Speakers: who each statement is attributed to, and how later references resolve to one
canonical name within a report. Every name and sentence here is invented for the test
(apart from well-known leaders the lexicon is expected to know)."""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.ascii_patterns import ascii_twin
from conflict_digest import speakers as sp
from conflict_digest.models import Speaker
from conflict_digest.resources import load_toml
from conflict_digest.speakers import SpeakerLexicon, SpeakerTracker


def run(lexicon, gazetteer, *sentences: str) -> tuple[SpeakerTracker, list[list]]:
    """Attribute each sentence in order with one tracker over the whole report text."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    return tracker, [tracker.attribute(s) for s in sentences]


def speaker_names(lexicon, gazetteer, *sentences: str) -> list[list[str]]:
    """Per sentence, the names of its speakers as resolved once the whole report is read."""
    tracker, found = run(lexicon, gazetteer, *sentences)
    return [[tracker.resolve(a.speaker).name for a in atts] for atts in found]


def one(lexicon, gazetteer, sentence: str):
    _, (atts,) = run(lexicon, gazetteer, sentence)
    assert len(atts) == 1, [a.speaker for a in atts]
    return atts[0]


# --- attribution forms ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("General Oleksandr Marchenko said the bridge had been destroyed.", "Oleksandr Marchenko"),
    ("The bridge was destroyed overnight, said General Oleksandr Marchenko.", "Oleksandr Marchenko"),
    ("Ten civilians died in the shelling, according to the regional health ministry.",
     "regional health ministry"),
    ("According to Ukraine's military, the assault on the village failed.", "Ukrainian military"),
    ("The Sudanese army said in a statement that it had retaken the airport.", "Sudanese army"),
    ("The Rapid Support Forces said in a statement that they controlled the bridge.",
     "Rapid Support Forces"),
    ("The World Health Organization warned that hospitals in Gaza were running out of fuel.",
     "World Health Organization"),
    ("Moscow said the talks had failed.", "Moscow"),
    ("The Kremlin said the talks had stalled.", "Kremlin"),
])
def test_attribution_forms(lexicon, gazetteer, sentence, name):
    assert one(lexicon, gazetteer, sentence).speaker.name == name


def test_statement_after_the_verb_phrase_has_no_false_subject(lexicon, gazetteer):
    # "continued" must not make the first word of the statement a speaker.
    assert speaker_names(lexicon, gazetteer,
                         "Shelling continued overnight, the Ukrainian military said.") == [
        ["Ukrainian military"]]


def test_inverted_statement_in_a_statement(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Shelling continued overnight, the Ukrainian military said in a statement.") == [
        ["Ukrainian military"]]


def test_quote_with_attribution_after(lexicon, gazetteer):
    tracker, found = run(lexicon, gazetteer,
                         "A senior European diplomat said the ceasefire talks had stalled.",
                         '"We will not give up the city," the diplomat said.')
    (second,) = found[1]
    assert second.speaker.name == "senior European diplomat"
    assert second.quote == "We will not give up the city,"


def test_quote_with_attribution_after_and_no_antecedent(lexicon, gazetteer):
    # The guideline: otherwise the description as the report words it, without articles.
    att = one(lexicon, gazetteer, '"We will not give up the city," the official said.')
    assert att.speaker.name == "official"


def test_state_speaker(lexicon, gazetteer):
    s = one(lexicon, gazetteer, "Kyiv says Russian forces lost 500 troops near the river.").speaker
    assert (s.name, s.kind, s.side) == ("Kyiv", "state", "Ukraine")


def test_office_of_a_named_person(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "The mayor, Ihor Terekhov, said the city had no heat.",
                         "Terekhov's office said repairs would take days.") == [
        ["Ihor Terekhov"], ["Ihor Terekhov"]]


def test_office_of_a_known_leader(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "President Volodymyr Zelensky said the army would hold the line.",
                         "Zelensky's office said the talks would resume.") == [
        ["Volodymyr Zelensky"], ["Volodymyr Zelensky"]]


# --- titles --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("French President Emmanuel Macron said his government would send armoured vehicles.",
     "Emmanuel Macron", "French President"),
    ("German Chancellor Olaf Scholz said Berlin would send more air defence.",
     "Olaf Scholz", "German Chancellor"),
    ("Defence Minister Petra Novak said the convoy was hit.", "Petra Novak", "Defence Minister"),
])
def test_titles_are_split_from_names(lexicon, gazetteer, sentence, name, role):
    s = one(lexicon, gazetteer, sentence).speaker
    assert (s.name, s.role, s.kind) == (name, role, "person")


def test_title_gives_the_side(lexicon, gazetteer):
    s = one(lexicon, gazetteer, "Polish Foreign Minister Jan Kowalczyk said support would continue.").speaker
    assert (s.name, s.side) == ("Jan Kowalczyk", "Poland")


# --- pronouns ------------------------------------------------------------------------------

def test_she_said_is_the_last_person(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Defence Minister Petra Novak said the convoy was hit.",
                         "The Sudanese army said it had retaken the airport.",
                         "She said the drivers survived.") == [
        ["Petra Novak"], ["Sudanese army"], ["Petra Novak"]]


def test_he_said_after_a_quote(lexicon, gazetteer):
    _, found = run(lexicon, gazetteer,
                   "Polish Foreign Minister Jan Kowalczyk said support would continue.",
                   '"We stand with our neighbours," he said.')
    (att,) = found[1]
    assert (att.speaker.name, att.quote) == ("Jan Kowalczyk", "We stand with our neighbours,")


def test_he_said_refers_to_a_person_named_but_not_quoted(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Polish Foreign Minister Jan Kowalczyk arrived in Kyiv on Monday.",
                         "He said support would continue.") == [[], ["Jan Kowalczyk"]]


def test_it_said_refers_to_an_institution_opening_the_sentence_before(lexicon, gazetteer):
    """Bug found in samples/: a ministry that opened a sentence without quoting anyone was no
    antecedent, so its `It said` went to the institution that spoke before it."""
    assert speaker_names(
        lexicon, gazetteer,
        "The Sudanese army said it had retaken the airport in El Obeid.",
        "Chad's Foreign Ministry gave a different account of the fighting.",
        "It said 40 refugees had crossed the border overnight.",
    ) == [["Sudanese army"], [], ["Chadian Foreign Ministry"]]


@pytest.mark.parametrize("opener, speaker", [
    ("Chad's defence ministry did not comment on the report.", "Chadian defence ministry"),
    ("The Chadian military declined to comment on the report.", "Chadian military"),
    ("The ministry did not comment.", "Sudanese army"),
])
def test_it_said_refers_to_a_country_s_institution_that_did_not_comment(lexicon, gazetteer, opener, speaker):
    """`Russia's defence ministry did not comment. It said ...`: a possessive or a demonym
    before a lower-case head word opens the sentence before, so it is the `it`."""
    assert speaker_names(
        lexicon, gazetteer,
        "The Sudanese army said it had retaken the airport in El Obeid.",
        opener,
        "It said 40 refugees had crossed the border overnight.",
    ) == [["Sudanese army"], [], [speaker]]


def test_plural_or_unnamed_openers_are_no_antecedent_for_it(lexicon, gazetteer):
    assert speaker_names(
        lexicon, gazetteer,
        "The Sudanese army said it had retaken the airport.",
        "Rapid Support Forces shelled three districts of El Fasher.",
        "Sudan-Chad talks stalled on Monday.",
        "It said 40 fighters had been captured.",
    )[-1] == ["Sudanese army"]


@pytest.mark.parametrize("full", ["General Staff of the Sudanese Armed Forces",
                                  "Sudanese General Staff"])
def test_a_bare_institution_name_is_the_one_named_in_full_before(lexicon, gazetteer, full):
    """Bug found in samples/: `the General Staff` after its full name was a second speaker."""
    first, later = speaker_names(lexicon, gazetteer,
                                 f"The {full} said 12 drones were shot down.",
                                 "Later the General Staff said 3 more drones were downed.")
    assert later == first and len(first) == 1


def test_a_bare_institution_name_alone_stays_as_written(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "The General Staff said 3 drones were downed.") == [["General Staff"]]


# --- descriptions that a later apposition names ------------------------------------------------

def test_governor_description_resolves_to_the_name_given_later(lexicon, gazetteer):
    tracker, found = run(lexicon, gazetteer,
                         "The governor of Luhansk region said troops were advancing slowly.",
                         "The Luhansk governor, Serhiy Haidai, said the ground was freezing.")
    (first,), (second,) = found
    assert first.speaker.name == "Luhansk governor"
    assert tracker.resolve(first.speaker).name == "Serhiy Haidai"
    assert second.speaker.name == "Serhiy Haidai"


@pytest.mark.parametrize("first, later, name", [
    ("The mayor of Kovel, Ivan Petrenko, said the water was cut.",
     "The mayor of Kovel said repairs had begun.", "Ivan Petrenko"),
    ("The UN nuclear watchdog, the IAEA, said the plant lost power.",
     "The UN nuclear watchdog said power was restored.", "IAEA"),
    ("Shelling resumed at dawn, according to the Kovel mayor, Ivan Petrenko, who spoke to reporters.",
     "The Kovel mayor said more shells fell.", "Ivan Petrenko"),
])
def test_an_appositive_description_resolves_to_the_name_it_describes(lexicon, gazetteer, first, later, name):
    assert speaker_names(lexicon, gazetteer, first, later) == [[name], [name]]


def test_a_name_described_after_it_speaks(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Ivan Petrenko, the mayor of Kovel, said the water was cut.") == [["Ivan Petrenko"]]


@pytest.mark.parametrize("sentences", [
    ("The death toll in Lysychansk rose to 605, the regional governor said.",),
    ("Governor Ivan Petrenko said the strikes went on.",
     "The death toll in Kovel rose to 12, Petrenko said."),
    ("The toll in Kovel rose to 605, Ivan Petrenko, the regional governor, said.",),
    ("The mayor of Kovel warned residents to leave, Ivan Petrenko, the regional governor, said.",),
    ("A pensioner was among the dead, Olena Marchuk, a local official, said.",),
    ("Forty homes burned, according to the latest count, Ivan Petrenko, who runs the shelter.",),
])
def test_a_clause_before_the_speaker_is_no_description_of_it(lexicon, gazetteer, sentences):
    """Bug: `The death toll in X rose to 605, the governor said` made the clause a name for the
    governor."""
    tracker, _ = run(lexicon, gazetteer, *sentences)
    assert tracker.aliases == {}


@pytest.mark.parametrize("first, later, name", [
    ("The defence ministry, the governor said, had sent no help.",
     "The defence ministry said help was on its way.", "defence ministry"),
    ("The Kremlin, Olena Marchuk said, would never agree.",
     "The Kremlin said it would never agree.", "Kremlin"),
])
def test_a_parenthetical_attribution_is_no_apposition(lexicon, gazetteer, first, later, name):
    """`The Kremlin, X said, would...`: the name is set off by one comma, not two."""
    tracker, found = run(lexicon, gazetteer, first, later)
    assert tracker.aliases == {}
    assert [tracker.resolve(a.speaker).name for a in found[1]] == [name]


@pytest.mark.parametrize("description", [
    "The mayor of Kovel", "The Luhansk governor", "the Kharkiv regional governor",
    "A spokesman for the regional administration", "The UN nuclear watchdog",
    "The governor of the Donetsk region", "The country's top diplomat",
    "The head of the regional military administration",
    "The Russian-installed governor of the occupied Kherson region",
    "The 41-year-old volunteer", "The Kremlin", "The Speaker of the parliament",
    "The Kyiv-based think tank", "The UN refugee agency",
])
def test_descriptions_of_people_and_institutions(description):
    assert sp._is_description(description)


@pytest.mark.parametrize("clause", [
    "The death toll in Lysychansk rose to 605", "The toll rose to 605",
    "A pensioner was among the dead", "The mayor of Kovel warned residents to leave",
    "The shelling of the city council", "The mayor of Kovel reported 12",
    "The governor of the 605", "The strike hit the office", "The regional governor said",
])
def test_clauses_are_no_descriptions(clause):
    assert not sp._is_description(clause)


def test_unnamed_governor_stays_a_description(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "The governor of the neighbouring Kharkiv region said shelling had eased.") == [
        ["Kharkiv governor"]]


def test_surname_only_resolves_to_the_full_name_given_elsewhere(lexicon, gazetteer):
    tracker, found = run(lexicon, gazetteer,
                         "Mr Whitcombe said the aid would arrive next week.",
                         "Britain's envoy, Daniel Whitcombe, visited the port.")
    (att,) = found[0]
    assert tracker.resolve(att.speaker).name == "Daniel Whitcombe"
    assert found[1] == []  # visiting is no statement


def test_surname_after_the_full_name(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Defence Minister Petra Novak said the convoy was hit.",
                         "Ms Novak said the drivers had survived.") == [
        ["Petra Novak"], ["Petra Novak"]]


def test_definite_description_resolves_to_the_named_leader(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "President Volodymyr Zelensky said the army would hold the line.",
                         "The Ukrainian leader also said more tanks were needed.") == [
        ["Volodymyr Zelensky"], ["Volodymyr Zelensky"]]


# --- institutions --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Ukraine's military said it had repelled the attack.", "Ukrainian military"),
    ("The Ukrainian military said it had repelled the attack.", "Ukrainian military"),
    ("Sudan's army said it had retaken the airport.", "Sudanese army"),
    ("Israel's military said it struck a command centre.", "Israeli military"),
    ("The Russian Defence Ministry said its forces had taken the village.", "Russian Defence Ministry"),
])
def test_institutions_are_canonical(lexicon, gazetteer, sentence, name):
    s = one(lexicon, gazetteer, sentence).speaker
    assert s.name == name
    assert s.kind == "institution"


def test_institution_side(lexicon, gazetteer):
    assert one(lexicon, gazetteer, "Ukraine's military said it had repelled the attack.").speaker.side == "Ukraine"


def test_it_said_refers_to_the_institution(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "Ukraine's military said it had repelled the attack.",
                         "It said two tanks were destroyed.") == [
        ["Ukrainian military"], ["Ukrainian military"]]


# --- verification notes ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Reuters could not independently verify the battlefield accounts.",
    "The figures could not be independently confirmed.",
    "The Associated Press was unable to verify the claims.",
    "It was not possible to verify the casualty numbers.",
    "The wire service has not been able to independently confirm the report.",
    "The newspaper couldn't verify the footage.",
    "These numbers have not yet been independently corroborated.",
    "The channel has not verified the video.",
    "There was no independent confirmation of the toll.",
    "Independent verification was not possible.",
])
def test_verification_notes_are_not_statements(lexicon, gazetteer, sentence):
    _, (atts,) = run(lexicon, gazetteer, sentence)
    assert atts == []
    assert lexicon.is_verification_note(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The defence ministry hasn't confirmed the withdrawal, but several frontline commanders "
     "acknowledged the loss of the bridge.", ["frontline commanders"]),
    ("The newspaper notes that the toll it was given cannot be independently confirmed.",
     ["newspaper"]),
])
def test_a_verification_note_leaves_the_rest_of_its_sentence_a_statement(lexicon, gazetteer,
                                                                           sentence, expected):
    assert lexicon.is_verification_note(sentence)
    assert [n.removeprefix("several ") for n in speaker_names(lexicon, gazetteer, sentence)[0]] == expected


@pytest.mark.parametrize("sentence", [
    "Reuters reported that the bridge had been destroyed.",
    "The wire service could not immediately reach the army for comment.",
    "The army said it had confirmed the deaths of four soldiers.",
    "The mayor said the shelling was not aimed at the market, and confirmed two deaths.",
])
def test_ordinary_statement_is_not_a_verification_note(lexicon, sentence):
    assert not lexicon.is_verification_note(sentence)


# --- the lexicon ---------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["zelenskiy", "Zelenskyy", "Zelensky", "volodymyr zelensky",
                                   "Volodymyr Zelenskiy"])
def test_same_speaker_spellings(lexicon, query):
    assert lexicon.same_speaker(query, "Volodymyr Zelensky")


@pytest.mark.parametrize("query", ["Macron", "Haidai", ""])
def test_not_the_same_speaker(lexicon, query):
    assert not lexicon.same_speaker(query, "Volodymyr Zelensky")



# Per word list a users' file extends: the sentences, and who speaks in each without and with
# the word added.
USER_WORDS = [
    ('institution_nouns = ["Militia"]',  # folded as words are looked up
     ["Hamas said the bridge was hit.", "The militia said two fighters were lost."],
     [("Hamas",), ("militia",)], [("Hamas",), ("Hamas",)]),
    ('person_roles = ["secretary"]',
     ["Ukrainian Secretary of State Olena Koval said the talks failed.",
      "The Ukrainian secretary added that more talks were planned."],
     [("Olena Koval",), ("Ukrainian secretary",)], [("Olena Koval",), ("Olena Koval",)]),
    ('single_person_heads = ["negotiator"]',
     ["The negotiator said the talks failed.", "He said more were planned."],
     [("negotiator",), ()], [("negotiator",), ("negotiator",)]),
    ('local_heads = ["service"]', ["Kyiv's emergency service said five people were hurt."],
     [("Ukrainian emergency service",)], [("Kyiv emergency service",)]),
]


@pytest.mark.parametrize("words, sentences, shipped, extended", USER_WORDS)
def test_a_speakers_file_extends_a_word_list(tmp_path, gazetteer, words, sentences, shipped, extended):
    user_file = tmp_path / "words.toml"
    user_file.write_text(words + "\n", encoding="utf-8")
    for lexicon, expected in ((SpeakerLexicon.load(), shipped),
                              (SpeakerLexicon.load([user_file]), extended)):
        found = speaker_names(lexicon, gazetteer, *sentences)
        assert [tuple(names) for names in found] == expected


def test_a_speakers_file_makes_a_head_anonymous(tmp_path, gazetteer):
    user_file = tmp_path / "words.toml"
    user_file.write_text('anonymous_heads = ["analysts"]\n', encoding="utf-8")
    sentence = "Western analysts said the offensive had stalled."
    assert one(SpeakerLexicon.load(), gazetteer, sentence).speaker.kind == "institution"
    assert one(SpeakerLexicon.load([user_file]), gazetteer, sentence).speaker.kind == "anonymous"


def test_in_order_keeps_the_data_order_and_matches_any_white_space():
    pattern = sp._in_order(["team", "press office", "Gen."])
    assert pattern.split("|")[0] == "team"
    assert all(regex.fullmatch(pattern, t) for t in ["team", "press \n office", "Gen."])
    assert not regex.fullmatch(pattern, "Genx") and not regex.fullmatch(pattern, "pressoffice")

# --- fast paths: the same results as the plain patterns ------------------------------------

RULES = load_toml("speakers.toml")
# Pieces of text around the rules' own phrases: odd neighbours of words (apostrophes, hyphens,
# letters outside ASCII, ſ and İ that match s and i case-insensitively, white space that is
# not a space), capitals, quotes, commas and colons.
PIECES = (RULES["reporting_verbs"] + RULES["source_cues"] + RULES["verification_notes"]
          + RULES["adverbs"] + ["Said", "SAID", "Claims", "ACCORDING TO", "Could Not Verify",
                                "Ivan Petrenko", "the ministry", "Kyiv", "Source", "in Kyiv",
                                "(ZSU)", "who", "on Monday", "in a statement", "will", "the",
                                "of", "by the", "citing", "ſaid", "İndependently", "é", "²", "x",
                                "Prime\nMinister", "President", "Gen.", "Ivan", "quoted", "as saying",
                                "Sources", "and", "\nand"])
SEPARATORS = [" ", "", "  ", "\n", "\u00a0", "\x1c", ",", ", ", ".", "'", "-", '"', ": ", "_"]


@st.composite
def texts(draw) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)),
                          max_size=12))
    return "".join(piece + sep for piece, sep in parts)


@given(texts())
@settings(max_examples=400, deadline=None)
def test_verbs_in_finds_what_the_verb_pattern_finds(text):
    expected = [m.span() for m in sp._rules().verb.finditer(text)]
    assert [m.span() for m in sp._verbs_in(text)] == expected


@given(texts())
@settings(max_examples=400, deadline=None)
def test_hints_never_skip_a_cue_or_a_note(text):
    rules = sp._rules()
    assert [m.span() for m in sp._sources_in(text)] == [m.span() for m in rules.source.finditer(text)]
    assert sp._is_verification_note(text) == (rules.note.search(text) is not None)
    assert [m.span() for m in sp._titled_names(text)] == [m.span() for m in sp._TITLED_NAME.finditer(text)]
    assert [m.span() for m in sp._quoted_as(text)] == [m.span() for m in sp._QUOTED_AS.finditer(text)]
    assert (sp._source_line(text) is None) == (sp._SOURCE_LINE.match(text) is None)


@given(texts())
@settings(max_examples=400, deadline=None)
def test_patterns_matched_from_the_end_agree_with_the_forward_search(text):
    for pattern in (sp._NOUN_BEFORE, sp._MODAL_BEFORE, sp._ENDS_IN_APPOSITION,
                    sp._ENDS_IN_COMMA_OR_QUOTE, sp._OF_BEFORE, sp._RELATIVE_CLAUSE_AT_END,
                    sp._PLACE_AFTER_SPEAKER_AT_END, sp._DESCRIPTION_BEFORE_AT_END,
                    sp._rules().adverbs_at_end):
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        assert (pattern.match(text) is not None) == (forward.search(text) is not None), pattern
    last_word = regex.compile(sp._LAST_WORD.pattern).search(text)
    if last_word:
        assert sp._LAST_WORD.match(text).group(1) == last_word.group(1)
    else:
        assert sp._LAST_WORD.match(text) is None
    assert text[:sp._TRAILING_COMMA.match(text).start()] == regex.sub(r",?\s*$", "", text, count=1)
    forward_words = [m.group() for m in regex.finditer(sp._WORD_FROM_END.pattern, text)]
    assert [m.group() for m in sp._WORD_FROM_END.finditer(text)] == forward_words[::-1]


@given(texts())
@settings(max_examples=300, deadline=None)
def test_strip_adverbs_is_the_plain_loop(text):
    def plain(left: str) -> str:
        while True:
            m = sp._rules().adverbs.search(left)
            if not m or m.start() == m.end():
                return left.rstrip()
            before, closes = left[:m.start()], m.group().rstrip().endswith(",")
            closes_apposition = m.group().startswith(",") and not closes
            left = before + ("," if closes_apposition or closes and not sp._opens_with_subject(before) else "")
    assert sp._strip_adverbs(text) == plain(text)


@given(texts())
@settings(max_examples=400, deadline=None)
def test_adverb_endings_never_skip_an_adverb(text):
    for tail in ("", ",", " , ", "\n"):
        assert sp._may_end_in_adverb(text + tail) or not sp._rules().adverbs_at_end.match(text + tail)


def test_adverb_endings_skip_texts_without_one():
    assert sp._may_end_in_adverb("The military on Thursday")
    assert sp._may_end_in_adverb("Officials, in a statement,")
    assert sp._may_end_in_adverb("The military yeſterday")  # ſ matches s: no lower-case test
    assert not sp._may_end_in_adverb("The regional governor")
    assert sp._adverb_endings(["früh"]) is None


@given(texts())
@settings(max_examples=300, deadline=None)
def test_words_after_a_verb_match_as_the_plain_patterns(text):
    plain_citing = regex.compile(r"\s+citing\b", regex.I)
    plain_passive = regex.compile(r"\s+by\s+(?=(?:the\s+)?\p{Lu}|the\s)", regex.I)
    for pos in range(len(text) + 1):
        assert (sp._CITING_AFTER.match(text, pos) is None) == (plain_citing.match(text, pos) is None)
        assert (sp._PASSIVE_AFTER.match(text, pos) is None) == (plain_passive.match(text, pos) is None)


def ascii_texts():
    """texts() with every character outside ASCII made a `?`: what the ASCII twins match."""
    return texts().map(lambda t: t.encode("ascii", "replace").decode())


def spans_and_groups(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@given(ascii_texts())
@settings(max_examples=400, deadline=None)
def test_ascii_twins_find_what_their_patterns_find(text):
    assert spans_and_groups(sp._NAME_PAIR_IN_ASCII, text) == spans_and_groups(sp._NAME_PAIR, text)
    for pattern in (sp._NAME_PAIR, sp._TITLED_NAME, sp._QUOTED_AS, sp._rules().source,
                    sp._rules().verb, sp._NAMED_PAIR_BEFORE, sp._MEMBER_OF):
        assert spans_and_groups(ascii_twin(pattern), text) == spans_and_groups(pattern, text)
    for name in ("Ivan Petrenko", "Ivan Petro Petrenko-Lys", "O'Brien Smith"):
        assert spans_and_groups(sp._NAME_PAIR_IN_ASCII, name) == spans_and_groups(sp._NAME_PAIR, name)


@given(st.lists(texts(), min_size=1, max_size=4))
@settings(max_examples=200, deadline=None)
def test_reading_the_words_before_a_verb_once_changes_nothing(lexicon, gazetteer, sentences):
    """_read_left is cached across reports: it must not depend on what a report said before."""
    cached = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    fresh = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    for sentence in sentences + sentences:
        expected = cached.attribute(sentence)
        sp._read_left.cache_clear()
        assert fresh.attribute(sentence) == expected
    assert (fresh.recent, fresh.aliases) == (cached.recent, cached.aliases)


def test_letters_that_match_ascii_case_insensitively_lower_to_it_or_are_listed():
    """What makes lower-casing a text before a case-sensitive hint search safe."""
    every_char = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for char in regex.findall(r"[a-z]", every_char, regex.I):
        assert char.lower() in "abcdefghijklmnopqrstuvwxyz" or char in sp._FOLDS_TO_ASCII, hex(ord(char))
    for char in regex.findall(r"\s", every_char):
        assert re.fullmatch(r"\s", char), hex(ord(char))  # the hints' \s covers regex's


WORDS = st.text(alphabet="abc.", min_size=1, max_size=4)


@given(st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6),
       st.lists(WORDS, min_size=1, max_size=3), st.sampled_from([" ", "  ", "\n "]))
def test_prefix_tree_matches_exactly_its_phrases(phrases, words, space):
    tree = re.compile(sp._prefix_tree(phrases))
    assert (tree.fullmatch(space.join(words)) is not None) == (" ".join(words) in phrases)
    for phrase in phrases:
        assert tree.fullmatch(phrase.replace(" ", space))


def test_prefix_tree_of_nothing_matches_everywhere():
    """No phrases: a hint that can rule nothing out."""
    assert re.compile(sp._prefix_tree([])).search("said")


def test_first_word_finder_needs_word_characters():
    assert sp._first_word_finder(["said", "pointed out"]).pattern
    assert sp._first_word_finder(["said", "2nd-said"]) is None  # a digit may touch a verb
    assert sp._first_word_finder([]) is None


def test_lower_case_hint_only_for_ascii_phrases():
    assert sp._lower_case_hint(["According to"]).search("according  to")
    assert sp._lower_case_hint(["según"]) is None
    assert sp._may_contain(None, "anything")
    assert sp._may_contain(sp._lower_case_hint(["said by"]), "ſaid by")  # ſ: no lower-case s
    assert not sp._may_contain(sp._lower_case_hint(["said by"]), "SAID, by")


@pytest.mark.parametrize("phrase, parts", [
    ("Max Seddon of the Financial Times", ("Max Seddon", "Max Seddon of the Financial Times",
                                           None, None, "Max Seddon of the Financial Times")),
    ("the Wagner statement", (None, "Wagner", None, None, "Wagner")),
    ("Terekhov's office", (None, "Terekhov's office", "Terekhov", None, "Terekhov's office")),
    ("Defence Minister Petra Novak", (None, "Defence Minister Petra Novak", None,
                                      "Defence Minister", "Petra Novak")),
    ("and its allies", (None, None, None, None, "and its allies")),
])
def test_name_parts(phrase, parts):
    assert tuple(sp._name_parts(phrase)) == parts


def test_abbreviation_dots_are_dropped():
    assert sp._without_abbreviation_dots("U.S. officials") == "US officials"
    assert sp._without_abbreviation_dots("officials in the U.K.") == "officials in the UK"
    assert sp._without_abbreviation_dots("Dr. U.S.A. Smith") == "Dr. U.S.A. Smith"


def test_place_and_acronym_after_a_speaker_are_dropped():
    assert sp._without_place("Officials in Kherson") == "Officials"
    assert sp._without_place("Officials said") == "Officials said"
    assert sp._without_place("The health ministry in the rebel-held enclave") == "The health ministry"
    assert sp._without_place("Officials in the northern city") == "Officials"
    assert sp._without_place("The office in the long rainy season") == "The office in the long rainy season"


def test_a_place_described_in_words_after_an_institution_leaves_the_institution(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer,
                         "The health ministry in the besieged enclave said 40 people were killed.",
                         "Officials in the province said the road to Varnok was cut.") == [
        ["health ministry"], ["officials"]]
    assert sp._without_acronyms("the Armed Forces (ZSU)") == "the Armed Forces"
    assert sp._without_acronyms("the Armed Forces") == "the Armed Forces"


def test_side_of_word(lexicon, gazetteer):
    tracker = SpeakerTracker(lexicon, gazetteer, "")
    assert tracker._side_of_word("Ukrainian") == "Ukraine"
    assert tracker._side_of_word("Moscow's") == "Russia"
    assert tracker._side_of_word("regional") is None
    assert tracker._side_of(["the", "Ukrainian", "military"]) == "Ukraine"


def test_named_pair_across_a_line_break(lexicon, gazetteer):
    assert speaker_names(lexicon, gazetteer, "Baza\nand Shot reported the blast.") == \
        speaker_names(lexicon, gazetteer, "Baza and Shot reported the blast.")


def test_place_is_the_gazetteers_and_name_words_skip_places(lexicon, gazetteer):
    tracker = SpeakerTracker(lexicon, gazetteer, "")
    assert tracker._place("Kyiv") == gazetteer.resolve_place("Kyiv") is not None
    assert tracker._place("Petrenko") is None
    assert tracker._could_be_name("Petrenko") and not tracker._could_be_name("Ukraine")


def test_remember_keeps_each_speaker_once_latest_last(lexicon, gazetteer):
    tracker = SpeakerTracker(lexicon, gazetteer, "")
    a, b = Speaker("A"), Speaker("B")
    for s in (a, b, Speaker("A")):
        tracker._remember(s)
    assert tracker.recent == [b, a]


@given(st.lists(st.tuples(st.sampled_from("ABC"), st.sampled_from([None, "x"])), max_size=20))
def test_remember_is_remove_then_append(lexicon, gazetteer, named):
    """_remember finds the listed speaker by identity; the same as removing an equal one."""
    tracker = SpeakerTracker(lexicon, gazetteer, "")
    plain: list[Speaker] = []
    for name, role in named:
        speaker = Speaker(name, role)
        tracker._remember(speaker)
        if speaker in plain:
            plain.remove(speaker)
        plain.append(speaker)
    assert tracker.recent == plain and all(a is b for a, b in zip(tracker.recent, plain))
