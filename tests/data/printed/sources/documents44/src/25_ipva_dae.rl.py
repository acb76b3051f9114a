"""IPVA 2025 payment slip (DAE, Brazil, Portuguese) - ReportLab canvas with an Interleaved 2 of 5 barcode."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.graphics.barcode.common import I2of5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LM", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"))

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("DAE IPVA 2025 - RTK4E21")

BARCODE = "85680000045958602132025021101273849512000025"
LINHA = "85680000045-2 95860213202-8 50211012738-3 49512000025-4"
X0 = 15 * mm
WW = W - 30 * mm


def field(x, y, w, h, label, value, size=9.5, bold=False, align="l"):
    c.setLineWidth(0.6)
    c.rect(x, y, w, h)
    c.setFont("LS", 6.2)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(x + 1.5 * mm, y + h - 2.6 * mm, label)
    c.setFillColor(colors.black)
    c.setFont("LSB" if bold else "LS", size)
    if align == "r":
        c.drawRightString(x + w - 1.5 * mm, y + 1.8 * mm, value)
    else:
        c.drawString(x + 1.5 * mm, y + 1.8 * mm, value)


def via(top, title, with_details):
    y = top
    # header
    c.setLineWidth(1)
    c.rect(X0, y - 16 * mm, WW, 16 * mm)
    c.setFont("LSB", 11)
    c.drawString(X0 + 3 * mm, y - 6 * mm, "GOVERNO DO ESTADO DE MINAS GERAIS")
    c.setFont("LS", 8.5)
    c.drawString(X0 + 3 * mm, y - 10.5 * mm, "Secretaria de Estado de Fazenda - Receita Estadual")
    c.setFont("LSB", 10)
    c.drawRightString(X0 + WW - 3 * mm, y - 6 * mm, "DAE - Documento de Arrecadação Estadual")
    c.setFont("LS", 8.5)
    c.drawRightString(X0 + WW - 3 * mm, y - 10.5 * mm, "IPVA 2025 - Cota única")
    c.setFont("LS", 7)
    c.drawString(X0 + 3 * mm, y - 14.3 * mm, title)
    y -= 16 * mm
    rh = 9 * mm
    right_w = 55 * mm
    lw = WW - right_w
    # left column
    field(X0, y - rh, lw, rh, "NOME DO CONTRIBUINTE", "Ana Carolina Ribeiro Duarte", bold=True)
    field(X0, y - 2 * rh, lw * 0.5, rh, "CPF/CNPJ", "318.472.560-07")
    field(X0 + lw * 0.5, y - 2 * rh, lw * 0.5, rh, "MUNICÍPIO DE REGISTRO", "BELO HORIZONTE")
    field(X0, y - 3 * rh, lw * 0.34, rh, "PLACA", "RTK4E21", bold=True)
    field(X0 + lw * 0.34, y - 3 * rh, lw * 0.33, rh, "RENAVAM", "01273849512", bold=True)
    field(X0 + lw * 0.67, y - 3 * rh, lw * 0.33, rh, "ANO FAB./MODELO", "2022/2023")
    field(X0, y - 4 * rh, lw * 0.67, rh, "MARCA/MODELO", "VW/T-CROSS 200 TSI")
    field(X0 + lw * 0.67, y - 4 * rh, lw * 0.33, rh, "EXERCÍCIO", "2025")
    # right column
    rx = X0 + lw
    field(rx, y - rh, right_w, rh, "VENCIMENTO", "11/02/2025", bold=True, align="r", size=11)
    field(rx, y - 2 * rh, right_w, rh, "BASE DE CÁLCULO (VALOR VENAL)", "R$ 118.450,00", align="r")
    field(rx, y - 3 * rh, right_w, rh, "ALÍQUOTA", "4%", align="r")
    field(rx, y - 4 * rh, right_w, rh, "IPVA INTEGRAL", "R$ 4.738,00", align="r")
    y -= 4 * rh
    field(X0, y - rh, lw, rh, "Nº DO DOCUMENTO / IDENTIFICAÇÃO", "0213.2025.000025-MG")
    field(rx, y - rh, right_w, rh, "(-) DESCONTO COTA ÚNICA 3%", "-142,14", align="r")
    y -= rh
    if with_details:
        hh = 26 * mm
        c.rect(X0, y - hh, lw, hh)
        c.setFont("LS", 6.2)
        c.drawString(X0 + 1.5 * mm, y - 2.6 * mm, "HISTÓRICO / INFORMAÇÕES COMPLEMENTARES")
        c.setFont("LS", 7.8)
        lines = [
            "IPVA exercício 2025 calculado sobre o valor venal do veículo (tabela de preços médios).",
            "Pagamento em cota única até o vencimento com desconto de 3%. Após o vencimento,",
            "o valor integral será acrescido de multa de 0,3% ao dia (limitada a 20%) e juros SELIC.",
            "Opção de parcelamento em 3 parcelas: 11/02/2025, 11/03/2025 e 11/04/2025.",
            "A quitação do IPVA não dispensa o pagamento de multas de trânsito vinculadas ao veículo.",
        ]
        for i, t in enumerate(lines):
            c.drawString(X0 + 1.5 * mm, y - 7 * mm - i * 3.8 * mm, t)
        field(rx, y - hh / 2, right_w, hh / 2, "(+) MULTA / JUROS", "0,00", align="r")
        field(rx, y - hh, right_w, hh / 2, "VALOR A PAGAR", "R$ 4.595,86", bold=True, size=12, align="r")
        y -= hh
    else:
        field(rx, y - rh, right_w, rh, "VALOR A PAGAR", "R$ 4.595,86", bold=True, size=12, align="r")
        field(X0, y - rh, lw, rh, "AUTENTICAÇÃO MECÂNICA", "")
        y -= rh
    # linha digitavel and barcode
    c.setFont("LM", 11)
    c.drawString(X0 + 2 * mm, y - 6 * mm, LINHA)
    bc = I2of5(BARCODE, barWidth=0.33 * mm, ratio=3, barHeight=13 * mm, checksum=0, bearers=0, quiet=0)
    bc.drawOn(c, X0 + 2 * mm, y - 22 * mm)
    return y - 24 * mm


y = via(H - 12 * mm, "1ª via - Contribuinte", True)
c.setDash(3, 3)
c.setLineWidth(0.5)
c.line(8 * mm, y - 4 * mm, W - 8 * mm, y - 4 * mm)
c.setDash()
c.setFont("LS", 6.5)
c.drawCentredString(W / 2, y - 7 * mm, "corte aqui")
via(y - 10 * mm, "2ª via - Agente arrecadador (pagável em bancos credenciados, lotéricas e aplicativos bancários)", False)
c.showPage()
c.save()
