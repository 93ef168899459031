"""How big the simulated world is for a corpus size, and the election periods it runs through."""

from __future__ import annotations

import math
from datetime import date

MIN_MUNICIPALITIES = 6
FIRST_PERIOD_YEAR = 2010
ITEMS_PER_MUNICIPALITY_YEAR = 340
MAX_YEARS = 12
LAST_YEAR = 2025


def period_of(day: date) -> str:
    """The election period a date falls in: ``2022-2025``."""
    first = FIRST_PERIOD_YEAR + (day.year - FIRST_PERIOD_YEAR) // 4 * 4
    return f"{first}-{first + 3}"


def plan(items: int) -> tuple[int, int]:
    """(number of municipalities, first year) for a corpus of ``items`` agenda items.

    Small corpora get a few municipalities over a few years; large ones up to twelve years
    and as many municipalities as it takes, so the calendar stays realistic.
    """
    municipality_years = max(items, 1) / ITEMS_PER_MUNICIPALITY_YEAR
    years = min(MAX_YEARS, max(2.0, math.sqrt(municipality_years) * 1.2))
    count = max(MIN_MUNICIPALITIES, math.ceil(municipality_years / years))
    years = max(1.0, municipality_years / count)
    first = LAST_YEAR + 1 - max(1, math.ceil(years))
    return count, first
