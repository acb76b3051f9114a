"""AsyncBatchProcessor scheduling, tested with a fake executor: no PDF is parsed here."""

from __future__ import annotations

import asyncio
import random
from contextlib import aclosing

import pytest

from pdfkit_nb import (
    AsyncBatchProcessor,
    AsyncPDFProcessor,
    BatchProcessor,
    OptionError,
    ProgressEvent,
    ProgressEventType,
    ProgressWarning,
)
from pdfkit_nb.executors import Executor
from pdfkit_nb.extractors import Extractor
from pdfkit_nb.worker import WorkerJob, WorkerOutcome

T = ProgressEventType


class FakeExecutor(Executor):
    """Pretends to parse: sleeps a little, records how many files are in flight at once."""

    name = "fake"

    def __init__(self, delays: dict[str, float] | None = None, fail: set[str] | None = None):
        self.delays = delays or {}
        self.fail = fail or set()
        self.active = 0
        self.peak = 0
        self.started: list[str] = []
        self.cancelled: list[str] = []
        self.closed = False

    async def run(self, job: WorkerJob, timeout: float | None = None) -> WorkerOutcome:
        self.active += 1
        self.peak = max(self.peak, self.active)
        self.started.append(job.name)
        try:
            await asyncio.sleep(self.delays.get(job.name, 0.001))
        except asyncio.CancelledError:
            self.cancelled.append(job.name)
            raise
        finally:
            self.active -= 1
        if job.name in self.fail:
            return WorkerOutcome(sha256="0" * 64, error_type="corrupt", error="cannot be parsed")
        return WorkerOutcome(sha256="f" * 64, pages=1, values={"total": "12.50"})


class InWorker(Extractor):
    """Stands for the rules extractor; the fake executor never calls it."""

    name = "fake"


EX = InWorker()


def sources(n: int) -> list[tuple[str, bytes]]:
    return [(f"f{i:03d}.pdf", b"%PDF-1.4 fake") for i in range(n)]


def batch(
    executor: FakeExecutor, max_concurrent: int, callback: object = None
) -> AsyncBatchProcessor:
    return AsyncBatchProcessor(
        AsyncPDFProcessor(executor=executor),
        max_concurrent=max_concurrent,
        progress_callback=callback,
    )


@pytest.mark.asyncio
@pytest.mark.parametrize("limit", [1, 3, 8], ids=["limit1", "limit3", "limit8"])
async def test_peak_concurrency_equals_max_concurrent(limit: int) -> None:
    rng = random.Random(limit)
    ex = FakeExecutor({name: rng.uniform(0.001, 0.02) for name, _ in sources(40)})
    results = await batch(ex, limit).process_batch(sources(40), EX, ["total"])
    assert ex.peak == limit
    assert len(results) == 40


@pytest.mark.asyncio
async def test_results_keep_input_order_when_completion_order_differs() -> None:
    # Later files finish first.
    ex = FakeExecutor({f"f{i:03d}.pdf": 0.03 - i * 0.002 for i in range(12)})
    results = await batch(ex, 12).process_batch(sources(12), EX, ["total"])
    assert [r.file_name for r in results] == [name for name, _ in sources(12)]
    assert [r.index for r in results] == list(range(12))
    assert all(r.data == {"total": 12.5} for r in results)


@pytest.mark.asyncio
async def test_iter_batch_streams_in_completion_order() -> None:
    ex = FakeExecutor({"f000.pdf": 0.05, "f001.pdf": 0.001})
    seen = [r.file_name async for r in batch(ex, 2).iter_batch(sources(2), EX, ["total"])]
    assert seen == ["f001.pdf", "f000.pdf"]


@pytest.mark.asyncio
async def test_failure_is_a_row_and_the_batch_goes_on() -> None:
    ex = FakeExecutor(fail={"f002.pdf"})
    results = await batch(ex, 2).process_batch(sources(5), EX, ["total"])
    assert [r.success for r in results] == [True, True, False, True, True]
    bad = results[2]
    assert (bad.error_type, bad.error, bad.data) == ("corrupt", "cannot be parsed", {})


