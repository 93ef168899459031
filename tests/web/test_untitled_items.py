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
