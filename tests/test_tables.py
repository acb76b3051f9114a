"""extract_tables: ruled tables come out as long rows, with the batch's error handling."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

import pdfkit_nb as pk

ITEMS = [("Description", "Qty", "Amount"), ("Widget", "2", "10.00"), ("Gadget", "1", "5.50")]


def ruled_table_pdf(rows: list[tuple[str, ...]], pages: int = 1) -> bytes:
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
