"""The comparison page /sammenlign, its CSV and /api/v1/compare, on both backends, over the project's own
minutes of four fictional municipalities (tests/fixtures/compare; what they say is listed in
tests/store/test_compare.py).
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.web.app import create_app
from tests.web.visible import broken_marks, visible_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"
QUERY = "skærpet tilsyn"
HOSTILE_TITLE = "Skærpet tilsyn med <script>alert('cmp')</script> Søbørnehuset & \"Fyrtårnet\""
CANARIES = ("Zqxfortrolig", "Zqxolsen")


@pytest.fixture
def client(db_url: str) -> TestClient:
    report = ingest(open_engine(db_url), sorted(FIXTURES.glob("*.txt")), jobs=1)
    assert report.failed == []
    return TestClient(create_app(db_url))


def _rows(page: str) -> dict[str, list[str]]:
    """Municipality → the titles of its items, as the page's table shows them."""
    found = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", page, re.S):
        name = html.unescape(re.sub(r"<[^>]+>", "", row.split("<span")[0])).strip()
        titles = re.findall(r'<li>\s*<a href="/punkt/\d+">(.*?)</a>', row, re.S)
        found[name] = [html.unescape(t) for t in titles]
    return found


def test_page_shows_one_row_per_municipality(client: TestClient) -> None:
    response = client.get("/sammenlign", params={"q": QUERY})
    assert response.status_code == 200
    page = response.text
    assert {name: set(titles) for name, titles in _rows(page).items()} == {
        "Strandvig": {f"3. {HOSTILE_TITLE}", "1. Skærpet tilsyn i dagtilbuddet Solsikken"},
        "Birkely": {"2. Skærpet tilsyn – personalesag", "2. Skærpet tilsyn med Plejecenter Lindegården",
                    "3. Budgetopfølgning for ældreområdet"},
        "Æblerød": {"2. Tilsynsrapport for hjemmeplejen"},
    }
    text = visible_text(page)
    assert "3 kommuner med 6 punkter." in text
    assert "3 punkter" in text and "2 punkter" in text and "1 punkt" in text
    assert "Ingen punkter om emnet i: Mølleby." in text
    assert "<mark>skærpet</mark>" in page.lower()
    assert '<span class="badge postponed">Udsat</span>' in page and '<span class="badge closed">Lukket</span>' in page
    assert broken_marks(text) == []
    api = client.get("/api/v1/compare", params={"q": QUERY}).json()
    # The page's rows and items are the API's, in the same order.
    assert list(_rows(page)) == [m["municipality"] for m in api["municipalities"]]
    items = re.findall(r'<li>\s*<a href="/punkt/(\d+)">', page)
    assert [int(i) for i in items] == [i["item_id"] for m in api["municipalities"] for i in m["items"]]


def test_page_filters_and_links(client: TestClient) -> None:
    page = client.get("/sammenlign", params={"q": QUERY, "udfald": "noted", "fra": "2024", "antal": "1"}).text
    assert {k: len(v) for k, v in _rows(page).items()} == {"Strandvig": 1, "Birkely": 1}
    assert '<option value="noted" selected>' in page and '<option value="1" selected>' in page
    assert 'href="/sammenlign.csv?q=sk%C3%A6rpet+tilsyn&amp;fra=2024&amp;udfald=noted&amp;antal=1"' in page
    assert 'href="/api/v1/compare?q=sk%C3%A6rpet+tilsyn&amp;from=2024&amp;outcome=noted&amp;per_municipality=1"' in page
    # The search page's year filter reads as a date range; its link carries the search's filters.
    by_year = client.get("/sammenlign", params={"q": QUERY, "aar": "2023"}).text
    assert list(_rows(by_year)) == ["Æblerød"] and 'name="fra" value="2023"' in by_year
    search = client.get("/soeg", params={"q": QUERY, "kommune": "Birkely", "aar": "2024"}).text
    link = html.unescape(re.search(r'href="(/sammenlign\?[^"]+)"', search)[1])
    assert link == "/sammenlign?q=sk%C3%A6rpet+tilsyn&kommune=Birkely&aar=2024"
    assert list(_rows(client.get(link).text)) == ["Birkely"]
    assert 'href="/sammenlign"' in client.get("/").text
    # The form's empty fields are dropped from the address to pass on.
    sent = client.get("/sammenlign", params={"q": QUERY, "kommune": "Birkely", "udvalg": "", "fra": "", "antal": "3"},
                      follow_redirects=False)
    assert (sent.status_code, sent.headers["location"]) == (303, "/sammenlign?q=sk%C3%A6rpet+tilsyn&kommune=Birkely")
    assert client.get("/sammenlign", params={"q": "", "sag": ""}, follow_redirects=False).headers["location"] == (
        "/sammenlign")
    back = client.get("/sammenlign", params={"q": QUERY, "fra": "2024", "til": "2024", "udfald": "noted"}).text
    assert 'href="/soeg?q=sk%C3%A6rpet+tilsyn&amp;aar=2024&amp;udfald=noted"' in back
    unknown = client.get("/sammenlign", params={"q": QUERY, "kommune": "Atlantis"}).text
    assert "Ingen kommuner har punkter, der matcher søgningen." in visible_text(unknown)


