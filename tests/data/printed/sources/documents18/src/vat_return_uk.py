"""UK VAT return (9-box form) as printed from bookkeeping software after MTD submission (fpdf2)."""
import sys
import datetime as dt
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.set_creation_date(dt.datetime(2025, 5, 2, 14, 16, tzinfo=dt.timezone.utc))
pdf.set_title("VAT Return 01 Jan 2025 - 31 Mar 2025")
pdf.set_creator("LedgerLine Accounts")
pdf.set_auto_page_break(False)
pdf.set_producer("fpdf2 " + __import__("fpdf").__version__)
pdf.add_page()
pdf.set_margins(15, 12, 15)

# header band
pdf.set_fill_color(0, 48, 87)
pdf.rect(0, 0, 210, 22, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(15, 6)
pdf.set_font("Helvetica", "B", 16)
pdf.cell(120, 8, "VAT Return")
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(120, 6)
pdf.cell(75, 5, "LedgerLine Accounts  |  Making Tax Digital", align="R")
pdf.set_xy(120, 11)
pdf.cell(75, 5, "Submission receipt and return copy", align="R")
pdf.set_text_color(0, 0, 0)


def boxed(x, y, w, h, label, value, lsize=7, vsize=10):
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 1.2)
    pdf.set_font("Helvetica", "", lsize)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(w - 3, 3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.set_font("Helvetica", "B", vsize)
    pdf.cell(w - 3, 5, value)


y = 28
boxed(15, y, 90, 12, "Business name", "Pennine Precision Engineering Ltd")
boxed(107, y, 43, 12, "VAT registration number", "284 5521 63")
boxed(152, y, 43, 12, "Period key", "25A1")
y += 14
boxed(15, y, 90, 17, "Registered address", "")
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(16.5, y + 5)
pdf.multi_cell(86, 3.8, "Unit 9, Calder Valley Industrial Estate\nDewsbury Road, Elland HX5 9BQ")
boxed(107, y, 43, 17, "Period start", "01 Jan 2025")
boxed(152, y, 43, 17, "Period end", "31 Mar 2025")
y += 19
boxed(15, y, 60, 12, "Submitted", "02 May 2025 14:16")
boxed(77, y, 73, 12, "HMRC receipt ID", "7c1f0a2e-93b4-4e1d-b0c6-55a1d2e8f409")
boxed(152, y, 43, 12, "Submitted by", "S. Aldridge")

y += 18
pdf.set_font("Helvetica", "B", 11)
pdf.set_xy(15, y)
pdf.cell(180, 6, "Your VAT figures for the period")
y += 8

rows = [
    ("1", "VAT due in the period on sales and other outputs", "18,426.80"),
    ("2", "VAT due in the period on acquisitions of goods made in Northern Ireland from EU Member States", "0.00"),
    ("3", "Total VAT due (the sum of boxes 1 and 2)", "18,426.80"),
    ("4", "VAT reclaimed in the period on purchases and other inputs (including acquisitions in Northern Ireland from EU Member States)", "7,915.32"),
    ("5", "Net VAT to pay to HMRC or reclaim (the difference between boxes 3 and 4)", "10,511.48"),
    ("6", "Total value of sales and all other outputs excluding any VAT", "92,134"),
    ("7", "Total value of purchases and all other inputs excluding any VAT", "41,870"),
    ("8", "Total value of dispatches of goods and related costs (excluding VAT) from Northern Ireland to EU Member States", "0"),
    ("9", "Total value of acquisitions of goods and related costs (excluding VAT) made in Northern Ireland from EU Member States", "0"),
]
for num, desc, val in rows:
    h = 13
    pdf.set_draw_color(160, 160, 160)
    pdf.rect(15, y, 122, h)
    pdf.set_xy(17, y + 1.6)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(118, 3.7, desc)
    pdf.set_fill_color(0, 48, 87)
    pdf.rect(139, y, 12, h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_xy(139, y + 1.5)
    pdf.cell(12, 4, "Box", align="C")
    pdf.set_xy(139, y + 5.5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(12, 6, num, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 48, 87)
    pdf.set_line_width(0.5)
    pdf.rect(153, y, 42, h)
    pdf.set_line_width(0.2)
    pdf.set_xy(154, y + 3.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(8, 6, "£")
    pdf.set_xy(160, y + 3.5)
    pdf.cell(33, 6, val, align="R")
    y += h + 1.5

y += 3
pdf.set_fill_color(232, 240, 247)
pdf.rect(15, y, 180, 24, style="F")
pdf.set_xy(18, y + 3)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(170, 5, "Payment")
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(18, y + 9)
pdf.multi_cell(174, 4.2,
    "Amount payable to HMRC: £10,511.48.   Payment due date: 07 May 2025.\n"
    "You pay by Direct Debit: HMRC will collect this payment from your account 3 working days after the due date, "
    "on or after 12 May 2025. Last return (Oct - Dec 2024): £9,204.17 paid 10 Feb 2025.")

y += 30
pdf.set_xy(15, y)
pdf.set_font("Helvetica", "", 8)
pdf.multi_cell(180, 3.6,
    "Declaration: When you submit this VAT information you are making a legal declaration that the information is true and "
    "complete. A false declaration can result in prosecution. This copy was produced by LedgerLine Accounts for your records; "
    "it is not a demand for payment. Figures in boxes 6 to 9 are rounded down to whole pounds.")
pdf.set_xy(15, 287)
pdf.set_font("Helvetica", "", 7)
pdf.set_text_color(110, 110, 110)
pdf.cell(180, 4, "Pennine Precision Engineering Ltd  -  Company No. 06648210  -  Agent ref. LLA-33017  -  Page 1 of 1", align="C")
pdf.output(out)
