"""German electrician invoice, produced with fpdf2 (DejaVu fonts)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
FONT = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.set_title("Rechnung RE-2024-0317")
pdf.set_author("Elektro Brandt GmbH")
pdf.add_page()

# Letterhead
pdf.set_fill_color(0, 84, 147)
pdf.rect(0, 0, 210, 4, "F")
pdf.set_xy(20, 12)
pdf.set_font("DV", "B", 20)
pdf.set_text_color(0, 84, 147)
pdf.cell(100, 9, "Elektro Brandt GmbH")
pdf.set_font("DV", "", 8.5)
pdf.set_text_color(60, 60, 60)
pdf.set_xy(130, 12)
pdf.multi_cell(60, 4, "Meisterbetrieb seit 1987\nLister Meile 112\n30161 Hannover\nTel. 0511 348 27 90\ninfo@elektro-brandt.de\nwww.elektro-brandt.de", align="R")
pdf.set_xy(20, 22)
pdf.set_font("DV", "", 9)
pdf.cell(100, 5, "Elektroinstallation · Smart Home · E-Check · Photovoltaik")

# sender line above address window
pdf.set_text_color(0, 0, 0)
pdf.set_font("DVC", "", 7)
pdf.set_xy(20, 47)
pdf.cell(85, 4, "Elektro Brandt GmbH · Lister Meile 112 · 30161 Hannover")
pdf.line(20, 51, 105, 51)
pdf.set_font("DV", "", 10)
pdf.set_xy(20, 54)
pdf.multi_cell(85, 5, "Herrn\nDr. Thomas Wiegand\nKleefelder Straße 27\n30625 Hannover")

# info block: labels left of values
info = [
    ("Rechnungsnummer:", "RE-2024-0317"),
    ("Rechnungsdatum:", "14.03.2024"),
    ("Kundennummer:", "KD-10233"),
    ("Auftrag vom:", "19.02.2024"),
    ("Leistungszeitraum:", "04.03.2024 – 08.03.2024"),
    ("Ansprechpartner:", "Jens Brandt"),
]
y = 54
for lab, val in info:
    pdf.set_xy(118, y)
    pdf.set_font("DV", "", 9)
    pdf.cell(34, 5, lab)
    pdf.set_font("DV", "B", 9)
    pdf.cell(40, 5, val)
    y += 5.2

pdf.set_xy(20, 98)
pdf.set_font("DV", "B", 15)
pdf.cell(0, 8, "Rechnung")
pdf.set_xy(20, 108)
pdf.set_font("DV", "", 10)
pdf.multi_cell(170, 5, "Sehr geehrter Herr Dr. Wiegand,\nfür die ausgeführten Arbeiten in Ihrem Objekt Kleefelder Straße 27 "
               "(Erneuerung Elektroinstallation Küche) berechnen wir Ihnen wie folgt:")

# items table
cols = [(12, "Pos."), (78, "Bezeichnung"), (22, "Menge"), (16, "Einh."), (21, "EP (€)"), (21, "GP (€)")]
items = [
    ("1", "Arbeitszeit Elektromeister", "6,5", "Std.", "68,00", "442,00"),
    ("2", "Arbeitszeit Elektroniker (Geselle)", "12,0", "Std.", "52,00", "624,00"),
    ("3", "Mantelleitung NYM-J 3x1,5 mm²", "50", "m", "1,18", "59,00"),
    ("4", "Schalter/Steckdosen Gira E2 reinweiß", "14", "Stk.", "18,45", "258,30"),
    ("5", "FI/LS-Schalter B16 30 mA", "3", "Stk.", "54,90", "164,70"),
    ("6", "Kleinverteiler AP 2-reihig, 24 TE", "1", "Stk.", "189,00", "189,00"),
    ("7", "Anfahrtspauschale Stadtgebiet", "1", "psch.", "35,00", "35,00"),
]
pdf.set_xy(20, 124)
pdf.set_font("DV", "B", 8.5)
pdf.set_fill_color(225, 234, 244)
for w, h in cols:
    pdf.cell(w, 7, h, border="TB", fill=True, align="L" if h in ("Pos.", "Bezeichnung", "Einh.") else "R")
pdf.ln(7)
pdf.set_font("DV", "", 8.5)
for it in items:
    pdf.set_x(20)
    for (w, h), v in zip(cols, it):
        pdf.cell(w, 6.5, v, border="B", align="L" if h in ("Pos.", "Bezeichnung", "Einh.") else "R")
    pdf.ln(6.5)

# totals
y = pdf.get_y() + 4
tot = [("Nettobetrag", "1.772,00 €", ""), ("zzgl. 19 % USt.", "336,68 €", ""), ("Gesamtbetrag", "2.108,68 €", "B")]
for lab, val, st in tot:
    pdf.set_xy(112, y)
    pdf.set_font("DV", st, 10 if st else 9)
    pdf.cell(40, 6.5, lab)
    pdf.cell(38, 6.5, val, align="R")
    y += 6.5
pdf.line(112, y, 190, y)
pdf.line(112, y + 0.8, 190, y + 0.8)

pdf.set_xy(20, y + 10)
pdf.set_font("DV", "", 9.5)
pdf.multi_cell(170, 5,
    "Zahlbar ohne Abzug bis zum 28.03.2024 unter Angabe der Rechnungsnummer.\n"
    "Der Lohnanteil (Arbeits- und Fahrtkosten) beträgt 1.101,00 € netto; darin enthaltene "
    "USt. 209,19 €. Dieser Betrag ist gemäß § 35a EStG steuerlich absetzbar.\n\n"
    "Vielen Dank für Ihren Auftrag!\n\nMit freundlichen Grüßen\nElektro Brandt GmbH")

# footer: 4 columns fine print
pdf.set_draw_color(0, 84, 147)
pdf.line(20, 268, 190, 268)
pdf.set_font("DVC", "", 6.8)
pdf.set_text_color(80, 80, 80)
foot = [
    "Elektro Brandt GmbH\nLister Meile 112\n30161 Hannover\nGeschäftsführer: Jens Brandt",
    "Amtsgericht Hannover\nHRB 58812\nUSt-IdNr.: DE 214 778 390\nSt.-Nr.: 25/204/33781",
    "Sparkasse Hannover\nIBAN: DE41 2505 0180 0091 2270 48\nBIC: SPKHDE2HXXX",
    "Eingetragen in der Handwerksrolle\nder Handwerkskammer Hannover\nMitglied der Elektro-Innung",
]
x = 20
for f in foot:
    pdf.set_xy(x, 270)
    pdf.multi_cell(42.5, 3.2, f)
    x += 42.5
pdf.set_xy(20, 287)
pdf.cell(170, 4, "Seite 1 von 1", align="C")
pdf.output(OUT)
