"""DANFE (NF-e printout) for industrial transmission parts, Jundiaí SP -> Betim MG, reportlab canvas."""
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "21_danfe_industrial_parts_br.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSN", FD + "LiberationSansNarrow-Regular.ttf"))

W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("DANFE NF-e 000.048.217")
c.setAuthor("METALÚRGICA TRANSMIX INDÚSTRIA E COMÉRCIO LTDA")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def br(x, nd=2):
    s = f"{x:,.{nd}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def box(x, y, w, h, label, value="", vsize=8, bold=False, align="L"):
    """x,y in mm from top-left; draws labelled cell (label above value)."""
    X, Y = x * mm, H - (y + h) * mm
    c.setLineWidth(0.5)
    c.rect(X, Y, w * mm, h * mm)
    c.setFont("LS", 5.2)
    c.drawString(X + 1 * mm, Y + h * mm - 2.2 * mm, label)
    if value:
        c.setFont("LSB" if bold else "LS", vsize)
        if align == "R":
            c.drawRightString(X + w * mm - 1 * mm, Y + 1.3 * mm, value)
        elif align == "C":
            c.drawCentredString(X + w * mm / 2, Y + 1.3 * mm, value)
        else:
            c.drawString(X + 1 * mm, Y + 1.3 * mm, value)


ITEMS = [
    ("TMX-RED-40-30", "REDUTOR COROA/SEM-FIM TMX40 i=1:30 FLANGE B14", "84834010", "000", "6101", "PC", 24, "1286.40"),
    ("TMX-RED-63-40", "REDUTOR COROA/SEM-FIM TMX63 i=1:40 PES", "84834010", "000", "6101", "PC", 12, "2194.70"),
    ("TMX-ACP-48", "ACOPLAMENTO ELASTICO GARRA AE-48 FURO 38H7", "84836090", "000", "6101", "PC", 40, "186.35"),
    ("TMX-POL-B2-200", "POLIA V 2 CANAIS PERFIL B D=200 BUCHA TAPER", "84835090", "000", "6101", "PC", 30, "142.80"),
    ("TMX-EIX-40-600", "EIXO TRANSMISSAO SAE 1045 D40x600 RETIFICADO", "84831090", "000", "6101", "PC", 20, "318.25"),
    ("TMX-MAN-UCP208", "MANCAL UCP 208 FERRO FUNDIDO COM ROLAMENTO", "84832000", "000", "6101", "PC", 48, "97.60"),
    ("TMX-ENG-Z17-M3", "ENGRENAGEM CILINDRICA M3 Z17 ACO 8620 CEMENTADA", "84834090", "000", "6101", "PC", 36, "164.90"),
    ("TMX-CORR-08B", "CORRENTE DE ROLOS 08B-1 SIMPLES (CAIXA 5 M)", "73151100", "000", "6101", "CX", 15, "212.40"),
]
ICMS_RATE = D("12")
IPI_RATE = D("5")
prod = D(0)
icms = D(0)
ipi = D(0)
lines = []
for code, desc, ncm, cst, cfop, un, q, vu in ITEMS:
    vt = r2(D(q) * D(vu))
    vi = r2(vt * ICMS_RATE / 100)
    vp = r2(vt * IPI_RATE / 100)
    prod += vt
    icms += vi
    ipi += vp
    lines.append((code, desc, ncm, cst, cfop, un, q, D(vu), vt, vi, vp))
total_nf = prod + ipi
dup1 = r2(total_nf / 2)
dup2 = total_nf - dup1

# --- canhoto (receipt stub) ---------------------------------------------------
box(8, 6, 160, 12, "RECEBEMOS DE METALÚRGICA TRANSMIX INDÚSTRIA E COMÉRCIO LTDA OS PRODUTOS/SERVIÇOS CONSTANTES DA NOTA FISCAL INDICADA AO LADO", "")
box(8, 18, 40, 9, "DATA DE RECEBIMENTO")
box(48, 18, 120, 9, "IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR")
c.setLineWidth(0.5)
c.rect(168 * mm, H - 27 * mm, 34 * mm, 21 * mm)
c.setFont("LSB", 9)
c.drawCentredString(185 * mm, H - 12 * mm, "NF-e")
c.setFont("LSB", 8)
c.drawCentredString(185 * mm, H - 18 * mm, "Nº 000.048.217")
c.drawCentredString(185 * mm, H - 23 * mm, "SÉRIE 001")
c.setDash(2, 2)
c.line(8 * mm, H - 29.5 * mm, 202 * mm, H - 29.5 * mm)
c.setDash()

