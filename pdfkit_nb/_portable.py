"""Extractors sent to worker processes: by reference when a worker can import them, else by
value (cloudpickle), and a clear error up front when they cannot be sent at all."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from typing import Any

from .errors import OptionError
from .extractors.base import Extractor

__all__ = ["portable"]

#: Extractors already rebuilt in this (worker) process, by their pickled bytes: a chunk of
#: files arrives as one task, and each task would otherwise rebuild the class again.
_LOADED: dict[bytes, Extractor] = {}
_LOADED_MAX = 8


def portable(extractor: Extractor) -> Extractor:
    """``extractor`` in a form worker processes can receive.

    pickle sends a class by reference (module and name), so a worker must be able to import
    it. A class written in a notebook cell, or in a script's ``__main__`` or inside a
    function, is not importable there: under ``forkserver`` (the start method in Jupyter)
    every worker died unpickling it. Such an extractor, and one that refers to such a class
    or function, travels by value with cloudpickle instead, as joblib and Dask send
    interactive code. One that cannot be pickled at all (an open connection, a lock) raises
    here, before any file starts.

    Raises
    ------
    OptionError
        The extractor cannot be sent; the message says how to run it anyway.

    Examples
    --------
    >>> from pdfkit_nb.extractors.rules import RulesExtractor
    >>> rules = RulesExtractor()
    >>> portable(rules) is rules  # importable: sent as it is
    True
    """
    cls = type(extractor)
    try:
        payload = pickle.dumps(extractor)
    except Exception:
        payload = b""  # a local class, or state pickle refuses: cloudpickle may manage
    if payload and b"__main__" not in payload and "<locals>" not in cls.__qualname__:
        return extractor
    import cloudpickle

    try:
        return _ByValue(cloudpickle.dumps(extractor))
    except Exception as exc:
        raise OptionError(
            f"the extractor {cls.__qualname__} cannot be sent to the worker processes "
            f"({type(exc).__name__}: {exc}); pass executor='thread' to run it in this "
            "process, or create what cannot be pickled (a connection, a lock, a client) "
            "inside extract() instead of __init__()"
        ) from exc


class _ByValue(Extractor):
    """An extractor pickled by value. It never runs: unpickling it in a worker gives back the
    extractor itself (:func:`_load`)."""

    name = "by-value"

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    def extract(self, doc: Any, fields: Mapping[str, Any]) -> Mapping[str, Any]:
        raise RuntimeError("a by-value extractor is unpickled before it runs")  # pragma: no cover

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        return _load, (self.payload,)


def _load(payload: bytes) -> Extractor:
    extractor = _LOADED.get(payload)
    if extractor is None:
        import cloudpickle

        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.clear()
        extractor = _LOADED[payload] = cloudpickle.loads(payload)
    return extractor
