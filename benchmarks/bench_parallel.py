"""Naive pdfplumber loop vs extract_batch (pdfplumber, pdfium engines): speed and agreement.

Run: ``python benchmarks/bench_parallel.py [--n 500] [--reps 3] [--quick]``.

(a) naive: one process, ``pdfplumber.open`` → ``extract_text()`` on every page → three regexes.
(a2) reference: the same naive work spread over ``multiprocessing.Pool(<CPUs>)``: the speed-up
     plain process parallelism gives on this machine, for judging (b) against the hardware.
(b) ``extract_batch_sync(engine="pdfplumber")``: process workers, word positions, rules.
(c) ``extract_batch_sync(engine="pdfium")``: the same with the PDFium text layer.
Targets on 2 cores (issue #3): (b) >= 1.7x (a), (c) >= 30x (a). The values (b) and (c)
extract are compared file by file; every difference is counted and the first few printed.
"""

from __future__ import annotations

import argparse
import functools
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _common as bc

FIELDS = ["invoice_number", "invoice_date", "total"]
KINDS = {"invoice_number": "id", "invoice_date": "date", "total": "amount"}

# What someone writes in ten minutes: a label, an optional colon, the value.
NAIVE_PATTERNS = {
    "invoice_number": re.compile(
        r"(?:Invoice\s*(?:Number|No\.?|#)|Rechnungsnummer)\s*:?\s*([A-Za-z0-9][\w\-/.]*)", re.I
    ),
    "invoice_date": re.compile(
        r"(?:Invoice Date|Issue Date|Rechnungsdatum|Date)\s*:?\s*"
        r"(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|[A-Z][a-z]+ \d{1,2}, \d{4}"
        r"|\d{1,2}[ -][A-Z][a-z]{2}[ -]\d{4})"
    ),
    "total": re.compile(
        r"\b(?:Total Due|Amount Due|Gesamtbetrag|Total)\b\s*:?\s*([^\n]*\d[\d.,]*[^\n]*)", re.I
    ),
}


def naive_one(path: Path) -> dict[str, str | None]:
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    except Exception:  # the naive loop must survive a bad file too, or it would stop
        return dict.fromkeys(FIELDS)
    found = {}
    for name, pattern in NAIVE_PATTERNS.items():
        m = pattern.search(text)
        found[name] = m.group(1).strip() if m else None
    return found


def naive(paths: list[Path]) -> list[dict[str, str | None]]:
    return [naive_one(p) for p in paths]


def naive_pool(paths: list[Path]) -> list[dict[str, str | None]]:
    """The naive loop split over one process per CPU: what plain parallelism gives at best."""
    import multiprocessing

    from pdfkit_nb.executors import available_cpus

    with multiprocessing.get_context("fork").Pool(available_cpus()) as pool:
        return pool.map(naive_one, paths, chunksize=1)


def _in_parts(
    loop: Callable[[list[Path]], list[dict[str, str | None]]], paths: list[Path], parts: int
) -> Callable[[], list[dict[str, str | None]]]:
    """``loop`` over one part of ``paths`` per call: part k is ``paths[k::parts]``.

    The naive loops take a minute or more, the library runs seconds. Timed once over all
    files, a naive loop sees one stretch of this shared machine's speed and the library
    another (the same work has taken 93 and 135 ms a file an hour apart). In ``parts`` parts
    run beside the library's repetitions (``run_interleaved``), both are timed through the
    same stretches. Parts take every ``parts``-th file, so each has the same mix of sizes.
    """
    calls = iter(range(parts))
    return lambda: loop(paths[next(calls) :: parts])


def _whole(parts: bc.Timing, paths: list[Path], n: int) -> bc.Timing:
    """One timing over all files from the timings of its ``n`` parts (see ``_in_parts``)."""
    values: list[Any] = [None] * len(paths)
    for k, result in enumerate(parts.results):
        values[k::n] = result
    return bc.Timing(parts.name, [sum(parts.wall)], [sum(parts.cpu)], [values])


def library(paths: list[Path], engine: str) -> Any:
    import pdfkit_nb

    return pdfkit_nb.extract_batch_sync(paths, FIELDS, engine=engine, progress=None)


def _same(a: Any, b: Any) -> bool:
    a_missing = a is None or (isinstance(a, float) and math.isnan(a)) or str(a) in {"NaT", "<NA>"}
    b_missing = b is None or (isinstance(b, float) and math.isnan(b)) or str(b) in {"NaT", "<NA>"}
    if a_missing or b_missing:
        return a_missing and b_missing
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) < 0.005
    return bool(a == b)


