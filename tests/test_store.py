"""The SQLite result store: round-trips, cache keys, history, integrity, concurrency, SIGKILL."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pdfkit_nb import _store_codec as codec
from pdfkit_nb import _store_schema
from pdfkit_nb.errors import OptionError
from pdfkit_nb.fields import Field, resolve_fields
from pdfkit_nb.processors import BatchResult
from pdfkit_nb.store import (
    ExtractionRepository,
    StoreError,
    cache_fingerprint,
    clear_cache,
    load_results,
    resolve_cache,
)

ROOT = Path(__file__).resolve().parents[1]
FP = "f" * 64


def sha(n: int) -> str:
    return hashlib.sha256(f"file-{n}".encode()).hexdigest()


def ok_result(n: int = 1, **changes: Any) -> BatchResult:
    result = BatchResult(
        file_name=f"invoice_{n}.pdf",
        success=True,
        data={
            "invoice_number": f"INV-{n:04d}",
            "invoice_date": dt.date(2024, 3, 1 + n % 28),
            "total": 1000.5 + n,
            "po_number": None,
        },
        pages=2,
        sha256=sha(n),
        seconds=0.25,
        sources={
            "invoice_number": {"page": 1, "label": "Invoice No", "bbox": [10.0, 20.5, 80.0, 31.0]},
            "invoice_date": None,
            "total": {"page": 2, "label": "Total", "bbox": None, "raw": "$1,001.50", "rule": "x"},
            "po_number": None,
        },
        meta={"ai_prompt_tokens": 120, "model": "fake"},
        timings={"read": 0.001, "parse": 0.2, "extract": 0.04},
    )
    for key, value in changes.items():
        setattr(result, key, value)
    return result


def failed_result(n: int) -> BatchResult:
    return BatchResult(
        file_name=f"broken_{n}.pdf",
        success=False,
        error="no text layer (a scan?)",
        error_type="no_text",
        pages=1,
        sha256=sha(n),
        seconds=0.1,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Any:
    with ExtractionRepository(tmp_path / "store" / "results.sqlite") as store:
        yield store


def raw(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path, isolation_level=None))


# ---------------------------------------------------------------- round trips


def test_round_trip_keeps_types_provenance_and_meta(repo: ExtractionRepository) -> None:
    original = ok_result(3)
    run = repo.start_run(fields={"total": Field(kind="amount", name="total")}, settings={}, total=1)
    repo.put(original, FP, run_id=run)
    got = repo.get(original.sha256 or "", FP)
    assert got is not None
    assert got.cached is True
    assert got.data == original.data
    assert type(got.data["invoice_date"]) is dt.date
    assert type(got.data["total"]) is float
    assert got.data["po_number"] is None
    assert got.sources == original.sources
    assert got.meta == original.meta
    assert got.timings == original.timings
    assert (got.file_name, got.pages, got.sha256, got.seconds) == ("invoice_3.pdf", 2, sha(3), 0.25)
    assert (got.success, got.error, got.error_type) == (True, None, None)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "Ünïcødé €",
        0.1 + 0.2,
        -0.0,
        1e308,
        float("inf"),
        7,
        2**70,
        True,
        dt.date(1999, 12, 31),
        dt.datetime(2024, 3, 5, 6, 7, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        Decimal("1234.50"),
        (1.5, "a"),
        [1, [2, None]],
        {"nested": {"bbox": (1.0, 2.0)}},
        {1: "int key"},
        b"\x00\xff",
        dt.timedelta(days=2, microseconds=5),
    ],
    ids=lambda v: type(v).__name__ + ("-" + str(v)[:12] if isinstance(v, (float, int)) else ""),
)
def test_codec_round_trips_exactly(value: object) -> None:
    back = codec.loads(codec.dumps(value))
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, float):
        assert math.copysign(1.0, back) == math.copysign(1.0, value)


def test_codec_nan_and_pandas_missing() -> None:
    assert math.isnan(codec.loads(codec.dumps(float("nan"))))
    assert codec.loads(codec.dumps(pd.NA)) is None
    assert codec.loads(codec.dumps(pd.NaT)) is None


def test_codec_refuses_an_unknown_tag_instead_of_guessing() -> None:
    with pytest.raises(codec.CodecError, match="unknown stored value"):
        codec.loads('["money", "12 EUR"]')


def test_value_with_unknown_tag_in_store_is_an_error_not_a_misread(
    repo: ExtractionRepository,
) -> None:
    repo.put(ok_result(1), FP, run_id="r")
    with raw(repo.path) as conn:
        conn.execute("""UPDATE results SET data = '{"total": ["money", "12"]}'""")
    with pytest.raises(StoreError, match="cannot read"):
        repo.get(sha(1), FP)


# ---------------------------------------------------------------- cache keys


def test_hit_after_rename_same_content(tmp_path: Path, repo: ExtractionRepository) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4 same bytes")
    key = hashlib.sha256(pdf.read_bytes()).hexdigest()
    repo.put(ok_result(1, sha256=key, file_name="a.pdf"), FP, run_id="r")
    moved = tmp_path / "elsewhere" / "renamed.pdf"
    moved.parent.mkdir()
    pdf.rename(moved)
    got = repo.get(hashlib.sha256(moved.read_bytes()).hexdigest(), FP)
    assert got is not None and got.file_name == "a.pdf"  # the caller sets the new name


def test_miss_after_changed_content(repo: ExtractionRepository) -> None:
    repo.put(ok_result(1), FP, run_id="r")
    assert repo.get(hashlib.sha256(b"edited").hexdigest(), FP) is None


BASE = {
    "fields": resolve_fields(["invoice_number", "total"]),
    "extractor_fingerprint": "pdfkit_nb.extractors.rules.RulesExtractor",
    "engine": "pdfplumber",
    "password_set": False,
    "version": "0.1.0",
}


@pytest.mark.parametrize(
    "change",
    [
        {"fields": resolve_fields(["invoice_number", "total", "due_date"])},
        {"fields": resolve_fields(["total", "invoice_number"])},
        {"fields": resolve_fields({"invoice_number": r"INV-(\d+)", "total": None})},
        {"fields": resolve_fields({"invoice_number": None, "total": Field(kind="number")})},
        {"extractor_fingerprint": "callable:my.func:abc"},
        {"engine": "pdfium"},
        {"password_set": True},
        {"version": "0.2.0"},
        {"extra": {"dayfirst": True}},
    ],
    ids=[
        "added",
        "reordered",
        "pattern",
        "kind",
        "extractor",
        "engine",
        "password",
        "version",
        "extra",
    ],
)
def test_fingerprint_changes_with_what_changes_the_answer(
    change: dict[str, Any], repo: ExtractionRepository
) -> None:
    before = cache_fingerprint(**BASE)  # type: ignore[arg-type]
    after = cache_fingerprint(**{**BASE, **change})
    assert before == cache_fingerprint(**BASE)  # type: ignore[arg-type]
    assert len(before) == 64 and before != after
    repo.put(ok_result(1), before, run_id="r")
    assert repo.get(sha(1), before) is not None
    assert repo.get(sha(1), after) is None


def test_failures_are_stored_and_returned(repo: ExtractionRepository) -> None:
    repo.put(failed_result(9), FP, run_id="r")
    got = repo.get(sha(9), FP)
    assert got is not None
    assert (got.success, got.error_type, got.error) == (False, "no_text", "no text layer (a scan?)")
    assert got.data == {} and got.cached


def test_newest_result_for_a_key_wins(repo: ExtractionRepository) -> None:
    repo.put(failed_result(1), FP, run_id="r1")
    repo.put(ok_result(1), FP, run_id="r2")
    got = repo.get(sha(1), FP)
    assert got is not None and got.success
    assert repo.get_many([(sha(1), FP)])[(sha(1), FP)].success


def test_result_without_sha256_is_not_stored(repo: ExtractionRepository) -> None:
    repo.put(
        BatchResult("missing.pdf", False, error="no such file", error_type="not_found"),
        FP,
        run_id="r",
    )
    assert repo.info()["rows"] == 0


def test_get_many_chunks_and_mixed_fingerprints(repo: ExtractionRepository) -> None:
    for n in range(1200):
        repo.put(ok_result(n), FP if n % 3 else "other", run_id="r")
    keys = [(sha(n), FP) for n in range(1300)] + [(sha(0), "other"), (sha(3), "other")]
    found = repo.get_many(keys)
    expected = {(sha(n), FP) for n in range(1200) if n % 3} | {(sha(0), "other"), (sha(3), "other")}
    assert set(found) == expected
    assert found[(sha(1199), FP)].data["total"] == 1000.5 + 1199


@pytest.mark.parametrize("keep_text", [False, True], ids=["default", "keep_text"])
def test_text_is_kept_only_when_asked(tmp_path: Path, keep_text: bool) -> None:
    path = tmp_path / "r.sqlite"
    with ExtractionRepository(path, keep_text=keep_text) as store:
        store.put(ok_result(1), FP, run_id="r", text="Invoice Number INV-0001 ...")
        assert store.get_text(sha(1), FP) == ("Invoice Number INV-0001 ..." if keep_text else None)
        assert store.info()["rows_with_text"] == int(keep_text)


def test_put_from_another_thread(repo: ExtractionRepository) -> None:
    # extract_batch_sync may run the event loop in a helper thread inside Jupyter.
    worker = threading.Thread(target=repo.put, args=(ok_result(5), FP), kwargs={"run_id": "r"})
    worker.start()
    worker.join()
    assert repo.get(sha(5), FP) is not None


# ---------------------------------------------------------------- history and inspection


def test_load_results_columns_and_types(repo: ExtractionRepository) -> None:
    run = repo.start_run(fields={"total": None}, settings={"engine": "pdfplumber"}, total=3)
    repo.put(ok_result(1), FP, run_id=run)
    repo.put(failed_result(2), FP, run_id=run)
    repo.put(ok_result(1, data={**ok_result(1).data, "total": 5.0}), FP, run_id=run)
    repo.finish_run(run, status="completed")
    df = repo.load_results()
    fields = ["invoice_number", "invoice_date", "total", "po_number"]
    fixed = ["success", "error_type", "error", "pages", "sha256", "seconds", "run_id", "stored_at"]
    assert list(df.columns[: 1 + len(fields) + len(fixed)]) == ["file", *fields, *fixed]
    assert {"fingerprint", "ai_prompt_tokens", "model"} <= set(df.columns)
    assert list(df.file) == ["broken_2.pdf", "invoice_1.pdf"]  # latest per key, oldest first
    assert str(df.invoice_date.dtype) == "datetime64[ns]"
    assert df.total.dtype == "float64" and df.total.iloc[1] == 5.0
    assert df.invoice_number.dtype == "string" and df.invoice_number.isna().iloc[0]
    assert df.success.dtype == bool and list(df.success) == [False, True]
    assert df.error_type.iloc[0] == "no_text" and pd.isna(df.error_type.iloc[1])
    assert str(df.pages.dtype) == "Int64" and set(df.run_id) == {run}
    assert isinstance(df.stored_at.dtype, pd.DatetimeTZDtype)
    history = repo.load_results(latest_only=False)
    assert len(history) == 3 and list(history.total.iloc[[0, 2]]) == [1001.5, 5.0]


def test_load_results_of_an_empty_store(repo: ExtractionRepository) -> None:
    df = repo.load_results()
    assert len(df) == 0 and list(df.columns[:2]) == ["file", "success"]


def _age_rows(path: Path, days: float, where: str = "1") -> None:
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).isoformat(
        timespec="microseconds"
    )
    with raw(path) as conn:
        conn.execute(f"UPDATE results SET stored_at = ? WHERE {where}", (old,))
        conn.execute("UPDATE runs SET started_at = ?", (old,))


@pytest.mark.parametrize(
    "older_than",
    ["7d", "1w", "6d23h", " 150h ", dt.timedelta(days=7), "2020-01-01"],
    ids=["7d", "1w", "compound", "hours", "timedelta", "iso-date-keeps-all"],
)
def test_clear_older_than(repo: ExtractionRepository, older_than: object) -> None:
    run = repo.start_run(fields={}, settings={}, total=4)
    for n in range(4):
        repo.put(ok_result(n), FP, run_id=run)
    _age_rows(repo.path, days=10, where="file_name IN ('invoice_0.pdf', 'invoice_1.pdf')")
    removed = repo.clear(older_than=older_than)  # type: ignore[arg-type]
    expected = 0 if older_than == "2020-01-01" else 2
    assert removed == expected
    assert repo.info()["rows"] == 4 - expected
    assert repo.info()["runs"] == 1  # the run still has rows


def test_clear_everything_and_datetime_cutoff(repo: ExtractionRepository) -> None:
    run = repo.start_run(fields={}, settings={}, total=2)
    repo.put(ok_result(1), FP, run_id=run)
    repo.put(ok_result(2), FP, run_id=run)
    future = dt.datetime.now() + dt.timedelta(minutes=1)  # naive = local time
    assert repo.clear(older_than=future) == 2
    repo.put(ok_result(3), FP, run_id=run)
    assert repo.clear() == 1
    assert (repo.info()["rows"], repo.info()["runs"]) == (0, 0)


@pytest.mark.parametrize("bad", ["soon", "7 days", "-", 7], ids=["word", "spelled", "dash", "int"])
def test_clear_rejects_unknown_cutoffs(repo: ExtractionRepository, bad: object) -> None:
    with pytest.raises(OptionError, match="older_than"):
        repo.clear(older_than=bad)  # type: ignore[arg-type]


def test_info(repo: ExtractionRepository) -> None:
    empty = repo.info()
    assert (empty["rows"], empty["runs"], empty["oldest"], empty["schema_version"]) == (
        0,
        0,
        None,
        1,
    )
    run = repo.start_run(fields={}, settings={}, total=2)
    repo.put(ok_result(1), FP, run_id=run)
    repo.put(ok_result(1), "other", run_id=run)
    info = repo.info()
    assert info["path"] == str(repo.path)
    assert (info["rows"], info["files"], info["runs"]) == (2, 1, 1)
    assert isinstance(info["size_bytes"], int) and info["size_bytes"] > 0
    oldest, newest = info["oldest"], info["newest"]
    assert isinstance(oldest, dt.datetime) and isinstance(newest, dt.datetime)
    assert oldest <= newest and oldest.tzinfo is not None


def test_runs_are_recorded(repo: ExtractionRepository) -> None:
    run = repo.start_run(
        fields={"total": Field(kind="amount", name="total")}, settings={"engine": "pdfium"}, total=5
    )
    assert len(run) == 32
    repo.finish_run(run, status="cancelled")
    with raw(repo.path) as conn:
        status, fields, total = conn.execute("SELECT status, fields, total FROM runs").fetchone()
    assert (status, total) == ("cancelled", 5) and '"kind": "amount"' in fields
    with pytest.raises(OptionError, match="status"):
        repo.finish_run(run, status="done")


# ---------------------------------------------------------------- resolving cache=


def test_resolve_cache_true_uses_default_path_in_working_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = resolve_cache(True)
    assert store is not None
    with store:
        assert store.path == tmp_path / ".pdfkit_nb" / "results.sqlite"
    assert (tmp_path / ".pdfkit_nb" / ".gitignore").read_text().strip().endswith("*")


def test_resolve_cache_other_forms(tmp_path: Path, repo: ExtractionRepository) -> None:
    assert resolve_cache(None) is None and resolve_cache(False) is None
    assert resolve_cache(repo) is repo
    for given in (str(tmp_path / "a.sqlite"), tmp_path / "b.sqlite"):
        store = resolve_cache(given)
        assert store is not None
        with store:
            assert store.path == Path(given)


@pytest.mark.parametrize("bad", [1, "", b"x.sqlite", ["a"]], ids=["int", "empty", "bytes", "list"])
def test_resolve_cache_rejects_other_values(bad: Any) -> None:
    with pytest.raises(OptionError, match="cache must be"):
        resolve_cache(bad)


def test_module_level_load_and_clear(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    with pytest.raises(StoreError, match="no result store"):
        load_results(path)
    assert not path.exists()  # inspecting never creates a store
    assert clear_cache(path) == 0
    with ExtractionRepository(path) as store:
        store.put(ok_result(1), FP, run_id="r")
        assert len(load_results(store)) == 1  # a repository object works too
    assert list(load_results(str(path)).file) == ["invoice_1.pdf"]
    assert clear_cache(path, older_than="1d") == 0
    assert clear_cache(path) == 1


def test_closed_store_says_so(tmp_path: Path) -> None:
    store = ExtractionRepository(tmp_path / "r.sqlite")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get(sha(1), FP)


# ---------------------------------------------------------------- integrity


def _filled(path: Path, rows: int = 300) -> Path:
    with ExtractionRepository(path) as store:
        for n in range(rows):
            store.put(ok_result(n), FP, run_id="r")
    return path


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path) -> None:
    _filled(path)
    with open(path, "r+b") as fh:
        fh.truncate(os.path.getsize(path) // 2)


def _scribbled(path: Path) -> None:
    _filled(path)
    with open(path, "r+b") as fh:
        fh.seek(os.path.getsize(path) // 2)
        fh.write(b"\xa5" * 3000)


def _text_file(path: Path) -> None:
    path.write_text("total,date\n1,2\n")


@pytest.mark.parametrize(
    "damage", [_random_bytes, _truncated, _scribbled, _text_file], ids=lambda f: f.__name__[1:]
)
def test_corrupt_store_is_refused_with_path_and_hint(tmp_path: Path, damage: Any) -> None:
    path = tmp_path / "results.sqlite"
    damage(path)
    with pytest.raises(StoreError) as info:
        ExtractionRepository(path)
    assert str(path) in str(info.value) and "start fresh" in str(info.value)
    assert info.value.path == str(path)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with raw(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a pdfkit_nb result store"):
        ExtractionRepository(path)


@pytest.mark.parametrize("version", [2, 99], ids=["next", "far-future"])
def test_store_from_newer_version_is_refused(tmp_path: Path, version: int) -> None:
    path = _filled(tmp_path / "r.sqlite", rows=3)
    with raw(path) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
    with pytest.raises(StoreError, match=rf"newer pdfkit_nb \(store schema {version}") as info:
        ExtractionRepository(path)
    assert str(path) in str(info.value)


def test_older_store_is_migrated_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled(tmp_path / "r.sqlite", rows=3)  # schema 1
    monkeypatch.setattr(_store_schema, "SCHEMA_VERSION", 2)
    with pytest.raises(StoreError, match="schema 1, which this pdfkit_nb cannot upgrade"):
        ExtractionRepository(path)
    monkeypatch.setattr(
        _store_schema, "MIGRATIONS", {1: "ALTER TABLE results ADD COLUMN note TEXT"}
    )
    with ExtractionRepository(path) as store:
        assert store.info()["schema_version"] == 2 and store.info()["rows"] == 3
        assert store.get(sha(2), FP) is not None


# ---------------------------------------------------------------- concurrency and crashes


def _writer(path: str, worker: int, count: int, start: Any) -> None:
    start.wait()
    with ExtractionRepository(path) as store:
        run = store.start_run(fields={}, settings={"worker": worker}, total=count)
        for n in range(count):
            store.put(ok_result(worker * 10_000 + n), FP, run_id=run)
        store.finish_run(run, status="completed")


@pytest.mark.parametrize("fresh", [True, False], ids=["new-file", "existing-file"])
def test_two_processes_writing_at_once(tmp_path: Path, fresh: bool) -> None:
    path = tmp_path / "shared.sqlite"
    if not fresh:
        ExtractionRepository(path).close()
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)  # both open (and, for a new file, create) the store at once
    procs = [ctx.Process(target=_writer, args=(str(path), w, 200, start)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    with ExtractionRepository(path) as store:
        assert store.info()["rows"] == 400 and store.info()["runs"] == 2
        assert (
            len(store.get_many([(sha(w * 10_000 + n), FP) for w in (1, 2) for n in range(200)]))
            == 400
        )
    with raw(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


CHILD = textwrap.dedent(
    """
    import sys
    from pdfkit_nb.processors import BatchResult
    from pdfkit_nb.store import ExtractionRepository

    store = ExtractionRepository(sys.argv[1])
    run = store.start_run(fields={}, settings={}, total=10**6)
    n = 0
    while True:
        result = BatchResult(f"f{n}.pdf", True, {"total": n + 0.5}, sha256=f"{n:064x}")
        store.put(result, "fp", run_id=run)
        print(n, flush=True)
        n += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_results_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    with child.stdout:
        acknowledged = 0
        while acknowledged < 150:
            line = child.stdout.readline()
            assert line, f"child exited early with {child.wait()}"
            acknowledged += 1
        child.send_signal(signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
    with raw(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with ExtractionRepository(path) as store:
        assert store.info()["rows"] >= 150
        got = store.get(f"{149:064x}", "fp")
        assert got is not None and got.data == {"total": 149.5}
