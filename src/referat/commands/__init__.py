"""One module per command of the ``referat`` command line."""
