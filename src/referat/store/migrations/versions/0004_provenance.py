"""Provenance of collected meetings, attachment addresses, and the collector's HTTP validators.

``source_document`` gains the page address, the API address, the fetch time, the response's
sha256 and the listing's revision; ``attachment`` gains its address; ``http_cache`` keeps
ETag/Last-Modified validators with the last body for conditional requests.

Revision ID: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SOURCE_COLUMNS = (
    ("page_url", sa.Text()),
    ("api_url", sa.Text()),
    ("fetched_at", sa.DateTime(timezone=True)),
    ("response_sha256", sa.String(64)),
    ("revision", sa.String(200)),
)


def upgrade() -> None:
    """Add the columns and the table."""
    with op.batch_alter_table("source_document") as batch:
        for name, type_ in SOURCE_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("attachment") as batch:
        batch.add_column(sa.Column("url", sa.Text(), nullable=True))
    op.create_table(
        "http_cache",
        sa.Column("url", sa.String(1000), primary_key=True),
        sa.Column("etag", sa.String(300)),
        sa.Column("last_modified", sa.String(100)),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_table("http_cache")
    with op.batch_alter_table("attachment") as batch:
        batch.drop_column("url")
    with op.batch_alter_table("source_document") as batch:
        for name, _type in reversed(SOURCE_COLUMNS):
            batch.drop_column(name)
