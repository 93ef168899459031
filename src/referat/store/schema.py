"""The database schema, one table per entity, for SQLite and PostgreSQL alike.

A case (a case number within a municipality) is kept apart from its appearances on
agendas: ``agenda_item`` rows link to ``case_record`` rows through ``item_case``.
Small lists (outcomes, party letters, table rows) are stored as JSON text.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
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
    # Provenance of a collected meeting (0004): the page people open, the API address read,
    # when it was read, the response's own sha256, and the listing's revision (kind and release).
    Column("page_url", Text),
    Column("api_url", Text),
    Column("fetched_at", DateTime(timezone=True)),
    Column("response_sha256", String(64)),
    Column("revision", String(200)),
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
Index("ix_meeting_municipality", meeting.c.municipality_id)
Index("ix_meeting_body", meeting.c.body_id)
Index("ix_meeting_source", meeting.c.source_id)

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
Index("ix_participation_meeting", participation.c.meeting_id)
Index("ix_participation_item", participation.c.item_id)

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
Index("ix_recommendation_item", recommendation.c.item_id)

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
Index("ix_vote_item", vote.c.item_id)

attachment = Table(
    "attachment", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("document_number", String(60)),
    Column("url", Text),
)
Index("ix_attachment_item", attachment.c.item_id)

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
Index("ix_history_entry_item", history_entry.c.item_id)

data_table = Table(
    "data_table", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("caption", Text),
    Column("rows", Text, nullable=False),
)
Index("ix_data_table_item", data_table.c.item_id)

#: Validators of responses the collector may ask for conditionally (ETag, Last-Modified), with the body
#: last received, so that a ``304 Not Modified`` answer can be read as that body.
http_cache = Table(
    "http_cache", metadata,
    Column("url", String(1000), primary_key=True),
    Column("etag", String(300)),
    Column("last_modified", String(100)),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("body", LargeBinary, nullable=False),
)

#: One row per agenda item for the search. ``id`` is the search key: the meeting date as
#: ``YYYYMMDD`` times 10**10 plus the item id, so "newest first" is "highest key first",
#: an order both full-text indexes can walk and stop early (see :mod:`referat.store.indexing`).
#: The text itself lives in backend-specific structures created by the migrations:
#: ``search_text`` + FTS5 tables + ``search_term`` on SQLite, tsvector columns on PostgreSQL.
search_document = Table(
    "search_document", metadata,
    # INTEGER PRIMARY KEY on SQLite makes the key the rowid, which the FTS5 tables share.
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("meeting_date", String(10)),
    Column("municipality_id", Integer),
    Column("body_id", Integer),
    Column("closed", Boolean, nullable=False, default=False),
    Column("outcomes", String(200), nullable=False, default=""),
)

#: Every change to the search documents, in commit order: the key of each document written or
#: removed. The relevance index (:mod:`referat.store.rankindex`) applies the changes after the
#: last one it has seen, so it follows the database on ingest, replacement and deletion.
search_change = Table(
    "search_change", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("key", BigInteger, nullable=False),
    sqlite_autoincrement=True,
)

#: One row: the database's own id (an index built for another database is rebuilt) and the
#: highest change number removed from ``search_change`` (an index behind that is rebuilt).
search_state = Table(
    "search_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("uuid", String(36), nullable=False),
    Column("pruned_through", BigInteger, nullable=False, default=0),
)

#: Tables and columns the migrations create outside this metadata, per backend.
BACKEND_TABLES = ("search_text", "search_term", "fts_all")
BACKEND_COLUMNS = ("tsv_title", "tsv_all")
