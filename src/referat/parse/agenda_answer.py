"""A saved answer of FirstAgenda's agenda API (:class:`referat.extract.agenda_json.AgendaAnswer`) -> Meeting.

The answer lists the meeting's items (``Dagsordenpunkter``) and, when saved whole, closes with the meeting
(``Moede``: date, place, who took part) and its committee (``Udvalg``); an answer cut before them leaves the
date, body and place to the committee list, which ``referat collect`` reads beside it. The items are read as
the collector reads them (:mod:`referat.collect.firstagenda_map`): a closed item keeps its number, title and
case number only. The host the answer's own links point to names the municipality (the hosts of
``data/collect_sites.json``) and gives the attachments their addresses.
"""

from __future__ import annotations

from referat.errors import InputError
from referat.extract.agenda_json import AgendaAnswer
from referat.model import Meeting, Source


def _host_municipality(host: str) -> str | None:
    from referat.collect.systems import sites

    return next((site.municipality for site in sites().values() if site.host and site.host.lower() == host), None)


def meeting_from_answer(agenda: AgendaAnswer, source: Source, municipality: str | None) -> Meeting:
    """The meeting of a saved agenda answer, ``municipality`` overriding the one its host names."""
    from referat.collect.firstagenda_map import Shape, meeting_from_json

    host = next((h for h in agenda.hosts if _host_municipality(h)), agenda.hosts[0] if agenda.hosts else None)
    base = f"https://{host}" if host else ""
    try:
        meeting = meeting_from_json({}, "", None, agenda.answer, municipality or "", base, source)
    except Shape as exc:
        raise InputError(f"a FirstAgenda agenda answer of an unexpected shape: {exc}") from exc
    meeting.municipality = municipality or (_host_municipality(host) if host else None)
    if not base:
        for item in meeting.items:
            for attachment in item.attachments:
                attachment.url = None  # no host to send it to
    if not isinstance(agenda.answer.get("Moede"), dict):
        meeting.warnings.append("this FirstAgenda agenda answer holds the items only: the meeting's date, body and "
                                "place are in the committee list, which referat collect reads beside it")
    if not meeting.items:
        meeting.warnings.append("no agenda items found")
    return meeting
