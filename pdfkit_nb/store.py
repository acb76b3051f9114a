"""The SQLite result store: cache keys, per-file results committed as they complete, run history."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _store_codec as codec
from ._store_codec import parse_cutoff, plain_json, spec_of
from ._store_schema import (
    RESULT_COLUMNS,
    StoreError,
    connect,
    store_error,
    transaction,
    translate,
)
from ._strings import printable
from .errors import OptionError

if TYPE_CHECKING:
    import pandas as pd

    from .fields import Field
    from .processors import BatchResult

__all__ = [
    "ExtractionRepository",
    "StoreError",
    "cache_fingerprint",
    "clear_cache",
    "load_results",
    "resolve_cache",
]

_CHUNK = 500  # keys per lookup query: well under SQLite's bound-parameter limit (999 on old builds)
_STATUSES = ("completed", "cancelled", "failed")
_QMARKS = ",".join("?" * len(RESULT_COLUMNS.split(",")))


def _now() -> str:
    # Fixed-width UTC ISO text sorts chronologically, so SQL can compare timestamps as strings.
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


class ExtractionRepository:
    """Per-file results in a SQLite file, keyed by file content (sha256) and a settings fingerprint.

    Uses the standard library's ``sqlite3`` in WAL mode with ``synchronous=NORMAL``: every
    :meth:`put` is committed before it returns, so a result survives the process being killed
    (even with SIGKILL); after a power loss the last few commits may be rolled back, never
    half-written. Several processes may share one file: writers wait up to ``BUSY_TIMEOUT``
    seconds for each other. One object may be used from several threads (calls are serialised).
    The store keeps values and metadata, not the PDFs' bytes; their text only with
    ``keep_text=True``.

    Parameters
    ----------
    path
        The SQLite file; created (with its folder) if missing. ``":memory:"`` for a throwaway.
    keep_text
        Also store each document's extracted text (when :meth:`put` is given it).
    create
        ``False`` raises :class:`StoreError` instead of creating a missing store.

    Examples
    --------
    >>> from pdfkit_nb.processors import BatchResult
    >>> with ExtractionRepository(":memory:") as repo:
    ...     run = repo.start_run(fields={"total": None}, settings={}, total=1)
    ...     repo.put(BatchResult("a.pdf", True, {"total": 9.5}, sha256="ab12"), "fp", run_id=run)
    ...     repo.get("ab12", "fp").data, repo.get("ab12", "other")
    ({'total': 9.5}, None)
    """

    DEFAULT_PATH = Path(".pdfkit_nb/results.sqlite")

    def __init__(
        self,
        path: str | os.PathLike[str] = DEFAULT_PATH,
        *,
        keep_text: bool = False,
        create: bool = True,
    ) -> None:
        memory = os.fspath(path) == ":memory:"
        self.path = Path(path) if memory else Path(path).expanduser().absolute()
        self.keep_text = bool(keep_text)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = connect(self.path, create=create)

    def _error(self, problem: str) -> StoreError:
        return store_error(self.path, problem)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Hold the lock; sqlite3 errors become a :class:`StoreError` naming the file."""
        with self._lock, translate(self.path):
            yield

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"result store {self.path} is closed", path=self.path)
        return self._conn

    # ------------------------------------------------------------------ results
    def put(
        self, result: BatchResult, fingerprint: str, *, run_id: str, text: str | None = None
    ) -> None:
        """Store one result (success or failure); committed before this returns.

        A result without a ``sha256`` (the file could not even be read) is not stored: there
        is no content to key it by. ``text`` is kept only when the store has ``keep_text``.
        """
        if not result.sha256:
            return
        # SQLite text is UTF-8: a name that is not (os.listdir escapes its bytes) is stored
        # readable; a rerun shows the name it was given, not this one.
        row = (
            result.sha256,
            fingerprint,
            printable(result.file_name),
            int(result.success),
            result.error_type,
            printable(result.error) if result.error else result.error,
            result.pages,
            float(result.seconds),
            codec.dumps_map(result.data),
            codec.dumps_map(result.sources),
            codec.dumps_map(result.meta),
            codec.dumps_map(result.timings),
            printable(text) if self.keep_text and text else None,
            run_id,
            _now(),
        )
        with self._guard():
            # One INSERT in autocommit mode is one transaction: committed when execute returns.
            self._db.execute(f"INSERT INTO results ({RESULT_COLUMNS}) VALUES ({_QMARKS})", row)

    def get(self, sha256: str, fingerprint: str) -> BatchResult | None:
        """The newest result stored for this file content and fingerprint, or ``None``.

        It comes back with ``cached=True`` and the file name it was stored under.
        """
        return self.get_many([(sha256, fingerprint)]).get((sha256, fingerprint))

    def get_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], BatchResult]:
        """:meth:`get` for many ``(sha256, fingerprint)`` keys at once; misses are absent."""
        by_fingerprint: dict[str, list[str]] = {}
        for sha, fp in keys:
            by_fingerprint.setdefault(fp, []).append(sha)
        found: dict[tuple[str, str], BatchResult] = {}
        with self._guard():
            for fp, shas in by_fingerprint.items():
                unique = list(dict.fromkeys(shas))
                for start in range(0, len(unique), _CHUNK):
                    chunk = unique[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT {RESULT_COLUMNS} FROM results "
                        f"WHERE fingerprint = ? AND sha256 IN ({marks}) ORDER BY id",
                        (fp, *chunk),
                    )
                    for row in rows:  # ascending id: the newest row per key wins
                        found[(row[0], row[1])] = self._to_result(row)
        return found

    def get_text(self, sha256: str, fingerprint: str) -> str | None:
        """The document text stored with the newest result (``keep_text=True`` stores only)."""
        with self._guard():
            row = self._db.execute(
                "SELECT text FROM results WHERE sha256 = ? AND fingerprint = ? "
                "ORDER BY id DESC LIMIT 1",
                (sha256, fingerprint),
            ).fetchone()
        return None if row is None else row[0]

    def _to_result(self, row: tuple[Any, ...]) -> BatchResult:
        from .processors import BatchResult  # here: processors may import this module

        try:
            return BatchResult(
                file_name=row[2],
                success=bool(row[3]),
                data=codec.loads_map(row[8]),
                error=row[5],
                error_type=row[4],
                pages=row[6],
                sha256=row[0],
                seconds=row[7] or 0.0,
                cached=True,
                sources=codec.loads_map(row[9]),
                meta=codec.loads_map(row[10]),
                timings=codec.loads_map(row[11]),
            )
        except (ValueError, TypeError) as exc:  # never hand back a misread value
            raise self._error(f"holds a value this version cannot read ({exc})") from exc

    # ------------------------------------------------------------------ runs
    def start_run(
        self, *, fields: Mapping[str, object], settings: Mapping[str, object], total: int
    ) -> str:
        """Record the start of a batch; return its run id (a uuid4 hex) for :meth:`put`."""
        run_id = uuid.uuid4().hex
        specs = {name: spec_of(spec) for name, spec in fields.items()}
        with self._guard():
            self._db.execute(
                "INSERT INTO runs (run_id, started_at, status, total, fields, settings) "
                "VALUES (?, ?, 'running', ?, ?, ?)",
                (run_id, _now(), int(total), plain_json(specs), plain_json(dict(settings))),
            )
        return run_id

    def finish_run(self, run_id: str, *, status: str) -> None:
        """Mark a run ``"completed"``, ``"cancelled"`` or ``"failed"``."""
        if status not in _STATUSES:
            raise OptionError(f"status must be one of {', '.join(_STATUSES)}, not {status!r}")
        with self._guard():
            self._db.execute(
                "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?",
                (status, _now(), run_id),
            )

    # ------------------------------------------------------------------ inspection
    def load_results(self, *, latest_only: bool = True) -> pd.DataFrame:
        """Everything stored, oldest first, as a DataFrame with typed field columns.

        Columns: ``file``, the fields (every field ever stored, in first-seen order), then
        ``success``, ``error_type``, ``error``, ``pages``, ``sha256``, ``seconds``, ``run_id``,
        ``stored_at`` (UTC), ``fingerprint``, and any extractor metadata. ``latest_only`` keeps
        the newest row per file content and fingerprint (what a rerun would reuse); ``False``
        gives the full history.
        """
        where = (
            "WHERE id IN (SELECT max(id) FROM results GROUP BY sha256, fingerprint)"
            if latest_only
            else ""
        )
        with self._guard():
            rows = self._db.execute(
                f"SELECT {codec.FRAME_COLUMNS} FROM results {where} ORDER BY id"
            ).fetchall()
        try:
            return codec.results_frame(rows)
        except (ValueError, TypeError) as exc:
            raise self._error(f"holds a value this version cannot read ({exc})") from exc

    def clear(self, *, older_than: dt.timedelta | dt.datetime | str | None = None) -> int:
        """Remove stored results (all, or those stored before a cutoff); return how many.

        ``older_than`` is a :class:`~datetime.timedelta`, a :class:`~datetime.datetime`
        (naive means local time), or a string: ``"7d"``, ``"12h"``, ``"30m"``, ``"2w"``,
        ``"1d12h"`` or an ISO date. Runs left without results are removed too.
        """
        cutoff = None if older_than is None else parse_cutoff(older_than)
        with self._guard():
            db = self._db
            with transaction(db):
                if cutoff is None:
                    removed = db.execute("DELETE FROM results").rowcount
                    db.execute("DELETE FROM runs")
                else:
                    sql = "DELETE FROM results WHERE stored_at < ?"
                    removed = db.execute(sql, (cutoff,)).rowcount
                    db.execute(
                        "DELETE FROM runs WHERE started_at < ? AND run_id NOT IN "
                        "(SELECT run_id FROM results WHERE run_id IS NOT NULL)",
                        (cutoff,),
                    )
            db.execute("PRAGMA incremental_vacuum")  # give the freed pages back to the disk
        return int(removed)

    def info(self) -> dict[str, object]:
        """Path, size on disk, schema version, row/file/run counts, oldest and newest result."""
        with self._guard():
            db = self._db
            rows, files, oldest, newest, texts = db.execute(
                "SELECT count(*), count(DISTINCT sha256), min(stored_at), max(stored_at), "
                "count(text) FROM results"
            ).fetchone()
            runs = db.execute("SELECT count(*) FROM runs").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
        on_disk = [self.path, Path(f"{self.path}-wal")]
        return {
            "path": str(self.path),
            "size_bytes": sum(p.stat().st_size for p in on_disk if p.exists()),
            "schema_version": version,
            "rows": rows,
            "files": files,
            "runs": runs,
            "rows_with_text": texts,
            "oldest": None if oldest is None else dt.datetime.fromisoformat(oldest),
            "newest": None if newest is None else dt.datetime.fromisoformat(newest),
        }

    # ------------------------------------------------------------------ lifetime
    def close(self) -> None:
        """Close the connection (idempotent). Committed results are already on disk."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.close()

    def __enter__(self) -> ExtractionRepository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else "open"
        return f"ExtractionRepository({str(self.path)!r}, keep_text={self.keep_text}) <{state}>"


def cache_fingerprint(
    *,
    fields: Mapping[str, Field],
    extractor_fingerprint: str,
    engine: str,
    password_set: bool,
    version: str,
    extra: Mapping[str, object] | None = None,
) -> str:
    """A sha256 hex digest of everything that changes a file's extracted values.

    Field order counts (a callable or AI extractor sees the list in order), so reordering the
    fields is a cache miss, as is any change to a field's kind, labels, pattern or dayfirst.

    Examples
    --------
    >>> from pdfkit_nb.fields import resolve_fields
    >>> fp = cache_fingerprint(fields=resolve_fields(["total"]), extractor_fingerprint="rules",
    ...                        engine="pdfplumber", password_set=False, version="0.1.0")
    >>> len(fp)
    64
    """
    canonical = {
        "format": 1,
        "fields": [[name, spec_of(spec)] for name, spec in fields.items()],
        "extractor": extractor_fingerprint,
        "engine": engine,
        "password_set": bool(password_set),
        "version": version,
        "extra": dict(extra or {}),
    }
    text = json.dumps(
        canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_cache(
    cache: bool | str | os.PathLike[str] | ExtractionRepository | None,
) -> ExtractionRepository | None:
    """Normalise ``cache=``: ``None``/``False`` → no store, ``True`` → ``DEFAULT_PATH`` in the
    working directory, a path → a store there, a repository → itself.

    A repository passed in stays the caller's to close; one created here is the caller's too.

    >>> resolve_cache(None) is None
    True
    """
    if cache is None or cache is False:
        return None
    if isinstance(cache, ExtractionRepository):
        return cache
    if cache is True:
        return ExtractionRepository(ExtractionRepository.DEFAULT_PATH)
    if isinstance(cache, (str, os.PathLike)) and os.fspath(cache):
        return ExtractionRepository(cache)
    raise OptionError(
        f"cache must be None, True, a file path or an ExtractionRepository, not {cache!r}"
    )


@contextmanager
def _opened(
    cache: bool | str | os.PathLike[str] | ExtractionRepository,
) -> Iterator[ExtractionRepository]:
    if isinstance(cache, ExtractionRepository):
        yield cache
        return
    if cache is True:
        cache = ExtractionRepository.DEFAULT_PATH
    if not isinstance(cache, (str, os.PathLike)) or not os.fspath(cache):
        raise OptionError(f"pass the cache path or repository to inspect, not {cache!r}")
    repo = ExtractionRepository(cache, create=False)
    try:
        yield repo
    finally:
        repo.close()


def load_results(
    cache: bool | str | os.PathLike[str] | ExtractionRepository = True, *, latest_only: bool = True
) -> pd.DataFrame:
    """Everything in a result store as a DataFrame (see :meth:`ExtractionRepository.load_results`).

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> history = pk.load_results(".pdfkit_nb/results.sqlite", latest_only=False)  # doctest: +SKIP
    >>> history.groupby("run_id").success.mean()  # doctest: +SKIP
    """
    with _opened(cache) as repo:
        return repo.load_results(latest_only=latest_only)


def clear_cache(
    cache: bool | str | os.PathLike[str] | ExtractionRepository = True,
    *,
    older_than: dt.timedelta | dt.datetime | str | None = None,
) -> int:
    """Remove results from a store (all, or those older than ``older_than``); return how many.

    A store that does not exist has nothing to clear (returns 0).

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> pk.clear_cache(True, older_than="30d")  # doctest: +SKIP
    12
    """
    if not isinstance(cache, (ExtractionRepository, bool)) and not Path(cache).exists():
        return 0
    if cache is True and not ExtractionRepository.DEFAULT_PATH.exists():
        return 0
    with _opened(cache) as repo:
        return repo.clear(older_than=older_than)
