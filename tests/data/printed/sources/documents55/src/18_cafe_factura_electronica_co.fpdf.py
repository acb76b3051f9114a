"""Coffee distributor's electronic sales invoice (Colombia, Armenia Quindío -> Bogotá), in Spanish: seller and buyer
side by side with NIT and DV, resolution / prefix line, invoice meta, items, subtotal, IVA 19 %, total in COP with
dot grouping and decimal comma, CUFE and a footer. fpdf2, Liberation Sans.
Usage: python3 18_cafe_factura_electronica_co.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

ROWS = [("Café tostado en grano, origen Quindío, bolsa 2,5 kg", 120, D("68500.00")),
        ("Café molido para máquina, bolsa 500 g", 300, D("14200.00")),
        ("Filtros de papel N.º 4, caja 1.000 und.", 20, D("38900.00"))]
SUB = sum(q * r for _, q, r in ROWS)
IVA = (SUB * D("0.19")).quantize(D("0.01"), ROUND_HALF_UP)
TOT = SUB + IVA
assert (SUB, IVA, TOT) == (D("13258000.00"), D("2519020.00"), D("15777020.00")), (SUB, IVA, TOT)


def co(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


L = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("LS", "", L + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", L + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Factura electronica DCQ-7731")
pdf.add_page()
BR = (111, 63, 30)


def t(x, y, s, size=8.5, style="", w=0, align="L", color=(30, 30, 30), h=4.8):
    pdf.set_xy(x, y)
    pdf.set_font("LS", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 12, "Distribuciones Cafeteras del Quindío S.A.S.", 14, "B", color=BR, h=7)
t(15, 19, "NIT 901.384.726-4 · Responsable de IVA · Calle 21 N.º 14-32, Armenia, Quindío", 8, color=(90, 90, 90))
pdf.set_draw_color(*BR)
pdf.rect(135, 10, 60, 20)
t(135, 11.5, "FACTURA ELECTRÓNICA", 9.5, "B", w=60, align="C")
t(135, 17, "DE VENTA", 9.5, "B", w=60, align="C")
t(135, 23, "N.º DCQ-7731", 10, "B", w=60, align="C", color=BR)
t(15, 34, "Resolución DIAN 18764019283746 del 05/01/2026, prefijo DCQ, rango 5001 a 15000", 7.5, color=(90, 90, 90))
pdf.rect(15, 40, 88, 30)
pdf.rect(107, 40, 88, 30)
for i, s in enumerate(["VENDEDOR", "Distribuciones Cafeteras del Quindío S.A.S.", "NIT 901.384.726-4",
                       "Armenia, Quindío", "Tel. (606) 741 8392"]):
    t(17, 42 + i * 5.2, s, 8.5, "B" if i < 2 else "", color=BR if i == 0 else (30, 30, 30))
for i, s in enumerate(["ADQUIRIENTE", "Hoteles Sabana S.A.", "NIT 860.518.294-3", "Carrera 7 N.º 71-52, Bogotá D.C.",
                       "Orden de compra: HS-OC-22871"]):
    t(109, 42 + i * 5.2, s, 8.5, "B" if i < 2 else "", color=BR if i == 0 else (30, 30, 30))
x = 15
for k, v in [("Fecha de emisión", "10/03/2026"), ("Fecha de vencimiento", "09/04/2026"), ("Forma de pago", "Crédito 30 días"),
             ("Moneda", "COP")]:
    t(x, 74, k, 7.5, color=(90, 90, 90), w=45)
    t(x, 78.5, v, 9, "B", w=45)
    x += 45
y = 88
pdf.set_fill_color(*BR)
pdf.set_xy(15, y)
pdf.set_font("LS", "B", 8.5)
pdf.set_text_color(255, 255, 255)
for h, w, a in [("Descripción", 90, "L"), ("Cantidad", 20, "R"), ("Valor unitario", 32, "R"), ("Valor total", 38, "R")]:
    pdf.cell(w, 6.5, h, align=a, fill=True)
y += 9
for d, q, r in ROWS:
    t(15, y, d, 8.5, w=90)
    t(105, y, str(q), 8.5, w=20, align="R")
    t(125, y, co(r), 8.5, w=32, align="R")
    t(157, y, co(q * r), 8.5, w=38, align="R")
    y += 6.5
pdf.line(15, y + 1, 195, y + 1)
y += 5
for k, v, st in [("Subtotal", "$ " + co(SUB), ""), ("IVA 19 %", "$ " + co(IVA), ""), ("Total a pagar", "$ " + co(TOT), "B")]:
    t(120, y, k, 9.5, st, w=35)
    t(155, y, v, 9.5, st, w=40, align="R")
    y += 6.5
y += 8
t(15, y, "Son: quince millones setecientos setenta y siete mil veinte pesos m/cte.", 8.5)
y += 8
t(15, y, "CUFE: 7f3a91c2e84b05d6a1f0c39e2b7d48a5c6e1f0b9a2d3c4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0", 6.5,
  color=(90, 90, 90))
y += 6
t(15, y, "Pago por transferencia a Bancolombia, cuenta corriente 184-739261-08, a nombre del vendedor.", 8.5)
t(15, 280, "Distribuciones Cafeteras del Quindío S.A.S. · Matrícula mercantil 00184726 Cámara de Comercio de Armenia · "
    "Factura generada por software propio", 7, color=(110, 110, 110))
pdf.output(sys.argv[1])
