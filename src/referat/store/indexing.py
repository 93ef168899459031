"""What the search indexes per agenda item, and how each backend stores it.

Every item has three fields: its **title**; its **key** text (decisions and attachment
titles); and its **body** (the other sections and tables). A closed item is indexed by its
title only. The relevance index (:mod:`referat.store.rankindex`) ranks by the three fields;
the database's own full-text index answers which items match, newest first:

- SQLite: ``search_text`` holds the stemmed words of the three fields; the FTS5 table
  ``fts_all`` indexes all of them as external content; ``search_term`` lists every stem,
  for prefix matching without FTS5's slow prefix scans.
- PostgreSQL: ``search_document.tsv_all``, ``to_tsvector('danish', ...)`` of the same
  words, with a GIN index; ``tsv_title``, of the title's words alone, without an index
  (similar items weigh a source's title words by it).

The key of ``search_document`` (and the rowid of the FTS5 tables) orders items newest
meeting first, so both backends can return the newest matches and stop early.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, select, text

from referat.model import AgendaItem
from referat.store import schema as s
from referat.store.rows import insert_rows
from referat.store.textindex import index_words, stem_words

#: Item ids stay below this; the meeting date (YYYYMMDD) is multiplied by it.
KEY_SCALE = 10**10
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

#: The FTS5 tables and the ``search_text`` columns each indexes.
FTS_TABLES = (("fts_all", ("title", "key", "body")),)
#: The PostgreSQL tsvector columns: the title's words, all words.
TSV_COLUMNS = ("tsv_title", "tsv_all")
#: Of these, the ones with a GIN index (matching).
TSV_INDEXED = ("tsv_all",)
TOKENIZE = "unicode61 remove_diacritics 0"


def date_number(value: str | None) -> int:
    """``2024-03-18`` as 20240318; 0 when there is no usable date."""
    match = _DATE.fullmatch(value or "")
    return int("".join(match.groups())) if match else 0


def search_key(meeting_date: str | None, item_id: int) -> int:
    """The key that orders search documents by meeting date, then item id."""
    return date_number(meeting_date) * KEY_SCALE + item_id


@dataclass(frozen=True)
class ItemWords:
    """The index words of one item, per field."""

    title: list[str]
    key: list[str]
    body: list[str]

    @classmethod
    def of(cls, item: AgendaItem) -> ItemWords:
        """The words the search sees; a closed item is found by its title only."""
        title = index_words(item.title or "")
        if item.closed:
            return cls(title, [], [])
        key = index_words("\n".join([*(d.text for d in item.decisions), *(a.title for a in item.attachments)]))
        body_parts = [sec.text for sec in item.sections if sec.kind != "decision"]
        body_parts += [" ".join(row) for table in item.tables for row in table.rows]
        return cls(title, key, index_words("\n".join(body_parts)))


#: An item's three search texts (see :func:`item_texts`).
Texts = tuple[str, str, str]


def item_texts(words: ItemWords, dialect: str) -> Texts:
    """What an item's search row holds, per backend.

    SQLite: the Snowball stems of its title, key and body (``search_text``); PostgreSQL: its
    words of the title, nothing (the key has no column of its own there), and all its words
    (the :data:`TSV_COLUMNS`).
    """
    if dialect == "sqlite":
        title, key, body = (" ".join(stem_words(field)) for field in (words.title, words.key, words.body))
        return title, key, body
    return " ".join(words.title), "", " ".join(words.title + words.key + words.body)


@dataclass(frozen=True)
class Entry:
    """One item's search document."""

    item_id: int
    meeting_date: str | None
    municipality_id: int | None
    body_id: int | None
    closed: bool
    outcomes: str
    texts: Texts

    @property
    def key(self) -> int:
        """The search key."""
        return search_key(self.meeting_date, self.item_id)

    def document_row(self, key: int | None = None) -> tuple[object, ...]:
        """The ``search_document`` row, in :data:`DOCUMENT_COLUMNS` order (``key``: :attr:`key`, computed already)."""
        return (self.key if key is None else key, self.item_id, self.meeting_date, self.municipality_id,
                self.body_id, self.closed, self.outcomes)


#: The ``search_document`` columns, in the order of :meth:`Entry.document_row`.
DOCUMENT_COLUMNS = ("id", "item_id", "meeting_date", "municipality_id", "body_id", "closed", "outcomes")
_TSVECTOR = "to_tsvector('danish', {})"
_ADD_TERMS = text("INSERT OR IGNORE INTO search_term (term) SELECT value FROM json_each(:terms)")


#: PostgreSQL advisory lock held by a transaction that logs search changes, so change numbers
#: are taken in commit order (a number taken later is never committed earlier).
CHANGE_LOCK = 0x5EA4C4


#: ``conn.info`` key: the transaction that holds :data:`CHANGE_LOCK`, taken outside any savepoint.
_LOCKED_BY = "referat.search_change_lock"


def lock_changes(conn: Connection) -> None:
    """PostgreSQL: take :data:`CHANGE_LOCK` for the rest of the open transaction (nothing elsewhere).

    Taken outside any savepoint, it stays held when a savepoint rolls back, so the change
    logs of the transaction's meetings need not take it again. A writer that stores many
    meetings per transaction takes it as the transaction begins.
    """
    if conn.dialect.name != "postgresql" or conn.info.get(_LOCKED_BY) is conn.get_transaction():
        return
    conn.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": CHANGE_LOCK})
    if conn.get_nested_transaction() is None:
        conn.info[_LOCKED_BY] = conn.get_transaction()


