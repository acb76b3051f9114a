"""Motorcycle purchase invoice (Italy, Italian) - fpdf2, 2 pages (VAT summary and totals on page 2)."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]


class Doc(FPDF):
    def header(self):
        self.set_font("DV", "B", 15)
        self.set_text_color(170, 20, 30)
        self.cell(80, 7, "MOTOCENTRO LAMBRO")
        self.set_font("DV", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.multi_cell(0, 3.6, "Motocentro Lambro S.r.l.\nViale Monza 214 – 20127 Milano\nP.IVA 08624190156 – REA MI-2041187\n"
                        "Tel. 02 5558 4410 – vendite@motocentrolambro.example", align="R")
        self.set_draw_color(170, 20, 30)
        self.set_line_width(0.6)
        self.line(15, 28, 195, 28)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(32)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Fattura n. 142/V/2025 del 09/05/2025 – pagina %d di 2" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 20)
pdf.add_page()


def boxed(x, y, w, h, title, lines):
    pdf.rect(x, y, w, h)
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(x, y, w, 5, style="DF")
    pdf.set_xy(x + 2, y + 0.6)
    pdf.set_font("DV", "B", 7.5)
    pdf.cell(w - 4, 4, title)
    pdf.set_font("DV", "", 8.8)
    for i, t in enumerate(lines):
        pdf.set_xy(x + 2, y + 6.5 + i * 4.4)
        pdf.cell(w - 4, 4.4, t)


pdf.set_font("DV", "B", 14)
pdf.cell(0, 8, "FATTURA DI VENDITA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9)
pdf.cell(0, 5, "Numero 142/V/2025  –  Data 09/05/2025  –  Tipo documento TD01  –  Copia di cortesia", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 3
boxed(15, y, 88, 32, "CEDENTE / PRESTATORE", ["Motocentro Lambro S.r.l.", "Viale Monza 214", "20127 Milano (MI)",
                                               "P.IVA 08624190156", "Concessionaria ufficiale moto"])
boxed(107, y, 88, 32, "CESSIONARIO / COMMITTENTE", ["Marco Bellandi", "Via Padova 88", "20132 Milano (MI)",
                                                    "Codice fiscale BLLMRC86L12F205R", "Consumatore finale – cod. dest. 0000000"])
pdf.set_y(y + 37)

# vehicle data grid (label above value)
pdf.set_font("DV", "B", 9)
pdf.cell(0, 6, "Dati del veicolo", new_x="LMARGIN", new_y="NEXT")
cells = [("Marca / modello", "Ducati Monster Plus"), ("Anno modello", "2024"), ("Colore", "Rosso Ducati"),
         ("N. telaio (VIN)", "ZDMVAGEW8RB017742"), ("N. motore", "ZDM937A2F 041882"), ("Cilindrata / potenza", "937 cm³ / 82 kW"),
         ("Omologazione", "e3*168/2013*00451"), ("Targa assegnata", "GM 47218"), ("Km alla consegna", "3")]
cw = 60
y0 = pdf.get_y()
for i, (l, v) in enumerate(cells):
    x = 15 + (i % 3) * cw
    yy = y0 + (i // 3) * 11
    pdf.rect(x, yy, cw, 11)
    pdf.set_xy(x + 1.5, yy + 0.8)
    pdf.set_font("DV", "", 6.5)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(cw - 3, 3.5, l.upper())
    pdf.set_xy(x + 1.5, yy + 4.6)
    pdf.set_font("DV", "B", 9.2)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(cw - 3, 5, v)
pdf.set_y(y0 + 38)

# line items
pdf.set_font("DV", "B", 9)
pdf.cell(0, 6, "Dettaglio", new_x="LMARGIN", new_y="NEXT")
cols = [(14, "Cod."), (96, "Descrizione"), (14, "Q.tà"), (26, "Prezzo unit."), (12, "IVA"), (18, "Importo")]
pdf.set_fill_color(170, 20, 30)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 7.8)
for w, t in cols:
    pdf.cell(w, 6, t, border=0, fill=True, align="L" if t in ("Cod.", "Descrizione") else "R")
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8.2)
rows = [
    ("MON+", "Motociclo nuovo Ducati Monster Plus 937, colore Rosso Ducati", "1", "12.286,89", "22%", "12.286,89"),
    ("ACC-CS", "Cupolino sportivo in alluminio, montato", "1", "172,13", "22%", "172,13"),
    ("MSS", "Messa su strada (preparazione, collaudo, primo controllo)", "1", "245,90", "22%", "245,90"),
    ("SC-CONC", "Sconto concessionario", "1", "-409,84", "22%", "-409,84"),
    ("ANT-IPT", "Anticipazione IPT ed emolumenti ACI/PRA (art. 15 DPR 633/72)", "1", "186,49", "N1", "186,49"),
    ("ANT-DTT", "Anticipazione diritti motorizzazione e targa (art. 15 DPR 633/72)", "1", "111,67", "N1", "111,67"),
]
for r in rows:
    for (w, _), t in zip(cols, r):
        pdf.cell(w, 7, t, border="B", align="L" if _ in ("Cod.", "Descrizione") else "R")
    pdf.ln()
pdf.ln(4)
pdf.set_font("DV", "", 7.6)
pdf.multi_cell(0, 3.8,
    "N1 = operazione esclusa ex art. 15 del D.P.R. 633/1972 (somme anticipate in nome e per conto del cliente). "
    "Il veicolo è coperto dalla garanzia del costruttore di 24 mesi a chilometraggio illimitato con decorrenza dalla data di "
    "immatricolazione. Libretto di uso e manutenzione, certificato di conformità (COC) e due chiavi consegnati al cliente.")
pdf.ln(3)
pdf.set_font("DV", "B", 8.4)
pdf.cell(0, 5, "Riepilogo IVA, totale documento e modalità di pagamento alla pagina seguente.")

# ---- page 2
pdf.add_page()
pdf.set_font("DV", "B", 10)
pdf.cell(0, 7, "Riepilogo IVA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "B", 8)
pdf.set_fill_color(238, 238, 238)
for w, t in [(40, "Aliquota / natura"), (45, "Imponibile"), (35, "Imposta"), (60, "Riferimento normativo")]:
    pdf.cell(w, 6, t, border=1, fill=True)
pdf.ln()
pdf.set_font("DV", "", 8.4)
for r in [("22%", "12.295,08", "2.704,92", ""), ("N1 – escluse", "298,16", "0,00", "art. 15 DPR 633/72")]:
    for w, t in zip((40, 45, 35, 60), r):
        pdf.cell(w, 6, t, border=1, align="R" if w in (45, 35) else "L")
    pdf.ln()
pdf.ln(6)

x0 = 105
pdf.set_x(x0)
tot = [("Totale imponibile", "€ 12.295,08"), ("Totale IVA 22%", "€ 2.704,92"), ("Anticipazioni escluse art. 15", "€ 298,16"),
       ("Imposta di bollo (assolta virtualmente)", "€ 2,00")]
for l, v in tot:
    pdf.set_x(x0)
    pdf.set_font("DV", "", 8.8)
    pdf.cell(60, 6.5, l, border="B")
    pdf.cell(30, 6.5, v, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0)
pdf.set_font("DV", "B", 11)
pdf.set_fill_color(170, 20, 30)
pdf.set_text_color(255, 255, 255)
pdf.cell(60, 9, " TOTALE DOCUMENTO", fill=True)
pdf.cell(30, 9, "€ 15.300,16 ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(8)

pdf.set_font("DV", "B", 10)
pdf.cell(0, 7, "Pagamenti", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.6)
for w, t in [(45, "Data"), (85, "Modalità"), (50, "Importo")]:
    pdf.set_font("DV", "B", 8)
    pdf.cell(w, 6, t, border=1, fill=False)
pdf.ln()
pdf.set_font("DV", "", 8.6)
for r in [("15/04/2025", "Acconto confirmatorio – POS carta di debito", "2.000,00"),
          ("09/05/2025", "Saldo – bonifico SEPA istantaneo", "13.300,16")]:
    for w, t in zip((45, 85, 50), r):
        pdf.cell(w, 6, t, border=1, align="R" if w == 50 else "L")
    pdf.ln()
pdf.ln(3)
pdf.cell(0, 5, "Coordinate bancarie del cedente: IBAN IT87 H050 3420 9000 0000 0318 274", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Residuo da pagare: € 0,00 – fattura interamente saldata.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DV", "", 7.4)
pdf.set_text_color(80, 80, 80)
pdf.multi_cell(0, 3.7,
    "Documento di cortesia: la fattura elettronica in formato XML è stata trasmessa al Sistema di Interscambio e resa disponibile "
    "nell'area riservata del cliente sul sito dell'Agenzia delle Entrate. Trattamento dei dati personali ai sensi del Reg. UE 2016/679: "
    "informativa disponibile presso la sede. Il cliente dichiara di aver ricevuto il veicolo in perfetto stato e di aver preso visione "
    "delle condizioni generali di vendita e di garanzia.\n\nFirma del cliente per ricevuta del veicolo: ______________________________")
pdf.output(out)
