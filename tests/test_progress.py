"""Progress adapters, progress= resolution and the dispatcher, driven by synthetic events."""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import tqdm.std

from pdfkit_nb.errors import OptionError
from pdfkit_nb.progress import auto
from pdfkit_nb.progress.auto import in_notebook, resolve_progress
from pdfkit_nb.progress.events import (
    ProgressDispatcher,
    ProgressEvent,
    ProgressEventType,
    ProgressWarning,
)
from pdfkit_nb.progress.tqdm import TqdmProgress
from pdfkit_nb.progress.widgets import WidgetProgress

T = ProgressEventType
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class FakeResult:
    """Quacks like BatchResult as far as progress adapters care."""

    file_name: str
    success: bool = True
    cached: bool = False
    pages: int | None = 1
    error_type: str | None = None
    error: str | None = None


def ok(name: str, done: int, total: int, *, cached: bool = False, pages: int = 1) -> ProgressEvent:
    result = FakeResult(name, cached=cached, pages=pages)
    return ProgressEvent(T.FILE_COMPLETED, name, done, total, result=result)  # type: ignore[arg-type]


def fail(
    name: str, done: int, total: int, *, kind: str = "corrupt", msg: str = "bad xref"
) -> ProgressEvent:
    result = FakeResult(name, success=False, pages=None, error_type=kind, error=msg)
    return ProgressEvent(T.FILE_FAILED, name, done, total, error=msg, result=result)  # type: ignore[arg-type]


def batch(outcomes: str, *, message: str = "") -> Iterator[ProgressEvent]:
    """Events for a batch: one letter per file, ``o`` ok, ``c`` cached ok, ``f`` failed."""
    total = len(outcomes)
    yield ProgressEvent(T.BATCH_STARTED, None, 0, total)
    for i, letter in enumerate(outcomes, start=1):
        name = f"f{i}.pdf"
        yield ProgressEvent(T.FILE_STARTED, name, i, total)
        yield fail(name, i, total) if letter == "f" else ok(name, i, total, cached=letter == "c")
    yield ProgressEvent(T.BATCH_COMPLETED, None, total, total, message=message)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- TqdmProgress -------------------------------------------------------------------------


def text_bar() -> tuple[TqdmProgress, io.StringIO]:
    out = io.StringIO()
    return TqdmProgress(tqdm_class=tqdm.std.tqdm, file=out, mininterval=0), out


@pytest.mark.parametrize(
    ("outcomes", "counts"),
    [("ooo", (3, 0, 0)), ("ofc", (2, 1, 1)), ("", (0, 0, 0)), ("ffff", (0, 4, 0))],
    ids=["all-ok", "mixed", "empty", "all-failed"],
)
def test_tqdm_counts_and_closes(outcomes: str, counts: tuple[int, int, int]) -> None:
    bar, out = text_bar()
    seen: list[Any] = []
    for event in batch(outcomes):
        bar(event)
        if bar.bar is not None:
            seen.append(bar.bar)
    assert (bar.succeeded, bar.failed, bar.cached) == counts
    assert bar.bar is None  # closed on BATCH_COMPLETED
    underlying = seen[-1]
    assert underlying.n == underlying.total == len(outcomes)
    assert underlying.disable  # tqdm marks a closed bar disabled
    text = out.getvalue()
    ok_n, failed_n, cached_n = counts
    if outcomes:  # an empty batch has no total to show: tqdm prints "0file"
        assert f"{len(outcomes)}/{len(outcomes)}" in text
        assert f"ok={ok_n}, failed={failed_n}, cached={cached_n}" in text


def test_tqdm_without_batch_started_and_double_completion() -> None:
    bar, out = text_bar()
    bar(ok("a.pdf", 1, 2))  # no BATCH_STARTED: the bar opens lazily
    assert bar.bar is not None and bar.bar.total == 2
    bar(fail("b.pdf", 2, 2))
    bar(ProgressEvent(T.BATCH_COMPLETED, None, 2, 2))
    bar(ProgressEvent(T.BATCH_COMPLETED, None, 2, 2))  # second one is a no-op
    assert bar.bar is None
    assert (bar.succeeded, bar.failed) == (1, 1)
    assert "2/2" in out.getvalue()


