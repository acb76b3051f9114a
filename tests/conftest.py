"""Shared fixtures: small real PDFs generated on the fly (no files outside tests/ are read)."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdfgen import blank_pdf, text_pdf

INVOICE_LINES = [
    "ACME Supplies Ltd",
    "12 Market Street, Leeds",
    "Invoice Number: INV-{n:04d}",
    "Invoice Date: 2024-03-{d:02d}",
    "Total: $1,{n:03d}.50",
]


def invoice_bytes(n: int = 1, day: int = 5) -> bytes:
    """A one-page invoice whose number, date and total depend on ``n``."""
    return text_pdf([line.format(n=n, d=day) for line in INVOICE_LINES])


def invoice_truth(n: int = 1, day: int = 5) -> dict[str, object]:
    return {
        "invoice_number": f"INV-{n:04d}",
        "invoice_date": dt.date(2024, 3, day),
        "total": float(f"1{n:03d}.50"),
    }


@pytest.fixture
def invoice_dir(tmp_path: Path) -> Path:
    """A folder with five good invoices (invoice_1..5.pdf) and nothing else."""
    folder = tmp_path / "invoices"
    folder.mkdir()
    for n in range(1, 6):
        (folder / f"invoice_{n}.pdf").write_bytes(invoice_bytes(n, day=n))
    return folder


@pytest.fixture
def mixed_dir(invoice_dir: Path) -> Path:
    """The five invoices plus one not-a-PDF, one scan without text, and one truncated file."""
    (invoice_dir / "invoice_6_broken.pdf").write_bytes(b"this is not a pdf at all\n" * 20)
    (invoice_dir / "invoice_7_scan.pdf").write_bytes(blank_pdf())
    good = invoice_bytes(8)
    (invoice_dir / "invoice_8_truncated.pdf").write_bytes(good[: len(good) // 3])
    return invoice_dir


@pytest.fixture
def no_leaked_threads() -> Iterator[None]:
    """Fail if a test leaves pdfkit_nb threads running.

    A finished batch's pool closes in a thread of its own; that one must end by itself, soon.
    """
    yield
    for thread in threading.enumerate():
        if thread.name == "pdfkit_nb-close-pool":
            thread.join(timeout=10)
    leftover = [t.name for t in threading.enumerate() if t.name.startswith("pdfkit_nb")]
    assert not leftover, f"threads left running: {leftover}"


@pytest.fixture
def served(invoice_dir: Path) -> Iterator[str]:
    """``invoice_dir`` over HTTP on 127.0.0.1 (stdlib server in a thread); yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(invoice_dir))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()
    thread.join()
