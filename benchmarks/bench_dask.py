"""The local process executor vs Dask: what the distributed path costs on one machine.

Run: ``python benchmarks/bench_dask.py [--n 500] [--reps 3] [--quick]``
     ``python benchmarks/bench_dask.py --scheduler tcp://host:8786 --sources 's3://b/**/*.pdf'``

(a) ``executor="process"``: the local pebble pool, one worker per CPU.
(b) ``executor=client``: a Dask ``LocalCluster`` (one single-threaded worker process per CPU,
    2 on the reference machine) that is already running, as a Dask user's would be.
(c) ``executor="dask"``: the same, but pdfkit_nb starts the cluster and closes it at the end of
    the batch (cluster start-up included; informational).
Target (issue #7): (b) >= 0.8x the speed of (a). The frames must be equal, ``seconds`` aside.

With ``--scheduler`` the Dask runs use that cluster instead of a local one; ``--sources`` then
names files its workers can open (a shared path or URLs), and (a) reads them from here.
"""

from __future__ import annotations

import argparse
from typing import Any

import _common as bc

FIELDS = ["invoice_number", "invoice_date", "total"]


def extract(sources: Any, executor: Any, max_concurrent: int | None) -> Any:
    import pdfkit_nb

    return pdfkit_nb.extract_batch_sync(
        sources, FIELDS, executor=executor, max_concurrent=max_concurrent, progress=None
    )


def workers_cpu(client: Any) -> float:
    """CPU seconds the cluster's worker processes have used so far."""

    def cpu() -> float:
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        return used.ru_utime + used.ru_stime

    return float(sum(client.run(cpu).values()))


def differing_rows(a: Any, b: Any) -> int:
    """Rows whose values differ (missing equals missing), ``seconds`` aside."""
    a, b = (df.drop(columns="seconds").astype(object) for df in (a, b))
    a, b = (df.where(df.notna(), "<missing>") for df in (a, b))
    return int((a != b).any(axis=1).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bc.add_common_args(parser, n=500)
    parser.add_argument("--workers", type=int, default=None, help="local Dask workers (CPUs)")
    parser.add_argument("--scheduler", help="a running Dask scheduler's address (tcp://…)")
    parser.add_argument("--sources", help="what to extract (default: the generated corpus)")
    parser.add_argument(
        "--max-concurrent", type=int, default=None, help="files in flight (default: 2x CPUs)"
    )
    parser.add_argument("--no-cold", action="store_true", help="skip (c), the cold start")
    args = parser.parse_args()
    if args.quick:
        args.n, args.reps = min(args.n, 60), 1
    import distributed

    from pdfkit_nb.executors import available_cpus

    env = bc.print_header("bench_dask: local process executor vs a Dask cluster", args)
    sources: Any = args.sources
    if sources is None:
        sources, _ = bc.generated_corpus(args.n, pages=(1, 3))
    workers = args.workers or available_cpus()
    cluster = None
    if args.scheduler:
        client = distributed.Client(args.scheduler)
        where = f"the cluster at {args.scheduler}"
    else:
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = distributed.Client(cluster)
        where = f"a LocalCluster of {workers} single-threaded worker processes"
    print(f"   Dask runs use {where}; {sum(client.nthreads().values())} worker threads")
    mc = args.max_concurrent
    cluster_cpu: list[float] = []

    def on_running_cluster() -> Any:
        # Its workers outlive the run, so their CPU is not in this process's children's.
        before = workers_cpu(client)
        df = extract(sources, client, mc)
        cluster_cpu.append(workers_cpu(client) - before)
        return df

    configs: list[tuple[str, Any, int]] = [
        ("a process executor", lambda: extract(sources, "process", mc), args.reps),
        ("b dask, running cluster", on_running_cluster, args.reps),
    ]
    if not args.no_cold:
        cold = args.scheduler or "dask"
        configs.append(("c dask, cluster per batch", lambda: extract(sources, cold, mc), args.reps))
    try:
        # Warm the Dask workers' imports (the process pool's initializer does this for (a)).
        for module in ("pdfplumber", "pdfkit_nb.worker", "pdfkit_nb.extractors.rules"):
            client.run(__import__, module)
        timings = bc.run_interleaved(configs)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    base, warm = timings["a process executor"], timings["b dask, running cluster"]
    warm.cpu = [c + w for c, w in zip(warm.cpu, cluster_cpu, strict=True)]
    files = len(base.result)
    rows = []
    for t in timings.values():
        speed, cpu = base.wall_median / t.wall_median, base.cpu_median / t.cpu_median
        if t.name.startswith("c"):
            cpu = "-"  # its workers' CPU is lost with the cluster (they are not our children)
        rows.append([t.name, len(t.wall), t.wall_median, files / t.wall_median, speed, cpu])
    print()
    headers = ["configuration", "reps", "wall s (median)", "files/s", "speed vs (a)", "CPU vs (a)"]
    bc.print_table(headers, rows)
    print(
        "   CPU: every process's user+system seconds (this one, its pool, the Dask workers); "
        "less sensitive to a busy machine than wall time"
    )
    verdicts = [
        bc.verdict("(b) Dask vs local processes, speed", base.wall_median / warm.wall_median, 0.8),
        bc.verdict("(b) Dask vs local processes, CPU", base.cpu_median / warm.cpu_median, 0.8),
    ]
    differences = {}
    for t in timings.values():
        if t is base:
            continue
        differences[t.name] = differing_rows(base.result, t.result)
    print(f"   rows that differ from (a), seconds aside: {differences}")
    failed = int((~base.result["success"]).sum())
    print(f"   failed rows in (a): {failed} of {files}")
    bc.save_json(
        "bench_dask",
        {
            "env": env,
            "files": files,
            "workers": workers,
            "scheduler": args.scheduler,
            "timings": {t.name: {"wall": t.wall, "cpu": t.cpu} for t in timings.values()},
            "verdicts": verdicts,
            "differing_rows": differences,
        },
    )


if __name__ == "__main__":
    main()
