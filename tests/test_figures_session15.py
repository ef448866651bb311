"""Figures in reports of older wars, session 15: shapes of sentence found by running invented
wire copy, coalition statements, UN sitreps and live blogs about Iraq, Afghanistan, Donbas,
Yemen and others through the extractor. Every sentence is invented; the places are real
names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


def report_figures(body: str) -> list:
    """The figures of a one-report extraction."""
    report = read_report_bytes(f"Date: 2007-05-21\n\n{body}\n".encode(), "2007-05-21-wire.txt")
    return Extractor.load().extract(report).figures


def report_facts(body: str) -> list[tuple]:
    """Each figure of a one-report extraction as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in report_figures(body)]


# --- `N others` opening a sentence counts the people of the toll before it ---------------------

@pytest.mark.parametrize("body, expected", [
    ("Eleven peacekeepers were killed when their convoy was ambushed near Tessalit. Four others were wounded.",
     [("killed", 11, "peacekeeper"), ("wounded", 4, "peacekeeper")]),
    ("A roadside bomb killed six policemen in Baquba on Sunday. Two others died later in hospital.",
     [("killed", 6, "policeman"), ("killed", 2, "policeman")]),
])
def test_n_others_in_the_next_sentence_counts_the_people_counted_before(body, expected):
    assert report_facts(body) == expected


def test_n_others_of_another_kind_is_no_increment_but_of_the_same_kind_is():
    wounded = report_figures("Nine soldiers were killed in Helmand. Five others were wounded.")
    died = report_figures("Nine soldiers were killed in Helmand. Five others died of their wounds.")
    assert [f.increment for f in wounded] == [False, False]
    assert [f.increment for f in died] == [False, True]


@pytest.mark.parametrize("body, expected", [
    ("Drones destroyed 12 tanks near the border. Four others were wounded, the army said.",
     [("destroyed", 12, "tank"), ("wounded", 4, "person")]),
])
def test_n_others_after_no_people_lends_no_noun(body, expected):
    assert report_facts(body) == expected


@pytest.mark.parametrize("sentence, expected", [
    # within one sentence the others of a list are a part of it, no increment
    ("Two soldiers and three others were killed in the blast.", [False, False]),
])
def test_n_others_after_a_count_in_the_sentence_is_no_increment(sentence, expected):
    assert [f.increment for f in extract_figures(sentence)] == expected


# --- initials with their dots before the counted noun -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two U.S. soldiers were killed when a roadside bomb struck their patrol in Diyala.",
     [("killed", 2, "soldier")]),
    ("Three U.S. Marines were killed in Anbar province on Tuesday, the military said.",
     [("killed", 3, "marine")]),
    ("Insurgents wounded four U.N. peacekeepers near Goma.", [("wounded", 4, "peacekeeper")]),
    ("Five U.S.-led coalition soldiers died in Kandahar.", [("killed", 5, "soldier")]),
])
def test_initials_with_dots_are_a_word_of_the_noun_phrase(sentence, expected):
    assert facts(sentence) == expected


# --- a coalition strike release: positions destroyed, tactical units engaged ---------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Near Ramadi, four strikes engaged two ISIL tactical units and destroyed six ISIL fighting positions.",
     [("attacks", 4, "strike"), ("other", 2, "tactical unit"), ("destroyed", 6, "position")]),
    ("The army said its artillery destroyed 7 enemy positions near Horlivka.", [("destroyed", 7, "position")]),
    # taken, a position is a place won, as a village is
    ("The rebels said they had captured 3 army positions in Kidal.", [("other", 3, "position")]),
])
def test_positions_are_destroyed_and_tactical_units_engaged(sentence, expected):
    assert facts(sentence) == expected


# --- people an older war's tolls count ------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed nine Shiite pilgrims and kidnapped 15 others on the road to Karbala.",
     [("killed", 9, "pilgrim"), ("captured", 15, "pilgrim")]),
    ("The blast killed 22 mourners and wounded 40 others at a funeral in Tal Afar.",
     [("killed", 22, "mourner"), ("wounded", 40, "mourner")]),
    ("A bomb hidden in a cart killed 13 shoppers and injured 31 others.",
     [("killed", 13, "shopper"), ("wounded", 31, "shopper")]),
    ("The ambush killed four Iraqi National Guardsmen and wounded six others.",
     [("killed", 4, "guardsman"), ("wounded", 6, "guardsman")]),
    ("Seven OSCE monitors were detained and 4 others released.",
     [("captured", 7, "monitor"), ("other", 4, "monitor")]),
])
def test_people_of_older_wars_lend_their_noun_to_others(sentence, expected):
    assert facts(sentence) == expected


