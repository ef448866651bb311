"""Places of other wars in session 14: the gazetteer's new rows, and the rules for places it
does not know. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.places import Gazetteer
from helpers import places_found


@pytest.fixture(scope="module")
def gaz(gazetteer) -> Gazetteer:
    return gazetteer


found = places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Shells hit Kantharalak in Sisaket province and Kap Choeng in Surin province.",
     [("Kantharalak", "town"), ("Sisaket Province", "region"), ("Kap Choeng", "town"),
      ("Surin Province", "region")]),
    ("Troops clashed near Prasat Ta Muen Thom and the Ta Krabey temple on Thursday.",
     [("Ta Muen Thom", "area"), ("Ta Krabey", "area")]),
    ("Rockets landed in Samrong, Anlong Veng and Banteay Meanchey province.",
     [("Samraong", "town"), ("Anlong Veng", "town"), ("Banteay Meanchey Province", "region")]),
    ("Crossings at Aranyaprathet and Poipet were shut, and Buriram and Ubon Ratchathani "
     "provinces evacuated villages.",
     [("Aranyaprathet", "town"), ("Poipet", "city"), ("Buriram Province", "region"),
      ("Ubon Ratchathani Province", "region")]),
    ("Explosions were heard in Tabriz in East Azerbaijan province and in Urmia.",
     [("Tabriz", "city"), ("East Azerbaijan Province", "region"), ("Urmia", "city")]),
    ("Strikes hit sites in Isfahan province, Lorestan and Kermanshah province.",
     [("Isfahan Province", "region"), ("Lorestan Province", "region"),
      ("Kermanshah Province", "region")]),
    ("A missile hit a home in Tamra, and fighting went on in Leer and New Fangak.",
     [("Tamra", "town"), ("Leer", "town"), ("New Fangak", "town")]),
    ("Gunmen clashed in Abu Salim and Souq al-Juma, and in Khyber district, and near Woldia "
     "and Saraqeb.",
     [("Abu Salim", "area"), ("Souq al-Juma", "area"), ("Khyber District", "area"),
      ("Woldiya", "town"), ("Saraqib", "city")]),
])
def test_places_of_the_wars_of_2025(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


def test_a_news_agency_named_like_a_province_is_no_place(gaz):
    assert found(gaz, "The Fars news agency said the strikes hit Fars province.") == [
        ("Fars Province", "region")]


@pytest.mark.parametrize("sentence, expected", [
    ("Officials in Zamfara's Kora local government area said 40 people were abducted.",
     [("Zamfara State", "region"), ("Kora", "district")]),
    ("The attack occurred in Lomi Local Government Area, police said.", [("Lomi", "district")]),
    ("Bandits stormed two villages in Tessa LGA of Katsina State.",
     [("Tessa", "district"), ("Katsina State", "region")]),
    ("Violence spread to Kora and Lomi local government areas of Niger State.",
     [("Kora", "district"), ("Lomi", "district"), ("Niger State", "region")]),
])
def test_nigerias_local_government_areas(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


def test_an_lga_chairman_is_no_place_of_his_own(gaz):
    assert found(gaz, "The Kora LGA Chairman said 12 people died in Katsina.") == [
        ("Katsina", "city")]


@pytest.mark.parametrize("sentence, expected", [
    ("Police said the attack happened in Kora Tessa, Zamfara state, on Sunday.",
     [("Kora Tessa", "locality"), ("Zamfara State", "region")]),
    ("Residents of Lomi, Kora LGA, fled to Gusau.",
     [("Lomi", "locality"), ("Kora", "district"), ("Gusau", "city")]),
    ("Insurgents raided Lomi, in Cabo Delgado province, overnight.",
     [("Lomi", "locality"), ("Cabo Delgado", "region")]),
    ("Shells fell in Lomi, Tessa district, and on Kora.",
     [("Lomi", "locality"), ("Tessa", "district")]),
])
def test_a_place_seated_in_its_province(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Later, in Kora state, officials said 12 people died.",
    "Meanwhile, Kora state officials said 12 people died.",
    "The attack was condemned by Ahmed Lomi, Kora State Commissioner for Security.",
    "In March, Kora state was calm.",
])
def test_no_person_or_opener_is_seated_in_a_province(gaz, sentence):
    names = [name for name, _ in found(gaz, sentence)]
    assert not {"Later", "Meanwhile", "Ahmed Lomi", "March"} & set(names)


@pytest.mark.parametrize("sentence, expected", [
    ("Troops cleared the Kora area of Surin province.", [("Kora", "region"), ("Surin Province", "region")]),
    ("Drones struck the Lomi Tessa area of Hodeidah on Friday.",
     [("Lomi Tessa", "region"), ("Hodeidah", "city")]),
])
def test_the_area_of_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("JNIM attacked Djibo, in Burkina Faso's Kora province, killing 100.",
     [("Djibo", "city"), ("Burkina Faso", "country"), ("Kora", "region")]),
    ("Fighting spread to South Sudan's Lomi county on Monday.",
     [("South Sudan", "country"), ("Lomi", "district")]),
    ("Insurgents burned homes in Cabo Delgado's Kora district.",
     [("Cabo Delgado", "region"), ("Kora", "district")]),
])
def test_a_place_after_the_possessive_of_a_name_of_two_words(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Islamic State West Africa Province claimed the attack near Maiduguri.",
     [("Maiduguri", "city")]),
    ("Fighters of the Islamic State Sahel Province and Islamic State Mozambique Province "
     "attacked.", []),
    ("The Tehrik-e-Taliban Pakistan said it killed 10 soldiers in Bannu.", [("Bannu", "city")]),
    ("Islamic State fighters attacked Pakistan's Bannu, the Taliban in Kabul said.",
     [("Pakistan", "country"), ("Bannu", "city"), ("Kabul", "city")]),
])
def test_armed_groups_named_after_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shells fell near Netanyahu, the prime minister's office said.", []),
    ("Protesters gathered outside Araghchi, then marched to Tehran.", [("Tehran", "city")]),
    ("The attack came around Eid al-Adha, when families gathered in Kora village.",
     [("Kora", "village")]),
    ("Talks stalled near Eid al-Fitr, officials said.", []),
])
def test_people_and_feasts_are_no_unknown_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Police said the man, Kora Lomi, a resident of the city, was arrested.", []),
    ("The victim, Tessa Kora, a member of the town council, died in Lomi village.",
     [("Lomi", "village")]),
    ("Gunmen attacked Kora, a small farming village in the north, on Friday.", [("Kora", "village")]),
    ("Drones struck Lomi, a town of 20,000 people near the border.", [("Lomi", "town")]),
])
def test_a_described_place_is_the_head_of_its_description(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The strikes hit the outskirts of Kora, residents said.", [("Kora", "locality")]),
    ("Troops massed in the vicinity of Lomi Tessa overnight.", [("Lomi Tessa", "locality")]),
    ("Fighting reached the outskirts of Kora and Lomi on Monday.",
     [("Kora", "locality"), ("Lomi", "locality")]),
])
def test_the_outskirts_of_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A missile hit the refinery in Haifa Bay on Sunday.", [("Haifa", "city")]),
    ("Strikes hit Hodeidah Port and Kherson Port overnight.",
     [("Hodeidah", "city"), ("Kherson", "city")]),
    ("Fighting in Nangade District displaced 500 families.", [("Nangade", "town")]),
    ("Residents of Marib City fled to Aden.", [("Marib", "city"), ("Aden", "city")]),
    ("Clashes in Bajaur Agency killed four.", [("Bajaur", "area")]),
])
def test_a_place_before_a_capitalised_feature_word_is_no_first_name(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A nine-storey building in the Solomianskyi district of Kyiv was hit, and debris fell in "
     "Obolonskyi and Sviatoshynskyi districts.",
     [("Solomianskyi", "area"), ("Kyiv", "city"), ("Obolonskyi", "area"), ("Sviatoshynskyi", "area")]),
    ("Fighting continued in Taizz, Al Dhale'e and Marib governorates, and in Amanat Al Asimah.",
     [("Taiz Governorate", "region"), ("Al Dhale Governorate", "region"),
      ("Marib Governorate", "region"), ("Amanat Al Asimah", "region")]),
    ("US strikes hit Bani Matar, and militants attacked Sollé and Ban Kruat.",
     [("Bani Matar", "area"), ("Solle", "town"), ("Ban Kruat", "town")]),
])
def test_more_places_of_the_wars_of_2025(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Militants attacked the Nigerian town of Kora in Niger State.",
     [("Kora", "town"), ("Niger State", "region")]),
    ("Shells hit the Thai district of Lomi and the Cambodian village of Tessa.",
     [("Lomi", "district"), ("Tessa", "village")]),
    ("Drones struck the Iranian city of Kora Lomi overnight.", [("Kora Lomi", "city")]),
])
def test_a_demonym_before_a_cue_leaves_the_cue_to_the_name_after_it(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting spread to Kora tehsil and Lomi kebele.", [("Kora", "district"), ("Lomi", "district")]),
    ("Cattle raiders attacked Tessa payam in Kora county.", [("Tessa", "district"), ("Kora", "district")]),
    ("Militias burned homes in Lomi groupement and Kora sub-county.",
     [("Lomi", "district"), ("Kora", "district")]),
])
def test_the_lower_admin_units_of_other_wars(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("JNIM attacked Djibo, in Soum province, and the town of Dargo in Namentenga province.",
     [("Djibo", "city"), ("Soum Province", "region"), ("Dargo", "town"),
      ("Namentenga Province", "region")]),
    ("Displaced people from Loroum and Yatenga provinces reached Ouahigouya.",
     [("Loroum Province", "region"), ("Yatenga Province", "region"), ("Ouahigouya", "city")]),
])
def test_burkina_fasos_provinces(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In Harib district, 300 families fled to Kora camp.", [("Harib", "town"), ("Kora", "village")]),
    ("Cholera spread in Lomi Tessa camp and in Kora camp, where 12 died.",
     [("Lomi Tessa", "village"), ("Kora", "village")]),
    ("The Kora camp commander said the Lomi camp leadership had split.", []),
])
def test_a_camp_after_a_locative_preposition(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Troops advanced during Operation Kora Shield, in Lomi province, the army said.",
    "The army launched Operation Lomi, in Kora state, on Monday.",
    "Forces took part in Exercise Kora, in Lomi province.",
    "The statement was read by Brigadier Kora Lomi, in Tessa state, on Monday.",
    "Colonel Kora, in Lomi state, said 12 died; Captain Tessa of Lomi state agreed.",
])
def test_operations_exercises_and_officers_are_no_places(gaz, sentence):
    names = {name for name, _ in found(gaz, sentence)}
    assert not {n for n in names if n.split()[0] in
                ("Operation", "Exercise", "Brigadier", "Colonel", "Captain")}, names
