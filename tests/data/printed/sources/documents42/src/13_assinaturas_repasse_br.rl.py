#!/usr/bin/env python3
"""Mecenato - demonstrativo mensal de repasse ao criador (ReportLab canvas)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

W, H = A4
ROXO = colors.HexColor("#5b2a86")
LILAS = colors.HexColor("#f1eaf8")
CINZA = colors.HexColor("#666666")

TIERS = [  # nível, valor mensal, apoiadores, total
    ("Ouvinte de carteirinha", 5.00, 120),
    ("Episódio bônus", 15.00, 98),
    ("Grupo no Telegram", 30.00, 61),
    ("Seu nome no episódio", 100.00, 28),
    ("Produtora associada", 250.00, 5),
]
AVULSOS = 462.50          # apoios avulsos (19 contribuições únicas)
ESTORNOS = -120.00
TAXA_PLATAFORMA = -663.40  # 8% sobre apoios líquidos de estornos
TAXA_PROCESSAMENTO = -298.73


def brl(v, sym=True):
    s = f"{abs(v):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 else "") + ("R$ " if sym else "") + s


def main(out):
    gross = round(sum(v * n for _, v, n in TIERS) + AVULSOS, 2)
    assert gross == 8412.50
    assert round((gross + ESTORNOS) * 0.08, 2) == -TAXA_PLATAFORMA
    net = round(gross + ESTORNOS + TAXA_PLATAFORMA + TAXA_PROCESSAMENTO, 2)
    assert net == 7330.37

    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Demonstrativo de repasse REP-2025-04-0087715")
    c.setAuthor("Mecenato Plataformas Digitais Ltda.")

    # faixa superior
    c.setFillColor(ROXO)
    c.rect(0, H - 32 * mm, W, 32 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(18 * mm, H - 19 * mm, "mecenato")
    c.setFont("Helvetica", 8.5)
    c.drawString(18 * mm, H - 25 * mm, "apoio recorrente para quem cria")
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(W - 18 * mm, H - 16 * mm, "Demonstrativo de repasse")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 18 * mm, H - 22 * mm, "Nº REP-2025-04-0087715")
    c.drawRightString(W - 18 * mm, H - 27 * mm, "Emitido em 5 de maio de 2025")

    # criador x plataforma
    y = H - 42 * mm
    c.setFillColor(CINZA); c.setFont("Helvetica", 7)
    c.drawString(18 * mm, y, "CRIADOR(A)")
    c.drawString(110 * mm, y, "PLATAFORMA")
    c.setFillColor(colors.black)
    lines_l = [("Helvetica-Bold", 10.5, "Larissa Moura"), ("Helvetica", 8.5, "Projeto: Conversa Fiada Podcast"),
               ("Helvetica", 8.5, "CPF 418.372.956-46"), ("Helvetica", 8.5, "Belo Horizonte - MG")]
    lines_r = [("Helvetica-Bold", 10.5, "Mecenato Plataformas Digitais Ltda."), ("Helvetica", 8.5, "CNPJ 27.384.916/0001-49"),
               ("Helvetica", 8.5, "Rua Fradique Coutinho, 1632 - Pinheiros"), ("Helvetica", 8.5, "05416-001 São Paulo - SP")]
    for i, (f, s, t) in enumerate(lines_l):
        c.setFont(f, s); c.drawString(18 * mm, y - 5 * mm - i * 4.6 * mm, t)
    for i, (f, s, t) in enumerate(lines_r):
        c.setFont(f, s); c.drawString(110 * mm, y - 5 * mm - i * 4.6 * mm, t)

    # grade de dados (rótulo acima do valor)
    y = H - 72 * mm
    cells = [("PERÍODO DE APURAÇÃO", "01/04/2025 a 30/04/2025"), ("DATA DO REPASSE", "05/05/2025"),
             ("FORMA DE PAGAMENTO", "Pix - chave CPF"), ("ID DO CRIADOR", "CRI-118327")]
    cw = (W - 36 * mm) / 4
    c.setStrokeColor(colors.HexColor("#cccccc"))
    for i, (lab, val) in enumerate(cells):
        x = 18 * mm + i * cw
        c.rect(x, y - 12 * mm, cw, 12 * mm, stroke=1, fill=0)
        c.setFillColor(CINZA); c.setFont("Helvetica", 6.5); c.drawString(x + 2.5 * mm, y - 4 * mm, lab)
        c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 9); c.drawString(x + 2.5 * mm, y - 9.5 * mm, val)

    # resumo financeiro
    y = H - 94 * mm
    c.setFillColor(ROXO); c.setFont("Helvetica-Bold", 11)
    c.drawString(18 * mm, y, "Resumo do mês")
    rows = [("Apoios recebidos no período (312 apoiadores + 19 apoios avulsos)", brl(gross)),
            ("Estornos e chargebacks (4 ocorrências)", brl(ESTORNOS)),
            ("Taxa da plataforma (8% sobre apoios líquidos)", brl(TAXA_PLATAFORMA)),
            ("Taxa de processamento de pagamentos (cartão 3,99% + R$ 0,39 / Pix 0,99%)", brl(TAXA_PROCESSAMENTO))]
    y -= 8 * mm
    c.setFillColor(colors.black)
    for lab, val in rows:
        c.setFont("Helvetica", 9); c.drawString(20 * mm, y, lab)
        c.drawRightString(W - 20 * mm, y, val)
        c.setStrokeColor(colors.HexColor("#dddddd")); c.line(18 * mm, y - 2.2 * mm, W - 18 * mm, y - 2.2 * mm)
        y -= 7 * mm
    c.setFillColor(LILAS); c.rect(18 * mm, y - 4 * mm, W - 36 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(ROXO); c.setFont("Helvetica-Bold", 11.5)
    c.drawString(20 * mm, y - 0.5 * mm, "Valor líquido repassado")
    c.drawRightString(W - 20 * mm, y - 0.5 * mm, brl(net))

    # apoios por nível
    y -= 18 * mm
    c.setFillColor(ROXO); c.setFont("Helvetica-Bold", 11)
    c.drawString(18 * mm, y, "Apoios por nível de recompensa")
    y -= 7 * mm
    cols = [18 * mm, 100 * mm, 135 * mm, W - 20 * mm]
    c.setFillColor(ROXO); c.rect(18 * mm, y - 2 * mm, W - 36 * mm, 6.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 8)
    c.drawString(cols[0] + 2 * mm, y, "Nível")
    c.drawRightString(cols[1] + 20 * mm, y, "Valor mensal")
    c.drawRightString(cols[2] + 20 * mm, y, "Apoiadores")
    c.drawRightString(cols[3], y, "Total")
    c.setFillColor(colors.black); c.setFont("Helvetica", 8.5)
    y -= 7 * mm
    for i, (nome, v, n) in enumerate(TIERS):
        if i % 2:
            c.setFillColor(LILAS); c.rect(18 * mm, y - 2 * mm, W - 36 * mm, 6.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.drawString(cols[0] + 2 * mm, y, nome)
        c.drawRightString(cols[1] + 20 * mm, y, brl(v, False))
        c.drawRightString(cols[2] + 20 * mm, y, str(n))
        c.drawRightString(cols[3], y, brl(v * n, False))
        y -= 6.2 * mm
    c.drawString(cols[0] + 2 * mm, y, "Apoios avulsos (contribuições únicas)")
    c.drawRightString(cols[1] + 20 * mm, y, "-")
    c.drawRightString(cols[2] + 20 * mm, y, "19")
    c.drawRightString(cols[3], y, brl(AVULSOS, False))
    y -= 2.5 * mm
    c.setStrokeColor(colors.black); c.line(18 * mm, y, W - 18 * mm, y)
    y -= 4.5 * mm
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(cols[0] + 2 * mm, y, "Total")
    c.drawRightString(cols[2] + 20 * mm, y, "331")
    c.drawRightString(cols[3], y, brl(gross, False))

    # observações
    y -= 14 * mm
    c.setFont("Helvetica-Bold", 8); c.drawString(18 * mm, y, "Informações importantes")
    c.setFont("Helvetica", 7.5); c.setFillColor(CINZA)
    notes = [
        "O repasse foi creditado via Pix na chave CPF cadastrada (titular: Larissa Moura), ID da transação E27384916202505051402s8K3xQ.",
        "A Mecenato não retém IRRF sobre repasses a pessoas físicas. Os valores recebidos devem ser informados no carnê-leão",
        "e na Declaração de Ajuste Anual do IRPF. O informe de rendimentos anual estará disponível no painel até fevereiro.",
        "A nota fiscal de serviço referente à taxa da plataforma (NFS-e nº 2025/118.442) foi emitida em seu CPF e está disponível no painel.",
        "Dúvidas: ajuda.mecenato.example - atendimento de segunda a sexta, das 9h às 18h.",
    ]
    for n in notes:
        y -= 4.3 * mm
        c.drawString(18 * mm, y, n)

    # rodapé
    c.setStrokeColor(colors.HexColor("#bbbbbb")); c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    c.setFont("Helvetica", 6.8); c.setFillColor(CINZA)
    c.drawString(18 * mm, 12 * mm, "Mecenato Plataformas Digitais Ltda. - CNPJ 27.384.916/0001-49 - Rua Fradique Coutinho, 1632, São Paulo - SP")
    c.drawRightString(W - 18 * mm, 12 * mm, "Página 1 de 1")
    c.showPage()
    c.save()


if __name__ == "__main__":
    main(sys.argv[1])
