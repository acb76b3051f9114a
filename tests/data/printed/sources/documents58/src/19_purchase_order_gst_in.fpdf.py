"""Purchase order with GST (India, Chakan / Pune auto-component maker -> Kolhapur foundry, intra-state so CGST 9 % +
SGST 9 %), English, in the classic Indian grid: buyer header with GSTIN / CIN, "PURCHASE ORDER" title, a two-column
grid (supplier with GSTIN and state code on the left; PO no., PO date, quotation reference, delivery date, payment
terms, delivery terms on the right), ship-to / bill-to, the item table with HSN codes, qty, rate, taxable value and
the GST columns, totals in Indian digit grouping (lakh), amount in words, terms and conditions, authorised signatory.
Dates dd-mm-yyyy. fpdf2, DejaVu Sans Condensed (rupee sign).
Usage: python3 19_purchase_order_gst_in.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def inr(x):
    """Indian grouping: 15,90,404.00"""
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


ITEMS = [("Grey iron casting - brake drum housing BDH-220, machined (drg. SAC-D-2201 rev C)", "7325", 1200, "Nos", D("486.50")),
         ("Grey iron casting - flywheel housing FH-318, fettled & shot blasted", "7325", 400, "Nos", D("1245.00")),
         ("SG iron casting - bearing cap BC-42, grade 500/7", "7325", 2500, "Nos", D("92.40")),
         ("Pattern modification (core box, BDH-220) - one time", "8480", 1, "Lot", D("35000.00"))]
TAXABLE = sum(q(qty * r) for _, _, qty, _, r in ITEMS)
CGST = q(TAXABLE * D("0.09"))
SGST = q(TAXABLE * D("0.09"))
TOTAL = TAXABLE + CGST + SGST
assert (TAXABLE, CGST, TOTAL) == (D("1347800.00"), D("121302.00"), D("1590404.00")), (TAXABLE, CGST, TOTAL)

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Purchase Order SAC/PO/25-26/01873")
pdf.add_page()
pdf.set_line_width(0.3)
X0, X1 = 10, 200
W = X1 - X0


def t(x, y, s, size=8, style="", w=0, align="L", h=4):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.cell(w, h, s, align=align)


pdf.rect(X0, 10, W, 270)
t(X0, 12, "SAHYADRI AUTO COMPONENTS PVT. LTD.", 14, "B", w=W, align="C", h=6)
t(X0, 18.5, "Plot No. B-41, MIDC Chakan Phase II, Khed, Pune, Maharashtra 410501  ·  Tel. +91 2135 618 470", 7.6, w=W, align="C")
t(X0, 22.3, "GSTIN 27AAECS4718K1Z2  ·  CIN U34300PN2011PTC141873  ·  purchase@sahyadriauto.example", 7.6, w=W, align="C")
pdf.line(X0, 27, X1, 27)
t(X0, 28, "PURCHASE ORDER", 12, "B", w=W, align="C", h=6)
pdf.line(X0, 34.5, X1, 34.5)
# grid
mid = X0 + 98
pdf.line(mid, 34.5, mid, 86)
t(X0 + 2, 36, "Supplier (Vendor):", 7.4, "B")
sup = ["Shree Ganesh Castings", "Gat No. 318, Shiroli MIDC, Kolhapur, Maharashtra 416122", "GSTIN 27ABNFS8163P1Z4",
       "State: Maharashtra, Code 27  ·  Vendor code V-2041", "Contact: Mr. Sandeep Patil, +91 98220 41873"]
for i, s in enumerate(sup):
    t(X0 + 2, 40.5 + i * 4.3, s, 9 if i == 0 else 7.8, "B" if i == 0 else "")
right = [("PO No.", "SAC/PO/25-26/01873"), ("PO Date", "12-03-2026"), ("Quotation Ref.", "SGC/Q/2526/418 dt. 04-03-2026"),
         ("Delivery Date", "02-04-2026"), ("Payment Terms", "60 days from date of GRN"),
         ("Delivery Terms", "Door delivery, freight inclusive"), ("Indent / Dept.", "IND-2603-114 / Machine Shop")]
for i, (lab, val) in enumerate(right):
    y = 34.5 + i * 7.35
    if i:
        pdf.line(mid, y, X1, y)
    t(mid + 2, y + 1.6, lab, 7.4)
    t(mid + 30, y + 1.4, val, 8.4, "B")
pdf.line(X0, 64, mid, 64)
t(X0 + 2, 65.5, "Ship to / Bill to:", 7.4, "B")
for i, s in enumerate(["Sahyadri Auto Components Pvt. Ltd. - Stores (Gate 2)", "Plot No. B-41, MIDC Chakan Phase II, Pune 410501",
                       "GSTIN 27AAECS4718K1Z2  ·  State code 27"]):
    t(X0 + 2, 70 + i * 4.3, s, 7.8)
pdf.line(X0, 86, X1, 86)
# items
cols = [("Sr.", 8, "C"), ("Description of goods", 72, "L"), ("HSN", 13, "C"), ("Qty", 14, "R"), ("Unit", 10, "C"),
        ("Rate (₹)", 19, "R"), ("Taxable value (₹)", 26, "R"), ("GST %", 28, "C")]
y = 86
x = X0
for h, w, a in cols:
    t(x + 0.8, y + 1.5, h, 7.4, "B", w=w - 1.6, align=a)
    x += w
    if x < X1:
        pdf.line(x, 86, x, 150)
y += 7
pdf.line(X0, y, X1, y)
for i, (desc, hsn, qty, unit, rate) in enumerate(ITEMS, 1):
    amt = q(qty * rate)
    vals = [str(i), desc, hsn, f"{qty:,}", unit, inr(rate), inr(amt), "CGST 9 + SGST 9"]
    x = X0
    for (h, w, a), v in zip(cols, vals):
        if h == "Description of goods":
            pdf.set_xy(x + 0.8, y + 1.2)
            pdf.set_font("DC", "", 7.6)
            pdf.multi_cell(w - 1.6, 3.6, v, align="L")
        else:
            t(x + 0.8, y + 1.3, v, 7.6, w=w - 1.6, align=a)
        x += w
    y += 10.5
pdf.line(X0, 150, X1, 150)
# totals
tx = X0 + 98
rows = [("Total taxable value", inr(TAXABLE), ""), ("CGST @ 9%", inr(CGST), ""), ("SGST @ 9%", inr(SGST), ""),
        ("IGST", "0.00", ""), ("Grand Total (₹)", inr(TOTAL), "B")]
for i, (lab, val, b) in enumerate(rows):
    y = 150 + i * 6.3
    pdf.line(tx, y + 6.3, X1, y + 6.3)
    t(tx + 2, y + 1.4, lab, 8.2 if not b else 9, b)
    t(X1 - 45, y + 1.3, val, 8.6 if not b else 9.6, b, w=43, align="R")
pdf.line(tx, 150, tx, 181.5)
t(X0 + 2, 152, "Total quantity: 4,101 (Nos / Lot)", 7.6)
t(X0 + 2, 157, "Tax is payable on forward charge.", 7.6)
t(X0 + 2, 162, "Place of supply: Maharashtra (27) - intra-state supply", 7.6)
pdf.line(X0, 181.5, X1, 181.5)
t(X0 + 2, 183, "Amount in words:", 7.4, "B")
t(X0 + 28, 183, "Rupees Fifteen Lakh Ninety Thousand Four Hundred Four Only", 8.4, "B")
pdf.line(X0, 188.5, X1, 188.5)
t(X0 + 2, 190, "Terms and conditions:", 7.6, "B")
terms = ["1. Please quote our PO number and item code on your tax invoice, delivery challan and e-way bill.",
         "2. Material must conform to drawing and PPAP level 3; a material test certificate (MTC) must accompany each lot.",
         "3. Rejections at incoming inspection will be returned at your cost and debited against your account.",
         "4. Delivery schedule is the essence of this order; delay beyond 7 days attracts LD of 0.5 % per week, max. 5 %.",
         "5. Invoices must show GSTIN of both parties and HSN; e-invoice IRN is mandatory as per your turnover.",
         "6. Payment: 60 days from date of GRN by RTGS/NEFT, subject to TDS under section 194Q where applicable.",
         "7. Subject to Pune jurisdiction."]
for i, s in enumerate(terms):
    t(X0 + 2, 195 + i * 4.2, s, 7.2)
pdf.line(X0, 226, X1, 226)
t(X0 + 2, 228, "Prepared by: R. Kulkarni (Purchase)", 7.6)
t(X0 + 2, 232.5, "Checked by: S. Deshpande (Stores)", 7.6)
t(X1 - 80, 228, "For SAHYADRI AUTO COMPONENTS PVT. LTD.", 8, "B", w=78, align="R")
t(X1 - 80, 250, "Authorised Signatory", 8, w=78, align="R")
t(X1 - 80, 254, "(Vikram Joshi, Head - Supply Chain)", 7.4, w=78, align="R")
t(X0 + 2, 250, "Supplier acceptance (sign & stamp):", 7.6)
t(X0, 274, "This is a computer generated purchase order. Page 1 of 1.", 6.8, w=W, align="C")
pdf.output(sys.argv[1])
