"""Speakers in reports of many wars: a role qualified by another place than the one of the
person named with it before, anonymous sources inside an institution, a state's belief, both
of a pair, an organisation's representative in a country, and a group's own outlet. Every
name and sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.speakers import SpeakerTracker
from helpers import speakers


# --- a role qualified by another place is not the person named with it before ---------------

@pytest.mark.parametrize("sentences, expected", [
    (["The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
      "In Sumy, the governor said a drone hit a school."], ("Sumy governor", "institution")),
    (["The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
      "In Sumy region, the governor said a drone hit a school."], ("Sumy governor", "institution")),
    (["The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
      "The governor in Sumy said a drone hit a school."], ("Sumy governor", "institution")),
    (["The governor of Borno State, Musa Garba, said 40 fighters were killed.",
      "In Yobe, the governor said the road to the camp was closed."], ("Yobe governor", "institution")),
    (["The Sagaing regional chief minister, Kyaw Min, said the town was shelled.",
      "In Magway, the chief minister said 12 villages were burnt."], ("Magway chief minister", "institution")),
    (["Governor Musa Garba of Borno said 40 fighters were killed.",
      "In Yobe, the governor said the road to the camp was closed."], ("Yobe governor", "institution")),
    (["Mayor Ana Ruiz of Medellin said four people died.",
      "In Cali, the mayor said a bomb went off near a police station."], ("Cali mayor", "institution")),
    # the governor of the same place is the person named before
    (["Governor Musa Garba of Borno said 40 fighters were killed.",
      "In Maiduguri, the governor said the road to the camp was closed."], ("Musa Garba", "person")),
    (["The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
      "In Kharkiv, the governor said power was back."], ("Ivan Petrenko", "person")),
    (["The governor of North Darfur, Adam Yahia, said the camp was shelled.",
      "In El Fasher, the governor said 30 people were killed."], ("Adam Yahia", "person")),
    # with no place named, the governor is the one named before
    (["The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
      "The governor said a drone hit a school."], ("Ivan Petrenko", "person")),
])
def test_a_role_of_another_place_is_not_the_person_named_before(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1][0] == expected


@pytest.mark.parametrize("sentence, role", [
    ("Governor Musa Garba of Borno State said 40 fighters were killed.", "Governor of Borno State"),
    ("Mayor Ana Ruiz of Medellin said four people died.", "Mayor of Medellin"),
    # a country's or an organisation's `of` is no office of a region or city
    ("President Ali Musa of Chad said the border was closed.", "President"),
    ("Commander Ali Musa of the Kora Brigades said four fighters died.", "Commander"),
])
def test_a_title_of_a_region_or_city_after_the_name_is_its_office(lexicon, gazetteer, sentence, role):
    [attribution] = SpeakerTracker(lexicon, gazetteer, sentence).attribute(sentence)
    assert attribution.speaker.role == role


def test_the_governor_of_the_other_place_speaks_again_as_that_governor(lexicon, gazetteer):
    found = speakers(lexicon, gazetteer, "The Kharkiv governor, Ivan Petrenko, said two people were hurt.",
                     "In Sumy, the governor said a drone hit a school.", "The governor added that nobody was killed.")
    assert found[1:] == [[("Sumy governor", "institution")], [("Sumy governor", "institution")]]


# --- sources inside an institution speak as the anonymous sources they are -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Sources in the ministry said the talks had stalled.", ("sources in the ministry", "anonymous")),
    ("Security sources in the army said 12 fighters were killed near Kidal.",
     ("security sources in the army", "anonymous")),
    ("Two sources within the junta said the general had fled to Naypyitaw.",
     ("sources within the junta", "anonymous")),
    ("Officials inside the Sudanese health ministry said 40 bodies were found.",
     ("officials inside the Sudanese health ministry", "anonymous")),
    ("The convoy was ambushed near Kutum, according to sources in the Sudanese army.",
     ("sources in the Sudanese army", "anonymous")),
    ("The offensive will start within days, said sources in the Colombian defence ministry.",
     ("sources in the Colombian defence ministry", "anonymous")),
    # inside an organisation named by its name
    ("Sources within the RSF said the general had fled to Nyala.", ("sources within the RSF", "anonymous")),
    ("Two sources inside the Arakan Army said 40 soldiers surrendered.",
     ("sources inside the Arakan Army", "anonymous")),
    ("Officials in the ELN said the ceasefire would hold.", ("officials in the ELN", "anonymous")),
    # a place after the source is no institution it is inside
    ("Sources in the Gaza Strip said the crossing was shut.", ("sources", "anonymous")),
    ("Officials in Mopti said the market was hit.", ("officials", "anonymous")),
    ("Residents in the camp said the shelling went on all night.", ("residents", "anonymous")),
])
def test_sources_inside_an_institution_speak_anonymously(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][0] == expected


# --- a state's belief or fear followed by a claim is its statement ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Israel believes Hezbollah has moved its rockets north of the river.", [("Israel", "state")]),
    ("Kyiv believes the strike on the dam was deliberate.", [("Kyiv", "state")]),
    ("Washington fears the truce in Sudan will collapse within weeks.", [("Washington", "state")]),
    ("Colombia suspects that ELN commanders are hiding across the border.", [("Colombia", "state")]),
    ("Myanmar's junta believes the rebels were armed from abroad.", [("Burmese junta", "institution")]),  # a body's too
    ("The strike hit what Israel believes is an arms depot.", [("Israel", "state")]),
    # a fear of a thing, not of a claim; people that are no state
    ("Mali fears renewed attacks on its northern towns.", []),
    ("Residents fear the dam will break.", []),
    ("Many believe the truce will fail.", []),
    ("Yemen will fear the worst if the port closes.", []),
])
def test_a_states_belief_followed_by_a_claim_is_its_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0] == expected


def test_a_states_belief_speaks_with_the_others_of_its_sentence(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Sudan believes the paramilitary has used drones, the foreign ministry said.")[0] \
        == [("foreign ministry", "institution"), ("Sudan", "state")]


# --- both of a pair speak ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Both the Houthis and the Saudi-led coalition said the port was shelled.",
     [("Houthis", "institution"), ("Saudi-led coalition", "institution")]),
    ("Both the Houthis and Saudi-led coalition said the port was shelled.",
     [("Houthis", "institution"), ("Saudi-led coalition", "institution")]),
    ("The port at Hodeidah was shelled, said both the Houthis and the Saudi-led coalition.",
     [("Houthis", "institution"), ("Saudi-led coalition", "institution")]),
    ("The ceasefire in Cauca held, according to both the Colombian army and the ELN.",
     [("Colombian army", "institution"), ("ELN", "institution")]),
    ("The town fell on Friday, according to both the junta and the Arakan Army.",
     [("junta", "anonymous"), ("Arakan Army", "institution")]),
    # one name holding `and` stays one after `according to`
    ("The camp was full, according to the Ministry of Health and Social Affairs.",
     [("Ministry of Health and Social Affairs", "institution")]),
])
def test_both_of_a_pair_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0] == expected


# --- a representative in a country is the organisation's, not the country's ------------------

def person(lexicon, gazetteer, *sentences: str) -> tuple[str, str | None, str | None]:
    """The (name, side, role) of the last sentence's first speaker."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    s = found[-1][0].speaker
    return s.name, s.side, s.role


