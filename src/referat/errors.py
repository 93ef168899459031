"""The errors Referat raises on purpose; anything else is a bug."""


class ReferatError(Exception):
    """Base class: the message is one line, fit to print on stderr."""


class InputError(ReferatError):
    """The input cannot be read as minutes (empty, binary, encrypted, not minutes at all)."""


class StoreError(ReferatError):
    """The database cannot be reached or used."""
