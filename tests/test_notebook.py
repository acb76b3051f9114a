"""The quickstart notebook runs top to bottom in a real Jupyter kernel (nbclient)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "quickstart.ipynb"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


@pytest.mark.notebook
@pytest.mark.timeout(600)
def test_quickstart_runs_in_a_real_kernel(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    replies: list[tuple[int, str, str]] = []

    def on_cell_executed(cell: Any, cell_index: int, execute_reply: dict[str, Any]) -> None:
        content = execute_reply["content"]
        replies.append((cell_index, content["status"], content.get("evalue", "")))

    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        allow_errors=True,  # we check every execute_reply ourselves, below
        resources={"metadata": {"path": str(tmp_path)}},
        on_cell_executed=on_cell_executed,
    )
    client.execute()

    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    assert [i for i, _, _ in replies] == code_cells
    failed = [(i, evalue) for i, status, evalue in replies if status != "ok"]
    assert not failed, f"cells failed: {failed}"
    for cell in nb.cells:
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        assert not errors, errors

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    widgets = [o for o in outputs if WIDGET_MIME in o.get("data", {})]
    assert len(widgets) >= 2, "the await cell and the sync cell each show a progress panel"
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    bars = [
        m["state"]
        for m in state.get("state", {}).values()
        if m.get("model_name") == "IntProgressModel"
    ]
    assert bars and all(b["value"] == b["max"] for b in bars), "every bar reached the end"
    assert any(b.get("bar_style") == "warning" for b in bars), (
        "the broken sample shows as a failure"
    )

    html = [o["data"].get("text/html", "") for o in outputs if "data" in o]
    assert any("invoice_number" in h and "<table" in h for h in html), "the DataFrame rendered"

    # An Extractor subclass written in a cell reaches the worker processes (forkserver in a
    # kernel: by value) and gives its values; it used to crash every worker.
    cell = next(c for c in nb.cells if "class LargestText" in c.source)
    table = "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    assert "RECHNUNG" in table and "INVOICE" in table and "crashed" not in table, table
    assert any("corrupt" in h or "not_pdf" in h for h in html), "the error row rendered"
    reports = [h for h in html if 'class="pdfkit-report"' in h]
    assert reports and "Time per stage" in reports[0], "the batch report rendered"

    pngs = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) >= 3, "the report plot and two pk.show pages rendered as images"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "broken.pdf failed (corrupt" in text, "pk.show explained why it had nothing to draw"
