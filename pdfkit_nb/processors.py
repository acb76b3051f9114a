"""The batch layer: AsyncPDFProcessor (one file), AsyncBatchProcessor (many), BatchProcessor.

``BatchResult`` lives in :mod:`pdfkit_nb.results` and is importable from here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import time
from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import FileError, OptionError
from .executors import Executor, ExecutorSpec, is_dask_client, make_executor
from .extractors import resolve_extractor
from .extractors.base import Extractor
from .fields import Field, resolve_fields
from .pdf import ENGINES, PARSE_VERSION
from .progress.events import ProgressCallback, ProgressDispatcher, ProgressEvent, ProgressEventType
from .results import BatchResult, failed, internal_error, to_result
from .sources import Source, normalize_sources, read_source
from .worker import WorkerJob, WorkerOutcome, split_result

if TYPE_CHECKING:
    from .store import ExtractionRepository

__all__ = ["AsyncBatchProcessor", "AsyncPDFProcessor", "BatchProcessor", "BatchResult"]


def _validate_timeout(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise OptionError(f"timeout must be a positive number of seconds or None, not {timeout!r}")
    return float(timeout)


def _validate_password(password: Any) -> str | tuple[str, ...] | None:
    """A password, or several to try in turn (as a tuple: it travels to workers)."""
    if password is None or isinstance(password, str):
        return password
    if isinstance(password, (list, tuple)):
        if password and all(isinstance(p, str) for p in password):
            return tuple(password)
        raise OptionError(
            "password= as a list must hold one or more strings (passwords to try in turn), "
            f"not {password!r}"
        )
    raise OptionError(
        f"password must be a string, a list of strings to try in turn, or None, not "
        f"{type(password).__name__}; pass password={str(password)!r} if that is the password"
    )


class AsyncPDFProcessor:
    """Processes one file: read → sha256 → parse (in a worker) → extract → typed values.

    Parameters
    ----------
    engine
        ``"pdfplumber"`` (default) or ``"pdfium"``.
    password
        Password for encrypted files, or a list of passwords to try in turn.
    executor
        ``"process"``, ``"thread"``, an :class:`~pdfkit_nb.executors.Executor`, or ``None`` to
        choose per batch (processes for real batches, threads for a file or two).
    timeout
        Seconds per file; a file past it becomes a ``timeout`` error row.
    cache
        An :class:`~pdfkit_nb.store.ExtractionRepository`: a file whose content and settings
        were seen before comes back from it (``cached=True``); every new result is stored as
        soon as it completes.
    refresh
        Ignore stored results (but still store the new ones).
    retry_failed
        Re-process files whose stored result is a failure (default); ``False`` returns the
        stored failure.

    Examples
    --------
    >>> proc = AsyncPDFProcessor(engine="pdfplumber")
    >>> # data, sha256 = await proc.process_file_async(pdf_bytes, "a.pdf", "rules", ["total"])
    """

    def __init__(
        self,
        *,
        engine: str = "pdfplumber",
        password: str | Sequence[str] | None = None,
        executor: ExecutorSpec = None,
        timeout: float | None = None,
        cache: ExtractionRepository | None = None,
        refresh: bool = False,
        retry_failed: bool = True,
    ) -> None:
        if engine not in ENGINES:
            raise OptionError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
        if not (executor is None or isinstance(executor, (str, Executor))) and not is_dask_client(
            executor
        ):
            raise OptionError(
                "executor must be 'process', 'thread', 'dask', a Dask scheduler address, "
                f"a distributed.Client or an Executor, not {executor!r}"
            )
        self.engine = engine
        self.password = _validate_password(password)
        self.timeout = _validate_timeout(timeout)
        self._executor_spec = executor
        self._executor: Executor | None = None
        self._owns_executor = False
        self._users = 0
        #: What each batch's extractor sends to the workers (``Executor.portable``), by id.
        self._sendable: dict[int, tuple[Extractor, Extractor | None]] = {}
        self.cache = cache
        self.refresh = bool(refresh)
        self.retry_failed = bool(retry_failed)

    @property
    def executor(self) -> Executor | None:
        """The executor in use while a batch runs."""
        return self._executor

    async def _acquire(self, files: int, max_concurrent: int, extractor: Extractor) -> None:
        """Take the executor (made on first use) for a batch of ``extractor``.

        Raises :class:`~pdfkit_nb.OptionError` before any file starts when the extractor
        cannot be sent to the executor's workers.
        """
        self._users += 1
        if self._executor is None:
            self._executor, self._owns_executor = make_executor(
                self._executor_spec,
                files=files,
                timeout=self.timeout,
                max_concurrent=max_concurrent,
            )
        stage = extractor if extractor.in_worker else extractor.worker_stage
        try:
            sendable = stage if stage is None else self._executor.portable(stage)
        except BaseException:
            await self._release(finished=True)
            raise
        self._sendable[id(extractor)] = (extractor, sendable)

    async def _release(self, *, finished: bool = False) -> None:
        """Drop one user of the executor; close it (if ours) when the last one leaves.

        ``finished``: every file of the batch came back, so no worker is busy, and the
        results need not wait for the workers to stop (``Executor.close(wait=False)``). After
        a cancellation or an error they do, so nothing is left running when the call returns.
        """
        self._users -= 1
        if self._users > 0:
            return
        self._sendable.clear()
        if self._executor is not None:
            executor, owned = self._executor, self._owns_executor
            self._executor = None
            if owned:
                # Joining worker processes blocks; keep the event loop responsive meanwhile.
                await asyncio.to_thread(executor.close, wait=not finished)

    async def process_file_async(
        self,
        file_bytes: bytes,
        filename: str,
        extractor: Extractor | str | Any = "rules",
        fields: Any = (),
    ) -> tuple[dict[str, Any], str]:
        """Extract ``fields`` from one PDF given as bytes; return ``(data, sha256)``.

        Raises the matching :class:`~pdfkit_nb.errors.FileError` subclass on failure.
        """
        source = Source(filename, data=bytes(file_bytes))
        result = await self.process_source(
            source, resolve_extractor(extractor), resolve_fields(fields)
        )
        result.raise_for_error()
        return result.data, result.sha256 or ""

    async def process_source(
        self, source: Source, extractor: Extractor, fields: Mapping[str, Field]
    ) -> BatchResult:
        """Process one :class:`Source`. Never raises for a problem with the file."""
        await self._acquire(1, 1, extractor)
        run = self._start_run(fields, extractor, 1)
        try:
            return await self._process(source, extractor, fields, run)
        finally:
            await self._release()
            self._finish_run(run, "completed")

    def _start_run(
        self, fields: Mapping[str, Field], extractor: Extractor, total: int
    ) -> _CacheRun | None:
        if self.cache is None:
            return None
        from . import __version__
        from .store import cache_fingerprint

        fingerprint = cache_fingerprint(
            fields=fields,
            extractor_fingerprint=extractor.fingerprint(),
            engine=self.engine,
            password_set=self.password is not None,
            version=__version__,
            extra={"parse": PARSE_VERSION},
        )
        settings = {"engine": self.engine, "extractor": extractor.fingerprint()}
        run_id = self.cache.start_run(fields=fields, settings=settings, total=total)
        return _CacheRun(self.cache, fingerprint, run_id)

    def _finish_run(self, run: _CacheRun | None, status: str) -> None:
        if run is not None:
            run.store.finish_run(run.run_id, status=status)

    async def _process(
        self,
        source: Source,
        extractor: Extractor,
        fields: Mapping[str, Field],
        run: _CacheRun | None = None,
    ) -> BatchResult:
        assert self._executor is not None
        started = time.perf_counter()
        data: bytes | None = None
        # Paths and URLs travel to the worker, which opens them; a stream is read once, here.
        # With a cache, a URL is read here to hash it (else the worker would fetch it twice).
        if source.path is None and not (source.opens_in_worker and run is None):
            try:
                data = await read_source(source)
            except FileError as exc:
                return to_result(source, failed(exc), fields)
        if run is not None:
            hit = await self._lookup(source, data, run)
            if hit is not None:
                hit.seconds = time.perf_counter() - started
                return hit
        outcome = await self._parse(source, data, extractor, fields)
        if outcome.success and not extractor.in_worker and outcome.document is not None:
            await self._extract_on_loop(outcome, extractor, fields)
        result = to_result(source, outcome, fields)
        # Time spent on this file (read + parse + extract), not time queued behind others;
        # files whose worker never finished (timeouts, crashes) report their wall time.
        loop_side = outcome.timings.get("extract", 0.0) if not extractor.in_worker else 0.0
        worker = outcome.seconds
        result.seconds = worker + loop_side if worker is not None else time.perf_counter() - started
        if run is not None:
            text = outcome.document.text if outcome.document is not None else None
            # Committed before the row is reported: an interrupt or a SIGKILL after this point
            # loses nothing, and a rerun skips the file.
            await asyncio.to_thread(
                run.store.put, result, run.fingerprint, run_id=run.run_id, text=text
            )
        return result

    async def _lookup(
        self, source: Source, data: bytes | None, run: _CacheRun
    ) -> BatchResult | None:
        if self.refresh:
            return None
        # Hash and look up in one trip to a thread: on a warm rerun the trips are the cost.
        try:
            hit = await asyncio.to_thread(_stored, run, source.path, data)
        except OSError:
            return None  # the worker reports the problem as a row
        if hit is None or (not hit.success and self.retry_failed):
            return None
        hit.file_name, hit.index, hit.cached = source.name, source.index, True
        return hit

    async def _parse(
        self,
        source: Source,
        data: bytes | None,
        extractor: Extractor,
        fields: Mapping[str, Field],
    ) -> WorkerOutcome:
        assert self._executor is not None
        keep_text = self.cache is not None and self.cache.keep_text
        job = WorkerJob(
            name=source.name,
            path=str(source.path) if source.path is not None else None,
            data=data,
            url=source.url if data is None else None,
            fs=source.fs if data is None else None,
            engine=self.engine,
            password=self.password,
            fields=dict(fields),
            extractor=self._sendable[id(extractor)][1],
            return_text=keep_text or not extractor.in_worker,
            tables=bool(getattr(extractor, "needs_tables", False)),
        )
        return await self._executor.run(job, self.timeout)

    async def _extract_on_loop(
        self, outcome: WorkerOutcome, extractor: Extractor, fields: Mapping[str, Field]
    ) -> None:
        assert outcome.document is not None
        t = time.perf_counter()
        if extractor.worker_stage is not None:
            outcome.document.prefilled = dict(outcome.values)
        try:
            raw = await asyncio.wait_for(extractor.aextract(outcome.document, fields), self.timeout)
            outcome.values, outcome.meta = split_result(raw, extractor.name)
        except FileError as exc:
            outcome.error_type, outcome.error = exc.error_type, exc.message
        except (asyncio.TimeoutError, TimeoutError):
            outcome.error_type = "timeout"
            outcome.error = f"extractor {extractor.name!r} took longer than {self.timeout:g}s"
        except Exception as exc:
            outcome.error_type = "extractor_error"
            outcome.error = f"extractor {extractor.name!r} raised {type(exc).__name__}: {exc}"
        outcome.timings["extract"] = time.perf_counter() - t


@dataclass(frozen=True)
class _CacheRun:
    """One batch's link to the result store."""

    store: ExtractionRepository
    fingerprint: str
    run_id: str


