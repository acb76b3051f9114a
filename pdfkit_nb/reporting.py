"""BatchReport: a batch's counts, errors, throughput and time per stage; text, HTML, plot."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ._report_view import draw, render_html, render_text
from .errors import OptionError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from .processors import BatchResult

__all__ = ["ATTRS_KEY", "STAGES", "BatchReport", "SlowFile", "StageTime", "report"]

#: Key of the batch summary in ``DataFrame.attrs`` (a plain, JSON-safe dict).
ATTRS_KEY = "pdfkit"
#: The stages a file goes through, in order (``BatchResult.timings`` keys).
STAGES = ("read", "parse", "extract")
_VERSION = 1
_PLOT_HINT = 'BatchReport.plot() needs matplotlib: pip install "pdfkit_nb[plot]"'


@dataclass(frozen=True)
class StageTime:
    """Seconds spent in one stage: summed over the files that went through it, and the median."""

    total: float
    median: float
    files: int


@dataclass(frozen=True)
class SlowFile:
    """One of the slowest files of a batch."""

    file: str
    seconds: float
    pages: int | None = None
    error_type: str | None = None

    @property
    def name(self) -> str:
        """The file's base name (``file`` may be a full path)."""
        return PurePath(self.file).name or self.file


@dataclass(frozen=True, repr=False)
class BatchReport:
    """A summary of one batch: outcomes, error breakdown, throughput and where the time went.

    Timing figures (stages, histogram, slowest files) cover the files processed in this run;
    cached rows are counted but their stored timings belong to an earlier run. Stage sums
    can exceed ``wall_seconds``: files are parsed in parallel.

    Build it with :meth:`from_results` (``extract_batch`` does, into ``df.attrs``) and read
    it back with :func:`report`. It shows as HTML in a notebook, as text elsewhere, and
    :meth:`plot` draws it.

    Examples
    --------
    >>> from pdfkit_nb.processors import BatchResult
    >>> results = [
    ...     BatchResult("a.pdf", True, pages=2, seconds=0.5, timings={"parse": 0.4}),
    ...     BatchResult("b.pdf", False, error_type="corrupt", error="bad xref", seconds=0.1),
    ... ]
    >>> rep = BatchReport.from_results(results, wall_seconds=0.5)
    >>> rep.succeeded, rep.failed, rep.errors, rep.files_per_second
    (1, 1, {'corrupt': 1}, 4.0)
    """

    files: int
    succeeded: int
    failed: int
    cached: int
    pages: int
    #: Wall-clock seconds of the whole batch; ``None`` when unknown (built from columns).
    wall_seconds: float | None
    #: ``error_type`` → number of files, most frequent first.
    errors: dict[str, int] = field(default_factory=dict)
    stages: dict[str, StageTime] = field(default_factory=dict)
    slowest: tuple[SlowFile, ...] = ()
    #: Per-file seconds of processed files as a histogram: ``bins + 1`` edges, ``bins`` counts.
    histogram: tuple[tuple[float, ...], tuple[int, ...]] = ((), ())
    #: Median seconds per processed file (``None`` if none was processed).
    median_seconds: float | None = None

    # -- building -------------------------------------------------------------------------

    @classmethod
    def from_results(
        cls,
        results: Iterable[BatchResult],
        *,
        wall_seconds: float | None,
        slowest: int = 5,
        bins: int = 20,
    ) -> BatchReport:
        """Summarise :class:`~pdfkit_nb.BatchResult` objects of one batch.

        Parameters
        ----------
        results
            The batch's results, in any order.
        wall_seconds
            Wall-clock duration of the batch (``None`` if unknown: no throughput then).
        slowest
            How many of the slowest files to keep.
        bins
            Histogram bins for the time-per-file distribution.

        Examples
        --------
        >>> from pdfkit_nb.processors import BatchResult
        >>> rep = BatchReport.from_results([BatchResult("a.pdf", True, pages=3)], wall_seconds=2)
        >>> rep.pages_per_second
        1.5
        """
        rows = list(results)
        stage_values: dict[str, list[float]] = {s: [] for s in STAGES}
        processed: list[SlowFile] = []
        for r in rows:
            if r.cached:
                continue
            processed.append(SlowFile(r.file_name, float(r.seconds), r.pages, r.error_type))
            for stage, seconds in r.timings.items():
                stage_values.setdefault(stage, []).append(float(seconds))
        return cls._build(
            files=len(rows),
            succeeded=sum(r.success for r in rows),
            cached=sum(r.cached for r in rows),
            pages=sum(r.pages or 0 for r in rows),
            error_types=[r.error_type or "error" for r in rows if not r.success],
            processed=processed,
            stage_values=stage_values,
            wall_seconds=wall_seconds,
            slowest=slowest,
            bins=bins,
        )

    @classmethod
    def from_dataframe(cls, df: pd.DataFrame, *, slowest: int = 5, bins: int = 20) -> BatchReport:
        """Summarise a result DataFrame from its columns (no stage times, no wall time).

        For frames without a stored report, e.g. from :func:`~pdfkit_nb.load_results`.

        Examples
        --------
        >>> import pdfkit_nb as pk
        >>> df = pk.extract_batch_sync("invoices/", ["total"])  # doctest: +SKIP
        >>> BatchReport.from_dataframe(df).failed  # doctest: +SKIP
        0
        """
        missing = [c for c in ("file", "success") if c not in df.columns]
        if missing:
            raise OptionError(
                f"this DataFrame has no {', '.join(missing)} column; "
                "pass one returned by pk.extract_batch"
            )
        n = len(df)
        success = [bool(v) for v in df["success"]]
        cached = _column(df, "cached", [False] * n)
        pages = _column(df, "pages", [None] * n)
        seconds = _column(df, "seconds", [None] * n)
        kinds = _column(df, "error_type", [None] * n)
        files = [str(v) for v in df["file"]]
        processed = [
            SlowFile(files[i], float(seconds[i]), _int_or_none(pages[i]), _str_or_none(kinds[i]))
            for i in range(n)
            if not _truthy(cached[i]) and _number(seconds[i])
        ]
        return cls._build(
            files=n,
            succeeded=sum(success),
            cached=sum(_truthy(c) for c in cached),
            pages=sum(_int_or_none(p) or 0 for p in pages),
            error_types=[_str_or_none(kinds[i]) or "error" for i in range(n) if not success[i]],
            processed=processed,
            stage_values={},
            wall_seconds=None,
            slowest=slowest,
            bins=bins,
        )

    @classmethod
    def _build(
        cls,
        *,
        files: int,
        succeeded: int,
        cached: int,
        pages: int,
        error_types: list[str],
        processed: list[SlowFile],
        stage_values: Mapping[str, list[float]],
        wall_seconds: float | None,
        slowest: int,
        bins: int,
    ) -> BatchReport:
        stages = {
            name: StageTime(sum(values), statistics.median(values), len(values))
            for name, values in stage_values.items()
            if values
        }
        times = [f.seconds for f in processed]
        ranked = sorted(processed, key=lambda f: f.seconds, reverse=True)[: max(slowest, 0)]
        return cls(
            files=files,
            succeeded=succeeded,
            failed=files - succeeded,
            cached=cached,
            pages=pages,
            wall_seconds=None if wall_seconds is None else float(wall_seconds),
            errors=dict(Counter(error_types).most_common()),
            stages=stages,
            slowest=tuple(ranked),
            histogram=_histogram(times, bins),
            median_seconds=statistics.median(times) if times else None,
        )

    # -- derived figures ------------------------------------------------------------------

    @property
    def processed(self) -> int:
        """Files processed in this run (not served from the cache)."""
        return sum(self.histogram[1])

    @property
    def files_per_second(self) -> float | None:
        """Files per wall-clock second (``None`` without a wall time)."""
        return _rate(self.files, self.wall_seconds)

    @property
    def pages_per_second(self) -> float | None:
        """Pages per wall-clock second (``None`` without a wall time)."""
        return _rate(self.pages, self.wall_seconds)

    @property
    def status(self) -> str:
        """``"ok"`` when every file succeeded, ``"failures"`` when some failed, else ``"empty"``."""
        if self.files == 0:
            return "empty"
        return "ok" if self.failed == 0 else "failures"

    # -- plain data (what DataFrame.attrs holds) --------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of this report; cheap to deep-copy (its size does not grow with N).

        Examples
        --------
        >>> rep = BatchReport(files=0, succeeded=0, failed=0, cached=0, pages=0, wall_seconds=0)
        >>> BatchReport.from_dict(rep.to_dict()) == rep
        True
        """
        return {
            "version": _VERSION,
            "files": self.files,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "cached": self.cached,
            "pages": self.pages,
            "wall_seconds": self.wall_seconds,
            "errors": dict(self.errors),
            "stages": {k: [s.total, s.median, s.files] for k, s in self.stages.items()},
            "slowest": [[f.file, f.seconds, f.pages, f.error_type] for f in self.slowest],
            "histogram": [list(self.histogram[0]), list(self.histogram[1])],
            "median_seconds": self.median_seconds,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchReport:
        """Rebuild a report from :meth:`to_dict` output (e.g. after a JSON or Parquet trip).

        Examples
        --------
        >>> import json
        >>> rep = BatchReport(files=2, succeeded=2, failed=0, cached=0, pages=4, wall_seconds=1)
        >>> BatchReport.from_dict(json.loads(json.dumps(rep.to_dict()))).pages_per_second
        4.0
        """
        if data.get("version") != _VERSION:
            raise OptionError(
                f"unsupported report version {data.get('version')!r} (this pdfkit_nb reads "
                f"{_VERSION}); rerun the batch to get a fresh report"
            )
        edges, counts = data.get("histogram") or ([], [])
        return cls(
            files=int(data["files"]),
            succeeded=int(data["succeeded"]),
            failed=int(data["failed"]),
            cached=int(data["cached"]),
            pages=int(data["pages"]),
            wall_seconds=data.get("wall_seconds"),
            errors={str(k): int(v) for k, v in data.get("errors", {}).items()},
            stages={
                str(k): StageTime(float(t), float(m), int(n))
                for k, (t, m, n) in data.get("stages", {}).items()
            },
            slowest=tuple(SlowFile(f, float(s), p, e) for f, s, p, e in data.get("slowest", [])),
            histogram=(tuple(float(e) for e in edges), tuple(int(c) for c in counts)),
            median_seconds=data.get("median_seconds"),
        )

    # -- display --------------------------------------------------------------------------

    def to_text(self) -> str:
        """The report as plain text (what ``print(report)`` shows).

        Examples
        --------
        >>> rep = BatchReport(files=2, succeeded=2, failed=0, cached=0, pages=4, wall_seconds=1)
        >>> print(rep.to_text())
        pdfkit_nb batch report: 2 files in 1.00 s (2.0 files/s, 4.0 pages/s)
          succeeded 2 · failed 0 · cached 0 · pages 4
        """
        return render_text(self)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        # Terminal IPython shows repr(): the readable summary is more useful there than fields.
        return self.to_text()

    def _repr_html_(self) -> str:
        return render_html(self)

    def plot(self, *, figsize: tuple[float, float] = (10.0, 3.2)) -> Figure:
        """Draw the time-per-file distribution and the outcome breakdown (needs matplotlib).

        The figure is closed in pyplot before it is returned, so a notebook shows it once
        (as the cell's value); save it with ``fig.savefig(path)``.

        Parameters
        ----------
        figsize
            Figure size in inches.

        Returns
        -------
        matplotlib.figure.Figure

        Raises
        ------
        ImportError
            If matplotlib is missing (``pip install "pdfkit_nb[plot]"``).

        Examples
        --------
        >>> fig = pk.report(df).plot()  # doctest: +SKIP
        >>> fig.savefig("batch.png")  # doctest: +SKIP
        """
        try:
            import matplotlib.pyplot as plt
        except ImportError as exc:
            raise ImportError(_PLOT_HINT) from exc
        fig = draw(self, figsize)
        # pyplot registers the figure for the inline backend; closing it avoids a second copy
        # being shown at the end of the cell when the figure is also the cell's value.
        plt.close(fig)
        return fig


def report(df: pd.DataFrame) -> BatchReport:
    """The :class:`BatchReport` of the batch that produced ``df``.

    ``extract_batch`` stores the summary as a plain dict in ``df.attrs["pdfkit"]``; pandas
    carries it through copies and filtering, so a filtered frame still reports its whole
    batch. A frame without it (built by hand, concatenated from several batches, or from
    :func:`~pdfkit_nb.load_results`) is summarised from its columns instead, without stage
    times or wall time.

    Parameters
    ----------
    df
        A DataFrame returned by :func:`~pdfkit_nb.extract_batch` or its siblings.

    Returns
    -------
    BatchReport

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> df = await pk.extract_batch("invoices/", ["total"])  # doctest: +SKIP
    >>> pk.report(df)  # doctest: +SKIP
    """
    stored = df.attrs.get(ATTRS_KEY)
    if isinstance(stored, Mapping) and isinstance(stored.get("report"), Mapping):
        return BatchReport.from_dict(stored["report"])
    return BatchReport.from_dataframe(df)


def _histogram(times: list[float], bins: int) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """Equal-width bins from 0 to the slowest file (no numpy needed for N floats)."""
    if not times:
        return ((), ())
    bins = max(int(bins), 1)
    top = max(times) or 1.0
    width = top / bins
    counts = [0] * bins
    for t in times:
        counts[min(int(t / width), bins - 1) if t > 0 else 0] += 1
    return tuple(i * width for i in range(bins + 1)), tuple(counts)


def _rate(count: int, seconds: float | None) -> float | None:
    if seconds is None or seconds <= 0:
        return None
    return count / seconds


def _column(df: pd.DataFrame, name: str, default: list[Any]) -> list[Any]:
    return list(df[name]) if name in df.columns else default


def _truthy(value: Any) -> bool:
    try:
        return bool(value)
    except TypeError:  # pd.NA
        return False


def _number(value: Any) -> bool:
    try:
        return value is not None and float(value) == float(value)
    except (TypeError, ValueError):
        return False


def _int_or_none(value: Any) -> int | None:
    return int(value) if _number(value) else None


def _str_or_none(value: Any) -> str | None:
    if value is None or not isinstance(value, str):
        return None
    return value
