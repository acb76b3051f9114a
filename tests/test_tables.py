"""extract_tables: ruled and whitespace-aligned tables come out as long rows, errors as rows."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from fpdf import FPDF
from pdfgen import format_number, random_invoice, render_invoice

import pdfkit_nb as pk
from pdfkit_nb.document import Page
from pdfkit_nb.extractors._text_tables import find_text_tables
from pdfkit_nb.extractors.tables import header_of, page_tables
from pdfkit_nb.pdf import parse_document

ITEMS = [("Description", "Qty", "Amount"), ("Widget", "2", "10.00"), ("Gadget", "1", "5.50")]
TAIL = ["success", "error_type", "error"]


def ruled_table_pdf(rows: Sequence[tuple[str, ...]], pages: int = 1) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, "Invoice 7")
        pdf.ln(12)
        with pdf.table() as table:  # fpdf2 draws every cell's borders: a ruled table
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
    return bytes(pdf.output())


def test_line_items_come_out_as_rows(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(ruled_table_pdf(ITEMS))
    (tmp_path / "b.pdf").write_bytes(ruled_table_pdf(ITEMS, pages=2))
    (tmp_path / "c.pdf").write_bytes(b"not a pdf")
    df = pk.extract_tables_sync(tmp_path, progress=None)
    assert list(df.columns) == [
        "file",
        "page",
        "table",
        "row",
        "Description",
        "Qty",
        "Amount",
        "success",
        "error_type",
        "error",
    ]
    ok = df[df["success"]]
    assert len(ok) == 6  # 2 items x (1 page + 2 pages)
    assert ok["Description"].tolist() == ["Widget", "Gadget"] * 3
    assert ok.groupby("file")["row"].count().tolist() == [2, 4]
    assert ok["page"].tolist() == [1, 1, 1, 1, 2, 2]
    bad = df[~df["success"]]
    assert len(bad) == 1 and bad["error_type"].iloc[0] == "not_pdf"
    assert bad["page"].isna().all()


def test_pdfium_engine_still_finds_tables(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(ruled_table_pdf(ITEMS))
    df = pk.extract_tables_sync(tmp_path / "a.pdf", engine="pdfium", progress=None)
    assert df["Amount"].tolist() == ["10.00", "5.50"]


# ---------------------------------------------------------------- whitespace-aligned tables
# Cells are (x in mm, text, align): "L" starts at x, "R" ends at x (amounts line up on the
# right, so short and long numbers start at different x). ``None`` leaves a blank line.
Cell = tuple[float, str, str]
HEADER: list[Cell] = [(15, "Description", "L"), (120, "Qty", "R"), (155, "Unit price", "R")]
HEADER += [(195, "Amount", "R")]


def item(desc: str, qty: str, price: str, amount: str) -> list[Cell]:
    return [(15, desc, "L"), (120, qty, "R"), (155, price, "R"), (195, amount, "R")]


ITEM_LINES = [
    item("Widget", "2", "5.00", "10.00"),
    item("Consulting services (March)", "12", "1,250.00", "15,000.00"),
    item("Freight", "1", "7.50", "7.50"),
]
TOTALS = [
    [(155, label, "R"), (195, value, "R")]
    for label, value in [
        ("Subtotal", "15,017.50"),
        ("Tax (20%)", "3,003.50"),
        ("Total", "18,021.00"),
    ]
]
EXPECTED = [
    {"Description": "Widget", "Qty": "2", "Unit price": "5.00", "Amount": "10.00"},
    {"Description": "Consulting services (March)", "Qty": "12", "Unit price": "1,250.00",
     "Amount": "15,000.00"},
    {"Description": "Freight", "Qty": "1", "Unit price": "7.50", "Amount": "7.50"},
]  # fmt: skip


def layout_pdf(
    lines: Sequence[Sequence[Cell] | None],
    *,
    font: str = "Helvetica",
    size: float = 10,
    pitch: float = 6,
) -> bytes:
    """One page with each line's cells placed by hand (``pitch`` mm apart): whitespace only."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font(font, size=size)
    for k, line in enumerate(lines):
        for x, text, align in line or []:
            pdf.text(x - (pdf.get_string_width(text) if align == "R" else 0), 30 + k * pitch, text)
    return bytes(pdf.output())


