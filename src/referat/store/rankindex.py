"""The relevance index: a Tantivy index of the search documents, kept in step with the database.

Tantivy computes the exact BM25 top-k while skipping most postings (block-max WAND), so the
search can rank by relevance without scoring every match (:mod:`referat.store.ranking`).
It is fed the stems the SQL indexes hold (``textindex``: Snowball Danish, stop words left
out) as whitespace-separated tokens, so both match the same words.

Where it lives: beside a SQLite file (``referat.sqlite.tantivy/``); for PostgreSQL under
``$REFERAT_INDEX_DIR`` (default: ``index/`` in the user's data directory), one folder per
server and database.

How it keeps in step: every write or removal of a search document logs its key in
``search_change`` inside the database transaction (:func:`referat.store.indexing.log_changes`).
The index records, in ``referat-state.json``, the database's id (``search_state.uuid``) and
the last change it applied. Before a search, and after an ingest, the changes after that
one are applied from committed data: each changed key is removed from the index and added
again if its document still exists. An index that is missing, belongs to another database,
has another layout or lies behind the pruned part of the log is rebuilt from all documents;
``referat reindex`` rebuilds it on request. One process at a time changes an index (a lock
file beside it); a search in another process meanwhile uses the index as it stands. A
closed item's document holds its title only.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tantivy
from filelock import FileLock, Timeout
from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, bindparam, text

from referat.model import OUTCOMES, Meeting
from referat.store.indexing import ItemWords
from referat.store.textindex import stem_words

#: The text fields, best first, and their weights in the score.
FIELDS = ("title", "decisions", "text")
WEIGHTS = {"title": 3.0, "decisions": 1.5, "text": 1.0}
#: Raised when the index's fields change: an index of another layout is rebuilt.
LAYOUT = 2
STATE_FILE = "referat-state.json"
ENV_VARIABLE = "REFERAT_INDEX_DIR"
#: More changed documents than this are applied by a rebuild.
MAX_CHANGES = 50_000
_BATCH = 2000
_HEAP = 128_000_000


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("key", indexed=True, fast=True)
    # Municipality, body, year and outcomes are also columns (fast fields), read for the facets of the best hits.
    builder.add_unsigned_field("municipality", indexed=True, fast=True)
    builder.add_unsigned_field("body", indexed=True, fast=True)
    builder.add_unsigned_field("year", fast=True)
    builder.add_unsigned_field("outcome_set", fast=True)
    builder.add_text_field("outcomes", tokenizer_name="whitespace", index_option="basic")
    for name in FIELDS:
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="position")
    return builder.build()


SCHEMA = _schema()


def index_dir(engine: Engine) -> Path:
    """Where the relevance index of the database behind ``engine`` lives."""
    url = engine.url
    if engine.dialect.name == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise ValueError("the relevance index needs a SQLite file, not an in-memory database")
        return Path(url.database + ".tantivy")
    base = Path(os.environ.get(ENV_VARIABLE) or Path(user_data_dir("referat")) / "index")
    name = "-".join(str(part) for part in (url.host or "local", url.port or 5432, url.database or "postgres"))
    return base / "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


@dataclass(frozen=True)
class _State:
    """What the index holds: changes up to ``seq`` of database ``uuid``, committed, and ``provisional`` keys.

    Provisional keys were read from a transaction not yet committed (a search inside the
    transaction that wrote them); they are applied again from committed data next time, so
    a rollback leaves nothing behind.
    """

    uuid: str
    seq: int
    provisional: tuple[int, ...] = ()


@dataclass
class _Handle:
    index: tantivy.Index
    state: _State | None  # as last read or written


_handles: dict[Path, _Handle] = {}
_lock = threading.Lock()


def _read_state(path: Path) -> _State | None:
    try:
        data = json.loads((path / STATE_FILE).read_text(encoding="utf-8"))
        if data.get("layout") != LAYOUT:
            return None
        return _State(str(data["uuid"]), int(data["seq"]), tuple(int(k) for k in data.get("provisional", ())))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_state(path: Path, state: _State) -> None:
    temporary = path / (STATE_FILE + ".tmp")
    temporary.write_text(json.dumps({"layout": LAYOUT, "uuid": state.uuid, "seq": state.seq,
                                     "provisional": list(state.provisional)}), encoding="utf-8")
    os.replace(temporary, path / STATE_FILE)


def _handle(path: Path, clear: bool = True) -> _Handle:
    """The open index at ``path``, made (or made anew, when of another layout, if ``clear``) as needed."""
    handle = _handles.get(path)
    if handle is None:
        state = _read_state(path)
        if state is None and path.exists() and clear:
            shutil.rmtree(path)  # another layout, or never finished: built again below
        path.mkdir(parents=True, exist_ok=True)
        handle = _Handle(tantivy.Index(SCHEMA, path=str(path), reuse=True), state)
        _handles[path] = handle
    return handle


def database_state(conn: Connection) -> tuple[str, int, int]:
    """(database uuid, highest pruned change, highest change) as ``conn`` sees them."""
    uuid, pruned = conn.execute(text("SELECT uuid, pruned_through FROM search_state WHERE id = 1")).one()
    top = conn.execute(text("SELECT coalesce(max(seq), 0) FROM search_change")).scalar_one()
    # The pruned changes are gone from the log but still count: after a rebuild has emptied it,
    # the highest change is the last one pruned (change numbers never start again).
    return str(uuid), int(pruned), max(int(top), int(pruned))


def _documents(conn: Connection, keys: Sequence[int] | None) -> Iterator[tantivy.Document]:
    """The index documents of ``keys`` that exist (of all documents when ``keys`` is None), in batches."""
    if keys is not None:
        for start in range(0, len(keys), _BATCH):
            yield from (doc for _key, doc in _batch(conn, "d.id IN :keys", {"keys": list(keys[start:start + _BATCH])}))
        return
    after = -1
    while True:
        docs = list(_batch(conn, "d.id > :after", {"after": after}, order=True))
        if not docs:
            return
        yield from (doc for _key, doc in docs)
        after = max(key for key, _doc in docs)


def _batch(conn: Connection, where: str, params: dict[str, Any],
           order: bool = False) -> Iterator[tuple[int, tantivy.Document]]:
    tail = f" ORDER BY d.id LIMIT {_BATCH}" if order else ""
    if conn.dialect.name == "sqlite":
        sql = (f"SELECT d.id, d.municipality_id, d.body_id, d.outcomes, d.meeting_date, t.title, t.key, t.body "
               f"FROM search_document d "
               f"JOIN search_text t ON t.id = d.id WHERE {where}{tail}")
        for key, municipality, body, outcomes, date, *fields in conn.execute(_bound(sql, params), params):
            yield int(key), _document(key, (municipality, body, outcomes, date), fields)
        return
    # PostgreSQL keeps its own stems only: the item's words are read from the stored meeting.
    sql = (f"SELECT d.id, d.municipality_id, d.body_id, d.outcomes, d.meeting_date, ai.meeting_id, ai.position "
           f"FROM search_document d "
           f"JOIN agenda_item ai ON ai.id = d.item_id WHERE {where}{tail}")
    rows = conn.execute(_bound(sql, params), params).all()
    meeting_ids = sorted({int(row[5]) for row in rows})
    meetings = {int(i): Meeting.from_dict(json.loads(data)) for i, data in conn.execute(
        _bound("SELECT id, data FROM meeting WHERE id IN :ids", {"ids": meeting_ids}), {"ids": meeting_ids})}
    for key, municipality, body, outcomes, date, meeting_id, position in rows:
        items = meetings[int(meeting_id)].items
        if position >= len(items):
            continue
        words = ItemWords.of(items[position])
        fields = [" ".join(stem_words(w)) for w in (words.title, words.key, words.body)]
        yield int(key), _document(key, (municipality, body, outcomes, date), fields)


def _bound(sql: str, params: dict[str, Any]) -> Any:
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n, v in params.items() if isinstance(v, list)))


#: Outcomes as bits of one number (``outcome_set``), in the model's order.
OUTCOME_BITS = {name: 1 << position for position, name in enumerate(OUTCOMES)}


def outcome_names(bits: int) -> list[str]:
    """The outcomes an ``outcome_set`` value holds, in the model's order."""
    return [name for name, bit in OUTCOME_BITS.items() if bits & bit]


