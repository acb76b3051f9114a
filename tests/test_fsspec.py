"""fsspec URLs as sources: memory:// globs and folders, a local HTTP server, errors as rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import invoice_bytes

import pdfkit_nb as pk
from pdfkit_nb import _fsspec
from pdfkit_nb.sources import normalize_sources

fsspec = pytest.importorskip("fsspec")

FIELDS = ["invoice_number", "invoice_date", "total"]
RESULT = [*FIELDS, "success", "error_type", "error", "pages", "sha256", "cached"]


def run(sources: Any, fields: Any = FIELDS, **options: Any) -> pd.DataFrame:
    options.setdefault("progress", None)
    return pk.extract_batch_sync(sources, fields, **options)


@pytest.fixture
def memory_root() -> Iterator[str]:
    """``memory://<unique>/`` holding invoice_1..3.pdf, sub/invoice_4.PDF, a note.txt and macOS's
    hidden ``._`` files."""
    fs = fsspec.filesystem("memory")
    root = f"/pdfkit_nb_{uuid.uuid4().hex[:8]}"
    for n in (1, 2, 3):
        fs.pipe(f"{root}/invoice_{n}.pdf", invoice_bytes(n, day=n))  # as in invoice_dir
    fs.pipe(f"{root}/sub/invoice_4.PDF", invoice_bytes(4, day=4))
    fs.pipe(f"{root}/note.txt", b"not an invoice")
    # Hidden files and folders (macOS's AppleDouble files) are left out, as local listings do.
    fs.pipe(f"{root}/._invoice_1.pdf", b"\x00\x05\x16\x07AppleDouble")
    fs.pipe(f"{root}/__MACOSX/sub/._invoice_4.PDF", b"\x00\x05\x16\x07AppleDouble")
    yield f"memory://{root}"
    fs.rm(root, recursive=True)


def values(df: pd.DataFrame) -> pd.DataFrame:
    return df[RESULT].reset_index(drop=True)


# ------------------------------------------------------------------ memory://
def test_memory_glob_gives_the_same_values_as_local_files(
    memory_root: str, invoice_dir: Path
) -> None:
    df = run(f"{memory_root}/*.pdf")
    assert df["file"].tolist() == [f"{memory_root}/invoice_{n}.pdf" for n in (1, 2, 3)]
    local = run([invoice_dir / f"invoice_{n}.pdf" for n in (1, 2, 3)])
    pd.testing.assert_frame_equal(values(df), values(local))
    assert df["success"].all()


@pytest.mark.parametrize(
    ("recursive", "names"),
    [(False, ["invoice_1.pdf", "invoice_2.pdf", "invoice_3.pdf"]),
     (True, ["invoice_1.pdf", "invoice_2.pdf", "invoice_3.pdf", "sub/invoice_4.PDF"])],
    ids=["folder", "recursive"],
)  # fmt: skip
def test_memory_folder_lists_pdfs_case_insensitively(
    memory_root: str, recursive: bool, names: list[str]
) -> None:
    found = normalize_sources(memory_root, recursive=recursive)
    assert [s.name[len(memory_root) + 1 :] for s in found] == names
    assert all(s.kind == "url" and not s.opens_in_worker for s in found)


def test_url_globs_skip_dot_files_unless_the_pattern_spells_the_dot(memory_root: str) -> None:
    def names(pattern: str) -> list[str]:
        return [s.name[len(memory_root) + 1 :] for s in normalize_sources(pattern)]

    assert names(f"{memory_root}/*.pdf") == [f"invoice_{n}.pdf" for n in (1, 2, 3)]
    assert names(f"{memory_root}/**/*.PDF") == ["sub/invoice_4.PDF"]
    assert names(f"{memory_root}/._*.pdf") == ["._invoice_1.pdf"]


def test_open_files_carry_their_filesystem(memory_root: str) -> None:
    files = fsspec.open_files(f"{memory_root}/**/invoice_*.pdf")  # fsspec's own glob: no ._ files
    df = run(files, ["invoice_number"], executor="thread")
    assert df["invoice_number"].tolist() == ["INV-0001", "INV-0002", "INV-0003"]
    assert df["file"].tolist() == [f.full_name for f in files]


def test_a_glob_that_matches_nothing_says_so(memory_root: str) -> None:
    with pytest.raises(pk.NoFilesFoundError, match="no PDF files found in pattern"):
        run(f"{memory_root}/nothing-*.pdf")


# ------------------------------------------------------------------ https?:// on 127.0.0.1
def test_http_urls_are_opened_by_the_workers(
    served: str, invoice_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = _fsspec.read_url

    def spy(url: str, fs: Any = None) -> bytes:
        calls.append(url)
        return real(url, fs)

    monkeypatch.setattr(_fsspec, "read_url", spy)
    names = [f"invoice_{n}.pdf" for n in range(1, 6)]
    urls = [f"{served}/{name}" for name in names]
    df = run([*urls, f"{served}/missing.pdf"], executor="process")
    local = run([invoice_dir / name for name in names], executor="process")
    pd.testing.assert_frame_equal(values(df.iloc[:5]), values(local))
    assert df["file"].tolist()[:5] == urls
    assert df.loc[5, "error_type"] == "not_found"
    assert calls == []  # the bytes went to the worker processes, not through this one


def test_http_urls_with_a_cache_are_hashed_once_and_hit_on_rerun(
    served: str, tmp_path: Path
) -> None:
    urls = [f"{served}/invoice_{n}.pdf" for n in (1, 2)]
    first = run(urls, cache=tmp_path / "cache.sqlite", executor="thread")
    again = run(urls, cache=tmp_path / "cache.sqlite", executor="thread")
    assert not first["cached"].any() and again["cached"].all()
    pd.testing.assert_frame_equal(
        values(first).drop(columns="cached"), values(again).drop(columns="cached")
    )


def test_an_unreachable_server_is_a_read_error_row(served: str) -> None:
    df = run([f"{served}/invoice_1.pdf", "http://127.0.0.1:9/a.pdf"], executor="thread")
    assert df["success"].tolist() == [True, False]
    assert df.loc[1, "error_type"] == "read_error"
    assert df.loc[1, "error"].startswith("cannot be read:")


# ------------------------------------------------------------------ the boundary
@pytest.mark.parametrize(
    ("url", "message"),
    [("nope://bucket/a.pdf", "knows no 'nope' protocol"),
     ("zzfs::memory://x/a.pdf", "knows no 'zzfs' protocol")],
    ids=["unknown", "unknown-in-chain"],
)  # fmt: skip
def test_unknown_protocols_fail_before_any_work(url: str, message: str) -> None:
    with pytest.raises(pk.OptionError, match=message):
        run(url)


def test_a_missing_filesystem_package_is_named() -> None:
    try:
        import s3fs  # noqa: F401
    except ImportError:
        with pytest.raises(pk.OptionError, match="s3fs"):
            run("s3://bucket/invoices/a.pdf")
    else:
        pytest.skip("s3fs is installed")


def test_file_urls_are_local_paths(invoice_dir: Path) -> None:
    (source,) = normalize_sources(f"file://{invoice_dir}/invoice_1.pdf")
    assert source.kind == "path" and source.path == invoice_dir / "invoice_1.pdf"
    df = run([f"file://{invoice_dir}/invoice_2.pdf", f"file://{invoice_dir}/none.pdf"])
    assert df["error_type"].tolist()[1] == "not_found"


@pytest.mark.parametrize(
    ("text", "is_url"),
    [("s3://b/a.pdf", True), ("simplecache::s3://b/a.pdf", True), ("a/b.pdf", False),
     ("C:\\a\\b.pdf", False), ("https://x.org/a.pdf?x=1", True)],
    ids=["s3", "chained", "relative", "windows", "query"],
)  # fmt: skip
def test_url_detection(text: str, is_url: bool) -> None:
    assert _fsspec.is_url(text) is is_url
