#!/usr/bin/env python3
"""Pohjolan Arvopaperipalvelut Oy - osinkolaskelma (dividend statement). ReportLab canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Osinkolaskelma 2.4.2025")
c.setAuthor("Pohjolan Arvopaperipalvelut Oy")
c.setCreator("PAP Custody Reporting")

blue = colors.HexColor("#003a70")
pale = colors.HexColor("#e9f0f7")
L = 20*mm

c.setFillColor(blue)
c.setFont("Helvetica-Bold", 15)
c.drawString(L, H - 22*mm, "POHJOLAN")
c.setFont("Helvetica", 9)
c.drawString(L, H - 27*mm, "Arvopaperipalvelut Oy")
c.setFillColor(colors.black)
c.setFont("Helvetica", 7.5)
c.drawRightString(W - L, H - 18*mm, "Pohjolan Arvopaperipalvelut Oy")
c.drawRightString(W - L, H - 21.5*mm, "Aleksanterinkatu 41, 00100 Helsinki")
c.drawRightString(W - L, H - 25*mm, "Y-tunnus 3184276-1 · puh. 010 555 4120")

# recipient window
c.setFont("Helvetica", 10)
for i, t in enumerate(["Veikko Tapani Hämäläinen", "Kauppakatu 14 B 9", "53100 LAPPEENRANTA"]):
    c.drawString(L, H - 50*mm - i*5*mm, t)

# info box right
box = [("Päiväys", "2.4.2025"), ("Arvo-osuustili", "8001 0047 1922"), ("Henkilötunnus", "120358-XXXX"),
       ("Asiakasnumero", "PAP-551874")]
bx, by = 118*mm, H - 46*mm
for i, (k, v) in enumerate(box):
    y = by - i*6*mm
    c.setFont("Helvetica", 8)
    c.drawString(bx, y, k)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(W - L, y, v)
    c.setStrokeColor(colors.HexColor("#b5c6d8"))
    c.line(bx, y - 2*mm, W - L, y - 2*mm)

c.setFont("Helvetica-Bold", 14)
c.setFillColor(blue)
c.drawString(L, H - 84*mm, "OSINKOLASKELMA")
c.setFillColor(colors.black)
c.setFont("Helvetica", 9)
c.drawString(L, H - 90*mm, "Olemme maksaneet tilillenne alla eritellyn osingon.")

# security header band
y0 = H - 100*mm
c.setFillColor(pale)
c.rect(L, y0 - 19*mm, W - 2*L, 22*mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 10)
c.drawString(L + 3*mm, y0 - 3*mm, "Saimaan Metsäteollisuus Oyj")
c.setFont("Helvetica", 8.5)
c.drawString(L + 3*mm, y0 - 8*mm, "Y-tunnus 2847193-9 · ISIN FI4000319272 · Osakelaji: SMT1V")
# three date columns: labels above values
cols = [("Osingon irtoamispäivä", "21.3.2025"), ("Täsmäytyspäivä", "24.3.2025"), ("Maksupäivä", "2.4.2025")]
for i, (k, v) in enumerate(cols):
    x = L + 3*mm + i*55*mm
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#4a5d70"))
    c.drawString(x, y0 - 13*mm, k)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x, y0 - 17.5*mm, v)

# calculation table
ty = y0 - 32*mm
c.setFont("Helvetica-Bold", 8.5)
c.drawString(L, ty, "Erittely")
c.drawRightString(L + 118*mm, ty, "Peruste")
c.drawRightString(W - L, ty, "Määrä, EUR")
c.setStrokeColor(blue)
c.setLineWidth(1)
c.line(L, ty - 2*mm, W - L, ty - 2*mm)
rows = [("Osakkeiden määrä", "3 500 kpl", ""),
        ("Osinko / osake", "0,62 €", ""),
        ("Osinko yhteensä (brutto)", "3 500 x 0,62 €", "2 170,00"),
        ("Veronalainen osuus 85 %", "", "1 844,50"),
        ("Ennakonpidätys 25,5 % veronalaisesta osuudesta", "", "-470,35")]
c.setFont("Helvetica", 9)
y = ty - 8*mm
c.setLineWidth(0.4)
c.setStrokeColor(colors.HexColor("#b5c6d8"))
for a, b, d in rows:
    c.drawString(L, y, a)
    c.drawRightString(L + 118*mm, y, b)
    c.drawRightString(W - L, y, d)
    c.line(L, y - 2.2*mm, W - L, y - 2.2*mm)
    y -= 7*mm
y -= 3*mm
c.setFillColor(pale)
c.rect(L, y - 3*mm, W - 2*L, 9*mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 10.5)
c.drawString(L + 2*mm, y, "Maksettu tilillenne")
c.drawRightString(W - L - 2*mm, y, "1 699,65")

y -= 14*mm
c.setFont("Helvetica", 9)
c.drawString(L, y, "Maksu tilille FI17 5720 0420 7188 25, arvopäivä 2.4.2025.")

y -= 16*mm
c.setFont("Helvetica-Bold", 9)
c.drawString(L, y, "Verotustiedot")
c.setFont("Helvetica", 8)
txt = ["Osinko on julkisesti noteeratun yhtiön osinkoa. Siitä 85 % on veronalaista pääomatuloa ja 15 % verovapaata tuloa.",
       "Ennakonpidätys on toimitettu tuloverolain ja ennakkoperintälain mukaisesti. Tiedot on ilmoitettu Verohallinnolle,",
       "ja ne esitäytetään veroehdotukseenne. Säilyttäkää tämä laskelma verotusta varten."]
for i, t in enumerate(txt):
    c.drawString(L, y - 5*mm - i*4*mm, t)

c.setFont("Helvetica", 6.8)
c.setFillColor(colors.HexColor("#666666"))
c.drawCentredString(W/2, 14*mm, "Pohjolan Arvopaperipalvelut Oy on Finanssivalvonnan valvoma tilinhoitajayhteisö. "
                    "Tämä laskelma on tulostettu koneellisesti eikä sitä allekirjoiteta.")
c.showPage()
c.save()