@pytest.mark.asyncio
async def test_events_sequence_and_counts() -> None:
    events: list[ProgressEvent] = []
    ex = FakeExecutor(fail={"f001.pdf"})
    await batch(ex, 1, events.append).process_batch(sources(3), EX, ["total"])
    kinds = [e.event_type for e in events]
    assert kinds[0] is T.BATCH_STARTED and kinds[-1] is T.BATCH_COMPLETED
    assert kinds.count(T.FILE_STARTED) == 3
    assert kinds.count(T.FILE_COMPLETED) == 2 and kinds.count(T.FILE_FAILED) == 1
    finished = [e for e in events if e.event_type in (T.FILE_COMPLETED, T.FILE_FAILED)]
    assert [e.current_file for e in finished] == [1, 2, 3]
    assert all(e.total_files == 3 for e in events)
    failed = next(e for e in events if e.event_type is T.FILE_FAILED)
    assert failed.file_name == "f001.pdf" and failed.error == "cannot be parsed"
    assert failed.result is not None and failed.result.error_type == "corrupt"
    assert events[-1].message == "2 succeeded, 1 failed"


@pytest.mark.asyncio
async def test_async_callbacks_are_awaited_and_a_raising_one_is_warned_once() -> None:
    seen: list[T] = []

    async def good(event: ProgressEvent) -> None:
        await asyncio.sleep(0)
        seen.append(event.event_type)

    def bad(event: ProgressEvent) -> None:
        raise RuntimeError("broken bar")

    with pytest.warns(ProgressWarning, match="broken bar") as record:
        results = await batch(FakeExecutor(), 2, [bad, good]).process_batch(
            sources(4), EX, ["total"]
        )
    assert len(record) == 1
    assert all(r.success for r in results)
    assert seen.count(T.FILE_COMPLETED) == 4 and seen[-1] is T.BATCH_COMPLETED


@pytest.mark.asyncio
async def test_cancel_stops_in_flight_work_and_reports_cancelled() -> None:
    events: list[ProgressEvent] = []
    ex = FakeExecutor({name: 10.0 for name, _ in sources(6)})
    task = asyncio.create_task(batch(ex, 3, events.append).process_batch(sources(6), EX, ["total"]))
    for _ in range(1000):  # until three files are in flight
        if len(ex.started) == 3:
            break
        await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(ex.cancelled) == ["f000.pdf", "f001.pdf", "f002.pdf"]
    assert ex.started == ["f000.pdf", "f001.pdf", "f002.pdf"]  # nothing launched after cancel
    assert events[-1].event_type is T.BATCH_COMPLETED and events[-1].message == "cancelled"
    pending = [t for t in asyncio.all_tasks() if t.get_name().startswith("pdfkit_nb:")]
    assert pending == []


@pytest.mark.asyncio
async def test_breaking_out_of_iter_batch_cancels_the_rest() -> None:
    ex = FakeExecutor({name: (0.001 if name == "f000.pdf" else 10.0) for name, _ in sources(5)})
    async with aclosing(batch(ex, 5).iter_batch(sources(5), EX, ["total"])) as results:
        async for first in results:
            assert first.file_name == "f000.pdf"
            break
    assert sorted(ex.cancelled) == ["f001.pdf", "f002.pdf", "f003.pdf", "f004.pdf"]


def test_sync_batch_processor_matches_async() -> None:
    results = BatchProcessor(
        AsyncPDFProcessor(executor=FakeExecutor()), max_concurrent=2
    ).process_batch(sources(3), EX, ["total"])
    assert [(r.file_name, r.data["total"]) for r in results] == [
        ("f000.pdf", 12.5),
        ("f001.pdf", 12.5),
        ("f002.pdf", 12.5),
    ]


@pytest.mark.parametrize(
    "bad", [0, -1, 2.5, True, "4"], ids=["zero", "negative", "float", "bool", "str"]
)
def test_max_concurrent_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(OptionError, match="max_concurrent must be a positive integer"):
        AsyncBatchProcessor(max_concurrent=bad)  # type: ignore[arg-type]