# --- `number` as a verb: the subject is what the count counts ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The militants numbered between 300 and 400, a police source said.", [("other", 300, 400, "militant")]),
    ("Government troops number around 2,000 in the city.", [("other", 2000, 2000, "soldier")]),
    ("The displaced now number 1.2 million, the IOM said.", [("displaced", 1.2e6, 1.2e6, "person")]),
    ("Civilian casualties total 54.", [("casualties", 54, 54, "civilian")]),
])
def test_a_subject_before_number_as_a_verb_is_counted(sentence, expected):
    assert [(f.kind, f.low, f.high, f.what) for f in extract_figures(sentence)] == expected


# --- a cue of more than one word right after the number is its verb, no noun ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Clashes left 30 dead in Bangassou, and 2,000 sought refuge in the cathedral.",
     [("killed", 30, "person"), ("displaced", 2000, "person")]),
    ("In South Sudan, about 50,000 people have been killed and 2.2 million forced from their homes.",
     [("killed", 50000, "person"), ("displaced", 2.2e6, "person")]),
    ("Some 40,000 crossed into Chad in a week.", [("displaced", 40000, "person")]),
])
def test_a_cue_phrase_after_a_bare_number_is_no_noun(sentence, expected):
    assert facts(sentence) == expected


# --- deaths older wars' reports tell in other words ------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Insurgents beheaded more than 50 people in a village in Cabo Delgado.", [("killed", 50, "person")]),
    ("Boko Haram fighters decapitated 12 farmers near Maiduguri.", [("killed", 12, "farmer")]),
    ("Militants hanged 7 villagers accused of spying.", [("killed", 7, "villager")]),
    ("A mob lynched two soldiers in Bangui.", [("killed", 2, "soldier")]),
    ("Gunmen hacked 14 people to death with machetes.", [("killed", 14, "person")]),
])
def test_deaths_told_by_how_they_were_killed(sentence, expected):
    assert facts(sentence) == expected


# --- `up from N` after an attribution: the toll's value before ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The death toll in Misrata has climbed to 267, officials said, up from 180 on Friday.",
     [("killed", 267, "person"), ("killed", 180, "person")]),
    ("At least 40 soldiers have been killed, the ministry said, up from 25 a week ago.",
     [("killed", 40, "soldier"), ("killed", 25, "soldier")]),
    ("More than 40,000 people have fled Kidal, the IOM said, up from 25,000 on Monday.",
     [("displaced", 40000, "person"), ("displaced", 25000, "person")]),
])
def test_a_value_up_or_down_from_is_the_count_before_it(sentence, expected):
    assert facts(sentence) == expected


# --- `were down from`, `rose to`: a value changed, of its subject; nothing was downed -----------

@pytest.mark.parametrize("sentence, expected", [
    ("Attacks were down from 40 in May to 12 in June.",
     [("attacks", 40, "attack"), ("attacks", 12, "attack")]),
    ("Ceasefire violations were down to 300 on Tuesday, the monitors said.", [("attacks", 300, "ceasefire violation")]),
    ("Battles rose to 120 in the week to Friday, ACLED said.", [("attacks", 120, "battle")]),
    ("Registered refugees fell from 61,000 to 48,000.", [("displaced", 61000, "refugee"), ("displaced", 48000, "refugee")]),
    # still downed
    ("Air defences shot 14 drones down overnight.", [("intercepted", 14, "drone")]),
])
def test_a_value_changed_counts_the_subject_and_nothing_downed(sentence, expected):
    assert facts(sentence) == expected


# --- `others` after things counted stands for more of those things ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The army destroyed 4 tanks and damaged 6 others near Debaltseve.",
     [("destroyed", 4, "tank"), ("other", 6, "tank")]),
    ("Air defences destroyed 12 drones over Aden and shot down 30 others.",
     [("intercepted", 12, "drone"), ("intercepted", 30, "drone")]),
    # people stay people
    ("Gunmen killed 5 soldiers and wounded 3 others.", [("killed", 5, "soldier"), ("wounded", 3, "soldier")]),
])
def test_others_after_things_counts_those_things(sentence, expected):
    assert facts(sentence) == expected


