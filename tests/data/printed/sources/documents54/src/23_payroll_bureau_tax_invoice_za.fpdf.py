"""Payroll bureau's monthly tax invoice (South Africa, Centurion -> Germiston): two-tone header band with the bureau's
name, "TAX INVOICE" with a label / value column (invoice no., date, due date, client code, payroll period, pay date),
supplier and recipient blocks each with a VAT number and company registration number (as required for a full tax
invoice), a service table by fee type (base fee, per-payslip processing, leave module per employee, EMP201
submission, new-employee onboarding) with qty, rate excl. VAT and amount, totals excl. VAT / VAT 15 % / total incl.
VAT (ZAR), a statistics box (payslips processed, employees, terminations), EFT details with the client code as
reference and a footer with the directors. Dates in the South African yyyy/mm/dd form. fpdf2, Liberation Sans
Narrow + Liberation Sans.
Usage: python3 23_payroll_bureau_tax_invoice_za.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("Monthly bureau base fee (up to 5 pay points)", "1", D("2950.00")),
        ("Payslip processing - February 2026 monthly run", "186", D("68.50")),
        ("Leave management module (per active employee)", "186", D("9.80")),
        ("EMP201 preparation and eFiling submission", "1", D("450.00")),
        ("New employee onboarding (tax no. verification, banking validation)", "7", D("120.00"))]
LINES = [(d, q, r, (D(q) * r).quantize(D("0.01"))) for d, q, r in ROWS]
SUB = sum(x[3] for x in LINES)
VAT = (SUB * D("0.15")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + VAT
assert (SUB, VAT, TOT) == (D("18803.80"), D("2820.57"), D("21624.37")), (SUB, VAT, TOT)


def r(x):
    return f"R {x:,.2f}"


L = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.add_font("LS", "", L + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", L + "LiberationSans-Bold.ttf")
pdf.add_font("LN", "", L + "LiberationSansNarrow-Regular.ttf")
pdf.add_font("LN", "B", L + "LiberationSansNarrow-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Tax Invoice KPB-26-0392")
pdf.set_author("Karoo Payroll Bureau (Pty) Ltd")
pdf.add_page()
OCHRE = (196, 120, 30)
DARK = (52, 40, 30)
GREY = (105, 100, 95)


def t(x, y, s, size=9, style="", w=0, align="L", color=(25, 25, 25), font="LS", h=5):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


pdf.set_fill_color(*DARK)
pdf.rect(0, 0, 210, 30, "F")
pdf.set_fill_color(*OCHRE)
pdf.rect(0, 30, 210, 2.5, "F")
t(15, 9, "KAROO PAYROLL BUREAU", 18, "B", color=(255, 255, 255), h=8)
t(15, 18, "Payroll · HR administration · statutory submissions", 8.5, color=(230, 210, 180))
t(195, 9, "TAX INVOICE", 16, "B", w=0, align="R", color=(255, 255, 255), h=8)

meta = [("Invoice no.", "KPB-26-0392"), ("Invoice date", "2026/03/02"), ("Due date", "2026/03/09"),
        ("Client code", "HPE-017"), ("Payroll period", "2026/02/01 - 2026/02/28"), ("Pay date", "2026/02/25")]
for i, (k, v) in enumerate(meta):
    t(130, 40 + i * 5.2, k, 8.4, color=GREY, font="LN")
    t(160, 40 + i * 5.2, v, 8.8, "B" if i < 3 else "", font="LN")

for j, (cap, lines) in enumerate([("SUPPLIER", ["Karoo Payroll Bureau (Pty) Ltd", "Block C, Lytton Office Park",
                                                "27 Lytton Road, Centurion 0157", "Reg. No. 2016/418273/07",
                                                "VAT No. 4718293055"]),
                                  ("RECIPIENT", ["Highveld Precision Engineering (Pty) Ltd", "14 Steel Road, Germiston South",
                                                 "Germiston 1401", "Reg. No. 2009/021846/07", "VAT No. 4260194834"])]):
    y0 = 40 + j * 31
    t(15, y0, cap, 7.4, "B", color=OCHRE)
    for i, s in enumerate(lines):
        t(15, y0 + 4.6 + i * 4.4, s, 9 if i == 0 else 8.4, "B" if i == 0 else "")

y = 108
pdf.set_fill_color(245, 236, 222)
pdf.rect(15, y, 180, 7, "F")
for x, w, s, a in [(17, 0, "Description", "L"), (120, 18, "Qty", "R"), (138, 25, "Rate excl. VAT", "R"), (163, 30, "Amount", "R")]:
    t(x, y + 1.2, s, 8.6, "B", w=w, align=a, font="LN")
y += 9
for d, q, rt, a in LINES:
    t(17, y, d, 8.8, font="LN")
    t(120, y, q, 8.8, w=18, align="R", font="LN")
    t(138, y, r(rt), 8.8, w=25, align="R", font="LN")
    t(163, y, r(a), 8.8, w=30, align="R", font="LN")
    pdf.set_draw_color(225, 215, 200)
    pdf.line(15, y + 6, 195, y + 6)
    y += 7.5

y += 5
pdf.set_draw_color(*OCHRE)
pdf.rect(15, y, 80, 24)
t(18, y + 2, "RUN STATISTICS - FEBRUARY 2026", 7.6, "B", color=OCHRE)
for i, s in enumerate(["Payslips processed: 186", "Active employees: 186 (3 pay points)", "Terminations: 2 · new hires: 7"]):
    t(18, y + 7.5 + i * 4.6, s, 8.4, font="LN")
for i, (k, v, b) in enumerate([("Total excl. VAT", r(SUB), False), ("VAT @ 15%", r(VAT), False),
                               ("TOTAL incl. VAT (ZAR)", r(TOT), True)]):
    yy = y + 1 + i * 7.5
    if b:
        pdf.set_fill_color(*DARK)
        pdf.rect(110, yy - 1.2, 85, 7.5, "F")
    t(113, yy, k, 9.6 if b else 9, "B" if b else "", color=(255, 255, 255) if b else (25, 25, 25))
    t(160, yy, v, 9.6 if b else 9, "B" if b else "", w=33, align="R", color=(255, 255, 255) if b else (25, 25, 25))

y += 36
t(15, y, "Payment terms: 7 days from invoice date by EFT. Please use your client code HPE-017 as the payment reference.", 8.4)
t(15, y + 5, "Banking details: FNB Business, branch code 250655, cheque account 62418273905, Karoo Payroll Bureau (Pty) Ltd.", 8.4)
t(15, y + 10, "Payroll services are rendered under the service level agreement dated 2024/07/01; fees escalate annually by CPI.", 8.4)
t(15, y + 15, "POPIA: employee data is processed as operator on behalf of the client under the signed operator agreement.", 8.4)

pdf.set_draw_color(200, 190, 175)
pdf.line(15, 279, 195, 279)
t(15, 280.5, "Karoo Payroll Bureau (Pty) Ltd · Reg. No. 2016/418273/07 · VAT No. 4718293055 · Directors: L. van der Merwe, "
  "T. Mokoena, S. Pillay · SAPP member", 7, w=180, align="C", color=GREY)
pdf.output(sys.argv[1])
