#!/usr/bin/env python3
"""Merlion Ridge Wealth Partners - quarterly discretionary management fee tax invoice. ReportLab canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Tax Invoice MRWP-INV-2025-0412")
c.setAuthor("Merlion Ridge Wealth Partners Pte. Ltd.")
c.setCreator("MRWP Billing")

teal = colors.HexColor("#8c1d40")
light = colors.HexColor("#f6ecef")

# header band
c.setFillColor(teal)
c.rect(0, H - 32*mm, W, 32*mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 18)
c.drawString(18*mm, H - 16*mm, "MERLION RIDGE")
c.setFont("Helvetica", 9)
c.drawString(18*mm, H - 22*mm, "Wealth Partners")
c.setFont("Helvetica", 7.5)
right = W - 18*mm
for i, t in enumerate(["Merlion Ridge Wealth Partners Pte. Ltd.", "8 Marina View #27-04, Singapore 018960",
                       "UEN / GST Reg. No. 201934217N", "Tel +65 6555 0427"]):
    c.drawRightString(right, H - 12*mm - i*4*mm, t)

# title and meta grid
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 16)
c.drawString(18*mm, H - 46*mm, "TAX INVOICE")

meta = [("Invoice No.", "MRWP-INV-2025-0412"), ("Invoice Date", "07 Apr 2025"),
        ("Portfolio", "DPM-SG-30417"), ("Payment Due", "07 May 2025")]
x0, y0 = 112*mm, H - 42*mm
cw, rh = 40*mm, 11*mm
for i, (k, v) in enumerate(meta):
    col, row = i % 2, i // 2
    x, y = x0 + col*cw, y0 - row*rh
    c.setStrokeColor(colors.HexColor("#b9a1a9"))
    c.setFillColor(light)
    c.rect(x, y - rh, cw, rh, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#6b5660"))
    c.setFont("Helvetica", 6.8)
    c.drawString(x + 2*mm, y - 4*mm, k.upper())
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x + 2*mm, y - 9*mm, v)

# bill to
c.setFont("Helvetica-Bold", 8)
c.setFillColor(teal)
c.drawString(18*mm, H - 58*mm, "BILL TO")
c.setFillColor(colors.black)
c.setFont("Helvetica", 9.5)
for i, t in enumerate(["The Trustees", "Tan Wei Ling Family Trust", "c/o Tan Wei Ling", "12 Cluny Hill",
                       "Singapore 259574"]):
    c.drawString(18*mm, H - 63*mm - i*4.6*mm, t)

# line items table
ty = H - 100*mm
cols = [18*mm, 98*mm, 132*mm, 152*mm, W - 18*mm]
c.setFillColor(teal)
c.rect(18*mm, ty - 2*mm, W - 36*mm, 8*mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 8.5)
c.drawString(cols[0] + 2*mm, ty + 1*mm, "Description")
c.drawRightString(cols[2] - 2*mm, ty + 1*mm, "Basis (SGD)")
c.drawRightString(cols[3] - 2*mm, ty + 1*mm, "Rate")
c.drawRightString(cols[4] - 2*mm, ty + 1*mm, "Amount (SGD)")

c.setFillColor(colors.black)
c.setFont("Helvetica", 9)
y = ty - 9*mm
c.drawString(cols[0] + 2*mm, y, "Discretionary portfolio management fee")
c.setFont("Helvetica", 7.5)
c.drawString(cols[0] + 2*mm, y - 4*mm, "Period 01/01/2025 to 31/03/2025, on average daily assets under management")
c.drawString(cols[0] + 2*mm, y - 7.5*mm, "Fee rate per annum, charged quarterly in arrears (1/4 of annual rate)")
c.setFont("Helvetica", 9)
c.drawRightString(cols[2] - 2*mm, y, "6,482,150.00")
c.drawRightString(cols[3] - 2*mm, y, "0.85% p.a.")
c.drawRightString(cols[4] - 2*mm, y, "13,774.57")
y2 = y - 15*mm
c.drawString(cols[0] + 2*mm, y2, "Custody and safekeeping (waived for DPM mandates)")
c.drawRightString(cols[4] - 2*mm, y2, "0.00")
c.setStrokeColor(colors.HexColor("#b9a1a9"))
c.line(18*mm, y2 - 4*mm, W - 18*mm, y2 - 4*mm)

# totals bottom right
tx, tw = 118*mm, W - 18*mm
yy = y2 - 12*mm
rows = [("Sub-total (excluding GST)", "13,774.57"), ("GST @ 9%", "1,239.71")]
c.setFont("Helvetica", 9)
for k, v in rows:
    c.drawString(tx, yy, k)
    c.drawRightString(tw - 2*mm, yy, v)
    yy -= 6*mm
yy -= 3*mm
c.setFillColor(light)
c.setStrokeColor(teal)
c.rect(tx - 2*mm, yy - 3*mm, tw - tx + 2*mm, 9*mm, stroke=1, fill=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 10.5)
c.drawString(tx, yy, "TOTAL DUE (SGD)")
c.drawRightString(tw - 2*mm, yy, "15,014.28")

# payment details
py = yy - 24*mm
c.setFont("Helvetica-Bold", 9)
c.setFillColor(teal)
c.drawString(18*mm, py, "Payment details")
c.setFillColor(colors.black)
c.setFont("Helvetica", 8.5)
for i, (k, v) in enumerate([("Bank", "Straits Harbour Bank Limited"), ("Account name", "Merlion Ridge Wealth Partners Pte. Ltd."),
                             ("Account no.", "0291-448172-3"), ("SWIFT", "SHBKSGSGXXX"),
                             ("Reference", "MRWP-INV-2025-0412")]):
    c.drawString(18*mm, py - 6*mm - i*4.6*mm, k)
    c.drawString(48*mm, py - 6*mm - i*4.6*mm, v)

c.setFont("Helvetica", 7)
c.setFillColor(colors.HexColor("#555555"))
note = ["Where you have authorised us to do so, this fee will be debited from your portfolio cash account on the due date",
        "and no payment is required. Amounts are in Singapore dollars. GST is charged at the prevailing standard rate of 9%.",
        "Merlion Ridge Wealth Partners Pte. Ltd. holds a Capital Markets Services licence for fund management issued by the",
        "Monetary Authority of Singapore. This is a computer-generated invoice; no signature is required."]
for i, t in enumerate(note):
    c.drawString(18*mm, 24*mm - i*3.6*mm, t)

c.showPage()
c.save()
