"""The layout-aware rules extractor (``method="rules"``): labels, positions and value shapes."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .._bidi import has_latin, has_rtl, is_latin, logical_line
from .._currency import DOLLARS, ISO_CODES, WHOLE_CURRENCIES, currency_for_marker
from ..document import Document
from ..fields import (
    GENERIC_WORDS,
    ID_ACRONYMS,
    MEDIA_COUNTS,
    SUPPLY_COUNTS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    Field,
    ageing_labels,
    label_variants,
    name_words,
    per_unit_base,
    without_unit,
)
from ..values import clean_text, guess_dayfirst, parse_currency, parse_date, parse_number
from ._doctypes import BUYER_ISSUED, KINDS, DocumentKind, field_document, initials
from ._labels import (
    COMPANY_SUFFIX,
    CONCEPTS,
    MEDIUM,
    STRONG,
    TITLE_WORD,
    TOKEN,
    WEAK,
    LabelBook,
    LabelInfo,
    concept_for_field,
    done_labels,
    done_word,
    fallback_labels,
    field_alias_of,
    field_book,
    field_labels,
    fold_text,
    label_book,
    name_aliases,
    period_stem,
    same_date_labels,
    squash,
    total_stem,
    word_tokens,
)
from ._layout import (
    POSSESSIVE,
    DocIndex,
    Hit,
    LineRec,
    Tok,
    join,
    opens_box,
    position,
    span_bbox,
    without_gloss,
)
from ._parties import (
    CODE,
    after_name_key,
    customer_names,
    guess_addressee,
    guess_vendor,
    in_payment_slip,
    read_party,
)
from ._readers import (
    DECIMALS,
    DIGIT,
    EMAIL,
    RANGE_WORDS,
    Amount,
    Read,
    amounts,
    container_checks,
    convert,
    currency_counts,
    described,
    exchange_rate,
    find_container,
    find_iban,
    find_phone,
    first_marker,
    pick,
    range_end,
    read_date,
    read_value,
    unglued_ranges,
)
from ._translate import translated_labels
from .base import Extractor, FieldValue

__all__ = ["RULES_VERSION", "RulesExtractor"]

#: Bump when the rules change what they return: it is part of the cache key.
RULES_VERSION = "131"

#: A day, month and year in digits, not inside a longer number. Written ``\d(?<!\d\d)\d?``
#: rather than ``(?<!\d)\d{1,2}``: the same matches, found faster (a leading digit class lets
#: the regex engine skip to the next digit).
_NUMERIC_DATE = re.compile(r"\d(?<!\d\d)\d?[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
#: An amount's decimal mark: two decimals after a whole number that starts at a word's start
#: ("1.628,85", "16 187,86", "$1,234.56"), not the year of a short date ("09.10.25").
_DECIMAL_MARK = re.compile(
    r"(?<![.,\d])(?:\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+|\d+)([.,])\d{2}(?![.,]?\d)"
)
#: Money grouped by spaces with a decimal point ("12 739.50"), and by commas ("12,739.50").
_SPACE_GROUPING = r"\d{1,3}(?: \d{3})+\.\d{2}"
_SPACE_GROUPED = re.compile(rf"(?<![\d.,]){_SPACE_GROUPING}(?![\d.,])")
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d.,])")
#: Money grouped by spaces before a decimal point, with its sign: "R 97 750.00", "$1 249.75".
#: No \b before the letters (it makes the search ten times slower): see _spaced_money.
_SPACED_MONEY = re.compile(rf"(?:R|\$|€|£|CHF|kr)\s?{_SPACE_GROUPING}(?!\d)")
#: ... or with its sign after it, as Georgia, Armenia and the SI style print it: "9 227.60 ₾".
_SPACED_MONEY_AFTER = re.compile(
    rf"(?<![\d.,]){_SPACE_GROUPING}\s?(?:₾|֏|₸|₼|₮|€|GEL|AMD|KZT|AZN|MNT|CHF|EUR|ZAR)(?![A-Za-z])"
)
#: A number grouped in thousands at least twice ("2.450.000", "1,250,000"), and its mark.
_GROUPED = re.compile(r"(?<![.,\d])\d{1,3}([.,])\d{3}\1\d{3}(?:\1\d{3})*(?![.,]?\d)")
_RIGHT, _BELOW, _COLUMN = 1.0, 0.5, 0.3
#: A field named for the end of a period ("end_date", "valid_until", "period_to"): of a
#: period printed as a range it takes the last date.
_END_NAME = re.compile(r"^field:(?:.*_)?(?:end|ends|ending|until|till|to|expiry|expires)(?:_|$)")
#: Words before a period's first date, and before its last ("from 1 May", "bis 30.04.").
_FROM_WORDS = frozenset({"from", "since", "von", "vom", "ab", "du", "dal", "desde", "van", "fra"})
_TO_WORDS = frozenset({"to", "until", "till", "through", "thru", "bis", "au", "tot", "hasta"})


def _opened_by(toks: list[Tok], got: Read, words: frozenset[str]) -> bool:
    """Whether the word just before the value ``got`` read from ``toks`` is one of ``words``."""
    at = position(toks, got[1][0]) if got[1] else -1
    return at > 0 and toks[at - 1].folded in words


#: A word of a place's name in a dateline ("Genève", "Frankfurt am Main" is three, "St.").
_PLACE_WORD = re.compile(r"[A-ZÀ-ÞĀ-ſ][\w'’.-]*|am|an|de|del|di|sur|upon|on")
#: The word between a dateline's place and its date: "le", "den", "am", "el", "il", "a".
_DATELINE_ARTICLES = frozenset(
    {"le", "den", "am", "el", "il", "a", "em", "dne", "op", "dia", "dnia", "dňa"}
)
#: A Belgian structured communication ("+++010/0104/82246+++", "***…***"): ten digits and
#: their mod-97 check, which a payment's reference is wherever it stands.
_OGM = re.compile(r"([+*]{3}) ?(\d{3}) ?/ ?(\d{4}) ?/ ?(\d{5}) ?\1")
_REFERENCE_FIELD = re.compile(
    r"(?:payment_|remittance_|transfer_)?(?:reference|ref)(?:_number)?|structured_communication"
)
#: Fields for how a receipt was paid, and the means a till prints on its tender line.
_TENDER_FIELD = re.compile(
    r"(?:payment_(?:method|type|mode|means)|tender(?:_type)?|paid_(?:by|with))"
)
#: "Card" and "Payment" in the languages read: the key of the means of payment on a receipt
#: ("Card : VISA ****4417", "Payment  Visa •••• 4417"); an amount after one is no means.
_CARD_WORDS = (
    *("card", "karte", "carte", "tarjeta", "carta", "cartao", "kaart", "kort", "kortti"),
    *("payment", "zahlung", "paiement", "pago", "pagamento", "betaling", "betalning"),
)
#: A field for a payment card's last four digits: "card_last4", "last_four", "card_ending".
_CARD_DIGITS_FIELD = re.compile(
    r"(?:card_)?(?:number_)?last_?(?:4|four)(?:_digits)?|card_ending|card_ends_with"
)
#: A payment card's last four digits as receipts print them: after its masked digits ("VISA
#: **** **** **** 4821", "4862 **** **** 6042", "XXXX-1234") or after "ending" in the
#: languages read ("Visa ending in 7712", "endet auf 1234", "se terminant par 1234").
_CARD_DIGITS = re.compile(
    r"(?:(?<![\w*•])(?:[*•]{2,}|[Xx]{4})[ *•Xx-]*"
    # (not a period's end: "year ending 2024")
    r"|(?<!year )(?<!period )(?<!month )(?<!week )(?<!quarter )"
    r"\b(?:ending|ends)(?: (?:in|with))?:? |\bendet (?:auf|mit) |\bterminant par "
    r"|\bterminad[ao] en |\bque termina en |\bche termina con |\beindigend op )"
    r"(\d{4})(?!\d)",
    re.IGNORECASE,
)
_TENDERS = frozenset(
    {"visa", "mastercard", "master card", "maestro", "amex", "american express", "discover"}
    | {"cash", "debit", "debit card", "credit card", "eftpos", "interac", "girocard"}
    | {"ec-karte", "ec karte", "bar", "barzahlung", "especes", "carte bancaire", "cb"}
    | {"efectivo", "tarjeta", "contanti", "bancomat", "contant", "pin", "kontant", "paypal"}
    | {"apple pay", "google pay", "visa debit", "visa credit", "multibanco", "mb way", "bizum"}
    | {"twint", "swish", "vipps", "mobilepay", "blik", "ideal"}
    # Chinese, Japanese and Korean: cash, card, bank transfer, the wallets (as folded).
    | {
        fold_text(w)
        for w in ("現金", "现金", "현금", "クレジットカード", "クレジット", "信用卡", "카드")
    }
    | {fold_text(w) for w in ("신용카드", "銀行振込", "振込", "口座振替", "微信支付", "支付宝")}
)


#: Words that name a kind of business and open many a business's name ("Hotel Seeblick
#: Weggis AG", "Restaurant Zum Löwen"): as a field's bare label, a key only.
_NAME_OPENERS = frozenset(
    {"hotel", "restaurant", "cafe", "bar", "shop", "store", "clinic", "school", "bank"}
    | {"pharmacy", "garage", "studio", "gallery", "museum", "theatre", "airline", "club"}
    # ... or stand inside one: "Nordic Society for Applied Tribology", "Coast Super Fund"
    | {"society", "fund", "union", "trust", "foundation", "association", "institute"}
    | {"university", "college", "academy", "council", "church", "sacco"}
)
#: A card's masked number, or its last four digits: "••••", "****4417", "XXXXXXXXXXXX4417".
_CARD_TAIL = re.compile(r"[*•xX]*\d{4}|[*•xX]{2,}")
#: Words before the means of payment that say it paid: "Paid with", "Payé par", ":".
_PAID_LEAD = frozenset({"paid", "with", "by", "via", "payment", "refunded", "to", "par", "con"})
#: Words after the means of payment that say when or for what it paid ("… on 11/21/2025").
_AFTER_MEANS = frozenset({"on", "le", "am", "el", "il", "em", "op", "den", "the", "for", "at"})


def _means_after(key: str, right: list[Tok]) -> bool:
    """Whether a field of how it was paid has a means of payment among the first words
    after its label: "Paid with Mastercard ending in 5521", "Payé par Carte Visa"."""
    if not _TENDER_FIELD.fullmatch(key.removeprefix("field:")):
        return False
    words = [t.folded.strip(":.,*") for t in right[:3]]
    pairs = [" ".join(words[k : k + 2]) for k in range(len(words) - 1)]
    return any(w in _TENDERS for w in [*words, *pairs])


def _means_of_payment(toks: list[Tok]) -> list[Tok]:
    """The words of a means of payment as printed, its card's mask and last digits with it,
    up to what follows it: "Mastercard ending in 5521" of "Mastercard ending in 5521 on
    11/21/2025 (authorization 418273)", "Visa •••• 4417" of "Visa •••• 4417 $70.33"."""
    out: list[Tok] = []
    while len(toks) > 1 and toks[0].folded.strip(":") in _PAID_LEAD:
        toks = toks[1:]  # "Paid with Mastercard …" read under a "Payment" heading
    for tok in toks:
        text = tok.text.strip(",.;")
        if out and (tok.seg != out[0].seg or tok.folded in _AFTER_MEANS):
            break
        if tok.text.startswith("(") or (DIGIT.search(text) and not _CARD_TAIL.fullmatch(text)):
            break
        if parse_currency(text) and not text.isalpha():
            break  # a sign before the amount: "$70.33"
        out.append(tok)
        if _CARD_TAIL.fullmatch(text) and text[-1:].isdigit():
            break  # the last four digits end it
    return out or toks


#: A word that may open a tender line before the means: "Pagamento: Multibanco 410,00".
_TENDER_LEAD = frozenset(
    {"payment", "paid", "pagamento", "pago", "zahlung", "zahlungsart", "paiement", "betaling"}
)
#: Words that name no item of their own: a total, a tax, a kind of amount ("net_price").
_NOT_AN_ITEM = frozenset(
    {"total", "sub", "subtotal", "net", "gross", "tax", "vat", "gst", "hst", "pst", "unit"}
    | {"line", "item", "invoice", "order", "amount", "due", "paid", "balance", "per", "base"}
)
#: British and American spellings of an item's words, read alike: "license" for "licence".
_SPELLING = ((re.compile(r"(?<=[a-z]{3})ense\b"), "ence"), (re.compile(r"(?<=[a-z]{3})ize"), "ise"))


def _item_words(name: str) -> list[str] | None:
    """The words naming the line item a money field is named for, without its money noun
    ("retainer_fee" → ["retainer"], "desktop_licence_fee" → ["desktop", "licence"]); ``None``
    for other names."""
    words = name_words(name)
    if len(words) < 2 or (words[-1] not in _CHARGE_WORDS and words[-1] not in _COST_WORDS):
        return None
    stems = [_spelt(w) for w in words[:-1]]
    if any(w in _NOT_AN_ITEM or len(w) < 3 or not w.isalpha() for w in stems):
        return None
    return stems


def _spelt(word: str) -> str:
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


#: What a party's word before it makes the name of a document: "MERCHANT STATEMENT",
#: "Customer Invoice", "Supplier Remittance Advice" (no party's label there).
_PARTY_DOCUMENTS = frozenset(
    {"statement", "invoice", "receipt", "remittance", "copy", "agreement", "order"}
    | {"portal", "service", "services", "number", "no", "id", "ref", "reference", "code"}
)


def _names_no_party(hit: Hit) -> bool:
    """Whether a party's word names no party there: it names the document with the word
    after it ("MERCHANT STATEMENT", "Supplier Invoice No."), or it runs on after another
    word joined to it ("KEYSTONE·MERCHANT", a wordmark)."""
    toks = hit.line.toks
    after = toks[hit.end + 1] if hit.end + 1 < len(toks) else None
    if (
        not hit.colon
        and after is not None
        and after.seg == toks[hit.end].seg
        and after.folded.strip(".,:") in _PARTY_DOCUMENTS
    ):
        return True
    parts = word_tokens(toks[hit.start].folded)
    return bool(parts) and not hit.key.startswith(parts[0][0])


#: Fields for a currency's exchange rate.
_RATE_FIELD = re.compile(r"(?:exchange|fx|conversion|currency)_rate|rate_of_exchange|fx")
#: Words asking to pay ("paid" is done: "paid before 15 April" is an early-bird rate), and
#: the words that then give the deadline ("pay by", "bis zum", "avant le").
_PAY_STEMS = (
    *("pay", "zahl", "uberweis", "bezahl", "paie", "payer", "regl", "pag", "betal", "abzug"),
    # Money taken by direct debit, and the amount the sentence asks for ("het bedrag van
    # € 89,54 uiterlijk 30 juni 2025 over te maken": the verb comes last in Dutch).
    *("collect", "debit", "abbuch", "einzieh", "prelev", "cobr", "addebit", "incass"),
    *("betaal", "overmak", "voldo", "amount", "betrag", "bedrag", "montant", "importe"),
)
_BY_WORDS = frozenset(
    {"by", "before", "until", "bis", "spatestens", "avant", "antes", "entro", "voor", "innan"}
    | {"senest", "later", "tard", "hasta", "uiterlijk", "viimeistaan"}
)
#: Words of a direct debit, and the words that give its day ("wird am 14.03.2025 von Ihrem
#: Konto abgebucht", "will be debited from your account on 14 March").
_DEBIT_WORDS = re.compile(
    r"lastschrift|abgebucht|abbuch|eingezogen|einzug|direct debit|debited|collected"
    r"|prelev|domicili|addebit|incass|adeudo|cargo en (?:su )?cuenta|afgeschreven|incasso"
)
_ON_WORDS = frozenset({"am", "on", "le", "el", "il", "op"})
#: A payment made, not asked for: "paid by Direct Debit on 28 Feb 2025", "bezahlt am …".
_PAID_WORDS = frozenset(
    {"paid", "received", "bezahlt", "beglichen", "eingegangen", "paye", "regle", "betaald"}
    | {"voldaan", "pagato", "pagado", "betalt", "betalad", "zaplacono"}
)
#: By-words that need "or" just before them: "on or after 2 May", "on or just after".
_OR_BY_WORDS = frozenset({"after", "about"})
#: How many words after the paying the by-word may come ("Conditions de règlement : à 30
#: jours date de facture, soit au plus tard le 17/04/2025").
_PROSE_REACH = 14
#: Words that say, after the date, that the sum falls due then: "… ist bis zum 31.03.2025
#: ohne Abzug fällig", "… by 31 March 2025 is payable".
_DUE_STEMS = ("fallig", "due", "payable", "zahlbar", "exigible", "vencid", "scadenz")
_BY_FILLERS = frozenset({"zum", "le", "del", "de", "il", "than", "the", "den", "dem"})
#: A sentence about paying early for a discount: its date is no due date ("Bei Zahlung bis
#: zum 07.03.2025 gewähren wir 2 % Skonto").
_DISCOUNT_WORDS = re.compile(r"skonto|discount|escompte|sconto|descuento|korting|rabat")


def _due_after(toks: list[Tok]) -> bool:
    """Whether a word of paying or falling due follows among ``toks``."""
    return any(t.folded.strip(".,:;()").startswith((*_PAY_STEMS, *_DUE_STEMS)) for t in toks)


#: Words that make a tax word part of another amount's label ("Total inc GST"); after one of
#: the _EXCLUDING words no label is what it names ("Bedrag excl. BTW": see _allowed).
_QUALIFIERS = frozenset({"inc", "incl", "including", "inkl", "inklusive", "con", "avec", "plus"})
_EXCLUDING = frozenset(
    {"ex", "excl", "excluding", "exkl", "exklusive", "ohne", "hors", "sans", "sin", "senza"}
    | {"zonder", "exclusief", "utan", "uden", "bez", "ekskl", "eksklusive", "exclusive"}
    | {"sem", "s/"}  # Portuguese: "Total s/ IVA"
    # Outside the tax: "Zálohy na vratné obaly (mimo DPH)", "buiten btw", "poza VAT".
    | {"mimo", "poza", "buiten", "fuera", "ausserhalb", "outside"}
)
#: Words after a tax's or an amount's label that make it what the tax is charged on.
_BASE_WORDS = frozenset({"base", "basis", "matrahi", "matrah", "grondslag", "bemessungsgrundlage"})
#: One word for "without tax" ("Veroton yhteensä", "KDV hariç toplam", "käibemaksuta"), or
#: "without" before the tax's name ("ilman ALV").
_UNTAXED = frozenset({"veroton", "arvonlisaveroton", "ilman", "haric", "kaibemaksuta"})
#: Words by which a total says it is before tax: ``_EXCLUDING``'s and these.
_NET_MARKS = _EXCLUDING | {"ht", "net", "netto", "nett"} | _UNTAXED
#: A table's cell that holds nothing: a dash for none.
_NIL_CELL = frozenset({"-", "–", "—", "--", "nil", "n/a"})
#: Before a tax's name, that a line bears none: "(no VAT)", "keine USt", "Ej moms", "bez DPH".
_NO_TAX = frozenset(
    {"no", "non", "kein", "keine", "ej", "ei", "ikke", "ingen", "uden", "bez", "sin"}
)
_BOX = frozenset({"box", "box.", "box,"})
#: A VAT number as the EU, UK, Swiss and Norwegian registers print it: a country code, then
#: eight to fourteen digits and letters, seven digits at least ("FR46842315678", "NL812345678B01").
_VAT_SHAPE = re.compile(
    r"(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK"
    r"|XI|CHE|NO)-?(?=(?:[A-Z.]*\d){7})[0-9A-Z.]{8,14}(?:MVA|TVA|IVA|MWST)?"
)
_WEAK_VAT = 2.5
#: A year, printed as a bare number, a word of its own: "Gesamtbetrag der Abrechnung 2024
#: (brutto) 702,96 €" ("2024", not "2024-25" nor a date's).
_YEAR = re.compile(r"(?:19|20)\d\d")
#: What joins two labels over one cell's two values ("Invoice No. & Date", "Bill No. and Date").
_JOINING = frozenset({"&", "and", "/", "+", "und", "u.", "et", "y", "e", "en", "og", "och", "i"})
#: A column heading of the year's running total, beside the period's own amount.
_CUMULATIVE = re.compile(
    r"ytd|y-t-d|year[- ]to[- ]date|qtd|quarter[- ]to[- ]date"
    r"|cumulative|kumuliert|cumul|cumule|cumul annuel|acumulado"
    r"|cumulatief|cumulatieve|progressivo|progressivi|kumulativ|kumulativt|kumulatif"
    r"|jahressumme|laufendes jahr|narastajaco|od zacatku roku|hittills i ar|ackumulerat"
    r"|hittil i ar|ar til dato|kertyma|vuoden alusta|halmozott|ev elejetol|累計|累计|누계"
)
#: At most this many words make a year-to-date heading ("od začátku roku").
_CUMULATIVE_WORDS = 4
_AMOUNT_CONCEPTS = frozenset({"total", "amount_due", "subtotal", "other_amount"})
#: Points between two left edges of one column.
_SAME_COLUMN = 4.0
#: A US employer identification number: two digits, a hyphen, seven digits.
_EIN = re.compile(r"\d{2}-\d{7}")


def _next_text(hit: Hit) -> str:
    """The word after a label on its line, without a colon set apart ("EIN : 31-…")."""
    after = [t.text for t in hit.line.toks[hit.end + 1 : hit.end + 3] if t.text not in (":", "：")]
    return after[0].rstrip(".,;") if after else ""


#: The keys of a line that rounds a total to the coins in use.
_ROUNDING_KEYS = frozenset(
    {"rounding", "roundingadjustment", "roundingdifference", "rundung", "rundungsdifferenz"}
    | {"zaokrouhleni", "zaokruhlenie", "zaokraglenie", "arrondi", "oresavrundning"}
    | {"avrunding", "afrunding", "oreavrunding", "pyoristys", "umardamine", "apvalinimas"}
)
#: Labels that name a person at the customer ("Attn:", "z. Hd.", "À l'attention de").
_ATTENTION = frozenset({"attn", "zhd", "alattentionde", "tav", "attention", "att"})
#: Currencies of countries where both day-first and month-first dates are common.
_MIXED_DATE_LOCALES = frozenset({"CAD", "PHP"})
#: The country calling code of an international telephone number: "+92 21 3231 8470" → "92".
_PHONE_COUNTRY = re.compile(r"(?<![\w+])\+(\d{1,3})[\s.(-]*\(?\d")
#: A weight's kinds, named alone on a weighing's rows.
_WEIGHINGS = frozenset({"gross", "tare", "net"})
#: The code of a dollar other than the US one, printed anywhere ("TOTAL (AUD)").
_OTHER_DOLLAR = re.compile(rf"\b(?:{'|'.join(sorted(DOLLARS))})\b")
# "kr", "kr." or "Kr" beside an amount, and what tells whose krone it is (folded text).
_KRONE = re.compile(r"(?<![A-Za-z])[Kk]r\.?(?![A-Za-z])")
_KRONE_HINTS = {
    "DKK": re.compile(
        r"\bdk\d{2} ?\d{4}|\bcvr\b|\bdanmark\b|\bdenmark\b|\bforfaldsdato\b|\bbelob\b"
        r"|\bi alt\b|\bbetalingsservice\b|\ba/s\b|\bfaktureringsdato\b"
    ),
    "SEK": re.compile(
        r"\bse\d{2} ?\d{4}|\bsverige\b|\bsweden\b|\bbankgiro\b|\bplusgiro\b"
        r"|\bforfallodatum\b|\batt betala\b|\bab\b|\borg\.? ?nr\b|\bmomsreg"
    ),
    "NOK": re.compile(
        r"\bno\d{2} ?\d{4}|\bnorge\b|\bnorway\b|\bmva\b|\bforfallsdato\b|\ba betale\b"
        r"|\bkid\b|\bforetaksregisteret\b"
    ),
    "ISK": re.compile(r"\bis\d{2} ?\d{4}|\biceland\b|\bkennitala\b|\behf\b"),
}
_YEN_SIGN = re.compile("[¥￥]")
# A lone "R" before an amount ("TOTAL R 1 324,47", "R1,299.00") and what says the document is
# South African (folded text): "(Pty) Ltd", SARS, a VAT number (ten digits from 4), a CIPC
# registration number (2011/004417/07), the +27 dialling code. Brazil's "R$" is a symbol.
_RAND = re.compile(r"(?<![A-Za-z])R ?\d")
_SOUTH_AFRICA = re.compile(
    r"\(pty\)|\bsouth africa\b|\bsars\b|\+27\b|\bvat (?:no|number|reg\.? no)\.?:? ?4\d{9}\b"
    r"|\b(?:19|20)\d\d/\d{6}/\d\d\b"
)
# Squashed label keys: a credit note's number, and a date label that names an invoice.
_CREDIT_NOTE = re.compile(
    r"gutschrift|creditnote|creditmemo|avoir|notadecredito|creditnota|notedecredit"
    r"|notadicredito|adjustmentnote|facturarectificativa|kreditnota"
)
_NAMES_INVOICE = re.compile(r"rechnung|invoice|factur|factuur|fattura|fatura|faktur")
#: A label that names an invoice: its words, or the Philippines' "SI No." (sales invoice).
_INVOICE_LABEL = re.compile(rf"{_NAMES_INVOICE.pattern}|^s ?i (?:no|number|#)")
_INVOICE_KEYS = frozenset({"invoicenumber", "invoiceno", "invoice", "invoiceid"})


def _invoice_label(label: str | None) -> bool:
    return label is not None and _INVOICE_LABEL.search(fold_text(label)) is not None