# --- emitente / DANFE header ----------------------------------------------------
y0 = 32
c.rect(8 * mm, H - (y0 + 32) * mm, 80 * mm, 32 * mm)
c.setFont("LSB", 13)
c.setFillColor(colors.HexColor("#1a4d8f"))
c.drawString(11 * mm, H - (y0 + 8) * mm, "TRANSMIX")
c.setFillColor(colors.black)
c.setFont("LSB", 7.4)
c.drawString(11 * mm, H - (y0 + 13) * mm, "METALÚRGICA TRANSMIX INDÚSTRIA E COMÉRCIO LTDA")
c.setFont("LS", 6.8)
for i, t in enumerate(["AV. ANTONIO FREDERICO OZANAN, 9.120 - GALPÃO 4", "JARDIM SANTA GERTRUDES - JUNDIAÍ/SP - CEP 13214-206",
                       "FONE: (11) 4581-7730", "fiscal@transmix.ind.br"]):
    c.drawString(11 * mm, H - (y0 + 17.5 + i * 3.4) * mm, t)
c.rect(88 * mm, H - (y0 + 32) * mm, 34 * mm, 32 * mm)
c.setFont("LSB", 12)
c.drawCentredString(105 * mm, H - (y0 + 6) * mm, "DANFE")
c.setFont("LS", 6)
c.drawCentredString(105 * mm, H - (y0 + 9.5) * mm, "Documento Auxiliar da")
c.drawCentredString(105 * mm, H - (y0 + 12.3) * mm, "Nota Fiscal Eletrônica")
c.setFont("LS", 6.5)
c.drawString(90 * mm, H - (y0 + 17) * mm, "0 - ENTRADA")
c.drawString(90 * mm, H - (y0 + 20) * mm, "1 - SAÍDA")
c.rect(112 * mm, H - (y0 + 21) * mm, 6 * mm, 6 * mm)
c.setFont("LSB", 10)
c.drawCentredString(115 * mm, H - (y0 + 19.6) * mm, "1")
c.setFont("LSB", 7.5)
c.drawCentredString(105 * mm, H - (y0 + 25) * mm, "Nº 000.048.217")
c.drawCentredString(105 * mm, H - (y0 + 28) * mm, "SÉRIE 001   FOLHA 1/1")
# barcode stand-in + chave
c.rect(122 * mm, H - (y0 + 32) * mm, 80 * mm, 32 * mm)
c.setFillColor(colors.black)
import random
rnd = random.Random(48217)
x = 125 * mm
while x < 199 * mm:
    wbar = rnd.choice([0.25, 0.5, 0.75]) * mm
    c.rect(x, H - (y0 + 12) * mm, wbar, 9 * mm, stroke=0, fill=1)
    x += wbar + rnd.choice([0.25, 0.5]) * mm
c.setFont("LS", 5.2)
c.drawString(123 * mm, H - (y0 + 15) * mm, "CHAVE DE ACESSO")
c.setFont("LSB", 7.6)
c.drawCentredString(162 * mm, H - (y0 + 19) * mm, "3525 0307 1834 2600 0177 5500 1000 0482 1714 0918 2733")
c.setFont("LS", 6.4)
c.drawCentredString(162 * mm, H - (y0 + 24) * mm, "Consulta de autenticidade no portal nacional da NF-e")
c.drawCentredString(162 * mm, H - (y0 + 27) * mm, "www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora")

y = y0 + 32
box(8, y, 114, 9, "NATUREZA DA OPERAÇÃO", "VENDA DE PRODUÇÃO DO ESTABELECIMENTO")
box(122, y, 80, 9, "PROTOCOLO DE AUTORIZAÇÃO DE USO", "135250418877316 - 17/03/2025 14:22:51", vsize=7.4)
y += 9
box(8, y, 64, 9, "INSCRIÇÃO ESTADUAL", "407.221.873.114")
box(72, y, 66, 9, "INSCRIÇÃO ESTADUAL DO SUBST. TRIBUT.", "")
box(138, y, 64, 9, "CNPJ", "07.183.426/0001-77")

