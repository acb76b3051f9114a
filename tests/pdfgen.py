"""Synthetic invoice PDFs with known ground truth, for tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import io
import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Literal, NamedTuple

from fpdf import FPDF

LAYOUTS = ("label_beside", "label_above", "two_column", "totals_block", "european", "multipage")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %b %Y", "%d-%b-%Y")
NUMBER_STYLES = ("us", "eu")
#: Every generated file carries this creation date, so the same spec gives the same bytes.
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
_MONTHS = "January February March April May June July August September October November December"
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
_CENT = Decimal("0.01")


def _words(text: str) -> list[str]:
    # "|"-separated word lists keep the data compact under the formatter.
    return text.split("|")


_KEYS = _words("number|date|due|po|total|bill|title|subtotal|tax|desc|qty|unit|amount|phone|email")
_EN_COMMON = "INVOICE|Subtotal|Tax|Description|Qty|Unit Price|Amount|Phone|Email"
_EN_LABELS = [  # three wordings of the header fields, then the shared English labels
    dict(zip(_KEYS, _words(f"{head}|{_EN_COMMON}"), strict=True))
    for head in (
        "Invoice Number|Invoice Date|Due Date|PO Number|Total Due|Bill To",
        "Invoice No.|Date|Payment Due|Purchase Order|Amount Due|Customer",
        "Invoice #|Issue Date|Due|P.O. #|Total|Invoice To",
    )
]
_DE_LABELS = dict(
    zip(
        _KEYS,
        _words(
            "Rechnungsnummer|Rechnungsdatum|Fällig am|Bestellnummer|Gesamtbetrag|"
            "Rechnungsempfänger|RECHNUNG|Zwischensumme|MwSt.|Beschreibung|Menge|Einzelpreis|"
            "Betrag|Tel.|E-Mail"
        ),
        strict=True,
    )
)
_PAGE_LABEL = {"en": "Page {p} of {nb}", "de": "Seite {p} von {nb}"}
_PAY_NOTE = {
    "en": "Please pay by the due date quoting the invoice number.",
    "de": "Zahlbar ohne Abzug bis zum Fälligkeitsdatum.",
}


def format_date(value: dt.date, fmt: str) -> str:
    """Format *value* with English month names whatever the process locale is.

    >>> format_date(dt.date(2024, 3, 5), "%d %b %Y")
    '05 Mar 2024'
    """
    month = _MONTHS.split()[value.month - 1]
    return value.strftime(fmt.replace("%B", month).replace("%b", month[:3]))


def format_number(value: float | Decimal, style: str) -> str:
    """Two decimals with thousands separators: ``us`` 1,234.56 or ``eu`` 1.234,56.

    >>> format_number(1234.5, "eu")
    '1.234,50'
    """
    text = f"{Decimal(str(value)).quantize(_CENT, ROUND_HALF_UP):,.2f}"
    return text.translate(str.maketrans(",.", ".,")) if style == "eu" else text


def group_iban(iban: str) -> str:
    """Print form of an IBAN: groups of four (ISO 13616)."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


@dataclass
class InvoiceSpec:
    """Everything printed on one synthetic invoice; ``truth()`` gives the expected fields."""

    vendor: str
    vendor_address: list[str]
    customer: str
    invoice_number: str
    invoice_date: dt.date
    due_date: dt.date
    line_items: list[tuple[str, int, float]]
    po_number: str | None = None
    currency: str = "USD"
    tax_rate: float = 0.0
    iban: str | None = None
    email: str = ""
    phone: str = ""
    layout: str = "label_beside"
    date_format: str = "%Y-%m-%d"
    number_style: str = "us"
    pages_hint: int = 1  # pages the line items were sized for (random_invoice); not used to render
    customer_address: list[str] = field(default_factory=list)
    currency_symbol: bool = True  # "$1.00" rather than "USD 1.00" where a symbol exists
    label_set: int = 0  # which English wording ("Invoice Number" / "Invoice No." / "Invoice #")

    def __post_init__(self) -> None:
        for name, value, allowed in (
            ("layout", self.layout, LAYOUTS),
            ("date_format", self.date_format, DATE_FORMATS),
            ("number_style", self.number_style, NUMBER_STYLES),
        ):
            if value not in allowed:
                raise ValueError(f"{name}={value!r}; expected one of {allowed}")

    def _amounts(self) -> tuple[Decimal, Decimal]:
        sub = sum((_line_amount(q, p) for _, q, p in self.line_items), Decimal(0))
        tax = (sub * Decimal(str(self.tax_rate))).quantize(_CENT, ROUND_HALF_UP)
        return sub, tax

    @property
    def subtotal(self) -> float:
        return float(self._amounts()[0])

    @property
    def tax(self) -> float:
        return float(self._amounts()[1])

    @property
    def total(self) -> float:
        return float(sum(self._amounts()))

    def money(self, value: float) -> str:
        """*value* as printed on this invoice, e.g. ``$1,234.56`` or ``1.234,56 EUR``."""
        num = format_number(value, self.number_style)
        sym = _SYMBOLS.get(self.currency) if self.currency_symbol else None
        if self.number_style == "eu":
            return f"{num} {sym or self.currency}"
        return f"{sym}{num}" if sym else f"{self.currency} {num}"

    def date(self, value: dt.date) -> str:
        return format_date(value, self.date_format)


