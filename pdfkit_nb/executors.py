"""Where the per-file CPU work runs: a process pool (default), a thread pool, or Dask."""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import os
import re
import signal
import sys
import threading
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, TypeAlias

from .errors import OptionError
from .worker import WorkerJob, WorkerOutcome, run_job

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "EXECUTOR_NAMES",
    "Executor",
    "ExecutorSpec",
    "ProcessExecutor",
    "ThreadExecutor",
    "available_cpus",
    "is_dask_client",
    "make_executor",
]

EXECUTOR_NAMES = ("process", "thread", "dask")

#: What ``executor=`` accepts: a name, a Dask scheduler address, a Client, or an Executor.
ExecutorSpec: TypeAlias = "str | Executor | Client | None"


def available_cpus() -> int:
    """CPUs this process may use (respects affinity masks and cgroup-pinned containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _timeout_outcome(timeout: float, detail: str) -> WorkerOutcome:
    return WorkerOutcome(
        error_type="timeout",
        error=f"took longer than the {timeout:g}s timeout; {detail}",
    )


class Executor(ABC):
    """Runs :func:`pdfkit_nb.worker.run_job` for one file and awaits its outcome."""

    name: str = "executor"
    workers: int = 1

    @abstractmethod
    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release workers. Idempotent."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(workers={self.workers})"


class ThreadExecutor(Executor):
    """Threads: no start-up cost, shares memory; parsing is GIL-bound (concurrency, not speed).

    A timed-out or cancelled file is asked to stop at its next page boundary; a thread
    cannot be killed, so a file stuck inside one page runs on until that page is done.
    """

    name = "thread"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(32, available_cpus() + 4)
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self.workers, thread_name_prefix="pdfkit_nb"
        )

    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
        stop = threading.Event()
        fut = asyncio.get_running_loop().run_in_executor(self._pool, run_job, job, stop)
        try:
            # shield: on timeout wait_for would cancel the future, which can't stop a thread
            # anyway; we signal the worker instead and keep the future to drain it.
            return await asyncio.wait_for(asyncio.shield(fut), timeout)
        except (asyncio.TimeoutError, TimeoutError):
            stop.set()
            return _timeout_outcome(timeout or 0, "it was abandoned at the next page boundary")
        except asyncio.CancelledError:
            stop.set()
            raise

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _init_worker() -> None:
    # Ctrl-C in a terminal reaches the whole process group: let the parent decide what to
    # cancel instead of every worker printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pdfplumber  # noqa: F401 - warm the import once per worker, not per file


def default_start_method() -> str:
    """``fork`` for scripts (fast, no re-import of ``__main__``), ``forkserver`` when interactive.

    In a Jupyter kernel the parent has many threads; forking it can deadlock, and
    ``forkserver`` forks from a clean single-threaded server instead. Scripts keep ``fork``
    so that code without an ``if __name__ == "__main__":`` guard still works.
    ``PDFKIT_NB_START_METHOD`` overrides both.
    """
    override = os.environ.get("PDFKIT_NB_START_METHOD")
    methods = multiprocessing.get_all_start_methods()
    if override:
        if override not in methods:
            raise OptionError(
                f"PDFKIT_NB_START_METHOD={override!r} is not available here; use one of {methods}"
            )
        return override
    if sys.platform == "win32" or "fork" not in methods:
        return "spawn"
    main = sys.modules.get("__main__")
    interactive = main is None or not getattr(main, "__file__", None)
    return "forkserver" if interactive and "forkserver" in methods else "fork"


class ProcessExecutor(Executor):
    """A pebble process pool: real parallel parsing, per-file timeouts that kill the worker,
    and a worker crash (segfault, ``os._exit``, out of memory) that fails only its file.

    pebble is used instead of ``concurrent.futures.ProcessPoolExecutor`` because the standard
    pool cannot stop one hung task and turns one dead worker into a broken pool.
    """

    name = "process"

    def __init__(
        self,
        workers: int | None = None,
        *,
        max_tasks: int = 500,
        start_method: str | None = None,
    ) -> None:
        import pebble

        self.workers = workers or available_cpus()
        self.start_method = start_method or default_start_method()
        ctx = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            ctx.set_forkserver_preload(["pdfkit_nb.worker", "pdfplumber"])
        elif self.start_method == "fork":
            # Import once here so every forked worker starts with pdfplumber loaded.
            import pdfplumber  # noqa: F401
        self._pebble = pebble
        # max_tasks recycles a worker after that many files: pdfminer keeps caches that
        # grow slowly over thousands of documents, and a fresh worker costs ~10 ms.
        self._pool: Any = pebble.ProcessPool(
            max_workers=self.workers,
            max_tasks=max_tasks,
            initializer=_init_worker,
            context=ctx,
        )
        self._closed = False

    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
        future = self._pool.schedule(run_job, args=(job,), timeout=timeout)
        try:
            outcome: WorkerOutcome = await asyncio.wrap_future(future)
            return outcome
        except concurrent.futures.TimeoutError:
            return _timeout_outcome(timeout or 0, "its worker process was stopped and replaced")
        except self._pebble.ProcessExpired as exc:
            return WorkerOutcome(error_type="crashed", error=_crash_message(exc.exitcode))
        except asyncio.CancelledError:
            future.cancel()  # pebble terminates the worker running a cancelled task
            raise
        except concurrent.futures.process.BrokenProcessPool as exc:  # pragma: no cover
            return WorkerOutcome(error_type="crashed", error=f"the worker pool broke: {exc}")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pool.stop()
        self._pool.join(timeout=10)


def _crash_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            sig = signal.Signals(-exitcode).name
        except ValueError:
            sig = f"signal {-exitcode}"
        hint = " (out of memory?)" if sig == "SIGKILL" else ""
        return f"the worker process died while parsing it: killed by {sig}{hint}"
    return f"the worker process died while parsing it (exit code {exitcode})"


def is_dask_client(obj: Any) -> bool:
    """Whether ``obj`` is a ``distributed.Client`` (checked without importing distributed)."""
    distributed = sys.modules.get("distributed")
    return distributed is not None and isinstance(obj, distributed.Client)


def _is_address(spec: Any) -> bool:
    """A Dask scheduler address: ``tcp://host:8786``, ``tls://…``, or ``host:8786``."""
    return isinstance(spec, str) and ("://" in spec or bool(re.fullmatch(r"[\w.\-]+:\d+", spec)))