def test_page_without_a_question_bad_dates_and_no_words(client: TestClient) -> None:
    empty = visible_text(client.get("/sammenlign").text)
    assert "Se hvad kommunerne har behandlet" in empty and "kommuner med" not in empty
    for query in ("*", '"', "OR", "og i at"):
        text = visible_text(client.get("/sammenlign", params={"q": query}).text)
        assert "Søgningen indeholder ingen ord at søge efter." in text and "kommuner med" not in text, query
        assert broken_marks(text) == [], query
    bad = client.get("/sammenlign", params={"q": QUERY, "fra": "2024-13-01"})
    assert bad.status_code == 200
    assert "»2024-13-01« er ikke en dato." in visible_text(bad.text) and "<table" not in bad.text
    assert client.get("/sammenlign", params={"q": QUERY, "antal": "0"}).status_code == 400
    assert client.get("/sammenlign", params={"q": QUERY, "antal": "x"}).status_code == 400
    assert client.get("/sammenlign.csv", params={"q": QUERY, "til": "maj"}).status_code == 400
    assert client.get("/sammenlign", params={"q": "skærpet\x00"}).status_code == 400


def test_hostile_text_is_escaped_and_no_inline_script(client: TestClient) -> None:
    for params in ({"q": QUERY}, {"q": "<script>alert(1)</script> tilsyn"}, {"q": '"><img src=x onerror=alert(1)>'},
                   {"q": QUERY, "udvalg": '"><script>alert(2)</script>'}):
        response = client.get("/sammenlign", params=params)
        page = response.text
        assert "<script>alert" not in page and "<img src=x" not in page, params
        assert not re.search(r"<script(?![^>]*(?:src=|type=\"application/json\"))[^>]*>", page), params
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    page = client.get("/sammenlign", params={"q": QUERY}).text
    escaped = ("Skærpet tilsyn med &lt;script&gt;alert(&#39;cmp&#39;)&lt;/script&gt; "
               "Søbørnehuset &amp; &#34;Fyrtårnet&#34;")
    assert escaped in page


def test_closed_item_everywhere_on_the_comparison(client: TestClient) -> None:
    api = client.get("/api/v1/compare", params={"q": QUERY}).json()
    closed = [i for m in api["municipalities"] for i in m["items"] if i["closed"]]
    assert [(i["number"], i["title"], i["case_numbers"], i["outcomes"], i["snippet"]) for i in closed] == [
        (2, "Skærpet tilsyn – personalesag", ["24-001003"], [], "")]
    for path in ("/sammenlign", "/sammenlign.csv", "/api/v1/compare"):
        for query in (QUERY, "personalesag", "Zqxfortrolig", "medarbejderen"):
            body = client.get(path, params={"q": query}).text.replace(query, "")  # the query itself is echoed
            assert not any(c.casefold() in body.casefold() for c in CANARIES), (path, query)
    assert client.get("/api/v1/compare", params={"q": "Zqxolsen"}).json()["municipalities"] == []


def test_csv_download(client: TestClient) -> None:
    response = client.get("/sammenlign.csv", params={"q": QUERY, "kommune": "Strandvig"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="sammenligning.csv"' in response.headers["content-disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert {(r["municipality"], r["number"], r["title"], r["outcomes"], r["closed"]) for r in rows} == {
        ("Strandvig", "3", HOSTILE_TITLE, "noted", "False"),
        ("Strandvig", "1", "Skærpet tilsyn i dagtilbuddet Solsikken", "postponed", "False")}
    assert [r["rank"] for r in rows] == ["1", "2"]
    assert all(r["item_url"] == f"http://testserver/punkt/{r['item_id']}" for r in rows)
    assert all(r["meeting_url"] == f"http://testserver/moede/{r['meeting_id']}" for r in rows)
    assert {r["municipality_items"] for r in rows} == {"2"}


def test_api(client: TestClient) -> None:
    data = client.get("/api/v1/compare", params={"q": QUERY, "per_municipality": 1, "body": "Økonomiudvalget"}).json()
    assert [(m["municipality"], m["count"], m["count_capped"], [i["title"] for i in m["items"]])
            for m in data["municipalities"]] == [("Æblerød", 1, False, ["Tilsynsrapport for hjemmeplejen"])]
    item = data["municipalities"][0]["items"][0]
    assert (item["date"], item["body"], item["outcomes"], item["case_numbers"]) == (
        "2023-11-20", "Økonomiudvalget", ["noted"], ["23-003001"])
    assert client.get(f"/api/v1/items/{item['item_id']}").json()["meeting_id"] == item["meeting_id"]
    assert (data["per_municipality"], data["total"], data["total_capped"]) == (1, 1, False)
    assert data["filters"]["body"] == "Økonomiudvalget"
    assert data["without_hits"] == ["Birkely", "Mølleby", "Strandvig"]
    assert client.get("/api/v1/compare", params={"q": "*"}).json()["municipalities"] == []
    for bad in ({"q": QUERY, "from": "2024-02-30"}, {"q": QUERY, "per_municipality": 21}, {}):
        response = client.get("/api/v1/compare", params=bad)
        assert response.status_code == 400 and set(response.json()) == {"detail"}, bad
    assert "/api/v1/compare" in client.get("/api/openapi.json").json()["paths"]
