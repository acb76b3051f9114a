# Restaurant receipt, UK, 80 mm roll, reportlab canvas
import sys
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))

out = sys.argv[1]
W, H = 80 * mm, 205 * mm
c = canvas.Canvas(out, pagesize=(W, H))
c.setTitle("Receipt 20417")
c.setAuthor("Squirrel POS 9.2")
L, R = 5 * mm, W - 5 * mm
y = H - 12 * mm

def centre(t, font="DV", size=8, dy=10):
    global y
    c.setFont(font, size); c.drawCentredString(W / 2, y, t); y -= dy

def lr(left, right, font="DV", size=8, dy=10, indent=0):
    global y
    c.setFont(font, size)
    c.drawString(L + indent, y, left)
    c.drawRightString(R, y, right)
    y -= dy

def rule(dash=True):
    global y
    c.setLineWidth(0.5)
    if dash: c.setDash(2, 2)
    c.line(L, y + 4, R, y + 4); c.setDash()
    y -= 6

centre("The Copper Kettle", "DVB", 15, 14)
centre("Bistro & Bar", "DV", 8, 12)
centre("14 Market Street, York YO1 8SS", dy=9)
centre("01904 612 738  ·  copperkettleyork.co.uk", dy=9)
centre("VAT Reg No. GB 284 6617 39", dy=13)
rule(False)
c.setFont("DV", 8)
c.drawString(L, y, "Table 12"); c.drawCentredString(W/2, y, "Covers 2"); c.drawRightString(R, y, "Server: Priya"); y -= 10
c.drawString(L, y, "Fri 14/03/2025"); c.drawRightString(R, y, "21:47"); y -= 10
c.drawString(L, y, "Receipt No. 20417"); c.drawRightString(R, y, "Till 2"); y -= 8
rule()
items = [
    ("2", "Sourdough & butter", "4.50"),
    ("1", "Burrata salad", "9.75"),
    ("1", "Pan-roasted hake", "21.50"),
    ("1", "Braised short rib", "24.00"),
    ("1", "Triple-cooked chips", "4.95"),
    ("2", "Pinot Grigio 175ml", "16.50"),
    ("1", "Sticky toffee pudding", "7.50"),
    ("1", "Espresso", "2.95"),
]
for q, d, a in items:
    c.setFont("DV", 8)
    c.drawString(L, y, q); c.drawString(L + 6 * mm, y, d); c.drawRightString(R, y, a); y -= 10
    if q == "2":
        c.setFont("DV", 6.5); c.drawString(L + 8 * mm, y + 2, "@ %.2f" % (float(a) / 2)); y -= 7
rule()
lr("Subtotal", "91.65")
lr("Tip", "10.00")
y -= 2
c.setLineWidth(0.8); c.line(L + 35 * mm, y + 8, R, y + 8)
lr("TOTAL", "£101.65", "DVB", 11, 14)
rule()
lr("Visa contactless  **** 4421", "£101.65", size=7.5, dy=9)
lr("Auth code 083316", "", size=7, dy=9)
lr("Change", "0.00", size=7.5, dy=12)
c.setFont("DV", 7)
c.drawString(L, y, "VAT analysis"); y -= 9
lr("VAT @ 20% (incl.)", "15.28", size=7, dy=9, indent=3 * mm)
lr("Net of VAT", "76.37", size=7, dy=9, indent=3 * mm)
lr("Tip (outside scope)", "10.00", size=7, dy=12, indent=3 * mm)
rule(False)
centre("Thank you for dining with us!", "DV", 8, 10)
centre("100% of tips go to our kitchen & floor team.", "DV", 6.5, 9)
centre("Book online or call 01904 612 738", "DV", 6.5, 14)
c.setFont("DVM", 6); c.drawCentredString(W / 2, y, "Chk 4817  ·  T2/S14  ·  14/03/25 21:47:09")
c.showPage(); c.save()
