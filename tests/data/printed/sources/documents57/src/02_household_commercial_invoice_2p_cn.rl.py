"""Household-goods exporter's commercial invoice (China, Ningbo -> Felixstowe, UK), English: company header with the
unified social credit code, seller / buyer / notify blocks, a shipment strip (S/C no., FOB Ningbo, ports, vessel,
payment terms), a 30-line item table with HS codes, quantities, unit prices, amounts, cartons and net / gross weights
that runs over two pages ("Carried forward" / "Brought forward"), and the totals, amount in words, shipping marks,
country of origin and bank details on page 2 only. ReportLab canvas, Liberation Sans / Sans Narrow.
Usage: python3 02_household_commercial_invoice_2p_cn.rl.py out.pdf"""
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
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", F + "LiberationSansNarrow-Bold.ttf"))

# item code, description, HS code, qty (pcs), unit price USD, cartons, N.W. kg, G.W. kg
ITEMS = [
    ("HC-2101", "Stainless steel saucepan 16 cm with glass lid", "7323.93.00", 1200, D("3.85"), 50, D("672.0"), D("735.0")),
    ("HC-2102", "Stainless steel saucepan 18 cm with glass lid", "7323.93.00", 1200, D("4.40"), 60, D("804.0"), D("882.0")),
    ("HC-2103", "Stainless steel casserole 24 cm, 2 handles", "7323.93.00", 800, D("6.95"), 50, D("920.0"), D("985.0")),
    ("HC-2110", "Stainless steel frying pan 28 cm, induction", "7323.93.00", 960, D("5.60"), 40, D("806.4"), D("858.0")),
    ("HC-2115", "Stockpot 8 L stainless steel with lid", "7323.93.00", 360, D("9.80"), 60, D("864.0"), D("942.0")),
    ("HC-2120", "Steamer insert 20 cm stainless steel", "7323.93.00", 600, D("2.15"), 25, D("210.0"), D("236.5")),
    ("HC-2130", "Kitchen utensil set 5 pcs, nylon heads", "3924.10.00", 1500, D("2.30"), 50, D("525.0"), D("590.0")),
    ("HC-2131", "Silicone spatula set 3 pcs", "3924.10.00", 2400, D("0.95"), 40, D("288.0"), D("332.0")),
    ("HC-2135", "Food storage box set 10 pcs, PP clip lid", "3924.10.00", 1800, D("3.20"), 90, D("1116.0"), D("1242.0")),
    ("HC-2136", "Food storage box set 6 pcs, glass base", "7013.49.00", 960, D("4.75"), 80, D("1459.2"), D("1560.0")),
    ("HC-2140", "Drinking glass 350 ml, set of 6", "7013.37.00", 1440, D("1.85"), 60, D("1080.0"), D("1176.0")),
    ("HC-2141", "Wine glass 450 ml, set of 4", "7013.28.00", 960, D("2.60"), 80, D("921.6"), D("1032.0")),
    ("HC-2150", "Porcelain dinner plate 27 cm, white", "6911.10.00", 3600, D("0.88"), 150, D("2520.0"), D("2745.0")),
    ("HC-2151", "Porcelain soup plate 22 cm, white", "6911.10.00", 3600, D("0.74"), 120, D("1872.0"), D("2064.0")),
    ("HC-2152", "Porcelain mug 330 ml, reactive glaze", "6912.00.10", 4800, D("0.62"), 100, D("1680.0"), D("1850.0")),
    ("HC-2160", "Bamboo chopping board 38 x 26 cm", "4419.11.00", 1200, D("2.45"), 60, D("1404.0"), D("1500.0")),
    ("HC-2161", "Bamboo utensil holder", "4419.19.00", 720, D("1.60"), 30, D("302.4"), D("330.0")),
    ("HC-2165", "Acacia serving board with handle", "4419.90.00", 600, D("3.90"), 50, D("690.0"), D("740.0")),
    ("HC-2170", "Kitchen knife set 6 pcs with block", "8211.10.00", 480, D("8.40"), 80, D("960.0"), D("1056.0")),
    ("HC-2175", "Kitchen scissors, stainless steel", "8213.00.00", 1200, D("0.98"), 20, D("216.0"), D("238.0")),
    ("HC-2180", "Manual can opener, zinc alloy", "8205.51.00", 1200, D("1.15"), 20, D("252.0"), D("276.0")),
    ("HC-2181", "Garlic press, stainless steel", "8205.51.00", 960, D("1.35"), 16, D("230.4"), D("252.8")),
    ("HC-2185", "Digital kitchen scale 5 kg", "8423.10.00", 600, D("4.60"), 30, D("420.0"), D("468.0")),
    ("HC-2190", "Enamel coated cast iron pot 24 cm", "7323.91.00", 240, D("14.20"), 60, D("1320.0"), D("1395.0")),
    ("HC-2191", "Cast iron skillet 26 cm, pre-seasoned", "7323.91.00", 360, D("6.80"), 60, D("1044.0"), D("1110.0")),
    ("HC-2195", "Oven mitt and pot holder set, cotton", "6307.10.00", 1800, D("1.05"), 30, D("297.0"), D("327.0")),
    ("HC-2196", "Tea towel 3-pack, cotton 50 x 70 cm", "6302.91.00", 2400, D("1.40"), 40, D("456.0"), D("496.0")),
    ("HC-2198", "Dish drying rack, chrome plated", "7323.99.00", 480, D("5.25"), 40, D("624.0"), D("680.0")),
    ("HC-2199", "Cutlery set 24 pcs, stainless steel", "8215.20.00", 720, D("6.10"), 60, D("936.0"), D("1008.0")),
    ("HC-2200", "Salad bowl 28 cm, melamine", "3924.10.00", 960, D("1.95"), 40, D("460.8"), D("512.0")),
]
P1 = 20   # lines on page 1
AMT = [q * p for _, _, _, q, p, _, _, _ in ITEMS]
TOT = sum(AMT)
QTY = sum(i[3] for i in ITEMS)
CTN = sum(i[5] for i in ITEMS)
NW = sum(i[6] for i in ITEMS)
GW = sum(i[7] for i in ITEMS)
CF = (sum(AMT[:P1]), sum(i[5] for i in ITEMS[:P1]), sum(i[6] for i in ITEMS[:P1]), sum(i[7] for i in ITEMS[:P1]),
      sum(i[3] for i in ITEMS[:P1]))
