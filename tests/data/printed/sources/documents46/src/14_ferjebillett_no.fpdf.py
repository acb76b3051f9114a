"""Overnight ferry ticket / receipt, Norway (fpdf2). Usage: python3 14_ferjebillett_no.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("S", "", F + "DejaVuSans.ttf")
pdf.add_font("S", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(18, 16, 18)
pdf.add_page()
pdf.set_fill_color(0, 82, 110)
pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(18, 9)
pdf.set_font("S", "B", 18)
pdf.cell(0, 8, "Fjordlinjen Vest")
pdf.set_xy(18, 18)
pdf.set_font("S", "", 9)
pdf.cell(0, 5, "Billett og kvittering / Ticket and receipt")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(18, 38)


def kv(x, y, k, v, w=40):
    pdf.set_xy(x, y)
    pdf.set_font("S", "", 8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(w, 5, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "B", 9)
    pdf.cell(60, 5, v)


kv(18, 38, "Bookingnummer", "FLV-4817263")
kv(18, 44, "Kvitteringsnr.", "KV-2025-118406")
kv(18, 50, "Kjøpsdato", "29.07.2025")
kv(18, 56, "Reisende", "Ingrid Solheim")
kv(110, 38, "Avreisedato", "12.08.2025")
kv(110, 44, "Avgang", "Bergen 19:30")
kv(110, 50, "Ankomst", "Stavanger 06:15")
kv(110, 56, "Fartøy", "MS «Hardangerfjord»")
pdf.set_xy(18, 68)
pdf.set_font("S", "B", 11)
pdf.cell(0, 6, "Strekning: Bergen – Stavanger (nattrute)")
y = 80
pdf.set_fill_color(225, 236, 240)
pdf.set_xy(18, y)
pdf.set_font("S", "B", 9)
for t, w, a in [("Beskrivelse", 96, "L"), ("Antall", 20, "R"), ("Pris", 28, "R"), ("Beløp NOK", 30, "R")]:
    pdf.cell(w, 7, t, align=a, fill=True)
pdf.set_font("S", "", 9)
rows = [("Voksen, sete", "1", "890,00", "890,00"),
        ("Personbil inntil 5 m (reg. EL 48217)", "1", "1 240,00", "1 240,00"),
        ("Lugar 2-sengs innvendig, nr. 5112", "1", "650,00", "650,00")]
for r in rows:
    y += 7
    pdf.set_xy(18, y)
    for t, w, a in zip(r, (96, 20, 28, 30), "LRRR"):
        pdf.cell(w, 7, t, align=a, border="B")
y += 12


def tot(label, val, b=False):
    global y
    pdf.set_xy(100, y)
    pdf.set_font("S", "B" if b else "", 10 if b else 9)
    pdf.cell(44, 6, label)
    pdf.cell(30, 6, val, align="R")
    y += 6


tot("Sum eks. mva", "2 482,14")
tot("Mva 12 %", "297,86")
tot("Totalt", "2 780,00", True)
tot("Betalt med Visa ****6627", "2 780,00")
pdf.set_xy(18, y + 8)
pdf.set_font("S", "", 8.5)
pdf.multi_cell(174, 4.5, "Innsjekking for bil stenger 45 minutter før avgang. Billetten er personlig og gjelder kun for oppgitt avgang. "
               "Endring mot gebyr inntil 24 timer før avreise. Persontransport og bilfrakt er mva-pliktig med 12 %, "
               "lugar inngår i transporttjenesten.")
pdf.set_xy(18, 270)
pdf.set_font("S", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(174, 4, "Fjordlinjen Vest AS · Strandkaien 4, 5013 Bergen · Org.nr. 918 472 630 MVA · Kundeservice 55 30 18 40 · "
               "Bankkonto 1506.48.27399", align="C")
pdf.output(sys.argv[1])
