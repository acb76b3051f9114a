"""Where the per-file CPU work runs: a process pool (default), a thread pool, or Dask."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import multiprocessing
import os
import re
import signal
import sys
import threading
import warnings
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from .errors import OptionError
from .worker import WorkerJob, WorkerOutcome, run_job, run_jobs

if TYPE_CHECKING:
    from distributed import Client

    from .extractors.base import Extractor

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

    #: Whether the workers run in this process (threads): an extractor needs no sending.
    in_process: bool = True

    def portable(self, extractor: Extractor) -> Extractor:
        """``extractor`` as this executor's workers can receive it: as it is for workers in
        this process, else as :func:`pdfkit_nb._portable.portable` sends it (notebook classes
        by value, unpicklable ones refused before any file starts)."""
        if self.in_process:
            return extractor
        from ._portable import portable

        return portable(extractor)

    def close(self, wait: bool = True) -> None:  # noqa: B027 - optional hook
        """Release workers. Idempotent.

        ``wait=False`` (only when no worker is busy) lets an executor whose shutdown is slow
        return first and finish stopping its workers on its own; others ignore it.
        """

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

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)  # idle threads stop at once


def _init_worker() -> None:
    # Ctrl-C in a terminal reaches the whole process group: let the parent decide what to
    # cancel instead of every worker printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pdfplumber  # noqa: F401 - warm the import once per worker, not per file

    from .pdf import quiet_for_good

    # Every problem with a file is reported in its row; the libraries' own chatter about the
    # objects they repair is noise, and silencing it per file cost as much as a small page.
    quiet_for_good()


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


@dataclass(eq=False)
class _Queued:
    """One file waiting for (or riding in) a chunk."""

    job: WorkerJob
    waiter: asyncio.Future[WorkerOutcome]
    chunk: _Chunk | None = None


@dataclass(eq=False)
class _Chunk:
    """Files sent to a worker as one task."""

    entries: list[_Queued]
    future: Any = None
    #: Re-sent alone after its chunk's worker died: a crash now is this file's own.
    solo: bool = False


class ProcessExecutor(Executor):
    """A pebble process pool: real parallel parsing, per-file timeouts that kill the worker,
    and a worker crash (segfault, ``os._exit``, out of memory) that fails only its file.

    pebble is used instead of ``concurrent.futures.ProcessPoolExecutor`` because the standard
    pool cannot stop one hung task and turns one dead worker into a broken pool.

    Small files travel in chunks: files queued in the same event-loop turn are sent to a
    worker as one task, sized so that a chunk takes about ``chunk_seconds`` of worker time
    (measured as the batch goes) and every worker gets some. One round trip per file costs
    the parent about a millisecond, as much as PDFium needs for a small page. After the pool
    has been idle, each worker's chunks start at one file and double up to that size (a slow
    start), so the first results of a batch come back after one file's work, not a whole
    chunk's: a progress bar moves at once and a model call can start while the rest is
    parsed. A file's worker dying fails only that file: the rest of its chunk is sent again
    one file per task. With ``timeout=`` every file is its own task, so that only the slow
    file's worker is killed.
    """

    name = "process"
    in_process = False

    def __init__(
        self,
        workers: int | None = None,
        *,
        max_tasks: int = 100,
        start_method: str | None = None,
        max_chunk: int = 32,
        chunk_seconds: float = 0.05,
    ) -> None:
        import pebble

        self.workers = workers or available_cpus()
        self.start_method = start_method or default_start_method()
        self.max_chunk = max(1, int(max_chunk))
        self.chunk_seconds = chunk_seconds
        ctx = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            ctx.set_forkserver_preload(["pdfkit_nb._preload"])
        elif self.start_method == "fork":
            # Once here, so every forked worker starts with the PDF libraries loaded and warm.
            from . import _preload  # noqa: F401
        self._pebble = pebble
        # max_tasks recycles a worker after that many tasks (up to max_chunk files each):
        # pdfminer keeps caches that grow slowly over thousands of documents, and a fresh
        # worker costs ~10 ms.
        self._pool: Any = pebble.ProcessPool(
            max_workers=self.workers,
            max_tasks=max_tasks,
            initializer=_init_worker,
            context=ctx,
        )
        self._closed = False
        self._queue: list[_Queued] = []
        # The loop a flush is scheduled on (per loop: a batch cancelled as its loop closed
        # must not leave the next batch, on another loop, waiting for a flush that never runs).
        self._flush_loop: asyncio.AbstractEventLoop | None = None
        #: Worker seconds per file, smoothed: sizes the chunks.
        self._per_file: float | None = None
        self._inflight: set[Any] = set()  # pebble futures of chunks not yet back
        #: Chunks sent since the pool was last idle: the slow start's clock.
        self._ramp = 0
        #: Tasks sent to the pool so far (a chunk is one task).
        self.tasks = 0

    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
        if timeout is not None or self.max_chunk == 1:
            return await self._run_alone(job, timeout)
        loop = asyncio.get_running_loop()
        entry = _Queued(job, loop.create_future())
        self._queue.append(entry)
        if self._flush_loop is not loop:
            # Called after every task ready in this turn has queued its file.
            self._flush_loop = loop
            loop.call_soon(self._flush)
        try:
            return await entry.waiter
        except asyncio.CancelledError:
            chunk = entry.chunk
            if chunk is not None and all(e.waiter.cancelled() for e in chunk.entries):
                chunk.future.cancel()  # pebble terminates the worker running it
            raise

    async def _run_alone(self, job: WorkerJob, timeout: float | None) -> WorkerOutcome:
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

    # -- chunks --------------------------------------------------------------------------

    def chunk_size(self) -> int:
        """Files per task: about ``chunk_seconds`` of worker time, by what was measured."""
        if self._per_file is None:
            return min(4, self.max_chunk)  # nothing measured yet: stay small
        return max(1, min(self.max_chunk, round(self.chunk_seconds / max(self._per_file, 1e-4))))

    def ramp_limit(self) -> int:
        """The largest chunk the slow start allows now: every worker's first chunk after the
        pool was idle is one file, its next two, then four, up to ``max_chunk``.

        Per worker, not per chunk: doubling on every chunk sent would hand the second worker a
        chunk twice the first one's, and the eighth file would ride in a chunk of eight (a
        model call at high ``ai_concurrency`` waits for its file's whole chunk).
        """
        return min(self.max_chunk, 1 << min(self._ramp // self.workers, 30))

    def _flush(self) -> None:
        self._flush_loop = None
        queue = [
            e for e in self._queue if not e.waiter.done() and not e.waiter.get_loop().is_closed()
        ]
        # Counted from the futures themselves, not from callbacks a closed loop may have lost.
        self._inflight = {f for f in self._inflight if not f.done()}
        # Two tasks per worker: one running, one queued behind it, so a worker never waits
        # for the parent to send more. Past that, files wait here until a full chunk forms
        # or a task finishes (which flushes again).
        target = 2 * self.workers
        while queue:
            free = target - len(self._inflight)
            size = self.chunk_size()
            if free <= 0 and len(queue) < size:
                break
            size = min(size, self.ramp_limit(), -(-len(queue) // max(free, 1)))
            self._ramp += 1
            self._submit(_Chunk(queue[:size]))
            queue = queue[size:]
        self._queue = queue

    def _submit(self, chunk: _Chunk) -> None:
        for entry in chunk.entries:
            entry.chunk = chunk
        if self._closed:
            error = RuntimeError("the process executor is closed")
            for entry in chunk.entries:
                if not entry.waiter.done():
                    entry.waiter.set_exception(error)
            return
        try:
            chunk.future = self._pool.schedule(run_jobs, args=([e.job for e in chunk.entries],))
        except Exception as exc:  # the pool is broken or stopped: fail these files, not hang
            broke = WorkerOutcome(error_type="crashed", error=f"the worker pool failed: {exc}")
            for entry in chunk.entries:
                if not entry.waiter.done():
                    entry.waiter.set_result(broke)
            return
        self._inflight.add(chunk.future)
        self.tasks += 1
        loop = chunk.entries[0].waiter.get_loop()

        def done(_future: Any) -> None:  # runs in pebble's thread
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits
                loop.call_soon_threadsafe(self._chunk_done, chunk)

        chunk.future.add_done_callback(done)

    def _chunk_done(self, chunk: _Chunk) -> None:
        self._inflight.discard(chunk.future)
        try:
            self._settle(chunk)
        finally:
            if self._queue:
                self._flush()
            elif not self._inflight:
                self._ramp = 0  # idle: the next batch starts slow again

    def _settle(self, chunk: _Chunk) -> None:
        future = chunk.future
        live = [e for e in chunk.entries if not e.waiter.done()]
        if not live:
            return
        if future.cancelled():  # the pool was stopped under it
            for entry in live:
                entry.waiter.cancel()
            return
        exc = future.exception()
        if exc is None:
            outcomes: list[WorkerOutcome] = future.result()
            for entry, outcome in zip(chunk.entries, outcomes, strict=True):
                if not entry.waiter.done():
                    entry.waiter.set_result(outcome)
            self._learn(outcomes)
        elif isinstance(exc, self._pebble.ProcessExpired):
            if chunk.solo or len(chunk.entries) == 1:
                crashed = WorkerOutcome(error_type="crashed", error=_crash_message(exc.exitcode))
                for entry in live:
                    entry.waiter.set_result(crashed)
            else:
                # Which file killed the worker? Each goes again on its own.
                for entry in live:
                    self._submit(_Chunk([entry], solo=True))
        elif isinstance(exc, concurrent.futures.process.BrokenProcessPool):  # pragma: no cover
            broke = WorkerOutcome(error_type="crashed", error=f"the worker pool broke: {exc}")
            for entry in live:
                entry.waiter.set_result(broke)
        else:  # e.g. a job that does not pickle: the caller reports it
            for entry in live:
                entry.waiter.set_exception(exc)

    def _learn(self, outcomes: list[WorkerOutcome]) -> None:
        seconds = [o.seconds for o in outcomes if o.seconds is not None]
        if not seconds:
            return
        mean = sum(seconds) / len(seconds)
        self._per_file = mean if self._per_file is None else 0.7 * self._per_file + 0.3 * mean

    def close(self, wait: bool = True) -> None:
        """Stop the workers. ``wait=False`` returns at once and stops them in a thread of
        its own: pebble's shutdown waits on threads that poll every 0.1 s (30-100 ms, a third
        of a small batch). That thread is not a daemon: an interpreter that exits meanwhile
        waits for the workers to be stopped."""
        if self._closed:
            return
        self._closed = True
        if wait:
            self._stop()
        else:
            threading.Thread(target=self._stop, name="pdfkit_nb-close-pool").start()

    def _stop(self) -> None:
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


@functools.cache
def _no_processes() -> str | None:
    """Why this Python cannot run a process pool, or ``None`` when it can.

    A lock is what a pool needs first (a POSIX semaphore: no ``/dev/shm`` on AWS Lambda and
    some containers); WebAssembly builds (JupyterLite) have no processes at all.
    """
    if sys.platform in ("emscripten", "wasi"):
        return f"{sys.platform} has no processes"
    try:
        multiprocessing.get_context(default_start_method()).Lock()
    except (OSError, NotImplementedError, ImportError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


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
        missing = _no_processes() if executor == "process" else None
        if missing is not None:
            # JupyterLite (Pyodide), AWS Lambda (no /dev/shm), some sandboxes: slower threads
            # beat a batch that cannot start.
            warnings.warn(
                f"worker processes are not available here ({missing}); parsing in threads "
                "instead (slower, and timeout= cannot stop a stuck file). Pass "
                "executor='thread' to say so and silence this warning.",
                RuntimeWarning,
                stacklevel=2,
            )
            executor = "thread"
    if executor == "thread":
        return ThreadExecutor(min(max_concurrent, files, cpus + 4)), True
    if executor == "process":
        try:
            return ProcessExecutor(max(1, min(cpus, max_concurrent, files))), True
        except (OSError, NotImplementedError, ImportError) as exc:
            raise OptionError(
                f"executor='process' cannot start worker processes here ({exc}); "
                "use executor='thread'"
            ) from exc
    raise OptionError(
        f"unknown executor {executor!r}; use 'process' (parallel, default for batches), "
        "'thread' (tiny batches, or where processes are unavailable), 'dask' (the current "
        "Dask client, else a local cluster), a Dask scheduler address, a distributed.Client "
        "or an Executor instance"
    )