def compare_engines(df_b: Any, df_c: Any) -> list[tuple[str, str, Any, Any]]:
    """Every (file, field, pdfplumber value, pdfium value) that differs, success included."""
    diffs = []
    for (_, rb), (_, rc) in zip(df_b.iterrows(), df_c.iterrows(), strict=True):
        assert rb["file"] == rc["file"]
        name = Path(str(rb["file"])).name
        if rb["success"] != rc["success"]:
            diffs.append((name, "success/error_type", rb["error_type"], rc["error_type"]))
            continue
        for f in FIELDS:
            if not _same(rb[f], rc[f]):
                diffs.append((name, f, rb[f], rc[f]))
    return diffs


def accuracy(
    values: list[dict[str, Any]], paths: list[Path], truth: dict[str, Any]
) -> dict[str, float]:
    """Share of files where each field equals the generator's truth."""
    import datetime as dt

    from pdfkit_nb.values import coerce

    right = dict.fromkeys(FIELDS, 0)
    for got, path in zip(values, paths, strict=True):
        want = truth[str(path)]
        for f in FIELDS:
            expected = want["invoice_date" if f == "invoice_date" else f]
            value = coerce(got.get(f), KINDS[f])
            if isinstance(value, dt.date):
                value = value.isoformat()
            if isinstance(expected, float) and isinstance(value, float):
                right[f] += abs(expected - value) < 0.005
            else:
                right[f] += value == expected
    return {f: right[f] / len(paths) for f in FIELDS}


def _extract_next(rules: Any, docs: Any, specs: Any, _data: bytes) -> Any:
    return rules.extract(next(docs), specs)


def stage_breakdown(paths: list[Path], sample: int) -> dict[str, float]:
    """CPU ms per file of each stage, in this process on one core (no pool, no asyncio).

    Uses internal functions (``pdfkit_nb.pdf.parse_document``, the rules extractor) to say
    where a file's time goes; the batch's CPU per file minus these is the scheduling,
    inter-process and DataFrame overhead.
    """
    import hashlib
    import io
    import time

    import pdfplumber

    from pdfkit_nb.extractors import resolve_extractor
    from pdfkit_nb.fields import resolve_fields
    from pdfkit_nb.pdf import parse_document

    datas = [p.read_bytes() for p in paths[:sample]]
    specs = resolve_fields(FIELDS)
    rules = resolve_extractor("rules")

    def plumber_text(data: bytes) -> None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            "\n".join(page.extract_text() or "" for page in pdf.pages)

    def stage(fn: Any) -> float:
        fn(datas[0])  # warm imports and caches
        start = time.process_time()
        for data in datas:
            fn(data)
        return (time.process_time() - start) * 1000 / len(datas)

    out: dict[str, float] = {}
    out["sha256 of the bytes"] = stage(lambda d: hashlib.sha256(d).hexdigest())
    out["pdfplumber: extract_text (the naive loop's work)"] = stage(plumber_text)
    for engine in ("pdfplumber", "pdfium"):
        if engine == "pdfium":
            out["pdfium: bare pypdfium2 text"] = stage(bc.pdfium_page_texts)
        out[f"{engine}: parse_document, text only"] = stage(
            lambda d, e=engine: parse_document(d, engine=e, words=False)
        )
        out[f"{engine}: parse_document, text + words"] = stage(
            lambda d, e=engine: parse_document(d, engine=e, words=True)
        )
        docs = [parse_document(d, engine=engine, words=True) for d in datas]
        out[f"{engine}: rules extraction (3 fields)"] = stage(
            functools.partial(_extract_next, rules, iter(docs * 2), specs)
        )
    return out


def _rows(df: Any) -> list[dict[str, Any]]:
    out = []
    for _, row in df.iterrows():
        out.append({f: None if _same(row[f], None) else row[f] for f in FIELDS})
    return out


