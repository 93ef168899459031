"""Which format a document is in, read off its bytes (placeholder until the full detector lands)."""

from __future__ import annotations

from referat.errors import InputError


def detect_format(data: bytes) -> str:
    """"pdf", "html" or "text"."""
    if not data.strip():
        raise InputError("empty input")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = data[:4096].lower()
    if b"<!doctype html" in head or b"<html" in head or b"<body" in head:
        return "html"
    return "text"
