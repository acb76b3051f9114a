"""Boxcraft - corrugated packaging sales invoice (UK), reportlab canvas."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "02_corrugated_packaging.pdf"
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Sales Invoice INV-2025-04417")
c.setAuthor("Boxcraft Packaging Solutions Ltd")
GREEN = colors.HexColor("#2e6b3a")
KRAFT = colors.HexColor("#c9a46a")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#f1ebe0")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def gbp(x):
    return f"{x:,.2f}"


# --- letterhead: brand only ---------------------------------------------------
c.setFillColor(KRAFT)
c.rect(15 * mm, H - 33 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setStrokeColor(colors.white)
c.setLineWidth(1.2)
c.line(15 * mm, H - 25 * mm, 31 * mm, H - 25 * mm)
c.line(23 * mm, H - 17 * mm, 23 * mm, H - 33 * mm)
c.setFillColor(GREEN)
c.setFont("Helvetica-Bold", 24)
c.drawString(35 * mm, H - 26 * mm, "BOXCRAFT")
c.setFont("Helvetica", 8.5)
c.setFillColor(GREY)
c.drawString(35 * mm, H - 31.5 * mm, "Corrugated cases  \u2022  Die-cut trays  \u2022  Pallet wrap  \u2022  Print to 4 colours")

c.setFont("Helvetica", 8)
yy = H - 17 * mm
for line in ["Unit 4, Heathfield Industrial Estate", "Lowmoor Road, Kirkby-in-Ashfield",
             "Nottinghamshire NG17 7LJ", "Tel 01623 755 410", "accounts@boxcraft.co.uk"]:
    c.drawRightString(W - 15 * mm, yy, line)
    yy -= 3.8 * mm

c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 15)
c.drawString(15 * mm, H - 48 * mm, "SALES INVOICE")

# --- customer address (window position) ---------------------------------------
c.setFont("Helvetica", 9.5)
y = H - 58 * mm
for i, line in enumerate(["Pennine Valve Components Ltd", "Purchase Ledger", "Calder Works, Wakefield Road",
                          "Brighouse", "West Yorkshire HD6 1QE"]):
    c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9.5)
    c.drawString(15 * mm, y, line)
    y -= 4.4 * mm

# --- labels left / values right block -----------------------------------------
meta = [
    ("Invoice No.", "INV-2025-04417"),
    ("Invoice Date / Tax Point", "03/04/2025"),
    ("Account Ref.", "PEN002"),
    ("Customer Order No.", "PO-77412"),
    ("Delivery Note", "DN 058821"),
    ("Despatch Date", "02/04/2025"),
    ("Terms", "30 days end of month"),
    ("VAT Reg. No.", "GB 318 4471 56"),
]
x1, x2 = 118 * mm, W - 15 * mm
y = H - 56 * mm
for k, v in meta:
    c.setFont("Helvetica", 8.5)
    c.setFillColor(GREY)
    c.drawString(x1, y, k)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(x2, y, v)
    c.setStrokeColor(colors.HexColor("#dddddd"))
    c.setLineWidth(0.4)
    c.line(x1, y - 1.6 * mm, x2, y - 1.6 * mm)
    y -= 5.2 * mm

# --- lines --------------------------------------------------------------------
lines = [
    ("RSC-0412-DW", "0201 RSC 412x305x280 double wall BC flute, 1 col print", 1500, "0.842", "0"),
    ("RSC-0310-SW", "0201 RSC 310x220x180 single wall B flute, plain", 3000, "0.318", "0"),
    ("TRY-DC-0588", "Die-cut tray 588x388x95 with locking tabs, E flute", 1200, "0.467", "5"),
    ("DIV-0412-6", "Corrugated divider set 6-cell to suit RSC-0412-DW", 1500, "0.196", "5"),
    ("LAY-1200", "Layer pad 1200x1000 single wall", 400, "0.384", "0"),
    ("PLT-TOOL-0588", "Cutting forme for TRY-DC-0588 (one-off tooling)", 1, "385.00", "50"),
    ("PLT-STD-UK", "Standard 4-way pallet (chargeable, non-returnable)", 14, "8.50", "0"),
    ("CARR", "Carriage - own transport, 1 drop", 1, "65.00", "0"),
]
top = H - 104 * mm
cols = [15, 41, 128, 146, 163, 175, 195]
heads = ["Product", "Description", "Qty", "Unit £", "Disc %", "Net £"]
c.setFillColor(GREEN)
c.rect(15 * mm, top - 1.8 * mm, 180 * mm, 6.5 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 8)
for i, h in enumerate(heads):
    if i < 2:
        c.drawString((cols[i] + 1.5) * mm, top, h)
    else:
        c.drawRightString((cols[i + 1] - 1.5) * mm, top, h)
y = top - 7 * mm
net = D(0)
c.setFillColor(colors.black)
for code, desc, q, up, disc in lines:
    gross = D(q) * D(up)
    amt = r2(gross * (1 - D(disc) / 100))
    net += amt
    c.setFont("Helvetica", 8)
    c.drawString(16.5 * mm, y, code)
    c.drawString(42.5 * mm, y, desc)
    c.drawRightString(144.5 * mm, y, f"{q:,}")
    c.drawRightString(161.5 * mm, y, up)
    c.drawRightString(173.5 * mm, y, disc if disc != "0" else "")
    c.drawRightString(193.5 * mm, y, gbp(amt))
    c.setStrokeColor(colors.HexColor("#e4e4e4"))
    c.line(15 * mm, y - 2 * mm, 195 * mm, y - 2 * mm)
    y -= 6.2 * mm

c.setFont("Helvetica-Oblique", 7.5)
c.setFillColor(GREY)
c.drawString(15 * mm, y - 1 * mm, "Delivered against DN 058821 (1 of 1). Tooling remains the property of Boxcraft and is held for repeat orders for 24 months.")

# --- totals in a shaded box ----------------------------------------------------
vat = r2(net * D("0.20"))
tot = net + vat
bx, by, bw, bh = 120 * mm, y - 36 * mm, 75 * mm, 28 * mm
c.setFillColor(LIGHT)
c.rect(bx, by, bw, bh, stroke=0, fill=1)
rows = [("Total Net", gbp(net)), ("VAT @ 20%", gbp(vat)), ("Invoice Total GBP", "\u00a3" + gbp(tot))]
yy = by + bh - 7 * mm
for i, (k, v) in enumerate(rows):
    last = i == len(rows) - 1
    c.setFillColor(GREEN if last else colors.black)
    c.setFont("Helvetica-Bold" if last else "Helvetica", 11 if last else 9)
    c.drawString(bx + 3 * mm, yy, k)
    c.drawRightString(bx + bw - 3 * mm, yy, v)
    yy -= 8 * mm

# VAT analysis
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 8)
c.drawString(15 * mm, by + bh - 7 * mm, "VAT analysis")
c.setFont("Helvetica", 8)
for x, a, b in [(15, "Code", "S"), (30, "Rate", "20.00%")]:
    c.drawString(x * mm, by + bh - 12 * mm, a)
    c.drawString(x * mm, by + bh - 16.5 * mm, b)
for x, a, b in [(68, "Net", gbp(net)), (90, "VAT", gbp(vat))]:
    c.drawRightString(x * mm, by + bh - 12 * mm, a)
    c.drawRightString(x * mm, by + bh - 16.5 * mm, b)

# --- bank details ------------------------------------------------------------
yb = by - 14 * mm
c.setStrokeColor(GREEN)
c.setLineWidth(0.8)
c.rect(15 * mm, yb - 16 * mm, 180 * mm, 20 * mm, stroke=1, fill=0)
c.setFont("Helvetica-Bold", 8.5)
c.setFillColor(GREEN)
c.drawString(18 * mm, yb, "Payment by BACS please")
c.setFont("Helvetica", 8.5)
c.setFillColor(colors.black)
c.drawString(18 * mm, yb - 5 * mm, "Lloyds Bank plc   Sort code 30-94-57   Account 41187302   Ref: INV-2025-04417")
c.drawString(18 * mm, yb - 10 * mm, "Payment due by 31/05/2025. Please send remittance advice to accounts@boxcraft.co.uk")

# --- footer: legal name ------------------------------------------------------
c.setStrokeColor(colors.HexColor("#bbbbbb"))
c.line(15 * mm, 22 * mm, 195 * mm, 22 * mm)
c.setFont("Helvetica", 6.8)
c.setFillColor(GREY)
c.drawCentredString(W / 2, 17.5 * mm, "Boxcraft Packaging Solutions Ltd  \u2022  Registered in England & Wales No. 07418826  \u2022  Registered office: Unit 4, Heathfield Industrial Estate, Kirkby-in-Ashfield NG17 7LJ")
c.setFont("Helvetica", 6.5)
c.drawCentredString(W / 2, 13.5 * mm, "Goods remain the property of Boxcraft Packaging Solutions Ltd until paid for in full. Interest may be charged on late payments under the")
c.drawCentredString(W / 2, 10.5 * mm, "Late Payment of Commercial Debts (Interest) Act 1998.")
c.showPage()
c.save()
