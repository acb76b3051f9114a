"""Haulage invoice stamped as paid (Romania, Cluj-Napoca), Romanian: dark header band with white text (letter-spaced
logo C A R P A Ț I and "FACTURĂ"), supplier block with CIF / Reg. Com. / IBAN on the left, a label block top right
(Număr factură, Data emiterii, Data scadenței, Nr. comandă), buyer block, four service lines, total fără TVA, TVA 21 %,
total de plată, and a large diagonal "ACHITAT" (PAID) watermark drawn as text across the page with the receipt
reference. Romanian number format (7.564,92 lei), dates zz.ll.aaaa. ReportLab canvas, Liberation Sans.
Usage: python3 24_factura_transport_achitat_ro.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def ro(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


LINES = [("Transport rutier marfă Cluj-Napoca – Timișoara, camion 24 t", "cursă", 2, D("2450.00")),
         ("Manipulare marfă la încărcare / descărcare", "palet", 16, D("35.00")),
         ("Depozitare temporară, depozit Apahida", "zi", 12, D("48.50")),
         ("Asigurare CMR marfă transportată", "buc", 1, D("210.00"))]
NET = sum(n * p for *_, n, p in LINES)
TVA = q(NET * D("0.21"))
TOT = NET + TVA
assert (NET, TVA, TOT) == (D("6252.00"), D("1312.92"), D("7564.92"))

W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Factura CLG-00418")
L, R = 16 * mm, W - 16 * mm
# watermark first (behind)
c.saveState()
c.setFillColor(Color(0.1, 0.55, 0.25, alpha=0.16))
c.translate(W / 2, H / 2 - 20 * mm)
c.rotate(35)
c.setFont("LSB", 110)
c.drawCentredString(0, 0, "ACHITAT")
c.restoreState()
# dark band
c.setFillColor(HexColor("#17324d"))
c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("LSB", 22)
c.drawString(L, H - 17 * mm, "C A R P A Ț I")
c.setFont("LS", 8)
c.drawString(L, H - 23 * mm, "LOGISTIC · TRANSPORT · DEPOZITARE")
c.setFont("LSB", 24)
c.drawRightString(R, H - 19 * mm, "FACTURĂ")
c.setFillColor(black)
# supplier block
y = H - 40 * mm
c.setFont("LS", 6.8)
c.drawString(L, y, "FURNIZOR")
c.setFont("LSB", 9.5)
c.drawString(L, y - 5 * mm, "Carpați Logistic S.R.L.")
c.setFont("LS", 8.5)
for i, t in enumerate(["Str. Traian Vuia 208, 400397 Cluj-Napoca, jud. Cluj", "CIF: RO31847294",
                       "Reg. Com.: J12/4183/2013", "Capital social: 200 lei",
                       "IBAN: RO75 BTRL 0450 1202 1847 2900", "Banca Transilvania, Sucursala Cluj"]):
    c.drawString(L, y - (10 + 4.3 * i) * mm, t)
# label block top right
bx, bw = W / 2 + 18 * mm, R - (W / 2 + 18 * mm)
c.setStrokeColor(HexColor("#17324d"))
c.rect(bx, y - 26 * mm, bw, 28 * mm)
rows = [("Număr factură", "CLG-00418"), ("Data emiterii", "16.03.2026"), ("Data scadenței", "15.04.2026"),
        ("Nr. comandă client", "SD-4471/2026"), ("Cota TVA", "21%")]
for i, (k, v) in enumerate(rows):
    yy = y - (3 + 5.2 * i) * mm
    c.setFont("LS", 8)
    c.drawString(bx + 3 * mm, yy, k)
    c.setFont("LSB", 9)
    c.drawRightString(R - 3 * mm, yy, v)
# buyer
y2 = y - 42 * mm
c.setFont("LS", 6.8)
c.drawString(L, y2, "CUMPĂRĂTOR")
c.setFont("LSB", 9.5)
c.drawString(L, y2 - 5 * mm, "Someș Distribuție S.A.")
c.setFont("LS", 8.5)
for i, t in enumerate(["Calea Baciului 1-3, 400230 Cluj-Napoca, jud. Cluj", "CIF: RO 41827367", "Reg. Com.: J12/2291/2019"]):
    c.drawString(L, y2 - (10 + 4.3 * i) * mm, t)
# lines table
y3 = y2 - 30 * mm
c.setFillColor(HexColor("#17324d"))
c.rect(L, y3 - 2 * mm, R - L, 7 * mm, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("LSB", 8)
heads = [(L + 2 * mm, "Nr."), (L + 10 * mm, "Denumirea serviciului"), (L + 108 * mm, "U.M."), (L + 135 * mm, "Cant."),
         (L + 157 * mm, "Preț unitar"), (R - 2 * mm, "Valoare")]
for i, (xx, h) in enumerate(heads):
    (c.drawRightString if i >= 3 else c.drawString)(xx, y3, h)
c.setFillColor(black)
c.setFont("LS", 8.5)
for i, (name, um, n, p) in enumerate(LINES, 1):
    yy = y3 - (7 + 7 * (i - 1)) * mm
    c.drawString(L + 2 * mm, yy, str(i))
    c.drawString(L + 10 * mm, yy, name)
    c.drawString(L + 108 * mm, yy, um)
    c.drawRightString(L + 135 * mm, yy, str(n))
    c.drawRightString(L + 157 * mm, yy, ro(p))
    c.drawRightString(R - 2 * mm, yy, ro(n * p))
    c.setStrokeColor(HexColor("#cccccc"))
    c.line(L, yy - 2.5 * mm, R, yy - 2.5 * mm)
y4 = y3 - 40 * mm
for i, (k, v, b) in enumerate([("Total fără TVA", ro(NET) + " lei", False), ("TVA 21%", ro(TVA) + " lei", False),
                               ("TOTAL DE PLATĂ", ro(TOT) + " lei", True)]):
    c.setFont("LSB" if b else "LS", 11 if b else 9)
    c.drawRightString(R - 40 * mm, y4 - 6.5 * i * mm, k)
    c.drawRightString(R - 2 * mm, y4 - 6.5 * i * mm, v)
c.setFont("LS", 8.5)
c.drawString(L, y4 - 32 * mm, "Achitat integral prin ordin de plată nr. 1184 din 18.03.2026 – mulțumim!")
c.drawString(L, y4 - 37 * mm, "Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Codul fiscal.")
c.drawString(L, y4 - 42 * mm, "Întocmit de: Ioana Mureșan, CNP / act identitate conform evidenței interne.")
c.setFont("LS", 7)
c.drawString(L, 14 * mm, "Carpați Logistic S.R.L. · CIF RO31847294 · J12/4183/2013 · office@carpati-logistic.example · pag. 1/1")
c.showPage()
c.save()
