"""Label-value figures: the lists of army communiques (`tanks - 5,210 (+9)`) and the bullets of
humanitarian updates (`Killed: 1,472`), where a label before a separator names what the number
counts. Every sentence is invented for the test, names and numbers too."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value or (low, high), what, period)."""
    return [(f.kind, f.value if f.value is not None else (f.low, f.high), f.what, f.period)
            for f in extract_figures(sentence)]


COMMUNIQUE = ("The total combat losses of the enemy from 01.03.23 to 15.04.24 were approximately: "
              "personnel - about 301,450 (+870) persons, tanks - 5,210 (+9), armoured combat "
              "vehicles - 9,904 (+17), artillery systems - 8,330 (+27), aircraft - 290 (+0), "
              "warships / boats - 21 (+0), cruise missiles - 1,615 (+4).")


def test_an_army_communique_gives_each_total_and_its_daily_change():
    assert facts(COMMUNIQUE) == [
        ("casualties", 301_450, "personnel", "cumulative"), ("casualties", 870, "personnel", "daily"),
        ("destroyed", 5210, "tank", "cumulative"), ("destroyed", 9, "tank", "daily"),
        ("destroyed", 9904, "vehicle", "cumulative"), ("destroyed", 17, "vehicle", "daily"),
        ("destroyed", 8330, "artillery system", "cumulative"),
        ("destroyed", 27, "artillery system", "daily"),
        ("destroyed", 290, "aircraft", "cumulative"),  # (+0): no change, no figure
        ("destroyed", 21, "warship", "cumulative"),
        ("intercepted", 1615, "cruise missile", "cumulative"), ("intercepted", 4, "cruise missile", "daily"),
    ]


def test_a_labelled_figure_keeps_its_hedge_and_reads_with_its_label():
    first, change = extract_figures(COMMUNIQUE)[:2]
    assert first.approx and first.qualifier == "about"
    assert first.text == "personnel - about 301,450"
    assert not change.approx and change.text == "+870"


@pytest.mark.parametrize("sentence, expected", [
    ("Killed: 1,472", [("killed", 1472, "person", None)]),
    ("Injured - 2,918", [("wounded", 2918, "person", None)]),
    ("Wounded \u2013 64", [("wounded", 64, "person", None)]),
    ("Deaths: 63", [("killed", 63, "death", None)]),
    ("Fatalities \u2014 17", [("killed", 17, "fatality", None)]),
    ("Missing: 240", [("missing", 240, "person", None)]),
    ("Displaced (IDPs): 52,000", [("displaced", 52_000, "person", None)]),
    ("Internally displaced people: 3,750", [("displaced", 3750, "person", None)]),
    ("People in need: 24.6 million", [("other", 24_600_000, "person", None)]),
    ("Civilians killed - 880", [("killed", 880, "civilian", None)]),
    ("Deaths in Lora Province - 31", [("killed", 31, "death", None)]),  # a place after a preposition
    ("Houses destroyed: 3,100", [("destroyed", 3100, "house", None)]),
    ("Buildings: 30", [("other", 30, "building", None)]),
    ("Drones shot down: 41", [("intercepted", 41, "drone", None)]),
    ("Total killed - 315", [("killed", 315, "person", "cumulative")]),
    ("Deaths since the fighting began: 4,210", [("killed", 4210, "death", "cumulative")]),
    ("Soldiers: 12 were killed near Kora.", [("killed", 12, "soldier", None)]),
    ("Update - Killed: 30", [("killed", 30, "person", None)]),
    # another item's label names its kind; the lead's cue the kinds of the rest
    ("Killed: 30, children: 12", [("killed", 30, "person", None), ("killed", 12, "child", None)]),
    ("The Kora brigade reported its losses: tanks - 30 and helicopters - 4.",
     [("destroyed", 30, "tank", None), ("destroyed", 4, "helicopter", None)]),
    ("Losses from 2 May to 9 May: trucks - 14",  [("destroyed", 14, "truck", "cumulative")]),
    ("Death toll: 1,290", [("killed", 1290, "person", None)]),
    ("Arrested: 36", [("captured", 36, "person", None)]),
    ("Hostages: 41", [("captured", 41, "hostage", None)]),
    ("Airstrikes - 45", [("attacks", 45, "airstrike", None)]),
    ("Wounded: 12-15", [("wounded", (12, 15), "person", None)]),
    ("Killed - 12; injured - 30; missing - 4.",
     [("killed", 12, "person", None), ("wounded", 30, "person", None), ("missing", 4, "person", None)]),
    ("Killed: 310 (+12)", [("killed", 310, "person", None), ("killed", 12, "person", "daily")]),
    # a tally before the counted noun
    ("Number of people killed: 1,200", [("killed", 1200, "person", None)]),
    ("The number of IDPs: 40,000", [("displaced", 40_000, "idp", None)]),
    ("Total number of deaths - 310", [("killed", 310, "death", "cumulative")]),
    # a label that is a cue types a number with a noun of its own
    ("Killed: 215 civilians", [("killed", 215, "civilian", None)]),
    ("Launched: 46 drones, shot down: 39", [("attacks", 46, "drone", None), ("intercepted", 39, "drone", None)]),
    ("Live: 300 civilians", [("other", 300, "civilian", None)]),  # a live blog's, no state
    # the noun or cue after the number still wins
    ("Casualties: 14 killed, 37 injured", [("killed", 14, "person", None), ("wounded", 37, "person", None)]),
    ("Kora district: 12 killed", [("killed", 12, "person", None)]),
])
def test_label_names_what_the_number_counts(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Time: 10:30",
    "Date: 12 March",
    "Update - 3 June",
    "Reference: 24.02.22",
    "The score was 3:1 after the break.",
    "Score: 3-1",
    "Step 2: the convoy left at dawn.",
    "Phase 2 - the corridor opened.",
    "Chapter 3: 40",
    "Note: 5",
    "Cost: 5",
    "Round: 3",
    "Ages: 14",
    "Kora district: 12",  # a place is no counted thing
    "Doctors Without Borders: 12",  # a name, though it starts with a counted noun
    "Building: 3",
    "Soldiers said: 30",
])
def test_no_figure_from_a_label_that_counts_nothing(sentence):
    assert extract_figures(sentence) == []


