"""Page furniture of a web page: the elements whose content a reader of the minutes does not read."""

from __future__ import annotations

import re

#: Elements whose content is never text of the document.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav", "form",
                          "select", "head", "object", "canvas", "aside", "footer"})
# Page furniture marked by its role (ARIA landmarks) or by a class or id naming it.
# Dialogs too: a portal's hidden "Kopier link", "Tip en ven" and error boxes (Bootstrap's class="modal").
_SKIP_ROLES = frozenset({"navigation", "search", "contentinfo", "complementary", "dialog", "alertdialog"})
_SKIP_MARKERS = re.compile(r"cookie|consent|gdpr|breadcrumb|skip-link|site-footer|top-?banner|left-?menu|sidefod"
                           r"|\bmodal\b", re.IGNORECASE)
# Page furniture named only by an id (old layout tables: <td id="header">, <td id="footer">).
_SKIP_IDS = frozenset({"header", "footer", "top", "topmenu", "menu", "sidebar", "leftmenu"})


def is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    """An element that is page furniture by its role, class or id (cookie banners, footers)."""
    for name, value in attrs:
        if not value:
            continue
        if name == "role" and value.strip().lower() in _SKIP_ROLES:
            return True
        if name in ("class", "id") and _SKIP_MARKERS.search(value):
            return True
        if name == "id" and value.strip().lower() in _SKIP_IDS:
            return True
    return False
