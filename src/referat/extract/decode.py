"""Bytes -> str for text formats: UTF-8 (with or without BOM), UTF-16 and cp1252/latin-1.

The encoding is read off the bytes themselves: a byte-order mark, the zero-byte
pattern of UTF-16 without one, then strict UTF-8, then cp1252 with latin-1 for the
few bytes cp1252 leaves undefined. Line ends are normalised to ``\\n``.

Text whose UTF-8 was read as cp1252 on the way (a page without a declared charset, opened in a browser that
guessed Windows' encoding, then copied: ``Byrådet`` as ``ByrÃ¥det``) is repaired with ftfy.
"""

from __future__ import annotations

import codecs
import re

from referat.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
#: UTF-8 read as cp1252: the Danish and other Latin letters, and the dashes and quotes, as two or three characters.
_MOJIBAKE = re.compile("Ã[¥¸¦…˜†©¤¶¼]|â€[“”–—™˜œ]")
_BOM_STARTS = (b"\xef", b"\xff", b"\xfe")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows zero bytes in every other position."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even_zeros = head[0::2].count(0)
    odd_zeros = head[1::2].count(0)
    half = len(head) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The codec name that decodes ``data``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_text(data: bytes) -> str:
    """Decode ``data`` to text with ``\\n`` line ends; InputError if it is not text."""
    encoding = detect_encoding(data) if data[:1] in _BOM_STARTS or b"\x00" in data[:4096] else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise InputError(f"cannot decode the text as {encoding}") from exc
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            # cp1252 leaves five bytes undefined; latin-1 maps them all.
            text = data.decode("latin-1")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if _MOJIBAKE.search(text):
        import ftfy  # only for text that needs it: plain text starts without it

        text = ftfy.fix_encoding(text)
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > 0.01 * max(1, min(len(text), 20000)):
        raise InputError("binary data, not text")
    return text
