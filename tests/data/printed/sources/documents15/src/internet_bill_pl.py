"""Polish internet/TV bill (Faktura VAT), drawn with fpdf2. Usage: python internet_bill_pl.py OUT.pdf"""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime(2025, 3, 1, 6, 0, tzinfo=timezone.utc))
pdf.set_title("Faktura VAT FV/2025/03/118274")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

ORANGE = (230, 90, 20)
pdf.set_font("DV", "B", 22); pdf.set_text_color(*ORANGE)
pdf.set_xy(15, 12); pdf.cell(pdf.get_string_width("wisła") + 0.5, 10, "wisła")
pdf.set_text_color(40, 40, 40); pdf.cell(20, 10, "net")
pdf.set_font("DV", "", 8); pdf.set_text_color(100, 100, 100)
pdf.set_xy(15, 22); pdf.cell(80, 4, "Internet · Telewizja · Telefon")
pdf.set_text_color(0, 0, 0)

pdf.set_font("DV", "B", 13); pdf.set_xy(110, 12); pdf.cell(85, 7, "Faktura VAT", align="R")
pdf.set_font("DV", "", 10); pdf.set_xy(110, 19); pdf.cell(85, 6, "nr FV/2025/03/118274", align="R")

def box(x, y, w, label, value, bold=False):
    pdf.set_draw_color(190, 190, 190); pdf.rect(x, y, w, 12)
    pdf.set_font("DVC", "", 7); pdf.set_text_color(110, 110, 110)
    pdf.set_xy(x + 2, y + 1); pdf.cell(w - 4, 4, label)
    pdf.set_font("DV", "B" if bold else "", 9.5); pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 2, y + 5.5); pdf.cell(w - 4, 5, value)

y = 32
box(15, y, 45, "Data wystawienia", "01.03.2025")
box(60, y, 45, "Data sprzedaży", "01.03.2025")
box(105, y, 45, "Numer klienta", "3004471")
box(150, y, 45, "Termin płatności", "15.03.2025", bold=True)
y = 44
box(15, y, 90, "Okres rozliczeniowy", "01.03.2025 – 31.03.2025")
box(105, y, 90, "Forma płatności", "przelew")

# parties
y = 62
pdf.set_font("DV", "B", 8.5); pdf.set_xy(15, y); pdf.cell(85, 5, "Sprzedawca"); pdf.set_xy(110, y); pdf.cell(85, 5, "Nabywca")
pdf.set_font("DV", "", 8.5)
sel = ["Wisła Net Sp. z o.o.", "ul. Dworcowa 15", "85-009 Bydgoszcz", "NIP: 554-287-19-03", "KRS: 0000417723, Sąd Rejonowy w Bydgoszczy"]
buy = ["Tomasz Wójcik", "ul. Grunwaldzka 47/12", "80-241 Gdańsk", "Adres instalacji: jak wyżej"]
for i, l in enumerate(sel):
    pdf.set_xy(15, y + 5.5 + 4.4 * i); pdf.cell(90, 4.4, l)
for i, l in enumerate(buy):
    pdf.set_xy(110, y + 5.5 + 4.4 * i); pdf.cell(85, 4.4, l)

# item table
y = 92
cols = [("Lp.", 9, "C"), ("Nazwa usługi", 73, "L"), ("Ilość", 12, "R"), ("Wartość netto", 26, "R"), ("Stawka VAT", 18, "R"), ("Kwota VAT", 20, "R"), ("Wartość brutto", 22, "R")]
pdf.set_fill_color(250, 228, 214); pdf.set_font("DVC", "", 7.5)
x = 15
for n, w, al in cols:
    pdf.set_xy(x, y); pdf.cell(w, 7, n, border=1, align=al, fill=True); x += w
items = [
    ("1", "Internet światłowodowy 600 Mb/s – abonament", "1", "56,90", "23%", "13,09", "69,99"),
    ("2", "Pakiet TV „Rodzinny” (120 kanałów)", "1", "36,59", "23%", "8,41", "45,00"),
    ("3", "Dzierżawa dekodera 4K", "1", "8,13", "23%", "1,87", "10,00"),
    ("4", "Rabat lojalnościowy (umowa 24 mies.)", "1", "-8,13", "23%", "-1,87", "-10,00"),
]
pdf.set_font("DV", "", 8)
y += 7
for it in items:
    x = 15
    for (n, w, al), v in zip(cols, it):
        pdf.set_xy(x, y); pdf.cell(w, 6.5, v, border=1, align=al); x += w
    y += 6.5
# summary by rate
pdf.set_font("DV", "B", 8)
x = 15 + 9 + 73
pdf.set_xy(15 + 9, y); pdf.cell(73 + 12, 6.5, "Razem", border=1, align="R")
for (n, w, al), v in zip(cols[3:], ["93,49", "23%", "21,50", "114,99"]):
    pdf.set_xy(x + 12, y); pdf.cell(w, 6.5, v, border=1, align=al); x += w

# to pay box
y += 14
pdf.set_draw_color(*ORANGE); pdf.set_line_width(0.6)
pdf.rect(110, y, 85, 24)
pdf.set_line_width(0.2)
pdf.set_font("DV", "", 9); pdf.set_xy(114, y + 3); pdf.cell(40, 6, "Do zapłaty:")
pdf.set_font("DV", "B", 15); pdf.set_xy(140, y + 2); pdf.cell(52, 8, "114,99 zł", align="R")
pdf.set_font("DV", "", 8); pdf.set_xy(114, y + 12); pdf.cell(78, 4.5, "Słownie: sto czternaście złotych 99/100")
pdf.set_xy(114, y + 17); pdf.cell(78, 4.5, "Termin płatności: 15.03.2025")

pdf.set_font("DV", "", 8.5); pdf.set_draw_color(190, 190, 190)
pdf.set_xy(15, y + 1); pdf.multi_cell(88, 4.5, "Twój indywidualny numer rachunku do wpłat:\n12 1140 2004 0000 3102 7811 4432\nmBank S.A.\nW tytule przelewu podaj numer faktury.")

y += 34
pdf.set_font("DV", "B", 9); pdf.set_xy(15, y); pdf.cell(100, 5, "Informacje dla Ciebie"); y += 6
pdf.set_font("DV", "", 8)
info = ("Dziękujemy, że jesteś z nami. Saldo Twojego konta na dzień wystawienia faktury: 0,00 zł (brak zaległości). "
        "Zgłoszenia awarii: 52 520 00 00 (całą dobę) lub w aplikacji Mój Wisła Net. Fakturę elektroniczną możesz pobrać w Elektronicznym Biurze Obsługi Klienta. "
        "Od 1 kwietnia 2025 r. pakiet TV „Rodzinny” wzbogaci się o 6 nowych kanałów bez zmiany ceny.")
pdf.set_xy(15, y); pdf.multi_cell(180, 4.3, info)

pdf.set_font("DVC", "", 6.8); pdf.set_text_color(100, 100, 100)
pdf.set_xy(15, 276)
pdf.multi_cell(180, 3.4, "Wisła Net Sp. z o.o. z siedzibą w Bydgoszczy, ul. Dworcowa 15, 85-009 Bydgoszcz, wpisana do rejestru przedsiębiorców KRS pod nr 0000417723, "
               "NIP 554-287-19-03, REGON 341882090, kapitał zakładowy 1 250 000,00 zł. Przedsiębiorca telekomunikacyjny wpisany do rejestru UKE pod nr 11247. "
               "Faktura wystawiona w formie elektronicznej, nie wymaga podpisu.", align="C")
pdf.output(sys.argv[1])
