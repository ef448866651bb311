import gzip
import io
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest import reader
from conflict_digest.models import Report, Skipped
from conflict_digest.reader import read_report_bytes
from helpers import read_all, read_one

BODY = "Drones struck a fuel depot near the river port overnight, officials said."
SEED = f" date 2023-03-14 Night strikes\n\n{BODY}\n"


# --- header forms -------------------------------------------------------------------------

def test_seed_header(tmp_path):
    (tmp_path / "report.txt").write_text(SEED, encoding="utf-8")
    [report], warnings = read_all(tmp_path / "report.txt")
    assert report == Report(path=str(tmp_path / "report.txt"), text=f"Night strikes\n\n{BODY}\n",
                            date="2023-03-14", date_source="header", headline="Night strikes",
                            english=True)
    assert warnings == []


@pytest.mark.parametrize("text, date, source, headline", [
    (f"Title: Depot hit\nDate: 14 March 2023\n\n{BODY}", "2023-03-14", "header", "Depot hit"),
    (f"---\ntitle: Depot hit\ndate: 2023-03-14\n---\n{BODY}", "2023-03-14", "front-matter", "Depot hit"),
    (f"ODESA, March 14, 2023 (Wire) - {BODY}", "2023-03-14", "dateline", None),
    # a Markdown title is the headline when no header gives one
    (f"# Depot hit ##\n\nPublished: 14 March 2023\n\n{BODY}", "2023-03-14", "dateline", "Depot hit"),
    (f"\n## Situation report No. 3\n{BODY}\n\nPosted on 14 Mar 2023", "2023-03-14", "dateline", "Situation report No. 3"),
    (f"Title: Depot hit\nDate: 14 March 2023\n\n# Other title\n\n{BODY}", "2023-03-14", "header", "Depot hit"),
    (f"#hashtag at the start\n\nODESA, March 14, 2023 (Wire) - {BODY}", "2023-03-14", "dateline", None),
])
def test_other_header_forms(tmp_path, text, date, source, headline):
    (tmp_path / "report.md").write_text(text, encoding="utf-8")
    [report], _ = read_all(tmp_path / "report.md")
    assert (report.date, report.date_source, report.headline) == (date, source, headline)
    assert BODY in report.text
    assert "Date:" not in report.text and "---" not in report.text


def test_date_from_file_name(tmp_path):
    (tmp_path / "2023-03-14-brief.txt").write_text(BODY, encoding="utf-8")
    [report], warnings = read_all(tmp_path)
    assert (report.date, report.date_source) == ("2023-03-14", "filename")
    assert warnings == []


def test_undated_report_warns(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(BODY, encoding="utf-8")
    [report], warnings = read_all(path)
    assert report.date is None and report.text == BODY
    assert warnings == [f"{path}: no date found; listed under 'undated'"]


def test_header_and_file_name_disagree(tmp_path):
    path = tmp_path / "2023-03-13-blog.txt"
    path.write_text(SEED, encoding="utf-8")
    [report], warnings = read_all(path)
    assert report.date == "2023-03-14"
    assert len(warnings) == 1
    assert str(path) in warnings[0] and "2023-03-13" in warnings[0] and "2023-03-14" in warnings[0]


# --- encodings ----------------------------------------------------------------------------

CURLY = " date 2023-03-14 Live\n\n\u201cWe hold the bridge\u201d \u2013 the mayor\u2019s words.\n"
PLAIN = "Live\n\n\"We hold the bridge\" - the mayor's words.\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_unicode_encodings(encoding, bom):
    report, warnings = read_one(bom + CURLY.encode(encoding))
    assert (report.text, report.date) == (PLAIN, "2023-03-14")
    assert warnings == []


def test_cp1252_fallback_warns_with_file_name():
    report, warnings = read_one(CURLY.encode("cp1252"), "2023-03-14-old.txt")
    assert report.text == PLAIN
    assert len(warnings) == 1 and warnings[0].startswith("2023-03-14-old.txt:")
    assert "cp1252" in warnings[0]


def test_crlf_line_ends():
    report, _ = read_one(CURLY.replace("\n", "\r\n").encode("utf-8"))
    assert report.text == PLAIN


# --- files that are not reports -----------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  \n", b"\xef\xbb\xbf\n\n", b" date 2023-03-14\n\n"])
def test_empty_and_whitespace_only(data):
    assert read_one(data, "x.txt")[0] == Skipped("x.txt", "empty")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, b"\xff\xd8\xff\xe0JFIF", b"GIF89a....", b"%PDF-1.7\n",
    b"PK\x03\x04zipped", b"Some text\x00with a NUL", bytes(range(32)) * 10,
])
def test_binary(data):
    assert read_one(data, "x.txt")[0] == Skipped("x.txt", "binary file")


