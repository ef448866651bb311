"""Speakers in reports of many wars: `the military` after one of a force spoke, ... Every name
and sentence here is invented for the test."""
from __future__ import annotations

import pytest

from conflict_digest.speakers import SpeakerTracker


def speakers(lexicon, gazetteer, *sentences: str) -> list[list[tuple[str, str]]]:
    """Per sentence, the (name, kind) of each speaker, resolved once the report is read."""
    tracker = SpeakerTracker(lexicon, gazetteer, " ".join(sentences))
    found = [tracker.attribute(s) for s in sentences]
    return [[(tracker.resolve(a.speaker).name, a.speaker.kind) for a in atts] for atts in found]


# --- `the military` is a body, never one of a body that spoke before ------------------------

@pytest.mark.parametrize("sentences, expected", [
    (["Shelling killed 9 people in the village, said a member of the local Home Defence Force.",
      "The military has denied shelling homes and says it is fighting bandits."], ("military", "anonymous")),
    (["A spokesman for the regime, Tun Aung, did not answer calls.",
      "Shelling killed 9 people in the village, said a fighter of the local defence force.",
      "The army said the village was empty."], ("army", "anonymous")),
    (["A commander of the Kora Armed Forces said 9 people were killed.",
      "The army said the village was empty."], ("army", "anonymous")),
    # the body itself, or one named with its head first, still is
    (["The Kora Defence Ministry said 3 soldiers died.", "The army said only 4 people were killed."],
     ("Kora Defence Ministry", "institution")),
    (["The General Staff of the Kora Armed Forces said 12 raiders were killed.",
      "The military said its losses were light."], ("General Staff of the Kora Armed Forces", "institution")),
])
def test_the_military_is_no_member_of_a_force_that_spoke(lexicon, gazetteer, sentences, expected):
    assert speakers(lexicon, gazetteer, *sentences)[-1] == [expected]
