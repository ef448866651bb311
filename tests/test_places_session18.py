"""Places of other wars in session 18: the gazetteer's new rows and the rules for unknown
places. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Marines landed at Inchon and drove on Seoul while the Pusan Perimeter held near Taegu.",
     [("Incheon", "city"), ("Seoul", "city"), ("Pusan Perimeter", "area"), ("Daegu", "city")]),
    ("The division fell back from the Chosin Reservoir to Hungnam across the Yalu and the Imjin.",
     [("Chosin Reservoir", "water"), ("Hungnam", "city"), ("Yalu River", "water"),
      ("Imjin River", "water")]),
    ("Talks resumed at Panmunjom as fighting raged on Pork Chop Hill and near Chorwon.",
     [("Panmunjom", "village"), ("Pork Chop Hill", "area"), ("Cheorwon", "town")]),
    ("Paratroopers raided houses in Constantine and Philippeville, and the army swept Kabylia.",
     [("Constantine", "city"), ("Skikda", "city"), ("Kabylie", "region")]),
    ("Rebels ambushed a convoy in the Aures Mountains between Batna and Biskra.",
     [("Aures", "area"), ("Batna", "city"), ("Biskra", "city")]),
    ("Soldiers fired on marchers in the Bogside of Londonderry, and a bomb hit Omagh.",
     [("Bogside", "area"), ("Derry", "city"), ("Omagh", "town")]),
    ("Two soldiers died in South Armagh and a policeman in Enniskillen, County Fermanagh.",
     [("South Armagh", "area"), ("Enniskillen", "town"), ("County Fermanagh", "region")]),
    ("UNITA shelled Cuito Cuanavale and Kuito, and the MPLA held Huambo and Menongue.",
     [("Cuito Cuanavale", "town"), ("Kuito", "city"), ("Huambo", "city"), ("Menongue", "town")]),
    ("Turkish troops landed near Kyrenia as Greek Cypriots fled Famagusta and Varosha.",
     [("Kyrenia", "city"), ("Famagusta", "city"), ("Varosha", "area")]),
    ("Indian troops crossed into East Pakistan and took Jessore, Sylhet and Comilla.",
     [("East Pakistan", "region"), ("Jessore", "city"), ("Sylhet", "city"), ("Comilla", "city")]),
    ("Shining Path guerrillas killed villagers in Lucanamarca and Huanta in Ayacucho.",
     [("Lucanamarca", "village"), ("Huanta", "town"), ("Ayacucho", "city")]),
    ("The battalion entered El Mozote in Morazan, and guerrillas held Chalatenango.",
     [("El Mozote", "village"), ("Morazan Department", "region"), ("Chalatenango", "town")]),
    ("Gangs killed nine people in Duran and Esmeraldas and two in Machala, El Oro.",
     [("Duran", "city"), ("Esmeraldas", "city"), ("Machala", "city"), ("El Oro Province", "region")]),
    ("Pakistani shells hit Kotli and Narowal; Indian shells hit Gurdaspur and Jalandhar.",
     [("Kotli", "town"), ("Narowal", "city"), ("Gurdaspur", "town"), ("Jalandhar", "city")]),
    ("Kyrgyzstan said 24 people were killed in Batken region, in Kulundu and Ak-Sai.",
     [("Kyrgyzstan", "country"), ("Batken Region", "region"), ("Kulundu", "village"), ("Ak-Sai", "village")]),
    ("In al-Mukhtariya, men were shot; strikes also hit al-Bayda and Ain el-Delb.",
     [("Al-Mukhtariyah", "village"), ("Al Bayda", "city"), ("Ain el-Delb", "village")]),
    ("Rebels shot two soldiers in Puncak Jaya and Yahukimo, Highland Papua.",
     [("Puncak Jaya", "area"), ("Yahukimo", "area"), ("Highland Papua", "region")]),
    ("Turkish jets struck Metina, Hakurk and Gara, and drones hit Derik.",
     [("Metina", "area"), ("Hakurk", "area"), ("Gara Mountain", "area"), ("Al-Malikiyah", "town")]),
    ("Inmates rioted in Cuenca and Latacunga; two died in Nobol.",
     [("Cuenca", "city"), ("Latacunga", "city"), ("Nobol", "town")]),
    ("The RSF shelled El Fula and Er Rashad; drones hit Kalogi.",
     [("El Fula", "city"), ("Er Rashad", "town"), ("Kalogi", "town")]),
    ("Drones were downed over Jaisalmer, Barmer and Bhuj, and near Awantipora.",
     [("Jaisalmer", "city"), ("Barmer", "city"), ("Bhuj", "city"), ("Awantipora", "town")]),
    ("Clashes spread from Thaala to Qadmus; the SDF held the Qaraqozak bridge; strikes hit Bajil.",
     [("Thaala", "area"), ("Qadmus", "town"), ("Qara Qozak Bridge", "area"), ("Bajil", "town")]),
])
def test_other_wars_places_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Police captured Kony, a suspect in the bombing, on Tuesday.",
    "Detectives captured Lomi in a raid on a flat.",
    "Soldiers captured Tessa, 34, at a checkpoint.",
    "The army said it had captured Kora, 41, a commander of the group.",
])
def test_a_man_captured_is_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels captured Kora, a town on the main road, on Tuesday.", [("Kora", "locality")]),
    ("Troops captured Lomi after heavy fighting.", [("Lomi", "locality")]),
])
def test_a_settlement_captured_is_still_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Maria Jordan, a nurse at the clinic, said six of the wounded were children.",
    "The wounded included Ahmed Chad, 19, a student.",
    "Relatives of Thomas Kenya, a farmer from the area, said he was shot.",
])
def test_a_surname_before_a_persons_description_is_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Neighbouring Jordan, a close ally, closed its airspace.", [("Jordan", "country")]),
    ("Troops moved into Northern Kenya, a region hit by drought.", [("Kenya", "country")]),
    ("Fighting spread from Amman, Jordan, a country at peace.", [("Amman", "city"), ("Jordan", "country")]),
])
def test_a_place_before_its_own_description_stays(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Strikes killed 12 people in Goma.12 Others died in Bukavu.", [("Goma", "city"), ("Bukavu", "city")]),
    ("Witnesses fled to Kyrenia.4", [("Kyrenia", "city")]),
    ("Soldiers shot five men in Huambo\u00b9\u00b2 and two in Kuito.", [("Huambo", "city"), ("Kuito", "city")]),
])
def test_a_footnotes_number_glued_to_a_place_leaves_the_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nikopol, Marhanets, Myrova and Pokrovske communities came under fire.",
     [("Nikopol", "city"), ("Marhanets", "city"), ("Myrova", "district"), ("Pokrovske", "town")]),
    ("Shelling hit the Nikopol, Myrova and Marhanets hromadas.",
     [("Nikopol", "city"), ("Myrova", "district"), ("Marhanets", "city")]),
    ("Russian troops shelled the Myrova hromada on Sunday.", [("Myrova", "district")]),
])
def test_a_community_of_a_list_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Leaders of the Hazara and Tessa communities met in private.",
    "The Kora community said it feared reprisals.",
])
def test_a_community_alone_or_of_peoples_is_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("GUNMEN KILLED 14 VILLAGERS NEAR KORAWA OVERNIGHT, POLICE SAID.", [("Korawa", "locality")]),
    ("TROOPS HIT KORA VILLAGE AND LOMI DISTRICT.", [("Kora", "village"), ("Lomi", "district")]),
    ("REBELS SHELLED THE VILLAGE OF TESSA ON MONDAY.", [("Tessa", "village")]),
    ("FIGHTING WENT ON IN GOMA AND NEAR KORAWA.", [("Goma", "city"), ("Korawa", "locality")]),
])
def test_an_unknown_place_in_telex_capitals_is_found(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "POLICE SAID THE VILLAGE HEAD WAS KILLED.",
    "THE NEAR TOTAL LOSS OF THE CONVOY WAS CONFIRMED.",
])
def test_telex_capitals_make_no_place_of_other_words(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels in Kenya, 1,000 strong, crossed the border.", [("Kenya", "country")]),
    ("Troops captured Lomi, 1,200 residents fled.", [("Lomi", "locality")]),
])
def test_a_number_of_thousands_is_no_age(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Boko Haram killed 20 farmers in Gwoza Local Government Area of Borno State.",
     [("Gwoza", "town", True), ("Borno State", "region", True)]),
    ("M23 holds Masisi Territory and Rutshuru Territory, the UN said.",
     [("Masisi", "town", True), ("Rutshuru", "town", True)]),
    ("Clashes hit Maru Local Government Area on Monday.", [("Maru", "district", False)]),
])
def test_a_known_place_before_its_capitalised_unit_is_the_known_place(gazetteer, sentence, expected):
    assert [(m.place.name, m.place.type, m.place.resolved) for m in gazetteer.find(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Strikes hit the al-Lomi camp in Khan Younis.", [("al-Lomi", "village"), ("Khan Younis", "city")]),
    ("Gunmen stormed the Kora camp near Nyala on Monday.", [("Kora", "village"), ("Nyala", "city")]),
    ("Jets struck the Tessa area on Monday, killing four.", [("Tessa", "region")]),
])
def test_a_camp_or_area_struck_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Rebels attacked the Kora state government offices.",
    "The Lomi camp said it would back the deal.",
    "Rebels attacked the Kora area commander's house.",
])
def test_a_camp_or_area_word_after_a_verb_names_no_other_thing(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Nurse Maria Jordan said six of the wounded were children.",
    "The farmer Ahmed Chad lost two sons in the raid.",
    "\"We have no water,\" said Ahmed Chad, who fled the town.",
])
def test_a_surname_after_a_persons_noun_or_before_who_is_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Officials in Chad, who closed the border, said nothing.", [("Chad", "country")]),
    ("Refugees from Sudan and Chad, who number 300,000, need food.", [("Sudan", "country"), ("Chad", "country")]),
])
def test_a_place_before_who_after_no_first_name_stays(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The army took al-Kora and al-Lomi, two villages near Hama.",
     [("al-Kora", "village"), ("al-Lomi", "village"), ("Hama", "city")]),
    ("Rebels seized Kora and Lomi, two towns on the highway.", [("Kora", "town"), ("Lomi", "town")]),
    ("Shelling hit Tessa, Kora and Lomi, three villages in the north.",
     [("Tessa", "village"), ("Kora", "village"), ("Lomi", "village")]),
])
def test_a_list_counted_as_villages_names_places(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


def test_a_list_counted_as_people_names_none(gazetteer):
    assert places_found(gazetteer, "He met Ali and Omar, two farmers from the valley.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Radio Okapi reported that M23 entered Kalehe centre and Nyabibwe.",
     [("Kalehe", "town"), ("Nyabibwe", "town")]),
    ("Shells fell on Goma city centre overnight.", [("Goma", "city")]),
])
def test_a_place_before_an_organisation_word_in_lower_case_stays(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Kyiv School of Economics estimated the damage.",
    "The KYIV INDEPENDENT reported the strike.",
])
def test_a_place_before_a_capitalised_organisation_word_is_none(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The SMM saw a damaged house in Korynivka (government-controlled, 23 km north-east of Mariupol).",
     [("Korynivka", "locality"), ("Mariupol", "city")]),
    ("The SMM heard explosions in Lomivka (non-government-controlled, 15km south of Donetsk).",
     [("Lomivka", "locality"), ("Donetsk", "city")]),
    ("Shells hit a school in Tessivka (35 km north of Mariupol) on Monday.",
     [("Tessivka", "locality"), ("Mariupol", "city")]),
])
def test_a_place_positioned_in_brackets_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Israeli strikes hit Kfar Lomiya and Khirbet Korani on Monday.",
     [("Kfar Lomiya", "village"), ("Khirbet Korani", "village")]),
    ("Drones struck Deir al-Tessan in the Bekaa.", [("Deir al-Tessan", "village"), ("Bekaa Valley", "area")]),
    ("Shelling hit Ain Korana, Beit Lif and Kafr Lomin.",
     [("Ain Korana", "village"), ("Beit Lif", "village"), ("Kafr Lomin", "village")]),
    ("Troops entered Kfar Kila.", [("Kfar Kila", "village")]),
])
def test_an_arabic_place_named_with_a_particle_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Wadi Kora founded the group in 1967.",
    "Abu Lomi said the fighters withdrew.",
    "Umm Tessa, a mother of five, was wounded.",
])
def test_a_persons_name_with_a_particle_is_no_place(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Chinese troops pushed UN forces back across the 38th parallel.", [("38th parallel", "area")]),
    ("North Vietnamese units massed north of the 17th Parallel.", [("17th parallel", "area")]),
])
def test_a_parallel_named_by_its_degree_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


def test_a_parallel_of_no_degree_is_no_place(gazetteer):
    assert places_found(gazetteer, "A parallel inquiry found 12 more graves.") == []
