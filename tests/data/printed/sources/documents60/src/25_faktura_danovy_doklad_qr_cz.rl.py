"""Tax invoice ("Faktura – daňový doklad") as the Czech small-business invoicing tools lay it out (Czech Republic, Brno
air-conditioning service), Czech: logo line "KLIMASERVIS" with the legal name, IČO / DIČ and the commercial-register
entry in the Dodavatel box, Odběratel box with IČO / DIČ, a payment grid (Číslo účtu, IBAN, Variabilní symbol, Forma
úhrady) and a date grid (Datum vystavení, Datum uskutečnění zdanitelného plnění, Datum splatnosti), lines with unit
price, DPH % and amount, the VAT recapitulation (základ, DPH 21 %), Celkem, rounding to whole korunas
("Zaokrouhlení -0,05") and "Celkem k úhradě 10 291,00 Kč", a QR Platba box with its SPD text, and the footer "Vystaveno
v aplikaci Fakturka Online" (fictional tool, not the vendor). The truth total is "Celkem k úhradě" after rounding.
Czech number format (10 291,00), dates dd.mm.yyyy. ReportLab canvas, DejaVu Sans.
Usage: python3 25_faktura_danovy_doklad_qr_cz.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCB", F + "DejaVuSansCondensed-Bold.ttf"))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def cz(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" -", "-")


LINES = [("Servis a čištění klimatizační jednotky (split)", D("4"), "ks", D("1450.00")),
         ("Doplnění chladiva R32", D("2.5"), "kg", D("890.00")),
         ("Doprava technika Brno a okolí", D("1"), "ks", D("480.00"))]
NET = sum(q(n * p) for _, n, _, p in LINES)
VAT = q(NET * D("0.21"))
RAW = NET + VAT
TOT = RAW.quantize(D("1"), ROUND_HALF_UP)
RND = TOT - RAW
assert (NET, VAT, RAW, TOT, RND) == (D("8505.00"), D("1786.05"), D("10291.05"), D("10291"), D("-0.05"))
TOT = q(TOT)
BLUE = HexColor("#0b6e99")

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="DV", initialFontSize=9)
c.setTitle("Faktura 2026030418")
W, H = A4
L, R = 16 * mm, W - 16 * mm
c.setFillColor(BLUE)
c.setFont("DVB", 19)
c.drawString(L, H - 22 * mm, "KLIMASERVIS")
c.setFont("DV", 7.5)
c.drawString(L, H - 26.5 * mm, "klimatizace · tepelná čerpadla · servis")
c.setFillColor(black)
c.setFont("DVB", 12)
c.drawRightString(R, H - 20 * mm, "Faktura – daňový doklad")
c.setFont("DV", 10)
c.drawRightString(R, H - 25.5 * mm, "č. 2026030418")


def box(x, y, w, h, title, rows):
    c.setStrokeColor(BLUE)
    c.rect(x, y - h, w, h)
    c.setFont("DCB", 7)
    c.setFillColor(BLUE)
    c.drawString(x + 2 * mm, y - 4 * mm, title)
    c.setFillColor(black)
    for i, (s, b) in enumerate(rows):
        c.setFont("DCB" if b else "DC", 8.3)
        c.drawString(x + 2 * mm, y - (8.5 + i * 4) * mm, s)


top = H - 33 * mm
box(L, top, 86 * mm, 40 * mm, "DODAVATEL", [
    ("Klimaservis Brno s.r.o.", True), ("Vídeňská 418/72", False), ("639 00 Brno", False),
    ("IČO: 27184722    DIČ: CZ27184722", False), ("Zapsáno v OR u KS v Brně, oddíl C, vložka 71847", False),
    ("Tel. +420 541 184 729 · info@klimaservis-brno.example", False)])
box(L + 92 * mm, top, R - L - 92 * mm, 40 * mm, "ODBĚRATEL", [
    ("Hotel Špilberk Garni s.r.o.", True), ("Husova 164/12", False), ("602 00 Brno", False),
    ("IČO: 06418376    DIČ: CZ06418376", False)])
y = top - 44 * mm
grid = [("Číslo účtu", "2718472938/2010"), ("IBAN", "CZ20 2010 0000 0027 1847 2938"),
        ("Variabilní symbol", "2026030418"), ("Forma úhrady", "převodem"),
        ("Datum vystavení", "11.03.2026"), ("Datum uskutečnění zdanitelného plnění", "10.03.2026"),
        ("Datum splatnosti", "25.03.2026"), ("Objednávka", "OBJ-HS-2026-027")]
for i, (k, v) in enumerate(grid):
    col, row = divmod(i, 4)
    x = L + col * 92 * mm
    yy = y - row * 5 * mm
    c.setFont("DC", 7.8)
    c.drawString(x, yy, k + ":")
    c.setFont("DCB", 8.3)
    c.drawRightString(x + 86 * mm if col == 0 else R, yy, v)
y -= 26 * mm
c.setFillColor(BLUE)
c.rect(L, y - 1.8 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("DCB", 7.8)
c.drawString(L + 2 * mm, y, "Označení dodávky")
for x, h in [(110, "Množství"), (124, "J.cena"), (140, "DPH %"), (158, "Bez DPH"), (178, "Celkem")]:
    c.drawRightString(x * mm, y, h)
c.setFillColor(black)
for d, n, u, p in LINES:
    y -= 7 * mm
    net = q(n * p)
    c.setFont("DC", 8.3)
    c.drawString(L + 2 * mm, y, d)
    c.drawRightString(110 * mm, y, f"{cz(n)} {u}")
    c.drawRightString(124 * mm, y, cz(p))
    c.drawRightString(140 * mm, y, "21")
    c.drawRightString(158 * mm, y, cz(net))
    c.drawRightString(178 * mm, y, cz(q(net * D("1.21"))))
    c.setStrokeColor(HexColor("#cccccc"))
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)
y -= 14 * mm
c.setFont("DCB", 7.8)
c.drawString(L, y, "Rekapitulace DPH v Kč")
for x, h in [(70, "Základ"), (90, "Sazba"), (112, "DPH"), (136, "Celkem")]:
    c.drawRightString(x * mm, y, h)
c.setFont("DC", 8.3)
y -= 5 * mm
c.drawString(L, y, "Základní sazba")
for x, v in [(70, cz(NET)), (90, "21 %"), (112, cz(VAT)), (136, cz(RAW))]:
    c.drawRightString(x * mm, y, v)
y -= 10 * mm
for k, v, b in [("Celkem bez DPH", cz(NET), False), ("DPH 21 %", cz(VAT), False), ("Celkem", cz(RAW), False),
                ("Zaokrouhlení", cz(RND), False)]:
    c.setFont("DC", 8.5)
    c.drawString(120 * mm, y, k)
    c.drawRightString(R, y, v)
    y -= 4.8 * mm
c.setFillColor(HexColor("#e3f1f7"))
c.rect(116 * mm, y - 3 * mm, R - 116 * mm, 9 * mm, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("DVB", 11)
c.drawString(118 * mm, y, "Celkem k úhradě")
c.drawRightString(R - 2 * mm, y, cz(TOT) + " Kč")
# QR Platba
c.setStrokeColor(black)
c.rect(L, y - 8 * mm, 32 * mm, 32 * mm)
c.setFont("DC", 6.5)
c.drawCentredString(L + 16 * mm, y + 8 * mm, "[QR Platba]")
c.setFont("DC", 6)
spd = f"SPD*1.0*ACC:CZ2020100000002718472938*AM:{TOT}*CC:CZK*X-VS:2026030418*MSG:FAKTURA 2026030418"
c.drawString(L, y - 12 * mm, spd)
y -= 30 * mm
c.setFont("DC", 8)
c.drawString(L, y, "Fakturujeme Vám za servis klimatizačních jednotek v pokojích 201–204 dle objednávky OBJ-HS-2026-027.")
c.drawString(L, y - 4.5 * mm, "Při platbě uveďte variabilní symbol 2026030418. Děkujeme za spolupráci.")
c.drawString(L, y - 16 * mm, "Vystavil: Ing. Petr Dvořák")
c.drawString(L + 100 * mm, y - 16 * mm, "Razítko a podpis:")
c.setFont("DC", 6.5)
c.setFillColor(HexColor("#888888"))
c.drawCentredString(W / 2, 12 * mm, "Klimaservis Brno s.r.o. · IČO 27184722 · DIČ CZ27184722 · Vystaveno v aplikaci Fakturka Online")
c.showPage()
c.save()
