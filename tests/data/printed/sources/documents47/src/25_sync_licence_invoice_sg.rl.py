"""Music synchronisation licence tax invoice from a music publisher, Singapore (ReportLab canvas).
Usage: python3 25_sync_licence_invoice_sg.rl.py out.pdf"""
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

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSerif-Bold.ttf"))
RED = HexColor("#b71c1c")
GREY = HexColor("#5f5f5f")
FEE, ADMIN = D("13500.00"), D("250.00")
sub = FEE + ADMIN
gst = (sub * D("0.09")).quantize(D("0.01"))
total = sub + gst
assert (sub, gst, total) == (D("13750.00"), D("1237.50"), D("14987.50"))


def sgd(x):
    return f"S${x:,.2f}"


c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="DV", initialFontSize=9)
c.setTitle("Tax invoice LCMP-SYN-25-0094")
W, H = A4
# letterhead: red side band + serif name
c.setFillColor(RED)
c.rect(0, H - 42 * mm, 8 * mm, 42 * mm, stroke=0, fill=1)
c.setFillColor(black)
c.setFont("DVS", 19)
c.drawString(16 * mm, H - 20 * mm, "LION CITY MUSIC PUBLISHING")
c.setFont("DV", 8)
c.setFillColor(GREY)
c.drawString(16 * mm, H - 26 * mm, "Lion City Music Publishing Pte. Ltd. · 51 Waterloo Street #03-07, Singapore 187969")
c.drawString(16 * mm, H - 30.5 * mm, "UEN / GST Reg. No. 201824613G · licensing@lioncitymusic.example · +65 6418 2739")
c.setFillColor(black)
c.setFont("DVB", 15)
c.drawRightString(W - 16 * mm, H - 44 * mm, "TAX INVOICE")

# key/value grid, label beside value
def kv(x, y, k, v, bold=False):
    c.setFont("DV", 8.5)
    c.setFillColor(GREY)
    c.drawString(x, y, k)
    c.setFillColor(black)
    c.setFont("DVB" if bold else "DV", 9)
    c.drawString(x + 32 * mm, y, v)


y = H - 56 * mm
c.setFont("DVB", 9)
c.drawString(16 * mm, y, "Bill to")
c.setFont("DV", 9)
for i, t in enumerate(["Orchard Lane Creative Pte. Ltd.", "Attn: Head of Production", "10 Anson Road #22-02",
                       "International Plaza, Singapore 079903"]):
    c.drawString(16 * mm, y - (i + 1) * 4.8 * mm, t)
kv(112 * mm, y, "Invoice no.", "LCMP-SYN-25-0094", True)
kv(112 * mm, y - 5.5 * mm, "Invoice date", "03/11/2025")
kv(112 * mm, y - 11 * mm, "Due date", "03/12/2025")
kv(112 * mm, y - 16.5 * mm, "Licence ref.", "SYN-2025-0418")
kv(112 * mm, y - 22 * mm, "Client ref.", "OLC-PO-88213")

# licence terms box
y = H - 90 * mm
c.setStrokeColor(RED)
c.setLineWidth(0.8)
c.rect(16 * mm, y - 47 * mm, W - 32 * mm, 51 * mm, stroke=1, fill=0)
c.setFont("DVB", 9.5)
c.drawString(19 * mm, y - 1 * mm, "Licence particulars")
rows = [("Composition", "Monsoon Avenue"),
        ("Writers", "Darren Goh / Siti Aminah Rahman (publishing share controlled: 100%)"),
        ("Production", "\"Taste of Home\" Chinese New Year 2026 campaign, Tanjong Foods"),
        ("Media", "TV, cinema, online video and social media; 60s, 30s, 15s and 6s edits"),
        ("Territory", "Singapore and Malaysia"),
        ("Licence term", "15/01/2026 to 14/01/2027 (12 months)"),
        ("Master recording", "Not included – to be licensed separately from the record label")]
for i, (k, v) in enumerate(rows):
    yy = y - 8 * mm - i * 5.6 * mm
    c.setFont("DV", 8.5)
    c.setFillColor(GREY)
    c.drawString(19 * mm, yy, k)
    c.setFillColor(black)
    c.setFont("DVB" if k == "Composition" else "DV", 9)
    c.drawString(54 * mm, yy, v)

# charges table
y = H - 150 * mm
c.setFillColor(HexColor("#f3e5e5"))
c.rect(16 * mm, y - 2.2 * mm, W - 32 * mm, 7.5 * mm, stroke=0, fill=1)
c.setFillColor(black)
c.setFont("DVB", 8.8)
c.drawString(19 * mm, y, "Description")
c.drawRightString(W - 19 * mm, y, "Amount (SGD)")
c.setFont("DV", 9)
c.drawString(19 * mm, y - 9 * mm, "Synchronisation licence fee – \"Monsoon Avenue\", all edits, term and territory as above")
c.drawRightString(W - 19 * mm, y - 9 * mm, f"{FEE:,.2f}")
c.drawString(19 * mm, y - 16 * mm, "Cue sheet registration and licence administration")
c.drawRightString(W - 19 * mm, y - 16 * mm, f"{ADMIN:,.2f}")
c.setStrokeColor(HexColor("#cccccc"))
c.setLineWidth(0.5)
c.line(16 * mm, y - 20 * mm, W - 16 * mm, y - 20 * mm)

# totals bottom right
yt = y - 28 * mm
for label, val, bold in [("Subtotal (excl. GST)", sub, False), ("GST @ 9%", gst, False), ("Total amount payable", total, True)]:
    c.setFont("DVB" if bold else "DV", 10 if bold else 9)
    c.drawString(118 * mm, yt, label)
    c.drawRightString(W - 19 * mm, yt, sgd(val))
    if bold:
        c.setStrokeColor(RED)
        c.setLineWidth(1)
        c.line(118 * mm, yt + 5 * mm, W - 16 * mm, yt + 5 * mm)
    yt -= 6.5 * mm

# payment
yp = 62 * mm
c.setFont("DVB", 9)
c.drawString(16 * mm, yp, "Payment details")
c.setFont("DV", 8.5)
for i, t in enumerate(["Bank transfer / PayNow Corporate to Lion City Music Publishing Pte. Ltd.",
                       "DBS Bank Ltd · Account no. 072-918473-6 · SWIFT DBSSSGSG · PayNow UEN 201824613G",
                       "Please quote LCMP-SYN-25-0094. Payment terms: 30 days.",
                       "The licence is conditional on full payment by the due date."]):
    c.drawString(16 * mm, yp - (i + 1) * 4.8 * mm, t)
c.setFont("DV", 7)
c.setFillColor(GREY)
c.drawString(16 * mm, 14 * mm, "Lion City Music Publishing Pte. Ltd. is a member of a music collecting society; public performance royalties are not covered by this licence.")
c.showPage()
c.save()
