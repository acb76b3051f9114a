"""The result store's SQLite schema: opening, checking, migrating, and mapping sqlite3 errors."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import PdfkitError

__all__ = [
    "BUSY_TIMEOUT",
    "RESULT_COLUMNS",
    "SCHEMA_VERSION",
    "StoreError",
    "connect",
    "store_error",
    "transaction",
    "translate",
]

#: Bumped whenever the tables or the value encoding change; see ``MIGRATIONS``.
SCHEMA_VERSION = 1
#: ``PRAGMA application_id`` ("pdkn"): tells our stores apart from other SQLite files.
APPLICATION_ID = 0x70646B6E
#: Seconds a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT = 30.0
RESULT_COLUMNS = (
    "sha256, fingerprint, file_name, success, error_type, error, pages, seconds, "
    "data, sources, meta, timings, text, run_id, stored_at"
)
# Values are type-tagged JSON (``_store_codec``); timestamps are fixed-width UTC ISO text, so
# they sort and compare as strings. Results keep their history: the newest row per key wins.
_SCHEMA = f"""
CREATE TABLE runs (
    run_id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
    status TEXT NOT NULL, total INTEGER, fields TEXT NOT NULL, settings TEXT NOT NULL);
CREATE TABLE results (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL,
    file_name TEXT NOT NULL, success INTEGER NOT NULL, error_type TEXT, error TEXT,
    pages INTEGER, seconds REAL, data TEXT NOT NULL, sources TEXT NOT NULL, meta TEXT NOT NULL,
    timings TEXT NOT NULL, text TEXT, run_id TEXT, stored_at TEXT NOT NULL);
CREATE INDEX results_key ON results (sha256, fingerprint);
CREATE INDEX results_stored_at ON results (stored_at);
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION}
"""
#: ``{old_version: SQL}`` bringing a store up one version. None yet: 1 is the first schema.
MIGRATIONS: dict[int, str] = {}
FRESH_HINT = "delete it (with its -wal and -shm files) to start fresh, or pass another cache path"
_MAGIC = b"SQLite format 3\x00"


class StoreError(PdfkitError):
    """The result store cannot be used: corrupt, from another version, locked, or unreadable.

    The message names the file and says how to start fresh; ``path`` holds the file.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.path = None if path is None else os.fspath(path)


def store_error(path: Path, problem: str, hint: str = FRESH_HINT) -> StoreError:
    return StoreError(f"result store {path} {problem}; {hint}", path=path)


@contextmanager
def translate(path: Path) -> Iterator[None]:
    """Turn sqlite3's exceptions into a :class:`StoreError` naming the file."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise store_error(
                path,
                f"stayed locked by another process for over {BUSY_TIMEOUT:g}s ({text})",
                "retry when the other batch is done, or pass another cache path",
            ) from exc
        raise store_error(path, f"cannot be used ({text})") from exc
    except sqlite3.DatabaseError as exc:
        raise store_error(path, f"is damaged or not a database ({exc})") from exc


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """Open (creating or migrating when needed) the store at ``path``; check it is ours."""
    memory = str(path) == ":memory:"
    if not memory:
        _check_file(path, create)
    with translate(path):
        # isolation_level=None: autocommit, so one INSERT is one committed transaction;
        # multi-statement changes use explicit BEGIN IMMEDIATE. check_same_thread=False:
        # extract_batch_sync may run the event loop in a helper thread (the repository's lock
        # serialises calls).
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        try:
            _setup(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"result store path {path} is a folder; pass a file path", path=path)
    if not path.exists():
        if not create:
            raise StoreError(f"no result store at {path}", path=path)
        folder = path.parent
        folder.mkdir(parents=True, exist_ok=True)  # exist_ok: another process may race us
        ignore = folder / ".gitignore"
        if folder.name == ".pdfkit_nb" and not ignore.exists():
            ignore.write_text("# created by pdfkit_nb: keep the result cache out of git\n*\n")
        return
    with open(path, "rb") as fh:
        header = fh.read(len(_MAGIC))
    # An empty file is a fresh database to SQLite; anything else must start with the magic.
    if header and header != _MAGIC:
        raise store_error(path, "is not a SQLite database (corrupt, or some other file)")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")  # take the write lock now: another process may race us
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _run(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and this must stay inside our transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _enable_wal(conn: sqlite3.Connection) -> None:
    delay, deadline = 0.005, time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            # Switching a new file to WAL needs an exclusive lock, and SQLite reports a
            # concurrent switch as busy at once instead of calling the busy handler (waiting
            # could deadlock): two processes creating one store hit this. Retry ourselves.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(2 * delay, 0.1)


def _setup(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
    # Before WAL mode writes the header of a new file (later it is a no-op): lets clear()
    # give freed pages back to the disk.
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    _enable_wal(conn)
    # NORMAL in WAL mode: each commit is atomic and survives this process being killed
    # (SIGKILL included); only an OS crash or power loss may drop the latest commits.
    # https://sqlite.org/pragma.html#pragma_synchronous
    conn.execute("PRAGMA synchronous = NORMAL")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    fresh = version == 0
    if fresh:
        with transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise store_error(path, "is a SQLite database but not a pdfkit_nb result store")
                _run(conn, _SCHEMA)
                version = SCHEMA_VERSION
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise store_error(path, "is a SQLite database but not a pdfkit_nb result store")
    if version > SCHEMA_VERSION:
        raise store_error(
            path,
            f"was written by a newer pdfkit_nb (store schema {version}; this version reads "
            f"schema {SCHEMA_VERSION} and older)",
            f"upgrade pdfkit_nb to use it, or {FRESH_HINT}",
        )
    if not fresh:
        # A damaged page would otherwise surface mid-batch, in a put() long after the start;
        # quick_check reads every page once (about 2 ms per MB) and fails before any work.
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise store_error(path, f"is damaged ({' '.join(verdict.split())})")
    if version < SCHEMA_VERSION:
        _migrate(conn, path)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    with transaction(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        while version < SCHEMA_VERSION:
            if version not in MIGRATIONS:
                raise store_error(
                    path,
                    f"uses store schema {version}, which this pdfkit_nb cannot upgrade",
                    f"open it with the pdfkit_nb that wrote it, or {FRESH_HINT}",
                )
            _run(conn, MIGRATIONS[version])
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
