import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")
G = (0, 122, 94)

pdf.set_fill_color(*G)
pdf.rect(0, 0, 210, 24, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 18)
pdf.set_xy(14, 6)
pdf.cell(100, 8, "WiślaCar")
pdf.set_font("DV", "", 8)
pdf.set_xy(14, 14)
pdf.cell(100, 4, "Wypożyczalnia samochodów · Lotnisko Chopina · Terminal A, poziom 0")
pdf.set_font("DV", "B", 12)
pdf.set_xy(110, 6)
pdf.cell(86, 6, "FAKTURA VAT nr FV/WAW/08/2024/1174", align="R")
pdf.set_font("DV", "", 8.5)
pdf.set_xy(110, 13)
pdf.cell(86, 4, "Data wystawienia: 13.08.2024   Data sprzedaży: 13.08.2024", align="R")
pdf.set_text_color(0, 0, 0)

def party(x, title, lines):
    pdf.set_xy(x, 30)
    pdf.set_font("DV", "B", 8)
    pdf.set_text_color(*G)
    pdf.cell(88, 5, title)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 9)
    y = 35
    for ln in lines:
        pdf.set_xy(x, y)
        pdf.cell(88, 4.4, ln)
        y += 4.4

party(14, "SPRZEDAWCA", ["WiślaCar Sp. z o.o.", "ul. Żwirki i Wigury 1", "00-906 Warszawa", "NIP 525-288-41-07", "tel. +48 22 555 19 40 · biuro@wislacar.example.pl"])
party(110, "NABYWCA / NAJEMCA", ["Katarzyna Wiśniewska-Żak", "ul. Długa 17/4", "80-827 Gdańsk", "PESEL: ***********", "Prawo jazdy nr 04418/19/2261"])

# rental box
y = 62
pdf.set_draw_color(*G)
pdf.set_line_width(0.4)
pdf.rect(14, y, 182, 30)
pdf.set_line_width(0.2)
pdf.line(14, y + 15, 196, y + 15)
for xx in (59.5, 105, 150.5):
    pdf.line(xx, y, xx, y + 30)
cells = [
    [("Numer umowy najmu", "WAW/24/013385"), ("Pojazd", "Toyota Corolla 1.8 Hybrid"), ("Nr rejestracyjny", "WX 4418K"), ("Grupa", "C – kompakt")],
    [("Wydanie pojazdu", "09.08.2024 10:00"), ("Zwrot pojazdu", "13.08.2024 09:40"), ("Przebieg wydanie / zwrot", "41 208 / 41 902 km"), ("Liczba dób", "4")],
]
for r, row in enumerate(cells):
    for c, (lab, val) in enumerate(row):
        x = 14 + c * 45.5
        pdf.set_xy(x + 1.5, y + r * 15 + 1.5)
        pdf.set_font("DV", "", 6.8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(43, 3.5, lab)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "B", 9.5)
        pdf.set_xy(x + 1.5, y + r * 15 + 6.5)
        pdf.cell(43, 5, val)

# items
y = 100
heads = [("Lp.", 9, "C"), ("Nazwa usługi", 63, "L"), ("Ilość", 14, "R"), ("J.m.", 12, "C"), ("Cena netto", 22, "R"), ("Wartość netto", 24, "R"), ("VAT", 12, "R"), ("Wartość brutto", 26, "R")]
pdf.set_fill_color(230, 243, 239)
pdf.set_font("DV", "B", 7.8)
pdf.set_xy(14, y)
for t, w, a in heads:
    pdf.cell(w, 7, t, border=1, align=a, fill=True)
rows = [
    ("1", "Wynajem samochodu – grupa C", "4", "doba", "189,00", "756,00", "23%", "929,88"),
    ("2", "Ochrona SCDW (bez udziału własnego)", "4", "doba", "45,00", "180,00", "23%", "221,40"),
    ("3", "Fotelik dziecięcy", "4", "doba", "20,00", "80,00", "23%", "98,40"),
    ("4", "Dodatkowy kierowca (ryczałt)", "1", "szt.", "60,00", "60,00", "23%", "73,80"),
    ("5", "Uzupełnienie paliwa – benzyna", "12,4", "l", "7,20", "89,28", "23%", "109,81"),
]
pdf.set_font("DV", "", 8.3)
y += 7
for r in rows:
    pdf.set_xy(14, y)
    for (t, w, a), v in zip(heads, r):
        pdf.cell(w, 6.5, v, border=1, align=a)
    y += 6.5

# VAT summary
y += 4
summ = [("Stawka", 20, "C"), ("Netto", 26, "R"), ("VAT", 24, "R"), ("Brutto", 26, "R")]
x0 = 100
pdf.set_font("DV", "B", 7.8)
pdf.set_xy(x0, y)
for t, w, a in summ:
    pdf.cell(w, 6, t, border=1, align=a, fill=True)
y += 6
pdf.set_font("DV", "", 8.3)
for r in [("23%", "1 165,28", "268,01", "1 433,29"), ("Razem", "1 165,28", "268,01", "1 433,29")]:
    pdf.set_xy(x0, y)
    for (t, w, a), v in zip(summ, r):
        pdf.cell(w, 6, v, border=1, align=a)
    y += 6

y += 6
pdf.set_xy(14, y)
pdf.set_font("DV", "B", 13)
pdf.cell(60, 8, "Do zapłaty:")
pdf.cell(50, 8, "1 433,29 PLN")
y += 9
pdf.set_font("DV", "", 8.5)
pdf.set_xy(14, y)
pdf.cell(182, 5, "Słownie: jeden tysiąc czterysta trzydzieści trzy złote 29/100")
y += 5
pdf.set_xy(14, y)
pdf.cell(182, 5, "Forma płatności: karta płatnicza (Visa ****2087) – zapłacono 13.08.2024")
y += 5
pdf.set_xy(14, y)
pdf.cell(182, 5, "Kaucja zablokowana przy wydaniu: 1 500,00 PLN – zwolniona 13.08.2024")

y += 22
pdf.set_draw_color(0, 0, 0)
pdf.line(20, y, 85, y)
pdf.line(125, y, 190, y)
pdf.set_font("DV", "", 7)
pdf.set_xy(20, y + 1)
pdf.cell(65, 4, "Osoba upoważniona do wystawienia: Marek Sobczak", align="C")
pdf.set_xy(125, y + 1)
pdf.cell(65, 4, "Osoba upoważniona do odbioru", align="C")

pdf.set_xy(14, 282)
pdf.set_font("DV", "", 6.5)
pdf.set_text_color(100, 100, 100)
pdf.cell(182, 3, "WiślaCar Sp. z o.o., Sąd Rejonowy dla m.st. Warszawy, XIII Wydział KRS 0000718842, kapitał zakładowy 250 000 zł. Konto: PL61 1090 1014 0000 0712 1981 2874", align="C")
pdf.output(out)
