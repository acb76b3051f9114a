"""Groundworks subcontractor's CIS invoice to a house builder (UK, Sheffield / Rotherham): dark letterhead band, INVOICE
title with a label / value meta grid (invoice no., date, due date, valuation, PO, currency), "Invoice to" and "Site"
blocks side by side, item table grouped by CIS category (labour / materials / plant), summary box with the CIS
deduction at 20 % on labour only and the amount payable, domestic reverse charge notice (VAT shown but not charged),
company number, VAT number, UTR and bank details in the page footer. fpdf2, Liberation Sans.
Usage: python3 01_groundworks_cis_invoice_uk.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

LABOUR = [("Groundworks gang (ganger + 2 operatives), foundations plots 14-18", "12", "day", D("485.00")),
          ("Foul and storm drainage installation, plots 14-22, incl. connections", "1", "item", D("1020.00"))]
MATERIALS = [("MOT Type 1 sub-base, delivered", "42", "t", D("24.80")),
             ("C25 ready-mix concrete, footings plots 17-18", "6", "m3", D("118.00")),
             ("110 mm uPVC drainage pipe, bends and inspection chambers", "1", "lot", D("566.00"))]
PLANT = [("8 t excavator, self-drive hire", "5", "day", D("185.00")),
         ("3 t site dumper, self-drive hire", "3", "day", D("65.00"))]


def amt(rows):
    return [(d, q, u, p, (D(q) * p).quantize(D("0.01"))) for d, q, u, p in rows]


GROUPS = [("LABOUR (subject to CIS deduction)", amt(LABOUR)), ("MATERIALS (excluded from CIS deduction)", amt(MATERIALS)),
          ("PLANT HIRE (excluded from CIS deduction)", amt(PLANT))]
SUMS = [sum(r[4] for r in g[1]) for g in GROUPS]
NET = sum(SUMS)
VAT = (NET * D("0.20")).quantize(D("0.01"), ROUND_HALF_UP)
CIS = (SUMS[0] * D("0.20")).quantize(D("0.01"), ROUND_HALF_UP)
DUE = NET - CIS
assert (SUMS[0], SUMS[1], SUMS[2]) == (D("6840.00"), D("2315.60"), D("1120.00")), SUMS
assert (NET, VAT, CIS, DUE) == (D("10275.60"), D("2055.12"), D("1368.00"), D("8907.60")), (NET, VAT, CIS, DUE)


def m(x):
    return f"{x:,.2f}"


L = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773360000")), timezone.utc))
pdf.add_font("LS", "", L + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", L + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", L + "LiberationSans-Italic.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Invoice HGW-2026-0117")
pdf.set_author("Hallam Groundworks Ltd")
pdf.add_page()
INK = (33, 37, 41)
BAND = (46, 52, 58)
ACC = (214, 137, 16)
GREY = (110, 116, 122)


def t(x, y, s, size=9, style="", w=0, align="L", color=INK):
    pdf.set_xy(x, y)
    pdf.set_font("LS", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.45, s, align=align)


# letterhead band
pdf.set_fill_color(*BAND)
pdf.rect(0, 0, 210, 34, "F")
pdf.set_fill_color(*ACC)
pdf.rect(0, 34, 210, 1.6, "F")
t(16, 10, "HALLAM", 22, "B", color=(255, 255, 255))
t(16, 19, "GROUNDWORKS", 11, "B", color=ACC)
t(16, 25.5, "Excavation  |  Drainage  |  Foundations  |  Civils", 7.5, color=(210, 214, 218))
for i, s in enumerate(["Hallam Groundworks Ltd", "Unit 7, Parkway Industrial Estate", "Sheffield S9 4WX",
                       "0114 418 2736  |  accounts@hallamgroundworks.example"]):
    t(120, 9 + i * 4.6, s, 8, "B" if i == 0 else "", w=74, align="R", color=(235, 238, 240))

# title and meta grid
t(16, 44, "INVOICE", 20, "B")
meta = [("Invoice no.", "HGW-2026-0117"), ("Invoice date", "27 February 2026"), ("Due date", "29 March 2026"),
        ("Valuation", "No. 4 - February 2026"), ("Your PO", "CH-PO-8841"), ("Currency", "GBP")]
for i, (k, v) in enumerate(meta):
    x = 112 + (i % 2) * 44
    y = 42 + (i // 2) * 10
    t(x, y, k.upper(), 6.5, "B", color=GREY)
    t(x, y + 3.6, v, 9, "B" if i == 0 else "")

# parties
t(16, 76, "INVOICE TO", 6.5, "B", color=ACC)
for i, s in enumerate(["Castleford Homes Ltd", "Accounts Payable (Subcontract)", "12 Wakefield Road",
                       "Pontefract WF8 4HL"]):
    t(16, 80 + i * 4.4, s, 9, "B" if i == 0 else "")
t(112, 76, "SITE", 6.5, "B", color=ACC)
for i, s in enumerate(["Millbrook Rise, Plots 14-22", "Bawtry Road, Rotherham S60 2FN",
                       "Contract: groundworks package GW-03", "Site manager: D. Oakes"]):
    t(112, 80 + i * 4.4, s, 9)

# table
y = 104
cols = [(16, 92, "Description", "L"), (108, 14, "Qty", "R"), (122, 14, "Unit", "L"), (136, 26, "Rate £", "R"),
        (162, 32, "Amount £", "R")]
pdf.set_fill_color(*BAND)
pdf.rect(16, y, 178, 7, "F")
for x, w, h, a in cols:
    t(x + 1.5, y + 1.6, h, 8, "B", w=w - 3, align=a, color=(255, 255, 255))
y += 9
for (title, rows), s in zip(GROUPS, SUMS):
    t(17.5, y, title, 7.5, "B", color=ACC)
    y += 5
    for d, q, u, p, a in rows:
        vals = [d, q, u, m(p), m(a)]
        for (x, w, _, al), v in zip(cols, vals):
            t(x + 1.5, y, v, 8.5, w=w - 3, align=al)
        y += 5
        pdf.set_draw_color(222, 226, 230)
        pdf.line(16, y - 0.8, 194, y - 0.8)
    t(108, y + 0.5, "Sub-total " + title.split(" (")[0].lower(), 8, "I", w=52, align="R", color=GREY)
    t(162 + 1.5, y + 0.5, m(s), 8.5, "B", w=29, align="R")
    y += 9

# summary box
y += 2
pdf.set_draw_color(*BAND)
pdf.set_line_width(0.3)
pdf.rect(112, y, 82, 44)
rows = [("Labour", m(SUMS[0]), ""), ("Materials", m(SUMS[1]), ""), ("Plant hire", m(SUMS[2]), ""),
        ("Net invoice value", m(NET), "B"), ("VAT 20% - reverse charge", "0.00", ""),
        ("Less CIS deduction 20% on labour", "(" + m(CIS) + ")", "")]
for i, (k, v, st) in enumerate(rows):
    t(115, y + 3 + i * 5.2, k, 8.5, st)
    t(160, y + 3 + i * 5.2, v, 8.5, st, w=31, align="R")
pdf.set_fill_color(*ACC)
pdf.rect(112, y + 35, 82, 9, "F")
t(115, y + 37.4, "AMOUNT PAYABLE", 10, "B", color=(255, 255, 255))
t(150, y + 37.4, "£" + m(DUE), 11, "B", w=41, align="R", color=(255, 255, 255))

# notices on the left
pdf.set_xy(16, y)
pdf.set_font("LS", "B", 8)
pdf.set_text_color(*INK)
pdf.multi_cell(88, 4, "Reverse charge: customer to pay the VAT to HMRC")
pdf.set_font("LS", "", 7.8)
pdf.set_x(16)
pdf.multi_cell(88, 3.8, "Domestic reverse charge for construction services (VAT Act 1994 section 55A) applies. "
                        f"VAT amount to be accounted for by the customer: £{m(VAT)} at 20%.")
pdf.ln(2)
pdf.set_x(16)
pdf.set_font("LS", "B", 8)
pdf.multi_cell(88, 4, "Construction Industry Scheme")
pdf.set_font("LS", "", 7.8)
pdf.set_x(16)
pdf.multi_cell(88, 3.8, "Subcontractor registered for net payment. Verification no. V6418273519/A. Please deduct "
                        "CIS at 20% from the labour element only and send a payment and deduction statement "
                        "for the tax month ending 5 March 2026.")

# payment
y += 56
t(16, y, "PAYMENT", 6.5, "B", color=ACC)
t(16, y + 4, "Terms: 30 days from invoice date. Please quote HGW-2026-0117 as the payment reference.", 8.5)
t(16, y + 9, "Bank: Yorkshire Commercial Bank  |  Sort code 40-18-27  |  Account no. 41827365", 8.5)

# footer
pdf.set_draw_color(*ACC)
pdf.line(16, 280, 194, 280)
t(16, 282, "Hallam Groundworks Ltd, registered in England and Wales, company no. 09418273. Registered office: Unit 7, "
           "Parkway Industrial Estate, Sheffield S9 4WX.", 6.8, w=178, align="C", color=GREY)
t(16, 285.5, "VAT registration no. GB 418 2736 06  |  UTR 74718 29356  |  CIS registered subcontractor", 6.8,
  w=178, align="C", color=GREY)
pdf.output(sys.argv[1])
