"""Purchase order - Cascadia Outdoor Gear Co. (fpdf2, core fonts)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="letter", unit="pt")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 40, 572
ORANGE = (214, 96, 38)
DARK = (40, 52, 64)

# logo
pdf.set_fill_color(*DARK)
pdf.rect(L, 40, 44, 44, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 26)
pdf.set_xy(L, 48)
pdf.cell(44, 28, "C", align="C")
pdf.set_text_color(*DARK)
pdf.set_font("Helvetica", "B", 22)
pdf.set_xy(L + 54, 42)
pdf.cell(250, 24, "CASCADIA OUTDOOR")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(L + 54, 66)
pdf.cell(250, 10, "GEAR CO.  |  2150 NW Industrial St, Portland, OR 97210  |  (503) 555-0148")

pdf.set_text_color(*ORANGE)
pdf.set_font("Helvetica", "B", 20)
pdf.set_xy(360, 40)
pdf.cell(R - 360, 24, "PURCHASE ORDER", align="R")

# PO number / date box
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(120, 120, 120)
bx, by = 400, 70
for i, (k, v) in enumerate([("P.O. NUMBER", "CAS-PO-48213"), ("DATE", "01/22/2025"), ("REVISION", "0")]):
    y = by + i * 18
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(bx, y, 80, 18, style="DF")
    pdf.rect(bx + 80, y, R - bx - 80, 18)
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.set_xy(bx + 4, y + 4)
    pdf.cell(72, 10, k)
    pdf.set_font("Helvetica", "B" if i == 0 else "", 9.5)
    pdf.set_xy(bx + 84, y + 4)
    pdf.cell(R - bx - 88, 10, v, align="R")

def block(x, y, w, title, lines):
    pdf.set_fill_color(*DARK)
    pdf.rect(x, y, w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(x + 6, y + 3)
    pdf.cell(w - 12, 10, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y + 16, w, 14 * len(lines) + 8)
    for i, ln in enumerate(lines):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9.5)
        pdf.set_xy(x + 6, y + 21 + 14 * i)
        pdf.cell(w - 12, 12, ln)

block(L, 140, 250, "VENDOR", ["Granite Peak Manufacturing LLC", "Attn: Dana Whitfield, Sales",
                             "880 Foundry Way", "Salt Lake City, UT 84104", "dwhitfield@granitepeakmfg.com"])
block(R - 250, 140, 250, "SHIP TO", ["Cascadia Outdoor Gear Co.", "Distribution Center - Dock 4",
                                    "14801 N Lombard St", "Portland, OR 97203", "Receiving: (503) 555-0192"])

# terms grid
y = 250
cols = [("REQUISITIONER", "M. Okafor", 86), ("SHIP VIA", "LTL - Best way", 86), ("F.O.B.", "Destination", 80),
        ("PAYMENT TERMS", "Net 45", 80), ("VENDOR NO.", "V-2208", 70), ("REQUIRED BY", "03/14/2025", R - L - 402)]
x = L
for k, v, w in cols:
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(x, y, w, 14, style="DF")
    pdf.rect(x, y + 14, w, 18)
    pdf.set_font("Helvetica", "B", 7)
    pdf.set_xy(x, y + 3)
    pdf.cell(w, 9, k, align="C")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_xy(x, y + 18)
    pdf.cell(w, 11, v, align="C")
    x += w

# lines
y = 300
head = [("ITEM #", 70, "L"), ("DESCRIPTION", 210, "L"), ("QTY", 50, "R"), ("UOM", 40, "C"),
        ("UNIT PRICE", 75, "R"), ("TOTAL", R - L - 445, "R")]
rows = [
    ("RL28-SLT", "Ridgeline 28L Daypack - Slate", "400", "EA", "38.50", "15,400.00"),
    ("RL28-MOS", "Ridgeline 28L Daypack - Moss", "320", "EA", "38.50", "12,320.00"),
    ("TL45-CHR", "Talus 45L Trekking Pack - Charcoal", "180", "EA", "72.25", "13,005.00"),
    ("HBP-01", "Hip Belt Pouch, 1.5L", "600", "EA", "6.40", "3,840.00"),
    ("RC-M", "Pack Rain Cover, size M", "340", "EA", "4.95", "1,683.00"),
]
pdf.set_fill_color(*ORANGE)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 8)
pdf.set_xy(L, y)
for h, w, a in head:
    pdf.cell(w, 18, h, border=1, align=a, fill=True)
pdf.set_text_color(0, 0, 0)
y += 18
pdf.set_font("Helvetica", "", 9.5)
for r in rows:
    pdf.set_xy(L, y)
    for (h, w, a), v in zip(head, r):
        pdf.cell(w, 20, v, border="LR", align=a)
    y += 20
for _ in range(3):
    pdf.set_xy(L, y)
    for h, w, a in head:
        pdf.cell(w, 20, "", border="LR")
    y += 20
pdf.line(L, y, R, y)

# totals
ty = y + 8
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(L, ty)
pdf.multi_cell(280, 12, "Comments or special instructions:\n"
               "Cartons max. 40 lb, labelled with PO number and SKU. Advance ship notice required 48 h before "
               "delivery. Resale certificate OR-RC-771402 on file.\n\nTotal units ordered: 1,840", border=1, align="L")
def trow(k, v, bold=False):
    global ty
    pdf.set_font("Helvetica", "B" if bold else "", 10 if bold else 9.5)
    if bold:
        pdf.set_fill_color(*DARK); pdf.set_text_color(255, 255, 255)
    pdf.set_xy(400, ty)
    pdf.cell(90, 18, k, border=1, fill=bold)
    pdf.cell(R - 490, 18, v, border=1, align="R", fill=bold)
    pdf.set_text_color(0, 0, 0)
    ty += 18
trow("SUBTOTAL", "46,248.00")
trow("FREIGHT", "0.00")
trow("SALES TAX", "Exempt")
trow("TOTAL (USD)", "$46,248.00", bold=True)

# signature
y = ty + 60
pdf.line(L, y, L + 200, y)
pdf.line(350, y, R, y)
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(L, y + 3); pdf.cell(200, 10, "Authorized by: Teresa Lindqvist, Purchasing Manager")
pdf.set_xy(350, y + 3); pdf.cell(R - 350, 10, "Date")
pdf.set_font("Helvetica", "I", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(L, 730)
pdf.multi_cell(R - L, 10, "Please send two copies of your invoice referencing this P.O. number to ap@cascadiaoutdoor.com. "
               "This order is subject to Cascadia Outdoor Gear Co. Standard Terms of Purchase (rev. 2024-03), available on request.",
               align="C")
pdf.output(out)
