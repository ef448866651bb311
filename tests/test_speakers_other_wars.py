"""Speakers in reports of wars other than Ukraine's: offices, agencies, armed groups and
spokespeople as wire copy, UN updates and live blogs word them. Every name and sentence here
is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.speakers import SpeakerTracker
from helpers import speakers


@pytest.mark.parametrize("sentence, expected", [
    ("The governor of the region said three people were killed.", "regional governor"),
    ("The mayor of the city said the water supply had been cut.", "city mayor"),
    ("The mayor of the town told reporters 12 people died.", "town mayor"),
    ("\"We are under fire,\" the governor of the province said.", "provincial governor"),
    ("The head of the camp said food ran out last week.", "camp head"),
    ("The head of the district administration said 40 homes burned.",
     "head of the district administration"),
    ("The governor of Kharkiv region said shelling had eased.", "Kharkiv governor"),
])
def test_an_office_of_a_place_named_by_its_noun_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


def test_an_office_of_a_place_noun_is_the_one_named_with_the_noun_first(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The governor of the state said the road was open.",
                    "The state governor later said it was closed again.",
                    "The mayor said nothing.") == [
        [("state governor", "institution")], [("state governor", "institution")],
        [("mayor", "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("The president of the country said talks would resume.", [("president of the country", "institution")]),
    ("Residents of the town said the shelling went on all night.", [("town residents", "anonymous")]),
    ("Officials of the district said 30 homes burned.", [("district officials", "anonymous")]),
])
def test_people_of_a_place_noun_are_named_with_the_noun_first(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("According to the Kivu Medics Network, 22 civilians were killed.",
     ("Kivu Medics Network", "institution")),
    ("The Sahel Liberation Front said its fighters had left the town.",
     ("Sahel Liberation Front", "institution")),
    ("The Hamas-run civil defence agency said 31 people were killed overnight.",
     ("Hamas-run civil defence agency", "institution")),
    ("The Levant Observatory for Human Rights said clashes had killed 41 people.",
     ("Levant Observatory for Human Rights", "institution")),
    ("The country's junta said rebels had attacked a police post.",
     ("country's junta", "institution")),
    ("The region's ombudsman said 200 people were killed in the offensive.",
     ("region's ombudsman", "institution")),
])
def test_organisations_headed_by_a_front_network_junta_or_observatory(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("Interim council chairman Yusuf Adam al-Tahir said the army would not negotiate.",
     ("Yusuf Adam al-Tahir", "person")),
    ("Residents of Deir ez-Zor said fighters blocked the bridge.",
     ("Deir ez-Zor residents", "anonymous")),
])
def test_a_name_may_hold_a_lower_case_particle(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_place_before_a_relative_clause_is_no_object(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "A local official in Menaka, who asked not to be named, "
                    "said the fighters burned the market.") == [[("local official", "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Witnesses said the fighters looted homes.", [("witnesses", "anonymous")]),
    ("Residents described a night of explosions.", [("residents", "anonymous")]),
    ("The Pentagon said the drones were shot down.", [("Pentagon", "institution")]),
])
def test_unnamed_people_opening_a_sentence_are_as_anonymous_as_inside_one(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("An airstrike on a school killed 15, the civil defence said.", ("civil defence", "institution")),
    ("Rebels killed 40 villagers, the local civil society said.", ("local civil society", "institution")),
    ("Fighting went on, according to the resistance committees.", ("resistance committees", "institution")),
    ("Factions shelled the town, the Kurdish-led SDF said in a statement.", ("Kurdish-led SDF", "institution")),
    ("The Iran-backed KRM said it fired two drones.", ("Iran-backed KRM", "institution")),
])
def test_civil_bodies_and_organisations_behind_a_description(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("Aid workers in the city said fuel had run out.", ("aid workers", "anonymous")),
    ("Fighters stormed a base, a Somali officer said.", ("Somali officer", "anonymous")),
    ("Local activists said 20 people were detained.", ("local activists", "anonymous")),
    ("The Central Committee of Sahel Doctors said 144 civilians died.",
     ("Central Committee of Sahel Doctors", "institution")),
])
def test_unnamed_workers_officers_and_activists_are_anonymous(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def roles(lexicon, gazetteer, sentence: str) -> list[tuple[str, str | None]]:
    tracker = SpeakerTracker(lexicon, gazetteer, sentence)
    return [(a.speaker.name, a.speaker.role) for a in tracker.attribute(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("A spokeswoman for the agency, Hana Adeeb, said 150 children had died.",
     ("Hana Adeeb", "spokeswoman for the agency")),
    ("Tamer Haddad, a spokesman for the RSF, said the group held the town.",
     ("Tamer Haddad", "spokesman for the RSF")),
    ("A senior militia official, Idris Kamal, told reporters the talks had stalled.",
     ("Idris Kamal", "senior militia official")),
])
def test_a_described_person_takes_the_description_as_role(lexicon, gazetteer, sentence, expected):
    assert roles(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Jets struck near the border town, Syrian state media reported.", [("Syrian state media", "institution")]),
    ("Airstrikes killed 30 people in the township, local media reported.", [("local media", "institution")]),
    ("Media reports said the convoy was hit.", []),
])
def test_named_media_speak_and_media_reports_do_not(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_an_official_at_a_site_set_off_by_commas_speaks(lexicon, gazetteer):
    found = speakers(lexicon, gazetteer, "A rebel-appointed official at the plant, quoted by state media, "
                     "said radiation levels were normal.")
    assert found[0][0] == ("rebel-appointed official", "anonymous")


@pytest.mark.parametrize("sentence, expected", [
    ("Amnesty International accused the militia of war crimes.", ("Amnesty International", "institution")),
    ("Human Rights Watch said both sides had committed abuses.", ("Human Rights Watch", "institution")),
    ("Medecins Sans Frontieres said its team had treated 60 patients.", ("Medecins Sans Frontieres", "institution")),
    ("The paramilitary said it had shot down a drone.", ("paramilitary", "anonymous")),
])
def test_rights_groups_and_paramilitaries_are_no_people(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_the_group_is_the_institution_that_spoke_last(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Hamas said it would study the proposal.",
                    "The group said on its channel that talks had stalled.") == [
        [("Hamas", "institution")], [("Hamas", "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("The junta's spokesman, Kyaw Min Lwin, said troops had repelled attacks.",
     ("Kyaw Min Lwin", "junta's spokesman")),
    ("The army's chief spokesman, Nabil Abdalla, said the town was retaken.",
     ("Nabil Abdalla", "army's chief spokesman")),
])
def test_a_possessed_role_before_a_name_is_its_role(lexicon, gazetteer, sentence, expected):
    assert roles(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("\"The city is starving,\" said Idris Kamal, a doctor at the main hospital.",
     ("Idris Kamal", "doctor at the main hospital")),
    ("\"We will not leave,\" said Yasir Omer, a spokesman for the resistance committees, on Monday.",
     ("Yasir Omer", "spokesman for the resistance committees")),
    ("\"Nothing is left,\" said Amal Idris, whose house burned.", ("Amal Idris", None)),
])
def test_a_person_named_after_an_inverted_verb_takes_the_description_as_role(lexicon, gazetteer, sentence, expected):
    assert roles(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The talks resumed amid media reports that 12 soldiers were killed.", []),
    ("Despite army claims, 40 civilians died, the ministry said.", [("ministry", "anonymous")]),
    ("Amid media reports of 40 deaths, the army said it had withdrawn.", [("army", "anonymous")]),
    ("The Near East Relief Agency said 12 people died.",
     [("Near East Relief Agency", "institution")]),
])
def test_a_preposition_before_a_source_word_ends_the_source(lexicon, gazetteer, sentence, expected):
    """'amid media reports' is no source named 'amid media'; a preposition opening the
    sentence ('Despite army claims') is none either, inside a name ('Near East') it stays."""
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def described(lexicon, gazetteer, sentence: str) -> list[tuple[str, str | None, str | None]]:
    tracker = SpeakerTracker(lexicon, gazetteer, sentence)
    return [(a.speaker.name, a.speaker.role, a.speaker.side) for a in tracker.attribute(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Sudan's army spokesman, Nabil Abdallah, said the attack was repelled.",
     ("Nabil Abdallah", "army spokesman", "Sudan")),
    ("Somalia's information minister, Abdirahman Yusuf, said 30 militants were killed.",
     ("Abdirahman Yusuf", "information minister", "Somalia")),
    ("Spokesman of the Sudanese army, Khalid Osman, said the bridge was retaken.",
     ("Khalid Osman", "Spokesman of the Sudanese army", "Sudan")),
    ("Foreign Minister of Yemen, Ahmed Awad, said talks had failed.",
     ("Ahmed Awad", "Foreign Minister of Yemen", "Yemen")),
    ("Yemen's foreign minister Ahmed Awad said talks had failed.",
     ("Ahmed Awad", "foreign minister", "Yemen")),
    ("Mali's defence minister Sadio Kone told reporters the base was retaken.",
     ("Sadio Kone", "defence minister", "Mali")),
    ("Myanmar's junta spokesman, Zaw Min Htun, said troops had repelled attacks.",
     ("Zaw Min Htun", "junta spokesman", "Myanmar")),
])
def test_a_country_s_role_before_a_name_gives_role_and_side(lexicon, gazetteer, sentence, expected):
    """A country's possessive opening the role is the person's side, the rest the role."""
    assert described(lexicon, gazetteer, sentence) == [expected]


def test_a_country_s_role_set_off_by_commas_names_the_person_later(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Chad's army spokesman, Idriss Mahamat, said the town held.",
                    "Chad's army spokesman later said the road was cut.") == [
        [("Idriss Mahamat", "person")], [("Idriss Mahamat", "person")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Air defence units said 41 drones were shot down.", ("air defence units", "institution")),
    ("Rescue teams reported 12 bodies under the rubble.", ("rescue teams", "institution")),
    ("Civil defence crews said the fire was put out.", ("civil defence crews", "institution")),
    ("Aid groups said the convoy had been turned back.", ("aid groups", "institution")),
    ("UN agencies warned that famine was spreading.", ("UN agencies", "institution")),
    ("Humanitarian organisations said access was blocked.", ("humanitarian organisations", "institution")),
    ("Clan elders said 14 people were killed in the raid.", ("clan elders", "anonymous")),
    ("Community leaders said the water had run out.", ("community leaders", "anonymous")),
    ("Villagers said the gunmen arrived at dawn.", ("villagers", "anonymous")),
    ("Displaced families told aid workers they had fled on foot.", ("displaced families", "anonymous")),
])
def test_plural_units_bodies_and_people_speak_as_worded(lexicon, gazetteer, sentence, expected):
    """A plural unit, body or group of people is a source as the report words it."""
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence", [
    "Shelling forced families to flee the town overnight.",
    "The strike hit two aid groups working near the border.",
])
def test_plural_body_words_without_a_reporting_verb_are_no_speaker(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("The governor of the besieged province said 200 homes were destroyed.",
     ("provincial governor", "institution")),
    ("The mayor of the devastated town said 30 people were missing.", ("town mayor", "institution")),
    ("Residents of the flooded village said the water rose overnight.",
     ("village residents", "anonymous")),
    ("The director of the main hospital said 50 wounded were admitted.",
     ("director of the main hospital", "institution")),
    ("The commander of the besieged garrison said the line held.",
     ("commander of the besieged garrison", "institution")),
    ("The chairman of the local relief committee said aid had arrived.",
     ("chairman of the local relief committee", "institution")),
    ("The spokesman for the ruling military council said talks would resume.",
     ("spokesman for the ruling military council", "institution")),
    ("The hospital director said 12 bodies were brought in.", ("hospital director", "institution")),
])
def test_a_role_of_a_described_object_speaks(lexicon, gazetteer, sentence, expected):
    """Adjectives inside the object of `of`/`for` (`the besieged province`) keep the role
    the subject; an office of a place noun speaks as that office (`provincial governor`)."""
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_lower_case_object_of_of_is_no_speaker_by_itself(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Most of the wounded said they had waited for days.") == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("\"The shooting does not stop,\" said a resident of Omdurman reached by phone.",
     ("Omdurman resident", "anonymous")),
    ("\"We have no fuel left,\" said a doctor at the main hospital contacted by reporters.",
     ("doctor", "anonymous")),
])
def test_a_participle_with_by_ends_a_source_after_the_verb(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("The junta-appointed chief minister of Rakhine State, Htun Aung, said 20 were killed.",
     ("Htun Aung", "junta-appointed chief minister of Rakhine State", None)),
    ("A rebel-backed regional governor, Kofi Mensah, said the road was open.",
     ("Kofi Mensah", "rebel-backed regional governor", None)),
])
def test_a_hyphenated_description_before_a_role_keeps_the_role(lexicon, gazetteer, sentence, expected):
    assert described(lexicon, gazetteer, sentence) == [expected]


def full(lexicon, gazetteer, *sentences: str) -> list[list[tuple[str, str | None, str | None, str]]]:
    """Per sentence, (name, role, side, kind) of each speaker, resolved once the report is read."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    return [[(s.name, s.role, s.side, s.kind) for s in (tracker.resolve(a.speaker) for a in atts)]
            for atts in found]


