"""Customer statement of account from a fastener wholesaler (United Kingdom, Huddersfield -> Halifax shopfitter),
English, two pages: letterhead, customer address beside a label block (statement date, account no., credit limit,
terms, page), the open items (invoices, credit notes, unallocated BACS payments) with date, reference, the customer's
PO, due date and debit / credit columns (credits in parentheses), 24 items on page 1 with "Carried forward", the rest
on page 2 with "Brought forward", then only on page 2: the balance due, the ageing boxes (current 0-30, 31-60, 61-90,
over 90 days), the overdue amount and a tear-off remittance slip. ReportLab canvas, Liberation Sans / Sans Narrow.
Usage: python3 04_statement_of_account_2p_gb.rl.py out.pdf"""
import sys
from datetime import date, timedelta
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
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", F + "LiberationSansNarrow-Bold.ttf"))

# date, type, reference, your reference, amount GBP (negative = credit)
ITEMS = [("2025-10-14", "INV", "118204", "PO 4471", "486.20"), ("2025-11-06", "INV", "118655", "PO 4502", "1212.48"),
         ("2025-11-21", "INV", "118930", "PO 4519", "327.60"), ("2025-12-02", "INV", "119102", "PO 4533", "2184.90"),
         ("2025-12-09", "INV", "119248", "PO 4540", "745.32"), ("2025-12-15", "CRN", "7731", "Return 118655", "-212.40"),
         ("2025-12-18", "INV", "119377", "PO 4551", "1098.65"), ("2026-01-06", "INV", "119520", "PO 4560", "1642.18"),
         ("2026-01-08", "INV", "119544", "PO 4561", "388.40"), ("2026-01-13", "INV", "119610", "PO 4566", "2916.75"),
         ("2026-01-15", "INV", "119648", "PO 4569", "154.08"), ("2026-01-19", "INV", "119702", "PO 4572", "876.30"),
         ("2026-01-21", "PMT", "BACS 210126", "On account", "-2500.00"), ("2026-01-22", "INV", "119771", "PO 4575", "1305.96"),
         ("2026-01-26", "INV", "119820", "PO 4578", "642.12"), ("2026-01-27", "CRN", "7802", "Price adj. 119610", "-96.00"),
         ("2026-01-28", "INV", "119866", "PO 4581", "1187.44"), ("2026-01-30", "INV", "119902", "PO 4584", "533.10"),
         ("2026-02-02", "INV", "119940", "PO 4586", "2048.36"), ("2026-02-03", "INV", "119955", "PO 4587", "318.72"),
         ("2026-02-05", "INV", "119991", "PO 4590", "1764.00"), ("2026-02-06", "INV", "120012", "PO 4591", "229.45"),
         ("2026-02-09", "INV", "120047", "PO 4594", "987.60"), ("2026-02-10", "INV", "120063", "PO 4595", "1420.88"),
         ("2026-02-12", "INV", "120098", "PO 4598", "76.80"), ("2026-02-13", "CRN", "7856", "Damaged 120047", "-148.14"),
         ("2026-02-16", "INV", "120130", "PO 4601", "2675.25"), ("2026-02-17", "INV", "120151", "PO 4603", "412.56"),
         ("2026-02-18", "INV", "120170", "PO 4604", "1150.20"), ("2026-02-19", "INV", "120188", "PO 4606", "644.08"),
         ("2026-02-23", "INV", "120225", "PO 4609", "1893.42"), ("2026-02-24", "INV", "120241", "PO 4611", "301.14"),
         ("2026-02-25", "INV", "120258", "PO 4612", "958.50"), ("2026-02-26", "PMT", "BACS 260226", "CVS-REM-0219", "-4000.00"),
         ("2026-02-27", "INV", "120290", "PO 4615", "1237.90")]
P1 = 24
SD = date(2026, 2, 28)
TYPES = {"INV": "Invoice", "CRN": "Credit note", "PMT": "Payment"}
buckets = [D(0)] * 4
for d, _, _, _, a in ITEMS:
    age = (SD - date.fromisoformat(d)).days
    k = 0 if age <= 30 else 1 if age <= 60 else 2 if age <= 90 else 3
    buckets[k] += D(a)
TOTAL = sum(D(i[4]) for i in ITEMS)
CF = sum(D(i[4]) for i in ITEMS[:P1])
DR1 = sum(D(i[4]) for i in ITEMS[:P1] if D(i[4]) > 0)
CR1 = sum(-D(i[4]) for i in ITEMS[:P1] if D(i[4]) < 0)
OVERDUE = buckets[1] + buckets[2] + buckets[3]
assert (TOTAL, buckets, OVERDUE, CF) == (D("24863.80"), [D("12503.82"), D("6517.23"), D("3816.47"), D("2026.28")],
                                         D("12359.98"), D("19662.09")), (TOTAL, buckets, OVERDUE, CF)

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Statement of account CVS0418 28/02/2026")
W, H = A4
L, R = 16 * mm, W - 16 * mm
TEAL = colors.HexColor("#0f5e63")


