"""Inline clean-up shared by the text and Markdown paths: tags, entities, emphasis marks."""

from __future__ import annotations

import html
import re

# Only tag names that occur in minutes; a bare "<" in prose ("< 5 %") is left alone.
_TAG = re.compile(
    r"</?(?:b|i|u|p|em|strong|br|span|div|a|sup|sub|font|small|big|mark|table|tbody|thead|tfoot"
    r"|tr|td|th|ul|ol|li|h[1-6]|s|strike|del|ins|img|hr)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"</p>\s*<p\b[^<>]{0,2000}>|<br\s*/?>", re.IGNORECASE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_EMPHASIS = re.compile(r"\*\*")
# Markdown's single-mark emphasis around words: "*Sagsnr.: 23/4411*", "_udkast_".
_SINGLE_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,2000}?)(?<=\S)\*(?![\w*])"
                              r"|(?<![\w_])_(?=\S)([^_\n]{1,2000}?)(?<=\S)_(?![\w_])")
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")


def strip_tags(text: str) -> str:
    """``text`` without the HTML tags a PDF or Word file printed as text (``<strong>Dagsorden</strong><br />``)."""
    if "<" not in text or not _TAG.search(text):
        return text
    return " ".join(_TAG.sub(" ", _PARAGRAPH_BREAK.sub(" ", text)).split())


def clean_inline(text: str, paragraph_sep: str = "\n") -> str:
    """Remove inline markup from one line; ``<p>`` breaks become ``paragraph_sep``."""
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _PARAGRAPH_BREAK.sub(paragraph_sep, text)
        text = _TAG.sub("", text)
    if "*" in text:
        text = _EMPHASIS.sub("", text)
    if "*" in text or "_" in text:
        text = _SINGLE_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "&" in text:
        text = html.unescape(text)
    if "  " in text or "\u00a0" in text or "\u2007" in text or "\u202f" in text:
        text = _SPACES.sub(" ", text)
    return text.strip(" ")