@pytest.mark.parametrize("sentence, expected", [
    ("The General Staff of the Armed Forces of Costa Rica reports that 14 raiders were caught.",
     ("General Staff of the Armed Forces of Costa Rica", None, "Costa Rica", "institution")),
    ("The General Directorate of Civil Protection said 12 people died in the floods.",
     ("General Directorate of Civil Protection", None, None, "institution")),
    ("The National Directorate of Security said five suspects were held.",
     ("National Directorate of Security", None, None, "institution")),
    ("The General Command of the Kivu Defence Forces said 12 fighters were killed.",
     ("General Command of the Kivu Defence Forces", None, None, "institution")),
    ("The General Secretariat of the Council said the meeting was postponed.",
     ("General Secretariat of the Council", None, None, "institution")),
    ("The Federal Bureau of Inquiries said it was looking into the blast.",
     ("Federal Bureau of Inquiries", None, None, "institution")),
    ("General Tomas Ferrer said the town was taken.", ("Tomas Ferrer", "General", None, "person")),
])
def test_general_before_an_institution_word_names_the_institution(lexicon, gazetteer, sentence, expected):
    """`General` is a title before a name, but part of the name before an institution word
    (`General Staff`, `General Directorate`); nor does a country's second word (`Rica` of
    `Costa Rica`) make a person, nor a name after `The`."""
    assert full(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("Only 12 fuel tankers crossed into the province on Tuesday, down from 80 before the siege, "
     "the UN agency for displaced families (UNADF) said.", [("UN agency for displaced families", "institution")]),
    ("Two clinics closed, the Northern Relief Coordination Office (NRCO) said on Monday.",
     [("Northern Relief Coordination Office", "institution")]),
    ("The wells ran dry, the regional water authority (RWA) said.",
     [("regional water authority", "institution")]),
    ("Some 40 people were killed, according to the Sahel Health Coordination Office and the "
     "regional relief agency.", [("Sahel Health Coordination Office", "institution"),
                                 ("regional relief agency", "institution")]),
    ("Food ran out in three camps, according to the Office for Refugee Affairs and the Red Lion Society.",
     [("Office for Refugee Affairs", "institution"), ("Red Lion Society", "institution")]),
    ("Nine were hurt, according to the Ministry of Health and Social Affairs.",
     [("Ministry of Health and Social Affairs", "institution")]),
])
def test_an_inverted_source_defined_by_an_acronym_or_joined_by_and_speaks(lexicon, gazetteer, sentence, expected):
    """A name an acronym in brackets defines is the subject as the name is worded, lower-case
    words and all; `according to A and the B` cites both (one name may hold `and` itself)."""
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_an_acronym_defined_in_brackets_is_the_name_it_defines(lexicon, gazetteer):
    """Defined anywhere in the report, before or after: names learnt later apply."""
    assert speakers(lexicon, gazetteer,
                    "KDWA said 14 wells had been repaired.",
                    "Aid from the Kora District Water Authority (KDWA) reached 3 villages on Monday.",
                    "KDWA said 300 families had been supplied.") == [
        [("Kora District Water Authority", "institution")], [],
        [("Kora District Water Authority", "institution")]]


