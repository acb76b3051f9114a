"""Tecnoservice Macchine Utensili - fattura manutenzione tornio CNC (copia di cortesia), fpdf2."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "06_machine_maintenance.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def it(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class Fattura(FPDF):
    def footer(self):
        self.set_y(-20)
        self.set_draw_color(0, 90, 156)
        self.line(12, self.get_y(), 198, self.get_y())
        self.ln(1.2)
        self.set_font("DejaVu", "", 6.6)
        self.set_text_color(80, 80, 80)
        self.multi_cell(0, 3.2,
            "TECNOSERVICE MACCHINE UTENSILI S.R.L. - Via dell'Artigianato 41, 25030 Castel Mella (BS) - P.IVA e C.F. 03812470171\n"
            "Cap. soc. € 50.000,00 i.v. - R.E.A. BS-556218 - PEC tecnoservice@pec.tecnoservicemu.it - Codice SDI M5UXCR1\n"
            "Copia di cortesia: il documento fiscalmente valido è la fattura elettronica trasmessa tramite SdI.", align="C")


pdf = Fattura(format="A4")
pdf.set_creation_date(datetime(2025, 3, 28, 9, 40, tzinfo=timezone.utc))
pdf.set_title("Fattura 145/2025")
pdf.set_author("Tecnoservice Macchine Utensili S.r.l.")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVuC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.set_auto_page_break(True, 24)
pdf.set_margins(12, 12, 12)
pdf.add_page()

# letterhead
pdf.set_fill_color(0, 90, 156)
pdf.rect(12, 12, 4, 18, "F")
pdf.set_xy(19, 12)
pdf.set_font("DejaVu", "B", 18)
pdf.set_text_color(0, 90, 156)
pdf.cell(0, 9, "TECNOSERVICE")
pdf.set_xy(19, 21)
pdf.set_font("DejaVu", "", 8.5)
pdf.set_text_color(60, 60, 60)
pdf.cell(0, 4.5, "Assistenza, revisione e retrofit macchine utensili CNC")
pdf.set_xy(19, 25.5)
pdf.cell(0, 4.5, "Via dell'Artigianato 41 - 25030 Castel Mella (BS) - Tel. 030 2583 914 - assistenza@tecnoservicemu.it")

# customer box
pdf.set_text_color(0, 0, 0)
pdf.set_xy(112, 38)
pdf.set_font("DejaVu", "", 7)
pdf.set_text_color(100, 100, 100)
pdf.cell(86, 4, "Spett.le / Cessionario committente")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(112, 42.5)
pdf.set_font("DejaVu", "B", 10)
pdf.multi_cell(86, 5, "FONDERIA VALTROMPIA S.P.A.")
pdf.set_font("DejaVu", "", 9)
pdf.set_x(112)
pdf.multi_cell(86, 4.6, "Via Matteotti 212\n25063 Gardone Val Trompia (BS)\nP.IVA 02198460988\nCodice destinatario: KRRH6B9")
pdf.rect(110, 36, 88, 31)

# boxed grid: labels above values
grid = [
    ("Tipo documento", "FATTURA (TD01)", 32),
    ("Numero", "145/2025", 22),
    ("Data", "28/03/2025", 22),
    ("Cod. cliente", "C00417", 20),
    ("Vs. ordine", "OA 25/0311 del 10/03/2025", 60),
    ("Pagina", "1 di 1", 30),
]
x, y = 12, 73
for label, value, w in grid:
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y, w, 11)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("DejaVu", "", 6.3)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 2, 3, label)
    pdf.set_xy(x + 1, y + 5)
    pdf.set_font("DejaVu", "B", 8.6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 2, 5, value)
    x += w
grid2 = [
    ("Rif. rapporti di intervento", "RI 0931 / RI 0932 del 18-19/03/2025", 66),
    ("Macchina", "Tornio CNC Mazak QTN 250-II, matr. 278104", 78),
    ("Pagamento", "Ri.Ba. 60 gg d.f.f.m.", 42),
]
x, y = 12, 84
for label, value, w in grid2:
    pdf.rect(x, y, w, 11)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("DejaVu", "", 6.3)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 2, 3, label)
    pdf.set_xy(x + 1, y + 5)
    pdf.set_font("DejaVu", "B", 7.6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(w - 2, 5, value)
    x += w

# lines
rows = [
    ("MO-TS", "Manodopera tecnico specializzato (2 tecnici x 14 h)", "h", "28", "68,00", "", "68.00"),
    ("MO-VG", "Ore di viaggio (2 tecnici x 4 h)", "h", "8", "45,00", "", "45.00"),
    ("TR-KM", "Rimborso chilometrico furgone attrezzato (2 viaggi A/R)", "km", "372", "0,65", "", "0.65"),
    ("TR-VA", "Vitto e alloggio, forfait 1 notte", "nr", "1", "180,00", "", "180.00"),
    ("SKF-7014CDP4A", "Cuscinetto mandrino SKF 7014 CD/P4A (coppia)", "nr", "2", "612,00", "10", "612.00"),
    ("GT-8M-1200", "Cinghia dentata HTD 8M-1200-30 motore mandrino", "nr", "1", "86,40", "", "86.40"),
    ("OL-HLP46-20", "Olio idraulico HLP 46, fustino 20 l", "nr", "2", "78,50", "", "78.50"),
    ("KG-CP-250", "Kit guarnizioni cilindro contropunta", "nr", "1", "214,00", "10", "214.00"),
    ("VG-LASER", "Verifica geometrica assi con interferometro laser", "nr", "1", "650,00", "", "650.00"),
]
widths = [28, 80, 10, 14, 18, 12, 24]
heads = ["Codice", "Descrizione", "U.M.", "Q.tà", "Prezzo", "Sc. %", "Importo €"]
y = 100
pdf.set_xy(12, y)
pdf.set_fill_color(0, 90, 156)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "B", 7.5)
for h, w in zip(heads, widths):
    pdf.cell(w, 6, h, border=0, align="R" if h in ("Q.tà", "Prezzo", "Sc. %", "Importo €") else "L", fill=True)
pdf.ln(6)
pdf.set_text_color(0, 0, 0)
imponibile = D(0)
for code, desc, um, q, pr, sc, pv in rows:
    amt = r2(D(q) * D(pv) * (1 - (D(sc) if sc else D(0)) / 100))
    imponibile += amt
    pdf.set_font("DejaVuC", "", 7.8)
    vals = [code, desc, um, q, pr, sc, it(amt)]
    for i, (v, w) in enumerate(zip(vals, widths)):
        pdf.cell(w, 5.6, v, border="B", align="R" if i >= 3 else "L")
    pdf.ln(5.6)

iva = r2(imponibile * D("0.22"))
totale = imponibile + iva

# riepilogo IVA + totals
pdf.ln(5)
y0 = pdf.get_y()
pdf.set_font("DejaVu", "B", 7.5)
pdf.set_fill_color(230, 238, 246)
pdf.cell(100, 5.5, "Riepilogo IVA", border=1, fill=True)
pdf.ln(5.5)
pdf.set_font("DejaVu", "", 7.5)
for a, b, c_, d_ in [("Aliquota", "Natura / Descrizione", "Imponibile", "Imposta"),
                     ("22%", "Operazione imponibile", it(imponibile), it(iva))]:
    pdf.cell(16, 5.5, a, border=1)
    pdf.cell(44, 5.5, b, border=1)
    pdf.cell(20, 5.5, c_, border=1, align="R")
    pdf.cell(20, 5.5, d_, border=1, align="R")
    pdf.ln(5.5)
pdf.set_font("DejaVu", "", 7.2)
pdf.ln(2)
pdf.multi_cell(100, 3.6, "Esigibilità IVA: immediata. Ricambi garantiti 12 mesi dalla data di intervento; "
               "manodopera garantita 6 mesi. Materiale sostituito restituito al cliente.")

pdf.set_xy(120, y0)
for label, val, bold in [("Totale imponibile", it(imponibile), False), ("Totale IVA 22%", it(iva), False),
                         ("TOTALE DOCUMENTO €", it(totale), True)]:
    pdf.set_x(120)
    pdf.set_font("DejaVu", "B" if bold else "", 9.5 if bold else 8.5)
    fill = bold
    pdf.set_fill_color(0, 90, 156)
    pdf.set_text_color(255, 255, 255) if bold else pdf.set_text_color(0, 0, 0)
    pdf.cell(50, 7, label, border=1, fill=fill)
    pdf.cell(28, 7, val, border=1, align="R", fill=fill)
    pdf.ln(7)
pdf.set_text_color(0, 0, 0)

# scadenze + bank
pdf.ln(14)
pdf.set_font("DejaVu", "B", 8)
pdf.cell(0, 5, "Scadenze", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8)
pdf.cell(40, 5.5, "Data scadenza", border=1)
pdf.cell(40, 5.5, "Importo", border=1, align="R")
pdf.cell(60, 5.5, "Modalità", border=1)
pdf.ln(5.5)
pdf.cell(40, 5.5, "31/05/2025", border=1)
pdf.cell(40, 5.5, it(totale), border=1, align="R")
pdf.cell(60, 5.5, "Ricevuta bancaria (MP12)", border=1)
pdf.ln(9)
pdf.set_font("DejaVu", "", 7.8)
pdf.multi_cell(0, 4, "Appoggio bancario per Ri.Ba.: indicare le Vs. coordinate. In alternativa bonifico su "
               "Intesa Sanpaolo S.p.A., filiale di Brescia - IBAN IT38 K030 6954 1101 0000 0041 873 - BIC BCITITMM")
pdf.output(out)
