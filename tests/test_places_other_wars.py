"""The gazetteer beyond Ukraine: places of other wars found by their press names and
spellings, with their types, and capitalised words that stay no place. Every sentence here is
invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.places import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    return [(m.place.name, m.place.type) for m in gaz.find(sentence)]


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


@pytest.mark.parametrize("sentence", [
    "Itamar Ben-Gvir visited the site.",
    "The Rada voted on the bill.",
    "The FAO warned of famine.",
    "Medina said the talks would resume.",
    "Zubair Ahmed said the road was closed.",
])
def test_risky_names_are_no_places(gaz, sentence):
    assert found(gaz, sentence) == []
