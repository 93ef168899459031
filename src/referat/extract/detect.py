"""Which format a document is in, read off its content rather than its name."""

from __future__ import annotations

import re

from referat.errors import InputError

_HTML_MARKERS = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]", re.IGNORECASE)
# A page fragment: the text opens with a block element ("<main>", "<div class=...>", "<h1>").
_HTML_OPENING = re.compile(r"^\s*<(?:main|div|article|section|header|h[1-6]|table|p|ul|ol|dl)[\s>]", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"(?m)^#{1,6} \S")


def detect_format(data: bytes) -> str:
    """"pdf" for a PDF; "text" for everything else, to be decoded and told apart by :func:`is_html`."""
    if not data.strip():
        raise InputError("empty input")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return "text"


def is_html(text: str) -> bool:
    """A web page or a page fragment, as opposed to text or Markdown with HTML fragments in it."""
    head = text[:4096]
    if _HTML_MARKERS.search(head):
        return True
    return bool(_HTML_OPENING.match(head)) and not _MARKDOWN_HEADING.search(text[:200000])