def _line_amount(qty: int, price: float) -> Decimal:
    return (qty * Decimal(str(price))).quantize(_CENT, ROUND_HALF_UP)


def truth(spec: InvoiceSpec) -> dict[str, object]:
    """The values an extractor should find on ``render_invoice(spec)``; IBAN without spaces.

    >>> truth(random_invoice(random.Random(1)))["currency"] in {"USD", "EUR", "GBP", "CHF", "CAD"}
    True
    """
    return {
        "invoice_number": spec.invoice_number,
        "invoice_date": spec.invoice_date,
        "due_date": spec.due_date,
        "total": spec.total,
        "subtotal": spec.subtotal,
        "tax": spec.tax,
        "currency": spec.currency,
        "vendor": spec.vendor,
        "customer": spec.customer,
        "po_number": spec.po_number,
        "iban": spec.iban,
        "email": spec.email,
        "phone": spec.phone,
    }


# ---------------------------------------------------------------- random specs


class _Profile(NamedTuple):
    currency: str
    style: str  # number style
    dates: str  # "|"-separated date formats, likewise the next fields
    suffixes: str
    tld: str
    taxes: str
    cities: str
    iban: str  # IBAN country, "" when the country has none
    phone: str


_PROFILES = {
    "us": _Profile("USD", "us", "%m/%d/%Y|%B %d, %Y|%Y-%m-%d", "Inc.|LLC|Corp.", "com",
                   "0|0.0625|0.0825", "Austin, TX 78701|Denver, CO 80202|Portland, OR 97204",
                   "", "+1 ({a}) 555-{b:04d}"),
    "uk": _Profile("GBP", "us", "%d/%m/%Y|%d %b %Y", "Ltd|PLC|LLP", "co.uk", "0.2",
                   "London EC1A 1BB|Leeds LS1 4AP|Bristol BS1 5TR", "GB", "+44 20 7946 {b:04d}"),
    "de": _Profile("EUR", "eu", "%d.%m.%Y", "GmbH|AG|GmbH & Co. KG", "de", "0.19|0.07",
                   "10115 Berlin|80331 München|50667 Köln", "DE", "+49 30 {a}{b:04d}"),
    "fr": _Profile("EUR", "eu", "%d/%m/%Y|%Y-%m-%d", "SARL|SAS", "fr", "0.2|0.1",
                   "75002 Paris|69001 Lyon|33000 Bordeaux", "FR", "+33 1 {a} {b:04d}"),
    "ch": _Profile("CHF", "us", "%d.%m.%Y|%d-%b-%Y", "AG|GmbH|SA", "ch", "0.081",
                   "8001 Zürich|3011 Bern|1204 Genève", "CH", "+41 44 {a} {b:04d}"),
    "ca": _Profile("CAD", "us", "%Y-%m-%d|%d-%b-%Y|%B %d, %Y", "Ltd.|Inc.", "ca", "0.05|0.13",
                   "Toronto, ON M5H 2N2|Vancouver, BC V6B 1A1", "", "+1 {a}-555-{b:04d}"),
}  # fmt: skip
_NAMES = _words(
    "Acme|Northwind|Blue Harbor|Kessler|Lumen|Meridian|Brightline|Falkenberg|Orchard|Müller|"
    "Schäfer|Redwood|Atlas|Cobalt|Vantage|Beaumont|Lindqvist|Summit|Pinecrest|Ostwind|Halcyon"
)
_TRADES = _words(
    "Trading|Systems|Logistics|Consulting|Supplies|Analytics|Software|Engineering|Print & Media|"
    "Facilities|Labs|Industrial"
)
_STREETS = _words(
    "Market Street|Hauptstraße|Rue de Rivoli|King Street|Bahnhofstrasse|Elm Avenue|Industrieweg|"
    "Harbour Road"
)
_ITEMS = _words(
    "Consulting services|Software licence (annual)|Maintenance contract|Cloud hosting|"
    "Office chairs|Laptop stand|Printer toner|Freight charges|On-site support (hours)|"
    "Training workshop|Steel brackets M8|Packaging material|Data migration|"
    "Network switch 24-port|Design revisions|Cleaning service"
)
_ITEMS_DE = _words(
    "Beratungsleistung|Wartungsvertrag|Softwarelizenz (jährlich)|Fracht|Schulung|Bürostühle|"
    "Montage vor Ort (Std.)|Verpackungsmaterial"
)
_IBAN_BBAN = {"GB": "LLLL" + "9" * 14, "DE": "9" * 18, "FR": "9" * 23, "CH": "9" * 17}
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "è": "e", "é": "e", " ": ""})


