#!/usr/bin/env bash
# Install Referat into .venv and run the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
sample=src/referat/samples/solbjerg-beskaeftigelsesudvalget-2024-03-06.txt
.venv/bin/referat parse "$sample" --json
echo
.venv/bin/referat parse "$sample"
