"""Scoring of parsed minutes against the hand annotations of the shared corpus.

Shared by ``bench/accuracy.py`` and ``tests/test_corpus.py``. The comparable checks (``FIELDS``) follow the
corpus's own scorer (``../shared/tools/score_corpus.py``) rule for rule, so the figures agree with it on the
same parser: date, municipality, body, every visible item by number and title, every visible decision text,
every case number, every absent name, plus the items' precision. ``EXTRA_FIELDS`` are scored on top and kept
apart so the totals stay comparable: the kind of the document, items marked closed in their annotated title,
and whether each decision that the annotation places on an item is found on that item.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from referat.parse import parse_file

REPO = Path(__file__).resolve().parents[1]

#: Where the shared corpus is looked for: beside the repository (``REFERAT_SHARED`` names another folder).
CORPUS_CANDIDATES = (Path(os.environ.get("REFERAT_SHARED") or REPO.parent / "shared") / "corpus",)

#: The scorer's checks, in its order, and the checks scored on top of them.
FIELDS = ("date", "municipality", "body", "items", "decisions", "cases", "absent")
EXTRA_FIELDS = ("kind", "closed", "decision-item")

#: Report groups: excerpts of municipal sites, excerpts of PDF copies on third-party sites, whole documents.
GROUPS = ("pages-sites", "pages-pdf-copies", "documents")

#: Hosts that publish copies of PDFs (the pages README's docplayer, yumpu, FlippingBook and abcdocz rows).
PDF_COPY_HOSTS = ("docplayer.", "yumpu.", "flippingbook.", "abcdocz.")

#: An annotated title that marks its item closed (the title is kept as printed, suffix included).
CLOSED_TITLE = re.compile(r"\blukket\b", re.IGNORECASE)


def find_corpus() -> Path | None:
    """The shared corpus folder, or None where it is absent."""
    return next((p for p in CORPUS_CANDIDATES if (p / "README.md").is_file()), None)


def norm(s: str | None) -> str:
    """Text as the scorer compares it: markup, quotes and emphasis marks dropped, spaces collapsed, casefolded."""
    s = re.sub(r"[*#_`”“\"]|<[^>]+>", " ", s or "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def sim(a: str, b: str) -> float:
    """Similarity of two texts: 1 for equal or (beyond 8 characters) contained, else difflib's ratio."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    if a == b or (len(b) > 8 and b in a) or (len(a) > 8 and a in b):
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


@dataclass
class Annotation:
    """One annotation file: its tag (path under the scored folder, without ``.json``) and what it says."""

    path: Path
    tag: str
    data: dict[str, Any]

    @property
    def document(self) -> Path:
        """The document described: the ``file`` key, else the ``.txt`` of the same name."""
        name = self.data.get("file")
        return self.path.parent / name if name else self.path.with_suffix(".txt")

    @property
    def group(self) -> str:
        """``documents`` for whole documents, else the page excerpt's kind by its address."""
        if self.data.get("file"):
            return "documents"
        host = urlparse(self.data.get("url") or "").netloc.casefold()
        return "pages-pdf-copies" if any(h in host for h in PDF_COPY_HOSTS) else "pages-sites"


