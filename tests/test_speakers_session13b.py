"""Speakers in reports of many wars: `the military` after one of a force spoke, a place
described before its possessive, a description in a headline named in full below it, an inverted verb after a day set off by
commas, a region's office with and without its suffix, an institution's belief, and a role `its` gives to
an organisation that spoke. Every
name and sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.speakers import SpeakerTracker
from helpers import speakers


# --- `the military` is a body, never one of a body that spoke before ------------------------

@pytest.mark.parametrize("sentences, expected", [
    (["Shelling killed 9 people in the village, said a member of the local Home Defence Force.",
      "The military has denied shelling homes and says it is fighting bandits."], ("military", "anonymous")),
    (["A spokesman for the regime, Tun Aung, did not answer calls.",
      "Shelling killed 9 people in the village, said a fighter of the local defence force.",
      "The army said the village was empty."], ("army", "anonymous")),
    (["A commander of the Kora Armed Forces said 9 people were killed.",
      "The army said the village was empty."], ("army", "anonymous")),
    # the body itself, or one named with its head first, still is
    (["The Kora Defence Ministry said 3 soldiers died.", "The army said only 4 people were killed."],
     ("Kora Defence Ministry", "institution")),
    (["The General Staff of the Kora Armed Forces said 12 raiders were killed.",
      "The military said its losses were light."], ("General Staff of the Kora Armed Forces", "institution")),
])
def test_the_military_is_no_member_of_a_force_that_spoke(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


# --- `the besieged enclave's`: the words describing the place go with it ----------------------

@pytest.mark.parametrize("sentences, expected", [
    (["Shelling in Tigray killed 12 people, the northern region's health bureau said."],
     ("Tigray health bureau", "institution")),
    (["Strikes killed 12 people in Sudan, the army-ruled country's health ministry said."],
     ("Sudanese health ministry", "institution")),
    (["Shelling in Darfur killed 12 people, the head of the war-torn region's health ministry said."],
     ("head of the Darfur health ministry", "institution")),
    (["Shelling across Abkhazia killed 3 people, the breakaway territory's interior ministry said.",
      "The ministry, which gives no names, said 2 were police officers."],
     ("Abkhazia interior ministry", "institution")),
])
def test_words_describing_a_place_before_its_possessive_go_with_it(lexicon, gazetteer, sentences, expected):
    assert {s for found in speakers(lexicon, gazetteer, *sentences) for s in found} == {expected}


# --- a description in a headline is the institution named in full below it ------------------

def test_a_headline_description_is_the_institution_named_in_full_below(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Kora toll passes 400, health ministry says",
                    "The toll in Kora has passed 400, the Kora health ministry said on Monday.",
                    "The ministry said 40 of the dead were children.") == [
        [("Kora health ministry", "institution")]] * 3


def test_a_headline_description_two_institutions_fit_stays_as_worded(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Kora toll passes 400, health ministry says",
                    "The toll in Kora has passed 400, the Kora health ministry said on Monday.",
                    "The Lomi health ministry said 12 people were killed there.")[0] == [
        ("health ministry", "institution")]


# --- an inverted verb after a day or an adverb set off by commas -----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two tankers were hit off Hodeidah, on Monday, said the Houthis.", ("Houthis", "institution")),
    ("Two tankers were hit off Hodeidah on Monday, said the Houthis.", ("Houthis", "institution")),
    ("Two tankers were hit off Hodeidah, late on Monday, said the Houthis.", ("Houthis", "institution")),
    ("The talks collapsed yesterday, said the mediator.", ("mediator", "anonymous")),
    # a subject opening its clause before the commas still speaks
    ("The army, on Monday, said the rebels had shelled a market.", ("army", "anonymous")),
    ("In Kora, the army, on Monday, said 3 soldiers died.", ("army", "anonymous")),
    ('"We will fight on," the commander, on Monday, said.', ("commander", "anonymous")),
    ("Musa, on Monday, said 3 soldiers died.", ("Musa", "person")),
])
def test_an_inverted_verb_after_a_day_set_off_by_commas(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- a region's office is one with and without the region's suffix --------------------------

@pytest.mark.parametrize("sentences", [
    ["Governor Musa Danladi of Zamfara State said 40 bandits were killed.",
     "The Zamfara governor said the road was closed."],
    ["The governor of Zamfara State, Musa Danladi, said 40 bandits were killed.",
     "The Zamfara governor said the road was closed."],
    ["The Zamfara State governor, Musa Danladi, said 40 bandits were killed.",
     "The Zamfara governor said the road was closed."],
    ["The Zamfara governor, Musa Danladi, said 40 bandits were killed.",
     "The Zamfara State governor said the road was closed."],
    ["The Kherson governor, Ivan Bondar, said 4 people were killed.",
     "The Kherson Oblast governor said the bridge was hit again."],
])
def test_a_regions_office_is_one_with_and_without_its_suffix(lexicon, gazetteer, sentences):
    first, second = speakers(lexicon, gazetteer, *sentences)
    assert first[0][1] == "person" and [name for name, _ in second] == [first[0][0]]


def test_the_office_of_another_region_stays_another(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The governor of Zamfara State, Musa Danladi, said 40 bandits were killed.",
                    "In Katsina, the governor said the road was closed.")[1] == [("Katsina governor", "institution")]


# --- an institution's belief followed by a claim is its statement ----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("US intelligence believes the missile was fired from Kora.", ("US intelligence", "institution")),
    ("Ukrainian intelligence assesses that Russia has moved 20 jets to Crimea.",
     ("Ukrainian intelligence", "institution")),
    ("British military intelligence thinks Moscow will try again in spring.",
     ("British military intelligence", "institution")),
    ("The World Food Programme fears that famine will spread to Lomi.", ("World Food Programme", "institution")),
    ("The Kora Liberation Front believes the army has lost 300 men.", ("Kora Liberation Front", "institution")),
    ("The army believes the rebels have 300 fighters left.", ("army", "anonymous")),
])
def test_an_institutions_belief_followed_by_a_claim_is_its_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Residents fear the dam will break.",
    "Officials believe the toll will rise.",
    "Analysts believe the truce will fail.",
    "Experts think the dam will break.",
    "The World Food Programme fears renewed fighting.",  # a thing feared
    "The group is believed to have 300 fighters.",
])
def test_beliefs_of_unnamed_people_or_of_things_say_nothing(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- a role `its` or `the agency's` gives, no person named: the owner's role ------------------

@pytest.mark.parametrize("sentences, expected", [
    (["UNHCR said 20,000 refugees crossed into Chad last week.",
      "Its representative in Chad said more camps were needed."], ("UNHCR representative", "United Nations")),
    (["UNHCR said 20,000 refugees crossed into Chad last week.",
      "More camps were needed, said its representative in Chad."], ("UNHCR representative", "United Nations")),
    (["UNHCR said 20,000 refugees crossed into Chad last week.",
      "The agency's representative in Chad said more camps were needed."], ("UNHCR representative", "United Nations")),
    (["The UN refugee agency said 20,000 refugees crossed into Chad.",
      "Its representative in Chad said more camps were needed."], ("UN refugee agency representative", "United Nations")),
    (["France said its troops would stay in the region.",
      "Its ambassador in Niger said the embassy was closed."], ("French ambassador", "France")),
    # `its` points back past a role that spoke in between, at the organisation
    (["UNHCR said 20,000 refugees crossed into Chad last week.",
      "The UNHCR representative in Chad said more camps were needed.",
      "Its spokeswoman in Geneva said funds were short."], ("UNHCR spokeswoman", "United Nations")),
])
def test_a_role_its_gives_speaks_as_the_owners(lexicon, gazetteer, sentences, expected):
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    assert [(a.speaker.name, a.speaker.side) for a in found[-1]] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["Its spokesman said 40 fighters were killed."], ("spokesman", "anonymous")),  # no owner before
    (["The Kora Liberation Front said it took the bridge.", "Its forces said 40 soldiers were killed."],
     ("forces", "anonymous")),  # no person's role
    (["UNHCR said 20,000 refugees crossed into Chad last week.",
      "Its representative in Chad, Jean Mbaye, said more camps were needed."], ("Jean Mbaye", "person")),
])
def test_other_owned_phrases_speak_as_before(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]
