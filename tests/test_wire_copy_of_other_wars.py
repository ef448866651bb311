"""Wire copy of other wars: a headline's bare toll and the body's worded one, the parts of a
list of victims, a part's own verb, sources counted with a conjunction, participles after
a counted noun, villages of three names, South Asian number words, abbreviations with stops
in a source's name. Every text here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import extract_figures, leaves_out_its_noun
from conflict_digest.merge import summarize
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes
from conflict_digest.speakers import SpeakerTracker


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def extracted(extractor: Extractor, body: str):
    return extractor.extract(read_report_bytes(f" date 2026-03-04 {body}".encode(), "wire.txt"))


def facts(sentence: str) -> list[tuple]:
    return [(f.kind, f.value, f.what) for f in extract_figures(sentence)]


def speaker_names(lexicon, gazetteer, sentence: str) -> list[str]:
    tracker = SpeakerTracker(lexicon, gazetteer, sentence)
    return [tracker.resolve(a.speaker).name for a in tracker.attribute(sentence)]


# --- a headline's bare toll is the toll the body words in full ---------------------------------

@pytest.mark.parametrize("headline, body, expected", [
    ("Air strike on monastery kills 19 in Kora",
     "The strike on the monastery in Kora killed at least 19 civilians, residents said.",
     [(19, "civilian", True, "at least 19 civilians")]),
    ("Drone strike kills 30 at Lomi market",
     "A drone strike on the market in Lomi killed at least 30 people, a doctor said.",
     [(30, "person", True, "at least 30 people")]),
    # two tolls of different size stay two
    ("Shelling kills 7 in Kora", "Shelling killed 12 soldiers in Kora, the army said.",
     [(7, "person", False, "7"), (12, "soldier", False, "12 soldiers")]),
])
def test_a_headlines_bare_toll_is_the_bodys_worded_toll(extractor, headline, body, expected):
    report = extracted(extractor, f"{headline}\n{body}\n")
    assert [(f.value, f.what, f.approx, f.text) for f in report.figures if f.kind == "killed"] == expected


def test_a_bare_toll_with_no_worded_twin_stays(extractor):
    report = extracted(extractor, "Blast kills 11 in Kora\nPolice said a car bomb went off in Kora.\n")
    assert [(f.value, f.kind, f.what) for f in report.figures] == [(11, "killed", "person")]


@pytest.mark.parametrize("text, bare", [
    ("19", True), ("at least 19", True), ("five", True), ("1,835", True),
    ("19 civilians", False), ("at least 30 people", False), ("five tanks", False),
])
def test_a_figure_leaves_out_its_noun_when_its_words_are_its_number(text, bare):
    [f] = [f for f in extract_figures(f"The strike killed {text}.") if f.text == text]
    assert leaves_out_its_noun(f) is bare


# --- the parts of a list after `including` lend no noun to a later count -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Strikes killed 558 people, including 50 children and 94 women, and wounded 1,835 on Monday.",
     [("killed", 558, "person"), ("killed", 50, "child"), ("killed", 94, "woman"), ("wounded", 1835, "person")]),
    ("Strikes killed 60 people, including 5 children, 9 women and 2 medics, and wounded 300.",
     [("killed", 60, "person"), ("killed", 5, "child"), ("killed", 9, "woman"), ("killed", 2, "medic"),
      ("wounded", 300, "person")]),
    # a list with no `including` still lends its last noun
    ("The shelling killed 4 soldiers and wounded 9.", [("killed", 4, "soldier"), ("wounded", 9, "soldier")]),
])
def test_the_parts_of_an_including_list_lend_no_noun(sentence, expected):
    assert facts(sentence) == expected


# --- a part's own cue types the part, not the whole ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The army said about 55 rockets had crossed from Kora, some of which were intercepted.",
     [("attacks", 55, "rocket")]),
    ("Kora launched 40 drones, 35 of which were shot down.",
     [("attacks", 40, "drone"), ("intercepted", 35, "drone")]),
    ("45 people were wounded, 10 of whom died.", [("wounded", 45, "person"), ("killed", 10, "person")]),
])
def test_a_partitives_cue_types_the_part(sentence, expected):
    assert facts(sentence) == expected


# --- sources counted with a conjunction are no figure -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A drone strike killed at least 30 people, two health officials and a witness told reporters.",
     [("killed", 30, "person")]),
    ("Three residents and one local official said 12 houses burned.", [("destroyed", 12, "house")]),
    # a count joined to another count is no source
    ("The strike killed two soldiers and a medic, officials said.", [("killed", 2, "soldier"), ("killed", 1, "medic")]),
])
def test_sources_counted_with_a_conjunction_are_no_figure(sentence, expected):
    assert facts(sentence) == expected


# --- a participle after a counted noun describes it ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The strike wounded 31 people sheltering in the school.", [("wounded", 31, "person")]),
    ("The strike killed 19 civilians and wounded 31 others sheltering there.",
     [("killed", 19, "civilian"), ("wounded", 31, "civilian")]),
    ("There were 1,200 people sheltering in the church.", [("displaced", 1200, "person")]),
    # `missing` after a bare number is its predicate, not a participle
    ("The ministry said 14 policemen were killed, 40 wounded and 6 missing.",
     [("killed", 14, "policeman"), ("wounded", 40, "policeman"), ("missing", 6, "policeman")]),
])
def test_a_participle_after_the_noun_binds_less_than_the_verb_before(sentence, expected):
    assert facts(sentence) == expected


# --- number words and currencies of other countries ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Fighting displaced 1.5 lakh people in the district.", [("displaced", 150_000, "person")]),
    ("Two lakh people fled.", [("displaced", 200_000, "person")]),
    ("The state announced Rs 10 crore in compensation.", [("money", 100_000_000, "inr")]),
    ("The government pledged NIS 2 billion to rebuild the north.", [("money", 2_000_000_000, "ils")]),
])
def test_south_asian_scales_and_the_shekels_code(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, what", [
    ("Nine South Africans were killed.", "south african"),
    ("Five Sri Lankans died.", "sri lankan"),
    ("Three Malawians died.", "malawian"),
])
def test_people_named_by_a_two_word_demonym(sentence, what):
    assert [f.what for f in extract_figures(sentence)] == [what]


# --- places: villages of three names ------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("The attack hit the village of Lin Ta Lu shortly after midnight.", "Lin Ta Lu"),
    ("The attack hit the village of Kora shortly after midnight.", "Kora"),
    ("Troops burned Kyauk Ka Lay village on Sunday.", "Kyauk Ka Lay"),
])
def test_an_unknown_village_may_have_three_names(gazetteer, sentence, name):
    assert name in [m.place.name for m in gazetteer.find(sentence)]


# --- speakers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The U.N. said 13 peacekeepers had been killed.", ["U.N."]),
    ("More than 5,600 people were killed, according to the U.N. human rights office.",
     ["U.N. human rights office"]),
    ("According to a tally of hospital data compiled by Reuters, 100 people died.", ["Reuters"]),
    ("According to figures released by the ministry, 40 died.", ["ministry"]),
    ("Nine aid workers were among those killed, the charity said.", ["charity"]),
    ("About 2,800 trucks entered Kora last week, UN partners reported.", ["UN partners"]),
    ("The International Federation of Red Cross and Red Crescent Societies said 3 died.",
     ["International Federation of Red Cross and Red Crescent Societies"]),
])
def test_sources_of_humanitarian_and_wire_reports(lexicon, gazetteer, sentence, expected):
    assert speaker_names(lexicon, gazetteer, sentence) == expected


def test_the_charity_points_back_at_no_armed_group(extractor):
    """`the charity` speaks as worded: pointing back at the latest group that spoke made a
    militia of it (the lexicon does not say which organisations are charities)."""
    report = extracted(extractor, "Kora update\nThe Valley Front said it had taken the camp. Nine aid workers "
                                  "were among those killed, the charity said.\n")
    assert [s.speaker.name for s in report.speakers] == ["Valley Front", "charity"]


@given(st.from_regex(r"[A-Z](\.[A-Z]){1,3}\.?", fullmatch=True))
def test_initials_keep_their_stops(gazetteer, lexicon, initials):
    names = speaker_names(lexicon, gazetteer, f"The {initials} said 3 died.")
    assert all(not name.endswith(initials.rstrip(".")) or name.endswith(".") for name in names)


# --- a noun that types one count is no cue for the count listed after it -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Militants attacked a train, killing 21 hostages and four paramilitary soldiers.",
     [("killed", 21, "hostage"), ("killed", 4, "soldier")]),
    ("The strike killed 3 prisoners and 2 guards.", [("killed", 3, "prisoner"), ("killed", 2, "guard")]),
    # not listed after it: the hostages still type the part
    ("The 40 hostages included 12 women.", [("captured", 40, "hostage"), ("captured", 12, "woman")]),
])
def test_another_counts_noun_types_no_listed_count(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The governor said 11,000 people were being moved out of the district.",
    "About 3,000 families were relocated to camps.",
])
def test_people_moved_out_or_relocated_are_displaced(sentence):
    assert [f.kind for f in extract_figures(sentence)] == ["displaced"]


# --- an army's daily bulletin: long lists and hyphenated or participle modifiers -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Air defences shot down 67 fixed-wing unmanned aerial vehicles.", [("intercepted", 67, "aerial vehicle")]),
    ("Air defences shot down 4 guided aerial bombs.", [("intercepted", 4, "bomb")]),
    ("About 2,000 long-suffering residents fled.", [("displaced", 2000, "resident")]),
    # a participle with no noun after it still ends the noun phrase
    ("In Kora, 91 bodies and 128 wounded arrived at hospitals.", [("killed", 91, "body"), ("wounded", 128, "person")]),
])
def test_modifiers_before_a_counted_noun(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Since the war began, 651 aircraft, 283 helicopters, 1,470 artillery systems and 18,986 tanks "
     "and other armoured vehicles have been destroyed.",
     [("destroyed", 651, "aircraft"), ("destroyed", 283, "helicopter"), ("destroyed", 1470, "artillery system"),
      ("destroyed", 18986, "tank")]),
    # supplies listed with no verb of loss keep their own kind
    ("Kora received 31 tanks, 20 jets and 500 armoured vehicles from its allies.",
     [("equipment", 31, "tank"), ("equipment", 20, "jet"), ("equipment", 500, "armoured vehicle")]),
])
def test_the_verb_after_a_long_list_types_every_count_in_it(sentence, expected):
    assert facts(sentence) == expected


def test_an_aside_naming_a_part_does_not_end_the_list():
    assert facts("The enemy lost up to 480 servicemen, two tanks, including a tank made in Kora, "
                 "three armoured fighting vehicles and 11 motor vehicles.") == [
        ("casualties", 480, "serviceman"), ("destroyed", 2, "tank"), ("destroyed", 3, "vehicle"),
        ("destroyed", 11, "vehicle")]


# --- speakers: estimates, names given to things, organisations' offices, joined subjects ---------

@pytest.mark.parametrize("sentence, expected", [
    ("Analysts estimate that 5,000 fighters remain in Kora.", ["analysts"]),  # as mid-sentence
    ("Officials estimate 300 homes were destroyed.", ["officials"]),
    ("Experts predict the toll will rise.", ["experts"]),
    ("The UN estimate of 5,000 deaths is low.", []),  # a noun after a determiner
    # a name given to a thing quotes no one
    ("The Valley Front, which the government calls a terrorist militia, took Kora.", []),
    ("Shells fell on Kora, in what the army calls the northern sector.", []),
    # but a name in quotation marks is a quote
    ("The war is what the minister called \"a brutal assault\".", ["minister"]),
    ("The strike, which the army said killed 5 fighters, hit Kora.", ["army"]),
    # an office of a known organisation whose name holds an article
    ("Save the Children's office in Kora said 40 children were killed.", ["Save the Children"]),
    ("Save the Children's spokesman, Ali Musa, said 3 died.", ["Ali Musa"]),
    # two named subjects, the second with an article
    ("The Kora Front and the Valley army said 12 fighters died.", ["Kora Front", "Valley army"]),
    ("In Kora, Hamas and the army said 3 died.", ["Hamas", "army"]),
    ("Troops seized Kora and the town council said 3 died.", ["town council"]),
    # descriptions joined with no article are one source, as worded
    ("Western analysts and military officials said 3 died.", ["western analysts and military officials"]),
])
def test_who_speaks_in_other_wars_reports(lexicon, gazetteer, sentence, expected):
    assert speaker_names(lexicon, gazetteer, sentence) == expected


@pytest.mark.parametrize("body, expected", [
    ("Kora: 102 killed, says council chairman\n"
     "The chairman of the Guma council, Ali Musa, said on Saturday that 102 people were killed.\n", ["Ali Musa"]),
    ("Kora governor says 5 killed\nThe governor of Kora, Ali Musa, said 5 people were killed.\n", ["Ali Musa"]),
    # two chairmen: the headline's stays as worded
    ("Council chairman says 5 killed\nThe chairman of the Kora council, Ali Musa, said 5 people were killed. "
     "The chairman of the Lomi council, Omar Ali, said 2 died.\n", ["Council chairman", "Ali Musa", "Omar Ali"]),
])
def test_a_headlines_role_is_the_person_holding_it_below(extractor, body, expected):
    assert [s.speaker.name for s in extracted(extractor, body).speakers] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two of the four hostages were freed.", [("other", 2, "hostage"), ("captured", 4, "hostage")]),
    ("Three of the 10 prisoners were killed.", [("killed", 3, "prisoner"), ("captured", 10, "prisoner")]),
    ("Five hostages were killed.", [("killed", 5, "hostage")]),
])
def test_the_deed_after_a_whole_of_held_people_is_the_parts(sentence, expected):
    assert facts(sentence) == expected


def one_day(extractor: Extractor, *texts: str):
    """The digest of one day whose reports are `texts`, each its own report."""
    reports = [extractor.extract(read_report_bytes(f" date 2024-07-13 Strike\n{t}\n".encode(), f"r{i}.txt"))
               for i, t in enumerate(texts)]
    (day,) = summarize(reports).days
    return day


def test_one_strikes_toll_by_demonym_and_by_people_disputes(extractor):
    day = one_day(extractor, "An Israeli strike on the Kora camp killed at least 90 Palestinians, the health ministry said.",
                  "An Israeli strike on the Kora camp killed 71 people, civil defence officials said.")
    killed = [e for e in day.figures if e.figure.kind == "killed"]
    assert {(e.figure.value, e.disputed) for e in killed} == {(90, True), (71, True)}


def test_one_strikes_toll_by_demonym_and_by_people_from_one_ministry_rises(extractor):
    """Two agencies' copies quote the ministry at different hours: its toll rose."""
    day = one_day(extractor, "An Israeli strike on the Kora camp killed at least 90 Palestinians, the health ministry said.",
                  "An Israeli strike on the Kora camp killed 71 people, the health ministry said.")
    killed = [e for e in day.figures if e.figure.kind == "killed"]
    assert {(e.figure.value, e.rising, e.latest, e.disputed) for e in killed} == {
        (90, True, True, False), (71, True, False, False)}


