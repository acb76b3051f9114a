"""The library's own overhead: extract_batch(engine="pdfium") vs a bare multiprocessing pool.

Run: ``python benchmarks/bench_overhead.py [--n 1000] [--n-large 100] [--reps 3] [--quick]``.

Both sides use the same parallelism (2 worker processes on a 2-CPU machine, pool start-up
included on both sides) and do the same essential work: open each file with pypdfium2, read
every page's text, and send the text back to the parent.

* bare: ``multiprocessing.Pool(W).map(pdfium_page_texts, paths)`` (default chunking); it
  opens the path with pypdfium2 and returns ``[page.get_textpage().get_text_range(), ...]``.
* library: ``extract_batch_sync(paths, FIELDS, engine="pdfium", method=<callable returning {}>,
  progress=None)``. Per file the worker reads the bytes, hashes them (sha256), checks the
  header, opens them with pypdfium2, reads every page's text and groups it into lines (no word
  boxes: a callable method needs text only). A sync callable runs there, in the worker, and
  only its values travel back; an ``async`` one (the second library row) is awaited on the
  parent's event loop, so the text travels back to it. The parent builds the typed DataFrame.

Target (issue #3): library files/s >= 0.80 x bare files/s, on 1,000 small and 100 large files.
"""

from __future__ import annotations

import argparse
import multiprocessing
from pathlib import Path
from typing import Any

import _common as bc

FIELDS = ["invoice_number", "invoice_date", "total"]
TARGET = 0.80


def bare(paths: list[Path], workers: int) -> list[list[str]]:
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(bc.pdfium_page_texts, [str(p) for p in paths])


def nothing(text: str, fields: list[str]) -> dict[str, Any]:
    return {}


async def nothing_async(text: str, fields: list[str]) -> dict[str, Any]:
    return {}


def library(paths: list[Path], method: Any) -> Any:
    import pdfkit_nb

    df = pdfkit_nb.extract_batch_sync(paths, FIELDS, engine="pdfium", method=method, progress=None)
    assert len(df) == len(paths) and df["success"].all(), df[~df["success"]].head()
    return None  # keep nothing alive between repetitions


def run_set(label: str, paths: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    from pdfkit_nb.executors import available_cpus

    workers = available_cpus()
    pages = bc.page_count(paths)
    print(f"\n-- {label}: {len(paths)} files, {pages} pages, {workers} worker processes each side")
    timings = bc.run_interleaved(
        [
            ("bare Pool.map(pypdfium2 text)", lambda: bare(paths, workers), args.reps),
            ("library, sync callable", lambda: library(paths, nothing), args.reps),
            ("library, async callable", lambda: library(paths, nothing_async), args.reps),
        ]
    )
    base = timings["bare Pool.map(pypdfium2 text)"]
    rows = [
        [
            t.name,
            t.wall_median,
            len(paths) / t.wall_median,
            pages / t.wall_median,
            t.cpu_median,
            base.wall_median / t.wall_median,
        ]
        for t in timings.values()
    ]
    print()
    bc.print_table(
        ["configuration", "wall s (median)", "files/s", "pages/s", "CPU s", "files/s vs bare"],
        rows,
    )
    verdicts = [
        bc.verdict(
            f"{label}: library (sync callable) / bare files/s",
            base.wall_median / timings["library, sync callable"].wall_median,
            TARGET,
        ),
        bc.verdict(
            f"{label}: library (async callable) / bare files/s",
            base.wall_median / timings["library, async callable"].wall_median,
            TARGET,
        ),
    ]
    return {
        "files": len(paths),
        "pages": pages,
        "timings": {t.name: {"wall": t.wall, "cpu": t.cpu} for t in timings.values()},
        "verdicts": verdicts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bc.add_common_args(parser, n=1000)
    parser.add_argument("--n-large", type=int, default=100, help="large files (30-60 pages)")
    args = parser.parse_args()
    if args.quick:
        args.n, args.n_large, args.reps = min(args.n, 200), min(args.n_large, 10), 1
    env = bc.print_header("bench_overhead: library vs bare pypdfium2 pool", args)
    print(
        "   bare: Pool(W).map over paths; each worker opens the file with pypdfium2 and returns\n"
        "         every page's text (get_text_range) to the parent.\n"
        "   library: extract_batch_sync(engine='pdfium', method=<callable returning {}>):\n"
        "         worker reads bytes, sha256, header check, pypdfium2 text regrouped into lines\n"
        "         (no word boxes); text returns to the parent, the callable runs there, then the\n"
        "         typed DataFrame is built. Pool start-up is inside the timing on both sides.\n"
        "   Both sides fork their workers from this process, with pypdfium2 loaded and PDFium\n"
        "   set up once here beforehand (the library does that itself when it starts a pool)."
    )
    if args.n < 1 and args.n_large < 1:
        parser.error("nothing to measure: give --n or --n-large a count of 1 or more")
    sets = {
        key: bc.generated_corpus(count, pages=pages, chunk=chunk)[0]
        for key, count, pages, chunk in (
            ("small", args.n, (1, 1), 50),
            ("large", args.n_large, (30, 60), 5),
        )
        if count > 0
    }
    # The same start for both: the first library run would otherwise warm PDFium in this
    # process, and every bare pool forked after it would start warm too, unlike the first.
    bc.pdfium_page_texts(str(next(iter(sets.values()))[0]))
    labels = {"small": "small files (1 page)", "large": "large files (30-60 pages)"}
    results = {"env": env} | {key: run_set(labels[key], paths, args) for key, paths in sets.items()}
    bc.save_json("bench_overhead", results)


if __name__ == "__main__":
    main()
