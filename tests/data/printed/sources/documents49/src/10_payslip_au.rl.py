"""Fortnightly payslip of an aged-care worker (award rates, weekend penalties, shift allowance, PAYG withholding,
superannuation guarantee 12 %, leave balances, year-to-date), Australia (ReportLab canvas).
Usage: python3 10_payslip_au.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
TEAL = HexColor("#00677f")
PALE = HexColor("#e6f2f5")
GREY = HexColor("#5f6b70")
C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def m(x):
    return f"{x:,.2f}"


RATE = D("30.42")
EARN = [("Ordinary hours", D("75.00"), RATE), ("Saturday penalty 50%", D("7.50"), RATE * D("0.5")),
        ("Sunday penalty 75%", D("7.50"), RATE * D("0.75")), ("Afternoon shift allowance 15%", D("15.00"), RATE * D("0.15"))]
amounts = [q(h * r) for _, h, r in EARN]
gross = sum(amounts)
payg = D("506.00")
union = D("24.50")
net = gross - payg - union
sg = q(gross * D("0.12"))
YTD_G, YTD_T, YTD_U = D("19208.66"), D("3680.00"), D("196.00")
assert (gross, net, sg) == (D("2635.14"), D("2104.64"), D("316.22")), (gross, net, sg)
assert q(YTD_G * D("0.12")) == D("2305.04")

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="DV", initialFontSize=9)
c.setTitle("Payslip CA-10472 pay date 22/10/2025")
c.setFillColor(TEAL)
c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("DVB", 17)
c.drawString(16 * mm, H - 16 * mm, "Coastline Aged Care")
c.setFont("DV", 8)
c.drawString(16 * mm, H - 22 * mm, "Residential care · Home care packages · Illawarra & South Coast")
for i, t in enumerate(["Coastline Aged Care Services Pty Ltd", "ABN 45 618 472 935", "88 Crown Street, Wollongong NSW 2500",
                       "payroll@coastlinecare.example · (02) 4228 1047"]):
    c.drawRightString(W - 16 * mm, H - 11 * mm - i * 4.4 * mm, t)
c.setFillColor(black)
c.setFont("DVB", 14)
c.drawString(16 * mm, H - 46 * mm, "PAYSLIP")
c.setFont("DV", 8.5)
c.setFillColor(GREY)
c.drawString(42 * mm, H - 46 * mm, "Fortnightly pay · Employment: permanent part-time")
c.setFillColor(black)

# details box: two columns of label / value
L = [("Employee", "Mei Ling Tran"), ("Employee ID", "CA-10472"), ("Classification", "Aged care employee level 3"),
     ("Base hourly rate", "$30.42")]
R = [("Pay period", "06/10/2025 to 19/10/2025"), ("Pay date", "22/10/2025"), ("Super fund", "Southern Cross Super #77410932"),
     ("Paid to", "BSB 062-517 acct ***4410")]
y0 = H - 54 * mm
c.setStrokeColor(HexColor("#b7d3da"))
c.setFillColor(PALE)
c.rect(16 * mm, y0 - 21 * mm, W - 32 * mm, 24 * mm, stroke=1, fill=1)
c.setFillColor(black)
for col, items in ((0, L), (1, R)):
    for i, (k, v) in enumerate(items):
        x = 19 * mm + col * 90 * mm
        yy = y0 - i * 5.2 * mm
        c.setFont("DV", 7.4)
        c.setFillColor(GREY)
        c.drawString(x, yy, k)
        c.setFillColor(black)
        c.setFont("DVB" if i < 2 else "DV", 8.4)
        c.drawString(x + 25 * mm, yy, v)


def header(y, cols):
    c.setFillColor(TEAL)
    c.rect(16 * mm, y - 2.2 * mm, W - 32 * mm, 6.4 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 7.8)
    for x, t, al in cols:
        (c.drawRightString if al == "R" else c.drawString)(x, y, t)
    c.setFillColor(black)


X = [19 * mm, 112 * mm, 135 * mm, 162 * mm, W - 19 * mm]
y = H - 86 * mm
header(y, [(X[0], "Earnings", "L"), (X[1], "Hours", "R"), (X[2], "Rate", "R"), (X[3], "This pay", "R"), (X[4], "YTD", "R")])
YTD_E = [D("16324.12"), D("913.32"), D("1368.88"), D("602.34")]
assert sum(YTD_E) == YTD_G
y -= 7 * mm
for (label, h, r), a, ytd in zip(EARN, amounts, YTD_E):
    c.setFont("DV", 8.4)
    c.drawString(X[0], y, label)
    c.drawRightString(X[1], y, f"{h:.2f}")
    c.drawRightString(X[2], y, f"{r:.4f}")
    c.drawRightString(X[3], y, m(a))
    c.drawRightString(X[4], y, m(ytd))
    y -= 5.6 * mm
c.setStrokeColor(TEAL)
c.line(16 * mm, y + 3.4 * mm, W - 16 * mm, y + 3.4 * mm)
c.setFont("DVB", 8.6)
c.drawString(X[0], y - 0.6 * mm, "Gross pay")
c.drawRightString(X[3], y - 0.6 * mm, m(gross))
c.drawRightString(X[4], y - 0.6 * mm, m(YTD_G))

y -= 13 * mm
header(y, [(X[0], "Tax and deductions", "L"), (X[3], "This pay", "R"), (X[4], "YTD", "R")])
y -= 7 * mm
for label, a, ytd in [("PAYG withholding (tax-free threshold claimed)", payg, YTD_T),
                      ("Union fees (payroll deduction authority)", union, YTD_U)]:
    c.setFont("DV", 8.4)
    c.drawString(X[0], y, label)
    c.drawRightString(X[3], y, m(a))
    c.drawRightString(X[4], y, m(ytd))
    y -= 5.6 * mm
c.line(16 * mm, y + 3.4 * mm, W - 16 * mm, y + 3.4 * mm)
c.setFont("DVB", 8.6)
c.drawString(X[0], y - 0.6 * mm, "Total deductions")
c.drawRightString(X[3], y - 0.6 * mm, m(payg + union))
c.drawRightString(X[4], y - 0.6 * mm, m(YTD_T + YTD_U))

y -= 13 * mm
header(y, [(X[0], "Superannuation (employer contribution, paid to fund)", "L"), (X[3], "This pay", "R"), (X[4], "YTD", "R")])
y -= 7 * mm
c.setFont("DV", 8.4)
c.drawString(X[0], y, "Superannuation guarantee 12% of ordinary time earnings ($2,635.14)")
c.drawRightString(X[3], y, m(sg))
c.drawRightString(X[4], y, m(q(YTD_G * D("0.12"))))

# net pay box
y -= 16 * mm
c.setFillColor(PALE)
c.setStrokeColor(TEAL)
c.setLineWidth(1.2)
c.rect(112 * mm, y - 5 * mm, W - 128 * mm, 14 * mm, stroke=1, fill=1)
c.setFillColor(black)
c.setFont("DV", 8.2)
c.drawString(116 * mm, y + 3.5 * mm, "NET PAY")
c.setFont("DVB", 15)
c.drawRightString(W - 20 * mm, y - 1.5 * mm, "$" + m(net))
c.setFont("DV", 7.6)
c.setFillColor(GREY)
c.drawString(19 * mm, y + 3.5 * mm, f"Net pay year to date: ${m(YTD_G - YTD_T - YTD_U)}")
c.drawString(19 * mm, y - 1 * mm, "Hours this pay: 75.00 (7.50 Sat, 7.50 Sun)")
c.setFillColor(black)

# leave balances
y -= 20 * mm
header(y, [(X[0], "Leave balances (hours)", "L"), (X[1], "Accrued", "R"), (X[2], "Taken", "R"), (X[4], "Balance", "R")])
y -= 7 * mm
for label, acc, tk, bal in [("Annual leave", "5.77", "0.00", "97.42"), ("Personal / carer's leave", "2.88", "7.50", "45.10"),
                            ("Long service leave", "1.25", "0.00", "38.66")]:
    c.setFont("DV", 8.4)
    c.drawString(X[0], y, label)
    c.drawRightString(X[1], y, acc)
    c.drawRightString(X[2], y, tk)
    c.drawRightString(X[4], y, bal)
    y -= 5.6 * mm

c.setFont("DV", 7)
c.setFillColor(GREY)
y -= 6 * mm
for t in ["Penalty rates and allowances are paid under the Aged Care Award 2010 as varied by the Fair Work Commission's work value decisions.",
          "Superannuation is paid to your nominated fund at least quarterly; payday super applies from 1 July 2026.",
          "This payslip is issued in accordance with the Fair Work Regulations 2009. Enquiries: payroll@coastlinecare.example."]:
    c.drawString(16 * mm, y, t)
    y -= 3.8 * mm
c.showPage()
c.save()
