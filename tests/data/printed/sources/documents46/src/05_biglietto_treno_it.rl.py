"""High-speed rail ticket with seat reservation, Italy (ReportLab canvas). Usage: python3 05_biglietto_treno_it.rl.py out.pdf"""
import sys

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
RED = HexColor("#9b1c2e")
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Biglietto elettronico QX7K2M")
W, H = A4
c.setFillColor(RED)
c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
c.setFillColor(white)
c.setFont("LSB", 20)
c.drawString(18 * mm, H - 15 * mm, "Ferrovie Rapide Italiane")
c.setFont("LS", 9)
c.drawString(18 * mm, H - 22 * mm, "Biglietto elettronico con prenotazione del posto · Ticketless")
c.setFillColor(black)

# ticket box
x0, y0, bw, bh = 18 * mm, H - 118 * mm, W - 36 * mm, 80 * mm
c.setStrokeColor(RED)
c.setLineWidth(1.2)
c.roundRect(x0, y0, bw, bh, 4 * mm)


def lab(x, y, k, v, size=11):
    c.setFont("LS", 7.5)
    c.setFillColor(HexColor("#666666"))
    c.drawString(x, y, k)
    c.setFillColor(black)
    c.setFont("LSB", size)
    c.drawString(x, y - 5 * mm, v)


top = H - 48 * mm
lab(x0 + 6 * mm, top, "CODICE PRENOTAZIONE (PNR)", "QX7K2M", 14)
lab(x0 + 70 * mm, top, "NUMERO BIGLIETTO", "2318 4471 9025")
lab(x0 + 125 * mm, top, "DATA ACQUISTO", "02/10/2025")
lab(x0 + 6 * mm, top - 17 * mm, "PASSEGGERO", "Giulia Ferraresi")
lab(x0 + 70 * mm, top - 17 * mm, "TRENO", "FRI 9517")
lab(x0 + 125 * mm, top - 17 * mm, "DATA VIAGGIO", "14/10/2025")
lab(x0 + 6 * mm, top - 34 * mm, "PARTENZA", "Milano Centrale  07:10", 13)
lab(x0 + 90 * mm, top - 34 * mm, "ARRIVO", "Roma Termini  10:15", 13)
lab(x0 + 6 * mm, top - 51 * mm, "CARROZZA", "7")
lab(x0 + 40 * mm, top - 51 * mm, "POSTO", "12A finestrino")
lab(x0 + 90 * mm, top - 51 * mm, "CLASSE / OFFERTA", "Business · Economy")

# price
y = y0 - 14 * mm
c.setFont("LSB", 11)
c.drawString(18 * mm, y, "Riepilogo pagamento")
rows = [("Tariffa Business Economy (adulto)", "109,90 €"), ("Sconto CartaFreccia Corporate", "-20,00 €"),
        ("Totale biglietto (IVA inclusa)", "89,90 €"), ("di cui imponibile", "81,73 €"), ("di cui IVA 10%", "8,17 €"),
        ("Pagato con Mastercard **** 5174", "89,90 €")]
c.setFont("LS", 10)
for i, (k, v) in enumerate(rows):
    yy = y - (8 + 6.5 * i) * mm
    if i == 2:
        c.setFont("LSB", 10)
    c.drawString(22 * mm, yy, k)
    c.drawRightString(W - 60 * mm, yy, v)
    c.setFont("LS", 10)
    c.setStrokeColor(HexColor("#dddddd"))
    c.setLineWidth(0.5)
    c.line(22 * mm, yy - 2 * mm, W - 60 * mm, yy - 2 * mm)

# QR placeholder
c.setStrokeColor(black)
c.rect(W - 50 * mm, y - 42 * mm, 32 * mm, 32 * mm)
c.setFont("LS", 6.5)
c.drawCentredString(W - 34 * mm, y - 46 * mm, "Mostrare al personale di bordo")
for i in range(8):
    for j in range(8):
        if (i * 3 + j * 5) % 4 < 2:
            c.rect(W - 48 * mm + i * 3.5 * mm, y - 40 * mm + j * 3.5 * mm, 3.5 * mm, 3.5 * mm, stroke=0, fill=1)

c.setFont("LS", 8)
t = c.beginText(18 * mm, 60 * mm)
for line in ["Condizioni: biglietto nominativo, valido solo per il treno, la data e il posto indicati.",
             "Cambio gratuito fino alla partenza; rimborso con trattenuta del 20% fino a 48 ore prima.",
             "Il titolo di viaggio vale come fattura ai sensi dell'art. 1 del D.M. 30 giugno 1992 (biglietto di trasporto).",
             "Acquirente: Studio Ingegneria Barbieri & Associati, P.IVA 04172830582 (richiesta fattura elettronica SDI)."]:
    t.textLine(line)
c.drawText(t)
c.setFillColor(HexColor("#555555"))
c.setFont("LS", 7)
c.drawCentredString(W / 2, 18 * mm, "Ferrovie Rapide Italiane S.p.A. · Viale dello Scalo Romano 40, 00159 Roma · "
                    "P.IVA 03184720153 · Capitale sociale € 120.000.000 i.v.")
c.showPage()
c.save()