def test_tqdm_reused_for_a_second_batch_resets_counts() -> None:
    bar, _ = text_bar()
    for event in batch("of"):
        bar(event)
    for event in batch("o"):
        bar(event)
    assert (bar.succeeded, bar.failed, bar.cached) == (1, 0, 0)


def test_tqdm_completed_event_with_unsuccessful_result_counts_as_failure() -> None:
    bar, _ = text_bar()
    result = FakeResult("x.pdf", success=False, error_type="no_text", error="no text layer")
    bar(ProgressEvent(T.FILE_COMPLETED, "x.pdf", 1, 1, result=result))  # type: ignore[arg-type]
    bar(ProgressEvent(T.FILE_COMPLETED, "y.pdf", 2, 2))  # result None: trust the event type
    assert (bar.succeeded, bar.failed) == (1, 1)


def test_tqdm_cancelled_batch_says_so() -> None:
    bar, out = text_bar()
    bar(ProgressEvent(T.BATCH_STARTED, None, 0, 5))
    bar(ok("a.pdf", 1, 5))
    bar(ProgressEvent(T.BATCH_COMPLETED, None, 1, 5, message="cancelled"))
    assert "1/5" in out.getvalue()
    assert "status=cancelled" in out.getvalue()


def test_tqdm_passes_kwargs_and_default_class_is_tqdm_auto() -> None:
    made: list[dict[str, Any]] = []

    class Recorder(tqdm.std.tqdm):  # type: ignore[misc]
        def __init__(self, **kwargs: Any) -> None:
            made.append(kwargs)
            super().__init__(file=io.StringIO(), **kwargs)

    bar = TqdmProgress(tqdm_class=Recorder, desc="Invoices", leave=False, unit="pdf")
    bar(ProgressEvent(T.BATCH_STARTED, None, 0, 3))
    assert made == [{"total": 3, "desc": "Invoices", "leave": False, "unit": "pdf"}]
    bar(ProgressEvent(T.BATCH_COMPLETED, None, 0, 3))

    from tqdm.auto import tqdm as auto_tqdm

    default = TqdmProgress(file=io.StringIO())
    default(ProgressEvent(T.BATCH_STARTED, None, 0, 1))
    assert isinstance(default.bar, auto_tqdm)
    default(ProgressEvent(T.BATCH_COMPLETED, None, 0, 1))


# -- WidgetProgress -----------------------------------------------------------------------


def panel(**kwargs: Any) -> tuple[WidgetProgress, FakeClock]:
    clock = FakeClock()
    return WidgetProgress(display=False, clock=clock, **kwargs), clock


@pytest.mark.parametrize(
    ("outcomes", "message", "style", "status"),
    [
        ("ooco", "", "success", "4/4 · done"),
        ("ofo", "", "warning", "3/3 · done"),
        ("oo", "cancelled", "danger", "2/2 · cancelled"),
        ("", "", "success", "0/0 · done"),
    ],
    ids=["all-ok", "failures", "cancelled", "empty"],
)
def test_widget_final_states(outcomes: str, message: str, style: str, status: str) -> None:
    p, clock = panel()
    for event in batch(outcomes, message=message):
        clock.now += 0.5  # slow events: every one is drawn
        p(event)
    assert (p.bar.value, p.bar.max, p.bar.bar_style) == (len(outcomes), len(outcomes), style)
    assert status in p.count_label.value
    assert f"✔ {outcomes.count('o') + outcomes.count('c')} succeeded" in p.stats_label.value
    assert f"✘ {outcomes.count('f')} failed" in p.stats_label.value
    assert f"↺ {outcomes.count('c')} cached" in p.stats_label.value
    assert p.current_label.value == ""  # nothing in flight once finished
    assert "ETA" not in p.rate_label.value


