"""s26_29: Indian freelance software consultant's export invoice in USD (fpdf2)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from s26_fpdf_common import new_pdf
pdf = new_pdf("A4", "dejavu", margin=16)
pdf.set_title("Invoice AM/2025/014")
pdf.add_page()
W = pdf.epw
pdf.set_fill_color(32, 44, 74); pdf.rect(0, 0, 210, 34, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(16, 9); pdf.set_font("dejavu", "B", 17); pdf.cell(120, 8, "Arjun Mehta Software Consulting")
pdf.set_font("dejavu", "B", 14); pdf.cell(W - 120, 8, "INVOICE", align="R")
pdf.set_xy(16, 19); pdf.set_font("dejavu", "", 8.5)
pdf.cell(W, 4.5, "Backend & cloud engineering  ·  Office 7, Baner Business Bay, Baner Road, Pune, Maharashtra 411045, India", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 4.5, "arjun@mehtaconsulting.dev  ·  +91 98220 55417  ·  GSTIN 27ABKPM4418R1ZX  ·  PAN ABKPM4418R")
pdf.set_text_color(0, 0, 0)
pdf.set_y(44)
y = pdf.get_y()
pdf.set_font("dejavu", "B", 8.5); pdf.cell(90, 5, "BILL TO", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dejavu", "", 9.5)
for l in ["Northwind Logistics Inc.", "Attn: Engineering Operations", "1200 Westlake Ave N, Suite 610", "Seattle, WA 98109", "United States",
          "Place of supply: Outside India (96)"]:
    pdf.cell(90, 5, l, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(pdf.l_margin + 100, y)
meta = [("Invoice No.", "AM/2025/014"), ("Invoice Date", "31/03/2025"), ("Due Date", "15/04/2025"),
        ("Currency", "USD"), ("Contract", "MSA dated 02/09/2024"), ("Client PO", "—")]
for k, v in meta:
    pdf.set_x(pdf.l_margin + 100)
    pdf.set_font("dejavu", "", 9); pdf.set_text_color(90, 90, 90); pdf.cell(34, 5.6, k)
    pdf.set_text_color(0, 0, 0); pdf.set_font("dejavu", "B", 9.5); pdf.cell(W - 134, 5.6, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(y + 40)
pdf.set_font("dejavu", "B", 9); pdf.set_fill_color(232, 236, 244)
cols = [86, 22, 18, 24, 0]; cols[-1] = W - sum(cols[:-1])
for c, h, al in zip(cols, ["Description", "SAC", "Hours", "Rate (USD)", "Amount (USD)"], "LLRRR"):
    pdf.cell(c, 7, h, align=al, fill=True)
pdf.ln()
pdf.set_font("dejavu", "", 9)
rows = [("Backend development – shipment tracking API (Go, PostgreSQL), sprint 14–15, 1–31 March 2025", "998314", "120", "45.00", "5,400.00"),
        ("Code review, deployment support and on-call handover", "998314", "16", "45.00", "720.00")]
for r in rows:
    y = pdf.get_y(); x = pdf.l_margin
    for c, t, al in zip(cols, r, "LLRRR"):
        pdf.set_xy(x, y); pdf.multi_cell(c, 5, t, align=al, new_x="RIGHT", new_y="TOP"); x += c
    pdf.set_y(y + 11); pdf.set_draw_color(220, 220, 220); pdf.line(pdf.l_margin, pdf.get_y() - 0.5, pdf.l_margin + W, pdf.get_y() - 0.5)
pdf.ln(3)
def tl(l, v, b=False):
    pdf.set_x(pdf.l_margin + W - 100)
    pdf.set_font("dejavu", "B" if b else "", 10.5 if b else 9.5)
    pdf.cell(66, 6.5, l, align="R"); pdf.cell(34, 6.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
tl("Subtotal", "6,120.00")
tl("IGST 0% (export under LUT)", "0.00")
tl("Total amount payable (USD)", "USD 6,120.00", True)
pdf.ln(2)
pdf.set_font("dejavu", "", 8.5); pdf.set_text_color(80, 80, 80)
pdf.set_x(pdf.l_margin + W - 100)
pdf.multi_cell(100, 4.4, "For GST records only: INR equivalent ₹5,23,076.40 at RBI reference rate 85.47 on 28/03/2025.", align="R")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("dejavu", "B", 9); pdf.cell(W, 5.5, "Amount in words: US Dollars Six Thousand One Hundred Twenty Only", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dejavu", "B", 9); pdf.cell(W, 5.5, "Remittance instructions (SWIFT)", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dejavu", "", 8.8)
pdf.multi_cell(W, 4.8, "Beneficiary: Arjun Mehta  ·  ICICI Bank Ltd, Baner Branch, Pune  ·  A/c 004401558812  ·  SWIFT ICICINBBCTS  ·  IFSC ICIC0000044\n"
               "Purpose code P0802 (software consultancy). Please bear all intermediary bank charges (OUR) so that the full invoice amount is received.", align="L")
pdf.ln(4)
pdf.set_font("dejavu", "", 8.3)
pdf.multi_cell(W, 4.4, "Supply meant for export of services under Letter of Undertaking without payment of integrated tax, "
               "LUT ARN AD270325009913K valid for FY 2025-26 from 01/04/2025 (FY 2024-25 ARN AD270324011872M). "
               "Payment due within 15 days. Timesheets for March 2025 were approved by D. Kowalczyk on 28/03/2025; the April 2025 invoice will be issued on 30/04/2025.", align="L")
pdf.ln(10)
pdf.set_font("dejavu", "", 9); pdf.cell(W, 5, "For Arjun Mehta Software Consulting", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10); pdf.cell(W, 5, "Arjun Mehta, Proprietor", align="R")
pdf.output(sys.argv[1])
