"""inFakt-style Polish VAT invoice, drawn with fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 9, 12, tzinfo=__import__("datetime").timezone.utc))
pdf.set_title("Faktura VAT FV 14/03/2025")
pdf.add_font("dv", "", DJ + "DejaVuSans.ttf")
pdf.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("dvc", "", DJ + "DejaVuSansCondensed.ttf")
pdf.add_font("dvc", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(15, 15, 15)
ACC = (0, 150, 136)
GREY = (110, 110, 110)

def txt(x, y, s, size=9, style="", color=(30, 30, 30), font="dv", w=0, align="L"):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.cell(w, size * 0.45, s, align=align)

# logo + header info
pdf.set_fill_color(*ACC)
pdf.rect(15, 15, 12, 12, "F")
txt(16.4, 18.2, "KS", 12, "B", (255, 255, 255))
txt(30, 16, "KOWALCZYK", 13, "B", ACC)
txt(30, 22.5, "SERWIS IT", 8, "", GREY)
rows = [("Miejsce wystawienia:", "Kraków"), ("Data wystawienia:", "2025-03-14"), ("Data sprzedaży:", "2025-03-14")]
y = 16
for k, v in rows:
    txt(120, y, k, 8, "", GREY, w=40, align="R")
    txt(162, y, v, 8.5, "B", w=33, align="R")
    y += 5

txt(15, 42, "Faktura VAT", 16, "B")
txt(15, 50, "nr FV 14/03/2025", 12, "", (30, 30, 30))
txt(140, 44, "ORYGINAŁ", 9, "B", GREY, w=55, align="R")

# parties
pdf.set_draw_color(*ACC)
pdf.set_line_width(0.6)
pdf.line(15, 60, 100, 60)
pdf.line(110, 60, 195, 60)
txt(15, 62, "Sprzedawca", 8.5, "B", ACC)
txt(110, 62, "Nabywca", 8.5, "B", ACC)
seller = ["Kowalczyk Serwis IT Sp. z o.o.", "ul. Zabłocie 23/14", "30-701 Kraków", "NIP: 6762458812", "tel. +48 12 345 67 80", "biuro@kowalczyk-it.pl"]
buyer = ["Hurtownia Papieru Wisła Sp. z o.o.", "ul. Półłanki 64", "30-740 Kraków", "NIP: 5261042276"]
for i, s in enumerate(seller):
    txt(15, 68 + i * 4.8, s, 9, "B" if i == 0 else "")
for i, s in enumerate(buyer):
    txt(110, 68 + i * 4.8, s, 9, "B" if i == 0 else "")

# items table
cols = [("Lp.", 8, "C"), ("Nazwa towaru lub usługi", 52, "L"), ("Jm.", 10, "C"), ("Ilość", 11, "R"), ("Cena netto", 19, "R"),
        ("Wartość netto", 21, "R"), ("Stawka VAT", 15, "R"), ("Kwota VAT", 19, "R"), ("Wartość brutto", 25, "R")]
items = [("1", "Abonament serwisowy IT – marzec 2025", "usł.", "1", "1 800,00", "1 800,00", "23%", "414,00", "2 214,00"),
         ("2", "Dysk SSD 1 TB NVMe z wymianą i migracją danych", "szt.", "2", "389,00", "778,00", "23%", "178,94", "956,94"),
         ("3", "Dojazd do klienta", "usł.", "1", "120,00", "120,00", "23%", "27,60", "147,60")]
y = 106
pdf.set_line_width(0.2)
pdf.set_draw_color(200, 200, 200)
pdf.set_fill_color(236, 246, 245)
x = 15
for name, w, al in cols:
    pdf.set_xy(x, y)
    pdf.set_font("dvc", "B", 7.2)
    pdf.set_text_color(60, 60, 60)
    pdf.rect(x, y, w, 9, "DF")
    pdf.set_xy(x, y + 1)
    pdf.multi_cell(w, 3.5, name, align="C")
    x += w
y += 9
for it in items:
    x = 15
    h = 11 if len(it[1]) > 30 else 7
    for (name, w, al), val in zip(cols, it):
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 0.5, y + 1.3)
        pdf.set_font("dvc", "", 7.8)
        pdf.set_text_color(30, 30, 30)
        pdf.multi_cell(w - 1, 3.8, val, align=al)
        x += w
    y += h

# summary by rate
y += 4
sx = 15 + 8 + 52 + 10 + 11 + 19 - 14
sc = [("", 14, "L"), ("", 21, "R"), ("", 15, "R"), ("", 19, "R"), ("", 25, "R")]
summ = [("W tym:", "2 698,00", "23%", "620,54", "3 318,54"), ("Razem:", "2 698,00", "", "620,54", "3 318,54")]
for j, row in enumerate(summ):
    x = sx
    for (n, w, al), val in zip(sc, row):
        pdf.set_xy(x, y)
        pdf.set_font("dvc", "B" if j == 1 else "", 7.8)
        pdf.cell(w, 6, val, border=1 if val or j == 1 else 0, align=al)
        x += w
    y += 6

# payment block
y += 8
pay = [("Sposób płatności:", "przelew"), ("Termin płatności:", "2025-03-28 (14 dni)"),
       ("Bank:", "mBank S.A."), ("Numer konta:", "PL13 1140 2004 0000 3402 7182 5361")]
for k, v in pay:
    txt(15, y, k, 8.5, "", GREY, w=32)
    txt(48, y, v, 8.5, "B")
    y += 5.2
pdf.set_fill_color(*ACC)
pdf.rect(120, y - 21, 75, 17, "F")
txt(124, y - 19, "Do zapłaty:", 9, "", (255, 255, 255))
txt(124, y - 13, "3 318,54 PLN", 15, "B", (255, 255, 255))
y += 2
txt(15, y, "Słownie: trzy tysiące trzysta osiemnaście PLN 54/100", 8.5)
y += 6
txt(15, y, "Zapłacono: 0,00 PLN     Pozostało do zapłaty: 3 318,54 PLN", 8.5, "", GREY)
y += 8
txt(15, y, "Uwagi: Zlecenie serwisowe ZS/0311/2025. Gwarancja na dysk SSD: 60 miesięcy.", 8, "", GREY)

# signatures
pdf.set_draw_color(150, 150, 150)
pdf.line(20, 250, 85, 250)
pdf.line(125, 250, 190, 250)
txt(20, 252, "Osoba upoważniona do odbioru", 7, "", GREY, w=65, align="C")
txt(125, 252, "Osoba upoważniona do wystawienia", 7, "", GREY, w=65, align="C")
txt(125, 245, "Anna Kowalczyk", 9, "", (30, 30, 30), w=65, align="C")
# footer
pdf.set_draw_color(220, 220, 220)
pdf.line(15, 278, 195, 278)
txt(15, 280, "Kowalczyk Serwis IT Sp. z o.o., Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS, KRS 0000734112, kapitał zakładowy 5 000,00 zł", 6.3, "", GREY, w=180, align="C")
txt(15, 284, "Strona 1 z 1", 6.3, "", GREY, w=180, align="C")
pdf.output(out)
