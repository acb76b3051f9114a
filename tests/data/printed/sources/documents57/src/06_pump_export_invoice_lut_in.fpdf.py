"""Pump manufacturer's export invoice under LUT (India, Coimbatore -> Mombasa, Kenya), English: the classic Indian
export-invoice grid (exporter box, invoice no. / date, exporter's ref, IEC, buyer's order, consignee, buyer other than
consignee, pre-carriage / vessel / ports / final destination, country of origin and of final destination, terms of
delivery and payment), marks and packages, items with HSN codes in USD, FOB + freight + insurance = CIF, the INR
equivalent at the notified exchange rate, IGST nil "supply meant for export under LUT", the LUT ARN, amount in words
and a declaration. fpdf2, DejaVu Sans Condensed.
Usage: python3 06_pump_export_invoice_lut_in.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("Centrifugal monoblock pump 5 HP, 3-phase, 415 V", "8413 70 10", 40, "Nos", D("312.00")),
        ("Submersible borewell pump set 7.5 HP, 100 mm", "8413 70 10", 24, "Nos", D("468.50")),
        ("Spare impellers, bronze, for item 1", "8413 91 90", 200, "Nos", D("8.75"))]
FOB = sum(q * r for _, _, q, _, r in ROWS)
FRT, INS = D("1180.00"), D("46.00")
CIF = FOB + FRT + INS
RATE = D("86.45")
INR = (CIF * RATE).quantize(D("0.01"), ROUND_HALF_UP)
assert (FOB, CIF, INR) == (D("25474.00"), D("26700.00"), D("2308215.00"))


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
pdf.set_title("Export Invoice CPW/EXP/25-26/0214")
pdf.add_page()
pdf.set_line_width(0.3)
X0, X1, XM = 12, 198, 105


def t(x, y, s, size=7.6, style="", w=0, align="L", h=3.8):
    pdf.set_xy(x, y)
    pdf.set_font("DC", style, size)
    pdf.cell(w, h, s, align=align)


def cell(x, y, w, h, label, lines, size=7.8):
    pdf.rect(x, y, w, h)
    t(x + 1, y + 0.6, label, 5.8, h=3)
    for i, s in enumerate(lines):
        t(x + 1.5, y + 3.8 + i * 3.7, s, size, "B" if i == 0 and len(lines) > 1 else "")


t(X0, 8, "EXPORT INVOICE", 14, "B", w=X1 - X0, align="C", h=6)
t(X0, 14, "SUPPLY MEANT FOR EXPORT UNDER LETTER OF UNDERTAKING (LUT) WITHOUT PAYMENT OF INTEGRATED TAX (IGST)", 7, "B",
  w=X1 - X0, align="C")
y = 20
cell(X0, y, XM - X0, 30, "Exporter", ["Coimbatore Pump Works Pvt. Ltd.", "SF No. 184/2, Avinashi Road, Chinniampalayam",
                                      "Coimbatore 641062, Tamil Nadu, India", "GSTIN: 33AAFCC4829L1ZI",
                                      "IEC: AAFCC4829L  ·  State code 33"])
hw = (X1 - XM) / 2
cell(XM, y, hw, 10, "Invoice No. & Date", ["CPW/EXP/25-26/0214", ""], 7.8)
t(XM + 1.5, y + 6.6, "dt. 05.03.2026", 7.8)
cell(XM + hw, y, hw, 10, "Exporter's Ref.", ["PI CPW/PI/0391"])
cell(XM, y + 10, X1 - XM, 10, "Buyer's Order No. & Date", ["RVI/PO/2026/118  dt. 14.01.2026"])
cell(XM, y + 20, X1 - XM, 10, "LUT ARN (Letter of Undertaking, FY 2025-26)", ["AD330325018472K  dt. 28.03.2025"])
y += 30
cell(X0, y, XM - X0, 26, "Consignee", ["Rift Valley Irrigation Supplies Ltd", "Enterprise Road, Industrial Area",
                                       "P.O. Box 48213-00100", "Nairobi, Kenya  ·  KRA PIN P051938472Q"])
cell(XM, y, X1 - XM, 13, "Buyer (if other than consignee)", ["SAME AS CONSIGNEE"], 7.6)
cell(XM, y + 13, hw, 13, "Country of Origin of Goods", ["INDIA"])
cell(XM + hw, y + 13, hw, 13, "Country of Final Destination", ["KENYA"])
y += 26
qw = (XM - X0) / 2
cell(X0, y, qw, 10, "Pre-carriage by", ["Road"])
cell(X0 + qw, y, qw, 10, "Place of Receipt by Pre-carrier", ["Coimbatore ICD"])
cell(XM, y, X1 - XM, 20, "Terms of Delivery and Payment", ["CIF Mombasa (Incoterms 2020)",
                                                           "Payment: 100% against documents (D/P) through",
                                                           "State Bank of India, Coimbatore Main"])
cell(X0, y + 10, qw, 10, "Vessel / Voyage", ["SEA PEARL TRADER 2611W"])
cell(X0 + qw, y + 10, qw, 10, "Port of Loading", ["Chennai, India"])
cell(X0, y + 20, qw, 10, "Port of Discharge", ["Mombasa, Kenya"])
cell(X0 + qw, y + 20, qw, 10, "Final Destination", ["Nairobi, Kenya"])
cell(XM, y + 20, X1 - XM, 10, "Container / Seal", ["1 x 20' GP  SCFU9182401 / Seal IN 0418273"])
y += 30
cols = [("Marks / packages", 40, "L"), ("Description of goods", 62, "L"), ("HSN code", 20, "C"),
        ("Quantity", 20, "R"), ("Rate USD", 20, "R"), ("Amount USD", 24, "R")]
x = X0
for h, w, a in cols:
    pdf.set_fill_color(228, 232, 240)
    pdf.rect(x, y, w, 7, style="DF")
    t(x + 1, y + 1.6, h, 6.4, "B", w=w - 2, align=a)
    x += w
y += 7
pdf.rect(X0, y, X1 - X0, 52)
for i, s in enumerate(["RVI / NAIROBI", "C/No. 1-46", "46 packages:", "40 wooden crates,", "6 pallets"]):
    t(X0 + 1.5, y + 2 + i * 4, s, 7.4)
for j, (d, h, qn, u, r) in enumerate(ROWS):
    yy = y + 2 + j * 6
    x = X0 + 40
    for (hh, w, a), v in zip(cols[1:], [d, h, f"{qn} {u}", f"{r:,.2f}", f"{qn * r:,.2f}"]):
        t(x + 1, yy, v, 7.5, w=w - 2, align=a)
        x += w
yy = y + 24
for k, v, st in [("Total FOB value", FOB, ""), ("Add: ocean freight", FRT, ""), ("Add: marine insurance", INS, ""),
                 ("Total CIF Mombasa  USD", CIF, "B")]:
    t(X0 + 102, yy, k, 7.6, st, w=58, align="R")
    t(X1 - 25, yy, f"{v:,.2f}", 7.6, st, w=24, align="R")
    yy += 4.6
t(X0 + 42, y + 26, "Net weight: 3,842.0 kg", 7.4)
t(X0 + 42, y + 30, "Gross weight: 4,310.5 kg", 7.4)
t(X0 + 42, y + 34, "Measurement: 21.60 cbm", 7.4)
y += 52
pdf.rect(X0, y, X1 - X0, 22)
t(X0 + 1.5, y + 1.5, "Amount chargeable (in words): US Dollars Twenty Six Thousand Seven Hundred Only", 7.8, "B")
t(X0 + 1.5, y + 6.5, f"Exchange rate (CBIC notification for exports): 1 USD = INR {RATE}    "
                     f"CIF value in INR: ₹ {inr(INR)}", 7.6)
t(X0 + 1.5, y + 11.5, "IGST @ 0% : Nil (export under LUT)    Tax payable on reverse charge: No    "
                      "Shipping bill to be filed at Chennai Sea (INMAA1)", 7.4)
t(X0 + 1.5, y + 16, "Bank details: State Bank of India, Coimbatore Main Branch · A/c 41829037165 · SWIFT SBININBB417 · "
                    "AD code 0006271", 7.2)
y += 26
t(X0, y, "Declaration: We declare that this invoice shows the actual price of the goods described and that all "
         "particulars are true and correct.", 7.2)
t(X1 - 80, y + 12, "For Coimbatore Pump Works Pvt. Ltd.", 7.8, "B", w=80, align="R")
t(X1 - 80, y + 28, "Authorised Signatory", 7.6, w=80, align="R")
t(X0, 284, "Regd. office: SF No. 184/2, Avinashi Road, Coimbatore 641062 · CIN U29120TZ2009PTC015184 · "
           "exports@cbepumpworks.example", 6.4, w=X1 - X0, align="C")
pdf.output(sys.argv[1])