def log_changes(conn: Connection, keys: Sequence[int]) -> None:
    """Record in ``search_change`` that the documents with ``keys`` were written or removed."""
    if not keys:
        return
    lock_changes(conn)
    insert_rows(conn, "search_change", ("key",), [(int(k),) for k in keys])


@dataclass
class HeldText:
    """SQLite ``search_text`` rows and their stems, held back by a writer and written in one go.

    FTS5 writes out its pending terms after every statement that changes it, so rows written
    meeting by meeting leave many small segments to merge. A writer that stores many meetings
    in one transaction passes one of these to :func:`write` and calls :meth:`write` before it
    commits; :func:`delete` writes what is held first, so a document replaced in the same
    transaction is removed whole.
    """

    rows: list[tuple[int, str, str, str]] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)

    def write(self, conn: Connection) -> None:
        """Write the held rows (in key order) and their stems inside the caller's transaction."""
        _write_text(conn, sorted(self.rows), self.vocabulary)
        self.clear()

    def clear(self) -> None:
        """Forget the held rows (their transaction was rolled back)."""
        self.rows.clear()
        self.vocabulary.clear()


def vocabulary(texts: Iterable[Texts]) -> frozenset[str]:
    """Every stem of these search texts (SQLite's ``search_term`` rows)."""
    return frozenset(stem for fields in texts for stems in fields for stem in stems.split())


def write(conn: Connection, entries: Sequence[Entry], changes: bool = True, held: HeldText | None = None,
          stems: frozenset[str] | None = None) -> None:
    """Index ``entries`` inside the caller's transaction (and log them unless ``changes`` is False).

    On SQLite, with ``held``, the ``search_text`` rows are kept there for :meth:`HeldText.write`;
    ``stems``: their :func:`vocabulary`, when it was made already.
    """
    if not entries:
        return
    keys = [e.key for e in entries]
    documents = [e.document_row(key) for key, e in zip(keys, entries, strict=True)]
    if changes:
        log_changes(conn, keys)
    if conn.dialect.name == "sqlite":
        insert_rows(conn, "search_document", DOCUMENT_COLUMNS, documents)
        target = held if held is not None else HeldText()
        target.rows += [(document_key, *e.texts) for document_key, e in zip(keys, entries, strict=True)]
        target.vocabulary.update(vocabulary(e.texts for e in entries) if stems is None else stems)
        if held is None:
            target.write(conn)
        return
    insert_rows(conn, "search_document", DOCUMENT_COLUMNS + TSV_COLUMNS,
                [(*document, e.texts[0], e.texts[2]) for document, e in zip(documents, entries, strict=True)],
                expressions=dict.fromkeys(TSV_COLUMNS, _TSVECTOR))


def _write_text(conn: Connection, rows: list[tuple[int, str, str, str]], vocabulary: set[str]) -> None:
    # Triggers on search_text keep the FTS5 tables in step (see create_structures).
    insert_rows(conn, "search_text", ("id", "title", "key", "body"), rows, triggers_fts5=True)
    if vocabulary:
        # One statement for the whole vocabulary: a bound JSON array, unpacked by SQLite.
        conn.execute(_ADD_TERMS, {"terms": json.dumps(sorted(vocabulary), ensure_ascii=False)})


def delete(conn: Connection, item_ids: Iterable[int], changes: bool = True, held: HeldText | None = None) -> None:
    """Remove the search documents of ``item_ids`` inside the caller's transaction (logged unless not ``changes``).

    What ``held`` holds is written first, so that held rows of these documents go too.
    """
    ids = [int(i) for i in item_ids]
    if not ids:
        return
    if held is not None and held.rows:
        held.write(conn)
    if changes:
        log_changes(conn, list(conn.execute(select(s.search_document.c.id).where(
            s.search_document.c.item_id.in_(ids))).scalars()))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM search_text WHERE id IN (SELECT id FROM search_document WHERE item_id IN :ids)")
                     .bindparams(bindparam("ids", expanding=True)), {"ids": ids})
    conn.execute(s.search_document.delete().where(s.search_document.c.item_id.in_(ids)))


def create_structures(conn: Connection) -> None:
    """The backend's full-text structures beside ``search_document`` (run by the migrations)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE TABLE search_text (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                          "key TEXT NOT NULL, body TEXT NOT NULL)"))
        conn.execute(text("CREATE TABLE search_term (term TEXT PRIMARY KEY) WITHOUT ROWID"))
        for table, columns in FTS_TABLES:
            names = ", ".join(columns)
            conn.execute(text(f"CREATE VIRTUAL TABLE {table} USING fts5({names}, "
                              f"content='search_text', content_rowid='id', tokenize='{TOKENIZE}')"))
        create_fts5_triggers(conn)
    else:
        for column in TSV_COLUMNS:
            conn.execute(text(f"ALTER TABLE search_document ADD COLUMN {column} tsvector"))
        for column in TSV_INDEXED:
            conn.execute(text(f"CREATE INDEX ix_search_document_{column} ON search_document USING GIN ({column})"))


def create_fts5_triggers(conn: Connection) -> None:
    """The triggers on ``search_text`` that keep the :data:`FTS_TABLES` in step with it (SQLite)."""
    # The external-content pattern of the FTS5 documentation: an FTS5 table forgets a
    # row when told the values it indexed, which the old row still holds.
    inserts = deletes = ""
    for table, columns in FTS_TABLES:
        names = ", ".join(columns)
        inserts += (f"INSERT INTO {table} (rowid, {names}) "
                    f"VALUES (new.id, {', '.join('new.' + c for c in columns)}); ")
        deletes += (f"INSERT INTO {table} ({table}, rowid, {names}) "
                    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in columns)}); ")
    conn.execute(text(f"CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN {inserts}END"))
    conn.execute(text(f"CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN {deletes}END"))
