"""A subject opens its clause after a wire dateline's or a live blog's dash as it does at a
sentence's start, a description keeps its head however many places follow it, and an acronym
written as a word (`Centcom`) in brackets is no part of the name it abbreviates. Every
sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def speakers(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    return [(s.speaker.name, s.speaker.role) for s in extracted.speakers]


@pytest.mark.parametrize("opener", [
    "", "KORA CITY, March 3 (Wire) - ", "KORA CITY (Wire) \u2014 ", "**08:15** - ", "08:15 \u2013 ",
    "Update: ",
])
@pytest.mark.parametrize("subject, expected", [
    ("The Kora Observatory for Human Rights, a Lomi-based war monitor,",
     ("Kora Observatory for Human Rights", None)),
    ("Hamid Adam, a spokesman for the Kora Front,", ("Hamid Adam", "spokesman for the Kora Front")),
    ("The district governor, Amina Diallo,", ("Amina Diallo", "district governor")),
])
def test_a_named_subject_with_an_apposition_after_an_opener(extractor, opener, subject, expected):
    assert speakers(extractor, f"{opener}{subject} said 40 people were killed.") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("An armed group in eastern Kora said it had captured a base.", "armed group"),
    ("A rebel group in the north said it had seized the town.", "rebel group"),
    ("Officials in southern Lomi said the road was closed.", "officials"),
    # two places after the head: both go
    ("A doctor at the hospital in Kora said 12 people had died.", "doctor"),
    ("A doctor at the hospital in the south said 12 people had died.", "doctor"),
])
def test_a_description_keeps_its_head_before_its_places(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Kora Relief Office (Koreo) said no injuries were reported.", ["Kora Relief Office"]),
    ("The Kora Relief Office (KRO) said no injuries were reported. KRO said later that 3 had died.",
     ["Kora Relief Office"]),
    ("The Lomi Central Command (Locentcom) said no one was hurt. Locentcom said the drone fell in the sea.",
     ["Lomi Central Command"]),
    # a dateline's agency in brackets abbreviates no place
    ("KORA CITY (Wirenews) - The army said it had retaken the town.", ["army"]),
])
def test_an_acronym_in_brackets_written_as_a_word(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kora Front, led by General Amadou Sissoko, known as Papa, said the army had bombed homes.",
     ["Kora Front"]),
    ("The Lomi Movement, backed by the Kora Front, said the army had bombed homes.", ["Lomi Movement"]),
    ("Amadou Sissoko, backed by the Kora Front, said the army had bombed homes.", ["Amadou Sissoko"]),
    ("The convoy, led by Amadou Sissoko, was attacked, the army said.", ["army"]),
])
def test_a_by_aside_names_no_speaker(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == expected


@pytest.mark.parametrize("text", [
    "The health office put the overall death toll at 604.",
    "The health office raised the overall death toll to 604.",
    "The health office updated the death toll to 604.",
])
def test_a_toll_set_with_a_modifier_speaks(extractor, text):
    assert [name for name, _ in speakers(extractor, text)] == ["health office"]


@pytest.mark.parametrize("text, expected", [
    # an acronym of a name in another language
    ("Niger's armed forces (FANi) said they had killed 40 militants. FANi said 3 soldiers died.",
     ["Nigerien armed forces"]),
    ("The Democratic Forces for the Liberation of Kora (FDLK) said 12 fighters died. The FDLK "
     "said more later.", ["Democratic Forces for the Liberation of Kora"]),
    # a dateline's agency names no place, and its verification note is no statement
    ("KORA CITY (KNA) - The army said it had retaken the town. KNA said it could not verify the claim.",
     ["army"]),
    ("The Kora Front said 12 soldiers died, a claim the KNA said it was unable to confirm.", ["Kora Front"]),
])
def test_acronyms_datelines_and_verification_notes(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Four civilians were killed, the Prosecutor General's Office said.", "Prosecutor General's Office"),
    ("The Kora Doctors' Union said 40 people died.", "Kora Doctors' Union"),
    # before lower-case words the possessive is the institution's name
    ("The Kora Front's press office said 40 people died.", "Kora Front press office"),
])
def test_a_possessive_inside_a_capitalised_name_stays(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("At least 40 people were killed in Sudan, the country's health ministry said.", "Sudanese health ministry"),
    ("KORA CITY (Wire) - Shelling hit Gaza overnight.\n\nThe territory's health ministry said 40 people died.",
     "Gaza health ministry"),
    ("Shelling hit Kharkiv on Monday. The city's mayor said 3 people died.", "Kharkiv mayor"),
    # no place of the kind named before: as worded
    ("The country's army said it had retaken the town.", "country's army"),
])
def test_a_place_nouns_possessive_points_back_at_the_place(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Source: Al Kora and news agencies", []),
    ("Source: Kora Times staff writers", []),
    ("Source: Amina Diallo, head of the Kora district administration, on Telegram", ["Amina Diallo"]),
])
def test_a_pages_credit_line_is_no_source(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dozens of residents said the army had left.", ["residents"]),
    ("Some of the residents said the army had left.", ["residents"]),
    # a description after `and` speaks with the one before it, as one source
    ("Twelve people died, according to the Kora Medical Association and local officials.",
     ["Kora Medical Association and local officials"]),
    ("Twelve people died, according to the Ministry of Health and Social Affairs.",
     ["Ministry of Health and Social Affairs"]),
])
def test_how_many_spoke_and_who_spoke_together(extractor, text, expected):
    assert [name for name, _ in speakers(extractor, text)] == expected
