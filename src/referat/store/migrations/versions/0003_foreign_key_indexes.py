"""Indexes on the foreign keys that lacked them: reading an item's parts, replacing a meeting.

Without them, loading one item's attachments or tables, and deleting a replaced
meeting's rows, scanned whole tables.

Revision ID: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_meeting_municipality", "meeting", "municipality_id"),
    ("ix_meeting_body", "meeting", "body_id"),
    ("ix_meeting_source", "meeting", "source_id"),
    ("ix_participation_meeting", "participation", "meeting_id"),
    ("ix_participation_item", "participation", "item_id"),
    ("ix_recommendation_item", "recommendation", "item_id"),
    ("ix_vote_item", "vote", "item_id"),
    ("ix_attachment_item", "attachment", "item_id"),
    ("ix_history_entry_item", "history_entry", "item_id"),
    ("ix_data_table_item", "data_table", "item_id"),
)


def upgrade() -> None:
    """Create the indexes."""
    for name, table, column in INDEXES:
        op.create_index(name, table, [column])


def downgrade() -> None:
    """Drop them again."""
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