assert (TOT, QTY, CTN, NW, GW) == (D("92638.00"), 40100, 1691, D("25350.8"), D("27618.3")), (TOT, QTY, CTN, NW, GW)

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Commercial Invoice HC-CI-2026-0157")
W, H = A4
L, R = 12 * mm, W - 12 * mm
RED = colors.HexColor("#9c1c1c")
COLS = [("No.", 6, "L"), ("Item", 16, "L"), ("Description of goods", 64, "L"), ("HS Code", 18, "L"), ("Qty pcs", 14, "R"),
        ("Unit USD", 14, "R"), ("Amount USD", 20, "R"), ("CTNs", 10, "R"), ("N.W. kg", 12, "R"), ("G.W. kg", 12, "R")]


def n(x, d=2):
    return f"{x:,.{d}f}"


def header(page):
    c.setFillColor(RED)
    c.setFont("LSB", 15)
    c.drawString(L, H - 16 * mm, "NINGBO HAICHEN HOUSEHOLD PRODUCTS CO., LTD.")
    c.setFillColor(colors.black)
    c.setFont("LS", 7.5)
    c.drawString(L, H - 21 * mm, "No. 318 Jinggang Road, Beilun District, Ningbo, Zhejiang 315800, P.R. China  ·  "
                                "Tel +86 574 8618 2730  ·  USCC 91330206MA2H7K4X1P")
    c.setLineWidth(1.2)
    c.setStrokeColor(RED)
    c.line(L, H - 23.5 * mm, R, H - 23.5 * mm)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.setFont("LSB", 13)
    c.drawCentredString(W / 2, H - 31 * mm, "COMMERCIAL INVOICE")
    c.setFont("LS", 7.5)
    c.drawRightString(R, H - 31 * mm, f"Page {page} of 2")