def find_annotations(folder: Path) -> list[Annotation]:
    """Every annotation under ``folder`` (recursively, in path order); other JSON files are left out."""
    found = []
    for path in sorted(folder.glob("**/*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and "items" in data:  # else e.g. a recorded API response
            found.append(Annotation(path, path.relative_to(folder).as_posix()[:-5], data))
    return found


def parse_annotated(annotation: Annotation) -> tuple[dict[str, Any], str | None]:
    """The ``referat parse --json`` form of the annotated document, or ({}, the error) where parsing fails."""
    try:
        return parse_file(annotation.document).to_dict(), None
    except Exception as exc:  # any failure is a result here: the document fails all its checks
        return {}, f"{type(exc).__name__}: {str(exc).strip()[:150]}"


@dataclass
class Check:
    """One check: its field, whether it passed, and what was looked for."""

    field: str
    ok: bool
    what: str


@dataclass
class Score:
    """The checks of one document and its item counts (true and false positives, false negatives)."""

    tag: str
    group: str
    error: str | None = None
    checks: list[Check] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, name: str, ok: bool, what: str) -> None:
        """Record one check."""
        self.checks.append(Check(name, bool(ok), f"{self.tag}: {what}"))

    def of(self, *names: str) -> list[Check]:
        """The checks of the given fields."""
        return [c for c in self.checks if c.field in names]


def _case_key(c: str | None) -> str:
    return re.sub(r"\s", "", c or "").casefold()


def _absent_key(p: Any) -> str:
    return norm(re.sub(r"\([^)]*\)", "", (p.get("name") if isinstance(p, dict) else p) or ""))


def score(annotation: Annotation, doc: dict[str, Any], error: str | None = None) -> Score:
    """Score one parsed document (``{}`` where parsing failed) against its annotation."""
    t = dict(annotation.data)
    result = Score(annotation.tag, annotation.group, error)
    items: list[dict[str, Any]] = doc.get("items") or []
    for k in t.get("score_skip") or []:  # fields only the page's address told the annotator
        t[k] = None
    if t.get("meeting_date"):
        result.add("date", doc.get("date") == t["meeting_date"], f"date {doc.get('date')} != {t['meeting_date']}")
    if t.get("municipality"):
        result.add("municipality", norm(t["municipality"]) in norm(doc.get("municipality") or ""),
                   f"municipality {doc.get('municipality')!r} != {t['municipality']}")
    if t.get("committee"):
        result.add("body", sim(doc.get("body") or "", t["committee"]) >= 0.85,
                   f"body {doc.get('body')!r} != {t['committee']!r}")
    if t.get("kind") in ("referat", "dagsorden"):
        result.add("kind", doc.get("kind") == t["kind"], f"kind {doc.get('kind')!r} != {t['kind']!r}")

    want = [i for i in t.get("items") or [] if not i.get("mentioned_only")]
    used: set[int] = set()
    for ti in want:
        title = str(ti.get("title") or "")
        best, bi = 0.0, None
        for k, it in enumerate(items):
            if k in used:
                continue
            s = sim(it.get("title") or "", title)
            if ti.get("number") not in (None, "") and str(it.get("number")) != str(ti["number"]):
                s *= 0.5
            if s > best:
                best, bi = s, k
        found = best >= 0.85 and bi is not None
        if found and bi is not None:
            used.add(bi)
            result.tp += 1
        else:
            result.fn += 1
        result.add("items", found, f"item {ti.get('number')} {title[:60]!r} not found")
        if CLOSED_TITLE.search(title):
            closed = found and bi is not None and bool(items[bi].get("closed"))
            result.add("closed", closed, f"item {ti.get('number')} {title[:60]!r} not read as closed")
    if want:
        result.fp += len(items) - len(used)

    got_dec = [(it.get("number"), d.get("text") or "") for it in items for d in it.get("decisions") or []]
    for td in t.get("decisions") or []:
        first = next((line for line in td["text"].splitlines() if line.strip()), td["text"])
        hits = [n for n, g in got_dec if sim(g, td["text"]) >= 0.8 or norm(first) in norm(g)]
        result.add("decisions", bool(hits), f"decision {td['text'][:50]!r} not found")
        if td.get("item_number") not in (None, ""):
            where = f"on item {hits[0]}" if hits else "not found"
            result.add("decision-item", any(str(n) == str(td["item_number"]) for n in hits),
                       f"decision {td['text'][:50]!r} {where}, not on item {td['item_number']}")

    got_cases = [_case_key(c) for it in items
                 for c in (it.get("case_numbers") or []) + (it.get("document_numbers") or [])]
    for c in t.get("case_numbers") or []:
        c = _case_key(c)
        result.add("cases", any(c == g or (len(g) >= 5 and g in c) or (len(c) >= 5 and c in g) for g in got_cases),
                   f"case number {c} not found")

    got_abs = {_absent_key(p) for p in (doc.get("absent") or []) + [a for it in items for a in it.get("absent") or []]}
    for a in t.get("absent") or []:
        a = _absent_key(a)
        result.add("absent", any(a == g or a in g or (len(g) > 4 and g in a) for g in got_abs),
                   f"absent {a!r} not found")
    return result


def fields_of(annotation: Annotation) -> list[str]:
    """The fields (comparable and extra) that have at least one check for this annotation, whatever the parser.

    Which checks exist depends on the annotation alone, so scoring an empty parse lists them.
    """
    names = {c.field for c in score(annotation, {}).checks}
    return [f for f in FIELDS + EXTRA_FIELDS if f in names]


def f1(tp: int, fp: int, fn: int) -> float:
    """The items' F1 as the scorer computes it (0 without a true positive)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
