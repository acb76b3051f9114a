"""The public entry points: extract_batch, extract_batch_sync, iter_batch, and the DataFrame."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import inspect
import os
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Coroutine,
    Iterable,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ._strings import string_array
from .errors import ERROR_TYPES, OptionError, UnknownOptionError
from .executors import ExecutorSpec, available_cpus
from .extractors import resolve_extractor
from .extractors.base import Extractor
from .fields import Field, resolve_fields
from .loop import run_sync
from .processors import AsyncBatchProcessor, AsyncPDFProcessor, BatchResult
from .reporting import ATTRS_KEY, BatchReport
from .sources import Source, normalize_sources
from .store import ExtractionRepository, resolve_cache
from .values import coerce

if TYPE_CHECKING:
    import pandas as pd

_P = ParamSpec("_P")
_T = TypeVar("_T")

__all__ = [
    "ERROR_TYPES",
    "extract_batch",
    "extract_batch_sync",
    "extract_tables",
    "extract_tables_sync",
    "iter_batch",
    "to_dataframe",
]


def default_max_concurrent() -> int:
    """Files in flight when ``max_concurrent=None``: 32 per CPU (at least 32, at most 512).

    Enough to keep every worker fed and let the process executor send small files in chunks
    of about 50 ms of work (see :class:`~pdfkit_nb.executors.ProcessExecutor`): with 8 per
    CPU, one-page files travelled four to a task and the parent spent twice the CPU per file
    (``bench_overhead.py``). A file in flight costs the parent little (its path, or the bytes
    of a source that is already in memory; a file-like object is read when its file starts),
    and memory stays bounded by this number, not by the batch.
    """
    return min(512, max(32, 32 * available_cpus()))


@dataclass
class _Plan:
    sources: list[Source]
    fields: dict[str, Field]
    extractor: Extractor
    batch: AsyncBatchProcessor
    explain: bool
    owned_store: ExtractionRepository | None = None

    async def results(self) -> AsyncGenerator[BatchResult, None]:
        """The batch's results as they complete; closes a store opened for this batch."""
        try:
            async with contextlib.aclosing(
                self.batch.iter_batch(self.sources, self.extractor, self.fields)
            ) as results:
                async for result in results:
                    yield result
        finally:
            if self.owned_store is not None:
                self.owned_store.close()


def check_options(options: Collection[str], known: Collection[str], caller: str) -> None:
    """Raise :class:`UnknownOptionError` naming each of ``options`` not in ``known``, with
    the closest known name when one is near (a typo such as ``progres``)."""
    unknown = sorted(set(options) - set(known))
    if not unknown:
        return
    named = []
    for name in unknown:
        close = difflib.get_close_matches(name, list(known), n=1)
        named.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    raise UnknownOptionError(
        f"{caller}() got unknown option(s) {', '.join(named)}; "
        f"it accepts {', '.join(sorted(known))}"
    )


