"""Attributions as wire copy writes them: a country's possessive before a person's name
(`Russia's Putin said`: the person speaks, for that country), a toll set or changed by its
source (`the ministry raised the toll to 42`). Every sentence here is invented for the test;
the people are in a --speakers file or unknown."""
from __future__ import annotations

import pytest

from conflict_digest.models import Report
from conflict_digest.pipeline import Extractor

PEOPLE = """
[[person]]
name = "Amadou Sissoko"
aliases = ["Sissoko"]
role = "President of Mali"
side = "Mali"
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "people.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    return Extractor.load(speaker_files=[path])


def speakers(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    return [(s.speaker.name, s.speaker.role, s.speaker.side) for s in extracted.speakers]


@pytest.mark.parametrize("text, expected", [
    ("Mali's Sissoko said the talks had failed.", [("Amadou Sissoko", "President of Mali", "Mali")]),
    ("Mali\u2019s Sissoko said the talks had failed.", [("Amadou Sissoko", "President of Mali", "Mali")]),
    ("Niger's Idrissa Kane said the talks had failed.", [("Idrissa Kane", None, "Niger")]),
    # an organisation's possessive says whom the person speaks for
    ("The Kora Front's Idrissa Kane said the talks had failed.", [("Idrissa Kane", "Kora Front", None)]),
    # a role after the possessive stays a role
    ("Niger's foreign minister Idrissa Kane said the talks had failed.",
     [("Idrissa Kane", "foreign minister", "Niger")]),
])
def test_a_possessive_before_a_name_is_no_part_of_it(extractor, text, expected):
    assert speakers(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mali's health ministry raised the death toll to 42.", "Malian health ministry"),
    ("The health ministry put the death toll at 42.", "health ministry"),
    ("Officials put the number of dead at 30.", "officials"),
    ("The Kora Red Crescent revised its toll to 17 on Monday.", "Kora Red Crescent"),
])
def test_the_source_of_a_toll_it_sets_speaks(extractor, text, expected):
    assert [name for name, _, _ in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("UN peacekeepers said a patrol came under fire near Kora.", ("UN peacekeepers", None)),
    ("UN peacekeepers (UNIFIL) said a patrol came under fire near Kora.", ("UN peacekeepers", None)),
    ("UNIFIL said a patrol came under fire near Kora.", ("UNIFIL", "United Nations")),
    ("The UN mission in Congo said four peacekeepers were wounded.", ("UN mission in Congo", "United Nations")),
    ("According to MONUSCO, 12 civilians died in Kora.", ("MONUSCO", "United Nations")),
    ("ATMIS said its troops repelled the attack on Kora.", ("ATMIS", "African Union")),
])
def test_peacekeepers_speak(extractor, text, expected):
    assert [(name, side) for name, _, side in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, role", [
    ("The UN envoy for Kora, Lena Strand, told the council that talks had stalled.", "UN envoy for Kora"),
    ("Lena Strand, the UN special envoy for Kora, said talks had stalled.", "UN special envoy for Kora"),
    ("The Kora ambassador to the UN, Lena Strand, said the resolution failed.", "Kora ambassador to the UN"),
])
def test_envoys_and_ambassadors_keep_their_role(extractor, text, role):
    assert [(name, r) for name, r, _ in speakers(extractor, text)] == [("Lena Strand", role)]


@pytest.mark.parametrize("text, expected", [
    # a role before the name in a clause closing the sentence, set off by commas
    ("Some 1,200 families have fled, the district commissioner, Abdi Warsame, said.",
     ("Abdi Warsame", "district commissioner")),
    ("Shelling went on all night, the army spokesman, Nabil Tahir, said.", ("Nabil Tahir", "army spokesman")),
    # ... and after an inverted verb, the name closing the sentence
    ("Some 1,200 families have fled, said the district commissioner, Abdi Warsame.",
     ("Abdi Warsame", "district commissioner")),
    ('"We will hold the town," said the Kora governor, Ali Musa, on Monday.', ("Ali Musa", "Kora governor")),
    # a commissioner speaks as a description too
    ("Some 1,200 families have fled, the district commissioner said.", ("district commissioner", None)),
])
def test_a_role_before_a_name_closing_the_sentence(extractor, text, expected):
    assert [(name, role) for name, role, _ in speakers(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a state's military (armed forces, defence forces, general staff) is never "the paramilitary"
    ("The Kora Armed Forces said they repelled the attack. The paramilitary said it held the airport.",
     ["Kora Armed Forces", "paramilitary"]),
    ("The Lomi Support Forces said they took the airport. The Kora Armed Forces said they repelled "
     "the attack. The paramilitary said it held the airport.",
     ["Lomi Support Forces", "Kora Armed Forces", "Lomi Support Forces"]),
    ("The Kora Defence Forces said they struck 40 targets. The militants said 3 fighters died.",
     ["Kora Defence Forces", "militants"]),
])
def test_a_state_military_is_no_armed_group_a_description_points_back_at(extractor, text, expected):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    assert [c.speaker.name if c.speaker else None for c in extracted.claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a known name holding an article, first of two speakers
    ("Save the Children and Oxfam said aid to Kora was blocked.", ["Save the Children", "Oxfam"]),
    # a ministry's name with 'and' in its portfolio is one institution ...
    ("The Ministry of Health and Social Affairs said 4 people died in Kora.",
     ["Ministry of Health and Social Affairs"]),
    ("The Ministry of Labour and Social Welfare said 4 people died in Kora.",
     ["Ministry of Labour and Social Welfare"]),
    # ... but a ministry and a person, or another institution, are two speakers
    ("The Minister of Defence and Ali Musa said 4 people died in Kora.", ["Minister of Defence", "Ali Musa"]),
    ("The Ministry of Health and UNICEF said 4 people died in Kora.", ["Ministry of Health", "UNICEF"]),
])
def test_names_joined_by_and(extractor, text, expected):
    assert [name for name, _, _ in speakers(extractor, text)] == expected


@pytest.mark.parametrize("text, side", [
    ("The UN envoy for Kora, Lena Strand, told the council that talks had stalled.", "United Nations"),
    ("UN envoy for Mali Lena Strand said talks had stalled.", "United Nations"),
    ("The Mali ambassador to the UN, Lena Strand, said the resolution failed.", "Mali"),
])
def test_a_role_opened_by_an_institution_speaks_for_it(extractor, text, side):
    assert [s for _, _, s in speakers(extractor, text)] == [side]


@pytest.mark.parametrize("text, expected", [
    ("The colonel said 4 soldiers died near Kora.", ("colonel", None)),
    ("A Kora army captain said the town fell.", ("Kora army captain", None)),
    ("Colonel Ali Musa said 4 soldiers died near Kora.", ("Ali Musa", "Colonel")),
])
def test_a_rank_alone_heads_a_description(extractor, text, expected):
    assert [(name, role) for name, role, _ in speakers(extractor, text)] == [expected]


# --- a newspaper named after its city speaks under its name ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Washington Post reported that 12 soldiers were killed near Kora.", ["Washington Post"]),
    ("The Jerusalem Post reported that rockets hit Haifa.", ["Jerusalem Post"]),
    # a channel in lower case is still what the subject said in
    ("The Wagner statement said 12 soldiers were killed.", ["Wagner"]),
])
def test_a_newspaper_named_after_its_city(extractor, text, expected):
    assert [name for name, _, _ in speakers(extractor, text)] == expected


# --- a headline's one-word title is the one person named with it below ------------------------

def test_a_headline_title_is_the_person_with_that_role(extractor):
    text = ("Governor: drone attack on Kora region\n\n"
            "Over the past day, rebels attacked 14 villages with 83 drones, Governor Ivan Petrenko said.\n")
    assert [name for name, _, _ in speakers(extractor, text)] == ["Ivan Petrenko"]


def test_an_unnamed_spokesman_stays_unnamed(extractor):
    text = ("Rebels shelled Kora on Monday, a spokesman said.\n\n"
            "Army spokesman Ivan Petrenko said 3 soldiers were wounded.\n")
    assert sorted(name for name, _, _ in speakers(extractor, text)) == ["Ivan Petrenko", "spokesman"]


# --- `X, who said`: the one the relative pronoun points back at speaks ------------------------

@pytest.mark.parametrize("text, expected", [
    ("The council heard from Edem Wosornu of OCHA, who said 25 million people needed food aid.", ["Edem Wosornu"]),
    ("Diplomats heard from Amina Diallo, who said 25 people had died.", ["Amina Diallo"]),
    ("Reporters spoke to a doctor in Kora, who said 5 people died.", ["doctor"]),
    ("The council met the UN envoy, who warned that 3 million faced famine.", ["UN envoy"]),
])
def test_the_antecedent_of_who_said_speaks(extractor, text, expected):
    assert [name for name, _, _ in speakers(extractor, text)] == expected


# --- `its` before a role points at a country the sentence names before it ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Al Kora TV said 4 people were killed. Shipping fell 60 percent, costing Egypt $7 billion "
     "last year, according to its central bank governor.", ["Al Kora TV", "Egyptian central bank governor"]),
    # a place where the role speaks is no owner
    ("UNHCR said 5,000 refugees had arrived. In Chad, its representative said the camps were full.",
     ["UNHCR", "UNHCR representative"]),
])
def test_its_role_after_a_country(extractor, text, expected):
    assert [name for name, _, _ in speakers(extractor, text)] == expected


# --- refusing or declining to do something is no statement ---------------------------------------

@pytest.mark.parametrize("text", [
    "The militia refused to release the bodies of 12 soldiers.",
    "Kora's army declined to comment on the 40 dead.",
])
def test_refusing_is_no_statement(extractor, text):
    assert speakers(extractor, text) == []
