"""Money helpers: currency tables (ISO 4217 codes, symbols, words) and the number-token scanner."""

from __future__ import annotations

import re
from dataclasses import dataclass

# price-parser (Zyte) turns a number token into a Decimal and knows the thousands/decimal
# separator conventions of real shop prices ("1 234,56", "1'234.56", "1,23,456.00"). We give it
# only the token we isolated ourselves, plus a decimal hint for the one truly ambiguous shape
# ("1,234"/"1.234"): on whole strings it reads "2023-03-20" as 2023 and phone numbers as
# amounts, and a global hint mangles unambiguous tokens ("12.50" with "," gives 1250).
from price_parser import Price

__all__ = [
    "CURRENCY_MARKER",
    "DOLLARS",
    "ISO_CODES",
    "WHOLE_CURRENCIES",
    "NumberToken",
    "currency_for_marker",
    "number_tokens",
    "token_value",
]

# Active ISO 4217 codes (2024). Kept here rather than taken from price-parser's private
# ``_currencies`` module, which is not public API and lists symbols, not a code -> code map.
_ISO_TEXT = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW
    ZWL
"""
ISO_CODES: frozenset[str] = frozenset(_ISO_TEXT.split())

#: Currencies whose amounts are written in whole units: ISO 4217's minor unit 0, and those
#: whose minor unit no longer circulates (the rupiah, the forint, the Colombian peso, ...).
#: A single separator before three digits groups thousands there: "Rp 1.500", "150.000 ₫",
#: "774.752 kr." (krónur), "¥1,234".
_WHOLE_TEXT = """
    BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF
    COP HUF IDR IQD IRR KHR LAK LBP MMK MNT SYP UZS
