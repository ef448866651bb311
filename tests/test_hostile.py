"""Issue 7: hostile and broken input. Never a traceback, never a lost report, never an
injected terminal.

Each case goes through the library (`read_reports` / `read_report_bytes`) and, where the
issue is about the command line, through the CLI runner. Timing of the extractors on
pathological text is in test_regex_safety.py.
"""
from __future__ import annotations

import builtins
import contextlib
import datetime
import gzip
import json
import os
import re
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import explain, md_tables, parse_csv, parse_jsonl, unescape_tsv
from conflict_digest import reader
from conflict_digest.models import FIGURE_KINDS, Report, Skipped
from conflict_digest.reader import MAX_REPORT_BYTES, read_report_bytes
from conflict_digest.sentences import normalise
from helpers import read_all, read_one

pytestmark = pytest.mark.usefixtures("clean_env")

ESC, BEL = "\x1b", "\x07"
BODY = ("Russian forces shelled Kherson overnight, killing 3 civilians and wounding 12 others, "
        "the regional governor said.\n")
SEED = f" date 2023-03-14 Night strikes\n\n{BODY}"
SUMMARY_LINE = re.compile(r"^digest: read (\d+) reports?, skipped (\d+)(?: \((.*)\))?$")


# --- helpers ------------------------------------------------------------------------------

def clean_run(result):
    """No traceback and no exception escaped, whatever the exit code."""
    assert "Traceback" not in result.stdout + result.stderr, explain(result)
    assert result.exception is None or isinstance(result.exception, SystemExit), explain(result)
    return result


def ok(result):
    clean_run(result)
    assert result.exit_code == 0, explain(result)
    return result


def summary(result) -> tuple[int, int, str]:
    """(reports read, files skipped, reasons) from the closing line on stderr."""
    last = result.stderr.rstrip("\n").splitlines()[-1]
    m = SUMMARY_LINE.match(last)
    assert m, f"no summary line at the end of stderr:\n{result.stderr}"
    return int(m.group(1)), int(m.group(2)), m.group(3) or ""


def write(path, content: str | bytes) -> str:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return str(path)


# --- files: empty, binary, encodings ------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   ", b" \n\t\r\n  \n\n", b"\xef\xbb\xbf \n",
                                  b"\xff\xfe" + " \n".encode("utf-16-le")])
def test_empty_and_whitespace_only_are_skipped(data):
    assert read_one(data, "x.txt")[0] == Skipped("x.txt", "empty")


