"""Minutes pages as municipal portals serve them, in page structures the other fixtures do not cover.

Every expected value below is read off the fixture document it tests (tests/fixtures/own_*):

- ``own_table_export.html`` (Kildeholm): an older case system's HTML export, the page laid out in tables (banner,
  breadcrumb and menu cells beside the content), the header as label/value rows, each item a table with a
  ``Punkt N`` | title row and one row per section (the heading in the first cell, paragraphs, a nested data table
  or attachment links in the second), a footer cell and a cookie notice.
"""

from __future__ import annotations

from referat.model import AgendaItem, Meeting
from tests.test_parse_fixtures import (
    _assert_bare_closed,
    _attendance,
    _decisions,
    _header,
    _item,
    _kinds,
    _parse,
    _section_text,
)

#: Text of page furniture that must stay out of every item.
FURNITURE = ("Forside", "Dagsordener og referater", "Privatlivspolitik", "cookie", "visBilag", "initMenu", "font-",
             "Du er her", "Tlf.", "Teknik- og Miljøudvalget")


def _item_text(item: AgendaItem) -> str:
    parts = [item.title or ""]
    parts += [s.heading + "\n" + s.text for s in item.sections]
    parts += [a.title for a in item.attachments] + [d.text for d in item.decisions]
    parts += ["\t".join(row) for t in item.tables for row in t.rows]
    return "\n".join(parts)


def _assert_no_furniture(meeting: Meeting, furniture: tuple[str, ...]) -> None:
    for item in meeting.items:
        text = _item_text(item).casefold()
        for word in furniture:
            assert word.casefold() not in text, f"item {item.number} holds page furniture {word!r}"
    assert meeting.warnings == []


# --- Kildeholm: a table-laid-out export ------------------------------------------------------------------------------

def test_table_export_header_and_people() -> None:
    m = _parse("own_table_export.html")
    # Udvalg: / Mødedato: 12-03-2024 / Mødetidspunkt: 16:00 - 18:15 / Mødested: ...
    assert _header(m) == ("html", "referat", "Kildeholm", "Social- og Ældreudvalget", None, "2024-03-12", "16:00",
                          "18:15", "Mødelokale 2, Kildeholm Rådhus")
    # "Medlemmer:" one per line (<br>), "Fraværende: Per Nørgaard (V)", "Stedfortræder: Lise Bach (V) for ..."
    assert _attendance(m) == ([("Hanne Vestergaard", "A", "Formand"), ("Jens Mølgaard", "V", "Næstformand"),
                               ("Birgit Skou", "F", None), ("Ali Demir", "A", None)],
                              [("Per Nørgaard", "V")], [("Lise Bach", "V")])


def test_table_export_items() -> None:
    m = _parse("own_table_export.html")
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, ["24-000118"]),
        (2, "Status på hjemmeplejens visitationer 2023", False, ["24-000907"]),
        (3, "Takster for madservice 2024", False, ["23-014422"]),
        (4, "Klage over afgørelse om plejebolig", True, ["24-001305"]),
        (5, "Orientering om nyt aktivitetscenter i Nordbyen", False, ["24-000655"]),
        (6, "Eventuelt", False, []),
    ]
    _assert_bare_closed(_item(m, 4))
    assert [_kinds(i) for i in m.items] == [
        ["decision"],
        ["summary", "presentation", "history", "recommendation", "decision", "attachments"],
        ["summary", "economy", "recommendation", "decision", "attachments"],
        [],
        ["presentation", "recommendation", "decision"],
        ["decision"],
    ]


def test_table_export_sections_keep_their_paragraphs() -> None:
    item = _item(_parse("own_table_export.html"), 2)
    assert _section_text(item, "summary") == (
        "Udvalget får den årlige status på visitationer til hjemmepleje.\n\n"
        "Antallet af visiterede timer steg fra 2022 til 2023, mens antallet af borgere faldt en smule.")
    assert _section_text(item, "presentation").endswith(
        "Tallene fremgår af tabellen:\n\nStigningen i personlig pleje følger af flere borgere over 85 år med større "
        "behov.")
    economy = _section_text(_item(_parse("own_table_export.html"), 3), "economy")
    assert economy.startswith("Taksten for en hovedret stiger fra 57,50 kr. til 59,00 kr.")


def test_table_export_recommendations_decisions_and_votes() -> None:
    m = _parse("own_table_export.html")
    two, three = _item(m, 2), _item(m, 3)
    assert two.recommendations == ["at status på visitationer tages til efterretning, og",
                                   "at udvalget drøfter behovet for en ny kvalitetsstandard."]
    assert _decisions(two) == [(None, None, ["noted", "discussed"])]
    assert three.recommendations == ["at taksterne for madservice 2024 godkendes."]
    assert _decisions(three) == [(None, None, ["approved"])]
    assert [(v.for_, v.against, v.abstained) for v in three.votes] == [(["A", "F", "V"], ["O"], [])]
    assert [(p.name, p.party) for p in three.absent] == [("Ali Demir", "A")]
    assert _decisions(_item(m, 1)) == [(None, None, ["approved"])]
    assert _decisions(_item(m, 5)) == [(None, None, ["noted"])]
    assert _decisions(_item(m, 6)) == [(None, None, ["none"])]


