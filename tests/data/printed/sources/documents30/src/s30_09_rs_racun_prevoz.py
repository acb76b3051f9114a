# Serbian (Latin script) transport invoice, drawn with fpdf2.
import sys
from datetime import datetime, timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

LS = "/usr/share/fonts/truetype/liberation2/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 4, 22, 9, 0, tzinfo=timezone.utc))
pdf.add_font("LS", "", LS + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", LS + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", LS + "LiberationSans-Italic.ttf")
pdf.set_margins(16, 14, 16); pdf.set_auto_page_break(True, 16)
pdf.add_page()
RED = (170, 30, 35)
pdf.set_fill_color(*RED); pdf.rect(16, 14, 6, 22, style="F")
pdf.set_xy(25, 14); pdf.set_font("LS", "B", 17); pdf.set_text_color(*RED)
pdf.cell(90, 8, "TRANSPORT KOVAČEVIĆ", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 8.5); pdf.set_text_color(40, 40, 40)
pdf.multi_cell(90, 4.3, "Transport Kovačević d.o.o.\nRumenački put 88, 21000 Novi Sad\nTel. 021/6350-118 · office@transport-kovacevic.rs", new_x="LEFT", new_y="NEXT")
pdf.set_xy(120, 14); pdf.set_font("LS", "", 8.5)
pdf.multi_cell(74, 4.3, "PIB: 104829376\nMatični broj: 20387461\nŠifra delatnosti: 4941\nTekući račun: 160-0000000412345-67\nBanca Intesa a.d. Beograd\nIBAN: RS52 1600 0000 0041 2345 67", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_text_color(0, 0, 0)
y = pdf.get_y()
pdf.set_font("LS", "B", 8); pdf.cell(86, 5, "KUPAC:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.multi_cell(86, 5, "Vojvođanska pekara Klas d.o.o.\nTemerinski put 40\n21000 Novi Sad\nPIB: 101987654   MB: 08765432", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(110, y); pdf.set_font("LS", "B", 15)
pdf.cell(84, 8, "RAČUN br. 25-0417", align="R", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 9)
for a, b in (("Datum izdavanja računa:", "22.04.2025."), ("Datum prometa usluga:", "18.04.2025. – 21.04.2025."), ("Mesto prometa:", "Novi Sad"),
             ("Valuta plaćanja:", "07.05.2025."), ("Broj ugovora:", "TK-12/2024"), ("Broj dokumenta u SEF:", "25-0417/2025")):
    pdf.set_x(110); pdf.cell(44, 5, a); pdf.cell(40, 5, b, align="R", new_x="LEFT", new_y="NEXT")
pdf.set_y(pdf.get_y() + 8)
hdr = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=RED)
pdf.set_font("LS", "", 8.8)
with pdf.table(col_widths=(9, 73, 14, 14, 24, 24), text_align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=hdr, line_height=5.2, borders_layout="HORIZONTAL_LINES") as t:
    for r in [("R.br.", "Opis usluge", "J.m.", "Kol.", "Cena (RSD)", "Iznos (RSD)"),
              ("1", "Prevoz robe Novi Sad – Beograd, kamion 24 t (18.04, 19.04. i 21.04.2025)", "tura", "3", "28.500,00", "85.500,00"),
              ("2", "Prevoz robe Novi Sad – Subotica, kamion 24 t (otpremnice 1187, 1192)", "tura", "2", "19.800,00", "39.600,00"),
              ("3", "Utovar i istovar viljuškarom", "sat", "5", "3.200,00", "16.000,00"),
              ("4", "Putarina – refakturisanje prema priloženim potvrdama", "kom", "1", "7.460,00", "7.460,00")]:
        row = t.row()
        for c in r: row.cell(c)
pdf.ln(5)
def tl(a, b, bold=False):
    pdf.set_x(104); pdf.set_font("LS", "B" if bold else "", 11 if bold else 9.5)
    pdf.cell(54, 7 if bold else 5.6, a, border="T" if bold else 0); pdf.cell(36, 7 if bold else 5.6, b, border="T" if bold else 0, align="R", new_x="LMARGIN", new_y="NEXT")
tl("Osnovica za PDV 20%:", "148.560,00")
tl("PDV 20%:", "29.712,00")
tl("Oslobođeno PDV-a:", "0,00")
tl("Avansno plaćeno:", "0,00")
tl("UKUPNO ZA PLAĆANJE (RSD):", "178.272,00", bold=True)
pdf.ln(4); pdf.set_font("LS", "I", 9)
pdf.multi_cell(0, 4.8, "Slovima: sto sedamdeset osam hiljada dvesta sedamdeset dva dinara i 00/100", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.4, "Uplatu izvršiti na tekući račun 160-0000000412345-67 sa pozivom na broj 97 25-0417. "
               "U slučaju kašnjenja obračunavamo zakonsku zateznu kamatu. Reklamacije se primaju u roku od 8 dana od prijema računa. "
               "Račun je izdat preko sistema elektronskih faktura (SEF) i važi bez pečata i potpisa.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(16)
pdf.cell(85, 5, "Račun izdao: Milan Petrović", new_x="RIGHT"); pdf.cell(0, 5, "Račun primio: ____________________", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(-24); pdf.set_font("LS", "", 7); pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4, "Transport Kovačević d.o.o. · Registrovano kod APR, BD 61234/2012 · www.transport-kovacevic.rs", align="C")
pdf.output(sys.argv[1])
