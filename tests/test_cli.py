"""The pdfkit-nb command: extract to files, the demo, and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pdfkit_nb import samples_dir
from pdfkit_nb.cli import main


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"], ids=["csv", "jsonl", "parquet"])
def test_extract_writes_each_format(mixed_dir: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    code = main(["extract", str(mixed_dir), "-f", "invoice_number,total", "-o", str(out), "-q"])
    assert code == 0
    if suffix == ".csv":
        df = pd.read_csv(out)
    elif suffix == ".jsonl":
        df = pd.read_json(out, lines=True)
    else:
        df = pd.read_parquet(out)
    assert len(df) == 8
    assert list(df.columns[:3]) == ["file", "invoice_number", "total"]
    assert df["success"].sum() == 5
    assert set(df.loc[~df["success"], "error_type"]) >= {"not_pdf", "no_text"}


def test_extract_prints_a_table_without_output(
    invoice_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(invoice_dir / "invoice_1.pdf"), "--fields", "invoice_number"]) == 0
    out = capsys.readouterr().out
    assert "invoice_1.pdf" in out and "INV-0001" in out


def test_fields_may_be_repeated_as_well_as_comma_separated(
    invoice_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    argv = ["extract", str(invoice_dir), "-f", "invoice_number", "-f", "total,invoice_date"]
    assert main([*argv, "-o", str(out), "-q"]) == 0
    df = pd.read_csv(out)
    assert list(df.columns[:4]) == ["file", "invoice_number", "total", "invoice_date"]
    assert df["total"].notna().all()


def test_report_goes_to_stderr(mixed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", str(mixed_dir), "-f", "invoice_number", "-q", "--report"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "batch report: 8 files" in captured.err
    assert "succeeded 5" in captured.err and "not_pdf" in captured.err
    assert "batch report" not in captured.out  # stdout keeps only the table


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "{tmp}/nothing", "-f", "total"], "no such file or folder"),
        (["extract", "{tmp}", "-f", "total"], "no PDF files found"),
        (["extract", "{tmp}", "-f", "success"], "clashes"),
    ],
    ids=["missing", "empty-folder", "reserved-field"],
)
def test_misuse_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([a.format(tmp=tmp_path) for a in argv]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("x.xlsx", "unknown output type '.xlsx'; end it in .csv, .parquet or .jsonl"),
        ("results", "has no file type"),
        (".", "is a folder; give a file name such as"),
    ],
    ids=["xlsx", "no-suffix", "folder"],
)
def test_a_bad_output_is_refused_before_any_file_is_read(
    invoice_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    output: str,
    message: str,
) -> None:
    import pdfkit_nb.api

    def no_batch(*args: object, **kwargs: object) -> None:
        raise AssertionError("the batch ran before the output was checked")

    monkeypatch.setattr(pdfkit_nb.api, "extract_batch_sync", no_batch)
    argv = ["extract", str(invoice_dir), "-f", "total", "-o", str(tmp_path / output), "-q"]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_parquet_without_pyarrow_is_refused_up_front(
    invoice_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a: None)  # no pyarrow
    argv = ["extract", str(invoice_dir), "-f", "total", "-o", str(tmp_path / "x.parquet")]
    assert main(argv) == 2
    assert 'pip install "pdfkit_nb[parquet]"' in capsys.readouterr().err


def test_the_output_folder_is_made(invoice_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "out.csv"
    assert main(["extract", str(invoice_dir), "-f", "total", "-o", str(out), "-q"]) == 0
    assert len(pd.read_csv(out)) == 5


def test_demo_runs_as_a_console_script() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pdfkit_nb", "demo"], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    truth = json.loads((samples_dir() / "truth.json").read_text())
    for name, expected in truth.items():
        assert name in out.stdout
        if expected.get("invoice_number"):
            assert expected["invoice_number"] in out.stdout
    assert "broken.pdf" in out.stdout and "corrupt" in out.stdout
    assert "5 of 6 files extracted" in out.stdout


def test_cache_option_and_cache_commands(
    invoice_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite"
    out = tmp_path / "out.csv"
    argv = ["extract", str(invoice_dir), "-f", "total", "--cache", str(store), "-o", str(out), "-q"]
    assert main(argv) == 0 and main(argv) == 0
    assert pd.read_csv(out)["cached"].all()
    capsys.readouterr()
    assert main(["cache", "info", "--cache", str(store)]) == 0
    assert str(store) in capsys.readouterr().out
    assert main(["cache", "clear", "--cache", str(store)]) == 0
    assert "removed 5 result(s)" in capsys.readouterr().out
    assert main(["cache", "info", "--cache", str(tmp_path / "none.sqlite")]) == 2


def test_repeated_passwords_are_tried_in_turn(tmp_path: Path) -> None:
    from pdfgen import encrypted_pdf

    for k, secret in enumerate(["one", "two"]):
        (tmp_path / f"locked_{k}.pdf").write_bytes(
            encrypted_pdf(f"Invoice Number: L-{k}", user_password=secret)
        )
    out = tmp_path / "out.csv"
    argv = ["extract", str(tmp_path), "-f", "invoice_number", "-o", str(out), "-q"]
    assert main([*argv, "--password", "two", "--password", "one"]) == 0
    assert pd.read_csv(out)["invoice_number"].tolist() == ["L-0", "L-1"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl", ""])
def test_a_name_that_is_not_utf8_is_written_with_its_bytes_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    import os

    from conftest import invoice_bytes

    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"rechnung_\xe9.pdf")).write_bytes(invoice_bytes(2))
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    argv = ["extract", str(folder), "-f", "invoice_number", "-q"]
    if not suffix:
        assert main(argv) == 0
        printed = capsys.readouterr().out
        assert "rechnung_\\xe9.pdf" in printed and "INV-0002" in printed
        return
    out = tmp_path / f"out{suffix}"
    assert main([*argv, "-o", str(out)]) == 0
    df = (
        pd.read_csv(out)
        if suffix == ".csv"
        else pd.read_parquet(out)
        if suffix == ".parquet"
        else pd.read_json(out, lines=True)
    )
    assert df["file"].tolist() == [str(folder / "rechnung_\\xe9.pdf")]
    assert df["invoice_number"].tolist() == ["INV-0002"]


OWN_METHODS = """
import re
import pdfkit_nb as pk

