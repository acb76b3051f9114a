"""Typed values read off a run of words: dates, amounts, ids, phones, IBANs, currencies, text."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from .._currency import CURRENCY_MARKER, SYMBOLS, currency_for_marker
from ..values import (
    clean_id,
    clean_text,
    parse_amount,
    parse_currency,
    parse_date,
    parse_number,
)
from ._labels import COMPANY_SUFFIX, TITLE_WORD, fold
from ._layout import DocIndex, LineRec, Tok, join, position

__all__ = [
    "DECIMALS",
    "EMAIL",
    "IBAN",
    "PHONE",
    "Amount",
    "Read",
    "amounts",
    "convert",
    "currency_counts",
    "described",
    "exchange_rate",
    "find_phone",
    "first_marker",
    "has_description",
    "pick",
    "read_date",
    "read_value",
]

#: What a reader found: the typed value, the words it came from, the currency printed beside.
Read = tuple[Any, list[Tok], "str | None"]
Amount = tuple[float, list[Tok], "str | None"]

DIGIT = re.compile(r"\d")
#: Two decimals after a separator ("12.50", "1.234,56"), not a date's day and month (01.10.2024).
DECIMALS = re.compile(r"\d[.,]\d{2}(?![.,]?\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN = re.compile(r"\b[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
#: A phone number written as one: international ("+44 20 7946 0958"), with a trunk 0 or an
#: area code in brackets ("01904 612 738", "(03) 5331 4470"), or North American
#: ("415-555-0144"); eight digits or more. For a field "phone" without a label.
PHONE = re.compile(
    r"(?<![\w+(.,/-])(?:\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,5}(?:[ .-]\d{2,5}){1,4}"
    r"|\(\d{2,5}\) ?\d{3,5}(?:[ .-]\d{2,5}){0,3}"
    r"|0\d{1,5}(?:[ .-/]\d{2,5}){1,4}"
    r"|[2-9]\d{2}[-.][2-9]\d{2}[-.]\d{4})(?![\w.,/-]?\d)"
)
#: An amount with thousands grouped and cents, its two separators different ("1.128,49").
_GROUPED_MONEY = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2}")
#: A VAT number's country code printed apart from it.
_COUNTRY_SPACE = re.compile(r"^([A-Z]{2}) (?=[0-9A-Z]+$)")
#: A bank's BIC (SWIFT code): bank, country, place and an optional branch; letters only, often.
_BIC = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
#: How an IBAN begins: a cheap test before looking for one.
_IBAN_START = re.compile(r"\b[A-Z]{2}\d{2}\b")
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_PHONE_TOKEN = re.compile(r"^[+(]?[\d()./\-]+$")
_PUNCT_ONLY = re.compile(r"^[:;,.#|/\\\-–—•·●*()\[\]_]+$")  # not "€" or "$": those are money
_ID_LEAD = re.compile(r"^(?:no|nr|n\.?°|n\.o|num|number|nummer)\.?:?$")
_WORD4 = re.compile(r"[^\W\d_]{4,}")
#: The first groups of an amount grouped by spaces, its minus sign with it (a hyphen or the
#: typographic minus, U+2212: "−3" of "−3 560,00 kr").
_GROUP_HEAD = re.compile(r"\(?[-\u2212+]?\d{1,3}(?: \d{3})*")
#: The same, its currency sign glued on: "R1" of "R1 249.75", "€12" of "€12 500,00"; the sign
#: is group 1.
_SIGNED_HEAD = re.compile(r"([-\u2212]?(?:R|\$|€|£|Fr\.?|CHF|kr))\d{1,3}(?: \d{3})*")
#: (three decimals too: the dinar's "4 531,092")
_GROUP_TAIL = re.compile(r"\d{3}(?:,\d{1,3}(?!\d)|(?![\d.,]))\)?")
_TOTALS = ("total", "amount_due")
_ID_PREFIX = re.compile(r"[A-ZΑ-ΩА-Я]{1,5}[-/#]?")  # Latin, Greek ("Α 1847") or Cyrillic capitals
_SHORT_GROUP = re.compile(r"\d{2,4}")
_CLOSING_LETTERS = re.compile(r"[A-Z]{1,2}")
#: A code in brackets, one word: "(TD01)", a document type before its number.
_CODE_IN_BRACKETS = re.compile(r"\([^()\s]*\)")
#: A British number plate's two halves, printed a space apart: "KX19 RZT".
_PLATE_HEAD, _PLATE_TAIL = re.compile(r"[A-Z]{2}\d{2}"), re.compile(r"[A-Z]{3}")
#: Digits a VAT or tax number has at least (Swiss UID and Austrian UID 8, UK 9, ABN 11).
_VAT_DIGITS = 6
#: The count in a page counter ("1 of 12").
_COUNT = re.compile(r"\d{1,4}")
_COUNTER_WORDS = frozenset({"of", "von", "de", "sur", "van", "di", "/"})
# Currency marks worth counting: a symbol anywhere, a code or name next to a number. Much
# cheaper than CURRENCY_MARKER over a whole document, and codes away from numbers ("ALL",
# "CAD drawings") are not money anyway.
_SYMBOL_CHARS = "".join(sorted({k for k in SYMBOLS if len(k) == 1}))
# The lookahead up front lists every character a match can start with (a symbol, a space
# before a code, a capital, the first letter of a name in any case, "ſ" being an "s"): it
# changes no match, but lets most positions fail at once (three times faster on a page).
# A dollar sign with its country's letters before it (HK$, S$, A$, CA$) is that dollar.
_LETTERED_DOLLAR = "|".join(
    sorted((re.escape(k) for k in SYMBOLS if k.endswith("$") and len(k) > 1), key=len, reverse=True)
)
_MONEY_MARK = re.compile(
    rf"(?=[{re.escape(_SYMBOL_CHARS)}\sA-ZuUeEpPsSzl\u017f])"
    rf"(?:\b(?:{_LETTERED_DOLLAR})|[{re.escape(_SYMBOL_CHARS)}]"
    rf"|(?<=\d)\s?[A-Z]{{3}}\b|\b[A-Z]{{3}}\s?(?=[\d(-])"
    # a code the page says all its amounts are in: "(all amounts NZD, incl. GST)"
    r"|(?<=amounts )[A-Z]{3}\b|(?<=amounts in )[A-Z]{3}\b|(?<=amounts are in )[A-Z]{3}\b"
    r"|\bRs\.?(?=\s?-?\d)|(?i:\b(?:us dollars?|euros?|pounds sterling|swiss francs?)\b)"
    r"|\bzł(?!\w)|(?<=\d)\s?(?:Ft|lei|Kč)\b|\bRp\.?\s?(?=\d)|\bS/(?=\s?\d))"
)


#: Tokens that set items of a line apart ("Biscuit · Canine · 6 y").
_ITEM_SEPARATORS = frozenset({"·", "•", "|", "¦", "‧"})
#: Marks that stand alone between the words of a name or title: "Hamburg – Hafenherbst".
_TEXT_MARKS = frozenset({"-", "–", "—", "/"})
#: Words that put a rate after a measure's name: "Miles at 45p", "Hours @ 85.00", "per night".
_RATE_WORDS = frozenset({"at", "@", "per"})


def read_value(
    kind: str,
    concept: str | None,
    toks: list[Tok],
    *,
    dayfirst: bool | None,
    decimal: str | None,
    spaced: bool = False,
) -> Read | None:
    """The first value of ``kind`` at the start of ``toks`` (the words after a label);
    ``spaced`` as for :func:`amounts`."""
    if kind == "text":
        # A lone dot or bar between words ends a text's value: "Patient: Biscuit · Canine,
        # Labrador Retriever, …" is "Biscuit".
        cut = next((k for k, t in enumerate(toks) if k and t.text in _ITEM_SEPARATORS), None)
        toks = toks[:cut] if cut is not None else toks
    if kind == "id":
        toks = toks[_past_translation(toks) :]
    # A dash or slash between a text's words is its own: "Hamburg – Hafenherbst 2025",
    # "Spring / Summer". Other marks alone, and any at either end, are no part of a value.
    inner = range(1, len(toks) - 1) if kind == "text" else range(0)
    toks = [
        t
        for k, t in enumerate(toks)
        if not _PUNCT_ONLY.match(t.text)
        or _MASKED_GROUP.fullmatch(t.text)
        or (k in inner and t.text in _TEXT_MARKS)
    ]
    if not toks:
        return None
    if concept == "email":
        return next(((m.group(), [t], None) for t in toks[:3] if (m := EMAIL.search(t.text))), None)
    if concept == "phone":
        return _read_phone(toks)
    if concept == "iban":
        return _read_iban(toks)
    if concept == "bic":
        return _read_bic(toks)
    if concept == "vat_id" and kind == "id":
        vat = _read_grouped_id(toks) or _read_id(toks)
        if vat is None or sum(map(str.isdigit, str(vat[0]))) < _VAT_DIGITS:
            return None  # "6.00" after the word "tin" in "1kg tin 6.00": no tax number
        # "IE 6388047V" is IE6388047V, as the VAT registers write it.
        return _COUNTRY_SPACE.sub(r"\1", str(vat[0])), vat[1], vat[2]
    if kind == "date":
        return read_date(toks, dayfirst)
    if kind == "amount":
        found = amounts(toks, decimal=decimal, spaced=spaced)
        return pick(found, concept) if found else None
    if kind == "id":
        return _read_id(toks)
    if kind == "number":
        if toks and toks[0].folded in _RATE_WORDS:
            return None  # "Miles at 45p": a rate for each, not how many
        head, note, _ = toks[0].text.partition("（") if toks else ("", "", "")
        if note and any(map(str.isdigit, head)):
            # "：17名（2025年10月16日に15名から17名へ変更）": the figure before its note
            toks = [replace(toks[0], text=head, folded=fold(head)), *toks[1:]]
        close = _gloss_end(toks)
        if close is not None:
            # "Tasso debitore (Euribor 3M 2,600% + spread 1,750%) 4,350%": the figures of the
            # gloss make up the value after it.
            after = read_value(
                kind, concept, toks[close + 1 :], dayfirst=dayfirst, decimal=decimal, spaced=spaced
            )
            if after is not None:
                return after
        rate = exchange_rate(toks)
        if rate is not None:
            return rate
        # "Waga brutto kg 19 840": a count or measure grouped by a thousands space, as
        # amounts are read.
        nums = ((parse_number(t.text, decimal=decimal), t) for t in _join_groups(toks, spaced)[:2])
        return next(((n, [t], None) for n, t in nums if n is not None), None)
    if kind == "currency":
        for k, tok in enumerate(toks[:3]):
            code = parse_currency(tok.text)
            if code:
                # The country's name before its currency's word: "Canadian dollars"
                named = toks[max(0, k - 2) : k + 1]
                wider = parse_currency(join(named)) if k else None
                if wider and wider != code:
                    return wider, named, wider
                return code, [tok], code
        return None
    seg = _without_remark(_unclosed_cut(_sentence([t for t in toks if t.seg == toks[0].seg])))
    if len(seg) > 1 and seg[-1].text in _ADDRESSEE_MARKS:
        seg = seg[:-1]  # "藤村 美咲 様": the name, without the courtesy that follows it
    text = clean_text(join(seg).strip(" :;,|："))
    if text and (quoted := _QUOTED.fullmatch(text)):
        text = quoted.group(1)  # a title in quotes: «Die Fähre von Meilen», „Eb en Vloed”
    if text and sum(map(str.isalpha, text)) >= 2:
        return text, seg, None
    return None


#: Words of courtesy a Japanese document prints after a name it addresses: "御中" (a firm),
#: "様", "殿". The party rules also find the addressee by them (``_parties``).
JA_ADDRESSEE = ("御中", "様", "殿")
#: The same words, and Korean "님", "귀하": dropped from a name read after its label.
_ADDRESSEE_MARKS = frozenset({*JA_ADDRESSEE, "님", "귀하"})

#: A text wholly in one pair of quotation marks, none inside.
_QUOTED = re.compile(r"[«„“‚‘\"'»]\s*([^«»„“”‚‘’\"]+?)\s*[»“”‘’\"'«]")


def _gloss_end(toks: list[Tok]) -> int | None:
    """Where a gloss in brackets that opens ``toks`` closes, when words follow it."""
    if not toks or not toks[0].text.startswith(("(", "（")):
        return None
    close = next((k for k, t in enumerate(toks) if t.text.endswith((")", "）"))), None)
    return close if close is not None and close + 1 < len(toks) else None


#: Words between the two dates of a period: "12 April 2025 to 11 April 2026", "vom … bis …".
RANGE_WORDS = frozenset(
    {"to", "-", "–", "—", "~", "until", "till", "through", "thru", "bis", "au", "al", "a", "tot"}
    | {"ate", "do", "t/m", "--", "til", "tom", "t.o.m.", "->", "〜", "～", "至"}
)


#: Two dates run together by the mark between them: "2025年11月1日〜2025年11月30日",
#: "01.11.2025–30.11.2025" (a hyphen is none: it is inside an ISO date).
_GLUED_RANGE = re.compile(r"(\S*\d日?)([〜～~–—])(\d\S*)")
_RANGE_MARKS = frozenset("〜～~–—")


def unglued_ranges(toks: list[Tok], dayfirst: bool | None) -> list[Tok]:
    """``toks`` with a word that runs two dates together by a range mark cut in three, the
    dates and the mark, each given its share of the word's width."""
    for k, tok in enumerate(toks[:8]):
        if _RANGE_MARKS.isdisjoint(tok.text):
            continue  # the usual word: no regex (a date's every reading passes here)
        m = _GLUED_RANGE.fullmatch(tok.text)
        if m is None or not all(parse_date(m.group(g), dayfirst=dayfirst) for g in (1, 3)):
            continue
        width = (tok.x1 - tok.x0) / max(len(tok.text), 1)
        cut = [
            replace(
                tok,
                text=m.group(g),
                folded=fold(m.group(g)),
                x0=tok.x0 + width * m.start(g),
                x1=tok.x0 + width * m.end(g),
            )
            for g in (1, 2, 3)
        ]
        return [*toks[:k], *cut, *toks[k + 1 :]]
    return toks


