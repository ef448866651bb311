"""Speakers in reports of wars earlier sessions barely touched (session 16): documents a
source issues (`an ISPR press release`, `the latest OCHA situation report`). Every sentence
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
