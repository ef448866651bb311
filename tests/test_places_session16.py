"""Places of other wars in session 16: the gazetteer's new rows and the rules for unknown
places. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Shells fell on Gorazde and Tuzla while Bosnian Serb forces closed in on Srebrenica and Zepa.",
     [("Gorazde", "town"), ("Tuzla", "city"), ("Srebrenica", "town"), ("Zepa", "village")]),
    ("Refugees from Potocari reached Kladanj after buses left Bratunac and Zvornik.",
     [("Potocari", "village"), ("Kladanj", "town"), ("Bratunac", "town"), ("Zvornik", "town")]),
    ("Snipers fired into Dobrinja and Grbavica, and the road over Mount Igman was closed.",
     [("Dobrinja", "area"), ("Grbavica", "area"), ("Mount Igman", "area")]),
    ("NATO jets struck targets near Novi Sad and in Djakovica, Pec and Prizren.",
     [("Novi Sad", "city"), ("Djakovica", "city"), ("Pec", "city"), ("Prizren", "city")]),
    ("Columns of refugees left Gjakova and Ferizaj for Kukes in Albania.",
     [("Djakovica", "city"), ("Urosevac", "town"), ("Kukes", "town"), ("Albania", "country")]),
    ("Russian armour moved through the Roki Tunnel towards Tskhinvali and bombed Senaki.",
     [("Roki Tunnel", "area"), ("Tskhinvali", "city"), ("Senaki", "town")]),
    ("Troops took Kilinochchi and Mullaitivu, trapping civilians in Puthukkudiyiruppu.",
     [("Kilinochchi", "town"), ("Mullaitivu", "town"), ("Puthukkudiyiruppu", "town")]),
    ("Shelling hit Mullivaikkal and Putumattalan on the Nanthikadal lagoon.",
     [("Mullivaikkal", "village"), ("Putumattalan", "village"), ("Nanthikadal", "water")]),
    ("Fighting moved from Bakara Market to Daynile, and troops entered Qoryooley and El Adde.",
     [("Bakara Market", "area"), ("Daynile", "area"), ("Qoryoley", "town"), ("El Adde", "village")]),
    ("A drone struck a compound in Makeen, and troops cleared Sararogha and Ladha.",
     [("Makeen", "town"), ("Sararogha", "town"), ("Ladha", "town")]),
    ("Barrel bombs hit Ein Tarma, Hamouriyah and Babila, and Yarmouk was under siege.",
     [("Ain Tarma", "town"), ("Hamouriyeh", "town"), ("Babila", "town"), ("Yarmouk camp", "area")]),
    ("Peshmerga retook Zumar and Gwer, and militias pushed on Al-Dour from Camp Speicher.",
     [("Zumar", "town"), ("Gwer", "town"), ("Al-Dour", "town"), ("Camp Speicher", "area")]),
    ("Bandits raided Dandume and Danmusa in Katsina State.",
     [("Dandume", "town"), ("Danmusa", "town"), ("Katsina State", "region")]),
    ("Protesters were shot in Hlaingthaya and North Okkalapa, and troops burned Yinmabin.",
     [("Hlaingthaya", "area"), ("North Okkalapa", "area"), ("Yinmabin", "town")]),
    ("Azerbaijani shells landed in Vayots Dzor near Jermuk.",
     [("Vayots Dzor", "region"), ("Jermuk", "town")]),
])
def test_other_wars_places_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "NIS officers questioned the suspect.",
    "Al-Alam television aired the speech.",
    "He wore a white kurta and sandals.",
    "TAMU researchers published the study.",
])
def test_words_channels_and_agencies_are_no_places(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed 14 villagers in Kora department on Friday.", [("Kora", "region")]),
    ("Soldiers died in an ambush in the Lomi department, the army said.", [("Lomi", "region")]),
    ("Families fled from Tessa Department after the attack.", [("Tessa", "region")]),
    ("Floods hit Arauca department and the town of Saravena.",
     [("Arauca Department", "region"), ("Saravena", "town")]),
])
def test_unknown_places_before_department(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A spokesman for the Justice department said the case was closed.",
    "Officers of the Police Department were at the scene.",
    "Officials at the State Department declined to comment.",
    "Staff in the Health department said supplies were short.",
    "The Kora department store reopened on Monday.",
])
def test_institutions_named_department_are_no_places(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Government forces shelled five villages: Kora, Lomi, Tessa, Wuro and Bandi, the group said.",
     [("Kora", "village"), ("Lomi", "village"), ("Tessa", "village"), ("Wuro", "village"),
      ("Bandi", "village")]),
    ("The militia attacked three towns: Kora, Lomi and Goma.",
     [("Kora", "town"), ("Lomi", "town"), ("Goma", "city")]),
])
def test_a_colon_list_of_places_after_a_plural_cue(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Aid reached two camps: Monday and Tuesday saw the first trucks.",
    "The village: a history was published in 2010.",
])
def test_a_colon_after_a_cue_lists_no_words(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Ocean Mombasa tanker burned for hours off Aden.", [("Aden", "city")]),
    ("Missiles struck the Star Odesa bulk carrier and the Blue Haifa ship near Hodeidah.",
     [("Hodeidah", "city")]),
    ("A Houthi Red Sea ship attack hit trade.", [("Red Sea", "water")]),
    ("The Odesa tanker was hit, port officials said.", [("Odesa", "city")]),
    ("Iran's navy seized a tanker in the Gulf of Oman.", [("Iran", "country"), ("Gulf of Oman", "water")]),
])
def test_a_ships_name_before_a_vessel_word_is_no_place(gazetteer, sentence, expected):
    """`the Ocean Mombasa tanker`: a known name ending a name of capitalised words right
    before a vessel word names the ship; a place alone before one (`the Odesa tanker`) is
    where it comes from or lies."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The girls were taken into Kora forest, police said.", [("Kora Forest", "area")]),
    ("Bandits fled to the Lomi Forest after the raid.", [("Lomi Forest", "area")]),
    ("Troops cleared camps in Sambisa forest.", [("Sambisa Forest", "area")]),
    ("Rebels hid in the forests of Kora and Lomi.", [("Kora", "area"), ("Lomi", "area")]),
])
def test_an_unknown_forest_is_named_with_its_word(gazetteer, sentence, expected):
    """As a river is (`Sunzha River`): the forest, not a place named like it."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Smoke rose over the rain forest.",
    "The Kora Forest Reserve Authority said the fire was out.",
])
def test_no_forest_without_its_name(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Missiles hit Pancevo overnight, and refugees from Trnovo reached Kladanj.",
     [("Pancevo", "city"), ("Trnovo", "town"), ("Kladanj", "town")]),
    ("Shelling hit Vellamullivaikkal, and families were taken to Menik Farm.",
     [("Vellamullivaikkal", "village"), ("Menik Farm", "area")]),
    ("Troops took Bulo Hawo, and jets were seen over Chakwal and Bathinda.",
     [("Beledhawo", "town"), ("Chakwal", "city"), ("Bathinda", "city")]),
    ("Families left Lushagala for Munigi, and soldiers burned homes in Salingyi and Kekhvi.",
     [("Lushagala", "village"), ("Munigi", "village"), ("Salingyi", "town"), ("Kekhvi", "village")]),
])
def test_more_places_of_these_wars(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Gaza Health Ministry said 40 people were killed.", [("Gaza", "area")]),
    ("Gaza Civil Defence said 12 bodies were recovered.", [("Gaza", "area")]),
    ("The Israel Defense Forces said it struck 40 targets.", [("Israel", "country")]),
    ("Kyiv Police Chief Ivan Kora said the blast killed two.", [("Kyiv", "city")]),
    ("The Sudan Interior Ministry denied the report.", [("Sudan", "country")]),
])
def test_a_place_before_an_institutions_word_names_its_state(gazetteer, sentence, expected):
    """A place's name before a ministry's, police's or army's words is a mention of it (`the
    Gaza Health Ministry`), not the first name of a person (`Chad Smith`)."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Chad Smith, a spokesman, said the convoy was late.",
    "Jordan Henderson said the match was off.",
])
def test_a_place_before_another_name_stays_a_persons_name(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Clashes erupted in Kora sub-district, east of Lomi.", [("Kora", "district"), ("Lomi", "locality")]),
    ("Airstrikes hit Kora subdistrict on Monday.", [("Kora", "district")]),
    ("Gunmen killed 12 in Kora chiefdom.", [("Kora", "district")]),
    ("Jihadists attacked Kora canton in Tillaberi region.",
     [("Kora", "district"), ("Tillaberi Region", "region")]),
])
def test_unknown_places_before_the_small_units_of_other_states(gazetteer, sentence, expected):
    """Iraq's and Syria's sub-districts, Sierra Leone's chiefdoms, Niger's and Chad's cantons."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Patients in the Kora ward were moved.",
    "The Kora ward sister said beds were short.",
    "Canton Kora said the vote was late.",
])
def test_a_hospital_ward_or_a_name_is_no_unit(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed nine people in Kora (Lomi province) on Sunday.",
     [("Kora", "locality"), ("Lomi", "region")]),
    ("Families fled from Kora (Lomi state) to the capital.", [("Kora", "locality")]),
])
def test_an_unknown_place_before_its_region_in_brackets(gazetteer, sentence, expected):
    """`in Kora (Lomi province)`, as `in Kora, Lomi province,` is read."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ahmed Kora (Lomi State Commissioner) said the road was open.", []),
    ("Later (in Lomi province) the army said it was calm.", [("Lomi", "region")]),
])
def test_no_place_before_a_title_in_brackets(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tanks moved into Remal and Tel as-Sultan, and families fled Bani Suhaila for Qizan an-Najjar.",
     [("Rimal", "area"), ("Tel al-Sultan", "area"), ("Bani Suheila", "town"),
      ("Qizan an-Najjar", "area")]),
    ("Strikes hit Jiyeh, Damour and Barja on the coast, and Younine in the Bekaa.",
     [("Jiyeh", "town"), ("Damour", "town"), ("Barja", "town"), ("Younine", "village"),
      ("Bekaa Valley", "area")]),
    ("The RSF shelled Kalakla and Al-Shajara, and fighting reached Tabit.",
     [("Kalakla", "area"), ("Al-Shajara", "area"), ("Tabit", "village")]),
    ("Shots were fired along the Line of Contact near Martakert.",
     [("Line of Contact", "area"), ("Martakert", "town")]),
    ("A drone hit a car in Kfar Rumman.", [("Kafr Rumman", "village")]),
])
def test_gaza_lebanon_sudan_and_karabakh_places_in_other_spellings(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Clashes erupted in Kora's Lomi district on Monday.", [("Kora", "locality"), ("Lomi", "district")]),
    ("In Kora's Lomi township, troops burned homes.", [("Kora", "locality"), ("Lomi", "district")]),
    ("Families fled from North Kora's Lomi county.", [("North Kora", "locality"), ("Lomi", "district")]),
    ("Fighting spread in Wardak's Lomi district.", [("Wardak Province", "region"), ("Lomi", "district")]),
])
def test_an_unknown_place_owning_a_district_after_a_locative_word(gazetteer, sentence, expected):
    """`in Kora's Lomi district`: the district lies in Kora, a place too."""
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ahmed's Kora district office was closed.", [("Kora", "district")]),
    ("Officials of the army's Kora district command said.", [("Kora", "district")]),
    ("Kora's Lomi county was flooded.", [("Lomi", "district")]),
])
def test_an_owner_without_a_locative_word_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected
