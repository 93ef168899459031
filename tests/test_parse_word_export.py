"""Minutes saved from Microsoft Word as HTML (``own_word_export.html``, the fictional Ravnsø).

Every expected value below is read off the fixture document: Word's namespaces and generator meta, document
properties and settings in conditional comments, a large ``<style>`` block of ``mso-`` properties, the page in
``<div class=WordSection1>``, paragraphs in ``<p class=MsoNormal>`` with font spans and ``<o:p>`` placeholders, item
headings as ``<p class=Overskrift1><b>N. Title</b></p>``, labels as ``<b>Sagsnr.:</b> 23/1234<br>``, lists Word
numbers itself (a ``mso-list:Ignore`` span holding ``1.`` or a Symbol-font bullet padded with ``&nbsp;`` in a 7pt
Times New Roman span), a ``MsoTableGrid`` data table, soft hyphens inside words and non-breaking spaces inside
numbers and phrases.
"""

from __future__ import annotations

from referat.model import Meeting
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
from tests.test_parse_portals import _item_text

FIXTURE = "own_word_export.html"
#: Word's markup, styles and list padding, none of which is text of the minutes.
WORD_MARKUP = ("mso-", "Times New Roman", "MsoNormal", "WordSection", "font-family", "o:p", "Sekretariatet",
               "LatentStyles", "Cambria", "@page", "\xad", "\xa0", "·", "  ")


def _meeting() -> Meeting:
    return _parse(FIXTURE)


def test_word_export_header_and_people() -> None:
    m = _meeting()
    # <h1>Referat</h1>; Udvalg: / Mødedato: Torsdag den 11. april 2024 / Tidspunkt: Kl. 16:00 - 18:20 / Mødested:
    assert _header(m) == ("html", "referat", "Ravnsø", "Teknik- og Miljøudvalget", None, "2024-04-11", "16:00",
                          "18:20", "Mødelokale 4, Ravnsø Rådhus")
    # Medlemmer: one a line after <br>; "Fraværende: Jonas Lund (C)".
    assert _attendance(m) == ([("Karen Holt", "A", "Formand"), ("Bent Skårup", "V", "Næstformand"),
                               ("Lene Dam", "F", None), ("Pia Vinther", "Ø", None)],
                              [("Jonas Lund", "C")], [])
    assert m.warnings == []


def test_word_export_items_and_sections() -> None:
    m = _meeting()
    # Each item with its section kinds; "Sags&shy;fremstilling" is the heading Sagsfremstilling.
    assert [(i.number, i.title, i.closed, i.case_numbers, _kinds(i)) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, ["24/0211"], ["decision"]),
        (2, "Lokalplan for boliger ved Engvej, endelig vedtagelse", False, ["23/1234"],
         ["summary", "presentation", "history", "recommendation", "decision", "attachments"]),
        (3, "Vintertjeneste 2024-2025", False, ["24/0388"], ["presentation", "recommendation", "decision"]),
        (4, "Ekspropriation til cykelsti", True, ["24/0419"], []),
        (5, "Meddelelser", False, [], ["decision"]),
    ]
    _assert_bare_closed(_item(m, 4))
    two = _item(m, 2)
    assert _section_text(two, "summary") == (
        "Forslaget til lokalplan har været i offentlig høring i 8 uger. Der er indkommet 6 høringssvar.")
    # The Symbol-font bullets Word draws are list entries.
    assert _section_text(two, "presentation") == (
        "Lokalplanen giver mulighed for op til 42 boliger i tæt-lav bebyggelse. Høringssvarene handler især om:\n\n"
        "- trafik på Engvej\n\n- bygningshøjder mod naboerne\n\nBoligtallet har udviklet sig således:")
    assert _section_text(_item(m, 3), "presentation") == (
        "Vintertjenesten kostede 3,2 mio. kr. i sæsonen 2023-2024. Forvaltningen foreslår uændret serviceniveau.")


def test_word_export_recommendations_decisions_and_votes() -> None:
    m = _meeting()
    two, three = _item(m, 2), _item(m, 3)
    # Word's "1." and "2." are the list's numbers; the recommendations are the entries.
    assert two.recommendations == [
        "at lokalplanen vedtages endeligt med de ændringer, der fremgår af høringsnotatet, og",
        "at høringssvarene tages til efterretning."]
    assert _section_text(two, "recommendation") == (
        "Teknik og Miljø indstiller,\n\n1. at lokalplanen vedtages endeligt med de ændringer, der fremgår af "
        "høringsnotatet, og\n\n2. at høringssvarene tages til efterretning.")
    assert [(v.for_, v.against, v.abstained) for v in two.votes] == [(["A", "F", "V"], ["Ø"], [])]
    assert three.recommendations == ["at serviceniveauet for vintertjenesten fastholdes."]
    assert [(p.name, p.party) for p in three.absent] == [("Lene Dam", "F")]
    # "Ad 1) Godkendt. Ad 2) Taget til efterretning." gives one outcome per recommendation.
    assert [_decisions(i) for i in m.items] == [[(None, None, ["approved"])], [(None, None, ["approved", "noted"])],
                                                [(None, None, ["approved"])], [], [(None, None, ["noted"])]]
    assert [i.votes for i in m.items if i.number != 2] == [[]] * 4


def test_word_export_attachments_history_and_table() -> None:
    m = _meeting()
    two = _item(m, 2)
    assert [a.title for a in two.attachments] == ["Lokalplan 118 - forslag", "Høringsnotat, Engvej"]
    assert [(h.date, h.body, h.text, h.outcomes) for h in two.history] == [
        ("2023-11-07", "Teknik- og Miljøudvalget", "Godkendt.", ["approved"]),
        ("2023-12-05", "Økonomiudvalget", "Anbefales.", ["recommended"]),
    ]
    # Cells as printed; "24&nbsp;310" keeps its (now ordinary) space.
    assert [t.rows for t in two.tables] == [[["Område", "2023", "2030"],
                                             ["Engvej-kvarteret", "1.214", "1.256,5"],
                                             ["Kommunen i alt", "24 310", "25 048,25"]]]
    assert [i.tables for i in m.items if i.number != 2] == [[]] * 4
    assert [i.attachments for i in m.items if i.number != 2] == [[]] * 4


def test_word_export_keeps_word_markup_out() -> None:
    m = _meeting()
    texts = [_item_text(i) for i in m.items] + [s.text for i in m.items for s in i.sections]
    texts += [r for i in m.items for r in i.recommendations]
    texts += [m.body or "", m.location or ""] + [p.name for p in m.participants + m.absent]
    for text in texts:
        for word in WORD_MARKUP:
            assert word not in text, f"{word!r} leaks into {text!r}"
    # No stray list numbers: no recommendation or list entry keeps Word's marker or its padding.
    assert all(r.startswith("at ") for i in m.items for r in i.recommendations)