def n(x):
    x = D(x)
    return f"{x:,.2f}" if x >= 0 else f"({-x:,.2f})"


def dmy(iso):
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def header(page):
    c.setFillColor(TEAL)
    c.setFont("LSB", 16)
    c.drawString(L, H - 18 * mm, "PENNINE FASTENERS")
    c.setFont("LS", 8)
    c.drawString(L, H - 22 * mm, "& FIXINGS  ·  trade counter and next-day delivery across West Yorkshire")
    c.setFillColor(colors.black)
    c.setFont("LN", 7.5)
    for i, s in enumerate(["Pennine Fasteners & Fixings Ltd", "Unit 7, Leeds Road Industrial Park",
                           "Huddersfield HD1 6NP", "01484 555 318  ·  accounts@penninefasteners.example",
                           "VAT reg. GB 284 7193 26"]):
        c.drawRightString(R, H - 14 * mm - i * 3.4 * mm, s)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.5)
    c.line(L, H - 32 * mm, R, H - 32 * mm)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.setFont("LSB", 13)
    c.drawString(L, H - 40 * mm, "STATEMENT OF ACCOUNT")
    c.setFont("LS", 8)
    c.drawRightString(R, H - 40 * mm, f"Page {page} of 2")


def label_block(y):
    rows = [("Statement date", "28/02/2026"), ("Account no.", "CVS0418"), ("Credit limit", "£25,000.00"),
            ("Terms", "30 days from invoice"), ("Currency", "GBP")]
    x = R - 70 * mm
    for i, (lab, val) in enumerate(rows):
        yy = y - i * 5.4 * mm
        c.rect(x, yy - 1.6 * mm, 70 * mm, 5.4 * mm)
        c.setFont("LN", 7.5)
        c.drawString(x + 2 * mm, yy, lab)
        c.setFont("LSB", 8.6)
        c.drawString(x + 26 * mm, yy, val)


COLS = [("Date", 20, "L"), ("Type", 20, "L"), ("Reference", 24, "L"), ("Your reference", 34, "L"), ("Due date", 22, "L"),
        ("Debit £", 29, "R"), ("Credit £", 29, "R")]


