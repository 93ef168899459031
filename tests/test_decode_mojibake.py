"""Text whose UTF-8 was read as cp1252 before it was copied (a saved page without a declared charset, opened in
a browser that guessed Windows' encoding) reads as the text it was (Solbjerg Kommune, fictional)."""

from __future__ import annotations

from referat.extract.decode import decode_text
from referat.parse import parse_document

_MINUTES = ("Referat\n\nØkonomiudvalget\n\n12. marts 2024 kl. 16.00\n\nFraværende: Søren Æbelø (A)\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning i Økonomiudvalget den 12-03-2024\n\n"
            "Godkendt – med én ændring.\n\n"
            "2. Salg af grund på Åløkkevej\n\nSagsforløb:\n\nUdvalg: Teknik- og Miljøudvalget\n\nDato: 05-03-2024\n\n"
            "Punktnummer: 4\n\nAnbefales over for Økonomiudvalget.\n\nBeslutning i Økonomiudvalget den 12-03-2024\n\n"
            "Godkendt.\n")


def _misread(text: str) -> bytes:
    """The text's UTF-8 read as cp1252 (undefined bytes as the browser shows them), saved again as UTF-8."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode()).encode()


def test_utf8_read_as_cp1252_is_repaired() -> None:
    assert "Ã¸" in _misread("ø").decode()
    assert decode_text(_misread(_MINUTES)) == _MINUTES


def test_minutes_misread_so_parse_as_the_minutes() -> None:
    clean, misread = parse_document(_MINUTES.encode()), parse_document(_misread(_MINUTES))
    assert {**misread.to_dict(), "source": None} == {**clean.to_dict(), "source": None}  # the bytes differ
    assert [i.title for i in misread.items] == ["Godkendelse af dagsorden", "Salg af grund på Åløkkevej"]
    assert [p.name for p in misread.absent] == ["Søren Æbelø"]


def test_text_that_only_looks_foreign_is_left_alone() -> None:
    text = "Referat\n\nMødet i Économie-udvalget: Ã er et bogstav.\n"
    assert decode_text(text.encode()) == text
