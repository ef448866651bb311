"""The shipped gazetteer data: complete where the project promises it, and never at odds with itself."""
from __future__ import annotations

import csv
import tomllib

import pytest

from conflict_digest.places import Gazetteer
from conflict_digest.resources import data_file, fold

OBLASTS = ["Cherkasy", "Chernihiv", "Chernivtsi", "Dnipropetrovsk", "Donetsk", "Ivano-Frankivsk",
           "Kharkiv", "Kherson", "Khmelnytskyi", "Kirovohrad", "Kyiv", "Luhansk", "Lviv", "Mykolaiv",
           "Odesa", "Poltava", "Rivne", "Sumy", "Ternopil", "Vinnytsia", "Volyn", "Zakarpattia",
           "Zaporizhzhia", "Zhytomyr"]
PLACE_TYPES = {"country", "region", "city", "town", "village", "water", "area", "continent"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with data_file("places.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def demonyms() -> set[str]:
    with data_file("demonyms.csv").open(encoding="utf-8", newline="") as fh:
        return {w for row in csv.DictReader(fh) for w in row["demonyms"].split("|") if w}


@pytest.fixture(scope="module")
def sectors() -> set[str]:
    with data_file("sectors.toml").open("rb") as fh:
        return {s["name"] for s in tomllib.load(fh)["sector"]}


def test_every_oblast_crimea_kyiv_and_sevastopol(rows):
    names = {r["name"] for r in rows}
    assert {f"{o} Oblast" for o in OBLASTS} <= names
    assert {"Crimea", "Kyiv", "Sevastopol"} <= names


def test_rows_are_well_formed(rows, sectors):
    for r in rows:
        assert r["name"] and r["type"] in PLACE_TYPES, r
        assert not r["sector"] or r["sector"] in sectors, r


def test_no_alias_names_two_places(rows):
    seen: dict[str, str] = {}
    for r in rows:
        for alias in {fold(a) for a in [r["name"], *r["aliases"].split("|")] if a}:
            assert seen.setdefault(alias, r["name"]) == r["name"], alias


def test_no_demonym_is_a_place_name(rows, demonyms):
    names = {fold(a) for r in rows for a in [r["name"], *r["aliases"].split("|")] if a}
    assert not names & {fold(d) for d in demonyms}


@pytest.mark.parametrize("sentence", [
    "{d} troops shelled the town overnight.",
    "The {d} military said the attack failed.",
    "Officials in the {d} region of the country said nothing.",
])
def test_demonyms_never_found_as_places(demonyms, sentence):
    gazetteer = Gazetteer.load()
    for demonym in sorted(demonyms):
        found = [m.place.name for m in gazetteer.find(sentence.format(d=demonym))]
        assert fold(demonym) not in {fold(n) for n in found}, (demonym, found)


def test_frontline_places_carry_their_sector():
    gazetteer = Gazetteer.load()
    expected = {"Bakhmut": "Bakhmut", "Soledar": "Bakhmut", "Avdiivka": "Avdiivka",
                "Kupiansk": "Kupiansk", "Vuhledar": "Vuhledar", "Kreminna": "Lyman"}
    assert {name: gazetteer.resolve_place(name).sector for name in expected} == expected


@pytest.fixture(scope="module")
def sector_entries() -> list[dict]:
    with data_file("sectors.toml").open("rb") as fh:
        return tomllib.load(fh)["sector"]


def test_theatre_members_are_known_and_in_one_sector_only(rows, sector_entries):
    names = {r["name"] for r in rows}
    regions = {r["name"] for r in rows if r["type"] in ("region", "area")} | {r["admin1"] for r in rows}
    seen: dict[str, str] = {}
    for entry in sector_entries:
        for region in entry.get("regions", []):
            assert region in regions, (entry["name"], region)
            assert seen.setdefault(region, entry["name"]) == entry["name"], region
        for place in entry.get("places", []):
            assert place in names, (entry["name"], place)
            assert seen.setdefault(place, entry["name"]) == entry["name"], place


def test_theatres_of_other_wars_hold_their_places():
    gazetteer = Gazetteer.load()
    expected = {"El Fasher": "Darfur", "Omdurman": "Khartoum", "Khan Younis": "Gaza",
                "Jenin": "West Bank", "Bint Jbeil": "South Lebanon", "Goma": "North Kivu",
                "Sittwe": "Rakhine", "Mekelle": "Tigray", "Marib": "Marib", "Raqqa": "North-east Syria",
                "North Darfur State": "Darfur", "Beirut": None, "Bakhmut": "Bakhmut"}
    assert {name: gazetteer.resolve_place(name).sector for name in expected} == expected


@pytest.mark.parametrize("alias, canonical", [
    ("Kiev", "Kyiv"), ("Artemivsk", "Bakhmut"), ("Artemovsk", "Bakhmut"), ("Kupyansk", "Kupiansk"),
    ("Avdeyevka", "Avdiivka"), ("Zaporozhye", "Zaporizhzhia"), ("Dnepr", "Dnipro"),
    ("Kremenchug", "Kremenchuk"), ("Severodonetsk", "Sievierodonetsk"), ("Kharkov", "Kharkiv"),
])
def test_alias_spellings_resolve(alias, canonical):
    assert Gazetteer.load().resolve_place(alias).name == canonical


def test_sudans_states_are_named_alike_and_found_by_either_spelling(rows):
    gazetteer = Gazetteer.load()
    states = [r["name"] for r in rows if r["country"] == "Sudan" and r["type"] == "region"]
    assert states and all(name.endswith(" State") for name in states)
    for name in states:
        bare = name.removesuffix(" State")
        assert gazetteer.resolve_place(name).name == name
        assert gazetteer.find(f"Fighting spread across {bare} state.")[0].place.name == name
    assert gazetteer.find("The RSF advanced in North Darfur.")[0].place.name == "North Darfur State"


def test_south_sudans_states_are_named_alike_and_hold_their_towns(rows):
    """As Sudan's: `Unity State`, `Upper Nile State`, found by the bare name where it is no
    common word, and every city or town carries the state it lies in."""
    gazetteer = Gazetteer.load()
    own = [r for r in rows if r["country"] == "South Sudan"]
    states = {r["name"] for r in own if r["type"] == "region"}
    assert {"Unity State", "Upper Nile State", "Jonglei State", "Lakes State"} <= states
    assert all(name.endswith(" State") for name in states)
    divisions = states | {r["name"] for r in own if r["type"] == "area"}
    towns = [r for r in own if r["type"] in ("city", "town")]
    assert towns and all(r["admin1"] in divisions for r in towns), [
        r["name"] for r in towns if r["admin1"] not in divisions]
    for bare in ("Upper Nile", "Jonglei", "Warrap", "Western Equatoria", "Northern Bahr el Ghazal"):
        assert gazetteer.find(f"Fighting spread across {bare} on Monday.")[0].place.name == f"{bare} State"
    assert gazetteer.find("Floods hit Bentiu in Unity state.")[1].place.name == "Unity State"
