"""Freelance software developer's fatura-recibo (Portugal, Porto -> Lisboa), in Portuguese: the self-employed
developer's name, NIF and activity code at the top left, a framed document box at the top right (FATURA-RECIBO, número
FR 2026/14, ATCUD, data de emissão, data de vencimento = pagamento), "Adquirente" block with the client company's
NIF, a service table (backend development hours for February, code review hours, travel expenses), summary with
incidência, IVA 23 %, total do documento, retenção na fonte IRS 23 % (art. 101.º CIRS) on the fees only and "Total a
receber", the AT QR code (drawn with ReportLab's QR widget from the AT string), payment by transfer to an IBAN and
the "processado por programa certificado" line. ReportLab canvas, Liberation Serif + Liberation Sans.
Usage: python3 21_fatura_recibo_freelancer_pt.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("SR", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("SB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
STATE_DEFAULTS["fontName"] = "LS"   # the QR drawing would otherwise select the non-embedded base-14 Helvetica
INK = colors.HexColor("#1e1e1e")
GREEN = colors.HexColor("#1f6f50")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#cccccc")

q2 = lambda x: x.quantize(D("0.01"), ROUND_HALF_UP)
LINES = [("Desenvolvimento de API backend (Python/FastAPI), projeto Tejo Pay – fevereiro 2026", D("96"), "h", D("45.00"), True),
         ("Revisão de código e pair programming", D("8"), "h", D("45.00"), True),
         ("Despesas de deslocação Porto–Lisboa (reunião 19/02/2026), não sujeitas a retenção", D("1"), "un", D("84.60"), False)]
AMTS = [q2(q * p) for _, q, _, p, _ in LINES]
BASE = sum(AMTS)
FEES = sum(a for a, ln in zip(AMTS, LINES) if ln[4])
IVA = q2(BASE * D("0.23"))
TOTAL = BASE + IVA
RET = q2(FEES * D("0.23"))
NET = TOTAL - RET
assert (BASE, IVA, TOTAL, RET, NET) == (D("4764.60"), D("1095.86"), D("5860.46"), D("1076.40"), D("4784.06")), \
    (BASE, IVA, TOTAL, RET, NET)


def m(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("Fatura-Recibo FR 2026/14")
c.setAuthor("Tiago Miguel Rocha Antunes")
W, H = A4
L, R = 18 * mm, W - 18 * mm


def t(x, y, s, f="LS", size=9, col=INK, align="l"):
    c.setFont(f, size)
    c.setFillColor(col)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)


t(L, H - 24 * mm, "Tiago Miguel Rocha Antunes", "SB", 16, GREEN)
for i, s in enumerate(["Desenvolvimento de software · trabalhador independente", "Rua de Cedofeita 412, 3.º Esq., 4050-174 Porto",
                       "NIF 238417590 · CAE 62010 · Art. 151.º CIRS: 1332", "tiago.antunes@dev.example · +351 912 418 273"]):
    t(L, H - 30 * mm - i * 4.3 * mm, s, "LS", 8.2, GREY)

bx, by, bw, bh = R - 72 * mm, H - 50 * mm, 72 * mm, 34 * mm
c.setStrokeColor(GREEN)
c.setLineWidth(1)
c.rect(bx, by, bw, bh)
t(bx + 4 * mm, by + bh - 7 * mm, "FATURA-RECIBO", "LSB", 12, GREEN)
for i, (k, v) in enumerate([("N.º", "FR 2026/14"), ("ATCUD", "JJ7K3M2P-14"), ("Data de emissão", "16/03/2026"),
                            ("Data de pagamento", "16/03/2026"), ("Original", "")]):
    if not k or k == "Original":
        t(bx + 4 * mm, by + bh - 13 * mm - i * 4.4 * mm, "Original", "LS", 7.4, GREY)
        continue
    t(bx + 4 * mm, by + bh - 13 * mm - i * 4.4 * mm, k, "LS", 8, GREY)
    t(bx + 36 * mm, by + bh - 13 * mm - i * 4.4 * mm, v, "LSB", 8.4)

y = H - 62 * mm
t(L, y, "ADQUIRENTE", "LSB", 7.2, GREEN)
for i, s in enumerate(["Tejo Digital Labs, Lda.", "Avenida Infante D. Henrique 333, Edifício 2, 1800-282 Lisboa", "NIF 516204734"]):
    t(L, y - 5 * mm - i * 4.6 * mm, s, "SB" if i == 0 else "SR", 10.5 if i == 0 else 9.5)
t(R, y - 5 * mm, "Contrato de prestação de serviços n.º TDL-2025-07", "SR", 8.6, GREY, "r")
t(R, y - 9.6 * mm, "Período: 01/02/2026 a 28/02/2026", "SR", 8.6, GREY, "r")

y -= 26 * mm
c.setFillColor(GREEN)
c.rect(L, y - 2 * mm, R - L, 6.5 * mm, stroke=0, fill=1)
for x, s, a in [(L + 2 * mm, "Descrição", "l"), (L + 118 * mm, "Qtd.", "r"), (L + 128 * mm, "Un.", "l"),
                (L + 152 * mm, "Preço (€)", "r"), (R - 2 * mm, "Valor (€)", "r")]:
    t(x, y, s, "LSB", 8, colors.white, a)
y -= 8 * mm
for (d, qn, u, p, _), a in zip(LINES, AMTS):
    t(L + 2 * mm, y, d, "SR", 8.8)
    t(L + 118 * mm, y, f"{qn}", "SR", 8.8, align="r")
    t(L + 128 * mm, y, u, "SR", 8.8)
    t(L + 152 * mm, y, m(p), "SR", 8.8, align="r")
    t(R - 2 * mm, y, m(a), "SR", 8.8, align="r")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)
    y -= 7.4 * mm

y -= 4 * mm
rows = [("Incidência (valor tributável)", m(BASE), False), ("IVA à taxa normal de 23%", m(IVA), False),
        ("Total do documento", m(TOTAL), True), ("Retenção na fonte IRS 23% (sobre " + m(FEES) + ")", "-" + m(RET), False),
        ("Total a receber (€)", m(NET), True)]
for k, v, b in rows:
    if b:
        c.setFillColor(colors.HexColor("#e6f1ec"))
        c.rect(L + 88 * mm, y - 2.2 * mm, R - L - 88 * mm, 6.6 * mm, stroke=0, fill=1)
    t(L + 90 * mm, y, k, "LSB" if b else "LS", 9 if b else 8.6)
    t(R - 2 * mm, y, v, "LSB" if b else "LS", 9 if b else 8.6, align="r")
    y -= 7 * mm

qr_data = ("A:238417590*B:516204734*C:PT*D:FR*E:N*F:20260316*G:FR 2026/14*H:JJ7K3M2P-14*I1:PT*I7:4764.60*I8:1095.86*"
           "N:1095.86*O:5860.46*P:1076.40*Q:k9Xf*R:1332")
w = QrCodeWidget(qr_data, barLevel="M")
b = w.getBounds()
size = 30 * mm
d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
d.add(w)
renderPDF.draw(d, c, L, y - 30 * mm)
t(L + 34 * mm, y - 6 * mm, "Pagamento recebido por transferência bancária em 16/03/2026", "SR", 9)
t(L + 34 * mm, y - 11 * mm, "IBAN PT50 0035 0418 0028 4719 3602 5 (Caixa Geral de Depósitos)", "SR", 9)
t(L + 34 * mm, y - 16 * mm, "Retenção na fonte a entregar pelo adquirente nos termos do art. 101.º do CIRS.", "SR", 8.4, GREY)
t(L + 34 * mm, y - 21 * mm, "Sujeito passivo no regime normal de IVA, periodicidade trimestral.", "SR", 8.4, GREY)

c.setStrokeColor(RULE)
c.line(L, 20 * mm, R, 20 * mm)
t(L, 15 * mm, "JJ7K-Processado por programa certificado n.º 0/AT – Portal das Finanças (Faturas e Recibos Verdes)", "LS", 7,
  GREY)
t(R, 15 * mm, "Página 1 de 1", "LS", 7, GREY, "r")
c.showPage()
c.save()
