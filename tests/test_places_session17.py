"""Places of other wars in session 17: the gazetteer's new rows and the rules for unknown
places. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor
from conflict_digest.places import reference_points
from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    ("SAIGON - Marines fought house to house in Hue while shells fell on Khe Sanh and Con Thien.",
     [("Ho Chi Minh City", "city"), ("Hue", "city"), ("Khe Sanh", "town"), ("Con Thien", "area")]),
    ("Enemy losses near Dak To and in the A Shau Valley were put at 300, a MACV spokesman said.",
     [("Dak To", "town"), ("A Shau Valley", "area")]),
    ("Rockets hit Da Nang and Bien Hoa, and the fighting spread to Cholon and Tan Son Nhut.",
     [("Da Nang", "city"), ("Bien Hoa", "city"), ("Cholon", "area"), ("Tan Son Nhut", "area")]),
    ("Troops swept villages in Quang Ngai province and around Pleiku and Kontum.",
     [("Quang Ngai Province", "region"), ("Pleiku", "city"), ("Kon Tum", "town")]),
    ("Argentine troops on the Falklands held Port Stanley as British forces took Goose Green.",
     [("Falkland Islands", "region"), ("Port Stanley", "town"), ("Goose Green", "village")]),
    ("The landing at San Carlos followed a raid on Pebble Island and the recapture of South Georgia.",
     [("San Carlos", "village"), ("Pebble Island", "area"), ("South Georgia", "area")]),
    ("Iraqi forces were driven from Al-Fao, and Iranian shells hit Susangerd and Qasr-e Shirin.",
     [("Faw", "town"), ("Susangerd", "town"), ("Qasr-e Shirin", "town")]),
    ("Allied aircraft struck the retreating column on the Mutla Ridge north of Jahra, near Safwan.",
     [("Mutla Ridge", "area"), ("Jahra", "city"), ("Safwan", "town")]),
    ("Saudi and Qatari troops retook Khafji after two days of fighting.", [("Khafji", "town")]),
    ("Survivors of the massacres at Nyarubuye and Ntarama reached Butare and Cyangugu.",
     [("Nyarubuye", "village"), ("Ntarama", "village"), ("Huye", "city"), ("Rusizi", "town")]),
    ("RUF rebels advanced from Makeni towards Port Loko, and fighting was reported in Kenema and Bo.",
     [("Makeni", "city"), ("Port Loko", "town"), ("Kenema", "city"), ("Bo", "city")]),
    ("LURD fighters took Tubmanburg and shelled Monrovia's Bushrod Island, and MODEL held Zwedru.",
     [("Tubmanburg", "city"), ("Monrovia", "city"), ("Bushrod Island", "area"), ("Zwedru", "city")]),
    ("Refugees from Lofa County and Nimba reached Gbarnga.",
     [("Lofa County", "region"), ("Nimba County", "region"), ("Gbarnga", "city")]),
    ("Eritrean positions at Tsorona and Bure were shelled.", [("Tsorona", "town"), ("Bure", "town")]),
    ("Anti-balaka militias attacked Boda and Damara, while PK5 in Bangui was besieged.",
     [("Boda", "town"), ("Damara", "town"), ("PK5", "area"), ("Bangui", "city")]),
    ("Gangs attacked Carrefour and the Wharf Jeremie area of Cite Soleil.",
     [("Carrefour", "town"), ("Wharf Jeremie", "area"), ("Cite Soleil", "area")]),
    ("Cartel gunmen killed 11 people in Chilapa, Guerrero, and two in Cuernavaca, Morelos.",
     [("Chilapa", "town"), ("Guerrero", "region"), ("Cuernavaca", "city"), ("Morelos", "region")]),
    ("Troops cleared Butig before the siege of Marawi; evacuees reached Davao.",
     [("Butig", "town"), ("Marawi", "city"), ("Davao City", "city")]),
    ("The blast outside Hamid Karzai International Airport killed 170 Afghans and 13 US troops.",
     [("Hamid Karzai International Airport", "area")]),
    ("Shelling hit Khallat al-Furjan and Al-Hadhba in southern Tripoli.",
     [("Khallat al-Furjan", "area"), ("Al-Hadhba", "area"), ("Tripoli", "city")]),
    ("Drones hit the port of Pivdennyi near Odesa.", [("Yuzhne", "city"), ("Odesa", "city")]),
])
def test_other_wars_places_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve civilians died at the Kora crossing on Monday.", [("Kora", "locality")]),
    ("Aid trucks waited at the Lomi crossing.", [("Lomi", "locality")]),
    ("Trucks went through the Kora and Lomi crossings.", [("Kora", "locality"), ("Lomi", "locality")]),
    ("Shelling hit the Kora and Lomi camps, killing 14.", [("Kora", "village"), ("Lomi", "village")]),
    ("Fighting in the Tessa, Kora and Lomi areas left 30 dead.",
     [("Tessa", "region"), ("Kora", "region"), ("Lomi", "region")]),
    ("Twenty people were killed in Lomi parish.", [("Lomi", "district")]),
    ("Gunmen killed five people in Kora Parish on Sunday.", [("Kora", "district")]),
])
def test_crossings_parishes_and_listed_camps_name_their_place(gazetteer, sentence, expected):
    """`the Kora crossing`, `Lomi parish` and the last word of `the Kora and Lomi camps` (or
    areas) name places the gazetteer need not know."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The pedestrian crossing was closed.",
    "The Hamas and Hezbollah areas were bombed.",
    "Mass was said at the Sacred Heart parish.",
    "The Holy Trinity Parish hall burned.",
    "Border crossings reopened.",
])
def test_no_place_before_those_words(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve pilgrims walking to Lalibela were killed when a drone hit their bus.", ["Lalibela"]),
    ("A convoy heading for Gbarnga was ambushed near Kakata, killing 12.", ["Gbarnga"]),
    ("Refugees fleeing towards Lgov were shelled; three died.", ["Lgov"]),
    ("The bus, bound for Makeni, was attacked and nine passengers died.", ["Makeni"]),
    ("Four aid workers on their way to the town of Bentiu were shot dead.", ["Bentiu"]),
    # where they went and where it happened, or the place named again as where it happened
    ("Nine people were killed in Kakata.", []),
    ("Gunmen heading to Gbarnga killed 5 people in Gbarnga itself.", []),
    ("Troops returned fire, and 3 died in Makeni.", []),
])
def test_a_destination_is_no_place_of_the_toll(gazetteer, sentence, expected):
    """The place people were going to is mentioned (a location of the report), but the count
    happened on the way: a reference point, as a place a distance is measured from."""
    found = gazetteer.find(sentence)
    assert [p.name for p in reference_points(sentence, found)] == expected


