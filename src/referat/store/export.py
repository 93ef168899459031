"""Bulk export: every meeting as JSON, or one CSV file per entity. Closed items' bodies never leave.

CSV cells that a spreadsheet would run as a formula are neutralised as OWASP recommends
(:func:`csv_cell`); the JSON keeps the text as it is.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from referat.store import schema as s

#: What opens a cell that a spreadsheet reads as a formula (OWASP, "CSV Injection"), tab and carriage return included.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: text that opens like a formula gets a leading single quote; None is empty."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


#: CSV files and the tables behind them.
CSV_TABLES: dict[str, Any] = {
    "municipalities": s.municipality, "bodies": s.body, "sources": s.source_document, "meetings": s.meeting,
    "items": s.agenda_item, "cases": s.case_record, "item_cases": s.item_case, "sections": s.section,
    "recommendations": s.recommendation, "decisions": s.decision, "votes": s.vote, "attachments": s.attachment,
    "history": s.history_entry, "tables": s.data_table, "people": s.person, "participation": s.participation,
}


def export_json(conn: Connection, out: Path) -> Path:
    """All meetings, as parsed (closed items hold number, title and case numbers only), in one file."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / "meetings.json"
    rows = conn.execute(select(s.meeting.c.data).order_by(s.meeting.c.date, s.meeting.c.id)
                        .execution_options(stream_results=True, yield_per=500)).scalars()
    with target.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for n, data in enumerate(rows):
            handle.write((",\n" if n else "") + json.dumps(json.loads(data), ensure_ascii=False))
        handle.write("\n]\n")
    return target


def export_csv(conn: Connection, out: Path) -> list[Path]:
    """One CSV file per entity (UTF-8, header row). The meeting's JSON copy is left out."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in CSV_TABLES.items():
        columns = [c for c in table.columns if c.name != "data"]
        target = out / f"{name}.csv"
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.name for c in columns])
            query = select(*columns).order_by(*table.primary_key.columns)
            for row in conn.execute(query.execution_options(stream_results=True, yield_per=2000)):
                writer.writerow([csv_cell(v) for v in row])
        written.append(target)
    return written