def _iban(rng: random.Random, country: str) -> str:
    bban = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "L" else str(rng.randrange(10))
        for c in _IBAN_BBAN[country]
    )
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _company(rng: random.Random, profile: _Profile) -> str:
    return f"{rng.choice(_NAMES)} {rng.choice(_TRADES)} {rng.choice(_words(profile.suffixes))}"


def _address(rng: random.Random, profile: _Profile) -> list[str]:
    return [f"{rng.choice(_STREETS)} {rng.randint(1, 240)}", rng.choice(_words(profile.cities))]


def _items(rng: random.Random, n: int, german: bool) -> list[tuple[str, int, float]]:
    # Log-uniform totals from ~50 to ~500k, so thousands separators show up often.
    target = 10 ** rng.uniform(1.7, 5.7)
    out = []
    for _ in range(n):
        qty = rng.choice((1, 1, 1, 2, 3, 4, 5, 10, 12, 20, 25, 50))
        price = max(0.5, round(target / n * rng.uniform(0.3, 1.7) / qty, 2))
        out.append((rng.choice(_ITEMS_DE if german else _ITEMS), qty, price))
    return out


def random_invoice(rng: random.Random, **overrides: Any) -> InvoiceSpec:
    """A realistic random invoice; the same *rng* state gives the same spec.

    ``layout`` and ``pages_hint`` in *overrides* steer generation (a ``european`` layout gets
    a German vendor, EUR and dd.mm.yyyy); every other override replaces the field afterwards.

    >>> spec = random_invoice(random.Random(7), layout="european")
    >>> spec.currency, spec.number_style
    ('EUR', 'eu')
    """
    layout = overrides.get("layout") or rng.choice(LAYOUTS)
    pages = int(overrides.get("pages_hint") or (rng.randint(2, 4) if layout == "multipage" else 1))
    key = "de" if layout == "european" else rng.choice(sorted(_PROFILES))
    prof, cust = _PROFILES[key], _PROFILES[rng.choice(sorted(_PROFILES))]
    vendor = _company(rng, prof)
    issued = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
    year, seq = issued.year, rng.randint(1, 99999)
    number = rng.choice(
        (
            f"INV-{year}-{seq:04d}",
            f"INV{seq:06d}",
            f"{year}-{seq:05d}",
            f"{'RE' if key == 'de' else 'F'}{year}{seq:05d}",
        )
    )
    n_items = rng.randint(2, 8) if pages < 2 else 30 + 44 * (pages - 2) + rng.randint(5, 25)
    symbol = rng.random() < 0.7 and layout != "european"
    slug = vendor.split()[0].lower().translate(_ASCII)
    spec = InvoiceSpec(
        vendor=vendor,
        vendor_address=_address(rng, prof),
        customer=_company(rng, cust),
        customer_address=_address(rng, cust),
        invoice_number=number,
        invoice_date=issued,
        due_date=issued + dt.timedelta(days=rng.choice((14, 30, 30, 45, 60))),
        po_number=rng.choice(
            (None, f"PO-{rng.randint(10000, 99999)}", f"45{rng.randrange(10**8):08d}")
        ),
        currency=prof.currency,
        tax_rate=float(rng.choice(_words(prof.taxes))),
        iban=_iban(rng, prof.iban) if prof.iban else None,
        email=f"{rng.choice(('billing', 'accounts', 'invoices', 'ar'))}@{slug}.{prof.tld}",
        phone=prof.phone.format(a=rng.randint(200, 989), b=rng.randrange(10000)),
        layout=layout,
        date_format=rng.choice(_words(prof.dates)),
        number_style=prof.style,
        pages_hint=pages,
        currency_symbol=symbol,
        label_set=rng.randrange(len(_EN_LABELS)),
        line_items=_items(rng, n_items, german=key == "de" and layout == "european"),
    )
    return replace(spec, **{k: v for k, v in overrides.items() if k != "layout"}, layout=layout)


