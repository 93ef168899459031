"""One full-text index in the database: the per-tier indexes that only the tiered search read go.

Since ranking moved to the relevance index, the database's full-text index only answers
which items match, newest first, from all their words (``fts_all``, ``tsv_all``). The
title and key indexes of 0002 were still written at every ingest and read by nothing:
on SQLite the FTS5 tables ``fts_title`` and ``fts_key`` are dropped and the triggers
recreated for ``fts_all`` alone; on PostgreSQL ``tsv_key`` goes and ``tsv_title``, which
similar items read by key, loses its GIN index.

Revision ID: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Drop the unread indexes (a database made after this change has none to drop)."""
    from referat.store import indexing

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_text_insert")
        op.execute("DROP TRIGGER IF EXISTS search_text_delete")
        op.execute("DROP TABLE IF EXISTS fts_title")
        op.execute("DROP TABLE IF EXISTS fts_key")
        indexing.create_fts5_triggers(bind)
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_document_tsv_title")
        op.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS tsv_key")


def downgrade() -> None:
    """Not supported: the tier indexes would have to be filled again; export and re-ingest instead."""
    raise NotImplementedError("downgrading below 0006 is not supported; export and re-ingest instead")