def test_a_destination_is_a_location_and_a_landmark_of_the_toll():
    report = Report("a.txt", "Twelve pilgrims walking to Lalibela were killed when a drone hit "
                    "their bus, officials said.", "2024-02-10")
    (claim,) = Extractor.load().extract(report).claims
    assert [p.name for p in claim.places] == ["Lalibela"]
    assert claim.landmarks == ["Lalibela"]  # the digest files the toll near Lalibela


@pytest.mark.parametrize("sentence, expected", [
    ("Five soldiers were killed in Barangay Kora, the army said.", [("Kora", "village")]),
    ("Troops cleared barangay Tessa Lomi on Tuesday.", [("Tessa Lomi", "village")]),
    ("Residents of Kora barangay fled to Iligan.", [("Kora", "village"), ("Iligan", "city")]),
    ("Militants held Brgy. Lomi in Marawi City.", [("Lomi", "village"), ("Marawi", "city")]),
    ("Fighting reached the barangay of Tessa.", [("Tessa", "village")]),
    # a known name inside a barangay's is no place of its own, nor another's spelling
    ("Troops cleared barangay Tessa Madaya.", [("Tessa Madaya", "village")]),
    ("Troops cleared Barangay Madaya.", [("Madaya", "village")]),
    # no name after the word
    ("Barangay officials said 12 families fled.", []),
    ("Barangay Captain Kora Lomi said 12 families fled.", []),
])
def test_a_barangay_is_named_after_its_word(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("headline, expected", [
    ("ARGENTINE JETS SINK HMS SHEFFIELD OFF FALKLANDS", [("Falkland Islands", "region")]),
    ("Missile Hits MV Kora In Odesa Port", [("Odesa", "city")]),
    ("TANKER KORA STAR HIT NEAR ODESA", [("Odesa", "city")]),
])
def test_a_ships_name_in_a_headline_ends_before_a_preposition(gazetteer, headline, expected):
    """A headline capitalises every word: `off`, `in` or `near` after a ship's name begins
    where it was, no word of the name."""
    assert places_found(gazetteer, headline) == expected


@pytest.mark.parametrize("sentence", [
    "Missiles hit the tanker Lomi Odesa overnight.",
    "MISSILES HIT THE TANKER ODESA OVERNIGHT.",
])
def test_a_ships_name_is_still_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Capt. Lomi Hue said five soldiers died.",
    "Police chief Maria Jordan said five men were killed.",
    "Lt. Col. Kora Guerrero told reporters the road was cut.",
    "Army spokesman Tessa Bo said three soldiers died.",
    "Gen. Kora Chad, the commander, said the town had fallen.",
])
def test_a_place_after_a_title_and_a_first_name_is_a_surname(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("General Kora visited Hue.", [("Hue", "city")]),
    ("Police chief Lomi said 5 died in Jordan.", [("Jordan", "country")]),
    ("Governor Kora Tessa flew to Guerrero.", [("Guerrero", "region")]),
    ("Captain Kora said Lomi Hue was shelled.", [("Hue", "city")]),  # no title before Lomi
])
def test_a_title_leaves_other_places(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected, spans", [
    ("LURD fighters shelled Tubman-\nburg and Gbarnga overnight.",
     [("Tubmanburg", "city"), ("Gbarnga", "city")], ["Tubman-\nburg", "Gbarnga"]),
    ("Gangs attacked Port-au-\nPrince and Croix-des-\nBouquets on Monday.",
     [("Port-au-Prince", "city"), ("Croix-des-Bouquets", "town")],
     ["Port-au-\nPrince", "Croix-des-\nBouquets"]),
    ("Rebels killed 12 civi-\nlians in the village of Kor-\nmalo near Makeni.",
     [("Kormalo", "village"), ("Makeni", "city")], ["Kor-\nmalo", "Makeni"]),
])
def test_a_name_broken_at_a_pdfs_line_end_is_found_whole(gazetteer, sentence, expected, spans):
    """A PDF's text breaks lines inside words with a hyphen: the name is found joined (the
    hyphen dropped before a lower-case letter, kept before a capital), at its span as written."""
    found = gazetteer.find(sentence)
    assert [(m.place.name, m.place.type) for m in found] == expected
    assert [sentence[m.start:m.end] for m in found] == spans


