"""Write src/referat/data/collect_sites.json from the platform table (dagsorden_portaler.json).

Usage: python3 scripts/collect_sites.py PATH/TO/dagsorden_portaler.json
A plain host name in the table means FirstAgenda; a mapping names its system in "type".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "referat" / "data"
#: Names in the platform table that the municipality list spells otherwise.
RENAMED = {"Nordfyns Kommune": "Nordfyns"}


def main(source: str) -> None:
    """Read the platform table and write one entry per municipality, sorted by name."""
    table = json.loads(Path(source).read_text(encoding="utf-8"))
    known = {entry["name"] for entry in json.loads((DATA / "municipalities.json").read_text(encoding="utf-8"))}
    sites: dict[str, dict[str, object]] = {}
    for raw_name, value in table.items():
        name = RENAMED.get(raw_name, raw_name)
        if name not in known:
            raise SystemExit(f"unknown municipality: {raw_name}")
        if isinstance(value, str):
            sites[name] = {"system": "firstagenda", "host": value}
        elif isinstance(value, dict):
            entry = {"system": value["type"]}
            entry.update({k: v for k, v in value.items() if k != "type"})
            sites[name] = entry
        else:
            sites[name] = {"system": None}
    ordered = dict(sorted(sites.items()))
    (DATA / "collect_sites.json").write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
