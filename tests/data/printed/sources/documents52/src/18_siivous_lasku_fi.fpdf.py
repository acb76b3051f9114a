"""Cleaning company's lasku to a housing company (Finland, Tampere): letter part with sender, recipient, meta grid
(laskun päivämäärä, laskun numero, asiakasnumero, viitteenne, maksuehto, eräpäivä, viivästyskorko), monthly service
lines, veroton / ALV 25,5 % / yhteensä, and the standard Finnish bank transfer form (tilisiirto / girering) at the bottom
with bilingual captions, IBAN, BIC, viitenumero (7-3-1 check digit), eräpäivä and the euro amount repeated, plus the
54-digit virtual bank barcode (virtuaaliviivakoodi, version 4). fpdf2, DejaVu Sans.
Usage: python3 18_siivous_lasku_fi.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ITEMS = [("Porraskäytävien siivous, marraskuu 2025 (4 krt)", "4", "krt", D("145.00")),
         ("Ikkunanpesu, porraskäytävät A ja B", "1", "erä", D("420.00")),
         ("Saunaosaston siivous, marraskuu 2025", "4", "krt", D("38.00")),
         ("Tarvikkeet (jätesäkit, pesuaineet)", "1", "erä", D("36.80"))]
rows = [(d, q, u, p, (D(q) * p).quantize(D("0.01"))) for d, q, u, p in ITEMS]
NET = sum(r[4] for r in rows)
VAT = (NET * D("0.255")).quantize(D("0.01"), ROUND_HALF_UP)
TOTAL = NET + VAT
assert (NET, VAT, TOTAL) == (D("1188.80"), D("303.14"), D("1491.94")), (NET, VAT, TOTAL)

IBAN = "FI31 4711 2010 4182 73"
REF = "10250484"                    # viitenumero, 7-3-1 check digit
REF_PRINTED = "102 50484"
DUE = "12.12.2025"


def ref_ok(r):
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(r[:-1])))
    return (10 - s % 10) % 10 == int(r[-1])


assert ref_ok(REF)
eur, cents = divmod(int(TOTAL * 100), 100)
VIRTUAL = "4" + IBAN.replace(" ", "")[2:] + f"{eur:06d}" + f"{cents:02d}" + "000" + REF.rjust(20, "0") + "251212"
assert len(VIRTUAL) == 54, len(VIRTUAL)


def fi(x):
    """1 491,94"""
    return f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",")


DJ = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1765497600")), timezone.utc))
pdf.add_font("D", "", DJ + "DejaVuSans.ttf")
pdf.add_font("D", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", DJ + "DejaVuSansCondensed.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Lasku 25-0482")
pdf.add_page()
GREEN = (0, 120, 90)


def t(x, y, s, size=9, style="", w=0, align="L", font="D", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.45, s, align=align)
    pdf.set_text_color(0, 0, 0)


# sender
t(18, 14, "Puhdas Koti", 17, "B", color=GREEN)
t(18, 21.5, "Siivouspalvelut", 9, color=GREEN)
t(18, 28, "Puhdas Koti Siivouspalvelut Oy", 8)
t(18, 32, "Hatanpään valtatie 24 B", 8)
t(18, 36, "33100 Tampere", 8)
t(125, 14, "LASKU", 16, "B")

# recipient
for i, s in enumerate(["Asunto Oy Näsinkallio", "c/o Isännöintitoimisto Kivelä Oy", "Pyynikintie 9", "33230 Tampere"]):
    t(18, 50 + i * 5, s, 10, "B" if i == 0 else "")

# meta grid
meta = [("Laskun päivämäärä", "28.11.2025"), ("Laskun numero", "25-0482"), ("Asiakasnumero", "1406"),
        ("Viitteenne", "Hallitus / M. Kivelä"), ("Maksuehto", "14 päivää netto"), ("Eräpäivä", DUE),
        ("Viivästyskorko", "11,5 %"), ("Viitenumero", REF_PRINTED)]
for i, (k, v) in enumerate(meta):
    t(125, 24 + i * 5, k, 7.8, color=(90, 90, 90))
    t(158, 24 + i * 5, v, 8.4, "B" if k in ("Laskun numero", "Eräpäivä") else "")

# lines
y = 84
pdf.set_fill_color(*GREEN)
pdf.rect(18, y, 174, 6.5, "F")
heads = [(20, "Kuvaus", "L", 90), (110, "Määrä", "R", 16), (128, "Yks.", "L", 10), (140, "à-hinta", "R", 22),
         (164, "Yhteensä", "R", 26)]
for x, h, al, w in heads:
    t(x, y + 1.6, h, 8, "B", w, al, color=(255, 255, 255))
y += 9
pdf.set_draw_color(200, 220, 212)
for d, q, u, p, a in rows:
    t(20, y, d, 8.6, w=90)
    t(110, y, q, 8.6, w=16, align="R")
    t(128, y, u, 8.6)
    t(140, y, fi(p), 8.6, w=22, align="R")
    t(164, y, fi(a), 8.6, w=26, align="R")
    pdf.line(18, y + 5.2, 192, y + 5.2)
    y += 7
y += 3
for k, v, b in [("Veroton yhteensä", fi(NET), ""), ("ALV 25,5 %", fi(VAT), ""), ("Yhteensä EUR", fi(TOTAL), "B")]:
    t(120, y, k, 9 if b else 8.6, b, 40)
    t(164, y, v, 9 if b else 8.6, b, 26, "R")
    y += 6
pdf.set_draw_color(0, 0, 0)
pdf.line(120, y - 6.8, 192, y - 6.8)

t(18, y + 6, "Palvelu perustuu 1.1.2025 alkaneeseen siivoussopimukseen (sopimus nro SP-2025-014).", 8)
t(18, y + 11, "Huomautusmaksu 5,00 €. Laskua koskevat huomautukset 8 päivän kuluessa.", 8)

# footer of the letter part
fy = 176
pdf.set_draw_color(*GREEN)
pdf.line(18, fy, 192, fy)
foot = [("Puhdas Koti Siivouspalvelut Oy", "Hatanpään valtatie 24 B", "33100 Tampere"),
        ("Puhelin 040 418 2736", "laskutus@puhdaskoti.example", "www.puhdaskoti.example"),
        ("Y-tunnus 3182746-5", "ALV-rek. FI31827465", "Kotipaikka Tampere"),
        ("POP Pankki", IBAN, "BIC POPFFI22")]
for i, col in enumerate(foot):
    for j, s in enumerate(col):
        t(18 + i * 44, fy + 2 + j * 3.6, s, 6.6, font="DC", color=(70, 70, 70))

# ---------------------------------------------------------------- tilisiirto / girering form
top = 196
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.25)
pdf.set_dash_pattern(dash=1.2, gap=1)
pdf.line(0, top - 3, 210, top - 3)
pdf.set_dash_pattern()
L, M, R = 8, 110, 202
rowsY = [top, top + 16, top + 34, top + 58, top + 70, top + 80]
pdf.set_line_width(0.5)
pdf.line(M, top, M, top + 80)
pdf.line(L + 19, top, L + 19, top + 70)
for yy in (top + 16, top + 34):
    pdf.line(L, yy, R, yy)
pdf.line(L, top + 58, M, top + 58)
pdf.line(L, top + 70, R, top + 70)
pdf.line(M, top + 58, R, top + 58)
pdf.line(M + 50, top + 58, M + 50, top + 70)
pdf.line(M, top + 46, R, top + 46)
pdf.line(M + 58, top + 34, M + 58, top + 46)
pdf.set_line_width(0.25)


def cap(x, y, fi_, sv, w=18):
    t(x, y, fi_, 5.6, font="DC")
    t(x, y + 2.4, sv, 5.6, font="DC")


cap(L, top + 1.5, "Saajan", "tilinumero")
cap(L, top + 8, "Mottagarens", "kontonummer")
t(L + 22, top + 1.8, "IBAN", 6, font="DC")
t(L + 22, top + 6.5, IBAN, 10, "B")
t(M + 2, top + 1.8, "BIC", 6, font="DC")
t(M + 2, top + 6.5, "POPFFI22", 10, "B")
cap(L, top + 18, "Saaja", "Mottagare")
t(L + 22, top + 18.5, "Puhdas Koti Siivouspalvelut Oy", 9.5)
t(L + 22, top + 23, "Hatanpään valtatie 24 B, 33100 Tampere", 8.5)
cap(L, top + 36, "Maksajan", "nimi ja")
cap(L, top + 41, "osoite", "Betalarens")
cap(L, top + 46, "namn och", "adress")
t(L + 22, top + 36.5, "Asunto Oy Näsinkallio", 9.5)
t(L + 22, top + 41, "c/o Isännöintitoimisto Kivelä Oy", 8.5)
t(L + 22, top + 45.5, "Pyynikintie 9, 33230 Tampere", 8.5)
cap(L, top + 59.5, "Allekirjoitus", "Underskrift")
pdf.line(L + 22, top + 66, M - 4, top + 66)
cap(L, top + 71.5, "Tililtä nro", "Från konto nr")
t(M + 2, top + 18, "Laskun numero 25-0482", 8.5)
t(M + 2, top + 22.5, "Käytäthän viitenumeroa maksaessasi.", 7.5)
cap(M + 2, top + 35.5, "Viitenro", "Ref.nr", 14)
t(M + 20, top + 37.5, REF_PRINTED, 10, "B")
t(M + 2, top + 47.5, "Eräpäivä", 5.6, font="DC")
t(M + 2, top + 49.9, "Förfallodag", 5.6, font="DC")
t(M + 20, top + 50, DUE, 10, "B")
t(M + 52, top + 59.5, "Euro", 5.6, font="DC")
t(M + 60, top + 62, fi(TOTAL), 11, "B", R - M - 64, "R")
t(L, top + 82.5, "Maksu välitetään saajalle maksujenvälityksen ehtojen mukaisesti ja vain maksajan ilmoittaman tilinumeron "
  "perusteella.", 5.2, font="DC")
t(L, top + 85.3, "Betalningen förmedlas till mottagaren enligt villkoren för betalningsförmedling och endast till det "
  "kontonummer som betalaren angivit.", 5.2, font="DC")
t(L, top + 89.5, "Virtuaaliviivakoodi: " + VIRTUAL, 7.6, font="DC")
pdf.output(sys.argv[1])
