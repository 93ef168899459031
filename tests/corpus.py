"""Where the shared corpus of real minutes lives, and a skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The shared folder beside the repository (``REFERAT_SHARED`` names another).
CORPUS_DIRS = (Path(os.environ.get("REFERAT_SHARED") or REPO.parent / "shared") / "corpus",)


def corpus_file(relative: str) -> Path:
    """The path of one corpus document, skipping the test when the shared corpus is not there."""
    for folder in CORPUS_DIRS:
        path = folder / relative
        if path.is_file():
            return path
    pytest.skip(f"corpus document {relative} not found under {' or '.join(map(str, CORPUS_DIRS))}")
