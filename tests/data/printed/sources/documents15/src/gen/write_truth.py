# Written by hand before any extraction; run once to produce ../../truth.json.
import json
D, A, T = "date", "amount", "text"
docs = {
 "inv_saas_ie.pdf": ({
   "invoice_number": ("INV-2025-004817", T), "invoice_date": ("2025-03-01", D), "due_date": ("2025-03-31", D),
   "customer_name": ("Kestrel Foods Ltd", T), "vat_amount": (356.27, A), "total": (1905.27, A),
   "period_start": ("2025-03-01", D), "period_end": ("2025-03-31", D)},
   "Invoice (SaaS subscription), English, Ireland. Chromium headless from HTML (CSS grid/flex). Meta row of three boxes with labels ABOVE values: "
   "'INVOICE NUMBER' / 'DATE OF ISSUE 01 Mar 2025' / 'DATE DUE 31 Mar 2025' (labels uppercased by CSS text-transform; source text is 'Invoice number'). "
   "Banner '€1,905.27 due 31 March 2025'. Totals: 'VAT (23% on €1,549.00) €356.27', 'Amount due €1,905.27' (no line called 'Total'). "
   "Service period printed 'Service period: 1 Mar 2025 – 31 Mar 2025' (en dash); an API overage line also says 'Metered, Feb 1 – Feb 28, 2025' (distractor). "
   "Customer under 'BILL TO': 'Kestrel Foods Ltd'."),
 "inv_wholesale_at.pdf": ({
   "invoice_number": ("RE-25-011873", T), "invoice_date": ("2025-03-12", D), "due_date": ("2025-04-11", D),
   "customer_number": ("100482", T), "delivery_note_number": ("LS-25-034419", T),
   "vat_amount": (295.15, A), "total": (2431.78, A), "vendor": ("Alpengross Handels GmbH", T)},
   "Invoice (food-service wholesaler, 29 line items, 2 pages), German (Austria). LibreOffice Writer from HTML (HTML (StarWriter) import). "
   "Header block labels left of values: 'Rechnungsnummer: RE-25-011873', 'Rechnungsdatum: 12.03.2025', 'Kundennummer: 100482', 'Lieferschein-Nr.: LS-25-034419', 'Liefertag: 11.03.2025'. "
   "Two VAT rates (10 % and 20 %) in a small table; 'Summe USt 295,15 €' is the total VAT; 'Gesamtbetrag 2.431,78 €'. "
   "'Fälligkeitsdatum: 11.04.2025'; a Skonto sentence gives 48,64 € and 2.383,14 € (distractors). Totals and due date are on page 2. "
   "Vendor: 'Alpengross Handels GmbH' (logo text 'ALPENGROSS')."),
 "inv_consultant_no.pdf": ({
   "invoice_number": ("2025-0142", T), "invoice_date": ("2025-02-14", D), "due_date": ("2025-02-28", D),
   "customer_name": ("Hordaland Marine Service AS", T), "vat_amount": (19053.75, A), "total": (95268.75, A),
   "account_number": ("3201.45.67890", T), "kid_number": ("20250142201178", T)},
   "Invoice (management consultant), Norwegian. fpdf2 (DejaVu Sans). Labels left, values right-aligned: 'Fakturanr. 2025-0142', 'Fakturadato 14.02.2025', 'Forfallsdato 28.02.2025', 'Kundenr. 20117'. "
   "Amounts with space thousands separator: 'Mva 25 % 19 053,75', 'Å betale NOK 95 268,75'. Payment box 'Kontonummer: 3201.45.67890', 'KID: 20250142201178'. "
   "Customer is the first line of the address block without a label. A line item mentions 'Workshop ledergruppe 22.01.2025' (distractor date)."),
 "inv_utility_fi.pdf": ({
   "invoice_number": ("81004477261", T), "invoice_date": ("2025-02-05", D), "due_date": ("2025-02-19", D),
   "reference_number": ("55321 07202 504", T), "period_start": ("2024-11-01", D), "period_end": ("2025-01-31", D),
   "consumption_kwh": (6412, A), "total": (1076.51, A)},
   "Invoice (electricity, quarterly), Finnish. pdflatex (Helvetica/Nimbus Sans). 'Laskun numero 81004477261', 'Laskun päivämäärä 05.02.2025', 'Eräpäivä 19.02.2025', "
   "'Viitenumero 55321 07202 504' (Finnish reference, printed in groups), 'Laskutusjakso 01.11.2024 – 31.01.2025'. Consumption '6 412 kWh' (space thousands) in the Kulutus table "
   "(meter readings 48 215 / 54 627 kWh dated 31.10.2024 / 31.01.2025 are distractors). 'Maksettava yhteensä 1 076,51 EUR' and 'Yhteensä 1 076,51 EUR'; "
   "giro form at the bottom repeats Viitenro/Eräpäivä/Euro 1 076,51. Currency written EUR."),
 "credit_note_be.pdf": ({
   "credit_note_number": ("NC-2025-0037", T), "credit_note_date": ("2025-03-21", D), "original_invoice_number": ("F-2025-0412", T),
   "customer_number": ("C-30918", T), "vat_amount": (-337.05, A), "total": (-1942.05, A), "vendor": ("Imprimerie Delvaux SRL", T)},
   "Credit note, French (Belgium). wkhtmltopdf (Qt WebKit) from HTML, zoom 1.3. 'Numéro : NC-2025-0037', 'Date : 21/03/2025', "
   "'Facture d'origine : F-2025-0412 du 04/03/2025' (the date there is the original invoice's, a distractor), 'N° client : C-30918'. "
   "Totals printed with a minus sign and Belgian format: 'TVA 21 % -337,05 €', 'Total TVAC -1.942,05 €'; the note text repeats 'Le montant de 1.942,05 €' unsigned. "
   "Vendor legal name 'Imprimerie Delvaux SRL' (logo line reads 'Imprimerie Delvaux')."),
 "gym_ch.pdf": ({
   "invoice_number": ("2025-118044", T), "invoice_date": ("2025-01-03", D), "due_date": ("2025-01-31", D),
   "member_name": ("Lukas Brunner", T), "membership_number": ("700-48213", T),
   "period_start": ("2025-02-01", D), "period_end": ("2026-01-31", D), "total": (1345.50, A)},
   "Gym membership invoice, German (Switzerland). groff -ms + tbl, -Tpdf (Helvetica). Header table of label/value pairs in 4 columns: "
   "'Rechnungsnummer: 2025-118044 | Datum: 03.01.2025', 'Mitglied: Lukas Brunner | Zahlbar bis: 31.01.2025', 'Mitgliedernummer: 700-48213', 'Abo-Periode: 01.02.2025 – 31.01.2026'. "
   "Swiss amounts with ASCII apostrophe: 'Total inkl. MWST 1'345.50'; VAT line 'MWST 8.1 % auf CHF 1'345.50 = CHF 100.82'; QR-bill receipt part prints 'CHF 1 345.50' (space, per QR-bill rules). "
   "Discount line uses a Unicode minus '−64.50'."),
 "ev_charging_be.pdf": ({
   "receipt_number": ("00482-117390", T), "session_date": ("2025-02-17", D), "station": ("E40 Aalter-Noord", T),
   "energy_kwh": (48.362, A), "price_per_kwh": (0.690, A), "vat_amount": (5.79, A), "total": (33.37, A)},
   "EV fast-charging receipt (kasticket), Dutch (Flanders, Belgium). enscript (Courier, latin1) + ps2pdf; monospaced till-receipt layout with 'label : value'. "
   "'Ticketnr. : 00482-117390', 'Datum : 17/02/2025', 'Station : E40 Aalter-Noord' (header line also says 'Laadstation E40 Aalter-Noord'), "
   "'Geleverde energie 48,362 kWh' (decimal comma, three decimals), 'Prijs per kWh 0,690 EUR', 'TOTAAL 33,37 EUR'. VAT only in a BTW table row '21% 27,58 EUR 5,79 EUR 33,37 EUR'. "
   "Meter readings '183 204,117 kWh' are distractors."),
 "car_rental_mx.pdf": ({
   "agreement_number": ("BJX-250318-0921", T), "customer_name": ("Daniela Ibarra Montoya", T),
   "pickup_date": ("2025-03-18", D), "return_date": ("2025-03-22", D), "vehicle_plate": ("GTR-482-B", T),
   "vat_amount": (830.40, A), "total": (6020.40, A)},
   "Car rental agreement / closing receipt, Spanish (Mexico). Chromium headless from HTML. Boxed grid cells with small uppercase labels ABOVE values: "
   "'NOMBRE DEL CLIENTE Daniela Ibarra Montoya', 'FECHA DE SALIDA 18/03/2025', 'FECHA DE DEVOLUCIÓN 22/03/2025' (dd/mm/yyyy), license expiry '14/09/2027' distractor. "
   "'Contrato No. BJX-250318-0921' in the title line. Plates in a vehicle table column 'Placas': 'GTR-482-B'. Mexican amounts '$6,020.40': 'IVA 16% $830.40', "
   "'Total a pagar (MXN) $6,020.40'; deposit '$8,000.00' distractor below the total."),
 "property_tax_cz.pdf": ({
   "taxpayer_name": ("Ing. Petr Novák", T), "tax_year": ("2025", T), "total": (3742, A), "due_date": ("2025-06-02", D),
   "account_number": ("7711-77628621/0710", T), "variable_symbol": ("4206118839", T), "issue_date": ("2025-04-14", D)},
   "Property tax payment notice (Informace k placení daně z nemovitých věcí), Czech. LibreOffice from hand-written Flat ODT (.fodt). Two-column bordered table, labels left: "
   "'Poplatník Ing. Petr Novák', 'Zdaňovací období 2025', 'Daň celkem 3 742 Kč' (no decimals, space thousands), 'Splatnost 02.06.2025', "
   "'Číslo účtu finančního úřadu 7711-77628621/0710', 'Variabilní symbol 4206118839'. Issue date only in the closing line 'V Brně dne 14. 4. 2025' (Czech d. m. yyyy with spaces). "
   "Breakdown table amounts 1 480 / 412 / 1 850 are distractors."),
 "dividend_us.pdf": ({
   "account_number": ("5XK-204881", T), "record_date": ("2025-02-26", D), "pay_date": ("2025-03-12", D),
   "shares_held": (1250, A), "gross_amount": (1056.25, A), "withholding_tax": (158.44, A), "net_amount": (897.81, A)},
   "Dividend payment advice, English (US broker, non-resident client). pdflatex (Times). US dates MM/DD/YYYY: 'Record date 02/26/2025', 'Pay date 03/12/2025' "
   "(Declaration 02/05/2025, Ex-dividend 02/26/2025 and Statement date 03/14/2025 are distractors; 03/12 is ambiguous alone, 02/26 disambiguates). "
   "'Shares held on record date 1,250.000'. 'Gross dividend $1,056.25', 'Less: Nonresident alien tax withheld (15% treaty rate, Ch. 3) $158.44' (positive, under 'Less:'), "
   "'Net amount credited to account $897.81'. Year-to-date block $2,318.40 / $347.76 are distractors."),
 "quote_ar.pdf": ({
   "quote_number": ("0003-00001587", T), "quote_date": ("2025-04-07", D), "valid_until": ("2025-04-22", D),
   "customer_name": ("Consorcio de Propietarios Av. Rivadavia 5870", T), "subtotal": (6691000.00, A),
   "vat_amount": (1405110.00, A), "total": (8096110.00, A)},
   "Quote (presupuesto) from a painting contractor, Spanish (Argentina). fpdf2 (DejaVu Sans), AFIP-style header with 'X' box. 'N°: 0003-00001587', 'Fecha: 07/04/2025' "
   "(also 'Inicio de actividades: 01/08/2012' and a site visit '02/04/2025' as distractors). Validity only in prose: 'Validez de la oferta: hasta el 22/04/2025.' "
   "Customer after 'Señor(es):'. Argentine amounts '$ 8.096.110,00' (dot thousands, comma decimals): 'Subtotal $ 6.691.000,00', 'IVA 21% $ 1.405.110,00', 'TOTAL $ 8.096.110,00'."),
 "flight_receipt_uk.pdf": ({
   "booking_reference": ("K7Q2XM", T), "ticket_number": ("738-2419057731", T), "passenger_name": ("MS EMILY CLARKE", T),
   "issue_date": ("2025-01-24", D), "base_fare": (186.00, A), "taxes_and_fees": (61.40, A), "total": (247.40, A)},
   "Airline e-ticket receipt, English (UK). wkhtmltopdf from HTML. Key/value table: 'Passenger name MS EMILY CLARKE', 'Booking reference K7Q2XM', 'Ticket number 738-2419057731', "
   "'Date of issue 24 Jan 2025' (flight dates 14 Mar 2025 / 18 Mar 2025 are distractors). Payment table: 'Fare GBP 186.00', four tax lines, "
   "'Taxes, fees and charges GBP 61.40', 'Total amount paid GBP 247.40'. Fare calculation line has NUC numbers (distractors)."),
 "courier_receipt_sk.pdf": ({
   "tracking_number": ("EK 4005 8821 7734 SK", T), "shipment_date": ("2025-04-09", D), "sender_name": ("Zuzana Kováčová", T),
   "recipient_name": ("Martin Horváth", T), "weight_kg": (3.4, A), "total": (9.10, A)},
   "Courier shipment receipt (podací lístok), Slovak. LibreOffice Writer from HTML. 'Číslo zásielky: EK 4005 8821 7734 SK' (tracking number printed with spaces), "
   "'Dátum podania: 09.04.2025 15:47' (date with time), sender/recipient names on the line under headings 'Odosielateľ' / 'Adresát' in a bordered two-cell row. "
   "Weight in a table column 'Hmotnosť': '3,4 kg'. 'Cena spolu s DPH 9,10 €' (also 'Cena bez DPH 7,40 €', 'DPH 23 % 1,70 €'). Fine print date 01.01.2025 distractor."),
 "internet_bill_pl.pdf": ({
   "invoice_number": ("FV/2025/03/118274", T), "invoice_date": ("2025-03-01", D), "due_date": ("2025-03-15", D),
   "customer_number": ("3004471", T), "period_start": ("2025-03-01", D), "period_end": ("2025-03-31", D),
   "vat_amount": (21.50, A), "total": (114.99, A)},
   "Internet/TV bill (Faktura VAT), Polish. fpdf2 (DejaVu Sans). Title 'Faktura VAT' with 'nr FV/2025/03/118274' under it. Boxes with small labels ABOVE values: "
   "'Data wystawienia 01.03.2025', 'Data sprzedaży 01.03.2025', 'Numer klienta 3004471', 'Termin płatności 15.03.2025', 'Okres rozliczeniowy 01.03.2025 – 31.03.2025'. "
   "VAT total only in the 'Razem' row of the item table under column 'Kwota VAT': '21,50'. 'Do zapłaty: 114,99 zł' in a box; amounts with comma decimals."),
}
truth = {}
for name, (fields, notes) in docs.items():
    truth[name] = {"fields": {k: v for k, (v, _) in fields.items()},
                   "kinds": {k: kd for k, (_, kd) in fields.items()},
                   "notes": notes}
out = __file__.rsplit("/src/gen/", 1)[0] + "/truth.json"
with open(out, "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(len(truth), "docs,", sum(len(d["fields"]) for d in truth.values()), "fields")
