"""Harbourside Physiotherapy - tax invoice (clinic practice-management style), reportlab."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "02_physio_invoice.pdf"
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Tax Invoice INV-008714")
c.setAuthor("Harbourside Physiotherapy Pty Ltd")
TEAL = colors.HexColor("#0f6f74")
GREY = colors.HexColor("#666666")

# --- letterhead -----------------------------------------------------------
c.setFillColor(TEAL)
c.circle(24 * mm, H - 24 * mm, 8 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 13)
c.drawCentredString(24 * mm, H - 26 * mm, "HP")
c.setFillColor(TEAL)
c.setFont("Helvetica-Bold", 17)
c.drawString(36 * mm, H - 21 * mm, "Harbourside Physio & Sports Rehab")
c.setFillColor(GREY)
c.setFont("Helvetica", 8.5)
c.drawString(36 * mm, H - 26.5 * mm, "Suite 3, 118 Military Road, Neutral Bay NSW 2089  |  (02) 9953 4410  |  frontdesk@harboursidephysio.com.au")
c.drawString(36 * mm, H - 30.5 * mm, "Harbourside Physiotherapy Pty Ltd  ABN 47 612 839 205")

c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 20)
c.drawRightString(W - 15 * mm, H - 44 * mm, "TAX INVOICE")

# --- boxed grid: labels above values --------------------------------------
def box(x, y, w, h, label, value, bold=False):
    c.setStrokeColor(colors.HexColor("#9bbcbe"))
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 7)
    c.drawString(x + 2 * mm, y + h - 4 * mm, label.upper())
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
    c.drawString(x + 2 * mm, y + 2.6 * mm, value)

top = H - 50 * mm
bh = 12 * mm
cols = [15 * mm, 60 * mm, 105 * mm, 150 * mm]
cw = 45 * mm
box(cols[0], top - bh, cw, bh, "Invoice No.", "INV-008714", True)
box(cols[1], top - bh, cw, bh, "Invoice Date", "07/04/2025")
box(cols[2], top - bh, cw, bh, "Due Date", "21/04/2025")
box(cols[3], top - bh, cw, bh, "Practitioner", "Tom Galloway")
box(cols[0], top - 2 * bh, cw, bh, "Patient", "Ms Chloe Nguyen", True)
box(cols[1], top - 2 * bh, cw, bh, "Date of Birth", "14/09/1991")
box(cols[2], top - 2 * bh, cw, bh, "Health Fund / Member No.", "nib 40318826")
box(cols[3], top - 2 * bh, cw, bh, "Provider No.", "2471839T")

# bill-to block
y = top - 2 * bh - 10 * mm
c.setFont("Helvetica", 7)
c.setFillColor(GREY)
c.drawString(15 * mm, y, "INVOICE TO")
c.setFillColor(colors.black)
c.setFont("Helvetica", 10)
for i, line in enumerate(["Ms Chloe Nguyen", "Unit 12, 45 Ben Boyd Road", "Neutral Bay NSW 2089"]):
    c.drawString(15 * mm, y - 5 * mm - i * 4.6 * mm, line)
c.setFont("Helvetica", 8)
c.setFillColor(GREY)
c.drawString(105 * mm, y, "Referring GP: Dr Priya Raman, Neutral Bay Medical Centre")
c.drawString(105 * mm, y - 4 * mm, "Condition: Right shoulder - rotator cuff tendinopathy")

# --- line items -------------------------------------------------------------
y = y - 26 * mm
hdr = ["Date", "Item", "Description", "Qty", "Fee", "GST", "Amount"]
xs = [15, 37, 52]  # left edges (mm) of the text columns
rx = [142, 160, 177, 195]  # right edges (mm) of Qty, Fee, GST, Amount
c.setFillColor(TEAL)
c.rect(15 * mm, y - 2 * mm, 180 * mm, 7 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 8.5)
for i, h in enumerate(hdr):
    if i >= 3:
        c.drawRightString(rx[i - 3] * mm - 2 * mm, y, h)
    else:
        c.drawString(xs[i] * mm + 1.5 * mm, y, h)
rows = [
    ("02/04/2025", "500", "Initial physiotherapy consultation (45 min)", "1", "115.00", "0.00", "115.00"),
    ("07/04/2025", "505", "Subsequent consultation (30 min)", "1", "95.00", "0.00", "95.00"),
    ("07/04/2025", "P-TB3", "Theraband resistance band kit (medium)", "1", "22.00", "2.00", "22.00"),
]
c.setFillColor(colors.black)
c.setFont("Helvetica", 9)
ry = y - 8 * mm
for r in rows:
    for i, v in enumerate(r):
        if i >= 3:
            c.drawRightString(rx[i - 3] * mm - 2 * mm, ry, v)
        else:
            c.drawString(xs[i] * mm + 1.5 * mm, ry, v)
    c.setStrokeColor(colors.HexColor("#dddddd"))
    c.line(15 * mm, ry - 2.2 * mm, 195 * mm, ry - 2.2 * mm)
    ry -= 7 * mm
c.setFont("Helvetica-Oblique", 7.5)
c.setFillColor(GREY)
c.drawString(16.5 * mm, ry, "Physiotherapy services are GST-free health services. Goods marked with GST include 10% GST.")

# --- totals (labels left, values far right) --------------------------------
ty = ry - 12 * mm
tot = [
    ("Total (inc. GST)", "$232.00", False),
    ("GST included", "$2.00", False),
    ("Less paid 02/04/2025 (HICAPS / EFTPOS)", "-$115.00", False),
]
c.setFillColor(colors.black)
for label, val, b in tot:
    c.setFont("Helvetica", 9.5)
    c.drawString(105 * mm, ty, label)
    c.drawRightString(193 * mm, ty, val)
    ty -= 6 * mm
ty -= 2.5 * mm
c.setFillColor(colors.HexColor("#e3f0f0"))
c.rect(103 * mm, ty - 3.5 * mm, 92 * mm, 9.5 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 11)
c.drawString(105 * mm, ty, "BALANCE DUE")
c.drawRightString(193 * mm, ty, "$117.00")

# --- payment options ---------------------------------------------------------
py = ty - 22 * mm
c.setFont("Helvetica-Bold", 9)
c.drawString(15 * mm, py, "How to pay")
c.setFont("Helvetica", 8.5)
lines = [
    "Direct deposit:  Harbourside Physiotherapy Pty Ltd   BSB 062-185   Account 1047 3392",
    "Reference: INV-008714.  Card payments accepted at reception or by phone on (02) 9953 4410.",
    "Please pay by the due date. Accounts unpaid after 30 days may be referred for collection.",
]
for i, l in enumerate(lines):
    c.drawString(15 * mm, py - 5 * mm - i * 4.4 * mm, l)

c.setFont("Helvetica", 7)
c.setFillColor(GREY)
c.drawCentredString(W / 2, 12 * mm, "Thank you for choosing Harbourside Physio & Sports Rehab. Cancellations with less than 24 hours notice may incur a fee.")
c.showPage()
c.save()
