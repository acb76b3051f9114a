import sys, datetime
from decimal import Decimal, ROUND_HALF_UP
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "05_factura_distribucion_alimentaria.pdf"
F = "/usr/share/fonts/truetype/liberation2/"

def r2(x): return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
def es(x): return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

items = [  # code, description, qty, unit, price, discount %, vat %
 ("HAR01", "Harina de trigo T55, saco 25 kg", "4", "ud", "17.80", 0, 4),
 ("HUE12", "Huevos camperos L, bandeja 30 ud", "10", "ud", "7.95", 0, 4),
 ("LEC01", "Leche entera UHT 1 L, caja 6", "8", "cj", "5.64", 0, 4),
 ("QUE07", "Queso manchego curado D.O.P.", "6.35", "kg", "16.40", 0, 4),
 ("ARR05", "Arroz bomba D.O. Calasparra, 5 kg", "3", "ud", "24.60", 0, 10),
 ("TER03", "Solomillo de ternera de Navarra I.G.P.", "9.80", "kg", "28.50", 0, 10),
 ("BAC02", "Lomos de bacalao desalado", "5.20", "kg", "19.90", 0, 10),
 ("AGU15", "Agua mineral 1,5 L, pack 6", "12", "pk", "2.35", 0, 10),
 ("VIN44", "Vino tinto D.O. Navarra crianza 75 cl", "24", "bt", "6.85", 5, 21),
 ("CER33", "Cerveza lager 33 cl, caja 24", "6", "cj", "17.40", 0, 21),
 ("LIM09", "Lavavajillas industrial 10 L", "2", "ud", "21.75", 0, 21),
]
bases = {4: Decimal(0), 10: Decimal(0), 21: Decimal(0)}
lines = []
for code, desc, q, u, p, dto, iva in items:
    imp = r2(Decimal(q) * Decimal(p) * (Decimal(100 - dto) / 100))
    bases[iva] += imp
    lines.append((code, desc, q.replace(".", ","), u, es(Decimal(p)), f"{dto}" if dto else "", es(imp), f"{iva}"))
cuotas = {k: r2(v * k / 100) for k, v in bases.items()}
base_tot = sum(bases.values()); cuota_tot = sum(cuotas.values()); total = base_tot + cuota_tot

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
G = (150, 30, 40)
# letterhead
pdf.set_font("LS", "B", 19); pdf.set_text_color(*G)
pdf.set_xy(12, 12); pdf.cell(120, 9, "Comercial Alimentaria Ebro, S.L.")
pdf.set_text_color(0); pdf.set_font("LS", "", 8.5)
pdf.set_xy(12, 22); pdf.multi_cell(100, 4, "Polígono La Barrena, calle C nº 14\n31500 Tudela (Navarra)\nCIF B31584207 · Tel. 948 41 27 60\npedidos@alimentaria-ebro.example")
# customer box
pdf.set_draw_color(*G); pdf.rect(118, 14, 80, 32)
pdf.set_font("LS", "", 7); pdf.set_xy(120, 15); pdf.cell(60, 4, "CLIENTE")
pdf.set_font("LS", "B", 10); pdf.set_xy(120, 20); pdf.cell(76, 5, "Restaurante El Mirador de Tudela, S.L.")
pdf.set_font("LS", "", 9); pdf.set_xy(120, 26)
pdf.multi_cell(76, 4.3, "Paseo del Queiles, 22\n31500 Tudela (Navarra)\nCIF B71203388")
# title
pdf.set_font("LS", "B", 15); pdf.set_xy(12, 52); pdf.cell(60, 8, "FACTURA")
# header grid: labels above values
cols = [("FACTURA Nº", "A-2025/0731", 34), ("FECHA", "28/02/2025", 26), ("Nº CLIENTE", "4417", 24),
        ("PEDIDO", "PV-25-1906", 28), ("FORMA DE PAGO", "Recibo domiciliado", 40), ("VENCIMIENTO", "30/03/2025", 34)]
