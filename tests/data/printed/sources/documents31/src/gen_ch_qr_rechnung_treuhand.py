"""Rechnung mit QR-Zahlteil – Treuhand Bühler AG, Winterthur (fpdf2)."""
import sys
from fpdf_common import new_pdf, qr_like

out = sys.argv[1]
pdf = new_pdf("Rechnung 25-0318")
pdf.set_auto_page_break(False)
pdf.add_page()
NAVY = (22, 52, 96)

# letterhead
pdf.set_xy(20, 15)
pdf.set_font("Sans", "B", 17)
pdf.set_text_color(*NAVY)
pdf.cell(100, 8, "Treuhand Bühler AG")
pdf.set_font("Sans", "", 8)
pdf.set_text_color(70, 70, 70)
pdf.set_xy(130, 14)
pdf.multi_cell(60, 3.8, "Technikumstrasse 38\n8400 Winterthur\nTelefon 052 213 44 70\nbuchhaltung@treuhand-buehler.ch\nMWST-Nr. CHE-114.382.597 MWST", align="R")
pdf.set_xy(20, 23)
pdf.set_font("Sans", "", 8.5)
pdf.cell(100, 4, "Buchhaltung · Steuern · Lohnwesen · Revision", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(*NAVY)
pdf.line(20, 36, 190, 36)

# address window (right side, Swiss standard)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10)
pdf.set_xy(118, 48)
pdf.multi_cell(70, 5, "Schreinerei Kälin GmbH\nHerr Roman Kälin\nZürcherstrasse 141\n8406 Winterthur", align="L")

pdf.set_xy(20, 48)
pdf.set_font("Sans", "", 8.5)
for k, v in [("Rechnungsdatum", "20.03.2025"), ("Kunden-Nr.", "KD-2207"), ("Mandat", "FIBU/JA 2024"), ("Zahlbar bis", "19.04.2025")]:
    pdf.set_x(20)
    pdf.cell(28, 4.6, k)
    pdf.cell(40, 4.6, v, new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(20, 80)
pdf.set_font("Sans", "B", 13)
pdf.cell(0, 7, "Rechnung Nr. 25-0318", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_x(20)
pdf.multi_cell(170, 4.5, "Winterthur, 20. März 2025\n\nSehr geehrter Herr Kälin\nFür unsere Leistungen im Zusammenhang mit Ihrem Mandat erlauben wir uns, Ihnen wie folgt Rechnung zu stellen:", align="L")

y = 110
pdf.set_xy(20, y)
pdf.set_font("Sans", "B", 8.5)
pdf.set_fill_color(230, 235, 243)
for w, h, a in [(100, "Leistung", "L"), (20, "Menge", "R"), (22, "Ansatz", "R"), (28, "Betrag CHF", "R")]:
    pdf.cell(w, 6, h, align=a, fill=True)
pdf.set_font("Sans", "", 8.5)
rows = [("Finanzbuchhaltung Oktober–Dezember 2024 inkl. Kontenabstimmungen", "14.5 Std.", "145.00", "2'102.50"),
        ("Jahresabschluss 2024 und Steuererklärung juristische Person (Pauschale)", "1", "1'800.00", "1'800.00"),
        ("MWST-Abrechnung 4. Quartal 2024 (effektive Methode)", "1", "280.00", "280.00"),
        ("Lohnbuchhaltung Oktober–Dezember 2024, 3 Mitarbeitende", "9", "35.00", "315.00")]
y += 6
for r in rows:
    pdf.set_xy(20, y)
    for (w, a), v in zip([(100, "L"), (20, "R"), (22, "R"), (28, "R")], r):
        pdf.cell(w, 6, v, align=a)
    y += 6
pdf.line(20, y + 0.5, 190, y + 0.5)
y += 2
for k, v, b in [("Total Leistungen exkl. MWST", "4'497.50", False), ("MWST 8.1 % auf CHF 4'497.50", "364.30", False), ("Rechnungsbetrag inkl. MWST", "CHF 4'861.80", True)]:
    pdf.set_xy(100, y)
    pdf.set_font("Sans", "B" if b else "", 9 if b else 8.5)
    pdf.cell(62, 5.5, k)
    pdf.cell(28, 5.5, v, align="R")
    y += 5.5
pdf.set_xy(20, y + 3)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(170, 4.2, "Zahlbar innert 30 Tagen netto, d. h. bis 19.04.2025, mit beiliegendem QR-Einzahlungsschein. "
               "Akontozahlungen für das Mandat 2025 werden separat in Rechnung gestellt.\nFreundliche Grüsse\nTreuhand Bühler AG, Sandra Bühler, dipl. Treuhandexpertin", align="L")

# ---------------- QR-bill payment part (bottom 105 mm) ----------------
top = 297 - 105
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.2)
pdf.set_dash_pattern(dash=1, gap=1)
pdf.line(0, top, 210, top)
pdf.line(62, top, 62, 297)
pdf.set_dash_pattern()
pdf.set_font("DV", "", 9)
pdf.set_xy(3, top - 4.5)
pdf.cell(8, 4, "✂")

IBAN = "CH97 3000 0002 1018 2934 5"
REF = "21 00000 00000 25031 84713 00905"


def heading(x, yy, txt, size):
    pdf.set_xy(x, yy)
    pdf.set_font("Sans", "B", size)
    pdf.cell(50, size * 0.45, txt, new_x="LEFT", new_y="NEXT")


def value(x, lines, size):
    pdf.set_font("Sans", "", size)
    for line in lines:
        pdf.set_x(x)
        pdf.cell(80, size * 0.42, line, new_x="LEFT", new_y="NEXT")


# receipt
x = 5
pdf.set_xy(x, top + 5)
pdf.set_font("Sans", "B", 11)
pdf.cell(50, 6, "Empfangsschein")
heading(x, top + 13, "Konto / Zahlbar an", 6)
value(x, [IBAN, "Treuhand Bühler AG", "Technikumstrasse 38", "8400 Winterthur"], 8)
heading(x, pdf.get_y() + 2, "Referenz", 6)
value(x, [REF], 8)
heading(x, pdf.get_y() + 2, "Zahlbar durch", 6)
value(x, ["Schreinerei Kälin GmbH", "Zürcherstrasse 141", "8406 Winterthur"], 8)
heading(x, top + 68, "Währung", 6)
value(x, ["CHF"], 8)
heading(x + 14, top + 68, "Betrag", 6)
value(x + 14, ["4 861.80"], 8)
pdf.set_xy(x + 20, top + 82)
pdf.set_font("Sans", "B", 6)
pdf.cell(35, 3, "Annahmestelle", align="R")

# payment part
x = 67
pdf.set_xy(x, top + 5)
pdf.set_font("Sans", "B", 11)
pdf.cell(50, 6, "Zahlteil")
qr_like(pdf, x, top + 17, 46, seed=250318, n=41, swiss_cross=True)
heading(x, top + 68, "Währung", 8)
value(x, ["CHF"], 10)
heading(x + 16, top + 68, "Betrag", 8)
value(x + 16, ["4 861.80"], 10)

x = 118
heading(x, top + 5, "Konto / Zahlbar an", 8)
value(x, [IBAN, "Treuhand Bühler AG", "Technikumstrasse 38", "8400 Winterthur"], 10)
heading(x, pdf.get_y() + 2.5, "Referenz", 8)
value(x, [REF], 10)
heading(x, pdf.get_y() + 2.5, "Zusätzliche Informationen", 8)
value(x, ["Rechnung 25-0318 vom 20.03.2025", "//S1/10/25-0318/11/250320/30/114382597/32/8.1"], 10)
heading(x, pdf.get_y() + 2.5, "Zahlbar durch", 8)
value(x, ["Schreinerei Kälin GmbH", "Zürcherstrasse 141", "8406 Winterthur"], 10)

pdf.output(out)