#: What a credit note prints of the invoice it corrects as well as of itself.
_CREDITED = frozenset({"invoice_date", "total", "amount_due"})
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
# A bare "$" and the ways a document names which dollar it means.
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")  # not US$, CA$, A$
_DOLLAR_CODE = re.compile(rf"\b(?:{'|'.join(sorted(DOLLARS | {'USD'}))})\b")
_DOLLAR_IN_PARENS = re.compile(rf"\(\s*({'|'.join(sorted(DOLLARS | {'USD'}))})\s*\)")
# What says a bare "$" is the Mexican peso (folded text): "moneda nacional" in amounts in
# words ("PESOS 00/100 M.N."), the RFC tax id, the "S.A. de C.V." legal form, a CFDI.
_MEXICAN = re.compile(r"\bm\.\s?n\.|\brfc\b|\bs\.\s?a\.\s?de\s?c\.\s?v\b|\bcfdi\b")
#: A Canadian document (folded text): its provinces' sales taxes, a GST/HST registration's
#: program account ("80417 3320 RT0001"), a postal code after a province ("BC V6E 2M6").
_CANADIAN = re.compile(
    r"\b(?:hst|pst|qst|tps|tvq)\b|\brt ?0\d{3}\b"
    r"|\b(?:ab|bc|mb|nb|nl|ns|on|pe|qc|sk)\s+[a-z]\d[a-z] ?\d[a-z]\d\b"
)
_DOLLAR_WORDS = re.compile(
    r"\b(?:us|u\.s\.|canadian|australian|new zealand|singapore|hong kong)\s+dollars?\b"
    r"|\bdollars? canadiens?\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _own_book(fields: tuple[tuple[str, tuple[str, ...], str], ...]) -> LabelBook | None:
    """The book of the labels of a field set's own (see ``_own_labels``), or ``None``; built
    once per set of (name, labels, kind): a batch asks it for every document."""
    extra = [label for name, labels, kind in fields for label in _own_labels(name, labels, kind)]
    return field_book(tuple(extra)) if extra else None


def _vat_glossed(hits: list[Hit]) -> list[Hit]:
    """The hits with a VAT number's label taking in the tax's bare name after a slash, which
    translates it: "ΑΦΜ πελάτη / VAT 099184725" is one label, "VAT" no tax's of its own."""
    out, gone = list(hits), set()
    for k, hit in enumerate(hits):
        toks = hit.line.toks
        slash = hit.end + 1
        if (
            slash + 1 >= len(toks)
            or toks[slash].text != "/"
            or hit.cut < len(toks[hit.end].folded)
            or not any(i.concept == "vat_id" or _VAT_ID_NAME.search(i.concept) for i in hit.infos)
        ):
            continue
        after = (g for g in hits[k + 1 :] if g.line is hit.line and g.start == slash + 1)
        gloss = next(after, None)
        if gloss is None or gloss.end != gloss.start:
            continue
        # (the tax's name, also where a field of the user's is named after it: "vat_amount")
        if {i.concept for i in gloss.infos if not i.concept.startswith("field:")} != {"tax"}:
            continue
        out[k] = replace(hit, end=gloss.end, cut=gloss.cut)
        gone.add(id(gloss))
    return [h for h in out if id(h) not in gone] if gone else hits


def _translated(hits: list[Hit]) -> list[Hit]:
    """The hits with a label taking in its translation right after it, in another script:
    "Invoice No. رقم الفاتورة DWT-INV-26-0219" on a bilingual Gulf invoice is one label before
    its value, not a label whose value is cut off by the next one."""
    out, gone = list(hits), set()
    for k, hit in enumerate(hits):
        toks = hit.line.toks
        if id(hit) in gone or hit.cut < len(toks[hit.end].folded):
            continue
        after = (g for g in hits[k + 1 :] if g.line is hit.line and g.start == hit.end + 1)
        other = next(after, None)
        if other is None or toks[other.start].seg != toks[hit.end].seg:
            continue
        own = {i.concept for i in hit.infos if not i.concept.startswith("field:")}
        if not own & {i.concept for i in other.infos}:
            continue
        first = join(toks[hit.start : hit.end + 1])
        second = join(toks[other.start : other.end + 1])
        if is_latin(first) == is_latin(second) or not (has_rtl(first) or has_rtl(second)):
            continue  # one language, or a translation the rules read apart already
        out[k] = replace(hit, end=other.end, cut=other.cut)
        gone.add(id(other))
    return [h for h in out if id(h) not in gone] if gone else hits


def _demoted_inside(builtin: list[Hit], own: list[Hit], book: LabelBook) -> list[Hit]:
    """The user's fields' label sightings, one weight less where the words end a longer
    built-in label of another concept (or open one of the catch-all "other" ones): the "Reg
    No" of "VAT Reg No" names no vehicle's registration, though a field of that name reads
    "Reg No" where it stands alone. So too a meaning a sighting took on from the words it
    ends with (see ``DocIndex.find``'s ``heads``) where the whole run is a built-in label."""
    by_line: dict[int, list[Hit]] = {}
    for hit in builtin:
        by_line.setdefault(hit.line.index, []).append(hit)
    out = []
    for hit in own:
        for outer in by_line.get(hit.line.index, ()):
            if outer.start == hit.start and (outer.end, outer.cut) > (hit.end, hit.cut):
                # ... and the words that open a longer label of something else: the "Net à
                # payer" of "Net à payer avant impôt sur le revenu" is not the net paid.
                if all(i.concept.startswith("other") for i in outer.infos):
                    weaker = tuple(replace(i, weight=max(i.weight - 1.0, WEAK)) for i in hit.infos)
                    hit = replace(hit, infos=weaker)
                    break
                continue
            if outer.end != hit.end or outer.cut != hit.cut or outer.start > hit.start:
                continue
            toks = hit.line.toks
            if any(toks[k].text in ("/", "|") for k in range(outer.start, hit.start)):
                continue  # the label's name in a second language: "Consignee / Destinataire"
            theirs = {info.concept for info in outer.infos}
            whole = book.labels.get(hit.key, ()) if outer.start == hit.start else ()
            infos = tuple(
                replace(i, weight=max(i.weight - 1.0, WEAK))
                if i.concept not in theirs and i not in whole
                else i
                for i in hit.infos
            )
            hit = replace(hit, infos=infos)
            break
        out.append(hit)
    return out


@functools.lru_cache(maxsize=256)
def _unlisted_name(name: str) -> tuple[str, ...]:
    """The labels a built-in field's name may be printed as, when it is named otherwise than
    its concept and no built-in label spells the name (else ``()``: its concept's label that
    does is preferred: see ``named`` in ``_Run.field``)."""
    words = name_words(name)
    if "_".join(words) == concept_for_field(name) or set(words) <= GENERIC_WORDS:
        return ()
    variants = label_variants(name)
    if any(squash(label) in label_book().labels for label in variants):
        return ()
    return variants


def _own_labels(name: str, labels: tuple[str, ...], kind: str) -> list[tuple[str, LabelInfo]]:
    """The labels a field is found under beyond the built-in ones: those given, else those
    its name says ("contract_number": "Contract No.", "Nº de contrato", "Vertragsnummer")."""
    own = f"field:{name}"
    if labels:
        return [(lab, LabelInfo(own, STRONG)) for lab in labels]
    titled = _document_labels(name)
    if concept_for_field(name) is not None:
        # A built-in field: its concept's labels, and its name where no built-in label spells
        # it ("Company Name:" for company_name, one of the vendor's names); one word only
        # with its colon, opening its line or cell ("School:" for school, not the word in
        # prose: "... in any / school activity").
        alone = len(name_words(name)) == 1
        return [
            (lab, LabelInfo(own, STRONG, anchored=alone, closed=alone))
            for lab in _unlisted_name(name)
        ] + titled
    # The labels known for such a field beat its name's own words ("Annual premium" over
    # "Last year's premium"); alone, the words are strong. The name in the other languages
    # read ("Nº de contrato"), and a name's other form ("Member" for member_name), are less.
    known = field_labels(name)
    spelt = MEDIUM if known else STRONG
    found = [(lab, LabelInfo(own, STRONG)) for lab in known] + titled
    found += [(lab, LabelInfo(own, spelt)) for lab in label_variants(name)]
    # The same date the other way round: "Date submitted" for submission_date.
    found += [(lab, LabelInfo(own, spelt)) for lab in done_labels(name)]
    done = done_word(name)
    if done is not None:
        # ... and the participle alone, with its colon, opening its line or cell, where
        # nothing better names it: a work order's "Completed: 03/12/2025 12:30".
        found += [(done, LabelInfo(own, WEAK, anchored=True, closed=True))]
    words = name_words(name)
    if kind == "date" and len(words) >= 2 and words[-1] == "date":
        # The English "Date of" form: "Date of Signature" for signature_date, "Date of
        # Demand" for demand_date.
        found += [("date of " + " ".join(words[:-1]), LabelInfo(own, spelt))]
        if len(words) >= 3 and words[-2] == "due":
            # The date without its word "date": "First Half Due 04/30/2025" for
            # first_half_due_date, "Rent due 1 May 2025" for rent_due_date.
            found += [(" ".join(words[:-1]), LabelInfo(own, spelt))]
    # An ageing bucket's heading: "31-60 days" for days_31_60, "Über 90 Tage" for over_90_days.
    found += [(lab, LabelInfo(own, spelt)) for lab in ageing_labels(name)]
    if kind == "amount" and words and words[-1].isalpha() and not words[-1].endswith("s"):
        # An amount's name in the plural, as a receipt may print it: "Tips $5.00" for tip.
        found += [(" ".join([*words[:-1], words[-1] + "s"]), LabelInfo(own, MEDIUM))]
    others = list(translated_labels(name))
    if (
        not known
        and kind == "id"
        and len(words) >= 3
        and _party_word(name) is not None
        and _party_id(name) is None
    ):
        # One party's number of a kind no concept knows, under the number's own labels:
        # "employer_org_number" under "Org.nr" (``_Run.field`` places it in the party's block).
        # (One a concept knows, "creditor_vat_id", is read among the concept's sightings.)
        rest = "_".join(words[1:])
        others += [*field_labels(rest), *label_variants(rest), *translated_labels(rest)]
    if not known and len(words) == 2:
        # "base_fare" under "Fare", "policy_premium" under "Premium" (the bare word of a
        # field the rules know: its labels would bring their own qualifiers, "Annual
        # premium" for a monthly one); "kid_number" under "KID:" (an acronym names its
        # number).
        if field_labels(words[1]) or (kind == "id" and words[1] in ID_ACRONYMS):
            # ... and "student_curp" under "CURP:", "claimant_ico" under "IČO:": the
            # number's own acronym.
            others.append(words[1])
        if kind == "amount" and words[1] in _SHARED_HEADS:
            # ... in the languages read too: "sibling_discount" under "Sconto fratelli".
            others += [lab for lab in field_labels(words[1]) if " " not in lab]
        if words[1] in _NUMBER_WORDS and len(words[0]) <= 3 and words[0] not in _PLAIN_WORDS:
            # "IEC" for iec_code, and with another word for a number: "IEC No. 0412038876"
            others += [words[0], *(f"{words[0]} {w}" for w in ("no", "number", "nr", "#"))]
    named = " ".join(words[:-1])
    if (
        kind == "amount"
        and len(words) in (2, 3)
        and words[-1] in _CHARGE_WORDS
        and not GENERIC_WORDS.intersection(words[:-1])
    ):
        # A charge named by what it is for, as a bill's row opens with it, weakly, opening
        # its line or cell: "Laundry - express (6 pcs) 640.00" for laundry_charges, "Meeting
        # room (per hour) 90.00" for meeting_room_fee; or by its acronym, as the charge's
        # code: "CAM Common Area Maintenance ... $1,912.40" for cam_charges, "HOA" for
        # hoa_fees (not one letter, nor a short word that is no acronym: "job", "tax").
        acronym = len(words) == 2 and len(words[0]) <= 3
        if not acronym or (len(words[0]) >= 2 and words[0] not in _PLAIN_WORDS):
            found += [(named, LabelInfo(own, WEAK, anchored=True))]
    if (
        len(words) in (2, 3, 4)
        and words[-1] in _NUMBER_WORDS
        and kind == "id"
        and not (len(words) == 2 and len(words[0]) <= 3 and words[0] not in _PLAIN_WORDS)
        and not GENERIC_WORDS.intersection(words[:-1])
        and named not in label_book().labels
    ):
        # "matter_number" under a bare "Matter: ALD0042-0007", "packing_slip_number" under
        # "Packing Slip  PS-7734102", "bill_of_lading_number" under "BILL OF LADING /
        # CONNAISSEMENT", where nothing better names it: with its colon, opening
        # its line or cell. Not a word that is a label of its own ("Note" of "NOTE DE
        # CRÉDIT" for note_number). One word is said in the languages read too: "Contrato:
        # CT-2025-0917" for contract_number.
        bare = [named]
        if len(words) == 2:
            bare += [w for w in translated_labels(words[0]) if " " not in w]
        found += [
            (lab, LabelInfo(own, WEAK, anchored=True, closed=True))
            for lab in dict.fromkeys(bare)
            if lab == named or squash(lab) not in label_book().labels
        ]
    if (
        len(words) == 2
        and words[1] in _NUMBER_WORDS
        and kind == "id"
        and label_book().labels.get(words[0])
        # (a weak label of a name, "Account: Punjab Auto Components Pvt. Ltd.", aside)
        and all(_kind(i) == "id" for i in label_book().labels[words[0]] if i.weight > WEAK)
    ):
        # A bare word that labels a number anyway ("Account : DOO001" for account_number),
        # weakly: with its colon, opening its line or cell, where nothing better names it.
        found += [(words[0], LabelInfo(own, WEAK, anchored=True, closed=True))]
    # A concept standing in for the field ("Client #" for account_number), weakly: with its
    # colon, opening its line or cell, where nothing better names it.
    weak = LabelInfo(own, WEAK, anchored=True, closed=True)
    if kind == "text" and len(words) == 2 and words[1] == "title":
        # The title of what the document is about, under "Title:" alone ("Title: The Salt
        # Road Letters" for book_title on a royalty statement), where nothing better names it.
        found += [("title", weak)]
    if _TENDER_FIELD.fullmatch(name):
        # A receipt's "Card : VISA ****4417", where nothing better names the means.
        found += [(lab, weak) for lab in _CARD_WORDS]
    found += [(lab, weak) for lab in fallback_labels(name)]
    # Any start or end for a period's ("Valid from" for period_start), below its own labels.
    found += [(lab, LabelInfo(own, WEAK)) for lab in same_date_labels(name)]
    if kind == "text":
        for alias in name_aliases(name):
            if len(words) == 1 and alias == f"{words[0]} name":
                # "Employee name:" says it as well as "Employee" alone, which may also end
                # a sentence ("Amount reimbursable to employee 1,870.29").
                found.append((alias, LabelInfo(own, spelt)))
            elif alias in _NAME_OPENERS:
                # "Hotel" for hotel_name only as a key ("Hotel: …", "Hotel | …"), in the
                # languages read too: it opens names ("Hotel Marina Dénia, S.L.", a customer).
                key = LabelInfo(own, MEDIUM, closed=True)
                words_of = (alias, *translated_labels(alias))
                found += [(lab, key) for lab in words_of if " " not in lab]
                others += [lab for lab in translated_labels(alias) if " " in lab]
                others += field_labels(alias)
                continue
            else:
                others.append(alias)
            others += [*field_labels(alias), *translated_labels(alias)]
    found += [(lab, LabelInfo(own, MEDIUM)) for lab in others]
    bare = without_unit(name)
    if len(bare) < len(words) and not (len(bare) == 1 and bare[0] in GENERIC_WORDS):
        # "gross_weight_kg" under "Gross weight: 48.6 kg" (translated_labels drop it too);
        # a single word only where it opens a line or cell ("Energy" ends "GreenGrid Energy").
        plain = LabelInfo(own, MEDIUM, anchored=len(bare) == 1)
        found += [(lab, plain) for lab in label_variants("_".join(bare))]
    if kind == "number" and len(bare) == 2 and bare[1] == "weight" and bare[0] in _WEIGHINGS:
        # A weighbridge ticket's rows under "WEIGHT (kg)": "GROSS (1st weigh) 44,860",
        # "TARE", "NET", opening their lines, where nothing better names the weight.
        found += [(bare[0], LabelInfo(own, WEAK, anchored=True))]
    if kind == "amount" and len(words) == 2 and words[1] in _PER_ONE:
        # The money one thing is worth, named the other way round: "Value per point (£,
        # truncated to 4 decimals) 8.1009" for point_value, "Price per unit" for unit_price.
        found += [(f"{words[1]} per {words[0]}", LabelInfo(own, MEDIUM))]
    base = per_unit_base(name)
    if base is not None:
        # A rate's column or row names what it is a rate of, the unit apart or in a gloss:
        # "PRICE / L" for price_per_litre, "Tarif (€/kWh)" for tariff_per_kwh, "Storage
        # rate  $0.055 per bushel per month"; opening its line or cell.
        per = LabelInfo(own, MEDIUM, anchored=True, first_row=True)
        found += [(lab, per) for lab in (*label_variants(base), *translated_labels(base))]
    if kind == "text" and words[-1:] == ["name"]:
        # A bare "Name:" / "Navn:" when nothing names whose ("member_name" on a statement).
        # Opening its line or cell only: "Merchant Name or Description" heads a column.
        weak = LabelInfo(own, WEAK, anchored=True)
        found += [(lab, weak) for lab in ("name", *translated_labels("name"))]
    stem = period_stem(name)
    if stem is not None:
        # "Periode 01-02-2025 t/m 28-02-2025" for period_start and period_end.
        period = LabelInfo(own, MEDIUM, period=True)
        found += [(lab, period) for lab in field_labels(stem) or label_variants(stem)]
    if _CLOSING_BALANCE.fullmatch(name.lower()):
        # A statement's running "Balance" column: its cell in the "Totals for March" row.
        total = LabelInfo(own, MEDIUM, total=True)
        found += [(lab, total) for lab in ("balance", *translated_labels("balance"))]
    # The column's name without the field's unit: total_weight_lbs's column is "Weight",
    # as total_weight's is, so both take "WEIGHT (LBS)"; total_kg's is "kg" itself.
    stem = total_stem("_".join(bare)) or total_stem(name)
    if stem is not None:
        # "WEIGHT (LBS)" over a table whose "GRAND TOTAL" row gives total_weight. A unit's
        # symbol heads its own cell: "Söhne KG" ends a name.
        total = LabelInfo(own, MEDIUM, total=True, anchored=stem in UNIT_SYMBOLS)
        found += [(lab, total) for lab in (*label_variants(stem), *translated_labels(stem))]
        if kind == "number" and stem not in GENERIC_WORDS:
            # A count or measure the document states once: "Packages: 3 cartons" for
            # total_packages (a sum of money is no "Amount" beside one line item), where
            # the word opens its line or cell.
            stated = LabelInfo(own, WEAK, anchored=True)
            found += [(lab, stated) for lab in label_variants(stem)]
    movement = _MOVEMENT_COLUMNS.get(field_alias_of(name) or name.lower())
    if movement is not None:
        # A statement's "Débit | Crédit" columns: their cells in the row of the period's
        # totals ("TOTAL DES MOUVEMENTS  14 161,75  19 450,00").
        total = LabelInfo(own, MEDIUM, total=True, anchored=True)
        found += [(lab, total) for lab in movement]
    return found


#: The bare keys of a document's own number, after or under its title ("ANGEBOT Nr.",
#: "PURCHASE ORDER No.", "N°" under "BON DE LIVRAISON").
_TITLE_NUMBER_KEYS = ("no", "nr", "n°", "#", "number", "nummer", "numero", "num", "nro")


def _document_labels(name: str) -> list[tuple[str, LabelInfo]]:
    """A document's number, for a field named for a kind of document other than an invoice
    ("packing_list_number", "order_number"), on a page titled as one only (see
    ``_doctypes``): the bare keys after or under the title, and the title's initials before
    or after a number's key ("P/L No.", "N° BL", "GRN #")."""
    found = field_document(name)
    if found is None:
        return []
    own = f"field:{name}"
    out = _titled_keys(own, *found)
    if found[1] != "number":
        return out
    keyed = LabelInfo(own, MEDIUM, title=True, document="*")
    out += [(key, keyed) for key in _TITLE_NUMBER_KEYS]
    for kind in found[0]:
        initialled = LabelInfo(own, MEDIUM, document=kind.name)
        for letters in initials(kind):
            out += [(f"{letters} {key}", initialled) for key in ("no", "nr", "n°", "#", "number")]
            out += [(f"{key} {letters}", initialled) for key in ("n°", "no", "nr")]
    return out


#: A number's and a date's words after a document's name, apart or joined on ("Avräkningsnr",
#: "Lieferscheinnummer", "Auftragsdatum"), and before it ("N° de commande", "Fecha de pedido").
_KEYS_AFTER = {
    "number": ("no", "nr", "n°", "#", "number", "nummer", "numero", "num"),
    "date": ("date", "datum", "dato", "fecha", "data"),
}
_KEYS_JOINED = {"number": ("nr", "nummer", "numero"), "date": ("datum", "dato")}
_KEYS_BEFORE = {
    "number": ("n° de", "no de", "numero de", "n° du", "numero del", "numero di", "nº do"),
    "date": ("date de", "date du", "fecha de", "fecha del", "data de", "data del", "data di"),
}


def _titled_keys(
    own: str, kinds: tuple[DocumentKind, ...], role: str
) -> list[tuple[str, LabelInfo]]:
    """A document's number or date under its own name in the languages its titles are in,
    on a page titled as one only: "Avräkningsnr" on a sawmill's "AVRÄKNING / SJÄLVFAKTURA",
    "Bestelldatum" … not "Lieferschein Nr." on an invoice (a delivery note's it cites)."""
    out: list[tuple[str, LabelInfo]] = []
    for kind in kinds:
        info = LabelInfo(own, MEDIUM, document=kind.name)
        for title in kind.titles:
            if len(title.split()) > 3 or not title.replace(" ", "").isalpha():
                continue
            out += [(f"{title} {w}", info) for w in _KEYS_AFTER[role]]
            out += [(f"{w} {title}", info) for w in _KEYS_BEFORE[role]]
            if " " not in title:
                out += [(f"{title}{s}{w}", info) for w in _KEYS_JOINED[role] for s in ("", "s")]
    return out


#: The columns a statement's money out and money in stand in, in the languages read (a
#: total row under them gives the period's totals).
_MOVEMENT_COLUMNS = {
    "total_debits": (
        "debit", "debits", "withdrawal", "withdrawals", "outgoing", "money out", "paid out",
        "soll", "belastung", "belastungen", "lastschrift", "debito", "debitos", "cargo",
        "cargos", "retiro", "retiros", "addebiti", "addebito", "dare", "af", "debet",
        "obciazenia", "wyplaty", "uttag", "borc", "saidas", "saida",
    ),
    "total_credits": (
        "credit", "credits", "deposit", "deposits", "incoming", "money in", "paid in",
        "haben", "gutschrift", "gutschriften", "credito", "creditos", "abono", "abonos",
        "deposito", "depositos", "accrediti", "accredito", "avere", "bij", "uznania",
        "wplaty", "insattning", "insattningar", "alacak", "entradas", "entrada",
    ),
}  # fmt: skip


_MOVEMENT_KEYS = {side: frozenset(words) for side, words in _MOVEMENT_COLUMNS.items()}


def _movement_row(hit: Hit) -> bool:
    """Whether a sighting names one of a statement's movement columns ("Débit") and the
    other column ("Crédit") stands in its row too: the two take turns down the table."""
    side = next((side for side, keys in _MOVEMENT_KEYS.items() if hit.key in keys), None)
    if side is None:
        return False
    text = " " + " ".join(t.folded for t in hit.line.toks) + " "
    others = (k for other, keys in _MOVEMENT_KEYS.items() if other != side for k in keys)
    return any(f" {k} " in text for k in others)


def _movement_checked(hit: Hit) -> Hit | None:
    """A sighting without its labels of a statement's "Debit" or "Credit" column where the
    other column does not stand in its row: a title ("NOTA DE DÉBITO") or a sentence there,
    no column of totals; ``None`` where no label is left."""
    if not any(hit.key in keys for keys in _MOVEMENT_KEYS.values()) or _movement_row(hit):
        return hit
    infos = tuple(i for i in hit.infos if not i.total)
    if len(infos) == len(hit.infos):
        return hit
    return replace(hit, infos=infos) if infos else None


#: What one of a thing is worth or costs, in a field named "<thing>_<word>" (point_value).
_PER_ONE = frozenset({"value", "price", "cost", "fee", "charge", "rate"})
#: Fields of the balance a statement closes with: the last of its running "Balance" column.
_CLOSING_BALANCE = re.compile(r"(?:closing|ending|end|new|final)_balance|balance_(?:end|closing)")
#: What labels a table's total row, in its first cell (folded text): "Total", "Totals",
#: "Grand total", "Total for year", "Gesamt", "Summe", "Totaal", "Razem", "I alt".
_TOTAL_ROW = re.compile(
    r"(?<![^\W\d_])(?:totals?|totale|totaal|totalt|gesamt\w*|summe|summa|sum|suma|razem"
    r"|celkem|yhteensa|i alt|osszesen|toplam|итого|всего|合\s?[计計]|[总總]\s?[计計]"
    # ... in the languages of the Balkans, the Baltics, Iceland, Azerbaijan, East Africa,
    # Indonesia and Malaysia, Vietnam, and in Ukrainian, Bulgarian and Greek
    r"|ukupno|укупно|skupaj|spolu|kokku|kopa|is viso|samtals|gjithsej|cemi|jumla|jumlah"
    r"|tong cong|усього|разом|общо|συνολο)(?![^\W\d_])"
)


#: Fields of a person who did something on the document: "approved_by", "requested_by".
_PERSON_WORDS = (
    "approver|requester|requestor|signatory|preparer|employee|contact|applicant|claimant"
    "|patient|student|driver|technician|inspector"
)
_PERSON_FIELD = re.compile(rf"_by$|(?:^|:)(?:{_PERSON_WORDS})(?:_name)?$")
#: The head words of a job title: what follows a person's name after a comma ("Tomasz
#: Wieczorek, Maintenance Supervisor").
_JOB_TITLE = re.compile(
    r"(?<![^\W\d_])(?:manager|supervisor|director|officer|engineer|accountant|clerk|assistant"
    r"|coordinator|co-ordinator|specialist|analyst|administrator|president|vp|ceo|cfo|coo|cto"
    r"|head|lead|technician|controller|buyer|agent|representative|consultant|partner"
    r"|associate|secretary|treasurer|chair|chairman|chairperson|owner|founder|executive"
    r"|superintendent|foreman|inspector|auditor|attorney|counsel|paralegal|advisor|adviser"
    r"|planner|estimator|purchaser|dispatcher|receptionist|nurse|physician|principal"
    r"|registrar|bookkeeper|cashier|teller|steward|captain|chief|senior|junior)(?![^\W\d_])",
    re.IGNORECASE,
)


#: The last word of a label of a surname, and the label of a first name printed under it
#: on a form: "Nom" over "Prénom", "Name" over "Vorname", "Surname" over "First name(s)".
_SURNAME_WORDS = frozenset(
    {"nom", "name", "surname", "nachname", "familienname", "cognome", "apellido", "apellidos"}
    | {"achternaam", "nazwisko", "prijmeni", "efternamn", "sukunimi", "last"}
)
_FIRST_NAME_LABELS = frozenset(
    {"prenom", "prenoms", "vorname", "vornamen", "nome", "nombre", "voornaam", "voornamen"}
    | {"imie", "jmeno", "fornamn", "etunimi", "forename", "forenames", "first name"}
    | {"first names", "first name(s)", "given name", "given names", "given name(s)"}
)
#: The word that opens a person's birth date after their name: "geb. 14.06.1968", "née le
#: 14/07/1984", "born 3 May 1981", "nato il", "nacida el", "født".
_BORN = re.compile(
    r"geb\.?|geboren|nee|ne|born|b\.|nato|nata|nacido|nacida|nascido|nascida|fodd|fodt"
    r"|ur\.|urodzony|urodzona|dob|d\.o\.b\.?"
)


#: Who a patient or dependant is to the member, in brackets after the name on an EOB or a
#: dental statement: "(Self)", "(Spouse)", "(Child)".
_RELATION = re.compile(
    r"\((?:self|spouse|child|dependent|dependant|son|daughter|husband|wife|partner"
    r"|subscriber|member|employee)\)[,.;]?"
)


def _person_alone(
    got: tuple[Any, list[Tok], str | None] | None,
    read: Callable[..., tuple[Any, list[Tok], str | None] | None],
    concept: str | None,
    dayfirst: bool | None,
) -> tuple[Any, list[Tok], str | None] | None:
    """A person's name without the bracketed relation to the member after it ("Jonathan P.
    Whitaker (Self)"), or the job title or the birth date printed after it and a comma:
    "Tomasz Wieczorek" of "Tomasz Wieczorek, Maintenance Supervisor", "Matthias Obermeier"
    of "Matthias Obermeier, geb. 14.06.1968" (not a name with its qualifications, "Jane
    Doe, CPA", nor a company's "Smith, Jones & Co.")."""
    if got is None or not got[1]:
        return got
    toks = got[1]
    relation = next((k for k, t in enumerate(toks) if k and _RELATION.fullmatch(t.folded)), None)
    if relation is not None:
        # "Jonathan P. Whitaker (Self)", "… (spouse)": who the patient is to the member
        return read("text", concept, toks[:relation], dayfirst) or got
    for k, tok in enumerate(toks[:-1]):
        if not tok.text.endswith(","):
            continue
        rest = toks[k + 1 :]
        if k >= 1 and _BORN.fullmatch(rest[0].folded):
            cut = replace(tok, text=tok.text[:-1], folded=tok.folded.removesuffix(","))
            return read("text", concept, [*toks[:k], cut], dayfirst) or got
        if k >= 1 and len(rest) <= 5 and _JOB_TITLE.search(" ".join(t.text for t in rest)):
            cut = replace(tok, text=tok.text[:-1], folded=tok.folded.removesuffix(","))
            return read("text", concept, [*toks[:k], cut], dayfirst) or got
        return got
    return got


#: Names of the party a document is addressed to: a customer's, an account or policy holder's.
#: Fields of one's own that name who issued the document: without a label for them, the
#: letterhead ("employer" on an expense report or a pay slip).
_ISSUER_FIELD = re.compile(
    r"(?:employer|issuer|organi[sz]ation|operator"
    # ... and who issues a statement, a loan's or a policy's papers: a bank, a lender, a card
    # acquirer, a building society, a SACCO, a securities dealer, a pension or super fund
    r"|bank|lender|acquirer|institution|society|building_society|sacco|credit_union|dealer"
    r"|broker|custodian|fund|pension_fund|scheme|administrator"
    # ... and who claims what is owed: a dunning letter's, a balance confirmation's creditor
    r"|creditor)(?:_name)?"
)
_ADDRESSEE = re.compile(
    r"(?:^|_)(?:account_?holder|policy_?holder|card_?holder|holder|guarantor|registered_keeper"
    r"|keeper|taxpayer|insured|tenant|member|borrower|subscriber|addressee|debtor|employee"
    r"|payee|recipient"
    # Who a property's bill or statement is sent to: "Dear Leaseholder", an owner statement.
    r"|leaseholder|lessee|owner|homeowner|occupier|occupant|resident|ratepayer|householder"
    # Whom a clinic's, a school's or a hotel's bill is made out to.
    r"|patient|student|pupil|guest"
    r")(?:_name)?$"
)
#: Words beside a title word that make it another document than this one: "Offene Rechnung
#: … vom 14. Dezember 2023", "your invoice of", "facture précédente du".
_OTHER_DOCUMENT = frozenset(
    {"open", "outstanding", "unpaid", "previous", "prior", "last", "earlier", "your", "overdue"}
    | {"offene", "offenen", "ausstehende", "unbezahlte", "vorherige", "letzte", "fruhere", "ihre"}
    | {"ihrer", "votre", "precedente", "impayee", "uw", "openstaande", "vorige", "anterior"}
    | {"pendiente", "su", "sua", "vostra"}
    # ... in the languages of Central and Eastern Europe, the Nordics and the Baltics:
    # "Iepriekšējā rēķina Nr.", "Ankstesnė … sąskaita", "Eelmise arve nr"
    | {"iepriekseja", "ieprieksejais", "ieprieksejo", "ankstesne", "ankstesnes", "eelmise"}
    | {"eelmine", "predchozi", "predchadzajuca", "predchadzajucej", "poprzednia", "poprzedniej"}
    | {"prejsnji", "prejsnja", "prejsnjega", "prethodni", "prethodna", "prethodnog", "elozo"}
    | {"anterioara", "precedenta", "onceki", "foregaende", "forrige", "edellinen", "edellisen"}
    | {"fyrri", "meparshme", "evvelki", "sebelumnya"}
)
#: Of those, the words that make any label after them another document's ("previous
#: invoice no.", "facture précédente"), not the possessives ("Your invoice no." may be ours).
_EARLIER_DOCUMENT = _OTHER_DOCUMENT - {
    "your",
    "ihre",
    "ihrer",
    "votre",
    "uw",
    "su",
    "sua",
    "vostra",
}
#: A field of a grade, band or class, and such a value: one letter or digit, a sign after it.
_GRADE_WORDS = "band|grade|class|category|rating|tier"
_GRADE_NAME = re.compile(rf"(?:^|_|:)(?:{_GRADE_WORDS})$")
_GRADE = re.compile(r"[A-Z0-9][0-9+\-]?")
#: A field of text whose name says it holds words (a name, an address, a description, a
#: kind of something, a person): no identifier stands in for its value.
_WORDS_NAME = re.compile(
    r"(?:^|_|:)(?:name|names|description|desc|address|street|city|town|country|notes?|remarks?"
    r"|comments?|title|reason|purpose|method|terms|status|type|kind|mode|via|basis|language"
    rf"|{_GRADE_WORDS}|by|{_PERSON_WORDS})$"
)
#: The last words of an identifier's name, and short first words that are no acronym.
_NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "id", "code", "ref"})
#: The last word of an amount's name that makes it a charge of some kind ("cam_charges").
#: Words whose one-word labels in other languages a field named "<what>_<word>" shares: a
#: discount of some kind ("sibling_discount" under "Sconto fratelli").
_SHARED_HEADS = frozenset({"discount"})
_CHARGE_WORDS = frozenset({"charge", "charges", "fee", "fees", "dues", "levy", "surcharge"})
#: What a thing costs, as a field named for one line item may end: "printing_cost".
_COST_WORDS = frozenset({"cost", "costs", "price"})
_PLAIN_WORDS = frozenset(
    {"job", "lot", "box", "tax", "bin", "pin", "car", "key", "bus", "tag", "fax", "tel", "web"}
    | {"zip", "row", "set", "air", "sea", "day", "pay", "log"}
)
#: The first words of a date field that name the document itself, or the one event it is
#: the record of: its date is the document's date when nothing more specific is printed.
_DOCUMENT_WORDS = frozenset(
    {"quote", "quotation", "estimate", "offer", "credit", "note", "receipt", "notice"}
    | {"letter", "document", "session", "ride", "trip", "transaction", "ticket", "voucher"}
    | {"bill", "booking", "reservation", "certificate", "report", "issue", "issued", "statement"}
    | {"reminder", "memo", "folio", "advice", "remittance", "proforma", "debit"}
    # A contract's progress bills and a landlord's demands: "claim_date", "certification_date"
    | {"certification", "valuation", "claim", "application", "demand"}
    # A buyer's settlement of a grower's deliveries, a market agent's sales docket
    | {"settlement", "docket"}
)


#: A field for a vehicle's plate: "plate", "vehicle_registration", "licence_plate" (not a bare
#: "registration_number": a company's or an invoice's too).
_PLATE_FIELD = re.compile(
    r"(?:^|[:_])(?:plate|kennzeichen)(?:_number)?$|(?:vehicle|car)_reg(?:istration)?(?:_number)?$"
)
#: A group of a plate: letters, digits, a hyphen or a dot; kana and hangul too ("そ", "123가").
_PLATE_PART = re.compile(r"[^\W_][\w.·-]{0,7}")


#: Fields of a payment reference a bank's form prints in groups of digits: a Finnish
#: "viitenumero", a Swiss QR reference, an OCR or KID number.
_GROUPED_REFERENCE_FIELD = re.compile(
    r"(?:^|[_:])(?:ref(?:erence)?(?:_number|_no)?$|ocr|kid|viite)"
)


def _digit_groups(toks: list[Tok]) -> tuple[str, list[Tok], None] | None:
    """A number printed in three groups of digits or more, those after the first all four
    or five long ("2 02518 47160", "21 00000 00000 04812 70025 02016"), as printed."""
    used: list[Tok] = []
    for t in toks:
        if t.seg != toks[0].seg or not t.text.isdigit():
            break
        used.append(t)
    if len(used) < 3:
        return None
    size = len(used[1].text)
    if size not in (4, 5) or any(len(t.text) != size for t in used[2:]):
        return None
    if len(used[0].text) > size:
        return None
    return join(used), used, None


def _read_plate(toks: list[Tok]) -> tuple[str, list[Tok], None] | None:
    """A vehicle's plate printed in groups one word space apart, to its cell's end: up to four
    groups, four to twelve letters and digits with at least one digit."""
    used: list[Tok] = []
    for t in toks:
        if used and (t.seg != used[-1].seg or t.x0 - used[-1].x1 > 0.8 * max(t.height, 1.0)):
            break
        if not _PLATE_PART.fullmatch(t.text) or len(used) == 4:
            break
        used.append(t)
    text = " ".join(t.text for t in used)
    size = sum(map(str.isalnum, text))
    if not used or not 4 <= size <= 12 or not any(map(str.isdigit, text)):
        return None
    return text, used, None


#: Words of a form's captions, never of a name: "Full legal name", "Spouse's first name and
#: middle initial", "City, postal code, and telephone no.", "Last name (in capital letters)".
_CAPTION_WORDS = re.compile(
    r"\b(?:names?|address|telephone|postal code|zip code|initials?|identification"
    r"|in capital letters|block letters|signature)\b"
)


def _caption(got: tuple[Any, list[Tok], str | None]) -> bool:
    """Whether a name read is no name: a form's caption, mostly digits ("NH 30 72 95 A"), one
    word of letters all in lower case ("form"; a brand such as "lululemon athletica" stays) or
    two letters ("WA", a state)."""
    text = str(got[0])
    if _CAPTION_WORDS.search(fold_text(text)):
        return True
    letters = sum(map(str.isalpha, text))
    cased = text.lower() != text.upper()  # Latin, Greek, Cyrillic: not "王芳", a name
    lone_lower = text.isalpha() and text == text.lower()
    digits = sum(map(str.isdigit, text))
    return (cased and (lone_lower or letters < 3)) or digits > letters


#: What an address block says instead of a name where it repeats another: "gleich
#: Rechnungsadresse", "Same as billing address", "wie oben", "idem", "identique à la facturation".
_SAME_AS = re.compile(
    r"(?:same as|as above|see above|gleich(?:e wie)?|wie oben|siehe oben|identi(?:que|co)"
    r"|idem|igual (?:que|a)|como arriba|zoals boven|gelijk aan|samma som|som ovan)\b",
    re.IGNORECASE,
)


#: A name for the seller or the buyer as such, whichever of them issued the document.
_TRADING_PARTY = re.compile(
    r"(?:^|_)(?:supplier|vendor|seller|buyer|customer|purchaser|client)(?:_name)?$"
)


#: A bracketed part of a name: "(Debtors Clerk)".
_BRACKETED = re.compile(r"\(([^)]*)\)")


#: A person's name as a form of staff prints it: initials and a surname ("M. Yilmaz",
#: "J.-P. Martin", "A. K. Smith-Jones").
_INITIALLED = re.compile(
    r"(?:[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?\s?){1,3}[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
)


def _titled_person(name: str) -> bool:
    """Whether a name carries a job title in brackets ("N. Govender (Debtors Clerk)"): a
    person who signed for a firm, not the firm."""
    return any(_JOB_TITLE.search(part) for part in _BRACKETED.findall(name))


def _names_invoice(hit: Hit) -> bool:
    """Whether the label, or a word just before or after it, names an invoice: "Invoice
    date", "facture n° 2024-0412 du …", "montant de la facture n° …"."""
    toks = hit.line.toks
    near = toks[max(0, hit.start - 4) : hit.start] + toks[hit.end + 1 : hit.end + 4]
    seg = toks[hit.start].seg  # words of its own cell: not the next heading's "Betreft factuur"
    return bool(_NAMES_INVOICE.search(hit.key)) or any(
        t.seg == seg and _NAMES_INVOICE.search(t.folded) for t in near
    )


def _unit_of(key: str) -> str | None:
    """The unit a field of the user's is named with ("consumption_kwh": "kwh"), or what it
    counts ("impressions", "total_spots": "spots"), if any."""
    if not key.startswith("field:"):
        return None
    words = name_words(key[len("field:") :])
    return words[-1] if words and (words[-1] in UNIT_WORDS or words[-1] in _COUNTED) else None


#: Things a count is named for and printed before, in an item's line or a sentence: "184,250
#: impressions at CPM $38.00", "44 spots", "3 nights", "85 covers". Not hours, days or
#: months, which the small print counts too ("valid for 12 months").
_COUNTED = (
    MEDIA_COUNTS
    | SUPPLY_COUNTS
    | {"nights", "cartons", "pallets", "parcels", "packages", "pieces", "covers", "guests", "pax"}
    # ... and what a shipment or a file of cases counts: "TOTAL DUE — 28 cases 19,238.00"
    # reads on past the count to the total
    | {"cases", "boxes", "bags", "sacks", "drums", "bales", "bundles", "rolls", "containers"}
)


#: Units a label may be besides ``UNIT_WORDS``: "miles" for total_miles, "nights" for nights
#: (and in the languages its labels are read in: "4 Nächte", "3 nuits", "2 notti").
_MORE_UNITS = frozenset(
    {"miles", "mile", "kilometres", "kilometers", "nights", "units", "pcs"}
    | {"nachte", "nuits", "nuitees", "noches", "notti", "nachten", "natter", "netter"}
    | {"naetter", "noclegi", "noci"}
)


def _counted_unit(hit: Hit) -> bool:
    """Whether a sighting is a unit, printed after a number of it in the same cell ("4,872
    miles"): a label of the count, not of what follows."""
    if hit.start == 0 or hit.start != hit.end:
        return False
    if hit.key not in UNIT_WORDS and hit.key not in _MORE_UNITS and hit.key not in _COUNTED:
        return False
    before = hit.line.toks[hit.start - 1]
    return before.seg == hit.line.toks[hit.start].seg and DIGIT.search(before.text) is not None


#: A unit of a field's name and how documents print it ("volume_litres": "244,50 l"); and
#: the other units of the same measure, which are not it ("2,4450 hl" of wine, in a table
#: of excise duty per hectolitre).
_UNIT_FORMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    unit: (frozenset(forms), frozenset(others))
    for units, forms, others in (
        (
            ("litres", "liters"),
            ("l", "lt", "ltr", "ltrs", "litre", "liter", "litres", "liters"),
            ("hl", "cl", "ml", "m3", "gal", "gallons", "kl"),
        ),
        (("kg",), ("kg", "kgs", "kilo", "kilos", "kilograms"), ("g", "t", "lb", "lbs", "tonnes")),
        (("lbs", "lb"), ("lb", "lbs", "pounds"), ("kg", "kgs", "oz", "g")),
        (("tonnes", "tons"), ("t", "tonnes", "tons", "mt"), ("kg", "kgs", "lb", "lbs")),
        (
            ("km", "kilometres", "kilometers"),
            ("km", "kms", "kilometres", "kilometers"),
            ("mi", "miles"),
        ),
        (("miles",), ("mi", "miles", "mile"), ("km", "kms")),
        (("kwh",), ("kwh",), ("mwh", "wh", "gj", "mj")),
        (("mwh",), ("mwh",), ("kwh", "wh", "gj")),
    )
    for unit in units
}


def _unit_after(cand: _Cand, index: DocIndex) -> str | None:
    """The word after a sighting's value on the value's line, folded ("kwh" of "640 kWh";
    "hl" of "Total 2,4450 hl" under a column's heading), if any."""
    box = cand.value.bbox
    if box is None:
        return None
    middle = (box[1] + box[3]) / 2
    for line in index.pages[cand.page - 1].lines:
        if line.top <= middle <= line.bottom and any(t.x1 >= box[0] for t in line.toks):
            after = next((t for t in line.toks if t.x0 >= box[2] - 0.5), None)
            return None if after is None else after.folded.strip(".,;:()")
    return None