# ---------------------------------------------------------------- rendering
_W = (90.0, 20.0, 35.0, 35.0)  # description, qty, unit price, amount: 180 mm between margins
_ROW = 6.0


class _Doc(FPDF):
    """FPDF with a fixed creation date, cp1252 core fonts (for €) and a page footer."""

    def __init__(self, footer: str = "") -> None:
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED_DATE)
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)
        self._footer = footer

    def footer(self) -> None:
        if self._footer:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, self._footer.format(p=self.page_no(), nb="{nb}"), align="C")

    def line_(
        self,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        w: float = 0,
        align: str = "L",
        h: float = 5.0,
        border: Literal[0, 1] = 0,
        nl: bool = True,
    ) -> None:
        self.set_font("Helvetica", style, size)
        self.cell(
            w,
            h,
            text,
            border=border,
            align=align,
            new_x="LMARGIN" if nl else "RIGHT",
            new_y="NEXT" if nl else "TOP",
        )


def _labels(spec: InvoiceSpec) -> dict[str, str]:
    if spec.layout == "european":
        return _DE_LABELS
    return _EN_LABELS[spec.label_set % len(_EN_LABELS)]


def _fields(spec: InvoiceSpec, lab: dict[str, str]) -> list[tuple[str, str]]:
    rows = [
        (lab["number"], spec.invoice_number),
        (lab["date"], spec.date(spec.invoice_date)),
        (lab["due"], spec.date(spec.due_date)),
    ]
    return rows + ([(lab["po"], spec.po_number)] if spec.po_number else [])


def _tax_label(spec: InvoiceSpec, lab: dict[str, str]) -> str:
    rate = f"{Decimal(str(spec.tax_rate * 100)).normalize():f}"
    if spec.layout == "european":
        return f"{lab['tax']} {rate.replace('.', ',')} %"
    return f"{lab['tax']} ({rate}%)"


def _header(pdf: _Doc, spec: InvoiceSpec, lab: dict[str, str]) -> None:
    pdf.line_(spec.vendor, size=15, style="B", w=120, h=8, nl=False)
    pdf.line_(lab["title"], size=18, style="B", align="R", h=8)
    for text in spec.vendor_address:
        pdf.line_(text, size=9, h=4.5)
    pdf.line_(f"{lab['phone']}: {spec.phone}", size=9, h=4.5)
    pdf.line_(f"{lab['email']}: {spec.email}", size=9, h=4.5)
    pdf.ln(6)


def _bill_to(pdf: _Doc, spec: InvoiceSpec, lab: dict[str, str]) -> None:
    pdf.line_(lab["bill"], size=9, style="B")
    for text in [spec.customer, *spec.customer_address]:
        pdf.line_(text, size=10)
    pdf.ln(5)


