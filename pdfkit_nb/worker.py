"""The per-file work, as plain synchronous code that runs in a worker process or thread."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .errors import ExtractorError, FileError
from .extractors.base import Extracted, Extractor
from .fields import Field
from .pdf import check_stop, parse_document, stop_on
from .sources import read_path

__all__ = ["WorkerJob", "WorkerOutcome", "run_extractor", "run_job", "run_jobs", "split_result"]


@dataclass(frozen=True)
class WorkerJob:
    """Everything a worker needs for one file. Picklable: paths and URLs travel, not bytes."""

    name: str
    path: str | None = None
    data: bytes | None = None
    engine: str = "pdfplumber"
    password: str | tuple[str, ...] | None = None
    fields: Mapping[str, Field] = field(default_factory=dict)
    #: An extractor that runs in the worker (sees words); ``None`` means "text only".
    extractor: Extractor | None = None
    #: Send the document's text back (for extractors that run on the event loop).
    return_text: bool = False
    #: Also find tables on every page (pdfplumber's table finder).
    tables: bool = False
    #: An fsspec URL the worker opens itself (``fs``: the filesystem to open it with).
    url: str | None = None
    fs: Any = None


@dataclass
class WorkerOutcome:
    """What comes back from a worker. Errors are data here, never exceptions."""

    sha256: str | None = None
    pages: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    document: Document | None = None
    error_type: str | None = None
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: Seconds the worker spent on the file, failed or not (``None``: it never finished).
    seconds: float | None = None

    @property
    def success(self) -> bool:
        return self.error_type is None


def run_job(job: WorkerJob, stop: threading.Event | None = None) -> WorkerOutcome:
    """Read, hash, parse and (for in-worker extractors) extract one file.

    Never raises for a problem with the file: the outcome carries ``error_type`` and ``error``.
    ``stop`` lets a thread executor abandon the file between stages.
    """
    out = WorkerOutcome()
    t0 = time.perf_counter()
    try:
        with stop_on(stop):
            data = job.data if job.data is not None else _read(job)
            out.sha256 = hashlib.sha256(data).hexdigest()
            t1 = time.perf_counter()
            out.timings["read"] = t1 - t0
            check_stop()
            doc = parse_document(
                data,
                engine=job.engine,
                password=job.password,
                words=job.extractor is not None and job.extractor.needs_words,
                tables=job.tables,
            )
            del data  # release the bytes before extraction: memory is bounded per worker
            out.pages = doc.page_count
            t2 = time.perf_counter()
            out.timings["parse"] = t2 - t1
            check_stop()
            if job.extractor is not None:
                out.values, out.meta = run_extractor(job.extractor, doc, job.fields)
                out.timings["extract"] = time.perf_counter() - t2
            if job.return_text:
                out.document = doc.without_words()
    except FileError as exc:
        out.error_type, out.error = exc.error_type, exc.message
    out.seconds = time.perf_counter() - t0
    return out


def run_jobs(jobs: list[WorkerJob]) -> list[WorkerOutcome]:
    """:func:`run_job` for several files in one task: one round trip to the worker for all."""
    return [run_job(job) for job in jobs]


def _read(job: WorkerJob) -> bytes:
    if job.url is not None:
        from ._fsspec import read_url

        return read_url(job.url, job.fs)
    return read_path(Path(job.path or ""))


def run_extractor(
    extractor: Extractor, doc: Document, fields: Mapping[str, Field]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Call a synchronous extractor; any exception it raises becomes an ``ExtractorError``."""
    try:
        result = extractor.extract(doc, fields)
    except FileError:
        raise
    except Exception as exc:
        raise ExtractorError(
            f"extractor {extractor.name!r} raised {type(exc).__name__}: {exc}"
        ) from exc
    return split_result(result, extractor.name)


def split_result(result: Any, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(values, meta)`` from what an extractor returned (a mapping or an ``Extracted``)."""
    meta: dict[str, Any] = {}
    if isinstance(result, Extracted):
        meta = dict(result.meta)
        result = result.values
    if result is None:
        return {}, meta
    if not isinstance(result, Mapping):
        raise ExtractorError(
            f"extractor {name!r} returned {type(result).__name__}; it must return a dict "
            "of field name -> value"
        )
    return dict(result), meta
