"""Figures in reports of other wars, session 14: shapes of sentence found by running invented
wire copy, statements and live blogs through the extractor. Every sentence is invented; the
places are real names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures, table_row_figures
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, value, what)."""
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


# --- `N more` with a verb of its own after it ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Thirteen peacekeepers were killed and three more were wounded near Kidal.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "peacekeeper")]),
    ("Five soldiers died and two more were injured when the convoy hit a mine.",
     [("killed", 5, "soldier"), ("wounded", 2, "soldier")]),
    ("Six sailors were killed and 4 more went missing off Hodeidah.",
     [("killed", 6, "sailor"), ("missing", 4, "sailor")]),
])
def test_n_more_takes_the_verb_after_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ambush killed 13 peacekeepers and wounded three more.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "peacekeeper")]),
    ("Four soldiers were killed on Monday and two more on Tuesday.",
     [("killed", 4, "soldier"), ("killed", 2, "soldier")]),
])
def test_n_more_without_a_verb_after_it_keeps_the_verb_before(sentence, expected):
    assert facts(sentence) == expected


# --- held people in a conjoined subject: the verb after the subject says what befell them ------

@pytest.mark.parametrize("sentence, expected", [
    ("Twenty-one hostages and four soldiers were killed in the rescue near Sibi.",
     [("killed", 21, "hostage"), ("killed", 4, "soldier")]),
    ("Nine detainees and two guards were wounded when shells hit the prison.",
     [("wounded", 9, "detainee"), ("wounded", 2, "guard")]),
    ("Twelve refugees and 3 aid workers died when the boat capsized.",
     [("killed", 12, "refugee"), ("killed", 3, "worker")]),
])
def test_held_people_conjoined_with_another_count_take_the_subjects_verb(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The rebels took 30 prisoners and 4 tanks, and killed 12 soldiers.",
     [("captured", 30, "prisoner"), ("captured", 4, "tank"), ("killed", 12, "soldier")]),
    ("Militants are holding 40 hostages, and 6 soldiers were killed in the raid.",
     [("captured", 40, "hostage"), ("killed", 6, "soldier")]),
])
def test_held_people_keep_their_kind_without_a_deed_of_the_conjoined_subject(sentence, expected):
    assert facts(sentence) == expected


# --- a list after a colon: the lead's cue types its counts ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In total, since the start of the operation, the following were destroyed: 410 aircraft, "
     "95 helicopters and 8,120 tanks.",
     [("destroyed", 410, "aircraft"), ("destroyed", 95, "helicopter"), ("destroyed", 8120, "tank")]),
    ("Overnight, air defences shot down: 3 guided bombs, 5 rockets and 71 drones.",
     [("intercepted", 3, "bomb"), ("intercepted", 5, "rocket"), ("intercepted", 71, "drone")]),
    ("The enemy lost: 14 tanks, 27 armoured vehicles and 9 artillery systems.",
     [("destroyed", 14, "tank"), ("destroyed", 27, "armoured vehicle"), ("destroyed", 9, "artillery system")]),
    ("Since January, the following have been killed: 31 journalists and 17 aid workers.",
     [("killed", 31, "journalist"), ("killed", 17, "worker")]),
    ("Russian losses over the past day: 1,040 personnel, 5 tanks, 12 artillery systems.",
     [("casualties", 1040, "personnel"), ("destroyed", 5, "tank"), ("destroyed", 12, "artillery system")]),
])
def test_a_list_after_a_colon_takes_the_leads_cue(sentence, expected):
    assert facts(sentence) == expected


def test_a_long_list_after_a_colon_takes_the_leads_cue_to_its_end():
    items = ", ".join(f"{n} {noun}" for n, noun in [
        (301, "aircraft"), (302, "helicopters"), (30_303, "drones"), (304, "air defence systems"),
        (10_305, "tanks"), (20_306, "armoured vehicles"), (1_307, "launchers")])
    figures = extract_figures(f"Since the start of the war the enemy has lost: {items} and 12,308 trucks.")
    assert [f.kind for f in figures] == ["destroyed", "destroyed", "intercepted", *["destroyed"] * 5]  # drones: downed