@pytest.mark.parametrize(
    ("outcomes", "message", "state"),
    [("oc", "", "done"), ("of", "", "failures"), ("oo", "cancelled", "cancelled")],
    ids=["done", "failures", "cancelled"],
)
def test_widget_state_classes_and_colours(outcomes: str, message: str, state: str) -> None:
    p, _ = panel()
    events = list(batch(outcomes, message=message))
    for event in events[:-1]:
        p(event)
    assert p.state == "running"
    assert p.widget._dom_classes == ("pdfkit-progress", "pdfkit-state-running")
    p(events[-1])
    assert p.state == state
    assert p.widget._dom_classes == ("pdfkit-progress", f"pdfkit-state-{state}")
    colour = {"done": "#2e7d32", "failures": "#b26a00", "cancelled": "#c62828"}[state]
    assert f'<span style="color:{colour};font-weight:600">2/2 · ' in p.count_label.value
    assert p.current_label.layout.display == "none"  # empty lines take no room
    assert (p.error_label.layout.display is None) is (state == "failures")


def test_widget_while_running_shows_rates_eta_and_current_file() -> None:
    p, clock = panel()
    p(ProgressEvent(T.BATCH_STARTED, None, 0, 4))
    p(ProgressEvent(T.FILE_STARTED, "a.pdf", 1, 4))
    p(ProgressEvent(T.FILE_STARTED, "b.pdf", 2, 4))
    clock.now += 2.0
    p(ok("a.pdf", 1, 4, pages=6))
    assert p.bar.value == 1 and p.bar.max == 4 and p.bar.bar_style == ""
    assert "processing <code>b.pdf</code>" in p.current_label.value
    # 1 file and 6 pages in 2 s; 3 files left at 0.5 files/s is 6 s.
    assert p.rate_label.value == "0.5 files/s · 3.0 pages/s · elapsed 0:02 · ETA 0:06"
    clock.now += 0.5
    p(ProgressEvent(T.FILE_STARTED, "c.pdf", 3, 4))
    assert p.current_label.value == "processing <code>c.pdf</code> (+1 more)"


def test_widget_errors_list_keeps_last_n_and_escapes() -> None:
    p, clock = panel(max_errors=3)
    p(ProgressEvent(T.BATCH_STARTED, None, 0, 5))
    for i in range(1, 6):
        clock.now += 1
        p(fail(f"<bad{i}>.pdf", i, 5, kind="not_pdf", msg=f"no %PDF header #{i}"))
    assert p.failed == 5 and [e.file for e in p.errors] == [
        "<bad3>.pdf",
        "<bad4>.pdf",
        "<bad5>.pdf",
    ]
    assert p.last_error is not None and p.last_error.error_type == "not_pdf"
    assert "&lt;bad5&gt;.pdf" in p.error_label.value and "no %PDF header #5" in p.error_label.value
    assert p.errors_list.value.count("<li>") == 3
    assert "bad2" not in p.errors_list.value
    assert p.errors_accordion.titles == ("Errors (5, last 3)",)
    assert p.errors_accordion.selected_index is None  # collapsed until the user opens it
    assert p.errors_accordion.layout.display is None


def test_widget_text_is_utf8_even_for_names_that_are_not() -> None:
    # A file name that is not valid UTF-8 reaches Python with its bytes escaped as lone
    # surrogates; the panel's HTML travels to the browser as UTF-8 and must encode.
    name = "scans/rechnung_\udce9.pdf"
    p, clock = panel()
    p(ProgressEvent(T.BATCH_STARTED, None, 0, 2))
    clock.now += 1
    p(ProgressEvent(T.FILE_STARTED, name, 1, 2))
    assert "rechnung_\\xe9.pdf" in p.current_label.value
    clock.now += 1
    p(ProgressEvent(T.FILE_STARTED, "b.pdf", 2, 2))
    clock.now += 1
    p(fail(name, 1, 2, kind="corrupt", msg=f"cannot read {name}"))
    assert "rechnung_\\xe9.pdf" in p.error_label.value
    clock.now += 1
    p(ok("b.pdf", 2, 2))
    for label in (p.current_label, p.error_label, p.errors_list):
        label.value.encode("utf-8")  # raises on a lone surrogate
    assert "rechnung_\\xe9.pdf" in p.errors_list.value


