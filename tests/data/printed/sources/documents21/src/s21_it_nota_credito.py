"""Italian credit note (nota di credito), fpdf2 Liberation Sans. Usage: python this.py out.pdf"""
import sys, datetime
from fpdf import FPDF

pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 3, 5, 9, 0, tzinfo=datetime.timezone.utc))
L2 = "/usr/share/fonts/truetype/liberation2/"
pdf.add_font("LS", "", L2 + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", L2 + "LiberationSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_text_color(30, 30, 30)
# letterhead
pdf.set_fill_color(178, 34, 34)
pdf.rect(15, 12, 4, 22, "F")
pdf.set_xy(22, 12)
pdf.set_font("LS", "B", 17)
pdf.cell(0, 8, "Ferramenta Colombo S.r.l.")
pdf.set_font("LS", "", 8.5)
for i, s in enumerate(["Viale Lombardia 212 - 20900 Monza (MB)",
                       "Tel. 039 2845 117 - amministrazione@ferramentacolombo.it - PEC ferramentacolombo@pec.it",
                       "P.IVA IT03847250960 - C.F. 03847250960 - REA MB-1702218 - Cap. soc. EUR 50.000,00 i.v."]):
    pdf.set_xy(22, 21 + i * 4.2)
    pdf.cell(0, 4, s)
# destinatario box
pdf.set_draw_color(120, 120, 120)
pdf.rect(112, 44, 83, 34)
pdf.set_xy(115, 46)
pdf.set_font("LS", "", 7.5)
pdf.cell(0, 4, "Spett.le")
pdf.set_font("LS", "B", 10)
pdf.set_xy(115, 51)
pdf.cell(0, 5, "Edilnova S.n.c. di Rossi & C.")
pdf.set_font("LS", "", 9)
for i, s in enumerate(["Via Carlo Porta 18", "20851 Lissone (MB)", "P.IVA 02219840963", "Cod. destinatario: M5UXCR1"]):
    pdf.set_xy(115, 57 + i * 4.6)
    pdf.cell(0, 4.6, s)
# title
pdf.set_xy(15, 46)
pdf.set_font("LS", "B", 15)
pdf.cell(90, 8, "NOTA DI CREDITO")
pdf.set_font("LS", "", 8)
pdf.set_xy(15, 54)
pdf.cell(90, 4, "Tipo documento TD04")
# header grid
hdr = [("Numero", "14/NC"), ("Data", "05/03/2024"), ("Cod. cliente", "C00412"),
       ("Pagamento", "Compensazione"), ("Rif. fattura", "n. 238 del 16/02/2024")]
y = 84
pdf.set_fill_color(238, 238, 238)
x = 15
widths = [26, 26, 28, 40, 60]
for (k, v), w in zip(hdr, widths):
    pdf.set_xy(x, y)
    pdf.set_font("LS", "", 7)
    pdf.cell(w, 5, k, border=1, fill=True)
    pdf.set_xy(x, y + 5)
    pdf.set_font("LS", "B", 9)
    pdf.cell(w, 7, v, border=1)
    x += w
# righe
y = 102
cols = [("Codice", 24), ("Descrizione", 78), ("Q.tà", 14), ("Prezzo unit.", 24), ("IVA", 12), ("Importo", 28)]
x = 15
pdf.set_font("LS", "B", 8)
for n, w in cols:
    pdf.set_xy(x, y)
    pdf.cell(w, 6, n, border="TB", fill=True, align="R" if n in ("Q.tà", "Prezzo unit.", "Importo", "IVA") else "L")
    x += w
rows = [("MK-HR2631", "Reso tassellatore SDS-Plus 800W difettoso (DDT 611)", "2", "415,00", "22", "-830,00"),
        ("", "Sconto commerciale concordato su fattura n. 238", "1", "420,00", "22", "-420,00")]
y += 8
pdf.set_font("LS", "", 8.5)
for r in rows:
    x = 15
    for (n, w), v in zip(cols, r):
        pdf.set_xy(x, y)
        pdf.cell(w, 5, v, align="R" if n in ("Q.tà", "Prezzo unit.", "Importo", "IVA") else "L")
        x += w
    y += 7
pdf.line(15, 150, 195, 150)
# riepilogo IVA
y = 156
pdf.set_font("LS", "B", 8)
pdf.set_xy(15, y)
pdf.cell(0, 5, "Riepilogo IVA")
rc = [("Aliquota", 22), ("Imponibile", 30), ("Imposta", 30), ("Natura / Esigibilità", 40)]
x = 15
for n, w in rc:
    pdf.set_xy(x, y + 6)
    pdf.cell(w, 5, n, border=1, fill=True, align="C")
    x += w
x = 15
pdf.set_font("LS", "", 8.5)
for (n, w), v in zip(rc, ["22%", "-1.250,00", "-275,00", "I - immediata"]):
    pdf.set_xy(x, y + 11)
    pdf.cell(w, 6, v, border=1, align="R" if n in ("Imponibile", "Imposta") else "C")
    x += w
# totali a destra
tot = [("Totale imponibile", "€ -1.250,00"), ("Totale IVA", "€ -275,00"), ("Totale documento", "€ -1.525,00")]
y = 160
for i, (k, v) in enumerate(tot):
    last = i == len(tot) - 1
    pdf.set_font("LS", "B" if last else "", 10 if last else 9)
    pdf.set_xy(140, y + i * 7)
    pdf.cell(30, 7, k, border="T" if last else 0)
    pdf.set_xy(170, y + i * 7)
    pdf.cell(25, 7, v, border="T" if last else 0, align="R")
pdf.set_font("LS", "", 8.5)
pdf.set_xy(15, 192)
pdf.multi_cell(180, 4.4,
    "L'importo di € 1.525,00 sarà portato in compensazione sulla prossima fattura o, su richiesta, "
    "rimborsato mediante bonifico entro 30 giorni. Saldo contabile cliente al 29/02/2024: € 4.118,40.\n"
    "Documento trasmesso al Sistema di Interscambio (SdI) il 05/03/2024, ID SdI 11209884512. "
    "Copia di cortesia priva di valore fiscale ai sensi dell'art. 21 D.P.R. 633/72.")
pdf.set_font("LS", "", 7.5)
pdf.set_xy(15, 278)
pdf.cell(180, 4, "Banca: Credito Valtellinese - IBAN IT60 X054 2811 1010 0000 0123 456 - Ferramenta Colombo S.r.l. - Pag. 1/1", align="C")
pdf.output(sys.argv[1])