def table_head(y):
    c.setFillColor(colors.HexColor("#f3e3e3"))
    c.rect(L, y - 1.8 * mm, R - L, 5.6 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("LNB", 7.2)
    x = L
    for h, w, a in COLS:
        if a == "R":
            c.drawRightString(x + w * mm - 1 * mm, y, h)
        else:
            c.drawString(x + 1 * mm, y, h)
        x += w * mm
    return y - 6 * mm


def row(y, vals, font="LN", size=7.4):
    c.setFont(font, size)
    x = L
    for (h, w, a), v in zip(COLS, vals):
        if a == "R":
            c.drawRightString(x + w * mm - 1 * mm, y, v)
        else:
            c.drawString(x + 1 * mm, y, v)
        x += w * mm


# ---------------------------------------------------------------- page 1
header(1)
y = H - 40 * mm
boxes = [("SELLER / EXPORTER", ["Ningbo Haichen Household Products Co., Ltd.", "No. 318 Jinggang Road, Beilun District",
                                 "Ningbo, Zhejiang 315800, China", "USCC 91330206MA2H7K4X1P"]),
         ("BUYER / CONSIGNEE", ["Brightwell Home Retail Ltd", "Unit 6, Trafford Park Logistics Centre",
                                "Mosley Road, Manchester M17 1PL, UK", "EORI GB729418316000"]),
         ("NOTIFY PARTY", ["Saxon Gate Freight Services Ltd", "Port of Felixstowe, Dock Road", "Felixstowe IP11 3SY, UK",
                           "Tel +44 1394 618 270"])]
bw = (R - L - 6 * mm) / 3
for i, (cap, lines) in enumerate(boxes):
    x = L + i * (bw + 3 * mm)
    c.rect(x, y - 24 * mm, bw, 27 * mm)
    c.setFont("LSB", 6.5)
    c.setFillColor(RED)
    c.drawString(x + 2 * mm, y - 1 * mm, cap)
    c.setFillColor(colors.black)
    for j, s in enumerate(lines):
        c.setFont("LSB" if j == 0 else "LS", 7.6)
        c.drawString(x + 2 * mm, y - (5.5 + j * 4.4) * mm, s)
y -= 30 * mm
strip = [("Invoice No.", "HC-CI-2026-0157"), ("Invoice Date", "Feb. 24, 2026"), ("S/C No.", "HC-SC-251208"),
         ("Terms of Delivery", "FOB NINGBO"), ("Currency", "USD"),
         ("Port of Loading", "NINGBO, CHINA"), ("Port of Discharge", "FELIXSTOWE, UK"),
         ("Vessel / Voyage", "EVER LUMEN 0412-018W"), ("ETD", "Feb. 27, 2026"),
         ("Payment", "T/T 30% deposit, 70% against copy B/L")]
cw = (R - L) / 5
for i, (k, v) in enumerate(strip):
    x = L + (i % 5) * cw
    yy = y - (i // 5) * 10 * mm
    c.rect(x, yy - 7.5 * mm, cw, 10 * mm)
    c.setFont("LS", 5.8)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(x + 1.5 * mm, yy, k.upper())
    c.setFillColor(colors.black)
    c.setFont("LSB", 7.4 if len(v) < 30 else 6.3)
    c.drawString(x + 1.5 * mm, yy - 5 * mm, v)
y -= 27 * mm
y = table_head(y)
for i, it in enumerate(ITEMS[:P1], 1):
    code, desc, hs, qty, up, ctn, nw, gw = it
    row(y, [str(i), code, desc, hs, f"{qty:,}", n(up), n(qty * up), str(ctn), n(nw, 1), n(gw, 1)])
    y -= 5.6 * mm
c.line(L, y + 3 * mm, R, y + 3 * mm)
row(y - 1 * mm, ["", "", "Carried forward to page 2", "", f"{CF[4]:,}", "", n(CF[0]), str(CF[1]), n(CF[2], 1),
                 n(CF[3], 1)], "LNB")
c.setFont("LS", 7)
c.drawString(L, 14 * mm, "Ningbo Haichen Household Products Co., Ltd.  ·  Invoice HC-CI-2026-0157  ·  continued on page 2")
c.showPage()

# ---------------------------------------------------------------- page 2
header(2)
y = H - 40 * mm
c.setFont("LS", 7.5)
c.drawString(L, y, "Invoice No. HC-CI-2026-0157  ·  Buyer: Brightwell Home Retail Ltd  ·  S/C No. HC-SC-251208")
y -= 7 * mm
y = table_head(y)
row(y, ["", "", "Brought forward from page 1", "", f"{CF[4]:,}", "", n(CF[0]), str(CF[1]), n(CF[2], 1), n(CF[3], 1)], "LNB")
y -= 5.6 * mm
for i, it in enumerate(ITEMS[P1:], P1 + 1):
    code, desc, hs, qty, up, ctn, nw, gw = it
    row(y, [str(i), code, desc, hs, f"{qty:,}", n(up), n(qty * up), str(ctn), n(nw, 1), n(gw, 1)])
    y -= 5.6 * mm
c.setLineWidth(1)
c.line(L, y + 3 * mm, R, y + 3 * mm)
row(y - 1 * mm, ["", "", "TOTAL", "", f"{QTY:,}", "", n(TOT), str(CTN), n(NW, 1), n(GW, 1)], "LNB", 7.8)
c.line(L, y - 3 * mm, R, y - 3 * mm)
c.setLineWidth(0.5)
y -= 14 * mm
c.rect(R - 82 * mm, y - 36 * mm, 82 * mm, 40 * mm)
summ = [("Total quantity", f"{QTY:,} pcs"), ("Total cartons", f"{CTN:,} CTNS"), ("Total net weight", f"{n(NW, 1)} KGS"),
        ("Total gross weight", f"{n(GW, 1)} KGS"), ("Total measurement", "128.640 CBM"), ("Container", "2 x 40'HC")]
for i, (k, v) in enumerate(summ):
    c.setFont("LS", 8)
    c.drawString(R - 80 * mm, y - i * 4.6 * mm, k)
    c.drawRightString(R - 2 * mm, y - i * 4.6 * mm, v)
c.setFont("LSB", 9.5)
c.drawString(R - 80 * mm, y - 31 * mm, "TOTAL FOB NINGBO")
c.drawRightString(R - 2 * mm, y - 31 * mm, f"USD {n(TOT)}")
c.setFont("LSB", 7.5)
c.drawString(L, y, "SHIPPING MARKS")
c.setFont("LS", 7.5)
for j, s in enumerate(["BRIGHTWELL", "PO NO.: BW-PO-88412", "ITEM NO.:", "C/NO.: 1-1691", "MADE IN CHINA"]):
    c.drawString(L, y - (j + 1) * 4 * mm, s)
y -= 46 * mm
c.setFont("LSB", 8)
c.drawString(L, y, "SAY TOTAL US DOLLARS NINETY-TWO THOUSAND SIX HUNDRED AND THIRTY-EIGHT ONLY.")
y -= 8 * mm
c.setFont("LS", 8)
for s in ["Country of origin: China. We hereby certify that the goods described above are of Chinese origin and that",
          "this invoice is true and correct. Packing: export cartons on no pallets; containers stuffed at seller's warehouse.",
          "",
          "Beneficiary bank: Bank of China, Ningbo Beilun Sub-branch, SWIFT BKCHCNBJ92A",
          "Account name: Ningbo Haichen Household Products Co., Ltd.  ·  USD account no. 3618 2740 1937"]:
    c.drawString(L, y, s)
    y -= 4.6 * mm
c.setFont("LS", 8)
c.drawRightString(R, 40 * mm, "For and on behalf of")
c.setFont("LSB", 8)
c.drawRightString(R, 35.5 * mm, "NINGBO HAICHEN HOUSEHOLD PRODUCTS CO., LTD.")
c.setStrokeColor(RED)
c.setFillColor(RED)
c.circle(R - 30 * mm, 24 * mm, 10 * mm)
c.setFont("LS", 5.5)
c.drawCentredString(R - 30 * mm, 24.8 * mm, "HAICHEN")
c.drawCentredString(R - 30 * mm, 21.8 * mm, "EXPORT DEPT.")
c.setFillColor(colors.black)
c.setFont("LS", 7)
c.drawString(L, 14 * mm, "Ningbo Haichen Household Products Co., Ltd.  ·  Invoice HC-CI-2026-0157  ·  page 2 of 2")
c.showPage()
c.save()
