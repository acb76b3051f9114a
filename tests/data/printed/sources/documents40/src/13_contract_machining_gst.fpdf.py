"""Shree Ganesh Precision Components - GST tax invoice for contract-machined parts (2 pages, c/f), fpdf2."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "13_contract_machining_gst.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def inr(x):
    """Indian digit grouping: 12,34,567.89"""
    neg = x < 0
    s = f"{abs(x):.2f}"
    ip, fp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups) + "," + tail
    return ("-" if neg else "") + ip + "." + fp


ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def two(n):
    return ONES[n] if n < 20 else (TENS[n // 10] + (" " + ONES[n % 10] if n % 10 else ""))


def three(n):
    h, r = divmod(n, 100)
    return ((ONES[h] + " Hundred" + (" " if r else "")) if h else "") + (two(r) if r else "")


def words(n):
    parts = []
    for div, name in [(10000000, "Crore"), (100000, "Lakh"), (1000, "Thousand")]:
        q, n = divmod(n, div)
        if q:
            parts.append(three(q) + " " + name)
    if n:
        parts.append(three(n))
    return " ".join(parts)


ITEMS = [
    ("BAM-GB-1101", "Gearbox housing, CI FG260, machined", "84834000", 120, "2840.00"),
    ("BAM-GB-1102", "Gearbox cover, CI FG260, machined", "84834000", 120, "1165.00"),
    ("BAM-SH-2207", "Input shaft EN19, hardened & ground", "84831099", 240, "1480.00"),
    ("BAM-SH-2208", "Output shaft EN19, hardened & ground", "84831099", 240, "1725.00"),
    ("BAM-GR-3310", "Spur gear 32T m3, 20MnCr5, case carburised", "84834000", 240, "965.00"),
    ("BAM-GR-3311", "Spur gear 18T m3, 20MnCr5, case carburised", "84834000", 240, "640.00"),
    ("BAM-GR-3320", "Bevel pinion 12T, 20MnCr5, lapped pair", "84834000", 120, "2210.00"),
    ("BAM-BR-4402", "Bearing carrier, EN8, CNC turned", "84833000", 240, "412.00"),
    ("BAM-BR-4403", "Bearing end cap, EN8, CNC turned", "84833000", 240, "238.00"),
    ("BAM-SP-5501", "Spacer sleeve EN8, 45 x 60 x 22", "84839000", 480, "86.50"),
    ("BAM-SP-5502", "Spacer sleeve EN8, 35 x 48 x 18", "84839000", 480, "72.00"),
    ("BAM-KY-5610", "Parallel key 10x8x45, C45", "84839000", 960, "18.40"),
    ("BAM-FL-6120", "Coupling flange SG 500/7, machined", "84836090", 120, "1390.00"),
    ("BAM-FL-6121", "Coupling hub EN8 with keyway", "84836090", 120, "845.00"),
    ("BAM-BK-7015", "Mounting bracket MS fabricated, powder coated", "73269099", 240, "560.00"),
    ("BAM-BK-7016", "Torque arm MS fabricated, powder coated", "73269099", 120, "1120.00"),
    ("BAM-PL-7201", "Base plate 20 mm MS, CNC profile + drilled", "73269099", 60, "3450.00"),
    ("BAM-PN-8101", "Pivot pin EN19, induction hardened", "84839000", 480, "148.00"),
    ("BAM-PN-8102", "Hitch pin EN19 with cross hole", "84839000", 480, "162.00"),
    ("BAM-BU-8230", "Bush SAE 660 bronze, 40 x 50 x 40", "84833000", 480, "214.00"),
    ("BAM-WS-8305", "Thrust washer EN8, hardened, 60 OD", "84839000", 480, "64.00"),
    ("BAM-CL-8410", "Clamp block Al 6061-T6, anodised", "76169990", 240, "386.00"),
    ("BAM-MF-8502", "Manifold block Al 6061, ported", "84819090", 60, "2680.00"),
    ("BAM-NP-8610", "Nipple adaptor SS304, 1/2 BSP", "84819090", 480, "94.00"),
    ("BAM-VS-8700", "Valve spool EN31, ground & honed", "84819090", 120, "1240.00"),
    ("BAM-SA-9001", "Sub-assy: gearbox housing with bearings", "84834000", 120, "920.00"),
    ("BAM-SA-9002", "Sub-assy: PTO shaft with coupling", "84834000", 120, "610.00"),
    ("FIX-AMORT", "Fixture & gauge amortisation (PO cl. 7)", "84669390", 1, "84000.00"),
    ("PKG-WOOD", "Wooden crate packing, ISPM-15 (nos.)", "44151000", 24, "1850.00"),
    ("FRT-ROAD", "Freight Pune to Rajkot, 32 ft closed container", "996511", 1, "46500.00"),
]

ADVANCE = D("500000.00")


class Inv(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 13)
        self.set_text_color(150, 40, 20)
        self.cell(0, 7, "SHREE GANESH PRECISION COMPONENTS PVT. LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(40, 40, 40)
        self.cell(0, 4, "Plot No. F-27, MIDC Chakan Phase II, Khed, Pune - 410501, Maharashtra  |  Ph: +91 20 2745 8812  |  accounts@sgpcpune.in",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "GSTIN: 27AAKCS4127M1ZX  |  PAN: AAKCS4127M  |  CIN: U29130PN2009PTC134582  |  MSME (Udyam): UDYAM-MH-26-0041187",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("DejaVu", "B", 10)
        self.set_fill_color(240, 226, 214)
        self.cell(0, 6, "TAX INVOICE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(95, 5, "Invoice No.: SGPC/24-25/1187", border="LB")
        self.cell(60, 5, "Invoice Date: 18-Mar-2025", border="B")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", border="RB", align="R", new_x="LMARGIN", new_y="NEXT")

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Subject to Pune jurisdiction. This is a computer generated invoice.", align="C")


pdf = Inv(format="A4")
pdf.set_creation_date(datetime(2025, 3, 18, 11, 5, tzinfo=timezone.utc))
pdf.set_title("Tax Invoice SGPC/24-25/1187")
pdf.set_author("Shree Ganesh Precision Components Pvt. Ltd.")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVuC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.set_margins(10, 10, 10)
pdf.set_auto_page_break(False)
pdf.add_page()

# party / reference grid (page 1 only)
pdf.set_font("DejaVu", "", 7.4)
y0 = pdf.get_y()
left = ("Bill To / Ship To (Consignee):\nBHARAT AGRO MACHINES LTD.\nSurvey No. 214, Kotda Sangani Road, Shapar-Veraval\n"
        "Rajkot - 360024, Gujarat\nGSTIN: 24AABCB7781Q1Z3    State: Gujarat, Code: 24")
right = ("Buyer's Order No.: BAM/PO/24-25/3318 dt. 02-Jan-2025\nDelivery Challan No.: DC/1187 dt. 17-Mar-2025\n"
         "E-Way Bill No.: 7513 2284 6109\nPlace of Supply: Gujarat (24)\nVehicle No.: MH14 KA 7731  |  Transporter: VRL Logistics\n"
         "Terms of Payment: 45 days from invoice")
pdf.multi_cell(95, 4, left, border=1)
y1 = pdf.get_y()
pdf.set_xy(105, y0)
pdf.multi_cell(95, 4, right, border=1)
pdf.set_y(max(y1, pdf.get_y()))
pdf.set_font("DejaVu", "", 6.6)
pdf.multi_cell(0, 3.4, "IRN: 8c41f2d0b7e93a56c1d84e2f0a97b3c65e18d4f2a0c97b61e3d58f4a2b0c9e71   Ack No.: 172519884410637   Ack Date: 18-03-2025 10:58",
               border=1)

W = [8, 24, 70, 17, 14, 20, 37]
HEAD = ["Sr.", "Part No.", "Description of Goods / Services", "HSN/SAC", "Qty", "Rate (₹)", "Taxable Value (₹)"]


def table_head():
    pdf.set_font("DejaVu", "B", 7.2)
    pdf.set_fill_color(240, 226, 214)
    for h, w in zip(HEAD, W):
        pdf.cell(w, 6, h, border=1, align="C", fill=True)
    pdf.ln(6)


def cf_row(label, val):
    pdf.set_font("DejaVu", "B", 7.4)
    pdf.cell(sum(W[:-1]), 6, label, border=1, align="R")
    pdf.cell(W[-1], 6, inr(val), border=1, align="R")
    pdf.ln(6)


pdf.ln(1.5)
table_head()
running = D(0)
LIMIT = 262
for i, (pn, desc, hsn, q, rate) in enumerate(ITEMS, 1):
    if pdf.get_y() + 8.6 > LIMIT:
        cf_row("Carried forward to next page", running)
        pdf.add_page()
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 7.4)
        pdf.cell(0, 5, "Buyer: BHARAT AGRO MACHINES LTD.  |  Buyer's Order No.: BAM/PO/24-25/3318  (continued)", new_x="LMARGIN", new_y="NEXT")
        table_head()
        cf_row("Brought forward from previous page", running)
    amt = r2(D(q) * D(rate))
    running += amt
    pdf.set_font("DejaVuC", "", 7.2)
    vals = [str(i), pn, desc, hsn, f"{q:,}", inr(D(rate)), inr(amt)]
    for j, (v, w) in enumerate(zip(vals, W)):
        pdf.cell(w, 4.6, v, border="LR", align="R" if j >= 4 else "L")
    pdf.ln(4.6)
    pdf.set_font("DejaVuC", "", 6.2)
    pdf.set_text_color(90, 90, 90)
    sub = f"Drg. {pn}-R{'ABCD'[i % 4]}  |  Lot {2503 + i % 5:04d}/{i:02d}  |  Nos."
    if pn.startswith("BAM-SA"):
        sub = "Assembly labour, run-in & leak testing  |  Nos."
    elif pn.startswith(("FIX", "PKG", "FRT")):
        sub = {"FIX": "One-time charge, 1 set", "PKG": "24 crates", "FRT": "LR No. VRL/PN/884127"}[pn[:3]]
    for j, w in enumerate(W):
        pdf.cell(w, 4.0, sub if j == 2 else "", border="LRB" if False else "LR")
    pdf.ln(4.0)
    pdf.set_text_color(0, 0, 0)
pdf.cell(sum(W), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")

taxable = running
igst = r2(taxable * D("0.18"))
total = taxable + igst
rounded = total.quantize(D("1"), ROUND_HALF_UP)
roundoff = rounded - total
payable = rounded - ADVANCE

pdf.ln(2)
if pdf.get_y() > 190:
    pdf.add_page()
yS = pdf.get_y()
# HSN-wise tax summary (left)
pdf.set_font("DejaVu", "B", 7)
pdf.cell(100, 5, "HSN/SAC-wise tax summary", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuC", "", 7)
summ = {}
for pn, desc, hsn, q, rate in ITEMS:
    summ[hsn] = summ.get(hsn, D(0)) + r2(D(q) * D(rate))
for h in ["HSN/SAC", *summ.keys()]:
    if h == "HSN/SAC":
        cells = ["HSN/SAC", "Taxable Value", "IGST %", "IGST Amount"]
    else:
        cells = [h, inr(summ[h]), "18", inr(r2(summ[h] * D("0.18")))]
    for c_, w in zip(cells, [22, 32, 14, 32]):
        pdf.cell(w, 4.4, c_, border=1, align="L" if w == 22 else "R")
    pdf.ln(4.4)
yL = pdf.get_y()

pdf.set_xy(118, yS)
rows = [("Total Taxable Value", inr(taxable)), ("Add: IGST @ 18%", inr(igst)), ("Round off", inr(roundoff)),
        ("Invoice Total (₹)", inr(rounded)), ("Less: Advance recd. (RV/24-25/0311)", "-" + inr(ADVANCE)),
        ("Net Amount Payable (₹)", inr(payable))]
for k, v in rows:
    bold = k.startswith("Invoice Total") or k.startswith("Net Amount")
    pdf.set_x(118)
    pdf.set_font("DejaVu", "B" if bold else "", 7.6 if bold else 6.9)
    pdf.set_fill_color(240, 226, 214)
    pdf.cell(56, 6, k, border=1, fill=bold)
    pdf.cell(26, 6, v, border=1, align="R", fill=bold)
    pdf.ln(6)

pdf.set_y(max(yL, pdf.get_y()) + 3)
pdf.set_font("DejaVu", "", 7.4)
pdf.multi_cell(0, 4, f"Invoice Total (in words): Indian Rupees {words(int(rounded))} Only\n"
               "Tax payable on reverse charge: No", border=1)
pdf.ln(2)
pdf.set_font("DejaVu", "", 7)
pdf.multi_cell(120, 3.6, "Bank Details: HDFC Bank Ltd., Chakan Branch  |  A/c No. 50200048127731  |  IFSC: HDFC0001874\n"
               "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. "
               "Interest @ 18% p.a. will be charged on payments received after the due date.")
pdf.set_xy(135, pdf.get_y() - 14)
pdf.set_font("DejaVu", "B", 7.4)
pdf.multi_cell(65, 4, "for SHREE GANESH PRECISION COMPONENTS PVT. LTD.\n\n\nAuthorised Signatory", align="R")
pdf.output(out)
print(taxable, igst, total, rounded, roundoff, payable)