def test_an_acronym_defined_with_lower_case_words_is_that_name(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer,
                    "Fuel ran out, the UN agency for displaced families (UNADF) said.",
                    "The UNADF said on Monday 12 trucks had crossed.") == [
        [("UN agency for displaced families", "institution")],
        [("UN agency for displaced families", "institution")]]


def test_wordings_of_one_known_institution_are_one_speaker_in_a_report(lexicon, gazetteer):
    tracker = SpeakerTracker(lexicon, gazetteer, "")
    sentences = ["The UN said 40 trucks entered the enclave.",
                 "The United Nations said later that 12 more had crossed."]
    found = [a.speaker for s in sentences for a in tracker.attribute(s)]
    assert [(s.name, s.canonical) for s in map(tracker.resolve, found)] == [
        ("United Nations", "United Nations")] * 2


@pytest.mark.parametrize("sentences, expected", [
    (["The Kora District Water Authority (KDWA) opened two depots.",
      "The representatives of the KDWA said the road was closed."],
     [[], [("Kora District Water Authority", "institution")]]),
    (["A spokesperson for the Northern Relief Office said 12 trucks arrived."],
     [[("Northern Relief Office", "institution")]]),
    (["Representatives of the Kivu Medics Network said 40 were hurt."],
     [[("Kivu Medics Network", "institution")]]),
    (["A spokeswoman for UNICEF told reporters the schools were shut."],
     [[("UNICEF", "institution")]]),
    (["The representative of the formation said the fighters would withdraw."],
     [[("representative of the formation", "institution")]]),
    (["The spokesman for the ruling military council said talks would resume."],
     [[("spokesman for the ruling military council", "institution")]]),
])
def test_a_voice_of_a_named_institution_is_the_institution(lexicon, gazetteer, sentences, expected):
    """Spokespeople and representatives of a named institution speak for it; of an unnamed,
    lower-case one they stay as worded."""
    assert speakers(lexicon, gazetteer, *sentences) == expected


@pytest.mark.parametrize("sentences", [
    ["This was reported by the head of the Kora district administration Amadou Sissoko.",
     "Later, the head of the Kora district administration said 12 houses burned."],
    ["The head of the Kora district administration said 12 houses burned.",
     "This was confirmed by the head of the Kora district administration Amadou Sissoko."],
])
def test_a_description_that_is_a_named_person_s_role_is_that_person(lexicon, gazetteer, sentences):
    assert full(lexicon, gazetteer, *sentences) == [
        [("Amadou Sissoko", "head of the Kora district administration", None, "person")]] * 2


def test_a_description_of_a_known_person_s_role_is_that_person_when_named(lexicon, gazetteer):
    def name_and_kind(*sentences):
        return [[(name, kind) for name, _, _, kind in said] for said in full(lexicon, gazetteer, *sentences)]

    named = name_and_kind("Andrii Sybiha flew to Warsaw on Monday.",
                          "The Ukrainian foreign minister told reporters the talks went well.")
    unnamed = name_and_kind("The Ukrainian foreign minister told reporters the talks went well.")
    assert (named, unnamed) == ([[], [("Andrii Sybiha", "person")]],
                                [[("Ukrainian foreign minister", "institution")]])


def test_a_role_two_people_named_in_a_report_share_stays_a_description(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer,
                    "The district head Ali Musa and the district head Omar Bello met on Monday.",
                    "The district head said the road would reopen.")[1] == [("district head", "institution")]


