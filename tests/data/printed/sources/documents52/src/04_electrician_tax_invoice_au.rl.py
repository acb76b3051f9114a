"""Bookkeeping-app tax invoice of an electrical contractor (Australia, NSW): app-style layout with the title "TAX
INVOICE", customer address on the left, stacked label-over-value meta column (invoice date, invoice number, reference,
ABN) beside it and the supplier address on the right; line items with quantity, unit price, GST and amount AUD;
subtotal, total GST 10 %, total AUD; due date and payment details; a PAYMENT ADVICE remittance slip below a dashed cut
line repeating customer, invoice number, amount due and due date. ReportLab canvas.
Usage: python3 04_electrician_tax_invoice_au.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
GREY = colors.HexColor("#5c6670")
LINE = colors.HexColor("#c9d0d6")

ITEMS = [
    ("Supply & install LED downlights, 9W dimmable, warm white", D("6"), D("68.00")),
    ("Replace switchboard RCBOs, 20A 30mA, single pole", D("4"), D("96.50")),
    ("Install double GPO, treatment rooms 2 and 3", D("2"), D("142.00")),
    ("Labour - licensed electrician (hours)", D("5.5"), D("98.00")),
    ("Test & tag portable appliances (per item)", D("38"), D("4.50")),
    ("Call-out fee, 17 Nov 2025", D("1"), D("85.00")),
]
rows = [(d, q, p, (q * p).quantize(D("0.01"))) for d, q, p in ITEMS]
SUB = sum(r[3] for r in rows)
GST = (SUB * D("0.10")).quantize(D("0.01"), ROUND_HALF_UP)
TOTAL = SUB + GST
assert (SUB, GST, TOTAL) == (D("1873.00"), D("187.30"), D("2060.30")), (SUB, GST, TOTAL)


def m(x):
    return f"{x:,.2f}"


W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9)
c.setTitle("Tax Invoice INV-0347")
c.setAuthor("Wattle Grove Electrical Pty Ltd")
L, R = 18 * mm, W - 18 * mm

c.setFont("LS", 21)
c.drawString(L, H - 30 * mm, "TAX INVOICE")

# customer block
c.setFont("LS", 9)
y = H - 42 * mm
for s in ["Merewether Physio & Pilates Pty Ltd", "Attention: Accounts Payable", "Shop 3, 154 Glebe Road",
          "MEREWETHER NSW 2291", "AUSTRALIA"]:
    c.drawString(L, y, s)
    y -= 4.4 * mm

# meta column (label over value)
x = 112 * mm
y = H - 26 * mm
for lab, val in [("Invoice Date", "18 Nov 2025"), ("Invoice Number", "INV-0347"), ("Reference", "PO-88214"),
                 ("ABN", "95 531 842 736")]:
    c.setFont("LSB", 8.6)
    c.drawString(x, y, lab)
    c.setFont("LS", 8.6)
    c.drawString(x, y - 4.2 * mm, val)
    y -= 10.5 * mm

# supplier block
x = 152 * mm
y = H - 26 * mm
c.setFont("LSB", 8.6)
c.drawString(x, y, "Wattle Grove Electrical Pty Ltd")
c.setFont("LS", 8.6)
for s in ["Unit 2, 31 Clyde Street", "HAMILTON NORTH NSW 2292", "AUSTRALIA", "Ph 02 4918 2736", "Lic. 318427C"]:
    y -= 4.2 * mm
    c.drawString(x, y, s)

# items table
y = H - 82 * mm
cols = [(L, "Description", "l"), (128 * mm, "Quantity", "r"), (152 * mm, "Unit Price", "r"), (167 * mm, "GST", "r"),
        (R, "Amount AUD", "r")]
c.setFont("LSB", 8.6)
for xx, head, al in cols:
    (c.drawString if al == "l" else c.drawRightString)(xx, y, head)
c.setStrokeColor(colors.black)
c.setLineWidth(0.8)
c.line(L, y - 2.2 * mm, R, y - 2.2 * mm)
c.setFont("LS", 8.6)
y -= 7.5 * mm
for d, q, p, a in rows:
    c.drawString(L, y, d)
    c.drawRightString(128 * mm, y, f"{q:.2f}")
    c.drawRightString(152 * mm, y, m(p))
    c.drawRightString(167 * mm, y, "10%")
    c.drawRightString(R, y, m(a))
    c.setStrokeColor(LINE)
    c.setLineWidth(0.4)
    c.line(L, y - 2.4 * mm, R, y - 2.4 * mm)
    y -= 7.2 * mm

# totals
y -= 2 * mm
for lab, val, bold in [("Subtotal", m(SUB), False), ("TOTAL GST 10%", m(GST), False), ("TOTAL AUD", m(TOTAL), True)]:
    if bold:
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.line(128 * mm, y + 4.6 * mm, R, y + 4.6 * mm)
    c.setFont("LSB" if bold else "LS", 9.4 if bold else 8.6)
    c.drawRightString(167 * mm, y, lab)
    c.drawRightString(R, y, val)
    y -= 6.4 * mm

# due date and payment details
y -= 8 * mm
c.setFont("LSB", 10)
c.drawString(L, y, "Due Date: 2 Dec 2025")
c.setFont("LS", 8.6)
for s in ["Payment terms: 14 days from invoice date.",
          "Direct deposit: Wattle Grove Electrical Pty Ltd  BSB 062-508  Account 1041 8273",
          "Please use the invoice number INV-0347 as your payment reference.",
          "Card payments accepted by phone (1.5% surcharge applies)."]:
    y -= 5 * mm
    c.drawString(L, y, s)

# ---------------------------------------------------------------- payment advice (remittance slip)
cut = 92 * mm
c.setStrokeColor(GREY)
c.setLineWidth(0.6)
c.setDash(3, 2)
c.line(0, cut, W, cut)
c.setDash()
c.setFont("DJ", 11)
c.setFillColor(GREY)
c.drawString(10 * mm, cut + 1.2 * mm, "\u2702")
c.setFillColor(colors.black)

c.setFont("LS", 19)
c.drawString(L, cut - 14 * mm, "PAYMENT ADVICE")
c.setFont("LS", 8.6)
y = cut - 24 * mm
c.drawString(L, y, "To:")
for s in ["Wattle Grove Electrical Pty Ltd", "Unit 2, 31 Clyde Street", "HAMILTON NORTH NSW 2292", "AUSTRALIA"]:
    c.drawString(L + 9 * mm, y, s)
    y -= 4.2 * mm

x1, x2 = 105 * mm, 140 * mm
y = cut - 12 * mm
for lab, val in [("Customer", "Merewether Physio & Pilates Pty Ltd"), ("Invoice Number", "INV-0347"),
                 ("Amount Due", m(TOTAL)), ("Due Date", "2 Dec 2025")]:
    c.setFont("LSB", 8.6)
    c.drawString(x1, y, lab)
    c.setFont("LS", 8.6)
    c.drawString(x2, y, val)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.4)
    c.line(x1, y - 2.6 * mm, R, y - 2.6 * mm)
    y -= 7.6 * mm
c.setFont("LSB", 8.6)
c.drawString(x1, y, "Amount Enclosed")
c.setStrokeColor(colors.black)
c.setLineWidth(0.8)
c.line(x2, y - 1.5 * mm, R, y - 1.5 * mm)
c.setFont("LS", 7.2)
c.setFillColor(GREY)
c.drawString(x2, y - 5.5 * mm, "Enter the amount you are paying above")

c.setFont("LS", 7)
c.drawString(L, 12 * mm, "Wattle Grove Electrical Pty Ltd  \u00b7  ABN 95 531 842 736  \u00b7  NSW Contractor Licence 318427C  \u00b7  "
             "accounts@wattlegrove.example")
c.setFillColor(colors.black)
c.showPage()
c.save()
