"""Tests for the synthetic PDF generator, the committed broken files and the bundled samples."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
from pathlib import Path

import pdfgen
import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException

ROOT = Path(__file__).resolve().parent.parent
BROKEN = Path(__file__).resolve().parent / "data" / "broken"
SAMPLES = ROOT / "pdfkit_nb" / "samples"


def pdf_text(data: bytes | Path, password: str | None = None) -> list[str]:
    """The text of every page, as pdfplumber extracts it."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with pdfplumber.open(source, password=password) as pdf:
        return [page.extract_text() for page in pdf.pages]


def _iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


@pytest.mark.parametrize("seed", [0, 1, 2], ids=lambda s: f"seed{s}")
@pytest.mark.parametrize("layout", pdfgen.LAYOUTS, ids=str)
def test_layout_text_carries_the_truth(layout: str, seed: int) -> None:
    spec = pdfgen.random_invoice(random.Random(seed), layout=layout)
    pages = pdf_text(pdfgen.render_invoice(spec))
    text = "\n".join(pages)
    truth = pdfgen.truth(spec)
    for key in ("invoice_number", "vendor", "customer", "email", "phone"):
        assert str(truth[key]) in text, key
    assert spec.date(spec.invoice_date) in text
    assert spec.date(spec.due_date) in text
    assert spec.money(spec.total) in pages[-1]
    assert spec.money(spec.subtotal) in pages[-1]
    if spec.po_number:
        assert spec.po_number in text
    if spec.iban:
        assert pdfgen.group_iban(spec.iban) in text
        assert _iban_ok(spec.iban)


def _shape_lines(spec: pdfgen.InvoiceSpec) -> list[str]:
    num, date, due = spec.invoice_number, spec.date(spec.invoice_date), spec.date(spec.due_date)
    total = spec.money(spec.total)
    return {
        "label_beside": [f"Invoice Number: {num}", f"Total Due: {total}"],
        "label_above": ["Invoice Number Invoice Date Due Date", f"{num} {date} {due}"],
        "two_column": [f"Invoice Number {num}", f"Invoice Date {date}", f"Total Due {total}"],
        "totals_block": ["Description Qty Unit Price Total", f"Total {total}"],
        "european": [f"Rechnungsnummer: {num}", f"Rechnungsdatum: {date}", f"Gesamtbetrag {total}"],
        "multipage": [f"Invoice Number: {num}", f"Total Due {total}"],
    }[spec.layout]


@pytest.mark.parametrize("layout", pdfgen.LAYOUTS, ids=str)
def test_layout_specific_line_shapes(layout: str) -> None:
    spec = pdfgen.random_invoice(random.Random(5), layout=layout, label_set=0, po_number=None)
    lines = "\n".join(pdf_text(pdfgen.render_invoice(spec))).splitlines()
    expected = _shape_lines(spec)
    # Consecutive expected lines (label above value) must be adjacent in the text.
    if layout == "label_above":
        i = lines.index(expected[0])
        assert lines[i + 1] == expected[1]
    for line in expected:
        assert line in lines
    if layout == "two_column":
        assert not any(line.startswith("Invoice Number:") for line in lines)


def test_european_formats_numbers_and_dates() -> None:
    spec = pdfgen.random_invoice(random.Random(9), layout="european")
    assert (spec.currency, spec.number_style, spec.date_format) == ("EUR", "eu", "%d.%m.%Y")
    text = "\n".join(pdf_text(pdfgen.render_invoice(spec)))
    assert f"Gesamtbetrag {spec.money(spec.total)}" in text
    assert spec.money(spec.total).endswith(" EUR")
    assert spec.invoice_date.strftime("%d.%m.%Y") in text


@pytest.mark.parametrize("hint", [2, 3, 4], ids=lambda h: f"{h}pages")
def test_multipage_spills_and_totals_on_last_page(hint: int) -> None:
    spec = pdfgen.random_invoice(random.Random(hint), layout="multipage", pages_hint=hint)
    pages = pdf_text(pdfgen.render_invoice(spec))
    assert len(pages) == hint
    assert spec.vendor in pages[0]
    assert all(spec.vendor not in page for page in pages[1:])
    assert spec.money(spec.total) in pages[-1]
    assert all(spec.money(spec.total) not in page for page in pages[:-1])
    assert all(page.startswith("Description Qty") for page in pages[1:])


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        (1234.5, "us", "1,234.50"),
        (1234.5, "eu", "1.234,50"),
        (987654.325, "us", "987,654.33"),
        (0.5, "eu", "0,50"),
        (12, "us", "12.00"),
    ],
    ids=["us", "eu", "round-half-up", "eu-small", "int"],
)
def test_format_number(value: float, style: str, expected: str) -> None:
    assert pdfgen.format_number(value, style) == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("%Y-%m-%d", "2024-03-05"),
        ("%d/%m/%Y", "05/03/2024"),
        ("%m/%d/%Y", "03/05/2024"),
        ("%d.%m.%Y", "05.03.2024"),
        ("%B %d, %Y", "March 05, 2024"),
        ("%d %b %Y", "05 Mar 2024"),
        ("%d-%b-%Y", "05-Mar-2024"),
    ],
    ids=["iso", "dmy-slash", "mdy-slash", "dmy-dot", "long", "short-month", "dash-month"],
)
def test_format_date(fmt: str, expected: str) -> None:
    assert fmt in pdfgen.DATE_FORMATS
    assert pdfgen.format_date(dt.date(2024, 3, 5), fmt) == expected