@pytest.mark.parametrize("sentences, expected", [
    # "the army" points back at armed forces only, never at a civil office that spoke
    (["An air strike killed 12 people in Kora, the district health office said.",
      "The army said only 4 people were killed."],
     [[("district health office", "institution")], [("army", "anonymous")]]),
    (["The National Gendarmerie said 3 attackers were killed.", "The military said the road was open."],
     [[("National Gendarmerie", "institution")], [("military", "anonymous")]]),
    # ... but at a state's military named otherwise
    (["The Kora Defence Ministry said 3 attackers were killed.", "According to the military, the road was open."],
     [[("Kora Defence Ministry", "institution")], [("Kora Defence Ministry", "institution")]]),
    (["The General Staff of the Kora Armed Forces said 12 raiders were killed.",
      "The army said its losses were light."],
     [[("General Staff of the Kora Armed Forces", "institution")],
      [("General Staff of the Kora Armed Forces", "institution")]]),
    # a civil head still points back at the latest institution
    (["The Kora Liberation Front said 12 of its fighters were killed.",
      "The group said it would fight on."],
     [[("Kora Liberation Front", "institution")], [("Kora Liberation Front", "institution")]]),
])
def test_the_army_points_back_at_no_civil_office(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sons of the Valley announced it had taken the town.", ("Sons of the Valley", "institution")),
    ("Sons of the Valley (SOV) announced it had taken the town.", ("Sons of the Valley", "institution")),
    ("Movement for Justice and Equality said its fighters had repelled an attack.",
     ("Movement for Justice and Equality", "institution")),
    ("Friends of the Kora Hills said 12 families had fled.", ("Friends of the Kora Hills", "institution")),
])
def test_a_capitalised_name_joined_by_of_the_is_an_organisation(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_an_acronym_of_an_organisation_named_with_of_the_speaks_as_it(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Sons of the Valley (SOV) announced it had taken the town.",
                    "The SOV said 12 fighters were killed.") == [
        [("Sons of the Valley", "institution")], [("Sons of the Valley", "institution")]]


@pytest.mark.parametrize("sentence", [
    "The Kora Liberation Front and the Valley Defence Force announced a ceasefire on Monday.",
    "The Kora Liberation Front (KLF) and the Valley Defence Force (VDF) announced a truce.",
    "Kora Liberation Front and Valley Defence Force said they would talk.",
])
def test_two_organisations_joined_by_and_both_speak(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [
        [("Kora Liberation Front", "institution"), ("Valley Defence Force", "institution")]]


def test_the_objects_of_a_preposition_are_no_pair_of_subjects(lexicon, gazetteer):
    found = speakers(lexicon, gazetteer, "Fighting went on in Kora and Amadou Sissoko said the town was lost.")
    assert ("Kora", "state") not in found[0] and ("Kora", "institution") not in found[0]


@pytest.mark.parametrize("sentence, expected", [
    ("Amadou Sissoko, the head of a militia fighting for Kora, has said the town will not fall.",
     ("Amadou Sissoko", "head of a militia fighting for Kora")),
    ("Ali Musa, a commander of the Valley Defence Force, has also said the road was cut.",
     ("Ali Musa", "commander of the Valley Defence Force")),
    ('"We have no water," said Amadou Sissoko, director of the Kora hospital.',
     ("Amadou Sissoko", "director of the Kora hospital")),
    ('"It is over," said Ali Musa, deputy head of the Kora camp.', ("Ali Musa", "deputy head of the Kora camp")),
    ("A spokesman for Kora's army, Captain Ali Musa, said the town was calm.",
     ("Ali Musa", "spokesman for Kora's army")),
])
def test_a_person_described_by_an_apposition_speaks_with_its_role(lexicon, gazetteer, sentence, expected):
    assert [(name, role) for name, role, _, _ in full(lexicon, gazetteer, sentence)[0]] == [expected]


def test_adding_is_no_role_after_an_inverted_speaker(lexicon, gazetteer):
    found = full(lexicon, gazetteer, '"We have no water," said Ali Musa, adding the head of the camp had fled.')
    assert found == [[("Ali Musa", None, None, "person")]]


@pytest.mark.parametrize("first", [
    "The Kora Liberation Front said 10 fighters were killed.",
    "The Rapid Support Forces said they had taken the base.",
    "The United Nations said 30,000 people had fled.",
])
def test_the_army_is_no_other_institution_that_spoke_before(lexicon, gazetteer, first):
    found = speakers(lexicon, gazetteer, first, "The army, led by General Ali Musa, said it had retaken the bridge.")
    assert found[1] == [("army", "anonymous")]


def test_the_army_is_the_one_named_so_before(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Valley army said it had retaken the bridge.",
                    "The army said 12 soldiers were killed.") == [
        [("Valley army", "institution")], [("Valley army", "institution")]]


@pytest.mark.parametrize("sentence", [
    "The army shared power with civilians until 2021.",
    "Amadou Sissoko said goodbye to his family before leaving.",
    "The Valley Defence Force released 20 prisoners on Monday.",
    "The Kora Liberation Front released the hostages in the town.",
])
def test_objects_that_make_a_reporting_verb_no_statement(lexicon, gazetteer, sentence):
    assert speakers(lexicon, gazetteer, sentence) == [[]]


@pytest.mark.parametrize("sentence, expected", [
    ("The army confirmed the hostages were dead.", "army"),
    ("The ministry said the bodies of 12 soldiers were recovered.", "ministry"),
    ("The army said hostages were moved to the camp.", "army"),
    ("The army said the prisoners in the camp were freed.", "army"),
    ("The army released a video showing the strike.", "army"),
])
def test_a_statement_about_hostages_or_bodies_still_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "anonymous")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Gaza's civil defence agency said 31 people were killed.", "Gaza civil defence agency"),
    ("Tigray's regional government said the road was open.", "Tigray regional government"),
    ("Sudan's army said it had retaken the bridge.", "Sudanese army"),
])
def test_a_place_possessive_becomes_its_adjective_or_its_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][0][0] == expected


