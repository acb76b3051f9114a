"""Commercial builder's progress claim (Australia, NSW): "PAYMENT CLAIM No. 7" made under the Building and Construction
Industry Security of Payment Act 1999 (NSW); claimant / respondent blocks side by side with ABNs, a label-over-value
strip (project, contract, reference date, claim period, date of claim, due date), a trade breakdown with contract value,
percent complete, value to date, previously claimed and this claim, a variations table, and a claim summary with
original contract sum, approved variations, value of work completed to date, retention 5 %, previous claims, amount
this claim excl. GST, GST 10 % and the amount claimed incl. GST in a box; signature of the claimant's contract
administrator and company details in the footer. ReportLab canvas, Liberation Sans.
Usage: python3 02_builder_progress_claim_au.rl.py out.pdf"""
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

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", F + "LiberationSansNarrow-Regular.ttf"))
GREEN = colors.HexColor("#2f4f3a")
OCHRE = colors.HexColor("#b5752c")
GREY = colors.HexColor("#5f6b66")
RULE = colors.HexColor("#c8d1cb")
TINT = colors.HexColor("#eef2ef")

# trade, contract value, value to date, previously claimed (value to date at claim 6)
TRADES = [
    ("Preliminaries and site establishment", 386000, 241250, 212300),
    ("Demolition and bulk excavation", 214500, 214500, 214500),
    ("Piling, shoring and retention walls", 398000, 398000, 398000),
    ("Concrete structure - slabs, columns, cores", 1126000, 844500, 675600),
    ("Structural steel and metal deck", 286500, 171900, 114600),
    ("Masonry and blockwork", 342000, 136800, 68400),
    ("Facade, windows and glazing", 618000, 123600, 61800),
    ("Roofing and waterproofing", 174000, 34800, 0),
    ("Hydraulic services (rough-in)", 296000, 118400, 88800),
    ("Electrical services (rough-in)", 352000, 140800, 105600),
    ("Mechanical services", 268000, 80400, 53600),
    ("Internal finishes and joinery", 389000, 0, 0),
]
VARS = [("V01", "Additional basement stormwater detention tank", 48200, 48200, 48200),
        ("V02", "Upgrade to level 3 transfer slab (RFI 041)", 62750, 31375, 0),
        ("V03", "Extra fire-rated riser doors", 15450, 0, 0)]
CONTRACT = D(sum(t[1] for t in TRADES))
VARIATIONS = D(sum(v[2] for v in VARS))
DONE_CONTRACT = D(sum(t[2] for t in TRADES))
DONE_VARS = D(sum(v[3] for v in VARS))
DONE = DONE_CONTRACT + DONE_VARS
PREV_GROSS = D(sum(t[3] for t in TRADES) + sum(v[4] for v in VARS))
RET = (DONE * D("0.05")).quantize(D("0.01"), ROUND_HALF_UP)
PREV = (PREV_GROSS * D("0.95")).quantize(D("0.01"), ROUND_HALF_UP)   # claims 1-6 certified net of retention
THIS = DONE - RET - PREV
GST = (THIS * D("0.10")).quantize(D("0.01"), ROUND_HALF_UP)
TOTAL = THIS + GST
assert CONTRACT == D("4850000") and VARIATIONS == D("126400")
assert (DONE, RET, PREV, THIS, GST, TOTAL) == (D("2584525"), D("129226.25"), D("1939330.00"), D("515968.75"),
                                              D("51596.88"), D("567565.63")), (DONE, RET, PREV, THIS, GST, TOTAL)


def m(x):
    return f"{D(x):,.2f}"


W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9)
c.setTitle("Payment Claim No. 7 - Granville Central")
c.setAuthor("Ironbark Constructions Pty Ltd")
L, R = 16 * mm, W - 16 * mm


def txt(x, y, s, font="LS", size=8.5, color=colors.black, align="L"):
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "R":
        c.drawRightString(x, y, s)
    elif align == "C":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