def _unit_forms(unit: str) -> tuple[frozenset[str], frozenset[str]]:
    """How ``unit`` is printed, and the other units of its measure."""
    return _UNIT_FORMS.get(unit, (frozenset({unit}), frozenset()))


def _wordy(line: LineRec) -> bool:
    """Whether a line holds twice as many words as other tokens (headings, prose), not a row
    of values ("1 PLT Centrifugal pumps 70 985")."""
    words = sum(t.text.isalpha() for t in line.toks)
    return words >= 2 * (len(line.toks) - words)


#: A form's box number: "3", "1a", "14–16".
_BOX_NUMBER = re.compile(r"(\d{1,2})[a-z]?(?:[–-]\d{1,2})?")


def _box_numbers(line: LineRec) -> bool:
    """Whether a line holds only a form's box numbers, three or more in rising order ("3  4
    5  6" over the next row of captions of a 1099's grid), not a row of figures."""
    numbers = [_BOX_NUMBER.fullmatch(t.text) for t in line.toks]
    if len(numbers) < 3 or not all(numbers):
        return False
    firsts = [int(m.group(1)) for m in numbers if m is not None]
    return all(a < b for a, b in itertools.pairwise(firsts))


def _with_mva(line: LineRec, got: Any) -> Any:
    """A Norwegian or Swiss VAT number with its suffix: "NO 987 654 325 MVA" is
    NO987654325MVA, "CHE-418.273.634 MWST" keeps its "MWST" (the reading stops at the tax's
    name, as at any label). A bare organisation number with "MVA" after it ("Org.nr. 921
    847 297 MVA", as Norwegian firms show they are registered for VAT) keeps it too."""
    value, used = str(got[0]), got[1]
    digits = value[2:] if value.startswith("NO") else value
    norwegian = digits.isdigit() and len(digits) == 9
    if not (used and (norwegian or _SWISS_UID.fullmatch(value))):
        return got
    at = position(line.toks, used[-1])
    suffix = line.toks[at + 1].text.rstrip(".,;") if 0 <= at < len(line.toks) - 1 else ""
    if suffix not in (("MVA",) if norwegian else ("MWST", "TVA", "IVA")):
        return got
    joined = value + suffix if norwegian else f"{value} {suffix}"
    return joined, [*used, line.toks[at + 1]], got[2]


#: A Swiss business number (UID) as printed: "CHE-418.273.634".
_SWISS_UID = re.compile(r"CHE-?\d{3}\.?\d{3}\.?\d{3}")


def _in_brackets(hit: Hit) -> bool:
    """Whether a label opens, or is one of the first words of, a remark in brackets after
    other words of its cell, one that goes on after it ("(totaal betaald € 3.861,72)",
    "(Sales Invoice No. 012277)"; not a qualifier: "2024 (brutto)")."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    if ")" in toks[hit.end].text:
        return False
    for k in range(hit.start, max(hit.start - 3, -1), -1):
        if toks[k].seg != seg or (k < hit.start and ")" in toks[k].text):
            return False
        if toks[k].text.startswith("("):
            return k > 0 and toks[k - 1].seg == seg and any(map(str.isalnum, toks[k - 1].text))
    return False


#: Names of fields of one's own for a VAT id: "customer_vat_number", "seller_vat_id".
_VAT_ID_NAME = re.compile(
    r"[:_](?:vat|tva|ust|btw|iva|mwst|gst|hst|qst|tvq|tps)_?"
    r"(?:id|no|nr|num|number|reg_no)?$"
)

#: Names of fields for an amount taken off a total: given as a positive amount however the
#: document signs it ("deposit_paid", "total_discount", "irpf_withholding", "cis_deduction").
_DEDUCTION_NAME = re.compile(
    r"(?:^|_)(?:deposits?|advances?|prepayments?|down_payments?|discounts?|withholding|withheld"
    r"|retentions?|retainage|holdback|deductions?|deducted|credits|rebates?|paid|received|irpf|cis"
    # What earlier bills of a contract asked for, taken off this one ("previous_payments")
    r"|previous_payments|previous_certified|previous_certificates|previous_billings"
    # What goes out of an account, in brackets on a statement: "Total Expenses (1,438.17)"
    r"|expenses|distributions?|disbursements?|payouts?|withdrawals?"
    # What a grant, a subsidy or a relief takes off a fee or a bill ("Pell Grant −3,697.50")
    r"|grants?|subsidy|subsidies|relief|bursary|scholarships?)(?:_|$)",
    re.IGNORECASE,
)

#: An exchange rate stated in words or as "1 EUR = 142,80 ISK", or the word for an amount
#: converted at one ("echivalent 1.291,63 EUR") (folded text).
_EXCHANGE_RATE = re.compile(
    r"\b1 ?[a-z]{3} ?= ?\d[\d.,]*|\b(?:exchange rate|rate of exchange|wechselkurs|umrechnungskurs"
    r"|taux de change|tipo de cambio|tasso di cambio|wisselkoers|valutakurs|vekselkurs|gengi"
    r"|arfolyam|curs valutar|kurz|kurs"
    r"|equivalent|equivalente|echivalent|aquivalent|gegenwert|ekvivalent|protuvrijednost)\b"
)


def _converted(right: list[Tok], used: list[Tok]) -> bool:
    """Whether an exchange rate stands between a label and its amount: "Samtals í EUR
    (gengi …: 1 EUR = 142,80 ISK): 1.628,85 EUR" is the total converted, for information;
    so is one "equivalent" ("total de plată echivalent 1.291,63 EUR")."""
    before = []
    for tok in right:
        if tok is used[0]:
            break
        before.append(tok.folded)
    return bool(before) and _EXCHANGE_RATE.search(" ".join(before)) is not None


#: A year in a word, alone or in a date or a reference: "2025", "2025)", "104/A/NBP/2025):".
_YEAR_IN = re.compile(rf"(?<!\d){_YEAR.pattern}(?!\d)")
#: How many words after a label a qualifying phrase with a date may take.
_ASIDE_WORDS = 12


def _after_dated_aside(toks: list[Tok]) -> list[Tok]:
    """The words after the date that qualifies a label, when a figure follows it: "Exchange
    rate USD/EUR applied on 20 June 2025 | 0.9183", "(rate on 13 June 2025) 1.3021", "kurs
    EUR NBP z dnia 30.05.2025 (tabela nr 104/A/NBP/2025): 4,2436". Empty without one."""
    last = None
    for k, tok in enumerate(toks[:_ASIDE_WORDS]):
        if _YEAR_IN.search(tok.text):
            last = k
    if last is None or last + 1 >= len(toks) or not toks[last + 1].text[:1].isdigit():
        return []
    return toks[last + 1 :]


#: Words that say which period a count's label is for: "Total points | this period 2,278.5".
_PERIOD_WORDS = frozenset(
    {"this", "current", "period", "month", "week", "quarter", "year", "for", "the", "in"}
)


def _after_qualifier(toks: list[Tok]) -> list[Tok]:
    """The words after a few words that qualify a count's label up to a colon, or that name
    its period, when a figure follows: "Napkins laundered | this period: 1,860", "Volume |
    total livré : 244,50 l", "Total points | this period 2,278.5". Empty otherwise."""
    for k, tok in enumerate(toks[:4]):
        if tok.text != ":" and not tok.text.rstrip(":").isalpha():
            rest = toks[k:]
            period = k > 0 and all(t.folded in _PERIOD_WORDS for t in toks[:k])
            return rest if period and rest[0].text[:1].isdigit() else []
        if tok.text.endswith(":"):
            rest = toks[k + 1 :]
            return rest if rest and rest[0].text[:1].isdigit() else []
    return []


#: Words that make a payslip's contribution the employer's share (folded, possessive cut).
_EMPLOYER_WORDS = frozenset(
    # (not "AG", Arbeitgeber's initials: a German company's legal form too)
    {"employer", "employers", "arbeitgeber", "arbeitgeberanteil", "werkgever", "patronal"}
    | {"patronale", "patronales", "isveren", "pracodawca", "pracodawcy", "datore"}
    | {"zamestnavatel", "zamestnavatele", "arbetsgivare", "arbejdsgiver", "arbeidsgiver"}
    | {"tyonantaja", "tyonantajan", "munkaltato", "munkaltatoi", "werkgeversdeel"}
)


def _employers_share(hit: Hit, info: LabelInfo) -> bool:
    """Whether a label of a field of the user's ("pension_contribution") stands beside a word
    that makes it the employer's share, which the field's name does not ask for: "Less:
    employer's National Insurance", "Pensioenpremie werkgever", "Social Security -
    employer", "SGK primi işveren payı"."""
    if not info.concept.startswith("field:") or any(
        w in _EMPLOYER_WORDS for w in name_words(info.concept.removeprefix("field:"))
    ):
        return False
    toks, seg = hit.line.toks, hit.line.toks[hit.start].seg
    near = toks[max(0, hit.start - 2) : hit.start] + toks[hit.end + 1 : hit.end + 4]
    return any(
        t.seg == seg and re.sub(r"['’]s$|s['’]$", "", t.folded.strip("(),.:;-")) in _EMPLOYER_WORDS
        for t in near
    )


def _term_of_a_sum(hit: Hit) -> bool:
    """Whether a label is a term of a sum spelled out on its line, "+" before it and "="
    after it ("7.200,00 USD + KDV = 8.640,00 USD"): what follows is the sum."""
    toks = hit.line.toks
    k = hit.end + 1
    if not hit.after.lstrip(" :").startswith("=") and not (
        k < len(toks) and toks[k].text.startswith("=")
    ):
        return False
    return hit.start > 0 and toks[hit.start - 1].text in ("+", "plus")


#: A label's gloss that says its value is spelled out: "Tax amount (in words):", "Montant
#: en lettres", "Betrag in Worten". The figure stands elsewhere, often on the next cell's line.
_IN_WORDS = re.compile(r"(?:in words|en lettres|en letras?|in worten|in lettere|por extenso)\b")


def _spelled_out(hit: Hit) -> bool:
    """Whether the words after a label (in its cell) say its value is written in words."""
    toks = hit.line.toks
    seg = toks[hit.end].seg
    after = [t.folded for t in toks[hit.end + 1 : hit.end + 4] if t.seg == seg]
    gloss = re.sub(r"[^\w ]+", "", " ".join([hit.after.lower(), *after])).strip()
    return _IN_WORDS.match(gloss) is not None


def _gloss_of(hit: Hit, nxt: Hit | None) -> frozenset[str]:
    """The concepts a label's gloss in brackets names, when another label is set in them
    right after it ("Sąskaitos Nr. (IBAN)", "Konto (IBAN)"); empty when there is none."""
    if nxt is None or nxt.line is not hit.line or nxt.start != hit.end + 1 or not hit.ends_word:
        return frozenset()
    toks = hit.line.toks
    if toks[nxt.start].seg != toks[hit.end].seg or not nxt.in_brackets:
        return frozenset()  # "(IBAN)" whole, not "(IBAN and BIC below)"
    # A built-in label's meaning; not a unit or currency ("Total a pagar (MXN)", where "MXN"
    # may also be a word of a field's name, total_mxn), nor a column's heading word
    # ("Electricity consumed (units)")
    return frozenset(
        i.concept
        for i in nxt.infos
        if not i.concept.startswith("field:")
        and i.concept not in ("currency", "other", "table_header")
    )


def _heading_in_words(hit: Hit) -> bool:
    """Whether a label that only heads a column (see ``LabelInfo.total``) stands inside a
    cell's words, where it heads nothing and ends no value: the "receipts" of "Travel
    expenses … (receipts attached)  1  86.40" for a field receipts_total."""
    if not all(i.total for i in hit.infos) or hit.start == 0:
        return False
    toks = hit.line.toks
    return toks[hit.start - 1].seg == toks[hit.start].seg


def _role_gloss(hit: Hit, nxt: Hit, texts: set[str]) -> bool:
    """Whether ``nxt`` is a user's party field's label set in brackets right after another
    party's label, saying what that party also is ("EXPORTADOR / EXPORTER (BENEFICIÁRIO /
    BENEFICIARY)"): no label of its own there, whose column would cut the name below."""
    toks, k = hit.line.toks, hit.end + 1
    if nxt.line is not hit.line or nxt.start < k or not toks[k].text.startswith("("):
        return False
    # One bracket opened right after the label, closed at the gloss's end: "(BENEFICIARY)",
    # "(BENEFICIÁRIO / BENEFICIARY)".
    inside = toks[k : nxt.end + 1]
    if any(t.seg != toks[hit.end].seg for t in inside) or ")" in join(toks[k : nxt.start]):
        return False
    closing = toks[nxt.end + 1].text if nxt.end + 1 < len(toks) else ""
    if not (toks[nxt.end].text.endswith(")") or closing.startswith(")")):
        return False
    parties = texts | {"vendor", "customer"}
    return all(i.concept in texts for i in nxt.infos) and all(
        i.concept in parties for i in hit.infos
    )


def _party_role(info: LabelInfo, gloss: frozenset[str]) -> bool:
    """Whether a gloss names the role of the party a user's field is ("INSTRUCTOR (PAYEE)",
    "Host (Recipient)"), or whose number a number's label is ("Sipariş No (müşteri)", the
    customer's order number): it says what the party is to the document, and the field
    stays."""
    if not gloss <= {"vendor", "customer"}:
        return False
    return info.concept.startswith("field:") or _kind(info) == "id"


def _bare_year(got: Any) -> bool:
    """Whether an amount read is a year printed bare: one number 1900-2099, no currency, a
    comma or stop after it at most ("R.S.O. 1990, c. C.30")."""
    if got[2] is not None or len(got[1]) != 1:
        return False
    return _YEAR.fullmatch(got[1][0].text.rstrip(",;:.")) is not None


#: Marks that set pairs of keys and values apart on one line.
_SEPARATORS = frozenset({"·", "|", "•", "¦"})


def _to_next_key(right: list[Tok]) -> list[Tok]:
    """The words right of an amount's label up to a cell of words that follows a cell with a
    figure: the key of the next pair on a row of them ("VAT Amount | 18,000.00 | Zero-Rated
    Sales | 0.00"). A currency's name or code, a unit, is no key."""
    figure = False
    for k, tok in enumerate(right):
        if DIGIT.search(tok.text):
            figure = True
            continue
        if figure and tok.text in _SEPARATORS:
            return right[:k]  # "Total ilíquido 1.465,34 € · Total de descontos 223,50 €"
        if not figure or (k and right[k - 1].seg == tok.seg):
            continue
        cell = [t for t in right[k:] if t.seg == tok.seg]
        words = [t for t in cell if _WORD.fullmatch(t.text.strip(".,:;()")) and _wordy_tok(t)]
        if (
            len(words) == len(cell)
            and (len(words) >= 2 or len(words[0].text) >= 4)
            and not any(t.folded.strip(".,:;()") in _NO_KEY for t in cell)
        ):
            return right[:k]
        if cell[0] in words and len(cell) >= 4 and 2 * len(words) > len(cell):
            return right[:k]  # a sentence of its own: "The $12.44 balance forward is past due."
    return right


def _cumulative_spans(toks: list[Tok]) -> list[tuple[float, float]]:
    """Where a line's year-to-date headings stand, left to right edge: "YTD", "Year to
    date", "Cumulatief", "od začátku roku"."""
    spans: list[tuple[float, float]] = []
    if not _CUMULATIVE.search(" ".join(t.folded for t in toks)):
        return spans  # most lines: one search, not one per word and length
    for i in range(len(toks)):
        for n in range(1, min(_CUMULATIVE_WORDS, len(toks) - i) + 1):
            words = toks[i : i + n]
            if words[-1].seg != words[0].seg:
                break
            text = " ".join(t.folded.strip("().:") for t in words)
            if _CUMULATIVE.fullmatch(text):
                spans.append((words[0].x0, words[-1].x1))
                break
    return spans


def _past_gloss(right: list[Tok]) -> list[Tok]:
    """The words right of an amount's label past a gloss in brackets that holds a figure of
    its own, when more follows: "Value per point (£, truncated to 4 decimals) 8.1009", and a
    rate before it: "Pensioenpremie werknemer 7,5% (grondslag 1.673,56) 125,52"."""
    start = 1 if len(right) > 1 and right[0].text.endswith("%") else 0
    if len(right) <= start or not right[start].text.startswith("("):
        return right
    end = next((k for k, t in enumerate(right[start : start + 8], start) if ")" in t.text), None)
    if end is None or end + 1 >= len(right):
        return right
    gloss = right[start : end + 1]
    words = [t.text.strip("(),.:;") for t in gloss]
    worded = any(len(w) >= 4 and _WORD.fullmatch(w) for w in words)
    if worded and any(DIGIT.search(w) for w in words):
        return right[end + 1 :]
    return right


#: A word of letters, hyphenated or not: "Sales", "Zero-Rated", "Customer's".
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Words after an amount that are no key of another: its unit, or the word that ends it
#: written out ("Rupees Forty Thousand Only").
_NO_KEY = UNIT_WORDS | frozenset({"only", "nur", "seulement", "solamente"})


def _totalled(hit: Hit) -> bool:
    """Whether the label follows "Total" on its row: "TOTAL INSURANCE PAID", "Total RX copay"."""
    return hit.start > 0 and hit.line.toks[hit.start - 1].folded.rstrip(":") in ("total", "totals")


def _prefer_the_sum(cands: list[_Cand]) -> None:
    """Half a weight more for the one amount read on a "Total …" row of the label when the
    amounts read on its other rows add up to it (those equal to it aside): the figure is
    printed per item and then totalled. A "Total holdback retained to date" is no sum of
    this bill's rows."""
    rows: dict[int, float] = {}
    totals: dict[int, float] = {}
    for cand in cands:
        if cand.label is None or not isinstance(cand.value.value, (int, float)):
            return
        into = totals if _totalled(cand.label) else rows
        into.setdefault(cand.line.index, float(cand.value.value))
    if len(totals) != 1:
        return
    ((at, total),) = totals.items()
    items = [v for v in rows.values() if abs(v - total) > 0.005]
    if len(items) < 2 or abs(sum(items) - total) > 0.005:
        return
    for cand in cands:
        if cand.line.index == at:
            cand.weight += 0.5


def _code_after(key: str, right: list[Tok]) -> bool:
    """Whether a field named a code has one right after its label, a word with digits that
    ends the sentence or cell there: "Final tax code 1257L"; or a field whose name says
    nothing of words an identifier of four digits or more ("NPI 1882041761 • Federal Tax
    ID …", a letterhead's line of numbers)."""
    if not right or not DIGIT.search(right[0].text):
        return False
    if not key.endswith("_code") and (
        _WORDS_NAME.search(key)
        or sum(map(str.isdigit, right[0].text)) < 4
        or _YEAR.fullmatch(right[0].text.rstrip(",;:.")) is not None
    ):
        return False
    return len(right) == 1 or right[1].seg != right[0].seg or right[1].text in _BULLETS


def _wordy_tok(tok: Tok) -> bool:
    """Whether a word holds letters that name no currency ("af", "s/", not "EUR" or "£")."""
    return any(map(str.isalpha, tok.text)) and parse_currency(tok.text) is None


def _ends_numbered(hit: Hit) -> bool:
    """Whether a label ends in a word for "number" ("IEC No.", "Licence Nr.", "Permit #")."""
    last = hit.line.toks[hit.end].folded
    return last.endswith("#") or last.rstrip(".:") in _NUMBER_WORDS


def _spaced_money(text: str) -> bool:
    """Whether ``text`` prints money grouped by spaces with its sign (``_SPACED_MONEY``), a
    sign of letters standing apart from a word before it ("R 97 750.00", not "NR 12 …")."""
    for m in _SPACED_MONEY.finditer(text):
        at = m.start()
        if text[at] in "$€£" or at == 0 or not text[at - 1].isalpha():
            return True
    return _SPACED_MONEY_AFTER.search(text) is not None


def _with_country(best: _Cand, cands: list[_Cand]) -> _Cand:
    """The VAT number as printed elsewhere with its country's code, where ``best`` has none:
    "P.IVA e C.F. 01938470687" in the letterhead is the footer's "P.IVA IT01938470687"."""
    bare = str(best.value.value)
    for cand in cands:
        value = str(cand.value.value)
        if len(value) == len(bare) + 2 and value[:2].isalpha() and value.endswith(bare):
            return cand
    return best


#: A rate of nothing: "Zero-rated (0%)", "BTW 0 %", "IVA 0,00%".
_ZERO_RATE = re.compile(r"(?<![\d.,])0(?:[.,]0+)?\s?%")


def _not_zero_rated(best: _Cand, cands: list[_Cand]) -> _Cand:
    """The tax other than a zero-rated line's nothing: "Zero-rated (0%): R28,450.00 — VAT
    R0.00" last in a summary of rates, the tax charged ("VAT R1,569.60") beside it, read by
    labels as strong. Else ``best``."""
    if best.value.value != 0 or not _ZERO_RATE.search(best.line.text):
        return best
    peers = [c for c in cands if (c.weight, c.rel) == (best.weight, best.rel) and c.value.value]
    return max(peers, key=_last_rank, default=best)


def _rates_summed(best: _Cand, cands: list[_Cand]) -> _Cand:
    """The tax of a document that states it per rate on lines of their own, one under
    another ("BTW 21% over € 2.051,50  € 430,82" over "BTW 0% over € 86,40  € 0,00"), and
    no total of it: the sum of the lines. Else ``best`` as it is."""
    label = fold_text(best.value.label or "")
    peers = sorted(
        (
            c
            for c in cands
            if (c.weight, c.rel, c.page) == (best.weight, best.rel, best.page)
            and fold_text(c.value.label or "") == label
        ),
        key=lambda c: c.line.index,
    )
    run = [best]
    for c in reversed([c for c in peers if c.line.index < best.line.index]):
        if c.line.index != run[0].line.index - 1:
            break
        run.insert(0, c)
    # Each line opens with the label, or with its rate ("10%対象 消費税 17,900"), and names it.
    rated = all("%" in c.line.text and _opens_line(c) for c in run)
    if len(run) < 2 or not rated or len({c.line.index for c in run}) != len(run):
        return best
    places = [c.value.bbox for c in run]
    if None not in places and len(set(places)) != len(run):
        # One figure read twice: "Sales tax is charged at … 8.81% on the discounted" reads
        # the next line's "Sales tax (8.81%) $86.06" too.
        return best
    total = round(sum(c.value.value for c in run), 2)
    boxes = [c.value.bbox for c in run if c.value.bbox]
    bbox = (
        (min(b[0] for b in boxes), min(b[1] for b in boxes),
         max(b[2] for b in boxes), max(b[3] for b in boxes))
        if boxes else None
    )  # fmt: skip
    raw = " + ".join(c.value.raw or "" for c in run)
    fv = replace(best.value, value=total, bbox=bbox, raw=raw, rule="tax-per-rate")
    return replace(best, value=fv)


#: A letter of the Latin script; a letter of another script than the Latin one and the
#: Chinese, Japanese and Korean ones.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_SCRIPT = re.compile(
    r"[^\W\d_A-Za-z\u00c0-\u024f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def _opens_line(cand: _Cand) -> bool:
    """Whether a sighting's label opens its line, or follows only the rate it is of: "10%対象
    消費税" (the consumption tax on what is taxed at 10%), "(8%) VAT"."""
    if abs(cand.x0 - cand.line.toks[0].x0) < 1:
        return True
    hit = cand.label
    if hit is None or hit.line is not cand.line or not 1 <= hit.start <= 2:
        return False
    return all("%" in t.text for t in cand.line.toks[: hit.start])


def _document_key_inside(hit: Hit, builtin: list[Hit]) -> bool:
    """Whether ``hit`` is a document's bare key only (see ``_document_labels``) that ends a
    longer built-in label: the "No." of "Proforma Invoice No. & Date"."""
    return all(i.document for i in hit.infos) and any(
        outer.line is hit.line and outer.start < hit.start and hit.end <= outer.end
        for outer in builtin
    )


def _invoice_title(text: str) -> bool:
    """Whether a cell's folded text is an invoice's title alone ("TAX INVOICE", "Rechnung",
    "PRO-FORMA INVOICE"), not a key ("Invoice No. 42", "Bill to")."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and _titled(text)
        and not DIGIT.search(text)
        and ":" not in text
        and words[-1] not in ("to", "from", "a", "an")
    )


def _tax_title(hit: Hit) -> bool:
    """Whether a tax's label is a word of the document's title: "tax document", "tax
    invoice" (a Czech "daňový doklad" translated, "Invoice – tax document")."""
    toks = hit.line.toks
    concepts = {i.concept for i in hit.infos}
    # (a field of the user's own may be named by the word too: "tax_rate")
    if hit.end + 1 >= len(toks) or "tax" not in concepts:
        return False
    if not all(c == "tax" or c.startswith("field:") for c in concepts):
        return False
    word = toks[hit.end + 1].folded.strip(".,:;)")
    return word in _TAX_TITLE_WORDS or TITLE_WORD.fullmatch(word) is not None


#: A receipt's title, folded: "RECEIPT", "Payment receipt", "Quittung", "Reçu de paiement".
_RECEIPT_TITLE = re.compile(
    r"(?:payment |official |cash |sales )?(?:receipt|quittung|zahlungsbestatigung|recu"
    r"|recu de paiement|ricevuta|recibo|kvitto|kvittering|kuitti)"
)
#: The labels of the date a receipt was paid (other_date's), folded.
_PAID_KEYS = re.compile(r"date (?:of )?payment|payment date|date paid|paid on|zahlungsdatum")
#: Days of a month as a range: "10–12 June 2024", "3-5 mars 2025".
_DAY_RANGE = re.compile(r"\d{1,2}\.?\s*[–—-]\s*\d{1,2}\.?\s*[^\W\d_]")
#: What a tax's name stands before in a document's title: "tax document", "tax invoice".
_TAX_TITLE_WORDS = frozenset({"document", "doc", "documento", "dokument"})


def _titled(text: str) -> bool:
    """Whether a cell's text opens with a title, or with one after a word or two that say
    which: "Rechnung", "OFFICIAL RECEIPT", "Tax Invoice", "Commercial Invoice No."."""
    m = TITLE_WORD.search(text)
    return m is not None and text.count(" ", 0, m.start()) <= 1


#: Marks set between the items of a line of small print: "… No. 0412 • Date Issued: …".
_BULLETS = frozenset({"•", "·", "|", "–", "-", "/"})


def _names_a_thing(before: Tok, hit: Hit) -> bool:
    """Whether the word before a "dated" names what it dates: a number, or a word of its
    own cell ("letter dated", not "Invoice No. | Dated" heading a grid's column)."""
    if DIGIT.search(before.text):
        return True
    return before.seg == hit.line.toks[hit.start].seg and before.text.isalpha()


def _dated_document(name: str, kind: str) -> bool:
    """Whether a field is the date of the document itself ("quote_date", "ride_date")."""
    words = name_words(name)
    return (
        kind == "date" and len(words) >= 2 and words[-1] == "date" and words[0] in _DOCUMENT_WORDS
    )


