"""A collected meeting in ``referat serve``: its items, the link to where it was published, attachment links."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from markupsafe import escape

from referat.web.app import create_app
from tests.collect.replay import Replay, hvidovre, recorded_agenda_bytes

Runner = Callable[..., tuple[int, dict[str, Any], str]]


def test_the_meeting_page_links_to_its_source(replay: Replay, run_collect: Runner) -> None:
    meetings = hvidovre(replay)
    assert run_collect()[0] == 0
    db = run_collect.db  # type: ignore[attr-defined]
    guid = meetings[0]["Id"]
    with sqlite3.connect(db) as conn:
        meeting_id = conn.execute("SELECT id FROM meeting WHERE identity LIKE ?", (f"%|{guid}",)).fetchone()[0]
    client = TestClient(create_app(db))
    page = client.get(f"/moede/{meeting_id}")
    assert page.status_code == 200
    html = page.text
    assert f'href="https://dagsordener-referater.hvidovre.dk/vis?id={guid}"' in html
    assert f'href="{replay.base_url}/api/agenda/dagsorden/{guid}"' in html
    assert "hentet " in html and " UTC" in html
    recorded = json.loads(recorded_agenda_bytes())["Dagsordenpunkter"]
    for raw in recorded:
        assert str(escape(raw["Navn"].strip())) in html
    first = recorded[2]["Bilag"][0]
    assert (f'href="https://dagsordener-referater.hvidovre.dk/vis/pdf/bilag/{first["Id"]}/'
            f'?redirectDirectlyToPdf=true"') in html
    assert ">None<" not in html and "{{" not in html
    api = client.get(f"/api/v1/meetings/{meeting_id}")
    assert api.status_code == 200
