"""The database schema, one table per entity, for SQLite and PostgreSQL alike.

A case (a case number within a municipality) is kept apart from its appearances on
agendas: ``agenda_item`` rows link to ``case_record`` rows through ``item_case``.
Small lists (outcomes, party letters, table rows) are stored as JSON text.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

municipality = Table(
    "municipality", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("code", Integer),
)

body = Table(
    "body", metadata,
    Column("id", Integer, primary_key=True),
    Column("municipality_id", Integer, ForeignKey("municipality.id", ondelete="CASCADE")),
    Column("name", String(300), nullable=False),
    Column("period", String(20), nullable=False, default=""),
    UniqueConstraint("municipality_id", "name", "period", name="uq_body"),
)

source_document = Table(
    "source_document", metadata,
    Column("id", Integer, primary_key=True),
    Column("path", Text),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("format", String(20), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

meeting = Table(
    "meeting", metadata,
    Column("id", Integer, primary_key=True),
    Column("identity", String(600), nullable=False, unique=True),
    Column("source_id", Integer, ForeignKey("source_document.id", ondelete="CASCADE"), nullable=False),
    Column("municipality_id", Integer, ForeignKey("municipality.id")),
    Column("body_id", Integer, ForeignKey("body.id")),
    Column("kind", String(20), nullable=False),
    Column("date", String(10)),
    Column("start_time", String(5)),
    Column("end_time", String(5)),
    Column("location", Text),
    Column("warnings", Text, nullable=False, default="[]"),
    Column("data", Text, nullable=False),
)
Index("ix_meeting_date", meeting.c.date)

person = Table(
    "person", metadata,
    Column("id", Integer, primary_key=True),
    Column("municipality_id", Integer, ForeignKey("municipality.id")),
    Column("name", String(200), nullable=False),
    Column("party", String(10)),
    UniqueConstraint("municipality_id", "name", name="uq_person"),
)

agenda_item = Table(
    "agenda_item", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("number", Integer),
    Column("title", Text),
    Column("closed", Boolean, nullable=False, default=False),
    Column("prefix", String(40)),
    Column("item_type", String(2)),
    Column("outcomes", String(200), nullable=False, default=""),
    Column("document_numbers", Text, nullable=False, default="[]"),
)
Index("ix_agenda_item_meeting", agenda_item.c.meeting_id)

participation = Table(
    "participation", metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE")),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False),
    Column("status", String(20), nullable=False),  # present, absent, substitute, official
    Column("role", String(300)),
)
Index("ix_participation_person", participation.c.person_id)

case_record = Table(
    "case_record", metadata,
    Column("id", Integer, primary_key=True),
    Column("municipality_id", Integer, ForeignKey("municipality.id")),
    Column("number", String(60), nullable=False),
    UniqueConstraint("municipality_id", "number", name="uq_case"),
)
Index("ix_case_number", case_record.c.number)

item_case = Table(
    "item_case", metadata,
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("case_id", Integer, ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True),
)
Index("ix_item_case_case", item_case.c.case_id)

section = Table(
    "section", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("heading", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_section_item", section.c.item_id)

recommendation = Table(
    "recommendation", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

decision = Table(
    "decision", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("body", Text),
    Column("date", String(10)),
    Column("text", Text, nullable=False),
    Column("outcomes", String(200), nullable=False, default=""),
)
Index("ix_decision_item", decision.c.item_id)

vote = Table(
    "vote", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("for_parties", Text, nullable=False, default="[]"),
    Column("against", Text, nullable=False, default="[]"),
    Column("abstained", Text, nullable=False, default="[]"),
    Column("text", Text, nullable=False, default=""),
)

attachment = Table(
    "attachment", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("document_number", String(60)),
)

history_entry = Table(
    "history_entry", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("date", String(10)),
    Column("body", Text),
    Column("text", Text, nullable=False),
    Column("outcomes", String(200), nullable=False, default=""),
)

data_table = Table(
    "data_table", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("caption", Text),
    Column("rows", Text, nullable=False),
)

#: What the search indexes per item: stemmed fields on SQLite (FTS5), a tsvector on PostgreSQL.
search_document = Table(
    "search_document", metadata,
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("meeting_date", String(10)),
    Column("municipality_id", Integer),
    Column("body_id", Integer),
    Column("closed", Boolean, nullable=False, default=False),
)
Index("ix_search_document_date", search_document.c.meeting_date)