def test_widget_error_falls_back_to_result_fields() -> None:
    p, _ = panel()
    result = FakeResult("deep/x.pdf", success=False, error_type="timeout", error="took > 30 s")
    p(ProgressEvent(T.FILE_FAILED, None, 1, 1, result=result))  # type: ignore[arg-type]
    assert p.errors[-1] == auto_record("deep/x.pdf", "timeout", "took > 30 s")
    p(ProgressEvent(T.FILE_FAILED, "y.pdf", 2, 2))  # no result, no message
    assert p.errors[-1] == auto_record("y.pdf", "error", "failed")


def auto_record(file: str, error_type: str, message: str) -> Any:
    from pdfkit_nb.progress.widgets import ErrorRecord

    return ErrorRecord(file, error_type, message)


def test_widget_hides_error_list_without_errors() -> None:
    p, _ = panel()
    for event in batch("oo"):
        p(event)
    assert p.errors_accordion.layout.display == "none"
    assert p.error_label.value == ""


def test_widget_rate_limits_redraws_but_final_state_is_exact() -> None:
    p, clock = panel()
    n = 1000
    p(ProgressEvent(T.BATCH_STARTED, None, 0, n))
    for i in range(1, n + 1):
        clock.now += 0.001  # 1000 events in one second of (fake) time
        p(ProgressEvent(T.FILE_STARTED, f"{i}.pdf", i, n))
        p(ok(f"{i}.pdf", i, n) if i % 100 else fail(f"{i}.pdf", i, n))
    redraws_before_end = p.redraws
    assert p.bar.value < n  # the last events were coalesced, not drawn yet
    p(ProgressEvent(T.BATCH_COMPLETED, None, n, n))
    # 1 s at <= 10 redraws/s, plus the start and the final draw.
    assert redraws_before_end <= 12
    assert p.redraws == redraws_before_end + 1
    assert (p.bar.value, p.bar.max, p.bar.bar_style) == (n, n, "warning")
    assert "990 succeeded" in p.stats_label.value and "10 failed" in p.stats_label.value
    assert f"{n}/{n} · done" in p.count_label.value


def test_widget_batch_completed_twice_and_events_without_start() -> None:
    p, _ = panel()
    p(ok("a.pdf", 1, 1))
    assert p.total == 1 and p.done == 1
    p(ProgressEvent(T.BATCH_COMPLETED, None, 1, 1))
    p(ProgressEvent(T.BATCH_COMPLETED, None, 1, 1))
    assert (p.done, p.succeeded, p.bar.bar_style) == (1, 1, "success")


def test_widget_mark_cancelled_draws_red_immediately() -> None:
    p, _ = panel()
    p(ProgressEvent(T.BATCH_STARTED, None, 0, 10))
    p(ok("a.pdf", 1, 10))
    p.mark_cancelled()
    assert p.bar.bar_style == "danger" and p.cancelled and p.finished
    assert "1/10 · cancelled" in p.count_label.value
    p(ProgressEvent(T.BATCH_COMPLETED, None, 1, 10))  # a late plain completion keeps it red
    assert p.bar.bar_style == "danger"


def test_widget_reused_for_second_batch_resets() -> None:
    p, _ = panel()
    for event in batch("ff"):
        p(event)
    for event in batch("o"):
        p(event)
    assert (p.succeeded, p.failed, p.bar.bar_style, len(p.errors)) == (1, 0, "success", 0)


@pytest.mark.asyncio
async def test_widget_trailing_redraw_on_the_event_loop() -> None:
    # The fake clock never advances, so only the loop timer can draw the pending state.
    p, _ = panel(min_interval=0.01)
    p(ProgressEvent(T.BATCH_STARTED, None, 0, 3))
    p(ok("a.pdf", 1, 3))
    p(ok("b.pdf", 2, 3))
    assert p.bar.value == 0 and p.redraws == 1
    await asyncio.sleep(0.05)  # later deadline than the flush timer, so it runs first
    assert p.bar.value == 2 and p.redraws == 2


