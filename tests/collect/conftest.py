"""The replay server for the collector's tests, and a quick way to run ``referat collect`` against it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from referat.cli import main
from tests.collect.replay import Replay

#: Politeness small enough for tests: no rate limit, quick back-off, a short time-out.
FAST = ["--rate", "0", "--backoff", "0.01", "--timeout", "2", "--retries", "3"]


@pytest.fixture
def replay() -> Iterator[Replay]:
    """A started replay server with nothing to serve yet."""
    server = Replay().start()
    yield server
    server.stop()


@pytest.fixture
def run_collect(replay: Replay, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                ) -> Callable[..., tuple[int, dict[str, Any], str]]:
    """Run ``referat collect Hvidovre --json`` against the replay server; (exit code, summary, stderr)."""
    db = str(tmp_path / "collect.sqlite")

    def run(*extra: str, municipality: str = "Hvidovre", fast: bool = True) -> tuple[int, dict[str, Any], str]:
        argv = ["collect", municipality, "--db", db, "--base-url", replay.base_url, "--json",
                *(FAST if fast else []), *extra]
        code = main(argv)
        captured = capsys.readouterr()
        return code, json.loads(captured.out), captured.err

    run.db = db  # type: ignore[attr-defined]
    return run
