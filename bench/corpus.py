"""Deterministic synthetic corpora for the benchmark: N reports of 2-6 KB over a year.

Report i of a corpus depends only on the seed and i, so the first 1,000 reports of the
10,000 corpus are the 1,000 corpus. Places are real names (and alias spellings) from
conflict_digest/data/places.csv; sentences come from bench/templates.py. Each corpus lives
in bench/out/reports-N/YYYY-MM/ with a hidden stamp file (the reader skips hidden files)
recording what made it, so it is rebuilt only when the seed or the generator changes.
"""
from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import templates as T

HERE = Path(__file__).resolve().parent
PLACES_CSV = HERE.parent / "conflict_digest" / "data" / "places.csv"
STAMP = ".stamp"
YEAR = 2023


@dataclass(frozen=True)
class Words:
    front: list[str]  # front-line places (with a sector), names and alias spellings
    cities: list[str]  # Ukrainian cities and towns
    oblasts: list[str]  # region names as reports write them ("Donetsk")
    sectors: list[str]


def load_words() -> Words:
    front, cities, oblasts, sectors = [], [], [], set()
    with PLACES_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"]] + [a.strip() for a in row["aliases"].split("|") if a.strip()]
            if row["sector"] and row["sector"] != "Northern border":
                sectors.add(row["sector"])
            if row["country"] != "Ukraine":
                continue
            if row["type"] in ("city", "town", "village") and row["sector"]:
                front.append(row["name"])
                front.extend(names[1:2])  # now and then an alias spelling
            elif row["type"] in ("city", "town"):
                cities.append(row["name"])
            elif row["type"] == "region" and row["name"].endswith(" Oblast"):
                oblasts.append(row["name"].removesuffix(" Oblast"))
    return Words(front, cities, oblasts, sorted(sectors))


def fingerprint(seed: int) -> str:
    digest = hashlib.sha256(f"seed {seed}\n".encode())
    for path in (HERE / "templates.py", HERE / "corpus.py", PLACES_CSV):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _number(rng: random.Random, low: int, high: int) -> str:
    if rng.random() < 0.15:
        return rng.choice(T.NUMBER_WORDS)
    value = rng.randint(low, high)
    return f"{value:,}" if rng.random() < 0.8 else str(value)


def _fields(rng: random.Random, words: Words) -> dict[str, str]:
    money = rng.choice(T.MONEY).format(n=rng.randint(2, 900), k=rng.randint(1, 9))
    return {
        "place": rng.choice(words.front), "place2": rng.choice(words.front),
        "city": rng.choice(words.cities), "oblast": rng.choice(words.oblasts),
        "sector": rng.choice(words.sectors), "speaker": rng.choice(T.SPEAKERS),
        "person": rng.choice(T.PERSONS), "n": _number(rng, 2, 950),
        "m": _number(rng, 2, 400), "k": str(rng.randint(2, 12)),
        "big": f"{rng.randint(1, 90) * 1000:,}", "big2": f"{rng.randint(90, 400) * 1000:,}",
        "hedge": rng.choice(T.HEDGES), "money": money, "km": str(rng.randint(1, 40)),
        "weekday": rng.choice(T.WEEKDAYS), "side": rng.choice(T.SIDES),
    }


def _sentence(rng: random.Random, words: Words, template: str) -> str:
    text = " ".join(template.format(**_fields(rng, words)).split())  # empty hedges
    return text[0].upper() + text[1:]


def make_report(seed: int, index: int, words: Words) -> tuple[str, str]:
    """(relative path, text) of report `index`: a dated header of one of four kinds, a
    headline, then paragraphs of 2-4 sentences up to a size drawn between 2 and 6 KB."""
    rng = random.Random(seed * 1_000_003 + index)
    day = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    source, header = rng.choice(T.SOURCES)
    if rng.random() < 0.2:
        header = rng.choice(["seed", "dateline", "date-line", "front-matter"])
    headline = _sentence(rng, words, rng.choice(T.HEADLINES)).rstrip(".")
    target = rng.randint(2000, 6000)
    paragraphs: list[str] = []
    size = 200
    while size < target:
        count = rng.randint(2, 4)
        sentences = [_sentence(rng, words, rng.choice(T.SENTENCES if rng.random() < 0.75
                                                       else T.FILLER)) for _ in range(count)]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    body = "\n\n".join(paragraphs)
    slug = headline.lower().replace("'", "")
    slug = "-".join("".join(c if c.isalnum() else " " for c in slug).split()[:6])
    name = f"{source}-{index:06d}-{slug}"
    suffix = ".txt"
    if header == "seed":
        text = f" date {day.isoformat()} {headline}\n\n{body}\n"
    elif header == "dateline":
        month = T.MONTHS[day.month - 1]
        city = rng.choice(T.WIRE_CITIES)
        text = f"{headline}\n\n{city}, {month} {day.day}, {day.year} (Wire Service) - {body}\n"
    elif header == "date-line":
        text = f"Title: {headline}\nDate: {day.day} {day.strftime('%B')} {day.year}\n" \
               f"Source: {source}\n\n{body}\n"
    else:
        suffix = ".md"
        text = f"---\ntitle: \"{headline}\"\ndate: {day.isoformat()}\nsource: {source}\n---\n\n" \
               f"# {headline}\n\n{body}\n"
    if rng.random() < 0.3:  # a date in the file name too, as many archives have
        name = f"{day.isoformat()}-{name}"
    return f"{day:%Y-%m}/{name}{suffix}", text


def generate(out: Path, count: int, seed: int = 1, *, log=print) -> Path:
    """Write (or reuse) the corpus of `count` reports under `out`/reports-COUNT."""
    folder = out / f"reports-{count}"
    stamp = f"{fingerprint(seed)} {count}\n"
    if (folder / STAMP).is_file() and (folder / STAMP).read_text() == stamp:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    log(f"generating {count:,} reports in {folder} ...")
    words = load_words()
    made: set[str] = set()
    for index in range(count):
        relative, text = make_report(seed, index, words)
        path = folder / relative
        if path.parent.name not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent.name)
        if index % 200 == 199:  # a few compressed reports, as archives have them
            path.with_name(path.name + ".gz").write_bytes(
                gzip.compress(text.encode("utf-8"), mtime=0))
        else:
            path.write_text(text, encoding="utf-8")
    (folder / STAMP).write_text(stamp)
    return folder