def test_widget_displays_itself_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import IPython.display

    shown: list[Any] = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    p = WidgetProgress(clock=FakeClock())
    for event in [*batch("o"), *batch("f")]:
        p(event)
    assert shown == [p.widget]


def test_widget_without_ipywidgets_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # makes `import ipywidgets` fail
    with pytest.raises(ImportError, match=r'pip install "pdfkit_nb\[notebook\]"'):
        WidgetProgress(display=False)


# -- resolve_progress / in_notebook ---------------------------------------------------------


def my_callback(event: ProgressEvent) -> None:
    """A plain function callback."""


async def my_async_callback(event: ProgressEvent) -> None:
    """An async function callback."""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, []),
        (False, []),
        ("tqdm", [TqdmProgress]),
        ("TQDM", [TqdmProgress]),
        (my_callback, [my_callback]),
        (my_async_callback, [my_async_callback]),
        (
            [my_callback, None, ("tqdm", [my_async_callback])],
            [my_callback, TqdmProgress, my_async_callback],
        ),
        ((), []),
    ],
    ids=["none", "false", "tqdm", "case", "func", "async", "nested", "empty-tuple"],
)
def test_resolve_progress_explicit(value: object, expected: list[Any]) -> None:
    got = resolve_progress(value)
    assert len(got) == len(expected)
    for item, want in zip(got, expected, strict=True):
        assert isinstance(item, want) if isinstance(want, type) else item is want


def test_resolve_progress_keeps_callback_instances() -> None:
    bar = TqdmProgress()
    assert resolve_progress(bar) == [bar]


@pytest.mark.parametrize(
    ("notebook", "tty", "value", "expected"),
    [
        (False, False, "auto", []),
        (False, True, "auto", [TqdmProgress]),
        (False, False, True, [TqdmProgress]),
        (True, False, "auto", [WidgetProgress]),
        (True, False, True, [WidgetProgress]),
    ],
    ids=["pipe", "terminal", "true-forces", "notebook", "notebook-true"],
)
def test_resolve_progress_auto(
    monkeypatch: pytest.MonkeyPatch, notebook: bool, tty: bool, value: object, expected: list[type]
) -> None:
    monkeypatch.setattr(auto, "in_notebook", lambda: notebook)
    monkeypatch.setattr(auto, "_interactive_terminal", lambda: tty)
    assert [type(cb) for cb in resolve_progress(value)] == expected


def test_progress_widget_is_a_widget_in_a_kernel_even_one_not_recognised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(auto, "in_notebook", lambda: True)
    assert [type(cb) for cb in resolve_progress("widget")] == [WidgetProgress]
    # A kernel in_notebook() does not know (some hosted notebook): "widget" still forces it.
    monkeypatch.setattr(auto, "in_notebook", lambda: False)
    monkeypatch.setattr(auto, "_widgets_cannot_show", lambda: False)
    assert [type(cb) for cb in resolve_progress("widget")] == [WidgetProgress]


def test_progress_widget_in_a_plain_script_is_a_text_bar_and_one_warning() -> None:
    # Under pytest there is no IPython shell: a widget would only print its repr.
    with pytest.warns(UserWarning, match='progress="widget" needs a Jupyter notebook') as caught:
        got = resolve_progress(["widget", "widgets"])
    assert len(caught) == 1
    assert [type(cb) for cb in got] == [TqdmProgress, TqdmProgress]


