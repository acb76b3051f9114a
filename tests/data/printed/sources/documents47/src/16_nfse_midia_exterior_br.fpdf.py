"""NFS-e (municipal electronic service invoice) for outdoor billboard advertising, Brazil (fpdf2).
Usage: python3 16_nfse_midia_exterior_br.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal as D

from fpdf import FPDF

SITES, BISEMANAS, RATE, LONA = 24, 2, D("1150.00"), D("380.00")
veic = SITES * BISEMANAS * RATE
prod = SITES * LONA
total = veic + prod
iss = (total * D("0.05")).quantize(D("0.01"))
assert (veic, prod, total, iss) == (D("55200.00"), D("9120.00"), D("64320.00"), D("3216.00"))


def brl(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R, Wd = 12, 198, 186
pdf.set_line_width(0.3)

# header box
pdf.rect(L, 10, Wd, 26)
pdf.line(150, 10, 150, 36)
pdf.set_xy(L + 2, 12)
pdf.set_font("LS", "B", 10)
pdf.cell(134, 5, "PREFEITURA DO MUNICÍPIO DE SÃO PAULO", align="C")
pdf.set_xy(L + 2, 17)
pdf.set_font("LS", "", 8.5)
pdf.cell(134, 5, "SECRETARIA MUNICIPAL DA FAZENDA", align="C")
pdf.set_xy(L + 2, 23)
pdf.set_font("LS", "B", 11)
pdf.cell(134, 6, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e", align="C")
pdf.set_xy(L + 2, 29)
pdf.set_font("LS", "", 7)
pdf.cell(134, 4, "RPS Nº 3911 Série A, emitido em 03/10/2025", align="C")
for i, (k, v) in enumerate([("Número da Nota", "00004187"), ("Data e Hora de Emissão", "03/10/2025 14:22:51"),
                            ("Código de Verificação", "KX7R-2M4Q")]):
    pdf.set_xy(151, 11 + i * 8.3)
    pdf.set_font("LS", "", 6.5)
    pdf.cell(46, 3, k)
    pdf.set_xy(151, 14 + i * 8.3)
    pdf.set_font("LS", "B", 9)
    pdf.cell(46, 4.5, v)


def section(y, title, lines, h):
    pdf.rect(L, y, Wd, h)
    pdf.set_xy(L, y + 1)
    pdf.set_font("LS", "B", 8.5)
    pdf.cell(Wd, 4.5, title, align="C")
    yy = y + 6.5
    for k, v in lines:
        pdf.set_xy(L + 3, yy)
        pdf.set_font("LS", "", 8)
        pdf.cell(pdf.get_string_width(k) + 1.5, 4.5, k)
        pdf.set_font("LS", "B", 8)
        pdf.cell(0, 4.5, v)
        yy += 4.6


section(38, "PRESTADOR DE SERVIÇOS", [
    ("Nome/Razão Social:", "Painel Paulista Mídia Exterior Ltda."),
    ("CPF/CNPJ:", "27.418.396/0001-48      Inscrição Municipal: 6.184.273-0"),
    ("Endereço:", "Rua Guaicurus, 1284 - Água Branca - CEP 05033-002"),
    ("Município:", "São Paulo      UF: SP      E-mail: faturamento@painelpaulista.example")], 27)
section(67, "TOMADOR DE SERVIÇOS", [
    ("Nome/Razão Social:", "Café Serra Alta Comércio de Alimentos Ltda."),
    ("CPF/CNPJ:", "18.362.047/0001-60      Inscrição Municipal: 3.902.118-4"),
    ("Endereço:", "Avenida Brigadeiro Faria Lima, 2170, conj. 81 - Jardim Paulistano - CEP 01451-000"),
    ("Município:", "São Paulo      UF: SP      E-mail: contasapagar@serraalta.example")], 27)

# discriminação
y = 96
pdf.rect(L, y, Wd, 92)
pdf.set_xy(L, y + 1)
pdf.set_font("LS", "B", 8.5)
pdf.cell(Wd, 4.5, "DISCRIMINAÇÃO DOS SERVIÇOS", align="C")
pdf.set_xy(L + 3, y + 8)
pdf.set_font("LS", "", 8.5)
txt = ("Veiculação de mídia exterior - outdoor (painéis de 9,00 x 3,00 m), conforme PI nº 2025/0917 da agência "
       "Bandeira Comunicação Ltda.\n"
       "Campanha: Serra Alta – Primavera 2025\n"
       "Período: bissemanas 19 e 20/2025 (15/09/2025 a 12/10/2025)\n"
       "Praça: São Paulo capital - zonas Oeste e Sul (mapa de pontos e relatório fotográfico anexos)\n"
       f"Quantidade de pontos (painéis): {SITES}\n\n")
pdf.multi_cell(Wd - 6, 4.6, txt)
# item table inside
yt = pdf.get_y()
cols = [(92, "Item", "L"), (22, "Qtde.", "R"), (34, "Valor unitário (R$)", "R"), (32, "Valor (R$)", "R")]
pdf.set_x(L + 3)
pdf.set_font("LS", "B", 8)
for w, t, a in cols:
    pdf.cell(w, 5, t, border="B", align=a)
pdf.ln(5)
pdf.set_font("LS", "", 8)
for item, q, u, v in [("Veiculação outdoor - valor por painel/bissemana", f"{SITES * BISEMANAS}", brl(RATE), brl(veic)),
                      ("Produção e aplicação de lona impressa por painel", f"{SITES}", brl(LONA), brl(prod))]:
    pdf.set_x(L + 3)
    for (w, _, a), t in zip(cols, [item, q, u, v]):
        pdf.cell(w, 5, t, align=a)
    pdf.ln(5)
pdf.set_x(L + 3)
pdf.set_font("LS", "", 8)
pdf.multi_cell(Wd - 6, 4.4, f"\nValor por painel/bissemana: R$ {brl(RATE)} ({SITES} painéis x {BISEMANAS} bissemanas).\n"
               "Vencimento: 03/11/2025 - boleto bancário nº 23790.41877 anexo.\n"
               "Valor aproximado dos tributos: R$ 9.397,15 (14,61%) - Fonte: IBPT (Lei 12.741/2012).")

# valor total
y = 190
pdf.rect(L, y, Wd, 9)
pdf.set_xy(L, y + 2)
pdf.set_font("LS", "B", 10.5)
pdf.cell(Wd, 5, f"VALOR TOTAL DO SERVIÇO = R$ {brl(total)}", align="C")

# grid ISS
y = 201
heads = ["Código do Serviço", "Valor Total das Deduções (R$)", "Base de Cálculo (R$)", "Alíquota (%)", "Valor do ISS (R$)", "Crédito (R$)"]
vals = ["02496 - Veiculação de publicidade", "0,00", brl(total), "5,00%", brl(iss), "0,00"]
ws = [56, 30, 28, 20, 28, 24]
x = L
for h, v, w in zip(heads, vals, ws):
    pdf.rect(x, y, w, 13)
    pdf.set_xy(x + 1, y + 1)
    pdf.set_font("LS", "", 6.5)
    pdf.multi_cell(w - 2, 3, h, align="L")
    pdf.set_xy(x + 1, y + 7.5)
    pdf.set_font("LS", "B", 8)
    pdf.cell(w - 2, 4, v, align="C")
    x += w

# outras informações
y = 216
pdf.rect(L, y, Wd, 30)
pdf.set_xy(L, y + 1)
pdf.set_font("LS", "B", 8.5)
pdf.cell(Wd, 4.5, "OUTRAS INFORMAÇÕES", align="C")
pdf.set_xy(L + 3, y + 7)
pdf.set_font("LS", "", 7.5)
pdf.multi_cell(Wd - 6, 3.8,
               "(1) Esta NFS-e foi emitida com respaldo na Lei nº 14.097/2005. (2) ISS devido ao Município de São Paulo, não retido "
               "pelo tomador. (3) Data de vencimento do ISS desta NFS-e: 10/11/2025. (4) Esta NFS-e substitui o RPS Nº 3911 "
               "Série A, emitido em 03/10/2025.")
pdf.output(sys.argv[1])
