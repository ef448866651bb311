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
