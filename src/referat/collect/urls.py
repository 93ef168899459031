"""``referat collect --urls FILE``: minutes at given addresses (HTML pages or PDFs), fetched politely, parsed.

Each address is fetched through the same polite client as the systems' collectors, parsed by
:func:`referat.parse.parse_document` (the format is told from the content) and stored in its own
transaction with its provenance. An address that fails is reported with its reason; the rest go on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from referat.collect.http import FetchError, PoliteClient, Politeness
from referat.collect.state import store
from referat.errors import InputError, ReferatError
from referat.parse import parse_document


@dataclass
class UrlReport:
    """What a run over a list of addresses did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    items: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Addresses looked at."""
        return self.added + self.replaced + self.unchanged + len(self.failures)


def read_url_list(path: str) -> list[str]:
    """The addresses in a file, one a line; blank lines and ``#`` comments skipped, repeats dropped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReferatError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ReferatError(f"{path}: not UTF-8 text") from exc
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    bad = next((u for u in urls if not u.startswith(("http://", "https://"))), None)
    if bad is not None:
        raise ReferatError(f"{path}: not an http(s) address: {bad[:200]}")
    return list(dict.fromkeys(urls))


def collect_urls(engine: Engine, urls: list[str], politeness: Politeness,
                 progress: Callable[[str, int], None] | None = None) -> UrlReport:
    """Fetch, parse and store each address; ``progress(url, items)`` after each one."""
    report = UrlReport()
    notify = progress or (lambda _url, _items: None)
    with PoliteClient(politeness) as client:
        for url in urls:
            items = 0
            try:
                response = client.get(url)
                meeting = parse_document(response.content, path=url)
                provenance = {"page_url": url, "api_url": response.url, "fetched_at": datetime.now(UTC),
                              "response_sha256": hashlib.sha256(response.content).hexdigest()}
                status = store(engine, meeting, "url|" + url, provenance)
            except FetchError as exc:
                report.failures.append(str(exc))
            except InputError as exc:
                report.failures.append(f"{url}: {exc}")
            except SQLAlchemyError as exc:
                report.failures.append(f"{url}: cannot store ({str(exc).strip().splitlines()[0]})")
            except Exception as exc:  # one bad address must not stop the list; it is reported by name
                report.failures.append(f"{url}: unexpected failure ({type(exc).__name__}: {exc})")
            else:
                setattr(report, status, getattr(report, status) + 1)
                items = len(meeting.items)
                report.items += items
            notify(url, items)
    return report
