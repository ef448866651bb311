"""One report through the extractors: sentences -> figures, places, speakers -> claims.

This is the library entry point the CLI calls; it holds no extraction rules itself.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .dates import resolve_weekday
from .figures import extract_figures
from .models import (Attribution, Claim, ExtractedReport, Figure, PlaceCount, Report, Sentence,
                     Skipped, Speaker, SpeakerCount)
from .places import Gazetteer
from .reader import read_reports
from .sentences import split_sentences
from .speakers import SpeakerLexicon, SpeakerTracker

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Extractor:
    """The loaded data files an extraction needs; build once, use for every report."""

    gazetteer: Gazetteer
    lexicon: SpeakerLexicon

    @classmethod
    def load(cls, gazetteer_files: Sequence[Path] = (), speaker_files: Sequence[Path] = ()) -> "Extractor":
        return cls(Gazetteer.load(gazetteer_files), SpeakerLexicon.load(speaker_files))

    def extract(self, report: Report) -> ExtractedReport:
        figures: list[Figure] = []
        place_counts: Counter = Counter()
        claims: list[Claim] = []
        statements: list[Speaker] = []
        tracker = SpeakerTracker(self.lexicon, self.gazetteer, report.text)
        sentences = split_sentences(report.text)
        unverified_at = _unverified_sentences(sentences, self.lexicon)
        found = [(extract_figures(s.text), self.gazetteer.find(s.text), tracker.attribute(s.text))
                 for s in sentences]
        quoted = _quotation_speakers(sentences, [attributions for _, _, attributions in found])
        for index, (sentence, (sentence_figures, mentions, attributions)) in enumerate(zip(sentences, found)):
            text = sentence.text
            figures.extend(sentence_figures)
            place_counts.update(m.place for m in mentions)
            statements.extend(a.speaker for a in attributions)
            main = attributions[0] if attributions else quoted.get(index)
            if not (sentence_figures or main or any(m.place.sector for m in mentions)):
                continue
            claims.append(Claim(
                text=text, report=report.path, date=_claim_date(text, report.date),
                speaker=main.speaker if main else None, quote=main.quote if main else None,
                figures=sentence_figures, places=list(dict.fromkeys(m.place for m in mentions)),
                sectors=list(dict.fromkeys(m.place.sector for m in mentions if m.place.sector)),
                unverified=index in unverified_at,
            ))
        for claim in claims:  # names learnt later in the report apply to earlier statements
            if claim.speaker:
                claim.speaker = tracker.resolve(claim.speaker)
        speaker_counts = _count_by_name(tracker.resolve(s) for s in statements)
        return ExtractedReport(
            report=report,
            figures=_distinct_figures(figures),
            locations=[PlaceCount(p, n) for p, n in place_counts.most_common()],
            speakers=[SpeakerCount(s, n) for s, n in speaker_counts.most_common()],
            claims=claims,
        )


def extract_paths(paths: Sequence[str], *, extractor: Extractor | None = None,
                  warn: Warn = lambda message: None, stdin: BinaryIO | None = None,
                  ) -> Iterator[ExtractedReport | Skipped]:
    """Read and extract every report under `paths`, streaming one report at a time."""
    extractor = extractor or Extractor.load()
    for item in read_reports(paths, warn=warn, stdin=stdin):
        yield item if isinstance(item, Skipped) else extractor.extract(item)


def _distinct_figures(figures: Iterable[Figure]) -> list[Figure]:
    """A quantity repeated in one report is listed once (the first, usually fullest, wording)."""
    seen: set = set()
    out = []
    for f in figures:
        key = (f.low, f.high, f.kind, f.what, f.period)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _quotation_speakers(sentences: Sequence[Sentence],
                        attributions: Sequence[list[Attribution]]) -> dict[int, Attribution]:
    """Sentences inside a quotation that runs over several sentences or paragraphs, each with
    the attribution given anywhere in that quotation (`"...` / `"...," he said.`)."""
    runs: list[list[int]] = []
    run: list[int] = []
    inside = False
    for i, sentence in enumerate(sentences):
        marks = sentence.text.count('"')
        new_paragraph = i > 0 and sentence.paragraph != sentences[i - 1].paragraph
        if inside and new_paragraph:
            if sentence.text.startswith('"'):
                marks -= 1  # a quotation carried into a new paragraph reopens with a mark
            else:
                inside = False
        starts_inside = inside or sentence.text.startswith('"')
        inside = inside != (marks % 2 == 1)
        if starts_inside or inside:
            run.append(i)
        if not inside and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out: dict[int, Attribution] = {}
    for indexes in runs:
        given = next((a[0] for a in (attributions[i] for i in indexes) if a), None)
        before = indexes[0] - 1
        if given is None and before >= 0 and attributions[before] and sentences[before].text.endswith(":"):
            given = attributions[before][0]  # `X said:` right before the quotation
        if given is not None:
            out.update((i, given) for i in indexes if not attributions[i])
    return out


def _count_by_name(speakers: Iterable[Speaker]) -> Counter:
    """One count per canonical name, whatever role each mention gave (`Mr`, `President`)."""
    first: dict[str, Speaker] = {}
    counts: Counter = Counter()
    for s in speakers:
        counts[first.setdefault(s.name, s)] += 1
    return counts


def _unverified_sentences(sentences, lexicon: SpeakerLexicon) -> set[int]:
    """Sentences a report marks as unconfirmed: the note itself refers to the sentence before it."""
    marked = set()
    for i, s in enumerate(sentences):
        if lexicon.is_verification_note(s.text):
            marked.add(i)
            if i > 0:
                marked.add(i - 1)
    return marked


def _claim_date(text: str, report_date: str | None) -> str | None:
    """A claim's own date: a weekday named in the sentence, resolved against the report date."""
    if report_date is None:
        return None
    for word in text.split():
        day = word.strip(",.;:").capitalize()
        if day in _WEEKDAYS:
            return resolve_weekday(day, report_date) or report_date
    return report_date


_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
