"""UK MOT test certificate with the testing station's fee receipt - ReportLab canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("MOT test certificate KT19 XNF")
W, H = A4
GREEN = colors.HexColor("#00703c")
GREY = colors.HexColor("#505a5f")

# header band
c.setFillColor(GREEN)
c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 22)
c.drawString(18 * mm, H - 17 * mm, "MOT test certificate")
c.setFont("Helvetica", 10)
c.drawString(18 * mm, H - 24 * mm, "Certificate of roadworthiness issued under the Road Traffic Act 1988")
c.setFont("Helvetica-Bold", 30)
c.drawRightString(W - 18 * mm, H - 20 * mm, "PASS")

# left: label above value list
y = H - 44 * mm
left = [
    ("Registration number", "KT19 XNF"),
    ("Make", "FORD"),
    ("Model", "FIESTA TITANIUM 1.0 ECOBOOST"),
    ("Vehicle identification number", "WF05XXGC55KT41977"),
    ("Colour", "Blue"),
    ("Fuel type", "Petrol"),
    ("Date of first registration", "14 March 2019"),
]
right = [
    ("Date of test", "6 May 2025"),
    ("Expiry date", "5 May 2026"),
    ("Odometer reading", "42,815 miles"),
    ("MOT test number", "4827 1936 5082"),
    ("Test class", "4"),
    ("Test location", "Fenwick Road Garage Ltd, Unit 3, Fenwick Road, Bradford BD6 2LT"),
    ("Testing station number / inspector", "V47218 / P. Okonkwo (OKO0147)"),
]
for col_x, items in ((18 * mm, left), (108 * mm, right)):
    yy = y
    for lab, val in items:
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(col_x, yy, lab)
        c.setFillColor(colors.black)
        size = 12 if len(val) < 30 else 9
        c.setFont("Helvetica-Bold", size)
        if len(val) > 44:
            a, b = val.split(", ", 1)
            c.drawString(col_x, yy - 12, a + ",")
            c.setFont("Helvetica", 9)
            c.drawString(col_x, yy - 23, b)
            yy -= 36
        else:
            c.drawString(col_x, yy - 13, val)
            yy -= 30
c.setStrokeColor(colors.HexColor("#b1b4b6"))
c.line(102 * mm, y + 6, 102 * mm, y - 205)

# advisories box
by = y - 225
c.setStrokeColor(GREEN)
c.setLineWidth(1.2)
c.rect(18 * mm, by - 70, W - 36 * mm, 76, stroke=1, fill=0)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 11)
c.drawString(21 * mm, by - 8, "Monitor and repair if necessary (advisories)")
c.setFont("Helvetica", 9.5)
for i, t in enumerate([
    "Nearside front tyre worn close to legal limit (5.2.3 (e))",
    "Offside rear brake disc slightly pitted (1.1.14 (a) (ii))",
    "Oil leak, but not excessive (8.4.1 (a) (i))",
]):
    c.drawString(21 * mm, by - 24 - i * 14, "\u2022  " + t)

c.setFont("Helvetica", 8.5)
c.setFillColor(GREY)
c.drawString(18 * mm, by - 88, "Check the MOT history of this vehicle online. This document is not evidence of ownership.")
c.drawString(18 * mm, by - 99, "To preserve the anniversary date, the next test can be carried out up to a month minus a day before the expiry date.")

# receipt section (tear-off)
ry = 92 * mm
c.setDash(4, 3)
c.setStrokeColor(colors.black)
c.setLineWidth(0.6)
c.line(10 * mm, ry + 12 * mm, W - 10 * mm, ry + 12 * mm)
c.setDash()
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 13)
c.drawString(18 * mm, ry, "Fenwick Road Garage Ltd")
c.setFont("Helvetica", 8.5)
c.drawString(18 * mm, ry - 11, "Unit 3, Fenwick Road, Bradford BD6 2LT  \u00b7  01274 555 318  \u00b7  VAT reg. no. GB 562 0738 05")
c.setFont("Helvetica-Bold", 11)
c.drawRightString(W - 18 * mm, ry, "RECEIPT R-25-03391")
c.setFont("Helvetica", 9)
c.drawRightString(W - 18 * mm, ry - 23, "Date: 06/05/2025   Paid by card (Visa ending 3307)")

rows = [
    ("Description", "Net", "VAT", "Amount"),
    ("MOT test, class 4 (outside the scope of VAT)", "54.85", "0.00", "54.85"),
    ("Headlamp bulb H7 supplied and fitted (retest free)", "9.50", "1.90", "11.40"),
]
tx = [18 * mm, 128 * mm, 152 * mm, W - 18 * mm]
yy = ry - 42
for i, r in enumerate(rows):
    c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9.5)
    c.drawString(tx[0], yy, r[0])
    for j in (1, 2, 3):
        c.drawRightString(tx[j] + (14 * mm if j < 3 else 0), yy, r[j])
    if i == 0:
        c.line(tx[0], yy - 4, W - 18 * mm, yy - 4)
    yy -= 16
c.line(120 * mm, yy + 8, W - 18 * mm, yy + 8)
c.setFont("Helvetica", 9.5)
c.drawString(120 * mm, yy - 4, "VAT @ 20%")
c.drawRightString(W - 18 * mm, yy - 4, "\u00a31.90")
c.setFont("Helvetica-Bold", 11)
c.drawString(120 * mm, yy - 20, "Total paid")
c.drawRightString(W - 18 * mm, yy - 20, "\u00a366.25")

c.setFont("Helvetica", 8)
c.setFillColor(GREY)
c.drawString(18 * mm, 22 * mm, "Customer: Mrs H. Lockwood, 18 Thornbury Avenue, Bradford BD3 8JQ  \u00b7  Job card 19462")
c.drawString(18 * mm, 17 * mm, "Fenwick Road Garage Ltd, registered in England and Wales no. 08417723. Registered office as above.")
c.showPage()
c.save()
