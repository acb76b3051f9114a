"""Graphic representation of a Colombian electronic sales invoice (Colombia, Barranquilla HVAC service company ->
hotel), Spanish: stylised logo line and the legal name with NIT and tax regime, "FACTURA ELECTRÓNICA DE VENTA No.
FEV-20418" in a box top right with the DIAN numbering authorisation, customer grid (NIT, address, payment form and
means, due date), four lines, Subtotal, IVA 19 %, Total factura, then the withholding tax (retención en la fuente 4 %)
as a negative line and the net amount to pay, amount in words, CUFE. Colombian pesos with "." thousands and ","
decimals ($ 4.950.400,00), ISO dates. ReportLab canvas, Liberation Sans / Narrow.
Usage: python3 25_factura_electronica_retencion_co.rl.py out.pdf"""
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
pdfmetrics.registerFont(TTFont("LN", F + "LiberationSansNarrow-Regular.ttf"))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def co(x):
    return "$ " + f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


LINES = [("MP-AA", "Mantenimiento preventivo aire acondicionado tipo split", 12, D("185000")),
         ("RG-410", "Recarga de gas refrigerante R410A", 4, D("320000")),
         ("FLT-12", "Filtro de aire lavable 12.000 BTU (repuesto)", 12, D("42500")),
         ("TRP", "Transporte de técnicos y herramientas", 1, D("150000"))]
SUB = sum(n * p for *_, n, p in LINES)
IVA = q(SUB * D("0.19"))
TOT = SUB + IVA
RET = -q(SUB * D("0.04"))
NET = TOT + RET
assert (SUB, IVA, TOT, RET, NET) == (D("4160000"), D("790400.00"), D("4950400.00"), D("-166400.00"), D("4784000.00"))
CUFE = "51d0969f4e3fd52de47315fdccac1d5fdbbd585c7ab5e5182c7a038f436ebf3667f905df13359e805c350918a78321cc"

W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Factura electrónica de venta FEV-20418")
L, R = 15 * mm, W - 15 * mm
top = H - 16 * mm
c.setFillColor(HexColor("#0077a8"))
c.setFont("LSB", 20)
c.drawString(L, top - 6 * mm, "climacaribe")
c.setFont("LS", 7.5)
c.drawString(L, top - 10.5 * mm, "aire acondicionado · refrigeración · mantenimiento")
c.setFillColor(black)
c.setFont("LSB", 9)
c.drawString(L, top - 18 * mm, "Climatización Caribe S.A.S.")
c.setFont("LS", 8)
for i, t in enumerate(["NIT 900.418.372-5 · Responsable de IVA", "Cra. 53 # 82-184, Barranquilla, Atlántico",
                       "Tel. (605) 318 4729 · facturacion@climacaribe.example"]):
    c.drawString(L, top - (22.5 + 4 * i) * mm, t)
bx = W / 2 + 12 * mm
c.setStrokeColor(HexColor("#0077a8"))
c.rect(bx, top - 34 * mm, R - bx, 36 * mm)
c.setFont("LSB", 10)
c.drawCentredString((bx + R) / 2, top - 5 * mm, "FACTURA ELECTRÓNICA DE VENTA")
c.setFont("LSB", 13)
c.drawCentredString((bx + R) / 2, top - 12 * mm, "No. FEV-20418")
c.setFont("LS", 7.5)
for i, (k, v) in enumerate([("Fecha de emisión:", "2026-03-17"), ("Hora de emisión:", "15:42:08-05:00"),
                            ("Fecha de vencimiento:", "2026-04-16"), ("Resolución DIAN:", "18764041837290"),
                            ("Rango autorizado:", "FEV-1 al FEV-50000")]):
    c.drawString(bx + 3 * mm, top - (18 + 3.8 * i) * mm, k)
    c.drawRightString(R - 3 * mm, top - (18 + 3.8 * i) * mm, v)
# customer grid
y = top - 42 * mm
grid = [("Cliente", "Hotel Sotavento Barranquilla S.A.S.", "NIT", "901.184.729-8"),
        ("Dirección", "Calle 1 # 1-18, Puerto Colombia, Atlántico", "Forma de pago", "Crédito 30 días"),
        ("Orden de compra", "OC-HS-0771", "Medio de pago", "Transferencia")]
for i, (k1, v1, k2, v2) in enumerate(grid):
    yy = y - 6 * i * mm
    for (x0, w, txt, bold, fill) in [(L, 28, k1, True, True), (L + 28 * mm, 80, v1, False, False),
                                     (L + 108 * mm, 28, k2, True, True), (L + 136 * mm, R - L - 136 * mm, v2, False, False)]:
        ww = w * mm if isinstance(w, int) else w
        c.setFillColor(HexColor("#e3f1f7") if fill else white)
        c.rect(x0, yy - 6 * mm, ww, 6 * mm, fill=1, stroke=1)
        c.setFillColor(black)
        c.setFont("LSB" if bold else "LS", 8)
        c.drawString(x0 + 1.5 * mm, yy - 4 * mm, txt)
# lines
y = y - 26 * mm
c.setFillColor(HexColor("#0077a8"))
c.rect(L, y - 2 * mm, R - L, 6.5 * mm, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("LSB", 8)
c.drawString(L + 2 * mm, y, "Código")
c.drawString(L + 22 * mm, y, "Descripción")
c.drawRightString(L + 118 * mm, y, "Cant.")
c.drawRightString(L + 148 * mm, y, "Valor unitario")
c.drawRightString(R - 2 * mm, y, "Valor total")
c.setFillColor(black)
c.setFont("LS", 8.5)
for code, name, n, p in LINES:
    y -= 7 * mm
    c.drawString(L + 2 * mm, y, code)
    c.drawString(L + 22 * mm, y, name)
    c.drawRightString(L + 118 * mm, y, str(n))
    c.drawRightString(L + 148 * mm, y, co(p))
    c.drawRightString(R - 2 * mm, y, co(n * p))
y -= 14 * mm
for i, (k, v, b) in enumerate([("Subtotal", co(SUB), False), ("IVA 19%", co(IVA), False), ("Total factura", co(TOT), True),
                               ("Retención en la fuente 4%", "-" + co(-RET), False), ("Neto a pagar", co(NET), True)]):
    c.setFont("LSB" if b else "LS", 10 if b else 9)
    c.drawRightString(R - 42 * mm, y - 6 * i * mm, k)
    c.drawRightString(R - 2 * mm, y - 6 * i * mm, v)
c.setFont("LS", 8)
c.drawString(L, y - 38 * mm, "Son: cuatro millones novecientos cincuenta mil cuatrocientos pesos m/cte. (total factura)")
c.drawString(L, y - 43 * mm, "La retención en la fuente la practica el cliente como agente retenedor (servicios generales, 4 %).")
c.setFont("LN", 7)
c.drawString(L, y - 52 * mm, "CUFE: " + CUFE)
c.drawString(L, y - 56 * mm, "Proveedor tecnológico: Facturas del Norte S.A.S. · Documento validado por la DIAN")
c.setFont("LS", 7)
c.drawString(L, 14 * mm, "Climatización Caribe S.A.S. · NIT 900.418.372-5 · Pág. 1 de 1")
c.showPage()
c.save()
