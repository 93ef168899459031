"""Search snippets on the page: the minutes' text escaped once, matches marked, markup inert."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.repository import save_meeting
from referat.web.app import create_app, safe_snippet
from tests.store.builders import item, meeting


def _client(tmp_path: Path) -> TestClient:
    db = str(tmp_path / "snippets.sqlite")
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting([
            item(1, "Stadeplads på torvet", decision="Hammer & Søn får tilladelse til stadepladsen \"Ved Åen\".",
                 outcomes=("approved",)),
            item(2, "Klage over skilt", outcomes=("approved",),
                 decision="Skiltet <script>alert('klage')</script> med &lt;mark&gt; står som skrevet."),
        ]))
    return TestClient(create_app(db))


def test_snippet_is_escaped_once_with_marks(tmp_path: Path) -> None:
    page = _client(tmp_path).get("/soeg", params={"q": "hammer"}).text
    assert "<mark>Hammer</mark> &amp; Søn får tilladelse" in page
    assert "&amp;amp;" not in page and "&amp;quot;" not in page and "&amp;#x27;" not in page


def test_hostile_markup_in_a_snippet_stays_inert(tmp_path: Path) -> None:
    page = _client(tmp_path).get("/soeg", params={"q": "skiltet"}).text
    assert "<mark>Skiltet</mark> &lt;script&gt;alert(" in page
    assert "<script>alert" not in page
    # Text that reads like an escaped mark stays text.
    assert "&amp;lt;mark&amp;gt; står som skrevet" in page


def test_safe_snippet_keeps_only_mark_tags() -> None:
    assert str(safe_snippet("<mark>Hammer</mark> &amp; S&oslash;n")) == "<mark>Hammer</mark> &amp; Søn"
    assert str(safe_snippet("<b>x</b> <mark onclick=1>y</mark>")) == (
        "&lt;b&gt;x&lt;/b&gt; &lt;mark onclick=1&gt;y&lt;/mark&gt;")
    assert str(safe_snippet("&lt;script&gt;")) == "&lt;script&gt;"
