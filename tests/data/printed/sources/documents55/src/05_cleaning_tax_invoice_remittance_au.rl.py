"""Commercial cleaning contractor's monthly tax invoice (Australia, Brisbane), English: "Tax Invoice" with ABN in the
header, bill-to, label block, service lines, subtotal, GST 10 %, total AUD, and a tear-off remittance slip at the
bottom (dashed cut line with scissors text) repeating invoice number, amount, due date and BPAY biller code / CRN.
ReportLab canvas, Liberation Sans.
Usage: python3 05_cleaning_tax_invoice_remittance_au.rl.py out.pdf"""
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
ROWS = [("Scheduled cleaning, consulting suites, Feb 2026 (weeks)", 4, D("1180.00")),
        ("Carpet steam clean, waiting rooms", 2, D("245.00")),
        ("Clinical waste bin exchange", 6, D("68.00"))]
SUB = sum(q * r for _, q, r in ROWS)
GST = (SUB * D("0.10")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + GST
assert (SUB, GST, TOT) == (D("5618.00"), D("561.80"), D("6179.80"))
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Tax Invoice BCC-10582")
W, H = A4
L, R = 18 * mm, W - 18 * mm
G = colors.HexColor("#2e7d32")
c.setFillColor(G)
c.setFont("LSB", 18)
c.drawString(L, H - 25 * mm, "Bellbird Commercial Cleaning")
c.setFillColor(colors.black)
c.setFont("LS", 8.5)
c.drawString(L, H - 31 * mm, "Bellbird Commercial Cleaning Pty Ltd · 9 Kingsford Smith Drive, Hamilton QLD 4007 · ABN 13 418 372 951")
c.setFont("LSB", 16)
c.drawRightString(R, H - 25 * mm, "TAX INVOICE")
y = H - 45 * mm
c.setFont("LSB", 8)
c.setFillColor(G)
c.drawString(L, y, "BILL TO")
c.setFillColor(colors.black)
c.setFont("LS", 9)
for i, s in enumerate(["Riverstone Medical Centre Pty Ltd", "Attn: Practice Manager", "220 Logan Road",
                       "Woolloongabba QLD 4102", "ABN 90 630 918 274"]):
    c.drawString(L, y - (i + 1) * 4.8 * mm, s)
for i, (k, v) in enumerate([("Invoice No.", "BCC-10582"), ("Invoice Date", "02/03/2026"), ("Due Date", "16/03/2026"),
                            ("Customer No.", "RMC-014"), ("Service Period", "February 2026")]):
    c.setFont("LS", 9)
    c.drawRightString(R - 35 * mm, y - (i + 1) * 4.8 * mm, k)
    c.setFont("LSB", 9)
    c.drawRightString(R, y - (i + 1) * 4.8 * mm, v)
y = H - 82 * mm
c.setFillColor(G)
c.rect(L, y - 1.8 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("LSB", 8.5)
c.drawString(L + 2 * mm, y, "Description")
c.drawRightString(R - 62 * mm, y, "Qty")
c.drawRightString(R - 32 * mm, y, "Unit price")
c.drawRightString(R - 2 * mm, y, "Amount")
c.setFillColor(colors.black)
c.setFont("LS", 9)
for d, q, r in ROWS:
    y -= 7 * mm
    c.drawString(L + 2 * mm, y, d)
    c.drawRightString(R - 62 * mm, y, str(q))
    c.drawRightString(R - 32 * mm, y, f"{r:,.2f}")
    c.drawRightString(R - 2 * mm, y, f"{q * r:,.2f}")
c.line(L, y - 3 * mm, R, y - 3 * mm)
for k, v, f in [("Subtotal (excl. GST)", f"${SUB:,.2f}", "LS"), ("GST 10%", f"${GST:,.2f}", "LS"),
                ("Total (incl. GST) AUD", f"${TOT:,.2f}", "LSB")]:
    y -= 7 * mm
    c.setFont(f, 10)
    c.drawString(R - 80 * mm, y, k)
    c.drawRightString(R - 2 * mm, y, v)
y -= 14 * mm
c.setFont("LS", 9)
c.drawString(L, y, "Payment terms: 14 days. Pay by BPAY (details below) or EFT to BSB 064-158, account 1094 7283,")
c.drawString(L, y - 5 * mm, "quoting the customer reference number. Thank you for your business.")
cut = 78 * mm
c.setDash(3, 3)
c.line(L - 8 * mm, cut, R + 8 * mm, cut)
c.setDash()
c.setFont("LS", 7.5)
c.drawString(L, cut + 2 * mm, "\u2702  Please detach and return this portion with your payment")
c.setFont("LSB", 12)
c.drawString(L, cut - 10 * mm, "REMITTANCE ADVICE")
c.setFont("LS", 9)
rows = [("Customer", "Riverstone Medical Centre Pty Ltd"), ("Invoice No.", "BCC-10582"), ("Amount Due", f"${TOT:,.2f}"),
        ("Due Date", "16/03/2026")]
for i, (k, v) in enumerate(rows):
    c.drawString(L, cut - (18 + i * 6) * mm, k)
    c.drawString(L + 30 * mm, cut - (18 + i * 6) * mm, v)
c.rect(R - 72 * mm, cut - 44 * mm, 72 * mm, 32 * mm)
c.setFont("LSB", 10)
c.drawString(R - 68 * mm, cut - 19 * mm, "BPAY")
c.setFont("LS", 9)
c.drawString(R - 68 * mm, cut - 26 * mm, "Biller Code: 284731")
c.drawString(R - 68 * mm, cut - 32 * mm, "Ref (CRN): 418203170")
c.setFont("LS", 7)
c.drawString(R - 68 * mm, cut - 39 * mm, "Telephone & Internet Banking - BPAY")
c.setFont("LS", 7)
c.drawString(L, 12 * mm, "Bellbird Commercial Cleaning Pty Ltd · ABN 13 418 372 951 · accounts@bellbirdclean.example")
c.showPage()
c.save()
