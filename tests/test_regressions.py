"""Each bug found while building the extractors, kept as a test so it stays fixed."""
from __future__ import annotations

import pytest

from conflict_digest.figures import extract_figures
from conflict_digest.pipeline import Extractor
from conflict_digest.places import Gazetteer
from conflict_digest.reader import read_report_bytes
from conflict_digest.speakers import SpeakerTracker


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def speakers(sentence: str, text: str = "") -> list[str]:
    ex = Extractor.load()
    tracker = SpeakerTracker(ex.lexicon, ex.gazetteer, text or sentence)
    return [tracker.resolve(a.speaker).name for a in tracker.attribute(sentence)]


def places(sentence: str) -> list[str]:
    return [m.place.name for m in Gazetteer.load().find(sentence)]


def kinds(sentence: str) -> list[tuple]:
    return [(f.low, f.kind, f.what) for f in extract_figures(sentence)]


# --- figures ---------------------------------------------------------------------------------

def test_a_unit_restated_in_brackets_is_one_figure():
    assert kinds("The village lies about 8 kilometres (5 miles) from the river.") == [(8, "distance", "km")]


def test_a_line_of_bare_numbers_is_no_figure():
    assert kinds("3 4") == []


def test_since_a_date_is_a_running_total():
    (f,) = extract_figures("The toll since March 3 has risen to 412 people, officials said.")
    assert (f.low, f.kind, f.period) == (412, "killed", "cumulative")


def test_a_city_of_n_people_is_its_population():
    (f,) = extract_figures("Shelling hit the regional capital, a city of about 400,000 people.")
    assert (f.low, f.kind) == (400000, "population")


def test_population_after_the_number_does_not_type_it():
    (f,) = extract_figures("Some 2.1 million people, a third of the population, have been displaced.")
    assert (f.low, f.kind) == (2100000, "displaced")


def test_struck_targets_are_attacks_not_interceptions():
    (f,) = extract_figures("Jets struck more than 30 targets in the district overnight.")
    assert (f.low, f.kind) == (30, "attacks")


def test_the_nearest_verb_after_a_bare_count_wins():
    assert kinds("Two people died and five were injured in the blast.") == [
        (2, "killed", "person"), (5, "wounded", "person")]


def test_half_billion_written_with_a_hyphen():
    (f,) = extract_figures("Donors pledged a half-billion dollars in reconstruction aid.")
    assert (f.low, f.kind, f.what) == (500_000_000, "money", "usd")


# --- places ----------------------------------------------------------------------------------

def test_a_first_name_that_is_also_a_town_is_no_place():
    assert places("President Volodymyr Zelensky met troops near Kharkiv.") == ["Kharkiv"]


def test_us_as_an_adjective_is_no_place():
    assert places("The package adds to U.S. assistance already sent.") == []
    assert places("The US has pledged more air defence.") == ["United States"]


def test_a_demonym_before_region_is_no_unknown_place():
    assert places("Fighting spread across the southern Ukrainian region of Kherson.") == ["Kherson Oblast"]


def test_near_an_unknown_village():
    found = Gazetteer.load().find("Clashes were reported near Zelenyi Hai, a village east of the town.")
    assert [(m.place.name, m.place.resolved) for m in found] == [("Zelenyi Hai", False)]


# --- speakers --------------------------------------------------------------------------------

def test_a_quote_keeps_its_closing_mark_for_an_inverted_attribution():
    assert speakers('"The shelling has not stopped," said a Ukrainian medic near Lyman.') == [
        "Ukrainian medic"]


def test_a_sentence_that_starts_inside_a_quotation():
    assert speakers('We will rebuild," the statement quoted Ihor Petrenko as saying.') == ["Ihor Petrenko"]


def test_a_speaker_located_in_a_place():
    assert speakers('"We have no more beds," a nurse in Kherson told reporters.') == ["nurse"]


def test_modal_verbs_are_intentions_not_statements():
    assert speakers("Berlin will announce its decision on Friday.") == []


