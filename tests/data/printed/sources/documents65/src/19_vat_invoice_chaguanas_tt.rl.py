#!/usr/bin/env python3
"""VAT Invoice (Trinidad and Tobago) -- BIR file number and VAT registration number of the supplier, VAT 12.5 %, TT$,
customer statement strip with earlier invoices, US$ equivalent. ReportLab canvas with the built-in Helvetica
(not embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s65_19.pdf"
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("VAT Invoice CFW-26-0418")
W, H = A4
L, R = 16 * mm, W - 16 * mm


def t(x, y, s, f="Helvetica", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# letterhead
c.setFillColorRGB(0.75, 0.1, 0.1)
c.rect(L, H - 30 * mm, 4 * mm, 16 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
t(L + 7 * mm, H - 19 * mm, "Caroni Fabrication & Welding Limited", "Helvetica-Bold", 15)
t(L + 7 * mm, H - 24 * mm, "Structural steel  |  Pipe spools  |  Mobile welding crews", size=8.5)
t(L + 7 * mm, H - 28.5 * mm, "LP 41 Caroni Savannah Road, Chaguanas, Trinidad W.I.  |  Tel: (868) 665-4182", size=8.2)
t(R, H - 19 * mm, "VAT INVOICE", "Helvetica-Bold", 17, "r")
t(R, H - 24.5 * mm, "BIR File No.: 418273645", size=8.2, align="r")
t(R, H - 28.5 * mm, "VAT Reg. No.: 418273", size=8.2, align="r")
c.setLineWidth(0.8)
c.line(L, H - 33 * mm, R, H - 33 * mm)

# two-column party block + label/value grid
y = H - 42 * mm
t(L, y, "INVOICE TO", "Helvetica-Bold", 7.5)
for i, s in enumerate(["Nordhavn Trinidad Limited", "Atlantic Plaza, Point Lisas Industrial Estate", "Couva, Trinidad",
                       "BIR File No.: 291837460", "Attn: Accounts Payable"]):
    t(L, y - (5 + 4.8 * i) * mm, s, "Helvetica-Bold" if i == 0 else "Helvetica", 9.5 if i == 0 else 8.6)
gx = W / 2 + 14 * mm
grid = [("Invoice No.", "CFW-26-0418"), ("Invoice Date", "12/03/2026"), ("Due Date", "11/04/2026"),
        ("Customer PO", "NTT-PO-2026-0207"), ("Job No.", "J-2291 (completed 09/03/2026)"), ("Terms", "Net 30 days")]
c.setLineWidth(0.4)
for i, (k, v) in enumerate(grid):
    yy = y - 1 * mm - i * 5.6 * mm
    c.rect(gx, yy - 1.6 * mm, 26 * mm, 5.6 * mm)
    c.rect(gx + 26 * mm, yy - 1.6 * mm, R - gx - 26 * mm, 5.6 * mm)
    t(gx + 1.5 * mm, yy, k, size=8)
    t(gx + 27.5 * mm, yy, v, "Helvetica-Bold" if i < 3 else "Helvetica", 8.6)

# items
y -= 42 * mm
cols = [("Qty", 14), ("Description", 92), ("Unit Price TT$", 28), ("VAT", 14), ("Amount TT$", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setFillColorRGB(0.92, 0.92, 0.92)
c.rect(L, y - 2 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (n, _) in enumerate(cols):
    if i in (0, 1):
        t(xs[i] + 1.5 * mm, y, n, "Helvetica-Bold", 8)
    else:
        t(xs[i + 1] - 1.5 * mm, y, n, "Helvetica-Bold", 8, "r")
rows = [("16", "Fabricated pipe spool 6\" SCH40, A106 Gr. B, flanged", "1,285.00", "12.5%", "20,560.00"),
        ("40", "Welding rod E7018 3.2 mm, 5 kg pack", "96.50", "12.5%", "3,860.00"),
        ("1", "Site welding crew, 2 welders + helper, Point Lisas (1 day)", "4,850.00", "12.5%", "4,850.00")]
for r in rows:
    y -= 7 * mm
    t(xs[1] - 1.5 * mm, y, r[0], size=8.8, align="r")
    t(xs[1] + 1.5 * mm, y, r[1], size=8.8)
    for i in (2, 3, 4):
        t(xs[i + 1] - 1.5 * mm, y, r[i], size=8.8, align="r")
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.line(L, y - 2.4 * mm, R, y - 2.4 * mm)
c.setStrokeColorRGB(0, 0, 0)

# totals table
y -= 12 * mm
for k, v, f in [("Sub-Total (VAT exclusive)", "29,270.00", "Helvetica"), ("VAT @ 12.5%", "3,658.75", "Helvetica"),
                ("Total VAT Inclusive", "TT$ 32,928.75", "Helvetica-Bold")]:
    t(R - 40 * mm, y, k, f, 9.4, "r")
    t(R - 1.5 * mm, y, v, f, 9.4, "r")
    if f.endswith("Bold"):
        c.line(R - 95 * mm, y + 4.2 * mm, R, y + 4.2 * mm)
        c.line(R - 95 * mm, y - 2 * mm, R, y - 2 * mm)
    y -= 6 * mm

# statement strip
y -= 8 * mm
t(L, y, "Account statement (before this invoice)", "Helvetica-Bold", 8.4)
y -= 5.5 * mm
hdr = ["Document", "Date", "Due", "Amount TT$", "Balance TT$"]
pos = [L, L + 40 * mm, L + 68 * mm, L + 120 * mm, R]
for i, h in enumerate(hdr):
    t(pos[i] if i < 3 else pos[i], y, h, "Helvetica-Bold", 7.8, "l" if i < 3 else "r")
for d in [("CFW-26-0291", "11/02/2026", "14/03/2026", "18,472.50", "18,472.50"),
          ("CFW-26-0176", "20/01/2026", "19/02/2026", "6,941.25", "2,941.25")]:
    y -= 4.6 * mm
    for i, v in enumerate(d):
        t(pos[i], y, v, size=7.8, align="l" if i < 3 else "r")
y -= 10 * mm
t(L, y, "US$ equivalent for information: US$ 4,856.75 (CBTT selling rate 6.78, 11/03/2026).", size=8.2)
y -= 4.8 * mm
t(L, y, "Payments: Republic Bank Limited, Chaguanas branch, TT$ chequing account 180-418273-6-01,", size=8.2)
y -= 4.2 * mm
t(L, y, "in the name of Caroni Fabrication & Welding Limited. Please quote the invoice number.", size=8.2)
y -= 4.8 * mm
t(L, y, "Company No. C-41827 (incorporated 30/06/2008). Overdue accounts attract interest at 1.5% per month.", size=8.2)
y -= 20 * mm
t(L, y, "Prepared by: S. Ramnarine", size=9)
t(R, y, "Received by: ____________________", size=9, align="r")
c.showPage()
c.save()