def range_end(toks: list[Tok], first: Read, dayfirst: bool | None) -> Read | None:
    """The period's last date when ``first`` (a date read from ``toks``) opens a period: the
    date after "to", "–", "bis", "au", ... right after it; ``None`` when no period follows."""
    last = first[1][-1]
    at = position(toks, last)
    if at < 0 or at + 2 >= len(toks) or toks[at + 1].folded not in RANGE_WORDS:
        return None
    rest = toks[at + 2 :]
    found = read_date(rest, dayfirst)
    return found if found is not None and found[1][0] is rest[0] else None


def read_date(toks: list[Tok], dayfirst: bool | None) -> Read | None:
    """A date among the first words, and exactly the words that spell it."""
    window = toks[:7]
    date = parse_date(join(window), dayfirst=dayfirst)
    if date is None:
        return None
    # The fewest words that give the same date: a shorter run can read otherwise ("March 1 -
    # March 31," alone is 1 March 2031).
    end = next(
        e
        for e in range(1, len(window) + 1)
        if parse_date(join(window[:e]), dayfirst=dayfirst) == date
    )
    start = max(s for s in range(end) if parse_date(join(window[s:end]), dayfirst=dayfirst))
    # Words up to a colon are the label's own ("Periodo di fornitura: dal 01/12/2024").
    colon = max((k + 1 for k in range(start) if window[k].text.endswith(":")), default=0)
    found = parse_date(join(window[start:end]), dayfirst=dayfirst)
    if start - colon > 2:
        # The date is far from the label: it belongs to something else, unless it ends a
        # range whose first date leaves out the year they share ("March 1 - March 31, 2025").
        return _yearless_start(window[colon:start], found, dayfirst)
    return found, window[start:end], None


