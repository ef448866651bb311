"""Markdown tables of situation reports: each number cell is a figure of its column's kind, at
the place its row names. Every table here is invented for the test."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_digest.figures import table_row_figures
from conflict_digest.pipeline import Extractor
from conflict_digest.reader import read_report_bytes
from conflict_digest.sentences import normalise, plain_table_rows, row_as_text, table_cells, table_headers

UPDATE = """# Kora: Flash Update No. 7

## Key figures

| Province | Killed | Injured | Displaced (past week) |
|---|---|---|---|
| Lomi | 42 | 118 | 12,500 |
| Khartoum | 7 | - | about 3,200 |
| **Total** | **49** | **118** | **15,700** |

Fighting spread to Tessa province on 30 June, the health directorate said.
"""


def test_cells_are_the_words_between_bars():
    row = "| Lomi | 42 |  | 12,500 |"
    assert [row[a:b] for a, b in table_cells(row)] == ["Lomi", "42", "", "12,500"]


@pytest.mark.parametrize("line", ["Lomi | 42", "| Lomi", "The vote was 42 | 40.", "|---|", ""])
def test_a_line_that_is_no_row_has_no_cells(line):
    assert table_cells(line) is None


@given(st.lists(st.text(alphabet="ab 12,.", max_size=8), min_size=2, max_size=5))
def test_cell_spans_point_at_each_cell_s_words(cells):
    row = "|" + "|".join(f" {c} " for c in cells) + "|"
    assert [row[a:b] for a, b in table_cells(row)] == [c.strip() for c in cells]


def test_rows_under_a_header_and_rule_have_that_header():
    texts = ["Key figures", "| Province | Killed |", "|---|---|", "| Lomi | 42 |", "| Tessa | 7 |", "Then."]
    assert table_headers(texts) == {3: "| Province | Killed |", 4: "| Province | Killed |"}


def test_rows_without_a_rule_or_of_another_width_are_no_table_rows():
    assert table_headers(["| Province | Killed |", "| Lomi | 42 |"]) == {}
    assert table_headers(["| Province | Killed |", "|:---|---:|", "| Lomi | 42 | 7 |"]) == {}


def test_a_row_reads_as_its_label_and_its_cells_under_their_heads():
    assert row_as_text("| Lomi | 42 |  | 12,500 | - |", "| Province | Killed | Injured | Displaced | Missing |") == \
        "Lomi: Killed 42, Displaced 12,500"


@pytest.mark.parametrize("head, cell, expected", [
    ("Killed", "42", ("killed", 42, "person")),
    ("Injured", "118", ("wounded", 118, "person")),
    ("Deaths", "1,204", ("killed", 1204, "death")),
    ("Houses destroyed", "36", ("destroyed", 36, "house")),
    ("Displaced (past week)", "about 3,200", ("displaced", 3200, "person")),
    ("Funding required", "$2.5 million", ("money", 2_500_000, "usd")),
    ("IDPs", "3,200", ("displaced", 3200, "idp")),
])
def test_a_number_cell_counts_what_its_header_names(head, cell, expected):
    (figure,) = table_row_figures(f"| Lomi | {cell} |", f"| Province | {head} |")
    assert (figure.kind, figure.value, figure.what) == expected
    assert figure.text == f"{head}: {cell}" and (figure.start, figure.end) == (9, 9 + len(cell))


@pytest.mark.parametrize("cell", ["-", "n/a", "", "not reported", "see the annex for 12 more districts"])
def test_a_cell_without_a_number_or_of_many_words_is_no_figure(cell):
    assert table_row_figures(f"| Lomi | {cell} |", "| Province | Killed |") == []


@pytest.fixture(scope="module")
def update():
    return Extractor.load().extract(read_report_bytes(UPDATE.encode(), "2025-07-02-flash-update.md"))


def test_each_number_cell_of_a_table_is_a_figure(update):
    assert [(f.kind, f.value, f.period) for f in update.figures] == [
        ("killed", 42, None), ("wounded", 118, None), ("displaced", 12_500, "weekly"),
        ("killed", 7, None), ("displaced", 3_200, "weekly"), ("killed", 49, None), ("displaced", 15_700, "weekly")]


def test_a_row_is_a_claim_at_the_place_its_label_names(update):
    rows = [(c.text, [p.name for p in c.places]) for c in update.claims if c.figures]
    assert rows == [
        ("Lomi: Killed 42, Injured 118, Displaced (past week) 12,500", ["Lomi"]),  # unknown: a province
        ("Khartoum: Killed 7, Displaced (past week) about 3,200", ["Khartoum State"]),  # a province
        ("Total: Killed 49, Injured 118, Displaced (past week) 15,700", []),
    ]
    places = {p.place.name: p.place for p in update.locations}
    assert places["Lomi"].type == "region" and not places["Lomi"].resolved


def test_a_report_without_tables_reads_as_before():
    text = "Clashes\n\nThe vote in Kora was 42 | 40, the army said 12 soldiers died.\n"
    extracted = Extractor.load().extract(read_report_bytes(text.encode(), "2025-07-02-wire.txt"))
    assert [(f.kind, f.value) for f in extracted.figures] == [("killed", 12)]


# --- tables pasted as text: cells between tabs or spaced bars, no rule line -----------------

PASTED = """Kora: casualties by province, 2 July 2025

