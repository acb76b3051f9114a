"""Typed value parsing for extracted fields: dates, amounts, currencies, numbers, ids, text."""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

# Amounts are read by price-parser, wrapped in ``_currency`` (the reason is there). For dates
# we use python-dateutil's ``isoparse``: strict ISO 8601 (whole string or error) and, unlike
# ``datetime.fromisoformat`` on Python 3.10, it takes "Z" offsets, for timestamps in JSON/AI
# output. Its general ``parser.parse`` is deliberately not used: it fills missing parts from
# today ("2023" → 2023-<today>; fuzzy "Page 12 of 3" → Dec 3), reads "05.03.24" as May 3 and
# "2024/03/05" with dayfirst=True as May 3, and pivots two-digit years on today's date. Once
# the regexes below isolate day, month and year, a month-name lookup and ``datetime.date`` is
# all that is left.
from dateutil.parser import isoparse

from ._currency import (
    CURRENCY_MARKER,
    ISO_CODES,
    currency_for_marker,
    number_tokens,
    token_value,
)
from .errors import FieldSpecError, OptionError

__all__ = [
    "Amount",
    "clean_id",
    "clean_text",
    "coerce",
    "guess_dayfirst",
    "parse_amount",
    "parse_currency",
    "parse_date",
    "parse_number",
]

# ----------------------------------------------------------------------------- dates

