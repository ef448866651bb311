"""Figures as wire copy and agency statements write them. Increments (`another 20`, `12 more
people`) count new ones on top of a toll given before: the extractor marks them, the digest
keeps them out of rising tolls and disputes, and every output says so. Also: sources and ages
that are no counts, parts `of whom` with their own verb, yearly rates. Every sentence here is
invented for the test."""
from __future__ import annotations

import json

import pytest

from conflict_digest.figures import extract_figures
from conflict_digest.models import Figure, Report
from conflict_digest.pipeline import Extractor


@pytest.mark.parametrize("sentence, expected", [
    ("Another 20 people were killed in Kora, bringing the toll to 145.", [(20, True), (145, False)]),
    ("Shelling killed 12 more people, raising the death toll to 57.", [(12, True), (57, False)]),
    ("A further 312 people were displaced from Lomi district.", [(312, True)]),
    ("An additional 40 wounded were taken to the Kora hospital.", [(40, True)]),
    ("Three new cases of cholera and 5 deaths were recorded in the camp.", [(3, True), (5, False)]),
    # not increments: other people of the same event, a toll, a plain count
    ("Two soldiers were killed and five others wounded.", [(2, False), (5, False)]),
    ("The toll rose to 18 on Tuesday.", [(18, False)]),
    ("Drones killed 9 people, more than on any day this year.", [(9, False)]),
])
def test_increments_are_marked(sentence, expected):
    assert [(f.value, f.increment) for f in extract_figures(sentence)] == expected


def test_an_increment_reads_as_more_and_survives_the_round_trip():
    (more,) = [f for f in extract_figures("At least 20 more people were killed.") if f.increment]
    assert more.label() == "at least 20 more"
    assert Figure.from_dict(more.as_dict()).increment is True
    assert more.as_dict()["increment"] is True


def test_the_digest_lists_an_increment_apart_from_the_rising_toll(invoke, clean_env, tmp_path):
    (tmp_path / "2025-03-05-kora.txt").write_text(
        " date 2025-03-05 Toll\n\nThe health office said 125 people had been killed in Kora "
        "by Sunday.\n\nAnother 20 people were killed in Kora on Monday, bringing the toll to "
        "145, the health office said.\n", encoding="utf-8")
    result = invoke("summarize", tmp_path, "--format", "json", "--no-cache")
    assert result.exit_code == 0, result.output
    (day,) = json.loads(result.stdout)["days"]
    killed = {f["value"]: f for f in day["figures"] if f["kind"] == "killed"}
    assert (killed[20]["increment"], killed[20]["rising"], killed[20]["disputed"]) == (True, False, False)
    assert killed[145]["rising"] and killed[125]["rising"]
    table = invoke("summarize", tmp_path, "--format", "markdown", "--no-cache").stdout
    assert "| killed | 20 more | person |" in table


# --- found while reading invented reports of other wars ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "a"/"an" and a noun followed by a reporting verb is the source, not an item of a list
    ("Fighters overran a base, killing 17 soldiers and seizing 6 trucks, a military officer said.",
     [(17, "killed"), (6, "captured")]),
    ("Rebels killed 5 villagers, a local official who asked not to be named told reporters.",
     [(5, "killed")]),
    ("The strike destroyed 3 tanks, a truck and a bridge, the army said.",
     [(3, "destroyed"), (1, "destroyed"), (1, "destroyed")]),
    # ages after "aged between", "aged under" are no figures
    ("Ten civilians, among them three children aged between 2 and 9, were killed in Kora.",
     [(10, "killed"), (3, "killed")]),
    ("Shelling killed 30 children aged under 5 and wounded 4 in Lomi.", [(30, "killed"), (4, "wounded")]),
    # an age set off by commas after a person's name
    ('"We ran," said Amir Kora, 34, a teacher who was wounded in the arm.', []),
    ("Samir al-Lomi, 45, and his two sons were killed when the shell hit their house.", [(2, "killed")]),
    ("Dana Kora-Lomi, 7, was among 12 people wounded.", [(12, "wounded")]),
    # but not a count after a region's name, nor one that ends the sentence
    ("Shelling hit Kora Oblast, 5, and Lomi Oblast, 3, the governor said.", [(5, "attacks")]),
    ("Those wounded in the blast: Kora Lomi, 12.", [(12, "wounded")]),
])
def test_sources_and_ages_are_no_counts(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Israeli strikes killed five people and wounded 14 overnight, the ministry said.",
     [(5, "person"), (14, "person")]),
    ("Shelling wounded 6 yesterday in Kora.", [(6, "person")]),
])
def test_a_time_adverb_after_a_number_is_no_counted_noun(sentence, expected):
    assert [(f.value, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a dotted initialism before the noun is one word of the noun phrase, as `US` is
    ("The general said 18 U.S. service members were wounded.", [(18, "wounded", "service member")]),
    ("A roadside bomb killed 5 U.S.-led coalition soldiers in Lomi.", [(5, "killed", "soldier")]),
    ("The blast killed 12 U.N. peacekeepers and 3 civilians.",
     [(12, "killed", "peacekeeper"), (3, "killed", "civilian")]),
])
def test_a_dotted_initialism_before_the_noun(sentence, expected):
    assert [(f.value, f.kind, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a part of the count, and the ends of an age range, leave the count its cue past them
    ("Ten civilians, including three children, were killed in Kora.", [(10, "killed"), (3, "killed")]),
    ("Twelve soldiers, aged 19 to 25, were killed near Lomi.", [(12, "killed")]),
])
def test_a_cue_past_a_part_or_an_age_range_still_types_the_count(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Kora, 18/03/2025 (Agency) - Another 14 fighters were killed near Lomi.",
    "Kora - A further 14 fighters were killed near Lomi.",
])
def test_an_increment_after_a_datelines_dash_is_no_model_name(sentence):
    assert [(f.value, f.kind, f.increment) for f in extract_figures(sentence)] == [(14, "killed", True)]


