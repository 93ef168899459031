"""``referat reindex [--db]``: build the relevance index again from the search documents."""

from __future__ import annotations

import argparse
import time

from referat.errors import ReferatError
from referat.store import rankindex
from referat.store.db import open_engine, store_errors


def register(p: argparse.ArgumentParser) -> None:
    """The ``reindex`` command's arguments."""
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Rebuild, then say how many items the index holds and where it is."""
    start = time.perf_counter()
    with store_errors():
        engine = open_engine(args.db)
        try:
            count = rankindex.rebuild(engine)
        except (OSError, ValueError) as error:
            raise ReferatError(f"cannot build the relevance index: {error}") from error
    print(f"{count} items indexed in {time.perf_counter() - start:.1f} s ({rankindex.index_dir(engine)})")
    return 0
