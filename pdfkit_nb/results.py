"""What a batch gives back per file: :class:`BatchResult`, and how a worker's outcome, a
per-file error or an unexpected exception becomes one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import FileError, error_class_for
from .extractors.base import FieldValue
from .fields import Field
from .sources import Source
from .values import coerce
from .worker import WorkerOutcome

__all__ = ["BatchResult", "failed", "internal_error", "to_result"]


@dataclass
class BatchResult:
    """The outcome for one file: typed values on success, a category and message on failure."""

    file_name: str
    success: bool
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    error_type: str | None = None
    index: int = 0
    pages: int | None = None
    sha256: str | None = None
    seconds: float = 0.0
    cached: bool = False
    #: Per field, where the value came from (page, label, bbox) when the extractor knows.
    sources: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    #: Extra per-row columns from the extractor (e.g. token usage).
    meta: dict[str, Any] = field(default_factory=dict)
    #: Seconds per stage: read, parse, extract.
    timings: dict[str, float] = field(default_factory=dict)

    def raise_for_error(self) -> None:
        """Raise the :class:`~pdfkit_nb.errors.FileError` subclass this row stands for."""
        if not self.success:
            raise error_class_for(self.error_type or "error")(self.error or "", file=self.file_name)


def failed(exc: FileError) -> WorkerOutcome:
    return WorkerOutcome(error_type=exc.error_type, error=exc.message)


def to_result(source: Source, outcome: WorkerOutcome, fields: Mapping[str, Field]) -> BatchResult:
    data: dict[str, Any] = {}
    provenance: dict[str, dict[str, Any] | None] = {}
    if outcome.success:
        for name, spec in fields.items():
            value = outcome.values.get(name)
            if isinstance(value, FieldValue):
                provenance[name] = value.source()
                value = value.value
            else:
                provenance[name] = None
            data[name] = coerce(value, spec.resolved_kind, dayfirst=spec.dayfirst)
    return BatchResult(
        file_name=source.name,
        success=outcome.success,
        data=data,
        error=outcome.error,
        error_type=outcome.error_type,
        index=source.index,
        pages=outcome.pages,
        sha256=outcome.sha256,
        sources=provenance,
        meta=outcome.meta,
        timings=outcome.timings,
    )


def internal_error(source: Source, exc: BaseException) -> BatchResult:
    return BatchResult(
        file_name=source.name,
        success=False,
        error_type="internal_error",
        error=f"unexpected {type(exc).__name__}: {exc} (please report this as a pdfkit_nb bug)",
        index=source.index,
    )
