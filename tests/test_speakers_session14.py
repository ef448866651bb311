"""Speakers in reports of other wars (session 14): possessive roles and statements, names closing
`according to`, plurals opening a sentence, names holding place nouns, descriptions pointing back
at organisations, live blogs' labels and times, `with ... saying`, and known forces of other wars.
Every sentence here is invented for the test; the real names are of the lexicon's institutions."""
from __future__ import annotations

import pytest

from conflict_digest.speakers import SpeakerTracker
from helpers import speakers


# --- `the UN refugee agency's spokesperson`: the nouns before a possessive head are its name's --

@pytest.mark.parametrize("sentence, expected", [
    ("The UN refugee agency's representative in Chad said 20,000 people had crossed this week.",
     "UN refugee agency representative"),
    ("The UN food agency's spokesperson said aid had run out in Lomi.", "UN food agency spokesperson"),
    ("The migration agency's chief said 3,000 people were displaced.", "migration agency chief"),
    ("Aid had run out in Lomi, the UN food agency's spokesperson said.", "UN food agency spokesperson"),
])
def test_nouns_before_a_possessive_institution_word_stay_in_its_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `according to the army's spokesman, Ali Musa.`: the name closing the sentence speaks -----

@pytest.mark.parametrize("sentence, expected", [
    ("Twelve civilians were killed in rocket fire, according to the army's spokesman, Tawan Sirisak.",
     "Tawan Sirisak"),
    ("Two soldiers died, according to the defence ministry spokeswoman, Mala Sokha.", "Mala Sokha"),
    ("Two soldiers died, according to a statement by the ministry's spokeswoman, Mala Sokha.", "Mala Sokha"),
])
def test_a_name_closing_an_according_to_description_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


@pytest.mark.parametrize("sentence, expected", [
    # no name after the comma, or a place: the source stays as it was
    ("Two soldiers died, according to the army, in Kora Province.", ("army", "anonymous")),
    ("Two soldiers died in the east, according to the governor, Donetsk Oblast.", ("governor", "anonymous")),
])
def test_no_name_after_according_to_keeps_the_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][:1] == [expected]


# --- `Police said`: a plural opening the sentence is capitalised by it, not by a name ---------

@pytest.mark.parametrize("sentence, expected", [
    ("Police said bandits abducted 50 villagers in Kora.", "police"),
    ("Police in Kora said bandits abducted 50 villagers.", "police"),
    ("Rescuers said 12 bodies were pulled from the rubble.", "rescuers"),
    ("Paramedics said 12 bodies were pulled from the rubble.", "paramedics"),
    ("Analysts said the offensive had stalled near Lomi.", "analysts"),
    ("Troops said they had found 12 bodies in the forest.", "troops"),
    ("Critics said the strikes killed 12 civilians.", "critics"),
    ("Gendarmes said 12 bodies were found near the border.", "gendarmes"),
    ("Vigilantes said they had killed 12 bandits.", "vigilantes"),
    ("Protesters said 3 people were shot dead.", "protesters"),
])
def test_a_plural_opening_the_sentence_speaks_as_worded_mid_sentence(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


@pytest.mark.parametrize("sentences, expected", [
    (["Kora police said bandits abducted 50 villagers.", "Police said 20 of them were freed."],
     ("Kora police", "institution")),  # as `the police` would
    (["The Times reported that 12 soldiers were killed."], ("Times", "institution")),
    (["Pentagon said 12 soldiers were killed."], ("Pentagon", "institution")),
])
def test_plurals_that_point_back_or_names_opening_the_sentence(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


# --- `Islamic State's`: a place noun inside a name points back at no place --------------------

@pytest.mark.parametrize("sentences, expected", [
    (["Insurgents attacked Kora in Cabo Delgado.", "Islamic State's Amaq news agency claimed the attack."],
     "Islamic State Amaq news agency"),
    (["Fighting spread across Borno State.", "Islamic State's West Africa Province said it killed 20 soldiers."],
     "Islamic State's West Africa Province"),  # a name running on to its end, as worded
    # a lower-case place noun still does
    (["Fighting spread across Borno State.", "The state's governor said 20 soldiers were killed."],
     "Borno State governor"),
])
def test_a_place_noun_inside_a_name_points_back_at_no_place(lexicon, gazetteer, sentences, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, *sentences)[-1]] == [expected]


# --- `the charity`, `the humanitarian organisation`: the organisation that spoke before --------

@pytest.mark.parametrize("sentences, expected", [
    (["Doctors Without Borders said it had suspended work in Kora.", "The medical charity said 3 staff were hurt."],
     "Doctors Without Borders"),
    (["Save the Children said 30 children were killed.", "The charity said 12 schools were hit."],
     "Save the Children"),
    (["The ICRC said two of its staff were killed.", "The humanitarian organisation said its depot was looted."],
     "ICRC"),
    (["Human Rights Watch said 30 civilians were executed.", "The New York-based group said it had 12 witnesses."],
     "Human Rights Watch"),
    # a state's body is no charity: nothing fit before, the description as worded
    (["The Kora army said 3 soldiers died.", "The charity said 12 schools were hit."], "charity"),
])
def test_a_charity_or_organisation_points_back_at_the_one_that_spoke(lexicon, gazetteer, sentences, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, *sentences)[-1]] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["The Valley Front said it had taken the camp.", "Nine aid workers were killed, the medical charity said."],
     "medical charity"),
    (["Hamas said 12 fighters were killed.", "The humanitarian organisation said 40 civilians died."],
     "humanitarian organisation"),
    # an armed group may be `the organisation`, described with no civilian word
    (["The Valley Front said it had taken the camp.", "The organisation said 12 fighters died."], "Valley Front"),
])
def test_a_civilian_description_points_back_at_no_armed_group(lexicon, gazetteer, sentences, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, *sentences)[-1]] == [expected]


