"""Which database ``--db`` means, and one-line errors when it cannot be used."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from referat.store.db import open_engine, resolve_url


def test_urls_env_and_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("REFERAT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_url(None) == f"sqlite:///{tmp_path}/data/referat/referat.sqlite"
    assert (tmp_path / "data" / "referat").is_dir()
    monkeypatch.setenv("REFERAT_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None) == f"sqlite:///{tmp_path}/env.sqlite"
    assert resolve_url(str(tmp_path / "given.sqlite")) == f"sqlite:///{tmp_path}/given.sqlite"
    assert resolve_url("postgresql://u@h:5/db") == "postgresql+psycopg://u@h:5/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("command", [
    ["search", "tilsyn"], ["case", "22-001317"], ["export", "--format", "csv"], ["ingest", "nothing-here"]])
def test_an_unreachable_database_is_one_line_on_stderr(command: list[str], tmp_path: Path) -> None:
    url = f"postgresql://nobody@127.0.0.1:{_closed_port()}/referat"
    result = subprocess.run([sys.executable, "-m", "referat", *command, "--db", url], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("referat: cannot use the database:")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_an_unknown_case_is_an_error(tmp_path: Path) -> None:
    open_engine(str(tmp_path / "x.sqlite"))  # an empty database
    result = subprocess.run([sys.executable, "-m", "referat", "case", "99-999999", "--db", str(tmp_path / "x.sqlite")],
                            capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (1, "referat: no case 99-999999\n")


@pytest.mark.parametrize("command", [["search", "tilsyn"], ["case", "22-001317"], ["similar", "1"],
                                     ["compare", "tilsyn"], ["export", "--format", "csv"]])
def test_a_reading_command_on_a_missing_file_makes_no_database(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "referat.sqlite"
    result = subprocess.run([sys.executable, "-m", "referat", *command, "--db", str(missing)], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"referat: no database at {missing} (referat ingest FILE ... --db {missing} makes one)\n"
    assert not (tmp_path / "typo").exists()
