"""Imported where worker processes are forked from, so that every worker starts warm.

The process executor imports this module in the parent (``fork``) or asks the forkserver to
preload it (``forkserver``): pdfplumber and the worker code are imported, and PDFium is loaded
and set up, once there instead of once per worker (~50 ms per worker, and again for every
worker that replaces a recycled one). Importing it has exactly that side effect.
"""

from __future__ import annotations

import pdfplumber  # noqa: F401 - imported for the forked workers

from . import worker  # noqa: F401 - imported for the forked workers
from .pdf_pdfium import warm_up

warm_up()
