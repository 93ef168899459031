"""The corpus scoring rules (bench/scoring.py) and the accuracy harness (bench/accuracy.py), on fictional minutes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from bench.scoring import Annotation, fields_of, find_annotations, score

REPO = Path(__file__).resolve().parents[1]

MINUTES = """Referat for Økonomiudvalget
Mødedato: 3. februar 2021 kl. 15.00
Mødested: Byrådssalen
Afbud: Jens Nordmand (A)

1. Godkendelse af dagsorden
Sagsnr.: 21/100
Beslutning
Godkendt.

2. Salg af grund ved Havnevej
Sagsnr.: 21/101
Beslutning
Anbefales over for byrådet.
"""

ANNOTATION = {
    "url": "https://www.nordby.example/politik/referat",
    "municipality": "Nordby",
    "committee": "Økonomiudvalget",
    "meeting_date": "2021-02-03",
    "kind": "referat",
    "items": [{"number": "1", "title": "Godkendelse af dagsorden"},
              {"number": "2", "title": "Salg af grund ved Havnevej"},
              {"number": "3", "title": "Eventuelt"}],
    "decisions": [{"item_number": "1", "text": "Godkendt."},
                  {"item_number": "2", "text": "Anbefales over for byrådet."}],
    "absent": ["Jens Nordmand"],
    "case_numbers": ["21/100", "21/101"],
    "score_skip": ["municipality"],
}


def annotation(data: dict[str, Any], tag: str = "pages/001") -> Annotation:
    return Annotation(Path("/nowhere") / f"{tag}.json", tag, data)


def item(number: int | None, title: str, **more: Any) -> dict[str, Any]:
    return {"number": number, "title": title, **more}


def test_an_item_needs_its_number_and_unmatched_items_count_as_false_positives() -> None:
    a = annotation({"items": [{"number": "1", "title": "Godkendelse af dagsorden"},
                              {"number": "2", "title": "Salg af grund ved Havnevej"},
                              {"number": None, "title": "Budgetopfølgning for første kvartal"},
                              {"number": "9", "title": "Nævnt punkt", "mentioned_only": True}]})
    doc = {"items": [item(1, "Godkendelse af dagsorden"), item(3, "Salg af grund ved Havnevej"),
                     item(7, "BUDGETOPFØLGNING for første kvartal 2021"), item(4, "Eventuelt")]}
    s = score(a, doc)
    assert [c.ok for c in s.of("items")] == [True, False, True]  # the mentioned-only item is not checked
    assert (s.tp, s.fp, s.fn) == (2, 2, 1)


def test_score_skip_and_empty_fields_give_no_check() -> None:
    a = annotation({"municipality": "Nordby", "committee": None, "meeting_date": "2021-02-03", "items": [],
                    "score_skip": ["municipality"]})
    s = score(a, {"municipality": "Sydby", "date": "2021-02-04"})
    assert [(c.field, c.ok) for c in s.checks] == [("date", False)]
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)  # without annotated items the parsed ones are not false positives


def test_municipality_body_cases_and_absences_follow_the_scorers_matching() -> None:
    a = annotation({"municipality": "Nordby", "committee": "Økonomiudvalget", "items": [],
                    "case_numbers": ["00.01.00 - G01 - 1 - 21", "21/9"], "absent": ["Jens Nordmand", "Anne Sø"]})
    doc = {"municipality": "Nordby Kommune", "body": "økonomiudvalget",
           "absent": [{"name": "Jens Nordmand (A)"}],
           "items": [item(1, "Eventuelt", case_numbers=["00.01.00-G01-1-21"], document_numbers=["21/98"])]}
    s = score(a, doc)
    assert [(c.field, c.ok) for c in s.checks] == [("municipality", True), ("body", True), ("cases", True),
                                                   ("cases", False), ("absent", True), ("absent", False)]


def test_decisions_match_by_text_or_first_line_and_by_item_apart() -> None:
    a = annotation({"items": [], "decisions": [
        {"item_number": "2", "text": "Godkendt.\nFraværende: Jens Nordmand (A)."},
        {"item_number": "1", "text": "Anbefales."},
        {"item_number": None, "text": "Taget til efterretning."}]})
    doc = {"items": [item(1, "A", decisions=[{"text": "Godkendt. Sagen genoptages i marts."}]),
                     item(2, "B", decisions=[{"text": "Anbefales."}])]}
    s = score(a, doc)
    assert [c.ok for c in s.of("decisions")] == [True, True, False]
    assert [c.ok for c in s.of("decision-item")] == [False, False]  # found, but on the other item


def test_closed_items_and_kind_are_extra_checks() -> None:
    a = annotation({"kind": "dagsorden", "items": [{"number": "5", "title": "Salg af grund - LUKKET SAG"},
                                                   {"number": "6", "title": "Køb af ejendom (Lukket punkt)"}]})
    doc = {"kind": "referat", "items": [item(5, "Salg af grund", closed=True), item(6, "Køb af ejendom")]}
    s = score(a, doc)
    assert [(c.field, c.ok) for c in s.of("kind", "closed")] == [("kind", False), ("closed", True),
                                                                 ("closed", False)]


def test_a_document_that_did_not_parse_fails_every_check() -> None:
    a = annotation(ANNOTATION)
    s = score(a, {}, "InputError: not minutes")
    assert s.checks and not any(c.ok for c in s.checks)
    assert s.error == "InputError: not minutes"
    assert fields_of(a) == ["date", "body", "items", "decisions", "cases", "absent", "kind", "decision-item"]


def test_groups_by_address_and_file_key(tmp_path: Path) -> None:
    base = {"items": [], "meeting_date": None}
    for name, extra in {"a": {"url": "http://docplayer.dk/1-referat.html"},
                        "b": {"url": "https://online.flippingbook.com/view/1/"},
                        "c": {"url": "https://www.nordby.example/referat"},
                        "d": {"file": "d.pdf"}}.items():
        (tmp_path / f"{name}.json").write_text(json.dumps({**base, **extra}), encoding="utf-8")
    (tmp_path / "response.json").write_text(json.dumps({"meetings": []}), encoding="utf-8")
    found = find_annotations(tmp_path)
    assert [(a.tag, a.group) for a in found] == [("a", "pages-pdf-copies"), ("b", "pages-pdf-copies"),
                                                ("c", "pages-sites"), ("d", "documents")]
    assert found[3].document == tmp_path / "d.pdf"
    assert found[2].document == tmp_path / "c.txt"


def write_corpus(root: Path) -> None:
    (root / "pages").mkdir()
    (root / "pages" / "001.txt").write_text(MINUTES, encoding="utf-8")
    (root / "pages" / "001.json").write_text(json.dumps(ANNOTATION, ensure_ascii=False), encoding="utf-8")
    (root / "documents").mkdir()
    (root / "documents" / "bad.bin").write_bytes(bytes(range(256)) * 4)
    (root / "documents" / "bad.bin.json").write_text(json.dumps(
        {"file": "bad.bin", "meeting_date": "2021-02-03", "items": [{"number": "1", "title": "Eventuelt"}]}),
        encoding="utf-8")


def run_accuracy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "bench" / "accuracy.py"), *args],
                          capture_output=True, text=True, timeout=120)


def test_harness_totals_groups_and_the_document_that_did_not_parse(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    out = run_accuracy(str(tmp_path), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    # 001: date, body, 3 items (item 3 is not in the text), 2 decisions, 2 cases, 1 absence: 9 of 10.
    # bad.bin: date and one item, both failed.
    assert (report["total"]["passed"], report["total"]["checks"]) == (9, 12)
    assert report["total"]["items"] == {"tp": 2, "fp": 0, "fn": 2, "precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    assert (report["groups"]["pages-sites"]["passed"], report["groups"]["pages-sites"]["checks"]) == (9, 10)
    assert report["groups"]["documents"]["passed"] == 0
    assert report["groups"]["pages-pdf-copies"]["checks"] == 0
    assert report["extra"]["kind"] == {"passed": 1, "checks": 1}
    assert list(report["not_parsed"]) == ["documents/bad.bin"]

    text = run_accuracy(str(tmp_path), "-v")
    assert text.returncode == 0, text.stderr
    assert "pages/001: item 3 'Eventuelt' not found" in text.stdout
    assert "not parsed, all checks failed: documents/bad.bin" in text.stdout
    assert text.stdout.rstrip().endswith("total: 2 documents, 75.0% of 12 checks passed; items F1 0.67 "
                                         "(P 1.00, R 0.50; tp 2, fp 0, fn 2)")


def test_harness_gaps_name_the_failing_tests(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    out = run_accuracy(str(tmp_path), "--gaps")
    assert out.returncode == 0, out.stderr
    ids = [line.split(" #")[0].strip() for line in out.stdout.splitlines() if not line.startswith("#")]
    assert ids == ["documents/bad.bin-date", "documents/bad.bin-items", "pages/001-items"]


def test_harness_refuses_a_missing_folder(tmp_path: Path) -> None:
    out = run_accuracy(str(tmp_path / "absent"))
    assert out.returncode == 2
    assert out.stderr.strip() == f"accuracy: {tmp_path / 'absent'}: not a folder"
    assert "Traceback" not in out.stderr


def test_variants_score_a_page_made_into_html_on_its_own_annotation(tmp_path: Path) -> None:
    """bench/variants.py writes each document in another form beside a copy of its annotation naming the new
    file, and scores it: a municipal page laid out as a web page passes what its text passes."""
    from bench.scoring import find_corpus, parse_annotated

    corpus = find_corpus()
    if corpus is None:
        pytest.skip("the shared corpus is absent (looked for ../shared/corpus)")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench.variants import _as_html, run_variant

    page = next(a for a in find_annotations(corpus) if a.tag == "pages/001")
    [made] = run_variant([page], _as_html, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages_001.html", "pages_001.html.json"]
    original = score(page, *parse_annotated(page))
    assert [(c.field, c.ok) for c in made.checks] == [(c.field, c.ok) for c in original.checks]
    assert made.checks and all(c.ok for c in made.checks)
