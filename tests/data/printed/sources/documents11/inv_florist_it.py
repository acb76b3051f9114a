"""Fattura - Fiori all'Ingrosso Bertolini S.r.l. (fpdf2)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("dv", "", F + "DejaVuSans.ttf")
pdf.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("dvs", "", F + "DejaVuSerif.ttf")
pdf.add_font("dvs", "B", F + "DejaVuSerif-Bold.ttf")
pdf.add_page()
GREEN = (46, 110, 64)

# logo
pdf.set_text_color(*GREEN)
pdf.set_font("dvs", "B", 30)
pdf.set_xy(15, 14)
pdf.cell(100, 12, "Bertolini")
pdf.set_font("dv", "", 8)
pdf.set_text_color(110, 110, 110)
pdf.set_xy(15, 27)
pdf.cell(100, 4, "FIORI ALL'INGROSSO DAL 1958  ·  MERCATO DEI FIORI DI VALLE ARMEA")
# doc title right
pdf.set_text_color(0, 0, 0)
pdf.set_font("dv", "B", 20)
pdf.set_xy(120, 14)
pdf.cell(75, 10, "FATTURA", align="R")
pdf.set_font("dv", "", 8)
pdf.set_xy(120, 24)
pdf.cell(75, 4, "TD01 - fattura immediata / copia di cortesia", align="R")

def box(x, y, w, h, title, lines):
    pdf.set_draw_color(*GREEN)
    pdf.rect(x, y, w, h)
    pdf.set_fill_color(*GREEN)
    pdf.rect(x, y, w, 5.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 7.5)
    pdf.set_xy(x + 2, y + 0.5)
    pdf.cell(w - 4, 4.5, title)
    pdf.set_text_color(0, 0, 0)
    yy = y + 7.5
    for i, ln in enumerate(lines):
        pdf.set_font("dv", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(x + 2, yy)
        pdf.cell(w - 4, 4.3, ln)
        yy += 4.6

box(15, 38, 88, 38, "CEDENTE / PRESTATORE", [
    "Fiori all'Ingrosso Bertolini S.r.l.",
    "Via Armea 144 - Box 27",
    "18038 Sanremo (IM)",
    "P.IVA IT01847250089 - C.F. 01847250089",
    "Tel. 0184 509 322",
    "amministrazione@bertolinifiori.it",
])
box(107, 38, 88, 38, "CESSIONARIO / COMMITTENTE", [
    "Fioreria La Camelia di Sara Greco",
    "Corso Torino 61 r",
    "16129 Genova (GE)",
    "P.IVA IT02974150100",
    "C.F. GRCSRA84L52D969K",
    "Cod. destinatario: M5UXCR1",
])

# grid of labelled boxes
cols = [("Numero documento", "312/2025", 32), ("Data documento", "03/03/2025", 32),
        ("Codice cliente", "C0417", 26), ("Rif. DDT", "n. 188 del 01/03/2025", 45),
        ("Pagamento", "RiBa 30 gg d.f.f.m.", 45)]
x, y = 15, 81
for lab, val, w in cols:
    pdf.set_draw_color(160, 160, 160)
    pdf.rect(x, y, w, 12)
    pdf.set_font("dv", "", 6.5)
    pdf.set_text_color(100, 100, 100)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.cell(w - 3, 3.5, lab.upper())
    pdf.set_font("dv", "B", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 1.5, y + 5.5)
    pdf.cell(w - 3, 5, val)
    x += w

# items
head = [("Cod.", 16, "L"), ("Descrizione", 80, "L"), ("U.M.", 15, "C"), ("Quantità", 18, "R"),
        ("Prezzo", 17, "R"), ("Importo", 22, "R"), ("IVA", 12, "R")]
rows = [
    ("RS060", "Rosa Freedom rossa cm 60 (Ecuador)", "stelo", "200", "0,85", "170,00", "10%"),
    ("RN045", "Ranuncolo assortito cm 45", "stelo", "150", "0,62", "93,00", "10%"),
    ("MM001", "Mimosa gaggia Riviera", "mazzo", "10", "7,50", "75,00", "10%"),
    ("EU020", "Eucalipto cinerea", "mazzo", "20", "4,20", "84,00", "10%"),
    ("TU040", "Tulipano bianco cm 40 (NL)", "stelo", "100", "0,48", "48,00", "10%"),
    ("TR999", "Imballo e trasporto refrigerato", "a corpo", "1", "25,00", "25,00", "10%"),
]
y = 100
pdf.set_fill_color(230, 240, 232)
pdf.set_font("dv", "B", 8)
pdf.set_xy(15, y)
for h, w, a in head:
    pdf.cell(w, 7, h, border="TB", align=a, fill=True)
y += 7
pdf.set_font("dv", "", 8.5)
for r in rows:
    pdf.set_xy(15, y)
    for (h, w, a), v in zip(head, r):
        pdf.cell(w, 7, v, border="B", align=a)
    y += 7

# riepilogo IVA + totals
y += 8
pdf.set_font("dv", "B", 8)
pdf.set_xy(15, y)
pdf.cell(90, 5, "RIEPILOGO IVA")
y += 5.5
pdf.set_fill_color(230, 240, 232)
pdf.set_xy(15, y)
for h, w in [("Aliquota", 20), ("Natura", 18), ("Imponibile", 26), ("Imposta", 26)]:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
y += 6
pdf.set_font("dv", "", 8.5)
pdf.set_xy(15, y)
for v, w in [("10,00%", 20), ("-", 18), ("495,00", 26), ("49,50", 26)]:
    pdf.cell(w, 6, v, border=1, align="R" if "," in v else "C")

ty = y - 11.5
def trow(label, value, bold=False, fill=False):
    global ty
    pdf.set_font("dv", "B" if bold else "", 10 if bold else 9)
    if fill:
        pdf.set_fill_color(*GREEN)
        pdf.set_text_color(255, 255, 255)
    pdf.set_xy(125, ty)
    pdf.cell(42, 7.5, label, fill=fill)
    pdf.cell(28, 7.5, value, align="R", fill=fill)
    pdf.set_text_color(0, 0, 0)
    ty += 7.5

trow("Totale imponibile", "495,00")
trow("Totale IVA", "49,50")
trow("Totale documento  €", "544,50", bold=True, fill=True)

# scadenze
y += 16
pdf.set_font("dv", "B", 8)
pdf.set_xy(15, y)
pdf.cell(90, 5, "SCADENZE")
y += 5.5
pdf.set_fill_color(230, 240, 232)
pdf.set_xy(15, y)
for h, w in [("Modalità", 30), ("Scadenza", 30), ("Importo €", 30)]:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
y += 6
pdf.set_font("dv", "", 8.5)
pdf.set_xy(15, y)
for v, w in [("Ricevuta bancaria", 30), ("30/04/2025", 30), ("544,50", 30)]:
    pdf.cell(w, 6, v, border=1, align="C")
y += 12
pdf.set_font("dv", "", 8)
pdf.set_xy(15, y)
pdf.multi_cell(180, 4.2, align="L", text="Banca d'appoggio: Banca di Credito Ligure - Filiale di Sanremo Centro\n"
               "IBAN IT79 X030 6922 7100 0000 4417 025\n"
               "Merce viaggiante a rischio del committente. Contributo ambientale CONAI assolto ove dovuto.\n"
               "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72: l'originale è disponibile "
               "nell'area riservata del cessionario (SdI).")

# footer
pdf.set_draw_color(*GREEN)
pdf.line(15, 280, 195, 280)
pdf.set_font("dv", "", 6.8)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(15, 281.5)
pdf.cell(180, 3.5, "Fiori all'Ingrosso Bertolini S.r.l. - Capitale sociale € 50.000,00 i.v. - Registro Imprese di Imperia / "
         "REA IM-163402 - P.IVA IT01847250089", align="C")
pdf.set_xy(15, 285)
pdf.cell(180, 3.5, "Pagina 1 di 1", align="C")
pdf.output(out)