@pytest.mark.parametrize("sentence, expected", [
    # a part "of whom" / "of which" takes its own verb, not the whole's
    ("The strike left 45 people wounded, 10 of whom later died.", [(45, "wounded"), (10, "killed")]),
    ("Kora launched 40 missiles, 30 of which were intercepted.", [(40, "attacks"), (30, "intercepted")]),
    ("They detained 50 people, 20 of whom were released.", [(50, "captured"), (20, "other")]),
])
def test_a_part_of_whom_or_which_takes_its_own_verb(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, period", [
    ("The programme costs $600 million a year.", "yearly"),
    ("Donors pledged $2 billion annually to Kora.", "yearly"),
    ("About 10,000 people a year flee the Kora region.", "yearly"),
    ("The siege lasted a year and killed 400 people.", None),  # a duration, no rate
    ("A year ago, 300 people were killed in Kora.", None),
])
def test_yearly_rates(sentence, period):
    assert [f.period for f in extract_figures(sentence)] == [period]


@pytest.mark.parametrize("sentence, expected", [
    ("According to the Kora Association for Political Prisoners, more than 4,500 civilians have "
     "been killed by security forces.", ("killed", "civilian")),
    ("The Lomi Committee for the Missing said 312 people were still unaccounted for.", ("missing", "person")),
    ("The Kora Displaced Persons Network said 4,000 families needed food.", ("other", "family")),
    # a Title Case headline capitalises its cues, and a label is no name
    ("Four Soldiers Killed In Kora Ambush", ("killed", "soldier")),
    ("Killed: 34; Wounded: 120, the health office said in its daily update.", ("killed", "person")),
])
def test_a_cue_word_inside_an_institutions_name_types_no_figure(sentence, expected):
    first = extract_figures(sentence)[0]
    assert (first.kind, first.what) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The health office said, raising the death toll since October 7 to 31,341.", 31341),
    ("It brings the number of dead since Oct. 7 to 1,208.", 1208),
    ("That took the toll since March 2 to 45.", 45),
])
def test_a_dates_day_before_to_starts_no_range(sentence, value):
    (toll,) = extract_figures(sentence)
    assert (toll.low, toll.high, toll.kind) == (value, value, "killed")


def test_a_day_range_of_a_month_is_still_no_figure():
    assert [f.value for f in extract_figures("Fighting from October 2 to 9 killed 40.")] == [40]


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve people were killed and another 30 were wounded.", [("killed", False), ("wounded", False)]),
    ("Two were killed in Kora and another two in Lomi.", [("killed", False), ("killed", True)]),
])
def test_another_after_a_count_of_another_kind_says_other_people(sentence, expected):
    assert [(f.kind, f.increment) for f in extract_figures(sentence)] == expected


