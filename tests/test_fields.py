"""Field specs: kind inference, label variants and the validation of the fields argument."""

from __future__ import annotations

import pytest

import pdfkit_nb as pk
from pdfkit_nb.fields import infer_kind, label_variants, resolve_fields


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("invoice_date", "date"),
        ("date", "date"),
        ("due_date", "date"),
        ("issued", "date"),
        ("date_of_issue", "date"),
        ("total", "amount"),
        ("amount", "amount"),
        ("total_gross", "amount"),
        ("tax_amount", "amount"),
        ("price", "amount"),
        ("balance", "amount"),
        ("amount_due", "amount"),
        ("balance_due", "amount"),
        ("due_amount", "amount"),
        ("subtotal", "amount"),
        ("vat", "amount"),
        ("currency", "currency"),
        ("invoice_number", "id"),
        ("po_number", "id"),
        ("order_no", "id"),
        ("customer_id", "id"),
        ("vat_id", "id"),
        ("iban", "id"),
        ("quantity", "number"),
        # Money per unit, and things counted or measured, named as a user names them
        ("price_per_litre", "amount"),
        ("price_per_kwh", "amount"),
        ("demurrage_rate_per_day", "amount"),
        ("demurrage_days", "number"),
        ("net_bushels", "number"),
        ("litres_delivered", "number"),
        ("pallets_received", "number"),
        ("days_rate", "amount"),
        # A payout statement's deductions, and a rate against a named currency
        ("refunds", "amount"),
        ("chargebacks", "amount"),
        ("credits_applied", "amount"),
        ("payments_applied", "amount"),
        ("exchange_rate_usd", "number"),
        ("fx_rate", "number"),
        # A managed-print contract's meter counts
        ("mono_pages", "number"),
        ("color_pages", "number"),
        ("print_copies", "number"),
        ("vendor", "text"),
        ("seller_name", "text"),
        ("email", "text"),
    ],
    ids=lambda v: str(v),
)
def test_kind_is_inferred_from_the_name(name: str, kind: str) -> None:
    assert infer_kind(name) == kind


def test_label_variants_expand_abbreviations() -> None:
    variants = label_variants("po_number")
    assert variants[0] == "po number"
    assert {"p.o. no.", "purchase order number", "po #"} <= set(variants)
    assert label_variants("vendor") == ("vendor",)


def test_resolve_accepts_every_form() -> None:
    specs = resolve_fields(
        {
            "total": None,
            "po": r"PO-(\d+)",
            "due": pk.Field(kind="date", labels=["Payable by"]),
            "ref": {"kind": "id", "labels": ["Our ref"]},
        }
    )
    assert [s.name for s in specs.values()] == ["total", "po", "due", "ref"]
    assert specs["total"].kind == "amount" and specs["po"].kind == "id"  # "po": a PO number
    assert specs["due"].labels == ("Payable by",) and specs["ref"].kind == "id"
    assert list(resolve_fields("total")) == ["total"]
    # One string of comma-separated names, as the command line's -f takes them.
    assert list(resolve_fields("invoice_number, total,")) == ["invoice_number", "total"]
    # A set has no order of its own: its columns come sorted by name, the same every run.
    assert list(resolve_fields({"total", "invoice_date", "vendor"})) == [
        "invoice_date",
        "total",
        "vendor",
    ]
    assert list(resolve_fields([pk.Field(name="x", kind="text")])) == ["x"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ([], "no fields"),
        ([""], "non-empty strings"),
        (" , ", "no fields"),
        (["total", "total"], "given twice"),
        (["file"], "clashes"),
        ({"x": 3}, "must be a regex string"),
        ({"x": {"colour": "red"}}, "allowed keys"),
        ({"x": pk.Field}, "must be a regex string"),
        ([pk.Field(kind="text")], "needs a name"),
        (42, "list of names"),
    ],
    ids=[
        "empty",
        "blank",
        "commas-only",
        "twice",
        "reserved",
        "int-spec",
        "bad-key",
        "class",
        "unnamed",
        "int",
    ],
)
def test_bad_field_specs_say_what_to_do(fields: object, message: str) -> None:
    with pytest.raises(pk.FieldSpecError, match=message):
        resolve_fields(fields)


def test_unknown_kind_and_bad_regex() -> None:
    with pytest.raises(pk.FieldSpecError, match="unknown field kind 'money'"):
        pk.Field(kind="money")  # type: ignore[arg-type]
    with pytest.raises(pk.FieldSpecError, match="escape special characters"):
        pk.Field(pattern="(unclosed")


