"""Transportes y Logística del Caribe - factura electrónica de venta (3 pages, carried-forward subtotals), reportlab platypus."""
import sys
import random
from decimal import Decimal as D, ROUND_HALF_UP
from datetime import date, timedelta
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

out = sys.argv[1] if len(sys.argv) > 1 else "23_freight_invoice_colombia.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", FD + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSNB", FD + "LiberationSansNarrow-Bold.ttf"))

ORANGE = colors.HexColor("#e36414")
NAVY = colors.HexColor("#0f4c5c")
W, H = letter


def cop(x):
    s = f"{x:,.2f}"
    return "$ " + s.replace(",", "X").replace(".", ",").replace("X", ".")


def num(x):
    return f"{x:,}".replace(",", ".")


st = ParagraphStyle("n", fontName="LS", fontSize=7.6, leading=9.6)
stb = ParagraphStyle("b", fontName="LSB", fontSize=8, leading=10)
sts = ParagraphStyle("s", fontName="LS", fontSize=6.6, leading=8.2, textColor=colors.HexColor("#444444"))

# ---- shipments (remesas) ------------------------------------------------------
rnd = random.Random(18427)
routes = [("Barranquilla", "Cartagena", 1850000), ("Barranquilla", "Santa Marta", 1420000),
          ("Barranquilla", "Bogotá", 6950000), ("Barranquilla", "Medellín", 6120000),
          ("Barranquilla", "Bucaramanga", 4980000), ("Cartagena", "Barranquilla", 1850000),
          ("Barranquilla", "Valledupar", 2760000), ("Barranquilla", "Montería", 3340000)]
plates = ["SXK 418", "TRB 207", "WHM 553", "SNZ 981", "TLC 114", "TLC 227", "UFR 360", "SXK 902", "TLC 305"]
rows = []
d0 = date(2025, 3, 1)
for i in range(64):
    d = d0 + timedelta(days=i * 30 // 64)
    o, dst, base = routes[rnd.randrange(len(routes))]
    kg = rnd.randrange(9800, 34000, 10)
    val = base + (rnd.randrange(0, 9) * 25000)
    rows.append([d.strftime("%d/%m/%Y"), f"RM-{25031000 + i * 7 + rnd.randrange(7)}", f"MC-{88410 + i}",
                 f"{o} - {dst}", plates[rnd.randrange(len(plates))], num(kg), D(val)])
services = [
    ("Cargue y descargue con montacargas (horas)", 46, D("185000")),
    ("Almacenamiento temporal en bodega Malambo (posiciones/día)", 380, D("9500")),
    ("Escolta vehicular ruta Barranquilla - Bogotá", 6, D("720000")),
    ("Cita de descargue y tiempos de espera (horas)", 22, D("95000")),
]

freight = sum(r[6] for r in rows)
serv_base = sum(q * p for _, q, p in services)
iva = (serv_base * D("0.19")).quantize(D("0.01"), ROUND_HALF_UP)
subtotal = freight + serv_base
total = subtotal + iva
rete_fte = (freight * D("0.01")).quantize(D("0.01"), ROUND_HALF_UP)
rete_iva = (iva * D("0.15")).quantize(D("0.01"), ROUND_HALF_UP)
neto = total - rete_fte - rete_iva


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("LS", 7.5)
            self.setFillColor(colors.black)
            self.drawRightString(W - 14 * mm, H - 15 * mm, f"Página {self._pageNumber} de {n}")
            super().showPage()
        super().save()


def on_page(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(14 * mm, H - 21 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(16 * mm, H - 19 * mm, 5 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont("LSB", 12)
    c.drawString(26 * mm, H - 16 * mm, "TRANSCARIBE LOGÍSTICA")
    c.setFont("LS", 7)
    c.drawString(26 * mm, H - 20 * mm, "Transportes y Logística del Caribe S.A.S. · NIT 900.418.273-4")
    c.setFillColor(colors.black)
    c.setFont("LSB", 8.5)
    c.drawRightString(W - 14 * mm, H - 11 * mm, "FACTURA ELECTRÓNICA DE VENTA No. TLC-18427")
    c.setStrokeColor(ORANGE)
    c.setLineWidth(1.2)
    c.line(14 * mm, H - 23 * mm, W - 14 * mm, H - 23 * mm)
    c.setFont("LS", 6.2)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(14 * mm, 10 * mm, "Autorización de numeración de facturación DIAN No. 18764061782254 del 2024-09-12, prefijo TLC, "
                 "rango 10001 al 30000, vigencia 24 meses. Representación gráfica de factura electrónica.")
    c.drawString(14 * mm, 7 * mm, "Software: LogiFact ERP v5 · Proveedor tecnológico: Facturatech S.A.S. NIT 900.214.556-1")
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=27 * mm,
                        bottomMargin=16 * mm, title="Factura electrónica de venta TLC-18427",
                        author="Transportes y Logística del Caribe S.A.S.", invariant=1)
story = []

# --- header block (page 1) -----------------------------------------------------
emis = Paragraph("<b>Transportes y Logística del Caribe S.A.S.</b><br/>NIT 900.418.273-4 · Responsable de IVA<br/>"
                 "Régimen común · Actividad económica CIIU 4923<br/>Vía 40 No. 73-290, Bodega 14, Barranquilla, Atlántico<br/>"
                 "PBX (605) 385 4410 · facturacion@transcaribe.com.co", st)
meta = Table([
    [Paragraph("Fecha de emisión", sts), Paragraph("<b>31/03/2025 18:42:05</b>", st)],
    [Paragraph("Fecha de vencimiento", sts), Paragraph("<b>30/04/2025</b>", st)],
    [Paragraph("Forma de pago", sts), Paragraph("Crédito 30 días", st)],
    [Paragraph("Medio de pago", sts), Paragraph("Transferencia débito bancaria", st)],
    [Paragraph("Orden de compra", sts), Paragraph("OC-4500331872", st)],
    [Paragraph("Periodo facturado", sts), Paragraph("01/03/2025 - 31/03/2025", st)],
], colWidths=[32 * mm, 52 * mm])
meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c7cc")),
                          ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
t = Table([[emis, meta]], colWidths=[96 * mm, 88 * mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story += [t, Spacer(1, 3 * mm)]
adq = Table([[Paragraph("<font color='#e36414'><b>ADQUIRIENTE</b></font><br/><b>Cementos y Prefabricados del Norte S.A.</b><br/>"
                        "NIT 860.512.774-1 · Gran contribuyente · Autorretenedor: No<br/>"
                        "Km 3 Vía Malambo - Sabanagrande, Malambo, Atlántico · cuentasporpagar@ceprenorte.com.co", st)]],
            colWidths=[184 * mm])
adq.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, ORANGE), ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm)]))
story += [adq, Spacer(1, 3 * mm)]
story.append(Paragraph("Servicio de transporte terrestre automotor de carga nacional (excluido de IVA, art. 476 num. 2 E.T.) "
                       "y servicios logísticos conexos, según relación de remesas del periodo:", st))
