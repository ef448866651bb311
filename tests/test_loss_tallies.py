"""An army's running tally of the enemy's losses, as daily wire copy words it: one verb
(`has lost`) before a long list of counts, whose items reach far past the verb's window.
Every text here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures

TALLY = ("Kora has also lost 6,120 tanks, 11,870 armored fighting vehicles, 13,402 vehicles and "
         "fuel tanks, 12,655 artillery systems, 870 multiple launch rocket systems, 644 air defense "
         "systems, 312 airplanes, 301 helicopters, 9,880 drones, 24 ships and boats, and one submarine.")


def kinds(sentence: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.kind, f.what) for f in extract_figures(sentence)]


def test_every_item_of_a_long_loss_list_is_lost():
    assert kinds(TALLY) == [
        (6120, "destroyed", "tank"), (11870, "destroyed", "vehicle"), (13402, "destroyed", "vehicle"),
        (12655, "destroyed", "artillery system"), (870, "destroyed", "system"),
        (644, "destroyed", "air defense system"), (312, "destroyed", "airplane"),
        (301, "destroyed", "helicopter"), (9880, "intercepted", "drone"), (24, "destroyed", "ship"),
        (1, "destroyed", "submarine")]


@pytest.mark.parametrize("sentence, expected", [
    # an item of two nouns does not end the list
    ("The army said it destroyed 14 tanks, 9 trucks and fuel tankers, 6 howitzers and 3 radars.",
     ["destroyed"] * 4),
    ("Kora lost 4 boats or barges, and 2 helicopters.", ["destroyed", "destroyed"]),
    # an airplane is an aircraft
    ("Kora has lost 312 airplanes.", ["destroyed"]),
    ("The air force said it shot down two enemy aeroplanes.", ["destroyed"]),
    # an item the list's kind does not fit is skipped, not followed
    ("Kora lost 30 tanks, 120 drones and 4 radars.", ["destroyed", "intercepted", "destroyed"]),
])
def test_a_list_s_items_share_its_kind(sentence, expected):
    assert [k for _, k, _ in kinds(sentence)] == expected


@given(st.lists(st.sampled_from(["tanks", "vehicles and fuel tanks", "helicopters", "ships and boats",
                                 "artillery systems", "airplanes", "radars"]), min_size=1, max_size=12))
def test_a_list_of_things_lost_is_lost_however_long(items):
    listed = ", ".join(f"{100 + i} {item}" for i, item in enumerate(items))
    found = kinds(f"Kora has lost {listed}.")
    assert [v for v, _, _ in found] == [100 + i for i in range(len(items))]
    assert {k for _, k, _ in found} == {"destroyed"}


@pytest.mark.parametrize("sentence", [
    "Over the past 24 hours, in the Lomi direction, up to 540 Koran servicemen, two tanks, five "
    "armoured fighting vehicles, eight motor vehicles, and two howitzers were destroyed, the ministry said.",
    "Up to 540 Koran servicemen, two tanks and five armoured fighting vehicles were destroyed.",
])
def test_people_in_a_list_of_things_destroyed_are_killed(sentence):
    assert [(v, k) for v, k, _ in kinds(sentence)][:3] == [(540, "killed"), (2, "destroyed"), (5, "destroyed")]


@pytest.mark.parametrize("sentence, expected", [
    ("The package includes 155 mm and 105 mm artillery rounds.", []),
    ("The package includes 155mm artillery rounds and 12 howitzers.", [(12, "equipment", "howitzer")]),
    ("The package includes 10,000 155 mm shells.", [(10000, "equipment", "shell")]),
    ("The package includes 10,000 155mm shells.", [(10000, "equipment", "shell")]),
    ("Kora sent 90 millimetre-wave radars.", [(90, "equipment", "radar")]),  # no bore
])
def test_a_calibre_is_no_count(sentence, expected):
    assert kinds(sentence) == expected
