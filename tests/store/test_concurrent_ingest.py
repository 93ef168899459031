"""Several ingests started at once on a database that does not exist yet: one migrates, all store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from referat.store import rankindex
from referat.store.db import open_engine
from referat.store.repository import counts
from referat.store.search import search
from tests.seeds import SEED_FILES, all_seed_paths, seed_path


def test_concurrent_ingests_into_a_new_sqlite_file(tmp_path: Path) -> None:
    all_seed_paths()
    for attempt in range(3):
        db = tmp_path / f"new-{attempt}.sqlite"
        # One process per seed, and three more that ingest all five seeds at the same time.
        commands = [[str(seed_path(name))] for name in SEED_FILES] + [[str(seed_path(name)) for name in SEED_FILES]] * 3
        processes = [subprocess.Popen([sys.executable, "-m", "referat", "ingest", *paths, "--db", str(db),
                                       "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for paths in commands]
        results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
        for code, out, err in results:
            assert (code, err) == (0, ""), out
        summaries = [out.strip().splitlines()[-1] for _code, out, _err in results]
        added = sum(int(line.split(": ")[1].split(" added")[0]) for line in summaries)
        assert added == 5, summaries  # each seed stored once, by whichever process came first
        with open_engine(str(db)).connect() as conn:
            found = counts(conn)
            # The relevance index the processes updated in turn holds every item the SQL index holds.
            assert rankindex.current(conn).searcher().num_docs == 45
            best = {h.item_id for h in search(conn, "udvalget", limit=100)}
            assert len(best) > 5 and best == {h.item_id for h in search(conn, "udvalget", limit=100, sort="newest")}
        # Read off the seeds: 5 meetings, 45 items, 38 case numbers, in 4 municipalities.
        assert (found["meetings"], found["items"], found["cases"], found["municipalities"]) == (5, 45, 38, 4)