def _yearless_start(before: list[Tok], last: Any, dayfirst: bool | None) -> Read | None:
    """The first date of a range, written without the year its last date gives: ``before``
    is "March 1 -" of "March 1 - March 31, 2025" and ``last`` March 31, 2025. The year before
    when that would put it after the last ("Dec 15 - Jan 14, 2025")."""
    if last is None or len(before) < 2 or before[-1].folded not in RANGE_WORDS:
        return None
    words = before[-3:-1]  # "March 1", "1 March", "1. März"
    for k in range(len(words)):
        day = parse_date(f"{join(words[k:])} {last.year}", dayfirst=dayfirst)
        if day is not None and day.year == last.year:
            if day > last:
                day = parse_date(f"{join(words[k:])} {last.year - 1}", dayfirst=dayfirst)
            return (day, words[k:], None) if day is not None else None
    return None


def _without_remark(seg: list[Tok]) -> list[Tok]:
    """A text value without the remark in brackets that ends it, a list of asides after a
    comma ("Lean Six Sigma Green Belt Certification (on-site, private cohort)" is the
    course) or the edition of the rules it follows ("FCA Horsens (Incoterms® 2020)"). A
    name's own bracket stays ("Feed Barley (Planet)", "Acme (Pty) Ltd")."""
    k = next((i for i, t in enumerate(seg) if i >= 2 and t.text.startswith("(")), None)
    if k is None or not seg[-1].text.endswith(")"):
        return seg
    inside = join(seg[k:])
    if inside.count("(") != 1 or inside.count(")") != 1:
        return seg
    if "," not in inside and not _EDITION.fullmatch(inside):
        return seg
    return seg[:k]


#: A bracket naming rules by their year's edition: "(Incoterms® 2020)", "(ICC 2010)".
_EDITION = re.compile(r"\([^\d()]+ (?:19|20)\d\d\)")


def _unclosed_cut(seg: list[Tok]) -> list[Tok]:
    """A text value's words before a bracket they open and never close: "MV PACIFIC HARMONY
    (IMO" is the vessel, its number wrapped onto the next line. Balanced brackets stay
    ("Feed Barley (Planet)")."""
    depth, opened = 0, 0
    for k, tok in enumerate(seg):
        for ch in tok.text:
            if ch == "(":
                opened = k if depth == 0 else opened
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
    if depth and opened and seg[opened].text.startswith("("):
        return seg[:opened]
    return seg


def _sentence(seg: list[Tok]) -> list[Tok]:
    """A text value's words up to the end of its sentence: "Huurder: R.J. Verhoeven. Op grond
    van ..." is "R.J. Verhoeven" (a word of four letters or more, a full stop, a capital)."""
    for k, tok in enumerate(seg[:-1]):
        word = tok.text
        if (
            word.endswith(".")
            and len(word) > 4
            and "." not in word[:-1]
            and word[0].isalpha()
            and seg[k + 1].text[:1].isupper()
            and COMPANY_SUFFIX.fullmatch(word) is None
        ):
            return [*seg[:k], replace(tok, text=word[:-1], folded=tok.folded.rstrip("."))]
    return seg


