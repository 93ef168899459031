"""Small helpers the templates use to show figures and an item's parts in their places."""

from __future__ import annotations

from typing import Any

#: Section kinds the item template shows in a place of their own rather than as a folded section.
SHOWN_APART = ("decision", "recommendation", "attachments", "absent")


def percent(value: float | None) -> str:
    """A rate the Danish way (``97,5 %``); an unknown rate is ``ikke oplyst``."""
    if value is None:
        return "ikke oplyst"
    return f"{value:.1f}".replace(".", ",") + " %"


def count_or_unknown(value: int | None) -> str:
    """A count, or ``ikke oplyst`` when the minutes do not tell it."""
    return "ikke oplyst" if value is None else str(value)


def counted(value: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: ``1 punkt``, ``5 punkter``."""
    return f"{value} {singular if value == 1 else plural}"


def section_blocks(text: str, tables: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """A section's paragraphs (``("p", text)``) with its tables (``("table", table)``) in reading order.

    A table follows the paragraph that ends with its caption (the line printed above it, which the
    table then shows as its caption); a table whose caption is not found follows the text.
    """
    waiting = list(tables)
    blocks: list[tuple[str, Any]] = []
    for paragraph in text.split("\n\n") if text else []:
        lines = paragraph.split("\n")
        table = next((t for t in waiting if t.get("caption") and lines[-1].strip() == t["caption"]), None)
        if table is None:
            blocks.append(("p", paragraph))
            continue
        waiting.remove(table)
        if lines[:-1]:
            blocks.append(("p", "\n".join(lines[:-1])))
        blocks.append(("table", table))
    return blocks + [("table", t) for t in waiting]


def table_places(item: dict[str, Any]) -> dict[str | int, list[dict[str, Any]]]:
    """An item's tables by where they are shown: a folded section's index, ``decision``,
    ``recommendation``, or ``rest`` (tables of no section, or of one shown as a list)."""
    sections = item.get("sections") or []
    places: dict[str | int, list[dict[str, Any]]] = {"decision": [], "recommendation": [], "rest": []}
    for table in item.get("tables") or []:
        index = table.get("section")
        kind = sections[index]["kind"] if isinstance(index, int) and 0 <= index < len(sections) else None
        if kind in ("decision", "recommendation"):
            places[kind].append(table)
        elif kind is None or kind in SHOWN_APART:
            places["rest"].append(table)
        else:
            places.setdefault(index, []).append(table)
    return places
