# Italian gas bill (bolletta gas), drawn with fpdf2 core fonts.
import sys, datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 2, 12, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_margins(14, 12, 14)
pdf.set_auto_page_break(True, 15)
pdf.add_page()

pdf.set_font("Helvetica", "B", 18); pdf.set_text_color(0, 110, 70)
pdf.cell(95, 9, "Padana Gas e Luce")
pdf.set_font("Helvetica", "", 8); pdf.set_text_color(70, 70, 70)
pdf.multi_cell(0, 3.6, "Padana Gas e Luce S.p.A.\nVia Emilia Ponente 212 - 40133 Bologna (BO)\nP.IVA e C.F. 03817240965\nNumero verde 800 914 227 - www.padanagasluce.it", align="R")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 7, "BOLLETTA GAS NATURALE - Mercato libero", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "Bolletta n. 2025/0147823 del 12/02/2025   -   Periodo di fatturazione: 01/12/2024 - 31/01/2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

y = pdf.get_y()
pdf.set_font("Helvetica", "B", 9)
pdf.cell(90, 5, "Intestatario del contratto", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(90, 4.6, "BIANCHI ROBERTO\nVia Guglielmo Marconi 41\n40017 San Giovanni in Persiceto (BO)\nCodice fiscale BNCRRT71C18A944K")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(90, 5, "Dati della fornitura", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
for k, v in [("Codice cliente", "700184422"), ("Codice PDR", "00881203547761"), ("Matricola contatore", "GS4-19902711"),
             ("Offerta", "Padana Gas Fisso 12"), ("Uso", "Domestico - riscaldamento individuale"),
             ("Consumo annuo", "1.084 Smc")]:
    pdf.cell(38, 4.6, k); pdf.cell(52, 4.6, v, new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(112, y)
pdf.set_fill_color(230, 244, 236)
pdf.set_draw_color(0, 110, 70)
pdf.rect(112, y, 84, 44, style="DF")
pdf.set_xy(116, y + 3)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Totale da pagare", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", "B", 20); pdf.set_text_color(0, 110, 70)
pdf.cell(0, 10, "EUR 192,84", new_x="LEFT", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Scadenza: 04/03/2025", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", "", 8)
pdf.multi_cell(76, 3.8, "Situazione pagamenti: le bollette precedenti risultano regolarmente pagate.\nConsumo fatturato: 412 Smc (letture reali)")
pdf.set_y(y + 60)

pdf.set_font("Helvetica", "B", 10); pdf.set_text_color(0, 110, 70)
pdf.cell(0, 6, "Sintesi degli importi fatturati", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = [("Spesa per la materia gas naturale", "121,34"),
        ("Spesa per il trasporto e la gestione del contatore", "28,67"),
        ("Spesa per oneri di sistema", "3,12"),
        ("Imposte (accisa e addizionale regionale)", "22,18"),
        ("Totale imponibile", "175,31"),
        ("IVA 10% su 175,31", "17,53"),
        ("Totale bolletta", "192,84"),
        ("Totale da pagare", "192,84")]
for k, v in rows:
    b = k.startswith("Totale")
    pdf.set_font("Helvetica", "B" if b else "", 9)
    pdf.cell(120, 5.4, k, border="B" if b else 0)
    pdf.cell(0, 5.4, "EUR " + v, align="R", border="B" if b else 0, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10); pdf.set_text_color(0, 110, 70)
pdf.cell(0, 6, "Letture e consumi", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 8.5)
for a, b, c, d in [("Data lettura", "Tipo", "Lettura (Smc)", "Consumo (Smc)"),
                   ("30/11/2024", "reale", "7.318", ""), ("31/01/2025", "reale", "7.730", "412")]:
    pdf.cell(40, 4.8, a); pdf.cell(40, 4.8, b); pdf.cell(40, 4.8, c, align="R"); pdf.cell(40, 4.8, d, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 4.8, "Prezzo materia gas: 0,29450 EUR/Smc (fisso per 12 mesi). Coefficiente C: 1,019362.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Helvetica", "B", 10); pdf.set_text_color(0, 110, 70)
pdf.cell(0, 6, "Come pagare", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(0, 4.2,
    "Bonifico bancario intestato a Padana Gas e Luce S.p.A. - Banco BPM S.p.A.\n"
    "IBAN: IT35 H050 3411 7010 0000 4718 233   -   BIC: BAPPIT21A17\n"
    "Causale: codice cliente 700184422 - bolletta 2025/0147823\n"
    "Oppure con avviso pagoPA (codice avviso 3020 0000 1478 2330 19) presso banche, uffici postali, tabaccherie e app.\n"
    "Per attivare la domiciliazione bancaria (SDD) compila il modulo nell'Area Clienti.")
pdf.ln(6)
pdf.set_font("Helvetica", "", 7); pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 3.3,
    "In caso di ritardato pagamento saranno applicati gli interessi di mora al tasso BCE maggiorato di 3,5 punti. "
    "Per reclami: Padana Gas e Luce S.p.A., Casella Postale 1180, 40100 Bologna, oppure reclami@padanagasluce.it. "
    "Servizio pronto intervento (guasti) del distributore: 800 900 806, attivo 24 ore su 24. "
    "Padana Gas e Luce S.p.A. - Capitale sociale EUR 5.000.000 i.v. - REA BO-551208. Pagina 1 di 1")
pdf.output(out)