def run_set(
    label: str, paths: list[Path], args: argparse.Namespace, truth: dict[str, Any] | None
) -> dict[str, Any]:
    pages = bc.page_count(paths)
    print(f"\n-- {label}: {len(paths)} files, {pages} pages")
    if args.reps > 1:
        print(
            f"   the naive loops (slow) go over the files once, in {args.reps} parts, one part "
            f"beside each of the library's {args.reps} runs; their time is the parts' sum"
        )
    timings = bc.run_interleaved(
        [
            ("a naive pdfplumber loop", _in_parts(naive, paths, args.reps), args.reps),
            (
                "a2 naive loop on a Pool (reference)",
                _in_parts(naive_pool, paths, args.reps),
                args.reps,
            ),
            ("b extract_batch pdfplumber", lambda: library(paths, "pdfplumber"), args.reps),
            ("c extract_batch pdfium", lambda: library(paths, "pdfium"), args.reps),
        ]
    )
    for name in ("a naive pdfplumber loop", "a2 naive loop on a Pool (reference)"):
        timings[name] = _whole(timings[name], paths, args.reps)
    base = timings["a naive pdfplumber loop"]
    rows = []
    for t in timings.values():
        rows.append(
            [
                t.name,
                len(t.wall),
                t.wall_median,
                len(paths) / t.wall_median,
                pages / t.wall_median,
                t.cpu_median,
                base.wall_median / t.wall_median,
                base.cpu_median / t.cpu_median,
            ]
        )
    print()
    bc.print_table(
        [
            "configuration",
            "reps",
            "wall s (median)",
            "files/s",
            "pages/s",
            "CPU s",
            "speed-up (wall)",
            "CPU ratio",
        ],
        rows,
    )
    b, c = timings["b extract_batch pdfplumber"], timings["c extract_batch pdfium"]
    verdicts = [
        bc.verdict("(b) pdfplumber engine vs naive, wall", base.wall_median / b.wall_median, 1.7),
        bc.verdict("(c) pdfium engine vs naive, wall", base.wall_median / c.wall_median, 30.0),
    ]
    df_b, df_c = b.result, c.result
    failed = {
        "b": int((~df_b["success"]).sum()),
        "c": int((~df_c["success"]).sum()),
    }
    print(f"   failed rows: pdfplumber {failed['b']}, pdfium {failed['c']}")
    diffs = compare_engines(df_b, df_c)
    cells = len(paths) * len(FIELDS)
    print(
        f"   pdfplumber vs pdfium: {len(diffs)} differing values out of {cells} "
        f"({len({d[0] for d in diffs})} files)"
    )
    for d in diffs[: args.show]:
        print(f"     {d[0]}  {d[1]}: pdfplumber={d[2]!r}  pdfium={d[3]!r}")
    acc = None
    if truth is not None:
        acc = {
            "a naive (values coerced after timing)": accuracy(base.result, paths, truth),
            "b pdfplumber": accuracy(_rows(df_b), paths, truth),
            "c pdfium": accuracy(_rows(df_c), paths, truth),
        }
        print("   accuracy against the generator's truth:")
        bc.print_table(["configuration", *FIELDS], [[k, *v.values()] for k, v in acc.items()])
    breakdown = None
    if args.breakdown and truth is not None:  # generated files: all parse
        sample = min(args.breakdown, len(paths))
        print(
            f"\n   where the time goes: CPU ms per file, one core, in-process, first {sample} files"
        )
        breakdown = stage_breakdown(paths, sample)
        bc.print_table(["stage", "CPU ms/file"], list(breakdown.items()))
        cpus = bc.environment()["cpus_usable"]
        naive_ms = breakdown["pdfplumber: extract_text (the naive loop's work)"]
        for key, t in (("pdfplumber", b), ("pdfium", c)):
            work = (
                breakdown["sha256 of the bytes"]
                + breakdown[f"{key}: parse_document, text + words"]
                + breakdown[f"{key}: rules extraction (3 fields)"]
            )
            batch_ms = t.cpu_median * 1000 / len(paths)
            print(
                f"   {key}: stages {work:.1f} ms/file, whole batch {batch_ms:.1f} ms CPU/file "
                f"(overhead {batch_ms - work:+.1f}); ceiling on {cpus} idle cores with this "
                f"per-file cost: {naive_ms / batch_ms * cpus:.1f}x naive"
            )
    return {
        "breakdown_ms_per_file": breakdown,
        "files": len(paths),
        "pages": pages,
        "timings": {t.name: {"wall": t.wall, "cpu": t.cpu} for t in timings.values()},
        "verdicts": verdicts,
        "engine_diffs": [list(map(str, d)) for d in diffs],
        "failed": failed,
        "accuracy": acc,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bc.add_common_args(parser, n=500)
    parser.add_argument("--show", type=int, default=10, help="engine differences to print")
    parser.add_argument("--no-shared", action="store_true", help="skip ../shared/corpus")
    parser.add_argument(
        "--breakdown", type=int, default=40, help="files for the per-stage CPU table (0: skip)"
    )
    args = parser.parse_args()
    if args.quick:
        args.n, args.reps, args.breakdown = min(args.n, 60), 1, 10
    env = bc.print_header("bench_parallel: naive loop vs extract_batch", args)
    paths, truth = bc.generated_corpus(args.n, pages=(1, 3))
    results = {"env": env, "generated": run_set("generated invoices", paths, args, truth)}
    shared = {} if args.no_shared or args.quick else bc.shared_corpus_pdfs()
    if shared:
        real = [p for folder in shared.values() for p in folder]
        label = "../shared/corpus (" + ", ".join(f"{k} {len(v)}" for k, v in shared.items()) + ")"
        results["shared"] = run_set(label, real, args, None)
    elif not args.quick and not args.no_shared:
        print("\n(../shared/corpus not found: real-invoice run skipped)")
    bc.save_json("bench_parallel", results)


if __name__ == "__main__":
    main()