def test_another_in_the_next_sentence_after_a_toll_of_another_kind():
    text = ("At least 3,120 people have been killed in Kora since May, the health office said. "
            "Another 7,400 have been wounded, it said. Another 40 were killed on Monday.")
    figures = Extractor.load().extract(Report(path="r.txt", text=text, date="2025-01-01")).figures
    assert [(f.value, f.kind, f.increment) for f in figures] == [
        (3120, "killed", False), (7400, "wounded", False), (40, "killed", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("The agency said 17 million people were facing hunger, and that looters had stolen food.",
     [(17_000_000, "other")]),
    ("Some 3,000 workers were employed at the plant, and gunmen had seized the road.", [(3000, "other")]),
    # an aside has no verb of its own: the verb past it types the count
    ("Two sisters, both aged 14, died in the strike.", [(2, "killed")]),
])
def test_a_cue_past_a_clause_with_its_own_verb_types_no_number(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Its forces repelled 14 Lomi counterattacks along the front.", (14, "attacks", "counterattack")),
    ("The army beat off 3 counter-offensives near Kora.", (3, "attacks", "counter-offensive")),
    ("Rebels staged 3 ambushes on the Kora road.", (3, "attacks", "ambush")),
])
def test_counterattacks_and_ambushes_are_attacks(sentence, expected):
    (figure,) = extract_figures(sentence)
    assert (figure.value, figure.kind, figure.what) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fifteen of the 40 wounded were in critical condition.", [(15, "wounded"), (40, "wounded")]),
    ("Three of the 12 dead were children.", [(3, "killed"), (12, "killed")]),
    # a whole that only counts how many came or stand is no toll
    ("Air defences shot down 20 of 30 drones.", [(20, "intercepted"), (30, "attacks")]),
    ("Ten of the 36 hospitals were closed.", [(10, "other"), (36, "other")]),
])
def test_a_wholes_own_toll_word_keeps_its_kind(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Floods affected 562,000 people, killing 57.", [(562_000, "other"), (57, "killed")]),
    ("Rains affected more than 9,000 people across 20 districts, killing at least 12 people.",
     [(9000, "other"), (20, "other"), (12, "killed")]),
    ("Some 300 fighters, backed by drones, killed 40 villagers.", [(300, "other"), (40, "killed")]),
    # a cue past an aside with no count of its own still types the count before it
    ("Two sisters, both aged 14, died in the strike.", [(2, "killed")]),
])
def test_a_cue_past_the_clause_with_a_count_of_its_own_types_that_count(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, text", [
    ("Some 2,350 households (about 14,100 people) were displaced.", "about 14,100 people"),
    ("Drones hit (12 tanks) near Kora.", "12 tanks"),
    ('Drones hit 12 "military targets".', '12 "military targets"'),
])
def test_a_figures_words_close_no_aside_they_do_not_open(sentence, text):
    assert extract_figures(sentence)[-1].text == text


@pytest.mark.parametrize("sentence, update", [
    ("The death toll has reached 45.", True),
    ("Casualties exceeded 1,000 on Monday.", True),
    ("The number of people killed in the strikes reached 300.", True),
    ("Displacement has reached 1 million people.", True),
    ("The toll rose to 45.", True),
    # an agent's deed is no update of a tally
    ("Partners reached 3.8 million people with food assistance.", False),
    ("The convoy reached 12 towns on Monday.", False),
])
def test_reached_updates_a_tally_only(sentence, update):
    assert extract_figures(sentence)[0].update is update


@pytest.mark.parametrize("sentence, expected", [
    ("89 clashes took place along the front over the past 24 hours, including 32 near Kora.",
     [(89, "attacks", "clash", "daily"), (32, "attacks", "clash", "daily")]),
    ("Drones hit 40 homes in the last 2 days, including 12 in Lomi.",
     [(40, "other", "home", None), (12, "other", "home", None)]),
])
def test_a_part_borrows_the_wholes_noun_across_a_duration(sentence, expected):
    assert [(f.value, f.kind, f.what, f.period) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, period", [
    ("Lomi launched 870 drones over the week.", "weekly"),
    ("Lomi launched 870 drones over the past seven days.", "weekly"),
    ("Some 300 people died in Kora in the past 30 days.", "monthly"),
])
def test_weeks_and_months_written_otherwise(sentence, period):
    assert extract_figures(sentence)[0].period == period


@pytest.mark.parametrize("sentence, expected", [
    # a region's toll in a list: a capitalised name before the number names no model there
    ("Kora suffered 121 killed and 197 injured, Lomi 91 killed and 160 injured.",
     [(121, "killed"), (197, "wounded"), (91, "killed"), (160, "wounded")]),
    ("In the east, Kora 12 dead, Lomi 4 wounded.", [(12, "killed"), (4, "wounded")]),
    # a model's number before what befell it is still no count
    ("Russia lost 3 Leopard 2 destroyed near Kora.", [(3, "destroyed")]),
])
def test_a_regions_toll_after_its_name_is_a_count(sentence, expected):
    assert [(f.value, f.kind) for f in extract_figures(sentence)] == expected
