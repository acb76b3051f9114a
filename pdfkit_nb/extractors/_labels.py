"""Label knowledge for the rules extractor: concepts, their labels in several languages."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .._bidi import has_latin, has_rtl

__all__ = [
    "COMPANY_SUFFIX",
    "CONCEPTS",
    "TITLE_WORD",
    "Concept",
    "LabelBook",
    "LabelInfo",
    "concept_for_field",
    "field_book",
    "field_labels",
    "fold",
    "fold_text",
    "label_book",
    "squash",
    "word_tokens",
]

#: Label strengths. A field takes its value from the strongest label found; weaker ones
#: (a bare "Date", "Invoice" as a title) only decide when nothing better is on the page.
STRONG, MEDIUM, WEAK = 3.0, 2.0, 1.0


@dataclass(frozen=True)
class LabelInfo:
    """One label: the concept it announces, how strongly, and where it may stand."""

    concept: str
    weight: float
    #: Only counts after a document-title word on the same line ("Rechnung Nr. 42 vom ...").
    title: bool = False
    #: Only counts at the start of a line or column ("To", "From", "Seller", a bare "Total").
    anchored: bool = False
    #: Only counts when followed by a colon or a gap ("Seller:", "Bill to  |", not "Lieferant
    #: GmbH" where the word is part of a name).
    closed: bool = False
    #: Names a period: counts only where a range of dates is printed ("Periode 01-02-2025 t/m
    #: 28-02-2025"), for a field of its first or last date (``period_start``, ``period_end``).
    period: bool = False
    #: Heads a column of what the field totals: only the column's cell in the table's total
    #: row counts ("WEIGHT (LBS)" over the rows and "GRAND TOTAL 2,415" for total_weight).
    total: bool = False
    #: Heads a column of rates, which no row totals: its first row counts ("PRICE / L" over
    #: the fuel's price and a levy's, for price_per_litre).
    first_row: bool = False
    #: Only counts on a page titled as the document the field names ("P/L No." for
    #: packing_list_number on a packing list; see ``_doctypes``): as that kind of document
    #: (its name: "Sipariş No" is a purchase order's number, not an order confirmation's),
    #: or as any the field names ("*": a bare "No." under the title).
    document: str = ""

    @property
    def key_only(self) -> bool:
        """Whether it counts only as a key, wherever it stands in its line: "Hotel" for
        hotel_name ("Hotel: …"), not the word opening "Hotel Seeblick Weggis AG"."""
        return self.closed and not self.anchored


@dataclass(frozen=True)
class Concept:
    """A kind of value invoices carry, and how to choose among several sightings."""

    name: str
    kind: str
    #: ``"first"``: header fields (top of page one win); ``"last"``: totals (end of document).
    policy: str = "first"
    #: Another concept to use when this one's labels are absent (amount due → total).
    fallback: str | None = None


def _c(name: str, kind: str, policy: str = "first", fallback: str | None = None) -> Concept:
    return Concept(name, kind, policy, fallback)


CONCEPTS: dict[str, Concept] = {
    c.name: c
    for c in (
        _c("invoice_number", "id"),
        _c("invoice_date", "date"),
        _c("due_date", "date"),
        _c("total", "amount", "last", fallback="amount_due"),
        _c("amount_due", "amount", "last", fallback="total"),
        _c("subtotal", "amount", "last"),
        _c("tax", "amount", "last"),
        _c("currency", "currency"),
        _c("vendor", "text"),
        _c("customer", "text"),
        _c("po_number", "id"),
        _c("iban", "id"),
        _c("bic", "id"),
        _c("email", "text"),
        _c("phone", "text"),
        _c("vat_id", "id"),
        _c("customer_number", "id"),
        _c("order_number", "id"),
        # Distractors: never asked for by name, but their labels must be recognised so that
        # "Order Date" is not read as "Date", nor "Subtotal" as "Total".
        _c("other_date", "date"),
        _c("other_amount", "amount"),
        _c("other_id", "id"),
        _c("other", "text"),
        _c("table_header", "text"),
    )
}

# Field names (lower case, words joined by "_") that mean a concept: "concept: name name ...".
_SYNONYMS = """
invoice_number: invoice_number invoice_no invoice_id invoice_num invoice_nr invoice_ref
invoice_number: inv_no inv_number inv_num invoice_nbr bill_number bill_no
invoice_number: receipt_number receipt_no document_number doc_number credit_note_number
invoice_number: credit_memo_number debit_memo_number debit_note_number
invoice_number: rechnungsnummer rechnungsnr numero_facture facture_no numero_fattura
invoice_number: numero_factura factuurnummer belegnummer fakturanummer fakturanr
invoice_date: date invoice_date issue_date issued issued_on date_issued date_of_issue bill_date
invoice_date: billing_date document_date doc_date receipt_date rechnungsdatum datum date_facture
invoice_date: belegdatum fecha fecha_factura data_fattura factuurdatum fakturadato
invoice_date: fakturadatum credit_note_date credit_memo_date debit_note_date
due_date: due_date date_due payment_due payment_due_date due_on due_by faelligkeit falligkeit
due_date: faelligkeitsdatum falligkeitsdatum zahlungsziel date_echeance echeance scadenza
due_date: fecha_vencimiento vervaldatum forfallsdato forfallodatum
total: total amount total_gross grand_total total_amount gross gross_amount gross_total
total: invoice_total invoice_amount total_incl_tax total_incl_vat total_with_tax sum total_price
total: gesamtbetrag bruttobetrag montant_ttc total_ttc rechnungsbetrag endbetrag betrag
total: montant montant_total importe importe_total totale totaal
total: total_inc_vat total_including_vat total_inc_gst total_incl_gst total_inc_tax
total: amount_incl_vat amount_inc_vat amount_incl_gst amount_inc_gst amount_incl_tax
amount_due: amount_due balance_due balance due_amount amount_payable total_due to_pay
amount_due: outstanding amount_outstanding zahlbetrag open_amount net_payable
amount_due: total_amount_due total_amount_payable total_payable amount_to_pay total_to_pay
amount_due: balance_payable
subtotal: subtotal sub_total net net_amount net_total total_net total_excl_tax total_excl_vat
subtotal: net_value
subtotal: total_ex_vat total_before_tax nettobetrag montant_ht total_ht tax_base taxable_amount
subtotal: amount_excl_vat amount_ex_vat amount_excl_tax amount_ex_tax amount_before_tax
subtotal: subtotal_excl_vat subtotal_ex_vat subtotal_excl_tax subtotal_ex_tax subtotal_ht
subtotal: total_ex_gst total_excl_gst subtotal_ex_gst subtotal_excl_gst amount_ex_gst
subtotal: net_amount_ht amount_ht total_ex_tax
tax: tax vat tax_amount vat_amount sales_tax gst mwst ust tva tax_total vat_total gst_amount
tax: hst hst_amount iva iva_amount btw moms total_tax total_vat
currency: currency currency_code waehrung wahrung devise
vendor: vendor vendor_name issuer issuer_name seller seller_name supplier supplier_name company
vendor: company_name merchant merchant_name from sender biller provider lieferant verkaeufer
vendor: fournisseur verkaufer fornitore proveedor
vendor: insurer insurer_name insurance_company authority issuing_authority charity charity_name
vendor: school school_name college university club club_name
customer: customer customer_name buyer buyer_name bill_to billed_to client client_name recipient
customer: sold_to kunde empfaenger empfanger kaeufer kaufer
po_number: po_number po_no po purchase_order purchase_order_number order_reference po_ref
po_number: bestellnummer
po_number: buyer_order_number buyers_order_number buyer_order_no customer_order_number
po_number: customer_order_no customer_po customer_po_number
iban: iban iban_number bank_account account_iban
bic: bic swift swift_code bic_code bic_swift swift_bic bic_number swift_number bank_bic
email: email e_mail email_address mail vendor_email
phone: phone phone_number telephone tel mobile vendor_phone
vat_id: vat_id vat_number vat_no tax_id tax_number vat_reg_no ust_id ustid uid steuernummer
vat_id: tva_intracom gst_number gst_no gstin gst_hst_number hst_number abn abn_number
vat_id: rfc cnpj rut nit tin trn ruc cuit npwp kra_pin
vat_id: nif nip dic cif gst_id gst_reg_no gst_registration_number gst_reg_number
vat_id: vat_registration_number
customer_number: customer_number customer_no customer_id kundennummer
order_number: order_number order_no order_id ordernummer
"""
_FIELD_TO_CONCEPT: dict[str, str] = {
    name: concept
    for concept, _, names in (row.partition(":") for row in _SYNONYMS.strip().splitlines())
    for name in names.split()
}


# Labels for fields the rules have no concept for, by field name (then its aliases): what
# statements, purchase orders, quotations, policies and payslips print, in the languages the
# rules read. A field so named is found under these as well as under the words of its name,
# and these win: "Annual premium" over "Last year's premium" for a field named premium.
_FIELD_LABELS = """
order_date order_dt po_date: order date | date ordered | po date | date of order | orderdatum
order_date: bestelldatum | auftragsdatum | date de commande | fecha de pedido | besteldatum
order_date: fecha del pedido | fecha de orden | data ordine | data dell ordine
delivery_date delivery_by required_by ship_by need_by need_by_date required_by_date: delivery date
delivery_date: deliver by | delivery by
delivery_date: fecha entrega | data entrega | data wydania | geplande levering
delivery_date: geplande leverdatum | voorziene levering | verwachte levering
delivery_date: required by | date required | need by | required delivery date | lieferdatum
delivery_date: liefertermin | fecha de entrega | date de livraison | leveringsdatum
delivery_date: data di consegna | data consegna | date livraison | leverdatum
# ... and the date of supply a VAT invoice prints beside its own (as Hungarian "teljesítés
# dátuma" below): the date the goods were delivered or the work was done.
delivery_date: leistungsdatum | liefer und leistungsdatum | liefer leistungsdatum | duzp
delivery_date: datum uskutecneni zdanitelneho plneni | datum zdanitelneho plneni | data dostawy
delivery_date: datum usk zdanitelneho plneni | datum uskut zdan plneni | datum dodani
delivery_date: date of supply | supply date | datum dodania
# A construction contract's progress bill: the share held back until completion, and what
# earlier bills (certificates, applications) already asked for.
retention_amount retention retainage retainage_amount holdback holdback_amount: retention
retention_amount retention_held retention_withheld: less retention | retainage | less retainage
retention_amount: holdback | less holdback | retention held | retention this claim
retention_amount: sicherheitseinbehalt | abzgl sicherheitseinbehalt | einbehalt
retention_amount: retenue de garantie | retencion de garantia | retencion | ritenuta a garanzia
retention_amount: garantie inhouding | inhouding | retentie
retention_amount: haftrucklass | abzuglich haftrucklass | deckungsrucklass | total retainage
retention_amount: ritenuta di garanzia | trattenuta a garanzia
previous_payments previous_payments_received previously_paid: previous payments
previous_payments previous_certificates: previous certificate
previous_payments previous_certified previously_certified previous_billings: previously paid
previous_payments: previous payments received | less previous payments | less previous certificates
previous_payments: previous certificates | previously certified | previous billings
previous_payments: less previous certificates for payment | bisherige abschlagszahlungen
previous_payments: bereits gezahlt | bisher gezahlt | bereits geleistete zahlungen
previous_payments: situations precedentes | deja facture | paiements anterieurs
previous_payments: certificado anterior | certificaciones anteriores | pagos anteriores
previous_payments: eerder gefactureerd | reeds gefactureerd | vorige termijnen
previous_payments: abzuglich teilrechnungen | summe teilrechnungen | bisherige teilrechnungen
previous_payments: abzuglich abschlagsrechnungen | bisherige abschlagsrechnungen
# What a progress bill has come to so far, before retention and what was paid: an AIA
# application's line 4, a German Abschlagsrechnung's "Leistungsstand kumuliert".
work_completed_to_date completed_to_date work_to_date: work completed to date
work_completed_to_date: total completed to date | total completed and stored to date
work_completed_to_date: completed and stored to date | value of work completed
work_completed_to_date: leistungsstand kumuliert | leistungsstand kumuliert netto
work_completed_to_date: gesamtleistung kumuliert | bisher erbrachte leistungen
work_completed_to_date: travaux realises a ce jour | montant cumule des travaux
work_completed_to_date: obra ejecutada a origen | importo lavori eseguiti | lavori eseguiti
# What a tenant or a flat's owner is asked for: the rent, the service charge (the building's
# running costs), the reserve fund (for major repairs), the levy of a body corporate, a
# housing cooperative or a Finnish housing company, an advance on heating, a special levy.
rent_amount rent base_rent net_rent monthly_rent: rent | base rent | net rent | kale huur
rent_amount: huur | hyra | hyra bostad | husleje | leie | najemne | czynsz | aluguel | loyer
rent_amount: loyer hors charges | miete | nettomiete | grundmiete | kaltmiete | affitto
rent_amount: canone | canone di locazione | alquiler | renda | vuokra | 家賃 | 賃料
service_charge service_charges service_costs: service charge | service charges
service_charge: servicekosten | voorschot servicekosten | nebenkosten | akonto nebenkosten
service_charge: charges communes | provision charges communes | zalohy na sluzby
service_charge: quota ordinaria | condominio | cuota de comunidad | gastos comunes
service_charge: spese condominiali | 管理費 | 共益費
reserve_fund reserve_fund_levy sinking_fund: reserve fund | reserve fund levy | sinking fund
reserve_fund: long term maintenance fund | fonds de reserve | fondo de reserva
reserve_fund: fundo de reserva | reservefonds | erneuerungsfonds | reparationsfond
reserve_fund: underhallsfond | 修繕積立金
levy_amount levy: levy | admin levy | administrative levy | operating levy
levy_amount: operating account levy | body corporate levy | strata levy | boligafgift
levy_amount: hoitovastike | vastike
special_levy special_assessment: special levy | special assessment | quota extraordinaria
special_levy: sonderumlage | derrama | appel de fonds extraordinaire
heating_advance heating: aconto varme | a conto varme | heizkosten akonto | akonto heizung
heating_advance: heizkostenvorauszahlung | provision chauffage | voorschot verwarming
unit_number unit apartment_number flat_number: unit | unit no | apartment | apartment no
unit_number: flat | flat no | lgh | lagenhet | lejlighed | leilighet | fracao | fraccion
unit_number: huoneisto | jednotka | wohnung | appartement | 号室
property_address property property_location: property | property address | property location
property_address: liegenschaft | mietobjekt | objekt | object | bien loue | immeuble
property_address: fastighet | imovel | kiinteisto | nemovitost
# What a works contract is for, as its progress bills print it.
contract_sum contract_value contract_amount contract_price: contract sum | contract value
contract_sum: contract amount | contract price | original contract sum | montant du marche
contract_sum: montant du marche ht | montant du contrat | vertragssumme | auftragssumme
contract_sum: importe del contrato | contractsom | aanneemsom | importo contrattuale
# A payment's sum, as a remittance, a receipt or a lien waiver prints it.
payment_amount paid_amount check_amount cheque_amount: payment amount | amount of payment
payment_amount: amount paid | amount of check | check amount | amount of cheque | cheque amount
# What a meter measured: a utility bill's consumption is as often its "Usage".
consumption consumption_kwh consumption_m3 energy_consumption usage_kwh: consumption
consumption: usage | energy usage | units used | total usage | kwh used | energy used
consumption: verbrauch | consumo | consommation | verbruik | forbrug | forbrukning
consumption: units consumed | energy consumed | electricity consumed | gas consumed
# A till slip's cash handed over, and the change given back.
amount_tendered cash_tendered tendered tendered_amount: amount tendered | cash tendered
amount_tendered: tendered | cash given | bar gegeben | gegeben
amount_tendered: efectivo entregado | entregado | contanti ricevuti
change_given change change_due change_returned: change | change given | change due
change_given: ruckgeld | wechselgeld | wisselgeld | cambio | vuelto | monnaie rendue
change_given: rendu | resto | troco | vaxel | vekslepenger | お釣り | おつり | 找零 | 거스름돈
# A US telecom bill's taxes and regulatory fees, summed: "Total taxes, fees & surcharges".
taxes_and_surcharges taxes_and_fees taxes_fees_and_surcharges taxes_surcharges: taxes fees
taxes_and_surcharges: taxes fees surcharges | taxes fees and surcharges | taxes and fees
taxes_and_surcharges: taxes surcharges | taxes and surcharges | surcharges and taxes
taxes_and_surcharges: total taxes fees surcharges | total taxes fees and surcharges
taxes_and_surcharges: total taxes and fees | total taxes fees | total taxes and surcharges
taxes_and_surcharges: taxes surcharges and fees | surcharges taxes and fees
# A Brazilian service invoice's municipal service tax (ISS).
iss_amount iss valor_iss iss_value: valor do iss | valor iss | iss devido | valor do iss devido
# A charity's number with the tax authority or the charity register, on a donation receipt.
charity_registration_number charity_number registered_charity_number charity_no: charity number
charity_registration_number: charitable registration number | charitable registration no
charity_registration_number: registered charity number | registered charity no | charity no
charity_registration_number: charity registration number | charity registration no
charity_registration_number: charity reg no | registration number bn
# What a charging session put into a car.
kwh_delivered energy_delivered kwh_charged energy_charged charged_kwh: energy delivered
kwh_delivered: energy charged | kwh delivered | kwh charged | geladene energie
kwh_delivered: ladeenergie | energiemenge | energie livree | energia entregada
kwh_delivered: energia erogata | energia ricaricata | geleverde energie | levererad energi
kwh_delivered: 充電量 | 充电量 | 충전량
# A US bank's routing number (ABA), printed on checks and ACH forms; Australia's BSB.
routing_number bank_routing_number routing_no aba_number aba_routing_number: routing number
routing_number: aba routing number | aba number | aba routing | aba | routing no | routing #
routing_number: routing transit number | rtn | bank routing number | aba routing no
bsb bsb_number bsb_code: bsb | bsb number | bsb no | bsb code
# An account number: the customer's account with the issuer on a bill, the bank account on
# a statement; the name's words in the languages read bring the banks' ("Konto-Nr.").
account_number account_no acct_no acct_number: account number | account no | account #
account_number: acct no | acct number | a c no | a c number | customer account number
account_number: client account | client acct | customer acct | acct
account_number: no de cliente conta | n° de cliente conta | numero de cliente conta | cliente conta
account_number: customer account no | customer account | n de compte client | no de compte client
account_number: n° de compte client | numero de compte client | compte client | kundenkonto
account_number: numer konta klienta | nr konta klienta | numero de cuenta de cliente
account_number: conto corrente n | conto corrente | numero conto corrente | c c n
account_number: cuenta corriente n | compte courant n | rekeningnummer
account_number: account reference | account ref
# The account's holder: on a statement, whose account it is.
account_holder account_name account_owner: account holder | account name | name of account holder
account_holder: kontoinhaber | inhaber | titulaire du compte | titulaire | titular de la cuenta
account_holder: titular | intestatario | intestato a | rekeninghouder | ten name van
account_holder: kontohavare | kontohaver | posiadacz rachunku | majitel uctu
account_holder: participant | plan participant | member | member name
# SEPA direct debits: the mandate and the creditor who collects under it.
mandate_reference mandate_ref mandate_id mandate_number: mandate reference | mandate ref
mandate_reference: mandate id | mandatsreferenz | mandats referenz | reference du mandat
mandate_reference: reference unique du mandat | rum | referencia del mandato
mandate_reference: referencia de la orden de domiciliacion | riferimento mandato
mandate_reference: machtigingskenmerk | kenmerk machtiging | mandatreferens
creditor_id creditor_identifier sepa_creditor_id: creditor id | creditor identifier
creditor_id: sepa creditor id | creditor identification number | glaubiger id
creditor_id: glaubiger identifikationsnummer | glaubiger idnr | glaubiger id nr
creditor_id: identifiant creancier sepa | identifiant du creancier | ics
creditor_id: identificador del acreedor | codice identificativo creditore
creditor_id: incassant id | incassant id nummer
statement_date: statement date | date of statement | statement as of | auszugsdatum
statement_date: kontoauszug vom | date du releve | fecha del extracto | afschriftdatum
statement_date: edite le | date d edition | emis le | date d emission du releve
statement_date: statement closing date | closing date | opgorelsesdato | datum afschrift
opening_balance previous_balance starting_balance: opening balance | previous balance
opening_balance: balance brought forward | brought forward | starting balance
opening_balance: beginning balance | alter kontostand | alter saldo | anfangssaldo | saldo alt
opening_balance: vorheriger kontostand | solde precedent | solde initial | ancien solde
opening_balance: saldo anterior | saldo inicial | beginsaldo | vorig saldo
opening_balance: ingaende saldo | primosaldo | saldo primo | pocatecni zustatek
opening_balance: saldo iniziale | saldo contabile iniziale
closing_balance new_balance ending_balance: closing balance | new balance | ending balance
closing_balance: balance carried forward | carried forward | end balance | neuer kontostand
closing_balance: neuer saldo | endsaldo | saldo neu | nouveau solde | solde final
closing_balance: saldo final | saldo actual | eindsaldo | nieuw saldo
closing_balance: utgaende saldo | ultimosaldo | saldo ultimo | konecny zustatek
closing_balance: saldo finale | saldo contabile finale | saldo contabile
# A supplier's statement of account ends in what the customer owes: its balance due.
closing_balance: balance due | statement balance | total balance | balance outstanding
# A supplier's order confirmation (Auftragsbestätigung, sipariş onayı): its own number, date.
order_confirmation_number confirmation_number order_confirmation_no: confirmation number
order_confirmation_number: confirmation no | order confirmation no | order confirmation number
order_confirmation_number: auftragsbestatigung nr | auftragsbestatigungsnummer | ab nr
order_confirmation_number: auftragsbest nr | auftragsbest | ab nummer | bestellbestatigung nr
order_confirmation_number: bevestigingsnummer | numero de confirmation | numero de confirmacion
order_confirmation_number: onay no | siparis onay no | orderbekraftelse nr | ordrebekraeftelse nr
order_confirmation_date confirmation_date: confirmation date | order confirmation date
order_confirmation_date: datum der auftragsbestatigung | ab datum | onay tarihi
order_confirmation_date: date de confirmation | fecha de confirmacion | bevestigingsdatum
# A reminder's or a statement's overdue sum, and the fee a reminder adds.
overdue_amount amount_overdue past_due_amount overdue_balance: overdue | total overdue
overdue_amount: overdue amount | amount overdue | past due | past due amount | total past due
overdue_amount: uberfallig | total uberfallig | uberfalliger betrag | uberfallige betrage
overdue_amount: montant echu | montant en retard | total echu | importe vencido | total vencido
overdue_amount: importo scaduto | totale scaduto | achterstallig bedrag | totaal achterstallig
overdue_amount: forfaldent belob | forfallet belopp | forfalt belop | zalegla kwota
reminder_fee dunning_fee late_fee late_payment_fee: reminder fee | late fee | late payment fee
reminder_fee: dunning fee | mahngebuhr | mahnspesen | mahnkosten | frais de rappel
reminder_fee: frais de relance | aanmaningskosten | herinneringskosten | gastos de reclamacion
reminder_fee: spese di sollecito | rykkergebyr | paminnelseavgift | purregebyr | muistutusmaksu
quote_number quotation_number estimate_number offer_number: quote number | quote no | quote #
quote_number: quotation number | quotation no | estimate number | estimate no | estimate #
quote_number: angebotsnummer | angebot nr | angebots nr | offertenummer | offerte nr
quote_number: kostenvoranschlag nr | kostenvoranschlagsnummer | kostenvoranschlag nummer
quote_number: offertenr | numero de devis | devis n | n° de devis | no de devis
quote_number: numero de presupuesto
quote_number: presupuesto n | n° de presupuesto | no de presupuesto | numero preventivo
quote_number: preventivo n | n° presupuesto | no presupuesto | presupuesto no | n° devis
quote_number: n° oferta | no oferta | numero oferta | n° orcamento | numero do orcamento
quote_number: n° preventivo | offerta n | n° offerta | numero offerta | offertenummer
quote_date quotation_date estimate_date offer_date: quote date | quotation date | estimate date
quote_date: date of quote | angebotsdatum | offertedatum | date du devis | date de devis
quote_date: fecha del presupuesto | fecha de presupuesto | data preventivo | data del preventivo
valid_until quote_valid_until offer_valid_until quote_expiry_date quote_validity: valid until
valid_until valid_till validity expiry_date expires expiry offer_validity: valid till
valid_until: valid to
valid_until: действителен до | счет действителен до | действительно до | дійсний до
valid_until: expiry date | expires | offer valid until | quote valid until | gultig bis
valid_until: expiration date | exp date | expiration | expires on | estimate valid until
valid_until: valida hasta | validos hasta | validas hasta | validez hasta
valid_until: angebot gultig bis | geldig tot | geldig tot en met | valable jusqu au
valid_until: valido hasta | valido fino al | valida fino al | date de validite
valid_until: validez de la oferta | validez | vigencia de la oferta | oferta valida hasta
policy_number: policy number | policy no | policy # | policy ref | versicherungsscheinnummer
policy_number: versicherungsnummer | vs nr | vsnr | numero de police | n° de police | no de police
policy_number: numero de poliza | numero polizza | polizza n | polisnummer
policy_number: forsakringsnummer | policenummer | policenr | cislo pojistne smlouvy
policy_number: numero da apolice
# The date goods were sold or supplied, which VAT invoices print beside their own date.
sale_date date_of_sale supply_date date_of_supply taxable_supply_date tax_point_date: sale date
sale_date: date of sale | date of supply | datum zdan plneni | datum zdanitelneho plneni
sale_date: supply date | tax point | data sprzedazy | data dostawy | data wykonania uslugi
sale_date: datum uskutecneni zdanitelneho plneni | duzp | datum prodeje | datum dodani
sale_date: datum usk zdanitelneho plneni | datum usk zdan plneni | datum uskut zdan plneni
sale_date: datum dodania | verkaufsdatum | leistungsdatum | date de vente | fecha de venta
# Fines and penalty notices (parking, speed cameras, tolls).
notice_number notice_no pcn_number penalty_notice_number ticket_number: notice number | notice no
notice_number: penalty charge notice number | pcn number | pcn no | numero de l avis
notice_number: numero d avis | n de l avis | n° de l avis | avis n | numero del aviso
notice_number: aktenzeichen | bescheid nr | kassenzeichen
# ... and a journey's ticket, which ticket_number also names.
notice_number: ticket number | ticket no | e ticket number | numero biglietto | billettnummer
notice_number: numero del biglietto | biljettnummer | fahrscheinnummer | ticketnummer
notice_number: numero de billet | numero de billete | 승차권번호 | 승차권 번호 | 항공권번호
notice_number: 乗車券番号 | 航空券番号
notice_number: verbale n | verbale numero | numero verbale | n verbale | beschikkingsnummer
notice_number: numer mandatu | seria i numer mandatu | nr mandatu | seria i nr mandatu
fine_amount fine penalty_amount penalty: fine | fine amount | amount of fine | penalty
fine_amount: penalty amount | penalty charge | amende forfaitaire | amende | montant de l amende
fine_amount: bussgeld | verwarnungsgeld | geldbusse | multa | importe de la multa | boete
fine_amount: sanzione amministrativa pecuniaria | importo sanzione | importo della sanzione
fine_amount: kwota grzywny | wysokosc grzywny | grzywna | pokuta | vyse pokuty | birsag
reduced_amount reduced_fine discounted_amount: reduced amount | reduced charge | reduced fine
reduced_amount: discounted amount | amende minoree | montant minore | importe reducido
offence_date offense_date date_of_offence date_of_offense contravention_date violation_date: tattag
offence_date: date of offence
offence_date: violation date | date of violation | data violazione | data della violazione
offence_date: data infrazione | fecha de la infraccion | fecha infraccion | datum overtreding
offence_date: date of offense | offence date | offense date | date of contravention
offence_date: contravention date | date de l infraction | date et heure | tatzeit | tattag
offence_date: fecha de la infraccion | fecha de la denuncia | data dell infrazione
offence_date: data wykroczenia | data popelnienia wykroczenia | datum prestupku
penalty_points demerit_points: penalty points | demerit points | punkty karne | strafpunkte
# A company's number in its country's register: "Company No. 08417723", "HRB 72811", "CVR".
company_registration_number company_number company_reg_no: company registration number
company_registration_number: company registration no | company reg no | company number
company_registration_number: company no | registered number | registered no | crn
company_registration_number: handelsregister | handelsregisternummer | hrb | cvr | cvr nr
company_registration_number: ico | krs | kvk | kvk nummer | kvk nr | org nr | siren | rcs
company_registration_number: organisasjonsnummer | organisationsnummer | y tunnus
# Finland's Y-tunnus is the "Business ID" in English.
company_registration_number business_id business_id_number: business id | business identity code
company_registration_number: 사업자등록번호 | 법인등록번호
company_registration_number: registered in england and wales no | registered in england no
# The year of a school or university a fee is for: "Année universitaire 2025-2026".
academic_year school_year: academic year | school year | annee universitaire | annee scolaire
academic_year: anno accademico | anno scolastico | curso academico | curso escolar
academic_year: ciclo escolar | ano letivo | ano lectivo | studienjahr | schuljahr
academic_year: akademisches jahr | academiejaar | schooljaar | lasar | lukuvuosi
academic_year: rok akademicki | rok szkolny | akademicky rok | skolni rok | 学年度
# A tax's rate, as a percentage: "MWST-Satz 8.1 %", "Taux de TVA 20 %".
tax_rate vat_rate tax_percent vat_percent vat_rate_percent: tax rate | vat rate | vat % | tax %
tax_rate: rate of vat | rate of tax | gst rate | gst % | mwst satz | ust satz | steuersatz
tax_rate: mwst % | ust % | taux de tva | taux tva | tva % | tipo iva | aliquota iva | iva %
tax_rate: tasa de iva | tasa iva | btw tarief | btw % | stawka vat | sazba dph | momssats
# A week's timesheet or a pay period: its first and last day.
period_start week_beginning week_commencing week_start: week beginning | week commencing
period_start: week starting | period beginning | period starting | period start
period_end week_ending week_end: week ending | period ending | period end | week end
# A period printed as two labelled dates: "Period from: 2025-09-01" … "Period to: 2025-09-30".
period_start: period from
period_end: period to | period until | period till
# ... and in the languages read: a period's first and last day, each under its own label.
period_start: beginn des zeitraums | zeitraum von | leistungszeitraum von | periodenbeginn
period_start: debut de periode | debut de la periode | periode du | inicio del periodo
period_start: periodo desde | inizio periodo | inizio del periodo | periodo dal | begin periode
period_start: periode van | inicio do periodo | poczatek okresu | okres od | zacatek obdobi
period_start: obdobi od | periodens borjan | period fran | periode fra | jakso alkaa
period_start: kausi alkaa | donem baslangic | donem baslangici | donem basi | εναρξη περιοδου
period_end: ende des zeitraums | zeitraum bis | leistungszeitraum bis | periodenende
period_end: fin de periode | fin de la periode | periode au | fin del periodo | periodo hasta
period_end: fine periodo | fine del periodo | periodo al | einde periode | periode tot
period_end: fim do periodo | periodo ate | koniec okresu | okres do | konec obdobi | obdobi do
period_end: periodens slut | period till | periode til | jakso paattyy | kausi paattyy
period_end: donem bitis | donem bitisi | donem sonu | ληξη περιοδου
start_date policy_start effective_date: start date | period from | effective date
start_date: effective from | commencement date | cover starts | policy start date
start_date: inception date | period of insurance | period of cover | insurance period
start_date: policy period | versicherungsbeginn | beginn | date de debut | date d effet
start_date: fecha de inicio | fecha de efecto | ingangsdatum
start_date: valid from | gultig ab | valable a partir du | valido dal
# Leave, a course, a booking: its first and last day.
start_date: first day | first day of leave | leave start date | leave from | start of leave
end_date policy_end: end date | cover ends | policy end date | renewal date | expires on
end_date: period of insurance | period of cover | insurance period | policy period
end_date: versicherungsende | ablaufdatum | date de fin | fecha de fin | einddatum
end_date: expires | expiry date | valid until | valid to | gultig bis
end_date: last day | last day of leave | leave end date | leave to | end of leave
premium annual_premium: annual premium | total premium | total annual premium
policyholder policy_holder insured insured_name: the insured | insured | name of insured
policyholder: insured name | named insured
premium: premium payable | premium due | yearly premium | jahresbeitrag | jahrespramie
# The premium with its tax: "Total premium payable" where "Annual premium" is without.
total_premium: total premium | total premium payable | total annual premium | premium payable
total_premium: total amount payable | premium due | gesamtbeitrag | prime totale ttc
total_premium: prime ttc | prima total | premio totale | totale premio | totale da pagare
premium: prime annuelle | prime totale | prima anual | prima total | jaarpremie
premium: cotisation annuelle ttc | cotisation ttc | cotisation annuelle | prime annuelle ttc
premium: arspremie | arlig praemie | arspraemie | rocni pojistne | premio anual
# The excise on alcohol, tobacco or fuel, in its own line of an invoice.
excise_duty excise excise_tax excise_amount alcohol_duty: excise duty | excise | excise tax
excise_duty: alcohol duty | droits d accises | droits d accise | accises | verbrauchsteuer
excise_duty: alkoholsteuer | biersteuer | schaumweinsteuer | accijns | accijnzen | akcyza
excise_duty: impuesto especial | impuestos especiales | accisa | imposto especial
excise_duty: podatek akcyzowy | spotrebni dan | valmistevero | jovedeki ado | punktafgift
excise_duty: ozel tuketim vergisi | ειδικος φορος καταναλωσης | punktskatt | alkoholskatt
gross_pay gross_salary gross_earnings: gross pay | gross earnings | gross salary
gross_pay: total earnings | total gross | gross wages | bruttolohn | bruttogehalt
gross_pay: gesamtbrutto | salaire brut | salario bruto | brutoloon | revenus bruts | revenu brut
net_pay net_salary take_home_pay: net pay | net salary | take home pay | net wages
net_pay: net amount payable | nettolohn | nettogehalt | auszahlungsbetrag | salaire net
net_pay: net a payer | salario neto | nettoloon
gross_pay: hruba mzda | total ilíquido | total iliquido | wynagrodzenie brutto | 総支給額 | 支給合計
gross_pay: 지급합계 | 지급 합계 | 총지급액 | 应发工资 | 應發工資 | 应发合计
net_pay: liquido total a percibir | liquido a percibir | total liquido a receber | liquido a receber
net_pay: cista mzda | net paye | net paye en euros | att utbetala | 差引支給額 | 実支給額 | 실지급액
net_pay: 실수령액 | 차인지급액 | 实发工资 | 實發工資 | 实发合计 | wynagrodzenie netto | do wyplaty
# What a payslip withholds for income tax, by its name in the languages read.
income_tax income_tax_withheld: income tax | income tax withheld | paye income tax | paye tax
income_tax: lohnsteuer | impot sur le revenu preleve a la source
income_tax: prelevement a la source | retencion irpf | retencao na fonte de irs | irs retido
# Czech: the advance after the credits ("po slevách") is what is withheld.
income_tax: ritenute irpef | irpef | loonheffing | zaloha na dan po slevach
income_tax: preliminarskatt | a skat | forskuddstrekk | ennakonpidatys | szja | gelir vergisi
income_tax: φορος μισθωτων υπηρεσιων | 所得税 | 소득세 | 个人所得税 | 個人所得稅 | podatek dochodowy
income_tax: zaliczka na podatek | impozit pe venit
wage_tax: loonheffing | loonbelasting | wage tax
# A payslip's contributions, the employee's share (the employer's is told apart by the rules).
# (German single words stay out: "… Private Krankenversicherung a.G." is an insurer's name.)
health_insurance: health insurance | krankenversicherungsbeitrag | zdravotni pojisteni
health_insurance: zdravotni poj | ubezpieczenie zdrowotne | skladka zdrowotna | 健康保険
health_insurance: 건강보험 | 医疗保险 | 醫療保險 | assurance maladie | seguro de salud
pension_insurance: pension insurance | rentenversicherungsbeitrag | 厚生年金保険 | 养老保险
pension_insurance: 養老保險 | ubezpieczenie emerytalne | skladka emerytalna | duchodove pojisteni
national_pension: national pension | 국민연금 | 国民年金
social_security: social security | seguridad social | aportacion del trabajador a la seg social
social_security: seg social | seguranca social | securite sociale | sgk primi isci payi
social_security: sgk isci payi | social security tax | oasdi
social_insurance: social insurance | socialni pojisteni | socialni poj | 社会保险 | 社會保險
social_insurance: 社会保険 | 사회보험 | ubezpieczenia spoleczne
unemployment_insurance: unemployment insurance | issizlik sigortasi isci payi | issizlik sigortasi
unemployment_insurance: arbeitslosenversicherungsbeitrag | 雇用保険 | 고용보험 | 失业保险
pension_contribution: pension contribution | employee pension | pension ee | pensioenpremie
pension_contribution: pensioenpremie werknemer | pensionsbeitrag
employee_id employee_number employee_no: employee id | employee no | employee number
employee_id: emp id | emp no | staff id | staff no | personalnummer | personal nr | pers nr
employee_id: matricule | numero de empleado
pay_date payment_date: pay date | payment date | paid on | date of payment | zahltag
pay_date: auszahlungsdatum | date de paiement | fecha de pago | paiement le | paye le
# The time of day a till receipt or a ticket prints beside its date ("Time 14:32").
time: time | uhrzeit | heure | hora | ora | tijd | klockslag | klokkeslett | godzina | 時刻
# Payslips in Korean, Japanese and Chinese: the employee's name and number, the pay day and
# the deductions' total.
employee_id: 사번 | 사원번호 | 직원번호 | 社員番号 | 従業員番号 | 工号 | 员工编号 | 員工編號
employee_name: employee name | 성명 | 사원명 | 직원명 | 氏名 | 従業員名 | 社員名 | 员工姓名 | 姓名
pay_date: 지급일 | 급여지급일 | 지급일자 | 支給日 | 发放日期 | 发薪日 | 发薪日期
total_deductions: total deductions | 공제합계 | 공제 합계 | 공제총액 | 控除合計 | 扣款合计
total_deductions: 应扣合计
# ... and a labour-hire firm's monthly settlement (结算单) in Chinese.
headcount employee_count staff_count: headcount | employee count | number of employees
headcount: employees paid
headcount: 人数 | 人数合计 | 员工人数 | 派遣人数 | 従業員数 | 인원수
wages_total total_wages: total wages | wages total | 工资总额 | 应发工资总额 | 賃金総額 | 임금총액
management_fee: management fee | 管理费 | 管理費
statement_number: 结算单号 | 对账单号 | 結算單號 | 對帳單號
statement_date: 结算日期 | 对账日期 | 結算日期 | 對帳日期
invoice_reference original_invoice related_invoice original_invoice_number: original invoice
invoice_reference: original invoice no
invoice_reference: original invoice number | relating to | related invoice | invoice reference
invoice_reference: invoice ref | corrects invoice | ursprungsrechnung | zu rechnung
invoice_reference: bezug rechnung | facture d origine | facture initiale | factura rectificada
invoice_reference: factura original | against invoice | credit against invoice | re invoice
invoice_reference: fattura di riferimento | rif fattura | riferimento fattura | facture concernee
invoice_reference: concernant la facture | sur facture | bij factuur | gecrediteerde factuur
invoice_reference: betreft factuur | betreffende factuur | factuur betreft
invoice_reference: relates to invoice | relating to invoice | related to invoice
invoice_reference: ref tax invoice | ref invoice | reference invoice | original tax invoice
invoice_reference: original tax invoice no | ref tax invoice no | tax invoice ref
invoice_reference: in respect of invoice | refers to invoice | credit for invoice
# A receipt's or a remittance's invoice paid: "In payment of: Invoice INV-25-0312".
invoice_reference: in payment of | in settlement of | in payment of invoice
# Time billed on a professional's bill: a schedule's "Total time recorded", a column's total.
hours_billed billable_hours hours_worked hours_charged: hours billed
hours_billed: billable hours | hours worked | hours charged | total hours | total time
hours_billed: total time recorded | time recorded | hours
course_name course course_title programme_name program_name training_name: course
course_name: course title | course name | programme | program | training | seminar
course_name: workshop | kurs | formation | curso | corso | cursus | cours
check_in arrival arrival_date check_in_date: check in | arrival | arrival date
check_in: date of arrival | anreise | ankunft | anreisedatum | arrivee | date d arrivee
check_in: llegada | fecha de llegada | arrivo | data di arrivo | aankomst | przyjazd
check_in: ankomst | ankomstdato | ankomstdatum | prijezd | datum prijezdu | chegada
check_in: チェックイン | チェックイン日 | 체크인 | 到着日
check_out departure departure_date check_out_date: check out | departure | departure date
check_out: date of departure | abreise | abreisedatum | abfahrt | depart | date de depart
check_out: salida | fecha de salida | partenza | data di partenza | vertrek | wyjazd | odjazd
check_out: avresa | afrejse | afrejsedato | odjezd | datum odjezdu | partida
check_out: チェックアウト | チェックアウト日 | 체크아웃 | 出発日
ship_date shipping_date dispatch_date shipment_date date_shipped: ship date | shipping date
ship_date: date shipped | dispatch date | date dispatched | shipment date | date of shipment
ship_date: despatch date | date despatched | despatched on | dispatched on
ship_date: versanddatum | versandt am | date d expedition | fecha de envio | fecha de despacho
ship_date: data di spedizione | data spedizione | verzenddatum | data wysylki
pickup_date pick_up_date collection_date: pickup date | pick up date | pick up | collection date
pickup_date: abholung | abholdatum | date de retrait | fecha de recogida | data di ritiro
pickup_date: ophaaldatum | data odbioru | wydanie pojazdu | data de levantamento
pickup_date: recogida | pick-up | retrait | ritiro
return_date dropoff_date drop_off_date: return date | drop off date | drop off | ruckgabe
return_date: ruckgabedatum | date de retour | fecha de devolucion | data di riconsegna
return_date: inleverdatum | data zwrotu | zwrot pojazdu | data de devolucao
return_date: devolucion | return | retour | riconsegna
rental_agreement_number rental_agreement agreement_number contract_number: rental agreement
rental_agreement_number: rental agreement number | agreement number | agreement no
rental_agreement_number: contract number | contract no | vertragsnummer | numero de contrat
rental_agreement_number: numero de contrato | numero contratto | contractnummer | numer umowy
rental_agreement_number: numer umowy najmu
rental_agreement_number: service agreement | service contract | maintenance agreement
date_of_service service_date: date of service | service date | dates of service
date_of_service: behandlungsdatum | date de soins | fecha de servicio
date_of_service: behandlungstag | date des soins | data della prestazione | behandeldatum
date_of_service: behandlingsdatum | data wizyty | datum osetreni | 受診日 | 診療日
# Health claims and bills: what was billed, what the insurer paid, what the patient owes.
insurance_paid insurer_paid plan_paid insurance_payment insurance_payments: insurance paid
insurance_paid paid_by_insurance paid_by_insurer: insurance payment | insurance payments
insurance_paid: plan paid | paid by plan | paid by insurer | paid by insurance | insurer paid
insurance_paid: health plan paid | plan payment | plan pays
insurance_paid: erstattungsbetrag | erstattung | remboursement | montant rembourse
insurance_paid: vergoeding | vergoed bedrag | reembolso | importe reembolsado | rimborso
insurance_paid: importo rimborsato | ersattning | refusjon | refundacja
patient_responsibility patient_balance patient_portion amount_you_owe: patient responsibility
patient_responsibility: your responsibility | total patient responsibility | patient balance
patient_responsibility: patient portion | you owe | amount you owe | what you owe
patient_responsibility: patient balance due | reste a charge | reste a charge patient | eigenanteil
patient_responsibility: eigen bijdrage
copay co_pay copayment: copay | co pay | copayment | co payment | your copay
copay: rx copay | zuzahlung | ticket moderateur | copago | egenavgift
deductible deductible_amount: deductible | applied to deductible | deductible applied
deductible: selbstbehalt | tariflicher selbstbehalt | franchise | eigen risico | franquicia
deductible: franchigia | sjalvrisk | selvrisiko | udzial wlasny
adjustments adjustment contractual_adjustment write_off writeoff: adjustment | adjustments
adjustments: contractual adjustment | contractual adjustments | write off | ppo write off
adjustments: insurance adjustment | plan discount | provider discount | network savings
insurance_estimate estimated_insurance estimated_insurance_payment: estimated insurance
insurance_estimate: estimated insurance payment | insurance estimate | est insurance
amount_billed billed_amount total_charges charges_billed: amount billed | billed amount
amount_billed: total charges | billed charges | provider charges | charges
amount_billed: rechnungsbetrag | eingereichter betrag | eingereichte belege
amount_billed: summe der eingereichten belege | montant facture | gefactureerd bedrag
amount_billed: importe facturado | importo fatturato
claim_number claim_no claim_id claim_reference: claim number | claim no | claim # | claim id
claim_number: claim | claim ref | claim reference | abrechnungsnummer | abrechnungs nr
claim_number: leistungsnummer | schadennummer | numero de sinistre | numero de dossier
claim_number: schaden nr | schadensnummer | schadens nr
claim_number: declaratienummer | numero de siniestro | numero sinistro | skadenummer
member_id member_number member_no subscriber_id subscriber_number: member id | member number
member_id: member no | member # | subscriber id | subscriber no | membership number
member_id: versichertennummer | versicherten nr | krankenversichertennummer
member_id: numero d adherent | n adherent | verzekerdennummer | lidnummer | relatienummer
member_id: numero de afiliado | numero di tessera | medlemsnummer
npi npi_number provider_npi national_provider_identifier: npi | npi no | npi number
npi: national provider identifier | group npi | provider npi | billing npi | rendering npi
diagnosis_code diagnosis icd_code icd10_code icd_10: diagnosis | diagnosis code | diagnoses
diagnosis_code: icd | icd 10 | icd 10 cm | icd code | dx | diagnose | diagnosen | diagnostic
diagnosis_code: diagnostico | diagnosi | diagnos | rozpoznanie
patient_number patient_no patient_id patient_reference: patient number | patient no
patient_number: patient id | patient # | patient ref | patientennummer | patienten nr
patient_number: numero patient | n patient | patientnummer | numero de paciente
patient_number: numero paziente | patientnr | 患者id | 患者番号 | 診察券番号
# Austria's social insurance number, printed as the "Versicherungsnummer" on a doctor's bill.
svnr sv_nummer sozialversicherungsnummer: svnr | sv nr | sv nummer | sozialversicherungsnummer
svnr: versicherungsnummer | vsnr
stamp_duty stamp_tax revenue_stamp: stamp duty | imposta di bollo | marca da bollo | bollo
stamp_duty: rimborso imposta di bollo | rimborso bollo | timbre fiscal | stempelgebuhr
lab_costs lab_fees laboratory_costs: lab costs | laboratory costs | lab fees | laboratory fees
lab_costs: laborkosten | material und laborkosten | frais de laboratoire
lab_costs: laboratoriumkosten | costes de laboratorio | costi di laboratorio
guest_name guest: guest | guest name | gast | name des gastes | huesped | ospite
guest_name: gaest | host | hospede | jmeno hosta
guest_name: client | nom du client | nom du voyageur
room_number room_no room: room | room number | room no | chambre | n de chambre
room_number: numero de chambre | zimmer | zimmernummer | zimmer nr | habitacion | camera
room_number: numero de habitacion | numero camera | kamer | kamernummer | pokoj | quarto
vehicle_registration vehicle_reg license_plate licence_plate number_plate plate_number: registration
vehicle_registration: vehicle registration | registration no | reg no | licence plate | plate
vehicle_registration: license plate | number plate | matricula | targa | kennzeichen | plaque
vehicle_registration: amtliches kennzeichen | immatriculation | kenteken | rejestracja | spz
vehicle_registration: placas | numero de placa | registreringsnummer
# A vehicle's plate by the names users give the field, and what more documents print.
vehicle_registration plate vehicle_plate car_registration: reg number
vehicle_registration: amtl kennzeichen | polizeiliches kennzeichen | numer rejestracyjny
vehicle_registration: nr rejestracyjny | numero di targa | targa veicolo | matricule
vehicle_registration: rekisterinumero | reg nr | registreringsnr | bilens registreringsnummer
vehicle_registration: vehicle reg | vehicle registration number | registration mark
vehicle_registration: 自動車登録番号 | 登録番号 | 차량번호 | 자동차등록번호 | 차량 번호
vehicle_registration: placa do veiculo | targa autorizzata
vin chassis_number frame_number vehicle_identification_number: vin | vin number | vin no
vin: vehicle identification number | vehicle id number | chassis number | chassis no
vin: fahrgestellnummer | fahrgestell nr | fahrzeug ident nr | fahrzeugidentifizierungsnummer
vin: fahrzeug identifizierungsnummer | numero de chassis | n de chassis | numero de serie
vin: numero de bastidor | bastidor | numero di telaio | telaio | n telaio | numer vin
vin: numer nadwozia | chassisnummer | chassinummer | rahmennummer | frame number | frame no
vin: 車台番号 | 차대번호 | chassi | numero do chassi
odometer mileage_in mileage_out odometer_reading km_reading: odometer | odometer reading
odometer: mileage | mileage in | km reading | kilometerstand | km stand | kilometrage
odometer: kilometraje | chilometraggio | chilometri | przebieg | stan licznika | matarstand
odometer: kilometerteller | kilometrit | quilometragem | hodometro | 走行距離 | 주행거리
labour_amount labor_amount labour labor: labour | labor
labour_amount: labour total | labor total | total labour | total labor | labour charges
labour_amount: labor charges | arbeitslohn | arbeitswerte | lohn | lohnkosten | main d oeuvre
labour_amount: mano de obra | manodopera | robocizna | arbeidsloon | arbetskostnad | 工賃
labour_amount: 技術料 | 공임 | 공임비 | mao de obra
parts_amount parts: parts | parts total | total parts | parts and materials
parts_amount: ersatzteile | teile | material | pieces detachees | recambios
parts_amount: repuestos | ricambi | czesci | onderdelen | reservdelar | 部品代 | 部品 | 부품
parts_amount: 부품비 | pecas
paint_amount paint: paint | paint materials | lackierung | lackmaterial | peinture
paint_amount: pintura | verniciatura | lakierowanie | 도장
# A trip's and a stay's paperwork, as an expense claim's receipts print it: a tip, a table's
# diners, a stay's nights, a city's tax on it, a ticket's seat and travel date.
tip tips gratuity tip_amount: tip | tips | gratuity | gratuities | service tip | trinkgeld
tip: pourboire | propina | mancia | fooi | dricks | drikkepenger | drikkepenge | spropitne
tip: napiwek | gorjeta | bahsis | φιλοδωρημα | チップ | 팁 | tippi | juomaraha
covers guests diners number_of_guests: covers | couverts | cubiertos | coperti | gedecke
covers: guests | no of guests | number of guests | diners | pax | persons | personen
covers: comensales | kuverter | kuvert | nakrycia | osob
# A subscription's count of users it is billed for.
seats licenses licences number_of_seats user_count: seats | number of seats | licenses
seats: licences | number of licenses | number of users | licensed users | active users
seats: platze | lizenzen | anzahl lizenzen | anzahl nutzer | licences utilisateur | licencias
seats: licenze | licencas | licencje | ユーザー数 | ご契約ユーザー数 | 契約ユーザー数 | 席数
seats: 사용자 수 | 用户数 | 席位数
nights number_of_nights: nights | no of nights | number of nights | nachte | ubernachtungen
nights: nuits | nuitees | noches | notti | nachten | natter | netter | naetter | noclegi | noci
nights: 泊数 | 宿泊数 | 숙박일수
city_tax tourist_tax tourism_tax accommodation_tax visitor_tax: city tax | tourist tax
city_tax: tourism tax | accommodation tax | visitor tax | occupancy tax | kurtaxe | ortstaxe
city_tax: beherbergungssteuer | bettensteuer | ubernachtungssteuer | kulturforderabgabe
city_tax: taxe de sejour | tasa turistica | impuesto turistico | tassa di soggiorno
city_tax: imposta di soggiorno | toeristenbelasting | verblijfsbelasting | taxa turistica
city_tax: oplata miejscowa | poplatek z pobytu | turisticka dan | 宿泊税 | 숙박세
seat seat_number: seat | seat no | seat number | sitzplatz | platz | siege | asiento
seat: posto | stoel | zitplaats | sete | plass | plats | miejsce | misto | sedadlo
seat: koltuk | κωδικος θεσης | θεση | 座席 | 좌석 | 좌석번호
travel_date journey_date date_of_travel: travel date | date of travel | journey date | reisedatum
travel_date: fahrtag | reisetag | date du voyage | date de voyage | fecha de viaje
travel_date: fecha del viaje | data viaggio | data del viaggio | data di viaggio | reisdatum
travel_date: avreisedato | reisedato | avresedatum | resdag | rejsedato | data podrozy
travel_date: datum cesty | datum jizdy | seyahat tarihi | ημερομηνια ταξιδιου | 乗車日
travel_date: 승차일 | 출발일 | 탑승일
travel_date: 승차일자 | 탑승일자 | 乗車日 | 搭乗日
# A car park's or a toll road's: when the vehicle came in and went out.
entry_date entry_time entry arrival_time time_in: entry | entry date | entry time | time in
entry_date: einfahrt | einfahrtszeit | inrit | inrijtijd | entree | heure d entree | entrada
entry_date: hora de entrada | ingresso | ora di ingresso | ora ingresso | wjazd | vjezd
entry_date: infart | innkjoring | indkorsel | sisaantulo | giris | 入庫 | 입차
exit_date exit_time exit time_out: exit | exit date | exit time | time out | ausfahrt
exit_date: ausfahrtszeit | uitrit | uitrijtijd | sortie | heure de sortie | salida
exit_date: hora de salida | uscita | ora di uscita | ora uscita | wyjazd | vyjezd | utfart
exit_date: utkjoring | udkorsel | ulosajo | cikis | 出庫 | 출차
# Fuel bought, by the litre, and a rental's charge for the fuel it came back without.
fuel_litres litres liters fuel_liters fuel_volume fuel_quantity: litres | liters | litros
fuel_litres: litri | liter | litrar | litra | litry | volume | menge liter | 給油量 | 주유량
fuel_charge refuelling_charge refueling_charge: fuel charge | refuelling charge
fuel_charge: refueling charge | refuel charge | fuel service charge | fuel surcharge
fuel_charge: tankservice | nachtankgebuhr | betankungsgebuhr | frais de carburant
fuel_charge: cargo por combustible | cargo de combustible | addebito carburante
fuel_charge: tankkosten | brandstoftoeslag
# What an hour of work is charged at: a column heading over it, or a sentence before it
# ("Stundenansatz gemäss Offerte: CHF 135.00", "tuntiveloitus 78,00 EUR/h").
hourly_rate rate_per_hour hour_rate labour_rate: hourly rate | rate per hour | hourly charge
hourly_rate: stundensatz | stundenansatz | stundenlohn | stundenpreis | taux horaire
hourly_rate: tarif horaire | tarifa por hora | tarifa horaria | precio hora | precio por hora
hourly_rate: tariffa oraria | costo orario | uurtarief | uurloon | prijs per uur | valor hora
hourly_rate: preco por hora | valor por hora | stawka godzinowa | stawka za godzine
hourly_rate: hodinova sazba | sazba za hodinu | timpris | timtaxa | timepris | timesats
hourly_rate: timelon | tuntihinta | tuntiveloitus | oradij | saatlik ucret | ωριαια αμοιβη
hourly_rate: 時間単価 | 時給 | 시간당 단가 | 시급
# What a club, an association or a union charges its members for a year or a season.
membership_fee membership_dues annual_subscription subscription_fee dues: membership fee
membership_fee: membership dues | annual membership | annual subscription | annual dues
membership_fee: mitgliedsbeitrag | mitgliederbeitrag | jahresbeitrag | vereinsbeitrag
membership_fee: cotisation | cotisation annuelle | cuota de socio | cuota anual | cuota social
membership_fee: quota associativa | quota sociale | quota annuale | contributie | lidmaatschap
membership_fee: medlemsavgift | arsavgift | kontingent | medlemskontingent | medlemskab
membership_fee: skladka czlonkowska | clensky prispevek | jasenmaksu | tagdij | 会費 | 회비
# A price cut, in the languages read (an early-payment "Skonto" too).
discount discount_amount discounts: discount | discount amount | total discount
discount: less discount | rabatt | nachlass | preisnachlass | skonto | remise | rabais
discount: total savings | total savings today | you saved | you save | savings today
discount: reduction | descuento | bonificacion | sconto | riduzione | korting | rabat
discount: znizka | upust | sleva | alennus | kedvezmeny | indirim | εκπτωση | desconto
discount: 割引 | 値引 | 値引き | 할인
discount: iskonto | toplam iskonto | iskonto tutari | indirim tutari | toplam indirim
# An expense claim's figures, as employers' forms print them.
reimbursable_total amount_reimbursable total_reimbursable reimbursement_due: amount reimbursable
reimbursable_total: reimbursable amount | total reimbursable | amount due to employee
reimbursable_total: balance due to employee | due to employee | net reimbursement
reimbursable_total: total reimbursement | to be reimbursed | amount to be reimbursed
reimbursable_total: erstattungsbetrag | auszahlungsbetrag | auszahlung an mitarbeiter
reimbursable_total: montant a rembourser | total a rembourser | a rembourser | a reembolsar
reimbursable_total: importe a reembolsar | total a reembolsar | da rimborsare
reimbursable_total: importo da rimborsare | totale da rimborsare | te vergoeden
reimbursable_total: totaal te vergoeden | att utbetala | till utbetalning | til utbetaling
reimbursable_total: udbetales | kwota do zwrotu | do zwrotu | k proplaceni | k vyplaceni
reimbursable_total: 精算額 | 支給額
mileage_rate rate_per_mile rate_per_km km_rate: mileage rate | rate per mile | rate per km
mileage_rate: per mile rate | km rate | kilometre rate | kilometer rate | kilometersatz
mileage_rate: km satz | kilometerpauschale | taux kilometrique | tarifa por km
mileage_rate: tariffa chilometrica | kilometervergoeding per km | kr per mil | stawka za km
mileage_rate: sazba za km
mileage_allowance mileage_reimbursement mileage_claim car_allowance: mileage allowance
mileage_allowance: mileage reimbursement | mileage claim | mileage | car allowance
mileage_allowance: kilometergeld | kilometerentschadigung | fahrtkosten | indemnites kilometriques
mileage_allowance: indemnite kilometrique | kilometraje | rimborso chilometrico
mileage_allowance: kilometervergoeding | bilersattning | kjoregodtgjorelse | kilometergodtgorelse
mileage_allowance: kilometrowka | nahrada za pouziti vozidla | kilometrikorvaus
per_diem per_diem_total per_diems daily_allowance meal_allowance: per diem | per diem total
per_diem: per diems | daily allowance | meal allowance | m&ie | subsistence
per_diem: verpflegungspauschale | verpflegungsmehraufwand | tagegeld | traktamente
per_diem: summa traktamente | diett | diett totalt | diaeter | indemnite journaliere
per_diem: indemnites de repas | dietas | diaria | diarias | diaria di trasferta | diety
per_diem: stravne | paivaraha | 日当
meal_deduction meals_deduction meal_reduction: meal deduction | meals deduction
meal_deduction: deduction for meals | meals provided | avdrag maltider | avdrag for maltider
meal_deduction: kurzung verpflegung | kurzung mahlzeiten | abzug mahlzeiten
meal_deduction: reduction repas | trekk for maltider | fradrag for maltider
travel_end return_date_home trip_end: return | date of return | return home | ruckkehr
travel_end: ruckreise | date de retour | regreso | fecha de regreso | ritorno
travel_end: data di ritorno | terugkeer | hemkomst | hemresa | hjemkomst | hjemreise
travel_end: hjemrejse | powrot | navrat | paluu
travel_start trip_start: departure | date of departure | outbound | abreise | hinreise
travel_start: date de depart | salida | partenza | vertrek | avresa | avreise | afrejse
travel_start: wyjazd | odjezd | lahto
passenger passenger_name traveller traveler: passenger | passenger name | traveller | traveler
passenger: passagier | fahrgast | reisender | passager | pasajero | passeggero | viaggiatore
passenger: pasazer
passenger: 승객명 | 승객 | 탑승객 | 탑승자 | 乗客名 | 搭乗者名
passenger: reisende | resenar | rejsende | matkustaja | cestujici | yolcu | επιβατης
patient patient_name: patient | patient name | patientin | patiente | paciente | paziente
council_tax_band tax_band valuation_band property_band band: valuation band | council tax band
council_tax_band: tax band | property band | band
tenant tenant_name lessee: tenant | tenant name | lessee | mieter | locataire | inquilino
tenant: arrendatario | conduttore | huurder | najemca
tenant: hyresgast | najemce | najomca | locatario | inquilina | locataria
# The other side of a lease: the landlord, and the agent who manages the property for the
# landlord or the owners (a letting agent, a syndic, a Hausverwaltung, an isännöitsijä).
landlord landlord_name lessor: landlord | lessor | vermieter | vermieterin | bailleur
landlord: verhuurder | hyresvard | udlejer | utleier | vuokranantaja | wynajmujacy
landlord: pronajimatel | prenajimatel | senhorio | senhoria | locador | locadora | arrendador
landlord: locatore | 貸主 | 家主
property_manager managing_agent letting_agent: property manager | managing agent
property_manager: letting agent | managed by | administrateur de biens | isannoitsija
property_manager: administreret af | administreres af | 管理会社
borrower borrower_name borrowers: borrower | borrowers | mortgagor | darlehensnehmer
borrower: emprunteur | prestatario | mutuatario
renter hirer: renter | hirer | main driver | najemca | locatario | arrendatario
shipper consignor sender: shipper | consignor | sender | absender | versender | expediteur
shipper: remitente | mittente | afzender | nadawca | odesilatel | odosielatel | avsandare
shipper: afsender | avsender | ship from | shipped from
consignee receiver recipient: consignee | receiver | destinatario | geadresseerde | odbiorca
consignee: recipient | empfanger | destinataire | adresat | adresat zasilky | prijemce | prijemca
consignee: mottagare | modtager | mottaker | ship to | deliver to
employer employer_name: employer | employer name | arbeitgeber | employeur | empleador
employer: datore di lavoro | werkgever | pracodawca
incoterms incoterm delivery_terms terms_of_delivery shipping_terms trade_terms: incoterms
incoterms: incoterm | delivery terms | terms of delivery | shipping terms | trade terms
incoterms: price term | price terms | terms of price | trade term | delivery term
incoterms: lieferbedingungen | lieferbedingung | leveringsbetingelser | leveringsbetingelse
incoterms: leveransvillkor | leveringsvoorwaarden | conditions de livraison | resa
incoterms: condiciones de entrega | condizioni di consegna | warunki dostawy | dodaci podminky
# Where a shipment is loaded and discharged, in the languages of the papers that carry it
# ("PUERTO DE CARGA / PORT OF LOADING", "Ladehafen (POL)"); not a bare "POL" or "POD" (a
# proof of delivery is one too).
port_of_loading loading_port port_of_shipment shipment_port: port of loading
port_of_loading: port of shipment | loading port | port of lading | puerto de carga
port_of_loading: puerto de embarque | porto de embarque | porto de carregamento
port_of_loading: porto di carico | porto d'imbarco | port de chargement | port d'embarquement
port_of_loading: ladehafen | verladehafen | laadhaven | port zaladunku | lastehavn
port_of_loading: lastningshamn | yukleme limani
vessel vessel_name ship_name: vessel | vessel name | name of vessel | ocean vessel | navire
vessel: nom du navire | schiff | schiffsname | buque | nombre del buque | nome della nave
vessel: navio | nome do navio | schip | scheepsnaam | fartyg | statek | nazwa statku | gemi adi
port_of_discharge discharge_port port_of_destination destination_port: port of discharge
port_of_discharge: port of destination | discharge port | puerto de descarga
port_of_discharge: puerto de destino | porto de destino | porto de descarga | porto di scarico
port_of_discharge: porto di destinazione | port de dechargement | port de destination
port_of_discharge: loschhafen | bestimmungshafen | loshaven | port wyladunku | lossehavn
port_of_discharge: lossningshamn | bosaltma limani
# A Vietnamese invoice's template and series ("Ký hiệu: 1C25TNP"), printed beside its number.
invoice_symbol invoice_series invoice_serial serial_symbol: ky hieu | ky hieu hoa don
invoice_symbol: invoice symbol | invoice series | invoice serial | serial
# A Brazilian NF-e's 44-digit key, printed in groups of four under its heading.
access_key nfe_key nfe_access_key chave_de_acesso chave_acesso: chave de acesso | access key
exchange_rate fx_rate conversion_rate rate_of_exchange: exchange rate | rate of exchange
exchange_rate: fx rate | conversion rate | wechselkurs | umrechnungskurs | taux de change
exchange_rate: tipo de cambio | tasso di cambio | taxa de cambio | wisselkoers | kurs
exchange_rate: kurs waluty | kurs sredni | valutakurs | vaxelkurs | kurz | arfolyam
exchange_rate: doviz kuru | curs valutar | curs de schimb | tc
booking_reference booking_ref pnr confirmation_number reservation_number: booking reference
booking_reference: booking ref | booking code | pnr | reservation number | reservation code
booking_reference: confirmation code | buchungsnummer | buchungscode | reservierungsnr
booking_reference: reference de reservation | localizador | codice prenotazione
booking_reference: boekingsnummer | numer rezerwacji | kod rezerwacji
booking_reference: numero de reserva | codigo de reserva | referencia de reserva
booking_reference: expediente | numero de expediente | dossier | numero de dossier
booking_reference: numero pratica | pratica | vorgangsnummer | reservierungsnummer
booking_reference: numero di prenotazione | numero prenotazione | n prenotazione
tracking_number awb_number waybill_number consignment_number: tracking number | tracking no
tracking_number: air waybill number | air waybill | awb | awb number | waybill | waybill number
tracking_number: consignment note | consignment number | con note | sendungsnummer
tracking_number: numero de suivi | lettre de transport | numero de seguimiento
tracking_number: lettera di vettura | vrachtbrief | list przewozowy
tracking_number: cislo zasilky | cislo zasielky | numer przesylki
credit_limit: credit limit | credit line | kreditrahmen | limite de credit | limite de credito
minimum_payment minimum_due minimum_amount_due: minimum payment | minimum payment due
minimum_payment: minimum due | minimum amount due | mindestbetrag | paiement minimum
minimum_payment: pago minimo
meter_reading: meter reading | current reading | present reading | zahlerstand | lectura
meter_reading: lettura | meterstand | stan licznika | leitura | leitura atual
interest_rate: interest rate | rate of interest | annual percentage rate | zinssatz | taux d interet
interest_rate: tipo de interes | tasso di interesse | oprocentowanie | taxa de juro
interest_rate: tanb | taxa anual nominal bruta | taeg | tae | tasso annuo nominale
room_rate: room rate | zimmerpreis | prix de la chambre | tarifa habitacion
fare ticket_price: fare | ticket price | fahrpreis | tarif | tarifa | tariffa | cena biletu
delivery_note_number delivery_note_no delivery_note: delivery note number | delivery note no
delivery_note_number: delivery note | lieferschein nr | lieferscheinnummer | lieferschein
delivery_note_number: bon de livraison | bon de livraison n | albaran | albaran n | ddt n
delivery_note_number: documento di trasporto | pakbon | pakbonnummer | leveransnummer
delivery_note_number: foljesedel | dodaci list | dodaci list c | wz nr
delivery_note_number: n albaran | no albaran | n° albaran | numero de albaran | n bon de livraison
delivery_note_number: pakbon nr | numero ddt | n ddt | nr wz | foljesedel nr | foljesedelnummer
period billing_period statement_period service_period pay_period coverage_period: period
period: billing period | statement period | service period | pay period | coverage period
period: period covered | billing cycle | zeitraum | abrechnungszeitraum | leistungszeitraum
period: abrechnungsperiode | periode | periode de facturation | periodo | factuurperiode
period: periodo de facturacion | periodo di fatturazione | periodo de faturacao | okres
period: okres rozliczeniowy | faktureringsperiod | obdobi | zuctovaci obdobi
period: periodo de seguro | periodo do seguro | periodo di copertura | periode d assurance
period: versicherungszeitraum | verzekeringsperiode | forsakringsperiod | loneperiod
period: laskutusjakso | avregningsperiode | fakturaperiode | afregningsperiode
period: your bill for | bill for | bill for the period | charges for the period
period: ご利用期間 | ご請求期間
period: 対象期間 | 請求期間 | 利用期間 | 計算期間 | 정산 기간 | 청구 기간 | 이용 기간 | 账单周期
# Finnish, Norwegian, Danish, Hungarian, Romanian, Turkish and Greek.
order_date: tilauspaiva | tilauspaivamaara | tilauspvm | ordredato | bestillingsdato
order_date: rendeles datuma | megrendeles datuma | rendelesi datum | data comenzii | data comanda
order_date: siparis tarihi | ημερομηνια παραγγελιας | ημ/νια παραγγελιας
delivery_date: toimituspaiva | toimituspaivamaara | toimitus pvm | leveringsdato
delivery_date: szallitas datuma | szallitasi datum | szallitasi hatarido | teljesites datuma
delivery_date: teljesites kelte | teljesites idopontja | data livrarii | data livrare
delivery_date: termen de livrare | teslim tarihi | teslimat tarihi | ημερομηνια παραδοσης
delivery_date: ημ/νια παραδοσης
account_number: tilinumero | tilin numero | tilinro | kontonummer | kontonr | bankszamlaszam
account_number: szamlaszam | bankszamla szama | numar cont | nr cont | cont nr | numarul contului
account_number: hesap no | hesap numarasi | αριθμος λογαριασμου | αρ λογαριασμου
# A securities account, as brokers and custodians print it (the depot, the portfolio).
account_number: depotnummer | depot nr | depot nummer | depotkonto | portfolio nr | portfolionummer
account_number: kunden portfolio nr | depanummer | depa nr | effectenrekening
account_number: compte titres n | compte titres | numero de compte titres | rapporto n
account_number: numero rapporto | dossier titoli n | dossier titoli | conto titoli n
account_number: cuenta de valores | numero de cuenta de valores | conta de titulos
account_number: identyfikator konta | numer konta | nr konta | rachunek maklerski nr
account_number: 口座番号 | 受益人帳號 | 帳號 | 帳戶號碼 | 證券帳號 | 账号 | 账户号码 | 证券账户
account_holder: tilin omistaja | tilinhaltija | kontoinnehaver | kontoeier
account_holder: kontoindehaver | szamlatulajdonos | szamla tulajdonosa | titular cont
account_holder: titularul contului | hesap sahibi | δικαιουχος | δικαιουχος λογαριασμου
account_holder: κατοχος λογαριασμου
statement_date: tiliotteen paivamaara | utskriftsdato | udskriftsdato | kivonat datuma
statement_date: utskriftsdatum | kontoutdrag per | estratto conto al | releve au | extracto al
statement_date: kivonat kelte | data extrasului | data extras | hesap kesim tarihi
statement_date: ekstre tarihi | ekstre kesim tarihi
opening_balance: edellinen saldo | alkusaldo | forrige saldo | inngaende saldo | indgaende saldo
opening_balance: nyito egyenleg | elozo egyenleg | kezdo egyenleg | sold initial | sold anterior
opening_balance: sold precedent | onceki bakiye | devreden bakiye | onceki donem borcu
opening_balance: acilis bakiyesi | προηγουμενο υπολοιπο | υπολοιπο εκ μεταφορας
opening_balance: αρχικο υπολοιπο
# A Japanese month-end invoice (締め請求書) heads a row of figures: the last bill, what was paid
# in, what is carried over, this month's purchases, their tax and this bill.
opening_balance: 前回御請求額 | 前回ご請求額 | 前回請求額 | 前月御請求額 | 前月ご請求額
balance_forward carried_forward: 繰越金額 | 差引繰越額 | 繰越残高
current_purchases purchases: 今回御買上額 | 今回お買上額 | 今回ご買上額 | 今回買上額 | 今回売上額
consumption_tax: 消費税額 | 消費税 | consumption tax | jct | 消費税額合計 | 消費税合計
closing_date cutoff_date billing_cutoff: 締日 | 締切日 | 締め日 | 締切 | closing date
# The Japanese qualified invoice issuer's number ("T" and thirteen digits).
registration_number invoice_registration_number: 登録番号 | 適格請求書発行事業者登録番号
closing_balance: uusi saldo | loppusaldo | ny saldo | udgaende saldo | zaro egyenleg
closing_balance: uj egyenleg | sold final | yeni bakiye | kapanis bakiyesi | guncel bakiye
closing_balance: νεο υπολοιπο | τελικο υπολοιπο
quote_number: tarjousnumero | tarjous nro | tilbudsnummer | tilbud nr | arajanlat szama
quote_number: arajanlatszam | numar oferta | nr oferta | oferta nr | teklif no | teklif numarasi
quote_number: αριθμος προσφορας | αρ προσφορας
quote_date: tarjouspaiva | tarjouksen paivamaara | tilbudsdato | arajanlat kelte
quote_date: arajanlat datuma | data ofertei | teklif tarihi | ημερομηνια προσφορας
valid_until: tarjous voimassa | voimassa asti | gyldig til | ervenyes | ervenyesseg
valid_until: valabil pana la | valabilitate | gecerlilik tarihi | son gecerlilik tarihi
valid_until: gecerlilik | ισχυς εως
policy_number: vakuutusnumero | vakuutuksen numero | polisenummer | forsikringsnummer | polisenr
policy_number: kotvenyszam | kotveny szama | szerzodesszam | numar polita | nr polita
policy_number: polita nr | numarul politei | police no | police numarasi | αριθμος συμβολαιου
policy_number: αρ συμβολαιου | αριθμος ασφαλιστηριου
start_date: alkamispaiva | voimassaolo alkaa | vakuutuskausi | startdato | gyldig fra
start_date: forsikringsperiode | ikrafttraedelsesdato | kezdo datum | kockazatviseles kezdete
start_date: ervenyesseg kezdete | biztositasi idoszak | data inceperii | data de inceput
start_date: valabil de la | perioada de asigurare | baslangic tarihi | police baslangic tarihi
start_date: ημερομηνια εναρξης | εναρξη ισχυος
end_date: paattymispaiva | voimassaolo paattyy | sluttdato | utlopsdato | slutdato | udlobsdato
end_date: fornyelsesdato | lejarat | lejarati datum | kockazatviseles vege | ervenyesseg vege
end_date: data expirarii | data de sfarsit | data incetarii | bitis tarihi | police bitis tarihi
end_date: ημερομηνια ληξης | ληξη ισχυος
premium: vakuutusmaksu | vuosimaksu | vakuutusmaksu yhteensa | forsikringspremie | totalpremie
premium: forsikringspraemie | praemie i alt | samlet praemie | biztositasi dij | eves dij
premium: eves biztositasi dij | prima de asigurare | prima anuala | prima totala | prim tutari
premium: toplam prim | yillik prim | brut prim | ασφαλιστρο | ετησιο ασφαλιστρο
premium: συνολικο ασφαλιστρο | μικτο ασφαλιστρο | πληρωτεο ασφαλιστρο
gross_pay: bruttopalkka | palkka yhteensa | bruttolonn | bruttolon | brutto ber | brutto kereset
gross_pay: salariu brut | venit brut | brut ucret | brut maas | μικτες αποδοχες
gross_pay: μεικτες αποδοχες | ακαθαριστες αποδοχες
net_pay: nettopalkka | maksettava palkka | nettolonn | netto utbetalt | utbetalt | nettolon
net_pay: til udbetaling | udbetalt | netto ber | kifizetendo | salariu net | rest de plata
net_pay: net ucret | net maas | net odenen | ele gecen | καθαρες αποδοχες | καθαρο πληρωτεο
employee_id: henkilonumero | tyontekijanumero | ansattnummer | ansattnr | medarbejdernummer
employee_id: medarbejdernr | lonnummer | torzsszam | marca | sicil no | personel no
employee_id: αριθμος μητρωου | κωδικος εργαζομενου
pay_date: maksupaiva | palkanmaksupaiva | utbetalingsdato | udbetalingsdato | kifizetes datuma
pay_date: fizetes datuma | data platii | odeme tarihi | ημερομηνια πληρωμης
invoice_reference: hyvitettava lasku | alkuperainen lasku | opprinnelig faktura
invoice_reference: puvodni faktura | opravovany doklad | korygowana faktura
invoice_reference: gjelder faktura | oprindelig faktura | eredeti szamla | helyesbitett szamla
invoice_reference: eredeti szamla sorszama | factura initiala | factura de referinta
invoice_reference: ilgili fatura | σχετικο παραστατικο | αρχικο τιμολογιο
check_in: saapumispaiva | saapuminen | tulopaiva | innsjekking | indtjekning | erkezes
check_in: erkezes datuma | erkezesi datum | sosire | data sosirii | giris tarihi | giris
check_in: gelis tarihi | αφιξη | ημερομηνια αφιξης
check_out: lahtopaiva | lahto | avreise | avreisedato | utsjekking | udtjekning | tavozas
check_out: tavozas datuma | indulas | plecare | data plecarii | cikis tarihi | cikis
check_out: αναχωρηση | ημερομηνια αναχωρησης
ship_date: lahetyspaiva | sendedato | forsendelsesdato | afsendelsesdato | feladas datuma
ship_date: data expedierii | sevk tarihi | ημερομηνια αποστολης
pickup_date: noutopaiva | hentedato | afhentningsdato | atvetel datuma | data preluarii
pickup_date: alis tarihi | teslim alma tarihi | ημερομηνια παραλαβης
return_date: palautuspaiva | returdato | innleveringsdato | afleveringsdato | data returnarii
return_date: donus tarihi | iade tarihi | ημερομηνια επιστροφης
rental_agreement_number: sopimusnumero | vuokrasopimuksen numero | avtalenummer
rental_agreement_number: kontraktsnummer | aftalenummer | kontraktnummer | szerzodesszam
rental_agreement_number: szerzodes szama | numar contract | nr contract | contract nr
rental_agreement_number: sozlesme no | sozlesme numarasi | kira sozlesmesi no
rental_agreement_number: αριθμος συμβολαιου | αριθμος συμβασης | αρ συμβολαιου
date_of_service: palvelupaiva | kayntipaiva | behandlingsdato | data prestarii | hizmet tarihi
date_of_service: ημερομηνια παροχης
guest_name: vieras | gjest | vendeg | vendeg neve | oaspete | nume oaspete | misafir
guest_name: misafir adi
passenger: matkustaja | passasjer | reisende | rejsende | utas | utas neve | pasager
passenger: nume pasager | yolcu | yolcu adi | επιβατης | ονομα επιβατη
patient: potilas | pasient | beteg | paciens | pacient | hasta adi | ασθενης
tenant: vuokralainen | leietaker | lejer | berlo | chirias | kiraci | μισθωτης
borrower: lainanottaja | velallinen | lantaker | lantager | ados | hitelfelvevo | imprumutat
borrower: borclu | δανειολητης
renter: vuokraaja | leietaker | lejer | berlo | kiraci | μισθωτης
shipper: lahettaja | felado | expeditor | gonderici | gonderen | αποστολεας
consignee: vastaanottaja | cimzett | destinatar | alici | παραληπτης
employer: tyonantaja | arbeidsgiver | arbejdsgiver | munkaltato | angajator | isveren
employer: εργοδοτης
booking_reference: varausnumero | varaustunnus | bestillingsnummer | bookingnummer
booking_reference: 예약번호 | 예매번호 | 予約番号 | 予約no
booking_reference: bookingreferanse | reservationsnummer | foglalasi szam | foglalas szama
booking_reference: numar rezervare | cod rezervare | rezervasyon no | rezervasyon kodu
booking_reference: αριθμος κρατησης | κωδικος κρατησης
tracking_number: lahetystunnus | seurantakoodi | seurantanumero | sporingsnummer
tracking_number: sendingsnummer | forsendelsesnummer | kuldemenyazonosito | csomagszam
tracking_number: nyomkovetesi szam | numar awb | numar de urmarire | takip no | kargo takip no
tracking_number: gonderi no | αριθμος αποστολης | αριθμος παρακολουθησης
credit_limit: luottoraja | kredittgrense | kreditgraense | kreditramme | hitelkeret
credit_limit: limita de credit | kart limiti | kredi limiti | toplam limit | πιστωτικο οριο
credit_limit: οριο πιστωσης
minimum_payment: vahimmaismaksu | minimimaksu | minstebelop | minimumsbetaling
minimum_payment: minimumsbelob | minimum fizetendo | minimum fizetendo osszeg
minimum_payment: legkisebb fizetendo osszeg | plata minima | suma minima de plata
minimum_payment: asgari odeme tutari | asgari odeme | ελαχιστη καταβολη
minimum_payment: ελαχιστο ποσο πληρωμης
meter_reading: mittarilukema | lukema | malerstand | meroallas | index nou | index actual
meter_reading: index | sayac okuma | son endeks | endeks | ενδειξη μετρητη | νεα ενδειξη
interest_rate: korko | korkoprosentti | vuosikorko | rentesats | nominell rente
interest_rate: effektiv rente | debitorrente | kamatlab | thm | ugyleti kamat | rata dobanzii
interest_rate: dobanda | dae | faiz orani | akdi faiz | επιτοκιο
room_rate: huoneen hinta | rompris | vaerelsespris | szobaar | tarif camera | pret camera
room_rate: oda ucreti | oda fiyati | τιμη δωματιου
room_rate: room tariff per night | tariff per night | rate per night
room_rate: nightly rate | room rate per night | price per night | preis pro nacht
room_rate: prix par nuit | precio por noche | prezzo per notte | prijs per nacht | 1泊料金
fare: lipun hinta | matkan hinta | billettpris | billetpris | takst | menetdij | jegyar
fare: viteldij | pret bilet | bilet ucreti | ναυλος | τιμη εισιτηριου
fare: jizdne | cestovne | przejazd | oplata za przejazd
delivery_note_number: lahetteen numero | lahete nro | lahetenumero | pakkseddel
delivery_note_number: pakkseddelnummer | folgeseddel | folgeseddel nr | szallitolevel
delivery_note_number: szallitolevel szama | szallitolevelszam | aviz de insotire | aviz nr
delivery_note_number: nr aviz | irsaliye no | irsaliye numarasi | sevk irsaliyesi
delivery_note_number: δελτιο αποστολης | αριθμος δελτιου αποστολης
period: ajanjakso | jakso | laskutuskausi | vakuutuskausi | forsikringsperiode | idoszak
period: elszamolasi idoszak | szamlazasi idoszak | biztositasi idoszak | perioada
period: perioada de facturare | perioada facturata | donem | fatura donemi | hesap donemi
period: περιοδος | περιοδος χρεωσης | περιοδος καταναλωσης | περιοδος ασφαλισης
deposit_paid deposit deposit_received advance advance_payment advance_paid: deposit
deposit_paid down_payment prepayment deposit_amount: deposit paid | deposit received
deposit_paid: less deposit | less deposit paid | advance payment | advance paid | down payment
deposit_paid: prepayment | anzahlung | erhaltene anzahlung | geleistete anzahlung
deposit_paid: abzuglich anzahlung | abschlagszahlung | vorauszahlung | acompte | acompte verse
deposit_paid: acompte recu | acompte deja verse | avance | anticipo | anticipo recibido
deposit_paid: anticipo requerido | anticipo pagado | acconto | acconto versato | acconto ricevuto
deposit_paid: caparra | aanbetaling | betaalde aanbetaling | voorschot | zaliczka | zaloha
deposit_paid: vorschuss | abzuglich vorschuss | reisekostenvorschuss | travel advance
deposit_paid: ennakko | avans | sinal recebido
deposit_paid: a conto | aconto | a conto-faktura | aconto-faktura | fratrukket a conto
deposit_paid: adiantamento | sinal | forskudd | forskud | forskott | handpenning
withholding_tax withholding tax_withheld withholding_amount irpf_withholding irpf: withholding
withholding_tax retention_irpf: withholding tax | tax withheld | retencion | retencion irpf
withholding_tax: retenciones irpf | irpf | retencao na fonte | retencao na fonte irs | retencao
withholding_tax: retencao na fonte de irs
withholding_tax: ritenuta d acconto | ritenuta | retenue a la source | quellensteuer
withholding_tax: bronheffing | kildeskat | kallskatt
amount_received amount_paid total_paid paid_amount received_amount: amount received
amount_received: amount paid | total paid | paid | payment received | importancia recebida
amount_received: valor recebido | quantia recebida | montant recu | montant paye | importe pagado
amount_received: importe cobrado | importo pagato | importo ricevuto | bezahlt | erhalten
amount_received: 御入金額 | ご入金額 | 入金額 | 今回御入金額 | 今回ご入金額
amount_received: zaplacono | kwota zaplacona | 支払済
amount_received: gezahlter betrag | betaald | ontvangen bedrag
amount_received: valor pago | pagamento | montante pago
buyer_reference buyers_reference buyer_ref leitweg_id: buyer reference | buyer s reference
buyer_reference: buyer ref | kauferreferenz | leitweg id | leitwegid | reference acheteur
buyer_reference: referentie koper | referentie van de koper | riferimento acquirente
buyer_reference: referencia del comprador
# How a receipt or an invoice was paid, in the languages read.
payment_method payment_type payment_mode payment_means tender paid_by paid_with: payment method
payment_method: payment type | method of payment | mode of payment | form of payment | paid with
payment_method: paid using | card used | payment card | charged to | refunded to
payment_method: zahlungsart | zahlungsweise | bezahlt mit | bezahlt per
payment_method: moyen de paiement | mode de paiement | mode de reglement | paye par | paye avec
payment_method: forma de pago | metodo de pago | medio de pago | pagado con | pago con
payment_method: metodo di pagamento | modalita di pagamento | pagato con | betaalwijze
payment_method: betaalmethode | betaald met | meio de pagamento | forma de pagamento | pago com
payment_method: betalningssatt | betalningsmetod | betalt med | betalingsmetode | betalingsmade
payment_method: maksutapa | sposob platnosci | forma platnosci | odeme sekli | odeme yontemi
payment_method: 支払方法 | お支払方法 | 결제수단 | 결제 수단 | 支付方式 | 付款方式
# A document's reference number, as a payment slip or a letter heads it: "Referenz" over a
# QR-bill's reference, "Our reference".
reference_number reference_no ref_number ref_no: reference number | reference no | reference
reference_number: referenz | referenznummer | reference | referencia | riferimento
reference_number: referentie | referens | referanse | reference n | n de reference
# What delivery cost: a shipping line among the totals, in the languages of the rules.
shipping_amount shipping shipping_cost shipping_fee freight_amount delivery_charge: shipping
shipping_amount: shipping & handling | shipping and handling | freight | freight charges
shipping_amount: delivery charge | delivery & installation | delivery | carriage | postage
shipping_amount: versandkosten | frachtkosten | fracht | frais de port | frais de livraison
shipping_amount: portes | gastos de envio | spese di trasporto | spese di spedizione
shipping_amount: vrachtkosten | verzendkosten | frete | fraktkostnader | frakt | fragt
shipping_amount: koszty transportu | doprava
payment_reference payment_ref structured_communication remittance_reference: payment reference
payment_reference: payment ref | zahlungsreferenz | verwendungszweck | communication structuree
payment_reference: gestructureerde mededeling | referentie betaling | betalingskenmerk
payment_reference: betalingsreferentie | reference de paiement | referencia de pago
payment_reference: riferimento pagamento | referencia do pagamento
# The Nordic reference a payer quotes for the payee's bank to match the payment.
payment_reference: ocr nummer | ocr number | ocr | kid | kid nr | kidnummer | viitenumero
payment_reference: viitenumber | viitenr | viitenumbri
# Norway's KID spelled out, and Australia's BPAY customer reference number (CRN).
payment_reference: kundeidentifikasjon | kundeidentifikasjon kid | crn | ref crn
payment_reference: bpay ref | bpay reference | bpay crn
# ... and the bare "Ref:" under a BPAY box's "Biller Code:" (see the rules' ``_allowed``).
payment_reference: ref
# In a sentence of the payment terms: "with payment code BCH-7Q42K", "Please use reference
# SCC0058-33817", "Please reference CF300764 with your ACH payment".
payment_reference: payment code | use reference | please reference | using reference
# Odoo's line under the totals: "Please use the following communication for your payment".
payment_reference: following communication for your payment | communication for your payment
payment_reference: volgende mededeling te gebruiken voor uw betaling
payment_reference: communication suivante pour votre paiement
payment_reference: folgende mitteilung fur ihre zahlung | siguiente comunicacion para su pago
# An e-invoice's unique identifier: the CFDI's folio fiscal, Turkey's ETTN (a UUID).
uuid invoice_uuid document_uuid ettn folio_fiscal: uuid | folio fiscal | folio fiscal uuid | ettn
# A Swedish or Finnish giro's payment reference, checked by the bank ("OCR-nummer", "Viite").
ocr_reference ocr_number ocr_no ocr_ref ocr: ocr | ocr nummer | ocr number | ocr no | ocr nr
ocr_reference: ocr referens | ocr reference | ocr ref
qst_number qst_no qst_registration_number tvq_number: qst no | qst number | qst registration
qst_number: qst registration no | qst reg no | no tvq | tvq no | numero de tvq | n de tvq
qst_number: numero tvq
sst_number sst_no sst_registration_number sst_reg_no: sst registration no | sst registration number
sst_number: sst reg no | sst registration | sst id | sst no
customer_vat_number customer_vat_id customer_vat_no customer_vat buyer_vat_number: customer vat
customer_vat_number buyer_vat_id client_vat_number customer_tax_id: customer vat id
customer_vat_number: customer vat number | customer vat no | customer vat reg no | client vat
customer_vat_number: client vat number | buyer vat number | buyer vat id | buyer vat no
customer_vat_number: tva client | n tva client | numero tva client | n tva intracom client
customer_vat_number: ust id kunde | ust idnr kunde | ust id nr des kunden | kunden ust id
customer_vat_number: partita iva cliente | p iva cliente | nif cliente | cif cliente
customer_vat_number: nif do cliente | btw nummer klant | btw nr klant | btw nummer afnemer
customer_vat_number: αφμ πελατη | αφμ αγοραστη | αφμ λημπτη
customer_vat_number: инн покупателя | инн кпп покупателя | унп покупателя | унп пакупніка
customer_vat_number: пиб купца | едб на купувачот | сатып алуучунун инн | сотиб олувчининг стири
supplier_vat_number supplier_vat_id supplier_vat_no vendor_vat_number vendor_vat_id: supplier vat
supplier_vat_number seller_vat_number seller_vat_id: supplier vat number | supplier vat no
supplier_vat_number: supplier vat id | supplier vat reg no | supplier vat registration number
supplier_vat_number: vendor vat number | vendor vat no | seller vat number | seller vat id
supplier_vat_number: tva fournisseur | ust id lieferant | partita iva fornitore
supplier_vat_number: nif proveedor | btw nummer leverancier
# A card acquirer's or a payment processor's number for the merchant.
merchant_id merchant_number merchant_no mid: merchant id | merchant number | merchant no | mid
merchant_id: merchant account | handler id | handlernummer | handler nr | vertragsnummer handler
merchant_id: numero commercant | n commercant | identifiant commercant | numero de comercio
merchant_id: codigo de comercio | id comercio | codice esercente | id esercente
merchant_id: handelaarsnummer | merchant nummer | numero do estabelecimento | uye isyeri no
merchant_id: uye isyeri numarasi | isyeri no | 가맹점 번호 | 加盟店番号
# A settlement's own number and what a store's or a platform's sales brought in.
settlement_number settlement_no settlement_id settlement_reference: settlement number
settlement_number: settlement no | settlement id | settlement reference | 정산서 번호
settlement_number: 정산 번호 | 精算書番号 | 精算番号
proceeds net_proceeds total_proceeds: proceeds | net proceeds | total proceeds | 収益合計
proceeds: 収益 | 売上金 | 수익금
# A platform's payout statement (a driver's, a host's, a seller's, a creator's): what it pays
# out, what the sales came to before its cut, what it refunded and what it kept.
net_payout payout_amount total_payout net_payment amount_paid_out: net payout | payout amount
net_payout: total payout | net payment | net paid out | total paid out | amount paid out
net_payout: payout to artist | payout to seller | payout to creator | amount to be paid out
net_payout: auszahlungsbetrag | auszahlungssumme | total verse | total verse sur la periode
net_payout: montant verse | net verse | importe liquidado | importe neto liquidado
net_payout: importe a liquidar | totaal uitbetaald | netto uitbetaling | uitbetaald bedrag
net_payout: importo erogato | importo accreditato | importo netto erogato | valor liquido
net_payout: valor liquido repassado | valor repassado | att utbetala | utbetalt belopp
net_payout: お支払額 | お支払金額 | 支払額 | 지급액 | 최종 정산금액 | 정산금액
net_payout: net hakedis | odenecek tutar | odenecek net tutar | kwota do wyplaty | k vyplate
net_payout: k vyplaceni | maksetaan | maksettava summa | utbetales | udbetales
gross_sales gross_revenue gross_payments gross_pledges gross_amount: gross sales
gross_sales: gross amount | gross earnings | gross revenue | gross volume | gross payments
gross_sales: gross receipts | total sales | bruttoumsatz | umsatz brutto | revenus bruts
gross_sales: montant brut | chiffre d affaires brut | ventas brutas | importe bruto
gross_sales: bruto omzet | omzet bruto | vendite lorde | fondi raccolti | incasso lordo
gross_sales: vendas brutas | valor bruto | apoios recebidos | bruttoforsaljning
gross_sales: summa salda biljetter | 売上合計 | 총 판매금액 | 판매금액
gross_sales: brut satis | brut satis tutari | brut siparis tutari | sprzedaz brutto
gross_sales: obrot brutto | hrube trzby | bruttomyynti | ακαθαριστες πωλησεις
refunds refunded refunds_amount: refunds | refunded | refunds to customers | reembolsos
refunds: devoluciones | remboursements | terugbetalingen | terugbetaald | rimborsi | estornos
refunds: ruckerstattungen | erstattungen | aterbetalningar | 返金 | 환불
refunds: iadeler | zwroty | vratky | hyvitykset | επιστροφες
commission commissions commission_amount selling_fees: commission | commissions
commission: selling fees | sales commission | comisiones | comision | comisiones de venta
commission: commissione | commissioni | provision | provisionen | commission de vente
commission: commissie | provisie | provisao | comissao | 販売手数料 | 판매수수료 | 수수료
commission: komisyon | prowizja | provize | palkkio | provisjon | jutalek | προμηθεια
tolls toll toll_charges road_tolls: tolls | toll | toll charges | road tolls | bridge toll
tolls: peajes | peaje | maut | mautgebuhren | peage | peages | pedaggio | pedaggi | pedagio
tolls: pedagios | bompenger | tietulli | 通行料 | 高速料金 | 통행료 | 过路费
fees platform_fee service_fee transaction_fees processing_fees: fees | platform fee
fees: service fee | transaction fees | processing fees | payment processing fees
fees: gebuhren | transaktionsgebuhren | frais de service | frais | kosten | transactiekosten
fees: tarifas | comisiones bancarias | commissioni di transazione | taxa da plataforma
fees: taxas | avgifter | avgift | 手数料 | 수수료
fees: serviceavgift | servicegebyr | servicegebuhr | palvelumaksu | tarifa de servicio
fees: costi di servizio | diritti di servizio | oplata serwisowa
payout_date paid_on payout_on: payout date | paid on | payout on | date paid | date of payout
payout_date: auszahlung am | auszahlungsdatum | datum uitbetaling | uitbetaald op
payout_date: date de versement | verse le | fecha de pago | fecha de liquidacion
payout_date: data di accredito | accreditato il | data do repasse | data de pagamento
payout_date: utbetalningsdag | utbetalningsdatum | 支払日 | お支払日 | 지급일 | 지급 예정일 | 입금일
# A trade's confirmation (a contract note, an avis d'opere, a Wertpapierabrechnung, a
# torihiki hokokusho): when it was dealt and settled, how many at what price, and what it
# came to before and after its costs.
trade_date deal_date execution_date dealing_date: trade date | deal date | dealing date
trade_date: execution date | date of trade | date of transaction | transaction date
trade_date: schlusstag | handelstag | ausfuhrungstag | handelsdatum | date d execution
trade_date: date de negociation | date d operation | date de l operation | fecha de ejecucion
trade_date: fecha de operacion | fecha de contratacion | data di esecuzione | data operazione
trade_date: data eseguito | transactiedatum | uitvoeringsdatum | data de execucao
trade_date: data da operacao | data transakcji | data zawarcia transakcji | affarsdag
trade_date: handelsdag | kauppapaiva | 約定日 | 成交日 | 交易日
settlement_date settle_date: settlement date | settle date | settlement | date of settlement
settlement_date: date de reglement | date de reglement livraison | fecha de liquidacion
settlement_date: data di regolamento | data regolamento | afwikkelingsdatum | data de liquidacao
settlement_date: data rozliczenia | likviddag | likviddatum | selvityspaiva | 受渡日 | 交割日
value_date: value date | valuta | valutadatum | date de valeur | fecha valor | data valuta
value_date: valutadag | data valor | data waluty | arvopaiva
quantity shares units number_of_shares shares_held units_held: quantity | number of shares
quantity: no of shares | shares held | number of units | units held | holding | stuck | stueck
quantity: anzahl | nombre de titres | nombre d actions | quantite | cantidad | numero de titulos
quantity: titulos | quantita | numero titoli | aantal | aantal aandelen | aantal stuks
quantity: quantidade | numero de acoes | ilosc | liczba akcji | antal | antal aktier
quantity: kappalemaara | osakkeiden lukumaara | osakkeiden maara
quantity: 数量 | 株数 | 股數 | 單位數 | 受益權單位數
# An employee share plan's release or purchase: how many shares, at what market value.
quantity: shares vested | shares released | shares purchased | shares sold
fmv_per_share fmv fair_market_value market_value_per_share: fair market value per share
fmv_per_share: fair market value | fmv per share | fmv | market value per share
price execution_price deal_price share_price: price | execution price | deal price
price: price per share | kurs | ausfuhrungskurs | cours | cours d execution | prix
price: prix d execution | precio | precio de ejecucion | cambio | prezzo | prezzo di esecuzione
price: corso | koers | uitvoeringskoers | preco | preco de execucao | cena | kurssi | hinta
price: 約定単価 | 単価 | 成交價 | 成交單價
consideration gross_consideration trade_value: consideration | gross consideration
consideration: trade value | kurswert | bruttobetrag | montant brut
consideration: montant brut de l operation | importe bruto | efectivo | controvalore
consideration: controvalore lordo | brutobedrag | transactiebedrag | valor bruto
consideration: montante bruto | wartosc transakcji | wartosc brutto | bruttobelopp
consideration: bruttosumma | 約定金額 | 成交金額
net_consideration net_settlement_amount settlement_amount: net consideration
net_consideration: net settlement amount | settlement amount | total due from you | total due to you
net_consideration: amount due from you | amount due to you | net proceeds | ausmachender betrag
net_consideration: endbetrag | montant net | net a debiter | net a crediter | montant net a debiter
net_consideration: importe neto | importe liquido | controvalore netto | netto bedrag | nettobedrag
net_consideration: valor liquido | montante liquido | kwota netto | wartosc netto | nettobelopp
net_consideration: likvid belopp | nettosumma | 受渡金額 | 交割金額 | 淨收付金額
commission brokerage broker_fee: brokerage | broker fee | brokerage fee | dealing charge
commission: dealing commission | courtage | frais de courtage | corretaje
commission: comision de intermediacion | commissione di negoziazione | makelaarsloon
commission: corretagem | prowizja maklerska
commission: prowizja | valityspalkkio | 委託手数料 | 手續費
accrued_interest accrued_coupon: accrued interest | interest accrued | accrued coupon
accrued_interest: stuckzinsen | stueckzinsen | coupon couru | interets courus
accrued_interest: intereses corridos | cupon corrido | rateo | rateo cedolare | rateo interessi
accrued_interest: opgelopen rente | juros corridos | odsetki narosle | upplupen ranta
accrued_interest: kertynyt korko | 経過利子 | 應計利息
nominal nominal_amount nominal_value face_value par_value: nominal | nominal amount
nominal: nominal value | face value | par value | nennwert | nominale | valeur nominale
nominal: montant nominal | valor nominal | valore nominale | nominale waarde
nominal: wartosc nominalna | nominellt belopp | nimellisarvo | 額面 | 額面金額 | 面額
# A dividend's or a fund's distribution voucher: per share, before and after the tax
# withheld, and the dates that decide who receives it.
dividend_per_share dividend_rate amount_per_share rate_per_share: dividend per share
dividend_per_share: amount per share | rate per share | dividend rate | distribution per unit
dividend_per_share: dividende je stuck | dividende pro stuck | ertrag je stuck
dividend_per_share: ausschuttung je stuck | dividende par action | montant par action
dividend_per_share: dividendo por accion | dividendo unitario | dividendo per azione
dividend_per_share: dividend per aandeel | dividendo por acao | dywidenda na akcje
dividend_per_share: dywidenda na 1 akcje | utdelning per aktie | osinko per osake
dividend_per_share: osinko osake | 1株当たり配当金 | 1株当り配当金 | 每股股利 | 每單位分配金額
dividend_per_share: 每受益權單位分配金額
gross_dividend gross_distribution: gross dividend | gross payment | gross distribution
gross_dividend: total dividend | dividend total | osinko yhteensa | bruttobetrag
gross_dividend: bruttodividende | bruttoertrag | dividende brute | montant brut du dividende
gross_dividend: dividendo bruto | dividendo lordo | bruto dividend | dywidenda brutto
gross_dividend: bruttoutdelning | utdelning brutto | bruttoosinko | osinko brutto
gross_dividend: 配当金額 | 分配總金額
net_dividend net_distribution: net dividend | net payment | net distribution | nettodividende
net_dividend: ausmachender betrag | dividende nette | montant net du dividende | dividendo neto
net_dividend: dividendo liquido | dividendo netto | netto dividend | dywidenda netto
net_dividend: nettoutdelning | nettoosinko | maksettava osinko | maksettu tilillenne
net_dividend: 差引支払額 | 實際給付金額
withholding_tax: kapitalertragsteuer | kest | verrechnungssteuer | prelevement a la source
withholding_tax: imposta sostitutiva | dividendbelasting | podatek u zrodla | kupongskatt
withholding_tax: lahdevero | ennakonpidatys | 源泉徴収税額 | 源泉徴収税 | 扣繳稅額
ex_date ex_dividend_date: ex date | ex dividend date | ex tag | extag | date de detachement
ex_date: fecha ex cupon | fecha ex dividendo | data stacco | ex dividenddatum | ex datum
ex_date: data ex dividendo | x dag | irtoamispaiva | osingon irtoamispaiva | 権利落ち日 | 除息日
ex_date: 除息交易日
record_date: record date | date of record | books closing date | stichtag | date d arrete
record_date: date d enregistrement | fecha de registro | data di legittimazione
record_date: registratiedatum | data de registo | dzien dywidendy | avstamningsdag
record_date: tasmaytyspaiva | osingon tasmaytyspaiva | 権利確定日 | 基準日 | 收益分配基準日
pay_date: payable date | date payable | zahlbar am | date de mise en paiement
pay_date: data pagamento | data di pagamento | betaaldatum | uitbetalingsdatum
pay_date: data de pagamento | dzien wyplaty | data wyplaty | utbetalningsdag
pay_date: 支払開始日 | 支払日 | 發放日 | 給付日
# A fund's, a pension's or an investment account's statement: what it was worth at each end
# of the period, and what went in.
opening_value opening_market_value value_at_start start_value: opening value
opening_value: opening balance | opening market value | value at start of period
opening_value: value at start | start value
opening_value: anfangswert | depotwert zu beginn | valeur initiale | valeur en debut de periode
opening_value: valor inicial | valore iniziale | beginwaarde | waarde begin periode
opening_value: wartosc poczatkowa | ingaende varde | ingaende marknadsvarde | alkuarvo
opening_value: 期首評価額
closing_value closing_market_value value_at_end end_value current_value: closing value
closing_value: closing balance | closing market value | value at end of period
closing_value: value at end | end value
closing_value: current value | endwert | depotwert am ende | valeur finale
closing_value: valeur en fin de periode | valor final | valore finale | eindwaarde
closing_value: waarde einde periode | wartosc koncowa | utgaende varde | utgaende marknadsvarde
closing_value: loppuarvo | 期末評価額
contributions: contributions | total contributions | contributions paid
contributions: beitrage | einzahlungen | versements | cotisations | aportaciones | aportes
contributions: contributi | versamenti | inleg | stortingen | inbetalningar | insattningar
contributions: wplaty | 拠出金
# A bank statement's totals of the period's movements: what went out and what came in.
total_debits total_withdrawals total_outgoing money_out total_money_out total_paid_out: total debits
total_debits: total withdrawals | total outgoing | total money out | money out | total paid out
total_debits: paid out | total payments out | debits this period | withdrawals this period
total_debits: summe soll | summe belastungen | summe lastschriften | summe der belastungen
total_debits: total des debits | total debit | total debits du mois | total de debitos
total_debits: total debitos | total de cargos | total cargos | total retiros | retiros
total_debits: total de retiros | addebiti del periodo | totale addebiti | totaal af
total_debits: totaal debet | suma obciazen | suma wyplat | summa uttag | totalt uttag
total_debits: total de saidas | total saidas | toplam borc | borc toplami
total_credits total_deposits total_incoming money_in total_money_in total_paid_in: total credits
total_credits: total deposits | total incoming | total money in | money in | total paid in
total_credits: paid in | total payments in | credits this period | deposits this period
total_credits: summe haben | summe gutschriften | summe der gutschriften | total des credits
total_credits: total credit | total credits du mois | total de creditos | total creditos
total_credits: total de abonos | total abonos | total depositos | total de depositos
total_credits: depositos | accrediti del periodo | totale accrediti | totaal bij
total_credits: totaal credit | suma uznan | suma wplat | summa insattningar
total_credits: totalt insatt | total de entradas | total entradas | toplam alacak
total_credits: alacak toplami
# A loan against securities, a deposit: the sum, its rate and term, the interest it bore.
interest_charged debit_interest margin_interest: interest charged | debit interest
interest_charged: margin interest | interest on loan | sollzinsen | interets debiteurs
interest_charged: intereses deudores | interessi passivi | interessi debitori | debetrente
interest_charged: juros devedores | rantekostnad
principal principal_amount: principal | principal amount | deposit amount
principal: amount deposited | anlagebetrag | capital place | montant place
principal: importe de la imposicion | capitale investito | hoofdsom | capital investido
principal: montante aplicado | montante | kwota lokaty
maturity_date: maturity date | maturity | matures on | falligkeit | falligkeitsdatum
maturity_date: date d echeance | fecha de vencimiento | data di scadenza | vervaldatum
maturity_date: data de vencimento | data zapadalnosci | forfallodag | erapaiva | 満期日 | 到期日
gross_interest interest_gross: gross interest | bruttozinsen | zinsertrag | interets bruts
gross_interest: intereses brutos | interessi lordi | bruto rente | juros brutos
gross_interest: odsetki brutto | bruttoranta | bruttokorko
net_interest interest_net: net interest | nettozinsen | interets nets | intereses netos
net_interest: interessi netti | netto rente | juros liquidos | odsetki netto | nettoranta
net_interest: nettokorko
# A private fund's notices to its investors: what is called or distributed, against the
# investor's commitment.
capital_call_amount call_amount amount_called drawdown_amount: capital call | amount called
capital_call_amount: call amount | drawdown amount | amount of this call | amount due this call
capital_call_amount: importe de la solicitud | importe del desembolso | importe solicitado
capital_call_amount: montant appele | kapitalabruf | abrufbetrag | importo richiamato
capital_call_amount: opgevraagd bedrag | importe a desembolsar
commitment capital_commitment total_commitment: commitment | capital commitment
commitment: total commitment | compromiso | compromiso de inversion | compromiso total
commitment: engagement | montant de l engagement | kapitalzusage | zeichnungsbetrag
commitment: impegno | toezegging | kapitaaltoezegging
unfunded_commitment remaining_commitment undrawn_commitment: unfunded commitment
unfunded_commitment: remaining commitment | undrawn commitment | compromiso pendiente
unfunded_commitment: compromiso no desembolsado | engagement non appele | engagement restant
unfunded_commitment: offene kapitalzusage | impegno residuo | resterende toezegging
unfunded_commitment: niet opgevraagde toezegging
distribution_amount total_distribution: distribution amount | total distribution
distribution_amount: amount distributed | totale uitkering | uitkeringsbedrag
distribution_amount: totaal uit te keren bedrag | uit te keren bedrag
distribution_amount: ausschuttungsbetrag | montant distribue | importe distribuido
distribution_amount: importo distribuito
return_of_capital capital_returned: return of capital | capital returned | kapitalruckzahlung
return_of_capital: remboursement de capital | devolucion de capital | rimborso di capitale
return_of_capital: terugbetaling van kapitaal | kapitaalterugbetaling
return_of_capital: terugbetaling van gestort kapitaal | return of contributed capital
realized_gain realised_gain realized_gains capital_gain: realized gain | realised gain
realized_gain: realized gain loss | realised gain loss | capital gain | verausserungsgewinn
realized_gain: plus value realisee | plusvalia realizada | plusvalenza realizzata
realized_gain: gerealiseerde winst | gerealiseerd resultaat | ganho realizado
realized_gain: realiserad vinst | myyntivoitto | gerealiseerde meerwaarde
ownership_percentage ownership ownership_share: ownership percentage | ownership share
ownership_percentage: share of fund | participation percentage | deelnemingspercentage
ownership_percentage: beteiligungsquote | porcentaje de participacion
ownership_percentage: pourcentage de participation | quota di partecipazione
call_percentage: call percentage | percentage called | percentage of commitment called
call_percentage: porcentaje solicitado | pourcentage appele | abrufquote
fund_value: fund value | value of fund | fund balance | fondswert | valeur du fonds
fund_value: valor del fondo | valore del fondo
# Tax certificates and confirmations of an investor's income, gains and deals.
capital_gains_tax: capital gains tax | kapitalertragsteuer | kapitalertragssteuer | kest
capital_gains_tax: abgeltungsteuer | abgeltungssteuer | imposta sostitutiva
solidarity_surcharge: solidarity surcharge | solidaritatszuschlag | solz
foreign_tax_credited: foreign tax credited | foreign tax credit | angerechnete auslandische steuer
foreign_tax_credited: summe der angerechneten auslandischen steuer | credit d impot etranger
foreign_dividends overseas_dividends: foreign dividends | overseas dividends
foreign_dividends: foreign dividend income | overseas dividend income | auslandische dividenden
foreign_dividends: dividendes etrangeres | dividendos extranjeros | dividendi esteri
capital_gain_distributions: capital gain distributions | total capital gain distr
capital_gain_distributions: capital gain distr | capital gains distributions
realized_gain: net gain or loss | gain or loss | net gain loss | gain loss
net_gain: net gain | net profit | dochod | zysk netto | gain net | ganancia neta | nettogewinn
costs: koszty uzyskania przychodow | tax deductible costs | deductible costs
closing_value: portfolio value | total portfolio value | laczna wartosc portfela
closing_value: wartosc portfela | portfoliowert | valeur du portefeuille | valor de la cartera
collateral_value lending_value: collateral value | lending value | valore di garanzia
collateral_value: beleihungswert | valeur de nantissement | valor de garantia | onderpandwaarde
trade_reference deal_reference: trade reference | deal reference | our reference
trade_reference: transaction reference | contract reference | reference de l operation
trade_reference: referencia de la operacion | riferimento operazione | geschaftsnummer
buy_amount bought_amount: you bought | amount bought | buy amount | bought amount
buy_currency bought_currency: you bought | currency bought | buy currency | bought currency
sell_amount sold_amount: you sold | amount sold | sell amount | sold amount
sell_currency sold_currency: you sold | currency sold | sell currency | sold currency
nhi_premium: nhi premium | 二代健保補充保費 | 補充保費 | 健保補充保費
net_dividend: 實際撥付金額 | 实际发放金额
ex_date: 收益分配基準日 | 除息基準日
interest_rate: tasso debitore | tasso debitore annuo nominale | tasso creditore
start_date: data de constituicao | data de inicio | fecha de constitucion | fecha de apertura
statement_date: erstellt am | date prepared | prepared on | date of preparation
"""


def _field_label_table() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """``_FIELD_LABELS`` read: each name and alias of a row's first line maps to the labels of
    every row of its name; and each alias to that name (the row's first)."""
    labels: dict[str, list[str]] = {}
    alias: dict[str, str] = {}
    for row in _FIELD_LABELS.strip().splitlines():
        if row.startswith("#"):
            continue  # a comment
        names, _, found = row.partition(":")
        first, *others = names.split()
        labels.setdefault(first, []).extend(x.strip() for x in found.split("|"))
        for other in others:
            alias[other] = first
    table = {name: tuple(found) for name, found in labels.items()}
    table.update({other: table[first] for other, first in alias.items()})
    return table, alias


_FIELD_LABEL_TABLE, _FIELD_ALIAS = _field_label_table()


def field_alias_of(name: str) -> str | None:
    """The name whose labels a field of this name shares (the first of its ``_FIELD_LABELS``
    row), or ``None`` when the name heads a row or is in none.

    >>> field_alias_of("minimum_due"), field_alias_of("minimum_payment"), field_alias_of("x")
    ('minimum_payment', None, None)
    """
    return _FIELD_ALIAS.get(_field_key(name))


def field_labels(name: str) -> tuple[str, ...]:
    """The labels a field of this name is printed under, beyond its name's words (see
    ``_FIELD_LABELS``); empty for a name they do not cover.

    >>> field_labels("valid_until")[:2], field_labels("x")
    (('valid until', 'valid till'), ())
    """
    return _FIELD_LABEL_TABLE.get(_field_key(name), ())


#: Fields the table above covers whose value a built-in concept's labels may also give, when
#: nothing better names it: a bill's account number is, as often, printed as the customer's
#: number ("Client #: C-20931").
_FIELD_FALLBACK = {"account_number": "customer_number"}


def fallback_labels(name: str) -> tuple[str, ...]:
    """The labels of the built-in concept that stands in for a field of this name (see
    ``_FIELD_FALLBACK``), without those the field has of its own; empty for most names.

    >>> "client no" in fallback_labels("account_no"), fallback_labels("x")
    (True, ())
    """
    known = field_labels(name)
    concept = next(
        (c for first, c in _FIELD_FALLBACK.items() if known and known is field_labels(first)),
        None,
    )
    if concept is None:
        return ()
    own = set(known)
    return tuple(
        dict.fromkeys(
            e.label for e in BUILTIN_ENTRIES if e.info.concept == concept and e.label not in own
        )
    )


#: A period of no kind in particular starts and ends as anything dated does.
_SAME_DATES = {"period_start": "start_date", "period_end": "end_date"}


def same_date_labels(name: str) -> tuple[str, ...]:
    """The labels of any start or end, for a field of a period's first or last day, without
    its own: "Valid from 01/05/2025" on a motor tax receipt, which prints no week or billing
    period; empty for other names.

    >>> "valid from" in same_date_labels("period_start"), same_date_labels("start_date")
    (True, ())
    """
    same = _SAME_DATES.get(_field_key(name))
    known = field_labels(name)
    return tuple(lab for lab in field_labels(same) if lab not in known) if same else ()


#: A field named for the first or last date of a period: ``period_start``, ``billing_period_end``.
_PERIOD_END = re.compile(r"(.+?)_(?:start|begin|from|end|to|until)(?:_date)?")
#: The first or last date of no period in particular: the document's period.
_BARE_END = re.compile(r"(?:start|begin|end|from|to)_date|date_(?:from|to)|period_(?:start|end)")


#: A field named for the total of a column: ``total_weight``, ``hours_total``, ``sum_paid``.
_TOTAL_OF = re.compile(r"(?:grand_)?(?:total|sum)_(.+)|(.+?)_(?:grand_)?total")


def total_stem(name: str) -> str | None:
    """What a field of a column's total names the column by, if it is one.

    >>> total_stem("total_weight"), total_stem("hours_total"), total_stem("subtotal")
    ('weight', 'hours', None)
    """
    m = _TOTAL_OF.fullmatch(_field_key(name))
    return (m.group(1) or m.group(2)) if m else None


def period_stem(name: str) -> str | None:
    """What a field of a period's first or last date names the period by, if it is one.

    >>> period_stem("billing_period_end"), period_stem("period_from"), period_stem("due_date")
    ('billing_period', 'period', None)
    """
    key = _field_key(name)
    if _BARE_END.fullmatch(key):
        return "period"  # "start_date": "Period of insurance 14/04/2025 to 13/04/2026"
    m = _PERIOD_END.fullmatch(key)
    return m.group(1) if m else None


#: What was done on a date, as a field names it (a noun) and as a form prints it beside
#: "Date" (a participle): "submission_date" under "Date submitted", "date_opened" under
#: "Opening date".
_DONE = {
    "submission": "submitted",
    "approval": "approved",
    "opening": "opened",
    "closing": "closed",
    "completion": "completed",
    "signature": "signed",
    "signing": "signed",
    "receipt": "received",
    "dispatch": "dispatched",
    "shipment": "shipped",
    "shipping": "shipped",
    "delivery": "delivered",
    "acceptance": "accepted",
    "cancellation": "cancelled",
    "termination": "terminated",
    "registration": "registered",
    "inspection": "inspected",
    "application": "applied",
    "purchase": "purchased",
    "payment": "paid",
    "settlement": "settled",
    "transfer": "transferred",
    "renewal": "renewed",
    "review": "reviewed",
    "filing": "filed",
    "posting": "posted",
    "publication": "published",
    "creation": "created",
    "admission": "admitted",
    "discharge": "discharged",
    "arrival": "arrived",
    "booking": "booked",
    "departure": "departed",
    "execution": "executed",
    "commencement": "commenced",
    "verification": "verified",
    "authorisation": "authorised",
    "authorization": "authorized",
    "request": "requested",
    "return": "returned",
    "entry": "entered",
}
#: The other way: the first noun listed for each participle ("signed": "signature").
_DONE_AS_NOUN = {done: event for event, done in reversed(_DONE.items())}


def _done(name: str) -> tuple[str, bool] | None:
    """The participle of what was done on the date a field names, and whether the name says
    it as the participle ("date_opened") rather than as the noun ("opening_date",
    "date_of_opening"); ``None`` for a name of no such date."""
    words = _field_key(name).split("_")
    if len(words) == 2 and words[1] == "date" and words[0] in _DONE:
        return _DONE[words[0]], False
    if len(words) == 3 and words[:2] == ["date", "of"] and words[2] in _DONE:
        return _DONE[words[2]], False
    if len(words) == 2 and words[0] == "date" and words[1] in _DONE_AS_NOUN:
        return words[1], True
    return None


def done_labels(name: str) -> tuple[str, ...]:
    """How a form prints the date something was done, when a field names it the other way.

    >>> done_labels("submission_date"), done_labels("date_opened")
    (('date submitted', 'submitted on'), ('opening date', 'date of opening'))
    >>> done_labels("due_date")
    ()
    """
    found = _done(name)
    if found is None:
        return ()
    done, as_participle = found
    if as_participle:
        event = _DONE_AS_NOUN[done]
        return (f"{event} date", f"date of {event}")
    return (f"date {done}", f"{done} on")


def done_word(name: str) -> str | None:
    """The participle a form prints alone for the date a field names, with its colon:
    "Completed: 03/12/2025" for completion_date or date_completed; ``None`` for other names.

    >>> done_word("completion_date"), done_word("date_of_signature"), done_word("date_opened")
    ('completed', 'signed', 'opened')
    >>> done_word("due_date")
    """
    found = _done(name)
    return found[0] if found is not None else None


def name_aliases(name: str) -> tuple[str, ...]:
    """Other labels a text field is printed under: ``member_name`` under "Member" and
    ``carrier`` under "Carrier name".

    >>> name_aliases("member_name"), name_aliases("carrier"), name_aliases("name")
    (('member',), ('carrier name',), ())
    """
    key = _field_key(name).replace("_", " ")
    if key.endswith(" name"):
        return (key[: -len(" name")],)
    return (f"{key} name",) if key and key != "name" else ()


def _field_key(name: str) -> str:
    """A field name as the tables key it: folded, words joined by "_" ("Total-Gross" is
    "total_gross")."""
    return re.sub(r"[\s\-.]+", "_", fold(name).strip()).strip("_")


@lru_cache(maxsize=1024)
def concept_for_field(name: str) -> str | None:
    """The built-in concept a field name means, or ``None`` for a name we have no knowledge of.

    >>> concept_for_field("total_gross"), concept_for_field("seller_name"), concept_for_field("x")
    ('total', 'vendor', None)
    """
    return _FIELD_TO_CONCEPT.get(_field_key(name))


# --------------------------------------------------------------------------- labels
# One label per line: "weight concept: label | label | ...". Labels are written folded
# (lower case, no accents); punctuation between words is optional when matching, so
# "rechnungs nr" also matches "Rechnungs-Nr.", "RechnungsNr:" and "Rechnungsnr.".
_TABLE = """
3 invoice_number: invoice number | invoice no | invoice # | invoice nr | invoice num | invoice id
3 invoice_number: invoice ref | inv no | inv # | inv number | invoice nbr | bill no | bill number
3 invoice_number: document number | document no
# SAP and other ERPs print an invoice as a "billing document" (German "Fakturabeleg").
3 invoice_number: billing document | billing document no | billing document number | billing doc no
3 invoice_number: fakturabeleg | fakturabelegnummer | fakturabeleg nr | fakturadokument
3 invoice_number: proforma invoice no | proforma invoice number | proforma invoice #
3 invoice_number: proforma no | proforma number | pro forma invoice no | pro forma no
3 invoice_number: p/i no | p/i number | p/i # | pi no | pi number
3 invoice_number: credit note number | credit note no | tax invoice no | tax invoice number
3 invoice_number: credit note # | credit note nr | credit memo no | credit memo # | avoir n
3 invoice_number: n d avoir | n° d avoir | no d avoir | numero d avoir | numero de l avoir
3 invoice_number: adjustment note no | adjustment note number | note de credit n | note de credit no
3 invoice_number: nota di credito n | nota di credito nr | nota de credito n
3 invoice_number: factura rectificativa n | n factura rectificativa | no factura rectificativa
3 invoice_number: numero factura rectificativa | numero de factura rectificativa
3 invoice_number: creditnota nr | creditnotanummer | kreditnota nr | refund number | refund no
3 invoice_number: rechnungsnummer | rechnungs nr | rechnung nr | rechnungs # | rechnung #
3 invoice_number: belegnummer | beleg nr | gutschriftsnummer | gutschrift nr | rechnungsnr
3 invoice_number: numero de facture | n de facture | n° de facture | no de facture | facture n°
3 invoice_number: facture n | facture no | facture numero | facture # | n° facture
3 invoice_number: factuurnummer | factuur nummer | factuurnr | factuur nr | numero factura
# A Dutch care provider's bill is a "nota" (zorgnota): its number.
3 invoice_number: notanummer | nota nummer | notanr | nota nr
3 invoice_number: numero documento | numero del documento | n documento | n° documento
3 invoice_number: factura no | factura n | fattura n | numero fattura | invoice number/id
3 invoice_number: no de factura | n de factura | numero de factura | nro de factura | no factura
3 invoice_number: n° de factura | n° factura | num factura | numero di fattura | n° fattura
3 invoice_number: fee note no | fee note number | fee note # | fee note ref
3 invoice_number: fatura recibo n | fatura-recibo n | n° fatura | no fatura | numero da fatura
3 invoice_number: bolletta n | bolletta numero | numero bolletta | n bolletta
3 invoice_number: kvitto nr | kvittonummer | kvitto nummer | kvitteringsnummer | kvittering nr
# A receipt's, folio's or statement's number, when there is no invoice number beside it (a
# Stripe receipt prints both "Invoice number" and "Receipt number": the invoice's wins).
2.5 invoice_number: receipt number | receipt no | receipt # | folio no | folio number | folio #
2.5 invoice_number: kvitt nr | kvittering nr | kvitteringsnummer | kvittonummer | kuittinumero
2.5 invoice_number: 单号 | 单据号 | 流水号 | 小票号 | 收据号
2.5 invoice_number: receipt id | receipt ref | receipt reference
# A Philippine official receipt's ("OR No.: 000418"), as the BIR has it printed.
2.5 invoice_number: or no | or number | or # | official receipt no | official receipt number
2.5 invoice_number: statement number | statement no | scontrino n | scontrino nr | ricevuta n
2.5 invoice_number: numero scontrino | numero ricevuta | quittung nr | quittungsnummer | bon nr
2.5 invoice_number: bonnummer | beleg # | ticket no | ticket n | numero de ticket | recibo no
2.5 invoice_number: recibo n | numero de recibo | recu n
2.5 invoice_number: cislo uctenky | cislo stvrzenky | numer paragonu | nr paragonu
2.5 invoice_number: ticket number | e ticket number | eticket number | ticket nr
3 invoice_number: fakturanr | fakturanummer | faktura nr | numer faktury | cislo faktury
3 invoice_number: 請求番号 | 請求書番号 | 請求no | 請求書no | 伝票番号 | 発票号码 | 發票號碼
3 invoice_number: 发票号码 | 发票代码 | faktura vat nr | faktura vat no | faktura vat
3 invoice_number: numero da nfs e | numero da nota | numero da nota fiscal | cislo faktury
3 invoice_number: laskun numero | laskunumero | lasku nro | szamla sorszama | szamlaszam
3 invoice_number: no faktur | nomor faktur | no invoice | nomor invoice | numar factura
3 invoice_number: nr factura | factura nr | αριθμος τιμολογιου | αριθμος παραστατικου
3 invoice_number: σειρα αριθμος | σειρα / αριθμος
3 invoice_number: 문서번호 | 청구서 번호 | 송장 번호 | 청구번호 | so hoa don
2 invoice_number: 승인번호
2 invoice_number [anchored closed]: so
# A Mexican receipt's or CFDI's "Folio: A-018472", a hotel's "Folio: 48213": with its colon,
# opening its line or cell (not the CFDI's "Folio fiscal (UUID)"); weakly: a CFDI titled
# "FACTURA FA-4821" prints its series and folio apart ("Serie: FA", "Folio: 4821").
1 invoice_number [anchored closed]: folio
# ... or together, as the CFDI's own number: "Serie y Folio: FAC-1184".
3 invoice_number: serie y folio | serie folio | serie/folio
3 invoice_number: numero da fatura | fatura n | fatura no | fatura nr | nota fiscal n
3 invoice_number: n da fatura | no da fatura | n° da fatura
3 invoice_number: номер счета | номер рахунку | serija ir nr | saskaitos nr | saskaitos numeris
3 invoice_number: broj racuna | racun br | reikningur nr | reikningsnumer | 領収書番号 | 領収書no
3 invoice_number: рачун бр | број рачуна | racun st | racun stevilka | stevilka racuna
3 invoice_number: arve nr | arve number | rekins nr | rekina nr | rekina numurs | фактура №
3 invoice_number: фактура бр | фактура број
3 invoice_number: ເລກທີໃບເກັບເງິນ
2 invoice_number [title]: ເລກທີ | ቁጥር
3 invoice_number: cislo dokladu | cislo dokladu pokladnice | dokumento nr
1 invoice_number: invoice | rechnung | facture | factuur | factura | fattura | receipt | ticket
1 invoice_number: scontrino | ricevuta | quittung | recibo | faktura | fatura
1 invoice_number: kreditfaktura | kreditnota
1 invoice_number: factura electronica | boleta electronica | fatura eletronica
1 invoice_number: booking id | booking number | booking no | confirmation number
1 invoice_number: trans | trans no | transaction | transaction no | transaction # | txn | txn no
1 invoice_number [anchored]: #
2 invoice_number [title]: nr | no | n° | # | number | nummer | num | br | c | numero
3 invoice_date: invoice date | date of invoice | date of issue | issue date | issued on
# When a document was printed (a folio at check-out), where no other date is its own.
1 invoice_date [anchored closed]: printed | date printed | print date | printed on
3 invoice_date: date issued | issued | invoice dt | bill date | billing date | document date
3 invoice_date: receipt date | date of receipt | tax point | rechnungsdatum | rechnungs datum
# Sage's "Invoice/Tax Date": the UK invoice's date, its VAT tax point.
3 invoice_date: invoice tax date | invoice tax point | tax point date | tax date
3 invoice_date: belegdatum | ausstellungsdatum | ausgestellt am | datum der rechnung
3 invoice_date: date de facture | date facture | date d emission | date de la facture
3 invoice_date: factuurdatum | factuur datum | datum factuur | fecha de factura
3 invoice_date: fecha factura | data fattura | data della fattura | rechnungsdatum/lieferdatum
3 invoice_date: data emissione | data di emissione | data documento | data do documento
3 invoice_date: data de emissao | fecha de emision | fecha emision
3 invoice_date: fecha de expedicion | fecha expedicion
3 invoice_date: fakturadato | fakturadatum | data faktury | data wystawienia | datum vystaveni
3 invoice_date: 請求日 | 発行日 | 請求年月日 | 発行年月日 | 开票日期 | 發票日期
3 invoice_date: 開立日期 | 开立日期 | 開票日期
3 invoice_date: laskun paivamaara | laskun pvm | paivays | kiallitas | kiallitas kelte
3 invoice_date: szamla kelte | tanggal faktur | tanggal invoice | data emiterii | data facturii
3 invoice_date: ημερομηνια εκδοσης | 발행일 | 작성일자 | 청구일 | ngay lap
3 invoice_date: дата счета | дата рахунку | saskaitos data | israsymo data | datum racuna
3 invoice_date: datum izdavanja | reikningsdagur | dagsetning reiknings | 領収日
3 invoice_date: rekina datums | izrakstisanas datums | dokumenta datums | arve kuupaev
3 invoice_date: datum izdaje | datum izdaje racuna | datum izdavanja racuna | datum fakture
3 invoice_date: датум издавања рачуна | датум издавања | дата на издаване | дата на фактурата
2 invoice_date: kuupaev | datums | датум
3 invoice_date: data da fatura | data de emissao da fatura
# A Brazilian NFS-e's "Data e hora da emissão" (and "emitido em" on its RPS line).
3 invoice_date: data e hora da emissao | data e hora de emissao | data da emissao
2.5 invoice_date: emitido em | emitida em
# A ticket's or a receipt's date: when it was bought (an invoice's own date outranks it).
2.5 invoice_date: purchase date | date of purchase | data acquisto | data di acquisto | kaufdatum
2.5 invoice_date: date d achat | fecha de compra | aankoopdatum | inkopsdatum | kobsdato
2.5 invoice_date: data zakupu | data da compra | data de compra
2 invoice_date: date | datum | dated | fecha
# "Data:" opening its cell (Portuguese, Italian, Polish, Romanian); inside a phrase it is
# part of another label ("data sprzedaży", "la data de …").
2 invoice_date [anchored]: data
1 invoice_date [title]: vom | von | du | dated | of | from | del | от | від | dt | dtd
3 due_date: due date | date due | payment due | payment due date | due on | due by | pay by
3 due_date: please pay by | please pay before | pay before | payable by | payment due by
3 due_date: total amount due on | amount due on | payment due on | balance due on
3 due_date: payment date due | faellig am | fallig am | fallig | faelligkeitsdatum
3 due_date: falligkeitsdatum | falligkeit | zahlungsziel | zahlbar bis | date d echeance
3 due_date: payable jusqu au | a payer jusqu au | payable au plus tard le
3 due_date: echeance | date limite de paiement | vervaldatum | vervaldag
3 due_date: fecha de vencimiento | vencimiento | scadenza | data di scadenza | data scadenza
3 due_date: scadenze | scadenza pagamento | data scadenza pagamento
3 due_date: fecha limite de pago | fecha limite | data limite de pagamento
3 due_date: forfallsdato | forfallsdag | forfallodatum | forfaldsdato | betalingsfrist
3 due_date: forfallodag | sista betalningsdag | sidste rettidige betalingsdag
3 due_date: termin platnosci | datum splatnosti | data de vencimento | splatnost
3 due_date: termin zaplaty | zaplacic do | platne do | do zaplaty do
# Portuguese "Vencimento" alone is also a salary: only a date under or beside it is read.
3 due_date: vencimento | data vencimento | data do vencimento | vencimento do boleto
3 due_date: お支払期限 | お支払い期限 | 支払期限 | 支払期日 | お振込期限 | 振込期限
3 due_date: erapaiva | fizetesi hatarido | esedekesseg | jatuh tempo | tanggal jatuh tempo
3 due_date: data scadentei | scadenta | termen de plata | ημερομηνια ληξης | ληξη
3 due_date: ημ/νια ληξης | ημ/νια ληξης πληρωμης | ημερομηνια ληξης πληρωμης
3 due_date: 결제기한 | 지급기한 | 납부기한 | han thanh toan
3 due_date: 付款期限 | 付款截止日 | 付款到期日 | 到期日 | 缴款期限 | 繳款期限
3 due_date: оплатить до | оплатити до | срок оплаты | термін оплати | сплатити до
3 due_date: оплатить не позднее | оплатити не пізніше | дійсний до оплати до
3 due_date: рахунок дійсний до оплати до | счет действителен до
3 due_date: moketi iki | apmoketi iki | rok placanja | datum dospijeca | gjalddagi
3 due_date: срок за плащане | рок плаћања | rok placila | valuta placanja | apmaksas termins
3 due_date: валута плаћања | рок на плаќање | тэрмін аплаты | тўлов муддати | төлөө мөөнөтү
3 due_date: ກຳນົດຊຳລະ | ວັນຄົບກຳນົດຊຳລະ
3 due_date: samaksas termins | maksetahtaeg | maksta kuni | mokejimo terminas | rok za placilo
3 due_date: датум доспећа | dospelost | datum zapadlosti
3 due_date: data limite de pagamento | data limite pagamento | pagar ate
1 due_date: due
3 other_date: order date | orderdatum | bestelldatum | auftragsdatum | date de commande
3 other_date: teljesites | teljesites datuma | teljesites kelte
3 other_date: piegades datums | datum opravljene storitve | datum prometa | datum prometa usluga
3 other_date: датум промета | датум промета добара | tarnekuupaev | дата на данъчното събитие
3 other_date: delivery date | lieferdatum | leistungsdatum | liefer und leistungsdatum
3 other_date: liefer leistungsdatum | leveringsdatum | date de livraison | date of sale
3 other_date: date of supply | supply date | service date | ship date | shipping date
3 other_date: date paid | payment date | paid on | zahlungsdatum | date of payment
3 other_date: next billing date | billing period | period | start date | end date
3 other_date: check in | check out | date of birth | expiry date | valid until | gultig bis
3 other_date: leistungszeitraum | rechnungszeitraum | abrechnungszeitraum | printed on
3 other_date: data da execucao | data de execucao | data de prestacao | data da prestacao
3 other_date: activation date | date de paiement | datum levering | service period
3 other_date: periode | date de prelevement | prelevement a partir du | orderdatum
3 other_date: lieferscheindatum | lieferschein datum | lieferschein | versanddatum
3 total: grand total | total amount | total gross | gross total | invoice total | total due
3 total: auftragssumme | bestellsumme | angebotssumme | totale ordine | total del pedido
3 total: dan celkem | cena celkem | cena spolu s dph | spolu s dph | suma spolu | celkova suma
3 total: invoice amount | total incl vat | total including vat | total inc vat
3 total: total inc gst | total incl gst | total including gst | total inc tax
3 total: total of this invoice | total of invoice | total this invoice | this invoice total
# A bill's charges for its period, beside what is owed with earlier balances.
3 total: total current charges | total new charges | total charges this period
3 total: total charges for this period | current charges total
3 total: total this bill | total of this bill | this bill total | total for this bill
# An export invoice's value at its Incoterm: CIF includes the freight and insurance FOB lacks.
3 total: total cif value | total cif | total cfr value | total cif amount | total invoice value
3 total: total fob value | total fob | total fob amount | total exw value | total fca value
3 total: total cip value | total cpt value | total dap value | total ddp value
3 total: total incl tax | total including tax | total incl | total inkl | total to pay
3 total: total payable | total price | total value | total invoice | total sum | amount total
3 total: total amount paid | total paid | total charges | total in | total for this invoice
3 total: total at checkout | order total | total cost | total (incl | total with tax
# A quote's, an estimate's or a requisition's total: what it will cost, as far as it knows.
# Opening its line or cell: a card statement's warning says "… 8 years, estimated total $3,912".
3 total [anchored]: estimated total | estimated total cost | estimated grand total
3 total [anchored]: total estimated cost
3 total: gesamtbetrag | gesamtsumme | bruttobetrag | bruttosumme | rechnungsbetrag
# An e-invoice viewer's totals (XRechnung, ZUGFeRD): "Gesamtsumme netto" is the net,
# "Gesamtsumme nach Kategorie" a VAT category's base, "Gesamtpreis (netto)" an item's.
3 total: gesamtsumme brutto
3 subtotal: gesamtsumme netto | summe aller positionen netto
3 other_amount: gesamtsumme nach | gesamtsumme nach kategorie | gesamtpreis netto
3 other_amount: preis pro einheit netto | preis pro einheit | rundungsbetrag
3 total: rechnungssumme brutto | rechnungsbetrag brutto | summe brutto | endbetrag
3 total: gesamt brutto | gesamtbetrag brutto | summe inkl ust | summe inkl mwst | brutto
3 total: summe inkl | gesamtbetrag inkl | total ttc | montant ttc | montant total ttc
3 total: montant total | total facture | net a payer ttc | totaal | totaalbedrag
# French health bills: the charges before the insurers' shares ("Total des frais").
3 total: total des frais | total frais | total des honoraires | total honoraires
3 total: totaal incl btw | factuur totaal | factuurbedrag | te betalen totaal
# An Indian hospital's bill: the gross bill, less concessions, is the net bill.
3 total: net bill amount | net bill
3 total: importe total | total factura | totale | totale fattura | totale documento
3 total: a betale | att betala | at betale | totalt a betale | summa att betala
3 total: totalt inkl moms | totalt inklusive moms | summa inkl moms | totalt inkl mva
3 total: total vat incl | total vat inclusive | total gst incl | total gst inclusive
3.5 total: total tax incl | total tax included | total tax inclusive | total taxes included
3 total: totalt inklusive mva | belopp inkl moms
# Swedish and Danish fee notes: the fee in all ("Totalt arvode", "Honorar i alt").
3 total: totalt arvode | arvode totalt | summa arvode | honorar i alt
3 total: razem do zaplaty | do zaplaty | valor total | total a pagar | celkem s dph
# What a Spanish tax form or fee self-assessment says is to be paid in ("a ingresar").
3 total: total a ingresar | importe a ingresar | cuota a ingresar | resultado a ingresar
3 total: celkem vcetne dph | hyvitys yhteensa | hyvitettava yhteensa
# What is left to pay, after a deposit too: the total where no "Celkem s DPH" is printed.
2.5 total: celkem k uhrade
3 amount_due: celkem k uhrade | k uhrade | zbyva uhradit
# "Valor a pagar" is what is left to pay: the total where nothing else is, below "Total da
# fatura" where a deposit came off it.
2.5 total: valor a pagar
3 amount_due: valor a pagar
# What is left to pay after what was paid ("Zapłacono"), in Polish.
3 amount_due: pozostalo do zaplaty | pozostaje do zaplaty | do zaplaty pozostalo
# A Brazilian NFS-e's net after the taxes the buyer withholds: what it pays.
3 amount_due: valor liquido da nfs e | valor liquido da nota | valor liquido da nota fiscal
3 total: total da fatura | total fatura | valor total da fatura
3 total: valor total da nota | valor total da nota fiscal | vl total da nota | v total da nota
3 total: valor dos servicos | valor total dos servicos
3 subtotal: valor total dos produtos | vl total dos produtos | v total dos produtos
3 total: gutschriftsbetrag | gutschriftssumme | gutschrift gesamt | total credit
3 total: credit total | montant de l avoir | montant avoir | importe abonado
3 total: total refund | refund total | total refunded | total to be refunded
3 total: celkem k vraceni | castka k vraceni | spolu na vratenie | razem do zwrotu | kwota do zwrotu
3 total: 合計金額 | 税込合計 | 合計 税込 | 総額 | 价税合计 | 合计金额
# What is asked for: the total, unless a deposit or advance is taken off it ("前受金").
2.5 total: ご請求金額 | 請求金額 | ご請求額 | 請求額
2.5 total: 今回御請求額 | 今回ご請求額 | 今回請求額 | 今回御請求金額 | 今回ご請求金額
3 amount_due: ご請求金額 | 請求金額 | ご請求額 | 請求額
3 amount_due: 今回御請求額 | 今回ご請求額 | 今回請求額 | 今回御請求金額 | 今回ご請求金額
3 total: 總額 | 总额 | 總計 | 总计
3 total: maksettava | yhteensa | maksettava yhteensa | fizetendo | fizetendo osszeg
# ... and what is to be paid, the total unless something is taken off it.
2.5 total: maksettavaa | maksettava summa | maksettava maara
3 total: vegosszeg | brutto osszesen | total tagihan | jumlah tagihan | total bayar
3 total: total de plata | total factura | total general | συνολο | πληρωτεο | συνολικο ποσο
3 total: 합계금액 | 청구금액 | 총액 | tong cong thanh toan | tong tien thanh toan
3 total: 결제금액 | 결제 금액 | 받은금액 | 영수금액
3 total: tong cong tien thanh toan
3 subtotal: cong tien hang | cong tien hang chua thue | tien hang chua thue
3 tax: tien thue gtgt | thue gtgt | tong tien thue
3 total: итого к оплате | всего к оплате | к оплате | всього до сплати | разом до сплати
3 total: вкупно за наплата | вкупно за плаќање | бардыгы төлөөгө | жами тўланадиган сумма
3 total: ລວມທັງໝົດ | ຍອດລວມທັງໝົດ
3 total: усяго да аплаты з пдв | усяго да аплаты | всего к оплате с ндс | итого с ндс
3 total: всего с ндс | ққс билан етказиб бериш қиймати
3 total: до сплати | is viso moketi | is viso | moketi is viso | ukupno za platiti
3 total: ukupno racun | ukupan iznos racuna | ukupni iznos racuna | iznos racuna
# Croatian "Za platiti" (to pay) is the total, unless an advance paid is taken off it.
2.5 total: za platiti
3 amount_due: za platiti
# Vietnamese: "the amount asked for in this payment" (an instalment, after a retention)
3 amount_due: so tien de nghi thanh toan | so tien de nghi thanh toan dot nay
3 total: sveukupno | samtals | samtals til greidslu
3 total: сума за плащане | обща сума | всичко за плащане | summa apmaksai | kopa apmaksai
2 total [anchored]: итого | всего | разом | всього | ukupno
2 total [anchored]: 합계
2 total [anchored]: 合計 | 合计 | 金額 | 金额
# A Chinese fapiao's "合计" row sums the amounts before tax and the tax; "价税合计" is the total.
2 subtotal [anchored]: 合计
2 total [anchored]: total | summe | amount | betrag | montant | gesamt | totale
3 amount_due: amount due | balance due | total amount due | amount payable | amount to pay
3 amount_due: net amount payable | net payable | net amount to pay
3 amount_due: amount now due | please pay | payable amount | amount outstanding
3 amount_due: total amount now due | total now due | balance now due | now due
3 amount_due: outstanding balance | outstanding amount | balance payable
3 amount_due [anchored]: to pay
3 amount_due: new balance | statement balance
3 amount_due: zahlbetrag | zu zahlen | zu zahlender betrag | zu zahlender beitrag
3 amount_due: zu bezahlen | zu bezahlender betrag
3 amount_due: current payment due | current amount due | amount due this application
3 total: schlussrechnungssumme brutto | schlussrechnungssumme | rechnungssumme brutto
3 subtotal: gesamtentgelt netto | schlussrechnungssumme netto
3 amount_due: offener betrag | ausstehender betrag | restbetrag | noch zu zahlen
# A yearly bill's balance after the advance payments ("Nachzahlung"; a "Guthaben" is owed back).
3 amount_due: nachzahlung | nachzahlungsbetrag | nachzuzahlender betrag
3 amount_due: solde a payer | solde du | reste a payer | net a payer | montant a payer
# French health bills: what is left for the patient to pay after the insurers' shares.
3 amount_due: reste a charge | reste a charge patient | reste a charge du patient
3 amount_due: somme a payer | montant du | te betalen | openstaand bedrag | invoice balance
3 amount_due: due payable | payable | total payable now | amount to be paid | betrag faellig
2 amount_due [anchored]: balance | residual | remaining | rest
3 amount_due: residual amount | remaining balance | balance remaining | amount remaining
3 amount_due: saldo da pagare | importo da pagare | totale da pagare | saldo a pagar
3 amount_due: pendiente de pago | importe pendiente | saldo pendiente | total pendiente
3 amount_due: importe pendiente de pago | valor em divida | montante em divida | saldo em aberto
# A Portuguese fatura-recibo: what the issuer receives after the IRS withheld at source.
3 amount_due: total a receber | valor a receber | montante a receber
3 amount_due: netto a pagare | netto da pagare | neto a pagar | liquido a pagar
3 amount_due: liquido a percibir | importe liquido | liquido a cobrar
3 subtotal: subtotal | sub total | net total | total net | total excl | total ex | net amount
3 subtotal: total excluding | total before tax | total before vat | total ht
3 subtotal: total before gst | total before hst | total before sales tax | amount before tax
3 subtotal: amount before gst | amount before vat | subtotal before tax | subtotal before gst
3 subtotal: charges before vat | charges before tax | charges before gst
3 subtotal: net invoice value | net invoice amount | net invoice total | invoice net value
3 subtotal: merchandise total | merchandise subtotal | total merchandise | goods total
3 subtotal: total marchandises ht | montant marchandises ht | total produits ht
3 subtotal: total goods | product total | products total
# Odoo's amount before tax, in its translations.
3 subtotal: untaxed amount | onbelast bedrag | montant hors taxes | importe sin impuestos
3 subtotal: valor sem impostos | total iliquido | valor iliquido | total iliquido s iva
3 subtotal: incidencia | valor tributavel | incidencia valor tributavel | base tributavel
# Chile's DTE: the net amount beside the exempt one.
3 subtotal: monto neto | neto afecto | monto afecto
2 subtotal: net
3 subtotal: zwischensumme | zwischentotal | nettobetrag | netto | summe netto | gesamtnetto
3 subtotal: nettosumme
3 subtotal: rechnungssumme ohne ust | rechnungssumme netto | positionssumme | warenwert
3 subtotal: gesamtbetrag netto | summe ohne | montant ht | total hors taxe | sous total
3 subtotal: total htva | montant htva | total hors tva | total ht tva
# Portuguese "Total s/ IVA" (sem IVA: without VAT).
3 subtotal: total s iva | total sem iva | valor sem iva | total s/ iva
# Belgium's and the Netherlands' base the VAT is charged on; France's "base d'imposition".
3 subtotal: maatstaf van heffing | heffingsgrondslag | base d imposition | base imposable
3 subtotal: wartosc netto | razem netto | suma netto | hodnota bez dph
3 subtotal: итого без ндс | сумма без ндс | всего без ндс | разом без пдв | сума без пдв
3 subtotal: вкупно без ддв | износ без ддв | бардыгы кнссыз | кошт без пдв
3 subtotal: етказиб бериш қиймати | без налога всего
3 subtotal: value of supply | ລວມຍ່ອຍ
2 subtotal: ລວມ
# Polish gross value: a VAT summary's heading over its total row; "Do zapłaty" outranks it.
2.5 total: wartosc brutto | razem brutto | suma brutto
3 subtotal: exclusief btw | subtotaal | totaal excl | total exkl | amount excl | netto bedrag
3 subtotal: bedrag excl btw | bedrag exclusief btw | bedrag excl | bedrag zonder btw
3 subtotal: total ex tax | total ex vat | total exkl mwst | base imponible | imponibile
3 subtotal: totale imponibile | totale imponibile importo
3 subtotal: bases imponibles | suma bases imponibles | total base imponible
3 subtotal: total bases imponibles | suma base imponible
# India's GST: the value tax is charged on, before CGST, SGST or IGST.
3 subtotal: taxable value | total taxable value | total taxable amount | total taxable
# (weaker: a US invoice's part subject to sales tax, where a subtotal is printed too)
2 subtotal: taxable amount
3 subtotal: refund excl vat | refund ex vat | refund excluding vat
3 total: importo totale documento
# A correction's own amount, and the corrected invoice's before and after it.
3 total: gutschriftbetrag | korrekturbetrag
3 other_amount: berichtigter rechnungsbetrag | ursprunglicher rechnungsbetrag
3 other_amount: korrigierter rechnungsbetrag | neuer rechnungsbetrag
3 subtotal: 小計 | 小计 | 小計税抜 | 税抜合計 | 税抜金額合計 | 合計税抜
# A Japanese month-end invoice's purchases before tax: "今回御買上額（税抜）".
3 subtotal: 今回御買上額税抜 | 今回お買上額税抜 | 今回ご買上額税抜 | 今回買上額税抜
3 subtotal: 공급가액 | 공급가액 합계
3 tax: tax | vat | tax amount | vat amount | sales tax | gst | hst | pst | mwst | ust
# India's integrated GST on a sale between states is the whole tax (CGST and SGST halve it).
3 tax: igst | igst amount | total igst | integrated tax | integrated gst
# The Dominican ITBIS and Jamaica's General Consumption Tax.
3 tax: itbis | gct | total itbis | total gct | itbis facturado
3 vat_id: gct reg no | gct registration no | gct no | itbis no | rnc/itbis
# The tax a GST-inclusive total holds, as New Zealand and Australian notices print it.
3 tax: gst content | gst content included | gst component | gst included | total includes gst
3 tax: umsatzsteuer | mehrwertsteuer | steuerbetrag | steuer | zuzugl ust | tva
# "zzgl." is "plus": the tax's where nothing names it ("zzgl. 19 % 3,19"), not "zzgl.
# Mehrarbeit 4,50" in a sentence.
2 tax: zzgl
3 tax: montant tva | btw | btw bedrag | mwst betrag | iva | zuzuglich umsatzsteuer
3 tax: darin enthaltene mwst | enthaltene mwst | darin enthaltene ust | enthaltene ust
3 tax: darin enthaltene mehrwertsteuer | enthaltene mehrwertsteuer | davon mwst | davon ust
3 tax: cuota iva | cuota de iva | importe iva | importe del iva | importo iva | valor iva
3 tax: valor do iva | montante iva | totale imposta
# The tax summed over its rates, under the rows of each ("VAT 351.76 … VAT 0.00 | Total VAT").
3.25 tax: total tva | total tax | total vat | tax total | ust gesamt | total taxes | vat total
3.25 tax: total gst | gst total | total mwst | mwst gesamt | total iva | totale iva
3.25 tax: total cuota iva | total cuota | total cuotas iva | total imposto | total do iva
3.25 tax: totaal btw | btw totaal | totale btw | total btw | total moms | moms i alt | moms totalt
3.25 tax: total mva | mva totalt | alv yhteensa | dph celkem | celkem dph | razem vat | vat razem
3.25 tax: toplam kdv | kdv toplami | συνολο φπα | total tva incluse
3 tax: 消費税 | 消費税額 | 税额 | 消費税額合計 | 消費税合計 | 税額合計 | 消費税等合計
3 tax: 부가가치세 | 부가세 | 부가가치세액 | 세액
3 tax: 營業稅 | 营业税 | 營業稅額 | 稅額 | 增值税 | 增值稅 | 增值税额 | 增值稅額
3 subtotal: 銷售額合計 | 销售额合计 | 銷售額
3 tax: moms | momsbelopp | mva | merverdiavgift | alv | arvonlisavero | dph | vat podatek
3 tax: ндс | в том числе ндс | в т ч ндс | сумма ндс | итого ндс | пдв | у тому числі пдв
3 tax: ддв | износ на ддв | кнс | ққс | ққс суммаси | сумма налога
3 tax: сумма налога предъявляемая покупателю
3 tax: ອາກອນມູນຄ່າເພີ່ມ | ອມພ
3 tax: в т ч пдв | сума пдв | разом пдв
3 tax: podatek vat | kwota vat | imposto | impuesto | imposta
3 other_amount: gesamtbetrag der zuschlage | gesamtbetrag der abschlage | total discount
3 other_amount: erhaltene anzahlungen | anzahlung | total savings | discount | rabatt
# What a bill costs if paid late (Indian and Pakistani utility and telecom bills).
3 other_amount: amount payable after due date | payable after due date | amount after due date
3 other_amount: total payable after due date | after due date
3 other_amount: credits | payments | payment received | deposit | acompte | skonto
# The VAT an Italian public body pays the tax office itself (split payment): taken off
# what it pays the supplier, not the invoice's VAT.
3 other_amount: iva in split payment | iva split payment | split payment | iva scissione pagamenti
# A French payslip's net before the income tax withheld at source: not its net paid.
3 other_amount: net a payer avant impot sur le revenu | net a payer avant impot
3 other_amount: total quantity | total items | total hours | total qty | steuerbasisbetrag
3 currency: currency | wahrung | rechnungswahrung | devise | monnaie | valuta
3 currency: payment currency | betrage in | amounts in | all amounts in | moneda
3 currency: penznem | waluta | mena | moeda | para birimi | divisa | valiuta | valuuta
3 currency: валюта | валюта платежу | العملة | عملة الفاتورة | מטבע
3 vendor [anchored closed]: from | seller | vendor | supplier | sold by | issued by | provided by
3 vendor [anchored closed]: bill from | verkaufer | lieferant | rechnungssteller
3 vendor [anchored closed]: rechnungsersteller
# A Brazilian service invoice's (NFS-e) sections of the provider and the taker.
3 vendor [anchored closed]: prestador de servicos | prestador do servico | prestador dos servicos
3 customer [anchored closed]: tomador de servicos | tomador do servico | tomador dos servicos
# An Italian invoice's parties, as the e-invoice (FatturaPA) names them.
3 vendor [anchored closed]: cedente / prestatore | cedente prestatore | cedente/prestatore
3 vendor [anchored closed]: cedente | prestatore
3 vendor: 销售方 | 销方 | 賣方
3 vendor [anchored closed]: leistungserbringer | anbieter | auftragnehmer | vendeur | fournisseur
3 vendor [anchored closed]: emetteur | verkoper | leverancier | merchant | payee | biller
# ... but the self-biller is the customer who raises a self-billing invoice: "Customer
# (self-biller)" glosses the customer, no biller that issues it.
3 customer [anchored closed]: self biller | self billing customer
3 vendor [anchored closed]: emisor | datos del emisor
# The issuer's heading in Portuguese and Italian; a building's client (the French maître
# d'ouvrage) and an owners' association's member (co-owner) are the customer.
3 vendor [anchored closed]: emitente | emittente | fornecedor
3 customer [anchored closed]: maitre d'ouvrage | maitre de l'ouvrage | coproprietaire
3 customer [anchored closed]: condomino | condomina
# A landlord's tenant invoice is made out to its tenant, less surely than to a customer
# named so (a managing agent's statement to the owner lists tenants too).
2 customer [anchored closed]: tenant | lessee | mieter | locataire | inquilino | locatario
2 customer [anchored closed]: huurder | hyresgast | lejer | leietaker | vuokralainen | najemca
3 vendor [anchored closed]: products provided by | product(s) provided by | service provider
3 customer [anchored closed]: bill to | billed to | invoice to | invoiced to | sold to | ship to
3 customer [anchored closed]: customer | client | buyer | recipient | billing address | to
# Asian export paperwork addresses the buyer as "Messrs." over its name.
3 customer [anchored closed]: messrs
3 customer [anchored closed]: rechnung an | rechnungsempfanger | kunde | kaufer | empfanger
3 customer [anchored closed]: leistungsempfanger | kaufer/leistungsempfanger | rechnungsadresse
3 customer: 购买方 | 购方 | 買方
# A Korean tax invoice's supplier and recipient columns; Hong Kong's "客戶 Bill To:".
3 vendor [anchored closed]: 공급자
3 customer [anchored closed]: 공급받는자 | 공급 받는 자
3 customer [anchored]: 客戶 | 客户
3 customer [closed]: ten don vi | don vi mua hang
3 customer [closed]: apellido y nombre razon social | apellido y nombre
3 customer [anchored closed]: lieferadresse | lieferanschrift | warenempfanger | facture a
3 customer [anchored closed]: facturer a | adresse de facturation | adresse de livraison
3 customer [anchored closed]: destinataire | factuuradres | afleveradres | klant | guest name
3 customer [anchored closed]: facturatieadres | faktureringsadresse | fakturaadresse | fakturaadress
3 customer [anchored closed]: indirizzo di fatturazione | direccion de facturacion
3 customer [anchored closed]: endereco de faturacao
3 customer [anchored closed]: faktureres til | faktureret til | fakturert til | faktureras till
# A subcontractor's invoice goes to the main contractor; a Philippine sales invoice names
# the buyer's "Registered Name:" (the seller's is the letterhead's).
3 customer [anchored closed]: principal contractor | main contractor | general contractor
2 customer [anchored closed]: registered name
3 customer [anchored closed]: billing contact | technical contact | licensed to | shipping address
3 customer [anchored closed]: deliver to | delivery address | abweichender warenempfanger
3 customer [anchored closed]: abweichender rechnungsempfanger | cliente | herrn | frau
3 customer [anchored closed]: receptor | datos del receptor
# A Portuguese receipt's buyer, and who applied for what it certifies.
3 customer [anchored closed]: adquirente | requerente / adquirente | requerente
3 customer [anchored closed]: cessionario / committente | cessionario committente
3 customer [anchored closed]: cessionario/committente | cessionario | committente
# Who paid, on a receipt for money received.
3 customer [anchored closed]: received from | recibido de | recu de | ricevuto da | ontvangen van
# Italian, Spanish and Portuguese invoices head the buyer's block "Destinatario" (also the
# consignee on a consignment note).
2 customer [anchored closed]: destinatario
# A Brazilian DANFE's section of the buyer (or, on a return, the sender).
3 customer [anchored closed]: destinatario / remetente | destinatario/remetente
# For the attention of: a person at the customer, whose name the line above gives.
2 customer [anchored]: attn | z hd | a l attention de | t a v | attention | att
3 customer [anchored closed]: firma | herr | mr | mrs | ms
3 customer [anchored closed]: credit to | policyholder | policy holder | name of insured
3 customer [anchored closed]: insured name | versicherungsnehmer | assure | souscripteur | tomador
3 customer [anchored closed]: verzekeringnemer | aan
3 customer [anchored closed]: factuur aan | gefactureerd aan | kund | fakturaadress
3 customer [anchored closed]: faktureringsadress | spett le | spettabile | datos del cliente
3 customer [anchored closed]: datos cliente | facturar a | facturado a | senor es | senores | sres
3 customer [anchored closed]: nabywca | odbiorca | adquirente | adquiriente
# A statement's "Account: Punjab Auto Components Pvt. Ltd.": the customer, where a name and
# no number follows, and nothing better names one.
1 customer [anchored closed]: account
# A hotel's customer is its guest; an export invoice's, its consignee ("Buyer (if other than
# consignee): Same as consignee"). Not a clinic's patient: a vet's is the animal.
2 customer [anchored closed]: guest | consignee | rider
# The guest in the languages read, where nothing better names the customer: a company's
# fiscal data names whom a hotel bills.
1 customer [anchored closed]: main guest | lead guest | ospite | ospite principale | huesped
1 customer [anchored closed]: huesped principal | hospede | hospede principal
3 customer [anchored closed]: datos fiscales del cliente | datos fiscales cliente
3 customer [anchored closed]: dati fiscali del cliente | dados fiscais do cliente
# An export invoice's buyer, as the exporter names it.
3 customer [anchored closed]: importer | importador | importateur | importeur | importatore
3 customer [anchored]: customer name | client name | buyer name | name of customer
3 po_number: po number | po no | po # | p o number | p o no | p o # | purchase order
# A bare order number on an invoice, where no purchase order is named: most often the buyer's.
1 po_number [anchored closed]: order no | order number | order #
1 po_number [anchored closed]: objednavka c | cislo objednavky | numer zamowienia | nr zamowienia
1 po_number [anchored closed]: zamowienie nr | tilausnumero | tilaus nro | ordrenummer
1 po_number [anchored closed]: bestallningsnummer | narudzba br | broj narudzbe | uzsakymo nr
1 po_number [anchored closed]: pasutijuma nr | tellimuse nr | siparis no | rendelesszam
3 po_number: purchase order number | purchase order no | po ref | your order | order ref
3 po_number: your order ref | your order reference | your order no | your order number
3 po_number: n° de pedido | no de pedido | numero de pedido | pedido n | orden de compra n
3 po_number: n° orden de compra | no orden de compra
3 po_number: subcontract order | subcontract order no | ert ordernr | ert ordernummer | er ordernr
3 po_number: nr zamowienia nabywcy | numer zamowienia nabywcy | vase objednavka
1 po_number [anchored closed]: objednavka
3 po_number: број наруџбенице | нарачка бр | нарачка број | заказ | номер заказа
3 po_number: orden de compra | ordem de compra | lpo | lpo no | local purchase order
3 po_number: bon de commande n | bestellnr | numero ordine | ordine n
3 po_number: ihre auftrags nr | ihre auftragsnummer | ihre bestellnummer | ihre bestell nr
3 po_number: ihr auftrag | ihr auftrag nr | vs ordine | vs ordine n | vostro ordine
3 po_number: vostro ordine n | requisicao | requisicao n | v requisicao | sua requisicao
3 po_number: nota de encomenda | vossa encomenda | v/ encomenda | v/encomenda | sua encomenda
3 po_number: uw bestelbon | bestelbon | bestelbonnummer | uw bestelling | votre bon de commande
3 po_number: su pedido | su pedido n | su n de pedido | vuestro pedido
3 po_number: n° pedido cliente | no pedido cliente | pedido cliente | n° pedido | no pedido
3 po_number: bestellnummer | bestell nr | bestellung | ihre bestellung | ihre bestellnummer
3 po_number: bon de commande | n de commande | n° de commande | no de commande
3 po_number: numero de commande | inkoopordernummer | inkoopordernr | inkooporder
3 po_number: purchase order # | customer po | client po | po
3 po_number: your po | your po ref | your po no | your po number | your p o
3 po_number: customer order no | customer order number | customer order # | customer order
3 po_number: buyer's order no | buyer's order number | buyers order no | buyer order no
3 po_number: po/so number | p o s o number | po/so # | uw bestelnummer | uw ordernummer
3 po_number: 訂單編號 | 订单编号 | 订单号 | 訂單號 | 采购订单号 | 採購單號
3 po_number: 御社注文番号 | 貴社注文番号
3 po_number: ご注文番号 | 注文番号 | 発注番号 | 발주번호 | 주문번호
# The customer's own reference for the order: its PO number where no label names one.
2.5 po_number: uw referentie | uw kenmerk | your reference | your ref | ihr zeichen
3 order_number: order number | order no | order id | order # | ordernummer | auftragsnummer
# A web shop's "Bestellnummer" is its order's number as often as the customer's PO.
2.5 order_number: bestellnummer | bestell nr | numero ordine | ordine n | ordine cliente n
2.5 order_number: rif ordine | rif ordine cliente n | numero pedido cliente
# A bare "Order  SO-0291187" in a header's grid of keys and values, where nothing better says.
1 order_number [anchored closed]: order
3 order_number: auftrag nr | auftrags nr | sales order | vorgang | commande | ordernr
3 order_number: nr zamowienia | numer zamowienia | zamowienie nr | ordrenummer | ordrenr
3 order_number: bestelnummer | cislo objednavky | objednavka c
3 order_number: n pedido | n° pedido | no pedido | numero de pedido | numero pedido
3 order_number: zamowienie odbiorcy | zamowienie klienta | zamowienie nr
3 customer_number: customer number | customer no | customer id | customer # | account number
3 customer_number: account #
# "Customer: 204417", a "Customer" column over "C10457": a number, where nothing names it.
1 customer_number: customer
3 customer_number: account no | account id | kundennummer | kunden nr | kundennr | client no
3 customer_number: ihre kundennr | ihre kundennummer | n client | numero client | klantnummer
3 customer_number: debitor | debitorennummer | reference client | ref client | client id
3 customer_number: debiteurnummer | debiteur nr | debiteurnr | debitor nr | debitornummer
3 customer_number: code client | client code | customer code | codigo cliente | codice cliente
3 customer_number: codigo do cliente | codigo de cliente | codigo del cliente | codice del cliente
3 customer_number: n° client | n° de client | no client | client # | client number
3 customer_number: kundenr | kundenummer | kundnummer | kundnr | numer klienta
3 customer_number: n° de compte client | no de compte client | numero de compte client
3 customer_number: compte client | n° de cliente | no de cliente | numero de cliente
3 customer_number: numero do cliente | kod odbiorcy | kod klienta | nr klienta | numer klienta
3 vat_id: vat number | vat no | vat id | vat reg no | vat registration | vat# | tax id
3 vat_id: ma so thue | mwst nr | mwst nummer | mwst reg nr
# The taxpayer's number of Russia (ИНН), Ukraine (ІПН, ЄДРПОУ) and Kazakhstan (БИН, ИИН).
3 vat_id: инн | іпн | ипн | бин | иин | єдрпоу | код єдрпоу | код за єдрпоу
3 vat_id: унп | стир | стири | едб | стн | инн кпп | инн кпп продавца | инн продавца
3 vat_id: инн кпп покупателя | инн покупателя | унп покупателя | унп пакупніка | пиб купца
3 vat_id: сатып алуучунун инн | сотиб олувчининг стири | етказиб берувчининг стири
3 vat_id: ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ | የግብር ከፋይ መለያ ቁጥር
3 vat_id: ust id | ust idnr | ust id nr | ustid | ust identnr | umsatzsteuer id | uid
3 vat_id: tva intracom | n tva | numero tva | identificativo fiscale ai fini iva
3 vat_id: n° tva | nº tva | n° de tva | numero de tva | n° tva intracommunautaire | n° tva intracom
# A tax office's number for the firm or an id of its register: the VAT number where both are.
2.5 vat_id: steuernummer | steuer nr | steuernr | ico
3 vat_id: tva intracommunautaire | btw nummer | btw nr | gstin | tin | abn
3 vat_id: btw id | btw identificatienummer | btw idnr
3 vat_id: 纳税人识别号 | 税号 | 统一社会信用代码 | 納稅人識別號
# Taiwan's uniform business number, which its e-invoices print for seller and buyer.
3 vat_id: 統一編號 | 统一编号 | 統編 | 賣方統一編號
# Malaysia's sales and service tax registration.
3 vat_id: sst reg no | sst registration no | sst registration number | sst no | sst id
# National tax ids: Mexico, Brazil, Argentina, Chile, Colombia, Peru, Indonesia, Japan's
# qualified-invoice issuer, Korea's business registration, Kenya, the Gulf.
3 vat_id: rfc | cnpj | cpf/cnpj | cnpj/cpf | cuit | rut | r u t | nit | ruc | r u c | npwp
3 vat_id: rfc emisor | rfc del emisor | rfc receptor | rfc del receptor
3 vat_id: rut emisor | rut del emisor | rut receptor | rut del receptor | ruc del emisor
3 vat_id: 登録番号 | 適格請求書発行事業者登録番号 | 등록번호 | 사업자등록번호 | 사업자 등록번호
3 vat_id: kra pin | trn | tax registration number | tax registration no | vat registration number
3 vat_id: gst/hst no | gst/hst number | gst/hst registration | gst reg no | gst registration no
3 vat_id: gst no | gst number | gstin/uin | hst no | hst number
# Canada: GST, HST and QST in French (TPS, TVH, TVQ); the business number's GST/HST account
# ("81234 5678 RT0001").
3 tax: tps | tvq | tvh | montant tps | montant tvq
3 vat_id: hst reg no | hst registration no | hst registration number | hst registration
3 vat_id: hst reg # | gst reg # | gst/hst reg # | vat reg # | hst # | gst #
3 vat_id: gst/hst reg no | gst hst no | gst/hst registration no | no tps/tvh | no tps
3 vat_id: numero de tps | n de tps | tps/tvh | no de tps/tvh
3 vat_id: vat/tin | cif | nif | partita iva | p iva | contribuinte n | contribuinte no
3 vat_id: n de contribuinte | numero de contribuinte | n contribuinte | contribuinte n o
3 vat_id: n o de contribuinte | n o contribuinte
# Italy's VAT number and tax code, one number for a company: "P.IVA e C.F. 03812470171".
3 vat_id: p iva e c f | partita iva e codice fiscale | p iva/c f | c f e p iva
3 vat_id: ust idnr. | tax number
# A US employer identification number: "EIN 31-1748206", "Federal EIN:", "FEIN".
3 vat_id: ein | fein | federal ein | federal id no | employer id no
# Company registers' numbers: a VAT number printed beside them is the one asked for.
2 vat_id: siret | siren | company no | company number | registration number
2 vat_id: handelsregister | hrb | hra | registergericht
3 vat_id: nip | dic | momsreg nr | momsregnr | momsregistreringsnummer | moms nr | momsnr
3 vat_id: uid nr | uid nummer
# Sweden's Org.nr is the register's number (its VAT number is the "Momsreg.nr" SE…01 beside
# it); Norway's is the VAT number unless another is printed ("Org.nr 923 456 789 MVA").
2.5 vat_id: org nr | orgnr | organisasjonsnummer | organisationsnummer
# Denmark's company number is its VAT number without "DK": the "Moms-nr." beside it wins.
2.5 vat_id: cvr nr | cvr | cvr nummer
3 iban: iban | iban nr | iban number
3 bic: bic | swift | swift code | bic code | swift bic | bic swift | codigo bic | codigo swift
3 bic: code bic | code swift | codice bic | codice swift | bic kod | swift kod | swift adresse
3 other_id: blz | kontonr | konto nr | account | bank | sort code | routing
3 other_id: gln | globale nummer | page | seite | pagina | reference | referenz | ref
3 other_id: mandate | mandatsreferenz | glaubiger id | creditor id | card | kartennummer
3 other_id: sen | entitlement number | support entitlement number | billing id | sale
3 other_id: service tax # | contract no | vertragsnummer | policy number | vsnr
# India's transport permit for goods: a bill's number, of another document.
3 other_id: e way bill no | e way bill number | eway bill no | e way bill
3 other_id: original invoice | original invoice no | original invoice number | related invoice
3 other_id: ursprungsrechnung | zu rechnung | facture d origine | facture initiale
3 other_id: ihre ust idnr | ihre ust id | ihre ust id nr | your vat no | your vat number
3 other_id: customer vat | customer vat no | customer abn | customer gstin | votre tva
3 other_id: uw btw nummer | external document no | external document number | external doc no
3 email: email | e mail | mail | courriel
3 phone: phone | tel | telephone | telefon | fon | mobile | mobil | tel. | telefax | fax
3 phone: ph | phone no | tel no | call us on
3 other: name | anschrift | address | adresse
3 other: hinweis | notes | note | bemerkung | remarks | terms | payment terms
3 other: zahlungsbedingungen | conditions de paiement | method of payment | payment method
3 other: zahlungsart | mode de paiement | billing method | art
# A tax table's or paragraph's heading, not the tax ("VAT analysis: standard rate 23% on …").
3 other: vat analysis | vat summary | vat breakdown | tax summary | tax breakdown | vat details
3 other: tax details | recapitulatif tva | ventilation tva | desglose iva | riepilogo iva
3 table_header: description | beschreibung | bezeichnung | designation | omschrijving | item
3 table_header: qty | quantity | menge | anzahl | aantal | hoeveelheid | quantite | units
3 table_header: unit price | einzelpreis | prix unitaire | price | preis | prix | prijs
3 table_header: artikel | article | product | produkt | service | pos | position | rate
# Finnish, Norwegian (Bokmål), Danish, Hungarian, Romanian, Turkish and Greek labels (folded).
3 invoice_number: laskun nro | hyvityslaskun numero | hyvityslaskun nro | hyvityslasku nro
3 invoice_number: kreditnotanummer
3 invoice_number: kreditnota nr | szamla szama | szamla sorszam | bizonylatszam | bizonylat szama
3 invoice_number: numarul facturii | nr facturii | factura fiscala nr | numar document
3 invoice_number: nr document
3 invoice_number: fatura numarasi | belge no | belge numarasi | evrak no
3 invoice_number: αρ τιμολογιου | αριθ τιμολογιου | αρ παραστατικου | αριθμος εγγραφου
2.5 invoice_number: kuitin numero | kuittinumero | kuitti nro | kvitteringsnummer | kvittering nr
2.5 invoice_number: kvitteringsnr | nyugtaszam | nyugta sorszama | nyugta szama | bon fiscal nr
2.5 invoice_number: chitanta nr | numar chitanta | nr chitanta | fis no | makbuz no
2.5 invoice_number: αριθμος αποδειξης | αρ αποδειξης | tiliotteen numero | kivonat sorszama
1 invoice_number: lasku | szamla | τιμολογιο | kuitti | kvittering | nyugta | chitanta | makbuz
1 invoice_number: αποδειξη
2 invoice_number [title]: sorszam | szam | nro | numar | numarasi | αριθμος | αρ | cislo
# A document numbered in a series: Romanian "Seria CTL nr. 0002871", Lithuanian "Serija DS
# Nr. 0001294", Armenian "Սերիա A № 41803627", Greek "Σειρά Α" over "Αριθμός 1843" (the
# number starts its own cell).
2 invoice_number: seria | serija | серия | серія | սերիա
# Romania's "Seria și nr.": the series and the number, read together ("CFSN 0458").
3 invoice_number: seria si nr | seria si numarul | seria nr | serie si numar
2 invoice_number [anchored]: αριθμος
3 invoice_date: laskun paivays | laskupaiva | laskutuspaiva | laskutuspvm | utstedelsesdato
3 invoice_date: udstedelsesdato | bilagsdato | kiallitas datuma | kiallitasi datum | szamla datuma
3 invoice_date: bizonylat kelte | data emitere | data documentului | data facturare
3 invoice_date: fatura tarihi | duzenleme tarihi | belge tarihi | fis tarihi
3 invoice_date: ημ/νια εκδοσης | ημ εκδοσης | ημερομηνια τιμολογιου | ημερομηνια παραστατικου
2 invoice_date: paivamaara | pvm | dato | kelte | kelt | tarih | tarihi | ημερομηνια | ημ/νια
3 due_date: erapvm | eraantymispaiva | viimeinen maksupaiva | maksettava viimeistaan | forfall
3 due_date: forfald | forfaldsdag | sidste betalingsdato | betales senest | betal senest
3 due_date: fizetes hatarideje | befizetesi hatarido | esedekesseg datuma | data scadenta
3 due_date: data scadentei | termen de plata
3 due_date: data limita de plata | termen plata | son odeme tarihi | son odeme | vade tarihi
3 due_date: ημ ληξης | προθεσμια πληρωμης | πληρωμη εως
3 other_date: tilauspaiva | tilauspaivamaara | toimituspaiva | toimituspvm | maksupaiva
3 other_date: laskutusjakso | ordredato | leveringsdato | utskriftsdato | udskriftsdato
3 other_date: fakturaperiode | avregningsperiode | afregningsperiode | rendeles datuma
3 other_date: megrendeles datuma | szallitas datuma | fizetes datuma | teljesites idopontja
3 other_date: elszamolasi idoszak | szamlazasi idoszak | data comenzii | data livrarii
3 other_date: data platii | perioada de facturare | perioada facturata | siparis tarihi
3 other_date: teslim tarihi | teslimat tarihi | sevk tarihi | odeme tarihi | islem tarihi
3 other_date: fatura donemi | dogum tarihi | gecerlilik tarihi | ημερομηνια παραγγελιας
3 other_date: ημερομηνια παραδοσης | ημερομηνια πληρωμης | ημερομηνια αποστολης
3 other_date: περιοδος χρεωσης | περιοδος καταναλωσης | ημερομηνια γεννησης
3 other_date: alkamispaiva | paattymispaiva | startdato | sluttdato | slutdato | gyldig til
3 other_date: data inceperii | data expirarii | valabil pana la | baslangic tarihi | bitis tarihi
3 other_date: son kullanma tarihi | ημερομηνια εναρξης | saapumispaiva | lahtopaiva
3 other_date: ankomstdato | avreisedato | afrejsedato | erkezes datuma | tavozas datuma
3 other_date: data sosirii | data plecarii | giris tarihi | cikis tarihi | ημερομηνια αφιξης
3 other_date: ημερομηνια αναχωρησης
3 total: laskun summa | loppusumma | laskun loppusumma | kokonaissumma | summa yhteensa
3 total: yhteensa sis alv | verollinen yhteensa | totalbelop | totalt inkl mva | sum inkl mva
3 total: belob i alt | i alt inkl moms | total inkl moms | brutto vegosszeg
3 total: szamla vegosszege | fizetendo vegosszeg | mindosszesen | brutto osszeg | total cu tva
3 total: valoare totala | suma totala | vergiler dahil toplam tutar | genel toplam
3 total: kdv dahil toplam | toplam tutar | γενικο συνολο | συνολικη αξια | πληρωτεο ποσο
3 total: συνολο με φπα | συνολικο ποσο πληρωμης
2 total [anchored]: totalt | i alt | osszesen | toplam | kokku
3 amount_due: maksettavaa | maksettava summa | maksettava maara | avoin summa | belop a betale
3 amount_due: til betaling | belob til betaling | belop til betaling
3 amount_due: restbelop | utestaende belop | restbelob | skyldigt belob | udestaende belob
3 amount_due: hatralek | fennallo tartozas | befizetendo osszeg | rest de plata | sold de plata
3 amount_due: suma de plata | odenecek tutar | donem borcu | kalan borc | ποσο πληρωμης
3 amount_due: συνολο οφειλης | οφειλομενο ποσο | νεο υπολοιπο
3 amount_due [anchored]: de plata
3 subtotal: veroton yhteensa | yhteensa ilman alv | veroton summa | valisumma | sum eks mva
3 subtotal: belop ekskl mva | totalt eks mva | sum ekskl mva | delsum | mva grunnlag
3 subtotal: belob ekskl moms | total ekskl moms | i alt ekskl moms | momsgrundlag
3 subtotal: summa exkl moms | belopp exkl moms | netto exkl moms | totalt exkl moms
3 subtotal: summa exklusive moms | summa exkl mervardesskatt
3 subtotal: momspligtigt belob | netto osszesen | netto osszeg | afa alap | reszosszeg
3 subtotal: netto vegosszeg | total fara tva | valoare fara tva | baza de impozitare
3 subtotal: ara toplam | mal hizmet toplam tutari | kdv matrahi | kdv haric toplam | matrah
3 subtotal: vergi haric tutar | vergiler haric toplam tutar
3 subtotal: καθαρη αξια | συνολο καθαρης αξιας | συνολικη καθαρη αξια | αξια προ φπα
3 subtotal: υποσυνολο | καθαρο ποσο
3 tax: alv yhteensa | alv osuus | alv maara | arvonlisavero yhteensa | mva belop | herav mva
3 tax: sum mva | heraf moms | moms i alt | momsbelob | afa | afa osszeg | afa osszege
3 tax: afa osszesen | afa tartalom | valoare tva | suma tva | din care tva | kdv
3 tax: hesaplanan kdv | kdv tutari | toplam kdv | topkdv | φπα | ποσο φπα | συνολο φπα
3 tax: αξια φπα
# The tax's name in Bulgarian (ДДС), Serbian and Croatian (PDV/ПДВ), Ukrainian (ПДВ),
# Lithuanian (PVM), Latvian (PVN), Estonian (käibemaks), Slovenian (DDV), Icelandic (VSK).
3 tax: ддс | начислен ддс | сума на ддс | данък добавена стойност | pdv | пдв | iznos pdv
3 tax: износ пдв | укупан износ пдв | укупно пдв | сума пдв | у тому числі пдв | ukupno pdv
3 tax: pvm | pvm suma | pvn | pvn summa | kaibemaks | km summa | ddv | znesek ddv | vsk
3.25 tax: samtals vsk | vsk samtals | pvm is viso | iskupaj ddv | skupaj ddv
3 subtotal: spolu bez dph | celkem bez dph | zaklad dane | skupaj brez ddv | osnovica
3 subtotal: данъчна основа | основица | сума без пдв | усього без пдв | suma be pvm
3 subtotal: summa bez pvn | summa kaibemaksuta | upphaed an vsk
# Estonian: the sum before VAT (käibemaksuta, "km-ta") and what is to pay ("tasuda").
3 subtotal: kokku km-ta | summa km-ta | kokku kaibemaksuta | maksustatav summa
3 total: tasuda kokku | kokku tasuda | kokku km-ga | summa km-ga | arve summa kokku
3 subtotal: укупно без пдв | ukupno bez pdv | iznos bez pdv | износ без пдв
3 total: усього з пдв | разом з пдв | всього з пдв | samtals til greidslu isk | ukupno s pdv
3 total: укупно за уплату | укупно за плаћање | ukupno za placanje | iskupaj za placilo
3 total: za placilo
3 total: suma su pvm | is viso su pvm | viso su pvm | kopa ar pvn | summa ar pvn
3 other_amount: edellinen saldo | luottoraja | vahimmaismaksu | alennus | pyoristys
3 other_amount: ennakkomaksu | forrige saldo | kredittgrense | minstebelop | innbetalt
3 other_amount: avrunding | oreavrunding | kreditgraense | rabat | indbetalt | afrunding
3 other_amount: rounding | rounding adjustment | rounding difference | zaokrouhleni
3 other_amount: zaokruhlenie | zaokraglenie | rundung | rundungsdifferenz | arrondi
3 other_amount: pyoristys | umardamine | apvalinimas
3 other_amount: redondeo | arrotondamento | afronding | arredondamento | avrundning
3 other_amount: oresavrundning
3 other_amount: oreafrunding | elozo egyenleg | nyito egyenleg | hitelkeret | minimum fizetendo
3 other_amount: minimum fizetendo osszeg | legkisebb fizetendo osszeg | engedmeny | kedvezmeny
3 other_amount: kerekites | eloleg | sold anterior | sold initial | limita de credit
3 other_amount: plata minima | suma minima de plata | reducere | suma achitata | avans
3 other_amount: onceki donem borcu | onceki bakiye | asgari odeme tutari | asgari odeme
3 other_amount: kart limiti | kredi limiti | kullanilabilir limit | toplam iskonto | iskonto
3 other_amount: indirim | odenen tutar | para ustu | nakit | προηγουμενο υπολοιπο
3 other_amount: υπολοιπο προηγουμενου λογαριασμου | πιστωτικο οριο | οριο πιστωσης
3 other_amount: ελαχιστη καταβολη | ελαχιστο ποσο πληρωμης | εκπτωση | ρεστα | μετρητα
3 vendor [anchored closed]: myyja | toimittaja | laskuttaja | selger | leverandor
3 vendor [anchored closed]: fakturautsteder | saelger | elado | szallito | szamlakibocsato
3 vendor [anchored closed]: elado adatai | szallito adatai | furnizor | vanzator | prestator
3 vendor [anchored closed]: satici | tedarikci | εκδοτης | προμηθευτης | πωλητης
3 vendor [anchored closed]: στοιχεια εκδοτη
# Central and Eastern Europe, the Baltics, Iceland: the supplier's and the buyer's headings.
3 vendor [anchored closed]: dodavatel | prodavajici | predavajuci | dobavitelj | izdavatelj
3 vendor [anchored closed]: izdavatelj racuna | prodavatelj | prodavac | pardavejas
3 vendor [anchored closed]: piegadatajs | pakalpojuma sniedzejs | muuja | seljandi
3 vendor [anchored closed]: sprzedawca | доставчик | продавач | продавец | постачальник
3 vendor [anchored closed]: виконавець | издавалац | испоручилац
3 customer [anchored closed]: odberatel | kupujici | kupujuci | objednatel | objednavatel
3 customer [anchored closed]: kupec | narocnik | prejemnik | kupac | primatelj | narucitelj
3 customer [anchored closed]: pirkejas | gavejas | pircejs | sanemejs | maksatajs | tellija
3 customer [anchored closed]: kaupandi | vidskiptavinur | greidandi | получател | купувач
3 customer [anchored closed]: купац | наручилац | покупець | замовник | платник | отримувач
3 customer [anchored closed]: asiakas | ostaja | laskutusosoite | toimitusosoite
3 customer [anchored closed]: vastaanottaja | vakuutettu | vakuutuksenottaja | kjoper
3 customer [anchored closed]: fakturaadresse | leveringsadresse | mottaker | forsikringstaker
3 customer [anchored closed]: forsikret | kober | faktureringsadresse | modtager
3 customer [anchored closed]: forsikringstager | sikrede | vevo | vasarlo | megrendelo
3 customer [anchored closed]: szamlazasi cim | szallitasi cim | ugyfel | vevo adatai | szerzodo
3 customer [anchored closed]: biztositott | cumparator | beneficiar | adresa de facturare
3 customer [anchored closed]: adresa de livrare | catre | destinatar | asigurat | contractant
3 customer [anchored closed]: musteri | alici | sayin | fatura adresi | teslimat adresi
3 customer [anchored closed]: sigortali | sigorta ettiren | πελατης | στοιχεια πελατη
3 customer [anchored closed]: αγοραστης | παραληπτης | ασφαλισμενος | συμβαλλομενος
3 customer [anchored closed]: ληπτης | στοιχεια ληπτη
3 customer [anchored]: asiakkaan nimi | kundenavn | vevo neve | ugyfel neve | nume client
3 customer [anchored]: numele clientului | musteri adi | alici unvani | ονομα πελατη
3 customer [anchored]: ονοματεπωνυμο πελατη
3 po_number: ostotilausnumero | ostotilaus nro | ostotilaus | innkjopsordre
3 po_number: innkjopsordrenummer | deres ordrenr | indkobsordre | indkobsordrenummer
3 po_number: comanda de achizitie | satin alma siparisi | satin alma siparis no
3 order_number: tilausnumero | tilausnro | bestillingsnummer | bestillingsnr | rendelesszam
3 order_number: rendeles szama | megrendeles szama | megrendelesszam | rendelesi szam
3 order_number: numar comanda | nr comanda | comanda nr | numarul comenzii | siparis no
3 order_number: siparis numarasi | αριθμος παραγγελιας | αρ παραγγελιας
3 customer_number: asiakasnumero | asiakasnro | asiakastunnus | ugyfelszam | vevokod
3 customer_number: ugyfelazonosito | vevo azonosito | cod client | nr client | numar client
3 customer_number: cod abonat | cont client | id client | musteri no | musteri numarasi
3 customer_number: musteri kodu | abone no | αριθμος πελατη | κωδικος πελατη | κωδ πελατη
3 customer_number: αρ πελατη
# Finland's business id (Y-tunnus) yields to its VAT number (ALV-numero, "FI" + the same digits).
2.5 vat_id: y tunnus
3 vat_id: alv numero | alv tunnus | alv tunniste | alv nro | se nr | adoszam | alv rek
3 vat_id: alv rekisterinumero | alv reknro | alv rek nro
3 vat_id: kozossegi adoszam | eu adoszam | cui | cod fiscal | cod de inregistrare fiscala
3 vat_id: cod unic de inregistrare | vergi no | vergi numarasi | vkn | vergi kimlik no
3 vat_id: vergi kimlik numarasi | αφμ | αριθμος φορολογικου μητρωου
2 vat_id: cegjegyzekszam | nr reg com | nr ord reg com | reg com | mersis no | ticaret sicil no
2 vat_id: γεμη | αρ γεμη
# Slovak IČ DPH is the VAT id, DIČ the tax number beside it; Bulgarian ИН по ЗДДС, Croatian
# PDV ID (OIB the tax number), Slovenian ID za DDV, Serbian PIB, Lithuanian PVM mokėtojo
# kodas, Latvian PVN reģ. Nr., Estonian KMKR nr, Icelandic VSK nr.
3.25 vat_id: ic dph | ic pre dph | in po zdds | ин по ззддс | ин по зддс | ин по ддс | ддс номер
3.25 vat_id: ддс no | ддс n | dds no
3 vat_id: идентификационен номер по ддс | pdv id | pdv identifikacijski broj | pdv broj
2.5 vat_id: oib | еик | eik | davcna stevilka
3 vat_id: oib kupca | oib primatelja | oib narucitelja
3 vat_id: id za ddv | identifikacijska stevilka za ddv | id st za ddv | pib | пиб
3 vat_id: pvm moketojo kodas | pvm kodas | pvn reg nr | pvn registracijas nr | pvn maksataja nr
3 vat_id: kmkr nr | kmkr | km kood | kaibemaksukohustuslase number | vsk nr | vsk numer
3 vat_id: pdv identifikacijski broj izdavatelja
# Albanian, Azerbaijani, Maltese, Swahili, Indonesian, Malay and Vietnamese labels, and the
# parties' and sums' labels of Spanish America's e-invoices (Peru, Uruguay, Ecuador) that
# the lines above lack (folded; Azerbaijani "ə" folds to "e").
3 invoice_number: nr i fatures | numri i fatures | numru tal fattura | namba ya ankara
3 invoice_number: no invois | nombor invois | no faktur | nomor faktur | nomor invoice
3 invoice_date: data dhe ora e leshimit | data e leshimit | data e fatures | faktura tarixi
3 invoice_date: tarikh invois | tanggal faktur | tanggal invoice
2 invoice_date: tarix | tarehe | tarikh | tanggal
3 due_date: afati i pageses | afati i pagimit | odenis muddeti | son odenis tarixi
3 due_date: tarehe ya mwisho | tarikh akhir bayaran | tarikh akhir | tanggal jatuh tempo
3 total: vlera totale me tvsh | vlera totale | odenilecek mebleg | yekun mebleg | jumla kuu
3 total: jumlah perlu dibayar | jumlah keseluruhan | ammont dovut | total li jithallas
3 subtotal: vlera pa tvsh | cemi edv siz | mebleg edv siz | jumla bila vat | jumlah kecil
3 subtotal: op gravada | operacion gravada | op gravadas | subtotal gravado
3 subtotal: subtotal sin impuestos | subtotal base gravable
3 subtotal: thanh tien truoc thue | cong tien hang
3 tax: valoarea tva | vyska dph | vyska dane
3 other_amount: subtotal no gravado | subtotal exento | subtotal no objeto de iva
2 vat_id: identificacion
2 due_date: vence
# Argentina's abbreviation of "vencimiento": "Fecha de vto. para el pago: 12/04/2026".
3 due_date: fecha de vto para el pago | fecha de vto | vto para el pago | fecha vto
3 tax: tvsh | vlera e tvsh | edv | edv meblegi | ppn | cukai perkhidmatan | cukai jualan
3 tax: igv | i g v
3 currency: monedha | valyuta | dong tien thanh toan
3 vendor [anchored closed]: shitesi | furnizuesi | fornitur | mwuzaji | penjual
2 vendor [anchored closed]: razon social
3 customer [anchored closed]: bleresi | klijent | mteja | kepada yth | kepada | pembeli
3 customer [anchored closed]: razon social / nombres y apellidos | nombre / denominacion
3 customer [anchored closed]: precu sanemejs | pakalpojuma sanemejs
3 vendor [anchored closed]: precu piegadatajs
# Faroese labels (folded), and tax numbers' names in Bosnia (JIB), Tunisia (matricule
# fiscal), Costa Rica (cédula jurídica), Senegal (NINEA), Cameroon (NIU), the Dominican
# Republic (RNC) and Trinidad (BIR file no.).
3 invoice_number: rokningarnummar | rokningar nr
3 invoice_date: rokningardagur
3 due_date: gjalddagur
3 total: at gjalda
3 subtotal: tilsamans uttan mvg
3 tax: mvg
3 customer [anchored closed]: keypari
3 vat_id: v tal | id broj | matricule fiscal | cedula juridica | bir file no
2.5 vat_id [anchored]: ninea | niu | rnc | jib
# The e-invoice numbers and labels of Costa Rica, the Dominican Republic and Guatemala's
# FEL, and France's "date de facturation".
3 invoice_number: numero consecutivo | e ncf | encf
3 invoice_number: numero de dte
3 subtotal: monto gravable
3 invoice_date: date de facturation
3 due_date: fecha limite de pago
3 other: fecha de vencimiento de la secuencia | vencimiento de la secuencia
3 subtotal: total venta neta
3 customer [anchored closed]: razon social cliente | nombre receptor
3 vat_id: nipt | voen | vrn | no pendaftaran sst | nombor pendaftaran sst
2.5 vat_id [anchored]: kt | kennitala
3 po_number: porosia | sifaris | ordni | don dat hang
3 iban: iban no | iban numarasi | cod iban | cont iban | iban szam
3 other_id: viitenumero | viite | viitteemme | viitteenne | tilinumero | sivu | sopimusnumero
3 other_id: vakuutusnumero | pankki | kid | kid nr | kidnummer | kontonummer
3 other_id: deres ref | var ref | avtalenummer | polisenummer | kortnummer | reg nr
3 other_id: vores ref | jeres ref | aftalenummer | policenummer | oldal | kozlemeny
3 other_id: bankszamlaszam | bankszamla | szerzodesszam | kotvenyszam | hivatkozasi szam
3 other_id: banca | nr contract | numar contract | referinta | nr polita | numar polita
3 other_id: sayfa | ettn | referans no | sozlesme no | police no | hesap no | banka | kart no
3 other_id: tesisat no | irsaliye no | ozellestirme no | σελιδα | αριθμος λογαριασμου
3 other_id: τραπεζα | αριθμος συμβολαιου | αρ συμβολαιου | κωδικος πληρωμης
3 other_id: κωδικος ηλεκτρονικης πληρωμης | μαρκ | αριθμος παροχης
3 other: maksuehdot | maksutapa | huomautus | lisatiedot | viivastyskorko | alv kanta
3 other: betalingsbetingelser | betalingsmate | merknad | forsinkelsesrente | mva sats
3 other: betalingsmade | bemaerkning | morarente | momssats | fizetesi mod
3 other: fizetesi feltetelek | megjegyzes | afa kulcs | modalitate de plata | mod de plata
3 other: conditii de plata | observatii | mentiuni | cota tva | odeme sekli | odeme kosullari
3 other: vergi dairesi | kdv orani | fatura tipi | senaryo | τροπος πληρωμης | οροι πληρωμης
3 other: παρατηρησεις | δου | συντελεστης φπα
3 table_header: kuvaus | tuote | maara | kpl | a hinta | yksikkohinta | hinta | nimike
3 table_header: beskrivelse | antall | antal | enhetspris | enhedspris | pris | vare
3 table_header: varenummer | megnevezes | mennyiseg | egysegar | netto egysegar | netto ar
3 table_header: brutto ar | denumire | denumirea produselor | cantitate | pret unitar
3 table_header: nr crt | aciklama | mal hizmet | miktar | birim fiyat | sira no
3 table_header: περιγραφη | ποσοτητα | τιμη μοναδας | τιμη | κωδικος | α/α | ειδος
# Hebrew (Israel). Geresh and gershayim, or the quotes typed for them, fall away: "מע״מ" is
# "מעמ", "ח.פ." (a company's number, its VAT id as a dealer) is "חפ". "מס׳" (No.) starting
# a line numbers the document; "מס" alone is a tax ("חשבונית מס", a tax invoice).
3 invoice_number: מספר חשבונית | מס׳ חשבונית | חשבונית מס מספר | חשבונית מספר | מספר מסמך
2 invoice_number [anchored]: מס׳
3 invoice_date: תאריך חשבונית | תאריך הפקה | תאריך מסמך | תאריך הנפקה
2 invoice_date: תאריך
3 due_date: תאריך לתשלום | לתשלום עד | תאריך פירעון | מועד תשלום | תאריך תשלום אחרון
3 other_date: תאריך אספקה | תאריך הזמנה | תקופת שירות | תקופת חיוב | תאריך ערך
3 total: סה״כ לתשלום | סה״כ כולל מע״מ | סך הכל לתשלום | סכום לתשלום
2 total [anchored]: סה״כ | סך הכל
3 subtotal: סה״כ לפני מע״מ | סה״כ ללא מע״מ | סכום לפני מע״מ
3 tax [anchored]: מע״מ
3 vat_id: עוסק מורשה | ע.מ. | מספר עוסק מורשה | מס׳ עוסק מורשה
2.5 vat_id: ח.פ. | ח.פ/ע.מ
3 vendor [anchored closed]: ספק | שם הספק
3 customer [anchored closed]: לכבוד | לקוח | שם הלקוח
3 po_number: הזמנת רכש | מספר הזמנת רכש
3 order_number: מספר הזמנה
3 customer_number: מספר לקוח
3 phone: טלפון | טל | פקס | נייד
3 other_id: מספר הקצאה | מספר חשבון | חשבון | סניף | בנק | רישיון קבלן
3 other_amount: הנחה | ניכוי מס במקור | עיגול אגורות
3 other: תנאי תשלום | אופן תשלום | אחריות | חתימה | הופק ע״י | לידי
3 table_header: תיאור | כמות | מחיר ליחידה | מחיר יחידה
# Arabic (the Gulf's, Egypt's and the Levant's tax invoices). Folding drops the hamza's and
# madda's marks: "الإجمالي" is "الاجمالي".
3 invoice_number: رقم الفاتورة | فاتورة رقم | رقم الفاتوره | رقم الفاتورة الضريبية
3 invoice_date: تاريخ الفاتورة | تاريخ الاصدار | تاريخ اصدار الفاتورة | تاريخ الفاتوره
2 invoice_date [anchored]: التاريخ | تاريخ
3 due_date: تاريخ الاستحقاق | موعد الاستحقاق | تاريخ السداد | اخر موعد للسداد
3 other_date: تاريخ التوريد | تاريخ التسليم
3 total: الاجمالي المستحق | الاجمالي شامل الضريبة | المبلغ الاجمالي | اجمالي المبلغ المستحق
3 total: الاجمالي الكلي | المجموع الكلي | اجمالي الفاتورة | صافي المستحق | المبلغ المستحق
3 total: الاجمالي شامل ضريبة القيمة المضافة | المجموع شامل الضريبة
3 total: المبلغ الكلي المطلوب | المبلغ المطلوب | المبلغ الكلي | صافي المبلغ المطلوب
2.5 subtotal [anchored]: المجموع
3 subtotal: الاجمالي قبل الضريبة | المجموع قبل الضريبة | الاجمالي غير شامل الضريبة
3 subtotal: اجمالي المبلغ الخاضع للضريبة | المبلغ الخاضع للضريبة | الاجمالي بدون ضريبة
3 tax: ضريبة القيمة المضافة | اجمالي ضريبة القيمة المضافة | قيمة الضريبة | مبلغ الضريبة
3 vat_id: الرقم الضريبي | رقم التسجيل الضريبي | رقم تسجيل ضريبة القيمة المضافة
3 vat_id: رقم التعريف الضريبي | الرقم الضريبي للمورد | رقم التسجيل في ضريبة القيمة المضافة
# Cyprus's VAT registration number ("Αρ. Μητρώου ΦΠΑ")
3 vat_id: αρ μητρωου φπα | αριθμος μητρωου φπα | αρ εγγραφης φπα
3 vendor [anchored closed]: البائع | المورد | اسم المورد | المورد / البائع
3 customer [anchored closed]: المشتري | العميل | اسم العميل | السادة | السيد | فاتورة إلى
3 po_number: امر الشراء | رقم امر الشراء
3 other_id: سجل تجاري رقم | السجل التجاري | رقم السجل التجاري
# Persian (Iran's sales invoice, صورتحساب فروش): the economic code is the tax number, the
# national id (شناسه ملی) a company's register number.
3 invoice_number: شماره صورتحساب | شماره فاکتور | شماره سریال صورتحساب
3 invoice_date: تاریخ صورتحساب | تاریخ فاکتور | تاریخ صدور
2 invoice_date [anchored]: تاریخ
3 due_date: مهلت پرداخت | تاریخ سررسید | سررسید
3 total: جمع کل قابل پرداخت | مبلغ قابل پرداخت | مبلغ کل قابل پرداخت | جمع کل
3 subtotal: جمع مبلغ قبل از کسر تخفیف و مالیات | جمع قبل از مالیات | مبلغ قبل از مالیات
3 tax: مالیات و عوارض ارزش افزوده | مالیات بر ارزش افزوده | مالیات و عوارض
3 vat_id: کد اقتصادی
3 business_id: شناسه ملی
3 vendor [anchored closed]: فروشنده | مشخصات فروشنده
3 customer [anchored closed]: خریدار | مشخصات خریدار
3 other_id: شماره ثبت | کد پستی | شماره قرارداد
# Georgian.
3 invoice_number: ინვოისის ნომერი | ანგარიშ ფაქტურის ნომერი | ანგარიშის ნომერი
3 invoice_date: ინვოისის თარიღი | გაცემის თარიღი | გამოწერის თარიღი
2 invoice_date [anchored]: თარიღი
3 due_date: გადახდის ვადა | გადახდის ბოლო ვადა | გადახდის თარიღი
3 total: სულ გადასახდელი | სულ თანხა | გადასახდელი თანხა | სულ დღგ ს ჩათვლით
2 total [anchored]: სულ
3 subtotal: ჯამი დღგ ის გარეშე | ჯამი დღგ ს გარეშე | თანხა დღგ ს გარეშე
3 tax [anchored]: დღგ
3 vat_id: საიდენტიფიკაციო კოდი | საიდენტიფიკაციო ნომერი | ს კ
3 vendor [anchored closed]: გამყიდველი | მომწოდებელი
3 customer [anchored closed]: მყიდველი | კლიენტი | დამკვეთი
3 po_number: შეკვეთის ნომერი
# Armenian: the tax invoice (հաշիվ-ապրանքագիր) and its taxpayer number (ՀՎՀՀ).
3 invoice_number: հաշվի համար | հաշիվ ապրանքագրի համար
3 invoice_date: դուրս գրման ամսաթիվ | հաշվի ամսաթիվ
2 invoice_date [anchored]: ամսաթիվ
3 other_date: մատակարարման ամսաթիվ
3 due_date: վճարման վերջնաժամկետ | վճարման ժամկետ
3 total: ընդամենը վճարման ենթակա | վճարման ենթակա գումար | ընդամենը ԱԱՀ ով
2 total [anchored]: ընդամենը
3 subtotal: ընդամենը առանց ԱԱՀ ի | ընդամենը առանց ԱԱՀ
3 tax [anchored]: ԱԱՀ
3 vat_id: ՀՎՀՀ
3 vendor [anchored closed]: մատակարար | վաճառող
3 customer [anchored closed]: գնորդ | ստացող
# Mongolian: the VAT invoice (НӨАТ-ын нэхэмжлэх).
3 invoice_number: нэхэмжлэхийн дугаар
3 invoice_date: нэхэмжилсэн огноо | нэхэмжлэх огноо | огноо
3 due_date: төлбөр хийх хугацаа | төлөх хугацаа | төлбөрийн хугацаа
3 total: нийт төлөх дүн | нийт дүн | төлөх дүн
3 subtotal: дүн нөат гүй | нөат гүй дүн
3 tax [anchored]: нөат
3 vat_id: регистрийн дугаар | татвар төлөгчийн дугаар
3 vendor [anchored closed]: нэхэмжлэгч | борлуулагч
3 customer [anchored closed]: төлөгч | худалдан авагч
3 other_id: дансны дугаар | гэрээний дугаар
# Thai: the tax invoice (ใบกำกับภาษี). Tone marks fold away (see _fold_char).
3 invoice_number: เลขที่ | เลขที่ใบกำกับภาษี | เลขที่ใบแจ้งหนี้ | เลขที่เอกสาร | เลขที่ใบกำกับ
3 invoice_date: วันที่ | วันที่ออกใบกำกับภาษี | วันที่เอกสาร | วันที่ออกเอกสาร
3 due_date: ครบกำหนด | วันครบกำหนด | วันครบกำหนดชำระ | กำหนดชำระ | ครบกำหนดชำระ
3 total: จำนวนเงินรวมทั้งสิ้น | รวมทั้งสิ้น | ยอดรวมสุทธิ | รวมเงินทั้งสิ้น | ยอดชำระ | ยอดรวมทั้งสิ้น
3 subtotal: รวมเป็นเงิน | มูลค่าก่อนภาษี | ยอดรวมก่อนภาษี | มูลค่าสินค้า
3 tax: ภาษีมูลค่าเพิ่ม
3 vat_id: เลขประจำตัวผู้เสียภาษี | เลขประจำตัวผู้เสียภาษีอากร | เลขผู้เสียภาษี
3 vendor [anchored closed]: ผู้ขาย | ผู้จำหน่าย
3 customer [anchored closed]: ลูกค้า | ผู้ซื้อ | นามลูกค้า | ชื่อลูกค้า
3 po_number: ใบสั่งซื้อ | เลขที่ใบสั่งซื้อ
# Kazakh, beside the Russian on a bilingual шот-фактура.
3 invoice_date: жазылған күні | дата выписки | шот фактураның күні
3 due_date: төлеу мерзімі | срок оплаты
3 other_date: тауарды жеткізу күні | дата поставки
3 total: төлеуге барлығы | барлығы төлеуге
2 total [anchored]: барлығы
3 tax: ққс
3 vat_id: бсн | жсн
3 vendor [anchored closed]: жеткізуші
3 customer [anchored closed]: алушы
# The parties of a Russian, Ukrainian or Bulgarian invoice ("Получатель" is the payee of a
# bank block as often as the buyer: no label).
3 vendor [anchored closed]: поставщик | продавец | постачальник | продавець
3 vendor [anchored closed]: пастаўшчык | етказиб берувчи | сатуучу
3 vendor [anchored closed]: доставчик | продавач | изпълнител
3 customer [anchored closed]: покупатель | заказчик | плательщик | покупець | замовник
3 customer [anchored closed]: пакупнік | сотиб олувчи | сатып алуучу
# Lao, Amharic
3 customer [anchored closed]: ລູກຄ້າ | የገዢ ስም | ገዢ
3 customer [anchored closed]: платник | купувач | получател | възложител
"""


@dataclass(frozen=True)
class _Entry:
    label: str
    info: LabelInfo


def _parse_table(table: str) -> list[_Entry]:
    entries: list[_Entry] = []
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue  # a note on the entries below
        head, _, labels = line.partition(":")
        weight, concept, *flags = head.replace("[", " ").replace("]", " ").split()
        info = LabelInfo(
            concept, float(weight), "title" in flags, "anchored" in flags, "closed" in flags
        )
        entries.extend(_Entry(lab.strip(), info) for lab in labels.split("|") if lab.strip())
    return entries


BUILTIN_ENTRIES: tuple[_Entry, ...] = tuple(_parse_table(_TABLE))


# --------------------------------------------------------------------------- text folding

_FOLD_CACHE: dict[str, str] = {}


# Letters with no decomposition to take the accent off: Polish "płatności" is "platnosci",
# Danish "beløb" "belob", Icelandic "greiðslu" "greidslu", as a label written without them.
_PLAIN_LETTERS = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ð": "d",
    "þ": "th",
    "ə": "e",
}


