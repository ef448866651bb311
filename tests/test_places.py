"""Places: gazetteer names and aliases, regions, metonyms, sectors, unknown villages and
users' gazetteer files. Every sentence here is invented for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from conflict_digest.places import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(gaz: Gazetteer, sentence: str) -> list[str]:
    return [m.place.name for m in gaz.find(sentence)]


def spans(gaz: Gazetteer, sentence: str) -> list[tuple[str, str]]:
    """(canonical name, the words in the sentence) for each mention."""
    return [(m.place.name, sentence[m.start:m.end]) for m in gaz.find(sentence)]


# --- names and aliases ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Missiles struck Kiev before dawn.", [("Kyiv", "Kiev")]),
    ("Russian forces shelled Artemivsk again overnight.", [("Bakhmut", "Artemivsk")]),
    ("Troops pushed towards Kupyansk from the east.", [("Kupiansk", "Kupyansk")]),
    ("The plant near Zaporozhye lost outside power.", [("Zaporizhzhia", "Zaporozhye")]),
    ("Shelling hit Kharkiv and Kherson overnight.", [("Kharkiv", "Kharkiv"), ("Kherson", "Kherson")]),
    ("The army withdrew from Khartoum to Omdurman.", [("Khartoum", "Khartoum"), ("Omdurman", "Omdurman")]),
    ("Airstrikes hit Gaza City and Rafah.", [("Gaza City", "Gaza City"), ("Rafah", "Rafah")]),
])
def test_names_and_aliases_resolve_to_canonical(gaz, sentence, expected):
    assert spans(gaz, sentence) == expected


def test_alias_mentions_are_resolved_places(gaz):
    (m,) = gaz.find("Missiles struck Kiev before dawn.")
    assert (m.place.name, m.place.type, m.place.country, m.place.resolved, m.as_sector) == (
        "Kyiv", "city", "Ukraine", True, False)


def test_place_carries_its_sector(gaz):
    (m,) = gaz.find("Russian forces shelled Artemivsk again overnight.")
    assert (m.place.name, m.place.sector, m.place.admin1) == ("Bakhmut", "Bakhmut", "Donetsk Oblast")


# --- regions -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Shelling was reported across the Donetsk region.",
    "Shelling was reported across the Donetsk oblast.",
    "Shelling was reported across the Donetsk province.",
    "Shelling was reported across Donetsk Oblast.",
])
def test_donetsk_with_a_region_word_is_the_oblast(gaz, sentence):
    assert names(gaz, sentence) == ["Donetsk Oblast"]


def test_region_of_before_the_name(gaz):
    assert names(gaz, "The governor of Luhansk region said the troops advanced.") == ["Luhansk Oblast"]


def test_donetsk_alone_is_the_city(gaz):
    (m,) = gaz.find("Shelling hit the centre of Donetsk on Monday.")
    assert (m.place.name, m.place.type) == ("Donetsk", "city")


def test_two_regions_share_one_region_word(gaz):
    assert names(gaz, "The road runs between the Donetsk and Luhansk regions.") == [
        "Donetsk Oblast", "Luhansk Oblast"]


def test_list_of_regions(gaz):
    assert names(gaz, "Moscow claimed the Donetsk, Luhansk, Kherson and Zaporizhzhia regions.") == [
        "Moscow", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast"]


# --- metonyms, demonyms, organisations ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Moscow said the talks had failed.", ["Moscow"]),
    ("Kyiv's forces advanced near the river.", ["Kyiv"]),
    ("Washington said the package was ready.", ["Washington"]),
    ("Russia denies targeting civilians.", ["Russia"]),
    ("Ukraine's military said the attack had failed.", ["Ukraine"]),
    ("The U.S. said it would send more aid.", ["United States"]),
])
def test_metonyms_count_as_places(gaz, sentence, expected):
    assert names(gaz, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russian troops dug in along the canal.",
    "Ukrainian gunners fired on the column.",
    "German-made tanks arrived at the front.",
    "The West pledged more tanks.",
    "U.S. President Joe Biden spoke to reporters.",
])
def test_demonyms_and_groupings_are_not_places(gaz, sentence):
    assert gaz.find(sentence) == []


def test_us_as_an_adjective_is_not_a_place(gaz):
    # The guideline's 'U.S. President' is an adjective; 'U.S. forces' is the same use.
    assert gaz.find("U.S. forces carried out the strike.") == []


@pytest.mark.parametrize("sentence", [
    "The Kyiv Independent reported the strike.",
    "The Washington Post reported the strike.",
    "A Washington-based think tank said the push had stalled.",
    "The Moscow Times reported the strike.",
    "The Kyiv School of Economics estimated the damage.",
])
def test_organisation_names_are_not_places(gaz, sentence):
    assert gaz.find(sentence) == []


def test_first_name_that_is_also_a_town_is_not_a_place(gaz):
    assert gaz.find("Volodymyr Zelensky visited the troops.") == []


def test_the_town_with_that_name_still_counts(gaz):
    assert names(gaz, "A drone hit Volodymyr overnight.") == ["Volodymyr"]


# --- sectors -------------------------------------------------------------------------------

def test_the_bakhmut_sector_is_a_sector_mention(gaz):
    (m,) = gaz.find("Fighting was heaviest in the Bakhmut sector.")
    assert (m.place.sector, m.as_sector) == ("Bakhmut", True)


def test_two_sectors_share_one_sector_word(gaz):
    found = gaz.find("Attacks in the Avdiivka and Kupiansk sectors were repelled.")
    assert [(m.place.sector, m.as_sector) for m in found] == [("Avdiivka", True), ("Kupiansk", True)]


def test_axis_is_a_sector_word(gaz):
    (m,) = gaz.find("Fighting raged on the Lyman axis.")
    assert (m.place.sector, m.as_sector) == ("Lyman", True)


def test_place_in_a_sector_is_not_a_sector_mention(gaz):
    found = gaz.find("Soledar lies in the Bakhmut sector.")
    assert [(m.place.name, m.place.sector, m.as_sector) for m in found] == [
        ("Soledar", "Bakhmut", False), ("Bakhmut", "Bakhmut", True)]


@pytest.mark.parametrize("query", ["artemivsk", "BAKHMUT", "Bakhmut", "bakhmut sector", "Soledar"])
def test_resolve_sector(gaz, query):
    assert gaz.resolve_sector(query) == "Bakhmut"


def test_resolve_sector_unknown(gaz):
    assert gaz.resolve_sector("Narnia") is None


def test_closest_sectors_for_a_misspelling(gaz):
    assert "Bakhmut" in gaz.closest_sectors("Bakmut")
    assert "Kupiansk" in gaz.closest_sectors("Kupyansk sectr")


def test_sector_names_include_the_main_ones(gaz):
    assert {"Bakhmut", "Avdiivka", "Kupiansk", "Lyman"} <= set(gaz.sector_names())


# --- places the gazetteer does not know --------------------------------------------------------

def test_village_of_an_unknown_name(gaz):
    (m,) = gaz.find("Troops took the village of Zarichne-Mala overnight.")
    assert (m.place.name, m.place.type, m.place.resolved) == ("Zarichne-Mala", "village", False)


def test_known_village_after_a_cue_is_resolved(gaz):
    (m,) = gaz.find("The village of Klishchiivka was retaken.")
    assert (m.place.name, m.place.resolved, m.place.sector) == ("Klishchiivka", True, "Bakhmut")


def test_unknown_name_before_village(gaz):
    (m,) = gaz.find("Troops retook Zarichne-Mala village.")
    assert (m.place.name, m.place.resolved) == ("Zarichne-Mala", False)


# --- users' gazetteer files ------------------------------------------------------------------

EXTENSION = """
[[sector]]
name = "Rutshuru"
aliases = ["Rutshuru-Bunagana"]

