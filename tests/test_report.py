"""BatchReport: counts, throughput, stage times, text/HTML/plot, and the DataFrame attrs trip."""

from __future__ import annotations

import copy
import json
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import pdfkit_nb as pk
from pdfkit_nb.errors import OptionError
from pdfkit_nb.processors import BatchProcessor, BatchResult
from pdfkit_nb.reporting import ATTRS_KEY, BatchReport, SlowFile, report

FIELDS = ["invoice_number", "total"]
MIXED_ERRORS = {"not_pdf": 1, "no_text": 1, "corrupt": 1}


def result(
    name: str,
    *,
    ok: bool = True,
    seconds: float = 1.0,
    pages: int | None = 1,
    cached: bool = False,
    error_type: str | None = None,
    timings: dict[str, float] | None = None,
) -> BatchResult:
    return BatchResult(
        name,
        ok,
        error_type=None if ok else (error_type or "corrupt"),
        error=None if ok else "broken",
        pages=pages if ok else None,
        seconds=seconds,
        cached=cached,
        timings=timings or {},
    )


SYNTHETIC = [
    result("a.pdf", seconds=1.0, pages=2, timings={"read": 0.1, "parse": 0.6, "extract": 0.3}),
    result("b.pdf", seconds=3.0, pages=4, timings={"read": 0.2, "parse": 2.5, "extract": 0.3}),
    result("c.pdf", seconds=2.0, pages=1, timings={"read": 0.3, "parse": 1.5, "extract": 0.2}),
    result("d.pdf", ok=False, seconds=0.5, error_type="timeout", timings={"read": 0.1}),
    result("e.pdf", ok=False, seconds=0.2, error_type="not_pdf", timings={"read": 0.1}),
    result("f.pdf", ok=False, seconds=0.2, error_type="timeout"),
    # Cached: counted, but its stored timings belong to an earlier run.
    result("g.pdf", seconds=0.01, pages=3, cached=True, timings={"parse": 99.0}),
]


# -- building ---------------------------------------------------------------------------


def test_from_results_counts_throughput_and_stages() -> None:
    rep = BatchReport.from_results(SYNTHETIC, wall_seconds=2.0, slowest=3)
    assert (rep.files, rep.succeeded, rep.failed, rep.cached) == (7, 4, 3, 1)
    assert rep.pages == 2 + 4 + 1 + 3
    assert rep.errors == {"timeout": 2, "not_pdf": 1}
    assert list(rep.errors) == ["timeout", "not_pdf"]  # most frequent first
    assert rep.files_per_second == pytest.approx(3.5)
    assert rep.pages_per_second == pytest.approx(5.0)
    read = rep.stages["read"]
    assert (read.total, read.median, read.files) == (pytest.approx(0.8), pytest.approx(0.1), 5)
    assert rep.stages["parse"].total == pytest.approx(4.6)  # not the cached 99 s
    assert rep.stages["parse"].median == pytest.approx(1.5)
    assert rep.stages["extract"].files == 3
    assert list(rep.stages) == ["read", "parse", "extract"]
    assert [f.name for f in rep.slowest] == ["b.pdf", "c.pdf", "a.pdf"]
    assert rep.slowest[0] == SlowFile("b.pdf", 3.0, 4, None)
    assert rep.processed == 6 and sum(rep.histogram[1]) == 6
    assert len(rep.histogram[0]) == len(rep.histogram[1]) + 1 == 21
    assert rep.histogram[0][-1] == pytest.approx(3.0)
    assert rep.median_seconds == pytest.approx(0.75)
    assert rep.status == "failures"


@pytest.mark.parametrize(
    ("wall", "expected"),
    [(None, None), (0.0, None), (4.0, 1.75)],
    ids=["unknown", "zero", "positive"],
)
def test_throughput_needs_a_wall_time(wall: float | None, expected: float | None) -> None:
    rep = BatchReport.from_results(SYNTHETIC, wall_seconds=wall)
    assert rep.files_per_second == (None if expected is None else pytest.approx(expected))
    assert ("files/s" in rep.to_text()) is (expected is not None)


def test_empty_batch() -> None:
    rep = BatchReport.from_results([], wall_seconds=0.0)
    assert (rep.files, rep.failed, rep.status, rep.median_seconds) == (0, 0, "empty", None)
    assert rep.histogram == ((), ()) and rep.slowest == () and rep.stages == {}
    assert "0 files" in rep.to_text()
    assert "no files" in rep._repr_html_()


def test_all_succeeded_status_and_badge() -> None:
    rep = BatchReport.from_results(SYNTHETIC[:3], wall_seconds=1.0)
    assert rep.status == "ok" and rep.errors == {}
    html = rep._repr_html_()
    assert 'data-status="ok"' in html and "all 3 succeeded" in html


def test_from_real_batch(mixed_dir: Path) -> None:
    results = BatchProcessor(max_concurrent=4).process_batch(mixed_dir, fields=FIELDS)
    rep = BatchReport.from_results(results, wall_seconds=1.0)
    assert (rep.files, rep.succeeded, rep.failed, rep.cached, rep.pages) == (8, 5, 3, 0, 5)
    assert rep.errors == MIXED_ERRORS
    assert set(rep.stages) == {"read", "parse", "extract"}
    for stage in rep.stages.values():
        assert 0 <= stage.median <= stage.total and 1 <= stage.files <= 8
    assert rep.stages["parse"].files == 5  # failed files never finish parsing
    times = [f.seconds for f in rep.slowest]
    assert len(times) == 5 and times == sorted(times, reverse=True)
    assert rep.processed == 8


