"""Parsing time against document size, for minutes with a long table of contents.

    .venv/bin/python bench/scaling.py [--sizes 45,250] [--rounds 3] [--json]

Each document is fictional minutes whose contents list every item (``Title ..... page``) and whose body
gives every other item a case number, a recommendation and a decision (the rest are known from the contents
only, which is what made recovering items from the contents cost time), grown to the size asked for (in kB).
The figure is the parse time per kB of each size, best of the rounds, and the ratio of each size's time per
kB to the smallest's: a parser linear in its input stays near 1, a quadratic one grows with the size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from referat.parse import parse_document  # noqa: E402

_HEAD = """REFERAT Økonomiudvalget - 2022-2025 d. 04-05-2023

Mødedato Onsdag d. 04. maj 2023 kl. 16:00

Mødested Solbjerg Rådhus

Indholdsfortegnelse

"""


def _title(n: int) -> str:
    return f"ØU - Sag {n} om vedligehold af veje og stier i distrikt {n % 17}"


def minutes(size_kb: int) -> bytes:
    """Fictional minutes of about ``size_kb`` kB with a contents list of every item and every other item's text."""
    target = size_kb * 1024
    count = 1
    while True:
        contents = "".join(f"{_title(n)}.....\t{n + 2}\n" for n in range(1, count + 1))
        body = "".join(
            f"\nPunkt {n}: {_title(n)}\n\n23-{n:06d}\n\nIndstilling\n\nDirektionen indstiller,\n\n"
            f"- at udvalget godkender planen for distrikt {n % 17}.\n\nBeslutning\n\nGodkendt.\n"
            for n in range(1, count + 1) if n % 2)
        text = _HEAD + contents + body
        if len(text.encode("utf-8")) >= target:
            return text.encode("utf-8")
        count = max(count + 1, int(count * target / len(text.encode("utf-8"))))


def seconds(data: bytes, rounds: int) -> float:
    """The fastest of ``rounds`` parses."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        parse_document(data)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print the time per kB of each size and its ratio to the smallest size's."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="45,250", help="document sizes in kB, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        data = minutes(size)
        spent = seconds(data, args.rounds)
        rows.append({"kb": round(len(data) / 1024, 1), "items": len(parse_document(data).items),
                     "seconds": round(spent, 4), "ms_per_kb": round(1000 * spent / (len(data) / 1024), 3)})
    base = rows[0]["ms_per_kb"]
    for row in rows:
        row["ratio"] = round(row["ms_per_kb"] / base, 2)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'kB':>8} {'items':>6} {'seconds':>9} {'ms per kB':>10} {'ratio':>6}")
    for row in rows:
        print(f"{row['kb']:>8} {row['items']:>6} {row['seconds']:>9} {row['ms_per_kb']:>10} {row['ratio']:>6}")


if __name__ == "__main__":
    main()