@pytest.mark.parametrize(
    ("currency", "style", "symbol", "expected"),
    [
        ("USD", "us", True, "$1,234.56"),
        ("USD", "us", False, "USD 1,234.56"),
        ("EUR", "eu", True, "1.234,56 €"),
        ("EUR", "eu", False, "1.234,56 EUR"),
        ("CHF", "us", True, "CHF 1,234.56"),
        ("GBP", "us", True, "£1,234.56"),
    ],
    ids=["usd", "usd-code", "eur-symbol", "eur-code", "chf", "gbp"],
)
def test_money_styles_survive_extraction(
    currency: str, style: str, symbol: bool, expected: str
) -> None:
    spec = pdfgen.random_invoice(
        random.Random(0), currency=currency, number_style=style, currency_symbol=symbol
    )
    assert spec.money(1234.56) == expected
    # € and £ come from cp1252 core fonts: check pdfplumber gives the same characters back.
    assert pdf_text(pdfgen.text_pdf([f"Total: {expected}"])) == [f"Total: {expected}"]


def test_truth_is_typed_and_consistent() -> None:
    for seed in range(20):
        spec = pdfgen.random_invoice(random.Random(seed))
        truth = pdfgen.truth(spec)
        assert isinstance(truth["invoice_date"], dt.date)
        assert isinstance(truth["total"], float)
        assert truth["total"] == round(spec.subtotal + spec.tax, 2)
        assert spec.due_date > spec.invoice_date
        assert truth["currency"] in {"USD", "EUR", "GBP", "CHF", "CAD"}


def test_random_invoice_overrides_and_validation() -> None:
    spec = pdfgen.random_invoice(random.Random(1), layout="two_column", invoice_number="X-1")
    assert (spec.layout, spec.invoice_number) == ("two_column", "X-1")
    with pytest.raises(TypeError):
        pdfgen.random_invoice(random.Random(1), no_such_field=1)
    with pytest.raises(ValueError, match="layout"):
        pdfgen.random_invoice(random.Random(1), layout="sideways")


def test_amounts_reach_thousands() -> None:
    totals = [pdfgen.random_invoice(random.Random(s)).total for s in range(200)]
    assert max(totals) >= 100_000
    assert sum(t >= 1_000 for t in totals) > 50
    assert max(totals) < 1_000_000


def test_same_seed_same_bytes() -> None:
    first = pdfgen.render_invoice(pdfgen.random_invoice(random.Random(42)))
    again = pdfgen.render_invoice(pdfgen.random_invoice(random.Random(42)))
    other = pdfgen.render_invoice(pdfgen.random_invoice(random.Random(43)))
    assert first == again
    assert first != other
    assert pdfgen.blank_pdf(2) == pdfgen.blank_pdf(2)
    assert pdfgen.encrypted_pdf("x") == pdfgen.encrypted_pdf("x")


def test_make_corpus_writes_files_with_truth(tmp_path: Path) -> None:
    corpus = pdfgen.make_corpus(tmp_path, 7, seed=3, pages=(1, 2))
    assert [p.name for p, _ in corpus] == [f"invoice_{i:05d}.pdf" for i in range(7)]
    for path, truth in corpus:
        pages = pdf_text(path)
        assert 1 <= len(pages) <= 2
        assert str(truth["invoice_number"]) in "\n".join(pages)
    again = pdfgen.make_corpus(tmp_path / "again", 7, seed=3, pages=(1, 2))
    assert [t for _, t in again] == [t for _, t in corpus]
    german = pdfgen.make_corpus(tmp_path / "de", 2, seed=3, layouts=["european"])
    assert all("Rechnungsnummer: " in pdf_text(p)[0] for p, _ in german)


def test_text_pdf_repeats_lines_on_each_page() -> None:
    assert (
        pdf_text(pdfgen.text_pdf(["Invoice Number: A-1", "Total: 10.00"], pages=3))
        == ["Invoice Number: A-1\nTotal: 10.00"] * 3
    )
    assert pdf_text(pdfgen.pages_pdf([["one"], ["two"]])) == ["one", "two"]