def _checks_options(fn: Callable[_P, Awaitable[_T]]) -> Callable[_P, Coroutine[Any, Any, _T]]:
    """Make an unknown keyword argument of ``fn`` an :class:`UnknownOptionError` (still a
    ``TypeError``) that suggests the option meant; same signature, still a coroutine function."""
    known = [
        name
        for name, param in inspect.signature(fn).parameters.items()
        if param.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]

    @functools.wraps(fn)
    async def checked(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        check_options(kwargs, known, fn.__name__)
        return await fn(*args, **kwargs)

    return checked


def _plan(
    sources: Any,
    fields: Any,
    *,
    method: Any,
    max_concurrent: int | None,
    progress: Any,
    engine: str,
    executor: ExecutorSpec,
    timeout: float | None,
    password: str | Sequence[str] | None,
    dayfirst: bool | None,
    explain: bool,
    recursive: bool,
    cache: Any = None,
    refresh: bool = False,
    retry_failed: bool = True,
    ai_concurrency: int | None = None,
) -> _Plan:
    """Validate every argument once, before any work starts (misuse raises here)."""
    from .progress.auto import resolve_progress

    specs = resolve_fields(fields)
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise OptionError(f"dayfirst must be True, False or None, not {dayfirst!r}")
    options: dict[str, Any] = {}
    if isinstance(method, str):
        if dayfirst is not None or method == "rules":
            options["dayfirst"] = dayfirst
        if ai_concurrency is not None:
            options["ai_concurrency"] = ai_concurrency
    elif ai_concurrency is not None:
        raise OptionError(
            "ai_concurrency applies to method='ai' or 'rules+ai'; set it on your extractor"
        )
    extractor = resolve_extractor(method, **options)
    if max_concurrent is None:
        max_concurrent = default_max_concurrent()
        # Files waiting on a network call hold no CPU: keep enough in flight to fill the
        # extractor's own concurrency limit.
        limit = getattr(getattr(extractor, "ai", extractor), "ai_concurrency", None)
        if not extractor.in_worker and isinstance(limit, int):
            max_concurrent = max(max_concurrent, 2 * limit)
    callbacks = resolve_progress(progress)
    found = normalize_sources(sources, recursive=recursive)
    store = resolve_cache(cache)
    proc = AsyncPDFProcessor(
        engine=engine,
        password=password,
        executor=executor,
        timeout=timeout,
        cache=store,
        refresh=refresh,
        retry_failed=retry_failed,
    )
    batch = AsyncBatchProcessor(proc, max_concurrent=max_concurrent, progress_callback=callbacks)
    # A store opened here from a path is ours to close; a repository passed in is the caller's.
    owned = store if store is not None and store is not cache else None
    return _Plan(found, specs, extractor, batch, bool(explain), owned)


@_checks_options
async def extract_batch(
    sources: Any,
    fields: Any,
    *,
    method: Any = "rules",
    max_concurrent: int | None = None,
    progress: Any = "auto",
    engine: str = "pdfplumber",
    executor: ExecutorSpec = None,
    timeout: float | None = None,
    password: str | Sequence[str] | None = None,
    dayfirst: bool | None = None,
    explain: bool = False,
    recursive: bool = False,
    cache: bool | str | os.PathLike[str] | ExtractionRepository | None = None,
    refresh: bool = False,
    retry_failed: bool = True,
    ai_concurrency: int | None = None,
) -> pd.DataFrame:
    """Extract ``fields`` from every PDF in ``sources`` into a typed DataFrame, one row per file.

    Parameters
    ----------
    sources
        A folder (its ``*.pdf`` files, sorted), a glob (``"invoices/**/*.pdf"``), a path,
        ``bytes``, a binary file object (``read()`` or async ``aread()``), a
        ``(name, bytes)`` pair, any fsspec URL or URL glob (``s3://``, ``gs://``,
        ``https://``, ``memory://``; needs ``[fsspec]``), or an iterable mixing them.
    fields
        Field names (``["invoice_number", "invoice_date", "total"]``) or a dict of name →
        regex string (first group is the value) / :class:`~pdfkit_nb.Field` / ``None``.
    method
        ``"rules"`` (layout-aware label rules, default), ``"ai"`` (an OpenAI-compatible
        model configured from ``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` and
        ``PDFKIT_NB_AI_MODEL``; needs ``[ai]``), ``"rules+ai"`` (the model only for fields
        the rules left empty), an :class:`~pdfkit_nb.Extractor` such as
        :class:`~pdfkit_nb.AIExtractor`, or any callable ``(text, fields) -> dict``,
        sync or async.
    max_concurrent
        Files in flight at once; ``None`` means 32 per CPU (at least 32, at most 512).
    progress
        ``"auto"`` (a widget in Jupyter, a bar in a terminal, nothing when output is not
        interactive), ``"tqdm"``, ``"widget"``, ``None``, or a callback taking a
        :class:`~pdfkit_nb.ProgressEvent` (sync or async), or a list of these.
    engine
        ``"pdfplumber"`` (default) or ``"pdfium"`` (pypdfium2: many times faster).
    executor
        ``"process"`` (parallel parsing; default for 4+ files), ``"thread"``, ``"dask"``
        (the current Dask client, else a local cluster), a scheduler address
        ``"tcp://host:8786"``, a ``distributed.Client``, or an
        :class:`~pdfkit_nb.executors.Executor` you manage.
    timeout
        Seconds per file; a slower file becomes a ``timeout`` row and its worker is replaced.
    password
        Password for encrypted PDFs, or a list of passwords to try in turn on each file
        (the first that opens it is used).
    dayfirst
        Read ambiguous dates such as ``03/04/2024`` day-first (``True``) or month-first
        (``False``); ``None`` guesses per document.
    explain
        Add a ``<field>__source`` column per field: page, label matched and bounding box.
    recursive
        Descend into sub-folders of a folder source. Hidden files and folders (names
        starting with ".", and ``__MACOSX``) are left out of every listing.
    cache
        Persist results as they complete and reuse them on reruns: ``True`` for
        ``.pdfkit_nb/results.sqlite`` in the working directory, a path, or an
        :class:`~pdfkit_nb.ExtractionRepository`. A file is found again by its content
        (sha256) and the settings that change its answer (fields, method, engine, version),
        so renamed or moved files are hits; rows from the store have ``cached=True``.
    refresh
        Ignore stored results (the new ones are still stored).
    retry_failed
        Re-process files whose stored result is a failure (default ``True``).
    ai_concurrency
        With ``method="ai"`` or ``"rules+ai"``: model calls in flight at once (default 8).

    Returns
    -------
    pandas.DataFrame
        In input order: ``file``, one column per field (dates ``datetime64``, amounts and
        numbers ``float64``, the rest pandas ``string``; missing is NA), then ``success``,
        ``error_type`` (categorical), ``error``, ``pages``, ``sha256``, ``seconds``, ``cached``.
        ``pk.report(df)`` summarises the batch (counts, throughput, time per stage).

    Raises
    ------
    NoFilesFoundError, FieldSpecError, OptionError, SourceTypeError
        For misuse, before any file is read. Problems with a file never raise: they are rows.

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> fields = ["invoice_number", "invoice_date", "total"]
    >>> df = await pk.extract_batch("invoices/", fields)  # doctest: +SKIP
    >>> df[~df.success][["file", "error_type", "error"]]  # doctest: +SKIP
    """
    plan = _plan(
        sources,
        fields,
        method=method,
        max_concurrent=max_concurrent,
        progress=progress,
        engine=engine,
        executor=executor,
        timeout=timeout,
        password=password,
        dayfirst=dayfirst,
        explain=explain,
        recursive=recursive,
        cache=cache,
        refresh=refresh,
        retry_failed=retry_failed,
        ai_concurrency=ai_concurrency,
    )
    started = time.perf_counter()
    results = [r async for r in plan.results()]
    wall = time.perf_counter() - started
    df = to_dataframe(results, plan.fields, explain=plan.explain)
    # A plain JSON-safe dict of fixed size: pandas deep-copies attrs on most operations and
    # writes them into Parquet metadata; pk.report(df) turns it back into a BatchReport.
    df.attrs[ATTRS_KEY] = {"report": BatchReport.from_results(results, wall_seconds=wall).to_dict()}
    return df


def extract_batch_sync(sources: Any, fields: Any, **options: Any) -> pd.DataFrame:
    """:func:`extract_batch` for code that is not async; same arguments, same DataFrame.

    Works in scripts and inside a running Jupyter kernel (see :func:`~pdfkit_nb.run_sync`).

    Examples
    --------
    On the sample invoices bundled with the package (the first is deliberately broken):

    >>> import pdfkit_nb as pk
    >>> df = pk.extract_batch_sync(pk.samples_dir(), ["invoice_number", "total"], progress=None)
    >>> df["invoice_number"].tolist()[:3], df["total"].tolist()[1:3]
    ([<NA>, 'SE-2024-117', 'F2024-00318'], [8672.75, 77414.15])
    >>> df["success"].tolist()[:2], df["error_type"].tolist()[:2]
    ([False, True], ['corrupt', nan])
    """
    return run_sync(extract_batch(sources, fields, **options))


def iter_batch(sources: Any, fields: Any, **options: Any) -> AsyncIterator[BatchResult]:
    """Yield a :class:`~pdfkit_nb.BatchResult` per file as each completes (not in input order).

    Takes :func:`extract_batch`'s arguments. Arguments are checked when called, before the
    first ``await``. ``result.index`` is the file's position in the input. Use
    ``contextlib.aclosing`` when you may stop early, so in-flight work is cancelled at once.

    Examples
    --------
    >>> async for r in pk.iter_batch("invoices/", ["total"]):  # doctest: +SKIP
    ...     print(r.file_name, r.data.get("total"), r.error)
    """
    explain = options.pop("explain", False)
    plan = _plan(sources, fields, explain=explain, **_with_defaults(options))
    return plan.results()


# iter_batch takes extract_batch's options: read their defaults from its signature rather than
# keeping a second copy that could drift.
_DEFAULTS: dict[str, Any] = {
    name: param.default
    for name, param in inspect.signature(extract_batch).parameters.items()
    if param.kind is inspect.Parameter.KEYWORD_ONLY and name != "explain"
}


def _with_defaults(options: Mapping[str, Any]) -> dict[str, Any]:
    check_options(options, [*_DEFAULTS, "explain"], "iter_batch")
    return {**_DEFAULTS, **options}


def to_dataframe(
    results: Iterable[BatchResult],
    fields: Mapping[str, Field] | Iterable[str],
    *,
    explain: bool = False,
) -> pd.DataFrame:
    """Build the typed result DataFrame from :class:`BatchResult` objects (kept in input order).

    What :func:`extract_batch` returns, for results gathered another way (the lower layer's
    ``process_batch``, or :func:`iter_batch` as they stream in).

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> ok = pk.BatchResult("a.pdf", True, {"total": "1.234,50 €", "date": "5 March 2024"})
    >>> bad = pk.BatchResult("b.pdf", False, error="no such file", error_type="not_found")
    >>> df = pk.to_dataframe([ok, bad], ["total", "date"])
    >>> df["total"].tolist(), df["date"].dt.strftime("%Y-%m-%d").tolist()
    ([1234.5, nan], ['2024-03-05', nan])
    >>> str(df["date"].dtype), df["error_type"].tolist()
    ('datetime64[ns]', [nan, 'not_found'])
    """
    import pandas as pd

    specs = fields if isinstance(fields, Mapping) else resolve_fields(list(fields))
    rows = sorted(results, key=lambda r: r.index)
    columns: dict[str, Any] = {"file": string_array([r.file_name for r in rows])}
    for name, spec in specs.items():
        values = [r.data.get(name) if r.success else None for r in rows]
        columns[name] = _typed_column(values, spec)
    columns["success"] = pd.array([r.success for r in rows], dtype=bool)
    known = list(ERROR_TYPES) + sorted(
        {r.error_type for r in rows if r.error_type and r.error_type not in ERROR_TYPES}
    )
    columns["error_type"] = pd.Categorical([r.error_type for r in rows], categories=known)
    columns["error"] = string_array([r.error for r in rows])
    columns["pages"] = pd.array([r.pages for r in rows], dtype="Int64")
    columns["sha256"] = string_array([r.sha256 for r in rows])
    columns["seconds"] = pd.array([r.seconds for r in rows], dtype="float64")
    columns["cached"] = pd.array([r.cached for r in rows], dtype=bool)
    meta_keys: dict[str, None] = {}
    for r in rows:
        meta_keys.update(dict.fromkeys(r.meta))
    for key in meta_keys:
        if key not in columns:
            columns[key] = [r.meta.get(key) for r in rows]
    if explain:
        for name in specs:
            columns[f"{name}__source"] = [r.sources.get(name) for r in rows]
    frame: pd.DataFrame = pd.DataFrame(columns, index=pd.RangeIndex(len(rows)))
    return frame


#: The Python types a kind's values already have when the batch made them (``bool`` is an
#: ``int`` but no amount): anything else is coerced first, as a hand-built result may hold.
_READY: dict[str, tuple[type, ...]] = {"date": (dt.date,), "amount": (float, int)}
_READY["number"] = _READY["amount"]


def _typed_column(values: list[Any], spec: Field) -> Any:
    import pandas as pd

    kind = spec.resolved_kind
    ready = _READY.get(kind, (str,))
    values = [
        v if v is None or type(v) in ready else coerce(v, kind, dayfirst=spec.dayfirst)
        for v in values
    ]
    if kind == "date":
        return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").astype(
            "datetime64[ns]"
        )
    if kind in ("amount", "number"):
        return pd.array(
            [float(v) if v is not None else float("nan") for v in values], dtype="float64"
        )
    return string_array([None if v is None else str(v) for v in values])


