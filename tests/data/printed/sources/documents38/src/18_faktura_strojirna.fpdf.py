import sys, datetime
from fpdf import FPDF
out = sys.argv[1] if len(sys.argv) > 1 else "18_faktura_strojirna.pdf"
F = "/usr/share/fonts/truetype/liberation2/"
def cz(x): return f"{x:,.2f}".replace(",", " ").replace(".", ",")

items = [("Výroba hřídelů dle výkresu HV-2207, mat. 42CrMo4", 40, "ks", 1845.00),
         ("Frézování držáků KD-118 včetně odjehlení", 120, "ks", 386.50),
         ("Povrchová úprava – galvanické zinkování", 160, "ks", 42.80),
         ("Konstrukční a technologická příprava", 12.5, "hod", 950.00),
         ("Doprava Jihlava – Pelhřimov", 1, "pauš.", 1450.00)]
zaklad = round(sum(q * p for _, q, _, p in items), 2)
dph = round(zaklad * 0.21 + 1e-9, 2)
celkem = round(zaklad + dph, 2)

pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False); pdf.add_page()
pdf.set_font("LS", "B", 14); pdf.set_xy(15, 12); pdf.cell(120, 8, "Faktura – daňový doklad")
pdf.set_font("LS", "", 10); pdf.set_xy(120, 12); pdf.cell(75, 8, "číslo 2025010418", align="R")
pdf.line(15, 21, 195, 21)
# two party blocks
def party(x, title, lines, bold):
    pdf.set_font("LS", "", 8); pdf.set_xy(x, 24); pdf.cell(80, 4, title)
    pdf.set_font("LS", "B", 10.5); pdf.set_xy(x, 29); pdf.cell(85, 5, bold)
    pdf.set_font("LS", "", 9); pdf.set_xy(x, 35); pdf.multi_cell(85, 4.4, "\n".join(lines))
party(15, "Dodavatel:", ["Brněnská 1187/42", "586 01 Jihlava", "IČO: 25318447   DIČ: CZ25318447",
                         "Zapsána v OR u KS v Brně, oddíl C, vložka 31884"], "Strojírny Vysočina s.r.o.")
pdf.rect(108, 23, 87, 36)
party(111, "Odběratel:", ["Pražská 1702", "393 01 Pelhřimov", "IČO: 46678212   DIČ: CZ46678212"], "AGRO Pelhřimov a.s.")
# narrow label column
lab = [("Forma úhrady:", "převodním příkazem"), ("Bankovní účet:", "2801447188/2010"), ("IBAN:", "CZ65 2010 0000 0028 0144 7188"),
       ("Variabilní symbol:", "2025010418"), ("Konstantní symbol:", "0308"), ("Objednávka:", "OBJ-25-0061 ze dne 3. 2. 2025")]
lab2 = [("Datum vystavení:", "11. 3. 2025"), ("Datum uskut. zdan. plnění:", "11. 3. 2025"), ("Datum splatnosti:", "25. 3. 2025")]
y = 64
for l, v in lab:
    pdf.set_font("LS", "", 8); pdf.set_xy(15, y); pdf.cell(28, 4.8, l)
    pdf.set_font("LS", "B", 9); pdf.set_xy(43, y); pdf.cell(60, 4.8, v); y += 4.8
y = 64
for l, v in lab2:
    pdf.set_font("LS", "", 8); pdf.set_xy(111, y); pdf.cell(38, 4.8, l)
    pdf.set_font("LS", "B", 9); pdf.set_xy(150, y); pdf.cell(45, 4.8, v, align="R"); y += 4.8
pdf.line(15, 95, 195, 95)
pdf.set_font("LS", "", 9); pdf.set_xy(15, 97); pdf.cell(180, 5, "Fakturujeme Vám za dodávku dle Vaší objednávky:")
y = 105
cols = [("Označení dodávky", 84, "L"), ("Množství", 20, "R"), ("J.cena", 22, "R"), ("DPH %", 14, "R"), ("Bez DPH Kč", 40, "R")]
pdf.set_fill_color(230, 230, 230); pdf.set_font("LS", "B", 8.5); x = 15
for h, w, a in cols: pdf.set_xy(x, y); pdf.cell(w, 6, h, align=a, fill=True); x += w
y += 7; pdf.set_font("LS", "", 9)
for name, q, u, p in items:
    qs = (f"{q:g}".replace(".", ",")) + " " + u
    vals = [name, qs, cz(p), "21", cz(q * p)]
    x = 15
    for (h, w, a), v in zip(cols, vals): pdf.set_xy(x, y); pdf.cell(w, 5.5, v, align=a); x += w
    y += 5.5
pdf.line(15, y + 1, 195, y + 1)
# VAT recap
y += 8
pdf.set_font("LS", "B", 8.5); pdf.set_xy(15, y); pdf.cell(90, 5, "Rekapitulace DPH v Kč:")
y += 5; pdf.set_font("LS", "", 8.5)
for row in [("Sazba", "Základ", "DPH", "Celkem"), ("21 %", cz(zaklad), cz(dph), cz(celkem)), ("12 %", "0,00", "0,00", "0,00"), ("0 %", "0,00", "", "0,00")]:
    x = 15
    for v, w in zip(row, (18, 28, 24, 28)):
        pdf.set_xy(x, y); pdf.cell(w, 5, v, align="R" if x > 15 else "L"); x += w
    y += 5
# totals right
pdf.set_font("LS", "", 9.5)
pdf.set_xy(125, y - 20); pdf.cell(40, 6, "Celkem bez DPH:"); pdf.cell(30, 6, cz(zaklad), align="R")
pdf.set_xy(125, y - 14); pdf.cell(40, 6, "DPH 21 %:"); pdf.cell(30, 6, cz(dph), align="R")
pdf.set_font("LS", "B", 12); pdf.set_fill_color(210, 225, 240)
pdf.set_xy(115, y - 5); pdf.cell(45, 9, "Celkem k úhradě:", fill=True); pdf.cell(35, 9, cz(celkem) + " Kč", align="R", fill=True)
pdf.set_font("LS", "", 8); pdf.set_xy(15, y + 12)
pdf.multi_cell(180, 4, "Převzal: ............................................          Razítko a podpis: ............................................\n\n"
    "Vystavil: Ing. Pavla Dvořáková, tel. 567 301 448, fakturace@strojirny-vysocina.example")
pdf.set_font("LS", "", 7); pdf.set_xy(15, 282); pdf.cell(180, 4, "Strana 1/1 · Doklad vystaven ekonomickým systémem POHODA", align="C")
pdf.output(out)
