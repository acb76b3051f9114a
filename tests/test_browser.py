"""The quickstart notebook run in JupyterLab, in a real browser (Debian chromium via Playwright).

Skipped unless ``/usr/bin/chromium`` (or ``$PDFKIT_CHROMIUM``), ``playwright`` and
``jupyterlab`` are installed (fails instead with ``PDFKIT_REQUIRE_BROWSER=1``, as in CI);
Playwright never downloads a browser here. Screenshots go to
``ci-artifacts/screenshots/`` (or ``$PDFKIT_SCREENSHOTS``); with ``PDFKIT_UPDATE_DOCS=1`` the
README's images in ``docs/img/`` are refreshed from them.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
CHROMIUM = Path(os.environ.get("PDFKIT_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(os.environ.get("PDFKIT_SCREENSHOTS", ROOT / "ci-artifacts" / "screenshots"))
DOCS_IMG = ROOT / "docs" / "img"
#: Screenshot → README image, copied when PDFKIT_UPDATE_DOCS=1.
DOCS = {
    "progress_panel.png": "progress_panel.png",
    "batch_report.png": "batch_report.png",
    "show_evidence.png": "show_evidence.png",
}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# JupyterLab user settings for a quiet, deterministic session: no news or update toasts, and
# every cell rendered (not windowed), so outputs far down the notebook are in the DOM.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "checkForUpdates": False,
        "fetchNews": "false",
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
# Every code cell has run: its prompt reads "[<number>]:" (queued or running cells show "[*]:").
ALL_CELLS_RAN = """(n) => {
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
    .map((e) => e.textContent.trim());
  return prompts.length === n && prompts.every((t) => /^\\[\\d+\\]:$/.test(t));
}"""


@dataclass
class Lab:
    url: str
    token: str
    root: Path


def _skip_unless_available() -> None:
    """Skip when a piece is missing, or fail if CI said it must run (PDFKIT_REQUIRE_BROWSER=1)."""
    missing = [] if CHROMIUM.exists() else [f"no browser at {CHROMIUM} (apt-get install chromium)"]
    for module, package in (("playwright.sync_api", "playwright"), ("jupyterlab", "jupyterlab")):
        try:
            __import__(module)
        except ImportError:
            missing.append(f'{package} is not installed (pip install "pdfkit_nb[browser]")')
    if missing:
        if os.environ.get("PDFKIT_REQUIRE_BROWSER") == "1":
            pytest.fail("; ".join(missing))
        pytest.skip("; ".join(missing))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_server(url: str, token: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter lab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    pytest.fail(f"jupyter lab did not answer within 120 s:\n{log.read_text()[-3000:]}")


def _stop_server(lab: Lab, proc: subprocess.Popen[bytes]) -> None:
    request = urllib.request.Request(
        f"{lab.url}/api/shutdown", method="POST", headers={"Authorization": f"token {lab.token}"}
    )
    try:
        urllib.request.urlopen(request, timeout=10).close()
        proc.wait(timeout=30)
    except (urllib.error.URLError, OSError, subprocess.TimeoutExpired):
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    """JupyterLab on 127.0.0.1 serving a copy of the notebooks, isolated from user config."""
    _skip_unless_available()
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(NOTEBOOK, notebooks)
    settings = tmp_path / "lab-settings"
    for rel, data in LAB_SETTINGS.items():
        (settings / rel).parent.mkdir(parents=True, exist_ok=True)
        (settings / rel).write_text(json.dumps(data))
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
        "IPYTHONDIR": str(tmp_path / "ipython"),
        # The kernel imports this checkout's pdfkit_nb, installed or not.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    port, token = _free_port(), secrets.token_hex(16)
    log_path = tmp_path / "jupyter-lab.log"
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={notebooks}",
        "--ServerApp.allow_root=True",  # CI runs as root
        "--LabApp.extension_manager=readonly",  # no PyPI queries from the extension manager
    ]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        lab = Lab(f"http://127.0.0.1:{port}", token, notebooks)
        try:
            _wait_for_server(lab.url, token, proc, log_path)
            yield lab
        finally:
            _stop_server(lab, proc)
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(log_path, SCREENSHOTS / "jupyter-lab.log")


def _code_cells() -> int:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return sum(c["cell_type"] == "code" for c in cells)


def test_quickstart_runs_in_jupyterlab(lab: Lab, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    console: list[str] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 1200},  # tall enough for a whole pk.show page
            device_scale_factor=1,
        )
        page = context.pages[0] if context.pages else context.new_page()
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        try:
            page.goto(f"{lab.url}/lab/tree/quickstart.ipynb?reset&token={lab.token}")
            status = page.locator("#jp-main-statusbar")
            # Keystrokes and clicks before the kernel is idle can be dropped.
            expect(status).to_contain_text("Idle", timeout=120_000)
            # More room for the notebook in the screenshots: hide the file browser
            # (clicking the open sidebar tab collapses the sidebar).
            page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()
            expect(page.locator("#jp-left-stack")).to_be_hidden()
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
            page.wait_for_function(ALL_CELLS_RAN, arg=_code_cells(), timeout=300_000)
            expect(status).to_contain_text("Idle", timeout=120_000)
            _check_outputs(page)
            _screenshots(page)
        except Exception:
            page.screenshot(path=str(SCREENSHOTS / "failure.png"))
            raise
        finally:
            (SCREENSHOTS / "browser-console.log").write_text("\n".join(console) + "\n")
            context.close()
    if os.environ.get("PDFKIT_UPDATE_DOCS") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        for shot, doc in DOCS.items():
            shutil.copy(SCREENSHOTS / shot, DOCS_IMG / doc)


def _check_outputs(page: Any) -> None:
    from playwright.sync_api import expect

    outputs = " ".join(page.locator(".jp-OutputArea-output").all_inner_texts())
    assert "Traceback (most recent call last)" not in outputs, outputs[-3000:]

    # Both progress panels (await cell, sync cell) ended amber: the broken sample failed.
    panels = page.locator(".pdfkit-progress")
    assert panels.count() >= 2
    assert page.locator(".pdfkit-progress.pdfkit-state-running").count() == 0
    for i in range(panels.count()):
        panel = panels.nth(i)
        expect(panel).to_have_class(re.compile(r"\bpdfkit-state-failures\b"))
        expect(panel).to_contain_text("6/6 · done")
        expect(panel).to_contain_text("5 succeeded")
        expect(panel.locator(".progress-bar-warning")).to_have_count(1)

    frame = page.locator(".jp-RenderedHTMLCommon table.dataframe").first
    expect(frame).to_contain_text("invoice_number")
    expect(frame).to_contain_text("RE-2024-0815")

    report = page.locator(".pdfkit-report").first
    expect(report).to_have_attribute("data-status", "failures")
    for text in ("1 of 6 failed", "Time per stage", "Slowest files", "corrupt"):
        expect(report).to_contain_text(text)

    # The report's plot and two pk.show pages, each an image that finished loading.
    images = page.locator(".jp-RenderedImage img")
    assert images.count() >= 3
    loaded = images.evaluate_all("(imgs) => imgs.map((i) => i.complete && i.naturalWidth)")
    assert all(width and width > 100 for width in loaded), loaded
    no_position = page.locator(".jp-OutputArea-output").filter(has_text="no total to show")
    expect(no_position).to_contain_text("broken.pdf failed (corrupt")


def _output_of(page: Any, code: str) -> Any:
    """The output area of the code cell whose source contains ``code``."""
    cell = page.locator(".jp-CodeCell").filter(has=page.locator(".jp-InputArea", has_text=code))
    return cell.locator(".jp-OutputArea").first


def _screenshots(page: Any) -> None:
    from playwright.sync_api import expect

    # Open the first panel's error list, as a user checking what failed would.
    panel = page.locator(".pdfkit-progress").first
    panel.locator(".jupyter-widget-Collapse-header").first.click()
    expect(panel.locator("ol li").first).to_be_visible(timeout=10_000)
    shots = {
        "progress_panel.png": panel,
        "batch_report.png": page.locator(".pdfkit-report").first,
        "report_plot.png": _output_of(page, "pk.report(df).plot()").locator("img"),
        "show_page.png": _output_of(page, 'pk.show(row, "total"').locator("img"),
        "show_evidence.png": _output_of(page, 'pk.show(samples / "rechnung_de.pdf"').locator("img"),
    }
    for name, locator in shots.items():
        locator.screenshot(path=str(SCREENSHOTS / name))
    # The whole window with the first batch's cell at the top: code, panel, DataFrame.
    first = page.locator(".jp-CodeCell").filter(has_text="df = await pk.extract_batch").first
    first.evaluate("(cell) => cell.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(SCREENSHOTS / "quickstart.png"))
