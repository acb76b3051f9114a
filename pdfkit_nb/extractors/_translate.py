"""A field named in English, printed in another language: ``contract_number`` as "Nº de
contrato", "Vertragsnummer" or "numero di contratto", ``total_expenses`` as "Totale spese".

The words analysts name fields with are few; each is given here in the languages the rules
read, and a name of one or two such words becomes the labels those languages build from
them: Romance languages put the head first ("numero di contratto", "data approvazione") or,
for words such as "total", last ("totale spese"); Germanic ones join the two ("Vertrags-
nummer", "afschriftnummer", "OCR-nummer"). Labels that no document prints cost nothing: the
label book only grows. A modifier not listed stays as it is (an acronym: "OCR-nummer"); names
of three or more words, or whose last word is not listed, get none.
"""

from __future__ import annotations

from functools import lru_cache

from ..fields import name_words

__all__ = ["translated_labels"]

#: Per English word: the word in German, Dutch, Swedish/Danish/Norwegian, French, Spanish,
#: Italian, Portuguese and Polish (lower case, accents kept: labels are folded when read).
#: Polish lists the genitive a modifier takes too ("data dostawy", "nr zamówienia").
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "number": {
        "de": ("nummer", "nr"),
        "nl": ("nummer", "nr"),
        "sv": ("nummer", "nr"),
        "fr": ("numéro", "n°", "no"),
        "es": ("número", "nº", "no", "nro", "núm"),
        "it": ("numero", "n", "nr", "n°"),
        "pt": ("número", "nº", "no", "nr"),
        "pl": ("numer", "nr"),
    },
    "date": {
        "de": ("datum",),
        "nl": ("datum",),
        "sv": ("datum", "dato"),
        "fr": ("date",),
        "es": ("fecha",),
        "it": ("data",),
        "pt": ("data",),
        "pl": ("data",),
    },
    "total": {
        "de": ("gesamt", "summe"),
        "nl": ("totaal",),
        "sv": ("totalt", "summa"),
        "fr": ("total",),
        "es": ("total",),
        "it": ("totale",),
        "pt": ("total",),
        "pl": ("razem", "suma"),
    },
    "amount": {
        "de": ("betrag",),
        "nl": ("bedrag",),
        "sv": ("belopp", "beløb"),
        "fr": ("montant",),
        "es": ("importe", "monto"),
        "it": ("importo",),
        "pt": ("valor", "montante"),
        "pl": ("kwota",),
    },
    "code": {
        "de": ("code", "kennung"),
        "nl": ("code",),
        "sv": ("kod", "kode"),
        "fr": ("code",),
        "es": ("código",),
        "it": ("codice",),
        "pt": ("código",),
        "pl": ("kod",),
    },
    "name": {
        "de": ("name",),
        "nl": ("naam",),
        "sv": ("namn", "navn"),
        "fr": ("nom",),
        "es": ("nombre",),
        "it": ("nome",),
        "pt": ("nome",),
        "pl": ("nazwa", "imię i nazwisko"),
    },
    "customer": {
        "de": ("kunden", "kunde"),
        "nl": ("klant",),
        "sv": ("kund", "kunde"),
        "fr": ("client",),
        "es": ("cliente",),
        "it": ("cliente",),
        "pt": ("cliente",),
        "pl": ("klient", "klienta"),
    },
    "client": {
        "de": ("kunden", "mandanten"),
        "nl": ("klant", "cliënt"),
        "sv": ("kund", "klient"),
        "fr": ("client",),
        "es": ("cliente",),
        "it": ("cliente",),
        "pt": ("cliente",),
        "pl": ("klient", "klienta"),
    },
    "order": {
        "de": ("bestell", "auftrags", "bestellung", "auftrag"),
        "nl": ("order", "bestel", "bestelling"),
        "sv": ("order", "beställnings"),
        "fr": ("commande",),
        "es": ("pedido",),
        "it": ("ordine",),
        "pt": ("pedido", "encomenda"),
        "pl": ("zamówienie", "zamówienia"),
    },
    "delivery": {
        "de": ("liefer", "lieferung"),
        "nl": ("levering", "leverings", "lever"),
        "sv": ("leverans", "leverings"),
        "fr": ("livraison",),
        "es": ("entrega",),
        "it": ("consegna",),
        "pt": ("entrega",),
        "pl": ("dostawa", "dostawy"),
    },
    "contract": {
        "de": ("vertrags", "vertrag"),
        "nl": ("contract",),
        "sv": ("avtals", "kontrakt"),
        "fr": ("contrat",),
        "es": ("contrato",),
        "it": ("contratto",),
        "pt": ("contrato",),
        "pl": ("umowa", "umowy"),
    },
    "account": {
        "de": ("konto", "kontonummer"),
        "nl": ("rekening",),
        "sv": ("konto",),
        "fr": ("compte",),
        "es": ("cuenta",),
        "it": ("conto",),
        "pt": ("conta",),
        "pl": ("konto", "konta", "rachunku"),
    },
    "holder": {
        "de": ("inhaber",),
        "nl": ("houder",),
        "sv": ("innehavare", "haver"),
        "fr": ("titulaire",),
        "es": ("titular",),
        "it": ("titolare", "intestatario"),
        "pt": ("titular",),
        "pl": ("posiadacz", "właściciel"),
    },
    "payment": {
        "de": ("zahlungs", "zahlung"),
        "nl": ("betaling", "betalings"),
        "sv": ("betalning", "betalnings", "betaling"),
        "fr": ("paiement", "règlement"),
        "es": ("pago",),
        "it": ("pagamento",),
        "pt": ("pagamento",),
        "pl": ("płatność", "płatności", "zapłaty"),
    },
    "approval": {
        "de": ("genehmigung", "genehmigungs", "freigabe"),
        "nl": ("goedkeuring",),
        "sv": ("godkännande",),
        "fr": ("approbation", "validation"),
        "es": ("aprobación",),
        "it": ("approvazione",),
        "pt": ("aprovação",),
        "pl": ("zatwierdzenia", "akceptacji"),
    },
    "expenses": {
        "de": ("ausgaben", "auslagen", "spesen", "kosten"),
        "nl": ("kosten", "onkosten", "uitgaven"),
        "sv": ("utgifter", "kostnader", "utlägg"),
        "fr": ("dépenses", "frais"),
        "es": ("gastos",),
        "it": ("spese",),
        "pt": ("despesas",),
        "pl": ("wydatki", "wydatków", "koszty"),
    },
    "product": {
        "de": ("produkt", "artikel"),
        "nl": ("product", "artikel"),
        "sv": ("produkt", "vara"),
        "fr": ("produit", "article"),
        "es": ("producto", "artículo"),
        "it": ("prodotto", "articolo"),
        "pt": ("produto", "artigo"),
        "pl": ("produkt", "towar"),
    },
    "employee": {
        "de": ("mitarbeiter", "arbeitnehmer", "personal"),
        "nl": ("werknemer", "medewerker", "personeels"),
        "sv": ("anställd", "medarbetare", "anställnings"),
        "fr": ("salarié", "employé", "collaborateur"),
        "es": ("empleado", "trabajador"),
        "it": ("dipendente", "lavoratore"),
        "pt": ("funcionário", "colaborador", "empregado"),
        "pl": ("pracownik", "pracownika"),
    },
    "report": {
        "de": ("bericht", "berichts", "abrechnung"),
        "nl": ("rapport", "declaratie"),
        "sv": ("rapport",),
        "fr": ("rapport", "note"),
        "es": ("informe",),
        "it": ("nota", "rapporto"),
        "pt": ("relatório",),
        "pl": ("raport", "raportu"),
    },
    "statement": {
        "de": ("auszug", "auszugs", "kontoauszug"),
        "nl": ("afschrift",),
        "sv": ("kontoutdrag",),
        "fr": ("relevé",),
        "es": ("extracto",),
        "it": ("estratto conto", "estratto"),
        "pt": ("extrato",),
        "pl": ("wyciąg", "wyciągu"),
    },
    "document": {
        "de": ("beleg", "dokument", "belegs"),
        "nl": ("document",),
        "sv": ("dokument",),
        "fr": ("document", "pièce"),
        "es": ("documento",),
        "it": ("documento",),
        "pt": ("documento",),
        "pl": ("dokument", "dokumentu"),
    },
    "issue": {
        "de": ("ausstellungs", "ausstellung"),
        "nl": ("uitgifte",),
        "sv": ("utfärdande",),
        "fr": ("émission",),
        "es": ("emisión", "expedición"),
        "it": ("emissione",),
        "pt": ("emissão",),
        "pl": ("wystawienia",),
    },
    "trade": {
        "de": ("handels", "geschäfts", "schluss"),
        "nl": ("transactie",),
        "sv": ("affärs", "handels"),
        "fr": ("négociation", "opération"),
        "es": ("operación", "negociación"),
        "it": ("negoziazione", "operazione"),
        "pt": ("pregão", "negociação", "operação"),
        "pl": ("transakcji",),
    },
    "settlement": {
        "de": ("valuta", "abrechnungs"),
        "nl": ("valuta", "afwikkeling"),
        "sv": ("likvid",),
        "fr": ("règlement",),
        "es": ("liquidación",),
        "it": ("liquidazione", "valuta"),
        "pt": ("liquidação",),
        "pl": ("rozliczenia",),
    },
    "premium": {
        "de": ("prämie", "beitrag", "versicherungsbeitrag"),
        "nl": ("premie",),
        "sv": ("premie", "præmie"),
        "fr": ("prime", "cotisation"),
        "es": ("prima",),
        "it": ("premio",),
        "pt": ("prémio", "prêmio"),
        "pl": ("składka", "składki"),
    },
    "policy": {
        "de": ("police", "versicherungsschein", "vertrag"),
        "nl": ("polis",),
        "sv": ("police", "försäkrings", "forsikrings"),
        "fr": ("police", "contrat"),
        "es": ("póliza",),
        "it": ("polizza",),
        "pt": ("apólice",),
        "pl": ("polisa", "polisy"),
    },
    "registration": {
        "de": ("kennzeichen", "amtliches kennzeichen"),
        "nl": ("kenteken",),
        "sv": ("registreringsnummer", "reg nr", "registreringsnr"),
        "fr": ("immatriculation",),
        "es": ("matrícula",),
        "it": ("targa",),
        "pt": ("matrícula",),
        "pl": ("numer rejestracyjny", "nr rej"),
    },
    "plate": {
        "de": ("kennzeichen",),
        "nl": ("kenteken",),
        "sv": ("registreringsnummer", "reg nr"),
        "fr": ("immatriculation", "plaque"),
        "es": ("matrícula", "placa"),
        "it": ("targa",),
        "pt": ("matrícula",),
        "pl": ("numer rejestracyjny", "nr rej"),
    },
    "distance": {
        "de": ("strecke", "entfernung", "fahrstrecke"),
        "nl": ("afstand",),
        "sv": ("sträcka", "afstand", "avstånd"),
        "fr": ("distance",),
        "es": ("distancia", "recorrido"),
        "it": ("distanza", "percorso"),
        "pt": ("distância", "percurso"),
        "pl": ("odległość", "dystans"),
    },
    "ride": {
        "de": ("fahrt",),
        "nl": ("rit",),
        "sv": ("resa", "tur"),
        "fr": ("course", "trajet"),
        "es": ("viaje", "carrera", "trayecto"),
        "it": ("corsa", "viaggio"),
        "pt": ("viagem", "corrida"),
        "pl": ("kurs", "przejazd", "przejazdu"),
    },
    "room": {
        "de": ("zimmer",),
        "nl": ("kamer",),
        "sv": ("rum", "værelse"),
        "fr": ("chambre",),
        "es": ("habitación",),
        "it": ("camera", "stanza"),
        "pt": ("quarto",),
        "pl": ("pokój", "pokoju"),
    },
    "folio": {
        "de": ("rechnung", "folio"),
        "nl": ("nota", "folio"),
        "sv": ("nota", "folio"),
        "fr": ("note", "folio"),
        "es": ("folio", "cuenta"),
        "it": ("conto", "folio"),
        "pt": ("conta", "fólio"),
        "pl": ("rachunek", "rachunku"),
    },
    "arrival": {
        "de": ("anreise", "ankunft"),
        "nl": ("aankomst",),
        "sv": ("ankomst",),
        "fr": ("arrivée",),
        "es": ("llegada", "entrada"),
        "it": ("arrivo",),
        "pt": ("chegada", "entrada"),
        "pl": ("przyjazd", "przyjazdu"),
    },
    "departure": {
        "de": ("abreise", "abfahrt"),
        "nl": ("vertrek",),
        "sv": ("avresa", "afrejse"),
        "fr": ("départ",),
        "es": ("salida",),
        "it": ("partenza",),
        "pt": ("partida", "saída"),
        "pl": ("wyjazd", "wyjazdu"),
    },
    "balance": {
        "de": ("saldo", "kontostand"),
        "nl": ("saldo",),
        "sv": ("saldo",),
        "fr": ("solde",),
        "es": ("saldo",),
        "it": ("saldo",),
        "pt": ("saldo",),
        "pl": ("saldo",),
    },
    "supplier": {
        "de": ("lieferant", "lieferanten"),
        "nl": ("leverancier",),
        "sv": ("leverantör", "leverandør"),
        "fr": ("fournisseur",),
        "es": ("proveedor",),
        "it": ("fornitore",),
        "pt": ("fornecedor",),
        "pl": ("dostawca", "dostawcy"),
    },
    "pay": {
        "de": ("lohn", "gehalt", "auszahlung"),
        "nl": ("loon", "salaris"),
        "sv": ("lön", "løn"),
        "fr": ("salaire", "paie"),
        "es": ("salario", "nómina", "sueldo"),
        "it": ("retribuzione", "stipendio", "paga"),
        "pt": ("salário", "vencimento"),
        "pl": ("wynagrodzenie", "wynagrodzenia", "wypłata", "wypłaty"),
    },
    "phone": {
        "de": ("telefon", "rufnummer"),
        "nl": ("telefoon",),
        "sv": ("telefon",),
        "fr": ("téléphone",),
        "es": ("teléfono",),
        "it": ("telefono",),
        "pt": ("telefone",),
        "pl": ("telefon", "telefonu"),
    },
    "member": {
        "de": ("mitglied", "mitglieds", "versicherte"),
        "nl": ("lid", "deelnemer"),
        "sv": ("medlem", "medlems"),
        "fr": ("membre", "adhérent", "affilié"),
        "es": ("socio", "afiliado", "miembro"),
        "it": ("socio", "iscritto", "aderente"),
        "pt": ("sócio", "associado", "membro"),
        "pl": ("członek", "członka", "uczestnik"),
    },
    "vat": {
        "de": ("mwst", "ust", "mehrwertsteuer", "umsatzsteuer"),
        "nl": ("btw",),
        "sv": ("moms",),
        "fr": ("tva",),
        "es": ("iva",),
        "it": ("iva",),
        "pt": ("iva",),
        "pl": ("vat",),
    },
    "tax": {
        "de": ("steuer",),
        "nl": ("belasting",),
        "sv": ("skatt", "skat"),
        "fr": ("taxe", "impôt"),
        "es": ("impuesto", "tasa"),
        "it": ("tassa", "imposta"),
        "pt": ("taxa", "imposto"),
        "pl": ("podatek", "podatku"),
    },
    "city": {
        "de": ("kur", "city"),
        "nl": ("toeristen", "stad"),
        "sv": ("stad",),
        "fr": ("séjour",),
        "es": ("turística",),
        "it": ("soggiorno",),
        "pt": ("turística",),
        "pl": ("miejscowa", "klimatyczna"),
    },
    "consumption": {
        "de": ("verbrauch",),
        "nl": ("verbruik",),
        "sv": ("förbrukning",),
        "fr": ("consommation",),
        "es": ("consumo",),
        "it": ("consumo",),
        "pt": ("consumo",),
        "pl": ("zużycie",),
    },
    "weight": {
        "de": ("gewicht",),
        "nl": ("gewicht",),
        "sv": ("vikt",),
        "fr": ("poids",),
        "es": ("peso",),
        "it": ("peso",),
        "pt": ("peso",),
        "pl": ("waga",),
    },
    "net": {
        "de": ("netto",),
        "nl": ("netto",),
        "sv": ("netto",),
        "fr": ("net", "nette"),
        "es": ("neto", "líquido"),
        "it": ("netto",),
        "pt": ("líquido",),
        "pl": ("netto",),
    },
    "gross": {
        "de": ("brutto",),
        "nl": ("bruto",),
        "sv": ("brutto",),
        "fr": ("brut", "brute"),
        "es": ("bruto",),
        "it": ("lordo",),
        "pt": ("bruto",),
        "pl": ("brutto",),
    },
    "advance": {
        "de": ("vorschuss", "anzahlung"),
        "nl": ("voorschot",),
        "sv": ("förskott",),
        "fr": ("avance", "acompte"),
        "es": ("anticipo",),
        "it": ("anticipo",),
        "pt": ("adiantamento",),
        "pl": ("zaliczka",),
    },
    "fee": {
        "de": ("gebühr",),
        "nl": ("kosten", "vergoeding"),
        "sv": ("avgift",),
        "fr": ("frais", "commission"),
        "es": ("comisión", "tarifa"),
        "it": ("commissione",),
        "pt": ("taxa", "tarifa"),
        "pl": ("opłata", "prowizja"),
    },
    "reference": {
        "de": ("referenz", "zeichen"),
        "nl": ("referentie", "kenmerk"),
        "sv": ("referens",),
        "fr": ("référence",),
        "es": ("referencia",),
        "it": ("riferimento",),
        "pt": ("referência",),
        "pl": ("referencja",),
    },
}