# One line per month: names and abbreviations in EN, DE, FR, ES, NL, IT, PT, then the
# Nordic languages, ID/MS, RO, PL and CS (the genitive a date uses: "18 marca 2025"), HU, FI
# (the partitive: "18. helmikuuta"), TR and EL, then RU, UK, LT and HR in the genitive
# ("22 мая 2024", "18 квітня", "rugsėjo 9"; not HR's "listopada", October, which is PL's
# November), and IS; then LV (nominative, locative, genitive: "13. jūnijs", "jūnijā"), ET,
# SL, SR (Latin and Cyrillic), SK's genitive and BG; then UZ (Latin, and the Cyrillic stems a
# case ending follows: "ноябрдаги") and KZ. Names shared by several languages ("mar", "ago",
# "mai") always mean the same month, so one table serves all.
_MONTH_NAMES = (
    "january jan januar jän jänner janvier janv enero ene januari gennaio gen janeiro"
    " ianuarie stycznia ledna január tammikuuta ocak ιανουαρίου"
    " января январь янв січня січень sausio sausis siječnja janúar"
    " janvāris janvārī janvāra jaanuar jaanuari januára јануар јануара януари"
    " yanvar январ қаңтар",
    "february feb februar feber février févr fév febrero februari febbraio fevereiro fev"
    " februarie lutego února február helmikuuta şubat φεβρουαρίου"
    " февраля февраль фев лютого лютий vasario vasaris veljače febrúar"
    " februāris februārī februāra veebruar veebruari februára фебруар фебруара февруари"
    " fevral феврал ақпан",
    "march mar märz mär mrz mars marzo maart mrt março maret martie marca března március"
    " maaliskuuta mart μαρτίου"
    " марта март березня березень kovo kovas ožujka"
    " marts martā marta märts märtsi marec marca март марта"
    " наурыз",
    "april apr avril avr abril abr aprile aprilie kwietnia dubna április huhtikuuta nisan απριλίου"
    " апреля апрель квітня квітень balandžio balandis travnja apríl"
    " aprīlis aprīlī aprīļa aprill aprilli apríla април априла"
    " aprel апрел сәуір",
    "may mai mayo mei maggio mag maio maj maja května május toukokuuta mayıs μαΐου"
    " мая май травня травень gegužės gegužė svibnja maí"
    " maijs maijā maija mai mája мај маја"
    " мамыр",
    "june jun juni juin junio giugno giu junho iunie czerwca června június kesäkuuta haziran"
    " ιουνίου"
    " июня июнь червня червень birželio birželis lipnja júní"
    " jūnijs jūnijā jūnija juuni junij júna јун јуна юни"
    " iyun июн маусым",
    "july jul juli juillet juil julio luglio lug julho iulie lipca července július"
    " heinäkuuta temmuz ιουλίου"
    " июля июль липня липень liepos liepa srpnja júlí"
    " jūlijs jūlijā jūlija juuli julij júla јул јула юли"
    " iyul июл шілде",
    "august aug août agosto ago augustus augusti agustus agt sierpnia srpna augusztus"
    " elokuuta ağustos αυγούστου"
    " августа август авг серпня серпень rugpjūčio rugpjūtis kolovoza ágúst"
    " augusts augustā augusta avgust августа"
    " тамыз",
    "september sep sept septembre septiembre setiembre set settembre setembro septembrie"
    " września září szeptember syyskuuta eylül σεπτεμβρίου"
    " сентября сентябрь сент вересня вересень rugsėjo rugsėjis rujna"
    " septembris septembrī septembra septembar septembri септембар септембра септември"
    " sentyabr сентябр қыркүйек",
    "october oct oktober okt octobre octubre ottobre ott outubro octombrie października"
    " října október lokakuuta ekim οκτωβρίου"
    " октября октябрь окт жовтня жовтень spalio spalis október"
    " oktobris oktobrī oktobra oktoober oktoobri oktobar októbra октобар октобра октомври"
    " oktyabr октябр қазан",
    "november nov novembre noviembre novembro noiembrie listopada listopadu marraskuuta"
    " kasım νοεμβρίου"
    " ноября ноябрь листопада листопад lapkričio lapkritis studenoga studenog nóvember"
    " novembris novembrī novembra novembar novembri новембар новембра ноември"
    " noyabr ноябр қараша",
    "december dec dezember dez décembre déc diciembre dic dicembre dezembro desember"
    " decembrie grudnia prosince joulukuuta aralık δεκεμβρίου"
    " декабря декабрь дек грудня грудень gruodžio gruodis prosinca desember"
    " decembris decembrī decembra detsember detsembri decembar децембар децембра"
    " dekabr декабр желтоқсан",
)
#: Thai month names (a Thai date's year is of the Buddhist era: see ``_make_date``), and the
#: Arabic ones of Egypt and the Gulf and, in one word, of the Levant and Iraq ("١٠ آذار ٢٠٢٦").
_MONTH_NAMES_MORE = (
    "มกราคม ม.ค. يناير",
    "กุมภาพันธ์ ก.พ. فبراير شباط",
    "มีนาคม มี.ค. مارس آذار",
    "เมษายน เม.ย. أبريل ابريل نيسان",
    "พฤษภาคม พ.ค. مايو أيار",
    "มิถุนายน มิ.ย. يونيو حزيران",
    "กรกฎาคม ก.ค. يوليو تموز",
    "สิงหาคม ส.ค. أغسطس اغسطس آب",
    "กันยายน ก.ย. سبتمبر أيلول",
    "ตุลาคม ต.ค. أكتوبر اكتوبر",
    "พฤศจิกายน พ.ย. نوفمبر",
    "ธันวาคม ธ.ค. ديسمبر",
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MONTHS: dict[str, int] = {}
for _number, _line in [*enumerate(_MONTH_NAMES, start=1), *enumerate(_MONTH_NAMES_MORE, 1)]:
    for _name in _line.split():
        # PDFs often lose accents ("fevrier", "Marz"): accept both spellings.
        _MONTHS[_name] = _MONTHS[_strip_accents(_name)] = _number


def month_of(word: str) -> int | None:
    """The month a word names, in the languages dates are read in ("März", "feb."), if any.

    >>> month_of("Février"), month_of("feb."), month_of("Lane")
    (2, 2, None)
    """
    return _MONTHS.get(word.lower().rstrip("."))


_MONTH = "(?P<m>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_EDGE = r"(?<![\w.,/-])"  # a date starts a token: not "v1.2.33", not "INV2023-01-05"
_NUMERIC_END = r"(?!\d|[.,/-]\d)"  # and ends one: not "01.23.45.67" (a phone number)

_ISO_DATE = re.compile(
    _EDGE + r"(?P<y>\d{4})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})" + _NUMERIC_END
)
_NUM_DATE = re.compile(
    _EDGE + r"(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})" + _NUMERIC_END
)
#: Czech and Slovak dates, spaced after each dot ("12. 3. 2025"): day first, a full year.
_SPACED_DATE = re.compile(_EDGE + r"(?P<d>\d{1,2})\. (?P<m>\d{1,2})\. (?P<y>\d{4})(?!\d)")
# Two digits are a year unless a four-digit year follows: "1 - March 31, 2025" is no 1 March
# 2031 (the 31 is the next date's day).
_TO_YEAR = r"[\s,/.-]*(?:(?:de|del)\s+)?(?P<y>\d{4}|'?\d{2}(?![\s,.]*(?:19|20)\d\d))(?!\d)"
_TEXT_DATES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 5 March 2024 · 5th of March, 2024 · 05-Mar-24 · 5. März 2024 · 5 de marzo de 2024
        _EDGE + _DAY + r"\.?[\s/.-]*(?:(?:of|de)\s+)?" + _MONTH + r"(?![^\W\d_])" + _TO_YEAR,
        # March 5, 2024 · Mar 5th 2024 · Mar-05-2024; a two-digit year only as '24 ("May 5, 24 pcs")
        r"(?<![^\W\d_])"
        + _MONTH
        + r"[\s/.-]*"
        + _DAY
        + r"(?!\d)[\s,/.-]+(?P<y>\d{4}|'\d{2})(?!\d)",
        # 2024 March 5 · 2024-Mar-05 · 2024 m. rugsėjo 9 d. (Lithuanian: "m." after the year)
        _EDGE + r"(?P<y>\d{4})(?:\s*m\.)?[\s/.-]+" + _MONTH + r"[\s/.-]+" + _DAY + r"(?!\d)",
        # 2025. gada 13. jūnijs (Latvian: the year's, "gada", then the day and the month)
        _EDGE + r"(?P<y>\d{4})\.?\s*gada\s+" + _DAY + r"\.?\s*" + _MONTH + r"(?![^\W\d_])",
        # 2026 йил 10 март, 2026 yil 25 martgacha (Uzbek: "until"), 2026-жылдын 16-марты
        # (Kyrgyz), 2026 жылғы 10 наурыз (Kazakh): the year's word, then the day and the
        # month, which may take a case ending
        _EDGE
        + r"(?P<y>\d{4})[\s-]*(?:йил|yil|жылдын|жылы|жылғы|жылдың)\s+"
        + _DAY
        + r"[\s-]*"
        + _MONTH,
    )
)
_ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*")