#: Days, after a count of them: a term, not an amount.
_DAY_WORDS = frozenset(
    {"day", "days", "dage", "dagen", "dager", "dagar", "tage", "tagen", "jours", "dias", "giorni"}
    | {"dni", "dnu", "paivaa", "pv", "gun", "nap", "napon", "zile"}
)


#: Words an address numbers a place by: the number after one is no amount.
_PLACE_WORDS = frozenset(
    {"box", "postfach", "postbus", "postboks", "apartado", "casilla", "bp", "cp", "gpo"}
    | {"suite", "ste", "unit", "apt", "floor", "room", "building", "bldg", "pmb"}
    # A reference to a contract's or a law's part: "per Section 9.3", "Art. 14", "§ 16".
    | {"section", "sec", "clause", "article", "art", "§", "paragraph", "schedule"}
    # A reference to a form's own line or column: "(Line 6 from prior Certificate)", "Zeile 4".
    | {"line", "lines", "column", "col", "zeile", "ligne"}
)

#: A number with a letter in brackets glued on: a section of a law, or the plan it names
#: ("401(k)", "403(b)").
_SECTION = re.compile(r"\d+\([a-z]\)")
#: Printed after an amount that is a credit: "941.40 CR", "12.00 Cr".
_CREDIT_MARKS = frozenset({"CR", "Cr", "CR.", "Cr."})


def amounts(
    toks: list[Tok], *, decimal: str | None, money_only: bool = False, spaced: bool = False
) -> list[Amount]:
    """Money amounts among the words, each with its currency marker when printed beside.

    Amounts with decimals or a currency win; a bare integer counts only when it is the
    single number there ("Total 300", not the "3" of "Qty 3 ... 45.00"). ``money_only``
    skips bare integers early (cheap scans of whole pages). ``spaced``: the document groups
    thousands by a space before a decimal point ("R 97 750.00"), so "97 750.00" is one
    amount without its sign too.
    """
    strong: list[Amount] = []
    weak: list[Amount] = []
    #: Amounts multiplied on the row, not its value: "600 Stück × EUR 1,85 EUR 1.110,00".
    factors: list[Amount] = []
    strong_at: list[int] = []  # where each strong amount stands
    numbered = 0
    toks = _join_groups(toks, spaced)
    in_iban = _in_iban(toks)
    for i, tok in enumerate(toks):
        if not DIGIT.search(tok.text) or _DATE_SHAPE.search(tok.text) or i in in_iban:
            continue
        if _SECTION.fullmatch(tok.text):
            continue  # "401(k)", "§ 3(b)": a plan or a section named by its number
        if (
            i + 1 < len(toks)
            and toks[i + 1].text.startswith(("%", "‰"))
            and toks[i + 1].seg == tok.seg
        ):
            continue  # "zzgl. 19 % Umsatzsteuer": a rate, printed apart from its sign
        if _rate_base(toks, i):
            continue  # "Umsatzsteuer 19 % auf 726,57 € 138,05": what the rate is taken of
        if i > 0 and toks[i - 1].folded.strip(".,:#(") in _PLACE_WORDS:
            # An address's or a form's number: "PO Box 173388", "unit 2.04", "(Line 4"; a
            # number all the same when asking whether a bare one is alone ("(art. 155, …
            # CF/88)").
            numbered += 1
            continue
        used = [tok]
        if i > 0 and _is_marker(toks[i - 1], tok):
            used.insert(0, toks[i - 1])
        if i + 1 < len(toks) and _is_marker(toks[i + 1], tok):
            used.append(toks[i + 1])
        if len(used) == 1 and not DECIMALS.search(tok.text):
            if money_only:
                continue
            if i + 1 < len(toks) and toks[i + 1].folded.strip(".,;") in _DAY_WORDS:
                continue  # payment terms: "Netto 30 dage", "net 14 days"
            if sum(map(str.isdigit, tok.text)) >= 7 and tok.text.strip(".,;:").isdigit():
                numbered += 1  # seven digits and more, ungrouped: a number of an account
                continue
            if (
                len(tok.text) <= 2
                and i + 1 < len(toks)
                and toks[i + 1].seg == tok.seg
                and toks[i + 1].text[:1].isalpha()
            ):
                # A box's or a line's number ("2 Federal income tax withheld"): no amount, but
                # a number all the same when asking whether a bare one is alone.
                numbered += 1
                continue
        amount = parse_amount(join(used), decimal=decimal)
        if amount is None:
            continue
        value = amount.value
        after = i + 1 + (used[-1] is not tok)  # past a currency code printed after it
        if after < len(toks) and toks[after].text in _CREDIT_MARKS and toks[after].seg == tok.seg:
            value = -abs(value)  # "941.40 CR": a credit, as a credit note or statement prints it
            used = [*used, toks[after]]
        if _factor(toks, i - (used[0] is not tok), after - 1):
            factors.append((value, used, amount.currency))
        elif amount.currency or DECIMALS.search(tok.text):
            strong.append((value, used, amount.currency))
            strong_at.append(i)
        else:
            weak.append((value, used, amount.currency))
    if len(strong) > 1:
        # "Fuel surcharge 33.60% (DOE WK 02/17 $3.712) 164.12": an amount inside a remark
        # in brackets is what the charge was worked out from; the amount outside, the charge.
        in_remark = _in_remark(toks)
        outside = [a for a, i in zip(strong, strong_at, strict=True) if i not in in_remark]
        return outside or strong
    if strong:
        return strong
    if weak:
        return weak if len(weak) == 1 and not numbered else []
    return factors


def _in_remark(toks: list[Tok]) -> set[int]:
    """The words inside a remark in brackets that opens with a word, not with the figure
    ("(DOE WK 02/17 $3.712)", not an amount in brackets "(1,250.00)" or "(EUR 40.00)")."""
    inside: set[int] = set()
    opened = False
    for k, tok in enumerate(toks):
        text = tok.text
        if not opened and text.startswith(("(", "（")):
            word = text[1:].rstrip(")）")
            opened = word[:1].isalpha() and parse_currency(word) is None
        if opened:
            inside.add(k)
            if text.endswith((")", "）")):
                opened = False
    return inside


#: Signs of a product: "3 500 x 0,62 €", "600 Stück × EUR 1,85", "600 sh @ 1.0210".
_TIMES = frozenset({"x", "×", "*", "@", "à"})


