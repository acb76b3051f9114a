"""How a BatchReport looks: the notebook HTML card and the matplotlib figure."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from ._strings import html_escape as escape

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .reporting import BatchReport

__all__ = ["draw", "fmt_seconds", "render_html", "render_text"]

# Same meaning as the progress panel's final bar: green done, amber with failures.
OK, WARN, BAD, GREY = "#2e7d32", "#b26a00", "#c62828", "#757575"
_STAGE = "#42a5f5"
_OK_BAR, _ERR_BARS = "#66bb6a", ("#ffa726", "#ef5350", "#ab47bc", "#8d6e63", "#78909c")

# JupyterLab's theme variables with fallbacks, so the card reads well in light and dark themes
# and outside Jupyter (VS Code, nbviewer) too.
_MUTED = "var(--jp-ui-font-color2, #666)"
_BORDER = "var(--jp-border-color2, #ddd)"
_TRACK = "var(--jp-layout-color3, #eee)"
# JupyterLab stripes and highlights table rows; a summary card reads better without that.
_ROW = "background:none"
_CODE = "background:none;padding:0;font-size:12px"
_CELL = "padding:1px 10px 1px 0;border:none;text-align:left;background:none;white-space:nowrap"


def render_text(rep: BatchReport) -> str:
    """The report as plain text, for terminals and logs."""
    lines = [f"pdfkit_nb batch report: {rep.files} files{_wall_text(rep)}"]
    lines.append(
        f"  succeeded {rep.succeeded} · failed {rep.failed} · cached {rep.cached}"
        f" · pages {rep.pages}"
    )
    if rep.errors:
        lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in rep.errors.items()))
    if rep.stages:
        lines.append(f"  {'stage':<9}{'total':>10}{'median':>10}{'files':>7}")
        for name, s in rep.stages.items():
            lines.append(
                f"  {name:<9}{fmt_seconds(s.total):>10}{fmt_seconds(s.median):>10}{s.files:>7}"
            )
    if rep.slowest:
        lines.append("  slowest:")
        for f in rep.slowest:
            note = f" [{f.error_type}]" if f.error_type else ""
            pages = f", {f.pages} p" if f.pages is not None else ""
            lines.append(f"    {fmt_seconds(f.seconds):>8}  {f.name}{pages}{note}")
    return "\n".join(lines)


def _wall_text(rep: BatchReport) -> str:
    if rep.wall_seconds is None:
        return ""
    text = f" in {fmt_seconds(rep.wall_seconds)}"
    if rep.files_per_second is not None and rep.pages_per_second is not None:
        text += f" ({rep.files_per_second:.1f} files/s, {rep.pages_per_second:.1f} pages/s)"
    return text


def render_html(rep: BatchReport) -> str:
    """The report as a compact, self-contained HTML card (inline styles only)."""
    colour = {"ok": OK, "failures": WARN}.get(rep.status, GREY)
    if rep.status == "ok":
        badge = f"all {rep.files} succeeded"
    elif rep.status == "failures":
        badge = f"{rep.failed} of {rep.files} failed"
    else:
        badge = "no files"
    sections = [_outcomes(rep)]
    if rep.stages:
        sections.append(_stages(rep))
    if rep.slowest:
        sections.append(_slowest(rep))
    # Sections keep their natural width and wrap below each other in a narrow output area.
    body = "".join(f'<div style="flex:0 1 auto">{s}</div>' for s in sections)
    return (
        f'<div class="pdfkit-report" data-status="{rep.status}" style="font-family:'
        "var(--jp-ui-font-family, system-ui, sans-serif);font-size:13px;line-height:1.45;"
        f"border:1px solid {_BORDER};border-left:4px solid {colour};border-radius:6px;"
        'padding:8px 14px 10px;max-width:880px">'
        '<div style="display:flex;align-items:baseline;gap:10px;margin-bottom:6px">'
        '<b style="font-size:14px">pdfkit_nb batch report</b>'
        f'<span style="color:#fff;background:{colour};border-radius:9px;padding:0 8px;'
        f'font-size:12px">{escape(badge)}</span></div>'
        f"{_kpis(rep)}"
        f'<div style="display:flex;flex-wrap:wrap;gap:8px 24px;margin-top:8px">{body}</div>'
        "</div>"
    )


def _kpis(rep: BatchReport) -> str:
    items = [
        ("files", str(rep.files)),
        ("succeeded", str(rep.succeeded)),
        ("failed", str(rep.failed)),
        ("cached", str(rep.cached)),
        ("pages", str(rep.pages)),
    ]
    if rep.wall_seconds is not None:
        items.append(("wall time", fmt_seconds(rep.wall_seconds)))
    if rep.files_per_second is not None:
        items.append(("files/s", f"{rep.files_per_second:.1f}"))
    if rep.pages_per_second is not None:
        items.append(("pages/s", f"{rep.pages_per_second:.1f}"))
    if rep.median_seconds is not None:
        items.append(("median/file", fmt_seconds(rep.median_seconds)))
    cells = "".join(
        '<div style="min-width:64px">'
        f'<div style="font-size:17px;font-weight:600">{escape(value)}</div>'
        f'<div style="color:{_MUTED};font-size:11px">{escape(label)}</div></div>'
        for label, value in items
    )
    return f'<div style="display:flex;flex-wrap:wrap;gap:4px 18px">{cells}</div>'


def _heading(text: str) -> str:
    return f'<div style="font-weight:600;margin-bottom:2px">{escape(text)}</div>'


def _bar(fraction: float, colour: str, width: int = 90) -> str:
    fill = max(0.0, min(fraction, 1.0)) * width
    return (
        f'<div style="display:inline-block;vertical-align:middle;width:{width}px;height:8px;'
        f'background:{_TRACK};border-radius:4px;overflow:hidden">'
        f'<div style="width:{fill:.1f}px;height:8px;background:{colour}"></div></div>'
    )


def _table(rows: list[list[str]], header: list[str] | None = None) -> str:
    head = ""
    if header:
        head = f'<tr style="{_ROW}">' + "".join(
            f'<th style="{_CELL};color:{_MUTED};font-weight:normal">{h}</th>' for h in header
        )
        head += "</tr>"
    body = "".join(
        f'<tr style="{_ROW}">' + "".join(f'<td style="{_CELL}">{c}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return f'<table style="border-collapse:collapse;margin:0;font-size:12px">{head}{body}</table>'


def _outcomes(rep: BatchReport) -> str:
    total = max(rep.files, 1)
    rows = [["succeeded", str(rep.succeeded), _bar(rep.succeeded / total, _OK_BAR)]]
    for i, (kind, count) in enumerate(rep.errors.items()):
        colour = _ERR_BARS[i % len(_ERR_BARS)]
        rows.append(
            [
                f'<code style="{_CODE}">{escape(kind)}</code>',
                str(count),
                _bar(count / total, colour),
            ]
        )
    if rep.cached:
        rows.append(["<i>of which cached</i>", str(rep.cached), _bar(rep.cached / total, GREY)])
    return _heading("Outcomes") + _table(rows)


def _stages(rep: BatchReport) -> str:
    busiest = max(s.total for s in rep.stages.values()) or 1.0
    rows = [
        [
            escape(name),
            fmt_seconds(s.total),
            fmt_seconds(s.median),
            _bar(s.total / busiest, "#42a5f5", 70),
        ]
        for name, s in rep.stages.items()
    ]
    return _heading("Time per stage") + _table(rows, ["stage", "sum", "median", ""])


def _slowest(rep: BatchReport) -> str:
    rows = []
    for f in rep.slowest:
        note = (
            f' <span style="color:{WARN}">[{escape(f.error_type)}]</span>' if f.error_type else ""
        )
        name = f'<span title="{escape(f.file)}">{escape(_short(f.name))}</span>{note}'
        rows.append([name, fmt_seconds(f.seconds), "" if f.pages is None else str(f.pages)])
    return _heading("Slowest files") + _table(rows, ["file", "time", "pages"])


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 13] + "…" + name[-12:]


def fmt_seconds(seconds: float) -> str:
    """Seconds with sensible precision: ``7 ms``, ``0.012 s``, ``1.23 s``, ``75.4 s``."""
    if seconds < 0.1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds:.3f} s"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def draw(rep: BatchReport, figsize: tuple[float, float]) -> Figure:
    """Two panels: a histogram of seconds per processed file, and files per outcome."""
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(
        1, 2, figsize=figsize, gridspec_kw={"width_ratios": [3, 2]}, layout="constrained"
    )
    edges, counts = rep.histogram
    if counts:
        widths = [b - a for a, b in itertools.pairwise(edges)]
        left.bar(edges[:-1], counts, width=widths, align="edge", color=_STAGE, edgecolor="white")
        if rep.median_seconds is not None:
            left.axvline(rep.median_seconds, color="#37474f", linestyle="--", linewidth=1)
            left.annotate(
                f"median {fmt_seconds(rep.median_seconds)}",
                xy=(rep.median_seconds, 1),
                xycoords=("data", "axes fraction"),
                xytext=(4, -12),
                textcoords="offset points",
                fontsize=8,
            )
    else:
        left.text(
            0.5, 0.5, "no file processed (all cached?)", ha="center", transform=left.transAxes
        )
    left.set(title="Time per file", xlabel="seconds", ylabel="files")
    left.yaxis.get_major_locator().set_params(integer=True)

    labels = ["succeeded", *rep.errors]
    values = [rep.succeeded, *rep.errors.values()]
    colours = [_OK_BAR, *(_ERR_BARS[i % len(_ERR_BARS)] for i in range(len(rep.errors)))]
    bars = right.barh(labels[::-1], values[::-1], color=colours[::-1])
    right.bar_label(bars, padding=2, fontsize=8)
    right.set(title=f"Outcomes ({rep.files} files)", xlabel="files")
    right.xaxis.get_major_locator().set_params(integer=True)
    right.set_xlim(0, max([*values, 1]) * 1.15)
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
    return fig
