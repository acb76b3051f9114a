"""The Extractor contract, values with provenance, and the adapter for plain callables."""

from __future__ import annotations

import asyncio
import inspect
import io
import pickle
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..document import Document
from ..errors import OptionError
from ..fields import Field
from ._digest import code_digest, state_digest

__all__ = ["CallableExtractor", "Extracted", "Extractor", "FieldValue"]


@dataclass(frozen=True, slots=True)
class FieldValue:
    """An extracted value with where it came from (for ``explain=True``).

    ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points on 1-based ``page``.
    """

    value: Any
    page: int | None = None
    label: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    raw: str | None = None
    rule: str | None = None

    def source(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "label": self.label,
            "bbox": list(self.bbox) if self.bbox else None,
            "raw": self.raw,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Extracted:
    """What an extractor may return instead of a plain dict: values plus per-row metadata.

    Each ``meta`` key becomes an extra DataFrame column (e.g. ``ai_prompt_tokens``).
    """

    values: Mapping[str, Any]
    meta: Mapping[str, Any] = field(default_factory=dict)


class Extractor:
    """Turns a parsed document into ``{field: value}``.

    Subclass and implement one of:

    * ``extract(doc, fields)``: synchronous, CPU-bound, runs **inside the parse worker**
      (a process by default), sees words with positions. Set ``in_worker = True`` (the
      default). The extractor is pickled to the workers: a class written in a notebook cell
      travels by value (cloudpickle); state that cannot be pickled at all (a lock, an open
      connection) raises :class:`~pdfkit_nb.OptionError` before the batch starts, so create
      it inside ``extract()``, or pass ``executor="thread"``. An ``extract`` that reads only
      ``doc.text`` may set ``needs_words = False``: the worker then skips the word boxes.
    * ``aextract(doc, fields)``: a coroutine that runs **on the event loop** (I/O-bound work
      such as an LLM call), sees the text only. Set ``in_worker = False``.

    Values may be plain (``"INV-1"``, ``"12/03/2024"``) or :class:`FieldValue`; they are
    coerced to each field's kind afterwards, so an extractor may return strings.

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> class LargestText(pk.Extractor):
    ...     name = "largest-text"
    ...     def extract(self, doc, fields):
    ...         words = doc.pages[0].words
    ...         size = max((w.size for w in words), default=0)
    ...         return {"title": " ".join(w.text for w in words if w.size == size) or None}
    >>> df = pk.extract_batch_sync(pk.samples_dir(), ["title"], method=LargestText(), progress=None)
    >>> df["title"].tolist()[-2:]
    ['INVOICE', 'RECHNUNG']
    """

    in_worker: bool = True
    #: Whether ``extract`` reads word boxes; ``False`` spares the worker finding them.
    needs_words: bool = True
    #: For a loop-side extractor: an in-worker extractor run first, in the parse worker where
    #: word positions exist; its values reach ``aextract`` as ``doc.prefilled``.
    worker_stage: Extractor | None = None
    #: Short name shown in results and used in cache keys.
    name: str = "extractor"

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> Mapping[str, Any] | Extracted:
        raise NotImplementedError(f"{type(self).__name__} must implement extract() or aextract()")

    async def aextract(
        self, doc: Document, fields: Mapping[str, Field]
    ) -> Mapping[str, Any] | Extracted:
        return await asyncio.to_thread(self.extract, doc, fields)

    def fingerprint(self) -> str:
        """What changes this extractor's answers (for cache keys).

        The class's name, and for a class of your own also a digest of its code and plain
        settings: a subclass edited in a notebook and run again does not reuse the results
        its earlier version stored with ``cache=``.
        """
        cls = type(self)
        name = f"{cls.__module__}.{cls.__qualname__}"
        if cls.__module__.partition(".")[0] == "pdfkit_nb":
            return name
        return f"{name}:{code_digest(cls)}:{state_digest(self)}"


class CallableExtractor(Extractor):
    """Wraps a user function ``(text, fields) -> dict`` (sync or async).

    ``fields`` is passed as the list of field names. Where the function runs:

    * A plain (sync) function runs in the parse worker, right after the file's text is read:
      in a worker process by default, so functions doing CPU work (regexes, parsing) run in
      parallel on every core, and ``timeout=`` stops one stuck on a file (a regex that
      backtracks forever) by replacing its worker. Being in another process, what it prints
      appears in the workers' output, and what it changes outside itself (a list it appends
      to) changes in the worker's copy: return what you need, or pass
      ``executor="thread"``, which runs it in a thread of this process.
    * A function that cannot be sent to a worker process runs in a thread of this process
      instead: one that pickles to more than :data:`SEND_LIMIT` bytes (it refers to a loaded
      model, a large table) or not at all (a lock, an open connection).
    * An ``async`` function is awaited on the event loop (network calls).

    >>> ex = CallableExtractor(lambda text, fields: {f: None for f in fields})
    >>> ex.name, ex.in_worker
    ('<lambda>', True)
    """

    #: Bytes: a function whose pickled form (with everything it refers to) is larger runs in
    #: a thread of this process rather than being copied to every worker.
    SEND_LIMIT: ClassVar[int] = 1 << 20
    #: A callable sees the text only: the worker skips word boxes.
    needs_words = False

    def __init__(
        self, func: Callable[[str, list[str]], Mapping[str, Any] | Awaitable[Mapping[str, Any]]]
    ):
        if not callable(func):
            raise TypeError(
                f"expected a callable (text, fields) -> dict, got {type(func).__name__}"
            )
        self.func = func
        self.name = getattr(func, "__name__", type(func).__name__)
        try:
            inspect.signature(func).bind("text", ["field"])
        except TypeError as exc:
            # Found here, not as the same error on every row of a long batch.
            raise OptionError(
                f"method={self.name!r} cannot be called as method(text, fields) ({exc}); "
                "give it two parameters: the document's text and the list of field names"
            ) from None
        except ValueError:
            pass  # no signature to inspect (some builtins): the first call will tell
        self._is_async = inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(
            getattr(func, "__call__", None)  # noqa: B004 - callable objects with async __call__
        )
        self.in_worker = not self._is_async and _sendable(func, self.SEND_LIMIT)

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> Mapping[str, Any]:
        result = self.func(doc.text, list(fields))
        if inspect.isawaitable(result):
            # A plain function that hands back an awaitable (a lambda around an async one):
            # the worker has no event loop of its own running, so run one for it.
            result = asyncio.run(_awaited(result))
        return result

    async def aextract(self, doc: Document, fields: Mapping[str, Field]) -> Mapping[str, Any]:
        names = list(fields)
        if self._is_async:
            result = await self.func(doc.text, names)  # type: ignore[misc]
        else:
            result = await asyncio.to_thread(self.func, doc.text, names)
            if inspect.isawaitable(result):
                result = await result
        # The processor's split_result turns None into {} and names any other wrong type.
        return result  # type: ignore[no-any-return]

    def fingerprint(self) -> str:
        # The code and its constants (an edited regex is a new constant, not new bytecode).
        module = getattr(self.func, "__module__", "?")
        qualname = getattr(self.func, "__qualname__", self.name)
        return f"callable:{module}.{qualname}:{code_digest(self.func)}"

    def __repr__(self) -> str:
        return f"CallableExtractor({self.name})"


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


class _Full(Exception):
    """Raised by :class:`_Capped` when a pickle grows past its limit."""


class _Capped(io.RawIOBase):
    """A sink that only counts bytes, and stops the pickler once there are too many."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        n = memoryview(b).nbytes
        self.left -= n
        if self.left < 0:
            raise _Full
        return n


def _sendable(func: Callable[..., Any], limit: int) -> bool:
    """Whether ``func`` pickles (as the workers are sent it: cloudpickle, by value when it is
    not importable) into at most ``limit`` bytes. The pickler stops at the limit, so a function
    that refers to a large model costs no more than ``limit`` bytes of pickling to turn down."""
    import cloudpickle

    try:
        cloudpickle.CloudPickler(_Capped(limit), protocol=pickle.HIGHEST_PROTOCOL).dump(func)
    except Exception:  # _Full, or whatever pickling raises for what cannot be sent at all
        return False
    return True
