"""Report dates of parliamentary records, wartime communiques and state-media copy of other
wars, in session 19. Every text here is invented for the test."""
from __future__ import annotations

import pytest

from helpers import dated


@pytest.mark.parametrize("text, expected", [
    ("HC Deb 12 June 1944 vol 400 cc1234-6\n\nThe Minister said casualties up to 10 June "
     "numbered 3,400.\n", "1944-06-12"),
    ("HL Deb 03 March 1982 vol 428 c12\n\nLord Kora asked how many ships were lost.\n",
     "1982-03-03"),
    ("Bulletin 14 May 1968 No. 312\n\nFederal troops entered Port Harcourt.\n",
     "1968-05-14"),
    ("House of Commons Debates, 12 June 1944, vol. 401, col. 123\n\nMr. Kora asked.\n",
     "1944-06-12"),
    ("HC Deb, 12 June 1944, c123\n\nMr. Kora asked.\n", "1944-06-12"),
    ("Volume 401: debated on Tuesday 12 June 1944\n\nMr. Kora asked.\n", "1944-06-12"),
])
def test_a_date_before_a_volume_or_column_citation(text, expected):
    assert dated(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("PYONGYANG, June 25 (KCNA) -- Rallies marked the anniversary of the war that broke out "
     "in 1950.\n", None),
    ("MOSCOW, May 9 (Agency) -- Veterans laid wreaths 80 years since the victory of 1945.\n", None),
    ("Anniversary rallies 2025\nPYONGYANG, June 25 (KCNA) -- Rallies marked the anniversary of "
     "the war of 1950.\n", "2025-06-25"),
    ("PYONGYANG, June 25, 2025 (KCNA) -- Rallies marked the anniversary of the war of 1950.\n",
     "2025-06-25"),
    ("KORA, June 25 (Agency) -- Gunmen attacked the market in 2024.\n", "2024-06-25"),
])
def test_an_anniversarys_story_gives_a_yearless_dateline_no_year(text, expected):
    assert dated(text)[0] == expected


@pytest.mark.parametrize("line, expected", [
    ("3 במרץ 2025", "2025-03-03"),
    ("יום שני, 3 במרץ 2025", "2025-03-03"),
    ("תל אביב, 14 ביוני 2025", "2025-06-14"),
    ("פורסם: 12 באוקטובר 2023", "2023-10-12"),
    ("עודכן 7 בנובמבר 2023 10:45", "2023-11-07"),
])
def test_a_hebrew_bulletins_date_line(line, expected):
    assert dated(f"{line}\n\nRockets hit the city, the army said.\n")[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Communique No. 312, issued at 11 p.m. on 12 June 1944, by the Supreme Command\n\n"
     "Our troops advanced near Caen and took 1,944 prisoners.\n", "1944-06-12"),
    ("Special communique, issued at 23.00 hours, 12 June 1944\n\nEnemy attacks were repulsed.\n",
     "1944-06-12"),
    ("Communique No. 1944\n\nIssued at 11 p.m. on 12 June\n\nOur troops took 1,944 prisoners.\n",
     None),
])
def test_a_wartime_communiques_date_never_from_its_number_or_a_figure(text, expected):
    assert dated(text)[0] == expected
