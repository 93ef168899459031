"""Ingest: files, folders and globs parsed in parallel, written from one place, whole meetings only."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, NestedTransaction
from sqlalchemy.exc import SQLAlchemyError

from referat.errors import ReferatError
from referat.model import Meeting
from referat.parse import parse_document
from referat.store import indexing, rankindex
from referat.store.repository import Prepared, prepare, save_meeting, stored_hashes
from referat.store.workers import DEFAULT_TIMEOUT, run_all


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Files looked at."""
        return self.added + self.replaced + self.unchanged + len(self.failed)


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, found under folders (recursively) or matched by globs, sorted, without repeats."""
    found: list[Path] = []
    for raw in paths:
        matches = [Path(m) for m in sorted(glob.glob(raw, recursive=True))] if glob.has_magic(raw) else [Path(raw)]
        if not matches:
            found.append(Path(raw))  # reported as missing when read
        for path in matches:
            if path.is_dir():
                # A broken link is kept, to be named when it cannot be read.
                found.extend(sorted(p for p in path.rglob("*") if (p.is_file() or (p.is_symlink() and not p.exists()))
                                    and not p.name.startswith(".")))
            else:
                found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path.resolve()) if path.exists() else str(path), path)
    return list(unique.values())


#: A file's path, its parsed meeting and what the writer derives from it (or None and the reason it failed).
Parsed = tuple[str, Meeting | None, str | None, Prepared | None]
#: A file's path, content, the municipality it is said to be of, and the database's dialect.
Task = tuple[str, bytes, str | None, str]


def _parse_one(args: Task) -> Parsed:
    path, data, municipality, dialect = args
    try:
        meeting = parse_document(data, path=path, municipality=municipality)
        # Made here, in a parser process, rather than by the one writer.
        return path, meeting, None, prepare(meeting, dialect)
    except ReferatError as exc:
        return path, None, str(exc), None
    except Exception as exc:  # one bad file must not stop a batch; it is reported by name
        return path, None, f"unexpected parser failure ({type(exc).__name__}: {exc})", None


#: Files read ahead and checked against the database in one look-up.
READ_AHEAD_FILES = 32
READ_AHEAD_BYTES = 32 * 1024 * 1024


def _read(paths: list[Path], engine: Engine, report: IngestReport, municipality: str | None,
          on_skip: Callable[[Path], None]) -> Iterator[Task]:
    """The files whose content is not stored yet, read in small batches with one look-up per batch."""
    batch: list[tuple[Path, bytes, str]] = []

    def flush(conn: Connection) -> Iterator[Task]:
        stored = stored_hashes(conn, [sha for _path, _data, sha in batch])
        conn.rollback()  # a fresh snapshot for the next look-up
        for path, data, sha in batch:
            if sha in stored:
                report.unchanged += 1
                on_skip(path)
            else:
                yield str(path), data, municipality, engine.dialect.name
        batch.clear()

    with engine.connect() as conn:
        size = 0
        for path in paths:
            try:
                data = path.read_bytes()
            except IsADirectoryError:
                continue
            except OSError as exc:
                report.failed.append((str(path), f"cannot read ({exc.strerror or exc})"))
                on_skip(path)
                continue
            batch.append((path, data, hashlib.sha256(data).hexdigest()))
            size += len(data)
            if len(batch) >= READ_AHEAD_FILES or size >= READ_AHEAD_BYTES:
                yield from flush(conn)
                size = 0
        yield from flush(conn)


class _Writer:
    """The one place that writes: whole meetings, up to :attr:`BATCH` to a transaction.

    A transaction commits after :attr:`BATCH` meetings, and on SQLite also whenever the
    writer is about to wait for a parser (:meth:`commit` is then the ingest's idle hook):
    SQLite has one writer at a time, and a transaction left open while nothing is written
    would keep another ingest into the same file waiting on this one's parsers. A process
    killed midway loses the meetings of its open transaction, never part of one. A meeting
    the database refuses leaves nothing behind and is reported, and the others go on.

    On PostgreSQL each meeting has a savepoint of its own. On SQLite a savepoint makes each
    FTS5 index write out what it holds, so there the transaction has one, taken when it
    begins: a meeting that fails rolls back to it, and the meetings stored before it in the
    transaction are stored again (the transaction keeps SQLite's write lock throughout, so
    nothing else changed the database meanwhile); only then is the failed one tried again,
    in a savepoint of its own. For the same reason the transaction's search text rows are
    held back and written together before it commits (:class:`indexing.HeldText`).
    """

    BATCH = 16

    def __init__(self, engine: Engine, report: IngestReport, notify: Callable[[str, str], None]) -> None:
        self.conn = engine.connect()
        self.report = report
        self.notify = notify
        self.pending = 0
        self.sqlite = engine.dialect.name == "sqlite"
        #: SQLite: the savepoint the open transaction began with, the meetings stored since, their search text.
        self.start: NestedTransaction | None = None
        self.stored: list[tuple[Meeting, Prepared | None]] = []
        self.held = indexing.HeldText()

    def store(self, path: str, meeting: Meeting | None, error: str | None, prepared: Prepared | None = None) -> None:
        if meeting is None:
            self.report.failed.append((path, error or "unknown error"))
            self.notify(path, "failed")
            return
        if not self.conn.in_transaction():
            self.conn.begin()
            if self.sqlite:
                self.start = self.conn.begin_nested()
            else:
                indexing.lock_changes(self.conn)  # once per transaction, not per meeting
        try:
            status = self._save(meeting, prepared)
        except SQLAlchemyError as exc:
            self.report.failed.append((path, f"cannot store ({str(exc).strip().splitlines()[0]})"))
            self.notify(path, "failed")
            return
        setattr(self.report, status, getattr(self.report, status) + 1)
        self.pending += 1
        if self.pending >= self.BATCH:
            self.commit()
        self.notify(path, status)

    def _save(self, meeting: Meeting, prepared: Prepared | None) -> str:
        """Store one meeting in the open transaction; when that fails, nothing of it is left."""
        if self.start is None:
            with self.conn.begin_nested():
                return save_meeting(self.conn, meeting, prepared=prepared)
        try:
            status = save_meeting(self.conn, meeting, held=self.held, prepared=prepared)
        except BaseException as exc:
            self.start.rollback()
            self.held.clear()
            self.start = self.conn.begin_nested()
            for earlier, its_prepared in self.stored:
                save_meeting(self.conn, earlier, held=self.held, prepared=its_prepared)
            if not isinstance(exc, SQLAlchemyError):
                raise
            self.held.write(self.conn)  # the retry's own savepoint then holds all of its rows
            with self.conn.begin_nested():
                status = save_meeting(self.conn, meeting, prepared=prepared)
        self.stored.append((meeting, prepared))
        return status

    def commit(self) -> None:
        """Commit the meetings stored so far."""
        if self.start is not None and self.start.is_active:
            self.held.write(self.conn)
            self.start.commit()
        if self.conn.in_transaction():
            self.conn.commit()
        self.start = None
        self.stored.clear()
        self.pending = 0

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.held.clear()
            self.conn.close()


def _failed(args: Task, reason: str) -> Parsed:
    return args[0], None, reason, None


def ingest(engine: Engine, paths: list[Path], municipality: str | None = None, jobs: int | None = None,
           progress: Callable[[str, str], None] | None = None,
           timeout: float | None = DEFAULT_TIMEOUT) -> IngestReport:
    """Parse ``paths`` in ``jobs`` processes and store each meeting whole, from this process.

    ``progress(path, status)`` is called once per file. A file that fails is recorded in
    the report with its reason, and the others go on; so is a file whose parsing takes more
    than ``timeout`` seconds (``None``: no limit). The relevance index is brought up to date
    at the end.
    """
    report = IngestReport()
    notify = progress or (lambda _path, _status: None)
    jobs = max(1, jobs or os.cpu_count() or 1)
    work = _read(paths, engine, report, municipality, lambda p: notify(str(p), "skipped"))
    writer = _Writer(engine, report, notify)
    # PostgreSQL locks rows, not the database: there a transaction waiting for a parser blocks no one.
    idle = writer.commit if engine.dialect.name == "sqlite" else None
    try:
        # closing(): a writer failure ends the workers now, not when the generator is collected.
        with closing(run_all(_parse_one, work, jobs, timeout, _failed, idle=idle)) as results:
            for parsed in results:
                writer.store(*parsed)
    finally:
        writer.close()
    rankindex.sync(engine)  # the relevance index follows what was committed
    return report