def test_two_sides_tolls_never_dispute(extractor):
    day = one_day(extractor, "Shelling of Kora killed 12 Russian soldiers, the army said.",
                  "Shelling of Kora killed 15 Ukrainian soldiers, the army said.")
    assert not any(e.disputed for e in day.figures)


@pytest.mark.parametrize("sentence, qualifier, value", [
    ("The Kora toll passes 38,300.", "more than", 38_300),
    ("The death toll has surpassed 1,000, officials said.", "more than", 1_000),
    ("The number of displaced nears 2 million.", "nearly", 2_000_000),
])
def test_a_verb_that_sets_a_floor_hedges_the_number(sentence, qualifier, value):
    (f,) = extract_figures(sentence)
    assert (f.qualifier, f.value, f.approx, f.what) == (qualifier, value, True, "person")


# --- a fact sheet's figures: capital scales glued to the number, a glued plus ---------------------

@pytest.mark.parametrize("sentence, expected", [
    ("- 12.6M internally displaced", [("displaced", 12_600_000, "person", False)]),
    ("400K fled to Chad.", [("displaced", 400_000, "person", False)]),
    ("2,400+ attacks on health care", [("attacks", 2400, "attack", True)]),
    ("12+ drones were launched.", [("attacks", 12, "drone", True)]),
    # a lower-case m is metres, and a capital before a singular noun names a thing
    ("Troops built a 5m wall.", []),
    ("Traffic on the 4M road stopped.", []),
])
def test_fact_sheet_numbers(sentence, expected):
    assert [(f.kind, f.value, f.what, f.approx) for f in extract_figures(sentence)] == expected


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["K", "M", "B"]))
def test_a_capital_scale_glued_to_a_number_multiplies_it(number, scale):
    (f,) = extract_figures(f"{number}{scale} people fled.")
    assert f.value == number * {"K": 1_000, "M": 1_000_000, "B": 1_000_000_000}[scale]


