"""An official statement speaks for its issuer: the claims that name no other source are the
issuer's, whether a header names it (`Statement by the Ministry of Defence of Kora`) or the
first lines do after a `Statement:` headline. Every text here is invented for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from conflict_digest.models import ExtractedReport, Report
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_reports

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def claim_speakers(extractor, text):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    return [(c.text.split()[0], c.speaker.name if c.speaker else None) for c in extracted.claims]


HEADED = """Statement by the Ministry of Defence of the Republic of Kora

Kora City, 4 March 2025

Enemy losses amounted to 40 fighters and 6 pickup trucks.

Three of our servicemen were wounded.

The Lomi Front said on its radio that it had killed 25 soldiers, which is false.
"""


def test_a_headers_issuer_speaks_what_no_one_else_says(extractor):
    assert claim_speakers(extractor, HEADED) == [
        ("Enemy", "Ministry of Defence of the Republic of Kora"),
        ("Three", "Ministry of Defence of the Republic of Kora"),
        ("The", "Lomi Front"),
    ]


def test_the_issuer_is_a_speaker_and_the_header_no_claim(extractor):
    extracted = extractor.extract(Report(path="r.txt", text=HEADED, date="2025-01-01"))
    assert [s.speaker.name for s in extracted.speakers] == ["Ministry of Defence of the Republic of Kora",
                                                            "Lomi Front"]
    assert not any(c.text.startswith("Statement") for c in extracted.claims)


def test_a_statement_headline_then_its_first_source(extractor):
    text = ("Communique: convoy attacked near Kora\n\nThe General Staff of the Kora Armed Forces reports "
            "that a convoy was attacked on Sunday.\n\nOur forces neutralised 60 terrorists.")
    assert claim_speakers(extractor, text) == [
        ("The", "General Staff of the Kora Armed Forces"), ("Our", "General Staff of the Kora Armed Forces")]


def test_a_joint_statement_has_two_issuers(extractor):
    text = "Joint statement of the Kora Front and the Lomi Movement\n\nOur fighters seized 12 vehicles."
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    assert [s.speaker.name for s in extracted.speakers] == ["Kora Front", "Lomi Movement"]
    assert extracted.claims[-1].speaker.name == "Kora Front"


@pytest.mark.parametrize("text", [
    # a wire story: what its reporter writes is no one's claim
    "Kora fighting kills 12\n\nKORA CITY (Wire) - The army said it had retaken the town.\n\n"
    "Twelve people were killed in the fighting.",
    # a story about a statement is no statement
    "The ministry's statement came late.\n\nThe army said it had retaken the town.\n\n"
    "Twelve people were killed in the fighting.",
])
def test_a_report_that_is_no_statement_leaves_unattributed_claims_alone(extractor, text):
    assert claim_speakers(extractor, text)[-1] == ("Twelve", None)


def test_the_sahel_sample_statement_speaks_for_its_general_staff(extractor):
    (report,) = read_reports([str(SAMPLES / "2025-06-02-statement-sahel-army-convoy.txt")])
    speakers = {c.speaker.name if c.speaker else None for c in extractor.extract(report).claims}
    assert speakers == {"General Staff of the Armed Forces of Burkina Faso"}


@pytest.mark.parametrize("text, expected", [
    # two sources: the one whose verb stands nearest the sentence's first figure
    ("The Kora Front said it had hit a tanker, hours after the Lomi navy said it had shot down 12 drones.",
     "Lomi navy"),
    ("Twelve soldiers were killed, the army said, while the Kora Front said it had lost no one.", "army"),
    # a verb outside the core ones ('declared') is no source of the figures
    ("Shells killed two people, hours after the end of a truce Lomi had declared, officials said.", "officials"),
])
def test_a_sentences_figures_go_to_the_nearest_source(extractor, text, expected):
    (claim,) = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01")).claims
    assert claim.speaker.name == expected


@pytest.mark.parametrize("text, main, each", [
    # a source after a figure past a new clause speaks of that clause
    ("Russia said it killed 300 Ukrainian soldiers, while Kyiv said 50 Russian troops were killed.",
     "Russia", ["Russia", "Kyiv"]),
    ("Twelve soldiers died, the army said, while the rebels said 30 fighters were killed.",
     "army", ["army", "rebels"]),
    ("The army said 40 rebels were killed; the rebels said they lost 5 fighters.", "army", ["army", "rebels"]),
    # an absolute clause and the one it goes on with
    ("Fighting broke out, with Kora saying 12 of its soldiers were killed and Lomi saying 18 of its troops died.",
     "Kora", ["Kora", "Lomi"]),
    # one source nearest every figure: the claim's speaker gives them all
    ("The army said 40 rebels were killed and 12 captured, a day after the rebels said they had retreated.",
     "army", []),
])
def test_each_figure_goes_to_its_nearest_source(extractor, text, main, each):
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    (claim,) = extracted.claims
    assert claim.speaker.name == main
    assert [s.name for s in claim.figure_speakers] == each
    assert ExtractedReport.from_dict(extracted.as_dict()).claims[0].figure_speakers == claim.figure_speakers


def test_a_capital_speaking_is_no_place_of_the_figures(extractor):
    text = "Moscow said 300 Ukrainian soldiers were killed near Kupiansk, while Kyiv said 50 Russian troops were killed."
    (claim,) = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01")).claims
    assert [(f.value, f.places) for f in claim.figures] == [(300, ("Kupiansk",)), (50, ("Kupiansk",))]


@pytest.mark.parametrize("text, places", [
    ("Russia's defence ministry said 600 Ukrainian soldiers were killed near Kupiansk.", [("Kupiansk",)]),
    ("According to Ukraine's air force, Russia launched 80 drones at Kharkiv overnight.", [("Russia", "Kharkiv")]),
    ("Israel's military says it struck 30 targets in Gaza overnight.", [("Gaza",)]),
    ("Ukraine's General Staff reported that 1,200 Russian troops were killed in Ukraine's east.", [("Ukraine",)]),
    ("Russia's troops killed 12 people in the Sumy region, Ukraine's police said.", [("Russia", "Sumy Oblast")]),
    ("Lebanon's health ministry said 12 people were killed.", [("Lebanon",)]),
    ("Ukraine's air force said Russia launched 80 drones overnight.", [("Ukraine", "Russia")]),
    ("Russia launched 31 drones, Ukraine's air force said; 23 were downed over the Mykolaiv and Kherson regions.",
     [("Russia", "Ukraine"), ("Russia", "Mykolaiv Oblast", "Kherson Oblast")]),
    ("Kharkiv's mayor said three people were killed.", [("Kharkiv",)]),
])
def test_a_country_whose_institution_speaks_is_no_place_of_figures_placed_below_it(extractor, text, places):
    """`Russia's defence ministry said`: figures placed below country level are not in Russia
    (Russia is in the report's places all the same); `Russia's troops` are its actors, and
    `Ukraine's east` a place. With countries alone, a health ministry's country is where its
    dead are, and drones launched at Ukraine are at both countries; a city's mayor speaks of
    his city."""
    extracted = extractor.extract(Report(path="r.txt", text=text, date="2025-01-01"))
    assert [f.places for f in extracted.figures] == places
    speaking = text.removeprefix("According to ").split("'")[0].split()[-1]
    assert speaking in {p.place.name for p in extracted.locations}


@pytest.mark.parametrize("headline, issuer", [
    ("Russian Defence Ministry briefing", "Russian Defence Ministry"),
    ("IDF statement", "IDF"),
    ("Air Force of the Armed Forces of Ukraine", "Air Force of the Armed Forces of Ukraine"),
])
def test_a_known_institution_before_a_header_word_issues_the_statement(extractor, headline, issuer):
    text = f"{headline}\n\nUnits liberated two settlements. Enemy losses amounted to 230 troops.\n"
    assert claim_speakers(extractor, text) == [("Units", issuer), ("Enemy", issuer)]


@pytest.mark.parametrize("headline, issuer", [
    ("Russian Defence Ministry briefing, 14 October 2024", "Russian Defence Ministry"),
    ("IDF statement - March 3, 2025", "IDF"),
    ("Russian Defence Ministry briefing (Telegram), 14.10.2024", "Russian Defence Ministry"),
    ("Air Force of the Armed Forces of Ukraine | 14 October 2024", "Air Force of the Armed Forces of Ukraine"),
    # a name the lexicon does not know, of capitalised words ending in an institution's noun
    ("Kora Regional Military Administration (Telegram), 2 November 2024", "Kora Regional Military Administration"),
    ("Lomi Provincial Police Command, 14.10.2024", "Lomi Provincial Police Command"),
    # ... or its number
    ("IDF statement No. 214", "IDF"),
    ("Russian Defence Ministry briefing No PR-214/2025", "Russian Defence Ministry"),
])
def test_a_date_or_channel_after_a_known_institutions_header_leaves_it_the_issuer(extractor, headline, issuer):
    text = f"{headline}\n\nUnits liberated two settlements. Enemy losses amounted to 230 troops.\n"
    assert claim_speakers(extractor, text) == [("Units", issuer), ("Enemy", issuer)]


@pytest.mark.parametrize("headline", ["Kora Regional Military Administration", "Strikes hit the Kora ministry, 2 May 2024",
                                      "Russia rejects UN statement", "Daily briefing", "Briefing: the war today",
                                      "Kora air force says 30 drones downed"])
def test_a_headline_ending_in_a_header_word_names_no_issuer_unless_known(extractor, headline):
    text = f"{headline}\n\nThe army said 230 troops were killed.\n\nShelling killed 5 people in Kora.\n"
    assert claim_speakers(extractor, text)[-1] == ("Shelling", None)


@pytest.mark.parametrize("text, expected", [
    # a group that claims the attack gives none of the sentence's figures
    ("Gunmen killed at least 60 people in an attack claimed by Islamic State, Russian officials said.",
     ["Russian officials"]),
    # alone, it is the sentence's source still
    ("Gunmen killed at least 60 people in an attack claimed by Islamic State.", ["Islamic State"]),
])
def test_who_claims_a_deed_gives_no_figures(extractor, text, expected):
    report = extractor.extract(Report(path="r.txt", text=text, date="2024-03-22"))
    assert [c.speaker.name for c in report.claims] == expected
    assert not any(c.figure_speakers for c in report.claims)


@pytest.mark.parametrize("source, speaker", [
    ("RSF media office (Telegram)", "RSF"),                  # a party to the fighting issues its post
    ("Israel Defense Forces", "Israel Defense Forces"),
    ("Reuters", None),                                       # a news agency reports, it issues nothing
    ("statement", None),                                     # nor does a genre
    ("Wire Service, Kyiv desk", None),
])
def test_a_headers_source_that_is_a_side_issues_the_report(tmp_path, extractor, source, speaker):
    path = tmp_path / "post.txt"
    path.write_text(f"Date: 2025-05-06\nSource: {source}\n\nOur forces destroyed three aircraft at the airport.\n",
                    encoding="utf-8")
    (report,) = read_reports([str(path)])
    extracted = extractor.extract(report)
    assert [c.speaker.name if c.speaker else None for c in extracted.claims] == [speaker]
    assert [s.speaker.name for s in extracted.speakers] == ([speaker] if speaker else [])


def test_a_source_named_in_the_text_stands_beside_the_headers(tmp_path, extractor):
    path = tmp_path / "post.txt"
    path.write_text("Date: 2025-05-06\nSource: RSF media office (Telegram)\n\nOur forces destroyed three aircraft. "
                    "The army said two of its soldiers were wounded.\n", encoding="utf-8")
    (report,) = read_reports([str(path)])
    assert [c.speaker.name for c in extractor.extract(report).claims] == ["RSF", "army"]
