"""The process executor sends small files in chunks: same rows, fewer round trips, and a
crash or a cancellation still touches only the files it should."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import invoice_bytes, invoice_truth

import pdfkit_nb as pk
from pdfkit_nb.document import Document
from pdfkit_nb.executors import ProcessExecutor
from pdfkit_nb.fields import Field
from pdfkit_nb.worker import WorkerOutcome

FIELDS = ["invoice_number", "invoice_date", "total"]


@pytest.fixture
def many(tmp_path: Path) -> Path:
    for n in range(1, 41):
        (tmp_path / f"inv_{n:02d}.pdf").write_bytes(invoice_bytes(n, day=n % 28 + 1))
    return tmp_path


@pytest.fixture
def executor() -> Iterator[ProcessExecutor]:
    ex = ProcessExecutor(workers=2)
    yield ex
    ex.close()


class DiesOn(pk.Extractor):
    """Runs in the worker; kills it on one invoice, like a segfault in a PDF library would."""

    name = "dies-on"

    def __init__(self, marker: str, sleep: float = 0.0) -> None:
        self.marker, self.sleep = marker, sleep

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, Any]:
        if self.marker in doc.text:
            if self.sleep:
                time.sleep(self.sleep)
            else:
                os._exit(3)
        return {"invoice_number": doc.text.split("Invoice Number: ")[1].split()[0]}


def test_chunked_rows_equal_the_thread_executor(many: Path, executor: ProcessExecutor) -> None:
    chunked = pk.extract_batch_sync(
        many, FIELDS, engine="pdfium", executor=executor, max_concurrent=32, progress=None
    )
    assert executor.tasks < 40  # several files travelled per task
    threaded = pk.extract_batch_sync(
        many, FIELDS, engine="pdfium", executor="thread", progress=None
    )
    cols = ["file", *FIELDS, "success", "error_type", "pages", "sha256"]
    pd.testing.assert_frame_equal(chunked[cols], threaded[cols])
    want = [invoice_truth(n, day=n % 28 + 1)["invoice_number"] for n in range(1, 41)]
    assert chunked["invoice_number"].tolist() == want


def test_a_crash_inside_a_chunk_fails_only_its_file(many: Path, executor: ProcessExecutor) -> None:
    df = pk.extract_batch_sync(
        many,
        ["invoice_number"],
        method=DiesOn("INV-0007"),
        executor=executor,
        max_concurrent=32,
        progress=None,
    )
    bad = df[~df["success"]]
    assert bad["file"].map(lambda f: Path(f).name).tolist() == ["inv_07.pdf"]
    assert bad["error_type"].tolist() == ["crashed"]
    assert "exit code 3" in bad["error"].iloc[0]
    assert df.loc[df["success"], "invoice_number"].str.startswith("INV-").all()


@pytest.mark.timeout(120)
@pytest.mark.asyncio
async def test_cancelling_a_batch_frees_workers_busy_with_a_chunk(
    many: Path, executor: ProcessExecutor
) -> None:
    # Every file sleeps far longer than the test may run. Cancelling the batch must cancel
    # the chunks in the workers (pebble kills those workers), or the next batch would wait.
    stuck = pk.extract_batch(
        many,
        ["invoice_number"],
        method=DiesOn("Invoice", sleep=600),
        executor=executor,
        max_concurrent=16,
        progress=None,
    )
    with pytest.raises((asyncio.TimeoutError, TimeoutError)):
        await asyncio.wait_for(stuck, 3)
    df = await pk.extract_batch(
        many, ["invoice_number"], executor=executor, max_concurrent=16, progress=None
    )
    assert df["success"].all() and len(df) == 40


@pytest.mark.asyncio
async def test_chunk_size_follows_the_measured_time_per_file(executor: ProcessExecutor) -> None:
    assert executor.chunk_size() == 4  # nothing measured yet
    executor._learn([WorkerOutcome(seconds=0.001)] * 3)
    assert executor.chunk_size() == executor.max_chunk  # 1 ms files: as many as allowed
    for _ in range(30):
        executor._learn([WorkerOutcome(seconds=2.0)])
    assert executor.chunk_size() == 1  # slow files go one per task


def test_chunks_start_small_after_the_pool_was_idle(
    many: Path, executor: ProcessExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slow start: the first file of a batch comes back after one file's work, not after a
    # whole chunk's, then each worker's chunks double up to the measured size.
    sizes: list[int] = []
    submit = executor._submit

    def record(chunk: Any) -> None:
        sizes.append(len(chunk.entries))
        submit(chunk)

    monkeypatch.setattr(executor, "_submit", record)
    for _ in range(2):  # the second batch starts from a measured, large chunk size
        sizes.clear()
        df = pk.extract_batch_sync(
            many, FIELDS, engine="pdfium", executor=executor, max_concurrent=40, progress=None
        )
        assert df["success"].all()
        assert sizes[0] == 1
        # Never more than the slow start allows (the measured size may be smaller still):
        # each of the two workers gets one file, then two, then four.
        assert all(size <= limit for size, limit in zip(sizes, [1, 1, 2, 2, 4, 4], strict=False))
        assert sum(sizes) == 40


def test_a_pool_that_refuses_work_fails_the_files_instead_of_hanging(
    many: Path, executor: ProcessExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("Unexpected error within the Pool")

    monkeypatch.setattr(executor._pool, "schedule", refuse)
    df = pk.extract_batch_sync(many, FIELDS, executor=executor, progress=None)
    assert len(df) == 40 and not df["success"].any()
    assert set(df["error_type"]) == {"crashed"}
    assert df["error"].str.contains("worker pool failed: Unexpected error").all()
