"""``python -m referat`` runs the command line."""

from referat.cli import main

raise SystemExit(main())