Province\tKilled\tInjured
Lomi\t42\t118
Khartoum\t7\t-

Hospital | Dead | Wounded
Tessa General | 12 | 30
Lomi Teaching | 3 | n/a

By A. Writer | March 14, 2025
The army said 5 soldiers died.
"""


def test_rows_of_a_table_pasted_as_text_are_read_under_its_header():
    rewritten, headers = plain_table_rows(normalise(PASTED).splitlines())
    assert headers == {3: "| Province | Killed | Injured |", 4: "| Province | Killed | Injured |",
                       7: "| Hospital | Dead | Wounded |", 8: "| Hospital | Dead | Wounded |"}
    assert rewritten[3] == "| Lomi | 42 | 118 |" and rewritten[2] == "| Province | Killed | Injured |"
    assert 10 not in rewritten and 11 not in rewritten


@pytest.mark.parametrize("lines", [
    ["By A. Writer | March 14, 2025", "Updated | 10:45 GMT"],  # a byline, not a header
    ["Gaza | Live", "Strikes resumed | on Sunday"],  # no number cells
    ["Province | Killed", "Lomi | 42 | 7"],  # another width
    ["Province | Killed", "The vote was 42 | 40, the army said."],  # a sentence, not a label
])
def test_lines_with_spaced_bars_that_are_no_table(lines):
    assert plain_table_rows(lines) == ({}, {})


def test_each_number_cell_of_a_pasted_table_is_a_figure_at_its_row_s_place():
    extracted = Extractor.load().extract(read_report_bytes(PASTED.encode(), "2025-07-02-table.txt"))
    assert [(f.kind, f.value) for f in extracted.figures] == [
        ("killed", 42), ("wounded", 118), ("killed", 7), ("killed", 12), ("wounded", 30), ("killed", 3),
        ("killed", 5)]
    rows = [(c.text, [p.name for p in c.places]) for c in extracted.claims if c.figures][:2]
    assert rows == [("Lomi: Killed 42, Injured 118", ["Lomi"]), ("Khartoum: Killed 7", ["Khartoum State"])]


def test_a_tabbed_line_of_three_cells_or_more_keeps_its_cells_apart():
    """A spreadsheet's rows pasted into a report; other tabs are spaces, as before."""
    assert normalise("Province\tKilled\tInjured\n\tIndented line\nName:\tJohn Kora\n") == \
        "Province | Killed | Injured\n Indented line\nName: John Kora\n"


@given(st.lists(st.text(alphabet="ab 12-|\t,", max_size=24), max_size=8))
def test_a_pasted_table_s_rows_have_their_header_s_cells(lines):
    """Whatever the lines, each data row found is rewritten as a Markdown row of as many cells
    as its header, which is rewritten too, and both read back as rows."""
    rewritten, headers = plain_table_rows(lines)
    for i, header in headers.items():
        assert rewritten[i] and header in rewritten.values()
        assert len(table_cells(rewritten[i])) == len(table_cells(header)) >= 2


SOURCED = """Kora: casualties by province, 2 July 2025

| Province | Killed | Injured | Source |
|---|---|---|---|
| Lomi | 42 | 118 | Lomi Health Directorate |
| Khartoum | 7 | - | Sudan Doctors Network |
| Tessa | 3 | 9 |  |
"""


def test_a_row_s_source_cell_speaks_its_figures():
    """A `Source` column names who gives each row's numbers: the row's claim is theirs, and
    they are among the report's speakers; a row with the cell empty has no speaker."""
    extracted = Extractor.load().extract(read_report_bytes(SOURCED.encode(), "2025-07-02-table.md"))
    rows = [(c.text, c.speaker.name if c.speaker else None) for c in extracted.claims if c.figures]
    assert rows == [("Lomi: Killed 42, Injured 118, Source Lomi Health Directorate", "Lomi Health Directorate"),
                    ("Khartoum: Killed 7, Source Sudan Doctors Network", "Sudan Doctors Network"),
                    ("Tessa: Killed 3, Injured 9", None)]
    assert {"Lomi Health Directorate", "Sudan Doctors Network"} <= {s.speaker.name for s in extracted.speakers}


@pytest.mark.parametrize("line, expected", [
    ("\tKora\t12\t30", "\tKora | 12 | 30"),  # an indent is no cell
    ("Kora\t\t12\t 30 ", "Kora | 12 | 30"),  # nor are two tabs
    ("Kora\t12", "Kora\t12"),  # two cells: a label and its value, as before
])
def test_tabbed_cells_and_an_indent(line, expected):
    assert normalise(line) == normalise(expected)


def test_a_huge_line_with_a_tab_is_read_in_one_pass():
    """Bug found in review: the pattern for tabbed rows took time quadratic in a line's
    length when the line held one tab (a 16 KB line took a second)."""
    line = "a" * 200_000 + "\tb" + "c" * 200_000
    assert normalise(line) == line.replace("\t", " ")
