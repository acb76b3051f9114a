"""The rules extractor: labels, layouts, value shapes, provenance; on hand-built pages and PDFs."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Sequence
from typing import Any

import pytest
from fpdf import FPDF

from pdfkit_nb.document import Document, Page, Word
from pdfkit_nb.extractors._labels import COMPANY_SUFFIX
from pdfkit_nb.extractors.base import FieldValue
from pdfkit_nb.extractors.rules import RULES_VERSION, RulesExtractor
from pdfkit_nb.fields import Field, infer_kind, resolve_fields
from pdfkit_nb.pdf import parse_document

D = dt.date

# ----------------------------------------------------------------------------- builders

Cell = tuple[float, str] | tuple[float, str, float] | tuple[float, str, float, bool]


def page(rows: Sequence[tuple[float, Sequence[Cell]]], number: int = 1) -> Page:
    """A page from rows of cells ``(x, text[, size[, bold]])`` at a ``top``; words are cut at
    spaces and measured at half the font size a character, like Helvetica roughly."""
    words: list[Word] = []
    lines: list[str] = []
    for top, cells in rows:
        texts = []
        for cell in cells:
            x, text = cell[0], cell[1]
            size = float(cell[2]) if len(cell) > 2 else 10.0  # type: ignore[misc]
            bold = bool(cell[3]) if len(cell) > 3 else False  # type: ignore[misc]
            for word in text.split():
                width = 0.5 * size * len(word)
                words.append(Word(word, x, top, x + width, top + size, number, size, bold))
                x += width + 0.28 * size
            texts.append(text)
        lines.append(" ".join(texts))
    return Page(number, 595.0, 842.0, "\n".join(lines), words)


def doc(*pages: Page) -> Document:
    return Document(list(pages))


def stacked(lines: Sequence[str]) -> Document:
    """A one-page document of ``lines``, one under another at the left margin."""
    return doc(page([(50 + 20 * k, [(40, line)]) for k, line in enumerate(lines)]))


def run(document: Document, fields: Any, **options: Any) -> dict[str, FieldValue | None]:
    return RulesExtractor(**options).extract(document, resolve_fields(fields))


def plain(found: dict[str, FieldValue | None]) -> dict[str, Any]:
    """Each field's value (``None`` when not found), without where it was found."""
    return {name: v.value if v is not None else None for name, v in found.items()}


def value(document: Document, name: str, spec: Any = None, **options: Any) -> Any:
    found = run(document, {name: spec}, **options)[name]
    return found.value if found is not None else None


class Pdf:
    """A tiny fpdf2 writer: text at positions (mm) in core fonts, one or more pages."""

    def __init__(self) -> None:
        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(False)
        self.pdf.add_page()

    def text(self, x: float, y: float, text: str, size: float = 10, bold: bool = False) -> Pdf:
        self.pdf.set_font("Helvetica", "B" if bold else "", size)
        self.pdf.text(x, y, text)
        return self

    def right(
        self, x_right: float, y: float, text: str, size: float = 10, bold: bool = False
    ) -> Pdf:
        self.pdf.set_font("Helvetica", "B" if bold else "", size)
        return self.text(x_right - self.pdf.get_string_width(text), y, text, size, bold)

    def new_page(self) -> Pdf:
        self.pdf.add_page()
        return self

    def parse(self) -> Document:
        return parse_document(bytes(self.pdf.output()))


def extract_pdf(pdf: Pdf, fields: Any, **options: Any) -> dict[str, FieldValue | None]:
    return RulesExtractor(**options).extract(pdf.parse(), resolve_fields(fields))


# ----------------------------------------------------------------------------- geometry


def test_label_beside_with_provenance() -> None:
    d = doc(page([(50, [(40, "Invoice No: INV-2024-007")]), (70, [(40, "Date: 2024-03-05")])]))
    got = run(d, ["invoice_number", "invoice_date"])
    number = got["invoice_number"]
    assert number is not None
    assert number.value == "INV-2024-007"
    assert (number.page, number.label, number.rule, number.raw) == (
        1,
        "Invoice No",
        "label-right",
        "INV-2024-007",
    )
    x0, top, x1, bottom = number.bbox or (0, 0, 0, 0)
    assert 40 < x0 < x1 <= 595 and 50 <= top < bottom <= 842
    assert got["invoice_date"] is not None and got["invoice_date"].value == D(2024, 3, 5)


def test_label_above_value_in_the_same_column() -> None:
    d = doc(
        page(
            [
                (50, [(40, "Invoice Number"), (200, "Invoice Date"), (360, "Due Date")]),
                (64, [(40, "A-17"), (200, "05.03.2024"), (360, "04.04.2024")]),
            ]
        )
    )
    got = run(d, ["invoice_number", "invoice_date", "due_date"])
    assert plain(got) == {
        "invoice_number": "A-17",
        "invoice_date": D(2024, 3, 5),
        "due_date": D(2024, 4, 4),
    }
    assert got["invoice_date"] is not None and got["invoice_date"].rule == "label-below"


@pytest.mark.parametrize(
    "heading", ["Zimmerpreis / Nacht", "Room rate per night", "Room rate /Night"]
)
def test_a_field_of_ones_own_under_a_heading_with_its_unit_reads_the_one_row(heading: str) -> None:
    # A hotel folio's stay: one row under a row of headings, a guest's name in it.
    rows = [
        (100, [(40, "Gast"), (200, "Anreise"), (300, "Nächte"), (400, heading)]),
        (116, [(40, "Johanna Weber"), (200, "03.03.2025"), (300, "2"), (400, "149,00 €")]),
    ]
    assert value(doc(page(rows)), "room_rate") == 149.0


def test_a_label_followed_by_another_after_a_slash_is_not_closed_by_it() -> None:
    # "Issued by / Date" names two things: the words after it are not the issuer.
    rows = [(100, [(40, "ISSUED BY / DATE"), (200, "BALTIC SKYWAYS RIX / 08MAR24")])]
    assert value(doc(page(rows)), "vendor") != "DATE"


def test_two_column_key_value_far_apart() -> None:
    d = doc(
        page(
            [
                (50, [(40, "Invoice #"), (300, "7731")]),
                (66, [(40, "Issue Date"), (300, "March 5, 2024")]),
                (82, [(40, "PO Number"), (300, "PO-5531")]),
                (98, [(40, "Amount Due"), (300, "$1,250.00")]),
            ]
        )
    )
    got = run(d, ["invoice_number", "issue_date", "po_number", "amount_due"])
    assert list(plain(got).values()) == [
        "7731",
        D(2024, 3, 5),
        "PO-5531",
        1250.0,
    ]


def test_totals_block_beats_subtotal_tax_and_the_total_column() -> None:
    rows = [
        (100, [(40, "Description", 10, True), (300, "Qty", 10, True), (450, "Total", 10, True)]),
        (116, [(40, "Widgets large"), (300, "2"), (450, "80.00")]),
        (132, [(40, "Gadgets small"), (300, "1"), (450, "20.00")]),
        (160, [(350, "Subtotal"), (450, "100.00")]),
        (176, [(350, "Tax (19%)"), (450, "19.00")]),
        (192, [(350, "Total", 10, True), (450, "119.00", 10, True)]),
    ]
    got = run(doc(page(rows)), ["total", "subtotal", "tax", "amount_due"])
    assert plain(got) == {
        "total": 119.0,
        "subtotal": 100.0,
        "tax": 19.0,
        "amount_due": 119.0,  # no "amount due" label: the total stands in
    }


def test_a_total_column_header_is_not_a_label_over_its_first_item() -> None:
    rows = [
        (100, [(40, "Item"), (300, "Qty"), (450, "Total")]),
        (116, [(40, "Consulting hours"), (300, "3"), (450, "45.00")]),
        (132, [(40, "Travel expenses"), (300, "1"), (450, "300.00")]),
    ]
    found = run(doc(page(rows)), ["total"])["total"]
    # No label gives a total, so the last resort answers: the largest amount on the page.
    assert found is not None and (found.value, found.rule) == (300.0, "largest-amount")


def test_a_column_heading_gives_its_cell_in_the_tables_total_row() -> None:
    # An EOB's claim lines: a field named by a column heading is that column's total.
    rows = [
        (100, [(40, "Service"), (200, "Amount billed"), (320, "Plan paid"), (440, "You owe")]),
        (116, [(40, "Office visit"), (200, "$285.00"), (320, "$102.60"), (440, "$40.00")]),
        (132, [(40, "Blood count"), (200, "$68.00"), (320, "$14.60"), (440, "$3.65")]),
        (148, [(40, "Totals"), (200, "$353.00"), (320, "$117.20"), (440, "$43.65")]),
        (180, [(40, "Questions? Call member services.")]),
    ]
    got = run(doc(page(rows)), ["amount_billed", "plan_paid"])
    assert plain(got) == {"amount_billed": 353.0, "plan_paid": 117.2}
    assert got["amount_billed"] is not None and got["amount_billed"].rule == "column-total"


@pytest.mark.parametrize("label", ["Gesamt", "Total for year", "I alt", "TOTAL:"])
def test_the_total_row_is_found_in_several_languages(label: str) -> None:
    # A receipt's VAT table: the rows' tax, then the total row's.
    rows = [
        (100, [(40, "Satz"), (120, "Netto"), (200, "Steuer"), (280, "Brutto")]),
        (116, [(40, "A 7,0%"), (120, "10,59"), (200, "0,74"), (280, "11,33")]),
        (132, [(40, "B 19,0%"), (120, "9,65"), (200, "1,83"), (280, "11,48")]),
        (148, [(40, label), (120, "20,24"), (200, "2,57"), (280, "22,81")]),
    ]
    assert value(doc(page(rows)), "tax") == 2.57


def test_a_row_named_subtotal_or_a_total_in_the_column_itself_is_no_total_row() -> None:
    rows = [
        (100, [(40, "Service"), (200, "Amount billed"), (320, "Plan paid"), (440, "You owe")]),
        (116, [(40, "Office visit"), (200, "$285.00"), (320, "$102.60"), (440, "$40.00")]),
        (132, [(40, "Subtotal"), (200, "$285.00"), (320, "$102.60"), (440, "$40.00")]),
        (148, [(200, "Total $99.00")]),
    ]
    assert plain(run(doc(page(rows)), ["amount_billed"])) == {"amount_billed": None}


def test_grand_total_beats_a_later_plain_total() -> None:
    rows = [(100, [(300, "Grand Total"), (450, "$99.00")]), (140, [(40, "Total"), (300, "3")])]
    assert value(doc(page(rows)), "total") == 99.0


def test_value_in_a_bigger_font_on_its_own_line_is_still_beside() -> None:
    words = [
        Word("Total", 300, 100, 330, 110, 1, 10.0),
        Word("due:", 333, 100, 355, 110, 1, 10.0),
        Word("€", 420, 94, 430, 112, 1, 18.0, True),
        Word("250,00", 432, 94, 490, 112, 1, 18.0, True),
    ]
    d = doc(Page(1, 595, 842, "Total due: € 250,00", words))
    found = run(d, ["total"])["total"]
    assert found is not None and found.value == 250.0 and found.rule == "label-right"


def _centred_rows() -> list[tuple[float, Sequence[Cell]]]:
    """A key-value table whose cells are centred in their rows (HTML's default): a label of
    two lines beside a value of one, and a value of two lines beside a label of one."""
    return [
        (112.1, [(318, "Account", 8.4)]),
        (116.6, [(491, "4102998317", 8.4)]),
        (121.7, [(43, "Grace Nguyen", 9.5), (318, "number", 8.4)]),
        (160.1, [(318, "Issue date", 8.4), (491, "12 Mar 2025", 8.4)]),
        (174.3, [(406, "1 Feb 2025 to 24 Feb 2025 (24", 8.4)]),
        (178.8, [(318, "Billing period", 8.4)]),
        (184.1, [(493.86, "days)", 8.4)]),  # flush right with the line above
        (198.3, [(43, "Later we opened a new account (number 4103550274) for you.", 8.4)]),
    ]


def test_a_value_of_two_lines_centred_beside_a_label_of_one() -> None:
    d = doc(page(_centred_rows()))
    found = plain(run(d, ["period_start", "period_end"]))
    assert found == {"period_start": D(2025, 2, 1), "period_end": D(2025, 2, 24)}


def test_a_label_of_two_lines_beside_a_value_set_level_with_their_middle() -> None:
    d = doc(page(_centred_rows()))
    assert value(d, "account_number") == "4102998317"


def test_a_block_of_three_lines_beside_a_label_is_no_value_of_two() -> None:
    # The issuer's address runs on above and below the label: no two-line value of its own.
    d = doc(
        page(
            [
                (86.3, [(257, "Invoice Date", 7.5), (378, "Bluefin Analytics Pte. Ltd.", 7.5)]),
                (96.8, [(257, "22 Jan 2024", 8.3), (378, "71 Ayer Rajah Crescent", 8.3)]),
                (108.1, [(378, "#03-18", 7.5)]),
                (113.3, [(257, "Invoice Number", 7.5)]),
                (117.8, [(45, "Orchard Lane Retail Inc.", 9.0), (378, "Singapore 139951", 7.5)]),
                (123.8, [(45, "Attention: Finance Dept.", 7.5), (257, "BFA-2024-0019", 7.5)]),
            ]
        )
    )
    assert value(d, "invoice_number") == "BFA-2024-0019"


@pytest.mark.parametrize("line", ["名称：上海云栈信息科技有限公司", "Name: Shanghai Yunzhan Ltd"])
def test_a_name_key_beside_a_party_heading_gives_the_name_after_it(line: str) -> None:
    d = doc(page([(60.0, [(40, "Seller"), (120, line)]), (80.0, [(120, "Tax ID: 913101")])]))
    assert value(d, "vendor") == line.split("：" if "：" in line else ": ")[1]


def test_a_label_inside_an_identifier_is_not_a_label() -> None:
    d = doc(page([(50, [(40, "Purchase Order"), (200, "PO-58703")])]))
    assert value(d, "po_number") == "PO-58703"


def test_no_label_starts_after_a_digit_inside_a_word() -> None:
    # "c" (Czech "č.") after the title word would otherwise cut "A1B2C3D4-0007" at its C.
    d = stacked(["Invoice number A1B2C3D4-0007", "Date of issue January 15, 2025"])
    assert value(d, "invoice_number") == "A1B2C3D4-0007"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Faktura – daňový doklad", "č. 2025-0142", "Datum vystavení: 12.03.2025"], "2025-0142"),
        (["INVOICE", "No. 4471", "Date: 2024-03-05"], "4471"),
        (["Faktura č. 2025-0142"], "2025-0142"),
        # Not under a title line: another label, or no title word, stands above
        (["Invoice Date", "No. 4471"], None),
        (["Order Summary", "No. 4471"], None),
    ],
    ids=[
        "czech-under-title",
        "english-under-title",
        "czech-same-line",
        "label-above",
        "no-title",
    ],
)
def test_a_number_label_right_under_the_title_line(lines: list[str], expected: str | None) -> None:
    assert value(stacked(lines), "invoice_number") == expected


@pytest.mark.parametrize(
    ("name", "lines", "expected"),
    [
        (
            "order_date",
            ["Nº de pedido OC-25/0418", "Fecha de pedido 10/03/2025", "TOTAL PEDIDO 5.378,21 €"],
            D(2025, 3, 10),
        ),
        ("delivery_date", ["REQUESTED BY  DELIVER BY", "M. Brennan  04/22/2025"], D(2025, 4, 22)),
        ("valid_until", ["Offertedatum 7 maart 2025", "Geldig tot 6 april 2025"], D(2025, 4, 6)),
        ("quote_number", ["OFFERTE", "Offertenummer OF-2025-117"], "OF-2025-117"),
        (
            "premium",
            ["Last year's premium £441.18", "Annual premium (including IPT) £486.72"],
            486.72,
        ),
        ("gross_pay", ["Basic Salary 62,500.00", "Gross Earnings 1,21,600.00"], 121600.0),
        ("net_pay", ["Gross Earnings 1,21,600.00", "Net Pay (Rs.) 99,520.00"], 99520.0),
        ("opening_balance", ["Alter Kontostand vom 28.02.2025 1.284,17 H"], 1284.17),
        ("closing_balance", ["Neuer Kontostand vom 31.03.2025 2.753,59 H"], 2753.59),
        ("statement_date", ["Auszugsdatum 31.03.2025", "Zeitraum 01.03.2025"], D(2025, 3, 31)),
        ("po_number", ["PEDIDO DE COMPRA", "Nº de pedido OC-25/0418"], "OC-25/0418"),
    ],
    ids=[
        "es-order-date",
        "deliver-by",
        "nl-valid-until",
        "nl-quote-number",
        "annual-premium-beats-last-years",
        "gross-earnings",
        "net-pay",
        "de-opening-balance",
        "de-closing-balance",
        "de-statement-date",
        "es-po-number",
    ],
)
def test_fields_of_statements_orders_quotes_policies_and_payslips(
    name: str, lines: list[str], expected: object
) -> None:
    d = doc(page([(50 + 16 * i, [(40, text)]) for i, text in enumerate(lines)]))
    assert value(d, name) == expected


def test_a_period_read_beside_its_label_goes_past_a_from_that_is_no_label_there() -> None:
    d = stacked(["Period of insurance From 12 April 2025 to 11 April 2026"])
    assert value(d, "start_date") == D(2025, 4, 12)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("end_date", "Period of insurance From 12 April 2025 to 11 April 2026", D(2026, 4, 11)),
        ("start_date", "Period of insurance From 12 April 2025 to 11 April 2026", D(2025, 4, 12)),
        ("period_to", "Period 01.03.2025 - 31.03.2025", D(2025, 3, 31)),
        ("period_from", "Period 01.03.2025 - 31.03.2025", D(2025, 3, 1)),
        ("valid_until", "Geldig tot 6 april 2025", D(2025, 4, 6)),  # no period: the date
    ],
    ids=["end-of-period", "start-of-period", "to-dashed", "from-dashed", "single-date"],
)
def test_a_field_for_the_end_of_a_period_takes_its_last_date(
    name: str, text: str, expected: D
) -> None:
    spec = Field(kind="date", labels=("Period",)) if name.startswith("period") else None
    assert value(stacked([text, "Total 1.250,00 EUR"]), name, spec) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Periode 01-02-2025 t/m 28-02-2025", D(2025, 2, 1), D(2025, 2, 28)),
        ("Periodo de facturación del 28/02/2025 al 31/03/2025", D(2025, 2, 28), D(2025, 3, 31)),
        ("Statement period 01/03/2025 to 31/03/2025", D(2025, 3, 1), D(2025, 3, 31)),
        ("Abrechnungszeitraum: 01.01.2025 bis 31.03.2025", D(2025, 1, 1), D(2025, 3, 31)),
    ],
    ids=["dutch", "spanish", "english", "german"],
)
def test_a_field_of_a_periods_first_or_last_date_reads_the_periods_range(
    text: str, first: D, last: D
) -> None:
    d = stacked(["Kundennummer 88421057", text, "Total 71,12 EUR"])
    got = plain(run(d, ["period_start", "period_end", "billing_period_start", "period_to"]))
    assert got == {
        "period_start": first,
        "period_end": last,
        "billing_period_start": first,
        "period_to": last,
    }


def test_a_period_label_without_a_range_gives_no_first_or_last_date() -> None:
    # "March 2025" is no range: neither its first nor its last day is printed.
    d = stacked(["Billing period: March 2025", "Date: 02/04/2025"])
    assert plain(run(d, ["period_start", "period_end"])) == {
        "period_start": None,
        "period_end": None,
    }


def test_a_reminders_total_now_due_and_its_late_charge_beside_a_rate_in_brackets() -> None:
    d = stacked(
        [
            "Amount Past Due $6,842.35",
            "Late Charge (1.5% per month, per terms) 102.64",
            "Total Amount Now Due $6,944.99",
            "Check payable to Summit Office Interiors, Inc., PO Box 173388, Denver, CO 80217",
        ]
    )
    assert plain(run(d, ["total_due", "late_fee"])) == {"total_due": 6944.99, "late_fee": 102.64}


@pytest.mark.parametrize("place", ["PO Box 173388", "Suite 400", "Postfach 1120"])
def test_the_number_of_an_address_is_no_amount(place: str) -> None:
    d = stacked([f"Please make cheques payable to Acme Ltd, {place}"])
    assert value(d, "amount_due") is None


def test_a_label_said_again_in_a_second_language_after_a_slash_heads_its_section() -> None:
    d = doc(
        page(
            [
                (163.0, [(37, "Sold To / Vendido a"), (309, "Ship To / Consignado a")]),
                (176.5, [(37, "Ensambles del Norte, S.A. de C.V."), (309, "Planta 2")]),
                (185.8, [(37, "RFC: ENO980312AB4"), (309, "Carretera Miguel Alemán km 21.5")]),
            ]
        )
    )
    assert plain(run(d, ["customer_name", "customer_rfc"])) == {
        "customer_name": "Ensambles del Norte, S.A. de C.V.",
        "customer_rfc": "ENO980312AB4",
    }


def test_a_label_after_a_slash_is_no_second_language() -> None:
    # A Swiss QR-bill's "Account / Payable to": the payee, not a customer's account.
    d = stacked(
        [
            "Bergwerk Software GmbH · Hardturmstrasse 161 · 8005 Zürich",
            "Helvetia Velo AG",
            "Industriestrasse 22, 6300 Zug",
            "Invoice No. RE-25-0093",
            "Total CHF 3'513.25",
            "Account / Payable to",
            "CH44 3199 9123 0008 8901 2",
            "Bergwerk Software GmbH",
        ]
    )
    assert value(d, "vendor") == "Bergwerk Software GmbH"


def test_a_total_in_another_currency_than_the_document_declares_is_a_conversion() -> None:
    d = doc(
        page(
            [
                (100.0, [(34, "Invoice No. LGS-25-01933"), (338, "Currency / Moneda USD")]),
                (445.6, [(338, "Subtotal"), (537, "13,099.00")]),
                (459.4, [(338, "TOTAL USD"), (537, "13,519.00")]),
                (473.8, [(338, "Total MXN (TC 19.9861)"), (533, "270,192.09")]),
            ]
        )
    )
    assert value(d, "total") == 13519.0


def _w2_boxes() -> Document:
    """Two rows of a wage statement's numbered boxes, each caption over its value."""
    return doc(
        page(
            [
                (
                    60.0,
                    [
                        (40, "b Employer identification number (EIN)", 7),
                        (250, "1 Wages, tips, other compensation", 7),
                        (420, "2 Federal income tax withheld", 7),
                    ],
                ),
                (72.0, [(40, "47-2918365"), (250, "68412.50"), (420, "7935.18")]),
                (
                    84.0,
                    [
                        (40, "c Employer's name, address, and ZIP code", 7),
                        (250, "3 Social security wages", 7),
                        (420, "4 Social security tax withheld", 7),
                    ],
                ),
                (96.0, [(40, "Brightwater Logistics LLC"), (250, "71212.50"), (420, "4415.18")]),
            ]
        )
    )


def test_a_forms_numbered_boxes_give_the_value_under_each_caption() -> None:
    fields = ["employer_ein", "wages", "federal_tax_withheld", "social_security_wages"]
    assert plain(run(_w2_boxes(), fields)) == {
        "employer_ein": "47-2918365",
        "wages": 68412.50,
        "federal_tax_withheld": 7935.18,
        "social_security_wages": 71212.50,
    }


def test_a_boxs_number_is_no_amount() -> None:
    # "3 Social security wages 4 Social security tax withheld": not 4 for the wages
    d = stacked(["3 Social security wages 4 Social security tax withheld"])
    assert value(d, "social_security_wages") is None


def test_a_caption_in_two_languages_over_its_value() -> None:
    d = doc(
        page(
            [
                (60.0, [(40, "14 Employment income", 7), (250, "22 Income tax deducted", 7)]),
                (69.0, [(52, "Revenus d'emploi", 7), (262, "Impôt sur le revenu retenu", 7)]),
                (80.0, [(120, "74318.90"), (330, "12406.55")]),
            ]
        )
    )
    assert plain(run(d, ["employment_income", "income_tax_deducted"])) == {
        "employment_income": 74318.90,
        "income_tax_deducted": 12406.55,
    }


def test_a_possessive_label_matches_the_fields_words() -> None:
    d = doc(
        page(
            [
                (60.0, [(40, "PAYER'S TIN"), (200, "RECIPIENT’S TIN")]),
                (72.0, [(40, "26-4471903"), (200, "XXX-XX-5519")]),
            ]
        )
    )
    assert plain(run(d, ["payer_tin", "recipient_tin"])) == {
        "payer_tin": "26-4471903",
        "recipient_tin": "XXX-XX-5519",
    }


def test_a_forms_required_mark_after_a_caption_is_no_value() -> None:
    d = doc(
        page(
            [
                (
                    60.0,
                    [(40, "Policy number *"), (200, "Policy period from"), (330, "Claim number")],
                ),
                (72.0, [(40, "HO-7719-30254"), (200, "09/01/2024"), (330, "CLM-2025-0418827")]),
                (90.0, [(40, "Date of loss *"), (200, "Approximate time")]),
                (102.0, [(40, "02/17/2025"), (200, "06:30 AM")]),
            ]
        )
    )
    assert plain(run(d, ["policy_number", "date_of_loss"])) == {
        "policy_number": "HO-7719-30254",
        "date_of_loss": D(2025, 2, 17),
    }


def test_a_caption_with_a_gloss_in_a_row_of_captions_is_over_its_value() -> None:
    d = doc(
        page(
            [
                (
                    60.0,
                    [
                        (45, "Approved by (manager name)"),
                        (217, "Manager title"),
                        (390, "Date of decision"),
                    ],
                ),
                (
                    72.0,
                    [
                        (45, "Colm Fitzgerald"),
                        (217, "Head of Vessel Operations"),
                        (390, "06/05/2025"),
                    ],
                ),
            ]
        )
    )
    assert value(d, "approved_by") == "Colm Fitzgerald"


def test_a_value_cell_set_a_little_lower_than_its_label_is_beside_it() -> None:
    d = doc(
        page(
            [
                (501.1, [(300, "Total amount claimed", 9)]),
                (506.3, [(489, "8,934.60", 9)]),
                (520.9, [(178, "Policy deductible (for information)", 9)]),
                (526.1, [(489, "1,000.00", 9)]),
            ]
        )
    )
    assert value(d, "amount_claimed") == 8934.60


def test_a_boxs_caption_naming_whose_it_is_and_a_later_mention_of_the_box() -> None:
    # The slip's box, then the notes on the back name the box again beside an account number.
    d = doc(
        page(
            [
                (
                    188.0,
                    [
                        (364, "16 Employee's CPP contributions", 7),
                        (500, "24 EI insurable earnings", 7),
                    ],
                ),
                (
                    195.7,
                    [
                        (363, "Cotisations de l'employé au RPC", 6),
                        (498, "Gains assurables d'AE", 6),
                    ],
                ),
                (205.0, [(420, "3867.50"), (540, "63200.00")]),
            ]
        ),
        page(
            [(260.0, [(40, "Box 16 – Employee's CPP contributions 817245530. See the guide.")])], 2
        ),
    )
    assert value(d, "cpp_contributions") == 3867.50


def test_a_code_right_after_its_label_in_a_sentence_and_not_a_sentence_for_a_code() -> None:
    d = doc(
        page([(60.0, [(40, "Final tax code"), (249, "1257L")])]),
        page(
            [
                (
                    60.0,
                    [
                        (
                            40,
                            "Tax code. Your final tax code 1257L is the code in use at 5 April.",
                        )
                    ],
                )
            ],
            2,
        ),
    )
    assert value(d, "tax_code") == "1257L"
    d = doc(
        page(
            [
                (60.0, [(40, "Tax code")]),
                (72.0, [(40, "Your code is the one HMRC uses for your pay.")]),
            ]
        )
    )
    assert value(d, "tax_code") is None


def test_a_fields_longer_label_does_not_hide_a_shorter_one_of_another_field() -> None:
    d = stacked(
        [
            "Employer PAYE reference 120/ZB48211",
            "Monthly rent Rs. 28,500.00",
            "Sum insured R342 500.00",
            "Account name: Liffey Lettings Ltd Client Account",
        ]
    )
    fields = ["employer_paye_reference", "paye_reference", "monthly_rent", "rent_amount"]
    assert plain(run(d, [*fields, "policyholder", "tenant_name"])) == {
        "employer_paye_reference": "120/ZB48211",
        "paye_reference": "120/ZB48211",
        "monthly_rent": 28500.0,
        "rent_amount": 28500.0,
        # A label's last word of another kind, or a weak one, says nothing of it.
        "policyholder": None,
        "tenant_name": None,
    }


def test_a_year_without_a_label_is_the_one_printed_alone_most_often() -> None:
    d = stacked(
        [
            "2024 Form 1099-INT — Interest Income",
            "Statement date 01/21/2025",
            "Copy B For Recipient 2024",
            "© 2023 Cascade Summit Federal Credit Union",
        ]
    )
    found = run(d, ["tax_year"])["tax_year"]
    assert found is not None and found.value == "2024" and found.rule == "year-alone"
    assert value(stacked(["Statement date 01/21/2025", "Tax period 2024-25"]), "tax_year") is None


def test_a_name_in_a_forms_box_under_its_caption_and_its_second_language() -> None:
    d = doc(
        page(
            [
                (
                    50.0,
                    [
                        (40, "a Employee's social security number", 7),
                        (300, "OMB No. 1545-0008", 7),
                    ],
                ),
                (60.0, [(40, "XXX-XX-4821")]),
                (
                    80.0,
                    [
                        (40, "e Employee's first name and initial Last name Suff.", 7),
                        (330, "12a See instructions for box 12", 7),
                    ],
                ),
                (90.0, [(40, "Marisol T. Okafor"), (330, "D 2800.00")]),
                (110.0, [(40, "54 Employer's name", 7), (330, "10 Province of employment", 7)]),
                (117.0, [(52, "Nom de l'employeur", 7), (342, "Province d'emploi", 7)]),
                (126.0, [(40, "Northshore Millwork Ltd."), (342, "ON")]),
            ]
        )
    )
    assert plain(run(d, ["employee_name", "employer_name"])) == {
        "employee_name": "Marisol T. Okafor",
        "employer_name": "Northshore Millwork Ltd.",
    }


def test_a_period_without_a_label_is_the_range_printed_most_often() -> None:
    # A subscription invoice prints its period under each item; usage billed for the month
    # before and a proration are ranges too, printed once.
    d = stacked(
        [
            "Invoice number FL-2025-004417  Date of issue March 1, 2025",
            "Usage billed in arrears: Feb 1, 2025 – Feb 28, 2025",
            "Technician seat  42  $2,478.00",
            "Mar 1, 2025 – Mar 31, 2025",
            "Dispatcher seat  6  $234.00",
            "Mar 1, 2025 – Mar 31, 2025",
            "Prorated Feb 17, 2025 – Feb 28, 2025 (12 of 28 days)",
        ]
    )
    found = run(d, ["billing_period_start", "billing_period_end"])
    assert plain(found) == {
        "billing_period_start": D(2025, 3, 1),
        "billing_period_end": D(2025, 3, 31),
    }
    start = found["billing_period_start"]
    assert start is not None and start.rule == "repeated-range" and start.raw == "Mar 1, 2025"


def test_no_range_printed_gives_no_period_without_a_label() -> None:
    d = stacked(["Invoice 2025-0042", "Date: 1 March 2025", "Due: 31 March 2025"])
    assert plain(run(d, ["period_start", "period_end"])) == {
        "period_start": None,
        "period_end": None,
    }


def test_an_amount_level_with_the_middle_of_its_labels_two_lines() -> None:
    # The label's cell wraps onto a second line; the amount stands level with the middle.
    d = doc(
        page(
            [
                (570.3, [(309, "Subtotal", 8.4), (513, "$3,229.89", 8.4)]),
                (587.5, [(309, "Sales tax — New York City, NY (8.875%", 8.4)]),
                (592.8, [(521, "$286.65", 8.4)]),
                (598.0, [(309, "on $3,229.89)", 8.4)]),
                (615.3, [(309, "Total", 8.4), (509, "$3,516.54", 8.4)]),
            ]
        )
    )
    assert value(d, "sales_tax") == 286.65


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["The Copper Kettle", "01904 612 738 · copperkettleyork.co.uk"], "01904 612 738"),
        (["Fernhill Software", "Questions? Call +1 415-555-0144."], "+1 415-555-0144"),
        (["Service client : 04 28 29 61 75 (appel non surtaxé)"], "04 28 29 61 75"),
        # Dates, IBANs and account numbers are no phone numbers
        (["Date 01.03.2025", "IBAN DE22 7206 9155 0004 7182 36", "Account 7002 4189 5"], None),
    ],
    ids=["uk-trunk-zero", "north-american", "french-pairs", "none"],
)
def test_a_phone_without_a_label_is_the_first_phone_number(
    lines: list[str], expected: str | None
) -> None:
    assert value(stacked(lines), "phone") == expected


def test_space_grouped_thousands_with_a_decimal_point_after_a_currency_sign() -> None:
    d = stacked(["Balance carried forward R 16 200.35", "Registration 2019/123456/07"])
    assert value(d, "amount_due") == 16200.35
    # No sign: a quantity and a price a space apart stay two numbers
    assert value(stacked(["Total 1 275.00"]), "total") == 275.0


def test_a_text_field_is_not_read_from_the_words_its_label_runs_into() -> None:
    rows = [
        (40, [(40, "TABLE BAY PROPERTY"), (300, "TENANT STATEMENT")]),
        (80, [(40, "Tenant"), (200, "Unit No.")]),
        (96, [(40, "Thandiwe Mokoena"), (200, "1204")]),
    ]
    got = plain(run(doc(page(rows)), ["tenant", "unit_no"]))
    assert got == {"tenant": "Thandiwe Mokoena", "unit_no": "1204"}
    prose = stacked(["Check that your employer is using the correct number.", "Employer: Acme Ltd"])
    assert value(prose, "employer") == "Acme Ltd"


def test_a_name_under_a_row_of_headings_or_a_possessive_heading() -> None:
    headings = (80, [(40, "Passeggero"), (160, "Tipo"), (240, "Offerta"), (320, "Prezzo")])
    values = (96, [(40, "Rossano Ferretti"), (160, "Adulto"), (240, "Economy"), (320, "49,90 €")])
    assert value(doc(page([headings, values])), "passenger") == "Rossano Ferretti"
    rows = [
        (80, [(40, "Shipper's Name and Address"), (300, "Consignee's Name and Address")]),
        (96, [(40, "Lumitech Components Pte. Ltd."), (300, "Hanwell Precision GmbH")]),
    ]
    assert value(doc(page(rows)), "shipper") == "Lumitech Components Pte. Ltd."


def test_other_fields_labels_do_not_cut_a_date() -> None:
    # A label of another field asked for ("APR" for a rate) must not stand inside a date.
    d = stacked(["Payment due 4 Apr 2025", "Interest rate 4.89%"])
    got = plain(run(d, ["due_date", "interest_rate"]))
    assert got == {"due_date": D(2025, 4, 4), "interest_rate": 4.89}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Bitte überweisen Sie den Zahlbetrag ohne Abzug bis zum 04.04.2025."], D(2025, 4, 4)),
        (["Please pay by 4 April 2025.", "Total $120.00"], D(2025, 4, 4)),
        (["Veuillez régler avant le 15/03/2025.", "Total 120,00 €"], D(2025, 3, 15)),
        # The by-word some way after the paying; the amount asked for, the verb last (Dutch);
        # money collected "on or (just) after" a date
        (
            [
                "Conditions de règlement : à 30 jours date de facture, soit au plus tard "
                "le 17/04/2025."
            ],
            D(2025, 4, 17),
        ),
        (
            ["Wij verzoeken u het bedrag van € 89,54 uiterlijk 30 juni 2025 over te maken."],
            D(2025, 6, 30),
        ),
        (["We'll collect £41.40 by Direct Debit on or just after 2 May 2025."], D(2025, 5, 2)),
        # Not a request to pay: an early-bird rate, a delivery, terms without a date, a date
        # merely after a payment
        (["Full registration (paid before 15 April 2024) 3 560,00"], None),
        (["Payment terms: 30 days", "Delivered by 4 April 2025"], None),
        (["Payment received, thank you. Next statement after 2 May 2025"], None),
    ],
    ids=[
        *("de-bis-zum", "en-pay-by", "fr-avant-le", "fr-au-plus-tard", "nl-bedrag-uiterlijk"),
        *("en-on-or-after", "early-bird", "no-date", "after-alone"),
    ],
)
def test_a_due_date_said_in_a_sentence_about_paying(lines: list[str], expected: D | None) -> None:
    assert value(stacked(lines), "due_date") == expected


def test_a_tax_word_inside_another_amounts_label_is_no_tax_label() -> None:
    lines = ["Subtotal (ex GST) $1,220.91", "GST $122.09", "Total (AUD, inc GST) $1,343.00"]
    got = plain(run(stacked(lines), ["subtotal", "tax", "total"]))
    assert got == {"subtotal": 1220.91, "tax": 122.09, "total": 1343.0}
    # On a line of its own, "inkl. MwSt." gives the tax
    receipt = stacked(["SUMME EUR 20,00", "inkl. MwSt. 19 % 3,19"])
    assert value(receipt, "tax") == 3.19


def test_the_customer_is_the_firm_above_its_attention_line() -> None:
    rows = [
        (46, [(58, "Atelier Durand Architectes"), (299, "SCI Les Tilleuls")]),
        (58, [(299, "À l'attention de M. Paul Garnier")]),
        (69, [(299, "7 chemin des Tilleuls")]),
    ]
    assert value(doc(page(rows)), "customer") == "SCI Les Tilleuls"
    # With no firm above it (an address), the person for whose attention it is
    alone = stacked(["12 Market Street", "Attn: Jane Cooper", "Invoice No. 7"])
    assert value(alone, "customer") == "Jane Cooper"


def test_a_check_digit_closes_a_number_printed_in_groups() -> None:
    d = doc(page([(50, [(40, "Account no."), (150, "7002 4189 5")]), (66, [(40, "Ref 12")])]))
    assert value(d, "account_number") == "7002 4189 5"


def test_a_reference_under_its_heading_skips_the_title_word_before_it() -> None:
    heading = (50, [(40, "Credit to"), (300, "Relating to")])
    row = (66, [(40, "Corrib Analytics DAC"), (300, "Invoice INV-20931 dated 30/01/2025")])
    d = doc(page([heading, row]))
    assert value(d, "invoice_reference") == "INV-20931"
    assert value(d, "customer") == "Corrib Analytics DAC"


def test_a_person_named_beside_a_party_label_is_the_party() -> None:
    rows = [
        (50, [(40, "Policyholder"), (200, "Mrs Eleanor Marsh")]),
        (66, [(40, "Insured address"), (200, "Flat 3, Cliffe House")]),
    ]
    d = doc(page(rows))
    assert value(d, "customer") == "Mrs Eleanor Marsh"


def test_a_bare_net_yields_to_subtotal() -> None:
    d = stacked(["Subtotal 91.65", "Tip 10.00", "TOTAL £101.65", "Net of VAT 76.37"])
    assert plain(run(d, ["subtotal", "tip", "total"])) == {
        "subtotal": 91.65,
        "tip": 10.0,
        "total": 101.65,
    }


def test_id_needs_digits_not_a_word() -> None:
    d = doc(page([(50, [(40, "Invoice Number: Date")]), (70, [(40, "Page 1 of 2")])]))
    assert value(d, "invoice_number") is None


def test_not_found_is_none_for_every_kind() -> None:
    d = doc(page([(50, [(40, "Hello world, nothing to see here.")])]))
    got = run(d, ["invoice_number", "invoice_date", "total", "vendor", "currency", "iban"])
    assert got == dict.fromkeys(got)


def test_empty_document() -> None:
    assert run(doc(Page(1, 595, 842, "", [])), ["total", "vendor"]) == {
        "total": None,
        "vendor": None,
    }


@pytest.mark.parametrize(
    ("name", "lines", "expected"),
    [
        ("invoice_number", ["Rechnungsnummer: RE-2024-118"], "RE-2024-118"),
        ("invoice_date", ["Rechnungsdatum: 7. Mai 2024"], D(2024, 5, 7)),
        ("total", ["Zwischensumme 100,00 €", "MwSt. 19 % 19,00 €", "Gesamtbetrag 119,00 €"], 119.0),
        ("amount_due", ["Bruttosumme 119,00", "Anzahlung -19,00", "Zahlbetrag 100,00"], 100.0),
        ("invoice_number", ["Facture n° FA-2017-0009"], "FA-2017-0009"),
        ("total", ["Total HT : 46,68 €", "TVA 20% : 9,34 €", "Montant TTC : 56,02 €"], 56.02),
        ("invoice_number", ["Handelsrechnung Nr. 471102 vom 05.03.2018"], "471102"),
        ("invoice_date", ["Handelsrechnung Nr. 471102 vom 05.03.2018"], D(2018, 3, 5)),
        ("due_date", ["Fällig am: 04.04.2018", "Datum: 05.03.2018"], D(2018, 4, 4)),
        ("invoice_date", ["Lieferdatum: 01.03.2018", "Datum: 05.03.2018"], D(2018, 3, 5)),
        ("invoice_number", ["Fakturanr.: 10234", "Kundenr.: 5567"], "10234"),
        ("due_date", ["Fakturadato: 15.01.2025", "Forfallsdato: 29.01.2025"], D(2025, 1, 29)),
        ("total", ["MVA 25 %  3 125,00", "Å betale NOK  15 625,00"], 15625.0),
        ("invoice_number", ["Numer faktury: FV/2025/01/17"], "FV/2025/01/17"),
        ("total", ["Subtotal R$ 900,00", "Valor total R$ 1.000,00"], 1000.0),
        ("vat_id", ["VAT Reg No: GB 123 4567 89"], "GB123456789"),
        ("vat_id", ["Org.nr. 987 654 321 MVA"], "987654321MVA"),
        ("vat_id", ["USt-IdNr.: DE123456789"], "DE123456789"),
        ("due_date", ["Data fattura 18-02-2025", "Data scadenza", "20-03-2025"], D(2025, 3, 20)),
        ("due_date", ["Data fattura 15/07/2024", "Scadenze", "14/08/2024"], D(2024, 8, 14)),
    ],
    ids=[
        "de-number",
        "de-date",
        "de-total",
        "de-zahlbetrag",
        "fr-number",
        "fr-ttc",
        "title-number",
        "title-date",
        "due-not-date",
        "delivery-not-date",
        "no-number",
        "no-due",
        "no-total",
        "pl-number",
        "pt-total",
        "vat-grouped",
        "no-org-nr",
        "vat-plain",
        "it-data-scadenza",
        "it-scadenze",
    ],
)
def test_labels_in_other_languages(name: str, lines: list[str], expected: object) -> None:
    d = doc(page([(50 + 16 * i, [(40, text)]) for i, text in enumerate(lines)]))
    assert value(d, name) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Guest Name: Mr. John Smith", "Folio No.: 778812"], "778812"),
        (["Statement Number: ST-2024-10", "Account Number: 0012-3345"], "ST-2024-10"),
        (["Quittung Nr. 4711-22", "Datum: 03.11.2024"], "4711-22"),
        (["Ticket n° 0042/117", "Fecha: 03/11/2024"], "0042/117"),
        (["Original invoice: INV-7700", "Credit Note #: CN-7781"], "CN-7781"),
        (["TAX INVOICE", "22/03/2025 07:14 Trans 118274", "Terminal 02"], "118274"),
    ],
    ids=["folio", "statement", "quittung", "ticket", "credit-note-not-original", "pos-trans"],
)
def test_document_number_labels_of_receipts_folios_and_credit_notes(
    lines: list[str], expected: str
) -> None:
    d = doc(page([(50 + 16 * i, [(40, text)]) for i, text in enumerate(lines)]))
    assert value(d, "invoice_number") == expected


# ----------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", D(2024, 3, 5)),
        ("05.03.2024", D(2024, 3, 5)),
        ("March 5, 2024", D(2024, 3, 5)),
        ("5 Mar 2024", D(2024, 3, 5)),
        ("05-Mar-2024", D(2024, 3, 5)),
        ("5. März 2024", D(2024, 3, 5)),
        ("Tuesday, 5 March 2024", D(2024, 3, 5)),
        ("03/05/2024", D(2024, 3, 5)),
    ],
    ids=[
        "iso",
        "dotted",
        "us-long",
        "short-month",
        "dashed-month",
        "german",
        "weekday",
        "us-slash",
    ],
)
def test_date_formats(text: str, expected: dt.date) -> None:
    d = doc(page([(50, [(40, f"Invoice Date: {text}")])]))
    assert value(d, "invoice_date") == expected


def test_dayfirst_option_field_override_and_document_guess() -> None:
    ambiguous = doc(page([(50, [(40, "Date: 03/04/2024")])]))
    assert value(ambiguous, "date", dayfirst=True) == D(2024, 4, 3)
    assert value(ambiguous, "date", dayfirst=False) == D(2024, 3, 4)
    assert value(ambiguous, "date", Field(dayfirst=True), dayfirst=False) == D(2024, 4, 3)
    # Another date on the page can only be day-first, so this one is too.
    guessed = doc(page([(50, [(40, "Date: 03/04/2024")]), (70, [(40, "Due: 25/04/2024")])]))
    assert value(guessed, "date") == D(2024, 4, 3)


@pytest.mark.parametrize(
    ("money", "expected"),
    [("Total: $5.00", D(2024, 3, 4)), ("Total: 5,00 €", D(2024, 4, 3)), ("Total: 5.00", None)],
    ids=["dollars-month-first", "euros-day-first", "no-hint-slash-us-default"],
)
def test_dayfirst_guess_from_the_money_when_no_date_settles_it(
    money: str, expected: dt.date | None
) -> None:
    d = doc(page([(50, [(40, "Date: 03/04/2024")]), (70, [(40, money)])]))
    assert value(d, "date") == (expected or D(2024, 3, 4))


@pytest.mark.parametrize(
    ("text", "total", "currency"),
    [
        ("Total: $1,234.56", 1234.56, "USD"),
        ("Total: 1.234,56 €", 1234.56, "EUR"),
        ("Total: EUR 1.234,56", 1234.56, "EUR"),
        ("Total: 1'234.50 CHF", 1234.5, "CHF"),
        ("Total: £99", 99.0, "GBP"),
        ("Total: (12.50) USD", -12.5, "USD"),
    ],
    ids=["us", "european", "code-first", "swiss", "pound-integer", "negative"],
)
def test_amount_formats_and_their_currency(text: str, total: float, currency: str) -> None:
    d = doc(page([(50, [(40, "Qty 3 items")]), (70, [(40, text)])]))
    got = run(d, ["total", "currency"])
    assert got["total"] is not None and got["total"].value == total
    assert got["currency"] is not None and got["currency"].value == currency
    assert got["currency"].rule == "currency-symbol"


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["Total (CAD) $3,449.25"], "CAD"),
        (["DESCRIPTION AMOUNT (AUD)", "Total $84.37"], "AUD"),
        (["Total $113.49", "All amounts are in Australian dollars."], "AUD"),
        (["Total $113.49", "Montants en dollars canadiens."], "CAD"),
        (["CAD drawings, revision 4", "Total $500.00"], "USD"),  # a word, not a currency
        (["Amount (CAD)", "Shipping (AUD) quoted separately", "Total $5.00"], "USD"),
        (["Total $5.00", "Payable in US dollars"], "USD"),
    ],
    ids=[
        "code-on-the-total",
        "code-over-a-column",
        "named-in-words",
        "named-in-french",
        "cad-the-word",
        "two-dollars-named",
        "us-dollars-named",
    ],
)
def test_a_bare_dollar_sign_is_the_dollar_the_document_names(
    lines: list[str], currency: str
) -> None:
    d = stacked(lines)
    assert value(d, "currency") == currency


@pytest.mark.parametrize(
    "after",
    ["Amount Paid $0.00", "Total Savings $15.00", "Total GST 0% 0.00"],
    ids=["amount-paid", "total-savings", "total-tax"],
)
def test_a_bare_label_starting_another_yields_to_one_beside_its_value(after: str) -> None:
    rows = [
        (50, [(40, "Subtotal $4,200.00")]),
        (70, [(40, "Total $4,200.00")]),
        (90, [(40, after)]),
    ]
    assert value(doc(page(rows)), "total") == 4200.0


def test_a_bare_label_starting_another_yields_to_the_amount_due_too() -> None:
    rows = [(50, [(40, "Total Savings $5.00")]), (70, [(40, "Amount Due $100.00")])]
    assert value(doc(page(rows)), "total") == 100.0


def test_a_sentence_that_says_to_pay_is_no_amount_due() -> None:
    rows = [
        (50, [(40, "New Balance $2,344.22")]),
        (70, [(40, "Late Payment Warning: you may have to pay a late fee of up to $41.00")]),
    ]
    got = run(doc(page(rows)), ["total", "amount_due"])
    assert got["amount_due"] is not None and got["amount_due"].value == 2344.22
    assert got["total"] is not None and got["total"].value == 2344.22


def test_an_invoice_number_beats_a_receipt_number_beside_it() -> None:
    rows = [
        (50, [(40, "Receipt #2841-7730")]),
        (70, [(40, "Invoice number 5F3A9C21-0004")]),
        (90, [(40, "Receipt number 2841-7730")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "5F3A9C21-0004"
    alone = [(50, [(40, "Receipt number 2841-7730")]), (70, [(40, "Amount paid $249.00")])]
    assert value(doc(page(alone)), "invoice_number") == "2841-7730"


def test_a_number_printed_in_groups_is_read_whole() -> None:
    # A telecom bill's header row: each number in groups, the cells a column gap apart.
    head = [(40, "Account number"), (160, "Bill number"), (280, "Issue date")]
    values = [(40, "4400 1288 731"), (160, "7100 2284 913"), (280, "4 Mar 2024")]
    got = run(doc(page([(100, head), (116, values)])), ["invoice_number", "customer_number"])
    assert plain(got) == {
        "invoice_number": "7100 2284 913",
        "customer_number": "4400 1288 731",
    }
    # One short group is a number of its own, not the start of a longer one.
    short = run(doc(page([(100, [(40, "Invoice No. 0042 12 items")])])), ["invoice_number"])
    assert short["invoice_number"] is not None and short["invoice_number"].value == "0042"


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["I alt at betale 1.453,04 kr.", "Nordlys Energi A/S · CVR-nr. 38712094"], "DKK"),
        (["Att betala 12 450,00 kr", "Bankgiro 123-4567 · Org.nr 556677-8899"], "SEK"),
        (["Å betale kr 15 625,00", "Org.nr 987 654 321 MVA"], "NOK"),
        (["Total 1 200,00 kr"], None),  # nothing says whose krone
    ],
    ids=["danish", "swedish", "norwegian", "unknown"],
)
def test_kr_is_the_krone_of_the_country_the_document_shows(
    lines: list[str], currency: str | None
) -> None:
    d = stacked(lines)
    assert value(d, "currency") == currency


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["TOTAL R 1 324,47", "Karoo Fuel & Convenience (Pty) Ltd", "VAT No 4610251784"], "ZAR"),
        (["Amount due R1,299.00", "Registration 2019/123456/07"], "ZAR"),
        (["Total R 120.00", "Row R 4 of 12"], None),  # nothing says South Africa
        (["Total R$ 1.250,00", "Cidade (Pty) Ltd"], "BRL"),  # the real's sign, not a lone R
    ],
    ids=["pty-vat", "cipc-number", "no-country", "real"],
)
def test_a_lone_r_is_the_rand_on_a_south_african_document(
    lines: list[str], currency: str | None
) -> None:
    d = stacked(lines)
    assert value(d, "currency") == currency


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        # Krónur have no decimals: "774.752 kr." is 774 752 on an Icelandic document
        (
            [
                "Reikningsdagur 01.10.2024",
                "Samtals 774.752 kr.",
                "Hraunsteinn ehf. Kt. 560612-0450",
            ],
            774752.0,
        ),
        (["Tanggal 03.04.2024", "Total Rp 1.500", "PT Sinar Jaya"], 1500.0),  # rupiah
        (["Ngày 03.04.2024", "Tổng cộng 150.000 ₫"], 150000.0),  # dong
        # The same shape is a decimal where nothing says the money is whole
        (["Date 01.10.2024", "Total 774.752"], 774.752),
    ],
    ids=["icelandic", "rupiah", "dong", "no-currency"],
)
def test_amounts_in_whole_unit_currencies_group_thousands(lines: list[str], total: float) -> None:
    assert value(stacked(lines), "total") == total


def test_dates_with_dots_do_not_count_as_decimal_points() -> None:
    # Day-first dates outnumber the amounts here; the amounts' decimal comma still rules.
    lines = [
        "Rechnungsdatum 01.10.2024",
        "Leistungsdatum 30.09.2024",
        "Fällig am 15.10.2024",
        "Gesamtbetrag 1.250 EUR",
        "Netto 1.050,42 EUR",
    ]
    assert value(stacked(lines), "total") == 1250.0


def test_short_dates_do_not_count_as_decimal_points() -> None:
    # An Icelandic hotel bill dates its items "09.10.25": five of them outnumber the two
    # decimal commas, whose document groups its krónur with dots.
    lines = [f"{d}.10.25 Gisting 24.900 149.400" for d in ("09", "10", "10", "11", "12")]
    lines += ["Samtals til greiðslu ISK: 232.600 kr.", "Samtals VSK: 23.368 kr."]
    lines += ["1 EUR = 142,80 ISK", "Innborgun 1.628,85 EUR"]
    assert plain(run(stacked(lines), ["total", "vat_amount"])) == {
        "total": 232600.0,
        "vat_amount": 23368.0,
    }


@pytest.mark.parametrize(
    "line",
    [
        "Samtals í EUR (gengi Seðlabanka 10.10.2025: 1 EUR = 142,80 ISK): 1.628,85 EUR",
        "Total in EUR (exchange rate 142,80): 1.628,85 EUR",
    ],
    ids=["rate", "words"],
)
def test_a_total_converted_at_a_rate_printed_beside_it_is_not_the_total(line: str) -> None:
    lines = ["Reikningur nr. 41873", "Samtals til greiðslu ISK: 232.600 kr.", line]
    assert value(stacked(lines), "total") == 232600.0


@pytest.mark.parametrize(
    "rows",
    [
        [(50, [(40, "Transport rutier · licență comunitară"), (300, "Seria CTL nr. 0002871")])],
        [
            (50, [(300, "ΤΙΜΟΛΟΓΙΟ")]),
            (64, [(300, "Σειρά Α")]),
            (78, [(40, "ΑΦΜ: 094518279"), (300, "Αριθμός 0002871")]),
        ],
    ],
    ids=["romanian", "greek"],
)
def test_an_invoice_numbered_in_a_series_is_read_by_its_number(
    rows: list[tuple[float, list[Cell]]],
) -> None:
    assert value(doc(page(rows)), "invoice_number") == "0002871"


@pytest.mark.parametrize(
    ("lines", "total", "due"),
    [
        # An advance taken off: "Za platiti" is what is left to pay, not the invoice's total
        (
            [
                "UKUPNO RAČUN (EUR) 57.579,94",
                "Umanjenje za primljeni predujam -20.000,00",
                "ZA PLATITI (EUR) 37.579,94",
            ],
            57579.94,
            37579.94,
        ),
        (["Osnovica 1.000,00", "PDV 25% 250,00", "Za platiti: 1.250,00 EUR"], 1250.0, 1250.0),
    ],
    ids=["advance", "alone"],
)
def test_croatian_za_platiti_is_the_total_unless_an_invoice_total_is_printed(
    lines: list[str], total: float, due: float
) -> None:
    got = plain(run(stacked(["Račun br. 112/POSL1/1", *lines]), ["total", "amount_due"]))
    assert got == {"total": total, "amount_due": due}


def test_a_label_glossed_with_another_in_brackets_is_the_gloss() -> None:
    # "Sąskaitos Nr." alone is the invoice's number; glossed "(IBAN)" it is the account's.
    lines = ["PVM SĄSKAITA FAKTŪRA", "Serija DS Nr. 0001294"]
    lines += ["Sąskaitos Nr. (IBAN): LT12 1000 0111 0100 1000"]
    got = plain(run(stacked(lines), ["invoice_number", "iban"]))
    assert got == {"invoice_number": "0001294", "iban": "LT121000011101001000"}
    # A gloss of the same meaning is no other label's: "Invoice No. (Rechnungsnummer)"
    glossed = ["Invoice No. (Rechnungsnummer) 4471", "IBAN (Konto) DE89370400440532013000"]
    assert plain(run(stacked(glossed), ["invoice_number"])) == {"invoice_number": "4471"}
    # A currency in brackets is no gloss, though it is a word of a field's name (total_mxn)
    lines = ["Total a pagar (MXN) $6,020.40", "Depósito en garantía (liberado) $8,000.00"]
    assert plain(run(stacked(lines), ["total", "total_mxn"]))["total"] == 6020.4


def test_a_turkish_rate_before_its_number_is_no_amount() -> None:
    # Turkish sets the percent sign first: "Hesaplanan KDV(%20) 11.044,00 TL".
    lines = ["Mal Hizmet Toplam Tutarı 56.445,00 TL", "Hesaplanan KDV(%20) 11.044,00 TL"]
    lines += ["Vergiler Dahil Toplam Tutar 66.264,00 TL"]
    assert value(stacked(lines), "vat_amount") == 11044.0


def test_a_label_inside_a_sum_spelled_out_is_not_read_beside_it() -> None:
    lines = ["Hesaplanan KDV(%20) 42.432,00 TL", "Vergiler Dahil Toplam Tutar 254.592,00 TL"]
    lines += ["Ödenecek Tutar (USD) 7.200,00 USD + KDV = 8.640,00 USD"]
    assert value(stacked(lines), "vat_amount") == 42432.0


def test_a_title_word_that_names_a_field_of_ones_own_still_titles_the_number_under_it() -> None:
    # "PROFORMA" is the label of a field proforma_number asked for beside invoice_number; the
    # title "FATTURA PROFORMA" still heads "Numero 47/PF".
    d = stacked(["Spazio Navigli Eventi S.r.l.", "FATTURA PROFORMA", "Numero 47/PF"])
    assert plain(run(d, ["invoice_number", "proforma_number"]))["invoice_number"] == "47/PF"


def test_an_e_invoice_viewers_business_term_codes_are_no_values() -> None:
    # XRechnung viewers print each term's code beside its label, apart or glued to it.
    words = [
        Word("Rechnungsnummer:", 40, 50, 120, 60),
        Word("BT-1", 123, 51, 140, 59, size=7),
        Word("RE-2025-00417", 160, 50, 230, 60),
        Word("Käuferreferenz:BT-10", 40, 64, 140, 74),
        Word("04011000-12345-67", 160, 64, 250, 74),
        Word("Gesamtsumme", 300, 78, 360, 88),
        Word("netto:", 363, 78, 390, 88),
        Word("BT-", 393, 79, 405, 87, size=7),
        Word("4.193,50", 500, 78, 540, 88),
        Word("109", 393, 88, 405, 96, size=7),
        Word("Gesamtsumme", 300, 100, 360, 110),
        Word("brutto:", 363, 100, 395, 110),
        Word("BT-112", 398, 101, 420, 109, size=7),
        Word("4.990,27", 500, 100, 540, 110),
    ]
    d = doc(Page(1, 595, 842, "", words))
    fields = ["invoice_number", "buyer_reference", "net_amount", "total"]
    assert plain(run(d, fields)) == {
        "invoice_number": "RE-2025-00417",
        "buyer_reference": "04011000-12345-67",
        "net_amount": 4193.5,
        "total": 4990.27,
    }


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        (
            "Less: deposit paid 08/03/2025 (debit card, receipt R-5530) -1,000.00",
            "deposit_paid",
            1000.0,
        ),
        ("Acconto versato il 20/01/2025 (fattura n. 12/2025) -3.000,00", "deposit_paid", 3000.0),
        (
            "Acompte versé (facture d'acompte n° 2025-0031, 30 %) -6 154,50 €",
            "deposit_paid",
            6154.5,
        ),
        ("Anticipo requerido (30 %) 4.519,35 €", "advance_payment", 4519.35),
        ("Retención IRPF 15 % −90,00 €", "irpf_withholding", 90.0),
        ("IRS – Retenção na fonte -162,50 €", "withholding_tax", 162.5),
        ("Less CIS deduction at 20% on labour of £6,200.00 (£1,240.00)", "cis_deduction", 1240.0),
        ("Importância recebida 637,00 €", "amount_received", 637.0),
    ],
    ids=["deposit-en", "acconto", "acompte", "anticipo", "irpf", "retencao", "cis", "recebida"],
)
def test_an_amount_taken_off_the_total_is_read_as_the_amount(
    line: str, name: str, expected: float
) -> None:
    # Named for what is taken off, the field holds the amount however the document signs it.
    lines = ["Invoice total 9.999,00", line, "Balance 1,00"]
    assert value(stacked(lines), name) == expected


def test_a_belgian_structured_communication_is_the_payment_reference() -> None:
    lines = ["Te betalen 412,50 EUR", "Gestructureerde mededeling: +++090/9337/55493+++"]
    assert value(stacked(lines), "payment_reference") == "+++090/9337/55493+++"


@pytest.mark.parametrize("name", ["Moselle Précision S.à r.l.", "Atelier Rochat Sàrl"])
def test_luxembourg_and_swiss_limited_companies_end_with_their_legal_form(name: str) -> None:
    lines = [name.split()[0].upper(), "Usinage CNC · Mécanique de précision", name]
    lines += ["12, rue de Flaxweiler – L-6776 Grevenmacher", "FACTURE / INVOICE MP-25-0207"]
    assert value(stacked(lines), "vendor") == name


def test_a_label_naming_the_suppliers_vat_number_beats_the_letterhead() -> None:
    # A self-billing invoice is issued by the customer: its letterhead's VAT number is the
    # customer's, and the supplier's stands under its own label.
    lines = [
        "NORTHGATE FRESH PRODUCE LTD *** SELF-BILLING INVOICE ***",
        "VAT Reg No: GB 174 6295 38 Company No: 05531874",
        "SUPPLIER Invoice No : SB-2503-0417",
        "Supplier VAT Reg No: GB 285 6103 52 Period : 01/03/2025 - 31/03/2025",
        "N° TVA client / Customer VAT ID: DE317840523",
    ]
    got = plain(run(stacked(lines), ["supplier_vat_number", "customer_vat_number"]))
    assert got == {"supplier_vat_number": "GB285610352", "customer_vat_number": "DE317840523"}


def test_a_corrections_total_is_its_own_not_the_corrected_invoices() -> None:
    lines = [
        "Rechnungskorrektur / Gutschrift zur Rechnung Nr. 25-10488",
        "Gutschrift netto 312,00 €",
        "zzgl. 19 % Umsatzsteuer 59,28 €",
        "Gutschriftsbetrag brutto 371,28 €",
        "Ursprünglicher Rechnungsbetrag Nr. 25-10488 (brutto) 1.248,52 €",
        "abzüglich diese Korrektur -371,28 €",
        "Berichtigter Rechnungsbetrag (brutto) 877,24 €",
    ]
    assert value(stacked(lines), "total") == 371.28
    # A bare sum's bracket says what it sums: "Summe Leistungen (netto)" is the net.
    assert (
        value(stacked(["Summe Leistungen (netto) 6.105,20", "MwSt. 19 % 1.160,00"]), "net_amount")
        == 6105.2
    )


def test_an_italian_e_invoice_printed_by_the_tax_agencys_viewer() -> None:
    lines = [
        "Tipologia documento: TD04 (nota di credito)",
        "Importo totale documento: 1268.80",
        "Aliquota IVA (%): 4.00",
        "Totale imponibile/importo: 1220.00",
        "Totale imposta: 48.80",
    ]
    got = plain(run(stacked(lines), ["total", "net_amount", "vat_amount"]))
    assert got == {"total": 1268.8, "net_amount": 1220.0, "vat_amount": 48.8}


def test_canadian_sales_taxes_and_their_numbers() -> None:
    bc = [
        "GST/HST No. 79456 1234 RT0001 PST No. PST-1023-4567",
        "Net amount due Mar 9, 2025. GST 5% on 2,822.40 141.12",
        "PST 7% on 2,757.40 193.02",
    ]
    got = plain(run(stacked(bc), ["gst_amount", "pst_amount", "hst_number"]))
    assert got == {"gst_amount": 141.12, "pst_amount": 193.02, "hst_number": "794561234RT0001"}
    ontario = ["Northshore Packaging Solutions Ltd. HST Reg. No. 81234 5678 RT0001"]
    assert value(stacked(ontario), "hst_number") == "812345678RT0001"
    quebec = [
        "TPS (5 %) 50,44 $",
        "TVQ (9,975 %) 100,63 $",
        "N o TPS/TVH : 87654 3210 RT0001 No TVQ : 1218765432 TQ0001 NEQ : 1164882207",
    ]
    got = plain(run(stacked(quebec), ["gst_amount", "qst_amount", "qst_number"]))
    assert got == {"gst_amount": 50.44, "qst_amount": 100.63, "qst_number": "1218765432TQ0001"}


def test_retainage_and_sums_to_date_are_money() -> None:
    lines = [
        "2. Net change by change orders 114,318.00",
        "4. Total completed and stored to date (Column G on G703) 1,598,916.00",
        "5. Retainage: a. 5% of completed work 79,945.80",
        "Contract sum to date 2,359,318.00",
    ]
    got = plain(run(stacked(lines), ["retainage", "contract_sum_to_date"]))
    assert got == {"retainage": 79945.8, "contract_sum_to_date": 2359318.0}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([(50, [(40, "ar@chinookoilfield.ca"), (300, "Customer: 204417")])], "204417"),
        ([(50, [(40, "Brightside Home Goods Co."), (300, "Account #: BHG-01")])], "BHG-01"),
        (
            [
                (50, [(40, "Customer"), (120, "Terms"), (200, "Due Date"), (300, "PO #")]),
                (64, [(40, "C10457"), (120, "Net 30"), (200, "04/09/2025"), (300, "77120")]),
            ],
            "C10457",
        ),
    ],
    ids=["customer-colon", "account-hash", "customer-column"],
)
def test_a_customer_number_under_a_bare_customer_label(
    rows: list[tuple[float, list[Cell]]], expected: str
) -> None:
    assert value(doc(page(rows)), "customer_number") == expected


def test_a_customer_label_over_a_name_is_no_customer_number() -> None:
    d = stacked(["Customer: Brightside Home Goods Co.", "Customer No: 40127"])
    assert value(d, "customer_number") == "40127"
    assert value(stacked(["Customer: Brightside Home Goods Co."]), "customer_number") is None


@pytest.mark.parametrize(
    "rows",
    [
        [
            (50, [(40, "Rep"), (80, "Terms"), (130, "Exp. Date"), (200, "Lead Time")]),
            (64, [(40, "JLB"), (80, "Net 30"), (130, "4/2/2025"), (200, "8-10 weeks ARO")]),
        ],
        [(50, [(40, "Válida hasta: 02/04/2025"), (200, "TOTAL PROFORMA 15.064,50 €")])],
    ],
    ids=["exp-date-column", "valida-hasta"],
)
def test_a_quotes_expiry_under_its_other_names(rows: list[tuple[float, list[Cell]]]) -> None:
    # April 2nd both: month first beside US terms, day first beside euros
    assert value(doc(page(rows)), "valid_until") == D(2025, 4, 2)


def test_icelandic_letters_fold_as_labels_write_them() -> None:
    # "greiðslu" is "greidslu": the label "Samtals til greiðslu" is found whole.
    got = run(stacked(["Samtals til greiðslu: 232.600 kr."]), ["total"])["total"]
    assert got is not None and got.label == "Samtals til greiðslu"


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["价税合计（小写）¥6118.00", "销售方：上海云栈信息科技有限公司"], "CNY"),
        (["ご請求金額 ¥132,000", "株式会社サクラ印刷"], "JPY"),
        (["Total ¥132,000"], "JPY"),
    ],
    ids=["chinese", "japanese", "no-script"],
)
def test_a_yen_sign_is_the_yuan_on_a_chinese_document(lines: list[str], currency: str) -> None:
    d = stacked(lines)
    assert value(d, "currency") == currency


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["Item  Price (CAD)", "Widget $5.00", "Gadget $7.00"], "CAD"),
        (["商品 单价", "软件维护 ¥500.00", "运费 ¥100.00"], "CNY"),
    ],
    ids=["dollar", "yuan"],
)
def test_a_shared_sign_is_settled_without_a_total_too(lines: list[str], currency: str) -> None:
    # No total label: the currency is the document's most frequent mark, settled the same way.
    d = stacked(lines)
    assert value(d, "currency") == currency


def test_zloty_printed_apart_from_the_amount_is_counted() -> None:
    rows = [(50, [(40, "Do zapłaty: 10 971,60")]), (64, [(40, "zł")])]
    assert value(doc(page(rows)), "currency") == "PLN"


def test_letters_without_a_decomposition_fold_to_their_base() -> None:
    # "ł" and "ø" do not decompose: "Termin płatności" would never meet its label.
    rows = [(50, [(40, "Termin płatności: 2024-06-14 (14 dni)")])]
    assert value(doc(page(rows)), "due_date") == D(2024, 6, 14)


def test_a_credit_notes_date_is_its_own_not_the_corrected_invoices() -> None:
    rows = [
        (40, [(300, "Gutschrift-Nr.: GS-2024-0087")]),
        (54, [(300, "Datum: 18.03.2024")]),
        (68, [(300, "Bezug Rechnung: RE-2024-1412")]),
        (82, [(300, "Rechnungsdatum: 04.03.2024")]),
        (300, [(40, "Gutschriftsbetrag -1.249,50 €")]),
    ]
    got = run(doc(page(rows)), ["invoice_number", "invoice_date", "total"])
    assert plain(got) == {
        "invoice_number": "GS-2024-0087",
        "invoice_date": D(2024, 3, 18),
        "total": -1249.5,
    }
    # On an invoice, "Rechnungsdatum" is the invoice's own date, stronger than "Datum".
    invoice = [(40, [(300, "Rechnungs-Nr.: RE-1")]), (54, [(300, "Datum: 18.03.2024")]),
               (68, [(300, "Rechnungsdatum: 04.03.2024")])]  # fmt: skip
    assert value(doc(page(invoice)), "invoice_date") == D(2024, 3, 4)


def test_a_lettered_dollar_sign_counts_as_its_dollar() -> None:
    # A bilingual Hong Kong receipt: the Chinese total label stands before the English one.
    rows = [
        (50, [(40, "泊車費 Parking fee (9 hr x HK$32) HK$288.00")]),
        (64, [(40, "日間最高收費 Daily max. adj. -HK$28.00")]),
        (78, [(40, "總額 TOTAL HK$260.00")]),
        (92, [(40, "發出日期 Issued: 12/05/2025 17:48")]),
    ]
    got = run(doc(page(rows)), ["total", "currency", "invoice_date"])
    assert plain(got) == {
        "total": 260.0,
        "currency": "HKD",
        "invoice_date": D(2025, 5, 12),  # Hong Kong writes the day first
    }


def test_thousands_split_by_a_monospace_space_are_one_amount() -> None:
    # A till receipt in a monospace font: "1 324,47" with a space 0.6 em wide.
    toks = [(40, "TOTAL", 11), (149.4, "R", 11), (161.0, "1", 11), (172.6, "324,47", 11)]
    assert value(doc(page([(300, toks)])), "total") == 1324.47


def test_currency_from_a_label_else_the_most_frequent_mark() -> None:
    labelled = doc(page([(50, [(40, "Currency: CHF")]), (70, [(40, "Total 12.00")])]))
    assert value(labelled, "currency") == "CHF"
    frequent = doc(page([(50, [(40, "Fee 3.00 EUR")]), (70, [(40, "Other 2.00 EUR, 1.00 USD")])]))
    assert value(frequent, "currency") == "EUR"


def test_iban_email_phone() -> None:
    d = doc(
        page(
            [
                (50, [(40, "IBAN: DE89 3704 0044 0532 0130 00")]),
                (70, [(40, "Email: billing@example.com")]),
                (90, [(40, "Phone: +49 30 1234567")]),
            ]
        )
    )
    got = run(d, ["iban", "email", "phone"])
    assert list(plain(got).values()) == [
        "DE89370400440532013000",
        "billing@example.com",
        "+49 30 1234567",
    ]


# ----------------------------------------------------------------------------- parties


def test_vendor_from_the_largest_header_text() -> None:
    rows = [
        (40, [(40, "Northwind Traders", 20, True), (420, "INVOICE", 22, True)]),
        (70, [(40, "12 Harbour Road, Bristol", 9)]),
        (120, [(40, "Bill To", 9, True)]),
        (134, [(40, "Contoso Pharmacy")]),
        (200, [(40, "Invoice No: 11"), (300, "Total: 10.00")]),
    ]
    got = run(doc(page(rows)), ["vendor", "customer"])
    assert got["vendor"] is not None and got["vendor"].value == "Northwind Traders"
    assert got["vendor"].rule == "header-largest"
    assert got["customer"] is not None and got["customer"].value == "Contoso Pharmacy"


def test_a_row_of_bilingual_labels_heads_the_values_under_them() -> None:
    # Belgium, Canada, Switzerland: each heading in two languages, "Dutch / French".
    head = [(40, "Factuurnummer / N° de facture"), (200, "Factuurdatum / Date de facture"),
            (360, "Vervaldatum / Date d'échéance")]  # fmt: skip
    values = [(40, "2025/00312"), (200, "28/03/2025"), (360, "27/04/2025")]
    got = run(
        doc(page([(100, head), (116, values)])), ["invoice_number", "invoice_date", "due_date"]
    )
    assert plain(got) == {
        "invoice_number": "2025/00312",
        "invoice_date": D(2025, 3, 28),
        "due_date": D(2025, 4, 27),
    }


def test_a_row_of_labels_set_close_heads_the_values_under_them() -> None:
    # A bordered header table: the cells are too close for a column gap between the labels.
    head = "Fakturanr. Fakturadato Forfallsdato Kundenr."
    values = [(40, "10234"), (92.8, "15.01.2025"), (150.6, "29.01.2025")]  # under each label
    rows = [(100, [(40, head)]), (116, values)]
    got = run(doc(page(rows)), ["invoice_number", "invoice_date", "due_date"])
    assert plain(got) == {
        "invoice_number": "10234",
        "invoice_date": D(2025, 1, 15),
        "due_date": D(2025, 1, 29),
    }


@pytest.mark.parametrize(
    ("logo", "firm"),
    [
        ("❀ MAPLE RIDGE", "Maple Ridge Consulting Inc."),
        ("MONTAÑA", "Talleres Gráficos Montaña S.L."),
        ("THE COPPER KETTLE", "Copper Kettle Kitchen Ltd"),
        ("NORTHBRIDGE", "Northbridge Bank, N.A."),
    ],
    ids=["ornament", "one-word-of-the-name", "the-brand", "us-national-bank"],
)
def test_a_logo_gives_way_to_the_firm_it_abbreviates(logo: str, firm: str) -> None:
    rows = [
        (40, [(40, logo, 24, True), (420, "INVOICE", 18, True)]),
        (80, [(40, firm, 9), (420, "Invoice No: 7")]),
        (94, [(40, "1250 Main Street", 9)]),
        (300, [(40, "Total: 10.00")]),
    ]
    found = run(doc(page(rows)), ["vendor"])["vendor"]
    assert found is not None and found.value == firm and found.rule == "company-suffix"


def test_a_typed_letterhead_in_capitals_names_the_vendor() -> None:
    # A till or ERP print in one size and weight: capitals over the address are its letterhead.
    rows = [
        (40, [(191, "GREEN ACRES LAWN & LANDSCAPE")]),
        (51, [(173, "1450 Highway 92, Woodstock, GA 30188")]),
        (62, [(173, "Phone (770) 555-0126")]),
        (100, [(40, "BILL TO:"), (300, "INVOICE NO: 6614")]),
        (111, [(40, "Robert & Linda Hale"), (300, "DATE: 03/21/2025")]),
    ]
    assert value(doc(page(rows)), "vendor") == "GREEN ACRES LAWN & LANDSCAPE"
    # capitals with no address under them are a heading, not a letterhead
    heading = [(40, [(40, "STATEMENT OF ACCOUNT")]), (60, [(40, "Please find enclosed")])]
    assert value(doc(page(heading)), "vendor") is None


def test_a_logo_stays_the_vendor_beside_another_firm() -> None:
    # A firm's name that does not hold the logo's words is someone else (here a bank).
    rows = [
        (40, [(40, "NORTHWIND", 24, True), (420, "INVOICE", 18, True)]),
        (80, [(40, "Pay to Lakeside Community Bank Ltd", 9)]),
        (300, [(40, "Total: 10.00")]),
    ]
    assert value(doc(page(rows)), "vendor") == "NORTHWIND"


def test_receipt_from_names_the_firm() -> None:
    rows = [
        (40, [(40, "Receipt from Fernhill Software, Inc.", 16)]),
        (80, [(40, "Amount paid $249.00")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Fernhill Software, Inc."


def test_the_to_of_a_payment_slip_is_the_issuer_not_the_customer() -> None:
    # Xero's template: the organisation top right, a tear-off "PAYMENT ADVICE" at the foot
    # whose "To:" is the organisation the payment goes to.
    rows = [
        (40, [(40, "INVOICE", 18, True), (380, "Bluefin Analytics Pte. Ltd.", 9)]),
        (54, [(380, "71 Ayer Rajah Crescent", 9)]),
        (90, [(40, "Orchard Lane Retail Inc.", 9)]),
        (300, [(40, "Total USD 1,250.00")]),
        (
            700,
            [
                (40, "PAYMENT ADVICE", 12, True),
                (300, "Customer"),
                (380, "Orchard Lane Retail Inc."),
            ],
        ),
        (716, [(40, "To: Bluefin Analytics Pte. Ltd."), (300, "Amount Due"), (380, "0.00")]),
    ]
    got = run(doc(page(rows)), ["vendor", "customer"])
    assert plain(got) == {
        "vendor": "Bluefin Analytics Pte. Ltd.",
        "customer": "Orchard Lane Retail Inc.",
    }


def test_a_japanese_invoice() -> None:
    # 請求書: labels run into their values with a full-width colon, no spaces anywhere; the
    # addressee's firm is marked 御中, the issuer's carries its legal form 株式会社.
    rows = [
        (40, [(240, "請 求 書", 22, True)]),
        (90, [(40, "株式会社青葉商事"), (150, "御中"), (400, "請求日：2024年3月5日")]),
        (106, [(400, "請求番号：INV-2403-0058")]),
        (130, [(400, "株式会社サクラ印刷", 11)]),
        (160, [(40, "ご請求金額"), (120, "¥132,000 -")]),
        (180, [(40, "お支払期限：2024年4月30日")]),
        (400, [(40, "小計"), (300, "¥120,000")]),
        (420, [(40, "消費税（10%）"), (300, "¥12,000")]),
        (440, [(40, "合計"), (300, "¥132,000")]),
    ]
    fields = ["invoice_number", "invoice_date", "due_date", "total", "subtotal", "tax",
              "currency", "vendor"]  # fmt: skip
    got = run(doc(page(rows)), fields)
    assert plain(got) == {
        "invoice_number": "INV-2403-0058",
        "invoice_date": D(2024, 3, 5),
        "due_date": D(2024, 4, 30),
        "total": 132000.0,
        "subtotal": 120000.0,
        "tax": 12000.0,
        "currency": "JPY",
        "vendor": "株式会社サクラ印刷",
    }


def test_an_indian_gst_invoice_in_tallys_grid() -> None:
    # Tally's layout: small labels in a grid beside a larger letterhead name (sharing its
    # line), values just under them; the goods' total carries the ₹ sign, the tax summary's
    # "Total" row below it does not.
    rows = [
        (45, [(32, "Shree Ganesh Textiles Pvt. Ltd.", 10, True), (301, "Invoice No.", 7),
              (436, "Dated", 7)]),
        (52, [(301, "SGT/23-24/0891", 7), (436, "12-Feb-2024", 7)]),
        (118, [(301, "Buyer's Order No.", 7), (436, "Dated", 7)]),
        (125, [(301, "KG/PO/2324/512", 7), (436, "29-Jan-2024", 7)]),
        (357, [(32, "Total", 7), (300, "1,550.00 mtr", 7), (500, "₹ 1,22,115.00", 7)]),
        (441, [(32, "Total", 7), (200, "1,16,300.00", 7), (300, "2,907.50", 7)]),
    ]  # fmt: skip
    got = run(doc(page(rows)), ["invoice_number", "invoice_date", "total", "currency"])
    assert plain(got) == {
        "invoice_number": "SGT/23-24/0891",
        "invoice_date": D(2024, 2, 12),
        "total": 122115.0,
        "currency": "INR",
    }


@pytest.mark.parametrize(
    ("rows", "number", "date"),
    [
        # one label over a cell of two values, beside it or under it, joined many ways
        ([(50, [(40, "Invoice No. & Date"), (200, "TI/2024/0187 dt. 12-03-2024")])],
         "TI/2024/0187", D(2024, 3, 12)),
        ([(50, [(40, "Invoice No. & Date :"), (200, "GST/0187 / 12.03.2024")])],
         "GST/0187", D(2024, 3, 12)),
        ([(50, [(40, "Invoice No. & Date")]), (64, [(40, "INV-5501 dated 04/11/2024")])],
         "INV-5501", D(2024, 4, 11)),
        ([(50, [(40, "Invoice No./Date: 88123 / 2024-03-12")])], "88123", D(2024, 3, 12)),
        # "of" and a date after a number: no page counter ("1 of 3")
        ([(50, [(40, "Bill No. and Date: A-1744 of 05.06.2024")])], "A-1744", D(2024, 6, 5)),
    ],
)  # fmt: skip
def test_a_number_and_date_label_over_one_cell_gives_both(
    rows: list[tuple[float, list[Cell]]], number: str, date: dt.date
) -> None:
    got = plain(run(doc(page(rows)), ["invoice_number", "invoice_date"]))
    assert got == {"invoice_number": number, "invoice_date": date}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the tax's bare name before a number shaped as a VAT number, over a register's id
        (["Atelier Boréal SAS", "SIREN 519 204 887", "TVA : FR46842315678"], "FR46842315678"),
        (["KvK 30184527 · BTW NL812345678B01 · IBAN NL76 RABO 0347 2619 85"], "NL812345678B01"),
        # a label naming the VAT number over a tax office's or a register's number
        (["Steuernummer 231/154/08817", "USt-IdNr. DE312456789"], "DE312456789"),
        (["IČO 08123454", "DIČ CZ08123454"], "CZ08123454"),
        (["Identificativo fiscale ai fini IVA: IT03456780372"], "IT03456780372"),
        # "tin" in a description is a tin, and "6.00" no tax number
        (["Grease LGMT 2, 1kg tin 6.00 24.80", "VAT Registration No. GB 719 3344 30"],
         "GB719334430"),
    ],
)  # fmt: skip
def test_the_vat_number_is_the_one_named_or_shaped_as_one(lines: list[str], expected: str) -> None:
    assert value(stacked(lines), "vat_number") == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the country code printed apart from its check digits (Polish invoices)
        (["Nr konta: PL 61 1090 1014 0000 0712 1981 2874 ul. Energetyków 9"],
         "PL61109010140000071219812874"),
        # an IBAN cut off where its line ends is none; a whole one further on is
        (["Bonifico bancario · IBAN IT60 X054 2811 1010 0000", "P.IVA IT01938470687",
          "IBAN IT60 X054 2811 1010 0000 0123 456"], "IT60X0542811101000000123456"),
        # a sample's made-up IBAN of its country's length still reads
        (["IBAN NL62 ZSPB 0417 2285 93"], "NL62ZSPB0417228593"),
    ],
)  # fmt: skip
def test_an_iban_is_whole_by_its_check_digits_or_its_length(
    lines: list[str], expected: str
) -> None:
    assert value(stacked(lines), "iban") == expected


def test_a_numbers_bare_name_with_its_colon_gives_the_number() -> None:
    row = [(40, "Client: Aldous Brothers Limited"), (250, "Matter: ALD0042-0007"), (400, "Period")]
    assert value(doc(page([(50, row)])), "matter_number") == "ALD0042-0007"
    # a word that is a label of its own ("Note" of a credit note's title) is not taken bare
    credit = stacked(["NOTE DE CRÉDIT", "Numéro : NC-2025-0037", "Facture d'origine : F-2025-0412"])
    assert plain(run(credit, ["credit_note_number", "note_number"]))["credit_note_number"] == (
        "NC-2025-0037"
    )


def test_the_invoices_total_beats_the_balance_left_after_a_payment_on_account() -> None:
    d = stacked(["TOTAL OF THIS INVOICE £28,138.28", "Less paid on account £5,000.00",
                 "BALANCE DUE £23,138.28"])  # fmt: skip
    assert plain(run(d, ["total", "amount_due"])) == {"total": 28138.28, "amount_due": 23138.28}


def test_an_amount_before_tax_gives_way_to_the_one_with_it() -> None:
    rows = [
        (50, [(40, "The Insured"), (160, "Hartley & Finch Opticians Ltd")]),
        (70, [(40, "Net annual premium"), (400, "4,963.75")]),
        (84, [(40, "Insurance Premium Tax at 12%"), (400, "595.65")]),
        (98, [(40, "TOTAL PREMIUM PAYABLE"), (400, "£5,584.40")]),
    ]
    d = doc(page(rows))
    assert plain(run(d, ["premium", "policyholder"])) == {
        "premium": 5584.4,
        "policyholder": "Hartley & Finch Opticians Ltd",
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("RFC: DFB180314KZ2 Serie y Folio: FA-4821", "DFB180314KZ2"),
        ("CUIT: 30-71582934-3", "30-71582934-3"),
        ("R.U.T.: 76.543.217-0", "76.543.217-0"),
        ("NIT 901.482.735-0 · Responsable de IVA", "901.482.735-0"),
        ("R.U.C. N° 20518347269", "20518347269"),
        ("NPWP : 01.234.567.8-012.000", "01.234.567.8-012.000"),
        ("登録番号：T4010401098765", "T4010401098765"),
        ("등록번호 214-86-39572", "214-86-39572"),
        ("KRA PIN: P051234567Q", "P051234567Q"),
        ("TRN: 100234567800003", "100234567800003"),
    ],
)
def test_national_tax_ids_are_read_under_their_names(line: str, expected: str) -> None:
    assert value(stacked(["INVOICE", line]), "tax_id") == expected


def test_a_one_word_field_name_takes_the_concepts_best_label_not_its_own_word() -> None:
    # "receipt_number" prefers "Receipt #" to "Invoice number"; a bare "date" prefers no
    # "Date" to "Date de facture" (Factur-X samples: a delivery's "Date" came first).
    d = stacked(["FACTURE", "Date de facture : 05/11/2017", "Date : 31/10/2017 livraison"])
    assert value(d, "date") == D(2017, 11, 5)
    r = stacked(["Receipt #2318-4409", "INVOICE NUMBER D4E8B210-0031"])
    assert plain(run(r, ["receipt_number", "invoice_number"])) == {
        "receipt_number": "2318-4409",
        "invoice_number": "D4E8B210-0031",
    }


def test_a_field_named_like_one_of_several_party_labels_takes_that_label() -> None:
    # The vendor's synonyms side by side: "supplier" reads "Supplier:", "company_name" reads
    # "Company Name:" (no built-in label), and "vendor" still reads "Vendor:".
    d = stacked(
        [
            "Company Name: Acme Widgets GmbH",
            "Vendor: Blue Sky Trading Ltd",
            "Supplier: Northwind Foods Inc.",
        ]
    )
    assert plain(run(d, ["company_name", "vendor", "supplier"])) == {
        "company_name": "Acme Widgets GmbH",
        "vendor": "Blue Sky Trading Ltd",
        "supplier": "Northwind Foods Inc.",
    }
    # Alone, each still finds the vendor under its other labels.
    assert value(stacked(["Vendor: Blue Sky Trading Ltd"]), "company_name") == (
        "Blue Sky Trading Ltd"
    )
    assert value(stacked(["Seller: Blue Sky Trading Ltd"]), "supplier") == "Blue Sky Trading Ltd"


def test_a_periods_first_and_last_day_read_under_any_start_and_end() -> None:
    # A motor tax receipt: no week or pay period, only what it is valid from and to.
    d = doc(
        page(
            [
                (50, [(40, "Tax period"), (160, "12 months")]),
                (64, [(40, "Valid from"), (160, "01/05/2025")]),
                (78, [(40, "Valid to"), (160, "30/04/2026")]),
            ]
        )
    )
    assert plain(run(d, ["period_start", "period_end"])) == {
        "period_start": D(2025, 5, 1),
        "period_end": D(2026, 4, 30),
    }
    # A period printed beats an end's label: a billing period over when a credit expires.
    d = stacked(["Billing period March 1 - March 31, 2025", "Credits (expires September 30, 2025)"])
    assert plain(run(d, ["period_start", "period_end"])) == {
        "period_start": D(2025, 3, 1),
        "period_end": D(2025, 3, 31),
    }


def test_a_line_for_each_end_of_a_period_gives_each_its_date() -> None:
    # An automobile policy's declarations: "Policy period" twice, "from" on one line and
    # "to" on the other; each end takes its own line.
    d = doc(
        page(
            [
                (
                    50,
                    [
                        (40, "Named insured"),
                        (130, "Leah M. Kowalczyk"),
                        (330, "Policy period from"),
                        (430, "2025-06-15"),
                    ],
                ),
                (
                    64,
                    [
                        (40, "Address"),
                        (130, "52 Kortright Crescent"),
                        (330, "Policy period to"),
                        (430, "2026-06-15"),
                    ],
                ),
            ]
        )
    )
    assert plain(run(d, ["insured", "start_date", "end_date", "period_start", "period_end"])) == {
        "insured": "Leah M. Kowalczyk",
        "start_date": D(2025, 6, 15),
        "end_date": D(2026, 6, 15),
        "period_start": D(2025, 6, 15),
        "period_end": D(2026, 6, 15),
    }
    # A range on one line still gives both ends.
    d = stacked(["Policy period from 15/06/2025 to 14/06/2026"])
    assert plain(run(d, ["start_date", "end_date"])) == {
        "start_date": D(2025, 6, 15),
        "end_date": D(2026, 6, 14),
    }


def test_a_polish_traffic_fine_reads_under_its_own_labels() -> None:
    # A "mandat karny": the ticket, the fine and the points head columns over their values;
    # the offence's date and the payment's deadline stand beside their labels.
    d = doc(
        page(
            [
                (
                    50,
                    [(40, "Seria i numer mandatu"), (200, "Kwota grzywny"), (330, "Punkty karne")],
                ),
                (64, [(40, "MK 0482173"), (200, "800,00 zł"), (330, "5")]),
                (90, [(40, "Data wykroczenia"), (160, "14.05.2025")]),
                (104, [(40, "Termin zapłaty"), (160, "21.05.2025")]),
            ]
        )
    )
    fields = ["ticket_number", "fine_amount", "penalty_points", "offence_date", "due_date"]
    assert plain(run(d, fields)) == {
        "ticket_number": "MK 0482173",
        "fine_amount": 800.0,
        "penalty_points": 5,
        "offence_date": D(2025, 5, 14),
        "due_date": D(2025, 5, 21),
    }


def test_a_tax_rate_reads_under_its_labels_in_several_languages() -> None:
    assert value(stacked(["Net 100.00", "VAT rate: 20%", "VAT 20.00"]), "vat_rate") == 20
    assert value(stacked(["Taux de TVA : 5,5 %", "Montant TVA : 5,50 €"]), "tax_rate") == 5.5
    # A Swiss receipt's tax line, the rate and the tax it contains under their headings.
    d = doc(
        page(
            [
                (
                    50,
                    [(40, "MWST-Satz"), (150, "Betrag inkl. MWST"), (300, "darin enthaltene MWST")],
                ),
                (64, [(40, "8.1 %"), (150, "1’884.00"), (300, "141.17")]),
            ]
        )
    )
    assert plain(run(d, ["vat_rate", "vat_amount"])) == {"vat_rate": 8.1, "vat_amount": 141.17}


def test_a_body_shops_estimate_and_the_insurers_claim_number() -> None:
    d = stacked(
        ["Kostenvoranschlag Nr. KV-25-0736", "Datum 07.04.2025 Schaden-Nr. RV-KH-2025-117034"]
    )
    assert plain(run(d, ["estimate_number", "claim_number"])) == {
        "estimate_number": "KV-25-0736",
        "claim_number": "RV-KH-2025-117034",
    }


def test_a_salesman_by_initial_and_surname_is_not_the_vendor_a_letterhead_names() -> None:
    # A German car dealer's invoice: "Verkäufer" is the salesman there.
    lines = ["Autohaus Brenner & Söhne GmbH", "Industriestraße 41 · 76189 Karlsruhe"]
    d = stacked([*lines, "Rechnungs-Nr. FZ-2025-00318", "Verkäufer: M. Yilmaz"])
    assert value(d, "vendor") == "Autohaus Brenner & Söhne GmbH"
    # Without a firm in the letterhead, the name the label gives stays the vendor.
    assert value(stacked(["BILL OF SALE", "Seller: J. Okafor", "Buyer: Dana Reyes"]), "vendor") == (
        "J. Okafor"
    )


def test_a_field_named_by_its_unit_reads_the_quantity_printed_before_the_unit() -> None:
    # An EV charging receipt: the energy as "38,74 kWh", and a price per kWh that is no
    # quantity of it.
    d = stacked(["Price per kWh: NOK 4,69", "Energy delivered 38,74 kWh", "Total NOK 181,69"])
    assert value(d, "kwh") == 38.74
    assert value(stacked(["Distance driven 1 257 km", "Rate 2,36 per km"]), "km") == 1257


def test_a_repair_orders_number_reads_under_its_abbreviation() -> None:
    # A dealer's repair order: "RO NUMBER" over the number, a tag number beside it.
    d = doc(
        page([(60, [(376, "RO NUMBER"), (476, "TAG")]), (71, [(376, "618204"), (476, "T-47")])])
    )
    assert value(d, "repair_order_number") == "618204"
    assert value(stacked(["R/O # 55120", "Advisor: K. Lim"]), "repair_order_number") == "55120"


def test_a_belgian_structured_communication_is_the_payment_reference_where_it_stands() -> None:
    # Its label broken over two lines, the communication on a third: its own shape and its
    # mod-97 check say what it is.
    lines = ["Gelieve te betalen met gestructureerde", "mededeling:", "+++010/0104/82246+++"]
    assert value(stacked(lines), "payment_reference") == "+++010/0104/82246+++"
    assert value(stacked(["***090/9337/55493***"]), "structured_communication") == (
        "***090/9337/55493***"
    )
    # Ten digits whose check fails are no structured communication.
    assert value(stacked(["Note +++010/0104/82245+++"]), "payment_reference") is None


def test_a_name_fields_word_inside_a_sentence_heads_nothing_below_it() -> None:
    # "owner's" in a receipt's small print is no heading over the owner's name: the next
    # line of the sentence is no name.
    d = stacked(
        [
            "MOTOR TAX RECEIPT",
            "Amount paid €180.00",
            "Your motor tax disc will be posted to the registered owner's address within 10"
            " working days. You must display",
            "the disc on the windscreen. If the disc has not arrived after 10 working days,"
            " please contact the office.",
        ]
    )
    assert value(d, "owner") is None


def test_a_korean_repair_statements_supply_value_and_vat() -> None:
    d = stacked(["공급가액 266,000원", "부가가치세 (10%) 26,600원", "합계 금액 292,600원"])
    assert plain(run(d, ["subtotal", "vat_amount", "total"])) == {
        "subtotal": 266000,
        "vat_amount": 26600,
        "total": 292600,
    }


def test_a_booking_date_reads_under_booked() -> None:
    d = stacked(
        ["Booking reference ALV-6184327", "Booked: 2025-05-02 14:27", "Departure 2025-06-20"]
    )
    assert value(d, "booking_date") == D(2025, 5, 2)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Fenwick Road Garage Ltd, registered in England and Wales no. 08417723.", "08417723"),
        ("Company No. 08417723", "08417723"),
        ("Kvarterbil ApS · CVR 38472917", "38472917"),
        ("상호(법인명) 주식회사 한빛오토서비스 사업자등록번호 214-81-67300", "214-81-67300"),
        ("KvK-nummer: 81234567", "81234567"),
    ],
)
def test_a_company_registration_number_reads_under_its_registers_names(
    line: str, number: str
) -> None:
    assert value(stacked(["Invoice", line]), "company_registration_number") == number


def test_the_tax_summed_over_its_rates_beats_each_rates_line() -> None:
    d = stacked(["20.00% Net 1,758.79 VAT 351.76", "0.00% Net 12.00 VAT 0.00", "Total VAT 351.76"])
    assert value(d, "vat_amount") == 351.76


def test_a_total_including_gst_beats_the_balance_left_after_a_payment() -> None:
    d = stacked(
        ["GST: $72.10", "Total Inc. GST: $793.10", "Paid Today: $200.00", "Balance Due: $593.10"]
    )
    assert plain(run(d, ["total", "balance_due"])) == {"total": 793.1, "balance_due": 593.1}


def test_an_e_way_bill_number_is_not_the_invoices() -> None:
    d = stacked(["E-Way Bill No. : 2918 4407 3361", "Invoice No: INV/24-25/0318"])
    assert value(d, "invoice_number") == "INV/24-25/0318"


@pytest.mark.parametrize(
    "line",
    [
        "Customer Order No.: DF-PO-5523",
        "Buyer's Order No. DF-PO-5523",
        "P.O./S.O. Number: DF-PO-5523",
        "Uw referentie: DF-PO-5523",
    ],
)
def test_the_customers_order_number_is_the_po_number(line: str) -> None:
    assert value(stacked(["INVOICE", line]), "po_number") == "DF-PO-5523"


def test_accents_drawn_apart_from_their_letters_do_not_break_labels() -> None:
    # pdfLaTeX's OT1 fonts draw "č" as "c" and a caron of its own: "DIČ" reads "DIC ˇ".
    rows = [
        (60, [(40, "DIC"), (52, "ˇ"), (73, "CZ08123454")]),
        (74, [(40, "Datum zdanˇ. plneˇní"), (160, "12. 3. 2025")]),
    ]
    assert plain(run(doc(page(rows)), ["vat_number", "tax_point_date"])) == {
        "vat_number": "CZ08123454",
        "tax_point_date": D(2025, 3, 12),
    }


def test_an_export_invoices_value_its_dates_and_its_buyers_order() -> None:
    rows = [
        (
            30,
            [
                (40, "KAVERI HANDLOOM EXPORTS PVT. LTD."),
                (300, "Invoice No. KHE/EXP/2024-25/0387 dt. 20.02.2025"),
            ],
        ),
        (60, [(40, "Buyer’s Order No. & Date"), (200, "NHL-PO-25-0144 dt. 08.01.2025")]),
        (400, [(40, "Total FOB value"), (300, "22,750"), (450, "96,206.00")]),
        (414, [(40, "TOTAL CIF VALUE HAMBURG (EUR)"), (450, "99,368.40")]),
    ]
    packing = [
        (400, [(40, "Total net weight: 5,986.90 kg")]),
        (414, [(40, "Total gross weight: 6,481.30 kg")]),
    ]  # fmt: skip
    got = run(doc(page(rows), page(packing, number=2)), ["invoice_date", "total", "po_number"])
    assert plain(got) == {
        "invoice_date": D(2025, 2, 20),
        "total": 99368.4,
        "po_number": "NHL-PO-25-0144",
    }


def test_a_balance_carried_over_a_page_break_is_not_the_statements() -> None:
    first = [
        (100, [(40, "02/01/25 BALANCE FORWARD"), (500, "18,406.52")]),
        (700, [(40, "BALANCE CARRIED FORWARD"), (500, "60,721.69")]),
    ]
    second = [
        (100, [(40, "BALANCE BROUGHT FORWARD"), (500, "60,721.69")]),
        (400, [(40, "Previous balance"), (500, "18,406.52")]),
    ]
    got = run(doc(page(first), page(second, number=2)), ["opening_balance", "closing_balance"])
    assert plain(got) == {"opening_balance": 18406.52, "closing_balance": None}
    # "report" inside a line on a later page is a report, not the French "Report" of a carry
    later = [(100, [(40, "Total"), (300, "€ 120.00"), (400, "as in the monthly report")])]
    front = [(100, [(40, "Expense report")]), (120, [(40, "Advance paid"), (500, "€ 500.00")])]
    assert value(doc(page(front), page(later, number=2)), "total") == 120.0


def test_a_number_under_a_boxed_title_past_a_line_of_the_address_beside_it() -> None:
    # A Latin American title box at the right; the seller's address lines run at the left.
    rows = [
        (60, [(40, "Casa Matriz: Av. Frei Montalva 9950"), (420, "FACTURA ELECTRÓNICA")]),
        (73, [(40, "Sucursal: Calle Blanco 1020, Valparaíso")]),
        (78, [(458, "Nº 58214")]),
        (92, [(40, "Teléfono: +56 2 2948 3310")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "58214"
    unlabelled = [
        (60, [(40, "Av. Industrial 1245, Arequipa"), (371, "FACTURA ELECTRÓNICA")]),
        (73, [(40, "Tel. (054) 43-2871")]),
        (80, [(402, "F001-00004563")]),
    ]
    assert value(doc(page(unlabelled)), "invoice_number") == "F001-00004563"


def test_dated_after_another_documents_number_is_that_documents_date() -> None:
    rows = [
        (40, [(40, "Tax Invoice", 14, True), (300, "Invoice No: 88-1203")]),
        (60, [(40, "(Export under LUT ARN AD330924017772K dated 02/04/2023)")]),
        (80, [(40, "Against PO 55120 dated 18/02/2024")]),
        (100, [(300, "Date: 07/03/2024")]),
    ]
    assert value(doc(page(rows)), "invoice_date") == D(2024, 3, 7)
    # after this document's own title and number, "dated" still dates it
    assert value(stacked(["Invoice No. 4711 dated 3 May 2024"]), "invoice_date") == D(2024, 5, 3)


def test_dated_after_a_word_of_its_cell_dates_that_document() -> None:
    rows = [
        (40, [(40, "Invoice No.", 9, True), (160, "Date", 9, True), (260, "Terms", 9, True)]),
        (54, [(40, "INV-10482"), (160, "Feb 28, 2025"), (260, "Net 30")]),
        (80, [(300, "Engagement letter dated December 9, 2024")]),
    ]
    assert value(doc(page(rows)), "invoice_date") == D(2025, 2, 28)
    # "Dated" heading a column of the header grid, beside "Invoice No.", is this document's
    grid = [
        (40, [(40, "Invoice No."), (200, "Dated")]),
        (54, [(40, "GST/24-25/118"), (200, "14-Mar-2025")]),
        (80, [(40, "Buyer's Order No."), (200, "Dated")]),
        (94, [(40, "PO-7781"), (200, "2-Mar-2025")]),
    ]
    assert value(doc(page(grid)), "invoice_date") == D(2025, 3, 14)


def test_a_wordmark_gives_way_to_the_firm_whose_words_it_runs_together() -> None:
    rows = [
        (40, [(40, "WISTULAsystemy", 24, True), (400, "Data wystawienia: 2024-05-31")]),
        (120, [(40, "Sprzedawca", 9, True), (300, "Nabywca", 9, True)]),
        (134, [(40, "Wistula Systemy Sp. z o.o."), (300, "Hurtownia Volt-Pol S.A.")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Wistula Systemy Sp. z o.o."


def test_a_logo_gives_way_to_a_legal_name_that_follows_its_trade_name() -> None:
    rows = [
        (40, [(40, "Sabores do Douro", 22, True), (420, "FATURA", 16, True)]),
        (60, [(420, "FT A2024/1187")]),
        (80, [(40, "Sabores do Douro - Distribuição Alimentar, Lda.", 9)]),
        (94, [(40, "Rua de Cedofeita, 412", 9)]),
    ]
    got = run(doc(page(rows)), ["vendor", "invoice_number"])
    assert plain(got) == {
        "vendor": "Sabores do Douro - Distribuição Alimentar, Lda.",
        "invoice_number": "FT A2024/1187",
    }


@pytest.mark.parametrize(
    ("logo", "firm"),
    [
        ("V&F", "Vandenbroucke & Fils BV/SRL"),
        ("C R O W N", "Marina Crown Hotels & Resorts L.L.C."),
    ],
    ids=["initials", "letter-spaced"],
)
def test_a_logo_of_initials_or_spaced_letters_gives_way_to_the_firm(logo: str, firm: str) -> None:
    rows = [
        (40, [(40, logo, 26, True), (420, "INVOICE", 18, True)]),
        (780, [(40, f"{firm} · 12 Rue Royale · 1000 Brussels", 7)]),
    ]
    assert value(doc(page(rows)), "vendor") == firm


@pytest.mark.parametrize(
    "line",
    [
        "Denominazione: Termoidraulica Rossi & Figli S.r.l.",
        "Nome/Razão Social: Lumen Consultoria em Tecnologia Ltda.",
    ],
    ids=["italian-key", "brazilian-key"],
)
def test_a_company_names_key_is_not_part_of_it(line: str) -> None:
    rows = [(40, [(40, "FATTURA", 18, True)]), (80, [(40, line)])]
    assert value(doc(page(rows)), "vendor") == line.split(": ", 1)[1]


def test_a_row_of_column_headings_is_no_party_section() -> None:
    # An itinerary's "FROM" heads a column of airports, not the issuer's block.
    rows = [
        (40, [(40, "BALTIC SKYWAYS", 18, True)]),
        (200, [(40, "DATE"), (100, "FLIGHT"), (160, "FROM"), (240, "TO"), (320, "DEP")]),
        (214, [(40, "22MAR"), (100, "BS 641"), (160, "RIGA RIX"), (240, "AMSTERDAM AMS"),
               (320, "07:10")]),
        (780, [(40, "Baltic Skyways AS · Registration No. 40003245752", 7)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "Baltic Skyways AS"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Laskun numero: 20251187", "Eräpäivä: 19.03.2025", "Maksettava yhteensä 1 234,50 €"],
         ("20251187", D(2025, 3, 19), 1234.5, "EUR")),
        (["Számla sorszáma: KT-2025-00412", "Fizetési határidő: 2025.03.04.",
          "Fizetendő: 1 234 567 Ft"], ("KT-2025-00412", D(2025, 3, 4), 1234567.0, "HUF")),
        (["No. Faktur: INV/2025/02/00318", "Jatuh Tempo: 26/03/2025",
          "Total Tagihan Rp 27.472.500"], ("INV/2025/02/00318", D(2025, 3, 26), 27472500.0, "IDR")),
        (["Număr factură: DLS-2025-0087", "Data scadenței: 21.02.2025",
          "Total de plată 5.831,10 lei"], ("DLS-2025-0087", D(2025, 2, 21), 5831.1, "RON")),
        (["Αριθμός Τιμολογίου: 387", "Ημερομηνία λήξης: 13/04/2025", "Σύνολο 1.234,56 €"],
         ("387", D(2025, 4, 13), 1234.56, "EUR")),
        (["청구번호: HB-250311-07", "결제기한: 2025년 4월 10일", "합계금액 ₩3,630,000"],
         ("HB-250311-07", D(2025, 4, 10), 3630000.0, "KRW")),
    ],
    ids=["finnish", "hungarian", "indonesian", "romanian", "greek", "korean"],
)  # fmt: skip
def test_invoice_labels_in_more_languages(
    lines: list[str], expected: tuple[str, dt.date, float, str]
) -> None:
    d = stacked(lines)
    got = run(d, ["invoice_number", "due_date", "total", "currency"])
    assert tuple(plain(got).values()) == expected


def test_a_letter_spaced_title_is_not_the_vendor() -> None:
    rows = [
        (40, [(240, "S Z Á M L A", 22, True)]),
        (90, [(40, "Kovács és Társa Építőipari Kft.", 10, True)]),
    ]
    assert value(doc(page(rows)), "vendor") == "Kovács és Társa Építőipari Kft."


def test_a_document_title_in_another_language_is_not_the_vendor() -> None:
    rows = [
        (40, [(40, "Nordlys AS", 14, True), (420, "FAKTURA", 22)]),
        (60, [(40, "Storgata 1, 0155 Oslo", 9)]),
        (120, [(40, "Å betale NOK 15 625,00")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Nordlys AS"


def test_vendor_from_a_company_suffix_never_the_customer() -> None:
    rows = [
        (40, [(40, "INVOICE", 18, True)]),
        (100, [(40, "Bill to:")]),
        (114, [(40, "Big Buyer GmbH")]),
        (130, [(40, "Hauptstraße 1, 10115 Berlin")]),
        (300, [(40, "Total: 10,00 €")]),
        (780, [(40, "Kessler Systems Ltd · 4 King Street · Leeds LS1 4AP", 7)]),
    ]
    found = run(doc(page(rows)), ["seller_name"])["seller_name"]
    assert found is not None and found.value == "Kessler Systems Ltd"
    assert found.rule == "company-suffix"


def test_vendor_from_a_seller_section_with_name_key() -> None:
    rows = [
        (40, [(40, "Seller", 10, True)]),
        (56, [(40, "Number:"), (140, "549910")]),
        (72, [(40, "Name:"), (140, "Lieferant GmbH")]),
        (88, [(40, "Address:"), (140, "Lieferantenstraße 20")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Lieferant GmbH"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bill To: Contoso Pharmaceuticals, 1 Main St, Boston MA", "Contoso Pharmaceuticals"),
        ("Bill To: ACME GmbH · Hauptstraße 5 · 10115 Berlin", "ACME GmbH"),
        ("Bill To: Linear Orbit, Inc.", "Linear Orbit, Inc."),  # a comma inside the name
    ],
    ids=["comma-address", "dot-separated", "comma-in-name"],
)
def test_a_party_on_one_line_with_its_address_is_the_name_only(line: str, expected: str) -> None:
    rows = [(40, [(40, "Northwind Traders", 20, True)]), (100, [(40, line)])]
    assert value(doc(page(rows)), "customer") == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Jane Cooper", "Acme Research Ltd", "Acme Research Ltd"),  # a contact over the firm
        ("MVM Musterhafter", "Versicherungsverein Musterstadt a.G.",
         "MVM Musterhafter Versicherungsverein Musterstadt a.G."),  # one name on two lines
        ("Acme Holdings", "Group GmbH", "Acme Holdings Group GmbH"),  # the suffix line alone
    ],
    ids=["contact-over-firm", "long-firm-name", "suffix-tail"],
)  # fmt: skip
def test_a_party_block_of_two_name_lines(first: str, second: str, expected: str) -> None:
    rows = [
        (40, [(40, "Northwind Traders", 20, True)]),
        (100, [(40, "Bill to", 10, True)]),
        (114, [(40, first)]),
        (128, [(40, second)]),
        (142, [(40, "12 Harbour Road, Leeds")]),
    ]
    assert value(doc(page(rows)), "customer") == expected


def test_a_party_heading_beside_another_blocks_heading_reads_the_name_under_it() -> None:
    rows = [
        (40, [(40, "Google", 20)]),
        (100, [(40, "Bill to", 10, True), (250, "Details", 10, True)]),
        (114, [(40, "Acme Research Ltd"), (250, "Invoice date")]),
        (128, [(40, "10 Downing Lane"), (250, "Jun 30, 2024")]),
    ]
    assert value(doc(page(rows)), "customer") == "Acme Research Ltd"


# ----------------------------------------------------------------------------- field specs


def test_pattern_is_tried_first() -> None:
    d = doc(page([(50, [(40, "Order ref ORD-99812 placed online")]), (70, [(40, "Total 5.00")])]))
    found = run(d, {"order": r"ORD-(\d+)"})["order"]
    assert found is not None and found.value == "99812" and found.rule == "pattern"
    assert found.bbox is not None and found.page == 1


def test_pattern_value_is_typed_by_kind() -> None:
    d = doc(page([(50, [(40, "Paid 12,50 EUR on 2024-05-01")])]))
    assert value(d, "paid", Field(kind="amount", pattern=r"Paid ([\d,]+)")) == 12.5


def test_custom_labels_replace_the_built_in_ones() -> None:
    d = doc(page([(50, [(40, "Invoice No: 111")]), (70, [(40, "Beleg-ID: 222")])]))
    assert value(d, "invoice_number") == "111"
    assert value(d, "invoice_number", Field(labels=["Beleg-ID"])) == "222"


def test_a_name_with_no_built_in_knowledge_becomes_its_labels() -> None:
    d = doc(page([(50, [(40, "Contract No. C-7781")]), (70, [(40, "Project code: Apollo")])]))
    assert value(d, "contract_number") == "C-7781"
    assert value(d, "project_code") == "Apollo"


def test_a_row_of_headings_gives_the_values_under_them() -> None:
    # A bill of lading's and a payslip's boxes: small headings over their values.
    rows = [
        (100, [(40, "CARRIER NAME"), (260, "SHIP DATE"), (400, "SCAC")]),
        (112, [(40, "Prairie Arrow Freight Lines, Inc."), (260, "03/19/2025"), (400, "PAFL")]),
        (140, [(40, "NI NUMBER"), (160, "TAX CODE"), (260, "NI CATEGORY"), (400, "TAX PERIOD")]),
        (152, [(40, "JT 48 22 71 C"), (160, "1257L"), (260, "A"), (400, "Month 11")]),
    ]
    got = plain(run(doc(page(rows)), ["carrier", "tax_code", "ship_date"]))
    assert got == {
        "carrier": "Prairie Arrow Freight Lines, Inc.",  # "Carrier name" is its label too
        "tax_code": "1257L",  # a code of digits and a letter
        "ship_date": D(2025, 3, 19),
    }


def test_a_field_whose_name_says_nothing_of_words_takes_an_identifier() -> None:
    # A customs broker's "Bill of Entry" and a clinic's "NPI": numbers, though the field
    # names say nothing of one; a field of words (a name, a description) takes none.
    rows = [
        (100, [(40, "Bill of Entry"), (124, "101-25-0418773"), (310, "Flexographic press")]),
        (116, [(40, "NPI"), (124, "1457382910")]),
        (132, [(40, "Patient name"), (124, "40471")]),
        (148, [(40, "Description"), (124, "4711-2")]),
    ]
    got = plain(run(doc(page(rows)), ["bill_of_entry", "npi", "patient_name", "description"]))
    assert got["bill_of_entry"] == "101-25-0418773"
    assert got["npi"] == "1457382910"
    assert got["patient_name"] is None
    assert got["description"] is None


def test_a_number_under_a_title_wrapped_in_its_box() -> None:
    # A Chilean SII box: the document's title on two lines over its number.
    rows = [
        (74, [(45, "y repuestos industriales"), (425, "NOTA DE DÉBITO")]),
        (88, [(45, "Tel. +56 2 2948 7100"), (432, "ELECTRÓNICA")]),
        (106, [(452, "Nº"), (467, "1187")]),
        (154, [(52, "Señor(es):"), (104, "FUNDICIÓN LOS ANDES LTDA.")]),
    ]
    assert value(doc(page(rows)), "debit_note_number") == "1187"


def test_an_nfe_access_key_in_its_groups() -> None:
    rows = [
        (100, [(349, "CHAVE DE ACESSO")]),
        (112, [(349, "3525 0307 1834 2600 0177 5500 1000 0482 1714 0918 2733")]),
    ]
    assert value(doc(page(rows)), "access_key") == (
        "3525 0307 1834 2600 0177 5500 1000 0482 1714 0918 2733"
    )


def test_a_row_of_labels_and_their_values_is_no_row_of_headings() -> None:
    rows = [
        (
            100,
            [(40, "Employee Code"), (130, "DA-10427"), (300, "Employee Name"), (390, "Ananya K")],
        ),
        (116, [(40, "Designation"), (130, "Analyst"), (300, "Department"), (390, "Finance")]),
    ]
    assert value(doc(page(rows)), "employee_code") == "DA-10427"


def test_a_label_that_ends_a_sentence_in_its_cell_is_beside_no_value() -> None:
    # "(none - see freight terms)" and, in the next box, special instructions.
    rows = [
        (100, [(40, "THIRD PARTY FREIGHT CHARGES BILL TO"), (300, "SPECIAL INSTRUCTIONS")]),
        (112, [(40, "(none - see freight terms)"), (300, "Liftgate required at delivery.")]),
    ]
    assert value(doc(page(rows)), "freight_terms") is None


def test_a_field_named_for_a_name_is_found_under_the_bare_word() -> None:
    rows = [(100, [(40, "MEMBER")]), (112, [(40, "Gregory Tallis Whitfield")])]
    assert value(doc(page(rows)), "member_name") == "Gregory Tallis Whitfield"


def test_amount_due_is_an_amount_although_its_name_says_due() -> None:
    d = doc(page([(50, [(40, "Balance due: $40.00")])]))
    assert value(d, "amount_due") == 40.0


# ----------------------------------------------------------------------------- multi-page


def test_multi_page_total_last_header_fields_first() -> None:
    first = page(
        [(50, [(40, "Invoice Number: A-1")]), (70, [(40, "Total"), (300, "Amount")])], number=1
    )
    second = page(
        [(50, [(40, "Invoice Number: A-1-COPY")]), (700, [(300, "Total"), (450, "$1,000.00")])],
        number=2,
    )
    got = run(doc(first, second), ["invoice_number", "total"])
    assert got["invoice_number"] is not None and got["invoice_number"].value == "A-1"
    assert got["total"] is not None and (got["total"].value, got["total"].page) == (1000.0, 2)


# ----------------------------------------------------------------------------- the extractor


def test_fingerprint_picklable_and_repr() -> None:
    a, b = RulesExtractor(), RulesExtractor(dayfirst=True)
    assert a.fingerprint() != b.fingerprint()
    assert RULES_VERSION in a.fingerprint()
    clone = pickle.loads(pickle.dumps(b))
    assert clone.dayfirst is True and clone.fingerprint() == b.fingerprint()
    assert RulesExtractor.in_worker is True and a.name == "rules"
    assert "dayfirst=True" in repr(b)


# ----------------------------------------------------------------------------- real PDFs


def test_pdf_label_beside_and_european_numbers() -> None:
    pdf = (
        Pdf()
        .text(15, 20, "Falkenberg Analytics GmbH", 16, True)
        .text(15, 40, "Rechnungsnummer: RE-2024-0042")
        .text(15, 46, "Rechnungsdatum: 05.03.2024")
        .text(120, 100, "Zwischensumme")
        .right(195, 100, "1.000,00 EUR")
        .text(120, 106, "MwSt. 19 %")
        .right(195, 106, "190,00 EUR")
        .text(120, 112, "Gesamtbetrag", bold=True)
        .right(195, 112, "1.190,00 EUR", bold=True)
    )
    got = extract_pdf(pdf, ["invoice_number", "invoice_date", "total", "currency", "vendor"])
    assert plain(got) == {
        "invoice_number": "RE-2024-0042",
        "invoice_date": D(2024, 3, 5),
        "total": 1190.0,
        "currency": "EUR",
        "vendor": "Falkenberg Analytics GmbH",
    }
    for found in got.values():
        assert found is not None and found.page == 1 and found.bbox is not None
        x0, top, x1, bottom = found.bbox
        assert 0 <= x0 < x1 <= 595.3 and 0 <= top < bottom <= 841.9


def test_pdf_label_above_two_column_and_totals_block_with_total_column() -> None:
    pdf = Pdf().text(15, 20, "Blue Harbor Supplies", 18, True).text(150, 20, "INVOICE", 18, True)
    pdf.text(15, 40, "Invoice No.", 8).text(75, 40, "Date", 8).text(135, 40, "Due Date", 8)
    pdf.text(15, 45, "INV-000731").text(75, 45, "03/14/2024").text(135, 45, "04/13/2024")
    pdf.text(15, 60, "PO Number", bold=True).text(70, 60, "4500012345")
    pdf.text(15, 80, "Description", 9, True).right(195, 80, "Total", 9, True)
    for i, (desc, amount) in enumerate([("Cloud hosting", "120.00"), ("Support", "80.00")]):
        pdf.text(15, 87 + 7 * i, desc, 9).right(195, 87 + 7 * i, amount, 9)
    pdf.text(140, 110, "Subtotal").right(195, 110, "$200.00")
    pdf.text(140, 116, "Tax (8.25%)").right(195, 116, "$16.50")
    pdf.text(140, 122, "Total", bold=True).right(195, 122, "$216.50", bold=True)
    names = ["invoice_number", "invoice_date", "due_date", "po_number", "total", "tax", "vendor"]
    got = extract_pdf(pdf, names)
    assert plain(got) == {
        "invoice_number": "INV-000731",
        "invoice_date": D(2024, 3, 14),
        "due_date": D(2024, 4, 13),
        "po_number": "4500012345",
        "total": 216.5,
        "tax": 16.5,
        "vendor": "Blue Harbor Supplies",
    }


def test_pdf_multi_page_total_on_the_last_page() -> None:
    pdf = Pdf().text(15, 20, "Invoice #: 5521").text(15, 26, "Invoice date: 1 Feb 2024")
    pdf.text(15, 40, "Description", 9, True).right(195, 40, "Amount", 9, True)
    for i in range(30):
        pdf.text(15, 47 + 7 * i, f"Item {i + 1}", 9).right(195, 47 + 7 * i, "10.00", 9)
    pdf.new_page().text(15, 20, "Invoice #: 5521 (continued)")
    pdf.text(140, 40, "Total due", bold=True).right(195, 40, "£300.00", bold=True)
    got = extract_pdf(pdf, ["invoice_number", "invoice_date", "total", "currency"])
    assert got["invoice_number"] is not None and got["invoice_number"].page == 1
    assert got["total"] is not None and (got["total"].value, got["total"].page) == (300.0, 2)
    assert got["invoice_date"] is not None and got["invoice_date"].value == D(2024, 2, 1)
    assert got["currency"] is not None and got["currency"].value == "GBP"


def test_pdf_us_invoice_with_balance_due_and_a_date_column() -> None:
    pdf = Pdf().text(15, 20, "Redwood Landscaping", 14, True).right(195, 20, "INVOICE", 20, True)
    pdf.text(15, 50, "BILL TO", 8, True).text(15, 55, "Cobalt Realty Inc.")
    pdf.text(140, 50, "INVOICE #", 8, True).right(195, 50, "1037", 9)
    pdf.text(140, 55, "DATE", 8, True).right(195, 55, "01/15/2024", 9)
    pdf.text(15, 80, "DATE", 8, True).text(40, 80, "ACTIVITY", 8, True).right(195, 80, "AMOUNT", 8)
    pdf.text(15, 87, "01/10/2024", 9).text(40, 87, "Rock fountain", 9).right(195, 87, "275.00", 9)
    pdf.text(140, 110, "TOTAL", 9).right(195, 110, "275.00", 9)
    pdf.text(140, 118, "BALANCE DUE", 10, True).right(195, 118, "$275.00", 14, True)
    names = ["invoice_number", "invoice_date", "total", "balance_due", "vendor", "customer"]
    got = extract_pdf(pdf, names)
    assert plain(got) == {
        "invoice_number": "1037",
        "invoice_date": D(2024, 1, 15),
        "total": 275.0,
        "balance_due": 275.0,
        "vendor": "Redwood Landscaping",
        "customer": "Cobalt Realty Inc.",
    }


def test_pdf_german_letter_sender_line_and_info_block() -> None:
    pdf = Pdf().text(20, 45, "Muster Handwerk GmbH · Werkstraße 5 · 50667 Köln", 7)
    pdf.text(20, 55, "Firma").text(20, 60, "Beispielkunde AG").text(20, 65, "10115 Berlin")
    pdf.text(125, 55, "Rechnungs-Nr.:", 9).text(160, 55, "2024-0815", 9)
    pdf.text(125, 60, "Kunden-Nr.:", 9).text(160, 60, "4711", 9)
    pdf.text(125, 65, "Lieferdatum:", 9).text(160, 65, "10.01.2024", 9)
    pdf.text(125, 70, "Datum:", 9).text(160, 70, "15.01.2024", 9)
    pdf.text(110, 125, "Nettobetrag", 9).right(190, 125, "100,00 €", 9)
    pdf.text(110, 130, "zzgl. 19 % USt.", 9).right(190, 130, "19,00 €", 9)
    pdf.text(110, 136, "Rechnungsbetrag", 10, True).right(190, 136, "119,00 €", 10, True)
    pdf.text(20, 280, "Muster Handwerk GmbH", 7).text(
        80, 280, "IBAN DE89 3704 0044 0532 0130 00", 7
    )
    names = ["invoice_number", "date", "total", "tax", "seller", "customer", "iban"]
    got = extract_pdf(pdf, names)
    assert plain(got) == {
        "invoice_number": "2024-0815",
        "date": D(2024, 1, 15),
        "total": 119.0,
        "tax": 19.0,
        "seller": "Muster Handwerk GmbH",
        "customer": "Beispielkunde AG",
        "iban": "DE89370400440532013000",
    }


def test_pdf_till_receipt_number_and_shop_name_in_body_size_bold() -> None:
    # A till receipt: the shop's name is the first line, bold but no bigger than the rest.
    pdf = Pdf().text(30, 15, "CAFE ROMA", 9, True).text(30, 20, "Via Roma 1, Milano", 9)
    pdf.text(30, 30, "Scontrino n. 0042-0117", 9).text(30, 35, "Data: 03/11/2024 12:41", 9)
    pdf.text(30, 45, "Espresso", 9).right(90, 45, "1,20", 9)
    pdf.text(30, 50, "Cornetto", 9).right(90, 50, "1,50", 9)
    pdf.text(30, 60, "TOTALE EURO", 9, True).right(90, 60, "2,70", 9, True)
    got = extract_pdf(pdf, ["receipt_number", "date", "total", "merchant"])
    assert plain(got) == {
        "receipt_number": "0042-0117",
        "date": D(2024, 11, 3),
        "total": 2.7,
        "merchant": "CAFE ROMA",
    }


def test_pdf_credit_note_number_not_the_invoice_it_corrects() -> None:
    pdf = Pdf().text(15, 20, "Acme Robotics Pty Ltd", 14, True).text(150, 20, "CREDIT NOTE", 14)
    pdf.text(15, 40, "Credit Note #: CN-7781").text(15, 46, "Date: 2024-07-09")
    pdf.text(15, 52, "Original invoice: INV-7700")
    pdf.text(120, 80, "Total credit").right(195, 80, "-A$250.00")
    got = extract_pdf(pdf, ["invoice_number", "invoice_date", "total"])
    assert plain(got) == {
        "invoice_number": "CN-7781",
        "invoice_date": D(2024, 7, 9),
        "total": -250.0,
    }


def test_field_labels_are_a_book_of_their_own() -> None:
    from pdfkit_nb.extractors._labels import STRONG, LabelInfo, field_book, label_book, squash

    own = LabelInfo("field:po", STRONG)
    book = field_book((("Purchase Ref", own), ("Total", own)))
    assert label_book() is label_book()  # built once, shared
    assert book.labels == {squash("Purchase Ref"): (own,), squash("Total"): (own,)}
    assert book.prefixes == {k[:i] for k in book.labels for i in range(1, len(k) + 1)}


def test_a_fields_own_label_does_not_hide_a_built_in_one_inside_it() -> None:
    # "New balance" (closing_balance's) holds "balance" (the amount due's): both are read.
    lines = ["Previous balance $1,226.54", "Payments -$1,226.54", "New balance $2,407.16"]
    got = plain(run(stacked(lines), ["closing_balance", "amount_due", "opening_balance"]))
    assert got == {"closing_balance": 2407.16, "amount_due": 2407.16, "opening_balance": 1226.54}


def test_a_name_set_in_capitals_is_given_as_the_document_writes_it() -> None:
    # Small capitals are capitals in the text layer; the footer writes the name in mixed case.
    rows = [
        (40, [(40, "NORDIC SOCIETY FOR APPLIED TRIBOLOGY", 16, True)]),
        (70, [(40, "Receipt No.: NSAT-R-2024-0419")]),
        (700, [(40, "Nordic Society for Applied Tribology · Box 112 · 412 96 Göteborg")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Nordic Society for Applied Tribology"
    # Written nowhere else: as printed.
    assert value(doc(page(rows[:2])), "vendor") == "NORDIC SOCIETY FOR APPLIED TRIBOLOGY"


def test_a_receipt_id_is_the_receipts_number() -> None:
    rows = [(50, [(40, "Order #3312847561")]), (64, [(40, "Receipt ID 3312847561")])]
    assert value(doc(page(rows)), "invoice_number") == "3312847561"


@pytest.mark.parametrize(
    ("line", "vendor"),
    [
        (
            "This receipt was sent on behalf of WildThymeCeramics. Etsy, Inc., 117 Adams St",
            "Etsy, Inc.",
        ),
        ("Goods supplied by Harbour Tools Ltd, Unit 4", "Harbour Tools Ltd"),
        ("Smith Bros. Ltd · 12 Mill Lane", "Smith Bros. Ltd"),
    ],
    ids=["sentence-before", "by", "abbreviation-kept"],
)
def test_a_company_named_in_prose_starts_where_its_name_does(line: str, vendor: str) -> None:
    rows = [(700, [(40, line)])]
    assert value(doc(page(rows)), "vendor") == vendor


@pytest.mark.parametrize("name", ["Friends of Nature Ltd", "Institute of Physics Ltd"])
def test_of_inside_a_company_name_stays(name: str) -> None:
    # "of" is also a date's label after a title ("Invoice of 3 May"): not here, with no title.
    assert value(doc(page([(700, [(40, f"{name}, 37 Caledonian Road")])])), "vendor") == name


def test_no_amount_is_read_from_an_iban() -> None:
    # The total's label inside a sentence that ends in the account: "6677" is no amount.
    rows = [
        (50, [(40, "Te betalen € 1.004,93")]),
        (64, [(40, "Gelieve het totaalbedrag over te maken op NL42 RABO 0315 6677 04")]),
    ]
    assert value(doc(page(rows)), "total") == 1004.93


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        (["TOTAL: $1,300.00", "(MIL TRESCIENTOS PESOS 00/100 M.N.)"], "MXN"),
        (["Total $1,300.00", "RFC: TGA190312KT5"], "MXN"),
        (["Total $1,300.00", "Paid by card"], "USD"),
    ],
    ids=["moneda-nacional", "rfc", "nothing-mexican"],
)
def test_a_bare_dollar_sign_on_a_mexican_document_is_the_peso(
    lines: list[str], currency: str
) -> None:
    d = stacked(lines)
    assert value(d, "currency") == currency


@pytest.mark.parametrize(
    ("hint", "date"),
    [("(CUATRO MIL PESOS 50/100 M.N.)", "2025-09-05"), ("Paid by card", "2025-05-09")],
    ids=["peso-day-first", "dollar-month-first"],
)
def test_a_pesos_dates_read_day_first_a_dollars_month_first(hint: str, date: str) -> None:
    lines = ["Fecha de pago: 05/09/2025", "TOTAL PAGADO $ 4,607.50", hint]
    assert value(stacked(lines), "invoice_date") == dt.date.fromisoformat(date)


def test_a_bare_folio_with_its_colon_is_the_receipts_number() -> None:
    lines = ["RECIBO DE PAGO DE COLEGIATURA", "Folio: A-018472", "Fecha de pago: 05/09/2025"]
    assert value(stacked(lines), "receipt_number") == "A-018472"
    # Not the CFDI's fiscal folio, a UUID with its own name.
    lines = ["Folio fiscal (UUID): 6F3A9C1E-55B2", "Folio: 1047", "Total $1,300.00"]
    assert value(stacked(lines), "invoice_number") == "1047"
    # A CFDI titled with its series and folio: the title's number, whole.
    lines = ["FACTURA FA-4821", "Serie: FA", "Folio: 4821", "Total $1,300.00"]
    assert value(stacked(lines), "invoice_number") == "FA-4821"


@pytest.mark.parametrize(
    ("name", "line", "number"),
    [
        ("student_curp", "CURP: GOHM120503HDFNRT09", "GOHM120503HDFNRT09"),
        ("candidate_pesel", "PESEL: 03281504768", "03281504768"),
        ("claimant_ico", "IČO: 72000104", "72000104"),
    ],
)
def test_a_persons_number_named_by_its_acronym_reads_under_it(
    name: str, line: str, number: str
) -> None:
    lines = ["Alumno: Mateo González Hernández", line, "Matrícula: SEC-2025-0318"]
    assert value(stacked(lines), name) == number


def test_a_school_is_the_letterhead_not_the_word_in_prose() -> None:
    rows = [
        (40, [(40, "Scoil Mhuire Gan Smál", 16, True), (300, "Roll No. 71482K")]),
        (54, [(40, "Co-educational Voluntary Secondary School")]),
        (100, [(40, "OFFICIAL RECEIPT")]),
        (114, [(40, "Students"), (300, "Number of students: 2")]),
        (128, [(40, "Voluntary contribution 2025/26"), (400, "€150.00")]),
        (160, [(40, "Payment is not a condition of enrolment or of participation in any")]),
        (174, [(40, "school activity. Please retain this receipt.")]),
    ]
    got = plain(run(doc(page(rows)), ["school", "student_count"]))
    assert got == {"school": "Scoil Mhuire Gan Smál", "student_count": 2}


@pytest.mark.parametrize(
    ("name", "line", "want"),
    [
        ("student_number", "N° étudiant 22408917", "22408917"),
        ("student_name", "Alumno: Mateo González Hernández", "Mateo González Hernández"),
        ("student_name", "Uczeń: Katarzyna Wiśniewska", "Katarzyna Wiśniewska"),
        ("course_name", "Kurs: Buchhaltung für Einsteiger", "Buchhaltung für Einsteiger"),
        ("child_name", "Barn: Elsa Lindqvist", "Elsa Lindqvist"),
    ],
)
def test_a_students_childs_or_courses_field_reads_its_label_in_other_languages(
    name: str, line: str, want: str
) -> None:
    lines = ["Avis n° AP-2025-0091837", line, "Date d'émission 12/09/2025"]
    assert value(stacked(lines), name) == want


def test_a_south_african_document_groups_its_money_by_spaces_without_a_sign() -> None:
    lines = [
        "Karoo Ridge Lodge (Pty) Ltd",
        "GUEST FOLIO / TAX INVOICE",
        "Accommodation (5 nights) 9 250.00",
        "Total charges (incl. VAT) 12 739.50",
        "VAT included at 15% 1 661.67",
        "Less: advance deposit received -3 000.00",
        "Balance due 9 739.50",
    ]
    got = plain(run(stacked(lines), ["total", "vat_amount", "advance_deposit", "balance_due"]))
    assert got == {
        "total": 12739.5,
        "vat_amount": 1661.67,
        "advance_deposit": 3000.0,
        "balance_due": 9739.5,
    }
    # Elsewhere, a number before an amount stays apart from it: "2" widgets at 150.00.
    lines = ["Harbour Tools Ltd", "Widgets 2 150.00", "Total 2 150.00"]
    assert value(stacked(lines), "total") == 150.0


def test_an_employer_without_a_label_is_the_letterhead() -> None:
    rows = [
        (40, [(40, "Corvallis Instruments, Inc.", 14, True), (330, "EMPLOYEE EXPENSE REPORT")]),
        (56, [(40, "2150 NW Kings Blvd, Corvallis, OR 97330")]),
        (80, [(40, "Employee name: Rachel Ostrowski"), (330, "Report number: ER-2025-0931")]),
        (200, [(40, "Amount reimbursable to employee"), (330, "1,870.29")]),
        (214, [(40, "I certify that the expenses listed were incurred for business purposes.")]),
    ]
    got = plain(run(doc(page(rows)), ["employer", "employee"]))
    assert got == {"employer": "Corvallis Instruments, Inc.", "employee": "Rachel Ostrowski"}


@pytest.mark.parametrize(
    ("name", "rows", "want"),
    [
        ("tip", [(40, "Fare total (incl. VAT)"), (300, "£91.40")], None),
        ("tip", [(40, "Gratuity"), (300, "£8.00")], 8.0),
        ("tip", [(40, "Pourboire"), (300, "10,00")], 10.0),
        ("covers", [(40, "Serveur : Mathis  Couverts : 4")], 4),
        ("nights", [(40, "Übernachtungen"), (300, "4 Nächte")], 4),
        ("city_tax", [(40, "Beherbergungssteuer Dresden"), (300, "33,36")], 33.36),
        ("city_tax", [(40, "Taxe de séjour"), (300, "6,60 €")], 6.6),
        ("travel_date", [(40, "Data viaggio:"), (300, "14/10/2025")], dt.date(2025, 10, 14)),
        ("seat", [(40, "Sitzplatz:"), (300, "64 Fenster")], "64 Fenster"),
    ],
)
def test_a_trips_and_a_stays_fields_read_under_their_labels(
    name: str, rows: list[Cell], want: Any
) -> None:
    page_rows = [(40, [(40, "Elbblick Hotel GmbH", 14, True)]), (100, rows)]
    assert value(doc(page(page_rows)), name) == want


@pytest.mark.parametrize(
    ("line", "digits"),
    [
        ("Carte bancaire VISA **** **** **** 4821", "4821"),
        ("Card number: 4862 **** **** 6042", "6042"),
        ("Form of payment Visa ending in 7712, approval 08421C", "7712"),
        ("Statement for the year ending 2024", None),
    ],
)
def test_a_cards_last_four_digits_are_read_where_it_is_printed_masked(
    line: str, digits: str | None
) -> None:
    lines = ["Brasserie Le Quai", "TOTAL TTC 142,80", line]
    assert value(stacked(lines), "card_last4") == digits


@pytest.mark.parametrize(
    ("name", "line", "want"),
    [
        ("ticket_number", "승차권번호 82114-1120-10734-52", "82114-1120-10734-52"),
        ("booking_reference", "예약번호 HB2511-660473", "HB2511-660473"),
        ("passenger", "승객명 김민준", "김민준"),
        ("total", "결제금액 59,800원", 59800),
        ("check_in", "チェックイン： 2025年10月28日 15:00", dt.date(2025, 10, 28)),
    ],
)
def test_a_korean_or_japanese_tickets_and_stays_labels(name: str, line: str, want: Any) -> None:
    label, text = line.split(" ", 1)
    rows = [
        (40, [(40, "한빛고속철도 승차권 영수증", 14, True)]),
        (80, [(40, label), (160, text)]),
        (120, [(40, "본 영수증은 부가가치세법에 따른 영수증으로 사용할 수 있습니다.")]),
    ]
    assert value(doc(page(rows)), name) == want


def test_an_airline_passengers_title_is_no_part_of_the_name() -> None:
    lines = ["ELECTRONIC TICKET RECEIPT", "Passenger: HARTLEY/DANIEL MR", "Ticket 016 2318447190"]
    assert value(stacked(lines), "passenger") == "HARTLEY/DANIEL"
    # A name printed otherwise keeps its title.
    lines = ["ELECTRONIC TICKET RECEIPT", "Passenger: Mr Daniel Hartley", "Seat 12A"]
    assert value(stacked(lines), "passenger") == "Mr Daniel Hartley"


def test_a_row_of_a_grid_of_keys_and_values_heads_no_column() -> None:
    # "Reisende | Ingrid Solheim | Fartøy | MS Hardangerfjord" has no figure in it, as a row of
    # headings would not; the row over it, with its cells in the same places, has them.
    rows = [
        (100, [(54, "Kjøpsdato"), (167, "29.07.2025"), (315, "Ankomst"), (428, "Stavanger 06:15")]),
        (114, [(54, "Reisende"), (167, "Ingrid Solheim"), (315, "Fartøy"), (428, "MS Fjord")]),
        (140, [(54, "Strekning: Bergen – Stavanger (nattrute)")]),
    ]
    assert value(doc(page(rows)), "passenger") == "Ingrid Solheim"


def test_a_numbered_fields_label_opens_its_cell_after_its_number() -> None:
    rows = [
        (100, [(63, "1. Anställd"), (160, "Johan Ekström"), (299, "2. Anst.nr"), (365, "2207")]),
        (114, [(63, "3. Resmål"), (160, "Oslo, Norge")]),
    ]
    assert value(doc(page(rows)), "employee") == "Johan Ekström"


@pytest.mark.parametrize(
    ("name", "line", "want"),
    [
        ("reimbursable_total", "Amount reimbursable to employee 1,870.29", 1870.29),
        ("reimbursable_total", "Att utbetala 5 208,90", 5208.9),
        ("mileage_allowance", "Bilersättning 1 550,00", 1550.0),
        ("per_diem", "Verpflegungsmehraufwand 3 Tage 84,00", 84.0),
        ("meal_deduction", "Avdrag måltider −435,60", 435.6),
        ("travel_end", "6. Hemkomst 2025-11-06 kl. 21:15", dt.date(2025, 11, 6)),
        ("distance_miles", "Distance 34.6 miles", 34.6),
    ],
)
def test_an_expense_claims_figures_read_under_their_labels(name: str, line: str, want: Any) -> None:
    lines = ["Nordhamn Konsult AB", "5. Avresa 2025-11-03 kl. 06:40", line, "Underskrift anställd"]
    assert value(stacked(lines), name) == want


@pytest.mark.parametrize(
    ("name", "line", "want"),
    [
        ("entry_date", "Inrit: 24-09-2025 08:12", dt.date(2025, 9, 24)),
        ("exit_date", "Uitrit: 26-09-2025 17:46", dt.date(2025, 9, 26)),
        ("subtotal", "Bedrag excl. BTW 68,10", 68.1),
        ("fuel_litres", "Litros: 52,38", 52.38),
        ("fuel_charge", "Refuelling charge 43,24", 43.24),
        ("receipt_number", "Číslo účtenky: 2025/09/1847", "2025/09/1847"),
        ("fare", "Jízdné: 728 Kč", 728.0),
    ],
)
def test_a_car_parks_a_fuel_stations_and_a_taxis_receipt_labels(
    name: str, line: str, want: Any
) -> None:
    lines = ["KWITANTIE / BETALINGSBEWIJS", line, "TOTAAL EUR 82,40"]
    assert value(stacked(lines), name) == want


def test_what_is_left_to_pay_is_the_total_only_where_no_other_total_is() -> None:
    lines = [
        "Total ilíquido 4 860,00",
        "IVA 23% s/ taxa de serviço 34,50",
        "Total da fatura 4 894,50",
        "Sinal recebido em 15/10/2025 -1 500,00",
        "Valor a pagar 3 394,50",
    ]
    got = plain(run(stacked(lines), ["total", "amount_due"]))
    assert got == {"total": 4894.5, "amount_due": 3394.5}
    assert value(stacked(["Consumo de água 41,20", "Valor a pagar 52,80"]), "total") == 52.8


def test_a_turkish_limited_companys_legal_form_ends_its_name() -> None:
    rows = [
        (40, [(40, "BOĞAZİÇİ VIP TRANSFER TURİZM LTD. ŞTİ.", 14, True)]),
        (56, [(40, "Halaskargazi Cad. No: 214, Şişli / İstanbul")]),
        (100, [(40, "e-Arşiv Fatura")]),
    ]
    assert value(doc(page(rows)), "vendor") == "BOĞAZİÇİ VIP TRANSFER TURİZM LTD. ŞTİ."


@pytest.mark.parametrize(
    "line",
    ["Sconto CartaFreccia Corporate -20,00 €", "Rabatt -20,00 €", "Descuento -20,00 €"],
)
def test_a_discount_reads_under_its_name_in_other_languages(line: str) -> None:
    lines = ["Tariffa Business Economy (adulto) 109,90 €", line, "Totale 89,90 €"]
    assert value(stacked(lines), "discount") == 20.0


def test_a_canadian_hst_registration_after_reg_hash() -> None:
    lines = ["Sul Lago Hospitality Inc.", "HST Reg. # 784129363 RT0001", "TOTAL 142.95"]
    assert value(stacked(lines), "hst_number") == "784129363RT0001"


def test_a_room_rate_per_night_as_a_folio_states_it() -> None:
    lines = ["Grand total (INR) 30,309.70", "Room tariff per night: Rs. 7,800.00 (3 nights)"]
    assert value(stacked(lines), "room_rate") == 7800.0


def test_a_charge_named_by_what_it_is_for_reads_its_rows_one_amount() -> None:
    rows = [
        (100, [(40, "Description"), (300, "Qty"), (400, "Amount NZD")]),
        (114, [(40, 'Meeting room "Kupe" (per hour)'), (300, "2"), (400, "90.00")]),
        (128, [(40, "Laundry - express (6 pcs)"), (300, "640.00"), (360, "57.60"), (420, "57.60")]),
    ]
    got = plain(run(doc(page(rows)), ["meeting_room_fee", "laundry_charges"]))
    # A row of several amounts does not say which is the charge.
    assert got == {"meeting_room_fee": 90.0, "laundry_charges": None}


def test_a_name_after_its_key_in_two_languages() -> None:
    rows = [
        (100, [(40, "ΠΩΛΗΤΗΣ / RETAILER"), (320, "ΤΑΞΙΔΙΩΤΗΣ / TRAVELLER")]),
        (114, [(40, "ΚΟΣΜΗΜΑΤΑ ΕΡΜΟΥ Ι.Κ.Ε."), (320, "Ονοματεπώνυμο / Name: WILSON, EMMA CLAIRE")]),
        (128, [(40, "Ερμού 112, 105 54 Αθήνα"), (320, "Passport No.: HX7731842")]),
    ]
    assert value(doc(page(rows)), "traveller") == "WILSON, EMMA CLAIRE"


@pytest.mark.parametrize("label", ["Mitarbeiter/in", "Mitarbeiter:in", "Mitarbeiter*in"])
def test_a_label_with_its_ending_for_both_genders(label: str) -> None:
    rows = [
        (40, [(40, "Alpenrhein Mess AG", 14, True)]),
        (100, [(59, label), (187, "Reto Baumgartner"), (314, "Personalnummer"), (442, "40718")]),
        (300, [(40, "Abzüglich Vorschuss vom 03.10.2025"), (400, "-600.00")]),
    ]
    got = plain(run(doc(page(rows)), ["employee", "advance_payment"]))
    assert got == {"employee": "Reto Baumgartner", "advance_payment": 600.0}


@pytest.mark.parametrize(
    "line",
    [
        "Kontingent svømning, børnehold, efterår 2025 1.150,00",
        "Jahresbeitrag Aktivmitglied 2025 1.150,00",
        "Cotisation annuelle 2025 1.150,00",
        "Annual membership 2025 1.150,00",
    ],
)
def test_a_membership_fee_reads_under_its_name_in_the_languages_read(line: str) -> None:
    lines = ["FAKTURA - KONTINGENT EFTERÅR 2025", line, "I alt at betale 1.150,00"]
    assert value(stacked(lines), "membership_fee") == 1150.0


def test_a_discount_of_some_kind_reads_under_the_word_for_discount() -> None:
    lines = ["Corso individuale di pianoforte 540,00", "Sconto fratelli 10% sui corsi -66,00"]
    assert value(stacked(lines), "sibling_discount") == 66.0


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["COLEGIO ATENEA DE COYOACÁN, A.C.", "Av. Miguel Ángel de Quevedo 1184", "Folio: A-1"],
            "COLEGIO ATENEA DE COYOACÁN, A.C.",
        ),
        (
            ["Grupo Industrial Norte, S.A.B. de C.V.", "RFC GIN850101AB1", "Factura A-1001"],
            "Grupo Industrial Norte, S.A.B. de C.V.",
        ),
        (["Comercial Andina S.A.C.", "Av. Arequipa 1450, Lima"], "Comercial Andina S.A.C."),
        (["Les Entreprises Tremblay Ltée", "1200 boul. Laurier, Québec"], None),
        (["Holzbau Huber Ges.m.b.H.", "Hauptstraße 4, 4020 Linz"], None),
        (["Volksbank Mittelhessen eG", "Schiffenberger Weg 110, 35394 Gießen"], None),
        (["Ventas Norte S.L.U.", "C/ Mayor 4, 28013 Madrid"], None),
        (["Harbour Capital Partners, L.P.", "200 Park Avenue, New York"], None),
        (["Hackney Food Bank CIC", "12 Mare Street, London E8 1HR"], None),
        (["Karoo Lodge CC", "PO Box 44, Prince Albert 6930"], None),
        (["Kowalski i Wspólnicy sp.k.", "ul. Długa 5, 00-238 Warszawa"], None),
        (["Müller & Partner Rechtsanwälte PartG mbB", "Kaiserstraße 9, 60311 Frankfurt"], None),
        (["Kinoklub Morava, z. s.", "Černá louka 3235, 702 00 Ostrava"], None),
        (["上海云栈信息科技有限公司", "地址：上海市浦东新区张江路 88 号", "发票号码：0441"], None),
        (
            ["한빛고속철도 승차권 영수증", "합계 59,800원", "한빛고속철도(주) 대표이사 김철수"],
            "한빛고속철도(주)",
        ),
        (  # a French form opening the name, in the footer under a brand in capitals
            ["QUAI SAINT-VINCENT", "Table 12", "TOTAL TTC 84,50 EUR",
             "SAS Quai Saint-Vincent - RCS Lyon 812 345 678"],
            "SAS Quai Saint-Vincent",
        ),
    ],
    ids=[
        "mx-ac", "mx-sab", "pe-sac", "ca-ltee", "at-gesmbh", "de-eg", "es-slu", "us-lp",
        "uk-cic", "za-cc", "pl-spk", "de-partg", "cz-zs", "cn", "kr", "fr-prefix",
    ],
)  # fmt: skip
def test_more_legal_forms_name_the_issuer(lines: list[str], expected: str | None) -> None:
    assert value(stacked(lines), "vendor") == (expected or lines[0])


def test_a_french_form_after_the_name_or_before_a_number_opens_no_name() -> None:
    lines = ["Boulangerie Dupont SAS", "SAS au capital de 10 000 € - RCS Lyon 812 345 678"]
    assert value(stacked(lines), "vendor") == "Boulangerie Dupont SAS"


def test_a_bilingual_letterhead_gives_the_name_in_latin_letters() -> None:
    lines = [
        "港聯停車場有限公司",
        "Harbour Link Car Parks Limited",
        "香港金鐘道 95 號 95 Queensway, Hong Kong",
        "收據 RECEIPT",
    ]
    assert value(stacked(lines), "vendor") == "Harbour Link Car Parks Limited"


def test_a_typed_letterhead_in_mixed_case_over_its_contacts_names_the_issuer() -> None:
    head = [
        "Idrætsforeningen Skovlunde Svømning",
        "Ballerup Idrætsby, Svømmehallen, Baltorpvej 158, 2750 Ballerup",
        "CVR-nr. 29471835 - kasserer@isk-svoem.example - tlf. 44 55 18 20",
    ]
    addressee = ["Mette Kjær Hansen", "Skovlunde Byvej 41, 1. tv.", "2740 Skovlunde"]
    rest = ["FAKTURA - KONTINGENT EFTERÅR 2025", "Fakturanr.: 2025-0784"]
    assert value(stacked(head + addressee + rest), "vendor") == head[0]
    # An addressee's block heading the page has no contacts under it: no issuer.
    assert value(stacked(addressee + rest), "vendor") is None


@pytest.mark.parametrize("heading", ["Betalningsmottagare", "Rechnungsempfänger", "Příjemce"])
def test_a_blocks_heading_naming_its_role_is_no_name(heading: str) -> None:
    lines = [heading, "Ebba Lindqvist", "Skolgatan 14 B", "753 12 Uppsala", "Summa 1 234,00"]
    assert value(stacked(lines), "payee") == "Ebba Lindqvist"


@pytest.mark.parametrize(
    ("lines", "name", "expected"),
    [
        (["Mid-roll sponsorship: 184,250 impressions at CPM $38.00 $7,001.50"], "impressions",
         184250.0),
        (["Ep. Title Delivered impressions", "112 Droving 22,410", "113 Shearers 23,105",
          "Mid-roll: 45,515 impressions at CPM $38.00 $1,729.57"], "impressions", 45515.0),
        (["Flight 1: 22 spots, drive time 1,200.00"], "spots", 22.0),
        (["Hotel stay 4 nights at 120.00 480.00"], "nights", 4.0),
        (["Final guest numbers: 85 guests", "Canapé package 85 covers $42.00 $3,570.00"],
         "guests", 85.0),
        (["Keg rental 12 kegs 30.00 360.00"], "kegs", 12.0),
    ],
    ids=["sentence", "over-a-column", "spots", "nights", "covers-for-guests", "kegs"],
)  # fmt: skip
def test_a_count_is_read_before_the_noun_its_field_is_named_for(
    lines: list[str], name: str, expected: float
) -> None:
    assert value(stacked(lines), name) == expected


def test_a_typed_letterhead_may_give_its_trade_before_its_address() -> None:
    lines = [
        "LUCÍA HERRERO MONTALBÁN",
        "Traducción e interpretación EN/FR > ES",
        "NIF: 48172936B",
        "C/ San Vicente Ferrer, 52, 3º izda.",
        "FACTURA",
        "Nº de factura: 2025/047",
    ]
    assert value(stacked(lines), "vendor") == "LUCÍA HERRERO MONTALBÁN"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Project: Hamburg – Hafenherbst 2025", "Hamburg – Hafenherbst 2025"),
        ("Campaign: Spring / Summer 2025", "Spring / Summer 2025"),
        ("Project: – Die Fähre von Meilen –", "Die Fähre von Meilen"),
    ],
)
def test_a_dash_or_slash_between_a_texts_words_is_kept(line: str, expected: str) -> None:
    name = "project_name" if line.startswith("Project") else "campaign_name"
    assert value(stacked([line]), name) == expected


def test_a_chinese_brand_over_its_firms_name_gives_the_firm() -> None:
    rows = [
        (40, [(40, "澜舟文艺", 22.0, True)]),
        (70, [(40, "上海澜舟文艺出版社有限公司")]),
        (90, [(40, "上海市长宁区延安西路1228号 邮编200052")]),
        (120, [(40, "结算单号：LZ-BS-2025-0416")]),
    ]
    assert value(doc(page(rows)), "vendor") == "上海澜舟文艺出版社有限公司"


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Redovisningsnummer KV-2025-Q3-01846", "statement_number", "KV-2025-Q3-01846"),
        ("Redovisningsdatum 2025-10-15", "statement_date", D(2025, 10, 15)),
        ("Afregningsnummer: AF-2025-118", "statement_number", "AF-2025-118"),
        ("Afrekeningnummer: 2025-0418", "statement_number", "2025-0418"),
    ],
)
def test_a_royalty_or_commission_statements_number_and_date(
    line: str, name: str, expected: object
) -> None:
    assert value(stacked([line]), name) == expected


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Projekt: «Die Fähre von Meilen»", "project_name", "Die Fähre von Meilen"),
        ("Proyecto: Catálogo Otoño", "project_name", "Catálogo Otoño"),
        ("Campaign: “Serra Alta – Primavera 2025”", "campaign_name", "Serra Alta – Primavera 2025"),
        ("Project: Joe's “big” plan", "project_name", "Joe's “big” plan"),
    ],
)
def test_a_project_in_its_language_and_a_title_out_of_its_quotes(
    line: str, name: str, expected: str
) -> None:
    assert value(stacked([line]), name) == expected


def _items() -> Document:
    return doc(
        page(
            [
                (40, [(40, "Description"), (300, "Qty"), (360, "Rate"), (440, "Amount")]),
                (60, [(40, "Monthly SEO retainer, November"), (300, "1"), (440, "1,25,000.00")]),
                (75, [(40, "(technical SEO, on-page work)")]),
                (
                    90,
                    [
                        (40, "Photographs, print rights"),
                        (300, "4"),
                        (360, "75.00"),
                        (440, "300.00"),
                    ],
                ),
                (105, [(40, "Desktop license, 5 seats"), (300, "1"), (440, "$420.00")]),
                (120, [(40, "Cue sheet and licence administration"), (440, "250.00")]),
                (128, [(40, "MOT test, class 4"), (360, "54.85"), (400, "0.00"), (440, "54.85")]),
                (142, [(40, "Laundry"), (300, "640.00"), (360, "57.60"), (440, "57.60")]),
                (156, [(40, "Travel expenses"), (300, "1"), (440, "86.40")]),
                (170, [(40, "Travel expenses, second trip"), (300, "1"), (440, "12.00")]),
                (185, [(300, "Subtotal"), (440, "2,018.40")]),
                (200, [(300, "Service period 01/11/2025 to 30/11/2025")]),
            ]
        )
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("retainer_fee", 125000.0),
        ("photo_fee", 300.0),  # a word's start: "Photographs"
        ("desktop_licence_fee", 420.0),  # both words, either spelling
        ("admin_fee", 250.0),
        ("test_fee", 54.85),  # net, tax and gross: the gross
        ("laundry_cost", None),  # amounts of no product or sum: which is not said
        ("travel_cost", None),  # two lines of different amounts: which is not said
        ("service_fee", None),  # a line that names it but ends in no amount
        ("shipping_fee", None),  # no line names it
        ("net_price", None),  # a kind of amount, no item
    ],
)
def test_a_fee_no_label_names_is_the_amount_of_the_line_item_it_is_named_for(
    name: str, expected: float | None
) -> None:
    assert value(_items(), name) == expected


def test_a_title_field_reads_a_bare_title_label_where_nothing_better_names_it() -> None:
    lines = ["Author Royalty Statement", "Title: The Salt Road Letters", "Format: Hardcover"]
    assert value(stacked(lines), "book_title") == "The Salt Road Letters"
    named = ["Title: Ms", "Book title: The Salt Road Letters"]
    assert value(stacked(named), "book_title") == "The Salt Road Letters"
    # In prose the word is no label.
    assert value(stacked(["The title of the work is owned by the author."]), "book_title") is None


def test_a_firm_named_with_and_co_reads_whole_under_a_logo_of_its_first_words() -> None:
    rows = [
        (30, [(360, "Saltbush & Co. Catering Pty Ltd", 8)]),
        (44, [(40, "Saltbush & Co.", 24, True)]),
        (80, [(40, "ABN 25 627 184 395")]),
        (100, [(40, "Tax Invoice")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Saltbush & Co. Catering Pty Ltd"


@pytest.mark.parametrize(
    "line",
    [
        "Bill to: Kopi & Kaya Concepts Pte. Ltd. (UEN 201924871N) · 21 Tanjong Pagar Road",
        "Bill to: Kopi & Kaya Concepts Pte. Ltd. (Reg. No. 201924871N)",
    ],
)
def test_a_partys_registry_number_in_brackets_is_no_part_of_its_name(line: str) -> None:
    lines = ["Lion City Kitchen Services Pte. Ltd.", "TAX INVOICE", line]
    assert value(stacked(lines), "customer") == "Kopi & Kaya Concepts Pte. Ltd."


def test_a_party_word_that_names_the_document_or_runs_on_in_a_wordmark_is_no_label() -> None:
    rows = [
        (40, [(40, "KEYSTONE·MERCHANT", 16, True), (420, "MERCHANT STATEMENT", 12, True)]),
        (60, [(400, "Keystone Merchant Services, LLC")]),
        (80, [(400, "Statement period: 09/01/2025 - 09/30/2025")]),
        (98, [(40, "HARBOR & VINE BISTRO LLC"), (280, "Merchant ID: 4450 1873 0012 946")]),
        (110, [(40, "415 Water Street")]),
        (122, [(40, "Baltimore, MD 21202")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Keystone Merchant Services, LLC"


def test_a_name_key_over_the_issuers_name_is_no_first_line_of_it() -> None:
    rows = [
        (40, [(40, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA", 12, True)]),
        (110, [(240, "PRESTADOR DE SERVIÇOS", 7.6, True)]),
        (123, [(44, "Nome / razão social", 6.6)]),
        (130.6, [(44, "Vetor Zero Controle de Pragas Ltda", 8.4, True)]),
        (139.5, [(74, "Nome fantasia: VETOR ZERO DEDETIZAÇÃO", 6.6)]),
        (160, [(44, "Endereço", 6.6)]),
        (170, [(44, "Rua Itapecerica, 1.184 – Belo Horizonte/MG")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Vetor Zero Controle de Pragas Ltda"


def test_a_japanese_month_end_invoices_row_of_figures() -> None:
    heads = ["前回御請求額", "御入金額", "繰越金額", "今回御買上額", "消費税額", "今回御請求額"]
    figures = ["¥1,184,560", "¥1,100,000", "¥84,560", "¥361,172", "¥28,993", "¥474,725"]
    rows = [
        (40, [(200, "御請求書", 16, True)]),
        (70, [(40, "締日 2025年10月31日")]),
        (84, [(300, "登録番号：T8011001084726")]),
        (110, [(40 + 80 * k, h) for k, h in enumerate(heads)]),
        (124, [(40 + 80 * k, f) for k, f in enumerate(figures)]),
    ]
    names = ["amount_due", "previous_balance", "current_purchases", "consumption_tax"]
    got = plain(run(doc(page(rows)), [*names, "closing_date", "registration_number"]))
    assert got == {
        "amount_due": 474725.0,
        "previous_balance": 1184560.0,
        "current_purchases": 361172.0,
        "consumption_tax": 28993.0,
        "closing_date": D(2025, 10, 31),
        "registration_number": "T8011001084726",
    }
    # Asked alone, the bill is this month's, not the last one's.
    assert value(doc(page(rows)), "amount_due") == 474725.0


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Dönem başlangıç 13.10.2025", "Dönem bitiş 19.10.2025"),
        ("Beginn des Zeitraums: 13.10.2025", "Ende des Zeitraums: 19.10.2025"),
        ("Début de période : 13/10/2025", "Fin de période : 19/10/2025"),
        ("Inicio del periodo: 13/10/2025", "Fin del periodo: 19/10/2025"),
        ("Początek okresu: 13.10.2025", "Koniec okresu: 19.10.2025"),
    ],
)
def test_a_periods_first_and_last_day_under_labels_of_their_own(first: str, last: str) -> None:
    got = plain(run(stacked(["Raport", first, last]), ["period_start", "period_end"]))
    assert got == {"period_start": D(2025, 10, 13), "period_end": D(2025, 10, 19)}


def test_a_period_printed_as_period_from_and_period_to() -> None:
    rows = [
        (40, [(40, "ROYALTY STATEMENT"), (400, "Period from: 2025-09-01")]),
        (54, [(40, "Maple Crust Pizza Franchising Inc."), (400, "Period to: 2025-09-30")]),
    ]
    got = plain(run(doc(page(rows)), ["period_start", "period_end"]))
    assert got == {"period_start": D(2025, 9, 1), "period_end": D(2025, 9, 30)}


@pytest.mark.parametrize(
    "line",
    [
        "Tarkastukseen käytetty aika yhteensä 3,5 h, tuntiveloitus 78,00 EUR/h",
        "Stundenansatz gemäss Offerte: CHF 78.00 pro Stunde.",
        "Taux horaire : 78,00 €",
        "Stawka godzinowa: 78,00 zł",
    ],
)
def test_an_hourly_rate_in_the_languages_read(line: str) -> None:
    assert (
        value(stacked(["Lasku / Rechnung / Facture", line, "Total 365,50"]), "hourly_rate") == 78.0
    )


def test_a_total_of_the_tax_or_of_the_goods_before_tax_is_not_the_total() -> None:
    lines = [
        "Totaal goederen excl. btw 2.047,10",
        "Totaal btw 401,16",
        "Leeggoed aangerekend 611,40",
        "Leeggoed teruggenomen −441,90",
        "Te betalen € 2.617,76",
    ]
    got = plain(run(stacked(lines), ["total", "vat_amount"]))
    assert got == {"total": 2617.76, "vat_amount": 401.16}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("합계금액 (공급가액 + 세액) 일금 일백사십만사천오십원정 (₩1,404,050)", 1404050.0),
        ("합계금액 조정 (₩5,000)", -5000.0),  # brackets after no sum in words: a minus
    ],
)
def test_a_sum_in_words_restated_in_brackets_is_no_negative(line: str, expected: float) -> None:
    assert value(stacked(["거 래 명 세 서", line]), "total") == expected


def test_a_brazilian_nfse_is_dated_when_issued_not_when_the_service_was_done() -> None:
    lines = [
        "NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e",
        "Data da execução: 27/10/2025",
        "Data e hora da emissão 28/10/2025 16:42:07",
        "Código de verificação: K7QF2M4X",
    ]
    got = plain(run(stacked(lines), ["invoice_date", "verification_code"]))
    assert got == {"invoice_date": D(2025, 10, 28), "verification_code": "K7QF2M4X"}


def test_an_amount_outside_the_tax_is_not_the_tax() -> None:
    lines = [
        "DAŇOVÝ DOKLAD",
        "DPH 21 % 2 373,21",
        "Zálohy na vratné obaly (mimo DPH) 7 500,00",
        "CELKEM K ÚHRADĚ 32 704,29",
    ]
    assert value(stacked(lines), "vat_amount") == 2373.21


@pytest.mark.parametrize(
    "line", ["Počet položek: 29", "Anzahl Positionen: 29", "Número de artículos: 29"]
)
def test_a_count_of_items_in_the_languages_read(line: str) -> None:
    assert value(stacked(["Doklad / Beleg / Ticket", line, "Celkem 32 704,29"]), "item_count") == 29


def test_a_count_is_never_read_under_a_bare_number_label() -> None:
    lines = ["Factura", "Número: 4471", "Total 120,00"]
    assert value(stacked(lines), "guest_count") is None


def test_the_buyers_number_of_a_kind_no_concept_knows_is_read_in_the_buyers_block() -> None:
    lines = [
        "GASTRO KAPR Cash & Carry s.r.o.",
        "IČO: 27418367 DIČ: CZ27418367",
        "DAŇOVÝ DOKLAD",
        "Odběratel:",
        "Hospoda U Tří lip s.r.o.",
        "IČO: 08614377 DIČ: CZ08614377",
    ]
    got = plain(run(stacked(lines), ["customer_ico", "vendor_ico"]))
    assert got == {"customer_ico": "08614377", "vendor_ico": "27418367"}


def test_a_buyers_number_in_spanish() -> None:
    lines = ["FACTURA DE COMPRAS EN SUBASTA", "Comprador nº: 0417 Semana: 42", "Total 120,00"]
    assert value(stacked(lines), "buyer_number") == "0417"


def test_a_logo_of_words_inside_the_firms_name_is_not_its_first_line() -> None:
    rows = [
        (40, [(40, "Ο ΣΠΟΡΟΣ", 10, True)]),
        (52, [(40, "ΑΡΤΟΠΟΙΕΙΟ Ο ΣΠΟΡΟΣ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.")]),
        (64, [(40, "Λεωφ. Αλεξάνδρας 118, 114 73 Αθήνα")]),
        (100, [(40, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ")]),
        (120, [(40, "Σύνολο 1.366,28")]),
    ]
    assert value(doc(page(rows)), "vendor") == "ΑΡΤΟΠΟΙΕΙΟ Ο ΣΠΟΡΟΣ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε."


def test_a_quantity_in_another_unit_of_the_fields_measure_is_not_it() -> None:
    lines = ["Facture", "Volume : 2,4450 hl", "Volume : 244,50 l", "Total 3 126,20"]
    assert value(stacked(lines), "volume_litres") == 244.5
    assert value(stacked(["Facture", "Volume : 2,4450 hl"]), "volume_litres") is None


def test_excise_duty_and_the_goods_before_tax_in_french() -> None:
    lines = [
        "FACTURE",
        "Total marchandises HT 2 593,80 EUR",
        "Droits d’accises 11,37 EUR",
        "Net à payer TTC 3 126,20 EUR",
    ]
    got = plain(run(stacked(lines), ["excise_duty", "subtotal"]))
    assert got == {"excise_duty": 11.37, "subtotal": 2593.8}


def test_a_licence_number_with_a_year_is_no_postcode_of_an_address() -> None:
    rows = [
        (40, [(40, "Vetor Zero Controle de Pragas Ltda")]),
        (60, [(40, "CPF/CNPJ"), (200, "Inscrição municipal"), (380, "Licença sanitária")]),
        (72, [(40, "31.847.265/0001-53"), (200, "0418273/001-6"), (380, "LS-SMSA 2025/01847")]),
        (120, [(40, "Valor do serviço 1.480,00")]),
    ]
    assert value(doc(page(rows)), "customer") is None


@pytest.mark.parametrize(
    ("line", "name", "expected", "total"),
    [
        (
            "Napkins laundered this period: 1,860. Garment stock on site: 12",
            "napkins_laundered",
            1860,
            "Total 1,104.51",
        ),
        (
            "Volume total livré : 244,50 l – 246 bouteilles",
            "volume_litres",
            244.5,
            "Total 3 126,20",
        ),
    ],
)
def test_a_count_after_words_that_qualify_its_label(
    line: str, name: str, expected: float, total: str
) -> None:
    assert value(stacked(["Invoice / Facture", line, total]), name) == expected


def test_a_turkish_payout_statements_figures() -> None:
    lines = [
        "Haftalık Hakediş Raporu",
        "Toplam sipariş adedi 64",
        "Brüt sipariş tutarı (KDV dahil) 24.735,00 TL",
        "Komisyon %18 -4.344,30 TL",
        "İadeler -455,00 TL",
        "Net hakediş (ödenecek tutar) 13.666,57 TL",
    ]
    fields = ["order_count", "gross_sales", "commission", "net_payout"]
    got = plain(run(stacked(lines), fields))
    assert got == {
        "order_count": 64,
        "gross_sales": 24735.0,
        "commission": -4344.3,
        "net_payout": 13666.57,
    }


def test_a_pool_shared_out_and_the_value_of_one_point() -> None:
    lines = [
        "TRONC DISTRIBUTION STATEMENT",
        "Tronc pool available for distribution (£) 18,458.02",
        "Total points this period 2,278.5",
        "Value per point (£, truncated to 4 decimals) 8.1009",
    ]
    got = plain(run(stacked(lines), ["tronc_pool", "total_points", "point_value"]))
    assert got == {"tronc_pool": 18458.02, "total_points": 2278.5, "point_value": 8.1009}


def test_a_possessive_label_of_another_thing_heads_no_party_name() -> None:
    rows = [
        (40, [(40, "Northgate Umbrella Services Ltd", 14, True)]),
        (60, [(40, "Suite 4, Carrwood Park, Selby Road, Leeds LS15 4LG")]),
        (90, [(40, "Payslip – weekly")]),
        (110, [(40, "Gross pay 24,318.62"), (300, "Employee pension 893.45")]),
        (124, [(40, "Taxable pay 23,425.17"), (300, "Employer's NI 3,289.44")]),
        (138, [(40, "Income tax 4,237.40"), (300, "Net pay 17,875.59")]),
    ]
    assert value(doc(page(rows)), "employer") == "Northgate Umbrella Services Ltd"


@pytest.mark.parametrize(
    ("title", "heads", "label", "amounts"),
    [
        ("Payslip", ("This period", "Year to date"), "Gross pay", ("4,650.68", "45,812.40")),
        ("Loonstrook", ("Betaling", "Cumulatief"), "Brutoloon", ("4.650,68", "45.812,40")),
        ("Výplatní páska", ("Měsíc", "Od začátku roku"), "Hrubá mzda", ("4 650,68", "45 812,40")),
    ],
)
def test_a_payslips_figure_for_the_period_not_the_year_to_date(
    title: str, heads: tuple[str, str], label: str, amounts: tuple[str, str]
) -> None:
    rows = [
        (40, [(40, title)]),
        (80, [(250, heads[0]), (400, heads[1])]),
        (100, [(40, label), (250, amounts[0]), (400, amounts[1])]),
    ]
    assert value(doc(page(rows)), "gross_pay") == 4650.68


def test_a_figure_labelled_as_the_year_to_date_is_not_the_periods() -> None:
    rows = [
        (40, [(40, "PAYSLIP")]),
        (80, [(40, "Net pay year to date: $15,332.66"), (400, "NET PAY")]),
        (96, [(400, "$2,104.64")]),
    ]
    assert value(doc(page(rows)), "net_pay") == 2104.64


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Ücret bordrosu", "Gelir vergisi matrahı 43.520,00", "Gelir vergisi 7.329,47"], 7329.47),
        (["Výplatní páska", "Záloha na daň po slevách 4 945,00"], 4945.0),
        (["Payslip", "PAYE income tax 200.86"], 200.86),
        (["Entgeltabrechnung", "Lohnsteuer 568,25"], 568.25),
    ],
)
def test_the_income_tax_a_payslip_withholds(lines: list[str], expected: float) -> None:
    assert value(stacked(lines), "income_tax") == expected


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Total ilíquido 1.465,34 € · Total de descontos 223,50 €", "gross_pay", 1465.34),
        ("LÍQUIDO TOTAL A PERCIBIR (A - B) 10.395,85 EUR", "net_pay", 10395.85),
        ("Att utbetala 28 069,08 kr", "net_pay", 28069.08),
        ("실지급액 (지급합계 − 공제합계) 3,534,804원", "net_pay", 3534804.0),
    ],
)
def test_a_payslips_gross_and_net_in_the_languages_read(
    line: str, name: str, expected: float
) -> None:
    assert value(stacked(["Recibo / Lönespecifikation / 급여명세서", line]), name) == expected


def test_the_employers_share_is_not_the_employees_contribution() -> None:
    lines = [
        "Payslip",
        "Less: employer's National Insurance (15% above secondary threshold) 157.94",
        "Less: employer pension contribution (3% of qualifying earnings) 25.41",
        "Employee National Insurance 61.64",
        "Employee pension (5%, net pay arrangement) 42.35",
    ]
    got = plain(run(stacked(lines), ["national_insurance", "pension_contribution"]))
    assert got == {"national_insurance": 61.64, "pension_contribution": 42.35}
    assert value(stacked(lines[:3]), "employer_pension_contribution") == 25.41


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Sociální pojištění 7,1 % 3 555,00", "social_insurance", 3555.0),
        ("SGK primi işçi payı (%14) 7.168,00", "social_security", 7168.0),
        ("Total aportación del trabajador a la Seg. Social 179,05", "social_security", 179.05),
        ("건강보험 128,520 보수월액 × 3.545%", "health_insurance", 128520.0),
        ("İşsizlik sigortası işçi payı (%1) 512,00", "unemployment_insurance", 512.0),
    ],
)
def test_a_payslips_contributions_in_the_languages_read(
    line: str, name: str, expected: float
) -> None:
    assert value(stacked(["Výplatní páska / Bordro / 급여명세서", line]), name) == expected


def test_a_rate_and_a_gloss_with_its_base_before_the_amount() -> None:
    rows = [
        (40, [(40, "Loonstrook")]),
        (80, [(40, "Omschrijving"), (380, "Betaling"), (433, "Inhouding"), (488, "Cumulatief")]),
        (
            100,
            [
                (40, "Pensioenpremie werknemer 7,5% (grondslag 1.673,56)"),
                (450, "125,52"),
                (503, "1.362,90"),
            ],
        ),
    ]
    assert value(doc(page(rows)), "pension_contribution") == 125.52


def test_a_date_after_another_label_is_that_labels() -> None:
    lines = [
        "FATTURA N. FE/2025/018473 DATA 28/10/2025",
        "Imponibile 3.796,72",
        "Pagamento: bonifico bancario, 30 gg data fattura - scadenza 27/11/2025",
    ]
    got = plain(run(stacked(lines), ["invoice_date", "due_date"]))
    assert got == {"invoice_date": D(2025, 10, 28), "due_date": D(2025, 11, 27)}


def test_a_partys_number_of_a_kind_no_concept_knows_under_the_numbers_own_label() -> None:
    lines = [
        "Norrlands El & Montage AB Lönespecifikation",
        "Org.nr 556812-4001 Löneperiod 2025-10-01 – 2025-10-31",
        "Anställd: Erik Lundqvist Anst.nr: 2047",
    ]
    assert value(stacked(lines), "employer_org_number") == "556812-4001"
    assert value(stacked(lines), "vendor_org_number") == "556812-4001"


def test_a_korean_payslips_employee_pay_day_and_deductions() -> None:
    rows = [
        (40, [(200, "급 여 명 세 서", 16.0, True)]),
        (
            70,
            [
                (40, "회사명"),
                (90, "주식회사 다온로지스"),
                (250, "사업자등록번호"),
                (330, "214-86-31824"),
            ],
        ),
        (85, [(40, "성명"), (90, "김서연"), (250, "사번"), (330, "A2107")]),
        (100, [(40, "지급일"), (90, "2025년 10월 25일"), (250, "입사일"), (330, "2021.03.02")]),
        (130, [(40, "지급합계"), (200, "4,025,604")]),
        (145, [(40, "공제합계"), (200, "490,800")]),
    ]
    names = ["employee_name", "employee_id", "pay_date", "total_deductions"]
    assert plain(run(doc(page(rows)), names)) == {
        "employee_name": "김서연",
        "employee_id": "A2107",
        "pay_date": D(2025, 10, 25),
        "total_deductions": 490800.0,
    }


def test_a_japanese_statements_title_is_no_employer_and_the_courtesy_no_name() -> None:
    rows = [
        (40, [(200, "賞与明細書", 16.0, True)]),
        (70, [(40, "支給日"), (160, "社員番号"), (260, "氏名")]),
        (85, [(40, "2025年7月10日"), (160, "00731"), (260, "藤村 美咲 様")]),
        (100, [(40, "株式会社湊川精機 〒144-0044 東京都大田区本羽田2-12-7")]),
        (130, [(40, "控除合計 152,021")]),
    ]
    got = plain(run(doc(page(rows)), ["employer", "employee_name", "pay_date"]))
    assert got == {
        "employer": "株式会社湊川精機",
        "employee_name": "藤村 美咲",
        "pay_date": D(2025, 7, 10),
    }


def test_a_chinese_labour_dispatch_settlements_figures() -> None:
    lines = [
        "劳务派遣服务费结算单",
        "结算单号：HX-JS-202510-0417 结算期间：2025年10月1日至2025年10月31日",
        "劳务派遣协议编号 HX-PQ-2024-018 结算日期 2025年11月5日",
        "派遣人数合计：32人",
        "一、应发工资总额（代发） ¥201,711.45",
        "四、管理费（80.00元/人/月） ¥2,560.00",
        "五、增值税（管理费×6%） ¥153.60",
    ]
    names = ["statement_number", "statement_date", "headcount", "wages_total", "management_fee"]
    got = plain(run(stacked(lines), [*names, "vat_amount"]))
    assert got == {
        "statement_number": "HX-JS-202510-0417",
        "statement_date": D(2025, 11, 5),
        "headcount": 32.0,
        "wages_total": 201711.45,
        "management_fee": 2560.0,
        "vat_amount": 153.6,
    }


def test_a_payroll_registers_summary_gives_the_current_column() -> None:
    rows = [
        (40, [(40, "Payroll register")]),
        (
            60,
            [
                (40, "Emp #"),
                (90, "Employee"),
                (200, "Gross pay"),
                (260, "401(k)"),
                (320, "Net pay"),
            ],
        ),
        (
            75,
            [
                (40, "1003"),
                (90, "Whitaker, Avery"),
                (200, "6,730.77"),
                (260, "201.92"),
                (320, "4,506.86"),
            ],
        ),
        (100, [(40, "Employees paid: 28 (salaried 4, hourly 24)")]),
        (
            120,
            [
                (40, "Payroll summary"),
                (200, "Current"),
                (280, "Quarter-to-date"),
                (380, "Year-to-date"),
            ],
        ),
        (
            135,
            [(40, "Gross wages"), (200, "71,501.84"), (280, "146,720.24"), (380, "1,569,814.39")],
        ),
        (150, [(40, "Net pay"), (200, "50,715.37"), (280, "104,997.14"), (380, "1,131,033.39")]),
    ]
    got = plain(run(doc(page(rows)), ["net_pay", "employee_count"]))
    assert got == {"net_pay": 50715.37, "employee_count": 28.0}


def test_a_plan_named_by_its_section_is_no_amount() -> None:
    line = "Gross pay 401(k) Sec 125 Federal W/H Net pay"
    assert (
        value(stacked(["Payroll register", line, "Gross wages 71,501.84"]), "gross_pay") == 71501.84
    )


def test_a_statements_title_alone_on_its_line_is_no_vendor() -> None:
    rows = [
        (40, [(40, "STATEMENT", 20.0, True)]),
        (70, [(40, "Great Lakes Packaging Corporation", 11.0, True)]),
        (85, [(40, "7100 W. 71st Street, Bedford Park, IL 60638")]),
        (120, [(40, "Statement date: 03/31/2025")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Great Lakes Packaging Corporation"


def test_a_credit_in_brackets_round_its_thousands_groups() -> None:
    lines = [
        "TAX CREDIT NOTE",
        "Total excl. VAT R (20 825.00)",
        "VAT @ 15% R (3 123.75)",
        "TOTAL CREDIT R (23 948.75)",
        "Original invoice IN-0188412: R 65 355.60 incl. VAT (VAT R 8 524.64).",
    ]
    got = plain(run(stacked(lines), ["subtotal", "vat_amount", "total"]))
    assert got == {"subtotal": -20825.0, "vat_amount": -3123.75, "total": -23948.75}


def test_a_totals_box_with_its_figures_flush_right_under_the_labels() -> None:
    rows = [
        (40, [(40, "Fattura n. 2025/FE/02418")]),
        (100, [(40, "RIEPILOGO IVA"), (386, "TOTALE IMPONIBILE")]),
        (112, [(511, "1.726,71")]),
        (124, [(40, "Aliquota"), (105, "Natura / descrizione"), (254, "Imponibile €")]),
        (136, [(386, "TOTALE IVA")]),
        (142, [(43, "4,00%"), (105, "beni alimentari"), (254, "1.027,60"), (328, "41,10")]),
        (148, [(522, "161,77")]),
        (160, [(43, "10,00%"), (105, "carni, uova"), (261, "276,11"), (328, "27,61")]),
        (172, [(386, "TOTALE DOCUMENTO")]),
        (184, [(43, "22,00%"), (105, "aliquota ordinaria"), (261, "423,00"), (503, "€ 1.888,48")]),
    ]
    got = plain(run(doc(page(rows)), ["subtotal", "vat_amount", "total"]))
    assert got == {"subtotal": 1726.71, "vat_amount": 161.77, "total": 1888.48}


def test_a_grid_of_one_row_read_where_words_follow_the_figure() -> None:
    rows = [
        (40, [(40, "NFS-e")]),
        (100, [(35, "VALOR DOS SERVIÇOS", 6.0), (124, "DEDUÇÕES", 6.0), (212, "DESCONTO", 6.0)]),
        (107, [(35, "R$ 19.240,00"), (124, "R$ 0,00"), (212, "INCONDICIONADO")]),
        (140, [(35, "VALOR LÍQUIDO DA NFS-E", 6.0)]),
        (147, [(35, "R$ 18.056,74")]),
    ]
    got = plain(run(doc(page(rows)), ["total", "amount_due"]))
    assert got == {"total": 19240.0, "amount_due": 18056.74}


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Summa exkl. moms 33 634,50", "subtotal", 33634.5),
        ("Betala till bankgiro 541-8272, OCR-nummer: 202510475", "payment_reference", "202510475"),
        ("Date 08/11/2025 Time 14:32", "transaction_time", "14:32"),
        ("TOTAL SAVINGS TODAY £4.08", "discount_amount", 4.08),
        ("Total current charges (see detail) 349.59", "total", 349.59),
        ("Your order ref. OGK-1104", "po_number", "OGK-1104"),
        ("N° d'avoir AV-2025-0094", "credit_note_number", "AV-2025-0094"),
        ("今回御買上額（税抜） 239,040", "subtotal", 239040.0),
    ],
)
def test_more_labels_of_an_invoices_fields(line: str, name: str, expected: Any) -> None:
    assert value(stacked(["INVOICE / FAKTURA", line, "Amount due 462.45"]), name) == expected


def test_a_taxes_and_surcharges_field_is_money() -> None:
    lines = ["Business Services Bill", "Taxes and surcharges 27.24", "Total current charges 349.59"]
    assert value(stacked(lines), "taxes_and_surcharges") == 27.24


def test_an_abn_has_eleven_digits_so_a_phone_beside_its_label_is_none() -> None:
    rows = [
        (40, [(40, "TAX INVOICE")]),
        (139, [(54, "TANUNDA SA 5352"), (428, "08 8418 2736")]),
        (144, [(298, "ABN")]),
        (157, [(298, "78 184 273 091")]),
    ]
    assert value(doc(page(rows)), "vendor_abn") == "78184273091"


def test_a_cooperative_is_a_legal_form() -> None:
    rows = [
        (40, [(40, "DRIFTLESS FIBER", 18.0, True), (300, "Business Services Bill")]),
        (62, [(40, "Driftless Fiber & Telephone Cooperative", 10.0, True)]),
        (74, [(40, "210 S Main Street, PO Box 418, Viroqua, WI 54665")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Driftless Fiber & Telephone Cooperative"


def test_the_values_of_a_column_of_keys_are_no_address_block() -> None:
    rows = [
        (43, [(350, "Ihr Ansprechpartner:"), (490, "Sabine Kuttruff")]),
        (52, [(350, "Telefon:"), (490, "07721 418-273")]),
        (62, [(350, "Kundennummer:"), (490, "14027")]),
        (72, [(350, "Lieferschein:"), (490, "LS-25-4471 vom 30.10.2025")]),
        (
            140,
            [(71, "Schwarzwald Präzisionswerkzeuge GmbH · Vöhrenbacher Str. 62 · 78050 VS", 6.0)],
        ),
        (152, [(71, "Maschinenbau Kessler GmbH & Co. KG")]),
        (164, [(71, "Abt. Kreditorenbuchhaltung")]),
        (176, [(71, "Gewerbestraße 14")]),
        (188, [(71, "72766 Reutlingen")]),
        (230, [(71, "Rechnung RE-2025-10473")]),
    ]
    assert value(doc(page(rows)), "customer") == "Maschinenbau Kessler GmbH & Co. KG"


def test_the_due_date_is_the_net_one_after_an_early_payment_date() -> None:
    lines = [
        "Rechnung RE-2025-10473 vom 03.11.2025",
        "Zahlungsbedingungen: Zahlbar bis 13.11.2025 unter Abzug von 2 % Skonto oder bis",
        "03.12.2025 ohne Abzug.",
    ]
    assert value(stacked(lines), "due_date") == D(2025, 12, 3)


def test_a_row_of_headings_over_one_row_and_a_sentence_citing_dates() -> None:
    rows = [
        (40, [(60, "FACTUUR")]),
        (173, [(60, "FACTUURNUMMER", 7.0), (152, "FACTUURDATUM", 7.0), (233, "VERVALDATUM", 7.0)]),
        (181, [(60, "F25-01184"), (152, "06-11-2025"), (233, "20-11-2025")]),
        (195, [(60, "Geleverd op 31-10-2025 (catalogi, affiches) en 03-11-2025 (uitnodigingen)")]),
    ]
    assert value(doc(page(rows)), "due_date") == D(2025, 11, 20)


def test_a_swedish_couriers_word_is_no_part_of_a_polish_firms_name() -> None:
    rows = [
        (40, [(40, "FAKTURA VAT")]),
        (151, [(40, "SPRZEDAWCA", 8.0, True), (304, "NABYWCA", 8.0, True)]),
        (
            161,
            [
                (40, "Volt-Mar Sp. z o.o.", 8.0, True),
                (304, "Instal-Bud Nowak i Wspólnicy Sp.j.", 8.0, True),
            ],
        ),
        (172, [(40, "ul. Gorzysława 14", 8.0), (304, "ul. Kościuszki 88", 8.0)]),
    ]
    got = plain(run(doc(page(rows)), ["customer", "courier"]))
    assert got["customer"] == "Instal-Bud Nowak i Wspólnicy Sp.j."


def test_a_signed_figure_across_its_thousands_group_is_one_amount() -> None:
    line = "HRUBÁ MZDA 50 064,20 Stravenkový paušál 22 × 129,50 +2 849,00"
    assert value(stacked(["VÝPLATNÍ LÍSTEK", line]), "gross_pay") == 50064.2


def test_a_french_payslips_net_paid_not_its_net_before_income_tax() -> None:
    lines = [
        "BULLETIN DE PAIE Période du 01/10/2025 au 31/10/2025 Paiement le 31/10/2025",
        "SALAIRE BRUT 2 504,94",
        "NET À PAYER AVANT IMPÔT SUR LE REVENU 2 204,22",
        "Net imposable 1 914,68 4,20 % 80,42",
        "NET PAYÉ EN EUROS 2 123,80",
    ]
    got = plain(run(stacked(lines), ["net_pay", "pay_date"]))
    assert got == {"net_pay": 2123.8, "pay_date": D(2025, 10, 31)}


def test_a_swiss_vat_number_keeps_its_mwst_suffix() -> None:
    lines = ["Rechnung 2025-1142", "UID CHE-418.273.634 MWST Schreinerei Bergholz AG, Kriens"]
    assert value(stacked(lines), "vendor_vat_number") == "CHE-418.273.634 MWST"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Paid with Mastercard ending in 5521 on 11/21/2025 (authorization 418273).",
         "Mastercard ending in 5521"),
        ("Payé par Carte Visa •••• 4417 le 12 novembre 2025", "Carte Visa •••• 4417"),
        ("Refunded to Mastercard ending 5521 on 24 November 2025.", "Mastercard ending 5521"),
        ("Betalningssätt      Mastercard •••• 5521", "Mastercard •••• 5521"),
        ("FORMA DE PAGO / FORM OF PAYMENT : VISA XXXXXXXXXXXX4417 AUT/APPR 041827",
         "VISA XXXXXXXXXXXX4417"),
        ("Meio de pagamento: MB WAY", "MB WAY"),
        ("Betaalwijze: Automatische incasso", "Automatische incasso"),
    ],
)  # fmt: skip
def test_the_means_of_payment_as_printed_with_its_cards_mask(line: str, expected: str) -> None:
    lines = ["Receipt 2025-04417", "Total 70.33", line]
    assert value(stacked(lines), "payment_method") == expected


def test_a_tender_line_in_a_cell_after_other_words_with_its_cards_mask() -> None:
    rows = [
        (40, [(40, "Receipt")]),
        (60, [(40, "marisol.okafor@example.com"), (300, "Visa •••• 4417"), (480, "$70.33")]),
    ]
    assert value(doc(page(rows)), "payment_method") == "Visa •••• 4417"


def test_a_colon_set_apart_in_a_fixed_width_column_of_keys() -> None:
    rows = [
        (40, [(40, "TAX INVOICE / PURCHASE RECEIPT")]),
        (60, [(40, "Customer"), (130, ": Nomvula Dlamini")]),
        (72, [(40, "Recharged number"), (130, ": 072 418 2736")]),
    ]
    assert value(doc(page(rows)), "customer") == "Nomvula Dlamini"


@pytest.mark.parametrize(
    ("lines", "name", "expected"),
    [
        (["Razem brutto 2 092,19 PLN", "Zapłacono 2 092,19 PLN", "Pozostało do zapłaty 0,00 PLN"],
         "total", 2092.19),
        (["Razem brutto 2 092,19 PLN", "Zapłacono 2 092,19 PLN", "Pozostało do zapłaty 0,00 PLN"],
         "amount_paid", 2092.19),
        (["Moms 25 % 3,92 kr 0,98 kr 4,90 kr", "Ej moms (offentlig avgift) 159,90 kr 0,00 kr"],
         "vat_amount", 0.98),
        (["Tippi lähetille 2,00 €", "Yhteensä 52,19 €"], "tip", 2.0),
        (["Ruokalähetti Oy · Y-tunnus 3184273-7 · ALV-tunniste FI31842737"],
         "vendor_vat_number", "FI31842737"),
    ],
)  # fmt: skip
def test_more_labels_of_a_receipts_fields(lines: list[str], name: str, expected: Any) -> None:
    assert value(stacked(["Kvitto / Faktura", *lines]), name) == expected


def test_a_kind_of_business_labels_a_field_only_as_a_key() -> None:
    rows = [
        (40, [(40, "FACTURA PROFORMA")]),
        (60, [(40, "Cliente")]),
        (72, [(40, "Hotel Marina Dénia, S.L.")]),
        (84, [(40, "Passeig de la Marina 9")]),
        (96, [(40, "03700 Dénia (Alicante)")]),
        (130, [(40, "Hotel:"), (120, "Hotel Ponte alle Grazie")]),
    ]
    got = plain(run(doc(page(rows)), ["customer_name", "hotel_name"]))
    assert got == {
        "customer_name": "Hotel Marina Dénia, S.L.",
        "hotel_name": "Hotel Ponte alle Grazie",
    }


def test_a_refunds_total_over_the_order_it_refunds_in_a_paragraph() -> None:
    lines = [
        "REFUND RECEIPT  Credit note no. CN-2025-11962",
        "Refund excl. VAT -£119.21",
        "VAT at 20% -£23.84",
        "Total refund -£143.05",
        "Your original order TF-771402",
        "Order total £212.40 paid on 3 November 2025 (Ridgeline jacket £129.00, merino socks"
        " £18.00, Cairngorm trail gloves £22.00, Kinloch 22 L daypack £43.40; free delivery).",
    ]
    got = plain(run(stacked(lines), ["total", "subtotal"]))
    assert got == {"total": -143.05, "subtotal": -119.21}


def test_a_tax_line_is_not_summed_with_the_sentence_beside_it_that_cites_it() -> None:
    note = "Sales tax is charged at the combined Denver, CO rate of 8.81% on the discounted"
    rows = [
        (40, [(40, "INVOICE PRT-INV-0418827")]),
        (345.7, [(352, "Shipping (UPS Ground)", 7.5), (541, "$24.95", 7.5)]),
        (354.1, [(40, note, 6.3)]),
        (359.6, [(352, "Sales tax (8.81%)", 7.5), (541, "$86.06", 7.5)]),
        (363.3, [(40, "merchandise and shipping, as Printory is the retailer of record", 6.3)]),
        (380, [(352, "Total", 7.5), (541, "$1,062.91", 7.5)]),
    ]
    assert value(doc(page(rows)), "sales_tax") == 86.06


def test_a_heading_of_a_tax_summary_takes_no_figure_from_a_totals_box_beside_it() -> None:
    rows = [
        (40, [(40, "Invoice")]),
        (384, [(360, "Total excl. VAT"), (520, "£78.73")]),
        (388.5, [(50, "VAT rate"), (110, "Total excl. VAT"), (190, "VAT amount"),
                 (265, "Total incl. VAT")]),
        (398.4, [(360, "VAT"), (520, "£15.75")]),
        (411, [(50, "20%"), (140, "£78.73"), (210, "£15.75"), (280, "£94.48"),
               (360, "Invoice total"), (520, "£94.48")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vat_amount") == 15.75


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ospite principale: Marco Bellini · marco.bellini@example.it · +39 347 418 2736",
         "Marco Bellini"),
        ("Customer: Jess Murray (jess.murray@example.com)", "Jess Murray"),
        ("Rider: Dana Whitfield (dana.whitfield@example.com)", "Dana Whitfield"),
        ("Account : Liam Costigan (member no. 10418273)", "Liam Costigan"),
    ],
)  # fmt: skip
def test_a_customers_name_without_the_contact_details_or_number_after_it(
    line: str, expected: str
) -> None:
    assert value(stacked(["Receipt", line, "Dettaglio prezzo"]), "customer") == expected


def test_a_customers_name_in_a_grid_of_keys_the_rules_do_not_all_know() -> None:
    rows = [
        (40, [(40, "Kuitti")]),
        (60, [(40, "Tilausaika"), (150, "23.11.2025 klo 18.04")]),
        (72, [(40, "Asiakas"), (150, "Aino Virtanen")]),
        (84, [(40, "Ravintola"), (150, "Ravintola Sataman Savu, Eteläranta 14")]),
        (96, [(40, "Myyjä"), (150, "Ruokalähetti Oy")]),
    ]
    assert value(doc(page(rows)), "customer") == "Aino Virtanen"


def test_a_bare_order_key_before_an_identifier_that_ends_its_item() -> None:
    lines = [
        "Thanks for ordering, Jess · Sat 22 Nov 2025, 7:18 pm",
        "Order GB-7QX4-2291 · delivered to 5/112 Brunswick Street, Fitzroy VIC 3065",
    ]
    assert value(stacked(lines), "order_number") == "GB-7QX4-2291"
    assert value(stacked(["Order confirmation for your records"]), "order_number") is None


@pytest.mark.parametrize(
    ("lines", "name", "expected"),
    [
        (["Parkeringsavgift (kommunal taxa) 159,90 kr",
          "Serviceavgift ParkSnabb (inkl. moms 25 %) 4,90 kr"], "service_fee", 4.9),
        (["Toplam İskonto 50,00 TL", "Ödenecek Tutar 1.894,70 TL"], "discount_amount", 50.0),
        (["Total ilíquido 70,00 €", "Total IVA 16,10 €", "Total a pagar 86,10 €"],
         "subtotal", 70.0),
        (["Distance (18.6 mi × $1.15/mi) $21.39", "SR 520 Bridge toll $4.30"], "tolls", 4.3),
        (["Energy delivered 38.642 kWh 0.62/kWh 23.96"], "kwh_delivered", 38.642),
        (["Numero di prenotazione", "SI-25-7741829"], "booking_reference", "SI-25-7741829"),
        (["・ご契約ユーザー数：17名（2025年10月16日に15名から17名へ変更）"], "seats", 17.0),
        (["Card : VISA ****4417", "Captured : AUD 25.56"], "payment_method", "VISA ****4417"),
        (["Payment: $25.56"], "payment_method", None),
        (["Charitable registration no. 81847 2631 RR0001"], "charity_registration_number",
         "81847 2631 RR0001"),
    ],
)  # fmt: skip
def test_more_labels_of_receipts_and_bookings(lines: list[str], name: str, expected: Any) -> None:
    assert value(stacked(["Receipt / Kvitto", *lines]), name) == expected


@pytest.mark.parametrize(
    "line",
    [
        "ご利用期間 2025年11月1日〜2025年11月30日",
        "Okres rozliczeniowy 01.11.2025–30.11.2025",
        "Billing period 2025-11-01–2025-11-30",
    ],
)
def test_a_period_of_two_dates_run_together_by_its_mark(line: str) -> None:
    got = plain(run(stacked(["請求書 / Faktura / Invoice", line]), ["period_start", "period_end"]))
    assert got == {"period_start": D(2025, 11, 1), "period_end": D(2025, 11, 30)}


def test_each_partys_number_in_the_box_its_heading_names_down_the_side() -> None:
    def ids(left: float, number: str) -> tuple[float, str, float]:
        return (left, f"统一社会信用代码/纳税人识别号：{number}", 8.2)

    rows = [
        (50.7, [(207, "电子发票（普通发票）", 18)]),
        (110.2, [(43, "购", 8.5), (306.7, "销", 8.5)]),
        (121.7, [(68, "名称：杭州青木文化传媒有限公司", 9),
                 (331.6, "名称：上海速行网约车科技有限公司", 9)]),
        (123.3, [(43, "买", 8.5), (306.7, "售", 8.5)]),
        (136.3, [(43, "方", 8.5), (306.7, "方", 8.5)]),
        (147.0, [ids(68, "91330106MA2H3K8L11"), ids(331.6, "91310115MA1K4B7Q8T")]),
        (149.4, [(43, "信", 8.5), (306.7, "信", 8.5)]),
        (162.4, [(43, "息", 8.5), (306.7, "息", 8.5)]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vendor_tax_id", "customer_tax_id"]))
    assert got == {"vendor_tax_id": "91310115MA1K4B7Q8T", "customer_tax_id": "91330106MA2H3K8L11"}


def test_a_columns_cell_in_the_total_row_at_the_foot_of_a_box_of_fixed_height() -> None:
    heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    xs = [85, 176, 230, 266, 320, 388, 439, 524]
    item = ["*运输服务*客运服务费", "次", "4", "41.9725", "167.89", "9%", "15.11"]
    rows = [
        (50.7, [(207, "电子发票（普通发票）", 18)]),
        (186.8, [(x, h, 8.5) for x, h in zip(xs, heads, strict=True)]),
        (
            206.6,
            [(x, t, 8.5) for x, t in zip([42, 234, 287, 329, 402, 456, 531], item, strict=True)],
        ),
        (331.5, [(48, "合", 9), (75, "计", 9), (396, "¥167.89", 9), (525, "¥15.11", 9)]),
        (365.5, [(48, "价税合计（大写）", 9), (371, "（小写）", 9), (417, "¥183.00", 10)]),
    ]
    assert value(doc(page(rows)), "tax_amount") == 15.11


def test_a_partys_name_under_the_name_key_of_a_grid_under_its_centred_heading() -> None:
    rows = [
        (40, [(40, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e")]),
        (140, [(248, "PRESTADOR DE SERVIÇOS")]),
        (152, [(35, "NOME / RAZÃO SOCIAL"), (301, "CPF / CNPJ"), (434, "INSCRIÇÃO MUNICIPAL")]),
        (164, [(35, "Nuvem Serra Tecnologia Ltda."), (301, "34.182.736/0001-40"),
               (434, "418273-6")]),
        (235, [(248, "TOMADOR DE SERVIÇOS")]),
        (247, [(35, "NOME / RAZÃO SOCIAL"), (301, "CPF / CNPJ"), (434, "INSCRIÇÃO ESTADUAL")]),
        (259, [(35, "Laticínios Vale do Taquari S.A."), (301, "09.271.841/0001-08"),
               (434, "098/0418273")]),
        (300, [(35, "BASE DE CÁLCULO ISS"), (200, "ALÍQUOTA ISS"), (300, "VALOR DO ISS")]),
        (312, [(35, "R$ 19.240,00"), (200, "2,00 %"), (300, "R$ 384,80")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vendor", "customer", "customer_cnpj", "iss_amount"]))
    assert got == {
        "vendor": "Nuvem Serra Tecnologia Ltda.",
        "customer": "Laticínios Vale do Taquari S.A.",
        "customer_cnpj": "09.271.841/0001-08",
        "iss_amount": 384.8,
    }


def test_a_bills_taxes_fees_and_surcharges_under_its_listing_label() -> None:
    lines = [
        "Wisconsin state sales tax 5% on 322.35 16.12",
        "Regulatory cost recovery fee 2.40",
        "Total taxes, fees & surcharges 27.24",
    ]
    assert value(stacked(["Monthly statement", *lines]), "taxes_and_surcharges") == 27.24


def test_the_total_before_what_is_taken_off_it_and_the_amount_left_to_pay() -> None:
    lines = [
        "Faktura 10487",
        "Summa exkl. moms 28 828,00 kr",
        "Moms 25 % 7 207,00 kr",
        "Totalt inkl. moms 36 035,00 kr",
        "Avgår ROT-avdrag 50 % av arbetskostnad -8 750,00 kr",
        "Att betala 27 285,00 kr",
    ]
    got = plain(run(stacked(lines), ["total", "amount_due"]))
    assert got == {"total": 36035.0, "amount_due": 27285.0}


def test_a_japanese_receipts_tax_total_and_means_of_payment() -> None:
    lines = [
        "領 収 書",
        "金額 ¥37,000- （税込）",
        "合計 ¥37,000 ¥2,756",
        "お支払方法：現金",
        "消費税額合計 ¥2,756",
    ]
    got = plain(run(stacked(lines), ["total", "tax_amount", "payment_method"]))
    assert got == {"total": 37000.0, "tax_amount": 2756.0, "payment_method": "現金"}


def test_a_customers_number_beside_its_key_is_no_section_heading() -> None:
    rows = [
        (40, [(40, "FACTURE")]),
        (60, [(40, "DATE"), (100, "20 novembre 2025"), (300, "CLIENT"), (380, "C-1142")]),
        (72, [(40, "TRAVAUX"), (100, "3 au 7 novembre 2025"), (300, "SOUMISSION"),
              (380, "S-2025-088")]),
        (84, [(40, "FACTURÉ À")]),
        (96, [(40, "Geneviève Tremblay")]),
        (108, [(40, "412, rue des Érables")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "customer") == "Geneviève Tremblay"


def test_an_account_code_is_no_customers_name() -> None:
    lines = ["INVOICE CTC-25-0412", "Account: CORRIB01", "Terms: 14 days"]
    assert value(stacked(lines), "customer") is None


def test_a_name_beside_its_bare_key_under_a_party_heading() -> None:
    rows = [
        (40, [(40, "INVOICE No. 0847")]),
        (60, [(37, "Customer")]),
        (74, [(37, "Name"), (74, "Anne Whitfield", 13)]),
        (92, [(37, "Address"), (74, "27 Otley Old Road, Leeds LS16 6HE")]),
    ]
    assert value(doc(page(rows)), "customer") == "Anne Whitfield"


def test_a_partys_name_key_line_under_its_centred_section_heading() -> None:
    rows = [
        (40, [(40, "NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e")]),
        (100, [(240, "PRESTADOR DE SERVIÇOS")]),
        (112, [(34, "CPF/CNPJ: 12.345.678/0001-95"), (298, "Inscrição Municipal: 5.482.117-3")]),
        (124, [(34, "Nome/Razão Social: Lumen Consultoria em Tecnologia Ltda.")]),
        (136, [(34, "Município: São Paulo"), (298, "UF: SP")]),
        (176, [(246, "TOMADOR DE SERVIÇOS")]),
        (190, [(34, "CPF/CNPJ: 98.765.432/0001-10"), (298, "Inscrição Municipal: 3.119.804-0")]),
        (202, [(34, "Nome/Razão Social: Distribuidora Paulista de Alimentos S.A.")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vendor", "customer"]))
    assert got == {
        "vendor": "Lumen Consultoria em Tecnologia Ltda.",
        "customer": "Distribuidora Paulista de Alimentos S.A.",
    }


@pytest.mark.parametrize(
    ("lines", "name", "expected"),
    [
        (["Y-tunnus 3182746-5 · ALV-rek. FI31827465"], "vendor_vat_number", "FI31827465"),
        (["Contribuinte n.º 237182734"], "vat_number", "237182734"),
        (["TOTAL (VAT INCL) R 1,851.03", "Total excl. VAT 1,609.59", "VAT 15% 241.44"],
         "vat_amount", 241.44),
        (["TOTAL (VAT INCL) R 1,851.03", "CASH TENDERED 1,900.00", "CHANGE 48.97"],
         "amount_tendered", 1900.0),
        (["TOTAL (VAT INCL) R 1,851.03", "CASH TENDERED 1,900.00", "CHANGE 48.97"],
         "change_given", 48.97),
    ],
)  # fmt: skip
def test_more_labels_of_the_long_tails_invoices(lines: list[str], name: str, expected: Any) -> None:
    assert value(stacked(["Invoice / Faktura / Lasku", *lines]), name) == expected


def test_a_label_opening_a_line_of_a_paragraph_is_not_beside_a_figure_it_cites() -> None:
    note = "discount applies to all design work. The deposit of $2,500.00 was"
    rows = [
        (40, [(40, "INVOICE #2025-118")]),
        (100, [(40, "Nonprofit rate: a 10%"), (330, "Subtotal"), (480, "$8,670.00")]),
        (112, [(40, note), (330, "Nonprofit discount (10%)"), (480, "−$867.00")]),
    ]
    assert value(doc(page(rows)), "discount_amount") == 867.0


def test_a_sentence_ending_after_the_label_level_with_a_tables_row() -> None:
    rows = [
        (40, [(40, "Faktura VAT nr FV/2025/11/0318")]),
        (305.6, [(59, "Opłata miejscowa pobierana na rzecz Gminy"), (284, "Stawka"),
                 (400, "Netto"), (477, "VAT"), (540, "Brutto")]),
        (317.1, [(59, "Szczyrk – nie podlega opodatkowaniu VAT (np.).")]),
        (320.0, [(284, "8%"), (389, "4 710,00"), (468, "376,80"), (532, "5 086,80")]),
        (334.2, [(284, "23%"), (389, "1 060,00"), (468, "243,80"), (532, "1 303,80")]),
        (362.7, [(284, "Razem"), (389, "5 834,00"), (468, "620,60"), (532, "6 454,60")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vat_amount") == 620.6


def test_a_totals_box_beside_a_tax_summary_is_not_its_total_row() -> None:
    rows = [
        (35, [(57, "Fjordgross AS"), (439, "Faktura 73015 • side 2")]),
        (95.8, [(74, "MVA-sats"), (270, "Grunnlag"), (382, "MVA"), (456, "Sum inkl. MVA")]),
        (112.8, [(74, "15 % (næringsmidler)"), (267, "26 125,20"), (364, "3 918,78"),
                 (476, "30 043,98")]),
        (127.8, [(74, "25 % (øvrige varer og tjenester)"), (272, "9 376,80"), (364, "2 344,20"),
                 (476, "11 721,00")]),
        (172.8, [(371, "Sum eks. mva"), (494, "35 502,00")]),
        (187.8, [(371, "Sum mva"), (499, "6 262,98")]),
        (217.8, [(371, "ÅbetaleNOK"), (494, "41765,00")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "total") == 41765.0


def test_a_minus_from_another_font_touching_its_figures_is_their_sign() -> None:
    # pdfTeX sets "$-$11 000,00" with the minus from the math font (CMSY): a word of its own
    # that touches the figures, its height a float's noise off theirs (8.9664 against
    # 8.96640000000002). The credit note's amounts read positive.
    minus = Word("\u2212", 437.954, 343.4180816, 445.12174016, 352.38448159999996, 1, 8.9664)
    figures = [
        Word("11", 445.122, 343.38221599999997, 455.0926368, 352.348616, 1, 8.9664),
        Word("000,00", 457.585296, 343.38221599999997, 485.0045472, 352.348616, 1, 8.9664),
        Word("Kč", 487.4972064, 343.38221599999997, 498.4530816, 352.348616, 1, 8.9664),
    ]
    label = [
        Word("Základ", 337.097, 343.38221599999997, 365.834312, 352.348616, 1, 8.9664),
        Word("daně", 368.3269712, 343.38221599999997, 388.4202, 352.348616, 1, 8.9664),
    ]
    text = "Základ daně \u221211 000,00 Kč"
    document = doc(Page(1, 595, 842, text, [*label, minus, *figures]))
    assert value(document, "subtotal") == -11000.0


def test_an_amount_level_with_a_label_of_two_lines_is_the_labels() -> None:
    # A totals box whose label runs on under itself, its amount set level with both lines
    # (half a line under the first): "Acompte versé le" / "06/10/2025" beside "−1 131,00 €".
    document = doc(
        page(
            [
                (444.2, [(353.7, "Total TTC", 8.6, True), (495.4, "3 770,00 €", 8.6, True)]),
                # the terms' paragraph on the left runs level with the box's lines
                (451.8, [(43, "forfaitaire pour frais de recouvrement de 40 €", 7.4)]),
                (463.1, [(43, "commerce).", 7.4)]),
                (460.7, [(353.7, "Acompte versé le", 8.6)]),
                (465.9, [(495.4, "\u22121 131,00 €", 8.6)]),
                (471.2, [(353.7, "06/10/2025", 8.6)]),
                (474.3, [(43, "Acompte de 30 % facturé sur le devis accepté le", 7.4)]),
                (490.3, [(353.7, "Net à payer", 11.0, True), (495.4, "2 639,00 €", 11.0, True)]),
            ]
        )
    )
    assert plain(run(document, ["total", "deposit_paid", "amount_due"])) == {
        "total": 3770.0,
        "deposit_paid": 1131.0,
        "amount_due": 2639.0,
    }
    # A label of two lines with nothing after it, its amount as low.
    document = doc(
        page(
            [
                (300.0, [(60, "Amount payable", 9.0), (400, "€5,098.51", 9.0)]),
                (320.0, [(60, "Retention held", 9.0)]),
                (326.0, [(400, "€254.93", 9.0)]),
                (331.5, [(60, "(5% of works)", 9.0)]),
            ]
        )
    )
    assert value(document, "retention_held") == 254.93


def test_a_lease_party_under_its_heading_is_the_name_not_its_tax_number() -> None:
    # A rent notice heads the landlord's block "Verhuurder"; further down "Btw-nr.
    # verhuurder" has the landlord's VAT number beside it. The landlord is the name under the
    # heading, read as a customer is, not the number beside the later label.
    document = doc(
        page(
            [
                (100, [(58, "Verhuurder", 8, True), (380, "Factuurnummer 2026-03-0412")]),
                (111, [(58, "Vastgoed Amstelkade B.V."), (380, "Factuurdatum 20-02-2026")]),
                (122, [(58, "Weesperzijde 112"), (380, "Vervaldatum 28-02-2026")]),
                (133, [(58, "1091 EJ Amsterdam")]),
                (190, [(380, "Btw-nr. verhuurder"), (470, "NL854182706B01")]),
            ]
        )
    )
    assert value(document, "landlord") == "Vastgoed Amstelkade B.V."
    assert value(document, "lessor") == "Vastgoed Amstelkade B.V."


def test_a_lease_party_word_in_the_title_names_no_party() -> None:
    # "TENANT INVOICE" is the document's title, beside the letterhead: no tenant "INVOICE".
    document = doc(
        page(
            [
                (
                    28.9,
                    [
                        (40, "Granite Ridge Commercial Properties", 14, True),
                        (430, "TENANT INVOICE", 14, True),
                    ],
                ),
                (50, [(40, "Property Management Office · 7700 E. Arapahoe Rd, Suite 220")]),
                (90, [(40, "Brightline Physical Therapy, LLC")]),
                (101, [(40, "Attn: Office Manager")]),
                (112, [(40, "9135 E. Mineral Ave, Suite 140")]),
                (130, [(380, "Invoice # R-250401-118")]),
            ]
        )
    )
    assert value(document, "tenant_name") == "Brightline Physical Therapy, LLC"


def test_a_number_after_line_or_column_refers_to_the_form() -> None:
    # An AIA-style application: "TOTAL EARNED LESS RETAINAGE (Line 4 minus Line 5 Total)".
    # The 4 is the form's line, no retainage.
    document = stacked(
        ["TOTAL EARNED LESS RETAINAGE (Line 4", "6. minus Line 5 Total) $2,617,318.00"]
    )
    assert value(document, "retention_amount") is None


def test_a_number_key_in_a_grid_set_flush_right_over_the_date() -> None:
    # A Japanese invoice's top right corner: "No." over "発行日", the values flush right.
    document = doc(
        page(
            [
                (44.6, [(243, "請求書", 22)]),
                (92.7, [(482, "No.", 9), (498, "2604-0805", 9)]),
                (106.9, [(443, "発行日", 9), (493.5, "2026年3月13日", 9)]),
                (116.8, [(54, "佐藤 健一 様", 15)]),
            ]
        )
    )
    assert value(document, "invoice_number") == "2604-0805"


def test_a_tax_named_in_the_field_opens_a_longer_label() -> None:
    # "GST content included in the total levy (15%) $673.66": the GST of gst_amount, over a
    # bare "GST" by the body corporate's number in the footer ("… 412983, GST number …").
    # Its "$" is the dollar the notice names, New Zealand's: no other currency than its own.
    document = stacked(
        [
            "Total levy this notice (GST inclusive) $20,658.96 $5,164.74",
            "GST content included in the total levy (15%) $673.66",
            "Total amount due $5,164.74",
            "All amounts in New Zealand dollars (NZD) and inclusive of GST. Kauri Strata"
            " Management Limited acts as agent for Body Corporate 412983, GST number 128-418-",
            "278.",
        ]
    )
    assert plain(run(document, ["gst_amount", "currency"])) == {
        "gst_amount": 673.66,
        "currency": "NZD",
    }


def test_a_ledger_rows_figure_is_not_its_running_balance() -> None:
    # A levy statement's ledger: each row's debit, then the balance after it in the last
    # column. The admin levy is the debit, not the balance.
    document = doc(
        page(
            [
                (
                    300,
                    [
                        (40, "DATE REF DESCRIPTION"),
                        (330, "DEBIT"),
                        (400, "CREDIT"),
                        (470, "BALANCE"),
                    ],
                ),
                (315, [(40, "01/02/2026 Balance brought forward"), (480, "3,346.20")]),
                (
                    330,
                    [
                        (40, "01/03/2026 LEV0326 Admin levy March 2026"),
                        (330, "2,860.00"),
                        (480, "2,806.20"),
                    ],
                ),
                (
                    345,
                    [
                        (40, "01/03/2026 RFL0326 Reserve fund levy March 2026"),
                        (340, "429.00"),
                        (480, "3,235.20"),
                    ],
                ),
            ]
        )
    )
    assert plain(run(document, ["levy_amount", "reserve_fund"])) == {
        "levy_amount": 2860.0,
        "reserve_fund": 429.0,
    }


def test_a_party_word_after_a_numbers_key_says_whose_number_it_is() -> None:
    # "Btw-nr. huurder NL862719409B01" is the tenant's VAT number; the tenant is the name
    # under the "Huurder" heading at the top.
    document = doc(
        page(
            [
                (100, [(58, "Huurder", 8, True), (380, "Factuurnummer 2026-03-0412")]),
                (111, [(58, "Studio Noorderlicht B.V."), (380, "Factuurdatum 20-02-2026")]),
                (122, [(58, "Wibautstraat 150, unit 2.04"), (380, "Vervaldatum 28-02-2026")]),
                (133, [(58, "1091 GR Amsterdam")]),
                (190, [(380, "Btw-nr. huurder"), (470, "NL862719409B01")]),
            ]
        )
    )
    assert value(document, "tenant") == "Studio Noorderlicht B.V."


def test_an_items_own_amount_is_its_net_column_under_net_and_gross_headings() -> None:
    # A field named for an item ("rent_amount") reads its row's net figure when the columns'
    # headings say which is net: the gross one after the tax is the item with its VAT.
    heads = [
        (100, [(40, "Description"), (330, "Amount excl. VAT"), (430, "VAT"),
               (500, "Amount incl.")]),
        (114, [(40, "Office rent March 2026"), (340, "4,850.00"), (430, "21%"), (500, "5,868.50")]),
        (128, [(40, "Service charge advance"), (340, "420.00"), (430, "21%"), (500, "508.20")]),
    ]  # fmt: skip
    fields = ["office_rent", "service_charge_advance"]
    assert plain(run(doc(page(heads)), fields)) == {
        "office_rent": 4850.0,
        "service_charge_advance": 420.0,
    }
    # "Základ Kč | DPH Kč | Celkem Kč": the base, though no column gap parts its heading's
    # words from the tax's.
    czech = [
        (100, [(40, "Položka"), (300, "DPH"), (340, "Základ Kč DPH Kč Celkem Kč")]),
        (114, [(40, "Nájemné březen 2026"), (300, "21 %"), (340, "38 500,00"), (400, "8 085,00"),
               (460, "46 585,00")]),
    ]  # fmt: skip
    rent = {"kind": "amount", "labels": ["Nájemné"]}
    assert value(doc(page(czech)), "rent", rent) == 38500.0
    # Without a net heading the row's last figure stands, and a field named for the gross
    # figure reads it.
    plain_heads = [
        (100, [(40, "Description"), (340, "Price"), (430, "VAT"), (500, "Amount")]),
        *heads[1:],
    ]
    assert value(doc(page(plain_heads)), "office_rent") == 5868.5
    assert value(doc(page(heads)), "gross_rent", {"labels": ["Office rent"]}) == 5868.5
    # A base and what a rate makes of it: the figure is the fee, not its base.
    royalty = [
        (100, [(40, "Description"), (330, "Basis"), (450, "Amount (CAD)")]),
        (114, [(40, "Continuing royalty fee, 6.0% of net sales"), (330, "$66,595.34"),
               (450, "$3,995.72")]),
    ]  # fmt: skip
    assert value(doc(page(royalty)), "royalty_fee") == 3995.72


def test_a_rounding_cell_beside_a_tax_heading_is_not_the_tax() -> None:
    # "Zaokrouhlení 0,00" (rounding) in the cell after a recap's heading "REKAPITULACE DPH":
    # the rounding's figure, not the tax's; the tax is the row above.
    rows = [
        (100, [(340, "Základ daně celkem"), (480, "44 700,00")]),
        (114, [(340, "DPH 21 %"), (480, "9 387,00")]),
        (128, [(40, "REKAPITULACE DPH V Kč"), (340, "Zaokrouhlení"), (480, "0,00")]),
        (142, [(340, "Celkem k úhradě"), (480, "54 087,00 Kč")]),
    ]
    assert value(doc(page(rows)), "vat_amount") == 9387.0


def test_a_deduction_in_brackets_after_its_rate_and_base_is_read() -> None:
    # "(1,368.00)" is the deduction in brackets of its own, not the close of a bracket that
    # names a rate's base ("(20% of labour £4,200.00)"); the invoice's net value is its
    # subtotal, after the sections' sub-totals.
    rows = [
        (100, [(300, "Sub-total labour"), (480, "6,840.00")]),
        (114, [(300, "Sub-total plant hire"), (480, "1,120.00")]),
        (128, [(300, "Net invoice value"), (480, "10,275.60")]),
        (142, [(40, "for the tax month"), (300, "Less CIS deduction 20% on labour"),
               (480, "(1,368.00)")]),
        (156, [(300, "AMOUNT PAYABLE"), (480, "£8,907.60")]),
    ]  # fmt: skip
    assert plain(run(doc(page(rows)), ["subtotal", "cis_deduction", "amount_due"])) == {
        "subtotal": 10275.6,
        "cis_deduction": 1368.0,
        "amount_due": 8907.6,
    }
    bracketed = [(100, [(40, "CIS deduction (20% of labour £4,200.00)"), (480, "£840.00")])]
    assert value(doc(page(bracketed)), "cis_deduction") == 840.0


def test_a_figure_in_another_cell_beside_a_sentence_the_label_opens_is_not_its() -> None:
    # A note's "Retention is held at 5% of …" on the left over two lines, a summary's
    # "Approved variations 126,400.00" on the right level with their middle: the figure is
    # the variations'.
    rows = [
        (93, [(330, "Original contract sum"), (480, "4,850,000.00")]),
        (100, [(40, "Retention is held at 5% of the value of work")]),
        (107, [(330, "Approved variations"), (480, "126,400.00")]),
        (114, [(40, "until practical completion.")]),
        (121, [(330, "Adjusted contract sum"), (480, "4,976,400.00")]),
        (135, [(330, "Less retention 5% of work completed"), (480, "-129,226.25")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "retention_amount") == 129226.25
    # A row's middle cell of words is no other label's: the figure is the row's.
    row = [(100, [(40, "Retention"), (200, "5% of contract sum"), (480, "1,200.00")])]
    assert value(doc(page(row)), "retention_amount") == 1200.0


def test_your_and_our_before_a_tax_numbers_label_say_whose_it_is() -> None:
    # The seller writes "Ihre UID" beside the customer's address: the buyer's number; its
    # own stands in the footer under a plain "UID".
    rows = [
        (100, [(40, "Hofer Bau GmbH, Conrad-von-Hötzendorf-Straße 118, 8010 Graz")]),
        (114, [(40, "Wohnbaugenossenschaft Murtal reg.Gen.m.b.H."),
               (330, "Ihre UID: ATU58273647")]),
        (128, [(40, "Hauptplatz 9")]),
        (142, [(40, "8720 Knittelfeld")]),
        (700, [(40, "Hofer Bau GmbH, Geschäftsführer UID: ATU64182734")]),
    ]  # fmt: skip
    got = run(doc(page(rows)), ["vendor_vat_id", "customer_vat_id"])
    assert plain(got) == {"vendor_vat_id": "ATU64182734", "customer_vat_id": "ATU58273647"}
    ours = [
        (100, [(40, "Your VAT No.: GB 123 4567 89")]),
        (114, [(40, "Our VAT No.: GB 987 6543 21")]),
    ]
    got = run(doc(page(ours)), ["vendor_vat_id", "customer_vat_id"])
    assert plain(got) == {"vendor_vat_id": "GB987654321", "customer_vat_id": "GB123456789"}


def test_a_base_right_after_a_tax_label_with_its_rate_before_is_not_the_tax() -> None:
    # "zzgl. 19 % USt. auf 86.069,40 € 16.353,19": the rate stands before the label, the
    # base opens the words after it, the tax follows.
    rows = [
        (100, [(300, "Nettobetrag"), (480, "86.069,40")]),
        (114, [(300, "zzgl. 19 % USt. auf 86.069,40 €"), (480, "16.353,19")]),
        (128, [(300, "Rechnungsbetrag EUR"), (480, "102.422,59")]),
    ]
    assert plain(run(doc(page(rows)), ["subtotal", "vat_amount", "total"])) == {
        "subtotal": 86069.4,
        "vat_amount": 16353.19,
        "total": 102422.59,
    }
    assert value(doc(page(rows)), "vat_amount") == 16353.19  # asked alone, no sum to check


def test_a_total_label_that_leaves_the_tax_out_is_the_subtotal() -> None:
    # "Honorar i alt ekskl. moms": "i alt" (total) goes on to say the VAT is left out.
    rows = [
        (100, [(40, "Honorar i alt ekskl. moms"), (480, "85.270,00")]),
        (114, [(40, "Moms 25 %"), (480, "21.317,50")]),
        (128, [(40, "I alt inkl. moms"), (480, "106.587,50")]),
        (142, [(40, "Fratrukket a conto-faktura nr. 2025-2914 (betalt)"), (480, "-31.250,00")]),
        (156, [(40, "Til betaling"), (480, "75.337,50")]),
    ]
    fields = ["subtotal", "total", "advance_payment", "amount_due"]
    assert plain(run(doc(page(rows)), fields)) == {
        "subtotal": 85270.0,
        "total": 106587.5,
        "advance_payment": 31250.0,
        "amount_due": 75337.5,
    }


def test_a_bilingual_row_of_party_headings_heads_the_names_under_it() -> None:
    # "SUPPLIER | المورد | RECIPIENT | المستلم": two headings, each beside its Arabic twin,
    # not a row of four column headings; the names stand under them.
    rows = [
        (100, [(46, "SUPPLIER"), (260, "المورد"), (314, "RECIPIENT"), (521, "المستلم")]),
        (114, [(46, "Gulf Digital Summit Events L.L.C."),
               (314, "Falcon Cloud Technologies FZ-LLC")]),
        (128, [(46, "P.O. Box 418273, Dubai"), (314, "P.O. Box 500418, Dubai")]),
    ]  # fmt: skip
    assert plain(run(doc(page(rows)), ["vendor", "customer"])) == {
        "vendor": "Gulf Digital Summit Events L.L.C.",
        "customer": "Falcon Cloud Technologies FZ-LLC",
    }


def test_a_label_inside_brackets_takes_the_figure_before_they_close() -> None:
    # "（消費税 ¥35,500）／対象外 ¥200,000": the tax in the brackets it opens, not the exempt
    # part's figure after them; a rate in the brackets does not close the value.
    rows = [
        (100, [(40, "報酬小計"), (480, "355,000")]),
        (114, [(40, "合計"), (480, "590,500")]),
        (128, [(40, "消費税率別内訳：10%対象 ¥355,000（消費税 ¥35,500）／対象外 ¥200,000")]),
    ]
    assert value(doc(page(rows)), "tax_amount") == 35500.0
    english = [(100, [(40, "Subtotal"), (480, "£100.00")]),
               (114, [(40, "Total (VAT 20%)"), (480, "£120.00")])]  # fmt: skip
    assert value(doc(page(english)), "total") == 120.0
    # A count or a date in the brackets is no value closing them: the figure follows.
    counted = [(100, [(40, "返金・調整（2025年3月分、返金 35件）"), (480, "-¥8,750")])]
    assert value(doc(page(counted)), "refunds") == -8750.0


def test_greek_headings_in_capitals_end_in_the_same_sigma_as_their_labels() -> None:
    # Capitals have one sigma ("ΛΗΠΤΗΣ"), lower case a final one ("λήπτης"): both fold alike,
    # so the recipient's block and its tax number are found.
    rows = [
        (100, [(54, "ΕΚΔΟΤΗΣ"), (315, "ΛΗΠΤΗΣ")]),
        (114, [(54, "ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Ι.Κ.Ε."), (315, "ΑΙΓΑΙΟ ΛΟΓΙΣΜΙΚΟ Α.Ε.")]),
        (128, [(54, "Ακαδημίας 41, 106 79 Αθήνα"), (315, "Λεωφ. Κηφισίας 124, 151 25 Μαρούσι")]),
        (142, [(54, "ΑΦΜ: 801743620"), (315, "ΑΦΜ: 994862152")]),
    ]  # fmt: skip
    got = run(doc(page(rows)), ["vendor", "customer", "vendor_vat_id", "customer_vat_id"])
    assert plain(got) == {
        "vendor": "ΛΕΞΗΜΑ Μεταφραστικές Υπηρεσίες Ι.Κ.Ε.",
        "customer": "ΑΙΓΑΙΟ ΛΟΓΙΣΜΙΚΟ Α.Ε.",
        "vendor_vat_id": "801743620",
        "customer_vat_id": "994862152",
    }


def test_a_japanese_professional_corporation_is_a_company() -> None:
    # 弁理士法人 (a patent attorneys' corporation) is a legal form, as 株式会社 is.
    rows = [
        (60, [(40, "株式会社ミナトデバイス 御中"), (330, "弁理士法人青葉国際特許事務所")]),
        (74, [(330, "〒105-0001 東京都港区虎ノ門2-8-10")]),
        (300, [(40, "合計"), (480, "590,500")]),
    ]
    assert plain(run(doc(page(rows)), ["vendor", "customer"])) == {
        "vendor": "弁理士法人青葉国際特許事務所",
        "customer": "株式会社ミナトデバイス",
    }


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # Estonian: the sum before VAT, what is to pay, the reference number
            [("Kokku km-ta", "20 450,00"), ("Käibemaks 24%", "4 908,00"),
             ("Tasuda kokku EUR", "25 358,00"), ("Viitenumber:", "20260312")],
            {"subtotal": 20450.0, "total": 25358.0, "payment_reference": "20260312"},
        ),
        (  # Portuguese fatura-recibo: the taxable base, the total, what is received
            [("Incidência (valor tributável)", "4 764,60"),
             ("IVA à taxa normal de 23%", "1 095,86"),
             ("Total do documento", "5 860,46"), ("Retenção na fonte IRS 23%", "-1 076,40"),
             ("Total a receber (€)", "4 784,06")],
            {"subtotal": 4764.6, "total": 5860.46, "amount_due": 4784.06},
        ),
        (  # Spanish corrective invoice: its own number and date, not the corrected one's
            [("N.º factura rectificativa :", "R-2026-0009"),
             ("Fecha de expedición :", "13/03/2026"),
             ("Factura rectificada :", "F-2026-0412 de fecha 20/02/2026")],
            {"credit_note_number": "R-2026-0009", "credit_note_date": D(2026, 3, 13),
             "original_invoice_number": "F-2026-0412"},
        ),
        (  # a Turkish order confirmation's number and date
            [("Onay No", "SO-2026-00871"), ("Onay Tarihi", "17.03.2026"),
             ("Sipariş Tarihi", "13.03.2026")],
            {"order_confirmation_number": "SO-2026-00871", "confirmation_date": D(2026, 3, 17)},
        ),
        (  # a Swiss reminder: what is overdue, the reminder's fee, what to pay
            [("Total überfällig", "6’157.25"), ("Mahngebühr 2. Mahnung", "20.00"),
             ("Zu bezahlen CHF", "6’177.25")],
            {"overdue_amount": 6157.25, "reminder_fee": 20.0, "amount_due": 6177.25},
        ),
        (  # Australia's BPAY customer reference number, Norway's KID spelled out
            [("Ref (CRN):", "418203170"), ("Total", "1,100.00")],
            {"payment_reference": "418203170"},
        ),
        (
            [("Kundeidentifikasjon (KID)", "260311840"), ("Å betale", "49 269,38")],
            {"payment_reference": "260311840"},
        ),
        (  # Singapore: the GST registration number for a field named gst_id
            [("GST Reg. No.", "201834715C"), ("Total (SGD)", "8,256.98")],
            {"vendor_gst_id": "201834715C"},
        ),
    ],
)  # fmt: skip
def test_labels_of_the_it_and_services_set(rows: list[tuple[str, str]], expected: dict) -> None:
    page_rows = [(100 + 14 * k, [(40, label), (300, text)]) for k, (label, text) in enumerate(rows)]
    assert plain(run(doc(page(page_rows)), list(expected))) == expected


def test_a_credit_note_by_its_title_is_dated_by_its_own_date() -> None:
    # "CREDIT NOTE" as the title, its number under a plain "No.": the "Tax Invoice date" is
    # the corrected invoice's, the note's own date is the plain "Date".
    rows = [
        (50, [(40, "SIAM GATEWAY"), (400, "CREDIT NOTE")]),
        (100, [(40, "Customer No. CN2504-0017")]),
        (114, [(40, "Thai Precision Stamping Co., Ltd."), (400, "Date 22/04/2025")]),
        (128, [(40, "Ref. Tax Invoice IV2503-0412")]),
        (142, [(40, "Tax ID 0115548012346"), (400, "Tax Invoice date 31/03/2025")]),
        (400, [(40, "Total credit (THB)"), (480, "18,564.50")]),
    ]
    got = plain(run(doc(page(rows)), ["credit_note_date", "invoice_date"]))
    assert got == {"credit_note_date": D(2025, 4, 22), "invoice_date": D(2025, 4, 22)}


def test_a_letterhead_in_capitals_without_accents_takes_the_footers_spelling() -> None:
    # The letterhead drops the accents with the case ("INFORMATICOS"); the footer writes the
    # name as registered.
    rows = [
        (50, [(60, "SUMINISTROS INFORMATICOS MANZANARES, S.L.")]),
        (64, [(60, "Calle de Albasanz 71, nave 4 - 28037 Madrid")]),
        (120, [(80, "CLIENTE")]),
        (134, [(80, "Ediciones Castellana, S.A.")]),
        (400, [(300, "TOTAL ABONO"), (480, "-1.341,47 EUR")]),
        (780, [(60, "Suministros Informáticos Manzanares, S.L. - Inscrita en el Registro")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "Suministros Informáticos Manzanares, S.L."


def test_a_dollar_sign_with_a_decimal_comma_is_a_peso_and_dates_put_the_day_first() -> None:
    # Colombia, Chile and Argentina write "$ 13.258.000,00": no US dollar, so "10/03/2026"
    # is the 10th of March.
    rows = [
        (100, [(40, "Fecha de emisión"), (200, "Fecha de vencimiento")]),
        (114, [(40, "10/03/2026"), (200, "09/04/2026")]),
        (300, [(300, "Total a pagar"), (420, "$ 15.777.020,00")]),
    ]
    assert plain(run(doc(page(rows)), ["invoice_date", "due_date"])) == {
        "invoice_date": D(2026, 3, 10),
        "due_date": D(2026, 4, 9),
    }


def test_the_payee_of_a_payment_slip_is_the_issuer_not_the_customer() -> None:
    # A Danish "Indbetaling" slip's "Modtager" is whom the money goes to; the customer is the
    # unlabelled address, and its CVR number is the customer's, not the issuer's.
    rows = [
        (40, [(56, "V E S T K Y S T", 18)]),
        (100, [(40, "Ribe Tandlægehus ApS"), (300, "Fakturadato: 19.03.2026")]),
        (114, [(40, "Saltgade 12")]),
        (128, [(40, "6760 Ribe")]),
        (142, [(40, "CVR 27601537")]),
        (300, [(300, "I alt DKK"), (480, "10.875,00")]),
        (560, [(40, "Indbetaling")]),
        (574, [(40, "Modtager: Vestkyst Kontorforsyning ApS"), (300, "Beløb DKK 10.875,00")]),
        (
            780,
            [(40, "Vestkyst Kontorforsyning ApS · Kongensgade 88 · 6700 Esbjerg · CVR 39184729")],
        ),
    ]
    got = run(doc(page(rows)), ["vendor", "customer", "vendor_vat_id", "customer_vat_id"])
    assert plain(got) == {
        "vendor": "Vestkyst Kontorforsyning ApS",
        "customer": "Ribe Tandlægehus ApS",
        "vendor_vat_id": "39184729",
        "customer_vat_id": "27601537",
    }


def test_a_chilean_spa_in_capitals_is_a_company() -> None:
    # "SpA" as printed, and "SPA" at the end of a name in capitals; not the word "spa".
    rows = [(40, [(40, "COMERCIAL ANDES SUR SPA")]), (54, [(40, "Giro: venta al por mayor")]),
            (300, [(300, "TOTAL"), (420, "$ 1.860.446")])]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "COMERCIAL ANDES SUR SPA"
    assert COMPANY_SUFFIX.search("COMERCIAL ANDES SUR SPA") is not None
    assert COMPANY_SUFFIX.search("Hotel Spa Resort") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BTW: BE 0841.739.274", "BE 0841.739.274"),  # dotted, its letters apart
        ("CHE-418.739.029 MWST", "CHE-418.739.029 MWST"),  # a Swiss UID before the tax word
        ("MWST-Nr.: CHE-418.739.029", "CHE-418.739.029"),
        ("Total MWST 8.1 %", None),
    ],
)
def test_a_vat_number_beside_the_taxs_bare_name(text: str, expected: str | None) -> None:
    rows = [(100, [(40, text)]), (300, [(40, "Total"), (300, "100.00")])]
    assert value(doc(page(rows)), "vat_id") == expected


@pytest.mark.parametrize(
    "text", ["Orden de compra: HS-OC-22871", "LPO No: HS-OC-22871", "Ordem de compra HS-OC-22871"]
)
def test_a_purchase_orders_number_in_spanish_portuguese_and_east_africa(text: str) -> None:
    rows = [
        (100, [(40, "Tel. (606) 741 8392"), (300, text)]),
        (300, [(40, "Total"), (300, "1.00")]),
    ]
    assert value(doc(page(rows)), "po_number") == "HS-OC-22871"


def test_a_legal_form_broken_over_two_lines_is_read_whole() -> None:
    # A narrow letterhead column breaks "S.A. DE C.V." after "DE"; an address below a name
    # adds nothing to it.
    rows = [
        (40, [(150, "COMERCIALIZADORA PACÍFICO NORTE S.A. DE", 11, True)]),
        (54, [(150, "C.V.", 11, True)]),
        (68, [(150, "RFC: CPN180412AB3")]),
        (200, [(40, "RECEPTOR")]),
        (214, [(40, "Nombre: FERRETERÍA EL CARDÓN")]),
        (400, [(300, "Total"), (420, "$ 1,000.00")]),
    ]
    assert value(doc(page(rows)), "vendor") == "COMERCIALIZADORA PACÍFICO NORTE S.A. DE C.V."
    rows = [
        (40, [(150, "Nordlicht Technik GmbH Berlin", 11, True)]),
        (54, [(150, "Alexanderplatz 1", 11, True)]),
        (400, [(300, "Gesamtbetrag"), (420, "1.000,00 €")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Nordlicht Technik GmbH"


def test_a_recipient_over_bank_details_is_the_payee_not_the_customer() -> None:
    # "Empfänger" heading the account to pay to names the issuer; the window's addressee is
    # the customer.
    rows = [
        (40, [(40, "Ostalpen Messe GmbH · Am Messezentrum 1 · 5020 Salzburg", 7)]),
        (100, [(40, "Holzbau Reisinger GmbH"), (330, "Rechnungsdatum: 12.11.2025")]),
        (114, [(40, "Gewerbepark Süd 12")]),
        (128, [(40, "6130 Schwaz")]),
        (300, [(40, "Rechnungsbetrag (brutto) EUR"), (420, "14.374,80")]),
        (400, [(40, "Empfänger:"), (180, "Ostalpen Messe GmbH")]),
        (414, [(40, "Bank:"), (180, "Salzburger Sparkasse Bank AG")]),
        (428, [(40, "IBAN:"), (180, "AT68 2011 1828 4716 3500")]),
        (780, [(40, "Ostalpen Messe GmbH · Sitz Salzburg · UID ATU62847156", 7)]),
    ]
    got = plain(run(doc(page(rows)), ["vendor", "customer"]))
    assert got["vendor"] == "Ostalpen Messe GmbH"
    assert got["customer"] != "Ostalpen Messe GmbH"


def test_a_letter_spaced_logos_words_and_no_name_inside_an_email_address() -> None:
    # One cell of spaced letters with a wider gap between the words is two words; the
    # address "studio@jorienvos.example" does not give the name its case.
    def logo(*cells: tuple[float, str, int]) -> Document:
        rows = [
            (40, cells),
            (70, [(56, "studio@jorienvos.example")]),
            (100, [(330, "Factuurdatum: 24-09-2025")]),
            (300, [(300, "Totaal"), (420, "€ 3.146,00")]),
        ]
        return doc(page(rows))

    assert value(logo((56, "J O R I E N", 18), (149, "V O S", 18)), "vendor") == "JORIEN VOS"
    assert value(logo((56, "J O R I E N V O S", 18)), "vendor") == "JORIENVOS"


def test_a_typed_letterheads_contacts_may_stand_lower_in_its_block() -> None:
    # A freelancer's name in body type heads the page; the phone is five lines down its block.
    lines = ["Javier Ortega Ruiz", "Desarrollo web y tiendas online", "NIF: 24518273C",
             "C/ de Cuba 41, pta. 6", "46006 Valencia", "Tel. 611 418 273"]  # fmt: skip
    rows = [(40 + 12 * k, [(40, line)]) for k, line in enumerate(lines)]
    rows += [
        (160, [(250, "Factura n.: A-2025/063")]),
        (230, [(40, "CLIENTE")]),
        (244, [(40, "Estudio Nómada Arquitectura, S.L.")]),
        (400, [(300, "TOTAL"), (420, "2.262,70 €")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Javier Ortega Ruiz"
    # The same block with no contacts at all may be an addressee's.
    assert value(doc(page(rows[:5] + rows[6:])), "vendor") is None


def test_irish_legal_forms_end_a_company_name() -> None:
    rows = [(700, [(40, "Clearview Energy Supply DAC · Registered in Ireland No. 614237")])]
    assert value(doc(page(rows)), "vendor") == "Clearview Energy Supply DAC"


def test_a_ticket_number_is_a_receipts_number() -> None:
    rows = [(50, [(40, "TICKET: 004587 MESA: 12")]), (64, [(40, "TOTAL: $1,300.00")])]
    assert value(doc(page(rows)), "invoice_number") == "004587"


def test_a_label_inside_a_sentence_yields_to_one_beside_its_value() -> None:
    rows = [
        (50, [(40, "Rechnungsbetrag brutto 2.821,49 €")]),
        (80, [(40, "Im Rechnungsbetrag enthaltene Lohnkosten gem. § 35a EStG: 1.540,00 €")]),
    ]
    assert value(doc(page(rows)), "total") == 2821.49


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["Рахунок на оплату № 147 від 18 квітня 2024 р."], "invoice_number", "147"),
        (["Рахунок на оплату № 147 від 18 квітня 2024 р."], "invoice_date", D(2024, 4, 18)),
        (["Счет на оплату № 312 от 22 мая 2024 г."], "invoice_date", D(2024, 5, 22)),
        (["Serija ir Nr.: VLN-004512", "2024 m. rugsėjo 9 d."], "invoice_number", "VLN-004512"),
        (["Serija ir Nr.: VLN-004512", "2024 m. rugsėjo 9 d."], "invoice_date", D(2024, 9, 9)),
        (["Mokėti iki: 2024-09-23"], "due_date", D(2024, 9, 23)),
        (["Оплатити до: 25.04.2024"], "due_date", D(2024, 4, 25)),
        (["Итого к оплате: 531 200,00 ₸"], "total", 531200.0),
        (["Всього до сплати: 28 950,00 грн"], "currency", "UAH"),
        (["RAČUN br. 415/1/1"], "invoice_number", "415/1/1"),
        (["Za platiti: 1.842,50 EUR"], "total", 1842.5),
        (["Reikningur nr. 4711", "Gjalddagi 15.10.2024"], "due_date", D(2024, 10, 15)),
        (["Số tiền đề nghị thanh toán đợt này: 839.272.000 đồng"], "amount_due", 839272000.0),
    ],
)
def test_labels_and_dates_of_more_languages(lines: list[str], field: str, expected: Any) -> None:
    d = stacked(lines)
    assert value(d, field) == expected


@pytest.mark.parametrize(
    ("line", "vendor"),
    [
        ("Постачальник: ТОВ «Світлотех Україна», код ЄДРПОУ 43812790", "ТОВ «Світлотех Україна»"),
        ("UAB „Baltijos pakuotė“, įmonės kodas 304512778", "UAB „Baltijos pakuotė“"),
        ("Jadran IT usluge d.o.o. · OIB 84512369017", "Jadran IT usluge d.o.o."),
        ("Hraunsteinn ehf. · kt. 540512-0990", "Hraunsteinn ehf."),
        ("Atelier Dufour SRL – RPM Liège", "Atelier Dufour SRL"),
    ],
    ids=["tov", "uab", "d.o.o.", "ehf", "srl"],
)
def test_legal_forms_before_and_after_the_name(line: str, vendor: str) -> None:
    assert value(doc(page([(700, [(40, line)])])), "vendor") == vendor.rstrip(",")


def test_a_name_for_the_attention_of_is_not_the_issuer() -> None:
    rows = [(40, [(40, "山田 太郎 様", 16, True)]), (80, [(40, "合計 ¥12,980")])]
    assert value(doc(page(rows)), "vendor") is None


def test_pt_opens_an_indonesian_firms_name_only_at_the_head_of_a_line() -> None:
    head = [(40, [(40, "PT Cahaya Abadi Teknologi")]), (60, [(40, "Jl. Sudirman 12, Jakarta")])]
    assert value(doc(page(head)), "vendor") == "PT Cahaya Abadi Teknologi"
    # Physical therapy on a US bill's item line is no firm.
    rows = [(40, [(40, "Riverside Physio", 16, True)]), (500, [(40, "PT Evaluation Visit")])]
    assert value(doc(page(rows)), "vendor") == "Riverside Physio"


@pytest.mark.parametrize(
    ("line", "vendor"),
    [
        ("✚ Maple Grove Family Dentistry, PLLC", "Maple Grove Family Dentistry, PLLC"),
        ("Brightside Family Dentistry, P.C.", "Brightside Family Dentistry, P.C."),
    ],
    ids=["pllc-after-an-ornament", "pc"],
)
def test_us_professional_corporations_end_a_company_name(line: str, vendor: str) -> None:
    assert value(doc(page([(50, [(40, line)])])), "vendor") == vendor


def test_a_short_line_of_far_apart_words_ending_in_a_legal_form_is_one_name() -> None:
    # An OCR layer sets each word where the scan shows it: gaps wide enough to read as cells.
    words = [(47, "Reformas", 20), (154, "Castillo", 20), (260, "S.L.", 20)]
    rows = [(46, [(x, text, size) for x, text, size in words]), (90, [(46, "C/ Mayor 12")])]
    assert value(doc(page(rows)), "vendor") == "Reformas Castillo S.L."


def test_a_vietnamese_firms_name_runs_on_after_its_form() -> None:
    rows = [(60, [(40, "Đơn vị bán hàng: CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT")])]
    assert value(doc(page(rows)), "vendor") == "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT"


# ----------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("label", "printed", "name", "expected"),
    [
        ("Nº de contrato:", "7000418823", "contract_number", "7000418823"),
        ("Vertragsnummer", "4471-A", "contract_number", "4471-A"),
        ("Totale spese", "€ 1.112,10", "total_expenses", 1112.10),
        ("Data approvazione:", "12 marzo 2025", "approval_date", D(2025, 3, 12)),
        ("Rekeninghouder", "R.J. van Oosterwijk", "account_holder", "R.J. van Oosterwijk"),
        ("Dipendente:", "Chiara Bellandi", "employee_name", "Chiara Bellandi"),
        ("OCR-nummer", "5108842105763", "ocr_number", "5108842105763"),
        ("Consumo total", "312 kWh", "consumption_kwh", 312),
        ("Código cliente", "554821-7", "client_code", "554821-7"),
    ],
    ids=["es", "de", "it-total", "it-date", "nl", "it-name", "sv-acronym", "es-unit", "pt-code"],
)
def test_a_field_named_in_english_is_found_under_its_label_in_another_language(
    label: str, printed: str, name: str, expected: object
) -> None:
    rows = [(50, [(40, "Seite 1")]), (70, [(40, label), (220, printed)])]
    assert value(doc(page(rows)), name) == expected


def test_a_total_row_may_say_what_it_totals() -> None:
    rows = [
        (100, [(40, "Code"), (120, "Billed"), (220, "Plan paid"), (320, "Your share")]),
        (116, [(40, "D0120"), (120, "$68.00"), (220, "$52.00"), (320, "$0.00")]),
        (132, [(40, "D2392"), (120, "$245.00"), (220, "$151.20"), (320, "$37.80")]),
        (148, [(40, "Claim totals"), (120, "$313.00"), (220, "$203.20"), (320, "$37.80")]),
    ]
    assert value(doc(page(rows)), "plan_paid") == 203.2


def test_an_id_of_letters_and_pairs_of_digits_is_read_whole() -> None:
    # A UK National Insurance number, and the tax code in the next cell.
    rows = [
        (100, [(40, "NI NUMBER"), (160, "TAX CODE"), (260, "NI CATEGORY")]),
        (112, [(40, "JT 48 22 71 C"), (160, "1257L"), (260, "A")]),
    ]
    assert value(doc(page(rows)), "ni_number") == "JT 48 22 71 C"
    assert value(stacked(["Ref: INV 2024-001 dated 3 May"]), "ref") == "INV 2024-001"


@pytest.mark.parametrize("name", ["total_weight", "weight_total", "sum_weight"])
def test_a_field_of_a_columns_total_is_its_cell_in_the_total_row(name: str) -> None:
    # A bill of lading's articles: the total row's label stands after the counts.
    rows = [
        (100, [(40, "UNITS"), (90, "DESCRIPTION"), (300, "CLASS"), (400, "WEIGHT (LBS)")]),
        (116, [(40, "1 PLT"), (90, "Centrifugal pumps"), (300, "85"), (400, "1,140")]),
        (132, [(40, "2 PLT"), (90, "Gate valves"), (300, "70"), (400, "985")]),
        (148, [(40, "3 PLT"), (90, "GRAND TOTAL"), (400, "2,125")]),
        (170, [(40, "Weight: see above")]),
    ]
    assert value(doc(page(rows)), name) == 2125


def test_a_column_without_a_total_row_gives_no_total() -> None:
    rows = [
        (100, [(40, "Item"), (300, "Weight")]),
        (116, [(40, "Pumps"), (300, "1,140")]),
        (132, [(40, "Valves"), (300, "985")]),
    ]
    assert value(doc(page(rows)), "total_weight") is None


def test_the_amount_without_the_tax_is_never_the_tax() -> None:
    d = stacked(["Totaal €40,39", "Waarvan BTW 9% € 3,33", "Bedrag excl. BTW € 37,06"])
    assert value(d, "vat_amount") == 3.33


@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        ("gst_amount", "GST 10% $619.00", 619.0),
        ("tax_base", "Base imponible 1.860,00 €", 1860.0),
        ("statement_date", "Statement Closing Date 03/22/2024", D(2024, 3, 22)),
        ("statement_date", "Opgørelsesdato: 31.12.2023", D(2023, 12, 31)),
        ("amount_due", "Saldo da pagare € 466,50", 466.5),
    ],
    ids=["gst", "tax-base", "closing-date", "danish", "italian-balance"],
)
def test_more_names_and_labels_of_common_fields(name: str, line: str, expected: object) -> None:
    assert value(stacked(["Page 1", line]), name) == expected


def test_a_name_field_takes_a_bare_name_label_when_nothing_says_whose() -> None:
    rows = [(50, [(40, "Navn:"), (100, "Mette Holm Sørensen"), (300, "Policenummer: 7720")])]
    assert value(doc(page(rows)), "member_name") == "Mette Holm Sørensen"


def test_the_firm_over_an_attention_line_is_found_past_another_columns_line() -> None:
    # The letterhead's address on the left sits between the firm and "À l'attention de".
    rows = [
        (80, [(40, "Plomberie Giraud SARL"), (320, "SCI Les Tilleuls")]),
        (88, [(40, "18, rue Pierre-Corneille")]),
        (96, [(320, "À l'attention de M. Olivier Perrin")]),
        (108, [(40, "69006 Lyon"), (320, "7, chemin des Tilleuls")]),
    ]
    assert value(doc(page(rows)), "customer") == "SCI Les Tilleuls"


def test_customer_name_heads_its_box() -> None:
    rows = [
        (100, [(40, "CUSTOMER NAME"), (300, "SERVICE ADDRESS")]),
        (112, [(40, "Gloria M. Halvorsen"), (300, "418 Orchard Lane")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Gloria M. Halvorsen"


def test_a_number_labelled_under_a_credit_notes_title_is_its_number() -> None:
    d = stacked(
        [
            "NOTE DE CRÉDIT",
            "Numéro : NC-2025-0037 N° client : C-30918",
            "Facture d'origine : F-2025-0412 du 04/03/2025",
            "Cette note de crédit annule partiellement la facture F-2025-0412.",
        ]
    )
    got = plain(run(d, ["credit_note_number", "original_invoice_number", "customer_number"]))
    assert got == {
        "credit_note_number": "NC-2025-0037",
        "original_invoice_number": "F-2025-0412",
        "customer_number": "C-30918",
    }


@pytest.mark.parametrize(
    ("label", "printed", "name", "expected"),
    [
        ("Splatnost", "02.06.2025", "due_date", D(2025, 6, 2)),
        ("Daň celkem", "3 742 Kč", "total", 3742),
        ("Cena spolu s DPH", "9,10 €", "total", 9.1),
        ("Číslo zásielky:", "EK 4005 8821 7734 SK", "tracking_number", "EK 4005 8821 7734 SK"),
        ("Poplatník", "Ing. Petr Novák", "taxpayer_name", "Ing. Petr Novák"),
        ("Mitgliedernummer:", "700-48213", "membership_number", "700-48213"),
        ("Lieferschein-Nr.:", "LS-25-034419", "delivery_note_number", "LS-25-034419"),
        ("Laskutusjakso", "1.11.2024 - 31.1.2025", "period_end", D(2025, 1, 31)),
    ],
    ids=["cs-due", "cs-total", "sk-total", "sk-parcel", "cs-name", "de-member", "de-note", "fi"],
)
def test_more_labels_of_central_and_northern_europe(
    label: str, printed: str, name: str, expected: object
) -> None:
    rows = [(50, [(40, "Strana 1")]), (70, [(40, label), (220, printed)])]
    assert value(doc(page(rows)), name) == expected


def test_a_text_field_beside_a_number_does_not_read_the_next_rows_label() -> None:
    rows = [
        (70, [(40, "Variabilní symbol"), (220, "4206118839")]),
        (84, [(40, "Konstantní symbol"), (220, "1148")]),
    ]
    # Asked for as text, the row below is not read instead: the number is the value (a
    # field's name that says nothing of words takes an identifier), a name's takes none.
    assert value(doc(page(rows)), "variable_symbol", {"kind": "text"}) == "4206118839"
    assert value(doc(page(rows)), "symbol_name", {"labels": ["Variabilní symbol"]}) is None
    # By its name, a symbol is a (payment reference) number.
    assert value(doc(page(rows)), "variable_symbol") == "4206118839"


def test_a_party_field_named_for_a_name_takes_the_labels_of_its_party() -> None:
    rows = [
        (100, [(40, "Odosielateľ"), (300, "Adresát")]),
        (112, [(40, "Zuzana Kováčová"), (300, "Martin Horváth")]),
    ]
    assert plain(run(doc(page(rows)), ["sender_name", "recipient_name"])) == {
        "sender_name": "Zuzana Kováčová",
        "recipient_name": "Martin Horváth",
    }


@pytest.mark.parametrize("name", ["quote_date", "credit_note_date", "ride_date", "notice_date"])
def test_the_date_of_the_document_itself_is_its_bare_date(name: str) -> None:
    d = stacked(["PRESUPUESTO", "N°: 0003-00001587", "Fecha: 07/04/2025", "Total 1.000,00 €"])
    assert value(d, name) == D(2025, 4, 7)


def test_another_date_is_not_the_documents_bare_date() -> None:
    # A payment or delivery date is its own event: "Fecha:" is the quote's.
    d = stacked(["PRESUPUESTO", "Fecha: 07/04/2025", "Total 1.000,00 €"])
    assert plain(run(d, ["payment_date", "delivery_date"])) == {
        "payment_date": None,
        "delivery_date": None,
    }


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Fare £186.00", "base_fare", 186.0),
        ("Premium: £412.50", "policy_premium", 412.5),
        ("KID: 20250142201178", "kid_number", "20250142201178"),
        ("Note: pay by transfer, ref 4471", "note_number", None),  # a word, no acronym
    ],
    ids=["fare", "premium", "acronym", "plain-word"],
)
def test_a_qualified_name_or_an_acronyms_number_takes_its_heads_labels(
    line: str, name: str, expected: object
) -> None:
    assert value(stacked(["Page 1", line]), name) == expected


def test_of_a_row_under_a_heading_the_amount_under_it_is_read() -> None:
    # A receipt's VAT summary in Courier: one space between cells, so a row is one run.
    def words(top: float, cells: list[tuple[float, str]]) -> list[Word]:
        return [Word(t, x0, top, x0 + 6.0 * len(t), top + 10) for x0, t in cells]

    header = [(40.0, "Tarief"), (82.0, "Basis"), (130.0, "BTW"), (184.0, "Totaal")]
    row = [(40.0, "21%"), (64.0, "27,58"), (100.0, "EUR"), (124.0, "5,79"), (154.0, "EUR")]
    row += [(178.0, "33,37"), (214.0, "EUR")]
    text = "Tarief Basis BTW Totaal\n21% 27,58 EUR 5,79 EUR 33,37 EUR"
    d = doc(Page(1, 595, 842, text, words(100, header) + words(114, row)))
    assert value(d, "vat_amount") == 5.79


def rtl_page(rows: Sequence[tuple[float, float, str]]) -> Page:
    """A page set right to left: rows ``(top, right edge, line in reading order)``. Words in
    Hebrew or Arabic letters, and numbers between them, go leftwards from the right edge; a
    run of words in Latin letters, with the numbers after them, keeps its own order inside
    its place (as a browser sets "IBAN: IL62 0108" in a Hebrew line)."""
    words: list[Word] = []
    for top, right, line in rows:
        runs: list[list[str]] = []
        for word in line.split():
            latin = any("a" <= c.lower() <= "z" for c in word) or (
                word[0].isdigit() and bool(runs) and runs[-1][0] == "latin"
            )
            if latin and runs and runs[-1][0] == "latin":
                runs[-1].append(word)
            else:
                runs.append(["latin" if latin else "rtl", word])
        x = right
        for kind, *run in runs:
            if kind == "rtl":
                run = run[::-1]  # one word: its place is its own
            width = sum(5.0 * len(w) for w in run) + 2.8 * (len(run) - 1)
            left = x - width
            for w in run:
                words.append(Word(w, left, top, left + 5.0 * len(w), top + 10))
                left += 5.0 * len(w) + 2.8
            x -= width + 2.8
    return Page(1, 595.0, 842.0, "\n".join(line for _, _, line in rows), words)


HEBREW_INVOICE = [
    (40, 555, "גליל ענן טכנולוגיות בע״מ"),
    (56, 555, "ח.פ. 515234870"),
    (80, 555, "חשבונית מס"),
    (96, 555, "מס׳ 30217"),
    (120, 555, "לכבוד: אורן הנדסה בע״מ"),
    (120, 300, "תאריך: 05/08/2025"),
    (136, 300, "תאריך לתשלום: 30/09/2025"),
    (160, 555, "סה״כ לפני מע״מ: ₪42,325.00"),
    (176, 555, "מע״מ 18% ₪7,618.50"),
    (192, 555, "סה״כ לתשלום: ₪49,943.50"),
    (216, 555, "IBAN: IL62 0108 0000 0009 9999 999 SWIFT: LUMIILITXXX"),
]


def test_a_hebrew_invoice_is_read_right_to_left() -> None:
    # Values stand left of their labels on a page read right to left: the page is mirrored,
    # and the Latin line keeps its order.
    d = doc(rtl_page(HEBREW_INVOICE))
    fields = ["invoice_number", "invoice_date", "due_date", "net_amount", "vat_amount"]
    fields += ["total", "vat_number", "customer_name", "iban"]
    assert plain(run(d, fields)) == {
        "invoice_number": "30217",
        "invoice_date": D(2025, 8, 5),
        "due_date": D(2025, 9, 30),
        "net_amount": 42325.0,
        "vat_amount": 7618.5,
        "total": 49943.5,
        "vat_number": "515234870",
        "customer_name": "אורן הנדסה בע״מ",
        "iban": "IL620108000000099999999",
    }


def test_a_value_on_a_page_read_right_to_left_is_boxed_where_it_is_printed() -> None:
    d = doc(rtl_page(HEBREW_INVOICE))
    total = run(d, ["total", "iban"])
    printed = {w.text: w for w in d.pages[0].words}
    amount, iban = printed["₪49,943.50"], printed["IL62"]
    assert total["total"] is not None and total["iban"] is not None
    x0, _, x1, _ = total["total"].bbox or (0, 0, 0, 0)
    assert (round(x0, 6), round(x1, 6)) == (round(amount.x0, 6), round(amount.x1, 6))
    x0, _, _, _ = total["iban"].bbox or (0, 0, 0, 0)
    assert round(x0, 6) == round(iban.x0, 6)  # a Latin run: its own order, not mirrored


def test_a_page_in_arabic_and_english_keeps_its_layout() -> None:
    # A Gulf tax invoice prints both languages: "VAT No. 310123456700003 الرقم الضريبي".
    # Its English labels have their values on their right, as laid out.
    words = [
        Word("VAT", 40, 50, 58, 60),
        Word("No.", 61, 50, 76, 60),
        Word("310123456700003", 90, 50, 165, 60),
        Word("الضريبي", 180, 50, 215, 60),
        Word("الرقم", 218, 50, 243, 60),
        Word("Al", 40, 30, 50, 40),
        Word("Yasmin", 53, 30, 83, 40),
        Word("Café", 86, 30, 106, 40),
    ]
    text = "Al Yasmin Café\nالرقم الضريبي 310123456700003 VAT No."
    assert value(doc(Page(1, 595, 842, text, words)), "vat_number") == "310123456700003"


# ------------------------------------------------------------ wrapped headings, addressees


def test_header_labels_wrapped_onto_two_lines_read_the_values_below() -> None:
    d = doc(
        page(
            [
                (
                    300,
                    [
                        (50, "Invoice", 8),
                        (130, "Date of", 8),
                        (210, "Purchase", 8),
                        (290, "Due", 8),
                    ],
                ),
                (
                    309,
                    [(50, "Number", 8), (130, "Issue", 8), (210, "Order No.", 8), (290, "Date", 8)],
                ),
                (
                    325,
                    [(50, "INV-204817"), (130, "14/03/2025"), (210, "55123"), (290, "13/04/2025")],
                ),
            ]
        )
    )
    got = plain(run(d, ["invoice_number", "invoice_date", "po_number", "due_date"]))
    assert got == {
        "invoice_number": "INV-204817",
        "invoice_date": D(2025, 3, 14),
        "po_number": "55123",
        "due_date": D(2025, 4, 13),
    }


def test_labels_of_a_list_set_line_under_line_are_not_one_wrapped_label() -> None:
    # "Total" over "Tax", each beside its amount: two labels, not "Total Tax".
    d = stacked(["Subtotal 100.00", "Total", "Tax 20.00"])
    assert value(d, "tax") == 20.0


def test_a_count_over_a_table_column_is_its_total_rows() -> None:
    rows: list[tuple[float, Sequence[Cell]]] = [
        (131, [(300, "Regular", 8), (360, "Overtime", 8)]),
        (140, [(300, "Hours", 8), (360, "Hours", 8)]),
    ]
    rows += [
        (155 + 12 * k, [(40, day), (300, r), (360, o)])
        for k, (day, r, o) in enumerate(
            [("Monday", "8.00", "0.00"), ("Friday", "4.00", "4.50"), ("Saturday", "0.00", "4.50")]
        )
    ]
    rows.append((200, [(40, "WEEKLY TOTALS"), (300, "12.00"), (360, "9.00")]))
    assert value(doc(page(rows)), "overtime_hours") == 9.0


LETTERHEAD: list[tuple[float, Sequence[Cell]]] = [
    (40, [(380, "Northgate Data Systems Ltd", 12, True)]),
    (56, [(380, "Unit 4, Kelham Island Works")]),
    (68, [(380, "Sheffield S3 8SA")]),
    (80, [(380, "Tel 0114 296 4410")]),
]


@pytest.mark.parametrize("name", ["customer_name", "tenant_name", "account_holder", "guarantor"])
def test_an_unlabelled_postal_address_names_the_addressee(name: str) -> None:
    address: list[tuple[float, Sequence[Cell]]] = [
        (150, [(50, "Mrs Eleanor Whitcombe")]),
        (162, [(50, "12 Orchard Lane")]),
        (174, [(50, "Stourport-on-Severn")]),
        (186, [(50, "DY13 8QP")]),
    ]
    found = run(doc(page([*LETTERHEAD, *address, (260, [(50, "INVOICE", 14, True)])])), [name])
    got = found[name]
    assert got is not None and got.value == "Mrs Eleanor Whitcombe"
    assert got.rule == "address-block"


def test_the_senders_own_address_is_not_the_addressee() -> None:
    # The letterhead alone: a phone number marks it as the sender's block.
    assert (
        value(doc(page([*LETTERHEAD, (260, [(50, "INVOICE", 14, True)])])), "customer_name") is None
    )


def test_a_line_with_a_year_is_no_postcode() -> None:
    summary: list[tuple[float, Sequence[Cell]]] = [
        (150, [(50, "Your account summary")]),
        (162, [(50, "Opening balance 1 February 2025")]),
        (174, [(50, "Closing balance 28 February 2025")]),
    ]
    assert value(doc(page(summary)), "customer_name") is None


def test_a_customers_block_may_carry_its_tax_number() -> None:
    block: list[tuple[float, Sequence[Cell]]] = [
        (40, [(40, "DISTRIBUCIONES LEVANTE, S.L.", 12, True)]),
        (54, [(40, "Tel. 961 340 587 · CIF B46832915")]),
        (143, [(320, "Restaurante La Barraca del Palmar, S.L.")]),
        (156, [(320, "C/ Caña, 14")]),
        (169, [(320, "46012 El Palmar (Valencia)")]),
        (182, [(320, "NIF B98417725")]),
    ]
    assert value(doc(page(block)), "customer_name") == "Restaurante La Barraca del Palmar, S.L."


# ------------------------------------------------------------ banks, terms, qualifiers


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BIC/SWIFT      CAIXESBBXXX", "CAIXESBBXXX"),
        ("Rabobank NL10 RABO 0312 4587 97 (BIC RABONL2U) ten name van", "RABONL2U"),
        ("SWIFT code: DEUTDEFF500", "DEUTDEFF500"),
    ],
    ids=["slash", "brackets", "swift"],
)
def test_a_bic_is_read_though_it_has_no_digit(line: str, expected: str) -> None:
    assert value(stacked(["Page 1", line]), "bic") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Konto-Nr.            4718236", "4718236"),
        ("N° de compte client    60281473", "60281473"),
        ("Account number 41207739", "41207739"),
    ],
    ids=["bank-de", "customer-fr", "en"],
)
def test_an_account_number_is_a_bank_accounts_or_a_customers(line: str, expected: str) -> None:
    assert value(stacked(["Kontoauszug", line]), "account_number") == expected


def test_payment_terms_in_days_are_no_amount() -> None:
    assert value(stacked(["Betalingsbetingelser  Netto 30 dage"]), "subtotal") is None


def test_a_po_box_is_no_purchase_order() -> None:
    assert value(stacked(["REMIT TO: Acme Corp, PO BOX 88213, Madison WI"]), "po_number") is None


def test_a_label_after_excluding_names_what_the_amount_leaves_out() -> None:
    d = stacked(
        [
            "Annual premium (excluding Insurance Premium Tax)   £6,841.00",
            "Insurance Premium Tax at 12%   £820.92",
            "Total premium payable   £7,661.92",
        ]
    )
    got = plain(run(d, ["insurance_premium_tax", "total_premium"]))
    assert got == {"insurance_premium_tax": 820.92, "total_premium": 7661.92}


def test_the_date_of_an_early_payment_discount_is_no_due_date() -> None:
    d = stacked(
        [
            "Bitte überweisen Sie den Gesamtbetrag von 2.150,93 EUR ohne Abzug bis zum 14.03.2025.",
            "Bei Zahlung bis zum 07.03.2025 gewähren wir 2 % Skonto.",
        ]
    )
    assert value(d, "due_date") == D(2025, 3, 14)


def test_the_date_under_a_numbered_title_is_the_documents() -> None:
    d = doc(
        page(
            [
                (42, [(40, "énergie atlantique", 14, True), (454, "Facture n° 30012845671")]),
                (54, [(481, "du 18 février 2025")]),
                (200, [(300, "Votre précédente facture du 17/01/2025 : 148,20 €")]),
            ]
        )
    )
    assert value(d, "invoice_date") == D(2025, 2, 18)


def test_of_one_amount_stated_at_several_dates_the_latest_is_read() -> None:
    d = stacked(
        [
            "Your fund value",
            "Fund value at 1 January 2024      €73,905.21",
            "Contributions paid in 2024        €7,176.00",
            "Fund value at 31 December 2024    €84,312.57",
        ]
    )
    assert value(d, "fund_value") == 84312.57


def test_under_a_bilingual_heading_the_value_starts_at_its_cell() -> None:
    rows: list[tuple[float, Sequence[Cell]]] = [
        (179, [(35, "Nadawca / Shipper"), (341, "Odbiorca / Consignee")]),
        (190, [(35, "Meblex Sp. z o.o."), (341, "Nordhus Interiör AB")]),
        (202, [(35, "ul. Przemysłowa 12"), (341, "Importgatan 18")]),
    ]
    got = plain(run(doc(page(rows)), ["shipper", "consignee"]))
    assert got == {"shipper": "Meblex Sp. z o.o.", "consignee": "Nordhus Interiör AB"}


def test_a_vat_numbers_country_code_printed_apart_is_joined_to_it() -> None:
    assert value(stacked(["VAT No. IE 6388047V"]), "vat_number") == "IE6388047V"


def test_a_tax_due_is_an_amount() -> None:
    assert resolve_fields(["net_vat_due"])["net_vat_due"].resolved_kind == "amount"


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Account number   4520 **** **** 7719", "account_number", "4520 **** **** 7719"),
        ("Total monthly premium   R1 249.75", "monthly_premium", 1249.75),
        ("Sum insured   R342 500.00 (retail value)", "sum_insured", 342500.0),
        # An ABN is a business's tax number: read as a VAT id is, without its spaces
        ("ABN 72 401 933 661 | QLD Licence No. 81234", "abn", "72401933661"),
        ("1st instalment due 01/04/2025   £163.29", "first_instalment", 163.29),
        ("IGST @ 18%   1,970.28", "igst", 1970.28),
    ],
    ids=["masked-card", "rand-glued", "rand-note", "abn", "ordinal", "igst"],
)
def test_values_printed_the_ways_statements_print_them(
    line: str, name: str, expected: object
) -> None:
    assert value(stacked(["Page 1", line]), name) == expected


def test_a_tax_word_after_including_in_another_label_is_not_the_tax() -> None:
    d = stacked(["Charges including VAT   £41.40", "VAT at 20%   £6.90"])
    assert value(d, "vat_amount") == 6.9


def test_a_column_total_reads_past_rows_with_that_cell_empty() -> None:
    rows: list[tuple[float, Sequence[Cell]]] = [
        (270, [(40, "Date"), (160, "Description"), (460, "Charges"), (520, "Credits")]),
        (287, [(40, "04/02/2025"), (160, "Exam and cleaning"), (466, "245.00")]),
        (297, [(40, "04/29/2025"), (160, "Insurance payment"), (520, "-208.40")]),
        (307, [(40, "04/29/2025"), (160, "Adjustment"), (520, "-64.60")]),
        (322, [(160, "Totals this statement"), (466, "509.00"), (520, "-273.00")]),
    ]
    rows.insert(2, (292, [(40, "04/02/2025"), (160, "Crown"), (466, "264.00")]))
    assert value(doc(page(rows)), "total_charges") == 509.0


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Period: 2025-01-01 -- 2025-01-31", D(2025, 1, 1), D(2025, 1, 31)),
        ("Periodo di fornitura: dal 01/12/2024 al 31/01/2025", D(2024, 12, 1), D(2025, 1, 31)),
    ],
    ids=["double-dash", "words-to-the-colon"],
)
def test_a_periods_dates_after_its_labels_own_words(line: str, start: object, end: object) -> None:
    got = plain(run(stacked([line]), ["period_start", "period_end"]))
    assert got == {"period_start": start, "period_end": end}


def test_a_text_value_ends_with_its_sentence() -> None:
    d = stacked(
        ["Huurder: R.J. Verhoeven. Op grond van artikel 7:259 BW verrekenen wij de kosten."]
    )
    assert value(d, "tenant_name") == "R.J. Verhoeven"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Hyvityslaskun nro 58214", "Hyvitettävä lasku 57903"], "58214"),
        (["Kvitto nr 4821   Kassör 12"], "4821"),
    ],
    ids=["fi-credit-note", "sv-receipt"],
)
def test_nordic_document_numbers(lines: list[str], expected: str) -> None:
    assert value(stacked(lines), "invoice_number") == expected


def test_a_party_headings_section_is_under_it_not_a_cell_beside_it() -> None:
    rows: list[tuple[float, Sequence[Cell]]] = [
        (106.6, [(45, "Laskutusosoite", 6.5)]),  # a small heading, set a little higher
        (109.5, [(316, "Laskun numero", 8.6), (398, "104387", 8.6)]),
        (114, [(45, "Rakennusliike Kivimäki Oy", 8.6)]),
        (125, [(45, "PL 118", 8.6), (316, "Asiakasnumero", 8.6), (398, "40117", 8.6)]),
        (134, [(45, "33101 TAMPERE", 8.6)]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Rakennusliike Kivimäki Oy"


def test_of_a_rows_amounts_the_periods_is_read_not_the_year_to_dates() -> None:
    rows: list[tuple[float, Sequence[Cell]]] = [
        (251, [(48, "Earnings"), (179, "Amount"), (263, "YTD"), (431, "Amount"), (515, "YTD")]),
        (266, [(48, "Basic Salary"), (187, "72,500.00"), (248, "7,25,000.00")]),
        (340, [(48, "Gross Earnings"), (180, "1,53,475.00"), (243, "15,34,750.00")]),
    ]
    assert value(doc(page(rows)), "gross_pay") == 153475.0


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        # A unit the name ends in is printed beside the value
        (["Gross weight: 48.6 kg"], "gross_weight_kg", 48.6),
        (["Consumption 312 kWh"], "consumption_kwh", 312.0),
        # The customer is "you" on the document
        (["Your order ref.: CVJ/PO/3391"], "customer_order_ref", "CVJ/PO/3391"),
        (["Client no. C-20931"], "customer_no", "C-20931"),
        # A total of a count the document states once
        (["Packages: 3 cartons"], "total_packages", 3.0),
        # A single word left after the unit labels only where it opens its line
        (["GreenGrid Energy", "Statement date 10/04/2024"], "energy_kwh", None),
        # A vehicle's registration is an identifier; an Italian plate's letters close it
        (["Registration 191-D-48827"], "vehicle_registration", "191-D-48827"),
        (["Causale VERBALE 2025/V/0187734 TARGA FK 218 PZ"], "license_plate", "FK 218 PZ"),
        (["单号：20240305-0172 桌号：A12"], "receipt_number", "20240305-0172"),
    ],
    ids=[
        *("unit-kg", "unit-kwh", "your-ref", "client-no", "packages", "word-inside-a-name"),
        *("registration", "targa", "dan-hao"),
    ],
)
def test_a_field_name_s_other_readings(lines: list[str], field: str, expected: object) -> None:
    assert value(stacked(lines), field) == expected


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["Credit Note No: CN-204519", "TOTAL CREDIT 941.40 CR"], "total", -941.4),
        (["GST/HST No. 784512369 RT0001"], "gst_number", "784512369RT0001"),
        (
            ["TVA intracommunautaire FR92 834 512 690 – IBAN FR27 1027"],
            "vat_number",
            "FR92834512690",
        ),
        # The customer's own number is not the issuer's
        (["Ihre USt-IdNr. DE284119563", "USt-IdNr.: DE813447900"], "vat_number", "DE813447900"),
        (
            ["Credit Note No: CN-204519", "Against Invoice: INV-198822"],
            "invoice_reference",
            "INV-198822",
        ),
        (["Adjustment Note No : ADJ-045821"], "credit_note_number", "ADJ-045821"),
    ],
    ids=[
        "cr-credit",
        "gst-hst-program",
        "fr-vat-glued-key",
        "your-vat",
        "against-invoice",
        "adj-note",
    ],
)
def test_credit_notes_and_tax_numbers(lines: list[str], field: str, expected: object) -> None:
    assert value(stacked(lines), field) == expected


def test_a_row_s_one_amount_printed_as_money_is_its_value() -> None:
    # Hours, this period's pay and the year's: only this period's carries the "$"
    lines = ["Description Rate Hours", "Gross Pay 84.50 $2,710.94 15,839.88"]
    assert value(stacked(lines), "gross_pay") == 2710.94


def test_a_period_in_brackets_does_not_end_the_value() -> None:
    line = "Net Pay (Period 03/02/2025 – 03/15/2025) $1,871.57"
    assert value(stacked([line, "Billing period 03/02/2025"]), "net_pay") == 1871.57


def test_another_document_s_date_is_not_this_one_s() -> None:
    lines = [
        "Zürich, 5. März 2024",
        "Rechnung RE-24-01187",
        "Offene Rechnung RE-23-04412 vom 14. Dezember 2023 über CHF 1'480.50",
    ]
    assert value(stacked(lines), "invoice_date") == D(2024, 3, 5)


def test_parties_without_their_labels_glosses_and_numbers() -> None:
    # A label's gloss in brackets, and an account number after the name, are no part of it
    assert value(stacked(["Buyer (Bill to)", "Vardhaman Infra Projects LLP"]), "customer") == (
        "Vardhaman Infra Projects LLP"
    )
    lines = ["Customer: Riverside Youth Soccer League (RIV-0331) Invoice #: 104837"]
    assert value(stacked(lines), "customer_name") == "Riverside Youth Soccer League"


def test_the_firm_above_an_attention_line_past_its_department() -> None:
    rows = [
        (180, [(62, "Kessler Maschinenbau AG"), (351, "vom:"), (439, "06.03.2025")]),
        (192, [(62, "Wareneingang Tor 3"), (351, "Unser Auftrag:"), (439, "AB-77410")]),
        (
            204,
            [(62, "z. Hd. Herrn Dieter Falk"), (351, "Ihr Ansprechpartner:"), (439, "Fr. Köhler")],
        ),
        (216, [(62, "Ettinger Straße 41")]),
        (228, [(62, "85057 Ingolstadt")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Kessler Maschinenbau AG"


def test_an_employee_is_the_payslip_s_addressee() -> None:
    rows = [
        (40, [(40, "Feldmann Logistik GmbH"), (330, "Abrechnung der Brutto/Netto-Bezüge")]),
        (120, [(40, "Herrn")]),
        (132, [(40, "Jan-Hendrik Ostermann"), (330, "Beitragsgruppe 1111")]),
        (144, [(40, "Äußere Sulzbacher Straße 118")]),
        (156, [(40, "90491 Nürnberg")]),
        (200, [(40, "Gehalt 4.100,00")]),
    ]
    assert value(doc(page(rows)), "employee_name") == "Jan-Hendrik Ostermann"


def test_a_party_heading_over_a_grid_of_keys_reads_the_values_column() -> None:
    # "Verkäufer" over "Nummer:", "Name:" and "Anschrift:" with the values far to the right;
    # the name wrapped upward over its key's line
    rows = [
        (162, [(70, "Verkäufer")]),
        (180, [(70, "Nummer:"), (261, "549910")]),
        (198, [(261, "MVM Musterhafter")]),
        (210, [(70, "Name:"), (261, "Versicherungsverein Musterstadt a.G.")]),
        (240, [(70, "Anschrift:"), (261, "Musterstr. 12")]),
        (258, [(261, "DE 12345 Musterstadt")]),
        (276, [(70, "USt.-Id.-Nr.:"), (261, "DE234567891")]),
    ]
    assert value(doc(page(rows)), "seller_name") == (
        "MVM Musterhafter Versicherungsverein Musterstadt a.G."
    )


def test_a_japanese_document_s_addressee_is_the_customer() -> None:
    lines = ["株式会社青葉商事 御中 請求書番号：INV-2403-0058", "件名：3月分 保守費用"]
    assert value(stacked(lines), "customer_name") == "株式会社青葉商事"
    # 様 glued to a word is no honorific: "仕様" is a specification
    assert value(stacked(["仕様 A-100"]), "customer_name") is None


def test_a_credit_note_s_total_is_not_the_invoice_it_credits() -> None:
    lines = [
        "Note de crédit n° NC-2024-0087",
        "Total de la note de crédit CHF -1’135.05",
        "montant de la facture n° 2024-0412 s’élevait à CHF 9’842.40, réglé le 4 mars 2024.",
    ]
    assert value(stacked(lines), "total") == -1135.05


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Valuation band: D", "council_tax_band", "D"),
        ("Energy rating: B", "energy_rating", "B"),
        ("Valuation band: D", "account_name", None),  # no grade asked: one letter is no name
    ],
    ids=["band", "rating", "not-a-grade"],
)
def test_a_grade_is_one_letter(line: str, field: str, expected: str | None) -> None:
    assert value(stacked([line]), field) == expected


@pytest.mark.parametrize(
    "name",
    ["Siam Orchid Trading Co., Ltd.", "Gulf Industrial Equipment Co. Ltd.", "Acme Co., Inc."],
)
def test_a_legal_form_of_two_parts_is_read_whole(name: str) -> None:
    rows = [(40, [(40, name, 16, True), (380, "TAX INVOICE", 14, True)]), (70, [(40, "Bangkok")])]
    assert value(doc(page(rows)), "vendor") == name


def test_a_key_value_grid_reads_the_name_beside_its_key() -> None:
    rows = [
        (100, [(40, "Customer"), (120, "Bangkok Riverside Hotel Co., Ltd."), (380, "No.")]),
        (113, [(40, "Address"), (120, "257 Charoen Nakhon Road, Bangkok"), (380, "Date")]),
        (126, [(40, "Tax ID"), (120, "0105540098765")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Bangkok Riverside Hotel Co., Ltd."
    # A heading over its block: the name is the line under it, not the cell beside it.
    rows = [
        (100, [(40, "Bill to"), (300, "Payment details")]),
        (113, [(40, "Harbour Tools Ltd"), (300, "IBAN GB33BUKB20201555555555")]),
        (126, [(40, "12 Quay Street, Bristol")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Harbour Tools Ltd"


def test_a_bare_no_over_the_date_in_the_header_grid_is_the_number() -> None:
    rows = [
        (40, [(380, "TAX INVOICE / RECEIPT", 14, True)]),
        (100, [(40, "Customer"), (120, "Riverside Hotel Ltd"), (380, "No."), (450, "IV6803-0091")]),
        (113, [(40, "Address"), (120, "257 Charoen Road"), (380, "Date"), (450, "19/03/2025")]),
        (140, [(40, "No."), (80, "Description"), (300, "Qty"), (400, "Amount")]),
        (153, [(40, "1"), (80, "Bath towel"), (300, "600"), (400, "87,000.00")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["invoice_number", "invoice_date"]))
    assert found == {"invoice_number": "IV6803-0091", "invoice_date": D(2025, 3, 19)}
    # Without a title above, or with no date's key under it, a bare "No." is no label.
    assert value(doc(page(rows[1:])), "invoice_number") is None
    assert value(doc(page([rows[0], rows[1], rows[3], rows[4]])), "invoice_number") is None


def test_a_date_after_another_document_s_number_is_not_the_invoice_s() -> None:
    lines = [
        "SALES INVOICE No. 0004517",
        "Sold to: Makati Legal Partners Co.   Date: March 7, 2025",
        "BIR Authority to Print No. OCN 047AU20240000012345 Date Issued: 01-15-2024",
        "Accreditation No. 047MP20230000000123, Date Issued: 03-01-2023",
    ]
    assert value(stacked(lines), "invoice_date") == D(2025, 3, 7)
    # The document's own number before it: the date is the document's.
    assert value(stacked(["Invoice No. 0004517 Date Issued: 01-15-2024"]), "invoice_date") == D(
        2024, 1, 15
    )


def test_a_total_in_another_currency_than_the_declared_one_is_a_conversion() -> None:
    lines = [
        "Currency: USD",
        "Sub-total (USD) 9,450.00",
        "Total (USD) 10,300.50",
        "Exchange rate used: USD 1.00 = SGD 1.3402",
        "Total including GST SGD 13,804.73",
    ]
    assert plain(run(stacked(lines), ["total", "currency"])) == {
        "total": 10300.5,
        "currency": "USD",
    }
    # Nothing declared: the strongest label decides, as before.
    assert value(stacked(lines[1:]), "total") == 13804.73


def test_a_japanese_receipt_spaced_title_amount_and_firm_by_its_seal() -> None:
    rows = [
        (50, [(238, "領 収 書", 22), (493, "No. 000583", 9.5)]),
        (67, [(478, "2025年2月14日", 9.5)]),
        (96, [(50, "合同会社ひかりデザイン", 14), (217, "様", 14)]),
        (150, [(228, "金額"), (267, "¥27,500-", 22)]),
        (183, [(159, "但し"), (191, "お食事代として")]),
        (300, [(126, "内訳", 9), (319, "有限会社青葉亭", 13)]),
        (320, [(319, "〒104-0061 東京都中央区銀座7-5-4", 9)]),
        (340, [(126, "税抜金額（10%対象）", 9), (272, "¥25,000", 9)]),
    ]
    found = plain(run(doc(page(rows)), ["receipt_number", "total", "vendor", "customer_name"]))
    assert found == {
        "receipt_number": "000583",
        "total": 27500,
        "vendor": "有限会社青葉亭",  # low on the page, by the seal: its legal form names it
        "customer_name": "合同会社ひかりデザイン",
    }
    # A bare "No." after words that spell no title stays no label.
    assert value(stacked(["領 収 No. 000583"]), "receipt_number") is None


def test_a_title_of_two_words_opens_a_bare_number_label() -> None:
    assert value(stacked(["Daňový doklad č. 2025-0142"]), "invoice_number") == "2025-0142"


def test_a_vietnamese_invoice_with_english_glosses() -> None:
    lines = [
        "HÓA ĐƠN GIÁ TRỊ GIA TĂNG   Ký hiệu (Serial): 1C25TAA",
        "Ngày (Date) 24 tháng (month) 02 năm (year) 2025   Số (No.): 00000742",
        "Mã số thuế (Tax code): 0312345678",
        "Tên đơn vị (Company name): CÔNG TY CỔ PHẦN XÂY DỰNG AN KHANG",
        "Hợp đồng số: 27/2025/HĐKT-HP-AK ngày 10/02/2025",
        "Cộng tiền hàng (Total amount excl. VAT): 86.400.000",
        "Tổng cộng tiền thanh toán (Total payment): 93.312.000",
    ]
    rows = [(50 + 20 * k, [(40, line)]) for k, line in enumerate(lines)]
    rows[1] = (
        70,
        [(40, "Ngày (Date) 24 tháng (month) 02 năm (year) 2025"), (400, "Số (No.): 00000742")],
    )
    fields = ["invoice_number", "invoice_date", "tax_id", "customer_name", "total"]
    assert plain(run(doc(page(rows)), fields)) == {
        "invoice_number": "00000742",  # "Số" keying its cell, not the contract's "số:"
        "invoice_date": D(2025, 2, 24),
        "tax_id": "0312345678",  # past the gloss, which names another label
        "customer_name": "CÔNG TY CỔ PHẦN XÂY DỰNG AN KHANG",  # the colon after the gloss
        "total": 93312000,
    }


def test_a_total_excluding_tax_is_not_the_total() -> None:
    lines = ["Total amount excl. VAT: 1,000.00", "VAT 20%: 200.00", "Amount payable 1,200.00"]
    assert value(stacked(lines), "total") == 1200
    alone = run(stacked(lines[:2]), ["total"])["total"]
    assert alone is not None and alone.label is None  # only the largest-amount guess is left


def test_a_korean_tax_invoice_s_approval_number_is_its_number() -> None:
    lines = ["전 자 세 금 계 산 서", "승인번호 20250310-41000012-00003817", "작성일자 2025-03-10"]
    assert value(stacked(lines), "invoice_number") == "20250310-41000012-00003817"


def test_a_swedish_register_number_gives_way_to_the_vat_number() -> None:
    footer = "Org.nr 556712-4083 · Momsreg.nr SE556712408301 · Bankgiro 5421-0387"
    assert value(stacked([footer]), "vat_number") == "SE556712408301"
    # Norway prints its VAT number as the Org.nr with "MVA" after it, nothing else.
    assert value(stacked(["Org.nr 923 456 789 MVA"]), "vat_number") == "923456789MVA"


def test_a_date_heading_a_column_of_dates_is_not_the_document_s() -> None:
    rows = [
        (50, [(40, "Kontoutdrag"), (400, "Datum"), (450, "2025-03-31")]),
        (120, [(40, "Fakturanr"), (120, "Fakturadatum"), (220, "Förfallodag"), (320, "Belopp")]),
        (133, [(40, "520452"), (120, "2025-03-17"), (220, "2025-04-16"), (320, "15 348,75")]),
        (146, [(40, "520496"), (120, "2025-03-20"), (220, "2025-04-19"), (320, "18 721,25")]),
    ]
    assert value(doc(page(rows)), "statement_date") == D(2025, 3, 31)
    # One row of values under a header's grid is the document's own date.
    grid = [
        (100, [(40, "Invoice No"), (140, "Invoice Date"), (240, "Due Date"), (340, "PO")]),
        (113, [(40, "INV-0042"), (140, "2025-03-17"), (240, "2025-04-16"), (340, "PO-7")]),
        (140, [(40, "Description"), (340, "Amount")]),
    ]
    assert value(doc(page(grid)), "invoice_date") == D(2025, 3, 17)


def test_a_statement_closes_with_its_balance_column_s_total_row() -> None:
    heads = [
        (40, "Date"),
        (120, "Details"),
        (380, "Debit £"),
        (450, "Credit £"),
        (520, "Balance £"),
    ]
    rows = [
        (100, heads),
        (113, [(40, "01/03/2025"), (120, "Balance brought forward"), (520, "6,842.17")]),
        (126, [(40, "04/03/2025"), (120, "Invoice SI77"), (380, "561.91"), (520, "7,404.08")]),
        (139, [(40, "28/03/2025"), (120, "Payment"), (450, "2,000.00"), (520, "5,404.08")]),
        (152, [(40, "Totals for March"), (380, "561.91"), (450, "2,000.00"), (520, "5,404.08")]),
    ]
    found = plain(run(doc(page(rows)), ["opening_balance", "closing_balance"]))
    assert found == {"opening_balance": 6842.17, "closing_balance": 5404.08}
    # Another field does not read a balance column's total as its own.
    assert value(doc(page(rows)), "total_debit") == 561.91


def test_a_party_s_first_sighting_wins_over_a_later_one_beside_its_label() -> None:
    rows = [
        (100, [(40, "INVOICE TO", 9, True), (380, "Invoice number"), (460, "NMI-25-03117")]),
        (113, [(40, "Calder Valley Housing Association Ltd")]),
        (126, [(40, "Dean Clough Mills, Halifax HX3 5AX")]),
        (
            700,
            [(40, "Return to: Credit Control"), (380, "Customer"), (430, "Calder Valley Assoc.")],
        ),
    ]
    assert value(doc(page(rows)), "customer_name") == "Calder Valley Housing Association Ltd"


def test_spanish_american_customer_labels_and_a_name_in_capitals_with_its_form() -> None:
    rows = [
        (40, [(40, "SOCIEDAD COMERCIAL PACÍFICO SUR SpA", 14, True), (400, "FACTURA", 12)]),
        (60, [(40, "R.U.T.: 76.543.217-0")]),
        (100, [(40, "Señor(es): Importadora Los Lagos Limitada")]),
        (
            700,
            [(40, "Depositar a nombre de Sociedad Comercial Pacífico Sur SpA, RUT 76.543.217-0")],
        ),
    ]
    assert plain(run(doc(page(rows)), ["vendor", "customer_name"])) == {
        "vendor": "Sociedad Comercial Pacífico Sur SpA",  # as the text writes it in words
        "customer_name": "Importadora Los Lagos Limitada",
    }
    afip = "CUIT: 30-70924618-2   Apellido y Nombre / Razón Social: Hotel Plaza Mendoza S.A."
    assert value(stacked([afip]), "customer_name") == "Hotel Plaza Mendoza S.A."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("supplier_gstin", "27AAHCS7781E1Z4"),
        ("seller_vat_number", "27AAHCS7781E1Z4"),
        ("customer_gstin", "27AABCK6620M1ZS"),
        ("buyer_tax_id", "27AABCK6620M1ZS"),
    ],
)
def test_a_party_s_own_number_is_read_in_its_block(name: str, expected: str) -> None:
    rows = [
        (40, [(40, "Sahyadri Software Solutions Pvt. Ltd.", 14, True), (400, "TAX INVOICE")]),
        (60, [(40, "GSTIN: 27AAHCS7781E1Z4 · PAN: AAHCS7781E")]),
        (100, [(40, "Bill To:"), (300, "Invoice No: SSS/2024-25/1127")]),
        (113, [(40, "Kalyani Forge Ltd"), (300, "Invoice Date: 12/03/2025")]),
        (126, [(40, "GSTIN: 27AABCK6620M1ZS")]),
    ]
    assert value(doc(page(rows)), name) == expected


def test_a_bare_number_label_after_the_title_s_own_number_is_another_s() -> None:
    lines = [
        "Factura F-2025/0031 · Certificación nº 5 · Página 1 de 4",
        "Debiteurnummer D-30218",
    ]
    found = plain(run(stacked(lines), ["invoice_number", "customer_number"]))
    assert found == {"invoice_number": "F-2025/0031", "customer_number": "D-30218"}
    # The title's date may follow its number: "vom" still dates it. A type code in brackets
    # is no number of the title's.
    assert value(stacked(["Rechnung Nr. 42 vom 01.02.2024"]), "invoice_date") == D(2024, 2, 1)
    assert value(
        stacked(["Handelsrechnung (380) Nr. 471102 vom 05.03.2018"]), "invoice_number"
    ) == ("471102")


def test_the_vat_number_of_a_field_that_does_not_say_whose_is_the_issuer_s() -> None:
    rows = [
        (40, [(40, "Ferramenta Adriatica Ingrosso S.r.l.", 14, True)]),
        (60, [(40, "Via Tiburtina 312 · 65129 Pescara")]),
        (100, [(40, "Spett.le"), (300, "Fattura n. 1184/A")]),
        (113, [(40, "Edil Marsica S.n.c."), (300, "Data 28/02/2025")]),
        (126, [(40, "P.IVA 01742890665")]),
        (800, [(40, "Ferramenta Adriatica Ingrosso S.r.l. · P.IVA IT01938470687")]),
    ]
    assert value(doc(page(rows)), "vat_number") == "IT01938470687"
    assert value(doc(page(rows)), "customer_vat_number") == "01742890665"


def test_a_heading_word_ending_a_name_or_inside_an_address_is_no_header_row() -> None:
    rows = [
        (40, [(40, "MILLER'S AUTO SERVICE", 16, True), (450, "REPAIR INVOICE", 12, True)]),
        (60, [(40, "Miller's Auto Service"), (414, "INVOICE #"), (476, "RO #")]),
        (73, [(40, "2210 W. Main Street, Troy, OH 45373"), (414, "118452"), (476, "40391")]),
        (86, [(40, "service@millersautotroy.com"), (414, "DATE"), (476, "PROMISED")]),
        (99, [(40, "Ohio Vendor's License 55-1204438"), (414, "03/14/2025"), (476, "03/14/2025")]),
    ]
    found = plain(run(doc(page(rows)), ["invoice_number", "invoice_date"]))
    assert found == {"invoice_number": "118452", "invoice_date": D(2025, 3, 14)}
    # A row of column headings still keeps the first item's date from being the document's.
    table = [
        (100, [(40, "Date"), (120, "Description"), (400, "Qty"), (480, "Amount")]),
        (113, [(40, "01/02/2025"), (120, "Oil change"), (400, "1"), (480, "89.00")]),
    ]
    found_in_table = run(doc(page(table)), ["invoice_date"])["invoice_date"]
    assert found_in_table is None or found_in_table.rule == "first-date"  # no label's value


def test_canadian_dollars_by_name_or_by_the_country_s_taxes() -> None:
    assert value(stacked(["All amounts in Canadian dollars.", "Total $1,099.14"]), "currency") == (
        "CAD"
    )
    lines = ["GST/HST Registration 80417 3320 RT0001 · PST-1099-4418", "Total $1,099.14"]
    assert value(stacked(lines), "currency") == "CAD"
    assert value(stacked(["Sales tax 7%", "Total $1,099.14"]), "currency") == "USD"


def test_a_proforma_invoice_s_number_under_its_paired_label() -> None:
    rows = [
        (60, [(40, "Exporter"), (300, "Proforma Invoice No. & Date"), (430, "Buyer's Reference")]),
        (73, [(40, "MALABAR SPICE EXPORTS PVT. LTD."), (300, "MSE/PI/2025/041"), (430, "TBT/Q")]),
        (86, [(40, "41/2280 Kaloor Road"), (300, "dt. 05-Mar-2025"), (430, "dt. 24-Feb-2025")]),
    ]
    assert plain(run(doc(page(rows)), ["invoice_number", "invoice_date"])) == {
        "invoice_number": "MSE/PI/2025/041",
        "invoice_date": D(2025, 3, 5),
    }


def test_a_bare_word_that_labels_a_number_names_the_field_weakly() -> None:
    rows = [(60, [(40, "Account"), (128, ": DOO001"), (283, "Order No"), (346, ": DK-0331")])]
    assert value(doc(page(rows)), "account_number") == "DOO001"
    # A stronger label wins; a word inside a sentence is none.
    lines = ["Account number: 4471-2209", "Account: DOO001"]
    assert value(stacked(lines), "account_number") == "4471-2209"
    assert value(stacked(["Your account DOO001 is overdue."]), "account_number") is None


def test_the_customer_is_never_the_issuer_a_payment_advice_addresses() -> None:
    rows = [
        (40, [(40, "Kauri Managed IT Limited", 14, True), (400, "TAX INVOICE", 12, True)]),
        (60, [(40, "Level 2, 150 Karangahape Road, Auckland")]),
        (700, [(40, "PAYMENT ADVICE")]),
        (713, [(40, "To: Kauri Managed IT Limited, Level 2, 150 Karangahape Road")]),
        (726, [(40, "Customer"), (110, "Tui Street Physiotherapy Ltd"), (300, "Amount Due")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Tui Street Physiotherapy Ltd"


def _tight_row(top: float, x: float, cells: list[str], size: float = 8.0) -> tuple[float, list]:
    """A table row whose cells stand 0.77 em apart: too close for a segment gap of their own."""
    out = []
    for text in cells:
        out.append((x, text, size))
        words = text.split()
        x += sum(0.5 * size * len(w) for w in words) + 0.28 * size * (len(words) - 1)
        x += 0.77 * size
    return (top, out)


def test_a_label_does_not_run_across_two_headings_set_close() -> None:
    # "IGST Amount | Total Tax Amount": with a field of its own for "IGST", "Amount Total"
    # across the two headings is no label.
    rows = [
        (100, [(40, "Description"), (400, "Amount")]),
        (114, [(40, "Cotton fabric"), (400, "1,000.00")]),
        (128, [(40, "IGST Output @ 5%"), (400, "50.00")]),
        (142, [(40, "Total"), (400, "Rs. 1,050.00")]),
        _tight_row(180, 240, ["Taxable Value", "IGST Rate", "IGST Amount", "Total Tax Amount"]),
        (194, [(240, "1,000.00"), (300, "5%"), (340, "50.00"), (400, "50.00")]),
        (208, [(200, "Total"), (240, "1,000.00"), (340, "50.00"), (400, "50.00")]),
    ]
    got = plain(run(doc(page(rows)), ["total", "igst"]))
    assert got["total"] == 1050.0


def test_a_guest_name_in_a_grid_of_bold_keys() -> None:
    # Keys the rules know no label for ("Company") set like the label ("Guest Name") make a
    # grid of keys and values: the name is beside the label, not the next key under it.
    rows = [
        (100, [(48, "Guest Name", 8.5, True), (127, "James Whitaker"),
               (286, "Folio No.", 8.5, True)]),
        (114, [(48, "Company", 8.5, True), (127, "Atlantic Survey Partners Ltd"),
               (286, "Room", 8.5, True)]),
        (128, [(48, "Address", 8.5, True), (127, "Unit 7, Sandyford Business Centre")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "customer_name") == "James Whitaker"


def test_envelope_markings_and_a_role_before_the_addressee() -> None:
    rows = [
        (40, [(40, "Ashworth Kendrick LLP", 16, True)]),
        (140, [(60, "Private & Confidential")]),
        (152, [(60, "The Directors")]),
        (164, [(60, "Calder Valley Joinery Ltd")]),
        (176, [(60, "Unit 4, Wharf Street Mills")]),
        (188, [(60, "Sowerby Bridge")]),
        (200, [(60, "HX6 2AF")]),
        (260, [(300, "Invoice No: 24117")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Calder Valley Joinery Ltd"


def test_a_name_in_capitals_ending_in_co_with_its_stop() -> None:
    rows = [
        (40, [(40, "BLUE RIDGE PROPANE CO."), (400, "INVOICE")]),
        (52, [(40, "2207 Franklin Road SW")]),
        (64, [(40, "Roanoke, VA 24014")]),
        (120, [(40, "Walter Pruitt")]),
        (132, [(40, "6418 Bent Mountain Rd")]),
        (144, [(40, "Bent Mountain, VA 24059")]),
    ]
    got = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert got == {"vendor": "BLUE RIDGE PROPANE CO.", "customer_name": "Walter Pruitt"}
    # Colorado's "CO" before a ZIP code is no legal form
    assert value(stacked(["Mile High Goods", "Denver, CO 80202"]), "vendor") != "Denver, CO"


def test_a_buyer_same_as_the_consignee_is_the_consignee() -> None:
    rows = [
        (100, [(40, "Consignee", 9, True), (300, "Validity of offer", 9, True)]),
        (112, [(40, "TAN BROTHERS TRADING PTE. LTD."), (300, "30 days")]),
        (124, [(40, "18 Pandan Loop, #03-11")]),
        (136, [(40, "Singapore 128237")]),
        (160, [(40, "Buyer (if other than consignee)", 9, True),
               (300, "Country of Origin", 9, True)]),
        (172, [(40, "Same as consignee"), (300, "India")]),
        (196, [(40, "Pre-carriage by", 9, True), (300, "Terms of Delivery", 9, True)]),
        (208, [(40, "Road / Kochi (factory)"), (300, "FOB Cochin Port")]),
        (300, [(40, "TOTAL FOB VALUE (USD)"), (480, "26,325.00")]),
        (312, [(40, "Advance payable on confirmation (30%): USD 7,897.50")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["customer_name", "total"]))
    assert got == {"customer_name": "TAN BROTHERS TRADING PTE. LTD.", "total": 26325.0}


def test_a_label_in_a_sentence_that_goes_on_gives_way_to_the_grid() -> None:
    rows = [
        (100, [(60, "Invoice No."), (150, "Invoice Date"), (460, "Due Date")]),
        (114, [(60, "FOC-25-0219"), (150, "19 March 2025"), (460, "9 April 2025")]),
        (300, [(60, "Your preliminary corporation tax for 2025 falls due on 23 June 2025 and is "
                    "not included in this invoice.")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "due_date") == D(2025, 4, 9)


def test_small_capitals_are_one_word_and_lower_case_forms_in_prose_no_firm() -> None:
    # A letterhead in small capitals: each initial in a larger size, touching the rest.
    words = [("F", 19.0, 57.0, 70.2), ("ITZGERALD", 13.5, 70.2, 154.2), ("O'C", 19.0, 160.3, 195.6),
             ("ONNOR", 13.5, 195.6, 251.5), ("&", 19.0, 257.6, 274.5), ("C", 19.0, 280.5, 295.1),
             ("O", 13.5, 295.1, 306.1), (".", 19.0, 306.1, 312.2)]  # fmt: skip
    head = [Word(t, x0, 73.5 - size, x1, 73.5, 1, size, False) for t, size, x0, x1 in words]
    body = page([
        (120, [(57, "The Directors")]),
        (132, [(57, "Riverside Bakehouse Ltd")]),
        (144, [(57, "Unit 3, Kinsale Road Business Park")]),
        (156, [(57, "Cork T12 P8W6")]),
        (500, [(57, "Our fees are payable within 21 days. Your preliminary corporation tax for "
                    "2025 is not included.")]),
    ])  # fmt: skip
    letterhead = Page(1, 595.0, 842.0, "F ITZGERALD O'C ONNOR & C O .\n" + body.text,
                      head + body.words)  # fmt: skip
    assert value(doc(letterhead), "vendor") == "FITZGERALD O'CONNOR & CO."
    # "corporation" in a sentence is no company ("… preliminary corporation tax …")
    prose = page([(40, [(57, "Receipt", 14, True)]), *body_rows(500)])
    assert value(doc(prose), "vendor") is None


def body_rows(top: float) -> list[tuple[float, list]]:
    return [(top, [(57, "Our fees are payable within 21 days of the invoice date. Your "
                        "preliminary corporation tax for 2025 is not included.")])]  # fmt: skip


def test_an_account_number_printed_as_the_customer_number() -> None:
    rows = [
        (100, [(40, "Priya Sandhu"), (300, "Invoice #: 358812")]),
        (114, [(40, "Client #: C-20931"), (300, "Patient: Milo")]),
    ]
    assert value(doc(page(rows)), "account_number") == "C-20931"
    # where the account number is printed too, it wins
    both = [(100, [(40, "Customer No: 4471")]), (114, [(40, "Account No: 0071-4482")])]
    assert value(doc(page(both)), "account_number") == "0071-4482"


def test_a_rate_printed_apart_from_its_percent_sign_is_no_amount() -> None:
    # (pdflatex without the euro sign prints "e" after the amounts)
    rows = [
        (100, [(120, "Summe netto"), (455, "4.880,00 e")]),
        (114, [(120, "zzgl. 19 % Umsatzsteuer"), (455, "927,20 e")]),
        (128, [(120, "Rechnungsbetrag"), (455, "5.807,20 e")]),
    ]
    assert value(doc(page(rows)), "vat_amount") == 927.2
    # "zzgl." alone ("plus") yields to a tax's name, also in a sentence after the table
    sentence = [
        (100, [(120, "Summe Leistungen (netto)"), (455, "6.105,20")]),
        (114, [(120, "Umsatzsteuer 19 %"), (455, "1.159,99")]),
        (160, [(120, "Gesamtstunden: 195,00 (Normalstunden 190,50 zzgl. Mehrarbeit 4,50).")]),
    ]
    assert value(doc(page(sentence)), "vat_amount") == 1159.99


def test_a_line_without_tax_and_wrapped_rows_in_a_tax_column() -> None:
    # "(no VAT)" says the line bears none; the VAT column's cells are "–" there, and its
    # rows wrap: its total row still gives the tax.
    rows = [
        (100, [(451, "Net £", 10, True), (505, "VAT £", 10, True)]),
        (114, [(40, "Professional charges (partner 14.2 hrs, associate 22.6"),
               (436, "8,400.00"), (498, "1,680.00")]),
        (126, [(40, "hrs)")]),
        (138, [(40, "Disbursements:")]),
        (150, [(40, "Counsel's fees, advice"), (436, "1,500.00"), (503, "300.00")]),
        (162, [(40, "Court fee – Part 7 claim issue (no VAT)"), (446, "313.00"), (520, "–")]),
        (174, [(40, "Totals"), (430, "10,213.00"), (498, "1,980.00")]),
        (188, [(40, "Total invoice (including VAT)"), (430, "12,193.00")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vat_amount", "total"]))
    assert got == {"vat_amount": 1980.0, "total": 12193.0}


def test_a_column_total_row_without_tax_is_no_total() -> None:
    rows = [
        (100, [(40, "Désignation"), (300, "Quantité"), (480, "Montant CHF")]),
        (114, [(40, "Rapport annuel 2023, reliure piqûre – exemplaires"), (300, "1’200"),
               (480, "-984.00")]),
        (126, [(40, "défectueux")]),
        (138, [(40, "Frais de port"), (300, "1"), (480, "-66.00")]),
        (150, [(40, "Total hors TVA"), (480, "-1’050.00")]),
        (162, [(40, "TVA 8,1 %"), (480, "-85.05")]),
        (174, [(40, "Total de la note de crédit CHF", 10, True), (470, "-1’135.05", 10, True)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "total") == -1135.05


def test_a_credit_memo_title_is_no_vendor() -> None:
    rows = [
        (40, [(40, "PINNACLE DATA SYSTEMS", 14, True), (400, "CREDIT MEMO", 22, True)]),
        (64, [(40, "Pinnacle Data Systems Corp.", 9)]),
        (76, [(40, "One Harbor Point, Stamford, CT 06902", 9)]),
    ]
    assert value(doc(page(rows)), "vendor") == "Pinnacle Data Systems Corp."


def test_a_reminder_typed_in_monospace() -> None:
    # A typed rule under the headings; the reminder's own date is "Date:", the table's
    # "Invoice Date" the reminded invoice's.
    rows = [
        (40, [(40, "CARRICK BUSINESS SUPPLIES LTD")]),
        (52, [(40, "Carrick House, 9 Station Approach")]),
        (120, [(40, "Date: 21 March 2025")]),
        (132, [(40, "Account No: C30917")]),
        (160, [(40, "FINAL REMINDER - BEFORE FURTHER ACTION")]),
        (200, [(76, "Invoice No."), (157, "Invoice Date"), (243, "Due Date"), (416, "Amount")]),
        (210, [(76, "-----------"), (157, "------------"), (243, "-----------"), (416, "------")]),
        (220, [(76, "CBS-0044712"), (157, "15/01/2025"), (243, "14/02/2025"), (410, "£1,846.20")]),
    ]
    got = plain(run(doc(page(rows)), ["invoice_number", "reminder_date", "account_number"]))
    assert got == {
        "invoice_number": "CBS-0044712",
        "reminder_date": D(2025, 3, 21),
        "account_number": "C30917",
    }


def test_a_bill_to_block_beside_its_label() -> None:
    rows = [
        (129, [(46, "Bill To"), (136, "Halvorsen Industrial Canada Ltd."), (346, "Folio No. 88")]),
        (140, [(136, "Attn: Accounts Payable")]),
        (151, [(136, "1850 Meyerside Drive")]),
        (162, [(136, "Mississauga ON L5T 1B4")]),
        (174, [(46, "Guest Name"), (136, "Lindqvist, Erik Mr"), (346, "Invoice Date 13-Mar-25")]),
        (188, [(46, "Company"), (136, "Halvorsen Industrial Canada Ltd."), (346, "Room No. 1716")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Halvorsen Industrial Canada Ltd."


def test_a_client_acct_is_the_account_number() -> None:
    rows = [(60, [(40, "IATA 14-5 2281 6"), (300, "CLIENT ACCT: HAL0192")])]
    assert value(doc(page(rows)), "account_number") == "HAL0192"


def test_a_direct_debits_day_is_the_due_date_and_a_rates_base_no_tax() -> None:
    rows = [
        (100, [(40, "Summe netto"), (480, "726,57")]),
        (114, [(40, "Umsatzsteuer 19 % auf 726,57 €"), (480, "138,05")]),
        (128, [(40, "Rechnungsbetrag"), (480, "864,62 €")]),
        (160, [(40, "Zahlung per SEPA-Lastschrift: Der Rechnungsbetrag von 864,62 € wird am "
                    "14.03.2025 von Ihrem")]),
        (172, [(40, "Konto IBAN DE89 **** **** **** **77 14 abgebucht.")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["due_date", "vat_amount"]))
    assert got == {"due_date": D(2025, 3, 14), "vat_amount": 138.05}


def test_the_tax_of_a_breakdown_row_of_base_tax_and_gross() -> None:
    rows = [
        (100, [(50, "ALV-erittely"), (106, "Veroton"), (153, "Vero"), (198, "Verollinen")]),
        (114, [(50, "ALV 25,5 %"), (106, "19 932,32"), (153, "5 082,74"), (198, "25 015,06")]),
    ]
    assert value(doc(page(rows)), "vat_amount") == 5082.74


def test_a_previous_invoices_number_in_a_sentence_is_not_this_ones() -> None:
    rows = [
        (100, [(50, "N° de facture"), (150, "Date de facture")]),
        (112, [(50, "10047729183"), (150, "14/03/2025")]),
        (400, [(50, "Votre précédente facture n° 10047512066 du 14/02/2025 d'un montant de")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "10047729183"


@pytest.mark.parametrize(
    ("rows", "field", "expected"),
    [
        (  # Spanish "Cuota IVA" heads the tax; "% IVA" over a rate is none
            [
                (100, [(73, "Base imponible"), (206, "% IVA"), (311, "Cuota IVA"), (446, "TOTAL")]),
                (114, [(81, "1.055,53 €"), (206, "21 %"), (312, "221,66 €"), (453, "1.277,19 €")]),
            ],
            "vat_amount",
            221.66,
        ),
        (  # Italian "Netto a pagare" is what is owed, not the net
            [
                (100, [(40, "Totale imponibile"), (250, "€ 11.072,00")]),
                (112, [(40, "Totale IVA"), (250, "€ 2.435,84")]),
                (124, [(40, "Netto a pagare"), (250, "€ 13.507,84")]),
            ],
            "net_amount",
            11072.0,
        ),
        (  # Portuguese "Total s/ IVA" is without tax; "Total da fatura" the total
            [
                (100, [(40, "Total s/ IVA"), (300, "346,42")]),
                (112, [(40, "Total IVA"), (300, "20,79")]),
                (124, [(40, "Total da fatura"), (300, "367,21 €")]),
            ],
            "total",
            367.21,
        ),
        (  # "N.º de Cliente / Conta" labels the account
            [(100, [(40, "4705-414 Braga"), (317, "N.º de Cliente / Conta"), (509, "100482217")])],
            "account_number",
            "100482217",
        ),
        (  # a space-grouped amount right-aligned under a narrower heading
            [
                (100, [(400, "netto"), (464, "VAT"), (518, "brutto")]),
                (112, [(340, "23%"), (392, "70 382,00"), (450, "16 187,86"), (513, "86 569,86")]),
                (124, [(340, "Razem"), (392, "70 382,00"), (450, "16 187,86"), (513, "86 569,86")]),
            ],
            "vat_amount",
            16187.86,
        ),
        (  # "Total cuota IVA" beside the breakdown's first row is the tax
            [
                (
                    100,
                    [
                        (40, "IVA 10 %"),
                        (120, "492,50 €"),
                        (180, "49,25 €"),
                        (240, "541,75 €"),
                        (400, "Total cuota IVA"),
                        (500, "63,11 €"),
                    ],
                ),
                (114, [(40, "IVA 21 %"), (120, "66,00 €"), (180, "13,86 €"), (240, "79,86 €")]),
            ],
            "vat_amount",
            63.11,
        ),
    ],
    ids=["cuota-iva", "netto-a-pagare", "total-s-iva", "cliente-conta", "grouped", "cuota-total"],
)
def test_european_tax_and_total_labels(rows: list, field: str, expected: Any) -> None:
    assert value(doc(page(rows)), field) == expected


def test_the_tax_stated_per_rate_on_lines_of_their_own_is_their_sum() -> None:
    rows = [
        (100, [(376, "Subtotaal"), (500, "€ 2.137,90")]),
        (112, [(376, "BTW 21% over € 2.051,50"), (500, "€ 430,82")]),
        (124, [(394, "BTW 9% over € 86,40"), (510, "€ 7,78")]),
        (136, [(376, "Totaal te betalen"), (500, "€ 2.576,50")]),
    ]
    assert value(doc(page(rows)), "vat_amount") == 438.6
    # a base named before a rate's tax is no tax line of its own
    base = [
        (100, [(40, "Totaal excl. BTW"), (400, "EUR 4.173,11")]),
        (112, [(40, "Grondslag 21% BTW:"), (400, "EUR 161,00")]),
        (124, [(40, "BTW 21%"), (400, "EUR 33,81")]),
    ]
    assert value(doc(page(base)), "vat_amount") == 33.81


def test_a_folios_printed_date_and_an_order_number_where_nothing_better_is_printed() -> None:
    rows = [
        (100, [(40, "GUEST Mei Chen"), (300, "FOLIO NO. 2284917")]),
        (112, [(300, "ARRIVAL"), (390, "10-Mar-25")]),
        (124, [(300, "DEPARTURE"), (390, "13-Mar-25")]),
        (136, [(300, "PRINTED"), (390, "13-Mar-25 07:42")]),
        (160, [(40, "Account : DOO001"), (300, "Order No : DK-0331")]),
    ]
    got = plain(run(doc(page(rows)), ["invoice_date", "po_number"]))
    assert got == {"invoice_date": D(2025, 3, 13), "po_number": "DK-0331"}
    # a date labelled as the invoice's, and a PO number, win over them
    both = [*rows, (180, [(40, "Invoice date: 14-Mar-25"), (300, "PO No: 4500017")])]
    got = plain(run(doc(page(both)), ["invoice_date", "po_number"]))
    assert got == {"invoice_date": D(2025, 3, 14), "po_number": "4500017"}


def test_an_iban_wrapped_onto_the_next_line() -> None:
    rows = [
        (700, [(40, "Ferramenta Adriatica Ingrosso S.r.l. · P.IVA IT01938470687 · BPER Banca "
                    "IBAN IT60 X054")]),
        (712, [(40, "2811 1010 0000 0123 456 · BIC BPMOIT22XXX")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "iban") == "IT60X0542811101000000123456"


def test_a_statements_account_name_is_the_customer() -> None:
    rows = [
        (40, [(40, "SHREE GANESH STEEL TRADERS", 16, True)]),
        (100, [(40, "Account: Punjab Auto Components Pvt. Ltd."), (400, "Date: 3-Apr-2025")]),
        (112, [(40, "Plot 112, Focal Point, Phase VIII"), (400, "Ledger code: SD-P-0147")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["customer_name", "account_number"]))
    assert got["customer_name"] == "Punjab Auto Components Pvt. Ltd."
    # a number after it is the account's number, as before
    assert value(stacked(["Account : DOO001", "Order No : DK-0331"]), "account_number") == "DOO001"


def test_an_acronym_fields_number_after_no() -> None:
    rows = [(80, [(300, "KHE/EXP/2024-25/0387"), (440, "IEC No. 0412038876")])]
    assert value(doc(page(rows)), "iec_code") == "0412038876"


def test_a_row_of_headings_that_spells_a_sum() -> None:
    rows = [
        (220, [(51, "TOTALS THIS STATEMENT"), (166, "66,216.00"), (233, "13,386.20")]),
        (232, [(51, "PREVIOUS BALANCE"), (166, "+ CHARGES"), (233, "- CREDITS"),
               (300, "= NEW BALANCE")]),
        (242, [(51, "18,406.52"), (166, "66,216.00"), (233, "13,386.20"), (300, "71,236.32")]),
        (260, [(85, "CURRENT"), (137, "31-60 DAYS"), (204, "61-90 DAYS"), (286, "OVER 90"),
               (353, "TOTAL DUE")]),
        (270, [(75, "66,119.90"), (147, "5,116.42"), (233, "0.00"), (300, "0.00"),
               (353, "71,236.32")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "closing_balance") == 71236.32


def test_numbers_right_aligned_under_a_heading_with_its_unit() -> None:
    cells = [
        (40, [(316, "Pcs"), (336, "Weight (lbs)"), (390, "Class"), (450, "Net")]),
        (52, [(328, "3"), (374.5, "947"), (394, "50"), (450, "118.00")]),
        (64, [(328, "2"), (368, "3,111"), (394, "85"), (450, "229.67")]),
        (76, [(30, "TOTALS"), (318, "5"), (366, "4,058"), (450, "347.67")]),
    ]
    rows = [(top, [(x, text, 7.0) for x, text in row]) for top, row in cells]
    assert value(doc(page(rows)), "total_weight") == 4058


def test_a_measure_named_with_its_unit_prefers_a_value_printed_in_it() -> None:
    rows = [
        (100, [(40, "Dos 640 kWh faturados, 200 kWh beneficiam da taxa reduzida; o restante "
                    "consumo 74,98 € à taxa normal")]),
        (200, [(40, "Consumo"), (320, "640 kWh")]),
        (240, [(40, "Water usage"), (200, "36 kL")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["consumption_kwh", "water_usage_kl"]))
    assert got == {"consumption_kwh": 640, "water_usage_kl": 36}


@pytest.mark.parametrize(
    ("rows", "number"),
    [
        (
            [(100, [(300, "FEE NOTE", 14, True)]), (114, [(300, "Fee Note No.: 24-00917")])],
            "24-00917",
        ),
        (
            [
                (100, [(40, "Nº de factura"), (150, "Fecha de factura")]),
                (112, [(40, "2024/A/0318"), (150, "08/04/2024")]),
            ],
            "2024/A/0318",
        ),
        (
            [
                (45, [(56, "Inês Carvalho", 17), (418, "FATURA-RECIBO", 14, True)]),
                (65, [(56, "Tradução e Revisão · Inglês, Francês"), (474, "N.º FR 2024/37")]),
            ],
            "FR 2024/37",
        ),
        (
            [
                (60, [(40, "KREDITFAKTURA", 14, True)]),
                (80, [(40, "Kreditfaktura K-2024-0188", 16, True)]),
                (96, [(40, "Kreditering av faktura 2024-1472 · Tavla Business")]),
            ],
            "K-2024-0188",
        ),
    ],
    ids=["fee-note", "n-de-factura", "under-a-title-at-the-right", "kreditfaktura"],
)
def test_document_numbers_of_fee_notes_facturas_and_credit_notes(rows: list, number: str) -> None:
    assert value(doc(page(rows)), "invoice_number") == number


def test_an_irish_address_block_with_a_person_and_role_over_the_firm() -> None:
    rows = [
        (40, [(40, "KEANE MULCAHY LLP", 16, True)]),
        (70, [(40, "Merrion House, 61 Lower Mount Street, Dublin 2 · T +353 1 644 2900")]),
        (110, [(70, "Ms Nora Keating"), (330, "FEE NOTE")]),
        (121, [(70, "Finance Manager"), (330, "Date: 30 September 2024")]),
        (132, [(70, "Aldergrove Consulting Ltd")]),
        (143, [(70, "27 Herbert Place")]),
        (154, [(70, "Dublin 2")]),
        (165, [(70, "D02 X285")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Aldergrove Consulting Ltd"


def test_a_portuguese_adquirente() -> None:
    rows = [
        (100, [(63, "Adquirente", 9, True)]),
        (112, [(63, "Nome"), (300, "Número de identificação fiscal")]),
        (124, [(63, "Aldergrove Consulting Ltd"), (300, "IE3524781JH")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Aldergrove Consulting Ltd"


def test_a_danish_moms_nr_over_the_cvr_and_an_austrian_uid_nr() -> None:
    danish = [(150, [(40, "CVR-nr. 38412752 · Moms-nr. DK38412752")])]
    assert value(doc(page(danish)), "vat_number") == "DK38412752"
    austrian = [(780, [(40, "Öffnungszeiten Mo–Fr 9–18 Uhr"), (250, "UID-Nr.: ATU71234568")])]
    assert value(doc(page(austrian)), "vat_number") == "ATU71234568"


def test_a_party_set_flush_right_under_its_label() -> None:
    rows = [
        (184, [(51, "Policyholder", 8.8, True), (496.4, "Issued by", 8.8, True)]),
        (195, [(51, "Aldergrove Consulting Ltd", 8.8),
               (419.6, "Liffey Mutual Insurance DAC", 8.8)]),
        (206, [(51, "27 Herbert Place", 8.8), (406, "Liffey House, 8 Custom House Quay", 8.8)]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert got == {
        "vendor": "Liffey Mutual Insurance DAC",
        "customer_name": "Aldergrove Consulting Ltd",
    }


def test_a_weight_in_kg_is_no_company() -> None:
    rows = [
        (40, [(40, "L I O N  C I T Y  A I R W A Y S", 12)]),
        (300, [(40, "SINGAPORE CHANGI TERMINAL 3"), (300, "30 KG"), (360, "OK")]),
        (600, [(64, "Lion City Airways Pte. Ltd. · 1 Airline Road, Singapore 819829")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Lion City Airways Pte. Ltd."


def test_the_total_row_of_a_vat_summary_is_no_gross_total() -> None:
    rows = [
        (100, [(40, "Your bill at a glance", 11, True)]),
        (120, [(40, "Total charges excluding VAT"), (500, "£156.35")]),
        (132, [(40, "VAT at 20%"), (500, "£31.27")]),
        (144, [(40, "Total"), (500, "£187.62")]),
        (300, [(40, "VAT summary", 11, True)]),
        (320, [(40, "VAT rate"), (280, "Net"), (380, "VAT")]),
        (332, [(40, "Standard rate 20%"), (270, "£156.35"), (370, "£31.27")]),
        (344, [(40, "Zero rate / outside scope"), (270, "£0.00"), (370, "£0.00")]),
        (356, [(40, "Total"), (270, "£156.35"), (370, "£31.27")]),
    ]
    assert value(doc(page(rows)), "total") == 187.62


def test_total_this_bill() -> None:
    rows = [
        (120, [(40, "Monthly charges"), (500, "£139.00")]),
        (132, [(40, "Total this bill including VAT:"), (200, "£187.62")]),
        (144, [(40, "Total"), (300, "£139.00")]),
    ]
    assert value(doc(page(rows)), "total") == 187.62


def test_a_vat_analysis_heading_reads_no_tax() -> None:
    rows = [
        (100, [(40, "Description"), (300, "Net €"), (380, "VAT €"), (460, "Gross €")]),
        (112, [(40, "Rent, quarter in advance"), (300, "14,250.00"), (380, "3,277.50"),
               (460, "17,527.50")]),
        (124, [(40, "Building insurance recharge"), (300, "615.00"), (380, "0.00"),
               (460, "615.00")]),
        (136, [(40, "Total"), (300, "14,865.00"), (380, "3,277.50"), (460, "18,142.50")]),
        (180, [(40, "VAT analysis: standard rate 23% on €14,250.00 = €3,277.50; exempt €615.00.")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vat_amount") == 3277.5


def test_a_logo_over_the_letterhead_that_repeats_the_name_is_not_part_of_it() -> None:
    rows = [
        (41, [(54, "ALPENKURIER", 20, True)]),
        (64, [(54, "Alpenkurier Express AG", 8.5)]),
        (75, [(54, "Hardturmstrasse 161, 8005 Zürich", 8.5)]),
        (150, [(54, "Aldergrove Consulting Ltd")]),
        (161, [(54, "Grabenstrasse 12")]),
        (172, [(54, "8001 Zürich")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Alpenkurier Express AG"


def test_a_tickets_purchase_date_is_its_date_not_the_journeys() -> None:
    rows = [
        (40, [(40, "BIGLIETTO ELETTRONICO", 14, True)]),
        (100, [(40, "Partenza 18/06/2024 ore 07:40"), (300, "Arrivo 18/06/2024 ore 10:55")]),
        (140, [(40, "PASSEGGERO"), (200, "AMBIENTE"), (300, "OFFERTA"), (420, "DATA ACQUISTO")]),
        (152, [(40, "Tomás Byrne"), (200, "Business"), (300, "Flex"), (420, "12/06/2024 14:22")]),
    ]
    assert value(doc(page(rows)), "invoice_date") == dt.date(2024, 6, 12)
    invoice = [
        (100, [(40, "Invoice date: 20/06/2024")]),
        (112, [(40, "Purchase date: 12/06/2024")]),
    ]
    assert value(doc(page(invoice)), "invoice_date") == dt.date(2024, 6, 20)


def test_an_austrian_sole_traders_e_u_is_a_legal_form() -> None:
    rows = [
        (43, [(438, "PC-Werkstatt Neubau e.U.", 8.5)]),
        (48, [(62, "PC-Werkstatt", 24, True), (472, "Inh. Markus Pölzl", 8.5)]),
        (62, [(438, "Kaiserstraße 61, 1070 Wien", 8.5)]),
        (150, [(62, "Aldergrove Consulting Ltd.")]),
        (161, [(62, "27 Herbert Place")]),
    ]
    assert value(doc(page(rows)), "vendor") == "PC-Werkstatt Neubau e.U."


def test_a_letterhead_name_on_two_lines_that_the_footer_prints_whole() -> None:
    rows = [
        (58, [(79, "Maya Thibodeau", 22, True)]),
        (80, [(79, "Design", 12)]),
        (100, [(79, "Brand & Visual Design • 1207-1455 West Georgia Street, Vancouver", 8)]),
        (140, [(79, "BILL TO"), (400, "INVOICE")]),
        (152, [(79, "Aldergrove Consulting Ltd"), (400, "Invoice # 0047")]),
        (760, [(79, "Maya Thibodeau Design — GST/HST No. 784521361 RT0001", 7)]),
    ]
    assert value(doc(page(rows)), "vendor") == "Maya Thibodeau Design"
    alone = [row for row in rows if row[0] != 760]
    assert value(doc(page(alone)), "vendor") == "Maya Thibodeau"


def test_a_tax_beside_its_label_in_a_total_row_and_the_gross_in_the_next_column() -> None:
    rows = [
        (100, [(49, "Description"), (323, "Qty"), (440, "VAT rate"), (508, "Subtotal")]),
        (112, [(49, "KeyPro wireless keyboard"), (323, "3"), (440, "20%"), (508, "£149.97")]),
        (124, [(49, "Dockline docking station"), (323, "2"), (440, "20%"), (508, "£258.00")]),
        (136, [(49, "Total", 8.6, True), (440, "VAT £67.99", 8.6, True),
               (515, "£407.97", 8.6, True)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vat_amount") == 67.99
    based = [(100, [(40, "Moms 25% af 13.443,36"), (400, "3.360,84")])]
    assert value(doc(page(based)), "vat_amount") == 3360.84


def test_an_items_tax_rate_row_yields_to_the_tables_tax_total() -> None:
    rows = [
        (480, [(56, "Anteil"), (340, "Netto"), (430, "USt."), (500, "Brutto")]),
        (497, [(56, "Beherbergung, USt. 10 %"), (340, "632,73"), (430, "63,27"),
               (500, "696,00")]),
        (514, [(56, "Seminarpauschale, USt. 20 %"), (340, "356,00"), (430, "71,20"),
               (500, "427,20")]),
        (532, [(56, "Summe"), (340, "988,73"), (421, "134,47"), (500, "1.123,20")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vat_amount") == 134.47


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["DIČ: 2120456789", "IČ DPH: SK2120456789"], "SK2120456789"),
        (["ЕИК: 204518736", "ИН по ЗДДС: BG204518736"], "BG204518736"),
        (["OIB: 45678901239", "PDV ID: HR45678901239"], "HR45678901239"),
        (["Matična številka: 1234567000", "ID za DDV: SI48291749"], "SI48291749"),
        (["TRANSPORT KOVAČEVIĆ PIB: 104829376"], "104829376"),
        (["Земљорадничка задруга ПИБ: 101234987"], "101234987"),
        (["PVM mokėtojo kodas: LT100004567310"], "LT100004567310"),
        (["Reģ. Nr. 40103456789", "PVN reģ. Nr. LV40103456789"], "LV40103456789"),
        (["KMKR nr: EE102345676"], "EE102345676"),
        (["Y-tunnus 2345679-9 • ALV-numero FI23456799"], "FI23456799"),
        (["Norðurljós Hótel ehf. - Kt. 540612-0980 - VSK nr. 109874"], "109874"),
        (["Fjordgross AS • Org.nr. NO 987 654 325 MVA • Foretaksregisteret"], "NO987654325MVA"),
    ],
    ids=["sk", "bg", "hr", "si", "rs", "rs-cyrillic", "lt", "lv", "ee", "fi", "is", "no"],
)
def test_vat_numbers_of_central_and_eastern_europe_and_the_nordics(
    lines: list[str], want: str
) -> None:
    assert value(stacked(lines), "vat_number") == want


@pytest.mark.parametrize(
    ("seller", "buyer"),
    [
        ("Dodavatel:", "Odběratel:"),
        ("Доставчик:", "Получател:"),
        ("Prodavatelj:", "Kupac:"),
        ("Pardavėjas:", "Pirkėjas:"),
        ("Piegādātājs:", "Pircējs:"),
        ("Постачальник:", "Покупець:"),
    ],
    ids=["cz", "bg", "hr", "lt", "lv", "ua"],
)
def test_the_parties_headings_of_central_and_eastern_europe(seller: str, buyer: str) -> None:
    rows = [
        (40, [(40, "FAKTURA", 16, True)]),
        (100, [(40, seller, 9, True), (300, buyer, 9, True)]),
        (112, [(40, "Stavebniny Horák s.r.o."), (300, "Pekárna Novák s.r.o.")]),
        (124, [(40, "Průmyslová 12, Brno"), (300, "Dlouhá 5, Praha")]),
    ]
    got = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert got == {"vendor": "Stavebniny Horák s.r.o.", "customer_name": "Pekárna Novák s.r.o."}


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["RAČUN št. 2025-000318", "Kraj in datum izdaje: Ljubljana, 10.01.2025",
             "Rok plačila: 09.02.2025"],
            {"invoice_number": "2025-000318", "due_date": dt.date(2025, 2, 9)},
        ),
        (
            ["РАЧУН бр. 118/2025", "Датум издавања рачуна: 15.09.2025.",
             "Рок плаћања (валута): 15.10.2025."],
            {"invoice_number": "118/2025", "due_date": dt.date(2025, 10, 15)},
        ),
        (
            ["RĒĶINS", "Nr. BP-2025/0156",
             "Rēķina datums: 2025. gada 14. maijs   Apmaksas termiņš: 2025. gada 13. jūnijs",
             "Piegādes datums: 2025. gada 12. maijs"],
            {"invoice_number": "BP-2025/0156", "invoice_date": dt.date(2025, 5, 14),
             "due_date": dt.date(2025, 6, 13)},
        ),
        (
            ["Põhjaranna Transport OÜ   ARVE nr 25-0733", "Arve kuupäev: 08.05.2025",
             "Maksetähtaeg: 22.05.2025"],
            {"invoice_number": "25-0733", "invoice_date": dt.date(2025, 5, 8),
             "due_date": dt.date(2025, 5, 22)},
        ),
        (
            ["Начин на плащане: по банков път   Срок за плащане: 26.03.2025 г.",
             "Сума за плащане: 8 880,00 лв.", "Равностойност в евро: 4 540,27 EUR"],
            {"due_date": dt.date(2025, 3, 26), "total": 8880.0},
        ),
    ],
    ids=["sl", "sr-cyrillic", "lv", "et", "bg"],
)  # fmt: skip
def test_numbers_dates_and_totals_of_central_and_eastern_europe(
    lines: list[str], want: dict[str, Any]
) -> None:
    assert plain(run(stacked(lines), list(want))) == want


def test_a_year_in_a_totals_label_and_a_total_in_a_remark_are_no_totals() -> None:
    rows = [
        (300, [(62, "Summe Trinkwasser brutto"), (500, "343,60 €")]),
        (320, [(62, "Gesamtbetrag der Abrechnung 2024 (brutto)"), (500, "702,96 €")]),
        (332, [(62, "abzüglich geleistete Abschläge (11 x 55,00 €)"), (500, "−605,00 €")]),
        (344, [(62, "Nachzahlung"), (500, "97,96 €")]),
    ]
    assert plain(run(doc(page(rows)), ["total", "amount_due"])) == {
        "total": 702.96,
        "amount_due": 97.96,
    }
    nursery = [
        (200, [(40, "Totaal te betalen"), (500, "€ 627,08")]),
        (300, [(40, "Het attest voor 2024 (totaal betaald € 3.861,72) werd verstuurd.")]),
    ]
    assert value(doc(page(nursery)), "total") == 627.08


def test_a_bills_period_a_licences_validity_and_a_fee_notes_number() -> None:
    bill = ["Account number 7731 0042", "Your energy bill for 1 February 2025 – 28 February 2025"]
    assert plain(run(stacked(bill), ["period_start", "period_end"])) == {
        "period_start": dt.date(2025, 2, 1),
        "period_end": dt.date(2025, 2, 28),
    }
    licence = ["TV LICENCE", "Valid from 1 June 2025", "Expires 31 May 2026"]
    assert plain(run(stacked(licence), ["start_date", "end_date"])) == {
        "start_date": dt.date(2025, 6, 1),
        "end_date": dt.date(2026, 5, 31),
    }
    assert value(
        stacked(["Honorarnote Nr.: 2025/0418", "Datum: 14.03.2025"]), "invoice_number"
    ) == ("2025/0418")


def test_a_word_broken_over_two_lines_starts_no_company_name() -> None:
    rows = [
        (50, [(180, "DR. MED. DENT. KATHARINA REISINGER", 14, True)]),
        (68, [(165, "Zahnärztin · Implantologie und Parodontologie", 8)]),
        (743, [(71, "Bankverbindung: Erste Bank der österreichis-", 8),
               (330, "IBAN: AT92 2011 1829 1447 0301", 8)]),
        (753, [(71, "chen Sparkassen AG", 8)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "DR. MED. DENT. KATHARINA REISINGER"
    footer = rows[2:]
    assert value(doc(page(footer)), "vendor") is None


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Данъчна основа (20 %): 7 400,00 лв.", "Начислен ДДС (20 %): 1 480,00 лв.",
          "Сума за плащане: 8 880,00 лв."], (7400.0, 1480.0, 8880.0)),
        (["Укупно без ПДВ: 627.382,00", "Укупан износ ПДВ: 125.476,40",
          "Укупно за уплату: 752.858,40"], (627382.0, 125476.4, 752858.4)),
        (["Suma be PVM: 4 937,00 EUR", "PVM 21 %: 1 036,77 EUR", "Suma su PVM: 5 973,77 EUR"],
         (4937.0, 1036.77, 5973.77)),
        (["Сума без ПДВ: 23 200,00", "Сума ПДВ: 4 640,00", "Усього з ПДВ: 27 840,00"],
         (23200.0, 4640.0, 27840.0)),
        (["Skupaj brez DDV 5.810,00 EUR", "DDV 22 % 1.278,20 EUR",
          "Za plačilo 7.088,20 EUR"], (5810.0, 1278.2, 7088.2)),
    ],
    ids=["bg", "sr-cyrillic", "lt", "ua", "sl"],
)  # fmt: skip
def test_net_tax_and_total_in_more_languages(lines: list[str], want: tuple) -> None:
    got = plain(run(stacked(lines), ["net_amount", "vat_amount", "total"]))
    assert (got["net_amount"], got["vat_amount"], got["total"]) == want


def test_a_year_read_beside_an_amount_is_not_the_total() -> None:
    assert value(stacked(["Total 2024: 1,234.56"]), "total") == 1234.56


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        (["Objednávka č.: OBJ-25-0311 ze dne 10.03.2025"], "OBJ-25-0311"),
        (["Numer zamówienia: ZAM/2025/0187 z dnia 2025-02-12"], "ZAM/2025/0187"),
        (["Tilausnumero", "4500123987"], "4500123987"),
    ],
    ids=["cz", "pl", "fi"],
)
def test_a_customers_order_number_is_the_po_where_no_po_label_is(
    cells: list[str], want: str
) -> None:
    rows = [
        (50, [(40, "FAKTURA č. 2025010487")]),
        (70, [(40 + 120 * k, cell) for k, cell in enumerate(cells)]),
    ]
    assert value(doc(page(rows)), "po_number") == want


def test_a_slovak_till_receipts_document_number() -> None:
    lines = ["POKLADNIČNÝ DOKLAD", "Kód pokladnice: 88812345678901234", "Číslo dokladu: 238"]
    assert value(stacked(lines), "receipt_number") == "238"


def _shipment_grid(item_rows: int) -> Document:
    """A packing slip's header: keys and values in two columns, then a row of headings over
    the shipment's one row of details, or over ``item_rows`` rows of items."""
    heads = [(50, "Customer PO"), (170, "Carrier"), (280, "Service"), (510, "Total Weight")]
    rows: list[tuple[float, Sequence[Cell]]] = [
        (40, [(40, "PINNACLE FILTRATION PRODUCTS, INC."), (420, "PACKING SLIP")]),
        (60, [(40, "Packing Slip"), (140, "PS-7734102")]),
        (74, [(40, "Order"), (140, "SO-0291187")]),
        (88, [(40, "Order Date"), (140, "03/04/2025")]),
        (130, heads),
    ]
    for k in range(item_rows):
        rows.append(
            (
                146 + 14 * k,
                [
                    (50, f"DSD-PO-5581{k}"),
                    (130, "Sierra Pacific Freightways"),
                    (280, "LTL Standard"),
                    (521, f"61{k} lbs"),
                ],
            )
        )
    rows.append((146 + 14 * item_rows + 20, [(40, "Ln Item Description Ordered Shipped")]))
    return doc(page(rows))


def test_a_row_of_headings_over_one_row_is_a_grid_of_the_documents_details() -> None:
    got = plain(run(_shipment_grid(1), ["po_number", "carrier", "packing_slip_number"]))
    assert got == {
        "po_number": "DSD-PO-55810",
        # wider than its heading and set under it: the whole cell, not the words under it
        "carrier": "Sierra Pacific Freightways",
        "packing_slip_number": "PS-7734102",
    }


def test_a_row_of_headings_over_rows_of_items_heads_no_document_number() -> None:
    assert value(_shipment_grid(3), "po_number") is None


def test_a_bare_order_key_gives_the_order_number_not_its_date() -> None:
    assert value(_shipment_grid(1), "order_number") == "SO-0291187"


def test_a_credit_memos_number_under_a_bare_no_not_the_external_document_no() -> None:
    rows = [
        (40, [(40, "CASCADE HYDRAULICS"), (400, "Sales - Credit Memo", 14)]),
        (70, [(40, "Willamette Valley Ag Equipment, Inc."), (400, "No."), (480, "CM-25-00317")]),
        (84, [(40, "Attn: Purchasing"), (400, "Document Date"), (480, "3/12/2025")]),
        (98, [(400, "Applies-to Doc. No."), (480, "PSI-25-04418")]),
        (112, [(400, "External Document No."), (480, "RMA-5521")]),
    ]
    got = plain(run(doc(page(rows)), ["credit_memo_number", "invoice_number"]))
    assert got == {"credit_memo_number": "CM-25-00317", "invoice_number": "CM-25-00317"}


@pytest.mark.parametrize(
    ("lines", "field", "want"),
    [
        (["Bestellnummer 302-8841157", "Bestelldatum 31.01.2025"], "order_number", "302-8841157"),
        (["Rif. ordine cliente n. 2024/0963 del 28/11/2024"], "order_number", "2024/0963"),
        (["14 Larch Grove    Account reference: 601244781"], "account_number", "601244781"),
    ],
    ids=["de-shop-order", "it-customer-order", "uk-account-reference"],
)
def test_more_labels_of_order_and_account_numbers(lines: list[str], field: str, want: str) -> None:
    assert value(stacked(lines), field) == want


@pytest.mark.parametrize("terms", ["Net 30", "Due on receipt"])
def test_payment_terms_under_their_heading_in_a_row_of_headings(terms: str) -> None:
    # QuickBooks' header row: the terms start with a word that is a label elsewhere.
    rows = [
        (40, [(40, "Wasatch Custom Fabrication, Inc."), (420, "Invoice", 16)]),
        (100, [(80, "P.O. No."), (150, "Terms"), (260, "Rep"), (340, "Ship Via")]),
        (114, [(76, "GPC-0388"), (150, terms), (260, "DMK"), (340, "Our Truck")]),
    ]
    assert value(doc(page(rows)), "terms") == terms


def test_a_key_over_another_key_of_a_grid_reads_beside_it() -> None:
    rows = [
        (100, [(40, "Designation"), (150, "Senior Data Engineer"), (330, "Department")]),
        (114, [(40, "Date of Joining"), (150, "12-07-2021"), (330, "Work Location")]),
    ]
    assert value(doc(page(rows)), "designation") == "Senior Data Engineer"


def test_a_partys_tax_number_named_by_its_label_or_its_block() -> None:
    # A CFDI: "RFC emisor" names the issuer's; the receptor's stands in its block.
    rows = [
        (40, [(40, "SERVICIOS LOGÍSTICOS DEL BAJÍO SA DE CV"), (400, "FACTURA CFDI 4.0")]),
        (54, [(40, "RFC emisor: SLB1508143K7"), (300, "Folio fiscal (UUID): 6F3A9C1E")]),
        (100, [(40, "RECEPTOR")]),
        (114, [(40, "Nombre SARANGI COMERCIAL MEXICO S DE RL DE CV"), (330, "RFC SCM190522AB1")]),
    ]
    got = plain(run(doc(page(rows)), ["vendor_rfc", "customer_rfc", "vendor"]))
    assert got == {
        "vendor_rfc": "SLB1508143K7",
        "customer_rfc": "SCM190522AB1",
        "vendor": "SERVICIOS LOGÍSTICOS DEL BAJÍO SA DE CV",  # the legal form without stops
    }


@pytest.mark.parametrize(("label", "seller", "buyer"), [
    ("NIF", "506184722", "238471608"),  # Portugal, Spain
    ("NIP", "7241839506", "5261040828"),  # Poland
    ("DIČ", "CZ72000104", "CZ25596641"),  # Czechia
])  # fmt: skip
def test_a_partys_tax_number_by_its_national_acronym(label: str, seller: str, buyer: str) -> None:
    # vendor_nif, customer_nip: the party's tax number, as vendor_vat_id is, from its block.
    rows = [
        (40, [(40, "JUNTA DE FREGUESIA DE SÃO BRÁS"), (400, "FATURA-RECIBO")]),
        (54, [(40, f"{label} {seller}"), (400, "Data: 07/10/2025")]),
        (100, [(40, "Adquirente")]),
        (114, [(40, "Manuel Joaquim Ferreira Lopes")]),
        (128, [(40, f"{label} {buyer}")]),
    ]
    key = label.lower().replace("č", "c")
    got = plain(run(doc(page(rows)), [f"vendor_{key}", f"customer_{key}"]))
    assert got == {f"vendor_{key}": seller, f"customer_{key}": buyer}


@pytest.mark.parametrize(
    ("name", "label", "number"),
    [
        ("provider_cnpj", "CNPJ:", "12.345.678/0001-95"),
        ("vendor_nit", "NIT:", "900.456.789-3"),
        ("exporter_cnpj", "CNPJ", "23.456.789/0001-04"),
        ("supplier_trn", "TRN:", "100234567800003"),
    ],
)
def test_a_tax_number_known_by_its_countrys_acronym(name: str, label: str, number: str) -> None:
    lines = ["ACME Exportadora Ltda", f"{label} {number}", "Invoice No. 7"]
    assert resolve_fields([name])[name].resolved_kind == "id"
    assert value(stacked(lines), name) == number


def test_a_sales_tax_registration_number_is_not_the_tin() -> None:
    lines = ["SST Registration No.: W10-1808-32000145 TIN: C2368841020", "INVOICE"]
    assert value(stacked(lines), "sst_number") == "W10-1808-32000145"


def test_a_philippine_receipts_number_date_and_vat() -> None:
    rows = [
        (40, [(40, "MAKATI PRIME REALTY MANAGEMENT CORP."), (420, "OFFICIAL RECEIPT", 12)]),
        (56, [(40, "Property Management • Leasing")]),
        (70, [(40, "14/F Ayala Tower One, Ayala Avenue"), (420, "No. 0004127")]),
        (84, [(40, "VAT Reg. TIN: 008-765-432-000"), (420, "Date: March 5, 2025")]),
        (120, [(40, "In settlement of the following:")]),
        (134, [(40, "Invoice No."), (200, "Amount")]),
        (148, [(40, "SI No. 0018822"), (200, "168,000.00")]),
        (180, [(40, "VAT Amount"), (200, "18,000.00"), (300, "Zero-Rated Sales"), (450, "0.00")]),
        (300, [(40, "BIR Authority to Print No. 039AU20240000012744")]),
        (311, [(40, "Date Issued: 05-20-2024 Valid Until: 05-19-2029")]),
    ]
    got = plain(run(doc(page(rows)), ["receipt_number", "receipt_date", "vat_amount"]))
    assert got == {
        "receipt_number": "0004127",
        "receipt_date": D(2025, 3, 5),
        "vat_amount": 18000.0,
    }


def test_another_invoices_number_in_brackets_in_a_sentence_is_not_this_ones() -> None:
    rows = [
        (40, [(40, "LUZON INDUSTRIAL HARDWARE TRADING")]),
        (60, [(240, "SALES INVOICE", 12)]),
        (76, [(240, "No. 012458")]),
        (100, [(40, "Sold to : SARANGI TRADING PHILIPPINES, INC."), (380, "Date : March 7, 2025")]),
        (300, [(40, "Interest of 2% per month on overdue accounts. Previous balance as of")]),
        (311, [(40, "February 28, 2025: P 18,350.00 (Sales Invoice No. 012277).")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "012458"


def test_a_bill_of_lading_number_abbreviated() -> None:
    lines = ["B/L No. : MSCUJA123456 Vessel / Voyage : MSC SARA ELENA"]
    assert value(stacked(lines), "bill_of_lading_number") == "MSCUJA123456"


def test_a_total_level_with_a_label_of_two_lines() -> None:
    # English over Arabic: the amount is set level with the pair, a little below the first.
    rows = [
        (402, [(292, "Total Amount Due (AED)")]),
        (407, [(500, "21,577.50")]),
        (414, [(292, "Invoice total in words follows")]),
        (440, [(40, "Previous quarter invoice dated 26/11/2024 (AED 33,230.00) settled")]),
    ]
    assert value(doc(page(rows)), "total") == 21577.5


def test_a_net_amount_payable_is_the_amount_due_not_a_net_amount() -> None:
    lines = [
        "Assessable Value : INR 18,45,230.00",
        "Total (A) 24,839.00",
        "NET AMOUNT PAYABLE (A + B) INR 41,949.00",
        "Tax payable on reverse charge: Nil Round off 0.00",
    ]
    got = plain(run(stacked(lines), ["amount_due", "subtotal"]))
    assert got == {"amount_due": 41949.0, "subtotal": None}


def test_thousands_grouped_with_dots_make_a_lone_group_thousands_too() -> None:
    lines = ["FACTURA ELECTRÓNICA N° 38271", "MONTO NETO $ 2.450.000", "I.V.A. 19% $ 465.500"]
    lines.append("TOTAL $ 2.915.500")
    got = plain(run(stacked(lines), ["tax_amount", "total"]))
    assert got == {"tax_amount": 465500.0, "total": 2915500.0}


def test_a_proformas_date_is_the_documents() -> None:
    lines = ["PROFORMA INVOICE", "Proforma No. PI-2025-0117", "Date: 03 Mar 2025"]
    assert value(stacked(lines), "proforma_date") == D(2025, 3, 3)


def test_what_a_bill_costs_after_its_due_date_is_not_the_amount_due() -> None:
    lines = [
        "Due Date 22-Mar-2025",
        "Amount payable by due date: ₹ 31,647.00",
        "Amount payable after due date: ₹ 31,947.00",
    ]
    assert value(stacked(lines), "amount_due") == 31647.0


def test_a_label_and_its_translation_after_a_slash_head_the_customer() -> None:
    rows = [
        (40, [(40, "Cerâmica Vale do Itajaí Indústria e Comércio Ltda."), (400, "FATURA")]),
        (100, [(40, "Importador / Importer"), (300, "Notificar / Notify")]),
        (114, [(40, "Sarangi Trading Company Pvt. Ltd."), (300, "Sai Dhara Logistics Park")]),
        (128, [(40, "501, Meridian House, Andheri-Kurla Road")]),
        (160, [(40, "Data do pedido: 14/01/2025"), (300, "Moeda: USD (dólar norte-americano)")]),
        (174, [(40, "Pedido do cliente: SAR/PO/2425/0912")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Sarangi Trading Company Pvt. Ltd."


def test_a_tax_total_with_its_rate_level_with_a_label_of_two_lines() -> None:
    rows = [
        (356, [(500, "20,550.00")]),
        (376.7, [(292, "Total VAT @ 5%", 8.5)]),
        (381.2, [(519, "1,027.50", 8.5)]),
        (384.8, [(293, "Gesamtsteuer Mehrwert", 9.3)]),
        (402, [(292, "Total Amount Due (AED)")]),
        (407, [(500, "21,577.50")]),
    ]
    got = plain(run(doc(page(rows)), ["vat_amount", "total"]))
    assert got == {"vat_amount": 1027.5, "total": 21577.5}


def test_a_distributors_merchandise_total_is_the_subtotal() -> None:
    lines = ["Merchandise Total 22,215.75", "Freight 0.00", "Invoice Total $23,826.39"]
    got = plain(run(stacked(lines), ["subtotal", "total"]))
    assert got == {"subtotal": 22215.75, "total": 23826.39}


def test_a_date_named_by_what_was_done_is_found_under_date_and_the_participle() -> None:
    rows = [
        (100, [(40, "Submitted by"), (120, "Oluwaseun Adebayo"), (300, "Date submitted")]),
        (100, [(380, "03/04/2025")]),
        (120, [(40, "Approved by"), (120, "Marguerite Delacroix"), (300, "Date approved")]),
        (120, [(380, "03/06/2025")]),
        (160, [(40, "Opening date"), (120, "10 February 2025")]),
    ]
    got = plain(run(doc(page(rows)), ["submission_date", "approval_date", "date_opened"]))
    assert got == {
        "submission_date": dt.date(2025, 3, 4),
        "approval_date": dt.date(2025, 3, 6),
        "date_opened": dt.date(2025, 2, 10),
    }


def test_an_estimated_total_is_a_requisitions_total() -> None:
    lines = [
        "Line Qty Unit Description Unit price Extended",
        "1 4 EA LED high-bay fixture 150 W 289.00 1,156.00",
        "Estimated total (USD) 6,266.90",
        "Alternate quote from Merrimack Safety Supply was 6,904.35 plus freight.",
    ]
    got = run(stacked(lines), ["total"])["total"]
    assert got is not None and (got.value, got.label) == (6266.9, "Estimated total")
    # Inside a sentence it is none: a card statement's minimum-payment warning.
    warning = [
        "New Balance $2,344.22",
        "If you pay only the minimum: 8 years, estimated total $3,912.",
    ]
    assert plain(run(stacked(warning), ["total"])) == {"total": 2344.22}


def test_a_persons_job_title_after_a_comma_is_not_their_name() -> None:
    rows = [
        (112, [(40, "Requested by: Tomasz Wieczorek, Maintenance Supervisor")]),
        (140, [(40, "Approved by: Jane Doe, CPA")]),
        (160, [(40, "Contact name: Harriet Nakamura-Boyle, Head of Accounts")]),
        (180, [(40, "Vendor name: Johnson, Head & Co")]),
    ]
    got = plain(
        run(doc(page(rows)), ["requested_by", "approved_by", "contact_name", "vendor_name"])
    )
    assert got == {
        "requested_by": "Tomasz Wieczorek",
        "approved_by": "Jane Doe, CPA",
        "contact_name": "Harriet Nakamura-Boyle",
        "vendor_name": "Johnson, Head & Co",
    }


def test_a_routing_number_under_its_aba_caption_with_a_count_of_digits() -> None:
    rows = [
        (100, [(40, "Bank name"), (220, "ABA routing number (9 digits)"), (400, "Account number")]),
        (112, [(40, "Seacoast Harbor Bank"), (220, "114923756"), (400, "XXXXXX4417")]),
    ]
    assert value(doc(page(rows)), "bank_routing_number") == "114923756"


def test_a_count_totalled_is_a_number_and_a_rate_after_its_name_is_not_it() -> None:
    assert [infer_kind(n) for n in ("total_days", "total_miles")] == ["number", "number"]
    lines = ["Miles at 45p (first 10,000 business miles) 612 x £0.45 £ 275.40", "Days: 10"]
    got = plain(run(stacked(lines), ["total_miles", "total_days"]))
    assert got == {"total_miles": None, "total_days": 10}


def test_the_first_and_last_day_of_leave_are_its_start_and_end() -> None:
    rows = [
        (100, [(40, "First day of leave"), (160, "Last day of leave"), (280, "Date returning")]),
        (112, [(40, "16/06/2025"), (160, "27/06/2025"), (280, "30/06/2025")]),
    ]
    got = plain(run(doc(page(rows)), ["start_date", "end_date"]))
    assert got == {"start_date": dt.date(2025, 6, 16), "end_date": dt.date(2025, 6, 27)}


def test_a_caption_with_a_word_saying_which_of_it_heads_its_cell() -> None:
    rows = [
        (100, [(40, "Desired move-in date"), (300, "Lease term")]),
        (112, [(40, "05/01/2025"), (300, "12 months")]),
        (140, [(40, "Current employer"), (300, "Start date"), (480, "Gross monthly income")]),
        (152, [(40, "Tidewater Regional Medical Center"), (300, "02/03/2020"), (480, "$7,420.00")]),
        (200, [(40, "Income must be at least 2.5 times the monthly rent; monthly income 2.5x.")]),
    ]
    got = plain(run(doc(page(rows)), ["move_in_date", "monthly_income"]))
    assert got == {"move_in_date": dt.date(2025, 5, 1), "monthly_income": 7420.0}


def test_a_caption_with_another_name_a_slash_before_it_heads_its_cell() -> None:
    rows = [
        (100, [(40, "Policy / account number"), (220, "Client ID (if known)"), (400, "Product")]),
        (112, [(40, "ML-48120973"), (220, "C-2207714"), (400, "Term Life 20")]),
    ]
    assert value(doc(page(rows)), "account_number") == "ML-48120973"


def test_a_box_number_set_apart_from_its_caption_still_opens_the_box() -> None:
    rows = [
        (112, [(42, "1"), (56, "Employer PAYE reference"), (300, "5"), (314, "Student Loan")]),
        (126, [(46, "Office number"), (95, "Reference number"), (304, "Continue deductions (Y)")]),
        (136, [(46, "475/HL90312")]),
        (152, [(42, "2"), (56, "Employee's National Insurance number"), (300, "6")]),
        (152, [(314, "Tax Code at leaving date")]),
        (164, [(46, "NH 30 72 95 A", 12), (298, "1185L", 12)]),
    ]
    got = plain(run(doc(page(rows)), ["employer_paye_reference", "tax_code"]))
    # Neither is the next box's number ("5", "6"); the code is under its caption.
    assert got["tax_code"] == "1185L"
    assert got["employer_paye_reference"] not in ("5", "6")


def test_shipping_and_freight_are_charges() -> None:
    lines = ["Subtotal $456.00", "Discount (10%) -$45.60", "Shipping $38.00", "Total $448.40 USD"]
    assert plain(run(stacked(lines), ["shipping", "total"])) == {"shipping": 38.0, "total": 448.4}


def test_odoo_untaxed_amount_and_payment_communication() -> None:
    lines = [
        "Factuur INV/2025/00184",
        "Onbelast bedrag 1.323,75 €",
        "Btw 21% op 1.323,75 € 277,99 €",
        "Totaal 1.601,74 €",
        "Gelieve de volgende mededeling te gebruiken voor uw betaling: INV/2025/00184",
    ]
    got = plain(run(stacked(lines), ["subtotal", "total", "payment_reference"]))
    assert got == {"subtotal": 1323.75, "total": 1601.74, "payment_reference": "INV/2025/00184"}
    english = [
        "Untaxed Amount $1,200.00",
        "Please use the following communication for your payment: INV/2025/0007",
    ]
    got = plain(run(stacked(english), ["subtotal", "payment_reference"]))
    assert got == {"subtotal": 1200.0, "payment_reference": "INV/2025/0007"}


def test_sages_invoice_tax_date_beats_a_date_issued_in_a_note() -> None:
    lines = [
        "Invoice No. 10873",
        "Invoice/Tax Date 21/03/2025",
        "Certificate of works ref. HW/EICR/2025/118 issued 19/03/2025.",
    ]
    assert value(stacked(lines), "invoice_date") == dt.date(2025, 3, 21)


def test_a_period_whose_first_date_leaves_out_the_shared_year() -> None:
    lines = ["Invoice date April 2, 2025", "Billing period March 1 - March 31, 2025"]
    got = plain(run(stacked(lines), ["period_start", "period_end"]))
    assert got == {"period_start": dt.date(2025, 3, 1), "period_end": dt.date(2025, 3, 31)}
    across = plain(run(stacked(["Service period: Dec 15 - Jan 14, 2025"]), ["period_start"]))
    assert across == {"period_start": dt.date(2024, 12, 15)}


def test_a_sentence_after_an_amount_is_not_part_of_its_value() -> None:
    rows = [
        (100, [(46, "Previous balance"), (280, "$612.44"), (391, "The $12.44 balance forward is")]),
        (114, [(46, "Balance forward"), (285, "$12.44"), (494, "past due.")]),
    ]
    assert value(doc(page(rows)), "previous_balance") == 612.44


def test_a_due_date_said_before_the_word_for_due() -> None:
    lines = [
        "Gesamtbetrag brutto 5.087,25 EUR",
        "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer. Der",
        "Rechnungsbetrag ist bis zum 31.03.2025 ohne Abzug fällig.",
    ]
    assert value(stacked(lines), "due_date") == dt.date(2025, 3, 31)


def test_an_amount_named_in_the_singular_printed_in_the_plural() -> None:
    lines = ["Trip fare $24.60", "Booking Fee $2.95", "Tips $5.00", "Total $32.55"]
    assert plain(run(stacked(lines), ["tip", "booking_fee"])) == {"tip": 5.0, "booking_fee": 2.95}


def test_a_progress_bills_retention_and_previous_payments() -> None:
    rows = [
        (100, [(40, "Work completed to date"), (420, "$756,465.00")]),
        (114, [(40, "Previous Payments Received"), (420, "$612,340.00")]),
        (
            128,
            [
                (40, "Retention rate: 10% per Section 9.3 of Agreement"),
                (300, "Less Retention (10%)"),
            ],
        ),
        (128, [(420, "($14,212.50)")]),
    ]
    got = plain(run(doc(page(rows)), ["retention_amount", "previous_payments"]))
    assert got == {"retention_amount": 14212.5, "previous_payments": 612340.0}
    german = [
        "Leistungsstand netto 312.840,00 €",
        "abzgl. Sicherheitseinbehalt 5 % -15.642,00 €",
        "Menos certificado anterior −702.338,90 €",
    ]
    got = plain(run(stacked(german), ["retention_amount", "previous_certified"]))
    assert got == {"retention_amount": 15642.0, "previous_certified": 702338.9}


def test_a_date_printed_as_date_of_its_event() -> None:
    lines = [
        "Claimant's Title: Vice President, Finance",
        "Date of Signature: 04/03/2025",
        "Date of Demand: 1 March 2025",
    ]
    got = plain(run(stacked(lines), ["signature_date", "demand_date"]))
    assert got == {"signature_date": dt.date(2025, 4, 3), "demand_date": dt.date(2025, 3, 1)}


def test_a_date_under_its_participle_alone_with_a_colon() -> None:
    rows = [
        (100, [(40, "Requested: 03/10/2025 14:22"), (300, "Dispatched: 03/11/2025 07:40")]),
        (114, [(40, "Arrived: 03/11/2025 09:05"), (300, "Completed: 03/12/2025 12:30")]),
    ]
    got = plain(run(doc(page(rows)), ["completion_date", "dispatch_date"]))
    assert got == {"completion_date": dt.date(2025, 3, 12), "dispatch_date": dt.date(2025, 3, 11)}
    # Without its colon, inside a sentence, the participle names nothing.
    assert value(stacked(["Works completed 03/12/2025 as agreed"]), "completion_date") is None


def test_an_instalments_due_date_printed_without_the_word_date() -> None:
    lines = [
        "Second Half Due 10/31/2025 Second Half Amount $3,421.09",
        "First Half Due 04/30/2025 First Half Amount $3,421.09",
    ]
    got = plain(run(stacked(lines), ["first_half_due_date", "second_half_due_date"]))
    assert got == {
        "first_half_due_date": dt.date(2025, 4, 30),
        "second_half_due_date": dt.date(2025, 10, 31),
    }


def test_a_property_statements_addressee_and_its_outgoings() -> None:
    rows = [
        (60, [(40, "Riverbend Property Management"), (400, "OWNER STATEMENT")]),
        (74, [(400, "Statement Date: 04/05/2025")]),
        (120, [(40, "Gregory Tanaka")]),
        (134, [(40, "8827 NE Fremont St")]),
        (148, [(40, "Portland, OR 97220")]),
        (190, [(40, "Total Income"), (400, "7,500.00")]),
        (204, [(40, "Total Expenses"), (400, "(1,438.17)")]),
        (218, [(40, "Owner Distribution (ACH 04/07/2025)"), (400, "(6,061.83)")]),
    ]
    fields = ["owner_name", "total_expenses", "owner_distribution"]
    assert plain(run(doc(page(rows)), fields)) == {
        "owner_name": "Gregory Tanaka",
        "total_expenses": 1438.17,
        "owner_distribution": 6061.83,
    }
    assert [infer_kind(n) for n in ("owner_distribution", "reserve_fund", "fund_name")] == [
        "amount",
        "amount",
        "text",
    ]


def test_a_lien_waivers_amount_of_check_is_the_payment_amount() -> None:
    lines = ["Maker of Check: Bayline Builders LLC", "Amount of Check: $48,275.00"]
    assert value(stacked(lines), "payment_amount") == 48275.0


def test_a_service_agreement_number_is_the_contract_number() -> None:
    rows = [
        (100, [(40, "SERVICE AGREEMENT"), (200, "AGREEMENT TYPE"), (400, "CUSTOMER PO")]),
        (114, [(40, "SA-20931"), (200, "Full Maintenance"), (400, "CRS-LCC-2025")]),
    ]
    assert value(doc(page(rows)), "contract_number") == "SA-20931"


def test_a_spanish_works_certification() -> None:
    rows = [
        (60, [(40, "CONSTRUCCIONES ARAGÓN LEVANTE, S.L.", 9), (400, "CERTIFICACIÓN DE OBRA", 9)]),
        (72, [(40, "CIF B-46839217", 9), (427, "Certificación nº:", 9), (520, "8", 9)]),
        (83, [(40, "Avda. de las Cortes Valencianas 39", 9), (427, "Fecha:", 9)]),
        (83, [(520, "31/03/2025", 9)]),
        (94, [(40, "46015 Valencia", 9), (427, "Mes:", 9), (520, "marzo 2025", 9)]),
        (300, [(40, "Importe de esta certificación (base imponible)", 9)]),
        (300, [(450, "101.831,35 €", 9)]),
        (312, [(40, "IVA 21 %", 9), (450, "21.384,58 €", 9)]),
        (324, [(40, "LÍQUIDO A PERCIBIR", 9), (450, "118.124,36 €", 9)]),
    ]
    fields = ["certification_number", "certification_date", "amount_due"]
    assert plain(run(doc(page(rows)), fields)) == {
        "certification_number": "8",
        "certification_date": dt.date(2025, 3, 31),
        "amount_due": 118124.36,
    }


def test_a_french_works_contracts_sum() -> None:
    lines = ["Récapitulatif du marché", "Montant du marché HT : 724 500,00 €"]
    assert value(stacked(lines), "contract_sum") == 724500.0


def test_a_deductions_rate_of_a_named_base_is_not_its_amount() -> None:
    lines = [
        "Gross amount before CIS 5,350.00",
        "Less CIS deduction (20% of labour £4,200.00) -840.00",
    ]
    assert value(stacked(lines), "cis_deduction") == 840.0
    # Without the bracket, the amount after the base's name is the tax itself.
    assert value(stacked(["Fees 4,040.00", "VAT at 20% on fees 808.00"]), "vat_amount") == 808.0


def test_a_year_with_a_comma_after_it_is_no_amount() -> None:
    rows = [
        (
            100,
            [
                (40, "Holdback retained per Part IV of the Construction Act (Ontario), R.S.O."),
                (330, "1990, c. C.30: 10% of"),
                (400, "Work completed this period"),
                (520, "$58,200.00"),
            ],
        ),
        (
            114,
            [(40, "the value of services and materials supplied."), (300, "Less 10% holdback")],
        ),
        (114, [(520, "($5,820.00)")]),
    ]
    assert value(doc(page(rows)), "holdback_amount") == 5820.0


def test_and_in_a_fields_name_is_also_an_ampersand() -> None:
    lines = [
        "3. CONTRACT SUM TO DATE $1,601,918.00",
        "4. TOTAL COMPLETED & STORED TO DATE $1,511,118.00",
    ]
    assert value(stacked(lines), "total_completed_and_stored") == 1511118.0


def test_a_unit_in_brackets_after_a_label_is_no_gloss_of_it() -> None:
    rows = [
        (100, [(40, "Description"), (390, "Quantity"), (460, "Rate"), (510, "Amount")]),
        (114, [(40, "Electricity consumed (units)"), (396, "4,386 kWh"), (460, "0.2741")]),
        (114, [(501, "1,202.20")]),
    ]
    assert value(doc(page(rows)), "consumption_kwh") == 4386


def test_a_revised_figure_printed_as_the_new_one() -> None:
    lines = [
        "The original Contract Sum was $865,000.00",
        "The Contract Sum prior to this Change Order was $888,480.00",
        "The new Contract Sum including this Change Order will be $901,240.00",
    ]
    assert value(stacked(lines), "revised_contract_sum") == 901240.0


def test_two_bold_headings_over_their_values() -> None:
    rows = [
        (100, [(40, "Taxpayer", 7, True), (306, "Property Location", 7, True)]),
        (109, [(40, "ELLIOTT MARGARET J", 7), (306, "4416 WOODLAND PARK AVE N", 7)]),
        (118, [(40, "4416 WOODLAND PARK AVE N", 7), (306, "Legal: LATONA ADD LOT 7", 7)]),
    ]
    assert value(doc(page(rows)), "taxpayer_name") == "ELLIOTT MARGARET J"
    # A bold key beside its plain value is no pair of headings.
    grid = [
        (100, [(40, "Project", 10, True), (306, "Northgate HS Science Wing")]),
        (114, [(40, "Architect", 10, True), (306, "Lindqvist Hale Architects")]),
    ]
    assert value(doc(page(grid)), "project_name") == "Northgate HS Science Wing"


def test_a_charge_known_by_its_acronym_opens_its_row() -> None:
    rows = [
        (100, [(40, "Charge Code"), (100, "Description"), (380, "Basis"), (500, "Amount")]),
        (114, [(40, "RNT"), (100, "Base Rent"), (380, "4,120 RSF"), (500, "$8,250.00")]),
        (128, [(40, "CAM"), (100, "Common Area Maintenance – 2025 estimate")]),
        (128, [(380, "Pro-rata share 6.87%"), (500, "$1,912.40")]),
        (142, [(40, "Total Current Charges"), (500, "$10,162.40")]),
        (156, [(40, "2024 CAM reconciliation statements will be issued by 04/30/2025.")]),
    ]
    assert value(doc(page(rows)), "cam_charges") == 1912.4


def test_a_total_and_the_same_total_in_a_unit_both_read_the_column() -> None:
    # total_weight_lbs's column is "Weight", as total_weight's: asked together, both read
    # the "GRAND TOTAL" row under "WEIGHT (LBS)" (the longer name took the label alone).
    rows = [
        (
            100,
            [(40, "PKGS"), (90, "DESCRIPTION OF ARTICLES"), (250, "CLASS"), (300, "WEIGHT (LBS)")],
        ),
        (120, [(40, "4"), (90, "Centrifugal pumps, crated"), (250, "85"), (300, "1,140")]),
        (140, [(40, "12"), (90, "Gate valves, boxed"), (250, "70"), (300, "985")]),
        (160, [(40, "16"), (90, "GRAND TOTAL"), (300, "2,125")]),
    ]
    found = plain(run(doc(page(rows)), ["total_weight", "total_weight_lbs"]))
    assert found == {"total_weight": 2125.0, "total_weight_lbs": 2125.0}


def test_a_units_symbol_is_no_label_inside_a_name() -> None:
    # total_kg's column is "kg", a label only where it heads its own cell: the "KG" closing
    # a partnership's name leaves the name whole, whatever else is asked.
    rows = [
        (60, [(40, "Hausverwaltung Lindner & Söhne KG")]),
        (72, [(40, "z. Hd. Frau Petra Kowalski")]),
        (84, [(40, "Friedrich-Ebert-Straße 88")]),
        (96, [(40, "34117 Kassel")]),
    ]
    document = doc(page(rows))
    want = "Hausverwaltung Lindner & Söhne KG"
    assert value(document, "customer_name") == want
    assert plain(run(document, ["customer_name", "total_kg"]))["customer_name"] == want


def test_a_dollar_the_document_names_as_australian_puts_the_day_first() -> None:
    lines = ["Invoice Date: 07/04/2025", "Subtotal $2,091.63", "TOTAL (AUD) inc GST $2,300.79"]
    assert value(stacked(lines), "invoice_date") == dt.date(2025, 4, 7)
    us = ["Invoice Date: 07/04/2025", "Subtotal $2,091.63", "TOTAL $2,300.79"]
    assert value(stacked(us), "invoice_date") == dt.date(2025, 7, 4)


def test_a_weighbridge_tickets_rows_give_the_weights() -> None:
    lines = [
        "WEIGHBRIDGE TICKET          Ticket No: RK-0076193",
        "Vehicle Rego : KLM482       Trailer: T8837",
        "WEIGHT (kg)",
        "GROSS (1st weigh)   44,860",
        "TARE (2nd weigh)    17,340",
        "NET                 27,520",
    ]
    fields = ["vehicle_registration", "gross_weight_kg", "tare_weight_kg", "net_weight_kg"]
    assert plain(run(stacked(lines), fields)) == {
        "vehicle_registration": "KLM482",
        "gross_weight_kg": 44860.0,
        "tare_weight_kg": 17340.0,
        "net_weight_kg": 27520.0,
    }


def test_a_name_ends_before_a_bracket_it_never_closes() -> None:
    # The vessel's IMO number wraps onto the next line: "(IMO" is no part of the name.
    rows = [
        (100, [(40, "Vessel"), (140, "MV PACIFIC HARMONY (IMO")]),
        (112, [(140, "9412357)")]),
        (130, [(40, "Product"), (140, "Feed Barley (Planet)")]),
    ]
    found = plain(run(doc(page(rows)), ["vessel_name", "product"]))
    assert found == {"vessel_name": "MV PACIFIC HARMONY", "product": "Feed Barley (Planet)"}


def test_a_german_statements_number_and_payout() -> None:
    lines = [
        "Abrechnungs-Nr. MA-2502-07231",
        "Summe netto 26.373,52 €",
        "Auszahlungsbetrag 27.180,65 €",
    ]
    found = plain(run(stacked(lines), ["statement_number", "payout_amount"]))
    assert found == {"statement_number": "MA-2502-07231", "payout_amount": 27180.65}


def test_values_set_flush_right_under_headings_set_flush_left() -> None:
    # A delivery ticket's grid: each heading opens its cell at the left, each figure ends
    # at the cell's right, past its heading's last letter and before the next heading.
    rows = [
        (
            100,
            [(34, "METER START"), (170, "METER STOP"), (306, "LITRES DELIVERED"), (448, "TANK %")],
        ),
        (116, [(110, "184,512.3"), (246, "185,402.8"), (404, "890.5"), (525, "22%")]),
    ]
    assert value(doc(page(rows)), "litres_delivered") == 890.5
    assert value(doc(page(rows)), "meter_stop", {"kind": "number"}) == 185402.8


def test_a_row_that_is_no_grid_of_the_headings_gives_no_value_beside_them() -> None:
    # Fewer cells than headings: no telling which figure is whose.
    rows = [
        (
            100,
            [(34, "METER START"), (170, "METER STOP"), (306, "LITRES DELIVERED"), (448, "TANK %")],
        ),
        (116, [(110, "184,512.3"), (404, "890.5")]),
    ]
    assert value(doc(page(rows)), "litres_delivered") is None
    # A heading alone on its line is no grid: the words under another column are not its.
    lone = [
        (100, [(400, "Annual premium")]),
        (116, [(40, "The policy is written on the terms HUS-PLUS 2024-01.")]),
        (132, [(400, "4.812,00 kr.")]),
    ]
    assert value(doc(page(lone)), "annual_premium") == 4812.0


def test_a_rate_per_unit_is_read_under_what_it_is_a_rate_of() -> None:
    # "PRICE / L" heads the fuel's price and a levy's: the first row is the fuel's.
    rows = [
        (100, [(121, "PRODUCT"), (275, "QUANTITY (L)"), (383, "PRICE / L"), (500, "AMOUNT")]),
        (116, [(31, "Propane HD-5"), (325, "890.5"), (422, "$0.689"), (552, "613.55")]),
        (130, [(31, "Federal fuel charge"), (325, "890.5"), (422, "$0.1238"), (552, "110.24")]),
    ]
    assert value(doc(page(rows)), "price_per_litre") == 0.689
    lines = ["Rate: Class 1 surface water, $82.00 per acre-foot", "Total 15,284.80"]
    assert value(stacked(lines), "rate_per_acre_foot") == 82.0
    grid = [
        (
            100,
            [(57, "STORAGE RATE"), (227, "STORAGE PAID THROUGH"), (397, "INSURED VALUE (PER BU)")],
        ),
        (116, [(57, "$0.055 per bushel per month"), (227, "May 31, 2025"), (397, "$6.40")]),
    ]
    assert value(doc(page(grid)), "storage_rate_per_bushel_month") == 0.055
    # In another language: "Tarif" for tariff_per_kwh, "Preis" for price_per_kg.
    french = [
        (100, [(250, "Énergie injectée (kWh)"), (400, "Tarif (€/kWh)"), (500, "Montant HT (€)")]),
        (116, [(330, "112 487"), (420, "0,1534"), (520, "17 255,51")]),
    ]
    assert value(doc(page(french)), "tariff_per_kwh") == 0.1534
    assert value(stacked(["Preis: 2,35 EUR je kg"]), "price_per_kg") == 2.35


def test_a_count_grouped_by_a_thousands_space_is_one_number() -> None:
    rows = [
        (100, [(40, "Waga brutto kg"), (200, "Objętość m³")]),
        (116, [(40, "19 840"), (200, "62,0")]),
    ]
    assert value(doc(page(rows)), "gross_weight_kg") == 19840
    # Cells a column apart stay apart: "33 | 19 840".
    apart = [(100, [(40, "Sztuk"), (100, "Waga brutto kg")]), (116, [(40, "33"), (100, "19 840")])]
    assert value(doc(page(apart)), "gross_weight_kg") == 19840


def test_a_brazilian_invoices_number_and_an_italian_recipient() -> None:
    rows = [
        (60, [(40, "NUTRIPASTO RAÇÕES LTDA."), (400, "FATURA / DUPLICATA")]),
        (74, [(40, "Rod. BR-050, Km 62"), (400, "Nº DA FATURA")]),
        (88, [(40, "Fone (34) 3316-2200"), (400, "045182 Série 1")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "045182"
    italian = [
        (60, [(40, "GasPadana Energia S.p.A."), (330, "SPETT.LE / DESTINATARIO")]),
        (74, [(40, "Via dell'Industria 41"), (330, "Azienda Agricola Cascina Bellaria")]),
        (88, [(40, "46100 Mantova (MN)"), (330, "Strada Bellaria 7")]),
    ]
    assert value(doc(page(italian)), "customer_name") == "Azienda Agricola Cascina Bellaria"


def test_a_settlements_date_is_the_documents_date() -> None:
    # Nothing names the settlement's date but the document's own "Fecha".
    lines = ["LIQUIDACIÓN DE COMPRA DE UVA", "Nº liquidación LQ-24/0712", "Fecha 20/12/2024"]
    assert value(stacked(lines), "settlement_date") == dt.date(2024, 12, 20)
    assert value(stacked(lines), "docket_date") == dt.date(2024, 12, 20)
    assert value(stacked(lines), "delivery_date") is None


def test_freight_in_other_languages() -> None:
    rows = [
        (100, [(40, "VALOR TOTAL DOS PRODUTOS"), (220, "VALOR DO FRETE"), (360, "VALOR TOTAL")]),
        (116, [(40, "R$ 33.106,00"), (220, "R$ 850,00"), (360, "R$ 33.956,00")]),
    ]
    assert value(doc(page(rows)), "freight_amount") == 850.0
    lines = ["Frachtkosten: 120,00 EUR", "Summe: 1.320,00 EUR"]
    assert value(stacked(lines), "freight_amount") == 120.0


def test_a_label_centred_on_two_lines_gives_the_first() -> None:
    # A table cell of a name over its street, its label set level with the middle of the
    # two: the name, not the two lines' words shuffled together.
    name = [(155, "Lincs Agri Supplies Ltd"), (327, "Statement No."), (420, "HCC/IMP/25/03318")]
    street = [(155, "Station Road, Sleaford NG34 7RB"), (327, "Entry Date"), (420, "14/03/2025")]
    eori = [(83, "EORI"), (155, "GB 448120977000"), (327, "MRN"), (420, "25GB8J3KQ2M4RT7WA6")]
    rows = [
        (95.4, [(197, "IMPORT DUTY & VAT STATEMENT")]),
        (127.4, name),
        (133.4, [(83, "Importer")]),
        (139.4, street),
        (151.4, eori),
    ]
    assert value(doc(page(rows)), "importer") == "Lincs Agri Supplies Ltd"


def test_a_bill_of_ladings_ship_from_and_ship_to() -> None:
    rows = [
        (60, [(35, "SHIP FROM"), (309, "Bill of Lading Number:")]),
        (72, [(35, "Heartland Seed Genetics, Inc."), (309, "0071-554820")]),
        (84, [(35, "2100 Research Park Drive")]),
        (110, [(35, "SHIP TO")]),
        (122, [(35, "Tri-County Ag Supply Co.")]),
        (134, [(35, "411 N. Depot Street")]),
    ]
    found = plain(run(doc(page(rows)), ["shipper", "consignee", "bill_of_lading_number"]))
    assert found == {
        "shipper": "Heartland Seed Genetics, Inc.",
        "consignee": "Tri-County Ag Supply Co.",
        "bill_of_lading_number": "0071-554820",
    }


def test_a_label_inside_a_gloss_in_brackets_does_not_end_the_value() -> None:
    # "overdue" is overdue_amount's label, but here a word of the previous balance's gloss.
    lines = ["Previous balance (fee note 24/0987, overdue) 1,250.00", "Amount due 2,430.00"]
    found = plain(run(stacked(lines), ["previous_balance", "overdue_amount"]))
    assert found["previous_balance"] == 1250.0


def test_the_issuers_legal_line_names_the_vendor_under_a_brand() -> None:
    # A brand drawn as a logo (no text), the customer's firm in the address window, and the
    # issuer's registered name opening its legal line in the footer (a label's word in it).
    footer = "Northwave Mobile Ltd, 1 Quayside Point, Newcastle NE1 3DX. Registered in England"
    rows = [
        (100, [(40, "Accounts Payable")]),
        (114, [(40, "Fenwick & Moss Architects LLP")]),
        (128, [(40, "16 Market Street")]),
        (142, [(40, "Newcastle upon Tyne NE1 6JE")]),
        (200, [(40, "Account name Fenwick & Moss Architects LLP")]),
        (300, [(40, "Total to pay £670.14")]),
        (800, [(20, footer, 7)]),
    ]
    assert value(doc(page(rows)), "vendor") == "Northwave Mobile Ltd"
    # The same name in the letterhead without a stop: the legal line's stop is the sentence's.
    plc = [
        (40, [(40, "Northgate Bank PLC", 16, True)]),
        (100, [(40, "Statement of account")]),
        (800, [(40, "Northgate Bank PLC. Registered in England and Wales no. 04481927.")]),
    ]
    assert value(doc(page(plc)), "vendor") == "Northgate Bank PLC"


def test_an_italian_invoices_parties_as_the_e_invoice_names_them() -> None:
    rows = [
        (60, [(40, "CEDENTE / PRESTATORE"), (300, "CESSIONARIO / COMMITTENTE")]),
        (74, [(40, "Studio Bellandi Ingegneria"), (300, "Officine Meccaniche Sartori S.r.l.")]),
        (88, [(40, "Via Cesare Battisti 18"), (300, "Via dell'Industria 61")]),
        (120, [(40, "Fattura n. 45/2025 del 31/03/2025")]),
    ]
    found = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert found == {
        "vendor": "Studio Bellandi Ingegneria",
        "customer_name": "Officine Meccaniche Sartori S.r.l.",
    }


def test_a_belgian_total_htva_is_the_subtotal() -> None:
    lines = ["Total HTVA -522,50 €", "TVA 21 % -109,73 €", "Total TVAC -632,23 €"]
    assert value(stacked(lines), "subtotal") == -522.5


def test_a_czech_invoices_number_after_its_title_and_a_polish_net_total() -> None:
    lines = ["Faktura – daňový doklad číslo 2025010418", "Datum vystavení: 11. 3. 2025"]
    assert value(stacked(lines), "invoice_number") == "2025010418"
    rows = [
        (
            100,
            [
                (40, "Stawka VAT"),
                (120, "Wartość netto"),
                (220, "Kwota VAT"),
                (320, "Wartość brutto"),
            ],
        ),
        (116, [(40, "23%"), (120, "19 490,80"), (220, "4 482,88"), (320, "23 973,68")]),
        (132, [(40, "Razem"), (120, "19 490,80"), (220, "4 482,88"), (320, "23 973,68")]),
    ]
    assert value(doc(page(rows)), "subtotal") == 19490.8


def test_a_payment_already_made_is_no_due_date() -> None:
    paid = ["Previous bill £587.12 – paid by Direct Debit on 28 Feb 2025, thank you."]
    assert value(stacked(paid), "due_date") is None
    asked = ["We'll collect £670.14 by Direct Debit on 28 Mar 2025."]
    assert value(stacked(asked), "due_date") == dt.date(2025, 3, 28)


def test_a_receipts_payer_and_the_clerk_who_issued_it() -> None:
    lines = [
        "Protea Property Management (Pty) Ltd",
        "Reg. No. 2011/118842/07 · VAT No. 4480261177",
        "RECEIPT Receipt No. RC-2503-0871",
        "Received from: Mthembu Trading CC",
        "AMOUNT RECEIVED R 18 750,00",
        "Issued by: N. Govender (Debtors Clerk)",
    ]
    found = plain(run(stacked(lines), ["vendor", "customer_name"]))
    assert found == {
        "vendor": "Protea Property Management (Pty) Ltd",
        "customer_name": "Mthembu Trading CC",
    }


def test_a_label_whose_value_is_spelled_out_takes_no_figure_beside_it() -> None:
    # An Indian GST invoice: the tax in words beside the CGST line of the totals box, whose
    # figure is one half of the tax; the tax summary's "Total tax" column gives all of it.
    rows = [
        (100, [(40, "GST rate"), (120, "Taxable value"), (220, "CGST"), (300, "SGST")]),
        (100, [(380, "Total tax")]),
        (116, [(40, "12%"), (120, "6,70,015.00"), (220, "40,200.90"), (300, "40,200.90")]),
        (116, [(380, "80,401.80")]),
        (132, [(40, "Total"), (120, "6,70,015.00"), (220, "40,200.90"), (300, "40,200.90")]),
        (132, [(380, "80,401.80")]),
        (170, [(40, "Tax amount (in words): Indian Rupees Eighty Thousand")]),
        (175, [(400, "Add: CGST 40,200.90")]),
        (184, [(40, "Four Hundred One and Paise Eighty Only")]),
    ]
    found = plain(run(doc(page(rows)), ["tax_amount", "subtotal"]))
    assert found == {"tax_amount": 80401.8, "subtotal": 670015.0}


def test_a_spanish_sum_of_tax_bases_is_the_subtotal() -> None:
    lines = ["Suma bases imponibles 1.088,82 €", "Total cuotas IVA 124,34 €", "TOTAL 1.213,16 €"]
    assert value(stacked(lines), "subtotal") == 1088.82


def test_a_polish_vat_heading_run_together_with_the_next_heads_its_column() -> None:
    rows = [
        (100, [(40, "Stawka VAT"), (120, "Wartość netto"), (220, "Kwota VAT Wartość brutto")]),
        (116, [(40, "23%"), (120, "19 490,80"), (220, "4 482,88"), (266, "23 973,68")]),
        (132, [(40, "Razem"), (120, "19 490,80"), (220, "4 482,88"), (266, "23 973,68")]),
    ]
    assert value(doc(page(rows)), "tax_amount") == 4482.88


@pytest.mark.parametrize("heading", ["Vencimento", "Data vencimento"])
def test_a_portuguese_due_date_heading(heading: str) -> None:
    rows = [
        (100, [(40, "Data"), (120, heading), (220, "Cliente")]),
        (116, [(40, "2025-01-30"), (120, "2025-03-01"), (220, "C0318")]),
    ]
    assert value(doc(page(rows)), "due_date") == dt.date(2025, 3, 1)
    # A salary is also a "vencimento": no date, no due date.
    assert value(stacked(["Vencimento base 1.250,00 €"]), "due_date") is None


def test_a_due_date_sentence_that_wraps_in_a_box_beside_the_address() -> None:
    # The box's lines and the address's interleave: the date is two lines down.
    rows = [
        (96, [(40, "Accounts Payable"), (350, "Total to pay")]),
        (120, [(40, "3rd Floor, Grainger Chambers"), (350, "£670.14", 16)]),
        (144, [(40, "Newcastle upon Tyne")]),
        (149, [(350, "We'll collect this by Direct Debit on or just after")]),
        (156, [(40, "NE1 6JE")]),
        (167, [(350, "28 Mar 2025")]),
    ]
    assert value(doc(page(rows)), "due_date") == dt.date(2025, 3, 28)


def test_a_brand_letterhead_names_its_firm_over_the_addressees_firm() -> None:
    # A lowercase brand over the issuer's address, the customer's firm top right, and the
    # issuer's legal name only in the footer.
    rows = [
        (18, [(28, "infodis liège", 20), (332, "Les Ateliers du Condroz SRL", 11.5, True)]),
        (40, [(28, "Rue Saint-Gilles 214 · 4000 Liège"), (332, "Chaussée de Marche 88")]),
        (54, [(28, "TVA BE 0478.118.204"), (332, "5330 Assesse")]),
        (120, [(28, "Note de crédit n° NC2025/00017")]),
        (300, [(28, "Total TVAC -632,23 €")]),
        (800, [(28, "Infodis Liège SRL · Rue Saint-Gilles 214, 4000 Liège · IBAN BE71", 7)]),
    ]
    found = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert found == {"vendor": "Infodis Liège SRL", "customer_name": "Les Ateliers du Condroz SRL"}


def test_the_first_date_may_stand_before_a_due_label_on_its_line() -> None:
    due = "Data: 2025-03-19 Data de vencimento: 2025-04-18"
    lines = ["FATURA FT 2025A/318", due, "Total 791,13 €"]
    assert value(stacked(lines), "invoice_date") == dt.date(2025, 3, 19)


def test_the_invoice_a_credit_note_relates_to() -> None:
    lines = ["CREDIT NOTE", "Credit note no. CN-2025-0042", "Relates to invoice INV-2025-0871"]
    assert value(stacked(lines), "original_invoice_number") == "INV-2025-0871"


def test_a_swedish_ocr_number() -> None:
    lines = ["Faktura 50871", "Ange OCR-nummer 508712039 vid betalning.", "Att betala 14 528 kr"]
    assert value(stacked(lines), "ocr_reference") == "508712039"


def test_a_statements_balance_due_is_its_closing_balance() -> None:
    rows = [
        (100, [(40, "Current"), (120, "31–60 days"), (200, "Over 60 days"), (300, "Balance due")]),
        (116, [(40, "3,616.76"), (120, "796.34"), (200, "0.00"), (300, "£4,413.10")]),
    ]
    assert value(doc(page(rows)), "closing_balance") == 4413.1


def test_a_figure_a_sentence_cites_after_a_label_yields_to_the_labels_own() -> None:
    lines = [
        "All shipments prepaid. Fuel surcharge 31.5% of line haul per fuel table (DOE avg. $3.62).",
        "Line haul charges 13,146.93",
        "Fuel surcharge 4,141.34",
        "INVOICE TOTAL 18,513.27",
    ]
    assert value(stacked(lines), "fuel_surcharge") == 4141.34
    # A gloss in brackets between them is no sentence: the figure after it is the label's.
    duty = [
        "Customs duty @ 6.0% (UK Global Tariff; no preference claimed) £2,016.00",
        "VAT value (customs value + duty) £35,616.00",
    ]
    assert value(stacked(duty), "duty_amount") == 2016.0


@pytest.mark.parametrize(
    ("line", "means"),
    [("VISA $396.87", "VISA"), ("CASH 20.00", "CASH"), ("EC-Karte 12,40 EUR", "EC-Karte")],
)
def test_a_till_receipts_tender_line_gives_the_payment_method(line: str, means: str) -> None:
    lines = ["KETTLE VALLEY BUILDING SUPPLY LTD.", "TOTAL $396.87", line, "CHANGE DUE $0.00"]
    assert value(stacked(lines), "payment_method") == means
    # Only a line that opens with the means and pays an amount: not a sentence about it.
    assert value(stacked(["We accept Visa and cash.", "TOTAL $12.00"]), "payment_method") is None


def test_a_letters_dateline_is_the_documents_date() -> None:
    # Check-in and check-out are dates of the user's other fields: not the folio's date.
    lines = [
        "Arrivée 10.03.2025",
        "Départ 14.03.2025",
        "FACTURE N° F-2025-03318 Genève, le 14 mars 2025",
        "Total CHF 1'602.00",
    ]
    found = plain(run(stacked(lines), ["invoice_date", "check_in"]))
    assert found == {"invoice_date": dt.date(2025, 3, 14), "check_in": dt.date(2025, 3, 10)}
    # It outranks a weak label: "vom" after an earlier partial invoice's number.
    lines = [
        "Moser Architektur ZT GmbH, Lindengasse 38/7, 1070 Wien",
        "Wien, am 14. Jänner 2025",
        "Honorarnote Nr. 2025/014",
        "abzüglich 1. Teilrechnung Nr. 2024/031 vom 15.05.2024 (netto) −28.505,25",
    ]
    assert value(stacked(lines), "invoice_date") == dt.date(2025, 1, 14)
    # Without a dateline, the first date not labelled for a date field of the user's.
    lines = ["Arrivée 10.03.2025", "Facture F-2025-03318 14.03.2025"]
    assert plain(run(stacked(lines), ["invoice_date", "check_in"]))["invoice_date"] == dt.date(
        2025, 3, 14
    )


def test_a_total_less_a_printed_deduction_is_still_the_total() -> None:
    lines = [
        "Total tuition and services €5,280.00",
        "Less: deposit received 17 January 2025 – €1,000.00",
        "Balance due €4,280.00",
    ]
    found = plain(run(stacked(lines), ["total", "amount_due"]))
    assert found == {"total": 5280.0, "amount_due": 4280.0}


def test_a_spanish_amount_pending_is_the_amount_due() -> None:
    lines = [
        "Total factura 6.933,60 €",
        "Anticipo recibido -2.000,00 €",
        "Pendiente de pago 4.933,60 €",
    ]
    found = plain(run(stacked(lines), ["total", "amount_due"]))
    assert found == {"total": 6933.6, "amount_due": 4933.6}


def test_a_dutch_credit_notes_own_date_and_the_invoice_it_corrects() -> None:
    rows = [
        (
            100,
            [
                (60, "CREDITNOTA NR."),
                (180, "DATUM"),
                (300, "KLANTNUMMER"),
                (420, "BETREFT FACTUUR"),
            ],
        ),
        (114, [(60, "CN-2025-0014"), (180, "18 april 2025"), (300, "K-0388"), (420, "2025-0231")]),
        (130, [(60, "FACTUURDATUM"), (180, "UW REFERENTIE")]),
        (144, [(60, "27/03/2025"), (180, "PO 88172")]),
        (200, [(60, "Maatstaf van heffing € -418,20")]),
        (214, [(60, "Btw 21 % € -87,82")]),
        (228, [(60, "Totaal creditnota € -506,02")]),
    ]
    found = plain(run(doc(page(rows)), ["invoice_date", "original_invoice_number", "subtotal"]))
    assert found == {
        "invoice_date": dt.date(2025, 4, 18),
        "original_invoice_number": "2025-0231",
        "subtotal": -418.2,
    }


def test_a_date_in_brackets_opened_by_another_label_is_not_this_labels() -> None:
    lines = [
        "FATTURA N. 12/2025",
        "Bonifico bancario entro 30 giorni data fattura (scadenza 23/04/2025)",
    ]
    found = plain(run(stacked(lines), ["invoice_date", "due_date"]))
    assert found["invoice_date"] != dt.date(2025, 4, 23)
    assert found["due_date"] == dt.date(2025, 4, 23)


def test_a_letter_spaced_letterhead_is_read_whole_across_its_cells() -> None:
    rows = [
        (50, [(60, "M A R T A", 22), (194, "B E L L I N I", 22)]),
        (80, [(60, "fotografia · still life")]),
        (100, [(60, "Marta Bellini"), (320, "SPETT.LE")]),
        (114, [(60, "Via Mazzini 27"), (320, "Cantina Valpantena S.r.l.")]),
        (130, [(60, "A: Cantina Valpantena S.r.l.")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Marta Bellini"
    # A letter-spaced brand's cells are words of the legal name printed elsewhere.
    hotel = [
        (50, [(60, "C R O W N", 22), (200, "M A R I N A", 22)]),
        (120, [(60, "TAX INVOICE")]),
        (800, [(60, "Marina Crown Hotels & Resorts L.L.C. · Dubai Marina · TRN 100234567800003")]),
    ]
    assert value(doc(page(hotel)), "vendor") == "Marina Crown Hotels & Resorts L.L.C."


def test_a_romanian_series_and_number_read_together() -> None:
    lines = ["FACTURĂ", "Seria și nr.: CFSN 0458", "Data emiterii: 12 martie 2025"]
    assert value(stacked(lines), "invoice_number") == "CFSN 0458"


def test_a_japanese_bill_after_a_deposit_and_a_medical_corporation() -> None:
    rows = [
        (40, [(40, "山田 花子 様"), (300, "請求書番号 No. 2025-0412")]),
        (60, [(300, "さくら歯科クリニック")]),
        (80, [(300, "医療法人社団青葉会")]),
        (100, [(40, "ご請求金額（税込） ¥159,000-")]),
        (200, [(40, "小計（税抜） ¥190,000")]),
        (214, [(40, "消費税（10%対象） ¥19,000")]),
        (228, [(40, "合計（税込） ¥209,000")]),
        (242, [(40, "前受金（2025/03/14 お預かり） -¥50,000")]),
        (256, [(40, "ご請求額 ¥159,000")]),
    ]
    found = plain(run(doc(page(rows)), ["total", "amount_due", "vendor", "patient_name"]))
    assert found == {
        "total": 209000.0,
        "amount_due": 159000.0,
        "vendor": "医療法人社団青葉会",
        "patient_name": "山田 花子",
    }


def test_a_monospaced_receipts_number_date_payment_and_net() -> None:
    # Courier: a space is 0.6 em, as wide as the gap a proportional font leaves between cells.
    rows = [
        (100, [(77, "FATURA-RECIBO"), (167, "FR 2025/142"), (341, "Original")]),
        (120, [(77, "Data: 14-03-2025 Hora: 16:22")]),
        (200, [(77, "Total s/ IVA 333,33")]),
        (214, [(77, "TOTAL (EUR) 410,00")]),
        (228, [(77, "Pagamento: Multibanco 410,00")]),
        (250, [(77, "Os serviços foram prestados na data do documento.")]),
        (264, [(77, "Próxima prestação (3.ª): 14-04-2025 - 325,00 EUR")]),
    ]
    page_ = page(rows)
    for word in page_.words:  # monospaced: every glyph 0.6 em wide, spaces too
        word.x1 = word.x0 + 6.0 * len(word.text)
    number = next(w for w in page_.words if w.text == "2025/142")
    number.x0, number.x1 = 185.0, 233.0  # one 6-point space after "FR" (167-179)
    fields = ["receipt_number", "receipt_date", "subtotal", "amount_paid", "payment_method"]
    assert plain(run(doc(page_), fields)) == {
        "receipt_number": "FR 2025/142",
        "receipt_date": dt.date(2025, 3, 14),
        "subtotal": 333.33,
        "amount_paid": 410.0,
        "payment_method": "Multibanco",
    }


def test_a_vets_receipt_with_its_values_set_flush_right() -> None:
    rows = [
        (30, [(300, "Kōwhai Vets", 16, True)]),
        (60, [(300, "Kōwhai Veterinary Clinic Limited")]),
        (126, [(32, "Client"), (297, "Sarah Whitmore (#C-20931)")]),
        (136, [(32, "Address"), (274, "7 Manuka Crescent, Papakura")]),
        (164, [(36, "Patient: Biscuit · Canine, Labrador Retriever, male neutered")]),
        (300, [(32, "TOTAL (incl. GST) $453.40")]),
        (314, [(32, "Paid – EFTPOS (Visa Debit ****2291) $453.40")]),
    ]
    page_ = page(rows)
    for top in (126, 136):  # the values' cells set flush right, ending at x = 400
        cell = [w for w in page_.words if w.top == top and w.x0 >= 200]
        shift = 400 - max(w.x1 for w in cell)
        for word in cell:
            word.x0, word.x1 = word.x0 + shift, word.x1 + shift
    found = plain(run(doc(page_), ["vendor", "customer_name", "patient_name", "payment_method"]))
    assert found == {
        "vendor": "Kōwhai Veterinary Clinic Limited",
        "customer_name": "Sarah Whitmore",
        "patient_name": "Biscuit",
        "payment_method": "EFTPOS",
    }


def test_a_brazilian_statements_client_code_and_boleto_due_date() -> None:
    rows = [
        (100, [(200, "Código do cliente CLI-00873")]),
        (120, [(40, "Data Documento Histórico"), (300, "Débito (R$)"), (400, "Crédito")]),
        (134, [(40, "14/01/2025 DP-1401 Day pass"), (300, "260,00"), (400, "0,00")]),
        (200, [(40, "Vencimento do boleto (NFS-e 2025/0391) 10/04/2025")]),
    ]
    found = plain(run(doc(page(rows)), ["customer_number", "due_date"]))
    assert found == {"customer_number": "CLI-00873", "due_date": dt.date(2025, 4, 10)}
    # "Débito (R$)" is no "Debitor" (a customer number's label): the currency's letter is
    # read apart from the word, and no account number stands in the debit column.
    assert value(doc(page(rows[1:])), "account_number") is None


def test_a_law_firms_hours_billed_and_a_training_bills_course() -> None:
    lines = [
        "Schedule of time entries",
        "Total time recorded 39.1 10,646.50",
        "Professional fees (39.1 hours) £10,646.50",
    ]
    assert value(stacked(lines), "hours_billed") == 39.1
    # A remark in brackets that lists asides after a comma is no part of the course's name.
    program = ["Program: Lean Six Sigma Green Belt Certification (on-site, private cohort)"]
    assert value(stacked(program), "course_name") == "Lean Six Sigma Green Belt Certification"
    # A name's own bracket stays.
    assert value(stacked(["Course: Feed Barley (Planet)"]), "course_name") == "Feed Barley (Planet)"


def _typed(rows: Sequence[tuple[float, Sequence[tuple[float, str]]]]) -> Document:
    """A page typed in a monospaced font (enscript, a garage's DMS): every character and
    every space 0.6 em wide, at 10 pt."""
    words: list[Word] = []
    for top, cells in rows:
        for x, text in cells:
            at = x
            for word in text.split(" "):
                if word:
                    words.append(Word(word, at, top, at + 6.0 * len(word), top + 10, 1, 10.0))
                at += 6.0 * (len(word) + 1)
    text = "\n".join(" ".join(t for _, t in cells) for _, cells in rows)
    return doc(Page(1, 595.0, 842.0, text, words))


def test_a_garage_invoice_typed_in_monospace() -> None:
    document = _typed(
        [
            (40, [(57, "VAT Reg No GB 193 4471 82")]),
            (80, [(57, "REG NO"), (119, "MAKE/MODEL"), (319, "VIN"), (439, "MILEAGE")]),
            (92, [(57, "KX19 RZT"), (119, "FORD FOCUS 1.0"), (319, "WF05XXGCC5KR42718")]),
            (92, [(443, "48,217")]),
            (104, [(57, "1ST REG: 28/03/2019"), (319, "COLOUR: GREY"), (439, "KEYS: 1")]),
            (200, [(262, "GOODS/SERVICES (VAT @ 20%)"), (439, "603.82")]),
            (212, [(262, "VAT"), (444, "120.76")]),
            (224, [(262, "MOT TEST FEE (NON-VAT)"), (450, "54.85")]),
            (236, [(262, "INVOICE TOTAL £"), (439, "779.43")]),
        ]
    )
    found = plain(run(document, ["vehicle_registration", "mileage", "tax_amount", "total"]))
    assert found == {
        # The plate's two halves a monospaced space apart; the "Reg No" of "VAT Reg No"
        # is the VAT number's, not the car's.
        "vehicle_registration": "KX19 RZT",
        # "KEYS: 1" below the heading is a key and its value, no second row of mileages.
        "mileage": 48217,
        # A fee that is "NON-VAT" is no VAT.
        "tax_amount": 120.76,
        "total": 779.43,
    }
    # A field of the user's labelled "VAT Reg No" does not make it a "Reg No" of the car.
    found = plain(run(document, ["vat_reg_no", "vehicle_registration"]))
    assert found["vehicle_registration"] == "KX19 RZT"


def test_a_travel_agencys_file_number_is_the_booking_reference() -> None:
    rows = [
        (100, [(40, "Nº DE FACTURA"), (160, "EXPEDIENTE"), (260, "VENCIMIENTO")]),
        (114, [(40, "VA-2025/000387"), (160, "EXP-25-0193"), (260, "31/03/2025")]),
    ]
    assert value(doc(page(rows)), "booking_reference") == "EXP-25-0193"


def test_money_grouped_by_spaces_before_a_decimal_point_reads_whole_without_its_sign() -> None:
    lines = [
        "2025/03/01 B/F Balance brought forward 97 750.00",
        "Opening balance R 97 750.00",
    ]
    assert value(stacked(lines[:1] + lines), "opening_balance") == 97750.0
    # Without a sign anywhere to say so, "97 750.00" may be a count and a price.
    assert value(stacked(lines[:1]), "opening_balance") == 750.0


def test_a_figure_an_abbreviation_and_a_word_follow_is_cited_by_a_sentence() -> None:
    lines = [
        "Grundlage: Architektenvertrag vom 11.03.2022, Pauschalhonorar netto € 184.500,00 zzgl."
        " Nebenkosten",
        "Leistungsstand gesamt netto 114.021,00",
        "Honorar dieser Teilrechnung netto 19.003,50",
        "zzgl. 20 % USt. 3.800,70",
        "Rechnungsbetrag in EUR 22.804,20",
    ]
    assert value(stacked(lines), "subtotal") == 19003.5


def test_a_specific_tax_field_reads_no_bare_word_for_tax_in_another_language() -> None:
    lines = [
        "Subtotal $137,900.00",
        "IVA Trasladado 002 Tasa 0.160000 $22,064.00",
        "Total $159,964.00",
    ]
    found = plain(run(stacked(lines), ["tax_amount", "withholding_tax", "church_tax"]))
    assert found["tax_amount"] == 22064.0


def test_a_heading_that_says_whose_it_is_heads_the_value_below() -> None:
    rows = [
        (100, [(40, "No client"), (120, "Votre bon de commande"), (260, "Notre commande")]),
        (114, [(40, "BN-0233"), (120, "BC-2025-0419"), (260, "C-24877")]),
    ]
    assert value(doc(page(rows)), "po_number") == "BC-2025-0419"


def test_a_tax_summary_row_gives_the_subtotal_its_base_not_its_tax() -> None:
    lines = ["Aliquota Natura Imponibile Imposta", "22% Operazione imponibile 4.873,40 1.072,15"]
    assert value(stacked(lines), "subtotal") == 4873.4
    # Two figures that are no base and its tax: the last, as before.
    assert value(stacked(["Subtotal 100.00 120.00"]), "subtotal") == 120.0


def test_a_code_in_brackets_after_the_title_is_the_documents_type_not_its_number() -> None:
    lines = ["Tipo documento Numero Data", "FATTURA (TD01) 145/2025 28/03/2025"]
    assert value(stacked(lines), "invoice_number") == "145/2025"


def test_an_italian_vat_number_and_tax_code_label_and_the_country_code_printed_elsewhere() -> None:
    lines = ["P.IVA e C.F. 01938470687", "Total 10.00", "Footer · P.IVA IT01938470687 · REA"]
    assert value(stacked(lines[:2]), "vat_number") == "01938470687"
    assert value(stacked(lines), "vat_number") == "IT01938470687"


def test_dots_led_to_a_colon_close_a_label() -> None:
    lines = ["CLIENTE: 004127 FECHA FACTURA ....: 21/03/2025", "ALBARAN ..........: ALB-25-06612"]
    assert value(stacked(lines), "delivery_note") == "ALB-25-06612"


def test_a_tax_in_another_currency_than_the_totals_is_a_conversion() -> None:
    lines = [
        "Kwota VAT 23%: 3 990,02 EUR",
        "Do zapłaty: 21 337,92 EUR",
        "Kwota VAT w PLN: 16 693,84 zł",
    ]
    assert value(stacked(lines), "tax_amount") == 3990.02


def test_a_label_glued_to_a_part_number_is_none() -> None:
    lines = ["8 TPS54360DDAR 600 szt. 2,4190 1 451,40 23%", "Total 10.00"]
    assert value(stacked(lines), "tax_amount") is None


def test_an_exchange_rate_as_a_line_states_it() -> None:
    lines = [
        "Kurs średni NBP EUR z dnia 2025-03-13, tabela nr 051/A/NBP/2025:",
        "1 EUR = 4,1839 PLN",
    ]
    assert value(stacked(lines), "exchange_rate") == 4.1839
    assert value(stacked(["Exchange rate: EUR 1 = PLN 4.2012"]), "exchange_rate") == 4.2012


def test_delivery_terms_without_the_incoterms_edition() -> None:
    rows = [
        (100, [(40, "Leveringsbetingelse"), (160, "FCA Horsens (Incoterms® 2020)")]),
        (100, [(340, "Forfaldsdato"), (420, "23.04.2025")]),
    ]
    assert value(doc(page(rows)), "incoterms") == "FCA Horsens"


def test_a_chinese_fapiao_with_its_party_headings_printed_downwards() -> None:
    rows = [
        (71, [(32, "购"), (349, "销")]),
        (
            81,
            [
                (32, "买"),
                (51, "名称：苏州科展智能装备有限公司"),
                (368, "名称：深圳市华芯源电子科技有限公司"),
            ],
        ),
        (92, [(32, "方"), (51, "纳税人识别号：91320594MA1N7TQ3X8")]),
        (92, [(349, "方"), (368, "纳税人识别号：91440300MA5F2K8Q7U")]),
        (103, [(32, "信"), (349, "信")]),
        (114, [(32, "息"), (349, "息")]),
        (200, [(91, "合"), (114, "计"), (481, "¥89295.00"), (617, "¥11608.35")]),
        (214, [(32, "价税合计（大写） 壹拾万零玖佰零叁圆叁角伍分"), (489, "（小写）¥100903.35")]),
    ]
    found = plain(run(doc(page(rows)), ["vendor", "customer", "vat_number", "subtotal", "total"]))
    assert found == {
        "vendor": "深圳市华芯源电子科技有限公司",
        "customer": "苏州科展智能装备有限公司",
        "vat_number": "91440300MA5F2K8Q7U",
        "subtotal": 89295.0,
        "total": 100903.35,
    }


def test_a_malaysian_sdn_bhd_is_a_company_and_its_sst_number_the_vat_number() -> None:
    lines = [
        "HUP SENG HARDWARE & WELDING SUPPLIES SDN. BHD. (201301045512 / 1072214-X)",
        "NO. 18, JALAN PERINDUSTRIAN BUKIT MINYAK 7",
        "SST REG NO: P11-1808-32001234",
        "DELIVERY ORDER CUM INVOICE",
    ]
    found = plain(run(stacked(lines), ["vendor", "vat_number"]))
    assert found == {
        "vendor": "HUP SENG HARDWARE & WELDING SUPPLIES SDN. BHD.",
        "vat_number": "P11-1808-32001234",
    }


def test_a_credit_notes_date_from_its_dateline() -> None:
    lines = [
        "ORA",
        "Lyon, le 2 avril 2025",
        "AVOIR N° AV25-00072",
        "Total TTC de l'avoir -3 916,80 €",
    ]
    assert value(stacked(lines), "credit_note_date") == D(2025, 4, 2)


def test_a_danfes_buyer_under_its_name_key_and_its_total_under_its_heading() -> None:
    rows = [
        (100, [(30, "DESTINATÁRIO / REMETENTE")]),
        (112, [(30, "NOME / RAZÃO SOCIAL"), (300, "CNPJ / CPF"), (420, "DATA DA EMISSÃO")]),
        (124, [(30, "AGROMEC IMPLEMENTOS AGRÍCOLAS S.A."), (300, "16.512.738/0002-59")]),
        (124, [(420, "17/03/2025")]),
        (200, [(30, "VALOR DO FRETE"), (130, "VALOR DO IPI"), (230, "VALOR TOTAL DA NOTA")]),
        (212, [(30, "0,00"), (130, "4.456,01"), (230, "93.576,21")]),
    ]
    found = plain(run(doc(page(rows)), ["customer", "total"]))
    assert found == {"customer": "AGROMEC IMPLEMENTOS AGRÍCOLAS S.A.", "total": 93576.21}


def test_a_number_under_a_title_centred_over_it() -> None:
    rows = [
        (20, [(26, "RECEBEMOS DE METALÚRGICA TRANSMIX LTDA OS PRODUTOS CONSTANTES DA NOTA")]),
        (27, [(514, "NF-e")]),
        (44, [(497, "Nº 000.048.217")]),
        (60, [(26, "FATURA / DUPLICATAS")]),
        (72, [(26, "Nº 000048217-001 VENC. 14/04/2025")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "000.048.217"


# -- health claims and bills (set 41) ---------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (
            ["Claim summary", "Plan paid $419.15", "Your responsibility $551.67"],
            "insurance_paid",
            419.15,
        ),
        (["Paid by insurer (direct billing) $644.00"], "insurance_paid", 644.0),
        (["ERSTATTUNGSBETRAG 1.858,08 EUR"], "insurance_paid", 1858.08),
        (["Total patient responsibility $551.67"], "patient_responsibility", 551.67),
        (["Tariflicher Selbstbehalt (Tarif SB 600) 600,00 EUR"], "deductible", 600.0),
        (["Contractual Adjustment -8,960.27"], "adjustments", -8960.27),
        (["Estimated insurance payment 680.00"], "insurance_estimate", 680.0),
        (["Abrechnungs-Nr.: LA-2025-0418877"], "claim_number", "LA-2025-0418877"),
        (["Patientennummer: P-10482"], "patient_number", "P-10482"),
        (["Diagnose: M75.1 Läsion der Rotatorenmanschette"], "diagnosis_code", "M75.1"),
        (["Rimborso imposta di bollo 2,00"], "stamp_duty", 2.0),
        (["Material- und Laborkosten gesamt (§ 9 GOZ) 430,76"], "lab_costs", 430.76),
        (["Versicherungsnummer: 1285 030581"], "svnr", "1285 030581"),
        (["Reste à charge patient 200,00 €"], "amount_due", 200.0),
        (["Total des frais 4 205,28 €", "Reste à charge patient 200,00 €"], "total", 4205.28),
        (["De Linde Notanummer 2025-0381"], "invoice_number", "2025-0381"),
        (["Totalt arvode 4 940,00 kr"], "total", 4940.0),
        (["Gross bill amount ₹ 3,06,413.35", "NET BILL AMOUNT ₹ 2,91,548.35"], "total", 291548.35),
    ],
)
def test_labels_of_health_claims_and_bills(lines: list[str], field: str, expected: Any) -> None:
    assert value(stacked(lines), field) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Patient: Matthias Obermeier, geb. 14.06.1968", "Matthias Obermeier"),
        ("Patient: Camille Roussel-Ferrand, née le 14/07/1984", "Camille Roussel-Ferrand"),
        ("Patient: Jonathan P. Whitaker (Self)", "Jonathan P. Whitaker"),
        (
            "Patient: Kevin L. Marchetti (self) — Primary dental plan: Evergreen",
            "Kevin L. Marchetti",
        ),
        ("Patient: Jane Doe, CPA", "Jane Doe, CPA"),
    ],
    ids=["geb", "nee", "self", "self-then-more", "qualification-kept"],
)
def test_a_patients_name_without_birth_date_or_relation(line: str, expected: str) -> None:
    assert value(stacked([line]), "patient_name") == expected


def test_a_figure_printed_per_item_then_totalled_is_the_total() -> None:
    lines = [
        "Rx# 6041873 ATORVASTATIN 40MG",
        "Insurance paid 132.89",
        "Rx# 6041874 ELIQUIS 5MG",
        "Insurance paid 567.40",
        "TOTAL INSURANCE PAID 700.29",
    ]
    assert value(stacked(lines), "insurance_paid") == 700.29
    # Printed once beside a total of it, the figure is the field's ("Monthly rent" is
    # rent_amount, not "Total rent for the year").
    rows = ["Monthly rent 28,500.00", "Total rent 3,42,000.00"]
    assert value(stacked(rows), "rent_amount") == 28500.0


def test_an_identifier_beside_its_label_in_a_line_of_numbers() -> None:
    line = "NPI 1882041761 • Federal Tax ID 23-2918407 • PA DOH Agency No. 36-1187"
    assert value(stacked(["Tri-County EMS", line]), "npi") == "1882041761"
    # A year is no identifier: "Incoterms® 2020"; nor is the label's aside in brackets.
    assert value(stacked(["Delivery: per Incoterms 2020"]), "licence") is None
    line = "DIAGNOSES (ICD-10-CM) – rank 1 = primary"
    assert value(stacked([line, "X 1 E11.9 Type 2 diabetes"]), "diagnosis_code") is None


def test_the_firm_a_brand_is_a_trading_name_of_issues_the_document() -> None:
    rows = [
        (40, [(40, "The Wessex Knee & Shoulder Clinic", 18, True)]),
        (70, [(40, "12 Cathedral Walk, Salisbury SP1 2EX")]),
        (300, [(40, "Consultation 250.00")]),
        (
            780,
            [
                (
                    40,
                    "The Wessex Knee & Shoulder Clinic is a trading name of Wessex Orthopaedic "
                    "Partners Ltd. Registered in England & Wales.",
                )
            ],
        ),
    ]
    assert value(doc(page(rows)), "vendor") == "Wessex Orthopaedic Partners Ltd."
    head = [
        (40, [(40, "SUNRISE MULTISPECIALITY HOSPITAL", 16, True)]),
        (60, [(40, "A unit of Sunrise Healthcare & Research Pvt. Ltd. · Pune")]),
    ]
    assert value(doc(page(head)), "vendor") == "Sunrise Healthcare & Research Pvt. Ltd."


def test_a_company_beside_a_party_label_is_the_party_not_the_word_under_it() -> None:
    rows = [
        (40, [(40, "COASTAL SKIN SPECIALISTS", 16, True)]),
        (60, [(40, "Coastal Skin Specialists Pty Ltd ABN 51 824 753 556")]),
        (100, [(48, "IRN"), (119, "1"), (343, "Payee"), (418, "Coastal Skin Specialists Pty Ltd")]),
        (114, [(48, "Referred by Dr Hannah Lee"), (343, "Status"), (418, "PAID IN FULL")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Coastal Skin Specialists Pty Ltd"


def test_a_letterhead_brand_and_the_firm_it_stands_for() -> None:
    # The brand's last word the initials of the firm's words in a row.
    rows = [
        (40, [(240, "TRI-COUNTY EMS", 16, True)]),
        (120, [(56, "Walter J. Kowalski")]),
        (530, [(56, "Tri-County Emergency Medical Services, Inc.")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Tri-County Emergency Medical Services, Inc."
    # The footer names the firm and the brand side by side.
    footer = "Brandstätter Zahnmedizin MVZ GmbH · Zahnärzte am Elbufer · Terrassenufer 14"
    rows = [
        (30, [(40, "Zahnärzte am Elbufer", 18, True)]),
        (120, [(40, "Frau Sabine Lehmkuhl")]),
        (800, [(40, footer)]),
    ]
    assert value(doc(page(rows)), "vendor") == "Brandstätter Zahnmedizin MVZ GmbH"
    # A brand that runs together the starts of two of the firm's words.
    rows = [
        (30, [(40, "Vasatandläkarna", 18, True)]),
        (120, [(40, "Erik Lindqvist")]),
        (800, [(40, "Tandläkarna Vasastan AB · Org.nr 559184-2207 · Säte: Stockholm")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Tandläkarna Vasastan AB"


def test_a_firms_name_on_two_lines_of_its_own_cell_beside_a_logo() -> None:
    rows = [
        (40, [(40, "HANSEATISCHE"), (273, "Hanseatische Private")]),
        (50, [(40, "KRANKENVERSICHERUNG"), (273, "Krankenversicherung a.G.")]),
        (60, [(273, "Ballindamm 27 - 20095 Hamburg")]),
        (200, [(40, "Leistungsabrechnung")]),
    ]
    got = value(doc(page(rows)), "vendor")
    assert got == "Hanseatische Private Krankenversicherung a.G."


def test_a_surname_and_the_first_name_in_the_row_under_it() -> None:
    rows = [
        (156, [(44, "Patient Nom"), (130, "Dubois-Morel"), (350, "N° AVS"), (431, "756.1245")]),
        (168, [(44, "Prénom"), (130, "Nathalie"), (350, "N° carte assuré"), (431, "80756")]),
        (180, [(44, "Rue"), (130, "Chemin des Crêts 21")]),
    ]
    assert value(doc(page(rows)), "patient_name") == "Nathalie Dubois-Morel"
    # No first name under it: the surname as printed; nor is a row of another key one.
    rows = [(156, [(44, "Patient Nom"), (130, "Dubois-Morel")]), (168, [(44, "Rue"), (130, "X")])]
    assert value(doc(page(rows)), "patient_name") == "Dubois-Morel"
    rows = [
        (156, [(44, "Patient name"), (130, "John Smith")]),
        (168, [(44, "First visit"), (130, "Initial assessment")]),
    ]
    assert value(doc(page(rows)), "patient_name") == "John Smith"


# -- platform payouts (set 42) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (
            ["Gutschriftsbetrag brutto 1.917,09 €", "Auszahlungsbetrag 2.083,59 €"],
            "net_payout",
            2083.59,
        ),
        (["Total versé sur la période 11 469,87 €"], "net_payout", 11469.87),
        (["Importe liquidado 3.061,91 €"], "net_payout", 3061.91),
        (["Totaal uitbetaald € 24.334,11"], "net_payout", 24334.11),
        (["Valor líquido repassado R$ 7.330,37"], "net_payout", 7330.37),
        (["Att utbetala till arrangören 170 495,42 kr"], "net_payout", 170495.42),
        (["Payout to artist (AUD) $260.86"], "net_payout", 260.86),
        (["Ventas brutas (IVA incluido) 4.200,90 €"], "gross_sales", 4200.9),
        (["Bruto omzet (394 transacties) € 25.295,19"], "gross_sales", 25295.19),
        (["Bruttoumsatz (72 Transaktionen) 14’997.20"], "gross_sales", 14997.2),
        (["Revenus bruts des réservations 11 971,00 €"], "gross_earnings", 11971.0),
        (["Reembolsos a compradores -253,70 €"], "refunds", -253.7),
        (["Rückerstattungen (2) -274.00"], "refunds", -274.0),
        (["Comisiones de venta (12 %) -473,71 €"], "commission", -473.71),
        (["Commissione Slancio (5% dei fondi incassati) −2.335,50 €"], "commission", -2335.5),
        (["Transaktionsgebühren -222.92"], "fees", -222.92),
        (["Frais de service hôte (3 %, TTC) -359,13 €"], "service_fee", -359.13),
        (["Auszahlung am: 3. Juni 2025"], "payout_date", dt.date(2025, 6, 3)),
        (["Total earnings $1,482.60 Net payout $1,202.42"], "gross_earnings", 1482.6),
    ],
)
def test_labels_of_platform_payouts(lines: list[str], field: str, expected: Any) -> None:
    assert value(stacked(lines), field) == expected


# -- investment paperwork (set 43) --------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (
            ["Trade date 14/03/2025", "Settlement date 18/03/2025"],
            "trade_date",
            dt.date(2025, 3, 14),
        ),
        (
            ["Trade date 14/03/2025", "Settlement date 18/03/2025"],
            "settlement_date",
            dt.date(2025, 3, 18),
        ),
        (["Schlusstag 12.05.2025", "Valuta 14.05.2025"], "trade_date", dt.date(2025, 5, 12)),
        (["Schlusstag 12.05.2025", "Valuta 14.05.2025"], "value_date", dt.date(2025, 5, 14)),
        (["Date de règlement : 14/03/2025"], "settlement_date", dt.date(2025, 3, 14)),
        (["Number of shares 4,200"], "quantity", 4200.0),
        (["Stückzinsen (94 Tage) EUR 1.040,55"], "accrued_interest", 1040.55),
        (["Kurswert EUR 12.480,00", "Provision EUR 24,96"], "consideration", 12480.0),
        (["Ausmachender Betrag EUR 804,75"], "settlement_amount", 804.75),
        (["Courtage 11,95 €"], "commission", 11.95),
        (["Valeur nominale 50 000,00 EUR"], "nominal", 50000.0),
        (["Dividende je Stück EUR 1,85"], "dividend_per_share", 1.85),
        (["Ex-Tag 22.04.2025"], "ex_date", dt.date(2025, 4, 22)),
        (["Record date 28 February 2025"], "record_date", dt.date(2025, 2, 28)),
        (["Zahlbar am 24.04.2025"], "payment_date", dt.date(2025, 4, 24)),
        (["Bruttodividende EUR 1.110,00"], "gross_dividend", 1110.0),
        (["Opening value €46,812.44", "Closing value €56,635.49"], "closing_value", 56635.49),
        (["Data di scadenza 13/08/2025"], "maturity_date", dt.date(2025, 8, 13)),
        (["Unfunded commitment USD 830,000.00"], "unfunded_commitment", 830000.0),
        (["Return of capital € 300.000,00"], "return_of_capital", 300000.0),
        (["Realised gain £4,707.45"], "realized_gain", 4707.45),
        (["Shares vested 240", "Fair market value per share $187.42"], "quantity", 240.0),
        (["Shares vested 240", "Fair market value per share $187.42"], "fmv_per_share", 187.42),
        (
            ["Participant: Priya Venkataraman", "Participant ID: 00418827"],
            "account_holder",
            "Priya Venkataraman",
        ),
    ],
)
def test_labels_of_investment_paperwork(lines: list[str], field: str, expected: Any) -> None:
    # The words contract notes, dividend vouchers and fund statements print, in the languages
    # the rules read; fields named as an analyst names them, with the kinds their names say.
    assert value(stacked(lines), field) == expected


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        # A product on the row: its factors are not its value, though one carries the sign.
        ("Bruttobetrag 600 Stück × EUR 1,85 EUR 1.110,00", "gross_dividend", 1110.0),
        ("Osinko yhteensä (brutto) 3 500 x 0,62 € 2 170,00", "gross_dividend", 2170.0),
        ("Cash dividend 600 sh @ 1.0210 612.60", "cash_dividend", 612.6),
        # A rate of a base: the base is not the value ("von", as "auf" already was); a tax
        # withheld is given as its size, as elsewhere.
        ("Kapitalertragsteuer 27,5 % von EUR 1.110,00 EUR -305,25", "withholding_tax", 305.25),
    ],
)
def test_factors_and_bases_on_a_row_are_not_its_value(
    line: str, field: str, expected: float
) -> None:
    assert value(stacked([line]), field) == expected


def test_a_value_is_read_after_the_longer_of_two_labels_ending_in_one_word() -> None:
    # "Date d’exécution": the built-in "Dated" ends inside the second word, the field's own
    # "Date d'exécution" at its end; the date is read after the whole label.
    lines = ["Date d’exécution Date de règlement", "14/03/2025 18/03/2025"]
    assert value(stacked(lines), "trade_date") == dt.date(2025, 3, 14)


def test_a_percentage_keeps_the_documents_decimal_comma() -> None:
    lines = ["Montante 75.000,00 EUR", "TANB (taxa anual nominal bruta) 2,750%"]
    assert value(stacked(lines), "interest_rate") == 2.75


def test_a_spanish_payment_deadline_is_a_due_date() -> None:
    lines = ["Fecha de emisión: 3 de marzo de 2025", "Fecha límite de pago: 17 de marzo de 2025"]
    assert value(stacked(lines), "due_date") == dt.date(2025, 3, 17)


@pytest.mark.parametrize(
    "line",
    ["Återbetalningar (8 biljetter) −3 560,00 kr", "Återbetalningar −3 560,00 kr"],
)
def test_an_amount_grouped_by_spaces_keeps_its_typographic_minus(line: str) -> None:
    # U+2212, as a Swedish settlement prints it: not "560,00" with its thousands cut off.
    assert value(stacked([line]), "refunds") == -3560.0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Exchange rate USD/EUR applied on 20 June 2025 0.9183", 0.9183),
        ("Exchange rate USD → SGD (rate on 13 June 2025) 1.3021", 1.3021),
        ("Kurs średni EUR NBP z dnia 30.05.2025 (tabela nr 104/A/NBP/2025): 4,2436 PLN", 4.2436),
        ("Exchange rate 1.3021", 1.3021),
    ],
)
def test_a_rate_is_read_after_the_date_that_qualifies_its_label(line: str, expected: float) -> None:
    assert value(stacked([line]), "exchange_rate") == expected


def test_a_figure_after_a_label_and_a_year_is_not_taken_from_words() -> None:
    # Only a figure right after the dated phrase counts: prose after a year is no value.
    assert value(stacked(["Hours worked in 2025 were recorded weekly"]), "hours") is None


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Édité le 4 juillet 2025", "statement_date", dt.date(2025, 7, 4)),
        ("Avräkningsdatum 2025-06-20", "settlement_date", dt.date(2025, 6, 20)),
    ],
)
def test_statement_and_settlement_dates_in_french_and_swedish(
    line: str, field: str, expected: dt.date
) -> None:
    assert value(stacked([line]), field) == expected


def test_two_headings_in_capitals_over_their_values() -> None:
    # Set apart by capitals, not by weight: the names under them are bold too.
    rows = [
        (100, [(48, "ARRANGÖR", 7, True), (303, "BILJETTOMBUD", 7, True)]),
        (111, [(48, "Föreningen Kajjazz Gävle", 9, True), (303, "Biljettkoll Nordic AB", 9, True)]),
        (122, [(48, "Org.nr 802471-3508", 8), (303, "Org.nr 556912-4471", 8)]),
    ]
    assert value(doc(page(rows)), "organiser") == "Föreningen Kajjazz Gävle"
    # A key in capitals beside its value in capitals is no pair of headings.
    grid = [(100, [(48, "ARRANGÖR", 7, True), (303, "KAJJAZZ GÄVLE", 7)])]
    assert value(doc(page(grid)), "organiser") == "KAJJAZZ GÄVLE"


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["Jonas Pfeiffer Kurier-ID K-88412"], "courier_id", "K-88412"),
        (["Fahrer: Marcus Delgado"], "driver", "Marcus Delgado"),
        (["Veranstalter: Kulturverein Lindau e.V."], "organizer", "Kulturverein Lindau e.V."),
        (["Créatrice : Camille Rousseau"], "creator", "Camille Rousseau"),
        (["Künstler: Tilly Nguyen"], "artist", "Tilly Nguyen"),
    ],
)
def test_who_a_platform_pays_in_other_languages(
    lines: list[str], field: str, expected: str
) -> None:
    assert value(stacked(lines), field) == expected


def test_a_bare_number_sign_is_no_label_of_an_identifier() -> None:
    # "Nº" folds to "no": alone it would be a label of a "patient_id" in "(no tax form on
    # file)", and took a withholding's amount from its own label. With its modifier it counts.
    from pdfkit_nb.extractors._translate import translated_labels

    assert not {"id", "nr", "nº", "n°", "nummer"} & set(translated_labels("patient_id"))
    assert "kurier id" in translated_labels("courier_id")


def test_a_party_name_ends_before_its_registration_after_a_comma() -> None:
    line = "Supplier: Craftory Marketplace (UK) Ltd, VAT reg. no. GB482916321. Customer VAT: n/a."
    assert value(stacked([line]), "vendor") == "Craftory Marketplace (UK) Ltd"


def test_a_heading_with_its_role_in_brackets_over_a_name() -> None:
    # "(PAYEE)" names a party concept, the vendor's; it is the role of the user's field here.
    rows = [
        (100, [(50, "INSTRUCTOR (PAYEE)", 7, True), (310, "ISSUED BY", 7, True)]),
        (111, [(50, "Dr. Wei Ling Tan", 9, True), (310, "Learnomy Pte. Ltd.", 9, True)]),
        (122, [(50, "Instructor ID: INS-0048213", 8), (310, "71 Ayer Rajah Crescent", 8)]),
    ]
    assert value(doc(page(rows)), "instructor") == "Dr. Wei Ling Tan"


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Taxa da plataforma (8% sobre apoios líquidos) -R$ 663,40", "platform_fee", -663.4),
        ("Refunds −€ 663,40", "refunds", -663.4),
        ("Total $ 663.40", "total", 663.4),
    ],
)
def test_a_minus_before_the_currency_sign_signs_the_amount(
    line: str, field: str, expected: float
) -> None:
    assert value(stacked([line]), field) == expected


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("최종 정산금액 (지급액) 11,273,960원", "net_payout", 11273960.0),
        ("판매수수료 (10.8%) -1,342,764원", "commission", -1342764.0),
        ("합계 11,273,960원", "total", 11273960.0),
    ],
)
def test_korean_won_after_the_figure(line: str, field: str, expected: float) -> None:
    assert value(stacked([line]), field) == expected


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["정산서 번호 ST-20250425-00318"], "settlement_number", "ST-20250425-00318"),
        (["Settlement no. AVR-2025-06-01182"], "settlement_number", "AVR-2025-06-01182"),
        (["収益合計（円換算） ¥1,795,680"], "proceeds", 1795680.0),
        (["정산 기간: 2025.04.01 ~ 2025.04.15"], "period_end", dt.date(2025, 4, 15)),
        (["対象期間：2025年3月1日 ～ 2025年3月31日"], "period_start", dt.date(2025, 3, 1)),
    ],
)
def test_a_settlements_number_period_and_proceeds(
    lines: list[str], field: str, expected: Any
) -> None:
    assert value(stacked(lines), field) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Üye İşyeri No: 000784512 · Terminal ID: KP01947, KP01948",
        "Numéro commerçant : 000784512",
        "Merchant ID: 000784512",
    ],
)
def test_a_merchants_number_as_acquirers_print_it(line: str) -> None:
    assert value(stacked([line]), "merchant_id") == "000784512"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["SALZACHTALER Depotnummer 0031-447190"], "0031-447190"),
        (["Bankhaus Limmatblick Kunden-/Portfolio-Nr. 0417-882150-01"], "0417-882150-01"),
        (["Rapporto n. FL/2025/004471"], "FL/2025/004471"),
        (["IDENTYFIKATOR KONTA KW-00718342"], "KW-00718342"),
        (["口座番号 118-0457312"], "118-0457312"),
        (["受益人姓名 林美華 君 受益人帳號 HH-0093-47182"], "HH-0093-47182"),
        (["Compte-titres n° CT 0021 9883 41"], "CT 0021 9883 41"),
    ],
)
def test_a_securities_accounts_number(lines: list[str], expected: str) -> None:
    assert value(stacked(lines), "account_number") == expected


def test_a_shorter_last_group_ends_a_number_only_where_its_cell_ends() -> None:
    # "CT 0021 9883 41" is one number; a quantity in the next cell is not its last group.
    far = doc(page([(50, [(40, "Compte-titres n° CT 0021 9883"), (260, "41")])]))
    assert value(far, "account_number") == "CT 0021 9883"


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["9 Kapitalertragsteuer 1.756,94"], "capital_gains_tax", 1756.94),
        (["10 Solidaritätszuschlag 96,63"], "solidarity_surcharge", 96.63),
        (["12 Summe der angerechneten ausländischen Steuer 96,15"], "foreign_tax_credited", 96.15),
        (["— Dochód (przychód minus koszty) 16 311,37 zł"], "net_gain", 16311.37),
        (["Łączna wartość portfela 92 640,15"], "closing_value", 92640.15),
        (["Erstellt am 24.01.2025"], "statement_date", dt.date(2025, 1, 24)),
        (["| Montante | 75.000,00 EUR |", "| Data de constituição | 03/02/2025 |"], "start_date",
         dt.date(2025, 2, 3)),
        (["Our reference ........ FXS-250423-00917"], "trade_reference", "FXS-250423-00917"),
        (["| YOU BOUGHT (we sold) | USD | 500,000.00 |"], "buy_amount", 500000.0),
        (["| YOU BOUGHT (we sold) | USD | 500,000.00 |"], "buy_currency", "USD"),
        (["| YOU SOLD (we bought) | HKD | 3,878,100.00 |"], "sell_amount", 3878100.0),
        (["Total 48,915.30 44,207.85 4,707.45"], "realized_gain", None),  # no label: none
        (["Net gain or (loss) 4,707.45"], "realized_gain", 4707.45),
    ],
)  # fmt: skip
def test_an_investors_tax_certificates_and_deal_confirmations(
    lines: list[str], field: str, expected: Any
) -> None:
    assert value(stacked(lines), field) == expected


def test_a_rates_percent_sign_apart_is_no_figure_before_a_label() -> None:
    # "du montant brut" (gross_payments' label) ended the reading at the rate "0,20".
    line = stacked(["Courtage 0,20 % du montant brut EUR 98,42"])
    found = run(line, ["commission", "gross_payments"])
    assert found["commission"] is not None and found["commission"].value == 98.42


def test_a_forms_grid_of_boxes_gives_each_caption_the_figure_under_it() -> None:
    # A composite 1099: box numbers over captions over figures, row after row of boxes. The
    # next row's box numbers ("3 4 5 6") are no second row of figures under the captions.
    grid = doc(
        page(
            [
                (100, [(50, "1a"), (180, "1b"), (310, "2a"), (440, "2b")]),
                (112, [(50, "Total ordinary dividends"), (180, "Qualified dividends"),
                       (310, "Total capital gain distr."), (440, "Unrecap. Sec. 1250 gain")]),
                (124, [(50, "3,418.62"), (180, "2,906.14"), (310, "412.00"), (440, "0.00")]),
                (140, [(50, "3"), (180, "4"), (310, "5"), (440, "6")]),
                (152, [(50, "Nondividend distributions"), (180, "Federal income tax withheld"),
                       (310, "Section 199A dividends"), (440, "Investment expenses")]),
                (164, [(50, "0.00"), (180, "0.00"), (310, "184.25"), (440, "0.00")]),
            ]
        )
    )  # fmt: skip
    names = ["total_ordinary_dividends", "qualified_dividends", "capital_gain_distributions"]
    found = run(grid, names)
    assert [found[n].value if found[n] else None for n in names] == [3418.62, 2906.14, 412.0]


def test_a_bracket_left_open_in_one_cell_shelters_no_label_in_the_next() -> None:
    # The left column's sentence wraps inside its bracket; the right column's "TVA 20 %"
    # row shares its line, and its amount is the tax's, not the retention's.
    sheet = doc(
        page(
            [
                (100, [(46, "Retenue de garantie de 5 % (art. 1er de la loi n° 71-584 du", 6),
                       (303, "TVA 20 %"), (499, "17 272,00 €")]),
                (112, [(46, "16 juillet 1971), libérée à l'expiration du délai d'un an", 6)]),
                (130, [(303, "Retenue de garantie 5 %"), (497, "– 5 181,60 €")]),
            ]
        )
    )  # fmt: skip
    found = run(sheet, ["retention_amount", "tax"])
    assert found["retention_amount"] is not None
    assert found["retention_amount"].value == 5181.6


def test_a_counts_unit_is_no_label_that_ends_the_amounts_reading() -> None:
    # "Stück" is a label of quantity, asked for too; after "600" it is the count's unit.
    line = stacked(["Stück 600", "Bruttobetrag 600 Stück × EUR 1,85 EUR 1.110,00"])
    found = run(line, ["gross_dividend", "quantity"])
    assert [found[n].value if found[n] else None for n in ("gross_dividend", "quantity")] == [
        1110.0,
        600.0,
    ]


def test_a_headings_rate_in_full_width_brackets_stays_part_of_the_heading() -> None:
    # A Taiwanese fund's distribution notice: "（2.11%）" qualifies the NHI premium's
    # heading, glued to it, and the premium stands under it.
    grid = doc(
        page(
            [
                (100, [(80, "持有單位數"), (165, "每單位分配金額"), (252, "分配總金額"),
                       (341, "二代健保補充保費（ 2.11% ）"), (486, "實際撥付金額")]),
                (115, [(80, "480,000.00"), (165, "0.0520"), (252, "24,960"), (341, "527"),
                       (486, "24,433")]),
            ]
        )
    )  # fmt: skip
    found = run(grid, ["nhi_premium", "net_dividend"])
    assert [found[n].value if found[n] else None for n in ("nhi_premium", "net_dividend")] == [
        527.0,
        24433.0,
    ]


def test_a_rate_after_a_gloss_of_its_parts_is_the_rate() -> None:
    lines = stacked(
        [
            "Saldo utilizzato al 31/03/2025 350.000,00",
            "Tasso debitore annuo nominale (Euribor 3M 2,600% + spread 1,750%) 4,350%",
        ]
    )
    assert value(lines, "interest_rate") == 4.35  # it was 3, of "3M"


def test_a_field_named_for_a_tax_is_printed_under_taxes() -> None:
    line = stacked(["Total taxes withheld $18,478.12"])
    assert value(line, "total_tax_withheld") == 18478.12


@pytest.mark.parametrize("title", ["Gent.ma Sig.ra", "Egr. Sig.", "Exma. Senhora", "Madame"])
def test_a_courtesy_title_alone_on_its_line_is_no_addressees_name(title: str) -> None:
    rows = [
        (40, [(40, "FALEGNAMERIA ZANETTI di Zanetti Marco & C. s.n.c.")]),
        (52, [(40, "Via Valpolicella 38 – 37029 San Pietro in Cariano (VR)")]),
        (120, [(40, title)]),
        (132, [(40, "Chiara Benedetti")]),
        (144, [(40, "Via Giuseppe Mazzini 21")]),
        (156, [(40, "37121 Verona (VR)")]),
        (200, [(40, "Totale fattura 9.240,00")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Chiara Benedetti"


@pytest.mark.parametrize(
    "caption",
    ["Full legal name", "City or town, postal code, and telephone no.", "form", "WA",
     "NH 30 72 95 A"],
)  # fmt: skip
def test_a_forms_caption_or_a_stray_word_is_no_persons_name(caption: str) -> None:
    # A form's boxes: the caption to the right of the label is the next box's, not a name.
    rows = [(100, [(40, "Applicant name:"), (200, caption)])]
    assert value(doc(page(rows)), "applicant_name") is None


@pytest.mark.parametrize("name", ["Marcus D. Ellery", "王芳", "Brandt"])
def test_a_short_or_unwestern_name_is_still_a_name(name: str) -> None:
    rows = [(100, [(40, "Applicant name:"), (200, name)])]
    assert value(doc(page(rows)), "applicant_name") == name


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["Vehicle identification number WF05XXGC55KT41977"], "vin", "WF05XXGC55KT41977"),
        (["Fahrgestellnummer WBA21AG040CN58317"], "vin", "WBA21AG040CN58317"),
        (["Numero di telaio ZDMVAGEW8RB017742"], "vin", "ZDMVAGEW8RB017742"),
        (["車台番号 ZVW51-8123456"], "chassis_number", "ZVW51-8123456"),
        (["Odometer reading 42,815 miles"], "odometer", 42815),
        (["주행거리 58,214 km"], "odometer", 58214),
        (["Kilometerstand 38.412 km", "Summe 120,00 €"], "odometer", 38412),
        (["Labor total $715.50"], "labour_amount", 715.5),
        (["Ersatzteile 1.041,05 €", "Summe 3.006,85 €"], "parts_amount", 1041.05),
        (["부품비 195,000원"], "parts_amount", 195000.0),
    ],
)  # fmt: skip
def test_a_vehicles_identifiers_readings_and_repair_figures(
    lines: list[str], field: str, expected: Any
) -> None:
    assert value(stacked(lines), field) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Amtl. Kennzeichen LL-482 HS", "LL-482 HS"),
        ("Matrícula 4827 MLN", "4827 MLN"),
        ("Targa autorizzata: GH 482 KT (Fiat Tipo SW)", "GH 482 KT"),
        ("登録番号 品川 330 そ 47-18", "品川 330 そ 47-18"),
    ],
)
def test_a_plate_printed_in_groups_is_read_whole(line: str, expected: str) -> None:
    assert value(stacked([line]), "plate") == expected


def test_a_long_registration_number_is_no_plate() -> None:
    # Japan's invoice registration number shares the plate's label "登録番号".
    assert value(stacked(["登録番号 T5804120036285"]), "plate") is None


def test_a_brand_in_lower_case_is_still_a_name() -> None:
    rows = [(100, [(40, "Club name:"), (200, "lululemon athletica")])]
    assert value(doc(page(rows)), "club_name") == "lululemon athletica"


@pytest.mark.parametrize(
    ("heading", "cell", "field", "expected"),
    [
        ("MOT test number", "4827 1936 5082", "test_number", "4827 1936 5082"),
        ("OHIO TITLE NUMBER", "2507718394", "title_number", "2507718394"),
        ("PURCHASE PRICE (USD)", "$16,750.00", "sale_price", 16750.0),
    ],
)
def test_a_fields_label_after_a_word_that_says_which_one_heads_its_cell(
    heading: str, cell: str, field: str, expected: Any
) -> None:
    # A certificate's grid of headed cells: the field's own label ends its cell.
    rows = [
        (100, [(40, "Vehicle identification number"), (300, heading)]),
        (114, [(40, "WF05XXGC55KT41977"), (300, cell)]),
    ]
    assert value(doc(page(rows)), field) == expected


def test_a_word_naming_another_of_its_kind_is_no_qualifier_of_the_heading() -> None:
    # "Unit price" over the first item's price is not the sale price.
    rows = [
        (100, [(40, "Description"), (300, "Unit price")]),
        (114, [(40, "Floor mats, set of four"), (300, "89.00")]),
    ]
    assert value(doc(page(rows)), "sale_price") is None


def test_a_unit_after_its_count_stops_no_value_read_beside_a_label() -> None:
    # "miles" is total_miles's label, but after "4,872" it is that count's unit: the charge
    # read beside its label goes on past it to the money.
    line = "Excess mileage charge 4,872 miles at 6.25p per mile as per schedule 01 304.50"
    found = run(stacked([line]), ["excess_mileage_charge", "total_miles"])
    assert found["excess_mileage_charge"] is not None
    assert found["excess_mileage_charge"].value == 304.5


@pytest.mark.parametrize("field", ["authority", "charity_name", "insurer"])
def test_the_issuers_role_names_the_letterhead(field: str) -> None:
    # A motor tax receipt's council, a donation receipt's charity, a renewal's insurer: the
    # issuer, read as the vendor is where no label names it.
    rows = [
        (40, [(40, "Carrowmore County Council", 16)]),
        (62, [(40, "Motor Tax Office, Main Street, Carrowmore")]),
        (90, [(40, "Receipt no. MT-2025-041877")]),
        (110, [(40, "Amount paid: EUR 190.00")]),
    ]
    assert value(doc(page(rows)), field) == "Carrowmore County Council"


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("FUEL SURCHARGE 33.60% (DOE WK 02/17 $3.712) 164.12", "fuel_surcharge", 164.12),
        ("Delivery charge (flat rate, orders under $50.00) $7.95", "delivery_charge", 7.95),
        ("Deposit paid ($500.00)", "deposit_paid", 500.0),
        ("Amount due (in USD: $1,234.00)", "amount_due", 1234.0),
    ],
)
def test_a_figure_in_a_remark_in_brackets_gives_way_to_the_amount_after_it(
    line: str, field: str, expected: float
) -> None:
    assert value(stacked([line]), field) == expected


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Total kilos entregados 29.450 18.534,60", "total_kg", 29450.0),
        ("Total kilometres: 1,257", "total_km", 1257.0),
    ],
)
def test_a_unit_in_a_fields_name_reads_spelt_out_in_its_label(
    line: str, field: str, expected: float
) -> None:
    assert value(stacked([line]), field) == expected


def test_a_name_read_under_a_heading_drops_its_key() -> None:
    # A bill of lading's "SHIP FROM" box: the name's line opens with its key.
    rows = [
        (60, [(40, "SHIP FROM", 10, True)]),
        (76, [(40, "Name: Great Lakes Polymer Compounds LLC")]),
        (90, [(40, "Address: 2840 Tracy Road, Dock 3")]),
    ]
    assert value(doc(page(rows)), "shipper") == "Great Lakes Polymer Compounds LLC"


def test_an_unlabelled_address_block_ending_in_a_three_digit_postcode_names_the_customer() -> None:
    # Iceland writes a postcode of three digits: "600 Akureyri" ends the addressee's block.
    rows = [
        (40, [(40, "Norðurljós Hótel ehf.", 14)]),
        (60, [(40, "Hafnarstræti 88 - 600 Akureyri - Sími 460 2200")]),
        (120, [(40, "Landmælingar Norðurlands ehf."), (330, "Reikningur nr.: 41873")]),
        (132, [(40, "Kt. 451009-1230"), (330, "Dags.: 12.10.2025")]),
        (144, [(40, "Glerárgötu 34")]),
        (156, [(40, "600 Akureyri")]),
    ]
    assert value(doc(page(rows)), "customer_name") == "Landmælingar Norðurlands ehf."


def test_a_danish_legal_form_written_out_names_the_letterheads_firm() -> None:
    # "Advokatpartnerselskab" (a law firm's P/S) is the issuer's legal form: the addressee's
    # "ApS" under it is the customer, not the issuer.
    rows = [
        (40, [(40, "HOLM & SKOV", 12)]),
        (58, [(40, "ADVOKATPARTNERSELSKAB", 9)]),
        (72, [(40, "Åboulevarden 23 · 8000 Aarhus C · Tlf. 86 12 40 40")]),
        (120, [(40, "Jensen Biler ApS"), (330, "Aarhus, den 31. januar 2025")]),
        (132, [(40, "Att.: Direktør Lars Jensen")]),
        (144, [(40, "Silkeborgvej 210")]),
        (156, [(40, "8230 Åbyhøj")]),
        (780, [(40, "Holm & Skov Advokatpartnerselskab · CVR-nr. 34567808 · Danske Bank")]),
    ]
    found = plain(run(doc(page(rows)), ["vendor", "customer_name"]))
    assert found == {
        "vendor": "Holm & Skov Advokatpartnerselskab",
        "customer_name": "Jensen Biler ApS",
    }


def test_the_return_address_over_the_window_and_a_salutation_lead_to_the_name() -> None:
    # A German payslip's window: the sender on one line, "Frau", then the employee's name.
    rows = [
        (40, [(40, "Hansen & Voigt Logistik GmbH", 12)]),
        (90, [(40, "Hansen & Voigt Logistik GmbH · Am Hafen 17 · 28217 Bremen", 6)]),
        (90, [(330, "Eintritt"), (420, "01.09.2021")]),
        (100, [(40, "Frau"), (330, "Geb.-Datum"), (420, "23.11.1990")]),
        (100, [(330, "Kostenstelle"), (420, "4100 Dispo")]),
        (112, [(40, "Miriam Kowalski"), (330, "Konfession"), (420, "--")]),
        (124, [(40, "Vegesacker Straße 88"), (330, "BGRS"), (420, "1111")]),
        (136, [(40, "28219 Bremen")]),
    ]
    assert value(doc(page(rows)), "employee_name") == "Miriam Kowalski"


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Federal Pell Grant −3,697.50", "pell_grant", 3697.5),
        ("Transitional relief -1,184.60", "transitional_relief", 1184.6),
        ("Rates payable for 2025/26 £11,165.65", "rates_payable", 11165.65),
        ("Viitenumero 2 02518 47160 Eräpäivä 06.10.2025", "reference_number", "2 02518 47160"),
        ("Année universitaire 2025-2026", "academic_year", "2025-2026"),
        ("Ciclo escolar: 2025-2026", "school_year", "2025-2026"),
        ("Add: GST 9% on full course fee of $2,800.00 252.00", "gst_amount", 252.0),
    ],
)
def test_a_public_bodys_or_a_schools_figures(line: str, field: str, expected: Any) -> None:
    # Grants and reliefs are read as what they take off (positive), references whole in
    # their groups, a school's year as its range.
    assert value(stacked([line]), field) == expected


def test_two_greetings_for_either_addressee_open_no_name() -> None:
    rows = [
        (40, [(40, "Scuola di Musica Arcadia S.r.l.", 14)]),
        (100, [(40, "Spett.le / Gentile")]),
        (112, [(40, "Marco Rossi")]),
        (124, [(40, "Via Senese 214")]),
        (136, [(40, "50124 Firenze (FI)")]),
    ]
    assert value(doc(page(rows)), "customer") == "Marco Rossi"


def test_an_issuers_role_named_in_a_sentence_labels_nothing() -> None:
    # "… is the billing authority for non-domestic rates …": prose, not the authority's label.
    rows = [
        (40, [(40, "Thornbury Vale District Council", 16)]),
        (62, [(40, "Business Rates, Civic Centre, Thornbury TV1 4AA")]),
        (
            400,
            [
                (
                    40,
                    "order, which will add costs. Thornbury Vale District Council is the billing "
                    "authority for non-domestic rates for this property under the Act.",
                    6,
                )
            ],
        ),
    ]
    assert value(doc(page(rows)), "authority") == "Thornbury Vale District Council"


def test_a_portuguese_receipts_applicant_heading_names_the_customer() -> None:
    rows = [
        (40, [(40, "JUNTA DE FREGUESIA DE SÃO BRÁS DO ALTO", 12)]),
        (90, [(40, "Requerente / Adquirente", 9, True)]),
        (104, [(40, "Manuel Joaquim Ferreira Lopes")]),
        (116, [(40, "Rua do Moinho Velho, 27")]),
        (128, [(40, "2025-421 São Brás do Alto")]),
    ]
    assert value(doc(page(rows)), "customer") == "Manuel Joaquim Ferreira Lopes"


def test_a_long_letterhead_name_with_joining_words_is_the_vendor() -> None:
    # Seven tokens, five words of the name: "of" joins them.
    rows = [
        (40, [(40, "College of Professional Landscape Technologists of Ontario", 13)]),
        (58, [(40, "155 University Avenue, Suite 1210, Toronto, ON M5H 3B7", 6)]),
        (80, [(40, "Official Receipt — Annual Registration Renewal 2026", 11)]),
        (110, [(40, "Receipt number: R-2025-118472")]),
    ]
    expected = "College of Professional Landscape Technologists of Ontario"
    assert value(doc(page(rows)), "vendor") == expected


@pytest.mark.parametrize(
    ("name", "issuer"),
    [("bank_name", "Kochertal Volksbank eG"), ("lender", "Corrib Home Loans DAC"),
     ("dealer", "Laurentian Ridge Securities Inc."), ("fund_name", "Wattle Coast Super Ltd"),
     ("sacco_name", "Mlima Teachers Sacco Society Ltd")],
)  # fmt: skip
def test_who_issues_a_statement_by_its_role_is_the_letterheads_firm(name: str, issuer: str) -> None:
    # No label names the bank, the lender or the fund: the letterhead does, as for "employer".
    rows = [
        (40, [(40, issuer, 15, True)]),
        (60, [(40, "Hauptstraße 12, 74523 Schwäbisch Hall")]),
        (100, [(40, "Account statement no. 3/2026")]),
        (120, [(40, "Jonas Weber"), (300, "Statement date: 31.03.2026")]),
        (134, [(40, "Lindenweg 4, 74532 Ilshofen")]),
        (170, [(40, "Opening balance 4,210.55")]),
        (184, [(40, "Closing balance 5,117.20")]),
    ]
    assert value(doc(page(rows)), name) == issuer


def test_a_container_number_is_known_by_its_check_digit() -> None:
    # "CONTAINER/SEAL" is no label of container_number's; the seal's number beside it and a
    # number of the same shape whose check digit fails are not the container's.
    lines = [
        "PACKING LIST No. TBG-PL-26-0318",
        "BOOKING : HCMGOT2603118    REF: MSCU1234567",
        "CONTAINER/SEAL : VNLU 725041 0 / VN2604187 (40' HC)    ETD: 14/03/2026",
    ]
    assert value(stacked(lines), "container_number") == "VNLU7250410"
    assert value(stacked(lines[:2]), "container_number") is None


def test_a_second_label_sharing_the_colon_is_passed_over() -> None:
    # "Vessel / voyage:" closes both labels with one colon: the value follows it.
    rows = [
        (40, [(40, "DEMURRAGE INVOICE", 14, True)]),
        (80, [(40, "Highveld Agri Imports (Pty) Ltd"), (300, "Vessel / voyage:"),
              (380, "INDIAN OCEAN PEARL (IMO 9291834)")]),
        (94, [(40, "14 Director Road, Spartan"), (300, "Container & seal:"),
              (380, "MSKU 907032 3 / ZA 771842")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vessel", "container_number"]))
    assert got == {"vessel": "INDIAN OCEAN PEARL", "container_number": "MSKU9070323"}


@pytest.mark.parametrize(
    "printed",
    ["WESTERN JADE 0214S", "WESTERN JADE / 604W", "WESTERN JADE V.118", "WESTERN JADE"],
)
def test_a_vessels_name_is_read_without_its_voyage(printed: str) -> None:
    rows = [
        (40, [(40, "ARRIVAL NOTICE", 14, True)]),
        (80, [(40, "VESSEL / VOYAGE"), (300, "ETA SYDNEY")]),
        (94, [(40, printed), (300, "18/03/2026")]),
    ]
    assert value(doc(page(rows)), "vessel") == "WESTERN JADE"


@pytest.mark.parametrize(
    ("debits", "credits"),
    [("Summe Soll (Belastungen) 3.486,54", "Summe Haben (Gutschriften) 6.949,11"),
     ("Suma obciążeń 3 486,54", "Suma uznań 6 949,11"),
     ("Addebiti del periodo 3.486,54", "Accrediti del periodo 6.949,11"),
     ("Total de débitos 3.486,54", "Total de créditos 6.949,11"),
     ("(-) Retiros 3,486.54", "(+) Depósitos 6,949.11")],
)  # fmt: skip
def test_a_statements_totals_of_money_out_and_in(debits: str, credits: str) -> None:
    lines = ["KONTOAUSZUG / STATEMENT", "Saldo anterior 1.000,00", debits, credits]
    got = plain(run(stacked(lines), ["total_debits", "total_credits"]))
    assert got == {"total_debits": 3486.54, "total_credits": 6949.11}
    got = plain(run(stacked(lines), ["total_withdrawals", "total_deposits"]))
    assert got == {"total_withdrawals": 3486.54, "total_deposits": 6949.11}


def test_a_statements_totals_in_its_debit_and_credit_columns() -> None:
    rows = [
        (40, [(40, "RELEVÉ DE COMPTE", 14, True)]),
        (80, [(40, "Date"), (100, "Libellé"), (330, "Débit"), (420, "Crédit")]),
        (94, [(100, "SOLDE DEPART AU 31/01/2026"), (420, "14 862,40")]),
        (108, [(40, "03/02/2026"), (100, "PRELEVEMENT ECHEANCE"), (330, "4 318,55")]),
        (122, [(40, "05/02/2026"), (100, "CARTE 4471 MARJANE"), (330, "9 843,20")]),
        (136, [(40, "09/02/2026"), (100, "VIREMENT RECU"), (420, "19 450,00")]),
        (150, [(100, "TOTAL DES MOUVEMENTS"), (330, "14 161,75"), (420, "19 450,00")]),
    ]
    got = plain(run(doc(page(rows)), ["total_debits", "total_credits"]))
    assert got == {"total_debits": 14161.75, "total_credits": 19450.0}
    # A title or a sentence that names a debit is no column of one: the debit note's number.
    note = [
        (40, [(40, "NOTA DE DÉBITO", 14, True)]),
        (60, [(40, "Nº 0387/2025")]),
        (90, [(40, "Valor total"), (330, "R$ 1.517,27")]),
    ]
    got = plain(run(doc(page(note)), ["invoice_number", "total_debits", "total_credits"]))
    assert got["invoice_number"] == "0387/2025"


def test_an_amount_in_a_named_currency_is_its_bases_in_that_currency() -> None:
    # An export invoice in two currencies: "total_usd" and "total_inr" each take the total
    # in theirs, and a "total" asked for beside them is still read ("Total USD" is the
    # total's label with its currency, no label of total_usd's hiding it).
    lines = [
        "EXPORT INVOICE No. KPW/EXP/2026/0412",
        "Pump sets, 12 units                        26,700.00",
        "Total CIF Mombasa USD 26,700.00",
        "Total INR 23,08,215.00 (at 1 USD = 86.45 INR)",
    ]
    got = plain(run(stacked(lines), ["total_usd", "total_inr"]))
    assert got == {"total_usd": 26700.0, "total_inr": 2308215.0}
    # No amount marked in a currency asked for: none, not another currency's.
    assert value(stacked(lines), "total_eur") is None
    receipt = ["TAX INVOICE 2024-0019", "Subtotal 1,250.00", "Total USD 1,250.00",
               "Less Payment (30 Jan 2024, wire) 1,250.00", "Balance Due USD 0.00"]  # fmt: skip
    got = plain(run(stacked(receipt), ["total", "total_usd", "amount_due"]))
    assert got == {"total": 1250.0, "total_usd": 1250.0, "amount_due": 0.0}


def test_a_count_before_its_unit_does_not_end_a_total_row() -> None:
    # "28 cases" is how many, with "cases" a label of total_cases asked for beside: the row
    # goes on to the total.
    lines = ["RENEWAL NOTICE", "TOTAL DUE — 28 cases   12,683.00   19,238.00"]
    got = plain(run(stacked(lines), ["total", "total_cases"]))
    assert got["total"] == 19238.0


def test_a_word_inside_an_organisations_name_is_no_label_of_it() -> None:
    # "society_name" is labelled by "Society:", not by the word inside the letterhead's name,
    # which is still the vendor.
    lines = ["NORDIC SOCIETY FOR APPLIED TRIBOLOGY", "NORDTRIB 2024 – 21st Nordic Symposium",
             "RECEIPT", "Receipt No.: NSAT-R-2024-0419", "Total SEK 5 950,00"]  # fmt: skip
    got = plain(run(stacked(lines), ["vendor", "society_name"]))
    assert got["vendor"] == "NORDIC SOCIETY FOR APPLIED TRIBOLOGY"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["INCOTERMS 2020", "CIF Montreal"], "CIF Montreal"),
        (["Lieferbedingung (Incoterms® 2020)", "FCA Zürich Flughafen"], "FCA Zürich Flughafen"),
        (["Incoterm: FOB Santos, Incoterms 2020"], "FOB Santos"),
        (["SHIPPED PER PACIFIC CAMELLIA", "TERMS CIF LAEM CHABANG"], "CIF LAEM CHABANG"),
        (["Delivery terms: DAP Paterna (Valencia)"], "DAP Paterna (Valencia)"),
    ],
)
def test_the_incoterm_and_its_place(lines: list[str], want: str) -> None:
    document = stacked(["COMMERCIAL INVOICE No. CI-2026-0418", *lines, "Total EUR 105.235,00"])
    assert value(document, "incoterms") == want


def test_an_amount_named_by_an_incoterm_is_no_term_of_sale() -> None:
    lines = ["COMMERCIAL INVOICE No. CI-2026-0418", "TOTAL CIF MONTREAL EUR 105.235,00"]
    assert value(stacked(lines), "incoterms") is None


def test_a_boxes_caption_after_its_number_in_brackets() -> None:
    # A bill of lading numbers its boxes "(7)", "(8)": the captions head the values under
    # them, and the next box's number is no value beside the caption.
    rows = [
        (40, [(40, "BILL OF LADING", 14, True)]),
        (80, [(34, "(7) Port of Loading", 7), (169, "(8) Port of Discharge", 7),
              (303, "Type of Movement", 7)]),
        (90, [(35, "BUSAN, KOREA"), (170, "SAN ANTONIO, CHILE"), (305, "PORT TO PORT")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["port_of_loading", "port_of_discharge"]))
    assert got == {"port_of_loading": "BUSAN, KOREA", "port_of_discharge": "SAN ANTONIO, CHILE"}


@pytest.mark.parametrize(
    ("label", "name"),
    [("LADEHAFEN (POL)", "port_of_loading"), ("Puerto de embarque:", "port_of_loading"),
     ("Porto di scarico", "port_of_discharge"), ("Port de destination:", "port_of_discharge"),
     ("Lossningshamn", "port_of_discharge")],
)  # fmt: skip
def test_a_ports_label_in_the_shipments_languages(label: str, name: str) -> None:
    rows = [
        (40, [(40, "SEEFRACHTRECHNUNG", 14, True)]),
        (80, [(40, "Rechnung Nr. SF-2026-0318")]),
        (100, [(40, label), (200, "Shanghai")]),
    ]
    assert value(doc(page(rows)), name) == "Shanghai"


def _titled(title: str, *rows: tuple[float, list[Any]]) -> Document:
    """A page with ``title`` big and bold at its top right under a letterhead, and ``rows``."""
    head = [(40, [(40, "Nordwind Handels GmbH"), (330, title, 16, True)])]
    return doc(page([*head, *rows]))


@pytest.mark.parametrize(
    ("title", "key", "name", "want"),
    [
        ("PACKING LIST", "P/L No. : TBG-PL-26-0318", "packing_list_number", "TBG-PL-26-0318"),
        ("BON DE LIVRAISON", "N° BL : BL-26-00874", "delivery_note_number", "BL-26-00874"),
        ("ANGEBOT", "Nr. AN-2026-114", "quote_number", "AN-2026-114"),
        ("PURCHASE ORDER", "No.: 4500012345", "order_number", "4500012345"),
        ("GOODS RECEIVED NOTE", "GRN # 88-1204", "grn_number", "88-1204"),
        ("LIEFERSCHEIN", "Nr. LS-7731", "delivery_note_number", "LS-7731"),
    ],
)
def test_a_documents_own_number_under_its_title(title: str, key: str, name: str, want: str) -> None:
    # A packing list's, a delivery note's, a quotation's number: under its title, keyed by
    # a bare "No." or by the title's initials ("P/L No.", "N° BL").
    document = _titled(title, (70, [(330, key)]), (85, [(330, "Date : 13.03.2026")]))
    assert value(document, name) == want


def test_a_documents_own_number_after_its_title_and_before_an_identifier_like_it() -> None:
    # "N° PL-2026-0093": the initials open the number, which is no label "N° PL".
    rows = [
        (40, [(40, "VIÑA CORDILLERA DE COLCHAGUA")]),
        (60, [(40, "LISTA DE EMPAQUE / PACKING LIST", 14, True)]),
        (78, [(40, "N° PL-2026-0093 — Fecha / Date: 06/03/2026 — Export invoice N° 1847")]),
    ]
    got = plain(run(doc(page(rows)), ["packing_list_number", "packing_list_date"], dayfirst=True))
    assert got == {"packing_list_number": "PL-2026-0093", "packing_list_date": dt.date(2026, 3, 6)}


@pytest.mark.parametrize(
    ("title", "want"),
    [("PURCHASE ORDER", dt.date(2026, 3, 12)), ("AUFTRAGSBESTÄTIGUNG", dt.date(2026, 3, 12)),
     ("RECHNUNG", None)],
)  # fmt: skip
def test_an_orders_date_is_the_documents_own_on_an_order_only(
    title: str, want: dt.date | None
) -> None:
    # order_date on a purchase order or an order confirmation is the document's date; on an
    # invoice it is the date of the order it bills, which this one does not print.
    document = _titled(title, (70, [(330, "Nr. 4500012345")]), (85, [(330, "Datum: 12.03.2026")]))
    assert value(document, "order_date") == want


def test_a_bare_number_key_names_no_other_document_on_an_invoice() -> None:
    # On an invoice, "No." keys the invoice's number, never a packing list's or an order's;
    # nor does it come between a label and its gloss ("Sąskaitos Nr. (IBAN)").
    document = _titled("INVOICE", (70, [(330, "No. 2026-0042")]), (85, [(330, "P/L No. PL-77")]))
    got = plain(run(document, ["invoice_number", "order_number", "packing_list_number"]))
    assert got == {"invoice_number": "2026-0042", "order_number": None, "packing_list_number": None}
    lines = ["PVM SĄSKAITA FAKTŪRA", "Serija DS Nr. 0001294",
             "Sąskaitos Nr. (IBAN): LT71 7300 0101 2345 6789"]  # fmt: skip
    assert plain(run(stacked(lines), ["invoice_number", "buyer_order_number"])) == {
        "invoice_number": "0001294",
        "buyer_order_number": None,
    }


def test_a_box_headed_by_another_documents_name_under_an_invoices_title() -> None:
    # "TAX INVOICE" over a grid whose box "Delivery note" holds its number: the document is
    # an invoice, and the box's number is the delivery note's only by its own label.
    rows = [
        (40, [(330, "TAX INVOICE", 16, True)]),
        (70, [(330, "Invoice No. INV-5521")]),
        (90, [(40, "Delivery note"), (200, "Order")]),
        (102, [(40, "DN-3390"), (200, "PO-118")]),
    ]
    got = plain(run(doc(page(rows)), ["delivery_note_number", "invoice_number"]))
    assert got == {"delivery_note_number": "DN-3390", "invoice_number": "INV-5521"}


@pytest.mark.parametrize(
    "town", ["Kowloon, Hong Kong", "Jebel Ali Free Zone, Dubai, UAE", "West Bay, Doha, Qatar"]
)
def test_an_address_in_a_country_without_postcodes_names_the_addressee(town: str) -> None:
    address: list[tuple[float, Sequence[Cell]]] = [
        (150, [(50, "Harbour Horology Trading Limited")]),
        (162, [(50, "Unit 1208, 12/F, Tower 2, Harbour Centre")]),
        (174, [(50, town)]),
    ]
    rows = [*LETTERHEAD, *address, (260, [(50, "INVOICE", 14, True)])]
    assert value(doc(page(rows)), "customer") == "Harbour Horology Trading Limited"


@pytest.mark.parametrize(
    "same", ["gleich Rechnungsadresse", "Same as billing address", "wie oben", "idem"]
)
def test_an_address_that_repeats_another_names_no_one(same: str) -> None:
    # "Lieferadresse: gleich Rechnungsadresse": the customer is the addressee still.
    rows = [
        *LETTERHEAD,
        (150, [(50, "Harbour Horology Trading Limited"), (300, f"Lieferadresse: {same}")]),
        (162, [(50, "8 Hok Cheung Street, Hung Hom")]),
        (174, [(50, "Kowloon, Hong Kong")]),
        (260, [(50, "RECHNUNG", 14, True)]),
    ]
    assert value(doc(page(rows)), "customer") == "Harbour Horology Trading Limited"


@pytest.mark.parametrize(
    "label", ["Navire :", "Schiff:", "Buque:", "Nome della nave:", "Schip:", "Fartyg:"]
)
def test_a_vessels_label_in_the_shipments_languages(label: str) -> None:
    rows = [
        (40, [(40, "FACTURE", 14, True)]),
        (70, [(40, "Facture n° F-2026-11")]),
        (90, [(40, label), (160, "CMA CGM TAGE")]),
    ]
    assert value(doc(page(rows)), "vessel") == "CMA CGM TAGE"


@pytest.mark.parametrize(
    ("heading", "name"),
    [("31-60 days", "days_31_60"), ("61 – 90 Tage", "days_61_90"), ("Over 90 days", "over_90_days"),
     ("Plus de 90 jours", "over_90_days")],
)  # fmt: skip
def test_an_ageing_buckets_amount_under_its_heading(heading: str, name: str) -> None:
    # A statement of account's ageing analysis: headings over one row of amounts.
    rows = [
        (40, [(40, "STATEMENT OF ACCOUNT", 14, True)]),
        (80, [(40, "Current"), (160, heading), (300, "Total balance")]),
        (92, [(40, "12,503.82"), (160, "6,517.23"), (300, "19,021.05")]),
    ]
    assert value(doc(page(rows)), name) == 6517.23


@pytest.mark.parametrize(
    ("title", "fields", "want"),
    [
        ("ZAMÓWIENIE", ["buyer", "supplier"], ["Sadowik Sp. z o.o.", "Huta Kujawy S.A."]),
        ("PURCHASE ORDER", ["customer", "vendor"], ["Sadowik Sp. z o.o.", "Huta Kujawy S.A."]),
        ("RECHNUNG", ["buyer", "supplier"], ["Huta Kujawy S.A.", "Sadowik Sp. z o.o."]),
    ],
)
def test_a_purchase_orders_letterhead_is_the_buyers(
    title: str, fields: list[str], want: list[str]
) -> None:
    # The buyer issues a purchase order: its letterhead is the buyer's and the address it
    # is sent to the seller's, where no label says which is which; an invoice the other
    # way round.
    rows = [
        (40, [(40, "Sadowik Sp. z o.o.", 14, True), (380, title, 16, True)]),
        (56, [(40, "ul. Sadowa 41 · 05-600 Grójec · tel. 48 664 18 47")]),
        (120, [(300, "Huta Kujawy S.A.")]),
        (132, [(300, "ul. Szklana 7")]),
        (144, [(300, "88-100 Inowrocław")]),
    ]
    got = plain(run(doc(page(rows)), fields))
    assert got == dict(zip(fields, want, strict=True))


@pytest.mark.parametrize("title", ["PRESUPUESTO", "Packing List", "ANGEBOT"])
def test_a_documents_title_is_not_its_issuer(title: str) -> None:
    rows = [
        (40, [(40, "CLIMALEVANTE", 11), (420, title, 18, True)]),
        (60, [(40, "Climatizaciones Levante Instalaciones, S.L.")]),
        (72, [(40, "C/ Sant Vicent Ferrer 38 · 46120 Alboraia")]),
    ]
    assert value(doc(page(rows)), "supplier") == "Climatizaciones Levante Instalaciones, S.L."


@pytest.mark.parametrize("name", ["creditor", "creditor_name"])
def test_a_dunning_letters_creditor_is_its_letterhead(name: str) -> None:
    rows = [
        (40, [(40, "Oleodinamica Emiliana S.r.l.", 14, True)]),
        (56, [(40, "Via Gramsci 184/A — 42124 Reggio Emilia (RE) — Tel. 0522 184 700")]),
        (120, [(300, "Meccanica Tosi & Figli S.n.c.")]),
        (132, [(300, "Via Emilia Ovest 612")]),
        (144, [(300, "41126 Modena (MO)")]),
        (200, [(40, "Oggetto: sollecito di pagamento")]),
    ]
    got = plain(run(doc(page(rows)), [name, "debtor"]))
    assert got == {name: "Oleodinamica Emiliana S.r.l.", "debtor": "Meccanica Tosi & Figli S.n.c."}


@pytest.mark.parametrize(
    ("label", "name"),
    [("DATUM KENNISGEVING", "notification_date"), ("DATE D'ENCAISSEMENT", "collection_date"),
     ("Nº PRESUPUESTO", "quote_number"), ("VÁLIDO HASTA", "quote_valid_until")],
)  # fmt: skip
def test_a_notices_keys_in_the_languages_read(label: str, name: str) -> None:
    rows = [
        (40, [(40, "Vlaamse Koffiedienst BV", 14, True)]),
        (80, [(40, label), (300, "KLANTNUMMER")]),
        (92, [(40, "P-2026-0214" if name == "quote_number" else "25/03/2026"), (300, "60-2291")]),
    ]
    want = "P-2026-0214" if name == "quote_number" else dt.date(2026, 3, 25)
    assert value(doc(page(rows)), name, dayfirst=True) == want


def test_an_orders_column_heading_makes_no_purchase_order() -> None:
    # "Order" heading a column in small print, in a row of headings, is no title: the
    # letterhead stays the vendor.
    rows = [
        (40, [(40, "Deccan Arc Securities Pvt. Ltd.", 14, True)]),
        (56, [(40, "4th Floor, Cyber Pearl, Hyderabad 500081 · Tel 040 4471 0000")]),
        (90, [(40, "CONTRACT NOTE CUM TAX INVOICE", 12, True)]),
        (120, [(40, "Order", 7, True), (100, "Trade", 7, True), (160, "Security", 7, True),
               (260, "Qty", 7, True), (300, "Rate", 7, True)]),
        (132, [(40, "1102", 7), (100, "2201", 7), (160, "INFY", 7), (260, "10", 7),
               (300, "1,612.40", 7)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "Deccan Arc Securities Pvt. Ltd."


def test_a_partys_role_in_brackets_keeps_the_name_under_its_heading_whole() -> None:
    # "EXPORTADOR / EXPORTER (BENEFICIÁRIO / BENEFICIARY)": the gloss is the exporter's role,
    # no column of its own that would cut the name under the heading.
    rows = [
        (40, [(40, "FATURA PROFORMA", 14, True)]),
        (80, [(40, "EXPORTADOR / EXPORTER (BENEFICIÁRIO / BENEFICIARY)", 7)]),
        (92, [(40, "Cafés Serra da Mantiqueira Exportadora Ltda.")]),
    ]
    got = plain(run(doc(page(rows)), ["exporter", "beneficiary"]))
    assert got["exporter"] == "Cafés Serra da Mantiqueira Exportadora Ltda."


def test_a_columns_heading_inside_a_rows_words_ends_no_value() -> None:
    # receipts_total's "Receipts" heads a column; inside "(receipts attached)" it heads
    # nothing, and the row's amount stays the expenses'.
    rows = [
        (40, [(40, "INVOICE No. 2025-014", 14, True)]),
        (80, [(40, "Travel expenses: Galway–Loop Head, 2 nights B&B (receipts attached)"),
              (420, "1"), (460, "86.40")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["expenses", "receipts_total"]))
    assert got["expenses"] == 86.4


def test_an_order_confirmations_number_and_sum() -> None:
    rows = [
        (40, [(40, "Sauerland Armaturen GmbH", 14, True)]),
        (70, [(330, "Auftragsbest.-Nr."), (450, "AB-26-10473")]),
        (82, [(330, "Datum"), (450, "16.03.2026")]),
        (200, [(300, "Nettobetrag"), (450, "11.290,15")]),
        (212, [(300, "Umsatzsteuer 19 %"), (450, "2.145,13")]),
        (230, [(300, "Auftragssumme EUR"), (450, "13.435,28")]),
        (
            260,
            [(40, "Bei Zahlung innerhalb von 14 Tagen 2 % Skonto, Zahlbetrag dann EUR 13.166,57.")],
        ),
    ]
    got = plain(run(doc(page(rows)), ["order_confirmation_number", "total"]))
    assert got == {"order_confirmation_number": "AB-26-10473", "total": 13435.28}


def test_a_grid_of_bilingual_headings_over_their_values() -> None:
    # "PICKUP DATE / DATE D'ENLÈVEMENT": the second language repeats the label's word; and
    # "BILL OF LADING / CONNAISSEMENT" one long word; each heads the value under it.
    rows = [
        (40, [(40, "PROOF OF DELIVERY", 14, True)]),
        (
            80,
            [
                (40, "PICKUP DATE / DATE D'ENLÈVEMENT", 7),
                (250, "BILL OF LADING / CONNAISSEMENT", 7),
            ],
        ),
        (92, [(40, "2026-03-09"), (250, "MRC-BOL-260309-02")]),
    ]
    got = plain(run(doc(page(rows)), ["pickup_date", "bill_of_lading_number"]))
    assert got == {"pickup_date": dt.date(2026, 3, 9), "bill_of_lading_number": "MRC-BOL-260309-02"}


def test_messrs_after_a_name_addresses_that_firm() -> None:
    # Japanese firms' English papers write 御中 as "Messrs." after the customer's name; the
    # issuer's name beside it is the supplier.
    rows = [
        (30, [(200, "BILLING STATEMENT", 16, True)]),
        (80, [(40, "Tokai Instruments Manufacturing Co., Ltd."), (230, "Messrs."),
              (380, "Hamamatsu Precision Springs Co., Ltd.")]),
        (92, [(40, "2-18-4 Akemi-cho, Toyohashi, Aichi 441-8074"),
              (380, "1184-7 Kamijima-cho, Naka-ku")]),
        (104, [(380, "Hamamatsu, Shizuoka 433-8122")]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["supplier", "customer"]))
    assert got == {
        "supplier": "Hamamatsu Precision Springs Co., Ltd.",
        "customer": "Tokai Instruments Manufacturing Co., Ltd.",
    }


def test_a_name_in_a_box_drawn_in_text_is_read_without_its_rules() -> None:
    # A goods received note (the buyer's) drawn in text: the supplier's address in its box.
    rows = [
        (40, [(40, "STEIRISCHE FEINKOST GROSSHANDEL GMBH"), (300, "WARENEINGANGSSCHEIN")]),
        (52, [(40, "Triester Straße 418, 8055 Graz · Tel. 0316 29 18 47-0")]),
        (120, [(40, "| Mühlviertler Bio-Mühle GmbH")]),
        (132, [(40, "| Mühlenweg 6")]),
        (144, [(40, "| 4240 Freistadt")]),
    ]
    assert value(doc(page(rows)), "supplier") == "Mühlviertler Bio-Mühle GmbH"


@pytest.mark.parametrize(
    ("title", "key", "name", "want"),
    [
        ("AVRÄKNING / SJÄLVFAKTURA", "Avräkningsnr : SF-2026-00731", "self_billing_number",
         "SF-2026-00731"),
        ("AVRÄKNING / SJÄLVFAKTURA", "Avräkningsdatum: 2026-03-16", "self_billing_date",
         dt.date(2026, 3, 16)),
        ("BESTELLUNG", "Bestelldatum: 12.03.2026", "order_date", dt.date(2026, 3, 12)),
        ("BON DE COMMANDE", "N° de commande : BC-2026-118", "po_number", "BC-2026-118"),
    ],
)  # fmt: skip
def test_a_documents_number_and_date_under_its_own_name(
    title: str, key: str, name: str, want: Any
) -> None:
    document = _titled(title, (70, [(330, key)]))
    assert value(document, name, dayfirst=True) == want


def test_another_documents_number_under_its_name_on_an_invoice_is_not_read_as_this() -> None:
    # "Avräkningsnr" on an invoice names the settlement it bills, whose number is read
    # under its full label only; a bare field for it stays empty there.
    document = _titled("FAKTURA", (70, [(330, "Avräkningsnr : SF-2026-00731")]))
    assert value(document, "self_billing_number") is None


def test_a_numbers_label_glossed_with_whose_it_is() -> None:
    # "Sipariş No (müşteri)": the customer's order number on an order confirmation; the gloss
    # says whose number it is and names no party to read there. A purchase order's name
    # ("Sipariş") keys no number of a field named for an order on a confirmation of one.
    rows = [
        (40, [(40, "Anadolu Bilişim Çözümleri A.Ş.", 12, True), (380, "SİPARİŞ ONAYI", 14, True)]),
        (70, [(300, "Onay No"), (420, "SO-2026-00871")]),
        (82, [(300, "Sipariş No (müşteri)"), (420, "EGT-PO-26-0194")]),
    ]
    got = plain(run(doc(page(rows)), ["po_number", "order_number", "order_confirmation_number"]))
    assert got["po_number"] == "EGT-PO-26-0194"


def test_a_creditors_iban_cut_by_the_lines_end_is_the_one_the_letter_prints() -> None:
    # A reminder's "IBAN IT20" at a line's end, "K050 3412 …" on the next: the creditor's
    # (the issuer's) account, read whole. The debtor's VAT number is the one in the block
    # the letter is addressed to, the creditor's the letterhead's.
    document = doc(
        page(
            [
                (60, [(40, "Oleodinamica Emiliana S.r.l.", 14, True)]),
                (74, [(40, "Via Gramsci 184/A, 42124 Reggio Emilia - P.IVA 02741830356")]),
                (100, [(330, "Spett.le Carpenteria Po S.p.A.")]),
                (111, [(330, "Via Emilia 12, 26100 Cremona")]),
                (122, [(330, "P.IVA 03184720369")]),
                (300, [(40, "Vi preghiamo di versare l'importo sul conto Banco BPM, IBAN IT20")]),
                (311, [(40, "K050 3412 8000 0000 0418 273 entro il 31 marzo 2026.")]),
            ]
        )
    )
    fields = ["creditor_iban", "supplier_iban", "debtor_vat_id", "creditor_vat_id", "debtor_iban"]
    assert plain(run(document, fields)) == {
        "creditor_iban": "IT20K0503412800000000418273",
        "supplier_iban": "IT20K0503412800000000418273",
        "debtor_vat_id": "03184720369",
        "creditor_vat_id": "02741830356",
        "debtor_iban": None,
    }


def test_a_sellers_iban_is_never_the_one_on_a_line_that_names_the_buyers_account() -> None:
    # A direct-debit invoice prints only the customer's account: no IBAN of the seller's.
    document = doc(
        page(
            [
                (60, [(40, "Stadtwerke Nordheim GmbH", 14, True)]),
                (100, [(40, "Rechnung Nr. 2026-0412")]),
                (300, [(40, "Der Betrag wird am 15.03.2026 von Ihrem Konto abgebucht.")]),
                (311, [(40, "Konto Kunde: IBAN DE89 3704 0044 0532 0130 00")]),
            ]
        )
    )
    assert plain(run(document, ["supplier_iban"])) == {"supplier_iban": None}


def test_a_name_ending_in_iban_or_bic_is_an_identifier() -> None:
    names = ("payee_iban", "creditor_iban", "beneficiary_bic", "bank_swift", "iban")
    assert [infer_kind(n) for n in names] == ["id"] * 5


def test_a_party_number_a_concept_knows_takes_no_label_from_another_field() -> None:
    # Asking also for creditor_vat_id (a VAT number, read among the VAT numbers' sightings)
    # does not make "VAT No." its own label, taken from retailer_vat beside it.
    document = doc(
        page(
            [
                (60, [(40, "HellasRefund", 14, True)]),
                (100, [(40, "RETAILER", 8, True), (330, "TRAVELLER", 8, True)]),
                (111, [(40, "KOSMIMATA ERMOU IKE"), (330, "Name: WILSON, EMMA CLAIRE")]),
                (122, [(40, "VAT No.: 098417367"), (330, "Passport No.: HX7731842")]),
            ]
        )
    )
    alone = plain(run(document, ["retailer_vat"]))
    assert alone == {"retailer_vat": "098417367"}
    assert plain(run(document, ["retailer_vat", "creditor_vat_id"]))["retailer_vat"] == "098417367"


def test_a_sellers_number_on_a_purchase_order_is_the_one_under_the_supplier_heading() -> None:
    # The buyer's letterhead prints its own GSTIN first; the supplier's is in the section
    # under "Supplier (Vendor):".
    document = doc(
        page(
            [
                (40, [(40, "SAHYADRI AUTO COMPONENTS PVT. LTD.", 14, True)]),
                (56, [(40, "Plot No. B-41, MIDC Chakan Phase II, Pune 410501")]),
                (67, [(40, "GSTIN 27AAECS4718K1Z2 - purchase@sahyadri.example")]),
                (90, [(220, "PURCHASE ORDER", 16, True)]),
                (120, [(40, "Supplier (Vendor):"), (330, "PO No. SAC/PO/25-26/01873")]),
                (131, [(40, "Shree Ganesh Castings"), (330, "PO Date 12-03-2026")]),
                (142, [(40, "Gat No. 318, Shiroli MIDC, Kolhapur 416122")]),
                (153, [(40, "GSTIN 27ABNFS8163P1Z4")]),
            ]
        )
    )
    assert plain(run(document, ["supplier_gstin"])) == {"supplier_gstin": "27ABNFS8163P1Z4"}


def test_a_sellers_number_on_a_purchase_order_is_the_one_in_the_address_it_is_sent_to() -> None:
    # No heading names either party: the order is the buyer's, sent to the supplier's
    # address, so the supplier's NIP is the one in the address block, the buyer's the
    # letterhead's.
    document = doc(
        page(
            [
                (40, [(40, "Przetwórnia Owoców Sadowik Sp. z o.o.", 14, True)]),
                (56, [(40, "ul. Sadowa 41, 05-600 Grójec")]),
                (67, [(40, "NIP 521-847-30-20")]),
                (80, [(330, "ZAMÓWIENIE", 16, True)]),
                (110, [(330, "Huta Szkła Opakowaniowego Kujawy S.A.")]),
                (121, [(330, "ul. Szklana 7")]),
                (132, [(330, "88-100 Inowrocław")]),
                (143, [(330, "NIP 875-183-94-63")]),
                (200, [(40, "Zamówienie nr ZAM/2026/0412 z dnia 16.03.2026")]),
            ]
        )
    )
    got = plain(run(document, ["supplier_nip", "buyer_nip"]))
    assert got == {"supplier_nip": "875-183-94-63", "buyer_nip": "521-847-30-20"}


def test_a_number_drawn_in_two_fonts_is_read_whole() -> None:
    # "731" in bold and "/2026" in the regular face, touching (the pdfplumber engine reads
    # two words where the font changes); their heights are a float's noise apart, as
    # pdfTeX's fonts give them. The number is both.
    size_a, size_b = 9.16560000000004, 9.165599999999984
    words = [
        Word("Kuljetusliike", 40, 40, 110, 54, 1, 14.0, True),
        Word("Laskun", 330, 100, 362, size_b + 100, 1, size_b, False),
        Word("numero", 365, 100, 396, size_b + 100, 1, size_b, False),
        Word("731", 424.2, 100, 439.5, size_a + 100, 1, size_a, True),
        Word("/2026", 439.5, 100, 462.5, size_b + 100, 1, size_b, False),
    ]
    text = "Kuljetusliike\nLaskun numero 731 /2026"
    document = doc(Page(1, 595.0, 842.0, text, words))
    assert value(document, "invoice_number") == "731/2026"


def test_a_philippine_official_receipts_number_is_its_or_number() -> None:
    # "OR No.: 000418  T#: 07": the receipt's number, not the table's.
    document = stacked(
        [
            "Barako Brew Trading Corp.",
            "VAT REG TIN 418-372-905-00000",
            "OFFICIAL RECEIPT",
            "OR No.: 000418 T#: 07",
            "Date: 03/15/2026 08:42 AM",
            "TOTAL DUE 970.00",
        ]
    )
    assert value(document, "invoice_number") == "000418"


def test_a_russian_invoices_vat_and_validity_under_their_labels() -> None:
    # "В том числе НДС (22%):" (VAT included) and "Счёт действителен до" (valid until).
    document = stacked(
        [
            "ООО «Северная Кабельная Компания»",
            "Счёт на оплату № 1847 от 16 марта 2026 г.",
            "Итого: 152 400,00",
            "В том числе НДС (22%): 27 481,97",
            "Всего к оплате: 152 400,00",
            "Счёт действителен до 26.03.2026.",
        ]
    )
    got = plain(run(document, ["total", "tax_amount", "valid_until"]))
    assert got == {"total": 152400.0, "tax_amount": 27481.97, "valid_until": D(2026, 3, 26)}


def test_the_currency_declared_in_hungarian_picks_the_total_in_it() -> None:
    # "Pénznem: EUR" declares the invoice's currency; the forint figures below the totals
    # are for information at the central bank's rate.
    document = doc(
        page(
            [
                (40, [(40, "Duna Precíziós Kft.", 14, True)]),
                (100, [(40, "Kiállítás dátuma"), (200, "Fizetési mód"), (330, "Pénznem")]),
                (112, [(40, "2026.03.12."), (200, "átutalás"), (330, "EUR")]),
                (200, [(300, "Nettó összesen"), (450, "4 569,00 EUR")]),
                (212, [(300, "ÁFA 27%"), (450, "1 233,63 EUR")]),
                (224, [(300, "Bruttó végösszeg"), (450, "5 802,63 EUR")]),
                (240, [(300, "Nettó érték"), (450, "1 821 295 Ft")]),
                (252, [(300, "ÁFA összege"), (450, "491 750 Ft")]),
                (264, [(300, "Bruttó érték"), (450, "2 313 045 Ft")]),
            ]
        )
    )
    assert plain(run(document, ["currency", "total"])) == {"currency": "EUR", "total": 5802.63}


def test_a_logo_of_initials_with_a_names_particles_is_the_firm_in_the_footer() -> None:
    # "V D H" is "Van der Heijden Installatietechniek B.V.", printed in the footer.
    document = doc(
        page(
            [
                (40, [(40, "V D H", 22, True), (450, "FACTUUR", 16, True)]),
                (62, [(40, "INSTALLATIETECHNIEK", 8)]),
                (100, [(40, "Bakkerij De Korenschoof B.V."), (330, "Factuurnummer 2026-0418")]),
                (111, [(40, "Biltstraat 212"), (330, "Factuurdatum 16-03-2026")]),
                (122, [(40, "3572 BT Utrecht")]),
                (300, [(300, "Totaal te betalen"), (450, "€ 3.116,80")]),
                (780, [(40, "Van der Heijden Installatietechniek B.V. · KvK 30184726")]),
            ]
        )
    )
    assert value(document, "vendor") == "Van der Heijden Installatietechniek B.V."


def test_a_number_under_its_title_past_a_long_address_line_of_the_left_column() -> None:
    # An AFIP factura: the seller's address at the left runs on under the first letters of
    # "Número:", which stands under "FACTURA" in the right column.
    town = "Tupungato, Mendoza"  # ends at x = 332, over "Núm" (315-350)
    rows = [
        (93, [(315, "FACTURA", 15, True)]),
        (113, [(54, "Domicilio comercial: Ruta Provincial 89 km 14,2 - M5561 " + town, 8)]),
        (118, [(315, "Número:", 8.5, True), (417, "0004-00001847", 8.5, True)]),
        (125, [(54, "Condición frente al IVA: IVA Responsable Inscripto", 8)]),
        (131, [(315, "Fecha de emisión:", 8.5, True), (417, "13/03/2026", 8.5, True)]),
        (222, [(51, "Condición frente al IVA:", 8, True), (150, "IVA Responsable Inscripto", 8),
               (298, "Domicilio:", 8, True), (425, "Av. Montes de Oca 1847, C1270 CABA", 8)]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["invoice_number", "invoice_date"]))
    assert found == {"invoice_number": "0004-00001847", "invoice_date": D(2026, 3, 13)}


def test_a_date_issued_under_an_abbreviated_accreditation_number_is_not_the_receipts() -> None:
    lines = [
        "Barako Brew Trading Corp.",
        "OFFICIAL RECEIPT",
        "OR No.: 000418 T#: 07",
        "Date: 03/15/2026 08:42 AM",
        "TOTAL DUE 970.00",
        "Permit No. FP032026-041-0418372-00000",
        "Accred. No. 041-418372905-000184",
        "Date issued: 01/12/2026",
    ]
    assert value(stacked(lines), "invoice_date") == D(2026, 3, 15)


def test_a_lowercase_logo_in_the_plural_over_the_firms_legal_name() -> None:
    rows = [
        (48, [(46, "bluebonnet", 21, True), (159, "signs", 21), (429, "INVOICE", 30, True)]),
        (78, [(46, "Bluebonnet Sign & Print LLC", 9.5, True)]),
        (92, [(46, "4410 Burnet Road, Suite 120"), (400, "Invoice # 1093")]),
        (106, [(46, "Austin, TX 78756"), (400, "Date 03/09/2026")]),
        (180, [(46, "BILL TO", 9, True)]),
        (194, [(46, "Hill Country Dental Group PLLC")]),
        (208, [(46, "2900 W Anderson Lane, Ste 210")]),
        (222, [(46, "Austin, TX 78757")]),
    ]
    assert value(doc(page(rows)), "vendor") == "Bluebonnet Sign & Print LLC"


def test_an_erp_billing_document_and_the_firm_its_logos_tagline_spells_out() -> None:
    sender = "Rheintal Antriebstechnik GmbH · Postfach 10 18 47 · 68723 Schwetzingen"
    rows = [
        (38, [(40, "R A T", 20.2, True)]),
        (39, [(372, "Fakturabeleg / Billing document", 5.8), (475, "90018472", 5.8, True)]),
        (51, [(372, "Datum / Date", 5.8), (475, "12.03.2026", 5.8)]),
        (60, [(40, "RHEINTAL ANTRIEBSTECHNIK", 5.2)]),
        (63, [(372, "Kundennummer / Customer no.", 5.8), (475, "1004711", 5.8)]),
        (93, [(40, sender, 5.2)]),
        (103, [(40, "Voss Verpackungsmaschinen AG", 6.9)]),
        (113, [(40, "Kreditorenbuchhaltung", 6.9)]),
        (122, [(40, "Industriestraße 41", 6.9)]),
        (131, [(40, "33332 Gütersloh", 6.9)]),
        (400, [(300, "Endbetrag / Total amount EUR 5.309,07", 9, True)]),
    ]
    got = plain(run(doc(page(rows)), ["invoice_number", "vendor"]))
    assert got == {"invoice_number": "90018472", "vendor": "Rheintal Antriebstechnik GmbH"}


def test_a_cfdis_series_and_folio_together_are_its_number() -> None:
    lines = [
        "FACTURA (CFDI 4.0 · Tipo I - Ingreso)",
        "Serie y Folio: FAC-1184",
        "Folio fiscal (UUID): 5F2B8C1D-4A7E-4E19-9C3B-7D18A4E2F609",
        "Tecnomontacargas del Norte, S.A. de C.V. Fecha de emisión: 2026-03-11T10:42:17",
    ]
    assert value(stacked(lines), "invoice_number") == "FAC-1184"


def test_a_total_tax_included_is_the_total_not_the_tax() -> None:
    lines = [
        "Invoice No. INV-1047-2",
        "Subtotal £128.00",
        "Discount (code: SPRING15, 15%) -£19.20",
        "Total (tax incl.) £113.75",
        "Includes VAT 20% £18.96",
    ]
    got = plain(run(stacked(lines), ["total", "tax_amount"]))
    assert got == {"total": 113.75, "tax_amount": 18.96}


def test_a_name_set_in_the_cell_after_its_key_under_a_party_heading() -> None:
    seller = "Vergueiro Sistemas e Consultoria em TI Ltda."
    buyer = "Distribuidora Paulista de Alimentos S.A."
    rows = [
        (40, [(42, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", 10, True)]),
        (100, [(244, "PRESTADOR DE SERVIÇOS", 8, True)]),  # centred over its section
        (112, [(42, "CPF/CNPJ:", 7.5), (147, "12.418.372/0001-11", 8)]),
        (124, [(42, "Inscrição Municipal:", 7.5), (147, "7.184.729-3", 8)]),
        (136, [(42, "Nome/Razão Social:", 7.5), (147, seller, 8)]),
        (148, [(42, "Endereço:", 7.5), (147, "Rua Vergueiro, 4183 - Vila Mariana", 8)]),
        (172, [(244, "TOMADOR DE SERVIÇOS", 8, True)]),
        (184, [(42, "CPF/CNPJ:", 7.5), (147, "33.184.729/0001-14", 8)]),
        (196, [(42, "Nome/Razão Social:", 7.5), (147, buyer, 8)]),
        (208, [(42, "Endereço:", 7.5), (147, "Av. Presidente Wilson, 1184 - Mooca", 8)]),
    ]
    got = plain(run(doc(page(rows)), ["vendor", "customer"]))
    assert got == {"vendor": seller, "customer": buyer}


def test_the_firm_over_an_attention_line_may_end_in_a_legal_form_with_stops() -> None:
    # "V.O.F." folds to letters a title-only label ("of", as in "Invoice 42 of 3 May") can
    # match; it is no label here, and the firm over "t.a.v." is the customer.
    rows = [
        (40, [(61, "KOFFIEBRANDERIJ VLIETLAND", 12, True), (400, "FACTUUR", 14, True)]),
        (56, [(61, "Koffiebranderij Vlietland B.V.")]),
        (68, [(61, "Vlietweg 41, 2266 KA Leidschendam")]),
        (109, [(82.6, "Lunchroom De Zoete Inval V.O.F.", 9)]),
        (119, [(82.6, "t.a.v. de crediteurenadministratie", 9)]),
        (129, [(82.6, "Haarlemmerstraat 118", 9)]),
        (139, [(82.6, "2312 GD Leiden", 9)]),
        (170, [(61, "Factuurnummer ....... 2026-00318", 9)]),
    ]
    assert value(doc(page(rows)), "customer") == "Lunchroom De Zoete Inval V.O.F."


def test_net_closing_words_in_brackets_keys_no_net_amount() -> None:
    rows = [
        (40, [(50, "Facture n° 26-00311")]),
        (52, [(50, "Date 16.03.2026")]),
        (64, [(50, "Échéance 15.04.2026 (30 jours net)"), (320, "Chemin des Vignerons 12")]),
        (76, [(320, "1096 Cully")]),
        (200, [(300, "Total HT"), (480, "1’784.50")]),
        (212, [(300, "TVA 8,1 %"), (480, "144.54")]),
        (224, [(300, "Total CHF"), (480, "1’929.05")]),
    ]
    assert value(doc(page(rows)), "net_amount") == 1784.5


def test_the_customers_block_set_double_spaced_holds_its_vat_number() -> None:
    # A reverse-charge invoice: the seller's "TVA FR…" in the letterhead, the buyer's
    # "USt-IdNr. DE…" at the foot of its address, each line 24.5 pt under the last.
    rows = [
        (40, [(52, "Studio Pixelune SAS", 12, True), (400, "FACTURE", 16, True)]),
        (60, [(52, "8 quai de la Fosse, 44000 Nantes"), (300, "Numéro de facture F-2026-031")]),
        (72, [(52, "SIREN 841 729 304 — TVA FR19841729304"), (300, "Date de facture 09/03/2026")]),
    ] + [
        (251.4 + 24.5 * k, [(299.2, text, 9)])
        for k, text in enumerate(
            ["Facturé à", "Hafenblick Medien GmbH", "Große Elbstraße 145", "22767 Hamburg",
             "Allemagne", "USt-IdNr. DE271847298"]
        )
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["vendor_vat_id", "customer_vat_id"]))
    assert got == {"vendor_vat_id": "FR19841729304", "customer_vat_id": "DE271847298"}


def test_figures_under_a_row_of_padded_column_headings_are_in_reach() -> None:
    # An SdI courtesy copy: the VAT summary's and the payment grid's headings in 6.8 pt,
    # their figures 21 pt below (padded cells), past the usual reach of a label; and a
    # "Totale documento" row under the summary's one rate, which is no total of "Imposta".
    rows = [
        (40, [(50, "Fattura 84/2026 del 06-03-2026", 10)]),
        (484.1, [(250, "RIEPILOGO IVA", 6.8), (430, "Imponibile", 6.8), (521, "Imposta", 6.8)]),
        (512.1, [(250, "22,00 %", 8.4), (431, "2.398,40", 8.4), (521, "527,65", 8.4)]),
        (527.8, [(250, "Totale documento", 8.4), (507, "€ 2.926,05", 8.4)]),
        (575.4, [(48, "Modalità pagamento", 6.8), (168, "IBAN", 6.8), (406, "Scadenza", 6.8),
                 (522, "Importo", 6.8)]),
        (603.3, [(48, "MP05 Bonifico", 8.4), (168, "IT68 O030 6911 8840 0000 0418 372", 8.4),
                 (406, "05-04-2026", 8.4), (514, "2.926,05", 8.4)]),
    ]  # fmt: skip
    got = plain(run(doc(page(rows)), ["due_date", "net_amount", "tax_amount", "total"]))
    assert got == {
        "due_date": D(2026, 4, 5),
        "net_amount": 2398.4,
        "tax_amount": 527.65,
        "total": 2926.05,
    }


def test_a_row_of_headings_far_over_figures_that_do_not_line_up_is_no_grid() -> None:
    # The same gap under headings whose columns the figures below do not fill: too far for
    # a label's value.
    rows = [
        (40, [(50, "Invoice 2026-118", 10)]),
        (484.1, [(250, "Payment terms", 6.8), (430, "Due date", 6.8)]),
        (512.1, [(50, "Thank you for your order of 06-03-2026", 8.4)]),
    ]
    assert value(doc(page(rows)), "due_date") is None


def test_the_date_of_supply_is_a_delivery_date() -> None:
    # Leistungsdatum, DUZP: the date the work was done or the goods supplied.
    rows = [
        (40, [(50, "Rechnung 2026/0147")]),
        (52, [(50, "Rechnungsdatum: 13.03.2026")]),
        (64, [(50, "Leistungsdatum: 06.03.2026")]),
    ]
    assert value(doc(page(rows)), "delivery_date") == D(2026, 3, 6)
    rows = [
        (40, [(50, "Faktura – daňový doklad č. 2026030418")]),
        (52, [(50, "Datum vystavení: 11.03.2026")]),
        (64, [(50, "Datum uskutečnění zdanitelného plnění: 10.03.2026")]),
    ]
    assert value(doc(page(rows)), "delivery_date") == D(2026, 3, 10)


def test_a_finnish_business_id_is_the_y_tunnus() -> None:
    rows = [
        (40, [(50, "LASKU 2026118")]),
        (700, [(50, "Saimaan Sähkötyö Oy Y-tunnus 3184720-4 ALV-rek. FI31847204")]),
    ]
    assert value(doc(page(rows)), "vendor_business_id") == "3184720-4"


def test_a_norwegian_organisation_number_keeps_mva_as_a_vat_number() -> None:
    # "Org.nr. 921 847 297 MVA": the suffix says the firm is registered for VAT, and the
    # number with it is the VAT number; without it, the organisation number alone.
    rows = [
        (40, [(50, "FAKTURA 2026-0311")]),
        (52, [(50, "Bergkrystall Regnskap AS — Org.nr. 921 847 297 MVA — Foretaksregisteret")]),
    ]
    assert value(doc(page(rows)), "vendor_vat_id") == "921847297MVA"
    rows[1] = (52, [(50, "Bergkrystall Regnskap AS — Org.nr. 921 847 297")])
    assert value(doc(page(rows)), "vendor_vat_id") == "921847297"


def test_a_creditor_reference_in_groups_is_read_whole_when_its_check_digits_hold() -> None:
    rows = [
        (40, [(50, "Facture 2026-0311")]),
        (52, [(50, "Référence : RF18 5390 0754 7034"), (300, "Montant CHF 1’929.05")]),
    ]
    assert value(doc(page(rows)), "reference_number") == "RF18 5390 0754 7034"


def test_a_person_over_a_firm_named_after_them_is_billed_as_the_firm() -> None:
    # Under a heading, and in an unlabelled address block: the sole trader's business.
    rows = [
        (40, [(50, "LARCHWOOD", 14, True)]),
        (60, [(50, "Receipt from Larchwood Coworking Inc.")]),
        (100, [(50, "RECEIPT NUMBER", 7), (232, "BILLED TO", 7)]),
        (112, [(50, "Receipt #2841-7730"), (232, "Maya Okafor")]),
        (124, [(232, "Okafor Design Studio")]),
        (180, [(50, "Amount paid CA$383.25")]),
    ]
    assert value(doc(page(rows)), "customer") == "Okafor Design Studio"
    rows = [
        (40, [(50, "karoo connect", 14, True)]),
        (60, [(50, "TAX INVOICE / STATEMENT")]),
        (72, [(50, "Karoo Connect (Pty) Ltd — VAT no. 4184729301")]),
        (84, [(50, "Block C, Bellville Business Park, 21 Mispel Road, Bellville 7530")]),
        (136, [(50, "Mr Sipho Ndlovu"), (330, "Account number 70184729")]),
        (148, [(50, "Ndlovu Design Studio"), (330, "Tax invoice number KC-26030418")]),
        (160, [(50, "14 Kloof Nek Road"), (330, "Statement date 2026/03/05")]),
        (172, [(50, "Cape Town 8001")]),
    ]
    assert value(doc(page(rows)), "customer") == "Ndlovu Design Studio"
    rows[5] = (148, [(50, "Unit 4 Harbour View"), (330, "Tax invoice number KC-26030418")])
    assert value(doc(page(rows)), "customer") == "Mr Sipho Ndlovu"
    # Nor an attention line, nor the person's trade name: the person (or family) above.
    for line in ("Att: Sipho Ndlovu", "trading as Ndlovu Studio"):
        rows[5] = (148, [(50, line), (330, "Tax invoice number KC-26030418")])
        assert value(doc(page(rows)), "customer") == "Mr Sipho Ndlovu"


def test_a_buyers_number_of_a_kind_no_concept_knows_is_none_when_only_the_sellers_is_printed() -> (
    None
):
    rows = [
        (40, [(50, "SAIMAAN SÄHKÖTYÖ"), (400, "LASKU")]),
        (52, [(50, "Saimaan Sähkötyö Oy, Kauppakatu 24, 53100 Lappeenranta")]),
        (100, [(50, "Laskutusosoite")]),
        (112, [(50, "Asunto Oy Linnoituksenrinne")]),
        (124, [(50, "Kirkkokatu 7 B")]),
        (136, [(50, "53100 Lappeenranta")]),
        (160, [(50, "Laskun numero 2026118")]),
        (700, [(50, "Saimaan Sähkötyö Oy · Y-tunnus 3184720-4 · Kotipaikka Lappeenranta")]),
    ]
    got = plain(run(doc(page(rows)), ["vendor_business_id", "customer_business_id"]))
    assert got == {"vendor_business_id": "3184720-4", "customer_business_id": None}
    rows.insert(6, (148, [(50, "Y-tunnus 0418372-6")]))
    got = plain(run(doc(page(rows)), ["vendor_business_id", "customer_business_id"]))
    assert got == {"vendor_business_id": "3184720-4", "customer_business_id": "0418372-6"}


def test_a_us_dollar_invoice_with_only_foreign_telephone_numbers_is_dated_day_first() -> None:
    lines = [
        "COMMERCIAL INVOICE",
        "Invoice No. KHT/EXP/2026/0311 · Date 09/03/2026",
        "Kericho Highlands Tea Exporters Ltd, Mombasa · Tel +254 41 222 8417",
        "Payment: cash against documents (CAD)",
        "Total FOB Mombasa USD 57,808.00",
    ]
    assert value(stacked(lines), "invoice_date") == D(2026, 3, 9)
    # With a US number among them, the US reading stays: month first.
    lines[2] += " · US office +1 212 555 0147"
    assert value(stacked(lines), "invoice_date") == D(2026, 9, 3)


def test_a_need_by_or_required_by_date_is_a_delivery_date() -> None:
    # A purchase order's "Need By" column, the same date on each line.
    head = (120, [(46, "Ln"), (67, "Item No."), (138, "Description"), (368, "Qty"),
                  (478, "Need By"), (533, "Extended")])  # fmt: skip
    rows = [(40, [(46, "PURCHASE ORDER 4500-0418")]), head] + [
        (132 + 12 * k, [(49, str(k + 1)), (67, f"GLF-PK-24{k}8"), (138, "Carton"),
                        (368, "2,400"), (478, "03/30/2026"), (533, "3,324.00")])
        for k in range(3)
    ]  # fmt: skip
    assert value(doc(page(rows)), "need_by_date") == D(2026, 3, 30)
    lines = ["PURCHASE REQUISITION PR-2026-0412", "Required by: 24/03/2026"]
    assert value(stacked(lines), "required_by_date") == D(2026, 3, 24)


def test_a_self_billing_invoice_is_the_buyers_with_the_sellers_vat_number_in_its_section() -> None:
    # "Customer (self-biller)": the self-biller is the customer, no biller that issues; and
    # under the title "SELF-BILLING INVOICE" the letterhead's VAT number is the buyer's.
    rows = [
        (40, [(54, "Pennine Aggregates plc", 12, True)]),
        (52, [(54, "Cold Hill Quarry, Huddersfield HD7 6QP · VAT reg. no. GB 292 8174 30")]),
        (90, [(54, "SELF-BILLING INVOICE", 16, True)]),
        (155, [(54, "Supplier (invoice issued on its behalf)"), (301, "Customer (self-biller)")]),
        (172, [(54, "Calder Valley Haulage Ltd"), (301, "Pennine Aggregates plc")]),
        (184, [(54, "Unit 4, Bradley Business Park"), (301, "Cold Hill Quarry, Marsden Road")]),
        (196, [(54, "Huddersfield HD2 1GQ"), (301, "Huddersfield HD7 6QP")]),
        (208, [(54, "VAT reg. no. GB 483 9271 12"), (301, "VAT reg. no. GB 292 8174 30")]),
        (240, [(54, "Invoice number SB-PA-2603-017")]),
    ]
    got = plain(run(doc(page(rows)), ["vendor", "customer", "vendor_vat_id", "customer_vat_id"]))
    assert got == {
        "vendor": "Calder Valley Haulage Ltd",
        "customer": "Pennine Aggregates plc",
        "vendor_vat_id": "GB483927112",
        "customer_vat_id": "GB292817430",
    }


def test_a_number_under_a_title_translated_as_a_tax_document_is_the_invoices() -> None:
    rows = [
        (29, [(59, "TachoLink", 18, True), (337, "FAKTURA – DAŇOVÝ DOKLAD", 14, True)]),
        (46, [(477, "Invoice – tax document", 7.5)]),
        (55, [(449, "č. 2025010473", 14, True)]),
        (120, [(59, "Dodavatel / Supplier"), (300, "Odběratel / Customer")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "2025010473"
    # ... also where a field of the user's is named by the tax's word.
    got = plain(run(doc(page(rows)), ["invoice_number", "tax_rate"]))
    assert got["invoice_number"] == "2025010473"


def test_a_receipt_without_a_date_label_is_dated_when_it_was_paid() -> None:
    # Not the event's days in the letterhead ("Göteborg, 10–12 June 2024"), no dateline.
    lines = [
        "NORDTRIB 2024 – 21st Nordic Symposium on Tribology",
        "Göteborg, 10–12 June 2024",
        "RECEIPT",
        "Receipt No.: NSAT-R-2024-0419",
        "Date of payment: 2 May 2024",
        "Total paid (SEK) 5 950,00",
    ]
    assert value(stacked(lines), "invoice_date") == D(2024, 5, 2)
    # On an invoice, the payment date is when it falls due: no document date.
    lines[2] = "INVOICE"
    assert value(stacked(lines), "invoice_date") != D(2024, 5, 2)


def test_an_amount_after_a_taxs_name_in_a_sentence_of_the_terms_is_no_tax() -> None:
    p1 = page([
        (40, [(50, "FAKTURA 2026-047")]),
        (385, [(300, "Sum eks. mva"), (480, "19 553,50")]),
        (397, [(300, "Mva 25 %"), (480, "4 888,38")]),
    ])  # fmt: skip
    p2 = page([
        (60, [(50, "Alminnelige leveringsbetingelser")]),
        (217, [(50, "6. Ansvarsbegrensning. Selgers ansvar er begrenset til 15 % av "
                    "kontraktssummen eks. mva., likevel maksimalt kr 500 000,00. Selger er")]),
    ], number=2)  # fmt: skip
    assert value(doc(p1, p2), "tax_amount") == 4888.38
    # A line listing items apart by "·" is no sentence going on after the figure.
    listed = [
        "Tax Invoice for Merchant Discount Rate (SAC 997158)",
        "Taxable value of services (MDR + terminal rental): ₹ 10,443.29 · IGST 18%: ₹ 1,879.79 "
        "· Total invoice value: ₹ 12,323.08",
    ]
    assert value(stacked(listed), "gst_amount") == 1879.79


def test_a_logo_reads_through_a_long_turkish_firm_name_joined_by_ve() -> None:
    rows = [
        (38, [(43, "KARATAŞ TEKSTİL", 15, True), (486, "e-FATURA", 12, True)]),
        (58, [(43, "Karataş Örme ve Tekstil Sanayi Ticaret A.Ş.", 8),
              (371, "Fatura No: KTM2026000000418", 8)]),
        (70, [(43, "Demirtaş OSB, Mustafa Karaer Cad. No: 18, Osmangazi / Bursa", 8)]),
        (120, [(43, "SAYIN", 8)]),
        (132, [(43, "Marmara Hazır Giyim Dış Ticaret Ltd. Şti.", 8)]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "vendor") == "Karataş Örme ve Tekstil Sanayi Ticaret A.Ş."


def test_a_purchase_order_under_ihr_auftrag_vs_ordine_and_requisicao() -> None:
    german = ["Rechnungsnummer 2026-10417", "Ihr Auftrag HR-B-2026-031", "Sammelrechnung"]
    assert value(stacked(german), "po_number") == "HR-B-2026-031"
    italian = page([
        (40, [(50, "Tipo documento"), (150, "Numero"), (230, "Data"), (320, "Vs. ordine")]),
        (52, [(50, "TD01 Fattura"), (150, "118/2026"), (230, "10/03/2026"),
              (320, "ORD-4410 del 12/02/2026")]),
    ])  # fmt: skip
    assert value(doc(italian), "po_number") == "ORD-4410"
    portuguese = ["Fatura n.º ......... FT 2026A/318", "Requisição ......... QVM-2026-044"]
    assert value(stacked(portuguese), "po_number") == "QVM-2026-044"


def test_a_dash_inside_a_firms_name_that_its_legal_form_ends_is_kept() -> None:
    lines = ["FATURA FT 2026A/318", "Cliente:", "Quinta do Vale Meão - Vinhos, S.A.", "NIF 5187429"]
    assert value(stacked(lines), "customer") == "Quinta do Vale Meão - Vinhos, S.A."
    # The dash before an address still ends the name.
    lines[2] = "Quinta do Vale Meão, S.A. - Estrada Nacional 222, km 14"
    assert value(stacked(lines), "customer") == "Quinta do Vale Meão, S.A."


def test_an_e_invoices_uuid_under_ettn_and_folio_fiscal() -> None:
    lines = ["e-FATURA", "Fatura No: KTM20260418", "ETTN: 6f1c2a94-3b7e-4d18-9a52-18e4c7b20d61"]
    assert value(stacked(lines), "uuid") == "6f1c2a94-3b7e-4d18-9a52-18e4c7b20d61"
    assert value(stacked(lines), "invoice_number") == "KTM20260418"


def test_a_vat_numbers_label_glossed_by_the_taxs_bare_name_after_a_slash() -> None:
    lines = [
        "Αστερία Ξενοδοχειακή Α.Ε. · ΑΦΜ 800938473 · ΔΟΥ ΦΑΕ Αθηνών",
        "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Β-2291",
        "ΑΦΜ πελάτη / VAT 099184725 · ΔΟΥ Πειραιά",
    ]
    assert value(stacked(lines), "customer_vat_id") == "099184725"
    assert value(stacked(lines), "vendor_vat_id") == "800938473"
    # Also where a field of the user's is named after the tax.
    found = plain(run(stacked(lines), ["customer_vat_id", "vat_amount"]))
    assert found["customer_vat_id"] == "099184725"


def test_a_numbers_bare_noun_with_its_colon_in_the_languages_read() -> None:
    lines = ["FATURA DE LOCAÇÃO Nº 2026/0418", "Contrato: CT-2025-0917", "Período: 01/03/2026"]
    assert value(stacked(lines), "contract_number") == "CT-2025-0917"
    lines[1] = "Contract: CT-2025-0917"
    assert value(stacked(lines), "contract_number") == "CT-2025-0917"


def test_a_tenant_invoice_is_made_out_to_its_tenant() -> None:
    rows = [
        (40, [(50, "Jacaranda Property Services (Pty) Ltd")]),
        (80, [(50, "TAX INVOICE")]),
        (100, [(50, "Tenant:"), (330, "Invoice no."), (420, "JPS-26-03-0418")]),
        (112, [(50, "Karoo Coffee Roasters (Pty) Ltd"), (330, "Date"), (420, "2026/03/02")]),
        (124, [(50, "Shop 14, Menlyn Square"), (330, "Account"), (420, "T-0418-14")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "customer") == "Karoo Coffee Roasters (Pty) Ltd"


def test_a_finnish_column_total_without_tax_is_no_grand_total() -> None:
    rows = [
        (40, [(50, "LASKU"), (400, "Laskun numero 2026-3318")]),
        (80, [(50, "Nimike"), (300, "Määrä"), (460, "Yhteensä EUR")]),
        (92, [(50, "Sohvapöytä tammi"), (300, "4"), (470, "1 240,00")]),
        (104, [(50, "Kirjahylly koivu"), (300, "6"), (470, "2 160,00")]),
        (116, [(300, "Veroton yhteensä"), (470, "3 400,00")]),
        (128, [(300, "ALV 25,5 %"), (470, "867,00")]),
        (140, [(300, "MAKSETTAVAA EUR"), (470, "4 267,00")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "total") == 4267.00


def test_a_qr_bills_reference_under_referenz() -> None:
    rows = [
        (580, [(57, "Empfangsschein"), (260, "Zahlteil")]),
        (590, [(57, "Konto / Zahlbar an"), (371, "Konto / Zahlbar an")]),
        (600, [(57, "CH89 3080 8001 1847 2936 1"), (371, "CH89 3080 8001 1847 2936 1")]),
        (645, [(57, "Referenz")]),
        (656, [(57, "00 00000 00002 02602 12000 04188")]),
    ]  # fmt: skip
    assert value(doc(page(rows)), "reference_number") == "00 00000 00002 02602 12000 04188"


def _rtl(top: float, *cells: tuple[float, str]) -> list[Word]:
    """An Arabic-script line's words as laid out, right to left: ``cells`` are (right edge,
    text) with the text in reading order; each word is placed left of the one before."""
    words = []
    for right, text in cells:
        x1 = right
        for word in text.split():
            x0 = x1 - 5.0 * len(word)
            words.append(Word(word, x0, top, x1, top + 10))
            x1 = x0 - 3.0
    return words


def test_a_persian_invoice_in_persian_digits_and_the_solar_hijri_calendar() -> None:
    words = [
        *_rtl(40, (560, "صورتحساب فروش کالا و خدمات")),
        *_rtl(60, (560, "تاریخ: ۱۴۰۴/۱۲/۱۹"), (300, "شماره صورتحساب: ۲۱۸۷")),
        *_rtl(80, (560, "مشخصات فروشنده")),
        *_rtl(100, (560, "نام شخص حقوقی: شرکت پارس صنعت البرز (سهامی خاص)")),
        *_rtl(120, (560, "شناسه ملی: ۱۰۱۰۳۸۴۷۲۹۳ کد اقتصادی: ۴۱۱۱۸۳۷۴۶۵۹۲")),
        *_rtl(200, (560, "جمع کل قابل پرداخت (ریال)"), (200, "۱٬۵۵۸٬۷۰۰٬۰۰۰")),
        *_rtl(220, (560, "مهلت پرداخت: ۱۴۰۵/۰۱/۲۵")),
    ]
    text = "\n".join(
        " ".join(w.text for w in sorted(line, key=lambda w: -w.x1))
        for line in [[w for w in words if w.top == top] for top in (40, 60, 80, 100, 120, 200, 220)]
    )
    found = plain(
        run(
            doc(Page(1, 595, 842, text, words)),
            ["invoice_number", "invoice_date", "total", "vendor", "vat_id", "due_date"],
        )
    )
    assert found["invoice_date"] == D(2026, 3, 10)
    assert found["due_date"] == D(2026, 4, 14)
    assert found["invoice_number"] == "2187"
    assert found["total"] == 1558700000
    assert found["vendor"] == "شرکت پارس صنعت البرز (سهامی خاص)"
    assert found["vat_id"] == "411183746592"


def test_an_egyptian_tax_invoice_in_arabic() -> None:
    words = [
        *_rtl(40, (560, "شركة النيل للصناعات الغذائية ش.م.م"), (250, "فاتورة ضريبية")),
        *_rtl(60, (560, "رقم الفاتورة: 2026/0457")),
        *_rtl(80, (560, "التاريخ: 2026/03/11")),
        *_rtl(100, (560, "العميل: شركة نوردهافن مصر ش.م.م")),
        *_rtl(200, (560, "الإجمالي قبل الضريبة"), (200, "24,412.50")),
        *_rtl(220, (560, "ضريبة القيمة المضافة %14"), (200, "3,417.75")),
        *_rtl(240, (560, "الإجمالي المستحق"), (200, "27,830.25")),
        *_rtl(260, (560, "تاريخ الاستحقاق: 2026/04/10")),
    ]
    found = plain(
        run(
            doc(Page(1, 595, 842, "", words)),
            ["invoice_number", "invoice_date", "total", "subtotal", "tax_amount", "due_date",
             "customer"],
        )
    )  # fmt: skip
    assert found["invoice_number"] == "2026/0457"
    assert found["invoice_date"] == D(2026, 3, 11)
    assert found["due_date"] == D(2026, 4, 10)
    assert (found["total"], found["subtotal"], found["tax_amount"]) == (27830.25, 24412.5, 3417.75)
    assert found["customer"] == "شركة نوردهافن مصر ش.م.م"


def test_serbian_macedonian_belarusian_uzbek_and_kyrgyz_labels() -> None:
    serbian = stacked(
        [
            "Дунав Металтехника д.о.о. Београд",
            "РАЧУН бр. 2026-0412",
            "Датум издавања рачуна: 09.03.2026. Валута плаћања: 08.04.2026.",
            "Број наруџбенице: NH-RS-26-0188",
            "УКУПНО ЗА ПЛАЋАЊЕ (РСД): 121.560,00",
        ]
    )
    found = plain(run(serbian, ["due_date", "po_number", "invoice_date"]))
    assert found == {
        "due_date": D(2026, 4, 8),
        "po_number": "NH-RS-26-0188",
        "invoice_date": D(2026, 3, 9),
    }
    macedonian = stacked(
        [
            "ВАРДАР ЕЛЕКТРО ДООЕЛ Скопје",
            "ЕДБ: МК4030018529174",
            "Фактура бр. 118/2026",
            "Датум на фактура 12.03.2026",
            "Рок на плаќање 11.04.2026",
            "Нарачка бр. NMK-PO-0261",
            "Вкупно без ДДВ: 81.700,00",
            "ДДВ 18%: 14.706,00",
            "ВКУПНО ЗА НАПЛАТА (МКД): 96.406,00",
        ]
    )
    found = plain(
        run(
            macedonian,
            ["invoice_number", "due_date", "po_number", "subtotal", "tax_amount", "total",
             "vat_id"],
        )
    )  # fmt: skip
    assert found == {
        "invoice_number": "118/2026",
        "due_date": D(2026, 4, 11),
        "po_number": "NMK-PO-0261",
        "subtotal": 81700.0,
        "tax_amount": 14706.0,
        "total": 96406.0,
        "vat_id": "МК4030018529174",
    }
    belarusian = stacked(
        [
            "Пастаўшчык / Поставщик: ТАА «Нёман Прамсэрвіс»",
            "УНП: 191827364",
            "Пакупнік / Покупатель: ТАА «Нордхаўн Бел»",
            "УНП пакупніка / УНП покупателя: 192547185",
            "Усяго да аплаты з ПДВ / Всего к оплате с НДС: 4 976,40 BYN",
            "Тэрмін аплаты / Срок оплаты: да 27.03.2026.",
        ]
    )
    found = plain(
        run(belarusian, ["customer", "vendor_tax_id", "customer_tax_id", "total", "due_date"])
    )
    assert found == {
        "customer": "ТАА «Нордхаўн Бел»",
        "vendor_tax_id": "191827364",
        "customer_tax_id": "192547185",
        "total": 4976.4,
        "due_date": D(2026, 3, 27),
    }


def test_a_russian_inn_kpp_pair_gives_the_inn_of_each_party() -> None:
    # A УПД's "ИНН/КПП продавца: 7728194001 / 165901001": the two numbers are two, not the
    # groups of one, and "продавца" (the seller's) says whose they are.
    upd = stacked(
        [
            "Счёт-фактура № 318 от 11 марта 2026 г.",
            "Продавец: ООО «Волжская кабельная компания»",
            "ИНН/КПП продавца: 7728194001 / 165901001",
            "Покупатель: АО «Нордхавн Рус»",
            "ИНН/КПП покупателя: 5029183701 / 503601001",
        ]
    )
    found = plain(run(upd, ["vendor_tax_id", "customer_tax_id"]))
    assert found == {"vendor_tax_id": "7728194001", "customer_tax_id": "5029183701"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026 йил 10 март", D(2026, 3, 10)),  # Uzbek (Cyrillic)
        ("Тўлов муддати: 2026 йил 25 мартгача", D(2026, 3, 25)),  # "until"
        ("Шартнома № 41/Т-2025, 2025 йил 18 ноябрдаги", D(2025, 11, 18)),  # "of"
        ("2026 yil 25 martgacha", D(2026, 3, 25)),  # Uzbek (Latin)
        ("2026-жылдын 16-марты", D(2026, 3, 16)),  # Kyrgyz
        ("2026 жылғы 10 наурыз", D(2026, 3, 10)),  # Kazakh
    ],
)
def test_a_central_asian_date_year_first(text: str, expected: dt.date) -> None:
    from pdfkit_nb.values import parse_date

    assert parse_date(text) == expected


def test_a_date_after_its_translation_under_the_title() -> None:
    # "2026-жылдын 16-марты / от 16 марта 2026 г." under the bilingual title: the invoice's
    # date, not the earlier invoice's "от 13.02.2026" in the debt line at the foot.
    kyrgyz = stacked(
        [
            "«Кыргыз Тоо-Кен Техника» ЖЧК",
            "ЭСЕП-ФАКТУРА / СЧЕТ-ФАКТУРА № КТ-00291",
            "2026-жылдын 16-марты / от 16 марта 2026 г.",
            "Бардыгы төлөөгө / Всего к оплате (сом): 75 152,00",
            "Мурунку карыз: 21 480,00 сом (эсеп-фактура № КТ-00244 от 13.02.2026)",
        ]
    )
    found = plain(run(kyrgyz, ["invoice_number", "invoice_date", "total"]))
    assert found == {"invoice_number": "КТ-00291", "invoice_date": D(2026, 3, 16), "total": 75152.0}


def test_consumption_tax_per_rate_after_its_rate() -> None:
    # A Japanese invoice states the consumption tax per rate, the rate first: "10%対象 消費税
    # 17,900" over "8%対象 消費税 0". The tax is their sum, not the last line's 0.
    japanese = stacked(
        [
            "大阪ミナミ包装資材株式会社",
            "納品書兼請求書 発行日 2026年3月13日",
            "小計（税抜） 179,000",
            "10%対象 消費税 17,900",
            "8%対象 消費税 0",
            "合計（税込） 196,900",
        ]
    )
    found = plain(run(japanese, ["tax_amount", "subtotal", "total"]))
    assert found == {"tax_amount": 17900.0, "subtotal": 179000.0, "total": 196900.0}


def test_a_slashed_date_in_another_script_than_latin_puts_the_day_first() -> None:
    # No currency or unambiguous date to tell: a document written in Bengali is of a country
    # that puts the day first, so "10/03/2026" is the 10th of March, not October 3rd.
    bengali = stacked(
        [
            "মেঘনা প্লাস্টিক ইন্ডাস্ট্রিজ লিমিটেড",
            "কর চালানপত্র / Tax Invoice",
            "ইস্যুর তারিখ / Date of issue: 10/03/2026",
            "সরবরাহের বিবরণ মোট মূল্য মূসক সহ মূল্য",
        ]
    )
    assert plain(run(bengali, ["invoice_date"])) == {"invoice_date": D(2026, 3, 10)}
    english = stacked(["Acme Corp", "Invoice", "Date of issue: 10/03/2026"])
    assert plain(run(english, ["invoice_date"])) == {"invoice_date": D(2026, 10, 3)}


def test_lao_and_amharic_labels() -> None:
    lao = stacked(
        [
            "ບໍລິສັດ ນໍ້າງື່ມ ວິສະວະກຳ ຈຳກັດ",
            "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ (TIN): 418273650-000",
            "ໃບເກັບເງິນ / INVOICE",
            "ລູກຄ້າ: ບໍລິສັດ ນອດຮາເວນ ລາວ ຈຳກັດ",
            "ວັນທີ: 15/03/2026",
            "ກຳນົດຊຳລະ: 14/04/2026",
            "ລວມ 13.750.000",
            "ອາກອນມູນຄ່າເພີ່ມ 10% 1.375.000",
            "ລວມທັງໝົດ (ກີບ) 15.125.000",
        ]
    )
    found = plain(run(lao, ["customer", "due_date", "subtotal", "tax_amount", "total", "vat_id"]))
    assert found == {
        "customer": "ບໍລິສັດ ນອດຮາເວນ ລາວ ຈຳກັດ",
        "due_date": D(2026, 4, 14),
        "subtotal": 13750000.0,
        "tax_amount": 1375000.0,
        "total": 15125000.0,
        "vat_id": "418273650-000",
    }
    amharic = stacked(
        [
            "አባይ ማሸጊያ ኢንዱስትሪ ኃ.የተ.የግ.ማ",
            "የግብር ደረሰኝ / TAX INVOICE",
            "የገዢ ስም / Customer: ኖርድሃቨን ኢትዮጵያ ኃ.የተ.የግ.ማ",
            "የገዢ TIN: 0009182734",
        ]
    )
    found = plain(run(amharic, ["customer", "customer_tax_id"]))
    assert found == {"customer": "ኖርድሃቨን ኢትዮጵያ ኃ.የተ.የግ.ማ", "customer_tax_id": "0009182734"}


def test_a_purchasers_tin_is_the_buyers() -> None:
    sri_lanka = stacked(
        [
            "Lanka Cement Products (Private) Limited",
            "TIN: 114827365 VAT Reg. No.: 114827365-7000",
            "TAX INVOICE",
            "Purchaser: Nordhavn Lanka (Private) Limited",
            "Purchaser’s TIN: 104918273",
            "Value of Supply 193,600.00",
            "VAT 18% 34,848.00",
            "Total Amount Payable (LKR) 228,448.00",
        ]
    )
    found = plain(run(sri_lanka, ["customer_tax_id", "subtotal"]))
    assert found == {"customer_tax_id": "104918273", "subtotal": 193600.0}


def test_a_label_and_its_arabic_translation_before_the_value() -> None:
    # A Gulf invoice's "Invoice No. رقم الفاتورة DWT-INV-26-0219": the Arabic words stand in
    # page order (right to left) inside the left-to-right line, and translate the label
    # before them; the number after both is the invoice's.
    line = [(300, "Invoice No."), (357, "الفاتورة"), (400, "رقم"), (440, "DWT-INV-26-0219")]
    qatar = doc(page([(40, [(40, "Doha West Technical Services W.L.L.")]), (80, line)]))
    assert plain(run(qatar, ["invoice_number"])) == {"invoice_number": "DWT-INV-26-0219"}


def test_an_arabic_bill_to_under_the_english_one_is_no_customer() -> None:
    # "Bill To" beside the name, "فاتورة إلى" (the same label in Arabic, its words in page
    # order) under it beside the name in Arabic: a label, not the customer's name.
    rows = [
        (40, [(40, "Doha West Technical Services W.L.L.", 9)]),
        (
            130,
            [(49, "Bill To", 6.3), (140, "Nordhavn Qatar W.L.L.", 6.9), (364, "Invoice No.", 6.3)],
        ),
        (142, [(49, "إلى", 6.3), (58, "فاتورة", 6.3), (140, "ذ.م.م قطر نوردهافن", 6.9)]),
    ]
    assert plain(run(doc(page(rows)), ["customer"])) == {"customer": "Nordhavn Qatar W.L.L."}


def test_a_number_over_the_title_at_the_top_of_the_page() -> None:
    # Japanese invoices print "No." at the top, over the title line.
    rows = [
        (30, [(40, "No. OK-2603-0219")]),
        (50, [(40, "納品書兼請求書"), (300, "発行日 2026年3月13日")]),
        (70, [(300, "大阪ミナミ包装資材株式会社")]),
        (90, [(40, "合計（税込） 196,900")]),
    ]
    assert plain(run(doc(page(rows)), ["invoice_number"])) == {"invoice_number": "OK-2603-0219"}
    # Not a number key halfway down the page over another line.
    rows = [(30, [(40, "ACME Ltd")]), (50, [(40, "No. 42 Harbour Road")]), (70, [(40, "Invoice")])]
    assert plain(run(doc(page(rows)), ["invoice_number"])) == {"invoice_number": None}


def test_an_arabic_name_on_a_page_in_latin_letters_reads_right_to_left() -> None:
    # The page is not mirrored (mostly English): its words stay in page order, left to
    # right, and an Arabic name read off it is put in reading order.
    rows = [
        (40, [(40, "Sohar Hydraulic Engineering LLC", 9)]),
        (60, [(40, "TAX INVOICE", 9)]),
        (80, [(40, "Invoice No. SHE-TI-26-00418", 9)]),
        (100, [(40, "Customer", 9), (92, "العميل", 9), (153, "ش.م.م عمان نوردهافن شركة", 9)]),
        (120, [(40, "Total OMR 1,220.520", 9)]),
    ]
    found = plain(run(doc(page(rows)), ["customer"]))
    assert found == {"customer": "شركة نوردهافن عمان ش.م.م"}


def test_cypriot_and_lebanese_vat_numbers() -> None:
    cyprus = stacked(
        [
            "ΠΑΠΑΝΙΚΟΛΑΟΥ & ΧΑΤΖΗΙΩΑΝΝΟΥ ΛΟΓΙΣΤΕΣ ΛΤΔ",
            "Αρ. Μητρώου ΦΠΑ: 10418273Z",
            "Πελάτης: ΝΟΡΝΤΧΑΒΝ ΚΥΠΡΟΣ ΛΤΔ",
        ]
    )
    assert plain(run(cyprus, ["vat_id"])) == {"vat_id": "10418273Z"}
    lebanon = [
        *_rtl(40, (560, "شركة الأرز للمعدات الكهربائية ش.م.ل.")),
        *_rtl(60, (560, "رقم التسجيل في ضريبة القيمة المضافة: 318472-601")),
    ]
    found = plain(run(doc(Page(1, 595, 842, "", lebanon)), ["vat_id"]))
    assert found == {"vat_id": "318472-601"}


def test_a_currency_under_its_arabic_or_hebrew_label() -> None:
    for label, value in (("العملة:", "الجنيه المصري (EGP)"), ("מטבע:", "שקל חדש (ILS)")):
        words = [
            *_rtl(40, (560, "شركة النيل للصناعات الغذائية")),
            *_rtl(60, (560, f"{label} {value}"), (250, "سعر الصرف 1.00000")),
            *_rtl(240, (560, "الإجمالي المستحق"), (200, "27,830.25")),
        ]
        found = plain(run(doc(Page(1, 595, 842, "", words)), ["currency", "total"]))
        assert found["currency"] == value[value.index("(") + 1 : value.index(")")], label


def test_georgian_armenian_mongolian_and_kazakh_invoices() -> None:
    georgian = [
        "შპს „კავკასია ლოჯისტიკი“",
        "ინვოისი",
        "№ KL-2026/0193",
        "თარიღი: 10.03.2026",
        "გადახდის ვადა: 24.03.2026",
        "მყიდველი: შპს „ნორდჰავნ ჯორჯია“",
        "ჯამი დღგ-ის გარეშე 7 820.00",
        "დღგ 18% 1 407.60",
        "სულ გადასახდელი 9 227.60 ₾",
    ]
    found = plain(run(stacked(georgian), ["invoice_date", "due_date", "total", "subtotal"]))
    assert found == {
        "invoice_date": D(2026, 3, 10),
        "due_date": D(2026, 3, 24),
        "total": 9227.60,
        "subtotal": 7820.00,
    }
    armenian = [
        "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ",
        "Մատակարար",
        "«Արարատ Տեքստիլ» ՍՊԸ",
        "ՀՎՀՀ՝ 02718394",
        "դուրս գրման ամսաթիվ՝ 10.03.2026",
        "Ընդաﬔնը առանց ԱԱՀ-ի՝ 1 899 000 դրամ",
        "Ընդաﬔնը վճարման ենթակա՝ 2 278 800 ֏",
        "Վճարման վերջնաժամկետ՝ 25.03.2026",
    ]
    found = plain(run(stacked(armenian), ["vendor", "invoice_date", "total", "due_date", "vat_id"]))
    assert found == {
        "vendor": "«Արարատ Տեքստիլ» ՍՊԸ",
        "invoice_date": D(2026, 3, 10),
        "total": 2278800,
        "due_date": D(2026, 3, 25),
        "vat_id": "02718394",
    }
    mongolian = page([
        (40, [(50, "НӨАТ-ын НЭХЭМЖЛЭХ № ХТТ-26/0311")]),
        (60, [(50, "Нэхэмжлэгч:"), (300, "Төлөгч:")]),
        (72, [(50, "Байгууллагын нэр: «Хөх Тэнгэр Трейд» ХХК"),
              (300, "Байгууллагын нэр: «Нордхавн Монголиа» ХХК")]),
        (84, [(50, "Регистрийн дугаар: 6182734"), (300, "Регистрийн дугаар: 5471829")]),
        (96, [(50, "Хаяг: Улаанбаатар хот,"), (300, "Хаяг: Улаанбаатар хот,")]),
        (108, [(50, "өргөн чөлөө 19"), (300, "өргөн чөлөө 24")]),
        (130, [(300, "Нэхэмжилсэн огноо: 2026.03.11")]),
        (300, [(300, "Нийт төлөх дүн:"), (450, "3,648,700.00₮")]),
    ])  # fmt: skip
    found = plain(run(doc(mongolian), ["vendor", "customer", "invoice_date", "total"]))
    assert found == {
        "vendor": "«Хөх Тэнгэр Трейд» ХХК",
        "customer": "«Нордхавн Монголиа» ХХК",
        "invoice_date": D(2026, 3, 11),
        "total": 3648700,
    }
    kazakh = page([
        (40, [(50, "ШОТ-ФАКТУРА / СЧЕТ-ФАКТУРА № 87")]),
        (52, [(50, "жазылған күні / дата выписки: 06.03.2026")]),
        (64, [(50, "Жеткізуші / Поставщик"),
              (170, "«Алатау Техсервис» ЖШС / ТОО «Алатау Техсервис»")]),
        (76, [(50, "Алушы / Получатель"),
              (170, "«Нордхавн Қазақстан» ЖШС / ТОО «Нордхавн Казахстан»")]),
        (88, [(50, "Төлеу мерзімі / Срок оплаты"), (170, "20.03.2026")]),
        (200, [(50, "Төлеуге барлығы / Всего к оплате: 1 323 560,00 ₸")]),
    ])  # fmt: skip
    found = plain(run(doc(kazakh), ["vendor", "customer", "invoice_date", "due_date", "total"]))
    assert found == {
        "vendor": "«Алатау Техсервис» ЖШС",
        "customer": "«Нордхавн Қазақстан» ЖШС",
        "invoice_date": D(2026, 3, 6),
        "due_date": D(2026, 3, 20),
        "total": 1323560,
    }


def test_a_thai_tax_invoice() -> None:
    rows = [
        (40, [(50, "บริษัท สยามแพ็คเกจจิ้ง โซลูชั่น จำกัด"), (400, "ใบกำกับภาษี/ใบแจ้งหนี้")]),
        (60, [(50, "เลขประจำตัวผู้เสียภาษี 0105559182736")]),
        (80, [(50, "ลูกค้า"), (400, "เลขที่ IV6903-0215")]),
        (92, [(50, "บริษัท นอร์ดฮาวน์ (ประเทศไทย) จำกัด"), (400, "วันที 10 มีนาคม 2569")]),
        (104, [(400, "ครบกำหนด 9 เมษายน 2569")]),
        (200, [(300, "รวมเป็นเงิน"), (480, "45,900.00")]),
        (212, [(300, "ภาษีมูลค่าเพิ่ม 7%"), (480, "3,213.00")]),
        (224, [(300, "จำนวนเงินรวมทั้งสิ้น"), (480, "49,113.00")]),
    ]  # fmt: skip
    found = plain(
        run(
            doc(page(rows)),
            ["invoice_number", "invoice_date", "due_date", "total", "tax_amount", "vendor",
             "customer", "vat_id"],
        )
    )  # fmt: skip
    assert found == {
        "invoice_number": "IV6903-0215",
        # (its tone mark lost, as fonts' stacked marks often are: "วันที" for "วันที่")
        "invoice_date": D(2026, 3, 10),
        "due_date": D(2026, 4, 9),
        "total": 49113.0,
        "tax_amount": 3213.0,
        "vendor": "บริษัท สยามแพ็คเกจจิ้ง โซลูชั่น จำกัด",
        "customer": "บริษัท นอร์ดฮาวน์ (ประเทศไทย) จำกัด",
        "vat_id": "0105559182736",
    }


def test_a_russian_invoices_parties_beside_their_labels_with_numbers_and_address() -> None:
    rows = [
        (40, [(50, "Счёт на оплату № 214 от 10 марта 2026 г.")]),
        (60, [(50, "Поставщик"),
              (139, "ООО «Северная логистика», ИНН 7734182903, КПП 773401001, г. Москва")]),
        (68, [(50, "(Исполнитель):"), (139, "тел. +7 (495) 318-72-40")]),
        (80, [(50, "Покупатель"), (139, "АО «Нордхавн Рус», ИНН 5036172041, КПП 503601001")]),
        (88, [(50, "(Заказчик):"), (139, "Комсомольская, д. 1")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["vendor", "customer"]))
    assert found == {"vendor": "ООО «Северная логистика»", "customer": "АО «Нордхавн Рус»"}
    # "Получатель" of a bank block is the payee: no customer's label.
    bank = ["Банк получателя", "Получатель", "ООО «Северная логистика»", "Счёт на оплату № 214"]
    assert value(stacked(bank), "customer") != "ООО «Северная логистика»"


def test_a_bulgarian_vat_number_under_dds_no() -> None:
    rows = [
        (40, [(50, "ФАКТУРА"), (300, "№ 0000004127")]),
        (60, [(50, "Получател"), (300, "Доставчик")]),
        (72, [(50, "„Нордхавн България“ ЕООД"), (300, "„Витоша Индъстриъл Сървис“ ООД")]),
        (84, [(50, "ЕИК: 115874309"), (300, "ЕИК: 204183768")]),
        (96, [(50, "ДДС №: BG115874309"), (300, "ДДС №: BG204183768")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["vendor_vat_id", "customer_vat_id", "vendor"]))
    assert found == {
        "vendor_vat_id": "BG204183768",
        "customer_vat_id": "BG115874309",
        "vendor": "„Витоша Индъстриъл Сървис“ ООД",
    }


def test_a_chinese_fapiaos_seller_after_its_name_key_and_order_number() -> None:
    rows = [
        (40, [(200, "电子发票（普通发票）")]),
        (60, [(400, "开票日期：2026年03月09日")]),
        (80, [(304, "销", 9), (339, "名称：上海浦江智能装备有限公司", 9)]),
        (92, [(304, "售", 9), (339, "纳税人识别号：91310115MA1K47X8PQ", 9)]),
        (300, [(50, "备注：合同编号 PJ-HT-2025-0736；订单号 NDH-SH-2602-0418")]),
        (312, [(50, "付款期限 2026年04月08日前")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["vendor", "invoice_date", "po_number", "due_date"]))
    assert found == {
        "vendor": "上海浦江智能装备有限公司",
        "invoice_date": D(2026, 3, 9),
        "po_number": "NDH-SH-2602-0418",
        "due_date": D(2026, 4, 8),
    }


def test_a_uae_invoices_bill_to_ended_by_a_slash_and_its_taxable_total() -> None:
    rows = [
        (40, [(50, "Al Khaleej Marine Supplies L.L.C.")]),
        (60, [(50, "TAX INVOICE")]),
        (80, [(50, "Bill To /"), (300, "Invoice No.: KMS/TI/26/0392")]),
        (104, [(50, "Nordhavn Middle East FZE"), (300, "Invoice Date: 10-Mar-2026")]),
        (200, [(300, "Total Taxable Amount / AED"), (480, "10,470.00")]),
        (212, [(300, "Total VAT 5% / AED"), (480, "523.50")]),
        (224, [(300, "Total Amount Payable / AED"), (480, "10,993.50")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["customer", "subtotal", "total"]))
    assert found == {"customer": "Nordhavn Middle East FZE", "subtotal": 10470.0, "total": 10993.5}


def test_a_korean_tax_invoices_parties_in_columns_under_side_by_side_headings() -> None:
    rows = [
        (40, [(200, "전자세금계산서")]),
        (60, [(42, "공급자"), (304, "공급받는자")]),
        (72, [(42, "등록번호"), (106, "214-81-37400"), (304, "등록번호"), (368, "108-86-15200")]),
        (84, [(42, "상호(법인명)"), (106, "주식회사 한성정밀"), (304, "상호(법인명)"),
              (368, "노르드하븐코리아 주식회사")]),
    ]  # fmt: skip
    found = plain(run(doc(page(rows)), ["vendor", "customer", "customer_tax_id"]))
    assert found == {
        "vendor": "주식회사 한성정밀",
        "customer": "노르드하븐코리아 주식회사",
        "customer_tax_id": "108-86-15200",
    }


def test_an_armenian_invoice_number_after_its_series_and_a_russian_payment_deadline() -> None:
    lines = [
        "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ",
        "Սերիա A № 41803627 դուրս գրման ամսաթիվ՝ 10.03.2026",
        "Նախորդ ամսվա պարտքը՝ 512 400 դրամ (հաշիվ № 41803419, 10.02.2026)",
    ]
    assert value(stacked(lines), "invoice_number") == "41803627"
    russian = ["Счёт на оплату № 214 от 10 марта 2026 г.", "Оплатить не позднее 20.03.2026."]
    assert value(stacked(russian), "due_date") == D(2026, 3, 20)


def test_a_vat_rate_in_arabic_digits_and_percent_sign_is_no_amount() -> None:
    words = _rtl(100, (560, "مالیات و عوارض ارزش افزوده (۱۰٪)"), (230, "۱۴۱٬۷۰۰٬۰۰۰"))
    assert value(doc(Page(1, 595, 842, "", words)), "tax_amount") == 141700000


def test_a_seal_mark_after_a_signed_name_is_no_part_of_it() -> None:
    lines = ["거 래 명 세 서", "No. HB-2510-0417", "합계 1,000,000"]
    lines.append("공급자: 주식회사 한빛푸드유통 (인)")
    assert value(stacked(lines), "vendor") == "주식회사 한빛푸드유통"


def test_an_iraqi_total_under_its_arabic_label() -> None:
    words = [
        *_rtl(40, (560, "فاتورة بيع")),
        *_rtl(200, (560, "المجموع"), (200, "٢٬٦٣٥٬٠٠٠")),
        *_rtl(220, (560, "المبلغ الكلي المطلوب (دينار عراقي)"), (200, "٢٬٦٣٥٬٠٠٠")),
    ]
    found = plain(run(doc(Page(1, 595, 842, "", words)), ["total", "subtotal"]))
    assert found == {"total": 2635000, "subtotal": 2635000}


def test_an_earlier_invoice_named_in_a_baltic_language_is_not_this_one() -> None:
    lines = [
        "VIDZEMES KOKSNE",
        "PVN RĒĶINS",
        "Nr. VK-2026/0412",
        "Kopā apmaksai EUR: 6 746,96",
        "Iepriekšējā rēķina Nr. VK-2026/0307 (2026. gada 9. februārī) neapmaksātais atlikums",
    ]
    assert value(stacked(lines), "invoice_number") == "VK-2026/0412"


def test_a_value_after_its_labels_translation_in_an_unknown_language() -> None:
    # Maltese after the English label: "Numru" and "Ordni" are no labels the rules know.
    rows = [
        (40, [(40, "Il-Fanal Marine Supplies"), (380, "TAX INVOICE")]),
        (60, [(40, "Supplier / Fornitur"), (160, "Fanal Trading Company Limited")]),
        (60, [(380, "Invoice No. / Numru"), (495, "FM-26-00418")]),
        (80, [(40, "Your order / Ordni"), (160, "NMT-PO-26-0133 (09/03/2026)")]),
        (100, [(40, "Amount due / Ammont dovut (EUR)"), (495, "€ 3,864.50")]),
    ]
    found = plain(run(doc(page(rows)), ["invoice_number", "po_number", "total"]))
    assert found == {
        "invoice_number": "FM-26-00418",
        "po_number": "NMT-PO-26-0133",
        "total": 3864.5,
    }


def test_a_balance_brought_forward_is_not_the_amount_due() -> None:
    lines = [
        "TAX INVOICE No. FM-26-00418",
        "Amount due / Ammont dovut (EUR) € 3,864.50",
        "Statement: balance brought forward € 1,406.20 (invoice FM-26-00377 of 10/02/2026).",
    ]
    found = plain(run(stacked(lines), ["total", "amount_due"]))
    assert found == {"total": 3864.5, "amount_due": 3864.5}


def test_a_total_converted_at_the_exchange_rate_is_not_the_total() -> None:
    lines = [
        "FACTURĂ Nr. factură: NCV 00418",
        "Total de plată (lei): 6.563,04",
        "Curs BNR: 1 EUR = 5,0812 lei; total de plată echivalent 1.291,63 EUR (informativ).",
    ]
    assert value(stacked(lines), "total") == 6563.04


def test_a_tax_number_and_a_vat_number_each_for_the_field_that_asks_for_it() -> None:
    slovak = [
        "FAKTÚRA – DAŇOVÝ DOKLAD číslo 20260315",
        "DODÁVATEĽ: Tatranská strojáreň, s.r.o.",
        "IČO: 47182733",
        "DIČ: 2024182732",
        "IČ DPH: SK2024182732",
    ]
    fields = ["vendor_tax_id", "vendor_vat_id"]
    found = plain(run(stacked(slovak), fields))
    assert found == {"vendor_tax_id": "2024182732", "vendor_vat_id": "SK2024182732"}
    tanzanian = [
        "KILIMANJARO STEEL FABRICATORS LIMITED",
        "TIN: 109-418-273 VRN: 40-018273-K",
        "ANKARA YA KODI / TAX INVOICE",
        "Mteja / Customer: Nordhavn Tanzania Limited",
        "TIN ya Mteja / Customer TIN: 117-291-835",
    ]
    found = plain(run(stacked(tanzanian), [*fields, "customer_tax_id"]))
    assert found == {
        "vendor_tax_id": "109-418-273",
        "vendor_vat_id": "40-018273-K",
        "customer_tax_id": "117-291-835",
    }
    # One kind printed: a field of the other kind takes it.
    assert value(stacked(slovak[:2] + slovak[4:]), "vendor_tax_id") == "SK2024182732"


def test_a_company_trading_under_another_name_is_its_legal_name() -> None:
    lines = [
        "TAX INVOICE No. FM-26-00418",
        "Supplier: Fanal Trading Company Limited t/a Il-Fanal Marine Supplies",
    ]
    assert value(stacked(lines), "vendor") == "Fanal Trading Company Limited"
    person = ["INVOICE 0042", "Supplier: Mere Tuhiwai t/a Tuhiwai Studio"]
    assert value(stacked(person), "vendor") == "Mere Tuhiwai t/a Tuhiwai Studio"


def test_soles_date_a_peruvian_invoice_day_first() -> None:
    lines = [
        "ANDINA TEXTILES DEL SUR S.A.C. R.U.C. N.° 20418273641",
        "FACTURA ELECTRÓNICA F001-00004182",
        "Señor(es): NORDHAVN PERÚ S.A.C. Fecha de Emisión: 11/03/2026",
        "RUC: 20609182734 Fecha de Vencimiento: 10/04/2026",
        "I.G.V. 18% S/ 1,445.40",
        "Importe Total S/ 9,475.40",
    ]
    fields = ["invoice_date", "due_date", "currency", "tax_amount", "vendor_tax_id"]
    assert plain(run(stacked(lines), fields)) == {
        "invoice_date": D(2026, 3, 11),
        "due_date": D(2026, 4, 10),
        "currency": "PEN",
        "tax_amount": 1445.4,
        "vendor_tax_id": "20418273641",
    }
    # "S/N" is a serial number, no sol.
    assert value(stacked(["Pump S/N 4711", "Total 12.00"]), "currency") is None


def test_the_customers_tax_number_under_a_heading_that_names_the_customer() -> None:
    rows = [
        (40, [(40, "Jadranska Hidraulika d.o.o. · OIB: 41827364502")]),
        (60, [(40, "RAČUN")]),
        (80, [(40, "KUPAC"), (220, "OIB KUPCA"), (330, "NARUDŽBA KUPCA")]),
        (92, [(40, "Nordhavn Hrvatska d.o.o."), (220, "90273846150"), (330, "NHR-NAR-2026-0144")]),
    ]
    found = plain(run(doc(page(rows)), ["vendor_tax_id", "customer_tax_id"]))
    assert found == {"vendor_tax_id": "41827364502", "customer_tax_id": "90273846150"}


def test_a_party_heading_and_its_translation_after_an_abbreviation() -> None:
    lines = ["PT Sinar Bahari Logistik INVOICE", "Kepada Yth. / Bill to:", "PT Nordhavn Indonesia"]
    assert value(stacked(lines), "customer") == "PT Nordhavn Indonesia"


def test_a_name_under_a_party_heading_is_not_read_as_beside_it() -> None:
    # The heading's line is as tall as the big title beside it, and the name's line set
    # under it overlaps it: the name's words past the heading's end are no value beside it.
    rows = [
        (44, [(48, "Furnizor:"), (254, "FACTURĂ", 18), (361, "Cumpărător:")]),
        (55, [(48, "Carpați Metalurgica S.R.L.", 12), (361, "Nordhavn România S.R.L.", 12)]),
        (68, [(48, "CIF: RO18273640"), (361, "CIF: RO30918273")]),
    ]
    assert value(doc(page(rows)), "customer") == "Nordhavn România S.R.L."


def test_a_withholding_charged_on_the_tax_is_not_the_tax() -> None:
    lines = [
        "FACTURA ELECTRÓNICA DE VENTA No. FEV-4182",
        "IVA 19% $ 5.074.710,00",
        "TOTAL FACTURA $ 31.783.710,00",
        "ReteIVA 15% sobre el IVA $ 761.206,50",
    ]
    assert value(stacked(lines), "tax_amount") == 5074710


def test_the_customers_vat_number_in_the_value_column_under_its_name() -> None:
    rows = [
        (40, [(52, "Supplier"), (162, "Fanal Trading Company Limited")]),
        (50, [(162, "VAT No. MT 2418 2722")]),
        (70, [(52, "Bill to"), (162, "Nordhavn Malta Limited")]),
        (80, [(162, "Level 3, Portomaso Business Tower")]),
        (90, [(162, "VAT No. MT 2091 7335")]),
        (110, [(52, "Your order"), (162, "NMT-PO-26-0133")]),
    ]
    found = plain(run(doc(page(rows)), ["vendor_vat_id", "customer_vat_id"]))
    assert found == {"vendor_vat_id": "MT24182722", "customer_vat_id": "MT20917335"}


def test_a_tax_summary_with_a_row_for_each_rate_and_no_total_row_is_summed() -> None:
    rows = [
        (40, [(40, "FAKTÚRA číslo 20260315")]),
        (80, [(40, "Sadzba DPH"), (140, "Základ dane"), (240, "Výška DPH"), (340, "Spolu")]),
        (92, [(40, "23 %"), (140, "4 855,00"), (240, "1 116,65"), (340, "5 971,65")]),
        (104, [(40, "19 %"), (140, "100,00"), (240, "19,00"), (340, "119,00")]),
        (116, [(40, "5 %"), (140, "0,00"), (240, "0,00"), (340, "0,00")]),
        (140, [(40, "K úhrade: 6 090,65 EUR")]),
    ]
    found = plain(run(doc(page(rows)), ["subtotal", "tax_amount"]))
    assert found == {"subtotal": 4955.0, "tax_amount": 1135.65}


def test_a_vietnamese_tax_summary_total_row() -> None:
    rows = [
        (40, [(40, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG")]),
        (80, [(40, "Tổng hợp"), (140, "Thành tiền trước thuế"), (260, "Tiền thuế GTGT")]),
        (92, [(40, "Thuế suất 8%"), (140, "8.500.000"), (260, "680.000")]),
        (104, [(40, "Thuế suất 10%"), (140, "8.600.000"), (260, "860.000")]),
        (116, [(40, "Tổng cộng"), (140, "17.100.000"), (260, "1.540.000")]),
    ]
    found = plain(run(doc(page(rows)), ["subtotal", "tax_amount"]))
    assert found == {"subtotal": 17100000, "tax_amount": 1540000}


def test_albanian_and_azerbaijani_invoices() -> None:
    albanian = [
        "Ilira Ndërtim sh.p.k. Data e regjistrimit: 21.05.2014",
        "FATURË",
        "Nr. i faturës 417/2026/xk582lq391 Data dhe ora e lëshimit 10.03.2026 10:14",
        "Afati i pagesës 09.04.2026",
        "SHITËSI: Ilira Ndërtim sh.p.k.",
        "BLERËSI: Nordhavn Albania sh.p.k.",
        "Vlera pa TVSH: 192 000,00",
        "TVSH 20%: 38 400,00",
        "Vlera totale me TVSH (lekë): 230 400,00",
    ]
    fields = ["invoice_number", "invoice_date", "due_date", "customer", "subtotal", "tax_amount"]
    assert plain(run(stacked(albanian), [*fields, "total"])) == {
        "invoice_number": "417/2026/xk582lq391",
        "invoice_date": D(2026, 3, 10),
        "due_date": D(2026, 4, 9),
        "customer": "Nordhavn Albania sh.p.k.",
        "subtotal": 192000,
        "tax_amount": 38400,
        "total": 230400,
    }
    azerbaijani = [
        "“Xəzər Kimya” MMC",
        "VÖEN: 1401827301 · Dövlət qeydiyyatı: 18.06.2011",
        "HESAB-FAKTURA № XK-0318/26",
        "Tarix: 11.03.2026",
        "Ödəniş müddəti: 25.03.2026",
        "Cəmi (ƏDV-siz): 3 145,00",
        "ƏDV 18%: 566,10",
        "Ödəniləcək məbləğ (ƏDV daxil), AZN: 3 711,10",
        "Məlumat üçün: 1 USD = 1,7000 AZN, məbləğ 2 183,00 USD.",
    ]
    assert plain(run(stacked(azerbaijani), ["invoice_date", "due_date", "subtotal", "total"])) == {
        "invoice_date": D(2026, 3, 11),
        "due_date": D(2026, 3, 25),
        "subtotal": 3145,
        "total": 3711.1,
    }


def test_a_taxed_subtotal_over_an_untaxed_one_of_nothing() -> None:
    lines = [
        "e-Factura A 0012345",
        "Subtotal gravado tasa básica: $ 12.720,00",
        "Subtotal no gravado: $ 0,00",
        "TOTAL A PAGAR: $ 15.518,40",
    ]
    assert value(stacked(lines), "subtotal") == 12720


def test_a_date_centred_beside_its_label_of_two_lines() -> None:
    # "Data" over "scadenței:" (the cell wraps), the date set between the two lines, the
    # next cell of the label's last line further right.
    rows = [
        (44, [(48, "Furnizor:"), (254, "FACTURĂ"), (361, "Cumpărător:")]),
        (83, [(242, "Data emiterii:"), (304, "13.03.2026")]),
        (98, [(48, "Brașov", 9), (242, "Data", 9), (361, "jud. Ilfov", 9)]),
        (103, [(304, "12.04.2026", 9)]),
        (
            108,
            [
                (48, "Cont: RO81 BTRL 1827", 9),
                (242, "scadenței:", 9),
                (361, "Comanda nr. NRO-42", 9),
            ],
        ),
    ]
    found = plain(run(doc(page(rows)), ["invoice_date", "due_date", "order_number"]))
    assert found == {
        "invoice_date": D(2026, 3, 13),
        "due_date": D(2026, 4, 12),
        "order_number": "NRO-42",
    }


def test_a_number_key_under_a_brands_line_and_over_the_title() -> None:
    rows = [
        (30, [(40, "chmurnik CRM dla małych firm · chmurnik.example", 8)]),
        (44, [(40, "nr FV/2025/11/04182")]),
        (60, [(40, "Faktura VAT", 14), (200, "oryginał")]),
        (90, [(40, "Data wystawienia 2025-12-01")]),
    ]
    assert value(doc(page(rows)), "invoice_number") == "FV/2025/11/04182"


def test_a_greek_series_letter_before_the_number() -> None:
    lines = ["ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", "Σειρά / Αριθμός Α 1847", "Ημερομηνία έκδοσης 19/10/2025"]
    assert value(stacked(lines), "invoice_number") == "Α 1847"


def test_a_long_public_bodys_name_in_capitals_heads_the_letterhead() -> None:
    rows = [
        (
            44,
            [(48, "JUNTA DE FREGUESIA DE SÃO BRÁS DO ALTO", 13, True), (438, "FATURA-RECIBO", 12)],
        ),
        (62, [(48, "Largo da Igreja, n.º 3 · 2025-418 São Brás do Alto", 8)]),
        (73, [(48, "NIF 506184722", 8), (481, "N.º FR 2025/318", 8)]),
        (130, [(48, "Requerente / Adquirente", 9)]),
        (144, [(48, "Manuel Joaquim Ferreira Lopes", 9)]),
    ]
    assert value(doc(page(rows)), "vendor") == "JUNTA DE FREGUESIA DE SÃO BRÁS DO ALTO"


def test_the_amount_a_spanish_fee_form_says_is_to_be_paid_in() -> None:
    lines = [
        "TASA POR EXPEDICIÓN DE TÍTULOS ACADÉMICOS Y PROFESIONALES",
        "(11) Tarifa: expedición de título de Técnico Superior 54,13 €",
        "(12) Bonificación familia numerosa categoría general (50 % de la casilla 11) -27,07 €",
        "(14) TOTAL A INGRESAR (11 + 12 + 13)",
        "27,06 €",
    ]
    assert value(stacked(lines), "total") == 27.06


def test_an_argentine_due_date_under_its_abbreviation() -> None:
    lines = [
        "FACTURA A Número: 0004-00001847",
        "Fecha de emisión: 13/03/2026",
        "Condición de venta: Cuenta corriente 30 días",
        "Moneda: USD (dólar estadounidense) Fecha de vto. para el pago: 12/04/2026",
    ]
    found = plain(run(stacked(lines), ["invoice_date", "due_date"]))
    assert found == {"invoice_date": D(2026, 3, 13), "due_date": D(2026, 4, 12)}


def test_a_note_of_an_unpaid_bill_names_another_invoice() -> None:
    lines = [
        "Minett Technique S.à r.l.",
        "Facture / Rechnung n° 2026-0418",
        "Date / Datum 12.03.2026",
        "Total TTC / Gesamtbetrag (EUR) 3.896,10 €",
        "Solde ouvert au 12.03.2026 : facture n° 2026-0127 du 29.01.2026, 1.286,70 €.",
    ]
    assert value(stacked(lines), "invoice_number") == "2026-0418"
    lines = [
        "WOURI LOGISTIQUE & MANUTENTION",
        "FACTURE N° DLA/FAC/26/0418",
        "Date de facturation 13/03/2026",
        "Net à payer TTC 3 017 025 FCFA",
        "Reste dû : facture N° DLA/FAC/26/0297 du 12/02/2026, 1 846 200 FCFA, échéance 16/03/2026",
    ]
    found = plain(run(stacked(lines), ["invoice_number", "invoice_date", "due_date"]))
    assert found == {
        "invoice_number": "DLA/FAC/26/0418",
        "invoice_date": D(2026, 3, 13),
        "due_date": None,
    }


def test_a_fiscal_devices_receipt_number_is_not_the_invoices() -> None:
    lines = [
        "TAX INVOICE",
        "INVOICE NUMBER INVOICE DATE",
        "RVP-INV-26-0418 10/03/2026",
        "Total Incl. VAT KSh 270,860.00",
        "CU Serial No.: KRACU0300001827",
        "CU Invoice No.: KRACU0300001827/418",
    ]
    assert value(stacked(lines), "invoice_number") == "RVP-INV-26-0418"
    lines = [
        "FAKTURA br. 0418/2026",
        "UKUPNO ZA PLAĆANJE (KM) 3.299,40",
        "Informativno: 1.686,96 EUR (fiksni kurs CBBiH 1 EUR = 1,95583 KM).",
        "Fiskalni račun br. 008721 od 11.03.2026. 10:14, IBFM TA004182.",
    ]
    found = plain(run(stacked(lines), ["invoice_number", "total"]))
    assert found == {"invoice_number": "0418/2026", "total": 3299.40}


def test_a_quetzal_sign_glued_to_the_total() -> None:
    lines = [
        "FACTURA CAMBIARIA",
        "Número de DTE: 2471709994",
        "Monto gravable (sin IVA) 11,060.00",
        "TOTAL (Q) Q12,387.20",
        "Equivalente informativo: US$1,612.92 (tipo de cambio Banguat Q7.68 por US$1).",
    ]
    found = plain(run(stacked(lines), ["invoice_number", "subtotal", "total"]))
    assert found == {"invoice_number": "2471709994", "subtotal": 11060.0, "total": 12387.2}


def test_a_faroese_invoice() -> None:
    lines = [
        "P/F Norðoya Netagerð ROKNINGUR",
        "Rokningarnummar 26418",
        "Rokningardagur 16.03.2026",
        "Gjalddagur 15.04.2026",
        "Tilsamans uttan MVG kr. 39.290,00",
        "MVG 25% kr. 9.822,50",
        "At gjalda DKK kr. 49.112,50",
        "Til kunningar: EUR 6.583,18 (kurs 746,03).",
    ]
    fields = ["invoice_number", "due_date", "subtotal", "tax_amount", "total"]
    assert plain(run(stacked(lines), fields)) == {
        "invoice_number": "26418",
        "due_date": D(2026, 4, 15),
        "subtotal": 39290.0,
        "tax_amount": 9822.5,
        "total": 49112.5,
    }


def test_dominican_and_costa_rican_e_invoice_labels() -> None:
    lines = [
        "FACTURA DE CRÉDITO FISCAL ELECTRÓNICA",
        "e-NCF: E310000004182",
        "Fecha de vencimiento de la secuencia: 31-12-2027",
        "Fecha de emisión: 16-03-2026",
        "Fecha límite de pago: 15-04-2026",
        "Razón social cliente: Nordhavn Dominicana, S.R.L.",
        "Total venta neta 110,200.00",
        "TOTAL A PAGAR RD$130,036.00",
    ]
    fields = ["invoice_number", "due_date", "customer", "subtotal"]
    assert plain(run(stacked(lines), fields)) == {
        "invoice_number": "E310000004182",
        "due_date": D(2026, 4, 15),
        "customer": "Nordhavn Dominicana, S.R.L.",
        "subtotal": 110200.0,
    }


def test_a_withholding_of_the_tax_is_not_the_tax() -> None:
    lines = [
        "FACTURA CAMBIARIA",
        "IVA 12% 1,327.20",
        "TOTAL (Q) Q12,387.20",
        "Retención de IVA a practicar por el receptor: 15% del IVA = USD 199.08.",
    ]
    assert value(stacked(lines), "tax_amount") == 1327.2


def test_a_letterhead_name_wrapped_beside_the_title_is_read_whole() -> None:
    d = doc(
        page(
            [
                (46, [(53, "J. Pritchard", 19, True), (440, "INVOICE", 22, True)]),
                (68, [(53, "Plumbing & Heating", 19, True)]),
                (96, [(53, "Boilers · Bathrooms · Emergency call-outs", 8)]),
                (130, [(53, "Bill to"), (300, "Invoice No. INV-1187")]),
                (144, [(53, "Daniel Okafor"), (300, "Date 21/02/2025")]),
                (160, [(53, "Total £331.56")]),
                (800, [(53, "J. Pritchard Plumbing & Heating · Gas Safe Register no. 584412", 7)]),
            ]
        )
    )
    assert value(d, "vendor") == "J. Pritchard Plumbing & Heating"


def test_a_party_named_in_an_items_description_is_not_the_documents() -> None:
    d = doc(
        page(
            [
                (40, [(53, "VICTORIA HARBOUR SOURCING LIMITED", 14, True)]),
                (56, [(53, "Unit 1208, 12/F, Nan Fung Centre, Tsuen Wan, Hong Kong", 9)]),
                (100, [(260, "INVOICE", 15, True)]),
                (130, [(53, "Invoice No. : VHS/2025/0456")]),
                (160, [(53, "Item"), (100, "Particulars"), (330, "Quantity"), (420, "Amount")]),
                (176, [(53, "1"), (100, "Pre-shipment quality inspection"), (420, "8,400.00")]),
                (190, [(100, "Supplier: Dongguan Everbright Houseware Co., Ltd.")]),
                (204, [(53, "2"), (100, "Courier charges"), (420, "650.00")]),
                (230, [(100, "TOTAL HK$"), (420, "9,050.00")]),
                (
                    260,
                    [(53, 'Please pay by cheque to "Victoria Harbour Sourcing Limited".', 9)],
                ),
            ]
        )
    )
    assert value(d, "vendor") == "Victoria Harbour Sourcing Limited"


def test_a_colon_set_apart_from_its_party_label() -> None:
    d = doc(
        page(
            [
                (40, [(53, "Victoria Harbour Sourcing Limited", 14, True)]),
                (150, [(53, "To"), (68, ":"), (88, "Sarangi Trading (HK) Limited", 10, True)]),
                (164, [(88, "Room 1903, 19/F, Millennium City 5")]),
                (178, [(88, "418 Kwun Tong Road, Kwun Tong")]),
                (192, [(88, "Kowloon, Hong Kong")]),
                (206, [(88, "Attn: Ms. Karen Leung (Merchandising)")]),
            ]
        )
    )
    assert value(d, "customer") == "Sarangi Trading (HK) Limited"


def test_an_attention_line_under_an_address_names_no_firm_above_it() -> None:
    d = doc(
        page(
            [
                (40, [(53, "Victoria Harbour Sourcing Limited", 14, True)]),
                (150, [(88, "Room 1903, 19/F, Millennium City 5")]),
                (164, [(88, "418 Kwun Tong Road, Kwun Tong")]),
                (178, [(88, "Kowloon, Hong Kong")]),
                (192, [(88, "Attn: Ms. Karen Leung")]),
            ]
        )
    )
    assert value(d, "customer") != "Kowloon, Hong Kong"


def test_a_word_of_a_fields_own_label_inside_the_letterhead_name() -> None:
    d = doc(
        page(
            [
                (
                    40,
                    [(53, "SOUTHERN CROSS FREIGHT FORWARDING PTY LTD"), (400, "ARRIVAL NOTICE /")],
                ),
                (54, [(53, "ABN 39 618 273 940"), (400, "TAX INVOICE")]),
                (68, [(53, "Unit 3, 12 Botany Road, Port Botany NSW 2036")]),
                (82, [(400, "Invoice No : SCF-AN-260311")]),
                (96, [(53, "BILL TO / NOTIFY:")]),
                (110, [(53, "Blue Gum Homewares Pty Ltd"), (400, "Our ref : SYD-IMP-04187")]),
                (124, [(53, "18 Victoria Street East")]),
                (150, [(53, "Total ocean freight USD 345.60")]),
                (170, [(53, "TOTAL AMOUNT PAYABLE AUD 1,595.70")]),
            ]
        )
    )
    found = plain(run(d, ["vendor", "freight_usd"]))
    assert found == {"vendor": "SOUTHERN CROSS FREIGHT FORWARDING PTY LTD", "freight_usd": 345.6}


def test_a_nordic_attention_line_under_a_club_with_its_founding_year() -> None:
    d = doc(
        page(
            [
                (40, [(53, "Skovgaard Grafisk ApS", 14, True)]),
                (120, [(53, "Aarhus Løbeklub af 1978"), (400, "FAKTURANUMMER")]),
                (134, [(53, "Att.: Kasserer Mette Lund"), (400, "26-1183")]),
                (148, [(53, "Frederiks Allé 104")]),
                (162, [(53, "8000 Aarhus C")]),
                (200, [(53, "At betale 22.123,44 kr.")]),
            ]
        )
    )
    assert value(d, "customer") == "Aarhus Løbeklub af 1978"
    # Swedish "att" is "to": "Att betala" is the total's label, no one's attention.
    swedish = stacked(["Fjällbo Bygg AB", "FAKTURA 4471", "Att betala: 1 250,00 kr"])
    assert value(swedish, "customer") is None
    assert value(swedish, "total") == 1250.0


def test_a_customers_name_under_its_number_in_the_values_column() -> None:
    d = doc(
        page(
            [
                (40, [(175, "BYGGVAREHUSET FJORDBYGG AS", 9, True)]),
                (60, [(175, "SALGSKVITTERING", 9)]),
                (74, [(175, "Kvitt.nr: 4182-0311-0147", 9)]),
                (94, [(175, "Kunde:", 9), (218, "10482", 9)]),
                (104, [(218, "Hansen Tømrerservice AS", 9)]),
                (114, [(175, "Ref:", 9), (218, "Lie, Myrdalsvegen 8", 9)]),
            ]
        )
    )
    assert value(d, "customer") == "Hansen Tømrerservice AS"


@pytest.mark.parametrize(
    ("heading", "key", "name"),
    [
        ("ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", "Επωνυμία:", "Ξενοδοχειακές Επιχειρήσεις Κυκλάδων Α.Ε."),
        ("Cumpărător", "Denumirea", "„Nordhavn Moldova” S.R.L."),
        ("Kupac", "Naziv:", "Nordhavn Hrvatska d.o.o."),
    ],
)
def test_a_name_key_in_the_customers_section(heading: str, key: str, name: str) -> None:
    d = doc(
        page(
            [
                (40, [(53, "Τεχνική Κλιματισμού Αιγαίου Ι.Κ.Ε.", 14, True)]),
                (120, [(53, heading, 10, True)]),
                (136, [(53, key), (130, name)]),
                (150, [(53, "ΑΦΜ / IDNO:"), (130, "094183727")]),
            ]
        )
    )
    assert value(d, "customer") == name


def test_a_total_rounded_to_the_coins_in_use() -> None:
    lines = [
        "Rheintal Präzisionstechnik AG",
        "Rechnung Nr. 26-0418",
        "Total netto 2'689.00",
        "MWST 8.1% auf CHF 2'689.00 217.81",
        "Total inkl. MWST 2'906.81",
        "Rundungsdifferenz -0.01",
        "Zu bezahlen CHF 2'906.80",
    ]
    assert value(stacked(lines), "total") == 2906.80
    swedish = ["Fjällbo Bygg AB", "FAKTURA 4471", "Summa 1 249,60", "Öresavrundning 0,40"]
    assert value(stacked([*swedish, "Att betala 1 250,00 kr"]), "total") == 1250.0
    # A payable amount that is not the total and the rounding summed is another's.
    other = [*lines[:-1], "Zu bezahlen CHF 1'000.00"]
    assert value(stacked(other), "total") == 2906.81


def test_a_tunisian_total_of_three_decimals_grouped_by_spaces() -> None:
    lines = [
        "FACTURE N° 2026/0418",
        "Total HT 3 806,800",
        "Total TVA 723,292",
        "Timbre fiscal 1,000",
        "Net à payer TTC (TND) 4 531,092",
        "Retenue à la source 1 % sur le montant TTC (45,311 TND) à opérer par le client.",
        "Contre-valeur informative : 1 340,56 EUR.",
    ]
    found = plain(run(stacked(lines), ["subtotal", "tax_amount", "total"]))
    assert found == {"subtotal": 3806.8, "tax_amount": 723.292, "total": 4531.092}


def test_a_bosnian_header_grid_of_dates() -> None:
    d = doc(
        page(
            [
                (40, [(40, "Tuzlanska Armatura d.o.o. Tuzla", 12, True)]),
                (60, [(300, "Upisano u sudski registar, MBS 32-01-0418-14, 12.06.2014.", 7)]),
                (120, [(40, "FAKTURA br. 0418/2026", 14, True)]),
                (
                    150,
                    [(40, "DATUM FAKTURE"), (150, "DATUM ISPORUKE"), (260, "VALUTA PLAĆANJA")],
                ),
                (164, [(40, "11.03.2026."), (150, "09.03.2026."), (260, "10.04.2026.")]),
            ]
        )
    )
    found = plain(run(d, ["invoice_date", "due_date"]))
    assert found == {"invoice_date": D(2026, 3, 11), "due_date": D(2026, 4, 10)}


def test_a_remittance_slips_from_line_names_the_payer() -> None:
    d = doc(
        page(
            [
                (40, [(40, "Moreton Bay Plumbing & Gas Pty Ltd", 12, True), (400, "TAX INVOICE")]),
                (60, [(40, "44 Hays Road, Brendale QLD 4500")]),
                (80, [(400, "Invoice No. INV-008214")]),
                (100, [(40, "INVOICE TO")]),
                (114, [(40, "Riverside Medical Centre Pty Ltd")]),
                (128, [(40, "2/118 Gympie Road, Kedron QLD 4031")]),
                (200, [(40, "Total (inc GST) $3,977.60")]),
                (300, [(40, "REMITTANCE ADVICE", 12, True)]),
                (316, [(40, "From: Riverside Medical Centre Pty Ltd")]),
                (330, [(40, "To: Moreton Bay Plumbing & Gas Pty Ltd, PO Box 1427")]),
                (344, [(40, "Amount Due $3,977.60")]),
            ]
        )
    )
    found = plain(run(d, ["vendor", "customer"]))
    assert found == {
        "vendor": "Moreton Bay Plumbing & Gas Pty Ltd",
        "customer": "Riverside Medical Centre Pty Ltd",
    }


def test_a_note_of_open_items_names_another_invoice() -> None:
    lines = [
        "Imballaggi Emiliani S.r.l.",
        "FATTURA",
        "Numero 219/2026 Data documento 17/03/2026",
        "Netto a pagare € 2.810,39",
        "Partite aperte: fattura n. 142/2026 del 16/02/2026 di € 3.096,44, scadenza 31/03/2026.",
    ]
    assert value(stacked(lines), "invoice_number") == "219/2026"


def test_the_rands_r_glued_to_a_figure_with_cents() -> None:
    lines = [
        "Umhlanga Freight Forwarders (Pty) Ltd TAX INVOICE",
        "Invoice No. UFF-IN-045127",
        "Total excl. VAT R38,914.00",
        "VAT R1,569.60",
        "Total incl. VAT R40,483.60",
        "For information: USD 2,218.89 at R18.2450 / USD (2026/03/09).",
    ]
    found = plain(run(stacked(lines), ["subtotal", "tax_amount", "total", "currency"]))
    assert found == {"subtotal": 38914.0, "tax_amount": 1569.6, "total": 40483.6, "currency": "ZAR"}
    # Not a revision's "R1" or a code's letter.
    assert value(stacked(["Drawing 4417 R1", "Total 250.00"]), "total") == 250.0


def test_a_zero_rated_lines_nothing_is_not_the_tax() -> None:
    d = doc(
        page(
            [
                (40, [(40, "Umhlanga Freight Forwarders (Pty) Ltd", 12, True)]),
                (300, [(338, "Total excl. VAT"), (506, "38,914.00")]),
                (314, [(40, "VAT summary"), (338, "VAT"), (506, "1,569.60")]),
                (
                    324,
                    [(40, "Standard-rated (15%): 10,464.00 — VAT 1,569.60")],
                ),
                (330, [(338, "Total incl. VAT"), (500, "40,483.60")]),
                (333, [(40, "Zero-rated (0%): 28,450.00 — VAT 0.00")]),
            ]
        )
    )
    assert value(d, "tax_amount") == 1569.6


def test_an_addressees_block_beside_the_letterhead_street_named_after_a_man() -> None:
    d = doc(
        page(
            [
                (52, [(43, "Umhlanga Freight Forwarders (Pty) Ltd", 12, True)]),
                (68, [(43, "SEA · AIR · CUSTOMS CLEARING · CARTAGE", 8, True)]),
                (78, [(376, "Berea Home Appliances (Pty) Ltd", 8, True)]),
                (81, [(43, "3 Dock Road, Point, Durban 4001 · PO Box 41827, Durban 4000", 8)]),
                (87, [(376, "17 Jan Hofmeyr Road, Westville 3629", 8)]),
                (92, [(43, "Tel +27 31 337 4182 · accounts@umhlangafreight.co.za", 8)]),
                (97, [(376, "VAT Reg. No. 4291837062", 8)]),
                (103, [(43, "Reg. No. 2012/418273/07", 8)]),
                (106, [(376, "Debtor account: BHA001", 8)]),
                (114, [(43, "VAT Reg. No. 4180273643", 8)]),
                (160, [(43, "TAX INVOICE UFF-IN-045127", 12, True)]),
                (200, [(43, "Total incl. VAT 40,483.60")]),
            ]
        )
    )
    found = plain(run(d, ["customer", "vendor_vat_id", "customer_vat_id"]))
    assert found == {
        "customer": "Berea Home Appliances (Pty) Ltd",
        "vendor_vat_id": "4180273643",
        "customer_vat_id": "4291837062",
    }


def test_a_us_employer_identification_number() -> None:
    lines = ["Buckeye Comfort Heating & Cooling LLC", "EIN 31-1748206", "INVOICE 4471"]
    assert value(stacked(lines), "vendor_tax_id") == "31-1748206"
    assert value(stacked(["Calumet Foodservice Supply, Inc.", "FEIN: 36-4829175"]), "tax_id") == (
        "36-4829175"
    )
    # German "ein" (a, one) is no label: "ein 12-monatiger Vertrag".
    assert value(stacked(["Rechnung 4471", "Es gilt ein 12-monatiger Vertrag."]), "tax_id") is None


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Total before GST", "subtotal"),
        ("Charges before VAT", "subtotal"),
        ("Zwischentotal", "subtotal"),
        ("Taxable amount", "subtotal"),
        ("Uw bestelbon:", "po_number"),
        ("V/ Encomenda", "po_number"),
    ],
)
def test_more_labels_of_the_mainstream(label: str, field: str) -> None:
    lines = ["Tanjong Pagar Cloud Systems Pte. Ltd.", "TAX INVOICE TPCS-INV-2603-0114"]
    printed, read = ("3,399.20", 3399.2) if field == "subtotal" else ("PO-2026-044", "PO-2026-044")
    assert value(stacked([*lines, f"{label} {printed}"]), field) == read


def test_an_amount_said_to_be_a_share_of_the_net_is_not_the_net() -> None:
    lines = [
        "Murtal Baustoffhandel GmbH",
        "Rechnung 2026-10455",
        "Nettobetrag 19.893,21",
        "zuzüglich 20 % USt 3.978,64",
        "Rechnungsbetrag 23.871,85",
        "Bei Zahlung bis 21.03.2026 gewähren wir 2 % Skonto vom Nettobetrag (397,86 €).",
    ]
    assert value(stacked(lines), "subtotal") == 19893.21


def test_a_french_footers_vat_number_and_the_addressees_own() -> None:
    d = doc(
        page(
            [
                (48, [(50, "Rhône Data Conseil SAS", 16, True)]),
                (53, [(316, "Groupe Hôtelier Bellecour SA", 8, True)]),
                (64, [(316, "Service comptabilité fournisseurs", 8)]),
                (66, [(50, "Conseil en infrastructures · Réseaux", 7)]),
                (76, [(50, "14 quai Perrache, 69002 Lyon", 8), (316, "27 place Bellecour", 8)]),
                (87, [(316, "69002 Lyon", 8)]),
                (99, [(316, "N° TVA intracom. : FR37392184750", 8)]),
                (134, [(50, "Facture F2026-0157", 17, True)]),
                (300, [(50, "Total TTC 8 472,00 €")]),
                (
                    780,
                    [
                        (
                            50,
                            "Rhône Data Conseil SAS · RCS Lyon 818 273 641 · N° TVA FR31818273641",
                            7,
                        )
                    ],
                ),
            ]
        )
    )
    found = plain(run(d, ["customer", "vendor_vat_id", "customer_vat_id"]))
    assert found == {
        "customer": "Groupe Hôtelier Bellecour SA",
        "vendor_vat_id": "FR31818273641",
        "customer_vat_id": "FR37392184750",
    }


def test_a_payment_reference_in_a_sentence_of_the_terms() -> None:
    cases = {
        "onder vermelding van betalingskenmerk 6002 6003 8804 1827.": "6002 6003 8804 1827",
        "Pay online with payment code BCH-7Q42K, or by check.": "BCH-7Q42K",
        "Please use reference SCC0058-33817 so we can match your payment.": "SCC0058-33817",
        "Please reference CF300764 with your ACH payment.": "CF300764",
    }
    for line, reference in cases.items():
        found = value(stacked(["INVOICE 300764", "Total 2,011.64", line]), "payment_reference")
        assert found == reference, line


def test_a_bpay_boxs_reference_under_its_biller_code() -> None:
    lines = [
        "Moreton Bay Plumbing & Gas Pty Ltd TAX INVOICE",
        "Invoice No. INV-008214",
        "Total (inc GST) $3,977.60",
        "REMITTANCE ADVICE",
        "BPAY — Biller Code: 284917",
        "Ref: 1008273649",
    ]
    assert value(stacked(lines), "payment_reference") == "1008273649"
    # A bare "Ref:" elsewhere is the issuer's own reference, no payment's.
    assert value(stacked([*lines[:3], "Our Ref: QC-DG-0210"]), "payment_reference") is None


def test_the_itbis_gct_and_a_cfdis_iva_retenido() -> None:
    dominican = ["FACTURA DE CRÉDITO FISCAL ELECTRÓNICA", "ITBIS 18% RD$19,836.00"]
    assert value(stacked([*dominican, "TOTAL A PAGAR RD$130,036.00"]), "tax_amount") == 19836.0
    jamaican = ["INVOICE BMI-104182", "GCT @ 15% J$54,810.00", "Amount Due J$420,210.00"]
    assert value(stacked(jamaican), "tax_amount") == 54810.0
    cfdi = [
        "FACTURA CFDI 4.0",
        "Subtotal $40,350.00",
        "IVA Trasladado 16% $6,456.00",
        "IVA Retenido 4% -$1,614.00",
        "Total $45,192.00",
    ]
    assert value(stacked(cfdi), "tax_amount") == 6456.0


def test_a_billing_address_heading_beside_the_delivery_address() -> None:
    d = doc(
        page(
            [
                (40, [(53, "VAN DAMME", 16, True)]),
                (56, [(53, "Kachtemsestraat 312, 8800 Roeselare")]),
                (126, [(53, "Leveringsadres", 10, True), (320, "Facturatieadres", 10, True)]),
                (140, [(53, "Werf Residentie Leiezicht"), (320, "Bouwbedrijf Claeys BV")]),
                (154, [(53, "Budastraat 40"), (320, "Industrielaan 21")]),
                (168, [(53, "8500 Kortrijk"), (320, "8510 Marke")]),
                (200, [(53, "ORDERBEVESTIGING VO25-018842", 14, True)]),
            ]
        )
    )
    assert value(d, "customer") == "Bouwbedrijf Claeys BV"
    danish = [
        "NORDISK VVS-ENGROS A/S",
        "Faktureres til",
        "Hansen & Mikkelsen VVS ApS",
        "Vestergade 112",
        "Leveringsadresse: Kolding Skole, afd. Nord, Skolevej 14, 6000 Kolding",
    ]
    assert value(stacked(danish), "customer") == "Hansen & Mikkelsen VVS ApS"


def test_two_sections_headings_side_by_side() -> None:
    d = doc(
        page(
            [
                (40, [(49, "Harborview Ford Sales, Inc.", 14, True)]),
                (80, [(49, "REPAIR ORDER 618204", 12, True)]),
                (152, [(49, "CUSTOMER", 9, True), (312, "VEHICLE", 9, True)]),
                (170, [(49, "NAME", 6), (312, "YEAR / MAKE / MODEL", 6)]),
                (180, [(49, "Great Lakes Landscape Supply LLC"), (312, "2021 Ford F-150 XLT")]),
                (198, [(49, "ADDRESS", 6), (312, "VIN", 6)]),
                (208, [(49, "1190 Whitehall Road, North Muskegon"), (312, "1FTFW1E54MFB40672")]),
            ]
        )
    )
    assert value(d, "customer") == "Great Lakes Landscape Supply LLC"


def test_an_addressees_block_under_a_heading_in_capitals_that_names_its_role() -> None:
    d = doc(
        page(
            [
                (40, [(53, "MENUISERIES GARNIER", 14, True), (300, "FACTURE DE SITUATION")]),
                (60, [(53, "ZI des Platanes, 12 rue Jacquard"), (300, "Facture n° FG-2026-0058")]),
                (70, [(53, "69800 Saint-Priest")]),
                (
                    124,
                    [
                        (53, "ENTREPRISE TITULAIRE DU LOT", 6),
                        (303, "MAÎTRE D’OUVRAGE – DESTINATAIRE", 6),
                    ],
                ),
                (131, [(53, "Menuiseries Garnier SAS"), (303, "SCCV Les Terrasses du Parc")]),
                (141, [(53, "12 rue Jacquard, 69800 Saint-Priest"), (303, "45 quai Rambaud")]),
                (151, [(53, "SIRET 841 726 391 00029"), (303, "69002 Lyon")]),
            ]
        )
    )
    assert value(d, "customer") == "SCCV Les Terrasses du Parc"


def test_a_letter_spaced_brand_and_the_whole_name_beside_it() -> None:
    d = doc(
        page(
            [
                (
                    50,
                    [
                        (40, "J O R I E N", 16, True),
                        (150, "V O S", 16, True),
                        (458, "Studio Jorien Vos Fotografie", 6),
                    ],
                ),
                (70, [(40, "Noorderhaven 31")]),
                (80, [(40, "9712 VM Groningen")]),
                (140, [(40, "FACTUUR 2025-0917", 14, True)]),
                (300, [(40, "Totaal € 1.234,00")]),
                (
                    700,
                    [(40, "Graag overmaken t.n.v. Studio Jorien Vos Fotografie o.v.v. 2025-0917.")],
                ),
                (780, [(40, "Studio Jorien Vos Fotografie · Noorderhaven 31 · KvK 81742936", 7)]),
            ]
        )
    )
    assert value(d, "vendor") == "Studio Jorien Vos Fotografie"


def test_a_us_invoices_taxable_amount_is_not_its_subtotal() -> None:
    lines = [
        "Buckeye Comfort Heating & Cooling LLC",
        "INVOICE 4471",
        "Subtotal $4,166.00",
        "Taxable amount (parts) $3,266.00",
        "Sales tax 7.5% $244.95",
        "Total $4,410.95",
    ]
    assert value(stacked(lines), "subtotal") == 4166.0


def test_a_jamaican_trn_and_gct_registration_number() -> None:
    lines = [
        "Blue Mountain Industrial Ltd.",
        "TRN / GCT Reg. No.: 002-418-273",
        "INVOICE BMI-104182",
        "GCT @ 15% J$54,810.00",
    ]
    found = plain(run(stacked(lines), ["vendor_tax_id", "tax_amount"]))
    assert found == {"vendor_tax_id": "002-418-273", "tax_amount": 54810.0}


def test_joint_account_holders_in_capitals_are_names_not_a_heading() -> None:
    d = doc(
        page(
            [
                (40, [(53, "Northgate Building Society", 14, True)]),
                (120, [(53, "MR D A HOLLOWAY & MRS S J HOLLOWAY")]),
                (134, [(53, "14 LARCH GROVE")]),
                (148, [(53, "OTLEY")]),
                (162, [(53, "LS21 4QT")]),
                (220, [(53, "PASSBOOK STATEMENT", 12, True)]),
            ]
        )
    )
    assert value(d, "customer") == "MR D A HOLLOWAY & MRS S J HOLLOWAY"


def test_a_rounding_line_with_a_summarys_rows_between() -> None:
    d = doc(
        page(
            [
                (40, [(40, "Facility Servis Brno s.r.o.", 14, True)]),
                (80, [(40, "FAKTURA 2026-0187", 14, True)]),
                (300, [(40, "Sazba Základ DPH Celkem"), (380, "DPH celkem 37 397,95 Kč")]),
                (
                    312,
                    [
                        (40, "21 % 72 054,60 15 131,47 87 186,07"),
                        (380, "Celkem s DPH 295 006,55 Kč"),
                    ],
                ),
                (324, [(40, "12 % 185 554,00 22 266,48 207 820,48")]),
                (336, [(380, "Zaokrouhlení 0,45 Kč")]),
                (348, [(40, "Součet 257 608,60 37 397,95 295 006,55")]),
                (360, [(380, "Celkem k úhradě 295 007,00 Kč")]),
            ]
        )
    )
    assert value(d, "total") == 295007.0


@pytest.mark.parametrize(
    ("lines", "tax"),
    [
        (
            [
                "Subtotal 33,445.00",
                "GST 5% 1,672.25",
                "PST 7% on 29,895.00 2,092.65",
                "Invoice Total 37,209.90",
            ],
            3764.9,
        ),
        (
            [
                "Total HT 6 487,00 €",
                "TVA 10 % 514,80 €",
                "TVA 20 % 267,80 €",
                "Total TTC 7 269,60 €",
            ],
            782.6,
        ),
    ],
)
def test_taxes_printed_apart_and_never_summed(lines: list[str], tax: float) -> None:
    assert (
        value(stacked(["Sea to Sky Kitchens Ltd.", "INVOICE SSK-26-0418", *lines]), "tax_amount")
        == tax
    )


def test_a_stamp_duty_is_not_the_tax() -> None:
    lines = [
        "Studio Legale Associato Ferraresi Monti",
        "FATTURA N. 18/2026",
        "Totale imponibile IVA 2.152,80",
        "IVA 22% su 2.152,80 473,62",
        "Imposta di bollo sulla fattura (esclusa art. 15) 2,00",
        "Totale documento 2.887,42",
    ]
    assert value(stacked(lines), "tax_amount") == 473.62


@pytest.mark.parametrize(
    ("label", "field", "printed", "read"),
    [
        ("Delivery & installation", "shipping_amount", "485.00", 485.0),
        ("Vrachtkosten (DAP Düsseldorf)", "shipping_amount", "285,00", 285.0),
        ("Versandkosten", "shipping_amount", "12,90", 12.9),
        ("Subcontract order", "po_number", "SO-BCG-2291", "SO-BCG-2291"),
        ("Ert ordernr", "po_number", "FET-IO-2291", "FET-IO-2291"),
        ("Nr zamówienia nabywcy:", "po_number", "ZBK/ZAM/2026/071", "ZBK/ZAM/2026/071"),
        ("Objednávka:", "po_number", "OBJ-SH-2026-017", "OBJ-SH-2026-017"),
    ],
)
def test_shipping_and_order_labels(label: str, field: str, printed: str, read: Any) -> None:
    lines = ["Shannonside Drylining Limited", "INVOICE SDC-2026-0142", f"{label} {printed}"]
    assert value(stacked(lines), field) == read


def test_an_addresss_opening_formula_and_a_name_wrapped_beside_it() -> None:
    d = doc(
        page(
            [
                (40, [(40, "Distribuidora Alimentar Minho", 14, True), (330, "Cliente", 8, True)]),
                (54, [(330, "Exmo.(s) Sr.(s)")]),
                (58, [(40, "Sul, Lda.", 14, True)]),
                (66, [(330, "Restaurante Cais de Gaia, Lda.")]),
                (78, [(330, "Cais de Gaia, 212")]),
                (82, [(40, "Rua do Comércio, 88 · 4705-123 Braga")]),
                (140, [(40, "FATURA FT DAM2026/1187", 14, True)]),
            ]
        )
    )
    found = plain(run(d, ["vendor", "customer"]))
    assert found == {
        "vendor": "Distribuidora Alimentar Minho Sul, Lda.",
        "customer": "Restaurante Cais de Gaia, Lda.",
    }


def test_more_party_headings() -> None:
    side_by_side = doc(
        page(
            [
                (40, [(39, "Coromandel Lab Instruments Private Limited", 12, True)]),
                (106, [(39, "Billed to", 8, True), (216, "Shipped to", 8, True)]),
                (116, [(39, "Deccan Biologics Private Limited"), (216, "Deccan Biologics QC Lab")]),
                (126, [(39, "Survey No. 127, Turkapally"), (216, "Block B, Turkapally")]),
            ]
        )
    )
    assert value(side_by_side, "customer") == "Deccan Biologics Private Limited"
    for heading in ("PRINCIPAL CONTRACTOR", "Registered Name:"):
        lines = ["Shannonside Drylining & Ceilings Limited", "INVOICE SDC-2026-0142", heading]
        found = value(stacked([*lines, "Burren Construction Group Limited"]), "customer")
        assert found == "Burren Construction Group Limited", heading


def test_a_legal_form_alone_under_the_letterheads_name() -> None:
    d = doc(
        page(
            [
                (40, [(44, "Hawke's Bay Electrical Services", 18, True), (366, "TAX INVOICE", 14)]),
                (62, [(44, "Limited", 18, True)]),
                (84, [(44, "27 Thames Street, Pandora, Napier 4110", 8)]),
                (160, [(44, "Invoice total incl. GST 5,985.35")]),
            ]
        )
    )
    assert value(d, "vendor") == "Hawke's Bay Electrical Services Limited"


def test_a_currency_named_only_as_what_all_amounts_are_in() -> None:
    lines = [
        "Hawke's Bay Electrical Services Limited",
        "TAX INVOICE HBE-24418",
        "Account summary (all amounts NZD, incl. GST)",
        "Invoice total incl. GST 5,985.35",
    ]
    assert value(stacked(lines), "currency") == "NZD"