# header
c.setFillColor(GREEN)
c.rect(L, H - 30 * mm, 11 * mm, 11 * mm, stroke=0, fill=1)
txt(L + 5.5 * mm, H - 26.3 * mm, "IB", "LSB", 12, colors.white, "C")
txt(L + 14 * mm, H - 23 * mm, "IRONBARK CONSTRUCTIONS", "LSB", 14, GREEN)
txt(L + 14 * mm, H - 28.5 * mm, "Commercial and residential builders  -  Lic. No. 318427C", "LS", 7.5, GREY)
for i, s in enumerate(["Ironbark Constructions Pty Ltd", "ABN 99 618 427 391",
                       "Level 2, 17 Church Street, Parramatta NSW 2150", "(02) 9418 2736  -  claims@ironbark.example"]):
    txt(R, H - 17 * mm - i * 3.9 * mm, s, "LSB" if i == 0 else "LS", 7.8, colors.black if i == 0 else GREY, "R")
c.setStrokeColor(OCHRE)
c.setLineWidth(1.4)
c.line(L, H - 34 * mm, R, H - 34 * mm)

txt(L, H - 44 * mm, "PAYMENT CLAIM No. 7", "LSB", 17, GREEN)
txt(L, H - 50 * mm, "This is a payment claim made under the Building and Construction Industry Security of Payment Act "
                    "1999 (NSW).", "LSB", 8.3, OCHRE)

# claimant / respondent
y0 = H - 58 * mm
for x, cap, lines in [(L, "CLAIMANT", ["Ironbark Constructions Pty Ltd", "ABN 99 618 427 391",
                                       "Level 2, 17 Church Street", "Parramatta NSW 2150"]),
                      (W / 2 + 2 * mm, "RESPONDENT (PRINCIPAL)", ["Granville Central Developments Pty Ltd",
                                                                 "ABN 90 184 273 906", "Suite 904, 1 Rawson Place",
                                                                 "Sydney NSW 2000"])]:
    txt(x, y0, cap, "LSB", 6.8, GREY)
    for i, s in enumerate(lines):
        txt(x, y0 - 4.6 * mm - i * 4 * mm, s, "LSB" if i == 0 else "LS", 8.8)

# label over value strip (two rows)
y1 = H - 83 * mm
c.setFillColor(TINT)
c.rect(L, y1 - 14 * mm, R - L, 20 * mm, stroke=0, fill=1)
strip = [("PROJECT", "Granville Central, 48 Parramatta Road, Granville NSW 2142"),
         ("CONTRACT", "AS 4000-1997 No. GC-2025-01"), ("REFERENCE DATE", "28/02/2026"),
         ("CLAIM PERIOD", "01/02/2026 - 28/02/2026"), ("DATE OF CLAIM", "02/03/2026"), ("PAYMENT DUE", "23/03/2026")]
