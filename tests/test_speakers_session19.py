"""Speakers in reports of wars earlier sessions barely touched (session 19): historians,
scholars and demographers as unnamed plural sources (`Some historians say`, `Most scholars put
the toll at`), and a university or museum as the body its researchers speak for. Every
sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `Most historians put the toll at`: scholars speak as unnamed plural sources ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Historians estimate that between 1 and 3 million people died in the blockade.", "historians"),
    ("Some historians say the offensive killed 90,000 villagers.", "Some historians"),
    ("Most historians put the toll at around 400,000.", "Most historians"),
    ("Many scholars estimate that 60,000 prisoners died in the camps.", "Many scholars"),
    ("Demographers estimate that 1.5 million people died in the famine.", "demographers"),
    ("Academics say 12,000 civilians died in the siege.", "academics"),
])
def test_scholars_speak_as_unnamed_plural_sources(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Researchers at the university said 800 people died in the raids.", "university"),
    ("The museum said 19,000 soldiers died on the first day of the offensive.", "museum"),
])
def test_a_university_or_museum_speaks_for_its_researchers(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


def test_a_named_historian_keeps_the_name(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Historian Kora Lomi estimates that 200,000 people died in the war.") \
        == [[("Kora Lomi", "person")]]


# --- `The Admiralty regrets to announce`: a wartime communique's formula speaks -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The War Office regrets to announce that 40 officers were killed in the action.", "War Office"),
    ("The Admiralty regrets to announce that HMS Kora has been sunk with the loss of 800 men.", "Admiralty"),
    ("The Air Ministry regrets to report that 12 of our aircraft are missing.", "Air Ministry"),
])
def test_regrets_to_announce_is_a_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `ANNOUNCER:`: a broadcast's own voices in a transcript are no source -------------------------

@pytest.mark.parametrize("sentence", [
    "ANNOUNCER: Forty bombers were shot down over the capital last night.",
    "NARRATOR: At least 12 people died when the shelter collapsed.",
    "PRESENTER: The siege of Kora has entered its 90th day.",
    "NEWSREADER: Twenty ships were lost in the convoy.",
])
def test_a_broadcasts_own_voice_is_no_source(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


def test_a_named_voice_in_a_transcript_still_speaks(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "GEN. LOMI: We lost 40 men at the bridge.") == [[("Lomi", "person")]]


# --- `Malawi reported three dead and Uruguay one`: the verb left out after a count ----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Chad said 13 of its soldiers were killed, while Niger reported three dead and Benin one.",
     [("Chad", "state"), ("Niger", "state"), ("Benin", "state")]),
    ("Kenya reported four dead, Uganda two and Burundi one.",
     [("Kenya", "state"), ("Uganda", "state"), ("Burundi", "state")]),
    ("The Kora Health Ministry reported 40 dead and the Lomi Health Ministry 12.",
     [("Kora Health Ministry", "institution"), ("Lomi Health Ministry", "institution")]),
])
def test_a_source_whose_verb_is_left_out_before_its_count_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Egypt said it lost 12 jets and Syria 20.", [("Egypt", "state")]),  # Syria lost them: Egypt said so
    ("Kenya reported four dead, while Uganda said Somalia lost 30 and Ethiopia 12.",
     [("Kenya", "state"), ("Uganda", "state")]),
    ("The army said 40 rebels were killed in Kora, and three in Lomi.", [("army", "anonymous")]),
])
def test_a_name_and_count_after_another_clause_is_no_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `selon le ministère`: a source cue left in the original language --------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Au moins 40 civils ont été tués, selon le ministère de la Défense.", ("ministère de la Défense", "institution")),
    ("Twelve soldiers were killed near the border, d'après le gouvernement.", ("gouvernement", "anonymous")),
    ("Twelve soldiers were killed in the ambush, selon l'armée.", ("armée", "anonymous")),
    ("At least 30 people died in the attack, según la Fiscalía General.", ("Fiscalía General", "institution")),
    ("Nine gunmen were killed, según el Ministerio de Defensa.", ("Ministerio de Defensa", "institution")),
    ("Three militants were killed, laut dem Ministerium.", ("Ministerium", "institution")),
    ("Some 200 fighters were killed, по данным Минобороны.", ("Минобороны", "institution")),
])
def test_a_source_cue_left_untranslated_names_its_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("The Laut family said 12 people died in the fire.", [("Laut family", "anonymous")]),
    ("A second strike killed four, Segundo Ruiz said.", [("Segundo Ruiz", "person")]),
    ("The convoy passed the checkpoint de la Paz at dawn.", []),
])
def test_words_of_a_foreign_cue_in_names_are_no_cue(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `CORRECTION:`, `FACTBOX:`: a page's own label in capitals is no acronym ----------------------

@pytest.mark.parametrize("sentence", [
    "CORRECTION: An earlier version of this story said 12 people were killed in the raid.",
    "FACTBOX: At least 1,200 people were killed in the siege.",
    "ANALYSIS: Six weeks on, the toll of the offensive is still unclear.",
    "EXPLAINER: How many died in the blockade?",
    "OBITUARY: He survived the first day of the offensive, when 19,000 men died.",
    "CLARIFICATION: The toll of 40 was given for the whole province.",
])
def test_a_pages_label_in_capitals_is_no_source(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("NATO: At least 1,200 people were killed in the war.", [("NATO", "institution")]),
    ("UPDATE: The army said 12 soldiers were killed.", [("army", "anonymous")]),
])
def test_an_acronym_or_a_source_after_a_pages_label_still_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `Will the Minister confirm that 40 died?`: a question asks, its subject says nothing ----------

@pytest.mark.parametrize("sentence", [
    "Will the Minister confirm that 40 civilians were killed in the raid?",
    "Did the army say how many soldiers died at the bridge?",
    "Can the Secretary of State tell the House how many servicemen died?",
    "Has the ministry confirmed that 40 soldiers were killed?",
])
def test_the_subject_of_a_yes_no_question_says_nothing(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("Mr. Lomi: Will the Minister confirm that 40 civilians were killed?", [("Lomi", "person")]),
    ("Why did the army say only 12 died?", [("army", "anonymous")]),
    ("Is it true, as the army said, that 40 soldiers died?", [("army", "anonymous")]),
])
def test_who_asks_or_said_before_the_question_still_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `according to OCHA's Flash Update #3`: a UN agency's named document is the agency's ---------

@pytest.mark.parametrize("sentence, expected", [
    ("According to OCHA's flash update, 12 people were killed in the camp.", "OCHA"),
    ("According to OCHA's Flash Update, 12 people were killed in the camp.", "OCHA"),
    ("According to OCHA's latest Flash Update, 12 people were killed in the camp.", "OCHA"),
    ("According to OCHA's Flash Update #3, 12 people were killed in the camp.", "OCHA"),
    ("According to the UNHCR Operational Update, 12,000 refugees crossed the border.", "UNHCR"),
    ("The WHO Situation Report said 40 health workers were killed.", "WHO"),
    ("OCHA's Flash Update said 40,000 people were displaced.", "OCHA"),
])
def test_a_un_agencys_named_document_is_the_agencys(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Israel's Channel 12 reported that 14 militants had been killed.", "Israeli Channel 12"),
    ("According to Channel 12, 14 militants were killed.", "Channel 12"),
])
def test_a_channels_number_stays_in_its_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `the prosecution alleges`: a trial's prosecution speaks ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The prosecution said the militia killed 1,200 civilians in the district.", ("prosecution", "anonymous")),
    ("According to the prosecution, 1,200 people died in the camps.", ("prosecution", "anonymous")),
    ("The tribunal's prosecution alleges that the accused ordered the killing of 260 prisoners.",
     ("tribunal prosecution", "institution")),
])
def test_a_trials_prosecution_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Egypt's Voice of the Arabs`: a country's possessive opens no person's name -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Egypt's Voice of the Arabs claimed 70 enemy planes had been shot down.", "Egyptian Voice of the Arabs"),
    ("Syria's Voice of the People radio said 12 tanks were destroyed.", "Syrian Voice of the People radio"),
])
def test_a_countrys_station_named_with_of_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_a_person_of_an_outlet_still_speaks_for_himself(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Kora Lomi of the Daily Tana said 40 soldiers died.") \
        == [[("Kora Lomi", "person")]]


# --- `historians now put it at 26,000`: a toll named before, put at a count ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The official toll was 13,310 dead, but Russian historians now put it at 26,000.",
     [("Russian historians", "anonymous")]),
    ("The army said it killed 150 rebels, while the rebels put their losses at 12.",
     [("army", "anonymous"), ("rebels", "anonymous")]),
    ("The regiment put its losses at 40 dead and 120 wounded.", [("regiment", "anonymous")]),
    ("Some scholars put the figure at 100,000.", [("Some scholars", "anonymous")]),
])
def test_a_toll_put_at_a_count_is_a_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_put_it_at_no_count_is_no_statement(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Aid workers put it at the top of the list.") == [[]]


# --- `The toll was given by the health ministry`: the giver of a toll or document speaks ------------

@pytest.mark.parametrize("sentence, expected", [
    ("The toll of 40 was given by the health ministry.", ("health ministry", "institution")),
    ("The figures were provided by the interior ministry.", ("interior ministry", "institution")),
    ("Figures released by the army showed 40 soldiers died in the assault.", ("army", "anonymous")),
    ("Data compiled by ACLED shows 1,200 fatalities in the border provinces since 2021.", ("ACLED", "institution")),
    ("This article has been amended to correct the death toll given by the ministry, which is 21, not 12.",
     ("ministry", "anonymous")),
])
def test_the_giver_of_a_toll_or_document_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_toll_given_by_an_unnamed_plural_source_is_theirs(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The toll given by doctors at first was lower.") \
        == [[("doctors", "anonymous")]]


# --- `Residents interviewed by Reuters said`: the agent after `by` is not who speaks ----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Residents interviewed by Reuters said 40 people died in the raid.", [("residents", "anonymous")]),
    ("Witnesses contacted by AFP said the gunmen killed 12 villagers.", [("witnesses", "anonymous")]),
    ("Survivors rescued by the navy said 40 passengers drowned.", [("survivors", "anonymous")]),
    ("Hostages freed by the rebels said 40 inmates died in the camp.", [("hostages", "anonymous")]),
    ("A statement released by the army said 12 soldiers died.", [("army", "anonymous")]),
])
def test_the_subject_before_a_participle_and_its_agent_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "The hostages were released by the militia on Sunday.",
    "Twelve prisoners were later released by the army.",
])
def test_captives_released_by_a_group_are_no_statement_of_it(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `A Human Rights Watch report from 1993 estimated`: a dated document's source speaks -------------

@pytest.mark.parametrize("sentence, expected", [
    ("A Human Rights Watch report from 1993 estimated that 50,000 to 100,000 people were killed.",
     ("Human Rights Watch", "institution")),
    ("An Amnesty International study published in May 2024 found that 40 civilians were killed.",
     ("Amnesty International", "institution")),
    ("An Amnesty International study found that 40 civilians were killed.", ("Amnesty International", "institution")),
    ("A UN report from last year said 300 children were recruited.", ("UN", "institution")),
])
def test_a_dated_documents_source_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]



# --- `Admiral Kora's headquarters announced`: a commander's headquarters speaks for him --------------

@pytest.mark.parametrize("sentence, expected", [
    ("Admiral Nimitz's headquarters announced that 4,000 enemy soldiers were killed on the atoll.", ("Nimitz", "person")),
    ("General Franco's headquarters claimed that 40 aircraft had been destroyed.", ("Franco", "person")),
    ("The army's headquarters said 12 soldiers died.", ("army headquarters", "institution")),
    ("Nationalist headquarters announced that 2,000 prisoners had been taken.", ("Nationalist headquarters", "institution")),
])
def test_a_commanders_headquarters_speaks_for_him(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `A doctor with MSF said`: the body a source works with speaks, with or without `the` ------------

@pytest.mark.parametrize("sentence, expected", [
    ("A doctor with MSF said 40 people died in the shelling.", "MSF"),
    ("An official with UNICEF said 40 children died in the camp.", "UNICEF"),
    ("A worker with Oxfam said 40 people died.", "Oxfam"),
    ("A volunteer with the Red Crescent said 40 people died.", "Red Crescent"),
])
def test_the_body_a_source_works_with_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_talks_with_a_group_are_no_source(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Talks with Hamas said to be near a deal stalled.") == [[]]


# --- `after Biafra declared independence`: an act declared is no claim; a memorial's records speak ---

@pytest.mark.parametrize("sentence, expected", [
    ("Fifty years after the region declared independence, estimates of the dead still range from 500,000 "
     "to 3 million, historians say.", [("historians", "anonymous")]),
    ("Britain declared war on Germany on 3 September 1939.", []),
    ("The junta declared martial law in the capital.", []),
    ("The army declared that 12 rebels were killed.", [("army", "anonymous")]),
])
def test_an_act_declared_is_no_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_a_war_memorial_speaks_as_an_institution(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Australian War Memorial records 8,709 Australians killed in the campaign.") \
        == [[("Australian War Memorial", "institution")]]


# --- `Turkish sources put Ottoman losses at 87,000`: any toll put at a count -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Turkish sources put Ottoman losses at 87,000.", ("Turkish sources", "anonymous")),
    ("The Red Cross puts the number of dead at 40.", ("Red Cross", "institution")),
    ("The army put enemy casualties at 12,000 killed.", ("army", "anonymous")),
])
def test_a_toll_of_any_wording_put_at_a_count_is_a_statement(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Crews put out fires at the depot.",
    "He put his hand at the door.",
])
def test_put_without_a_toll_is_no_statement(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `RT @IDF:`, `UNRWA (@UNRWA) · 12 Feb:`: a post's author before its colon -------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("RT @IDF: 14 gunmen were killed overnight in the camp.", ("IDF", "institution")),
    ("UNRWA (@UNRWA) \u00b7 12 Feb: 40,000 people displaced from the northern camps.", ("UNRWA", "institution")),
    ("OCHA (@UNOCHA) - 3h: At least 40 people were killed in the attack.", ("OCHA", "institution")),
])
def test_a_posts_author_before_its_handle_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_reply_names_no_author(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Replying to @UNRWA: at least 40,000 people displaced from the camps.") == [[]]


# --- `the Chamber found reasonable grounds to believe`: a court's warrant is its finding ------------

@pytest.mark.parametrize("sentence, expected", [
    ("Pre-Trial Chamber II found reasonable grounds to believe that the accused was responsible for 40 murders.",
     ("Pre-Trial Chamber II", "institution")),
    ("The judges found reasonable grounds to believe that 40 prisoners were executed.", ("judges", "anonymous")),
])
def test_a_courts_reasonable_grounds_are_its_finding(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `MSF teams treated 120 people, the charity said`: the sentence's opening body is `the charity` ---

@pytest.mark.parametrize("sentence, expected", [
    ("MSF teams treated 120 wounded people, the medical charity said in a press release.", ("MSF", "institution")),
    ("The ICRC visited 400 detainees, the organisation said.", ("ICRC", "institution")),
    ("Hamas fighters killed 12 soldiers, the group said.", ("Hamas", "institution")),
])
def test_a_definite_source_after_points_back_to_the_opening_body(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("The Israeli military struck 40 targets, the health ministry said.", ("health ministry", "institution")),
    ("The Kora Liberation Front attacked a base, the army said.", ("army", "anonymous")),
])
def test_a_source_of_another_kind_is_not_the_opening_body(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Our correspondent with the Eighth Army writes`: an embedded reporter is not the unit ----------

@pytest.mark.parametrize("sentence, expected", [
    ("Our correspondent with the Eighth Army writes that the enemy lost 200 tanks.", ("correspondent", "anonymous")),
    ("A reporter with the Kora Marines said 40 soldiers died at the bridge.", ("reporter", "anonymous")),
    ("A reporter with the AP said 40 people died.", ("AP", "institution")),
])
def test_an_embedded_reporter_speaks_for_himself(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]
