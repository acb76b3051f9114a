"""The public surface: __all__ is sorted and true, and the core imports no UI library."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types

import pdfkit_nb


def test_all_is_sorted_unique_and_every_name_exists() -> None:
    names = pdfkit_nb.__all__
    assert names == sorted(names)
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(pdfkit_nb, name), name


def test_every_public_attribute_is_exported() -> None:
    public = {
        name
        for name, value in vars(pdfkit_nb).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"
    }
    assert public == set(pdfkit_nb.__all__) - {"__version__"}


def test_design_names_are_public() -> None:
    for name in (
        "extract_batch",
        "extract_batch_sync",
        "iter_batch",
        "run_sync",
        "Field",
        "AsyncPDFProcessor",
        "AsyncBatchProcessor",
        "BatchProcessor",
        "BatchResult",
        "ProgressEvent",
        "ProgressEventType",
        "ProgressCallback",
    ):
        assert name in pdfkit_nb.__all__
    assert [e.name for e in pdfkit_nb.ProgressEventType] == [
        "BATCH_STARTED",
        "FILE_STARTED",
        "FILE_COMPLETED",
        "FILE_FAILED",
        "BATCH_COMPLETED",
    ]


def test_core_imports_and_runs_without_ui_libraries(tmp_path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(__import__("pathlib").Path(__file__).parent)!r})
        from conftest import invoice_bytes
        import pdfkit_nb as pk
        ui = ("tqdm", "ipywidgets", "IPython")
        assert not [m for m in ui if m in sys.modules], "on import"
        df = pk.extract_batch_sync([invoice_bytes(1)], ["total"], progress=None)
        assert df["success"].all()
        loaded = [m for m in ui if m in sys.modules]
        assert not loaded, f"after a batch: {{loaded}}"
        print("clean")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "clean"


def test_every_error_type_has_its_exception_class() -> None:
    from pdfkit_nb.errors import ERROR_TYPES, FileError, error_class_for

    # The DataFrame's categories and the exception classes are one list, not two.
    for name in ERROR_TYPES[:-1]:
        cls = error_class_for(name)
        assert cls is not FileError and cls.error_type == name
    assert ERROR_TYPES[-1] == "internal_error"  # a bug in pdfkit_nb, not a file problem
    assert pdfkit_nb.AIBadResponseError.error_type in ERROR_TYPES
