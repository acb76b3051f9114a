"""Superannuation (pension) annual member statement (Australia, Brisbane), English: fund header with trustee, ABN,
AFSL and RSE licence, the member's address with a "Your account at a glance" box beside it (member number, period,
opening and closing balance), a "Your transactions" summary (employer SG contributions at 11.5 %, salary sacrifice,
contributions tax, insurance premiums, administration fees, investment return), the concessional contributions cap
note, insurance cover, investment option and beneficiaries, and a footer with the USI and PDS text. ReportLab canvas,
Liberation Sans.
Usage: python3 24_super_member_statement_au.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


OPEN = D("86412.33")
SALARY = D("82500.00")
SG = q(SALARY * D("0.115"))
SS = D("2400.00")
TAX = q((SG + SS) * D("0.15"))
INS = D("642.60")
ADMIN_FIX = 52 * D("1.50")
ADMIN_PCT = D("186.45")
RET = D("8921.74")
CLOSE = OPEN + SG + SS - TAX - INS - ADMIN_FIX - ADMIN_PCT + RET
assert (SG, TAX, ADMIN_FIX, CLOSE) == (D("9487.50"), D("1783.13"), D("78.00"), D("104531.39")), (SG, TAX, CLOSE)

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Annual member statement 2024-25")
W, H = A4
L, R = 18 * mm, W - 18 * mm
G = colors.HexColor("#b07d12")
N = colors.HexColor("#1d3557")


def m(x):
    return f"${x:,.2f}"


c.setFillColor(N)
c.setFont("LSB", 20)
c.drawString(L, H - 24 * mm, "Wattle Coast Super")
c.setFillColor(G)
c.rect(L, H - 28 * mm, 60 * mm, 1.4 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("LSB", 12)
c.drawRightString(R, H - 21 * mm, "Annual member statement")
c.setFont("LS", 9)
c.drawRightString(R, H - 26 * mm, "1 July 2024 to 30 June 2025")
c.drawRightString(R, H - 30.5 * mm, "Issued 18 September 2025")
y = H - 48 * mm
for i, s in enumerate(["Ms Rebecca J Holt", "14 Banksia Street", "PADDINGTON QLD 4064"]):
    c.setFont("LS", 10)
    c.drawString(L, y - i * 5 * mm, s)
bx = R - 82 * mm
c.setFillColor(colors.HexColor("#f4f1e8"))
c.setStrokeColor(G)
c.roundRect(bx, y - 34 * mm, 82 * mm, 42 * mm, 2 * mm, fill=1)
c.setFillColor(N)
c.setFont("LSB", 10)
c.drawString(bx + 4 * mm, y + 2 * mm, "Your account at a glance")
c.setFillColor(colors.black)
for i, (k, v, b) in enumerate([("Member number", "7018 4472", 0), ("Statement period", "01/07/2024 - 30/06/2025", 0),
                               ("Opening balance at 1 July 2024", m(OPEN), 0),
                               ("Closing balance at 30 June 2025", m(CLOSE), 1), ("Investment option", "Balanced", 0),
                               ("Preservation: preserved", m(CLOSE), 0)]):
    c.setFont("LS", 8.5)
    c.drawString(bx + 4 * mm, y - 5 * mm - i * 5.2 * mm, k)
    c.setFont("LSB" if b else "LS", 9 if b else 8.5)
    c.drawRightString(bx + 78 * mm, y - 5 * mm - i * 5.2 * mm, v)
y = H - 100 * mm
c.setFillColor(N)
c.setFont("LSB", 12)
c.drawString(L, y, "Your transactions")
c.setFillColor(colors.black)
y -= 4 * mm
c.setStrokeColor(N)
c.line(L, y, R, y)
y -= 6 * mm
tx = [("Opening balance at 1 July 2024", OPEN, "LSB"),
      ("Employer contributions (Superannuation Guarantee 11.5%)", SG, "LS"),
      ("Salary sacrifice contributions", SS, "LS"),
      ("Contributions tax (15% on concessional contributions)", -TAX, "LS"),
      ("Insurance premiums (death, TPD and income protection)", -INS, "LS"),
      ("Administration fees ($1.50 per week)", -ADMIN_FIX, "LS"),
      ("Administration fees (0.15% of your balance)", -ADMIN_PCT, "LS"),
      ("Net investment return (Balanced option, 9.12%)", RET, "LS"),
      ("Closing balance at 30 June 2025", CLOSE, "LSB")]
for k, v, f in tx:
    c.setFont(f, 9.5)
    c.drawString(L + 2 * mm, y, k)
    c.drawRightString(R - 2 * mm, y, ("-" + m(-v)) if v < 0 else m(v))
    if f == "LSB" and k.startswith("Closing"):
        c.line(L, y + 4.5 * mm, R, y + 4.5 * mm)
    y -= 6.4 * mm
y -= 3 * mm
c.setFont("LS", 8.3)
for s in ["Your concessional contributions this year were $11,887.50, within the cap of $30,000. Your employer was Moreton",
          "Bay Physiotherapy Pty Ltd (ABN 59 628 471 930). Fees and costs shown are those deducted directly from your account;",
          "indirect costs of the Balanced option of 0.54% are reflected in the net investment return."]:
    c.drawString(L, y, s)
    y -= 4.3 * mm
y -= 6 * mm
c.setFillColor(N)
c.setFont("LSB", 12)
c.drawString(L, y, "Your insurance cover at 30 June 2025")
c.setFillColor(colors.black)
y -= 7 * mm
for k, v in [("Death cover", "$412,000"), ("Total and permanent disability (TPD)", "$412,000"),
             ("Income protection (monthly benefit, 90-day waiting period)", "$5,156")]:
    c.setFont("LS", 9.5)
    c.drawString(L + 2 * mm, y, k)
    c.drawRightString(R - 2 * mm, y, v)
    y -= 6 * mm
y -= 5 * mm
c.setFillColor(N)
c.setFont("LSB", 12)
c.drawString(L, y, "Your beneficiaries")
c.setFillColor(colors.black)
y -= 7 * mm
c.setFont("LS", 9.5)
c.drawString(L + 2 * mm, y, "Binding nomination (expires 14/03/2027): Thomas Holt (spouse) 100%")
c.setFillColor(colors.HexColor("#666666"))
c.setFont("LS", 6.9)
c.drawString(L, 18 * mm, "Issued by Wattle Coast Trustee Services Pty Ltd (ABN 94 118 332 904, AFSL 318472, RSE licence L0001847) as "
             "trustee of Wattle Coast Super (ABN 39 184 739 260,")
c.drawString(L, 14.5 * mm, "USI 39184739260001). Consider the Product Disclosure Statement and Target Market Determination at "
             "wattlecoastsuper.example before making a decision. Phone 13 55 01.")
c.save()