@pytest.mark.parametrize("sentence, expected", [
    ("The package includes: 31 tanks, 90 armoured vehicles and 4 air defence systems.",
     [("equipment", 31, "tank"), ("equipment", 90, "armoured vehicle"), ("equipment", 4, "air defence system")]),
    ("Civilian losses: 14 killed, 46 injured, 138,404 evacuated to 492 shelters.",
     [("killed", 14, "person"), ("wounded", 46, "person"), ("displaced", 138404, "person"),
      ("other", 492, "shelter")]),
    ("Key figures: 2,300 people, 14 schools and 3 hospitals.",
     [("other", 2300, "person"), ("other", 14, "school"), ("other", 3, "hospital")]),
    ("The raid destroyed 40 homes; the UN said: 12 people were wounded.",
     [("destroyed", 40, "home"), ("wounded", 12, "person")]),
])
def test_a_list_after_a_colon_without_a_cue_in_its_lead_keeps_its_kinds(sentence, expected):
    assert facts(sentence) == expected


# --- a tally names its noun before it or after `among` ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Analysts put Russian tank losses at 3,900 since the invasion.", [("destroyed", 3900, "tank")]),
    ("The army put militant casualties at 280.", [("casualties", 280, "militant")]),
    ("Civilian deaths rose to 310 in May, the UN mission said.", [("killed", 310, "civilian")]),
    ("The monitor put the death toll among soldiers at 78.", [("killed", 78, "soldier")]),
    ("The toll among aid workers has reached 304.", [("killed", 304, "worker")]),
    ("The general staff put the losses of the rebels at 120.", [("casualties", 120, "rebel")]),
])
def test_a_tally_names_what_the_number_counts(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The army put Russian losses at 1,200 in the past day.", [("casualties", 1200, "person")]),
    ("The death toll in Gaza rose to 210.", [("killed", 210, "person")]),
    ("The death toll has reached 45.", [("killed", 45, "person")]),
    ("The militia's losses were estimated at 150.", [("casualties", 150, "person")]),
])
def test_a_tally_of_no_named_noun_counts_people(sentence, expected):
    assert facts(sentence) == expected


# --- `N more` in the sentence after a count of people counts those people -------------------------

def report_facts(body: str) -> list[tuple]:
    """Each figure of a one-report extraction as (kind, value, what)."""
    report = read_report_bytes(f"Date: 2025-07-24\n\n{body}\n".encode(), "2025-07-24-wire.txt")
    return [(f.kind, f.value, f.what) for f in Extractor.load().extract(report).figures]


@pytest.mark.parametrize("body, expected", [
    ("Thirteen peacekeepers were killed in the ambush near Aguelhok. Three more were wounded.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "peacekeeper")]),
    ("Rebels killed 9 villagers near Zamfara on Monday. Another 4 died in hospital on Tuesday.",
     [("killed", 9, "villager"), ("killed", 4, "villager")]),
])
def test_n_more_in_the_next_sentence_counts_the_people_counted_before(body, expected):
    assert report_facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Thirteen peacekeepers were killed in the ambush. Three more civilians were wounded.",
     [("killed", 13, "peacekeeper"), ("wounded", 3, "civilian")]),
    ("Drones destroyed 12 tanks near the border. Four more were wounded, the army said.",
     [("destroyed", 12, "tank"), ("wounded", 4, "person")]),
])
def test_n_more_with_a_noun_or_after_no_people_keeps_its_own(body, expected):
    assert report_facts(body) == expected


# --- a count after a semicolon stands for the noun counted before it --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Russia launched 273 drones overnight, the air force said; 88 were shot down and 128 were jammed.",
     [("attacks", 273, "drone"), ("intercepted", 88, "drone"), ("intercepted", 128, "drone")]),
    ("The Houthis fired 12 missiles at the ship; 9 were intercepted.",
     [("attacks", 12, "missile"), ("intercepted", 9, "missile")]),
])
def test_a_count_after_a_semicolon_borrows_the_noun_before(sentence, expected):
    assert facts(sentence) == expected


