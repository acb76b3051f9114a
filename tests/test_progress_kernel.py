"""The progress adapters in a real Jupyter kernel: detection, display and widget state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("ipywidgets")

ROOT = Path(__file__).resolve().parents[1]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"

DETECT = """\
from pdfkit_nb.progress.auto import in_notebook, resolve_progress
from pdfkit_nb.progress.events import ProgressDispatcher, ProgressEvent, ProgressEventType as T
callbacks = resolve_progress("auto")
print(in_notebook(), [type(cb).__name__ for cb in callbacks])
"""

DRIVE = """\
panel, = callbacks
dispatcher = ProgressDispatcher(callbacks)
await dispatcher.emit(ProgressEvent(T.BATCH_STARTED, None, 0, 3))
for i in range(1, 4):
    await dispatcher.emit(ProgressEvent(T.FILE_STARTED, f"{i}.pdf", i, 3))
    kind, error = (T.FILE_FAILED, "no %PDF header") if i == 2 else (T.FILE_COMPLETED, None)
    await dispatcher.emit(ProgressEvent(kind, f"{i}.pdf", i, 3, error=error))
await dispatcher.emit(ProgressEvent(T.BATCH_COMPLETED, None, 3, 3))
print(panel.bar.value, panel.bar.max, panel.bar.bar_style, panel.failed)
"""

TQDM = """\
from pdfkit_nb.progress.tqdm import TqdmProgress
bar = TqdmProgress()
bar(ProgressEvent(T.BATCH_STARTED, None, 0, 2))
import tqdm.notebook
is_widget_bar = isinstance(bar.bar, tqdm.notebook.tqdm)
bar(ProgressEvent(T.FILE_COMPLETED, "a.pdf", 1, 2))
bar(ProgressEvent(T.FILE_COMPLETED, "b.pdf", 2, 2))
bar(ProgressEvent(T.BATCH_COMPLETED, None, 2, 2))
print(is_widget_bar, bar.succeeded)
"""


def outputs_of(cell: Any, output_type: str) -> list[Any]:
    return [out for out in cell.outputs if out.output_type == output_type]


@pytest.mark.notebook
def test_widget_panel_in_a_real_kernel() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (DETECT, DRIVE, TQDM)]
    client = nbclient.NotebookClient(
        nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    detect, drive, tqdm_cell = nb.cells

    assert outputs_of(detect, "stream")[0].text == "True ['WidgetProgress']\n"

    # The panel displayed itself once, as a widget view, and ended amber (one failure).
    views = [out for out in outputs_of(drive, "display_data") if WIDGET_VIEW in out.data]
    assert len(views) == 1
    assert outputs_of(drive, "stream")[0].text == "3 3 warning 1\n"

    # tqdm.auto picks the notebook bar in a kernel, and nothing warned on stderr.
    assert outputs_of(tqdm_cell, "stream")[-1].text == "True 2\n"
    assert any(WIDGET_VIEW in out.data for out in outputs_of(tqdm_cell, "display_data"))
    for cell in nb.cells:
        assert not [out for out in outputs_of(cell, "stream") if out.name == "stderr"]

    # The front end received the final state: the saved widget models hold the amber bar.
    state = nb.metadata["widgets"][WIDGET_STATE]["state"]
    bars = [m["state"] for m in state.values() if m["model_name"] == "IntProgressModel"]
    assert {"value": 3, "max": 3, "bar_style": "warning"}.items() <= bars[0].items()
