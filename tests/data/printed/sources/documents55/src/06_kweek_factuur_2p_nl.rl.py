"""Horticultural-supplies wholesaler's two-page invoice (Netherlands, Naaldwijk -> Bleiswijk), in Dutch: header with
label block right-aligned at the top right, customer address, a long article table (34 lines) running over two pages,
page 1 ends with "Transport naar pagina 2", page 2 repeats the header line and starts with "Transport van pagina 1",
totals on page 2 only (totaal excl. btw, btw 21 %, totaal incl. btw in a box), payment line, and a footer on both
pages with KvK, btw-id and IBAN. ReportLab canvas, Liberation Sans Narrow / Sans.
Usage: python3 06_kweek_factuur_2p_nl.rl.py out.pdf"""
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
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))
ITEMS = ["Steenwolmat 100x15x7,5 cm", "Steenwolblok 10x10x6,5 cm, tray 96", "Kokosgrowbag 100 cm", "Druppelaar 2 l/h",
         "Druppelslang 16 mm, rol 500 m", "Teeltgoot aluminium 6 m", "Plantclip 22 mm, doos 1000", "Tomatenhaak met 12 m touw",
         "Hommelkast mini-hive", "Gele vangplaat 25x40 cm, 10 st.", "Kalksalpeter 25 kg", "Kaliumsulfaat 25 kg",
         "Magnesiumsulfaat 25 kg", "Monokaliumfosfaat 25 kg", "IJzerchelaat DTPA 5 kg", "EC-meter handmodel",
         "pH-buffer 7,0 500 ml", "Schermdoek 70 % 4,2 x 100 m", "Kasfolie 200 my 12 x 50 m", "Klemprofiel 2 m",
         "Snoeischaar ergonomisch", "Oogstkrat 60x40 groen", "Transportkar 3 etages", "Handschoenen nitril, doos 100",
         "Kweekpot 9 cm, tray 1000", "Substraatzak turf 70 l", "Biologische bestrijder Encarsia, 10.000 st.",
         "Roofmijt Amblyseius, zakje 500", "Luchtbevochtiger-nozzle", "Vijzel voor CO2-dosering", "Temperatuursensor PT100",
         "Kabelbinder 300 mm, zak 100", "Reinigingsmiddel kassen 20 l", "Desinfectiemiddel 10 l"]
QTY = [120, 48, 300, 2000, 6, 40, 20, 400, 12, 50, 80, 40, 40, 20, 10, 4, 12, 3, 2, 150, 25, 200, 4, 30, 18, 60, 8, 20,
       24, 2, 6, 40, 10, 12]
PRICE = ["3.85", "21.40", "2.95", "0.18", "74.50", "38.90", "9.75", "0.42", "46.00", "12.80", "18.60", "27.40",
         "14.20", "41.90", "63.50", "89.00", "6.95", "312.00", "418.00", "2.35", "24.90", "4.10", "189.00", "7.60",
         "58.40", "11.25", "32.00", "17.50", "13.80", "145.00", "36.70", "4.95", "48.60", "55.20"]
