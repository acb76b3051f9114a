# Anzahlungsrechnung of a Tyrolean seminar hotel (fpdf2)
import sys, datetime
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2024, 11, 28, 9, 30, tzinfo=datetime.timezone.utc))
pdf.set_title("Anzahlungsrechnung AZ-2024-112")
pdf.add_font("S", "", F + "DejaVuSerif.ttf"); pdf.add_font("S", "B", F + "DejaVuSerif-Bold.ttf")
pdf.add_font("N", "", F + "DejaVuSans.ttf"); pdf.add_font("N", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
GREEN = (46, 84, 52)
# letterhead centred
pdf.set_text_color(*GREEN)
pdf.set_font("S", "B", 21); pdf.set_xy(10, 14); pdf.cell(190, 9, "Alpengasthof Sonnleiten", align="C")
pdf.set_font("N", "", 8.5); pdf.set_xy(10, 24); pdf.cell(190, 5, "★ ★ ★ ★   Seminar- & Tagungshotel am Brenner", align="C")
pdf.set_text_color(70, 70, 70)
pdf.set_xy(10, 29); pdf.cell(190, 5, "Sonnleitenweg 12 · 6156 Gries am Brenner · Tirol · Tel. +43 5274 87 220 · seminar@sonnleiten.at", align="C")
pdf.set_draw_color(*GREEN); pdf.set_line_width(0.6); pdf.line(20, 37, 190, 37); pdf.set_line_width(0.2)
pdf.set_text_color(0, 0, 0)
# customer left
pdf.set_font("N", "", 7); pdf.set_xy(20, 46); pdf.cell(90, 4, "Alpengasthof Sonnleiten GmbH · Sonnleitenweg 12 · 6156 Gries am Brenner")
pdf.set_font("N", "", 10); pdf.set_xy(20, 52)
pdf.multi_cell(85, 5, "Aldergrove Consulting Ltd\nz. H. Frau Nora Keating\n27 Herbert Place\nDublin 2, D02 X285\nIrland")
# info right: labels above values in two columns of boxes
boxes = [("Rechnungsdatum", "28.11.2024"), ("Zahlbar bis", "12.12.2024"),
         ("Kundennummer", "K-7714"), ("Angebot", "A-2024-388 vom 14.11.2024")]
pos = [(118, 48, 35), (155, 48, 35), (118, 61, 35), (155, 61, 35)]
boxes = [("Rechnungsdatum", "28.11.2024"), ("Zahlbar bis", "12.12.2024"),
         ("Kundennummer", "K-7714"), ("Angebot", "A-2024-388")]
for (x, y, w), (k, v) in zip(pos, boxes):
    pdf.set_draw_color(180, 180, 180); pdf.rect(x, y, w, 11)
    pdf.set_xy(x + 1.5, y + 1); pdf.set_font("N", "", 6.5); pdf.set_text_color(110, 110, 110); pdf.cell(w - 3, 3.5, k)
    pdf.set_xy(x + 1.5, y + 5); pdf.set_font("N", "B", 9); pdf.set_text_color(0, 0, 0); pdf.cell(w - 3, 5, v)
# title
pdf.set_xy(20, 88); pdf.set_font("S", "B", 15); pdf.set_text_color(*GREEN)
pdf.cell(0, 8, "Anzahlungsrechnung Nr. AZ-2024-112"); pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, 97); pdf.set_font("N", "", 9.5)
pdf.multi_cell(170, 5, "Veranstaltung: Strategie-Klausur Aldergrove Consulting, 10.03.–12.03.2025, 8 Teilnehmende.\n"
    "Sehr geehrte Frau Keating, vielen Dank für Ihre Buchung. Gemäß unserem Angebot und Ihrer Bestätigung vom "
    "20.11.2024 stellen wir Ihnen die vereinbarte Anzahlung von 30 % des Gesamtangebots in Rechnung.", align="L")
# offer summary table
def row(y, cols, widths, bold=False, fill=None, size=9):
    x = 20
    pdf.set_font("N", "B" if bold else "", size)
    if fill: pdf.set_fill_color(*fill)
    for i, (c, w) in enumerate(zip(cols, widths)):
        pdf.set_xy(x, y); pdf.cell(w, 6.2, c, align="R" if i > 0 else "L", fill=bool(fill), border="B")
        x += w
