"""Signage maker's tax invoice (New Zealand, Christchurch -> Wellington), English: big letter-spaced logo text drawn
as separate letters, label block top right, bill-to, items, subtotal excl. GST, GST 15 %, total NZD, direct-credit
details and a footer with the NZBN / GST number. fpdf2, Liberation Sans.
Usage: python3 17_signs_tax_invoice_nz.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("Illuminated fascia sign 3.6 m, aluminium tray, LED", 2, D("1450.00")),
        ("Window vinyl graphics, frosted with cut lettering", 1, D("680.00")),
        ("Installation labour, two installers (hours)", 4, D("95.00"))]
SUB = sum(q * r for _, q, r in ROWS)
GST = (SUB * D("0.15")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + GST
assert (SUB, GST, TOT) == (D("3960.00"), D("594.00"), D("4554.00"))
L = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("LS", "", L + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", L + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Tax Invoice KS-3391")
pdf.add_page()
TEAL = (0, 110, 110)


def t(x, y, s, size=9, style="", w=0, align="L", color=(30, 30, 30), h=5):
    pdf.set_xy(x, y)
    pdf.set_font("LS", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


x = 18
for ch in "KŌWHAI":
    t(x, 14, ch, 26, "B", color=TEAL, h=11)
    x += 11
t(18, 26, "S I G N S   &   G R A P H I C S", 8, color=(100, 100, 100))
t(120, 13, "TAX INVOICE", 15, "B", w=72, align="R")
for i, (k, v) in enumerate([("Invoice number", "KS-3391"), ("Invoice date", "12 March 2026"), ("Due date", "20 April 2026"),
                            ("Purchase order", "HP-0318"), ("GST number", "118-374-290")]):
    t(120, 22 + i * 5, k, 8.5, w=38, align="R", color=(100, 100, 100))
    t(160, 22 + i * 5, v, 8.5, "B", w=32, align="R")
t(18, 52, "BILL TO", 7.5, "B", color=TEAL)
for i, s in enumerate(["Harbourside Physio Limited", "Level 2, 15 Customhouse Quay", "Wellington 6011"]):
    t(18, 57 + i * 5, s, 9)
y = 80
pdf.set_fill_color(*TEAL)
pdf.set_xy(18, y)
pdf.set_font("LS", "B", 8.5)
pdf.set_text_color(255, 255, 255)
for h, w, a in [("Description", 100, "L"), ("Qty", 15, "R"), ("Unit price", 27, "R"), ("Amount", 32, "R")]:
    pdf.cell(w, 6.5, h, align=a, fill=True)
y += 9
for d, q, r in ROWS:
    t(18, y, d, 9, w=100)
    t(118, y, str(q), 9, w=15, align="R")
    t(133, y, f"{r:,.2f}", 9, w=27, align="R")
    t(160, y, f"{q * r:,.2f}", 9, w=32, align="R")
    y += 6.5
pdf.set_draw_color(*TEAL)
pdf.line(18, y + 1, 192, y + 1)
y += 5
for k, v, st in [("Subtotal (excl. GST)", f"{SUB:,.2f}", ""), ("GST 15%", f"{GST:,.2f}", ""),
                 ("Total NZD (incl. GST)", f"${TOT:,.2f}", "B")]:
    t(118, y, k, 9.5, st, w=42)
    t(160, y, v, 9.5, st, w=32, align="R")
    y += 6.5
y += 10
for s in ["Please pay by direct credit to Kōwhai Signs Limited, ANZ 01-0802-0473918-00,",
          "using the invoice number KS-3391 as the reference. Terms: 20th of the month following invoice."]:
    t(18, y, s, 9)
    y += 5.5
t(18, 280, "Kōwhai Signs Limited · 44 Parkhouse Road, Sockburn, Christchurch 8042 · NZBN 9429048173925 · "
    "GST 118-374-290", 7.5, color=(110, 110, 110))
pdf.output(sys.argv[1])
