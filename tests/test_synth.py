"""The synthetic minutes: deterministic, sized as asked, and read back by the parser."""

from __future__ import annotations

import re

from referat.parse import parse_document
from referat.synth import MUNICIPALITIES, generate_corpus, iter_minutes
from referat.vocab import municipalities


def test_deterministic_and_sized() -> None:
    first = list(iter_minutes(500, seed=3))
    assert first == list(iter_minutes(500, seed=3))
    assert first != list(iter_minutes(500, seed=4))
    total = sum(len(re.findall(rb"(?m)^Punkt \d+:", data)) for _, data in first)
    assert total == 500


def test_fictional_municipalities_are_not_real_ones() -> None:
    real = {e["name"] for e in municipalities()}
    codes = {e["code"] for e in municipalities()}
    assert not {name for name, _, _ in MUNICIPALITIES} & real
    assert not {code for _, code, _ in MUNICIPALITIES} & codes


def test_parser_reads_back_what_was_generated() -> None:
    for name, data in list(iter_minutes(800, seed=1))[::7]:
        text = data.decode("utf-8")
        meeting = parse_document(data, path=name)
        assert meeting.warnings == []
        assert meeting.municipality and meeting.municipality.lower() == name.split("/")[0]
        assert meeting.date == name.split("/")[1][:10]
        numbers = [int(n) for n in re.findall(r"(?m)^Punkt (\d+):", text)]
        assert [i.number for i in meeting.items] == numbers
        printed_cases = re.findall(r"(?m)^(\d{2}-\d{6})$", text)
        assert [c for i in meeting.items for c in i.case_numbers] == printed_cases
        assert len([i for i in meeting.items if i.decisions]) == text.count("\nBeslutning\n\n")
        assert sum(i.closed for i in meeting.items) == len(re.findall(r"(?m)^Punkt \d+: Lukket:", text))


def test_generate_corpus_writes_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = generate_corpus(tmp_path, 100, seed=2)
    assert files and all(p.is_file() for p in files)
