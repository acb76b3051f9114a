"""Documents other than invoices, by their titles: which one a page is, and the fields that
name it ("packing_list_number" on a page titled "PACKING LIST", "order_date" on a purchase
order, "quote_number" under "ANGEBOT Nr. 2026-114").

An invoice's own number and date have their concepts (``invoice_number``, ``invoice_date``);
a purchase order, a quotation, a delivery note or a packing list print theirs under the same
bare keys ("No.", "N°", "Date:") below their own titles, or under their initials ("P/L No.",
"N° BL"). A field named for such a document reads them where the page is titled as one, and
nowhere else: "order_date" on an invoice is the date of the order it bills.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..fields import name_words

__all__ = ["ANY_TITLE", "BUYER_ISSUED", "KINDS", "DocumentKind", "field_document", "initials"]


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document: the field names that name it, and the titles that say a page is one."""

    name: str
    #: A field's name before its number or date word: "packing list" of packing_list_number.
    stems: frozenset[str]
    #: Its titles, folded ("lieferschein", "bon de livraison", "packing list").
    titles: tuple[str, ...]
    #: Whether it is an invoice of a kind, whose title an invoice's words may say ("FATURA
    #: PROFORMA"): then the invoice's own number is its number.
    invoice: bool = False

    @functools.cached_property
    def title(self) -> re.Pattern[str]:
        """A title of it, whole, in one or two languages ("LISTA DE EMPAQUE / PACKING LIST")."""
        one = "|".join(
            sorted(
                (re.escape(t).replace(r"\ ", r"[\s-]*") for t in self.titles), key=len, reverse=True
            )
        )
        return re.compile(rf"(?:{one})(?:\s*[/|–-]\s*(?:{one}))?")


def _kind(name: str, stems: str, titles: str, *, invoice: bool = False) -> DocumentKind:
    return DocumentKind(
        name,
        frozenset(s.strip() for s in stems.split("|")),
        tuple(t.strip() for t in titles.split("|")),
        invoice,
    )


#: The documents a finance back office files beside its invoices, with their titles in the
#: languages the rules read (folded: lower case, no accents).
KINDS: tuple[DocumentKind, ...] = (
    _kind(
        "purchase_order",
        "po | purchase order | purchase | order | buyer order",
        "purchase order | order | blanket purchase order | blanket order"
        " | blanket order release | release order | call-off order | abrufauftrag"
        " | bestellung | bestellschein | einkaufsbestellung"
        " | bon de commande | commande | bon de commande fournisseur | orden de compra"
        " | pedido | pedido de compra | ordine | ordine d'acquisto | ordine di acquisto"
        " | ordine fornitore | inkooporder | bestelling | bestelbon | zamowienie"
        " | zamowienie zakupu | objednavka | bestallning | inkopsorder | indkobsordre"
        " | innkjopsordre | ostotilaus | tilaus | siparis | satin alma siparisi"
        " | ordem de compra | megrendeles",
    ),
    _kind(
        "order_confirmation",
        "order confirmation | confirmation | order acknowledgement | order | sales order | so | oc",
        "order confirmation | order acknowledgement | order acknowledgment | sales order"
        " | confirmation of order | auftragsbestatigung | bestellbestatigung"
        " | confirmation de commande | accuse de reception de commande | conferma d'ordine"
        " | conferma ordine | orderbevestiging | opdrachtbevestiging | confirmacion de pedido"
        " | orderbekraftelse | ordrebekraftelse | ordrebekreftelse | tilausvahvistus"
        " | potwierdzenie zamowienia | potvrzeni objednavky | confirmacao de encomenda"
        " | siparis onayi",
    ),
    _kind(
        "quotation",
        "quote | quotation | offer | estimate | proposal | tender",
        "quotation | quote | offer | estimate | proposal | price quotation | sales quotation"
        " | angebot | kostenvoranschlag | offerte | devis | offre de prix | offerta"
        " | preventivo | presupuesto | cotizacion | oferta | orcamento | tilbud | offert"
        " | tarjous | wycena | oferta handlowa | nabidka | cenova nabidka | teklif"
        " | fiyat teklifi | arajanlat",
    ),
    _kind(
        "delivery_note",
        "delivery note | delivery | dn | dispatch note | despatch note | delivery docket"
        " | dispatch | despatch | shipping note",
        "delivery note | delivery docket | dispatch note | despatch note | lieferschein"
        " | bon de livraison | albaran | albaran de entrega | nota de entrega"
        " | guia de remision | guia de remessa | documento di trasporto | bolla di consegna"
        " | documento de transporte | pakbon | afleverbon | leveringsbon | foljesedel"
        " | folgeseddel | pakkseddel | lahete | dodaci list | wydanie zewnetrzne"
        " | irsaliye | sevk irsaliyesi | szallitolevel",
    ),
    _kind(
        "packing_list",
        "packing list | packing slip | packing | pl",
        "packing list | packing slip | packliste | packzettel | liste de colisage"
        " | colisage | lista de empaque | lista de embalaje | lista de empaque / packing list"
        " | distinta di imballaggio | distinta colli | lista colli | paklijst | packlista"
        " | pakkeliste | lista pakunkowa | specyfikacja wysylkowa | romaneio"
        " | romaneio de carga | ceki listesi | pakkauslista",
    ),
    _kind(
        "goods_receipt",
        "grn | goods received note | goods received | goods receipt | goods receipt note"
        " | receiving | receiving report",
        "goods received note | goods receipt note | goods receipt | receiving report"
        " | wareneingang | wareneingangsbeleg | wareneingangsschein | bon de reception"
        " | albaran de entrada | entrata merci | ontvangstbon | goederenontvangst"
        " | godsmottagning | przyjecie zewnetrzne",
    ),
    _kind(
        "remittance_advice",
        "remittance | remittance advice | payment advice | advice",
        "remittance advice | remittance | payment advice | advice of payment"
        " | zahlungsavis | avis de paiement | avis de virement"
        " | avis de reglement | betalingsadvies | aviso de pago | aviso de transferencia"
        " | avviso di pagamento | avviso di bonifico | betalningsavisering | betalingsavis",
    ),
    _kind(
        "reminder",
        "reminder | dunning | dunning letter | dunning notice | payment reminder",
        "reminder | payment reminder | friendly reminder | final reminder | second reminder"
        " | first reminder | dunning letter | dunning notice | final demand"
        " | zahlungserinnerung | erinnerung | mahnung | 1. mahnung | 2. mahnung | letzte mahnung"
        " | rappel | lettre de rappel | relance | lettre de relance | mise en demeure"
        " | sollecito | sollecito di pagamento | recordatorio | recordatorio de pago"
        " | requerimiento de pago | herinnering | betalingsherinnering | aanmaning"
        " | paminnelse | betalningspaminnelse | purring | rykker | betalingspamindelse"
        " | maksumuistutus | wezwanie do zaplaty | upomnienie | upominka | odeme hatirlatma",
    ),
    _kind(
        "requisition",
        "requisition | purchase requisition | pr | req",
        "purchase requisition | requisition | bestellanforderung | demande d'achat"
        " | richiesta di acquisto | solicitud de compra | inkoopaanvraag",
    ),
    _kind(
        "self_billing",
        "self billing | self billed | self billing invoice | self billed invoice | settlement",
        "self-billing invoice | self billing invoice | self-billed invoice | self-billing"
        " | self billing | selbstfakturierung | autofactura | autofattura | autofacturation"
        " | auto-facturation | sjalvfaktura | avrakning | selvfaktura | selvfakturering"
        " | zelffacturering | zelffactuur | samofakturowanie | omakustannuslasku",
    ),
    _kind(
        "proforma",
        "proforma | pro forma | proforma invoice | pro forma invoice | pf",
        "proforma | pro forma | proforma invoice | pro forma invoice | proformarechnung"
        " | proforma rechnung | facture proforma | fattura proforma | factura proforma"
        " | fatura proforma | proforma factuur | faktura proforma | proforma faktura",
        invoice=True,
    ),
)

