"""Viajes Alcázar Tours - factura de grupo (régimen especial agencias de viajes), fpdf2."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "07_travel_agency_invoice.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Factura(FPDF):
    def footer(self):
        self.set_y(-22)
        self.set_draw_color(200, 120, 40)
        self.line(15, self.get_y(), 195, self.get_y())
        self.ln(1.5)
        self.set_font("DejaVu", "", 6.8)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.4,
            "Viajes Alcázar Tours, S.L. · CIF B41873265 · Calle Sierpes 48, 41004 Sevilla · Tel. 954 21 87 60 · grupos@alcazartours.es\n"
            "Inscrita en el Registro Mercantil de Sevilla, Tomo 5.812, Folio 143, Hoja SE-98.431 · Agencia de viajes con título-licencia CIAN-418234-2\n"
            "Sus datos se tratan conforme al RGPD (UE) 2016/679 para la gestión de la relación comercial.", align="C")
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, f"Página {self.page_no()}/{{nb}}", align="R")


pdf = Factura(format="A4")
pdf.set_creation_date(datetime(2025, 3, 21, 10, 12, tzinfo=timezone.utc))
pdf.set_title("Factura VA-2025/000387")
pdf.set_author("Viajes Alcázar Tours, S.L.")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, 28)
pdf.add_page()
pdf.set_margins(15, 15, 15)

# logo-like letterhead (trade name only)
pdf.set_fill_color(200, 120, 40)
pdf.rect(15, 14, 10, 10, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "B", 13)
pdf.set_xy(15, 15.2)
pdf.cell(10, 8, "A", align="C")
pdf.set_text_color(120, 60, 20)
pdf.set_font("DejaVu", "B", 18)
pdf.set_xy(28, 13.5)
pdf.cell(80, 8, "alcázar tours")
pdf.set_font("DejaVu", "", 7.5)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(28, 21)
pdf.cell(80, 4, "viajes de empresa · incentivos · congresos")

# title block at right
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "B", 16)
pdf.set_xy(120, 13)
pdf.cell(75, 8, "FACTURA", align="R")
pdf.set_font("DejaVu", "", 8.5)
pdf.set_xy(120, 21)
pdf.cell(75, 5, "Sevilla, 21 de marzo de 2025", align="R")

# grid: labels above values
def gbox(x, y, w, label, value):
    pdf.set_draw_color(190, 190, 190)
    pdf.rect(x, y, w, 12)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(w - 3, 3.5, label.upper())
    pdf.set_xy(x + 1.5, y + 5.5)
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 3, 5, value)

y0 = 34
gbox(15, y0, 45, "Nº de factura", "VA-2025/000387")
gbox(60, y0, 45, "Expediente", "EXP-25-0193")
gbox(105, y0, 45, "Fecha de operación", "13/04/2025")
gbox(150, y0, 45, "Vencimiento", "31/03/2025")

# customer
pdf.set_xy(15, 52)
pdf.set_font("DejaVu", "", 7)
pdf.set_text_color(120, 120, 120)
pdf.cell(90, 4, "CLIENTE")
pdf.set_xy(110, 52)
pdf.cell(85, 4, "VIAJE")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "", 9.5)
pdf.set_xy(15, 57)
pdf.multi_cell(90, 4.6,
    "Gómez Ruiz Arquitectos, S.L.P.\nCIF B91827364\nAvda. de la Constitución 22, 3º B\n41001 Sevilla\nAtt. Dña. Lucía Gómez Ruiz")
pdf.set_xy(110, 57)
pdf.multi_cell(85, 4.6,
    "Viaje de incentivo a Lisboa (Portugal)\nDel 10/04/2025 al 13/04/2025 (3 noches)\n12 participantes · lista adjunta al bono\nCoordinador: Álvaro Peña")

# table
pdf.set_y(88)
cols = [(88, "Concepto", "L"), (18, "Unid.", "R"), (22, "Precio", "R"), (22, "Importe", "R")]  # Concepto widened below
pdf.set_x(15)
pdf.set_fill_color(243, 231, 214)
pdf.set_font("DejaVu", "B", 8.5)
for w, t, a in cols:
    pdf.cell(w + (30 if t == "Concepto" else 0), 7, t, border="TB", align=a, fill=True)
pdf.ln()
rows = [
    ("Vuelos Iberia Sevilla – Lisboa – Sevilla, clase turista, tasas incluidas", "12", "186,40", "2.236,80"),
    ("Hotel Baixa Terrace 4*, habitación doble, alojamiento y desayuno (6 hab. × 3 noches)", "18", "142,00", "2.556,00"),
    ("Traslados aeropuerto – hotel – aeropuerto en autocar de 20 plazas", "2", "240,00", "480,00"),
    ("Cena de grupo en restaurante de Alfama, menú concertado con bebidas", "12", "58,50", "702,00"),
    ("Excursión de día completo a Sintra y Cascais con guía en castellano", "12", "65,00", "780,00"),
    ("Seguro de asistencia en viaje y gastos de cancelación", "12", "14,90", "178,80"),
]
pdf.set_font("DejaVu", "", 8.5)
for c, u, p, i in rows:
    y = pdf.get_y()
    pdf.set_x(15)
    pdf.multi_cell(116, 4.5, c, border=0, align="L")
    h = pdf.get_y() - y
    pdf.set_xy(133, y)
    pdf.cell(18, 4.5, u, align="R")
    pdf.cell(22, 4.5, p, align="R")
    pdf.cell(20, 4.5, i, align="R")
    pdf.set_xy(15, y + h + 1.2)
    pdf.set_draw_color(225, 225, 225)
    pdf.line(15, pdf.get_y() - 0.6, 195, pdf.get_y() - 0.6)

# totals
pdf.ln(4)
def trow(label, value, bold=False, fill=False):
    pdf.set_x(105)
    pdf.set_font("DejaVu", "B" if bold else "", 9.5 if bold else 9)
    pdf.set_fill_color(243, 231, 214)
    pdf.cell(60, 7, label, fill=fill)
    pdf.cell(30, 7, value, align="R", fill=fill)
    pdf.ln()

trow("Total factura", "6.933,60 €", bold=True)
trow("Anticipo recibido el 28/02/2025", "-2.000,00 €")
trow("Pendiente de pago", "4.933,60 €", bold=True, fill=True)

pdf.ln(5)
pdf.set_x(15)
pdf.set_font("DejaVu", "I", 8)
pdf.multi_cell(180, 4.2,
    "Régimen especial de las agencias de viajes (arts. 141 a 147 de la Ley 37/1992 del IVA). "
    "El importe incluye el IVA correspondiente, que no es deducible para el destinatario y no se desglosa en factura.")
pdf.ln(3)
pdf.set_x(15)
pdf.set_font("DejaVu", "B", 8.5)
pdf.cell(180, 5, "Forma de pago: transferencia bancaria antes del vencimiento")
pdf.ln()
pdf.set_x(15)
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(180, 4.4,
    "CaixaBank · IBAN ES91 2100 0418 4502 0005 1332 · BIC CAIXESBBXXX\n"
    "Indique en el concepto el número de expediente EXP-25-0193. "
    "La documentación de viaje (billetes y bonos) se enviará una vez recibido el pago total.")

pdf.output(out)