#: Accents printed as glyphs of their own beside the letter (pdfLaTeX's OT1 fonts draw "č"
#: as "c" and "ˇ"): gone in folded text, so "úcˇet" is "ucet" as a label writes it, and a
#: word of nothing else folds to "" (the rules' index leaves it out).
_SPACING_ACCENTS = (
    "\u02c6\u02c7\u02c9\u02ca\u02cb\u02d8\u02d9\u02da\u02db\u02dc\u02dd\u00b4\u00a8\u00b8"
)


def _fold_char(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None and ch in _SPACING_ACCENTS:
        out = _FOLD_CACHE[ch] = ""
    if out is None and "\u0e48" <= ch <= "\u0e4b":
        # Thai tone marks: a font's stacked glyph of mark over vowel loses them as often
        # as not ("วันที" for "วันที่"), so labels are compared without them.
        out = _FOLD_CACHE[ch] = ""
    if out is None and "\uac00" <= ch <= "\ud7a3":
        out = _FOLD_CACHE[ch] = ch  # a Hangul syllable: NFKD would split it into its letters
    if out is None:
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        out = base if base else ch.lower()
        out = _PLAIN_LETTERS.get(out, out)
        if out == "ς":
            # Greek's final sigma: capitals have one sigma ("ΕΚΔΟΤΗΣ"), lower case two
            # ("εκδότης"); both read as σ.
            out = "σ"
        if ch in "\u2014\u2013\u2012\u2212":
            out = "-"
        _FOLD_CACHE[ch] = out
    return out


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table: each character's folded form, worked out on first sight."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_FOLD_TABLE = _FoldTable()


def fold_text(text: str) -> str:
    """:func:`fold` without its cache, for one-off text such as whole lines.

    >>> fold_text("Gesamt (EUR)")
    'gesamt (eur)'
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)  # character by character, in C


# Bounded small: one-off tokens (amounts, ids) would otherwise keep growing a worker's memory.
@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or ligatures: how labels are compared (cached: the same
    words come back on every invoice).

    >>> fold("Fälligkeit Numéro ﬁnal")
    'falligkeit numero final'
    >>> fold("ΛΗΠΤΗΣ") == fold("Λήπτης")  # Greek's final sigma reads as σ
    True
    """
    return fold_text(text)


#: Letter runs, digit runs and the two symbols labels use. Labels match whole runs, so
#: "total" never matches inside "Subtotal" and "Rechnungs-Nr." equals "Rechnungsnr.".
#: Greek, Cyrillic (with the letters of Kazakh, Mongolian and the other Cyrillic alphabets),
#: Hebrew, Arabic (with Persian's and Urdu's letters), Armenian, Georgian, Thai, Lao, Khmer,
#: Myanmar, Ethiopic and the scripts of South Asia are letter runs too (Thai and Lao write a
#: label's words together, and a space before its value; Hebrew's geresh and gershayim, or
#: the quote marks typed for them, part a run: "מע״מ" and 'מע"מ' are both "מעמ"). Chinese,
#: Japanese and Korean are written without spaces: each of their characters is a token, so
#: "請求日" is found in "請求日：2024年3月5日". A possessive's "s" is no token: "Employee's
#: name" and "PAYER'S TIN" read as "employee name" and "payer tin".
_LETTER = (
    r"a-z\u03b1-\u03c9\u0430-\u045f\u0460-\u052f\u0561-\u0587\u05d0-\u05ea\u0621-\u063f"
    r"\u0641-\u064a\u0671-\u06d3\u06d5\u10d0-\u10fa\u0e01-\u0e3a\u0e40-\u0e4e"
    # the scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
    # Telugu, Kannada, Malayalam, Sinhala), Lao, Myanmar, Ethiopic and Khmer: letters,
    # vowel signs and marks, not their digits and stops
    r"\u0900-\u0963\u0971-\u097f\u0980-\u09e5\u09f0-\u09ff\u0a00-\u0a65\u0a70-\u0a7f"
    r"\u0a80-\u0ae5\u0af0-\u0aff\u0b00-\u0b65\u0b70-\u0b7f\u0b80-\u0be5\u0bf0-\u0bff"
    r"\u0c00-\u0c65\u0c70-\u0c7f\u0c80-\u0ce5\u0cf0-\u0cff\u0d00-\u0d65\u0d70-\u0d7f"
    r"\u0d80-\u0de5\u0df0-\u0df3\u0e80-\u0ecf\u0edc-\u0eff\u1000-\u103f\u1050-\u108f"
    r"\u1200-\u135f\u1780-\u17d3\u17dc\u17dd"
)
TOKEN = re.compile(
    rf"(?<!['’])[{_LETTER}]+|(?<=['’])(?!s(?![{_LETTER}]))[{_LETTER}]+|[0-9]+|[#°]"
    r"|[\u3005\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)


@lru_cache(maxsize=4096)
def word_tokens(folded: str) -> tuple[tuple[str, int], ...]:
    """A folded word's tokens, each with where it ends in the word."""
    return tuple([(m.group(), m.end()) for m in TOKEN.finditer(folded)])


def squash(text: str) -> str:
    """A label's identity: its folded tokens run together (``"Invoice No."`` → ``"invoiceno"``).

    >>> squash("Rechnungs-Nr."), squash("N° de facture")
    ('rechnungsnr', 'n°defacture')
    """
    return "".join(TOKEN.findall(fold(text)))


@dataclass(frozen=True)
class LabelBook:
    """Every label a document is searched for, keyed by its squashed form."""

    labels: dict[str, tuple[LabelInfo, ...]]
    #: Every prefix of every key: a token run that is no prefix cannot grow into a label.
    prefixes: frozenset[str]


def label_book() -> LabelBook:
    """The built-in labels (~700, ~10 ms to build), ready for matching; built once a process."""
    return _builtin_book()


def field_book(labels: tuple[tuple[str, LabelInfo], ...]) -> LabelBook:
    """A field set's own labels alone, ready for matching (the rules keep one per field set:
    ``rules._own_book``).

    Searched apart from the built-in book, so that a field's label never hides a built-in
    one it contains: "New balance" for a field ``closing_balance`` leaves "balance" the
    amount due's label where it stands.
    """
    found: dict[str, tuple[LabelInfo, ...]] = {}
    for label, info in labels:
        key = squash(label)
        if key and info not in found.get(key, ()):
            found[key] = (*found.get(key, ()), info)
    prefixes = frozenset(k[:i] for k in found for i in range(1, len(k) + 1))
    return LabelBook(found, prefixes)


@lru_cache(maxsize=1)
def _builtin_book() -> LabelBook:
    found: dict[str, list[LabelInfo]] = {}
    for entry in BUILTIN_ENTRIES:
        for key in (squash(entry.label), _page_order_key(entry.label)):
            if key and entry.info not in found.setdefault(key, []):
                found[key].append(entry.info)
    prefixes = frozenset(k[:i] for k in found for i in range(1, len(k) + 1))
    return LabelBook({k: tuple(v) for k, v in found.items()}, prefixes)


def _page_order_key(label: str) -> str | None:
    """The key of a label of two or more Hebrew or Arabic words in the order they stand on
    the page, right to left, inside a line in Latin letters: "Invoice No. الفاتورة رقم
    DWT-…" has "رقم الفاتورة" (its words stay in page order in a left-to-right line).
    ``None`` for any other label."""
    words = label.split()
    if len(words) < 2 or not all(has_rtl(w) and not has_latin(w) for w in words):
        return None
    return squash(" ".join(reversed(words)))


# --------------------------------------------------------------------------- other knowledge

#: Legal forms that end a company name. Long forms match in any case ("GMBH", "Limited");
#: short ones only as printed, so "AG" is a suffix and "ag" or "Sa" (Saturday) are not.
_SUFFIX_ANY_CASE = (
    r"GmbH\s*&\s*Co\.?\s*KG(?:aA)?|gGmbH|GmbH|mbH|Inc|Incorporated|Corp|Corporation|LLC"
    # (a Turkish limited company, "Ltd. Şti.", before a bare "Ltd")
    r"|L\.L\.C|LLP|Pty\.?\s*Ltd|Pvt\.?\s*Ltd|Private\s+Limited|Ltd\.?\s*[ŞS]t[İIi]|Ltd|Limited"
    r"|PLC|SARL|S\.A\.R\.L"
    r"|EURL|BVBA|S\.p\.A|S\.r\.l|KGaA|Sp\.\s?z\s?o\.\s?o"
    r"|S\.\s?A\.\s?(?:B\.\s?|P\.\s?I\.\s?)?de\s?C\.\s?V|S\.\s?de\s?R\.\s?L\.(?:\s?de\s?C\.\s?V)?|Ltda|Oyj"
    # Canadian French "Ltée"; Austrian "Ges.m.b.H."; a Peruvian or Chilean "E.I.R.L.", a
    # Brazilian "EIRELI"; German partnerships of professions ("PartG mbB")
    r"|Lt[ée]e|Ges\.\s?m\.\s?b\.\s?H|E\.\s?I\.\s?R\.\s?L|EIRELI|PartG(?:\s?mbB)?"
    r"|Sp\.\s?[kj]"  # Polish partnerships: "sp.k.", "sp. j."
    # Mexican forms as the tax authority's records print them, without stops: "SA DE CV"
    r"|SA\s+DE\s+CV|SAPI\s+DE\s+CV|SAS\s+DE\s+CV|S\s+DE\s+RL(?:\s+DE\s+CV)?"
    r"|s\.\s?r\.\s?o|spol\.\s?s\s?r\.\s?o|a\.\s?s|L\.L\.C|BV/SRL|SRL/BV|A\.\s?Ş"
    r"|d\.\s?o\.\s?o|d\.\s?d|S\.n\.c|S\.a\.s"
    r"|S\.\s?[àa]\.?\s?r\.\s?l|S[àa]rl"  # Luxembourg and Swiss "S.à r.l.", "Sàrl"
    r"|Sdn\.?\s?Bhd|Berhad|Bhd"  # Malaysian private and public limited companies
    r"|Co-?operative"  # a cooperative, as US utilities are: "… Telephone Cooperative"
    # Danish forms written out, alone or after a trade ("Advokatpartnerselskab")
    r"|\w*(?:partnerselskab|anpartsselskab|aktieselskab|kommanditselskab)"
)
_SUFFIX_AS_PRINTED = (
    r"AG|KG|OHG|GbR|UG|e\.\s?K|e\.\s?V|e\.\s?U|a\.\s?G|(?<=\w\s)eG|Co|SAS|SASU"
    r"|S\.\s?A\.\s?C|S/A|SA|S\.A|SE|SNC|B\.V|BV|N\.V|NV|AB"
    r"|ApS|A/S|Oy|Kft|Zrt|Nyrt|(?<=[a-z]\s)Bt|Lda|S\.L\.U|S\.L|SpA|(?<=[A-Z]\s)SPA|Srl|SRL"
    # French civil, professional and cooperative companies, Belgian ones and non-profits
    r"|SCI|SCP|SELARL|SELAS|SCOP|SPRL|SCRL|CVBA|ASBL|VZW"
    # Mexican civil associations and societies, after their comma: "Colegio Atenea, A.C."
    r"|(?<=,\s)A\.\s?C|(?<=,\s)S\.\s?C|I\.\s?A\.\s?P"
    # Czech and Slovak associations, institutes and public-benefit companies: "Kinoklub
    # Morava, z. s.", "… o. p. s.", "… v. o. s." (a partnership), "… o. z."
    r"|(?<=,\s)(?:z\.\s?s|z\.\s?ú|o\.\s?z)|o\.\s?p\.\s?s|v\.\s?o\.\s?s"
    # a UK community interest company, a US limited partnership, a South African close
    # corporation: after a word in lower case, not in a line of capitals ("SUCH AS")
    r"|(?<=[a-z]\s)(?:CIC|LP|CC)|L\.\s?P"
    r"|CO(?=\.)"  # "BLUE RIDGE PROPANE CO.": with its stop, not Colorado's "Denver, CO 80202"
    r"|(?<=,\s)N\.A"  # a US national bank: "Northbridge Bank, N.A."
    r"|OÜ|ASA|(?<=[a-z]\s)AS"  # Estonian, Norwegian; "Baltic Skyways AS", not "SUCH AS"
    r"|DAC|CLG"  # Irish: designated activity company, company limited by guarantee
    r"|ehf|hf"  # Icelandic, lower case as printed: "HF" is also a radio band
    r"|P\.C|PLLC|P\.L\.L\.C|P\.A"  # US professional corporations and associations
    r"|Α\.\s?Ε|Ε\.\s?Π\.\s?Ε|Ι\.\s?Κ\.\s?Ε|Ο\.\s?Ε"  # Greek: ΑΕ, ΕΠΕ, ΙΚΕ, ΟΕ
    # Russian, Ukrainian and Kazakh forms, printed before the name: "ООО «Техностарт»"
    r"|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ПАТ|ТОО|ФОП|ИП"
    # ... and after it: Kazakh, Mongolian, Bulgarian and Armenian forms ("«Алатау Техсервис»
    # ЖШС", "«Хөх Тэнгэр Трейд» ХХК", "«Արարատ Տեքստիլ» ՍՊԸ")
    r"|ЖШС|ХХК|ЕООД|ООД|ЕАД|ՍՊԸ|ՓԲԸ|ԲԲԸ"
    r"|FZE|FZCO|FZC|FZ-LLC"  # the Emirates' free-zone companies
    # a Thai limited company, public or not: "บริษัท สยามแพ็คเกจจิ้ง โซลูชั่น จำกัด (มหาชน)"
    r"|(?:จำกัด|จํากัด)(?:\s?\(มหาชน\))?"
    # Arabic limited and joint-stock companies, Iran's private and public joint-stock ones
    r"|ش\.\s?م\.\s?م|ذ\.\s?م\.\s?م|ش\.\s?م\.\s?ع|ش\.\s?م\.\s?ح|\(?سهامی\s(?:خاص|عام)\)?"
    r"|ኃ\.የተ\.የግ\.ማ"  # an Ethiopian private limited company (PLC)
)
COMPANY_SUFFIX = re.compile(rf"(?<![\w.])(?:(?i:{_SUFFIX_ANY_CASE})|{_SUFFIX_AS_PRINTED})(?!\w)\.?")

#: Words that name the document itself; a line with one is a title line ("Rechnung Nr. 42").
TITLE_WORD = re.compile(
    r"(?<![a-z])(?:[a-z]*rechnung|rechnungskorrektur|gutschrift|invoice|facture|factuur"
    r"|factura|fattura|faktura|faktury|kreditfaktura|kreditnota|receipt|quittung|bill"
    r"|credit note|credit memo|fee note|honorarnote"
    r"|debit note|debit memo|avoir|nota"
    r"|note de credit|creditnota"
    r"|danovy doklad|nfs-?e|nf-e|fatura|e-?arsiv|szamla|lasku|faktur|τιμολογιο|hoa don"
    r"|청구서|명\s?세\s?서|明\s?細\s?書|計\s?算\s?書|精\s?算\s?書"
    r"|结\s?算\s?单|結\s?算\s?單|对\s?账\s?单|對\s?帳\s?單"
    r"|세\s?금\s?계\s?산\s?서|영\s?수\s?증"
    r"|racun|reikningur|saskaita|счет|рахунок|rekins|arve|фактура|рачун|חשבונית|קבלה"
    r"|فاتورة|فاتوره|صورتحساب|فاکتور|ინვოისი|ანგარიშ-ფაქტურა|հաշիվ|ապրանքագիր|нэхэмжлэх"
    r"|請\s?求\s?書|領\s?収\s?書|納\s?品\s?書|見\s?積\s?書|发\s?票|發\s?票"
    r"|αποδειξη|рахунак|эсеп|ҳисобварақ|hisobvaraq|চালানপত্র|বীজক|बीजक|វិក្កយបត្រ|ໃບເກັບເງິນ"
    r"|ඉන්වොයිසිය|ኢንቮይስ|ደረሰኝ|ငွေတောင်းခံလွှာ)(?![a-z])"
)