# --- a subject's verb past an `including` aside ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two men were killed and five people, including a teenage girl, were wounded in Kherson.",
     [("killed", 2, "man"), ("wounded", 5, "person")]),
    ("One soldier died and 14 civilians, including a pregnant woman, were injured by the shelling.",
     [("killed", 1, "soldier"), ("wounded", 14, "civilian")]),
])
def test_a_verb_past_an_including_aside_types_its_subject(sentence, expected):
    assert facts(sentence) == expected


def test_an_including_aside_in_a_list_keeps_the_lists_verb():
    assert facts("The strike killed 4 soldiers, including a commander, and 3 civilians.") == [
        ("killed", 4, "soldier"), ("killed", 1, "commander"), ("killed", 3, "civilian")]


# --- fatal wounds kill -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen opened fire on the bus, killing one driver and fatally wounding two others.",
     [("killed", 1, "driver"), ("killed", 2, "driver")]),
    ("Two soldiers were mortally wounded in the clash near Kidal.", [("killed", 2, "soldier")]),
    ("Three of the injured later succumbed to their wounds.", [("killed", 3, "person")]),
    ("Two of the wounded died in hospital on Sunday.", [("killed", 2, "person")]),
    ("The gunman fatally shot three people at the checkpoint.", [("killed", 3, "person")]),
])
def test_fatal_wounds_are_deaths(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two of the wounded are in a critical condition.", [("wounded", 2, "person")]),
    ("Four of the dead were children.", [("killed", 4, "person")]),
])
def test_a_part_of_the_wounded_or_dead_without_a_verb_of_its_own_is_theirs(sentence, expected):
    assert facts(sentence) == expected


# --- plurals in -men of the nouns of people ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Six fishermen were killed when a drone hit their boat off Hodeidah.", [("killed", 6, "fisherman")]),
    ("The strike on the tanker killed 3 seamen.", [("killed", 3, "seaman")]),
    ("Gunmen killed 14 herdsmen in Benue, police said.", [("killed", 14, "herdsman")]),
    ("Two airmen were wounded at the base.", [("wounded", 2, "airman")]),
])
def test_plurals_in_men_count_their_people(sentence, expected):
    assert facts(sentence) == expected


# --- a plural of people before what befell them -----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("3,000 Israelis displaced from damaged homes", [("displaced", 3000, "israeli")]),
    ("Over 50 Sudanese wounded in El Fasher shelling", [("wounded", 50, "sudanese")]),
    ("40 Syrians dead in Aleppo clashes", [("killed", 40, "syrian")]),
    ("12 Palestinians missing after strike on Jabalia", [("missing", 12, "palestinian")]),
])
def test_people_named_by_a_plural_before_what_befell_them(sentence, expected):
    assert facts(sentence) == expected


# --- a model's name in the singular after a count is its noun ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The enemy's losses: up to 20 servicemen killed, 4 BMP-2 destroyed.",
     [("killed", 20, "serviceman"), ("destroyed", 4, "bmp-2")]),
    ("Units destroyed 3 T-72 and 2 BMP-2 near the village.",
     [("destroyed", 3, "t-72"), ("destroyed", 2, "bmp-2")]),
    ("Air defence shot down 2 Su-25 over the front.", [("destroyed", 2, "su-25")]),
    ("Russia launched 40 Shahed-136 at Odesa overnight.", [("attacks", 40, "shahed-136")]),
])
def test_a_models_name_after_a_count_is_what_it_counts(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunners destroyed 1 D-30 howitzer near Kupiansk.", [("destroyed", 1, "howitzer")]),
    ("The unit lost 12 Leopard 2 tanks.", [("destroyed", 12, "tank")]),
])
def test_a_models_name_before_a_noun_leaves_the_noun(sentence, expected):
    assert facts(sentence) == expected


# --- a table's column of a deed alone counts what the column before it counts -----------------------

