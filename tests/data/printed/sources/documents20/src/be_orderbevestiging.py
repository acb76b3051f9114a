# Orderbevestiging (Belgium, Dutch) - rendered with fpdf2
import sys, datetime
from decimal import Decimal, ROUND_HALF_UP
from fpdf import FPDF
out = sys.argv[1]
def r2(x): return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
def f(x):
    s = f"{x:,.2f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")
FD = "/usr/share/fonts/truetype/liberation/"
items = [("220114", "Wienerberger Porotherm 14 snelbouwsteen 50x14x19", "pal", 6, 412.80, 8),
         ("310520", "Cement CEM II/B-M 32,5 N - zak 25 kg", "zak", 60, 7.35, 5),
         ("310801", "Metselmortel M10 - zak 25 kg", "zak", 80, 6.28, 5),
         ("450230", "Betonstaal BE500S Ø12 - staaf 14 m", "st", 45, 16.40, 0),
         ("450410", "Bouwstaalnet 150x150x8 mm - 3,00 x 2,00 m", "st", 24, 24.75, 0),
         ("520115", "Isover PIR 100 mm Alu 1200x600 - pak 4 st", "pak", 36, 71.90, 12),
         ("610003", "Dampscherm PE 0,2 mm - rol 4 x 25 m", "rol", 4, 38.60, 0),
         ("900010", "Europalet (waarborg, wordt teruggestort)", "st", 6, 12.00, 0)]

class Doc(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("LS", "", 6.5)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.2, "Van Damme Bouwmaterialen NV · Kachtemsestraat 312 · 8800 Roeselare · BTW BE 0438.612.907 · RPR Gent, afdeling Kortrijk\n"
                        "KBC Bank BE88 0016 9384 0257 · BIC GEBABEBB · Tel. 051 22 47 90 · verkoop@vandamme-bouw.be · www.vandamme-bouw.be\n"
                        "Op al onze verkopen zijn onze algemene verkoopsvoorwaarden van toepassing (zie keerzijde / website).", align="C")
        self.set_y(-8)
        self.cell(0, 4, f"Pagina {self.page_no()}/{{nb}}", align="R")

pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 3, 5, 10, 12, 0, tzinfo=datetime.timezone.utc))
pdf.set_creator("VDB-ERP 4.2")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(True, 22)
pdf.set_margins(18, 14, 16)
pdf.add_page()
# letterhead
pdf.set_font("LS", "B", 18); pdf.set_text_color(200, 90, 0)
pdf.cell(100, 9, "VAN DAMME", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5); pdf.set_text_color(60, 60, 60)
pdf.cell(100, 4, "Bouwmaterialen · Isolatie · Dakwerken · Tuinaanleg", new_x="LMARGIN", new_y="NEXT")
pdf.cell(100, 4, "Kachtemsestraat 312, 8800 Roeselare", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
# addresses
y = 44
pdf.set_xy(18, y); pdf.set_font("LS", "B", 8); pdf.cell(80, 4, "Leveringsadres")
pdf.set_xy(112, y); pdf.cell(80, 4, "Facturatieadres")
pdf.set_font("LS", "", 9.5)
pdf.set_xy(18, y + 5); pdf.multi_cell(80, 4.6, "Werf Residentie Leiezicht\nBudastraat 40\n8500 Kortrijk\nContact werf: Pieter Claeys, 0476 21 88 09")
pdf.set_xy(112, y + 5); pdf.multi_cell(80, 4.6, "Bouwbedrijf Claeys BV\nIndustrielaan 21\n8510 Marke\nBTW BE 0712.884.306")
# title
pdf.set_xy(18, 78); pdf.set_font("LS", "B", 15); pdf.cell(0, 8, "ORDERBEVESTIGING", new_x="LMARGIN", new_y="NEXT")
# header grid
pdf.set_font("LS", "", 7.5)
labels = ["Ordernummer", "Orderdatum", "Klantnummer", "Uw referentie", "Verkoper"]
vals = ["VO25-018842", "05/03/2025", "104417", "Bestelbon 2025/117", "Jan Vandenbroucke"]
w = [30, 26, 26, 52, 42]
pdf.set_fill_color(235, 235, 235)
for l, ww in zip(labels, w): pdf.cell(ww, 5, l, border=1, fill=True)
pdf.ln(); pdf.set_font("LS", "B", 9)
for v, ww in zip(vals, w): pdf.cell(ww, 6, v, border=1)
pdf.ln(); pdf.set_font("LS", "", 7.5)
labels = ["Offerte", "Geplande levering", "Leveringswijze", "Betalingsvoorwaarden"]
vals = ["OF25-004410", "12/03/2025", "Vrachtwagen met kraan", "30 dagen einde maand"]
w = [30, 26, 52, 68]
for l, ww in zip(labels, w): pdf.cell(ww, 5, l, border=1, fill=True)
pdf.ln(); pdf.set_font("LS", "B", 9)
for v, ww in zip(vals, w): pdf.cell(ww, 6, v, border=1)
pdf.ln(9)
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.4, "Geachte klant,\nWij danken u voor uw bestelling en bevestigen hierbij de levering van onderstaande goederen. Gelieve deze orderbevestiging "
               "na te kijken en eventuele afwijkingen binnen 2 werkdagen te melden. Leveringen op werf gebeuren tussen 7u30 en 16u00.")
