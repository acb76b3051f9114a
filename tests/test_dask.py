"""The Dask executor on a real two-process LocalCluster: same frame, crashes, timeouts, cancel."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import aclosing
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import invoice_bytes, invoice_truth

import pdfkit_nb as pk
from pdfkit_nb import _fsspec, executors_dask
from pdfkit_nb.document import Document
from pdfkit_nb.executors import make_executor
from pdfkit_nb.executors_dask import DaskExecutor, run_job_with_deadline
from pdfkit_nb.fields import Field
from pdfkit_nb.worker import WorkerJob

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

FIELDS = ["invoice_number", "invoice_date", "total"]


def run(sources: Any, fields: Any = FIELDS, **options: Any) -> pd.DataFrame:
    options.setdefault("progress", None)
    return pk.extract_batch_sync(sources, fields, **options)


class Sleepy(pk.Extractor):
    """Runs on the worker: sleeps ``seconds`` on INV-0002 (every file with ``all_files``)."""

    name = "sleepy"

    def __init__(self, seconds: float, all_files: bool = False) -> None:
        self.seconds, self.all_files = seconds, all_files

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, Any]:
        if self.all_files or "INV-0002" in doc.text:
            time.sleep(self.seconds)
        return {"invoice_number": doc.text.split("Invoice Number: ")[1].split()[0]}


class DiesOn4(pk.Extractor):
    """Kills its worker process on INV-0004, like a segfault in a PDF library would."""

    name = "dies-on-4"

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, Any]:
        if "INV-0004" in doc.text:
            os._exit(3)
        return {"invoice_number": "ok"}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """One cluster for the module (starting one takes seconds): 2 processes, 1 thread each.

    ``allowed-failures=1``: a file whose worker dies is retried once, then it is a row.
    """
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    c = distributed.Client(cluster, set_as_default=False)
    yield c
    c.close()
    cluster.close()


def _worker_pids(client: Any) -> set[int]:
    return set(client.run(os.getpid).values())


def _our_keys(client: Any) -> list[str]:
    def keys(dask_scheduler: Any) -> list[str]:
        return [str(k) for k in dask_scheduler.tasks if str(k).startswith("pdfkit_nb")]

    found: list[str] = client.run_on_scheduler(keys)
    return found


# ------------------------------------------------------------------ same frame as local
def test_dask_gives_the_same_frame_as_the_process_executor(mixed_dir: Path, client: Any) -> None:
    sources = [
        *sorted(mixed_dir.glob("*.pdf")),
        mixed_dir / "missing.pdf",
        ("bytes.pdf", invoice_bytes(9)),
    ]
    local = run(sources, executor="process").drop(columns="seconds")
    remote = run(sources, executor=client).drop(columns="seconds")
    pd.testing.assert_frame_equal(local, remote)
    assert remote["success"].sum() == 6
    assert remote["error_type"].tolist()[5:9] == ["not_pdf", "no_text", "corrupt", "not_found"]


def test_an_extractor_written_in_a_function_runs_on_the_workers_by_value(
    invoice_dir: Path, client: Any
) -> None:
    # As one written in a notebook cell: the workers cannot import it by name.
    class FirstWord(pk.Extractor):
        def extract(self, doc: Any, fields: Any) -> dict[str, str]:
            return {"first_word": doc.pages[0].words[0].text}

    df = run(invoice_dir, ["first_word"], method=FirstWord(), executor=client)
    assert df["success"].all() and df["first_word"].notna().all()

    class Locked(FirstWord):
        def __init__(self) -> None:
            self.lock = threading.Lock()

    with pytest.raises(pk.OptionError, match="cannot be sent to the worker processes"):
        run(invoice_dir, ["first_word"], method=Locked(), executor=client)


def test_scheduler_address_and_current_client(
    invoice_dir: Path, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_new_cluster(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a LocalCluster was started although a client exists")

    monkeypatch.setattr(distributed, "LocalCluster", no_new_cluster)
    by_address = run(invoice_dir, executor=client.scheduler.address)
    with client.as_current():
        current = run(invoice_dir, executor="dask")
    for df in (by_address, current):
        assert df["invoice_number"].tolist() == [f"INV-{n:04d}" for n in range(1, 6)]
    assert client.status == "running"  # closing the batch closed only its own connection


# ------------------------------------------------------------------ URLs
def test_urls_are_opened_on_the_workers(
    served: str, invoice_dir: Path, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fsspec")
    read_here: list[str] = []
    real = _fsspec.read_url

    def spy(url: str, fs: Any = None) -> bytes:
        read_here.append(url)
        return real(url, fs)

    monkeypatch.setattr(_fsspec, "read_url", spy)
    urls = [f"{served}/invoice_{n}.pdf" for n in range(1, 6)]
    remote = run([*urls, f"{served}/missing.pdf"], executor=client)
    local = run(invoice_dir, executor="process")
    same = [c for c in local.columns if c not in ("file", "seconds")]
    pd.testing.assert_frame_equal(remote.iloc[:5][same], local[same])
    assert remote.loc[5, "error_type"] == "not_found"
    assert read_here == []  # the workers fetched the bytes; none came through the client


def test_memory_urls_are_read_by_the_client(client: Any) -> None:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    root = f"/pdfkit_nb_dask_{os.getpid()}"
    for n in (1, 2):
        fs.pipe(f"{root}/invoice_{n}.pdf", invoice_bytes(n))
    try:
        # The workers are other processes: they cannot see this process's memory://.
        df = run(f"memory://{root}/*.pdf", ["invoice_number"], executor=client)
    finally:
        fs.rm(root, recursive=True)
    assert df["invoice_number"].tolist() == ["INV-0001", "INV-0002"]


# ------------------------------------------------------------------ failures are rows
def test_killing_a_worker_mid_batch_loses_no_rows(invoice_dir: Path, client: Any) -> None:
    for n in range(6, 13):
        (invoice_dir / f"invoice_{n}.pdf").write_bytes(invoice_bytes(n))
    client.wait_for_workers(2)
    before = _worker_pids(client)

    async def batch() -> list[pk.BatchResult]:
        got = []
        it = pk.iter_batch(
            invoice_dir, ["invoice_number"], method=Sleepy(0.5, all_files=True),
            executor=client, max_concurrent=4, progress=None,
        )  # fmt: skip
        async with aclosing(it) as results:
            async for result in results:
                if not got:  # both workers are busy with the next files now
                    os.kill(min(before), signal.SIGKILL)
                got.append(result)
        return got

    results = asyncio.run(batch())
    assert sorted(r.index for r in results) == list(range(12))
    assert all(r.success for r in results), [r.error for r in results if not r.success]
    assert {r.data["invoice_number"] for r in results} == {f"INV-{n:04d}" for n in range(1, 13)}
    client.wait_for_workers(2)
    assert min(before) not in _worker_pids(client)  # the nanny replaced the killed worker


def test_a_file_that_kills_every_worker_becomes_a_crashed_row(
    invoice_dir: Path, client: Any
) -> None:
    client.wait_for_workers(2)
    # max_concurrent=1: only the poisonous file is on a worker when it dies (with more in
    # flight, Dask counts the death against every file queued on that worker too).
    df = run(invoice_dir, ["invoice_number"], method=DiesOn4(), executor=client, max_concurrent=1)
    assert df["success"].tolist() == [True, True, True, False, True]
    assert df.loc[3, "error_type"] == "crashed"
    assert "died while parsing it on 2 workers" in df.loc[3, "error"]


def test_timeout_is_a_row_and_the_worker_moves_on(invoice_dir: Path, client: Any) -> None:
    client.wait_for_workers(2)
    df = run(invoice_dir, ["invoice_number"], method=Sleepy(30), executor=client, timeout=2)
    assert df["error_type"].tolist()[1] == "timeout"
    assert "2s timeout" in df.loc[1, "error"] and "Dask worker" in df.loc[1, "error"]
    assert df["success"].tolist() == [True, False, True, True, True]


def test_run_job_with_deadline_returns_at_the_deadline() -> None:
    job = WorkerJob("slow.pdf", data=invoice_bytes(2), extractor=Sleepy(1.5), fields={})
    out = run_job_with_deadline(job, timeout=0.5)
    assert out.error_type == "timeout" and "0.5s timeout" in (out.error or "")
    fast = run_job_with_deadline(WorkerJob("x.pdf", data=b"not a pdf"), timeout=5)
    assert fast.error_type == "not_pdf"
    for thread in threading.enumerate():  # the abandoned parse finishes its sleep, then ends
        if thread.name == "pdfkit_nb-deadline":
            thread.join()


# ------------------------------------------------------------------ streaming, cancellation
@pytest.mark.asyncio
async def test_results_stream_as_they_complete(invoice_dir: Path, client: Any) -> None:
    order = []
    # max_concurrent=2: one file per worker, so no fast file queues behind the slow one.
    it = pk.iter_batch(
        invoice_dir, ["invoice_number"], method=Sleepy(3),
        executor=client, max_concurrent=2, progress=None,
    )  # fmt: skip
    async for result in it:
        order.append(result.index)
    assert sorted(order) == list(range(5))
    assert order[-1] == 1  # the slow file came last, the others did not wait for it


@pytest.mark.asyncio
async def test_stopping_early_cancels_the_in_flight_tasks(invoice_dir: Path, client: Any) -> None:
    it = pk.iter_batch(
        invoice_dir, ["invoice_number"], method=Sleepy(2, all_files=True),
        executor=client, max_concurrent=2, progress=None,
    )  # fmt: skip
    async with aclosing(it) as results:
        async for _ in results:
            break
    for _ in range(100):  # releasing a key reaches the scheduler asynchronously
        if not _our_keys(client):
            break
        await asyncio.sleep(0.1)
    assert _our_keys(client) == []


# ------------------------------------------------------------------ a cluster of our own
def test_without_a_client_a_local_cluster_is_started_and_closed(
    invoice_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Any] = []
    real = distributed.LocalCluster

    def recording(*args: Any, **kwargs: Any) -> Any:
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(distributed, "LocalCluster", recording)
    df = run([invoice_dir / "invoice_1.pdf"], executor="dask")
    assert df.loc[0, "invoice_number"] == invoice_truth(1, day=1)["invoice_number"]
    assert len(started) == 1 and started[0].status.name == "closed"


def test_retries_bound_the_attempts_on_a_cluster_we_start(invoice_dir: Path) -> None:
    with DaskExecutor(n_workers=1, retries=0) as ex:
        df = run(invoice_dir, ["invoice_number"], method=DiesOn4(), executor=ex, max_concurrent=1)
        assert df["error_type"].tolist()[3] == "crashed"
        assert "on 1 workers" in df.loc[3, "error"]
        assert df["success"].sum() == 4
    assert ex._cluster is not None and ex._cluster.status.name == "closed"


# ------------------------------------------------------------------ misuse
@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("gpu", "unknown executor"),
        (object(), "executor must be"),
    ],
    ids=["unknown-name", "wrong-type"],
)
def test_bad_executor_values(invoice_dir: Path, spec: Any, message: str) -> None:
    with pytest.raises(pk.OptionError, match=message):
        run(invoice_dir, executor=spec)


def test_unreachable_scheduler_is_a_clear_error() -> None:
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(pk.OptionError, match="cannot connect to the Dask scheduler"),
    ):
        make_executor("tcp://127.0.0.1:9", files=1, timeout=None, max_concurrent=1)


def test_workers_without_pdfkit_nb_fail_before_the_batch(
    invoice_dir: Path, client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A probe the workers cannot import stands for a worker environment without pdfkit_nb.
    (tmp_path / "only_on_the_client.py").write_text("def version():\n    return '0'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import only_on_the_client

    monkeypatch.setattr(executors_dask, "_worker_version", only_on_the_client.version)
    with pytest.raises(pk.OptionError, match="cannot run on the Dask workers"):
        run(invoice_dir, executor=client)


def test_a_version_mismatch_is_warned_about(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pk, "__version__", "0.0.0-client")
    with pytest.warns(RuntimeWarning, match="0.0.0-client here but"):
        DaskExecutor(client).close()


def test_a_closed_client_is_refused(client: Any) -> None:
    closed = distributed.Client(client.scheduler.address, set_as_default=False)
    closed.close()
    with pytest.raises(pk.OptionError, match="Client is closed"):
        DaskExecutor(closed)


def test_retries_apply_only_to_a_cluster_we_start(client: Any) -> None:
    with pytest.raises(pk.OptionError, match="allowed-failures"):
        DaskExecutor(client, retries=2)


def test_core_import_loads_neither_dask_nor_fsspec() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from conftest import invoice_bytes
        import pdfkit_nb as pk
        heavy = ("dask", "distributed", "fsspec")
        assert not [m for m in heavy if m in sys.modules], "on import"
        df = pk.extract_batch_sync([invoice_bytes(1)], ["total"], progress=None)
        assert df["success"].all()
        loaded = [m for m in heavy if m in sys.modules]
        assert not loaded, f"after a batch: {{loaded}}"
        print("clean")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "clean"
