#!/usr/bin/env python3
"""FACTURA ELECTRÓNICA DE VENTA (Colombia) -- two pages: items on page 1, totals, informative withholdings
(retención en la fuente, ReteIVA, ReteICA), CUFE and DIAN resolution on page 2. NIT with DV, IVA 19 %, COP with dot
thousands and comma decimals, ISO dates as printed by DIAN layouts. fpdf2 with embedded TTF fonts (DejaVu Sans)."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s64_18.pdf"
CUFE = ("8f3c1a9e7b2d4f60a5c8e1b9d7f3a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5"
        "a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8")


def cop(v):
    s = f"{D(v):,.2f}"
    return "$ " + s.replace(",", "X").replace(".", ",").replace("X", ".")


ITEMS = [("EL-1001", "Transformador seco 45 kVA 440/220 V", 8, "1450000"),
         ("EL-2040", "Cable THHN 2 AWG (rollo 100 m)", 20, "86500"),
         ("SV-0100", "Montaje y puesta en servicio de subestación", 1, "2800000"),
         ("EL-3012", "Interruptor termomagnético 3x100 A", 12, "48500"),
         ("EL-3310", "Tablero de distribución 42 circuitos", 6, "312000"),
         ("EL-4100", "Variador de frecuencia 30 HP", 4, "1275000"),
         ("EL-0550", "Bandeja portacable 30 cm x 2,4 m", 30, "9800"),
         ("EL-5020", "Luminaria LED industrial 200 W", 2, "685000"),
         ("EL-0701", "Tubo conduit EMT 3/4\" x 3 m", 15, "27400"),
         ("SV-0200", "Pruebas termográficas y certificado RETIE", 1, "950000")]

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/dejavu/"
pdf.add_font("D", "", F + "DejaVuSans.ttf")
pdf.add_font("D", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_margins(14, 14, 14)
pdf.set_auto_page_break(False)
W = 210 - 28
L = 14


def t(x, y, w, h, s, st="", sz=8, al="L", b=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("D", st, sz)
    pdf.cell(w, h, s, border=b, align=al, fill=fill)


def header(page):
    t(L, 14, 110, 8, "Ingeniería Eléctrica del Valle S.A.S.", "B", 13)
    t(L, 22, 110, 5, "NIT 900.418.273-4 · Responsable de IVA · Régimen ordinario", "", 7.8)
    t(L, 26.5, 110, 5, "Calle 15 # 26-118, Acopi, Yumbo – Valle del Cauca · Tel. (602) 418 2736", "", 7.8)
    t(L, 31, 110, 5, "Actividad económica CIIU 4321 · Tarifa ICA Yumbo 9,66 por mil", "", 7.8)
    pdf.set_fill_color(230, 240, 228)
    pdf.rect(L + 118, 14, W - 118, 22, style="DF")
    t(L + 118, 15, W - 118, 6, "FACTURA ELECTRÓNICA DE VENTA", "B", 8.6, "C")
    t(L + 118, 21, W - 118, 7, "No. FEV-4182", "B", 12, "C")
    t(L + 118, 28.5, W - 118, 5, f"Página {page} de 2", "", 7.5, "C")
    pdf.set_draw_color(40, 100, 40)
    pdf.set_line_width(0.6)
    pdf.line(L, 38, L + W, 38)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


pdf.add_page()
header(1)
y = 41
pdf.rect(L, y, W, 30)
rows = [("Adquiriente:", "Nordhavn Colombia S.A.S.", "Fecha de emisión:", "2026-03-16"),
        ("NIT:", "901.291.837-3", "Hora de emisión:", "14:22:05-05:00"),
        ("Dirección:", "Zona Franca de Bogotá, Bodega 27, Bogotá D.C.", "Fecha de vencimiento:", "2026-04-15"),
        ("Correo:", "facturacion.co@nordhavn.com", "Forma de pago:", "Crédito 30 días"),
        ("Orden de compra:", "NCO-OC-2026-0304", "Medio de pago:", "Transferencia débito"),
        ("Remisión:", "REM-0291 del 2026-03-12", "Moneda:", "COP")]
yy = y + 1.5
for a, b, c, d in rows:
    t(L + 2, yy, 30, 4.6, a, "B", 7.6)
    t(L + 32, yy, 78, 4.6, b, "B" if a == "Adquiriente:" else "", 7.6)
    t(L + 112, yy, 36, 4.6, c, "B", 7.6)
    t(L + 148, yy, W - 150, 4.6, d, "", 7.6)
    yy += 4.6
y += 34
cols = [("#", 8), ("Código", 20), ("Descripción", 74), ("Cant.", 14), ("Valor unitario", 30), ("IVA", 10), ("Valor total", W - 156)]
pdf.set_fill_color(230, 240, 228)
x = L
for n, w in cols:
    t(x, y, w, 7, n, "B", 7.4, "C", 1, True)
    x += w
for i, (code, desc, q, p) in enumerate(ITEMS, 1):
    y += 7
    vals = [str(i), code, desc, str(q), cop(p), "19%", cop(D(p) * q)]
    x = L
    for (n, w), v in zip(cols, vals):
        t(x, y, w, 7, v, "", 7.4, "L" if n in ("Descripción", "Código") else ("C" if n in ("#", "IVA") else "R"), 1)
        x += w
y += 12
t(L, y, W, 5, "Continúa en la página 2 — totales, retenciones y CUFE.", "", 7.6)

pdf.add_page()
header(2)
sub = sum(D(p) * q for _, _, q, p in ITEMS)
iva = sub * D("0.19")
y = 44
t(L, y, W, 6, "Resumen de la factura FEV-4182", "B", 10)
y += 9
tot = [("Subtotal (base gravable)", cop(sub)), ("Descuentos", cop(0)), ("Cargos", cop(0)),
       ("IVA 19%", cop(iva)), ("Total impuestos", cop(iva))]
for k, v in tot:
    t(L + 88, y, 56, 6.4, k, "", 8.2, "L", 1)
    t(L + 144, y, W - 144, 6.4, v, "", 8.2, "R", 1)
    y += 6.4
t(L + 88, y, 56, 8, "TOTAL FACTURA", "B", 9.5, "L", 1)
t(L + 144, y, W - 144, 8, cop(sub + iva), "B", 9.5, "R", 1)
y += 14
t(L, y, W, 5, "Retenciones que practicará el adquiriente (informativas, no modifican el total de la factura):", "B", 7.8)
y += 6
for k, v in [("Retención en la fuente 2,5% sobre la base", "$ 667.725,00"), ("ReteIVA 15% sobre el IVA", "$ 761.206,50"),
             ("ReteICA 9,66 por mil", "$ 258.009,00")]:
    t(L + 4, y, 90, 5, k, "", 7.8)
    t(L + 94, y, 40, 5, v, "", 7.8, "R")
    y += 5
y += 5
t(L, y, W, 5, "Son: treinta y un millones setecientos ochenta y tres mil setecientos diez pesos m/cte.", "", 8)
y += 9
t(L, y, W, 5, "Pago a Bancolombia, cuenta corriente 812-418273-45 a nombre de Ingeniería Eléctrica del Valle S.A.S.", "", 7.8)
y += 5
t(L, y, W, 5, "Saldo pendiente factura FEV-4011 del 2026-02-13: $ 14.218.900,00 (vencida 2026-03-15).", "", 7.8)
y += 10
t(L, y, W, 5, "CUFE:", "B", 7.6)
y += 5
t(L, y, W, 5, CUFE[:48], "", 7.4)
y += 4.5
t(L, y, W, 5, CUFE[48:], "", 7.4)
y += 8
for s in ["Autorización de numeración de facturación DIAN No. 18764081827364 del 2025-01-15, vigencia 24 meses,",
          "prefijo FEV, rango del 1 al 10000. Fecha y hora de validación DIAN: 2026-03-16 14:24:51.",
          "Software de facturación propio del facturador electrónico, habilitado ante la DIAN.",
          "Esta factura se asimila en todos sus efectos a una letra de cambio (art. 774 del Código de Comercio)."]:
    t(L, y, W, 4.6, s, "", 7.2)
    y += 4.6
pdf.output(out)
