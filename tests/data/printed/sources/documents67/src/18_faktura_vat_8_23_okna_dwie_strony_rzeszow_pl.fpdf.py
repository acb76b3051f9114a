#!/usr/bin/env python3
"""Faktura VAT (Poland) -- two pages: seller / buyer with NIP, dates (wystawienia, sprzedaży, termin płatności), 15
item lines and "Do przeniesienia" (net carried forward) on page 1; "Z przeniesienia", 5 more lines, the VAT summary
by rate (8 % residential construction, 23 % commercial part), "Do zapłaty" with the currency code after the amount,
amount in words and the split-payment note on page 2. ISO dates, amounts "164 579,58 PLN". fpdf2 with embedded TTF
fonts (Liberation Sans)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "s67_18.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 27, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/liberation2/"
pdf.add_font("S", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("S", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(15, 14, 15)
pdf.set_auto_page_break(False)
L = 15
W = 210 - 30
NAVY = (30, 52, 96)


def cell(x, y, w, h, txt, style="", size=8.2, align="L", border=0, fill=False):
    pdf.set_xy(x, y)
    pdf.set_font("S", style, size)
    pdf.cell(w, h, txt, border=border, align=align, fill=fill)


def header(page):
    pdf.set_text_color(*NAVY)
    cell(L, 12, 110, 8, "Okna Wisłok Sp. z o.o.", "B", 16)
    pdf.set_text_color(70, 70, 70)
    cell(L, 20, 110, 4.4, "Stolarka okienna PCV i aluminiowa · montaż · serwis", "", 8)
    pdf.set_text_color(0, 0, 0)
    cell(L + W - 70, 12, 70, 6, "Faktura VAT nr FV/2026/03/0418", "B", 10, "R")
    cell(L + W - 70, 18, 70, 4.4, f"Strona {page} z 2", "", 8, "R")
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.6)
    pdf.line(L, 27, L + W, 27)


def footer():
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    pdf.line(L, 281, L + W, 281)
    cell(L, 282, W, 4, "Okna Wisłok Sp. z o.o. · ul. Przemysłowa 27, 35-105 Rzeszów · Sąd Rejonowy w Rzeszowie, XII Wydział Gospodarczy KRS, KRS 0000418273 · kapitał zakładowy 200 000,00 zł", "", 6.4, "C")


cols = [("Lp.", 9), ("Nazwa towaru / usługi", 77), ("PKWiU", 17), ("Ilość", 14), ("J.m.", 10), ("Cena netto", 20), ("Wartość netto", 23), ("VAT", W - 170)]


def table_head(y):
    pdf.set_fill_color(222, 229, 240)
    x = L
    for n, w in cols:
        cell(x, y, w, 6.5, n, "B", 7.6, "L" if n in ("Lp.", "Nazwa towaru / usługi", "PKWiU", "J.m.") else "R", 1, True)
        x += w


def rows(y, items, start):
    for i, it in enumerate(items):
        vals = [str(start + i)] + list(it)
        x = L
        for (n, w), v in zip(cols, vals):
            cell(x, y, w, 7, v, "", 7.6, "L" if n in ("Lp.", "Nazwa towaru / usługi", "PKWiU", "J.m.") else "R", 1)
            x += w
        y += 7
    return y


items1 = [("Okno PCV 1465×1435 mm, 2-skrzydłowe, Uw 0,9", "22.23.14.0", "24", "szt.", "1 180,00", "28 320,00", "8%"),
          ("Okno PCV 865×1435 mm, 1-skrzydłowe rozwierno-uchylne", "22.23.14.0", "16", "szt.", "742,00", "11 872,00", "8%"),
          ("Drzwi balkonowe PCV 865×2235 mm", "22.23.14.0", "12", "szt.", "1 395,00", "16 740,00", "8%"),
          ("Okno PCV 565×565 mm, uchylne, łazienkowe", "22.23.14.0", "8", "szt.", "389,00", "3 112,00", "8%"),
          ("Parapet wewnętrzny PCV 250 mm, biały", "22.23.19.0", "62,5", "mb", "48,40", "3 025,00", "8%"),
          ("Parapet zewnętrzny stalowy powlekany, grafit", "25.11.23.0", "62,5", "mb", "36,80", "2 300,00", "8%"),
          ("Montaż okien i drzwi balkonowych w warstwie ocieplenia", "43.32.10.0", "52", "szt.", "285,00", "14 820,00", "8%"),
          ("Montaż okien łazienkowych", "43.32.10.0", "8", "szt.", "140,00", "1 120,00", "8%"),
          ("Taśmy paroszczelne i paroprzepuszczalne (komplet na okno)", "43.32.10.0", "60", "kpl", "42,50", "2 550,00", "8%"),
          ("Obróbka ościeży wewnętrznych", "43.34.10.0", "186", "mb", "24,00", "4 464,00", "8%"),
          ("Nawiewnik okienny higrosterowany", "22.23.14.0", "40", "szt.", "96,00", "3 840,00", "8%"),
          ("Witryna aluminiowa 3000×2600 mm, lokal usługowy U1/U2", "25.12.10.0", "2", "szt.", "8 940,00", "17 880,00", "23%"),
          ("Drzwi aluminiowe wejściowe z samozamykaczem", "25.12.10.0", "2", "szt.", "5 260,00", "10 520,00", "23%"),
          ("Okno aluminiowe 1200×1500 mm, lokale usługowe", "25.12.10.0", "6", "szt.", "2 145,00", "12 870,00", "23%"),
          ("Montaż witryn i drzwi aluminiowych", "43.32.10.0", "4", "kpl", "1 150,00", "4 600,00", "23%")]
items2 = [("Montaż okien aluminiowych", "43.32.10.0", "6", "szt.", "310,00", "1 860,00", "23%"),
          ("Parapet wewnętrzny konglomerat, lokale usługowe", "23.70.12.0", "9,6", "mb", "168,00", "1 612,80", "23%"),
          ("Dopłata za szkło bezpieczne P4 w witrynach", "23.12.13.0", "15,6", "m²", "142,00", "2 215,20", "23%"),
          ("Transport i rozładunek HDS – część mieszkalna", "49.41.19.0", "2", "kurs", "480,00", "960,00", "8%"),
          ("Transport i rozładunek HDS – część usługowa", "49.41.19.0", "1", "kurs", "480,00", "480,00", "23%")]

# ---------------- page 1 ----------------
pdf.add_page()
header(1)
y = 31
cell(L, y, 88, 5, "Sprzedawca", "B", 8.4)
cell(L + 92, y, 88, 5, "Nabywca", "B", 8.4)
seller = ["Okna Wisłok Sp. z o.o.", "ul. Przemysłowa 27", "35-105 Rzeszów", "NIP: 813-436-96-21", "REGON: 181897372",
          "Bank PKO BP S.A.", "PL33 1020 1578 0000 4102 0418 2736"]
buyer = ["Zakład Budowlany Karpaty Sp. z o.o.", "ul. Lwowska 118", "35-301 Rzeszów", "NIP: 813-110-06-86",
         "Nr klienta: K-2291"]
for i, s in enumerate(seller):
    cell(L, y + 5 + i * 4.5, 88, 4.5, s, "B" if i == 0 else "", 8.4)
for i, s in enumerate(buyer):
    cell(L + 92, y + 5 + i * 4.5, 88, 4.5, s, "B" if i == 0 else "", 8.4)
y = 70
pdf.set_fill_color(222, 229, 240)
pdf.rect(L, y, W, 17, style="F")
meta = [("Data wystawienia:", "2026-03-18"), ("Data sprzedaży (zakończenia dostawy i montażu):", "2026-03-13"),
        ("Termin płatności:", "2026-04-17 (30 dni)"), ("Sposób płatności:", "przelew"),
        ("Nr zamówienia nabywcy:", "ZBK/ZAM/2026/071"), ("Budowa:", "ul. Podwisłocze 12, Rzeszów")]
for i, (k, v) in enumerate(meta):
    col, row = i % 2, i // 2
    x = L + 2 + col * 80
    cell(x, y + 1 + row * 5.2, 60, 5, k, "", 7.8)
    pdf.set_font("S", "", 7.8)
    lw = pdf.get_string_width(k) + 2
    cell(x + lw, y + 1 + row * 5.2, 50, 5, v, "B" if row == 0 or i == 4 else "", 7.8)
y = 92
table_head(y)
y = rows(y + 6.5, items1, 1)
y += 3
cell(L + W - 97, y, 64, 6, "Do przeniesienia (wartość netto):", "B", 8.4, "R")
cell(L + W - 33, y, 23, 6, "138 033,00", "B", 8.4, "R")
y += 10
cell(L, y, W, 4.5, "Stawka 8% – dostawa z montażem stolarki w części mieszkalnej budynku (budownictwo objęte społecznym programem mieszkaniowym).", "", 7.4)
footer()

# ---------------- page 2 ----------------
pdf.add_page()
header(2)
y = 31
cell(L, y, W, 5, "Faktura VAT nr FV/2026/03/0418 z dnia 2026-03-18 – ciąg dalszy", "B", 9)
y = 39
table_head(y)
y += 6.5
cell(L, y, W - 33, 7, "Z przeniesienia", "B", 7.8, "R", 1)
cell(L + W - 33, y, 23, 7, "138 033,00", "B", 7.6, "R", 1)
cell(L + W - 10, y, 10, 7, "", "", 7.6, "R", 1)
y = rows(y + 7, items2, 16)
y += 2
cell(L + W - 97, y, 64, 6, "Razem wartość netto:", "B", 8.4, "R")
cell(L + W - 33, y, 23, 6, "145 161,00", "B", 8.4, "R")

y += 12
cell(L + 60, y, 60, 6, "Zestawienie sprzedaży wg stawek VAT", "B", 8.6)
y += 6.5
sc = [("Stawka", 30), ("Wartość netto", 30), ("Kwota VAT", 30), ("Wartość brutto", W - 60 - 90)]
x = L + 60
for n, w in sc:
    cell(x, y, w, 6.5, n, "B", 7.8, "R" if n != "Stawka" else "L", 1, True)
    x += w
for r in [("8%", "93 123,00", "7 449,84", "100 572,84"), ("23%", "52 038,00", "11 968,74", "64 006,74"),
          ("Razem", "145 161,00", "19 418,58", "164 579,58")]:
    y += 6.5
    x = L + 60
    for (n, w), v in zip(sc, r):
        cell(x, y, w, 6.5, v, "B" if r[0] == "Razem" else "", 7.8, "R" if n != "Stawka" else "L", 1)
        x += w
y += 13
pdf.set_fill_color(*NAVY)
pdf.set_text_color(255, 255, 255)
cell(L + 60, y, 60, 9, "  Do zapłaty:", "B", 11, "L", 0, True)
cell(L + 120, y, W - 120, 9, "164 579,58 PLN  ", "B", 11, "R", 0, True)
pdf.set_text_color(0, 0, 0)
y += 11
cell(L + 60, y, W - 60, 5, "Słownie: sto sześćdziesiąt cztery tysiące pięćset siedemdziesiąt dziewięć PLN 58/100", "", 7.8)
y += 12
notes = ["Mechanizm podzielonej płatności – usługi budowlane wymienione w załączniku nr 15 do ustawy o VAT.",
         "Płatność przelewem na rachunek: PL33 1020 1578 0000 4102 0418 2736 (PKO BP S.A.), w tytule: FV/2026/03/0418.",
         "Zaliczka otrzymana: brak. Rozliczenie kaucji gwarancyjnej zgodnie z umową podwykonawczą nr UP/2025/118 z dnia 2025-11-24.",
         "Nieopłacone: faktura FV/2026/02/0287 z dnia 2026-02-20 na kwotę 42 817,50 PLN, termin płatności 2026-03-22.",
         "Gwarancja na stolarkę: 5 lat od daty odbioru, na montaż: 3 lata."]
for s in notes:
    cell(L, y, W, 4.6, s, "", 7.6)
    y += 5
y += 18
pdf.set_draw_color(120, 120, 120)
pdf.line(L + 5, y, L + 75, y)
pdf.line(L + W - 75, y, L + W - 5, y)
cell(L + 5, y + 1, 70, 4, "Osoba upoważniona do odbioru", "", 7, "C")
cell(L + W - 75, y + 1, 70, 4, "Wystawił: Marta Kowalczyk", "", 7, "C")
footer()
pdf.output(out)
