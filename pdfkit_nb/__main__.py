"""``python -m pdfkit_nb`` runs the command-line tool."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