"""
WHOLE_CURRENCIES: frozenset[str] = frozenset(_WHOLE_TEXT.split())

# Codes that are also common upper-case words on invoices ("ALL ITEMS", "TOP", "PEN") are
# not searched for inside longer text; a field whose whole value is "ALL" still parses.
_CODES_TOO_WORDLIKE = frozenset({"ALL", "AMD", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS"})
_CODES_TOO_WORDLIKE |= frozenset({"TOP", "TRY", "LAK", "CVE", "BAM", "WST", "ERN", "NAD"})

# Symbol or abbreviation as printed -> ISO code. ``None`` marks a real currency marker whose
# country cannot be told ("kr" is SEK, NOK, DKK or ISK): it is still a currency, so an amount
# next to it is an amount, but we do not guess which one.
SYMBOLS: dict[str, str | None] = {
    "$": "USD",
    "US$": "USD",
    "U$S": "USD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "円": "JPY",
    "元": "CNY",
    "RMB": "CNY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "₨": "INR",
    "CHF": "CHF",
    "SFr.": "CHF",
    "Fr.": "CHF",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "Rp": "IDR",
    "Rp.": "IDR",
    "₽": "RUB",
    "₩": "KRW",
    "원": "KRW",  # the won as Korean prints it after the figure: "11,273,960원"
    "₺": "TRY",
    "TL": "TRY",  # the Turkish lira as Turkish invoices print it: "44.750,00 TL"
    "₪": "ILS",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
    "₴": "UAH",
    "₦": "NGN",
    "₸": "KZT",
    "грн": "UAH",
    "грн.": "UAH",
    "тг": "KZT",
    "руб": "RUB",
    "руб.": "RUB",
    "kr.": None,
    "kr": None,
    "S/": "PEN",  # the Peruvian sol, before its figure ("S/ 9,475.40"; see _bounded)
    "KM": "BAM",  # Bosnia's convertible mark as printed ("UKUPNO (KM) 3.299,40")
}

#: Currencies written with a bare "$" at home, which SYMBOLS reads as the US dollar.
DOLLARS = frozenset(
    {
        "AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD", "GYD", "HKD", "JMD",
        "KYD", "LRD", "MXN", "NAD", "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "XCD",
    }
)  # fmt: skip

# Words (matched case-insensitively, whole words), most specific first.
WORDS: dict[str, str | None] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "dollars canadiens": "CAD",
    "dollar canadien": "CAD",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "british pounds": "GBP",
    "british pound": "GBP",
    "indian rupees": "INR",
    "indian rupee": "INR",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "lei": "RON",  # also an Italian word ("you"), rare on a line of money
    "soles": "PEN",
    "forint": "HUF",
    "rupiah": "IDR",
    "złotych": "PLN",
    "złote": "PLN",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "rupees": "INR",
    "rupee": "INR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "złoty": "PLN",
    "zloty": "PLN",
    "franken": "CHF",
    "гривень": "UAH",
    "гривні": "UAH",
    "гривня": "UAH",
    "тенге": "KZT",
    "рублей": "RUB",
}

_LETTER_BEFORE = r"(?<![^\W\d_])"  # not preceded by a letter
_LETTER_AFTER = r"(?![^\W\d_])"  # not followed by a letter


def _bounded(marker: str) -> str:
    # Only markers that begin/end with a letter need word bounds: "Rs" must not match inside
    # "Drs", while "$" may sit right after anything.
    body = re.escape(marker)
    if marker == "S/":
        # The sol only before a figure: "S/N 4711" is a serial number, "S/O" a sales order.
        return _LETTER_BEFORE + body + r"(?=\s?\d)"
    if marker[0].isalpha():
        body = _LETTER_BEFORE + body
    if marker[-1].isalpha():
        body += _LETTER_AFTER
    return body


def _build_marker_regex() -> re.Pattern[str]:
    symbols = sorted(SYMBOLS, key=len, reverse=True)
    codes = sorted(ISO_CODES - _CODES_TOO_WORDLIKE)
    words = sorted(WORDS, key=len, reverse=True)
    parts = [_bounded(s) for s in symbols]
    parts.append(_LETTER_BEFORE + "(?:" + "|".join(codes) + ")" + _LETTER_AFTER)
    parts.append("(?i:" + "|".join(_bounded(w) for w in words) + ")")
    return re.compile("|".join(parts))


#: Finds a currency marker (symbol, ISO code or word); longest alternatives win.
CURRENCY_MARKER: re.Pattern[str] = _build_marker_regex()


def currency_for_marker(marker: str) -> str | None:
    """ISO code for a marker matched by ``CURRENCY_MARKER`` (or a bare code), else ``None``."""
    if marker in SYMBOLS:
        return SYMBOLS[marker]
    if marker.upper() in ISO_CODES and len(marker) == 3:
        return marker.upper()
    return WORDS.get(marker.lower())


# ----------------------------------------------------------------------------- numbers

_NUMBER = re.compile(
    r"(?<![\d.,'’])(?:"
    r"\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: 1,23,456.00
    r"|\d{1,3}(?P<g>[.,'’ \u00a0\u202f])\d{3}(?:(?P=g)\d{3})*(?:[.,]\d+)?"  # 1.234.567,89
    r"|\d+(?:[.,]\d+)?"
    r"|[.,]\d+"
    r")(?!\d|[.,'’]\d)"
)
_MARKER_AT_END = re.compile(r"(?:" + CURRENCY_MARKER.pattern + r")\Z")
_MARKER_AT_START = re.compile(CURRENCY_MARKER.pattern)
_LETTER_END = re.compile(r"[^\W\d_]\Z")
#: A currency's one capital glued before a figure with cents: the quetzal's "Q12,387.20",
#: the rand's "R38,914.00" (group 1: the letter).
_GLUED_LETTER_BEFORE = re.compile(_LETTER_BEFORE + r"([QR])\Z")
_GLUED_LETTER = {"Q": "GTQ", "R": "ZAR"}
_CENTS = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}")


@dataclass
class NumberToken:
    """A number in text, with what its surroundings say about it."""

    value: str
    start: int
    end: int
    percent: bool = False
    negative: bool = False
    currency: str | None = None
    marked: bool = False  # a currency marker sits right next to it
    whole: bool = False  # written "1.234,-" / "12.–": no decimals, so "." groups thousands
    usable: bool = True  # False: part of an id or phone number, not a value


def number_tokens(masked: str, *, units: bool) -> list[NumberToken]:
    """Every number in ``masked``; ``usable`` is False for parts of ids and phone numbers.

    ``masked`` has its dates and times blanked out already; ``units=True`` allows a word glued
    after the number ("12pcs"), otherwise only a currency may touch it.
    """
    tokens = []
    for m in _NUMBER.finditer(masked):
        tok = NumberToken(m.group(), m.start(), m.end())
        before, after = masked[: tok.start], masked[tok.end :]
        _read_context(tok, before, after)
        tok.usable = not (
            # 2023-0042, 555-1234, 3/4: ids, phone numbers and ranges
            re.search(r"\d[-/]\Z", before)
            or re.match(r"[-/]\d", after)
            # 0301234567, +4930123456: phone numbers
            or re.match(r"0\d", tok.value)
            or (before.endswith("+") and len(tok.value) >= 7)
            # INV12345, DE89, INV-1001, Order-55 (an id); 12abc unless units are allowed
            or (_LETTER_END.search(before.removesuffix("-")) and not tok.marked)
            or (not units and re.match(r"[^\W\d_]", after) and not tok.marked)
        )
        tokens.append(tok)
    return tokens


def _read_context(tok: NumberToken, before: str, after: str) -> None:
    """Set sign, percent and the adjacent currency from the text around a token."""
    b = before[-30:]
    for _ in range(3):  # peel "-" and a marker in either order: -$12, $-12, USD -12
        if b.endswith("-"):  # only a glued minus: "Total - $12" is a label separator
            tok.negative, b = True, b[:-1]
        elif not tok.marked and (m := _MARKER_AT_END.search(b.rstrip())):
            tok.marked, tok.currency = True, currency_for_marker(m.group())
            b = b.rstrip()[: m.start()]
        elif (
            not tok.marked
            and (glued := _GLUED_LETTER_BEFORE.search(b))
            and _CENTS.fullmatch(tok.value)
        ):
            # The quetzal's "Q" and the rand's "R" only glued to a figure with cents
            # ("Q12,387.20", "R38,914.00"), never searched for in text: "Q1 2026" is a
            # quarter, "R1" a revision, "Q" or "R" alone a letter.
            tok.marked, tok.currency, b = True, _GLUED_LETTER[glued[1]], b[:-1]
        else:
            break
    a = after
    for _ in range(3):
        if a.startswith("-") and not a[1:2].isdigit():
            # "¥437,560-", "437,560円-": in Japan the dash closes the sum ("and no more").
            tok.negative, a = tok.negative or tok.currency != "JPY", a[1:]
        elif m := _MARKER_AT_START.match(a.lstrip()):
            if tok.marked:
                break
            tok.marked, tok.currency = True, currency_for_marker(m.group())
            a = a.lstrip()[m.end() :]
        else:
            break
    if b.rstrip().endswith("(") and a.lstrip().startswith(")"):
        tok.negative = True
    # "19 %", "19%"; in Turkish the sign goes first, glued on: "KDV (%20)"
    tok.percent = after.lstrip().startswith("%") or before.endswith("%")
    tok.whole = re.match(r"[.,]-", after) is not None


def token_value(tok: NumberToken, decimal: str | None) -> float | None:
    """The token's value; ``decimal`` settles "1,234" vs "1.234": '.', ',', None (as '.'),
    or '' for a document that writes no decimals (both are 1234 then)."""
    hint = None
    if re.fullmatch(r"\d{1,3}[.,]\d{3}", tok.value):
        # The only ambiguous shape: "1,234" is a thousand, "1.234" a decimal, unless the
        # caller says the document writes decimals with a comma, or none at all, or the
        # amount says so itself ("1.234,-", "Rp 1.500").
        if tok.whole or decimal == "" or tok.currency in WHOLE_CURRENCIES:
            hint = "," if "." in tok.value else "."  # the separator groups thousands
        else:
            hint = decimal or "."
    elif re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{3}", tok.value):
        # Groups set apart by spaces: the mark before the last three digits is no thousands
        # mark then, but the decimal one of a three-decimal currency ("4 531,092" dinars).
        hint = tok.value[-4]
    elif "," in tok.value and "." in tok.value:
        # Both marks: the last is the decimal one, whatever follows it. price-parser takes a
        # dot before three digits for a thousands mark: "1,220.520" (Omani rials, three
        # decimals) came out 1220520.
        hint = tok.value[max(tok.value.rfind(","), tok.value.rfind("."))]
    # price-parser knows "'" but not the typographic "’" as a Swiss group separator.
    amount = Price.fromstring(tok.value.replace("’", "'"), decimal_separator=hint).amount
    if amount is None:
        return None
    return -float(amount) if tok.negative else float(amount)
