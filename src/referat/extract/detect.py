"""Which format a document is in, read off its content rather than its name."""

from __future__ import annotations

import re

from referat.errors import InputError

_HTML_MARKERS = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]", re.IGNORECASE)
# A page fragment: the text opens with a block element ("<main>", "<div class=...>", "<h1>").
_HTML_OPENING = re.compile(r"^\s*<(?:main|div|article|section|header|h[1-6]|table|p|ul|ol|dl)[\s>]", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"(?m)^#{1,6} \S")
#: An XML document: a declaration, or a first element that declares a namespace.
_XML_START = re.compile(r"^\s*(?:<\?xml\b|<[A-Za-z][\w:.-]*[^>]*\bxmlns[:=])")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream a binary Word file (.doc) keeps its text in, named in UTF-16 in the OLE directory.
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def detect_format(data: bytes) -> str:
    """"pdf", "docx" or "text" (everything else, to be decoded and told apart by :func:`is_html`).

    A Word document is a ZIP holding ``word/document.xml``; the member names are read off the
    local headers, so a file cut short (no index at its end) is still known for one. Other ZIP
    archives and old binary Office files raise InputError.
    """
    if not data.strip():
        raise InputError("empty input")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP):
        if b"word/document.xml" in data or b"word/_rels/" in data or _declares_word(data):
            return "docx"
        if b"application/vnd.oasis.opendocument" in data[:200]:
            raise InputError("an OpenDocument file (.odt) is not supported: save it as .docx or PDF")
        raise InputError("a ZIP archive without a Word document in it (no word/document.xml)")
    if data.lstrip()[:5] == b"{\\rtf":
        raise InputError("an RTF document is not supported: save it as .docx or PDF")
    if data.startswith(_OLE):
        if _WORD_STREAM in data:
            raise InputError("an old binary Word document (.doc) is not supported: save it as .docx or PDF")
        raise InputError("an old binary Office file, not minutes in a supported format")
    return "text"


def _declares_word(data: bytes) -> bool:
    """A ZIP cut short before its Word parts whose content types still name a Word document."""
    from referat.extract.zipscan import scan_members

    types = next((m for m in scan_members(data) if m.name == "[Content_Types].xml"), None)
    return types is not None and b"wordprocessingml" in types.data


def is_html(text: str) -> bool:
    """A web page or a page fragment, as opposed to text or Markdown with HTML fragments in it."""
    head = text[:4096]
    if _HTML_MARKERS.search(head):
        return True
    return bool(_HTML_OPENING.match(head)) and not _MARKDOWN_HEADING.search(text[:200000])


def looks_like_xml(text: str) -> bool:
    """An XML document (a case system's export) rather than text: a declaration, or a first element that declares
    a namespace. Told apart from a web page by :func:`is_html` first."""
    return bool(_XML_START.match(text[:2000].lstrip("\ufeff")))
