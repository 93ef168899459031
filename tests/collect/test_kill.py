"""A run killed with SIGKILL midway, started again, completes: no meeting doubled or half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.collect.replay import Replay, hvidovre


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def _command(replay: Replay, db: Path) -> list[str]:
    return [sys.executable, "-m", "referat", "collect", "Hvidovre", "--db", str(db), "--base-url", replay.base_url,
            "--rate", "25", "--backoff", "0.01", "--json"]


def test_killed_and_started_again_completes(replay: Replay, tmp_path: Path) -> None:
    meetings = hvidovre(replay, full_meetings=0)
    db = tmp_path / "killed.sqlite"
    process = subprocess.Popen(_command(replay, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while _count(db, "SELECT count(*) FROM meeting") < 5 and process.poll() is None:
            assert time.monotonic() < deadline, "the first run stored nothing"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    stored = _count(db, "SELECT count(*) FROM meeting")
    assert 5 <= stored < len(meetings)
    fetched_before = len(replay.paths("/api/agenda/dagsorden/"))

    done = subprocess.run(_command(replay, db), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)["municipalities"][0]
    assert report["current"] == stored  # those stored before the kill are not fetched again
    assert report["added"] + report["current"] == len(meetings)
    assert len(replay.paths("/api/agenda/dagsorden/")) - fetched_before == len(meetings) - stored
    assert _count(db, "SELECT count(*) FROM meeting") == len(meetings)
    assert _count(db, "SELECT count(DISTINCT identity) FROM meeting") == len(meetings)
    # Every meeting whole: its one item, its source row; no source row without its meeting.
    assert _count(db, "SELECT count(*) FROM agenda_item") == len(meetings)
    assert _count(db, "SELECT count(*) FROM source_document") == len(meetings)
    assert _count(db, "SELECT count(*) FROM meeting m WHERE NOT EXISTS "
                      "(SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = m.id)") == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
