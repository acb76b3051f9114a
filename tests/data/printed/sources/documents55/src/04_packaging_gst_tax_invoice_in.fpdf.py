"""Corrugated-packaging manufacturer's GST tax invoice (India, Pune -> Mumbai, both Maharashtra, so CGST + SGST):
supplier and recipient blocks side by side with GSTINs and state code, invoice meta (number, date, place of supply,
PO), items with HSN codes, taxable value, CGST 9 % and SGST 9 %, total in Indian digit grouping with the amount in
words, bank details and a declaration footer. fpdf2, DejaVu Sans Condensed.
Usage: python3 04_packaging_gst_tax_invoice_in.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("3-ply corrugated box 400x300x250 mm", "4819", 12000, D("14.50")),
        ("5-ply corrugated box 600x400x400 mm", "4819", 8000, D("9.75")),
        ("Printing plates and die charges", "9989", 1, D("4500.00"))]
LINES = [(d, h, q, r, q * r) for d, h, q, r in ROWS]
SUB = sum(x[4] for x in LINES)
CGST = (SUB * D("0.09")).quantize(D("0.01"), ROUND_HALF_UP)
SGST = CGST
TOT = SUB + CGST + SGST
assert (SUB, CGST, TOT) == (D("256500.00"), D("23085.00"), D("302670.00"))


def inr(x):
    s = f"{x:.2f}"
    ip, dp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        g = []
        while len(head) > 2:
            g.insert(0, head[-2:])
            head = head[:-2]
        g.insert(0, head)
        ip = ",".join(g) + "," + tail
    return ip + "." + dp


F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Tax Invoice SPS/25-26/1472")
pdf.add_page()
C = (0, 84, 147)


def t(x, y, s, size=8.5, style="", w=0, align="L", color=(30, 30, 30), h=4.6):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 12, "SAHYADRI PACKAGING", 18, "B", color=C, h=8)
t(15, 20, "Corrugated boxes · Printed cartons · Chakan MIDC, Pune", 8, color=(90, 90, 90))
t(120, 12, "TAX INVOICE", 16, "B", w=75, align="R", h=8)
t(120, 20, "Original for Recipient", 8, w=75, align="R", color=(90, 90, 90))
pdf.set_draw_color(*C)
pdf.set_line_width(0.6)
pdf.line(15, 27, 195, 27)
pdf.set_line_width(0.2)
pdf.rect(15, 31, 88, 36)
pdf.rect(107, 31, 88, 36)
sup = ["Supplier", "Sahyadri Packaging Solutions Pvt. Ltd.", "Plot B-42, Chakan MIDC Phase II", "Pune 410501, Maharashtra",
       "GSTIN: 27AAECS4821K1Z6", "State: Maharashtra, Code 27"]
rec = ["Recipient (Bill to / Ship to)", "Mahalaxmi Foods Private Limited", "Unit 7, Marol Industrial Area, Andheri East",
       "Mumbai 400093, Maharashtra", "GSTIN: 27AADCM7390P1ZP", "State: Maharashtra, Code 27"]
for i, (a, b) in enumerate(zip(sup, rec)):
    st = "B" if i < 2 else ""
    t(17, 33 + i * 5.4, a, 8.5, st, color=C if i == 0 else (30, 30, 30))
    t(109, 33 + i * 5.4, b, 8.5, st, color=C if i == 0 else (30, 30, 30))
meta = [("Invoice No.", "SPS/25-26/1472"), ("Invoice Date", "14-03-2026"), ("Place of Supply", "Maharashtra (27)"),
        ("Buyer's PO No.", "MFPL/PO/2026/0391"), ("Due Date", "13-04-2026")]
x = 15
for k, v in meta:
    t(x, 71, k, 7, color=(90, 90, 90), w=36)
    t(x, 75.5, v, 8.5, "B", w=36)
    x += 36
pdf.set_fill_color(*C)
y = 86
cols = [("#", 8, "L"), ("Description of goods / services", 78, "L"), ("HSN/SAC", 20, "C"), ("Qty", 18, "R"),
        ("Rate", 22, "R"), ("Taxable value", 34, "R")]
x = 15
for h, w, a in cols:
    pdf.set_xy(x, y)
    pdf.set_font("DC", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(w, 6, h, align=a, fill=True)
    x += w
y += 7
for i, (d, h, q, r, a) in enumerate(LINES, 1):
    vals = [str(i), d, h, f"{q:,}" if q > 1 else "1", inr(r), inr(a)]
    x = 15
    for (hh, w, al), v in zip(cols, vals):
        t(x, y, v, 8.5, w=w, align=al)
        x += w
    y += 6
pdf.line(15, y + 1, 195, y + 1)
y += 5
for k, v, st in [("Total taxable value", inr(SUB), ""), ("CGST @ 9%", inr(CGST), ""), ("SGST @ 9%", inr(SGST), ""),
                 ("Invoice Total (₹)", inr(TOT), "B")]:
    t(110, y, k, 9, st, w=45)
    t(155, y, v, 9, st, w=40, align="R")
    y += 6
pdf.rect(108, y - 25, 87, 25)
y += 4
t(15, y, "Amount in words: Indian Rupees Three Lakh Two Thousand Six Hundred Seventy Only", 8.5, "B")
y += 10
for s in ["Bank: HDFC Bank Ltd., Chakan branch · A/c No. 50200018473926 · IFSC HDFC0001847",
          "Payment terms: 30 days from invoice date. Interest @ 18% p.a. on overdue amounts.",
          "Tax payable on reverse charge: No"]:
    t(15, y, s, 8.5)
    y += 5.5
t(130, 250, "For Sahyadri Packaging Solutions Pvt. Ltd.", 8.5, w=65, align="R")
t(130, 266, "Authorised Signatory", 8.5, w=65, align="R")
t(15, 280, "Regd. office: Plot B-42, Chakan MIDC Phase II, Pune 410501 · CIN U21012PN2014PTC184726 · "
    "Subject to Pune jurisdiction", 7, color=(110, 110, 110))
pdf.output(sys.argv[1])
