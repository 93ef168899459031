"""One entry of a table of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSED_GROUP = re.compile(r"^\s*lukkede?\b", re.IGNORECASE)


def is_closed_group(text: str) -> bool:
    """A group heading over the contents' closed part: ``Lukkede dagsordenspunkter``, ``Lukket dagsorden``."""
    return bool(_CLOSED_GROUP.match(text))


@dataclass
class TocEntry:
    """One entry: the title as listed (maybe cut off), its page and the item number printed before it."""

    title: str
    page: int | None = None
    number: int | None = None
    closed: bool = False  # listed under the contents' closed part ("Lukkede dagsordenspunkter")
