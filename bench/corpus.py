"""Write synthetic minutes of fictional municipalities: ``python bench/corpus.py OUT_DIR --items N [--seed S]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from referat.synth import generate_corpus


def main() -> int:
    """Generate the corpus and report its size and speed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--items", type=int, default=10_000, help="agenda items in all (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    files = generate_corpus(args.out, args.items, args.seed)
    seconds = time.perf_counter() - start
    print(f"{len(files)} referater, {args.items} items in {args.out} ({len(files) / seconds:.0f} referater/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
