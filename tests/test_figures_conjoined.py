"""Figures in conjoined clauses: a second count that names its people only by what befell them
(`and 511 wounded`, `and 30 others injured`), a verb that governs a count of its own, gerund
chains, sides, and periods that stay in their clause. Every sentence is invented."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- a second count in a predicate of its own stands for the people counted before ------------

@pytest.mark.parametrize("sentence, expected", [
    ("The army said 192 servicemen were killed and 511 wounded in the fighting.",
     [("killed", 192, "serviceman"), ("wounded", 511, "serviceman")]),
    ("Officials said 12 civilians were killed and 30 others injured in the shelling of Kora.",
     [("killed", 12, "civilian"), ("wounded", 30, "civilian")]),
    ("The ambush near Tessa killed five soldiers and wounded 11 others.",
     [("killed", 5, "soldier"), ("wounded", 11, "soldier")]),
    ("The ministry said 14 policemen were killed, 40 wounded and 6 missing.",
     [("killed", 14, "policeman"), ("wounded", 40, "policeman"), ("missing", 6, "policeman")]),
    ("At least 9 villagers died and 20 others were displaced from the camp.",
     [("killed", 9, "villager"), ("displaced", 20, "villager")]),
    # the whole past its part
    ("Shelling on Lomi killed 23 civilians, including 9 children, and injured 58 others.",
     [("killed", 23, "civilian"), ("killed", 9, "child"), ("wounded", 58, "civilian")]),
])
def test_a_count_named_by_its_fate_takes_the_people_counted_before(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one subject: the others are not said to be soldiers
    ("Two soldiers and three others were killed in the attack on Kora.",
     [("killed", 2, "soldier"), ("killed", 3, "person")]),
    ("A soldier and two others were killed.", [("killed", 1, "soldier"), ("killed", 2, "person")]),
    # the dead lend no noun
    ("150 dead, 400 injured and 30 missing.",
     [("killed", 150, "person"), ("wounded", 400, "person"), ("missing", 30, "person")]),
    # a part of the count before is no lender
    ("Shelling killed 6 people including 2 children, and 13 others were wounded.",
     [("killed", 6, "person"), ("killed", 2, "child"), ("wounded", 13, "person")]),
    # things are not people
    ("The army said 4 tanks were destroyed and 30 wounded.",
     [("destroyed", 4, "tank"), ("wounded", 30, "person")]),
])
def test_no_noun_is_lent_without_a_predicate_of_its_own_or_to_no_people(sentence, expected):
    assert facts(sentence) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 1500), st.integers(2, 1500),  # not a year's number: `1800 wounded`
       st.sampled_from(["soldiers", "civilians", "fighters", "policemen", "villagers", "children"]),
       st.sampled_from([("wounded", "wounded"), ("injured", "wounded"), ("others injured", "wounded"),
                        ("missing", "missing"), ("others missing", "missing")]))
def test_the_second_count_keeps_the_noun_and_its_own_kind(killed, other, noun, fate):
    words, kind = fate
    sentence = f"Officials in Kora said {killed} {noun} were killed and {other} {words} in the raid."
    found = extract_figures(sentence)
    assert [(f.kind, f.value) for f in found] == [("killed", killed), (kind, other)]
    assert found[0].what == found[1].what


@pytest.mark.parametrize("sentence, actor", [
    ("Azerbaijan said 19 of its servicemen were killed and 51 wounded during the operation.",
     "Azerbaijan"),
    ("Kenya's army said 12 of its soldiers were killed and 30 were wounded.", "Kenya"),
])
def test_a_lent_noun_brings_the_side_of_its_count(sentence, actor):
    assert [f.actor for f in extract_figures(sentence)] == [actor, actor]


def test_a_count_a_verb_governs_takes_no_side_from_the_count_before():
    found = extract_figures("Kenya's army said it lost 12 soldiers and killed 40 near the border.")
    assert [(f.kind, f.value, f.actor) for f in found] == [("casualties", 12, "Kenya"), ("killed", 40, None)]


# --- a verb with a count of its own types that count, not the one before it -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The attack killed a soldier and two civilians and wounded four others.",
     [("killed", 1, "soldier"), ("killed", 2, "civilian"), ("wounded", 4, "civilian")]),
    ("Rebels released 90 prisoners and killed 3 guards at the Kora jail.",
     [("other", 90, "prisoner"), ("killed", 3, "guard")]),
    ("Gunmen killed two herders and 40 cattle and abducted 12 women in Kora.",
     [("killed", 2, "herder"), ("killed", 40, "cattle"), ("captured", 12, "woman")]),
])
def test_a_verb_after_an_and_with_a_count_of_its_own_types_only_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Three soldiers were killed 14 km from the border.",
     [("killed", 3, "soldier"), ("distance", 14, "km")]),
    ("Four soldiers were wounded two days ago near Kora.", [("wounded", 4, "soldier")]),
])
def test_a_duration_or_distance_after_the_verb_is_no_object(sentence, expected):
    assert facts(sentence) == expected


# --- gerund chains: a clause's deed, then its counts ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The navy said it attacked four boats off Kora, sinking two and seizing one.",
     [("other", 4, "boat"), ("destroyed", 2, "boat"), ("captured", 1, "boat")]),
    ("The army said it repelled the assault, killing 30 militants and capturing 12.",
     [("killed", 30, "militant"), ("captured", 12, "militant")]),
    ("Gunmen raided the village of Lomi, abducting 25 women and burning 40 homes.",
     [("captured", 25, "woman"), ("destroyed", 40, "home")]),
    ("Air defences engaged the swarm over Tessa, downing 14 drones.", [("intercepted", 14, "drone")]),
    ("The militia overran the camp, executing 11 prisoners.", [("killed", 11, "prisoner")]),
    ("The offensive has displaced 80,000 people, uprooting 20,000 more from Kora.",
     [("displaced", 80_000, "person"), ("displaced", 20_000, "person")]),
    ("Insurgents stormed the town, detaining 16 officials and looting 9 trucks.",
     [("captured", 16, "official"), ("captured", 9, "truck")]),
])
def test_a_gerund_types_the_counts_it_governs(sentence, expected):
    assert facts(sentence) == expected


# --- a period phrase stays in its statement ---------------------------------------------------

def periods(sentence: str) -> list[tuple]:
    return [(f.value, f.period) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Aid agencies say 25,000 people fled Kora in the past week, and that 3,000 homes were destroyed.",
     [(25_000, "weekly"), (3000, None)]),
    ("At least 45 people were killed in Lomi on Sunday, and officials said 300 had died since the "
     "start of the war.", [(45, None), (300, "cumulative")]),
    ("Some 2,000 people fled Tessa overnight, while 15,000 remain trapped, the UN said.",
     [(2000, "daily"), (15_000, None)]),
    ("Strikes killed 20 people in the past day, the ministry said, adding that 1,200 have been "
     "wounded since October.", [(20, "daily"), (1200, "cumulative")]),
    ("The ministry said 43 people were killed in the past 24 hours, bringing the death toll to 3,104.",
     [(43, "daily"), (3104, None)]),
])
def test_a_period_phrase_is_no_period_of_a_number_in_another_statement(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # before every number: the whole sentence's
    ("Over the past week, 12 drones were shot down over Kora, while 40 attacks were repelled.",
     [(12, "weekly"), (40, "weekly")]),
    # a statement verb that ends its statement before a semicolon
    ("Kora launched 31 drones overnight, its air force said; 23 drones were shot down over Dalen.",
     [(31, "daily"), (23, "daily")]),
    # one statement, two counts
    ("The ministry said 43 people were killed and 87 injured in the past 24 hours.",
     [(43, "daily"), (87, "daily")]),
    # the same period named again
    ("The army said 80 fighters were killed over the past 24 hours, and that two tanks were "
     "destroyed in the same period.", [(80, "daily"), (2, "daily")]),
])
def test_a_period_phrase_still_reaches_the_numbers_of_its_statement(sentence, expected):
    assert periods(sentence) == expected


def test_the_same_period_without_a_period_before_sets_none():
    assert periods("Two tanks were destroyed near Kora in the same period.") == [(2, None)]


# --- an armed group's own losses are its side -----------------------------------------------

@pytest.mark.parametrize("sentence, actor", [
    ("The RSF said it lost 20 fighters near Kora.", "Rapid Support Forces"),
    ("Hamas said it had lost 6 fighters in the raid on Lomi.", "Hamas"),
    ("The M23 said it lost 7 fighters near Tessa.", "M23"),
    ("The IDF said two of its soldiers were killed near Kora.", "Israel"),
    # a known state army's side is its country, as `Sudan's army` is
    ("The SAF said it lost 12 soldiers near Kora.", "Sudan"),
    # unknown groups: an acronym, or capitalised words ending in a group's head word
    ("The KLF said it lost 5 guerrillas in a bombing.", "KLF"),
    ("The Kora Liberation Army said it had lost 22 fighters in the battle for Lomi.",
     "Kora Liberation Army"),
    # the nearest subject before the loss
    ("In Sudan, the RSF said 30 of its fighters were killed.", "Rapid Support Forces"),
])
def test_an_armed_groups_own_loss_takes_its_side(sentence, actor):
    assert [f.actor for f in extract_figures(sentence)] == [actor]


@pytest.mark.parametrize("sentence", [
    "The rebels said they lost 14 fighters in the clashes.",  # no name
    "Kora said that 40 of its fighters were freed in a swap.",  # a name of no group
    "On Monday's raid, Amadou Sissoko said they lost 3 fighters.",  # a person
    "The RSF said its fighters killed 12 soldiers.",  # no own loss
])
def test_no_side_without_a_named_group_as_the_subject_of_its_own_loss(sentence):
    assert [f.actor for f in extract_figures(sentence)] == [None]


# --- a part of a count ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("At least 40 people, many of them women and children, were killed in Kora.",
     [("killed", 40, "person")]),
    ("Up to 90 people, most of them herders, were abducted near Lomi.", [("captured", 90, "person")]),
    # the part's own verb stays the part's
    ("Kora fired 40 rockets, most of which were intercepted, the army said.",
     [("attacks", 40, "rocket")]),
])
def test_a_part_closed_by_a_comma_is_an_aside_and_the_verb_after_it_the_wholes(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Officials said 600 people had been killed in Kora, 200 of them in the past week.",
     [(600, None), (200, "weekly")]),
    ("The strike killed 40 people, most of them children, in the past day.", [(40, "daily")]),
])
def test_a_period_phrase_after_a_counted_part_is_the_parts(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kora gang violence displaces 5,000 in a week", [("displaced", 5000, "person")]),
    ("Lomi downs 30 drones overnight", [("intercepted", 30, "drone")]),
    ("Army intercepts 4 missiles over Kora", [("intercepted", 4, "missile")]),
    ("Militia abducts 40 villagers in Lomi", [("captured", 40, "villager")]),
    ("Drone strike injures 7 in Tessa", [("wounded", 7, "person")]),
    ("Rebels claim attack on two vessels off Kora", [("other", 2, "vessel")]),
])
def test_headlines_present_tense_verbs_are_cues(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("At least 70 people were killed in 24 hours of fighting in Kora.", [(70, "daily")]),
    ("Within 24 hours, 12 drones were shot down over Lomi.", [(12, "daily")]),
    ("About 6,000 people crossed into Tessa in 48 hours.", [(6000, None)]),
])
def test_in_24_hours_is_a_day(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The rebels overran the base, capturing 22 soldiers along with 150 rifles.",
     [("captured", 22, "soldier"), ("captured", 150, "rifle")]),
    ("Rebels targeted two ships with ballistic missiles off Kora.", [("other", 2, "ship")]),
    ("Kora said it would provide Lomi with 30 tanks.", [("equipment", 30, "tank")]),
])
def test_with_is_no_cue_of_arms_supplied(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In Kora, 91 bodies and 128 wounded arrived at hospitals.",
     [("killed", 91, "body"), ("wounded", 128, "person")]),
    ("Troops in Lomi found 5 abandoned armoured vehicles.", [("captured", 5, "armoured vehicle")]),
    ("The army said 12 injured civilians were evacuated from Tessa.", [("wounded", 12, "civilian")]),
])
def test_a_verb_in_the_past_after_the_noun_ends_it(sentence, expected):
    assert facts(sentence) == expected


TURN_WORDS = st.sampled_from(["said", "Said", "says", "told", "added", "adding that", "according to",
                              "that", "while", "but", "and", "bringing", "killed", "12", "Kora",
                              "the", "ADDED", "sa", "acc"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(TURN_WORDS, st.sampled_from([" ", ", ", "; ", ". ", " ,"])), max_size=12),
       st.integers(0, 120), st.integers(0, 120))
def test_the_clause_turn_gate_spares_only_spans_the_pattern_cannot_match(pieces, start, end):
    from conflict_digest import figures
    text = "".join(w + sep for w, sep in pieces)
    expected = start < end and figures._clause_turn_pattern().search(text, start, end) is not None
    assert figures._clause_turn(text, start, end) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fifteen of the 40 injured people died in hospital.", [("killed", 15), ("wounded", 40)]),
    ("Five of the 12 wounded soldiers later died, the army said.", [("killed", 5), ("wounded", 12)]),
    ("Two of the 12 injured soldiers were in serious condition.", [("wounded", 2), ("wounded", 12)]),
    ("20 of 24 drones were shot down.", [("intercepted", 20), ("attacks", 24)]),
])
def test_a_part_takes_its_own_verb_after_a_whole_that_says_what_befell_it(sentence, expected):
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Of the 300 people detained, 120 have been released.", [("captured", 300), ("other", 120)]),
    ("Of the 40 people injured, 15 died in hospital.", [("wounded", 40), ("killed", 15)]),
    ("Of the 1,200 displaced, 300 have returned home.", [("displaced", 1200), ("other", 300)]),
    ("Among the 50 wounded, 12 were children.", [("wounded", 50), ("wounded", 12)]),  # no verb of its own
])
def test_a_part_after_a_fronted_whole_takes_its_own_verb(sentence, expected):
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two civilians, a woman and her son, were killed in Kora.", [("killed", 2)]),
    ("Four soldiers, a medic among them, died.", [("killed", 4)]),
    ("Three people, a man and two children, were wounded.", [("wounded", 3), ("wounded", 2)]),
    # items of a list of losses stay figures
    ("The army lost two tanks, a helicopter and 3 drones.", [("destroyed", 2), ("destroyed", 1), ("intercepted", 3)]),
    ("The army lost two tanks, a helicopter, and 3 drones.", [("destroyed", 2), ("destroyed", 1), ("intercepted", 3)]),
    ("The strike killed 5 people and a child.", [("killed", 5), ("killed", 1)]),
])
def test_an_aside_naming_a_count_s_members_adds_no_figure(sentence, expected):
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


def test_a_list_before_its_source_is_no_aside():
    assert [(f.kind, f.value) for f in extract_figures("The strike destroyed 3 tanks, a truck and a bridge, "
                                                       "the army said.")] == [
        ("destroyed", 3), ("destroyed", 1), ("destroyed", 1)]
