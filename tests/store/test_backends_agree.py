"""SQLite and PostgreSQL give the same hits in the same order for the same queries on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from referat.store.db import open_engine
from referat.store.ingest import expand_paths, ingest
from referat.store.search import Filters, search
from tests.seeds import SEEDS, all_seed_paths

QUERIES = [
    "flygtninge", "flygtning", "beskæftigelse", "beskæft*", "godkende", "skærpet tilsyn", '"skærpet tilsyn"',
    "voksenlærlinge", "ledige -unge", "integration OR integrationsgrunduddannelse", "budget", "indsats",
    "virksomhedspraktik", "a-kasser", "ukraine", "jobcenter", "sygedagpenge", "taget til efterretning",
    '"taget til efterretning"', "ungeindsatsen", "handleplan", "tilsyn*", "orientering", "2022", "nøgletal",
    "ydelse*", "borgere", "uddannelse -unge", "it", "IGU", "Medborgerpolitikken", "udvalget", "elevpolitik",
]


@pytest.mark.postgres
def test_backends_agree_on_the_seeds(pg_url: str, tmp_path: Path) -> None:
    all_seed_paths()
    engines = [open_engine(str(tmp_path / "agree.sqlite")), open_engine(pg_url)]
    for engine in engines:
        assert ingest(engine, expand_paths([str(SEEDS)]), jobs=1).added == 5
    answers = []
    for engine in engines:
        with engine.connect() as conn:
            answers.append({q: [(h.municipality, h.number, h.score) for h in search(conn, q, limit=100)]
                            for q in QUERIES}
                           | {"filtered": [(h.municipality, h.number) for h in search(
                               conn, "beskæftigelse", Filters(municipality="Lejre", date_from="2025"))]})
    sqlite, postgres = answers
    assert sum(map(len, sqlite.values())) > 200
    assert {q: hits for q, hits in sqlite.items() if hits != postgres[q]} == {}
