"""Closed items in every form the vocabulary knows: recognised, and nothing of their bodies feeds any field."""

from __future__ import annotations

import json

import pytest

from referat.model import Meeting
from referat.parse import parse_document
from referat.parse.titles import split_title
from referat.vocab import CLOSED_MARKERS
from tests.closed_canaries import CANARY_CASE, canary_minutes, closed_cases, leaks
from tests.test_parse_fixtures import _assert_bare_closed, _item


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return parse_document(canary_minutes().encode("utf-8"), path="solbjerg-lukket.txt")


@pytest.mark.parametrize("heading", [
    # Written as the defect report quotes them.
    "Lukket – Salg af grund", "Salg af grund – Lukket", "Til behandling – for lukkede døre",
    "Til behandling for lukkede døre:", "Salg af grund (Lukket dagsordenspunkt)", "Salg af grund [Lukket]",
    "Lukket — Salg af grund", "[Lukket] Salg af grund", "(Fortroligt) Salg af grund", "Salg af grund - Fortroligt",
])
def test_closed_headings_written_other_ways(heading: str) -> None:
    title, closed, _prefix, _type = split_title(heading)
    assert closed, heading
    assert title in ("Salg af grund", None), heading


@pytest.mark.parametrize("heading", [
    "Fortrolighed og databeskyttelse", "Lukketid for genbrugspladsen", "Skolen holdes lukket i sommerferien",
    "Åbent: Budget 2025", "Lukkede døre og åbne vinduer i Rådhuset", "Status for lukkede veje",
    "Lukket vej ved skolen",
])
def test_open_headings_stay_open(heading: str) -> None:
    title, closed, _prefix, _type = split_title(heading)
    assert not closed and title == heading


def test_every_marker_in_every_form_closes_its_item(meeting: Meeting) -> None:
    cases = closed_cases()
    assert len(cases) >= len(CLOSED_MARKERS) * 20
    expected = [(1, "Godkendelse af dagsorden", False, ["25/100"])]
    # The case number is the one under the heading; the one in the body is the closed item's own business.
    expected += [(c.number, c.title, True, [c.case_number]) for c in cases]
    expected += [(cases[-1].number + 1, "Eventuelt", False, [])]
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in meeting.items] == expected
    for case in cases:
        _assert_bare_closed(_item(meeting, case.number))


