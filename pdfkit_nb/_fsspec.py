"""fsspec URLs as sources: recognise them, expand globs and folders, read their bytes."""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

from ._listing import is_hidden, is_pdf_name
from .errors import FileError, NoFilesFoundError, OptionError, SourceReadError

__all__ = [
    "UrlRef",
    "expand_url",
    "is_open_file",
    "is_process_local",
    "is_url",
    "local_path",
    "open_file_ref",
    "read_url",
]

#: ``(name shown in the file column, what to open, filesystem or None)``.
UrlRef = tuple[str, str, Any]

# "s3://…", "https://…", and chained URLs such as "simplecache::s3://…".
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*(?:://|::)")
_PROTOCOL = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)(?:://|::)")
_LOCAL = ("file", "local")
# Filesystems whose files live in this process's memory: a worker process cannot see them.
_PROCESS_LOCAL = frozenset({"memory"})
_HTTP = frozenset({"http", "https"})
_INSTALL = "pip install 'pdfkit_nb[fsspec]'"


def is_url(text: str) -> bool:
    """Whether ``text`` is an fsspec URL (``s3://``, ``memory://``, ``simplecache::s3://`` …).

    >>> is_url("s3://bucket/a.pdf"), is_url("invoices/a.pdf"), is_url("C:\\\\a.pdf")
    (True, False, False)
    """
    return bool(_URL.match(text))


def _protocol(url: str) -> str:
    m = _PROTOCOL.match(url)
    return m.group(1).lower() if m else "file"


def local_path(url: str) -> str | None:
    """The local path behind a ``file://`` URL (``None`` for any other URL)."""
    proto = _protocol(url)
    if proto not in _LOCAL or "::" in url:
        return None
    return url[len(proto) + len("://") :]


def is_process_local(url: str, fs: Any = None) -> bool:
    """Whether the file lives in this process (``memory://``), so a worker must not open it."""
    if fs is not None:
        protocols = fs.protocol if isinstance(fs.protocol, (tuple, list)) else (fs.protocol,)
        return bool(_PROCESS_LOCAL.intersection(protocols))
    return _protocol(url) in _PROCESS_LOCAL


def is_open_file(obj: Any) -> bool:
    """Whether ``obj`` is an ``fsspec.core.OpenFile`` (checked without importing fsspec)."""
    core = sys.modules.get("fsspec.core")
    return core is not None and isinstance(obj, core.OpenFile)


def open_file_ref(obj: Any) -> UrlRef:
    """``(name, path, filesystem)`` for an ``OpenFile``: its storage options travel with it."""
    return str(obj.full_name), str(obj.path), obj.fs


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError as exc:
        raise OptionError(f"URL sources need fsspec: {_INSTALL}") from exc
    return fsspec


@functools.lru_cache(maxsize=64)
def _check_protocols(url: str) -> None:
    """Fail at the boundary, once, when a protocol is unknown or its package is missing."""
    fsspec = _fsspec()
    for part in url.split("::"):
        proto = _protocol(part) if "://" in part else part.lower()
        try:
            fsspec.get_filesystem_class(proto)
        except ImportError as exc:
            raise OptionError(f"cannot read {url!r}: {exc}") from exc
        except ValueError as exc:
            raise OptionError(
                f"cannot read {url!r}: fsspec knows no {proto!r} protocol; "
                "check the spelling, or install the package that provides it"
            ) from exc


def _has_glob(url: str) -> bool:
    if _protocol(url) in _HTTP:
        return "*" in url  # "?" and "[" are ordinary characters in web addresses
    return bool(set(url.split("://", 1)[-1]) & set("*?["))


def expand_url(url: str, recursive: bool, searched: list[str]) -> list[UrlRef]:
    """Expand a URL: a glob lists its matches, a folder its ``*.pdf`` files; else one file.

    Only globs and folders touch the storage (one listing each); a URL ending in ``.pdf``
    or an ``http(s)`` address is taken as one file without a request, so a list of a
    million URLs costs nothing here. Each file becomes one source, opened later by a worker.
    """
    _check_protocols(url)
    if _has_glob(url):
        searched.append(f"pattern {url!r}")
        fs, path = _url_to_fs(url)
        found = _listing(url, lambda: fs.glob(path, detail=True))
        files = sorted(
            p
            for p, info in found.items()
            if info.get("type", "file") == "file" and not _glob_hidden(p, path)
        )
        return [(fs.unstrip_protocol(p), p, fs) for p in files]
    if is_pdf_name(url) or _protocol(url) in _HTTP:
        searched.append(f"URL {url!r}")
        return [(url, url, None)]
    fs, path = _url_to_fs(url)
    if not _listing(url, lambda: fs.isdir(path)):
        searched.append(f"URL {url!r}")
        return [(url, url, None)]
    searched.append(f"folder {url!r}" + (" (recursively)" if recursive else ""))
    found = _listing(url, lambda: fs.find(path, maxdepth=None if recursive else 1))
    # As for local folders: any case of ".pdf", hidden files and folders left out.
    root = path.rstrip("/") + "/"
    return [
        (fs.unstrip_protocol(p), p, fs)
        for p in sorted(found)
        if is_pdf_name(p) and not any(map(is_hidden, _below(p, root).split("/")))
    ]


def _glob_hidden(match: str, pattern: str) -> bool:
    """A match a local glob would not give: fsspec's ``*`` also matches names starting with
    "." (macOS's ``._invoice.pdf``), which a pattern takes only when it spells the dot."""
    if "/." in "/" + pattern:
        return False
    wild = min((i for i in map(pattern.find, "*?[") if i >= 0), default=len(pattern))
    root = pattern[:wild].rsplit("/", 1)[0] + "/"
    return any(map(is_hidden, _below(match, root).split("/")))


def _below(path: str, root: str) -> str:
    """``path`` from ``root`` on (the folder asked for may itself be hidden), else its name."""
    return path[len(root) :] if path.startswith(root) else path.rsplit("/", 1)[-1]


def _url_to_fs(url: str) -> tuple[Any, str]:
    fs, path = _fsspec().core.url_to_fs(url)
    return fs, str(path)


def _listing(url: str, call: Any) -> Any:
    try:
        return call()
    except Exception as exc:
        raise NoFilesFoundError(
            f"could not list {url!r}: {type(exc).__name__}: {exc}; check the address and the "
            "credentials (pass fsspec.open_files(url, **storage_options) to set them)"
        ) from exc


def read_url(url: str, fs: Any = None) -> bytes:
    """Read a URL's bytes (``fs``: the filesystem to open ``url`` with, else inferred).

    Runs wherever the file is opened: in a worker process, on a Dask worker, or in a thread
    of the event loop. Storage errors become per-file errors, as for local paths.
    """
    from .sources import file_errors  # sources imports this module

    try:
        with file_errors():
            if fs is None:
                import fsspec

                fs, url = fsspec.core.url_to_fs(url)
            data = fs.cat_file(url)
    except FileError:
        raise
    except ImportError as exc:
        raise SourceReadError(
            f"cannot be read here: {exc} (install it where files are opened: on a Dask "
            "cluster, on every worker)"
        ) from exc
    except Exception as exc:  # each storage backend has its own exception tree
        raise SourceReadError(f"cannot be read: {type(exc).__name__}: {exc}") from exc
    return bytes(data)
