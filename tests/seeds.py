"""Where the shared seed minutes live, and a skip when they are absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Beside the repository (``REFERAT_SHARED`` names another folder).
SEEDS = Path(os.environ.get("REFERAT_SHARED") or REPO.parent / "shared") / "seeds"

#: The five seeds by what they are: municipality and year.
SEED_FILES = {
    "lejre2022": "000_5e003f0efdc1cc02.txt",
    "lemvig2022": "001_dccc08daabfe9e2b.txt",
    "lejre2025": "002_5278d97a76e0fa86.txt",
    "albertslund2024": "003_f6ec3e8cf42e0adb.txt",
    "slagelse2021": "004_09c05b2400c7d985.txt",
}


def seed_path(name: str) -> Path:
    """The path of one seed, skipping the test when the shared seeds are not there."""
    path = SEEDS / SEED_FILES[name]
    if not path.is_file():
        pytest.skip(f"seed minutes not found at {path} (the shared seeds folder is absent)")
    return path


def all_seed_paths() -> list[Path]:
    """Every seed path, skipping when the folder is absent."""
    return [seed_path(name) for name in SEED_FILES]
