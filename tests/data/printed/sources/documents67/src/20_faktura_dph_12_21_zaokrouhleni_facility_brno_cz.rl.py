#!/usr/bin/env python3
"""Faktura - daňový doklad (Czech Republic) -- facility services for February: DPH 21 % (cleaning, supplies) and
12 % (canteen meals, catering), per-line DPH and "Celkem" columns, rekapitulace DPH, zaokrouhlení to whole crowns and
"Celkem k úhradě 295 007,00 Kč"; DUZP (date of taxable supply) before the issue date, variabilní symbol, IČO / DIČ of
both parties, QR Platba code. ReportLab canvas with embedded TTF fonts (DejaVu Sans)."""
import sys
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s67_20.pdf"
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Faktura FV26-0418")
W, H = A4
L, R = 15 * mm, W - 15 * mm
TEAL = (0.05, 0.42, 0.45)


def t(x, y, s, f="DV", size=8.4, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


# title row
c.setFillColorRGB(*TEAL)
t(L, H - 18 * mm, "Jihomoravské facility služby s.r.o.", "DVB", 14)
c.setFillColorRGB(0, 0, 0)
t(R, H - 17 * mm, "FAKTURA – DAŇOVÝ DOKLAD", "DVB", 12, "r")
t(R, H - 22 * mm, "č. FV26-0418", "DVB", 11, "r")
c.setStrokeColorRGB(*TEAL)
c.setLineWidth(1.2)
c.line(L, H - 25 * mm, R, H - 25 * mm)

# supplier / customer boxes
def box(x, y, w, h, title, lines):
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.5)
    c.rect(x, y - h, w, h)
    t(x + 2 * mm, y - 4.5 * mm, title, "DVB", 7.4)
    for i, (s, b) in enumerate(lines):
        t(x + 2 * mm, y - (9.5 + 4.3 * i) * mm, s, "DVB" if b else "DV", 8.8 if b else 8.2)


top = H - 29 * mm
box(L, top, 88 * mm, 44 * mm, "DODAVATEL", [("Jihomoravské facility služby s.r.o.", True), ("Cejl 418/62", False),
                                             ("602 00 Brno", False), ("IČO: 23444797", False), ("DIČ: CZ23444797", False),
                                             ("Plátce DPH", False), ("C 118273 vedená u Krajského soudu v Brně", False)])
box(L + 92 * mm, top, R - L - 92 * mm, 44 * mm, "ODBĚRATEL", [("Strojírny Hustopeče a.s.", True), ("Nádražní 41", False),
                                                            ("693 01 Hustopeče", False), ("IČO: 24889237", False),
                                                            ("DIČ: CZ24889237", False), ("Č. odběratele: 0731", False)])

# dates and payment data (two columns)
y = top - 50 * mm
left = [("Datum vystavení:", "05.03.2026"), ("Datum zdanitelného plnění:", "28.02.2026"), ("Datum splatnosti:", "19.03.2026"),
        ("Forma úhrady:", "převodním příkazem")]
right = [("Banka:", "Komerční banka, a.s."), ("Číslo účtu:", "4182736008/0100"), ("IBAN:", "CZ16 0100 0000 0041 8273 6008"),
         ("Variabilní symbol:", "260418"), ("Konstantní symbol:", "0308"), ("Objednávka:", "OBJ-SH-2026-017")]
for i, (k, v) in enumerate(left):
    t(L, y - i * 4.6 * mm, k, size=8.2)
    t(L + 46 * mm, y - i * 4.6 * mm, v, "DVB" if i in (0, 2) else "DV", 8.4)
for i, (k, v) in enumerate(right):
    t(L + 92 * mm, y - i * 4.6 * mm, k, size=8.2)
    t(L + 124 * mm, y - i * 4.6 * mm, v, "DVB" if i == 3 else "DV", 8.4)
t(L, y - 6.6 * 4.6 * mm, "Fakturujeme Vám za služby v období 01.02.2026 – 28.02.2026 dle rámcové smlouvy RS-2024-03:", size=8.2)

