"""Data-centre colocation tax invoice with metered power (Singapore, Jurong -> Marina Bay): dark side bar with the
operator's name, "TAX INVOICE" heading, boxed grid of label-over-value cells (invoice no., invoice date, due date,
customer account, service period, PO), bill-to block with the customer's UEN, a service table (two 42U cabinets,
metered power, cross-connects, remote hands), a power-metering table with opening and closing readings of the two
PDU meters (kWh) and the tariff, totals (subtotal, GST 9 %, total SGD), PayNow / bank details and a footer with
UEN and GST registration number. ReportLab canvas, Liberation Sans / Liberation Mono for the meter readings.
Usage: python3 06_colocation_power_invoice_sg.rl.py out.pdf"""
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
pdfmetrics.registerFont(TTFont("LM", F + "LiberationMono-Regular.ttf"))
NAVY = colors.HexColor("#0d2538")
TEAL = colors.HexColor("#1ba39c")
GREY = colors.HexColor("#5a6470")
RULE = colors.HexColor("#d0d6dc")

METERS = [("PDU-A  R07-C12 feed A", D("184215.6"), D("190972.3")), ("PDU-B  R07-C13 feed B", D("97402.1"), D("100918.5"))]
KWH = sum(b - a for _, a, b in METERS)
TARIFF = D("0.3120")
POWER = (KWH * TARIFF).quantize(D("0.01"), ROUND_HALF_UP)
LINES = [("Colocation cabinet 42U, 1200 mm deep, secured (R07-C12, R07-C13)", "2", "1,650.00", D("3300.00")),
         (f"Metered power, {KWH:,} kWh @ S$0.3120/kWh (see meter readings)", "1", f"{POWER:,.2f}", POWER),
         ("Cross-connect, single-mode fibre, monthly", "4", "180.00", D("720.00")),
         ("Remote hands, 15-min increments (tickets RH-88412, RH-88457)", "2.5 h", "140.00", D("350.00"))]
