"""Pages, API, feeds and the security rules, on both backends, over the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.web.app import create_app


def _ids(client: TestClient) -> dict[str, int]:
    meetings = client.get("/api/v1/meetings", params={"limit": 200}).json()["items"]
    return {f"{m['municipality']}-{m['date']}": m["id"] for m in meetings}


def test_every_page_type_renders(client: TestClient) -> None:
    ids = _ids(client)
    lejre = ids["Lejre-2022-05-04"]
    meeting = client.get(f"/api/v1/meetings/{lejre}").json()
    item_id = meeting["items"][4]["id"]
    pages = {
        "/": "Seneste møder",
        "/soeg?q=sk%C3%A6rpet+tilsyn": "Jobcentrets handleplan for skærpet tilsyn light",
        f"/moede/{lejre}": "Rådhuset i Hvalsø",
        f"/punkt/{item_id}": "skærpet tilsyn light",
        "/sag/22-001317?kommune=Lejre": "Introduktion til ungeindsatsen",
        f"/udvalg/{meeting['body_id']}": "Fremmøde",
        f"/kommune/{meeting['municipality_id']}": "Lejre Kommune",
        "/statistik": "Møder pr. måned",
        "/api/docs": "/api/v1/search",
    }
    for path, expected in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert expected in response.text, path
        assert "<title>" in response.text and 'aria-label="Brødkrummesti"' in response.text, path
    person = client.get("/api/v1/persons", params={"limit": 200}).json()["items"][0]
    assert client.get(f"/person/{person['id']}").status_code == 200
    assert client.get("/moede/999999").status_code == 404


def test_meeting_page_has_header_people_contents_and_items(client: TestClient) -> None:
    albertslund = _ids(client)["Albertslund-2024-03-18"]
    page = client.get(f"/moede/{albertslund}").text
    assert "Lars Gravgaard Hansen" in page and "Tina Bodholdt-Nielsen" in page
    assert page.count('class="item"') == 9
    assert "<details>" in page and "Tiltrådte indstillingen" in page
    person = re.search(r'<a href="/person/(\d+)">Lars Gravgaard Hansen</a>', page)
    assert person is not None
    assert "Lars Gravgaard Hansen" in client.get(f"/person/{person.group(1)}").text


def test_meeting_contents_number_items_as_printed_only(client: TestClient) -> None:
    albertslund = _ids(client)["Albertslund-2024-03-18"]
    page = client.get(f"/moede/{albertslund}").text
    contents = re.search(r'<(ul|ol) class="toc">(.*?)</\1>', page, re.S)
    assert contents is not None
    # A numbered list would print its own 1., 2., ... before the printed item numbers ("1. 1. Godkendelse").
    assert contents.group(1) == "ul"
    assert ">1. EBU - Godkendelse af dagsorden<" in contents.group(2)


def test_meeting_page_shows_substitutes(tmp_path: Path) -> None:
    db = str(tmp_path / "sagnr.sqlite")
    ingest(open_engine(db), [Path(__file__).resolve().parents[1] / "fixtures" / "sagnr.txt"], jobs=1)
    page = TestClient(create_app(db)).get("/moede/1").text
    # sagnr.txt: "Kaj Mikkelsen (V) deltog som suppleant for Tom Bech (V)."
    assert re.search(r'<strong>Stedfortrædere:</strong> <a href="/person/\d+">Kaj Mikkelsen</a> \(V\), '
                     r'suppleant for Tom Bech \(V\)', page)


def test_search_facets_filters_in_url_and_paging(client: TestClient) -> None:
    page = client.get("/soeg", params={"q": "beskæftigelse"}).text
    facets = re.findall(r'href="(/soeg\?[^"]+)" data-facet="municipality">([^<]+)</a> \((\d+)\)', page)
    assert len(facets) == 4
    link, municipality, count = facets[0]
    narrowed = client.get(link.replace("&amp;", "&")).text
    assert 'name="kommune"' in narrowed and "Fjern filtre" in narrowed
    hits = re.findall(r'<p class="meta">[^·]*· ([^·]+) ·', narrowed)
    assert len(hits) == min(int(count), 20) and set(hits) == {municipality}
    assert f"{count} resultater" in narrowed
    assert "Tallene tæller" not in page


def test_search_says_when_facets_count_only_the_first_hits(client: TestClient,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from referat.web import queries

    monkeypatch.setattr(queries, "FACET_WINDOW", 3)
    page = client.get("/soeg", params={"q": "beskæftigelse"}).text
    assert "3+ resultater" in page and "Tallene tæller de første 3 resultater." in page
    counts = [int(n) for n in re.findall(r'data-facet="year">[^<]+</a> \((\d+)\)', page)]
    assert sum(counts) == 3


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_search_page_and_facets_as_separate_searches_give_them(client: TestClient, db_url: str, sort: str) -> None:
    # The page and its facets come from one ranking; each must equal what a search of its own returns.
    from collections import Counter

    from referat.store.search import Filters, search
    from referat.web import queries

    with open_engine(db_url).connect() as conn:
        for query, page in (("beskæftigelse", 1), ("beskæftigelse", 2), ("budget", 1), ("udvalg*", 3),
                            ("ledige -unge", 1), ("findesikkeiseeds", 1)):
            hits, facets = queries.search_with_facets(conn, query, Filters(), page, 5, sort)
            assert hits == search(conn, query, Filters(), limit=5, offset=(page - 1) * 5, sort=sort)
            window = search(conn, query, Filters(), limit=queries.FACET_WINDOW, snippets=False, sort=sort)
            assert facets["municipality"] == Counter(h.municipality or "?" for h in window)
            assert facets["body"] == Counter(h.body or "?" for h in window)
            assert facets["year"] == Counter((h.date or "????")[:4] for h in window)
            assert facets["outcome"] == Counter(o for h in window for o in h.outcomes)
        busy = queries.search_with_facets(conn, "beskæftigelse", Filters(), 1, 5, sort)
        assert len(busy[0]) == 5 and sum(busy[1]["year"].values()) > 5


def test_api_lists_cursor_paging_and_csv(client: TestClient) -> None:
    first = client.get("/api/v1/meetings", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"] is not None
    second = client.get("/api/v1/meetings", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert not {m["id"] for m in first["items"]} & {m["id"] for m in second["items"]}
    csv_text = client.get("/api/v1/meetings.csv", params={"limit": 10}).text
    assert csv_text.splitlines()[0].startswith("id,") and len(csv_text.splitlines()) == 7
    assert {m["name"] for m in client.get("/api/v1/municipalities").json()} >= {"Lejre", "Lemvig", "Slagelse"}
    assert client.get("/api/v1/bodies.csv").status_code == 200
    items = client.get("/api/v1/items", params={"limit": 20}).json()
    assert len(items["items"]) == 20 and items["next_cursor"] == items["items"][-1]["id"]
    more = client.get("/api/v1/items", params={"limit": 200, "cursor": items["next_cursor"]}).json()
    assert more["items"][0]["id"] > items["next_cursor"] and more["next_cursor"] is None
    assert len(items["items"]) + len(more["items"]) == 47  # 45 seed items and the 2 of the hostile fixture
    assert client.get("/api/v1/items.csv", params={"limit": 5}).text.startswith("id,meeting_id,")
    assert client.get("/api/v1/persons.csv", params={"limit": 5}).text.startswith("id,name,party")
    hits = client.get("/api/v1/search", params={"q": "voksenlærlinge", "municipality": "Slagelse"}).json()["items"]
    assert hits[0]["number"] == 4
    assert client.get("/api/v1/search.csv", params={"q": "voksenlærlinge"}).text.startswith("meeting_id,")
    timeline = client.get("/api/v1/cases/22-001317").json()
    assert [a["number"] for a in timeline] == [3, 4]
    assert client.get("/api/openapi.json").json()["info"]["title"] == "Referat"


def test_feeds_and_calendar(client: TestClient) -> None:
    feed = client.get("/feeds/search.atom", params={"q": "voksenlærlinge"})
    assert feed.headers["content-type"].startswith("application/atom+xml") and "<entry>" in feed.text
    assert "<entry>" in client.get("/feeds/case/22-001317.atom").text
    body_id = client.get("/api/v1/bodies").json()[0]["id"]
    assert "<entry>" in client.get(f"/feeds/body/{body_id}.atom").text
    calendar = client.get(f"/udvalg/{body_id}/kalender.ics")
    assert calendar.text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in calendar.text


def test_strict_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/soeg?q=x", "/api/v1/meetings", "/statistik"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    page = client.get("/statistik").text
    assert not re.search(r"<script(?![^>]*(?:src=|type=\"application/json\"))[^>]*>", page)


def test_hostile_minutes_text_is_escaped(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "indkøb"}).json()["items"]
    meeting_id = hits[0]["meeting_id"]
    for path in (f"/moede/{meeting_id}", f"/punkt/{hits[0]['item_id']}", "/soeg?q=indk%C3%B8b+systemer",
                 "/soeg?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", '/soeg?q="><img src=x onerror=alert(1)>'):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page, path
        assert 'href="javascript:' not in page, path
    assert "&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;" in client.get(f"/moede/{meeting_id}").text


def test_no_closed_body_anywhere(client: TestClient) -> None:
    secret = "Hemmelig beslutning"
    hits = client.get("/api/v1/search", params={"q": "personalesag"}).json()["items"]
    assert hits and hits[0]["closed"] is True
    meeting_id = hits[0]["meeting_id"]
    responses = [client.get(p).text for p in (
        f"/moede/{meeting_id}", f"/punkt/{hits[0]['item_id']}", "/soeg?q=personalesag",
        f"/api/v1/meetings/{meeting_id}",
        f"/api/v1/items/{hits[0]['item_id']}", "/api/v1/search?q=personalesag", "/feeds/search.atom?q=personalesag",
        "/api/v1/search?q=hemmelig", "/feeds/case/23-000778.atom", "/api/v1/cases/23-000778")]
    for text in responses:
        assert secret not in text
    item = client.get(f"/api/v1/items/{hits[0]['item_id']}").json()
    assert set(item) == {"number", "title", "closed", "case_numbers", "meeting_id", "id"}
    assert json.dumps(item, ensure_ascii=False).count("Personalesag") == 1
