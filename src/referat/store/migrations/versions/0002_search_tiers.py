"""Search in tiers: one full-text index per ranking tier, keyed newest meeting first.

Replaces the single weighted index of 0001 (bm25 or ts_rank over every match, which
grows with the number of matches) by the structures of :mod:`referat.store.indexing`,
and rebuilds the search documents of every stored meeting. Closed items' bodies are
also removed from the stored JSON copy of each meeting.

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Drop the old search structures, create the new ones, reindex."""
    from referat.store import indexing
    from referat.store.repository import reindex_all

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS item_fts")
    op.drop_index("ix_search_document_date", table_name="search_document")
    op.drop_table("search_document")
    op.create_table("search_document",
                    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                              autoincrement=False),
                    sa.Column("item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="CASCADE"),
                              nullable=False, unique=True),
                    sa.Column("meeting_date", sa.String(10)),
                    sa.Column("municipality_id", sa.Integer),
                    sa.Column("body_id", sa.Integer),
                    sa.Column("closed", sa.Boolean, nullable=False),
                    sa.Column("outcomes", sa.String(200), nullable=False))
    indexing.create_structures(bind)
    reindex_all(bind, log_changes=False)  # the change log comes with 0005


def downgrade() -> None:
    """Not supported: the old index would have to be rebuilt with code that is gone."""
    raise NotImplementedError("downgrading below 0002 is not supported; export and re-ingest instead")
