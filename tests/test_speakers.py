"""Speakers: who each statement is attributed to, and how later references resolve to one
canonical name within a report. Every name and sentence here is invented for the test
(apart from well-known leaders the lexicon is expected to know)."""
from __future__ import annotations

import pytest

from conflict_digest.places import Gazetteer
from conflict_digest.speakers import SpeakerLexicon, SpeakerTracker


@pytest.fixture(scope="module")
def lexicon() -> SpeakerLexicon:
    return SpeakerLexicon.load()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


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


# --- descriptions that a later apposition names ------------------------------------------------

def test_governor_description_resolves_to_the_name_given_later(lexicon, gazetteer):
    tracker, found = run(lexicon, gazetteer,
                         "The governor of Luhansk region said troops were advancing slowly.",
                         "The Luhansk governor, Serhiy Haidai, said the ground was freezing.")
    (first,), (second,) = found
    assert first.speaker.name == "Luhansk governor"
    assert tracker.resolve(first.speaker).name == "Serhiy Haidai"
    assert second.speaker.name == "Serhiy Haidai"


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
])
def test_verification_notes_are_not_statements(lexicon, gazetteer, sentence):
    _, (atts,) = run(lexicon, gazetteer, sentence)
    assert atts == []
    assert lexicon.is_verification_note(sentence)


def test_ordinary_statement_is_not_a_verification_note(lexicon):
    assert not lexicon.is_verification_note("Reuters reported that the bridge had been destroyed.")


# --- the lexicon ---------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["zelenskiy", "Zelenskyy", "Zelensky", "volodymyr zelensky",
                                   "Volodymyr Zelenskiy"])
def test_same_speaker_spellings(lexicon, query):
    assert lexicon.same_speaker(query, "Volodymyr Zelensky")


@pytest.mark.parametrize("query", ["Macron", "Haidai", ""])
def test_not_the_same_speaker(lexicon, query):
    assert not lexicon.same_speaker(query, "Volodymyr Zelensky")
