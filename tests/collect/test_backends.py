"""The collector on both backends: the same meetings stored, a second run fetching nothing, a re-release replaced."""

from __future__ import annotations

from sqlalchemy import func, select

from referat.collect.runner import CollectOptions, collect
from referat.collect.systems import find_site
from referat.store import schema as s
from referat.store.db import open_engine
from tests.collect.replay import Replay, hvidovre


def test_collect_on_each_backend(replay: Replay, db_url: str) -> None:
    meetings = hvidovre(replay, full_meetings=0)
    engine = open_engine(db_url)
    options = CollectOptions(base_url=replay.base_url)
    options.politeness.rate = 0
    site = find_site("Hvidovre")
    first = collect(engine, [site], options)[0]
    assert (first.added, first.failed) == (len(meetings), False)
    again = collect(engine, [site], options)[0]
    assert (again.current, again.added, again.replaced) == (len(meetings), 0, 0)
    meetings[5]["Navn"] = "Tillægsdagsorden"
    meetings[5]["ReleasedDate"] = "2026-03-01T12:00:00+01:00"
    third = collect(engine, [site], options)[0]
    assert (third.replaced, third.added) == (1, 0)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(s.meeting)).scalar_one() == len(meetings)
        assert conn.execute(select(func.count(func.distinct(s.meeting.c.identity)))).scalar_one() == len(meetings)
        kinds = dict(conn.execute(select(s.source_document.c.revision, s.meeting.c.kind)
                                  .join(s.meeting, s.meeting.c.source_id == s.source_document.c.id)).all())
    assert kinds["Tillægsdagsorden|2026-03-01T12:00:00+01:00"] == "dagsorden"
