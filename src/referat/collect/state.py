"""What the collector keeps in the database between runs: stored revisions, HTTP validators, meetings.

A meeting is stored with its provenance in one transaction (:func:`store`), so a run killed at any
point leaves each meeting either whole or absent; the next run compares the listing's revisions
with :func:`stored_revisions` and fetches only what is new or released again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, select

from referat.collect.http import Validators
from referat.model import Meeting
from referat.store import schema as s
from referat.store.repository import save_meeting

_REVISIONS = (select(s.meeting.c.identity, s.source_document.c.revision)
              .join(s.source_document, s.source_document.c.id == s.meeting.c.source_id)
              .where(s.meeting.c.identity.in_(bindparam("identities", expanding=True))))
_CHUNK = 500


def stored_revisions(engine: Engine, identities: list[str]) -> dict[str, str | None]:
    """identity -> the revision stored for it, for the identities that are stored."""
    found: dict[str, str | None] = {}
    with engine.connect() as conn:
        for start in range(0, len(identities), _CHUNK):
            chunk = identities[start:start + _CHUNK]
            found.update({identity: revision for identity, revision in conn.execute(_REVISIONS, {"identities": chunk})})
    return found


def store(engine: Engine, meeting: Meeting, identity: str, provenance: dict[str, Any]) -> str:
    """Save one collected meeting with its provenance in its own transaction; the repository's status."""
    with engine.begin() as conn:
        return save_meeting(conn, meeting, identity=identity, provenance=provenance)


@dataclass
class CachedResponse:
    """A body received earlier and the validators that came with it."""

    validators: Validators
    body: bytes


class HttpCache:
    """ETag/Last-Modified validators and bodies per URL, in the ``http_cache`` table."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()

    def get(self, url: str) -> CachedResponse | None:
        """The cached response of ``url``, if any."""
        table = s.http_cache
        with self.engine.connect() as conn:
            row = conn.execute(select(table.c.etag, table.c.last_modified, table.c.body)
                               .where(table.c.url == url)).first()
        if row is None:
            return None
        return CachedResponse(Validators(row.etag, row.last_modified), bytes(row.body))

    def put(self, url: str, validators: Validators, body: bytes) -> None:
        """Remember ``body`` for ``url`` when the host gave validators for it; forget it when not."""
        table = s.http_cache
        with self._lock, self.engine.begin() as conn:
            conn.execute(table.delete().where(table.c.url == url))
            if validators.etag or validators.last_modified:
                conn.execute(table.insert().values(url=url, etag=validators.etag,
                                                   last_modified=validators.last_modified,
                                                   fetched_at=datetime.now(UTC), body=body))