pdf.ln(3)
# items
cols = [("Art.nr.", 17, "L"), ("Omschrijving", 73, "L"), ("Aantal", 15, "R"), ("Eenh.", 11, "L"), ("Eenheidsprijs", 22, "R"), ("Korting", 14, "R"), ("Bedrag", 24, "R")]
pdf.set_font("LS", "B", 8); pdf.set_fill_color(200, 90, 0); pdf.set_text_color(255, 255, 255)
for h, ww, a in cols: pdf.cell(ww, 6, h, align=a, fill=True)
pdf.ln(); pdf.set_text_color(0, 0, 0); pdf.set_font("LS", "", 8.5)
total = 0.0
for art, d, u, q, p, k in items:
    amt = r2(q * p * (1 - k / 100)); total = r2(total + amt)
    vals = [art, d, str(q), u, f(p), f"{k} %" if k else "", f(amt)]
    for (h, ww, a), v in zip(cols, vals): pdf.cell(ww, 5.6, v, align=a, border="B")
    pdf.ln()
transport = 95.00
pdf.cell(116, 5.6, ""); pdf.cell(36, 5.6, "Transport met kraan", align="L"); pdf.cell(24, 5.6, f(transport), align="R"); pdf.ln(8)
net = r2(total + transport); vat = r2(net * 0.21); tot = r2(net + vat)
def trow(l, v, bold=False):
    pdf.set_x(112); pdf.set_font("LS", "B" if bold else "", 10 if bold else 9)
    pdf.cell(50, 6, l, border="T" if bold else 0); pdf.cell(26, 6, v, align="R", border="T" if bold else 0); pdf.ln()
trow("Totaal goederen", f(total))
trow("Transportkosten", f(transport))
trow("Totaal excl. btw", f(net))
trow("Btw 21 %", f(vat))
trow("Totaal incl. btw (EUR)", f(tot), True)
pdf.ln(4)
pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, f"Gewicht van de levering ca. 11.850 kg. Europaletten worden bij terugname in goede staat gecrediteerd (6 x 12,00 = 72,00 EUR).\n"
               f"Deze orderbevestiging is geen factuur. De factuur volgt na levering. Voor bestellingen boven 5.000,00 EUR excl. btw "
               f"vragen wij bij nieuwe klanten een voorschot van 30 %; Bouwbedrijf Claeys BV is vrijgesteld (klant sinds 2011).\n"
               "Prijzen geldig tot 31/03/2025, onder voorbehoud van prijswijzigingen van de fabrikant.")
pdf.output(out)
print(f"be: net={net} vat={vat} tot={tot}")
