"""Run a coroutine to completion from sync code, whether or not an event loop is running."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import signal
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, Generic, Literal, TypeVar

from .errors import OptionError

__all__ = ["run_sync"]

T = TypeVar("T")


def run_sync(coro: Coroutine[Any, Any, T], *, strategy: Literal["thread", "nest"] = "thread") -> T:
    """Run ``coro`` and return its result, from code that is not async.

    With no event loop running in this thread (a script, a terminal), this is
    :func:`asyncio.run`. Inside a running loop (a Jupyter cell) the coroutine runs on a private
    event loop in a worker thread while this thread waits — the pattern jupyter_core's
    ``run_sync`` and fsspec's ``sync`` use — so the kernel's loop is never re-entered.
    Ctrl-C / a kernel interrupt cancels the coroutine, waits for its clean-up, and re-raises
    ``KeyboardInterrupt``: nothing is left running.

    ``strategy="nest"`` opts into ``nest_asyncio`` (needs the ``[nest]`` extra): it patches
    asyncio for the whole process so the coroutine runs on the caller's own loop. Only use it
    when the coroutine must share that loop's objects.

    Examples
    --------
    >>> async def answer() -> int:
    ...     return 42
    >>> run_sync(answer())
    42
    """
    if strategy not in ("thread", "nest"):
        coro.close()
        raise OptionError(f"unknown strategy {strategy!r}; use 'thread' (default) or 'nest'")
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_boxed(coro)).value
    if strategy == "nest":
        try:
            import nest_asyncio
        except ImportError as exc:
            coro.close()
            raise OptionError(
                "strategy='nest' needs nest_asyncio: pip install \"pdfkit_nb[nest]\""
            ) from exc
        nest_asyncio.apply(running)
        return running.run_until_complete(coro)
    return _run_in_thread(coro)


class _Box(Generic[T]):
    """Holds a result with a repr that costs nothing to build."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


async def _boxed(coro: Coroutine[Any, Any, T]) -> _Box[T]:
    # asyncio.run's clean-up in the main thread asks signal.getsignal() for the SIGINT
    # handler; Python maps it to an enum member by first failing with "<handler repr> is not
    # a valid Handlers", and that repr holds the main task's repr, which holds its result: a
    # whole DataFrame formatted as text (6-15 ms for 1,000 rows) at the end of every batch.
    return _Box(await coro)


def _run_in_thread(coro: Coroutine[Any, Any, T]) -> T:
    loop = asyncio.new_event_loop()
    done: concurrent.futures.Future[T] = concurrent.futures.Future()

    def runner() -> None:
        asyncio.set_event_loop(loop)
        try:
            done.set_result(loop.run_until_complete(coro))
        except BaseException as exc:
            done.set_exception(exc)
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    thread = threading.Thread(target=runner, name="pdfkit_nb-run_sync", daemon=True)
    thread.start()
    with _interruptible():
        return _wait(done, loop, thread)


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Make Ctrl-C raise ``KeyboardInterrupt`` here while this thread blocks.

    The caller's loop may have its own SIGINT handler (``asyncio.Runner`` cancels its main task
    instead of raising), but that loop is blocked by us and cannot act on it; so while we wait,
    the default handler applies, and the caller's is restored afterwards.
    """
    previous = (
        signal.getsignal(signal.SIGINT)
        if threading.current_thread() is threading.main_thread()
        else None
    )
    if previous is None:  # not the main thread, or a handler installed outside Python
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _wait(
    done: concurrent.futures.Future[T], loop: asyncio.AbstractEventLoop, thread: threading.Thread
) -> T:
    try:
        # A timed wait keeps this thread interruptible: KeyboardInterrupt is only delivered
        # to the main thread between bytecodes, never inside a plain blocking join().
        while True:
            try:
                return done.result(timeout=0.1)
            except concurrent.futures.TimeoutError:
                continue
    except KeyboardInterrupt:
        # RuntimeError: the loop finished (and closed) at this very moment.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_cancel_all, loop)
        thread.join()
        raise
    finally:
        if not done.done():  # pragma: no cover - only on interpreter shutdown
            thread.join(timeout=5)


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    for task in asyncio.all_tasks(loop):
        task.cancel()
