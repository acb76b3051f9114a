"""Centro Fisioterapico Ambrosiano - fattura sanitaria esente IVA con marca da bollo, fpdf2."""
import sys
from datetime import datetime, timezone
from decimal import Decimal as D
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "13_fattura_sanitaria_it.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


def it(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 3, 14, 17, 10, tzinfo=timezone.utc))
pdf.set_title("Fattura 312/2025")
pdf.set_author("Centro Fisioterapico Ambrosiano S.r.l.")
pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("DVC", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(15, 14, 15)
pdf.set_auto_page_break(True, 18)
pdf.add_page()
ORANGE = (200, 90, 20)

# left: vendor block, right: big title box with number/date in title line
pdf.set_font("DV", "B", 14)
pdf.set_text_color(*ORANGE)
pdf.cell(110, 7, "Centro Fisioterapico Ambrosiano", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(40, 40, 40)
pdf.set_font("DVC", "", 8.5)
for t in ["Centro Fisioterapico Ambrosiano S.r.l.", "Via Lorenteggio 118 - 20146 Milano (MI)", "Tel. 02 5557 4130 - segreteria@cfambrosiano.example",
          "P.IVA 09183570150 - REA MI-2071843", "Direttore sanitario: Dott. Paolo Rinaldi, fisioterapista (iscr. Albo TSRM-PSTRP Milano n. 4127)"]:
    pdf.cell(120, 4.2, t, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(140, 14)
pdf.set_fill_color(*ORANGE)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DV", "B", 10)
pdf.cell(55, 7, "FATTURA N. 312/2025", align="C", fill=True, new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 9)
pdf.cell(55, 6, "del 14/03/2025", align="C", border=1, new_x="LEFT", new_y="NEXT")
pdf.set_font("DVC", "", 7.5)
pdf.cell(55, 5, "Documento esente IVA", align="C", border=1)

# marca da bollo box
pdf.set_xy(150, 42)
pdf.set_draw_color(120, 120, 120)
pdf.set_font("DVC", "", 7)
pdf.multi_cell(35, 3.4, "Imposta di bollo\nassolta sull'originale\n\u20ac 2,00\nID 01241870633018", border=1, align="C")

# destinatario
pdf.set_xy(15, 46)
pdf.set_font("DVC", "B", 8)
pdf.set_text_color(*ORANGE)
pdf.cell(100, 5, "SPETT.LE / PAZIENTE", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 9.5)
for t in ["Sig.ra Giulia Bianchi", "Via Washington 62", "20146 Milano (MI)", "Codice fiscale: BNCGLI78M52F205I"]:
    pdf.cell(100, 5, t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(7)

rows = [("Valutazione fisioterapica iniziale", "17/02/2025", 1, D("60.00")),
        ("Seduta di fisioterapia - terapia manuale (rachide lombare)", "19/02 - 12/03/2025", 6, D("45.00")),
        ("Tecarterapia - seduta", "24/02 - 10/03/2025", 4, D("35.00")),
        ("Rieducazione posturale individuale", "14/03/2025", 1, D("50.00"))]
w = [88, 36, 14, 22, 20]
pdf.set_font("DVC", "B", 8.2)
pdf.set_fill_color(250, 232, 218)
for wi, h, al in zip(w, ["Descrizione prestazione", "Data / periodo", "Q.tà", "Prezzo unit.", "Importo"], "LCCRR"):
    pdf.cell(wi, 7, h, border="TB", align=al, fill=True)
pdf.ln()
pdf.set_font("DVC", "", 8.6)
imp = D("0")
for desc, per, q, pr in rows:
    amt = pr * q
    imp += amt
    pdf.cell(w[0], 6.5, desc, border="B")
    pdf.cell(w[1], 6.5, per, border="B", align="C")
    pdf.cell(w[2], 6.5, str(q), border="B", align="C")
    pdf.cell(w[3], 6.5, it(pr), border="B", align="R")
    pdf.cell(w[4], 6.5, it(amt), border="B", align="R")
    pdf.ln()
bollo = D("2.00")
tot = imp + bollo
pdf.ln(4)
y = pdf.get_y()
# riepilogo on the right
x0 = 110
summary = [("Totale prestazioni", it(imp)), ("IVA", "esente art. 10 n. 18"), ("Imponibile IVA", "0,00"),
           ("Rimborso imposta di bollo", it(bollo))]
for k, v in summary:
    pdf.set_x(x0)
    pdf.set_font("DVC", "", 9)
    pdf.cell(50, 6, k, border="B")
    pdf.cell(35, 6, v, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0)
pdf.set_font("DV", "B", 10.5)
pdf.set_fill_color(*ORANGE)
pdf.set_text_color(255, 255, 255)
pdf.cell(50, 8, "TOTALE DOCUMENTO", fill=True)
pdf.cell(35, 8, "\u20ac " + it(tot), align="R", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
# left column notes
pdf.set_xy(15, y)
pdf.set_font("DVC", "", 7.8)
pdf.multi_cell(88, 3.8,
    "Operazione esente IVA ai sensi dell'art. 10, comma 1, n. 18 del D.P.R. 633/1972 (prestazioni sanitarie di "
    "diagnosi, cura e riabilitazione rese alla persona).\n"
    "Imposta di bollo di \u20ac 2,00 assolta in modo virtuale ai sensi dell'art. 15 del D.P.R. 642/1972 "
    "(autorizzazione Agenzia delle Entrate di Milano n. 118204/2019) e addebitata al paziente.")
pdf.set_y(max(pdf.get_y(), y + 40) + 6)
pdf.set_font("DV", "B", 8.5)
pdf.cell(0, 5, "Pagamento", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 8.5)
pdf.multi_cell(0, 4.4,
    "Saldato in data 14/03/2025 con carta di debito tramite POS (pagamento tracciabile ai fini della detrazione del 19% - art. 15 TUIR).\n"
    "Coordinate bancarie per eventuali bonifici: IBAN IT28 X030 6909 6061 0000 0063 185 - Intesa Sanpaolo.")
pdf.ln(3)
pdf.set_font("DV", "B", 8.5)
pdf.cell(0, 5, "Sistema Tessera Sanitaria", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 8.5)
pdf.multi_cell(0, 4.4,
    "Il paziente NON si \u00e8 opposto alla trasmissione dei dati della presente fattura al Sistema Tessera Sanitaria "
    "ai fini della dichiarazione dei redditi precompilata (art. 3 D.Lgs. 175/2014). Prestazioni eseguite su prescrizione "
    "del medico curante Dott. A. Colombo del 12/02/2025.")
pdf.ln(3)
pdf.set_font("DVC", "", 7.2)
pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.6,
    "Fattura emessa in formato analogico: per le prestazioni sanitarie rese a persone fisiche vige il divieto di fatturazione "
    "elettronica tramite SdI; i dati di spesa sono trasmessi al Sistema TS come previsto dalla normativa vigente.")
pdf.output(out)
print("imp", imp, "tot", tot)
