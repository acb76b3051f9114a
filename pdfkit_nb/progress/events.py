"""Progress events, the ProgressCallback protocol, and the dispatcher that calls callbacks."""

from __future__ import annotations

import inspect
import time
import warnings
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..processors import BatchResult

__all__ = [
    "ProgressCallback",
    "ProgressDispatcher",
    "ProgressEvent",
    "ProgressEventType",
    "ProgressWarning",
]


class ProgressEventType(str, Enum):
    """What happened. The values are stable strings, handy for logging."""

    BATCH_STARTED = "batch_started"
    FILE_STARTED = "file_started"
    FILE_COMPLETED = "file_completed"
    FILE_FAILED = "file_failed"
    BATCH_COMPLETED = "batch_completed"


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """One step of a batch.

    ``current_file`` counts files *finished* so far (including this one for FILE_COMPLETED /
    FILE_FAILED); for FILE_STARTED it is the 1-based position of the file in the input.
    ``result`` is set on FILE_COMPLETED and FILE_FAILED.
    """

    event_type: ProgressEventType
    file_name: str | None
    current_file: int
    total_files: int
    message: str = ""
    error: str | None = None
    result: BatchResult | None = None
    timestamp: float = field(default_factory=time.monotonic)

    @property
    def is_terminal(self) -> bool:
        return self.event_type is ProgressEventType.BATCH_COMPLETED


@runtime_checkable
class ProgressCallback(Protocol):
    """Anything called with each :class:`ProgressEvent`: a function, an async function,
    or an object with ``__call__``. Callbacks run on the event loop's thread, one at a time."""

    def __call__(self, event: ProgressEvent) -> Awaitable[None] | None: ...


class ProgressWarning(UserWarning):
    """A progress callback raised; the batch went on without it."""


class ProgressDispatcher:
    """Calls every callback with every event; a callback that raises is warned about once
    and then skipped, so a broken progress bar never stops a batch."""

    def __init__(self, callbacks: Iterable[ProgressCallback] = ()) -> None:
        self.callbacks: list[ProgressCallback] = list(callbacks)
        self._broken: set[int] = set()

    def __bool__(self) -> bool:
        return bool(self.callbacks)

    async def emit(self, event: ProgressEvent) -> None:
        for i, callback in enumerate(self.callbacks):
            if i in self._broken:
                continue
            try:
                out: Any = callback(event)
                if inspect.isawaitable(out):
                    await out
            except Exception as exc:
                self._broken.add(i)
                name = getattr(callback, "__qualname__", type(callback).__name__)
                warnings.warn(
                    f"progress callback {name} raised {type(exc).__name__}: {exc}; "
                    "it is disabled for the rest of this batch",
                    ProgressWarning,
                    stacklevel=2,
                )
