# Czech credit note (opravný daňový doklad) of an IT consultancy, drawn with fpdf2.
import sys
from datetime import datetime, timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

FD = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 5, 12, 8, 30, tzinfo=timezone.utc))
pdf.add_font("DV", "", FD + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 16)
pdf.add_page()
GR = (40, 110, 70)
pdf.set_font("DV", "B", 18); pdf.set_text_color(*GR); pdf.cell(80, 9, "DataForge")
pdf.set_font("DV", "B", 12); pdf.set_text_color(0, 0, 0)
pdf.cell(94, 6, "OPRAVNÝ DAŇOVÝ DOKLAD", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.5); pdf.set_text_color(100, 100, 100); pdf.cell(80, 4, "vývoj software · integrace · konzultace")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 10); pdf.cell(94, 6, "č. 2025OD0042 (dobropis)", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y = pdf.get_y()
pdf.set_font("DV", "B", 8); pdf.set_text_color(*GR); pdf.cell(85, 5, "DODAVATEL", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9)
pdf.multi_cell(85, 4.6, "DataForge s.r.o.\nCejl 62\n602 00 Brno\nIČO: 04512375\nDIČ: CZ04512375\nSpisová značka C 90211 vedená u Krajského soudu v Brně", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(108, y); pdf.set_font("DV", "B", 8); pdf.set_text_color(*GR); pdf.cell(84, 5, "ODBĚRATEL", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9)
pdf.set_draw_color(*GR)
pdf.multi_cell(84, 4.6, "Moravské strojírny Hranice a.s.\nTovární 1188\n753 01 Hranice\nIČO: 25871234\nDIČ: CZ25871234", border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_fill_color(236, 244, 239)
info = [("Datum vystavení:", "12.05.2025", "Opravovaný doklad:", "2025FV0318"),
        ("Datum uskutečnění opravy:", "12.05.2025", "Datum vystavení původního dokladu:", "30.04.2025"),
        ("Datum splatnosti:", "26.05.2025", "DUZP původního dokladu:", "30.04.2025"),
        ("Forma úhrady:", "převodem", "Variabilní symbol:", "2025420042")]
for a, b, c, d in info:
    pdf.set_font("DV", "", 8.5); pdf.cell(42, 5.6, a, fill=True); pdf.set_font("DV", "B", 8.5); pdf.cell(30, 5.6, b, fill=True)
    pdf.set_font("DV", "", 8.5); pdf.cell(68, 5.6, c, fill=True); pdf.set_font("DV", "B", 8.5); pdf.cell(34, 5.6, d, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DV", "", 9)
pdf.multi_cell(0, 4.8, "Důvod opravy: Na faktuře 2025FV0318 bylo chybně vyúčtováno 120 hodin konzultačních služeb za duben 2025. "
               "Podle odsouhlaseného výkazu práce (č. VP-2025-04 ze dne 09.05.2025) bylo skutečně odpracováno 96 hodin. "
               "Opravujeme proto základ daně o 24 hodin.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
hdr = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GR)
pdf.set_font("DV", "", 8.6)
with pdf.table(col_widths=(58, 20, 12, 22, 14, 26, 22), text_align=("LEFT", "RIGHT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=hdr, line_height=5, borders_layout="HORIZONTAL_LINES") as t:
    for r in [("Položka", "Množství", "MJ", "Cena/MJ", "DPH", "Základ", "DPH Kč"),
              ("Oprava – konzultační služby SAP, duben 2025 (k FV 2025FV0318, ř. 1)", "-24,00", "hod", "1 250,00", "21 %", "-30 000,00", "-6 300,00")]:
        row = t.row()
        for c in r: row.cell(c)
pdf.ln(6)
def tl(a, b, big=False):
    pdf.set_x(98); pdf.set_font("DV", "B" if big else "", 11 if big else 9)
    if big: pdf.set_fill_color(*GR); pdf.set_text_color(255, 255, 255)
    pdf.cell(58, 7 if big else 5.6, a, fill=big); pdf.cell(36, 7 if big else 5.6, b, align="R", fill=big, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
tl("Rozdíl základu daně 21 %:", "-30 000,00 Kč")
tl("Rozdíl DPH 21 %:", "-6 300,00 Kč")
tl("Celkem k úhradě:", "-36 300,00 Kč", big=True)
pdf.ln(6); pdf.set_font("DV", "", 8.5)
pdf.multi_cell(0, 4.6, "Původní doklad 2025FV0318: základ 150 000,00 Kč, DPH 31 500,00 Kč, celkem 181 500,00 Kč. Po opravě: základ 120 000,00 Kč, DPH 25 200,00 Kč, celkem 145 200,00 Kč.\n"
               "Částku opravy Vám vrátíme převodem na účet uvedený ve smlouvě, případně ji započteme s nejbližší fakturou.\n"
               "Bankovní spojení dodavatele: Komerční banka, a.s., č. ú. 115-4872310287/0100.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(14)
pdf.cell(87, 5, "Vystavil: Tomáš Novotný, tel. 607 215 880"); pdf.cell(0, 5, "Převzal: ____________________", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(-22); pdf.set_font("DV", "", 7); pdf.set_text_color(110, 110, 110)
pdf.cell(0, 4, "Opravný daňový doklad podle § 45 zákona č. 235/2004 Sb., o dani z přidané hodnoty · DataForge s.r.o. · www.dataforge.cz", align="C")
pdf.output(sys.argv[1])
