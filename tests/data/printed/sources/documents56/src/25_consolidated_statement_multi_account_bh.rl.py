"""Consolidated statement with several accounts (Bahrain, Manama), English with Bahraini conventions: bank header,
customer address with a summary box beside it listing three accounts (BHD current account, BHD savings account, USD
call account) with opening / closing balances and the BHD equivalent, then the current-account transactions with
three-decimal BHD amounts (fils), debit / credit / balance columns, VAT 10 % on the maintenance fee, the savings and
USD call account sections, and a Central Bank of Bahrain licence footer with the CR number. Dates DD/MM/YYYY.
ReportLab canvas, DejaVu Sans.
Usage: python3 25_consolidated_statement_multi_account_bh.rl.py out.pdf"""
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

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))


def b3(x):
    return f"{x:,.3f}"


OPEN = D("2184.375")
TX = [("01/02/2026", "SALARY FEB 2026 SEEF ENGINEERING CONSULTANTS W.L.L.", D("1850.000")),
      ("03/02/2026", "STANDING ORDER RENT AL AREEN PROPERTIES", D("-450.000")),
      ("05/02/2026", "POS PURCHASE SEEF HYPERMARKET", D("-38.725")),
      ("08/02/2026", "EWA BILL PAYMENT ACCOUNT 1184720", D("-42.300")),
      ("10/02/2026", "CREDIT CARD PAYMENT CARD ENDING 6612", D("-300.000")),
      ("12/02/2026", "ATM WITHDRAWAL SEEF MALL", D("-100.000")),
      ("15/02/2026", "FAWRI+ TRANSFER TO ALI JAFFAR", D("-200.000")),
      ("17/02/2026", "POS PURCHASE GULFTEL MOBILE BILL", D("-27.500")),
      ("20/02/2026", "BENEFITPAY RECEIVED FROM M. AL SAYED", D("35.000")),
      ("24/02/2026", "POS PURCHASE AL ABRAAJ RESTAURANT", D("-18.650")),
      ("26/02/2026", "PERSONAL FINANCE INSTALMENT 12/48", D("-285.417")),
      ("28/02/2026", "ACCOUNT MAINTENANCE FEE", D("-1.000")),
      ("28/02/2026", "VAT 10% ON MAINTENANCE FEE", D("-0.100"))]
CRE = sum(a for *_, a in TX if a > 0)
DEB = sum(-a for *_, a in TX if a < 0)
CLOSE = OPEN + CRE - DEB
SAV_OPEN = D("12500.000")
SAV_INT = (SAV_OPEN * D("0.01") / 12).quantize(D("0.001"), ROUND_HALF_UP)
SAV_CLOSE = SAV_OPEN + SAV_INT
USD_OPEN, USD_INT = D("8400.00"), D("12.60")
USD_CLOSE = USD_OPEN + USD_INT
USD_BHD = (USD_CLOSE * D("0.376")).quantize(D("0.001"), ROUND_HALF_UP)
TOTAL = CLOSE + SAV_CLOSE + USD_BHD
assert (CRE, DEB, CLOSE, SAV_INT, SAV_CLOSE, USD_BHD, TOTAL) == (
    D("1885.000"), D("1463.692"), D("2605.683"), D("10.417"), D("12510.417"), D("3163.138"), D("18279.238"))

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="DV", initialFontSize=8)
c.setTitle("Consolidated statement 28/02/2026")
W, H = A4
L, R = 16 * mm, W - 16 * mm
T = colors.HexColor("#00635a")
c.setFillColor(T)
c.setFont("DVB", 18)
c.drawString(L, H - 22 * mm, "GULF PEARL BANK")
c.setFont("DV", 7.5)
c.setFillColor(colors.HexColor("#555555"))
c.drawString(L, H - 27 * mm, "Retail Banking · Pearl Tower, Building 1470, Road 1819, Block 318, Manama · +973 1755 0184")
c.setFillColor(colors.black)
c.setFont("DVB", 11)
c.drawRightString(R, H - 20 * mm, "CONSOLIDATED STATEMENT")
c.setFont("DV", 8)
c.drawRightString(R, H - 25 * mm, "Statement date: 28/02/2026")
c.drawRightString(R, H - 29 * mm, "Period: 01/02/2026 to 28/02/2026")
c.setStrokeColor(T)
c.setLineWidth(1.2)
c.line(L, H - 32 * mm, R, H - 32 * mm)
c.setLineWidth(0.4)
y = H - 42 * mm
for i, s in enumerate(["Mr. Hussain Ali Jaffar", "Flat 21, Building 1184", "Road 2816, Block 428", "Seef", "Kingdom of Bahrain"]):
    c.setFont("DVB" if i == 0 else "DV", 9)
    c.drawString(L, y - i * 4.6 * mm, s)
c.setFont("DV", 7.5)
c.drawString(L, y - 27 * mm, "Customer ID (CIF): 00418473")
bx = L + 78 * mm
c.setFillColor(colors.HexColor("#e9f4f2"))
c.rect(bx, y - 32 * mm, R - bx, 37 * mm, fill=1, stroke=1)
c.setFillColor(T)
c.setFont("DVB", 8.5)
c.drawString(bx + 2 * mm, y + 1 * mm, "Summary of your accounts")
c.setFillColor(colors.black)
cols = [bx + 2 * mm, bx + 55 * mm, bx + 75 * mm, bx + 95 * mm]
c.setFont("DVB", 7)
for x, h in zip(cols, ["Account", "Ccy", "Opening", "Closing"]):
    if h in ("Opening", "Closing"):
        c.drawRightString(x + 2 * mm, y - 4 * mm, h)
    else:
        c.drawString(x, y - 4 * mm, h)
summ = [("Current account 00028417350019", "BHD", b3(OPEN), b3(CLOSE)),
        ("Savings account 00028417350027", "BHD", b3(SAV_OPEN), b3(SAV_CLOSE)),
        ("Call account 00028417350501", "USD", f"{USD_OPEN:,.2f}", f"{USD_CLOSE:,.2f}"),
        ("USD call account in BHD at 0.376", "BHD", "", b3(USD_BHD))]
for i, row in enumerate(summ):
    yy = y - 9.5 * mm - i * 4.6 * mm
    c.setFont("DV", 7.3)
    c.drawString(cols[0], yy, row[0])
    c.drawString(cols[1], yy, row[1])
    c.drawRightString(cols[2] + 2 * mm, yy, row[2])
    c.drawRightString(cols[3] + 2 * mm, yy, row[3])
c.line(bx + 2 * mm, y - 26 * mm, R - 2 * mm, y - 26 * mm)
c.setFont("DVB", 7.6)
c.drawString(cols[0], y - 29.5 * mm, "Total relationship balance (BHD)")
c.drawRightString(cols[3] + 2 * mm, y - 29.5 * mm, b3(TOTAL))

y = H - 86 * mm
c.setFillColor(T)
c.setFont("DVB", 10)
c.drawString(L, y, "Current account 00028417350019 · BHD")
c.setFillColor(colors.black)
c.setFont("DV", 7.5)
c.drawRightString(R, y, "IBAN BH22 GPBK 0002 8417 3500 19")
y -= 6 * mm
c.setFillColor(T)
c.rect(L, y - 1.8 * mm, R - L, 6 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("DVB", 7.5)
c.drawString(L + 2 * mm, y, "Date")
c.drawString(L + 24 * mm, y, "Description")
c.drawRightString(R - 52 * mm, y, "Debit")
c.drawRightString(R - 27 * mm, y, "Credit")
c.drawRightString(R - 2 * mm, y, "Balance")
c.setFillColor(colors.black)
y -= 6.5 * mm
c.setFont("DVB", 7.6)
c.drawString(L + 24 * mm, y, "OPENING BALANCE")
c.drawRightString(R - 2 * mm, y, b3(OPEN))
y -= 5.4 * mm
bal = OPEN
for d, s, a in TX:
    bal += a
    c.setFont("DV", 7.6)
    c.drawString(L + 2 * mm, y, d)
    c.drawString(L + 24 * mm, y, s)
    c.drawRightString((R - 52 * mm) if a < 0 else (R - 27 * mm), y, b3(abs(a)))
    c.drawRightString(R - 2 * mm, y, b3(bal))
    y -= 5.4 * mm
c.line(L, y + 3.4 * mm, R, y + 3.4 * mm)
c.setFont("DVB", 7.6)
c.drawString(L + 24 * mm, y, "TOTAL / CLOSING BALANCE")
c.drawRightString(R - 52 * mm, y, b3(DEB))
c.drawRightString(R - 27 * mm, y, b3(CRE))
c.drawRightString(R - 2 * mm, y, b3(CLOSE))
y -= 11 * mm
c.setFillColor(T)
c.setFont("DVB", 10)
c.drawString(L, y, "Savings account 00028417350027 · BHD")
c.setFillColor(colors.black)
c.setFont("DV", 7.5)
c.drawRightString(R, y, "IBAN BH97 GPBK 0002 8417 3500 27 · profit rate 1.00% p.a.")
y -= 6 * mm
for d, s, a, b in [("01/02/2026", "OPENING BALANCE", "", b3(SAV_OPEN)), ("28/02/2026", "INTEREST CREDITED FEB 2026", b3(SAV_INT),
                                                                         b3(SAV_CLOSE))]:
    c.setFont("DV", 7.6)
    c.drawString(L + 2 * mm, y, d)
    c.drawString(L + 24 * mm, y, s)
    c.drawRightString(R - 27 * mm, y, a)
    c.drawRightString(R - 2 * mm, y, b)
    y -= 5.4 * mm
y -= 6 * mm
c.setFillColor(T)
c.setFont("DVB", 10)
c.drawString(L, y, "Call account 00028417350501 · USD")
c.setFillColor(colors.black)
y -= 6 * mm
for d, s, a, b in [("01/02/2026", "OPENING BALANCE", "", f"{USD_OPEN:,.2f}"),
                   ("28/02/2026", "INTEREST CREDITED FEB 2026 (1.80% P.A.)", f"{USD_INT:,.2f}", f"{USD_CLOSE:,.2f}")]:
    c.setFont("DV", 7.6)
    c.drawString(L + 2 * mm, y, d)
    c.drawString(L + 24 * mm, y, s)
    c.drawRightString(R - 27 * mm, y, a)
    c.drawRightString(R - 2 * mm, y, b)
    y -= 5.4 * mm
y -= 6 * mm
c.setFont("DV", 7.2)
for s in ["Please examine this statement and notify the bank of any discrepancy within 15 days, after which it will be deemed correct.",
          "Eligible deposits are protected under the Deposit Protection Scheme of the Central Bank of Bahrain up to BHD 20,000."]:
    c.drawString(L, y, s)
    y -= 4 * mm
c.setFillColor(colors.HexColor("#666666"))
c.setFont("DV", 6.6)
c.drawString(L, 16 * mm, "Gulf Pearl Bank B.S.C. (c) · Licensed as a conventional retail bank by the Central Bank of Bahrain · "
             "C.R. No. 118472-1 · VAT Reg. No. 200018472900002")
c.drawString(L, 12.5 * mm, "Registered office: Pearl Tower, Building 1470, Road 1819, Block 318, Manama, Kingdom of Bahrain.")
c.showPage()
c.save()
