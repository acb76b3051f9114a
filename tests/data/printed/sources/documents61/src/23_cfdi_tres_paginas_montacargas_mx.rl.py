import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

OUT = sys.argv[1]
for name, path in (("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                   ("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
                   ("LN", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf"),
                   ("LNB", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
                   ("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                   ("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, path))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def canvas(size, title):
    c = Canvas(OUT, pagesize=size, invariant=1, pageCompression=1, initialFontName="DV", initialFontSize=9)
    c.setTitle(title)
    c.setCreator("ReportLab")
    return c


"""CFDI 4.0 printed representation of a forklift parts and service company (Mexico, San Luis Potosí), Spanish, US
Letter, three pages: page 1 has the issuer and receiver (RFC, régimen, uso CFDI), Serie y Folio, fecha de emisión,
lugar de expedición, moneda, and the first concept lines; page 2 continues the concepts with the header repeated and
gives Subtotal, IVA Trasladado 16 %, Total and the amount in words; page 3 holds the fiscal stamp only (folio fiscal
UUID, certificate numbers, seals, cadena original). ReportLab canvas, Liberation Sans / Narrow.
Usage: python3 23_cfdi_tres_paginas_montacargas_mx.rl.py out.pdf"""

PAGES = [[('25174800', 4, 'H87', 'Filtro hidráulico montacargas 2.5 t', '685.00'), ('15121500', 20, 'LTR', 'Aceite hidráulico ISO VG 46', '92.40'), ('25172000', 8, 'H87', 'Llanta sólida 18x7-8 antiponchadura', '3240.00'), ('26111700', 1, 'H87', 'Batería de tracción 48 V 625 Ah (reacondicionada)', '48500.00'), ('78181500', 3, 'E48', 'Servicio de mantenimiento preventivo 500 h', '2850.00'), ('25174900', 2, 'H87', 'Kit de balatas para freno de servicio', '1180.00'), ('31161500', 12, 'H87', 'Tornillería grado 8, juego', '214.00'), ('39121600', 2, 'H87', 'Sensor de presencia de operador', '1975.00'), ('78181500', 2, 'E48', 'Diagnóstico electrónico de controlador', '1450.00'), ('24101600', 1, 'H87', 'Horquilla forjada 48" (par)', '9800.00'), ('25174800', 2, 'H87', 'Filtro hidráulico montacargas 2.5 t', '685.00'), ('15121500', 10, 'LTR', 'Aceite hidráulico ISO VG 46', '92.40')], [('25172000', 4, 'H87', 'Llanta sólida 18x7-8 antiponchadura', '3240.00'), ('26111700', 1, 'H87', 'Batería de tracción 48 V 625 Ah (reacondicionada)', '48500.00'), ('78181500', 1, 'E48', 'Servicio de mantenimiento preventivo 500 h', '2850.00'), ('25174900', 4, 'H87', 'Kit de balatas para freno de servicio', '1180.00'), ('31161500', 20, 'H87', 'Tornillería grado 8, juego', '214.00'), ('39121600', 1, 'H87', 'Sensor de presencia de operador', '1975.00'), ('78181500', 1, 'E48', 'Diagnóstico electrónico de controlador', '1450.00'), ('24101600', 2, 'H87', 'Horquilla forjada 48" (par)', '9800.00')]]
W, H = letter


def mx(x):
    return f"{x:,.2f}"


c = canvas(letter, "CFDI A-2291")


def head(n):
    c.setFont("LSB", 16)
    c.setFillColor(HexColor("#0B4F8A"))
    c.drawString(40, H - 50, "LUMAQ")
    c.setFillColor(black)
    c.setFont("LN", 8)
    c.drawString(40, H - 62, "Lubricantes y Maquinaria del Altiplano, S.A. de C.V. · RFC LMA190514A14 · Régimen 601 General de Ley Personas Morales")
    c.drawString(40, H - 72, "Lugar de expedición (C.P.): 78395 · San Luis Potosí, S.L.P.")
    c.setFont("LSB", 10)
    c.drawRightString(W - 40, H - 48, "FACTURA · CFDI 4.0 · Tipo I (Ingreso)")
    c.setFont("LN", 8.5)
    c.drawRightString(W - 40, H - 60, "Serie y Folio: A-2291")
    c.drawRightString(W - 40, H - 70, "Fecha de emisión: 2026-03-10T12:41:07")
    c.drawRightString(W - 40, H - 80, "Página " + str(n) + " de 3")
    c.line(40, H - 86, W - 40, H - 86)


def th(y):
    c.setFillColor(HexColor("#DCE8F3"))
    c.rect(40, y - 4, W - 80, 14, fill=1, stroke=0)
    c.setFillColor(black)
    c.setFont("LNB", 8)
    for x, t in ((42, "ClaveProdServ"), (100, "Cant."), (130, "Unidad"), (165, "Descripción"), (420, "Valor unitario"), (W - 42, "Importe")):
        (c.drawRightString if t in ("Importe",) else c.drawString)(x, y, t)
    c.setFont("LN", 8)
    return y - 16


head(1)
c.setFont("LSB", 8.5)
c.drawString(40, H - 102, "Receptor")
c.setFont("LN", 8.5)
for i, t in enumerate(["Grupo Constructor Occidente, S.A. de C.V.", "RFC GCO081127H43 · Domicilio fiscal C.P. 44130 · Régimen 601",
                       "Uso CFDI: G03 Gastos en general", "Moneda: MXN · Forma de pago: 99 Por definir · Método de pago: PPD Pago en parcialidades o diferido",
                       "Orden de compra: GCO-OC-5531 · Condiciones de pago: 30 días"]):
    c.drawString(40, H - 114 - i * 11, t)
y = th(H - 180)
run = D(0)
for pi, rows in enumerate(PAGES):
    if pi:
        c.showPage()
        head(2)
        y = th(H - 104)
    for k, qt, u, d, p in rows:
        v = q(qt * D(p))
        run += v
        c.drawString(42, y, k)
        c.drawRightString(120, y, str(qt))
        c.drawString(130, y, u)
        c.drawString(165, y, d)
        c.drawRightString(480, y, mx(D(p)))
        c.drawRightString(W - 42, y, mx(v))
        c.setFont("LN", 6.5)
        c.drawString(165, y - 8, "Objeto de impuesto: 02 · Traslado IVA 002 Tasa 0.160000 · Impuesto " + mx(q(v * D("0.16"))))
        c.setFont("LN", 8)
        y -= 22
sub = run
iva = sum(q(q(qt * D(p)) * D("0.16")) for rows in PAGES for k, qt, u, d, p in rows)
tot = sub + iva
assert tot == D("241007.40")
y -= 10
for k, v, bold in (("Subtotal", sub, False), ("IVA Trasladado (002) 16%", iva, False), ("Total", tot, True)):
    c.setFont("LSB" if bold else "LS", 10 if bold else 9)
    c.drawString(380, y, k)
    c.drawRightString(W - 42, y, "$" + mx(v))
    y -= 14
c.setFont("LN", 8.5)
c.drawString(40, y - 6, "Importe con letra: DOSCIENTOS CUARENTA Y UN MIL SIETE PESOS 40/100 M.N.")
c.drawString(40, y - 18, "Este documento es una representación impresa de un CFDI. El timbre fiscal digital figura en la página 3.")
c.showPage()
head(3)
c.setFont("LSB", 10)
c.drawString(40, H - 110, "Timbre Fiscal Digital")
c.setFont("LN", 8.5)
rows = [("Folio fiscal (UUID):", "3B7C9E21-4F0A-4D6B-9C18-7A2E5D04F1B8"), ("No. de serie del certificado del emisor:", "00001000000718472936"),
        ("No. de serie del certificado del SAT:", "00001000000509184726"), ("Fecha y hora de certificación:", "2026-03-10T12:41:39"),
        ("RFC del proveedor de certificación:", "PCS180219QX1 (Timbrado Potosino PAC)")]
for i, (k, v) in enumerate(rows):
    c.drawString(40, H - 128 - i * 12, k)
    c.drawString(230, H - 128 - i * 12, v)
import hashlib
blob = hashlib.sha512(b"set61-cfdi-A-2291").hexdigest() * 3
for j, (title, seed) in enumerate((("Sello digital del CFDI:", 0), ("Sello digital del SAT:", 97), ("Cadena original del complemento de certificación del SAT:", 41))):
    y0 = H - 210 - j * 80
    c.setFont("LNB", 8)
    c.drawString(40, y0, title)
    c.setFont("LN", 6.5)
    s = blob[seed:seed + 340]
    for i in range(0, len(s), 115):
        c.drawString(40, y0 - 10 - (i // 115) * 8, s[i:i + 115])
c.setFont("LN", 7.5)
c.drawString(40, 60, "Página 3 de 3 · Generado con CFDIsoft Bajío 4.0")
c.save()
