"""Control characters of a document reach neither the model nor the terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from referat.cleantext import clean_text
from referat.cli import main
from referat.parse import parse_document

#: What neither XML 1.0 nor a terminal may get: C0 controls but tab and line feed, DEL, C1 controls.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

MINUTES = (
    "Solbjerg Kommune\nPlan- og Boligudvalget\n\nREFERAT\n\nDato: 5. marts 2025\n"
    "Lokale: Mødelokale 2, Solbjerg Rådhus\x07\n\n"
    "Punkt 1: Godkendelse af dagsorden \x1b[2J\x1b]0;ejet\x07\n\nSagsnr.: 25/100\n\nBeslutning\n"
    "Godkendt\x00 af udvalget.\x9b31m Ærø og Åbenrå\x0bpå én linje.\x7f\n\n"
    "Punkt 2: Budget\x1b[31m 2026\x08\x08\x08\x08\x08Ingen\n\nSagsfremstilling\n"
    + "Budgettet for næste år lægges frem til drøftelse i udvalget. " * 40
    + "\n\nBeslutning\nGodkendt.\r\n"
)


def _all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_the_model_holds_no_control_character(encoding: str) -> None:
    m = parse_document(MINUTES.encode(encoding))
    strings = _all_strings(m.to_dict())
    assert not [s for s in strings if CONTROL.search(s)]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden [2J]0;ejet", "Budget[31m 2026Ingen"]
    assert m.items[0].decisions[0].text == "Godkendt af udvalget.31m Ærø og Åbenrå på én linje."


def test_the_parse_summary_sends_the_terminal_no_control_character(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(MINUTES.encode("utf-8"))
    for argv in (["parse", str(path)], ["parse", str(path), "--json"]):
        assert main(argv) == 0
        out, err = capsys.readouterr()
        assert "Godkendelse af dagsorden" in out
        assert not CONTROL.search(out + err), argv
        if "--json" in argv:
            assert "Ærø og Åbenrå" in json.loads(out)["items"][0]["decisions"][0]["text"]


def test_an_error_line_sends_the_terminal_no_control_character(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "ond\x1b[2J\x07.txt")]) == 1
    _out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1 and "ond" in err
    assert not CONTROL.search(err)


def test_clean_text_keeps_tabs_newlines_and_danish_letters() -> None:
    assert clean_text("a\tb\nc æøå ÆØÅ é – “x” €") == "a\tb\nc æøå ÆØÅ é – “x” €"
    assert clean_text("a\x0cb\x1fc\x85d\u2028e") == "a b c d e"
    assert clean_text("\x00\x1b\x7f\x80\x9f\ud800\ufffe\uffffok") == "ok"
