"""Cache keys of user code: an extractor edited and run again must not reuse stale results."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import pdfkit_nb as pk
from pdfkit_nb.extractors import CallableExtractor
from pdfkit_nb.extractors.rules import RulesExtractor

# A notebook cell's code, as a kernel runs it: module "__main__", the same names each time.
CELL = """
import re
LABEL = re.compile(r"Total:?\\s*([\\d.,]+)")
SKIP = {"draft", "void", "test"}

def cleaned(value):
    return value.replace(",", "")

def total(text, fields):
    if any(word in text.lower() for word in SKIP):
        return {}
    found = LABEL.search(text)
    return {"total": cleaned(found.group(1)) if found else None}

class Totals(pk.Extractor):
    name = "totals"
    def __init__(self, minimum=0):
        self.minimum = minimum
    def extract(self, doc, fields):
        return total(doc.text, fields)
"""


def cell(source: str = CELL, **edits: str) -> dict[str, Any]:
    """Run ``source`` (with ``old=new`` edits applied) as a fresh notebook cell would."""
    for old, new in edits.items():
        assert old in source, old
        source = source.replace(old, new)
    namespace: dict[str, Any] = {"__name__": "__main__", "pk": pk}
    exec(compile(source, "<cell>", "exec"), namespace)
    return namespace


def fp(namespace: dict[str, Any], what: str = "total", **options: Any) -> str:
    if what == "total":
        return CallableExtractor(namespace["total"]).fingerprint()
    return namespace["Totals"](**options).fingerprint()


@pytest.mark.parametrize("what", ["total", "Totals"], ids=["function", "extractor-class"])
@pytest.mark.parametrize(
    "edit",
    [
        {"Total:?": "Grand Total:?"},  # a regex constant, in a global compiled pattern
        {'replace(",", "")': 'replace(".", "")'},  # a helper function the code calls
        {'"void", ': ""},  # a set constant
        {"return {}": "return {'total': None}"},  # the function's own code
    ],
    ids=["global-pattern", "helper-function", "set-constant", "own-code"],
)
def test_editing_the_code_changes_the_cache_key(what: str, edit: dict[str, str]) -> None:
    ((old, new),) = edit.items()
    assert fp(cell(), what) == fp(cell(), what)  # the same code run again: the same key
    assert fp(cell(), what) != fp(cell(**{old: new}), what)


def test_an_extractors_plain_settings_count_and_the_library_keeps_its_names() -> None:
    namespace = cell()
    assert fp(namespace, "Totals", minimum=0) != fp(namespace, "Totals", minimum=10)
    assert RulesExtractor().fingerprint().startswith("rules:")
    assert pk.Extractor().fingerprint() == "pdfkit_nb.extractors.base.Extractor"


def test_the_key_is_the_same_in_another_process(tmp_path: Path) -> None:
    # A restarted kernel must find its cache: no set order or address in the key.
    script = tmp_path / "key.py"
    script.write_text(
        "import pdfkit_nb as pk\n"
        + textwrap.dedent(CELL)
        + "\nfrom pdfkit_nb.extractors import CallableExtractor\n"
        + "print(CallableExtractor(total).fingerprint(), Totals(3).fingerprint())\n"
    )
    keys = {
        subprocess.run(
            [sys.executable, str(script)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1, keys


def test_an_edited_method_is_a_cache_miss_end_to_end(invoice_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "results.sqlite"

    def batch(namespace: dict[str, Any]) -> Any:
        return pk.extract_batch_sync(
            invoice_dir, ["total"], method=namespace["total"], cache=store, progress=None
        )

    first = batch(cell())
    again = batch(cell())
    edited = batch(cell(**{"cleaned(found.group(1)) if found else None": "'7'"}))
    assert not first["cached"].any() and again["cached"].all()
    assert not edited["cached"].any() and (edited["total"] == 7).all()
