"""D18: Italian hardware wholesaler's deferred invoice (fattura differita) grouping three DDTs,
"Riporto" subtotals between pages, VAT summary and due date on the last invoice page, general
conditions of sale after it (LibreOffice .fodt)."""
import sys
from common import fmt
from odf import ODT, PAGE, PAGES
import data

d = data.d18()
OUT = sys.argv[1]
NR = d["invoice_number"]


def e(x):
    return fmt(x, "eu")


o = ODT(font="Liberation Sans", size="8.6pt", lang=("it", "IT"))
BL = "#123f6d"
o.pstyle("Hd", size="7.5pt", tabs=[("18cm", "right")], color="#333333", border={"bottom": "0.6pt solid #123f6d"}, padding="0.05cm")
o.pstyle("Ft", size="6.6pt", align="center", color="#555555")
o.pstyle("Firm", size="16pt", bold=True, color=BL, master="First")
o.pstyle("Sub", size="7.5pt", color="#444444", line="118%")
o.pstyle("N", size="8.4pt")
o.pstyle("NR", size="8.4pt", align="end")
o.pstyle("NB", size="8.4pt", bold=True)
o.pstyle("NBR", size="8.4pt", bold=True, align="end")
o.pstyle("Th", size="7.4pt", bold=True, color="#ffffff")
o.pstyle("ThR", size="7.4pt", bold=True, color="#ffffff", align="end")
o.pstyle("Grp", size="8pt", bold=True, color=BL)
o.pstyle("Title", size="13pt", bold=True, before="0.3cm", after="0.15cm")
o.pstyle("Brk", size="2pt", break_before="page")
o.pstyle("Small", size="7.2pt", line="118%", align="justify", before="0.12cm")
o.pstyle("CG", size="7.1pt", line="120%", align="justify", after="0.1cm")
o.pstyle("H2", size="9.5pt", bold=True, color=BL, before="0.3cm", after="0.1cm", keep=True)
o.cell_style("CH", bg=BL, padding="0.06cm")
o.cell_style("C", borders={"bottom": "0.3pt solid #cccccc"}, padding="0.05cm")
o.cell_style("CGr", bg="#e6edf5", padding="0.05cm")
o.cell_style("CR", borders={"top": "1pt solid #000000", "bottom": "1pt solid #000000"}, bg="#f1f1f1", padding="0.06cm")
o.cell_style("CBox", border="0.6pt solid #777777", padding="0.07cm")
o.cell_style("CBoxG", border="0.6pt solid #777777", padding="0.07cm", bg="#e6edf5")
o.cell_style("CN", padding="0.03cm")
o.table_style("Tfull", "18cm")
o.table_style("Tbox", "8.6cm", align="right")
o.table_style("Ttot", "18cm", margin_top="0.3cm")
for n, w in [("h1", "9.2cm"), ("h2", "8.8cm"), ("b1", "3.2cm"), ("b2", "5.4cm"),
             ("l1", "2.4cm"), ("l2", "7.3cm"), ("l3", "0.9cm"), ("l4", "1.2cm"), ("l5", "1.8cm"), ("l6", "1.0cm"), ("l7", "2.3cm"), ("l8", "1.1cm"),
             ("v1", "3cm"), ("v2", "3cm"), ("v3", "3cm"), ("v4", "9cm")]:
    o.col_style(n, w)
P = o.p
B = []

B.append(P("FERRAMENTA ADRIATICA INGROSSO S.r.l.", "Firm"))
B.append(P("Via Tiburtina Valeria 312 – 65129 Pescara (PE) · Tel. 085 451 2290 · amministrazione@ferramentaadriatica.it · PEC ferramentaadriatica@pec.it\n"
           "P.IVA e C.F. 01938470687 · REA PE-141873 · Cap. soc. € 100.000,00 i.v.", "Sub"))
