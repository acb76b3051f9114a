import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
OUT = sys.argv[1]


def mkpdf(cls=FPDF, title=""):
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
    pdf.set_title(title)
    for fam, fn in (("DV", "DejaVuSans"), ("DC", "DejaVuSansCondensed")):
        pdf.add_font(fam, "", F + fn + ".ttf")
        pdf.add_font(fam, "B", F + fn + "-Bold.ttf")
    return pdf
from decimal import Decimal as D, ROUND_HALF_UP

"""Electrical wholesaler's VAT invoice over three pages (Poland, Rzeszów), Polish: fpdf2 header() / footer() repeat
the seller line, "Faktura VAT nr FV/2026/03/0187" and "Strona n z 3" ({nb} alias) on every page; 44 lines run over
three pages with "Do przeniesienia" at the foot and "Z przeniesienia" at the head of the next page (running sums);
the VAT summary, Razem do zapłaty, amount in words and the bank account only on page 3. Polish number format
(12 345,60), ISO dates. fpdf2, DejaVu Sans / Condensed.
Usage: python3 20_faktura_przeniesienie_hurtownia_pl.fpdf.py out.pdf"""

PAGES = [[('Przewód YDYp 3x2,5 mm² 450/750V, krążek 100 m', '3', 'kr.', '289.00'), ('Łącznik schodowy, biały', '120', 'szt.', '9.30'), ('Rura osłonowa RL 20 mm, 3 m', '50', 'szt.', '3.40'), ('Oprawa LED hermetyczna 36W 4000K', '80', 'szt.', '54.90'), ('Wyłącznik nadprądowy B16 1P', '24', 'szt.', '14.60'), ('Opaska kablowa 200 mm, op. 100 szt.', '4', 'op.', '6.40'), ('Gniazdo podwójne z uziemieniem, białe', '36', 'szt.', '11.75'), ('Przewód YDY 5x4 mm², metr', '12', 'm', '9.85'), ('Rozdzielnica natynkowa 36 modułów', '2', 'szt.', '168.50'), ('Puszka podtynkowa fi 60 głęboka', '18', 'szt.', '0.92'), ('Korytko kablowe perforowane 100x60, 3 m', '10', 'szt.', '47.20'), ('Wyłącznik różnicowoprądowy 4P 40A 30mA', '15', 'szt.', '142.00'), ('Przewód YDYp 3x2,5 mm² 450/750V, krążek 100 m', '6', 'kr.', '289.00'), ('Łącznik schodowy, biały', '3', 'szt.', '9.30'), ('Rura osłonowa RL 20 mm, 3 m', '120', 'szt.', '3.40'), ('Oprawa LED hermetyczna 36W 4000K', '50', 'szt.', '54.90'), ('Wyłącznik nadprądowy B16 1P', '80', 'szt.', '14.60')], [('Opaska kablowa 200 mm, op. 100 szt.', '24', 'op.', '6.40'), ('Gniazdo podwójne z uziemieniem, białe', '4', 'szt.', '11.75'), ('Przewód YDY 5x4 mm², metr', '36', 'm', '9.85'), ('Rozdzielnica natynkowa 36 modułów', '12', 'szt.', '168.50'), ('Puszka podtynkowa fi 60 głęboka', '2', 'szt.', '0.92'), ('Korytko kablowe perforowane 100x60, 3 m', '18', 'szt.', '47.20'), ('Wyłącznik różnicowoprądowy 4P 40A 30mA', '10', 'szt.', '142.00'), ('Przewód YDYp 3x2,5 mm² 450/750V, krążek 100 m', '15', 'kr.', '289.00'), ('Łącznik schodowy, biały', '6', 'szt.', '9.30'), ('Rura osłonowa RL 20 mm, 3 m', '3', 'szt.', '3.40'), ('Oprawa LED hermetyczna 36W 4000K', '120', 'szt.', '54.90'), ('Wyłącznik nadprądowy B16 1P', '50', 'szt.', '14.60'), ('Opaska kablowa 200 mm, op. 100 szt.', '80', 'op.', '6.40'), ('Gniazdo podwójne z uziemieniem, białe', '24', 'szt.', '11.75'), ('Przewód YDY 5x4 mm², metr', '4', 'm', '9.85'), ('Rozdzielnica natynkowa 36 modułów', '36', 'szt.', '168.50'), ('Puszka podtynkowa fi 60 głęboka', '12', 'szt.', '0.92'), ('Korytko kablowe perforowane 100x60, 3 m', '2', 'szt.', '47.20'), ('Wyłącznik różnicowoprądowy 4P 40A 30mA', '18', 'szt.', '142.00')], [('Przewód YDYp 3x2,5 mm² 450/750V, krążek 100 m', '10', 'kr.', '289.00'), ('Łącznik schodowy, biały', '15', 'szt.', '9.30'), ('Rura osłonowa RL 20 mm, 3 m', '6', 'szt.', '3.40'), ('Oprawa LED hermetyczna 36W 4000K', '3', 'szt.', '54.90'), ('Wyłącznik nadprądowy B16 1P', '120', 'szt.', '14.60'), ('Opaska kablowa 200 mm, op. 100 szt.', '50', 'op.', '6.40'), ('Gniazdo podwójne z uziemieniem, białe', '80', 'szt.', '11.75'), ('Przewód YDY 5x4 mm², metr', '24', 'm', '9.85')]]


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def pl(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


class Inv(FPDF):
    def header(self):
        self.set_font("DV", "B", 14)
        self.set_text_color(30, 90, 160)
        self.set_xy(15, 12)
        self.cell(90, 7, "WISŁOK elektro")
        self.set_text_color(0, 0, 0)
        self.set_font("DC", "", 8)
        self.set_xy(15, 19)
        self.cell(90, 4, "Hurtownia Elektryczna Wisłok Sp. z o.o. · ul. Przemysłowa 18, 35-105 Rzeszów")
        self.set_font("DV", "B", 11)
        self.set_xy(110, 12)
        self.cell(85, 6, "Faktura VAT nr FV/2026/03/0187", align="R")
        self.set_font("DC", "", 8)
        self.set_xy(110, 18)
        self.cell(85, 4, "Data wystawienia: 2026-03-12 · Strona " + str(self.page_no()) + " z {nb}", align="R")
        self.line(15, 25, 195, 25)
        self.set_y(28)

    def footer(self):
        self.set_y(-12)
        self.set_font("DC", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Hurtownia Elektryczna Wisłok Sp. z o.o. · KRS 0000418729 · NIP 527-184-73-95 · BDO 000184729", align="C")
        self.set_text_color(0, 0, 0)


pdf = mkpdf(Inv, "Faktura VAT FV/2026/03/0187")
pdf.alias_nb_pages()
pdf.set_auto_page_break(False)
pdf.set_margins(15, 15, 15)
W = [8, 92, 16, 12, 24, 28]


def th():
    pdf.set_font("DC", "B", 8)
    pdf.set_fill_color(220, 232, 245)
    for w, t in zip(W, ["Lp.", "Nazwa towaru / usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto"]):
        pdf.cell(w, 6, t, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("DC", "", 8)


def carry(label, v):
    pdf.set_font("DC", "B", 8.5)
    pdf.cell(sum(W[:5]), 6, label, border=1)
    pdf.cell(W[5], 6, pl(v), border=1, align="R")
    pdf.ln()
    pdf.set_font("DC", "", 8)


pdf.add_page()
pdf.set_font("DC", "", 8.5)
y = pdf.get_y() + 2
for x, title, rows in ((15, "Sprzedawca", ["Hurtownia Elektryczna Wisłok Sp. z o.o.", "ul. Przemysłowa 18, 35-105 Rzeszów", "NIP 527-184-73-95"]),
                       (110, "Nabywca", ["Instalbud Podkarpacie Sp. z o.o.", "ul. Lwowska 41, 38-400 Krosno", "NIP 731-829-46-19"])):
    pdf.set_xy(x, y)
    pdf.set_font("DC", "B", 8.5)
    pdf.cell(85, 5, title)
    pdf.set_font("DC", "", 8.5)
    for i, t in enumerate(rows):
        pdf.set_xy(x, y + 5 + i * 4.5)
        pdf.cell(85, 4.5, t)
pdf.set_xy(15, y + 21)
pdf.cell(180, 4.5, "Data sprzedaży: 2026-03-10 · Termin płatności: 2026-04-11 (30 dni) · Sposób płatności: przelew · Zamówienie: ZK/2026/0311")
pdf.ln(8)
lp = 0
run = D(0)
for i, rows in enumerate(PAGES):
    if i > 0:
        pdf.add_page()
    th()
    if i > 0:
        carry("Z przeniesienia", run)
    for n, qt, u, p in rows:
        lp += 1
        v = q(D(qt) * D(p))
        run += v
        for w, t, a in zip(W, [str(lp), n, qt, u, pl(D(p)), pl(v)], ["C", "L", "R", "C", "R", "R"]):
            pdf.cell(w, 6, t, border=1, align=a)
        pdf.ln()
    if i < len(PAGES) - 1:
        carry("Do przeniesienia", run)
net = run
vat = q(net * D("0.23"))
tot = net + vat
pdf.ln(4)
pdf.set_font("DC", "B", 8.5)
for w, t in zip([60, 30, 30, 30], ["Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"]):
    pdf.cell(w, 6, t, border=1, align="C")
pdf.ln()
pdf.set_font("DC", "", 8.5)
for w, t in zip([60, 30, 30, 30], ["23%", pl(net), pl(vat), pl(tot)]):
    pdf.cell(w, 6, t, border=1, align="R")
pdf.ln(10)
pdf.set_font("DV", "B", 12)
pdf.cell(180, 7, "Razem do zapłaty: " + pl(tot) + " PLN")
pdf.ln(8)
pdf.set_font("DC", "", 8.5)
pdf.cell(180, 5, "Słownie: sześćdziesiąt tysięcy trzysta osiemdziesiąt trzy złote 33/100")
pdf.ln(6)
pdf.cell(180, 5, "Konto: Bank Podkarpacki S.A. PL07 1240 1747 0000 1847 2936 1150")
pdf.ln(6)
pdf.cell(180, 5, "Towar pozostaje własnością sprzedawcy do chwili zapłaty. Reklamacje w ciągu 7 dni od dostawy.")
pdf.output(OUT)
