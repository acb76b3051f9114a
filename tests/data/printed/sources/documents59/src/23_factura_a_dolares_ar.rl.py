"""Argentine "Factura A" issued in US dollars with the peso equivalent for information (Argentina, Mendoza winery ->
Buenos Aires distributor), Spanish: AFIP-style header split in two halves with the big letter "A" box (código 01) in the
middle, issuer with CUIT, IIBB and start of activities, "Número 0004-00001847", Fecha de emisión, customer with CUIT and
VAT condition, currency line "Moneda: USD" and the exchange rate BNA (1 USD = $ 1.184,50), three wine lines in USD,
Importe neto gravado, IVA 21 %, Importe total USD and, for information, the total in pesos; CAE and its expiry, payment
due date. Argentine number format (16.008,30), dates dd/mm/aaaa. ReportLab canvas, Liberation Sans.
Usage: python3 23_factura_a_dolares_ar.rl.py out.pdf"""
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

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def ar(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


LINES = [("MAL-R22", "Malbec Reserva 2022, caja 6 x 750 ml", 120, D("54.00")),
         ("CF-R22", "Cabernet Franc Reserva 2022, caja 6 x 750 ml", 60, D("61.50")),
         ("TOR-24", "Torrontés 2024, caja 6 x 750 ml", 80, D("38.25"))]
NET = sum(n * p for *_, n, p in LINES)
IVA = q(NET * D("0.21"))
TOT = NET + IVA
RATE = D("1184.50")
ARS = q(TOT * RATE)
assert (NET, IVA, TOT, ARS) == (D("13230.00"), D("2778.30"), D("16008.30"), D("18961831.35"))

W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Factura A 0004-00001847")
L, R = 15 * mm, W - 15 * mm
top = H - 15 * mm
c.setStrokeColor(black)
c.rect(L, top - 52 * mm, R - L, 52 * mm)
c.line(W / 2, top - 52 * mm, W / 2, top - 14 * mm)
c.rect(W / 2 - 9 * mm, top - 14 * mm, 18 * mm, 14 * mm, fill=0)
c.setFont("LSB", 26)
c.drawCentredString(W / 2, top - 9 * mm, "A")
c.setFont("LS", 6.5)
c.drawCentredString(W / 2, top - 12.5 * mm, "CÓDIGO 01")
# issuer half
c.setFillColor(HexColor("#6d1a36"))
c.setFont("LSB", 15)
c.drawString(L + 4 * mm, top - 10 * mm, "Los Algarrobos")
c.setFont("LS", 7.5)
c.drawString(L + 4 * mm, top - 14 * mm, "BODEGA · VALLE DE UCO · MENDOZA")
c.setFillColor(black)
c.setFont("LSB", 8.5)
c.drawString(L + 4 * mm, top - 22 * mm, "Razón social: Bodega Los Algarrobos S.A.")
c.setFont("LS", 8)
for i, t in enumerate(["Domicilio comercial: Ruta Provincial 89 km 14,2 - M5561 Tupungato, Mendoza",
                       "Condición frente al IVA: IVA Responsable Inscripto"]):
    c.drawString(L + 4 * mm, top - (27 + 4.5 * i) * mm, t)
# invoice half
x = W / 2 + 6 * mm
c.setFont("LSB", 15)
c.drawString(x, top - 22 * mm, "FACTURA")
c.setFont("LS", 8.5)
rows = [("Número:", "0004-00001847"), ("Fecha de emisión:", "13/03/2026"), ("CUIT:", "30-71847293-4"),
        ("Ingresos Brutos:", "0418372-9"), ("Inicio de actividades:", "01/08/2009")]
for i, (k, v) in enumerate(rows):
    c.setFont("LSB" if i < 2 else "LS", 8.5)
    c.drawString(x, top - (29 + 4.6 * i) * mm, k)
    c.drawString(x + 36 * mm, top - (29 + 4.6 * i) * mm, v)
# customer box
y = top - 56 * mm
c.rect(L, y - 22 * mm, R - L, 22 * mm)
c.setFont("LS", 8.5)
cust = [("CUIT:", "30-70418372-7", "Razón social:", "Distribuidora Río de la Plata S.R.L."),
        ("Condición frente al IVA:", "IVA Responsable Inscripto", "Domicilio:", "Av. Montes de Oca 1847, C1270 CABA"),
        ("Condición de venta:", "Cuenta corriente 30 días", "Remito:", "0002-00004418"),
        ("Moneda:", "USD (dólar estadounidense)", "Fecha de vto. para el pago:", "12/04/2026")]
for i, (k1, v1, k2, v2) in enumerate(cust):
    yy = y - (5 + 4.6 * i) * mm
    c.setFont("LSB", 8)
    c.drawString(L + 3 * mm, yy, k1)
    c.drawString(L + 90 * mm, yy, k2)
    c.setFont("LS", 8)
    c.drawString(L + 38 * mm, yy, v1)
    c.drawString(L + 135 * mm, yy, v2)
# lines
y -= 28 * mm
cols = [(L, "Código"), (L + 22 * mm, "Producto / Servicio"), (L + 96 * mm, "Cantidad"), (L + 113 * mm, "U. medida"),
        (L + 155 * mm, "Precio unit. USD"), (R - 2 * mm, "Subtotal USD")]
c.setFillColor(HexColor("#dddddd"))
c.rect(L, y - 2 * mm, R - L, 6 * mm, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("LSB", 8)
for i, (xx, h) in enumerate(cols):
    if i >= 4:
        c.drawRightString(xx, y, h)
    else:
        c.drawString(xx + 1 * mm, y, h)
c.setFont("LS", 8.5)
for code, name, n, p in LINES:
    y -= 7 * mm
    c.drawString(L + 1 * mm, y, code)
    c.drawString(L + 23 * mm, y, name)
    c.drawRightString(L + 110 * mm, y, f"{n},00")
    c.drawString(L + 114 * mm, y, "cajas")
    c.drawRightString(L + 155 * mm, y, ar(p))
    c.drawRightString(R - 2 * mm, y, ar(n * p))
# totals
y -= 16 * mm
c.rect(L, y - 30 * mm, R - L, 36 * mm)
tot = [("Importe neto gravado: USD", ar(NET)), ("IVA 21%: USD", ar(IVA)), ("Importe otros tributos: USD", "0,00")]
for i, (k, v) in enumerate(tot):
    c.setFont("LSB", 9)
    c.drawRightString(R - 40 * mm, y - 6.5 * i * mm, k)
    c.drawRightString(R - 4 * mm, y - 6.5 * i * mm, v)
c.setFont("LSB", 11)
c.drawRightString(R - 40 * mm, y - 21 * mm, "Importe total: USD")
c.drawRightString(R - 4 * mm, y - 21 * mm, ar(TOT))
c.setFont("LS", 7.5)
c.drawString(L + 3 * mm, y, "Tipo de cambio BNA vendedor divisa del 12/03/2026:")
c.drawString(L + 3 * mm, y - 4 * mm, "1 USD = $ 1.184,50")
c.drawString(L + 3 * mm, y - 11 * mm, "Importe total en pesos, a título informativo:")
c.drawString(L + 3 * mm, y - 15 * mm, "$ 18.961.831,35")
c.drawString(L + 3 * mm, y - 22 * mm, "La cancelación deberá efectuarse en dólares")
c.drawString(L + 3 * mm, y - 26 * mm, "estadounidenses (art. 765 CCyC, cláusula pactada).")
# CAE
y -= 40 * mm
c.setFont("LSB", 8.5)
c.drawRightString(R, y, "CAE Nº: 76114283904184")
c.drawRightString(R, y - 4.5 * mm, "Fecha de vto. de CAE: 23/03/2026")
c.setFont("LS", 8)
c.drawString(L, y, "Comprobante autorizado")
c.drawString(L, y - 4.5 * mm, "Esta Agencia no se responsabiliza por los datos ingresados en el detalle de la operación.")
c.setFont("LS", 7)
c.drawString(L, 14 * mm, "Bodega Los Algarrobos S.A. · CUIT 30-71847293-4 · ventas@losalgarrobos.example · Pág. 1/1")
c.showPage()
c.save()