def first_inv(text, fields):
    found = re.search(r"INV-\\d+", text)
    return {"ref": found.group(0) if found else None}

class PageCount(pk.Extractor):
    name = "page-count"
    def extract(self, doc, fields):
        return {"ref": f"{len(doc.pages)} page(s)"}
"""


@pytest.mark.parametrize(
    ("method", "expected"),
    [("own_methods:first_inv", "INV-0001"), ("own_methods:PageCount", "1 page(s)")],
    ids=["function", "extractor-class"],
)
def test_method_may_name_your_own_function_or_extractor(
    invoice_dir: Path, tmp_path: Path, method: str, expected: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "own_methods.py").write_text(OWN_METHODS)
    out = work / "out.csv"
    argv = ["extract", str(invoice_dir / "invoice_1.pdf"), "-f", "ref", "--method", method]
    done = subprocess.run(
        [sys.executable, "-m", "pdfkit_nb.cli", *argv, "-o", str(out), "-q"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert pd.read_csv(out)["ref"].tolist() == [expected]


@pytest.mark.parametrize(
    ("method", "message"),
    [("no_such_module:fn", "cannot import 'no_such_module'"), ("json:no_such", "has no")],
    ids=["module", "attribute"],
)
def test_a_method_that_cannot_be_imported_is_a_usage_error(
    invoice_dir: Path, capsys: pytest.CaptureFixture[str], method: str, message: str
) -> None:
    argv = ["extract", str(invoice_dir), "-f", "total", "--method", method, "-q"]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
