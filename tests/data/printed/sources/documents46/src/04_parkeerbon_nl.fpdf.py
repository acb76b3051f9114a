"""Parking garage receipt, Utrecht (fpdf2, narrow till format). Usage: python3 04_parkeerbon_nl.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(unit="mm", format=(80, 170))
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("M", "", F + "DejaVuSansMono.ttf")
pdf.add_font("M", "B", F + "DejaVuSansMono-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(5, 5, 5)
pdf.add_page()
W = 70


def c(t, b=False, size=8):
    pdf.set_font("M", "B" if b else "", size)
    pdf.cell(W, 4, t, align="C", new_x="LMARGIN", new_y="NEXT")


def lr(left, right, b=False):
    pdf.set_font("M", "B" if b else "", 8)
    pdf.cell(W / 2, 4, left)
    pdf.cell(W / 2, 4, right, align="R", new_x="LMARGIN", new_y="NEXT")


def rule():
    pdf.cell(W, 3, "-" * 42, new_x="LMARGIN", new_y="NEXT")


pdf.ln(2)
c("P  Stadsparkeren Oudegracht B.V.", True, 9)
c("Parkeergarage Vredenburg")
c("Vredenburgkade 12, 3511 WB Utrecht")
c("KvK 71842936  BTW NL861472901B01")
rule()
c("KWITANTIE / BETALINGSBEWIJS", True)
rule()
lr("Bonnummer:", "2025-0926-44182")
lr("Automaat:", "BA-03 (niveau -1)")
lr("Kenteken:", "G-418-TX")
lr("Ticket:", "0049 7713 2201")
rule()
lr("Inrit:", "24-09-2025 08:12")
lr("Uitrit:", "26-09-2025 17:46")
lr("Parkeerduur:", "57 u 34 min")
lr("Tarief:", "Dagtarief max. 32,50")
lr("2 dagen x 32,50", "65,00")
lr("10 u x 1,74 (rest)", "17,40")
rule()
lr("Bedrag excl. BTW", "68,10")
lr("BTW 21%", "14,30")
lr("TOTAAL EUR", "82,40", True)
rule()
lr("Betaald:", "Maestro")
lr("Kaart:", "****  ****  8164")
lr("Datum/tijd:", "26-09-2025 17:41")
lr("Autorisatie:", "A7Q3K1")
rule()
c("Na betaling 15 minuten uitrijtijd.")
c("Bewaar deze kwitantie voor uw")
c("administratie. Geen restitutie.")
c("www.stadsparkeren-utrecht.example")
pdf.output(sys.argv[1])
