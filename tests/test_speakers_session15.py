"""Speakers in reports of older wars (session 15): ranks abbreviated before a name after an
inverted `said` or `according to`; a name and its description after a quote; saying by phone;
countries whose demonym names a person; a place's governor's office; a pair before a relative
clause; a source's report as subject; a known description named later;
missions and commands of older wars; hospital officials;
sources reached by phone; ranks describing a person;
`the colonel` after `Col. X`; `No group claimed`;
a description opened by `al-`; `, but X, a ..., said`;
a region's name as a first name after a title; headquarters;
a participle placing the source; a long institution's label;
`a statement from X said`; a source at a place with no article;
`on the ground`, `at the scene`. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `said Brig. Gen. Ali Musa`: a rank's full stop ends no source ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ('"We will not stop," said Brig. Gen. Tomas Ferro, a military spokesman.', "Tomas Ferro"),
    ('"The road is open," said Lt. Col. Jo-Ann Reyes.', "Jo-Ann Reyes"),
    ("The blast killed 12 people, said Col. Dario Venn, a coalition spokesman.", "Dario Venn"),
    ("Twelve people were killed, said Maj. Gen. Karim Saadi, the city's security spokesman.", "Karim Saadi"),
    ("Twelve people were killed, according to Maj. Gen. Karim Saadi.", "Karim Saadi"),
    ("Five soldiers died, said Navy Capt. Owen Hale.", "Owen Hale"),
    ("Five soldiers died, said Lt. Cmdr. Owen Hale, a spokesman for the fleet.", "Owen Hale"),
])
def test_an_abbreviated_rank_after_an_inverted_verb_names_the_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


# --- `"...," Ali Musa, a farmer, said.`: a name after a quote opens its clause -----------------

@pytest.mark.parametrize("sentence", [
    '"They fired on the crowd," Nadim Halabi, a shopkeeper, told reporters.',
    '"They fired on the crowd," Nadim Halabi, an army spokesman, told reporters.',
    '"They fired on the crowd," Nadim Halabi, a shopkeeper, said.',
    '"We buried 12 of them," Nadim Halabi, a resident of the village, said.',
])
def test_a_name_after_a_quote_speaks_not_its_description(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[("Nadim Halabi", "person")]]



@pytest.mark.parametrize("sentence", [
    '"We buried 12 of them," Nadim Halabi, a resident of the village, said by phone.',
    "Nadim Halabi, a resident of the village, said by phone that 12 people died.",
    "Nadim Halabi told AFP by telephone that 12 people died.",
])
def test_saying_by_phone_is_no_passive(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence)[0][:1] == [("Nadim Halabi", "person")]


# --- `New Zealand's foreign minister`: a demonym in -er names a person, not a minister -------

@pytest.mark.parametrize("sentence, expected", [
    ("New Zealand's foreign minister said the strike was unlawful.", "New Zealand foreign minister"),
    ("Luxembourg's foreign minister said the strike was unlawful.", "Luxembourg foreign minister"),
    ("The strike was unlawful, New Zealand's defence ministry said.", "New Zealand defence ministry"),
    ("Sri Lanka's defence ministry said 20 rebels were killed.", "Sri Lankan defence ministry"),
])
def test_a_country_whose_demonym_names_a_person_is_its_own_adjective(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `the Kunduz governor's office`: the office of a place's one office-holder is the holder --

@pytest.mark.parametrize("sentences, expected", [
    (["The Oruzgan governor's office said 40 people were killed."], [("Oruzgan governor", "institution")]),
    (["The Nineveh provincial governor's office said 40 people were killed."],
     [("Nineveh provincial governor", "institution")]),
    (["Forty people were killed, the Valle del Sol governor's office said."],
     [("Valle del Sol governor", "institution")]),
    # one speaker with the governor speaking in person
    (["The Oruzgan governor's office said 40 people were killed.", "The Oruzgan governor said 12 were children."],
     [("Oruzgan governor", "institution")]),
    # no place, or an office named in capitals, is an institution as worded
    (["The governor's office said 40 people were killed."], [("governor's office", "institution")]),
    (["The Prime Minister's Office said 40 people were killed."], [("Prime Minister's Office", "institution")]),
])
def test_a_place_governors_office_speaks_as_the_governor(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[0] == expected


# --- `Thailand and Cambodia, which both claim it, said`: a relative clause hides no conjunct ---

@pytest.mark.parametrize("sentence, expected", [
    ("Thailand and Cambodia, which both claim the temple, have each called for talks.",
     [("Thailand", "state"), ("Cambodia", "state")]),
    ("Armenia and Azerbaijan, which fought a war over the region, accused each other of shelling.",
     [("Armenia", "state"), ("Azerbaijan", "state")]),
    ("Nadim Halabi and Sami Qasem, who both fled the town, said 12 people were killed.",
     [("Nadim Halabi", "person"), ("Sami Qasem", "person")]),
])
def test_a_pair_before_a_relative_clause_speaks_as_two(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `UNICEF's latest report said`: a document opening the sentence is its source's word ------

@pytest.mark.parametrize("sentence, expected", [
    ("UNICEF's latest report said 2,000 children had been killed.", [("UNICEF", "institution")]),
    ("The UNICEF report said 2,000 children had been killed.", [("UNICEF", "institution")]),
    ("A Human Rights Watch report said 2,000 children had been killed.", [("Human Rights Watch", "institution")]),
    ("Amnesty International's latest statement said 2,000 children had been killed.",
     [("Amnesty International", "institution")]),
    # a document of no one named
    ("The report said 20 people were killed.", []),
    ("A new report said 20 people were killed.", []),
])
def test_a_sources_document_as_subject_speaks_as_the_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `..., a war monitor said.` and the monitor named below: one speaker, by its name ---------

@pytest.mark.parametrize("sentences, expected", [
    (["Airstrikes killed 12 civilians in Idlib province, a war monitor said.",
      "The Syrian Observatory for Human Rights said the dead included four children."],
     [[("Syrian Observatory for Human Rights", "institution")]] * 2),
    (["The Britain-based war monitor said 12 civilians were killed.",
      "The Syrian Observatory said the dead included four children."],
     [[("Syrian Observatory", "institution")]] * 2),
    # the monitor never named: the description as worded
    (["Airstrikes killed 12 civilians in Idlib province, a war monitor said."], [[("war monitor", "institution")]]),
    # a description no known one has stays another speaker
    (["Airstrikes killed 12 civilians, a rights group said.", "The Syrian Observatory said the dead included four children."],
     [[("rights group", "institution")], [("Syrian Observatory", "institution")]]),
])
def test_a_known_description_names_the_one_named_later(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences) == expected


# --- the missions and commands of older wars are known institutions ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The OSCE Special Monitoring Mission to Ukraine said it recorded 500 explosions.",
     "OSCE Special Monitoring Mission to Ukraine"),
    ("The Organization for Security and Co-operation in Europe said its monitors were fired on.",
     "Organization for Security and Co-operation in Europe"),
    ("Multi-National Force-Iraq said three soldiers were killed.", "Multi-National Force-Iraq"),
    ("The Resolute Support mission said three soldiers were killed.", "Resolute Support mission"),
])
def test_older_wars_missions_speak_as_institutions(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_a_missions_acronym_and_name_are_one_speaker(lexicon, gazetteer):
    found = speakers(lexicon, gazetteer, "The International Security Assistance Force said three soldiers died.",
                     "ISAF said the attack was under investigation.")
    assert len({name for sentence in found for name, _ in sentence}) == 1


# --- `Hospital officials said`: a description opening the sentence reads as mid-sentence -----

@pytest.mark.parametrize("sentences", [
    ["Hospital officials said 23 bodies had been brought in."],
    ["Twenty-three bodies were brought in, hospital officials said."],
    ["Morgue officials said 23 bodies had been brought in."],
])
def test_hospital_officials_speak_in_lower_case(lexicon, gazetteer, sentences):
    assert speakers(lexicon, gazetteer, *sentences)[0][0][0].islower()


# --- `Residents reached by phone said`: how a source was reached ends no subject ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("Mosul residents reached by phone said the militants had fled.", "Mosul residents"),
    ("A doctor contacted by telephone said 12 people were killed.", "doctor"),
    ("Residents speaking by phone said 12 people were killed.", "residents"),
])
def test_a_source_reached_by_phone_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


# --- `Omar Farouk, a police captain, said`: a rank describes a person, not an organisation ----

@pytest.mark.parametrize("sentence, expected", [
    ("Nadim Halabi, a police captain, said 12 people were killed.", "Nadim Halabi"),
    ("Nadim Halabi, an army colonel, said 12 people were killed.", "Nadim Halabi"),
    ("Nadim Halabi, a retired general, said 12 people were killed.", "Nadim Halabi"),
    ("Twelve people were killed, Nadim Halabi, a police lieutenant, said.", "Nadim Halabi"),
])
def test_a_rank_in_an_apposition_describes_a_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


# --- `the colonel said` after `Col. Omar Farouk said`: an abbreviated rank is the rank's word --

@pytest.mark.parametrize("first, second", [
    ("Lt. Gen. Nadim Halabi said 12 insurgents were killed.", "The general said 5 soldiers were wounded."),
    ("Col. Nadim Halabi said 12 insurgents were killed.", "The colonel said 5 soldiers were wounded."),
    ("Capt. Nadim Halabi said 12 insurgents were killed.", "Five soldiers were wounded, the captain said."),
])
def test_a_rank_points_back_at_the_person_its_abbreviation_titled(lexicon, gazetteer, first, second):
    assert speakers(lexicon, gazetteer, first, second)[1] == [("Nadim Halabi", "person")]


# --- `No group claimed responsibility`: a negated subject says nothing -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("No group claimed responsibility for the bombing.", []),
    ("No group has claimed the attack, but suspicion fell on the Taliban.", []),
    ("Neither side commented on the toll.", []),
    ("No group claimed the attack, but the Kora Front said it had killed 20 police officers.",
     [("Kora Front", "institution")]),
])
def test_a_negated_subject_says_nothing(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `the Islamic State of Iraq, an al-Qaida front group, said`: `al-Qaida` is a name's word ---

@pytest.mark.parametrize("sentence, expected", [
    ("The Islamic State of Iraq, an al-Qaida front group, said it had killed 20 police officers.",
     "Islamic State of Iraq"),
    ("The Kora Brigades, an al-Shabaab affiliated group, said it had killed 20 soldiers.", "Kora Brigades"),
])
def test_a_name_before_a_description_opened_by_a_particle_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `..., but Ali Musa, a farmer, said`: a conjunction after the comma opens the name's clause --

@pytest.mark.parametrize("sentence, expected", [
    ("No group claimed responsibility, but the Islamic State of Iraq, an al-Qaida front group, said it"
     " had killed 20 police officers.", [("Islamic State of Iraq", "institution")]),
    ("The army denied the report, but Nadim Halabi, a local farmer, said 12 people were killed.",
     [("Nadim Halabi", "person"), ("army", "anonymous")]),
    ("The army said 20 were killed, while the Kora Front, a rebel group, said 40 had died.",
     [("army", "anonymous"), ("Kora Front", "institution")]),
])
def test_a_name_after_a_comma_and_conjunction_speaks_not_its_description(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `Capt. Muthanna Khalid Ali`: a region's name right after a title opens the person's name --

@pytest.mark.parametrize("sentence", [
    "Capt. Muthanna Khalid Ali said the bombers wore explosive belts.",
    "Babil provincial police spokesman Capt. Muthanna Khalid Ali said the bombers wore explosive belts.",
    "Police spokesman Muthanna Khalid Ali said the bombers wore explosive belts.",
])
def test_a_regions_name_after_a_title_is_a_first_name(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[("Muthanna Khalid Ali", "person")]]


# --- `the ATO headquarters said`: a headquarters speaks, and is a place officials are at -------

@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine's Anti-Terrorist Operation headquarters said 5 soldiers were killed.",
     [("Ukrainian Anti-Terrorist Operation headquarters", "institution")]),
    ("The Joint Forces Operation headquarters reported 12 attacks.",
     [("Joint Forces Operation headquarters", "institution")]),
    ("Officials at the headquarters said 5 soldiers were killed.", [("officials", "anonymous")]),
])
def test_a_headquarters_speaks_as_an_institution(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `Troops deployed in Kora said`: a participle placing the source goes with the place -------

@pytest.mark.parametrize("sentence, expected", [
    ("Rwandan troops deployed in Cabo Delgado said they had killed 20 insurgents.", ("Rwandan troops", "institution")),
    ("Residents trapped in the besieged city said food had run out.", ("residents", "anonymous")),
    ("A doctor based in Kora said 12 people were killed.", ("doctor", "anonymous")),
    ("Civilians displaced from Mosul said the militants had fled.", ("civilians", "anonymous")),
])
def test_a_source_placed_by_a_participle_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Ministry of Defence of the Russian Federation: "..."`: a long name's label speaks --------

@pytest.mark.parametrize("sentence, expected", [
    ('Ministry of Defence of the Russian Federation: "Over the past day, 30 militants were eliminated."',
     [("Ministry of Defence of the Russian Federation", "institution")]),
    ("General Staff of the Armed Forces of Ukraine: the enemy lost 30 tanks.",
     [("General Staff of the Armed Forces of Ukraine", "institution")]),
    # a label of no one named
    ("The situation in the eastern districts of the city remains tense: shelling continued overnight.", []),
    ("Press service of the Joint Forces Operation: 12 attacks were recorded in the past day.", []),
])
def test_a_long_institutions_label_names_the_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `A statement from the Taliban said`: the named source speaks, not a place ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("A statement from the Taliban said 12 soldiers were killed.", "Taliban"),
    ("A statement from Hamas said 12 soldiers were killed.", "Hamas"),
    ("Fighting continued, a statement from the Kora Front said.", "Kora Front"),
])
def test_a_statement_from_a_named_source_speaks_as_it(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `An officer at army headquarters said`: a place with no article after the source --------

@pytest.mark.parametrize("sentence, expected", [
    ("An officer at army headquarters said 5 soldiers were killed.", "officer"),
    ("A nurse at the city morgue said 12 bodies had arrived.", "nurse"),
    ("A doctor at city hospital said 12 bodies had arrived.", "doctor"),
    ("Guards at the prison said 12 inmates escaped.", "guards"),
])
def test_a_source_at_a_place_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


# --- `Partners on the ground report`: where a source is, between it and its verb -------------

@pytest.mark.parametrize("sentence, expected", [
    ("Partners on the ground report that 3,000 people have arrived in Bria.", "partners"),
    ("Witnesses at the scene said 12 bodies lay in the street.", "witnesses"),
    ("Sources on the ground told AFP that 12 people were killed.", "sources"),
])
def test_a_source_on_the_ground_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][0][0] == expected