def test_a_dash_after_an_earlier_count_is_no_label():
    assert facts("The strike on Lora killed 30 people - 12 of them children.") == [
        ("killed", 30, "person", None), ("killed", 12, "child", None)]


_LABELS = [("tanks", "tank"), ("armoured vehicles", "armoured vehicle"), ("helicopters", "helicopter"),
           ("artillery systems", "artillery system"), ("drones", "drone"), ("warships", "warship")]


@settings(max_examples=150, deadline=None)
@given(label=st.sampled_from(_LABELS), separator=st.sampled_from([" - ", ": ", " \u2013 ", " \u2014 "]),
       total=st.integers(10, 999_999), change=st.integers(0, 999))
def test_property_a_labelled_total_and_its_change(label, separator, total, change):
    words, noun = label
    sentence = f"Losses of the Kora garrison: {words}{separator}{total:,} (+{change:,})."
    found = extract_figures(sentence)
    assert [(f.value, f.what) for f in found[:1]] == [(total, noun)]
    changes = [(f.value, f.what, f.kind, f.period) for f in found[1:]]
    assert changes == ([(change, noun, found[0].kind, "daily")] if change else [])


@pytest.mark.parametrize("sentence, expected", [
    ("Enemy losses from 01.03.2023 to 15.04.2024 were: trucks - 640 (+3).",
     [("destroyed", 640, "truck", "cumulative"), ("destroyed", 3, "truck", "daily")]),
    ("Enemy losses from 2023-03-01 to 2024-12-01 were: trucks - 640.",
     [("destroyed", 640, "truck", "cumulative")]),
    ("Reported on 2024-12-01 by the Kora garrison: 12 soldiers.", [("other", 12, "soldier", None)]),
    ("Losses as of 3.5.2024: 12 soldiers.", [("casualties", 12, "soldier", None)]),
])
def test_a_date_of_digits_is_no_figure(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Between 2010-12 and 2011-03 some 40 soldiers died.", [("killed", 40, "soldier", None)]),
    ("Strikes killed 12-15 people.", [("killed", (12, 15), "person", None)]),
    ("Some 1.5 million people fled.", [("displaced", 1_500_000, "person", None)]),
])
def test_numbers_near_dots_and_hyphens_stay_figures(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("1. Killed: 30", [("killed", 30, "person", None)]),
    ("2) Injured - 12", [("wounded", 12, "person", None)]),
    ("3. Soldiers killed near Kora: 14", [("killed", 14, "soldier", None)]),
    ("1. 30 soldiers were killed.", [("killed", 30, "soldier", None)]),
    ("12 soldiers were killed.", [("killed", 12, "soldier", None)]),
    ("3.5 million people fled.", [("displaced", 3_500_000, "person", None)]),
])
def test_a_list_number_opening_a_sentence_is_no_figure(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("line, expected", [
    # an acronym in the plural ends a label's noun as its head, not as a name
    ("operational-tactical UAVs - 26,857 (+104),", [(26857, "uav"), (104, "uav")]),
    ("UAVs - 26,857 (+104),", [(26857, "uav"), (104, "uav")]),
    # a capitalised word of a name still makes no label noun
    ("Round Kora - 3,", []),
])
def test_a_labels_noun_may_end_in_an_acronym_in_the_plural(line, expected):
    assert [(f.value, f.what) for f in extract_figures(line)] == expected
