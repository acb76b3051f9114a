"""Marta Bellini fotografia - fattura (copia di cortesia) con rivalsa INPS e ritenuta d'acconto, fpdf2."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "15_photographer_invoice.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 3, 24, 17, 5, tzinfo=timezone.utc))
pdf.set_title("Fattura 12/2025")
pdf.set_author("Marta Bellini")
pdf.add_font("Serif", "", FONT + "DejaVuSerif.ttf")
pdf.add_font("Serif", "I", FONT + "DejaVuSerif-Italic.ttf")
pdf.add_font("Sans", "", FONT + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(True, 20)
pdf.add_page()
L, R = 20, 190

# letterhead: name set wide, like a logo
pdf.set_font("Serif", "", 22)
pdf.set_text_color(40, 40, 40)
pdf.set_xy(L, 16)
pdf.cell(0, 10, "M A R T A   B E L L I N I")
pdf.set_font("Serif", "I", 11)
pdf.set_text_color(150, 110, 70)
pdf.set_xy(L, 26)
pdf.cell(0, 6, "fotografia · still life · reportage aziendale")
pdf.set_draw_color(150, 110, 70)
pdf.line(L, 34, R, 34)

# issuer details (left) and customer (right)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 8.5)
pdf.set_xy(L, 39)
pdf.multi_cell(80, 4.4,
    "Marta Bellini\nVia Mazzini 27\n37121 Verona (VR)\nP.IVA 04827150238\nC.F. BLLMRT86H52L781M\n"
    "studio@martabellini.it · +39 347 218 4409", align="L")
pdf.set_xy(112, 39)
pdf.set_font("Sans", "B", 8)
pdf.set_text_color(120, 120, 120)
pdf.cell(78, 4.4, "SPETT.LE")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(112, 44)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(78, 4.8,
    "Cantina Valpantena S.r.l.\nVia Valpantena 51\n37142 Verona (VR)\nP.IVA 03918460233\nCodice destinatario: M5UXCR1", align="L")

# document data box
pdf.set_xy(L, 76)
pdf.set_fill_color(246, 241, 234)
pdf.set_font("Sans", "B", 12)
pdf.cell(R - L, 9, "  FATTURA N. 12/2025 del 24/03/2025", fill=True)
pdf.ln(11)
pdf.set_font("Sans", "", 8.5)
pdf.set_x(L)
pdf.multi_cell(R - L, 4.4,
    "Tipo documento: TD01 – Fattura · Riferimento: preventivo n. 07/2025 del 10/02/2025 · "
    "Servizio svolto il 12 e 13 marzo 2025 presso la sede del cliente", align="L")

# lines
pdf.ln(4)
cols = [(100, "Descrizione", "L"), (15, "Q.tà", "R"), (25, "Prezzo €", "R"), (30, "Importo €", "R")]
pdf.set_x(L)
pdf.set_font("Sans", "B", 8.5)
pdf.set_draw_color(60, 60, 60)
for w, t, a in cols:
    pdf.cell(w, 7, t, border="B", align=a)
pdf.ln()
lines = [
    ("Servizio fotografico in cantina e vigneto (giornata intera, incl. attrezzatura luci)", "2", "650,00", "1.300,00"),
    ("Post-produzione e ritocco immagini selezionate, consegna in alta risoluzione", "80", "8,50", "680,00"),
    ("Licenza d'uso immagini per web, social e stampa, durata 24 mesi, territorio UE", "1", "500,00", "500,00"),
]
pdf.set_font("Sans", "", 8.5)
for d, q, p, i in lines:
    y = pdf.get_y() + 1.5
    pdf.set_xy(L, y)
    pdf.multi_cell(100, 4.4, d, align="L")
    h = pdf.get_y() - y
    pdf.set_xy(L + 100, y)
    pdf.cell(15, 4.4, q, align="R")
    pdf.cell(25, 4.4, p, align="R")
    pdf.cell(30, 4.4, i, align="R")
    pdf.set_y(y + h + 1)
    pdf.set_draw_color(215, 215, 215)
    pdf.line(L, pdf.get_y(), R, pdf.get_y())

# riepilogo: labels left, values far right
pdf.ln(6)
rows = [
    ("Totale compensi", "2.480,00", ""),
    ("Rivalsa contributo INPS 4% (art. 1 c. 212 L. 662/96)", "99,20", ""),
    ("Imponibile IVA", "2.579,20", "B"),
    ("IVA 22%", "567,42", ""),
    ("TOTALE FATTURA", "3.146,62", "B"),
    ("Ritenuta d'acconto 20% su € 2.480,00", "-496,00", ""),
]
for lab, val, st in rows:
    pdf.set_x(L)
    pdf.set_font("Sans", st, 9.5)
    pdf.cell(120, 6.5, lab)
    pdf.cell(50, 6.5, "€ " + val, align="R")
    pdf.ln()
pdf.set_x(L)
pdf.set_fill_color(150, 110, 70)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 11)
pdf.cell(120, 9, "  NETTO A PAGARE", fill=True)
pdf.cell(50, 9, "€ 2.650,62  ", align="R", fill=True)
pdf.ln(14)
pdf.set_text_color(0, 0, 0)

pdf.set_font("Sans", "B", 9)
pdf.set_x(L)
pdf.cell(0, 5, "Modalità di pagamento")
pdf.ln()
pdf.set_font("Sans", "", 8.5)
pdf.set_x(L)
pdf.multi_cell(R - L, 4.4,
    "Bonifico bancario entro 30 giorni data fattura (scadenza 23/04/2025)\n"
    "Intestatario: Marta Bellini · Banco BPM · IBAN IT57 X050 3411 7010 0000 0284 731", align="L")
pdf.ln(4)
pdf.set_font("Sans", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.set_x(L)
pdf.multi_cell(R - L, 3.8,
    "Ritenuta d'acconto da versare a cura del committente entro il 16 del mese successivo al pagamento (cod. tributo 1040). "
    "Contributo INPS gestione separata addebitato in rivalsa.\n"
    "Copia di cortesia: il documento in originale è stato trasmesso al Sistema di Interscambio (SdI) ed è disponibile "
    "nella Sua area riservata del sito dell'Agenzia delle Entrate.", align="L")

pdf.output(out)