def _factor(toks: list[Tok], first: int, last: int) -> bool:
    """Whether the amount printed in words ``first..last`` is multiplied on its row: a sign of
    a product right before it, or after it (past one word of the unit: "600 Stück ×")."""
    if first > 0 and toks[first - 1].text in _TIMES:
        return True
    for k in (last + 1, last + 2):
        if k < len(toks) and toks[k].text in _TIMES:
            return k == last + 1 or toks[last + 1].text.isalpha()
    return False


#: Words that give what a rate is taken of: "19 % auf 726,57 €", "20% on £1,500.00",
#: "27,5 % von EUR 1.110,00", "19% od 500,00 zł", "30 % av 2 000 kr".
_BASE_WORDS = frozenset(
    {"auf", "von", "on", "of", "sur", "su", "di", "sobre", "op", "van", "over", "from", "de"}
    | {"od", "av", "af"}
)


#: Base words that open the words after a label only as a rate's base ("USt. auf 86.069,40"),
#: unlike "of" or "de" ("Total of $86.00").
_ON_WORDS = frozenset({"auf", "on", "sur", "sobre", "op", "over"})


def _rate_base(toks: list[Tok], i: int) -> bool:
    """Whether the number at ``i`` follows a rate and a base word ("19 % auf [€] 726,57"),
    or closes a bracket that names the base between them ("(20% of labour £4,200.00)"; not
    "VAT at 20% on fees 808.00", the tax itself)."""
    j = i - 1
    if j >= 0 and _is_marker(toks[j], toks[i]):
        j -= 1  # "auf € 726,57"
    if (
        j >= 2
        and toks[i].text.endswith(")")
        # (not a figure in brackets of its own, a deduction: "Less CIS deduction 20% on
        # labour (1,368.00)")
        and not toks[i].text.startswith("(")
        and toks[j].folded.isalpha()
        and toks[j - 1].folded in _BASE_WORDS
    ):
        j -= 1  # "of labour £4,200.00)"
    if j == 0 and toks[0].folded in _ON_WORDS:
        # The words after a tax's label open with the base, the rate stands before the label
        # ("zzgl. 19 % USt. auf 86.069,40 € 16.353,19"): a base when the tax follows it.
        return any(DECIMALS.search(t.text) for t in toks[i + 1 :])
    if j < 1 or toks[j].folded not in _BASE_WORDS:
        return False
    k = j - 1
    while k > 0 and j - k < 5 and toks[k].folded.isalpha() and toks[k].seg == toks[j].seg:
        k -= 1
    if k < j - 1 and toks[k + 1].folded not in _BASE_WORDS:
        return False
    # The rate, its base word and, for "GST 9% on full course fee of $2,800.00", a few words
    # naming the base and their "of".
    return toks[k].text.endswith(("%", "‰"))


def pick(found: list[Amount], concept: str | None) -> Amount:
    """Of several amounts in a row, the one printed with a currency when only one is; else a
    total is the largest (gross beats net and tax: "Total 24.99 5.00 29.99"), anything else
    the last (the amount column is on the right)."""
    marked = [f for f in found if f[2]]
    if len(marked) == 1 and len(found) > 1:
        # "Gross Pay 84.50 $2,710.94 15,839.88": hours, this period's pay, the year's; the
        # one amount printed as money is the one the row is about.
        return marked[0]
    if concept in _TOTALS:
        return max(found, key=lambda f: abs(f[0]))
    if concept == "tax" and len(found) >= 3:
        base, tax, gross = found[-3:]
        if abs(base[0] + tax[0] - gross[0]) < 0.011:
            return tax  # a breakdown's row: "ALV 25,5 % 19 932,32 5 082,74 25 015,06"
    if concept == "subtotal" and len(found) >= 2:
        base, tax = found[-2:]
        if any(abs(base[0] * rate - tax[0]) < 0.011 for rate in _TAX_RATES):
            # A tax summary's row, the base and its tax: "22% Operazione imponibile
            # 4.873,40 1.072,15" under "Imponibile  Imposta".
            return base
    return found[-1]


#: Rates of VAT, GST and sales tax in use, as fractions: a figure this share of the one
#: before it on a row is that figure's tax.
_TAX_RATES = tuple(r / 1000 for r in [*range(50, 251, 10), 255, 270])


def has_description(line: LineRec) -> bool:
    """Whether a line has a cell of words (an item's description): a table row."""
    return described(line.toks)


def described(toks: list[Tok]) -> bool:
    """Whether words of a line (``has_description``) hold a cell of words."""
    for seg in {t.seg for t in toks}:
        text = join([t for t in toks if t.seg == seg])
        letters = sum(map(str.isalpha, text))
        if letters > sum(map(str.isdigit, text)) and _WORD4.search(text):
            return True
    return False


def convert(raw: str, kind: str, dayfirst: bool | None, decimal: str | None) -> Any:
    """A pattern's match as the field's kind (``None`` when it does not read as one)."""
    if kind == "date":
        return parse_date(raw, dayfirst=dayfirst)
    if kind == "amount":
        amount = parse_amount(raw, decimal=decimal)
        return amount.value if amount else None
    if kind == "number":
        return parse_number(raw, decimal=decimal)
    if kind == "currency":
        return parse_currency(raw)
    if kind == "id":
        return clean_id(raw)
    return clean_text(raw)


def currency_counts(text: str) -> Counter[str]:
    """How often each currency is printed in ``text`` (symbols, codes and names)."""
    counts: Counter[str] = Counter()
    for m in _MONEY_MARK.finditer(text):
        code = currency_for_marker(m.group().strip())
        if code:
            counts[code] += 1
    return counts


def first_marker(index: DocIndex, code: str) -> Tok | None:
    """The first word showing currency ``code`` (for provenance)."""
    for line in index.lines:
        for tok in line.toks:
            m = CURRENCY_MARKER.search(tok.text)
            if m and currency_for_marker(m.group()) == code:
                return tok
    return None


def _in_iban(toks: list[Tok]) -> set[int]:
    """The indices of the words that are groups of an IBAN ("NL42 RABO 0315 6677 04"): no
    amount is read from them."""
    text = join(toks)
    if not _IBAN_START.search(text):
        return set()
    found: set[int] = set()
    starts = list(itertools.accumulate((len(t.text) + 1 for t in toks), initial=0))
    for m in IBAN.finditer(text):
        found.update(k for k, at in enumerate(starts[:-1]) if m.start() <= at < m.end())
    return found


