"""Imported where worker processes are forked from, so that every worker starts warm.

The process executor imports this module in the parent (``fork``) or asks the forkserver to
preload it (``forkserver``): pdfplumber, the worker code and the in-worker extractors are
imported, and PDFium is loaded and set up, once there instead of once per worker (~50 ms for
PDFium, ~60 ms for the rules' label tables, per worker, and again for every worker that
replaces a recycled one). Importing it has exactly that side effect.
"""

from __future__ import annotations

import pdfplumber  # noqa: F401 - imported for the forked workers

from . import worker  # noqa: F401 - imported for the forked workers
from .extractors import rules, tables  # noqa: F401 - the in-worker extractors (~60 ms + ~15 ms)
from .extractors._labels import label_book
from .pdf_pdfium import warm_up

warm_up()
label_book()  # the built-in labels the rules search for (~10 ms to build)