@pytest.mark.parametrize("sentences, expected", [
    (["UNHCR said 5,000 refugees had crossed from Sudan.",
      "Its representative in Chad, Jean Mbaye, said the camps were full."],
     ("Jean Mbaye", "United Nations", "representative in Chad")),
    (["UNHCR said 5,000 refugees had crossed from Sudan.",
      "Jean Mbaye, its representative in Chad, said the camps were full."],
     ("Jean Mbaye", "United Nations", "representative in Chad")),
    (["The UN refugee agency said 5,000 refugees had crossed from Sudan.",
      "The agency's representative in Chad, Jean Mbaye, said the camps were full."],
     ("Jean Mbaye", "United Nations", "agency's representative in Chad")),
    (["Doctors Without Borders said its clinic in Mopti was looted.",
      "Its coordinator in Mali, Awa Traore, said two nurses were hurt."],
     ("Awa Traore", "MSF", "coordinator in Mali")),
    (["France said it would fly aid to Niamey.", "Its ambassador in Niger, Marc Dupont, said the airport was open."],
     ("Marc Dupont", "France", "ambassador in Niger")),
    # named as the organisation's, the same side
    (["The UNHCR representative in Chad, Jean Mbaye, said the camps were full."],
     ("Jean Mbaye", "United Nations", "UNHCR representative in Chad")),
])
def test_a_representative_in_a_country_is_the_organisations(lexicon, gazetteer, sentences, expected):
    assert person(lexicon, gazetteer, *sentences) == expected


# --- a group's outlet named by the group's description is that group's ------------------------

def outlet(lexicon, gazetteer, *sentences: str) -> tuple[str, str | None]:
    """The (name, side) of the last sentence's first speaker, resolved once the report is read."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    s = tracker.resolve(found[-1][0].speaker)
    return s.name, s.side


@pytest.mark.parametrize("sentences, expected", [
    (["Al-Shabaab said it attacked the base in Lower Shabelle.",
      "The militant group's Shahada news agency said 12 soldiers were killed."],
     ("Al-Shabaab Shahada news agency", "al-Shabaab")),
    (["Al-Shabaab said it attacked the base in Lower Shabelle.",
      "The group's Shahada news agency said 12 soldiers were killed."],
     ("Al-Shabaab Shahada news agency", "al-Shabaab")),
    (["The Kora Liberation Front claimed the ambush near Kidal.",
      "The armed group's Thabat outlet said 20 soldiers died."],
     ("Kora Liberation Front Thabat outlet", None)),
    (["The Houthis said they fired two missiles at a ship.",
      "The rebels' Saba news agency said the ship was hit."],
     ("Houthi Saba news agency", "Houthis")),
    (["The Arakan Army said it took the town.", "The rebel group's Voice of Arakan radio said 12 soldiers were killed."],
     ("Arakan Army Voice of Arakan radio", "Arakan Army")),
    # no group named before: as worded
    (["The militant group's Shahada news agency said 12 soldiers were killed."],
     ("militant group Shahada news agency", None)),
])
def test_a_groups_outlet_is_that_groups(lexicon, gazetteer, sentences, expected):
    assert outlet(lexicon, gazetteer, *sentences) == expected