@pytest.mark.parametrize("marker", ["Lukket", "LUKKET", "Fortroligt", "Lukket punkt", "For lukkede døre"])
def test_a_marker_between_a_bare_number_and_its_title_closes_the_item(marker: str) -> None:
    meeting = parse_document(f"""Solbjerg Kommune
Økonomiudvalget
Referat
Dato: 5. marts 2025

1 Godkendelse af dagsorden
Beslutning
Godkendt.

2 {marker} Salg af grund
Sagsnr.: 25/101
Beslutning
Zqxkanarie godkendt.

3 Eventuelt
Beslutning
Intet.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Salg af grund", True), (3, "Eventuelt", False)]
    assert "Zqxkanarie" not in json.dumps(meeting.to_dict(), ensure_ascii=False)


_HEAD = "Solbjerg Kommune\nØkonomiudvalget\nReferat\nDato: 5. marts 2025\n\n"
_ITEMS = """1. Godkendelse af dagsorden
Beslutning
Godkendt.

{between}
2. Salg af grund
Sagsnr.: 25/101
Beslutning
Zqxkanarie godkendt.

3. Køb af ejendom
Sagsnr.: 25/102
Beslutning
Zqxkanarie købt.
{after}"""


@pytest.mark.parametrize(("contents", "between", "after", "closed"), [
    # Items listed under the contents' closed part, with no marker in the body.
    ("Indholdsfortegnelse\nÅbne punkter\n1. Godkendelse af dagsorden\nLukkede punkter\n2. Salg af grund\n"
     "3. Køb af ejendom\n\n", "", "", [False, True, True]),
    # A heading between the items opens the closed part; "Åbne punkter" ends it.
    ("", "Lukkede punkter\n", "", [False, True, True]),
    ("", "Lukket dagsorden\n", "\nÅbne punkter\n\n4. Eventuelt\nBeslutning\nIntet.\n", [False, True, True, False]),
])
def test_the_closed_part_of_the_agenda_closes_its_items(contents: str, between: str, after: str,
                                                         closed: list[bool]) -> None:
    meeting = parse_document((_HEAD + contents + _ITEMS.format(between=between, after=after)).encode())
    assert [i.closed for i in meeting.items] == closed
    assert "Zqxkanarie" not in json.dumps(meeting.to_dict(), ensure_ascii=False)
    assert meeting.items[0].decisions[0].text == "Godkendt."  # the part's heading is no part of the item before


@pytest.mark.parametrize("icon", [
    '<img alt="Lukket" src="laas.png">', '<img src="laas.png" alt="Lukket punkt"/>',
    '<i class="icon-lock" title="Lukket"></i>', '<span aria-label="(Fortroligt)"></span>',
])
def test_a_lock_icon_on_a_web_page_closes_its_item(icon: str) -> None:
    page = f"""<html><body><h1>Solbjerg Kommune</h1><h2>Referat - Økonomiudvalget</h2><p>Mødedato: 5. marts 2025</p>
<h3>1. Godkendelse af dagsorden</h3><h4>Beslutning</h4><p>Godkendt.</p>
<h3>{icon} 2. Salg af grund</h3><p>Sagsnr.: 25/101</p><h4>Beslutning</h4><p>Zqxkanarie godkendt.</p>
<h3>3. Køb af ejendom</h3><p>{icon}</p><p>Sagsnr.: 25/102</p><h4>Beslutning</h4><p>Zqxkanarie købt.</p>
<h3>4. Eventuelt</h3><p><img alt="Solbjerg Kommunes logo" src="logo.png"></p><h4>Beslutning</h4><p>Intet.</p>
</body></html>"""
    meeting = parse_document(page.encode(), path="solbjerg.html")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Salg af grund", True), (3, "Køb af ejendom", True),
        (4, "Eventuelt", False)]
    assert "Zqxkanarie" not in json.dumps(meeting.to_dict(), ensure_ascii=False)
    assert meeting.items[3].decisions[0].text == "Intet."  # other pictures' text is not read


@pytest.mark.parametrize("status", ["Lukket", "Lukket punkt", "(Lukket)", "Fortroligt"])
def test_a_status_cell_after_the_title_in_a_heading_row_closes_the_item(status: str) -> None:
    page = f"""<html><body><h1>Solbjerg Kommune</h1><h2>Referat - Økonomiudvalget</h2><p>Mødedato: 5. marts 2025</p>
<table><tr><td>1.</td><td>Godkendelse af dagsorden</td><td>Åben</td></tr></table><h4>Beslutning</h4><p>Godkendt.</p>
<table><tr><td>2.</td><td>Salg af grund</td><td>{status}</td></tr></table><p>Sagsnr.: 25/101</p>
<h4>Beslutning</h4><p>Zqxkanarie godkendt.</p>
<table><tr><td>3.</td><td>Eventuelt</td><td>Åben</td></tr></table><h4>Beslutning</h4><p>Intet.</p>
</body></html>"""
    meeting = parse_document(page.encode(), path="solbjerg.html")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Salg af grund", True), (3, "Eventuelt", False)]
    assert meeting.items[1].case_numbers == ["25/101"]
    assert "Zqxkanarie" not in json.dumps(meeting.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize(("title", "closed"), [
    ("Lukket referat", True), ("LUKKET REFERAT", True), ("Referat - lukket møde", True), ("Fortroligt referat", True),
    ("Referat", False),
    # Ballerup's eDoc: "Åbent referat" on every page, and "Lukket referat" over an empty closed part of the contents.
    ("Åbent referat\nLukket referat", False),
])
def test_a_document_marked_closed_closes_every_item(title: str, closed: bool) -> None:
    text = f"Solbjerg Kommune\nØkonomiudvalget\n{title}\nDato: 5. marts 2025\n\n" + _ITEMS.format(between="", after="")
    meeting = parse_document(text.encode())
    assert [i.closed for i in meeting.items] == [closed] * 3
    assert ("Zqxkanarie" in json.dumps(meeting.to_dict(), ensure_ascii=False)) is not closed
    assert any("marked closed" in w for w in meeting.warnings) is closed
    assert meeting.kind == "referat"


def test_closed_bodies_feed_no_meeting_field(meeting: Meeting) -> None:
    # "Solbjerg Kommune" heads the document; Vejle and Jelling are named only inside closed items.
    assert meeting.municipality == "Solbjerg"
    assert [p.name for p in meeting.absent] == []
    assert [p.name for p in meeting.participants] == ["Jens Aagaard", "Lise Dahl", "Hassan Nouri"]
    assert meeting.end_time == "18:05"
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


def test_case_number_in_a_closed_body_is_not_the_items(meeting: Meeting) -> None:
    numbers = [n for item in meeting.items for n in item.case_numbers]
    assert not any(n.startswith(CANARY_CASE) for n in numbers)
