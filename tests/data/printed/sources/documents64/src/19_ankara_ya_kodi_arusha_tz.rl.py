#!/usr/bin/env python3
"""Ankara ya Kodi / Tax Invoice (Tanzania) -- Swahili and English labels, TIN and VRN, VAT 18 %, TZS, EFD receipt
details with the TRA verification code, USD equivalent. ReportLab canvas with the built-in Helvetica (not embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s64_19.pdf"
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Tax Invoice KSF/TI/26/0418")
W, H = A4
L, R = 17 * mm, W - 17 * mm


def t(x, y, s, f="Helvetica", size=9, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


y = H - 20 * mm
t(L, y, "KILIMANJARO STEEL FABRICATORS LIMITED", "Helvetica-Bold", 13.5)
y -= 5 * mm
t(L, y, "Plot 27, Njiro Industrial Area, P.O. Box 11827, Arusha, Tanzania  |  Simu / Tel: +255 27 254 1827", size=8.3)
y -= 4.3 * mm
t(L, y, "TIN: 109-418-273   VRN: 40-018273-K   BRELA Reg. No. 141827 (13/08/2012)", size=8.3)
c.setLineWidth(1.2)
c.line(L, y - 3 * mm, R, y - 3 * mm)
y -= 12 * mm
t(W / 2, y, "ANKARA YA KODI / TAX INVOICE", "Helvetica-Bold", 14, "c")
y -= 10 * mm
# two columns: customer left, invoice data right
lx, rx = L, W / 2 + 8 * mm
left = [("Mteja / Customer:", None), ("Nordhavn Tanzania Limited", "Helvetica-Bold"),
        ("Plot 18, Nyerere Road, Dar es Salaam", None), ("TIN ya Mteja / Customer TIN: 117-291-835", None),
        ("VRN ya Mteja / Customer VRN: 40-029183-Q", None)]
for i, (s, f) in enumerate(left):
    t(lx, y - i * 5 * mm, s, f or "Helvetica", 9)
right = [("Namba ya Ankara / Invoice No.:", "KSF/TI/26/0418"), ("Tarehe / Date:", "16/03/2026"),
         ("Tarehe ya Mwisho / Due Date:", "15/04/2026"), ("LPO No.:", "NTZ-LPO-26-0077"),
         ("Delivery Note:", "DN-0291 (13/03/2026)")]
for i, (k, v) in enumerate(right):
    t(rx, y - i * 5 * mm, k, size=8.6)
    t(R, y - i * 5 * mm, v, "Helvetica-Bold" if i < 3 else "Helvetica", 9, "r")
y -= 31 * mm
cols = [("Na.", 10), ("Maelezo / Description", 78), ("Idadi / Qty", 20), ("Bei / Unit Price", 28), ("Jumla / Amount", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
rh = 7 * mm
c.setFillColorRGB(0.86, 0.9, 0.95)
c.rect(L, y - 2.3 * mm, R - L, rh, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (n, _) in enumerate(cols):
    t(xs[i] + 1.5 * mm, y, n, "Helvetica-Bold", 8)
rows = [("1", "Steel roof truss, galvanised, 12 m span", "40", "48,500.00", "1,940,000.00"),
        ("2", "Mobile scaffold tower, 6 m, with castors", "6", "385,000.00", "2,310,000.00"),
        ("3", "Ufungaji / Installation at Kurasini site", "1", "650,000.00", "650,000.00")]
for r in rows:
    y -= rh
    for i, v in enumerate(r):
        if i < 2:
            t(xs[i] + 1.5 * mm, y, v, size=8.6)
        else:
            t(xs[i + 1] - 1.5 * mm, y, v, size=8.6, align="r")
top = y + 3 * rh - 2.3 * mm + rh
bot = y - 2.3 * mm
c.setLineWidth(0.5)
for x in xs:
    c.line(x, top, x, bot)
for k in range(5):
    c.line(L, top - k * rh, R, top - k * rh)
y = bot - 8 * mm
for k, v, f in [("Jumla bila VAT / Amount excl. VAT (TZS):", "4,900,000.00", "Helvetica"),
                ("VAT 18%:", "882,000.00", "Helvetica"),
                ("Jumla Kuu / Total Amount Payable (TZS):", "5,782,000.00", "Helvetica-Bold")]:
    t(R - 40 * mm, y, k, f, 9.3, "r")
    t(R - 1.5 * mm, y, v, f, 9.3, "r")
    y -= 6 * mm
y -= 3 * mm
t(L, y, "Kiasi kwa maneno / Amount in words: Shilingi milioni tano, laki saba themanini na mbili elfu tu.", size=8.6)
y -= 5 * mm
t(L, y, "For information: USD 2,232.43 at BoT rate 2,590.00 TZS/USD (16/03/2026).", size=8.3)
y -= 5 * mm
t(L, y, "Salio la awali / Previous balance: KSF/TI/26/0361 of 13/02/2026, TZS 3,127,600.00 (overdue).", size=8.3)
y -= 5 * mm
t(L, y, "Malipo / Payment: CRDB Bank PLC, Arusha Branch, A/C 0150 4182 7360 0, SWIFT CORUTZTZ.", size=8.3)
y -= 10 * mm
c.setLineWidth(0.8)
c.rect(L, y - 23 * mm, 95 * mm, 27 * mm)
ey = y
for s in ["EFD RISITI / RECEIPT", "Receipt No.: 4182   Z No.: 20260316/118", "Receipt date: 16/03/2026 11:42:07",
          "EFD Serial: 10TZ100418", "Receipt verification code: 4F8A2C91B3"]:
    t(L + 3 * mm, ey, s, "Helvetica-Bold" if s.startswith("EFD R") else "Helvetica", 8.2)
    ey -= 4.6 * mm
t(L + 100 * mm, y, "Verify at: https://verify.tra.go.tz/4F8A2C91B3_114207", size=7.8)
y -= 40 * mm
t(L, y, "Imetayarishwa na / Prepared by: A. Mushi", size=9)
t(R, y, "Imeidhinishwa na / Authorised: ____________________", size=9, align="r")
c.showPage()
c.save()
