"""The gazetteer beyond Ukraine: places of other wars found by their press names and
spellings, with their types, and capitalised words that stay no place. Every sentence here is
invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.places import Gazetteer
from helpers import places_found


@pytest.fixture(scope="module")
def gaz(gazetteer) -> Gazetteer:
    return gazetteer


found = places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling hit Aitaroun and Khiam on Tuesday, the NNA said.",
     [("Aitaroun", "village"), ("Khiam", "town")]),
    ("An airstrike hit Nabi Chit in the Bekaa Valley overnight.",
     [("Nabi Chit", "village"), ("Bekaa Valley", "area")]),
    ("Rockets were fired at Karmiel and Ma'alot-Tarshiha from Lebanon.",
     [("Karmiel", "city"), ("Ma'alot-Tarshiha", "town"), ("Lebanon", "country")]),
    ("Settlers attacked Turmus Ayya near Ramallah, the ministry said.",
     [("Turmus Ayya", "village"), ("Ramallah", "city")]),
    ("Troops raided the Far'a camp and Tammun in the northern West Bank.",
     [("Far'a camp", "village"), ("Tammun", "town"), ("West Bank", "area")]),
    ("Strikes hit Al-Zawaida and the Morag corridor, Gaza's civil defence said.",
     [("Al-Zawaida", "town"), ("Morag corridor", "area"), ("Gaza", "area")]),
    ("Rebels took Jisr al-Shughur and advanced on Hama on Friday.",
     [("Jisr al-Shughur", "city"), ("Hama", "city")]),
    ("Clashes broke out in Jaramana and Sahnaya near Damascus.",
     [("Jaramana", "town"), ("Sahnaya", "town"), ("Damascus", "city")]),
    ("The Al-Hol camp in Hasakah holds thousands of families.",
     [("Al-Hol", "village"), ("Hasakah", "city")]),
    ("A drone struck Tal Afar in Nineveh Governorate, the Iraqi army said.",
     [("Tal Afar", "city"), ("Nineveh", "region")]),
    ("Gunmen attacked a checkpoint in Tuz Khurmatu, Salahuddin province.",
     [("Tuz Khurmatu", "town"), ("Salahuddin", "region")]),
    ("Rockets landed near Kirkuk province's oil fields.", [("Kirkuk Governorate", "region")]),
    ("The Houthis fired missiles from Hodeidah Governorate into the Red Sea.",
     [("Hodeidah Governorate", "region"), ("Red Sea", "water")]),
    ("Fighting raged in Marib Governorate as Harib changed hands.",
     [("Marib Governorate", "region"), ("Harib", "town")]),
    ("Tankers near Kamaran Island and the Bab el-Mandeb were warned.",
     [("Kamaran Island", "area"), ("Bab el-Mandeb", "water")]),
    ("Militants attacked troops near Sheikh Zuweid in North Sinai.",
     [("Sheikh Zuweid", "town"), ("North Sinai", "region")]),
])
def test_middle_east_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The RSF shelled Kalma camp near Nyala, South Darfur, on Sunday.",
     [("Kalma", "village"), ("Nyala", "city"), ("South Darfur State", "region")]),
    ("Fighting spread from Er Rahad to Umm Ruwaba, the army said.",
     [("Er Rahad", "town"), ("Umm Ruwaba", "town")]),
    ("Refugees crossed from Sudan into Farchana and Goz Beida in Chad.",
     [("Sudan", "country"), ("Farchana", "village"), ("Goz Beida", "town"), ("Chad", "country")]),
    ("Clashes in Jonglei State displaced families from Akobo to Bor.",
     [("Jonglei State", "region"), ("Akobo", "town"), ("Bor", "town")]),
    ("Drone strikes hit Debre Birhan and Woldiya in Amhara.",
     [("Debre Birhan", "city"), ("Woldiya", "town"), ("Amhara", "region")]),
    ("Al-Shabaab fighters attacked Jowhar in Middle Shabelle region.",
     [("Jowhar", "town"), ("Middle Shabelle", "region")]),
    ("Militants raided Mpeketoni near Lamu, Kenyan police said.",
     [("Mpeketoni", "town"), ("Lamu", "town")]),
    ("Jihadists besieged Djibo and attacked Arbinda in Burkina Faso.",
     [("Djibo", "city"), ("Arbinda", "town"), ("Burkina Faso", "country")]),
    ("An ambush near Tongo Tongo in the Tillaberi region killed soldiers.",
     [("Tongo Tongo", "village"), ("Tillaberi Region", "region")]),
    ("Gunmen abducted pupils in Kuriga, Kaduna State, on Thursday.",
     [("Kuriga", "town"), ("Kaduna State", "region")]),
    ("Boko Haram attacked Gwoza and Bama in Borno.",
     [("Gwoza", "town"), ("Bama", "town"), ("Borno State", "region")]),
    ("Separatists clashed with troops in Bamenda, in the Northwest Region of Cameroon.",
     [("Bamenda", "city"), ("Northwest Region", "region"), ("Cameroon", "country")]),
    ("The M23 seized Kitshanga and Rubaya in North Kivu.",
     [("Kitshanga", "town"), ("Rubaya", "town"), ("North Kivu", "region")]),
    ("Insurgents attacked Mocimboa da Praia and Palma in Cabo Delgado.",
     [("Mocimboa da Praia", "town"), ("Palma", "town"), ("Cabo Delgado", "region")]),
    ("Forces loyal to Haftar advanced from Sirte towards Misrata and Zawiya.",
     [("Sirte", "city"), ("Misrata", "city"), ("Zawiya", "city")]),
])
def test_african_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Taliban took Lashkar Gah, the capital of Helmand, in August.",
     [("Lashkar Gah", "city"), ("Helmand Province", "region")]),
    ("A blast hit a mosque in Kunduz province, officials in Kabul said.",
     [("Kunduz Province", "region"), ("Kabul", "city")]),
    ("Militants attacked a police post in Bannu, Khyber Pakhtunkhwa, on Monday.",
     [("Bannu", "city"), ("Khyber Pakhtunkhwa", "region")]),
    ("Separatists blew up a train near Mastung in Baluchistan.",
     [("Mastung", "town"), ("Balochistan", "region")]),
    ("Gunmen killed tourists near Pahalgam, Indian police in Srinagar said.",
     [("Pahalgam", "town"), ("Srinagar", "city")]),
    ("The Arakan Army captured Paletwa and Mrauk U from the junta.",
     [("Paletwa", "town"), ("Mrauk U", "town")]),
    ("Resistance forces shelled Kalay and Monywa in Sagaing Region.",
     [("Kalay", "town"), ("Monywa", "city"), ("Sagaing Region", "region")]),
    ("Rohingya fled across the Naf River to Teknaf and the Kutupalong camp.",
     [("Naf River", "water"), ("Teknaf", "town"), ("Kutupalong", "village")]),
    ("Azerbaijani shells hit Jermuk and Sotk inside Armenia.",
     [("Jermuk", "town"), ("Sotk", "village"), ("Armenia", "country")]),
])
def test_asian_and_caucasus_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gangs attacked Pont-Sonde and Petite-Riviere de l'Artibonite, north of Port-au-Prince.",
     [("Pont-Sonde", "town"), ("Petite-Riviere de l'Artibonite", "town"), ("Port-au-Prince", "city")]),
    ("Fighting in Catatumbo sent thousands fleeing to Cucuta and Tibu.",
     [("Catatumbo", "area"), ("Cucuta", "city"), ("Tibu", "town")]),
    ("Cartel violence in Culiacan spread across Sinaloa and into Sonora.",
     [("Culiacan", "city"), ("Sinaloa", "region"), ("Sonora", "region")]),
    ("Pirates struck in the Gulf of Guinea and the Mozambique Channel.",
     [("Gulf of Guinea", "water"), ("Mozambique Channel", "water")]),
    ("Jihadist groups spread from the Sahel towards West Africa's coast.",
     [("Sahel", "area"), ("West Africa", "area")]),
])
def test_americas_and_world_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Itamar Ben-Gvir visited the site.",
    "The Rada voted on the bill.",
    "The FAO warned of famine.",
    "Medina said the talks would resume.",
    "Zubair Ahmed said the road was closed.",
    "Tina Turner's song played on the radio.",
    "Farah told reporters she had left.",
    "TAMU researchers published the study.",
    "Benito Juarez is on the banknote.",
    "Sawa, the minister said, had been closed.",
    "Fighters of the Congo River Alliance said they held the airport.",
    "The Times of Israel and the Times of India reported it.",
    "Defence Minister Israel Katz said the operation would expand.",
    "Operation Iron Swords entered its second year.",
    "Houthis attacked the Galaxy Leader and the MV Tutor.",
    "Chad Smith, a spokesman, said the convoy was delayed.",
    "Mogadishu-based analysts said the strike had failed.",
])
def test_risky_names_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Families reached Cox's Bazar after a week on the road.", [("Cox's Bazar", "city")]),
    ("Families reached Cox’s Bazar after a week on the road.", [("Cox's Bazar", "city")]),
    ("Cox's Bazar's camps took in more arrivals, UNHCR said.", [("Cox's Bazar", "city")]),
    ("Boats left Teknaf and Cox's Bazar.", [("Teknaf", "town"), ("Cox's Bazar", "city")]),
    ("Myanmar's army shelled Maungdaw.", [("Myanmar", "country"), ("Maungdaw", "town")]),
    ("Myanmar’s army shelled Maungdaw.", [("Myanmar", "country"), ("Maungdaw", "town")]),
    ("Gaza's hospitals ran out of fuel.", [("Gaza", "area")]),
])
def test_a_possessive_inside_a_name_is_kept_and_one_after_it_ends_the_name(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Houthi fighters fired on Al-Khawkhah overnight.", [("Al Khawkhah", "town")]),
    ("Shelling hit Deir al Balah and Jisr al Shughur.",
     [("Deir al-Balah", "city"), ("Jisr al-Shughur", "city")]),
    ("Tankers avoided the Bab el Mandeb.", [("Bab el-Mandeb", "water")]),
    ("The army held Ed-Damer.", [("Ed Damer", "city")]),
])
def test_an_arabic_article_is_joined_either_way(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


def test_article_variants_swap_only_an_article_before_a_capital():
    from conflict_digest.places import _article_variants
    assert _article_variants("Deir al-Balah") == ["Deir al Balah"]
    assert _article_variants("Al Khawkhah") == ["Al-Khawkhah"]
    assert _article_variants("Alamata") == []
    assert _article_variants("Kafr al-amir") == []
    assert _article_variants("Petite-Riviere de l'Artibonite") == []


def test_a_spelling_the_data_gives_wins_over_an_article_variant(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("name,type,admin1,country,sector,aliases\n"
                    "Al-Qarya,town,,Sudan,,\nAl Qarya,village,,Chad,,\n", encoding="utf-8")
    gaz = Gazetteer.load([path])
    assert gaz.resolve_place("Al Qarya").country == "Chad"
    assert gaz.resolve_place("Al-Qarya").country == "Sudan"


@pytest.mark.parametrize("sentence, expected", [
    ("The Arakan Army took Paletwa and Buthidaung.", [("Paletwa", "town"), ("Buthidaung", "town")]),
    ("Fighting between Sudan's army and the RSF went on.", [("Sudan", "country")]),
    ("The army retook Sinja and advanced on Al-Koma and El Nuhud.",
     [("Sinja", "town"), ("Al-Koma", "town"), ("En Nahud", "city")]),
    ("Strikes hit Atarib, Mahas and the Bulengo camp.",
     [("Al-Atarib", "town"), ("Mahas", "town"), ("Bulengo", "village")]),
    ("Militants lost control of Adan Yabaal.", [("Adan Yabaal", "town")]),
])
def test_an_army_named_after_a_place_is_no_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Evacuation orders covered North Gaza governorate.", [("North Gaza Governorate", "region")]),
    ("Families fled Khan Younis and Rafah governorates.",
     [("Khan Younis Governorate", "region"), ("Rafah Governorate", "region")]),
    ("Strikes hit Khan Younis and Rafah.", [("Khan Younis", "city"), ("Rafah", "city")]),
    ("Flooding affected Al Hasakeh and Deir-ez-Zor governorates.",
     [("Al-Hasakah Governorate", "region"), ("Deir ez-Zor Governorate", "region")]),
    ("Returns to Ninewa governorate remain slow.", [("Nineveh", "region")]),
    ("Raids hit Jenin, Tubas and Tulkarm governorates.",
     [("Jenin Governorate", "region"), ("Tubas Governorate", "region"),
      ("Tulkarm Governorate", "region")]),
    ("Raids hit Jenin and Tubas overnight.", [("Jenin", "city"), ("Tubas", "town")]),
    ("Clashes spread in Oromia's West Guji and East Wollega zones.",
     [("Oromia", "region"), ("West Guji Zone", "region"), ("East Wollega Zone", "region")]),
])
def test_governorates_as_un_updates_spell_them(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Clashes erupted in Kora township, the rebels said.", [("Kora", "district")]),
    ("Troops entered Kora county on Monday.", [("Kora", "district")]),
    ("Gangs controlled the commune of Kora, police said.", [("Kora", "town")]),
    ("Fighting spread to Kora territory in Ituri.", [("Kora", "district"), ("Ituri", "region")]),
    ("Gunmen attacked Kora prefecture overnight.", [("Kora", "region")]),
    ("Shelling hit Kora governorate.", [("Kora", "region")]),
    ("The mayor of Kora municipality said the water was cut.", [("Kora", "town")]),
    ("Militias looted Kora locality in North Kordofan.",
     [("Kora", "district"), ("North Kordofan State", "region")]),
    ("Militias seized Kora woreda.", [("Kora", "district")]),
    ("Drones hit Kora zone, Tigray.", [("Kora", "region"), ("Tigray", "region")]),
    ("Attacks in the township of Kora killed six.", [("Kora", "district")]),
    ("The municipality of Kora was cut off.", [("Kora", "town")]),
    ("The prefecture of Kora reported attacks.", [("Kora", "region")]),
])
def test_the_admin_units_of_other_wars_mark_an_unknown_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In Kora Township, the junta burned homes.", [("Kora", "district")]),
    ("Kora Township was bombed on Tuesday.", [("Kora", "district")]),
    ("Displaced families in Kora Territory returned.", [("Kora", "district")]),
    ("Meanwhile Kora County officials counted the dead.", [("Kora", "district")]),
    ("In Zarichne-Mala village, two houses burned.", [("Zarichne-Mala", "village")]),
    ("Thousands fled into Chad's Kora province on Monday.", [("Chad", "country"), ("Kora", "region")]),
    ("Sudan’s Kora locality was shelled.", [("Sudan", "country"), ("Kora", "district")]),
    ("Refugees reached Chad's Ouaddai province.", [("Chad", "country"), ("Ouaddai", "region")]),
])
def test_a_capitalised_admin_unit_or_a_first_word_or_possessive_before_the_name_still_marks_it(
        gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting in Kora and Lomi townships displaced thousands.",
     [("Kora", "district"), ("Lomi", "district")]),
    ("Troops seized Kora, Lomi and Sanda districts.",
     [("Kora", "district"), ("Lomi", "district"), ("Sanda", "district")]),
    ("Gangs spread across Kora or Lomi communes.", [("Kora", "town"), ("Lomi", "town")]),
])
def test_a_plural_admin_unit_marks_every_name_of_the_list(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Hamas territory shrank as troops advanced.",
    "The Taliban territory expanded.",
    "Hezbollah zone commanders were killed.",
    "Rebel-held territory was shelled overnight.",
    "Government-controlled municipality offices reopened.",
    "The SAF territory grew in the east.",
    "Fighters of the Islamic State province attacked.",
    "Aid reached the Safe Zone and the Buffer Zone.",
    "Officials in the Capital Region said nothing.",
    "The Kora District Water Authority said wells were dry.",
    "The Kora County Council met on Monday.",
    "Mr Kora Town said the road was closed.",
    "Fighters of Islamic State Khorasan Province claimed the attack.",
    "The Kora Military District commander said the drills ended.",
    "Troops of the Kora Military Region were deployed.",
    "Operation Kora Shield began on Monday.",
    "Sudanese and Yemeni officials met.",
])
def test_groups_adjectives_and_institutions_before_an_admin_word_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Militias advanced from North Gondar zone into North Wollo and Wag Hemra.",
     [("North Gondar Zone", "region"), ("North Wollo Zone", "region"), ("Wag Hemra Zone", "region")]),
    ("Aid reached Central Tigray and the Southern Zone of Tigray.",
     [("Central Tigray", "region"), ("Southern Tigray", "region")]),
    ("Floods hit the Bay region and Nugaal, the agency said.",
     [("Bay Region", "region"), ("Nugal", "region")]),
    ("Clashes spread from Haut-Katanga into Kasai-Central and Tshopo.",
     [("Haut-Katanga", "region"), ("Kasai-Central", "region"), ("Tshopo", "region")]),
    ("Jihadists attacked the Est region and the Centre-Est.",
     [("Est Region", "region"), ("Centre-Est Region", "region")]),
    ("Militants crossed from the Tahoua region into the Sikasso Region.",
     [("Tahoua Region", "region"), ("Sikasso Region", "region")]),
    ("Gangs moved from the Ouest department into Nippes and the Grand'Anse.",
     [("Ouest Department", "region"), ("Nippes", "region"), ("Grand'Anse", "region")]),
    ("Guerrillas clashed in La Guajira and Vichada.", [("La Guajira", "region"), ("Vichada", "region")]),
    ("Jets struck Haret Hreik and Burj al-Barajneh in Beirut's southern suburbs.",
     [("Haret Hreik", "area"), ("Burj al-Barajneh", "area"), ("Beirut", "city")]),
    ("Strikes hit the Chouf, Aley and Choueifat overnight.",
     [("Chouf", "area"), ("Aley", "town"), ("Choueifat", "city")]),
    ("The militia took Al-Kamlin in Gezira State.", [("Al-Kamlin", "town"), ("Gezira State", "region")]),
    ("Rebels took Ramree and Katha and moved on Lauk Kai.",
     [("Ramree", "town"), ("Katha", "town"), ("Laukkai", "city")]),
    ("Shelling hit Terter and Qubadli near Gegharkunik.",
     [("Tartar", "town"), ("Qubadli", "town"), ("Gegharkunik", "region")]),
    ("Troops clashed with militants in Marawi and on Basilan, in Mindanao.",
     [("Marawi", "city"), ("Basilan", "region"), ("Mindanao", "area")]),
    ("Rebels took Pinga and moved on Luvungi and Manono.",
     [("Pinga", "town"), ("Luvungi", "town"), ("Manono", "town")]),
    ("Gang violence spread from Guayaquil to San Pedro Sula.",
     [("Guayaquil", "city"), ("San Pedro Sula", "city")]),
])
def test_regions_and_towns_of_current_wars(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Settlers attacked the village of Kora al-Fauqa near Nablus.",
     [("Kora al-Fauqa", "village"), ("Nablus", "city")]),
    ("Settlers attacked the village of Kora al Fauqa overnight.", [("Kora al Fauqa", "village")]),
    ("Troops entered the village of Deir el-Kora overnight.", [("Deir el-Kora", "village")]),
    ("Shells hit Kora al-Fauqa village.", [("Kora al-Fauqa", "village")]),
    ("Strikes hit the village of Kora al-amir.", [("Kora", "village")]),  # no capital after it
])
def test_an_unknown_name_keeps_an_arabic_article_inside_it(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shelling hit the Kora IDP camp near the city.", [("Kora", "village")]),
    ("Families sheltered at Kora displacement site and Lomi IDP site.",
     [("Kora", "village"), ("Lomi", "village")]),
    ("Aid reached the Kora and Lomi refugee camps.", [("Kora", "village"), ("Lomi", "village")]),
    ("Strikes hit the Kora neighbourhood of the city.", [("Kora", "district")]),
    ("Strikes hit the Sheikh Kora neighborhood overnight.", [("Sheikh Kora", "district")]),
])
def test_camps_sites_and_neighbourhoods_mark_an_unknown_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Christian neighbourhood was shelled.",
    "The Druze neighbourhood of the town was quiet.",
    "The Unrwa refugee camp was hit.",
])
def test_faiths_and_agencies_before_a_camp_or_neighbourhood_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The attack took place 20 km north of Kora, officials said.", [("Kora", "locality")]),
    ("Fighting raged south-east of Lomi on Sunday.", [("Lomi", "locality")]),
    ("Shells landed south of Kora's centre.", [("Kora", "locality")]),
    ("Militants attacked Kora, a town in the north, on Monday.", [("Kora", "town")]),
    ("Gunmen stormed Kora, a small village of 2,000 people, overnight.", [("Kora", "village")]),
    ("They returned to Kora, the village where they were born.", [("Kora", "village")]),
])
def test_a_bearing_or_a_description_after_a_comma_marks_an_unknown_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Ahmed Kora, a town councillor, said the bridge fell.",
    "Fatima Lomi, the village head, said five people died.",
    "The convoy stopped north of Route 60 near the checkpoint.",
    "Troops moved south of Highway 1 on Monday.",
    "Fighting was reported east of Hamas positions.",
    "Forces advanced west of Israeli-held areas.",
    "The strike hit north of Mr Kora's house.",
    "Tanks moved north of Al-Kora Hospital.",
])
def test_people_roads_and_buildings_after_a_bearing_or_before_a_description_are_no_places(
        gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Heavy fighting between Kora and Lomi continued overnight.",
     [("Kora", "locality"), ("Lomi", "locality")]),
    ("The road between Kora and Lomi was cut by the rebels.",
     [("Kora", "locality"), ("Lomi", "locality")]),
    ("Families are stranded between Tessa and Lomi.", [("Tessa", "locality"), ("Lomi", "locality")]),
    ("The highway between Kassala and Lomi was closed.", [("Kassala", "city"), ("Lomi", "locality")]),
    ("The border between Sudan and Chad was closed.", [("Sudan", "country"), ("Chad", "country")]),
])
def test_both_names_after_between_are_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


_INVENTED_NAME = st.from_regex(r"[BDFGKLMNPRTVZ][aeiou][lmnrt][aeiou]z[aeiou]", fullmatch=True)


@given(_INVENTED_NAME, _INVENTED_NAME)
def test_the_road_between_two_invented_names_finds_both(first, second):
    if first == second:
        return
    sentence = f"The road between {first} and {second} was cut."
    spans = [sentence[m.start:m.end] for m in Gazetteer.load().find(sentence)]
    assert spans == [first, second]


@pytest.mark.parametrize("sentence", [
    "Talks between Kora and Lomi ended without a deal.",
    "The fighting between Burhan and Hemedti goes on.",
    "Clashes between Dinka and Nuer youths killed 12.",
    "Clashes between Hutu and Tutsi.",
    "Fighting between Kora and Lomi militias resumed.",
    "Clashes between Fano and federal forces continued.",
])
def test_people_groups_and_modifiers_after_between_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Displacement rose in the Kora and Lomi states.", [("Kora", "region"), ("Lomi", "region")]),
    ("Aid reached Kora, Lomi and Tessa states.",
     [("Kora", "region"), ("Lomi", "region"), ("Tessa", "region")]),
    ("Fighting spread across Kassala and Kora states.",
     [("Kassala State", "region"), ("Kora", "region")]),
    ("Fighting spread to North Kora and South Kora provinces.",
     [("North Kora", "region"), ("South Kora", "region")]),
    ("Clashes erupted in Kora province and Upper Lomi county.",
     [("Kora", "region"), ("Upper Lomi", "district")]),
    ("Aid reached families in Kora, Lomi and Tessa districts.",
     [("Kora", "district"), ("Lomi", "district"), ("Tessa", "district")]),
])
def test_each_name_of_a_list_before_a_plural_unit_word_is_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Kora states that it will keep fighting.",
    "The Gulf and Arab states pledged aid.",
    "Officials in the North region said little.",
])
def test_states_alone_and_a_compass_word_alone_are_no_unknown_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting spread across the states of Kassala and Sennar.",
     [("Kassala State", "region"), ("Sennar State", "region")]),
    ("Clashes hit the governorates of Taiz and Marib.",
     [("Taiz Governorate", "region"), ("Marib Governorate", "region")]),
    ("Clashes hit the governorate of Taiz and Marib.",
     [("Taiz Governorate", "region"), ("Marib", "city")]),
])
def test_a_plural_region_word_before_a_list_makes_each_name_the_region(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen attacked the villages of Kora and Lomi in Mopti region.",
     [("Kora", "village"), ("Lomi", "village"), ("Mopti Region", "region")]),
    ("The towns of Kora, Lomi and Tessa were shelled.",
     [("Kora", "town"), ("Lomi", "town"), ("Tessa", "town")]),
    ("Drone strikes hit the cities of Kora and Lomi.", [("Kora", "city"), ("Lomi", "city")]),
    ("Families fled the districts of Kora, Lomi or Tessa.",
     [("Kora", "district"), ("Lomi", "district"), ("Tessa", "district")]),
    ("The village of Kora and Lomi district were hit.", [("Kora", "village"), ("Lomi", "district")]),
    ("The village of Kora and Lomi were hit.", [("Kora", "village")]),
])
def test_each_name_after_a_plural_cue_and_of_is_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Clashes were reported on the Kassala-Gedaref road on Sunday.",
     [("Kassala", "city"), ("Gedaref", "city")]),
    ("The Kora-Lomi road was cut by the rebels.", [("Kora", "locality"), ("Lomi", "locality")]),
    ("Fighting moved along the El Obeid-Kora highway.", [("El Obeid", "city"), ("Kora", "locality")]),
    ("Refugees crossed the Sudan-Chad border overnight.", [("Sudan", "country"), ("Chad", "country")]),
    ("The Ma'alot-Tarshiha road was closed.", [("Ma'alot-Tarshiha", "town")]),
])
def test_both_ends_of_a_road_or_border_named_by_them_are_places(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Troops moved along the Pro-Russian road.",
    "The Hamas-Fatah border talks failed.",
    "The Kora-Lomi talks failed.",
])
def test_a_hyphenated_pair_before_no_road_or_with_no_place_end_is_no_place(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Sources: Kora Police Chief, On Radio; President Volodymyr Zelenskyy On Telegram", []),
    ("Volodymyr Zelenskyy Visits Kharkiv And Sumy", [("Kharkiv", "city"), ("Sumy", "city")]),
    ("Residents Of Volodymyr Flee As Shelling Intensifies", [("Volodymyr", "city")]),
])
def test_a_known_persons_name_is_no_place_even_in_title_case(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Airstrikes hit Kora town and Lomi village.", [("Kora", "town"), ("Lomi", "village")]),
    ("Residents of Kora city fled south.", [("Kora", "city")]),
    ("Thousands fled to Tawila town.", [("Tawila", "town")]),
])
def test_a_name_before_town_or_city_is_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Monday town hall meetings were cancelled.",
    "The Ukrainian town was shelled.",
    "A Christian town was attacked.",
    "The Hamas-run town was hit.",
])
def test_weekdays_demonyms_and_groups_before_town_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Shells hit a crowd at the Oman roundabout in Gaza City.", [("Gaza City", "city")]),
    ("Fire broke out in a building on Qatar Street.", []),
    ("The Jordan hospital in Rafah was hit again.", [("Rafah", "city")]),
    # the country itself, before other words
    ("Oman sent aid to Yemen on Monday.", [("Oman", "country"), ("Yemen", "country")]),
    ("The Qatar talks on Gaza resumed.", [("Qatar", "country"), ("Gaza", "area")]),
])
def test_a_country_before_a_landmark_word_names_the_landmark(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting spread in Lomi state, where the paramilitaries shelled a market.", [("Lomi", "region")]),
    ("Clashes were reported in Kora State and in Tessa Province.", [("Kora", "region"), ("Tessa", "region")]),
    ("The governor of Lomi state said the fighters had withdrawn.", [("Lomi", "region")]),
    ("Residents of Lomi state fled across the border.", [("Lomi", "region")]),
    ("Officials in North Kora state said aid had arrived.", [("North Kora", "region")]),
    ("Gunmen attacked Kora town in Lomi state, killing 12.", [("Kora", "town"), ("Lomi", "region")]),
    ("Aid reached families displaced across Tessa state.", [("Tessa", "region")]),
    ("In Kora State, 12 people died.", [("Kora", "region")]),
    # area, after a locative preposition and `the`, or a possessive
    ("Fighting continued in the Kora area of Lomi state.", [("Kora", "region"), ("Lomi", "region")]),
    ("In the Jabal Lomi area, 20 people were killed.", [("Jabal Lomi", "region")]),
    ("Shelling hit Idlib governorate's Kora al-Lomi area.",
     [("Idlib Governorate", "region"), ("Kora al-Lomi", "region")]),
])
def test_an_unknown_name_before_state_or_area_after_a_locative_preposition_is_a_region(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Kora state government said the attack killed 12 people.",  # no preposition before it
    "Kora State Media reported the strike.",
    "The Islamic State claimed the attack.",
    "Fighters loyal to Islamic State attacked the base.",
    "He read it in Kora state media reports.",  # a noun after `state`
    "The Secretary of State said the talks would go on.",
    "The riot in Kora State Prison left 3 dead.",
    "A new offensive in Rebel state territory began.",
    "He met the Kora area commander.",
    "Residents of the Rebel-held area fled.",
    "The Schengen area is closed.",
    "Monitors reported the Hamas area of Kora was hit.",
])
def test_state_or_area_without_a_preposition_before_or_before_a_noun_makes_no_place(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Residents fled Kora, a village 20 km from Lomi.", [("Kora", "village"), ("Lomi", "locality")]),
    ("The strike hit a school 5 km from Kora on Monday.", [("Kora", "locality")]),
    ("The convoy was attacked 30 kilometres from Lomi.", [("Lomi", "locality")]),
    ("Troops advanced to within 10 miles of Tessa.", [("Tessa", "locality")]),
])
def test_a_name_a_distance_is_measured_from_is_a_place(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The shelter lies 3 km from the Kora market.",
    "Fighters were spotted a few km from Monday's front line.",
    # who held a place it was taken from: only a distance takes `from`
    "Rebels took the town from Tatmadaw troops on Monday.",
    "The army recaptured the city from Janjaweed fighters.",
])
def test_no_name_after_a_distance_makes_no_place(gaz, sentence):
    assert found(gaz, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Gangs attacked Delmas and Tabarre overnight.", [("Delmas", "area"), ("Tabarre", "area")]),
    ("Jihadists attacked an army post near Kaya.", [("Kaya", "city")]),
    ("Shelling hit Tegh, a village in Syunik.", [("Tegh", "village"), ("Syunik", "region")]),
])
def test_more_places_of_other_wars_are_known(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


# --- an unknown place after `near` before a time phrase; times and institutions stay none ------

@pytest.mark.parametrize("sentence, expected", [
    ("Rebels seized two outposts in fighting near Mawlu over the past week.", ["Mawlu"]),
    ("Clashes broke out near Tessa Lomi overnight, residents said.", ["Tessa Lomi"]),
    ("Shelling was reported around Kadugli Nord since Sunday.", ["Kadugli Nord"]),
    ("A boat sank near Christmas Island, officials said.", ["Christmas Island"]),
])
def test_a_place_after_near_before_a_time_phrase(gaz, sentence, expected):
    assert [name for name, _ in found(gaz, sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Attacks on the city rose around Christmas last year.",
    "Shelling resumed near Eid this year, aid workers said.",
    "The talks stalled around Monday, diplomats said.",
    "Protesters gathered outside Parliament this morning.",
    "Fighting eased around Ramadan, residents said.",
])
def test_times_and_institutions_after_near_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []


@given(st.sampled_from(["over the weekend", "this week", "last month", "earlier on Monday", "overnight"]))
def test_any_time_phrase_ends_a_place_after_near(gaz, when):
    assert [name for name, _ in found(gaz, f"Troops clashed near Wanbo Kyaung {when}.")] == ["Wanbo Kyaung"]


# --- a place before a surname in a sentence-case sentence is a first name ---------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Officials met Chad Smith in Paris.", ["Paris"]),
    ("Jordan Bardella visited Lyon on Monday.", ["Lyon"]),
    # a Title Case headline says nothing of names
    ("Russia Strikes Kyiv With Missiles", ["Russia", "Kyiv"]),
    ("Drone Attack on Odesa Port Kills Two", ["Odesa"]),
])
def test_a_place_as_a_first_name_in_a_short_sentence(gaz, sentence, expected):
    assert [name for name, _ in found(gaz, sentence)] == expected


# --- a country's own army is a mention of the country; an armed group's name is not ------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Sudan army said it had retaken the town.", ["Sudan"]),
    ("Sudan Army Retakes Wad Madani From the RSF", ["Sudan", "Wad Madani"]),
    ("The Kyiv Independent reported the strike.", []),
])
def test_a_countrys_army(gaz, sentence, expected):
    assert [name for name, _ in found(gaz, sentence)] == expected