[[place]]
name = "Bunagana"
type = "town"
admin1 = "North Kivu"
country = "Democratic Republic of the Congo"
sector = "Rutshuru"
aliases = ["Bunangana"]

[[place]]
name = "Soledar"
type = "town"
admin1 = "Donetsk Oblast"
country = "Ukraine"
sector = "Siversk"
aliases = ["Soledar-town"]
"""


@pytest.fixture
def extended(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "drc.toml"
    path.write_text(EXTENSION, encoding="utf-8")
    return Gazetteer.load([path])


def test_extension_adds_a_place_for_another_conflict(extended):
    (m,) = extended.find("M23 rebels seized Bunagana on the border.")
    p = m.place
    assert (p.name, p.type, p.admin1, p.country, p.sector, p.resolved) == (
        "Bunagana", "town", "North Kivu", "Democratic Republic of the Congo", "Rutshuru", True)


def test_extension_alias(extended):
    assert [m.place.name for m in extended.find("Rebels shelled Bunangana again.")] == ["Bunagana"]


def test_extension_sector(extended):
    assert extended.resolve_sector("rutshuru-bunagana") == "Rutshuru"
    assert extended.resolve_sector("Bunagana") == "Rutshuru"
    assert "Rutshuru" in extended.sector_names()


def test_extension_overrides_an_existing_place(extended):
    (m,) = extended.find("Wagner fighters entered Soledar.")
    assert (m.place.name, m.place.sector) == ("Soledar", "Siversk")
    assert [m.place.name for m in extended.find("Wagner fighters entered Soledar-town.")] == ["Soledar"]


def test_extension_keeps_the_shipped_places(extended):
    assert [m.place.name for m in extended.find("Missiles struck Kiev before dawn.")] == ["Kyiv"]


def test_extension_does_not_leak_into_the_default_gazetteer(extended, gaz):
    assert gaz.find("M23 rebels seized Bunagana on the border.") == []
    (m,) = gaz.find("Wagner fighters entered Soledar.")
    assert m.place.sector == "Bakhmut"


def test_extension_place_without_a_name_is_an_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[place]]\ntype = "town"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        Gazetteer.load([path])
