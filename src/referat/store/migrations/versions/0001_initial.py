"""The first schema: every entity table, and the first full-text index of each backend.

Written out table by table so that it creates the same schema whatever
``referat.store.schema`` says later; later revisions change it from here.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True)


def _item_id() -> sa.Column:
    return sa.Column("item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    """Create the tables, then the search index the backend supports."""
    op.create_table("municipality", _id(),
                    sa.Column("name", sa.String(100), nullable=False, unique=True),
                    sa.Column("code", sa.Integer))
    op.create_table("body", _id(),
                    sa.Column("municipality_id", sa.Integer, sa.ForeignKey("municipality.id", ondelete="CASCADE")),
                    sa.Column("name", sa.String(300), nullable=False),
                    sa.Column("period", sa.String(20), nullable=False),
                    sa.UniqueConstraint("municipality_id", "name", "period", name="uq_body"))
    op.create_table("source_document", _id(),
                    sa.Column("path", sa.Text),
                    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
                    sa.Column("format", sa.String(20), nullable=False),
                    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False))
    op.create_table("meeting", _id(),
                    sa.Column("identity", sa.String(600), nullable=False, unique=True),
                    sa.Column("source_id", sa.Integer, sa.ForeignKey("source_document.id", ondelete="CASCADE"),
                              nullable=False),
                    sa.Column("municipality_id", sa.Integer, sa.ForeignKey("municipality.id")),
                    sa.Column("body_id", sa.Integer, sa.ForeignKey("body.id")),
                    sa.Column("kind", sa.String(20), nullable=False),
                    sa.Column("date", sa.String(10)),
                    sa.Column("start_time", sa.String(5)),
                    sa.Column("end_time", sa.String(5)),
                    sa.Column("location", sa.Text),
                    sa.Column("warnings", sa.Text, nullable=False),
                    sa.Column("data", sa.Text, nullable=False))
    op.create_index("ix_meeting_date", "meeting", ["date"])
    op.create_table("person", _id(),
                    sa.Column("municipality_id", sa.Integer, sa.ForeignKey("municipality.id")),
                    sa.Column("name", sa.String(200), nullable=False),
                    sa.Column("party", sa.String(10)),
                    sa.UniqueConstraint("municipality_id", "name", name="uq_person"))
    op.create_table("agenda_item", _id(),
                    sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id", ondelete="CASCADE"),
                              nullable=False),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("number", sa.Integer),
                    sa.Column("title", sa.Text),
                    sa.Column("closed", sa.Boolean, nullable=False),
                    sa.Column("prefix", sa.String(40)),
                    sa.Column("item_type", sa.String(2)),
                    sa.Column("outcomes", sa.String(200), nullable=False),
                    sa.Column("document_numbers", sa.Text, nullable=False))
    op.create_index("ix_agenda_item_meeting", "agenda_item", ["meeting_id"])
    op.create_table("participation", _id(),
                    sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id", ondelete="CASCADE"),
                              nullable=False),
                    sa.Column("item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="CASCADE")),
                    sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
                    sa.Column("status", sa.String(20), nullable=False),
                    sa.Column("role", sa.String(300)))
    op.create_index("ix_participation_person", "participation", ["person_id"])
    op.create_table("case_record", _id(),
                    sa.Column("municipality_id", sa.Integer, sa.ForeignKey("municipality.id")),
                    sa.Column("number", sa.String(60), nullable=False),
                    sa.UniqueConstraint("municipality_id", "number", name="uq_case"))
    op.create_index("ix_case_number", "case_record", ["number"])
    op.create_table("item_case",
                    sa.Column("item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="CASCADE"),
                              primary_key=True),
                    sa.Column("case_id", sa.Integer, sa.ForeignKey("case_record.id", ondelete="CASCADE"),
                              primary_key=True))
    op.create_index("ix_item_case_case", "item_case", ["case_id"])
    op.create_table("section", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("heading", sa.Text, nullable=False),
                    sa.Column("kind", sa.String(20), nullable=False),
                    sa.Column("text", sa.Text, nullable=False))
    op.create_index("ix_section_item", "section", ["item_id"])
    op.create_table("recommendation", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("text", sa.Text, nullable=False))
    op.create_table("decision", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("body", sa.Text),
                    sa.Column("date", sa.String(10)),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("outcomes", sa.String(200), nullable=False))
    op.create_index("ix_decision_item", "decision", ["item_id"])
    op.create_table("vote", _id(), _item_id(),
                    sa.Column("for_parties", sa.Text, nullable=False),
                    sa.Column("against", sa.Text, nullable=False),
                    sa.Column("abstained", sa.Text, nullable=False),
                    sa.Column("text", sa.Text, nullable=False))
    op.create_table("attachment", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("title", sa.Text, nullable=False),
                    sa.Column("document_number", sa.String(60)))
    op.create_table("history_entry", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("date", sa.String(10)),
                    sa.Column("body", sa.Text),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("outcomes", sa.String(200), nullable=False))
    op.create_table("data_table", _id(), _item_id(),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("caption", sa.Text),
                    sa.Column("rows", sa.Text, nullable=False))
    op.create_table("search_document",
                    sa.Column("item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="CASCADE"),
                              primary_key=True),
                    sa.Column("meeting_date", sa.String(10)),
                    sa.Column("municipality_id", sa.Integer),
                    sa.Column("body_id", sa.Integer),
                    sa.Column("closed", sa.Boolean, nullable=False))
    op.create_index("ix_search_document_date", "search_document", ["meeting_date"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE item_fts USING fts5(title, decision, body, attachments, "
                   "tokenize = 'unicode61 remove_diacritics 0')")
    else:
        op.execute("ALTER TABLE search_document ADD COLUMN tsv tsvector")
        op.execute("CREATE INDEX ix_search_document_tsv ON search_document USING GIN (tsv)")


def downgrade() -> None:
    """Drop everything."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS item_fts")
    for table in ("search_document", "data_table", "history_entry", "attachment", "vote", "decision",
                  "recommendation", "section", "item_case", "case_record", "participation", "agenda_item",
                  "person", "meeting", "source_document", "body", "municipality"):
        op.drop_table(table)