cli = P("Spett.le\nEdil Marsica S.n.c. di Di Censo & C.\nVia Napoli 44\n67051 Avezzano (AQ)\nP.IVA 01742890665\nCodice destinatario SdI: M5UXCR1", "N")
box = o.table("Doc", "Tbox", ["b1", "b2"], [
    [("CBox", P("Documento", "N")), ("CBox", P("Fattura differita (TD24)", "N"))],
    [("CBox", P("Numero", "N")), ("CBox", P(NR, "NB"))],
    [("CBox", P("Data", "N")), ("CBox", P("28/02/2025", "N"))],
    [("CBox", P("Codice cliente", "N")), ("CBox", P("C00318", "N"))],
    [("CBox", P("Pagamento", "N")), ("CBox", P("Bonifico 60 gg d.f.f.m.", "N"))],
    [("CBox", P("Agente", "N")), ("CBox", P("Marco Di Febo (12)", "N"))]])
B.append(o.table("Head", "Tfull", ["h1", "h2"], [[("CN", cli), ("CN", box)]]))
B.append(P(f"Fattura n. {NR} del 28/02/2025 – riepilogativa dei documenti di trasporto del mese di febbraio 2025", "Title"))

COLS = ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8"]


def th(t, r=False):
    return ("CH", P(t, "ThR" if r else "Th"))


def td(t, r=False, b=False):
    return ("C", P(t, ("NBR" if r else "NB") if b else ("NR" if r else "N")))


HEAD = [[th("Codice"), th("Descrizione"), th("UM"), th("Q.tà", True), th("Prezzo €", True), th("Sc.%", True), th("Importo €", True), th("IVA", True)]]
# split lines into 3 DDTs and two pages
n = len(d["lines"])
ddt_split = [0, 16, 32, n]
page_split = 24
run = 0
rows = []
tables = []
for i, l in enumerate(d["lines"]):
    for k in range(3):
        if i == ddt_split[k]:
            num, dt = d["ddt"][k]
            rows.append([("CGr", P(f"{num} del {dt[8:10]}/{dt[5:7]}/{dt[0:4]} – cantiere Via Corradini, Avezzano", "Grp"), 8)])
    if i == page_split:
        rows.append([("CR", P("A riportare", "NB"), 6), ("CR", P(e(run), "NBR")), ("CR", P("", "N"))])
        tables.append(rows)
        rows = [[("CR", P("Riporto", "NB"), 6), ("CR", P(e(run), "NBR")), ("CR", P("", "N"))]]
    q = str(l["qty"])
    rows.append([td(l["cod"]), td(l["desc"]), td(l["um"]), td(q, True), td(e(l["price"]), True),
                 td(str(l["sc"]) if l["sc"] else "", True), td(e(l["imp"]), True), td("22", True)])
    run += l["imp"]
rows.append([td("SPE-TRA"), td("Spese di trasporto"), td("NR"), td("1", True), td(e(d["trasporto"]), True), td("", True),
             td(e(d["trasporto"]), True), td("22", True)])
tables.append(rows)
B.append(o.table("Righe1", "Tfull", COLS, tables[0], header_rows=HEAD))
B.append(P("", "Brk"))
B.append(o.table("Righe2", "Tfull", COLS, tables[1], header_rows=HEAD))

B.append(P("Riepilogo IVA", "H2"))
B.append(o.table("Iva", "Tfull", ["v1", "v2", "v3", "v4"], [
    [th("Aliquota"), th("Imponibile €", True), th("Imposta €", True), th("Descrizione")],
    [td("22%"), td(e(d["imponibile"]), True), td(e(d["iva"]), True), td("Aliquota ordinaria")]]))
B.append(o.table("Tot", "Ttot", ["v1", "v2", "v3", "v4"], [
    [("CBox", P("Totale merce", "N")), ("CBox", P(e(d["imponibile_merce"]), "NR")), ("CBox", P("Spese trasporto", "N")), ("CBox", P(e(d["trasporto"]), "NR"))],
    [("CBox", P("Totale imponibile", "N")), ("CBox", P(e(d["imponibile"]), "NR")), ("CBox", P("Totale IVA", "N")), ("CBox", P(e(d["iva"]), "NR"))],
    [("CBoxG", P("TOTALE DOCUMENTO €", "NB")), ("CBoxG", P(e(d["total"]), "NBR")), ("CBoxG", P("Netto a pagare €", "NB")), ("CBoxG", P(e(d["total"]), "NBR"))]]))
B.append(P("Scadenze", "H2"))
B.append(o.table("Scad", "Tfull", ["v1", "v2", "v3", "v4"], [
    [th("Data scadenza"), th("Importo €", True), th("Modalità"), th("Coordinate bancarie")],
    [td("30/04/2025"), td(e(d["total"]), True), td("Bonifico bancario"),
     td("BPER Banca – Pescara ag. 2 · IBAN IT60 X054 2811 1010 0000 0123 456")]]))
