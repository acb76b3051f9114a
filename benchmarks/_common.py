"""Shared helpers for the benchmarks: cached generated corpora, timing with medians, tables."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: Generated corpora and JSON results live here (gitignored).
OUT = ROOT / "benchmarks" / "out"
#: The development corpus beside the project; absent in a user's clone.
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

for _path in (ROOT / "tests", ROOT):  # pdfgen (the invoice generator) and the package itself
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))


# ---------------------------------------------------------------- corpora


def _generate_chunk(
    args: tuple[str, int, int, tuple[int, int]],
) -> list[tuple[str, dict[str, Any]]]:
    from pdfgen import make_corpus

    directory, n, seed, pages = args
    made = make_corpus(directory, n, seed=seed, pages=pages)
    return [(str(path), _jsonable(truth)) for path, truth in made]


def pdfium_page_texts(source: str | bytes) -> list[str]:
    """The bare engine: every page's text with pypdfium2 (a path or the bytes), nothing else."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(source)
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def _jsonable(truth: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in truth.items()}


def generated_corpus(
    n: int, *, pages: tuple[int, int] = (1, 3), seed: int = 0, chunk: int = 50
) -> tuple[list[Path], dict[str, dict[str, Any]]]:
    """``n`` generated invoices (paths in a stable order) and their truth by file path.

    Written once under ``benchmarks/out/`` and reused: rendering with fpdf2 costs 20-40 ms a
    page, more than some of the runs being measured. Chunks of ``chunk`` files (each with its
    own seed) render on every CPU.
    """
    directory = OUT / f"corpus_n{n}_p{pages[0]}-{pages[1]}_s{seed}"
    manifest = directory / "truth.json"
    if manifest.exists():
        saved = json.loads(manifest.read_text())
        paths = [directory / rel for rel in saved["files"]]
        if all(p.exists() for p in paths):
            truth = {str(directory / rel): t for rel, t in saved["truth"].items()}
            return paths, truth
    started = time.perf_counter()
    print(f"generating {n} invoices ({pages[0]}-{pages[1]} pages) in {directory} ...", flush=True)
    jobs = [
        (str(directory / f"chunk_{k:03d}"), min(chunk, n - start), seed * 10_000 + k, pages)
        for k, start in enumerate(range(0, n, chunk))
    ]
    with get_context("fork").Pool(os.cpu_count() or 1) as pool:
        made = [pair for part in pool.map(_generate_chunk, jobs, chunksize=1) for pair in part]
    rel = {str(Path(p).relative_to(directory)): t for p, t in made}
    manifest.write_text(json.dumps({"files": list(rel), "truth": rel}, indent=0))
    print(f"  done in {time.perf_counter() - started:.1f}s", flush=True)
    return generated_corpus(n, pages=pages, seed=seed, chunk=chunk)


def shared_corpus_pdfs() -> dict[str, list[Path]]:
    """``{folder: [pdfs]}`` for every ``../shared/corpus/*/pdfs`` folder; empty when absent."""
    if not SHARED_CORPUS.is_dir():
        return {}
    found = {}
    for folder in sorted(SHARED_CORPUS.glob("*/pdfs")):
        pdfs = sorted(folder.glob("*.pdf"))
        if pdfs:
            found[folder.parent.name] = pdfs
    return found


def page_count(paths: Iterable[Path]) -> int:
    """Total pages, counted with pypdfium2 (cheap), for pages/s figures."""
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        total += len(pdf)
        pdf.close()
    return total


# ---------------------------------------------------------------- timing


