#!/usr/bin/env python3
"""Rechnung (Austria) -- two pages: letterhead, parties, a horizontal strip of invoice details and 14 item lines with
"Übertrag" on page 1; carried-forward line, 3 % Rabatt, Frachtkosten, USt 20 %, totals, Skonto note and bank details on
page 2. UID ATU... of supplier and customer (required above EUR 10,000), FN, dates "11.03.2026". fpdf2 with embedded
TTF fonts (Liberation Sans)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s66_18.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/liberation2/"
pdf.add_font("S", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("S", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(18, 14, 16)
pdf.set_auto_page_break(False)
L = 18
W = 210 - 18 - 16
RED = (164, 28, 36)


def cell(x, y, w, h, txt, style="", size=8.4, align="L", border=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("S", style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


def header(page):
    pdf.set_text_color(*RED)
    cell(L, 13, 120, 9, "Murtal Baustoffhandel GmbH", "B", 17)
    pdf.set_text_color(70, 70, 70)
    cell(L, 22, 120, 4.5, "Baustoffe · Bewehrung · Dämmung · Kanal", "", 8)
    cell(L, 26.2, 120, 4.5, "Puchstraße 184, 8055 Graz · +43 316 29 41 82 · buchhaltung@murtal-baustoffe.at", "", 7.8)
    pdf.set_text_color(0, 0, 0)
    cell(L + W - 60, 13, 60, 4.5, "UID: ATU64182734", "", 7.8, "R")
    cell(L + W - 60, 17.4, 60, 4.5, "FN 418273 x, Landesgericht für ZRS Graz", "", 7.8, "R")
    cell(L + W - 60, 21.8, 60, 4.5, f"Seite {page} von 2", "", 7.8, "R")
    pdf.set_draw_color(*RED)
    pdf.set_line_width(0.7)
    pdf.line(L, 32, L + W, 32)


def footer():
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    pdf.line(L, 279, L + W, 279)
    cell(L, 280, W, 4, "Murtal Baustoffhandel GmbH · Sitz Graz · FN 418273 x · UID ATU64182734 · Raiffeisen-Landesbank Steiermark · IBAN AT84 3800 0000 0418 2736 · BIC RZSTAT2G", "", 6.4, "C")


cols = [("Pos.", 10), ("Art.-Nr.", 20), ("Bezeichnung", 72), ("Menge", 17), ("Einh.", 12), ("Preis €", 20), ("Betrag €", W - 151)]


def table_head(y):
    pdf.set_fill_color(246, 226, 227)
    x = L
    for n, w in cols:
        cell(x, y, w, 6.5, n, "B", 7.8, "L" if n in ("Pos.", "Art.-Nr.", "Bezeichnung", "Einh.") else "R", "B", True)
        x += w


# ---------------- page 1 ----------------
pdf.add_page()
header(1)
cell(L, 38, 90, 4, "Murtal Baustoffhandel GmbH · Puchstraße 184 · 8055 Graz", "", 6.6)
for i, (s, st) in enumerate([("Steirerbau Holzmann GmbH", "B"), ("z. H. Rechnungsprüfung", ""), ("Conrad-von-Hötzendorf-Straße 97", ""),
                             ("8010 Graz", ""), ("UID: ATU57291834", "")]):
    cell(L, 43 + i * 5, 90, 5, s, st, 9.4 if st else 8.8)
rx = L + 104
for i, (k, v) in enumerate([("Baustelle:", "BV Wohnanlage Liebenau, Bauteil C"), ("Lieferscheine:", "LS 26-3318, 26-3342, 26-3390"),
                            ("Lieferdatum:", "02.03.2026 – 06.03.2026"), ("Bearbeiter:", "Ing. Petra Reinisch")]):
    cell(rx, 43 + i * 5, 24, 5, k, "", 7.8)
    cell(rx + 24, 43 + i * 5, W - 128, 5, v, "", 7.8)

cell(L, 72, W, 9, "RECHNUNG", "B", 16)
strip = [("Rechnungsnummer", "2026-10455"), ("Rechnungsdatum", "11.03.2026"), ("Fällig am", "10.04.2026"),
         ("Ihre Bestellung", "SHB-B-26-0287"), ("Kundennummer", "24117"), ("Zahlungsziel", "30 Tage netto")]
sw = W / len(strip)
pdf.set_fill_color(246, 226, 227)
pdf.rect(L, 82, W, 12, style="F")
for i, (k, v) in enumerate(strip):
    cell(L + i * sw + 1.5, 83, sw - 2, 4.5, k, "", 6.8)
    cell(L + i * sw + 1.5, 88, sw - 2, 5, v, "B", 8.6)

items = [("ZE-2542", "Zement CEM II/A-M 42,5 N, 25-kg-Sack", "240", "Sack", "6,85", "1.644,00"),
         ("BG-AQ60", "Baustahlgitter AQ 60, 6,00 × 2,40 m", "45", "Stk", "68,40", "3.078,00"),
         ("PZ-25", "Planziegel 25 cm, hochwärmedämmend", "1.200", "Stk", "2,94", "3.528,00"),
         ("EPS-100", "Dämmplatte EPS-F 10 cm", "320", "m²", "9,20", "2.944,00"),
         ("KZP-30", "Kalkzementputz maschinell, 30-kg-Sack", "160", "Sack", "7,15", "1.144,00"),
         ("SP-27", "Schalungsplatte 3-S 27 mm, gelb", "96", "m²", "24,60", "2.361,60"),
         ("BST-12", "Betonstabstahl B550B Ø 12 mm, 12 m", "2", "t", "1.085,00", "2.170,00"),
         ("KG-150", "Kanalrohr KG DN 150, 2 m", "40", "Stk", "18,90", "756,00"),
         ("AH-30", "Abstandhalter 30 mm, Pkg. à 250 Stk", "25", "Pkg", "14,20", "355,00"),
         ("BD-14", "Bindedraht 1,4 mm, Rolle 20 kg", "30", "Rol", "6,45", "193,50"),
         ("SO-20", "Schalöl biologisch, 20-l-Kanister", "6", "Kan", "54,80", "328,80"),
         ("MM-40", "Mauermörtel M10, 40-kg-Sack", "200", "Sack", "5,65", "1.130,00"),
         ("KI-1632", "Rundkies 16/32, lose", "18", "t", "22,50", "405,00"),
         ("PAL-EW", "Europalette, Pfand (Rücknahme gegen Gutschrift)", "30", "Stk", "9,50", "285,00")]
y = 100
table_head(y)
y += 6.5
pdf.set_draw_color(220, 200, 200)
pdf.set_line_width(0.2)
for i, it in enumerate(items):
    vals = [str(i + 1)] + list(it)
    x = L
    for (n, w), v in zip(cols, vals):
        cell(x, y, w, 7, v, "", 8, "L" if n in ("Pos.", "Art.-Nr.", "Bezeichnung", "Einh.") else "R")
        x += w
    pdf.line(L, y + 7, L + W, y + 7)
    y += 7
y += 3
cell(L + W - 90, y, 60, 6, "Übertrag auf Seite 2", "B", 8.8)
cell(L + W - 30, y, 30, 6, "20.322,90", "B", 8.8, "R")
footer()

# ---------------- page 2 ----------------
pdf.add_page()
header(2)
cell(L, 38, W, 6, "Rechnung 2026-10455 vom 11.03.2026 – Fortsetzung", "B", 10)
y = 48
table_head(y)
y += 6.5
cell(L + 30, y, 100, 7, "Übertrag von Seite 1", "", 8.2)
cell(L + W - 30, y, 30, 7, "20.322,90", "", 8.2, "R")
y += 14
tx = L + W - 95
rows = [("Warenwert", "20.322,90", ""), ("abzüglich 3 % Objektrabatt", "-609,69", ""), ("Frachtkosten Zustellung Baustelle (Kran-LKW)", "180,00", ""),
        ("Nettobetrag", "19.893,21", "B"), ("zuzüglich 20 % USt", "3.978,64", ""), ("Rechnungsbetrag EUR", "23.871,85", "B")]
pdf.set_fill_color(246, 226, 227)
for k, v, st in rows:
    big = k.startswith("Rechnungsbetrag")
    cell(tx, y, 65, 7, k, st, 10 if big else 8.6, "L", "T" if st else 0, big)
    cell(tx + 65, y, 30, 7, v, st, 10 if big else 8.6, "R", "T" if st else 0, big)
    y += 7
y += 8
notes = ["Zahlbar bis 10.04.2026 ohne Abzug. Bei Zahlung bis 21.03.2026 gewähren wir 2 % Skonto vom Nettobetrag (397,86 €).",
         "Bankverbindung: Raiffeisen-Landesbank Steiermark, IBAN AT84 3800 0000 0418 2736, BIC RZSTAT2G.",
         "Verwendungszweck bitte: Rechnungsnummer 2026-10455 / Kundennummer 24117.",
         "Palettenpfand wird bei Rückgabe bis 30.06.2026 gutgeschrieben. Es gelten unsere AGB (Stand 01.01.2026).",
         "Offene Posten: Rechnung 2026-10218 vom 05.02.2026 über 8.412,60 €, fällig am 07.03.2026.",
         "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum."]
for s in notes:
    cell(L, y, W, 5, s, "", 8)
    y += 5.4
y += 14
cell(L, y, 80, 5, "Mit freundlichen Grüßen", "", 8.6)
cell(L, y + 5, 80, 5, "Murtal Baustoffhandel GmbH", "B", 8.6)
footer()
pdf.output(out)