def _year(text: str) -> int:
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 2:  # fixed pivot: results must not change with today's date
        y += 2000 if y <= 69 else 1900
    return y


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if _SOLAR_HIJRI_YEARS[0] <= year <= _SOLAR_HIJRI_YEARS[1]:
        return _from_solar_hijri(year, month, day)
    if 2443 <= year <= 2643:
        year -= 543  # a year of the Buddhist era, as Thailand dates: 2569 is 2026
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31/02, month 13, …
        return None


#: The years of the Solar Hijri calendar (Iran's, Afghanistan's) a date may be in: 1300 (1921)
#: to 1420 (2041). Later ones are the lunar Hijri calendar's, printed beside the Gregorian
#: date as a rule (1447 is 2025-26), which are not read.
_SOLAR_HIJRI_YEARS = (1300, 1420)
#: 1 Farvardin 1300.
_SOLAR_HIJRI_START = dt.date(1921, 3, 21)


def _solar_hijri_leap(year: int) -> bool:
    """Whether a Solar Hijri year has a 30th of Esfand (the 33-year arithmetic rule)."""
    return (25 * year + 11) % 33 < 8


def _from_solar_hijri(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri one, or ``None`` for no such day. Its leap years
    follow the 33-year arithmetic rule, which agrees with the calendar's astronomical one for
    these years. Written out rather than taken from a package: a few lines of arithmetic,
    against a dependency for every user.

    >>> _from_solar_hijri(1404, 12, 19), _from_solar_hijri(1403, 1, 1)
    (datetime.date(2026, 3, 10), datetime.date(2024, 3, 20))
    >>> _from_solar_hijri(1404, 12, 30) is None, _from_solar_hijri(1403, 12, 30)
    (True, datetime.date(2025, 3, 20))
    """
    last = 31 if month <= 6 else 30 if month < 12 else 29 + _solar_hijri_leap(year)
    if not (1 <= month <= 12 and 1 <= day <= last):
        return None
    days = sum(365 + _solar_hijri_leap(y) for y in range(_SOLAR_HIJRI_YEARS[0], year))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _SOLAR_HIJRI_START + dt.timedelta(days=days + day - 1)


def _day_month(a: int, b: int, sep: str, dayfirst: bool | None) -> tuple[int, int]:
    """(day, month) for a numeric a<sep>b<sep>year date; an unambiguous reading always wins."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    if dayfirst is None:
        dayfirst = sep != "/"  # 05.03.2024 and 05-03-2024 are European; 03/05/2024 is US
    return (a, b) if dayfirst else (b, a)


def _date_candidates(text: str, dayfirst: bool | None) -> Iterator[tuple[int, int, dt.date | None]]:
    """Every date-shaped span in ``text`` as (start, end, date or None when impossible)."""
    for m in _ISO_DATE.finditer(text):
        yield m.start(), m.end(), _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for m in _NUM_DATE.finditer(text):
        day, month = _day_month(int(m["a"]), int(m["b"]), m["s"], dayfirst)
        yield m.start(), m.end(), _make_date(_year(m["y"]), month, day)
    for m in _SPACED_DATE.finditer(text):
        yield m.start(), m.end(), _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for pattern in _TEXT_DATES:
        for m in pattern.finditer(text):
            month = _MONTHS[m["m"].lower()]
            yield m.start(), m.end(), _make_date(_year(m["y"]), month, int(m["d"]))


def parse_date(text: str, *, dayfirst: bool | None = None) -> dt.date | None:
    """Find a calendar date in ``text``; ``None`` unless something really looks like a date.

    Numeric dates need day, month and year (``05.03.2024``, ``2024-03-05``, ``3/5/24``); month
    names may be English, German, French, Spanish, Dutch, Italian or Portuguese. Bare numbers,
    years, ids such as ``2023-0042`` and impossible dates (31/02) give ``None``.

    Parameters
    ----------
    text
        A field value or a line of text; the first valid date in it is returned.
    dayfirst
        How to read an ambiguous numeric date such as ``03/04/2024``. ``None``: dotted and
        dashed dates are day-first, slashed ones month-first. An unambiguous date
        (``13/04/2024``) is read the only way it can be, whatever this says.

    Examples
    --------
    >>> parse_date("Date: 05.03.2024 Page 1")
    datetime.date(2024, 3, 5)
    >>> parse_date("5. März 2024"), parse_date("03/05/2024"), parse_date("2023")
    (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5), None)
    >>> parse_date("Datum vystavení 12. 3. 2025")
    datetime.date(2025, 3, 12)
    >>> parse_date("5-Mar-24"), parse_date("March 1 - March 31, 2025")
    (datetime.date(2024, 3, 5), datetime.date(2025, 3, 31))
    """
    if type(text) is str and len(text) <= _CACHED_LENGTH:
        return _parse_date_cached(text, dayfirst)
    return _parse_date(text, dayfirst)


# The rules read the same words several times (a date's words are tried one by one, several
# fields look at the same row): short texts are remembered. The results are immutable.
_CACHED_LENGTH = 256


@lru_cache(maxsize=2048)
def _parse_date_cached(text: str, dayfirst: bool | None) -> dt.date | None:
    return _parse_date(text, dayfirst)


def _parse_date(text: str, dayfirst: bool | None) -> dt.date | None:
    s = clean_text(text)
    if s is None:
        return None
    if _ISO_TIMESTAMP.fullmatch(s):
        try:
            stamp = isoparse(s)
        except ValueError:
            pass  # "2024-02-30T10:00": the general path below rejects it too
        else:
            return _make_date(stamp.year, stamp.month, stamp.day)
    valid = (c for c in _date_candidates(s, dayfirst) if c[2] is not None)
    first = min(valid, key=lambda c: c[0], default=None)
    cjk = _CJK_DATE.search(s) or _VI_DATE.search(s)
    if cjk is not None and (first is None or cjk.start() < first[0]):
        return _make_date(int(cjk["y"]), int(cjk["m"]), int(cjk["d"]))
    era = _ERA_DATE.search(s)
    if era is not None and (first is None or era.start() < first[0]):
        year = 1 if era["y"] == "元" else int(era["y"])
        return _make_date(_ERAS[era["era"]] + year, int(era["m"]), int(era["d"]))
    roc = _ROC_DATE.search(s) if "年" in s else None
    if roc is not None and (first is None or roc.start() < first[0]):
        return _make_date(_ERAS["民國"] + int(roc["y"]), int(roc["m"]), int(roc["d"]))
    return first[2] if first else None


#: Chinese and Japanese 2024年3月5日, Korean 2024년 3월 5일: marked, so never ambiguous.
_CJK_DATE = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")
#: A year of an era: Japan's (令和7年3月14日 is 2025-03-14; 元年 its first year) and the
#: Republic of China's, which Taiwan's documents use (民國114年3月5日 is 2025-03-05).
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|昭和|民國|民国)\s*(?P<y>\d{1,3}|元)\s*年\s*(?P<m>\d{1,2})\s*月"
    r"\s*(?P<d>\d{1,2})\s*日"
)
#: A year of the Republic of China without its era's name, as Taiwan's e-invoices print it:
#: three digits (115年03月10日 is 2026-03-10), which no other calendar writes so.
_ROC_DATE = re.compile(r"(?<!\d)(?P<y>1\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: Vietnamese "24 tháng 02 năm 2025" (day, "month" month, "year" year), also with the English
#: glosses bilingual invoices print after each word: "24 tháng (month) 02 năm (year) 2025".
_VI_GLOSS = r"\s*(?:\([^)\d]{1,12}\)\s*)?"
_VI_DATE = re.compile(
    rf"(?P<d>\d{{1,2}}){_VI_GLOSS}th(?:á|a\u0301)ng{_VI_GLOSS}(?P<m>\d{{1,2}}){_VI_GLOSS}"
    rf"n(?:ă|a\u0306)m{_VI_GLOSS}(?P<y>\d{{4}})",
    re.IGNORECASE,
)


def guess_dayfirst(texts: Iterable[str]) -> bool | None:
    """Guess from a whole document whether its numeric dates put the day first.

    Unambiguous dates decide (``25/03/2024`` → ``True``, ``03/25/2024`` → ``False``; the
    majority wins if they disagree); failing that, any dotted date means ``True``; else ``None``.

    Examples
    --------
    >>> guess_dayfirst(["Invoice date 03/04/2024", "Due 18/04/2024"])
    True
    >>> guess_dayfirst(["03/04/2024"]) is None
    True
    """
    votes = {True: 0, False: 0}
    dotted = False
    for text in texts:
        for m in _NUM_DATE.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            if 12 < a <= 31 and b <= 12:
                votes[True] += 1
            elif 12 < b <= 31 and a <= 12:
                votes[False] += 1
            dotted = dotted or m["s"] == "."
    if votes[True] != votes[False]:
        return votes[True] > votes[False]
    return True if dotted else None


# ----------------------------------------------------------------------------- amounts


@dataclass(frozen=True)
class Amount:
    """A money amount as printed: its value and ISO 4217 currency (``None`` when not shown).

    >>> Amount(12.5, "EUR")
    Amount(value=12.5, currency='EUR')
    """

    value: float
    currency: str | None


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_DASHES = str.maketrans({"−": "-", "–": "-", "‒": "-", "﹣": "-", "－": "-"})


def _mask_dates(text: str) -> str:
    """Dashes made ASCII, dates and times blanked out so their digits are not read as values."""
    text = text.translate(_DASHES)
    spans = [(s, e) for s, e, _ in _date_candidates(text, None)]
    spans += [m.span() for m in _TIME.finditer(text)]
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "\x1f" * (e - s)
    return "".join(chars)


def parse_amount(text: str, *, decimal: str | None = None) -> Amount | None:
    """Read a money amount and its currency: ``"1.234,56 €"`` → ``Amount(1234.56, "EUR")``.

    Negative amounts may be written ``-12.50``, ``(12.50)`` or ``12.50-``. Text with no number,
    only a percentage or date, or several numbers none of which has a currency next to it,
    gives ``None``.

    Parameters
    ----------
    text
        The printed amount, possibly with a label or currency around it.
    decimal
        The document's decimal separator, ``"."`` or ``","``, or ``""`` when it writes whole
        amounts only (yen, krónur, rupiah); it only settles the ambiguous ``1.234`` /
        ``1,234`` (read as 1.234 and 1234 when ``None``, as 1234 and 1234 with ``""``).
        Amounts in a whole-unit currency ("Rp 1.500") read as whole units whatever it says.

    Examples
    --------
    >>> parse_amount("$1,234.56")
    Amount(value=1234.56, currency='USD')
    >>> parse_amount("(12.50) EUR"), parse_amount("15%")
    (Amount(value=-12.5, currency='EUR'), None)
    """
    if decimal not in (None, ".", ",", ""):
        raise OptionError(f"decimal must be '.', ',', '' or None, not {decimal!r}")
    if type(text) is str and len(text) <= _CACHED_LENGTH:
        return _parse_amount_cached(text, decimal)
    return _parse_amount(text, decimal)


@lru_cache(maxsize=2048)
def _parse_amount_cached(text: str, decimal: str | None) -> Amount | None:
    return _parse_amount(text, decimal)


def _parse_amount(text: str, decimal: str | None) -> Amount | None:
    s = clean_text(text)
    if s is None:
        return None
    tokens = [t for t in number_tokens(_mask_dates(s), units=False) if not t.percent]
    if len(tokens) > 1:  # counting ids and phone numbers too: "(555) 123-4567" is no amount
        tokens = [t for t in tokens if t.marked][:1]
    tokens = [t for t in tokens if t.usable]
    if not tokens:
        return None
    tok = tokens[0]
    value = token_value(tok, decimal)
    if value is None:
        return None
    currency = tok.currency if tok.marked else parse_currency(s)
    return Amount(value, currency)


def parse_number(text: str, *, decimal: str | None = None) -> float | None:
    """Read a plain number written with either separator style; ``None`` if there isn't one.

    A unit or percent sign after the number is ignored; several numbers give ``None``.
    ``decimal`` settles the one ambiguous shape as :func:`parse_amount`'s does: "2,750 %" is
    2.75 in a document that writes decimals with a comma.

    Examples
    --------
    >>> parse_number("1.234,5"), parse_number("12 pcs"), parse_number("-3"), parse_number("n/a")
    (1234.5, 12.0, -3.0, None)
    >>> parse_number("2,750%"), parse_number("2,750%", decimal=",")
    (2750.0, 2.75)
    """
    s = clean_text(text)
    if s is None:
        return None
    tokens = number_tokens(_mask_dates(s), units=True)
    return token_value(tokens[0], decimal) if len(tokens) == 1 and tokens[0].usable else None


def parse_currency(text: str) -> str | None:
    """ISO 4217 code for a currency symbol, code or name found in ``text``.

    Examples
    --------
    >>> [parse_currency(t) for t in ("€", "usd", "US Dollar", "Total: 12 CHF", "kr", "n/a")]
    ['EUR', 'USD', 'USD', 'CHF', None, None]
    """
    s = clean_text(text)
    if s is None:
        return None
    if s.strip(" .:").upper() in ISO_CODES:
        return s.strip(" .:").upper()
    m = CURRENCY_MARKER.search(s)
    return currency_for_marker(m.group()) if m else None


# ----------------------------------------------------------------------------- text and coerce

_INVISIBLE = str.maketrans({"\u200b": None, "\ufeff": None, "\u00ad": None, "\u200e": None})
_QUOTES = "\"'`“”„‘’‚«»‹›"
#: Typographic apostrophes in a text value, as the keyboard's: "O’Connor", "Sant’Ambrogio"
#: (a PostScript font's "quoteright" glyph is what a typed "'" prints as) match the names a
#: table holds. Amounts keep theirs ("1’437.40" is Swiss grouping, read in ``parse_amount``).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas NA/NaT without importing pandas
        return True
    if isinstance(value, Decimal):
        return value.is_nan()
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        return math.isnan(value)  # float, numpy.float32, …
    return False


def clean_text(value: object) -> str | None:
    """``value`` as a string with whitespace collapsed; ``None`` when missing or blank.

    Examples
    --------
    >>> clean_text("  ACME\\n  GmbH "), clean_text("   ")
    ('ACME GmbH', None)
    """
    if _is_missing(value):
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    elif isinstance(value, float) and value.is_integer():
        value = int(value)  # an id read as 12345.0 from JSON or a spreadsheet
    text = " ".join(str(value).translate(_INVISIBLE).split())
    return text or None


def clean_id(value: object) -> str | None:
    """An identifier: ``clean_text`` minus a leading ``:``, trailing ``,.;:`` and quotes.

    A ``#`` that is part of the id is kept, and so are brackets the id opens and closes; an
    unpaired one at either end is the sentence's ("(BIC RABONL2U)").

    Examples
    --------
    >>> clean_id(': "INV-2024-001".'), clean_id("#BLR_WFLD20151000982590")
    ('INV-2024-001', '#BLR_WFLD20151000982590')
    >>> clean_id("RABONL2U)"), clean_id("(A-1)"), clean_id("PO-7 (B)")
    ('RABONL2U', '(A-1)', 'PO-7 (B)')
    """
    text = clean_text(value)
    while text:
        stripped = text.lstrip(":").rstrip(",.;:").strip().strip(_QUOTES).strip()
        if stripped.endswith(")") and stripped.count(")") > stripped.count("("):
            stripped = stripped[:-1]
        if stripped.startswith("(") and stripped.count("(") > stripped.count(")"):
            stripped = stripped[1:]
        if stripped == text:
            break
        text = stripped
    return text or None


def _to_float(value: object) -> float | None:
    if type(value).__name__ in ("bool", "bool_"):
        return None  # True is an int in Python (and numpy), never a quantity on an invoice
    if isinstance(value, (numbers.Real, Decimal)):  # numbers.Real: numpy scalars too
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def coerce(value: object, kind: str, *, dayfirst: bool | None = None) -> object | None:
    """Convert an extracted value to the Python type of its field ``kind``; ``None`` if it can't.

    ``"date"`` → ``datetime.date``, ``"amount"`` and ``"number"`` → ``float``, ``"currency"``
    → ISO code, ``"id"`` → :func:`clean_id`, ``"text"`` → :func:`clean_text`. Missing values
    (``None``, NaN, NA, NaT, blank strings) give ``None``.

    Examples
    --------
    >>> coerce("05.03.2024", "date"), coerce("1.234,56 €", "amount"), coerce(True, "number")
    (datetime.date(2024, 3, 5), 1234.56, None)
    >>> coerce("Fitzgerald O’Connor & Co.", "text")
    "Fitzgerald O'Connor & Co."
    """
    if _is_missing(value):
        return None
    if kind == "text":
        text = clean_text(value)
        return text.translate(_APOSTROPHES) if text else None
    if kind == "id":
        return clean_id(value)
    if kind == "date":
        if isinstance(value, dt.datetime):  # also pandas.Timestamp, a datetime subclass
            return value.date()
        if isinstance(value, dt.date):
            return value
        return parse_date(value, dayfirst=dayfirst) if isinstance(value, str) else None
    if kind in ("amount", "number"):
        if isinstance(value, Amount):
            return value.value
        if isinstance(value, str):
            if kind == "number":
                return parse_number(value)
            amount = parse_amount(value)
            return amount.value if amount else None
        return _to_float(value)
    if kind == "currency":
        if isinstance(value, Amount):
            return value.currency
        return parse_currency(value) if isinstance(value, str) else None
    raise FieldSpecError(
        f"unknown field kind {kind!r}; use one of text, date, amount, currency, number, id"
    )