def test_plural_members_point_back_at_the_group_named_by_the_singular(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Kora Volunteer Network said 12 people died in the strike.",
                    "According to the volunteers, the bodies were buried in a mass grave.") == [
        [("Kora Volunteer Network", "institution")], [("Kora Volunteer Network", "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("The Iran-aligned Houthis said they fired missiles at a ship.", ("Houthis", "institution")),
    ("The al-Qaeda-linked Group to Support Islam and Muslims claimed the attack.",
     ("Group to Support Islam and Muslims", "institution")),
    ("Islamic State Sahel Province claimed responsibility for the ambush.",
     ("Islamic State Sahel Province", "institution")),
    ("The Revolutionary Armed Forces of Kora said they would lay down arms.",
     ("Revolutionary Armed Forces of Kora", "institution")),
    ("Kora militiamen said they controlled the town.", ("Kora militiamen", "anonymous")),
])
def test_armed_groups_are_named_as_worded(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_an_institution_named_before_its_description_speaks(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer,
                    "The Kora Unity Council, the valley's shadow administration, said the school was bombed.",
                    "The valley's shadow administration said 12 pupils died.") == [
        [("Kora Unity Council", "institution")], [("Kora Unity Council", "institution")]]


def test_a_description_of_a_rank_and_name_gives_the_role(lexicon, gazetteer):
    found = full(lexicon, gazetteer, "The Kora army's spokesman, Brigadier General Ali Musa, said the road was cut.")
    assert [(name, role) for name, role, _, _ in found[0]] == [("Ali Musa", "Kora army's spokesman")]


@pytest.mark.parametrize("sentence, expected", [
    ("Local authorities said the road was cut.", "local authorities"),
    ("Medical sources said 3 people died.", "medical sources"),
    ("Aid workers said the road was cut.", "aid workers"),
    ("Russian officials said the road was cut.", "Russian officials"),
    ("UN officials said the road was cut.", "UN officials"),
    ("Kora officials said the road was cut.", "Kora officials"),
    ("Security Service of Kora said the road was cut.", "Security Service of Kora"),
])
def test_a_description_opening_a_sentence_reads_as_mid_sentence(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][0][0] == expected


def test_a_description_opening_a_sentence_and_mid_sentence_is_one_speaker(lexicon, gazetteer):
    from conflict_digest.models import Report
    from conflict_digest.pipeline import Extractor
    extractor = Extractor(gazetteer, lexicon)
    text = ("Shelling killed 11 people, according to local authorities. "
            "Local authorities said the toll had risen to 14.")
    report = Report(path="a.txt", text=text, date="2025-06-12", date_source="header")
    assert [(s.speaker.name, s.mentions) for s in extractor.extract(report).speakers] == [("local authorities", 2)]


@pytest.mark.parametrize("sentence, expected", [
    ("The doctors' union said the figure was higher.", ("doctors' union", "institution")),
    ("A resident who declined to be named said the town was empty.", ("resident", "anonymous")),
    ("Residents who fled the town said the rebels had drones.", ("residents", "anonymous")),
    ("The Health Ministry in Gaza said the death toll had risen to 230.", ("Health Ministry in Gaza", "institution")),
    ("The Health Ministry in Kora said the death toll had risen to 230.", ("Health Ministry", "institution")),
    ("The UN's International Organization for Migration said 10,000 people fled.",
     ("International Organization for Migration", "institution")),
])
def test_subjects_with_plural_possessives_relative_clauses_places_and_possessives(
        lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("The head of the UN agency for refugees, Amina Diallo, said the camp was full.",
     ("Amina Diallo", "head of the UN agency for refugees", "person")),
    ("Ahmed Hassan, 45, a farmer from Kora, said his house was destroyed.",
     ("Ahmed Hassan", "farmer from Kora", "person")),
    ("Mohamed, a 32-year-old teacher, said he fled with his children.",
     ("Mohamed", "32-year-old teacher", "person")),
    ("Kora Lawyers, a rights group, said the militia had killed 20 villagers.",
     ("Kora Lawyers", None, "institution")),
])
def test_appositions_of_ages_roles_and_organisations(lexicon, gazetteer, sentence, expected):
    assert [(name, role, kind) for name, role, _, kind in full(lexicon, gazetteer, sentence)[0]] == [expected]


def test_its_spokesman_and_the_group_point_back_at_the_front(lexicon, gazetteer):
    found = full(lexicon, gazetteer, "The Kora Liberation Front said 10 fighters were killed.",
                 "Its spokesman, Ali Musa, said the group would retaliate.",
                 "The group also said it had downed a drone.",
                 "The ministry said the drone was a decoy.")
    assert [[(name, role) for name, role, _, _ in s] for s in found] == [
        [("Kora Liberation Front", None)], [("Ali Musa", "spokesman")], [("Kora Liberation Front", None)],
        [("ministry", None)]]


@pytest.mark.parametrize("sentence, expected", [
    ("The Kora army and the Valley Front both said they had hit military targets.",
     [("Kora army", "institution"), ("Valley Front", "institution")]),
    ("The Valley Front and allied militias were accused by the UN of ethnic cleansing.",
     [("UN", "institution")]),
])
def test_conjoined_subjects_and_passive_agents(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Two security sources told reporters that the ship was hit.", ("security sources", "anonymous")),
    ("Three officials said the convoy was attacked.", ("officials", "anonymous")),
    ("A statement from the presidency said the president had met the envoy.", ("presidency", "anonymous")),
])
def test_counts_before_anonymous_sources_and_the_presidency(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_abbreviated_ranks_are_no_part_of_the_name(lexicon, gazetteer):
    found = full(lexicon, gazetteer, "Rebel spokesman Lt. Col. Ali Musa told AFP that the rebels had taken the airport.")
    assert [name for name, _, _, _ in found[0]] == ["Ali Musa"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Kora Liberation Front, in a statement issued late on Monday, said its fighters had withdrawn.",
     ("Kora Liberation Front", None)),
    ("The Valley Front, in its weekly statement published on Telegram, claimed 12 attacks.",
     ("Valley Front", None)),
    ("The Kora Food Programme's country director, Ahmed Hassan, warned of famine.",
     ("Ahmed Hassan", "Kora Food Programme's country director")),
])
def test_statement_clauses_and_long_possessive_roles(lexicon, gazetteer, sentence, expected):
    assert [(name, role) for name, role, _, _ in full(lexicon, gazetteer, sentence)[0]] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The Valley Human Rights Monitor, a network of activists, documented 300 killings.",
     [("Valley Human Rights Monitor", "institution")]),
    ("The Kora rights office has recorded 1,200 civilian deaths since January.",
     [("Kora rights office", "institution")]),
    ("The monitoring group counted 45 air strikes last week.", [("monitoring group", "institution")]),
    ("The interim council said elections would be held.", [("interim council", "institution")]),
    ("A recorded message from the commander was broadcast on Monday.", []),
    ("The video, recorded on Monday, showed burned houses.", []),
])
def test_monitors_document_record_and_count(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Juan Carlos de la Cruz, the mayor of the town, said the guerrillas had left.",
     ("Juan Carlos de la Cruz", "mayor of the town")),
    ("Sheikh Ahmed bin Hassan, the tribal leader, said the talks had failed.", ("Ahmed bin Hassan", "tribal leader")),
    ("Abdi Mohamed Farah, a district commissioner, said 15 people were killed.",
     ("Abdi Mohamed Farah", "district commissioner")),
    ("Mayor Ana Maria dos Santos said the guerrillas had left.", ("Ana Maria dos Santos", "Mayor")),
])
def test_names_with_lower_case_joiners_and_more_roles(lexicon, gazetteer, sentence, expected):
    assert [(name, role) for name, role, _, _ in full(lexicon, gazetteer, sentence)[0]] == [expected]


