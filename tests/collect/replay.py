"""A replay server on 127.0.0.1 serving FirstAgenda's recorded responses, and variants derived from them.

The recorded responses are read from the shared corpus (``../shared/corpus/firstagenda`` beside the repository);
:func:`corpus_or_skip` skips a test with a reason where it is absent. Faults are queued per path
prefix and served once each, in order, before the normal answer.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

CORPUS = Path(os.environ.get("REFERAT_SHARED") or Path(__file__).resolve().parents[3] / "shared") / "corpus" \
    / "firstagenda"
GROUP = "2022-2025"


def corpus_dir() -> Path | None:
    """The folder of the recorded responses, if present."""
    for folder in (CORPUS,):
        if (folder / "agenda.json").is_file() and (folder / "udvalg_boerne.json").is_file():
            return folder
    return None


def corpus_or_skip() -> Path:
    """The recorded responses' folder, or a skip naming where they were looked for."""
    folder = corpus_dir()
    if folder is None:
        pytest.skip(f"FirstAgenda recordings not found at {CORPUS} (the shared corpus is absent)")
    return folder


def recorded_committee() -> dict[str, Any]:
    """One committee of Hvidovre's committee list, as recorded."""
    data: dict[str, Any] = json.loads((corpus_or_skip() / "udvalg_boerne.json").read_text(encoding="utf-8"))
    return data


def recorded_agenda_bytes() -> bytes:
    """One meeting's agenda response, byte for byte as recorded."""
    return (corpus_or_skip() / "agenda.json").read_bytes()


@dataclass
class Fault:
    """One misbehaviour: a status (with headers), a pause before answering, or a body cut short."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    pause: float = 0.0
    truncate: bool = False  # the body's first half, with a matching Content-Length
    cut: bool = False  # the full Content-Length announced, half the body sent, the connection closed


@dataclass
class Replay:
    """The served state: the listing, agendas by meeting id, PDFs, faults, and a log of requests."""

    listing: dict[str, Any] = field(default_factory=dict)
    agendas: dict[str, bytes] = field(default_factory=dict)
    pdfs: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # any other path: (content type, body)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    robots: bytes | None = b"User-agent: *\nAllow: /\n"
    require_cookie: bool = False
    etags: bool = False
    log: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        """The server's address."""
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def paths(self, prefix: str = "") -> list[str]:
        """Paths requested so far that start with ``prefix``, in order."""
        return [path for _t, path, _h in self.log if path.startswith(prefix)]

    def fault(self, prefix: str, *faults: Fault) -> None:
        """Serve these faults, one per request, to the next requests under ``prefix``."""
        self.faults.setdefault(prefix, []).extend(faults)

    def start(self) -> Replay:
        """Serve in a background thread."""
        replay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once, without a 40 ms wait

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                replay.log.append((time.monotonic(), self.path, dict(self.headers.items())))
                replay.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def _next_fault(self, path: str) -> Fault | None:
        for prefix, queued in self.faults.items():
            if path.startswith(prefix) and queued:
                return queued.pop(0)
        return None

    def _route(self, handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(handler.path)
        path = parts.path
        json_type = {"Content-Type": "application/json; charset=utf-8"}
        if path == "/robots.txt":
            return (404, {}, b"") if self.robots is None else (200, {"Content-Type": "text/plain"}, self.robots)
        if path == "/Home/AnonymousAuthentication":
            callback = parse_qs(parts.query).get("callback", ["/"])[0]
            return 302, {"Location": callback, "Set-Cookie": "FirstAgendaSession=anonymous; Path=/"}, b""
        if path.startswith("/api/") and self.require_cookie and "FirstAgendaSession" not in handler.headers.get(
                "Cookie", ""):
            return 302, {"Location": "/Home/Login"}, b""
        if path == "/api/agenda/udvalgsliste":
            body = json.dumps(self.listing, ensure_ascii=False).encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.etags and handler.headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {**json_type, **({"ETag": etag} if self.etags else {})}, body
        if path.startswith("/api/agenda/dagsorden/"):
            meeting_id = path.rsplit("/", 1)[1]
            if meeting_id in self.agendas:
                return 200, json_type, self.agendas[meeting_id]
        if path.startswith("/vis/pdf/"):
            key = path.removeprefix("/vis/pdf/").strip("/")
            if key in self.pdfs:
                return 200, {"Content-Type": "application/pdf"}, self.pdfs[key]
        if path in self.files:
            content_type, body = self.files[path]
            return 200, {"Content-Type": content_type}, body
        return 404, {"Content-Type": "text/plain"}, b"not found"

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        """Answer one request: a queued fault first, else the route's answer."""
        fault = self._next_fault(urlsplit(handler.path).path)
        status, headers, body = self._route(handler)
        if fault is not None:
            if fault.pause:
                time.sleep(fault.pause)
            if fault.status is not None:
                status, headers, body = fault.status, fault.headers, b"fault"
            if fault.truncate:
                body = body[: len(body) // 2]
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            if fault is not None and fault.cut:
                handler.wfile.write(body[: len(body) // 2])
                handler.wfile.flush()
                handler.close_connection = True
                return
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def hvidovre(replay: Replay, full_meetings: int = 1) -> list[dict[str, Any]]:
    """Serve Hvidovre: the recorded committee and, for its meetings, agendas derived from the recorded one.

    The newest ``full_meetings`` meetings answer with the recorded agenda byte for byte; each other
    meeting answers with one recorded item (in turn), its id made unique to that meeting.
    Returns the committee's meetings, newest first as recorded.
    """
    committee = recorded_committee()
    replay.listing = {"Udvalg": {GROUP: [committee]}}
    raw = recorded_agenda_bytes()
    items = json.loads(raw)["Dagsordenpunkter"]
    for k, entry in enumerate(committee["Moeder"]):
        if k < full_meetings:
            replay.agendas[entry["Id"]] = raw
        else:
            item = copy.deepcopy(items[k % len(items)])
            item["Id"] = f"{item['Id'][:-4]}{k:04d}"
            replay.agendas[entry["Id"]] = json.dumps({"Dagsordenpunkter": [item]}, ensure_ascii=False).encode()
    meetings: list[dict[str, Any]] = committee["Moeder"]
    return meetings
