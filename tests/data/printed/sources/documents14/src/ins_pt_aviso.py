"""Portuguese motor-insurance premium notice (aviso de pagamento), fpdf2, Liberation fonts.
Labels above values in boxes."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
pdf.add_page()

# logo block
pdf.set_fill_color(0, 122, 110)
pdf.rect(15, 12, 12, 12, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("LS", "B", 14)
pdf.set_xy(15, 12)
pdf.cell(12, 12, "A", align="C")
pdf.set_text_color(0, 122, 110)
pdf.set_font("LS", "B", 15)
pdf.set_xy(30, 12)
pdf.cell(100, 7, "Atlântico Norte Seguros")
pdf.set_font("LS", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(30, 19)
pdf.cell(100, 4, "Seguradora Atlântico Norte, S.A. · Av. da Boavista, 1837 · 4100-133 Porto")

pdf.set_text_color(0, 0, 0)
pdf.set_font("LS", "", 10)
pdf.set_xy(115, 38)
pdf.multi_cell(80, 5, "Exma. Senhora\nAna Sofia Carvalho Mendes\nRua Dr. Alberto Souto, 52, 3.º Esq.\n3800-148 Aveiro")

pdf.set_xy(15, 40)
pdf.set_font("LS", "B", 16)
pdf.set_text_color(0, 122, 110)
pdf.cell(90, 8, "AVISO DE PAGAMENTO")
pdf.set_xy(15, 48)
pdf.set_font("LS", "", 10)
pdf.set_text_color(0, 0, 0)
pdf.cell(90, 5, "Seguro Automóvel · Renovação anual")
pdf.set_xy(15, 55)
pdf.set_font("LS", "", 8.5)
pdf.cell(90, 4, "Porto, 02/08/2024")


def box(x, y, w, label, value, big=False):
    pdf.set_draw_color(0, 122, 110)
    pdf.rect(x, y, w, 15)
    pdf.set_xy(x + 2, y + 1.5)
    pdf.set_font("LS", "", 7)
    pdf.set_text_color(0, 122, 110)
    pdf.cell(w - 4, 4, label.upper())
    pdf.set_xy(x + 2, y + 6.5)
    pdf.set_font("LS", "B", 12 if big else 10)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 4, 6, value)


y = 72
box(15, y, 58, "Apólice n.º", "0040.22.918377")
box(75, y, 58, "Tomador do seguro", "Ana Sofia Carvalho Mendes")
box(135, y, 60, "Cliente n.º", "3390174")
y += 17
box(15, y, 58, "Matrícula", "47-RT-19")
box(75, y, 58, "Veículo", "Renault Clio 1.0 TCe")
box(135, y, 60, "Fracionamento", "Anual")
y += 17
box(15, y, 118, "Período de seguro", "01/09/2024 a 31/08/2025")
box(135, y, 60, "Data limite de pagamento", "31/08/2024")

# premium breakdown table
y += 24
pdf.set_xy(15, y)
pdf.set_font("LS", "B", 11)
pdf.set_text_color(0, 122, 110)
pdf.cell(0, 6, "Decomposição do prémio")
pdf.set_text_color(0, 0, 0)
y += 8
rows = [
    ("Responsabilidade Civil obrigatória (capital 6.450.000,00 €)", "214,36 €"),
    ("Danos próprios – choque, colisão e capotamento", "0,00 €"),
    ("Quebra isolada de vidros", "38,90 €"),
    ("Assistência em viagem", "41,25 €"),
    ("Proteção jurídica", "18,60 €"),
    ("Ocupantes", "18,39 €"),
    ("Prémio comercial", "331,50 €"),
    ("Imposto do selo (9%)", "29,84 €"),
    ("INEM (2%)", "6,63 €"),
    ("Fundo de Garantia Automóvel (0,5%)", "1,66 €"),
]
for i, (a, b) in enumerate(rows):
    pdf.set_xy(15, y)
    bold = a == "Prémio comercial"
    pdf.set_font("LS", "B" if bold else "", 9.5)
    pdf.set_fill_color(236, 246, 245)
    pdf.cell(140, 6.5, a, border="B", fill=(i % 2 == 0))
    pdf.cell(40, 6.5, b, border="B", align="R", fill=(i % 2 == 0))
    y += 6.5
pdf.set_xy(15, y + 1)
pdf.set_font("LS", "B", 12)
pdf.set_fill_color(0, 122, 110)
pdf.set_text_color(255, 255, 255)
pdf.cell(140, 9, "  PRÉMIO TOTAL A PAGAR", fill=True)
pdf.cell(40, 9, "369,63 €  ", align="R", fill=True)
pdf.set_text_color(0, 0, 0)

# payment references
y += 18
pdf.set_xy(15, y)
pdf.set_font("LS", "B", 11)
pdf.set_text_color(0, 122, 110)
pdf.cell(0, 6, "Formas de pagamento")
pdf.set_text_color(0, 0, 0)
y += 8
pdf.rect(15, y, 85, 26)
pdf.set_xy(18, y + 2)
pdf.set_font("LS", "B", 9)
pdf.cell(80, 5, "Pagamento por Multibanco")
pdf.set_font("LS", "", 9)
pdf.set_xy(18, y + 8)
pdf.multi_cell(80, 5, "Entidade: 11249\nReferência: 918 377 204\nMontante: 369,63 €")
pdf.rect(105, y, 90, 26)
pdf.set_xy(108, y + 2)
pdf.set_font("LS", "B", 9)
pdf.cell(80, 5, "Transferência bancária")
pdf.set_font("LS", "", 9)
pdf.set_xy(108, y + 8)
pdf.multi_cell(85, 5, "IBAN: PT50 0035 0651 0000 4417 2303 1\nDescritivo: 0040.22.918377")

y += 32
pdf.set_xy(15, y)
pdf.set_font("LS", "I", 7.5)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(180, 3.6,
    "A falta de pagamento do prémio até à data limite indicada determina a resolução automática do contrato "
    "a partir da data de início do período de seguro, nos termos do artigo 61.º do Decreto-Lei n.º 72/2008, "
    "de 16 de abril. O presente aviso não constitui recibo; o recibo será emitido após boa cobrança. "
    "Em caso de dúvida contacte o seu mediador ou a Linha Cliente 22 600 18 37 (dias úteis, 8h30–20h00).")

pdf.set_xy(15, 282)
pdf.set_font("LS", "", 6.5)
pdf.multi_cell(180, 3,
    "Seguradora Atlântico Norte, S.A. · Sede: Av. da Boavista, 1837, 4100-133 Porto · Capital social 45.000.000 € · "
    "Matriculada na C.R.C. do Porto sob o NIPC 507 118 392 · Autorizada pela ASF com o n.º 1209", align="C")
pdf.output(OUT)