# --- an army's loss list: acronyms and qualified labels ---------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("MLRS - 1,297 (+3),", [(1297, "mlrs"), (3, "mlrs")]),
    ("UAV operational-tactical level - 27,521 (+140),", [(27521, "uav"), (140, "uav")]),
    ("Three MLRS were destroyed.", [(3, "mlrs")]),
    ("The army lost 3 APCs.", [(3, "apc")]),
    # a label whose words name nothing counted stays no figure
    ("Round robin: 3", []),
])
def test_loss_list_labels_with_acronyms_and_qualifiers(line, expected):
    assert [(f.value, f.what) for f in extract_figures(line)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Five people were killed, said a spokesperson for the World Health Organization (WHO), Tarik Jasarevic.",
     ["Tarik Jasarevic"]),
    ("Five people were killed, said the spokesman of the Kora Armed Forces (KAF), Ali Musa.", ["Ali Musa"]),
    ("Five people were killed, said the World Health Organization (WHO).", ["World Health Organization"]),
])
def test_a_name_after_a_bracketed_acronym_is_the_speaker(lexicon, gazetteer, sentence, expected):
    assert speaker_names(lexicon, gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Casualties: 12 KIA, 30 WIA.", [("killed", 12), ("wounded", 30)]),
    ("The unit reported 3 KIA and 2 MIA.", [("killed", 3), ("missing", 2)]),
    ("The toll stands at 1.2k.", [("killed", 1200)]),
    ("They fled 3km north.", [("distance", 3)]),
])
def test_military_abbreviations_and_a_glued_thousand(sentence, expected):
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Kora army and its allies said 30 fighters died.", ["Kora army"]),
    ("Hamas and its allies said 3 died.", ["Hamas"]),
    ("The army and the police said 3 died.", ["army", "police"]),
])
def test_the_subjects_own_allies_name_no_other_speaker(lexicon, gazetteer, sentence, expected):
    assert speaker_names(lexicon, gazetteer, sentence) == expected


def test_an_organisation_is_no_person_whose_role_names_it(extractor):
    report = extracted(extractor, "Kora: Attacks on Camps\n"
                                  "The militia killed at least 180 civilians, Kora Rights Watch said today. "
                                  '"This is an escalation," said Ali Musa, executive director at Kora Rights Watch.\n')
    assert [s.speaker.name for s in report.speakers] == ["Kora Rights Watch", "Ali Musa"]
