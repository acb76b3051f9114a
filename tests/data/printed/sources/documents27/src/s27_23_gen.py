import json, os, sys, datetime as _dt
from decimal import Decimal as D
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
env = json.load(open(os.path.join(HERE, "s27_23_envios.json"), encoding="utf-8"))
F = "/usr/share/fonts/truetype/liberation2/"
def es(x):
    s = f"{D(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")
base_env = sum(D(e["imp"]) for e in env)
comb = (base_env * D("0.065")).quantize(D("0.01"))
seg = D("18.00")
base = base_env + comb + seg
iva = (base * D("0.21")).quantize(D("0.01"))
tot = base + iva

class Fac(FPDF):
    def header(self):
        self.set_fill_color(230, 90, 30); self.rect(0, 0, 210, 4, "F")
        self.set_xy(12, 9); self.set_font("LS", "B", 18); self.set_text_color(230, 90, 30); self.cell(90, 8, "TUL express")
        self.set_xy(12, 17); self.set_font("LS", "", 8); self.set_text_color(50)
        self.multi_cell(90, 3.7, "Transportes Urgentes Levante, S.L.\nPol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41\n46988 Paterna (Valencia)\nN.I.F.: ESB46120572\nTel. 961 55 04 20 · administracion@tulexpress.es")
        self.set_text_color(0)
        self.set_xy(120, 9); self.set_font("LS", "B", 14); self.cell(78, 8, "FACTURA", align="R")
        self.set_font("LS", "", 8.5)
        y = 18
        for k, v in [("Factura n.º:", "A25-004813"), ("Fecha factura:", "28/02/2025"), ("Periodo:", "01/02/2025 - 28/02/2025"), ("Código cliente:", "430012877"), ("Página:", f"{self.page_no()} de {{nb}}")]:
            self.set_xy(120, y); self.cell(38, 4.3, k, align="R"); self.set_font("LS", "B", 8.5); self.cell(40, 4.3, v, align="R"); self.set_font("LS", "", 8.5); y += 4.3
        self.set_y(42)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 6.5); self.set_text_color(100)
        self.multi_cell(0, 3, "Transportes Urgentes Levante, S.L. Inscrita en el Registro Mercantil de Valencia, Tomo 9.876, Libro 7.158, Folio 112, Hoja V-158771.\n"
            "Sus datos personales son tratados conforme al RGPD (UE) 2016/679 para la gestión de la relación comercial. Puede ejercer sus derechos en lopd@tulexpress.es.", align="C")
        self.set_text_color(0)

pdf = Fac(format="A4", unit="mm")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_creation_date(_dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1743465600")), _dt.timezone.utc))
pdf.set_creator("TUL Gestión 4.1")
pdf.set_auto_page_break(True, 22); pdf.set_margins(12, 42, 12)
pdf.add_page()
pdf.set_xy(110, 44); pdf.set_draw_color(160); pdf.set_font("LS", "B", 8); pdf.cell(88, 5, " CLIENTE", border="LTR")
pdf.set_xy(110, 49); pdf.set_font("LS", "", 9)
pdf.multi_cell(88, 4.3, " Halvorsen Industrial Ibérica, S.L.\n Dpto. Cuentas a Pagar\n Avda. de la Industria 18, Nave 4\n 28108 Alcobendas (Madrid)\n NIF: B65309189", border="LBR")
pdf.set_xy(12, 46); pdf.set_font("LS", "", 8.5)
pdf.multi_cell(90, 4.2, "Forma de pago: Transferencia a 30 días\nVencimiento: 30/03/2025\nBanco: CaixaBank\nIBAN: ES08 2100 0813 6102 0045 7734\nRef. pedido cliente: HIB-OC-2025-0117")
pdf.set_y(76)
pdf.set_font("LS", "B", 10); pdf.cell(0, 6, "Detalle de envíos del periodo"); pdf.ln(7)
cols = [("Fecha", 18, "L"), ("N.º albarán", 28, "L"), ("Servicio", 32, "L"), ("Destino", 34, "L"), ("C.P.", 14, "C"), ("Bultos", 14, "R"), ("Kg", 14, "R"), ("Importe €", 32, "R")]
def th():
    pdf.set_font("LS", "B", 8); pdf.set_fill_color(250, 225, 210)
    for h, w, a in cols: pdf.cell(w, 5.5, h, align=a, fill=True)
    pdf.ln(); pdf.set_font("LS", "", 8)
th()
for e in env:
    if pdf.get_y() > 268:
        pdf.add_page(); pdf.set_y(44); th()
    for (h, w, a), v in zip(cols, [e["fecha"], e["albaran"], e["serv"], e["dest"], e["cp"], str(e["bultos"]), str(e["kg"]), es(e["imp"])]):
        pdf.cell(w, 4.6, v, align=a)
    pdf.ln()
pdf.set_draw_color(120); pdf.line(12, pdf.get_y() + 1, 198, pdf.get_y() + 1); pdf.ln(3)
pdf.set_font("LS", "B", 8.5); pdf.cell(154, 5, f"Total envíos: {len(env)}"); pdf.cell(32, 5, es(base_env), align="R"); pdf.ln(9)
if pdf.get_y() > 215:
    pdf.add_page(); pdf.set_y(46)
pdf.set_font("LS", "B", 9); pdf.cell(0, 5, "Resumen de conceptos"); pdf.ln(6)
pdf.set_font("LS", "", 9)
for k, v in [("Portes envíos del periodo", base_env), ("Recargo por combustible 6,5 %", comb), ("Seguro de mercancía (póliza flotante)", seg)]:
    pdf.cell(120, 5, k); pdf.cell(66, 5, es(v) + " €", align="R"); pdf.ln()
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("LS", "B", 8.5); pdf.set_fill_color(250, 225, 210)
for h, w in [("Base imponible", 50), ("% IVA", 30), ("Cuota IVA", 50), ("TOTAL FACTURA", 56)]:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.ln(); pdf.set_font("LS", "", 10)
for v, w in [(es(base) + " €", 50), ("21 %", 30), (es(iva) + " €", 50)]:
    pdf.cell(w, 8, v, border=1, align="C")
pdf.set_font("LS", "B", 12); pdf.cell(56, 8, es(tot) + " €", border=1, align="C"); pdf.ln(12)
pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 3.8, "Descuento por pronto pago: no aplicable. Las reclamaciones sobre envíos deberán efectuarse en un plazo máximo de 7 días desde la entrega. "
    "Transporte sujeto a las condiciones generales de la Ley 15/2009 del contrato de transporte terrestre de mercancías. Indique el número de factura en la transferencia.")
pdf.output(sys.argv[1])
