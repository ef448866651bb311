"""Speakers in reports of wars earlier sessions barely touched (session 16): documents a
source issues (`an ISPR press release`, `the latest OCHA situation report`); `per` citing a
source (`Per OCHA, ...`, `..., per the army.`); a headline's closing source (`...: police`,
`... - officials`); `"...," read a statement from the army`;
associations, courts, municipalities and clusters; gunmen, bandits, kidnappers and pirates;
a woman, a man or a mother telling what happened; a tribunal `for the former` country;
an office's remit in lower case (`the UN special rapporteur on torture said`);
a label naming a document's issuer (`IDF statement:`, `Statement by the Kora army:`);
findings (`HRW found that`, `An Amnesty investigation found that`); a label naming an
institution at a place (`Ministry of Health in Gaza:`); `X was quoted by Y as saying`;
tribesmen, fishermen and seafarers; a centre; a firm named by its description;
a known name after its description (`Syrian state news agency SANA`); a ship
(`USS Kora reported`); coroners, prefects, governorates, chiefs and warlords. Every sentence
here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import speakers


# --- `according to an ISPR press release`: the press release is the source's document ----------

@pytest.mark.parametrize("sentence, expected", [
    ("According to an ISPR press release, 14 militants were killed in Kora district.", ("ISPR", "institution")),
    ("According to a Kora army press statement, 14 militants were killed.", ("Kora army", "institution")),
    ("According to the latest OCHA situation report, 40 clinics are closed.", ("OCHA", "institution")),
    ("According to an AMISOM communique, 40 insurgents were killed.", ("AMISOM", "institution")),
    ("According to the latest UNHCR update, 30,000 people fled to Chad.", ("UNHCR", "institution")),
    ("A press release from the Kora Front said 14 soldiers were killed.", ("Kora Front", "institution")),
])
def test_a_press_release_or_situation_report_cites_its_issuer(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Per OCHA, ...`, `..., per the army.`: `per` cites a source opening or closing a clause ----

@pytest.mark.parametrize("sentence, expected", [
    ("Per OCHA, 1.7 million people have been displaced in the strip.", ("OCHA", "institution")),
    ("Per the health ministry, 40 people were killed overnight.", ("health ministry", "institution")),
    ("As per the ISPR, 14 militants were killed.", ("ISPR", "institution")),
    ("Jets struck 40 targets in Kora overnight, per the IDF.", ("IDF", "institution")),
    ("Twelve people were killed, per local officials.", ("local officials", "anonymous")),
    ("Flour costs $3 per kilo, per the World Food Programme.", ("World Food Programme", "institution")),
])
def test_per_cites_a_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "The camp gets 12 litres per person per day.",
    "Per capita income fell 40 per cent.",
    "Casualties ran at 40 per day, per cent of them children.",
])
def test_per_of_a_rate_cites_no_one(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `Twelve killed in Kora blast: police`: a headline's closing source after a colon or dash ---

@pytest.mark.parametrize("sentence, expected", [
    ("Twelve killed in market bombing in Kora: police", ("police", "anonymous")),
    ("Three soldiers killed in Kora ambush - officials", ("officials", "anonymous")),
    ("Drone strike kills four in Kora district: security sources", ("security sources", "anonymous")),
    ("Rebels seize border town - army", ("army", "anonymous")),
    ("14 killed in strike on Kora school - Kora civil defence", ("Kora civil defence", "institution")),
    ("Kora shelled again, 8 dead: UNPROFOR", ("UNPROFOR", "institution")),
])
def test_a_headline_closing_with_a_source_cites_it(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Casualties so far: civilians",
    "Kora war - live",
    "They attacked the checkpoint - a police post.",
    "The shelling killed four people - two soldiers and two residents.",
    "Live updates: Kora war",
    "The tanks are expected to give a boost to the army. Image: Ali Musa/picture alliance",
    "Flash Update #7: Escalation in the northern West Bank",  # a place of two words, no one's name
    "Jan 9, 2025 - AFP",  # a byline's date and agency
    "Thursday 9 January 2025 - Reuters",
])
def test_a_headline_closing_with_no_source_cites_no_one(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `"...," read a statement from the army`: an inverted `read` cites the document's issuer --

@pytest.mark.parametrize("sentence, expected", [
    ('"We will respond at a time of our choosing," read a statement from the army.', ("army", "anonymous")),
    ('"The crossing is closed," read a statement from the Kora military.', ("Kora military", "institution")),
    ('"The crossing is closed until further notice," read a notice from COGAT.', ("COGAT", "institution")),
    ('"All residents must leave," read leaflets dropped by the Kora army.', ("Kora army", "institution")),
    ('"Our forces repelled the attack," read a statement issued by the RSF.', ("RSF", "institution")),
    ('"Our forces repelled the attack," read a Telegram post by the Kora Front.', ("Kora Front", "institution")),
])
def test_a_quote_read_from_a_document_cites_its_issuer(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    '"We will respond," read the statement.',
    "Children read the leaflets aloud.",
])
def test_a_read_with_no_issuer_cites_no_one(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `The Kora Farmers association said`: bodies of these kinds, and armed men, speak ---------

@pytest.mark.parametrize("sentence, expected", [
    ("The Mothers of Kora association said 8,000 men were killed.", ("Mothers of Kora association", "institution")),
    ("The Kora Journalists Syndicate said two reporters were killed.", ("Kora Journalists Syndicate", "institution")),
    ("The Kora municipality said 12 wells were destroyed.", ("Kora municipality", "institution")),
    ("The health cluster said 30 hospitals were closed.", ("health cluster", "institution")),
    ("The tribunal said 8,000 men were killed.", ("tribunal", "anonymous")),
    ("The court said the shelling was unlawful.", ("court", "anonymous")),
    ("The gunmen said they would return.", ("gunmen", "anonymous")),
    ("The kidnappers said they would release the girls.", ("kidnappers", "anonymous")),
    ("The bandits told the families to pay.", ("bandits", "anonymous")),
    ("The pirates said they wanted a ransom.", ("pirates", "anonymous")),
])
def test_associations_courts_and_armed_men_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `"...," a woman in Kora told the BBC`: unnamed people telling what they saw --------------

@pytest.mark.parametrize("sentence, expected", [
    ('"They killed my brother and his children," a woman in Kora told the BBC.', ("woman", "anonymous")),
    ("A woman said 12 people died in the shelling.", ("woman", "anonymous")),
    ('"We have not eaten for three days," said one mother at the camp.', ("mother", "anonymous")),
    ('"They took my son," a man who gave his name only as Ahmed said.', ("man", "anonymous")),
    ("A 12-year-old boy told MSF that his family was killed.", ("boy", "anonymous")),
    ("The men said they had been beaten by soldiers.", ("men", "anonymous")),
])
def test_an_unnamed_woman_or_man_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_named_woman_speaks_by_her_name(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "A woman, Amira Saleh, said 12 people died.") == [[("Amira Saleh", "person")]]


# --- `the Tribunal for the former Kora`: a word after `for the` stays inside an institution's name

@pytest.mark.parametrize("sentence, expected", [
    ("The International Criminal Tribunal for the former Yugoslavia said 8,000 men died.",
     ("International Criminal Tribunal for the former Yugoslavia", "institution")),
    ("The Special Court for the former Kora, in a ruling, said 12 died.",
     ("Special Court for the former Kora", "institution")),
    ("Minister for the occupied territories Ali Musa said 12 died.", ("Ali Musa", "person")),
])
def test_a_lower_case_word_after_for_the_is_part_of_the_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `the UN special rapporteur on torture said`: an office's remit in lower case before the verb

@pytest.mark.parametrize("sentence, expected", [
    ("The UN special rapporteur on torture said the detainees had been abused.",
     ("UN special rapporteur on torture", "institution")),
    ("The special rapporteur on the right to food said famine was imminent.",
     ("special rapporteur on the right to food", "institution")),
    ("The minister for humanitarian affairs said 12 people died.", ("minister for humanitarian affairs", "institution")),
    ("The committee on missing persons said 12 people died.", ("committee on missing persons", "institution")),
    ("The EU commissioner for crisis management said 12 people died.",
     ("EU commissioner for crisis management", "institution")),
])
def test_an_office_with_its_remit_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("The ministry for years said nothing about the camps.", []),
    ("The minister on Monday said 12 people died.", [("minister", "anonymous")]),
])
def test_a_time_after_on_or_for_is_no_remit(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


# --- `IDF statement: ...`: a label naming a document names its issuer -------------------------

@pytest.mark.parametrize("sentences, expected", [
    (["Jets struck Kora overnight.", "IDF statement: Overnight, jets struck 40 targets in Kora."], ("IDF", "institution")),
    (["Jets struck Kora overnight.", "Statement from the Kora army: 8 rebels were killed."], ("Kora army", "institution")),
    (["Jets struck Kora overnight.", "ISPR press release: 8 terrorists were killed in Kora district."],
     ("ISPR", "institution")),
])
def test_a_label_naming_a_document_names_its_issuer(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[1] == [expected]


@pytest.mark.parametrize("label", ["Official statement", "Latest update", "Statement", "The report"])
def test_a_label_naming_a_document_alone_names_no_one(lexicon, gazetteer, label):
    assert speakers(lexicon, gazetteer, "Jets struck Kora overnight.", f"{label}: 8 people were killed.")[1] == []


# --- `Human Rights Watch found that ...`: a finding is a claim of its finder -------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Human Rights Watch found that the attack killed at least 19 civilians.", ("Human Rights Watch", "institution")),
    ("HRW, in a report released on Tuesday, found that the RSF had killed 2,000 people.", ("HRW", "institution")),
    ("An Amnesty investigation found that 12 strikes were unlawful.", ("Amnesty", "institution")),
    ("A UN inquiry found that both sides committed war crimes.", ("UN", "institution")),
])
def test_a_finding_is_its_finders_claim(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Rescuers found 12 bodies under the rubble.",
    "The investigation found that 12 strikes were unlawful.",
])
def test_finding_things_or_an_unowned_finding_cites_no_one(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


# --- `Ministry of Health in Gaza: ...`: a label naming an institution at a place --------------

@pytest.mark.parametrize("label, expected", [
    ("Ministry of Health in Gaza", ("Ministry of Health in Gaza", "institution")),
    ("Health Ministry in Gaza", ("Health Ministry in Gaza", "institution")),
])
def test_a_label_naming_an_institution_at_a_place_names_it(lexicon, gazetteer, label, expected):
    found = speakers(lexicon, gazetteer, "Jets struck overnight.", f"{label}: The death toll has risen to 33,091.")
    assert found[1] == [expected]


@pytest.mark.parametrize("label", ["Breaking news in Kyiv", "Latest in Gaza", "Protests in Tehran",
                                   "Police in Mogadishu", "War in Gaza"])
def test_a_label_of_news_at_a_place_names_no_one(lexicon, gazetteer, label):
    assert speakers(lexicon, gazetteer, "Jets struck overnight.", f"{label}: 40 killed.")[1] == []


# --- `X was quoted by state media as saying`: X speaks, the one quoting only relays ------------

@pytest.mark.parametrize("sentence, expected", [
    ("Zaw Min Tun, the junta spokesman, was quoted by state media as saying 12 soldiers died.",
     ("Zaw Min Tun", "person")),
    ("Ali Musa was quoted as saying that 40 people died.", ("Ali Musa", "person")),
    ("Local officials were quoted by the Xinhua news agency as saying 40 people died.", ("local officials", "anonymous")),
    ("The governor was quoted as saying 12 soldiers died.", ("governor", "anonymous")),
])
def test_a_subject_quoted_as_saying_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Local tribesmen said`, `The Kora Centre for Human Rights said` ----------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Local tribesmen said 12 civilians were among the dead.", ("local tribesmen", "anonymous")),
    ("Fishermen said the navy fired on their boats.", ("fishermen", "anonymous")),
    ("Seafarers told the union that a missile hit the bridge.", ("seafarers", "anonymous")),
    ("The Kora Centre for Human Rights said 12 civilians were killed.", ("Kora Centre for Human Rights", "institution")),
    ("The Al Kora Center said 12 civilians were killed.", ("Al Kora Center", "institution")),
])
def test_tribesmen_fishermen_and_centres_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Ambrey, a British maritime security firm, said`: a firm is an institution ----------------

@pytest.mark.parametrize("sentence, expected", [
    ("Koravia, a British maritime security firm, said the ship was on fire.", ("Koravia", "institution")),
    ("The security firm Koravia said the ship was on fire.", ("Koravia", "institution")),
    ("The British security company Koravia said the ship was on fire.", ("Koravia", "institution")),
    ("The security firm said the ship was on fire.", ("security firm", "institution")),
])
def test_a_firm_is_an_institution(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `Syrian state news agency SANA said`: the name after its description speaks ---------------

@pytest.mark.parametrize("sentence, expected", [
    ("Syrian state news agency SANA said mortars hit the capital.", ("SANA", "institution")),
    ("Twelve died, the Syrian state news agency SANA reported.", ("SANA", "institution")),
    ("The Palestinian militant group Hamas said 12 fighters died.", ("Hamas", "institution")),
])
def test_a_known_name_after_its_description_is_the_speaker(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `USS Kora reported no damage`: a ship after its prefix is no person -----------------------

@pytest.mark.parametrize("sentence, expected", [
    ("USS Kora reported no damage.", ("USS Kora", "institution")),
    ("MT Kora Star reported a fire on board.", ("MT Kora Star", "institution")),
])
def test_a_ship_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


# --- `The coroner said`, `The Kora prefecture said`, `Tribal chiefs said` ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The coroner said 12 people died.", ("coroner", "anonymous")),
    ("The prefect of Kora said 12 people died.", ("prefect of Kora", "institution")),
    ("The Kora prefecture said 12 people died.", ("Kora prefecture", "institution")),
    ("The Kora governorate said 12 people died.", ("Kora governorate", "institution")),
    ("Tribal chiefs said 12 people died.", ("tribal chiefs", "institution")),
    ("The warlord said 12 people died.", ("warlord", "anonymous")),
])
def test_coroners_prefects_chiefs_and_warlords_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]
