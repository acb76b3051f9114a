import sys, datetime
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "24_factuur_koelhuis.pdf"
F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("SE", "", F + "LiberationSerif-Regular.ttf")
pdf.add_font("SE", "B", F + "LiberationSerif-Bold.ttf")
pdf.add_font("SA", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("SA", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(20, 15, 20)
pdf.add_page()
# letterhead right
pdf.set_font("SA", "B", 16); pdf.set_text_color(20, 60, 120)
pdf.set_xy(110, 15); pdf.cell(80, 8, "Koelhuis Westland B.V.", align="R")
pdf.set_text_color(0); pdf.set_font("SA", "", 8)
pdf.set_xy(110, 24); pdf.multi_cell(80, 3.8, "Coldstore & Fruit Logistics\nVeilingweg 112\n2675 BX Honselersdijk\nT 0174 62 88 10\nKvK 27185533\nBTW NL 8091.22.714.B01\nIBAN NL44 RABO 0312 8840 17", align="R")
# address window left
pdf.set_font("SA", "", 7); pdf.set_xy(20, 45); pdf.cell(80, 4, "Koelhuis Westland B.V. - Veilingweg 112 - 2675 BX Honselersdijk")
pdf.set_font("SE", "", 11); pdf.set_xy(20, 52)
pdf.multi_cell(85, 5.2, "Fruitteeltbedrijf Van der Linden V.O.F.\nt.a.v. de heer M. van der Linden\nLingedijk 48\n4196 HB Tricht")
pdf.set_font("SA", "B", 20); pdf.set_xy(20, 88); pdf.cell(0, 10, "Factuur")
# header row labels with values below
pdf.set_xy(20, 100)
labels = ["Factuurnummer", "Factuurdatum", "Debiteurnummer", "Periode", "Vervaldatum"]
vals = ["2025-10318", "31-03-2025", "D-20417", "01-03-2025 t/m 31-03-2025", "30-04-2025"]
ws = [30, 28, 28, 52, 32]
pdf.set_font("SA", "", 7.5); pdf.set_text_color(90, 90, 90)
for l, w in zip(labels, ws): pdf.cell(w, 5, l)
pdf.ln(); pdf.set_text_color(0); pdf.set_font("SA", "B", 9.5)
for v, w in zip(vals, ws): pdf.cell(w, 5, v)
pdf.ln(10)
pdf.set_font("SA", "", 9)
pdf.multi_cell(0, 4.5, "Betreft: opslag appels (Elstar, Jonagold) en peren (Conference) in ULO-cellen 7 en 9, ontvangstbon OB-25-2271.")
pdf.ln(3)
W = [80, 22, 18, 25, 25]
pdf.set_font("SA", "B", 8.5); pdf.set_draw_color(20, 60, 120); pdf.set_line_width(0.5)
for h, w, a in zip(["Omschrijving", "Aantal", "Eenheid", "Tarief", "Bedrag"], W, "LRLRR"):
    pdf.cell(w, 7, h, border="B", align=a)
pdf.ln(); pdf.set_line_width(0.2); pdf.set_draw_color(180)
pdf.set_font("SA", "", 9)
rows = [("Opslag ULO per palletplaats per week (410 pl. x 4 wk)", "1.640", "pl/wk", "€ 2,35", "€ 3.854,00"),
        ("Inslag (ontvangst, wegen, registratie)", "410", "pallet", "€ 3,10", "€ 1.271,00"),
        ("Uitslag (orderpick en laden)", "120", "pallet", "€ 3,10", "€ 372,00"),
        ("Energietoeslag 6% over opslag", "", "", "", "€ 231,24"),
        ("Sorteren / ompakken op verzoek", "6", "uur", "€ 48,50", "€ 291,00")]
for r in rows:
    for v, w, a in zip(r, W, "LRLRR"):
        pdf.cell(w, 7, v, border="B", align=a)
    pdf.ln()
pdf.ln(4)
for k, v, b in [("Subtotaal excl. BTW", "€ 6.019,24", False), ("BTW 21%", "€ 1.264,04", False), ("Totaal incl. BTW", "€ 7.283,28", True)]:
    pdf.set_x(115); pdf.set_font("SA", "B" if b else "", 10.5 if b else 9.5)
    pdf.cell(45, 7, k); pdf.cell(25, 7, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8); pdf.set_font("SE", "", 9.5)
pdf.multi_cell(0, 4.8, "Wij verzoeken u het totaalbedrag vóór 30-04-2025 over te maken op IBAN NL44 RABO 0312 8840 17 "
               "onder vermelding van het factuurnummer. Voorraadstand per 31-03-2025: 290 pallets.")
pdf.ln(4); pdf.set_font("SA", "", 7)
pdf.multi_cell(0, 3.5, "Op al onze diensten zijn de Algemene Voorwaarden van de Nederlandse Vereniging van Koel- en Vrieshuizen (NVKL), "
               "gedeponeerd bij de Kamer van Koophandel, van toepassing. Klachten binnen 8 dagen na factuurdatum schriftelijk melden.")
pdf.output(out)
