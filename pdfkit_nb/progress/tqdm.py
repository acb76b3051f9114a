"""A progress callback that drives a tqdm bar (a widget in notebooks, text in terminals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .events import ProgressEvent, ProgressEventType

__all__ = ["TqdmProgress", "outcome"]


def outcome(event: ProgressEvent) -> tuple[bool, bool, int | None]:
    """``(ok, cached, pages)`` for a finished-file event, reading ``event.result`` duck-typed.

    A FILE_COMPLETED event whose result says ``success=False`` counts as a failure too, so
    the counts agree with the DataFrame's ``success`` column whatever the emitter chose.
    """
    result = event.result
    ok = event.event_type is ProgressEventType.FILE_COMPLETED
    if result is not None and getattr(result, "success", ok) is False:
        ok = False
    cached = bool(getattr(result, "cached", False))
    pages = getattr(result, "pages", None)
    return ok, cached, pages if isinstance(pages, int) else None


class TqdmProgress:
    """Show a batch as a tqdm bar: one step per finished file, ok/failed/cached in the postfix.

    Parameters
    ----------
    tqdm_class
        The bar class; ``None`` means ``tqdm.auto.tqdm`` (a widget in Jupyter, text elsewhere).
        Pass ``tqdm.std.tqdm`` to force a text bar.
    desc
        The bar's label.
    leave
        Keep the finished bar on screen.
    **tqdm_kwargs
        Passed on to ``tqdm_class`` (``file=``, ``ncols=``, ``disable=``, …).

    Attributes
    ----------
    succeeded, failed, cached
        Files finished so far in the current batch. ``cached`` counts results served from the
        cache, successful or not, so it overlaps the other two.

    Examples
    --------
    >>> import io, tqdm.std
    >>> from pdfkit_nb.progress.events import ProgressEvent, ProgressEventType as T
    >>> bar = TqdmProgress(tqdm_class=tqdm.std.tqdm, file=io.StringIO())
    >>> bar(ProgressEvent(T.BATCH_STARTED, None, 0, 2))
    >>> bar(ProgressEvent(T.FILE_COMPLETED, "a.pdf", 1, 2))
    >>> bar(ProgressEvent(T.FILE_FAILED, "b.pdf", 2, 2, error="not a PDF"))
    >>> bar(ProgressEvent(T.BATCH_COMPLETED, None, 2, 2))
    >>> (bar.succeeded, bar.failed, bar.cached)
    (1, 1, 0)
    """

    def __init__(
        self,
        *,
        tqdm_class: Callable[..., Any] | None = None,
        desc: str = "PDFs",
        leave: bool = True,
        **tqdm_kwargs: Any,
    ) -> None:
        self.tqdm_class = tqdm_class
        self.desc = desc
        self.leave = leave
        self.tqdm_kwargs: dict[str, Any] = {"unit": "file", **tqdm_kwargs}
        self.bar: Any = None
        self.succeeded = 0
        self.failed = 0
        self.cached = 0

    def __call__(self, event: ProgressEvent) -> None:
        kind = event.event_type
        if kind is ProgressEventType.BATCH_STARTED:
            self._close()
            self.succeeded = self.failed = self.cached = 0
            self._open(event.total_files)
        elif kind in (ProgressEventType.FILE_COMPLETED, ProgressEventType.FILE_FAILED):
            bar = self.bar if self.bar is not None else self._open(event.total_files)
            ok, cached, _ = outcome(event)
            if ok:
                self.succeeded += 1
            else:
                self.failed += 1
            self.cached += cached
            if event.total_files > (bar.total or 0):
                # Streaming sources may learn their size late; never let n overrun total.
                bar.total = event.total_files
            # refresh=False: update() below redraws at tqdm's own rate (mininterval).
            bar.set_postfix(self._postfix(), refresh=False)
            bar.update(1)
        elif kind is ProgressEventType.BATCH_COMPLETED:
            if self.bar is not None and "cancel" in event.message.lower():
                self.bar.set_postfix({**self._postfix(), "status": "cancelled"}, refresh=False)
            self._close()

    def _postfix(self) -> dict[str, int]:
        return {"ok": self.succeeded, "failed": self.failed, "cached": self.cached}

    def _open(self, total: int) -> Any:
        cls = self.tqdm_class
        if cls is None:
            # Imported here, not at module level: the core must stay free of UI imports.
            from tqdm.auto import tqdm as auto_tqdm

            cls = auto_tqdm
        self.bar = cls(total=total, desc=self.desc, leave=self.leave, **self.tqdm_kwargs)
        return self.bar

    def _close(self) -> None:
        if self.bar is not None:
            bar, self.bar = self.bar, None
            bar.close()
