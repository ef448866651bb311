"""Descriptions that point back at a speaker named before (`the army`, `the group`, `the
ministry`, `the brigades`) in reports of many wars: which kinds of speaker each may name. Every
name and sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


@pytest.mark.parametrize("sentences, expected", [
    # an armed group's army is no `the army`: with no state army named it stays a description
    (["The Kora Liberation Army said it had seized two villages.", "The army said it had repelled the attack."],
     ("army", "anonymous")),
    (["The Kora Liberation Army said it had seized two villages.", "The military said the road was open."],
     ("military", "anonymous")),
    (["The Kora Liberation Army said it had seized two villages.", "The junta said it had repelled the attack."],
     ("junta", "anonymous")),
    # ... and the state's army where one spoke before it
    (["The Kora Armed Forces said they had retaken the bridge.",
      "The Valley Liberation Army said it had seized two villages.", "The army said it had repelled the attack."],
     ("Kora Armed Forces", "institution")),
    (["The Malian army said it had retaken the bridge.",
      "The Valley Independence Army said it had seized two villages.", "The army said the attack failed."],
     ("Malian army", "institution")),
    (["The Myanmar Army said it had retaken the bridge.",
      "The Valley Independence Army said it had seized two villages.", "The military said the attack failed."],
     ("Myanmar Army", "institution")),
    (["The Transitional Military Council said it had retaken the bridge.",
      "The Valley Independence Army said it had seized two villages.", "The junta said the attack failed."],
     ("Transitional Military Council", "institution")),
    # a state's army is no rebel army
    (["The Valley Independence Army said it had seized two villages.",
      "The Myanmar Army said it had retaken the bridge.", "The rebels said they had downed a helicopter."],
     ("Valley Independence Army", "institution")),
])
def test_the_army_is_a_states_never_an_armed_groups(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    # `the group` points back past state bodies at the latest group
    (["The health ministry said 40 people were killed.", "The Kora Front said it had shot down a drone.",
      "The ministry said the toll would rise.", "The group said its fighters were safe."],
     ("Kora Front", "institution")),
    (["The Valley Resistance Movement said it had shot down a drone.", "Kora said the drone was a decoy.",
      "The movement said it had more drones."],
     ("Valley Resistance Movement", "institution")),
    (["The Kora Rights Network said 12 detainees had died.", "The National Police said the claim was false.",
      "The group said it had the names of all 12."],
     ("Kora Rights Network", "institution")),
    (["The Kora Defence Ministry said 12 raiders were killed.", "The group said its fighters were safe."],
     ("group", "anonymous")),
    # and `the ministry` at no group
    (["Hamza Front said it would study the proposal.", "The ministry said the toll would rise."],
     ("ministry", "anonymous")),
    (["Chad said it would study the proposal.", "The government said the border was closed."],
     ("Chad", "state")),
])
def test_the_group_is_no_state_body_and_the_ministry_no_group(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["Ali Musa, commander of the Kora Brigades, said the town had fallen.",
      "The brigades said they had lost 12 fighters."], ("Kora Brigades", "institution")),
    (["Ali Musa, spokesman for the Valley Movement, said the town had fallen.",
      "The movement said it had lost 12 fighters."], ("Valley Movement", "institution")),
    # a person's head still names the person
    (["Ali Musa, commander of the Kora Brigades, said the town had fallen.",
      "The commander said the town had fallen."], ("Ali Musa", "person")),
    # a role naming no organisation leaves the description as worded
    (["Ali Musa, a senior militia official, said the town had fallen.",
      "The militia said it had lost 12 fighters."], ("militia", "anonymous")),
])
def test_a_description_of_an_organisation_never_names_a_person(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["The Kora Support Forces said they had taken the base.", "The Malian army said the attack failed.",
      "The armed forces said the town was retaken."], ("Malian army", "institution")),
    # an armed group's army is no state's armed forces
    (["The Kora Liberation Army said it had seized two villages.", "The armed forces said they were advancing."],
     ("armed forces", "institution")),
    # a people's word before a kind's or a group's description changes nothing
    (["Kora Front said the talks had stalled.", "The Malian army said it struck 40 targets.",
      "The Malian militant group said it fired rockets."], ("Kora Front", "institution")),
    (["The Kora Support Forces paramilitary said it had taken the base.", "The Malian army said the attack failed.",
      "The Malian paramilitary said it was advancing."], ("Kora Support Forces paramilitary", "institution")),
    # ... but a people's army is a name
    (["The Malian army said it had seized two villages.", "The Burkinabe army said it was advancing."],
     ("Burkinabe army", "institution")),
])
def test_the_armed_forces_and_a_peoples_descriptions_point_back(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


def test_they_after_a_known_groups_plural_name_opening_a_sentence_is_that_group(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Houthis fired two missiles at a ship on Monday.",
                    "They said the missiles hit their targets.",
                    "The Kora navy said both were intercepted.",
                    "They said the attacks would continue.") == [
        [], [("Houthis", "institution")], [("Kora navy", "institution")], [("Houthis", "institution")]]


def test_plural_heads_opening_a_sentence_are_still_no_it(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Kora forces shelled the town.", "It said 12 soldiers died.") == [[], []]
