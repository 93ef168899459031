#!/usr/bin/env bash
# Install Referat into .venv, build a demo database of synthetic minutes (SQLite) and serve it
# on http://127.0.0.1:8000 until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/referat demo "$@"
