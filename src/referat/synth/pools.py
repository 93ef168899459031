"""Sentence pools and numbers for the synthetic minutes, built once per process.

The pools do not depend on the corpus seed: they are the language the corpus is written in.
Numbers in templates are filled with Danish formatting (``1.234``, ``12,5``) when a pool is
built; the meeting's own facts are filled each time a paragraph is used.
"""

from __future__ import annotations

import random
import re
from functools import cache

from . import content as C
from .topics import TOPICS

_NUMBER_SLOT = re.compile(r"\{([nmp])\}")
_VARIANTS = 4


def danish_int(value: int) -> str:
    """``12345`` -> ``12.345``."""
    return f"{value:,}".replace(",", ".")


def danish_decimal(value: float, places: int = 1) -> str:
    """``1234.5`` -> ``1.234,5``."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _fill_numbers(template: str, rng: random.Random) -> str:
    def number(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot == "n":
            return danish_int(rng.choice((rng.randint(3, 99), rng.randint(3, 99), rng.randint(100, 999),
                                          rng.randint(1000, 2999))))
        if slot == "m":
            return danish_decimal(rng.uniform(0.4, 60.0))
        return danish_decimal(rng.uniform(2.0, 90.0)) if rng.random() < 0.5 else str(rng.randint(2, 90))

    return _NUMBER_SLOT.sub(number, template)


def _expand(templates: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    out: list[str] = []
    for template in templates:
        if _NUMBER_SLOT.search(template):
            out.extend(_fill_numbers(template, rng) for _ in range(_VARIANTS))
        else:
            out.append(template)
    return tuple(out)


@cache
def topic_pools() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Per topic (in :data:`topics.TOPICS` order): (summary sentences, presentation sentences)."""
    rng = random.Random(20250604)
    common = C.COMMON
    pools = []
    for topic in TOPICS:
        summary = _expand(topic["summary"], rng)
        body = _expand(topic["body"], rng) + common
        pools.append((summary, body))
    return tuple(pools)


@cache
def economy_pool() -> tuple[str, ...]:
    """Sentences for the economy section."""
    return _expand(C.ECONOMY, random.Random(7))
