"""Podcast sponsorship tax invoice (host-read mid-rolls billed on delivered impressions at a CPM), Australia
(ReportLab canvas). Usage: python3 10_podcast_sponsorship_au.rl.py out.pdf"""
import sys
from decimal import Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
OCHRE = HexColor("#c98a12")
INK = HexColor("#23313f")
GREY = HexColor("#6b6b6b")

EPISODES = [  # episode, air date, title, delivered impressions
    (112, "09/09/2025", "Droving the Canning Stock Route", 22410),
    (113, "16/09/2025", "Shearers' Strike of 1891", 23105),
    (114, "23/09/2025", "The Ghost Towns of the Goldfields", 24880),
    (115, "30/09/2025", "Camels in the Outback", 21760),
    (116, "07/10/2025", "Women of the Overland Telegraph", 22945),
    (117, "14/10/2025", "Floods on the Darling", 23630),
    (118, "21/10/2025", "A Night at Birdsville Races", 22190),
    (119, "28/10/2025", "Q&A with Listeners", 23330),
]
CPM = D("38.00")
impr = sum(e[3] for e in EPISODES)
media = (D(impr) / 1000 * CPM).quantize(D("0.01"))
prod = D("350.00")
sub = media + prod
gst = (sub * D("0.10")).quantize(D("0.01"))
total = sub + gst
assert (len(EPISODES), impr, media, sub, gst, total) == (8, 184250, D("7001.50"), D("7351.50"), D("735.15"), D("8086.65"))


def m(x):
    return f"${x:,.2f}"


c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="LS", initialFontSize=9)
c.setTitle("Tax invoice INV-00937")
W, H = A4
# logo: waveform bars + name
x0, y0 = 18 * mm, H - 30 * mm
c.setFillColor(OCHRE)
for i, h in enumerate([4, 9, 14, 8, 12, 5, 10, 3]):
    c.rect(x0 + i * 2.6 * mm, y0 + (7 - h / 2) * mm, 1.6 * mm, h * mm, stroke=0, fill=1)
c.setFillColor(INK)
c.setFont("LSB", 20)
c.drawString(x0 + 24 * mm, y0 + 7 * mm, "WATTLE & STATIC")
c.setFont("LS", 8.5)
c.setFillColor(GREY)
c.drawString(x0 + 24 * mm, y0 + 1.5 * mm, "Podcast network · Fitzroy, Victoria")
c.setFillColor(INK)
c.setFont("LSB", 22)
c.drawRightString(W - 18 * mm, y0 + 7 * mm, "TAX INVOICE")
c.setFont("LS", 8)
c.setFillColor(GREY)
c.drawRightString(W - 18 * mm, y0 + 1.5 * mm, "Wattle & Static Media Pty Ltd · ABN 59 418 273 619")
c.setStrokeColor(OCHRE)
c.setLineWidth(1.5)
c.line(18 * mm, y0 - 4 * mm, W - 18 * mm, y0 - 4 * mm)

# label-above-value grid
def lv(x, y, label, value, bold=False):
    c.setFont("LS", 7)
    c.setFillColor(GREY)
    c.drawString(x, y, label.upper())
    c.setFont("LSB" if bold else "LS", 9.5)
    c.setFillColor(black)
    if isinstance(value, str):
        value = [value]
    for i, v in enumerate(value):
        c.drawString(x, y - 4.6 * mm - i * 4.4 * mm, v)


yg = H - 48 * mm
lv(18 * mm, yg, "Bill to", ["Southerly Outdoor Gear Pty Ltd", "Accounts Payable", "Level 2, 55 Hunter Street", "Hobart TAS 7000"], False)
lv(100 * mm, yg, "Invoice number", "INV-00937", True)
lv(150 * mm, yg, "Invoice date", "31/10/2025")
lv(100 * mm, yg - 14 * mm, "Due date", "14/11/2025", True)
lv(150 * mm, yg - 14 * mm, "Your PO", "SOG-4471")
lv(18 * mm, yg - 30 * mm, "Campaign", "Southerly Spring Walks – host-read sponsorship, The Long Paddock podcast")

# table
yt = yg - 46 * mm
c.setFillColor(INK)
c.rect(18 * mm, yt - 2 * mm, W - 36 * mm, 7 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("LSB", 8.5)
c.drawString(20 * mm, yt, "Ep.")
c.drawString(32 * mm, yt, "Release date")
c.drawString(58 * mm, yt, "Episode title")
c.drawRightString(W - 20 * mm, yt, "Delivered impressions")
c.setFont("LS", 9)
c.setFillColor(black)
y = yt - 7.5 * mm
for ep, d, t, n in EPISODES:
    c.drawString(20 * mm, y, str(ep))
    c.drawString(32 * mm, y, d)
    c.drawString(58 * mm, y, t)
    c.drawRightString(W - 20 * mm, y, f"{n:,}")
    c.setStrokeColor(HexColor("#dddddd"))
    c.setLineWidth(0.5)
    c.line(18 * mm, y - 2.2 * mm, W - 18 * mm, y - 2.2 * mm)
    y -= 6.6 * mm
c.setFont("LSB", 9)
c.drawString(20 * mm, y, f"Episodes: {len(EPISODES)}   (60-second host-read mid-roll, dynamically inserted, AU & NZ geo)")
c.drawRightString(W - 20 * mm, y, f"{impr:,}")
y -= 12 * mm

# charges
c.setFont("LSB", 9)
c.drawString(18 * mm, y, "Charges")
y -= 6 * mm
c.setFont("LS", 9)
c.drawString(18 * mm, y, f"Mid-roll sponsorship: {impr:,} impressions at CPM $38.00")
c.drawRightString(W - 20 * mm, y, m(media))
y -= 6 * mm
c.drawString(18 * mm, y, "Host-read script writing and recording (one-off production fee)")
c.drawRightString(W - 20 * mm, y, m(prod))
y -= 10 * mm

# totals block, bottom right
xl, xr = 118 * mm, W - 20 * mm
for label, val, bold in [("Subtotal (excl. GST)", sub, False), ("GST 10%", gst, False), ("Total (incl. GST)", total, True), ("Amount due AUD", total, True)]:
    if bold and label.startswith("Total"):
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(xl, y + 4.5 * mm, xr, y + 4.5 * mm)
    c.setFont("LSB" if bold else "LS", 10 if bold else 9)
    c.drawString(xl, y, label)
    c.drawRightString(xr, y, m(val))
    y -= 6.5 * mm

# payment box
yb = 52 * mm
c.setStrokeColor(OCHRE)
c.setLineWidth(0.8)
c.rect(18 * mm, yb - 22 * mm, 100 * mm, 28 * mm, stroke=1, fill=0)
c.setFont("LSB", 9)
c.drawString(21 * mm, yb + 1 * mm, "How to pay")
c.setFont("LS", 8.5)
for i, t in enumerate(["EFT to Wattle & Static Media Pty Ltd", "BSB 063-182   Account 1847 2936", "Reference: INV-00937",
                       "Payment terms: 14 days from invoice date"]):
    c.drawString(21 * mm, yb - 4.5 * mm - i * 4.5 * mm, t)
c.setFont("LS", 7.5)
c.setFillColor(GREY)
c.drawString(18 * mm, 18 * mm, "Impressions are downloads measured by our IAB Podcast Measurement 2.2 certified host; proof of performance report attached.")
c.drawString(18 * mm, 14 * mm, "Wattle & Static Media Pty Ltd · 140 Johnston Street, Fitzroy VIC 3065 · accounts@wattlestatic.example")
c.showPage()
c.save()
