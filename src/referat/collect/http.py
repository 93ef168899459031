"""A polite HTTP client: a rate limit per host, time-outs, retries with back-off, robots.txt, validators.

Every request a collector makes goes through :class:`PoliteClient.get`: it waits its turn
on the host (:class:`HostLimiter`), asks :mod:`referat.collect.robots` whether the path may be
fetched, retries connection errors, time-outs, 429 and 5xx with exponential back-off and jitter
(honouring ``Retry-After``), follows redirects one hop at a time (each hop polite too), and sends
``If-None-Match``/``If-Modified-Since`` when the caller passes validators.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from referat import __version__

#: Statuses worth another try: too many requests, and the server's own failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


@dataclass
class Politeness:
    """How hard the collector may press a host; the defaults are those of ``referat collect``."""

    rate: float = 2.0  # requests per second per host; 0 means no limit
    max_hosts: int = 4  # hosts (municipalities) collected at once
    timeout: float = 30.0  # seconds for connecting and for each read
    retries: int = 4  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry; doubled each time, with jitter
    max_delay: float = 120.0  # the longest wait, Retry-After included
    contact: str | None = None  # an address for the User-Agent, so a host's staff can write
    robots: bool = True  # honour robots.txt

    def user_agent(self) -> str:
        """``Referat/0.1.0 (+contact)``: who is asking, and how to reach them when configured."""
        agent = f"Referat/{__version__} (Danish municipal minutes"
        return agent + (f"; {self.contact})" if self.contact else ")")


class FetchError(Exception):
    """A request that failed for good: its address and the reason, one line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class HostLimiter:
    """At most ``rate`` request starts per second on each host, shared by every thread."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str) -> None:
        """Block until ``host`` may be sent the next request, and book the slot after it."""
        if not self.interval:
            return
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval
        if start > now:
            self.sleep(start - now)


@dataclass
class Validators:
    """What a host said of a response last time: its ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers these validators allow."""
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass
class Fetched:
    """A response body and what came with it."""

    url: str
    status: int
    content: bytes
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)
    location: str | None = None  # where a redirect not followed points

    @property
    def not_modified(self) -> bool:
        """The host answered 304: the body the validators belong to is still current."""
        return self.status == 304


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PoliteClient:
    """One session (cookies kept) against one or more hosts, with the politeness of :class:`Politeness`."""

    def __init__(self, politeness: Politeness, limiter: HostLimiter | None = None,
                 sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None) -> None:
        self.politeness = politeness
        self.limiter = limiter or HostLimiter(politeness.rate)
        self.sleep = sleep
        self.requests = 0
        self.client = httpx.Client(timeout=httpx.Timeout(politeness.timeout), follow_redirects=False,
                                   headers={"User-Agent": politeness.user_agent()}, transport=transport)
        from referat.collect.robots import RobotsPolicy

        self.robots = RobotsPolicy(self) if politeness.robots else None

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        """The wait before retry number ``attempt`` (1-based): Retry-After if given, else back-off with jitter."""
        asked = retry_after(response.headers.get("Retry-After")) if response is not None else None
        if asked is not None:
            return min(asked, self.politeness.max_delay)
        base = self.politeness.backoff * 2 ** (attempt - 1)
        return min(base * random.uniform(0.5, 1.5), self.politeness.max_delay)

    def request(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """One GET, rate-limited and retried; no robots check, no redirects followed."""
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self.limiter.wait(host)
            self.requests += 1
            response: httpx.Response | None = None
            try:
                response = self.client.get(url, headers=headers)
            except httpx.TimeoutException:
                reason = "timed out"
            except httpx.TransportError as exc:
                reason = f"connection failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                reason = f"HTTP {response.status_code}"
            attempt += 1
            if attempt > self.politeness.retries:
                raise FetchError(url, f"{reason}, after {attempt} attempts")
            self.sleep(self._delay(attempt, response))

    def get(self, url: str, validators: Validators | None = None, follow_redirects: bool = True) -> Fetched:
        """GET ``url`` politely; a 2xx or 304 answer, else :class:`FetchError` (or a 3xx when not following)."""
        headers = validators.headers() if validators else {}
        for _hop in range(MAX_REDIRECTS + 1):
            if self.robots is not None and not self.robots.allowed(url):
                raise FetchError(url, "disallowed by robots.txt")
            response = self.request(url, headers)
            status = response.status_code
            if status in REDIRECT_STATUSES and follow_redirects and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            if not (200 <= status < 300 or status == 304 or status in REDIRECT_STATUSES):
                raise FetchError(url, f"HTTP {status}")
            return Fetched(url=str(response.url), status=status, content=response.content,
                           content_type=response.headers.get("content-type", ""),
                           validators=Validators(response.headers.get("etag"), response.headers.get("last-modified")),
                           location=response.headers.get("location"))
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
