"""58 mm thermal receipt from a coffee shop (Philippines, Lipa City, Batangas), English: trade name as a spaced logo
line, the registered legal name, VAT REG TIN, address, "OR No.", date month first (03/15/2026) and time, cashier,
table, five items (qty x price), total due, cash and change, the VAT breakdown (VATable sales, VAT 12 %, VAT-exempt,
zero-rated), customer name / TIN lines, POS accreditation and permit numbers. Long narrow page 58 mm x 200 mm.
fpdf2, DejaVu Sans Mono / DejaVu Sans Condensed (the peso sign).
Usage: python3 20_official_receipt_cafe_58mm_ph.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


ITEMS = [(2, "Kapeng Barako (hot)", D("165.00")), (1, "Iced Spanish Latte", D("185.00")), (2, "Ensaymada", D("95.00")),
         (1, "Tablea Hot Choco", D("145.00")), (1, "Bibingka", D("120.00"))]
TOTAL = sum(n * p for n, _, p in ITEMS)
VATABLE = q(TOTAL / D("1.12"))
VAT = TOTAL - VATABLE
CASH = D("1000.00")
assert (TOTAL, VATABLE, VAT, CASH - TOTAL) == (D("970.00"), D("866.07"), D("103.93"), D("30.00"))

pdf = FPDF(format=(58, 200), unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("OR No. 000418")
pdf.add_font("M", "", F + "DejaVuSansMono.ttf")
pdf.add_font("M", "B", F + "DejaVuSansMono-Bold.ttf")
pdf.set_margins(3, 4, 3)
pdf.set_auto_page_break(False)
pdf.add_page()
W = 52


def c(txt, size=6.6, style=""):
    pdf.set_font("M", style, size)
    pdf.cell(W, size * 0.48, txt, align="C", new_x="LMARGIN", new_y="NEXT")


def lr(left, right, size=6.6, style=""):
    pdf.set_font("M", style, size)
    y = pdf.get_y()
    pdf.cell(W, size * 0.48, left)
    pdf.set_xy(3, y)
    pdf.cell(W, size * 0.48, right, align="R", new_x="LMARGIN", new_y="NEXT")


def sep():
    pdf.set_font("M", "", 6.6)
    pdf.cell(W, 3, "-" * 32, new_x="LMARGIN", new_y="NEXT")


c("K A P E N G  B A R A K O", 8.4, "B")
c("coffee & kakanin")
pdf.ln(1)
c("Barako Brew Trading Corp.", 6.2)
c("P. Torres St., Brgy. Poblacion", 6.2)
c("Lipa City, Batangas 4217", 6.2)
c("VAT REG TIN 418-372-905-00000", 6.2)
pdf.ln(1)
c("OFFICIAL RECEIPT", 7.4, "B")
sep()
lr("OR No.: 000418", "T#: 07")
lr("Date: 03/15/2026", "08:42 AM")
lr("Cashier: Joanna", "Dine-in")
sep()
for n, name, p in ITEMS:
    pdf.set_font("M", "", 6.6)
    pdf.cell(W, 3.2, name, new_x="LMARGIN", new_y="NEXT")
    lr(f"  {n} x {p:,.2f}", f"{n * p:,.2f}")
sep()
lr(f"{sum(n for n, *_ in ITEMS)} item(s)", "")
lr("TOTAL DUE", f"\u20b1{TOTAL:,.2f}", 8.2, "B")
lr("CASH", f"{CASH:,.2f}")
lr("CHANGE", f"{CASH - TOTAL:,.2f}")
sep()
lr("VATable Sales", f"{VATABLE:,.2f}")
lr("VAT Amount (12%)", f"{VAT:,.2f}")
lr("VAT-Exempt Sales", "0.00")
lr("Zero-Rated Sales", "0.00")
sep()
lr("Customer:", "______________")
lr("TIN:", "______________")
lr("Address:", "______________")
sep()
c("POS: Sunmi V2s  SN V2S18472930", 5.6)
c("Permit No. FP032026-041-0418372-00000", 5.6)
c("Accred. No. 041-418372905-000184", 5.6)
c("Date issued: 01/12/2026", 5.6)
pdf.ln(1)
c("THIS SERVES AS AN OFFICIAL RECEIPT", 6.2, "B")
c("Salamat po! Balik po kayo!", 6.2)
pdf.output(sys.argv[1])