# items
y -= 42 * mm
cols = [("Označení dodávky", 62), ("Množství", 18), ("J. cena", 18), ("DPH %", 12), ("Bez DPH", 22), ("DPH", 18), ("Celkem", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
c.setFillColorRGB(0.88, 0.94, 0.94)
c.rect(L, y - 2.2 * mm, R - L, 6.8 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (n, _) in enumerate(cols):
    if i == 0:
        t(xs[0] + 1 * mm, y, n, "DVB", 7.6)
    else:
        t(xs[i + 1] - 1 * mm, y, n, "DVB", 7.6, "r")
rows = [("Úklid kancelářských prostor – únor 2026 (paušál)", "1", "48 500,00", "21", "48 500,00", "10 185,00", "58 685,00"),
        ("Mytí oken a prosklených ploch (m²)", "420", "38,50", "21", "16 170,00", "3 395,70", "19 565,70"),
        ("Čisticí prostředky a hygienické potřeby", "1", "7 384,60", "21", "7 384,60", "1 550,77", "8 935,37"),
        ("Závodní stravování – obědy (porce)", "1 860", "96,40", "12", "179 304,00", "21 516,48", "200 820,48"),
        ("Catering – porada vedení 19.02.2026", "1", "6 250,00", "12", "6 250,00", "750,00", "7 000,00")]
c.setStrokeColorRGB(0.8, 0.8, 0.8)
c.setLineWidth(0.4)
for r in rows:
    y -= 7 * mm
    t(xs[0] + 1 * mm, y, r[0], size=7.8)
    for i in range(1, 7):
        t(xs[i + 1] - 1 * mm, y, r[i], size=7.8, align="r")
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)

# recapitulation (left) and totals (right)
y -= 12 * mm
t(L, y, "Rekapitulace DPH v Kč", "DVB", 8.2)
rc = [("Sazba", 16), ("Základ", 26), ("DPH", 22), ("Celkem", 26)]
rx = [L]
for _, w in rc:
    rx.append(rx[-1] + w * mm)
for j, row in enumerate([("Sazba", "Základ", "DPH", "Celkem"), ("21 %", "72 054,60", "15 131,47", "87 186,07"),
                         ("12 %", "185 554,00", "22 266,48", "207 820,48"), ("Součet", "257 608,60", "37 397,95", "295 006,55")]):
    yy = y - (5.5 + 4.8 * j) * mm
    f = "DVB" if j in (0, 3) else "DV"
    t(rx[0], yy, row[0], f, 7.8)
    for i in (1, 2, 3):
        t(rx[i + 1], yy, row[i], f, 7.8, "r")

bx = L + 104 * mm
tot = [("Celkem bez DPH", "257 608,60 Kč"), ("DPH celkem", "37 397,95 Kč"), ("Celkem s DPH", "295 006,55 Kč"),
       ("Zaokrouhlení", "0,45 Kč")]
for i, (k, v) in enumerate(tot):
    yy = y - (1 + 5.2 * i) * mm
    t(bx, yy, k, size=8.6)
    t(R, yy, v, size=8.6, align="r")
yy = y - 25 * mm
c.setFillColorRGB(*TEAL)
c.rect(bx - 2 * mm, yy - 3 * mm, R - bx + 2 * mm, 9 * mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
t(bx, yy, "Celkem k úhradě", "DVB", 10.5)
t(R - 1.5 * mm, yy, "295 007,00 Kč", "DVB", 10.5, "r")
c.setFillColorRGB(0, 0, 0)
t(bx, yy - 7 * mm, "Měna: CZK", size=7.8)

# QR Platba
qr = QrCodeWidget("SPD*1.0*ACC:CZ1601000000004182736008*AM:295007.00*CC:CZK*X-VS:260418*X-KS:0308*MSG:FAKTURA FV26-0418")
b = qr.getBounds()
d = Drawing(28 * mm, 28 * mm, transform=[28 * mm / (b[2] - b[0]), 0, 0, 28 * mm / (b[3] - b[1]), 0, 0])
d.add(qr)
renderPDF.draw(d, c, L, 52 * mm)
t(L + 1 * mm, 49 * mm, "QR Platba", "DVB", 7.2)

# notes
y = 76 * mm
for s in ["Při úhradě uveďte variabilní symbol 260418.",
          "Neuhrazeno: faktura FV26-0291 ze dne 05.02.2026 na 287 412,30 Kč, splatná 19.02.2026.",
          "Za každý den prodlení účtujeme úrok z prodlení dle nařízení vlády č. 351/2013 Sb.",
          "Počet vydaných obědů dle evidence stravovacího systému (výkaz za únor 2026 v příloze)."]:
    t(L + 34 * mm, y, s, size=7.6)
    y -= 4.4 * mm
t(R, 40 * mm, "Vystavila: Ing. Lenka Horáková, tel. 541 218 418", size=7.6, align="r")
c.setStrokeColorRGB(0.6, 0.6, 0.6)
c.line(L, 22 * mm, R, 22 * mm)
c.setFillColorRGB(0.4, 0.4, 0.4)
t(W / 2, 17.5 * mm, "Jihomoravské facility služby s.r.o. · Cejl 418/62, 602 00 Brno · IČO 23444797 · DIČ CZ23444797", size=6.4, align="c")
t(W / 2, 14 * mm, "Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 118273.", size=6.4, align="c")
c.showPage()
c.save()