def test_a_compiled_pattern_works_like_its_text_flags_included() -> None:
    import re

    from pdfgen import text_pdf

    verbose = re.compile(r"INV - (\d+)  # the number after the dash", re.VERBOSE)
    specs = resolve_fields({"a": re.compile(r"INV-(\d+)"), "b": pk.Field(pattern=verbose)})
    assert specs["a"].pattern == r"INV-(\d+)"
    assert specs["b"].pattern == r"(?x)INV - (\d+)  # the number after the dash"
    pdf = text_pdf(["Invoice INV-0042", "Total: 5.00"])
    df = pk.extract_batch_sync([pdf], specs, progress=None, executor="thread")
    assert df[["a", "b"]].iloc[0].tolist() == ["0042", "0042"]  # it used to give nothing
    with pytest.raises(pk.FieldSpecError, match="must be text, not bytes"):
        pk.Field(pattern=re.compile(rb"INV"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Rechnungsdatum", "date"), ("Gesamtbetrag", "amount"), ("MwSt", "amount"),
     ("Fälligkeitsdatum", "date"), ("montant_ttc", "amount"), ("fecha", "date"),
     ("importe_total", "amount"), ("Kundennummer", "id"), ("Lieferant", "text")],
)  # fmt: skip
def test_field_names_in_other_languages_get_their_fields_kind(name: str, kind: str) -> None:
    assert infer_kind(name) == kind


def test_german_column_names_give_typed_columns() -> None:
    names = ["Rechnungsnummer", "Rechnungsdatum", "Gesamtbetrag", "MwSt", "Lieferant"]
    df = pk.extract_batch_sync(pk.samples_dir() / "rechnung_de.pdf", names, progress=None)
    assert [str(df[n].dtype) for n in names] == [
        "string", "datetime64[ns]", "float64", "float64", "string"
    ]  # fmt: skip
    assert df.loc[0, "Gesamtbetrag"] == 8105.33  # it was the string "8105.33"


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("amount_excl_vat", "subtotal"),
        ("subtotal_excl_vat", "subtotal"),
        ("subtotal_ex_gst", "subtotal"),
        ("net_amount_ht", "subtotal"),
        ("total_inc_gst", "total"),
        ("amount_incl_vat", "total"),
    ],
)
def test_before_and_after_tax_names_are_the_subtotal_and_the_total(name: str, concept: str) -> None:
    from pdfkit_nb.extractors._labels import concept_for_field

    assert concept_for_field(name) == concept
    assert infer_kind(name) == "amount"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("minimum_due", "amount"), ("customer_vat", "id"), ("value_at_start", "amount"),
     ("shares", "number"), ("brokerage", "amount"), ("ship_by", "date"), ("pnr", "id"),
     ("npi_number", "id")],
)  # fmt: skip
def test_an_alias_is_typed_as_the_name_whose_labels_it_shares(name: str, kind: str) -> None:
    # "minimum_due" was a date (its "due"), "customer_vat" an amount, "shares" text.
    assert infer_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("media_spend", "amount"), ("ad_spend", "amount"), ("cpm", "amount"),
     ("royalties_earned", "amount"), ("advance_recouped", "amount"),
     ("fees_collected", "amount"), ("units_sold", "number"), ("copies_sold", "number"),
     ("streams", "number"), ("impressions", "number"), ("spots", "number"),
     ("episodes", "number"), ("weeks", "number"), ("total_streams", "number"),
     ("page_views", "number"), ("site_name", "text"), ("licence_number", "id")],
)  # fmt: skip
def test_media_and_publishing_names_get_their_kind(name: str, kind: str) -> None:
    # Read as text before: what advertising costs, what became of a sum, what is counted.
    assert infer_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("freight_usd", "amount"), ("demurrage_usd", "amount"), ("customs_value_try", "amount"),
     ("freight_charges_usd", "amount"), ("iban_eur", "id"), ("exchange_rate_usd", "number"),
     ("pay_all", "text"), ("world_cup", "text"),
     ("monthly_repayment", "amount"), ("loan_repayments", "amount"),
     ("outstanding_before", "amount"), ("outstanding_after", "amount"),
     ("outstanding", "amount"), ("balance_opening", "amount"),
     ("retirement_savings", "amount"), ("retirement_savings_opening", "amount"),
     ("investment_return", "amount"), ("assessed_damage", "amount"),
     ("pension_fund", "amount"), ("mutual_fund", "text"), ("reserve_fund", "amount"),
     ("airport_of_departure", "text"), ("port_of_arrival", "text"),
     ("place_of_issue", "text"), ("eta", "date"), ("etd", "date"), ("eta_port", "text")],
)  # fmt: skip
def test_money_in_a_named_currency_and_a_loans_figures_are_amounts(name: str, kind: str) -> None:
    # Were text ("freight_usd", "monthly_repayment"), a date ("airport_of_departure", for its
    # "departure") or an amount ("mutual_fund", the fund's name); "eta" was text. A
    # "pension_fund" stays what a payslip pays into it, as it was.
    assert infer_kind(name) == kind


def test_an_aliased_amount_gives_a_number_column() -> None:
    from pdfgen import text_pdf

    pdf = text_pdf(["Statement", "Minimum due: 35.00", "Shares: 120"])
    df = pk.extract_batch_sync([pdf], ["minimum_due", "shares"], progress=None, executor="thread")
    assert (df.loc[0, "minimum_due"], df.loc[0, "shares"]) == (35.0, 120)
    assert str(df["minimum_due"].dtype) == "float64"
