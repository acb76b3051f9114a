"""Travel agency invoice (fatura), Portugal, two pages (fpdf2). Usage: python3 09_fatura_agencia_viagens_pt.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def header(self):
        self.set_font("LS", "B", 15)
        self.set_text_color(0, 90, 140)
        self.cell(110, 8, "Viagens Atlântico Azul, Lda.")
        self.set_font("LS", "", 8)
        self.set_text_color(60, 60, 60)
        self.multi_cell(0, 4, "Av. da Liberdade 245, 4.º Esq.\n1250-143 Lisboa\nNIF 514827360 · RNAVT n.º 4127\n"
                        "geral@atlanticoazul-viagens.example", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 90, 140)
        self.line(15, self.get_y() + 2, 195, self.get_y() + 2)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("LS", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Fatura FT 2025/1847 · ATCUD JJ4KT7WP-1847 · Processado por programa certificado n.º 2871/AT",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Página {self.page_no()} de 2", align="C")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(15, 14, 15)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

pdf.set_font("LS", "B", 13)
pdf.cell(95, 7, "FATURA  FT 2025/1847")
pdf.set_font("LS", "", 9)
pdf.cell(0, 7, "Original", align="R", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y() + 2
pdf.set_xy(15, y0)
pdf.set_font("LS", "", 9)
pdf.multi_cell(85, 5, "Data de emissão: 06/11/2025\nData de vencimento: a pronto\nReferência da reserva: AAZ-MAD-25-0419\n"
               "Vendedor: Inês Carvalho", border=1)
pdf.set_xy(110, y0)
pdf.multi_cell(85, 5, "Cliente:\nTecnivale - Engenharia, S.A.\nRua do Bolhão 88, 4000-111 Porto\nNIF 509182739", border=1,
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("LS", "B", 10)
pdf.cell(0, 6, "Viagem de incentivo - Funchal, Madeira (12/11/2025 a 16/11/2025)", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 5, "Pacote turístico organizado por Viagens Atlântico Azul, Lda.: voo regular Porto-Funchal-Porto com bagagem "
               "de porão, 4 noites no Hotel Miradouro do Atlântico 4* em regime de meia pensão, transferes aeroporto-hotel-"
               "aeroporto, passeio de levada guiado (Levada do Caldeirão Verde) e jantar de grupo com espetáculo folclórico.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "B", 9)
pdf.set_fill_color(220, 235, 245)
for t, w in [("N.º", 12), ("Participante", 70), ("Documento", 40), ("Quarto", 58)]:
    pdf.cell(w, 6, t, fill=True)
pdf.ln()
pdf.set_font("LS", "", 9)
pax = [("Rui Manuel Teixeira", "CC 12847316", "duplo c/ Sofia Teixeira"),
       ("Sofia Teixeira", "CC 13918274", "duplo c/ Rui Teixeira"),
       ("Ana Beatriz Lopes", "CC 14027713", "individual"),
       ("Nuno Filipe Sousa", "CC 11583920", "duplo c/ Paulo Matos"),
       ("Paulo Matos", "CC 12200451", "duplo c/ Nuno Sousa"),
       ("Helena Cristina Amaral", "CC 13377108", "individual")]
for i, (n, d, q) in enumerate(pax, 1):
    for t, w in [(str(i), 12), (n, 70), (d, 40), (q, 58)]:
        pdf.cell(w, 6, t, border="B")
    pdf.ln()
pdf.ln(5)
pdf.set_font("LS", "B", 9)
pdf.cell(0, 6, "Programa", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
prog = ["12/11 - Voo TP 1711 Porto 08:10 - Funchal 09:55; transfere ao hotel; tarde livre.",
        "13/11 - Passeio de levada guiado (Caldeirão Verde), almoço regional em Santana.",
        "14/11 - Manhã livre; visita ao Mercado dos Lavradores; jantar de grupo com espetáculo.",
        "15/11 - Dia livre; opcional: passeio de catamarã (não incluído).",
        "16/11 - Transfere ao aeroporto; voo TP 1712 Funchal 11:20 - Porto 13:00."]
for p in prog:
    pdf.cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.multi_cell(0, 5, "Os preços, a liquidação da fatura e o sinal recebido constam da página seguinte.")

pdf.add_page()
pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "Fatura FT 2025/1847 - detalhe de valores", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 9)
cols = [("Descrição", 86), ("Qtd.", 14), ("Preço unit.", 26), ("IVA", 26), ("Total EUR", 28)]
for t, w in cols:
    pdf.cell(w, 6, t, fill=True, align="L" if t == "Descrição" else "R")
pdf.ln()
pdf.set_font("LS", "", 9)
rows = [("Pacote turístico Madeira (4 noites)", "6", "785,00", "margem *", "4 710,00"),
        ("Taxa de serviço da agência", "6", "25,00", "23%", "150,00")]
for r in rows:
    for (t, w), v in zip(cols, r):
        pdf.cell(w, 6, v, border="B", align="L" if t == "Descrição" else "R")
    pdf.ln()
pdf.ln(4)


def tl(k, v, b=False):
    pdf.set_x(105)
    pdf.set_font("LS", "B" if b else "", 10 if b else 9)
    pdf.cell(62, 6, k, border="B")
    pdf.cell(28, 6, v, border="B", align="R", new_x="LMARGIN", new_y="NEXT")


tl("Total ilíquido", "4 860,00")
tl("IVA 23% s/ taxa de serviço", "34,50")
tl("Total da fatura", "4 894,50", True)
tl("Sinal recebido em 15/10/2025", "-1 500,00")
tl("Valor a pagar", "3 394,50", True)
pdf.ln(6)
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.5, "* IVA - regime especial de tributação das agências de viagens e organizadores de circuitos turísticos "
               "(artigos 2.º a 6.º do Decreto-Lei n.º 221/85). O IVA incluído no preço do pacote não é dedutível e não é "
               "discriminado na fatura.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "B", 9)
pdf.cell(0, 5, "Pagamento por transferência bancária até à data de partida:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.cell(0, 5, "Caixa Geral de Depósitos · IBAN PT50 0033 0000 4528 1736 4929 8 · BIC CGDIPTPL", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Indique a referência AAZ-MAD-25-0419 na transferência.", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
