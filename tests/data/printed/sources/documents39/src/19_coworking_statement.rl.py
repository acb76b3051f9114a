"""Colmeia Coworking - extrato de conta do cliente (trimestral), reportlab platypus, multi-page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "19_coworking_statement.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")
HONEY = colors.HexColor("#e0a100")
DARK = colors.HexColor("#3b2f1e")

ROWS = [
    ('02/01/2025', 'BOL-2024/1187', 'Pagamento boleto – NFS-e 2024/1187 (dez/2024)', '', '3.482,50', '0,00'),
    ('02/01/2025', 'MEN-jan/2025', 'Mensalidade jan/2025 – Plano Estação Fixa (4 posições)', '3.200,00', '', '3.200,00'),
    ('08/01/2025', 'RS-10411', 'Reserva Sala Ipê (6 lugares) – 2 h × R$ 85,00', '170,00', '', '3.370,00'),
    ('14/01/2025', 'DP-1401', 'Day pass convidados – 2 × R$ 65,00', '130,00', '', '3.500,00'),
    ('15/01/2025', 'RS-10472', 'Reserva Sala Jatobá (12 lugares) – 3 h × R$ 95,00', '285,00', '', '3.785,00'),
    ('22/01/2025', 'RS-10533', 'Reserva Sala Ipê (6 lugares) – 1 h × R$ 85,00', '85,00', '', '3.870,00'),
    ('29/01/2025', 'RS-10590', 'Reserva Auditório – meio período (4 h)', '650,00', '', '4.520,00'),
    ('31/01/2025', 'IMP-jan/2025', 'Impressões jan/2025 – 412 págs. × R$ 0,35', '144,20', '', '4.664,20'),
    ('31/01/2025', 'ARM-jan/2025', 'Armários individuais – 2 × R$ 60,00', '120,00', '', '4.784,20'),
    ('31/01/2025', 'NFS-e 2025/0112', 'Nota fiscal de serviços emitida – total jan/2025: R$ 4.784,20', '', '', '4.784,20'),
    ('03/02/2025', 'MEN-fev/2025', 'Mensalidade fev/2025 – Plano Estação Fixa (4 posições)', '3.200,00', '', '7.984,20'),
    ('05/02/2025', 'RS-10641', 'Reserva Sala Ipê (6 lugares) – 2 h × R$ 85,00', '170,00', '', '8.154,20'),
    ('10/02/2025', 'BOL-2025/0112', 'Pagamento boleto – NFS-e 2025/0112', '', '4.784,20', '3.370,00'),
    ('12/02/2025', 'RS-10702', 'Reserva Sala Ipê (6 lugares) – 1,5 h × R$ 85,00', '127,50', '', '3.497,50'),
    ('19/02/2025', 'RS-10768', 'Reserva Sala Jatobá (12 lugares) – 4 h × R$ 95,00', '380,00', '', '3.877,50'),
    ('20/02/2025', 'DP-2002', 'Day pass convidados – 3 × R$ 65,00', '195,00', '', '4.072,50'),
    ('26/02/2025', 'RS-10811', 'Reserva Cabine de podcast – 2 h × R$ 120,00', '240,00', '', '4.312,50'),
    ('28/02/2025', 'IMP-fev/2025', 'Impressões fev/2025 – 367 págs. × R$ 0,35', '128,45', '', '4.440,95'),
    ('28/02/2025', 'ARM-fev/2025', 'Armários individuais – 2 × R$ 60,00', '120,00', '', '4.560,95'),
    ('28/02/2025', 'NFS-e 2025/0258', 'Nota fiscal de serviços emitida – total fev/2025: R$ 4.560,95', '', '', '4.560,95'),
    ('03/03/2025', 'MEN-mar/2025', 'Mensalidade mar/2025 – Plano Estação Fixa (4 posições)', '3.200,00', '', '7.760,95'),
    ('06/03/2025', 'RS-10879', 'Reserva Sala Jatobá (12 lugares) – 2 h × R$ 95,00', '190,00', '', '7.950,95'),
    ('10/03/2025', 'BOL-2025/0258', 'Pagamento boleto – NFS-e 2025/0258', '', '4.560,95', '3.390,00'),
    ('11/03/2025', 'RS-10924', 'Reserva Sala Ipê (6 lugares) – 3 h × R$ 85,00', '255,00', '', '3.645,00'),
    ('13/03/2025', 'DP-1303', 'Day pass convidados – 4 × R$ 65,00', '260,00', '', '3.905,00'),
    ('18/03/2025', 'RS-10990', 'Reserva Auditório – meio período (4 h)', '650,00', '', '4.555,00'),
    ('20/03/2025', 'RS-11012', 'Reserva Sala Ipê (6 lugares) – 1 h × R$ 85,00', '85,00', '', '4.640,00'),
    ('27/03/2025', 'RS-11075', 'Reserva Cabine de podcast – 3 h × R$ 120,00', '360,00', '', '5.000,00'),
    ('31/03/2025', 'IMP-mar/2025', 'Impressões mar/2025 – 455 págs. × R$ 0,35', '159,25', '', '5.159,25'),
    ('31/03/2025', 'ARM-mar/2025', 'Armários individuais – 2 × R$ 60,00', '120,00', '', '5.279,25'),
    ('31/03/2025', 'NFS-e 2025/0391', 'Nota fiscal de serviços emitida – total mar/2025: R$ 5.279,25', '', '', '5.279,25'),
]

class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass page numbering: 'Página x de y'."""
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("DV", 7.5)
            self.setFillColor(colors.grey)
            self.drawRightString(A4[0] - 15 * mm, A4[1] - 24 * mm, f"Página {self._pageNumber} de {n}")
            super().showPage()
        super().save()