def _items_table(pdf: _Doc, spec: InvoiceSpec, lab: dict[str, str]) -> None:
    last = "Total" if spec.layout == "totals_block" else lab["amount"]

    def head() -> None:
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("Helvetica", "B", 9)
        for w, text in zip(_W, (lab["desc"], lab["qty"], lab["unit"], last), strict=True):
            pdf.cell(w, 7, text, border="B", align="L" if w == _W[0] else "R", fill=True)
        pdf.ln(7)

    head()
    for desc, qty, price in spec.line_items:
        if pdf.will_page_break(_ROW):
            pdf.add_page()
            head()
        pdf.set_font("Helvetica", "", 9)
        cells = (
            desc,
            str(qty),
            format_number(price, spec.number_style),
            format_number(_line_amount(qty, price), spec.number_style),
        )
        # text() at a baseline is ~4x cheaper than cell(); rows dominate a long invoice's cost.
        base, right = pdf.get_y() + 4.2, pdf.l_margin + _W[0]
        pdf.text(pdf.l_margin + pdf.c_margin, base, desc)
        for w, text in zip(_W[1:], cells[1:], strict=True):
            right += w
            pdf.text(right - pdf.c_margin - pdf.get_string_width(text), base, text)
        pdf.ln(_ROW)
    pdf.ln(4)


def _totals(spec: InvoiceSpec, lab: dict[str, str]) -> list[tuple[str, str]]:
    total_label = "Total" if spec.layout == "totals_block" else lab["total"]
    return [
        (lab["subtotal"], spec.money(spec.subtotal)),
        (_tax_label(spec, lab), spec.money(spec.tax)),
        (total_label, spec.money(spec.total)),
    ]


def _right_block(pdf: _Doc, rows: list[tuple[str, str]], colon: bool) -> None:
    if pdf.will_page_break(_ROW * len(rows)):
        pdf.add_page()
    for i, (label, value) in enumerate(rows):
        bold = "B" if i == len(rows) - 1 else ""
        pdf.set_x(pdf.l_margin + 90)
        pdf.line_(label + (":" if colon else ""), style=bold, w=50, h=_ROW, align="R", nl=False)
        pdf.line_(value, style=bold, w=40, h=_ROW, align="R")


def _beside(pdf: _Doc, rows: list[tuple[str, str]]) -> None:
    for label, value in rows:
        pdf.line_(f"{label}: {value}", h=5.5)
    pdf.ln(4)


def _above(pdf: _Doc, rows: list[tuple[str, str]], *, big_last: bool = False) -> None:
    width = 180 / len(rows)
    for label, _ in rows:
        pdf.line_(label, size=8, w=width, nl=False)
    pdf.ln(4.5)
    for i, (_, value) in enumerate(rows):
        big = big_last and i == len(rows) - 1
        pdf.line_(value, size=13 if big else 10, style="B" if big else "", w=width, h=6, nl=False)
    pdf.ln(10)


def _two_column(pdf: _Doc, rows: list[tuple[str, str]]) -> None:
    for label, value in rows:
        pdf.line_(label, style="B", w=50, h=7, border=1, nl=False)
        pdf.line_(value, w=70, h=7, border=1)
    pdf.ln(5)


def render_invoice(spec: InvoiceSpec) -> bytes:
    """The PDF bytes of *spec*: byte-identical for equal specs.

    >>> render_invoice(random_invoice(random.Random(0)))[:5]
    b'%PDF-'
    """
    lab = _labels(spec)
    lang = "de" if spec.layout == "european" else "en"
    pdf = _Doc(footer=_PAGE_LABEL[lang])
    pdf.set_title(f"{lab['title'].title()} {spec.invoice_number}")
    pdf.add_page()
    _header(pdf, spec, lab)
    fields, totals = _fields(spec, lab), _totals(spec, lab)
    if spec.layout == "label_above":
        _above(pdf, fields)
        _bill_to(pdf, spec, lab)
        _items_table(pdf, spec, lab)
        if pdf.will_page_break(20):
            pdf.add_page()
        _above(pdf, totals, big_last=True)
    elif spec.layout == "two_column":
        _two_column(pdf, fields)
        _bill_to(pdf, spec, lab)
        _items_table(pdf, spec, lab)
        if pdf.will_page_break(7 * len(totals)):
            pdf.add_page()
        pdf.set_x(pdf.l_margin)
        _two_column(pdf, totals)
    else:  # label_beside, totals_block, european, multipage: "Label: value" header fields
        _beside(pdf, fields)
        _bill_to(pdf, spec, lab)
        _items_table(pdf, spec, lab)
        _right_block(pdf, totals, colon=spec.layout == "label_beside")
    pdf.ln(6)
    if spec.iban:
        pdf.line_(f"IBAN: {group_iban(spec.iban)}", size=9)
    pdf.line_(_PAY_NOTE[lang], size=9)
    return bytes(pdf.output())