#: Any of their titles, whole ("PRESUPUESTO", "Packing List"): no firm's name.
ANY_TITLE = re.compile("|".join(f"(?:{k.title.pattern})" for k in KINDS))

#: The kinds of document the buyer issues to the seller: there the letterhead is the buyer's
#: and the seller is addressed ("DOSTAWCA" on a Polish zamówienie, the grower on a sawmill's
#: self-billing settlement).
BUYER_ISSUED = frozenset(
    {"purchase_order", "requisition", "goods_receipt", "remittance_advice", "self_billing"}
)

#: The last word of a field's name that makes it the document's number, or its date.
_NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "id", "ref", "reference"})


@functools.lru_cache(maxsize=512)
def field_document(name: str) -> tuple[tuple[DocumentKind, ...], str] | None:
    """The kinds of document a field's name names, and whether it asks for its ``"number"``
    or its ``"date"``: (purchase order, order confirmation) and "date" for order_date;
    ``None`` for a name of neither shape or of no such document."""
    words = name_words(name)
    if len(words) < 2:
        return None
    last = words[-1]
    role = "number" if last in _NUMBER_WORDS else "date" if last == "date" else None
    if role is None:
        return None
    stem = " ".join(words[:-1])
    kinds = tuple(k for k in KINDS if stem in k.stems)
    return (kinds, role) if kinds else None


_SMALL_WORDS = frozenset({"de", "di", "du", "des", "of", "la", "le", "d", "del", "van", "der"})


@functools.lru_cache(maxsize=64)
def initials(kind: DocumentKind) -> tuple[str, ...]:
    """The initials its titles of two words or more go by ("P/L" of "packing list", "BL" of
    "bon de livraison", "GRN" of "goods received note")."""
    found: list[str] = []
    for title in kind.titles:
        words = [w for w in re.split(r"[\s'-]+", title) if w and w not in _SMALL_WORDS]
        if len(words) >= 2 and all(w[0].isalpha() for w in words):
            letters = "".join(w[0] for w in words)
            if letters not in found:
                found.append(letters)
    return tuple(found)