@_checks_options
async def extract_tables(
    sources: Any,
    *,
    max_concurrent: int | None = None,
    progress: Any = "auto",
    engine: str = "pdfplumber",
    executor: ExecutorSpec = None,
    timeout: float | None = None,
    password: str | Sequence[str] | None = None,
    recursive: bool = False,
) -> pd.DataFrame:
    """Every table in ``sources`` as one long DataFrame, ready for ``groupby``.

    Ruled tables come from pdfplumber's table finder; line items aligned by whitespace alone
    are found from the words' positions (:func:`pdfkit_nb.extractors.tables.page_tables`).
    Runs in the parse workers with the batch machinery of :func:`extract_batch`
    (concurrency, progress, timeouts, errors as rows).

    Returns
    -------
    pandas.DataFrame
        ``file``, ``page``, ``table`` (1-based on its page), ``row`` (1-based, after the
        header), then the tables' columns (named from a detected header row, else ``col_1``,
        ``col_2``, …; cells as pandas ``string``), then ``success``, ``error_type``, ``error``.
        A file that fails is one row with its error; a file without tables has no rows.

    Examples
    --------
    >>> items = await pk.extract_tables("invoices/")  # doctest: +SKIP
    >>> items.groupby("file")["Amount"].count()  # doctest: +SKIP
    """
    import pandas as pd

    from .extractors.tables import TablesExtractor, table_rows
    from .progress.auto import resolve_progress

    found = normalize_sources(sources, recursive=recursive)
    proc = AsyncPDFProcessor(engine=engine, password=password, executor=executor, timeout=timeout)
    batch = AsyncBatchProcessor(
        proc,
        max_concurrent=default_max_concurrent() if max_concurrent is None else max_concurrent,
        progress_callback=resolve_progress(progress),
    )
    # The batch layer wants at least one field; tables need none, so a placeholder stands in.
    results = await batch.process_batch(found, TablesExtractor(), {"_": Field(kind="text")})
    records: list[dict[str, Any]] = []
    for r in results:
        base = {"file": r.file_name, "success": r.success}
        if not r.success:
            records.append({**base, "error_type": r.error_type, "error": r.error})
            continue
        records.extend({"file": r.file_name, **rec, "success": True} for rec in table_rows(r.meta))
    frame = pd.DataFrame.from_records(records)
    lead = ["file", "page", "table", "row"]
    tail = ["success", "error_type", "error"]
    for col in lead + tail:
        if col not in frame:
            frame[col] = pd.Series([None] * len(frame), dtype=object)
    cells = [c for c in frame.columns if c not in lead + tail]
    frame = frame[lead + cells + tail]
    for col in ("page", "table", "row"):
        frame[col] = frame[col].astype("Int64")
    for col in ["file", *cells, "error"]:
        frame[col] = frame[col].astype("string")
    frame["success"] = frame["success"].astype(bool)
    frame["error_type"] = pd.Categorical(frame["error_type"], categories=ERROR_TYPES)
    out: pd.DataFrame = frame.reset_index(drop=True)
    return out


def extract_tables_sync(sources: Any, **options: Any) -> pd.DataFrame:
    """:func:`extract_tables` for code that is not async (safe inside a running kernel).

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> items = pk.extract_tables_sync(pk.samples_dir() / "invoice_us_totals.pdf", progress=None)
    >>> items.columns.tolist()[:6]
    ['file', 'page', 'table', 'row', 'Description', 'Qty']
    """
    return run_sync(extract_tables(sources, **options))