def exchange_rate(toks: list[Tok]) -> Read | None:
    """The rate of "1 EUR = 4,1839 PLN" (or "EUR 1 = PLN 4,1839"): what one unit of a
    currency is worth, not the one."""
    texts = [t.text for t in toks[:4]]
    if len(texts) < 4 or texts[2] != "=":
        return None
    if not (
        (texts[0] == "1" and parse_currency(texts[1]))
        or (texts[1] == "1" and parse_currency(texts[0]))
    ):
        return None
    rest = toks[3:]
    if len(rest) > 1 and parse_currency(rest[0].text) and not DIGIT.search(rest[0].text):
        rest = rest[1:]  # "= PLN 4,1839"
    value = parse_number(rest[0].text)
    return (value, [rest[0]], None) if value is not None else None


def _join_groups(toks: list[Tok], spaced: bool = False) -> list[Tok]:
    """Digit groups split at a thousands space made one word again: "1", "234,56" → "1 234,56",
    "19", "840" → "19 840", "(20", "825.00)" → "(20 825.00)".

    Only a group of three digits, alone or before a decimal comma (French, Swiss, Nordic,
    Polish style), and across a plain word space in one cell, so that table cells such as
    "1 | 275.00" (quantity, price) stay apart.
    """
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        signed = _SIGNED_HEAD.fullmatch(prev.text) if prev is not None else None
        if (
            prev is not None
            and prev.seg == tok.seg
            and (signed or _GROUP_HEAD.fullmatch(prev.text))
            and (
                _GROUP_TAIL.match(tok.text)
                # after a currency sign, decimal points too: "R 16 200.35", "R1 249.75";
                # without one where the document groups so (``spaced``)
                or (
                    _DOT_TAIL.fullmatch(tok.text)
                    and (spaced or signed or (len(out) > 1 and _signed(out[-2])))
                )
            )
            and tok.x0 - prev.x1 < 0.7 * max(tok.height, 1.0)  # a monospace space is 0.6 em
            # a credit in brackets round its groups: "(20 825.00)"
            and prev.text.startswith("(") == tok.text.endswith(")")
        ):
            # A glued sign set apart, as amounts are parsed: "R1" → "R 1".
            head = f"{signed[1]} {prev.text[signed.end(1) :]}" if signed else prev.text
            text = f"{head} {tok.text}"
            out[-1] = replace(prev, text=text, folded=text, x1=tok.x1)
            continue
        out.append(tok)
    return out


_DOT_TAIL = re.compile(r"\d{3}\.\d{2}\)?")


def _signed(tok: Tok) -> bool:
    """Whether ``tok`` is a currency sign or code (or the rand's lone "R")."""
    return tok.text == "R" or CURRENCY_MARKER.fullmatch(tok.text) is not None


def _is_marker(tok: Tok, number: Tok) -> bool:
    """Whether ``tok`` is a currency sign or code printed right beside ``number``, with the
    amount's minus sign before it ("-R$ 663,40", "−€ 12,00")."""
    if tok.seg != number.seg or DIGIT.search(tok.text):
        return False
    text = tok.text.strip("()").lstrip("-\u2212")
    return len(text) <= 4 and CURRENCY_MARKER.fullmatch(text) is not None


def _read_id(toks: list[Tok]) -> Read | None:
    i = 0
    while i < len(toks) - 1 and (
        _ID_LEAD.match(toks[i].folded) or TITLE_WORD.fullmatch(toks[i].folded.rstrip(":"))
    ):
        # "Invoice No. 12" where only "Invoice" was the label; "Invoice INV-20931" under
        # "Relating to"
        i += 1
    if (
        i + 1 < len(toks)
        and _CODE_IN_BRACKETS.fullmatch(toks[i].text)
        and DIGIT.search(toks[i + 1].text)
        and not _DATE_SHAPE.fullmatch(toks[i + 1].text)
    ):
        i += 1  # a code in brackets before the number: "FATTURA (TD01) 145/2025", its type
    if (
        i + 2 < len(toks)
        and _ID_PREFIX.fullmatch(toks[i].text)
        and _ID_LEAD.match(toks[i + 1].folded)
        and DIGIT.search(toks[i + 2].text)
    ):
        i += 2  # "Seria CTL nr. 0002871": the series, then the number within it
    tok = toks[i]
    if (
        i + 2 < len(toks)
        and toks[i + 1].folded in _COUNTER_WORDS
        and _COUNT.fullmatch(toks[i + 2].text.rstrip(".,)"))
    ):
        return None  # "1 of 2": a page counter ("A-1744 of 05.06.2024" is a number and date)
    used = [tok]
    if _ID_PREFIX.fullmatch(tok.text) and i + 1 < len(toks) and toks[i + 1].seg == tok.seg:
        nxt = toks[i + 1]
        # A space apart, also a monospaced one (0.6 em): not the next cell.
        if DIGIT.search(nxt.text) and nxt.x0 - tok.x1 < 0.65 * max(tok.height, 1.0):
            used.append(nxt)  # "INV 2024-001", "FT A2024/1187": a series printed apart
            if _SHORT_GROUP.fullmatch(nxt.text):
                # "JT 48 22 71 C" (a UK NI number), "EK 4005 8821 7734 SK" (a parcel)
                used += _groups(toks[i + 2 :], nxt)
    elif _DIGIT_GROUP.fullmatch(tok.text):
        used = _digit_groups(toks[i:]) or used  # "7100 2284 913": a bill number in groups
    elif _RF_HEAD.fullmatch(tok.text) and (reference := _creditor_reference(toks[i:])):
        used = reference  # "RF03 2026 0311": a structured creditor reference, in groups
    elif (
        _PLATE_HEAD.fullmatch(tok.text)
        and i + 1 < len(toks)
        and _PLATE_TAIL.fullmatch(toks[i + 1].text)
        and toks[i + 1].seg == tok.seg
        and toks[i + 1].x0 - tok.x1 < 0.65 * max(tok.height, 1.0)
    ):
        used.append(toks[i + 1])
    value = clean_id(join(used).lstrip("#:："))
    if not value or not DIGIT.search(value):
        return None  # "Date", "Page": a word, not an identifier
    if (_DATE_SHAPE.fullmatch(value) and parse_date(value) is not None) or "%" in value:
        return None  # a date, not a number ("415/1/1", a Croatian fiscal number, is none)
    if (CURRENCY_MARKER.match(value) and DECIMALS.search(value)) or _GROUPED_MONEY.fullmatch(value):
        return None  # "$4.11", "1.128,49": an amount, not an id
    return value, used, None


