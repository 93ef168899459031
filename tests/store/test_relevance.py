"""Relevance ranking on meetings built in code, on both backends, and the index kept in step.

Every expected order is read off the small documents below (fictional municipalities).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from referat.cli import main
from referat.model import Meeting
from referat.store import rankindex, ranking
from referat.store import schema as s
from referat.store.db import dispose_engines, open_engine
from referat.store.repository import delete_meeting, save_meeting
from referat.store.search import Filters, search
from referat.web.app import create_app
from tests.store.builders import item, meeting


def _store(engine: Engine, *meetings: Meeting) -> None:
    with engine.begin() as conn:
        for m in meetings:
            save_meeting(conn, m)


def _found(engine: Engine, query: str, filters: Filters | None = None, sort: str = "relevance") -> list[str]:
    """Each hit as 'date #number'."""
    with engine.connect() as conn:
        return [f"{h.date} #{h.number}" for h in search(conn, query, filters, sort=sort)]


@pytest.fixture
def engine(db_url: str) -> Engine:
    return open_engine(db_url)


def test_a_title_hit_ranks_above_a_newer_body_hit(engine: Engine) -> None:
    _store(engine,
           meeting([item(1, "Kloakering af Bakkevej")], date="2020-02-03"),
           meeting([item(4, "Orientering", text="Kloakering af Bakkevej er udskudt.")], date="2024-09-10"))
    assert _found(engine, "kloakering") == ["2020-02-03 #1", "2024-09-10 #4"]
    assert _found(engine, "kloakering", sort="newest") == ["2024-09-10 #4", "2020-02-03 #1"]


def test_a_rarer_word_outweighs_a_common_one(engine: Engine) -> None:
    # 'asfalt' in six items, 'vejbump' in one; each text has three index words.
    common = [item(n, "Vejsager", text="Ny asfalt ved skolen.") for n in range(2, 8)]
    _store(engine, meeting([item(1, "Vejsager", text="Nyt vejbump ved skolen."), *common], municipality="Solbjerg"))
    hits = _found(engine, "asfalt OR vejbump")
    assert hits[0] == "2024-03-06 #1"
    assert len(hits) == 7
    with engine.connect() as conn:
        scores = [h.score for h in search(conn, "asfalt OR vejbump")]
    assert scores[0] > scores[1] == scores[6] > 0


def test_more_occurrences_rank_higher_at_equal_length(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Havneplan", text="Lystbådehavn nævnes. Borgere spørger. Svar følger."),
                            item(2, "Havneplan", text="Lystbådehavn nævnes. Lystbådehavn igen. Svar følger.")]))
    assert _found(engine, "lystbådehavn") == ["2024-03-06 #2", "2024-03-06 #1"]


def test_the_syntax_under_relevance(engine: Engine) -> None:
    _store(engine, meeting([
        item(1, "Grøn omstilling i Vesterå", text="Planen beskrives."),
        item(2, "Omstilling af busdriften", text="Grøn energi og ny omstilling."),
        item(3, "Energirenovering", text="Grøn omstilling af skolerne.", decision="Regnvand håndteres lokalt."),
        item(4, "Energimærker", text="Energimærkning af boliger.")], municipality="Vesterå"))
    # The phrase: the words next to each other, in this order; a title match first.
    assert _found(engine, '"grøn omstilling"') == ["2024-03-06 #1", "2024-03-06 #3"]
    # A prefix finds its completions; the title matches (items 3 and 4) outrank the text-only one.
    assert sorted(_found(engine, "energi*")[:2]) == ["2024-03-06 #3", "2024-03-06 #4"]
    assert _found(engine, "energi*")[2:] == ["2024-03-06 #2"]
    # OR: either word; the exclusion sees the whole item, decisions included.
    assert set(_found(engine, "busdriften OR energimærker")) == {"2024-03-06 #2", "2024-03-06 #4"}
    # Item 2 holds the word in a shorter title (two index words against three) and in its text too.
    assert _found(engine, "omstilling -regnvand") == ["2024-03-06 #2", "2024-03-06 #1"]


@pytest.mark.parametrize("path", ["few matches", "first pool", "second pool", "pool too large"])
def test_an_exclusion_removes_matches_without_moving_the_rest(engine: Engine, path: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Items 1-8 hold 'ledige' in title and text, and 'unge'; of the two without 'unge', item 9 has
    # 'ledige' in its title and item 10 only in its text (each word in nine of the ten titles and
    # texts), so 9 outranks 10.
    _store(engine, meeting([*(item(n, f"Ledige unge i projekt {n}", text="Ledige unge uden job.")
                              for n in range(1, 9)),
                            item(9, "Ledige stillinger i hjemmeplejen", text="Opslag i marts."),
                            item(10, "Orientering", text="Tre ledige pladser på dagtilbud.")], municipality="Solbjerg"))
    if path != "few matches":  # so few that the whole query runs as one, unless pools are asked for
        monkeypatch.setattr(ranking, "POOLED_FROM", 0)
    if path in ("second pool", "pool too large"):
        # A page of two hits from a first pool of four (items 1-4, all holding 'unge'), then one pool
        # as large as that suggests (1.5 × 2 × 4 / 1 = 12: all ten matches); or, with no pool over 8
        # allowed, the whole query as one.
        monkeypatch.setattr(ranking, "TIE_MARGIN", 0)
        monkeypatch.setattr(ranking, "EXCLUSION_POOL", 2)
        monkeypatch.setattr(ranking, "MAX_EXCLUSION_POOL", 16 if path == "second pool" else 8)
        with engine.connect() as conn:
            assert [f"#{h.number}" for h in search(conn, "ledige -unge", limit=2)] == ["#9", "#10"]
        monkeypatch.setattr(ranking, "EXCLUSION_POOL", 4)  # a first pool of 8 for a page of 2
    assert _found(engine, "ledige -unge") == ["2024-03-06 #9", "2024-03-06 #10"]
    assert _found(engine, "ledige -unge -hjemmeplejen") == ["2024-03-06 #10"]
    assert _found(engine, "ledige -ukendtord") == _found(engine, "ledige")


def test_filters_narrow_the_ranked_hits(engine: Engine) -> None:
    _store(engine,
           meeting([item(1, "Cykelsti langs fjorden", decision="Godkendt.", outcomes=("approved",),
                         cases=("24-000007",)),
                    item(2, "Trafik", text="En cykelsti foreslås.")], municipality="Solbjerg", date="2024-05-02"),
           meeting([item(1, "Cykelsti ved stationen", decision="Udsat.", outcomes=("postponed",))],
                   municipality="Vesterå", body="Teknisk Udvalg", date="2023-01-12"))
    assert _found(engine, "cykelsti") == ["2024-05-02 #1", "2023-01-12 #1", "2024-05-02 #2"]
    assert _found(engine, "cykelsti", Filters(municipality="solbjerg")) == ["2024-05-02 #1", "2024-05-02 #2"]
    assert _found(engine, "cykelsti", Filters(body="Teknisk Udvalg")) == ["2023-01-12 #1"]
    assert _found(engine, "cykelsti", Filters(outcome="postponed")) == ["2023-01-12 #1"]
    assert _found(engine, "cykelsti", Filters(date_to="2023")) == ["2023-01-12 #1"]
    assert _found(engine, "cykelsti", Filters(case_number="24-000007")) == ["2024-05-02 #1"]
    assert _found(engine, "cykelsti", Filters(municipality="Atlantis")) == []


def test_the_index_follows_replacement_and_deletion(engine: Engine) -> None:
    first = meeting([item(1, "Budget 2025", text="Forslag med kvartalsopfølgning."),
                     item(2, "Skolestruktur", text="Høring om skolelukning.")])
    _store(engine, first)
    with engine.connect() as conn:
        (before,) = search(conn, "kvartalsopfølgning")
    _store(engine, meeting([item(1, "Budget 2025", text="Forslag med halvårsopfølgning."),
                            item(3, "Trafik", text="Forslag om vejbump.")], revision=1))
    with engine.connect() as conn:
        assert search(conn, "kvartalsopfølgning") == []
        assert search(conn, "skolelukning") == []
        (after,) = search(conn, "halvårsopfølgning")
        assert after.item_id == before.item_id
        assert [h.number for h in search(conn, "vejbump")] == [3]
    with engine.begin() as conn:
        delete_meeting(conn, conn.execute(select(s.meeting.c.id)).scalar_one())
    assert _found(engine, "halvårsopfølgning") == []
    assert _found(engine, "vejbump") == []


def test_a_search_inside_a_transaction_sees_its_writes_and_a_rollback_leaves_nothing(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Vandværk", text="Nyt vandværk i Solbjerg.")]))
    with engine.connect() as conn:
        transaction = conn.begin()
        save_meeting(conn, meeting([item(1, "Fortov", text="Fortov ved vandværket.")], date="2024-04-04"))
        assert len(search(conn, "vandværk")) == 2
        transaction.rollback()
    assert _found(engine, "vandværk") == ["2024-03-06 #1"]
    assert _found(engine, "fortov") == []


def test_a_missing_index_is_rebuilt_and_reindex_rebuilds_it(engine: Engine, capsys: pytest.CaptureFixture[str],
                                                             db_url: str) -> None:
    _store(engine, meeting([item(1, "Vinterbadning"), item(2, "Havnebad", text="Vinterbadning om morgenen.")]))
    assert _found(engine, "vinterbadning") == ["2024-03-06 #1", "2024-03-06 #2"]
    rankindex.forget()
    shutil.rmtree(rankindex.index_dir(engine))
    assert _found(engine, "vinterbadning") == ["2024-03-06 #1", "2024-03-06 #2"]
    assert main(["reindex", "--db", db_url]) == 0
    assert capsys.readouterr().out.startswith("2 items indexed in ")
    assert _found(engine, "vinterbadning") == ["2024-03-06 #1", "2024-03-06 #2"]
    # The rebuild emptied the change log; later changes are followed as before.
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(s.search_change)).scalar_one() == 0
    _store(engine, meeting([item(3, "Vinterbadning i vinterferien")], date="2025-02-10"))
    # A one-word title, a two-word title, then the text.
    assert _found(engine, "vinterbadning") == ["2024-03-06 #1", "2025-02-10 #3", "2024-03-06 #2"]


def test_after_a_rebuild_searches_use_the_index_as_it_is(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # The rebuild empties the change log; the searches after it must not take that for a new database
    # and build the index again (at a million items that costs half a minute each time).
    _store(engine, meeting([item(1, "Vinterbadning"), item(2, "Havnebad")]))
    rankindex.rebuild(engine)
    writes: list[object] = []
    monkeypatch.setattr(rankindex, "_write", lambda *args: writes.append(args))
    for _ in range(3):
        assert _found(engine, "vinterbadning") == ["2024-03-06 #1"]
    rankindex.forget()  # a new process: the state file on disk tells the same
    assert _found(engine, "vinterbadning") == ["2024-03-06 #1"]
    assert writes == []


def test_an_index_of_another_database_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "skift.sqlite"
    _store(open_engine(str(path)), meeting([item(1, "Vinterbadning")]))
    assert _found(open_engine(str(path)), "vinterbadning") == ["2024-03-06 #1"]
    dispose_engines()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    engine = open_engine(str(path))  # a new database, the old index folder still beside it
    _store(engine, meeting([item(5, "Havnebad", text="Vinterbadning i havnen.")], date="2025-01-01"))
    assert _found(engine, "vinterbadning") == ["2025-01-01 #5"]


def test_a_closed_items_body_never_reaches_the_index(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Personalesag", text="Hemmeligstemplet fratrædelsesaftale.", closed=True)]))
    with engine.connect() as conn:
        assert [h.number for h in search(conn, "personalesag")] == [1]
    files = [p for p in rankindex.index_dir(engine).rglob("*") if p.is_file()]
    assert files
    for file in files:
        data = file.read_bytes()
        assert b"hemmeligstempl" not in data and b"fratr\xc3\xa6delsesaftal" not in data


def test_an_unknown_order_is_refused(engine: Engine) -> None:
    with engine.connect() as conn, pytest.raises(ValueError, match="unknown sort order"):
        search(conn, "vinterbadning", sort="oldest")


def test_the_api_and_the_page_take_the_order(db_url: str) -> None:
    engine = open_engine(db_url)
    _store(engine,
           meeting([item(1, "Kloakering af Bakkevej")], date="2020-02-03"),
           meeting([item(4, "Orientering", text="Kloakering af Bakkevej er udskudt.")], date="2024-09-10"))
    client = TestClient(create_app(db_url))
    best = client.get("/api/v1/search", params={"q": "kloakering"}).json()["items"]
    newest = client.get("/api/v1/search", params={"q": "kloakering", "sort": "newest"}).json()["items"]
    assert [h["date"] for h in best] == ["2020-02-03", "2024-09-10"]
    assert [h["date"] for h in newest] == ["2024-09-10", "2020-02-03"]
    assert client.get("/api/v1/search", params={"q": "kloakering", "sort": "oldest"}).status_code in (400, 422)
    page = client.get("/soeg", params={"q": "kloakering", "sort": "newest"}).text
    assert page.index("2024-09-10") < page.index("2020-02-03")
    assert '<strong aria-current="true">nyeste først</strong>' in page
    page = client.get("/soeg", params={"q": "kloakering"}).text
    assert page.index("2020-02-03") < page.index("2024-09-10")
    assert 'href="/soeg?q=kloakering&amp;sort=newest"' in page
