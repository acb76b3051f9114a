"""Turn what the user passes as ``sources`` into an ordered list of :class:`Source` objects."""

from __future__ import annotations

import asyncio
import contextlib
import glob as _glob
import inspect
import io
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _fsspec
from ._listing import is_hidden, is_pdf_name
from .errors import NoFilesFoundError, SourceNotFoundError, SourceReadError, SourceTypeError

__all__ = ["Source", "file_errors", "normalize_sources", "read_path", "read_source"]

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, eq=False)
class Source:
    """One input (a path, bytes, a readable object or a URL) and the name shown as ``file``."""

    name: str
    index: int = 0
    path: Path | None = None
    data: bytes | None = None
    reader: Any = None
    #: An fsspec URL (or, with ``fs``, a path inside that filesystem).
    url: str | None = None
    #: The fsspec filesystem that opens ``url`` (it carries the storage options); ``None``
    #: infers it from the URL.
    fs: Any = None

    @property
    def kind(self) -> str:
        if self.path is not None:
            return "path"
        if self.url is not None:
            return "url"
        return "bytes" if self.data is not None else "reader"

    @property
    def opens_in_worker(self) -> bool:
        """A URL the worker opens itself, so its bytes never pass through the event loop.

        ``memory://`` files live in this process, where a worker process can't see them.
        """
        return self.url is not None and not _fsspec.is_process_local(self.url, self.fs)

    def __repr__(self) -> str:
        return f"Source({self.name!r}, kind={self.kind})"


def _expand_dir(directory: Path, recursive: bool) -> list[Path]:
    """The folder's PDF files (``recursive``: and its subfolders'), sorted, hidden ones left
    out (see :func:`~pdfkit_nb._listing.is_hidden`)."""
    found: list[Path] = []
    if recursive:
        for root, folders, files in os.walk(directory):
            folders[:] = [f for f in folders if not is_hidden(f)]  # prunes the walk
            found += [
                path
                for name in files
                if is_pdf_name(name)
                and not is_hidden(name)
                and ((path := Path(root, name)).is_file() or _dangling(path))
            ]
    else:
        # scandir knows each entry's type without a stat per file (folders of 10,000+ PDFs).
        with os.scandir(directory) as entries:
            found = [
                Path(e.path)
                for e in entries
                if is_pdf_name(e.name)
                and not is_hidden(e.name)
                and (e.is_file() or _dangling(Path(e.path)))
            ]
    return sorted(found, key=str)


def _dangling(path: Path) -> bool:
    """A link whose target is gone: listed, as a row saying so beats a file silently left
    out (a folder named like a PDF is not)."""
    return path.is_symlink() and not path.exists()


def _expand_str(text: str, recursive: bool) -> list[Path] | None:
    """Expand a glob pattern (``None`` when ``text`` is not a pattern)."""
    if not (_GLOB_CHARS & set(text)) or os.path.exists(text):
        return None
    matches = _glob.glob(os.path.expanduser(text), recursive=recursive or "**" in text)
    return sorted((Path(m) for m in matches if os.path.isfile(m)), key=lambda p: str(p))


def _no_match_hint(text: str) -> str:
    if _GLOB_CHARS & set(text):
        lower = text.lower()
        if lower.endswith(".pdf") and not text.endswith("[dD][fF]"):
            head = text[: -len(".pdf")]
            return (
                "; patterns are case-sensitive — try "
                f"{head + '.[pP][dD][fF]'!r}, or pass the folder itself"
            )
        return "; check the pattern (patterns are case-sensitive) or pass the folder itself"
    return ""


def _expand_path(value: str | os.PathLike[str], recursive: bool, searched: list[str]) -> list[Path]:
    text = os.fspath(value)
    globbed = _expand_str(text, recursive)
    if globbed is not None:
        searched.append(f"pattern {text!r}")
        return globbed
    expanded = os.path.expanduser(text)
    # os.path.isdir, and no second Path for a Path given: this runs once per listed file.
    if os.path.isdir(expanded):
        searched.append(f"folder {text!r}" + (" (recursively)" if recursive else ""))
        return _expand_dir(Path(expanded), recursive)
    searched.append(f"path {text!r}")
    # A file path is kept even if missing: inside a list it becomes a `not_found` row.
    return [value if isinstance(value, Path) and expanded == text else Path(expanded)]


def _reader_name(obj: Any, index: int) -> str:
    name = getattr(obj, "name", None)
    if isinstance(name, (str, os.PathLike)) and os.fspath(name):
        return os.fspath(name)
    return f"<stream {index}>"


