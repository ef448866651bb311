"""Figures in reports from wars other than Ukraine's, in the styles of wire copy, UN updates,
NGO statements and live blogs. Every sentence is invented for the test; the places are real
names, the numbers made up."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures


def facts(sentence: str) -> list[tuple]:
    """Each figure as (kind, low, high, what)."""
    return [(f.kind, f.low, f.high, f.what) for f in extract_figures(sentence)]


# --- read right already: kept as they are ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("At least 1.3 million people have fled their homes in North Darfur since the siege began, "
     "the agency said.", [("displaced", 1_300_000, 1_300_000, "person")]),
    ("Paramilitary shelling of the market killed 17 civilians including five children, "
     "activists said.", [("killed", 17, 17, "civilian"), ("killed", 5, 5, "child")]),
    ("An estimated 26,000 people have died in the fighting, the health ministry said.",
     [("killed", 26_000, 26_000, "person")]),
    ("The UN opened a $3.4 billion appeal for the region on Monday.",
     [("money", 3.4e9, 3.4e9, "usd")]),
    ("Medics gave tolls of 25 to 35 dead after the drone hit the camp.",
     [("killed", 25, 35, "person")]),
    ("Five peacekeepers were wounded when their convoy struck a mine near Goma.",
     [("wounded", 5, 5, "peacekeeper")]),
    ("The army said three drones were shot down over Port Sudan overnight.",
     [("intercepted", 3, 3, "drone")]),
    ("At least 160 Sudanese were killed in the raid on the village, a lawyers' group said.",
     [("killed", 160, 160, "sudanese")]),
    ("Militants killed 23 soldiers in an ambush near Djibo, the army said on Tuesday.",
     [("killed", 23, 23, "soldier")]),
    ("Hamas is still holding 97 hostages, officials said.", [("captured", 97, 97, "hostage")]),
    ("Airstrikes on Idlib killed eight people and wounded 19 others on Sunday.",
     [("killed", 8, 8, "person"), ("wounded", 19, 19, "person")]),
    ("The Houthis said they had fired 14 ballistic missiles at ships in the Red Sea.",
     [("attacks", 14, 14, "ballistic missile")]),
    ("About 90,000 ethnic Armenians fled Nagorno-Karabakh within a week.",
     [("displaced", 90_000, 90_000, "armenian")]),
    ("Al-Shabaab fighters killed six soldiers, the army said.", [("killed", 6, 6, "soldier")]),
    ("The ministry put the number of dead at 1,207, most of them civilians.",
     [("killed", 1207, 1207, "person")]),
    ("About 2,500 displaced families are sheltering in schools in Khan Younis.",
     [("displaced", 2500, 2500, "family")]),
    ("The militia abducted 38 women from the village, residents said.",
     [("captured", 38, 38, "woman")]),
    ("The attack in the Sahel left 70 dead and 110 wounded, local sources said.",
     [("killed", 70, 70, "person"), ("wounded", 110, 110, "person")]),
    ("Over 300 houses were burned in the raid on the village, Amnesty said.",
     [("destroyed", 300, 300, "house")]),
    ("Gunmen killed a dozen worshippers at a mosque in northern Burkina Faso.",
     [("killed", 12, 12, "worshipper")]),
    ("Six tanks and 11 armoured vehicles were destroyed in the counter-attack, the army said.",
     [("destroyed", 6, 6, "tank"), ("destroyed", 11, 11, "armoured vehicle")]),
    ("The 93rd brigade lost 40 men near the border.", [("casualties", 40, 40, "man")]),
])
def test_figures_read_right_already(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Dozens were killed when paratroopers stormed the village, witnesses said.",
    "Hundreds of Rohingya have fled across the border in recent days.",
    "Tens of thousands of people fled El Fasher as the siege tightened.",
])
def test_vague_amounts_stay_no_figures(sentence):
    assert extract_figures(sentence) == []


# --- a hyphenated place name is no dash announcing a list -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gangs have killed more than 1,400 people in Port-au-Prince since January, the UN said.",
     [("killed", 1400, 1400, "person")]),
    ("Police arrested 130 suspected gang members in Port-au-Prince.",
     [("captured", 130, 130, "member")]),
    ("Shelling damaged 170 homes in Ivano-Frankivsk, the mayor said.",
     [("other", 170, 170, "home")]),
])
def test_a_hyphenated_place_after_the_count_keeps_it(sentence, expected):
    assert facts(sentence) == expected


def test_a_spaced_dash_after_a_place_still_announces_a_list():
    assert extract_figures("Drones struck two towns in Darfur - Mellit and Kutum.") == []


# --- `population` right after the number is its noun -------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Nearly half of the 2.1 million population of the enclave faces famine.", 2_100_000),
    ("The town's 45,000 population has fled the fighting.", 45_000),
])
def test_population_right_after_the_number(sentence, value):
    assert facts(sentence) == [("population", value, value, "person")]


def test_population_further_after_still_counts_only_before():
    # "population" past the number, in another phrase, still types nothing after it.
    kinds = [f.kind for f in extract_figures(
        "Some 1.4 million people, or a third of the population, have been displaced.")]
    assert kinds == ["displaced"]


# --- a cue word that only describes the counted noun --------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Eleven aid workers have been killed in Darfur this year, the NGO said.",
     [("killed", 11, 11, "worker")]),
    ("Some 20 relief workers were detained by the militia in Wad Madani.",
     [("captured", 20, 20, "worker")]),
    ("A convoy of 40 aid trucks reached Rafah on Tuesday.", [("equipment", 40, 40, "truck")]),
])
def test_a_cue_word_before_a_counted_noun_describes_it(sentence, expected):
    assert facts(sentence) == expected


# --- a cue of several words ends the counted noun phrase ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 650,000 Rohingya crossed into Bangladesh after the crackdown.",
     [("displaced", 650_000, 650_000, "rohingya")]),
    ("About 3,000 Sudanese sought refuge in Chad last week.",
     [("displaced", 3000, 3000, "sudanese")]),
])
def test_a_phrase_cue_after_a_people_word_ends_the_noun(sentence, expected):
    assert facts(sentence) == expected


def test_a_demonym_before_a_compound_noun_still_takes_it():
    assert facts("Twelve Israeli air strikes hit the camp overnight.") == [
        ("attacks", 12, 12, "air strike")]


# --- `remain` before another cue ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Nine people remain missing after the boat capsized off Hodeidah.", "missing"),
    ("Some 14 fishermen remained missing on Friday, the coastguard said.", "missing"),
    ("Nearly 6 million Syrians remain displaced inside the country, the report said.", "displaced"),
    ("About 40,000 people remain in the besieged town of El Fasher.", "population"),
])
def test_remain_before_a_cue_takes_that_cue(sentence, kind):
    assert [f.kind for f in extract_figures(sentence)] == [kind]


# --- cases of a disease ---------------------------------------------------------------------------

def test_cases_of_a_disease_are_neither_killed_nor_wounded():
    assert facts("Officials recorded 280 new cholera cases and 3 deaths in the past 24 hours.") == [
        ("other", 280, 280, "case"), ("killed", 3, 3, "death")]


def test_a_noun_that_says_its_kind_keeps_it_in_a_list():
    assert facts("The raid damaged 40 houses and caused 6 deaths.")[-1] == ("killed", 6, 6, "death")


# --- `of their own` -------------------------------------------------------------------------------

def test_of_their_own_is_no_counted_noun():
    assert facts("The rebels said they had lost 12 of their own in the battle.") == [
        ("casualties", 12, 12, "person")]


# --- running totals ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A further 290 people were injured, bringing the total to 38,000 wounded.",
    "Two more bodies were found in Khartoum, bringing the overall death toll to 61.",
    "Another strike killed nine people, taking the death toll to 212.",
])
def test_bringing_the_total_to_marks_an_update(sentence):
    assert [f.update for f in extract_figures(sentence)] == [False, True]


# --- more read right already ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("In Mali, jihadists killed 58 people, including 41 civilians and 17 soldiers, in twin attacks.",
     [("killed", 58, 58, "person"), ("killed", 41, 41, "civilian"), ("killed", 17, 17, "soldier")]),
    ("Israel says 1,100 people were killed in the attack and about 240 taken hostage.",
     [("killed", 1100, 1100, "person"), ("captured", 240, 240, "hostage")]),
    ("A total of 3,200 Palestinians have been detained in the West Bank since October.",
     [("captured", 3200, 3200, "palestinian")]),
    ("M23 fighters now control an area of about 1,300 square kilometres.",
     [("area", 1300, 1300, "km2")]),
    ("Some 400 families, or roughly 2,600 people, were displaced by the fighting.",
     [("displaced", 400, 400, "family"), ("displaced", 2600, 2600, "person")]),
    ("The airstrike killed a family of six in Rafah.", [("killed", 6, 6, "person")]),
    ("A boat carrying 280 Rohingya refugees sank off Aceh, with 140 feared dead.",
     [("displaced", 280, 280, "refugee"), ("killed", 140, 140, "person")]),
    ("Gunmen kidnapped 265 pupils from a school in Zamfara.", [("captured", 265, 265, "pupil")]),
    ("The camp, home to 450,000 people, has been shelled for three days.",
     [("population", 450_000, 450_000, "person")]),
    ("The RSF claimed to have captured 180 SAF soldiers and seized 14 vehicles.",
     [("captured", 180, 180, "soldier"), ("captured", 14, 14, "vehicle")]),
])
def test_more_figures_read_right_already(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A child dies every two hours in the camp, the charity said.",
    "Hundreds of thousands marched in Khartoum on Sunday.",
])
def test_no_figure_in_these(sentence):
    assert extract_figures(sentence) == []


# --- people are not intercepted ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Roughly 800 migrants were intercepted at sea in the past week.", "other"),
    ("Ukrainian gunners destroyed 200 soldiers and 12 tanks.", "killed"),  # still killed
])
def test_an_intercepting_cue_kills_no_one(sentence, kind):
    assert extract_figures(sentence)[0].kind == kind


def test_down_from_is_no_kill():
    figures = extract_figures("Fewer than 300 people still live in the village, down from 5,000 before the war.")
    assert [f.kind for f in figures] == ["population", "population"]  # the population before


# --- a borrowed noun must fit the cue before the number -------------------------------------------

def test_a_cue_the_noun_cannot_take_stops_borrowing():
    assert facts("The military carried out 30 airstrikes in Sagaing over the weekend, killing 75.") == [
        ("attacks", 30, 30, "airstrike"), ("killed", 75, 75, "person")]


def test_a_fitting_cue_still_lets_the_noun_be_borrowed():
    assert facts("Rebels fired 40 rockets on Monday, and launched 25 on Tuesday.") == [
        ("attacks", 40, 40, "rocket"), ("attacks", 25, 25, "rocket")]


# --- shares are not counts -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "About 1 in 3 children in the camp are malnourished.",
    "One in five Sudanese now depends on aid.",
])
def test_one_in_n_is_a_share(sentence):
    assert extract_figures(sentence) == []


def test_a_count_in_places_stays():
    assert facts("The raid killed 11 in 3 villages.")[0] == ("killed", 11, 11, "person")


# --- forced from their homes -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("The fighting around Goma has forced 350,000 people from their homes this year.", 350_000),
    ("Clashes in Ouham forced 12,000 people to flee.", 12_000),
])
def test_forced_from_their_homes_is_displacement(sentence, value):
    assert facts(sentence) == [("displaced", value, value, "person")]


def test_cue_refuses_only_a_kind_a_bare_count_could_take():
    from conflict_digest import figures
    text = "30 airstrikes, killing 75, down from 90"
    for number, noun, refused in [("75", "airstrike", True), ("75", "person", False), ("90", "person", False)]:
        start = text.index(number)
        figures._forget_sentence()
        q = figures._Quantity(start, start + len(number), 0, 0, False)
        assert figures._cue_refuses(text, q, noun) is refused


# --- a people word before a verb is the counted noun -----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The UN says 24.8 million Sudanese face acute food insecurity.",
     [("other", 24.8e6, 24.8e6, "sudanese")]),
    ("Some 2,800 Sudanese crossed the border into Chad on Friday.",
     [("displaced", 2800, 2800, "sudanese")]),
    ("Three Israeli military vehicles were destroyed near Jenin.",
     [("destroyed", 3, 3, "vehicle")]),
    ("Ukrainian gunners destroyed 3 Russian armoured vehicles.",
     [("destroyed", 3, 3, "armoured vehicle")]),
])
def test_a_demonym_is_the_noun_when_no_counted_noun_follows(sentence, expected):
    assert facts(sentence) == expected


def test_no_noun_follows_reads_two_words_at_most():
    from conflict_digest import figures
    stops = figures._noun_phrase_words()[0]
    text = "X face acute food insecurity. X air strikes. X were killed. X crossed."
    for start, expected in [(1, True), (31, False), (46, False), (61, True)]:
        assert figures._no_noun_follows(text, start, stops) is expected, text[start:]


# --- a vague word before a bare scale word ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Several hundred fighters remain in the old city of Mosul.",
    "A few thousand people fled Wad Madani overnight.",
    "A couple of dozen soldiers were wounded in the ambush.",
])
def test_several_hundred_is_vague(sentence):
    assert extract_figures(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("A hundred people fled Wad Madani overnight.", 100),
    ("Some hundred people fled Wad Madani overnight.", 100),
    ("Several 100 people fled Wad Madani overnight.", 100),  # digits are no vague word
])
def test_a_scale_word_with_a_count_stays(sentence, value):
    assert [f.value for f in extract_figures(sentence)] == [value]


def test_starts_with_a_scale():
    from conflict_digest import figures
    def quantity(raw, from_words=True):
        return figures._Quantity(0, 0, 0, 0, False, from_words=from_words, raw=raw)
    assert figures._starts_with_a_scale(quantity("hundred"))
    assert figures._starts_with_a_scale(quantity("Dozen"))
    assert not figures._starts_with_a_scale(quantity("two hundred"))
    assert not figures._starts_with_a_scale(quantity("100", from_words=False))


# --- a subset lends no noun -------------------------------------------------------------------------

def test_a_subset_lends_no_noun_to_the_next_count():
    assert facts("The attack killed 6 including 2 children, and wounded 13.") == [
        ("killed", 6, 6, "person"), ("killed", 2, 2, "child"), ("wounded", 13, 13, "person")]


# --- the noun of a tally is its whole noun phrase ---------------------------------------------------

@pytest.mark.parametrize("sentence, what, actor", [
    ("The UN said the number of internally displaced people had reached 10.2 million.", "person", None),
    ("The number of Palestinians killed in Gaza has risen to 39,000.", "palestinian",
     "Palestinian territories"),
    ("The number of dead has risen to 300.", "person", None),
])
def test_the_noun_of_a_tally(sentence, what, actor):
    f = extract_figures(sentence)[0]
    assert (f.what, f.actor, f.update) == (what, actor, True)


# --- increments and running totals ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, periods", [
    ("A further 290 people were injured, bringing the total to 38,000 wounded.", [None, "cumulative"]),
    ("An additional 18,000 people fled in the past week, taking the total to 140,000.",
     ["weekly", "cumulative"]),
    ("Another 3 people were killed overnight in Kadugli.", ["daily"]),
    ("Some 300 people have been killed so far in Kadugli.", ["cumulative"]),
])
def test_an_increment_is_no_cumulative_total(sentence, periods):
    assert [f.period for f in extract_figures(sentence)] == periods


@pytest.mark.parametrize("sentence, kinds", [
    ("An additional 18,000 people fled in the past week, taking the total to 140,000.",
     ["displaced", "displaced"]),
    ("Shelling damaged 40 houses on Monday, and the number rose to 55 on Tuesday.", ["other", "other"]),
])
def test_a_running_total_counts_what_the_count_before_did(sentence, kinds):
    assert [f.kind for f in extract_figures(sentence)] == kinds


# --- burning and levelling destroy ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gangs torched 30 houses and killed 10 in Mirebalais.",
     [("destroyed", 30, 30, "house"), ("killed", 10, 10, "person")]),
    ("Militiamen set ablaze 200 homes in the village.", [("destroyed", 200, 200, "home")]),
    ("Bulldozers levelled 40 buildings in the camp.", [("destroyed", 40, 40, "building")]),
])
def test_torched_and_levelled_are_destruction(sentence, expected):
    assert facts(sentence) == expected


# --- the same figures past ASCII ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Some 650,000 Rohingya crossed into Bangladesh after the crackdown.",
    "The UN says 24.8 million Sudanese face acute food insecurity.",
    "Gangs have killed more than 1,400 people in Port-au-Prince since January, the UN said.",
    "Between five hundred and one thousand people were killed in Varnok.",
    "A further 290 people were injured, bringing the total to 38,000 wounded.",
])
def test_a_character_past_ascii_changes_no_figure(sentence):
    def key(sentence):
        return [(f.kind, f.low, f.high, f.what, f.period, f.update) for f in extract_figures(sentence)]
    assert key(sentence + " \u00e9") == key(sentence)


# --- a participle with `by` after the noun describes it ------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("The army said it had downed 7 drones launched by rebels from Idlib.", "intercepted"),
    ("Air defences intercepted most of the 300 drones and missiles launched by Iran.", "attacks"),
    ("Officials said 40 people were killed by the strike.", "killed"),
])
def test_a_participle_with_by_yields_to_a_verb_as_near(sentence, kind):
    assert [f.kind for f in extract_figures(sentence)] == [kind]


# --- a count's own cue after it keeps a kind noun away --------------------------------------------------

def test_dead_injured_missing_each_keep_their_kind():
    assert facts("The ministry reported 140 dead, 390 injured and 25 missing.") == [
        ("killed", 140, 140, "person"), ("wounded", 390, 390, "person"), ("missing", 25, 25, "person")]


def test_a_plain_noun_is_still_lent_across_its_cue():
    assert facts("At least 7,000 civilians have been killed and more than 12,000 injured.") == [
        ("killed", 7000, 7000, "civilian"), ("wounded", 12000, 12000, "civilian")]


# --- abbreviated scales before people ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Some 1.4m people have fled Khartoum, the IOM said.", [("displaced", 1.4e6, 1.4e6, "person")]),
    ("The camp hosts over 180k refugees.", [("displaced", 180_000, 180_000, "refugee")]),
    ("Some 2m Sudanese have crossed into Chad.", [("displaced", 2e6, 2e6, "sudanese")]),
    ("Donors pledged $3m to the clinics.", [("money", 3e6, 3e6, "usd")]),
])
def test_an_abbreviated_scale_before_a_counted_plural(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A 15m drone was shot down over the port.",
    "The wall is 5m high.",
])
def test_an_abbreviation_before_no_counted_plural_is_no_scale(sentence):
    assert [f.value for f in extract_figures(sentence) if f.value and f.value >= 1e6] == []


# --- fractions of a scale -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, qualifier", [
    ("A quarter of a million people fled Rafah in a week.", 250_000, None),
    ("Nearly three quarters of a million people have been displaced.", 750_000, "nearly"),
    ("Half a million people fled the city.", 500_000, None),
    ("A million people fled the city.", 1_000_000, None),
])
def test_a_fraction_of_a_scale(sentence, value, qualifier):
    f = only_figure(sentence)
    assert (f.value, f.qualifier, f.kind) == (value, qualifier, "displaced")


def only_figure(sentence: str):
    figures = extract_figures(sentence)
    assert len(figures) == 1, [(f.text, f.value) for f in figures]
    return figures[0]


# --- a model's name in the plural is the counted noun -----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Police said 4 AK-47s were seized in the raid on Kora.", [("captured", 4, 4, "ak-47")]),
    ("The army said two T-72s were destroyed near Lomi.", [("destroyed", 2, 2, "t-72")]),
    ("The air force has received 6 F-16s, the minister said.", [("equipment", 6, 6, "f-16")]),
    ("Forces destroyed 2 T-72B3s and 5 BMP-2s near Kora.",
     [("destroyed", 2, 2, "t-72b3"), ("destroyed", 5, 5, "bmp-2")]),
    ("Russia launched 40 Shahed-136s overnight.", [("attacks", 40, 40, "shahed-136")]),
    ("The brigade lost 3 Leopard 2 tanks and a T-72 tank.",
     [("destroyed", 3, 3, "tank"), ("destroyed", 1, 1, "tank")]),
])
def test_a_plural_model_name_is_the_counted_noun(sentence, expected):
    assert facts(sentence) == expected


# --- weekly and monthly rates ------------------------------------------------------------------

def periods(sentence: str) -> list[tuple]:
    return [(f.low, f.period) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("About 300 people a week cross the border into Chad.", [(300, "weekly")]),
    ("Some 2,000 people per month arrive in Kora camp, the agency said.", [(2000, "monthly")]),
    ("More than 10,000 a month flee the fighting in Kora.", [(10_000, "monthly")]),
    ("Around 500 people are displaced every week in Lomi district.", [(500, "weekly")]),
    ("Some 40,000 people have fled this year, about 2,000 a month.",
     [(40_000, "cumulative"), (2000, "monthly")]),
    ("Aid agencies have registered 3,000 new arrivals over the past week.", [(3000, "weekly")]),
    ("The toll rose to 4,120, with 61 people killed in the previous 24 hours, the ministry said.",
     [(4120, None), (61, "daily")]),
    ("Some 900 people crossed into Lomi over the previous seven days.", [(900, "weekly")]),
    ("At least 12 civilians were killed in the past 24 hours, after 30 were killed on Monday.",
     [(12, "daily"), (30, None)]),  # ", after" turns to another statement
    ("It was the third ship the group sank in a week, after an attack that killed 4 sailors.",
     [(4, None)]),  # the phrase closes the clause before the turn: no opening one
    ("In the past week, 40 drones were launched at Kora, while 12 missiles hit Lomi.",
     [(40, "weekly"), (12, "weekly")]),  # an opening phrase frames the whole sentence
])
def test_a_weekly_or_monthly_rate_is_its_period(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Five people were killed a week ago in Kora.", [(5, None)]),
    ("Fighting has raged for a month and 40 people were killed.", [(40, None)]),
    ("The siege has lasted more than a month; 300 people have died so far.",
     [(300, "cumulative")]),
    ("A day after the attack, 14 bodies were found in Lomi.", [(14, None)]),
    ("Twelve soldiers were killed last week, the army said.", [(12, None)]),
])
def test_a_duration_or_a_date_is_no_rate(sentence, expected):
    assert periods(sentence) == expected


# --- a count of the speaker's own losses takes the speaker's side -----------------------------

@pytest.mark.parametrize("sentence, actor", [
    ("The Sudanese army said it lost 3 soldiers in the attack on Kora.", "Sudan"),
    ("The Israeli military said two of its soldiers were killed in Gaza.", "Israel"),
    ("Ukraine's army said it had lost 5 tanks near Lomi.", "Ukraine"),
    ("In Ukraine, the Russian army said it had lost 5 soldiers.", "Russia"),
    ("The Armenian defence ministry said 4 of its soldiers were killed by Azerbaijani fire.",
     "Armenia"),
    ("Ukrainian officials said Russian forces had lost 3 of their tanks near Kora.", "Russia"),
    ("South Africa said 13 of its soldiers had been killed near Goma.", "South Africa"),
    ("The Central African Republic's army said it lost 4 soldiers.", "Central African Republic"),
    ("The group said its fighters killed 12 soldiers.", None),
    ("The army said it lost 3 soldiers.", None),
    ("The Sudanese army said it killed 30 fighters.", None),
])
def test_an_own_loss_takes_the_side_named_before_it(sentence, actor):
    assert [f.actor for f in extract_figures(sentence)] == [actor]


@pytest.mark.parametrize("sentence, actor", [
    ("Kora said that 40 of its servicemen were freed in a prisoner swap.", None),
    ("Ukraine said that 40 of its servicemen were freed in a prisoner swap.", "Ukraine"),
    ("The agency suspended its work in Sudan after three of its staff were killed.", None),
])
def test_a_country_is_the_side_of_an_own_loss_only_as_its_subject(sentence, actor):
    assert [f.actor for f in extract_figures(sentence)] == [actor]


# --- a year before a toll, a country before a count, a number between a count and a cue -------

@pytest.mark.parametrize("sentence, expected", [
    ("This brings the death toll since October 7, 2023 to 50,120, the ministry said.",
     [("killed", 50_120, 50_120, "person")]),
    ("The toll since 2023 to 4,310 people, the ministry said.",
     [("killed", 4310, 4310, "person")]),
    ("Between 2021 and 2024, 3,000 people were killed in Kora.",
     [("killed", 3000, 3000, "person")]),
    ("From 2014 to 2022, 14,000 people were killed in the east.",
     [("killed", 14_000, 14_000, "person")]),
    ("Between 2000 and 3000 fighters were killed in the offensive.",
     [("killed", 2000, 3000, "fighter")]),
])
def test_a_year_is_no_low_end_of_a_range(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In Mali the army killed 27 fighters, and in Niger 12 soldiers were killed.",
     [("killed", 27, 27, "fighter"), ("killed", 12, 12, "soldier")]),
    ("In Sudan 5 people died when the shell hit.", [("killed", 5, 5, "person")]),
    ("Kora received 3 Leopard 2 tanks.", [("equipment", 3, 3, "tank")]),
])
def test_a_country_before_a_number_names_no_model(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mission, which has 11,000 troops in the country, said 13 of its peacekeepers had been "
     "killed.", [("other", 11_000, 11_000, "soldier"), ("killed", 13, 13, "peacekeeper")]),
    ("Some 400 families, or roughly 2,600 people, were displaced by the fighting in Kora.",
     [("displaced", 400, 400, "family"), ("displaced", 2600, 2600, "person")]),
    ("Officials said at least 200 people, including 10 civilians, were killed in Kora.",
     [("killed", 200, 200, "person"), ("killed", 10, 10, "civilian")]),
])
def test_a_cue_past_the_clause_types_no_count_before_another_statement(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Some 12,000 people have fled Kora since Tuesday, the agency said, adding that about 1,500 "
     "a day were arriving in Lomi.", [(12_000, "cumulative"), (1500, "daily")]),
    ("More than 900 people have been killed since last Friday.", [(900, "cumulative")]),
])
def test_since_a_weekday_starts_a_running_total(sentence, expected):
    assert periods(sentence) == expected


def test_a_period_past_a_new_total_is_the_totals():
    sentence = ("Strikes on Kora killed 21 people on Sunday, the ministry said, bringing the toll "
                "since October 2023 to 2,464.")
    assert periods(sentence) == [(21, None), (2464, "cumulative")]


@pytest.mark.parametrize("sentence, what", [
    ("Drought and conflict have displaced 3.8 million Somalis.", "somali"),
    ("Some 3,000 Iraqis fled across the border.", "iraqi"),
])
def test_a_people_in_is_counts_its_singular(sentence, what):
    assert [f.what for f in extract_figures(sentence)] == [what]


@pytest.mark.parametrize("sentence, expected", [
    ("Meanwhile, the Three Brotherhood Alliance said it had captured 12 military camps.",
     [(12, "camp")]),
    ("Three Kora soldiers were killed.", [(3, "soldier")]),
])
def test_a_capitalised_number_in_words_inside_a_name_is_no_count(sentence, expected):
    assert [(f.low, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Strikes killed 9 people, 4 of them children.", [(9, "person"), (4, "child")]),
    ("Rockets killed 30 people - 12 of them children - in Kora.", [(30, "person"), (12, "child")]),
    ("They fired 40 rockets, 30 of which were intercepted.", [(40, "rocket"), (30, "rocket")]),
])
def test_a_part_of_them_takes_the_noun_named_after_it(sentence, expected):
    assert [(f.low, f.what) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cholera has infected 1,000 people and killed 30 across 12 states.",
     [("other", 1000, 1000, "person"), ("killed", 30, 30, "person"), ("other", 12, 12, "state")]),
    ("Aid reached 2 million people in 5 provinces and 14 townships.",
     [("other", 2e6, 2e6, "person"), ("other", 5, 5, "province"), ("other", 14, 14, "township")]),
])
def test_a_count_of_admin_units_is_no_toll(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The ceasefire in Kora was violated 117 times over the weekend, the monitors said.", 117),
    ("Lomi said its neighbour's forces breached the truce 14 times.", 14),
])
def test_a_truce_broken_n_times_counts_attacks(sentence, value):
    assert facts(sentence) == [("attacks", value, value, "attack")]


@pytest.mark.parametrize("sentence", [
    "Nine in ten families in Kora skip meals, the survey found.",
    "Two in five households in the camp have lost income.",
    "Three in 100 children in Lomi die before age five.",
])
def test_n_in_m_is_a_share_where_the_whole_is_one_shares_are_told_in(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Over 1.9 million people, nine in ten, are displaced in Kora.",
     [("displaced", 1.9e6, 1.9e6, "person")]),
    ("The militia killed 5 in 3 raids on Kora.",
     [("killed", 5, 5, "person"), ("attacks", 3, 3, "raid")]),
    ("Gunmen killed 5 in 10 days in Kora.", [("killed", 5, 5, "person")]),
])
def test_a_count_in_a_count_or_a_duration_is_no_share(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Strikes damaged or destroyed 70 percent of Kora's 36 hospitals.",
     [("other", 70, 70, "percent"), ("other", 36, 36, "hospital")]),
    ("The war has killed 5% of the agency's 13,000 staff in Lomi.",
     [("other", 5, 5, "percent"), ("other", 13_000, 13_000, "staff")]),
    ("Shelling destroyed 40% of the 500 homes in Kora.",
     [("other", 40, 40, "percent"), ("other", 500, 500, "home")]),
    # what the whole's own noun or a cue right after it says stays
    ("Nearly 70% of the 2.2 million population of Kora has been displaced.",
     [("other", 70, 70, "percent"), ("population", 2.2e6, 2.2e6, "person")]),
    ("About 60 per cent of the 1.2 million displaced in Lomi are children.",
     [("other", 60, 60, "percent"), ("displaced", 1.2e6, 1.2e6, "person")]),
])
def test_a_shares_whole_is_not_what_the_shares_verb_did(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Kora refinery, which produced 100,000 barrels per day, was shut down.",
     [("other", 100_000, 100_000, "barrel")]),
    ("Raiders looted 300 bags of flour from the Lomi warehouse.", [("captured", 300, 300, "bag")]),
    ("The agency delivered 5,000 food parcels to Tessa.", [("other", 5000, 5000, "food parcel")]),
])
def test_goods_are_never_shot_down_or_supplied_as_arms(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, kind", [
    ("Fires were burning at two fuel depots in Port Sudan, the army said.", "equipment"),
    ("A fire was burning near 3 warehouses after the strike.", "other"),
    ("The rebels attacked the convoy, burning two tanks.", "destroyed"),
    ("Militias raided the village, burning 40 houses.", "destroyed"),
])
def test_burning_destroys_only_the_number_it_governs(sentence, kind):
    (figure,) = extract_figures(sentence)
    assert figure.kind == kind


@pytest.mark.parametrize("sentence, expected", [
    ("The attackers, numbering about 300, stormed the town of Kora.", [("other", 300, 300, "attacker")]),
    ("The refugees, numbering more than 12,000, crossed into Chad.", [("displaced", 12000, 12000, "refugee")]),
    ("Government troops totalling about 2,000 were deployed to Lomi.", [("other", 2000, 2000, "soldier")]),
])
def test_numbering_counts_the_noun_before_it(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eleven soldiers embraced martyrdom in the ambush near Lomi.", [("killed", 11, 11, "soldier")]),
    ("Authorities moved more than 20,000 residents of Kora district to temporary shelters.",
     [("displaced", 20_000, 20_000, "resident")]),
    ("An estimated 18,000 arrived in Lomi over the weekend, the agency said.",
     [("other", 18_000, 18_000, "person")]),  # people came: no verb for a noun
    ("Some 300 returned fighters were held in Kora.", [("other", 300, 300, "fighter")]),  # a noun after it
])
def test_deaths_shelters_and_arrivals_worded_as_other_wars_word_them(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The governor said 36 victims had been buried.", [("killed", 36, 36, "victim")]),
    ("At least 20 people were buried under the rubble of the building.", [("missing", 20, 20, "person")]),
    ("Rescuers said 12 people remain buried in Lomi.", [("missing", 12, 12, "person")]),
])
def test_the_buried_are_dead_unless_under_rubble(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The fate of 16 fishermen is unknown.", [("missing", 16, 16, "fisherman")]),
    ("Relatives have had no news of 9 conscripts since the ambush.", [("missing", 9, 9, "conscript")]),
    ("The army lost contact with 14 soldiers after the attack on the outpost.", [("missing", 14, 14, "soldier")]),
    ("Contact was lost with 3 crew members on Tuesday.", [("missing", 3, 3, "crew member")]),
])
def test_people_whose_fate_is_unknown_are_missing(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, side", [
    ("The spokesman said nine Taliban fighters died.", "Taliban"),
    ("Forty Hamas militants were killed in the raid.", "Hamas"),
    ("Twelve Russian soldiers were killed.", "Russia"),       # a people's adjective, as before
    ("Twelve Kora fighters were killed.", None),              # no group the lexicon knows
])
def test_a_known_armed_group_before_the_counted_noun_is_its_side(sentence, side):
    assert [f.actor for f in extract_figures(sentence)] == [side]
