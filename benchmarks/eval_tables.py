"""How many tables ``extract_tables`` finds in the development corpora, and which ones.

Usage::

    python benchmarks/eval_tables.py                        # every corpus, sample tables shown
    python benchmarks/eval_tables.py --corpus invoice2data --samples 20
    python benchmarks/eval_tables.py --engine pdfplumber --no-origins

Each folder of ``../shared/corpus`` (beside the repo; nothing happens when it is absent) goes
through :func:`pdfkit_nb.extract_tables_sync`; per corpus it prints files, failures, files with
at least one table, tables and rows. A second pass (``--no-origins`` skips it) runs the same
per-page logic through ``extract_batch_sync`` with an extractor that also says where each
table came from: pdfplumber's ruled finder or the whitespace finder
(``pdfkit_nb.extractors._text_tables``), and prints a few of the whitespace tables so false
positives can be eyeballed. There is no ground truth for tables: this is for looking, not
scoring. Note that ``tables=True`` makes both engines parse with pdfplumber (its table
finder), so ``--engine`` changes little here.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
for _path in (ROOT / "tests", ROOT):  # pdfgen (the invoice generator) and the package itself
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import pdfkit_nb  # noqa: E402
from pdfkit_nb.document import Document  # noqa: E402
from pdfkit_nb.extractors.base import Extracted  # noqa: E402
from pdfkit_nb.extractors.tables import TablesExtractor, page_tables, table_rows  # noqa: E402
from pdfkit_nb.fields import Field  # noqa: E402


class OriginTables(TablesExtractor):
    """``TablesExtractor``'s tables tagged ``ruled`` or ``text`` (where each came from), plus
    ``before``: every ruled table, which is what ``extract_tables`` returned before the
    whitespace finder existed."""

    name = "tables-origins"

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> Extracted:
        tagged: list[tuple[int, str, list[list[str | None]]]] = []
        for page in doc.pages:
            ruled = [rows for rows in page.tables if any(any(c for c in r) for r in rows)]
            tagged += [(page.number, "before", rows) for rows in ruled]
            for rows in page_tables(page):
                tagged.append((page.number, "ruled" if rows in ruled else "text", rows))
        return Extracted({"_": None}, {"tagged": tagged})


def corpora(only: str | None) -> list[tuple[str, list[Path]]]:
    out = []
    for folder in sorted(p for p in SHARED_CORPUS.iterdir() if p.is_dir()):
        if only and folder.name != only:
            continue
        # pdfs/ in the corpora with truth, files/ in broken/ (not all named *.pdf there)
        base = next((folder / s for s in ("pdfs", "files") if (folder / s).is_dir()), folder)
        files = sorted(p for p in base.iterdir() if p.is_file() and not p.name.startswith("."))
        if files:
            out.append((folder.name, files))
    return out


def headline(name: str, files: list[Path], args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    df = pdfkit_nb.extract_tables_sync(
        files, engine=args.engine, timeout=args.timeout, progress=None
    )
    seconds = time.perf_counter() - t0
    ok = df[df["success"]]
    failed = int((~df["success"]).sum())
    with_tables = ok["file"].nunique()
    tables = len(ok.drop_duplicates(["file", "page", "table"]))
    print(
        f"{name:18} files={len(files):3d} failed={failed:3d} with_tables={with_tables:3d} "
        f"tables={tables:4d} rows={len(ok):5d} ({seconds:.1f} s)"
    )


def origins(name: str, files: list[Path], args: argparse.Namespace) -> None:
    df = pdfkit_nb.extract_batch_sync(
        files,
        {"_": Field(kind="text")},
        method=OriginTables(),
        engine=args.engine,
        timeout=args.timeout,
        progress=None,
    )
    counts: dict[str, list[Any]] = {k: [0, 0, 0, set()] for k in ("before", "ruled", "text")}
    samples: list[tuple[str, int, list[list[str | None]]]] = []
    for file, tagged in zip(df["file"], df.get("tagged", [None] * len(df)), strict=True):
        for page, origin, rows in tagged or []:
            count = counts[origin]
            count[0] += 1
            count[1] += len(table_rows({"tables": [(page, 1, rows)]}))
            count[2] += sum(any(c for c in row) for row in rows) == 1  # a lone (header) row
            count[3].add(file)
            if origin == "text":
                samples.append((Path(file).name, page, rows))
    for origin, label in (("before", "ruled only (before)"), ("ruled", "now: ruled"),
                          ("text", "now: whitespace")):  # fmt: skip
        tables, rows_out, lone, names = counts[origin]
        print(
            f"  {label:20} files={len(names):3d} tables={tables:4d} rows={rows_out:5d} "
            f"one-row tables={lone}"
        )
    for file, page, rows in samples[: args.samples]:
        print(f"  --- {file} p{page} ({len(rows) - 1} rows)")
        for row in rows[: args.rows + 1]:
            print("     | " + " | ".join(_short(c) for c in row))
        if len(rows) > args.rows + 1:
            print(f"     | ... {len(rows) - args.rows - 1} more")


def generated(n: int, args: argparse.Namespace) -> None:
    """Recall on invoices from ``tests/pdfgen.py``, whose line items are known."""
    from pdfgen import format_number, random_invoice, write_invoice

    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        specs = {}
        for i in range(n):
            spec = random_invoice(rng)
            specs[str(write_invoice(spec, Path(tmp) / f"gen_{i:03d}.pdf"))] = spec
        df = pdfkit_nb.extract_tables_sync(list(specs), engine=args.engine, progress=None)
    ok = df[df["success"]]
    exact = found = expected = other = 0
    for file, spec in specs.items():
        want = [
            (d, format_number(q * Decimal(str(p)), spec.number_style))
            for d, q, p in spec.line_items
        ]
        records = ok[ok["file"] == file].to_dict("records")
        got = [
            (
                _first(row, ("Description", "Beschreibung")),
                _first(row, ("Amount", "Betrag", "Total")),
            )
            for row in records
        ]
        got = [g for g in got if g[0] is not None]  # rows of other tables (boxed key/values)
        expected += len(want)
        found += sum(g in want for g in got)
        exact += got == want
        other += len(records) - len(got)
    print(
        f"{'generated':18} files={n:3d} items={expected} found={found} "
        f"files_exact={exact}/{n} rows_of_other_tables={other}"
    )


def _first(row: dict[str, object], names: tuple[str, ...]) -> object:
    return next((row[n] for n in names if n in row and isinstance(row[n], str)), None)


def _short(cell: str | None, width: int = 28) -> str:
    text = " ".join((cell or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="only this folder of ../shared/corpus")
    parser.add_argument("--engine", default="pdfium", choices=["pdfium", "pdfplumber"])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per file")
    parser.add_argument("--samples", type=int, default=8, help="whitespace tables shown")
    parser.add_argument("--rows", type=int, default=4, help="rows shown per sample table")
    parser.add_argument("--no-origins", action="store_true", help="skip the second pass")
    parser.add_argument("--generated", type=int, default=30, help="pdfgen invoices (0: none)")
    args = parser.parse_args(argv)
    if args.generated:
        generated(args.generated, args)
    if not SHARED_CORPUS.is_dir():
        print(f"no corpus at {SHARED_CORPUS}; nothing more to evaluate")
        return 0
    for name, files in corpora(args.corpus):
        headline(name, files, args)
        if not args.no_origins:
            origins(name, files, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