def test_a_party_speaks(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Ali Musa's party said the elections were a sham.") == [
        [("Ali Musa's party", "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    ("According to a tally by the Valley Monitoring Group, 300 civilians died in May.",
     [("Valley Monitoring Group", "institution")]),
    ("According to the latest UN figures, 2 million people have fled.", [("UN", "institution")]),
    ("According to a Reuters tally, 45 people died.", [("Reuters", "institution")]),
    ("According to the Kora Front's latest figures, 45 people died.", [("Kora Front", "institution")]),
    ("According to the report, 45 people died.", []),
])
def test_a_document_cited_is_its_source(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


def test_a_person_cited_takes_the_role_after_the_name(lexicon, gazetteer):
    found = full(lexicon, gazetteer, "According to Amina Diallo, a spokeswoman for the Kora Red Crescent, "
                 "12 volunteers were killed.")
    assert [(name, role) for name, role, _, _ in found[0]] == [("Amina Diallo", "spokeswoman for the Kora Red Crescent")]


@pytest.mark.parametrize("sentence, expected", [
    ("Kora public broadcaster Nadi said the talks had resumed.", ("Nadi", "institution")),
    ("The rights group Kora Watch said 12 people were detained.", ("Kora Watch", "institution")),
    ("The Times of Kora reported that two soldiers were wounded.", ("Times of Kora", "institution")),
    ("The Valley Tribune reported that 20 people were killed.", ("Valley Tribune", "institution")),
    ("State-run Kora TV said the president had addressed the nation.", ("State-run Kora TV", "institution")),
    ("Residents of Deir ez-Zor said fighters blocked the bridge.", ("Deir ez-Zor residents", "anonymous")),
])
def test_media_and_groups_named_after_their_kind_are_no_people(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_a_described_group_points_back_at_the_organisation_that_spoke(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Kora Liberation Front said on Tuesday it had seized the base.",
                    "Kora officials said the base was still held.",
                    "The rebel group said it had captured 200 soldiers.",
                    "A rebel group said it had joined the offensive.") == [
        [("Kora Liberation Front", "institution")], [("Kora officials", "anonymous")],
        [("Kora Liberation Front", "institution")], [("rebel group", "institution")]]


def test_the_military_is_the_army_that_spoke(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Rapid Support Forces said they had taken the base.",
                    "The Kora army said it had repelled the attack.",
                    "The military added that 40 fighters were killed.") == [
        [("Rapid Support Forces", "institution")], [("Kora army", "institution")], [("Kora army", "institution")]]


def test_a_person_introduced_with_a_role_is_the_he_that_speaks_next(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Ali Musa, a Kora farmer, lost his house in the strike.",
                    "\"We have nothing left,\" he told reporters.") == [[], [("Ali Musa", "person")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Kora officials confirm that 2,000 people have died.", ("Kora officials", "anonymous")),
    ("Aid workers warn that the camp will run out of water.", ("aid workers", "anonymous")),
    ("Rebels insist they control the town.", ("rebels", "anonymous")),
])
def test_plural_present_reporting_verbs(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_an_estimate_is_a_noun(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "It made no comment on the Kora estimate of losses.") == [[]]


def test_fighters_are_anonymous_and_no_ministry_points_back_at_them(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "Soldiers said the rebels had fled.",
                    "The ministry updated its toll to 45.") == [[("soldiers", "anonymous")], [("ministry", "anonymous")]]


@pytest.mark.parametrize("sentences, expected", [
    # an agent phrase between a subject and its verb is not the subject
    (["Kora rebels backed by Lomi said they had taken the town."], [[("Kora rebels", "anonymous")]]),
    (["M23 rebels backed by Lomi said they had taken the town."], [[("M23 rebels", "institution")]]),
    # a described monitor or watchdog points back at the latest institution
    (["Clashes killed 1,100 people, the Kora Observatory for Human Rights said.",
      "The Britain-based war monitor said the dead included 427 fighters."],
     [[("Kora Observatory for Human Rights", "institution")], [("Kora Observatory for Human Rights", "institution")]]),
    # military bloggers, short or long
    (["A Russian milblogger claimed that the village had fallen."], [[("Russian milblogger", "institution")]]),
])
def test_agents_described_monitors_and_milbloggers(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    # known names holding an article or "and", which reading back from the verb would cut
    ("Save the Children said 12 children were killed.", ("Save the Children", "institution")),
    ("12 children were killed, Save the Children said.", ("Save the Children", "institution")),
    ("The Armed Conflict Location and Event Data Project said 40 clashes were recorded.",
     ("Armed Conflict Location and Event Data Project", "institution")),
    # two organisations joined by "and" still both speak
    ("The Kora army and the Valley Front said 3 died.", ("Kora army", "institution")),
])
def test_a_known_name_with_an_article_or_and_speaks_whole(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence)[0][0] == expected


def test_a_users_institution_with_an_article_speaks_whole(tmp_path, gazetteer):
    from conflict_digest.speakers import SpeakerLexicon
    user = tmp_path / "people.toml"
    user.write_text('[[institution]]\nname = "Feed the Kora Hills"\n', encoding="utf-8")
    sentence = "Feed the Kora Hills said 12 families had fled."
    assert speakers(SpeakerLexicon.load(), gazetteer, sentence) != [[("Feed the Kora Hills", "institution")]]
    assert speakers(SpeakerLexicon.load([user]), gazetteer, sentence) == [[("Feed the Kora Hills", "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    # an outlet behind a country's possessive speaks, its number part of its name
    ("Kora's Channel 9 reported that 12 people were killed.", ("Kora's Channel 9", "institution")),
    ("Israel's Channel 12 reported that 12 people were killed.", ("Israeli Channel 12", "institution")),
    ("Russia's Channel One said the drone was downed.", ("Russian Channel One", "institution")),
    ("The Israeli broadcaster Channel 13 said the cabinet met.", ("Channel 13", "institution")),
    ("Sudan's state television said the army had retaken the town.",
     ("Sudanese state television", "institution")),
    ("Lomi's state broadcaster said the curfew was lifted.", ("Lomi's state broadcaster", "institution")),
    # a lower-case naming head still names what follows it
    ("Israeli public broadcaster Kan said the talks resumed.", ("Kan", "institution")),
])
def test_an_outlet_behind_a_possessive_speaks(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    ("Kora Rights Watch said 40 civilians died.", "Kora Rights Watch"),
    ("The Nile Peace Initiative said talks had stalled.", "Nile Peace Initiative"),
    ("Kora Humanitarian Coalition said aid trucks were blocked.", "Kora Humanitarian Coalition"),
    ("The Sahel Conflict Monitor said 20 people died.", "Sahel Conflict Monitor"),
    ("The Valley Medics Network said 20 people died.", "Valley Medics Network"),
    ("The rights group Kora Watch said the camp was shelled.", "Kora Watch"),
    ("The watchdog group Sahel Rights Watch said the camp was shelled.", "Sahel Rights Watch"),
])
def test_an_organisation_headed_by_watch_or_initiative_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[(expected, "institution")]]


@pytest.mark.parametrize("sentences, expected", [
    (["The Rapid Support Forces said they had taken the town.",
      "The paramilitary said its fighters were pushing on.",
      "The paramilitary group added that 30 soldiers were captured."], "Rapid Support Forces"),
    (["The Kora Liberation Army said it had seized the base.",
      "The rebels said 12 soldiers were killed."], "Kora Liberation Army"),
    (["The Kora Liberation Front said it had seized the base.", "The Kora army said it repelled them.",
      "The rebel group said the army was lying."], "Kora Liberation Front"),
    (["The Valley Brigades said they had fired rockets.", "The Israeli military said it hit 20 targets.",
      "The militants said they fired again."], "Valley Brigades"),
    (["The Sahel Islamic Front said it attacked the convoy.",
      "The jihadists said 20 soldiers died."], "Sahel Islamic Front"),
    (["The Kora military said the town was calm.", "The junta said 12 rebels were killed."], "Kora military"),
])
def test_a_description_of_its_kind_points_back_at_an_armed_group(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [(expected, "institution")]


@pytest.mark.parametrize("sentences, expected", [
    # a state's army is no paramilitary, militia or rebels
    (["Sudan's army said it had retaken the bridge.", "The paramilitary said it still held it."],
     ("paramilitary", "anonymous")),
    (["The Israeli military said it struck 20 targets.", "The militants said they fired rockets."],
     ("militants", "anonymous")),
    # nor is an army named in lower case
    (["The Kora army said it repelled the attack.", "The rebel group said the army was lying."],
     ("rebel group", "institution")),
    # nothing of the kind named before: the description as worded
    (["The rebels said 12 soldiers were killed."], ("rebels", "anonymous")),
])
def test_a_description_of_its_kind_points_back_at_no_other(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["Haddad said the talks had failed."], ("Haddad", "person")),
    (["Okonkwo told reporters the bridge was destroyed."], ("Okonkwo", "person")),
    (['"We will fight on," Santos said.'], ("Santos", "person")),
    (["Amina Haddad, the foreign minister, said the border was closed.",
      "Haddad said it would reopen on Monday."], ("Amina Haddad", "person")),
    # a plural opening a sentence, a known outlet or a place is no person
    (["Critics said the vote was rigged."], ("critics", "anonymous")),
    (["Reuters said the toll rose."], ("Reuters", "institution")),
    (["Xinhua reported that the talks resumed."], ("Xinhua", "institution")),
    (["Moscow said the drone was downed."], ("Moscow", "state")),
])
def test_a_lone_surname_nobody_named_before_is_a_person(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentence, role, side", [
    ("Hamid Adam, a spokesman for the RSF, said 15 were killed.", "spokesman for the RSF",
     "Rapid Support Forces"),
    ("M23 spokesman Lawrence Kanyuka said the rebels took the airport.", "M23 spokesman", "M23"),
    ("Amadou Sissoko, a spokesman for the Kora Defence Forces, said 15 militants were killed.",
     "spokesman for the Kora Defence Forces", None),
    ("Kora Defence Forces spokesman Amadou Sissoko said 15 militants were killed.",
     "Kora Defence Forces spokesman", None),
])
def test_a_spokesman_for_an_organisation_holds_its_role_and_side(lexicon, gazetteer, sentence, role, side):
    tracker = SpeakerTracker(lexicon, gazetteer, sentence)
    [found] = tracker.attribute(sentence)
    assert (found.speaker.kind, found.speaker.role, found.speaker.side) == ("person", role, side)