def _stored(run: _CacheRun, path: Any, data: bytes | None) -> BatchResult | None:
    """The stored result for the file at ``path`` (or of ``data``), ``None`` if none."""
    sha = hashlib.sha256(data).hexdigest() if data is not None else _sha256_file(path)
    return run.store.get(sha, run.fingerprint)


def _sha256_file(path: Any) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _callbacks(progress_callback: Any) -> list[ProgressCallback]:
    if progress_callback is None:
        return []
    if isinstance(progress_callback, (list, tuple)):
        return list(progress_callback)
    return [progress_callback]


class AsyncBatchProcessor:
    """Runs an :class:`AsyncPDFProcessor` over many files, at most ``max_concurrent`` at once.

    Failures become rows; results can be had in input order (:meth:`process_batch`) or as they
    complete (:meth:`iter_batch`). Progress events go to ``progress_callback`` (one callable or
    a list; sync or async).

    Examples
    --------
    >>> batch = AsyncBatchProcessor(AsyncPDFProcessor(), max_concurrent=4)
    >>> # results = await batch.process_batch(["a.pdf", "b.pdf"], fields=["total"])
    """

    def __init__(
        self,
        pdf_processor: AsyncPDFProcessor | None = None,
        max_concurrent: int = 5,
        progress_callback: ProgressCallback | Sequence[ProgressCallback] | None = None,
    ) -> None:
        if (
            isinstance(max_concurrent, bool)
            or not isinstance(max_concurrent, int)
            or max_concurrent < 1
        ):
            raise OptionError(f"max_concurrent must be a positive integer, not {max_concurrent!r}")
        self.pdf_processor = pdf_processor or AsyncPDFProcessor()
        self.max_concurrent = max_concurrent
        self.dispatcher = ProgressDispatcher(_callbacks(progress_callback))

    async def process_batch(
        self,
        files: Any,
        extractor: Extractor | Any = None,
        fields: Any = None,
        method: str | None = None,
    ) -> list[BatchResult]:
        """All results, in input order. See :meth:`iter_batch` for the arguments."""
        results = [r async for r in self.iter_batch(files, extractor, fields, method)]
        results.sort(key=lambda r: r.index)
        return results

    async def iter_batch(
        self,
        files: Any,
        extractor: Extractor | Any = None,
        fields: Any = None,
        method: str | None = None,
    ) -> AsyncGenerator[BatchResult, None]:
        """Yield a :class:`BatchResult` per file as each completes.

        ``files`` is anything :func:`~pdfkit_nb.sources.normalize_sources` accepts (or a list
        of :class:`Source`); ``extractor`` an Extractor or callable, else ``method``
        (default ``"rules"``); ``fields`` as in :func:`~pdfkit_nb.extract_batch`.
        """
        sources = _as_sources(files)
        ex = resolve_extractor(extractor if extractor is not None else (method or "rules"))
        specs = resolve_fields(fields if fields is not None else ())
        # aclosing: when the caller stops early, close _run now (cancelling in-flight files)
        # instead of whenever the garbage collector finalises it.
        async with contextlib.aclosing(self._run(sources, ex, specs)) as results:
            async for result in results:
                yield result

    async def _run(
        self, sources: Sequence[Source], extractor: Extractor, fields: Mapping[str, Field]
    ) -> AsyncGenerator[BatchResult, None]:
        total = len(sources)
        emit = self.dispatcher.emit
        proc = self.pdf_processor
        limiter = asyncio.Semaphore(self.max_concurrent)
        finished: asyncio.Queue[BatchResult] = asyncio.Queue()
        tasks: set[asyncio.Task[None]] = set()

        async def one(source: Source) -> None:
            try:
                await emit(
                    ProgressEvent(
                        ProgressEventType.FILE_STARTED, source.name, source.index + 1, total
                    )
                )
                result = await proc._process(source, extractor, fields, run)
            except Exception as exc:
                result = internal_error(source, exc)
            finally:
                limiter.release()
            finished.put_nowait(result)

        async def launch() -> None:
            for source in sources:
                # Wait on the limiter *before* creating the task: at most max_concurrent tasks
                # (and file buffers) exist at once, whatever the batch size.
                await limiter.acquire()
                task = asyncio.create_task(one(source), name=f"pdfkit_nb:{source.name}")
                tasks.add(task)
                task.add_done_callback(tasks.discard)

        await proc._acquire(total, self.max_concurrent, extractor)
        run = proc._start_run(fields, extractor, total)
        done = failed = 0
        launcher: asyncio.Task[None] | None = None
        try:
            await emit(
                ProgressEvent(ProgressEventType.BATCH_STARTED, None, 0, total, f"{total} files")
            )
            launcher = asyncio.create_task(launch())
            while done < total:
                result = await finished.get()
                done += 1
                failed += not result.success
                kind = (
                    ProgressEventType.FILE_COMPLETED
                    if result.success
                    else ProgressEventType.FILE_FAILED
                )
                await emit(
                    ProgressEvent(
                        kind, result.file_name, done, total, error=result.error, result=result
                    )
                )
                yield result
        finally:
            pending = [t for t in (launcher, *tasks) if t is not None and not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            await proc._release(finished=done == total and not pending)
            proc._finish_run(run, "completed" if done == total else "cancelled")
            message = (
                f"{done - failed} succeeded, {failed} failed" if done == total else "cancelled"
            )
            await emit(ProgressEvent(ProgressEventType.BATCH_COMPLETED, None, done, total, message))


def _as_sources(files: Any) -> list[Source]:
    if isinstance(files, Iterable) and not isinstance(files, (str, bytes)):
        files = list(files)
        if files and all(isinstance(f, Source) for f in files):
            return [dataclasses.replace(f, index=i) for i, f in enumerate(files)]
    return normalize_sources(files)


class BatchProcessor:
    """The synchronous twin of :class:`AsyncBatchProcessor`, for code that is not async.

    Safe inside a running Jupyter kernel (see :func:`pdfkit_nb.run_sync`).
    """

    def __init__(
        self,
        pdf_processor: AsyncPDFProcessor | None = None,
        max_concurrent: int = 5,
        progress_callback: ProgressCallback | Sequence[ProgressCallback] | None = None,
    ) -> None:
        self._async = AsyncBatchProcessor(pdf_processor, max_concurrent, progress_callback)

    def process_batch(
        self,
        files: Any,
        extractor: Extractor | Any = None,
        fields: Any = None,
        method: str | None = None,
    ) -> list[BatchResult]:
        from .loop import run_sync

        return run_sync(self._async.process_batch(files, extractor, fields, method))