B.append(P("Copia di cortesia del documento elettronico: l'originale è stato trasmesso al Sistema di Interscambio ed è disponibile nella sua area riservata "
           "del sito dell'Agenzia delle Entrate (art. 21 DPR 633/72). Contributo ambientale CONAI assolto ove dovuto. In caso di ritardato pagamento "
           "decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002. Eventuali contestazioni sulla merce devono pervenire entro 8 giorni dal ricevimento.", "Small"))

# general conditions page
B.append(P("Condizioni generali di vendita", "H2").replace('text:style-name="H2"', 'text:style-name="H2b"'))
o.pstyle("H2b", size="10pt", bold=True, color=BL, after="0.15cm", break_before="page")
cg = [
    "1. Ambito. Le presenti condizioni regolano tutte le vendite di Ferramenta Adriatica Ingrosso S.r.l. (di seguito «il Venditore») a clienti professionali e prevalgono su eventuali condizioni d'acquisto del cliente.",
    "2. Ordini. Gli ordini si intendono accettati solo con la consegna della merce o con conferma scritta. I prezzi sono quelli di listino in vigore al momento dell'ordine (listino n. 2025/1 del 07/01/2025), IVA esclusa.",
    "3. Consegna. La merce viaggia a rischio del cliente anche se venduta franco destino. Per ordini inferiori a € 250,00 imponibili è addebitato un contributo spese di trasporto di € 35,00 per consegna.",
    "4. Reclami. Vizi apparenti e ammanchi devono essere annotati sul documento di trasporto al momento della consegna e confermati per iscritto entro 8 giorni; vizi occulti entro 8 giorni dalla scoperta (art. 1495 c.c.).",
    "5. Resi. Non si accettano resi senza preventiva autorizzazione scritta. La merce resa deve essere integra e nell'imballo originale; sarà accreditata al netto di una trattenuta del 15% per spese di gestione.",
    "6. Pagamenti. I pagamenti devono essere effettuati esclusivamente nelle forme e nei termini indicati in fattura. Il mancato pagamento anche di una sola scadenza comporta la decadenza dal beneficio del termine per tutte le somme dovute e la sospensione delle forniture. Sugli importi scaduti decorrono interessi di mora al tasso previsto dal D.Lgs. 231/2002 (attualmente 10,15%), oltre a € 40,00 a titolo di risarcimento forfettario dei costi di recupero.",
    "7. Riserva di proprietà. La merce resta di proprietà del Venditore fino all'integrale pagamento del prezzo (art. 1523 c.c.).",
    "8. Garanzia. Gli utensili elettrici sono garantiti dal produttore secondo le condizioni del relativo certificato (di norma 24 mesi, estendibili a 36 mesi con registrazione online). Il Venditore non risponde di danni indiretti.",
    "9. Privacy. I dati del cliente sono trattati ai sensi del Regolamento UE 2016/679 per la gestione del rapporto commerciale e gli adempimenti di legge. Informativa completa su www.ferramentaadriatica.it/privacy.",
    "10. Foro competente. Per ogni controversia è competente in via esclusiva il Foro di Pescara.",
]
for t in cg:
    B.append(P(t, "CG"))

header = P(f"Ferramenta Adriatica Ingrosso S.r.l. · Fattura n. {NR} del 28/02/2025 · Cliente C00318<text:tab/>Pagina {PAGE} di {PAGES}", "Hd", raw=True)
footer = P("Ferramenta Adriatica Ingrosso S.r.l. · Via Tiburtina Valeria 312, 65129 Pescara · P.IVA IT01938470687 · Reg. Imprese Pescara 01938470687 · "
           "BPER Banca IBAN IT60 X054 2811 1010 0000 0123 456 · BIC BPMOIT22XXX", "Ft")
o.write(f"{OUT}/s23_fattura_ingrosso_it.fodt", "".join(B), page={"margins": ("1.0cm", "0.9cm", "1.5cm", "1.5cm")},
        header=header, footer=footer, first_header=None, first_footer=footer, title=f"Fattura {NR}", meta_date="2025-02-28T17:30:00")
