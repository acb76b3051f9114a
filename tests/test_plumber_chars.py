"""The default engine's cheaper char dicts (pdfkit_nb._plumber_chars) are pdfplumber's own.

Every char of a page is compared, key by key and in pdfplumber's key order, with what
``pdfplumber.Page.chars`` gives unaided: generated pages that exercise the parts of the dict
(colour spaces, a MediaBox not at the origin, rotation, Unicode normalisation) and a sample of
the committed printed documents, which come from many PDF producers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfgen import LAYOUTS, page_pdf, random_invoice, render_invoice, text_pdf

from pdfkit_nb import _plumber_chars
from pdfkit_nb._plumber_chars import cheaper_chars
from pdfkit_nb.pdf import parse_document

PRINTED = sorted((Path(__file__).parent / "data" / "printed").glob("*.pdf"))

COLOURED = (
    b"BT /F1 11 Tf 0.2 0.4 0.6 rg 72 720 Td (Invoice Number: RGB-1) Tj ET "
    b"BT /F2 9 Tf 0 0 0 1 k 1 0 0 RG 72 700 Td (Total: 12.50 CMYK) Tj ET "
    b"BT /F1 8 Tf 0.5 g 2 Tr 72 680 Td (Stroked grey) Tj ET "
    b"BT /F1 10 Tf 120 Tz 3 Ts 72 660 Td (Scaled and raised) Tj ET"
)


@pytest.fixture(autouse=True)
def switch_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with the shortcut on and leaves it as it found it."""
    monkeypatch.setattr(_plumber_chars._Switch, "on", True)
    yield


def chars_both_ways(data: bytes, **options: Any) -> tuple[list[list[dict[str, Any]]], ...]:
    with pdfplumber.open(io.BytesIO(data), **options) as pdf:
        theirs = [page.chars for page in pdf.pages]
    with pdfplumber.open(io.BytesIO(data), **options) as pdf:
        ours = []
        for page in pdf.pages:
            cheaper_chars(page)
            ours.append(page.chars)
    return theirs, ours


def assert_same_chars(data: bytes, **options: Any) -> int:
    theirs, ours = chars_both_ways(data, **options)
    assert len(ours) == len(theirs)
    for page_theirs, page_ours in zip(theirs, ours, strict=True):
        assert page_ours == page_theirs
        assert [list(c) for c in page_ours] == [list(c) for c in page_theirs]  # key order
    assert _plumber_chars._Switch.on, "the check on a page's first char disagreed"
    return sum(map(len, ours))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_generated_invoices(layout: str) -> None:
    import random

    spec = random_invoice(random.Random(layout), layout=layout)
    assert assert_same_chars(render_invoice(spec)) > 100


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(page_pdf(COLOURED), id="colour spaces, render modes, scaling, rise"),
        pytest.param(page_pdf(COLOURED, mediabox=b"40 -30 652 762"), id="MediaBox off origin"),
        pytest.param(page_pdf(COLOURED, b" /Rotate 90"), id="rotated page"),
        pytest.param(
            page_pdf(b"BT /F1 9 Tf 0 1 -1 0 300 100 Tm (Up the page) Tj ET"), id="sideways text"
        ),
        pytest.param(text_pdf(["Invoice Number: P-7", "Total: 3.00"], pages=3), id="3 pages"),
    ],
)
def test_generated_pages(data: bytes) -> None:
    assert assert_same_chars(data) > 0


def test_unicode_normalisation_is_pdfplumbers() -> None:
    data = text_pdf(["Area \u00bd m\u00b2, 5 \u00b5g"])  # ½, ², µ change under NFKC
    assert assert_same_chars(data, unicode_norm="NFKC") > 0
    with pdfplumber.open(io.BytesIO(data), unicode_norm="NFKC") as pdf:
        cheaper_chars(pdf.pages[0])
        assert "\u03bc" in {c["text"] for c in pdf.pages[0].chars}


@pytest.mark.parametrize("path", PRINTED[::40], ids=lambda p: p.name)
def test_printed_documents(path: Path) -> None:
    assert assert_same_chars(path.read_bytes()) > 0


def test_a_disagreeing_pdfplumber_turns_the_shortcut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pdfplumber that builds chars another way (here: one more key) is followed, not
    second-guessed: the page's chars are its own, and so are every later page's."""
    stock = pdfplumber.page.Page.process_object

    def other_way(self: Any, obj: Any) -> dict[str, Any]:
        return {**stock(self, obj), "added_in_some_release": 1}

    monkeypatch.setattr(pdfplumber.page.Page, "process_object", other_way)
    data = text_pdf(["Invoice Number: X-1", "Total: 9.99"], pages=2)
    theirs, ours = chars_both_ways(data)
    assert ours == theirs
    assert all(c["added_in_some_release"] == 1 for page in ours for c in page)
    assert not _plumber_chars._Switch.on


def test_parse_is_the_same_with_and_without_the_shortcut() -> None:
    import random

    for layout in LAYOUTS:
        data = render_invoice(random_invoice(random.Random(7), layout=layout))
        fast = parse_document(data, engine="pdfplumber")
        _plumber_chars._Switch.on = False
        stock = parse_document(data, engine="pdfplumber")
        _plumber_chars._Switch.on = True
        assert fast == stock, layout
