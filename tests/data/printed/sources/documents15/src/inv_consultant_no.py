"""Norwegian consultant invoice (Faktura), drawn with fpdf2. Usage: python inv_consultant_no.py OUT.pdf"""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime(2025, 2, 14, 9, 0, tzinfo=timezone.utc))
pdf.set_title("Faktura 2025-0142")
pdf.set_author("Fjordvik Rådgivning AS")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(20, 18, 20)

# letterhead
pdf.set_fill_color(22, 74, 92)
pdf.rect(0, 0, 210, 6, "F")
pdf.set_xy(20, 16)
pdf.set_font("DV", "B", 18); pdf.set_text_color(22, 74, 92)
pdf.cell(100, 9, "FJORDVIK")
pdf.set_font("DV", "", 9); pdf.set_text_color(90, 90, 90)
pdf.set_xy(20, 25); pdf.cell(100, 5, "Rådgivning · Strategi · Prosjektledelse")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8.5)
y = 16
for line in ["Fjordvik Rådgivning AS", "Strandgaten 18", "5013 Bergen",
             "Tlf. 55 30 21 40", "post@fjordvik.no", "Org.nr. 923 456 781 MVA"]:
    pdf.set_xy(130, y); pdf.cell(60, 4.4, line, align="R"); y += 4.4

# customer
pdf.set_font("DV", "", 10)
y = 50
for line in ["Hordaland Marine Service AS", "Att.: Kari Nordahl", "Postboks 244", "5804 Bergen"]:
    pdf.set_xy(20, y); pdf.cell(90, 5.2, line); y += 5.2

pdf.set_font("DV", "B", 20)
pdf.set_xy(120, 48); pdf.cell(70, 10, "FAKTURA", align="R")

# label : value block (labels left, values right-aligned)
rows = [("Fakturanr.", "2025-0142"), ("Fakturadato", "14.02.2025"), ("Forfallsdato", "28.02.2025"),
        ("Kundenr.", "20117"), ("Deres ref.", "Kari Nordahl"), ("Vår ref.", "Erik Solberg"),
        ("Prosjekt", "P-2411 Strategi 2025")]
y = 62
for k, v in rows:
    pdf.set_font("DV", "", 9); pdf.set_xy(120, y); pdf.cell(28, 5, k)
    pdf.set_font("DV", "B" if k in ("Fakturanr.",) else "", 9); pdf.set_xy(148, y); pdf.cell(42, 5, v, align="R")
    y += 5.2

# lines table
y = 108
cols = [("Beskrivelse", 82, "L"), ("Antall", 18, "R"), ("Enhet", 14, "L"), ("Pris", 24, "R"), ("Beløp", 32, "R")]
pdf.set_fill_color(230, 238, 241)
pdf.set_font("DV", "B", 8.5)
x = 20
for name, w, al in cols:
    pdf.set_xy(x, y); pdf.cell(w, 7, name, align=al, fill=True); x += w
y += 8
lines = [
    ("Rådgivning strategiprosjekt, januar 2025", "37,5", "t", "1 650,00", "61 875,00"),
    ("Workshop ledergruppe 22.01.2025 (heldag)", "1", "stk", "12 000,00", "12 000,00"),
    ("Reisekostnader Bergen–Oslo t/r (viderefakturert)", "1", "stk", "2 340,00", "2 340,00"),
]
pdf.set_font("DV", "", 9)
for row in lines:
    x = 20
    for (name, w, al), val in zip(cols, row):
        pdf.set_xy(x, y); pdf.cell(w, 6, val, align=al); x += w
    y += 6.5
    pdf.set_draw_color(200, 200, 200); pdf.line(20, y - 0.5, 190, y - 0.5)

# totals
y += 6
tot = [("Sum ekskl. mva", "76 215,00"), ("Mva 25 %", "19 053,75")]
for k, v in tot:
    pdf.set_font("DV", "", 9.5); pdf.set_xy(110, y); pdf.cell(45, 6, k)
    pdf.set_xy(155, y); pdf.cell(35, 6, v, align="R"); y += 6.2
pdf.set_draw_color(0, 0, 0); pdf.line(110, y + 0.5, 190, y + 0.5)
y += 2
pdf.set_font("DV", "B", 11); pdf.set_xy(110, y); pdf.cell(45, 8, "Å betale NOK")
pdf.set_xy(155, y); pdf.cell(35, 8, "95 268,75", align="R")

# payment info box
y += 20
pdf.set_draw_color(22, 74, 92); pdf.rect(20, y, 170, 22)
pdf.set_font("DV", "", 9)
pdf.set_xy(24, y + 3); pdf.cell(40, 5, "Kontonummer:"); pdf.set_font("DV", "B", 9); pdf.cell(50, 5, "3201.45.67890")
pdf.set_font("DV", "", 9)
pdf.set_xy(24, y + 9); pdf.cell(40, 5, "KID:"); pdf.set_font("DV", "B", 9); pdf.cell(50, 5, "20250142201178")
pdf.set_font("DV", "", 9)
pdf.set_xy(24, y + 15); pdf.cell(160, 5, "Betalingsbetingelser: 14 dager netto. Ved for sen betaling beregnes forsinkelsesrente.")

# footer
pdf.set_font("DV", "", 7.5); pdf.set_text_color(100, 100, 100)
pdf.set_xy(20, 280)
pdf.cell(170, 4, "Fjordvik Rådgivning AS · Foretaksregisteret · Org.nr. 923 456 781 MVA · IBAN NO93 3201 4567 890 · BIC DNBANOKK", align="C")
pdf.set_xy(20, 284)
pdf.cell(170, 4, "Side 1 av 1", align="C")
pdf.output(sys.argv[1])