# --- `Burkina Faso's army`: a place of two words before a possessive is one place -------------

@pytest.mark.parametrize("sentence, expected", [
    ("Burkina Faso's army said 100 fighters were killed.", "Burkinabe army"),
    ("Saudi Arabia's foreign ministry said 3 diplomats were hurt.", "Saudi foreign ministry"),
    ("Sierra Leone's police said 20 people were killed.", "Sierra Leonean police"),
    ("Cabo Delgado's governor said 20 people were killed.", "Cabo Delgado governor"),
    ("South Sudan's army said 20 soldiers were killed.", "South Sudanese army"),
    # capitalised words before a one-word place keep their own wording
    ("The Kora Front's press office said 3 fighters died.", "Kora Front press office"),
])
def test_a_place_of_two_words_before_a_possessive_is_one_place(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


# --- `the ministry's statement said`: the owner of the statement speaks ------------------------

@pytest.mark.parametrize("sentences, expected", [
    (["The Kora health ministry's statement said 12 soldiers were killed."], ("Kora health ministry", "institution")),
    (["Hamas's statement said 12 fighters were killed."], ("Hamas", "institution")),
    (["The Houthis' statement said 12 fighters were killed."], ("Houthis", "institution")),
    (["The Kora Defence Ministry said 3 soldiers died.", "The ministry's statement said 12 more were hurt."],
     ("Kora Defence Ministry", "institution")),
])
def test_the_owner_of_a_statement_speaks(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


# --- `Kora mayor Ali Musa: ...`: a live blog's or a post's label naming a person by role ------

@pytest.mark.parametrize("sentence, expected", [
    ('Kora mayor Tomas Varga: "The city was hit with 4 guided bombs."', [("Tomas Varga", "person")]),
    ("Lomi regional governor Petro Hrytsak: two civilians were killed in Kora.", [("Petro Hrytsak", "person")]),
    # an unknown name with no role before it may be a place's heading: no source
    ("Tomas Varga: two civilians were killed in Kora.", []),
])
def test_a_label_naming_a_person_by_role_is_a_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `..., with the ministry saying ...`: the subject of an absolute `with` clause speaks ------

@pytest.mark.parametrize("sentence, expected", [
    ("Kora and Lomi clashed again, with the Kora health ministry saying the toll had risen to 15.",
     [("Kora health ministry", "institution")]),
    ("The toll rose to 15, with officials saying most of the dead were civilians.", [("officials", "anonymous")]),
    ("Fighting went on, with the army claiming it had killed 20 rebels.", [("army", "anonymous")]),
    # and the clause it goes on with
    ("Fighting went on, with the army claiming 20 rebels were killed and the rebels saying they lost 3.",
     [("army", "anonymous"), ("rebels", "anonymous")]),
    ("Fighting went on, with the army claiming 20 rebels were killed and houses burning.", [("army", "anonymous")]),
    ("Shelling went on, with the fighting threatening to spread to Lomi.", []),
    # `with` giving a means or a company, no clause of its own: nothing
    ("Rebels attacked the town with rockets, killing 12 people.", []),
])
def test_the_subject_of_a_with_clause_that_says_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `12:15 Ali Musa, a spokesman for the army, said`: a live blog's time opens the clause -----

@pytest.mark.parametrize("sentence, expected", [
    ("12:15 Tomas Varga, a spokesman for the Kora army, said 40 people had been killed.", "Tomas Varga"),
    ("09:40 The Kora Peace Network, a Lomi-based group, said 40 people had been killed.", "Kora Peace Network"),
    ("21:05 GMT The Kora Peace Network, a Lomi-based group, said 40 people had been killed.", "Kora Peace Network"),
    ("8.30 The Lomi governor, Tomas Varga, said 40 people had been killed.", "Tomas Varga"),
])
def test_a_live_blogs_time_opens_the_clause_of_an_apposition(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


# --- `the Britain-based Syrian Observatory ...`: a known institution without where it is based ---

@pytest.mark.parametrize("sentence, expected", [
    ("The Britain-based Syrian Observatory for Human Rights said 12 people died.", "Syrian Observatory for Human Rights"),
    ("The New York-based Human Rights Watch said 12 people died.", "Human Rights Watch"),
    ("The London-based Amnesty International said 12 people died.", "Amnesty International"),
    # an unknown name keeps its description, as worded
    ("The Lomi-based Kora Peace Network said 12 people died.", "Lomi-based Kora Peace Network"),
])
def test_a_known_institution_is_named_without_the_description_before_it(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


# --- `The White Helmets said`: capitalised words after `the` name no person --------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The White Helmets said 11 people were killed.", ("White Helmets", "institution")),
    ("The Kora Public Relations said 11 soldiers were killed.", ("Kora Public Relations", "institution")),
    ("The KPLM-IO said its forces repulsed the attack.", ("KPLM-IO", "institution")),
    # a person's name with a title after `the` is still a person's
    ("The defence minister Tomas Varga said 11 soldiers were killed.", ("Tomas Varga", "person")),
    ("Tomas Varga said 11 soldiers were killed.", ("Tomas Varga", "person")),
])
def test_capitalised_words_after_the_name_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- the lexicon knows armed forces, rescue services and outlets of other wars ----------------

@pytest.mark.parametrize("sentences, expected", [
    (["Magen David Adom said 3 people were killed in Kora."], ("Magen David Adom", "institution", "Israel")),
    (["Hayat Tahrir al-Sham said it took the city."], ("Hayat Tahrir al-Sham", "institution", "Hayat Tahrir al-Sham")),
    (["The ISPR said 11 soldiers were killed."], ("ISPR", "institution", "Pakistan")),
    (["The SSPDF said 20 soldiers were killed."], ("SSPDF", "institution", "South Sudan")),
    (["Syria Civil Defence said 11 people were killed."], ("Syria Civil Defence", "institution", "White Helmets")),
])
def test_forces_and_services_of_other_wars_are_known(lexicon, gazetteer, sentences, expected):
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    assert [(a.speaker.name, a.speaker.kind, a.speaker.side) for a in found[-1]] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The Kora Lomi monitoring project said 30 civilians were killed in June.", "Kora Lomi monitoring project"),
    ("A Lomi-based conflict tracker said 30 civilians were killed in June.", "Lomi-based conflict tracker"),
])
def test_a_monitoring_project_or_tracker_speaks(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


# --- `according to a Telegram post by X`, `a statement posted on X by Y`: Y is the source ------

@pytest.mark.parametrize("sentence, expected", [
    ("According to a Telegram post by the regional governor, 2 people were killed in Kora.", "regional governor"),
    ("According to a statement posted on X by the Kora military, 40 targets were struck.", "Kora military"),
    ("Two people were killed, according to a Facebook post by the Lomi health ministry.", "Lomi health ministry"),
])
def test_the_maker_of_a_post_on_a_platform_is_the_source(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


def test_a_report_about_an_institution_is_none_of_its_statements(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "According to a report on the Kora army's losses, 40 soldiers died.") == [[]]


# --- `the ministry` after a spokesman of a ministry named with his role: that ministry ---------

@pytest.mark.parametrize("sentences, expected", [
    (["Kora health ministry spokesman Tomas Varga said 12 people were killed.", "The ministry said 40 were hurt."],
     ("Kora health ministry", "institution")),
    (["Tomas Varga, spokesman for the Kora health ministry, said 12 people were killed.",
      "The ministry later said 40 were hurt."], ("Kora health ministry", "institution")),
    # a role naming no such institution: as worded
    (["Defence Minister Tomas Varga said 12 soldiers were killed.", "The agency said 40 were hurt."],
     ("agency", "anonymous")),
])
def test_the_ministry_after_its_spokesman_is_his_ministry(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]
