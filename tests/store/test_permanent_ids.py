"""Ids are permalinks: a replaced meeting keeps its id, and its items keep theirs by item number."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Connection, func, select

from referat.store import schema as s
from referat.store.db import open_engine
from referat.store.repository import counts, save_meeting
from referat.store.search import search
from referat.web.app import create_app
from tests.store.builders import item, meeting


def _ids(conn: Connection) -> dict[int | None, int]:
    """Item number → item id, of the one meeting stored."""
    return {number: item_id for item_id, number in conn.execute(select(s.agenda_item.c.id, s.agenda_item.c.number))}


def test_a_replaced_meeting_keeps_its_ids(db_url: str) -> None:
    engine = open_engine(db_url)
    first = meeting([item(1, "Godkendelse af dagsorden", decision="Godkendt.", outcomes=("approved",)),
                     item(2, "Budget 2025", text="Forslag til budget.", cases=("24-000101",)),
                     item(3, "Skolestruktur", text="Høring om skolestrukturen."),
                     item(4, "Personalesag", closed=True, cases=("24-000104",))])
    with engine.begin() as conn:
        assert save_meeting(conn, first) == "added"
        meeting_id = conn.execute(select(s.meeting.c.id)).scalar_one()
        before = _ids(conn)
    # The corrected minutes: item 3 gone, item 2 reworded and moved after a new item 5.
    second = meeting([item(1, "Godkendelse af dagsorden", decision="Godkendt.", outcomes=("approved",)),
                      item(5, "Trafiksikkerhed ved Åløkkeskolen", text="Forslag om fartdæmpning."),
                      item(2, "Budget 2025, rettet", text="Forslag til budget med kvartalsopfølgning.",
                           cases=("24-000101",)),
                      item(4, "Personalesag", closed=True, cases=("24-000104",))], revision=1)
    with engine.begin() as conn:
        assert save_meeting(conn, second) == "replaced"
        assert conn.execute(select(s.meeting.c.id)).scalar_one() == meeting_id
        after = _ids(conn)
        assert {n: after[n] for n in (1, 2, 4)} == {n: before[n] for n in (1, 2, 4)}
        assert 3 not in after and after[5] not in before.values()
        assert [h.item_id for h in search(conn, "kvartalsopfølgning")] == [before[2]]
        assert search(conn, "skolestrukturen") == []
        found = counts(conn)
        assert (found["meetings"], found["items"], found["sources"]) == (1, 4, 1)
        positions = dict(conn.execute(select(s.agenda_item.c.number, s.agenda_item.c.position)).all())
        assert positions == {1: 0, 5: 1, 2: 2, 4: 3}
        # Nothing of the first version hangs on: one section per open item with text, one case link each.
        assert conn.execute(select(func.count()).select_from(s.section)).scalar_one() == 2
        assert conn.execute(select(func.count()).select_from(s.item_case)).scalar_one() == 2
    client = TestClient(create_app(db_url))
    assert "Budget 2025, rettet" in client.get(f"/punkt/{before[2]}").text
    assert "Trafiksikkerhed ved Åløkkeskolen" in client.get(f"/moede/{meeting_id}").text
    assert client.get(f"/punkt/{before[3]}").status_code == 404
    api = client.get(f"/api/v1/meetings/{meeting_id}").json()
    assert [(i["number"], i["id"]) for i in api["items"]] == [(1, before[1]), (5, after[5]), (2, before[2]),
                                                              (4, before[4])]
