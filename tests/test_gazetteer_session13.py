"""Places of other wars added in session 13: found by their press names and spellings, with
their types. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.places import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    return [(m.place.name, m.place.type) for m in gaz.find(sentence)]


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
