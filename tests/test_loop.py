"""run_sync in scripts and inside a running loop (Jupyter); interrupts leave nothing behind."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import pdfkit_nb as pk
from pdfkit_nb.loop import run_sync


async def answer(value: int = 42) -> int:
    await asyncio.sleep(0)
    return value


def test_run_sync_without_a_loop_uses_asyncio_run() -> None:
    assert run_sync(answer()) == 42


def test_run_sync_never_formats_its_result() -> None:
    # asyncio.run's SIGINT clean-up builds the repr of its main task, result included; for a
    # DataFrame that is the whole frame formatted as text at the end of every batch.
    class Costly:
        reprs = 0

        def __repr__(self) -> str:
            Costly.reprs += 1
            return "Costly()"

    async def make() -> Costly:
        return Costly()

    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert isinstance(run_sync(make()), Costly)
    assert Costly.reprs == 0


@pytest.mark.asyncio
async def test_run_sync_inside_a_running_loop_uses_a_private_loop() -> None:
    outer = asyncio.get_running_loop()
    seen: list[object] = []

    async def where() -> None:
        seen.append(asyncio.get_running_loop())

    run_sync(where())
    assert seen and seen[0] is not outer
    assert not outer.is_closed()


@pytest.mark.asyncio
async def test_exceptions_propagate_with_their_type() -> None:
    async def boom() -> None:
        raise LookupError("nope")

    with pytest.raises(LookupError, match="nope"):
        run_sync(boom())


def test_nest_strategy_runs_on_the_callers_loop() -> None:
    pytest.importorskip("nest_asyncio")
    # nest_asyncio patches asyncio for the whole process (that is why it is opt-in): run it in
    # a child so the patch cannot leak into other tests.
    code = textwrap.dedent(
        """
        import asyncio
        from pdfkit_nb.loop import run_sync

        async def loop_now():
            return asyncio.get_running_loop()

        async def main():
            outer = asyncio.get_running_loop()
            assert run_sync(loop_now(), strategy="nest") is outer
            print("same loop")

        asyncio.run(main())
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "same loop"


def test_unknown_strategy_is_an_option_error() -> None:
    with pytest.raises(pk.OptionError, match="unknown strategy"):
        run_sync(answer(), strategy="magic")  # type: ignore[arg-type]


def _interrupt_soon(delay: float) -> None:
    # A real SIGINT, like Ctrl-C or a Jupyter kernel interrupt: unlike _thread.interrupt_main()
    # it also wakes a main thread blocked in select().
    threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT)).start()


@pytest.mark.asyncio
async def test_keyboard_interrupt_inside_a_loop_cancels_and_cleans_up(
    no_leaked_threads: None,
) -> None:
    state: dict[str, bool] = {}

    async def long_job() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            state["cancelled"] = True
            raise
        finally:
            state["cleaned"] = True

    _interrupt_soon(0.3)
    with pytest.raises(KeyboardInterrupt):
        run_sync(long_job())
    assert state == {"cancelled": True, "cleaned": True}


class Slow(pk.Extractor):
    """Runs in a worker process and takes far longer than the test waits."""

    name = "slow"

    def extract(self, doc: object, fields: object) -> dict[str, object]:
        time.sleep(30)
        return {}


def test_keyboard_interrupt_stops_a_real_batch(tmp_path, no_leaked_threads: None) -> None:
    from conftest import invoice_bytes

    for n in range(6):
        (tmp_path / f"f{n}.pdf").write_bytes(invoice_bytes(n))
    events: list[pk.ProgressEvent] = []
    _interrupt_soon(1.5)
    with pytest.raises(KeyboardInterrupt):
        pk.extract_batch_sync(
            tmp_path, ["total"], method=Slow(), executor="process", progress=events.append
        )
    assert events[-1].event_type is pk.ProgressEventType.BATCH_COMPLETED
    assert events[-1].message == "cancelled"
    assert multiprocessing.active_children() == []


def test_a_finished_batch_stops_its_pool_by_itself(tmp_path, no_leaked_threads: None) -> None:
    # Every file is back, so no worker is busy: the results come back at once and the pool
    # shuts down in a thread of its own (no_leaked_threads checks that thread ends).
    from conftest import invoice_bytes

    for n in range(6):
        (tmp_path / f"f{n}.pdf").write_bytes(invoice_bytes(n))
    df = pk.extract_batch_sync(tmp_path, ["total"], executor="process", progress=None)
    assert df["success"].all()
    closing = [t for t in threading.enumerate() if t.name == "pdfkit_nb-close-pool"]
    for thread in closing:
        thread.join(timeout=10)
    assert multiprocessing.active_children() == []


def test_a_script_that_ends_right_after_a_batch_exits_cleanly(tmp_path) -> None:
    # The closing thread is not a daemon: the interpreter waits for the workers to stop
    # instead of leaving them (or a traceback) behind.
    from conftest import invoice_bytes

    for n in range(4):
        (tmp_path / f"f{n}.pdf").write_bytes(invoice_bytes(n))
    script = textwrap.dedent(
        f"""
        import multiprocessing, pdfkit_nb as pk
        df = pk.extract_batch_sync({str(tmp_path)!r}, ["total"], executor="process",
                                   progress=None)
        print(int(df["success"].sum()), *(p.pid for p in multiprocessing.active_children()))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stderr) == (0, "")
    rows, *workers = done.stdout.split()
    assert rows == "4"
    for pid in map(int, workers):  # still running when the batch returned; gone now
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
