"""The fast ``engine="pdfium"`` parser: text and words from PDFium's text layer via pypdfium2."""

from __future__ import annotations

import logging
import os
import stringprep
import threading
import unicodedata
from typing import Any

from ._forms import Filled, add_filled, close_form, open_form, read_filled
from ._pdfium_page import _PageReader
from ._samples import samples_dir
from .document import Document
from .errors import EncryptedPDFError
from .pdf import UNSUPPORTED_SECURITY

__all__ = [
    "PdfiumOpenError",
    "PdfiumPasswordError",
    "engine_lock",
    "filled_form",
    "parse_pdfium",
    "warm_up",
]

log = logging.getLogger(__name__)

#: PDFium is not thread-safe, not even across documents: every call of this engine runs under
#: this lock (parse_pdfium holds it while _pdfium_page reads the pages).
_LOCK = threading.Lock()


def engine_lock() -> threading.Lock:
    """The lock every use of PDFium in this process holds (PDFium is not thread-safe)."""
    return _LOCK


def _new_lock_in_child() -> None:
    # A worker forked while another thread held the lock would inherit it held, forever.
    global _LOCK
    _LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock_in_child)

_warm = False

#: FPDF_GetLastError codes (fpdfview.h) that can reach here, in pypdfium2's words.
_LOAD_ERRORS = {
    0: "no error code, but no document",
    1: "Unknown error",
    2: "File access error",
    3: "Data format error: not a PDF, or damaged beyond repair",
    6: "Page not found or content error",
}


class PdfiumPasswordError(RuntimeError):
    """PDFium refused the password (missing or wrong); ``pdf._map_error`` files it as encrypted."""


class PdfiumOpenError(RuntimeError):
    """PDFium could not open the file or any of its pages (``pdf._map_error``: corrupt)."""


def parse_pdfium(data: bytes, password: str | None, words: bool, *, unknown: str = "-") -> Document:
    """Read every page's text (and, if asked, its words) with PDFium.

    Page text is laid out like pdfplumber's ``extract_text()``: words grouped into lines by
    their tops (3 pt tolerance), lines top to bottom, words left to right, one space between
    words. Words come from PDFium's own word breaks (it inserts spaces at gaps), with a
    per-character check for letter-spaced runs; their boxes follow pdfplumber's conventions.

    Parameters
    ----------
    data
        The PDF's bytes.
    password
        Opens encrypted files; ``None`` tries none (owner-password-only files still open).
    words
        Also build :class:`Word` objects with boxes, font size and boldness.
    unknown
        What a character PDFium finds no Unicode for is shown as (PDFium's U+FFFE).

    Returns
    -------
    Document
        ``engine="pdfium"``; no pages at all when the file has none.

    Raises
    ------
    PdfiumPasswordError
        The file needs a password, or the one given is wrong.
    EncryptedPDFError
        The file is encrypted in a way PDFium cannot undo.
    PdfiumOpenError
        PDFium cannot open the file or any of its pages.

    Examples
    --------
    >>> from fpdf import FPDF
    >>> pdf = FPDF()
    >>> pdf.add_page()
    >>> pdf.set_font("Helvetica", size=12)
    >>> _ = pdf.cell(text="Total: 12.50")
    >>> doc = parse_pdfium(bytes(pdf.output()), None, words=True)
    >>> doc.pages[0].text, [w.text for w in doc.pages[0].words]
    ('Total: 12.50', ['Total:', '12.50'])
    """
    import pypdfium2  # a C library: load (and initialise) it in the worker that parses

    raw = pypdfium2.raw
    with _LOCK:
        # The raw API rather than PdfDocument: pypdfium2 raises on a zero-page file without
        # closing it, and we want every handle closed here, in order, not by a finalizer.
        doc = _open(raw, data, password)
        form = None
        try:
            count = raw.FPDF_GetPageCount(doc)
            if count <= 0 and raw.FPDF_GetSecurityHandlerRevision(doc) != -1:
                raise EncryptedPDFError(
                    "encrypted: PDFium opens it but finds no page it can decrypt "
                    "(damaged or unsupported encryption)"
                )
            form = open_form(raw, doc)
            # Form values are laid out among the page's words: read those too.
            reader = _PageReader(raw, doc, words or form is not None, unknown, form)
            pages = [reader.read(index) for index in range(count)]
        finally:
            close_form(raw, form)
            raw.FPDF_CloseDocument(doc)
    if pages and reader.failed == len(pages):
        raise PdfiumOpenError(f"PDFium could not load any of its {len(pages)} page(s)")
    values = add_filled(pages, reader.filled, words=words) if form is not None else {}
    return Document(pages, engine="pdfium", form=values)


def filled_form(data: bytes, password: str | None) -> dict[int, list[Filled]]:
    """The form values of a file another engine parses (see :mod:`pdfkit_nb._forms`)."""
    import pypdfium2

    raw = pypdfium2.raw
    with _LOCK:
        try:
            doc = _open(raw, data, password)
        except (PdfiumPasswordError, PdfiumOpenError, EncryptedPDFError):
            return {}  # the other engine opened it: its text without form values, not a failure
        try:
            return read_filled(raw, doc)
        finally:
            raw.FPDF_CloseDocument(doc)


def warm_up() -> None:
    """Load pypdfium2 and let PDFium set itself up (bindings, standard fonts), once a process,
    by parsing one of the bundled sample invoices.

    A fresh process pays ~50 ms for this on its first file. Done in the process the workers
    are forked from (the parent under ``fork``, the server under ``forkserver``), every
    worker, and every worker that replaces a recycled one, starts warm.
    """
    global _warm
    if _warm:
        return
    _warm = True
    try:
        parse_pdfium(_warm_up_pdf(), None, words=True)
    except Exception as exc:  # only an optimisation: a pdfplumber-only setup must still work
        log.debug("PDFium warm-up failed: %r", exc)


def _warm_up_pdf() -> bytes:
    """A bundled one-page sample invoice (Helvetica text), for :func:`warm_up`."""
    return (samples_dir() / "invoice_us_totals.pdf").read_bytes()


def _open(raw: Any, data: bytes, password: str | None) -> Any:
    """An ``FPDF_DOCUMENT`` for ``data`` (the caller closes it), or the reason it failed."""
    code = raw.FPDF_ERR_UNKNOWN
    for secret in _password_forms(password):
        doc = raw.FPDF_LoadMemDocument64(data, len(data), secret)
        if doc:
            return doc
        code = raw.FPDF_GetLastError()
        if code != raw.FPDF_ERR_PASSWORD:
            break
    if code == raw.FPDF_ERR_PASSWORD:
        raise PdfiumPasswordError("PDFium: incorrect or missing password")
    if code == raw.FPDF_ERR_SECURITY:
        raise EncryptedPDFError(UNSUPPORTED_SECURITY)
    reason = _LOAD_ERRORS.get(code, f"error {code}")
    raise PdfiumOpenError(f"PDFium cannot open it: {reason}")


def _password_forms(password: str | None) -> list[bytes | None]:
    """The password as UTF-8, then SASLprep'd (AES-256 files need it; PDFium does not do it)."""
    if password is None:
        return [None]
    forms: list[bytes | None] = [password.encode("utf-8") + b"\0"]
    prepared = _saslprep(password).encode("utf-8") + b"\0"
    return forms if prepared == forms[0] else [*forms, prepared]


def _saslprep(text: str) -> str:
    """RFC 4013 mapping and normalisation (PDF 2.0, 7.6.4.3.3), without its prohibitions."""
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch for ch in text if not stringprep.in_table_b1(ch)
    )
    return unicodedata.normalize("NFKC", mapped)
