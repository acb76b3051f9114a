#!/usr/bin/env python3
"""VAT Invoice (Ghana) -- vendor named only in the logo-like letterhead, TIN (C00…), Ghana Card PIN of the contact,
NHIL 2.5 % + GETFund levy 2.5 % + VAT 15 % on the taxable value (2026 regime, no COVID-19 levy), GH₵.
ReportLab canvas with embedded TTF fonts (DejaVu Sans, DejaVu Serif)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s64_20.pdf"
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SRB", D + "DejaVuSerif-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("VAT Invoice APP-VI-26-0418")
W, H = A4
L, R = 18 * mm, W - 18 * mm


def t(x, y, s, f="DV", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# logo-like letterhead: a coloured band with the name, nothing else names the vendor
c.setFillColorRGB(0.55, 0.12, 0.08)
c.rect(0, H - 34 * mm, W, 34 * mm, fill=1, stroke=0)
c.setFillColorRGB(0.98, 0.78, 0.1)
c.circle(L + 9 * mm, H - 17 * mm, 9 * mm, fill=1, stroke=0)
c.setFillColorRGB(0.55, 0.12, 0.08)
t(L + 9 * mm, H - 20 * mm, "AP", "SRB", 15, "c")
c.setFillColorRGB(1, 1, 1)
t(L + 22 * mm, H - 16 * mm, "Asante Packaging & Print Ltd", "SRB", 16)
t(L + 22 * mm, H - 23 * mm, "Corrugated cartons · Labels · Flexible packaging", "DV", 8.5)
t(R, H - 13 * mm, "Plot 18, Ahensan Industrial Area", "DV", 7.8, "r")
t(R, H - 17 * mm, "P.O. Box KS 4182, Kumasi, Ghana", "DV", 7.8, "r")
t(R, H - 21 * mm, "+233 32 202 4182 · accounts@asantepack.com.gh", "DV", 7.8, "r")
t(R, H - 25 * mm, "TIN: C0001827367 · Inc. 09/05/2011", "DV", 7.8, "r")
c.setFillColorRGB(0, 0, 0)
y = H - 46 * mm
t(L, y, "VAT INVOICE", "DVB", 16)
t(R, y, "Original – Customer copy", "DV", 8.5, "r")
y -= 10 * mm
box_top = y + 4 * mm
c.setLineWidth(0.7)
c.rect(L, y - 26 * mm, 88 * mm, 30 * mm)
c.rect(L + 92 * mm, y - 26 * mm, R - L - 92 * mm, 30 * mm)
t(L + 3 * mm, y - 1 * mm, "INVOICE TO", "DVB", 7.5)
for i, s in enumerate(["Nordhavn Ghana Limited", "No. 7 Spintex Road, Accra", "TIN: C0002918374",
                       "Attn: Accounts Payable (Ghana Card GHA-718273645-2)"]):
    t(L + 3 * mm, y - (6 + 5 * i) * mm, s, "DVB" if i == 0 else "DV", 9 if i == 0 else 8.2)
info = [("Invoice No.", "APP-VI-26-0418"), ("Invoice Date", "17/03/2026"), ("Due Date", "16/04/2026"),
        ("Customer PO", "NGH-PO-2026-0152"), ("Delivery Date", "13/03/2026")]
for i, (k, v) in enumerate(info):
    t(L + 95 * mm, y - (1 + 5 * i) * mm, k, "DV", 8.4)
    t(R - 3 * mm, y - (1 + 5 * i) * mm, v, "DVB" if i < 3 else "DV", 8.8, "r")
y -= 36 * mm
cols = [("Item", 12), ("Description", 80), ("Qty", 20), ("Unit price (GH₵)", 28), ("Amount (GH₵)", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
rh = 7.2 * mm
c.setFillColorRGB(0.55, 0.12, 0.08)
c.rect(L, y - 2.4 * mm, R - L, rh, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
for i, (n, _) in enumerate(cols):
    t(xs[i] + 1.5 * mm, y, n, "DVB", 8)
c.setFillColorRGB(0, 0, 0)
rows = [("1", "Printed carton 3-ply, 400×300×250 mm", "5,000", "1.85", "9,250.00"),
        ("2", "Self-adhesive labels, roll of 1,000", "200", "24.50", "4,900.00"),
        ("3", "Cutting die and plate preparation", "1", "1,350.00", "1,350.00")]
for r in rows:
    y -= rh
    for i, v in enumerate(r):
        if i < 2:
            t(xs[i] + 1.5 * mm, y, v, size=8.6)
        else:
            t(xs[i + 1] - 1.5 * mm, y, v, size=8.6, align="r")
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.line(L, y - 2.4 * mm, R, y - 2.4 * mm)
c.setStrokeColorRGB(0, 0, 0)
y -= 12 * mm
for k, v, f in [("Taxable value", "15,500.00", "DV"), ("NHIL 2.5%", "387.50", "DV"),
                ("GETFund Levy 2.5%", "387.50", "DV"), ("VAT 15%", "2,325.00", "DV"),
                ("Total taxes and levies", "3,100.00", "DV"), ("TOTAL AMOUNT DUE (GH₵)", "18,600.00", "DVB")]:
    t(R - 42 * mm, y, k, f, 9.2, "r")
    t(R - 1.5 * mm, y, v, f, 9.2, "r")
    if k.startswith("TOTAL"):
        c.line(R - 95 * mm, y + 4.2 * mm, R, y + 4.2 * mm)
    y -= 5.8 * mm
y -= 4 * mm
t(L, y, "Amount in words: Eighteen thousand six hundred Ghana cedis only.", size=8.6)
y -= 5 * mm
t(L, y, "USD equivalent for reference: USD 1,698.63 (BoG rate 10.95).", size=8.2)
y -= 5 * mm
t(L, y, "Balance brought forward: GH₵ 7,440.00 (invoice APP-VI-26-0297 of 16/02/2026).", size=8.2)
y -= 5 * mm
t(L, y, "Bank: GCB Bank PLC, Adum Branch, A/C 1041 8273 6001 · MoMo merchant 418273", size=8.2)
y -= 9 * mm
t(L, y, "GRA E-VAT: SDC ID SDC-010418273 · Signature 7QKX-2M9P-41RT-8ZC3 · 17/03/2026 09:58", size=7.8)
y -= 22 * mm
t(L, y, "Prepared by: K. Owusu", size=9)
t(R, y, "Authorised signatory: ____________________", size=9, align="r")
c.showPage()
c.save()
