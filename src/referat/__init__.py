"""Referat: Danish municipal minutes as structured, searchable data."""

__version__ = "0.1.0"