def cpu_seconds() -> float:
    """User + system CPU of this process and of every child it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class Timing:
    """Wall and CPU seconds of each repetition of one configuration."""

    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    #: What each repetition returned (``result`` is the last).
    results: list[Any] = field(default_factory=list)

    @property
    def result(self) -> Any:
        return self.results[-1] if self.results else None

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def _await_pool_shutdown() -> None:
    """Wait for worker pools a finished batch is still stopping in the background.

    A batch returns once its last file is in, before its pool has stopped (that takes up to
    0.1 s); the workers' CPU only counts in ``RUSAGE_CHILDREN`` once they have been waited for.
    """
    for thread in threading.enumerate():
        if thread.name == "pdfkit_nb-close-pool":
            thread.join()


def run_interleaved(
    configs: Sequence[tuple[str, Callable[[], Any], int]],
) -> dict[str, Timing]:
    """Time each ``(name, fn, reps)``, interleaving repetitions (a b c a b c ...).

    Interleaving spreads a noisy neighbour's load over every configuration instead of
    penalising whichever happened to run while it was busy. Every result is kept.
    """
    timings = {name: Timing(name) for name, _, _ in configs}
    for rep in range(max(reps for _, _, reps in configs)):
        for name, fn, reps in configs:
            if rep >= reps:
                continue
            cpu0, wall0 = cpu_seconds(), time.perf_counter()
            result = fn()
            wall = time.perf_counter() - wall0
            _await_pool_shutdown()
            cpu = cpu_seconds() - cpu0
            t = timings[name]
            t.wall.append(wall)
            t.cpu.append(cpu)
            t.results.append(result)
            print(f"  rep {rep + 1}: {name}: {wall:.2f}s wall, {cpu:.2f}s CPU", flush=True)
    return timings


# ---------------------------------------------------------------- output


def environment() -> dict[str, Any]:
    """What the numbers depend on: CPUs, load, versions."""

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "-"

    try:
        cpus_usable = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus_usable = os.cpu_count() or 1
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": cpus_usable,
        "loadavg_1m": round(os.getloadavg()[0], 2),
        **{
            d: version(d)
            for d in ("pdfkit_nb", "pdfplumber", "pdfminer.six", "pypdfium2", "pebble", "pandas")
        },
    }


def print_header(title: str, args: argparse.Namespace) -> dict[str, Any]:
    env = environment()
    print(f"== {title}")
    print(f"   {dt.datetime.now().isoformat(timespec='seconds')}  args: {vars(args)}")
    print(
        f"   CPUs: {env['cpu_count']} (usable {env['cpus_usable']}), "
        f"load average (1 min) at start: {env['loadavg_1m']}, Python {env['python']}"
    )
    print(
        "   "
        + ", ".join(
            f"{d} {env[d]}" for d in ("pdfplumber", "pdfminer.six", "pypdfium2", "pebble", "pandas")
        )
    )
    if env["loadavg_1m"] > 0.5 * env["cpus_usable"]:
        print(
            f"   NOTE: the machine is busy (load {env['loadavg_1m']} on {env['cpus_usable']} "
            "CPUs): wall-clock figures are pessimistic; CPU seconds are less affected."
        )
    return env


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A Markdown table (pastes into the README as is)."""
    cells = [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in cells:
        print("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) + " |")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)


def verdict(label: str, measured: float, target: float, *, at_most: bool = False) -> dict[str, Any]:
    """Print ``label: measured (target ...) MET/NOT MET`` and return it as a record."""
    met = measured <= target if at_most else measured >= target
    sign = "<=" if at_most else ">="
    print(f"   {label}: {measured:.2f} (target {sign} {target:g}) -> {'MET' if met else 'NOT MET'}")
    return {"label": label, "measured": measured, "target": target, "met": met}


def add_common_args(parser: argparse.ArgumentParser, *, n: int) -> None:
    parser.add_argument("--n", type=int, default=n, help=f"files to generate (default {n})")
    parser.add_argument("--reps", type=int, default=3, help="repetitions; medians are reported")
    parser.add_argument("--quick", action="store_true", help="a small, fast smoke run")


def save_json(name: str, payload: dict[str, Any]) -> Path:
    """Write the run's figures to ``benchmarks/out/<name>.json`` (for the README's tables)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(payload, indent=1, default=str))
    print(f"   figures saved to {path.relative_to(ROOT)}")
    return path
