"""Electrical contractor's tax invoice in the style of a cloud-accounting template: labels above values in the right-hand
column, GST 10 % per line, subtotal / total GST / total, less a deposit already paid, amount due, and a detachable
payment advice with BSB and account number. Australia / South Australia (fpdf2, Liberation Sans subset).
Usage: python3 16_electrical_tax_invoice_au.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

C = D("0.01")


def m(x):
    return f"{x:,.2f}"


LINES = [
    ("Switchboard upgrade - supply and install 3-phase board with 18 RCBOs, main switch and surge protection", "1.00", "3480.00"),
    ("Labour - licensed electrician (hours)", "12.50", "118.00"),
    ("Labour - apprentice (hours)", "12.50", "68.00"),
    ("LED downlight 10W tri-colour, dimmable, IP44", "24.00", "38.50"),
    ("Test and tag portable appliances (AS/NZS 3760)", "46.00", "6.50"),
    ("After-hours call-out fee (Saturday 1 November)", "1.00", "165.00"),
]
rows = [(d, D(qq), D(p), (D(qq) * D(p)).quantize(C, ROUND_HALF_UP)) for d, qq, p in LINES]
subtotal = sum(r[3] for r in rows)
gst = (subtotal * D("0.10")).quantize(C, ROUND_HALF_UP)
total = subtotal + gst
paid = D("2000.00")
due = total - paid
assert (subtotal, gst, total, due) == (D("7193.00"), D("719.30"), D("7912.30"), D("5912.30")), (subtotal, gst, total, due)

F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1763596800")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Tax Invoice INV-00938")
pdf.add_page()
RED = (142, 45, 32)

pdf.set_xy(18, 18)
pdf.set_font("LS", "B", 24)
pdf.cell(90, 11, "TAX INVOICE")
pdf.set_font("LS", "", 9.5)
for i, t in enumerate(["Barossa Cellar Door Co Pty Ltd", "Attention: Accounts Payable", "44 Murray Street",
                       "TANUNDA SA 5352", "AUSTRALIA"]):
    pdf.set_xy(18, 34 + i * 4.8)
    pdf.cell(80, 4.8, t)

# middle column: labels above values
meta = [("Invoice Date", "10 Nov 2025"), ("Invoice Number", "INV-00938"), ("Reference", "Job 2291 / PO BCD-4471"),
        ("ABN", "78 184 273 091")]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(104, 20 + i * 10)
    pdf.set_font("LS", "B", 8.5)
    pdf.cell(45, 4.5, k)
    pdf.set_xy(104, 24.5 + i * 10)
    pdf.set_font("LS", "", 9)
    pdf.cell(45, 4.5, v)

# right column: vendor
pdf.set_font("LS", "B", 11)
pdf.set_text_color(*RED)
pdf.set_xy(150, 19)
pdf.cell(45, 5, "RED GUM")
pdf.set_xy(150, 24)
pdf.set_font("LS", "", 7.5)
pdf.cell(45, 4, "ELECTRICAL SERVICES")
pdf.set_text_color(0, 0, 0)
pdf.set_font("LS", "", 8.5)
for i, t in enumerate(["Red Gum Electrical Services", "Pty Ltd", "Unit 5, 27 Kings Road", "PARAFIELD GARDENS SA 5107",
                       "08 8418 2736", "accounts@redgumelectrical.example", "Licence PGE 287364"]):
    pdf.set_xy(150, 31 + i * 4.3)
    pdf.cell(45, 4.3, t)

# item table
y = 70
COLS = [(92, "Description", "L"), (20, "Quantity", "R"), (24, "Unit Price", "R"), (14, "GST", "R"), (24, "Amount AUD", "R")]
pdf.set_xy(18, y)
pdf.set_font("LS", "B", 8.5)
for w, t, a in COLS:
    pdf.cell(w, 7, t, align=a, border="B")
y += 9
pdf.set_font("LS", "", 8.8)
for d, qq, p, amt in rows:
    pdf.set_xy(18, y)
    start = pdf.get_y()
    pdf.multi_cell(90, 4.6, d)
    h = max(pdf.get_y() - start, 4.6)
    x = 18 + 92
    for (w, _t, a), v in zip(COLS[1:], [f"{qq:.2f}", m(p), "10%", m(amt)]):
        pdf.set_xy(x, y)
        pdf.cell(w, 4.6, v, align=a)
        x += w
    y += h + 2.2
    pdf.set_draw_color(215, 215, 215)
    pdf.line(18, y - 1.1, 192, y - 1.1)
pdf.set_draw_color(0, 0, 0)

# totals
y += 3
tot = [("Subtotal", m(subtotal), ""), ("TOTAL GST 10%", m(gst), ""), ("TOTAL AUD", m(total), "B"),
       ("Less Amount Paid", m(paid), ""), ("AMOUNT DUE AUD", m(due), "B")]
for k, v, st in tot:
    if st:
        pdf.line(130, y - 0.5, 192, y - 0.5)
    pdf.set_xy(130, y)
    pdf.set_font("LS", st, 9.5 if st else 9)
    pdf.cell(38, 6, k, align="R")
    pdf.cell(24, 6, v, align="R")
    y += 7
pdf.set_xy(18, y + 4)
pdf.set_font("LS", "B", 10)
pdf.cell(80, 6, "Due Date: 24 Nov 2025")
pdf.set_font("LS", "", 8.5)
pdf.set_xy(18, y + 11)
pdf.multi_cell(174, 4.4, "Deposit of $2,000.00 received 2 Oct 2025 (receipt RCT-00412) has been applied to this invoice.\n"
                         "Certificate of Compliance CoC 25-118736 lodged with the Office of the Technical Regulator on 8 Nov 2025.\n"
                         "Payment terms 14 days. Please use the invoice number as your payment reference.")

# payment advice
y = 226
pdf.set_draw_color(120, 120, 120)
pdf.dashed_line(10, y, 200, y, 2, 1.5)
pdf.set_xy(18, y + 3)
pdf.set_font("LS", "", 7)
pdf.cell(60, 4, "- - cut here - -")
pdf.set_xy(18, y + 9)
pdf.set_font("LS", "B", 16)
pdf.cell(80, 8, "PAYMENT ADVICE")
pdf.set_font("LS", "", 8.8)
for i, t in enumerate(["To: Red Gum Electrical Services Pty Ltd", "Unit 5, 27 Kings Road", "PARAFIELD GARDENS SA 5107", "",
                       "Direct deposit: BSB 065-418  Account 1027 3648", "Account name: Red Gum Electrical Services"]):
    pdf.set_xy(18, y + 19 + i * 4.6)
    pdf.cell(80, 4.6, t)
adv = [("Customer", "Barossa Cellar Door Co Pty Ltd"), ("Invoice Number", "INV-00938"), ("Amount Due", m(due)),
       ("Due Date", "24 Nov 2025"), ("Amount Enclosed", "")]
for i, (k, v) in enumerate(adv):
    yy = y + 12 + i * 8
    pdf.set_xy(110, yy)
    pdf.set_font("LS", "B", 8.8)
    pdf.cell(32, 6, k)
    pdf.set_font("LS", "", 8.8)
    pdf.cell(50, 6, v)
    if k == "Amount Enclosed":
        pdf.line(142, yy + 5.5, 192, yy + 5.5)
        pdf.set_xy(142, yy + 6)
        pdf.set_font("LS", "", 7)
        pdf.cell(50, 4, "Enter the amount you are paying above")
pdf.output(sys.argv[1])
