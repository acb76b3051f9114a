"""Event catering tax invoice (per-cover pricing × guests, staff hours, 10 % service charge, GST, deposit deducted),
Australia (ReportLab canvas). Usage: python3 10_catering_invoice_au.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSerif.ttf"))
SAGE = HexColor("#5d7052")
SAND = HexColor("#efe9dc")
GREY = HexColor("#666666")

GUESTS = 85
# description, qty, unit, rate, food & beverage (service charge applies)
LINES = [
    ("\u201cHarbour\u201d canapé package – 8 pieces per guest", GUESTS, "covers", D("42.00"), True),
    ("Grazing station – local cheeses, charcuterie, breads", 1, "station", D("680.00"), True),
    ("Dessert canapés – 2 pieces per guest", GUESTS, "covers", D("9.50"), True),
    ("Beverage package, 4 hours (beer, wine, sparkling, soft drinks)", GUESTS, "covers", D("48.00"), True),
    ("Wait staff – 5 staff × 6 hours (17:00–23:00)", 30, "hours", D("58.00"), False),
    ("Chef on site – 1 × 6 hours", 6, "hours", D("72.00"), False),
    ("Equipment hire – glassware, linen, bar and cocktail tables", 1, "lot", D("395.00"), False),
    ("Delivery, set-up and pack-down (metro)", 1, "trip", D("180.00"), False),
]
C = D("0.01")
amounts = [q * r for _, q, _, r, _ in LINES]
fb = sum(a for a, l in zip(amounts, LINES) if l[4])
service = (fb * D("0.10")).quantize(C, ROUND_HALF_UP)
sub = sum(amounts) + service
gst = (sub * D("0.10")).quantize(C, ROUND_HALF_UP)
total = sub + gst
deposit = D("4000.00")
balance = total - deposit
assert (fb, service, sub, gst, total, balance) == (D("9137.50"), D("913.75"), D("12798.25"), D("1279.83"), D("14078.08"),
                                                   D("10078.08"))


def m(x):
    return f"${x:,.2f}"


W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="DV", initialFontSize=9)
c.setTitle("Tax invoice SB-2025-1142")
# band header
c.setFillColor(SAND)
c.rect(0, H - 42 * mm, W, 42 * mm, stroke=0, fill=1)
c.setFillColor(SAGE)
c.setFont("DVS", 24)
c.drawString(18 * mm, H - 22 * mm, "Saltbush & Co.")
c.setFont("DV", 8.5)
c.setFillColor(GREY)
c.drawString(18 * mm, H - 28 * mm, "EVENT CATERING · SYDNEY")
c.setFillColor(black)
c.setFont("DV", 8)
for i, t in enumerate(["Saltbush & Co. Catering Pty Ltd", "ABN 25 627 184 395", "2/48 Addison Road, Marrickville NSW 2204",
                       "02 9550 1847 · events@saltbushco.example"]):
    c.drawRightString(W - 18 * mm, H - 15 * mm - i * 4.3 * mm, t)
c.setFont("DVB", 15)
c.setFillColor(SAGE)
c.drawString(18 * mm, H - 55 * mm, "Tax Invoice")
c.setFillColor(black)

# two-column header: bill-to left, meta right (labels left of values, with colons)
c.setFont("DVB", 8.5)
c.drawString(18 * mm, H - 65 * mm, "Bill to:")
c.setFont("DV", 9)
for i, t in enumerate(["Meridian Architecture Pty Ltd", "Attn: Olivia Tran, Studio Manager", "Level 3, 120 Sussex Street",
                       "Sydney NSW 2000"]):
    c.drawString(18 * mm, H - 70 * mm - i * 4.5 * mm, t)
meta = [("Invoice no.:", "SB-2025-1142"), ("Invoice date:", "27/10/2025"), ("Due date:", "10/11/2025"),
        ("Quote ref.:", "Q-0871 (accepted 22/09/2025)"), ("Event date:", "24/10/2025"),
        ("Venue:", "The Glasshouse Loft, Pyrmont")]
for i, (k, v) in enumerate(meta):
    c.setFont("DV", 8.5)
    c.setFillColor(GREY)
    c.drawString(112 * mm, H - 65 * mm - i * 4.6 * mm, k)
    c.setFillColor(black)
    c.setFont("DVB" if i == 0 else "DV", 8.8)
    c.drawString(134 * mm, H - 65 * mm - i * 4.6 * mm, v)
c.setFont("DV", 8.5)
c.drawString(18 * mm, H - 96 * mm, f"Event: Meridian end-of-year celebration · Cocktail style, 4 hours · Final guest numbers: {GUESTS} guests")

# table
y = H - 106 * mm
c.setFillColor(SAGE)
c.rect(18 * mm, y - 2.5 * mm, W - 36 * mm, 7.5 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("DVB", 8)
c.drawString(20 * mm, y, "Description")
c.drawRightString(132 * mm, y, "Qty")
c.drawString(135 * mm, y, "Unit")
c.drawRightString(167 * mm, y, "Rate")
c.drawRightString(W - 20 * mm, y, "Amount")
c.setFillColor(black)
y -= 8 * mm
for (d, q, u, r, _), a in zip(LINES, amounts):
    c.setFont("DV", 8.4)
    c.drawString(20 * mm, y, d)
    c.drawRightString(132 * mm, y, str(q))
    c.drawString(135 * mm, y, u)
    c.drawRightString(167 * mm, y, m(r))
    c.drawRightString(W - 20 * mm, y, m(a))
    c.setStrokeColor(HexColor("#d8d8d8"))
    c.setLineWidth(0.5)
    c.line(18 * mm, y - 2.6 * mm, W - 18 * mm, y - 2.6 * mm)
    y -= 7.2 * mm
c.setFont("DV", 8.4)
c.drawString(20 * mm, y, "Service charge 10% on food and beverage ($9,137.50)")
c.drawRightString(W - 20 * mm, y, m(service))
y -= 11 * mm

# totals, right aligned
tot = [("Subtotal (excl. GST)", m(sub), False), ("GST 10%", m(gst), False), ("Total (incl. GST)", m(total), True),
       ("Less deposit received 26/09/2025", "–" + m(deposit), False), ("Balance due", m(balance), True)]
for k, v, b in tot:
    if b:
        c.setStrokeColor(SAGE)
        c.setLineWidth(1)
        c.line(112 * mm, y + 4.2 * mm, W - 18 * mm, y + 4.2 * mm)
    c.setFont("DVB" if b else "DV", 9.5 if b else 8.8)
    c.drawString(112 * mm, y, k)
    c.drawRightString(W - 20 * mm, y, v)
    y -= 6.4 * mm

# payment panel
yb = 62 * mm
c.setFillColor(SAND)
c.roundRect(18 * mm, yb - 24 * mm, 88 * mm, 30 * mm, 3 * mm, stroke=0, fill=1)
c.setFillColor(black)
c.setFont("DVB", 9)
c.drawString(22 * mm, yb + 1 * mm, "Payment details")
c.setFont("DV", 8.3)
for i, t in enumerate(["Account name: Saltbush & Co. Catering Pty Ltd", "BSB 082-401   Account 27 418 3065",
                       "Reference: SB-2025-1142", "Terms: balance due 14 days from invoice", "Card payments incur a 1.2% surcharge"]):
    c.drawString(22 * mm, yb - 4.5 * mm - i * 4.3 * mm, t)
c.setFont("DV", 7.6)
c.setFillColor(GREY)
c.drawString(112 * mm, yb + 1 * mm, "Dietary requirements catered: 6 vegetarian,")
c.drawString(112 * mm, yb - 3 * mm, "3 gluten-free, 1 nut allergy (separately plated).")
c.drawString(18 * mm, 20 * mm, "Thank you for choosing Saltbush & Co. Final numbers were confirmed 72 hours before the event as per our terms;")
c.drawString(18 * mm, 16 * mm, "the service charge is shared with the event team. Food Authority licence 25/11847 · Public liability $20m.")
c.showPage()
c.save()
