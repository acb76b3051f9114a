#!/usr/bin/env python3
"""Wattlebrook Resources Limited - final dividend statement (share registry). fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 27, 9, 0, 0))
pdf.set_title("Dividend Statement - Wattlebrook Resources Limited")
pdf.set_author("Coralbay Share Registry Pty Ltd")
pdf.set_creator("CSR Registry Print 4")
pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").__version__)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(16, 14, 16)

# company block
pdf.set_xy(16, 14)
pdf.set_font("helvetica", "B", 17)
pdf.set_text_color(120, 70, 20)
pdf.cell(0, 8, "WATTLEBROOK", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 9)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 4.5, "Wattlebrook Resources Limited", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 4.5, "ABN 16 618 402 751", new_x="LMARGIN", new_y="NEXT")

# registry block (right)
pdf.set_xy(120, 14)
pdf.set_font("helvetica", "", 7.5)
for line in ["All correspondence to:", "Coralbay Share Registry Pty Ltd", "GPO Box 4471",
             "Brisbane QLD 4001", "Telephone 1300 555 804 (within Australia)",
             "Telephone +61 7 5550 1804 (outside Australia)", "www.coralbayregistry.example"]:
    pdf.set_x(120)
    pdf.cell(74, 3.6, line, align="R", new_x="LMARGIN", new_y="NEXT")

# holder address
pdf.set_text_color(0, 0, 0)
pdf.set_xy(16, 48)
pdf.set_font("helvetica", "", 9.5)
for line in ["MR BENJAMIN OAKES + MRS LEAH OAKES", "<OAKES FAMILY S/F A/C>", "22 JACARANDA CRESCENT",
             "TOOWONG QLD 4066"]:
    pdf.cell(90, 4.8, line, new_x="LMARGIN", new_y="NEXT")

# reference box (right)
rows = [("Holder Identification Number (HIN)", "X0041827735"), ("ASX code", "WBR"),
        ("TFN/ABN status", "Quoted"), ("Record date", "28 February 2025"),
        ("Payment date", "27 March 2025"), ("Direct credit reference", "001183647")]
y = 48
pdf.set_draw_color(120, 70, 20)
for k, v in rows:
    pdf.set_xy(118, y)
    pdf.set_font("helvetica", "", 8)
    pdf.cell(44, 6, k, border="B")
    pdf.set_font("helvetica", "B", 8.5)
    pdf.cell(32, 6, v, border="B", align="R")
    y += 6

# title
pdf.set_xy(16, 94)
pdf.set_font("helvetica", "B", 13)
pdf.cell(0, 7, "2024 Interim Dividend Statement", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 9)
pdf.multi_cell(178, 4.6,
               "Dear Shareholder, the Directors of Wattlebrook Resources Limited have declared a fully franked interim "
               "dividend for the half-year ended 31 December 2024, payable on the shares registered in your name "
               "at 5.00pm (AEDT) on the record date shown above.", new_x="LMARGIN", new_y="NEXT")

# dividend table: header above values
pdf.ln(4)
cols = [("Class description", 40, "L"), ("Amount per share", 26, "R"), ("Number of shares", 28, "R"),
        ("Franked amount", 28, "R"), ("Unfranked amount", 28, "R"), ("Gross payment", 28, "R")]
pdf.set_fill_color(120, 70, 20)
pdf.set_text_color(255, 255, 255)
pdf.set_font("helvetica", "B", 8)
for name, w, a in cols:
    pdf.cell(w, 7, name, border=1, align=a, fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("helvetica", "", 9)
vals = ["Ordinary shares", "$0.48", "4,200", "$2,016.00", "$0.00", "$2,016.00"]
for (name, w, a), v in zip(cols, vals):
    pdf.cell(w, 7, v, border=1, align=a)
pdf.ln()
pdf.set_x(16)
pdf.set_font("helvetica", "B", 9)
pdf.cell(150, 7, "Net payment (AUD)", border=1, align="R")
pdf.cell(28, 7, "$2,016.00", border=1, align="R")
pdf.ln()
pdf.set_font("helvetica", "", 9)
pdf.cell(150, 7, "Franking credit (company tax rate 30%)", border=1, align="R")
pdf.cell(28, 7, "$864.00", border=1, align="R")
pdf.ln(12)

# payment instructions box
pdf.set_font("helvetica", "B", 10)
pdf.cell(0, 6, "Your payment instruction", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 9)
y0 = pdf.get_y() + 1
pdf.rect(16, y0, 178, 24)
pdf.set_xy(20, y0 + 3)
pdf.cell(50, 5, "Bank name:")
pdf.cell(60, 5, "Moreton Bay Mutual Bank Ltd", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(20)
pdf.cell(50, 5, "BSB:")
pdf.cell(60, 5, "634-117", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(20)
pdf.cell(50, 5, "Account number:")
pdf.cell(60, 5, "XXXXX5521", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(20)
pdf.cell(50, 5, "Amount deposited:")
pdf.set_font("helvetica", "B", 9)
pdf.cell(60, 5, "AUD 2,016.00", new_x="LMARGIN", new_y="NEXT")

# notes
pdf.set_y(y0 + 32)
pdf.set_font("helvetica", "", 7.5)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(178, 3.8,
               "Important: please retain this statement for income tax purposes. The franking credit may be "
               "included in your assessable income and claimed as a tax offset, subject to the holding period rule. "
               "Australian resident shareholders: no withholding tax has been deducted because your TFN or ABN has "
               "been quoted. If your banking details change, update them online at www.coralbayregistry.example. "
               "Coralbay Share Registry Pty Ltd does not give financial or tax advice.")

pdf.output(out)
