"""The value parsers' spec, as tables: dates, amounts, currencies, numbers, ids, text, coerce."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from pdfkit_nb.errors import FieldSpecError, OptionError
from pdfkit_nb.values import (
    Amount,
    clean_id,
    clean_text,
    coerce,
    guess_dayfirst,
    parse_amount,
    parse_currency,
    parse_date,
    parse_number,
)

D = dt.date
MAR5 = D(2024, 3, 5)


def cases(*rows: tuple[object, ...]) -> list[object]:
    """Table rows whose last element is the test id."""
    return [pytest.param(*row[:-1], id=str(row[-1])) for row in rows]


# ----------------------------------------------------------------------------- parse_date

DATE_FORMATS = cases(
    ("2024-03-05", MAR5, "iso"),
    ("2024-3-5", MAR5, "iso-short"),
    ("2024/03/05", MAR5, "iso-slash"),
    ("2024.03.05", MAR5, "iso-dot"),
    ("05.03.2024", MAR5, "dot-dmy"),
    ("5.3.2024", MAR5, "dot-dmy-short"),
    ("05.03.24", MAR5, "dot-two-digit-year"),
    ("03-05-2024", D(2024, 5, 3), "dash-ambiguous-dayfirst"),
    ("03/05/2024", MAR5, "slash-ambiguous-monthfirst"),
    ("05/03/2024", D(2024, 5, 3), "slash-ambiguous-monthfirst-2"),
    ("3/5/24", MAR5, "slash-short"),
    ("25/03/2024", D(2024, 3, 25), "slash-first-over-12-dayfirst"),
    ("03/25/2024", D(2024, 3, 25), "slash-second-over-12-monthfirst"),
    ("25.03.2024", D(2024, 3, 25), "dot-first-over-12"),
    ("12/31/99", D(1999, 12, 31), "us-two-digit-year-19xx"),
    ("March 5, 2024", MAR5, "month-day-year"),
    ("March 5 2024", MAR5, "month-day-year-nocomma"),
    ("Mar 5 2024", MAR5, "abbr-month-day-year"),
    ("Mar. 5, 2024", MAR5, "abbr-dot"),
    ("March 5th, 2024", MAR5, "month-ordinal"),
    ("Mar-05-2024", MAR5, "abbr-dashes"),
    ("Sept 5, 2024", D(2024, 9, 5), "sept"),
    ("Tuesday, March 5, 2024", MAR5, "weekday-prefix"),
    ("Tue, 5 Mar 2024", MAR5, "weekday-abbr"),
    ("5 March 2024", MAR5, "day-month-year"),
    ("5th March 2024", MAR5, "ordinal"),
    ("5th of March, 2024", MAR5, "ordinal-of"),
    ("05-Mar-2024", MAR5, "dd-mon-yyyy"),
    ("05-MAR-24", MAR5, "dd-mon-yy-upper"),
    ("05 Mar 24", MAR5, "dd-mon-yy"),
    ("5 Mar. 2024", MAR5, "abbr-dot-dmy"),
    ("05/Mar/2024", MAR5, "slash-mon"),
    ("2024 March 5", MAR5, "year-month-day"),
    ("2024-Mar-05", MAR5, "yyyy-mon-dd"),
    ("5. März 2024", MAR5, "de-maerz"),
    ("2024年3月5日", MAR5, "cjk"),
    ("発行日 2024 年 3 月 5 日", MAR5, "ja-spaced"),
    ("2024년 3월 5일", MAR5, "ko"),
    ("受診日 令和6年3月5日", MAR5, "ja-era-reiwa"),
    ("平成31年4月30日", D(2019, 4, 30), "ja-era-heisei"),
    ("令和元年5月1日", D(2019, 5, 1), "ja-era-first-year"),
    ("中華民國113年3月5日", MAR5, "roc-era"),
    ("Ngày 05 tháng 03 năm 2024", MAR5, "vi"),
    ("Ngày (Date) 5 tháng (month) 3 năm (year) 2024", MAR5, "vi-glossed"),
    ("5. Marz 2024", MAR5, "de-maerz-no-umlaut"),
    ("3. Mai 2024", D(2024, 5, 3), "de-mai"),
    ("17. Dez. 2024", D(2024, 12, 17), "de-dez-abbr"),
    ("1. Jänner 2024", D(2024, 1, 1), "de-at-jaenner"),
    ("12. Oktober 2023", D(2023, 10, 12), "de-oktober"),
    ("5 février 2024", D(2024, 2, 5), "fr-fevrier"),
    ("5 fevrier 2024", D(2024, 2, 5), "fr-fevrier-no-accent"),
    ("1er mars 2024", D(2024, 3, 1), "fr-premier"),
    ("Mardi 5 mars 2024", MAR5, "fr-weekday"),
    ("15 août 2024", D(2024, 8, 15), "fr-aout"),
    ("5 déc. 2024", D(2024, 12, 5), "fr-dec-abbr"),
    ("2 juin 2024", D(2024, 6, 2), "fr-juin"),
    ("5 de marzo de 2024", MAR5, "es-de"),
    ("5 ene 2024", D(2024, 1, 5), "es-ene"),
    ("5 maart 2024", MAR5, "nl-maart"),
    ("5 mei 2024", D(2024, 5, 5), "nl-mei"),
    ("5 marzo 2024", MAR5, "it-marzo"),
    ("5 settembre 2024", D(2024, 9, 5), "it-settembre"),
    ("5 de março de 2024", MAR5, "pt-marco"),
    ("Date: 05.03.2024 Page 1", MAR5, "embedded-numeric"),
    ("Invoice date: March 5, 2024 Due: April 4, 2024", MAR5, "first-of-two"),
    ("Rechnungsdatum 5. März 2024", MAR5, "embedded-german"),
    ("05.03.2024 10:30", MAR5, "with-time"),
    ("2024-03-05T10:30:00Z", MAR5, "iso-timestamp-z"),
    ("2024-03-05 23:59:59+05:30", MAR5, "iso-timestamp-offset"),
    ("2024-03-05T10:30:00.123456", MAR5, "iso-timestamp-fraction"),
    ("29.02.2024", D(2024, 2, 29), "leap-day"),
    ("01.01.69", D(2069, 1, 1), "pivot-69-is-20xx"),
    ("01.01.70", D(1970, 1, 1), "pivot-70-is-19xx"),
    ("2100-12-31", D(2100, 12, 31), "max-year"),
    ("1900-01-01", D(1900, 1, 1), "min-year"),
    ("31/02/2024 or 05.03.2024", MAR5, "skips-impossible-candidate"),
    ("5 Maret 2024", MAR5, "indonesian"),
    ("5 martie 2024", MAR5, "romanian"),
    ("5 marca 2024", MAR5, "polish-genitive"),
    ("5. března 2024", MAR5, "czech-genitive"),
    ("2024. március 5.", MAR5, "hungarian"),
    ("5. maaliskuuta 2024", MAR5, "finnish-partitive"),
    ("5 Mart 2024", MAR5, "turkish"),
    ("5 Μαρτίου 2024", MAR5, "greek-genitive"),
    ("2024. gada 5. marts", MAR5, "latvian-gada"),
    ("5. martā 2024", MAR5, "latvian-locative"),
    ("5. märts 2024", MAR5, "estonian"),
    ("5. marec 2024", MAR5, "slovenian"),
    ("5. марта 2024.", MAR5, "serbian-cyrillic-genitive"),
    ("5 март 2024 г.", MAR5, "bulgarian"),
    ("5. marca 2024", MAR5, "slovak-genitive"),
)


@pytest.mark.parametrize(("text", "expected"), DATE_FORMATS)
def test_parse_date_formats(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


DATE_REJECTS = cases(
    ("", "empty"),
    ("   ", "blank"),
    ("garbage", "garbage"),
    ("2023", "bare-year"),
    ("12", "bare-number"),
    ("0", "zero"),
    ("Invoice 2023-0042", "invoice-number"),
    ("INV-2024-03-05", "date-inside-id"),
    ("+49 30 1234567", "phone-de"),
    ("(555) 123-4567", "phone-us"),
    ("555-123-4567", "phone-dashes"),
    ("01.23.45.67.89", "phone-fr-dots"),
    ("12:30", "time"),
    ("1.5", "decimal"),
    ("1,234.56", "amount"),
    ("3/4", "fraction"),
    ("12/2024", "month-year-numeric"),
    ("March 2024", "month-year-text"),
    ("Q1 2024", "quarter"),
    ("v1.2.33", "version"),
    ("192.168.1.10", "ip-address"),
    ("Page 12 of 3", "page-x-of-y"),
    ("5 apples 2024", "no-month-name"),
    ("Marketing 5, 2024", "month-prefix-of-word"),
    ("31/02/2024", "feb-31"),
    ("30.02.2024", "feb-30"),
    ("29.02.2023", "not-a-leap-year"),
    ("2024-13-01", "month-13"),
    ("2024-02-30", "iso-feb-30"),
    ("2024-02-30T10:00:00", "iso-timestamp-impossible"),
    ("2024年2月30日", "cjk-feb-30"),
    ("30 tháng 02 năm 2024", "vi-feb-30"),
    ("00.01.2024", "day-zero"),
    ("01.00.2024", "month-zero"),
    ("13/13/2024", "both-over-12"),
    ("32 March 2024", "day-32"),
    ("01.01.1899", "year-before-1900"),
    ("1/1/2101", "year-after-2100"),
    ("20240305", "compact-digits"),
)


@pytest.mark.parametrize("text", DATE_REJECTS)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


DAYFIRST = cases(
    ("03/04/2024", True, D(2024, 4, 3), "slash-dayfirst-true"),
    ("03/04/2024", False, D(2024, 3, 4), "slash-dayfirst-false"),
    ("03/04/2024", None, D(2024, 3, 4), "slash-default-monthfirst"),
    ("03.04.2024", None, D(2024, 4, 3), "dot-default-dayfirst"),
    ("03.04.2024", False, D(2024, 3, 4), "dot-dayfirst-false"),
    ("03-04-2024", None, D(2024, 4, 3), "dash-default-dayfirst"),
    ("03-04-2024", False, D(2024, 3, 4), "dash-dayfirst-false"),
    ("25/03/2024", False, D(2024, 3, 25), "unambiguous-beats-false"),
    ("03/25/2024", True, D(2024, 3, 25), "unambiguous-beats-true"),
    ("5.13.2024", None, D(2024, 5, 13), "dot-second-over-12"),
    ("2024-03-04", True, D(2024, 3, 4), "iso-ignores-dayfirst"),
    ("2024/03/04", True, D(2024, 3, 4), "iso-slash-ignores-dayfirst"),
    ("March 4, 2024", True, D(2024, 3, 4), "text-ignores-dayfirst"),
)


@pytest.mark.parametrize(("text", "dayfirst", "expected"), DAYFIRST)
def test_parse_date_dayfirst(text: str, dayfirst: bool | None, expected: dt.date) -> None:
    assert parse_date(text, dayfirst=dayfirst) == expected


GUESS = cases(
    (["25/03/2024"], True, "first-over-12"),
    (["03/25/2024"], False, "second-over-12"),
    (["03/04/2024"], None, "ambiguous-only"),
    (["05.03.2024"], True, "dots"),
    (["Invoice date 03/04/2024", "Due 18/04/2024"], True, "second-line-decides"),
    (["05.03.2024", "03/25/2024"], False, "unambiguous-beats-dots"),
    (["25/03/2024", "26/03/2024", "03/27/2024"], True, "majority"),
    (["25/03/2024", "03/27/2024"], None, "tie-without-dots"),
    (["25/03/2024", "03/27/2024", "01.02.2024"], True, "tie-then-dots"),
    (["2024-03-25"], None, "iso-does-not-count"),
    (["5 March 2024"], None, "text-does-not-count"),
    (["no dates here"], None, "no-dates"),
    ([], None, "empty"),
    (("Date: 13-01-2024" for _ in range(1)), True, "generator"),
)


@pytest.mark.parametrize(("texts", "expected"), GUESS)
def test_guess_dayfirst(texts: list[str], expected: bool | None) -> None:
    assert guess_dayfirst(texts) is expected


def test_guess_dayfirst_feeds_parse_date() -> None:
    lines = ["Invoice date: 03/04/2024", "Delivery: 28/03/2024"]
    assert parse_date(lines[0], dayfirst=guess_dayfirst(lines)) == D(2024, 4, 3)


# ----------------------------------------------------------------------------- parse_amount

AMOUNTS = cases(
    ("$1,234.56", 1234.56, "USD", "usd-symbol"),
    ("1.234,56 €", 1234.56, "EUR", "eur-european"),
    ("EUR 1 234,56", 1234.56, "EUR", "eur-code-space-groups"),
    ("1\u00a0234,56\u00a0€", 1234.56, "EUR", "nbsp-groups"),
    ("1\u202f234,56 €", 1234.56, "EUR", "narrow-nbsp-groups"),
    ("1'234.56 CHF", 1234.56, "CHF", "chf-apostrophe"),
    ("CHF 1’234.50", 1234.5, "CHF", "chf-typographic-apostrophe"),
    ("1.234.567,89 EUR", 1234567.89, "EUR", "eur-millions"),
    ("1,234,567.89", 1234567.89, None, "us-millions"),
    ("1 234 567,89", 1234567.89, None, "space-millions"),
    ("12.345,67", 12345.67, None, "european-no-currency"),
    ("INR 1,23,456.00", 123456.0, "INR", "indian-grouping"),
    ("-12.50", -12.5, None, "minus"),
    ("−12.50", -12.5, None, "unicode-minus"),
    ("(12.50)", -12.5, None, "parentheses"),
    ("( 12.50 )", -12.5, None, "parentheses-spaced"),
    ("12.50-", -12.5, None, "trailing-minus"),
    ("1.234,56-", -1234.56, None, "trailing-minus-european"),
    ("-$12.50", -12.5, "USD", "minus-before-symbol"),
    ("$-12.50", -12.5, "USD", "minus-after-symbol"),
    ("USD -12.50", -12.5, "USD", "code-then-minus"),
    ("($12.50)", -12.5, "USD", "parentheses-symbol"),
    ("(12.50 EUR)", -12.5, "EUR", "parentheses-code"),
    ("(1.234,56 €)", -1234.56, "EUR", "parentheses-european"),
    ("12.50 EUR-", -12.5, "EUR", "trailing-minus-after-code"),
    ("-0,99 €", -0.99, "EUR", "negative-cents"),
    ("Total - $12.50", 12.5, "USD", "spaced-dash-is-not-a-sign"),
    ("€ 0,99", 0.99, "EUR", "eur-cents"),
    ("€1.234,00", 1234.0, "EUR", "eur-prefix-european"),
    ("1.234,- €", 1234.0, "EUR", "german-whole-dash"),
    ("CHF 12.–", 12.0, "CHF", "swiss-whole-dash"),
    ("1,234", 1234.0, None, "ambiguous-comma-is-thousands"),
    ("12,50", 12.5, None, "comma-decimal"),
    ("1,5", 1.5, None, "comma-one-decimal"),
    ("1.234", 1.234, None, "ambiguous-dot-is-decimal"),
    ("0.99", 0.99, None, "cents"),
    (".99", 0.99, None, "leading-dot"),
    ("100", 100.0, None, "integer"),
    ("2023", 2023.0, None, "bare-number-is-an-amount"),
    ("0", 0.0, None, "zero"),
    ("0.00", 0.0, None, "zero-cents"),
    ("USD 4.11", 4.11, "USD", "usd-code"),
    ("4.11 USD", 4.11, "USD", "usd-code-after"),
    ("USD4.11", 4.11, "USD", "usd-code-glued"),
    ("12.50EUR", 12.5, "EUR", "eur-code-glued-after"),
    ("US$ 12", 12.0, "USD", "us-dollar"),
    ("CA$5", 5.0, "CAD", "cad-ca"),
    ("C$ 5", 5.0, "CAD", "cad-c"),
    ("A$3", 3.0, "AUD", "aud"),
    ("NZ$ 5", 5.0, "NZD", "nzd"),
    ("HK$100", 100.0, "HKD", "hkd"),
    ("R$ 10,00", 10.0, "BRL", "brl"),
    ("Rs. 319", 319.0, "INR", "rs-dot"),
    ("Rs 319", 319.0, "INR", "rs"),
    ("Rs.319", 319.0, "INR", "rs-glued"),
    ("₹319.00", 319.0, "INR", "rupee-symbol"),
    ("£12", 12.0, "GBP", "gbp"),
    ("GBP 1,000", 1000.0, "GBP", "gbp-code"),
    ("¥1000", 1000.0, "JPY", "yen"),
    ("JPY 1,000", 1000.0, "JPY", "jpy-code"),
    # Japan's closing dash ("and no more") is no minus sign
    ("¥437,560-", 437560.0, "JPY", "yen-closing-dash"),
    ("437,560円-", 437560.0, "JPY", "en-closing-dash"),
    ("1,234.50-", -1234.5, None, "trailing-minus"),
    ("44.750,00 TL", 44750.0, "TRY", "turkish-lira"),
    ("Fr. 12.50", 12.5, "CHF", "chf-fr"),
    ("12 zł", 12.0, "PLN", "pln"),
    ("12 Kč", 12.0, "CZK", "czk"),
    ("1 500 Ft", 1500.0, "HUF", "huf"),
    ("₩5000", 5000.0, "KRW", "krw"),
    ("SEK 1 000", 1000.0, "SEK", "sek-code"),
    ("1 000 kr", 1000.0, None, "kr-ambiguous"),
    ("12.50 euros", 12.5, "EUR", "euro-word"),
    ("Total: 1,234.56 EUR incl. 19% VAT", 1234.56, "EUR", "label-and-percent"),
    ("Amount due: 1,234.56", 1234.56, None, "label"),
    ("Total (EUR): 12.50", 12.5, "EUR", "currency-not-adjacent"),
    ("12.50 USD (incl. 2.00 tax)", 12.5, "USD", "first-marked"),
    ("EUR 12.50 / USD 13.20", 12.5, "EUR", "two-marked-first-wins"),
    ("Paid 12.50 on 05.03.2024", 12.5, None, "date-masked"),
    ("12.50 at 10:30", 12.5, None, "time-masked"),
)


@pytest.mark.parametrize(("text", "value", "currency"), AMOUNTS)
def test_parse_amount(text: str, value: float, currency: str | None) -> None:
    assert parse_amount(text) == Amount(value, currency)


AMOUNT_DECIMAL = cases(
    ("1.234", ",", 1234.0, "dot-thousands-with-comma-decimal"),
    ("1,234", ",", 1.234, "comma-decimal-hint"),
    ("1.234", ".", 1.234, "dot-decimal-hint"),
    ("1,234", ".", 1234.0, "comma-thousands-with-dot-decimal"),
    ("€1.234", ",", 1234.0, "eur-thousands"),
    ("12.50", ",", 12.5, "unambiguous-dot-ignores-hint"),
    ("12,50", ".", 12.5, "unambiguous-comma-ignores-hint"),
    ("1.234,56", ".", 1234.56, "both-separators-ignore-hint"),
    ("1,234.56", ",", 1234.56, "both-separators-ignore-hint-2"),
    ("1.234.567", ",", 1234567.0, "repeated-groups"),
    ("1'234.56", ",", 1234.56, "apostrophe-ignores-hint"),
    # "": the document writes whole amounts only (krónur, yen, rupiah): both separators group
    ("774.752", "", 774752.0, "whole-document-dot"),
    ("1,234", "", 1234.0, "whole-document-comma"),
    ("12.50", "", 12.5, "whole-document-unambiguous-decimals"),
)

# A whole-unit currency's amount groups thousands whatever the document's decimals are.
AMOUNT_WHOLE_CURRENCY = cases(
    ("Rp 1.500", "IDR", 1500.0, "rupiah"),
    ("150.000 ₫", "VND", 150000.0, "dong"),
    ("¥1.234", "JPY", 1234.0, "yen-dot"),
    ("¥1,234", "JPY", 1234.0, "yen-comma"),
    ("12.500 ISK", "ISK", 12500.0, "krona-code"),
    ("₩ 12.000", "KRW", 12000.0, "won"),
    ("Rp 1.500,50", "IDR", 1500.5, "rupiah-unambiguous-decimals"),
)


@pytest.mark.parametrize(("text", "currency", "value"), AMOUNT_WHOLE_CURRENCY)
@pytest.mark.parametrize("decimal", [None, ".", ","])
def test_parse_amount_whole_currency(
    text: str, currency: str, value: float, decimal: str | None
) -> None:
    assert parse_amount(text, decimal=decimal) == Amount(value, currency)


@pytest.mark.parametrize(("text", "decimal", "value"), AMOUNT_DECIMAL)
def test_parse_amount_decimal_hint(text: str, decimal: str, value: float) -> None:
    amount = parse_amount(text, decimal=decimal)
    assert amount is not None
    assert amount.value == value


AMOUNT_REJECTS = cases(
    ("", "empty"),
    ("abc", "no-number"),
    ("n/a", "n-a"),
    ("$", "symbol-only"),
    ("EUR", "code-only"),
    ("15%", "percent"),
    ("15 %", "percent-spaced"),
    ("19.5%", "percent-decimal"),
    ("2023-03-20", "iso-date"),
    ("05.03.2024", "dotted-date"),
    ("5 March 2024", "text-date"),
    ("12:30", "time"),
    ("Invoice 2023-0042", "invoice-number"),
    ("+49 30 1234567", "phone-spaced"),
    ("+4930123456", "phone-plus"),
    ("0301234567", "phone-leading-zero"),
    ("(555) 123-4567", "phone-us"),
    ("555-1234", "phone-short"),
    ("INV12345", "id-glued-letters"),
    ("INV-1001", "id-hyphenated"),  # not minus 1001
    ("Order-55", "word-hyphen-number"),
    ("DE89 3704 0044 0532 0130 00", "iban"),
    ("5 x 12.50", "two-unmarked-numbers"),
    ("Page 1 of 3", "page-x-of-y"),
    ("12abc", "glued-word"),
    ("1e5", "exponent"),
    ("1.234.5", "malformed-groups"),
)


@pytest.mark.parametrize("text", AMOUNT_REJECTS)
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize("decimal", [";", " ", "comma"], ids=["semicolon", "space", "word"])
def test_parse_amount_bad_decimal(decimal: str) -> None:
    with pytest.raises(OptionError, match="decimal must be"):
        parse_amount("1,234", decimal=decimal)
    with pytest.raises(ValueError):
        parse_amount("1,234", decimal=decimal)


def test_amount_is_frozen_and_hashable() -> None:
    amount = Amount(1.5, "EUR")
    with pytest.raises(AttributeError):
        amount.value = 2.0  # type: ignore[misc]
    assert {amount, Amount(1.5, "EUR")} == {amount}


# ----------------------------------------------------------------------------- currency, number

CURRENCIES = cases(
    ("€", "EUR", "euro-symbol"),
    ("EUR", "EUR", "eur-code"),
    ("eur", "EUR", "eur-lower"),
    ("Euro", "EUR", "euro-word"),
    ("euros", "EUR", "euros-word"),
    ("$", "USD", "dollar-symbol"),
    ("US$", "USD", "us-dollar-symbol"),
    ("US Dollar", "USD", "us-dollar-word"),
    ("dollars", "USD", "dollars-word"),
    ("CA$", "CAD", "cad-symbol"),
    ("C$", "CAD", "cad-c-symbol"),
    ("Canadian dollar", "CAD", "cad-word"),
    ("A$", "AUD", "aud-symbol"),
    ("£", "GBP", "pound-symbol"),
    ("GBP", "GBP", "gbp-code"),
    ("pound sterling", "GBP", "sterling-word"),
    ("¥", "JPY", "yen-symbol"),
    ("yen", "JPY", "yen-word"),
    ("₹", "INR", "rupee-symbol"),
    ("Rs.", "INR", "rs-dot"),
    ("Rs", "INR", "rs"),
    ("INR", "INR", "inr-code"),
    ("rupees", "INR", "rupees-word"),
    ("CHF", "CHF", "chf-code"),
    ("Fr.", "CHF", "fr-dot"),
    ("Swiss francs", "CHF", "chf-word"),
    ("zł", "PLN", "zloty-symbol"),
    ("PLN", "PLN", "pln-code"),
    ("Kč", "CZK", "czk-symbol"),
    ("SEK", "SEK", "sek-code"),
    ("Currency: NOK", "NOK", "code-in-text"),
    ("Total: 12 CHF", "CHF", "code-after-amount"),
    ("12.50 USD", "USD", "code-after-number"),
    ("ALL", "ALL", "wordlike-code-alone"),
    ("kr", None, "kr-ambiguous"),
    ("ALL ITEMS", None, "wordlike-code-in-text"),
    ("Drs", None, "rs-inside-word"),
    ("XYZ", None, "not-a-code"),
    ("nothing", None, "no-currency"),
    ("", None, "empty"),
)


@pytest.mark.parametrize(("text", "expected"), CURRENCIES)
def test_parse_currency(text: str, expected: str | None) -> None:
    assert parse_currency(text) == expected


NUMBERS = cases(
    ("42", 42.0, "integer"),
    ("3.5", 3.5, "dot-decimal"),
    ("3,5", 3.5, "comma-decimal"),
    ("1,234.5", 1234.5, "us-groups"),
    ("1.234,5", 1234.5, "european-groups"),
    ("1 234", 1234.0, "space-groups"),
    ("1,234", 1234.0, "ambiguous-comma"),
    ("1.234", 1.234, "ambiguous-dot"),
    ("-3", -3.0, "negative"),
    ("(3)", -3.0, "parentheses"),
    ("12 pcs", 12.0, "unit-spaced"),
    ("12pcs", 12.0, "unit-glued"),
    ("19%", 19.0, "percent"),
    ("Qty: 7", 7.0, "label"),
    ("$12.50", 12.5, "currency-ignored"),
    ("0", 0.0, "zero"),
)


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


NUMBER_REJECTS = cases(
    ("", "empty"),
    ("n/a", "n-a"),
    ("abc", "no-digits"),
    ("Page 1 of 3", "several-numbers"),
    ("2024-03-05", "date"),
    ("Invoice 2023-0042", "id"),
    ("+49 30 1234567", "phone"),
    ("12:30", "time"),
    ("INV12345", "id-glued"),
)


@pytest.mark.parametrize("text", NUMBER_REJECTS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# ----------------------------------------------------------------------------- clean_text, clean_id

TEXTS = cases(
    ("  ACME   GmbH ", "ACME GmbH", "collapse-spaces"),
    ("a\nb\tc", "a b c", "newlines-tabs"),
    ("a\u00a0b", "a b", "nbsp"),
    ("\u200bINV\ufeff", "INV", "invisible-chars"),
    ("", None, "empty"),
    ("  \n ", None, "blank"),
    (None, None, "none"),
    (float("nan"), None, "nan"),
    (pd.NA, None, "pandas-na"),
    (12, "12", "int"),
    (12.0, "12", "integral-float"),
    (12.5, "12.5", "float"),
    (b"ACME", "ACME", "bytes"),
)


@pytest.mark.parametrize(("value", "expected"), TEXTS)
def test_clean_text(value: object, expected: str | None) -> None:
    assert clean_text(value) == expected


IDS = cases(
    (": INV-001", "INV-001", "leading-colon"),
    ("INV-001.", "INV-001", "trailing-dot"),
    ("INV-001,", "INV-001", "trailing-comma"),
    ("INV-001;", "INV-001", "trailing-semicolon"),
    ('"INV-001"', "INV-001", "double-quotes"),
    ("'INV-001'", "INV-001", "single-quotes"),
    ("“INV-001”", "INV-001", "curly-quotes"),
    (": 'ABC-1';", "ABC-1", "colon-quotes-semicolon"),
    (': "INV-2024-001".', "INV-2024-001", "quoted-then-dot"),
    ("#BLR_WFLD20151000982590", "#BLR_WFLD20151000982590", "keeps-hash"),
    ("  #12345 ", "#12345", "keeps-hash-trims"),
    ("A 12  B", "A 12 B", "inner-space-kept"),
    ("No.123", "No.123", "inner-dot-kept"),
    ("::", None, "only-colons"),
    ("", None, "empty"),
    (None, None, "none"),
    (12345, "12345", "int"),
    (12345.0, "12345", "integral-float"),
)


@pytest.mark.parametrize(("value", "expected"), IDS)
def test_clean_id(value: object, expected: str | None) -> None:
    assert clean_id(value) == expected


# ----------------------------------------------------------------------------- coerce

COERCE = cases(
    ("05.03.2024", "date", MAR5, "date-str"),
    (MAR5, "date", MAR5, "date-date"),
    (dt.datetime(2024, 3, 5, 10, 30), "date", MAR5, "date-datetime"),
    (pd.Timestamp("2024-03-05 10:30"), "date", MAR5, "date-timestamp"),
    (pd.NaT, "date", None, "date-nat"),
    ("garbage", "date", None, "date-garbage"),
    ("", "date", None, "date-empty"),
    (20240305, "date", None, "date-int"),
    (float("nan"), "date", None, "date-nan"),
    ("1.234,56 €", "amount", 1234.56, "amount-str"),
    (12, "amount", 12.0, "amount-int"),
    (12.5, "amount", 12.5, "amount-float"),
    (Decimal("12.50"), "amount", 12.5, "amount-decimal"),
    (Amount(3.5, "EUR"), "amount", 3.5, "amount-amount"),
    (np.int64(3), "amount", 3.0, "amount-numpy-int"),
    (np.float64(2.5), "amount", 2.5, "amount-numpy-float"),
    (True, "amount", None, "amount-bool"),
    (np.bool_(True), "amount", None, "amount-numpy-bool"),
    (float("nan"), "amount", None, "amount-nan"),
    (float("inf"), "amount", None, "amount-inf"),
    (Decimal("NaN"), "amount", None, "amount-decimal-nan"),
    (pd.NA, "amount", None, "amount-pandas-na"),
    ("n/a", "amount", None, "amount-unparseable"),
    ("15%", "amount", None, "amount-percent"),
    ([12], "amount", None, "amount-list"),
    ("1,234.5", "number", 1234.5, "number-str"),
    ("7 pcs", "number", 7.0, "number-unit"),
    (7, "number", 7.0, "number-int"),
    (Amount(2.0, None), "number", 2.0, "number-amount"),
    (False, "number", None, "number-bool"),
    ("€", "currency", "EUR", "currency-symbol"),
    ("US Dollar", "currency", "USD", "currency-word"),
    (Amount(1.0, "USD"), "currency", "USD", "currency-amount"),
    (12, "currency", None, "currency-int"),
    ("nothing", "currency", None, "currency-none"),
    (12345, "id", "12345", "id-int"),
    (": X-1.", "id", "X-1", "id-str"),
    (None, "id", None, "id-none"),
    (" a  b ", "text", "a b", "text-str"),
    (12, "text", "12", "text-int"),
    (pd.NA, "text", None, "text-na"),
    (np.float32("nan"), "text", None, "text-numpy-float32-nan"),
    (np.float32(1.5), "number", 1.5, "number-numpy-float32"),
    ("", "text", None, "text-empty"),
)


@pytest.mark.parametrize(("value", "kind", "expected"), COERCE)
def test_coerce(value: object, kind: str, expected: object) -> None:
    result = coerce(value, kind)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("dayfirst", "expected"),
    [(True, D(2024, 4, 3)), (False, D(2024, 3, 4)), (None, D(2024, 3, 4))],
    ids=["dayfirst", "monthfirst", "default"],
)
def test_coerce_date_dayfirst(dayfirst: bool | None, expected: dt.date) -> None:
    assert coerce("03/04/2024", "date", dayfirst=dayfirst) == expected


def test_coerce_unknown_kind() -> None:
    with pytest.raises(FieldSpecError, match="unknown field kind 'money'"):
        coerce("12", "money")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tipografia Sant’Ambrogio S.r.l.", "Tipografia Sant'Ambrogio S.r.l."),
        ("Miller‘s Auto Service", "Miller's Auto Service"),
        ("Liam Oʼ Connor", "Liam O' Connor"),
    ],
)
def test_a_text_values_typographic_apostrophes_are_the_keyboards(raw: str, expected: str) -> None:
    # A PostScript font prints a typed "'" as its "quoteright" glyph, which reads as U+2019.
    assert coerce(raw, "text") == expected


def test_swiss_grouping_with_a_typographic_apostrophe_stays_an_amount() -> None:
    assert coerce("CHF 1’437.40", "amount") == 1437.40


def test_dates_of_other_calendars_are_read_as_gregorian() -> None:
    # Iran's Solar Hijri calendar (1404/12/19), with its leap years (1403 has a 30 Esfand).
    assert parse_date("1404/12/19") == dt.date(2026, 3, 10)
    assert parse_date("1405/01/25") == dt.date(2026, 4, 14)
    assert parse_date("1403/12/30") == dt.date(2025, 3, 20)
    assert parse_date("1404/12/30") is None
    # Thailand's Buddhist era, with Thai month names; Taiwan's ROC year without its era.
    assert parse_date("10 มีนาคม 2569") == dt.date(2026, 3, 10)
    assert parse_date("10/03/2569", dayfirst=True) == dt.date(2026, 3, 10)
    assert parse_date("115年03月10日") == dt.date(2026, 3, 10)
    # Arabic month names.
    assert parse_date("11 مارس 2026") == dt.date(2026, 3, 11)
    # A lunar Hijri date (1447) is not converted: it is printed beside the Gregorian one.
    assert parse_date("19/09/1447") is None


def test_an_amount_with_both_marks_has_its_decimals_after_the_last() -> None:
    # Omani, Kuwaiti, Bahraini, Jordanian and Iraqi amounts carry three decimals.
    assert parse_amount("OMR 1,220.520") == Amount(1220.52, "OMR")
    assert parse_amount("1.220,520") == Amount(1220.52, None)
    assert parse_amount("1,234,567.89") == Amount(1234567.89, None)
    assert parse_amount("1,08,480.00") == Amount(108480.0, None)  # Indian grouping


def test_levantine_month_names() -> None:
    assert parse_date("10 آذار 2026") == dt.date(2026, 3, 10)
    assert parse_date("9 نيسان 2026") == dt.date(2026, 4, 9)


def test_the_quetzal_sign_only_before_a_figure_with_cents() -> None:
    from pdfkit_nb._currency import number_tokens

    total, quarter, year, grade = number_tokens("Q12,387.20 Q1 2026 Q 12.50", units=False)
    assert (total.value, total.currency, total.usable) == ("12,387.20", "GTQ", True)
    assert quarter.currency is None and not quarter.usable
    assert year.currency is None
    assert grade.currency is None  # only glued to its figure


def test_three_decimals_after_groups_set_apart_by_spaces() -> None:
    # Tunisian dinars group by spaces and write millimes after a comma: "4 531,092".
    assert parse_amount("4 531,092") == Amount(4531.092, None)
    assert parse_amount("Net à payer 4 531,092 TND") == Amount(4531.092, "TND")
    assert parse_amount("1 234 567,123") == Amount(1234567.123, None)
    # Two decimals, and a lone comma before three digits, read as before.
    assert parse_amount("4 531,09") == Amount(4531.09, None)
    assert parse_amount("1,234") == Amount(1234.0, None)