#: A search document's municipality id, body id, outcomes (comma-separated) and meeting date.
FacetSource = tuple[int | None, int | None, str | None, Any]


def _document(key: int, facets: FacetSource, fields: Sequence[str]) -> tantivy.Document:
    """The index document of a search document: its key, its facets and its texts."""
    municipality, body, outcomes, date = facets
    names = [o for o in (outcomes or "").split(",") if o]
    doc = tantivy.Document()
    doc.add_integer("key", int(key))
    if municipality is not None:
        doc.add_unsigned("municipality", int(municipality))
    if body is not None:
        doc.add_unsigned("body", int(body))
    year = str(date or "")[:4]
    doc.add_unsigned("year", int(year) if year.isdigit() else 0)
    doc.add_unsigned("outcome_set", sum(OUTCOME_BITS.get(name, 0) for name in set(names)))
    doc.add_text("outcomes", " ".join(names))
    for name, value in zip(FIELDS, fields, strict=True):
        doc.add_text(name, value or "")
    return doc


def _changed_keys(conn: Connection, after: int, through: int) -> set[int]:
    return set(conn.execute(text("SELECT key FROM search_change WHERE seq > :after AND seq <= :through"),
                            {"after": after, "through": through}).scalars())


def _write(handle: _Handle, conn: Connection, keys: list[int] | None) -> None:
    """Replace the documents of ``keys`` (all documents when None) by their state as ``conn`` sees it."""
    writer = handle.index.writer(_HEAP, 1)
    try:
        if keys is None:
            writer.delete_all_documents()
        else:
            for key in keys:
                writer.delete_documents_by_term("key", key)
        for doc in _documents(conn, keys):
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
    except BaseException:
        writer.rollback()
        raise