pdf.set_draw_color(200, 200, 200)
y = 120
pdf.set_font("N", "B", 10); pdf.set_xy(20, y); pdf.cell(0, 6, "Gesamtangebot (Preise inkl. USt.)"); y += 7
W = [86, 28, 28, 28]
row(y, ["Leistung", "Menge", "Einzelpreis", "Betrag EUR"], W, True, (232, 240, 233)); y += 6.2
row(y, ["Übernachtung mit Frühstück, Einzelzimmer (USt. 10 %)", "16 ZN", "145,00", "2.320,00"], W); y += 6.2
row(y, ["Seminarpauschale ganztags (USt. 20 %)", "16 TT", "89,00", "1.424,00"], W); y += 6.2
row(y, ["Summe Angebot", "", "", "3.744,00"], W, True); y += 9
pdf.set_font("N", "", 7.5); pdf.set_text_color(100, 100, 100); pdf.set_xy(20, y - 2)
pdf.cell(0, 4, "ZN = Zimmernächte (8 Zimmer × 2 Nächte), TT = Teilnehmertage (8 Personen × 2 Tage). Ortstaxe wird vor Ort abgerechnet.")
pdf.set_text_color(0, 0, 0); y += 6
pdf.set_font("N", "B", 10); pdf.set_xy(20, y); pdf.cell(0, 6, "Anzahlung 30 %"); y += 7
W2 = [86, 28, 28, 28]
row(y, ["Anteil", "Netto", "USt.", "Brutto"], W2, True, (232, 240, 233)); y += 6.2
row(y, ["Beherbergung, USt. 10 %", "632,73", "63,27", "696,00"], W2); y += 6.2
row(y, ["Seminarpauschale, USt. 20 %", "356,00", "71,20", "427,20"], W2); y += 6.2
row(y, ["Summe", "988,73", "134,47", "1.123,20"], W2, True); y += 10
# total box
pdf.set_draw_color(*GREEN); pdf.set_line_width(0.5)
pdf.rect(104, y, 86, 11)
pdf.set_xy(106, y + 2.5); pdf.set_font("N", "B", 11); pdf.cell(50, 6, "Anzahlungsbetrag")
pdf.set_xy(150, y + 2.5); pdf.cell(38, 6, "EUR 1.123,20", align="R")
pdf.set_line_width(0.2); y += 18
pdf.set_xy(20, y); pdf.set_font("N", "", 9)
pdf.multi_cell(170, 4.8,
    "Bitte überweisen Sie den Anzahlungsbetrag bis spätestens 12.12.2024 unter Angabe der Rechnungsnummer AZ-2024-112 "
    "auf unser Konto bei der Raiffeisen-Landesbank Tirol AG, IBAN AT33 3600 0000 0047 1182, BIC RZTIAT22. "
    "Mit Eingang der Anzahlung ist Ihre Reservierung verbindlich bestätigt.\n\n"
    "Die geleistete Anzahlung wird in der Schlussrechnung nach Abreise in Abzug gebracht. Stornobedingungen: bis 60 Tage "
    "vor Anreise kostenfrei, bis 30 Tage 30 %, danach 70 % des Gesamtangebots. Änderungen der Teilnehmerzahl bitte bis "
    "14 Tage vor Anreise.\n\nWir freuen uns auf Ihren Besuch!\nMit herzlichen Grüßen aus Gries am Brenner\nFamilie Hörtnagl", align="L")
# footer
pdf.set_draw_color(*GREEN); pdf.line(20, 276, 190, 276)
pdf.set_font("N", "", 7); pdf.set_text_color(80, 80, 80)
pdf.set_xy(20, 278)
pdf.multi_cell(170, 3.6,
    "Alpengasthof Sonnleiten GmbH · Sitz: Gries am Brenner · Firmenbuch FN 312845 d, Landesgericht Innsbruck · "
    "Geschäftsführung: Theresa Hörtnagl · UID-Nr. ATU68392152\n"
    "Raiffeisen-Landesbank Tirol AG · IBAN AT33 3600 0000 0047 1182 · BIC RZTIAT22 · www.sonnleiten.at", align="C")
pdf.output(sys.argv[1])