def header(c, doc):
    c.saveState()
    # hexagon logo
    c.setFillColor(HONEY)
    p = c.beginPath()
    import math
    cx, cy, r = 21 * mm, A4[1] - 17 * mm, 5.5 * mm
    for i in range(6):
        ang = math.radians(60 * i + 30)
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(DARK)
    c.setFont("DVB", 15)
    c.drawString(29 * mm, A4[1] - 19 * mm, "colmeia coworking")
    c.setFont("DV", 7.5)
    c.drawString(29 * mm, A4[1] - 23.5 * mm, "Vila Madalena · São Paulo")
    c.setFont("DVB", 11)
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 16 * mm, "EXTRATO DE CONTA")
    c.setFont("DV", 7.5)
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 20 * mm, "Cliente CLI-00873 · Período 01/01/2025 a 31/03/2025")
    c.setStrokeColor(HONEY)
    c.setLineWidth(1.2)
    c.line(15 * mm, A4[1] - 27 * mm, A4[0] - 15 * mm, A4[1] - 27 * mm)
    # footer
    c.setFont("DV", 6.8)
    c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 12 * mm,
        "Colmeia Coworking Ltda. · CNPJ 27.418.653/0001-41 · Inscrição Municipal 6.184.233-7 · "
        "Rua Fradique Coutinho, 1632 – Vila Madalena, São Paulo – SP, 05416-001")
    c.drawCentredString(A4[0] / 2, 8.5 * mm, "financeiro@colmeiacoworking.com.br · (11) 3031-7720 · Documento sem valor fiscal; os valores foram faturados nas NFS-e indicadas.")
    c.restoreState()

s = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10.5)
sb = ParagraphStyle("sb", parent=s, fontName="DVB")
sr = ParagraphStyle("sr", parent=s, alignment=2)
srb = ParagraphStyle("srb", parent=sr, fontName="DVB")
P = Paragraph

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=32 * mm, bottomMargin=20 * mm,
                      title="Extrato de conta CLI-00873", author="Colmeia Coworking Ltda.", invariant=1)
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header)])
W = doc.width
story = []

