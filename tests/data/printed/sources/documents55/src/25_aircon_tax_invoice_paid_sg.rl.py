"""Air-conditioning servicing company's tax invoice (Singapore), English, received back with a rotated red "PAID"
stamp drawn across the item table: letter-spaced logo text, label block at the top right, bill-to with the
customer's UEN, items, subtotal, GST 9 %, total SGD, paid note, footer with UEN / GST reg. no. and bank. ReportLab
canvas, Liberation Sans.
Usage: python3 25_aircon_tax_invoice_paid_sg.rl.py out.pdf"""
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
ROWS = [("Quarterly chemical wash, ceiling cassette units", 6, D("85.00")),
        ("Compressor capacitor replacement incl. parts", 2, D("420.00")),
        ("Refrigerant top-up R32 (per system)", 1, D("260.00"))]
SUB = sum(q * r for _, q, r in ROWS)
GST = (SUB * D("0.09")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + GST
assert (SUB, GST, TOT) == (D("1610.00"), D("144.90"), D("1754.90"))
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Tax Invoice LCA-26-0814")
W, H = A4
L, R = 18 * mm, W - 18 * mm
B = colors.HexColor("#0b5394")
c.setFillColor(B)
c.setFont("LSB", 24)
c.drawString(L, H - 26 * mm, "L I O N   C I T Y")
c.setFont("LS", 8)
c.drawString(L, H - 31 * mm, "A I R C O N   S E R V I C E S")
c.setFillColor(colors.black)
c.setFont("LSB", 15)
c.drawRightString(R, H - 22 * mm, "TAX INVOICE")
for i, (k, v) in enumerate([("Invoice No:", "LCA-26-0814"), ("Date:", "05/03/2026"), ("Due Date:", "19/03/2026"),
                            ("PO No:", "TB-PO-2611"), ("GST Reg No:", "201917384W")]):
    c.setFont("LS", 9)
    c.drawRightString(R - 30 * mm, H - (30 + i * 5) * mm, k)
    c.setFont("LSB", 9)
    c.drawRightString(R, H - (30 + i * 5) * mm, v)
y = H - 62 * mm
c.setFont("LSB", 8)
c.drawString(L, y, "BILL TO")
c.setFont("LS", 9)
for i, s in enumerate(["Tanjong Bakery Pte. Ltd.", "51 Ubi Avenue 1, #03-12", "Singapore 408933", "UEN 201702946H"]):
    c.drawString(L, y - (i + 1) * 5 * mm, s)
y = H - 96 * mm
c.setFillColor(B)
c.rect(L, y - 1.8 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("LSB", 8.5)
for x, s, right in [(L + 2 * mm, "Description", 0), (R - 62 * mm, "Qty", 1), (R - 32 * mm, "Unit Price", 1),
                    (R - 2 * mm, "Amount (S$)", 1)]:
    (c.drawRightString if right else c.drawString)(x, y, s)
c.setFillColor(colors.black)
c.setFont("LS", 9)
for d, q, r in ROWS:
    y -= 7 * mm
    c.drawString(L + 2 * mm, y, d)
    c.drawRightString(R - 62 * mm, y, str(q))
    c.drawRightString(R - 32 * mm, y, f"{r:,.2f}")
    c.drawRightString(R - 2 * mm, y, f"{q * r:,.2f}")
c.line(L, y - 3 * mm, R, y - 3 * mm)
for k, v, f in [("Subtotal", f"{SUB:,.2f}", "LS"), ("GST @ 9%", f"{GST:,.2f}", "LS"), ("Total (SGD)", f"{TOT:,.2f}", "LSB")]:
    y -= 7 * mm
    c.setFont(f, 10)
    c.drawString(R - 70 * mm, y, k)
    c.drawRightString(R - 2 * mm, y, v)
c.saveState()
c.translate(70 * mm, H - 128 * mm)
c.rotate(22)
c.setStrokeColor(colors.Color(0.8, 0.1, 0.1, alpha=0.7))
c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.7))
c.setLineWidth(2.5)
c.roundRect(-4 * mm, -4 * mm, 52 * mm, 17 * mm, 3 * mm)
c.setFont("LSB", 30)
c.drawString(0, 0, "PAID")
c.restoreState()
y -= 18 * mm
c.setFont("LS", 9)
c.drawString(L, y, "Payment received with thanks on 18/03/2026 via PayNow (UEN 201917384W). Balance outstanding: S$0.00")
c.drawString(L, y - 5 * mm, "Bank transfer: DBS Bank Ltd, account 072-184739-2, Lion City Aircon Services Pte. Ltd.")
c.setFont("LS", 7.5)
c.drawString(L, 14 * mm, "Lion City Aircon Services Pte. Ltd. · 10 Kaki Bukit Road 2, #02-27, Singapore 417868 · "
             "UEN / GST Reg. No. 201917384W")
c.showPage()
c.save()
