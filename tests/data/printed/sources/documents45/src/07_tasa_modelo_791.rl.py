"""Spanish government fee self-assessment form (modelo 791-like), bank-stamped copy - ReportLab canvas, 1 page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm

out = sys.argv[1]
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("Modelo 791 - Tasa por expedición de títulos")
W, H = A4
L = 15 * mm
R = W - 15 * mm


def field(x, y, w, h, label, value, size=9.5, bold=False, num=None):
    c.setLineWidth(0.6)
    c.rect(x, y - h, w, h)
    c.setFont("LS", 6.3)
    c.setFillGray(0.35)
    c.drawString(x + 2, y - 7, (f"{num}  " if num else "") + label)
    c.setFillGray(0)
    c.setFont("LSB" if bold else "LS", size)
    c.drawString(x + 3, y - h + 4.5, value)


def band(y, text):
    c.setFillColorRGB(0.78, 0.12, 0.14)
    c.rect(L, y - 12, R - L, 12, fill=1, stroke=0)
    c.setFillGray(1)
    c.setFont("LSB", 8)
    c.drawString(L + 4, y - 8.8, text)
    c.setFillGray(0)


# header
c.setFillColorRGB(0.78, 0.12, 0.14)
c.rect(L, H - 30 * mm, 24 * mm, 16 * mm, fill=1, stroke=0)
c.setFillGray(1)
c.setFont("LSB", 7)
c.drawCentredString(L + 12 * mm, H - 21 * mm, "GOBIERNO")
c.drawCentredString(L + 12 * mm, H - 24.5 * mm, "DE ESPAÑA")
c.setFillGray(0)
c.setFont("LSB", 10)
c.drawString(L + 28 * mm, H - 19 * mm, "Agencia Estatal de Acreditación de Competencias Profesionales")
c.setFont("LS", 8)
c.drawString(L + 28 * mm, H - 23.5 * mm, "Subdirección de Títulos y Certificaciones · Paseo de la Castellana 162, 28046 Madrid")
c.drawString(L + 28 * mm, H - 27.5 * mm, "NIF Q2818472I")
c.setFont("LSB", 22)
c.drawRightString(R, H - 20 * mm, "791")
c.setFont("LS", 7)
c.drawRightString(R, H - 24 * mm, "Modelo")
c.drawRightString(R, H - 27.5 * mm, "Ejemplar para el interesado")

c.setFont("LSB", 11.5)
c.drawString(L, H - 39 * mm, "TASA POR EXPEDICIÓN DE TÍTULOS ACADÉMICOS Y PROFESIONALES")
c.setFont("LS", 8)
c.drawString(L, H - 43.5 * mm, "Autoliquidación · Código de tasa 791.002 · Ley 8/1989, de Tasas y Precios Públicos")

y = H - 48 * mm
field(L, y, 95 * mm, 11 * mm, "Número de justificante", "7910218473562", 12, True)
field(L + 95 * mm, y, 45 * mm, 11 * mm, "Fecha de devengo", "03/10/2025", 10.5)
field(L + 140 * mm, y, R - L - 140 * mm, 11 * mm, "Ejercicio", "2025", 10.5)

y -= 15 * mm
band(y, "IDENTIFICACIÓN DEL SUJETO PASIVO")
y -= 12
field(L, y, 40 * mm, 11 * mm, "NIF", "51837264W", 10.5, True, "(1)")
field(L + 40 * mm, y, R - L - 40 * mm, 11 * mm, "Apellidos y nombre o razón social", "GARCÍA LORENZO, MARTA", 10.5, True, "(2)")
y -= 11 * mm
field(L, y, 110 * mm, 11 * mm, "Domicilio", "CALLE ALCALDE SAINZ DE BARANDA 47, 3º B", 9.5, False, "(3)")
field(L + 110 * mm, y, 25 * mm, 11 * mm, "Código postal", "28009", 9.5, False, "(4)")
field(L + 135 * mm, y, R - L - 135 * mm, 11 * mm, "Municipio / Provincia", "MADRID / MADRID", 9.5, False, "(5)")
y -= 11 * mm
field(L, y, 70 * mm, 11 * mm, "Teléfono", "600 418 273", 9.5, False, "(6)")
field(L + 70 * mm, y, R - L - 70 * mm, 11 * mm, "Correo electrónico", "marta.garcia.lorenzo@correo.example", 9.5, False, "(7)")

y -= 15 * mm
band(y, "DATOS DEL SERVICIO")
y -= 12
field(L, y, R - L, 11 * mm, "Título solicitado", "Técnico Superior en Administración y Finanzas (LOE) — expedición ordinaria", 9.5, False, "(8)")
y -= 11 * mm
field(L, y, 90 * mm, 11 * mm, "Centro docente", "IES Ciudad de los Ángeles (Madrid) — código 28040931", 8.5, False, "(9)")
field(L + 90 * mm, y, R - L - 90 * mm, 11 * mm, "Reducción / exención aplicada", "Familia numerosa general (50 %)", 9.5, False, "(10)")

y -= 15 * mm
band(y, "AUTOLIQUIDACIÓN")
y -= 12
rows = [("(11)", "Tarifa: expedición de título de Técnico Superior", "54,13"),
        ("(12)", "Bonificación familia numerosa categoría general (50 % de la casilla 11)", "-27,07"),
        ("(13)", "Recargo por expedición de duplicado", "0,00")]
for n, d, a in rows:
    c.rect(L, y - 9 * mm, R - L, 9 * mm)
    c.setFont("LS", 6.5)
    c.drawString(L + 2, y - 5.8 * mm, n)
    c.setFont("LS", 9)
    c.drawString(L + 12 * mm, y - 5.8 * mm, d)
    c.drawRightString(R - 4 * mm, y - 5.8 * mm, a + " €")
    y -= 9 * mm
c.setLineWidth(1.4)
c.rect(L + 95 * mm, y - 11 * mm, R - L - 95 * mm, 11 * mm)
c.setFont("LS", 6.5)
c.drawString(L + 97 * mm, y - 4 * mm, "(14)  TOTAL A INGRESAR (11 + 12 + 13)")
c.setFont("LSB", 13)
c.drawRightString(R - 4 * mm, y - 9 * mm, "27,06 €")
c.setLineWidth(0.6)

y -= 17 * mm
band(y, "INGRESO")
y -= 12
field(L, y, 40 * mm, 11 * mm, "Forma de pago", "Adeudo en cuenta", 9.5)
field(L + 40 * mm, y, 95 * mm, 11 * mm, "IBAN de la cuenta de cargo", "ES75 2100 4816 7402 0014 7392", 10, True)
field(L + 135 * mm, y, R - L - 135 * mm, 11 * mm, "Importe", "27,06 €", 10, True)
y -= 11 * mm
field(L, y, 95 * mm, 11 * mm, "NRC (número de referencia completo)", "7910218473562C3A8F21D4", 10.5, True)
field(L + 95 * mm, y, R - L - 95 * mm, 11 * mm, "Fecha de ingreso · Entidad colaboradora", "03/10/2025 · CaixaBank, S.A. (2100)", 9)

y -= 17 * mm
c.setFont("LSB", 7.5)
c.drawString(L, y, "Validación mecánica de la entidad colaboradora")
c.setDash(3, 2)
c.rect(L, y - 24 * mm, 95 * mm, 21 * mm)
c.setDash()
c.setFont("Courier", 8)
c.drawString(L + 4, y - 9 * mm, "CAIXABANK 2100-4816  03.10.2025  11:42")
c.drawString(L + 4, y - 13 * mm, "MOD 791  JUST 7910218473562")
c.drawString(L + 4, y - 17 * mm, "IMPORTE        27,06 EUR")
c.drawString(L + 4, y - 21 * mm, "NRC 7910218473562C3A8F21D4")

c.setFont("LS", 6.8)
tx = c.beginText(L + 100 * mm, y - 4 * mm)
tx.setLeading(8.5)
for line in ["El NRC acredita el pago de la tasa y la validez de",
             "este justificante sin necesidad de firma ni sello.",
             "Presente este ejemplar junto con la solicitud de",
             "expedición del título en la secretaría del centro.",
             "La tasa no será devuelta si el título no se expide",
             "por causa imputable al interesado (art. 12).",
             "Protección de datos: RGPD y LOPDGDD; responsable,",
             "la Agencia; finalidad, gestión de la tasa."]:
    tx.textLine(line)
c.drawText(tx)

c.setFont("LS", 6.5)
c.setFillGray(0.4)
c.drawCentredString(W / 2, 12 * mm, "Modelo 791 · Ejemplar para el interesado · Justificante 7910218473562 · Página 1 de 1")
c.showPage()
c.save()