def test_the_us_is_a_speaker_not_the_pronoun_us():
    assert speakers("The US also announced new sanctions.") == ["United States"]


def test_both_of_two_named_sources():
    assert speakers("Local channels Vesti and Krai reported explosions near the airfield.") == [
        "Vesti", "Krai"]


def test_a_possessive_before_a_verb_form_makes_it_a_noun():
    assert speakers("The militia's claims of a breakthrough were false.") == []


# --- whole reports ----------------------------------------------------------------------------

def test_quotation_over_two_paragraphs_keeps_its_speaker(extractor):
    text = (" date 2024-02-01 Strike\n\n"
            "Oksana, a nurse at the city hospital who gave only her first name, described the night:\n\n"
            "\"We took in 14 wounded people before dawn.\n\n"
            "\"Two of them died on the operating table,\" she said.\n").encode()
    report = read_report_bytes(text, "2024-02-01-strike.txt")
    claims = extractor.extract(report).claims
    assert {c.speaker.name for c in claims if c.figures} == {"Oksana"}


def test_lower_case_nouns_before_an_institution_word():
    assert speakers("Over 40,000 people have fled, the UN refugee agency said.") == ["UN refugee agency"]


def test_since_the_month_of_an_event_is_a_running_total():
    (f,) = extract_figures("About 90,000 people have fled since the August offensive began.")
    assert (f.low, f.kind, f.period) == (90000, "displaced", "cumulative")


def test_in_x_a_town_of_is_an_unknown_town():
    found = Gazetteer.load().find("Shells fell in Zarichne Pole, a small mining town west of the front.")
    assert [(m.place.name, m.place.type, m.place.resolved) for m in found] == [("Zarichne Pole", "town", False)]


def test_a_csv_gazetteer_file_adds_places(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("name,type,admin1,country,sector,aliases\n"
                     "Tawila,town,North Darfur,Sudan,,Tawilah|Tawila camp\n", encoding="utf-8")
    found = Gazetteer.load([extra]).find("Thousands walked to Tawilah over the weekend.")
    assert [(m.place.name, m.place.admin1, m.place.country) for m in found] == [
        ("Tawila", "North Darfur", "Sudan")]


def test_counts_in_a_list_share_the_verb_before_them():
    assert kinds("Its forces destroyed 41 tanks, 77 armoured vehicles, 12 artillery systems "
                 "and 5 helicopters in the offensive.") == [
        (41, "destroyed", "tank"), (77, "destroyed", "armoured vehicle"),
        (12, "destroyed", "artillery system"), (5, "destroyed", "helicopter")]


def test_a_bare_count_after_a_total_takes_its_noun():
    figures = extract_figures("Russia has lost about 98,000 troops since the start of the invasion, "
                              "including 510 over the past day, the General Staff said.")
    assert [(f.low, f.kind, f.what, f.period) for f in figures] == [
        (98000, "casualties", "soldier", "cumulative"), (510, "casualties", "soldier", "daily")]


@pytest.mark.parametrize("sentence, expected", [
    ("The appeal requires US$4.2 billion.", []),  # a currency, not the place
    ("It costs HK$5 million, officials in Hong Kong said.", ["Hong Kong"]),
    ("Aid to the US: $5 million.", ["United States"]),
])
def test_a_place_name_glued_to_a_currency_sign_is_no_place(sentence, expected):
    assert places(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # ages in brackets after people are no figures, and the cue past the bracket types the count
    ("Kupiansk: a woman was killed, 2 men (43 and 51) were injured.", [(2, "wounded", "man")]),
    ("A woman was killed and 2 men (aged 43 and 51) were injured.", [(2, "wounded", "man")]),
    ("Two soldiers (both 19) were killed.", [(2, "killed", "soldier")]),
    # a bracket of counts is still read
    ("Three people (two women and a man) were killed.", [(3, "killed", "person"), (2, "killed", "woman"), (1, "killed", "man")]),
])
def test_a_bracket_after_people_holds_ages_or_counts(sentence, expected):
    assert kinds(sentence) == [(low, kind, what) for low, kind, what in expected]