def make_executor(
    executor: ExecutorSpec, *, files: int, timeout: float | None, max_concurrent: int
) -> tuple[Executor, bool]:
    """Resolve ``executor=`` once: returns the executor and whether the caller must close it.

    ``None`` picks ``process`` when there is real parallel work (4+ files and 2+ CPUs) or a
    timeout to enforce, else ``thread`` (no start-up cost for a file or two). ``"dask"``, a
    scheduler address (``"tcp://host:8786"``) or a ``distributed.Client`` run on Dask.
    """
    if isinstance(executor, Executor):
        return executor, False
    cpus = available_cpus()
    if executor == "dask" or is_dask_client(executor) or _is_address(executor):
        from .executors_dask import DaskExecutor

        spec = None if executor == "dask" else executor
        # Closing it closes only what it started (a LocalCluster, a connection), never a
        # client the caller passed in.
        return DaskExecutor(spec, n_workers=max(1, min(cpus, max_concurrent, files))), True
    if executor is None:
        executor = "process" if (files >= 4 and cpus > 1) or timeout is not None else "thread"
    if executor == "thread":
        return ThreadExecutor(min(max_concurrent, files, cpus + 4)), True
    if executor == "process":
        return ProcessExecutor(max(1, min(cpus, max_concurrent, files))), True
    raise OptionError(
        f"unknown executor {executor!r}; use 'process' (parallel, default for batches), "
        "'thread' (tiny batches, or where processes are unavailable), 'dask' (the current "
        "Dask client, else a local cluster), a Dask scheduler address, a distributed.Client "
        "or an Executor instance"
    )