SUB = sum(x[3] for x in LINES)
GST = (SUB * D("0.09")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + GST
assert (KWH, POWER, SUB, GST, TOT) == (D("10273.1"), D("3205.21"), D("7575.21"), D("681.77"), D("8256.98")), \
    (KWH, POWER, SUB, GST, TOT)

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Tax Invoice SDV-INV-260312")
c.setAuthor("Straits DataVault Pte. Ltd.")
W, H = A4
L, R = 30 * mm, W - 15 * mm


def t(x, y, s, f="LS", size=8.5, col=colors.black, align="l"):
    c.setFont(f, size)
    c.setFillColor(col)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


c.setFillColor(NAVY)
c.rect(0, 0, 20 * mm, H, stroke=0, fill=1)
c.saveState()
c.translate(13 * mm, 40 * mm)
c.rotate(90)
t(0, 0, "STRAITS DATAVAULT", "LSB", 22, colors.white)
c.restoreState()
t(L, H - 22 * mm, "Straits DataVault Pte. Ltd.", "LSB", 12, NAVY)
for i, s in enumerate(["SGX-3 Data Centre, 9 Tuas Avenue 20, Singapore 638828", "billing@straitsdatavault.example · +65 6418 2736",
                       "UEN 201834715C · GST Reg. No. 201834715C"]):
    t(L, H - 27 * mm - i * 4 * mm, s, size=7.6, col=GREY)
t(R, H - 22 * mm, "TAX INVOICE", "LSB", 20, TEAL, "r")

# grid of label-over-value cells
cells = [("Invoice No.", "SDV-INV-260312"), ("Invoice Date", "02 Mar 2026"), ("Due Date", "01 Apr 2026"),
         ("Customer Account", "MFT-0091"), ("Service Period", "01 Feb 2026 – 28 Feb 2026"), ("Your PO", "MFT/PO/26/0217")]
cw, ch = (R - L) / 3, 11 * mm
y0 = H - 44 * mm
c.setStrokeColor(RULE)
c.setLineWidth(0.6)
for i, (k, v) in enumerate(cells):
    x, y = L + (i % 3) * cw, y0 - (i // 3) * ch
    c.rect(x, y - ch, cw, ch, stroke=1, fill=0)
    t(x + 2.5 * mm, y - 4 * mm, k.upper(), size=6.4, col=GREY)
    t(x + 2.5 * mm, y - 8.6 * mm, v, "LSB", 9)

y = y0 - 2 * ch - 9 * mm
t(L, y, "BILL TO", "LSB", 7, TEAL)
for i, s in enumerate(["Merlion Fintech Pte. Ltd.", "Attn: Finance – Accounts Payable", "12 Marina Boulevard, #31-04",
                       "Marina Bay Financial Centre Tower 3, Singapore 018982", "UEN 199704582K"]):
    t(L, y - 5 * mm - i * 4.2 * mm, s, "LSB" if i == 0 else "LS", 9 if i == 0 else 8.4)

y -= 34 * mm
c.setFillColor(NAVY)
c.rect(L, y - 2 * mm, R - L, 6.5 * mm, stroke=0, fill=1)
for x, s, a in [(L + 2 * mm, "Description", "l"), (L + 115 * mm, "Qty", "r"), (L + 140 * mm, "Unit Price (S$)", "r"),
                (R - 2 * mm, "Amount (S$)", "r")]:
    t(x, y, s, "LSB", 8, colors.white, a)
y -= 8 * mm
for d, q, u, a in LINES:
    t(L + 2 * mm, y, d, size=8.2)
    t(L + 115 * mm, y, q, size=8.2, align="r")
    t(L + 140 * mm, y, u, size=8.2, align="r")
    t(R - 2 * mm, y, f"{a:,.2f}", size=8.2, align="r")
    c.setStrokeColor(RULE)
    c.line(L, y - 2.4 * mm, R, y - 2.4 * mm)
    y -= 7 * mm

y -= 2 * mm
for i, (k, v, b) in enumerate([("Subtotal", f"{SUB:,.2f}", False), ("GST 9%", f"{GST:,.2f}", False),
                               ("Total (SGD)", f"{TOT:,.2f}", True)]):
    if b:
        c.setFillColor(TEAL)
        c.rect(L + 100 * mm, y - 2.2 * mm, R - L - 100 * mm, 7 * mm, stroke=0, fill=1)
    t(L + 103 * mm, y, k, "LSB" if b else "LS", 9.5 if b else 8.6, colors.white if b else colors.black)
    t(R - 2 * mm, y, v, "LSB" if b else "LS", 9.5 if b else 8.6, colors.white if b else colors.black, "r")
    y -= 7.4 * mm

y -= 6 * mm
t(L, y, "POWER METERING – FEBRUARY 2026", "LSB", 8.6, NAVY)
y -= 6 * mm
for x, s, a in [(L + 2 * mm, "Meter", "l"), (L + 82 * mm, "Opening (01 Feb)", "r"), (L + 117 * mm, "Closing (28 Feb)", "r"),
                (R - 2 * mm, "Consumption kWh", "r")]:
    t(x, y, s, "LSB", 7.6, GREY, a)
y -= 5.5 * mm
for name, a, b in METERS:
    t(L + 2 * mm, y, name, "LM", 8)
    t(L + 82 * mm, y, f"{a:,}", "LM", 8, align="r")
    t(L + 117 * mm, y, f"{b:,}", "LM", 8, align="r")
    t(R - 2 * mm, y, f"{b - a:,}", "LM", 8, align="r")
    y -= 5 * mm
c.setStrokeColor(colors.black)
c.line(L + 120 * mm, y + 3 * mm, R, y + 3 * mm)
t(L + 117 * mm, y - 0.5 * mm, "Total consumption", "LSB", 8, align="r")
t(R - 2 * mm, y - 0.5 * mm, f"{KWH:,} kWh", "LSB", 8, align="r")
y -= 6 * mm
t(L, y, "Readings taken by BMS at 00:00 SGT. Committed power 2 x 5 kW; no over-commit surcharge this period.", size=7.2,
  col=GREY)

y -= 14 * mm
c.setFillColor(colors.HexColor("#eef6f6"))
c.rect(L, y - 15 * mm, R - L, 20 * mm, stroke=0, fill=1)
t(L + 3 * mm, y, "PAYMENT", "LSB", 7.6, TEAL)
t(L + 3 * mm, y - 5 * mm, "Bank transfer: DBS Bank Ltd · SWIFT DBSSSGSG · Account 072-918274-6 · Straits DataVault Pte. Ltd.",
  size=8)
t(L + 3 * mm, y - 9.5 * mm, "PayNow (UEN): 201834715C · Please quote SDV-INV-260312 · Payment terms: 30 days from invoice date",
  size=8)

t(L, 15 * mm, "Straits DataVault Pte. Ltd. · Registered in Singapore, UEN 201834715C · GST Reg. No. 201834715C",
  size=6.6, col=GREY)
t(L, 11 * mm, "Registered office 9 Tuas Avenue 20, Singapore 638828 · Computer-generated tax invoice · Services under "
  "MSA-SDV-0447.", size=6.6, col=GREY)
c.showPage()
c.save()