def table_head(y):
    c.setFillColor(colors.HexColor("#dcecec"))
    c.rect(L, y - 2 * mm, R - L, 6 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("LNB", 8)
    x = L
    for h, w, a in COLS:
        if a == "R":
            c.drawRightString(x + w * mm - 1.5 * mm, y, h)
        else:
            c.drawString(x + 1.5 * mm, y, h)
        x += w * mm
    return y - 6.6 * mm


def item_row(y, it):
    d, t, ref, yr, a = it
    a = D(a)
    due = dmy((date.fromisoformat(d) + timedelta(days=30)).isoformat()) if t == "INV" else ""
    vals = [dmy(d), TYPES[t], ref, yr, due, n(a) if a > 0 else "", n(a) if a < 0 else ""]
    c.setFont("LN", 8.2)
    x = L
    for (h, w, al), v in zip(COLS, vals):
        if al == "R":
            c.drawRightString(x + w * mm - 1.5 * mm, y, v)
        else:
            c.drawString(x + 1.5 * mm, y, v)
        x += w * mm
    c.setStrokeColor(colors.HexColor("#d5d5d5"))
    c.line(L, y - 1.8 * mm, R, y - 1.8 * mm)
    c.setStrokeColor(colors.black)


# ---------------- page 1
header(1)
c.setFont("LS", 9)
for i, s in enumerate(["Calder Valley Shopfitters Ltd", "FAO Accounts Payable", "Unit 3, Dean Clough Mills",
                       "Halifax HX3 5AX"]):
    c.setFont("LSB" if i == 0 else "LS", 9)
    c.drawString(L, H - 52 * mm - i * 4.4 * mm, s)
label_block(H - 50 * mm)
y = H - 82 * mm
c.setFont("LS", 7.8)
c.drawString(L, y + 4 * mm, "Open items on your account as at the statement date. Payments and credit notes are shown in brackets.")
y = table_head(y - 2 * mm)
for it in ITEMS[:P1]:
    item_row(y, it)
    y -= 6.3 * mm
c.setFont("LNB", 8.4)
c.drawString(L + 1.5 * mm, y, "Carried forward to page 2 (net of credits)")
c.drawRightString(L + 140 * mm, y, n(DR1))
c.drawRightString(L + 169 * mm, y, n(-CR1))
y -= 5 * mm
c.setFont("LN", 7.8)
c.drawString(L + 1.5 * mm, y, f"Net amount carried forward: £{CF:,.2f}")
c.setFont("LN", 6.8)
c.drawString(L, 14 * mm, "Pennine Fasteners & Fixings Ltd · registered in England and Wales no. 04718263 · registered office as above")
c.showPage()

# ---------------- page 2
header(2)
c.setFont("LS", 8)
c.drawString(L, H - 47 * mm, "Account CVS0418  ·  Calder Valley Shopfitters Ltd  ·  statement continued")
y = table_head(H - 56 * mm)
c.setFont("LNB", 8.4)
c.drawString(L + 1.5 * mm, y, "Brought forward from page 1 (net of credits)")
c.drawRightString(L + 140 * mm, y, n(DR1))
c.drawRightString(L + 169 * mm, y, n(-CR1))
y -= 6.3 * mm
for it in ITEMS[P1:]:
    item_row(y, it)
    y -= 6.3 * mm
y -= 2 * mm
c.setLineWidth(1.2)
c.rect(R - 82 * mm, y - 4 * mm, 82 * mm, 9 * mm)
c.setLineWidth(0.5)
c.setFont("LSB", 10.5)
c.drawString(R - 79 * mm, y - 0.6 * mm, "BALANCE DUE")
c.drawRightString(R - 3 * mm, y - 0.6 * mm, f"£{TOTAL:,.2f}")
y -= 16 * mm
c.setFont("LSB", 8.5)
c.drawString(L, y + 3 * mm, "Ageing analysis (by transaction date)")
labels = ["Current (0-30 days)", "31-60 days", "61-90 days", "Over 90 days", "Total balance"]
vals = buckets + [TOTAL]
bw = (R - L) / 5
for i, (lab, v) in enumerate(zip(labels, vals)):
    x = L + i * bw
    c.setFillColor(colors.HexColor("#dcecec") if i < 4 else colors.HexColor("#0f5e63"))
    c.rect(x, y - 6 * mm, bw, 6 * mm, fill=1, stroke=1)
    c.setFillColor(colors.black if i < 4 else colors.white)
    c.setFont("LNB", 7.8)
    c.drawCentredString(x + bw / 2, y - 4 * mm, lab)
    c.setFillColor(colors.black)
    c.rect(x, y - 14 * mm, bw, 8 * mm)
    c.setFont("LSB" if i == 4 else "LS", 9.5)
    c.drawCentredString(x + bw / 2, y - 11 * mm, f"{v:,.2f}")
y -= 22 * mm
c.setFont("LS", 8.6)
c.drawString(L, y, f"Amount overdue (over 30 days): ")
c.setFont("LSB", 9.5)
c.drawString(L + 47 * mm, y, f"£{OVERDUE:,.2f}")
c.setFont("LS", 8)
y -= 5 * mm
for s in ["Invoice 118204 is on query (short delivery, your ref. PO 4471) and is excluded from our credit-control action",
          "until resolved. Please settle the remaining overdue items by return to avoid your account being placed on stop.",
          "Payment by BACS to Pennine Fasteners & Fixings Ltd, sort code 60-16-13, account 31926819",
          "(IBAN GB29 NWBK 6016 1331 9268 19), quoting your account number CVS0418 as reference."]:
    c.drawString(L, y, s)
    y -= 4.2 * mm
y -= 4 * mm
c.setDash(3, 2)
c.line(L, y, R, y)
c.setDash()
c.setFont("LN", 7)
c.drawString(L, y + 1 * mm, "- - -  detach and return with your payment  - - -")
y -= 7 * mm
c.setFont("LSB", 9)
c.drawString(L, y, "REMITTANCE SLIP")
c.setFont("LS", 8.2)
rows = [("Customer", "Calder Valley Shopfitters Ltd"), ("Account no.", "CVS0418"), ("Statement date", "28/02/2026"),
        ("Amount enclosed", "£ ....................................")]
for i, (lab, val) in enumerate(rows):
    c.drawString(L, y - (i + 1) * 5 * mm, lab)
    c.drawString(L + 35 * mm, y - (i + 1) * 5 * mm, val)
c.setFont("LN", 7.5)
c.drawString(R - 75 * mm, y - 5 * mm, "Please tick the items you are paying on the")
c.drawString(R - 75 * mm, y - 9 * mm, "statement or attach your remittance advice.")
c.setFont("LN", 6.8)
c.drawString(L, 14 * mm, "Pennine Fasteners & Fixings Ltd · registered in England and Wales no. 04718263 · registered office as above")
c.showPage()
c.save()
