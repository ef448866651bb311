"""A front's daily report as wire copy words it: a day named between a count and its parts,
and `in all directions`, which is where, not a running total. Every text here is invented
for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures


def found(sentence: str) -> list[tuple]:
    return [(f.value, f.kind, f.what, f.period, f.part) for f in extract_figures(sentence)]


@pytest.mark.parametrize("day", ["on Dec. 1", "on December 1", "on 1 December", "on Dec. 1, 2024",
                                 "on the 1st of December", "on Monday", "over the past day"])
def test_a_day_between_a_count_and_its_parts_leaves_them_its_noun(day):
    sentence = f"The General Staff said 181 combat engagements took place {day}, including 44 near Kora and 29 near Lomi."
    assert [(v, k, w, p) for v, k, w, _, p in found(sentence)] == [
        (181, "attacks", "combat engagement", False), (44, "attacks", "combat engagement", True),
        (29, "attacks", "combat engagement", True)]


def test_a_year_between_two_counts_leaves_the_second_the_first_s_noun():
    assert [(v, w) for v, _, w, _, _ in found("Kora lost 12 soldiers in 2023 and 5 in 2024.")] == [
        (12, "soldier"), (5, "soldier")]


@given(st.integers(min_value=1, max_value=28), st.sampled_from(["Jan.", "February", "Sept.", "Dec."]))
def test_any_day_of_a_month_is_no_count_between_a_whole_and_its_parts(day, month):
    sentence = f"Strikes killed 17 people on {month} {day}, including 6 in Kora."
    assert [(v, w, p) for v, _, w, _, p in found(sentence)] == [(17, "person", False), (6, "person", True)]


@pytest.mark.parametrize("sentence, periods", [
    ("The ministry said Kora lost up to 1,380 servicemen over the past day in all directions, "
     "including up to 410 near Lomi.", ["daily", "daily"]),
    ("Shelling killed 12 people in all three regions.", [None]),
    ("Twelve people were killed in all.", ["cumulative"]),  # in total
    ("In all, 12 people were killed.", ["cumulative"]),
])
def test_in_all_before_a_word_is_no_running_total(sentence, periods):
    assert [p for _, _, _, p, _ in found(sentence)] == periods


@pytest.mark.parametrize("sentence, expected", [
    ("Two guided bombs hit Kora, killing two men aged 41 and 66, prosecutors said.",
     [(2, "attacks", "bomb"), (2, "killed", "man")]),
    ("Three boys aged 11, 13 and 15 were wounded.", [(3, "wounded", "boy")]),
    ("Two women, aged 52 & 70, were killed and 9 people were wounded.", [(2, "killed", "woman"), (9, "wounded", "person")]),
    ("Two men aged 41 and 66 were killed and 9 people were wounded.", [(2, "killed", "man"), (9, "wounded", "person")]),
])
def test_every_age_of_a_list_of_ages_is_no_count(sentence, expected):
    assert [(v, k, w) for v, k, w, _, _ in found(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Over the past day, the occupiers attacked the Kora district 14 times, the governor said.",
     [(14, "attacks", "attack")]),
    ("Drones hit the school building 3 times.", [(3, "attacks", "attack")]),
    ("District 12 was shelled.", []),  # an identifier
])
def test_times_after_a_place_word_counts_attacks(sentence, expected):
    assert [(v, k, w) for v, k, w, _, _ in found(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two private houses, an outbuilding and a gas pipeline were damaged.",
     [(2, "house"), (1, "outbuilding"), (1, "gas pipeline")]),
    ("Three houses, a garage and a barn were destroyed.", [(3, "house"), (1, "garage"), (1, "barn")]),
])
def test_a_farmstead_s_buildings_are_items_of_a_list_of_damage(sentence, expected):
    assert [(v, w) for v, _, w, _, _ in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Air defences shot down 46 Russian unmanned aerial vehicles over the past day, the ministry said.",
    "Air defences shot down 46 Ukrainian unmanned aerial vehicles over the past day, the ministry said.",
    "Air defences shot down 46 unmanned aerial vehicles over the past day, the ministry said.",
])
def test_a_side_s_unmanned_aerial_vehicles_are_drones_shot_down(sentence):
    ((value, kind, what, period, _),) = found(sentence)
    assert (value, kind, what, period) == (46, "intercepted", "aerial vehicle", "daily")


@pytest.mark.parametrize("sentence, expected", [
    ("Today the enemy began to attack Kora from three sides, the town's administrator said.", []),
    ("Kora is fighting on two fronts.", []),
    ("Troops attacked Lomi 5 times from two directions.", [(5, "attacks", "attack")]),
    ("Both sides lost 3 tanks.", [(3, "destroyed", "tank")]),
])
def test_sides_and_fronts_after_from_or_on_are_no_count(sentence, expected):
    assert [(v, k, w) for v, k, w, _, _ in found(sentence)] == expected