xs = [L + 2 * mm, L + 92 * mm, L + 140 * mm]
for i, (k, v) in enumerate(strip):
    x, yy = xs[i % 3], y1 - (i // 3) * 10 * mm
    txt(x, yy + 2 * mm, k, "LSB", 6.2, GREY)
    txt(x, yy - 2.2 * mm, v, "LS", 8.4)

# trade breakdown
y = y1 - 22 * mm
hdr = ["Item", "Trade / work section", "Contract value", "% comp.", "Value to date", "Prev. claimed", "This claim"]
cx = [L + 1 * mm, L + 10 * mm, L + 100 * mm, L + 114 * mm, L + 136 * mm, L + 157 * mm, R - 1 * mm]
c.setFillColor(GREEN)
c.rect(L, y - 1.6 * mm, R - L, 6 * mm, stroke=0, fill=1)
for i, h in enumerate(hdr):
    txt(cx[i], y, h, "LSB", 7.2, colors.white, "L" if i < 2 else "R")
y -= 6 * mm
c.setStrokeColor(RULE)
c.setLineWidth(0.4)
for n, (name, cv, td, pc) in enumerate(TRADES, 1):
    pct = f"{D(td) * 100 / D(cv):.1f}%"
    vals = [str(n), name, m(cv), pct, m(td), m(pc), m(td - pc)]
    for i, v in enumerate(vals):
        txt(cx[i], y, v, "LSN", 8, colors.black, "L" if i < 2 else "R")
    c.line(L, y - 1.6 * mm, R, y - 1.6 * mm)
    y -= 5 * mm
vals = ["", "Contract works", m(CONTRACT), f"{DONE_CONTRACT * 100 / CONTRACT:.1f}%", m(DONE_CONTRACT),
        m(sum(t[3] for t in TRADES)), m(DONE_CONTRACT - sum(t[3] for t in TRADES))]
for i, v in enumerate(vals):
    txt(cx[i], y, v, "LSB", 8, colors.black, "L" if i < 2 else "R")
y -= 8 * mm

txt(L, y, "APPROVED VARIATIONS", "LSB", 7, GREY)
y -= 5 * mm
for code, name, cv, td, pc in VARS:
    vals = [code, name, m(cv), f"{D(td) * 100 / D(cv):.0f}%", m(td), m(pc), m(td - pc)]
    for i, v in enumerate(vals):
        txt(cx[i], y, v, "LSN", 8, colors.black, "L" if i < 2 else "R")
    c.line(L, y - 1.6 * mm, R, y - 1.6 * mm)
    y -= 5 * mm
vals = ["", "Variations", m(VARIATIONS), "", m(DONE_VARS), m(sum(v[4] for v in VARS)),
        m(DONE_VARS - sum(v[4] for v in VARS))]
for i, v in enumerate(vals):
    txt(cx[i], y, v, "LSB", 8, colors.black, "L" if i < 2 else "R")

# summary
y -= 11 * mm
sx, sw = W / 2 - 2 * mm, R - (W / 2 - 2 * mm)
txt(sx, y + 2 * mm, "CLAIM SUMMARY", "LSB", 7, GREY)
rows = [("Original contract sum", m(CONTRACT)), ("Approved variations", m(VARIATIONS)),
        ("Adjusted contract sum", m(CONTRACT + VARIATIONS)),
        ("Value of work completed to date", m(DONE)),
        ("Less retention 5% of work completed", "-" + m(RET)),
        ("Less previous claims certified (Nos. 1-6)", "-" + m(PREV)),
        ("Amount this claim (excl. GST)", m(THIS)), ("GST 10%", m(GST))]
for k, v in rows:
    y -= 5.2 * mm
    bold = k.startswith(("Adjusted", "Value", "Amount"))
    txt(sx + 2 * mm, y, k, "LSB" if bold else "LS", 8.5)
    txt(R - 2 * mm, y, v, "LSB" if bold else "LS", 8.5, align="R")
    c.line(sx, y - 1.8 * mm, R, y - 1.8 * mm)
y -= 10 * mm
c.setFillColor(GREEN)
c.rect(sx, y - 2.8 * mm, sw, 9 * mm, stroke=0, fill=1)
txt(sx + 2 * mm, y, "AMOUNT CLAIMED (incl. GST) AUD", "LSB", 9.5, colors.white)
txt(R - 2 * mm, y, "$" + m(TOTAL), "LSB", 11, colors.white, "R")

# left column beside the summary: retention and payment notes
ny = y + 43 * mm
notes = ["Retention is held at 5% of the value of work completed", "until practical completion (contract clause 5.7).",
         "", "Please pay by EFT to:", "Ironbark Constructions Pty Ltd", "BSB 062-184  Account 1041 8273",
         "Remittance to accounts@ironbark.example", "", "Submitted by: Callum Reid",
         "Contract Administrator, 02/03/2026"]
for i, s in enumerate(notes):
    txt(L, ny - i * 4.2 * mm, s, "LSB" if s.startswith(("Please", "Submitted")) else "LS", 8, colors.black)
c.setStrokeColor(GREY)
c.line(L, ny - 11 * 4.2 * mm, L + 60 * mm, ny - 11 * 4.2 * mm)
txt(L, ny - 11 * 4.2 * mm - 3.4 * mm, "Signature", "LS", 6.5, GREY)

c.setStrokeColor(OCHRE)
c.setLineWidth(0.8)
c.line(L, 14 * mm, R, 14 * mm)
txt(W / 2, 10 * mm, "Ironbark Constructions Pty Ltd  -  ABN 99 618 427 391  -  NSW Contractor Licence 318427C  -  "
                    "Payment Claim No. 7  -  page 1 of 1", "LS", 6.8, GREY, "C")
c.showPage()
c.save()
