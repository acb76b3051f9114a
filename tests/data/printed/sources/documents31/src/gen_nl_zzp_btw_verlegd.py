"""Factuur ZZP timmerman met btw verlegd – Timmerbedrijf Jansen (fpdf2)."""
import sys
from fpdf_common import new_pdf

out = sys.argv[1]
pdf = new_pdf("Factuur 2025-017")
pdf.set_auto_page_break(False)
pdf.add_page()
WOOD = (120, 78, 40)

pdf.set_xy(20, 18)
pdf.set_font("Sans", "B", 22)
pdf.set_text_color(*WOOD)
pdf.cell(100, 10, "Timmerbedrijf Jansen")
pdf.set_xy(20, 28)
pdf.set_font("Sans", "I", 9)
pdf.set_text_color(80, 80, 80)
pdf.cell(100, 5, "Nieuwbouw · Renovatie · Kozijnen · Afbouw")

pdf.set_font("Sans", "", 8.5)
pdf.set_xy(140, 16)
pdf.multi_cell(55, 4.2, "R. (Ruud) Jansen\nDorpsstraat 88\n3941 JM Doorn\n06 - 41 27 93 58\ninfo@timmerbedrijfjansen.nl\nKvK 71823546\nBtw-id NL002345675B01", align="L")

pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.set_xy(20, 55)
pdf.multi_cell(90, 5, "Bouwbedrijf Van Rijn B.V.\nt.a.v. crediteurenadministratie\nIndustrieweg 12\n3401 MA IJsselstein", align="L")

pdf.set_xy(20, 85)
pdf.set_font("Sans", "B", 16)
pdf.cell(60, 8, "FACTUUR")
pdf.set_font("Sans", "", 9)
info = [("Factuurnummer", "2025-017"), ("Factuurdatum", "14-03-2025"), ("Vervaldatum", "13-04-2025"),
        ("Project", "Nieuwbouw 12 woningen De Boomgaard, Houten"), ("Uw projectnummer", "VR-2024-33"),
        ("Btw-nummer opdrachtgever", "NL815392606B01")]
y = 96
for k, v in info:
    pdf.set_xy(20, y)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(45, 5, k)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(100, 5, v)
    y += 5

y += 6
pdf.set_xy(20, y)
pdf.set_font("Sans", "B", 9)
pdf.set_draw_color(*WOOD)
pdf.cell(95, 7, "Omschrijving", border="B")
pdf.cell(20, 7, "Uren", border="B", align="R")
pdf.cell(25, 7, "Tarief", border="B", align="R")
pdf.cell(30, 7, "Bedrag", border="B", align="R")
pdf.set_font("Sans", "", 9)
rows = [("Timmerwerk week 8 (17-02 t/m 21-02-2025): kozijnen blok A", "40", "€ 70,00", "€ 2.800,00"),
        ("Timmerwerk week 9 (24-02 t/m 28-02-2025): dakbeschot en boeidelen", "36", "€ 70,00", "€ 2.520,00"),
        ("Timmerwerk week 10 (03-03-2025): afhangen binnendeuren woning 4", "8", "€ 70,00", "€ 560,00")]
y += 7
for r in rows:
    pdf.set_xy(20, y)
    pdf.cell(95, 7, r[0])
    pdf.cell(20, 7, r[1], align="R")
    pdf.cell(25, 7, r[2], align="R")
    pdf.cell(30, 7, r[3], align="R")
    y += 7
pdf.line(20, y + 1, 190, y + 1)
y += 4
for k, v, b in [("Subtotaal (84 uur)", "€ 5.880,00", False), ("Btw verlegd", "€ 0,00", False), ("Totaal te betalen", "€ 5.880,00", True)]:
    pdf.set_xy(115, y)
    pdf.set_font("Sans", "B" if b else "", 10 if b else 9)
    pdf.cell(45, 6.5, k)
    pdf.cell(30, 6.5, v, align="R")
    y += 6.5

y += 8
pdf.set_xy(20, y)
pdf.set_font("Sans", "B", 9)
pdf.cell(170, 5, "Btw verlegd", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_x(20)
pdf.multi_cell(170, 4.6, "Omzetbelasting verlegd naar de opdrachtgever (verleggingsregeling onderaanneming in de bouw, art. 12 lid 5 Wet OB 1968 "
               "en art. 24b Uitvoeringsbeschikking OB 1968). Btw-identificatienummer afnemer: NL815392606B01.", align="L")
pdf.ln(4)
pdf.set_x(20)
pdf.multi_cell(170, 4.6, "Graag het totaalbedrag binnen 30 dagen overmaken op rekening NL93 INGB 0006 7123 95 t.n.v. Timmerbedrijf Jansen, "
               "onder vermelding van factuurnummer 2025-017. Urenstaten zijn voor akkoord getekend door uw uitvoerder (H. de Boer).", align="L")
pdf.set_font("Sans", "", 7.5)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(20, 282)
pdf.cell(170, 4, "Timmerbedrijf Jansen · KvK 71823546 · Btw-id NL002345675B01 · IBAN NL93 INGB 0006 7123 95 · Algemene voorwaarden gedeponeerd bij KvK", align="C")
pdf.output(out)
