"""The parser processes of an ingest: a time budget per document, and no worker outliving its ingest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referat.store import schema as s
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.repository import counts
from referat.synth import generate_corpus
from tests.seeds import seed_path
from tests.store.builders import whole_meetings

REPO = Path(__file__).resolve().parents[2]

#: A parser that never finishes on a file whose name says ``langsom`` (slow), run in place of the real one.
SLOW_PARSER = """
import sys, time
import referat.store.ingest as ingest
real = ingest.parse_document
def parse(data, path=None, municipality=None):
    if path and "langsom" in path:
        time.sleep(3600)
    return real(data, path=path, municipality=municipality)
ingest.parse_document = parse
from referat.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("lejre2022", "slagelse2021"):
        (folder / f"{name}.txt").write_bytes(seed_path(name).read_bytes())
    (folder / "langsom.txt").write_bytes(seed_path("lemvig2022").read_bytes())
    return folder


def test_a_document_over_its_time_budget_is_named_and_the_rest_stored(db_url: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import referat.store.ingest as module

    real = module.parse_document

    def slow(data: bytes, path: str | None = None, municipality: str | None = None) -> object:
        if path and "langsom" in path:
            time.sleep(3600)
        return real(data, path=path, municipality=municipality)

    monkeypatch.setattr(module, "parse_document", slow)
    folder = _folder(tmp_path)
    engine = open_engine(db_url)
    for jobs in (1, 2):
        report = ingest(engine, sorted(folder.iterdir()), jobs=jobs, timeout=0.5)
        assert [(Path(path).name, reason) for path, reason in report.failed] == [
            ("langsom.txt", "parsing took longer than its time budget of 0.5 s")]
        assert report.added == (2 if jobs == 1 else 0) and report.unchanged == (0 if jobs == 1 else 2)
    with engine.connect() as conn:
        assert counts(conn)["meetings"] == 2


def test_the_ingest_command_takes_a_time_budget(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = str(tmp_path / "budget.sqlite")
    result = subprocess.run([sys.executable, "-c", SLOW_PARSER, "ingest", str(folder), "--db", db, "--jobs", "2",
                             "--timeout", "5"], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"referat: {folder / 'langsom.txt'}: parsing took longer than its time budget of 5 s"]
    assert result.stdout.strip() == "3 files: 2 added, 0 replaced, 0 unchanged, 1 failed"
    for bad in ("0", "-3", "soon"):
        result = subprocess.run([sys.executable, "-m", "referat", "ingest", str(folder), "--db", db, "--timeout", bad],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 2 and "--timeout" in result.stderr and "Traceback" not in result.stderr


def _children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its new parent to reap it has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_workers_end_with_a_killed_ingest(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = generate_corpus(corpus, 6000, seed=3)
    command = [sys.executable, "-m", "referat", "ingest", str(corpus), "--db", db_url, "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = open_engine(db_url)
    workers: set[int] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        workers |= _children(process.pid)
        with engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(s.meeting)).scalar_one() >= 5 and len(workers) >= 2:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    workers |= _children(process.pid)
    assert len(workers) >= 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # Poll: the workers must go on their own, and quickly; the bound only keeps a failing test from hanging.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
    assert 5 <= whole_meetings(engine) < len(files)
