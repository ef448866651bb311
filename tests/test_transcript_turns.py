"""A transcript's turn: a label (`GEN. KORA:`) names who speaks in every sentence of its
paragraph, until a label of who asks (`Q:`) or a new paragraph. Every text here is invented
for the test."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conflict_digest.cli import app
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes

BRIEFING = """Defence briefing on the Kora offensive
Transcript - 14 March 1991

MODERATOR: Good afternoon. General Lomi will begin with an update.

GEN. LOMI: Thank you. Since the ceasefire, our forces have taken 31,000 prisoners. We lost 61 killed in action and 212 wounded.

Q: General, how many tanks were destroyed?

GEN. LOMI: About 1,900 tanks. The rest withdrew north.

Q: And civilian casualties? Some reports say 300 died.
"""


@pytest.fixture(scope="module")
def claims():
    report = read_report_bytes(BRIEFING.encode(), "1991-03-14-briefing.txt")
    return Extractor.load().extract(report).claims


def test_every_sentence_of_a_turn_is_its_speaker_s(claims):
    by_text = {c.text: c.speaker.name if c.speaker else None for c in claims if c.figures}
    assert by_text == {
        "Since the ceasefire, our forces have taken 31,000 prisoners.": "Lomi",
        "We lost 61 killed in action and 212 wounded.": "Lomi",
        "GEN. LOMI: About 1,900 tanks.": "Lomi",
        "Some reports say 300 died.": None,  # asked, not said by the briefer
    }


@pytest.mark.parametrize("text, speaker", [
    ("Kora police: Two men were shot. Another 3 were wounded.", "Kora police"),
    ("The ministry said: the attack was planned. Twelve people died in the blast.", None),  # a verb's, no label
    ("Q: How many died? Twelve people died, officials say.", "officials"),
])
def test_a_label_s_speaker_goes_on_only_after_a_label_that_names_a_source(text, speaker):
    report = read_report_bytes(f"Date: 2024-05-02\n\n{text}\n".encode(), "post.txt")
    last = Extractor.load().extract(report).claims[-1]
    assert (last.speaker.name if last.speaker else None) == speaker


def test_claims_of_a_transcript_name_the_briefer(tmp_path):
    path = tmp_path / "1991-03-14-briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", str(path), "--format", "json", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert {c["speaker"] for c in claims if c["figures"] and "prisoners" in c["text"]} == {"Lomi"}