def _paired(hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """``hits`` with a number's label that a date's label follows over one cell ("Invoice
    No. & Date  TI/2024/0187 dt. 12-03-2024", "Bill No./Date: A-1744 / 05.06.2024") spanning
    both: its value is the cell's first, read after the pair. The date's label stays as it
    is and reads the date from the same words; the ``id`` of those that date another
    document's number ("Buyer's Order No. & Date") are returned too."""
    out = list(hits)
    others: set[int] = set()
    for k, a in enumerate(hits):
        # The next label after it on its line (one of a field's own may lie inside it).
        b = next((h for h in hits[k + 1 : k + 4] if h.line is a.line and h.start >= a.end), None)
        if b is None or not _kinds(a) <= {"id"} or not _kinds(b) <= {"date"}:
            continue
        toks = a.line.toks
        if b.start == a.end:
            between = toks[a.end].folded[a.cut : b.cut - len(b.key)]
        elif b.start == a.end + 1:
            between = toks[a.end].folded[a.cut :]
        elif b.start == a.end + 2 and not toks[a.end].folded[a.cut :].strip(".:"):
            between = toks[a.end + 1].folded
        else:
            continue
        if between.strip(".: ") in _JOINING:
            out[k] = replace(a, end=b.end, cut=b.cut)
            if not any(i.concept == "invoice_number" for i in a.infos):
                others.add(id(b))
    return out, others


#: The parties of a lease a label heads (a block of name and address under "Verhuurder",
#: "Managing agent"), read as the vendor's and the customer's are: the name, not what is
#: beside it. Not the tenant: a tenant is named as a person is, without a courtesy title
#: ("Ms Thandiwe Mokoena" is Thandiwe Mokoena), and read as one.
_LEASE_PARTIES = frozenset({"landlord", "property_manager"})


@functools.lru_cache(maxsize=256)
def _is_party(key: str, concept: str | None) -> bool:
    """Whether a field names a party whose label may head its block: the vendor, the
    customer, or a field named for a party of a lease (or one of its aliases: "lessor")."""
    if concept in ("vendor", "customer"):
        return True
    name = key.removeprefix("field:")
    return key != name and (name in _LEASE_PARTIES or field_alias_of(name) in _LEASE_PARTIES)


#: A number's key before a party's word: "Btw-nr. huurder", "VAT no. tenant", "USt-IdNr.
#: Mieter", "Org.nr hyresgäst".
_NUMBER_KEY = re.compile(
    r"(?:btw|vat|ust|tva|iva|mva|moms|nip|nif|cif|tax|org|kvk|cvr|abn|gst|ico|dic)"
    r"[-. ]?(?:nr|no|id|idnr|nummer|number|n°)?[.:]?"
)


def _number_key_before(hit: Hit) -> bool:
    """Whether the word before a label, in its cell, is a number's key: the label then says
    whose number follows ("Btw-nr. huurder NL862719409B01"), and names no one itself."""
    if not hit.start:
        return False
    toks = hit.line.toks
    before = toks[hit.start - 1]
    return before.seg == toks[hit.start].seg and bool(_NUMBER_KEY.fullmatch(before.folded))


#: The last heading of a ledger's columns, over its running balance.
#: A net column's heading (folded), alone ("Netto", "Základ", "HT") or before the tax's
#: name (``_NET_BEFORE_TAX``: "excl. btw", "ohne MwSt", "sin IVA", "ex GST", "bez DPH").
_NET_WORDS = frozenset(
    {"excl", "exkl", "excluding", "exclusive", "net", "netto", "nett", "neto", "netto-betrag"}
    | {"nettobetrag", "nettobelob", "nettobelop", "nettosumma", "zaklad", "imponibile", "ht"}
    | {"taxable", "grundlag", "veroton", "netwaarde", "basis", "base"}
)
_NET_BEFORE_TAX = _EXCLUDING | frozenset({"eks", "before", "pre", "avant", "uten", "ilman"})
#: A recipient's label that, in a payment slip, names whom the money goes to: the issuer.
_PAYEE_KEYS = frozenset(
    {"to", "modtager", "mottaker", "mottagare", "payee", "beneficiary", "empfanger", "saaja"}
    | {"zahlungsempfanger", "beneficiaire", "betalingsmodtager", "betalningsmottagare"}
)
#: The keys of a payment slip's line for who pays ("From:", "Einzahler", "Indbetalt af").
_PAYER_KEYS = frozenset({"from", "payer", "paidby", "einzahler", "indbetaltaf", "innbetaltav"})
#: A gross column's heading word (folded): "Bedrag incl.", "Brutto", "TTC".
_GROSS_HEADS = frozenset({"incl", "inkl", "including", "inclusive", "brutto", "gross", "ttc"})
#: A field named for an amount with its tax, or all of it: the gross column of an item row.
_GROSS_NAME = re.compile(r"gross|brutto|incl|inkl|ttc|total|(?:^|_)sum(?:_|$)")
_BALANCE_HEADS = frozenset({"balance", "saldo", "solde", "kontostand", "saldi", "bakiye"})

#: Words that open a field's name for one party's number: "supplier_gstin", "buyer_vat_id".
_SELLER_PREFIX = frozenset(
    {"supplier", "seller", "vendor", "issuer", "merchant", "provider", "exporter", "contractor"}
    | {"employer", "payer", "landlord", "creditor"}
)
_BUYER_PREFIX = frozenset(
    {"buyer", "customer", "client", "recipient", "purchaser", "importer", "payee", "tenant"}
    | {"debtor"}
)


#: Words that make a label the base of a share: "2 % Skonto vom Nettobetrag", "5% of the
#: subtotal", "3 % sur le montant HT".
_SHARE_OF = frozenset({"vom", "von", "des", "of", "on", "sur", "du", "de", "del", "sul", "van"})


#: What makes a tax's label a stamp duty's: "Imposta di bollo", "Droit de timbre", "Stamp
#: duty", "Impuesto de timbre", "Imposto do selo".
_STAMP_WORDS = frozenset({"bollo", "timbre", "stamp", "selo", "stempel", "stempelsteuer"})


def _stamp_duty(hit: Hit) -> bool:
    """Whether a tax's label names a stamp duty: a stamp word right after it (past "di",
    "de", "do", "du") or right before it in its cell."""
    toks = hit.line.toks
    after = [t.folded.strip(".,:;") for t in toks[hit.end + 1 : hit.end + 3]]
    if after[:1] and after[0] in ("di", "de", "do", "du", "del") and len(after) > 1:
        after = after[1:]
    before = _cell_before(hit)
    return bool(
        (after and after[0] in _STAMP_WORDS)
        or (before and before[-1].folded.strip(".,:;") in _STAMP_WORDS)
    )


def _share_of(hit: Hit) -> bool:
    """Whether a label names the base of a percentage in its sentence ("Bei Zahlung bis …
    gewähren wir 2 % Skonto vom Nettobetrag (397,86 €)"): the amount after is the share."""
    before = _cell_before(hit)
    words = [t.folded for t in before[-4:]]
    if not words or (before[-1].folded not in _SHARE_OF and words[-2:-1] != ["of"]):
        return False
    return any("%" in t.text for t in before[-5:-1])


def _cell_before(hit: Hit) -> list[Tok]:
    """The words before a label in its cell (segment)."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    return [t for t in toks[: hit.start] if t.seg == seg]


def _after_its_translation(hit: Hit) -> bool:
    """Whether the words before a date's label in its cell are that date in another language
    and a slash: "2026-жылдын 16-марты / от 16 марта 2026 г."."""
    before = _cell_before(hit)
    if not 2 <= len(before) <= 6 or before[-1].text != "/":
        return False
    return parse_date(join(before[:-1])) is not None


@functools.lru_cache(maxsize=256)
def _party_id(name: str) -> tuple[bool, str] | None:
    """``(for the buyer, concept)`` for a field naming a party's number of a known kind
    ("supplier_gstin", "customer_tax_id", "seller_vat_number"); ``None`` otherwise."""
    buyer = _party_word(name)
    if buyer is None:
        return None
    concept = concept_for_field(name.partition("_")[2])
    if concept is None or CONCEPTS[concept].kind != "id" or concept in _PARTY_OWN:
        return None
    return buyer, concept


def _party_word(name: str) -> bool | None:
    """Whether a field's name opens with the buyer's word (``True``: "customer_ico") or the
    seller's (``False``: "supplier_gstin"), before more words; ``None`` otherwise."""
    first, _, rest = name.lower().partition("_")
    if first not in _SELLER_PREFIX | _BUYER_PREFIX or not rest:
        return None
    return first in _BUYER_PREFIX


#: Words beside a tax number's label that say whose it is: the buyer's, or the seller's.
_BUYER_WORDS = frozenset(
    {"receptor", "tomador", "cliente", "comprador", "adquirente", "destinatario", "customer"}
    | {"buyer", "client", "recipient", "purchaser", "kunde", "kunden", "acheteur", "klant"}
    # ... and the debtor, as a direct debit's or a dunning letter's labels name it
    | {"debtor", "debiteur", "schuldenaar", "schuldner", "deudor", "debitore", "devedor"}
    # ... in Russian, Ukrainian, Belarusian, Macedonian, Serbian, Uzbek and Kyrgyz ("ИНН/КПП
    # покупателя", "Сотиб олувчининг СТИРи", "Сатып алуучунун ИНН")
    | {"покупателя", "покупатель", "покупця", "пакупніка", "купувачот", "купца", "купац"}
    | {"олувчининг", "алуучунун", "የገዢ"}
    # ... in Croatian, Slovenian and Czech ("OIB kupca"), and Swahili ("TIN ya Mteja")
    | {"kupca", "kupcu", "kupec", "odberatele", "mteja"}
)
_SELLER_WORDS = frozenset(
    {"emisor", "emitente", "prestador", "proveedor", "vendedor", "fornecedor", "supplier"}
    | {"seller", "vendor", "issuer", "lieferant", "fournisseur", "leverancier", "fornitore"}
    # ... and the creditor ("Gläubiger-ID", "identifiant créancier")
    | {"creditor", "crediteur", "creancier", "glaubiger", "schuldeiser", "acreedor", "credor"}
    | {"creditore"}
    | {"продавца", "продавец", "поставщика", "поставщик", "продавця", "постачальника"}
    | {"пастаушчыка", "продавачот", "берувчининг", "сатуучунун"}
)


#: A word right before a number's label that says whose it is, as the seller writes to the
#: buyer: "Ihre UID", "Your VAT No." (the buyer's); "Unsere USt-IdNr." (the seller's).
_YOUR_WORDS = frozenset(
    {"your", "ihre", "ihr", "votre", "uw", "vostra", "vostro", "vossa", "vosso", "deres"}
)
_OUR_WORDS = frozenset(
    {"our", "unsere", "unser", "notre", "onze", "nostra", "nostro", "nossa", "nosso", "vores"}
    | {"nuestra", "nuestro"}
)


def _party_named(hit: Hit) -> bool | None:
    """Whether a label's own cell names the buyer (``True``) or the seller (``False``) by a
    word of it, or just before or after it: "RFC emisor:", "CNPJ do tomador", "Customer
    TIN"; or by a possessive right before it: "Ihre UID", "Our VAT number"."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    before = toks[hit.start - 1] if hit.start else None
    if before is not None and before.seg == seg:
        whose = before.folded.strip(".,:;()")
        if whose in _YOUR_WORDS:
            return True
        if whose in _OUR_WORDS:
            return False
    near = [
        _possessed(t.folded.strip(".,:;()"))
        for t in toks[max(0, hit.start - 2) : hit.end + 3]
        if t.seg == seg
    ]
    if any(w in _BUYER_WORDS for w in near):
        return True
    if any(w in _SELLER_WORDS for w in near):
        return False
    return None


def _possessed(word: str) -> str:
    """A word without its possessive's ending: "purchaser’s" is "purchaser"."""
    return word.removesuffix("’s").removesuffix("'s")


#: Words of a line that says the account on it is the buyer's: a direct debit's "Konto
#: Kunde", "your account", "compte du débiteur".
_BUYER_ACCOUNT = _BUYER_WORDS | _YOUR_WORDS | {"ihrem", "ihres"}


#: Numbers a party prefix names by themselves ("customer_number" is the customer's number at
#: the seller, a concept of its own, never "the customer's invoice number").
_PARTY_OWN = frozenset({"invoice_number", "po_number", "customer_number", "account_number"})
#: Words of a field's name that make it a party's number in a register: "customer_ico",
#: "buyer_company_number", "customer_business_id".
_REGISTRY_WORDS = frozenset(
    {"company", "business", "registration", "register", "registry", "org", "organisation"}
    | {"organization", "ico", "krs", "kvk", "cvr", "siren", "siret", "crn", "uen", "regon"}
)


@functools.lru_cache(maxsize=256)
def _name_keys(name: str) -> frozenset[str]:
    """The label keys (tokens run together, as ``Hit.key``) that spell a field's name; a
    tax's own name picks among several taxes ("TPS" for gst_amount), not the generic one
    ("VAT" of vat_amount would pass over a total of its rates' lines)."""
    keys = frozenset(_label_key(variant) for variant in label_variants(name))
    return keys - _GENERIC_TAX_KEYS


def _named_by(cand: _Cand, named: frozenset[str]) -> bool:
    """Whether a sighting's label is one of the keys that spell its field's name, or opens
    with one as a word of its own ("GST content included" for "gst", not "Netto" for "net")."""
    label = cand.value.label or ""
    return _label_key(label) in named or _label_key(label.split(" ", 1)[0]) in named


def _ends_aside(cand: _Cand) -> bool:
    """Whether a sighting's label is the last word of words in brackets ("Échéance
    15.04.2026 (30 jours net)"): it says what they are, it keys no amount (unlike "(net)"
    alone after "Total")."""
    hit = cand.label
    return hit is not None and hit.after.startswith(")") and not hit.in_brackets


_GENERIC_TAX_KEYS = frozenset({"vat", "tax", "tva", "ust", "iva", "mwst", "btw", "moms", "alv"})


#: Words of a tax number's label that name a tax on sales (a VAT, GST or SST registration:
#: "IČ DPH", "VSK-nr.", "No. Pendaftaran SST", "VRN"), and those that name the taxpayer's
#: number for every tax ("DIČ", "Kt.", "TIN", "NIPT", "VÖEN").
_SALES_TAX_WORDS = frozenset(
    {"vat", "mwst", "ust", "tva", "btw", "iva", "moms", "mva", "alv", "dph", "ddv"}
    | {"pdv", "pvm", "pvn", "kmkr", "vsk", "gst", "gstin", "hst", "sst", "vrn", "tvsh", "ppn"}
    | {"nds", "ндс", "ддс", "пдв", "φπα", "tps", "tvh", "trn", "kdv", "afa", "cgst", "sgst"}
)
#: Of those, the taxes' own names, which key a number only weakly (``_vat_after_tax_word``).
_TAX_NAMES = _GENERIC_TAX_KEYS | {"dph", "ddv", "pdv", "pvm", "pvn", "kdv", "gst", "hst", "mva"}
_TAXPAYER_WORDS = frozenset(
    {"tin", "dic", "kt", "kennitala", "nipt", "voen", "steuernummer", "npwp", "nif", "nit"}
    | {"ruc", "rut", "inn", "pib", "oib", "cuit", "rfc", "pin", "tax", "taxpayer", "mst"}
    | {"инн", "стир", "унп", "бин", "иин", "pan"}
)


def _of_tax_kind(cands: list[_Cand], name: str) -> list[_Cand]:
    """Of a party's tax numbers, where both kinds are printed, the kind a field's name asks
    for: "vendor_vat_id" the VAT registration ("IČ DPH: SK2024182732"), "vendor_tax_id"
    the taxpayer's number ("DIČ: 2024182732"). A name that says neither takes any."""
    words = set(name.lower().split("_"))
    if words & _SALES_TAX_WORDS:
        want = "sales"
    elif words & {"tax", "tin", "taxpayer"}:
        want = "taxpayer"
    else:
        return cands
    kinds = {id(c): _tax_label_kind(c.value.label or "") for c in cands}
    return [c for c in cands if kinds[id(c)] == want] or cands


def _tax_label_kind(label: str) -> str | None:
    """The kind of tax number a label names: ``"sales"`` a VAT (or GST, SST) number,
    ``"taxpayer"`` one for no tax in particular, ``None`` any other (a company's register)."""
    tokens = TOKEN.findall(fold_text(label))
    if len(tokens) == 1 and tokens[0] in _TAX_NAMES:
        return None  # the tax's bare name beside a number ("CHE-109.384.724 MWST"): no key
    words = {*tokens, _label_key(label)}  # "R.U.C." is "ruc", "I.V.A." "iva"
    if words & _SALES_TAX_WORDS:
        return "sales"
    return "taxpayer" if words & _TAXPAYER_WORDS else None


def _label_key(label: str) -> str:
    return "".join(TOKEN.findall(fold_text(label)))


#: A running total taken to the next page, and one brought from the last (folded text).
_CARRIED = re.compile(
    r"carried (?:forward|over)|\bc/f\b|a reporter|suma y sigue|zu ubertragen|da riportare"
)
_BROUGHT = re.compile(r"brought (?:forward|over)|\bb/f\b|^(?:report|riporto|ubertrag)\b")


#: Words that put a levy on what follows them ("on the", "sobre el"), and the articles after.
_CHARGED_ON = frozenset({"on", "sobre", "sur", "auf", "su", "sul", "sulla", "op", "over"})
_ARTICLES = frozenset({"the", "el", "la", "le", "les", "die", "den", "der", "il", "lo", "de"})


def _charged_on(hit: Hit) -> bool:
    """Whether a tax's name is what another levy is charged on: "ReteIVA 15% sobre el IVA",
    "Surcharge on VAT"."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    before = [t.folded for t in toks[max(0, hit.start - 2) : hit.start] if t.seg == seg]
    if before and before[-1] in _ARTICLES:
        before.pop()
    return bool(before) and before[-1] in _CHARGED_ON


#: What joins a firm's legal name to the name it trades under ("t/a", "trading as").
_TRADING_AS = frozenset({"t/a", "d/b/a", "dba"})


def _before_trading_name(toks: list[Tok]) -> list[Tok]:
    """A company's legal name without the name it trades under: "Fanal Trading Company
    Limited t/a Il-Fanal Marine Supplies" is the company. (A person trading as a business is
    known by the business's name, and is left whole.)"""
    for k, tok in enumerate(toks):
        if k and tok.folded in _TRADING_AS and COMPANY_SUFFIX.search(join(toks[:k])):
            return toks[:k]
    return toks


#: Words that open a note of another, unpaid or earlier bill ("Unpaid: Sales Invoice No.
#: 003961", "Reste dû sur facture N°", "Neplaćeno: faktura br.", "Eldri rokningur nr.").
_UNPAID_NOTE = _EARLIER_DOCUMENT | frozenset(
    {"unpaid", "reste", "rappel", "memoire", "impaye", "impayee", "anterieur", "anterieure"}
    | {"ouvert", "ouverte"}
    | {"offener", "neplaceno", "neachitat", "neachitata", "eldri", "ogoldin", "nezaplacena"}
    # open items: "Partite aperte: fattura n. 142/2026 del …", "Openstaande posten: factuur …"
    | {"open", "aperte", "aperta", "aperti", "openstaande", "openstaand", "pendiente", "aberta"}
)
#: What names a fiscal device's receipt, not the seller's invoice: Kenya's eTIMS control
#: unit ("CU Invoice No."), the Balkans' fiscal receipt ("Fiskalni račun br.").
_DEVICE_WORDS = frozenset({"cu", "fiskalni", "fiskalnog", "fiskalna"})


#: Words that make a tax's label a withholding's: "Retención de IVA", "Retenue de TVA".
_WITHHELD = frozenset(
    {"retencion", "retenue", "retencao", "ritenuta", "withholding", "retenido", "retenida"}
)


def _withheld(hit: Hit) -> bool:
    """Whether a word before a tax's label in its cell says it is withheld (the sentence's:
    "Retención de IVA a practicar …: 15% del IVA = Q199.08"), or the word right after it
    (a CFDI's "IVA Retenido 4% -$1,614.00")."""
    toks = hit.line.toks
    after = toks[hit.end + 1 : hit.end + 2]
    if after and after[0].seg == toks[hit.end].seg and after[0].folded.strip(".,:;") in _WITHHELD:
        return True
    return any(t.folded.strip("(.,:;") in _WITHHELD for t in _cell_before(hit))


def _cites_unpaid(hit: Hit, bill: bool = False) -> bool:
    """Whether a word earlier in the label's cell says the label cites another bill, unpaid
    or earlier: "Saldo anterior: factura electrónica … del …", "Pour mémoire : notre facture
    n° …"; with ``bill``, only after a title word that names that bill (a due date's label:
    "Outstanding balance due by" may be this bill's)."""
    before = _cell_before(hit)
    k = next((k for k, t in enumerate(before) if t.folded.strip("(.,:;") in _UNPAID_NOTE), None)
    if k is None:
        return False
    return not bill or any(TITLE_WORD.search(t.folded) for t in before[k + 1 :])


def _brought_forward(hit: Hit) -> bool:
    """Whether the words after a label in its cell say it was brought forward from the last
    bill or statement: "Balance brought forward", "Balance b/f"."""
    toks = hit.line.toks
    seg = toks[hit.end].seg
    after = [t.folded for t in toks[hit.end + 1 : hit.end + 3] if t.seg == seg]
    return _BROUGHT_AFTER.match(" ".join(after)) is not None


_BROUGHT_AFTER = re.compile(r"(?:brought (?:forward|over)|b/f)\b")
#: What a total of things other than money counts or weighs ("Total gross weight").
_MEASURES = UNIT_WORDS | frozenset(
    {"weight", "weights", "volume", "quantity", "qty", "pieces", "pcs", "cartons", "ctns"}
    | {"packages", "pkgs", "units", "items", "hrs", "kgs", "cbm", "pallets", "boxes", "gewicht"}
    | {"menge", "stuck", "poids", "quantite", "peso", "cantidad", "colis", "bultos"}
)
#: Words before a label that make its amount the one before tax ("Net annual premium").
_NET = frozenset({"net", "nett", "netto", "neto", "ht", "hors"})


def _net_before(hit: Hit) -> bool:
    return hit.start > 0 and hit.line.toks[hit.start - 1].folded.strip("(.,:") in _NET


def _kind(info: LabelInfo) -> str | None:
    """The kind of value a built-in concept's label announces (``None``: a field's own)."""
    concept = CONCEPTS.get(info.concept)
    return concept.kind if concept is not None else None


def _kinds(hit: Hit) -> set[str]:
    """The kinds the hit's built-in labels announce (a field's own labels aside)."""
    return {kind for info in hit.infos if (kind := _kind(info)) is not None}


def _under(found: list[Amount], hit: Hit) -> Amount | None:
    """Of the amounts of a row under a column heading, the one that stands under it ("5,79
    EUR" under "BTW" in "21% 27,58 EUR 5,79 EUR 33,37 EUR"); ``None`` when none does."""
    left, right = hit.x0 - 2, hit.x1 + 2
    return next((a for a in found if a[1][0].x0 < right and a[1][-1].x1 > left), None)


#: A tax rate opening a row of a tax summary: "23 %", "19%", "7,7 %".
_ROW_RATE = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%")


def _by_rate(rows: list[tuple[LineRec, list[Tok]]]) -> bool:
    """Whether a column's rows are a tax summary's, a row for each rate, opening with it
    ("23 % | 4 855,00 | 1 116,65"), with no total row under them."""
    return len(rows) >= 2 and all(
        _ROW_RATE.fullmatch(join(line.toks[:2])) or _ROW_RATE.fullmatch(line.toks[0].text)
        for line, _cell in rows
    )


def _total_of(
    rows: list[tuple[LineRec, list[Tok]]], hit: Hit, *, gross: bool = False
) -> list[Tok] | None:
    """The column's words in the last row under the first that is labelled as the total;
    for a ``gross`` total, not one that says it leaves the tax out ("Total hors TVA")."""
    return next(
        (
            toks
            for line, toks in reversed(rows[1:])
            if _total_row(line, hit.x0) and not (gross and _net_row(line))
        ),
        None,
    )


def _net_row(line: LineRec) -> bool:
    """Whether a total row says it leaves the tax out: "Total hors TVA", "Total excl. VAT"."""
    words = {w.strip("(.,:") for w in line.folded.split()}
    return not words.isdisjoint(_NET_MARKS)


#: A name of two words or more and a year: "Aarhus Løbeklub af 1978", "SV Blau-Weiß 1890
#: e.V." (not "Hauptstraße 1978", "Gate 12").
_NAMED_YEAR = re.compile(r"^(?:[^\W\d_][^\s\d]* ){2,}(?:1[89]|20)\d\d(?: [^\W\d_][^\s\d]*)?$")


def _named_year(cell: list[Tok]) -> bool:
    """Whether words are a name with a year in it (a club's founding year), not a street,
    a department or a gate with its number."""
    return _NAMED_YEAR.match(join(cell)) is not None


def _total_row(line: LineRec, column: float) -> bool:
    """Whether a table row is labelled as its total, in a cell left of ``column``: the cell's
    words before a number, which may say what the total is of ("Claim totals", "Invoice
    total"), or follow the counts of earlier columns ("4 PLT 36 | GRAND TOTAL | 2,415")."""
    if not _TOTAL_ROW.search(line.folded):
        return False  # a cell's words are some of the line's: no total word in either
    for seg in dict.fromkeys(t.seg for t in line.toks if t.x1 < column):
        cell = [t for t in line.segment(seg) if t.x1 < column]
        words = list(itertools.takewhile(lambda t: not DIGIT.search(t.text), cell))
        if 0 < len(words) <= 3 and _TOTAL_ROW.search(fold_text(join(words))):
            return True
    return False


def _heading_row(line: LineRec) -> bool:
    """Whether a line is a row of column headings: four cells or more, each a word or two
    without digits ("DATE  FLIGHT  FROM  TO  DEP  ARR")."""
    cells = [line.segment(seg) for seg in sorted({t.seg for t in line.toks})]
    # A bilingual row counts its headings once: "SUPPLIER | المورد | RECIPIENT | المستلم"
    # is two, each beside its Arabic twin.
    latin = [cell for cell in cells if has_latin(join(cell))]
    others = [join(cell) for cell in cells if cell not in latin]
    if latin and others and all(has_rtl(text) for text in others):
        cells = latin
    return len(cells) >= 4 and all(
        len(cell) <= 2 and not any(map(str.isdigit, join(cell))) for cell in cells
    )


def _item_rate(hit: Hit) -> bool:
    """Whether a tax label names an item's rate: words before it in its cell ("Beherbergung,
    USt. 10 %", "Einzelzimmer (USt. 10 %)"), and a percentage next after it."""
    toks = hit.line.toks
    if hit.start == 0 or toks[hit.start - 1].seg != toks[hit.start].seg:
        return False
    if not any(map(str.isalpha, toks[hit.start - 1].text)):
        return False
    after = toks[hit.end + 1 : hit.end + 3]
    return any("%" in t.text for t in after) and all(t.seg == toks[hit.end].seg for t in after)


def _sentence_next_line(lines: list[LineRec], k: int, seg: int) -> list[Tok]:
    """The words that go on with segment ``seg`` of line ``k`` on a later line: those starting
    at its left edge, a line's height or so under it, within two lines (a box beside an
    address block interleaves the address's lines with the box's)."""
    line = lines[k]
    left = next(t.x0 for t in line.toks if t.seg == seg)
    for nxt in lines[k + 1 : k + 3]:
        if nxt.page != line.page or nxt.top - line.bottom > 1.5 * max(line.height, 4.0):
            break
        start = next((n for n, t in enumerate(nxt.toks) if abs(t.x0 - left) < 3), None)
        if start is not None:
            seg_at = nxt.toks[start].seg
            return [t for t in nxt.toks[start:] if t.seg == seg_at]
    return []


def _after_a_word(hit: Hit) -> bool:
    """Whether a word stands before the label in its cell: the label is part of a phrase."""
    if hit.start == 0:
        return False
    before = hit.line.toks[hit.start - 1]
    return before.seg == hit.line.toks[hit.start].seg and before.text.isalpha()


def _sentence_goes_on(hit: Hit, value: list[Tok]) -> bool:
    """Whether two words or more follow the value in the label's cell: a sentence's, not a
    value's closing note ("Due on 9 April 2025 (21 days)")."""
    if not value:
        return False
    toks, seg = hit.line.toks, hit.line.toks[hit.start].seg
    last = position(toks, value[-1])
    if last < 0:
        return False
    after = [t for t in toks[last + 1 :] if t.seg == seg]
    # an abbreviation counts as the word it is: "€ 184.500,00 zzgl. Nebenkosten"
    return sum(t.text.rstrip(".").isalpha() for t in after[:3]) >= 2


def _deep_in_sentence(right: list[Tok], value: list[Tok], at_least: int = 3) -> bool:
    """Whether three words (``at_least``) or more stand between a label and the value read
    after it, not counting a gloss in brackets ("Customs duty @ 6.0% (UK Global Tariff; …)
    £2,016.00")."""
    if not value:
        return False
    words, depth = 0, 0
    for tok in right:
        if tok is value[0]:
            break
        depth += tok.text.count("(")
        words += depth <= 0 and sum(map(str.isalpha, tok.text)) >= 2
        depth -= tok.text.count(")")
    return words >= at_least


def _another_cells_figure(hit: Hit, right: list[Tok], value: list[Tok]) -> bool:
    """Whether an amount read after a label, on a line beside the label's (a label whose
    cell wraps, ``beside_wrapped``), stands in a cell that opens with words of its own,
    beside a sentence the label opens: "Retention is held at 5% of the value of work" over
    "until practical completion.", with "Approved variations 126,400.00" level with their
    middle on the right, tells of the variations' sum. (On the label's own line, a row's
    cells between the label and its figure are the row's: a period, a rate, a currency.)"""
    if not value or value[0] not in right or any(t is value[0] for t in hit.line.toks):
        return False
    # The label's cell: its segment of the label's line (the words of a wrapped line beside
    # it come from other lines, each with segments of its own: positions tell them apart).
    own = hit.line.toks[hit.end].seg
    edge = max(t.x1 for t in hit.line.toks if t.seg == own)
    mine = [t for t in right if t.x1 <= edge + 1]
    theirs = [t for t in right[: right.index(value[0])] if t.x0 > edge + 5]
    return any(_WORD.fullmatch(t.text) for t in mine) and any(
        len(t.text) >= 3 and _WORD.fullmatch(t.text) and parse_currency(t.text) is None
        for t in theirs
    )


def _words_between(right: list[Tok], value: list[Tok]) -> bool:
    """Whether a word follows a label before the value read after it ("Amount Paid $0.00");
    a currency code, a parenthesised note ("Total (CAD) $12"), a number first (a quantity
    total, "Total 1,550.00 mtr ₹ 1,22,115.00") or "total" ("Consumo total") does not count."""
    for tok in right:
        if not value or tok is value[0]:
            return False
        text = tok.text.strip(":;,.()[]")
        if not text or tok.folded.strip(":;,.") in _ALL_OF_IT:
            continue  # "Consumo total 312 kWh": the label's own word
        return (
            sum(map(str.isalpha, text)) >= 2
            and parse_currency(text) is None
            and not tok.text.startswith("(")
        )
    return False


@dataclass
class _Cand:
    """A possible value for a field, with what is needed to rank it."""

    value: FieldValue
    weight: float
    rel: float
    line: LineRec
    x0: float
    currency: str | None = None
    #: The date an amount is stated at, printed between its label and it ("Fund value at 31
    #: December 2024 €84,312.57").
    as_of: dt.date | None = None
    #: The label it was read by.
    label: Hit | None = None

    @property
    def page(self) -> int:
        return self.line.page

    @property
    def top(self) -> float:
        return self.line.top


def _header_rank(cand: _Cand) -> tuple[float, ...]:
    """A header field's ranking: the strongest label, beside before below, then the first
    sighting in reading order."""
    return (cand.weight, cand.rel, -cand.page, -cand.top, -cand.x0)


def _last_rank(cand: _Cand) -> tuple[float, ...]:
    """A total's ranking: the strongest label, beside before below, one marked with its
    currency, then the last sighting in reading order."""
    return (cand.weight, cand.rel, cand.currency is not None, cand.page, cand.top)


def _first_seen(cand: _Cand) -> tuple[float, ...]:
    """A party's ranking: the strongest label, then the first sighting in reading order,
    beside its label or under it as the layout has it."""
    return (cand.weight, -cand.page, -cand.top, cand.rel, -cand.x0)


class RulesExtractor(Extractor):
    """Finds field values by their labels and their place on the page, with no model.

    Every page is searched. A value is the nearest run of words right of its label, or
    under it in the same column; its shape must fit the field's kind (a date field needs a
    date, an ``id`` field a token with digits). Totals prefer the last and strongest label
    ("Grand total" over "Total", never "Subtotal"); header fields (number, date, vendor)
    prefer the first page. A field's ``pattern`` is tried first; its ``labels`` replace the
    built-in ones; names without built-in knowledge are turned into labels
    (``contract_no`` → "Contract No", "Contract #"). When no label answers, a few fields
    have a last resort: the issuer from the letterhead or a company name, the invoice date
    as the first date, the total as the largest amount, the currency as the total's.

    Each value comes as a :class:`FieldValue` whose ``rule`` says how it was found:
    ``pattern``, ``label-right``, ``label-below``, ``column-sum``, ``company-suffix``,
    ``header-largest``, ``first-date``, ``largest-amount``, ``currency-symbol``,
    ``currency-line``, ``currency-frequent`` or ``regex-scan``.

    Parameters
    ----------
    dayfirst
        How to read ambiguous numeric dates such as ``03/04/2024`` when the field does not
        say: ``True`` day first, ``False`` month first, ``None`` guess from the document.

    Examples
    --------
    >>> from pdfkit_nb.document import Document, Page, Word
    >>> words = [Word("Total:", 10, 10, 40, 20), Word("$12.50", 45, 10, 80, 20)]
    >>> doc = Document([Page(1, 200, 100, "Total: $12.50", words)])
    >>> RulesExtractor().extract(doc, {"total": Field(kind="amount", name="total")})["total"].value
    12.5
    """

    in_worker = True
    name = "rules"

    def __init__(self, *, dayfirst: bool | None = None) -> None:
        self.dayfirst = dayfirst

    def fingerprint(self) -> str:
        return f"rules:{RULES_VERSION}:dayfirst={self.dayfirst}"

    def __repr__(self) -> str:
        return f"RulesExtractor(dayfirst={self.dayfirst!r})"

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, FieldValue | None]:
        run = _Run(doc, fields, self.dayfirst)
        mirrored = any(p.mirrored is not None for p in run.index.pages)
        out: dict[str, FieldValue | None] = {}
        for name, spec in fields.items():
            value = run.field(name, spec)
            if value is None:
                out[name] = None
                continue
            if isinstance(value.value, float) and value.value < 0 and _DEDUCTION_NAME.search(name):
                # A deposit, a discount or tax withheld is printed as what it takes off the
                # total ("Less deposit paid -1,000.00"); the field is named for the amount.
                value = replace(value, value=-value.value)
            if isinstance(value.value, float) and value.value < 0 and _restated(doc, value):
                # "일금 일백사십만사천오십원정 (₩1,404,050)", "金壱拾万円也 (¥100,000)": the sum in
                # words, then in figures in brackets, which are no minus sign there.
                value = replace(value, value=-value.value)
            if isinstance(value.value, str) and _AIRLINE_NAME.fullmatch(value.value):
                # "HARTLEY/DANIEL MR": an airline's passenger, the title run on after the name
                title = _AIRLINE_TITLE.search(value.value)
                if title is not None:
                    value = replace(value, value=value.value[: title.start()])
            if isinstance(value.value, str) and _VESSEL_FIELD.search(name.lower()):
                # The ship, not its voyage: "WESTERN JADE 0214S" under "VESSEL / VOYAGE".
                vessel = _VOYAGE_AFTER.sub("", value.value).strip()
                if vessel and any(c.isalpha() for c in vessel):
                    value = replace(value, value=vessel)
            if _in_page_order(value, run.index):
                # A page in Latin letters keeps its words in page order: a Hebrew or Arabic
                # name on it ("Customer … ش.م.م عمان نوردهافن شركة") is read right to left.
                value = replace(value, value=logical_line(str(value.value)))
            if mirrored and value.bbox is not None and value.page is not None:
                # A box found on a page read right to left is the mirrored layout's.
                value = replace(value, bbox=run.index.page_bbox(value.page, value.bbox))
            out[name] = value
        return out


def _in_page_order(value: FieldValue, index: DocIndex) -> bool:
    """Whether a text value holds Hebrew or Arabic words read off a page that was not
    mirrored (see ``_layout``), where they stand in page order, left to right."""
    if not isinstance(value.value, str) or value.page is None or not has_rtl(value.value):
        return False
    return index.pages[value.page - 1].mirrored is None


#: How a sum written in words ends in Korean, Japanese and Chinese: "…원정", "…円也", "…元整".
_SUM_IN_WORDS_END = re.compile(r"(?:원정|円也|元整|圆整|圓整)\s*$")


def _restated(doc: Document, value: FieldValue) -> bool:
    """Whether an amount in brackets restates, in figures, the sum written in words just
    before it (the brackets are no minus sign there)."""
    raw = value.raw or ""
    if not (raw.startswith("(") and raw.endswith(")")) or value.page is None:
        return False
    text = doc.pages[value.page - 1].text
    at = text.find(raw)
    return at > 0 and _SUM_IN_WORDS_END.search(text, max(0, at - 12), at) is not None


#: The title an airline runs on after a passenger's name, SURNAME/GIVEN NAMES ("HARTLEY/
#: DANIEL MR", "NGUYEN/THI LAN MRS"): no part of the name.
_AIRLINE_TITLE = re.compile(r"(?<=[A-Z]) (?:MR|MRS|MS|MISS|MSTR|DR)\.?$")
_AIRLINE_NAME = re.compile(r"[A-Z][A-Z'\-]*/[A-Z][A-Z' .\-]*")
#: A ship's name field, and what a document prints after the name: its voyage ("WESTERN
#: JADE 0214S", "HANSE MERIDIAN / 604W", "… V.118") or its IMO number in brackets.
_VESSEL_FIELD = re.compile(r"(?:^|_)(?:vessel|ship|feeder_vessel|mother_vessel)(?:_name)?$")
_VOYAGE_AFTER = re.compile(
    r"(?:\s*\((?:IMO|MMSI)[^)]*\))?(?:\s*/\s*\S+|\s+(?:V(?:OY)?\.?\s?)?\d{2,4}[A-Z]?)?"
    r"(?:\s*\((?:IMO|MMSI)[^)]*\))?$"
)


def _fits(hit: Hit, info: LabelInfo) -> bool:
    """Whether the label stands where ``info`` lets it count (opening its line or cell, or
    closed by a colon, when it asks for that)."""
    return not ((info.anchored and not hit.anchored) or (info.closed and not hit.closed))


def _code_follows(hit: Hit, info: LabelInfo) -> bool:
    """Whether a label of an identifier that counts only as a key opens its line followed by
    one, which ends its cell or a bulleted item: "Order GB-7QX4-2291 · delivered to …"."""
    concept = CONCEPTS.get(info.concept)
    if not info.closed or concept is None or concept.kind != "id" or not hit.ends_word:
        return False
    if hit.start or (info.anchored and not hit.anchored):
        return False  # opening its line only: "… Sundsvall · Org.nr 556712-4083 · Momsreg.nr"
    toks, k = hit.line.toks, hit.end + 1
    code = toks[k].text if k < len(toks) and toks[k].seg == toks[hit.end].seg else ""
    if len(code) < 6 or not CODE.fullmatch(code):
        return False  # an identifier of six characters or more: "GB-7QX4-2291"
    return k + 1 >= len(toks) or toks[k + 1].seg != toks[k].seg or toks[k + 1].text in _BULLETS


