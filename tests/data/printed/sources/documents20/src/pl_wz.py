# Wydanie zewnętrzne (WZ), Polish delivery note - rendered with fpdf2
import sys, datetime
from decimal import Decimal, ROUND_HALF_UP
from fpdf import FPDF
out = sys.argv[1]
def r2(x): return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
def f(x, d=2):
    s = f"{x:,.{d}f}"
    return s.replace(",", " ").replace(".", ",")
FD = "/usr/share/fonts/truetype/dejavu/"
# index, name, unit, qty, kg per unit, net price per unit
items = [("PR-40x40x3", "Profil zamknięty 40x40x3 S235JR, dł. 6 m", "szt.", 40, 20.76, 96.50),
         ("PR-60x40x3", "Profil zamknięty 60x40x3 S235JR, dł. 6 m", "szt.", 24, 25.68, 118.90),
         ("BL-2-1250", "Blacha zimnowalcowana DC01 2x1250x2500 mm", "ark.", 12, 49.06, 228.40),
         ("PL-50x8", "Płaskownik 50x8 S235JR, dł. 6 m", "szt.", 30, 18.84, 74.20),
         ("KT-L50x5", "Kątownik równoramienny L50x5 S235JR, dł. 6 m", "szt.", 20, 22.62, 81.60),
         ("PRT-16", "Pręt okrągły Ø16 S235JR, dł. 6 m", "szt.", 18, 9.47, 41.30)]
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 3, 11, 7, 42, 0, tzinfo=datetime.timezone.utc))
pdf.set_creator("STALMET WMS 3.1")
pdf.add_font("DV", "", FD + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DVC", "", FD + "DejaVuSansCondensed.ttf")
pdf.set_margins(14, 12, 14)
pdf.set_auto_page_break(True, 15)
pdf.add_page()
pdf.set_font("DV", "B", 12)
pdf.cell(120, 6, "STALMET Hurtownia Stali i Metali Sp. z o.o.")
pdf.set_font("DV", "", 8)
pdf.cell(0, 6, "Poznań, 10.03.2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(120, 3.8, "ul. Gnieźnieńska 58, 61-021 Poznań\nNIP 782-241-88-06 · REGON 301447218 · KRS 0000318854\ntel. 61 874 22 10 · magazyn@stalmet-poznan.pl\nMagazyn główny MG-1, ul. Gnieźnieńska 58 (brama nr 3)")
pdf.ln(4)
pdf.set_font("DV", "B", 16)
pdf.cell(0, 9, "WZ – Wydanie zewnętrzne", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "B", 11)
pdf.cell(0, 6, "Nr WZ 214/03/2025/MG-1", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.cell(0, 5, "oryginał", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
def box(x, title, text, w=88, h=30):
    pdf.set_xy(x, y); pdf.set_font("DV", "B", 7.5); pdf.set_fill_color(230, 230, 230)
    pdf.cell(w, 5, title, border=1, fill=True, new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.set_x(x)
    pdf.multi_cell(w, 4.6, text, border="LRB")
box(14, "Odbiorca", "Zakład Ślusarski Tomasz Nowicki\nul. Kolejowa 7\n62-020 Swarzędz\nNIP 777-218-40-93")
box(108, "Miejsce dostawy", "Zakład Ślusarski Tomasz Nowicki\nhala produkcyjna, ul. Rabowicka 19\n62-020 Swarzędz\nkontakt: p. Nowicki, tel. 601 338 412")
pdf.set_y(y + 34)
pdf.set_font("DV", "", 8.5)
meta = [("Data wystawienia:", "10.03.2025", "Zamówienie odbiorcy:", "ZK/0388/2025 z 04.03.2025"),
        ("Data wydania:", "11.03.2025", "Faktura:", "wystawiona zbiorczo na koniec miesiąca"),
        ("Kod odbiorcy:", "K-01873", "Transport:", "własny dostawcy, PO 7K418, kier. M. Grzelak")]
for a, b, c, d in meta:
    pdf.cell(34, 5, a); pdf.set_font("DV", "B", 8.5); pdf.cell(54, 5, b); pdf.set_font("DV", "", 8.5)
    pdf.cell(36, 5, c); pdf.cell(0, 5, d, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
cols = [("Lp.", 8, "C"), ("Indeks", 24, "L"), ("Nazwa towaru", 68, "L"), ("J.m.", 11, "C"), ("Ilość", 14, "R"), ("Masa kg", 19, "R"), ("Cena netto", 19, "R"), ("Wartość netto", 19, "R")]
pdf.set_font("DVC", "", 7.5); pdf.set_fill_color(230, 230, 230)
for h, w, a in cols: pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("DVC", "", 8)
tw = 0.0; tv = 0.0
for i, (idx, n, u, q, kg, p) in enumerate(items, 1):
    m = r2(q * kg); v = r2(q * p); tw = r2(tw + m); tv = r2(tv + v)
    vals = [str(i), idx, n, u, f(q, 0), f(m), f(p), f(v)]
    for (h, w, a), val in zip(cols, vals): pdf.cell(w, 6, val, border=1, align=a)
    pdf.ln()
pdf.set_font("DVC", "", 8)
pdf.cell(125, 6, "Razem:", border=1, align="R")
pdf.cell(19, 6, f(tw), border=1, align="R"); pdf.cell(19, 6, "", border=1)
pdf.cell(19, 6, f(tv), border=1, align="R"); pdf.ln(9)
pdf.set_font("DV", "", 8.5)
pdf.multi_cell(0, 4.6, f"Łączna masa wydanego towaru: {f(tw)} kg (masa teoretyczna wg norm PN-EN 10219 i PN-EN 10058).\n"
               f"Wartość netto wydanego towaru: {f(tv)} zł. Ilość pozycji: {len(items)}. Ilość palet/wiązek: 5.\n"
               "Towar wydano zgodnie ze specyfikacją. Atesty 3.1 wg EN 10204 dołączone do dostawy (4 szt.).")
pdf.ln(14)
x0 = pdf.get_x(); yy = pdf.get_y()
for i, t in enumerate(["Wystawił", "Wydał (magazynier)", "Przewoźnik", "Odebrał (data, podpis, pieczątka)"]):
    pdf.set_xy(14 + i * 46, yy); pdf.cell(42, 0, "", border="T"); pdf.set_xy(14 + i * 46, yy + 1)
    pdf.set_font("DV", "", 7); pdf.cell(42, 4, t, align="C")
pdf.set_xy(14, yy - 6); pdf.set_font("DV", "", 8); pdf.cell(42, 4, "Karolina Wiśniewska", align="C")
pdf.set_xy(60, yy - 6); pdf.cell(42, 4, "Zbigniew Marciniak", align="C")
pdf.set_auto_page_break(False); pdf.set_y(-20); pdf.set_font("DV", "", 6.5); pdf.set_text_color(100, 100, 100)
pdf.multi_cell(0, 3.2, "Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS, kapitał zakładowy 500 000,00 zł.\n"
               "Reklamacje ilościowe należy zgłaszać przy odbiorze towaru, jakościowe w terminie 7 dni od daty wydania. Dokument wygenerowany elektronicznie.", align="C")
pdf.output(out)
print(f"pl: weight={tw} value={tv}")
