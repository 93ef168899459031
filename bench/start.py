"""A command's start: ``referat parse`` of one small file as a whole process, beside ``python -c pass``.

    .venv/bin/python bench/start.py [--rounds N] [--json]

Each round runs every command once, in turn, as a new process (the interpreter of this virtual environment), so
that a ratio holds when the machine's speed drifts; the figures are the medians of the rounds' wall times, and
a command's start is its median less that of ``python -c pass``. The commands: ``referat parse`` of a small text
file and of a small web page (``--json``), ``referat --help``, and the help of two commands that load the
database layer (``search``) and the collector (``collect``) with their module. Python's bytecode cache is
allowed for the children even where the environment turns it off (``PYTHONDONTWRITEBYTECODE``), as an installed
package has it; one warm-up run of each command writes it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
_REFERAT = [sys.executable, "-m", "referat"]

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "referat parse sagnr.txt --json": [*_REFERAT, "parse", str(FIXTURES / "sagnr.txt"), "--json"],
    "referat parse own_portal_short.html --json": [*_REFERAT, "parse", str(FIXTURES / "own_portal_short.html"),
                                                   "--json"],
    "referat --help": [*_REFERAT, "--help"],
    "referat search --help": [*_REFERAT, "search", "--help"],
    "referat collect --help": [*_REFERAT, "collect", "--help"],
}


def _wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> int:
    """Time every command; print the medians and each command's start over ``python -c pass``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for command in COMMANDS.values():  # the warm-up: bytecode written, files in the page cache
        _wall(command, env)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.rounds):
        for name, command in COMMANDS.items():
            times[name].append(_wall(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    floor = medians["python -c pass"]
    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
                   f"CPython {platform.python_version()}",
        "rounds": args.rounds,
        "median_s": {name: round(value, 4) for name, value in medians.items()},
        "start_s": {name: round(value - floor, 4) for name, value in medians.items() if name != "python -c pass"},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['machine']}; {args.rounds} rounds, each command once a round, medians of wall time")
    for name, value in medians.items():
        start = "" if name == "python -c pass" else f"   start {value - floor:.3f} s"
        print(f"{name:45} {value:.3f} s{start}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
