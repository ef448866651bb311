"""Places of other wars in session 19: the gazetteer's new rows and the rules for unknown
places. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import places_found


@pytest.mark.parametrize("sentence, expected", [
    ("Allied troops pushed from Omaha Beach towards Carentan and Saint-Lô, bypassing Caen.",
     [("Omaha Beach", "area"), ("Carentan", "town"), ("Saint-Lo", "town"), ("Caen", "city")]),
    ("Paratroopers dropped around Sainte-Mère-Église while the Germans held Cherbourg and Falaise.",
     [("Sainte-Mere-Eglise", "town"), ("Cherbourg", "city"), ("Falaise", "town")]),
    ("Marines raised the flag on Iwo Jima, then landed on Okinawa; bombers flew from Saipan.",
     [("Iwo Jima", "area"), ("Okinawa", "region"), ("Saipan", "area")]),
    ("The battalion lost half its men at Thiepval and Beaumont-Hamel on the Somme.",
     [("Thiepval", "village"), ("Beaumont-Hamel", "village"), ("Somme", "area")]),
    ("Reinforcements moved from Verdun to Ypres, and the Anzacs held on at Gallipoli.",
     [("Verdun", "town"), ("Ypres", "city"), ("Gallipoli", "area")]),
    ("Bombers razed Gernika; Republican troops later took Teruel and crossed the Ebro.",
     [("Guernica", "town"), ("Teruel", "city"), ("Ebro", "water")]),
    ("Federal troops took Enugu and Umuahia, and Biafran forces fell back on Owerri and Aba.",
     [("Enugu", "city"), ("Umuahia", "city"), ("Owerri", "city"), ("Aba", "city")]),
    ("Paratroopers dropped at the Mitla Pass while tanks raced past Abu Ageila to Qantara.",
     [("Mitla Pass", "area"), ("Abu Ageila", "area"), ("Qantara", "town")]),
    ("Soviet columns struck up the Panjshir Valley and through the Salang Pass towards Zhawar.",
     [("Panjshir Province", "region"), ("Salang Pass", "area"), ("Zhawar", "area")]),
    ("Shells fell on Vinkovci and Gospić as refugees from Škabrnja reached Zadar.",
     [("Vinkovci", "town"), ("Gospic", "town"), ("Skabrnja", "village"), ("Zadar", "city")]),
    ("Georgian troops abandoned Gagra and Sukhum, and fighting reached Ochamchira and Gali.",
     [("Gagra", "town"), ("Sukhumi", "city"), ("Ochamchire", "town"), ("Gali", "town")]),
    ("Cossack volunteers fought Moldovan police in Bendery and on the bridge to Tiraspol.",
     [("Bender", "city"), ("Tiraspol", "city")]),
    ("Eritrean troops dug in at Badme, Zalambessa and Tsorona, and jets bombed Senafe.",
     [("Badme", "town"), ("Zalambessa", "town"), ("Tsorona", "town"), ("Senafe", "town")]),
    ("Maoist rebels attacked the district headquarters in Rolpa, Rukum and Jumla.",
     [("Rolpa", "area"), ("Rukum", "area"), ("Jumla", "town")]),
    ("LRA rebels killed villagers at Barlonyo near Lira, and at Atiak north of Gulu and Kitgum.",
     [("Barlonyo", "village"), ("Lira", "city"), ("Atiak", "village"), ("Gulu", "city"),
      ("Kitgum", "town")]),
    ("Militias killed dozens at a church in Liquiçá and then in Suai and Maliana.",
     [("Liquica", "town"), ("Suai", "town"), ("Maliana", "town")]),
    ("Troops clashed with rebels in Bireuen and Lhokseumawe, and near Banda Aceh.",
     [("Bireuen", "town"), ("Lhokseumawe", "city"), ("Banda Aceh", "city")]),
    ("Counter-terrorism forces cleared Zanjili and Bab al-Toub, then moved into Mishlab.",
     [("Zanjili", "area"), ("Bab al-Tob", "area"), ("Mishlab", "area")]),
    ("Survivors fled from Halabja to Penjwen and Sayid Sadiq.",
     [("Halabja", "town"), ("Penjwen", "town"), ("Sayid Sadiq", "town")]),
    ("Gunfire was exchanged at Angoor Adda and near Spin Boldak, and the Torkham crossing shut.",
     [("Angoor Adda", "town"), ("Spin Boldak", "town"), ("Torkham", "area")]),
    ("Soldiers were killed near Porga and in the W National Park, and in Kpendjal.",
     [("Porga", "village"), ("W National Park", "area"), ("Kpendjal", "area")]),
    ("Militias clashed in Gargaresh, Tarik al-Sikka and Abu Salim overnight.",
     [("Gargaresh", "area"), ("Tarik al-Sikka", "area"), ("Abu Salim", "area")]),
    ("CODECO fighters attacked Fataki and Plaine Savo, and the ADF raided Mangina.",
     [("Fataki", "town"), ("Plaine Savo", "village"), ("Mangina", "town")]),
    ("Guerrillas crossed from Chimoio to attack farms near Umtali and Mount Darwin.",
     [("Chimoio", "city"), ("Mutare", "city"), ("Mount Darwin", "town")]),
    ("The blockade of Leningrad lasted 872 days; Kuneitra changed hands twice.",
     [("Saint Petersburg", "city"), ("Quneitra", "city")]),
])
def test_other_wars_places_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Syria TV reported clashes in Daraa.", [("Daraa", "city")]),
    ("Kenya Broadcasting Corporation said the convoy reached Mandera.", [("Mandera", "town")]),
    ("Radio Uganda said the rebels had crossed into Kitgum.", [("Kitgum", "town")]),
    ("Radio Free Asia and the Voice of America carried the report.", []),
    ("Radio Television of Serbia showed the ruins of Vukovar.", [("Vukovar", "town")]),
])
def test_an_outlet_named_after_a_place_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A missile hit the Kyiv TV tower.", [("Kyiv", "city")]),
    ("The Gaza radio station went off the air.", [("Gaza", "area")]),
])
def test_a_landmark_after_an_outlet_word_keeps_the_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("According to Thomas Kenya, the toll in Gulu was 40.", [("Gulu", "city")]),
    ("Historian Thomas Bender said the garrison of Tiraspol was larger.", [("Tiraspol", "city")]),
    ("At least 200 died at Ypres, said Walter Chad, a curator.", [("Ypres", "city")]),
    ("According to Northern Kenya's governor, 12 people died.", [("Kenya", "country")]),
    ("Shelling continued, said Sudan Tribune reporters in Kadugli.", [("Kadugli", "city")]),
])
def test_a_surname_that_is_a_place_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("On 12 May 2025, in Kora (Alibori), JNIM militants attacked a military post, killing 12 soldiers.",
     [("Kora", "locality"), ("Alibori Department", "region")]),
    ("On 3 June 2025, near Lomi Tessa (Tanguieta, Atakora), gunmen ambushed a patrol.",
     [("Lomi Tessa", "locality"), ("Tanguieta", "town"), ("Atakora Department", "region")]),
    ("On 4 June 2025, gunmen attacked Kora (Savanes), killing 4 civilians.",
     [("Kora", "locality"), ("Savanes Region", "region")]),
])
def test_an_event_lines_place_before_its_known_district_in_brackets(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("JNIM (Sahel) claimed the attack.", [("Sahel", "area")]),
    ("Ahmed Kora (Alibori) was named prefect.", [("Alibori Department", "region")]),
    ("The statement in English (Kenya) was read out.", [("Kenya", "country")]),
])
def test_no_place_before_a_known_one_in_brackets_without_a_locative_word(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 2nd Battalion held the Kora sector while the Lomi front was quiet.",
     [("Kora", "area"), ("Lomi", "area")]),
    ("Enemy pressure eased in the Tessa sector, the communique said.", [("Tessa", "area")]),
])
def test_a_named_sector_or_front_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Jobs in the energy sector and the private sector fell.",
    "The Eastern sector and the Northern front were quiet.",
    "The Popular Front and the Nusra Front clashed.",
])
def test_no_sector_of_a_common_word_or_compass_word(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Troops fought for Hill 192 and Hill 60 near Ypres.",
     [("Hill 192", "area"), ("Hill 60", "area"), ("Ypres", "city")]),
    ("Marines took Height 223.7 after a week.", [("Height 223.7", "area")]),
])
def test_a_numbered_hill_is_a_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Hill reported that 60 senators voted.",
    "A hill 200 metres away was shelled.",
])
def test_no_numbered_hill_without_its_name(gazetteer, sentence):
    assert places_found(gazetteer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The Nineveh Plains Protection Units clashed with the army in Bartella.",
     [("Bartella", "town")]),
    ("The Golan Regiment and the Sinai Brigade were sent to Rafah.", [("Rafah", "city")]),
])
def test_a_militia_named_after_a_place_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Progress was made near Villers-Bocage and Tilly-sur-Seulles; Ouistreham was shelled.",
     [("Villers-Bocage", "town"), ("Tilly-sur-Seulles", "village"), ("Ouistreham", "town")]),
    ("Allied troops landed in Sicily and took Palermo and Messina before Naples fell.",
     [("Sicily", "region"), ("Palermo", "city"), ("Messina", "city"), ("Naples", "city")]),
    ("Australians held the Kokoda Track as bombers flew from Rabaul to Kwajalein and Truk.",
     [("Kokoda", "village"), ("Rabaul", "town"), ("Kwajalein", "area"), ("Truk", "area")]),
])
def test_second_world_war_places_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels attacked the Lukodi, Abok and Pajule IDP camps in northern Uganda.",
     [("Lukodi", "village"), ("Abok", "village"), ("Pajule", "village"), ("Uganda", "country")]),
    ("Families fled the Kora and Lomi IDP sites.", [("Kora", "village"), ("Lomi", "village")]),
])
def test_a_plural_cue_of_more_words_is_no_part_of_the_last_name(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Renamo rebels killed 424 people in Homoine, Inhambane province.",
     [("Homoine", "town"), ("Inhambane Province", "region")]),
    ("A strike hit a boat off the Paria Peninsula near Guiria and Carupano, Sucre state.",
     [("Paria Peninsula", "area"), ("Guiria", "town"), ("Carupano", "city"), ("Sucre State", "region")]),
    ("Paratroopers took Ammunition Hill and Latrun; tanks crossed the canal at Deversoir.",
     [("Ammunition Hill", "area"), ("Latrun", "village"), ("Deversoir", "area")]),
    ("Soldiers fired on marchers at Gawkadal and Bijbehara, and later in Wandhama.",
     [("Gawkadal", "area"), ("Bijbehara", "town"), ("Wandhama", "village")]),
    ("Israeli troops reached El Tor and Ras Sudr; Syrian tanks reached Nafakh.",
     [("El Tor", "town"), ("Ras Sudr", "town"), ("Nafakh", "area")]),
])
def test_more_places_of_other_wars_are_known(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By Thomas Kenya", []),
    ("(Reporting by Maria Jordan; Editing by Tom Chad)", []),
    ("The raid on Kandi was carried out by Ahmed Chad, a local commander.", [("Kandi", "city")]),
    ("The convoy was attacked by Jordan, officials in Damascus said.",
     [("Jordan", "country"), ("Damascus", "city")]),
    ("The raids by North Korea and by Sunday Sudan's army were repelled.",
     [("North Korea", "country"), ("Sudan", "country")]),
])
def test_a_bylines_surname_that_is_a_place_is_no_place(gazetteer, sentence, expected):
    assert places_found(gazetteer, sentence) == expected
