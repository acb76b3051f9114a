"""Brazilian HVAC contract-style quotation (Proposta técnica e comercial), fpdf2 core Helvetica, 5 pages."""
import json
from common import *

U = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
     "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
T = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
C = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def g3(n):
    if n == 100:
        return "cem"
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(C[h])
    if r:
        if r < 20:
            parts.append(U[r])
        else:
            t, u = divmod(r, 10)
            parts.append(T[t] + (" e " + U[u] if u else ""))
    return " e ".join(parts)


def pt_words(n):
    m, rest = divmod(n, 1_000_000)
    t, u = divmod(rest, 1000)
    segs = []
    if m:
        segs.append(("um milhão" if m == 1 else g3(m) + " milhões"))
    if t:
        segs.append("mil" if t == 1 else g3(t) + " mil")
    if u:
        segs.append(g3(u))
    if len(segs) > 1 and (u < 100 or u % 100 == 0) and u:
        s = ", ".join(segs[:-1]) + " e " + segs[-1]
    else:
        s = ", ".join(segs)
    if m and not t and not u:
        return s + " de reais"
    return s + (" real" if n == 1 else " reais")


assert pt_words(1236480) == "um milhão, duzentos e trinta e seis mil, quatrocentos e oitenta reais", pt_words(1236480)

groups = [
    ("A", "EQUIPAMENTOS", [
        ("A.1", "Resfriador de líquido (chiller) condensação a ar, compressores parafuso, 120 TR, R-134a, com kit hidrônico", 2, "un", "412500.00"),
        ("A.2", "Fancoil hospitalar 15 TR com módulo de filtragem F5+F8 e seção de umidificação", 6, "un", "38900.00"),
        ("A.3", "Caixa terminal com filtro HEPA H14 e damper de vazão constante", 18, "un", "6850.00"),
        ("A.4", "Bomba centrífuga de água gelada 40 m³/h com inversor de frequência", 4, "un", "18400.00"),
        ("A.5", "Quadro elétrico de força e comando (QFC) para central de água gelada", 1, "cj", "46200.00"),
        ("A.6", "Sistema de automação BMS: controladores DDC, sensores de temperatura, umidade e pressão diferencial", 1, "cj", "88700.00"),
        ("A.7", "Sensores de pressão diferencial para salas cirúrgicas (cascata de pressão)", 12, "un", "2150.00"),
        ("A.8", "Válvulas de balanceamento dinâmico DN 50 a DN 100", 24, "un", "1980.00"),
    ]),
    ("B", "MATERIAIS DE INSTALAÇÃO", [
        ("B.1", "Rede de dutos em chapa galvanizada com isolamento térmico (conforme ABNT NBR 16401)", 2850, "kg", "38.50"),
        ("B.2", "Tubulação de aço carbono SCH 40 para água gelada, com isolamento em espuma elastomérica", 640, "m", "214.00"),
        ("B.3", "Difusores de insuflamento laminar para salas cirúrgicas 1200x600 mm", 9, "un", "7450.00"),
        ("B.4", "Grelhas de retorno e exaustão em alumínio anodizado", 46, "un", "285.00"),
        ("B.5", "Suportes, chumbadores, perfis e materiais de fixação", 1, "vb", "18600.00"),
        ("B.6", "Cabos elétricos, eletrocalhas e infraestrutura de comando", 1, "vb", "27400.00"),
    ]),
    ("C", "SERVIÇOS", [
        ("C.1", "Desmontagem e remoção do sistema existente, com descarte ambientalmente adequado (MTR)", 1, "vb", "38500.00"),
        ("C.2", "Içamento dos chillers com guindaste 90 t, incluindo plano de rigging e ART", 1, "vb", "24800.00"),
        ("C.3", "Montagem mecânica, elétrica e de automação (mão de obra especializada)", 1, "vb", "162000.00"),
        ("C.4", "Testes, ajustes e balanceamento (TAB) com emissão de relatório", 1, "vb", "21500.00"),
        ("C.5", "Validação das salas limpas conforme ABNT NBR ISO 14644 e RDC 50/2002", 9, "sala", "3900.00"),
        ("C.6", "Comissionamento, start-up assistido e treinamento da equipe de manutenção (16 h)", 1, "vb", "14800.00"),
        ("C.7", "Projeto executivo (as built) e ART de projeto e execução", 1, "vb", "19500.00"),
    ]),
]
rows = []
sub = {}
for g, title, its in groups:
    s = D(0)
    for code, desc, q, un, pu in its:
        tot = q2(D(q) * D(pu))
        rows.append((code, desc, q, un, pu, str(tot)))
        s += tot
    sub[g] = s
subtotal = sum(sub.values())
discount = q2(subtotal * D("0.05"))
total = subtotal - discount
p30 = q2(total * D("0.30")); p40 = q2(total * D("0.40")); p30b = total - p30 - p40
print(sub, subtotal, discount, total)
data = {"groups": [[g, t, [list(map(str, i)) + [str(q2(D(i[2]) * D(i[4])))] for i in its]] for g, t, its in groups],
        "sub": {k: str(v) for k, v in sub.items()}, "subtotal": str(subtotal), "discount": str(discount),
        "total": str(total), "words": pt_words(int(total)) + (f" e {g3(int((total % 1) * 100))} centavos" if total % 1 else ""), "p30": str(p30), "p40": str(p40), "p30b": str(p30b)}
with open(f"{SRC}/09_proposta_br.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=0)

RENDER = r'''"""Renders 09_proposta_br.pdf with fpdf2 (core Helvetica). usage: python3 09_proposta_br.py OUT.pdf"""
import json, os, sys, datetime
from decimal import Decimal
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "09_proposta_br.json"), encoding="utf-8"))


def brl(x):
    s = f"{Decimal(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def qn(x):
    return f"{int(x):,}".replace(",", ".")


class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 11)
        self.set_text_color(0, 84, 122)
        self.cell(110, 6, "ANDRADE & MOREIRA ENGENHARIA DE CLIMATIZAÇÃO")
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 6, "Proposta nº AMC-0318/2025 - Rev. 01", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 84, 122)
        self.line(18, self.get_y() + 0.5, 192, self.get_y() + 0.5)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 6.8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 3.5, "Andrade & Moreira Engenharia de Climatização Ltda. - CNPJ 08.772.415/0001-63 - CREA-SP 0587214 - "
                  "Rua Barão de Jaguara, 1250, Centro, Campinas/SP, CEP 13015-002", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, f"Tel. (19) 3236-4410 - comercial@andrademoreira.eng.br - Documento confidencial - Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 9, 16, 2, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Proposta AMC-0318/2025")
pdf.set_creator("AMC Propostas 2.3")
pdf.set_producer("py-pdf/fpdf2 2.8.9")
pdf.set_margins(18, 12, 18)
pdf.set_auto_page_break(True, 20)


def h2(t):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9)


def para(t):
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


pdf.add_page()
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "Campinas, 9 de abril de 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(0, 4.8, "Ao\n**Hospital Santa Clara de Campinas**\nAssociação Beneficente Santa Clara - CNPJ 46.118.920/0001-37\n"
               "Av. Orosimbo Maia, 2880 - Vila Itapura - Campinas/SP\nA/C: Eng. Patrícia Lemos - Gerência de Infraestrutura e Engenharia Clínica",
               markdown=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 7, "PROPOSTA TÉCNICA E COMERCIAL Nº AMC-0318/2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "Revisão 01 - substitui a Rev. 00 de 31/03/2025", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_fill_color(232, 242, 247)
for k, v in [("Cliente", "Hospital Santa Clara de Campinas"), ("Referência", "Substituição do sistema de climatização central - Bloco Cirúrgico e UTI Adulto"),
             ("Sua consulta", "Solicitação de proposta SC-2025-0412, e-mail de 24/03/2025"), ("Data da proposta", "09/04/2025"),
             ("Validade da proposta", "09/05/2025 (30 dias)"), ("Prazo de execução", "120 dias corridos após assinatura do contrato"),
             ("Responsável técnico", "Eng. Ricardo A. Moreira - CREA-SP 5061938420")]:
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(42, 6, k, border=1, fill=True)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Prezada Eng. Patrícia, agradecemos a oportunidade e apresentamos a seguir nossa proposta técnica e comercial para o "
     "fornecimento de equipamentos, materiais e serviços destinados à substituição do sistema de climatização central que "
     "atende o Bloco Cirúrgico (9 salas) e a UTI Adulto (20 leitos), atendendo às exigências da ABNT NBR 7256:2021 e da RDC 50/2002 da ANVISA.")
h2("1. OBJETO")
para("Fornecimento, montagem, testes, balanceamento, validação e comissionamento de sistema de água gelada com dois resfriadores de "
     "líquido de 120 TR cada, seis unidades de tratamento de ar (fancoils) de padrão hospitalar, rede de dutos, difusores com filtragem "
     "absoluta HEPA e sistema de automação predial (BMS), em regime de empreitada global por preço fixo.")
h2("2. ESCOPO DE FORNECIMENTO")
para("2.1 Equipamentos principais conforme planilha de preços (item 4), com certificados de desempenho AHRI e garantia de fábrica.\n"
     "2.2 Materiais de instalação, incluindo dutos, tubulações, isolamento térmico, suportes e infraestrutura elétrica.\n"
     "2.3 Serviços de desmontagem do sistema existente, içamento, montagem, testes, ajuste e balanceamento (TAB), validação das salas "
     "limpas, comissionamento, treinamento e documentação as built.\n"
     "2.4 Os serviços serão executados em etapas, mantendo em operação ao menos 5 salas cirúrgicas durante toda a obra, conforme "
     "cronograma a ser aprovado pelo Serviço de Controle de Infecção Hospitalar (SCIH).")
h2("3. EXCLUSÕES")
para("Não fazem parte desta proposta: obras civis (alvenaria, forros, pisos e pinturas), reforço estrutural da laje técnica, "
     "alimentação elétrica até o QFC, fornecimento de água e energia para testes, e eventuais taxas de aprovação junto a órgãos públicos.")

h2("4. PLANILHA DE PREÇOS")
W = [12, 92, 14, 10, 23, 23]


def thead():
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.set_fill_color(0, 84, 122)
    pdf.set_text_color(255, 255, 255)
    for w, t in zip(W, ["Item", "Descrição", "Qtde.", "Un.", "Valor unit. (R$)", "Valor total (R$)"]):
        pdf.cell(w, 6, t, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)


pdf.cell(0, 5, "Valores em reais (R$), com impostos inclusos (ISS, ICMS, PIS e COFINS).", new_x="LMARGIN", new_y="NEXT")
thead()
run = Decimal(0)
for g, title, its in d["groups"]:
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_fill_color(232, 242, 247)
    pdf.cell(sum(W), 5.5, f"{g} - {title}", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    for code, desc, q, un, pu, tot in its:
        pdf.set_font("Helvetica", "", 7.8)
        lines = pdf.multi_cell(W[1], 4, desc, align="L", dry_run=True, output="LINES")
        h = 4 * len(lines) + 1.5
        if pdf.get_y() + h > 297 - 28:
            pdf.set_font("Helvetica", "I", 7.8)
            pdf.cell(sum(W[:5]), 5.5, "A transportar", border=1, align="R")
            pdf.cell(W[5], 5.5, brl(run), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            thead()
            pdf.set_font("Helvetica", "I", 7.8)
            pdf.cell(sum(W[:5]), 5.5, "Transporte", border=1, align="R")
            pdf.cell(W[5], 5.5, brl(run), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 7.8)
        y = pdf.get_y()
        pdf.cell(W[0], h, code, border=1, align="C")
        x = pdf.get_x()
        pdf.multi_cell(W[1], 4, desc, border=0, align="L", new_x="RIGHT", new_y="TOP", padding=(0.75, 0.5, 0.75, 0.5))
        pdf.rect(x, y, W[1], h)
        pdf.set_xy(x + W[1], y)
        pdf.cell(W[2], h, qn(q), border=1, align="R")
        pdf.cell(W[3], h, un, border=1, align="C")
        pdf.cell(W[4], h, brl(pu), border=1, align="R")
        pdf.cell(W[5], h, brl(tot), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
        run += Decimal(tot)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(sum(W[:5]), 5.5, f"Subtotal {title.lower()}", border=1, align="R")
    pdf.cell(W[5], 5.5, brl(d["sub"][g]), border=1, align="R", new_x="LMARGIN", new_y="NEXT")

pdf.ln(4)
h2("5. RESUMO DE PREÇOS E CONDIÇÕES COMERCIAIS")
pdf.set_font("Helvetica", "", 9)
for k, v, b in [("A - Equipamentos", d["sub"]["A"], False), ("B - Materiais de instalação", d["sub"]["B"], False),
                ("C - Serviços", d["sub"]["C"], False), ("Subtotal (A + B + C)", d["subtotal"], True),
                ("(-) Desconto comercial (5%)", d["discount"], False), ("VALOR TOTAL DA PROPOSTA", d["total"], True)]:
    pdf.set_font("Helvetica", "B" if b else "", 9)
    pdf.cell(110, 6, k, border="B")
    pdf.cell(0, 6, "R$ " + brl(v), border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
para(f"Valor total por extenso: {d['words']}.")
h2("6. CONDIÇÕES DE PAGAMENTO")
para(f"a) 30% (trinta por cento) na assinatura do contrato, a título de sinal: R$ {brl(d['p30'])};\n"
     f"b) 40% (quarenta por cento) na entrega dos equipamentos principais em obra: R$ {brl(d['p40'])};\n"
     f"c) 30% (trinta por cento) após o comissionamento e a emissão do termo de aceite: R$ {brl(d['p30b'])}.\n"
     "Faturamento com vencimento em 28 (vinte e oito) dias da data de emissão da nota fiscal, mediante boleto bancário. "
     "Os valores serão reajustados pelo INCC-DI caso a assinatura do contrato ocorra após a data de validade desta proposta.")
h2("7. PRAZOS E VALIDADE")
para("Prazo de entrega dos chillers: 75 dias após o pagamento do sinal. Prazo total de execução: 120 dias corridos. "
     "Validade desta proposta: 30 (trinta) dias a contar de 09/04/2025, ou seja, até 09/05/2025.")
h2("8. GARANTIA")
para("Equipamentos: 24 meses a partir do start-up ou 30 meses a partir da entrega, o que ocorrer primeiro. Serviços de montagem: "
     "12 meses a partir do termo de aceite. Manutenção preventiva gratuita durante os 3 primeiros meses de operação.")
h2("9. OBRIGAÇÕES DO CLIENTE")
para("Disponibilizar área para canteiro e armazenamento de materiais, acesso às áreas de trabalho conforme cronograma, pontos de "
     "energia e água, e acompanhamento técnico por profissional designado. Liberar as salas cirúrgicas nas datas programadas.")
h2("10. ACEITE")
para("Declaramos estar de acordo com os termos e condições desta proposta, que passa a ter força de contrato após sua assinatura "
     "pelas partes, até a formalização do instrumento contratual definitivo.")
pdf.ln(10)
y = pdf.get_y()
pdf.line(20, y, 95, y); pdf.line(115, y, 190, y)
pdf.set_font("Helvetica", "", 8)
pdf.set_xy(20, y + 1); pdf.multi_cell(75, 4, "Andrade & Moreira Engenharia de Climatização Ltda.\nRicardo A. Moreira - Diretor Técnico")
pdf.set_xy(115, y + 1); pdf.multi_cell(75, 4, "Hospital Santa Clara de Campinas\nNome / cargo / data:")
pdf.output(sys.argv[1])
'''
write("09_proposta_br.py", RENDER)

truth("09_proposta_br.pdf", {
    "quote_number": "AMC-0318/2025",
    "quote_date": "2025-04-09",
    "valid_until": "2025-05-09",
    "customer_name": "Hospital Santa Clara de Campinas",
    "subtotal": float(subtotal),
    "discount": float(discount),
    "total": float(total),
}, {"quote_number": "text", "quote_date": "date", "valid_until": "date", "customer_name": "text",
    "subtotal": "amount", "discount": "amount", "total": "amount"},
    "Brazilian Portuguese contract-style HVAC quotation (Proposta técnica e comercial), Python fpdf2 with core Helvetica, "
    "multi-page; header on every page 'Proposta nº AMC-0318/2025 - Rev. 01', footer with CNPJ and 'Página n de N'. Page 1: "
    "'Campinas, 9 de abril de 2025' (quote_date in words), addressee block 'Hospital Santa Clara de Campinas' plus legal entity "
    "'Associação Beneficente Santa Clara' and contact person (distractors), title 'PROPOSTA TÉCNICA E COMERCIAL Nº AMC-0318/2025', "
    "'Revisão 01 - substitui a Rev. 00 de 31/03/2025' (distractor date), key table: Cliente, Data da proposta 09/04/2025, "
    "'Validade da proposta 09/05/2025 (30 dias)'. Price table over pages with group subtotals and 'A transportar'/'Transporte' "
    "carry lines. Section 5: per-group subtotals, 'Subtotal (A + B + C)' (subtotal), '(-) Desconto comercial (5%)' (discount, printed "
    "positive after '(-)'), 'VALOR TOTAL DA PROPOSTA' (total), amount in words, and payment "
    "instalments 30/40/30% (distractors). Number format R$ 1.234,56.")
print("ok")
