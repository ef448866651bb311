"""Speakers in reports of wars earlier sessions barely touched (session 18): an unnamed plural
source right after `in what` (`in what residents called a reprisal`); a unit's ordinal (`the 3rd
Brigade`); a known group's branch after a hyphen (`Islamic State-Kora`); an outlet relaying whom it cites or
quotes (`Kora TV reported, citing security sources,`); `people familiar with the matter`; `bin`
after a particle's name (`Abd al-Kora bin Lomi`); a title closing a name, a surname (`Tom King`);
clergy's, police and hyphenated ranks' titles (`Archbishop`, `Lieutenant-General`); an envoy and where it is sent
(`Kora's ambassador to the UN`); a lab, forum or collective; a source's weekly
briefing or daily report; `another` before a source; a
commentary or editorial, its outlet's; `Xinhua learned from X that`; a gang's name opened by
`Los` or `Las`; a government-in-exile; the Shining Path and
People's Daily, known institutions; `termed` as `described`. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `in what officials described as a massacre`: the plural after `in what` speaks ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed 40 villagers in Kora in what officials described as a massacre.", ("officials", "anonymous")),
    ("Rebels killed 21 civilians near Lomi in what residents called a reprisal attack.", ("residents", "anonymous")),
    ("The army shelled the camp in what witnesses described as indiscriminate fire.", ("witnesses", "anonymous")),
    ("Bandits killed 12 farmers in what police called a revenge attack.", ("police", "anonymous")),
    ("In what officials called the worst attack in years, 40 people died in Kora.", ("officials", "anonymous")),
])
def test_an_unnamed_plural_after_in_what_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Rebels took the town, which officials call the gateway to Kora.",
    "The fighting is in what the army calls the northern sector.",
])
def test_a_name_given_after_which_or_what_is_still_no_statement(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


def test_a_source_inside_an_institution_still_speaks(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Security sources in the army said 40 soldiers were killed in Kora.") \
        == [[("security sources in the army", "anonymous")]]


# --- `the 3rd Brigade said`: a unit's ordinal is its name's -----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The 5th Fleet said its forces shot down 15 drones.", "5th Fleet"),
    ("The 3rd Brigade said it repelled an attack near Kora.", "3rd Brigade"),
    ("The US 5th Fleet said a destroyer intercepted two missiles.", "US 5th Fleet"),
    ("The 22nd Mechanized Brigade said 14 militants were killed.", "22nd Mechanized Brigade"),
    ("On 12 May the 1st Marine Division reported 300 enemy dead.", "1st Marine Division"),
])
def test_a_units_ordinal_is_part_of_its_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentence", [
    "On May 5th Russian officials said 12 drones were downed.",
    "On the 5th Russian officials said 12 drones were downed.",
])
def test_a_days_ordinal_before_a_source_is_not_its_name(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[("Russian officials", "anonymous")]]


# --- `Islamic State-Khorasan claimed`: a known group's branch, joined by a hyphen, is no person -----

@pytest.mark.parametrize("sentence, expected", [
    ("Islamic State-Khorasan claimed responsibility for the attack.", "Islamic State-Khorasan"),
    ("The Islamic State-Sahel said its fighters killed 12 soldiers.", "Islamic State-Sahel"),
])
def test_a_known_groups_hyphenated_branch_is_an_institution(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Jean-Pierre Kora said the rebels had withdrawn.", "Jean-Pierre Kora"),
    ("Ali Kora-Lomi said 12 people died.", "Ali Kora-Lomi"),
])
def test_a_hyphenated_persons_name_stays_a_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


# --- `Kora TV reported, citing security sources,` / `TASS quoted the ministry as saying`: who is
# cited or quoted speaks; the outlet only relays (a news agency counts where it reports itself) ----

@pytest.mark.parametrize("sentence, expected", [
    ("Kora TV reported, citing security sources, that 20 people were killed in Lomi.",
     [("security sources", "anonymous")]),
    ("Xinhua reported, quoting the local police, that 12 people were killed.", [("local police", "institution")]),
    ("Al Kora reported, citing a Hezbollah source, that three fighters were killed.",
     [("Hezbollah source", "anonymous")]),
    ("TASS quoted the ministry as saying that 40 soldiers were killed.", [("ministry", "anonymous")]),
    ("IRNA quoted Foreign Minister Kora Lomi as saying the strikes killed 12 people.", [("Kora Lomi", "person")]),
    ("KCNA quoted a military spokesman as saying the enemy was repelled.", [("military spokesman", "institution")]),
    ("The agency quoted local officials as saying 40 people were killed.", [("local officials", "anonymous")]),
])
def test_an_outlet_passing_on_anothers_words_is_no_speaker(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The army said, citing intelligence reports, that 40 fighters were killed.", ("army", "anonymous")),
    ("The governor said, citing drone footage, that the bridge was destroyed.", ("governor", "anonymous")),
    ("Kora TV reported, citing drone footage, that the bridge was destroyed.", ("Kora TV", "institution")),
])
def test_a_source_citing_evidence_still_speaks(lexicon, gazetteer, sentence, expected):
    assert expected in speakers(lexicon, gazetteer, sentence)[0]


# --- `two people familiar with the matter said`: `people` so qualified is a source -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Two people familiar with the matter said the talks had stalled.", "people familiar with the matter"),
    ("The talks stalled, according to three people familiar with the matter.", "people familiar with the matter"),
    ("Kora TV reported, citing three people familiar with the matter, that the talks had stalled.",
     "people familiar with the matter"),
    ("People close to the negotiations said a deal was near.", "people close to the negotiations"),
    ("Several people briefed on the talks said the truce would hold.", "people briefed on the talks"),
])
def test_people_qualified_by_what_they_know_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("People fled the town, officials said.", "officials"),
    ("Dozens of people linked to the group were arrested, police said.", "police"),
])
def test_people_unqualified_or_not_speaking_are_no_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


# --- `Abd al-Kora bin Lomi said`: `bin` after a name behind a particle is inside the name ------------

@pytest.mark.parametrize("sentence", [
    "Abd al-Kora bin Lomi said 12 people were killed.",
    "The governor, Abd al-Kora bin Lomi, said 12 people were killed.",
    "According to Abd al-Kora bin Lomi, 12 people were killed.",
])
def test_bin_after_a_particles_name_stays_in_the_name(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[("Abd al-Kora bin Lomi", "person")]]


# --- `Tom King said`: a one-word title closing a name is its surname ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Tom King said the bombing was an outrage.", "Tom King"),
    ("John Major said the talks in Belfast would go on.", "John Major"),
    ("Kora Major said 12 soldiers were killed.", "Kora Major"),
])
def test_a_title_closing_a_name_is_its_surname(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "person")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine's Commander-in-Chief said 12 soldiers were killed.", ("Ukrainian Commander-in-Chief", "institution")),
    ("Kharkiv Mayor said 12 people were killed.", ("Kharkiv Mayor", "institution")),
    ("The Kora Governor said 12 people were killed.", ("Kora Governor", "institution")),
    ("The Foreign Minister said the talks failed.", ("Foreign Minister", "institution")),
    ("Army Chief said 12 soldiers were killed.", ("Army Chief", "institution")),
])
def test_an_office_closing_a_place_or_title_stays_an_office(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Archbishop Kora Lomi said`: clergy's, police and hyphenated ranks are titles, not names ------

@pytest.mark.parametrize("title", [
    "Archbishop", "Bishop", "Cardinal", "Mullah", "Rabbi", "Rev.", "Reverend", "Pastor", "Commodore",
    "Corporal", "Lieutenant-General", "Major-General", "Brigadier-General", "Lieutenant-Colonel",
    "Superintendent", "Chief Superintendent", "Inspector", "Detective Inspector", "Constable",
])
def test_a_title_before_a_name_is_no_part_of_it(lexicon, gazetteer, title):
    sentence = f"{title} Kora Lomi said 30 villagers were buried near Lomi."
    assert speakers(lexicon, gazetteer, sentence) == [[("Kora Lomi", "person")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Julie Bishop said the attack was appalling.", ("Julie Bishop", "person")),
    ("Kora Pastor said 30 villagers were buried.", ("Kora Pastor", "person")),
    ("Kora Inspector said 30 villagers were buried.", ("Kora Inspector", "person")),
])
def test_such_a_title_closing_a_name_is_a_surname(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Kora's ambassador to the UN told the Council`: an envoy and where it is sent, one speaker ----

@pytest.mark.parametrize("sentence, expected", [
    ("Cambodia's ambassador to the UN told the Security Council that Thailand was the aggressor.",
     "Cambodian ambassador to the UN"),
    ("Sudan's representative to the United Nations said the RSF killed 400 civilians.",
     "Sudanese representative to the United Nations"),
    ("Russia's envoy to the OSCE said the monitors were biased.", "Russian envoy to the OSCE"),
    ("The US ambassador to Israel said the strikes were justified.", "US ambassador to Israel"),
    ("The EU envoy to the Sahel said the junta had expelled its monitors.", "EU envoy to the Sahel"),
])
def test_an_envoy_and_where_it_is_sent_speak_as_one(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Aid was delivered to the UN, officials said.", ("officials", "anonymous")),
    ("Speaking to the BBC, the minister said 12 people died.", ("minister", "anonymous")),
])
def test_to_after_no_envoy_joins_nothing(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Kora's Humanitarian Research Lab said`: a lab, forum or collective is an institution ---------

@pytest.mark.parametrize("sentence, expected", [
    ("Kora's Humanitarian Research Lab said satellite images showed mass graves.",
     ("Kora's Humanitarian Research Lab", "institution")),
    ("A forensic laboratory said the remains of 12 people were found.", ("forensic laboratory", "institution")),
    ("The Lomi Forum said 40 people were killed.", ("Lomi Forum", "institution")),
    ("The Lomi Collective said 40 people were killed.", ("Lomi Collective", "institution")),
])
def test_a_lab_forum_or_collective_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `According to the ministry's weekly briefing`: the ministry speaks, however often -------------

@pytest.mark.parametrize("sentence, expected", [
    ("According to the Kora Defence Ministry's weekly briefing, 42 rebels were killed.",
     ("Kora Defence Ministry", "institution")),
    ("According to the army's daily statement, 42 rebels were killed.", ("army", "anonymous")),
    ("According to a weekly briefing by the ministry, 42 rebels were killed.", ("ministry", "anonymous")),
    ("The ministry's weekly report said 42 rebels were killed.", ("ministry", "anonymous")),
    ("The Kora Defence Ministry's weekly briefing said 42 rebels were killed.", ("Kora Defence Ministry", "institution")),
])
def test_a_sources_periodic_document_is_the_sources(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "The official report said 12 people died.",
    "A weekly report said 12 people died.",
])
def test_a_document_of_no_one_is_no_speaker(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("A Kora Daily report said 12 people died.", "Kora Daily"),
    ("A Kora Weekly report said 12 people died.", "Kora Weekly"),
])
def test_a_capitalised_modifier_before_a_document_is_the_names(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `Another milblogger claimed`: `another` is an article, no part of the source -----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Another official said 12 people died.", ("official", "anonymous")),
    ("Another Russian milblogger claimed that Ukrainian forces counterattacked.", ("Russian milblogger", "institution")),
    ("12 people died in Kora, another resident said.", ("resident", "anonymous")),
    ("According to another source, 12 people died.", ("source", "anonymous")),
])
def test_another_is_no_part_of_a_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `The KCNA commentary said`: a commentary or editorial is its outlet's --------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The KCNA commentary said the drills were a rehearsal for war.", "KCNA"),
    ("The Kora Sinmun commentary claimed that the enemy had lost 40 planes.", "Kora Sinmun"),
    ("A Kora Daily editorial said the provocation must stop.", "Kora Daily"),
])
def test_a_commentary_or_editorial_is_its_outlets(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `Xinhua learned from the local government that`: whom the outlet learned it from speaks ---------

@pytest.mark.parametrize("sentence, expected", [
    ("Xinhua learned from the local government that 12 people were killed.", ("local government", "institution")),
    ("Xinhua learned from the Kora provincial emergency management department that 30 people were missing.",
     ("Kora provincial emergency management department", "institution")),
    ("The reporter learned from hospital sources that 20 people died.", ("hospital sources", "anonymous")),
])
def test_whom_an_outlet_learned_it_from_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_lessons_learned_from_a_war_are_no_source(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The army said lessons learned from the war would be applied.") \
        == [[("army", "anonymous")]]


# --- `Los Lobos claimed the attack`: a name opened by a plural article is a group's ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Los Koras claimed responsibility for the attack in a video.", "Los Koras"),
    ("Las Lomis said their leader had escaped from prison.", "Las Lomis"),
    ("The gang Los Koras said it killed 12 rivals.", "Los Koras"),
    ("The cartel Kora Lomi said it killed 12 rivals.", "Kora Lomi"),
])
def test_a_name_opened_by_a_plural_article_is_a_groups(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Carlos Los said 12 people died.", ("Carlos Los", "person")),
    ("Los Angeles police said 12 people died.", ("Los Angeles police", "institution")),
])
def test_los_elsewhere_changes_nothing(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `The Kora government-in-exile said`: a government in exile speaks -------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Kora government-in-exile said the army had burned 30 villages.", ("Kora government-in-exile", "institution")),
    ("The government-in-exile said 12 people were killed.", ("government-in-exile", "anonymous")),
])
def test_a_government_in_exile_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Shining Path said`, `People's Daily said`: two capitalised words the lexicon knows as no one's --

@pytest.mark.parametrize("sentence, expected", [
    ("Shining Path said it killed 12 soldiers near Ayacucho.", "Shining Path"),
    ("Sendero Luminoso claimed the attack on the police post.", "Sendero Luminoso"),
    ("People's Daily said the provocation must stop.", "People's Daily"),
])
def test_known_groups_and_outlets_of_two_words_are_no_people(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


# --- `in what aid workers termed a deliberate assault`: `termed` is said as `described` is -----------

@pytest.mark.parametrize("sentence, expected", [
    ("The militia attacked the camp in what the army termed a deliberate assault.", ("army", "anonymous")),
    ("The militia attacked the camp in what aid workers termed a deliberate assault.", ("aid workers", "anonymous")),
    ("Aid workers termed the shelling a deliberate assault.", ("aid workers", "anonymous")),
])
def test_termed_is_a_statement_as_described_is(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_place_the_army_terms_a_sector_is_still_no_statement(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The area, which the army terms the northern sector, was shelled.") == [[]]
