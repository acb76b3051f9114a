"""Swedish boat club: annual membership and berth invoice (föreningsavgift) - fpdf2, 1 page, with bankgiro/OCR."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 11, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(False)
pdf.add_page()

pdf.set_font("LS", "B", 18)
pdf.set_text_color(10, 60, 120)
pdf.cell(110, 9, "Sjöviks Båtsällskap")
pdf.set_font("LS", "B", 20)
pdf.set_text_color(0, 0, 0)
pdf.cell(0, 9, "FAKTURA", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(100, 4.2, "Ideell förening · Org.nr 802418-7364\nHamnvägen 4, 134 61 Ingarö\nkassor@sjoviksbs.example · www.sjoviksbs.example")
pdf.set_text_color(0, 0, 0)

# invoice data, right column, label/value side by side
x0, y0 = 120, 30
data = [("Fakturanummer", "25-0418"), ("Fakturadatum", "2025-01-15"), ("Förfallodatum", "2025-02-15"),
        ("Medlemsnummer", "1147"), ("Er referens", "Karin Lindqvist"), ("Vår referens", "Per Ekholm, kassör")]
for i, (k, v) in enumerate(data):
    pdf.set_xy(x0, y0 + i * 5.2)
    pdf.set_font("LS", "", 9)
    pdf.cell(32, 5.2, k)
    pdf.set_font("LS", "B", 9)
    pdf.cell(38, 5.2, v)

pdf.set_xy(20, 56)
pdf.set_font("LS", "", 10.5)
pdf.multi_cell(90, 5.2, "Karin Lindqvist\nBrunnsviksvägen 22\n134 40 Gustavsberg")

pdf.set_xy(20, 82)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "Medlems- och hamnavgifter 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(170, 4.6, "Avgifterna är beslutade av årsmötet 2024-03-18. Båtplats B-27 (bredd 3,5 m) på brygga B, "
               "vinteruppläggning på klubbens uppställningsplats Hamnvägen 4.")

y = 100
pdf.set_fill_color(10, 60, 120)
pdf.set_text_color(255, 255, 255)
pdf.set_font("LS", "B", 9)
pdf.set_xy(20, y)
pdf.cell(105, 7, " Beskrivning", fill=True)
pdf.cell(20, 7, "Antal", fill=True, align="R")
pdf.cell(45, 7, "Belopp kr ", fill=True, align="R")
pdf.set_text_color(0, 0, 0)
rows = [("Medlemsavgift 2025, senior", "1", "650,00"),
        ("Båtplatsavgift 2025, plats B-27", "1", "3 400,00"),
        ("Vinteruppläggning 2025/26, båt 7,9 m", "1", "1 850,00"),
        ("Arbetsplikt 2024 ej fullgjord (2 arbetspass)", "1", "500,00")]
pdf.set_font("LS", "", 9.5)
for d, n, a in rows:
    y += 7
    pdf.set_xy(20, y)
    pdf.cell(105, 7, " " + d, border="B")
    pdf.cell(20, 7, n, border="B", align="R")
    pdf.cell(45, 7, a + " ", border="B", align="R")
y += 10
pdf.set_xy(100, y)
pdf.set_font("LS", "", 9.5)
pdf.cell(45, 6, "Moms")
pdf.cell(25, 6, "0,00 ", align="R")
y += 6
pdf.set_xy(100, y)
pdf.set_font("LS", "B", 11)
pdf.cell(45, 8, "Att betala", border="T")
pdf.cell(25, 8, "6 400,00 kr ", border="T", align="R")

pdf.set_xy(20, y + 16)
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(170, 4.4,
    "Föreningen är inte momsregistrerad; avgifterna är momsfria. Vid betalning efter förfallodagen debiteras "
    "dröjsmålsränta enligt räntelagen samt påminnelseavgift 60 kr. Obetald båtplatsavgift innebär att platsen "
    "kan lottas ut till nästa medlem i kön. Frågor om fakturan besvaras av kassören via e-post.")

# payment slip (inbetalningskort-style)
ys = 200
pdf.set_draw_color(0, 0, 0)
pdf.dashed_line(20, ys - 5, 190, ys - 5, 2, 1.5)
pdf.set_fill_color(255, 246, 214)
pdf.rect(20, ys, 170, 62, style="DF")
pdf.set_xy(24, ys + 3)
pdf.set_font("LS", "B", 12)
pdf.cell(80, 6, "INBETALNING/GIRERING AVI")
pdf.set_font("LS", "B", 9)
pdf.set_xy(140, ys + 3)
pdf.cell(46, 6, "Bankgiro", align="R")


def slipbox(x, y, w, label, value, size=11):
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, w, 12, style="DF")
    pdf.set_xy(x + 1.5, y + 0.8)
    pdf.set_font("LS", "", 6.5)
    pdf.cell(w - 3, 3.5, label)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.set_font("LS", "B", size)
    pdf.cell(w - 3, 6, value)


slipbox(24, ys + 12, 80, "OCR-nummer / referens", "20250418363")
slipbox(108, ys + 12, 38, "Kronor", "6 400,00")
slipbox(150, ys + 12, 36, "Till bankgironummer", "573-2813")
slipbox(24, ys + 27, 80, "Betalningsmottagare", "Sjöviks Båtsällskap", 10)
slipbox(108, ys + 27, 78, "Förfallodatum", "2025-02-15", 10)
pdf.set_xy(24, ys + 42)
pdf.set_font("LS", "", 8)
pdf.multi_cell(160, 4, "Betalningsavsändare: Karin Lindqvist, Brunnsviksvägen 22, 134 40 Gustavsberg\n"
               "Ange alltid OCR-numret vid betalning via internetbank. Swish ej möjligt för båtplatsavgifter.")
pdf.set_xy(20, ys + 52)
pdf.set_font("Courier", "", 11)
pdf.cell(170, 8, "#  20250418363 #   6400 00   6 >   5732813#41#", align="C")
pdf.output(out)
