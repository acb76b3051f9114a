#!/usr/bin/env python3
"""FACTURA (Ecuador) -- RIDE (representación impresa del documento electrónico): RUC, número 001-001-000004182,
49-digit clave de acceso / número de autorización with its mod-11 check digit, IVA 15 %, US dollars.
fpdf2 with embedded TTF fonts (Liberation Sans)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s64_17.pdf"
CLAVE = "1303202601099182736600120010010000041824182736414"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/liberation/"
pdf.add_font("S", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("S", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(12, 12, 12)
pdf.set_auto_page_break(False)
pdf.add_page()
W = pdf.epw
L = pdf.l_margin

def cell(x, y, w, h, txt, style="", size=8.5, align="L", border=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("S", style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)

# left block: issuer
lw = W * 0.49
pdf.set_draw_color(90, 90, 90)
pdf.rect(L, 12, lw, 24)
cell(L, 14, lw, 8, "CAMARONERA GOLFO AZUL", "B", 16, "C")
cell(L, 22, lw, 5, "GOLFOAZUL S.A.", "", 9, "C")
cell(L, 27, lw, 5, "Shrimp · Seafood · Exportación", "", 7.5, "C")
pdf.rect(L, 38, lw, 42)
y = 40
for k, v in [("Razón social:", "GOLFOAZUL S.A."), ("Nombre comercial:", "Camaronera Golfo Azul"),
             ("Dirección matriz:", "Km 14,5 vía a Daule, Guayaquil"),
             ("Dirección sucursal:", "Av. J. Tanca Marengo 418, Guayaquil"),
             ("Contribuyente especial Nro.:", "4182"), ("Obligado a llevar contabilidad:", "SÍ"),
             ("Agente de retención Res. Nro.:", "NAC-DNCRASC20-00000001")]:
    cell(L + 2, y, 44, 5.4, k, "B", 7.6)
    cell(L + 46, y, lw - 48, 5.4, v, "", 7.6)
    y += 5.6
# right block: RUC / FACTURA / autorización
rx = L + W * 0.51
rw = W * 0.49
pdf.rect(rx, 12, rw, 68)
y = 14
cell(rx + 2, y, rw - 4, 6, "R.U.C.: 0991827366001", "B", 11)
y += 7
cell(rx + 2, y, rw - 4, 7, "FACTURA", "B", 14)
y += 8
cell(rx + 2, y, rw - 4, 5, "No. 001-001-000004182", "B", 10)
y += 6
cell(rx + 2, y, rw - 4, 5, "NÚMERO DE AUTORIZACIÓN", "B", 8)
y += 5
cell(rx + 2, y, rw - 4, 5, CLAVE, "", 7.2)
y += 6
cell(rx + 2, y, rw - 4, 5, "FECHA Y HORA DE AUTORIZACIÓN: 13/03/2026 11:08:42", "", 7.6)
y += 5
cell(rx + 2, y, rw - 4, 5, "AMBIENTE: PRODUCCIÓN      EMISIÓN: NORMAL", "", 7.6)
y += 6
cell(rx + 2, y, rw - 4, 5, "CLAVE DE ACCESO", "B", 8)
y += 5
# a barcode-like stripe (decoration) and the digits under it
pdf.set_fill_color(0, 0, 0)
bx = rx + 4
for i, d in enumerate(CLAVE):
    wdt = 0.25 + int(d) * 0.05
    pdf.rect(bx, y, wdt, 6, style="F")
    bx += wdt + 0.55
cell(rx + 2, y + 6.5, rw - 4, 4, CLAVE, "", 7.2)
# buyer block
pdf.rect(L, 83, W, 17)
rows = [("Razón social / Nombres y apellidos:", "NORDHAVN ECUADOR S.A.", "Identificación:", "1792918375001"),
        ("Fecha emisión:", "13/03/2026", "Guía de remisión:", "001-001-000002291"),
        ("Dirección:", "Av. República de El Salvador N34-127, Quito", "", "")]
y = 84.5
for a, b, c, d in rows:
    cell(L + 2, y, 52, 5, a, "B", 7.8)
    cell(L + 54, y, 74, 5, b, "B" if a.startswith("Raz") else "", 7.8)
    cell(L + 130, y, 28, 5, c, "B", 7.8)
    cell(L + 158, y, W - 160, 5, d, "", 7.8)
    y += 5
# items
cols = [("Cód. Principal", 22), ("Cant.", 14), ("Descripción", 84), ("Precio Unitario", 24), ("Descuento", 18), ("Precio Total", W - 162)]
y = 104
pdf.set_fill_color(225, 236, 244)
x = L
for n, w in cols:
    cell(x, y, w, 7, n, "B", 7.6, "C", 1, True)
    x += w
items = [("CAM-2630", "200", "Camarón blanco congelado 26/30, caja 2 kg", "3.85", "0.00", "770.00"),
         ("LAN-0418", "12", "Langostino entero cocido, caja 5 kg", "96.40", "0.00", "1156.80"),
         ("SRV-FRIO", "1", "Transporte refrigerado Guayaquil-Quito", "320.00", "0.00", "320.00")]
for it in items:
    y += 7
    x = L
    for (n, w), v in zip(cols, it):
        cell(x, y, w, 7, v, "", 7.8, "L" if n == "Descripción" else ("C" if n.startswith("Cód") else "R"), 1)
        x += w
# additional info (left) and totals (right)
y += 11
iy = y
pdf.rect(L, iy, 100, 44)
cell(L + 2, iy + 1, 96, 5, "Información Adicional", "B", 8)
for i, s in enumerate(["Email: compras@nordhavn.ec", "Orden de compra: NEC-OC-2026-0117",
                       "Forma de pago: 20 - Otros con utilización del sistema financiero",
                       "Plazo: 30 días (vence 12/04/2026)",
                       "Saldo anterior: 001-001-000003960 del 11/02/2026, USD 1,842.35",
                       "Retención en la fuente esperada 1.75%: USD 39.32"]):
    cell(L + 2, iy + 7 + i * 5.6, 96, 5, s, "", 7.5)
tx = L + W - 78
rows = [("SUBTOTAL 15%", "2246.80"), ("SUBTOTAL 0%", "0.00"), ("SUBTOTAL NO OBJETO DE IVA", "0.00"),
        ("SUBTOTAL SIN IMPUESTOS", "2246.80"), ("TOTAL DESCUENTO", "0.00"), ("ICE", "0.00"),
        ("IVA 15%", "337.02"), ("PROPINA", "0.00"), ("VALOR TOTAL", "2583.82")]
for k, v in rows:
    st = "B" if k == "VALOR TOTAL" else ""
    cell(tx, y, 54, 5.2, k, st, 7.8, "L", 1)
    cell(tx + 54, y, 24, 5.2, v, st, 7.8, "R", 1)
    y += 5.2
pdf.output(out)
