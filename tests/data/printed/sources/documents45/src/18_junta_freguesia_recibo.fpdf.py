"""Portuguese parish council (Junta de Freguesia) certificate fees: fatura-recibo (Portuguese) - fpdf2, 1 page."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 11, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_margins(16, 14, 16)
pdf.set_auto_page_break(False)
pdf.add_page()

pdf.set_font("DV", "B", 13)
pdf.cell(110, 7, "JUNTA DE FREGUESIA DE SÃO BRÁS DO ALTO")
pdf.set_font("DV", "B", 12)
pdf.cell(0, 7, "FATURA-RECIBO", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(110, 4, "Largo da Igreja, n.º 3 · 2025-418 São Brás do Alto\nTel. 243 555 180 · geral@jf-sbalto.example.pt\nNIF 506184722")
pdf.set_xy(130, 22)
pdf.multi_cell(64, 4, "Original\nN.º FR 2025/318\nData: 07/10/2025\nATCUD: JFSBA7KD-318", align="R")

pdf.set_draw_color(30, 30, 30)
pdf.line(16, 40, 194, 40)

pdf.set_xy(16, 45)
pdf.set_font("DV", "B", 9)
pdf.cell(0, 5, "Requerente / Adquirente", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.5)
pdf.multi_cell(110, 4.8, "Manuel Joaquim Ferreira Lopes\nRua do Moinho Velho, 27\n2025-421 São Brás do Alto\nNIF 238471608")

pdf.set_xy(16, 75)
pdf.set_font("DV", "B", 8.5)
pdf.set_fill_color(225, 225, 225)
cols = [(14, "Cód."), (92, "Designação"), (16, "Qtd."), (22, "Preço unit."), (14, "IVA"), (20, "Total €")]
for w, t in cols:
    pdf.cell(w, 7, t, border=1, fill=True, align="C")
pdf.ln()
rows = [("AT01", "Atestado de residência", "1", "5,00", "Isento", "5,00"),
        ("AT04", "Atestado de composição do agregado familiar", "1", "5,00", "Isento", "5,00"),
        ("DC02", "Declaração de confirmação de morada (fins escolares)", "1", "3,50", "Isento", "3,50"),
        ("TX09", "Taxa de urgência (50 % – emissão no próprio dia)", "1", "6,75", "Isento", "6,75")]
pdf.set_font("DV", "", 8.5)
for r in rows:
    for (w, _), v in zip(cols, r):
        pdf.cell(w, 6.5, v, border=1, align="L" if w == 92 else "C" if w in (14, 16) else "R")
    pdf.ln()

pdf.set_xy(120, 112)
for k, v in [("Total ilíquido", "20,25 €"), ("Total IVA", "0,00 €")]:
    pdf.set_x(120)
    pdf.cell(44, 6, k, border=1)
    pdf.cell(30, 6, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120)
pdf.set_font("DV", "B", 10)
pdf.cell(44, 8, "TOTAL", border=1)
pdf.cell(30, 8, "20,25 €", border=1, align="R", new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(16, 112)
pdf.set_font("DV", "", 8)
pdf.multi_cell(98, 4, "Motivo de isenção: M07 – Isento artigo 2.º, n.º 2 do CIVA (atos praticados por "
               "autarquias locais no exercício de poderes de autoridade).\n\n"
               "Taxas cobradas nos termos do Regulamento e Tabela de Taxas da Freguesia de São Brás do Alto, "
               "aprovado pela Assembleia de Freguesia em 28/04/2023 (artigos 4.º e 9.º).")

pdf.set_xy(16, 146)
pdf.set_font("DV", "B", 9)
pdf.cell(0, 5, "Recebimento", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9)
pdf.cell(0, 5, "Meio de pagamento: Numerário · Valor recebido: 20,25 € · Data do recebimento: 07/10/2025", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Documentos entregues ao requerente em 07/10/2025 (atestados n.º 412/2025 e 413/2025, declaração n.º 96/2025).", new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(16, 175)
pdf.set_font("DV", "", 8.5)
pdf.cell(90, 5, "O(A) funcionário(a): Ana Paula Mendes")
pdf.cell(0, 5, "O Presidente da Junta: Rui Miguel Carvalho", align="R")

pdf.set_xy(16, 270)
pdf.set_font("DV", "", 7)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(178, 3.5, "Processado por programa certificado n.º 2847/AT · Fatura-recibo FR 2025/318 · "
               "Os atestados são válidos por 6 meses a contar da data de emissão. IBAN para pagamentos por transferência: "
               "PT50 0035 0418 0002 8471 9363 1.", align="C")
pdf.output(out)