def _past_translation(toks: list[Tok]) -> int:
    """Where a value starts after the label's translation in its cell, a slash and one to
    three words: "Invoice No. / Numru  FM-26-00418", "Your order / Ordni NMT-PO-26-0133"
    (Maltese). 0 where the words do not open so."""
    if len(toks) < 3 or toks[0].text != "/":
        return 0
    for k in range(1, min(4, len(toks) - 1)):
        word = toks[k]
        if word.seg != toks[0].seg or not word.text.rstrip(".:").isalpha():
            return 0
        if DIGIT.search(toks[k + 1].text):
            return k + 1  # the value in the translation's cell, or in the next
    return 0


_COUNTRY = re.compile(r"[A-Z]{2}")
_DIGIT_GROUP = re.compile(r"\d{2,5}")
#: A group of a masked card or account number: "****", "75**", "XXXX".
_MASKED_GROUP = re.compile(r"(?=[\d*•xX]{2,5}$)\d*[*•xX][\d*•xX]*")
#: A VAT number's groups: "FR 64 834512907" keeps its nine-digit SIREN whole.
#: A group of a VAT or business number: digits, or a program account's letters and digits
#: after them (Canada's "784512369 RT0001", the Dutch "… B01").
_VAT_GROUP = re.compile(r"\d{2,12}|[A-Z]{1,2}\d{2,4}")
#: What a VAT number may open with: its country code, with the check digits glued ("FR92").
_COUNTRY_HEAD = re.compile(r"[A-Z]{2}\d{0,4}")


def _groups(toks: list[Tok], last: Tok) -> list[Tok]:
    """The groups of as many digits as ``last`` that go on after it one word space apart,
    and the letters that close them ("48 | 22 71 C", "4005 | 8821 7734 SK", "218 | PZ")."""
    used: list[Tok] = []
    size = len(last.text)
    for k, t in enumerate(toks):
        if _apart(last, t):
            break
        if not (t.text.isdigit() and len(t.text) == size):
            # Letters close it, after a short first group too (an Italian plate, "FK | 218
            # PZ"); a shorter last group ends a number of several where its cell ends ("CT
            # 0021 9883 | 41", a French securities account).
            letters = (used or size <= 3) and _CLOSING_LETTERS.fullmatch(t.text)
            short = used and t.text.isdigit() and len(t.text) < size and _ends_cell(toks, k)
            if letters or short:
                used.append(t)
            break
        used.append(t)
        last = t
    return used


#: The head of a structured creditor reference (ISO 11649): "RF" and two check digits.
_RF_HEAD = re.compile(r"RF\d{2}")
_RF_GROUP = re.compile(r"[0-9A-Z]{1,4}")


def _creditor_reference(toks: list[Tok]) -> list[Tok] | None:
    """The words of a creditor reference printed in groups of four ("RF03 2026 0311", "RF18
    5390 0754 7034"), when its check digits hold (mod 97, as an IBAN's: the reference has at
    most 25 characters); ``None`` when they hold for no run of the groups after the head."""
    used, found = [toks[0]], None
    for last, t in itertools.pairwise(toks):
        if _apart(last, t) or not _RF_GROUP.fullmatch(t.text):
            break
        used.append(t)
        reference = "".join(u.text for u in used)
        if len(reference) > 25:
            break
        if iban_checks(reference):
            found = list(used)
    return found


def _apart(word: Tok, nxt: Tok) -> bool:
    """Whether ``nxt`` is farther from ``word`` than a word space: in another cell."""
    return nxt.seg != word.seg or nxt.x0 - word.x1 > 0.6 * max(word.height, 1.0)


