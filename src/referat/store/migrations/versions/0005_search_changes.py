"""The change log of the search documents and the database's id, for the relevance index.

``search_change`` records the key of every search document written or removed, in commit
order; ``search_state`` holds one row with the database's own id. The relevance index
beside the database applies the changes it has not seen and is rebuilt when it belongs to
another database (see ``docs/STORE.md``, "Ranking"). An existing database starts with an
empty log: its index does not exist yet and is built from the search documents on first use.

Revision ID: 0005
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the two tables and the state row."""
    op.create_table(
        "search_change",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("key", sa.BigInteger, nullable=False),
        sqlite_autoincrement=True,
    )
    state = op.create_table(
        "search_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("pruned_through", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "uuid": str(uuid.uuid4()), "pruned_through": 0}])


def downgrade() -> None:
    """Drop them."""
    op.drop_table("search_state")
    op.drop_table("search_change")
