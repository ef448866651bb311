"""Figures in reports of other wars, session 17: shapes of sentence found by running invented
MACV briefings, Falklands and Gulf War wire copy, OCHA flash updates, PDF text and press
conference transcripts about Vietnam, the Iran-Iraq war, Rwanda, Liberia, Haiti, Israel-Iran
and others through the extractor. Every sentence is invented; the places are real names, the
numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures, parse_number_words


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- `and a half` in a number written in words -------------------------------------------------

@pytest.mark.parametrize("words, value", [
    ("one and a half million", 1_500_000), ("two and a half thousand", 2_500),
    ("a million and a half", 1_500_000), ("one-and-a-half million", 1_500_000),
    ("three and a half", 3.5), ("twenty-two and a half thousand", 22_500),
    ("two million and a half", 2_500_000),
])
def test_and_a_half_is_read_into_the_number(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize("sentence, expected", [
    ("About one and a half million people fled Rwanda in the summer.",
     [("displaced", 1_500_000, "person")]),
    ("A million and a half people have fled the fighting in Liberia.",
     [("displaced", 1_500_000, "person")]),
    ("Two and a half thousand civilians were evacuated from Freetown.",
     [("displaced", 2_500, "civilian")]),
    ("The militia shelled the camp for two and a half hours, killing 14 people.",
     [("killed", 14, "person")]),
])
def test_and_a_half_in_a_sentence(sentence, expected):
    assert facts(sentence) == expected


# --- munitions sent to someone are supplied, not fired ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The United States has sent 57,000 artillery shells to Kora since the spring.",
     [("equipment", 57_000, "shell")]),
    ("Moscow sent more than 300 Scud missiles to Baghdad between 1982 and 1986.",
     [("equipment", 300, "missile")]),
    ("Tehran had sent about 2,000 rockets to the militia by the end of the year.",
     [("equipment", 2_000, "rocket")]),
])
def test_munitions_sent_to_a_recipient_are_supplied(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Iran sent about 100 drones to Israel overnight, the army said.", [("attacks", 100, "drone")]),
    ("Russia sent 40 drones at Kyiv on Sunday.", [("attacks", 40, "drone")]),
    ("The rebels sent 30 rockets into the city.", [("attacks", 30, "rocket")]),
])
def test_munitions_sent_in_a_raid_are_attacks(sentence, expected):
    assert facts(sentence) == expected


# --- every count listed after a fronted whole is a part of it ----------------------------------

@pytest.mark.parametrize("sentence, parts", [
    ("Of the 30 killed, 12 were in Hue and 18 in Quang Tri.", [False, True, True]),
    ("Of the 255 British dead, 86 were Royal Navy sailors, 123 soldiers and 46 others.",
     [False, True, True, True]),
    ("Among the 60 wounded, 25 were children and 14 were women.", [False, True, True]),
    ("Of the 40 Scuds, 34 were intercepted and six fell in open ground.", [False, True, True]),
])
def test_counts_listed_after_a_fronted_whole_are_its_parts(sentence, parts):
    assert [f.part for f in extract_figures(sentence)] == parts


def test_a_count_of_another_kind_after_a_fronted_whole_is_no_part():
    figures = extract_figures("Of the 30 killed, 12 were soldiers, and 200 people were wounded.")
    assert [(f.kind, f.part) for f in figures] == [("killed", False), ("killed", True), ("wounded", False)]


# --- another source's number for the count before: `put the number at` ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Saigon said 40 soldiers were killed; the Viet Cong put the number at 600.",
     [("killed", 40, "soldier"), ("killed", 600, "soldier")]),
    ("Baghdad said 300 Iranian tanks were destroyed, but Tehran put the figure at about 40.",
     [("destroyed", 300, "tank"), ("destroyed", 40, "tank")]),
    ("Police said 1,200 people had fled the district, while aid groups put it at 3,000.",
     [("displaced", 1_200, "person"), ("displaced", 3_000, "person")]),
    ("The army said 85 rebels were captured; the rebels estimated the number at 20.",
     [("captured", 85, "rebel"), ("captured", 20, "rebel")]),
])
def test_another_sources_number_for_the_count_before_takes_its_kind(sentence, expected):
    assert facts(sentence) == expected


# --- people flown out of a war are displaced, as the evacuated are ----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 1,800 people were airlifted from Kabul on Monday.", [("displaced", 1_800, "person")]),
    ("The Royal Air Force flew out 15,000 people in a fortnight.", [("displaced", 15_000, "person")]),
    ("More than 2,000 civilians have been flown out of Port-au-Prince.",
     [("displaced", 2_000, "civilian")]),
])
def test_people_flown_out_are_displaced(sentence, expected):
    assert facts(sentence) == expected


# --- a verb before a number in capitals names no model -----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("IRAQ LOST 3,700 TANKS IN THE WAR, THE PENTAGON SAID.", [("destroyed", 3_700, "tank")]),
    ("ARGENTINA LOST 649 MEN IN THE FIGHTING.", [("casualties", 649, "man")]),
    ("Iraq Fired 40 Scuds At Israel During The War", [("attacks", 40, "scud")]),
    ("GUNMEN KILLED 19 PEOPLE AT A PARTY IN GUANAJUATO.", [("killed", 19, "person")]),
])
def test_a_cue_word_in_capitals_before_a_number_is_no_model_name(sentence, expected):
    assert facts(sentence) == expected


def test_a_model_name_in_capitals_stays_one():
    assert facts("THE ARMY RECEIVED 12 LEOPARD 2 TANKS.") == [("equipment", 12, "tank")]
    assert facts("Tehran said Operation True Promise 3 had begun.") == []


# --- the words of a comparison (`down from 1,900`) type no count ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Haiti's police counted 2,500 kidnappings in 2024, down from 2,900 a year earlier.",
     [("other", 2_500, "kidnapping"), ("other", 2_900, "kidnapping")]),
    ("Patrols found 120 arms caches in the province, down from 160 in 1970.",
     [("captured", 120, "cache"), ("captured", 160, "cache")]),
    ("The monitors logged 1,450 ceasefire violations last week, up from 900.",
     [("attacks", 1_450, "ceasefire violation"), ("attacks", 900, "ceasefire violation")]),
])
def test_the_words_of_a_comparison_type_no_count(sentence, expected):
    assert facts(sentence) == expected


# --- homicides and murders are deaths ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Mexico recorded 29,675 homicides in 2023.", [("killed", 29_675, "homicide")]),
    ("Some 430 murders were logged in Port-au-Prince in March.", [("killed", 430, "murder")]),
    ("Guanajuato state reported 3,100 homicides, down from 3,500.",
     [("killed", 3_100, "homicide"), ("killed", 3_500, "homicide")]),
])
def test_homicides_are_deaths(sentence, expected):
    assert facts(sentence) == expected


def test_a_deed_noun_before_a_plural_only_describes_it():
    assert facts("The tribunal upheld 40 murder charges against the commander.") == [("other", 40, "charge")]


# --- a scale glued to a number before a people's adjective: `450K displaced` ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The war has left 450K displaced.", [("displaced", 450_000, "person")]),
    ("Some 3.4K injured were treated in the camps.", [("wounded", 3_400, "person")]),
])
def test_a_glued_scale_before_a_peoples_adjective_is_a_scale(sentence, expected):
    assert facts(sentence) == expected



# --- in a list of counts set off by commas, a held people's noun keeps its kind ----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Key figures: 450,000 displaced, 3,400 injured",
     [("displaced", 450_000, "person"), ("wounded", 3_400, "person")]),
    ("Since April: 200 killed, 45,000 refugees, 1,300 wounded.",
     [("killed", 200, "person"), ("displaced", 45_000, "refugee"), ("wounded", 1_300, "person")]),
])
def test_held_people_in_a_comma_list_keep_their_kind(sentence, expected):
    assert facts(sentence) == expected


# --- `N things out of M`: the whole after the part counts the part's noun -----------------------

@pytest.mark.parametrize("sentence, expected", [
    ("We have destroyed 3,008 tanks out of 4,280, the general told reporters.",
     [("destroyed", 3_008, "tank", True), ("other", 4_280, "tank", False)]),
    ("Patriots intercepted 33 missiles out of 40.",
     [("intercepted", 33, "missile", True), ("attacks", 40, "missile", False)]),
])
def test_a_whole_after_out_of_counts_the_parts_noun(sentence, expected):
    assert [(f.kind, f.value, f.what, f.part) for f in extract_figures(sentence)] == expected


# --- a people's name before a number names no model: `and the Iranians 1,200` -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Iraqis lost 3,700 tanks and the Iranians 1,200.",
     [("destroyed", 3_700, "tank"), ("destroyed", 1_200, "tank")]),
    ("In the first week the Americans lost 40 helicopters and the South Vietnamese 65.",
     [("destroyed", 40, "helicopter"), ("destroyed", 65, "helicopter")]),
])
def test_a_peoples_name_before_a_number_is_no_model(sentence, expected):
    assert facts(sentence) == expected


# --- a label's cue after `among the`: `Children among the dead: 312` ---------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Children among the dead: 312", [("killed", 312, "child")]),
    ("Women among the injured: 1,045", [("wounded", 1_045, "woman")]),
    ("Children among the displaced: 41,000", [("displaced", 41_000, "child")]),
])
def test_a_labels_cue_after_among_the_types_its_count(sentence, expected):
    assert facts(sentence) == expected


# --- a people's name in -is is a plural: `Tutsis`, `Houthis` ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("No fewer than 50,000 Tutsis were killed in Bisesero.", [("killed", 50_000, "tutsi")]),
    ("The coalition said 40 Houthis were killed near Marib.", [("killed", 40, "houthi")]),
])
def test_a_peoples_name_in_is_is_a_plural(sentence, expected):
    assert facts(sentence) == expected


# --- counts after a colon break down the count before it ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Iraq fired 88 Scuds during the war: 42 at Israel and 46 at Saudi Arabia.",
     [("attacks", 88, "scud"), ("attacks", 42, "scud"), ("attacks", 46, "scud")]),
    ("The army said 300 rebels surrendered last week: 120 in Bo and 180 in Kenema.",
     [("captured", 300, "rebel"), ("captured", 120, "rebel"), ("captured", 180, "rebel")]),
    ("Russia lost 30 tanks: 12 people were killed.", [("destroyed", 30, "tank"), ("killed", 12, "person")]),
])
def test_counts_after_a_colon_take_the_noun_before_it(sentence, expected):
    assert facts(sentence) == expected


# --- a number quoted alone still counts the noun after the quote --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ('The army reported "at least 40" rebels killed near Freetown.', [("killed", 40, "rebel")]),
    ("The ministry said \u201cabout 300\u201d soldiers had been captured.", [("captured", 300, "soldier")]),
    ('"We have lost 14 men," the colonel said.', [("casualties", 14, "man")]),
])
def test_a_quoted_number_counts_the_noun_after_the_quote(sentence, expected):
    assert facts(sentence) == expected


# --- a participle right after a number is its verb, no counted noun ----------------------------

@pytest.mark.parametrize("sentence, whats", [
    ("Israel said Iran had fired some 550 ballistic missiles, of which 36 penetrated its defences.",
     ["ballistic missile", "ballistic missile"]),
    ("Iran fired 550 missiles, of which 36 landed in open areas.", ["missile", "missile"]),
    # but a participle before a noun describes it
    ("The clinic recorded 2,300 suspected cholera cases.", ["case"]),
])
def test_a_participle_after_a_number_is_no_noun(sentence, whats):
    assert [f.what for f in extract_figures(sentence)] == whats


# --- combat and bombing missions are sorties ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("He flew 212 combat missions over North Vietnam.", [("attacks", 212, "combat mission")]),
    ("Coalition pilots flew 2,100 air missions over Kuwait on Sunday.", [("attacks", 2_100, "air mission")]),
])
def test_combat_missions_are_attacks(sentence, expected):
    assert facts(sentence) == expected


# --- a cue word before a plural only describes the counted noun ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("B-52s flew 729 bombing missions against Hanoi in eleven days.", [("attacks", 729, "mission")]),
    ("The monitors reported 40 shelling incidents along the line.", [("attacks", 40, "incident")]),
])
def test_a_cue_word_before_a_plural_describes_the_noun(sentence, expected):
    assert facts(sentence) == expected


# --- missiles counted by their names are munitions ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Fifteen Scuds were fired; 11 were shot down by Patriots.",
     [("attacks", 15, "scud"), ("intercepted", 11, "scud")]),
    ("Two Scuds landed in Riyadh before dawn.", [("attacks", 2, "scud")]),
    ("Hamas fired 40 Qassams at Sderot on Friday.", [("attacks", 40, "qassam")]),
])
def test_missiles_counted_by_name_are_munitions(sentence, expected):
    assert facts(sentence) == expected