def write_invoice(spec: InvoiceSpec, path: str | Path) -> Path:
    """Render *spec* to *path* (parents created) and return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render_invoice(spec))
    return out


def make_corpus(
    directory: str | Path,
    n: int,
    *,
    seed: int = 0,
    pages: tuple[int, int] = (1, 3),
    layouts: Sequence[str] | None = None,
) -> list[tuple[Path, dict[str, object]]]:
    """Write *n* invoices ``invoice_00000.pdf``… into *directory*; return ``(path, truth)`` pairs.

    Layouts cycle through *layouts* (all by default); each file's page hint is drawn from the
    inclusive range *pages* (a ``multipage`` invoice gets at least 2).

    >>> import tempfile
    >>> len(make_corpus(tempfile.mkdtemp(), 3, seed=1))
    3
    """
    rng = random.Random(seed)
    chosen = tuple(layouts or LAYOUTS)
    out = []
    for i in range(n):
        layout = chosen[i % len(chosen)]
        hint = rng.randint(*pages)
        spec = random_invoice(rng, layout=layout, pages_hint=max(hint, 2 * (layout == "multipage")))
        out.append((write_invoice(spec, Path(directory) / f"invoice_{i:05d}.pdf"), truth(spec)))
    return out


# ---------------------------------------------------------------- tiny PDFs
def pages_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """One PDF page per item of *pages*, each holding its lines of text (cp1252 core font).

    >>> pages_pdf([["first page"], ["second page"]])[:5]
    b'%PDF-'
    """
    pdf = _Doc()
    for lines in pages:
        pdf.add_page()
        for text in lines:
            pdf.line_(text, size=11, h=6)
    return bytes(pdf.output())


def text_pdf(lines: Sequence[str], *, pages: int = 1) -> bytes:
    """A plain PDF whose every page (of *pages*) carries *lines*.

    >>> text_pdf(["Invoice Number: A-1", "Total: 10.00"])[:5]
    b'%PDF-'
    """
    return pages_pdf([lines] * pages)


def _scan_png(seed: int) -> bytes:
    # A grey "scanned page": bars where text lines would be, so it looks like a document but
    # has no text layer at all. Drawn with rectangles, not fonts, so bytes don't depend on
    # which fonts Pillow has.
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("L", (250, 350), 246)
    draw = ImageDraw.Draw(img)
    y = 20
    while y < 330:
        draw.rectangle((20, y, 20 + rng.randint(60, 210), y + 4), fill=rng.randint(40, 90))
        y += rng.choice((9, 9, 9, 18))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    """Image-only pages (like a scan without OCR): no extractable text.

    >>> blank_pdf(2)[:5]
    b'%PDF-'
    """
    pdf = _Doc()
    for i in range(pages):
        pdf.add_page()
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(10, 10, 190, 277)
        pdf.image(io.BytesIO(_scan_png(i)), x=15, y=15, w=180)
    return bytes(pdf.output())


def encrypted_pdf(text: str, user_password: str = "secret", owner_password: str = "owner") -> bytes:
    """A one-page PDF with *text*, RC4-encrypted so it opens only with *user_password*.

    >>> encrypted_pdf("hidden")[:5]
    b'%PDF-'
    """
    pdf = _Doc()
    pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    pdf.add_page()
    pdf.line_(text, size=11, h=6)
    return bytes(pdf.output())


def corrupt_stream_pdf(text: str = "Invoice Number: BAD-1") -> bytes:
    """A one-page PDF whose content stream is corrupt FlateDecode data behind a PNG predictor.

    The zlib checksum is wrong (pdfminer recovers the bytes with a logged warning), and the
    recovered rows carry an invalid predictor tag, so pdfplumber opens the file and counts its
    page but raises ``PDFValueError`` when it extracts text.

    >>> corrupt_stream_pdf()[:8]
    b'%PDF-1.4'
    """
    raw = b"\x07" + b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    body = zlib.compress(raw)[:-4] + b"\xde\xad\xbe\xef"  # adler32 no longer matches
    return page_pdf(
        body,
        mediabox=b"0 0 595 842",
        fonts=[HELVETICA],
        stream_keys=b" /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >>",
    )


def unmapped_font_pdf(
    lines: int = 6, readable: Sequence[str] = (), glyphs: tuple[int, int] = (1, 32)
) -> bytes:
    """A page whose text shows (the glyphs are drawn) but cannot be extracted: its Type0 font
    has an Identity-H encoding and no ToUnicode map, as some print-to-PDF drivers write it.

    pdfminer extracts ``(cid:17)`` for each glyph, PDFium the glyph number as a character:
    a control character for the default ``glyphs`` numbers, mostly letters and digits for
    higher ones. ``readable`` lines come first, in Helvetica (a page mixing both kinds of
    font).

    >>> unmapped_font_pdf()[:8]
    b'%PDF-1.4'
    """
    rng = random.Random(17)
    rows = [
        b"<" + b"".join(b"%04x" % rng.randrange(*glyphs) for _ in range(rng.randint(8, 30))) + b">"
        for _ in range(lines)
    ]
    plain = [b"(" + line.encode("latin-1") + b")" for line in readable]
    content = (
        b"BT 72 760 Td 14 TL "
        + b"".join(b"/F2 11 Tf %s Tj T* " % row for row in plain)
        + b"".join(b"/F1 11 Tf %s Tj T* " % row for row in rows)
        + b"ET"
    )
    return page_pdf(
        content,
        mediabox=b"0 0 595 842",
        fonts=[
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Inter /Encoding /Identity-H "
            b"/DescendantFonts [7 0 R] >>",
            HELVETICA,
        ],
        objects=[
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Inter /DW 600 "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            b"/FontDescriptor 8 0 R >>",
            b"<< /Type /FontDescriptor /FontName /ABCDEF+Inter /Flags 32 "
            b"/FontBBox [-100 -250 1000 950] /ItalicAngle 0 /Ascent 950 /Descent -250 "
            b"/CapHeight 700 /StemV 80 >>",
        ],
    )


def zero_mapped_pdf(lines: Sequence[str], zero: str = "-") -> bytes:
    """A page of Helvetica *lines* whose ToUnicode map sends the characters in *zero* to
    U+0000, as Skia does for alternate glyphs (Inter's case-sensitive hyphen): pdfminer reads
    ``"\x00"`` there, PDFium falls back to the font's encoding.

    >>> zero_mapped_pdf(["INV-1"])[:8]
    b'%PDF-1.4'
    """
    chars = b"".join(
        b"<%02X> <%04X>\n" % (code, 0 if chr(code) in zero else code) for code in range(32, 127)
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"95 beginbfchar\n" + chars + b"endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    shown = b" T* ".join(b"(%s) Tj" % line.encode("latin-1") for line in lines)
    content = b"BT /F1 12 Tf 72 720 Td 20 TL " + shown + b" ET"
    return page_pdf(
        content,
        fonts=[b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"],
        objects=[b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)],
    )


@dataclass(frozen=True)
class FormRow:
    """One line of :func:`form_pdf`: a printed label and a field beside it.

    ``value`` None leaves the field empty. ``field_flags`` is the field's /Ff (1 << 13: a
    password field, 1 << 12: multiline), ``annot_flags`` the widget's /F (2: hidden).
    ``kind`` is the field type (/Tx text, /Ch choice, /Btn a check box). ``inherited`` puts
    the name and value on a parent field whose kid is the widget, as Acrobat often writes.
    ``appearance`` gives the widget a drawn appearance (/AP) as a filling tool would.
    """

    label: str
    name: str
    value: str | None
    kind: str = "Tx"
    field_flags: int = 0
    annot_flags: int = 0
    inherited: bool = False
    appearance: bool = True
    height: int = 20


def form_pdf(
    rows: Sequence[FormRow], *, labels: bool = True, rotate: int = 0, drawn: bool = False
) -> bytes:
    """A one-page AcroForm: each row's label at x=72 and its field's widget at x=180, rows
    30 pt apart from the top. ``labels=False`` prints nothing (a form over a scan: only
    the fields have text); ``drawn=True`` also prints each value in the page's content where
    its widget is (a flattened form that kept its fields). A check box's ``value`` is its
    state name (``"Yes"``/``"Off"``).

    >>> form_pdf([FormRow("Invoice Number:", "invoice_number", "F-1")])[:8]
    b'%PDF-1.4'
    """
    content = b""
    objects: list[bytes] = []
    fields: list[int] = []
    annots: list[int] = []
    first = 6  # 1 catalog, 2 pages, 3 page, 4 content, 5 font
    for k, row in enumerate(rows):
        y = 700 - 30 * k
        if labels:
            text = row.label.encode("latin-1")
            content += b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (y, text)
        if drawn and row.value is not None and row.kind != "Btn":
            shown = row.value.encode("latin-1")
            content += b"BT /F1 10 Tf 182 %d Td (%s) Tj ET\n" % (y, shown)
        widget = first + len(objects)
        rect = b"[180 %d 360 %d]" % (y - 5, y - 5 + row.height)
        if row.kind == "Btn":
            state = (row.value or "Off").encode()
            value = b" /V /%s /AS /%s" % (state, state)
        elif row.value is not None:
            value = b" /V (%s)" % row.value.encode("latin-1")
        else:
            value = b""
        field = b"/FT /%s /T (%s)%s /Ff %d /DA (/Helv 10 Tf 0 g)" % (
            row.kind.encode(),
            row.name.encode(),
            value,
            row.field_flags,
        )
        ap = b""
        if row.kind == "Btn":  # a check box's states: "Yes" (its on value) and "Off"
            ap = b" /AP << /N << /Yes %d 0 R /Off %d 0 R >> >>" % (widget + 1, widget + 1)
        elif row.appearance and row.value is not None:
            ap = b" /AP << /N %d 0 R >>" % (widget + 1)
        if row.inherited:
            objects.append(
                b"<< /Type /Annot /Subtype /Widget /Rect %s /P 3 0 R /F %d /Parent %d 0 R%s >>"
                % (rect, row.annot_flags, widget + (2 if ap else 1), ap)
            )
        else:
            objects.append(
                b"<< /Type /Annot /Subtype /Widget /Rect %s /P 3 0 R /F %d %s%s >>"
                % (rect, row.annot_flags, field, ap)
            )
        annots.append(widget)
        if ap:
            shown = b"" if row.kind == "Btn" else (row.value or "").encode("latin-1")
            look = b"/Tx BMC q BT /Helv 10 Tf 0 g 2 6 Td (%s) Tj ET Q EMC" % shown
            objects.append(
                b"<< /Type /XObject /Subtype /Form /BBox [0 0 180 %d] "
                b"/Resources << /Font << /Helv 5 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
                % (row.height, len(look), look)
            )
        if row.inherited:
            objects.append(b"<< %s /Kids [%d 0 R] >>" % (field, widget))
            fields.append(first + len(objects) - 1)
        else:
            fields.append(widget)
    refs = b" ".join(b"%d 0 R" % n for n in fields)
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) "
            b"/DR << /Font << /Helv 5 0 R >> >> >> >>" % refs,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate %d /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> /Annots [%s] >>"
            % (rotate, b" ".join(b"%d 0 R" % n for n in annots)),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            HELVETICA,
            *objects,
        ]
    )


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELVETICA_BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"


def page_pdf(
    content: bytes,
    page_extra: bytes = b"",
    *,
    fonts: Sequence[bytes] = (HELVETICA, HELVETICA_BOLD),
    objects: Sequence[bytes] = (),
    mediabox: bytes = b"0 0 612 792",
    stream_keys: bytes = b"",
) -> bytes:
    """One page drawing ``content`` (object 4) with ``fonts`` as /F1, /F2, … (objects 5, 6,
    …); ``objects`` follow the fonts, numbered on, for fonts to refer to. ``page_extra`` goes
    into the page dictionary, ``stream_keys`` into the content stream's (e.g. a /Filter).

    >>> page_pdf(b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET")[:8]
    b'%PDF-1.4'
    """
    names = b" ".join(b"/F%d %d 0 R" % (k, 4 + k) for k in range(1, len(fonts) + 1))
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [%s]%s /Contents 4 0 R "
            b"/Resources << /Font << %s >> >> >>" % (mediabox, page_extra, names),
            b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), stream_keys, content),
            *fonts,
            *objects,
        ]
    )


def build_pdf(objects: Sequence[bytes], *, root: int = 1) -> bytes:
    """Hand-assemble a PDF from object bodies (object *k* is ``objects[k-1]``) with a true xref.

    >>> catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    >>> build_pdf([catalog, b"<< /Type /Pages /Kids [] /Count 0 >>"])[:8]
    b'%PDF-1.4'
    """
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (num, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)