def normalize_sources(sources: Any, *, recursive: bool = False) -> list[Source]:
    """Normalise ``sources`` once, at the boundary.

    Accepts a path, a folder (its ``*.pdf`` files, sorted, hidden ones left out;
    ``recursive=True`` descends), a glob pattern, ``bytes``, a file-like object (``read()``
    or async ``aread()``), a ``(name, bytes-or-file)`` pair, or any iterable mixing them.
    Input order is kept.
    With fsspec installed, also any fsspec URL, folder URL or URL glob (``s3://bucket/**/*.pdf``,
    ``https://…/a.pdf``, ``memory://…``) and ``fsspec.open_files(...)`` objects (which carry
    storage options such as credentials); these are opened by the worker, not read here.

    Raises
    ------
    NoFilesFoundError
        Nothing matched; the message lists what was searched.
    SourceTypeError
        An item is of a type that cannot be read.

    Examples
    --------
    >>> [s.name for s in normalize_sources([b"%PDF-1.4 ...", ("a.pdf", b"%PDF-1.4")])]
    ['<bytes 0>', 'a.pdf']
    """
    searched: list[str] = []
    top_level_path = isinstance(sources, (str, os.PathLike))
    items: Iterable[Any] = [sources] if _is_single(sources) else sources
    if not isinstance(items, Iterable):
        raise SourceTypeError(_type_message(sources))
    out: list[Source] = []
    empty: list[str] = []  # folders that held no PDF
    for item in items:
        i = len(out)
        if isinstance(item, str) and _fsspec.is_url(item) and not os.path.exists(item):
            local = _fsspec.local_path(item)
            if local is None:
                for name, url, fs in _fsspec.expand_url(item, recursive, searched):
                    out.append(Source(name, len(out), url=url, fs=fs))
                continue
            item = local
        if _fsspec.is_open_file(item):
            name, url, fs = _fsspec.open_file_ref(item)
            out.append(Source(name, i, url=url, fs=fs))
        elif isinstance(item, (str, os.PathLike)):
            paths = _expand_path(item, recursive, searched)
            if not paths and searched[-1].startswith("folder"):
                empty.append(searched[-1])
            for path in paths:
                out.append(Source(os.fspath(path), len(out), path=path))
        elif isinstance(item, (bytes, bytearray, memoryview)):
            out.append(Source(f"<bytes {i}>", i, data=bytes(item)))
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            name, payload = item
            if isinstance(payload, (bytes, bytearray, memoryview)):
                out.append(Source(name, i, data=bytes(payload)))
            elif _is_reader(payload):
                _check_binary(payload)
                out.append(Source(name, i, reader=payload))
            else:
                raise SourceTypeError(_type_message(payload, f" (in the pair for {name!r})"))
        elif _is_reader(item):
            _check_binary(item)
            out.append(Source(_reader_name(item, i), i, reader=item))
        else:
            raise SourceTypeError(_type_message(item))
    if top_level_path and len(out) == 1 and searched[0].startswith("path") and not _exists(out[0]):
        raise NoFilesFoundError(
            f"no such file or folder: {os.fspath(sources)!r} (working directory: {os.getcwd()})"
        )
    if not out:
        what = "; ".join(searched) if searched else "an empty list of sources"
        hint = _no_match_hint(os.fspath(sources)) if top_level_path else ""
        raise NoFilesFoundError(f"no PDF files found in {what}{hint}")
    if empty:
        # Among other sources an empty folder would add nothing, silently: a folder named like
        # a file ("march.pdf/"), or the wrong folder, was passed.
        one = len(empty) == 1
        warnings.warn(
            f"{', '.join(empty)} {'holds' if one else 'hold'} no PDF files: no rows from "
            f"{'it' if one else 'them'}"
            + ("" if recursive else " (recursive=True descends into sub-folders)"),
            UserWarning,
            stacklevel=2,
        )
    return out


def _exists(source: Source) -> bool:
    return source.path is None or source.path.exists()


def _is_single(obj: Any) -> bool:
    single = (str, os.PathLike, bytes, bytearray, memoryview)
    return isinstance(obj, single) or _is_reader(obj) or _fsspec.is_open_file(obj)


def _is_reader(obj: Any) -> bool:
    return callable(getattr(obj, "aread", None)) or callable(getattr(obj, "read", None))


def _check_binary(reader: Any) -> None:
    """A PDF is bytes: a file opened in text mode would fail on every read, file by file."""
    if isinstance(reader, io.TextIOBase):
        name = getattr(reader, "name", None)
        what = f"{name!r} is open in text mode" if isinstance(name, str) else "a text stream"
        raise SourceTypeError(
            f"{what}, but a PDF is read as bytes: open it with open(path, 'rb'), pass the "
            "path itself, or bytes / io.BytesIO"
        )


def _type_message(obj: Any, where: str = "") -> str:
    return (
        f"cannot read a source of type {type(obj).__name__}{where}; pass a path, a folder, a glob, "
        "bytes, a binary file object (open(path, 'rb')) or a list of these"
    )


@contextlib.contextmanager
def file_errors() -> Iterator[None]:
    """Map the OS errors of opening one file to per-file errors (shared by paths and URLs)."""
    try:
        yield
    except FileNotFoundError as exc:
        raise SourceNotFoundError("no such file") from exc
    except IsADirectoryError as exc:
        raise SourceReadError("is a folder, not a file") from exc
    except PermissionError as exc:
        raise SourceReadError("permission denied") from exc


def read_path(path: Path) -> bytes:
    """Read a file's bytes, mapping OS errors to per-file errors (runs in workers too)."""
    try:
        with file_errors():
            return path.read_bytes()
    except SourceNotFoundError:
        if path.is_symlink():
            target = os.readlink(path)
            raise SourceNotFoundError(
                f"a broken link: it points to {target!r}, which does not exist"
            ) from None
        raise
    except OSError as exc:
        raise SourceReadError(f"cannot be read: {exc.strerror or exc}") from exc


async def read_source(source: Source) -> bytes:
    """The source's bytes, read without blocking the event loop."""
    if source.data is not None:
        return source.data
    if source.path is not None:
        return await asyncio.to_thread(read_path, source.path)
    if source.url is not None:
        return await asyncio.to_thread(_fsspec.read_url, source.url, source.fs)
    reader = source.reader
    try:
        aread = getattr(reader, "aread", None)
        if callable(aread):
            data = aread()
            if inspect.isawaitable(data):
                data = await data
        else:
            data = await asyncio.to_thread(reader.read)
    except Exception as exc:
        raise SourceReadError(
            f"reading the file object failed: {type(exc).__name__}: {exc}"
        ) from exc
    if isinstance(data, str):
        raise SourceReadError("the file object returned text; open it in binary mode ('rb')")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise SourceReadError(f"the file object returned {type(data).__name__}, not bytes")
    return bytes(data)
