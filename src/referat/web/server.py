"""The app uvicorn imports by name (``referat.web.server:app``), over the database in ``REFERAT_DB``."""

from __future__ import annotations

from referat.web.app import create_app

app = create_app()
