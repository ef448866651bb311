"""Speakers in reports of wars earlier sessions barely touched (session 17): an institution
whose name joins a place's or country's words to its remit with `and` (`the Kora Peace and
Human Rights Centre`); `each side` sharing out a statement among sources named elsewhere;
a ship's prefix written with a slash or stops (`M/V`, `M.V.`); a surname spelt two ways in one
report (`Kimmit` after `Mark Kimmitt`); a transcript's labels in capitals (`GEN. KORA:` speaks,
`MODERATOR:` asks); who carries or airs a document (`a statement carried by state media said`);
a tribunal's chamber and judges (`the chamber found that`, `the judges ruled that`); telex copy in capitals (`IRNA SAID ...`);
a numbered thread's post number (`4/5 Per the Red Cross, ...`); a generational suffix (`Kora Lomi
Jr.`), no surname; a radio that `broadcast that`; an obituary's family and regiment;
a source line listing institutions (`Source: OCHA, WHO`); a parliament's written answer labelled
with an office and a name in brackets; `records` or `counts` before a count (`ACLED records 120
events`); a titled owner's institution (`Field Marshal Kora Lomi's forces`), whose owner `Lomi` is later;
a post's label after its emoji or naming a person with a role; a ship's master or skipper;
an institution's name left in Spanish, Portuguese or French. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `the Kora Peace and Human Rights Centre said`: one name, its `and` inside -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Bangui Peace and Human Rights Centre said 40 civilians were killed.",
     ("Bangui Peace and Human Rights Centre", "institution")),
    ("The Liberia Peace and Reconciliation Commission said 12 villagers were killed.",
     ("Liberia Peace and Reconciliation Commission", "institution")),
    ("The Haitian Justice and Peace Commission said 60 people were killed in Cite Soleil.",
     ("Haitian Justice and Peace Commission", "institution")),
])
def test_a_place_named_remit_joined_by_and_is_one_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("Ali Musa and the Kora Security Council said 40 civilians were killed.",
     [("Ali Musa", "person"), ("Kora Security Council", "institution")]),
    ("The Kora Army and Kora Police Service said 40 rebels were killed.",
     [("Kora Army", "institution"), ("Kora Police Service", "institution")]),
    ("The Haitian National Police and Kenyan Police said 40 gang members were killed.",
     [("Haitian National Police", "institution"), ("Kenyan Police", "institution")]),
])
def test_two_sources_joined_by_and_stay_two(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `Each side blamed the other`: the sides are sources named elsewhere, not `each side` --------

@pytest.mark.parametrize("sentence", [
    "Each side blamed the other for the collapse of the truce in Juba.",
    "Either party accused the other of breaking the ceasefire.",
    "Each of the factions claimed the town.",
    "Every faction denied holding the hostages.",
])
def test_each_side_is_no_speaker(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


def test_the_sides_named_before_each_side_still_speak(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer,
                    "The SPLA said 40 soldiers were killed in Bor.",
                    "Each side blamed the other for the fighting.") == [[("SPLA", "institution")], []]


# --- `The M/V Kora Lomi reported`: a ship's prefix written with a slash or stops is a ship's ------

@pytest.mark.parametrize("sentence, expected", [
    ("The M/V Kora Lomi reported being struck by a missile off Odesa.", ("M/V Kora Lomi", "institution")),
    ("M/T Kora Star said it was hit by a drone near the port.", ("M/T Kora Star", "institution")),
    ("M.V. Kora Lomi reported an explosion near the bow.", ("M.V. Kora Lomi", "institution")),
    ("The crew of the M/V Kora Lomi said the ship was hit twice.", ("crew of the M/V Kora Lomi", "institution")),
])
def test_a_ship_after_its_slashed_prefix_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]



# --- `Kimmit said`, after `Gen. Mark Kimmitt said`: one surname spelt two ways in a report --------

@pytest.mark.parametrize("first, later, expected", [
    ("Information Minister Mohammed Saeed al-Sahhaf said US troops had been routed.",
     "Al-Sahaf said 300 US soldiers were killed.", "Mohammed Saeed al-Sahhaf"),
    ("Information Minister Mohammed Saeed al-Sahhaf said US troops had been routed.",
     "Sahaf said 300 US soldiers were killed.", "Mohammed Saeed al-Sahhaf"),
    ("Brigadier General Kora Kimmitt told reporters 14 insurgents were killed.",
     "Kimmit said the raid was a success.", "Kora Kimmitt"),
    ("Colonel Lomi Kamara said 30 rebels were killed near Makeni.",
     "Kamarah said his troops lost three men.", "Lomi Kamara"),
])
def test_a_surname_spelt_otherwise_later_is_the_same_person(lexicon, gazetteer, first, later, expected):
    assert speakers(lexicon, gazetteer, first, later) == [[(expected, "person")], [(expected, "person")]]


def test_a_surname_spelt_like_two_people_named_is_left_alone(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Colonel Lomi Kamara said 30 rebels were killed.",
                    "Major Ali Kamarah said 12 soldiers were wounded.",
                    "Kamaraa said the road was open.")[2] == [("Kamaraa", "person")]


def test_a_surname_named_in_passing_is_spelt_otherwise_later(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The raid was led by Captain Kora Rammeau in Cite Soleil.",
                    "Rameau said 40 gang members were killed.") == [[], [("Kora Rammeau", "person")]]


# --- `GEN. KORA: We destroyed 40 tanks`: a transcript's label in capitals names who speaks ---------

def test_a_transcript_label_in_capitals_names_the_briefer(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer,
                    "Briefing by Gen. Ali Kamara on the airport attack.",
                    "GEN. KAMARA: We believe 13 service members were killed.",
                    "Q: How many Afghans died?",
                    "GEN. KAMARA: I do not have a figure for that.") == [
        [], [("Ali Kamara", "person")], [], [("Ali Kamara", "person")]]


@pytest.mark.parametrize("sentence, expected", [
    ("SECRETARY LOMI: We lost 13 service members.", ("Lomi", "person")),
    ("SEC. LOMI: We lost 13 service members.", ("Lomi", "person")),
    ("LT. GEN. KORA-LOMI: The strike killed 40 fighters.", ("Kora-Lomi", "person")),
])
def test_a_titled_label_in_capitals_is_a_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "MODERATOR: Next question, please.",
    "OPERATOR: Our next question comes from the line of Ali Musa.",
    "REPORTER: How many soldiers died in the attack?",
    "KORA CITY: Forty people were killed in the market.",
    "GENERAL ASSEMBLY: The vote was 141 to 5.",
])
def test_a_transcript_label_of_who_asks_or_a_dateline_names_no_source(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `A statement carried by state media said`: who carries or airs the document speaks ----------

@pytest.mark.parametrize("sentence, expected", [
    ("A statement carried by state media said 14 people were killed in the strike.", ("state media", "institution")),
    ("A communique read on state radio said 40 enemy tanks were destroyed.", ("state radio", "institution")),
    ("A communique broadcast on Kora Radio said the attack was repelled.", ("Kora Radio", "institution")),
    ("A statement published by the Kora army said 12 soldiers were killed.", ("Kora army", "institution")),
])
def test_the_carrier_of_a_document_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "A statement posted on Telegram said 12 soldiers were killed.",
    "The report published on Monday said 40 people were killed.",
])
def test_a_day_or_feed_a_document_came_on_does_not_speak(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `The chamber found that ...`: a tribunal's chamber and judges give findings and rulings ------

@pytest.mark.parametrize("sentence, expected", [
    ("The chamber found that the accused ordered the killings at the church.", ("chamber", "anonymous")),
    ("The judges ruled that the defendant was responsible for the massacre.", ("judges", "anonymous")),
    ("The court ruled that the shelling of the town was indiscriminate.", ("court", "anonymous")),
    ("The judge said the accused showed no remorse for the killings.", ("judge", "anonymous")),
    ("The Appeals Chamber found that at least 2,000 people were killed at the parish.",
     ("Appeals Chamber", "institution")),
])
def test_a_chamber_or_judges_find_and_rule(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "The army ruled out a ceasefire in the north.",
    "The Kora Chamber of Commerce building was hit by a missile.",
])
def test_ruling_out_or_a_chamber_named_in_passing_says_nothing(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `IRNA SAID 300 SOLDIERS WERE KILLED`: telex copy in capitals is read as if in case ----------

@pytest.mark.parametrize("sentence, expected", [
    ("THE KORA HIGH COMMAND SAID IN A COMMUNIQUE THAT 40 TANKS WERE DESTROYED.", "Kora High command"),
    ("40 TANKS WERE DESTROYED EAST OF KORA, THE KORA NEWS AGENCY SAID.", "Kora news agency"),
    ("KORA DEFENCE SECRETARY ALI LOMI TOLD PARLIAMENT THAT THE FRIGATE HAD SUNK.", "Ali Lomi"),
    ("ACCORDING TO THE UN, 40 PEOPLE WERE KILLED IN THE CAPITAL.", "UN"),
    ("A SENIOR US OFFICIAL SAID 13 TROOPS WERE KILLED AT THE AIRPORT.", "senior US official"),
    ("RUF LEADER KORA SANKARA SAID HIS FIGHTERS WOULD DISARM.", "Kora Sankara"),
])
def test_a_sentence_in_capitals_names_its_speaker(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == [expected]


@pytest.mark.parametrize("sentence", [
    "KORA CITY: FORTY PEOPLE WERE KILLED IN THE MARKET.",
    "KORA WAR: DAY 400",
    "REUTERS COULD NOT INDEPENDENTLY VERIFY THE REPORT.",
])
def test_a_headline_or_note_in_capitals_names_no_speaker(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `3/5 Per the Kora Red Cross, ...`: a numbered thread's post number is no part of its words ---

@pytest.mark.parametrize("sentence, expected", [
    ("4/5 Per the Kora Red Cross, 1,800 families remain in evacuation centres.", ("Kora Red Cross", "institution")),
    ("3/5 Kora provincial crisis committee: 26 civilians dead, 246,000 displaced.",
     ("Kora provincial crisis committee", "institution")),
    ("(2/7) According to the army, 225 militants were killed.", ("army", "anonymous")),
    ("1/ The military said the fighting was confined to two districts.", ("military", "anonymous")),
])
def test_a_thread_post_number_opens_no_speaker(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Lomi said`, after `Lt. Gen. Kora Lomi Jr.`: a generational suffix is no surname -------------

def test_a_surname_before_a_suffix_is_the_persons(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Lt. Gen. Kora Lomi Jr. told reporters 40 fighters were killed.",
                    "Lomi said the strike was a success.") == [[("Kora Lomi Jr", "person")]] * 2


def test_a_transcript_label_may_give_a_full_name_with_initials_and_suffix(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "GEN. KORA F. LOMI JR.: Good afternoon. 13 soldiers were killed.",
                    "Q: How many civilians died?",
                    "GEN. LOMI: I do not have a precise number.") == [
        [("Kora F. Lomi Jr.", "person")], [], [("Kora F. Lomi Jr.", "person")]]



def test_a_radio_broadcasts_that(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Radio Kora broadcast that 40 government soldiers had surrendered.") == [
        [("Radio Kora", "institution")]]


def test_broadcast_footage_is_no_statement(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Kora television broadcast footage of 40 burned tanks.") == [[]]


# --- `His family said in a statement`: an obituary's family and regiment speak --------------------

@pytest.mark.parametrize("sentence, expected", [
    ("His family said in a statement that he died doing the job he loved.", ("family", "anonymous")),
    ("The Lomi family said soldiers had taken their son from the checkpoint.", ("Lomi family", "anonymous")),
    ("The family of the dead soldier said he had been deployed for six months.",
     ("family of the dead soldier", "institution")),
    ("In a tribute, his regiment said he was an outstanding soldier.", ("regiment", "anonymous")),
    ("The 82nd Airborne Division said 14 paratroopers were wounded.", ("82nd Airborne Division", "institution")),
])
def test_a_family_or_regiment_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_family_home_says_nothing(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The family home was hit by a shell, police said.") == [[("police", "anonymous")]]


# --- `Source: OCHA, Ministry of Health`: a source line listing institutions gives each ------------

@pytest.mark.parametrize("line, expected", [
    ("Source: OCHA, Kora Ministry of Public Health and Population",
     [("OCHA", "institution"), ("Kora Ministry of Public Health and Population", "institution")]),
    ("Sources: UNHCR, IOM, Kora Red Crescent",
     [("UNHCR", "institution"), ("IOM", "institution"), ("Kora Red Crescent", "institution")]),
    ("Source: Kora Monitor, 12 May 2023", [("Kora Monitor", "institution")]),
    ("Source: Kora health ministry, as of 14 May", [("Kora health ministry", "institution")]),
    ("Source: Amina Diallo, Head of the Kora District Administration, on Telegram", [("Amina Diallo", "person")]),
    ("Source: OCHA, Kora, Lomi", [("OCHA", "institution")]),
])
def test_a_source_line_lists_institutions(lexicon, gazetteer, line, expected):
    assert speakers(lexicon, gazetteer, line) == [expected]


# --- `The Minister for the Armed Forces (Kora Lomi): ...`: a parliament's written answer ----------

@pytest.mark.parametrize("line", [
    "The Minister for the Armed Forces (Kora Lomi): As of 12 May, 255 personnel had died.",
    "Mr Kora Lomi (Defence Secretary): The department does not hold that information.",
    "Kora Lomi (Secretary of State for Defence): 14 personnel were injured.",
])
def test_an_answer_labelled_with_an_office_and_a_name_in_brackets_is_the_persons(lexicon, gazetteer, line):
    assert speakers(lexicon, gazetteer, line) == [[("Kora Lomi", "person")]]


@pytest.mark.parametrize("line", [
    "Kora (AFP): Forty people were killed in the market.",
    "Kora City (Reuters): Forty people were killed.",
    "Update (14:00): 40 people were killed.",
])
def test_a_dateline_with_an_agency_in_brackets_names_no_source(lexicon, gazetteer, line):
    assert speakers(lexicon, gazetteer, line) == [[]]


# --- `ACLED records 120 events`: a count after `records` or `counts` makes it a verb --------------

@pytest.mark.parametrize("sentence, expected", [
    ("Last week, ACLED records 120 political violence events in Kora, with 240 reported fatalities.",
     ("ACLED", "institution")),
    ("The Kora Monitor records over 600 events involving cartels this month.", ("Kora Monitor", "institution")),
    ("The UN counts at least 1,000 civilian deaths since January.", ("UN", "institution")),
])
def test_records_or_counts_before_a_count_reports(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Hospital records show 40 people died.",
    "Medical records of the wounded were lost in the fire.",
    "The army keeps records of every strike.",
    "Every vote counts in the district.",
])
def test_records_or_counts_as_a_noun_reports_nothing(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `Field Marshal Kora Lomi's forces said`: the forces are the person's, without his titles -----

@pytest.mark.parametrize("sentence, expected", [
    ("Field Marshal Kora Lomi's forces said they shot down a drone over the capital.", "Kora Lomi's forces"),
    ("General Kora Lomi's militia said it had captured the town.", "Kora Lomi's militia"),
    ("Prime Minister Kora Lomi's government said 40 people died.", "Kora Lomi's government"),
    ("Warlord Kora Lomi's militia said it had captured the town.", "Warlord Kora Lomi's militia"),
])
def test_a_titled_owners_institution_drops_the_titles(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_a_surname_named_first_in_a_possessive_is_the_full_names(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "General Kora Lomi's forces said 12 soldiers were killed.",
                    "Lomi said the town had fallen.") == [[("Kora Lomi's forces", "institution")],
                                                          [("Kora Lomi", "person")]]


# --- `⚡️ Kora Air Force: 40 drones shot down`: a post's label after its emoji, or a named role ---

@pytest.mark.parametrize("line, expected", [
    ("\u26a1\ufe0f Kora Air Force: 40 drones shot down overnight.", ("Kora Air Force", "institution")),
    ("\U0001f1fa\U0001f1e6 Kora General Staff: 1,200 enemy troops were killed in the past day.",
     ("Kora General Staff", "institution")),
    ("\u2757\ufe0fKora Lomi, head of the regional administration: 3 people were killed.", ("Kora Lomi", "person")),
    ("Kora Lomi, head of the regional administration: 3 people were killed.", ("Kora Lomi", "person")),
])
def test_a_posts_label_after_emoji_or_with_a_role_names_its_source(lexicon, gazetteer, line, expected):
    assert speakers(lexicon, gazetteer, line) == [[expected]]


@pytest.mark.parametrize("line", [
    "Kora City, the capital: 40 people were killed.",
    "Update, 14:00: 40 people were killed.",
    "\U0001f534 Live: Kora war",
])
def test_a_label_of_a_place_or_page_still_names_no_source(lexicon, gazetteer, line):
    assert speakers(lexicon, gazetteer, line) == [[]]


# --- `The master of the vessel reported`: a ship's master or skipper speaks ----------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The master of the vessel reported an explosion near the ship.", ("master of the vessel", "institution")),
    ("The ship's master said the crew were safe.", ("ship's master", "institution")),
    ("The skipper told Reuters the trawler was hit by a drone.", ("skipper", "anonymous")),
])
def test_a_ships_master_or_skipper_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `The Secretaría de Seguridad said`: an institution's name left in Spanish, Portuguese, French -

@pytest.mark.parametrize("sentence, expected", [
    ("The Secretaría de Seguridad y Protección Ciudadana said 12 gunmen were arrested in Kora.",
     "Secretaría de Seguridad y Protección Ciudadana"),
    ("The Ministério da Defesa Nacional said 40 insurgents were killed in Kora.", "Ministério da Defesa Nacional"),
    ("The Fiscalía General del Estado de Kora said 12 bodies were found.", "Fiscalía General del Estado de Kora"),
    ("Secretaría de Seguridad said 12 gunmen were arrested.", "Secretaría de Seguridad"),
])
def test_an_institution_named_in_another_language_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_a_persons_name_joined_by_de_la_stays_a_persons(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "General Kora de la Lomi said 40 soldiers died.") == [
        [("Kora de la Lomi", "person")]]
