# Portuguese boutique hotel fatura-recibo; brand and title letter-spaced with canvas charSpace
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont("LSerif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerifB", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSansB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rl_hotel_pt_charspace.pdf")
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Fatura-Recibo FR 2024/1187")
c.setAuthor("Casa do Azulejo Hotelaria, Lda.")
teal = colors.HexColor("#1d5c63")

def spaced(x, y, text, font, size, cs, centred=False, color=colors.black):
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.setFillColor(color)
    if centred:
        w = pdfmetrics.stringWidth(text, font, size) + cs * (len(text) - 1)
        x = x - w / 2
    t.setTextOrigin(x, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)

def eur(v):
    s = f"{v:,.2f}"
    return s.replace(",", " ").replace(".", ",") + " €"

# header: letter-spaced brand
spaced(W / 2, H - 62, "CASA DO AZULEJO", "LSerif", 24, 7, centred=True, color=teal)
spaced(W / 2, H - 80, "BOUTIQUE HOTEL · LISBOA", "LSans", 8, 3.2, centred=True, color=teal)
c.setStrokeColor(teal); c.setLineWidth(0.6)
c.line(60, H - 92, W - 60, H - 92)
c.setFont("LSans", 7.5); c.setFillColor(colors.black)
c.drawCentredString(W / 2, H - 104, "Casa do Azulejo Hotelaria, Lda.  ·  Rua de São Bento 212, 1200-821 Lisboa  ·  NIF / VAT PT514872093")
c.drawCentredString(W / 2, H - 114, "Tel. +351 213 960 418  ·  reservas@casadoazulejo.pt  ·  RNET n.º 8841  ·  Capital social 50 000,00 €  ·  C.R.C. Lisboa")

# title letter-spaced
spaced(60, H - 160, "FATURA-RECIBO", "LSerifB", 15, 4.5)
c.setFont("LSans", 9)
c.drawString(60, H - 176, "N.º FR 2024/1187")
c.drawString(60, H - 188, "Data de emissão: 14/09/2024")
c.drawString(60, H - 200, "ATCUD: JJ7K3M2P-1187")
c.setFont("LSans", 7.5)
c.drawString(60, H - 212, "Original")

c.setFont("LSansB", 8.5)
c.drawString(330, H - 150, "Cliente / Guest")
c.setFont("LSans", 9)
for i, s in enumerate(["Mr. Thomas Whitfield", "41 Elm Grove Road", "Bristol BS6 6AH, Reino Unido",
                       "NIF cliente: 999999990 (Consumidor final)"]):
    c.drawString(330, H - 164 - 12 * i, s)

# stay box
y = H - 250
c.setFillColor(colors.HexColor("#eef4f4")); c.rect(60, y - 30, W - 120, 42, stroke=0, fill=1)
c.setFillColor(colors.black)
cols = [("Quarto / Room", "204 – Duplo Superior"), ("Check-in", "11/09/2024"), ("Check-out", "14/09/2024"),
        ("Noites", "3"), ("Hóspedes", "2"), ("Reserva n.º", "BKG-5521907334")]
xs = [66, 170, 245, 320, 365, 420]
for x, (k, v) in zip(xs, cols):
    c.setFont("LSansB", 7.5); c.drawString(x, y, k)
    c.setFont("LSans", 9); c.drawString(x, y - 16, v)

# lines (prices incl. IVA)
lines = [
    ("11/09", "Alojamento – Duplo Superior, 3 noites x 165,00", 6, 495.00),
    ("12/09", "Restaurante Azul – jantar 2 pax", 13, 78.50),
    ("12/09", "Restaurante Azul – vinho (garrafa)", 23, 32.00),
    ("13/09", "Minibar", 23, 9.60),
    ("14/09", "Taxa Turística Municipal (2 pax x 3 x 4,00)", None, 24.00),
]
y = H - 310
c.setFont("LSansB", 8.5)
c.drawString(60, y, "Data"); c.drawString(100, y, "Descrição"); c.drawRightString(440, y, "Taxa IVA"); c.drawRightString(W - 60, y, "Valor (IVA incl.)")
c.line(60, y - 5, W - 60, y - 5)
y -= 20
c.setFont("LSans", 9)
base = {}
for d, desc, rate, v in lines:
    c.drawString(60, y, d); c.drawString(100, y, desc)
    c.drawRightString(440, y, f"{rate}%" if rate is not None else "N/S*")
    c.drawRightString(W - 60, y, eur(v))
    if rate is not None:
        base.setdefault(rate, 0.0); base[rate] += v
    y -= 15
c.line(60, y + 8, W - 60, y + 8)
total = round(sum(v for *_, v in lines), 2)

# tax summary
y -= 14
c.setFont("LSansB", 8.5)
c.drawString(60, y, "Resumo de IVA"); y -= 13
c.setFont("LSans", 8.5)
c.drawString(60, y, "Taxa"); c.drawRightString(190, y, "Incidência"); c.drawRightString(260, y, "IVA"); y -= 12
tot_inc = tot_iva = 0
for rate in sorted(base):
    gross = round(base[rate], 2)
    inc = round(gross / (1 + rate / 100), 2)
    iva = round(gross - inc, 2)
    tot_inc += inc; tot_iva += iva
    c.drawString(60, y, f"{rate}%"); c.drawRightString(190, y, eur(inc)); c.drawRightString(260, y, eur(iva)); y -= 12
c.drawString(60, y, "N/S*"); c.drawRightString(190, y, eur(24.00)); c.drawRightString(260, y, eur(0)); y -= 12

# totals on the right
ty = y + 12 * 5
for k, v, bold in [("Total ilíquido", round(tot_inc + 24.00, 2), False), ("Total IVA", round(tot_iva, 2), False),
                   ("TOTAL", total, True)]:
    c.setFont("LSansB" if bold else "LSans", 11 if bold else 9)
    c.drawRightString(440, ty, k); c.drawRightString(W - 60, ty, eur(v)); ty -= 16
c.setFont("LSans", 9)
c.drawRightString(440, ty, "Pago – Visa **** 0932"); c.drawRightString(W - 60, ty, eur(total)); ty -= 14
c.drawRightString(440, ty, "Valor em dívida"); c.drawRightString(W - 60, ty, eur(0))
print("total", total, "inc", tot_inc, "iva", tot_iva)

y -= 30
c.setFont("LSans", 7.5)
for s in ["* N/S – Taxa Turística Municipal: não sujeita a IVA (Regulamento Municipal da Taxa Turística de Lisboa).",
          "Os bens e/ou serviços foram colocados à disposição do adquirente na data do documento.",
          "IVA incluído nas taxas legais em vigor. Documento pago na data de emissão.",
          "Obrigado pela sua estadia! Thank you for staying with us – até breve."]:
    c.drawString(60, y, s); y -= 10
c.setFont("LSans", 6.5)
c.drawString(60, 40, "a1Bx-Processado por programa certificado n.º 2871/AT  ·  Hotel PMS HostLine v7.4")
c.drawRightString(W - 60, 40, "Pág. 1/1")
c.showPage(); c.save()