def test_table_export_attachments_history_and_table() -> None:
    m = _parse("own_table_export.html")
    two = _item(m, 2)
    assert [a.title for a in two.attachments] == ["Visitationsstatistik 2023",
                                                  "Notat om kvalitetsstandard for praktisk hjælp"]
    assert [a.title for a in _item(m, 3).attachments] == ["Takstblad madservice 2024"]
    assert [(h.date, h.body, h.text, h.outcomes) for h in two.history] == [
        ("2023-12-05", "Ældrerådet", "Taget til efterretning.", ["noted"]),
        ("2024-01-09", "Handicaprådet", "Drøftet.", ["discussed"]),
    ]
    assert [t.rows for t in two.tables] == [[["Ydelse", "2022", "2023"],
                                             ["Personlig pleje (timer)", "84.210,5", "88.932,0"],
                                             ["Praktisk hjælp (timer)", "21.377,25", "22.105,75"],
                                             ["Borgere i alt", "1.412", "1.398"]]]
    assert [i.tables for i in m.items if i.number != 2] == [[]] * 5


def test_table_export_keeps_page_furniture_out() -> None:
    _assert_no_furniture(_parse("own_table_export.html"), FURNITURE)


# --- Mosevang: a single-page portal ---------------------------------------------------------------------------------
# File types and sizes after attachment links ("(PDF, 245 KB)") are the portal's, not the title's: they are dropped
# from attachment titles, while the attachments section's text keeps the list as printed.

MODERN_FURNITURE = (*FURNITURE, "Accepter", "Udskriv", "Fold alle ud", "Relaterede møder", "1,2 MB",
                    "__APP_STATE__", "Tilgængelighed", "Åben")


def test_modern_portal_header_and_people() -> None:
    m = _parse("own_modern_portal.html")
    # Dato: Tirsdag den 5. september 2023 / Tidspunkt: Kl. 15:30 - 17:45 / Sted: ...
    assert _header(m) == ("html", "referat", "Mosevang", "Børne- og Ungeudvalget", None, "2023-09-05", "15:30",
                          "17:45", "Udvalgsværelse 1, Mosevang Rådhus")
    # Afbud: Karina Holm (F); "Martin Friis (F) deltog som suppleant for Karina Holm (F)." under the members.
    assert _attendance(m) == ([("Thomas Krag", "A", "Formand"), ("Louise Bjerre", "V", "Næstformand"),
                               ("Mikkel Aagaard", "C", None), ("Sara Lindholm", "A", None)],
                              [("Karina Holm", "F")], [("Martin Friis", "F")])


def test_modern_portal_items() -> None:
    m = _parse("own_modern_portal.html")
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, ["23/10455"]),
        (2, "Kapacitet i dagtilbud 2024-2027", False, ["23/08812"]),
        (3, "Kvalitetsrapport for folkeskolerne", False, ["23/07321"]),
        (4, "Personalesag", True, ["23/11002"]),
        (5, "Meddelelser", False, []),
    ]
    _assert_bare_closed(_item(m, 4))
    assert [_kinds(i) for i in m.items] == [
        ["decision"],
        ["summary", "presentation", "history", "recommendation", "decision", "attachments"],
        ["presentation", "recommendation", "decision", "attachments"],
        [],
        ["decision"],
    ]
    assert _section_text(_item(m, 3), "presentation") == (
        "Kvalitetsrapporten viser stabile karakterer og et fald i elevfraværet.\n\n"
        "Skolebestyrelserne har afgivet høringssvar.")


def test_modern_portal_decisions_votes_and_absence() -> None:
    m = _parse("own_modern_portal.html")
    two, three = _item(m, 2), _item(m, 3)
    # "indstiller, at" over an <ol>: each list entry is one recommendation, as printed.
    assert two.recommendations == ["prognosen tages til efterretning",
                                   "udvidelsen af Engbakken Børnehus anbefales over for Økonomiudvalget og "
                                   "Kommunalbestyrelsen."]
    assert _decisions(two) == [(None, None, ["noted", "recommended"])]
    assert [(v.for_, v.against, v.abstained) for v in two.votes] == [(["A", "C", "V"], ["F"], [])]
    assert three.recommendations == ["udvalget drøfter kvalitetsrapporten."]
    assert _decisions(three) == [(None, None, ["discussed"])]
    assert [(p.name, p.party) for p in three.absent] == [("Mikkel Aagaard", "C")]
    assert _decisions(_item(m, 1)) == [(None, None, ["approved"])]
    assert _decisions(_item(m, 5)) == [(None, None, ["noted"])]


def test_modern_portal_attachments_history_and_table() -> None:
    m = _parse("own_modern_portal.html")
    two = _item(m, 2)
    assert [a.title for a in two.attachments] == ["Befolkningsprognose 2023-2027",
                                                  "Skitse af udvidelse, Engbakken Børnehus"]
    assert [a.title for a in _item(m, 3).attachments] == ["Kvalitetsrapport 2022/23"]
    assert _section_text(two, "attachments").splitlines()[0] == "- Befolkningsprognose 2023-2027 (PDF, 245 KB)"
    assert [(h.date, h.body, h.text, h.outcomes) for h in two.history] == [
        ("2023-06-13", "Børne- og Ungeudvalget", "Udsat.", ["postponed"])]
    assert [t.rows for t in two.tables] == [[["Område", "Pladser 2023", "Behov 2027"], ["Vest", "412", "468,5"],
                                             ["Øst", "1.036", "1.041,0"]]]


def test_modern_portal_keeps_page_furniture_out() -> None:
    _assert_no_furniture(_parse("own_modern_portal.html"), MODERN_FURNITURE)
