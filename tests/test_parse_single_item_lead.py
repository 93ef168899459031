"""A portal's page of one item (Solbjerg Kommune, fictional): the meeting's date and place, the item's title with no
number, the page's control, a lead paragraph with no heading, then the recommendation; the decision is not on the
page (an agenda's item, or a copy cut short). The page is one item, titled by that line."""

from __future__ import annotations

import pytest

from referat.errors import InputError
from referat.parse import parse_document

_PAGE = (
    "Mødedato: 12.03.2025, kl. 15:00\nMødested: Rådhuset, mødesal 2\n\n"
    "Budgetopfølgning 2 for 2025 og overslagsårene (martsindstillingen)\n\nSe alle bilag\n\n"
    "Forvaltningen har gennemgået forbruget for årets første to måneder. Der forventes et mindreforbrug på "
    "drift, som foreslås overført til næste år.\n\n"
    "Indstilling\n\nForvaltningen indstiller, at udvalget over for Kommunalbestyrelsen anbefaler,\n\n"
    "1. at budgetopfølgningen tages til efterretning,\n\n2. at mindreforbruget overføres til 2026.\n"
)


def test_the_page_is_one_item_titled_above_its_lead() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Budgetopfølgning 2 for 2025 og overslagsårene (martsindstillingen)")]
    assert meeting.date == "2025-03-12"
    item = meeting.items[0]
    assert any(s.kind == "recommendation" and "at mindreforbruget overføres" in s.text for s in item.sections)
    assert any("mindreforbrug på drift" in s.text for s in item.sections)


def test_a_memo_without_recommendation_or_decision_is_no_item() -> None:
    memo = _PAGE.replace("Indstilling\n\n", "Baggrund\n\n")
    with pytest.raises(InputError):
        parse_document(memo.encode())