def test_resolve_progress_auto_in_notebook_without_widgets_warns_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(auto, "in_notebook", lambda: True)
    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    with pytest.warns(UserWarning, match=r'pip install "pdfkit_nb\[notebook\]"') as caught:
        got = resolve_progress(["auto", True])
    assert len(caught) == 1
    assert [type(cb) for cb in got] == [TqdmProgress, TqdmProgress]
    assert all(cb.tqdm_class is tqdm.std.tqdm for cb in got if isinstance(cb, TqdmProgress))


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("bar", r"progress='bar' is not a known display"),
        (1, r"progress= got int 1"),
        (3.5, r"got float"),
        ({"tqdm": True}, r"got dict"),
        (TqdmProgress, r"is a class; pass an instance, e.g. progress=TqdmProgress\(\)"),
        (["tqdm", "nope"], r"'nope'"),
    ],
    ids=["unknown-str", "int", "float", "dict", "class", "bad-in-list"],
)
def test_resolve_progress_rejects(value: object, match: str) -> None:
    with pytest.raises(OptionError, match=match) as info:
        resolve_progress(value)
    assert isinstance(info.value, ValueError)
    if not isinstance(value, type):
        assert '"auto", "tqdm", "widget"' in str(info.value)


def test_in_notebook_false_here_and_without_ipython(monkeypatch: pytest.MonkeyPatch) -> None:
    assert in_notebook() is False
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert in_notebook() is False


@pytest.mark.parametrize(
    ("shell_name", "config", "env", "expected"),
    [
        ("ZMQInteractiveShell", {}, {}, True),
        ("Shell", {"IPKernelApp": {}}, {}, True),  # Colab's shell subclass
        ("TerminalInteractiveShell", {}, {}, False),
        ("ZMQInteractiveShell", {}, {"QT_API": "pyqt5"}, False),
        ("SpyderShell", {"IPKernelApp": {}}, {}, False),
    ],
    ids=["jupyter", "colab", "terminal-ipython", "qtconsole", "spyder"],
)
def test_in_notebook_detects_shells(
    monkeypatch: pytest.MonkeyPatch,
    shell_name: str,
    config: dict[str, Any],
    env: dict[str, str],
    expected: bool,
) -> None:
    shell = type(shell_name, (), {"config": config})()
    fake_ipython = type(sys)("IPython")
    fake_ipython.get_ipython = lambda: shell  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", fake_ipython)
    for key in [k for k in __import__("os").environ if k == "QT_API" or k.startswith("SPYDER")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert in_notebook() is expected


def test_core_imports_no_ui_libraries() -> None:
    code = textwrap.dedent(
        """
        import sys
        import pdfkit_nb.progress.events, pdfkit_nb.progress.auto
        import pdfkit_nb.progress.tqdm, pdfkit_nb.progress.widgets
        loaded = sorted(m for m in ("tqdm", "ipywidgets", "IPython") if m in sys.modules)
        assert not loaded, loaded
        assert pdfkit_nb.progress.auto.in_notebook() is False
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr


# -- ProgressDispatcher ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_dispatcher_warns_once_for_a_raising_callback_and_keeps_the_others() -> None:
    seen_sync: list[ProgressEventType] = []
    seen_async: list[ProgressEventType] = []
    calls = 0

    def broken(event: ProgressEvent) -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("display gone")

    def collect(event: ProgressEvent) -> None:
        seen_sync.append(event.event_type)

    async def collect_async(event: ProgressEvent) -> None:
        await asyncio.sleep(0)
        seen_async.append(event.event_type)

    dispatcher = ProgressDispatcher([broken, collect, collect_async])
    events = list(batch("ofo"))
    with pytest.warns(ProgressWarning, match="broken raised RuntimeError: display gone") as caught:
        for event in events:
            await dispatcher.emit(event)
    assert len(caught) == 1 and calls == 1
    assert seen_sync == seen_async == [e.event_type for e in events]


@pytest.mark.asyncio
async def test_dispatcher_drives_real_adapters() -> None:
    bar, out = text_bar()
    p, _ = panel()
    dispatcher = ProgressDispatcher([bar, p])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for event in batch("ocf"):
            await dispatcher.emit(event)
    assert (bar.succeeded, bar.failed, bar.cached) == (p.succeeded, p.failed, p.cached) == (2, 1, 1)
    assert p.bar.bar_style == "warning" and "3/3" in out.getvalue()