story.append(Spacer(1, 2 * mm))

HEAD = ["Fecha", "Remesa", "Manifiesto", "Origen - Destino", "Placa", "Peso kg", "Flete (COP)"]
CW = [19 * mm, 27 * mm, 22 * mm, 46 * mm, 19 * mm, 20 * mm, 31 * mm]


def table_for(chunk, lead=None, trail=None):
    data = [HEAD]
    if lead is not None:
        data.append(["", "", "", "Viene de la página anterior", "", "", cop(lead)])
    for r in chunk:
        data.append(r[:6] + [cop(r[6])])
    if trail is not None:
        data.append(["", "", "", trail[0], "", "", cop(trail[1])])
    tb = Table(data, colWidths=CW, repeatRows=1)
    sty = [("FONT", (0, 0), (-1, 0), "LSNB", 7.4), ("FONT", (0, 1), (-1, -1), "LSN", 7.6),
           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
           ("ALIGN", (5, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c9d3d6")),
           ("TOPPADDING", (0, 0), (-1, -1), 1.1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1)]
    if lead is not None:
        sty += [("FONT", (0, 1), (-1, 1), "LSNB", 7.6), ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#fdebd9"))]
    if trail is not None:
        sty += [("FONT", (0, -1), (-1, -1), "LSNB", 7.6), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#fdebd9"))]
    tb.setStyle(TableStyle(sty))
    return tb


P1, P2 = 24, 54
c1 = sum(r[6] for r in rows[:P1])
c2 = sum(r[6] for r in rows[:P2])
story.append(table_for(rows[:P1], trail=("Subtotal fletes a trasladar", c1)))
story.append(PageBreak())
story.append(table_for(rows[P1:P2], lead=c1, trail=("Subtotal fletes a trasladar", c2)))
story.append(PageBreak())
story.append(table_for(rows[P2:], lead=c2, trail=("Total fletes (excluidos de IVA)", freight)))
story.append(Spacer(1, 3 * mm))

sv = [["Servicios logísticos conexos (gravados 19%)", "Cant.", "Valor unit.", "Valor"]]
for d_, q, p in services:
    sv.append([d_, num(q), cop(p), cop(q * p)])
svt = Table(sv, colWidths=[104 * mm, 16 * mm, 32 * mm, 32 * mm])
svt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSNB", 7.4), ("FONT", (0, 1), (-1, -1), "LSN", 7.6),
                         ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                         ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c9d3d6"))]))
story += [svt, Spacer(1, 3 * mm)]

tot = [
    ["Total fletes (excluidos)", cop(freight)],
    ["Total servicios gravados", cop(serv_base)],
    ["Subtotal", cop(subtotal)],
    ["IVA 19% sobre " + cop(serv_base), cop(iva)],
    ["TOTAL FACTURA", cop(total)],
    ["(-) Retención en la fuente 1% transporte de carga", cop(rete_fte)],
    ["(-) ReteIVA 15%", cop(rete_iva)],
    ["NETO A PAGAR", cop(neto)],
]
tt = Table(tot, colWidths=[70 * mm, 36 * mm], hAlign="RIGHT")
tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                        ("FONT", (0, 4), (-1, 4), "LSB", 9), ("BACKGROUND", (0, 4), (-1, 4), colors.HexColor("#fdebd9")),
                        ("FONT", (0, 7), (-1, 7), "LSB", 9.5), ("BACKGROUND", (0, 7), (-1, 7), NAVY),
                        ("TEXTCOLOR", (0, 7), (-1, 7), colors.white), ("LINEABOVE", (0, 4), (-1, 4), 0.8, ORANGE)]))
story += [tt, Spacer(1, 3 * mm)]
story.append(Paragraph("<b>CUFE:</b> 49c02b10f715804651b1a404f4fcbed6406bf80e21f11bb28e103ebe257fc5637f9f1e8566d3182edcbc7c3936f3052c", sts))
story.append(Spacer(1, 1.5 * mm))
story.append(Paragraph("Pago a: Bancolombia S.A., cuenta corriente No. 524-418273-11, a nombre de Transportes y Logística del Caribe S.A.S. "
                       "Esta factura de venta se asimila en todos sus efectos a una letra de cambio (art. 774 Código de Comercio). "
                       "Las retenciones se indican para conciliación; el adquiriente es agente retenedor.", sts))
doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)
print(freight, serv_base, subtotal, iva, total, rete_fte, rete_iva, neto, c1, c2)
