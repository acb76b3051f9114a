import os, sys, datetime as _dt
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.add_font("S", "", F + "DejaVuSerif.ttf"); pdf.add_font("S", "B", F + "DejaVuSerif-Bold.ttf")
pdf.add_font("N", "", F + "DejaVuSansCondensed.ttf"); pdf.add_font("N", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_creation_date(_dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1743465600")), _dt.timezone.utc))
pdf.set_creator("Opera PMS"); pdf.set_title("Factura 25/0018723")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_font("S", "B", 20); pdf.set_text_color(120, 90, 40); pdf.set_xy(0, 14); pdf.cell(210, 9, "HOTEL MIRADOR DEL PORT", align="C")
pdf.add_font("DS", "", F + "DejaVuSans.ttf")
pdf.set_font("DS", "", 9); pdf.set_xy(0, 23); pdf.cell(210, 5, "★ ★ ★ ★   BARCELONA", align="C")
pdf.set_font("N", "", 7.5); pdf.set_text_color(80); pdf.set_xy(0, 29)
pdf.cell(210, 4, "Passeig de Colom 22 · 08002 Barcelona · Tel. +34 93 555 21 40 · reservas@miradordelport.es · HB-004417", align="C")
pdf.set_text_color(0)
pdf.set_draw_color(120, 90, 40); pdf.line(15, 36, 195, 36)
pdf.set_xy(15, 42); pdf.set_font("N", "B", 12); pdf.cell(80, 6, "FACTURA")
pdf.set_font("N", "", 8.5)
y = 50
for k, v in [("Factura n.º", "25/0018723"), ("Fecha", "21/03/2025"), ("N.º de reserva", "MDP-5518824"), ("Habitación", "612"), ("Llegada", "18/03/2025"), ("Salida", "21/03/2025"), ("Huésped", "Sr. Lindqvist, Erik"), ("Noches / Personas", "3 / 1")]:
    pdf.set_xy(15, y); pdf.set_text_color(100); pdf.cell(30, 4.5, k); pdf.set_text_color(0); pdf.set_font("N", "B", 8.5); pdf.cell(50, 4.5, v); pdf.set_font("N", "", 8.5); y += 4.6
pdf.set_xy(112, 44); pdf.set_font("N", "B", 8); pdf.set_text_color(100); pdf.cell(0, 4, "DATOS FISCALES DEL CLIENTE"); pdf.set_text_color(0)
pdf.set_xy(112, 49); pdf.set_font("N", "", 9.5)
pdf.multi_cell(83, 4.8, "Halvorsen Industrial Ibérica, S.L.\nAvda. de la Industria 18, Nave 4\n28108 Alcobendas (Madrid)\nNIF: B65309189\nRef. cliente: HIB-VIAJES-0325")
y = 96
cols = [("Fecha", 22, "L"), ("Concepto", 88, "L"), ("Cant.", 14, "R"), ("Precio", 22, "R"), ("% IVA", 14, "R"), ("Importe", 20, "R")]
pdf.set_xy(15, y); pdf.set_font("N", "B", 8); pdf.set_fill_color(242, 236, 224)
for h, w, a in cols: pdf.cell(w, 6, h, align=a, fill=True)
y += 7
rows = [("18/03/2025", "Alojamiento – habitación doble uso individual", "1", "142,00", "10", "142,00"),
        ("18/03/2025", "Parking cubierto", "1", "22,00", "21", "22,00"),
        ("19/03/2025", "Desayuno buffet", "1", "18,00", "10", "18,00"),
        ("19/03/2025", "Alojamiento – habitación doble uso individual", "1", "142,00", "10", "142,00"),
        ("19/03/2025", "Parking cubierto", "1", "22,00", "21", "22,00"),
        ("20/03/2025", "Desayuno buffet", "1", "18,00", "10", "18,00"),
        ("20/03/2025", "Minibar", "1", "12,50", "10", "12,50"),
        ("20/03/2025", "Alojamiento – habitación doble uso individual", "1", "142,00", "10", "142,00"),
        ("20/03/2025", "Parking cubierto", "1", "22,00", "21", "22,00"),
        ("21/03/2025", "Desayuno buffet", "1", "18,00", "10", "18,00"),
        ("21/03/2025", "Impuesto sobre estancias en establecimientos turísticos (IEET), 3 noches", "3", "7,50", "–", "22,50")]
pdf.set_font("N", "", 8.3)
for r in rows:
    pdf.set_xy(15, y)
    for (h, w, a), v in zip(cols, r): pdf.cell(w, 5, v, align=a)
    y += 5.4
pdf.line(15, y + 1, 195, y + 1); y += 5
pdf.set_xy(15, y); pdf.set_font("N", "B", 8); pdf.cell(0, 5, "Desglose de impuestos"); y += 6
pdf.set_font("N", "B", 8); pdf.set_xy(15, y)
for h, w in [("Tipo", 30), ("Base imponible", 35), ("Cuota IVA", 30), ("Total", 30)]: pdf.cell(w, 5.5, h, border=1, align="C", fill=True)
y += 5.5; pdf.set_font("N", "", 8.5)
for r in [("IVA 10 %", "492,50 €", "49,25 €", "541,75 €"), ("IVA 21 %", "66,00 €", "13,86 €", "79,86 €"), ("No sujeto (IEET)", "22,50 €", "0,00 €", "22,50 €")]:
    pdf.set_xy(15, y)
    for v, w in zip(r, [30, 35, 30, 30]): pdf.cell(w, 5.5, v, border=1, align="C")
    y += 5.5
x0 = 139; yy = y - 22
pdf.set_font("N", "", 9)
for k, v, b in [("Total base imponible", "558,50 €", False), ("Total cuota IVA", "63,11 €", False), ("Otros impuestos (IEET)", "22,50 €", False), ("TOTAL FACTURA", "644,11 €", True)]:
    pdf.set_xy(x0, yy); pdf.set_font("N", "B" if b else "", 10.5 if b else 8.5)
    pdf.cell(34, 6, k); pdf.cell(22, 6, v, align="R"); yy += 6
y += 8
pdf.set_xy(15, y); pdf.set_font("N", "", 8.5)
pdf.multi_cell(180, 4.6, "Son: seiscientos cuarenta y cuatro euros con once céntimos.\n"
    "Forma de pago: crédito empresa – transferencia a 30 días fecha factura (cuenta de crédito HIB-0042).\n"
    "Entregas a cuenta: 0,00 €     Pendiente de pago: 644,11 €\n"
    "Transferencia a: Banco Sabadell · IBAN ES16 0081 0200 2100 0188 2457 · indicando el n.º de factura.")
y = pdf.get_y() + 12
pdf.set_xy(15, y); pdf.set_font("N", "", 8)
pdf.multi_cell(180, 4, "Firma del huésped: ____________________________\n\nGracias por su estancia. Esperamos volver a darle la bienvenida muy pronto.")
pdf.set_xy(15, 276); pdf.set_font("N", "", 6.8); pdf.set_text_color(110)
pdf.multi_cell(180, 3.2, "Hoteles Costa Mediterránea, S.A. · NIF A08274151 · Passeig de Colom 22, 08002 Barcelona · Inscrita en el Registro Mercantil de Barcelona, Tomo 41.227, Folio 88, Hoja B-388120.\n"
    "Sus datos son tratados por Hoteles Costa Mediterránea, S.A. con la finalidad de gestionar su estancia y la facturación. Más información en www.miradordelport.es/privacidad.", align="C")
pdf.output(sys.argv[1])