@pytest.mark.parametrize("sentence, expected", [
    # a place with a place noun after a speaker is no part of it
    ("A medic at Kora hospital said 12 bodies arrived.", ("medic", "anonymous")),
    ("Officials in Kora region said 30 homes burned.", ("officials", "anonymous")),
    # an acronym's or a known institution's possessive reads as the name
    ("The UN's human rights office said 30 civilians were killed.", ("UN human rights office", "institution")),
    ("The WHO's regional director said hospitals were overwhelmed.", ("WHO regional director", "institution")),
    ("Hamas's armed wing said it fired rockets.", ("Hamas armed wing", "institution")),
    # guerrillas are fighters
    ("Guerrillas said the soldiers fired first.", ("guerrillas", "anonymous")),
])
def test_wings_guerrillas_and_speakers_at_a_named_site(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


def test_guerrillas_point_back_at_a_guerrilla_army(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Kora National Liberation Army said it took the town.",
                    "The Colombian army said it repelled the attack.",
                    "The guerrilla group denied killing civilians.")[-1] == [
        ("Kora National Liberation Army", "institution")]


@pytest.mark.parametrize("sentences, expected", [
    (["Gang leader Jimmy \"Ti Kora\" Cherizier said in a video that his men would keep fighting."],
     ("Jimmy Cherizier", "person")),
    (["Gang leader Jimmy \"Barbecue\" Cherizier said his men would keep fighting.",
      "Cherizier said his coalition controlled the capital."], ("Jimmy Cherizier", "person")),
    (['"We will fight on," Ali Musa said.'], ("Ali Musa", "person")),
])
def test_a_quoted_nickname_inside_a_name_is_no_quote(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


@pytest.mark.parametrize("sentences, expected", [
    (["The Kachin Hills Army said it had captured a base.",
      "The ethnic armed group said the junta had bombed a village."], ("Kachin Hills Army", "institution")),
    (["The Kora Liberation Front said it attacked the convoy.", "Ethnic armed groups said 20 soldiers died."],
     ("ethnic armed groups", "institution")),
])
def test_an_ethnic_armed_group(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]


def test_a_known_institution_with_a_name_joiner_is_no_person(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The Defensoria del Pueblo said 30 families fled.") == [
        [("Defensoria del Pueblo", "institution")]]


def test_a_capitalised_name_headed_by_group_is_no_description_pointing_back(lexicon, gazetteer):
    assert speakers(lexicon, gazetteer, "The attack was claimed by the Kora Islamic Front, "
                    "the Valley Intelligence Group said.") == [
        [("Kora Islamic Front", "institution"), ("Valley Intelligence Group", "institution")]]


@pytest.mark.parametrize("sentence, expected", [
    # a description after `and` speaks with the institution, as one source
    ("Sudan's army and allied militias said they had repelled the attack.",
     [("Sudanese army and allied militias", "institution")]),
    ("Militias said they had repelled the attack.", [("militias", "anonymous")]),  # as mid-sentence
])
def test_militias_speak(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("word", ["Senate", "Cabinet", "Knesset", "Greenpeace", "Starlink", "Facebook"])
def test_a_one_word_institution_is_no_lone_surname(lexicon, gazetteer, word):
    [[(_, kind)]] = speakers(lexicon, gazetteer, f"{word} said the talks would resume.")
    assert kind == "institution"


# --- a known person's name under another office's title ----------------------------------------

@pytest.mark.parametrize("sentences, expected", [
    # the lexicon's Pedro Sanchez is Spain's prime minister: a defence minister of that name is
    # another person, named as the report writes it, with the report's title
    (["Defence Minister Pedro Sánchez said 12 soldiers were killed in Cauca."],
     [("Pedro Sánchez", "Defence Minister", None)]),
    (["Colombia's Defense Minister Pedro Sánchez said 12 soldiers were killed."],
     [("Pedro Sánchez", "Defense Minister", "Colombia")]),
    # named again without the title: still the report's own
    (["Defence Minister Pedro Sánchez said 12 soldiers died.", "Pedro Sánchez said more would."],
     [("Pedro Sánchez", "Defence Minister", None)] * 2),
    # a title naming the lexicon's office, a rank or an honorific fits the lexicon's person
    (["Prime Minister Pedro Sánchez said Spain would send aid."],
     [("Pedro Sanchez", "Spanish Prime Minister", "Spain")]),
    (["Mr Pedro Sánchez said Spain would send aid."], [("Pedro Sanchez", "Spanish Prime Minister", "Spain")]),
    (["Defense Minister Oleksii Reznikov said 12 soldiers were killed."],
     [("Oleksii Reznikov", "Ukrainian Defence Minister", "Ukraine")]),
    (["Gen. Valerii Zaluzhnyi said 12 soldiers were killed."],
     [("Valerii Zaluzhnyi", "Commander-in-Chief of the Ukrainian Armed Forces", "Ukraine")]),
])
def test_a_title_of_another_office_is_not_the_lexicons_person(lexicon, gazetteer, sentences, expected):
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.resolve(a.speaker) for s in sentences for a in tracker.attribute(s)]
    assert [(s.name, s.role, s.side) for s in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a known organisation whose name holds an article owns the office, a place's name before it
    ("Save the Children's Kora office said 12 children were killed.", ("Save the Children", "institution")),
    ("According to Save the Children's office in Kora, 12 children were killed.",
     ("Save the Children", "institution")),
    # an unknown one of capitalised words joined by `of the`: its office as worded, no possessive
    ("Friends of the Valley's office in Kora said 12 were killed.", ("Friends of the Valley office", "institution")),
    ("Doctors of the Hills' team said 5 clinics were destroyed.", ("Doctors of the Hills team", "institution")),
    # branches and delegations speak for what owns them
    ("The Kora Red Crescent's branch in Tessa said 3 volunteers were killed.",
     ("Kora Red Crescent branch", "institution")),
])
def test_an_organisations_office_is_no_person(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    # two named subjects of one verb, however the pair is opened or the verb qualified
    ("Both the Valley Front and the Kora army said 12 fighters were killed.",
     [("Valley Front", "institution"), ("Kora army", "institution")]),
    ("Both Hamas and the Kora army said the truce would hold.",
     [("Hamas", "institution"), ("Kora army", "institution")]),
    ("The Houthis and the Kora army each said they held the bridge.",
     [("Houthis", "institution"), ("Kora army", "institution")]),
    # a name holding a digit is a name
    ("The M23 and the Kora army said they held the bridge.", [("M23", "institution"), ("Kora army", "institution")]),
    # a country's name and a people's word before one head: officials of both, one source
    ("US and Kenyan officials said 3 died.", [("US and Kenyan officials", "anonymous")]),
    ("Islamic Jihad said 3 fighters were killed.", [("Islamic Jihad", "institution")]),
    ("FARC dissidents said the ceasefire was over.", [("FARC dissidents", "anonymous")]),
])
def test_two_named_subjects_speak_both(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentences, expected", [
    # one name between a hyphenated description and a naming head: the source as worded, and
    # the name alone later is the same source, no person
    (["The state-run Vema news agency said 12 people were killed.", "Vema also reported 3 strikes."],
     [[("state-run Vema news agency", "institution")], [("state-run Vema news agency", "institution")]]),
    (["The rebel-run Lumo radio station said 3 died.", "Lumo said more would."],
     [[("rebel-run Lumo radio station", "institution")], [("rebel-run Lumo radio station", "institution")]]),
    # a people's word there is no name
    (["The state-owned Kenyan news agency said 3 died."], [[("state-owned Kenyan news agency", "institution")]]),
    # an acronym after a hyphenated description is the outlet's name
    (["The junta-controlled KTV said 12 rebels were killed."], [[("KTV", "institution")]]),
])
def test_a_state_run_outlets_name(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an institution word's possessive reads as its adjective, as a country's does
    ("The Kora junta's information team said 30 fighters were killed.", ("Kora junta information team", "institution")),
    ("The army's press office said 30 fighters were killed.", ("army press office", "institution")),
    # not a person's word's, nor a plural's
    ("The minister's office said 30 fighters were killed.", ("minister's office", "institution")),
    # a name the report abbreviates, joined by `and`, is one source
    ("Kenya's National Intelligence and Security Agency (NISA) said 20 fighters were killed.",
     ("Kenyan National Intelligence and Security Agency", "institution")),
])
def test_one_institutions_name(lexicon, gazetteer, sentence, expected):
    assert speakers(lexicon, gazetteer, sentence) == [[expected]]


