import sys, datetime
from fpdf import FPDF

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.set_auto_page_break(False)
pdf.add_page()
ORANGE = (235, 94, 40)

# header band
pdf.set_fill_color(30, 30, 30)
pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255)
pdf.set_font("Helvetica", "B", 24)
pdf.set_xy(16, 8)
pdf.cell(40, 12, "FIT")
pdf.set_text_color(*ORANGE)
pdf.set_xy(16 + pdf.get_string_width("FIT") + 2.5, 8)
pdf.cell(40, 12, "LAB")
pdf.set_text_color(200)
pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(16, 20)
pdf.cell(80, 5, "Aarhus  |  Frederiks Allé 102  |  8000 Aarhus C")
pdf.set_xy(120, 9)
pdf.multi_cell(74, 4.4, "Tlf. 86 12 44 70\nkontakt@fitlab-aarhus.dk\nwww.fitlab-aarhus.dk", align="R")

pdf.set_text_color(0)
pdf.set_font("Helvetica", "", 10)
pdf.set_xy(16, 44)
pdf.multi_cell(90, 5, "Mette Sørensen\nJægergårdsgade 44, 2. th.\n8000 Aarhus C")

pdf.set_font("Helvetica", "B", 20)
pdf.set_xy(120, 42)
pdf.cell(74, 9, "FAKTURA", align="R")
meta = [("Fakturanr.", "48213"), ("Fakturadato", "01.03.2025"), ("Forfaldsdato", "08.03.2025"),
        ("Medlemsnr.", "100734"), ("Kundenr.", "C-100734")]
y = 54
pdf.set_font("Helvetica", "", 9)
for k, v in meta:
    pdf.set_xy(120, y)
    pdf.cell(34, 5, k)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(40, 5, v, align="R")
    pdf.set_font("Helvetica", "", 9)
    y += 5

# lines
y = 92
pdf.set_fill_color(*ORANGE)
pdf.set_text_color(255)
pdf.set_font("Helvetica", "B", 9)
pdf.set_xy(16, y)
for w, t, a in [(88, " Beskrivelse", "L"), (18, "Antal", "R"), (28, "Enhedspris", "R"), (44, "Beløb inkl. moms ", "R")]:
    pdf.cell(w, 7, t, fill=True, align=a)
pdf.set_text_color(0)
pdf.set_font("Helvetica", "", 9)
lines = [(" Medlemskab Flex All Access, marts 2025", "1", "399,00", "399,00"),
         ("   Periode 01.03.2025 - 31.03.2025, fri adgang alle centre", "", "", ""),
         (" Personlig træning, 60 min. (træner: Kasper B.)", "1", "650,00", "650,00"),
         ("   Afholdt 24.02.2025", "", "", ""),
         (" Indmeldelsesgebyr (frafaldet, kampagne)", "1", "0,00", "0,00")]
y += 7
for d, q, u, b in lines:
    pdf.set_xy(16, y)
    pdf.set_font("Helvetica", "" if d.startswith("   ") is False else "I", 9 if not d.startswith("   ") else 8)
    pdf.cell(88, 6, d)
    pdf.cell(18, 6, q, align="R")
    pdf.cell(28, 6, u, align="R")
    pdf.cell(44, 6, (b + " ") if b else "", align="R")
    y += 6
pdf.set_draw_color(180)
pdf.line(16, y + 1, 194, y + 1)

tot = [("Subtotal ekskl. moms", "839,20"), ("Moms 25 %", "209,80"), ("Total inkl. moms DKK", "1.049,00")]
y += 5
for i, (k, v) in enumerate(tot):
    pdf.set_xy(110, y)
    pdf.set_font("Helvetica", "B" if i == 2 else "", 11 if i == 2 else 9)
    pdf.cell(50, 7, k)
    pdf.cell(34, 7, v + " ", align="R")
    y += 7
pdf.set_draw_color(*ORANGE)
pdf.line(110, y - 7, 194, y - 7)

pdf.set_font("Helvetica", "", 9)
pdf.set_xy(16, y + 10)
pdf.multi_cell(178, 4.8,
    "Betaling: Beløbet trækkes via Betalingsservice den 08.03.2025. Har du ikke tilmeldt Betalingsservice, bedes du betale "
    "senest forfaldsdatoen via FI-kort eller bankoverførsel til reg.nr. 8117, kontonr. 0004471882 med fakturanummeret som reference.\n"
    "Ved for sen betaling opkræves et rykkergebyr på 100,00 kr. og adgangen til centrene spærres, indtil beløbet er betalt.\n"
    "Din binding udløber 31.05.2025. Opsigelse sker med løbende måned + 1 måned via Min side.")

# FI payment slip
y = 222
pdf.set_draw_color(120)
pdf.set_line_width(0.2)
with pdf.local_context():
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    pdf.line(10, y - 4, 200, y - 4)
pdf.set_font("Helvetica", "B", 9)
pdf.set_xy(16, y)
pdf.cell(80, 5, "INDBETALINGSKORT  FI +71")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(16, y + 7)
pdf.multi_cell(90, 4.4, "Betalingsmodtager:\nFitLab Aarhus ApS\nFrederiks Allé 102\n8000 Aarhus C")
pdf.set_xy(120, y + 7)
pdf.multi_cell(74, 4.4, "Betalingsdato: 08.03.2025\nBeløb: 1.049,00 kr.\nMedlemsnr. 100734", align="R")
pdf.set_font("Courier", "", 11)
pdf.set_xy(16, y + 30)
pdf.cell(178, 6, "+71< 000000482134 +85471234<", align="R")

pdf.set_font("Helvetica", "", 7)
pdf.set_text_color(110)
pdf.set_xy(16, 280)
pdf.cell(178, 4, "FitLab Aarhus ApS  |  CVR-nr. 38472195  |  Danske Bank reg.nr. 8117 kontonr. 0004471882  |  IBAN DK33 8117 0004 4718 82  |  BIC DABADKKK", align="C")
pdf.output(sys.argv[1])
