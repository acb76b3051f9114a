"""Nota spese (Italian expense report), fpdf2 with DejaVu Sans."""
import sys
from fpdf import FPDF

out = sys.argv[1]
FONT = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, 18)


def footer():
    pdf.set_auto_page_break(False)
    pdf.set_y(-14)
    pdf.set_font("DV", "", 6.5)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 4, "Ferraresi Automazione S.r.l. - Via dell'Artigianato 31, 40057 Granarolo dell'Emilia (BO) - "
             "P.IVA IT03918220371 - Modulo AMM-07 rev. 3", align="L")
    pdf.set_y(-14)
    pdf.cell(0, 4, f"Pag. {pdf.page_no()}/1", align="R")
    pdf.set_text_color(0, 0, 0)


pdf.add_page()
pdf.set_font("DV", "B", 17)
pdf.set_text_color(0, 94, 120)
pdf.cell(95, 9, "FERRARESI")
pdf.set_font("DV", "B", 14)
pdf.set_text_color(0, 0, 0)
pdf.cell(0, 9, "NOTA SPESE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.cell(95, 4, "AUTOMAZIONE S.r.l. - Amministrazione del personale")
pdf.cell(0, 4, "Rimborso spese di trasferta", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_draw_color(0, 94, 120)
pdf.set_line_width(0.6)
pdf.line(10, pdf.get_y(), 200, pdf.get_y())
pdf.set_line_width(0.2)
pdf.ln(4)

# two-column header block: labels left of values
left = [("Dipendente", "Chiara Bellandi"), ("Matricola", "00738"), ("Centro di costo", "CC-420 Service Nord"),
        ("Qualifica", "Tecnico di assistenza")]
right = [("N. nota spese", "NS-2025-0087"), ("Periodo", "dal 03/03/2025 al 07/03/2025"),
         ("Destinazione", "Torino (TO) - cliente Valsusa Imballaggi"), ("Commessa", "C24-1187")]
y0 = pdf.get_y()
for i, (k, v) in enumerate(left):
    pdf.set_xy(10, y0 + i * 6)
    pdf.set_font("DV", "", 8.5)
    pdf.cell(30, 6, k + ":")
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(60, 6, v)
for i, (k, v) in enumerate(right):
    pdf.set_xy(102, y0 + i * 6)
    pdf.set_font("DV", "", 8.5)
    pdf.cell(28, 6, k + ":")
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(70, 6, v)
pdf.set_y(y0 + 4 * 6 + 6)

rows = [
    ("03/03/2025", "Trasporti", "Treno Frecciarossa Bologna C.le - Torino P.N., 2a classe", "S", "89,90"),
    ("03/03/2025", "Trasporti", "Taxi stazione Porta Nuova - hotel", "S", "24,50"),
    ("03/03/2025", "Vitto", "Pranzo (1 persona)", "S", "28,50"),
    ("03/03/2025", "Vitto", "Cena (1 persona)", "S", "41,00"),
    ("04/03/2025", "Vitto", "Cena (1 persona)", "S", "38,50"),
    ("05/03/2025", "Rappresentanza", "Pranzo con cliente (3 persone) - Trattoria del Borgo", "S", "156,00"),
    ("06/03/2025", "Vitto", "Cena (1 persona)", "S", "36,20"),
    ("03/03-07/03", "Alloggio", "Hotel Lingotto Parco, 4 notti x 118,00", "F", "472,00"),
    ("07/03/2025", "Trasporti", "Treno Frecciarossa Torino P.N. - Bologna C.le", "S", "89,90"),
    ("07/03/2025", "Trasporti", "Parcheggio stazione Bologna, 5 giorni", "S", "60,00"),
    ("07/03/2025", "Km", "Rimborso chilometrico auto propria 180 km x 0,4200 \u20ac/km", "-", "75,60"),
]
widths = [24, 28, 101, 12, 25]
heads = ["Data", "Categoria", "Descrizione", "Doc.", "Importo \u20ac"]
pdf.set_fill_color(0, 94, 120)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 8)
for h, w in zip(heads, widths):
    pdf.cell(w, 6.5, h, border=1, fill=True, align="R" if h.startswith("Importo") else "L")
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8)
fill = False
pdf.set_fill_color(232, 242, 245)
for r in rows:
    for j, (c, w) in enumerate(zip(r, widths)):
        pdf.cell(w, 6, c, border="LR", fill=fill, align="R" if j == 4 else ("C" if j == 3 else "L"))
    pdf.ln()
    fill = not fill
pdf.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 6.5)
pdf.cell(0, 4.5, "Doc.: S = scontrino/ricevuta, F = fattura intestata all'azienda, - = senza giustificativo (calcolo ACI)",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

# summary block on the right
def srow(label, value, bold=False):
    pdf.set_x(112)
    pdf.set_font("DV", "B" if bold else "", 9 if not bold else 10)
    pdf.cell(58, 7, label, border="B")
    pdf.cell(30, 7, value, border="B", align="R", new_x="LMARGIN", new_y="NEXT")

srow("Totale spese", "\u20ac 1.112,10")
srow("di cui pagate con carta aziendale", "\u20ac 0,00")
srow("Anticipo ricevuto", "\u20ac 500,00")
srow("Importo da rimborsare", "\u20ac 612,10", bold=True)
pdf.ln(6)
pdf.set_font("DV", "", 8)
pdf.multi_cell(0, 4.2, "Il rimborso verrà accreditato con la retribuzione del mese di marzo 2025. "
               "I giustificativi originali sono allegati alla presente nota spese e conservati dall'Ufficio Amministrazione. "
               "Le spese di rappresentanza sono soggette all'approvazione del responsabile di funzione.")
pdf.ln(8)

y = pdf.get_y()
pdf.set_font("DV", "", 8.5)
pdf.set_xy(10, y)
pdf.cell(90, 5, "Firma del dipendente")
pdf.set_xy(110, y)
pdf.cell(90, 5, "Approvato da: Ing. Paolo Venturelli (Resp. Service)")
pdf.set_xy(10, y + 12)
pdf.cell(70, 0, "", border="T")
pdf.set_xy(110, y + 6)
pdf.cell(90, 5, "Data approvazione: 12 marzo 2025")
pdf.set_xy(110, y + 12)
pdf.cell(70, 0, "", border="T")
footer()
pdf.output(out)
