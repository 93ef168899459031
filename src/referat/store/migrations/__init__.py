"""Alembic migrations of the Referat schema, applied on first use."""
