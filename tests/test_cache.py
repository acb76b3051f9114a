"""extract_batch(cache=...): reruns come from the store, interrupted batches resume."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

import pdfkit_nb as pk

FIELDS = ["invoice_number", "total"]


def run(sources: object, cache: object, fields: object = FIELDS, **options: object) -> pd.DataFrame:
    return pk.extract_batch_sync(sources, fields, progress=None, cache=cache, **options)


def test_rerun_comes_from_the_store_with_identical_values(mixed_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "results.sqlite"
    cold = run(mixed_dir, store)
    warm = run(mixed_dir, store)
    assert not cold["cached"].any()
    # Failures are retried by default, successes come from the store.
    assert warm["cached"].tolist() == cold["success"].tolist()
    cols = ["file", *FIELDS, "success", "error_type", "error", "pages", "sha256"]
    pd.testing.assert_frame_equal(cold[cols], warm[cols])


def test_renamed_file_is_a_hit_changed_fields_are_a_miss(invoice_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    run(invoice_dir, store)
    moved = tmp_path / "elsewhere"
    shutil.copytree(invoice_dir, moved)
    (moved / "invoice_1.pdf").rename(moved / "renamed.pdf")
    again = run(moved, store)
    assert again["cached"].all()
    assert "renamed.pdf" in again["file"].iloc[-1]  # the row carries the name given now
    assert not run(invoice_dir, store, ["invoice_number", "invoice_date"])["cached"].any()
    assert not run(invoice_dir, store, engine="pdfium")["cached"].any()


def test_refresh_and_retry_failed(mixed_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    run(mixed_dir, store)
    assert not run(mixed_dir, store, refresh=True)["cached"].any()
    kept = run(mixed_dir, store, retry_failed=False)
    assert kept["cached"].all()
    assert set(kept.loc[~kept["success"], "error_type"]) >= {"not_pdf", "no_text"}


def test_a_repository_object_stays_open_and_history_is_kept(
    invoice_dir: Path, tmp_path: Path
) -> None:
    repo = pk.ExtractionRepository(tmp_path / "s.sqlite")
    run(invoice_dir, repo)
    run(invoice_dir, repo, refresh=True)
    history = pk.load_results(repo, latest_only=False)
    assert len(history) == 10 and history["run_id"].nunique() == 2
    assert {"file", "invoice_number", "total", "success", "run_id", "stored_at"} <= set(history)
    assert pk.clear_cache(repo) == 10
    repo.close()


def test_cache_true_uses_the_documented_default_path(
    invoice_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run(invoice_dir, True)
    assert (tmp_path / ".pdfkit_nb" / "results.sqlite").exists()
    assert run(invoice_dir, True)["cached"].all()


def test_bad_cache_argument_is_an_option_error(invoice_dir: Path) -> None:
    with pytest.raises(pk.OptionError, match="cache must be"):
        run(invoice_dir, 3.14)


def test_corrupt_store_names_the_file(invoice_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(pk.StoreError, match=r"bad\.sqlite"):
        run(invoice_dir, bad)


CHILD = textwrap.dedent(
    """
    import sys, time
    import pdfkit_nb as pk

    def slow(text, fields):
        time.sleep(0.4)
        return {"invoice_number": text.split("Invoice Number: ")[1].split()[0]}

    def show(event):
        if event.event_type.name in ("FILE_COMPLETED", "FILE_FAILED"):
            print("done", event.file_name, flush=True)

    if __name__ == "__main__":
        pk.extract_batch_sync(sys.argv[1], ["invoice_number"], method=slow, cache=sys.argv[2],
                              max_concurrent=1, executor="thread", progress=show)
    """
)


def test_sigkill_mid_batch_loses_nothing_that_completed(tmp_path: Path) -> None:
    from conftest import invoice_bytes

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        (folder / f"f{n:02d}.pdf").write_bytes(invoice_bytes(n))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    store = tmp_path / "s.sqlite"
    proc = subprocess.Popen(
        [sys.executable, str(script), str(folder), str(store)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    reported = [proc.stdout.readline() for _ in range(4)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert all(line.startswith("done") for line in reported)

    stored = pk.load_results(store)
    assert len(stored) >= 4  # every file reported done was committed before it was reported
    assert stored["success"].all()


def test_interrupted_batch_resumes_with_only_the_rest(tmp_path: Path) -> None:
    from conftest import invoice_bytes

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(8):
        (folder / f"f{n}.pdf").write_bytes(invoice_bytes(n))
    store = tmp_path / "s.sqlite"
    parsed: list[str] = []

    def slow(text: str, fields: list[str]) -> dict[str, str]:
        parsed.append(text)
        time.sleep(0.2)
        return {"invoice_number": "x"}

    def ctrl_c_after_three(event: pk.ProgressEvent) -> None:
        if event.event_type is pk.ProgressEventType.FILE_COMPLETED and event.current_file == 3:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C, mid-batch

    with pytest.raises(KeyboardInterrupt):
        pk.extract_batch_sync(
            folder,
            ["invoice_number"],
            method=slow,
            cache=store,
            max_concurrent=1,
            executor="thread",
            progress=ctrl_c_after_three,
        )
    done_before = len(pk.load_results(store))
    assert 3 <= done_before < 8
    parsed.clear()
    df = run(folder, store, ["invoice_number"], method=slow, max_concurrent=1, executor="thread")
    assert df["cached"].sum() == done_before
    assert len(parsed) == 8 - done_before
    assert df["success"].all()
