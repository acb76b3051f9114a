"""Argentine painting contractor quote (Presupuesto), drawn with fpdf2. Usage: python quote_ar.py OUT.pdf"""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime(2025, 4, 7, 13, 0, tzinfo=timezone.utc))
pdf.set_title("Presupuesto 0003-00001587")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

# AFIP-style header: two boxes with a centred letter box "X"
pdf.set_draw_color(0, 0, 0)
pdf.rect(12, 10, 186, 46)
pdf.line(105, 10, 105, 56)
pdf.set_fill_color(255, 255, 255)
pdf.rect(97, 10, 16, 14, "DF")
pdf.set_font("DV", "B", 20); pdf.set_xy(97, 11); pdf.cell(16, 9, "X", align="C")
pdf.set_font("DV", "", 5.5); pdf.set_xy(97, 19); pdf.cell(16, 3, "DOC. NO VÁLIDO", align="C")
pdf.set_xy(97, 21.3); pdf.cell(16, 3, "COMO FACTURA", align="C")

pdf.set_font("DV", "B", 13); pdf.set_text_color(20, 70, 140)
pdf.set_xy(15, 13); pdf.cell(80, 7, "DEL PLATA")
pdf.set_font("DV", "", 8); pdf.set_text_color(60, 60, 60)
pdf.set_xy(15, 20); pdf.cell(80, 4, "Pinturas y Revestimientos")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 8)
y = 27
for line in ["Pinturas y Revestimientos Del Plata S.R.L.", "Av. Juan B. Justo 4321 – C1416DKE", "Ciudad Autónoma de Buenos Aires",
             "Tel. (011) 4582-7710 · obras@delplatapinturas.com.ar", "IVA Responsable Inscripto"]:
    pdf.set_xy(15, y); pdf.cell(80, 4.3, line); y += 4.3

pdf.set_font("DV", "B", 15); pdf.set_xy(116, 13); pdf.cell(78, 8, "PRESUPUESTO")
pdf.set_font("DV", "", 9)
rows = [("N°:", "0003-00001587"), ("Fecha:", "07/04/2025"), ("CUIT:", "30-71234567-8"),
        ("Ingresos Brutos:", "901-448213-5"), ("Inicio de actividades:", "01/08/2012")]
y = 24
for k, v in rows:
    pdf.set_xy(116, y); pdf.cell(38, 5, k)
    pdf.set_font("DV", "B" if k == "N°:" else "", 9); pdf.cell(40, 5, v); pdf.set_font("DV", "", 9); y += 5.2

# client box
pdf.rect(12, 59, 186, 22)
pdf.set_font("DV", "", 8.5)
left = [("Señor(es):", "Consorcio de Propietarios Av. Rivadavia 5870"), ("Domicilio:", "Av. Rivadavia 5870, C1406GLN CABA"),
        ("Atención:", "Adm. Fernández & Asoc. – Lic. Mariela Fernández")]
y = 61
for k, v in left:
    pdf.set_xy(15, y); pdf.cell(22, 5, k); pdf.cell(120, 5, v); y += 6
pdf.set_xy(140, 61); pdf.cell(20, 5, "CUIT:"); pdf.cell(30, 5, "30-58124477-2")
pdf.set_xy(140, 67); pdf.cell(20, 5, "Cond. IVA:"); pdf.cell(30, 5, "Exento")

pdf.set_font("DV", "", 9)
pdf.set_xy(12, 85)
pdf.multi_cell(186, 4.6, "De acuerdo a lo solicitado y a la visita técnica realizada el 02/04/2025, le hacemos llegar nuestra cotización "
               "para la puesta en valor de la fachada del edificio (frente y contrafrente, 420 m² aproximados):")

# items table
cols = [("Ítem", 12, "C"), ("Descripción", 96, "L"), ("Cant.", 18, "R"), ("Precio unit.", 28, "R"), ("Importe", 32, "R")]
y = 100
pdf.set_fill_color(220, 230, 242); pdf.set_font("DV", "B", 8.5)
x = 12
for n, w, al in cols:
    pdf.set_xy(x, y); pdf.cell(w, 7, n, border=1, align=al, fill=True); x += w
items = [
    ("1", "Hidrolavado de fachada a presión", "420 m²", "$ 1.200,00", "$ 504.000,00"),
    ("2", "Reparación de fisuras y revoques flojos (global)", "1 gl", "$ 685.000,00", "$ 685.000,00"),
    ("3", "Pintura látex acrílico exterior, fijador + 2 manos", "420 m²", "$ 9.850,00", "$ 4.137.000,00"),
    ("4", "Alquiler, armado y desarme de andamio tubular", "30 días", "$ 38.500,00", "$ 1.155.000,00"),
    ("5", "Limpieza final de obra y retiro de residuos", "1 gl", "$ 210.000,00", "$ 210.000,00"),
]
pdf.set_font("DV", "", 8.5)
y += 7
for it in items:
    x = 12
    for (n, w, al), v in zip(cols, it):
        pdf.set_xy(x, y); pdf.cell(w, 7, v, border=1, align=al); x += w
    y += 7

y += 4
pdf.set_font("DV", "", 9.5)
for k, v, b in [("Subtotal", "$ 6.691.000,00", ""), ("IVA 21%", "$ 1.405.110,00", ""), ("TOTAL", "$ 8.096.110,00", "B")]:
    pdf.set_font("DV", b, 10 if b else 9.5)
    pdf.set_xy(122, y); pdf.cell(44, 7, k, border=1, fill=bool(b)); pdf.cell(32, 7, v, border=1, align="R", fill=bool(b)); y += 7

y += 6
pdf.set_font("DV", "B", 9); pdf.set_xy(12, y); pdf.cell(60, 5, "Condiciones comerciales"); y += 6
pdf.set_font("DV", "", 8.5)
conds = [
    "Forma de pago: 40% de anticipo al aceptar, 30% al completar el 50% de la obra y saldo contra entrega.",
    "Plazo de ejecución estimado: 25 días hábiles, sujeto a condiciones climáticas.",
    "Validez de la oferta: hasta el 22/04/2025. Precios en pesos argentinos; vencido ese plazo, se actualizarán según índice CAC.",
    "Incluye materiales de primera marca, mano de obra, seguro de ART y responsabilidad civil del personal.",
    "No incluye: tramitación de permisos municipales ni trabajos de herrería o impermeabilización de techos.",
]
for c in conds:
    pdf.set_xy(15, y); pdf.multi_cell(180, 4.6, "• " + c); y = pdf.get_y() + 1

y += 14
pdf.line(120, y, 190, y)
pdf.set_font("DV", "", 8.5); pdf.set_xy(120, y + 1); pdf.cell(70, 4.5, "Arq. Gustavo Pereyra – Dirección técnica", align="C")

pdf.set_font("DV", "I", 7); pdf.set_text_color(90, 90, 90)
pdf.set_xy(12, 284); pdf.cell(186, 4, "Documento no válido como factura. Presupuesto sujeto a aceptación por escrito del cliente.", align="C")
pdf.output(sys.argv[1])
