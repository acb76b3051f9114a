"""D19: Polish VAT invoice of a building-materials wholesaler, ~44 lines over pages, VAT summary per
rate on the last page, amount in words, split-payment note (fpdf2 with DejaVu)."""
import sys, datetime
from fpdf import FPDF
from common import fmt
import data

d = data.d19()
OUT = sys.argv[1]
FV = d["invoice_number"]
FONT = "/usr/share/fonts/truetype/dejavu/"
BLUE = (0, 70, 130)


def z(x):
    return fmt(x, "pl")


ONES = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć", "jedenaście",
        "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"]
TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
        "osiemdziesiąt", "dziewięćdziesiąt"]
HUND = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"]


def tri(n):
    out = []
    if n // 100:
        out.append(HUND[n // 100])
    r = n % 100
    if r < 20:
        if r:
            out.append(ONES[r])
    else:
        out.append(TENS[r // 10])
        if r % 10:
            out.append(ONES[r % 10])
    return out


def form(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def words(amount):
    zl = int(amount)
    gr = int((amount - zl) * 100)
    th, rest = divmod(zl, 1000)
    parts = []
    if th:
        if th != 1:
            parts += tri(th)
        parts.append(form(th, "tysiąc", "tysiące", "tysięcy"))
    parts += tri(rest)
    return " ".join(parts) + " " + form(zl, "złoty", "złote", "złotych") + f" {gr:02d}/100"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "B", 9)
        self.set_text_color(*BLUE)
        self.cell(90, 5, "HURTOWNIA BUDOWLANA WISŁA Sp. z o.o.")
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Faktura VAT nr {FV} z dnia 2025-03-25 – ciąg dalszy", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 6.2)
        self.set_text_color(100, 100, 100)
        self.multi_cell(self.w - 60, 3, "Hurtownia Budowlana Wisła Sp. z o.o., ul. Półłanki 64, 30-740 Kraków · Sąd Rejonowy dla Krakowa-Śródmieścia, "
                        "XI Wydział Gospodarczy KRS, KRS 0000418237 · NIP 6792874315 · REGON 122458730 · kapitał zakładowy 500 000,00 zł · BDO 000128744",
                        align="L", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "B", 7)
        self.cell(0, 6, f"Strona {self.page_no()} z {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 3, 25, 10, 5, tzinfo=datetime.timezone.utc))
pdf.set_title(f"Faktura VAT {FV}")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(12, 12, 12)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("DV", "B", 15)
pdf.set_text_color(*BLUE)
pdf.cell(110, 7, "HURTOWNIA BUDOWLANA WISŁA")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8)
pdf.multi_cell(0, 4, "Miejsce wystawienia: Kraków\nData wystawienia: 2025-03-25\nData dostawy/wykonania usługi: 2025-03-24",
               align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DV", "B", 14)
pdf.cell(0, 8, f"Faktura VAT nr {FV}", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.cell(0, 4, "ORYGINAŁ", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
half = (pdf.w - 24 - 6) / 2
for i, (t, body) in enumerate([
    ("Sprzedawca", "Hurtownia Budowlana Wisła Sp. z o.o.\nul. Półłanki 64\n30-740 Kraków\nNIP: 6792874315\n"
                   "Bank: Santander Bank Polska S.A.\nNr konta: PL 61 1090 1014 0000 0712 1981 2874"),
    ("Nabywca", "Bud-Rem Kowalczyk i Wspólnicy Sp.j.\nul. Krakowska 212\n32-050 Skawina\nNIP: 9442187605\n"
                "Odbiorca: budowa – Osiedle Zielone Wzgórza, bud. C\nul. Energetyków 9, 32-050 Skawina")]):
    x = 12 + i * (half + 6)
    pdf.set_xy(x, y)
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(225, 235, 245)
    pdf.cell(half, 5, t, fill=True, new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(half, 4.2, body)
pdf.set_y(y + 33)
pdf.set_font("DV", "", 8)
pdf.cell(0, 4.5, "Zamówienie nabywcy: ZK/0312/2025 z dnia 2025-03-12   ·   Dokumenty WZ: WZ/2025/03/1187, WZ/2025/03/1203",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

W = [8, 62, 10, 11, 17, 20, 10, 18, 0]
W[-1] = pdf.w - 24 - sum(W[:-1])
H = ["Lp.", "Nazwa towaru lub usługi", "J.m.", "Ilość", "Cena netto", "Wartość netto", "VAT %", "Kwota VAT", "Wartość brutto"]


def head():
    pdf.set_font("DC", "B", 7)
    pdf.set_fill_color(*BLUE)
    pdf.set_text_color(255, 255, 255)
    for w, t in zip(W, H):
        pdf.cell(w, 6, t, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)


head()
for i, l in enumerate(d["lines"], 1):
    name = l["name"]
    pdf.set_font("DC", "", 7.4)
    lines_needed = 2 if pdf.get_string_width(name) > W[1] - 2 else 1
    h = 4.2 * lines_needed
    if pdf.will_page_break(h):
        pdf.add_page()
        head()
        pdf.set_font("DC", "", 7.4)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.cell(W[0], h, str(i), border=1, align="C")
    pdf.multi_cell(W[1], 4.2, name, border=1, new_x="RIGHT", new_y="TOP", max_line_height=4.2, align="L")
    pdf.set_xy(x + W[0] + W[1], y)
    q = l["qty"]
    vals = [l["unit"], z(q) if q % 1 else f"{int(q)}", z(l["price"]), z(l["netto"]), f"{l['rate']}", z(l["vat"]), z(l["brutto"])]
    for w, v, a in zip(W[2:], vals, "CRRRCRR"):
        pdf.cell(w, h, v, border=1, align=a)
    pdf.ln(h)

# summary per rate
if pdf.will_page_break(75):
    pdf.add_page()
pdf.ln(3)
sx = 12 + W[0] + W[1] + W[2] + W[3] + W[4] - 20
pdf.set_x(sx)
pdf.set_font("DC", "B", 7.4)
pdf.set_fill_color(225, 235, 245)
for t, w in [("Zestawienie", 20 + 0), ("Wartość netto", W[5]), ("VAT %", W[6]), ("Kwota VAT", W[7]), ("Wartość brutto", W[8])]:
    pdf.cell(w, 5.5, t, border=1, fill=True, align="C")
pdf.ln()
for rate in sorted(d["by"], reverse=True):
    pdf.set_x(sx)
    pdf.set_font("DC", "", 7.6)
    pdf.cell(20, 5, "w tym", border=1, align="C")
    pdf.cell(W[5], 5, z(d["by"][rate]), border=1, align="R")
    pdf.cell(W[6], 5, f"{rate}", border=1, align="C")
    pdf.cell(W[7], 5, z(d["vats"][rate]), border=1, align="R")
    pdf.cell(W[8], 5, z(d["by"][rate] + d["vats"][rate]), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(sx)
pdf.set_font("DC", "B", 7.6)
pdf.cell(20, 5.5, "Razem", border=1, align="C")
pdf.cell(W[5], 5.5, z(d["netto"]), border=1, align="R")
pdf.cell(W[6], 5.5, "", border=1)
pdf.cell(W[7], 5.5, z(d["vat"]), border=1, align="R")
pdf.cell(W[8], 5.5, z(d["total"]), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("DV", "B", 11)
pdf.cell(0, 6, f"Do zapłaty: {z(d['total'])} PLN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.4)
pdf.cell(0, 5, "Słownie: " + words(d["total"]), new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.cell(0, 5, "Sposób płatności: przelew      Termin płatności: 2025-04-24 (30 dni)", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Numer rachunku: PL 61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska S.A.)", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "B", 8.4)
pdf.cell(0, 5, "Mechanizm podzielonej płatności", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.4)
steel = [str(i) for i, l in enumerate(d["lines"], 1) if l["name"].split()[0] in ("Pręt", "Siatka", "Drut")]
pdf.multi_cell(0, 3.8, "Pozycje " + ", ".join(steel) + " stanowią towary wymienione w załączniku nr 15 do ustawy o VAT (pręty i wyroby ze stali). "
               "Stawka 8% dotyczy dostaw z montażem w obiekcie budownictwa mieszkaniowego objętego społecznym programem "
               "mieszkaniowym (art. 41 ust. 12 ustawy o VAT), zgodnie z oświadczeniem nabywcy z dnia 2025-01-08. "
               "Odsetki ustawowe za opóźnienie w transakcjach handlowych naliczane od dnia 2025-04-25. "
               "Poprzednia faktura FV/2025/03/0356 z dnia 2025-03-11 na kwotę 42 318,90 PLN – termin płatności 2025-04-10.")
pdf.ln(10)
y = pdf.get_y()
pdf.set_font("DV", "", 7.4)
pdf.line(20, y, 85, y)
pdf.line(125, y, 190, y)
pdf.set_xy(20, y + 1)
pdf.cell(65, 4, "Osoba upoważniona do odbioru", align="C")
pdf.set_xy(125, y + 1)
pdf.cell(65, 4, "Wystawił(a): Magdalena Zając", align="C")

pdf.output(f"{OUT}/s23_faktura_vat_pl.pdf")
