from fpdf import FPDF
import sys
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16); pdf.set_xy(20, 18); pdf.cell(100, 8, "Sprachschule Limmat GmbH")
pdf.set_font("Helvetica", "", 9)
for i, l in enumerate(["Limmatquai 64", "8001 Zürich", "Tel. +41 44 251 37 80", "info@sprachschule-limmat.ch", "UID CHE-294.187.552"]):
    pdf.set_xy(140, 18 + i*4.5); pdf.cell(50, 4.5, l)
pdf.set_font("Helvetica", "", 8); pdf.set_xy(20, 48); pdf.cell(100, 4, "Sprachschule Limmat GmbH, Limmatquai 64, 8001 Zürich")
pdf.set_font("Helvetica", "", 10)
for i, l in enumerate(["Frau", "Andrea Keller", "Seefeldstrasse 112", "8008 Zürich"]):
    pdf.set_xy(20, 55 + i*5); pdf.cell(80, 5, l)
pdf.set_xy(140, 55); pdf.cell(50, 5, "Zürich, 20.01.2025")
pdf.set_font("Helvetica", "B", 14); pdf.set_xy(20, 88); pdf.cell(100, 7, "Rechnung")
pdf.set_font("Helvetica", "", 10)
meta = [("Rechnungsnummer:", "25-1044"), ("Rechnungsdatum:", "20.01.2025"), ("Kundennummer:", "K-3317"), ("Zahlbar bis:", "19.02.2025")]
for i, (k, v) in enumerate(meta):
    pdf.set_xy(20, 98 + i*5); pdf.cell(40, 5, k); pdf.cell(40, 5, v)
pdf.set_xy(20, 122); pdf.multi_cell(170, 5, "Vielen Dank für Ihre Anmeldung. Für den folgenden Kurs erlauben wir uns, Rechnung zu stellen:")
y = 135
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(20, y); pdf.cell(110, 6, "Beschreibung", border="B"); pdf.cell(25, 6, "Lektionen", border="B", align="R"); pdf.cell(35, 6, "Betrag CHF", border="B", align="R")
pdf.set_font("Helvetica", "", 10)
items = [("Intensivkurs Englisch B2, 13.01.-07.03.2025 (8 Wochen)", "80", "1'680.00"), ("Lehrmittel (Kursbuch und Arbeitsheft)", "", "95.00")]
y += 8
for d, l, a in items:
    pdf.set_xy(20, y); pdf.cell(110, 6, d); pdf.cell(25, 6, l, align="R"); pdf.cell(35, 6, a, align="R"); y += 6
pdf.line(20, y + 2, 190, y + 2)
pdf.set_font("Helvetica", "B", 10); pdf.set_xy(20, y + 4); pdf.cell(135, 6, "Rechnungsbetrag"); pdf.cell(35, 6, "CHF 1'775.00", align="R")
pdf.set_font("Helvetica", "", 9); pdf.set_xy(20, y + 14)
pdf.multi_cell(170, 4.5, "Bildungsleistungen sind gemäss Art. 21 Abs. 2 Ziff. 11 MWSTG von der Mehrwertsteuer ausgenommen.\nBitte begleichen Sie den Betrag mit dem untenstehenden Einzahlungsschein innert 30 Tagen.\n\nFreundliche Grüsse\nSprachschule Limmat GmbH")
# payment part (QR-bill style, without the QR image)
top = 192
pdf.set_line_width(0.2); pdf.set_dash_pattern(dash=1, gap=1); pdf.line(0, top, 210, top); pdf.line(62, top, 62, 297); pdf.set_dash_pattern()
def t(x, yy, s, b=False, size=8):
    pdf.set_font("Helvetica", "B" if b else "", size); pdf.set_xy(x, yy); pdf.cell(60, 3.5, s)
t(5, top + 5, "Empfangsschein", True, 11)
r = [("Konto / Zahlbar an", ["CH93 0076 2011 6238 5295 7", "Sprachschule Limmat GmbH", "Limmatquai 64", "8001 Zürich"]),
     ("Referenz", ["21 00000 00003 13947 14300 09017"]),
     ("Zahlbar durch", ["Andrea Keller", "Seefeldstrasse 112", "8008 Zürich"])]
yy = top + 14
for h, ls in r:
    t(5, yy, h, True, 6); yy += 3.5
    for l in ls: t(5, yy, l); yy += 3.5
    yy += 2.5
t(5, top + 68, "Währung", True, 6); t(22, top + 68, "Betrag", True, 6)
t(5, top + 72, "CHF"); t(22, top + 72, "1 775.00")
t(38, top + 88, "Annahmestelle", True, 6)
t(67, top + 5, "Zahlteil", True, 11)
pdf.rect(67, top + 17, 46, 46)
pdf.set_font("Helvetica", "", 6); pdf.set_xy(67, top + 38); pdf.cell(46, 4, "[Swiss QR Code]", align="C")
t(67, top + 68, "Währung", True, 8); t(85, top + 68, "Betrag", True, 8)
t(67, top + 73, "CHF", size=10); t(85, top + 73, "1 775.00", size=10)
yy = top + 5
for h, ls in r:
    t(118, yy, h, True, 8); yy += 4
    for l in ls: t(118, yy, l, size=10); yy += 4
    yy += 3
pdf.output(sys.argv[1])