def _ends_cell(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is the last word of its cell: no word follows it a space apart."""
    return k + 1 == len(toks) or _apart(toks[k], toks[k + 1])


#: The last group of a number printed in groups: a check digit, six digits, or a group and
#: its check digit after a dash.
_LAST_GROUP = re.compile(r"\d|\d{6}|\d{2,6}-\d")


#: A Canadian program account after the nine digits of a business number: "RR0001" (a
#: registered charity), "RT0001" (GST/HST), "RP0001" (payroll).
_PROGRAM_ACCOUNT = re.compile(r"R[A-Z]\d{4}")


def _digit_groups(toks: list[Tok]) -> list[Tok] | None:
    """A number printed in groups one word space apart, 8 digits or more ("4400 1288 731"),
    as telecom and utility bills print account and bill numbers; ``None`` for one group."""
    used = [toks[0]]
    for k, t in enumerate(toks[1:], 1):
        last = used[-1]
        if t.seg != last.seg:
            break
        # A check digit may close the number as a group of one ("7002 4189 5"), or after a
        # dash ("418 20731-4"), and a birth date its six ("1285 030581", an Austrian social
        # insurance number): only last.
        ends = k + 1 == len(toks) or toks[k + 1].seg != t.seg
        # A comma or the sentence's stop after the last group: "betalingskenmerk 6002 6003
        # 8804 1827."
        text = t.text.rstrip(".,;") if t.text[-1:] in ".,;" and len(t.text) > 1 else t.text
        if _PROGRAM_ACCOUNT.fullmatch(t.text) and sum(len(u.text) for u in used) == 9:
            if t.x0 - last.x1 <= 0.8 * max(last.height, 1.0):
                used.append(t)  # a Canadian business number's program account: "RR0001"
            break
        if not (
            _DIGIT_GROUP.fullmatch(text)
            or (ends and _LAST_GROUP.fullmatch(text))
            or _MASKED_GROUP.fullmatch(t.text)  # a card number's hidden digits: "4520 **** 7719"
        ):
            break
        if t.x0 - last.x1 > 0.8 * max(last.height, 1.0):
            break  # a column gap: the next cell's number
        used.append(t)
        if text != t.text:
            break  # the stop ends it
    digits = sum(len(t.text) for t in used)
    if _MASKED_GROUP.fullmatch(used[-1].text):
        return None  # masked to the end: no number left to tell
    return used if len(used) >= 2 and digits >= 8 else None


def _read_grouped_id(toks: list[Tok]) -> Read | None:
    """A VAT or company number printed in groups of digits, after an optional country code
    ("GB 123 4567 89", "987 654 321 MVA"), as one id without its spaces; ``None`` when the
    words do not start that way."""
    while len(toks) > 1 and _ID_LEAD.match(toks[0].folded) and toks[0].text != "NO":
        # "VAT Registration No. GB 284 5521 07"; "Org.nr. NO 987 654 325 MVA" is Norway's.
        toks = toks[1:]
    used: list[Tok] = []
    for t in toks:
        if t.seg != toks[0].seg:
            break
        text = t.text.rstrip(".,;")  # the end of a sentence: "… 5521 07."
        if used and len(text) >= 8 and len(used[-1].text.rstrip(".,;")) >= 8:
            break  # two whole numbers, not one's groups: "ИНН/КПП 7728194001 / 165901001"
        if (not used and _COUNTRY_HEAD.fullmatch(text)) or _VAT_GROUP.fullmatch(text):
            used.append(t)
        else:
            break
        if text != t.text:
            break
    value = "".join(t.text.rstrip(".,;") for t in used)
    if len(used) < 2 or sum(map(str.isdigit, value)) < 8:
        return None
    return value, used, None


def _read_phone(toks: list[Tok]) -> Read | None:
    used = []
    for t in toks:
        if t.seg != toks[0].seg or not _PHONE_TOKEN.match(t.text):
            break
        used.append(t)
    text = join(used)
    return (text, used, None) if len(DIGIT.findall(text)) >= 6 else None


def find_phone(text: str) -> str | None:
    """The first phone number (``PHONE``) in ``text`` that is no date and no part of an IBAN."""
    for m in PHONE.finditer(IBAN.sub(" ", text)):
        number = m.group()
        if len(DIGIT.findall(number)) >= 8 and not _DATE_SHAPE.fullmatch(number):
            return number
    return None


def _read_bic(toks: list[Tok]) -> Read | None:
    """A BIC among the first two words, without the brackets of "(BIC RABONL2U)"."""
    for tok in toks[:2]:
        code = tok.text.strip("()")
        if _BIC.fullmatch(code):
            return code, [tok], None
    return None


def _read_iban(toks: list[Tok]) -> Read | None:
    """The IBAN among the first words ("PL 61 1090 1014 …" too), as :func:`checked_iban`
    reads it: a word after it is not taken in, and one cut off where the line ends ("IBAN
    IT60 X054 2811 1010 0000") is no IBAN."""
    text = join(toks[:10])
    m = IBAN.search(text)
    checked = checked_iban(m.group()) if m else None
    if m is None or checked is None:
        return None
    iban, groups = checked
    used = toks[: len(text[: m.start()].split()) + groups]
    return iban, used or toks[:1], None


def find_iban(text: str) -> str | None:
    """The first IBAN in ``text`` whose check digits hold, as printed (its groups)."""
    for m in IBAN.finditer(text):
        checked = checked_iban(m.group())
        if checked is not None:
            return " ".join(m.group().split()[: checked[1]])
    return None


def checked_iban(raw: str) -> tuple[str, int] | None:
    """The IBAN ``raw`` spells (its groups run together) and how many of its groups it
    takes: the longest run of them, from the first, of 15 characters or more whose check
    digits hold, else one as long as its country's IBANs are (a sample's made-up number);
    ``None`` when no run is either."""
    groups = raw.split()
    runs = [("".join(groups[:n]), n) for n in range(len(groups), 0, -1)]
    checked = next((r for r in runs if len(r[0]) >= 15 and iban_checks(r[0])), None)
    if checked is None:
        checked = next((r for r in runs if len(r[0]) == _IBAN_LENGTHS.get(r[0][:2])), None)
    return checked


#: IBAN lengths by country (the ISO 13616 registry).
_IBAN_LENGTHS = {
    **dict.fromkeys(["NO"], 15),
    **dict.fromkeys(["BE"], 16),
    **dict.fromkeys(["DK", "FI", "FO", "GL", "NL"], 18),
    **dict.fromkeys(["MK", "SI"], 19),
    **dict.fromkeys(["AT", "BA", "EE", "KZ", "LT", "LU", "XK"], 20),
    **dict.fromkeys(["CH", "HR", "LI", "LV"], 21),
    **dict.fromkeys(["BG", "BH", "CR", "DE", "GB", "GE", "IE", "ME", "RS"], 22),
    **dict.fromkeys(["AE", "GI", "IL"], 23),
    **dict.fromkeys(["AD", "CZ", "ES", "MD", "PK", "RO", "SA", "SE", "SK", "TN", "VG"], 24),
    **dict.fromkeys(["PT"], 25),
    **dict.fromkeys(["IS", "TR"], 26),
    **dict.fromkeys(["FR", "GR", "IT", "MC", "MR", "SM"], 27),
    **dict.fromkeys(["AL", "AZ", "CY", "DO", "GT", "HU", "LB", "PL"], 28),
    **dict.fromkeys(["BR", "EG", "PS", "QA", "UA"], 29),
    **dict.fromkeys(["JO", "KW", "MU"], 30),
    **dict.fromkeys(["MT"], 31),
}


def iban_checks(iban: str) -> bool:
    """Whether an IBAN's check digits hold (ISO 13616: the number mod 97 is 1).

    Four lines, not python-stdnum or schwifty: their full per-country formats would also
    turn away the made-up IBANs of samples and templates that this reader still takes by
    their length (:func:`checked_iban`), and a dependency for this is not worth its weight.
    """
    moved = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


#: A freight container's number (ISO 6346): owner code, category U/J/Z, serial, check
#: digit, printed run together or grouped ("MSCU 123456 7", "MSCU1234567").
CONTAINER = re.compile(r"\b[A-Z]{3}[UJZ]\s?\d{6}\s?-?\d\b")


def container_checks(code: str) -> bool:
    """Whether a container number's check digit holds (ISO 6346).

    Letters count 10 to 38, skipping the multiples of 11; each of the ten characters is
    weighted by a power of two, and the sum modulo 11 (10 read as 0) is the check digit.
    Hand-written as :func:`iban_checks` is: a dependency for ten lines is not worth it.
    """
    code = re.sub(r"[\s-]", "", code)
    if not re.fullmatch(r"[A-Z]{4}\d{7}", code):
        return False
    values = [v for v in range(10, 39) if v % 11]
    total = sum(
        (values[ord(c) - 65] if c.isalpha() else int(c)) << i for i, c in enumerate(code[:10])
    )
    return total % 11 % 10 == int(code[10])


def find_container(text: str) -> str | None:
    """The first container number in ``text`` whose check digit holds, as printed."""
    return next((m.group() for m in CONTAINER.finditer(text) if container_checks(m.group())), None)
