"""Filled-in PDF forms: values typed into AcroForm fields reach the text, words and rules."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pdfgen import FormRow, form_pdf, text_pdf

import pdfkit_nb as pk
from pdfkit_nb import _forms, pdf_pdfium
from pdfkit_nb.pdf import parse_document

ENGINES = ["pdfplumber", "pdfium"]

INVOICE_FORM = [
    FormRow("Invoice Number:", "invoice_number", "F-2024-7"),
    # Acrobat often writes a field's name and value on a parent, the widget as its kid.
    FormRow("Invoice Date:", "date", "17.05.2024", inherited=True),
    # Filled by a tool that leaves drawing to the viewer (/NeedAppearances): no /AP.
    FormRow("Total:", "total", "EUR 99.95", appearance=False),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_values_typed_into_a_form_are_extracted(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(form_pdf(INVOICE_FORM))
    df = pk.extract_batch_sync(
        [path],
        ["invoice_number", "invoice_date", "total", "currency"],
        engine=engine,
        progress=None,
    )
    row = df.iloc[0]
    assert row["success"], row["error"]
    assert row["invoice_number"] == "F-2024-7"
    assert row["invoice_date"] == pd.Timestamp("2024-05-17")
    assert row["total"] == 99.95 and row["currency"] == "EUR"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_value_sits_on_its_labels_line_in_the_text_and_among_the_words(engine: str) -> None:
    doc = parse_document(form_pdf(INVOICE_FORM), engine=engine, words=True)
    page = doc.pages[0]
    assert page.text.splitlines() == [
        "Invoice Number: F-2024-7",
        "Invoice Date: 17.05.2024",
        "Total: EUR 99.95",
    ]
    assert [w.text for w in page.words] == " ".join(page.text.split("\n")).split()
    value = next(w for w in page.words if w.text == "F-2024-7")
    label = next(w for w in page.words if w.text == "Number:")
    assert value.x0 > label.x1 and abs(value.top - label.top) < 3  # inside its widget, beside


def test_both_engines_give_a_form_the_same_text() -> None:
    data = form_pdf(INVOICE_FORM)
    texts = {engine: parse_document(data, engine=engine, words=False).text for engine in ENGINES}
    assert texts["pdfplumber"] == texts["pdfium"]


@pytest.mark.parametrize("engine", ENGINES)
def test_what_is_no_typed_text_stays_out(engine: str) -> None:
    rows = [
        FormRow("PIN:", "pin", "s3cret-pin", field_flags=1 << 13),  # a password field
        FormRow("Internal:", "internal", "hidden-value", annot_flags=2),  # a hidden widget
        FormRow("Approved", "approved", "Yes", kind="Btn"),  # a check box: a mark, not text
        FormRow("Notes:", "notes", None),  # left empty
        FormRow("Reference:", "ref", "R-1"),
    ]
    text = parse_document(form_pdf(rows), engine=engine, words=False).text
    assert text.splitlines() == ["PIN:", "Internal:", "Approved", "Notes:", "Reference: R-1"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_multiline_field_keeps_its_lines(engine: str) -> None:
    rows = [FormRow("Ship to:", "addr", "1 Main St\r\nSpringfield", field_flags=1 << 12, height=40)]
    text = parse_document(form_pdf(rows), engine=engine, words=False).text
    assert "1 Main St\nSpringfield" in text


@pytest.mark.parametrize("engine", ENGINES)
def test_a_form_whose_only_text_is_its_values_is_not_a_scan(engine: str) -> None:
    # A fillable form laid over a scanned page: the fields are the only text there is.
    doc = parse_document(form_pdf(INVOICE_FORM, labels=False), engine=engine, words=False)
    assert doc.text.splitlines() == ["F-2024-7", "17.05.2024", "EUR 99.95"]


@pytest.mark.parametrize("engine", ENGINES)
def test_words_are_only_returned_when_asked_for(engine: str) -> None:
    doc = parse_document(form_pdf(INVOICE_FORM), engine=engine, words=False)
    assert doc.pages[0].words == [] and "F-2024-7" in doc.text


@pytest.mark.parametrize("engine", ENGINES)
def test_an_empty_form_reads_as_its_printed_text(engine: str) -> None:
    rows = [FormRow("Name:", "name", None), FormRow("Date:", "date", None)]
    doc = parse_document(form_pdf(rows), engine=engine, words=False)
    assert doc.text == "Name:\nDate:" and doc.form == {}
    assert doc.pages[0].words == []  # read for laying out values, none asked for


@pytest.mark.parametrize("engine", ENGINES)
def test_a_form_flattened_into_the_page_that_kept_its_fields_shows_each_value_once(
    engine: str,
) -> None:
    # The values drawn in the page's content, where the widgets are, and still in the fields.
    data = form_pdf(INVOICE_FORM[:1], drawn=True)
    text = parse_document(data, engine=engine, words=False).text
    assert text == "Invoice Number: F-2024-7"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_damaged_widget_costs_its_value_not_the_file(engine: str) -> None:
    # "/Rect" misspelt at the same length keeps every xref offset right.
    data = form_pdf(INVOICE_FORM).replace(b"/Rect [180 695", b"/Rekt [180 695", 1)
    text = parse_document(data, engine=engine, words=False).text
    assert "F-2024-7" not in text and "Invoice Date: 17.05.2024" in text


@pytest.mark.parametrize("engine", ENGINES)
def test_an_error_reading_the_form_leaves_the_text_as_it_was(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[_forms.Filled]:
        raise RuntimeError("form environment exploded")

    # Under page_values, which both engines call for every page of a form.
    monkeypatch.setattr(_forms, "_widgets", broken)
    doc = parse_document(form_pdf(INVOICE_FORM), engine=engine, words=False)
    assert doc.text == "Invoice Number:\nInvoice Date:\nTotal:"


def test_a_file_without_a_form_is_not_opened_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def no(data: bytes, password: str | None) -> None:
        raise AssertionError("PDFium was asked for form values of a file with no form")

    monkeypatch.setattr(pdf_pdfium, "filled_form", no)
    doc = parse_document(text_pdf(["Invoice Number: N-1"]), engine="pdfplumber", words=True)
    assert doc.text == "Invoice Number: N-1"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_field_named_like_the_column_gives_its_value_whatever_its_label(
    tmp_path: Path, engine: str
) -> None:
    rows = [
        # Labels that say nothing about the columns asked for: the field names do.
        FormRow("Code:", "InvoiceNumber", "Q-311"),
        FormRow("Sum:", "form1[0].page1[0].Amount_Due[0]", "1.234,50 EUR"),
        FormRow("When:", "Invoice_Date", "05/06/2024"),
    ]
    path = tmp_path / "named.pdf"
    path.write_bytes(form_pdf(rows))
    doc = parse_document(path.read_bytes(), engine=engine, words=False)
    assert doc.form == {
        "InvoiceNumber": "Q-311",
        "form1[0].page1[0].Amount_Due[0]": "1.234,50 EUR",
        "Invoice_Date": "05/06/2024",
    }
    df = pk.extract_batch_sync(
        [path],
        {"invoice_number": None, "amount_due": None, "invoice_date": pk.Field(dayfirst=True)},
        engine=engine,
        progress=None,
        explain=True,
    )
    row = df.iloc[0]
    assert row["invoice_number"] == "Q-311" and row["amount_due"] == 1234.5
    assert row["invoice_date"] == pd.Timestamp("2024-06-05")
    assert row["invoice_number__source"]["rule"] == "form-field"
    assert row["invoice_number__source"]["label"] == "InvoiceNumber"


def test_form_values_reach_a_callable_method_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(form_pdf(INVOICE_FORM))
    seen: list[str] = []

    def mine(text: str, fields: list[str]) -> dict[str, str]:
        seen.append(text)
        return {}

    pk.extract_batch_sync([path], ["total"], method=mine, engine="pdfium", progress=None)
    assert "Invoice Number: F-2024-7" in seen[0]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_check_box_state_is_a_form_value_not_text(tmp_path: Path, engine: str) -> None:
    rows = [
        FormRow("Approved", "approved", "Yes", kind="Btn"),
        FormRow("Paid", "paid", "Off", kind="Btn"),
        FormRow("Ref:", "ref", "R-1"),
    ]
    path = tmp_path / "boxes.pdf"
    path.write_bytes(form_pdf(rows))
    doc = parse_document(path.read_bytes(), engine=engine, words=False)
    assert doc.text == "Approved\nPaid\nRef: R-1"  # a tick is no word
    assert doc.form == {"approved": "Yes", "paid": "Off", "ref": "R-1"}
    # Boxes sharing a name act as one group: the ticked one's value wins over "Off".
    group = [FormRow("Card", "pay", "Off", kind="Btn"), FormRow("Cash", "pay", "Yes", kind="Btn")]
    assert parse_document(form_pdf(group), engine=engine, words=False).form == {"pay": "Yes"}
    # "paid" alone reads as an amount ("amount paid"): a check box's column is text.
    fields = {"approved": None, "paid": pk.Field(kind="text")}
    df = pk.extract_batch_sync([path], fields, engine=engine, progress=None)
    assert df.loc[0, "approved"] == "Yes" and df.loc[0, "paid"] == "Off"
