"""Shared fixtures: a PostgreSQL server for the session, and database URLs for both backends."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from referat.store.db import dispose_engines
from tests.postgres_server import PostgresServer, ensure_installed

_names = itertools.count()


@pytest.fixture(autouse=True)
def _relevance_index_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL databases keep their relevance indexes in a temporary folder, not the user's data directory."""
    monkeypatch.setenv("REFERAT_INDEX_DIR", str(tmp_path_factory.getbasetemp() / "relevance-indexes"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the whole session."""
    bin_dir = ensure_installed()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed and cannot be installed here (needs root and apt-get)")
    server = PostgresServer(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database; the test's pooled connections are closed after it."""
    yield pg_server.create_database(f"referat_{next(_names)}")
    dispose_engines()  # else every test's pool stays connected, up to the server's connection limit


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "referat.sqlite")
    return str(request.getfixturevalue("pg_url"))