@pytest.mark.parametrize("row, header, expected", [
    ("| 13 June | 100 | 90 |", "| Date | Missiles fired | Intercepted |",
     [("attacks", 100, "missile"), ("intercepted", 90, "missile")]),
    ("| Night of 5 July | 230 | 211 | 19 |", "| Date | Drones launched | Shot down | Jammed |",
     [("attacks", 230, "drone"), ("intercepted", 211, "drone"), ("intercepted", 19, "drone")]),
])
def test_a_deed_column_counts_the_noun_of_the_column_before(row, header, expected):
    assert [(f.kind, f.value, f.what) for f in table_row_figures(row, header)] == expected


def test_a_people_column_after_a_column_of_things_counts_people():
    figures = table_row_figures("| Lomi | 40 | 12 |", "| Province | Houses destroyed | Killed |")
    assert [(f.kind, f.value, f.what) for f in figures] == [("destroyed", 40, "house"), ("killed", 12, "person")]


# --- `over` of a verb is no hedge -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, approx", [
    ("The ELN handed over 28 hostages to a humanitarian commission.", False),
    ("The militia turned over 12 prisoners to the Red Cross on Monday.", False),
    ("The ELN has released over 28 hostages since January.", True),
    ("Over 50 people were handed to the police.", True),
])
def test_over_after_a_verb_it_belongs_to_is_no_hedge(sentence, approx):
    assert extract_figures(sentence)[0].approx is approx


# --- a fraction in words is no count --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Shipping traffic through Bab el-Mandeb fell by two thirds.",
    "The army has retaken three quarters of the city.",
    "One fifth of the population has left Khartoum.",
])
def test_a_fraction_in_words_is_no_figure(sentence):
    assert extract_figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Three quarters of a million people have fled.", [("displaced", 750_000, "person")]),
    ("Two thirds of the 2.3 million residents have fled.", [("population", 2_300_000, "resident")]),
    ("The soldiers slept in 3 quarters near the base.", [("other", 3, "quarter")]),
])
def test_a_count_near_a_fraction_stays(sentence, expected):
    assert facts(sentence) == expected


# --- `of whom were children`: the part names its people after the verb --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Nine people were killed in the raid, four of whom were children.",
     [("killed", 9, "person"), ("killed", 4, "child")]),
    ("The strike killed 14 people, 6 of whom were women.", [("killed", 14, "person"), ("killed", 6, "woman")]),
    ("Seventy bodies were found in the church; 12 of them were children.",
     [("killed", 70, "body"), ("killed", 12, "child")]),
])
def test_a_part_named_after_of_whom_were(sentence, expected):
    assert facts(sentence) == expected


def test_a_part_with_a_verb_of_its_own_keeps_it():
    assert facts("Forty-five people were wounded, 10 of whom later died.") == [
        ("wounded", 45, "person"), ("killed", 10, "person")]


# --- `, and another 5`: the comma before an increment keeps the clause --------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Fighting killed 8 soldiers on Monday, and another 5 on Tuesday.",
     [("killed", 8, "soldier"), ("killed", 5, "soldier")]),
    ("Drones wounded 14 civilians in Kherson, another 3 in Nikopol.",
     [("wounded", 14, "civilian"), ("wounded", 3, "civilian")]),
])
def test_a_comma_before_another_keeps_the_verb(sentence, expected):
    assert facts(sentence) == expected


# --- a singular noun before what befell it ------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Phu Makua: 2 attacks, 1 soldier wounded.", [("attacks", 2, "attack"), ("wounded", 1, "soldier")]),
    ("Kherson: 1 civilian dead after drone strike.", [("killed", 1, "civilian")]),
])
def test_a_singular_noun_before_what_befell_it_is_the_noun(sentence, expected):
    assert facts(sentence) == expected


# --- military posts and bases are structures ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Defence Forces hit 2 command posts and 3 ammunition depots.",
     [("other", 2, "command post"), ("other", 3, "depot")]),
    ("The army said it destroyed 4 checkpoints and 2 bases of the militia.",
     [("destroyed", 4, "checkpoint"), ("destroyed", 2, "base")]),
    ("Taliban fighters attacked 19 border posts overnight.", [("other", 19, "post")]),
])
def test_military_posts_and_bases_are_structures(sentence, expected):
    assert facts(sentence) == expected
