#!/usr/bin/env python3
"""Spanish car rental agreement / closing receipt (contrato de alquiler), drawn with fpdf2."""
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(unit="mm", format="A4")
pdf.set_creation_date(datetime.datetime(2025, 3, 22, 9, 20, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DV", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(True, 15)
pdf.set_margins(12, 12, 12)
pdf.add_page()

def t(x, y, s, size=8, style="", w=0, align="L"):
    pdf.set_font("DV", style, size)
    pdf.set_xy(x, y)
    pdf.cell(w or pdf.get_string_width(s) + 1, 4, s, align=align)

# Header band
pdf.set_fill_color(255, 196, 0)
pdf.rect(0, 0, 210, 26, style="F")
t(12, 6, "AUTOSOL", 20, "B")
t(12, 15, "RENT A CAR", 9, "B")
t(110, 5, "AutoSol Rent a Car, S.L. · CIF B-93417726", 7.5, "", 88, "R")
t(110, 9, "Avda. García Morato s/n, Aeropuerto de Málaga (AGP), 29004 Málaga", 7.5, "", 88, "R")
t(110, 13, "Tel. +34 952 555 318 · reservas@autosol-rent.example.es", 7.5, "", 88, "R")
t(110, 17, "Inscrita en el Registro Mercantil de Málaga, Tomo 5912, Folio 88, Hoja MA-151204", 6.5, "", 88, "R")

t(12, 31, "CONTRATO DE ALQUILER / RENTAL AGREEMENT", 12, "B")
t(12, 37, "Factura-recibo de cierre · Closing invoice", 8)
pdf.set_draw_color(120, 120, 120)
pdf.rect(135, 30, 63, 14)
t(137, 31.5, "Nº de contrato / Agreement no.", 7)
t(137, 37, "MAG-25-0038817", 12, "B")

def section(y, title):
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(12, y, 186, 5.5, style="F")
    t(13, y + 0.8, title, 8, "B")

def kv(x, y, k, v, kw=38):
    t(x, y, k, 7.5)
    t(x + kw, y, v, 8.5, "B")

section(48, "CONDUCTOR / DRIVER")
kv(12, 55, "Arrendatario / Renter:", "Sophie Delacroix")
kv(12, 60, "Pasaporte / ID:", "23FR81447  (exp. 08/2031)")
kv(12, 65, "Dirección / Address:", "14 rue des Tanneurs, 67000 Strasbourg, Francia")
kv(110, 55, "Permiso / Licence:", "FR 180967203451", 30)
kv(110, 60, "Fecha nacimiento:", "17/06/1988", 30)

section(72, "VEHÍCULO / VEHICLE")
kv(12, 79, "Grupo / Group:", "C  (ECMR)")
kv(12, 84, "Modelo / Model:", "Seat Ibiza 1.0 TSI o similar")
kv(12, 89, "Matrícula / Plate:", "4821 MLK")
kv(110, 79, "Km salida / out:", "38.412", 30)
kv(110, 84, "Km entrada / in:", "39.187", 30)
kv(110, 89, "Combustible:", "Lleno / Lleno (8/8)", 30)

section(96, "RECOGIDA Y DEVOLUCIÓN / PICK-UP AND RETURN")
kv(12, 103, "Recogida / Pick-up:", "15/03/2025  10:30")
kv(12, 108, "Oficina:", "Aeropuerto de Málaga (AGP)")
kv(110, 103, "Devolución / Return:", "22/03/2025  09:15", 30)
kv(110, 108, "Oficina:", "Aeropuerto de Málaga (AGP)", 30)
kv(12, 113, "Días facturados / Days:", "7")

section(120, "CARGOS / CHARGES")
y = 127
t(12, y, "Concepto", 7.5, "B"); t(120, y, "Cant.", 7.5, "B", 15, "R"); t(137, y, "Precio", 7.5, "B", 25, "R"); t(165, y, "Importe", 7.5, "B", 33, "R")
pdf.line(12, y + 5, 198, y + 5)
rows = [
    ("Alquiler tarifa PLUS (km ilimitados)", "7", "28,90", "202,30"),
    ("Cobertura Franquicia Cero (SCDW)", "7", "9,50", "66,50"),
    ("Conductor adicional", "7", "4,00", "28,00"),
    ("Suplemento aeropuerto", "1", "22,00", "22,00"),
]
for i, r in enumerate(rows):
    yy = y + 7 + i * 5
    t(12, yy, r[0], 8); t(120, yy, r[1], 8, "", 15, "R"); t(137, yy, r[2] + " €", 8, "", 25, "R"); t(165, yy, r[3] + " €", 8, "", 33, "R")
yy = y + 7 + 4 * 5 + 2
pdf.line(120, yy, 198, yy)
t(120, yy + 2, "Base imponible", 8, "", 45); t(165, yy + 2, "318,80 €", 8, "", 33, "R")
t(120, yy + 7, "IVA 21%", 8, "", 45); t(165, yy + 7, "66,95 €", 8, "", 33, "R")
pdf.set_fill_color(255, 236, 170)
pdf.rect(120, yy + 12, 78, 7, style="F")
t(121, yy + 13.5, "TOTAL A PAGAR", 9.5, "B", 40); t(165, yy + 13.5, "385,75 €", 10, "B", 33, "R")

t(12, yy + 2, "Pagado con / Paid by: VISA ****6621", 8)
t(12, yy + 7, "Depósito retenido / Deposit held: 300,00 € (liberado 22/03/2025)", 8)
t(12, yy + 12, "Conductor adicional: Julien Marchetti (FR 190241107782)", 8)
t(12, yy + 17, "Reserva / Booking: WEB-7740126 (tarifa prepago no reembolsable)", 8)

y = yy + 26
section(y, "DAÑOS / DAMAGE CHECK")
t(12, y + 7, "Salida: sin daños nuevos (ver croquis firmado). Devolución: inspeccionado por A. Romero, sin daños. Sin cargos adicionales.", 7.5)

y += 16
pdf.set_xy(12, y)
pdf.set_font("DV", "", 6.6)
pdf.multi_cell(186, 3.1,
    "CONDICIONES GENERALES (extracto). 1. El arrendatario se compromete a devolver el vehículo en la fecha, hora y lugar indicados. "
    "Cada fracción de 24 horas se factura como un día completo, con una cortesía de 59 minutos. 2. Política de combustible lleno/lleno: "
    "si el vehículo se devuelve con menos combustible, se cobrará el combustible que falte más un cargo de servicio de 25,00 €. "
    "3. Las multas de tráfico, peajes y sanciones durante el periodo de alquiler son responsabilidad del arrendatario; por cada "
    "gestión de multa se cargará un importe administrativo de 40,00 €. 4. Sin la cobertura Franquicia Cero, la franquicia por daños "
    "asciende a 1.100,00 €. 5. Prohibido salir del territorio peninsular sin autorización por escrito. 6. Protección de datos: "
    "responsable AutoSol Rent a Car, S.L.; finalidad gestión del contrato; derechos en privacidad@autosol-rent.example.es. "
    "Hojas de reclamaciones a disposición del cliente.")
y = pdf.get_y() + 8
t(12, y, "Firma del arrendatario / Renter's signature", 7.5)
t(110, y, "Por AutoSol Rent a Car, S.L.", 7.5)
pdf.line(12, y + 14, 90, y + 14); pdf.line(110, y + 14, 198, y + 14)
t(12, y + 16, "Fecha de emisión: 22/03/2025 09:18 · Agente: AROMERO · Factura simplificada nº FS-AGP-25-011873", 7)
pdf.output(out)
