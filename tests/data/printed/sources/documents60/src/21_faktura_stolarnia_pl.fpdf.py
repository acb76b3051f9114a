"""Joinery workshop VAT invoice as the Polish online invoicing tools lay it out (Poland, Kraków region), Polish: logo line
"WÓJCIK stolarnia" with the legal name in the Sprzedawca box, "Faktura nr 118/03/2026" with Data wystawienia, Data
sprzedaży, Termin płatności and Sposób płatności in a right-hand block (ISO dates as these tools print them),
Sprzedawca / Nabywca boxes side by side with NIP, a nine-column line table (Lp., Nazwa, Ilość, J.m., Cena netto,
Wartość netto, Stawka VAT, Kwota VAT, Wartość brutto), the VAT summary per rate, "Razem do zapłaty", the amount in words,
the bank account and a footer "Wystawiono w programie Faktureo" (fictional tool, not the vendor). Polish number format
(4 120,50 zł). fpdf2, DejaVu Sans / Condensed.
Usage: python3 21_faktura_stolarnia_pl.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def pl(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


LINES = [("Blat dębowy lity 3000x650x40 mm", D("2"), "szt.", D("1240.00")),
         ("Montaż blatów i zabudowy kuchennej", D("6"), "godz.", D("120.00")),
         ("Transport na miejsce montażu", D("1"), "usł.", D("150.00"))]
NET = sum(q(n * p) for _, n, _, p in LINES)
VAT = sum(q(q(n * p) * D("0.23")) for _, n, _, p in LINES)
GROSS = NET + VAT
assert (NET, VAT, GROSS) == (D("3350.00"), D("770.50"), D("4120.50"))

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("Faktura 118/03/2026")
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(15, 15, 15)
pdf.add_page()
pdf.set_text_color(120, 72, 30)
pdf.set_font("DV", "B", 20)
pdf.set_xy(15, 15)
pdf.cell(80, 9, "WÓJCIK")
pdf.set_font("DV", "", 10)
pdf.set_xy(15, 24)
pdf.cell(80, 5, "stolarnia · meble na wymiar")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "B", 15)
pdf.set_xy(110, 15)
pdf.cell(85, 8, "Faktura nr 118/03/2026", align="R")
pdf.set_font("DC", "", 8.5)
for i, (k, v) in enumerate([("Data wystawienia:", "2026-03-13"), ("Data sprzedaży:", "2026-03-11"),
                            ("Termin płatności:", "2026-03-27"), ("Sposób płatności:", "przelew"),
                            ("Miejsce wystawienia:", "Wieliczka")]):
    pdf.set_xy(125, 25 + i * 4.3)
    pdf.cell(35, 4.3, k, align="R")
    pdf.set_font("DC", "B", 8.5)
    pdf.cell(35, 4.3, v, align="R")
    pdf.set_font("DC", "", 8.5)


def box(x, y, title, lines):
    pdf.set_fill_color(245, 237, 228)
    pdf.rect(x, y, 87, 34)
    pdf.rect(x, y, 87, 6, style="FD")
    pdf.set_font("DC", "B", 8)
    pdf.set_xy(x + 2, y + 1)
    pdf.cell(80, 4, title)
    for i, s in enumerate(lines):
        pdf.set_font("DC", "B" if i == 0 else "", 8.5)
        pdf.set_xy(x + 2, y + 7.5 + i * 4.4)
        pdf.cell(83, 4.4, s)


box(15, 52, "Sprzedawca", ["Pracownia Stolarska Wójcik sp. z o.o.", "ul. Klaśnieńska 44", "32-020 Wieliczka",
                           "NIP: 675-184-72-95", "Bank: PL19 1020 1026 0000 1847 2936 1847"])
box(108, 52, "Nabywca", ["Pensjonat Pod Lipami sp. z o.o.", "ul. Kościeliska 118", "34-500 Zakopane",
                         "NIP: 942-183-72-66"])
cols = [("Lp.", 8, "C"), ("Nazwa towaru lub usługi", 58, "L"), ("Ilość", 11, "R"), ("J.m.", 11, "C"),
        ("Cena netto", 19, "R"), ("Wartość netto", 20, "R"), ("VAT", 10, "C"), ("Kwota VAT", 17, "R"),
        ("Wartość brutto", 26, "R")]
y = 94
pdf.set_fill_color(120, 72, 30)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DC", "B", 7.5)
pdf.set_xy(15, y)
for h, w, a in cols:
    pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.set_text_color(0, 0, 0)
pdf.set_font("DC", "", 7.8)
y += 7
for i, (name, n, unit, p) in enumerate(LINES, 1):
    net = q(n * p)
    vat = q(net * D("0.23"))
    vals = [str(i), name, pl(n).replace(",00", ""), unit, pl(p), pl(net), "23%", pl(vat), pl(net + vat)]
    pdf.set_xy(15, y)
    for (h, w, a), v in zip(cols, vals):
        pdf.cell(w, 7, v, border=1, align=a)
    y += 7
y += 4
pdf.set_font("DC", "B", 8)
sx = 15 + 8 + 58 + 11 + 11
pdf.set_xy(sx, y)
for h, w in [("Stawka VAT", 19), ("Wartość netto", 20), ("", 10), ("Kwota VAT", 17), ("Wartość brutto", 26)]:
    pdf.cell(w, 6, h, border=1, align="C")
pdf.set_font("DC", "", 8)
for label, vals in [("23%", [pl(NET), "", pl(VAT), pl(GROSS)]), ("Razem", [pl(NET), "", pl(VAT), pl(GROSS)])]:
    y += 6
    pdf.set_xy(sx, y)
    pdf.cell(19, 6, label, border=1, align="C")
    for v, w in zip(vals, [20, 10, 17, 26]):
        pdf.cell(w, 6, v, border=1, align="R")
y += 14
pdf.set_font("DV", "B", 12)
pdf.set_xy(15, y)
pdf.cell(180, 7, f"Razem do zapłaty: {pl(GROSS)} PLN")
pdf.set_font("DC", "", 8.5)
pdf.set_xy(15, y + 8)
pdf.cell(180, 5, "Słownie: cztery tysiące sto dwadzieścia złotych 50/100")
pdf.set_xy(15, y + 13)
pdf.cell(180, 5, "Zapłacono: 0,00 PLN      Pozostało do zapłaty: " + pl(GROSS) + " PLN")
pdf.set_xy(15, y + 18)
pdf.cell(180, 5, "Numer konta: PL19 1020 1026 0000 1847 2936 1847 (PKO, tytułem: Faktura nr 118/03/2026)")
pdf.line(25, y + 50, 85, y + 50)
pdf.line(125, y + 50, 185, y + 50)
pdf.set_font("DC", "", 6.8)
pdf.set_xy(25, y + 51)
pdf.cell(60, 4, "Osoba upoważniona do odbioru", align="C")
pdf.set_xy(125, y + 51)
pdf.cell(60, 4, "Osoba upoważniona do wystawienia: Tomasz Wójcik", align="C")
pdf.set_text_color(140, 140, 140)
pdf.set_font("DC", "", 6.5)
pdf.set_xy(15, 282)
pdf.cell(180, 4, "Pracownia Stolarska Wójcik sp. z o.o., KRS 0000718472, Sąd Rejonowy dla Krakowa-Śródmieścia, "
         "kapitał zakładowy 5 000,00 zł · Wystawiono w programie Faktureo", align="C")
pdf.output(sys.argv[1])