# --- destinatário ----------------------------------------------------------------
y += 11
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "DESTINATÁRIO / REMETENTE")
box(8, y, 124, 9, "NOME / RAZÃO SOCIAL", "AGROMEC IMPLEMENTOS AGRÍCOLAS S.A.")
box(132, y, 42, 9, "CNPJ / CPF", "16.512.738/0002-59")
box(174, y, 28, 9, "DATA DA EMISSÃO", "17/03/2025")
y += 9
box(8, y, 94, 9, "ENDEREÇO", "ROD. FERNÃO DIAS, KM 492, S/N")
box(102, y, 50, 9, "BAIRRO / DISTRITO", "DISTRITO INDUSTRIAL")
box(152, y, 22, 9, "CEP", "32669-800")
box(174, y, 28, 9, "DATA DA SAÍDA/ENTRADA", "18/03/2025")
y += 9
box(8, y, 72, 9, "MUNICÍPIO", "BETIM")
box(80, y, 36, 9, "FONE / FAX", "(31) 3539-4100")
box(116, y, 12, 9, "UF", "MG")
box(128, y, 46, 9, "INSCRIÇÃO ESTADUAL", "062.418.775.0091")
box(174, y, 28, 9, "HORA DA SAÍDA", "07:40:00")

# --- fatura / duplicatas ---------------------------------------------------------
y += 11
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "FATURA / DUPLICATAS")
box(8, y, 64, 9, "Nº 000048217-001  VENC. 14/04/2025", "R$ " + br(dup1), vsize=7.6)
box(72, y, 64, 9, "Nº 000048217-002  VENC. 12/05/2025", "R$ " + br(dup2), vsize=7.6)
box(136, y, 66, 9, "COND. PAGAMENTO", "28/56 DDL - BOLETO ITAÚ", vsize=7.4)

# --- cálculo do imposto ----------------------------------------------------------
y += 11
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "CÁLCULO DO IMPOSTO")
cw = 194 / 6
for i, (lab, val) in enumerate([("BASE DE CÁLCULO DO ICMS", br(prod)), ("VALOR DO ICMS", br(icms)),
                                ("BASE DE CÁLC. ICMS S.T.", "0,00"), ("VALOR DO ICMS SUBST.", "0,00"),
                                ("VALOR IMP. IMPORTAÇÃO", "0,00"), ("VALOR TOTAL DOS PRODUTOS", br(prod))]):
    box(8 + i * cw, y, cw, 9, lab, val, align="R")
y += 9
for i, (lab, val) in enumerate([("VALOR DO FRETE", "0,00"), ("VALOR DO SEGURO", "0,00"), ("DESCONTO", "0,00"),
                                ("OUTRAS DESPESAS ACESSÓRIAS", "0,00"), ("VALOR DO IPI", br(ipi)), ("VALOR TOTAL DA NOTA", br(total_nf))]):
    box(8 + i * cw, y, cw, 9, lab, val, align="R", bold=(i == 5))

# --- transportador -----------------------------------------------------------------
y += 11
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "TRANSPORTADOR / VOLUMES TRANSPORTADOS")
box(8, y, 70, 9, "RAZÃO SOCIAL", "TRANSPORTADORA RODOMINAS LTDA", vsize=7.2)
box(78, y, 34, 9, "FRETE POR CONTA", "1-DESTINATÁRIO", vsize=7.2)
box(112, y, 22, 9, "PLACA DO VEÍCULO", "RTA4G17", vsize=7.2)
box(134, y, 10, 9, "UF", "MG", vsize=7.2)
box(144, y, 58, 9, "CNPJ / CPF", "21.473.826/0001-40", vsize=7.2)
y += 9
xx = 8
for lab, val, w in [("QUANTIDADE", "14", 22), ("ESPÉCIE", "VOLUMES", 30), ("MARCA", "TRANSMIX", 30), ("NUMERAÇÃO", "1 A 14", 30),
                    ("PESO BRUTO", "1.486,300", 41), ("PESO LÍQUIDO", "1.392,800", 41)]:
    box(xx, y, w, 9, lab, val, vsize=7.2, align="R" if "PESO" in lab else "L")
    xx += w

