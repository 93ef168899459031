"""A publication whose only header is its page title (``Forretningsudvalg - mødesager``) and whose only dates are its
decisions' labels, the meeting's own and an earlier body's quoted (Region Solbjerg, fictional): the body is the
title's without the page's word, as the decisions name it, and the date the latest decision's."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Forretningsudvalg - mødesager\n\nPunkter på dagsordenen\n\n  1. Godkendelse af dagsorden\n"
    "  2. Budget for vejvedligehold 2026\n  3. Eventuelt\n\n"
    "1. Godkendelse af dagsorden\n\nForretningsudvalgets beslutning den 4. november 2025:\n\nGodkendt.\n\n"
    "2. Budget for vejvedligehold 2026\n\nINDSTILLING\n\nTeknik- og miljøudvalget anbefaler budgettet.\n\n"
    "POLITISK BEHANDLING\n\nForretningsudvalgets beslutning den 4. november 2025:\n\nAnbefalet.\n\n"
    "Teknik- og miljøudvalgets beslutning den 28. oktober 2025:\n\nAnbefalet.\n\n"
    "3. Eventuelt\n\nForretningsudvalgets beslutning den 4. november 2025:\n\nIntet.\n"
)


def test_the_body_is_the_page_titles_and_the_date_the_latest_decisions() -> None:
    meeting = parse_document(_PAGE.encode())
    assert meeting.body == "Forretningsudvalget"
    assert meeting.date == "2025-11-04"
    assert [i.number for i in meeting.items] == [1, 2, 3]


def test_two_bodies_deciding_on_the_latest_date_give_no_date() -> None:
    page = _PAGE.replace("28. oktober 2025", "4. november 2025")
    assert parse_document(page.encode()).date is None