def test_blank_pdf_has_pages_but_no_text() -> None:
    with pdfplumber.open(io.BytesIO(pdfgen.blank_pdf(3))) as pdf:
        assert len(pdf.pages) == 3
        assert [page.extract_text() for page in pdf.pages] == ["", "", ""]
        assert [len(page.chars) for page in pdf.pages] == [0, 0, 0]
        assert all(len(page.images) == 1 for page in pdf.pages)


def test_encrypted_pdf_needs_its_password() -> None:
    data = pdfgen.encrypted_pdf("Invoice Number: ENC-9", user_password="pw1")
    assert pdf_text(data, password="pw1") == ["Invoice Number: ENC-9"]
    for password in (None, "wrong"):
        with pytest.raises(PdfminerException) as info:
            pdf_text(data, password=password)
        assert type(info.value.args[0]).__name__ == "PDFPasswordIncorrect"


def _outcome(path: Path, password: str | None = None) -> tuple[str, object]:
    """("open_error", pdfminer error name) | ("extract_error", name) | ("text", page texts)."""
    try:
        pdf = pdfplumber.open(path, password=password)
    except PdfminerException as exc:
        return "open_error", type(exc.args[0]).__name__
    with pdf:
        try:
            return "text", [page.extract_text() for page in pdf.pages]
        except PdfminerException as exc:
            return "extract_error", type(exc.args[0]).__name__


# What tests/data/broken/README.md says pdfplumber does with each file.
BROKEN_EXPECTED: dict[str, tuple[str, object]] = {
    "not_pdf.pdf": ("open_error", "PDFSyntaxError"),
    "empty.pdf": ("open_error", "PDFSyntaxError"),
    "truncated.pdf": ("open_error", "PSEOF"),
    "garbage_after_header.pdf": ("open_error", "PDFSyntaxError"),
    "zero_pages.pdf": ("text", []),
    "scan_no_text.pdf": ("text", [""]),
    "encrypted_userpw.pdf": ("open_error", "PDFPasswordIncorrect"),
    "bad_stream.pdf": ("extract_error", "PDFValueError"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_EXPECTED), ids=str)
def test_broken_file_behaves_as_documented(name: str) -> None:
    path = BROKEN / name
    assert path.stat().st_size < 20_000
    assert f"`{name}`" in (BROKEN / "README.md").read_text(encoding="utf-8")
    assert _outcome(path) == BROKEN_EXPECTED[name]


def test_broken_file_shapes() -> None:
    assert (BROKEN / "empty.pdf").read_bytes() == b""
    assert not (BROKEN / "not_pdf.pdf").read_bytes().startswith(b"%PDF")
    assert (BROKEN / "garbage_after_header.pdf").read_bytes().startswith(b"%PDF-1.4\n")
    junk = (BROKEN / "junk_before_header.pdf").read_bytes()
    assert junk.index(b"%PDF-") == 300


def test_unmapped_glyphs_file_extracts_only_glyph_numbers() -> None:
    path = BROKEN / "unmapped_glyphs.pdf"
    assert f"`{path.name}`" in (BROKEN / "README.md").read_text(encoding="utf-8")
    kind, texts = _outcome(path)
    assert kind == "text" and isinstance(texts, list) and len(texts) == 1
    lines = texts[0].split("\n")
    assert len(lines) == 6
    assert all(re.fullmatch(r"(\(cid:\d+\))+", token) for token in texts[0].split())


def test_encrypted_file_opens_with_password() -> None:
    outcome = _outcome(BROKEN / "encrypted_userpw.pdf", password="secret")
    assert outcome == ("text", ["Invoice Number: ENC-2024-001 Total: $1,234.56"])


def test_junk_before_header_still_opens() -> None:
    kind, texts = _outcome(BROKEN / "junk_before_header.pdf")
    assert kind == "text"
    assert isinstance(texts, list) and len(texts) == 1
    assert "Invoice No. RPM-10387" in texts[0]


def _samples_truth() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(
        (SAMPLES / "truth.json").read_text(encoding="utf-8")
    )
    return data


def test_samples_match_truth_json() -> None:
    truth = _samples_truth()
    on_disk = sorted(p.name for p in SAMPLES.glob("*.pdf"))
    assert on_disk == sorted(truth)
    layouts = set()
    for name, expected in truth.items():
        path = SAMPLES / name
        assert path.stat().st_size < 10_000, name
        if expected.get("success") is False:
            assert _outcome(path)[0] == "open_error"
            continue
        pages = pdf_text(path)
        text = "\n".join(pages)
        assert len(pages) == expected["pages"]
        assert str(expected["invoice_number"]) in text
        assert str(expected["vendor"]) in text
        date = dt.date.fromisoformat(str(expected["invoice_date"]))
        assert any(pdfgen.format_date(date, fmt) in text for fmt in pdfgen.DATE_FORMATS)
        total = expected["total"]
        assert isinstance(total, float)
        assert any(pdfgen.format_number(total, style) in text for style in ("us", "eu"))
        layouts.add(len(pages) > 1)
    assert layouts == {True, False}
