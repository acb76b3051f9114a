"""pk.show: the page image with the value's box and label drawn where the rules found them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pdfplumber
import pytest
from conftest import invoice_bytes
from pdfgen import pages_pdf
from PIL import Image

import pdfkit_nb as pk
from pdfkit_nb.errors import OptionError
from pdfkit_nb.evidence import Evidence, NoPositionError, show
from pdfkit_nb.processors import BatchProcessor

FIELDS = ["invoice_number", "total"]
RED = (211, 47, 47)  # value outline
BLUE = (30, 136, 229)  # label outline
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def explained(mixed_dir: Path) -> pd.DataFrame:
    return pk.extract_batch_sync(mixed_dir, FIELDS, explain=True, progress=None)


def row_of(df: pd.DataFrame, name: str) -> pd.Series:
    match = df[df["file"].str.endswith(name)]
    assert len(match) == 1, name
    return match.iloc[0]


def pixels(image: Image.Image, colour: tuple[int, int, int]) -> tuple[int, int, int, int] | None:
    """Bounding box (x0, y0, x1, y1) of the pixels of exactly ``colour``."""
    arr = np.asarray(image.convert("RGB"))
    ys, xs = np.nonzero(np.all(arr == colour, axis=-1))
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def page_size(path: str | Path, page: int = 1) -> tuple[float, float]:
    with pdfplumber.open(path) as pdf:
        p = pdf.pages[page - 1]
        return float(p.width), float(p.height)


def test_show_row_draws_value_and_label_where_they_are(explained: pd.DataFrame) -> None:
    row = row_of(explained, "invoice_3.pdf")
    ev = show(row, "total", resolution=72)
    source = row["total__source"]
    assert isinstance(ev, Evidence)
    assert (ev.field, ev.value, ev.page, ev.pages) == ("total", 1003.5, 1, 1)
    assert ev.bbox == tuple(source["bbox"]) and ev.label == source["label"] == "Total"
    assert ev.rule == source["rule"] and ev.raw == "$1,003.50"
    assert ev.label_bbox is not None and ev.label_bbox[2] <= ev.bbox[0]  # label to the left

    # At 72 dpi a point is a pixel: the red outline sits on the value's box.
    width, height = page_size(row["file"])
    page = ev.page_image
    assert abs(page.width - width) <= 1 and abs(page.height - height) <= 1
    assert ev.image.width == page.width and ev.image.height > page.height  # + caption
    red, blue = pixels(page, RED), pixels(page, BLUE)
    assert red is not None and blue is not None
    x0, top, x1, bottom = ev.bbox
    for got, want in zip(red, (x0, top, x1, bottom), strict=True):
        assert abs(got - want) <= 4
    assert blue[2] <= x0 + 1 and blue[1] <= bottom and blue[3] >= top  # label on its left
    assert pixels(ev.image.crop((0, 0, ev.image.width, 30)), RED) is not None  # legend


def test_evidence_displays_and_saves(explained: pd.DataFrame, tmp_path: Path) -> None:
    ev = show(row_of(explained, "invoice_1.pdf"), "invoice_number")
    assert ev._repr_png_()[:8] == PNG
    ev.save(tmp_path / "ev.png")
    with Image.open(tmp_path / "ev.png") as saved:
        assert saved.size == ev.image.size
    text = repr(ev)
    assert "invoice_number=INV-0001" in text and "page 1/1 of invoice_1.pdf" in text
    assert "label 'Invoice Number'" in text


def test_crop_shows_only_the_region(explained: pd.DataFrame) -> None:
    row = row_of(explained, "invoice_2.pdf")
    full = show(row, "total", resolution=72)
    cropped = show(row, "total", resolution=72, crop=10)
    assert cropped.image.height < full.image.height / 3
    assert pixels(cropped.image, RED) is not None and pixels(cropped.image, BLUE) is not None


def test_show_value_on_a_later_page(tmp_path: Path) -> None:
    path = tmp_path / "two_pages.pdf"
    path.write_bytes(
        pages_pdf([["ACME Ltd", "Invoice Number: A-77"], ["Notes", "Grand Total: 412.00"]])
    )
    ev = show(path, "total")
    assert (ev.page, ev.pages, ev.value, ev.label) == (2, 2, 412.0, "Grand Total")


def test_show_path_extracts_like_the_batch(explained: pd.DataFrame) -> None:
    row = row_of(explained, "invoice_4.pdf")
    ev = show(row["file"], "total", fields=FIELDS)
    assert (ev.value, ev.bbox) == (row["total"], tuple(row["total__source"]["bbox"]))
    by_spec = show(Path(row["file"]), "total", fields={"total": pk.Field(kind="amount")})
    assert by_spec.value == row["total"]


def test_show_accepts_a_batch_result_and_a_one_row_frame(
    explained: pd.DataFrame, invoice_dir: Path
) -> None:
    results = BatchProcessor().process_batch(invoice_dir / "invoice_5.pdf", fields=FIELDS)
    ev = show(results[0], "total")
    assert ev.value == 1005.5
    one = explained[explained["file"].str.endswith("invoice_5.pdf")]
    assert show(one, "total").bbox == ev.bbox


def test_rows_from_bytes_need_the_pdf(tmp_path: Path) -> None:
    data = invoice_bytes(9)
    df = pk.extract_batch_sync([data], FIELDS, explain=True, progress=None)
    with pytest.raises(OptionError, match="pass the PDF with pdf="):
        show(df.iloc[0], "total")
    assert show(df.iloc[0], "total", pdf=data).value == 1009.5


# -- when there is nothing to draw -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("invoice_6_broken.pdf", r"invoice_6_broken.pdf failed \(not_pdf: "),
        ("invoice_7_scan.pdf", r"failed \(no_text: .*there is no total to show"),
        ("invoice_8_truncated.pdf", r"failed \(corrupt"),
    ],
    ids=["not-pdf", "scan", "truncated"],
)
def test_failed_rows_have_no_position(explained: pd.DataFrame, name: str, match: str) -> None:
    with pytest.raises(NoPositionError, match=match) as info:
        show(row_of(explained, name), "total")
    assert isinstance(info.value, OptionError) and isinstance(info.value, ValueError)


def test_value_not_found_has_no_position(invoice_dir: Path) -> None:
    df = pk.extract_batch_sync(invoice_dir, ["due_date"], explain=True, progress=None)
    with pytest.raises(NoPositionError, match=r"due_date was not found in invoice_1\.pdf"):
        show(df.iloc[0], "due_date")


def fake_ai(text: str, fields: list[str]) -> dict[str, Any]:
    """An extractor that, like an LLM, returns values without positions."""
    return {"total": "12.00"}


@pytest.mark.parametrize("how", ["row", "path"], ids=["row", "path"])
def test_extractor_without_positions(invoice_dir: Path, how: str) -> None:
    path = invoice_dir / "invoice_1.pdf"
    with pytest.raises(NoPositionError, match=r"total = 12\.00 in invoice_1.pdf has no recorded"):
        if how == "row":
            df = pk.extract_batch_sync(path, ["total"], method=fake_ai, explain=True, progress=None)
            show(df.iloc[0], "total")
        else:
            show(path, "total", method=fake_ai)


# -- misuse ------------------------------------------------------------------------------


def test_row_without_explain_says_how_to_fix(invoice_dir: Path) -> None:
    df = pk.extract_batch_sync(invoice_dir, FIELDS, progress=None)
    with pytest.raises(OptionError, match=r"no 'total__source' column: run .*explain=True"):
        show(df.iloc[0], "total")


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda r: show(r, "vat"), r"no field 'vat' in this row; .*: invoice_number, total"),
        (lambda r: show(r, "total", engine="pdfium"), r"engine only apply when showing a path"),
        (lambda r: show(r, "total", fields=["total"]), r"fields only apply"),
        (lambda r: show(r, 3), r"field must be a field name"),
        (lambda r: show(42, "total"), r"not int"),
        (lambda r: show(r.drop("file"), "total"), r"no 'file' column"),
        (lambda r: show(r.to_frame().T.iloc[[0, 0]], "total"), r"DataFrame of 2"),
    ],
    ids=["unknown-field", "options", "fields", "field-type", "bad-input", "no-file", "frame"],
)
def test_misuse(explained: pd.DataFrame, call: Any, match: str) -> None:
    with pytest.raises(OptionError, match=match):
        call(row_of(explained, "invoice_1.pdf"))


def test_path_field_must_be_among_fields(invoice_dir: Path) -> None:
    with pytest.raises(OptionError, match=r"field 'total' is not among fields= \(invoice_number\)"):
        show(invoice_dir / "invoice_1.pdf", "total", fields=["invoice_number"])


def test_a_value_from_a_form_field_is_drawn_in_its_field(tmp_path: Path) -> None:
    from pdfgen import FormRow, form_pdf

    path = tmp_path / "form.pdf"
    rows = [FormRow("Invoice Number:", "x", "F-9"), FormRow("Code:", "InvoiceDate", "2024-01-02")]
    path.write_bytes(form_pdf(rows, labels=True))
    df = pk.extract_batch_sync(
        [path], ["invoice_number", "invoice_date"], explain=True, progress=None
    )
    row = df.iloc[0]
    for field, rule in (("invoice_number", "label-right"), ("invoice_date", "form-field")):
        ev = show(row, field, resolution=144)
        assert ev.rule == rule
        # pdfplumber's own rendering leaves form widgets out: the typed value must be drawn
        # inside the highlighted box, not a blank one (dark pixels of its glyphs).
        x0, top, x1, bottom = (round(v * 2) for v in ev.bbox)  # 144 dpi: 2 pixels a point
        inside = np.asarray(ev.page_image.convert("L").crop((x0 + 4, top + 4, x1 - 4, bottom - 4)))
        assert (inside < 150).sum() > 20, field
    assert ev.label_bbox is None  # a field's name is no printed label to point at
    caption = ev.image.crop((0, 0, ev.image.width, 40))
    assert caption.getbbox() is not None


def test_show_takes_the_batchs_list_of_passwords(tmp_path: Path) -> None:
    from pdfgen import encrypted_pdf

    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf("Invoice Number: SEC-7", user_password="right"))
    ev = show(path, "invoice_number", password=["wrong", "right"], resolution=50)
    assert ev.value == "SEC-7" and ev.rule == "label-right"
