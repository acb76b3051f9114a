"""A progress callback that shows a batch as an ipywidgets panel in Jupyter."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from .._strings import html_escape as escape
from .events import ProgressEvent, ProgressEventType
from .tqdm import outcome

__all__ = ["ErrorRecord", "WidgetProgress"]

_INSTALL_HINT = 'WidgetProgress needs ipywidgets: pip install "pdfkit_nb[notebook]"'
_MAX_MESSAGE = 300  # characters of an error message shown; the DataFrame keeps it whole
# Final-state colours, matching the bar styles (success, warning, danger) and the BatchReport.
_STATE_COLOURS = {"done": "#2e7d32", "failures": "#b26a00", "cancelled": "#c62828"}


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One failed file as the panel shows it."""

    file: str
    error_type: str
    message: str


class WidgetProgress:
    """Show a batch as a Jupyter panel: bar, counts, rates, ETA, current file and recent errors.

    Redraws are coalesced to at most one per ``min_interval`` seconds (a 10 000-file batch
    would otherwise send tens of thousands of widget messages to the browser); the state
    left pending is drawn by a timer on the running event loop, and the final state is
    always drawn on BATCH_COMPLETED. The finished bar is green when every file succeeded,
    amber when some failed, red when the batch was cancelled.

    Parameters
    ----------
    title
        Heading of the panel.
    display
        Display the panel (``IPython.display.display``) when the batch starts.
    max_errors
        How many recent errors the collapsible list keeps.
    min_interval
        Minimum seconds between redraws.
    clock
        Monotonic time source in seconds; injectable so tests need no sleeping.

    Attributes
    ----------
    widget
        The root ``ipywidgets.VBox``; display it yourself with ``display=False``.
    succeeded, failed, cached, done, total, pages
        Counts for the current batch (``cached`` overlaps ``succeeded``/``failed``).
    errors
        The last ``max_errors`` :class:`ErrorRecord` objects, oldest first.
    redraws
        How many times the panel was actually redrawn.

    Raises
    ------
    ImportError
        If ipywidgets is not installed (``pip install "pdfkit_nb[notebook]"``).

    Examples
    --------
    >>> from pdfkit_nb.progress.events import ProgressEvent, ProgressEventType as T
    >>> panel = WidgetProgress(display=False)
    >>> panel(ProgressEvent(T.BATCH_STARTED, None, 0, 1))
    >>> panel(ProgressEvent(T.FILE_COMPLETED, "a.pdf", 1, 1))
    >>> panel(ProgressEvent(T.BATCH_COMPLETED, None, 1, 1))
    >>> panel.bar.value, panel.bar.bar_style
    (1, 'success')
    """

    def __init__(
        self,
        *,
        title: str = "pdfkit_nb",
        display: bool = True,
        max_errors: int = 10,
        min_interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            # Imported here so that importing pdfkit_nb never pulls in the widget stack.
            import ipywidgets as w
        except ImportError as exc:
            raise ImportError(_INSTALL_HINT) from exc
        self.title = title
        self.display = display
        self.min_interval = min_interval
        self._clock = clock
        self.errors: deque[ErrorRecord] = deque(maxlen=max_errors)
        self.redraws = 0
        self._displayed = False
        self._flush_handle: asyncio.TimerHandle | None = None
        self._reset(0)

        self.bar: Any = w.IntProgress(
            min=0, max=0, value=0, layout=w.Layout(width="55%", margin="0 8px")
        )
        self.count_label: Any = w.HTML()
        self.stats_label: Any = w.HTML()
        self.rate_label: Any = w.HTML(layout=w.Layout(margin="0 0 0 18px"))
        self.current_label: Any = w.HTML()
        self.error_label: Any = w.HTML()
        self.errors_list: Any = w.HTML()
        self.errors_accordion: Any = w.Accordion(
            children=[self.errors_list], selected_index=None, layout=w.Layout(display="none")
        )
        self.widget: Any = w.VBox(
            [
                w.HBox(
                    [w.HTML(f"<b>{escape(title)}</b>"), self.bar, self.count_label],
                    layout=w.Layout(align_items="center"),
                ),
                w.HBox(
                    [self.stats_label, self.rate_label],
                    layout=w.Layout(flex_flow="row wrap", align_items="baseline"),
                ),
                self.current_label,
                self.error_label,
                self.errors_accordion,
            ]
        )
        # Stable hooks for styling and for browser tests: pdfkit-progress plus one state class.
        self.widget.add_class("pdfkit-progress")
        self._state_class = ""
        self._render()
        self.redraws = 0  # the initial empty panel is not a redraw of a batch

    def _reset(self, total: int) -> None:
        self.total = total
        self.done = self.succeeded = self.failed = self.cached = self.pages = 0
        self.cancelled = self.finished = False
        self.last_error: ErrorRecord | None = None
        self.errors.clear()
        self._errors_seen = 0
        self._in_flight: dict[str, int] = {}
        self._started = False
        self._started_at = self._ended_at = self._clock()
        self._last_render = float("-inf")
        self._dirty = False

    # -- events ---------------------------------------------------------------------------

    def __call__(self, event: ProgressEvent) -> None:
        kind = event.event_type
        if kind is ProgressEventType.BATCH_STARTED or not self._started:
            self._start(event.total_files)
            if kind is ProgressEventType.BATCH_STARTED:
                self._render()
                return
        self.total = max(self.total, event.total_files)
        name = event.file_name or ""
        if kind is ProgressEventType.FILE_STARTED:
            self._in_flight[name] = self._in_flight.get(name, 0) + 1
        elif kind in (ProgressEventType.FILE_COMPLETED, ProgressEventType.FILE_FAILED):
            self._file_done(event, name)
        elif kind is ProgressEventType.BATCH_COMPLETED:
            self._finish(cancelled="cancel" in event.message.lower())
            return
        self._request_render()

    def mark_cancelled(self) -> None:
        """Mark the batch as cancelled and draw its final (red) state now."""
        self._finish(cancelled=True)

    def _start(self, total: int) -> None:
        self._cancel_flush()
        self._reset(total)
        self._started = True
        if self.display and not self._displayed:
            from IPython import display as ipython_display

            show: Callable[..., object] = ipython_display.display
            show(self.widget)
            self._displayed = True

    def _file_done(self, event: ProgressEvent, name: str) -> None:
        count = self._in_flight.pop(name, 0)
        if count > 1:
            self._in_flight[name] = count - 1
        ok, cached, pages = outcome(event)
        self.done += 1
        self.cached += cached
        self.pages += pages or 0
        if ok:
            self.succeeded += 1
            return
        self.failed += 1
        result = event.result
        self.last_error = ErrorRecord(
            file=name or str(getattr(result, "file_name", "") or "?"),
            error_type=str(getattr(result, "error_type", None) or "error"),
            message=str(event.error or getattr(result, "error", None) or event.message or "failed"),
        )
        self.errors.append(self.last_error)
        self._errors_seen += 1

    def _finish(self, *, cancelled: bool) -> None:
        self.cancelled = self.cancelled or cancelled
        if not self.finished:
            self.finished = True
            self._ended_at = self._clock()
        self._in_flight.clear()
        self._cancel_flush()
        self._render()

    # -- rate limiting --------------------------------------------------------------------

    def _request_render(self) -> None:
        wait = self._last_render + self.min_interval - self._clock()
        if wait <= 0:
            self._render()
            return
        self._dirty = True
        if self._flush_handle is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # driven synchronously: the next event or the final one draws it
            self._flush_handle = loop.call_later(wait, self._flush)

    def _flush(self) -> None:
        self._flush_handle = None
        if self._dirty:
            self._render()

    def _cancel_flush(self) -> None:
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None

    # -- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        self._dirty = False
        self._last_render = self._clock()
        self.redraws += 1
        self.bar.max = max(self.total, self.done)  # max first: ipywidgets clamps value to it
        self.bar.value = self.done
        self.bar.bar_style = self._bar_style()
        self._set_state_class()
        status = " · cancelled" if self.cancelled else " · done" if self.finished else ""
        colour = _STATE_COLOURS.get(self.state)
        count = f"{self.done}/{self.total}{status}"
        if colour:
            count = f'<span style="color:{colour};font-weight:600">{count}</span>'
        self.count_label.value = count
        failed = f"✘ {self.failed} failed"
        if self.failed:
            failed = f'<span style="color:{_STATE_COLOURS["failures"]}">{failed}</span>'
        self.stats_label.value = f"✔ {self.succeeded} succeeded · {failed} · ↺ {self.cached} cached"
        self.rate_label.value = self._rates()
        _set_html(self.current_label, self._current())
        _set_html(self.error_label, self._last_error_html())
        if self.errors:
            self.errors_accordion.layout.display = None
            shown = f", last {len(self.errors)}" if self._errors_seen > len(self.errors) else ""
            self.errors_accordion.set_title(0, f"Errors ({self._errors_seen}{shown})")
            items = "".join(f"<li>{_error_html(e)}</li>" for e in self.errors)
            self.errors_list.value = f"<ol>{items}</ol>"
        else:
            self.errors_accordion.layout.display = "none"
            self.errors_list.value = ""

    @property
    def state(self) -> str:
        """``"running"`` (until the batch ends), ``"done"``, ``"failures"`` or ``"cancelled"``.

        The root widget carries it as the CSS class ``pdfkit-state-<state>``, beside
        ``pdfkit-progress``: hooks for custom styling and for browser tests.
        """
        if not self.finished:
            return "running"
        if self.cancelled:
            return "cancelled"
        return "done" if self.failed == 0 and self.succeeded >= self.total else "failures"

    def _set_state_class(self) -> None:
        wanted = f"pdfkit-state-{self.state}"
        if wanted != self._state_class:  # only changes reach the browser
            if self._state_class:
                self.widget.remove_class(self._state_class)
            self.widget.add_class(wanted)
            self._state_class = wanted

    def _bar_style(self) -> str:
        return {"done": "success", "failures": "warning", "cancelled": "danger"}.get(self.state, "")

    def _rates(self) -> str:
        now = self._ended_at if self.finished else self._clock()
        elapsed = max(now - self._started_at, 0.0)
        if elapsed <= 0 or self.done == 0:
            return f"elapsed {_duration(elapsed)}"
        parts = [
            f"{self.done / elapsed:.1f} files/s",
            f"{self.pages / elapsed:.1f} pages/s",
            f"elapsed {_duration(elapsed)}",
        ]
        if not self.finished and self.total > self.done:
            parts.append(f"ETA {_duration((self.total - self.done) * elapsed / self.done)}")
        return " · ".join(parts)

    def _current(self) -> str:
        if self.finished or not self._in_flight:
            return ""
        latest = next(reversed(self._in_flight))
        more = sum(self._in_flight.values()) - 1
        extra = f" (+{more} more)" if more else ""
        return f"processing <code>{escape(latest)}</code>{extra}"

    def _last_error_html(self) -> str:
        if self.last_error is None:
            return ""
        return f"last error: {_error_html(self.last_error)}"


def _set_html(label: Any, value: str) -> None:
    """Set an HTML line and hide it while empty, so an idle line takes no room."""
    label.value = value
    display = None if value else "none"
    if label.layout.display != display:
        label.layout.display = display


def _error_html(record: ErrorRecord) -> str:
    message = record.message
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 1] + "…"
    # The base name keeps the line short; the full path is in the tooltip (and the DataFrame).
    name = PurePath(record.file).name or record.file
    return (
        f'<b title="{escape(record.file)}">{escape(name)}</b> '
        f"[{escape(record.error_type)}]: {escape(message)}"
    )


def _duration(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``, like tqdm's intervals."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