@pytest.mark.parametrize("sentence, expected", [
    ("Operation Peace for Galilee began on 6 June 1982.", []),
    ("Operation Litani ended in March.", []),
    ("Israel launched Operation Rising Lion against Iran.", [("Israel", "country"), ("Iran", "country")]),
    ("The French ended Opération Barkhane in Mali.", [("Mali", "country")]),
    # a place after the operation's name, or an operation told of in lower case
    ("The operation in Gaza killed 30.", [("Gaza", "area")]),
    ("Operation In Gaza Kills 30", [("Gaza", "area")]),
    ("Operation Kora Shield in Lebanon", [("Lebanon", "country")]),
])
def test_a_place_in_an_operations_name_is_no_place(gazetteer, sentence, expected):
    """`Operation Peace for Galilee`, `Operation Litani`: a military operation's name, not a
    mention of the place it is named after."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed five people in the colonia Kora of Culiacan.",
     [("Kora", "district"), ("Culiacan", "city")]),
    ("Police found seven bodies in Colonia Tessa Lomi.", [("Tessa Lomi", "district")]),
    ("Residents of Barrio Kora fled the shooting.", [("Kora", "district")]),
    ("Troops raided Sitio Kora in Barangay Lomi.", [("Kora", "village"), ("Lomi", "village")]),
    ("Clashes hit the municipio of Kora and Lomi municipio.", [("Kora", "town"), ("Lomi", "town")]),
])
def test_neighbourhoods_and_hamlets_are_named_after_their_word(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fano fighters held Mehal Meda and Debre Sina, and drones struck Bati in Wollo.",
     [("Mehal Meda", "town"), ("Debre Sina", "town"), ("Bati", "town"), ("Wollo", "area")]),
    ("Clashes spread across Gojjam to Dembecha and Debre Marqos.",
     [("Gojjam", "area"), ("Dembecha", "town"), ("Debre Markos", "city")]),
])
def test_amharas_towns_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected
