"""Payment-service (electronic money institution) account statement (Lithuania, Vilnius), English: a Wise-like EUR
balance statement over two pages for a freelance designer. Page 1: institution header, account holder address, an
account details box (IBAN, BIC, currency, period), opening balance and the first rows of the transaction table
(incoming / outgoing / balance, with currency conversions, card payments and separate fee rows), ending with
"Balance carried forward". Page 2: repeat header, "Balance brought forward", the remaining rows, closing balance and
the money in / money out / fees summary (all only on page 2), and the Bank of Lithuania licence footer on both pages.
Dates "2 Feb 2026", amounts 1,234.56. ReportLab canvas, Liberation Sans.
Usage: python3 23_emi_account_statement_2p_lt.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
OPEN = D("3184.27")
# (date, description, detail, amount, is_fee)
TX = [("2 Feb 2026", "Received money from Agência Lume Lda", "Invoice LP-2026-004", D("2400.00"), 0),
      ("2 Feb 2026", "Card transaction: Caffeine Roasters Vilnius", "Card ending 7731", D("-6.80"), 0),
      ("3 Feb 2026", "Converted 1,200.00 GBP to 1,384.61 EUR", "Rate 1.15384", D("1384.61"), 0),
      ("3 Feb 2026", "Fee: conversion GBP to EUR", "", D("-5.12"), 1),
      ("4 Feb 2026", "Sent money to Vilniaus Biurai UAB", "Coworking desk February", D("-190.00"), 0),
      ("5 Feb 2026", "Card transaction: Vectorly design subscription", "Card ending 7731, USD 16.00", D("-14.87"), 0),
      ("5 Feb 2026", "Fee: card payment in USD", "", D("-0.09"), 1),
      ("6 Feb 2026", "Direct debit: Sodra social insurance", "Self-employed contributions 01/2026", D("-362.14"), 0),
      ("9 Feb 2026", "Received money from Nordlys Studio ApS", "Invoice LP-2026-006", D("1850.00"), 0),
      ("10 Feb 2026", "Card transaction: Kaimo Turgus Vilnius", "Card ending 7731", D("-48.36"), 0),
      ("11 Feb 2026", "Sent money to Laura Petraitytė", "To own account LT..0418", D("-1500.00"), 0),
      ("12 Feb 2026", "Card transaction: PixelSuite Cloud", "Card ending 7731", D("-66.41"), 0),
      ("13 Feb 2026", "Received money from Brightline Media Ltd", "Converted from GBP 850.00", D("980.76"), 0),
      ("13 Feb 2026", "Fee: conversion GBP to EUR", "", D("-3.63"), 1),
      ("16 Feb 2026", "Card transaction: RideEats Food", "Card ending 7731", D("-23.40"), 0),
      ("17 Feb 2026", "Sent money to VMI (State Tax Inspectorate)", "Personal income tax advance Q1", D("-412.00"), 0),
      ("18 Feb 2026", "Card transaction: Siuntų Centras", "Card ending 7731", D("-12.95"), 0),
      ("19 Feb 2026", "Received money from Agência Lume Lda", "Invoice LP-2026-008", D("1200.00"), 0),
      ("20 Feb 2026", "Card transaction: Caffeine Roasters Vilnius", "Card ending 7731", D("-7.20"), 0),
      ("23 Feb 2026", "Sent money to Baltnet Telecom UAB", "Mobile and internet 02/2026", D("-34.99"), 0),
      ("24 Feb 2026", "Card transaction: GadgetHub online", "Card ending 7731", D("-129.00"), 0),
      ("25 Feb 2026", "Received money from Kauno Dizaino Savaitė", "Invoice LP-2026-009", D("640.00"), 0),
      ("26 Feb 2026", "Sent money to Vilniaus Biurai UAB", "Coworking desk March", D("-190.00"), 0),
      ("27 Feb 2026", "Card transaction: Turgelis Vilnius", "Card ending 7731", D("-71.58"), 0),
      ("27 Feb 2026", "Fee: monthly account plan", "Business plan February", D("-9.00"), 1),
      ("28 Feb 2026", "Interest on balance", "Variable rate 1.85% p.a.", D("6.74"), 0)]
P1 = 15
CARRY = OPEN + sum(a for *_, a, _f in TX[:P1])
INC = sum(a for *_, a, _f in TX if a > 0)
OUT = sum(-a for *_, a, _f in TX if a < 0)
FEES = sum(-a for *_, a, f in TX if f)
CLOSE = OPEN + INC - OUT
assert (CARRY, INC, OUT, FEES, CLOSE) == (D("7578.82"), D("8462.11"), D("3087.54"), D("17.84"), D("8558.84")), \
    (CARRY, INC, OUT, FEES, CLOSE)


def m(x):
    return f"{x:,.2f}"


c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("EUR statement February 2026")
W, H = A4
L, R = 18 * mm, W - 18 * mm
G = colors.HexColor("#163300")
A = colors.HexColor("#9FE870")


def footer(page):
    c.setFillColor(colors.HexColor("#666666"))
    c.setFont("LS", 6.8)
    c.drawString(L, 16 * mm, "Baltic Ledger Payments UAB · Konstitucijos pr. 21A, LT-08130 Vilnius · company code 305184726 · "
                 "authorised as an electronic money institution by the Bank of Lithuania,")
    c.drawString(L, 12.5 * mm, "licence No. LB000471. Funds are safeguarded in accordance with the Law on Electronic Money and "
                 "are not covered by a deposit guarantee scheme.")
    c.drawRightString(R, 8 * mm, f"Page {page} of 2")
    c.setFillColor(colors.black)


def table_head(y):
    c.setFillColor(G)
    c.rect(L, y - 2 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("LSB", 8.3)
    c.drawString(L + 2 * mm, y, "Date")
    c.drawString(L + 24 * mm, y, "Description")
    c.drawRightString(R - 50 * mm, y, "Incoming")
    c.drawRightString(R - 26 * mm, y, "Outgoing")
    c.drawRightString(R - 2 * mm, y, "Balance")
    c.setFillColor(colors.black)
    return y - 8 * mm


def rows(y, items, bal):
    for d, desc, det, a, f in items:
        bal += a
        c.setFont("LS", 8.3)
        c.drawString(L + 2 * mm, y, d)
        c.setFont("LSB" if not f else "LS", 8.3)
        c.drawString(L + 24 * mm, y, desc)
        c.setFont("LS", 8.3)
        if a > 0:
            c.drawRightString(R - 50 * mm, y, m(a))
        else:
            c.drawRightString(R - 26 * mm, y, m(-a))
        c.drawRightString(R - 2 * mm, y, m(bal))
        if det:
            c.setFont("LS", 7.2)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawString(L + 24 * mm, y - 3.4 * mm, det)
            c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#dddddd"))
        c.line(L, y - 5.2 * mm, R, y - 5.2 * mm)
        y -= 9 * mm
    return y, bal


def bold_row(y, label, amount):
    c.setFillColor(colors.HexColor("#eef8e6"))
    c.rect(L, y - 2 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("LSB", 8.5)
    c.drawString(L + 24 * mm, y, label)
    c.drawRightString(R - 2 * mm, y, m(amount))
    return y - 9 * mm


# page 1
c.setFillColor(G)
c.setFont("LSB", 19)
c.drawString(L, H - 24 * mm, "baltic ledger")
c.setFillColor(A)
c.circle(L + 47 * mm, H - 22.7 * mm, 2.2 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("LSB", 13)
c.drawRightString(R, H - 22 * mm, "EUR statement")
c.setFont("LS", 8.5)
c.drawRightString(R, H - 27 * mm, "1 February 2026 – 28 February 2026")
c.drawRightString(R, H - 31 * mm, "Generated on 1 March 2026")
y = H - 46 * mm
c.setFont("LS", 10)
for i, s in enumerate(["Laura Petraitytė", "Vilniaus g. 31-4", "LT-01402 Vilnius", "Lithuania"]):
    c.setFont("LSB" if i == 0 else "LS", 10)
    c.drawString(L, y - i * 5 * mm, s)
bx = R - 78 * mm
c.setStrokeColor(G)
c.roundRect(bx, y - 20 * mm, 78 * mm, 25 * mm, 2 * mm)
for i, (k, v) in enumerate([("Account holder", "Laura Petraitytė"), ("IBAN", "LT77 3842 0482 1739 0623"),
                            ("BIC / SWIFT", "BLPALT22"), ("Currency", "EUR"), ("Account type", "Business, sole trader")]):
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(bx + 3 * mm, y + 0.5 * mm - i * 4.6 * mm, k)
    c.setFillColor(colors.black)
    c.setFont("LSB", 8)
    c.drawString(bx + 27 * mm, y + 0.5 * mm - i * 4.6 * mm, v)
y = H - 82 * mm
y = table_head(y)
y = bold_row(y, "Opening balance on 1 February 2026", OPEN)
y, bal = rows(y, TX[:P1], OPEN)
assert bal == CARRY
y = bold_row(y, "Balance carried forward to page 2", CARRY)
footer(1)
c.showPage()
# page 2
c.setFont("LSB", 10)
c.setFillColor(G)
c.drawString(L, H - 20 * mm, "baltic ledger")
c.setFillColor(colors.black)
c.setFont("LS", 8.5)
c.drawRightString(R, H - 20 * mm, "EUR statement · Laura Petraitytė · LT77 3842 0482 1739 0623")
c.drawRightString(R, H - 24.5 * mm, "1 February 2026 – 28 February 2026")
y = H - 36 * mm
y = table_head(y)
y = bold_row(y, "Balance brought forward from page 1", CARRY)
y, bal = rows(y, TX[P1:], CARRY)
assert bal == CLOSE
y = bold_row(y, "Closing balance on 28 February 2026", CLOSE)
y -= 6 * mm
c.setFont("LSB", 10)
c.drawString(L, y, "Summary of your EUR balance")
y -= 7 * mm
for k, v in [("Opening balance", OPEN), ("Money in", INC), ("Money out (including fees)", OUT), ("of which fees", FEES),
             ("Closing balance", CLOSE)]:
    c.setFont("LSB" if k == "Closing balance" else "LS", 9)
    if k == "Opening balance":
        c.drawString(L, y, "Opening balance (see page 1)")
    else:
        c.drawString(L, y, k)
        c.drawRightString(L + 90 * mm, y, f"{m(v)} EUR")
    y -= 5.5 * mm
y -= 4 * mm
c.setFont("LS", 7.8)
for s in ["Exchange rates include our conversion fee shown on a separate line. Card payments in other currencies are converted",
          "at the card network rate on the day of settlement. If you do not recognise a transaction, contact us within 13 months."]:
    c.drawString(L, y, s)
    y -= 4 * mm
footer(2)
c.showPage()
c.save()