#: Words that alone name nothing in particular: "Nummer" is no vehicle's registration.
_GENERIC = frozenset({"number", "date", "total", "amount", "code", "name", "reference"})
#: Units a name may end in, that labels print beside the value instead ("312 kWh").
_UNITS = frozenset({"kwh", "kg", "km", "lbs", "gb", "mb", "m3", "hours", "pct", "percent"})
#: Words between a Romance head and its modifier ("numero di contratto", "fecha de pago").
_ROMANCE_LINKS = {
    "fr": ("de", "du", "des", "d"),
    "es": ("de", "del"),
    "it": ("di", "del", "della", "da"),
    "pt": ("de", "do", "da", "dos", "das"),
}
#: Germanic compounds join with a linking letter or none ("Vertrag-s-nummer", "Kunden-nummer").
_GERMANIC = ("de", "nl", "sv")


@lru_cache(maxsize=256)
def translated_labels(name: str) -> tuple[str, ...]:
    """The labels a one- or two-word English field name is printed under in the languages
    the rules read, or none.

    >>> labels = translated_labels("contract_number")
    >>> "vertragsnummer" in labels and "numero di contratto" in labels
    True
    >>> "totale spese" in translated_labels("total_expenses")
    True
    >>> "ocr nummer" in translated_labels("ocr_number"), translated_labels("frobnication")
    (True, ())
    """
    words = name_words(name)
    if words and words[-1] in _UNITS:
        words = words[:-1]  # "consumption_kwh" is printed "Consumo total 312 kWh"
    if not words or len(words) > 2 or words[-1] not in _WORDS:
        return ()
    head_forms = _WORDS[words[-1]]
    alone = tuple(dict.fromkeys(form for forms in head_forms.values() for form in forms))
    if len(words) == 1:
        return alone
    # A modifier the table does not know is printed as it is: an acronym ("OCR-nummer"); or
    # not at all, when the head says enough ("Matrícula" for vehicle_registration).
    known = _WORDS.get(words[0])
    found: dict[str, None] = {}
    for lang, heads in head_forms.items():
        for modifier in known.get(lang, ()) if known else (words[0],):
            for head in heads:
                found.update(dict.fromkeys(_compose(lang, modifier, head)))
    if known is None and words[-1] not in _GENERIC:
        found.update(dict.fromkeys(alone))
    return tuple(found)


def _compose(lang: str, modifier: str, head: str) -> list[str]:
    """The ways ``lang`` names a ``head`` of a ``modifier`` ("number" of "contract")."""
    both = [f"{modifier} {head}", f"{head} {modifier}"]
    if lang in _GERMANIC:
        return [f"{modifier}{head}", f"{modifier}s{head}", *both]
    return [*both, *(f"{head} {link} {modifier}" for link in _ROMANCE_LINKS.get(lang, ()))]
