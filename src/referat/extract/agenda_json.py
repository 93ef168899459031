"""A saved answer of FirstAgenda's agenda API (``/api/agenda/dagsorden/{id}``), told from other text.

The answer is JSON: an object whose ``Dagsordenpunkter`` lists the meeting's items. It is kept as
JSON for :mod:`referat.parse.agenda_answer`, with the host its own links point to.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_HOST = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})/", re.IGNORECASE)


@dataclass
class AgendaAnswer:
    """The answer's JSON and the hosts its links name, in order of first appearance."""

    answer: dict[str, Any]
    hosts: list[str]


def read_agenda_answer(text: str) -> AgendaAnswer | None:
    """The answer when ``text`` is one (an object with a list of ``Dagsordenpunkter``), else None."""
    if not text.lstrip("\ufeff \r\n\t").startswith("{") or "Dagsordenpunkter" not in text[:4096]:
        return None
    try:
        answer = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("Dagsordenpunkter"), list):
        return None
    hosts = list(dict.fromkeys(h.lower() for h in _HOST.findall(text)))
    return AgendaAnswer(answer, hosts)
