"""Digests of user code for cache keys: an edited extractor must not reuse stale results."""

from __future__ import annotations

import functools
import hashlib
import re
import types
from typing import Any

__all__ = ["code_digest", "state_digest"]

#: Plain values whose repr is the same in every process (no addresses, no hash order).
_PLAIN = (str, bytes, int, float, complex, bool, type(None), type(Ellipsis))


def code_digest(obj: Any) -> str:
    """A short digest of what a function or class does: its code and constants.

    In a notebook the same function or class is edited and run again, with the same name.
    Its bytecode alone misses the usual edit (a regex or a label is a constant, not code), so
    the constants count too, and so do nested functions, the methods of a class outside
    pdfkit_nb, and the helper functions, constants and compiled patterns it names from its
    module's globals. Stable across processes: a restarted kernel still finds its cache.

    Examples
    --------
    >>> def a(text, fields): return {"total": "Total: (\\\\d+)"}
    >>> def b(text, fields): return {"total": "Sum: (\\\\d+)"}
    >>> code_digest(a) != code_digest(b), len(code_digest(a))
    (True, 16)
    """
    digest = hashlib.sha256()
    _Feeder(digest).feed(obj)
    return digest.hexdigest()[:16]


def state_digest(obj: Any) -> str:
    """A short digest of an object's plain settings (``vars(obj)``), e.g. an extractor's
    threshold or pattern; other attributes count by their type only."""
    state = getattr(obj, "__dict__", {})
    text = repr(sorted((k, _stable(v)) for k, v in state.items() if not k.startswith("_")))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class _Feeder:
    def __init__(self, digest: Any) -> None:
        self.digest = digest
        self.seen: set[int] = set()

    def put(self, text: str) -> None:
        self.digest.update(text.encode("utf-8", "surrogatepass"))

    def feed(self, obj: Any) -> None:
        if id(obj) in self.seen:
            return
        self.seen.add(id(obj))
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        if isinstance(obj, functools.partial):
            self.feed(obj.func)
            self.put(_stable((obj.args, obj.keywords)))
        elif isinstance(obj, types.MethodType):
            self.feed(obj.__func__)
        elif isinstance(obj, types.FunctionType):
            self._code(obj.__code__, obj.__globals__, obj.__module__)
            self.put(_stable(obj.__defaults__))
            for cell in obj.__closure__ or ():
                self._value(cell.cell_contents, obj.__module__)
        elif isinstance(obj, type):
            for klass in obj.__mro__:
                if klass.__module__.partition(".")[0] in ("pdfkit_nb", "builtins"):
                    continue  # the library's own classes change with its version
                self.put(klass.__qualname__)
                for name, member in sorted(vars(klass).items()):
                    if name not in ("__dict__", "__weakref__", "__module__", "__doc__"):
                        self.put(name)
                        self._value(member, klass.__module__)
        elif callable(obj):
            self.feed(type(obj))  # a callable object: its class's __call__
            self.put(state_digest(obj))

    def _code(self, code: types.CodeType, globals_: dict[str, Any], module: str) -> None:
        self.put(code.co_code.hex())
        self.put(repr(code.co_names))
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                self._code(const, globals_, module)
            else:
                self.put(_stable(const))
        for name in code.co_names:
            if name in globals_:
                self._value(globals_[name], module)

    def _value(self, value: Any, module: str) -> None:
        """A global, closure variable or class attribute: code defined beside the user's
        code is followed; plain values and patterns count; modules and the rest do not."""
        if isinstance(value, (staticmethod, classmethod, property)):
            for part in (getattr(value, a, None) for a in ("__func__", "fget", "fset")):
                if part is not None:
                    self.feed(part)
        elif isinstance(value, (types.FunctionType, type)):
            if getattr(value, "__module__", None) == module:
                self.feed(value)
        elif isinstance(value, (*_PLAIN, re.Pattern, tuple, list, frozenset, set, dict)):
            self.put(_stable(value))


def _stable(value: Any) -> str:
    """``repr`` without what changes between processes: set order and object addresses."""
    if isinstance(value, _PLAIN):
        return repr(value)
    if isinstance(value, re.Pattern):
        return f"re({value.pattern!r}, {value.flags})"
    if isinstance(value, (tuple, list)):
        return "(" + ", ".join(map(_stable, value)) + ")"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(map(_stable, value))) + "}"
    if isinstance(value, dict):
        items = sorted(f"{_stable(k)}: {_stable(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return f"<{type(value).__module__}.{type(value).__qualname__}>"
