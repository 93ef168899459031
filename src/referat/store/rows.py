"""Many-row INSERTs for the writer: SQL text built once per dialect and table, values always bound.

A meeting adds a few dozen rows to a dozen tables. Built as SQLAlchemy statements, each
INSERT costs more in statement caching and per-row parameter processing than the database
spends storing it; here the driver gets a fixed SQL string (cached) and the rows as tuples.

Only values both drivers store as SQLAlchemy would go through here: ``str``, ``int``,
``bool`` and ``None``. Identifiers are quoted by the dialect; every value is a placeholder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError

Row = tuple[Any, ...]

#: Rows per multi-row VALUES statement: far below SQLite's limit of 32,766 bound values.
CHUNK = 500


@lru_cache(maxsize=4096)
def _sql(dialect: Dialect, table: str, columns: tuple[str, ...], expressions: tuple[tuple[str, str], ...],
         rows: int, returning: tuple[str, ...]) -> str:
    """``INSERT INTO table (columns) VALUES (...)`` with ``rows`` rows of placeholders.

    ``expressions`` wraps a column's placeholder in SQL (``{}`` stands for it).
    """
    quote = dialect.identifier_preparer.quote
    wrap = dict(expressions)
    if dialect.name == "sqlite":
        row = "(" + ", ".join(wrap.get(c, "{}").format("?") for c in columns) + ")"
        values = ", ".join([row] * rows)
    else:  # PostgreSQL's own numbered placeholders, which the raw cursor sends unparsed
        width = len(columns)
        values = ", ".join("(" + ", ".join(wrap.get(c, "{}").format(f"${r * width + k + 1}")
                                           for k, c in enumerate(columns)) + ")" for r in range(rows))
    sql = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES {values}"
    return sql + (f" RETURNING {', '.join(quote(c) for c in returning)}" if returning else "")


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Row],
                expressions: Mapping[str, str] | None = None, triggers_fts5: bool = False) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) in as few round trips as the driver allows.

    SQLite gets one executemany: its loop runs in C over one prepared statement. psycopg
    would send an executemany row by row through its pipeline, at a Python cost per row, so
    PostgreSQL gets multi-row VALUES statements instead. So does a SQLite table whose triggers
    write to FTS5 (``triggers_fts5``): FTS5 writes out its pending terms at the end of every
    statement that changes it, and an executemany is one statement per row.
    """
    if not rows:
        return
    wrapped = tuple(sorted((expressions or {}).items()))
    if conn.dialect.name == "sqlite" and not triggers_fts5:
        _sqlite(conn, _sql(conn.dialect, table, tuple(columns), wrapped, 1, ()), rows, many=True)
    else:
        _insert_chunks(conn, table, columns, rows, wrapped, ())


def insert_returning(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Row],
                     returning: Sequence[str]) -> list[Row]:
    """Insert ``rows`` in multi-row statements and return ``returning`` of each, in no particular order."""
    return _insert_chunks(conn, table, columns, rows, (), tuple(returning))


def select_rows(conn: Connection, sql: str, values: Sequence[Any]) -> list[Row]:
    """The rows of ``sql`` (placeholders written ``?``) for ``values``, inside ``conn``'s transaction.

    On SQLite on a cursor of the driver's own, as the inserts here; on PostgreSQL through
    the driver's SQL (psycopg's placeholders are ``%s``).
    """
    if conn.dialect.name == "sqlite":
        return _sqlite(conn, sql, values)
    return _postgres(conn, _numbered(sql), values)


def _insert_chunks(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Row],
                   expressions: tuple[tuple[str, str], ...], returning: tuple[str, ...]) -> list[Row]:
    """Multi-row VALUES statements of at most :data:`CHUNK` rows; the returned rows, if any."""
    found: list[Row] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        sql = _sql(conn.dialect, table, tuple(columns), expressions, len(chunk), returning)
        values = tuple(v for row in chunk for v in row)
        if conn.dialect.name == "sqlite":
            found += _sqlite(conn, sql, values)
        else:
            found += _postgres(conn, sql, values, answered=bool(returning))
    return found


@contextmanager
def pipelined(conn: Connection) -> Iterator[None]:
    """On PostgreSQL the inserts inside go out without waiting each for its answer (psycopg's pipeline
    mode) and are answered together at the end: one round trip for a meeting's detail rows. A
    database error is raised as SQLAlchemy's, at the latest when the block ends. Elsewhere a no-op.
    """
    if conn.dialect.name != "postgresql":
        yield
        return
    import psycopg

    try:
        with conn.connection.driver_connection.pipeline():  # type: ignore[union-attr]
            yield
    except psycopg.Error as exc:
        raise DBAPIError.instance("(pipelined inserts)", (), exc, psycopg.Error) from exc


@lru_cache(maxsize=256)
def _numbered(sql: str) -> str:
    """``?`` placeholders as PostgreSQL's ``$1``, ``$2``, ... (the statements here hold no ``?`` in literals)."""
    parts = sql.split("?")
    return "".join(part + (f"${k + 1}" if k + 1 < len(parts) else "") for k, part in enumerate(parts))


def _postgres(conn: Connection, sql: str, values: Sequence[Any], answered: bool = True) -> list[Row]:
    """``sql`` (placeholders ``$1``, ...) on a raw psycopg cursor inside ``conn``'s transaction; its rows.

    psycopg parses the placeholders of every statement of more than 50 values anew, at a cost in
    Python above the server's for the writer's many-row INSERTs; a raw cursor sends the SQL as it is.
    A statement not ``answered`` returns nothing, so that in a :func:`pipelined` block it need not wait.
    """
    import psycopg

    driver = conn.connection.driver_connection
    cursor = psycopg.RawCursor(driver)  # type: ignore[arg-type]
    try:
        cursor.execute(sql, values)
        return [tuple(row) for row in cursor.fetchall()] if answered else []
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, values, exc, psycopg.Error) from exc
    finally:
        cursor.close()


def _sqlite(conn: Connection, sql: str, values: Sequence[Any], many: bool = False) -> list[Row]:
    """``sql`` on a cursor of the driver's own, inside ``conn``'s transaction; the rows it returns.

    A meeting's rows take a dozen statements, and SQLAlchemy's work around each (events,
    result objects) cost more than SQLite's. A driver error is raised as SQLAlchemy's.
    """
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if many:
            cursor.executemany(sql, values)
            return []
        cursor.execute(sql, values)
        return [tuple(row) for row in cursor.fetchall()]
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, values, exc, sqlite3.Error) from exc
    finally:
        cursor.close()