def found_tables(data: bytes, engine: str = "pdfplumber") -> list[list[list[str | None]]]:
    doc = parse_document(data, engine=engine, words=True)
    return [table for page in doc.pages for table in find_text_tables(page)]


def records(table: list[list[str | None]]) -> list[dict[str, str | None]]:
    names = [str(name) for name in table[0]]
    return [dict(zip(names, row, strict=True)) for row in table[1:]]


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"], ids=["pdfplumber", "pdfium"])
def test_whitespace_line_items_with_right_aligned_amounts(tmp_path: Path, engine: str) -> None:
    (tmp_path / "a.pdf").write_bytes(layout_pdf([HEADER, *ITEM_LINES, None, *TOTALS]))
    df = pk.extract_tables_sync(tmp_path / "a.pdf", engine=engine, progress=None)
    assert list(df.columns) == ["file", "page", "table", "row", *EXPECTED[0], *TAIL]
    assert df[list(EXPECTED[0])].to_dict("records") == EXPECTED
    assert df["row"].tolist() == [1, 2, 3] and df["table"].tolist() == [1, 1, 1]


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"], ids=["pdfplumber", "pdfium"])
def test_finder_reads_both_engines_words_alike(engine: str) -> None:
    # extract_tables parses with pdfplumber whatever the engine (its ruled finder needs it);
    # the whitespace finder itself only sees Page.words, so PDFium's words must do as well.
    tables = found_tables(layout_pdf([HEADER, *ITEM_LINES, *TOTALS]), engine)
    assert len(tables) == 1 and records(tables[0]) == EXPECTED


def test_totals_block_right_after_items_is_not_rows() -> None:
    (table,) = found_tables(layout_pdf([HEADER, *ITEM_LINES, *TOTALS]))
    cells = {cell for row in table for cell in row}
    assert len(table) == 4 and not cells & {"Subtotal", "Total", "15,017.50", "18,021.00"}


def test_wrapped_description_joins_its_item() -> None:
    wrapped: list[Cell] = [(15, "(renewal, 12 months)", "L")]
    lines = [
        HEADER,
        item("Annual licence, premium tier", "1", "900.00", "900.00"),
        wrapped,
        *ITEM_LINES[:1],
    ]
    (table,) = found_tables(layout_pdf(lines))
    assert [row[0] for row in table[1:]] == [
        "Annual licence, premium tier (renewal, 12 months)",
        "Widget",
    ]
    assert table[1][1:] == ["1", "900.00", "900.00"]


def test_header_over_two_lines_names_columns_once() -> None:
    top = [(120, "Qty", "R"), (155, "Unit", "R"), (195, "Line", "R")]
    bottom = [(15, "Item", "L"), (155, "price", "R"), (195, "total", "R")]
    (table,) = found_tables(layout_pdf([top, bottom, *ITEM_LINES], pitch=4.2))
    assert table[0] == ["Item", "Qty", "Unit price", "Line total"]
    assert table[2] == ["Consulting services (March)", "12", "1,250.00", "15,000.00"]


def test_two_column_items() -> None:
    lines = [[(15, "Service", "L"), (195, "Amount (EUR)", "R")]]
    lines += [[(15, text, "L"), (195, value, "R")] for text, value in
              [("Website redesign", "2.400,00"), ("Hosting, 12 months", "180,00")]]  # fmt: skip
    (table,) = found_tables(
        layout_pdf([*lines, None, [(15, "Total", "L"), (195, "2.580,00", "R")]])
    )
    assert table == [
        ["Service", "Amount (EUR)"],
        ["Website redesign", "2.400,00"],
        ["Hosting, 12 months", "180,00"],
    ]


