"""Indian GST "Tax Invoice" as the common Indian accounting package prints it (India, Bengaluru steel trader), English:
the boxed grid layout with the seller block (legal name, address, GSTIN/UIN, State Name, Code) on the left and the
document cells on the right (Invoice No., Dated, Delivery Note, Mode/Terms of Payment, Buyer's Order No., Dated,
Dispatch Doc No., Dispatched through, Destination, Terms of Delivery), consignee and buyer blocks with GSTIN, the item
table with HSN/SAC, quantity, rate, per, amount, CGST 9 % and SGST 9 % lines (intra-state supply), the total, the amount
chargeable in words, the HSN/SAC tax summary, the tax amount in words, bank details, declaration and signature.
Indian digit grouping (1,65,495.00), dates "12-Mar-2026". fpdf2, DejaVu Sans / Condensed.
Usage: python3 20_gst_tax_invoice_steel_in.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def inr(x):
    s = f"{x:.2f}"
    ip, dp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    return ip + "." + dp


LINES = [("M.S. Angle 50 x 50 x 5 mm (IS 2062 E250)", "7216", D("1250"), "kg", D("62.40")),
         ("M.S. Plate 6 mm (IS 2062 E250 BR)", "7208", D("840"), "kg", D("68.75")),
         ("Transportation charges (Peenya to Hosur Road)", "9965", D("1"), "trip", D("4500.00"))]
TAXABLE = sum(q(n * p) for _, _, n, _, p in LINES)
CGST = q(TAXABLE * D("0.09"))
SGST = CGST
TOTAL = TAXABLE + CGST + SGST
assert (TAXABLE, CGST, TOTAL) == (D("140250.00"), D("12622.50"), D("165495.00"))

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("Tax Invoice KSE/25-26/1184")
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L, W = 10, 190
pdf.set_font("DV", "B", 12)
pdf.set_xy(L, 8)
pdf.cell(W, 6, "Tax Invoice", align="C")
pdf.set_font("DC", "", 6.5)
pdf.set_xy(L, 8)
pdf.cell(W, 6, "(ORIGINAL FOR RECIPIENT)", align="R")
y0 = 15
pdf.set_line_width(0.25)
pdf.rect(L, y0, W, 272)


def txt(x, y, s, size=7.5, style="", font="DC", w=0, align="L"):
    pdf.set_font(font, style, size)
    pdf.set_xy(x, y)
    pdf.cell(w, 3.8, s, align=align)


# seller block (left) and document cells (right)
half = L + 95
pdf.line(half, y0, half, y0 + 96)
txt(L + 1.5, y0 + 1, "Kaveri Steel Enterprises Pvt. Ltd.", 8.5, "B")
for i, s in enumerate(["No. 41, 3rd Cross, Peenya Industrial Area Phase II", "Bengaluru - 560058",
                       "GSTIN/UIN: 29AAHCK4183L1ZY", "State Name : Karnataka, Code : 29",
                       "E-Mail : accounts@kaveristeel.example"]):
    txt(L + 1.5, y0 + 5.5 + i * 3.7, s)
cells = [("Invoice No.", "KSE/25-26/1184", "Dated", "12-Mar-2026"),
         ("Delivery Note", "DN-2611", "Mode/Terms of Payment", "30 Days"),
         ("Reference No. & Date.", "", "Other References", ""),
         ("Buyer's Order No.", "SPL/PO/25-26/0391", "Dated", "02-Mar-2026"),
         ("Dispatch Doc No.", "LR 77184", "Delivery Note Date", "11-Mar-2026"),
         ("Dispatched through", "Own vehicle KA-02-AF-4183", "Destination", "Hosur Road"),
         ]
ch = 10
for i, (k1, v1, k2, v2) in enumerate(cells):
    y = y0 + i * ch
    pdf.line(half, y + ch, L + W, y + ch)
    pdf.line(half + 47.5, y, half + 47.5, y + ch)
    txt(half + 1, y + 0.8, k1, 6.5)
    txt(half + 1, y + 4.8, v1, 8, "B")
    txt(half + 48.5, y + 0.8, k2, 6.5)
    txt(half + 48.5, y + 4.8, v2, 8, "B")
txt(half + 1, y0 + 6 * ch + 0.8, "Terms of Delivery", 6.5)
txt(half + 1, y0 + 6 * ch + 4.8, "Door delivery, unloading by buyer", 7.5)
pdf.line(L, y0 + 32, half, y0 + 32)
txt(L + 1.5, y0 + 33, "Consignee (Ship to)", 6.5)
for i, s in enumerate(["Sundaram Precision Fabricators LLP - Unit 2", "Plot 18, Bommasandra Industrial Area, Hosur Road",
                       "Bengaluru - 560099", "GSTIN/UIN : 29AABCS7291M1ZN", "State Name : Karnataka, Code : 29"]):
    txt(L + 1.5, y0 + 37 + i * 3.7, s, 7.5, "B" if i == 0 else "")
pdf.line(L, y0 + 60, half, y0 + 60)
txt(L + 1.5, y0 + 61, "Buyer (Bill to)", 6.5)
for i, s in enumerate(["Sundaram Precision Fabricators LLP", "No. 7, 2nd Main, Electronic City Phase I",
                       "Bengaluru - 560100", "GSTIN/UIN : 29AABCS7291M1ZN", "State Name : Karnataka, Code : 29",
                       "Place of Supply : Karnataka"]):
    txt(L + 1.5, y0 + 65 + i * 3.7, s, 7.5, "B" if i == 0 else "")
# item table
yt = y0 + 96
pdf.line(L, yt, L + W, yt)
cols = [(L, 8, "Sl No."), (L + 8, 76, "Description of Goods"), (L + 84, 18, "HSN/SAC"), (L + 102, 24, "Quantity"),
        (L + 126, 20, "Rate"), (L + 146, 10, "per"), (L + 156, 34, "Amount")]
for x, w, h in cols:
    txt(x, yt + 1, h, 6.8, "B", w=w, align="C")
    if x > L:
        pdf.line(x, yt, x, yt + 90)
pdf.line(L, yt + 6, L + W, yt + 6)
y = yt + 8
for i, (d, hsn, n, unit, p) in enumerate(LINES, 1):
    txt(L, y, str(i), 7.5, w=8, align="C")
    txt(L + 9, y, d, 7.5, "B")
    txt(L + 84, y, hsn, 7.5, w=18, align="C")
    txt(L + 102, y, f"{inr(n)[:-3]} {unit}", 7.5, "B", w=23, align="R")
    txt(L + 126, y, inr(p), 7.5, w=19, align="R")
    txt(L + 146, y, unit, 7.5, w=10, align="C")
    txt(L + 156, y, inr(q(n * p)), 7.5, "B", w=33, align="R")
    y += 6
txt(L + 156, y, "-" * 18, 7, w=33, align="R")
txt(L + 156, y + 3.5, inr(TAXABLE), 7.5, w=33, align="R")
txt(L + 40, y + 9, "CGST @ 9%", 7.5, "B", w=40, align="R")
txt(L + 126, y + 9, "9", 7.5, w=19, align="R")
txt(L + 146, y + 9, "%", 7.5, w=10, align="C")
txt(L + 156, y + 9, inr(CGST), 7.5, "B", w=33, align="R")
txt(L + 40, y + 14, "SGST @ 9%", 7.5, "B", w=40, align="R")
txt(L + 126, y + 14, "9", 7.5, w=19, align="R")
txt(L + 146, y + 14, "%", 7.5, w=10, align="C")
txt(L + 156, y + 14, inr(SGST), 7.5, "B", w=33, align="R")
pdf.line(L, yt + 84, L + W, yt + 84)
txt(L + 9, yt + 85, "Total", 8, "B", w=74, align="R")
txt(L + 102, yt + 85, "2,090 kg", 8, "B", w=23, align="R")
txt(L + 156, yt + 85, "₹ " + inr(TOTAL), 8.5, "B", font="DV", w=33, align="R")
pdf.line(L, yt + 90, L + W, yt + 90)
ya = yt + 91
txt(L + 1.5, ya, "Amount Chargeable (in words)", 6.5)
txt(L + 1.5, ya, "E. & O.E", 6.5, w=W - 3, align="R")
txt(L + 1.5, ya + 3.8, "Indian Rupees One Lakh Sixty Five Thousand Four Hundred Ninety Five Only", 8, "B")
# HSN summary
yh = ya + 10
pdf.line(L, yh, L + W, yh)
hc = [(L, 40, "HSN/SAC"), (L + 40, 36, "Taxable Value"), (L + 76, 14, "CGST Rate"), (L + 90, 26, "CGST Amount"),
      (L + 116, 14, "SGST Rate"), (L + 130, 26, "SGST Amount"), (L + 156, 34, "Total Tax Amount")]
for x, w, h in hc:
    txt(x, yh + 1, h, 6.5, "B", w=w, align="C")
    if x > L:
        pdf.line(x, yh, x, yh + 31)
pdf.line(L, yh + 6, L + W, yh + 6)
yy = yh + 7
for hsn in ("7216", "7208", "9965"):
    tv = sum(q(n * p) for _, h, n, _, p in LINES if h == hsn)
    tx = q(tv * D("0.09"))
    vals = [hsn, inr(tv), "9%", inr(tx), "9%", inr(tx), inr(tx * 2)]
    for (x, w, _), v in zip(hc, vals):
        txt(x + 1, yy, v, 7.2, w=w - 2, align="L" if x == L else "R")
    yy += 4.5
pdf.line(L, yh + 25, L + W, yh + 25)
vals = ["Total", inr(TAXABLE), "", inr(CGST), "", inr(SGST), inr(CGST + SGST)]
for (x, w, _), v in zip(hc, vals):
    txt(x + 1, yh + 26, v, 7.2, "B", w=w - 2, align="L" if x == L else "R")
pdf.line(L, yh + 31, L + W, yh + 31)
yw = yh + 32
txt(L + 1.5, yw, "Tax Amount (in words) :  Indian Rupees Twenty Five Thousand Two Hundred Forty Five Only", 7.5, "B")
txt(L + 1.5, yw + 6, "Company's PAN : AAHCK4183L", 7.5)
txt(L + 100, yw + 6, "Company's Bank Details", 7.5, "B")
txt(L + 100, yw + 10, "Bank Name : Cauvery Co-operative Bank Ltd.", 7.5)
txt(L + 100, yw + 14, "A/c No. : 418300100018472", 7.5)
txt(L + 100, yw + 18, "Branch & IFS Code : Peenya & CCBL0000418", 7.5)
txt(L + 1.5, yw + 14, "Declaration", 6.8, "B")
pdf.set_font("DC", "", 6.8)
pdf.set_xy(L + 1.5, yw + 18)
pdf.multi_cell(92, 3.3, "We declare that this invoice shows the actual price of the goods described and that all "
               "particulars are true and correct.")
pdf.line(L + 98, yw + 24, L + W, yw + 24)
txt(L + 100, yw + 25, "for Kaveri Steel Enterprises Pvt. Ltd.", 7.5, "B", w=88, align="R")
txt(L + 100, yw + 38, "Authorised Signatory", 7, w=88, align="R")
txt(L, 288, "SUBJECT TO BENGALURU JURISDICTION", 6.5, w=W, align="C")
txt(L, 291.5, "This is a Computer Generated Invoice", 6.5, w=W, align="C")
pdf.output(sys.argv[1])
