"""Printed municipal electronic service invoice (NFS-e) as the Brazilian city portals and invoicing software render it
(Brazil, São Paulo IT consultancy), Portuguese: a header band with the city hall line and "NOTA FISCAL DE SERVIÇOS
ELETRÔNICA - NFS-e", a box with "Número da Nota" 00001847, "Data e Hora de Emissão" 10/03/2026 14:22:05 and "Código de
Verificação", PRESTADOR and TOMADOR blocks with CNPJ, inscrição municipal, address and e-mail, the service description,
"VALOR TOTAL DO SERVIÇO = R$ 12.500,00", the service code, the tax grid (base de cálculo, alíquota 5 %, ISS), federal
withholdings (IRRF, PIS, COFINS, CSLL) and "Valor líquido", and "Outras informações". The truth total is the valor
total do serviço (12.500,00; ISS is included, not added); the net after withholdings is separate. Brazilian number
format, dates dd/mm/aaaa. ReportLab canvas, Liberation Sans.
Usage: python3 24_nfse_consultoria_br.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def br(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


TOTAL = D("12500.00")
ISS = q(TOTAL * D("0.05"))
WH = {"IRRF (1,50%)": q(TOTAL * D("0.015")), "PIS (0,65%)": q(TOTAL * D("0.0065")),
      "COFINS (3,00%)": q(TOTAL * D("0.03")), "CSLL (1,00%)": q(TOTAL * D("0.01"))}
WHT = sum(WH.values())
NET = TOTAL - WHT
assert (ISS, WHT, NET) == (D("625.00"), D("768.75"), D("11731.25"))

c = Canvas(sys.argv[1], pagesize=A4, pageCompression=1, initialFontName="LS", initialFontSize=9)
c.setTitle("NFS-e 00001847")
W, H = A4
L, R = 12 * mm, W - 12 * mm
c.setLineWidth(0.6)
c.rect(L, 18 * mm, R - L, H - 30 * mm)
# header
top = H - 12 * mm
c.line(L, top - 24 * mm, R, top - 24 * mm)
c.line(R - 58 * mm, top, R - 58 * mm, top - 24 * mm)
c.setFont("LSB", 10)
c.drawCentredString((L + R - 58 * mm) / 2, top - 7 * mm, "PREFEITURA DO MUNICÍPIO DE SÃO PAULO")
c.setFont("LS", 8)
c.drawCentredString((L + R - 58 * mm) / 2, top - 11.5 * mm, "SECRETARIA MUNICIPAL DA FAZENDA")
c.setFont("LSB", 12)
c.drawCentredString((L + R - 58 * mm) / 2, top - 19 * mm, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e")
bx = R - 58 * mm
for i, (k, v) in enumerate([("Número da Nota", "00001847"), ("Data e Hora de Emissão", "10/03/2026 14:22:05"),
                            ("Código de Verificação", "K7QF-2M9X")]):
    y = top - (i * 8) * mm
    if i:
        c.line(bx, y, R, y)
    c.setFont("LS", 6.5)
    c.drawString(bx + 2 * mm, y - 3 * mm, k)
    c.setFont("LSB", 9)
    c.drawCentredString(bx + 29 * mm, y - 7 * mm, v)


def block(y, title, rows):
    c.setFillColor(HexColor("#dde6f0"))
    c.rect(L, y - 5 * mm, R - L, 5 * mm, fill=1, stroke=1)
    c.setFillColor(black)
    c.setFont("LSB", 8)
    c.drawCentredString((L + R) / 2, y - 3.6 * mm, title)
    yy = y - 9 * mm
    for k, v in rows:
        c.setFont("LS", 7.5)
        c.drawString(L + 3 * mm, yy, k)
        c.setFont("LSB" if k.startswith(("Nome", "CPF")) else "LS", 8)
        c.drawString(L + 40 * mm, yy, v)
        yy -= 4.2 * mm
    c.line(L, yy + 1 * mm, R, yy + 1 * mm)
    return yy + 1 * mm


y = block(top - 24 * mm, "PRESTADOR DE SERVIÇOS", [
    ("CPF/CNPJ:", "12.418.372/0001-11"), ("Inscrição Municipal:", "7.184.729-3"),
    ("Nome/Razão Social:", "Vergueiro Sistemas e Consultoria em TI Ltda."),
    ("Endereço:", "Rua Vergueiro, 4183 - Conj. 72 - Vila Mariana - CEP 04101-300"),
    ("Município:", "São Paulo  UF: SP   E-mail: fiscal@vergueirosistemas.example")])
y = block(y, "TOMADOR DE SERVIÇOS", [
    ("CPF/CNPJ:", "33.184.729/0001-14"), ("Inscrição Municipal:", "3.318.472-0"),
    ("Nome/Razão Social:", "Distribuidora Paulista de Alimentos S.A."),
    ("Endereço:", "Av. Presidente Wilson, 1184 - Mooca - CEP 03107-001"),
    ("Município:", "São Paulo  UF: SP   E-mail: nfe@distpaulista.example")])
c.setFillColor(HexColor("#dde6f0"))
c.rect(L, y - 5 * mm, R - L, 5 * mm, fill=1, stroke=1)
c.setFillColor(black)
c.setFont("LSB", 8)
c.drawCentredString((L + R) / 2, y - 3.6 * mm, "DISCRIMINAÇÃO DOS SERVIÇOS")
c.setFont("LS", 8)
for i, s in enumerate(["Consultoria em integração do sistema de gestão (ERP) com a plataforma de logística - fevereiro de 2026,",
                       "conforme contrato nº CT-2025/118 e relatório de horas aprovado (100 horas x R$ 125,00).",
                       "",
                       "Retenções federais conforme Lei 10.833/2003 e IN RFB 1.234/2012.",
                       "Vencimento: 09/04/2026. Pagamento via PIX (chave CNPJ 12.418.372/0001-11) ou boleto."]):
    c.drawString(L + 3 * mm, y - (10 + i * 4.2) * mm, s)
y -= 36 * mm
c.line(L, y, R, y)
c.setFont("LSB", 11)
c.drawCentredString((L + R) / 2, y - 7 * mm, "VALOR TOTAL DO SERVIÇO = R$ " + br(TOTAL))
c.line(L, y - 10 * mm, R, y - 10 * mm)
c.setFont("LS", 7.5)
c.drawString(L + 3 * mm, y - 14 * mm, "Código do Serviço")
c.setFont("LS", 8)
c.drawString(L + 3 * mm, y - 18 * mm, "02800 - Análise e desenvolvimento de sistemas; assessoria e consultoria em informática")
c.line(L, y - 20 * mm, R, y - 20 * mm)
cols = ["Valor Total das Deduções (R$)", "Base de Cálculo (R$)", "Alíquota (%)", "Valor do ISS (R$)", "Crédito (R$)"]
vals = ["0,00", br(TOTAL), "5,00%", br(ISS), "0,00"]
cw = (R - L) / 5
for i, (h, v) in enumerate(zip(cols, vals)):
    x = L + i * cw
    if i:
        c.line(x, y - 20 * mm, x, y - 30 * mm)
    c.setFont("LS", 6.8)
    c.drawCentredString(x + cw / 2, y - 23.5 * mm, h)
    c.setFont("LSB", 8.5)
    c.drawCentredString(x + cw / 2, y - 28 * mm, v)
c.line(L, y - 30 * mm, R, y - 30 * mm)
y -= 30 * mm
c.setFont("LSB", 8)
c.drawString(L + 3 * mm, y - 5 * mm, "Retenções federais")
yy = y - 9.5 * mm
for k, v in WH.items():
    c.setFont("LS", 8)
    c.drawString(L + 3 * mm, yy, k)
    c.drawRightString(L + 80 * mm, yy, "R$ " + br(v))
    yy -= 4.2 * mm
c.setFont("LSB", 8)
c.drawString(L + 3 * mm, yy, "Total das retenções federais")
c.drawRightString(L + 80 * mm, yy, "R$ " + br(WHT))
c.setFont("LS", 8)
c.drawString(L + 100 * mm, y - 9.5 * mm, "Valor total do serviço")
c.drawRightString(R - 4 * mm, y - 9.5 * mm, "R$ " + br(TOTAL))
c.drawString(L + 100 * mm, y - 13.7 * mm, "(-) Retenções federais")
c.drawRightString(R - 4 * mm, y - 13.7 * mm, "R$ " + br(WHT))
c.setFont("LSB", 10)
c.drawString(L + 100 * mm, y - 20 * mm, "Valor líquido a pagar")
c.drawRightString(R - 4 * mm, y - 20 * mm, "R$ " + br(NET))
y = yy - 5 * mm
c.line(L, y, R, y)
c.setFillColor(HexColor("#dde6f0"))
c.rect(L, y - 5 * mm, R - L, 5 * mm, fill=1, stroke=1)
c.setFillColor(black)
c.setFont("LSB", 8)
c.drawCentredString((L + R) / 2, y - 3.6 * mm, "OUTRAS INFORMAÇÕES")
c.setFont("LS", 7.3)
for i, s in enumerate(["(1) Esta NFS-e foi emitida com respaldo na Lei nº 14.097/2005.",
                       "(2) Data de vencimento do ISS desta NFS-e: 10/04/2026.",
                       "(3) O ISS desta NFS-e será RECOLHIDO pelo prestador (tomador não responsável).",
                       "(4) Documento emitido por ME ou EPP optante pelo Simples Nacional: NÃO.",
                       "Emitida via integração do sistema de faturamento NotaClara ERP."]):
    c.drawString(L + 3 * mm, y - (9.5 + i * 4) * mm, s)
c.showPage()
c.save()