def test_monospaced_columns_split_at_runs_of_spaces() -> None:
    # In Courier a space is a whole character wide: cells are told apart by two or more.
    rows = [("Description", "Qty", "Amount"), ("Blue widget, large", "3", "30.00")]
    rows += [("Red widget", "12", "9.50")]
    text = [f"{desc:<20}{qty:<5}{amount:>9}" for desc, qty, amount in rows]
    note = "Goods remain our property until paid in full, see our terms of sale."
    (table,) = found_tables(layout_pdf([[(15, t, "L")] for t in [*text, note]], font="Courier"))
    assert table == [list(row) for row in rows]


NEGATIVES: dict[str, list[Sequence[Cell] | None]] = {
    "paragraphs": [
        [(15, "Thank you for your business. Payment is due within 30 days of the", "L")],
        [(15, "invoice date; late payments incur interest of 1.5% per month, and", "L")],
        [(15, "goods remain our property until paid in full (see terms, clause 4).", "L")],
    ],
    "key_value_colons": [
        [(15, "Invoice Number:", "L"), (60, "INV-2024-0042", "L")],
        [(15, "Invoice Date:", "L"), (60, "14/03/2024", "L")],
        [(15, "Due Date:", "L"), (60, "13/04/2024", "L"), (120, "Terms:", "L"),
         (150, "Net 30", "L")],
        [(15, "Total Due:", "L"), (60, "$1,234.50", "L")],
    ],
    "labels_above_values": [
        [(15, "Invoice Number", "L"), (65, "Invoice Date", "L"), (115, "Due Date", "L"),
         (160, "PO Number", "L")],
        [(15, "INV-2024-0042", "L"), (65, "14 Mar 2024", "L"), (115, "13 Apr 2024", "L"),
         (160, "4500012345", "L")],
    ],
    "totals_above_amounts": [
        [(15, "Subtotal", "L"), (75, "Tax (13%)", "L"), (135, "Total", "L")],
        [(15, "$8,675.00", "L"), (75, "$1,127.75", "L"), (135, "$9,802.75", "L")],
    ],
    "key_value_no_colons": [
        [(15, "Invoice Number", "L"), (195, "INV-2024-0042", "R")],
        [(15, "Invoice Date", "L"), (195, "14 Mar 2024", "R")],
        [(15, "Amount Due", "L"), (195, "$1,234.50", "R")],
    ],
    "two_addresses": [
        [(15, "Bill To", "L"), (110, "Ship To", "L")],
        [(15, "Acme Trading LLC", "L"), (110, "Acme Warehouse", "L")],
        [(15, "Denver, CO 80202", "L"), (110, "Austin, TX 78701", "L")],
    ],
    "addresses_side_by_side": [
        [(15, "Bill To", "L"), (80, "Ship To", "L"), (145, "Remit To", "L")],
        [(15, "Acme Trading LLC", "L"), (80, "Acme Warehouse", "L"), (145, "Northwind Inc.", "L")],
        [(15, "88 Elm Avenue", "L"), (80, "12 Dock Road", "L"), (145, "PO Box 1200", "L")],
        [(15, "Denver, CO 80202", "L"), (80, "Austin, TX 78701", "L"), (145, "Boston 02110", "L")],
    ],
}  # fmt: skip


@pytest.mark.parametrize("lines", list(NEGATIVES.values()), ids=list(NEGATIVES))
def test_no_table_invented(lines: Sequence[Sequence[Cell] | None]) -> None:
    assert found_tables(layout_pdf(lines)) == []


