"""Write synthetic minutes of fictional municipalities and report the speed.

    .venv/bin/python bench/corpus.py OUT_DIR --items N [--seed S] [--formats text,markdown,html] [--json]
    .venv/bin/python bench/corpus.py - --items N       # generate only, write nothing (generator speed)

Files land as OUT_DIR/<municipality>/<body>/<date>.txt|md|html. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from referat.synth import FORMATS, generate_corpus, iter_minutes


def main() -> int:
    """Generate the corpus and report its size, speed and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="output folder, or - to generate without writing")
    parser.add_argument("--items", type=int, default=10_000, help="agenda items in all (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: text, markdown, html")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    start = time.perf_counter()
    try:
        if args.out == "-":
            sizes = [len(data) for _, data in iter_minutes(args.items, args.seed, formats)]
            documents, size = len(sizes), sum(sizes)
        else:
            files = generate_corpus(Path(args.out), args.items, args.seed, formats)
            documents = len(files)
            size = sum(p.stat().st_size for p in files)
    except ValueError as exc:
        print(f"corpus: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - start
    figures = {"documents": documents, "items": args.items, "megabytes": round(size / 1e6, 1),
               "seconds": round(seconds, 2), "documents_per_second": round(documents / seconds),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if args.json:
        print(json.dumps(figures))
    else:
        where = "generated only" if args.out == "-" else f"in {args.out}"
        print(f"{documents} referater, {args.items} items, {figures['megabytes']} MB {where}: "
              f"{seconds:.1f} s, {figures['documents_per_second']} referater/s, "
              f"peak memory {figures['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
