"""Accuracy on the real corpus: the parser, in this process, against the hand annotations.

    .venv/bin/python bench/accuracy.py [DIR ...] [-v] [--json] [--gaps]

Every annotation under each DIR (default: the shared corpus, ../shared/corpus) is scored against the
document it describes, parsed as ``referat parse FILE --json`` parses it. Printed: per document and in total
the share of checks passed and the items' precision, recall and F1, the totals of the report groups
(pages of municipal sites, pages that are copies of PDFs, whole documents) and per field. The checks and
their rules are those of ../shared/tools/score_corpus.py, so the totals agree with it; the extra checks
(kind, closed items, decisions on the right item) are reported apart. A document that fails to parse fails
all its checks and is named. ``-v`` lists the failed checks; ``--json`` prints everything as one object;
``--gaps`` prints the test ids of tests/test_corpus.py that fail now, the content of
tests/corpus_known_gaps.txt (run it on the corpus root, so the ids match the tests').
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scoring import EXTRA_FIELDS, FIELDS, GROUPS, Score, f1, find_annotations, find_corpus, parse_annotated
from scoring import score as score_document


def totals(scores: Iterable[Score], names: tuple[str, ...] = FIELDS) -> dict[str, Any]:
    """Checks passed, their share and the item counts over some documents, for the given fields."""
    scores = list(scores)
    checks = [c for s in scores for c in s.of(*names)]
    passed = sum(c.ok for c in checks)
    tp, fp, fn = (sum(getattr(s, k) for s in scores) for k in ("tp", "fp", "fn"))
    return {"documents": len(scores), "checks": len(checks), "passed": passed,
            "share": passed / len(checks) if checks else 0.0,
            "items": {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 0.0,
                      "recall": tp / (tp + fn) if tp + fn else 0.0, "f1": f1(tp, fp, fn)}}


def per_field(scores: list[Score], names: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Checks passed and checks per field."""
    out = {}
    for name in names:
        checks = [c for s in scores for c in s.of(name)]
        out[name] = {"passed": sum(c.ok for c in checks), "checks": len(checks)}
    return out


def line(t: dict[str, Any]) -> str:
    """One readable line of totals, in the scorer's words."""
    i = t["items"]
    return (f"{100 * t['share']:.1f}% of {t['checks']} checks passed; items F1 {i['f1']:.2f} "
            f"(P {i['precision']:.2f}, R {i['recall']:.2f}; tp {i['tp']}, fp {i['fp']}, fn {i['fn']})")


def gaps(scores: list[Score]) -> list[str]:
    """Lines of tests/corpus_known_gaps.txt: each failing test id with the reason as a comment."""
    out = ["# Tests of tests/test_corpus.py that fail with the current parser, marked xfail(strict=True).",
           "# Regenerate: .venv/bin/python bench/accuracy.py --gaps > tests/corpus_known_gaps.txt"]
    for s in scores:
        for name in FIELDS + EXTRA_FIELDS:
            checks = s.of(name)
            failed = [c for c in checks if not c.ok]
            if not failed:
                continue
            if s.error:
                reason = f"does not parse ({s.error})"
            else:
                reason = f"{len(failed)} of {len(checks)} fail, e.g. {failed[0].what.split(': ', 1)[1]}"
            out.append(f"{s.tag}-{name}  # {' '.join(reason.split())[:110]}")
    return out


def main() -> int:
    """Score every annotated document under the folders given and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, help="folders holding annotations (default: the corpus)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failed checks")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--gaps", action="store_true", help="print the known-gaps list of the corpus tests")
    args = parser.parse_args()
    dirs: list[Path] = args.dirs
    if not dirs:
        corpus = find_corpus()
        if corpus is None:
            print("accuracy: the shared corpus is absent; name a folder of annotations", file=sys.stderr)
            return 2
        dirs = [corpus]
    annotations, seen = [], set()
    for folder in dirs:
        if not folder.is_dir():
            print(f"accuracy: {folder}: not a folder", file=sys.stderr)
            return 2
        for a in find_annotations(folder):
            if a.path.resolve() not in seen:
                seen.add(a.path.resolve())
                annotations.append(a)
    if not annotations:
        print(f"accuracy: no annotations under {', '.join(map(str, dirs))}", file=sys.stderr)
        return 2

    scores = [score_document(a, *parse_annotated(a)) for a in annotations]
    if args.gaps:
        print("\n".join(gaps(scores)))
        return 0
    report: dict[str, Any] = {
        "total": totals(scores),
        "groups": {g: totals(s for s in scores if s.group == g) for g in GROUPS},
        "fields": per_field(scores, FIELDS),
        "extra": per_field(scores, EXTRA_FIELDS),
        "not_parsed": {s.tag: s.error for s in scores if s.error},
        "documents": [{"tag": s.tag, "group": s.group, "error": s.error, **totals([s]),
                       "extra": totals([s], EXTRA_FIELDS)["passed"], "extra_checks": len(s.of(*EXTRA_FIELDS)),
                       "failures": [c.what for c in s.checks if not c.ok]} for s in scores],
    }
    for d in report["documents"]:
        del d["documents"]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    width = max(len(s.tag) for s in scores)
    for d in report["documents"]:
        i = d["items"]
        print(f"{d['tag']:<{width}}  {d['group']:<16} {d['passed']:>3}/{d['checks']:<3} {100 * d['share']:5.1f}%  "
              f"items P {i['precision']:.2f} R {i['recall']:.2f} F1 {i['f1']:.2f}  "
              f"extra {d['extra']}/{d['extra_checks']}" + (f"  NOT PARSED: {d['error']}" if d["error"] else ""))
    print()
    for g in GROUPS:
        print(f"{g}: {report['groups'][g]['documents']} documents, {line(report['groups'][g])}")
    print("by field: " + ", ".join(f"{k} {v['passed']}/{v['checks']}" for k, v in report["fields"].items()))
    print("extra, not in the totals: " + ", ".join(f"{k} {v['passed']}/{v['checks']}"
                                                   for k, v in report["extra"].items()))
    for tag, error in report["not_parsed"].items():
        print(f"not parsed, all checks failed: {tag}: {error}")
    if args.verbose:
        print("\nfailed checks:")
        print("\n".join(f"{c.what}" + ("" if c.field in FIELDS else f"  [extra: {c.field}]")
                        for s in scores for c in s.checks if not c.ok))
    print(f"\ntotal: {len(scores)} documents, {line(report['total'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
