"""Danish dates and times as printed in minutes -> ISO strings."""

from __future__ import annotations

import re
from datetime import date

from referat.vocab import ENGLISH_MONTHS, MONTH_ALTERNATION, MONTHS, WEEKDAYS

_WEEKDAY = "|".join(WEEKDAYS)
_WORDED = re.compile(
    rf"(?:(?:{_WEEKDAY})(?:en)?\s*,?\s*)?(?:(?:den|d)\.?\s*)?(?P<d>\d{{1,2}})\.?\s*(?P<m>{MONTH_ALTERNATION})\.?\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})-(?P<m>{MONTH_ALTERNATION})-(?P<y>\d{{4}})(?!\d)",  # 15-maj-2002
                         re.IGNORECASE)
#: A site that renders its dates in English: "Onsdag, April 3, 2019".
_ENGLISH = re.compile(r"\b(?P<m>" + "|".join(ENGLISH_MONTHS) + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?!\d)",
                      re.IGNORECASE)
_NUMERIC = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})(?!\d)")
_SLASHED = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s+(?P<y>\d{4})(?!\d)")  # "7/6 2022"
_TWELVE_HOUR = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b", re.IGNORECASE)
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_TIME = re.compile(r"(?:kl\.?\s*|klokken\s*)(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?|(?<![\d.,:-])(?P<h2>\d{1,2})[:.]"
                   r"(?P<min2>\d{2})(?::\d{2})?(?![\d,%]|\.\d)", re.IGNORECASE)


def _iso(y: str, m: str | int, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _month_first(m: re.Match[str], text: str) -> bool:
    """An American ``m/d/yyyy``: slashes and a 12-hour clock after it, or a day that cannot be a month."""
    if "/" not in m.group(0):
        return False
    day, month = int(m.group("d")), int(m.group("m"))
    return (month > 12 >= day) or bool(_TWELVE_HOUR.match(text, m.end()))


def find_date(text: str) -> tuple[str | None, int]:
    """The first date in ``text`` as ISO, and the index where it ends (-1 if none)."""
    best: tuple[int, str | None, int] | None = None
    for pattern in (_WORDED, _NUMERIC, _SLASHED, _ISO, _HYPHENATED, _ENGLISH):
        m = pattern.search(text)
        if not m:
            continue
        if pattern is _WORDED or pattern is _HYPHENATED:
            iso = _iso(m.group("y"), MONTHS[m.group("m").lower()], m.group("d"))
        elif pattern is _ENGLISH:
            iso = _iso(m.group("y"), ENGLISH_MONTHS[m.group("m").lower()], m.group("d"))
        elif pattern is _NUMERIC and _month_first(m, text):
            iso = _iso(m.group("y"), m.group("d"), m.group("m"))  # 8/29/2019 4:00:00 PM
        else:
            iso = _iso(m.group("y"), m.group("m"), m.group("d"))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso, m.end())
    if best is None:
        return None, -1
    return best[1], best[2]


def parse_date(text: str) -> str | None:
    """The first Danish date in ``text`` (``Onsdag d. 04. maj 2022``, ``12-04-2021``, ``22.04.2021``, ``7/6 2022``)."""
    return find_date(text)[0]


def parse_time(text: str) -> str | None:
    """The first clock time in ``text`` (``kl. 16:30``, ``09:00:00``, ``kl. 19``) as ``HH:MM``."""
    for m in _TIME.finditer(text):
        hour = m.group("h") or m.group("h2")
        minute = m.group("min") or m.group("min2") or "00"
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            value = int(hour)
            suffix = text[m.end():m.end() + 4].strip().upper()
            if suffix.startswith("PM") and value < 12:
                value += 12  # "4:00:00 PM"
            elif suffix.startswith("AM") and value == 12:
                value = 0
            return f"{value:02d}:{minute}"
    return None


def parse_date_time(text: str) -> tuple[str | None, str | None]:
    """A date and the time printed after it (``04-06-2020 09:00:00``, ``22.04.2021, kl. 17:30``)."""
    iso, end = find_date(text)
    rest = text[end:] if end >= 0 else text
    return iso, parse_time(rest)
