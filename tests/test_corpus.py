"""The parser against the hand annotations of the shared corpus: one test per annotated document and field.

The tests are collected from the annotations found under ``../shared/corpus`` (``bench/scoring.py`` says
where it looks) and skip with the reason where the corpus is absent. A test id is the annotation's path
under the corpus without ``.json`` and the field: ``pages/013-items``,
``documents/ballerup-edoc-2012/1552814.PDF-decisions`` (pytest prints non-ASCII letters of an id escaped).
Fields: date, municipality, body, items, decisions, cases, absent (the checks of
``../shared/tools/score_corpus.py``), and kind, closed, decision-item (scored on top); a document has a test
for each field its annotation gives something to check. Each test asserts that all the field's checks pass
for its document and lists the failed ones. The scoring is ``bench/scoring.py``, shared with
``bench/accuracy.py``, so a test fails exactly where the harness counts a failed check.

Known gaps: ``tests/corpus_known_gaps.txt`` names, one id a line with the reason after ``#``, the tests
that fail with the current parser. They are marked ``xfail(strict=True)``: a gap that gets fixed makes
its test pass and the run red until its line is removed. Regenerate the file after a parser change with

    .venv/bin/python bench/accuracy.py --gaps > tests/corpus_known_gaps.txt

(the corpus root as the folder, the default, so the ids match) and review the difference: lines that
disappear are fixes, lines that appear are regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.scoring import Annotation, Score, fields_of, find_annotations, find_corpus, parse_annotated, score

CORPUS = find_corpus()
GAPS_FILE = Path(__file__).with_name("corpus_known_gaps.txt")
ABSENT = "the shared corpus is absent (looked for ../shared/corpus, or $REFERAT_SHARED/corpus)"


def known_gaps() -> dict[str, str]:
    """Test id -> reason, from the known-gaps file (blank lines and ``#`` comment lines skipped)."""
    gaps = {}
    if GAPS_FILE.is_file():
        for raw in GAPS_FILE.read_text(encoding="utf-8").splitlines():
            test_id, _, reason = raw.partition(" #")
            if test_id.strip() and not test_id.lstrip().startswith("#"):
                gaps[test_id.strip()] = reason.strip() or "known gap"
    return gaps


ANNOTATIONS = find_annotations(CORPUS) if CORPUS else []
IDS = [f"{a.tag}-{name}" for a in ANNOTATIONS for name in fields_of(a)]


def cases() -> list[object]:
    """One parameter set per document and field, the known gaps marked strict xfail."""
    if not ANNOTATIONS:
        return [pytest.param(None, "", id="corpus-absent", marks=pytest.mark.skip(reason=ABSENT))]
    gaps = known_gaps()
    params = []
    for a in ANNOTATIONS:
        for name in fields_of(a):
            test_id = f"{a.tag}-{name}"
            marks = [pytest.mark.xfail(strict=True, reason=gaps[test_id])] if test_id in gaps else []
            params.append(pytest.param(a, name, id=test_id, marks=marks))
    return params


_scores: dict[str, Score] = {}


def scored(annotation: Annotation) -> Score:
    """The document parsed and scored once per run."""
    if annotation.tag not in _scores:
        _scores[annotation.tag] = score(annotation, *parse_annotated(annotation))
    return _scores[annotation.tag]


@pytest.mark.parametrize(("annotation", "name"), cases())
def test_field_matches_the_annotation(annotation: Annotation, name: str) -> None:
    result = scored(annotation)
    checks = result.of(name)
    failed = [c.what for c in checks if not c.ok]
    head = f"{len(failed)} of {len(checks)} {name} checks failed" + (
        f" (the document did not parse: {result.error})" if result.error else "")
    assert not failed, head + ":\n" + "\n".join(failed)


def test_known_gaps_name_collected_tests() -> None:
    if not ANNOTATIONS:
        pytest.skip(ABSENT)
    stale = sorted(set(known_gaps()) - set(IDS))
    assert not stale, f"{GAPS_FILE.name} names tests that do not exist: {', '.join(stale)}"
