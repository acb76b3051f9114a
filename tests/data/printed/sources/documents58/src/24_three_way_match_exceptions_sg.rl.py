"""Accounts-payable three-way-match exception report from an ERP batch run (Singapore, marine engineering company),
English, one landscape A4 page: report header (company, UEN, run id, run date / time, company code, posting period,
tolerances) in a label block top right, a wide table of nine exceptions (supplier, invoice no. and date, PO / line, GRN or service entry sheet,
quantities PO / GRN / invoiced, unit prices PO / invoice, invoice amount, matched amount, variance with negative
values in parentheses, exception code, payment block status), column totals, a variance summary by type
(unfavourable / favourable price, quantity, missing GRN), the blocked amount and the reviewer sign-off line.
ReportLab canvas, Liberation Sans Narrow / Sans.
Usage: python3 24_three_way_match_exceptions_sg.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", F + "LiberationSansNarrow-Bold.ttf"))

# supplier, invoice, inv date, PO/line, GRN/SES, qty PO, qty GRN, qty inv, price PO, price inv, exception, status
ROWS = [("Jurong Hydraulics Pte Ltd", "JH-26-0418", "03/03/2026", "4500018472/10", "5000094121", 40, 40, 40, "312.50", "328.00", "PRICE", "Blocked"),
        ("Tuas Steel Supplies Pte Ltd", "TSS/INV/26/1184", "05/03/2026", "4500018480/20", "5000094177", 250, 236, 250, "18.40", "18.40", "QTY", "Blocked"),
        ("Marina Bay Electrical Pte Ltd", "MBE-0317", "06/03/2026", "4500018491/10", "none", 12, 0, 12, "745.00", "745.00", "NO-GRN", "Blocked"),
        ("Pioneer Valves Asia Pte Ltd", "PVA2603-77", "09/03/2026", "4500018502/30", "5000094230", 60, 60, 60, "96.00", "94.10", "PRICE-LOW", "Info"),
        ("Loyang Fasteners Pte Ltd", "LF-88214", "10/03/2026", "4500018511/10", "5000094266", 5000, 4800, 5000, "0.42", "0.42", "QTY", "Blocked"),
        ("Changi Freight Forwarding Pte Ltd", "CFF-INV-26-0932", "11/03/2026", "4500018519/10", "SES 1000041873", 1, 1, 1, "2350.00", "2485.00", "PRICE", "Blocked"),
        ("Sembawang Paints Pte Ltd", "SP-260312-4", "12/03/2026", "4500018525/10", "5000094301", 80, 80, 80, "56.20", "56.20", "DUPL?", "Blocked"),
        ("Jurong Hydraulics Pte Ltd", "JH-26-0431", "13/03/2026", "4500018472/20", "5000094318", 20, 18, 20, "1140.00", "1140.00", "QTY", "Blocked"),
        ("Eastern Gas Supplies Pte Ltd", "EGS-26-1184", "16/03/2026", "4500018540/10", "5000094410", 30, 30, 30, "128.00", "124.50", "PRICE-LOW", "Info")]
INV = [r[7] * D(r[9]) for r in ROWS]
MAT = [r[6] * D(r[8]) for r in ROWS]
VAR = [i - m for i, m in zip(INV, MAT)]
T_INV, T_MAT, T_VAR = sum(INV), sum(MAT), sum(VAR)
PRICE_U = sum(v for v, r in zip(VAR, ROWS) if r[10].startswith("PRICE") and v > 0)
PRICE_F = sum(v for v, r in zip(VAR, ROWS) if r[10].startswith("PRICE") and v < 0)
QTY = sum(v for v, r in zip(VAR, ROWS) if r[10] == "QTY")
NOGRN = sum(v for v, r in zip(VAR, ROWS) if r[10] == "NO-GRN")
BLOCKED = sum(i for i, r in zip(INV, ROWS) if r[11] == "Blocked")
NBLK = sum(1 for r in ROWS if r[11] == "Blocked")
assert (T_INV, T_MAT, T_VAR, PRICE_U, PRICE_F, QTY, NOGRN, BLOCKED, NBLK) == (
    D("67922.00"), D("55824.40"), D("12097.60"), D("755.00"), D("-219.00"), D("2621.60"), D("8940.00"), D("58541.00"), 7), \
    (T_INV, T_MAT, T_VAR, PRICE_U, PRICE_F, QTY, NOGRN, BLOCKED, NBLK)


def n(x):
    x = D(x)
    return f"{x:,.2f}" if x >= 0 else f"({-x:,.2f})"


c = Canvas(sys.argv[1], pagesize=landscape(A4), pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Three-way match exception report 3WM-20260319-0612")
W, H = landscape(A4)
L, R = 10 * mm, W - 10 * mm
NAVY = colors.HexColor("#123c69")

c.setFont("LSB", 11.5)
c.drawString(L, H - 14 * mm, "AP THREE-WAY MATCH EXCEPTION REPORT")
c.setFont("LS", 8.4)
c.drawString(L, H - 19 * mm, "Straits Marine Engineering Pte. Ltd.  ·  UEN 199804187K  ·  GST reg. no. 199804187K  ·  company code SG01")
c.setFont("LN", 8)
hdr = [("Run ID", "3WM-20260319-0612"), ("Run date / time", "19/03/2026 06:12 SGT"), ("Posting period", "03/2026"),
       ("Currency", "SGD (excl. GST)"), ("Docs checked", "146 invoices, 212 PO lines"),
       ("Tolerances", "price ±2 % / SGD 50; qty 0 %")]
for i, (lab, val) in enumerate(hdr):
    x = R - 168 * mm + (i % 3) * 57 * mm
    y = H - 11 * mm - (i // 3) * 4.4 * mm
    c.setFont("LN", 7.6)
    c.drawString(x, y, lab + ":")
    c.setFont("LNB", 8.2)
    c.drawString(x + 19 * mm, y, val)
c.setStrokeColor(NAVY)
c.setLineWidth(1.2)
c.line(L, H - 25 * mm, R, H - 25 * mm)
c.setStrokeColor(colors.black)
c.setLineWidth(0.4)

cols = [("#", 6, "R"), ("Supplier", 40, "L"), ("Invoice no.", 25, "L"), ("Inv. date", 16, "L"), ("PO / line", 21, "L"),
        ("GRN / SES", 20, "L"), ("Qty PO", 12, "R"), ("Qty GRN", 12, "R"), ("Qty inv.", 12, "R"), ("Price PO", 14, "R"),
        ("Price inv.", 14, "R"), ("Invoice amt", 19, "R"), ("Matched amt", 19, "R"), ("Variance", 17, "R"),
        ("Exception", 15, "L"), ("Status", 12, "L")]
y = H - 33 * mm
c.setFillColor(NAVY)
c.rect(L, y - 2 * mm, R - L, 6 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("LNB", 7.8)
x = L
for h, w, a in cols:
    if a == "R":
        c.drawRightString(x + w * mm - 1 * mm, y, h)
    else:
        c.drawString(x + 1 * mm, y, h)
    x += w * mm
c.setFillColor(colors.black)
y -= 7.5 * mm
for i, (r, inv, mat, var) in enumerate(zip(ROWS, INV, MAT, VAR), 1):
    sup, no, d, po, grn, qp, qg, qi, pp, pi, exc, st = r
    vals = [str(i), sup, no, d, po, grn, f"{qp:,}", f"{qg:,}", f"{qi:,}", n(pp), n(pi), n(inv), n(mat), n(var), exc, st]
    if i % 2 == 0:
        c.setFillColor(colors.HexColor("#eef3f9"))
        c.rect(L, y - 2 * mm, R - L, 6.4 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
    x = L
    for (h, w, a), v in zip(cols, vals):
        c.setFont("LNB" if h == "Status" and v == "Blocked" else "LN", 8)
        if a == "R":
            c.drawRightString(x + w * mm - 1 * mm, y, v)
        else:
            c.drawString(x + 1 * mm, y, v)
        x += w * mm
    y -= 6.4 * mm
c.setLineWidth(1)
c.line(L, y + 3.6 * mm, R, y + 3.6 * mm)
c.setLineWidth(0.4)
c.setFont("LNB", 8.4)
c.drawString(L + 7 * mm, y - 0.5 * mm, "TOTAL  ·  9 exceptions (7 blocked for payment, 2 for information)")
xs = L + sum(w for _, w, _ in cols[:11]) * mm
for w, v in zip([19, 19, 17], [T_INV, T_MAT, T_VAR]):
    c.drawRightString(xs + w * mm - 1 * mm, y - 0.5 * mm, n(v))
    xs += w * mm
c.line(L, y - 3 * mm, R, y - 3 * mm)

# summary
y -= 13 * mm
c.setFont("LSB", 9)
c.drawString(L, y, "Variance summary by type")
rows = [("Price variance - unfavourable (invoice above PO price)", PRICE_U), ("Price variance - favourable (invoice below PO price)", PRICE_F),
        ("Net price variance", PRICE_U + PRICE_F), ("Quantity variance (invoiced above received)", QTY),
        ("Invoiced without goods receipt", NOGRN), ("Net variance, all exceptions", T_VAR)]
for i, (lab, v) in enumerate(rows):
    yy = y - 5.5 * mm - i * 5 * mm
    c.setFont("LNB" if i in (2, 5) else "LN", 8.4)
    c.drawString(L + 2 * mm, yy, lab)
    c.drawRightString(L + 112 * mm, yy, n(v))
    c.setStrokeColor(colors.HexColor("#bbbbbb"))
    c.line(L, yy - 1.6 * mm, L + 114 * mm, yy - 1.6 * mm)
    c.setStrokeColor(colors.black)
bx = L + 130 * mm
c.setLineWidth(1.2)
c.rect(bx, y - 20 * mm, 70 * mm, 17 * mm)
c.setLineWidth(0.4)
c.setFont("LN", 8)
c.drawString(bx + 3 * mm, y - 8 * mm, "Amount blocked for payment (7 invoices)")
c.setFont("LSB", 14)
c.drawString(bx + 3 * mm, y - 16 * mm, f"SGD {BLOCKED:,.2f}")
c.setFont("LN", 7.6)
notes = ["Exception codes: PRICE = unit price above PO beyond tolerance; PRICE-LOW = below PO price (no block, credit check);",
         "QTY = invoiced quantity above goods receipt; NO-GRN = no goods receipt posted; DUPL? = same supplier, amount and date",
         "as document 5105001844 (possible duplicate). Blocked invoices are excluded from payment run F110 of 20/03/2026",
         "until released in MRBR by the buyer or AP supervisor."]
for i, s in enumerate(notes):
    c.drawString(L, y - 40 * mm - i * 3.8 * mm, s)
c.setFont("LN", 8)
c.drawString(bx, y - 28 * mm, "Reviewed by: ______________________  (AP supervisor)     Date: ____________")
c.setFont("LN", 6.8)
c.drawString(L, 8 * mm, "Report ZAP_3WM_EXC v2.3  ·  generated by batch job 3WM_DAILY  ·  confidential - internal use only")
c.drawRightString(R, 8 * mm, "Page 1 of 1")
c.showPage()
c.save()
