"""Invoices and receipts printed from HTML by Chromium: a PDF producer unlike fpdf2's.

Each file's expected values are in ``tests/data/printed/truth.json`` (written from the HTML
beside it, by hand); ``scripts/print_html.py`` prints the HTML again. Both engines must give
them all: German, British, Italian, Australian, Swiss, Irish and US layouts, a till receipt,
a credit note, a hotel folio and a utility bill; and a second set, written as a held-out check
by someone who had not read the rules (the rules were then fixed on what it showed): Stripe
and Amazon styles, Spanish, Dutch, French, Japanese, Indian (Tally GST), Canadian and
Singaporean (Xero) invoices, a freelancer's grid, a two-page invoice, a restaurant receipt, a
credit-card statement and a telecom bill.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import pdfkit_nb as pk

FOLDER = Path(__file__).parent / "data" / "printed"
TRUTH: dict[str, dict[str, Any]] = json.loads((FOLDER / "truth.json").read_text("utf-8"))
FIELDS = sorted({name for values in TRUTH.values() for name in values})


@pytest.fixture(scope="module", params=["pdfplumber", "pdfium"])
def frame(request: pytest.FixtureRequest) -> pd.DataFrame:
    df = pk.extract_batch_sync(FOLDER, FIELDS, engine=request.param, progress=None)
    return df.set_index(df["file"].map(lambda f: Path(f).name))


def test_every_printed_file_is_in_the_truth_and_reads(frame: pd.DataFrame) -> None:
    assert sorted(frame.index) == sorted(TRUTH)
    assert frame["success"].all(), frame.loc[~frame["success"], "error"].to_dict()


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_printed_file_gives_its_values(frame: pd.DataFrame, name: str) -> None:
    row = frame.loc[name]
    got, want = {}, {}
    for field, expected in TRUTH[name].items():
        value = row[field]
        got[field] = None if pd.isna(value) else value
        if expected is not None and field.endswith("date"):
            expected = pd.Timestamp(expected)
        want[field] = expected
    assert got == want
