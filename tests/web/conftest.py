"""A web app over the seeds and a hostile fixture, on each backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.ingest import expand_paths, ingest
from referat.web.app import create_app
from tests.seeds import SEEDS, all_seed_paths

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "own_hostile.txt"


@pytest.fixture
def client(db_url: str) -> TestClient:
    all_seed_paths()
    engine = open_engine(db_url)
    report = ingest(engine, [*expand_paths([str(SEEDS)]), HOSTILE], jobs=1)
    assert report.failed == []
    return TestClient(create_app(db_url))
