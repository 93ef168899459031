"""Items without a number, a title or a date show plain Danish on every page, never ``None``."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from referat.parse import parse_document
from referat.store.db import open_engine
from referat.store.repository import save_meeting
from referat.web.app import create_app
from tests.web.visible import BROKEN, visible_text

# A copy that lost the items' numbers and titles, then contents-only items, of a fictional municipality.
MINUTES = """Referat
Udvalg: Byrådet
Solbjerg Kommune
 • Sagsid.: 17/4411
  Sagsfremstilling
  Valg af borgmester.
  Beslutning Byrådet
  Anne Holm, V blev valgt.
 • Sagsid.: 17/4412
  Sagsfremstilling
  Valg af viceborgmester.
  Beslutning Byrådet
  Bo Friis, A blev valgt.
"""


def test_pages_of_items_without_number_title_or_date(tmp_path: Path) -> None:
    db = str(tmp_path / "untitled.sqlite")
    meeting = parse_document(MINUTES.encode("utf-8"))
    assert [(i.number, i.title) for i in meeting.items] == [(None, None), (None, None)] and meeting.date is None
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting)
    client = TestClient(create_app(db))
    meeting_page = client.get("/moede/1").text
    pages = {"/moede/1": meeting_page, "/sag/17/4411": client.get("/sag/17/4411").text}
    pages |= {f"/punkt/{n}": client.get(f"/punkt/{n}").text for n in re.findall(r'href="/punkt/(\d+)"', meeting_page)}
    assert len(pages) == 4
    for path, html in pages.items():
        text = visible_text(html)
        assert not BROKEN.search(text), (path, BROKEN.search(text))
        assert " ·  · " not in text and "· ·" not in text, path
    assert "(uden titel)" in visible_text(meeting_page) and "dato ikke oplyst" in visible_text(meeting_page)


# Minutes of a fictional municipality whose contents list an item the document does not print.
LISTED_ONLY = """Referat
Udvalg: Økonomiudvalget
Dato: 2. april 2025
Solbjerg Kommune

Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Budgetopfølgning
3. Salg af grund

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Budgetopfølgning
Beslutning
Taget til efterretning.
"""


def test_an_item_without_text_says_so(tmp_path: Path) -> None:
    db = str(tmp_path / "listed.sqlite")
    meeting = parse_document(LISTED_ONLY.encode("utf-8"))
    assert [(i.number, i.title) for i in meeting.items][-1] == (3, "Salg af grund")
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting)
    client = TestClient(create_app(db))
    text = visible_text(client.get("/moede/1").text)
    # Said once, under the item without text, not under the two that have a decision.
    assert text.count("Dokumentet har ingen tekst til dette punkt.") == 1
    hint = text.index("Dokumentet har ingen tekst til dette punkt.")
    assert text.rindex("Salg af grund") < hint and text.index("Taget til efterretning.") < hint
    item_id = re.findall(r'href="/punkt/(\d+)"', client.get("/moede/1").text)[-1]
    assert "Dokumentet har ingen tekst til dette punkt." in visible_text(client.get(f"/punkt/{item_id}").text)


def test_no_link_leads_nowhere_when_the_municipality_is_not_known(tmp_path: Path) -> None:
    # The SBSYS export fixture is of a fictional municipality: no municipality is known for it.
    db = str(tmp_path / "unknown.sqlite")
    export = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "sbsys_publication.xml"
    meeting = parse_document(export.read_bytes())
    assert meeting.municipality is None and meeting.participants
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting)
    client = TestClient(create_app(db))
    meeting_page = client.get("/moede/1").text
    paths = ["/moede/1", *re.findall(r'href="(/(?:punkt|udvalg|person)/\d+)"', meeting_page)]
    assert any(p.startswith("/udvalg/") for p in paths) and any(p.startswith("/person/") for p in paths)
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200, path
        assert not re.search(r'href="[^"]*None', page.text), path
        assert not BROKEN.search(visible_text(page.text)), path
    assert "Kommune ikke oplyst" in visible_text(meeting_page)


def test_a_meeting_without_date_or_municipality_is_listed_in_words(tmp_path: Path) -> None:
    """An item's own document (no date, no municipality named) on the front page and in search: no '?' and no
    dangling comma where the date and the municipality would stand."""
    db = str(tmp_path / "undated.sqlite")
    text = ("Kommunalbestyrelsen\n\n3. Kvalitetsstandarder for hjemmeplejen\n\nSagsnr.: 12/3114\n\n"
            "Sagsfremstilling\nNye standarder.\n")
    meeting = parse_document(text.encode("utf-8"))
    assert meeting.date is None and meeting.municipality is None
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting)
    client = TestClient(create_app(db))
    for path in ("/", "/soeg?q=kvalitetsstandarder"):
        seen = visible_text(client.get(path).text)
        assert "uden dato" in seen and "kommune ikke oplyst" in seen, path
        assert not re.search(r"(?m)^\?|· \?|^, ", seen), path
