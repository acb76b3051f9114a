# Alpenkurier Express AG - invoice for duties and taxes with Swiss QR-bill (fpdf2)
import sys, random, datetime
from fpdf import FPDF

F = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2024, 10, 18, 6, 12, tzinfo=datetime.timezone.utc))
pdf.set_title("Rechnung 7704118523")
pdf.set_author("Alpenkurier Express AG")
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

# letterhead: brand block top left, yellow stripe
pdf.set_fill_color(255, 196, 0)
pdf.rect(0, 0, 210, 6, "F")
pdf.set_xy(18, 14)
pdf.set_font("LS", "B", 20); pdf.set_text_color(30, 30, 30)
pdf.cell(0, 8, "ALPENKURIER")
pdf.set_xy(18, 22)
pdf.set_font("LS", "", 8.5); pdf.set_text_color(90, 90, 90)
pdf.multi_cell(80, 4, "Alpenkurier Express AG\nHardturmstrasse 161, 8005 Zürich\nTel. +41 44 552 18 00 · zoll@alpenkurier.ch\nMWST-Nr. CHE-116.284.957 MWST")

# addressee (window right, Swiss style)
pdf.set_text_color(0, 0, 0)
pdf.set_xy(118, 36)
pdf.set_font("LS", "", 7); pdf.cell(0, 4, "Alpenkurier Express AG, Hardturmstrasse 161, 8005 Zürich")
pdf.set_xy(118, 41)
pdf.set_font("LS", "", 10)
pdf.multi_cell(80, 5, "Aldergrove Consulting Ltd\nc/o Kessler Pharma AG\nAbteilung Strategie\nGrabenstrasse 12\n8001 Zürich")

# title and reference grid (bilingual)
pdf.set_xy(18, 68)
pdf.set_font("LS", "B", 15)
pdf.cell(0, 8, "Rechnung Zoll und Abgaben / Invoice Duties & Taxes")
grid = [
    ("Rechnungs-Nr. / Invoice No.", "7704118523", "Kunden-Nr. / Account No.", "2291047"),
    ("Rechnungsdatum / Invoice date", "18.10.2024", "Sendungsnummer / AWB", "3981 4470 2215"),
    ("Zahlbar bis / Due date", "17.11.2024", "Zollanmeldung / Customs entry", "24CHEE004471829"),
    ("Importdatum / Import date", "15.10.2024", "Absender / Shipper", "Aldergrove Consulting Ltd, Dublin IE"),
]
y = 79
for a, b, c, d in grid:
    pdf.set_xy(18, y); pdf.set_font("LS", "", 7.5); pdf.set_text_color(100, 100, 100)
    pdf.cell(45, 5, a); pdf.set_font("LS", "", 9); pdf.set_text_color(0, 0, 0); pdf.cell(38, 5, b)
    pdf.set_font("LS", "", 7.5); pdf.set_text_color(100, 100, 100)
    pdf.cell(42, 5, c); pdf.set_font("LS", "", 9); pdf.set_text_color(0, 0, 0); pdf.cell(0, 5, d)
    y += 5.5

# items table
y += 4
pdf.set_fill_color(240, 240, 240)
pdf.set_xy(18, y); pdf.set_font("LS", "B", 8.5)
pdf.cell(112, 7, "  Beschreibung / Description", fill=True)
pdf.cell(22, 7, "MWST-Code", fill=True, align="C")
pdf.cell(40, 7, "Betrag CHF  ", fill=True, align="R")
rows = [
    ("Zollabgaben / Customs duty", "Tarif-Nr. 4911.1000, Drucksachen, 42.0 kg brutto", "0", "38.40"),
    ("Einfuhrsteuer / Import VAT 8.1 %", "auf Steuerwert CHF 2'846.00 (Warenwert inkl. Transport)", "0", "230.53"),
    ("Vorlageprovision / Disbursement fee", "2 % der vorgelegten Abgaben, mind. CHF 18.50", "1", "18.50"),
    ("Verzollungsgebühr / Customs clearance fee", "Einfuhrverzollung Standard", "1", "29.00"),
]
y += 8
for t, sub, code, amt in rows:
    pdf.set_xy(18, y); pdf.set_font("LS", "", 9.5)
    pdf.cell(112, 5, "  " + t); pdf.cell(22, 5, code, align="C"); pdf.cell(40, 5, amt + "  ", align="R")
    pdf.set_xy(18, y + 4.6); pdf.set_font("LS", "", 7.5); pdf.set_text_color(100, 100, 100)
    pdf.cell(112, 4, "  " + sub); pdf.set_text_color(0, 0, 0)
    y += 9.5