def test_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "2023-03-14-report.txt.gz"
    path.write_bytes(gzip.compress(SEED.encode("utf-8")))
    [report], _ = read_all(tmp_path)
    assert report.path == str(path) and report.date == "2023-03-14" and BODY in report.text


@pytest.mark.parametrize("data", [b"\x1f\x8b\x08\x00garbage", b"\x1f\x8b\x08\x00", b"\x1f\x8bnot gzip at all"])
def test_corrupt_gzip(data):
    assert read_one(data, "x.txt.gz")[0] == Skipped("x.txt.gz", "corrupt gzip data")


def test_gzip_cut_short_is_read_with_warning():
    data = gzip.compress((SEED * 50).encode("utf-8"))
    report, warnings = read_one(data[:len(data) // 2], "x.txt.gz")
    assert report.date == "2023-03-14"
    assert warnings and warnings[0].startswith("x.txt.gz: gzip data ends early")


def test_huge_file_is_truncated_with_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_REPORT_BYTES", 64)
    path = tmp_path / "2023-03-14-long.txt"
    path.write_text("\u00e9" * 100, encoding="utf-8")  # two bytes a character
    [report], warnings = read_all(path)
    assert report.text == "\u00e9" * 32
    assert len(warnings) == 1 and str(path) in warnings[0] and "64" in warnings[0]


def test_truncation_never_splits_a_character(monkeypatch):
    monkeypatch.setattr(reader, "MAX_REPORT_BYTES", 63)
    report, warnings = read_one(("\u00e9" * 100).encode("utf-8"))
    assert report.text == "\u00e9" * 31
    assert not any("cp1252" in w for w in warnings)


@pytest.mark.parametrize("stat_size", [0, 10, 99, 100, 101, 1000])
@pytest.mark.parametrize("real_size", [0, 10, 63, 64, 65, 100])
def test_a_file_is_read_to_the_limit_whatever_its_stat_said(monkeypatch, stat_size, real_size):
    """Read by the size its stat gave, a file that grew since is still read on to the limit."""
    monkeypatch.setattr(reader, "MAX_REPORT_BYTES", 64)
    data = bytes(range(real_size))
    assert reader._read_up_to_limit(io.BytesIO(data), stat_size) == data[:65]


@given(st.text())
def test_letter_words_are_the_runs_of_letters_on_either_pattern(text):
    import re
    assert reader._letter_words(text) == re.findall(r"[^\W\d_]+", text.lower())


# --- finding files ------------------------------------------------------------------------

def make_tree(root):
    files = {
        "b.txt": SEED, "a.md": SEED, "sub/c.txt": SEED, "sub/deeper/d.md.gz": None,
        "notes.json": "{}", ".hidden.txt": SEED, ".git/e.txt": SEED, "f.txt~": SEED,
        "g.txt.swp": SEED, "#h.txt#": SEED,
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            path.write_bytes(gzip.compress(SEED.encode()))
        else:
            path.write_text(text, encoding="utf-8")


def test_folder_recursion_order_and_skipped_names(tmp_path):
    make_tree(tmp_path)
    items, _ = read_all(tmp_path)
    assert [os.path.relpath(i.path, tmp_path) for i in items] == [
        "a.md", "b.txt", "sub/c.txt", "sub/deeper/d.md.gz"]
    assert all(isinstance(i, Report) for i in items)


def test_paths_are_as_found_under_the_path_given(tmp_path, monkeypatch):
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    for given_path in ("sub", "sub/"):
        items, _ = read_all(given_path)
        assert [i.path for i in items] == ["sub/c.txt", "sub/deeper/d.md.gz"]


def test_file_named_explicitly_is_read_whatever_its_name(tmp_path):
    make_tree(tmp_path)
    items, _ = read_all(tmp_path / "f.txt~", tmp_path / ".hidden.txt")
    assert [type(i) for i in items] == [Report, Report]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope"
    items, _ = read_all(missing)
    assert items == [Skipped(str(missing), "no such file or directory")]


def test_symlink_loops_do_not_hang(tmp_path):
    (tmp_path / "2023-03-14-a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    items, _ = read_all(tmp_path)
    reports = [i for i in items if isinstance(i, Report)]
    skipped = {os.path.basename(i.path): i.reason for i in items if isinstance(i, Skipped)}
    assert [r.path for r in reports] == [str(tmp_path / "2023-03-14-a.txt")]
    assert skipped == {"dangling.txt": "no such file or directory",
                       "loop.txt": "too many levels of symbolic links"}


def test_same_file_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    items, _ = read_all(tmp_path, tmp_path / "a.txt")
    assert len(items) == 1


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(SEED, encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", denied, raising=False)  # root can read anything
    items, _ = read_all(path)
    assert items == [Skipped(str(path), "permission denied")]


def test_stdin():
    stream = io.BytesIO(b"Shelling went on all night.\n")
    [report], warnings = read_all("-", stdin=stream)
    assert (report.path, report.text, report.date) == ("-", "Shelling went on all night.\n", None)
    assert warnings == ["<stdin>: no date found; listed under 'undated'"]


def test_stdin_gzip():
    stream = io.BytesIO(gzip.compress(SEED.encode("utf-8")))
    [report], _ = read_all("-", stdin=stream)
    assert report.date == "2023-03-14"


def test_samples_folder():
    items, _ = read_all("samples")
    assert items and all(isinstance(i, Report) and i.path.startswith("samples/") for i in items)
    assert [i.path for i in items] == sorted(i.path for i in items)


@given(st.binary())
def test_read_report_bytes_never_raises(data):
    result = read_report_bytes(data, "x.txt")
    assert isinstance(result, (Report, Skipped))


@given(st.binary(max_size=200))
def test_read_report_bytes_never_raises_on_gzip_and_boms(data):
    for prefix in (b"\x1f\x8b", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b" date 2023-01-05 "):
        assert isinstance(read_report_bytes(prefix + data, "x.txt"), (Report, Skipped))


@given(st.text(alphabet=st.sampled_from("ab \n\t\x00\x01\x07\x1b\x1f\x7f"), max_size=60))
def test_looks_binary_is_a_share_of_control_characters(text):
    """Text with no control character is never binary; with some, more than the share."""
    from conflict_digest.reader import _MAX_CONTROL_SHARE, _looks_binary
    controls = sum(c in "\x00\x01\x07\x1f" for c in text)  # not \t \n ESC DEL
    assert _looks_binary(text) == ("\x00" in text or controls > _MAX_CONTROL_SHARE * len(text))


# --- reports cut off mid-sentence ---------------------------------------------------------

@pytest.mark.parametrize("ending", [
    "The army said 12 sol",
    "Officials said the convoy was hit near the border crossing at Kora, and that medi",
    "The strikes continued through the night, witnesses said, while",
])
def test_a_report_ending_mid_sentence_warns(ending):
    report, warnings = read_one(f"{SEED}\n{ending}".encode())
    assert isinstance(report, Report) and report.text.rstrip().endswith(ending)
    assert warnings == [f"2023-03-14-report.txt: ends mid-sentence ('...{' '.join(ending.split()[-4:])}'); "
                        "the report may have been cut off"]


@pytest.mark.parametrize("ending", [
    "Fighting continues.",
    "- Some 40,000 people fled to camps near the border",  # a list item
    "| Kora | 12 | 40 |",
    "## More on the war in the south",
    "Reporting by Ana Lima in Kora",  # a credit ends in a name
    "Read more",
])
def test_a_report_ending_as_reports_do_gives_no_warning(ending):
    report, warnings = read_one(f"{SEED}\n{ending}".encode())
    assert isinstance(report, Report) and warnings == []


@given(st.text(max_size=300))
def test_a_cut_off_ending_is_quoted_from_the_last_line_only(body):
    """Any text: no exception; a quote only of words of the last line (shortened past 40
    characters), and none once the report ends with a full stop."""
    cut = reader._cut_off_ending(body)
    if cut is not None:
        last_line = " ".join(body.rstrip().rpartition("\n")[2].split())
        assert cut.removesuffix("...") in last_line
    assert reader._cut_off_ending(body + ".") is None


@pytest.mark.parametrize("raw, issued_by", [
    (b"Date: 2025-05-06\nSource: RSF media office (Telegram)\n\nOur forces advanced.\n", "RSF media office (Telegram)"),
    (b"---\ndate: 2025-05-06\nsource: Kora Army\n---\n\nOur forces advanced.\n", "Kora Army"),
    (b"Date: 2025-05-06\n\nOur forces advanced.\n", None),
])
def test_a_headers_source_is_kept_as_who_may_have_issued_the_report(raw, issued_by):
    report = read_report_bytes(raw, "post.txt")
    assert (report.issued_by, report.text.strip()) == (issued_by, "Our forces advanced.")
