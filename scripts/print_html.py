"""Print tests/data/printed/*.html to PDF with headless Chromium (the committed test PDFs).

Browsers' "Save as PDF" (Skia, subset TrueType fonts) makes many real invoices and receipts
(SaaS billing, web shops, tickets): a producer unlike fpdf2's, which makes the other test
PDFs. The PDFs are committed; this script only regenerates them, and needs Chromium
(``apt-get install chromium``; ``fonts-ipafont-gothic`` for the Japanese invoice)::

    python scripts/print_html.py [--chromium /usr/bin/chromium]

The expected values are in ``tests/data/printed/truth.json``, written from the HTML by hand.
The fifth held-out set also has documents from other producers, built from
``tests/data/printed/sources/``: ``pdflatex`` on each ``.tex`` (TeX Live's
``texlive-latex-recommended`` and ``texlive-fonts-recommended``), and each ``rl_*.py`` run
with reportlab installed; both write their PDF beside the HTML. The sixth set's office-suite
documents are rebuilt by ``tests/data/printed/sources/office/build.sh`` (LibreOffice,
wkhtmltopdf, enscript, groff and Ghostscript; python-docx and openpyxl).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "printed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    for page in sorted(FOLDER.glob("*.html")):
        target = page.with_suffix(".pdf")
        subprocess.run(
            [
                args.chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",  # no date, title or URL printed on the page
                f"--print-to-pdf={target}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        print(f"{target.name}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