LINES = [(f"KW-{1040 + 7 * i}", d, q, D(p), q * D(p)) for i, (d, q, p) in enumerate(zip(ITEMS, QTY, PRICE))]
P1 = 22
T1 = sum(x[4] for x in LINES[:P1])
SUB = sum(x[4] for x in LINES)
VAT = (SUB * D("0.21")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + VAT


def nl(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")



assert (SUB, VAT, TOT) == (D("20427.60"), D("4289.80"), D("24717.40")), (SUB, VAT, TOT)
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Factuur 26-004173")
W, H = A4
L, R = 18 * mm, W - 16 * mm
GR = colors.HexColor("#3f7d20")


def header(page):
    c.setFillColor(GR)
    c.setFont("LSB", 17)
    c.drawString(L, H - 22 * mm, "Westland Kweekbenodigdheden")
    c.setFillColor(colors.black)
    c.setFont("LS", 8)
    c.drawString(L, H - 27 * mm, "Westland Kweekbenodigdheden B.V. · Zuidweg 58 · 2671 MN Naaldwijk")
    c.setFont("LS", 8.5)
    for i, (k, v) in enumerate([("Factuurnummer", "26-004173"), ("Factuurdatum", "03-03-2026"),
                                ("Vervaldatum", "02-04-2026"), ("Debiteurnummer", "D-20871"), ("Pagina", f"{page} van 2")]):
        c.drawRightString(R - 28 * mm, H - (18 + i * 4.5) * mm, k)
        c.drawRightString(R, H - (18 + i * 4.5) * mm, v)
    c.setFont("LS", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(W / 2, 11 * mm, "KvK 58173924 · btw-id NL817349200B01 · ING Bank IBAN NL44 INGB 0007 3841 29 "
                        "· Op al onze leveringen zijn de algemene voorwaarden van toepassing")
    c.setFillColor(colors.black)


def thead(y):
    c.setFillColor(GR)
    c.rect(L, y - 1.8 * mm, R - L, 6 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("LSB", 8)
    c.drawString(L + 1.5 * mm, y, "Artikel")
    c.drawString(L + 22 * mm, y, "Omschrijving")
    c.drawRightString(R - 55 * mm, y, "Aantal")
    c.drawRightString(R - 28 * mm, y, "Prijs")
    c.drawRightString(R - 1.5 * mm, y, "Bedrag")
    c.setFillColor(colors.black)


def row(y, ln):
    c.setFont("LN", 8.5)
    c.drawString(L + 1.5 * mm, y, ln[0])
    c.drawString(L + 22 * mm, y, ln[1])
    c.drawRightString(R - 55 * mm, y, str(ln[2]))
    c.drawRightString(R - 28 * mm, y, nl(ln[3]))
    c.drawRightString(R - 1.5 * mm, y, nl(ln[4]))


header(1)
c.setFont("LS", 9.5)
for i, s in enumerate(["Kwekerij De Zonnehoek B.V.", "t.a.v. crediteurenadministratie", "Hoekeindseweg 141",
                       "2665 KC Bleiswijk"]):
    c.drawString(L, H - (50 + i * 5) * mm, s)
c.setFont("LSB", 14)
c.drawString(L, H - 78 * mm, "FACTUUR")
c.setFont("LS", 8.5)
c.drawString(L + 30 * mm, H - 78 * mm, "Uw order: ZH-2026-0212 · Leverdatum: 02-03-2026 · Levering: franco kwekerij")
y = H - 88 * mm
thead(y)
for ln in LINES[:P1]:
    y -= 6.2 * mm
    row(y, ln)
y -= 8 * mm
c.line(L, y + 5 * mm, R, y + 5 * mm)
c.setFont("LSB", 9)
c.drawString(R - 80 * mm, y, "Transport naar pagina 2")
c.drawRightString(R - 1.5 * mm, y, nl(T1))
c.showPage()
header(2)
y = H - 50 * mm
thead(y)
y -= 7 * mm
c.setFont("LSB", 9)
c.drawString(L + 22 * mm, y, "Transport van pagina 1")
c.drawRightString(R - 1.5 * mm, y, nl(T1))
for ln in LINES[P1:]:
    y -= 6.2 * mm
    row(y, ln)
y -= 6 * mm
c.line(L, y + 3 * mm, R, y + 3 * mm)
bx = R - 85 * mm
c.setLineWidth(1)
c.rect(bx, y - 24 * mm, 85 * mm, 24 * mm)
for i, (k, v, f) in enumerate([("Totaal excl. btw", nl(SUB), "LS"), ("Btw 21 %", nl(VAT), "LS"),
                               ("Totaal incl. btw EUR", nl(TOT), "LSB")]):
    c.setFont(f, 10)
    c.drawString(bx + 3 * mm, y - (7 + i * 7) * mm, k)
    c.drawRightString(R - 3 * mm, y - (7 + i * 7) * mm, v)
c.setFont("LS", 9)
c.drawString(L, y - 36 * mm, "Wij verzoeken u het totaalbedrag binnen 30 dagen over te maken op IBAN NL44 INGB 0007 3841 29")
c.drawString(L, y - 41 * mm, "onder vermelding van factuurnummer 26-004173.")
c.showPage()
c.save()