class _Run:
    """One document under extraction: the index, the labels found, and document-level guesses."""

    def __init__(self, doc: Document, fields: Mapping[str, Field], dayfirst: bool | None):
        self.doc = doc
        self.text = doc.text
        self.index = DocIndex(doc)
        self.dayfirst_option = dayfirst
        #: The user's date fields other than the document's own date ("check_in").
        self.other_dates = tuple(
            f"field:{name}"
            for name, spec in fields.items()
            if spec.resolved_kind == "date" and concept_for_field(name) != "invoice_date"
        )
        hits = self.index.find(label_book())
        # An amount in a named currency ("total_usd") is read under its base's labels too.
        bases = {
            split[0]: spec.resolved_kind
            for name, spec in fields.items()
            if not spec.labels
            and (split := in_named_currency(name, spec.resolved_kind)) is not None
            and split[0] not in fields
            and concept_for_field(split[0]) is None
        }
        # ... and not under its whole name: "Total USD" is the total's label with the currency
        # it is in, and would hide the total from a "total" asked for beside it.
        own = _own_book(
            tuple(
                (name, spec.labels, spec.resolved_kind)
                for name, spec in fields.items()
                if spec.labels or in_named_currency(name, spec.resolved_kind) is None
            )
            + tuple((base, (), kind) for base, kind in bases.items())
        )
        if own is not None:
            kinds = {f"field:{name}": spec.resolved_kind for name, spec in fields.items()}
            kinds |= {f"field:{base}": kind for base, kind in bases.items()}

            def same_kind(a: LabelInfo, b: LabelInfo) -> bool:
                return kinds.get(a.concept, _kind(a)) == kinds.get(b.concept, _kind(b))

            found = self.index.find(own, heads=same_kind)
            # (a key only, where it is none, is no sighting: the "Hotel" of a hotel's name)
            found = [m for h in found if h.counts_here and (m := _movement_checked(h)) is not None]
            # A bare "No." keys no field named for another kind of document than this one,
            # nor stands between a label and its gloss ("Sąskaitos Nr. (IBAN)"), nor inside
            # a longer label ("Proforma Invoice No. & Date").
            found = [h for h in map(self._of_this_kind, found) if h is not None]
            found = [h for h in found if not _document_key_inside(h, hits)]
            hits = self.index.merge(hits, _demoted_inside(hits, found, own))
        glossed = _translated(_vat_glossed(hits))
        if glossed is not hits:
            hits = self.index.merge(glossed, [])
        texts = {f"field:{n}" for n, spec in fields.items() if spec.resolved_kind == "text"}
        roles = {k + 1 for k in range(len(hits) - 1) if _role_gloss(hits[k], hits[k + 1], texts)}
        if roles:
            # "EXPORTER (BENEFICIARY)": the exporter's role, not a label with a column apart.
            hits = self.index.merge([h for k, h in enumerate(hits) if k not in roles], [])
        hits, dates_of_others = _paired(hits)
        self.by_concept: dict[str, list[tuple[Hit, LabelInfo]]] = {}
        #: The label sightings that count where they stand: "of" is a date's label only after
        #: a title ("Invoice of 3 May"), not in "Friends of Nature Ltd".
        self.hits: list[Hit] = []
        for k, hit in enumerate(hits):
            counted = False
            gloss = _gloss_of(hit, hits[k + 1] if k + 1 < len(hits) else None)
            for info in hit.infos:
                if gloss and info.concept not in gloss and not _party_role(info, gloss):
                    continue  # "Sąskaitos Nr. (IBAN)": the account's number, not the invoice's
                if info.concept == "invoice_date" and (
                    id(hit) in dates_of_others or (k and self._dates_a_number(hits[k - 1], hit))
                ):
                    continue  # "Buyer's Order No. & Date": the order's date
                if info.concept == "total" and self._before_tax(hit):
                    # "Honorar i alt ekskl. moms": the total before tax is the subtotal
                    info = replace(info, concept="subtotal")
                if self._allowed(hit, info):
                    self.by_concept.setdefault(info.concept, []).append((hit, info))
                    counted = True
            if counted:
                self.hits.append(hit)
        # Where a value read beside a label ends: at the next label that counts there ("From
        # 12 April 2025" goes on past a "From" that is no party label here).
        # A unit after its quantity ("4,872 miles", a unit-named field's label) closes the
        # number before it and stops nothing: "Excess mileage charge 4,872 miles at 6.25p
        # per mile ... 304.50" reads on to the charge.
        self.stops = {
            (h.line.index, h.start): h.anchored
            for h in self.hits
            if not _counted_unit(h) and not _heading_in_words(h)
        }
        self._dayfirst: bool | None = None
        self._dayfirst_done = False
        self._customers: set[str] | None = None
        self._credit_note: bool | None = None
        self._currency_seen: Counter[str] | None = None
        self._memo: dict[tuple[Any, ...], _Cand | None] = {}
        self.decimal = self._guess_decimal()
        #: Whether money is grouped by a space before a decimal point, as a sign beside it
        #: shows ("R 97 750.00"): then "97 750.00" is one amount without its sign too.
        self.spaced = self.decimal == "." and (_spaced_money(self.text) or self._rand_spaced())

    # ------------------------------------------------------------------ document guesses

    def _rand_spaced(self) -> bool:
        """Whether a South African document groups its money by spaces without a sign: two
        amounts or more so grouped ("Total charges (incl. VAT) 12 739.50"), none by commas.
        South Africa groups by spaces (SI style); a sign beside ("R 97 750.00") settles it
        anywhere, see ``_spaced_money``."""
        # Commas first: most documents group by them, and the test stops at the first.
        if _COMMA_GROUPED.search(self.text) is not None:
            return False
        spaced = itertools.islice(_SPACE_GROUPED.finditer(self.text), 2)
        return len(list(spaced)) == 2 and _SOUTH_AFRICA.search(self.folded_text) is not None

    def _allowed(self, hit: Hit, info: LabelInfo) -> bool:
        if not _fits(hit, info) and not _code_follows(hit, info):
            return False
        if hit.line.toks[hit.end].text.endswith(";"):
            return False  # prose: "VAT; livestock sales are zero-rated ... within 7 days"
        if hit.key == "ref" and info.concept == "field:payment_reference":
            return self._under_biller_code(hit)  # BPAY's "Biller Code: 284917" / "Ref: …"
        if hit.key in ("ein", "fein") and not _EIN.fullmatch(_next_text(hit)):
            return False  # German "ein" (a, one), only before an EIN's shape "31-1748206"
        if hit.key == "att" and not hit.line.toks[hit.end].text.endswith((".", ":", "：")):
            return False  # the Nordic "Att.:" abbreviates attention; "Att betala" is "to pay"
        if info.concept in ("invoice_number", "invoice_date", "due_date") and _cites_unpaid(
            hit, bill=info.concept == "due_date"
        ):
            # "Sold neachitat: factura fiscală seria EAA nr. 5417906 din …", "Reste dû :
            # facture N° … du 12/02/2026, …, échéance le 16/03/2026": another bill's
            return False
        if info.concept == "tax" and _stamp_duty(hit):
            return False  # "Imposta di bollo 2,00", "Droit de timbre": a stamp duty, no VAT
        if info.concept in _AMOUNT_CONCEPTS and _share_of(hit):
            return False  # "2 % Skonto vom Nettobetrag (397,86 €)": the discount's amount
        if info.concept in _AMOUNT_CONCEPTS and self._qualifier(hit):
            return False  # "Ursprünglicher Rechnungsbetrag Nr. 25-10488 (brutto) 1.248,52 €"
        if info.document:
            # A document's own number on a page titled as one ("P/L No.", "N°" under "BON DE
            # LIVRAISON"), for a field named for it: never on another kind of document.
            kinds = self._kinds_of(info)
            if not kinds:
                return False
            if info.title:
                return self._after_kind_title(hit, kinds)
        elif info.title:
            return self._after_title(hit) or self._over_its_date(hit, info)
        if (
            info.concept == "customer"
            and hit.key in _PAYEE_KEYS
            and in_payment_slip(self.index, hit)
        ):
            return False  # "Indbetaling / Modtager: Vestkyst …": the payee is the issuer
        if info.concept == "vendor" and hit.key in _PAYER_KEYS and in_payment_slip(self.index, hit):
            return False  # "REMITTANCE ADVICE / From: Riverside Medical …": the payer
        if _employers_share(hit, info):
            return False  # "Less: employer's National Insurance 157.94", "Pensioenpremie werkgever"
        toks = hit.line.toks
        if (
            info.concept == "po_number"
            and hit.end + 1 < len(toks)
            and toks[hit.end + 1].folded in _BOX
        ):
            return False  # "PO Box 88213": an address
        if info.concept in ("vendor", "customer") and _names_no_party(hit):
            return False  # "MERCHANT STATEMENT", the wordmark "KEYSTONE·MERCHANT"
        if (
            info.concept == "customer"
            and hit.key == "messrs"
            and hit.start
            and COMPANY_SUFFIX.search(join(toks[: hit.start]))
        ):
            # "Tokai Instruments Manufacturing Co., Ltd. Messrs.": 御中 in English, after the
            # name it addresses (the addressee's block gives it), not before the next one.
            return False
        if (
            info.concept in _AMOUNT_CONCEPTS
            and hit.end + 1 < len(toks)
            and toks[hit.end + 1].folded.strip(".,:()") in _MEASURES
            and hit.ends_word
            and currency_for_marker(toks[hit.end + 1].text.strip(".,:()")) is None
        ):
            return False  # "Total gross weight: 6,481.30 kg", "Total hours 46.2": no money
        if info.concept in ("total", "amount_due") and hit.ends_word and self._before_tax(hit):
            # "Total amount excl. VAT", "Totaal goederen excl. btw": the amount before tax
            return False
        if len(hit.key) <= 3 and not hit.colon and hit.text.islower() and _kind(info) == "id":
            return False  # "Grease LGMT 2, 1kg tin": a word, not the acronym TIN, PO or UID
        if hit.key == "dated" and hit.start and _names_a_thing(toks[hit.start - 1], hit):
            # "LUT ARN AD330924017772K dated 02/04/2024", "BHT-PO-55120 dated 18/02/2025",
            # "Engagement letter dated December 9, 2024": the date of the number or the
            # document before it, which is this document's only after its title.
            return self._after_title(hit)
        if hit.start and toks[hit.start - 1].folded.strip("(.,") in _EXCLUDING:
            # What an amount leaves out: "Annual premium (excluding Insurance Premium Tax)"
            return False
        if (
            _kind(info) in ("amount", None)  # a money concept's, or a field's own label
            and hit.ends_word
            and hit.end + 1 < len(toks)
            and toks[hit.end + 1].seg == toks[hit.end].seg
            and toks[hit.end + 1].folded.strip(".,:()") in _BASE_WORDS
        ):
            return False  # "Gelir vergisi matrahı 43.520,00": what the tax is charged on
        if (
            info.concept in ("invoice_number", "invoice_date")
            and hit.start
            and toks[hit.start - 1].seg == toks[hit.start].seg
            and toks[hit.start - 1].folded.strip("(.,") in _DEVICE_WORDS
        ):
            # "CU Invoice No.", "Fiskalni račun br.": the number a fiscal device gave the
            # receipt (an earlier invoice's, "Votre précédente facture n°", is _cites_unpaid's)
            return False
        if (
            info.concept == "tax"
            and hit.start
            and toks[hit.start - 1].folded.strip("(") in _NO_TAX
            and toks[hit.start - 1].seg == toks[hit.start].seg
        ):
            return False  # "Court fee (no VAT) 313.00": a line that bears none
        if info.concept == "tax" and _withheld(hit):
            return False  # "Retención de IVA … 15% del IVA = Q199.08": what the buyer keeps
        if info.concept == "tax" and _charged_on(hit):
            return False  # "ReteIVA 15% sobre el IVA $ 761.206,50": what a levy is charged on
        return not (info.concept == "tax" and self._qualifies_another(hit))

    def _under_biller_code(self, hit: Hit) -> bool:
        """Whether a label opens one of the two lines under a BPAY box's "Biller Code:"."""
        lines = self.index.lines
        above = lines[max(0, hit.line.index - 2) : hit.line.index]
        return hit.anchored and any(
            line.page == hit.line.page and "biller code" in line.folded for line in above
        )

    @staticmethod
    def _before_tax(hit: Hit) -> bool:
        """Whether a total's label says, next in its cell, that it leaves tax out: "Total
        excl. VAT", or after a word of what it totals, "Totaal goederen excl. btw"."""
        toks, seg = hit.line.toks, hit.line.toks[hit.end].seg
        for k in (hit.end + 1, hit.end + 2):
            if k >= len(toks) or toks[k].seg != seg:
                return False
            if toks[k].folded.strip("(.,:") in _EXCLUDING:
                return True
            if not toks[k].text.isalpha():
                return False  # an amount or a mark ends the label's words
        return False

    def _firm_above(self, hit: Hit) -> list[Tok] | None:
        """The customer's name on the line above an "Attn:" line, in its column: "SCI Les
        Tilleuls" over "À l'attention de M. Paul Garnier", past a department or gate line
        with a number ("Wareneingang Tor 3"); ``None`` when that cell is no name (a heading,
        a label of its own, a sentence)."""
        line, x0 = hit.line, hit.x0
        nearest = line  # the lowest line looked at so far: the next must follow it closely
        above, cell = None, None
        numbered: tuple[LineRec, list[Tok]] | None = None  # the first cell with a number
        # The nearest line above with a word in the column: another column's lines may
        # come between ("18, rue Pierre-Corneille" of the letterhead beside the address).
        for k in range(line.index - 1, max(line.index - 4, -1), -1):
            other = self.index.lines[k]
            gap = nearest.top - other.bottom
            if other.page != line.page or gap > 1.5 * max(nearest.height, 1.0):
                break
            cell = next(
                (other.segment(t.seg) for t in other.toks if abs(t.x0 - x0) <= _SAME_COLUMN),
                None,
            )
            if cell and DIGIT.search(join(cell)):
                nearest = other  # a department or gate under the firm
                numbered = numbered or (other, cell)
                cell = None
                continue
            if cell:
                above = other
                break
        if (above is None or not cell) and numbered is not None and _named_year(numbered[1]):
            # No firm over the department: the line with a number is the name, a club's
            # founding year in it ("Aarhus Løbeklub af 1978" over "Att.: Kasserer …")
            above, cell = numbered
        if above is None or not cell:
            return None
        if any(
            _fits(h, i) and not i.title
            for t in cell
            for h in self.index.hits_at(above, t)
            for i in h.infos
        ):
            # A label of its own; another column's ("vom: 06.03.2025") may stand by. Not a
            # word that is a label only where it opens a cell: total_kg's "kg" in "Lindner &
            # Söhne KG"; nor one only after a document's title: the "of" in "V.O.F.".
            return None
        if sum(t.text[:1].isupper() for t in cell) < max(1, len(cell) // 2):
            return None  # words of a sentence, not a name
        if "," in join(cell) and not COMPANY_SUFFIX.search(join(cell)) and above.index:
            # "Kowloon, Hong Kong" under "418 Kwun Tong Road, Kwun Tong": an address's last
            # line, the "Attn:" inside the block of a name above it
            prior = self.index.lines[above.index - 1]
            close = prior.page == above.page and above.top - prior.bottom <= above.height
            starts = (prior.segment(t.seg) for t in prior.toks if abs(t.x0 - x0) <= _SAME_COLUMN)
            if close and any(DIGIT.search(join(street)) for street in starts):
                return None
        return cell

    def _qualifies_another(self, hit: Hit) -> bool:
        """Whether a tax word only says what another amount's label includes: "Total (AUD,
        inc GST)", "Subtotal (ex GST)", "Bedrag excl. BTW"; not "inkl. MwSt. 19 % 3,19" on a
        line of its own."""
        toks = hit.line.toks
        word = toks[hit.start - 1].folded.strip("(.,") if hit.start else ""
        if word not in _QUALIFIERS:
            return False
        before = toks[hit.start - 2] if hit.start >= 2 else None
        if before is not None and before.seg == toks[hit.start].seg and before.text.isalpha():
            return True  # "Charges including VAT £41.40": the charges, with their tax
        if before is not None and DECIMALS.search(before.text):
            return True  # "R 65 355.60 incl. VAT (VAT R 8 524.64)": an amount, with its tax
        return any(
            other.start < hit.start and any(i.concept in _AMOUNT_CONCEPTS for i in other.infos)
            for other in self.index.hits_by_line.get(hit.line.index, ())
        )

    def _qualifier(self, hit: Hit) -> bool:
        """Whether a label stands alone in brackets after a strong label of its cell, and so
        qualifies that one: the "(brutto)" of "Berichtigter Rechnungsbetrag (brutto)" (not of
        a bare "Summe Leistungen (netto)", where it says what the sum is)."""
        if not hit.in_brackets or hit.start == 0:
            return False
        toks = hit.line.toks
        seg = toks[hit.start].seg
        return any(
            other.end < hit.start
            and toks[other.start].seg == seg
            and any(i.weight >= STRONG for i in other.infos)
            for other in self.index.hits_by_line.get(hit.line.index, ())
        )

    def _after_title(self, hit: Hit) -> bool:
        """Whether a title word ("Rechnung", "Invoice") precedes the label on its line with no
        other kind of label between: "Rechnung Nr. 42 vom 1.2.2024", not "Bestellung vom";
        or the label opens the line right under a title line ("Faktura – daňový doklad" over
        "č. 2025-0142")."""
        toks = hit.line.toks
        title = next(
            (k for k in range(hit.start - 1, -1, -1) if TITLE_WORD.search(toks[k].folded)), None
        )
        if title is None and hit.start > 1:
            # A title letter-spaced into words of one letter ("領 収 書 No. 000583")
            before = " ".join([t.folded for t in toks[: hit.start]])
            spread = next(TITLE_WORD.finditer(before), None)
            if spread is not None:
                title = before[: spread.end()].count(" ")
        if title is None:
            # Opening its line, or its cell: "N.º FR 2024/37" under "FATURA-RECIBO" at the
            # right of the letterhead; or after the date in another language and a slash
            # ("2026-жылдын 16-марты / от 16 марта 2026 г." under "ЭСЕП-ФАКТУРА / СЧЕТ-ФАКТУРА").
            opens = hit.anchored or _after_its_translation(hit)
            return opens and (self._under_title(hit) or self._over_title(hit))
        before = toks[title - 1].folded.strip(",.:;") if title else ""
        after = toks[title + 1].folded.strip(",.:;") if title + 1 < hit.start else ""
        if before in _OTHER_DOCUMENT or after in _OTHER_DOCUMENT:
            return False  # "Offene Rechnung RE-23-04412 vom …": another document's date
        numbered = any(
            DIGIT.search(t.text) and not t.text.startswith("(") for t in toks[title + 1 : hit.start]
        )
        if numbered and any(i.concept == "invoice_number" for i in hit.infos):
            # The title has its number already: "Factura F-2025/0031 · Certificación nº 5"
            # (its date may follow it: "Rechnung Nr. 42 vom …"; a type code in brackets is
            # no number: "Handelsrechnung (380) Nr. 471102")
            return False
        for other in self.index.hits_by_line.get(hit.line.index, ()):
            if title < other.start < hit.start and not all(
                i.title or i.concept == "invoice_number" for i in other.infos
            ):
                return False
        return True

    @functools.cached_property
    def kinds(self) -> frozenset[str]:
        """The kinds of document other than an invoice that page one's title says this is
        (see ``_doctypes``): the topmost title in the page's top third, alone in its cell
        ("PACKING LIST", "LISTA DE EMPAQUE / PACKING LIST", "FATURA PROFORMA") or with its
        number ("PURCHASE ORDER No. 4500012345"), standing out (in capitals, in bold or
        larger) on a line of its own or beside the letterhead, not a column's heading in
        small print ("Order" in a row of eight, "Orden de compra" at 6.6 pt); none where an
        invoice's title stands above it ("TAX INVOICE" over a box headed "Delivery note")."""
        page = self.index.pages[0] if self.index.pages else None
        if page is None:
            return frozenset()
        sizes = sorted(t.size for line in page.lines for t in line.toks)
        body = sizes[len(sizes) // 2] if sizes else 0.0
        titles: list[tuple[float, str]] = []
        for line in page.lines:
            if line.top >= page.height / 3:
                continue
            cells = line.cells()
            for cell in cells:
                text = " ".join(t.folded for t in cell).strip(" .:()")
                if _invoice_title(text):
                    titles.append((line.top, "invoice"))
                size = max(t.size for t in cell)
                large = size > 1.15 * body
                if size < 0.95 * body or not (large or len(cells) <= 3):
                    continue
                if not (large or any(t.text.isupper() or t.bold for t in cell)):
                    continue
                for kind in KINDS:
                    m = kind.title.match(text)
                    if m is None:
                        continue
                    rest = text[m.end() :].split()
                    if not rest or rest[0].strip(".:") in _TITLE_NUMBER_KEYS:
                        titles.append((line.top, kind.name))
        if not titles:
            return frozenset()
        first = min(top for top, _ in titles)
        found = {name for top, name in titles if top - first <= 1.0}
        if "invoice" in found:
            # An invoice of a kind ("FATURA PROFORMA", "SELF-BILLING INVOICE") is one still;
            # an invoice is no other.
            return frozenset(n for n in found if n in ("proforma", "self_billing"))
        return frozenset(found)

    def _of_this_kind(self, hit: Hit) -> Hit | None:
        """``hit`` without its meanings that count on another kind of document than this
        only (see ``_document_labels``); ``None`` when it has no other."""
        if not any(i.document for i in hit.infos):
            return hit
        infos = tuple(i for i in hit.infos if not i.document or self._kinds_of(i))
        return replace(hit, infos=infos) if infos else None

    @property
    def buyer_issued(self) -> bool:
        """Whether the buyer issued this document to the seller (a purchase order, a goods
        received note, a remittance advice, a self-billing settlement): its letterhead is
        the buyer's, and the address it is sent to the seller's."""
        return not self.kinds.isdisjoint(BUYER_ISSUED)

    def _kinds_of(self, info: LabelInfo) -> tuple[DocumentKind, ...]:
        """The kinds of document this is that a document label counts on (see
        ``LabelInfo.document``): the one it was made for, or any its field names."""
        kinds = self._kinds_named(info.concept)
        if info.document == "*":
            return kinds
        return tuple(k for k in kinds if k.name == info.document)

    def _kinds_named(self, concept: str) -> tuple[DocumentKind, ...]:
        """The kinds of document a field's name names that this document is one of."""
        found = field_document(concept.removeprefix("field:"))
        if found is None or not self.kinds:
            return ()
        return tuple(k for k in found[0] if k.name in self.kinds)

    def _after_kind_title(self, hit: Hit, kinds: tuple[DocumentKind, ...]) -> bool:
        """Whether a bare number key follows one of ``kinds``' titles in its cell ("ANGEBOT
        Nr. AN-2026-114"), or opens its cell right under one: past a rule ("=====") or the
        title's line in another language ("FATURA PROFORMA" over "PRO-FORMA INVOICE" over
        "Nº PF-0317/2026")."""
        toks = hit.line.toks
        before = " ".join(t.folded for t in _cell_before(hit)).strip(" .:")
        if before:
            return any(k.title.fullmatch(before) for k in kinds)
        line, x0, x1 = hit.line, hit.x0, max(toks[hit.start].x1, hit.x0 + 80)
        for _ in range(3):
            found = self._cell_above(line, x0, x1)
            if found is None:
                return False
            line, cell = found
            text = " ".join(t.folded for t in cell).strip(" .:()")
            if any(k.title.fullmatch(text) for k in kinds):
                return True
            if any(c.isalnum() for c in text) and not _invoice_title(text):
                return False
        return False

    def _dates_a_number(self, before: Hit, hit: Hit) -> bool:
        """Whether a date's label follows, in one run of words, a number that a word before
        its bare "No." names as another document's: "Authority to Print No. OCN 047AU2024
        Date Issued: 01-15-2024", "Accreditation No. 047MP2023, Date Issued: 03-01-2023",
        "… No. OCN 043AU2024 • Date Issued: …"; or opens the next line, under a line that
        ends with such a number ("… Authority to Print No. 039AU2024" or "Accred. No. 041-…"
        over "Date Issued: …")."""
        toks = before.line.toks
        if before.line is hit.line:
            seg = toks[hit.start].seg
            between = [t for t in toks[before.end + 1 : hit.start] if t.text not in _BULLETS]
            if not 1 <= len(between) <= 2 or toks[before.end].seg != seg:
                return False
        else:
            below = self.index.line_below(before.line, before.line.height)
            if not hit.anchored or below is not hit.line:
                return False
            seg = toks[before.end].seg
            between = toks[before.end + 1 :]
            if not 1 <= len(between) <= 2 or any(t.seg != seg for t in between):
                return False
        if not before.start or toks[before.start - 1].seg != seg:
            return False
        number = next((i for i in before.infos if i.concept == "invoice_number"), None)
        if number is None or not number.title or self._allowed(before, number):
            return False
        word = toks[before.start - 1].text.removesuffix(".")  # "Accred. No."
        return word.isalpha() and DIGIT.search(join(between)) is not None

    def _over_its_date(self, hit: Hit, info: LabelInfo) -> bool:
        """Whether a bare number word ("No.", "Nr.") keys a row of the header's grid whose
        next key is the document's date ("No. | IV6803-0091" over "Date | 19/03/2025"), on a
        page with a title above it: the document's number, as after the title itself."""
        if info.concept != "invoice_number":
            return False
        key = self.index.next_row_label(hit)
        if key is None or not any(i.concept == "invoice_date" for i in key.infos):
            return False
        above = self.index.pages[hit.line.page - 1].lines[: hit.line.number]
        return any(TITLE_WORD.search(line.folded) for line in above)

    def _under_title(self, hit: Hit) -> bool:
        """Whether the cell just above the label's is a title and nothing else: it opens with
        a title word, holds no label but the title's own ("NOTE DE CRÉDIT" is one) and no
        digit but the number after one ("Facture n° 30012845671" over "du 18 février 2025"),
        and stands close, over the label ("Faktura – daňový doklad" over "č. 2025-0142")."""
        line = hit.line
        # The cell of the nearest line above that stands over the label's first word, or
        # over its cell where a title stands centred over the number ("NF-e" over "Nº
        # 000.048.217" in a DANFE's box).
        seg = line.segment(line.toks[hit.start].seg)
        x0, x1 = hit.x0, max(line.toks[hit.start].x1, min(seg[-1].x1, hit.x0 + 80))
        found = self._cell_above(line, x0, x1)
        if found is None:
            return False
        above, cell = found
        if not _titled(fold_text(join(cell))):
            # A title wrapped in its box ("NOTA DE DÉBITO" over "ELECTRÓNICA" over "Nº 1187"):
            # its first line is the title, its second no label and no number.
            upper = self._wrapped_title(above, cell)
            if upper is None:
                return False
            above, cell = upper
        first, last = cell[0], cell[-1]
        numbered = False
        for seen in self.index.hits_by_line.get(above.index, ()):
            if not first.x0 <= seen.x0 <= last.x1:
                continue
            if _tax_title(seen):
                continue  # "Invoice – tax document": the title's words, no tax's label
            for info in seen.infos:
                # "note" is other; a field of the user's own may be named by a title word
                # ("PROFORMA" of "FATTURA PROFORMA" for a field proforma_number)
                if info.concept not in ("invoice_number", "other") and not (
                    info.concept.startswith("field:") and info.weight <= WEAK
                ):
                    return False
                # A number's label, not the bare title word: "Facture n°", "Nr.", "No."
                numbered = numbered or (info.concept == "invoice_number" and seen.x1 > first.x1)
        return numbered or not DIGIT.search(join(cell))

    def _wrapped_title(self, line: LineRec, cell: list[Tok]) -> tuple[LineRec, list[Tok]] | None:
        """The title's first line and cell when ``cell`` of ``line`` is its second: no digit
        and no label there, and just above it (past a line of another column) a cell over it
        whose text, with this one, opens with a title word."""
        x0, x1 = cell[0].x0, cell[-1].x1
        hits = self.index.hits_by_line.get(line.index, ())
        if DIGIT.search(join(cell)) or any(x0 <= h.x0 <= x1 for h in hits):
            return None
        found = self._cell_above(line, x0, x1)
        if found is None or not _titled(fold_text(join(found[1]) + " " + join(cell))):
            return None
        return found

    def _in_key_grid(self, line: LineRec) -> bool:
        """Whether a line of words only is a row of a grid of keys and values, not a row of
        column headings: the line over it has its cells where it has its own, and values
        with figures in them ("Kjøpsdato | 29.07.2025 | Ankomst | Stavanger 06:15" over
        "Reisende | Ingrid Solheim | Fartøy | MS «Hardangerfjord»")."""
        if line.index == 0:
            return False
        above = self.index.lines[line.index - 1]
        if above.page != line.page or line.top - above.bottom > 1.5 * max(line.height, 4.0):
            return False
        starts, over = _cell_starts(line), _cell_starts(above)
        if len(starts) < 3 or len(starts) != len(over):
            return False
        if any(abs(a - b) > 3.0 for a, b in zip(starts, over, strict=True)):
            return False
        # Keys in the first, third, ... cells, words only; figures in the values between
        # them (not a row of values under headings: "84-3927165 | ***-**-4821 | TP-7720").
        keys = [t for t in above.toks if t.seg % 2 == 0]
        if any(DIGIT.search(t.text) for t in keys):
            return False
        return any(t.seg % 2 == 1 and DIGIT.search(t.text) for t in above.toks)

    def _with_first_name(
        self, hit: Hit, got: tuple[Any, list[Tok], str | None]
    ) -> tuple[Any, list[Tok], str | None]:
        """A person's surname read beside a surname's label, with the first name a form
        prints in the row under it ("Nom  Dubois-Morel" over "Prénom  Nathalie" is Nathalie
        Dubois-Morel); as read otherwise."""
        if hit.line.toks[hit.end].folded.rstrip(":") not in _SURNAME_WORDS or not got[1]:
            return got
        below = self.index.line_below(hit.line, 1.2 * max(hit.line.height, 4.0))
        if below is None:
            return got
        toks = below.toks
        # The first-name label under the surname's label, flush with its cell, its cell's
        # words all ("First name", "Prénom"; not "First visit: …").
        at = next((k for k, t in enumerate(toks) if t.x0 >= hit.x0 - 3), None)
        if at is None:
            return got
        label = [t for t in toks[at:] if t.seg == toks[at].seg]
        words = " ".join(t.folded.rstrip(":") for t in label)
        if words not in _FIRST_NAME_LABELS:
            return got
        rest = toks[at + len(label) :]
        first = [t for t in rest if t.seg == rest[0].seg] if rest else []
        if not first or abs(first[0].x0 - got[1][0].x0) > 3 or not first[0].text[:1].isalpha():
            return got
        return f"{join(first)} {got[0]}", [*got[1], *first], got[2]

    def _over_title(self, hit: Hit) -> bool:
        """Whether a bare number key opens one of the first lines of its page, right over a
        line that opens with a title: "No. OK-2603-0219" over "納品書兼請求書 発行日 2026年3月13日",
        as Japanese invoices print their number; "nr FV/2025/11/04182" alone on its line,
        under a brand's line and over "Faktura VAT" (not "No. 42 Harbour Road")."""
        line = hit.line
        if (
            hit.start
            or line.number > 2
            or not any(i.concept == "invoice_number" for i in hit.infos)
        ):
            return False
        if line.number and len(line.toks) != hit.end + 2:
            return False  # under the page's first line, the number alone after its key
        below = self.index.line_below(line, 1.5 * line.height)
        if below is None:
            return False
        first = below.cells()[0]
        return _invoice_title(" ".join(t.folded for t in first).strip(" .:()"))

    def _cell_above(self, line: LineRec, x0: float, x1: float) -> tuple[LineRec, list[Tok]] | None:
        """The cell over ``x0..x1`` of the nearest line above that has one, and its line:
        the line just above, or past one of another column beside it (a boxed title at the
        right, the seller's address lines at the left); none past a gap. A cell of a column
        at the left that only runs into ``x0..x1`` at its end (a seller's long address line
        over the first letters of "Número:") is that column's, and passed as well."""
        passed = 0
        for k in range(line.index - 1, -1, -1):
            if line.index - k > 2 + passed:
                return None
            other = self.index.lines[k]
            if other.page != line.page or line.top - other.bottom >= (
                1.5 * (line.index - k) * max(other.height, line.height)
            ):
                return None
            cell = next((c for c in other.cells() if c[0].x0 <= x1 and x0 <= c[-1].x1), None)
            if cell and x0 - cell[0].x0 > 4 * (min(cell[-1].x1, x1) - x0) > 0 and not passed:
                passed = 1  # another column's line, mostly left of x0
                continue
            if cell:
                return other, cell
        return None

    def _guess_decimal(self) -> str | None:
        """The decimal separator most amounts with two decimals use; ``""`` when none has
        decimals and the money is a whole-unit currency (yen, krónur, rupiah): "774.752 kr."
        is then 774752. ``None`` when nothing tells."""
        marks = _DECIMAL_MARK.findall(self.text)
        dots = marks.count(".")
        if len(marks) - dots > dots:
            return ","
        if dots:
            return "."
        if not self._whole_money():
            # No decimals anywhere: the thousands tell which mark is the other one. Chilean
            # pesos "$ 2.450.000" make "$ 465.500" 465500, not 465.5.
            grouped = _GROUPED.findall(self.text)
            by_dot = grouped.count(".")
            if by_dot != len(grouped) - by_dot:
                return "," if by_dot > len(grouped) - by_dot else "."
            return None
        return ""

    def _whole_money(self) -> bool:
        """Whether the document's money is a whole-unit currency (see ``WHOLE_CURRENCIES``)."""
        codes = self._currency_counts()
        if codes:
            code = codes.most_common(1)[0][0]
            return (self._which_yen() if code == "JPY" else code) in WHOLE_CURRENCIES
        return _KRONE.search(self.text) is not None and self._which_krone() == "ISK"

    def dayfirst(self, spec: Field) -> bool | None:
        if spec.dayfirst is not None:
            return spec.dayfirst
        if self.dayfirst_option is not None:
            return self.dayfirst_option
        if not self._dayfirst_done:
            self._dayfirst = guess_dayfirst(_NUMERIC_DATE.findall(self.text))
            if self._dayfirst is None:
                self._dayfirst = self._locale_dayfirst()
            self._dayfirst_done = True
        return self._dayfirst

    def _locale_dayfirst(self) -> bool | None:
        """When no date settles it, the money does: US dollars mean month first, other
        currencies (and decimal commas) day first. ``None`` when there is no money at all."""
        codes = self._currency_counts()
        if codes:
            top = codes.most_common(1)[0][0]
            if top == "USD":
                calling = set(_PHONE_COUNTRY.findall(self.text))
                if calling and "1" not in calling:
                    # The trade currency of a firm abroad: an invoice in US dollars whose
                    # telephone numbers are all another country's ("Tel +92 21 3231 8470",
                    # "+254 …" on a Kenyan tea exporter's) is dated as they date there.
                    return True
                # "$" is another country's dollar where the document names it: "TOTAL
                # (AUD) inc GST $2,300.79" over "07/04/2025" is the 7th of April.
                other = _OTHER_DOLLAR.search(self.text)
                if other is None:
                    # ... and so is a peso's: "$ 4,850.00" beside "M.N." or an RFC is a
                    # Mexican receipt, and "05/09/2025" the 5th of September; "$" with a
                    # decimal comma ("$ 13.258.000,00") is a Colombian, Chilean or
                    # Argentine peso's, never a US dollar's.
                    return self.decimal == "," or _MEXICAN.search(self.folded_text) is not None
                top = other.group()
            return None if top in _MIXED_DATE_LOCALES else True
        if self.decimal == ",":
            return True
        # A document written in another script than the Latin one (and not in Chinese,
        # Japanese or Korean, which put the year first) is of a country that puts the day
        # first: a Bangladeshi VAT challan's "10/03/2026" is the 10th of March.
        letters = len(_OTHER_SCRIPT.findall(self.text))
        return True if letters > len(_LATIN_LETTER.findall(self.text)) else None

    @functools.cached_property
    def vendor_guess(self) -> FieldValue | None:
        """The issuer from the letterhead (asked for the vendor and to tell the addressee)."""
        return guess_vendor(self.index, self.hits, self.customers)

    @functools.cached_property
    def _firm(self) -> bool:
        """Whether the letterhead names a company by its legal form ("… GmbH", "… Ltd")."""
        vendor = self.vendor_guess
        return vendor is not None and COMPANY_SUFFIX.search(str(vendor.value)) is not None

    @functools.cached_property
    def addressee(self) -> FieldValue | None:
        """The name an unlabelled postal address on page one opens, if not the issuer's."""
        vendor = self.vendor_guess
        return guess_addressee(self.index, vendor.value if vendor else None)

    @property
    def customers(self) -> set[str]:
        if self._customers is None:
            self._customers = customer_names(self.index, self.by_concept.get("customer", []))
        return self._customers

    # ------------------------------------------------------------------ one field

    def field(self, name: str, spec: Field) -> FieldValue | None:
        # A known field's name gives its kind (infer_kind asks the concepts), unless set.
        kind: str = spec.resolved_kind
        concept = concept_for_field(name)
        dayfirst = self.dayfirst(spec)
        if spec.regex is not None:
            found = self._pattern(spec, kind, dayfirst)
            if found is not None:
                return found
        if self.doc.form:
            typed = self._form_field(name, spec, kind, dayfirst)
            if typed is not None:
                return typed
        split = in_named_currency(name, kind) if not spec.labels else None
        if split is not None:
            found = self._in_currency(*split, dayfirst)
            if found is not None:
                return found
        if concept is None and not spec.labels:
            party = _party_id(name)
            if party is not None:
                if field_labels(name):
                    # A label that names the party's number outright ("Supplier VAT Reg No" on
                    # a self-billing invoice, which the customer issues) says more than where
                    # the party's block stands.
                    outright = self._best(f"field:{name}", kind, None, "first", dayfirst)
                    if outright is not None and outright.weight >= STRONG:
                        return outright.value
                found = self._party_number(*party, kind, dayfirst, name=name)
                if found is None and party == (False, "iban"):
                    # None read beside a label: the seller's is the one the page prints to be
                    # paid into, also cut by the line's end ("IBAN IT20" over "K050 3412 …").
                    found = self._seller_iban()
                if found is not None:
                    return found
            elif kind == "id" and (buyer := _party_word(name)) is not None:
                # A party's number of a kind no concept knows ("customer_ico" under a bare
                # "IČO:", which the seller's letterhead prints first): the buyer's in the
                # customer's block, the seller's outside it, where there is one.
                found = self._party_number(buyer, None, kind, dayfirst, key=f"field:{name}")
                if found is not None:
                    return found
                if (
                    buyer
                    and _REGISTRY_WORDS.intersection(name.lower().split("_")[1:])
                    and self._customer_block
                    and self._seen(f"field:{name}", kind, dayfirst)
                ):
                    # Register numbers are printed, none in the customer's block: the
                    # seller's ("Y-tunnus 3184720-4" in the footer), not the buyer's. (A
                    # reference the buyer gave, "customer_order_ref", is printed anywhere.)
                    return None
        key = f"field:{name}" if spec.labels or concept is None else concept
        policy = CONCEPTS[concept].policy if concept else "first"
        # A field named otherwise than its concept ("receipt_number", "balance_due") takes,
        # of the concept's labels, one that spells its own name where the document has one:
        # "Receipt #2318-4409" over "INVOICE NUMBER D4E8B210-0031".
        named = None
        words = name_words(name)
        if (
            key == concept
            and name.lower() != concept
            and (len(words) > 1 or words[0] not in GENERIC_WORDS)
        ):
            # Not a bare "date" or "amount": any label says those. A bare "supplier" takes
            # "Supplier:" over "Vendor:" beside it.
            named = _name_keys(name)
        if key == concept and _unlisted_name(name):
            # The name printed as a label where no built-in label spells it ("Company Name:"
            # for company_name) says it outright.
            outright = self._best(f"field:{name}", kind, concept, policy, dayfirst)
            if outright is not None:
                return outright.value
        best = self._best(key, kind, concept, policy, dayfirst, named, gross=concept == "total")
        if concept == "total" and key == concept and best is not None:
            best = self._rounded(best) or best
        # No label for the field, or only a bare one that starts another ("Total Costs and
        # Disbursements"): its fallback concept's label decides ("Total Amount Due").
        weak = best is None or best.weight < MEDIUM
        if weak and concept and key == concept and CONCEPTS[concept].fallback:
            fallback = CONCEPTS[concept].fallback or ""
            other = self._best(fallback, kind, fallback, CONCEPTS[fallback].policy, dayfirst)
            # Unless the amount due is the total less a deduction the document prints.
            kept = concept == "total" and best and other and self._less_a_deduction(best, other)
            if other is not None and (best is None or other.weight >= MEDIUM) and not kept:
                best = other
        # A field named for the kind of document this is ("packing_list_number" on a packing
        # list, "order_date" on a purchase order): the document's own number and date.
        document = field_document(name)
        role = document[1] if document is not None else None
        kinds = self._kinds_named(name)
        if kinds and role == "number":
            if key != f"field:{name}":
                # A built-in field ("order_number"): its keys under the title where its
                # concept's labels give nothing better.
                titled = self._best(f"field:{name}", kind, concept, "first", dayfirst)
                if titled is not None and (best is None or titled.weight > best.weight):
                    best = titled
            if best is None:
                best = self._document_number(kind, kinds, dayfirst)
        dated = key.startswith("field:") and _dated_document(name, kind)
        dated = dated or bool(kinds and role == "date")
        if best is None and dated:
            # "quote_date", "credit_note_date" where only "Fecha:" / "Date :" is printed: the
            # document's own date, as its labels give it (never a first-date guess).
            best = self._document_date(kind, dayfirst)
        if best is None and kind == "text" and words[-1:] == ["year"]:
            # No label for "tax_year": the year a form prints on its own ("2024 Form
            # 1099-INT", the big "2024" of each copy of a W-2).
            return self._year_alone()
        if (
            kind == "date"
            and period_stem(name) is not None
            and (best is None or best.weight <= WEAK)
        ):
            # No label for the period, or a weak one ("… (expires September 30, 2025)"): the
            # range of dates the document prints most often (a subscription invoice's "Mar
            # 1, 2025 – Mar 31, 2025" under each item).
            ranged = self._repeated_range(_END_NAME.search(key) is not None, dayfirst)
            if ranged is not None or best is None:
                return ranged
        if (concept == "invoice_date" or dated) and (best is None or best.weight <= WEAK):
            # No label, or a weak one ("… Teilrechnung Nr. 2024/031 vom 15.05.2024"): the
            # letter's dateline ("Wien, am 14. Jänner 2025"), before a first-date guess.
            line = self._dateline(dayfirst)
            if line is not None:
                return line
        if best is None and _REFERENCE_FIELD.fullmatch(name.lower()):
            # No label read for it: a structured communication, which says what it is.
            found = self._structured_communication()
            if found is not None:
                return found
        if best is None and kind == "text" and _TENDER_FIELD.fullmatch(name.lower()):
            # No label for how it was paid: a till receipt's tender line ("VISA $396.87").
            return self._tender()
        if best is None and _CARD_DIGITS_FIELD.fullmatch(name.lower()):
            # No label for them: the card's last digits where it is printed masked.
            return self._card_digits()
        if (
            kind in ("id", "text")
            and "container" in words
            and (best is None or not container_checks(str(best.value)))
        ):
            # No label read for it ("CONTAINER/SEAL", "Contenedor / Container"), or one that
            # gave another number: the container's own, which its check digit tells apart.
            found = self._scan(find_container, lambda s: re.sub(r"[\s-]", "", s))
            if found is not None:
                return found
        if (
            kind == "text"
            and (name.lower() == "incoterms" or field_alias_of(name) == "incoterms")
            and (best is None or _INCOTERM.match(str(best.value)) is None)
        ):
            # A label over its value, or beside only the rules' edition ("INCOTERMS 2020"
            # over "CIF Montreal"), or none known ("TERMS CIF LAEM CHABANG"): the term the
            # document sells on, by its three letters.
            found = self._incoterm(key)
            if found is not None:
                return found
        if best is None and kind == "number" and _RATE_FIELD.fullmatch(name.lower()):
            # No label beside it: the rate as a line states it ("1 EUR = 4,1839 PLN").
            return self._quoted_rate()
        if best is not None:
            return best.value
        if kind == "amount" and concept is None:
            items = _item_words(name)
            if items is not None:
                # No label names it: the amount of the one line item its name describes
                # ("Monthly SEO retainer … 1,25,000.00" for retainer_fee).
                return self._line_item(items)
        if kind == "text" and _TRADING_PARTY.search(name.lower()) and self.buyer_issued:
            # A purchase order's: the letterhead is the buyer's, the address the seller's
            # (not "company": whose the document is, its issuer's on any).
            return self.vendor_guess if concept == "customer" else self.addressee
        if kind == "text" and (concept == "customer" or _ADDRESSEE.search(name.lower())):
            return self.addressee  # no label names them: an unlabelled postal address does
        if kind == "text" and concept is None and _ISSUER_FIELD.fullmatch(name.lower()):
            return self.vendor_guess  # no label names the employer: its letterhead does
        return self._fallback(concept, kind, dayfirst)

    def _in_currency(self, base: str, code: str, dayfirst: bool | None) -> FieldValue | None:
        """An amount of ``base`` in the currency ``code``, where a document prints it in more
        than one ("Total CIF Mombasa USD 26,700.00" and "Total INR 23,08,215.00" for
        total_usd and total_inr): of the base's sightings, one marked with the currency or on
        a line that names it, ranked as the base's are."""
        concept = concept_for_field(base)
        key = concept or f"field:{base}"
        policy = CONCEPTS[concept].policy if concept else "first"
        cands = list(self._candidates(key, "amount", concept, dayfirst))
        marked = [c for c in cands if c.currency == code]
        if not marked:
            marked = [
                c for c in cands if c.currency is None and code in c.line.text.upper().split()
            ]
        if not marked:
            return None
        return max(marked, key=_last_rank if policy == "last" else _header_rank).value

    def _line_item(self, items: list[str]) -> FieldValue | None:
        """The amount that ends the one line whose words before it name every word of
        ``items`` (a word of five letters or more also as the start of a longer one: "photo"
        of "Photographs", "admin" of "administration"); ``None`` when no line or several
        lines of different amounts do."""
        found: FieldValue | None = None
        for line in self.index.lines:
            money = self._amounts(line.toks, money_only=True)
            if not money:
                continue
            value, used, _ = money[-1]
            if used[-1] is not line.toks[-1]:
                continue  # the line goes on after its last amount: no item's row
            first = min(position(line.toks, tok) for m in money for tok in m[1])
            words = [_spelt(t.folded.strip(".,:;()")) for t in line.toks[:first]]
            if not all(
                any(w == item or (len(item) >= 5 and w.startswith(item)) for w in words)
                for item in items
            ):
                continue
            if len(money) > 1 and not self._row_product(line.toks[:first], money, value):
                # Several amounts that are no quantity × price = amount: taxes or columns
                # the row does not name ("Laundry 640.00 57.60 57.60" under "Taxable value |
                # CGST | SGST"), so which one is the item's is not said.
                continue
            if found is not None and found.value != value:
                return None  # two items the name describes: which one is not said
            found = FieldValue(value, line.page, None, span_bbox(used), join(used), "line-item")
        return found

    def _row_product(self, before: list[Tok], money: list[Any], value: float) -> bool:
        """Whether a row's last amount ``value`` is the product of two numbers before it, a
        quantity and a price ("4  75.00  300.00", "142 km  € 0,23  € 32,66"), or the sum of
        two, a net amount and its tax ("9.50  1.90  11.40")."""
        numbers = [m[0] for m in money[:-1]]
        for tok in before:
            number = parse_number(tok.text, decimal=self.decimal)
            if number is not None:
                numbers.append(number)
        return any(
            abs(a * b - value) <= 0.01 + 0.005 * abs(value) or abs(a + b - value) <= 0.011
            for a, b in itertools.combinations(numbers, 2)
        )

    def _quoted_rate(self) -> FieldValue | None:
        """The first exchange rate stated as "1 EUR = 4,1839 PLN" on a line."""
        for line in self.index.lines:
            toks = line.toks
            for i in range(len(toks) - 3):
                got = exchange_rate(toks[i:])
                if got is not None:
                    used = toks[i : position(toks, got[1][0]) + 1]
                    return FieldValue(got[0], line.page, None, span_bbox(used), join(used), "rate")
        return None

    def _structured_communication(self) -> FieldValue | None:
        """The first Belgian structured communication whose check digits hold."""
        for page in self.doc.pages:
            for m in _OGM.finditer(page.text):
                digits = "".join(m.group(2, 3, 4))
                if (int(digits[:10]) % 97 or 97) == int(digits[10:]):
                    raw = m.group()
                    box = self.index.locate(raw, page.number)
                    return FieldValue(raw, page.number, None, box, raw, "pattern")
        return None

    def _card_digits(self) -> FieldValue | None:
        """The first payment card's last four digits the document prints (``_CARD_DIGITS``)."""
        for page in self.doc.pages:
            m = _CARD_DIGITS.search(page.text)
            if m is not None:
                digits = m.group(1)
                box = self.index.locate(m.group(), page.number)
                return FieldValue(digits, page.number, None, box, m.group(), "pattern")
        return None

    def _tender(self) -> FieldValue | None:
        """The first line or cell that opens with a means of payment and gives an amount after
        it (a till receipt's "VISA $396.87", "CASH 20.00", "EC-Karte 12,40 EUR"): that means."""
        for line in self.index.lines:
            for cell in line.cells():
                found = self._tender_at(line.toks[position(line.toks, cell[0]) :])
                if found is not None:
                    raw = join(found).rstrip(":")
                    return FieldValue(raw, line.page, None, span_bbox(found), raw, "tender")
        return None

    def _tender_at(self, toks: list[Tok]) -> list[Tok] | None:
        """The means of payment that opens ``toks`` (a line from one of its cells on), with
        its card's mask and last digits ("Visa •••• 4417 $38.14"), when an amount follows."""
        if toks and toks[0].folded.strip(":.") in _TENDER_LEAD:
            toks = toks[1:]  # "Paid – EFTPOS (Visa Debit ****2291) $453.40"
            while toks and not any(map(str.isalnum, toks[0].text)):
                toks = toks[1:]
        for size in (2, 1):
            words = " ".join(t.folded.strip(":.*") for t in toks[:size])
            if words in _TENDERS and self._amounts(toks[size:], money_only=True):
                used = _means_of_payment(toks)
                return used if len(used) >= size else list(toks[:size])
        return None

    def _document_date(self, kind: str, dayfirst: bool | None) -> _Cand | None:
        """The date of a document other than an invoice, as the invoice date's labels give it;
        a label that names an invoice ("Invoice Date" in a reminder's table of what is owed)
        dates the invoice, when another ("Date:") dates the document."""
        best = self._best("invoice_date", kind, "invoice_date", "first", dayfirst)
        if best is None or not _NAMES_INVOICE.search(fold_text(best.value.label or "")):
            return best
        others = [
            c
            for c in self._candidates("invoice_date", kind, "invoice_date", dayfirst)
            if not _NAMES_INVOICE.search(fold_text(c.value.label or ""))
        ]
        return max(others, key=_header_rank, default=best)

    def _document_number(
        self, kind: str, kinds: tuple[DocumentKind, ...], dayfirst: bool | None
    ) -> _Cand | None:
        """The number of a document other than an invoice, as the invoice number's labels
        give it ("Document No.", "Beleg-Nr."); not one that names an invoice ("Invoice No."
        on a packing list), unless the document is an invoice of a kind (a pro-forma's)."""
        if any(k.invoice for k in kinds):
            return self._best("invoice_number", kind, "invoice_number", "first", dayfirst)
        others = [
            c
            for c in self._candidates("invoice_number", kind, "invoice_number", dayfirst)
            if not _invoice_label(c.value.label)
        ]
        return max(others, key=_header_rank, default=None)

    def _best(
        self,
        key: str,
        kind: str,
        concept: str | None,
        policy: str,
        dayfirst: bool | None,
        named: frozenset[str] | None = None,
        *,
        gross: bool = False,
    ) -> _Cand | None:
        """The winning sighting: strongest label, then beside before below, then the last
        one (totals) or the first one (header fields) in reading order. With ``named``,
        only the sightings under a label of those keys count, if there are any. A ``gross``
        total is the one before what is taken off it (``_before_deductions``)."""
        memo = (key, kind, concept, policy, dayfirst, named, gross)
        if memo not in self._memo:
            cands = list(self._candidates(key, kind, concept, dayfirst))
            if kind == "amount" and len(cands) > 1:
                # A label standing as one ("Mva 25 %  4 888,38") over the tax's name in the
                # middle of a sentence of the terms ("… eks. mva., likevel maksimalt kr
                # 500 000,00"): that amount is the sentence's.
                cands = [c for c in cands if not _sentence_goes_on_after(c)] or cands
            if concept == "vat_id" and len(cands) > 1:
                # Unless a name says whose ("customer_tax_id"), the VAT number is the issuer's:
                # not one in the customer's block.
                block = self._customer_block
                cands = [c for c in cands if not self._in_block(c, block)] or cands
            if named:
                # "GST" for gst_amount, and "GST content included" opening with it.
                cands = [c for c in cands if _named_by(c, named) and not _ends_aside(c)] or cands
                if concept == "invoice_number" and named.isdisjoint(_INVOICE_KEYS):
                    # A receipt's or credit note's own number, not the invoice's it settles
                    # or corrects: "SI No. 0018822" in an official receipt's list.
                    cands = [c for c in cands if not _invoice_label(c.value.label)] or cands
            unit = _unit_of(key)
            if unit is not None:
                forms, others = _unit_forms(unit)
                printed = [(c, _unit_after(c, self.index)) for c in cands]
                # Not a value in another unit: "2,4450 hl" is not the litres delivered.
                printed = [(c, after) for c, after in printed if after not in others]
                cands = [c for c, _after in printed]
                if len(cands) > 1:
                    # "consumption_kwh": a value printed with its unit ("640 kWh") over one
                    # without ("… o restante consumo 74,98 €").
                    cands = [
                        replace(c, weight=c.weight + 0.25) if after in forms else c
                        for c, after in printed
                    ]
            # The party the document is sent to is not its issuer: the customer on an
            # invoice, the seller on a purchase order (see ``buyer_issued``).
            if concept in ("vendor", "customer") and kind == "text" and len(cands) > 1:
                addressed = "vendor" if self.buyer_issued else "customer"
                if concept == addressed:
                    cands = self._not_the_issuer(cands)
            if kind == "amount" and any(c.currency for c in cands):
                cands = self._in_own_currency(cands, concept)
            if not cands:
                best = None
            elif policy == "last":
                best = max(cands, key=_last_rank)
            elif kind == "text" and _is_party(key, concept):
                # A party's name stands beside its label or under it ("Bill to" over the
                # name) as the layout has it: the first sighting is the one, not the first
                # one beside ("Customer: Calder Valley Housing Assoc." on the slip at the end).
                best = max(cands, key=_first_seen)
            else:
                best = max(cands, key=_header_rank)
            if best is not None and gross and concept == "total" and kind == "amount":
                best = self._before_deductions(best, cands)
            if best is not None and concept == "tax" and kind == "amount":
                best = _rates_summed(_not_zero_rated(best, cands), cands)
                if key == concept:
                    best = self._taxes_summed(best, cands, dayfirst)
            if best is not None and concept == "vat_id":
                best = _with_country(best, cands)
            if best is not None and best.as_of is not None:
                # One label, an amount at several dates ("Fund value at 1 January 2024 …",
                # "… at 31 December 2024 …"): the latest is the value now.
                peers = [c for c in cands if (c.weight, c.rel) == (best.weight, best.rel)]
                best = max(peers, key=lambda c: c.as_of or dt.date.min)
            self._memo[memo] = best
        return self._memo[memo]

    def _seen(self, key: str, kind: str, dayfirst: bool | None) -> bool:
        """Whether the labels ``key`` stands for give any value on the document."""
        return next(iter(self._candidates(key, kind, None, dayfirst)), None) is not None

    def _party_number(
        self,
        buyer: bool,
        concept: str | None,
        kind: str,
        dayfirst: bool | None,
        key: str = "",
        *,
        name: str = "",
    ) -> FieldValue | None:
        """A party's own number of a known kind ("supplier_gstin", "customer_tax_id"): of
        the concept's sightings (or those of the labels ``key`` stands for), the first in the
        customer's block (under or beside its label) for the buyer, the first outside it for
        the seller. Of a tax number and a VAT number both printed, the one the field's
        ``name`` asks for (see ``_of_tax_kind``)."""
        cands = list(self._candidates(key or concept or "", kind, concept, dayfirst))
        if not cands:
            return None
        # A label that names its party ("RFC emisor:", "CNPJ do tomador") says whose it is;
        # the others are placed by the customer's block.
        named = {id(c): _party_named(c.label) if c.label else None for c in cands}
        mine = [c for c in cands if named[id(c)] is buyer]
        unnamed = [c for c in cands if named[id(c)] is None]
        if not mine and not buyer and self.buyer_issued:
            # On a document the buyer issues, whose letterhead is the buyer's: the seller's
            # section under its own heading ("Supplier (Vendor):" on a purchase order).
            block = self._vendor_labelled
            mine = [c for c in unnamed if self._in_block(c, block)]
        if not mine:
            block = self._customer_block
            # With no customer heading, the block is the address the document is sent to:
            # the seller's on one the buyer issues (a purchase order, a self-billing).
            inside = buyer != (self.buyer_issued and not self._customer_labelled)
            mine = [c for c in unnamed if self._in_block(c, block) == inside]
        if not mine and any(v is (not buyer) for v in named.values()):
            mine = unnamed  # the other party's is named: this one is the rest
        if not mine:
            return None
        if concept == "vat_id":
            mine = _of_tax_kind(mine, name)
        return max(mine, key=_first_seen).value

    @functools.cached_property
    def _customer_block(self) -> dict[int, list[tuple[float, float]]]:
        """The customer's section: per line, the spans of words under or beside a customer
        label ("Bill to:", "Cliente", "购买方"); without one, the addressee's block."""
        return self._customer_labelled or self._addressee_block()

    @functools.cached_property
    def _customer_labelled(self) -> dict[int, list[tuple[float, float]]]:
        return self._labelled_block("customer")

    @functools.cached_property
    def _vendor_labelled(self) -> dict[int, list[tuple[float, float]]]:
        return self._labelled_block("vendor")

    def _labelled_block(self, concept: str) -> dict[int, list[tuple[float, float]]]:
        """A party's section under its labels (``concept`` "customer" or "vendor"): per
        line, the spans of words under or beside them."""
        spans: dict[int, list[tuple[float, float]]] = {}
        for hit, _info in self.by_concept.get(concept, []):
            side = self._side_heading(hit)
            if side is not None:
                for index, span in side:
                    spans.setdefault(index, []).append(span)
                continue
            spans.setdefault(hit.line.index, []).append((hit.x0, hit.line.toks[-1].x1))
            for line, toks in self.index.below(hit, lines=8, reach=6.0, column=True, spaced=True):
                if toks:
                    spans.setdefault(line.index, []).append((toks[0].x0, toks[-1].x1))
            for line, toks in self._under_value_beside(hit):
                spans.setdefault(line.index, []).append((toks[0].x0, toks[-1].x1))
        return spans

    def _under_value_beside(self, hit: Hit) -> Iterator[tuple[LineRec, list[Tok]]]:
        """In a grid of keys and values, the value cell's lines under the value beside a
        party's key, down to the next key: "Bill to / Klijent | Nordhavn Malta Limited" over
        "| Level 3, Portomaso …" and "| VAT No. MT 2091 7335"."""
        toks = hit.line.toks
        if hit.end + 1 >= len(toks) or toks[hit.end + 1].seg == toks[hit.end].seg:
            return
        first = toks[hit.end + 1]
        page = self.index.pages[hit.line.page - 1]
        above = hit.line
        for line in page.lines[hit.line.number + 1 : hit.line.number + 7]:
            if line.top - above.bottom > 1.5 * max(above.height, 1.0):
                return  # a gap: the grid's next row of a section of its own
            if any(t.x1 < first.x0 - 6 for t in line.toks):
                return  # the next key in the keys' column
            cell = next((line.segment(t.seg) for t in line.toks if abs(t.x0 - first.x0) <= 3), [])
            if not cell:
                return
            yield line, cell
            above = line

    def _addressee_block(self) -> dict[int, list[tuple[float, float]]]:
        """With no customer label, the unlabelled postal address's block (``addressee``):
        per line, the cell that opens flush under the name, down to six lines (a window
        envelope's "Ribe Tandlægehus ApS" over its street, town and "CVR 27601537")."""
        found = self.addressee
        if found is None or found.bbox is None or found.page is None:
            return {}
        x0, top = found.bbox[0], found.bbox[1]
        page = self.index.pages[found.page - 1]
        # (the line that holds the name's first word: a larger letterhead name beside it
        # may have set the line's top higher)
        start = next(
            (
                k
                for k, line in enumerate(page.lines)
                if any(abs(t.top - top) < 1 and abs(t.x0 - x0) < 1 for t in line.toks)
            ),
            None,
        )
        if start is None:
            return {}
        spans: dict[int, list[tuple[float, float]]] = {}
        taken = 0
        for line in page.lines[start : start + 14]:
            cell = next((line.segment(t.seg) for t in line.toks if abs(t.x0 - x0) < 3), None)
            if not cell:
                if all(t.x1 < x0 for t in line.toks):
                    continue  # the letterhead's column beside it, a line between its lines
                break
            spans.setdefault(line.index, []).append((cell[0].x0, cell[-1].x1))
            taken += 1
            if taken == 7:
                break
        return spans

    def _side_heading(self, hit: Hit) -> list[tuple[int, tuple[float, float]]] | None:
        """The section a heading printed downwards beside it names ("购" / "买" / "方" / "信" /
        "息" down the left edge of a Chinese e-invoice's buyer box, read as one word): per
        line down the heading's height, the words from the heading to the next such heading
        on its line ("销售方信息" beside it), or to the page's edge; else ``None``."""
        page = self.index.pages[hit.line.page - 1]
        mark = hit.line.toks[hit.start]
        stack = next(
            (s for s in page.stacks if abs(s[0] - mark.x0) <= 1 and abs(s[1] - mark.top) <= 1),
            None,
        )
        if stack is None:
            return None
        x0, top, bottom = stack
        right = min((s[0] for s in page.stacks if s[0] > x0 + 1), default=page.width)
        return [
            (line.index, (x0, right - 1.0))
            for line in page.lines
            if line.bottom >= top and line.top <= bottom
        ]

    @staticmethod
    def _in_block(cand: _Cand, block: dict[int, list[tuple[float, float]]]) -> bool:
        return any(x0 - 2 <= cand.x0 <= x1 for x0, x1 in block.get(cand.line.index, ()))

    def _not_the_issuer(self, cands: list[_Cand]) -> list[_Cand]:
        """The customer's sightings that do not name the issuer: a payment advice's "To:
        Kauri Managed IT Limited, Level 2" is whom the customer pays."""
        vendor = self.vendor_guess
        if vendor is None or not isinstance(vendor.value, str):
            return cands
        issuer = fold_text(vendor.value)
        return [
            c
            for c in cands
            if not (name := fold_text(str(c.value.value))).startswith(issuer)
            and not issuer.startswith(name)
        ] or cands

    def _in_own_currency(self, cands: list[_Cand], concept: str | None) -> list[_Cand]:
        """The amounts not marked with another currency than the one the document declares
        ("Currency: USD"), where some are: "Total (USD) 10,300.50" over "Total including GST
        SGD 13,804.73", converted for the tax office at the exchange rate printed beside.
        Where none is declared, an amount other than the total is in the total's currency:
        "Kwota VAT 23%: 3 990,02 EUR" over "Kwota VAT w PLN: 16 693,84 zł"."""
        declared = self._best("currency", "currency", "currency", "first", None)
        if declared is not None:
            own = declared.value.value
        elif concept not in ("total", "amount_due"):
            total = self._best("total", "amount", "total", "last", self.dayfirst(Field()))
            own = total.currency if total is not None else None
        else:
            own = None
        if own is None:
            return cands
        # A bare "$" is the dollar the document names ("All amounts in New Zealand dollars").
        mine = [
            c
            for c in cands
            if c.currency in (None, own)
            or self._settled(c.currency, c.value.raw or "", c.line.text) == own
        ]
        return mine or cands

    def _candidates(
        self, key: str, kind: str, concept: str | None, dayfirst: bool | None
    ) -> Iterator[_Cand]:
        yield from self._labelled(key, kind, concept, dayfirst)
        if concept == "vat_id" and kind == "id":
            yield from self._vat_after_tax_word()

    def _vat_after_tax_word(self) -> Iterator[_Cand]:
        """A VAT number after the tax's bare name ("TVA : FR46842315678", "BTW
        NL812345678B01", "MwSt DE312456789") or, a Swiss UID, before it ("CHE-418.739.029
        MWST"), weaker than a label that names the number."""
        for hit, info in self.by_concept.get("tax", []):
            weaker = replace(info, concept="vat_id", weight=_WEAK_VAT)
            toks = hit.line.toks
            if (
                hit.start
                and hit.start == hit.end
                and _VAT_SHAPE.fullmatch(toks[hit.start - 1].text)
            ):
                # ... or before it, as Switzerland writes its UID: "CHE-418.739.029 MWST"
                pair = toks[hit.start - 1 : hit.start + 1]
                yield self._cand(hit, weaker, pair, join(pair), _RIGHT, "label-right")
                continue
            right = self.index.right_of(hit, self.stops)
            got = read_value("id", "vat_id", right[:4], dayfirst=None, decimal=None)
            # (its country's letters may stand apart: "BTW BE 0841.739.274")
            if got is not None and _VAT_SHAPE.fullmatch(str(got[0]).replace(" ", "")):
                yield self._cand(hit, weaker, got[1], got[0], _RIGHT, "label-right")

    def _labelled(
        self, key: str, kind: str, concept: str | None, dayfirst: bool | None
    ) -> Iterator[_Cand]:
        if kind != "amount" or not key.startswith("field:"):
            yield from self._labelled_each(key, kind, concept, dayfirst)
            return
        # A figure printed per item and then totalled ("Insurance paid 132.89" for each
        # prescription, "TOTAL INSURANCE PAID 700.29"): the document's is the total's.
        cands = list(self._labelled_each(key, kind, concept, dayfirst))
        _prefer_the_sum(cands)
        yield from cands

    def _labelled_each(
        self, key: str, kind: str, concept: str | None, dayfirst: bool | None
    ) -> Iterator[_Cand]:
        own = key.startswith("field:")  # a field of the user's own, not a built-in concept
        for hit, info in self.by_concept.get(key, []):
            if kind == "text" and _is_party(key, concept):
                if concept not in ("vendor", "customer") and _names_no_party(hit):
                    continue  # "TENANT INVOICE", "LANDLORD STATEMENT": the document's title
                if not hit.colon and hit.start == hit.end and _heading_row(hit.line):
                    continue  # "DATE FLIGHT FROM TO DEP ARR": a column, not a party
                if own and _in_sentence(hit):
                    continue  # "… District Council is the billing authority for …"
                if self._among_items(hit):
                    continue  # "Supplier: Dongguan … Co., Ltd." in an item's description
                firm = self._firm_above(hit) if hit.key in _ATTENTION else None
                if firm is not None:
                    yield self._cand(hit, info, firm, join(firm), _RIGHT, "label-above")
                    continue
                if hit.key == "att":
                    # The Nordic "Att.:" names only the person; the firm is the addressee's
                    # block (see ``addressee``) when none stands right above it.
                    continue
                party = read_party(self.index, hit, self.stops)
                if party is not None:
                    toks, rel = party
                    toks = _before_trading_name(toks)
                    # (not the rules of a box drawn in text: "| Mühlviertler Bio-Mühle GmbH |")
                    name = clean_text(join(toks).rstrip(" ,;:|").lstrip(":：| "))
                    if _SAME_AS.match(name or ""):
                        continue  # "Lieferadresse: gleich Rechnungsadresse": no one new
                    if concept == "vendor" and _titled_person(name or ""):
                        continue  # "Issued by: N. Govender (Debtors Clerk)": a clerk, not the firm
                    if concept == "vendor" and _INITIALLED.fullmatch(name or "") and self._firm:
                        continue  # "Verkäufer M. Yilmaz": the salesman of the letterhead's firm
                    yield self._cand(hit, info, toks, name, rel, "label")
                continue
            if info.total:
                cell = self._total_cell(hit) if self._heads_cell(hit) else None
                got = self._read(kind, concept, cell, dayfirst) if cell else None
                if got is not None:
                    yield self._cand(hit, info, got[1], got[0], _COLUMN, "column-total", got[2])
                continue
            if kind == "number" and own and hit.key == _unit_of(key):
                # The field's unit as its label: the quantity printed before it ("Energy
                # delivered 38,74 kWh" for kwh), never a price per it ("Price per kWh: 4,69").
                toks = hit.line.toks
                if hit.start and toks[hit.start - 1].folded in ("per", "/", "pro", "par"):
                    continue
                got = self._before_unit(toks[: hit.start], concept, dayfirst)
                if got is not None:
                    yield self._cand(hit, info, got[1], got[0], _RIGHT, "label-right")
                    continue
            if kind == "amount" and self._page_carry(hit):
                continue  # a running total carried over a page break, not the document's
            if concept in ("amount_due", "total") and _brought_forward(hit):
                continue  # "Statement: balance brought forward € 1,406.20": the last bill's
            if own and kind == "amount" and _net_before(hit) and "net" not in key:
                # "Net annual premium 4,963.75" over "TOTAL PREMIUM PAYABLE £5,584.40": the
                # amount before tax, for a field that does not ask for it.
                info = replace(info, weight=info.weight - 1.0)
            if concept == "tax" and kind == "amount" and _item_rate(hit):
                # "Beherbergung, USt. 10 %  632,73  63,27  696,00": one item's rate and tax;
                # the table's tax stands in its total row.
                info = replace(info, weight=info.weight - 1.0)
            if concept in _CREDITED and self.credit_note and _names_invoice(hit):
                # A credit note's "Rechnungsdatum" / "Invoice date", and the amount "de la
                # facture n° …", are the invoice it corrects; its own are under a plain
                # "Datum" / "Date" and "Total".
                info = replace(info, weight=info.weight - 1.5)
            if kind == "amount" and _spelled_out(hit):
                continue  # "Tax amount (in words): … One Lakh …": the figure is elsewhere
            right = self.index.right_of(hit, self.stops)
            co = _after_co_label(right)
            if co is not None:
                right = co  # "Vessel / voyage: INDIAN OCEAN PEARL": one colon for both labels
            if kind == "date":
                right = self._before_labelled_brackets(hit, right)
            if kind == "amount" and _term_of_a_sum(hit):
                right = []  # "7.200,00 USD + KDV = 8.640,00 USD": the sum, not the tax
            if (
                own
                and kind == "amount"
                and info.weight <= WEAK
                and len(self._amounts(right, money_only=True)) > 1
            ):
                # A weak label opening a row of several amounts (price, tax, total): which
                # of them is the field's the row does not say ("Laundry - express 640.00
                # 18 57.60 57.60" under "Taxable value | GST % | CGST | SGST").
                continue
            if kind == "amount" and len(right) > 1:
                right = _to_next_key(_past_gloss(right))
                right = self._this_period(hit, right)
                if "balance" not in key and concept != "balance":
                    right = self._not_the_balance(hit, right)
                if own and concept is None and not _GROSS_NAME.search(key):
                    right = self._net_column(hit, right)
                if concept == "tax":
                    right = self._own_cell(hit, right)
            if kind == "text" and own and hit.numbered and self._caption_rest(hit, right):
                # A form's box: "e Employee's first name and initial  Last name" over the
                # name; the caption's words are no value.
                boxed = self._under_caption(hit, info, key, kind, concept, dayfirst)
                if boxed is not None:
                    yield boxed
                continue
            if kind == "text" and own:
                if _number_key_before(hit):
                    continue  # "Btw-nr. huurder NL862719409B01": the tenant's number, not name
                if _in_sentence(hit):
                    # A word of a sentence, a possessive too: "… posted to the registered
                    # owner's address within 10 working days" heads no name below it.
                    continue
                below = next(iter(self.index.below(hit)), None)
                heads = co is None and (
                    (_heading(hit, right) and not self._in_key_grid(hit.line))
                    or (below is not None and _two_headings(hit, right, below[0]))
                )
                if heads and not (below and self._opens_label(hit, *below)):
                    # "Passeggero | Tipo | Offerta" over "Rossano Ferretti | Adulto | …", and
                    # "Shipper's Name and Address" over the shipper: the name is under it. (A
                    # label under it makes a grid of keys and values: "Intestatario  ROSSI
                    # GIULIA  Divisa  EUR" over "IBAN  IT78 …".)
                    for _line, toks in self.index.below(hit):
                        got = self._read_for(key, kind, concept, toks, dayfirst)
                        if got is not None:
                            yield self._cand(hit, info, got[1], got[0], _BELOW, "label-below")
                            break
                    continue
                means = _means_after(key, right)  # "Payé par Carte Visa •••• 4417 le …"
                shared = co is not None
                if not (
                    hit.closed or shared or means or _ends_numbered(hit) or _code_after(key, right)
                ):
                    # A word inside a sentence ("… that your employer is using …"); a label
                    # that ends in "No." is followed by its number ("IEC No. 0412038876").
                    continue
                if not (hit.anchored or hit.colon or shared or means or _code_after(key, right)):
                    # Closing a cell's sentence ("(none - see freight terms)  Liftgate
                    # required"), it is beside no value of its own; one may stand below it.
                    right = []
            got = self._read_for(key, kind, concept, right, dayfirst, period=info.period)
            if got is None and hit.top is not None:
                # A label of two lines beside its value, centred between them, the next
                # cell of its last line further right ("Data" / "scadenței:" … "Comanda:").
                level = self.index.beside_stacked(hit)
                got = self._read_for(key, kind, concept, level, dayfirst) if level else None
            if got is None and kind == "amount" and right:
                # A label whose cell wraps onto a second line ("Sales tax — New York City, NY
                # (8.875%" / "on $3,229.89)"), the amount level with the cell's middle.
                # The words beside the label stay before the amount, as if on one line.
                wrapped = self.index.beside_wrapped(hit)
                if wrapped:
                    right = [*right, *wrapped]
                    if own and concept is None and not _GROSS_NAME.search(key):
                        right = self._net_column(hit, right)
                    got = self._read_for(key, kind, concept, right, dayfirst)
            if got is not None and concept == "vat_id":
                got = _with_mva(hit.line, got)
                if not _checks_out(hit, str(got[0])):
                    got = None  # "ABN" beside a phone number in the next column: below it
            if got is not None and own and kind == "text" and _PERSON_FIELD.search(key):
                got = self._with_first_name(hit, got)
            if (
                got is not None
                and kind in ("amount", "number")
                and got[1]
                and got[1][0] in right
                and _cumulative_spans(right[: right.index(got[1][0])])
            ):
                continue  # "Net pay year to date: $15,332.66": the year's, not the period's
            if got is not None and kind == "amount" and _another_cells_figure(hit, right, got[1]):
                continue  # "Retention is held at 5% … | Approved variations 126,400.00"
            if got is not None and kind == "date" and self._other_key_between(hit, right, got[1]):
                continue  # "30 gg data fattura - scadenza 27/11/2025": the due date's
            if got is not None and concept == "due_date" and _early_payment(right, got[1]):
                # "Zahlbar bis 13.11.2025 unter Abzug von 2 % Skonto … oder bis 03.12.2025
                # ohne Abzug": the date to pay by with the discount; the net one follows.
                got = self._net_date(hit, right, got[1], dayfirst)
                if got is None:
                    continue
            if got is not None:
                cand = self._cand(hit, info, got[1], got[0], _RIGHT, "label-right", got[2])
                if kind == "amount" and (
                    _bare_year(got) or _in_brackets(hit) or _converted(right, got[1])
                ):
                    # "Gesamtbetrag der Abrechnung 2024 (brutto) 702,96 €": the period's year;
                    # "Het attest voor 2024 (totaal betaald € 3.861,72)": an aside; "Samtals
                    # í EUR (1 EUR = 142,80 ISK): 1.628,85 EUR": the total converted
                    cand.weight -= 1.0
                if concept == "invoice_number" and _in_brackets(hit):
                    # "Previous balance … (Sales Invoice No. 012277)": another invoice's
                    cand.weight -= 1.5
                if (info.weight < STRONG or _after_a_word(hit)) and _words_between(right, got[1]):
                    # A bare "Amount" or "Total" that starts another label ("Amount Paid
                    # $0.00", "Total Savings $5.00") yields to one followed by its value; so
                    # does any label inside a sentence ("Im Rechnungsbetrag enthaltene
                    # Lohnkosten: 1.540,00 €").
                    cand.weight -= 0.5
                elif (not (hit.anchored or hit.colon) and _deep_in_sentence(right, got[1])) or (
                    not hit.closed
                    and got[1][0].seg == hit.line.toks[hit.start].seg
                    and _deep_in_sentence(right, got[1], at_least=5)
                ):
                    # "… count. Fuel surcharge 31.5% of line haul per GPF fuel table (DOE diesel
                    # avg. $3.62)": a figure the sentence cites, not the label's value. (A line
                    # of a paragraph may open with the label: "discount applies to all design
                    # work. The deposit of $2,500.00 was …")
                    cand.weight -= 0.5
                elif _after_a_word(hit) and _ends_sentence(hit, got[1]):
                    # "… nie podlega opodatkowaniu VAT (np.)." level with a table's row: the
                    # sentence ends after the label, the figure is the next cell's.
                    cand.weight -= 1.0
                elif (
                    (_after_a_word(hit) or (kind == "amount" and _opens_prose(hit)))
                    and not hit.colon
                    and _sentence_goes_on(hit, got[1])
                ):
                    # Mid-sentence, words before and after: "… for 2025 falls due on 23 June
                    # 2025 and is not included in this invoice" tells of another payment; so
                    # does a paragraph the label opens ("Order total £212.40 paid on 3
                    # November 2025 (Ridgeline jacket £129.00, …": the order a refund is of).
                    cand.weight -= 0.5
                if (
                    concept == "total"
                    and info.weight < STRONG
                    and len(self._amounts(right)) > 1
                    and self._in_part_column(got[1])
                ):
                    # "Total  £156.35  £31.27" under "VAT rate  Net  VAT": the row totals a
                    # tax summary, and its first amount is the net under "Net".
                    cand.weight -= 1.0
                if kind == "amount" and got[1] and got[1][0] in right:
                    between = right[: right.index(got[1][0])]
                    dated = read_date(between, dayfirst) if between else None
                    cand.as_of = dated[0] if dated else None
                    if cand.currency is None:
                        # "Total MXN (TC 19.9861) 270,192.09": the code the label names
                        cand.currency = next((t.text for t in between if t.text in ISO_CODES), None)
                yield cand
                continue
            if own and kind != "text" and hit.numbered:
                # A form's box: its caption over its value ("1 Wages, tips, other
                # compensation" over "68412.50").
                boxed = self._under_caption(hit, info, key, kind, concept, dayfirst)
                if boxed is not None:
                    yield boxed
                    continue
            if not self._heads_cell(hit, own=own):
                continue  # only a label standing alone in its cell heads a value below it
            if kind == "amount" or (kind == "number" and len(self._column_rows(hit)) >= 2):
                # A count or measure over a column ("Overtime Hours") is the total row's too.
                yield from self._amount_below(hit, info, concept, own=own)
                continue
            if not own and (
                (
                    self._in_table_header(hit)
                    and not (kind == "id" and info.weight > WEAK and self._one_row(hit))
                )
                or (kind == "date" and self._heads_dates(hit, dayfirst))
            ):
                # "Date" over a table column: the first item's, not the document's;
                # "Fakturadatum" over the open items, another invoice's. A field of the
                # user's own under a row of headings is the value they ask for, and so is a
                # number under a row of headings with one row ("Customer PO | Carrier |
                # Service | Total Weight" over the shipment's): a grid, not the items.
                continue
            if kind == "text" and right and own:
                continue  # a value beside it that is no text ("Variabilní symbol 4206118839")
            for _line, toks in self.index.below(hit):
                got = self._read_for(key, kind, concept, toks, dayfirst, period=info.period)
                if got is not None:
                    yield self._cand(hit, info, got[1], got[0], _BELOW, "label-below", got[2])

    def _under_caption(
        self,
        hit: Hit,
        info: LabelInfo,
        key: str,
        kind: str,
        concept: str | None,
        dayfirst: bool | None,
    ) -> _Cand | None:
        """The value of a form's box under its caption, past a line of the caption in a
        second language; as good as a value beside its label. A name is set larger than its
        caption: a line as small is the caption again ("Nom de l'employeur")."""
        size = hit.line.toks[hit.start].size + 0.5 if kind == "text" else None
        for toks in self.index.under_caption(hit):
            if size is not None and max(t.size for t in toks) < size:
                continue
            got = self._read_for(key, kind, concept, toks, dayfirst, period=info.period)
            if got is not None:
                return self._cand(hit, info, got[1], got[0], _RIGHT, "caption", got[2])
        return None

    @staticmethod
    def _caption_rest(hit: Hit, right: list[Tok]) -> bool:
        """Whether the words right of a box's label in its cell are the caption's own (no
        colon after the label, no digits), or there are none; other cells are other boxes."""
        if hit.colon:
            return False
        seg = hit.line.toks[hit.end].seg
        return not any(DIGIT.search(t.text) for t in right if t.seg == seg)

    def _in_part_column(self, value: list[Tok]) -> bool:
        """Whether an amount stands under a column heading that names a part of the total
        (net, tax): the nearest label above it in a row of headings (no digits), up to eight
        lines up on its page."""
        if not value:
            return False
        first = value[0]
        here = self.index.line_of(first)
        if here is None:
            return False
        for line in self.index.lines[max(0, here.index - 8) : here.index][::-1]:
            if line.page != here.page:
                break
            if DIGIT.search(line.text):
                continue
            for hit in self.index.hits_by_line.get(line.index, ()):
                if hit.x1 < first.x0 - 2 or hit.x0 > value[-1].x1 + 2:
                    continue
                concepts = {i.concept for i in hit.infos}
                return "total" not in concepts and not concepts.isdisjoint({"subtotal", "tax"})
        return False

    def _heads_dates(self, hit: Hit, dayfirst: bool | None) -> bool:
        """Whether the label heads a column of dates, one a row (a list of documents or
        items), not the one date of a header's grid under it."""
        rows = 0
        for _line, toks in self.index.iter_below(hit, lines=2):
            got = read_date(toks, dayfirst)
            # (no word before it: a sentence across the page that cites a date is no row, a
            # range whose start lacks its year is: "19/02 - 12/03/2025")
            if got is None or any(t.text.isalpha() for t in toks[: position(toks, got[1][0])]):
                break
            rows += 1
        return rows >= 2

    def _page_carry(self, hit: Hit) -> bool:
        """Whether the label carries a running total over a page break: "Balance carried
        forward" before the last page, "Brought forward" after the first one ("Übertrag",
        "À reporter", "Riporto", "Suma y sigue" alike). The statement's own opening and
        closing balances stand on its first and last page."""
        text = hit.line.folded
        last = len(self.index.pages)
        if hit.line.page < last and _CARRIED.search(text):
            return True
        return hit.line.page > 1 and _BROUGHT.search(text) is not None

    @property
    def credit_note(self) -> bool:
        """Whether the document's own number is a credit note's ("Gutschrift-Nr.", "Credit
        Note #", "Avoir n°"), or its title says it is one."""
        if self._credit_note is None:
            self._credit_note = (
                any(
                    _CREDIT_NOTE.search(hit.key)
                    for hit, _ in self.by_concept.get("invoice_number", [])
                )
                or self._credit_note_title()
            )
        return self._credit_note

    def _credit_note_title(self) -> bool:
        """Whether a cell of page one's top third is the title "CREDIT NOTE" (or "Gutschrift",
        "Avoir", "Factura rectificativa", …) alone: the document is one, whatever keys its
        number ("No.", "Document no.")."""
        page = self.index.pages[0] if self.index.pages else None
        if page is None:
            return False
        return any(
            _CREDIT_NOTE.fullmatch("".join(t.folded for t in line.segment(seg)).strip(".:()"))
            is not None
            for line in page.lines
            if line.top < page.height / 3
            for seg in {t.seg for t in line.toks}
        )

    def _other_key_between(self, hit: Hit, right: list[Tok], used: list[Tok]) -> bool:
        """Whether a date's label inside a phrase is followed by another concept's label
        that stands right before the date: "Pagamento: 30 gg data fattura - scadenza
        27/11/2025" dates the payment, not the invoice."""
        if not used or used[0] not in right or not _after_a_word(hit):
            return False
        mine = {info.concept for info in hit.infos}
        between = right[: right.index(used[0])]
        for k, tok in enumerate(between):
            for other in self.index.hits_at(hit.line, tok):
                rest = between[k + (other.end - other.start) + 1 :]
                if all(not t.text.strip(":-–") for t in rest) and any(
                    info.concept not in mine for info in other.infos
                ):
                    return True
        return False

    def _this_period(self, hit: Hit, right: list[Tok]) -> list[Tok]:
        """``right`` without the words under a year-to-date heading: a payslip's "Gross
        Earnings 1,53,475.00 15,34,750.00" under "Amount | YTD" is the month's 1,53,475.00."""
        lines = self.index.lines
        for k in range(hit.line.index - 1, max(hit.line.index - 12, -1), -1):
            above = lines[k]
            if above.page != hit.line.page:
                break
            cumulative = _cumulative_spans(above.toks)
            if not cumulative:
                continue
            kept = [
                t
                for t in right
                # (a figure that ends just left of the heading is the next column's: "125,52"
                # under "Inhouding", beside "Cumulatief")
                if not any(t.x0 < x1 + 5 and t.x1 > x0 + 2 for x0, x1 in cumulative)
            ]
            return kept or right
        return right

    def _not_the_balance(self, hit: Hit, right: list[Tok]) -> list[Tok]:
        """The words of a ledger's row but its running balance: under "DEBIT CREDIT BALANCE"
        or "Money in  Money out  Balance", "Admin levy March 2026  2,860.00  2,806.20" is a
        levy of 2,860.00; the balance after it stands in the last column, under its heading."""
        page = self.index.pages[hit.line.page - 1]
        for line in reversed(page.lines[max(0, hit.line.number - 40) : hit.line.number]):
            last = line.toks[-1]
            if len(line.toks) < 3 or last.folded.strip(".:") not in _BALANCE_HEADS:
                continue
            kept = [t for t in right if t.x1 <= last.x0]
            return kept if self._amounts(kept, money_only=True) else right
        return right

    def _net_column(self, hit: Hit, right: list[Tok]) -> list[Tok]:
        """The words of an item's row up to its net column, for a field named for the item:
        under "Bedrag excl. btw | Bedrag incl." or "Základ Kč | DPH Kč | Celkem Kč", the rent
        of "Kale huur … € 4.850,00 21% € 5.868,50" is 4.850,00, before the tax added to it.

        The heading is the nearest line above on the page, without figures, with a net
        column's heading right of the row's label (``_net_head``); the row keeps what stands
        left of the next column's heading."""
        if len(self._amounts(right, money_only=True)) < 2:
            return right
        page = self.index.pages[hit.line.page - 1]
        for line in reversed(page.lines[max(0, hit.line.number - 12) : hit.line.number]):
            if DIGIT.search(line.text):
                continue
            toks = line.toks
            for i, tok in enumerate(toks):
                if tok.x0 < hit.x1:
                    continue
                end = self._net_head(line, i)
                if end is None:
                    continue
                # The next column's heading: the next cell, or a label in this one ("DPH Kč"
                # after "Základ Kč" with no column gap between them).
                hits = self.index.hits_by_line.get(line.index, ())
                labels = {h.start for h in hits}
                after = next(
                    (k for k in range(end, len(toks)) if toks[k].seg != tok.seg or k in labels),
                    None,
                )
                # ... which is the tax, or the gross: a base's next column may be a rate and
                # what it gives ("Base | % | Importe" on a payslip, "Basis | Amount" of a
                # royalty), and then the row's figure is that.
                taxed = {h.start for h in hits if any(i.concept == "tax" for i in h.infos)}
                cell = range(after, len(toks)) if after is not None else range(0)
                if not any(
                    k in taxed or toks[k].folded.strip(".:()") in _GROSS_HEADS
                    for k in cell
                    if toks[k].seg == toks[after or 0].seg
                ):
                    return right
                kept = [t for t in right if t.x0 + t.x1 < 2 * toks[after or 0].x0]
                return kept if self._amounts(kept, money_only=True) else right
        return right

    def _net_head(self, line: LineRec, i: int) -> int | None:
        """Where a net column's heading that opens at word ``i`` ends (the index past it):
        "Netto", "Základ", "excl. btw", "ohne MwSt", "ex GST"; None when none opens there."""
        toks = line.toks
        word = toks[i].folded.strip(".:()")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        taxed = nxt is not None and any(
            h.start == i + 1 and any(info.concept == "tax" for info in h.infos)
            for h in self.index.hits_by_line.get(line.index, ())
        )
        if word in _NET_WORDS:
            return i + 2 if taxed and word in _NET_BEFORE_TAX else i + 1
        if word in _NET_BEFORE_TAX and taxed:
            return i + 2
        return None

    def _own_cell(self, hit: Hit, right: list[Tok]) -> list[Tok]:
        """The words of the label's own cell when they hold an amount: a total row's "VAT
        £78.82 | £472.96" gives the tax beside its label, the gross stands in the next column."""
        seg = hit.line.toks[hit.end].seg
        cell = [t for t in right if t.seg == seg]
        if not cell or len(cell) == len(right) or any(_wordy_tok(t) for t in cell):
            return right  # "Moms 25% af 13.443,36 | 3.360,84": the cell holds the rate's base
        return cell if self._amounts(cell) else right

    def _opens_label(self, hit: Hit, line: LineRec, toks: list[Tok]) -> bool:
        """Whether the words read under a label open with another label, a key of its own:
        with a colon after it or ending its cell, or opening its line flush under a label
        that opens its own ("Designation" over "Date of Joining 12-07-2021"). Not a value
        that starts with a label's word, as "Net 30" and "Due on receipt" under "Terms" in a
        row of headings."""
        keys = self.index.hits_at(line, toks[0]) if toks else []
        return any(h.closed for h in keys) or (
            bool(keys) and hit.start == 0 and self.index.next_row_label(hit) in keys
        )

    def _heads_cell(self, hit: Hit, *, own: bool = False) -> bool:
        """Whether a label is a cell of its own, as a value under it needs: alone in its
        segment, or one of a row of labels set too close for a column gap ("Fakturanr.
        Fakturadato Forfallsdato" over "10234 15.01.2025 29.01.2025"). A label of the user's
        own field (``own``) may also end a heading cell after a word or two that say which
        one it is (see ``_qualified_heading``)."""
        if hit.anchored and hit.heads_unit:
            return True
        if not hit.ends_word:
            return False
        others = [h for h in self.index.hits_by_line.get(hit.line.index, ()) if h is not hit]
        toks = hit.line.toks

        def next_to(end: int, start: int) -> bool:
            # Side by side, or a bilingual pair ("Factuurnummer / N° de facture").
            return start == end + 1 or (start == end + 2 and toks[end + 1].text in ("/", "|"))

        # "Total amount claimed" over the amount, for a field amount_claimed: a word that
        # says the value is all of it opens the cell.
        # So does a word that says which of it a form wants ("Desired move-in date", "Gross
        # monthly income").
        k = hit.start - 1  # the word before the label, opening the same cell
        whole = (
            k >= 0
            and (
                toks[k].folded in _ALL_OF_IT
                or toks[k].folded in _WHICH_OF_IT
                or toks[k].folded in _WHOSE
            )
            and _opens_cell(toks, k)
        )
        # Another name for it, a slash apart: "Policy / account number".
        whole = whole or (
            k >= 1
            and toks[k].text in ("/", "|")
            and _opens_cell(toks, k - 1)
            and toks[k].seg == toks[hit.start].seg
        )
        before = hit.anchored or whole or any(next_to(h.end, hit.start) for h in others)
        after = hit.heads_unit or any(next_to(hit.end, h.start) for h in others)
        if after and not before and own:
            before = _qualified_heading(hit, others)
        return before and after

    def _cand(
        self,
        hit: Hit,
        info: LabelInfo,
        toks: list[Tok],
        value: Any,
        rel: float,
        rule: str,
        currency: str | None = None,
    ) -> _Cand:
        if rule == "label":
            rule = "label-right" if rel == _RIGHT else "label-below"
        fv = FieldValue(
            value=value,
            page=hit.line.page,
            label=hit.text,
            bbox=span_bbox(toks),
            raw=join(toks),
            rule=rule,
        )
        return _Cand(fv, info.weight, rel, hit.line, hit.x0, currency, label=hit)

    def _amount_below(
        self, hit: Hit, info: LabelInfo, concept: str | None, *, own: bool = False
    ) -> Iterator[_Cand]:
        """An amount under its label, unless the label heads a table column.

        A key over its value has one amount below it, in a row of values. A column header
        ("Total", "Amount", "Tax deducted") has a column of line items below: its cell in a
        row the table labels as its total ("Totals", "Total for year", "Gesamt") is taken,
        else the last row when it stands out as the column's sum (bold under plain rows).
        A field of the user's ``own`` also takes the one row of a table ("Zimmerpreis / Nacht"
        over a folio's stay): a built-in total there would be an item's. A rate's column
        (``first_row``) gives its first row: rates are not summed.
        """
        sums = concept in ("total", "amount_due")
        rows = self._column_rows(hit)
        header = self._in_table_header(hit)
        # A value set past the label's end is a box's, not under a table's heading (see
        # ``_layout._boxed_value``): the words before it on its line are another table's.
        boxed = bool(rows) and rows[0][1][0].x0 >= hit.x1
        if (len(rows) == 1 or (rows and info.first_row)) and (
            own or not (header or (_described_before(*rows[0]) and not boxed))
        ):
            found = self._amounts(rows[0][1])
            if found:
                value, used, cur = _under(found, hit) or pick(found, concept)
                yield self._cand(hit, info, used, value, _BELOW, "label-below", cur)
            return
        found, rule = [], "column-total"
        if len(rows) >= 2:
            total = _total_of(rows, hit, gross=sums)
            last = rows[-1][1]
            if total is not None:
                found = self._amounts(total)
                if found and not sums and total is rows[1][1]:
                    found, rule = self._one_summed(hit, concept, rows[0][1], found, rule)
            elif sums and all(t.bold for t in last):
                bold_above = any(all(t.bold for t in r) for _, r in rows[:-1])
                found, rule = ([] if bold_above else self._amounts(last)), "column-sum"
        if not found and rows and rule == "column-total":
            foot = self._foot_total(hit, rows[-1][0], gross=sums)
            found = self._amounts(foot) if foot else []
        if not found and concept in ("subtotal", "tax") and _by_rate(rows):
            summed = self._rates_summed(hit, concept, rows)
            if summed is not None:
                yield summed
                return
        if found:
            value, used, cur = _under(found, hit) or pick(found, concept)
            yield self._cand(hit, info, used, value, _COLUMN, rule, cur)

    def _rates_summed(
        self, hit: Hit, concept: str | None, rows: list[tuple[LineRec, list[Tok]]]
    ) -> _Cand | None:
        """The sum of a tax summary's column with a row for each rate and no total row:
        "Sadzba DPH | Základ dane | Výška DPH" over "23 % | 4 855,00 | 1 116,65", "19 % |
        0,00 | 0,00" and "5 % | 0,00 | 0,00" taxes 4 855,00 at 1 116,65 in all."""
        read = [self._amounts(cell) for _line, cell in rows]
        if not all(read):
            return None
        picked = [_under(found, hit) or pick(found, concept) for found in read]
        total = round(sum(value for value, _used, _cur in picked), 2)
        used = [tok for _value, toks, _cur in picked for tok in toks]
        info = next(i for i in hit.infos if i.concept == concept)
        return self._cand(hit, info, used, total, _COLUMN, "column-sum", picked[0][2])

    def _one_summed(
        self, hit: Hit, concept: str | None, row: list[Tok], found: list[Amount], rule: str
    ) -> tuple[list[Amount], str]:
        """A total row under one row of figures: the sum of one figure is that figure, so a
        different one is another column's or the document's total ("Totale documento €
        2.926,05" under a VAT summary's one rate, in the "Imposta" column): the row's own
        figure is the column's."""
        one = self._amounts(row)
        if not one:
            return found, rule
        mine = _under(one, hit) or pick(one, concept)
        if mine[0] == (_under(found, hit) or pick(found, concept))[0]:
            return found, rule
        return one, "label-below"

    def _foot_total(self, hit: Hit, last: LineRec, *, gross: bool) -> list[Tok] | None:
        """A column's cell in the table's total row at the foot of a box of fixed height, the
        column empty down to it: "合 计 ¥167.89 ¥15.11" a hand's breadth under a Chinese
        e-invoice's one item, for "税额". The row opens at the table's left edge, as its
        rows do (a totals box beside, "Sum eks. mva 35 502,00", is none)."""
        page = self.index.pages[last.page - 1]
        left, right = hit.x0 - 4, hit.x1 + 4
        for line in page.lines[last.number + 1 : last.number + 16]:
            toks = [t for t in line.toks if t.x1 > left and t.x0 < right]
            if not toks:
                continue
            edge = abs(line.toks[0].x0 - last.toks[0].x0) <= 8
            net = gross and _net_row(line)
            return toks if edge and not net and _total_row(line, hit.x0) else None
        return None

    def _column_rows(self, hit: Hit) -> list[tuple[LineRec, list[Tok]]]:
        """The rows of numbers under a column heading, each with its words in the column."""
        rows: list[tuple[LineRec, list[Tok]]] = []
        for line, toks in self.index.iter_below(hit, lines=200, paired=_movement_row(hit)):
            if all(t.text in _NIL_CELL for t in toks):
                continue  # "313.00  –": an item that bears none of this column
            if toks[0].text[-1:] in (":", "：") and any(map(str.isalpha, toks[0].text)):
                break  # "KEYS: 1": a key and its value on a line of such pairs, no row
            if rows and _box_numbers(line):
                break  # a form's next row of boxes under the figures ("3  4  5  6")
            # A cheap shape test per row; the amounts are parsed for the chosen row only. A
            # line of words with a bare number in the column is the next table's headings
            # ("CURRENT  31-60 DAYS  …  OVER 90  TOTAL DUE"), not a row.
            if not DECIMALS.search(join(toks)) and (
                not self._amounts(toks) or (_wordy(line) and not _total_row(line, hit.x0))
            ):
                break
            rows.append((line, toks))
        return rows

    def _total_cell(self, hit: Hit) -> list[Tok] | None:
        """A column heading's words in the table's total row, if the table has one."""
        rows = self._column_rows(hit)
        return _total_of(rows, hit) if len(rows) >= 2 else None

    def _one_row(self, hit: Hit) -> bool:
        """Whether a heading has one row of figures under it: the next line in its column
        after the first has no digit (another row of headings, a note) or there is none."""
        rows = self.index.below(hit, lines=2)
        return len(rows) == 1 or (len(rows) == 2 and not DIGIT.search(join(rows[1][1])))

    def _among_items(self, hit: Hit) -> bool:
        """Whether a label stands among a table's rows of items: under a row of column
        headings ("Item  Particulars  Quantity  Unit Price  Amount") and a row priced in
        money, with no total row between. A party named there ("Supplier: Dongguan
        Everbright Houseware Co., Ltd." in an inspection's description) is an item's, not
        the document's."""
        lines = self.index.pages[hit.line.page - 1].lines
        if _heading_row(hit.line):
            return False
        priced = False
        for line in reversed(lines[max(0, hit.line.number - 30) : hit.line.number]):
            if _heading_row(line):
                # ... a table that spans the label: not one in a column beside the address
                # block that holds it (a statement's transactions right of "Attn:")
                return priced and line.toks[0].x0 <= hit.x0 + _SAME_COLUMN
            if _TOTAL_ROW.search(line.folded):
                return False
            priced = priced or DECIMALS.search(line.text) is not None
        return False

    def _in_table_header(self, hit: Hit) -> bool:
        """Whether the label's line is a table's header ("Date  Description  Qty  Total")."""
        line_hits = self.index.hits_by_line.get(hit.line.index, ())
        heads = [
            h
            for h in line_hits
            if h is not hit and any(i.concept == "table_header" for i in h.infos)
        ]
        # One heading word ending a name ("Miller's Auto Service") is no header row; a row of
        # headings has two, or one that opens its cell.
        return len(heads) > 1 or any(h.anchored for h in heads)

    def _amounts(self, toks: list[Tok], *, money_only: bool = False) -> list[Any]:
        return amounts(toks, decimal=self.decimal, money_only=money_only, spaced=self.spaced)

    def _before_unit(
        self, before: list[Tok], concept: str | None, dayfirst: bool | None
    ) -> Read | None:
        """The number that ends ``before`` (the words left of a unit), grouped or not."""
        for size in (3, 2, 1):
            window = before[-size:]
            if len(window) == size and window[0].seg == before[-1].seg:
                got = self._read("number", concept, window, dayfirst)
                if got is not None and abs(got[1][-1].x1 - window[-1].x1) < 0.5:
                    return got  # read to the unit: "1 257" of "1 257 km", not "1"
        return None

    def _read(
        self, kind: str, concept: str | None, toks: list[Tok], dayfirst: bool | None
    ) -> tuple[Any, list[Tok], str | None] | None:
        return read_value(
            kind, concept, toks, dayfirst=dayfirst, decimal=self.decimal, spaced=self.spaced
        )

    def _read_for(
        self,
        key: str,
        kind: str,
        concept: str | None,
        toks: list[Tok],
        dayfirst: bool | None,
        *,
        period: bool = False,
    ) -> tuple[Any, list[Tok], str | None] | None:
        """``_read``, and for a field named for a period's end, the last date of a range
        printed there ("From 12 April 2025 to 11 April 2026"). A ``period`` label gives a
        date only when a range follows it: its first, or its last for a field of the end.
        A field named a code takes one of digits too ("Tax code 1257L")."""
        if concept is None and kind == "id" and _VAT_ID_NAME.search(key):
            concept = "vat_id"  # "supplier_vat_number": read as a VAT id ("GB 285 6103 52")
        if kind == "date":
            toks = unglued_ranges(toks, dayfirst)  # "2025年11月1日〜2025年11月30日"
        if kind == "text":
            # "Name: Great Lakes Polymer Compounds LLC" under "SHIP FROM": the name, not its key
            toks = after_name_key(toks) or toks
            if _TENDER_FIELD.fullmatch(key.removeprefix("field:")):
                toks = _means_of_payment(toks)
        got = self._read(kind, concept, toks, dayfirst)
        if kind == "text" and key.endswith("_code") and (got is None or len(got[1]) > 3):
            # "1257L", "284711": a code of digits; a sentence is none ("Your code is the one
            # HMRC uses …" under a "Tax code" heading), but a code opening one is ("M75.1
            # Läsion der Rotatorenmanschette", "1257L is the code in use …")
            got = self._read("id", concept, toks, dayfirst)
        elif got is None and kind == "text" and concept is None and not _WORDS_NAME.search(key):
            # "Bill of Entry 101-25-0418773", "NPI 1234567890": a field whose name says
            # nothing of words takes an identifier when no words follow its label; a year
            # is none ("Incoterms® 2020")
            got = self._read("id", concept, toks, dayfirst)
            if got is not None and _YEAR.fullmatch(str(got[0])):
                got = None
        elif got is None and kind == "number":
            after = _after_dated_aside(toks) or _after_qualifier(toks)
            if after:
                got = self._read(kind, concept, after, dayfirst)
        if got is not None and kind == "text" and _BRACKETED.fullmatch(str(got[0])):
            got = None  # "DIAGNOSES (ICD-10-CM) – rank 1 = primary": the label's aside
        if kind == "id" and _GROUPED_REFERENCE_FIELD.search(key):
            grouped = _digit_groups(toks)
            if grouped is not None and (got is None or len(grouped[0]) > len(str(got[0]))):
                got = grouped  # "Viitenumero 2 02518 47160": a reference set in groups
        if kind == "id" and _PLATE_FIELD.search(key):
            plate = _read_plate(toks)
            if plate is not None and (got is None or len(plate[0]) > len(str(got[0]))):
                got = plate  # "LL-482 HS", "GH 482 KT", "品川 330 そ 47-18": one plate
            elif plate is None and got is not None and sum(map(str.isalnum, str(got[0]))) > 12:
                return None  # "登録番号 T5804120036285": an invoice's registration, no plate
        named = got is not None and kind == "text" and key.endswith("_name")
        if named and got and got[1] and all(DIGIT.search(t.text) for t in got[1]):
            return None  # "XXX-XX-4821", "81724 5530 RP0001": a number, not a name
        person = kind == "text" and _PERSON_FIELD.search(key) is not None
        if (named or person) and got and _caption(got):
            return None  # a form's next caption ("Full legal name", "Spouse's first name")
        if got is not None and person:
            got = _person_alone(got, self._read, concept, dayfirst)
        if got is None and kind == "text" and _GRADE_NAME.search(key) and toks:
            grade = toks[0].text.strip(":")  # "Valuation band D", "Energy rating B", "Tier 2"
            if _GRADE.fullmatch(grade):
                got = (grade, toks[:1], None)
        if got is None or kind != "date":
            return got
        end = _END_NAME.search(key) is not None
        field = key.removeprefix("field:")
        start = not end and field != key and period_stem(field) is not None
        # A line each for the period's ends: "Policy period from 2025-06-15" is no end date,
        # "Policy period to 2026-06-15" no start.
        if end and _opened_by(toks, got, _FROM_WORDS) and not range_end(toks, got, dayfirst):
            return None
        if start and _opened_by(toks, got, _TO_WORDS):
            return None
        if not (period or end):
            return got
        last = range_end(toks, got, dayfirst)
        if period and last is None:
            return None
        return last if last is not None and end else got

    # ------------------------------------------------------------------ patterns & fallbacks

    def _pattern(self, spec: Field, kind: str, dayfirst: bool | None) -> FieldValue | None:
        regex = spec.regex
        assert regex is not None
        for page in self.doc.pages:
            for m in regex.finditer(page.text):
                raw = m.group(1) if regex.groups and m.group(1) is not None else m.group()
                value = convert(raw, kind, dayfirst, self.decimal)
                if value is None:
                    continue
                return FieldValue(
                    value, page.number, None, self.index.locate(raw, page.number), raw, "pattern"
                )
        return None

    def _form_field(
        self, name: str, spec: Field, kind: str, dayfirst: bool | None
    ) -> FieldValue | None:
        """What was typed into a form field named as asked: ``InvoiceNumber``, ``invoice_no``
        or ``form1[0].page1[0].Invoice_Number[0]`` for ``invoice_number`` (or a label given)."""
        wanted = {_form_key(n) for n in (name, *spec.labels, *label_variants(name))} - {""}
        for field_name, raw in self.doc.form.items():
            if _form_key(field_name) not in wanted:
                continue
            value = convert(raw, kind, dayfirst, self.decimal)
            if value is None:
                continue
            page, box = next(
                ((p.number, b) for p in self.doc.pages if (b := self.index.locate(raw, p.number))),
                (None, None),
            )
            return FieldValue(value, page, field_name, box, raw, "form-field")
        return None

    def _fallback(self, concept: str | None, kind: str, dayfirst: bool | None) -> FieldValue | None:
        if kind == "currency":
            return self._currency()
        if concept == "vendor" and kind == "text":
            return self.vendor_guess
        if concept == "invoice_date":
            return self._payment_date_of_receipt(dayfirst) or self._first_date(dayfirst)
        if concept == "due_date":
            return self._due_in_prose(dayfirst)
        if concept in ("total", "amount_due") and kind == "amount":
            return self._largest_amount()
        if concept == "iban":
            return self._iban_scan()
        if concept == "email":
            return self._scan(_first(EMAIL), str)
        if concept == "phone":
            return self._scan(find_phone, str)
        return None

    def _year_alone(self) -> FieldValue | None:
        """The year printed most often as a word of its own (the first of those printed as
        often), not inside a date; ``None`` when none is."""
        seen: Counter[str] = Counter()
        where: dict[str, tuple[LineRec, Tok]] = {}
        for line in self.index.lines:
            for tok in line.toks:
                if _YEAR.fullmatch(tok.text):
                    seen[tok.text] += 1
                    where.setdefault(tok.text, (line, tok))
        if not seen:
            return None
        year = max(seen, key=lambda y: seen[y])
        line, tok = where[year]
        box = (tok.x0, tok.top, tok.x1, tok.bottom)
        return FieldValue(year, line.page, None, box, tok.text, "year-alone")

    def _repeated_range(self, end: bool, dayfirst: bool | None) -> FieldValue | None:
        """The first date of the range of dates printed most often (the first of those
        printed as often), or its last with ``end``; ``None`` when no range is printed."""
        seen: Counter[tuple[dt.date, dt.date]] = Counter()
        reads: dict[tuple[dt.date, dt.date], tuple[LineRec, list[Tok]]] = {}
        for line in self.index.lines:
            toks = line.toks
            if not any(t.folded in RANGE_WORDS for t in toks) or not DIGIT.search(line.text):
                continue
            i = 0
            while i < len(toks) - 2:
                first = read_date(toks[i:], dayfirst)
                last = range_end(toks[i:], first, dayfirst) if first is not None else None
                if first is None or last is None or first[1][0] is not toks[i]:
                    i += 1
                    continue
                pair = (first[0], last[0])
                if first[0] < last[0]:
                    seen[pair] += 1
                    reads.setdefault(pair, (line, last[1] if end else first[1]))
                end_tok = last[1][-1]
                i = next(k for k in range(i, len(toks)) if toks[k] is end_tok) + 1
        if not seen:
            return None
        pair = max(seen, key=lambda p: seen[p])  # the first of the most seen: dicts keep order
        line, used = reads[pair]
        raw = join(used)
        return FieldValue(pair[end], line.page, None, span_bbox(used), raw, "repeated-range")

    def _net_date(
        self, hit: Hit, right: list[Tok], used: list[Tok], dayfirst: bool | None
    ) -> Read | None:
        """The date after an early-payment one in its sentence, on its line or the next,
        that no discount follows: what is due without the discount."""
        rest = right[position(right, used[-1]) + 1 :]
        nxt = hit.line.index + 1
        lines = self.index.lines
        if nxt < len(lines) and lines[nxt].page == hit.line.page:
            rest = [*rest, *lines[nxt].toks]
        for i in range(min(len(rest), _NET_DATE_REACH)):
            if not rest[i].text[:1].isdigit():
                continue
            found = read_date(rest[i:], dayfirst)
            if found is not None and found[1][0] is rest[i]:
                return None if _early_payment(rest, found[1]) else found
        return None

    def _due_in_prose(self, dayfirst: bool | None) -> FieldValue | None:
        """A due date said in a sentence about paying, when no label gives one: "Bitte
        überweisen Sie den Zahlbetrag bis zum 04.04.2025", "Please pay by 4 April 2025"."""
        lines = self.index.lines
        for k, line in enumerate(lines):
            toks = line.toks
            if _DISCOUNT_WORDS.search(line.folded):
                continue
            # A direct debit's sentence gives its day with "am", "on", "le" ("… wird am
            # 14.03.2025 von Ihrem Konto abgebucht"): the verb may end the next line.
            told = line.folded + " " + (lines[k + 1].folded if k + 1 < len(lines) else "")
            on_words = _ON_WORDS if _DEBIT_WORDS.search(told) else frozenset()
            paid = -99  # where the last word of paying stood
            words = [tok.folded.strip(".,:;()") for tok in toks]
            for i, word in enumerate(words):
                if word.startswith(_PAY_STEMS):
                    # Not a payment already made: "Previous bill £587.12 – paid by Direct Debit
                    # on 28 Feb 2025".
                    if _PAID_WORDS.isdisjoint(words[max(0, i - 4) : i]):
                        paid = i
                    continue
                if i - paid > _PROSE_REACH and not _due_after(toks[i + 1 : i + 9]):
                    continue
                if word in _OR_BY_WORDS:
                    if not any(t.folded == "or" for t in toks[max(i - 2, 0) : i]):
                        continue
                elif word not in _BY_WORDS and word not in on_words:
                    continue
                j = i + 1
                while j < len(toks) and toks[j].folded in _BY_FILLERS:
                    j += 1
                after = toks[j:]
                got = read_date(after, dayfirst)
                if (got is None or got[1][0] is not after[0]) and (
                    not after or after[0].seg != toks[i].seg
                ):
                    # The sentence wraps: "… by Direct Debit on or just after" / "28 Mar 2025".
                    after = _sentence_next_line(lines, k, toks[i].seg)
                    got = read_date(after, dayfirst)
                if got is not None and got[1][0] is after[0]:
                    date, used, _ = got
                    bbox = span_bbox(used)
                    return FieldValue(date, line.page, None, bbox, join(used), "due-in-prose")
        return None

    def _currency(self) -> FieldValue | None:
        for concept in ("total", "amount_due"):
            best = self._best(concept, "amount", concept, "last", self.dayfirst(Field()))
            if best is None:
                continue
            cur = best.currency
            rule = "currency-symbol"
            if cur is None:
                cur = parse_currency(best.line.text)  # "Total (EUR) 208.13"
                rule = "currency-line"
            fv = best.value
            cur = self._settled(cur, fv.raw or "", best.line.text)
            if cur:
                return FieldValue(cur, fv.page, fv.label, fv.bbox, fv.raw, rule)
            break
        counts = self._currency_counts()
        if not counts:
            krone = self._settled(None, "", self.text)
            return FieldValue(krone, None, None, None, "kr", "currency-country") if krone else None
        code = counts.most_common(1)[0][0]
        tok = first_marker(self.index, code)
        if tok is None:
            return FieldValue(code, None, None, None, code, "currency-frequent")
        code = self._settled(code, tok.text, "") or code
        return FieldValue(code, tok.page, None, span_bbox([tok]), tok.text, "currency-frequent")

    def _settled(self, code: str | None, marked: str, line: str) -> str | None:
        """The currency a sign that several share means here, wherever the code came from
        (the total's amount or the document's most frequent mark): a bare "$" the dollar
        the document names, "¥" the yuan on a Chinese document, "kr" the country's krone,
        a lone "R" the rand on a South African document. ``marked`` is the text that showed
        the code, ``line`` the line read around it."""
        if code == "USD" and _BARE_DOLLAR.search(marked):
            return self._which_dollar(line) or code
        if code == "JPY" and _YEN_SIGN.search(marked):
            return self._which_yen()
        if code is None and _KRONE.search(line):
            return self._which_krone()  # "1.453,04 kr.": Danish, Swedish or Norwegian?
        if code is None and _RAND.search(line) and _SOUTH_AFRICA.search(self.folded_text):
            return "ZAR"  # a lone "R" is a letter anywhere else
        return code

    @functools.cached_property
    def folded_text(self) -> str:
        """The document's text folded as labels are (lower case, no accents), for the
        country hints that settle a shared currency sign; folded once, on first need."""
        return fold_text(self.text)

    def _which_yen(self) -> str:
        """The yuan for "¥" on a Chinese document (ideographs, no kana), else the yen."""
        chinese = _IDEOGRAPH.search(self.text) and not _KANA.search(self.text)
        return "CNY" if chinese else "JPY"

    def _which_krone(self) -> str | None:
        """The krone (or króna) a "kr" means, by what the document says of its country: its
        IBAN, legal form, registry and the words of its language ("Forfaldsdato", "Att
        betala", "MVA"); ``None`` when nothing tells."""
        folded = self.folded_text
        votes = {code: len(hint.findall(folded)) for code, hint in _KRONE_HINTS.items()}
        best = max(votes, key=lambda code: votes[code])
        ranked = sorted(votes.values(), reverse=True)
        return best if ranked[0] > ranked[1] else None

    def _which_dollar(self, line: str) -> str | None:
        """The dollar a bare "$" means when the document names one: "Total (CAD) $3,449.25",
        "Amount (AUD)" over a column, "All amounts are in Australian dollars". A US invoice
        names none, or names the US dollar, and stays USD."""
        named = set(_DOLLAR_CODE.findall(line))
        if not named:
            named = set(_DOLLAR_IN_PARENS.findall(self.text))
            named |= {
                code for m in _DOLLAR_WORDS.finditer(self.text) if (code := parse_currency(m[0]))
            }
        if not named and _MEXICAN.search(self.folded_text):
            return "MXN"  # "$1,495.00" beside "M.N.", an RFC or "S.A. de C.V.": pesos
        if not named and _CANADIAN.search(self.folded_text):
            return "CAD"  # "$" beside "GST/HST Registration … RT0001" or "PST": Canadian
        return named.pop() if len(named) == 1 else None

    def _currency_counts(self) -> Counter[str]:
        if self._currency_seen is None:
            self._currency_seen = currency_counts(self.text)
        return self._currency_seen

    def _before_labelled_brackets(self, hit: Hit, right: list[Tok]) -> list[Tok]:
        """The words after a date's label up to brackets that open with another label: the
        date in "… 30 giorni data fattura (scadenza 23/04/2025)" is the due date's."""
        line = hit.line
        for n, tok in enumerate(right):
            opens = tok.text.startswith("(") and tok.text[1:2].isalpha()
            if opens and (line.index, position(line.toks, tok)) in self.stops:
                return right[:n]
        return right

    def _before_deductions(self, best: _Cand, cands: list[_Cand]) -> _Cand:
        """The total as printed before what is taken off it, where a later total's label
        gives what is left to pay: "Totalt inkl. moms 36 035,00", "Avgår ROT-avdrag -8 750,00",
        "Att betala 27 285,00". Else ``best``."""
        order = (best.page, best.top)
        earlier = [
            c
            for c in cands
            if (c.weight, c.rel) == (best.weight, best.rel)
            and (c.page, c.top) < order
            and c.value.label != best.value.label
            and self._less_a_deduction(c, best)
        ]
        return max(earlier, key=lambda c: (c.page, c.top)) if earlier else best

    def _taxes_summed(self, best: _Cand, cands: list[_Cand], dayfirst: bool | None) -> _Cand:
        """The tax of a document that prints each tax or rate on its own line of the totals
        and no sum of them ("GST 5% 1,672.25", "PST 7% on 29,895.00 2,092.65"; "TVA 10 %",
        "TVA 20 %"), when the subtotal and the total say so: subtotal + their sum = total,
        and not with ``best`` alone. Else ``best``."""
        if not isinstance(best.value.value, float):
            return best
        near = [
            c
            for c in cands
            if c.page == best.page
            and abs(c.line.index - best.line.index) <= 6
            and c.weight >= best.weight - 0.5
            and c.rel == best.rel
            and isinstance(c.value.value, float)
            and c.value.value > 0
        ]
        values = sorted({c.value.value for c in near})
        if not 2 <= len(values) <= 4:
            return best
        sub = self._best("subtotal", "amount", "subtotal", CONCEPTS["subtotal"].policy, dayfirst)
        whole = self._best("total", "amount", "total", CONCEPTS["total"].policy, dayfirst)
        if sub is None or whole is None:
            return best
        net, gross = sub.value.value, whole.value.value
        if not (isinstance(net, float) and isinstance(gross, float)):
            return best
        summed = round(sum(values), 2)
        if abs(net + best.value.value - gross) < 0.005 or abs(net + summed - gross) >= 0.005:
            return best
        read = replace(best.value, value=summed, raw=" + ".join(f"{v:.2f}" for v in values))
        return replace(best, value=read)

    def _rounded(self, total: _Cand) -> _Cand | None:
        """The total as rounded to the coins in use, when a rounding line follows it and the
        amount payable under that is the two summed: "Total inkl. MWST 2'906.81",
        "Rundungsdifferenz -0.01", "Zu bezahlen CHF 2'906.80" (5-Rappen, öre, haléř rounding)."""
        whole = total.value.value
        lines = self.index.lines
        at = total.line.index
        if not isinstance(whole, float):
            return None
        # The rounding a few lines under the total, the amount payable a few under that:
        # a recapitulation table beside them may put its rows between ("Celkem s DPH",
        # "12 % …", "Zaokrouhlení 0,45 Kč", "Součet …", "Celkem k úhradě 295 007,00 Kč").
        page = total.line.page
        for rounding in lines[at + 1 : at + 5]:
            if rounding.page != page or not any(
                h.key in _ROUNDING_KEYS for h in self.index.hits_by_line.get(rounding.index, ())
            ):
                continue
            step = self._amounts(rounding.toks)
            if len(step) != 1 or abs(step[0][0]) >= 1.0:
                return None
            for payable in lines[rounding.index + 1 : rounding.index + 4]:
                if payable.page != page:
                    return None
                found = self._paid_after_rounding(payable, whole + step[0][0])
                if found is not None:
                    due, (value, toks, _currency) = found
                    read = FieldValue(
                        value, page, join(payable.toks[: due.end + 1]), span_bbox(toks),
                        join(toks), "rounded",
                    )  # fmt: skip
                    return replace(total, value=read, line=payable, x0=toks[0].x0)
            return None
        return None

    def _paid_after_rounding(self, line: LineRec, amount: float) -> tuple[Hit, Any] | None:
        """The label opening ``line`` as an amount payable (or a total) and the amount it
        gives, when that is ``amount`` (the total and its rounding summed)."""
        due = next(
            (
                h
                for h in self.index.hits_by_line.get(line.index, ())
                if h.start == 0 and any(i.concept in ("amount_due", "total") for i in h.infos)
            ),
            None,
        )
        found = self._amounts(line.toks) if due is not None else []
        if due is None or not found or abs(amount - found[-1][0]) >= 0.005:
            return None
        return due, found[-1]

    def _less_a_deduction(self, total: _Cand, due: _Cand) -> bool:
        """Whether the amount due is a total less an amount the document prints: "Total
        tuition and services €5,280.00", "Less: deposit received … €1,000.00", "Balance due
        €4,280.00". The total is then what its weak label gives, not the amount due."""
        whole, rest = total.value.value, due.value.value
        if not (isinstance(whole, float) and isinstance(rest, float)) or not whole > rest > 0:
            return False
        taken = round(whole - rest, 2)
        return any(abs(amount - taken) < 0.005 for amount in self._printed_amounts)

    @functools.cached_property
    def _printed_amounts(self) -> list[float]:
        """Every amount the document prints, unsigned: read once, asked per pair of totals."""
        return [abs(a[0]) for line in self.index.lines for a in self._amounts(line.toks)]

    def _dateline(self, dayfirst: bool | None) -> FieldValue | None:
        """A letter's dateline on page one, the place then the date ending its cell: "Genève,
        le 14 mars 2025", "Stuttgart, den 3. März 2025", "Milano, 12/03/2025"."""
        for line in self.index.lines:
            if line.page != 1:
                break
            for seg in sorted({t.seg for t in line.toks}):
                toks = line.segment(seg)
                comma = next((k for k, t in enumerate(toks[:4]) if t.text.endswith(",")), None)
                if comma is None or not all(_PLACE_WORD.fullmatch(t.text) for t in toks[:comma]):
                    continue
                if not _PLACE_WORD.fullmatch(toks[comma].text[:-1]):
                    continue
                j = comma + 1
                if j < len(toks) and toks[j].folded in _DATELINE_ARTICLES:
                    j += 1
                got = read_date(toks[j:], dayfirst)
                if got is not None and got[1][0] is toks[j] and got[1][-1] is toks[-1]:
                    date, used, _ = got
                    if _DAY_RANGE.match(join(used)):
                        continue  # "Göteborg, 10–12 June 2024": an event's days, no dateline
                    return FieldValue(
                        date, line.page, None, span_bbox(used), join(used), "dateline"
                    )
        return None

    def _payment_date_of_receipt(self, dayfirst: bool | None) -> FieldValue | None:
        """A receipt's one payment date ("Date of payment: 2 May 2024" under "RECEIPT"), where
        no label gives the document's own: a receipt is dated when it was paid. Not on an
        invoice, where a payment date is when it falls due."""
        page = self.index.pages[0] if self.index.pages else None
        if page is None or not any(
            _RECEIPT_TITLE.fullmatch(line.folded.strip(" .:"))
            for line in page.lines
            if line.top < 0.4 * page.height
        ):
            return None
        paid = [
            c.value
            for c in self._candidates("other_date", "date", "other_date", dayfirst)
            if _PAID_KEYS.fullmatch(fold_text(c.value.label or ""))
        ]
        return paid[0] if len({v.value for v in paid}) == 1 else None

    def _first_date(self, dayfirst: bool | None) -> FieldValue | None:
        def labelled(concepts: tuple[str, ...]) -> dict[int, int]:
            """Where on its line the first label of ``concepts`` starts, by line."""
            starts: dict[int, int] = {}
            for c in concepts:
                for h, _ in self.by_concept.get(c, []):
                    starts[h.line.index] = min(h.start, starts.get(h.line.index, h.start))
            return starts

        # Dates labelled for something else (due, order, delivery, a date field of the
        # user's: "Arrivée" for check_in) only as a last resort; a date before such a label
        # on its line is free ("Data: 2025-03-19 Vencimento: …").
        others = ("due_date", "other_date", *self.other_dates)
        for skip in (labelled(others), labelled(("due_date",))):
            for line in self.index.lines:
                end = skip.get(line.index, len(line.toks))
                if end == 0 or parse_date(line.text, dayfirst=dayfirst) is None:
                    continue
                for s in range(end):
                    got = read_date(line.toks[s : min(s + 5, end)], dayfirst)
                    if got is not None:
                        date, used, _ = got
                        return FieldValue(
                            date, line.page, None, span_bbox(used), join(used), "first-date"
                        )
        return None

    def _largest_amount(self) -> FieldValue | None:
        best: tuple[bool, float, list[Tok]] | None = None
        for line in self.index.lines:
            for value, used, cur in self._amounts(line.toks, money_only=True):
                if cur is None and not DECIMALS.search(join(used)):
                    continue
                # An amount printed with its currency beats a bare number (a quantity).
                if best is None or (cur is not None, value) > best[:2]:
                    best = (cur is not None, value, used)
        if best is None:
            return None
        _, value, used = best
        return FieldValue(value, used[0].page, None, span_bbox(used), join(used), "largest-amount")

    def _incoterm(self, key: str) -> FieldValue | None:
        """The Incoterm a document sells on, with its named place ("FOB Santos", "FCA Zürich
        Flughafen", "FOB" alone in its cell): first in the cell beside or under one of the
        field's labels, else a cell it opens or that a terms label opens ("TERMS CIF LAEM
        CHABANG"); not a value named by it ("TOTAL CIF MONTREAL EUR 105.235,00")."""
        for hit, _info in self.by_concept.get(key, []):
            line = hit.line
            beside = [t for t in line.toks[hit.end + 1 :] if t.seg == line.toks[hit.end].seg]
            rows = [(line, beside)] + [(ln, toks) for ln, toks in self.index.below(hit)]
            for row, toks in rows:
                toks = [t for t in toks if not _EDITION.fullmatch(t.text)]
                if toks and _INCOTERM.fullmatch(toks[0].text):
                    return self._term_at(row, toks)
        for line in self.index.lines:
            for k, tok in enumerate(line.toks):
                if _INCOTERM.fullmatch(tok.text) is None:
                    continue
                before = [t for t in line.toks[:k] if t.seg == tok.seg]
                if not before or fold_text(before[-1].text.rstrip(":")) in _TERMS_WORDS:
                    return self._term_at(line, [t for t in line.toks[k:] if t.seg == tok.seg])
        return None

    @staticmethod
    def _term_at(line: LineRec, toks: list[Tok]) -> FieldValue:
        """An Incoterm and the place after it in its cell, up to a figure, an amount's
        currency or the rules' edition."""
        used = [toks[0]]
        for tok in toks[1:]:
            if DIGIT.search(tok.text) or _EDITION.fullmatch(tok.text) or tok.text in ISO_CODES:
                break
            used.append(tok)
        raw = join(used).rstrip(" ,;:-–")
        return FieldValue(raw, line.page, None, span_bbox(used), raw, "incoterm")

    def _seller_iban(self) -> FieldValue | None:
        """The first IBAN the page prints (``_iban_scan``) on a line that does not name the
        buyer's account ("Konto Kunde: IBAN …", "your account")."""

        def buyers(line: LineRec) -> bool:
            return any(t.folded.strip(".,:;()") in _BUYER_ACCOUNT for t in line.toks)

        return self._iban_scan(skip=buyers)

    def _iban_scan(self, skip: Callable[[LineRec], bool] | None = None) -> FieldValue | None:
        """The first IBAN the page prints, also cut by a line's end, without its spaces."""
        return self._scan(find_iban, lambda s: s.replace(" ", ""), wraps=True, skip=skip)

    def _scan(
        self,
        find: Callable[[str], str | None],
        norm: Callable[[str], str],
        *,
        wraps: bool = False,
        skip: Callable[[LineRec], bool] | None = None,
    ) -> FieldValue | None:
        """The first value ``find`` sees in a line, in reading order, for a field no label
        gives: an IBAN, an e-mail address, a phone number (the letterhead's, as a rule).
        With ``wraps``, a value the line's end cuts goes on at the next line's start ("…
        IBAN IT60 X054" over "2811 1010 0000 0123 456 · BIC …"). Lines ``skip`` is true of
        are passed over."""
        lines = self.index.lines
        for k, line in enumerate(lines):
            if skip is not None and skip(line):
                continue
            raw = find(line.text)
            if raw is None and wraps and k + 1 < len(lines) and lines[k + 1].page == line.page:
                joined = f"{line.text} {lines[k + 1].text}"
                raw = find(joined)
                if raw is not None and joined.find(raw) >= len(line.text):
                    raw = None  # wholly the next line's own: found there
            if raw is not None:
                return FieldValue(
                    norm(raw), line.page, None, self.index.locate(raw, line.page), raw, "regex-scan"
                )
        return None


#: The Incoterms 2020 and 2010, and the older ones still printed (DAT, DDU, "C&F").
_INCOTERM = re.compile(
    r"(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|DAT|DDU|DEQ|DES|DAF|CNF|C&F)(?![A-Za-z])"
)
#: Words of the rules' edition beside an Incoterm: "Incoterms® 2020", "(Incoterms 2010)".
_EDITION = re.compile(r"\(?(?:incoterms?®?|INCOTERMS?®?|Incoterms?®?|®|\(?20[12]0\)?)\)?[,;]?")
#: Labels a term of sale follows in the same cell: "TERMS CIF LAEM CHABANG".
_TERMS_WORDS = frozenset({"terms", "term", "incoterms", "incoterm", "incoterms®", "condition"})


def in_named_currency(name: str, kind: str) -> tuple[str, str] | None:
    """The field an amount's name is of, and the currency it names after it: ("total",
    "USD") for "total_usd", ("customs_value", "TRY") for "customs_value_try"; ``None`` when
    its name names none or a concept knows the whole name."""
    base, _, code = name.lower().rpartition("_")
    if kind != "amount" or not base or code.upper() not in ISO_CODES:
        return None
    if concept_for_field(name) is not None:
        return None
    return base, code.upper()


def _after_co_label(right: list[Tok]) -> list[Tok] | None:
    """The words after a second label that shares a label's colon ("Vessel / voyage: …",
    "Container & seal: …"): a slash or an ampersand, one to three words, the last ending
    in the colon; ``None`` where the words beside a label do not open so."""
    if len(right) < 3 or right[0].text not in ("/", "&", "+", "|"):
        return None
    for k in range(1, min(4, len(right) - 1)):
        word = right[k].text
        if word in (":", "：") and k > 1:
            return right[k + 1 :]
        if not any(c.isalpha() for c in word.rstrip(":：")):
            return None
        if word.endswith((":", "：")):
            return right[k + 1 :]
    return None


def _first(regex: re.Pattern[str]) -> Callable[[str], str | None]:
    """What ``regex`` first matches in a text, as a finder for ``_Run._scan``."""
    return lambda text: m.group() if (m := regex.search(text)) else None


def _cell_starts(line: LineRec) -> list[float]:
    """Where each of a line's cells (segments) starts."""
    starts: list[float] = []
    seg = None
    for t in line.toks:
        if t.seg != seg:
            starts.append(t.x0)
            seg = t.seg
    return starts


#: What a possessive label heads when it heads a party's name: "Shipper's Name and Address".
_WHOSE_NAME = frozenset(
    {"name", "names", "address", "details", "information", "info", "company", "business"}
    | {"legal", "registered", "full", "trading", "firm", "contact", "particulars"}
)


def _described_before(line: LineRec, toks: list[Tok]) -> bool:
    """Whether a row has a cell of words (an item's description) before the figures read in
    it: an item's row. Words after them are another column's ("R$ 19.240,00 | R$ 0,00
    INCONDICIONADO" under "VALOR DOS SERVIÇOS | DESCONTO")."""
    return described([t for t in line.toks if t.x1 <= toks[0].x0])


def _early_payment(toks: list[Tok], used: list[Tok]) -> bool:
    """Whether a discount is named within a few words after a date: the date to pay by to
    earn it ("bis 13.11.2025 unter Abzug von 2 % Skonto", "by 10 Nov 2025 less 2% discount")."""
    k = position(toks, used[-1]) + 1
    return any(_DISCOUNT_WORDS.search(t.folded) for t in toks[k : k + _DISCOUNT_REACH])


#: Words after a date that may name a discount for paying by it; words to look through for
#: the net date after it.
_DISCOUNT_REACH, _NET_DATE_REACH = 6, 30


#: Labels of tax numbers printed with a fixed count of digits, which tells a number of
#: theirs from any other: an Australian Business Number has eleven. (Not their check digits:
#: a made-up number on a sample or a test document fails those but is the one meant.)
_DIGITS_OF = {"abn": 11}


def _checks_out(hit: Hit, value: str) -> bool:
    """Whether a tax number read after its label has as many digits as its label's kind
    ("ABN 78 184 273 091"), where it has a fixed count; one that has not is another's."""
    count = _DIGITS_OF.get(hit.line.toks[hit.start].folded.strip(".:"))
    return count is None or sum(map(str.isdigit, value)) == count


def _heading(hit: Hit, right: list[Tok]) -> bool:
    """Whether a label heads a column rather than precedes its value: a possessive ("Shipper's
    Name and Address"), or one of a row of three or more cells with no colon after it, alone
    in its cell or with a word that says what of it ("CARRIER NAME | SHIP DATE | SCAC")."""
    toks = hit.line.toks
    rest = toks[hit.end].folded[hit.cut :]
    if any(t.folded.endswith(POSSESSIVE) for t in toks[hit.start : hit.end]):
        return True  # "Shipper's Name and Address", found as "Shipper's Name"
    if rest.rstrip(":") in POSSESSIVE:
        # "Shipper's Name and Address" found as "Shipper"; not "Employer's NI 3,289.44",
        # "Less: employer's National Insurance", of another thing than the party's name.
        own = toks[hit.end].seg
        following = [t.folded.strip(":") for t in toks[hit.end + 1 :] if t.seg == own]
        return not following or following[0] in _WHOSE_NAME
    if hit.colon:
        return False
    # (the next box's number in brackets aside: "(7) Port of Loading  (8) Port of Discharge")
    after = [
        t
        for k, t in enumerate(toks)
        if k > hit.end and not (t.text.endswith(")") and opens_box(toks, k))
    ]
    if any(DIGIT.search(t.text) for t in after):
        return False  # values in the row: "Employee Code | DA-10427 | Employee Name | …"
    if len({t.seg for t in right}) >= 2:
        return True
    own = toks[hit.end].seg
    # A gloss in brackets says no more of the value: "Approved by (manager name)".
    inside = [t.folded.rstrip(".:") for t in without_gloss([t for t in after if t.seg == own])]
    cells = {t.seg for t in after} - {own}
    return len(cells) >= 2 and (not inside or (len(inside) == 1 and inside[0] in _WHAT_OF))


def _two_headings(hit: Hit, right: list[Tok], under: LineRec) -> bool:
    """Whether a label and the one cell of words right of it head two columns, each over
    its own value: a bold "Taxpayer | Property Location" over "ELLIOTT MARGARET J | 4416
    WOODLAND PARK AVE N" in plain type (not a bold key beside its plain value, "Customer |
    Acme Ltd"), or capitals over words that are not ("ARRANGÖR | BILJETTOMBUD" over
    "Föreningen Kajjazz Gävle | Biljettkoll Nordic AB", "INSTRUCTOR (PAYEE) | ISSUED BY")."""
    if hit.colon or not hit.ends_word:
        return False
    # The label's gloss in brackets stays with it: "INSTRUCTOR (PAYEE) | ISSUED BY".
    gloss = len(right) - len(without_gloss(right))
    right = right[gloss:]
    if not right or len(right) > 4:
        return False
    toks = hit.line.toks
    if hit.end + 1 + gloss + len(right) != len(toks) or len({t.seg for t in right}) != 1:
        return False  # the label and one more cell make the whole line
    if right[0].seg == toks[hit.end].seg or toks[hit.start] is not toks[0]:
        return False
    if any(DIGIT.search(t.text) or t.text.endswith(":") for t in toks):
        return False  # headings hold no figure
    # Headings are set apart, in bold or in capitals, from the values under them.
    bold, caps = all(t.bold for t in toks), all(t.text.isupper() for t in toks)
    if not (bold or caps):
        return False
    lefts = (toks[0].x0, right[0].x0)
    firsts = [t for t in under.toks if any(abs(t.x0 - x) <= _SAME_COLUMN for x in lefts)]
    if len(firsts) != 2:
        return False
    return (bold and not any(t.bold for t in firsts)) or (
        caps and not any(t.text.isupper() for t in firsts)
    )


#: A word after a label that says the value is the whole of it ("Consumo total").
_ALL_OF_IT = frozenset({"total", "totale", "gesamt", "insgesamt", "totaal", "totalt", "global"})


#: Words before a caption that say which of it a form asks for ("Desired move-in date").
_WHICH_OF_IT = frozenset(
    {"desired", "requested", "expected", "preferred", "planned", "proposed", "estimated"}
    | {"actual", "gross", "current", "anticipated", "intended", "scheduled", "approximate"}
)
#: Words before a caption that say whose it is ("Votre bon de commande", "Uw inkoopordernr.").
_WHOSE = frozenset(
    {"your", "our", "votre", "vos", "notre", "nos", "uw", "onze", "ihre", "ihr", "unsere"}
    | {"su", "sus", "nuestro", "nuestra", "vostro", "vostra", "nostro", "nostra", "vs.", "ns."}
    | {"vosso", "vossa", "seu", "sua", "nosso", "nossa", "din", "deres", "er", "var", "vores"}
)
#: Words after a heading that say what of it is below ("Carrier name", "Member ID").
_WHAT_OF = frozenset({"name", "names", "no", "nr", "number", "#", "id", "date", "code", "ref"})


#: Words before a caption that name another of its kind than the one asked for ("Unit
#: price", "Previous balance", "Maximum load"): no qualifier of the user's field.
_OTHER_OF_IT = frozenset(
    {"unit", "previous", "prior", "last", "old", "original", "former", "other", "next"}
    | {"minimum", "maximum", "min", "max", "average", "avg", "per", "sub", "opening"}
    | {"closing", "starting", "ending", "beginning", "list", "base", "net", "tax"}
)


def _qualified_heading(hit: Hit, others: Sequence[Hit]) -> bool:
    """Whether a label ends a heading cell that opens with a word or two saying which one it
    is: "MOT test number", "Ohio title number", "Purchase price (USD)" in a row of two cells
    or more without digits, over their values. Not when those words are a label of their own
    ("Invoice | Order number") or name another of its kind ("Unit price")."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    first = hit.start
    while first and toks[first - 1].seg == seg:
        first -= 1
    words = toks[first : hit.start]
    if not 1 <= len(words) <= 2 or len({t.seg for t in toks}) < 2:
        return False
    if any(not t.folded.isalpha() or t.folded in _OTHER_OF_IT for t in words):
        return False
    if any(DIGIT.search(t.text) for t in toks):
        return False  # values on the line: no row of headings
    return not any(h.start < hit.start and h.end >= first for h in others)


def _ends_sentence(hit: Hit, value: list[Tok]) -> bool:
    """Whether the label's cell ends in a full stop after it, the value in another cell."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    cell = [t for t in toks[hit.end :] if t.seg == seg]
    return bool(value) and value[0].seg != seg and cell[-1].text.endswith(".")


def _opens_prose(hit: Hit) -> bool:
    """Whether a label opens a run of more than twelve words in its cell, no bullet among
    them: a paragraph, not a row (nor a footer's items, "… · Org.nr 556712-4083 · …")."""
    toks = hit.line.toks
    seg = toks[hit.start].seg
    words = 0
    for tok in toks[hit.start :]:
        if tok.seg != seg or tok.text in _BULLETS:
            break
        words += 1
    return words > 12


#: Marks between the items of a line that lists them: "… ₹ 1,879.79 · Total invoice value".
_CLAUSE_MARKS = frozenset({"·", "•", "|", "–", "—", ";"})


def _sentence_goes_on_after(cand: _Cand) -> bool:
    """Whether an amount was read from a sentence that goes on after it: its label inside
    the sentence's words, and more words after the figure ("… eks. mva., likevel maksimalt
    kr 500 000,00. Selger er ikke ansvarlig …"); not a long caption that ends with its
    figure ("Customs duty @ 6.0% (UK Global Tariff; …) £2,016.00")."""
    hit = cand.label
    if hit is None or not _in_sentence(hit) or cand.value.bbox is None:
        return False
    toks = hit.line.toks
    cell = hit.line.segment(toks[hit.start].seg)
    after = [t for t in cell if t.x0 > cand.value.bbox[2]]
    # (to the next separator: "IGST 18%: ₹ 1,879.79 · Total invoice value: …" is a list)
    after = list(itertools.takewhile(lambda t: t.text not in _CLAUSE_MARKS, after))
    return sum(t.text[:1].isalpha() for t in after) >= 2


def _in_sentence(hit: Hit) -> bool:
    """Whether a label is a word of a sentence: inside a cell of more than eight words, not
    opening it, not closed by a colon or the cell's end."""
    cell = hit.line.segment(hit.line.toks[hit.start].seg)
    return not (hit.anchored or hit.closed or hit.colon) and len(cell) > 8


def _opens_cell(toks: list[Tok], k: int) -> bool:
    """Whether word ``k`` opens its cell (segment) and the cell goes on after it."""
    return (k == 0 or toks[k - 1].seg != toks[k].seg) and (
        k + 1 < len(toks) and toks[k + 1].seg == toks[k].seg
    )


def _form_key(name: str) -> str:
    """A form field's name as compared with a column's: its last part, without indices,
    case or punctuation ("form1[0].page1[0].Invoice_No[0]" -> "invoiceno")."""
    last = re.sub(r"\[\d+\]", "", name).strip(". ").rsplit(".", 1)[-1]
    return re.sub(r"[\W_]+", "", last.casefold())
