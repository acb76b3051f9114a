# Writes the 12 HTML source documents into src/html/
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "html")
os.makedirs(OUT, exist_ok=True)
BASE = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: %(page)s; margin: 14mm; }
body { font-family: %(font)s; font-size: %(fs)s; color:#111; }
table.items { width:100%%; border-collapse: collapse; margin-top: 10px; }
table.items th { border-bottom: 1.5px solid #000; text-align:left; padding:4px; }
table.items td { border-bottom: 1px solid #bbb; padding:4px; }
.r { text-align:right; }
.box { border:1px solid #444; padding:6px 8px; }
.small { font-size: 0.82em; color:#333; }
h1 { margin: 0 0 4px 0; }
</style></head><body>%(body)s</body></html>"""
def w(name, body, page="A4", font="Arial, Helvetica, sans-serif", fs="11pt"):
    open(os.path.join(OUT, name + ".html"), "w").write(BASE % dict(page=page, font=font, fs=fs, body=body))
def rows(items):
    return "".join("<tr>" + "".join(f'<td class="{"r" if i>0 else ""}">{c}</td>' for i, c in enumerate(r)) + "</tr>" for r in items)

# 1 US plumber
w("us_plumber", f"""
<table style="width:100%"><tr><td><h1>Rivera Plumbing &amp; Drain LLC</h1>
<div>4410 Burnet Rd, Austin, TX 78756<br>Office (512) 555-0143 &middot; Emergency (512) 555-0199<br>TX Master Plumber Lic. M-40921</div></td>
<td class="r" style="vertical-align:top"><h2 style="margin:0">INVOICE</h2>
<table style="margin-left:auto"><tr><td>Invoice #</td><td class="r"><b>RP-20417</b></td></tr>
<tr><td>Invoice Date</td><td class="r">03/14/2024</td></tr>
<tr><td>Due Date</td><td class="r">04/13/2024</td></tr>
<tr><td>Work Order</td><td class="r">WO-8812</td></tr>
<tr><td>Customer ID</td><td class="r">C-3391</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><b>Bill To</b><br>Maple Court Property Mgmt<br>Attn: Dana Whitfield<br>2200 S Lamar Blvd, Suite 4<br>Austin, TX 78704</td>
<td><b>Service Location</b><br>1817 Treadwell St, Unit B<br>Austin, TX 78704<br>Service Date: 03/11/2024<br>Customer PO: 45-7781</td></tr></table>
<table class="items"><tr><th>Description</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{rows([["Replace 50 gal gas water heater (Bradford White)","1","865.00","865.00"],["Expansion tank, valves &amp; fittings","1","142.50","142.50"],["Labor - licensed plumber (hrs)","2.5","95.00","237.50"],["Haul-away &amp; disposal","1","39.50","39.50"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Subtotal</td><td class="r">1,284.50</td></tr>
<tr><td>Sales Tax (labor exempt)</td><td class="r">0.00</td></tr>
<tr><td><b>TOTAL DUE</b></td><td class="r"><b>$1,284.50</b></td></tr></table>
<p class="small">Terms: Net 30. A 1.5% monthly finance charge applies to balances over 30 days. Make checks payable to Rivera Plumbing &amp; Drain LLC.
Water heater warranty registered 03/12/2024, serial BW-7719324.</p>
""")

# 2 UK garage
w("uk_garage", f"""
<h1>Hartley Motors Ltd</h1>
<div>Unit 7, Canal Street Industrial Estate, Leeds LS12 2DH<br>Tel: 0113 496 0721 &nbsp; www.hartleymotors.co.uk</div>
<div class="small">VAT Reg No: GB 284 5531 09 &nbsp; Company No: 07731288</div>
<h2 style="margin-top:16px">INVOICE</h2>
<table style="width:100%"><tr><td style="width:55%" class="box">Mr J. Okafor<br>14 Beech Grove<br>Headingley, Leeds LS6 3AX</td>
<td style="vertical-align:top;padding-left:18px"><table>
<tr><td>Invoice No:</td><td><b>HM/24/0983</b></td></tr>
<tr><td>Invoice Date:</td><td>22/02/2024</td></tr>
<tr><td>Job Card:</td><td>JC-55120</td></tr>
<tr><td>Account:</td><td>OKA014</td></tr>
<tr><td>Payment due:</td><td>07/03/2024</td></tr></table></td></tr></table>
<p>Vehicle: Ford Focus 1.0 EcoBoost &nbsp; Reg: YK19 HVN &nbsp; Mileage: 48,213 &nbsp; MOT due: 19/11/2024</p>
<table class="items"><tr><th>Part / Labour</th><th class="r">Qty</th><th class="r">Unit &pound;</th><th class="r">Net &pound;</th></tr>
{rows([["Front brake discs (pair)","1","96.40","96.40"],["Front brake pads","1","48.90","48.90"],["Timing belt kit","1","164.00","164.00"],["Labour","3.2","65.00","208.00"],["Brake fluid DOT4 1L","1","18.00","18.00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Net total</td><td class="r">&pound;535.30</td></tr>
<tr><td>VAT @ 20%</td><td class="r">&pound;107.06</td></tr>
<tr><td><b>Invoice Total</b></td><td class="r"><b>&pound;642.36</b></td></tr></table>
<p class="small">Bank: Barclays &nbsp; Sort code 20-45-77 &nbsp; Account 63019284 &nbsp; Please quote HM/24/0983 as reference.<br>
Parts guaranteed 12 months / 12,000 miles. Next service due 21/02/2025.</p>
""", fs="10.5pt", font="'DejaVu Sans', Verdana, sans-serif")

# 3 German Handwerker
w("de_handwerker", f"""
<div class="small">Elektro Brandt GmbH &middot; Lindenstra&szlig;e 42 &middot; 50674 K&ouml;ln</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:58%">Familie Schneider<br>Herrn Markus Schneider<br>Am Rosengarten 9<br>50997 K&ouml;ln</td>
<td style="vertical-align:top"><h2 style="margin:0">Elektro Brandt GmbH</h2>Meisterbetrieb seit 1987<br>Tel. 0221 98 76 54-0<br>Fax 0221 98 76 54-29</td></tr></table>
<h2 style="margin-top:24px">Rechnung</h2>
<table><tr><td>Rechnungsnummer:</td><td><b>2024-0571</b></td><td style="padding-left:30px">Kundennummer:</td><td>10388</td></tr>
<tr><td>Rechnungsdatum:</td><td>05.04.2024</td><td style="padding-left:30px">Auftragsnummer:</td><td>A-24-0219</td></tr>
<tr><td>Leistungsdatum:</td><td>25.03.2024 - 28.03.2024</td><td style="padding-left:30px">Ihr Angebot vom:</td><td>12.02.2024</td></tr></table>
<p>Sehr geehrter Herr Schneider,<br>f&uuml;r die ausgef&uuml;hrten Arbeiten erlauben wir uns wie folgt zu berechnen:</p>
<table class="items"><tr><th>Pos.</th><th>Bezeichnung</th><th class="r">Menge</th><th class="r">Einzelpreis</th><th class="r">Gesamt</th></tr>
<tr><td>1</td><td>Unterverteilung 3-reihig inkl. FI/LS</td><td class="r">1 Stk</td><td class="r">689,00</td><td class="r">689,00</td></tr>
<tr><td>2</td><td>Wallbox 11 kW montiert</td><td class="r">1 Stk</td><td class="r">749,00</td><td class="r">749,00</td></tr>
<tr><td>3</td><td>NYM-J 5x6 mm&sup2;</td><td class="r">18 m</td><td class="r">9,87</td><td class="r">177,66</td></tr>
<tr><td>4</td><td>Arbeitszeit Geselle</td><td class="r">5,5 Std</td><td class="r">58,50</td><td class="r">321,75</td></tr></table>
<table style="margin-left:auto;margin-top:10px;width:48%"><tr><td>Nettobetrag</td><td class="r">1.937,41 &euro;</td></tr>
<tr><td>zzgl. 19 % MwSt.</td><td class="r">368,11 &euro;</td></tr>
<tr><td>Anfahrtspauschale (steuerfrei)</td><td class="r">12,29 &euro;</td></tr>
<tr><td><b>Gesamtbetrag</b></td><td class="r"><b>2.317,81 &euro;</b></td></tr></table>
<p>Zahlbar ohne Abzug bis zum 19.04.2024. Bei Zahlung bis 12.04.2024 gew&auml;hren wir 2 % Skonto.</p>
<p class="small" style="border-top:1px solid #999;padding-top:4px">Sparkasse K&ouml;lnBonn &middot; IBAN DE44 3705 0198 1934 5566 78 &middot; BIC COLSDE33 &middot; Steuernummer 214/5730/1182 &middot; USt-IdNr. DE318845120 &middot; HRB 88231 AG K&ouml;ln &middot; GF: Thomas Brandt</p>
""", font="'Liberation Serif', 'Times New Roman', serif")

# 4 French Facture
w("fr_facture", f"""
<table style="width:100%"><tr><td><h1>Menuiserie Lef&egrave;vre SARL</h1>12 rue des Artisans, 69007 Lyon<br>T&eacute;l. 04 78 61 22 90 &ndash; contact@menuiserie-lefevre.fr</td>
<td class="r" style="vertical-align:top"><h1 style="letter-spacing:2px">FACTURE</h1>N&deg; <b>F2024-0318</b></td></tr></table>
<table style="width:100%;margin-top:18px"><tr><td style="width:50%">Date de facture : 12/03/2024<br>Date d'&eacute;ch&eacute;ance : 11/04/2024<br>Devis n&deg; D2024-041 du 02/02/2024<br>N&deg; client : CL-0877</td>
<td class="box">Mme Claire Dubois<br>45 avenue Jean Jaur&egrave;s<br>69007 Lyon</td></tr></table>
<table class="items"><tr><th>D&eacute;signation</th><th class="r">Qt&eacute;</th><th class="r">P.U. HT</th><th class="r">Total HT</th></tr>
{rows([["Fen&ecirc;tre ch&ecirc;ne double vitrage 120x135","2","890,00","1 780,00"],["Porte-fen&ecirc;tre ch&ecirc;ne 2 vantaux","1","980,00","980,00"],["Pose et d&eacute;pose anciennes menuiseries","1","120,00","120,00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Total HT</td><td class="r">2 880,00 &euro;</td></tr>
<tr><td>TVA 20 %</td><td class="r">576,00 &euro;</td></tr>
<tr><td><b>Total TTC</b></td><td class="r"><b>3 456,00 &euro;</b></td></tr>
<tr><td>Acompte vers&eacute; le 05/02/2024</td><td class="r">0,00 &euro;</td></tr></table>
<p class="small">Conditions de paiement : 30 jours. P&eacute;nalit&eacute;s de retard : 3 fois le taux d'int&eacute;r&ecirc;t l&eacute;gal. Indemnit&eacute; forfaitaire pour frais de recouvrement : 40 &euro;.<br>
SARL au capital de 8 000 &euro; &ndash; SIRET 512 884 301 00027 &ndash; RCS Lyon &ndash; TVA intracom. FR 41 512884301 &ndash; IBAN FR76 1027 8073 1200 0204 5190 188</p>
""", font="Georgia, 'DejaVu Serif', serif")

# 5 Spanish Factura
w("es_factura", f"""
<h1 style="color:#333">Reformas Castillo S.L.</h1>
<div>C/ de Alcal&aacute; 214, 28028 Madrid &middot; CIF B-84512736 &middot; Tel. 913 56 20 48</div>
<hr>
<table style="width:100%"><tr><td style="width:50%"><b>FACTURA</b><br>N&ordm; factura: <b>A-2024/112</b><br>Fecha: 28/01/2024<br>Vencimiento: 27/02/2024<br>Pedido: PED-3301</td>
<td class="box"><b>Cliente</b><br>Comunidad de Propietarios Ribera 7<br>NIF H-28744190<br>C/ Ribera del Manzanares 7<br>28008 Madrid</td></tr></table>
<table class="items"><tr><th>Concepto</th><th class="r">Cant.</th><th class="r">Precio</th><th class="r">Importe</th></tr>
{rows([["Impermeabilizaci&oacute;n cubierta (m&sup2;)","42","26,50","1.113,00"],["Sustituci&oacute;n bajante PVC 110","3","95,00","285,00"],["Mano de obra oficial (h)","6","31,00","186,00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Base imponible</td><td class="r">1.584,00 &euro;</td></tr>
<tr><td>IVA 21%</td><td class="r">332,64 &euro;</td></tr>
<tr><td>Retenci&oacute;n IRPF</td><td class="r">-10,85 &euro;</td></tr>
<tr><td><b>TOTAL FACTURA</b></td><td class="r"><b>1.905,79 &euro;</b></td></tr></table>
<p class="small">Forma de pago: transferencia bancaria a ES91 2100 0418 4502 0005 1332 (CaixaBank). Inscrita en el Registro Mercantil de Madrid, Tomo 21.884, Folio 112, Hoja M-389201.</p>
""")

# 6 Dutch Factuur
w("nl_factuur", f"""
<table style="width:100%"><tr><td style="vertical-align:top"><h1>Schildersbedrijf De Vries B.V.</h1>Kerkstraat 118<br>3581 RD Utrecht<br>030 231 77 45<br>info@devries-schilders.nl</td>
<td class="r small" style="vertical-align:top">KvK 30214587<br>BTW NL812334019B01<br>IBAN NL63 RABO 0312 4456 78<br>BIC RABONL2U</td></tr></table>
<div style="margin-top:20px">Dhr. P. Jansen<br>Oudegracht 51<br>3511 AD Utrecht</div>
<h2 style="margin-top:20px">FACTUUR</h2>
<table><tr><td>Factuurnummer</td><td><b>20240219</b></td></tr><tr><td>Factuurdatum</td><td>19-02-2024</td></tr>
<tr><td>Vervaldatum</td><td>04-03-2024</td></tr><tr><td>Klantnummer</td><td>K1044</td></tr><tr><td>Uw referentie</td><td>Offerte 2023-188 van 14-12-2023</td></tr></table>
<table class="items"><tr><th>Omschrijving</th><th class="r">Aantal</th><th class="r">Prijs</th><th class="r">Bedrag</th></tr>
{rows([["Buitenschilderwerk kozijnen voorgevel","1","780,00","780,00"],["Houtrotherstel","3","65,00","195,00"],["Verf en materialen","1","225,00","225,00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Subtotaal</td><td class="r">&euro; 1.200,00</td></tr>
<tr><td>BTW 21%</td><td class="r">&euro; 252,00</td></tr>
<tr><td><b>Totaal</b></td><td class="r"><b>&euro; 1.452,00</b></td></tr></table>
<p>Wij verzoeken u vriendelijk het totaalbedrag v&oacute;&oacute;r 04-03-2024 over te maken onder vermelding van het factuurnummer.</p>
""", font="Verdana, 'DejaVu Sans', sans-serif", fs="10pt")

# 7 Italian Fattura
w("it_fattura", f"""
<table style="width:100%"><tr><td><h1>Idraulica Rossi S.r.l.</h1>Via Giuseppe Garibaldi 33, 40124 Bologna (BO)<br>P.IVA 03188450376 &ndash; C.F. 03188450376<br>Tel. 051 644 2187</td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%" class="box"><b>Spett.le</b><br>Studio Legale Ferri<br>Via Indipendenza 12<br>40121 Bologna<br>P.IVA 02911340371</td>
<td style="padding-left:18px;vertical-align:top"><b>FATTURA</b><br>Fattura n. <b>87/2024</b><br>Data: 07/05/2024<br>DDT n. 142 del 30/04/2024<br>Scadenza: 06/06/2024</td></tr></table>
<table class="items"><tr><th>Descrizione</th><th class="r">Q.t&agrave;</th><th class="r">Prezzo</th><th class="r">Importo</th></tr>
{rows([["Sostituzione caldaia a condensazione","1","620,00","620,00"],["Raccordi e valvole","1","80,00","80,00"],["Manodopera (ore)","2","50,00","100,00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:48%"><tr><td>Imponibile</td><td class="r">800,00</td></tr>
<tr><td>IVA 22%</td><td class="r">176,00</td></tr>
<tr><td><b>Totale documento</b></td><td class="r"><b>&euro; 976,00</b></td></tr></table>
<p class="small">Pagamento: bonifico bancario 30 gg d.f. &ndash; IBAN IT60 X054 2811 1010 0000 0123 456 &ndash; Codice destinatario SDI: M5UXCR1</p>
""", font="'Liberation Sans', Arial, sans-serif")

# 8 Canadian GST/PST
w("ca_invoice", f"""
<h1>Northern Peak Renovations Inc.</h1>
<div>1575 W 4th Ave, Vancouver, BC V6J 1L9 &middot; 604-555-0187 &middot; GST/HST Reg. No. 81234 5678 RT0001 &middot; PST-1234-5678</div>
<table style="width:100%;margin-top:16px"><tr><td style="width:55%"><b>Bill To:</b><br>Sarah &amp; Kevin Tran<br>3390 Cambie St<br>Vancouver, BC V5Z 2W5</td>
<td style="vertical-align:top"><table><tr><td><b>INVOICE</b></td><td class="r"><b>10482</b></td></tr>
<tr><td>Date:</td><td class="r">June 3, 2024</td></tr><tr><td>Due:</td><td class="r">July 3, 2024</td></tr>
<tr><td>Project #:</td><td class="r">P-2024-077</td></tr><tr><td>Estimate #:</td><td class="r">E-3319</td></tr></table></td></tr></table>
<table class="items"><tr><th>Description</th><th class="r">Hours/Qty</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{rows([["Bathroom demolition and disposal","1","1,150.00","1,150.00"],["Tile supply &amp; install (sq ft)","85","24.00","2,040.00"],["Vanity install","1","650.00","650.00"],["Carpentry (hrs)","6","70.00","420.00"],["Permit fee","1","180.00","180.00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Subtotal</td><td class="r">4,440.00</td></tr>
<tr><td>GST 5%</td><td class="r">222.00</td></tr><tr><td>PST 7%</td><td class="r">310.80</td></tr>
<tr><td><b>TOTAL (CAD)</b></td><td class="r"><b>$4,972.80</b></td></tr></table>
<p class="small">Payment by e-Transfer to billing@northernpeakreno.ca or cheque. Deposit of $1,000.00 received May 6, 2024 is shown on statement, not on this invoice. Thank you!</p>
""", font="'DejaVu Sans', sans-serif", fs="10.5pt")

# 9 Australian tax invoice
w("au_tax_invoice", f"""
<table style="width:100%"><tr><td><h1>Coastal Sparks Electrical Pty Ltd</h1>ABN 51 824 753 556 &middot; Lic. No. 291734C<br>PO Box 1182, Burleigh Heads QLD 4220<br>Ph 07 5535 8821 &middot; Mob 0412 558 093</td>
<td class="r" style="vertical-align:top"><h1>TAX INVOICE</h1></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><b>Invoice To</b><br>Palm Grove Body Corporate<br>c/- Archer Strata Management<br>22 Gold Coast Hwy, Mermaid Beach QLD 4218</td>
<td style="vertical-align:top"><table><tr><td>Invoice No.</td><td><b>INV-003317</b></td></tr><tr><td>Date</td><td>15/07/2024</td></tr>
<tr><td>Due Date</td><td>29/07/2024</td></tr><tr><td>Order No.</td><td>PG-558</td></tr><tr><td>Job Date</td><td>10/07/2024</td></tr></table></td></tr></table>
<table class="items"><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit Price</th><th class="r">GST</th><th class="r">Amount</th></tr>
{rows([["LED batten replacement - carpark","12","45.00","54.00","540.00"],["Emergency light test &amp; tag","1","170.00","17.00","170.00"],["Call-out fee","1","90.00","9.00","90.00"]])}
</table>
<table style="margin-left:auto;margin-top:10px;width:45%"><tr><td>Subtotal (ex GST)</td><td class="r">$800.00</td></tr>
<tr><td>GST</td><td class="r">$80.00</td></tr><tr><td><b>Total (inc GST) AUD</b></td><td class="r"><b>$880.00</b></td></tr></table>
<p class="small">EFT: BSB 034-215 &middot; Acc 448 192 &middot; Ref INV-003317. Payment terms 14 days.</p>
""")

# 10 Restaurant receipt (narrow)
w("restaurant_receipt", """
<div style="text-align:center"><b style="font-size:1.3em">THE COPPER KETTLE BISTRO</b><br>The Copper Kettle Bistro LLC<br>218 Pearl Street<br>Boulder, CO 80302<br>(303) 555-0162</div>
<pre style="font-family:inherit">
--------------------------------
Invoice No: 24-30918
Receipt #: 0457
Date: 08/09/2024   Time: 19:42
Table: 12   Guests: 3
Server: Mia    Terminal: 02
--------------------------------
2 Heirloom Tomato Salad   26.00
1 Trout Amandine          29.50
1 Braised Short Rib       34.00
3 House Lemonade          13.50
1 Bread Pudding            9.00
--------------------------------
Subtotal                 112.00
Sales Tax 8.845%           9.91
TOTAL                   $121.91
--------------------------------
VISA ************4821     121.91
Auth: 0338K2
Change                     0.00

 Suggested tip 18%: 20.16
 Suggested tip 20%: 22.40
    Thank you! Come again.
</pre>
""", page="80mm 220mm", font="'DejaVu Sans Mono', 'Courier New', monospace", fs="9pt")

# 11 Hotel bill
w("hotel_bill", f"""
<div style="text-align:center"><h1>The Harbour View Hotel</h1>The Harbour View Hotel Ltd &middot; Dock Road, Galway H91 X2C4, Ireland<br>+353 91 555 820 &middot; reservations@harbourview.ie &middot; VAT No. IE 9876543W</div>
<h2 style="margin-top:16px">INVOICE</h2>
<table style="width:100%"><tr><td style="width:50%">Guest: Ms Anna Kowalski<br>Company: Baltic Freight Sp. z o.o.<br>ul. Morska 40, 81-323 Gdynia, Poland<br>Company VAT: PL5862291043</td>
<td style="vertical-align:top"><table><tr><td>Invoice No.</td><td><b>HV-558201</b></td></tr><tr><td>Folio No.</td><td>77314</td></tr>
<tr><td>Room</td><td>312</td></tr><tr><td>Arrival</td><td>11/10/2024</td></tr><tr><td>Departure</td><td>14/10/2024</td></tr>
<tr><td>Invoice Date</td><td>14/10/2024</td></tr><tr><td>Confirmation</td><td>HVG-40918823</td></tr></table></td></tr></table>
<table class="items"><tr><th>Date</th><th>Description</th><th class="r">Charges EUR</th><th class="r">Credits EUR</th></tr>
<tr><td>11/10/2024</td><td>Accommodation - Superior Double</td><td class="r">165.00</td><td></td></tr>
<tr><td>11/10/2024</td><td>Restaurant - Dinner</td><td class="r">48.50</td><td></td></tr>
<tr><td>12/10/2024</td><td>Accommodation - Superior Double</td><td class="r">165.00</td><td></td></tr>
<tr><td>12/10/2024</td><td>Bar</td><td class="r">22.95</td><td></td></tr>
<tr><td>13/10/2024</td><td>Accommodation - Superior Double</td><td class="r">165.00</td><td></td></tr>
<tr><td>13/10/2024</td><td>Car Parking (3 nights)</td><td class="r">30.00</td><td></td></tr>
<tr><td>14/10/2024</td><td>Mastercard ****5517</td><td></td><td class="r">596.45</td></tr></table>
<table style="margin-left:auto;margin-top:10px;width:50%"><tr><td>Total excl. VAT</td><td class="r">537.21</td></tr>
<tr><td>VAT 9% / 13.5% / 23%</td><td class="r">59.24</td></tr>
<tr><td><b>Total EUR</b></td><td class="r"><b>596.45</b></td></tr><tr><td>Balance</td><td class="r">0.00</td></tr></table>
<p class="small">Thank you for staying with us. Registered in Ireland No. 402118.</p>
""", font="'Liberation Serif', serif")

# 12 Dental bill
w("dental_bill", f"""
<table style="width:100%"><tr><td><h1>Brightside Family Dentistry, P.C.</h1>901 Oak Park Ave, Suite 210, Oak Park, IL 60302<br>(708) 555-0134 &middot; Fax (708) 555-0135 &middot; Tax ID 36-4410287</td></tr></table>
<h2 style="margin-top:14px">PATIENT INVOICE</h2>
<table style="width:100%"><tr><td style="width:50%">Responsible Party:<br>Robert Alvarez<br>1140 N Euclid Ave<br>Oak Park, IL 60302</td>
<td style="vertical-align:top"><table><tr><td>Invoice #</td><td><b>77120</b></td></tr><tr><td>Statement Date</td><td>11/18/2024</td></tr>
<tr><td>Account #</td><td>ALV-2231</td></tr><tr><td>Patient DOB</td><td>04/22/1986</td></tr><tr><td>Please pay by</td><td>12/18/2024</td></tr></table></td></tr></table>
<table class="items"><tr><th>Date of Service</th><th>Code</th><th>Procedure</th><th>Tooth</th><th class="r">Fee</th></tr>
<tr><td>11/04/2024</td><td>D0120</td><td>Periodic oral evaluation</td><td></td><td class="r">65.00</td></tr>
<tr><td>11/04/2024</td><td>D1110</td><td>Prophylaxis - adult</td><td></td><td class="r">110.00</td></tr>
<tr><td>11/04/2024</td><td>D2392</td><td>Resin composite, 2 surf, posterior</td><td>30</td><td class="r">245.00</td></tr>
<tr><td>11/04/2024</td><td>D0274</td><td>Bitewings - four films</td><td></td><td class="r">65.00</td></tr></table>
<table style="margin-left:auto;margin-top:10px;width:50%"><tr><td>Total Charges</td><td class="r">485.00</td></tr>
<tr><td>Payments / Adjustments</td><td class="r">0.00</td></tr><tr><td><b>Amount Due</b></td><td class="r"><b>$485.00</b></td></tr></table>
<p class="small">Self-pay patient. Next recall appointment: 05/06/2025 at 9:30 AM. Questions about your bill? Call (708) 555-0134, ext. 2.</p>
""", font="Tahoma, 'DejaVu Sans', sans-serif", fs="10.5pt")
print("ok")
