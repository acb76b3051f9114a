"""The sample PDFs bundled with the package, for the demo, the quickstart and examples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["samples_dir"]


def samples_dir() -> Path:
    """The folder of sample invoices bundled with pdfkit_nb (one deliberately broken).

    Try the library on them before pointing it at your own folder.

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> sorted(p.name for p in pk.samples_dir().glob("*.pdf"))[:2]
    ['broken.pdf', 'invoice_ca_label_above.pdf']
    """
    return Path(str(resources.files("pdfkit_nb") / "samples"))