# --- a participle with `with` after the counted noun describes it -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Army units destroyed 9 vehicles equipped with heavy machine guns east of Aleppo.",
     [("destroyed", 9, "vehicle")]),
    ("Troops captured 4 pickup trucks armed with machine guns.", [("captured", 4, "truck")]),
    # a verb after the subject still types
    ("The brigade is armed with 30 tanks.", [("equipment", 30, "tank")]),
])
def test_equipped_with_after_the_noun_describes_it(sentence, expected):
    assert facts(sentence) == expected



@pytest.mark.parametrize("sentence, expected", [
    ("The air group flew 1,032 combat sorties in the past month.", [("attacks", 1032, "sortie")]),
    ("Coalition jets carried out 40 sorties over Libya.", [("attacks", 40, "sortie")]),
])
def test_sorties_are_attacks(sentence, expected):
    assert facts(sentence) == expected


# --- `compared with N`: the value the whole before it had, past its parts -----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The SMM recorded 1,150 ceasefire violations, including 480 explosions, compared with 870 the previous day.",
     [("attacks", 1150, "ceasefire violation"), ("attacks", 480, "explosion"), ("attacks", 870, "ceasefire violation")]),
    ("Police found 27 bodies in Baghdad, including 4 women, compared to 19 on Monday.",
     [("killed", 27, "body"), ("killed", 4, "woman"), ("killed", 19, "body")]),
])
def test_a_value_compared_with_is_the_wholes(sentence, expected):
    assert facts(sentence) == expected


def test_n_others_after_a_toll_of_another_kind_is_no_increment_whatever_came_before():
    figures = report_figures("A truck bomb killed at least 130 people and wounded 305 in Baghdad.\n\n"
                             "Elsewhere, gunmen killed 11 people in Mosul. Seven others were wounded.")
    assert [(f.kind, f.value, f.increment) for f in figures] == [
        ("killed", 130, False), ("wounded", 305, False), ("killed", 11, False), ("wounded", 7, False)]


# --- vehicles carrying a load are no arms --------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The U.N. said 17 ships carrying fuel were waiting to dock at Hodeidah.", [("other", 17, "ship")]),
    ("Israel allowed 200 trucks carrying aid into Gaza on Sunday.", [("other", 200, "truck")]),
    # sent as arms, or lost, they keep their kind
    ("The army shot down 3 helicopters carrying troops.", [("destroyed", 3, "helicopter")]),
    ("Kora will send 31 tanks to Dalen.", [("equipment", 31, "tank")]),
])
def test_vehicles_carrying_a_load_are_no_arms(sentence, expected):
    assert facts(sentence) == expected


# --- events and incidents of violence are attacks ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Last week, ACLED recorded 312 political violence events in the Sahel, resulting in 428 reported fatalities.",
     [("attacks", 312, "event"), ("killed", 428, "fatality")]),
    ("UNAMA documented 1,400 security incidents in May, in which 210 civilians were killed.",
     [("attacks", 1400, "incident"), ("killed", 210, "civilian")]),
])
def test_events_and_incidents_of_violence_are_attacks(sentence, expected):
    assert facts(sentence) == expected


# --- `N more of its servicemen` -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The defence army said 21 more of its servicemen had been killed, bringing its military death toll to 219.",
     [("killed", 21, "serviceman"), ("killed", 219, "serviceman")]),
    ("The militants executed 3 more of the hostages on Sunday.", [("killed", 3, "hostage")]),
])
def test_n_more_of_the_people_counts_them(sentence, expected):
    assert facts(sentence) == expected


# --- `in an ambush and 3 soldiers`: the event a preposition frames is no item of a list --------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The ministry said 24 militants had been liquidated in a special operation and 5 police officers were wounded.",
     [("killed", 24, "militant"), ("wounded", 5, "police officer")]),
    ("Troops killed 12 insurgents in an ambush and 3 soldiers were hurt.",
     [("killed", 12, "insurgent"), ("wounded", 3, "soldier")]),
    # still an item after a verb or a separator
    ("The strike destroyed a school and two houses.", [("destroyed", 1, "school"), ("destroyed", 2, "house")]),
])
def test_an_event_framed_by_a_preposition_is_no_item(sentence, expected):
    assert facts(sentence) == expected


# --- a part's own verb, not its whole's modifier ------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The rebels freed 17 of the 22 abducted students on Sunday.",
     [("other", 17, "student"), ("captured", 22, "student")]),
    # with no verb of its own, the whole's modifier still types it
    ("Five of the 40 injured people are children.", [("wounded", 5, "person"), ("wounded", 40, "person")]),
])
def test_a_parts_verb_before_it_types_it_over_its_wholes_modifier(sentence, expected):
    assert facts(sentence) == expected
