"""The first schema: every entity table, and the full-text index of each backend.

Revision ID: 0001
"""

from __future__ import annotations

from alembic import op

from referat.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables, then the search index the backend supports."""
    bind = op.get_bind()
    metadata.create_all(bind=bind)
    if bind.dialect.name == "sqlite":
        # Fields hold stemmed tokens; æøå stay distinct letters.
        op.execute("CREATE VIRTUAL TABLE item_fts USING fts5(title, decision, body, attachments, "
                   "tokenize = 'unicode61 remove_diacritics 0')")
    else:
        op.execute("ALTER TABLE search_document ADD COLUMN tsv tsvector")
        op.execute("CREATE INDEX ix_search_document_tsv ON search_document USING GIN (tsv)")


def downgrade() -> None:
    """Drop everything."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS item_fts")
    metadata.drop_all(bind=bind)