def test_empty_folder_exits_1_naming_the_reason(invoke, tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", b" \n\n\t\n")
    result = clean_run(invoke("summarize", tmp_path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr  # one sentence
    assert "no readable reports" in result.stderr and "2 files skipped: empty" in result.stderr


def test_empty_files_beside_a_report_are_named_and_counted(invoke, tmp_path):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", b"  \n \n")
    write(tmp_path / "2023-03-14-a.txt", BODY)
    result = ok(invoke("extract", tmp_path, "--format", "json"))
    assert len(json.loads(result.stdout)) == 1
    assert f"{empty}: skipped (empty)" in result.stderr
    assert f"{blank}: skipped (empty)" in result.stderr
    assert summary(result) == (1, 2, "empty: 2")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # a PNG header
    b"\x89PNG\r\n\x1a\n",
    b"Shelling \x00continued\x00 overnight." * 20,  # NUL bytes in text
    b"\x00" * 100,
    bytes(range(256)) * 4,
    b"\xff\xfe\x00\x00\x00\x00",  # a UTF-16 BOM before NUL characters
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
])
def test_binary_is_skipped(data):
    assert read_one(data, "x.txt")[0] == Skipped("x.txt", "binary file")


def test_binary_files_are_named_in_warnings_and_json(invoke, tmp_path):
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    nul = write(tmp_path / "dump.txt", b"abc\x00def\x00" * 50)
    write(tmp_path / "2023-03-14-a.txt", BODY)
    result = ok(invoke("summarize", tmp_path, "--format", "json"))
    assert json.loads(result.stdout)["skipped"] == [
        {"path": nul, "reason": "binary file"}, {"path": png, "reason": "binary file"}]
    assert f"{png}: skipped (binary file)" in result.stderr
    assert f"{nul}: skipped (binary file)" in result.stderr
    assert summary(result) == (1, 2, "binary file: 2")


def test_binary_only_on_stdin_exits_1(invoke):
    result = clean_run(invoke("extract", "-", input=b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert result.exit_code == 1 and "binary file" in result.stderr


def test_invalid_utf8_falls_back_to_cp1252_with_a_warning_naming_the_file(invoke, tmp_path):
    text = SEED.replace("civilians", "civilians at the caf\u00e9 \u2013 officials")
    path = write(tmp_path / "old.txt", text.encode("cp1252"))
    [report], warnings = read_all(path)
    assert "caf\u00e9" in report.text and report.date == "2023-03-14"
    assert warnings == [f"{path}: not valid UTF-8; read as Windows-1252 (cp1252)"]
    result = ok(invoke("extract", path, "--format", "json"))
    assert f"{path}: not valid UTF-8; read as Windows-1252 (cp1252)" in result.stderr
    [item] = json.loads(result.stdout)
    assert {f["value"] for f in item["figures"]} >= {3, 12}


@pytest.mark.parametrize("bom, encoding", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom(invoke, tmp_path, bom, encoding):
    path = write(tmp_path / "wide.txt", bom + SEED.encode(encoding))
    [report], warnings = read_all(path)
    assert (report.date, report.headline) == ("2023-03-14", "Night strikes")
    assert BODY in report.text and warnings == []
    [item] = json.loads(ok(invoke("extract", path, "--format", "json")).stdout)
    assert {f["value"] for f in item["figures"]} >= {3, 12}
    assert [loc["name"] for loc in item["locations"]] == ["Kherson"]


def test_crlf_line_endings(invoke, tmp_path):
    text = SEED + "\nA second paragraph says 4 drones were shot down.\n"
    path = write(tmp_path / "windows.txt", text.replace("\n", "\r\n"))
    [report], _ = read_all(path)
    assert "\r" not in report.text and report.headline == "Night strikes"
    claims = json.loads(ok(invoke("claims", path, "--format", "json")).stdout)
    assert claims and all("\r" not in c["text"] for c in claims)
    assert {c["text"] for c in claims} >= {BODY.strip()}


def test_50_mb_file_without_a_line_break(invoke, tmp_path):
    """A 50 MB one-line file (a minified dump, a log): read up to MAX_REPORT_BYTES with a
    warning, never all of it, and never a crash. The filler is one long run of one letter:
    the point is the reader's limit; how the extractors scale with long text is
    test_regex_safety.py's (16 MB of base64 or of prose take 15 s to a minute to extract,
    linear but too slow for a unit test; this file takes about 4 s)."""
    path = tmp_path / "2023-03-14-dump.txt"
    with open(path, "wb") as out:
        out.write(BODY.rstrip("\n").encode() + b" ")
        block = b"x" * (1 << 20)  # 1 MB, no space, no line break
        while out.tell() < 50 * 1024 * 1024:
            out.write(block)
    assert os.path.getsize(path) > 50 * 1024 * 1024 > MAX_REPORT_BYTES

    [report], warnings = read_all(path)
    assert isinstance(report, Report) and report.date == "2023-03-14"
    assert len(report.text.encode()) <= MAX_REPORT_BYTES
    assert warnings == [f"{path}: larger than {MAX_REPORT_BYTES} bytes; only the first "
                        f"{MAX_REPORT_BYTES} bytes were read"]

    result = ok(invoke("extract", path, "--format", "jsonl"))
    [item] = parse_jsonl(result.stdout)
    assert item["date"] == "2023-03-14" and {f["value"] for f in item["figures"]} >= {3, 12}
    assert f"{path}: larger than {MAX_REPORT_BYTES} bytes" in result.stderr
    assert summary(result) == (1, 0, "")


# 100,000 files is the figure; writing and reading them takes minutes, so this reads
# 5,000 tiny files (a mix of reports, empty, binary, hidden and backup files) and checks that
# every report file is accounted for: reports + skipped == report files.
MANY = 5000


def test_thousands_of_small_files_are_all_accounted_for(invoke, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    expected = {"report": 0, "empty": 0, "binary file": 0}
    for i in range(MANY):
        name = f"2023-03-{1 + i % 28:02d}-r{i:05d}.txt"
        if i % 97 == 0:
            (folder / name).write_bytes(b"")
            expected["empty"] += 1
        elif i % 89 == 0:
            (folder / name).write_bytes(b"\x89PNG\r\n\x1a\n")
            expected["binary file"] += 1
        else:
            (folder / name).write_text(f"Shelling near Kherson wounded {i % 7 + 2} people.\n")
            expected["report"] += 1
    for i in range(50):  # never reports: skipped silently, not counted
        (folder / f".hidden-{i}.txt").write_text(BODY)
        (folder / f"backup-{i}.txt~").write_text(BODY)
    items, _ = read_all(folder)
    reports = [i for i in items if isinstance(i, Report)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(reports) == expected["report"]
    assert len(reports) + len(skipped) == MANY
    assert {s.reason for s in skipped} == {"empty", "binary file"}
    assert len({i.path for i in items}) == MANY

    result = ok(invoke("extract", folder, "--format", "jsonl"))
    assert len(parse_jsonl(result.stdout)) == expected["report"]
    read, skipped_count, reasons = summary(result)
    assert (read, skipped_count) == (expected["report"], expected["empty"] + expected["binary file"])
    assert f"empty: {expected['empty']}" in reasons and f"binary file: {expected['binary file']}" in reasons


def test_symlink_loops(invoke, tmp_path):
    good = write(tmp_path / "2023-03-14-a.txt", BODY)
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "ping.txt").symlink_to(tmp_path / "pong.txt")
    (tmp_path / "pong.txt").symlink_to(tmp_path / "ping.txt")
    items, _ = read_all(tmp_path)
    assert [i.path for i in items if isinstance(i, Report)] == [good]
    loops = {os.path.basename(i.path) for i in items
             if isinstance(i, Skipped) and i.reason == "too many levels of symbolic links"}
    assert loops == {"self.txt", "ping.txt", "pong.txt"}

    result = clean_run(invoke("summarize", tmp_path, "--format", "json"))
    assert result.exit_code == 0
    assert [s["path"] for s in json.loads(result.stdout)["skipped"]] == [
        str(tmp_path / "ping.txt"), str(tmp_path / "pong.txt"), str(tmp_path / "self.txt")]
    assert summary(result) == (1, 3, "too many levels of symbolic links: 3")


def test_deeply_nested_folders_do_not_exhaust_the_stack():
    """1,500 nested folders: more than Python's recursion limit (defect fixed: the folder walk
    recursed once per level and raised RecursionError)."""
    with nested_folders(1500) as (root, path):
        items, _ = read_all(root)
        assert [i.path for i in items] == [path]


def test_deeply_nested_folders_with_a_progress_bar(invoke, monkeypatch):
    import conflict_digest.cli as cli
    monkeypatch.setattr(cli, "_isatty", lambda stream: True)
    with nested_folders(1500) as (root, _):
        ok(invoke("extract", root, "--format", "json"))


@contextlib.contextmanager
def nested_folders(depth: int):
    """A report at the bottom of `depth` nested folders, made and removed level by level
    (os.makedirs and shutil.rmtree recurse per level too)."""
    root = tempfile.mkdtemp()
    levels = [root]
    try:
        for _ in range(depth):
            levels.append(os.path.join(levels[-1], "d"))
            os.mkdir(levels[-1])
        path = os.path.join(levels[-1], "2023-03-14-deep.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(BODY)
        yield root, path
    finally:
        if os.path.exists(os.path.join(levels[-1], "2023-03-14-deep.txt")):
            os.remove(os.path.join(levels[-1], "2023-03-14-deep.txt"))
        for level in reversed(levels):
            if os.path.isdir(level):
                os.rmdir(level)


def _deny(monkeypatch, path):
    """An unreadable file: chmod 000, or (root reads anything) an `open` that refuses it."""
    if os.geteuid() != 0:
        os.chmod(path, 0)
        return
    real_open = builtins.open

    def refusing(file, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(reader, "open", refusing, raising=False)


def test_unreadable_file(invoke, tmp_path, monkeypatch):
    good = write(tmp_path / "2023-03-14-a.txt", BODY)
    locked = tmp_path / "2023-03-14-locked.txt"
    write(locked, BODY)
    _deny(monkeypatch, locked)
    try:
        items, _ = read_all(tmp_path)
        assert items[0].path == good and isinstance(items[0], Report)
        assert items[1] == Skipped(str(locked), "permission denied")

        result = ok(invoke("claims", tmp_path, "--format", "tsv"))
        assert f"{locked}: skipped (permission denied)" in result.stderr
        assert summary(result) == (1, 1, "permission denied: 1")
        strict = clean_run(invoke("claims", tmp_path, "--format", "tsv", "--strict"))
        assert strict.exit_code == 1 and strict.stdout == result.stdout
    finally:
        os.chmod(locked, 0o644)


def test_path_that_does_not_exist(invoke, tmp_path, monkeypatch):
    monkeypatch.delenv("DIGEST_DEBUG", raising=False)  # as a user runs it
    missing = tmp_path / "no-such-folder"
    items, _ = read_all(missing)
    assert items == [Skipped(str(missing), "no such file or directory")]
    for command in ("summarize", "claims", "extract", "sectors"):
        result = clean_run(invoke(command, missing))
        assert result.exit_code == 1, explain(result)
        assert result.stdout == ""
        assert result.stderr == f"digest: no such file or directory: {missing}\n"


def test_folder_with_no_reports(invoke, tmp_path):
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "sub" / "data.csv", "a,b\n")
    said = [f"{tmp_path / 'sub'}: skipped 1 file not named .txt, .md, .html or .htm (gzipped or "
            "not): data.csv",
            f"{tmp_path}: skipped 2 files not named .txt, .md, .html or .htm (gzipped or not): "
            "notes.json, photo.png"]
    assert read_all(tmp_path) == ([], said)
    result = clean_run(invoke("summarize", tmp_path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "".join(f"digest: {line}\n" for line in said) + \
        f"digest: no readable reports in {tmp_path} (no report files found)\n"


def test_hidden_files_and_editor_backups_are_skipped_silently(invoke, tmp_path):
    good = write(tmp_path / "2023-03-14-a.txt", BODY)
    for name in (".hidden.txt", ".git/HEAD.txt", "a.txt~", ".a.txt.swp", "a.txt.swp",
                 "#a.txt#", ".#a.txt"):
        write(tmp_path / name, SEED)
    items, warnings = read_all(tmp_path)
    assert [i.path for i in items] == [good] and warnings == []
    result = ok(invoke("extract", tmp_path, "--format", "jsonl"))
    assert [item["report"] for item in parse_jsonl(result.stdout)] == [good]
    assert result.stderr == "digest: read 1 report, skipped 0\n"


def test_gzip_reports_are_read_transparently(invoke, tmp_path):
    path = write(tmp_path / "night.txt.gz", gzip.compress(SEED.encode()))
    write(tmp_path / "notes.json.gz", gzip.compress(b"{}"))  # not a report suffix
    [report], warnings = read_all(tmp_path)
    assert (report.path, report.date, report.headline) == (path, "2023-03-14", "Night strikes")
    [item] = json.loads(ok(invoke("extract", tmp_path, "--format", "json")).stdout)
    assert item["report"] == path and item["date"] == "2023-03-14"
    assert {f["value"] for f in item["figures"]} >= {3, 12}


def test_corrupt_gzip_is_skipped_with_its_reason(invoke, tmp_path):
    write(tmp_path / "2023-03-14-a.txt", BODY)
    bad = write(tmp_path / "bad.txt.gz", b"\x1f\x8b\x08\x00garbage")
    result = ok(invoke("summarize", tmp_path, "--format", "json"))
    assert json.loads(result.stdout)["skipped"] == [{"path": bad, "reason": "corrupt gzip data"}]


def test_report_cut_off_mid_sentence(invoke, tmp_path):
    text = (" date 2023-03-14\n\nRussian forces killed 20 civilians in Bakhmut, officials said. "
            "A second strike on Kherson wounded 7 people and the governor sai")
    path = write(tmp_path / "cut.txt", text)
    [report], _ = read_all(path)
    assert report.text.endswith("the governor sai")
    [item] = json.loads(ok(invoke("extract", path, "--format", "json")).stdout)
    assert {(f["kind"], f["value"]) for f in item["figures"]} >= {("killed", 20), ("wounded", 7)}
    assert item["claims"][-1]["text"].endswith("the governor sai")


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_utf8_cut_inside_a_character(cut):
    """A file cut inside a multi-byte character (a copy stopped early): not cp1252 garbage for
    the whole report, at most one replacement character."""
    data = SEED.replace("civilians", "civilians in \u041a\u0438\u0457\u0432 \U0001f525").encode()
    end = data.index("\U0001f525".encode()) + cut
    report, warnings = read_one(data[:end])
    assert isinstance(report, Report) and "\u041a\u0438\u0457\u0432" in report.text


GERMAN = (" date 2023-01-05 K\u00e4mpfe um Bachmut\n\n"
          "Die russischen Streitkr\u00e4fte haben am Donnerstag ihre Angriffe auf die Stadt "
          "Bachmut im Osten der Ukraine fortgesetzt. Nach Angaben des ukrainischen "
          "Generalstabs wurden dabei mindestens 800 russische Soldaten get\u00f6tet und 1.200 "
          "verwundet. Der B\u00fcrgermeister sagte, die Lage sei sehr schwierig, und rief die "
          "verbliebenen Einwohner zur Evakuierung auf. Am 5. Januar meldete das Ministerium "
          "3,5 Millionen Binnenfl\u00fcchtlinge.\n")
UKRAINIAN = (" date 2023-01-05 \u0411\u043e\u0457 \u0437\u0430 \u0411\u0430\u0445\u043c\u0443\u0442\n\n"
             "\u0420\u043e\u0441\u0456\u0439\u0441\u044c\u043a\u0456 \u0432\u0456\u0439\u0441\u044c\u043a\u0430 "
             "\u043f\u0440\u043e\u0434\u043e\u0432\u0436\u0438\u043b\u0438 \u043d\u0430\u0441\u0442\u0443\u043f "
             "\u043d\u0430 \u0411\u0430\u0445\u043c\u0443\u0442 \u0443 \u0447\u0435\u0442\u0432\u0435\u0440. "
             "\u0417\u0430 \u0434\u0430\u043d\u0438\u043c\u0438 \u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c"
             "\u043d\u043e\u0433\u043e \u0448\u0442\u0430\u0431\u0443, \u0437\u0430 \u0434\u043e\u0431\u0443 "
             "\u0431\u0443\u043b\u043e \u0437\u043d\u0438\u0449\u0435\u043d\u043e 800 \u0440\u043e\u0441\u0456"
             "\u0439\u0441\u044c\u043a\u0438\u0445 \u0432\u0456\u0439\u0441\u044c\u043a\u043e\u0432\u0438\u0445, "
             "\u0449\u0435 1 200 \u043e\u0442\u0440\u0438\u043c\u0430\u043b\u0438 \u043f\u043e\u0440\u0430\u043d"
             "\u0435\u043d\u043d\u044f. \u0413\u043e\u043b\u043e\u0432\u0430 \u043e\u0431\u043b\u0430\u0441\u043d"
             "\u043e\u0457 \u0430\u0434\u043c\u0456\u043d\u0456\u0441\u0442\u0440\u0430\u0446\u0456\u0457 "
             "\u0437\u0430\u044f\u0432\u0438\u0432, \u0449\u043e \u0441\u0438\u0442\u0443\u0430\u0446\u0456\u044f "
             "\u0437\u0430\u043b\u0438\u0448\u0430\u0454\u0442\u044c\u0441\u044f \u0441\u043a\u043b\u0430\u0434"
             "\u043d\u043e\u044e. \u0421\u0442\u0430\u043d\u043e\u043c \u043d\u0430 5 \u0441\u0456\u0447\u043d"
             "\u044f \u0432 \u043e\u0431\u043b\u0430\u0441\u0442\u0456 \u0437\u0430\u0440\u0435\u0454\u0441"
             "\u0442\u0440\u043e\u0432\u0430\u043d\u043e 3,5 \u043c\u0456\u043b\u044c\u0439\u043e\u043d\u0430 "
             "\u043f\u0435\u0440\u0435\u0441\u0435\u043b\u0435\u043d\u0446\u0456\u0432.\n")
FOREIGN = {"german": GERMAN, "ukrainian": UKRAINIAN}


@pytest.mark.parametrize("language", FOREIGN)
def test_report_in_another_language_warns(invoke, tmp_path, language):
    """Defect fixed: nothing said a report was not English (reader.looks_english now)."""
    path = write(tmp_path / f"{language}.txt", FOREIGN[language])
    [report], warnings = read_all(path)
    assert report.date == "2023-01-05" and report.english is False
    assert warnings == [f"{path}: does not look like English; figures and speakers may be missed"]
    result = ok(invoke("extract", path, "--format", "json"))
    assert f"{path}: does not look like English" in result.stderr


TABLE_ROWS = "".join(f"| Kora{i} district | {i} | {i * 2} | {i * 100} |\n" for i in range(1, 40))


def test_a_report_mostly_of_tables_is_english():
    """Defect fixed: a report of one table and a heading had no English prose to count, its
    cells (`Kora1 district`, `Killed`) no function words: it was taken for another language
    and its figures dropped. Table rows and short lines are no prose to judge by."""
    text = (" date 2025-03-10 Weekly casualty table\n\n| District | Killed | Wounded | Displaced |\n"
            f"|---|---|---|---|\n{TABLE_ROWS}\nSource: Kora Monitor\n")
    report, warnings = read_one(text.encode(), "2025-03-10-table.md")
    assert report.english is True and warnings == []


def test_a_foreign_report_with_a_table_is_still_foreign():
    report, warnings = read_one((GERMAN + f"\n| Bezirk | Tote |\n|---|---|\n{TABLE_ROWS}").encode())
    assert report.english is False


def test_english_reports_do_not_warn_about_language(invoke, samples):
    result = ok(invoke("extract", samples, "--format", "jsonl"))
    assert "does not look like English" not in result.stderr
    short = read_one("Bakhmut: 3 killed.".encode())[1]  # too short to tell
    assert not any("English" in w for w in short)


@pytest.mark.parametrize("language", FOREIGN)
def test_a_report_built_by_hand_is_checked_for_its_language(tmp_path, language):
    """A library user's Report carries no language verdict; the extractor finds one itself."""
    from conflict_digest.models import Report
    from conflict_digest.pipeline import Extractor
    [read], _ = read_all(write(tmp_path / "foreign.txt", FOREIGN[language]))
    by_hand = Report(path="by-hand.txt", text=read.text, date=read.date)
    assert by_hand.english is None
    assert Extractor.load().extract(by_hand).figures == []


@pytest.mark.parametrize("language", FOREIGN)
def test_report_in_another_language_gives_no_garbage_figures(invoke, tmp_path, language):
    path = write(tmp_path / f"{language}.txt", FOREIGN[language])
    [item] = json.loads(ok(invoke("extract", path, "--format", "json")).stdout)
    for f in item["figures"]:  # none, or only what the text says, with an English noun
        assert f["value"] in (800, 1200, 3_500_000), f
        assert re.fullmatch(r"[a-z]+", f["what"] or "") and f["kind"] != "other", f


# --- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2023-13-45", "2023-02-30", "2023-00-10", "2023-04-31"])
def test_impossible_header_date_falls_through_to_the_file_name(value):
    data = f" date {value} Night strikes\n\n{BODY}".encode()
    report, warnings = read_one(data, "2023-03-15-x.txt")
    assert (report.date, report.date_source) == ("2023-03-15", "filename")
    assert report.headline == "Night strikes" and value not in report.text
    assert warnings == [f"2023-03-15-x.txt: the header date '{value}' is not a real date; "
                        "using 2023-03-15 from the file name"]
    report, warnings = read_one(data, "x.txt")
    assert report.date is None
    assert warnings == [f"x.txt: the header date '{value}' is not a real date; "
                        "listed under 'undated'"]


def test_impossible_header_date_falls_through_to_the_dateline():
    data = f" date 2023-02-30\n\nKYIV, March 14, 2023 (Wire) - {BODY}".encode()
    report, warnings = read_one(data, "x.txt")
    assert (report.date, report.date_source) == ("2023-03-14", "dateline")
    assert "using 2023-03-14 from the dateline" in warnings[0]


@pytest.mark.parametrize("header", ["Date: 2023-13-45", "Date: February 30, 2023",
                                    "---\ndate: 2023-02-30\n---"])
def test_impossible_date_in_header_block_or_front_matter(header):
    report, warnings = read_one(f"{header}\n\n{BODY}".encode(), "2023-03-15-x.txt")
    assert report.date == "2023-03-15" and BODY.strip() in report.text
    assert len(warnings) == 1 and "is not a real date; using 2023-03-15" in warnings[0]


@pytest.mark.parametrize("header, where", [(" date 2023", "header"), ("Date: 2023", "header"),
                                           ("---\ndate: 2023\n---", "front matter")])
def test_year_only_header(header, where):
    """A year alone is no day or month: undated with a warning, or the file name's date.
    (Defect fixed: ` date 2023` was not taken for a header at all and stayed in the text.)"""
    report, warnings = read_one(f"{header}\n\n{BODY}".encode(), "x.txt")
    assert report.date is None and "2023" not in report.text
    assert warnings == [f"x.txt: the {where} date '2023' gives only a year; listed under 'undated'"]
    report, warnings = read_one(f"{header}\n\n{BODY}".encode(), "2023-03-15-x.txt")
    assert report.date == "2023-03-15"
    assert warnings == [f"2023-03-15-x.txt: the {where} date '2023' gives only a year; "
                        "using 2023-03-15 from the file name"]


def test_one_digit_month_and_day_in_the_seed_header():
    report, warnings = read_one(f" date 2023-3-4\n\n{BODY}".encode(), "x.txt")
    assert report.date == "2023-03-04" and warnings == []


@pytest.mark.parametrize("header, date", [(" date 2099-01-01", "2099-01-01"),
                                          ("Date: 5 January 2099", "2099-01-05"),
                                          (" date 2099-06", "2099-06")])
def test_date_far_in_the_future_is_kept_with_a_warning(header, date):
    report, warnings = read_one(f"{header}\n\n{BODY}".encode(), "x.txt")
    assert report.date == date
    assert warnings == [f"x.txt: date {date} is in the future"]


def test_future_tolerance(monkeypatch):
    monkeypatch.setattr(reader, "today", lambda: datetime.date(2023, 3, 1))
    assert read_one(f" date 2024-02-28\n\n{BODY}".encode())[1] == [
        "2023-03-14-report.txt: date 2024-02-28 from the header disagrees with 2023-03-14 in "
        "the file name; using 2024-02-28"]
    warnings = read_one(f" date 2024-03-03\n\n{BODY}".encode(), "x.txt")[1]
    assert warnings == ["x.txt: date 2024-03-03 is in the future"]


def test_future_date_through_the_cli(invoke, tmp_path):
    path = write(tmp_path / "typo.txt", f" date 2099-01-01\n\n{BODY}")
    result = ok(invoke("summarize", path, "--format", "json"))
    assert [d["date"] for d in json.loads(result.stdout)["days"]] == ["2099-01-01"]
    assert f"{path}: date 2099-01-01 is in the future" in result.stderr


def test_header_and_file_name_disagree(invoke, tmp_path):
    path = write(tmp_path / "2023-03-13-blog.txt", SEED)
    [report], warnings = read_all(path)
    assert report.date == "2023-03-14"
    assert warnings == [f"{path}: date 2023-03-14 from the header disagrees with 2023-03-13 "
                        "in the file name; using 2023-03-14"]
    result = ok(invoke("summarize", path, "--format", "json"))
    assert [d["date"] for d in json.loads(result.stdout)["days"]] == ["2023-03-14"]
    assert warnings[0] in result.stderr


def test_overlong_date_header_is_not_parsed():
    """dateutil takes seconds over a header line of megabytes; such a value is no date."""
    value = "5 January 2023 " * 50_000
    report, warnings = read_one(f"Date: {value}\n\n{BODY}".encode(), "x.txt")
    assert report.date is None and warnings[0].startswith("x.txt: the header date '5 January")


# --- nothing lost -------------------------------------------------------------------------

def mixed_folder(root):
    """Two reports, an empty file, a binary file, a corrupt gzip and an unreadable name."""
    write(root / "2023-03-14-a.txt", SEED)
    write(root / "2023-03-15-b.txt", BODY.replace("3 civilians", "5 civilians"))
    write(root / "empty.txt", b"")
    write(root / "image.txt", b"\x89PNG\r\n\x1a\n")
    write(root / "broken.txt.gz", b"\x1f\x8b\x08\x00junk")
    return root


COMMAND_FORMATS = [("summarize", "json"), ("summarize", "markdown"), ("claims", "csv"),
                   ("claims", "jsonl"), ("extract", "jsonl"), ("extract", "json"),
                   ("sectors", "tsv")]


@pytest.mark.parametrize("command, fmt", COMMAND_FORMATS)
def test_every_run_ends_with_a_summary_line(invoke, tmp_path, command, fmt):
    folder = mixed_folder(tmp_path)
    result = ok(invoke(command, folder, "--format", fmt))
    read, skipped, reasons = summary(result)
    assert (read, skipped) == (2, 3)
    assert sorted(reasons.split(", ")) == ["binary file: 1", "corrupt gzip data: 1", "empty: 1"]
    for name in ("empty.txt", "image.txt", "broken.txt.gz"):
        assert f"{folder / name}: skipped (" in result.stderr
    quiet = ok(invoke(command, folder, "--format", fmt, "--quiet"))
    assert quiet.stderr == "" and quiet.stdout == result.stdout


@pytest.mark.parametrize("command, fmt", COMMAND_FORMATS)
def test_strict_turns_any_skip_into_exit_1(invoke, tmp_path, command, fmt):
    folder = mixed_folder(tmp_path)
    plain = ok(invoke(command, folder, "--format", fmt))
    strict = clean_run(invoke(command, folder, "--format", fmt, "--strict"))
    assert strict.exit_code == 1
    assert strict.stdout == plain.stdout  # the output is still written in full
    assert "3 files skipped and --strict is set" in strict.stderr
    clean = tmp_path / "clean"
    write(clean / "2023-03-14-a.txt", SEED)
    ok(invoke(command, clean, "--format", fmt, "--strict"))


def test_summarize_json_lists_skipped_files_with_reasons(invoke, tmp_path):
    folder = mixed_folder(tmp_path)
    data = json.loads(ok(invoke("summarize", folder, "--format", "json")).stdout)
    assert data["skipped"] == [
        {"path": str(folder / "broken.txt.gz"), "reason": "corrupt gzip data"},
        {"path": str(folder / "empty.txt"), "reason": "empty"},
        {"path": str(folder / "image.txt"), "reason": "binary file"},
    ]
    assert sorted(r for d in data["days"] for r in d["reports"]) == [
        str(folder / "2023-03-14-a.txt"), str(folder / "2023-03-15-b.txt")]


def test_skipped_files_are_listed_in_markdown_and_table_summaries(invoke, tmp_path):
    folder = mixed_folder(tmp_path)
    markdown = ok(invoke("summarize", folder, "--format", "markdown")).stdout
    assert "## Skipped files" in markdown and "empty.txt: empty" in markdown
    table = ok(invoke("summarize", folder, "--format", "table", env={"COLUMNS": "200"})).stdout
    assert "Skipped files" in table and "corrupt gzip data" in table


# --- nothing injected ---------------------------------------------------------------------

HOSTILE_REPORT = (
    " date 2023-01-05 \x1b[31mRed\x1b[0m [bold red]headline[/] <script>alert(1)</script>\n\n"
    "=HYPERLINK(\"http://evil.example\",\"x\") Russian forces killed 20 civilians in Bakhmut, "
    "\x1b]8;;http://evil.example\x07officials\x1b]8;;\x07 said [link=http://evil.example]here[/link].\n\n"
    "+5 | pipes | here | Ukraine said 30 Russian soldiers were killed near Soledar <b>bold</b>.\n\n"
    "-3 people were wounded in Kherson, the governor said, @SUM(A1:A9) <script>x</script>.\n\n"
    "@cmd 12 tanks were destroyed in Avdiivka \x1b[2J\x1b[H\x1b[?25l, the military said.\n\n"
    "Officials said 40 people were evacuated from Lyman \x9b31m overnight \x07\x08.\n"
)
FORMULA_START = ("=", "+", "-", "@")
INJECTION_RUNS = [("summarize", f) for f in ("table", "markdown", "json")] + \
                 [("claims", f) for f in ("table", "markdown", "json", "jsonl", "csv", "tsv")] + \
                 [("extract", f) for f in ("table", "json", "jsonl")] + \
                 [("sectors", f) for f in ("table", "markdown", "json", "tsv")]


@pytest.fixture
def hostile(tmp_path):
    return write(tmp_path / "2023-01-05-hostile.txt", HOSTILE_REPORT)


def run_wide(invoke, *args):
    return ok(invoke(*args, env={"COLUMNS": "200"}))


@pytest.mark.parametrize("command, fmt", INJECTION_RUNS)
def test_no_terminal_control_in_any_output(invoke, hostile, command, fmt):
    result = run_wide(invoke, command, hostile, "--format", fmt)
    for stream in (result.stdout, result.stderr):
        assert ESC not in stream and BEL not in stream and "\x9b" not in stream
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", stream)


@pytest.mark.parametrize("command", ["summarize", "claims"])
def test_rich_markup_is_printed_literally_in_tables(invoke, hostile, command):
    out = run_wide(invoke, command, hostile, "--format", "table").stdout
    assert "[link=http://evil.example]here[/link]" in out
    assert "<b>bold</b>" in out and "| pipes |" in out


def test_markup_in_the_file_name_is_printed_literally(invoke, tmp_path):
    path = write(tmp_path / "[bold red]x[-]=1.txt", SEED)
    out = run_wide(invoke, "extract", path, "--format", "table").stdout
    assert "[boldred]x[-]=1.txt" in out.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("command", ["summarize", "claims"])
def test_markdown_keeps_rows_and_escapes_markup(invoke, hostile, command):
    out = run_wide(invoke, command, hostile, "--format", "markdown").stdout
    tables = md_tables(out)  # asserts every row has its header's column count
    assert tables
    assert "<script>" not in out and "<b>" not in out
    assert "\\<script\\>" in out or command == "claims"
    assert "\\[link=http://evil.example\\]here\\[/link\\]" in out
    assert "\\| pipes \\|" in out
    for line in out.splitlines():  # no line opens as HTML, a heading, a quote or a list by accident
        assert not line.startswith(("<", ">", "=", "+")), line


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_spreadsheet_cells_never_start_a_formula(invoke, hostile, fmt):
    out = run_wide(invoke, "claims", hostile, "--format", fmt).stdout
    rows = parse_csv(out, "\t" if fmt == "tsv" else ",")
    cells = [unescape_tsv(c) if fmt == "tsv" else c for row in rows for c in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    texts = [row[rows[0].index("text")] for row in rows[1:]]
    assert any(t.startswith("'=HYPERLINK(") for t in texts)
    assert any(t.startswith("'+5 | pipes") for t in texts)
    assert any(t.startswith("'-3 people") for t in texts)
    assert any(t.startswith("'@cmd 12 tanks") for t in texts)


def test_sectors_tsv_cells_never_start_a_formula(invoke, tmp_path):
    gazetteer = tmp_path / "evil.toml"
    gazetteer.write_text('[[sector]]\nname = "=cmd()"\naliases = []\n\n'
                         '[[place]]\nname = "@Evilgrad"\ntype = "town"\nsector = "=cmd()"\n'
                         'aliases = ["Evilgrad"]\n')
    path = write(tmp_path / "2023-01-05-x.txt", "Shelling hit Evilgrad overnight, officials said.\n")
    out = run_wide(invoke, "sectors", path, "--format", "tsv", "--gazetteer", gazetteer).stdout
    rows = parse_csv(out, "\t")
    assert rows[1][0] == "'=cmd()" and rows[1][2] == "'@Evilgrad"


def test_json_keeps_the_data_as_data(invoke, hostile):
    sentences = [normalise(p).strip() for p in HOSTILE_REPORT.split("\n\n")[1:]]
    claims = json.loads(run_wide(invoke, "claims", hostile, "--format", "json").stdout)
    texts = [c["text"] for c in claims]
    for expected in sentences:  # the text round-trips, minus control characters
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", expected)
        assert expected in texts, (expected, texts)
    assert any("[link=http://evil.example]here[/link]" in t for t in texts)
    assert any(t.startswith("=HYPERLINK(\"http://evil.example\"") for t in texts)
    [report] = json.loads(run_wide(invoke, "extract", hostile, "--format", "json").stdout)
    assert report["headline"] == "Red [bold red]headline[/] <script>alert(1)</script>"
    lines = run_wide(invoke, "claims", hostile, "--format", "jsonl").stdout
    assert [c["text"] for c in parse_jsonl(lines)] == texts


def strict_json(text: str):
    """JSON as RFC 8259 has it: no Infinity or NaN (jq, JavaScript and Go reject them)."""
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


HUGE = f"Russian forces killed 1{'0' * 400} soldiers near Bakhmut, officials said.\n"


@pytest.mark.parametrize("command, fmt", [("summarize", "json"), ("claims", "json"),
                                          ("claims", "jsonl"), ("extract", "json"),
                                          ("extract", "jsonl")])
def test_number_too_large_for_a_float_is_still_standard_json(invoke, tmp_path, command, fmt):
    """Defect fixed in render/jsonfmt.py: a 401-digit number was written as `Infinity`."""
    path = write(tmp_path / "2023-01-05-huge.txt", HUGE)
    out = ok(invoke(command, path, "--format", fmt)).stdout
    for line in (out.splitlines() if fmt == "jsonl" else [out]):
        strict_json(line)


def test_number_too_large_for_a_float_is_no_figure(invoke, tmp_path):
    path = write(tmp_path / "2023-01-05-huge.txt", HUGE)
    [item] = json.loads(ok(invoke("extract", path, "--format", "json")).stdout)
    assert all(f["value"] is not None or f["low"] is not None for f in item["figures"])
    assert "inf" not in ok(invoke("claims", path, "--format", "csv")).stdout.split('"')


def test_bidi_overrides_and_escapes_in_warnings(invoke, tmp_path):
    """A file name is report data too: warnings on stderr print it without escapes."""
    path = write(tmp_path / "\x1b[31mred\u202e.txt", b"")
    write(tmp_path / "2023-01-05-a.txt", SEED)
    result = ok(invoke("summarize", tmp_path, "--format", "json"))
    assert ESC not in result.stderr and "\u202e" not in result.stderr
    assert "red.txt: skipped (empty)" in result.stderr
    assert json.loads(result.stdout)["skipped"] == [{"path": path, "reason": "empty"}]


# --- fuzzing ------------------------------------------------------------------------------

HEADERS = st.sampled_from(["", " date 2023-01-05 ", " date 2023-13-45\n\n", "Date: ",
                           "---\ndate: ", "KYIV, Jan. 5 (Wire) - ", "\x1f\x8b", "\xff\xfe"])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                                                  b"\x1f\x8b\x08\x00", b" date 2023-01-05 ",
                                                  b"Date: ", b"---\ndate: "]))
def test_read_report_bytes_on_arbitrary_bytes(data, prefix):
    warnings: list = []
    result = read_report_bytes(prefix + data, "2023-01-05-x.txt", warn=warnings.append)
    assert isinstance(result, (Report, Skipped))
    assert all(isinstance(w, str) for w in warnings)
    if isinstance(result, Report):
        assert result.text.strip()
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.text + (result.headline or ""))


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300).map(lambda b: gzip.compress(b)[:max(2, len(b))]))
def test_read_report_bytes_on_cut_gzip(data):
    assert isinstance(read_report_bytes(data, "x.txt.gz"), (Report, Skipped))


FIGURE_CONTRACT = {"value", "low", "high", "approx", "kind", "what"}
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(["killed", "1,000", "more than", "said", "\"", "(", ")", "the",
                              "village of", "Bakhmut", "Kyiv", "President", "Zelensky", "3",
                              "million", "$", ".", ",", "\n", "\n\n", "Mr.", "-", "to", "between",
                              "\x1b[31m", "[bold]", "|", "=", "<b>", "2023", "Jan.", "drones",
                              "\u201c", "\u2013", "half", "a", "dozen", "km", "wounded"]),
             max_size=60).map(" ".join),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, header=HEADERS)
def test_cli_json_on_arbitrary_report_text(invoke, text, header):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "2023-01-05-fuzz.txt")
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as out:
            out.write(header + text)
        with open(path, "rb") as handle:
            readable = isinstance(read_report_bytes(handle.read(), path), Report)
        extract = clean_run(invoke("extract", path, "--format", "json"))
        summarize = clean_run(invoke("summarize", path, "--format", "json"))
    assert extract.exit_code == summarize.exit_code == (0 if readable else 1), explain(extract)
    if not readable:
        return
    [item] = json.loads(extract.stdout)
    assert {"report", "date", "figures", "locations", "speakers"} <= item.keys()
    for f in item["figures"]:
        assert FIGURE_CONTRACT | {"text"} <= f.keys() and f["kind"] in FIGURE_KINDS
    assert all({"name", "mentions"} <= x.keys() for x in item["locations"] + item["speakers"])
    digest = json.loads(summarize.stdout)
    assert {"days", "skipped"} <= digest.keys()
    for day in digest["days"]:
        assert {"date", "reports", "figures", "locations", "speakers", "claims"} <= day.keys()
        assert all(FIGURE_CONTRACT | {"sources"} <= f.keys() for f in day["figures"])
        assert all({"name", "mentions", "sources"} <= p.keys() for p in day["locations"])
        assert all({"name", "sources"} <= s.keys() for s in day["speakers"])
        assert all({"text", "speaker", "sources"} <= c.keys() for c in day["claims"])