@pytest.mark.parametrize("sentence, expected", [
    # a known organisation's possessive opening a role is the side its person speaks for
    ("The Taliban's chief spokesman Ali Musa said 12 militants were killed.", "Taliban"),
    ("HRW's Africa director, Tessa Moyo, said 40 civilians were killed.", "Human Rights Watch"),
])
def test_a_known_organisations_possessive_is_its_persons_side(lexicon, gazetteer, sentence, expected):
    tracker = SpeakerTracker(lexicon, gazetteer, sentence)
    (attribution,) = tracker.attribute(sentence)
    assert (attribution.speaker.kind, attribution.speaker.side) == ("person", expected)


@pytest.mark.parametrize("sentence, expected", [
    # a comma list of names opening the sentence before the pair: each speaks
    ("Kenya, Hamas and the Valley Front said the talks would resume.", ["Kenya", "Hamas", "Valley Front"]),
    ("The United Nations, the African Union and the Kora Front said the talks would resume.",
     ["United Nations", "African Union", "Kora Front"]),
    # an opening phrase is no name of the list
    ("On Monday, Kenya, Hamas and the Valley Front said the talks would resume.", ["Hamas", "Valley Front"]),
])
def test_a_list_of_named_subjects_speaks_each(lexicon, gazetteer, sentence, expected):
    assert [name for name, _ in speakers(lexicon, gazetteer, sentence)[0]] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Drone strikes on Lomi killed at least 7 people, the governor said, adding that 20 were wounded.",
     [("governor", "anonymous")]),
    ("Rebel shelling of Kora killed 12, the army said on Sunday, adding that three soldiers died.",
     [("army", "anonymous")]),
    ("Kora's forces struck the town overnight, saying fighters hid there.", [("Kora's forces", "institution")]),
])
def test_a_participle_after_a_reporting_verb_is_that_verbs_speakers(lexicon, gazetteer, sentence, expected):
    """`, adding ...` after `the governor said` is the governor's: the words opening the
    sentence (`Drone strikes`) are what was said, not who said it."""
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Kora state TV said the depot had been emptied.",
     [("Kora state TV", "institution")]),
    ("A local NGO said 40 families had fled.", [("local NGO", "institution")]),
    ("The junta-run KTV said rebels attacked the base.", [("KTV", "institution")]),
])
def test_an_acronym_that_is_a_head_word_keeps_its_description(lexicon, gazetteer, sentence, expected):
    """`state TV` is a kind of outlet, not one named `TV`; `the junta-run KTV` is one."""
    assert speakers(lexicon, gazetteer, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The country's atomic energy agency said no radiation was detected.",
     "country's atomic energy agency"),
    ("The diplomatic mission said two staff were hurt.", "diplomatic mission"),
])
def test_an_adjective_in_ic_belongs_to_the_source(lexicon, gazetteer, sentence, expected):
    (found,) = speakers(lexicon, gazetteer, sentence)
    assert [name for name, _ in found] == [expected]
