"""The tables "extractor": ruled tables pdfplumber found plus whitespace-aligned line items."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..document import Document, Page
from ..fields import Field
from ._text_tables import find_text_tables
from .base import Extracted, Extractor

__all__ = ["TablesExtractor", "header_of", "page_tables", "table_rows"]

Rows = list[list[str | None]]
#: Three digits in a row or a decimal number: a value, not a column name.
_VALUE = re.compile(r"\d{3}|\d[.,]\d")


class TablesExtractor(Extractor):
    """Runs in the parse worker; returns every table as ``meta["tables"]``.

    Each table is ``(page, index_on_page, rows)``, rows being lists of cell strings. Ruled
    tables come from pdfplumber's table finder; line items aligned by whitespace only are
    found from the words' positions (see :func:`page_tables`).
    """

    name = "tables"
    needs_tables = True

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> Extracted:
        found: list[tuple[int, int, Rows]] = []
        for page in doc.pages:
            for i, rows in enumerate(page_tables(page), start=1):
                found.append((page.number, i, rows))
        return Extracted({}, {"tables": found})

    def fingerprint(self) -> str:
        return "tables:2"


def page_tables(page: Page) -> list[Rows]:
    """The page's ruled tables, then the whitespace-aligned ones the ruled finder missed.

    A ruled "table" of a single row is dropped: it is a header ruled off from unruled items
    (found again, with its items, by :func:`find_text_tables`) or a boxed ``Label | value``
    line, and as rows it would only add noise. A whitespace table that repeats a ruled
    table's cells is the same table and is dropped too.

    Examples
    --------
    >>> from pdfkit_nb.document import Page
    >>> ruled = [[["Qty", "Amount"], ["2", "10.00"]], [["Name:", "ACME"]], [[None]]]
    >>> page_tables(Page(1, 595, 842, "", tables=ruled))
    [[['Qty', 'Amount'], ['2', '10.00']]]
    """
    ruled = [rows for rows in page.tables if len(_filled(rows)) >= 2]
    texts = find_text_tables(page) if page.words else []
    return ruled + [t for t in texts if not any(_repeats(t, rows) for rows in ruled)]


def _filled(rows: Rows) -> list[list[str | None]]:
    return [row for row in rows if any(cell not in (None, "") for cell in row)]


def _repeats(text: Rows, ruled: Rows) -> bool:
    """Most of the text table's body cells are cells of the ruled table: the same table."""
    known = {"".join(c.split()) for row in ruled for c in row if c}
    body = ["".join(c.split()) for row in text[1:] for c in row if c]
    return bool(body) and sum(c in known for c in body) * 2 >= len(body)


def header_of(rows: list[list[str | None]]) -> list[str] | None:
    """The first row as column names when it looks like a header (all text, no numbers).

    A cell holding a value ("INV-2024-0042", "07 May 2024", "$1,234.00") disqualifies the
    row: boxed key/value blocks would otherwise name one column per invoice number.

    >>> header_of([["Description", "VAT (20%)"], ["Widget", "2.00"]])
    ['Description', 'VAT (20%)']
    >>> header_of([["Invoice Number", "INV-2024-0042"], ["Date", "2024-03-14"]]) is None
    True
    """
    if len(rows) < 2:
        return None
    first = [(cell or "").strip() for cell in rows[0]]
    if not all(first) or len(set(first)) != len(first):
        return None
    if any(
        _VALUE.search(cell)
        or (any(ch.isdigit() for ch in cell) and not any(ch.isalpha() for ch in cell))
        for cell in first
    ):
        return None
    return [" ".join(cell.split()) for cell in first]


def table_rows(meta: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Flatten one file's tables into long-format records (page, table, row, columns...)."""
    out: list[dict[str, Any]] = []
    for page, index, rows in meta.get("tables") or []:
        header = header_of(rows)
        body = rows[1:] if header else rows
        names = header or [f"col_{i}" for i in range(1, max(len(r) for r in rows) + 1)]
        for n, row in enumerate(body, start=1):
            record: dict[str, Any] = {"page": page, "table": index, "row": n}
            for name, cell in zip(names, row, strict=False):
                record[name] = None if cell in (None, "") else " ".join(str(cell).split())
            out.append(record)
    return out
