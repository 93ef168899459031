"""Which database, and a ready engine: URL resolution, SQLite pragmas, migrations on first use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from referat.errors import StoreError

ENV_VARIABLE = "REFERAT_DB"


def default_sqlite_path() -> Path:
    """The SQLite file in the user's data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("referat")) / "referat.sqlite"


def _db_value(db: str | None) -> str:
    """The database named: ``--db``, then ``REFERAT_DB``, then the default SQLite file."""
    return db or os.environ.get(ENV_VARIABLE) or str(default_sqlite_path())


def resolve_url(db: str | None) -> str:
    """``--db`` value, then ``REFERAT_DB``, then the default SQLite file, as a SQLAlchemy URL."""
    value = _db_value(db)
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if value.startswith(("postgresql+", "sqlite:")):
        return value
    path = Path(value).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder of {path}: {exc.strerror or exc}") from exc
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # The driver would begin transactions on its own, only before INSERT, UPDATE and DELETE, so
    # a SAVEPOINT or DDL ran outside any (and the RELEASE of a savepoint committed). It is told
    # not to, and SQLAlchemy's transactions begin with BEGIN (see _sqlite_begin): what the code
    # calls a transaction is one, the migrations' DDL included.
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # The busy timeout first: switching a new file to WAL waits for a lock when others open it too.
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL lets readers go on while an ingest writes; foreign keys make deletes cascade.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # 32 MiB of pages per connection (the default is 2 MiB): a search page reads a few hundred
    # scattered search documents, and the writer updates a dozen indexes.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _first_line(exc: SQLAlchemyError) -> str:
    reason = getattr(exc, "orig", None) or exc
    lines = str(reason).strip().splitlines()
    return lines[0] if lines else type(reason).__name__


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn database failures inside the block into a one-line :class:`StoreError`."""
    try:
        yield
    except OperationalError as exc:
        raise StoreError(f"cannot use the database: {_first_line(exc)}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"database error: {_first_line(exc)}") from exc


#: The engines made so far, per URL: one per database and process.
_ENGINES: dict[str, Engine] = {}


def engine_for(url: str) -> Engine:
    """A migrated engine for ``url`` (made once per URL and process)."""
    if url in _ENGINES:
        return _ENGINES[url]
    with store_errors():
        if url.startswith("sqlite"):
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        migrate(engine)
    return _ENGINES.setdefault(url, engine)


def dispose_engines() -> None:
    """Close every engine's pooled connections and forget the engines (a long-lived process done with them)."""
    while _ENGINES:
        _ENGINES.popitem()[1].dispose()


def open_engine(db: str | None) -> Engine:
    """The engine for a ``--db`` value (see :func:`resolve_url`)."""
    return engine_for(resolve_url(db))


def open_existing(db: str | None) -> Engine:
    """The engine for a ``--db`` value that names a database already made; a StoreError when the SQLite file is missing.

    The commands that only read use it, so that a mistyped path is an error rather than a
    new, empty database (and folder) that answers every question with nothing.
    """
    value = _db_value(db)
    if not value.startswith(("postgresql", "postgres:", "sqlite:")) and not Path(value).expanduser().is_file():
        raise StoreError(f"no database at {value} (referat ingest FILE ... --db {value} makes one)")
    return open_engine(db)


#: Seconds a process waits for another one's migration of the same SQLite file.
MIGRATION_WAIT = 600


@contextmanager
def _sqlite_migration_lock(engine: Engine) -> Iterator[None]:
    """One migrator at a time per SQLite file: a lock file beside it (``referat.sqlite.lock``).

    SQLite has no advisory lock, and the driver runs DDL outside a transaction, so two processes
    creating a new file at once would both create its tables. A folder where no lock file can be
    made is one where nobody can migrate either: the lock is skipped there.
    """
    from filelock import FileLock, Timeout

    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    lock = FileLock(f"{database}.lock", timeout=MIGRATION_WAIT)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreError(f"another process has been migrating {database} for {MIGRATION_WAIT} s") from exc
    except OSError:
        yield
        return
    try:
        yield
    finally:
        lock.release()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (default: the newest) with the Alembic revisions shipped in the package."""
    if engine.dialect.name == "sqlite":
        with _sqlite_migration_lock(engine):
            _upgrade(engine, revision)
    else:
        _upgrade(engine, revision)


def _upgrade(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # One migrator at a time when several workers start together.
            connection.execute(text("SELECT pg_advisory_xact_lock(4242)"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
