"""A command loads only what it needs: ``referat parse`` of a text file starts without the database layer, the web
server or the XML reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "sagnr.txt"

_PROBE = """
import sys
from referat.cli import main
code = main(["parse", sys.argv[1], "--json"])
heavy = sorted(m for m in ("sqlalchemy", "fastapi", "uvicorn", "httpx", "rich", "plotly", "lxml") if m in sys.modules)
print("LOADED", heavy, file=sys.stderr)
sys.exit(code)
"""


def test_parse_loads_neither_the_store_nor_the_web() -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE, str(FIXTURE)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert '"items"' in result.stdout
    assert "LOADED []" in result.stderr


def test_help_still_lists_every_command() -> None:
    result = subprocess.run([sys.executable, "-m", "referat", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("parse", "ingest", "collect", "search", "case", "similar", "compare", "reindex", "export", "serve",
                    "demo"):
        assert command in result.stdout


_HELP_PROBE = """
import sys
from referat.cli import build_parser
build_parser(["--help"])
loaded = sorted(m for m in sys.modules if m.startswith("referat.commands") or m in ("sqlalchemy", "rich", "fastapi"))
print("LOADED", loaded)
"""


def test_the_command_list_loads_no_command() -> None:
    result = subprocess.run([sys.executable, "-c", _HELP_PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout
