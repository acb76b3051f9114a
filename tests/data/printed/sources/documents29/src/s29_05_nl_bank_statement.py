import sys
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/"
TX = [  # date, description, af (debit), bij (credit)
    ("01-03", "Huur maart 2025 · Woonstichting De Linie · NL18RABO0301188421", 1385.00, None),
    ("03-03", "Albert Heijn 1427 Utrecht · Betaalpas", 87.42, None),
    ("04-03", "Zilveren Kruis Achmea · premie zorgverzekering maart", 148.65, None),
    ("05-03", "Eneco Consumenten · termijnbedrag energie", 142.00, None),
    ("07-03", "NS Groep · OV-chipkaart automatisch opladen", 46.80, None),
    ("08-03", "Jumbo Utrecht Overvecht · Betaalpas", 63.18, None),
    ("10-03", "Gemeente Utrecht · gemeentelijke belastingen termijn 3/10", 96.17, None),
    ("11-03", "Vodafone Libertel B.V. · factuur 7012447781", 32.50, None),
    ("12-03", "Tikkie · J. Bakker · weekend Texel", None, 162.40),
    ("14-03", "Bol.com · bestelling 4021 8873 1190", 58.99, None),
    ("15-03", "Geldautomaat Utrecht Centraal", 100.00, None),
    ("18-03", "Ziggo Services B.V. · internet en tv", 58.50, None),
    ("20-03", "HEMA Utrecht Hoog Catharijne · Betaalpas", 24.35, None),
    ("22-03", "Praxis Utrecht · Betaalpas", 268.30, None),
    ("24-03", "Salaris maart 2025 · Van Dijk Advies B.V.", None, 3450.00),
    ("25-03", "Naar Polderbank Spaarrekening NL71PLBK0418273401", 1500.00, None),
    ("27-03", "Albert Heijn 1427 Utrecht · Betaalpas", 112.39, None),
    ("31-03", "Kosten Basispakket maart 2025", 0.00, None),
]
deb = round(sum(t[2] or 0 for t in TX), 2)
cred = round(sum(t[3] or 0 for t in TX), 2)
assert deb == 4124.25 and cred == 3612.40, (deb, cred)
assert round(2418.37 + cred - deb, 2) == 1906.52


def nl(v):
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class P(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("dv", "", 6.5)
        self.set_text_color(110)
        self.multi_cell(0, 3.2, "Polderbank N.V. · Catharijnesingel 52, 3511 GC Utrecht · KvK 30112874 · BIC PLBKNL2U · "
                        "Polderbank N.V. staat onder toezicht van De Nederlandsche Bank en de Autoriteit Financiële Markten. "
                        "Uw tegoeden vallen onder het depositogarantiestelsel tot € 100.000 per persoon.", align="C")
        self.cell(0, 4, f"Pagina {self.page_no()} van 1", align="C")


pdf = P(format="A4")
pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 1, tzinfo=__import__("datetime").timezone.utc))
pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(18, 14, 18)
# logo
pdf.set_fill_color(0, 122, 94)
pdf.rect(18, 14, 9, 9, "F")
pdf.set_xy(29, 14)
pdf.set_font("dv", "B", 17)
pdf.set_text_color(0, 122, 94)
pdf.cell(60, 9, "Polderbank")
pdf.set_font("dv", "", 8)
pdf.set_text_color(60)
pdf.set_xy(130, 14)
pdf.multi_cell(62, 3.8, "Klantenservice 030 799 1200\nma t/m vr 8.00 – 20.00 uur\npolderbank.nl/contact", align="R")

pdf.set_text_color(0)
pdf.set_font("dv", "", 10)
pdf.set_xy(18, 42)
pdf.multi_cell(90, 5, "Mw. S.E. de Groot\nOudegracht 211 bis\n3511 NH Utrecht")

pdf.set_font("dv", "B", 14)
pdf.set_xy(18, 70)
pdf.cell(0, 7, "Rekeningafschrift")
pdf.set_font("dv", "", 9)
info = [("Afschriftnummer", "3 / 2025"), ("Datum afschrift", "01-04-2025"), ("Periode", "01-03-2025 t/m 31-03-2025"),
        ("Rekeninghouder", "S.E. de Groot"), ("IBAN", "NL34 PLBK 0418 2733 65"), ("Product", "Polderbank Betaalrekening Basis")]
y = 80
for k, v in info:
    pdf.set_xy(18, y)
    pdf.set_text_color(90)
    pdf.cell(38, 5, k)
    pdf.set_text_color(0)
    pdf.cell(80, 5, v)
    y += 5

# saldo box
pdf.set_draw_color(0, 122, 94)
pdf.set_fill_color(232, 244, 240)
pdf.rect(122, 80, 70, 30, "DF")
box = [("Beginsaldo 01-03-2025", nl(2418.37)), ("Totaal bij (2 posten)", "+ " + nl(cred)),
       ("Totaal af (16 posten)", "− " + nl(deb)), ("Eindsaldo 31-03-2025", nl(1906.52))]
yy = 82
for i, (k, v) in enumerate(box):
    pdf.set_font("dv", "B" if i == 3 else "", 9)
    pdf.set_xy(125, yy)
    pdf.cell(40, 6, k)
    pdf.cell(24, 6, "€ " + v, align="R")
    yy += 6.5

# transactions
y = 118
pdf.set_font("dv", "B", 8)
pdf.set_fill_color(0, 122, 94)
pdf.set_text_color(255)
pdf.set_xy(18, y)
pdf.cell(16, 6, " Datum", fill=True)
pdf.cell(108, 6, "Omschrijving", fill=True)
pdf.cell(25, 6, "Af (€)", fill=True, align="R")
pdf.cell(25, 6, "Bij (€) ", fill=True, align="R")
y += 6
pdf.set_text_color(0)
pdf.set_font("dv", "", 7.8)
pdf.set_xy(18, y)
pdf.cell(124, 5.2, " Saldo 28-02-2025 (vorig afschrift)")
pdf.cell(50, 5.2, nl(2418.37) + " ", align="R")
y += 5.2
for i, (dt, desc, af, bij) in enumerate(TX):
    if i % 2 == 0:
        pdf.set_fill_color(244, 247, 246)
        pdf.rect(18, y, 174, 5.2, "F")
    pdf.set_xy(18, y)
    pdf.cell(16, 5.2, " " + dt)
    pdf.cell(108, 5.2, desc)
    pdf.cell(25, 5.2, nl(af) if af is not None else "", align="R")
    pdf.cell(25, 5.2, (nl(bij) + " ") if bij is not None else "", align="R")
    y += 5.2
pdf.set_draw_color(120)
pdf.line(18, y + 0.5, 192, y + 0.5)
pdf.set_font("dv", "B", 8)
pdf.set_xy(18, y + 1)
pdf.cell(124, 5.5, " Totaal mutaties")
pdf.cell(25, 5.5, nl(deb), align="R")
pdf.cell(25, 5.5, nl(cred) + " ", align="R")
pdf.set_xy(18, y + 6.5)
pdf.cell(124, 5.5, " Saldo 31-03-2025")
pdf.cell(50, 5.5, nl(1906.52) + " ", align="R")

pdf.set_font("dv", "", 7.5)
pdf.set_text_color(70)
pdf.set_xy(18, y + 18)
pdf.multi_cell(174, 3.8, "Rente: over een positief saldo op uw betaalrekening ontvangt u geen rente. Rood staan is op deze rekening niet mogelijk. "
               "Kosten Basispakket: € 0,00 (eerste jaar gratis, daarna € 3,25 per maand vanaf 01-10-2025).\n"
               "Controleer dit afschrift. Klopt er iets niet? Laat het ons binnen 13 maanden na de afschrijving weten via polderbank.nl/contact. "
               "Bewaar dit afschrift bij uw administratie; een jaaroverzicht voor uw belastingaangifte ontvangt u in januari.")
pdf.output(sys.argv[1])
