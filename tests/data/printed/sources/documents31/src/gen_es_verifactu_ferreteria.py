"""Factura VERI*FACTU – Distribuciones Ferreteras Llobregat, S.L. (fpdf2)."""
import sys
from fpdf_common import new_pdf, qr_like

out = sys.argv[1]
pdf = new_pdf("Factura FV25-001284")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(15, 15, 15)
RED = (176, 32, 38)

# letterhead
pdf.set_xy(15, 15)
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(*RED)
pdf.cell(120, 7, "DISTRIBUCIONES FERRETERAS LLOBREGAT, S.L.", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(60, 60, 60)
pdf.set_font("Sans", "", 8.5)
for line in ["Suministros industriales · Ferretería profesional · Maquinaria",
             "C/ de la Indústria, 112 · 08820 El Prat de Llobregat (Barcelona)",
             "Tel. 933 70 41 26 · facturacion@dfllobregat.es · www.dfllobregat.es",
             "NIF: B65827131"]:
    pdf.cell(120, 4.4, line, new_x="LMARGIN", new_y="NEXT")

# QR block (top right, as required for VERI*FACTU invoices)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 7)
pdf.set_xy(158, 12)
pdf.cell(36, 4, "QR tributario:", align="C")
qr_like(pdf, 161, 16, 30, seed=1284)
pdf.set_xy(150, 47)
pdf.set_font("Sans", "B", 8)
pdf.cell(52, 4, "VERI*FACTU", align="C")
pdf.set_xy(150, 51)
pdf.set_font("Sans", "", 6.5)
pdf.multi_cell(52, 3, "Factura verificable en la sede electrónica de la AEAT", align="C")

# client box
pdf.set_draw_color(*RED)
pdf.rect(15, 60, 90, 30)
pdf.set_xy(18, 62)
pdf.set_font("Sans", "B", 8)
pdf.set_text_color(*RED)
pdf.cell(80, 4.5, "CLIENTE", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
for line in ["Reformas Integrales Garraf, S.L.", "Av. de les Roquetes, 45, nave 3",
             "08812 Sant Pere de Ribes (Barcelona)", "NIF: B46190278", "Cód. cliente: 004417"]:
    pdf.set_x(18)
    pdf.cell(85, 4.5, line, new_x="LEFT", new_y="NEXT")

# invoice data box
pdf.rect(115, 60, 80, 30)
pdf.set_xy(118, 62)
pdf.set_font("Sans", "B", 12)
pdf.cell(70, 6, "FACTURA", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
for k, v in [("Nº factura:", "FV25-001284"), ("Fecha de expedición:", "10/03/2025"),
             ("Fecha de operación:", "07/03/2025"), ("Albarán:", "ALB25-003391"),
             ("Vencimiento:", "09/04/2025")]:
    pdf.set_x(118)
    pdf.cell(33, 4.4, k)
    pdf.set_font("Sans", "B" if k == "Nº factura:" else "", 8.5)
    pdf.cell(40, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)

# lines
y = 98
cols = [(25, "Código", "L"), (77, "Descripción", "L"), (15, "Cant.", "R"), (22, "Precio", "R"), (12, "Dto.", "R"), (29, "Importe", "R")]
pdf.set_fill_color(*RED)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 8.5)
pdf.set_xy(15, y)
for w, h, a in cols:
    pdf.cell(w, 6.5, h, align=a, fill=True)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.5)
rows = [("TAL-18V-PR", "Taladro percutor 18V brushless, 2 baterías 5 Ah, maletín", "3", "129,90", "0 %", "389,70"),
        ("TORN-SURT", "Caja tornillería surtida acero zincado (1.200 uds.)", "10", "14,35", "0 %", "143,50"),
        ("DISC-230D", "Disco diamante continuo 230 mm para porcelánico", "5", "32,80", "0 %", "164,00"),
        ("SIL-NEU-300", "Silicona neutra transparente, cartucho 300 ml", "24", "4,95", "0 %", "118,80")]
y += 6.5
for i, r in enumerate(rows):
    pdf.set_xy(15, y)
    if i % 2:
        pdf.set_fill_color(246, 236, 236)
    else:
        pdf.set_fill_color(255, 255, 255)
    for (w, _, a), v in zip(cols, r):
        pdf.cell(w, 6.5, v, align=a, fill=True)
    y += 6.5
pdf.set_draw_color(*RED)
pdf.line(15, y + 1, 195, y + 1)

# tax summary
y += 8
pdf.set_xy(15, y)
pdf.set_font("Sans", "B", 8.5)
for w, h in [(35, "Base imponible"), (20, "% IVA"), (30, "Cuota IVA"), (25, "Rec. equiv.")]:
    pdf.cell(w, 6, h, border=1, align="C")
pdf.set_xy(15, y + 6)
pdf.set_font("Sans", "", 8.5)
for w, v in [(35, "816,00"), (20, "21 %"), (30, "171,36"), (25, "0,00")]:
    pdf.cell(w, 6, v, border=1, align="R")

pdf.set_xy(135, y)
pdf.set_font("Sans", "", 9)
pdf.cell(30, 6, "Base imponible")
pdf.cell(30, 6, "816,00 €", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(135)
pdf.cell(30, 6, "IVA 21 %")
pdf.cell(30, 6, "171,36 €", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(135)
pdf.set_font("Sans", "B", 11)
pdf.set_fill_color(246, 236, 236)
pdf.cell(30, 8, "TOTAL", fill=True)
pdf.cell(30, 8, "987,36 €", align="R", fill=True)

# payment and legal text
y += 30
pdf.set_xy(15, y)
pdf.set_font("Sans", "B", 8.5)
pdf.cell(0, 5, "Forma de pago: transferencia bancaria a 30 días", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(180, 4.4, "Banco Sabadell · IBAN ES87 0081 0126 3100 0289 1734 · BIC BSABESBB. Indique en el concepto el número de factura. "
               "Portes pagados en pedidos superiores a 300 € (base imponible).", align="L")
pdf.ln(3)
pdf.set_font("Mono", "", 6.5)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(180, 3.3,
               "Registro de facturación: alta · SIF FerreGest 7.4 (NIF productor B08123456) · Huella: "
               "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60\n"
               "URL cotejo: https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B65827131&numserie=FV25-001284&fecha=10-03-2025&importe=987.36", align="L")

pdf.set_font("Sans", "", 6.5)
pdf.set_xy(15, 280)
pdf.multi_cell(180, 3, "Distribuciones Ferreteras Llobregat, S.L. · Inscrita en el Registro Mercantil de Barcelona, Tomo 45.112, Folio 88, Hoja B-482917 · "
               "NIF B65827131. Sus datos se tratan conforme al RGPD (UE) 2016/679; puede ejercer sus derechos en protecciondatos@dfllobregat.es.",
               align="C")
pdf.output(out)
