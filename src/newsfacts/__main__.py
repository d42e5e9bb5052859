"""``python -m newsfacts``: the same as the ``newsfacts`` command."""

from newsfacts.cli import main

raise SystemExit(main())
