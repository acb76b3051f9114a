"""Which entries a folder listing takes, the same for local folders and fsspec storage."""

from __future__ import annotations

__all__ = ["is_hidden", "is_pdf_name"]


def is_pdf_name(name: str) -> bool:
    """A file name or path ending in ``.pdf``, any case (scanners happily write "SCAN.PDF").

    >>> is_pdf_name("SCAN.PDF"), is_pdf_name("notes.pdf.bak")
    (True, False)
    """
    return name[-4:].lower() == ".pdf"


def is_hidden(name: str) -> bool:
    """A file or folder name a listing skips, as a shell's and ``glob``'s ``*`` skip them.

    Dot files: the ``._invoice.pdf`` AppleDouble files macOS writes beside every file it
    copies to a shared or FAT drive (not PDFs: a batch would be half ``not_pdf`` rows), and
    ``.Trash`` or ``.git`` folders. Also ``__MACOSX``, the folder of those files in a zip made
    on a Mac. A file named in the call is read whatever its name; only listings skip these.

    >>> is_hidden("._invoice.pdf"), is_hidden("__MACOSX"), is_hidden("invoice.pdf")
    (True, True, False)
    """
    return name.startswith(".") or name == "__MACOSX"