def _apply(caller: Connection, handle: _Handle, path: Path, full: bool) -> None:
    """Bring the index up to what ``caller`` sees: committed changes first, then the caller's own uncommitted ones."""
    with caller.engine.connect() as conn:
        uuid, pruned, top = database_state(conn)
        state = handle.state
        keys: set[int] | None = None
        if not full and state is not None and state.uuid == uuid and pruned <= state.seq <= top:
            keys = _changed_keys(conn, state.seq, top) | set(state.provisional)
            if len(keys) > MAX_CHANGES:
                keys = None
        if keys is None or keys:
            _write(handle, conn, None if keys is None else sorted(keys))
    state = _State(uuid, top)
    own_top = database_state(caller)[2]
    if own_top > top:  # the caller's transaction has written documents: show them to it
        own = sorted(_changed_keys(caller, top, own_top))
        _write(handle, caller, own)
        state = _State(uuid, top, tuple(own))
    _write_state(path, state)
    handle.state = state
    handle.index.reload()


@contextmanager
def _updating(path: Path, wait: bool) -> Iterator[bool]:
    """Hold the lock file beside the index (``…tantivy.lock``) while it is made or changed; False when busy.

    One process at a time makes, rebuilds or updates an index; ``wait=False`` does not wait
    for another process that is doing so.
    """
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=-1 if wait else 0)
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def current(conn: Connection, wait: bool = False) -> tantivy.Index:
    """The relevance index of ``conn``'s database, brought up to date with what ``conn`` sees.

    While another process updates the index, it is searched as it stands (unless ``wait``);
    only an index that does not exist yet is waited for.
    """
    path = index_dir(conn.engine)
    uuid, pruned, top = database_state(conn)
    with _lock:
        handle = _handles.get(path)
        if handle is not None:
            on_disk = _read_state(path)
            if on_disk != handle.state:  # another process moved it on
                handle.state = on_disk
                handle.index.reload()
            state = handle.state
            if state and state.uuid == uuid and state.seq == top and pruned <= state.seq and not state.provisional:
                return handle.index
        with _updating(path, wait or (handle is None and _read_state(path) is None)) as updating:
            if not updating:
                return (handle or _handle(path, clear=False)).index
            handle = _handle(path)
            state = handle.state = _read_state(path)
            if state is None or state.uuid != uuid or state.seq != top or state.seq < pruned or state.provisional:
                handle.index.reload()
                _apply(conn, handle, path, full=False)
            return handle.index


def sync(engine: Engine) -> None:
    """Apply the committed changes the index has not seen (after an ingest, say); nothing for an in-memory database."""
    try:
        index_dir(engine)
    except ValueError:
        return
    with engine.connect() as conn:
        current(conn, wait=True)


def rebuild(engine: Engine) -> int:
    """Build the relevance index again from every search document; the number of documents.

    The change log up to what the new index holds is then emptied (``search_state.pruned_through``
    records how far), so another index of the same database that was behind is rebuilt too.
    """
    path = index_dir(engine)
    with _lock, _updating(path, wait=True):
        with engine.connect() as conn:
            handle = _handle(path)
            _apply(conn, handle, path, full=True)
        assert handle.state is not None
        with engine.begin() as conn:
            seq = handle.state.seq
            conn.execute(text("DELETE FROM search_change WHERE seq <= :seq"), {"seq": seq})
            conn.execute(text("UPDATE search_state SET pruned_through = :seq WHERE id = 1 AND pruned_through < :seq"),
                         {"seq": seq})
        if engine.dialect.name == "postgresql":
            # Until the deleted rows are vacuumed, every search's max(seq) walks them in the index
            # (35 ms a search after a rebuild at a million items); autovacuum would come later.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM search_change"))
        return int(handle.index.searcher().num_docs)


def forget() -> None:
    """Close the open indexes (tests that remove index folders call this)."""
    with _lock:
        _handles.clear()
