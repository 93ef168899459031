"""``referat serve [--db URL] [--host 127.0.0.1] [--port 8000] [--workers N]``."""

from __future__ import annotations

import argparse
import os

from referat.errors import ReferatError
from referat.store.db import open_engine, resolve_url

APP_FACTORY = "referat.web.server:app"


def register(p: argparse.ArgumentParser) -> None:
    """The ``serve`` command's arguments."""
    add_server_arguments(p)
    p.set_defaults(func=run)


def add_server_arguments(p: argparse.ArgumentParser) -> None:
    """--db, --host, --port and --workers, shared with ``demo``."""
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="worker processes (PostgreSQL only; default 1)")


def serve(db: str | None, host: str, port: int, workers: int) -> int:
    """Run uvicorn on the app over ``db`` until interrupted."""
    import uvicorn

    url = resolve_url(db)
    if workers > 1 and url.startswith("sqlite"):
        raise ReferatError("several workers need PostgreSQL; SQLite serves with one")
    open_engine(db)  # migrate once, before workers start
    os.environ["REFERAT_DB"] = url
    print(f"Referat på http://{host}:{port}/", flush=True)
    uvicorn.run(APP_FACTORY, host=host, port=port, workers=workers, log_level="warning")
    return 0


def run(args: argparse.Namespace) -> int:
    """Serve."""
    return serve(args.db, args.host, args.port, args.workers)
