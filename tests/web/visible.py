"""What a reader sees of a page, and the marks of a broken page in it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Marks that never belong in visible text: Python reprs (objects, booleans, lists), empty values, raw template
#: syntax, NaN.
BROKEN = re.compile(r"object at 0x|<built-in|<bound method|\bNone\b|\bTrue\b|\bFalse\b|\[\]|\['|'\]|\bundefined\b"
                    r"|\bNaN\b|\bnan\b|\{\{|\}\}|\{%|%\}")


class _Text(HTMLParser):
    """The text of a page outside ``script`` and ``style``, with its title and the values of form fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        values = dict(attrs)
        for name in ("value", "placeholder", "alt", "aria-label", "title"):
            if values.get(name):
                self.parts.append(str(values[name]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The page's visible text, one piece per line."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "\n".join(p.strip() for p in parser.parts if p.strip())


def broken_marks(text: str) -> list[str]:
    """Each line of ``text`` that holds a broken-page mark."""
    return [line for line in text.splitlines() if BROKEN.search(line)]
