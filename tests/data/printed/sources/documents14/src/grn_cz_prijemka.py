"""Czech goods-received note (Příjemka materiálu), fpdf2, DejaVu Serif/Sans.
Two-column header block with bordered cells, items table."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(orientation="P", format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("S", "", F + "DejaVuSans.ttf")
pdf.add_font("S", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("C", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("C", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.add_page()

pdf.set_font("S", "B", 9)
pdf.set_xy(12, 10)
pdf.cell(100, 5, "STROJÍRNA HOLUB a.s.")
pdf.set_font("C", "", 7.5)
pdf.set_xy(12, 15)
pdf.multi_cell(100, 3.5, "Průmyslová 1420/9, 586 01 Jihlava\nIČO: 25318840 · DIČ: CZ25318840\nZaps. v OR u KS v Brně, odd. B, vl. 3312")

pdf.set_xy(110, 10)
pdf.set_font("S", "B", 17)
pdf.cell(88, 9, "PŘÍJEMKA", align="R")
pdf.set_xy(110, 19)
pdf.set_font("C", "", 9)
pdf.cell(88, 5, "příjem materiálu na sklad", align="R")

pdf.set_line_width(0.3)


def cell2(x, y, w, lab, val, h=7):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y)
    pdf.set_font("C", "", 8)
    pdf.cell(30, h, lab)
    pdf.set_font("C", "B", 9)
    pdf.cell(w - 32, h, val)


y = 32
left = [
    ("Číslo příjemky:", "PR-2024-00451"),
    ("Datum příjmu:", "19. 8. 2024"),
    ("Sklad:", "02 – Náhradní díly"),
    ("Středisko:", "410 Údržba"),
]
right = [
    ("Číslo objednávky:", "OBJ-24-1187"),
    ("Dodací list č.:", "DL 558120"),
    ("Faktura dodavatele:", "2024031876"),
    ("Způsob dopravy:", "PPL CZ, s.r.o."),
]
for i, (a, b) in enumerate(left):
    cell2(12, y + i * 7, 93, a, b)
for i, (a, b) in enumerate(right):
    cell2(105, y + i * 7, 93, a, b)

y += 33
pdf.rect(12, y, 93, 26)
pdf.rect(105, y, 93, 26)
pdf.set_xy(13.5, y + 1)
pdf.set_font("C", "", 8)
pdf.cell(60, 4, "Dodavatel:")
pdf.set_xy(13.5, y + 6)
pdf.set_font("S", "B", 9.5)
pdf.cell(90, 5, "TECHNO-LOŽISKA s.r.o.")
pdf.set_font("C", "", 8.5)
pdf.set_xy(13.5, y + 11)
pdf.multi_cell(90, 4, "Vídeňská 1193/24, 619 00 Brno\nIČO: 46982215 · DIČ: CZ46982215")
pdf.set_xy(106.5, y + 1)
pdf.set_font("C", "", 8)
pdf.cell(60, 4, "Odběratel / místo příjmu:")
pdf.set_xy(106.5, y + 6)
pdf.set_font("S", "B", 9.5)
pdf.cell(90, 5, "STROJÍRNA HOLUB a.s.")
pdf.set_font("C", "", 8.5)
pdf.set_xy(106.5, y + 11)
pdf.multi_cell(90, 4, "Centrální sklad, hala C\nPrůmyslová 1420/9, 586 01 Jihlava")

y += 32
cols = [(9, "Ř.", "L"), (26, "Kód zboží", "L"), (63, "Název položky", "L"), (17, "Množství", "R"),
        (10, "MJ", "L"), (24, "Cena/MJ Kč", "R"), (37, "Celkem bez DPH Kč", "R")]
pdf.set_xy(12, y)
pdf.set_font("C", "B", 8)
pdf.set_fill_color(220, 220, 220)
for w, h, a in cols:
    pdf.cell(w, 7, h, border=1, align=a, fill=True)
pdf.ln(7)
items = [
    ("1", "LOZ-6205RS", "Ložisko kuličkové 6205-2RS SKF", "120", "ks", "86,50", "10 380,00"),
    ("2", "REM-SPZ1250", "Řemen klínový úzký SPZ 1250", "40", "ks", "214,00", "8 560,00"),
    ("3", "TES-355207", "Těsnění hřídelové 35x52x7 NBR", "200", "ks", "18,90", "3 780,00"),
    ("4", "MAZ-LGMT2", "Plastické mazivo LGMT 2/1 kg", "24", "ks", "412,00", "9 888,00"),
    ("5", "SPO-ROT28", "Spojka pružná ROTEX 28 komplet", "12", "ks", "1 305,00", "15 660,00"),
]
pdf.set_font("C", "", 8.5)
for it in items:
    pdf.set_x(12)
    for (w, h, a), v in zip(cols, it):
        pdf.cell(w, 6.5, v, border=1, align=a)
    pdf.ln(6.5)
y = pdf.get_y()
pdf.set_xy(12, y)
pdf.set_font("C", "B", 9)
pdf.cell(149, 7.5, "Celkem bez DPH:", border=1, align="R")
pdf.cell(37, 7.5, "48 268,00 Kč", border=1, align="R")
y += 7.5
pdf.set_xy(12, y)
pdf.set_font("C", "", 8)
pdf.cell(186, 6, "Počet položek: 5 · Celkové množství: 396 MJ · Oceněno v pořizovacích cenách bez DPH dle faktury dodavatele.", border=0)

y += 12
pdf.set_xy(12, y)
pdf.set_font("S", "B", 9)
pdf.cell(0, 5, "Kontrola při příjmu")
pdf.set_font("C", "", 8.5)
pdf.set_xy(12, y + 6)
pdf.multi_cell(186, 4.2,
    "Zboží převzato bez zjevných vad, množství odpovídá dodacímu listu. Obaly neporušeny. "
    "Položka 4 – šarže 2407-118, datum minimální trvanlivosti 07/2027. Certifikáty 3.1 dle EN 10204 přiloženy u položky 5.")

y += 24
sig = [("Převzal:", "Jana Dvořáková"), ("Zkontroloval:", "Ing. Petr Kolář"), ("Zaúčtoval:", "")]
for i, (a, b) in enumerate(sig):
    x = 12 + i * 62
    pdf.rect(x, y, 62, 24)
    pdf.set_xy(x + 1.5, y + 1.5)
    pdf.set_font("C", "", 8)
    pdf.cell(58, 4, a)
    pdf.set_xy(x + 1.5, y + 7)
    pdf.set_font("C", "B", 9.5)
    pdf.cell(58, 5, b)
    pdf.set_xy(x + 1.5, y + 18)
    pdf.set_font("C", "", 7)
    pdf.cell(58, 4, "podpis / datum")

pdf.set_xy(12, 285)
pdf.set_font("C", "", 6.5)
pdf.set_text_color(100, 100, 100)
pdf.cell(93, 4, "Vytištěno z IS HELIOS Orange · 19.08.2024 14:52 · uživatel: jdvorakova")
pdf.cell(93, 4, "Strana 1/1", align="R")
pdf.output(OUT)