info = Table([
    [P("<b>Cliente</b><br/>Pereira &amp; Costa Design Ltda.<br/>CNPJ 31.857.426/0001-90<br/>"
       "Rua Harmonia, 1250 – sala 3 (posições fixas E12 a E15)<br/>São Paulo – SP, 05435-001", s),
     Table([
        [P("Código do cliente", s), P("<b>CLI-00873</b>", sr)],
        [P("Data de emissão", s), P("<b>01/04/2025</b>", sr)],
        [P("Período", s), P("01/01/2025 a 31/03/2025", sr)],
        [P("Plano", s), P("Estação Fixa – 4 posições", sr)],
        [P("Contrato", s), P("CT-2023-0214", sr)],
     ], colWidths=[W * 0.2, W * 0.25], style=[("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)])],
], colWidths=[W * 0.53, W * 0.47])
info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("BOX", (0, 0), (0, 0), 0.6, HONEY), ("LEFTPADDING", (0, 0), (0, 0), 6)]))
story += [info, Spacer(1, 5 * mm)]

summ = Table([
    [P("Saldo anterior (31/12/2024)", s), P("Débitos no período", s), P("Créditos no período", s), P("Saldo atual (31/03/2025)", sb)],
    [P("R$ 3.482,50", sr), P("R$ 14.624,40", sr), P("R$ 12.827,65", sr), P("<b>R$ 5.279,25</b>", srb)],
], colWidths=[W / 4.0] * 4)
summ.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#c9b48a")),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbf3de")),
                          ("BACKGROUND", (3, 1), (3, 1), colors.HexColor("#fbf3de"))]))
story += [summ, Spacer(1, 6 * mm)]
story.append(P("<b>Movimentação do período</b>", s))
story.append(Spacer(1, 2 * mm))

s = ParagraphStyle("t", fontName="DV", fontSize=7.5, leading=9.5)
sb = ParagraphStyle("tb", parent=s, fontName="DVB")
sr = ParagraphStyle("tr", parent=s, alignment=2)
srb = ParagraphStyle("trb", parent=sr, fontName="DVB")
data = [[P("<b>Data</b>", s), P("<b>Documento</b>", s), P("<b>Histórico</b>", s),
         P("<b>Débito (R$)</b>", sr), P("<b>Crédito (R$)</b>", sr), P("<b>Saldo (R$)</b>", sr)]]
data.append([P("31/12/2024", s), P("", s), P("Saldo anterior", sb), P("", sr), P("", sr), P("3.482,50", sr)])
for d, doc_, h, deb, cred, bal in ROWS:
    data.append([P(d, s), P(doc_, s), P(h, s), P(deb, sr), P(cred, sr), P(bal, sr)])
data.append([P("", s), P("", s), P("Totais do período", sb), P("14.624,40", srb), P("12.827,65", srb), P("", sr)])
t = Table(data, colWidths=[W * 0.12, W * 0.15, W * 0.37, W * 0.12, W * 0.12, W * 0.12], repeatRows=1)
st = [("LINEBELOW", (0, 0), (-1, 0), 1, DARK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
      ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
      ("LINEABOVE", (0, -1), (-1, -1), 0.8, DARK)]
for i in range(2, len(data) - 1, 2):
    st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fdf9ef")))
t.setStyle(TableStyle(st))
story += [t, Spacer(1, 7 * mm)]

box = Table([
    [P("<b>Saldo a pagar</b>", s), P("<b>R$ 5.279,25</b>", srb)],
    [P("Vencimento do boleto (NFS-e 2025/0391)", s), P("<b>10/04/2025</b>", srb)],
    [P("Linha digitável", s), P("34191.79001 01043.510047 91020.150008 1 10470000527925", sr)],
], colWidths=[W * 0.45, W * 0.55])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, HONEY), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbf3de"))]))
story += [box, Spacer(1, 4 * mm)]
story.append(P("Pagamentos via boleto ou Pix (chave CNPJ 27.418.653/0001-41). Após o vencimento incidem multa de 2% e juros de 1% ao mês. "
               "Pagamentos efetuados após 31/03/2025 não constam deste extrato. Dúvidas: financeiro@colmeiacoworking.com.br.",
               ParagraphStyle("n", parent=s, fontSize=7.5, textColor=colors.HexColor("#555555"))))

doc.build(story, canvasmaker=NumberedCanvas)
