"""What the project promises about samples/ and the README, checked end to end through the CLI."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_digest.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")
SEEDS = ("2023-01-05-live-blog-bakhmut-offensive.txt", "2023-01-05-wire-800-russian-soldiers-killed.txt")


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def day_0105() -> dict:
    digest = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2023-01-05", "-q"))
    (day,) = digest["days"]
    return day


def test_800_killed_russian_soldiers_once_with_both_seeds(day_0105):
    entries = [f for f in day_0105["figures"] if f["kind"] == "killed" and f["low"] == 800]
    assert len(entries) == 1
    sources = {Path(s).name for s in entries[0]["sources"]}
    assert set(SEEDS) <= sources
    assert entries[0]["what"] == "soldier" and entries[0]["actor"] == "Russia"


@pytest.mark.parametrize("what, value", [("aircraft", 1), ("helicopter", 1), ("tank", 3)])
def test_losses_destroyed_each_once(day_0105, what, value):
    entries = [f for f in day_0105["figures"] if f["kind"] == "destroyed" and f["what"] == what]
    assert [(e["value"], len(e["sources"]) >= 2) for e in entries] == [(value, True)]


def test_the_day_repeats_no_fact(day_0105):
    keys = [(f["kind"], f["what"], f["low"], f["high"], f["actor"], f["period"]) for f in day_0105["figures"]]
    assert len(keys) == len(set(keys))


def test_bakhmut_sector_claims_only(day_0105):
    lines = run("claims", SAMPLES, "--sector", "Bakhmut", "--format", "jsonl", "-q").splitlines()
    claims = [json.loads(line) for line in lines]
    assert claims and all("Bakhmut" in c["sectors"] for c in claims)
    assert any("offensive in the Bakhmut sector" in c["text"] for c in claims)


def test_rising_toll_shows_latest_with_earlier(tmp_path):
    report = tmp_path / "2024-03-02-live.txt"
    report.write_text(" date 2024-03-02 Live\n\n"
                      "09:10: At least 3 people were killed in a missile strike on Odesa, the governor said.\n\n"
                      "18:40: The death toll in Odesa rose to 6 people, the governor said.\n", encoding="utf-8")
    (day,) = json.loads(run("summarize", str(report), "--format", "json", "-q"))["days"]
    killed = {f["low"]: f for f in day["figures"] if f["kind"] == "killed"}
    assert set(killed) == {3, 6}
    assert all(f["rising"] for f in killed.values())
    assert killed[6]["latest"] and not killed[3]["latest"]
    markdown = run("summarize", str(report), "--format", "markdown", "-q")
    assert "rising toll, latest 6" in markdown


def test_another_speakers_number_in_one_report_disputes_a_rising_toll(tmp_path):
    report = tmp_path / "2025-03-02-wire.txt"
    report.write_text(" date 2025-03-02 Strike\n\n"
                      "An air strike on the market in Kora killed 12 people, the district health office said. "
                      "The army said only 4 people were killed in the strike. "
                      "Later the health office said the toll had risen to 19.\n", encoding="utf-8")
    (day,) = json.loads(run("summarize", str(report), "--format", "json", "-q"))["days"]
    killed = {f["low"]: (f["speakers"], f["rising"], f["disputed"]) for f in day["figures"] if f["kind"] == "killed"}
    assert killed == {4: (["army"], False, True), 12: (["district health office"], True, True),
                      19: (["district health office"], True, True)}
    markdown = run("summarize", str(report), "--format", "markdown", "-q")
    assert "(disputed; rising toll, latest 19)" in markdown


def test_previously_reported_across_days(tmp_path):
    for day in ("2024-03-01", "2024-03-02"):
        (tmp_path / f"{day}-wire.txt").write_text(
            f" date {day} Aid\n\nThe Pentagon said it had provided $4.2 billion in security assistance so far.\n",
            encoding="utf-8")
    days = json.loads(run("summarize", str(tmp_path), "--format", "json", "-q"))["days"]
    flags = [[f["previously_reported"] for f in d["figures"] if f["kind"] == "money"] for d in days]
    assert flags == [[False], [True]]


def _readme_gazetteer() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(# burkina\.toml\n.*?)```", text, re.S)
    assert block, "the README's Extending section shows a gazetteer file"
    return block.group(1)


def test_readme_gazetteer_extends_places_and_sectors(tmp_path):
    gazetteer = tmp_path / "burkina.toml"
    gazetteer.write_text(_readme_gazetteer(), encoding="utf-8")
    report = tmp_path / "2025-04-02-burkina.txt"
    report.write_text(" date 2025-04-02 Soum\n\nJihadists attacked Tongomael on Tuesday, killing "
                      "12 soldiers, the army said. Families fled to Djibo.\n", encoding="utf-8")
    lines = run("claims", str(report), "--gazetteer", str(gazetteer), "--sector", "Soum front",
                "--format", "jsonl", "-q").splitlines()
    claims = [json.loads(line) for line in lines]
    assert claims and all(c["sectors"] == ["Sahel front"] for c in claims)
    assert {"Tongomayel", "Djibo"} <= {name for c in claims for name in c["locations"]}
    extracted = json.loads(run("extract", str(report), "--gazetteer", str(gazetteer), "--format", "json", "-q"))
    place = next(p for p in extracted[0]["locations"] if p["name"] == "Tongomayel")
    assert (place["type"], place["admin1"], place["country"], place["sector"]) == (
        "village", "Sahel Region", "Burkina Faso", "Sahel front")


def test_theatres_of_other_wars_ship_with_the_tool(tmp_path):
    report = tmp_path / "2024-05-11-sudan.txt"
    report.write_text(" date 2024-05-11 Shelling\n\nShelling of Al-Fashir killed at least 12 civilians, "
                      "a local doctors' group said. Fighting went on in Omdurman.\n", encoding="utf-8")
    lines = run("claims", str(report), "--sector", "Darfur", "--format", "jsonl", "-q").splitlines()
    (claim,) = [json.loads(line) for line in lines]
    assert (claim["sectors"], claim["locations"]) == (["Darfur"], ["El Fasher"])
    sectors = run("sectors", str(report), "--format", "tsv", "-q").splitlines()[1:]
    assert [line.split("\t")[:3] for line in sectors] == [
        ["Darfur", "1", "El Fasher"], ["Khartoum", "1", "Omdurman"]]


def test_a_speakers_file_adds_a_known_person(tmp_path):
    lexicon = tmp_path / "people.toml"
    lexicon.write_text('[[person]]\nname = "Amina Yusuf"\naliases = ["Amina Youssef"]\n'
                       'role = "Governor of North Darfur"\nside = "Sudan"\n', encoding="utf-8")
    report = tmp_path / "2024-05-12-darfur.txt"
    report.write_text(" date 2024-05-12 Darfur\n\nAmina Youssef said 14 civilians were killed "
                      "in the shelling.\n", encoding="utf-8")
    lines = run("claims", str(report), "--speakers", str(lexicon), "--speaker", "amina yusuf",
                "--format", "jsonl", "-q").splitlines()
    (claim,) = [json.loads(line) for line in lines]
    assert (claim["speaker"], claim["speaker_role"], claim["speaker_side"]) == (
        "Amina Yusuf", "Governor of North Darfur", "Sudan")


def test_a_broken_speakers_file_is_a_usage_error(tmp_path):
    lexicon = tmp_path / "people.toml"
    lexicon.write_text("[[person]\nname = ", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", SAMPLES, "--speakers", str(lexicon), "-q"])
    assert result.exit_code == 2 and "--speakers: cannot load" in result.stderr


def test_a_sample_cut_off_mid_sentence_is_read_with_a_warning():
    result = CliRunner().invoke(app, ["extract", SAMPLES, "--format", "jsonl"])
    assert result.exit_code == 0
    cut = [line for line in result.stderr.splitlines() if "cut off" in line]
    assert cut == [f"digest: {SAMPLES}/2025-05-18-wire-gaza-toll-cut-off.txt: ends mid-sentence "
                   "('...the bodies of two'); the report may have been cut off"]
    gaza = [json.loads(line) for line in result.stdout.splitlines() if "gaza-toll-cut-off" in line]
    assert [(f["value"], f["period"]) for f in gaza[0]["figures"] if f["kind"] == "killed"][:2] == [
        (103, "daily"), (53339, "cumulative")]


def test_the_days_deaths_beside_a_risen_toll_are_no_earlier_toll():
    (day,) = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2025-06-15", "-q"))["days"]
    killed = {f["value"]: f for f in day["figures"] if f["kind"] == "killed"}
    assert (killed[146]["period"], killed[146]["rising"]) == ("daily", False)
    assert killed[224]["update"] and not killed[224]["disputed"]
    assert {"official", "Iranian atomic energy organisation", "Iranian UN ambassador"} <= {
        s["name"] for s in day["speakers"]}


def test_an_older_wars_wire_story_is_read_by_its_rules():
    """The Iraq sample: a dateline with the agency before the date, the count of anonymous
    sources and a witness's age that are no figures, a region's toll after its name."""
    (day,) = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2007-03-06", "-q"))["days"]
    figures = {(f["kind"], f["value"], f["what"]) for f in day["figures"]}
    assert {("killed", 93, "person"), ("killed", 101, "person"), ("killed", 2, "soldier"),
            ("other", 2, "bomber")} <= figures
    assert not {f for f in figures if f[2] == "official" or f[1] == 34}
    assert {"police and hospital officials", "Iraqi officials", "Ali Kadhim", "US military"} <= {
        s["name"] for s in day["speakers"]}


def test_each_figure_has_its_own_source_and_place():
    """The Karabakh sample: two ministries' tolls in one sentence, a roundup of two villages'
    tolls, a village placed by its distance from a city."""
    (day,) = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2016-04-02", "-q"))["days"]
    given = {(f["kind"], f["value"]): (f["speakers"], f["places"]) for f in day["figures"]}
    assert given[("killed", 12)][0] == ["Azerbaijani defence ministry"]
    assert given[("killed", 18)][0] == given[("wounded", 35)][0] == ["Armenian defence ministry"]
    assert given[("killed", 2)][1] == ["Martakert"] and given[("killed", 1)][1] == ["Martuni"]
    assert given[("destroyed", 6)][1] == ["Talish", "near Stepanakert"]
    claims = run("claims", SAMPLES, "--date", "2016-04-02", "--format", "tsv", "-q")
    assert "killed: 18 soldiers (per Armenian defence ministry)" in claims


def test_a_live_page_s_day_headings_date_its_entries():
    """The Kursk sample, a live page dated 6 August that runs past midnight: the entries under
    `Wednesday 7 August` are claims of the 7th, and `--date` finds them there."""
    def texts(day: str) -> list[str]:
        claims = json.loads(run("claims", SAMPLES, "--date", day, "--format", "json", "-q"))
        return [c["text"] for c in claims if c["sources"][0].endswith("kursk-incursion-overnight.txt")]

    tuesday, wednesday = texts("2024-08-06"), texts("2024-08-07")
    assert any("about 300 Ukrainian troops" in t for t in tuesday)
    assert any("up to 315 Ukrainian troops" in t for t in wednesday)
    assert any("shot down 19 of 23" in t for t in wednesday)
    assert not any("315" in t or "19 of 23" in t for t in tuesday)
    assert not any("300 Ukrainian troops" in t for t in wednesday)


def test_two_sides_tolls_past_events_and_corrections_are_told_apart():
    """The Pakistan-Afghanistan sample: each side's toll of Pakistan's soldiers disputes the
    other's; nine civilians and nine fighters killed are two facts; a clash recalled after
    `when` is dated to its month and disputes nothing; the number a correction withdrew is
    no figure."""
    (day,) = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2025-10-12", "-q"))["days"]
    killed = {(f["value"], f["what"]): f for f in day["figures"] if f["kind"] == "killed"}
    assert killed[(23, "soldier")]["disputed"] and killed[(58, "soldier")]["disputed"]
    assert killed[(23, "soldier")]["speakers"] == ["Pakistani military"]
    assert killed[(9, "civilian")]["speakers"] == ["Afghan health officials"]
    assert killed[(9, "fighter")]["speakers"] == ["Zabihullah Mujahid"]
    assert not killed[(9, "fighter")]["disputed"]
    recalled = killed[(11, "soldier")]
    assert (recalled["on"], recalled["disputed"], recalled["rising"]) == ("2024-10", False, False)
    assert not [f for f in day["figures"] if f["value"] == 32]


def test_one_days_reports_of_one_attack_are_told_together():
    """The Port Sudan sample day (a wire story, a flash update, a live page): the toll given
    without a place in one report meets the one given in the city in another, and rises in
    the hospital director's numbers of two reports; the city a UN
    spokesman spoke in is no place of his figure; one hospital director spelled two ways is
    one speaker; a pledge and an appeal are two sums, no dispute."""
    (day,) = json.loads(run("summarize", SAMPLES, "--format", "json", "--date", "2025-05-06", "-q"))["days"]
    figures = {(f["kind"], f["value"]): f for f in day["figures"]}
    killed = figures[("killed", 6)]
    assert (killed["rising"], killed["latest"], [v["value"] for v in killed["variants"]]) == (True, True, [4])
    wounded = figures[("wounded", 15)]  # the director's 12 in one report, 15 in another: his toll rose
    assert (wounded["rising"], wounded["latest"], wounded["disputed"], [v["value"] for v in wounded["variants"]]) \
        == (True, True, False, [12])
    assert figures[("displaced", 240000)]["places"] == ["Port Sudan"]
    assert not (figures[("money", 1500000000)]["disputed"] or figures[("money", 4200000000)]["disputed"])
    osman = [s for s in day["speakers"] if "Osman" in s["name"]]
    assert [s["statements"] for s in osman] == [3]
