#!/usr/bin/env python3
"""Polderkamp Private Equity Fonds III C.V. - kennisgeving van uitkering (distribution notice). fpdf2 + DejaVu."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 5, 14, 8, 30, 0, tzinfo=datetime.timezone.utc))
pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("djc", "", DJ + "DejaVuSansCondensed.ttf")
pdf.set_title("Kennisgeving van uitkering nr. 4")
pdf.set_author("Polderkamp Capital Management B.V.")
pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").__version__)
pdf.set_auto_page_break(False)
pdf.add_page()
L = 20

# left colour bar
pdf.set_fill_color(22, 94, 131)
pdf.rect(0, 0, 8, 297, style="F")

pdf.set_xy(L, 16)
pdf.set_font("dj", "B", 16)
pdf.set_text_color(22, 94, 131)
pdf.cell(0, 8, "POLDERKAMP", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(L)
pdf.set_font("dj", "", 8)
pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Capital Management B.V.  ·  Stadhouderskade 112, 1073 AX Amsterdam", new_x="LMARGIN", new_y="NEXT")

# addressee
pdf.set_text_color(0, 0, 0)
pdf.set_font("dj", "", 9.5)
pdf.set_xy(L, 44)
for line in ["Stichting Administratiekantoor Van Wijngaarden-Roos", "t.a.v. het bestuur", "Lange Voorhout 9",
             "2514 EA  Den Haag"]:
    pdf.set_x(L)
    pdf.cell(100, 5, line, new_x="LMARGIN", new_y="NEXT")

# reference strip: labels above values
pdf.set_xy(L, 78)
refs = [("Datum", "14 mei 2025"), ("Participantnummer", "PKP3-0118"), ("Kenmerk", "PKP3/UK04/0118"),
        ("Uitkering nr.", "4")]
w = 170 / len(refs)
pdf.set_font("dj", "", 7)
pdf.set_text_color(90, 90, 90)
for k, _ in refs:
    pdf.cell(w, 4, k)
pdf.ln()
pdf.set_x(L)
pdf.set_font("dj", "B", 9.5)
pdf.set_text_color(0, 0, 0)
for _, v in refs:
    pdf.cell(w, 6, v)
pdf.ln(14)

pdf.set_x(L)
pdf.set_font("dj", "B", 10.5)
pdf.cell(0, 7, "Kennisgeving van uitkering nr. 4 – Polderkamp Private Equity Fonds III C.V.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dj", "", 9.5)
pdf.set_x(L)
pdf.multi_cell(170, 5,
               "Geachte participant,\n\nNaar aanleiding van de verkoop van het belang in Veluwe Logistiek Groep B.V. "
               "keert Polderkamp Private Equity Fonds III C.V. (het \u201cFonds\u201d) in totaal € 15.000.000,00 uit aan haar "
               "participanten. Uw aandeel in deze uitkering is berekend naar rato van uw toezegging en wordt als volgt "
               "samengesteld:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

# table: values in cells under column headings
pdf.set_x(L)
heads = [("Omschrijving", 100, "L"), ("Fonds totaal (€)", 35, "R"), ("Uw aandeel (€)", 35, "R")]
pdf.set_fill_color(22, 94, 131)
pdf.set_text_color(255, 255, 255)
pdf.set_font("dj", "B", 8.5)
for h, cw, a in heads:
    pdf.cell(cw, 7, h, align=a, fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
rows = [("Terugbetaling van gestort kapitaal", "10.909.090,91", "300.000,00"),
        ("Gerealiseerde meerwaarde", "4.090.909,09", "112.500,00"),
        ("Ingehouden dividendbelasting", "0,00", "0,00")]
pdf.set_font("dj", "", 9)
for r in rows:
    pdf.set_x(L)
    pdf.cell(100, 7, r[0], border="B")
    pdf.cell(35, 7, r[1], border="B", align="R")
    pdf.cell(35, 7, r[2], border="B", align="R")
    pdf.ln()
pdf.set_x(L)
pdf.set_font("dj", "B", 9.5)
pdf.set_fill_color(226, 238, 245)
pdf.cell(100, 8, "Totaal uit te keren bedrag", fill=True)
pdf.cell(35, 8, "15.000.000,00", align="R", fill=True)
pdf.cell(35, 8, "412.500,00", align="R", fill=True)
pdf.ln(14)

# two-column block: participation & payment
y = pdf.get_y()
pdf.set_font("dj", "B", 9.5)
pdf.set_xy(L, y)
pdf.cell(80, 6, "Uw deelname")
pdf.set_xy(L + 90, y)
pdf.cell(80, 6, "Betaling")
pdf.set_font("djc", "", 9)
left = [("Toezegging", "€ 5.000.000,00"), ("Deelnemingspercentage", "2,75%"), ("Gestort tot heden", "€ 3.650.000,00"),
        ("Cumulatief uitgekeerd (incl. nr. 4)", "€ 1.287.500,00")]
right = [("Uitbetalingsdatum", "21-05-2025"), ("Naar rekening (IBAN)", "NL28 RABO 0318 4277 56"),
         ("Ten name van", "Stichting AK Van Wijngaarden-Roos"), ("Omschrijving", "PKP3 UK04 0118")]
for i, (k, v) in enumerate(left):
    pdf.set_xy(L, y + 8 + i * 6)
    pdf.cell(44, 6, k, border="B")
    pdf.cell(36, 6, v, border="B", align="R")
for i, (k, v) in enumerate(right):
    pdf.set_xy(L + 90, y + 8 + i * 6)
    pdf.cell(34, 6, k, border="B")
    pdf.cell(46, 6, v, border="B", align="R")

pdf.set_xy(L, y + 42)
pdf.set_font("dj", "", 9.5)
pdf.multi_cell(170, 5,
               "De terugbetaling van gestort kapitaal vermindert uw gestorte kapitaal niet; uitgekeerde bedragen kunnen op grond "
               "van artikel 12.4 van de CV-overeenkomst tot een maximum van 20% van de toezegging opnieuw worden opgevraagd. "
               "Het Fonds is fiscaal transparant; voor de fiscale verwerking verwijzen wij naar uw adviseur.\n\n"
               "Met vriendelijke groet,\nPolderkamp Capital Management B.V., als beherend vennoot", new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(L, 280)
pdf.set_font("djc", "", 6.8)
pdf.set_text_color(100, 100, 100)
pdf.cell(170, 4, "Polderkamp Capital Management B.V. · KvK 84217365 · btw NL861247391B01 · AFM-vergunning beheerder "
         "alternatieve beleggingsinstellingen", align="C")
pdf.output(out)
