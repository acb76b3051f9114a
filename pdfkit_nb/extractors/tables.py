"""The tables "extractor": hands the tables pdfplumber found in the worker back to the batch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..document import Document
from ..fields import Field
from .base import Extracted, Extractor

__all__ = ["TablesExtractor"]


class TablesExtractor(Extractor):
    """Runs in the parse worker; returns every table as ``meta["tables"]``.

    Each table is ``(page, index_on_page, rows)``, rows being lists of cell strings.
    """

    name = "tables"
    needs_tables = True

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> Extracted:
        found: list[tuple[int, int, list[list[str | None]]]] = []
        for page in doc.pages:
            for i, rows in enumerate(page.tables, start=1):
                if any(any(cell not in (None, "") for cell in row) for row in rows):
                    found.append((page.number, i, rows))
        return Extracted({}, {"tables": found})

    def fingerprint(self) -> str:
        return "tables:1"


def header_of(rows: list[list[str | None]]) -> list[str] | None:
    """The first row as column names when it looks like a header (all text, no numbers)."""
    if len(rows) < 2:
        return None
    first = [(cell or "").strip() for cell in rows[0]]
    if not all(first) or len(set(first)) != len(first):
        return None
    if any(
        any(ch.isdigit() for ch in cell) and not any(ch.isalpha() for ch in cell) for cell in first
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