pdf.set_draw_color(0, 0, 0); pdf.line(18, y, 192, y); y += 2
tot = [("Zwischentotal / Subtotal", "316.43"),
       ("MWST 8.1 % auf CHF 47.50 (Code 1)", "3.85"),
       ("Rundungsdifferenz / Rounding", "0.02")]
for t, a in tot:
    pdf.set_xy(100, y); pdf.set_font("LS", "", 9.5)
    pdf.cell(52, 5.5, t); pdf.cell(40, 5.5, a + "  ", align="R"); y += 5.5
pdf.line(100, y + 0.5, 192, y + 0.5)
pdf.set_xy(100, y + 1.5); pdf.set_font("LS", "B", 11)
pdf.cell(52, 7, "Total CHF"); pdf.cell(40, 7, "320.30  ", align="R")
y += 11
pdf.set_xy(18, y); pdf.set_font("LS", "", 7.5)
pdf.multi_cell(174, 3.5,
    "MWST-Code 0: Abgaben der Eidg. Zollverwaltung (BAZG), von Alpenkurier vorgelegt, ohne MWST. "
    "Code 1: Dienstleistungen Alpenkurier, MWST 8.1 %. Die Einfuhrsteuer kann mit der Veranlagungsverfügung "
    "MWST als Vorsteuer geltend gemacht werden (nur für Steuerpflichtige im Inland).\n"
    "Zahlbar innert 30 Tagen netto. Bitte verwenden Sie den untenstehenden Zahlteil. / Payable within 30 days net. "
    "Please use the payment part below.")

# --- QR-bill (Zahlteil) at the bottom, 105 mm high ---
top = 192
pdf.set_draw_color(0, 0, 0)
pdf.set_dash_pattern(dash=1, gap=1)
pdf.line(0, top, 210, top); pdf.line(62, top, 62, 297)
pdf.set_dash_pattern()
def lab(x, yy, t): pdf.set_xy(x, yy); pdf.set_font("LS", "B", 6); pdf.cell(0, 3, t)
def val(x, yy, t, w=52, s=8):
    pdf.set_xy(x, yy); pdf.set_font("LS", "", s); pdf.multi_cell(w, 3.5 if s < 9 else 4.2, t)
# receipt
pdf.set_xy(5, top + 5); pdf.set_font("LS", "B", 11); pdf.cell(0, 5, "Empfangsschein")
lab(5, top + 12, "Konto / Zahlbar an")
val(5, top + 15, "CH70 0048 3518 2731 0400 0\nAlpenkurier Express AG\nHardturmstrasse 161\n8005 Zürich")
lab(5, top + 33, "Zahlbar durch")
val(5, top + 36, "Aldergrove Consulting Ltd\nc/o Kessler Pharma AG\nGrabenstrasse 12\n8001 Zürich")
lab(5, top + 70, "Währung"); lab(20, top + 70, "Betrag")
val(5, top + 73, "CHF", 14); val(20, top + 73, "320.30", 30)
lab(38, top + 88, "Annahmestelle")
# payment part
pdf.set_xy(67, top + 5); pdf.set_font("LS", "B", 11); pdf.cell(0, 5, "Zahlteil")
pdf.set_fill_color(0, 0, 0)
rnd = random.Random(7704118523)
qx, qy, n, m = 67, top + 17, 33, 46 / 33
for i in range(n):
    for j in range(n):
        corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
        if corner:
            a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
            on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
        else:
            on = rnd.random() < 0.5
        if on: pdf.rect(qx + j * m, qy + i * m, m, m, "F")
pdf.set_fill_color(255, 255, 255); pdf.rect(qx + 19, qy + 19, 8, 8, "F")
pdf.set_fill_color(0, 0, 0); pdf.rect(qx + 19.8, qy + 19.8, 6.4, 6.4, "F")
pdf.set_fill_color(255, 255, 255); pdf.rect(qx + 22.3, qy + 21, 1.4, 4, "F"); pdf.rect(qx + 21, qy + 22.3, 4, 1.4, "F")
lab(67, top + 68, "Währung"); lab(82, top + 68, "Betrag")
val(67, top + 71, "CHF", 14, 10); val(82, top + 71, "320.30", 30, 10)
lab(118, top + 5, "Konto / Zahlbar an")
val(118, top + 8, "CH70 0048 3518 2731 0400 0\nAlpenkurier Express AG\nHardturmstrasse 161\n8005 Zürich", 85, 10)
lab(118, top + 28, "Zusätzliche Informationen")
val(118, top + 31, "Rechnung 7704118523 / Kunde 2291047\nAWB 3981 4470 2215", 85, 10)
lab(118, top + 44, "Zahlbar durch")
val(118, top + 47, "Aldergrove Consulting Ltd\nc/o Kessler Pharma AG\nGrabenstrasse 12\n8001 Zürich", 85, 10)
pdf.output(sys.argv[1])