# -- plain data and DataFrame.attrs ------------------------------------------------------


def test_dict_round_trip_is_json_safe_and_small() -> None:
    rep = BatchReport.from_results(SYNTHETIC, wall_seconds=2.0)
    data = json.loads(json.dumps(rep.to_dict()))
    assert BatchReport.from_dict(data) == rep
    many = [result(f"{i}.pdf", seconds=i / 100) for i in range(5000)]
    big = BatchReport.from_results(many, wall_seconds=10.0).to_dict()
    # Deep-copied by pandas on most operations: its size must not grow with the batch.
    assert len(json.dumps(big)) < 3000
    assert copy.deepcopy(big) == big


def test_from_dict_rejects_other_versions() -> None:
    data = BatchReport.from_results(SYNTHETIC, wall_seconds=1.0).to_dict()
    data["version"] = 99
    with pytest.raises(OptionError, match="unsupported report version 99"):
        BatchReport.from_dict(data)


def test_extract_batch_attaches_report(mixed_dir: Path) -> None:
    df = pk.extract_batch_sync(mixed_dir, FIELDS, progress=None)
    stored = df.attrs[ATTRS_KEY]["report"]
    json.dumps(stored)  # plain data only
    rep = pk.report(df)
    assert isinstance(rep, BatchReport)
    assert (rep.files, rep.succeeded, rep.failed) == (8, 5, 3)
    assert rep.errors == MIXED_ERRORS
    assert rep.wall_seconds is not None and rep.wall_seconds > 0
    assert rep.files_per_second is not None and rep.files_per_second > 0
    # A filtered frame carries its batch's report (pandas propagates attrs).
    assert pk.report(df[df["success"]]) == rep
    assert pk.report(df.copy()) == rep


def test_report_survives_parquet(mixed_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    df = pk.extract_batch_sync(mixed_dir, FIELDS, progress=None)
    path = tmp_path / "out.parquet"
    df.to_parquet(path)
    assert report(pd.read_parquet(path)) == report(df)


def test_report_from_columns_without_attrs(mixed_dir: Path) -> None:
    df = pk.extract_batch_sync(mixed_dir, FIELDS, progress=None)
    df.attrs.clear()
    rep = report(df)
    assert (rep.files, rep.succeeded, rep.failed, rep.pages) == (8, 5, 3, 5)
    assert rep.errors == MIXED_ERRORS
    assert rep.wall_seconds is None and rep.stages == {} and rep.files_per_second is None
    assert rep.processed == 8 and len(rep.slowest) == 5


def test_report_from_columns_needs_file_and_success() -> None:
    with pytest.raises(OptionError, match="no file, success column"):
        report(pd.DataFrame({"total": [1.0]}))


# -- display ---------------------------------------------------------------------------


def test_text_names_everything() -> None:
    rep = BatchReport.from_results(SYNTHETIC, wall_seconds=2.0, slowest=2)
    text = str(rep)
    assert repr(rep) == text
    assert text.splitlines()[0] == (
        "pdfkit_nb batch report: 7 files in 2.00 s (3.5 files/s, 5.0 pages/s)"
    )
    assert "succeeded 4 · failed 3 · cached 1 · pages 10" in text
    assert "errors: timeout 2, not_pdf 1" in text
    assert "parse" in text and "4.60 s" in text
    assert "b.pdf, 4 p" in text and "a.pdf" not in text


class _TagChecker(HTMLParser):
    VOID = frozenset({"br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_well_formed_and_escaped() -> None:
    rows = [
        *SYNTHETIC,
        result("dir/<script>x</script>.pdf", ok=False, seconds=9.0, error_type="<bad>"),
    ]
    html = BatchReport.from_results(rows, wall_seconds=2.0)._repr_html_()
    checker = _TagChecker()
    checker.feed(html)
    assert checker.stack == []
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;bad&gt;" in html
    text = " ".join(checker.text)
    for expected in ("Outcomes", "Time per stage", "Slowest files", "timeout", "files/s"):
        assert expected in text
    assert 'class="pdfkit-report"' in html and 'data-status="failures"' in html


# -- plot --------------------------------------------------------------------------------


def test_plot_draws_distribution_and_outcomes(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = BatchReport.from_results(SYNTHETIC, wall_seconds=2.0).plot()
    left, right = fig.axes
    assert left.get_title() == "Time per file" and sum(p.get_height() for p in left.patches) == 6
    assert right.get_title() == "Outcomes (7 files)"
    assert [t.get_text() for t in right.get_yticklabels()] == ["not_pdf", "timeout", "succeeded"]
    assert [p.get_width() for p in right.patches] == [1, 2, 4]
    assert fig.number not in plt.get_fignums()  # closed: a notebook shows it once
    fig.savefig(tmp_path / "report.png")
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_of_a_fully_cached_batch() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    fig = BatchReport.from_results([SYNTHETIC[-1]], wall_seconds=1.0).plot()
    assert "no file processed" in fig.axes[0].texts[0].get_text()


def test_plot_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    rep = BatchReport.from_results(SYNTHETIC, wall_seconds=1.0)
    with pytest.raises(ImportError, match=r'pip install "pdfkit_nb\[plot\]"'):
        rep.plot()