x = 12; y = 62
for lab, val, w in cols:
    pdf.set_fill_color(*G); pdf.set_text_color(255); pdf.set_font("LS", "B", 7.5)
    pdf.set_xy(x, y); pdf.cell(w, 5.5, lab, border=1, align="C", fill=True)
    pdf.set_text_color(0); pdf.set_font("LS", "", 9.5)
    pdf.set_xy(x, y + 5.5); pdf.cell(w, 7, val, border=1, align="C")
    x += w
# items
y = 82
heads = [("CÓDIGO", 17, "L"), ("DESCRIPCIÓN", 68, "L"), ("CANT.", 15, "R"), ("UD", 9, "C"), ("PRECIO", 19, "R"),
         ("DTO %", 13, "R"), ("IMPORTE", 23, "R"), ("IVA %", 22, "R")]
pdf.set_font("LS", "B", 7.5); pdf.set_fill_color(235, 225, 225)
x = 12
for h, w, a in heads:
    pdf.set_xy(x, y); pdf.cell(w, 6, h, border="TB", align=a, fill=True); x += w
y += 7; pdf.set_font("LS", "", 8.5)
for ln in lines:
    x = 12
    for (h, w, a), v in zip(heads, ln):
        pdf.set_xy(x, y); pdf.cell(w, 5.5, v, align=a); x += w
    y += 5.5
pdf.line(12, y + 1, 198, y + 1)
pdf.set_font("LS", "", 8); pdf.set_xy(12, y + 3)
pdf.cell(120, 4, "Albaranes: ALB-25-03102 (21/02/2025), ALB-25-03188 (25/02/2025)")
# tax breakdown table at bottom
y = 214
pdf.set_font("LS", "B", 7.5)
tx = [("BASE IMPONIBLE", 34), ("% IVA", 16), ("CUOTA IVA", 28)]
x = 12
for h, w in tx:
    pdf.set_xy(x, y); pdf.cell(w, 5.5, h, border=1, align="C", fill=True); x += w
y += 5.5; pdf.set_font("LS", "", 9)
for k in (4, 10, 21):
    x = 12
    for v, (h, w) in zip((es(bases[k]), f"{k} %", es(cuotas[k])), tx):
        pdf.set_xy(x, y); pdf.cell(w, 6, v, border=1, align="R"); x += w
    y += 6
# totals box bottom right
bx, by = 128, 214
rows = [("Suma bases imponibles", es(base_tot) + " €"), ("Total cuotas IVA", es(cuota_tot) + " €")]
pdf.set_font("LS", "", 9.5)
for i, (l, v) in enumerate(rows):
    pdf.set_xy(bx, by + i * 7); pdf.cell(40, 7, l, border="LT" if i == 0 else "L")
    pdf.set_xy(bx + 40, by + i * 7); pdf.cell(30, 7, v, border="RT" if i == 0 else "R", align="R")
pdf.set_fill_color(*G); pdf.set_text_color(255); pdf.set_font("LS", "B", 11)
pdf.set_xy(bx, by + 14); pdf.cell(40, 9, "TOTAL FACTURA", border=1, fill=True)
pdf.set_xy(bx + 40, by + 14); pdf.cell(30, 9, es(total) + " €", border=1, fill=True, align="R")
pdf.set_text_color(0)
pdf.set_font("LS", "", 7.5); pdf.set_xy(12, 250)
pdf.multi_cell(186, 3.6, "Domiciliación bancaria: ES21 2100 5163 4102 0011 8842 (CaixaBank). El recibo se presentará al cobro en la fecha de vencimiento indicada.\n"
    "Comercial Alimentaria Ebro, S.L. - Inscrita en el Registro Mercantil de Navarra, Tomo 1422, Folio 118, Hoja NA-27719. "
    "De conformidad con el Reglamento (UE) 2016/679, sus datos se tratan para la gestión de la relación comercial.")
pdf.output(out)
