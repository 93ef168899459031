"""FirstAgenda: the committee list, each meeting's agenda, the anonymous session, the PDFs.

The API is the same on every municipality's host: ``/api/agenda/udvalgsliste`` lists committees
and meetings, ``/api/agenda/dagsorden/{id}`` gives a meeting's items. Some hosts redirect API
calls until ``/Home/AnonymousAuthentication`` has set a session cookie; the collector signs in
when it meets such a redirect and tries once more.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from referat.collect.firstagenda_map import Shape, map_answer
from referat.collect.http import Fetched, FetchError, PoliteClient, Validators
from referat.collect.state import HttpCache
from referat.collect.systems import CollectedMeeting, MalformedResponse, MeetingRef, Offload, Site, in_process
from referat.model import Source

LISTING = "/api/agenda/udvalgsliste"
AGENDA = "/api/agenda/dagsorden/{id}"
SIGN_IN = "/Home/AnonymousAuthentication?callback={callback}"
PAGE = "/vis?id={id}"
MEETING_PDF = "/vis/pdf/dagsorden/{id}?redirectDirectlyToPdf=true"


class FirstAgendaCollector:
    """The collector of one FirstAgenda host (or of ``base_url`` standing in for it)."""

    system = "firstagenda"

    def __init__(self, site: Site, base_url: str | None = None) -> None:
        if not site.host:
            raise ValueError(f"{site.municipality}: no FirstAgenda host")
        self.site = site
        self.public = f"https://{site.host}"
        self.base = (base_url or self.public).rstrip("/")
        self.signed_in = False
        self.offload: Offload = in_process
        self.problems: list[str] = []

    def _sign_in(self, client: PoliteClient) -> None:
        client.get(self.base + SIGN_IN.format(callback=quote(self.base + "/", safe="")), follow_redirects=False)
        self.signed_in = True

    def _get(self, client: PoliteClient, path: str, validators: Validators | None = None) -> tuple[bytes, Fetched]:
        """GET an API path; a redirect means "no session yet": sign in once and ask again."""
        url = self.base + path
        response = client.get(url, validators=validators, follow_redirects=False)
        if response.location is not None and not self.signed_in:
            self._sign_in(client)
            response = client.get(url, validators=validators, follow_redirects=False)
        if response.location is not None:
            raise FetchError(url, f"redirected to {response.location}")
        return response.content, response

    def meetings(self, client: PoliteClient, cache: HttpCache | None = None) -> list[MeetingRef]:
        """Every meeting of every committee, oldest first; the list is asked for conditionally with ``cache``."""
        url = self.base + LISTING
        cached = cache.get(url) if cache is not None else None
        body, response = self._get(client, LISTING, cached.validators if cached else None)
        if response.not_modified and cached is not None:
            body = cached.body
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MalformedResponse(url, f"not JSON ({exc})") from exc
        groups = data.get("Udvalg") if isinstance(data, dict) else None
        if not isinstance(groups, dict):
            raise MalformedResponse(url, "no Udvalg object")
        if cache is not None and not response.not_modified:
            cache.put(url, response.validators, body)
        refs: list[MeetingRef] = []
        unreadable = 0
        for group, committees in groups.items():
            for committee in committees if isinstance(committees, list) else [committees]:
                entries = committee.get("Moeder") if isinstance(committee, dict) else None
                if not isinstance(entries, list):
                    unreadable += 1
                    continue
                name = str(committee.get("Navn") or "").strip()
                for entry in entries:
                    ref = self._ref(entry, name, group)
                    if ref is None:
                        unreadable += 1
                    else:
                        refs.append(ref)
        if unreadable:
            self.problems.append(f"{url}: {unreadable} committees or meetings without the expected fields, skipped")
        refs.sort(key=lambda r: (r.date or "", r.identity))
        return refs

    def _ref(self, entry: Any, committee: str, group: str) -> MeetingRef | None:
        if not isinstance(entry, dict) or not isinstance(entry.get("Id"), str) or not entry["Id"].strip():
            return None
        meeting_id = entry["Id"].strip()
        date = str(entry.get("MeetingBeginUtc") or entry.get("Dato") or "")[:10] or None
        revision = f"{entry.get('Navn') or ''}|{entry.get('ReleasedDate') or ''}"
        return MeetingRef(identity=f"firstagenda|{self.site.host}|{meeting_id}", revision=revision[:200], date=date,
                          label=f"{committee} {date or ''}".strip(),
                          data={"id": meeting_id, "entry": entry, "committee": committee, "group": group})

    def fetch(self, client: PoliteClient, ref: MeetingRef) -> CollectedMeeting:
        """One meeting's agenda, mapped to the model, with its provenance."""
        meeting_id = ref.data["id"]
        path = AGENDA.format(id=quote(meeting_id, safe=""))
        content, _response = self._get(client, path)
        fetched_at = datetime.now(UTC)
        url = self.base + path
        page = self.public + PAGE.format(id=quote(meeting_id, safe=""))
        response_sha = hashlib.sha256(content).hexdigest()
        # The document is the listing entry and the answer together: a meeting released again with
        # the same items but a new kind or place is a new version.
        entry_bytes = json.dumps(ref.data["entry"], sort_keys=True, ensure_ascii=False).encode()
        document_sha = hashlib.sha256(entry_bytes + b"\n" + content).hexdigest()
        source = Source(path=page, sha256=document_sha, format="firstagenda")
        try:
            meeting = self.offload(map_answer, ref.data["entry"], ref.data["committee"], ref.data["group"], content,
                                   self.site.municipality, self.public, source)
        except Shape as exc:
            raise MalformedResponse(url, str(exc)) from exc
        provenance = {"page_url": page, "api_url": url, "fetched_at": fetched_at, "response_sha256": response_sha,
                      "revision": ref.revision}
        pdfs = [(self.base + MEETING_PDF.format(id=quote(meeting_id, safe="")), f"{meeting_id}.pdf")]
        for item in meeting.items:
            for attachment in item.attachments:
                if attachment.url:
                    attachment_id = attachment.url.split("/vis/pdf/bilag/", 1)[1].split("/", 1)[0]
                    pdfs.append((self.base + attachment.url[len(self.public):], f"bilag/{attachment_id}.pdf"))
        return CollectedMeeting(meeting=meeting, identity=ref.identity, provenance=provenance, pdfs=pdfs)
