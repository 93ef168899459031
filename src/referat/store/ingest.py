"""Ingest: files, folders and globs parsed in parallel, written from one place, one meeting per transaction."""

from __future__ import annotations

import glob
import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from referat.errors import ReferatError
from referat.model import Meeting
from referat.parse import parse_document
from referat.store.repository import has_source, save_meeting


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
                found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
            else:
                found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path.resolve()) if path.exists() else str(path), path)
    return list(unique.values())


def _parse_one(args: tuple[str, bytes, str | None]) -> tuple[str, Meeting | None, str | None]:
    path, data, municipality = args
    try:
        return path, parse_document(data, path=path, municipality=municipality), None
    except ReferatError as exc:
        return path, None, str(exc)
    except Exception as exc:  # one bad file must not stop a batch; it is reported by name
        return path, None, f"unexpected parser failure ({type(exc).__name__}: {exc})"


def _read(paths: list[Path], engine: Engine, report: IngestReport, municipality: str | None,
          on_skip: Callable[[Path], None]) -> Iterator[tuple[str, bytes, str | None]]:
    for path in paths:
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            continue
        except OSError as exc:
            report.failed.append((str(path), f"cannot read ({exc.strerror or exc})"))
            on_skip(path)
            continue
        with engine.connect() as conn:
            if has_source(conn, hashlib.sha256(data).hexdigest()):
                report.unchanged += 1
                on_skip(path)
                continue
        yield str(path), data, municipality


def ingest(engine: Engine, paths: list[Path], municipality: str | None = None, jobs: int | None = None,
           progress: Callable[[str, str], None] | None = None) -> IngestReport:
    """Parse ``paths`` in ``jobs`` processes and store each meeting in its own transaction.

    ``progress(path, status)`` is called once per file. A file that fails is recorded in
    the report with its reason, and the others go on.
    """
    report = IngestReport()
    notify = progress or (lambda _path, _status: None)
    jobs = max(1, jobs or os.cpu_count() or 1)
    work = _read(paths, engine, report, municipality, lambda p: notify(str(p), "skipped"))

    def store(path: str, meeting: Meeting | None, error: str | None) -> None:
        if meeting is None:
            report.failed.append((path, error or "unknown error"))
            notify(path, "failed")
            return
        with engine.begin() as conn:
            status = save_meeting(conn, meeting)
        setattr(report, status, getattr(report, status) + 1)
        notify(path, status)

    if jobs == 1:
        for args in work:
            store(*_parse_one(args))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending: deque[Future[tuple[str, Meeting | None, str | None]]] = deque()
            for args in work:
                pending.append(pool.submit(_parse_one, args))
                # A bounded window keeps memory flat however many files there are.
                while len(pending) >= 4 * jobs:
                    store(*pending.popleft().result())
            while pending:
                store(*pending.popleft().result())
    return report
