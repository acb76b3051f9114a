"""Run the per-file work on a Dask cluster: ``executor="dask"``, a Client, or an address."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import uuid
import warnings
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import OptionError
from .executors import Executor, _timeout_outcome, available_cpus
from .worker import WorkerJob, WorkerOutcome, run_job

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

__all__ = ["DaskExecutor", "run_job_with_deadline"]

_T = TypeVar("_T")
_INSTALL = "pip install 'pdfkit_nb[dask]'"


def run_job_with_deadline(job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
    """:func:`~pdfkit_nb.worker.run_job` with a per-file deadline: the task each file becomes.

    The clock starts when a worker starts the file, so time queued on a busy cluster does not
    count. Past the deadline the task returns a ``timeout`` outcome at once and its worker
    slot takes the next file; the abandoned parse stops at its next page boundary (a thread
    cannot be killed, so a file stuck inside one page runs on in the background until that
    page is done).

    Examples
    --------
    >>> run_job_with_deadline(WorkerJob("x.pdf", data=b"not a pdf"), timeout=5).error_type
    'not_pdf'
    """
    if timeout is None:
        return run_job(job)
    stop = threading.Event()
    box: list[WorkerOutcome | BaseException] = []

    def target() -> None:
        try:
            box.append(run_job(job, stop))
        except BaseException as exc:  # re-raised below: the task fails as it would inline
            box.append(exc)

    thread = threading.Thread(target=target, name="pdfkit_nb-deadline", daemon=True)
    thread.start()
    thread.join(timeout)
    if not box:
        stop.set()
        return _timeout_outcome(timeout, "it was abandoned on its Dask worker")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _worker_version() -> str:
    """Runs on every worker before a batch: checks pdfkit_nb is there and warms its imports."""
    import pdfplumber  # noqa: F401 - the first file on each worker should not pay for this

    from . import __version__

    return __version__


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise OptionError(f"executor='dask' needs dask and distributed: {_INSTALL}") from exc
    return distributed


class DaskExecutor(Executor):
    """Runs each file as one Dask task on a ``distributed`` cluster.

    The task is the same :func:`~pdfkit_nb.worker.run_job` the process executor runs. Only
    the batch's in-flight files (``max_concurrent``) are submitted at a time; each result
    streams back as it completes (awaited on the client's event loop, never a blocking
    gather) and is released on the cluster at once. Paths and URLs travel as themselves:
    workers open them, so a remote cluster needs the files on shared storage or as URLs.

    A file whose worker dies mid-task is retried on another worker by the scheduler, up to
    its ``distributed.scheduler.allowed-failures`` (Dask's default: 3), then becomes a
    ``crashed`` row. A file past ``timeout`` becomes a ``timeout`` row (see
    :func:`run_job_with_deadline`).

    Parameters
    ----------
    client
        A ``distributed.Client``, a scheduler address (``"tcp://host:8786"``), or ``None``:
        the current client (``distributed.default_client()``) if there is one, else a new
        ``LocalCluster`` of single-threaded worker processes. :meth:`close` closes only what
        was started here.
    n_workers
        Worker processes for a ``LocalCluster`` started here (default: the CPUs).
    retries
        For a ``LocalCluster`` started here: how often a file whose worker died is retried
        elsewhere before it is a ``crashed`` row (default: Dask's ``allowed-failures``).
        A cluster you bring keeps its own scheduler setting.

    Examples
    --------
    >>> from distributed import Client  # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
    >>> df = pk.extract_batch_sync("s3://bucket/invoices/**/*.pdf", ["total"],
    ...                            executor=client)  # doctest: +SKIP
    """

    name = "dask"
    in_process = False

    def __init__(
        self,
        client: Client | str | None = None,
        *,
        n_workers: int | None = None,
        retries: int | None = None,
    ) -> None:
        distributed = _import_distributed()
        if retries is not None and (
            isinstance(retries, bool) or not isinstance(retries, int) or retries < 0
        ):
            raise OptionError(f"retries must be a non-negative integer or None, not {retries!r}")
        self._cluster: LocalCluster | None = None
        self._owns_client = False
        self._closed = False
        if client is None:
            client = _current_client(distributed)
        if retries is not None and client is not None:
            raise OptionError(
                "retries= applies to a cluster pdfkit_nb starts; for your own cluster set "
                "distributed.scheduler.allowed-failures in the scheduler's Dask config"
            )
        if client is None:
            client = self._start_local(distributed, n_workers or available_cpus(), retries)
        elif isinstance(client, str):
            client = self._connect(distributed, client)
        elif not isinstance(client, distributed.Client):
            raise OptionError(
                f"expected a distributed.Client or a scheduler address, not {client!r}"
            )
        # Typed as Any inside: most of distributed's methods are not annotated.
        self._client: Any = client
        try:
            self._check(client)
        except BaseException:
            self.close()
            raise

    def _start_local(self, distributed: Any, n_workers: int, retries: int | None) -> Client:
        import dask

        config = {} if retries is None else {"distributed.scheduler.allowed-failures": retries}
        with dask.config.set(config):
            # Processes, one thread each: parsing is pure Python and holds the GIL.
            # ":0" puts the dashboard (if bokeh is installed) on a free port.
            self._cluster = distributed.LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            )
        try:
            client: Client = distributed.Client(self._cluster, set_as_default=False)
        except BaseException:
            self._cluster.close()
            raise
        self._owns_client = True
        return client

    def _connect(self, distributed: Any, address: str) -> Client:
        try:
            client: Client = distributed.Client(address, set_as_default=False)
        except OSError as exc:
            raise OptionError(
                f"cannot connect to the Dask scheduler at {address!r}: {exc}; is it running, "
                "and reachable from here?"
            ) from exc
        self._owns_client = True
        return client

    @property
    def client(self) -> Client:
        """The ``distributed.Client`` the files are submitted through."""
        client: Client = self._client
        return client

    def _check(self, client: Any) -> None:
        if client.status not in ("running", "connecting", "newly-created"):
            raise OptionError(f"the distributed.Client is {client.status}; pass a running one")
        if client.asynchronous:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is None or _client_loop(client) is not running:
                raise OptionError(
                    "an asynchronous distributed.Client works only with `await extract_batch"
                    "(...)` on the event loop it was created on; pass a regular Client"
                )
            self.workers = int(client.scheduler_info().get("total_threads", 0) or 1)
            return
        self._check_workers(client)
        self.workers = max(1, sum(client.nthreads().values()))

    def _check_workers(self, client: Any) -> None:
        """Fail before the batch, not once per file, when the workers cannot run pdfkit_nb."""
        answers = client.run(_worker_version, on_error="return")
        failed = [a for a in answers.values() if isinstance(a, BaseException)]
        # A worker that is leaving fails too; only an import problem, or every worker
        # failing, means the batch cannot run.
        broken = [a for a in failed if "ImportError" in repr(a) or "ModuleNotFound" in repr(a)]
        if broken or (failed and len(failed) == len(answers)):
            exc = (broken or failed)[0]
            raise OptionError(
                f"pdfkit_nb cannot run on the Dask workers ({exc}); install pdfkit_nb and its "
                "dependencies (the same versions as here) in the workers' environment"
            )
        from . import __version__

        other = sorted({a for a in answers.values() if isinstance(a, str) and a != __version__})
        if other:
            warnings.warn(
                f"pdfkit_nb {__version__} here but {', '.join(other)} on some Dask workers; "
                "install the same version everywhere",
                RuntimeWarning,
                stacklevel=5,
            )

    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
        import distributed

        future = self._client.submit(
            run_job_with_deadline,
            job,
            timeout,
            key=f"pdfkit_nb-file-{uuid.uuid4().hex}",
            pure=False,
        )
        try:
            results = await self._on_client_loop(self._client.gather([future], asynchronous=True))
            outcome: WorkerOutcome = results[0]
            return outcome
        except distributed.KilledWorker as exc:
            tries = getattr(exc, "allowed_failures", None)
            times = f" on {tries + 1} workers" if isinstance(tries, int) else ""
            return WorkerOutcome(
                error_type="crashed",
                error=f"the Dask worker process died while parsing it{times} (out of memory?)",
            )
        except concurrent.futures.CancelledError as exc:  # distributed's, not asyncio's
            return WorkerOutcome(
                error_type="crashed",
                error=f"its Dask task was cancelled on the cluster ({exc}); was the cluster "
                "restarted or shut down?",
            )
        finally:
            # Forget the task: frees the result on the worker, or cancels the task when
            # this file was cancelled (a running task's thread finishes its page first).
            future.release()

    async def _on_client_loop(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Await ``coro`` on the client's event loop (its own thread for a regular Client)."""
        loop = _client_loop(self._client)
        if loop is asyncio.get_running_loop():
            return await coro
        # Cancelling the wrapper cancels the coroutine on the client's loop too.
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, loop))

    def close(self, wait: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_client:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __repr__(self) -> str:
        where = getattr(getattr(self, "_client", None), "scheduler", None)
        where = getattr(where, "address", "?")
        return f"DaskExecutor(workers={self.workers}, scheduler={where!r})"


def _client_loop(client: Any) -> asyncio.AbstractEventLoop:
    # A tornado IOLoop on asyncio (the only kind tornado 5+ has) exposes its asyncio loop.
    loop: asyncio.AbstractEventLoop = client.loop.asyncio_loop
    return loop


def _current_client(distributed: Any) -> Client | None:
    try:
        client: Client = distributed.default_client()
    except ValueError:  # "No clients found"
        return None
    return client
