"""Where the kind of the document is named (Solbjerg Kommune, fictional): under a ``MØDE`` label of a publication's
header (``MØDE`` / ``Referat``), and by a body's title line before a download link that names the agenda
(``Regionsrådet - referat 26-01-2025`` above ``Dagsorden - dagsorden som PDF-fil``)."""

from __future__ import annotations

from referat.parse import parse_document

_LABELLED = (
    "UDVALG\n\nByrådet\n\nMØDE\n\nReferat\n\nSTED\n\nMødesalen, Rådhuset\n\nSTARTTIDSPUNKT\n\n03-04-2025 18:00:00\n\n"
    "PUNKTER\n\n356. Godkendelse af dagsorden\n357. Lokalplan for Engvej\n\n"
    "356. Godkendelse af dagsorden\n\nBeslutning Byrådet den 03-04-2025\n\nGodkendt.\n\n"
    "357. Lokalplan for Engvej\n\nBeslutning Byrådet den 03-04-2025\n\nVedtaget.\n"
)
_LINKED = (
    "Regionsrådet - referat 26-01-2025\n\nMødedato\n26-01-2025 kl. 15:00\n\nDagsorden - dagsorden som PDF-fil\n\n"
    "1. Fusion af to trafikselskaber\n\nSagsnr:\n\n25/141\n\nResumé\n\nSelskaberne foreslås lagt sammen.\n"
)


def test_the_label_over_the_kind_names_it() -> None:
    meeting = parse_document(_LABELLED.encode())
    assert (meeting.kind, meeting.body, meeting.date, meeting.start_time) == (
        "referat", "Byrådet", "2025-04-03", "18:00")


def test_the_title_line_names_the_kind_before_a_download_link() -> None:
    meeting = parse_document(_LINKED.encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Regionsrådet", "2025-01-26")
