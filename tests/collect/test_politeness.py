"""The polite client: the rate limit counted at the server, Retry-After, back-off, the User-Agent, robots.txt."""

from __future__ import annotations

import threading

import pytest

from referat.collect.http import FetchError, HostLimiter, PoliteClient, Politeness, retry_after
from tests.collect.replay import Fault, Replay


def _client(sleeps: list[float], **settings: float) -> PoliteClient:
    politeness = Politeness(rate=0, backoff=1.0, retries=4, timeout=2.0)
    for name, value in settings.items():
        setattr(politeness, name, value)
    return PoliteClient(politeness, sleep=sleeps.append)


def test_the_rate_limit_holds_at_the_server(replay: Replay) -> None:
    """Four threads share one host at 5 requests a second: no second at the server sees more than 5."""
    rate, total = 5, 16
    replay.robots = None
    politeness = Politeness(rate=rate, robots=False, timeout=5)
    limiter = HostLimiter(rate)

    def work(count: int) -> None:
        with PoliteClient(politeness, limiter) as client:
            for _ in range(count):
                client.request(replay.base_url + "/x")

    threads = [threading.Thread(target=work, args=(total // 4,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(t for t, path, _h in replay.log if path == "/x")
    assert len(times) == total
    # Any rate + 1 consecutive arrivals span at least a second (less a little for the network's jitter).
    spans = [times[i + rate] - times[i] for i in range(len(times) - rate)]
    assert min(spans) >= 0.9


def test_retry_after_is_honoured(replay: Replay) -> None:
    replay.fault("/a", Fault(status=429, headers={"Retry-After": "7"}), Fault(status=503, headers={"Retry-After": "3"}))
    sleeps: list[float] = []
    with _client(sleeps) as client:
        assert client.get(replay.base_url + "/robots.txt").status == 200
        response = client.request(replay.base_url + "/a")
    assert response.status_code == 404  # the route's own answer once the faults are served
    assert sleeps == [7.0, 3.0]


def test_retry_after_is_capped_and_dates_are_read() -> None:
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: no wait
    assert retry_after("soon") is None


def test_back_off_doubles_with_jitter_then_gives_up(replay: Replay) -> None:
    replay.fault("/b", *[Fault(status=500)] * 5)
    sleeps: list[float] = []
    with _client(sleeps) as client, pytest.raises(FetchError) as caught:
        client.request(replay.base_url + "/b")
    assert caught.value.reason == "HTTP 500, after 5 attempts"
    assert len(sleeps) == 4
    for attempt, slept in enumerate(sleeps, start=1):
        base = 2 ** (attempt - 1)
        assert 0.5 * base <= slept <= 1.5 * base


def test_a_time_out_is_retried(replay: Replay) -> None:
    replay.fault("/c", Fault(pause=0.5))
    sleeps: list[float] = []
    with _client(sleeps, timeout=0.2) as client:
        assert client.request(replay.base_url + "/c").status_code == 404
    assert len(sleeps) == 1
    assert replay.paths().count("/c") == 2


def test_the_user_agent_names_referat_and_the_contact(replay: Replay) -> None:
    sleeps: list[float] = []
    with _client(sleeps) as client:
        client.politeness.contact = "data@solbjerg.example"
        client.client.headers["User-Agent"] = client.politeness.user_agent()
        client.request(replay.base_url + "/d")
    agent = next(h for _t, p, h in replay.log if p == "/d")["User-Agent"]
    assert agent.startswith("Referat/") and "data@solbjerg.example" in agent
    assert "data@" not in Politeness().user_agent()


def test_robots_txt_absent_allows_unreadable_forbids(replay: Replay) -> None:
    sleeps: list[float] = []
    replay.robots = None  # 404: everything allowed
    with _client(sleeps) as client:
        assert client.robots is not None and client.robots.allowed(replay.base_url + "/api/x")
    replay.fault("/robots.txt", *[Fault(status=500)] * 5)
    with _client(sleeps) as client, pytest.raises(FetchError) as caught:
        client.get(replay.base_url + "/api/x")
    assert caught.value.reason == "disallowed by robots.txt"
