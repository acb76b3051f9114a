"""CPU cost of the rules extractor alone: ms per file, by engine and field set.

Run: ``python benchmarks/bench_rules.py [--n 500] [--n-plumber 100] [--reps 3] [--quick]``.

Each generated invoice (1-3 pages, ``tests/pdfgen.py``) is parsed once per engine with words
(``parse_document(data, engine=..., words=True)``, in a pool, not timed); then
``RulesExtractor().extract(doc, fields)`` runs over every document in this process, ``--reps``
times, interleaved. The figure is the median CPU time of a repetition divided by the number of
files. The PDFs of ``../shared/corpus`` (when present) give a second, real-world row per engine.

Field sets: ``three`` is issue #3's ``invoice_number, invoice_date, total``; ``eight`` adds
``due_date, subtotal, tax, vendor, currency`` (what users ask for).

Target (issue #3's CPU budget): <= 4 ms a file for ``three`` on pdfium documents.
"""

from __future__ import annotations

import argparse
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _common as bc

FIELD_SETS = {
    "three": ["invoice_number", "invoice_date", "total"],
    "eight": [
        "invoice_number",
        "invoice_date",
        "due_date",
        "total",
        "subtotal",
        "tax",
        "vendor",
        "currency",
    ],
}
TARGET_MS = 4.0


def _parse(job: tuple[str, str]) -> Any:
    from pdfkit_nb.errors import FileError
    from pdfkit_nb.pdf import parse_document

    path, engine = job
    try:
        return parse_document(Path(path).read_bytes(), engine=engine, words=True)
    except FileError:
        return None


def parse_all(paths: list[Path], engine: str) -> list[Any]:
    """Every file parsed with words (failures dropped), on every CPU."""
    jobs = [(str(p), engine) for p in paths]
    with multiprocessing.get_context("fork").Pool(maxtasksperchild=50) as pool:
        docs = pool.map(_parse, jobs, chunksize=4)
    return [d for d in docs if d is not None]


def extract_all(docs: list[Any], names: list[str]) -> Callable[[], int]:
    from pdfkit_nb.extractors.rules import RulesExtractor
    from pdfkit_nb.fields import resolve_fields

    fields = resolve_fields(names)

    def run() -> int:
        extractor = RulesExtractor()
        found = 0
        for doc in docs:
            values = extractor.extract(doc, fields)
            found += sum(v is not None for v in values.values())
        return found

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    bc.add_common_args(parser, n=500)
    parser.add_argument(
        "--n-plumber", type=int, default=100, help="files parsed with pdfplumber (slow to parse)"
    )
    args = parser.parse_args()
    if args.quick:
        args.n, args.n_plumber, args.reps = 60, 20, 1
    env = bc.print_header("rules extractor: CPU ms per file", args)

    files, _ = bc.generated_corpus(500 if args.n <= 500 else args.n, pages=(1, 3))
    real = [p for pdfs in bc.shared_corpus_pdfs().values() for p in pdfs]
    corpora: list[tuple[str, str, list[Any]]] = []
    for engine, n in (("pdfium", args.n), ("pdfplumber", args.n_plumber)):
        corpora.append((engine, f"generated ({n})", parse_all(files[:n], engine)))
        if real:
            docs = parse_all(real, engine)
            corpora.append((engine, f"shared corpus ({len(docs)})", docs))

    configs = []
    for engine, corpus, docs in corpora:
        for set_name, names in FIELD_SETS.items():
            configs.append((f"{engine}/{corpus}/{set_name}", extract_all(docs, names), args.reps))
    for _, fn, _ in configs:
        fn()  # warm up: imports, compiled label tables
    timings = bc.run_interleaved(configs)

    rows: list[list[Any]] = []
    records: list[dict[str, Any]] = []
    for engine, corpus, docs in corpora:
        for set_name in FIELD_SETS:
            t = timings[f"{engine}/{corpus}/{set_name}"]
            ms = 1000 * t.cpu_median / max(len(docs), 1)
            pages = sum(d.page_count for d in docs) / max(len(docs), 1)
            rows.append([engine, corpus, set_name, round(pages, 2), ms])
            records.append(
                {"engine": engine, "corpus": corpus, "fields": set_name, "ms_per_file": ms}
            )
    print()
    bc.print_table(["engine", "corpus", "fields", "pages/file", "CPU ms/file"], rows)
    three = next(
        r["ms_per_file"]
        for r in records
        if r["engine"] == "pdfium" and r["corpus"].startswith("generated")
        if r["fields"] == "three"
    )
    met = bc.verdict("pdfium, 3 fields, CPU ms/file", three, TARGET_MS, at_most=True)
    bc.save_json("bench_rules", {"env": env, "args": vars(args), "rows": records, "target": met})


if __name__ == "__main__":
    main()
