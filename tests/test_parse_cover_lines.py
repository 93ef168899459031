"""The body a meeting's cover names, where a copy flattened the cover into one line with its labels, where a
site sets an icon beside a label, and where a title names the body as a sentence would: on examples of a
fictional municipality (Solbjerg Kommune)."""

from __future__ import annotations

import pytest

from referat.extract import Line
from referat.parse import parse_document
from referat.parse.unflatten import unflatten

_CONTENTS = """Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Salg af areal ved Møllevej

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Salg af areal ved Møllevej
Beslutning
Godkendt.
"""


@pytest.mark.parametrize(("cover", "body"), [
    # The municipality, the body and the kind as short sentences, then the labels.
    ("Solbjerg Kommune Kommunalbestyrelsen. Referat. Mødedato: 3. marts 2026 Rådhuset. Starttidspunkt for møde: "
     "19:00. Per Hansen ved afbud", "Kommunalbestyrelsen"),
    # The copy's page number, the body without its article, the kind, then the date and the labels.
    ("1 Økonomiudvalg Referat Møde 3. marts 2026 kl. 08:00 i Solbjerg Rådhus Afbud: - Mødet hævet kl Pkt. Tekst "
     "Side", "Økonomiudvalg"),
    # In capitals, with the title's status before the kind.
    ("1 ÅBENT REFERAT TEKNIK- OG MILJØUDVALGET Mødedato: 3. marts 2026 Mødested: Byrådssalen, Rådhuset",
     "Teknik- og Miljøudvalget"),
    # The municipality in capitals, the kind, the body after "af møde i", a label without its colon.
    ("SOLBJERG KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 03-03-2026 18:00 Mødeafholdelse "
     "Rådssalen", "Kommunalbestyrelsen"),
    # The kind first, then the body and the labels; the site's download line repeats the cover below.
    ("ÅBEN DAGSORDEN ØKONOMIUDVALG. Mødedato: 3. marts Gl. Rådhus, Byrådssalen. Mødetidspunkt: 16:00. "
     "Mødet hævet:\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"ÅBEN DAGSORDEN ØKONOMIUDVALG. "
     "Mødedato: 3. marts 2026. Gl. Rådhus, Byrådssalen. Mødetidspunkt: 16:00. Mødet hævet:\"", "Økonomiudvalg"),
    ("Referat. Byrådet. Møde nr.: 6/2026 Dannet den: Onsdag den Mødedato: Mandag den Mødetidspunkt: 19:00-21:00",
     "Byrådet"),
])
def test_a_cover_flattened_into_one_line_with_its_labels_names_the_body(cover: str, body: str) -> None:
    meeting = parse_document(f"{cover}\n\n{_CONTENTS}".encode())
    assert meeting.body == body


def test_a_cover_line_without_a_body_word_names_no_body() -> None:
    meeting = parse_document(f"1 Solbjerg Havn Referat Møde 3. marts 2026 kl. 08:00 Mødested: Havnen\n\n{_CONTENTS}"
                             .encode())
    assert meeting.body is None


def test_an_icon_beside_a_label_is_no_value() -> None:
    # A site sets an icon beside each label; the copy keeps its alternative text, the value stands below.
    meeting = parse_document(f"""Se beslutninger fra mødet

Udvalg Ikon
Social- og Sundhedsudvalget
Tidspunkt Ikon
Dato: 03-03-2026

{_CONTENTS}""".encode())
    assert meeting.body == "Social- og Sundhedsudvalget"


def test_a_flattened_page_opening_with_its_printed_page_mark() -> None:
    # A copy numbers its pages ("2 ") and each page opens with its own mark ("side 2").
    meeting = parse_document("""1 side 1 Åbent referat for Kultur- og fritidsudvalgs møde den 11.06.2026 kl. 16:00 \
Byrådssalen Tilgår pressen

2 side 2 Indholdsfortegnelse: 264. Budget 2027 Tilskud til arrangementer i foråret Principper for fordeling af \
Græsrodspulje Meddelelser og orientering
""".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Kultur- og fritidsudvalg", "2026-06-11")
    # The first entry keeps its number; the others lost theirs in the copy.
    assert [(item.number, item.title) for item in meeting.items] == [
        (264, "Budget 2027"), (None, "Tilskud til arrangementer i foråret"),
        (None, "Principper for fordeling af Græsrodspulje"), (None, "Meddelelser og orientering")]


@pytest.mark.parametrize(("title", "body"), [
    ("Møde i regionsrådet den 3. marts 2026", "Regionsrådet"),
    ("åbent møde for Social- og sundhedsudvalgets møde den 3. marts 2026 kl. 14:00 i Solbjerg 214",
     "Social- og sundhedsudvalget"),
    ("Referat Byrådet's møde Tirsdag den 3. marts 2026 Kl. 17:00 Byrådssalen", "Byrådet"),
])
def test_a_title_naming_the_body_as_a_sentence_would(title: str, body: str) -> None:
    meeting = parse_document(f"{title}\n\n{_CONTENTS}".encode())
    assert meeting.body == body


def test_a_flattened_cover_is_cut_at_its_labels() -> None:
    # The copy's page number, the body and the kind, then each label with its value, all on one line; the
    # page's footer after the last name.
    meeting = parse_document("""Kultur- og udviklingsudvalget REFERAT

1 Kultur- og udviklingsudvalget REFERAT Sted: Udviklingsdirektørens kontor Dato: Mandag den 8. april 2026 Start \
kl.: 14:00 Slut kl.: 16:10 Medlemmer: Lars Holm (A) Eigil Vang (V) Bente Dam (A) Fraværende: Bente Dam (A) \
Solbjerg Kommune

2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budgetopfølgning ultimo februar 3. Orientering om \
kulturpuljen 4. Eventuelt

3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 26/00123 Sagsansvarlig: abc Beslutning Godkendt. 1
""".encode())
    assert (meeting.body, meeting.date, meeting.start_time, meeting.end_time, meeting.location) == (
        "Kultur- og udviklingsudvalget", "2026-04-08", "14:00", "16:10", "Udviklingsdirektørens kontor")
    assert [person.name for person in meeting.absent] == ["Bente Dam"]
    assert [item.number for item in meeting.items] == [1, 2, 3, 4]


def test_the_copys_page_number_before_a_cover_in_capitals_is_no_item_number() -> None:
    cover = ("1 ÅBEN DAGSORDEN ØKONOMIUDVALG Mødedato: 12. august 2026 Mødested: Gl. Rådhus, Byrådssalen "
             "Mødetidspunkt: 16:00 Mødet hævet: Deltagere: Peder Holm, Anna Vang, Bent Dam Fraværende:")
    assert [line.text for line in unflatten([Line(cover)])] == [
        "ÅBEN DAGSORDEN ØKONOMIUDVALG", "Mødedato: 12. august 2026", "Mødested: Gl. Rådhus, Byrådssalen",
        "Mødetidspunkt: 16:00", "Mødet hævet:", "Deltagere: Peder Holm, Anna Vang, Bent Dam", "Fraværende:"]
    meeting = parse_document(f"{cover}\n\n{_CONTENTS}".encode())
    assert (meeting.kind, meeting.body, meeting.date, meeting.start_time, meeting.location) == (
        "dagsorden", "Økonomiudvalg", "2026-08-12", "16:00", "Gl. Rådhus, Byrådssalen")
    assert [person.name for person in meeting.participants] == ["Peder Holm", "Anna Vang", "Bent Dam"]
