"""Printed representation of a CFDI 4.0 electronic invoice as Mexican invoicing software renders it (Mexico, Monterrey
forklift service company), Spanish: logo line "TECNOMONTACARGAS" with the legal name and RFC of the emisor, régimen
fiscal, lugar de expedición (postal code), a box "FACTURA" with Serie y Folio FAC-1184, Folio fiscal (UUID), Fecha y
hora de emisión (ISO 2026-03-11T10:42:17), Fecha de certificación, No. de serie del certificado; receptor with RFC,
régimen, domicilio fiscal and Uso CFDI G03; concept table (Clave prod./serv., Cantidad, Clave unidad, Descripción,
Valor unitario, Importe, Objeto de impuesto), Subtotal, IVA traslado 16 %, Total, total in words ("VEINTIÚN MIL
TRESCIENTOS QUINCE PESOS 00/100 M.N."), Moneda MXN, Forma de pago 99 / Método de pago PPD, the digital seals as long
base64 strings, the cadena original and the "Este documento es una representación impresa de un CFDI" line, and a
footer naming a fictional PAC / software. US-style number format ($21,315.00). ReportLab canvas, Liberation Sans.
Usage: python3 23_cfdi_mantenimiento_mx.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import letter
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


def mx(x):
    return f"{x:,.2f}"


LINES = [("72154066", "3", "E48", "Servicio de mantenimiento preventivo a montacargas eléctrico 2.5 t (incluye mano de obra)", D("4850.00")),
         ("25174200", "3", "H87", "Kit de filtros y lubricantes para montacargas, modelo EL-25", D("1275.00"))]
SUB = sum(q(int(n) * p) for _, n, _, _, p in LINES)
IVA = q(SUB * D("0.16"))
TOT = SUB + IVA
assert (SUB, IVA, TOT) == (D("18375.00"), D("2940.00"), D("21315.00"))
UUID = "5F2B8C1D-4A7E-4E19-9C3B-7D18A4E2F609"
BLUE = HexColor("#1f4e79")

c = Canvas(sys.argv[1], pagesize=letter, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("CFDI FAC-1184")
W, H = letter
L, R = 15 * mm, W - 15 * mm
c.setFillColor(BLUE)
c.setFont("LSB", 17)
c.drawString(L, H - 22 * mm, "TECNOMONTACARGAS")
c.setFont("LS", 7.5)
c.drawString(L, H - 26 * mm, "servicio · refacciones · renta de equipo")
c.setFillColor(black)
c.setFont("LSB", 8.5)
c.drawString(L, H - 33 * mm, "Tecnomontacargas del Norte, S.A. de C.V.")
c.setFont("LS", 7.5)
for i, s in enumerate(["RFC emisor: TMO180514C2A", "Régimen fiscal: 601 General de Ley Personas Morales",
                       "Av. Ruiz Cortines 4183 Pte., Col. Industrial, Monterrey, N.L.",
                       "Lugar de expedición (C.P.): 64440"]):
    c.drawString(L, H - (37 + i * 3.6) * mm, s)
# fiscal box
bx, by, bw, bh = 112 * mm, H - 53 * mm, R - 112 * mm, 40 * mm
c.setStrokeColor(BLUE)
c.rect(bx, by, bw, bh)
c.setFillColor(BLUE)
c.rect(bx, by + bh - 6 * mm, bw, 6 * mm, fill=1)
c.setFillColor(white)
c.setFont("LSB", 10)
c.drawCentredString(bx + bw / 2, by + bh - 4.3 * mm, "FACTURA  (CFDI 4.0 · Tipo I - Ingreso)")
c.setFillColor(black)
rows = [("Serie y Folio:", "FAC-1184"), ("Folio fiscal (UUID):", UUID), ("Fecha de emisión:", "2026-03-11T10:42:17"),
        ("Fecha de certificación:", "2026-03-11T10:42:31"), ("No. de serie del CSD:", "00001000000718472936"),
        ("Exportación:", "01 No aplica")]
for i, (k, v) in enumerate(rows):
    y = by + bh - (10.5 + i * 4.8) * mm
    c.setFont("LS", 6.8)
    c.drawString(bx + 2 * mm, y, k)
    c.setFont("LSB" if i == 0 else "LS", 8.5 if i == 0 else 7.2)
    c.drawRightString(bx + bw - 2 * mm, y, v)
# receptor
y0 = H - 60 * mm
c.setFillColor(HexColor("#e8eef5"))
c.rect(L, y0 - 24 * mm, R - L, 24 * mm, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("LSB", 7.5)
c.drawString(L + 2 * mm, y0 - 4 * mm, "RECEPTOR")
rec = [("Nombre:", "Centro de Distribución del Noreste, S.A. de C.V."), ("RFC receptor:", "CDN920311K14"),
       ("Régimen fiscal:", "601 General de Ley Personas Morales"), ("Domicilio fiscal (C.P.):", "66600"),
       ("Uso CFDI:", "G03 Gastos en general")]
for i, (k, v) in enumerate(rec):
    c.setFont("LS", 7.5)
    c.drawString(L + 2 * mm, y0 - (8 + i * 3.6) * mm, k)
    c.setFont("LSB" if i < 2 else "LS", 8)
    c.drawString(L + 38 * mm, y0 - (8 + i * 3.6) * mm, v)
c.setFont("LS", 7.5)
c.drawString(128 * mm, y0 - 8 * mm, "Moneda: MXN")
c.drawString(128 * mm, y0 - 11.6 * mm, "Forma de pago: 99 Por definir")
c.drawString(128 * mm, y0 - 15.2 * mm, "Método de pago: PPD Pago en parcialidades o diferido")
c.drawString(128 * mm, y0 - 18.8 * mm, "Condiciones de pago: 30 días")
# concepts
y = y0 - 30 * mm
c.setFillColor(BLUE)
c.rect(L, y - 1.5 * mm, R - L, 6 * mm, fill=1, stroke=0)
c.setFillColor(white)
c.setFont("LSB", 7)
heads = [(L + 1 * mm, "Clave prod./serv."), (L + 24 * mm, "Cant."), (L + 34 * mm, "Clave unidad"),
         (L + 52 * mm, "Descripción")]
for x, h in heads:
    c.drawString(x, y, h)
c.drawRightString(R - 42 * mm, y, "Valor unitario")
c.drawRightString(R - 14 * mm, y, "Importe")
c.drawRightString(R - 1 * mm, y, "Obj. imp.")
c.setFillColor(black)
for clave, n, unit, desc, p in LINES:
    y -= 12 * mm
    c.setFont("LS", 7.5)
    c.drawString(L + 1 * mm, y, clave)
    c.drawString(L + 24 * mm, y, n)
    c.drawString(L + 34 * mm, y, unit)
    c.setFont("LN", 7.5)
    words, line, ly = desc.split(), "", y
    for w in words:
        if c.stringWidth(line + " " + w, "LN", 7.5) > 62 * mm:
            c.drawString(L + 52 * mm, ly, line.strip())
            line, ly = "", ly - 3.3 * mm
        line += " " + w
    c.drawString(L + 52 * mm, ly, line.strip())
    c.setFont("LS", 7.5)
    c.drawRightString(R - 42 * mm, y, mx(p))
    c.drawRightString(R - 14 * mm, y, mx(q(int(n) * p)))
    c.drawRightString(R - 1 * mm, y, "02")
    c.setFont("LS", 6.3)
    c.drawString(L + 52 * mm, ly - 3.3 * mm, f"Traslado IVA 002 · Tasa 0.160000 · Base {mx(q(int(n) * p))} · "
                                            f"Importe {mx(q(q(int(n) * p) * D('0.16')))}")
y -= 14 * mm
c.line(L, y + 4 * mm, R, y + 4 * mm)
for k, v, b in [("Subtotal", "$" + mx(SUB), False), ("IVA Trasladado 16%", "$" + mx(IVA), False),
                ("Total", "$" + mx(TOT), True)]:
    c.setFont("LSB" if b else "LS", 10 if b else 8.5)
    c.drawRightString(R - 35 * mm, y, k)
    c.drawRightString(R - 1 * mm, y, v)
    y -= 5 * mm
c.setFont("LSB", 7.8)
c.drawString(L, y + 10 * mm, "Importe con letra:")
c.setFont("LS", 7.8)
c.drawString(L, y + 6.5 * mm, "VEINTIÚN MIL TRESCIENTOS QUINCE PESOS 00/100 M.N.")
# seals
y -= 6 * mm
seal1 = ("kT8mQ2vX4bR7nJ1pW9sL3dF6hG0cZ5yA8eU2iO4tN7mK1qV3xB6wP9rS2fD5gH8jL0zC4vY7uE1oI3aT6nM9kQ2bX5pR8sW1dF4hG7cZ0y"
         "A3eU6iO9tN2mK5qV8xB1wP4rS7fD0gH3jL6zC9vY2uE5oI8aT1nM4kQ7bX0pR3sW6dF9hG2cZ5yA8eU1iO4tN7mK0qV3xB6wP9rS2fD==")
seal2 = ("Hq3Lx9Tb2Nw7Pc5Rv1Zm8Kd4Fs6Gj0Yh3Ue9Io2Ta7Nb5Mc1Xw8Qz4Ls6Rd0Vf3Pg9Kh2Jy7Bn5Et1Oi8Ua4Sc6Dm0Wx3Zq9Lp2Rv7Ty5"
         "Gk1Hn8Fj4Md6Cs0Bx3Vw9Nz2Qa7Pe5Ro1Ul8Ti4Ym6Kc0Jg3Hf9Db2Sa7Wn5Xv1Zt8Lq4Re6Pk0Mo3Cy9Iu2Vb7Ns5Eh1Gx8Fa4Jd==")
for title, s in [("Sello digital del CFDI:", seal1), ("Sello digital del SAT:", seal2),
                 ("Cadena original del complemento de certificación digital del SAT:",
                  f"||1.1|{UUID}|2026-03-11T10:42:31|TSP180920AB1|{seal1[:60]}...|00001000000504465028||")]:
    c.setFont("LSB", 6.8)
    c.drawString(L, y, title)
    c.setFont("LN", 5.8)
    for k in range(0, len(s), 150):
        y -= 2.9 * mm
        c.drawString(L, y, s[k:k + 150])
    y -= 4.5 * mm
c.rect(L, y - 30 * mm, 30 * mm, 30 * mm)
c.setFont("LS", 6)
c.drawCentredString(L + 15 * mm, y - 16 * mm, "[código QR SAT]")
c.setFont("LS", 7.2)
for i, s in enumerate(["Este documento es una representación impresa de un CFDI.",
                       "Efectos fiscales al pago. Pago en una sola exhibición dentro de 30 días (PPD).",
                       "Banco del Bajío Norte, CLABE 072580001847293611, referencia FAC-1184.",
                       "Certificado por: Timbres Sierra Madre, S.A. de C.V. (PAC) · Generado con FacturaNube MX"]):
    c.drawString(L + 34 * mm, y - (4 + i * 4) * mm, s)
c.showPage()
c.save()
