"""Peak memory of extract_batch for 100 vs 1,000 files: it must not grow with the batch.

Run: ``python benchmarks/bench_memory.py [--n 1000] [--small 100] [--reps 3] [--quick]``.

Each measurement runs in a fresh Python process (``--child``) so that nothing from an earlier
run (imports, caches, the allocator's high-water mark) is counted. Inside it a thread samples,
every 50 ms, the whole process tree (the parent and every worker process) from ``/proc``:

* RSS sum: resident memory of every process added up. Forked workers share pages with the
  parent (copy-on-write), so this over-counts what the machine really spends.
* PSS sum: proportional set size (``/proc/<pid>/smaps_rollup``): shared pages divided among
  the processes sharing them; the fairest "memory the batch costs" figure.

``ru_maxrss`` of the parent and of its largest worker (``getrusage``) are reported too.
Target (issue #3): peak for 1,000 files < 1.25 x peak for 100 files.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import _common as bc

FIELDS = ["invoice_number", "invoice_date", "total"]
TARGET = 1.25


# ---------------------------------------------------------------- the child process


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants (``/proc/<pid>/task/<tid>/children``: workers may be
    started from any of the parent's threads)."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                    todo.extend(int(c) for c in fh.read().split())
            except OSError:
                continue
    return out


def _kb(path: str, key: bytes) -> int:
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class Sampler(threading.Thread):
    """Polls the process tree's RSS and PSS sums and keeps their peaks (in KiB)."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_rss = self.peak_pss = self.peak_procs = 0
        self._stop_event = threading.Event()

    def sample(self) -> None:
        pids = _tree(os.getpid())
        rss = sum(_kb(f"/proc/{p}/status", b"VmRSS:") for p in pids)
        pss = sum(_kb(f"/proc/{p}/smaps_rollup", b"Pss:") for p in pids)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_procs = max(self.peak_procs, len(pids))

    def run(self) -> None:
        while not self._stop_event.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self._stop_event.set()
        self.join()
        self.sample()


def child(files: int, engine: str, corpus: int) -> None:
    import pdfkit_nb

    paths, _ = bc.generated_corpus(corpus, pages=(1, 3))
    paths = paths[:files]
    sampler = Sampler()
    sampler.sample()
    sampler.start()
    started = time.perf_counter()
    df = pdfkit_nb.extract_batch_sync(paths, FIELDS, engine=engine, progress=None)
    seconds = time.perf_counter() - started
    sampler.stop()
    assert len(df) == files
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    record = {
        "files": files,
        "engine": engine,
        "ok": int(df["success"].sum()),
        "seconds": seconds,
        "peak_rss_sum_mb": sampler.peak_rss / 1024,
        "peak_pss_sum_mb": sampler.peak_pss / 1024,
        "processes": sampler.peak_procs,
        "maxrss_parent_mb": own / 1024,
        "maxrss_largest_worker_mb": kids / 1024,
    }
    print("RESULT " + json.dumps(record))


# ---------------------------------------------------------------- the driver


def measure(files: int, engine: str, corpus: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        f"--files={files}",
        f"--engine={engine}",
        f"--n={corpus}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    record: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    print(
        f"  {engine:10} {files:5} files: {record['seconds']:.1f}s, peak PSS sum "
        f"{record['peak_pss_sum_mb']:.1f} MB, peak RSS sum {record['peak_rss_sum_mb']:.1f} MB, "
        f"{record['processes']} processes",
        flush=True,
    )
    return record


KEYS = (
    "peak_pss_sum_mb",
    "peak_rss_sum_mb",
    "maxrss_parent_mb",
    "maxrss_largest_worker_mb",
    "seconds",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bc.add_common_args(parser, n=1000)
    parser.add_argument("--small", type=int, default=100, help="the small batch (default 100)")
    parser.add_argument("--engines", default="pdfium,pdfplumber", help="comma-separated")
    parser.add_argument(
        "--slow-reps", type=int, default=1, help="repetitions for pdfplumber (slow; default 1)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--files", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.files, args.engine, args.n)
        return
    if args.quick:
        args.n, args.small, args.reps, args.slow_reps = min(args.n, 200), 20, 1, 1
    env = bc.print_header("bench_memory: peak memory, small vs large batch", args)
    bc.generated_corpus(args.n, pages=(1, 3))  # generate once, outside the measurements
    results: dict[str, Any] = {"env": env, "runs": []}
    rows, verdicts = [], []
    for engine in args.engines.split(","):
        reps = args.slow_reps if engine == "pdfplumber" else args.reps
        print(f"\n-- engine={engine}: {reps} repetition(s) of each size, medians")
        runs: dict[int, list[dict[str, Any]]] = {args.small: [], args.n: []}
        for _ in range(reps):
            for files in (args.small, args.n):
                runs[files].append(measure(files, engine, args.n))
        med = {
            files: {k: statistics.median(r[k] for r in recs) for k in KEYS}
            for files, recs in runs.items()
        }
        for files in (args.small, args.n):
            rows.append([engine, files, reps, *(med[files][k] for k in KEYS)])
        growth = med[args.n]["peak_pss_sum_mb"] / med[args.small]["peak_pss_sum_mb"]
        growth_rss = med[args.n]["peak_rss_sum_mb"] / med[args.small]["peak_rss_sum_mb"]
        verdicts.append((engine, growth, growth_rss))
        results["runs"].extend(r for recs in runs.values() for r in recs)
    print()
    bc.print_table(
        [
            "engine",
            "files",
            "reps",
            "peak PSS sum MB",
            "peak RSS sum MB",
            "maxrss parent MB",
            "maxrss worker MB",
            "seconds",
        ],
        rows,
    )
    results["verdicts"] = []
    for engine, growth, growth_rss in verdicts:
        for label, value in (("PSS sum", growth), ("RSS sum", growth_rss)):
            results["verdicts"].append(
                bc.verdict(
                    f"{engine}: peak {label}, {args.n} / {args.small} files",
                    value,
                    TARGET,
                    at_most=True,
                )
            )
    bc.save_json("bench_memory", results)


if __name__ == "__main__":
    main()