def test_page_of_paragraphs_and_key_values_gives_no_rows(tmp_path: Path) -> None:
    lines = [*NEGATIVES["key_value_colons"], None, *NEGATIVES["paragraphs"]]
    (tmp_path / "a.pdf").write_bytes(layout_pdf(lines + [None] + NEGATIVES["labels_above_values"]))
    df = pk.extract_tables_sync(tmp_path, progress=None)
    assert len(df) == 0 and list(df.columns) == ["file", "page", "table", "row", *TAIL]


LAYOUT_IDS = ["label_beside", "label_above", "two_column", "totals_block", "european"]


@pytest.mark.parametrize("layout", LAYOUT_IDS, ids=LAYOUT_IDS)
def test_generated_invoice_items(layout: str) -> None:
    spec = random_invoice(random.Random(11), layout=layout, pages_hint=1)
    doc = parse_document(render_invoice(spec), words=True, tables=True)
    (items,) = [t for t in page_tables(doc.pages[0]) if len(t[0]) == 4]
    want = [
        [desc, str(qty), format_number(price, spec.number_style),
         format_number(qty * Decimal(str(price)), spec.number_style)]
        for desc, qty, price in spec.line_items
    ]  # fmt: skip
    assert items[1:] == want


def test_bundled_sample_items() -> None:
    sample = Path(pk.__file__).parent / "samples" / "invoice_us_totals.pdf"
    df = pk.extract_tables_sync(sample, progress=None)
    assert df[["Description", "Qty", "Unit Price", "Total"]].values.tolist() == [
        ["Analytics platform licence (annual)", "1", "12,000.00", "12,000.00"],
        ["Onboarding workshop", "2", "1,450.00", "2,900.00"],
        ["Dashboard development (hours)", "36", "135.00", "4,860.00"],
    ]


def test_generated_multipage_invoice_repeats_header_per_page(tmp_path: Path) -> None:
    spec = random_invoice(random.Random(3), layout="multipage", pages_hint=2)
    (tmp_path / "long.pdf").write_bytes(render_invoice(spec))
    df = pk.extract_tables_sync(tmp_path, progress=None)
    assert df["Description"].tolist() == [desc for desc, _, _ in spec.line_items]
    assert df["page"].nunique() >= 2 and df.groupby("page")["row"].min().eq(1).all()


def test_header_only_ruled_table_is_replaced_by_whitespace_items() -> None:
    # pdfgen draws a rule under the header, so pdfplumber's ruled finder sees a one-row table.
    spec = random_invoice(random.Random(5), layout="label_beside", pages_hint=1)
    page = parse_document(render_invoice(spec), words=True, tables=True).pages[0]
    assert any(len(t) == 1 for t in page.tables)
    tables = page_tables(page)
    assert len(tables) == 1 and len(tables[0]) == len(spec.line_items) + 1


def test_ruled_table_is_not_found_twice() -> None:
    page = parse_document(ruled_table_pdf(ITEMS), words=True, tables=True).pages[0]
    assert find_text_tables(page)  # the finder sees it too ...
    assert page_tables(page) == page.tables  # ... but the ruled one stands alone


@pytest.mark.parametrize(
    ("row", "header"),
    [
        (["Description", "VAT (20%)"], ["Description", "VAT (20%)"]),
        (["Invoice Number", "INV-2024-0042"], None),
        (["Subtotal", "$1,234.00"], None),
        (["Date", "07 May 2024"], None),
    ],
    ids=["header", "key_value_id", "key_value_amount", "key_value_date"],
)
def test_header_of_refuses_values(row: list[str | None], header: list[str] | None) -> None:
    assert header_of([row, ["x", "y"]]) == header


@pytest.mark.parametrize(
    "ruled",
    [[["Name:", "ACME Trading"]], [["Description", "Qty", "Amount"], [None, None, None]]],
    ids=["boxed_key_value", "header_only"],
)
def test_one_row_ruled_tables_are_dropped(ruled: list[list[str | None]]) -> None:
    assert page_tables(Page(1, 595, 842, "", tables=[ruled])) == []
