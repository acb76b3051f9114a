import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

OUT = sys.argv[1]
for name, path in (("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                   ("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
                   ("LN", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf"),
                   ("LNB", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
                   ("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                   ("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, path))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def canvas(size, title):
    c = Canvas(OUT, pagesize=size, invariant=1, pageCompression=1, initialFontName="DV", initialFontSize=9)
    c.setTitle(title)
    c.setCreator("ReportLab")
    return c


"""Equipment-rental invoice (fatura de locação, not subject to ISS) with its bank slip (Brazil, Campinas SP),
Portuguese, two A4 pages: page 1 is the FATURA (número, data de emissão, vencimento, locador and locatário with
CNPJ, contract, items, valor total); page 2 holds only the boleto (recibo do pagador and ficha de compensação with
the linha digitável, nosso número, vencimento and valor do documento). Brazilian number format (18.745,60), dates
dd/mm/yyyy. ReportLab canvas, Liberation Sans.
Usage: python3 24_fatura_locacao_boleto_br.rl.py out.pdf"""

ITEMS = [('Locação plataforma elevatória tesoura 12 m — 01/03 a 31/03/2026', 2, '4850.00'), ('Locação gerador diesel 180 kVA silenciado — 01/03 a 31/03/2026', 1, '6200.00'), ('Locação torre de iluminação LED — 01/03 a 31/03/2026', 3, '890.00'), ('Frete de entrega e retirada (Campinas)', 1, '475.60')]
W, H = A4
LINHA = "99991.09201 26041.800017 84729.360010 2 14080001904560"


def br(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


c = canvas(A4, "Fatura 2026/0418")
c.setFont("LSB", 18)
c.setFillColor(HexColor("#1E6B3A"))
c.drawString(40, H - 55, "TERRAFORTE")
c.setFont("LS", 9)
c.drawString(40, H - 68, "locação de equipamentos")
c.setFillColor(black)
c.setFont("LS", 8.5)
for i, t in enumerate(["Terraforte Locação de Equipamentos Ltda.", "Rod. Anhanguera km 104, Galpão 7 — Campinas/SP — CEP 13065-900", "CNPJ 18.472.936/0001-80 · Inscrição Estadual isenta"]):
    c.drawRightString(W - 40, H - 50 - i * 11, t)
c.line(40, H - 90, W - 40, H - 90)
c.setFont("LSB", 14)
c.drawString(40, H - 115, "FATURA DE LOCAÇÃO Nº 2026/0418")
c.setFont("LS", 9)
info = [("Data de emissão:", "20/03/2026"), ("Vencimento:", "06/04/2026"), ("Contrato:", "CT-2025-0917"), ("Período:", "01/03/2026 a 31/03/2026")]
for i, (k, v) in enumerate(info):
    c.drawString(40, H - 135 - i * 12, k)
    c.drawString(130, H - 135 - i * 12, v)
c.setFont("LSB", 9)
c.drawString(320, H - 135, "Locatário")
c.setFont("LS", 9)
for i, t in enumerate(["Construtora Vale do Piracicaba S.A.", "Av. Independência 2291 — Piracicaba/SP", "CNPJ 09.471.825/0001-69"]):
    c.drawString(320, H - 147 - i * 12, t)
y = H - 210
c.setFillColor(HexColor("#DDEFE3"))
c.rect(40, y - 4, W - 80, 15, fill=1, stroke=0)
c.setFillColor(black)
c.setFont("LSB", 8.5)
c.drawString(44, y, "Descrição")
c.drawRightString(400, y, "Qtd.")
c.drawRightString(480, y, "Valor unit. R$")
c.drawRightString(W - 44, y, "Valor R$")
c.setFont("LS", 8.5)
total = D(0)
for d, qt, p in ITEMS:
    y -= 16
    v = qt * D(p)
    total += v
    c.drawString(44, y, d)
    c.drawRightString(400, y, str(qt))
    c.drawRightString(480, y, br(D(p)))
    c.drawRightString(W - 44, y, br(v))
y -= 24
c.setFont("LSB", 11)
c.drawString(300, y, "VALOR TOTAL DA FATURA")
c.drawRightString(W - 44, y, "R$ " + br(total))
c.setFont("LS", 8)
for i, t in enumerate(["Locação de bens móveis — operação não sujeita ao ISS (Súmula Vinculante 31 do STF) e dispensada de NFS-e.",
                       "Pagamento exclusivamente pelo boleto da página 2. Após o vencimento: multa de 2% e juros de 1% ao mês.",
                       "Dúvidas: financeiro@terraforte.example · (19) 3555-0418"]):
    c.drawString(40, y - 30 - i * 11, t)
c.drawRightString(W - 40, 40, "Página 1 de 2")
c.showPage()
# ---- page 2: boleto only
c.setFont("LS", 7)
c.drawRightString(W - 40, H - 40, "Página 2 de 2")
def box(x, y, w, h, label, value, bold=False, right=False):
    c.rect(x, y, w, h)
    c.setFont("LS", 6)
    c.drawString(x + 2, y + h - 7, label)
    c.setFont("LSB" if bold else "LS", 9)
    (c.drawRightString(x + w - 4, y + 3, value) if right else c.drawString(x + 3, y + 3, value))
top = H - 90
c.setFont("LSB", 9)
c.drawString(40, top, "RECIBO DO PAGADOR")
box(40, top - 30, 330, 22, "Beneficiário", "Terraforte Locação de Equipamentos Ltda. — CNPJ 18.472.936/0001-80")
box(370, top - 30, 185, 22, "Vencimento", "06/04/2026", True, True)
box(40, top - 52, 330, 22, "Pagador", "Construtora Vale do Piracicaba S.A. — CNPJ 09.471.825/0001-69")
box(370, top - 52, 185, 22, "Valor do documento", br(total), True, True)
box(40, top - 74, 165, 22, "Nosso número", "109/20260418-0")
box(205, top - 74, 165, 22, "Número do documento", "2026/0418")
box(370, top - 74, 185, 22, "Autenticação mecânica", "")
c.setDash(3, 3)
c.line(40, top - 100, W - 40, top - 100)
c.setDash()
y0 = top - 130
c.setFont("LSB", 13)
c.drawString(40, y0, "Banco Cafeeiro | 999-9 |")
c.setFont("LSB", 11.5)
c.drawRightString(W - 40, y0, LINHA)
rows = [
    [(40, 380, "Local de pagamento", "Pagável em qualquer banco até o vencimento"), (420, 135, "Vencimento", "06/04/2026")],
    [(40, 380, "Beneficiário", "Terraforte Locação de Equipamentos Ltda. — CNPJ 18.472.936/0001-80"), (420, 135, "Agência / Código beneficiário", "1847 / 29360-1")],
    [(40, 90, "Data do documento", "20/03/2026"), (130, 110, "Nº do documento", "2026/0418"), (240, 60, "Espécie doc.", "DM"), (300, 40, "Aceite", "N"),
     (340, 80, "Data processamento", "20/03/2026"), (420, 135, "Nosso número", "109/20260418-0")],
    [(40, 90, "Uso do banco", ""), (130, 60, "Carteira", "109"), (190, 50, "Espécie", "R$"), (240, 100, "Quantidade", ""), (340, 80, "Valor", ""),
     (420, 135, "(=) Valor do documento", br(total))],
]
y = y0 - 12
for row in rows:
    y -= 24
    for x, w, lab, val in row:
        box(x, y, w, 24, lab, val, lab.startswith("(=)") or lab == "Vencimento", x == 420)
y -= 70
c.rect(40, y, 380, 70)
c.setFont("LS", 6)
c.drawString(42, y + 62, "Instruções (texto de responsabilidade do beneficiário)")
c.setFont("LS", 8)
for i, t in enumerate(["Após o vencimento cobrar multa de R$ 380,91 (2%) e juros de R$ 6,35 ao dia (1% ao mês).", "Não receber após 30 dias do vencimento.", "Referente à fatura de locação 2026/0418 — contrato CT-2025-0917."]):
    c.drawString(44, y + 48 - i * 11, t)
for i, lab in enumerate(["(-) Desconto / Abatimento", "(+) Mora / Multa", "(=) Valor cobrado"]):
    box(420, y + 70 - (i + 1) * 23.3, 135, 23.3, lab, "")
y -= 40
c.rect(40, y, W - 80, 40)
c.setFont("LS", 6)
c.drawString(42, y + 32, "Pagador")
c.setFont("LS", 8.5)
c.drawString(44, y + 20, "Construtora Vale do Piracicaba S.A. — CNPJ 09.471.825/0001-69")
c.drawString(44, y + 8, "Av. Independência 2291 — Piracicaba/SP — CEP 13400-000")
c.setFont("LS", 6.5)
c.drawRightString(W - 40, y - 10, "Ficha de Compensação — Autenticação mecânica")
# barcode drawn as bars from the digits (interleaved 2 of 5 look-alike, decorative)
x = 40
for i, ch in enumerate(LINHA.replace(".", "").replace(" ", "")):
    wdt = 1.0 + (int(ch) % 3) * 0.8
    if i % 2 == 0:
        c.rect(x, y - 60, wdt, 42, fill=1, stroke=0)
    x += wdt + 2.6
c.save()
