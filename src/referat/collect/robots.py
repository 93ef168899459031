"""robots.txt per host, read once a session with :mod:`urllib.robotparser`.

As RFC 9309 has it: a robots.txt that is absent (any 4xx) allows everything; one that cannot
be read (5xx after the retries, or no connection) disallows everything on that host.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:
    from referat.collect.http import PoliteClient

#: The product token robots.txt groups are matched against.
AGENT = "Referat"
DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


class RobotsPolicy:
    """Whether a URL may be fetched, by the robots.txt of its scheme and host (fetched through ``client``)."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self._parsers: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()

    def _load(self, origin: str) -> RobotFileParser:
        from referat.collect.http import FetchError

        parser = RobotFileParser(origin + "/robots.txt")
        try:
            response = self.client.request(origin + "/robots.txt")
        except FetchError:
            parser.parse(DISALLOW_ALL)
            return parser
        if 400 <= response.status_code < 500:
            parser.parse([])
        elif response.status_code >= 300:
            parser.parse(DISALLOW_ALL)  # a redirect is not followed: treated as unreadable
        else:
            parser.parse(response.text.splitlines())
        return parser

    def allowed(self, url: str) -> bool:
        """True when the host's robots.txt lets Referat fetch ``url``."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            parser = self._parsers.get(origin)
            if parser is None:
                parser = self._parsers[origin] = self._load(origin)
        return parser.can_fetch(AGENT, url)