# --- produtos ----------------------------------------------------------------------
y += 11
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "DADOS DOS PRODUTOS / SERVIÇOS")
cols = [("CÓDIGO", 22), ("DESCRIÇÃO DO PRODUTO / SERVIÇO", 54), ("NCM/SH", 13), ("CST", 7), ("CFOP", 8), ("UN", 6),
        ("QUANT.", 10), ("V. UNIT.", 14), ("V. TOTAL", 16), ("BC ICMS", 16), ("V. ICMS", 12), ("V. IPI", 10), ("ALÍQ ICMS/IPI", 6)]
tot_w = sum(w for _, w in cols)
scale = 194 / tot_w
cols = [(n, w * scale) for n, w in cols]
hh = 6
xx = 8
for n, w in cols:
    c.rect(xx * mm, H - (y + hh) * mm, w * mm, hh * mm)
    c.setFont("LSN", 5)
    c.drawCentredString((xx + w / 2) * mm, H - (y + 3.8) * mm, n)
    xx += w
y += hh
row_h = 6
for code, desc, ncm, cst, cfop, un, q, vu, vt, vi, vp in lines:
    vals = [code, desc, ncm, cst, cfop, un, br(D(q), 4), br(vu, 4), br(vt), br(vt), br(vi), br(vp), "12 / 5"]
    xx = 8
    for (n, w), v in zip(cols, vals):
        c.rect(xx * mm, H - (y + row_h) * mm, w * mm, row_h * mm)
        c.setFont("LSN", 5.9)
        if n in ("CÓDIGO", "DESCRIÇÃO DO PRODUTO / SERVIÇO"):
            c.drawString((xx + 0.7) * mm, H - (y + 4) * mm, v)
        elif n in ("NCM/SH", "CST", "CFOP", "UN", "ALÍQ ICMS/IPI"):
            c.drawCentredString((xx + w / 2) * mm, H - (y + 4) * mm, v)
        else:
            c.drawRightString((xx + w - 0.7) * mm, H - (y + 4) * mm, v)
        xx += w
    y += row_h

# --- dados adicionais -----------------------------------------------------------------
y += 3
c.setFont("LSB", 6.5)
c.drawString(8 * mm, H - (y - 0.6) * mm, "DADOS ADICIONAIS")
c.rect(8 * mm, H - (y + 30) * mm, 130 * mm, 30 * mm)
c.rect(138 * mm, H - (y + 30) * mm, 64 * mm, 30 * mm)
c.setFont("LS", 5.2)
c.drawString(9 * mm, H - (y + 2.2) * mm, "INFORMAÇÕES COMPLEMENTARES")
c.drawString(139 * mm, H - (y + 2.2) * mm, "RESERVADO AO FISCO")
t = c.beginText(9 * mm, H - (y + 5.5) * mm)
t.setFont("LS", 6.4)
for s in ["PEDIDO DO CLIENTE: AGM-OC-2025-01873 / NOSSO PEDIDO: PV-25-3318",
          "Produtos destinados à industrialização - IPI não integra a base de cálculo do ICMS (art. 155, § 2º, XI, CF/88).",
          "Alíquota interestadual de ICMS 12% (Resolução SF 22/89). Tributos aproximados: Fed R$ " + br(r2(prod * D("0.1312"))) + " Est R$ " + br(icms) + " (IBPT).",
          "Empresa optante pelo Lucro Real. Garantia de 12 meses contra defeitos de fabricação.",
          "Dados bancários: Itaú Unibanco S.A. Ag. 0273 C/C 48217-6 - PIX CNPJ 07.183.426/0001-77"]:
    t.textLine(s)
c.drawText(t)
c.setFont("LS", 5.5)
c.drawString(8 * mm, 8 * mm, "DATA E HORA DA IMPRESSÃO: 17/03/2025 14:25:03   -   Emitido por TransmixERP 7.4")
c.showPage()
c.save()
print(prod, icms, ipi, total_nf, dup1, dup2)
