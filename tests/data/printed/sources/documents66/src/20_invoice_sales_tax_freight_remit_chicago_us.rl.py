#!/usr/bin/env python3
"""Invoice (United States, Illinois) -- US Letter, wholesale restaurant supplies: right-aligned label / value block,
Bill To / Ship To, 4 % customer discount, Chicago sales tax 10.25 %, non-taxable freight added after tax, previous
invoices, remittance stub at the bottom (tear-off) repeating the invoice number and amount due; dates "March 13, 2026".
ReportLab canvas with embedded TTF fonts (Lato)."""
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s66_20.pdf"
D = "/usr/share/fonts/truetype/lato/"
pdfmetrics.registerFont(TTFont("LR", D + "Lato-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LB", D + "Lato-Bold.ttf"))
c = canvas.Canvas(out, pagesize=letter, invariant=1)
c.setTitle("Invoice 300764")
W, H = letter
L, R = 16 * mm, W - 16 * mm


def t(x, y, s, f="LR", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# letterhead
c.setFillColorRGB(0.0, 0.32, 0.45)
c.circle(L + 7 * mm, H - 20 * mm, 7 * mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
t(L + 7 * mm, H - 22.5 * mm, "CFS", "LB", 10, "c")
c.setFillColorRGB(0.0, 0.32, 0.45)
t(L + 17 * mm, H - 18 * mm, "Calumet Foodservice Supply, Inc.", "LB", 15)
c.setFillColorRGB(0.25, 0.25, 0.25)
t(L + 17 * mm, H - 23 * mm, "Smallwares · Disposables · Janitorial · Kitchen equipment", size=8.2)
t(L + 17 * mm, H - 27.5 * mm, "2450 S Ashland Ave, Chicago, IL 60608 · (312) 555-0164 · ar@calumetfs.com", size=8.2)
t(L + 17 * mm, H - 31.5 * mm, "FEIN 36-4829175", size=8.2)
c.setFillColorRGB(0, 0, 0)

t(R, H - 18 * mm, "INVOICE", "LB", 20, "r")
kv = [("Invoice No.", "300764"), ("Invoice Date", "March 13, 2026"), ("Due Date", "April 12, 2026"),
      ("Sales Order", "SO-58821"), ("Customer PO", "WPH-2026-0139"), ("Customer No.", "W2291"), ("Terms", "Net 30")]
for i, (k, v) in enumerate(kv):
    yy = H - (25 + 4.6 * i) * mm
    t(R - 36 * mm, yy, k, size=8.2, align="r")
    t(R, yy, v, "LB" if i < 3 else "LR", 8.6, "r")

# bill to / ship to
y = H - 62 * mm
c.setStrokeColorRGB(0.0, 0.32, 0.45)
c.setLineWidth(1.2)
c.line(L, y + 5 * mm, R, y + 5 * mm)
t(L, y, "BILL TO", "LB", 7.8)
t(L + 95 * mm, y, "SHIP TO", "LB", 7.8)
for i, s in enumerate(["Wicker Park Hospitality Group LLC", "Attn: Accounts Payable", "1520 N Damen Ave, Suite 2",
                       "Chicago, IL 60622"]):
    t(L, y - (5 + 4.5 * i) * mm, s, "LB" if i == 0 else "LR", 9.2 if i == 0 else 8.6)
for i, s in enumerate(["The Damen Room (kitchen receiving)", "1518 N Damen Ave", "Chicago, IL 60622",
                       "Shipped Mar 11, 2026 via Lakeside Freight, PRO 7713-0941"]):
    t(L + 95 * mm, y - (5 + 4.5 * i) * mm, s, size=8.6)

# items
y -= 32 * mm
cols = [("Item", 22), ("Description", 82), ("Qty", 14), ("Unit", 12), ("Unit Price", 24), ("Amount", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setFillColorRGB(0.88, 0.93, 0.96)
c.rect(L, y - 2.2 * mm, R - L, 7 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (n, _) in enumerate(cols):
    if i in (0, 1, 3):
        t(xs[i] + 1.5 * mm, y, n, "LB", 8)
    else:
        t(xs[i + 1] - 1.5 * mm, y, n, "LB", 8, "r")
rows = [("SP-1826", "Aluminum sheet pan 18\" x 26\", case of 12", "4", "CS", "86.40", "345.60"),
        ("GL-NITL", "Nitrile gloves, powder-free, large, case of 1,000", "10", "CS", "58.90", "589.00"),
        ("CD-FULL", "Chafing dish, full size, stainless, 8 qt", "6", "EA", "74.25", "445.50"),
        ("FC-22QT", "Food storage container 22 qt, polycarbonate", "12", "EA", "16.80", "201.60"),
        ("CB-SET6", "Color-coded cutting board set, 6 boards + rack", "2", "ST", "129.00", "258.00")]
c.setStrokeColorRGB(0.82, 0.82, 0.82)
c.setLineWidth(0.4)
for r in rows:
    y -= 7 * mm
    t(xs[0] + 1.5 * mm, y, r[0], size=8.6)
    t(xs[1] + 1.5 * mm, y, r[1], size=8.6)
    t(xs[3] + 1.5 * mm, y, r[3], size=8.6)
    for i in (2, 4, 5):
        t(xs[i + 1] - 1.5 * mm, y, r[i], size=8.6, align="r")
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)

# totals
y -= 10 * mm
tx = R - 30 * mm
for k, v, f in [("Merchandise", "1,839.70", "LR"), ("Customer discount (4%)", "-73.59", "LR"), ("Subtotal", "1,766.11", "LR"),
                ("Sales tax (Chicago 10.25%)", "181.03", "LR"), ("Freight (not taxable)", "64.50", "LR"),
                ("TOTAL DUE (USD)", "$2,011.64", "LB")]:
    if f == "LB":
        c.setStrokeColorRGB(0.0, 0.32, 0.45)
        c.setLineWidth(1)
        c.line(R - 85 * mm, y + 4.3 * mm, R, y + 4.3 * mm)
    t(tx, y, k, f, 10.5 if f == "LB" else 9, "r")
    t(R - 1.5 * mm, y, v, f, 10.5 if f == "LB" else 9, "r")
    y -= 5.6 * mm

# notes
y -= 4 * mm
for s in ["Account status: invoice 300512 (February 12, 2026, $1,874.22) paid March 2, 2026; invoice 300648 (February 27, 2026, $962.15) open.",
          "ACH payments: JPMorgan Chase Bank, N.A., ABA 071000013, account 918273640 (Calumet Foodservice Supply, Inc.).",
          "Please reference CF300764 with your ACH payment. Returns accepted within 14 days with an RMA; 15% restocking fee.",
          "Illinois sales tax account no. 4182-7364 · Resale certificates must be on file before the invoice date."]:
    t(L, y, s, size=7.8)
    y -= 4.3 * mm

# remittance stub
sy = 62 * mm
c.setDash(3, 3)
c.setStrokeColorRGB(0.4, 0.4, 0.4)
c.setLineWidth(0.6)
c.line(L - 6 * mm, sy, R + 6 * mm, sy)
c.setDash()
t(W / 2, sy + 1.8 * mm, "Please detach and return this portion with your payment", size=7, align="c")
t(L, sy - 8 * mm, "REMITTANCE", "LB", 12)
t(L, sy - 13 * mm, "Make checks payable to Calumet Foodservice Supply, Inc.", size=8.2)
t(L, sy - 17.5 * mm, "Mail to: Calumet Foodservice Supply, Inc.", size=8.2)
t(L, sy - 21.5 * mm, "P.O. Box 804418, Chicago, IL 60680-4418", size=8.2)
t(L, sy - 27 * mm, "From: Wicker Park Hospitality Group LLC (Customer No. W2291)", size=8.2)
rem = [("Invoice No.", "300764"), ("Invoice Date", "March 13, 2026"), ("Due Date", "April 12, 2026"),
       ("Amount Due", "$2,011.64"), ("Amount Paid", "")]
bx = R - 80 * mm
c.setStrokeColorRGB(0.5, 0.5, 0.5)
c.setLineWidth(0.5)
for i, (k, v) in enumerate(rem):
    yy = sy - (9 + 6 * i) * mm
    c.rect(bx, yy - 2 * mm, 32 * mm, 6 * mm)
    c.rect(bx + 32 * mm, yy - 2 * mm, 48 * mm, 6 * mm)
    t(bx + 2 * mm, yy, k, size=8.2)
    t(R - 2 * mm, yy, v, "LB", 9, "r")
c.showPage()
c.save()
