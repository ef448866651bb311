"""Places of other wars added in session 13: found by their press names and spellings, with
their types. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.places import Gazetteer
from helpers import places_found


@pytest.fixture(scope="module")
def gaz(gazetteer) -> Gazetteer:
    return gazetteer


found = places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen attacked Niafunké and Goundam on Monday.",
     [("Niafunke", "town"), ("Goundam", "town")]),
    ("The army said it repelled an assault on Kati and Sévaré overnight.",
     [("Kati", "town"), ("Sevare", "town")]),
    ("Militants besieged Diboli and Sandaré in the Kayes region.",
     [("Diboli", "town"), ("Sandare", "town"), ("Kayes Region", "region")]),
    ("Jihadists killed soldiers near Kantchari and Gayéri, security sources said.",
     [("Kantchari", "town"), ("Gayeri", "town")]),
    ("Thousands fled Dablo and Pissila for Kaya.",
     [("Dablo", "town"), ("Pissila", "town"), ("Kaya", "city")]),
    ("An attack near Téra and Bankilaré in the Tillaberi region killed 20 soldiers.",
     [("Tera", "town"), ("Bankilare", "town"), ("Tillaberi Region", "region")]),
    ("Fighters struck Chinegodar and Tchin-Tabaraden last week.",
     [("Chinagodrar", "village"), ("Tchintabaraden", "town")]),
    ("Boko Haram raided Gubio and Dalori in Borno State.",
     [("Gubio", "town"), ("Dalori", "village"), ("Borno State", "region")]),
    ("Bandits abducted villagers in Bukkuyum, Talata-Mafara and Dutsinma.",
     [("Bukkuyum", "town"), ("Talata Mafara", "town"), ("Dutsin-Ma", "town")]),
    ("Police in Minna said pupils were taken from Papiri.",
     [("Minna", "city"), ("Papiri", "village")]),
    ("Separatists clashed with troops in Kumbo and Mamfe.",
     [("Kumbo", "town"), ("Mamfe", "town")]),
    ("A suicide bomber struck Amchide near Kolofata.",
     [("Amchide", "town"), ("Kolofata", "town")]),
    ("Boko Haram fighters attacked a base near Baga Sola in Chad's Lac province.",
     [("Baga Sola", "town"), ("Chad", "country"), ("Lac Province", "region")]),
    ("Soldiers were killed near Karimama and in the Pendjari park, Benin's army said.",
     [("Karimama", "town"), ("Pendjari National Park", "area"), ("Benin", "country")]),
    ("An attack on a post near Dapaong in the Savanes region was repelled.",
     [("Dapaong", "city"), ("Savanes Region", "region")]),
    ("Refugees crossed from Mali into the Mberra camp near Bassikounou.",
     [("Mali", "country"), ("Mbera", "village"), ("Bassikounou", "town")]),
    ("Gunmen attacked worshippers in Owo in Ondo State.",
     [("Owo", "town"), ("Ondo State", "region")]),
])
def test_sahel_and_west_africa(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fano fighters took Dangila and Injibara, residents said.",
     [("Dangila", "town"), ("Injibara", "town")]),
    ("Drone strikes hit Debark and Finote Selam in the Amhara region.",
     [("Debark", "town"), ("Finote Selam", "town"), ("Amhara", "region")]),
    ("Refugees from the Hitsats and Shimelba camps reached Mai Aini.",
     [("Hitsats", "village"), ("Shimelba", "village"), ("Mai Aini", "village")]),
    ("Clashes were reported near Nejo and Shambu in western Oromia.",
     [("Nejo", "town"), ("Shambu", "town"), ("Oromia", "region")]),
    ("Al-Shabaab fighters attacked Cadaado and Wanlaweyn.",
     [("Adado", "town"), ("Wanlaweyn", "town")]),
    ("Troops retook Ceel Dheer and Masagaway in Galgaduud.",
     [("El Dher", "town"), ("Masagaway", "town"), ("Galgaduud", "region")]),
    ("An explosive device hit a vehicle near Elwak in Mandera County.",
     [("Elwak", "town"), ("Mandera County", "region")]),
    ("Militants ambushed a convoy in the Boni Forest near Kiunga.",
     [("Boni Forest", "area"), ("Kiunga", "town")]),
    ("Fighting spread from Ayod to Lankien and Old Fangak.",
     [("Ayod", "town"), ("Lankien", "town"), ("Old Fangak", "town")]),
    ("The RSF attacked Um Baru and Shangil Tobaya in North Darfur.",
     [("Um Baru", "town"), ("Shangil Tobaya", "town"), ("North Darfur State", "region")]),
    ("The army recaptured Al-Suki and Mazmoum before advancing on Abu Hujar.",
     [("Al-Suki", "town"), ("Mazmoum", "town"), ("Abu Hujar", "town")]),
    ("Civilians fled Al-Sireha and Tendelti after the raids.",
     [("Al-Sireha", "village"), ("Tendelti", "town")]),
    ("Eritrean troops moved through Senafe towards Adi Keih.",
     [("Senafe", "town"), ("Adi Keyh", "town")]),
])
def test_horn_and_east_africa(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("M23 fighters took Nyanzale and Kibirizi before moving on Kirumba.",
     [("Nyanzale", "village"), ("Kibirizi", "town"), ("Kirumba", "town")]),
    ("The ADF killed villagers in Ntoyo and Mangina, local officials said.",
     [("Ntoyo", "village"), ("Mangina", "town")]),
    ("The rebels seized Nyabibwe and advanced towards Ihusi in South Kivu.",
     [("Nyabibwe", "town"), ("Ihusi", "village"), ("South Kivu", "region")]),
    ("CODECO militiamen attacked displaced people at Lopa and Drodro in Ituri.",
     [("Lopa", "village"), ("Drodro", "village"), ("Ituri", "region")]),
    ("Rebels clashed with troops near Bocaranga and Mbaïki.",
     [("Bocaranga", "town"), ("Mbaiki", "town")]),
    ("Insurgents raided Mucojo and Quiterajo in Cabo Delgado.",
     [("Mucojo", "village"), ("Quiterajo", "village"), ("Cabo Delgado", "region")]),
    ("Fighters crossed the Ruvuma River into Nangade and Mecula.",
     [("Rovuma River", "water"), ("Nangade", "town"), ("Mecula", "town")]),
    ("Thousands fled through Gatumba and Rugombo into Burundi.",
     [("Gatumba", "town"), ("Rugombo", "town"), ("Burundi", "country")]),
    ("The attack on a school in Mpondwe shocked Uganda.",
     [("Mpondwe", "town"), ("Uganda", "country")]),
])
def test_central_and_southern_africa(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Clashes erupted in Salkhad and Qanawat in Suwayda province.",
     [("Salkhad", "town"), ("Qanawat", "town"), ("Suwayda Governorate", "region")]),
    ("Israeli troops advanced near Khan Arnabah and Ghajar.",
     [("Khan Arnabah", "town"), ("Ghajar", "village")]),
    ("Fighters from Kessab and Al-Haffah fled towards Latakia.",
     [("Kessab", "town"), ("Al-Haffah", "town"), ("Latakia", "city")]),
    ("Kurdish forces held Sheikh Maqsoud while rebels took Kuweires.",
     [("Sheikh Maqsoud", "area"), ("Kuweires", "area")]),
    ("Strikes hit Barzeh and Mount Qasioun above Damascus.",
     [("Barzeh", "area"), ("Mount Qasioun", "area"), ("Damascus", "city")]),
    ("Yazidis returned to Sinuni and Kocho below Mount Sinjar.",
     [("Sinuni", "town"), ("Kocho", "village"), ("Mount Sinjar", "area")]),
    ("Turkish jets struck the Qandil Mountains and Amedi.",
     [("Qandil Mountains", "area"), ("Amadiya", "town")]),
    ("A rocket fell near Sadr City and Kadhimiya in Baghdad.",
     [("Sadr City", "area"), ("Kadhimiya", "area"), ("Baghdad", "city")]),
    ("The Houthis shelled Al-Durayhimi and Al-Tuhayta south of Hodeidah.",
     [("Al-Durayhimi", "town"), ("Al-Tuhayta", "town"), ("Hodeidah", "city")]),
    ("US strikes hit Zuqar Island and Al-Luhayyah.",
     [("Zuqar Island", "area"), ("Al-Luhayyah", "town")]),
    ("Israeli strikes hit Houla, Deir Mimas and Ain al-Hilweh.",
     [("Houla", "village"), ("Deir Mimas", "village"), ("Ain al-Hilweh", "village")]),
    ("The army deployed near Arsal and Rayak in the Bekaa.",
     [("Arsal", "town"), ("Riyaq", "town"), ("Bekaa Valley", "area")]),
    ("Settlers attacked Qusra and Kafr Malik, the Palestinian ministry said.",
     [("Qusra", "village"), ("Kafr Malik", "village")]),
    ("Troops raided the Al-Fawwar camp and Beit Fajjar.",
     [("Al-Fawwar", "village"), ("Beit Fajjar", "town")]),
    ("Sirens sounded in Kiryat Ata, Shfar'am and Rosh Pina.",
     [("Kiryat Ata", "city"), ("Shfar'am", "city"), ("Rosh Pina", "town")]),
    ("Residents of Holit and Nir Am were evacuated.",
     [("Holit", "village"), ("Nir Am", "village")]),
    ("Explosions were heard near Khorramabad and the Evin Prison.",
     [("Khorramabad", "city"), ("Evin Prison", "area")]),
    ("Militias clashed in Tajoura and Janzour outside Tripoli.",
     [("Tajoura", "town"), ("Janzour", "town"), ("Tripoli", "city")]),
])
def test_middle_east(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


def test_south_lebanons_new_villages_are_in_its_theatre(gaz):
    for name in ("Houla", "Deir Mimas", "Ain al-Hilweh", "Yohmor", "Wadi Saluki"):
        assert gaz.resolve_place(name).sector == "South Lebanon", name


@pytest.mark.parametrize("sentence, expected", [
    ("The Arakan Army seized Pauktaw and Myebon, the group said.",
     [("Pauktaw", "town"), ("Myebon", "town")]),
    ("The MNDAA took Kunlong and Namtu in northern Shan State.",
     [("Kunlong", "town"), ("Namtu", "town"), ("Shan State", "region")]),
    ("Resistance forces captured Thantlang and Rikhawdar in Chin State.",
     [("Thantlang", "town"), ("Rikhawdar", "town"), ("Chin State", "region")]),
    ("Scam centres in Shwe Kokko and Lay Kay Kaw were raided.",
     [("Shwe Kokko", "town"), ("Lay Kay Kaw", "town")]),
    ("Militants attacked a checkpoint in Mir Ali and a post in the Tirah Valley.",
     [("Mir Ali", "town"), ("Tirah Valley", "area")]),
    ("Separatists blocked the highway near Kalat and Khuzdar in Balochistan.",
     [("Kalat", "town"), ("Khuzdar", "city"), ("Balochistan", "region")]),
    ("Shelling across the Line of Control hit Rawalakot and Tangdhar.",
     [("Line of Control", "area"), ("Rawalakot", "city"), ("Tangdhar", "town")]),
    ("Gunmen killed tourists at Baisaran near Pahalgam.",
     [("Baisaran", "area"), ("Pahalgam", "town")]),
    ("Pakistani jets struck Barmal in Paktika province and Khost.",
     [("Barmal", "town"), ("Paktika Province", "region"), ("Khost", "city")]),
    ("Villages near Kirants and Voskepar in Tavush were handed to Azerbaijan.",
     [("Kirants", "village"), ("Voskepar", "village"), ("Tavush", "region"), ("Azerbaijan", "country")]),
    ("Gangs attacked Solino and Nazon and burned homes in Carrefour-Feuilles.",
     [("Solino", "area"), ("Nazon", "area"), ("Carrefour-Feuilles", "area")]),
    ("Thousands fled Lascahobas and Saut-d'Eau for Mirebalais.",
     [("Lascahobas", "town"), ("Saut-d'Eau", "town"), ("Mirebalais", "town")]),
    ("Guerrillas attacked soldiers in El Plateado and El Tarra.",
     [("El Plateado", "town"), ("El Tarra", "town")]),
    ("Cartel gunmen clashed with troops near Aguililla and Tepalcatepec in Michoacán.",
     [("Aguililla", "town"), ("Tepalcatepec", "town"), ("Michoacan", "region")]),
    ("Drones struck the Sheskharis terminal near Novorossiysk and a depot in Temryuk.",
     [("Sheskharis", "area"), ("Novorossiysk", "city"), ("Temryuk", "town")]),
])
def test_asia_caucasus_americas_and_the_black_sea(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Muse said nothing.",
    "Liancourt Rocks are disputed.",
    "Rabia said she saw the attack.",
    "Officials said the Balad party would vote against it.",
    "Ngozi Okonjo-Iweala and Adama Barrow met in Accra.",
    "Salif Keita sang while Efrat and Habila listened.",
])
def test_names_left_out_as_words_names_or_other_places(gaz, sentence):
    names = {m.place.name for m in gaz.find(sentence)}
    assert not names & {"Muse", "Liancourt", "Rabia", "Balad", "Ngozi", "Adama", "Salif", "Efrat",
                        "Habila"}


@pytest.mark.parametrize("sentence, expected", [
    ("Russian troops advanced near Kucheriv Yar and Shakhove, the General Staff said.",
     [("Kucheriv Yar", "village"), ("Shakhove", "village")]),
    ("The Russian ministry claimed Grishino and Novopavlovka.",
     [("Hryshyne", "village"), ("Novopavlivka", "village")]),
    ("Fighting continued in Niu-York and Oleksandro-Shultyne.",
     [("Niu-York", "town"), ("Oleksandro-Shultyne", "village")]),
    ("Shelling hit Velykyi Burluk and Ohirtseve in Kharkiv Oblast.",
     [("Velykyi Burluk", "town"), ("Ohirtseve", "village"), ("Kharkiv Oblast", "region")]),
    ("A drone struck a house in Spodaryushino and a car near Oleshnya.",
     [("Spodaryushino", "village"), ("Oleshnya", "village")]),
])
def test_ukraine_front_and_russian_border(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


def test_new_frontline_places_carry_their_sector(gaz):
    expected = {"Kucheriv Yar": "Pokrovsk", "Niu-York": "Toretsk", "Novyi Komar": "Vuhledar",
                "Zahryzove": "Kupiansk", "Lukiantsi": "Kharkiv", "Basivka": "Northern border",
                "Nesterianka": "Orikhiv", "Oleshnya": "Kursk", "Spodaryushino": "Belgorod"}
    assert {name: gaz.resolve_place(name).sector for name in expected} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Russian forces crossed the Vovcha River west of Pokrovsk.",
     [("Vovcha River", "water"), ("Pokrovsk", "city")]),
    ("Refugees crossed the Ruzizi River and the Chari River.",
     [("Ruzizi River", "water"), ("Chari River", "water")]),
    ("Gunmen attacked police in Banjska near Zvečan and North Mitrovica.",
     [("Banjska", "village"), ("Zvecan", "town"), ("North Mitrovica", "city")]),
    ("Border guards clashed near Vorukh and Batken.",
     [("Vorukh", "village"), ("Batken", "town")]),
    ("Shells fell near Preah Vihear and on Si Sa Ket.",
     [("Preah Vihear", "area"), ("Sisaket", "city")]),
    ("Al-Shabaab fighters retook Moqokori and Ceel Baraf.",
     [("Moqokori", "town"), ("El Baraf", "town")]),
])
def test_rivers_and_other_conflicts(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Government forces pushed into Zamalka and Ain Tarma in Eastern Ghouta.",
     [("Zamalka", "town"), ("Ain Tarma", "town"), ("Eastern Ghouta", "area")]),
    ("Rescuers dug through rubble in Jindires after the earthquake.", [("Jindires", "town")]),
    ("Clashes broke out in Khor Maksar and Sheikh Othman in Aden.",
     [("Khor Maksar", "area"), ("Sheikh Othman", "area"), ("Aden", "city")]),
    ("The missile hit the Okhmatdyt children's hospital in Kyiv.",
     [("Okhmatdyt", "area"), ("Kyiv", "city")]),
    ("Separatists shelled Shyrokyne and Talakivka east of Mariupol.",
     [("Shyrokyne", "village"), ("Talakivka", "village"), ("Mariupol", "city")]),
])
def test_earlier_years_of_these_wars(gaz, sentence, expected):
    assert found(gaz, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chinese coast guard ships sailed near Kinmen and the Matsu Islands.",
     [("Kinmen", "area"), ("Matsu Islands", "area")]),
    ("Vessels collided near Second Thomas Shoal and Scarborough Shoal in the South China Sea.",
     [("Second Thomas Shoal", "area"), ("Scarborough Shoal", "area"), ("South China Sea", "water")]),
    ("Soldiers crossed the Korean Demilitarized Zone near Panmunjom.",
     [("Korean Demilitarized Zone", "area"), ("Panmunjom", "village")]),
    ("Migrants crossed the Darien Gap on the way north.", [("Darien Gap", "area")]),
    ("Refugees crossed into Egypt at Argeen.", [("Egypt", "country"), ("Argeen", "area")]),
])
def test_flashpoints_at_sea_and_on_borders(gaz, sentence, expected):
    assert found(gaz, sentence) == expected
