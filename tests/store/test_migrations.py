"""Migrations on both backends: they build what schema.py declares, and 0002 upgrades a 0001 database."""

from __future__ import annotations

import json
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from referat.store.db import migrate, open_engine, resolve_url
from referat.store.repository import load_meeting
from referat.store.schema import BACKEND_COLUMNS, BACKEND_TABLES, metadata
from referat.store.search import search


def _backend_specific(diff: Any) -> bool:
    kind, *rest = diff
    if kind == "remove_table":
        return any(rest[0].name == t or rest[0].name.startswith(t + "_") for t in BACKEND_TABLES)
    if kind == "remove_column":
        return rest[2].name in BACKEND_COLUMNS
    if kind == "remove_index":
        return any(c in rest[0].name for c in BACKEND_COLUMNS)
    return False


def test_migrated_schema_is_the_declared_schema(db_url: str) -> None:
    with open_engine(db_url).connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    flat = [d for entry in diffs for d in (entry if isinstance(entry, list) else [entry])]
    assert [d for d in flat if not _backend_specific(d)] == []
    assert version == "0006"


def test_a_first_revision_database_is_upgraded_and_reindexed(db_url: str) -> None:
    engine = create_engine(resolve_url(db_url))
    migrate(engine, "0001")
    data = {"source": {"path": "old.txt", "sha256": "ab" * 32, "format": "text"}, "kind": "referat",
            "municipality": "Solbjerg", "body": "Økonomiudvalget", "date": "2020-02-03",
            "items": [{"number": 1, "title": "Havnebadet", "closed": False,
                       "sections": [{"heading": "Sagsfremstilling", "kind": "presentation",
                                     "text": "Vinterbadere ønsker længere åbningstid."}]},
                      {"number": 2, "title": "Lukket: Jordkøb", "closed": True,
                       "sections": [{"heading": "Sagsfremstilling", "kind": "presentation",
                                     "text": "Købesum fortrolig."}]}]}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO municipality (id, name) VALUES (1, 'Solbjerg')"))
        conn.execute(text("INSERT INTO body (id, municipality_id, name, period) VALUES (1, 1, 'Økonomiudvalget', '')"))
        conn.execute(text("INSERT INTO source_document (id, path, sha256, format, ingested_at) "
                          "VALUES (1, 'old.txt', :sha, 'text', CURRENT_TIMESTAMP)"), {"sha": "ab" * 32})
        conn.execute(text("INSERT INTO meeting (id, identity, source_id, municipality_id, body_id, kind, date, "
                          "warnings, data) VALUES (1, 'x', 1, 1, 1, 'referat', '2020-02-03', '[]', :data)"),
                     {"data": json.dumps(data, ensure_ascii=False)})
        conn.execute(text("INSERT INTO agenda_item (id, meeting_id, position, number, title, closed, outcomes, "
                          "document_numbers) VALUES (1, 1, 0, 1, 'Havnebadet', :f, '', '[]'), "
                          "(2, 1, 1, 2, 'Lukket: Jordkøb', :t, '', '[]')"), {"f": False, "t": True})
    engine.dispose()
    with open_engine(db_url).connect() as conn:
        assert [(h.number, h.municipality, h.body) for h in search(conn, "vinterbadere")] == [
            (1, "Solbjerg", "Økonomiudvalget")]
        assert [h.number for h in search(conn, "jordkøb")] == [2]
        assert search(conn, "købesum") == []
        stored = load_meeting(conn, 1)
    assert stored is not None and stored.items[1].sections == []


def test_a_database_with_the_tier_indexes_loses_them_and_still_finds_its_items(db_url: str) -> None:
    # A database made before 0006 has an FTS5 table (SQLite) or a tsvector (PostgreSQL) per tier.
    from referat.parse import parse_document
    from referat.store.repository import save_meeting

    engine = create_engine(resolve_url(db_url))
    migrate(engine, "0005")
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        if sqlite:
            conn.execute(text("DROP TRIGGER search_text_insert"))
            for table, columns in (("fts_title", "title"), ("fts_key", "title, key")):
                conn.execute(text(f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, content='search_text', "
                                  "content_rowid='id')"))
            conn.execute(text("CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN "
                              "INSERT INTO fts_title (rowid, title) VALUES (new.id, new.title); "
                              "INSERT INTO fts_key (rowid, title, key) VALUES (new.id, new.title, new.key); "
                              "INSERT INTO fts_all (rowid, title, key, body) VALUES (new.id, new.title, new.key, "
                              "new.body); END"))
        else:
            conn.execute(text("ALTER TABLE search_document ADD COLUMN tsv_key tsvector"))
            conn.execute(text("CREATE INDEX ix_search_document_tsv_key ON search_document USING GIN (tsv_key)"))
            conn.execute(text("CREATE INDEX ix_search_document_tsv_title ON search_document USING GIN (tsv_title)"))
    engine.dispose()
    meeting = parse_document("Solbjerg Kommune\nReferat\nØkonomiudvalget\n4. marts 2024\n\n"
                             "1. Havnebadet\nSagsfremstilling\nVinterbadere ønsker længere åbningstid.\n".encode())
    stored = open_engine(db_url)
    with stored.begin() as conn:
        save_meeting(conn, meeting)
    with stored.connect() as conn:
        if sqlite:
            tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'fts_%' AND type = 'table' "
                                           "AND name NOT LIKE 'fts_all_%'")).scalars())
            assert tables == {"fts_all"}
            conn.execute(text("INSERT INTO fts_all (fts_all, rank) VALUES ('integrity-check', 1)"))
        else:
            columns = set(conn.execute(text("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = 'search_document' AND column_name LIKE 'tsv_%'"))
                          .scalars())
            indexes = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'search_document' "
                                            "AND indexname LIKE '%tsv%'")).scalars())
            assert (columns, indexes) == ({"tsv_title", "tsv_all"}, {"ix_search_document_tsv_all"})
        assert [h.title for h in search(conn, "vinterbadere", sort="newest")] == ["Havnebadet"]
        assert [h.title for h in search(conn, "vinterbadere")] == ["Havnebadet"]
