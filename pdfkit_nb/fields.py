"""Field specs: what the user asks for, its kind, and the labels that announce it in a document."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from ._currency import ISO_CODES
from .errors import FieldSpecError

__all__ = [
    "RESERVED_COLUMNS",
    "Field",
    "FieldKind",
    "infer_kind",
    "label_variants",
    "resolve_fields",
]

FieldKind = Literal["text", "date", "amount", "currency", "number", "id"]
KINDS: tuple[str, ...] = get_args(FieldKind)

#: Columns every result DataFrame has; a field may not take one of these names.
RESERVED_COLUMNS: tuple[str, ...] = (
    "file",
    "success",
    "error_type",
    "error",
    "pages",
    "sha256",
    "seconds",
    "cached",
)


@dataclass(frozen=True)
class Field:
    """What to extract for one column.

    Parameters
    ----------
    kind
        ``"text"``, ``"date"``, ``"amount"``, ``"currency"``, ``"number"`` or ``"id"``.
        ``None`` infers it from the field's name (``invoice_date`` → date, ``total`` → amount).
    labels
        Words that announce the value in a document (``["Invoice No", "Inv #"]``). Empty means
        the built-in knowledge for well-known fields, else labels derived from the name.
    pattern
        A regular expression searched in the page text; its first group (or the whole match)
        is the value. Tried before the label rules.
    dayfirst
        For ambiguous numeric dates such as ``03/04/2024``: ``True`` reads 3 April,
        ``False`` 4 March, ``None`` guesses from the other dates in the document.

    Examples
    --------
    >>> Field(kind="amount", labels=["Amount due"]).kind
    'amount'
    """

    kind: FieldKind | None = None
    labels: tuple[str, ...] = ()
    pattern: str | re.Pattern[str] | None = None
    dayfirst: bool | None = None
    name: str = field(default="", compare=True)

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise FieldSpecError(f"unknown field kind {self.kind!r}; use one of {', '.join(KINDS)}")
        if isinstance(self.labels, str):
            object.__setattr__(self, "labels", (self.labels,))
        else:
            object.__setattr__(self, "labels", tuple(self.labels))
        if isinstance(self.pattern, re.Pattern):
            object.__setattr__(self, "pattern", _pattern_text(self.pattern))
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                where = f" for field {self.name!r}" if self.name else ""
                raise FieldSpecError(
                    f"invalid regular expression{where}: {self.pattern!r} ({exc}); "
                    "escape special characters such as '.', '(' or '$' with a backslash"
                ) from exc

    @property
    def resolved_kind(self) -> FieldKind:
        """The kind, inferred from the name when not given."""
        return self.kind if self.kind is not None else infer_kind(self.name)

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled ``pattern`` (case-insensitive, multi-line), or ``None``."""
        if self.pattern is None:
            return None
        return re.compile(self.pattern, re.IGNORECASE | re.MULTILINE)

    def spec(self) -> dict[str, Any]:
        """A plain-dict form, stable across runs (used for cache keys and prompts)."""
        return {
            "name": self.name,
            "kind": self.resolved_kind,
            "labels": list(self.labels),
            "pattern": self.pattern,
            "dayfirst": self.dayfirst,
        }


#: Inline letters of the flags a compiled pattern may carry (IGNORECASE and MULTILINE are
#: always on for a field's pattern; str patterns are Unicode anyway).
_FLAG_LETTERS = ((re.ASCII, "a"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


def _pattern_text(pattern: re.Pattern[str]) -> str:
    """A compiled pattern as pattern text, its flags kept inline: ``re.compile("a b", re.X)``
    gives ``"(?x)a b"`` (a string is what cache keys and prompts can hold).

    >>> _pattern_text(re.compile("PO ([0-9]+)  # the order", re.VERBOSE))
    '(?x)PO ([0-9]+)  # the order'
    """
    if not isinstance(pattern.pattern, str):
        raise FieldSpecError(f"a field's pattern must be text, not bytes: {pattern.pattern!r}")
    letters = "".join(letter for flag, letter in _FLAG_LETTERS if pattern.flags & flag)
    return f"(?{letters}){pattern.pattern}" if letters else pattern.pattern


_DATE_NAME = re.compile(
    r"(^|_)(date|dated|issued|issue_date|due|datum|until|till|expiry|expires|expiration"
    r"|deadline|dob|check_in|check_out|checkin|checkout|arrival|departure"
    # A shipment's estimated times of arrival and departure: "eta", "etd", "eta_destination"
    r"|eta|etd)($|_)"
    # "date" run into a word ("invoicedate"), but not inside one: candidate, mandate.
    r"|(?<!candi)(?<!man)(?<!vali)(?<!consoli)(?<!accommo)(?<!liqui)date"
    r"|_(start|end|begin|beginning|ending)$|^period_(from|to)$|paid_(to|through)$"
)
#: Words of money: a name that is one ("tip", "premium") or ends in one ("gross_pay",
#: "closing_balance", "shipping_cost") names an amount.
_MONEY_WORDS = (
    "amount|total|price|balance|subtotal|sum|tax|taxes|vat|gst|hst|net|gross|fees?|costs?|paid"
    "|premium|tip|gratuity|discount|deposit|salary|wages?|charges?|rent|refunds?|surcharges?"
    "|payment|limit|principal|fare|billed|owed|owing|advance|reimbursement|responsibility"
    "|value|contributions?|interest|charged|withdrawals|deposits|credits|debits|earnings"
    "|income|dividends?|proceeds|commission|bonus|allowance|revenue|turnover|sales|profit|loss"
    "|ebitda|ebit|debt|expenses|expenditure|assets|liabilities|equity|per_share"
    "|igst|cgst|sgst|utgst|pst|qst|cess|excess|deductible|copay|coinsurance"
    "|instal+ments?|withholding|deductions?|retention|retainage|received|rebates?|prepayment|irpf"
    # What a tax or payroll form reports: "federal_tax_withheld", "nonemployee_compensation"
    "|withheld|deducted|compensation|premiums|rents|royalties|pension|benefits?|penalty"
    "|penalties|tips|overpayment|underpayment|reimbursable|claimed"
    # What getting the goods there costs: "shipping", "freight", "postage_and_handling"
    "|shipping|freight|postage|handling|carriage|tolls?"
    # A matching run's differences between invoice, order and receipt: "price_variance"
    "|variances?"
    # What a till gives back: "change_given", "change_due"
    "|change_given|change_due|change_returned"
    # A progress bill's figures: "previous_payments", "previous_certified", "retainage"
    "|payments|certified|certificates|retainage|holdback"
    # What an account pays out: an owner statement's "owner_distribution", a "payout"
    "|distributions?|disbursements?|payouts?"
    # What a claim's adjustments come to: "adjustments", "contractual_adjustment"
    "|adjustments?"
    # What a payment processor takes back: "chargebacks", "disputes_lost"
    "|chargebacks?"
    # An investor's figures: "realized_gain", "unfunded_commitment", "franking_credit",
    # "foreign_tax_credited", a bond's "nominal", "return_of_capital", "excess_margin", and
    # the levies on a trade (India's securities transaction tax, a financial transaction tax)
    "|gains?|commitments?|credit|credited|nominal|capital|margin|consideration|stt|ftt"
    # What a trip costs and pays back: a "tourism_levy", a "per_diem" allowance
    "|levy|levies|per_diem"
    # What advertising costs: "media_spend", "ad_spend", a price per thousand views ("cpm")
    "|spend|cpm|cpc|cpa"
    # What was bought in a period: a wholesaler's statement's "current_purchases"
    "|purchases"
    # What a payslip deducts, by the scheme's name: the UK's and Ireland's "paye", "usc",
    # "prsi", South Africa's "uif" and "medical_aid", the US "medicare" and "social_security"
    # (its number is an id: "social_security_number"), Australia's "superannuation"
    "|paye|payg|usc|prsi|uif|medicare|social_security|medical_aid|superannuation|super"
    # What a loan or a savings account shows: "monthly_repayment", "loan_repayments",
    # "outstanding" (the balance still owed), "retirement_savings"
    "|repayments?|outstanding|savings"
)
#: Words that make money of a name only after another word: "insurance_approved",
#: "amount_allowed", "patient_share", "insurance_estimate", a levy ("stamp_duty"),
#: "credits_applied", a tax's "capital_base", a "cost_basis"; alone, "approved" or "applied" is a
#: check box's yes or no and "share" a part ("net_shares" are counted, see _MEASURED). A
#: "sum_insured" is money, "insured" alone the insured party; a "monthly_lease" is the payment,
#: a "compulsory_insurance" its premium ("insurance" alone may name the insurer).
_MONEY_AFTER = (
    "approved|allowed|share|estimate|duty|duties|applied|base|basis|insured|lease|insurance"
    # What a public body or a school bills or grants: "rates_payable", "transitional_relief",
    # "pell_grant", "fee_subsidy" (alone, a "grant" or a "relief" may be named)
    "|payable|relief|grants?|subsidy|subsidies|bursary"
    # A car rental's cover bought by the day: "damage_waiver" (alone, a waiver is a form)
    "|waiver"
    # What hiring a thing costs: "cylinder_rental", "equipment_hire" (alone, a car hire firm)
    "|rental|hire"
    # What is shared out: a restaurant's "tronc_pool" or "tip_pool" (alone, a pool is a place)
    "|pool"
    # A tax or a deposit one gets back: "gst_claimable", "vat_recoverable", "bond_refundable"
    "|claimable|recoverable|refundable"
    # What an investment made or a loss came to: "investment_return", "assessed_damage" (alone,
    # a "return" may be a tax return, "damage" its description)
    "|returns?|damages?"
)
#: A name that is one of _MONEY_WORDS, or ends in one or in "pay", "rate" or "fund", names
#: an amount: "reserve_fund" is money, a bare "fund" may be the fund's name.
_AMOUNT_NAME = re.compile(
    rf"^(?:{_MONEY_WORDS}|due_amount)$"
    rf"|_(?:{_MONEY_WORDS}|{_MONEY_AFTER}|pay|rate|fund)$"
    # What is left of a sum, or taken from it: "allowance_used", "credit_remaining"
    rf"|^(?:{_MONEY_WORDS})_(?:used|remaining|available|left)$"
    # ... or what became of it: "royalties_earned", "advance_recouped", "fees_collected"
    rf"|^(?:{_MONEY_WORDS})_(?:earned|recouped|recovered|accrued|collected|invoiced|outstanding)$"
    r"|^(total|amount|grand_total|subtotal|tax|vat|net|gross|premium|sum)_"
)
#: Tax, company, personal, vehicle and payment numbers known by their acronym, which a field
#: may be named by ("seller_gstin", "vendor_rfc", "candidate_pesel", "student_curp",
#: "claimant_ico", a Spanish fee's "nrc", a Portuguese invoice's "atcud", a Norwegian "kid")
#: and which the document prints as the number's label ("CURP: GOHM120503HDFNRT09").
ID_ACRONYMS = frozenset(
    # Europe, North America, Australia and India
    {"abn", "acn", "gstin", "ein", "tin", "nip", "nif", "cif", "siren", "siret", "uid", "vin"}
    | {"ssn", "nino", "utr", "pesel", "regon", "krs", "ico", "dic", "oib", "cnp", "cui", "kvk"}
    | {"cvr", "nrc", "atcud"}
    # Latin America, the Gulf and Kenya
    | {"rfc", "curp", "cnpj", "cpf", "rut", "nit", "ruc", "cuit", "trn", "npwp", "pin"}
    | {"renavam"}
    # Russia, Ukraine and Kazakhstan
    | {"inn", "kpp", "ogrn", "iin", "edrpou"}
)
_ID_NAME = re.compile(
    r"number|_no$|_id$|_num$|_nr$|^id$|(^|_)(iban|bic|swift)$|(^|_)ref(erence)?$"
    rf"|(^|_)({'|'.join(sorted(ID_ACRONYMS))})$"
    # A vehicle's registration or plate: "191-D-48827", "4821 MLK".
    r"|(^|_)(registration|plate|reg)$"
    # A payment's reference number: the Czech and Slovak "variabilní symbol", a "KID".
    r"|(^|_)(symbol|kid)$"
)
_DUE_AMOUNT_NAME = re.compile(
    rf"(?:{_MONEY_WORDS})_(?:past_)?due|due_(amount|total|balance|sum)|^past_due$"
)
#: What a sum "to date" has come to, beside the words of money: work completed, billed.
_SO_FAR = re.compile(
    r"(^|_)(completed|billed|invoiced|earned|spent|drawn|claimed|certified|released)$"
)
#: An ageing bucket of a statement of account, named by its days: "days_31_60",
#: "over_90_days", "61_90_days", "days_91_plus", "aged_1_30" (money owed that long).
_AGEING_NAME = re.compile(
    r"^(?:(?:days|aged?|ageing|aging|bucket)_)?\d{1,3}_(?:\d{1,3}|plus)(?:_days)?$"
    r"|^(?:over|above|more_than|beyond)_\d{1,3}(?:_days)?$|^days_(?:over_)?\d{1,3}(?:_plus)?$"
)
#: A count of things: "number_of_cartons" is no identifier.
_COUNT_NAME = re.compile(r"(number|num|no|count)_of_")
#: What media and publishing count: "streams", "impressions", "spots", "copies_sold" (the
#: rules also read such a count printed before its noun: "184,250 impressions").
MEDIA_COUNTS = frozenset(
    {"impressions", "streams", "plays", "views", "clicks", "downloads", "insertions", "spots"}
    | {"episodes", "screens", "sites", "posts", "subscribers", "listeners", "followers"}
    | {"copies"}
)
#: What a kitchen's suppliers deliver and count: "kegs_delivered", "bottles" (the rules also
#: read such a count printed before its noun: "12 kegs").
SUPPLY_COUNTS = frozenset({"kegs", "crates", "bottles", "deliveries"})
#: Plural nouns of what is counted or measured in a quantity (not units: "net_bushels" keeps
#: its label "Net bushels").
_MEASURED = (
    "days|weeks|months|litres|liters|gallons|metres|meters|feet|acres|hectares|bushels|tonnes"
    "|tons|pallets|bags|bales|trips|loads|containers|animals|shares"
    # ... and what else a kitchen counts: cases, cylinders, lots at a fish auction, orders
    "|cases|cylinders|lots|transactions|orders|meals"
    # ... and people a payroll or a staffing agency counts: "headcount", "candidates"
    "|headcount|employees|candidates|participants|attendees|workers"
    f"|{'|'.join(sorted(MEDIA_COUNTS | SUPPLY_COUNTS))}|titles|licen[cs]es"
)
#: What a measure's word before it can still make money of: "days_rate", "pallets_charge".
_MONEY_NOUNS = "rate|price|cost|costs|fee|fees|charge|charges|amount|value"
#: Money per unit of something, and what the money is ("storage_rate" of
#: storage_rate_per_bushel_month): "price_per_litre", "demurrage_rate_per_day".
_PER_UNIT_NAME = re.compile(r"((?:.+_)?(?:price|rate|tariff|cost|fee|charge))_per_.+")
#: Measures and counts; a rate of interest or tax is a number (a percentage), a room's an amount.
_NUMBER_NAME = re.compile(
    # A restaurant's "covers" (diners) and a booking's "pax" are counted too.
    r"^(quantity|qty|count|pages|items|units|hours|nights|seats|cartons|pieces|packages|parcels"
    r"|covers|pax|guests|adults|children"
    r"|weight|reading|mileage|consumption|usage|volume|distance|points|odometer|passengers"
    r"|kwh|km|miles)$"
    r"|_(qty|count|quantity|weight|reading|units|nights|seats|pieces|packages|kwh|km|kg|hours"
    r"|points|odometer|mileage|miles|passengers|emissions|pages|prints|copies)$"
    # A vehicle's reading when it came and went: "mileage_in", "odometer_out"
    r"|^(mileage|odometer|km|miles)_(in|out|start|end|at_\w+)$"
    r"|^(hours|units|nights|seats|pieces|packages|parcels|cartons|items|pages|days|miles|kwh|km"
    r"|kg)_(total|sum|used|billed|worked|charged|sold|returned|shipped|ordered|delivered)$"
    # A measure or count alone: "weeks", "months", "streams", "shares"
    rf"|^(?:{_MEASURED})$"
    r"|^(total|sum)_(hours|nights|days|weeks|miles|km|kg|kwh|pages|items|units|pieces|packages"
    r"|parcels|cartons|seats|visits|trips|sessions|employees|quantity|qty|count)$"
    r"|^(interest|tax|vat|exchange|discount|coupon|drawdown|withdrawal|growth|yield)_rate$"
    r"|_percent(age)?$"
    # A rate against a named currency: "exchange_rate_usd", "fx_rate"
    r"|^(exchange|fx|conversion)_rate_[a-z]{3}$|^(fx|conversion)_rate$"
    # Things counted or measured, first or last: "demurrage_days", "net_bushels",
    # "line_extension_metres", "litres_delivered", "pallets_received" (not "days_rate").
    rf"|_(?:{_MEASURED})$|^(?:{_MEASURED})_(?!(?:{_MONEY_NOUNS})$)"
)


#: Things counted by what was done to them: "napkins_laundered", "kegs_returned",
#: "tickets_issued" (a plural money word before it, "fees_collected", is money: asked first).
_HANDLED_NAME = re.compile(
    r"[a-z]+[^s\W]s_(?:delivered|returned|laundered|collected|served|sold|shipped|received"
    r"|ordered|supplied|processed|completed|picked|washed|cleaned|emptied|inspected|attended"
    r"|booked|issued|printed|produced|packed|dispatched|despatched|loaded|consumed|rented)"
)
#: What a rate of tax is charged on, by the rate: "zero_rated_goods", "exempt_supplies".
_TAX_BASE_NAME = re.compile(
    r"(?:zero|standard|reduced|lower|higher)_rated_(?:goods|supplies|sales|services|items|base)"
    r"|(?:vat_|tax_)?exempt_(?:goods|supplies|sales|services|base)"
)


#: A place: "departure_station", "arrival_airport", "pickup_location" name where, not when
#: (their "departure" or "arrival" would make a date of them).
_PLACE_NAME = re.compile(
    r"_(station|port|airport|terminal|city|location|place|address|destination|origin|gate"
    r"|stop|country|venue|platform)$"
    # ... and named the other way round: "airport_of_departure", "port_of_arrival"
    r"|^(station|port|airport|terminal|city|place|country|point)_of_"
)
#: A party's tax number by its tax's name: "retailer_vat", "supplier_gst" (a "total_vat" or
#: a "line_gst" is money).
_PARTY_TAX_NUMBER = re.compile(
    r"^(supplier|seller|vendor|retailer|merchant|issuer|buyer|customer|client|recipient"
    r"|purchaser)_(vat|gst|hst|tva|btw|iva|mwst|ust|moms)$"
)
#: A name that ends in what is no amount though its first word is money's ("tax_code",
#: "payment_method", "total_name"): text (a code may be a word: "Apollo", "SPRING25").
_TEXT_NAME = re.compile(
    r"_(code|band|category|class|type|status|method|terms|mode|name|via|(?<!cost_)basis|year"
    r"|description"
    r"|notes?)$"
    # A kind of fund names the fund: "mutual_fund" is the one a statement is from (a
    # "reserve_fund" or a "sinking_fund" is money; so is a payslip's "pension_fund" or
    # "provident_fund", what was paid into it)
    r"|^(mutual|investment|hedge|index)_fund$"
)
#: ISO 4217 codes that are also English words: a name ending in one is money only when the
#: rest of it is ("customs_value_try"; not "pay_all", "world_cup").
_WORD_CODES = frozenset(
    {"all", "top", "cup", "mop", "bob", "gel", "try", "sos", "pen", "bam", "mad", "cad", "ang"}
    | {"dop", "nad", "gip", "pab", "lak", "ron"}
)
#: A state of a sum at a point: "outstanding_before", "balance_opening" (by the sum's name).
_SUM_AT = re.compile(r"_(?:before|after|opening|closing)$")


def infer_kind(name: str) -> FieldKind:
    """Guess a field's kind from its name.

    >>> [infer_kind(n) for n in ("invoice_date", "total", "currency", "po_number", "vendor")]
    ['date', 'amount', 'currency', 'id', 'text']
    >>> [infer_kind(n) for n in ("due_date", "amount_due", "balance_due", "quantity")]
    ['date', 'amount', 'amount', 'number']
    >>> [infer_kind(n) for n in ("amount_past_due", "past_due", "past_due_date")]
    ['amount', 'amount', 'date']
    >>> [infer_kind(n) for n in ("premium", "tip", "gross_pay", "pay_date", "opening_balance")]
    ['amount', 'amount', 'amount', 'date', 'amount']
    >>> [infer_kind(n) for n in ("valid_until", "expiry", "invoice_reference", "variable_symbol")]
    ['date', 'date', 'id', 'id']
    >>> [infer_kind(n) for n in ("room_rate", "interest_rate", "gross_weight", "seats")]
    ['amount', 'number', 'number', 'number']
    >>> [infer_kind(n) for n in ("billing_period_end", "lease_start", "period_to")]
    ['date', 'date', 'date']
    >>> [infer_kind(n) for n in ("tax_code", "payment_method", "tax_year", "account_name")]
    ['text', 'text', 'text', 'text']
    >>> [infer_kind(n) for n in ("water_usage_kl", "gas_therms", "usage", "hours_total")]
    ['number', 'number', 'number', 'number']
    >>> [infer_kind(n) for n in ("total_days", "total_miles", "total_items", "total_fees")]
    ['number', 'number', 'number', 'amount']
    >>> [infer_kind(n) for n in ("shipping", "freight", "shipping_method", "ship_date")]
    ['amount', 'amount', 'text', 'date']
    >>> [infer_kind(n) for n in ("irpf_withholding", "cis_deduction", "amount_received")]
    ['amount', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("federal_tax_withheld", "nonemployee_compensation", "rents")]
    ['amount', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("contract_sum_to_date", "paid_to_date", "valid_to_date")]
    ['amount', 'amount', 'date']
    >>> [infer_kind(n) for n in ("work_completed_to_date", "first_installment_due_date")]
    ['amount', 'date']
    >>> [infer_kind(n) for n in ("price_per_litre", "tariff_per_kwh", "demurrage_days")]
    ['amount', 'amount', 'number']
    >>> [infer_kind(n) for n in ("net_bushels", "litres_delivered", "pallets_received")]
    ['number', 'number', 'number']
    >>> [infer_kind(n) for n in ("candidate_name", "mandate", "invoicedate", "validated_by")]
    ['text', 'text', 'date', 'text']
    >>> [infer_kind(n) for n in ("insurance_approved", "patient_share", "adjustments")]
    ['amount', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("stamp_duty", "insurance_estimate", "insurance_points")]
    ['amount', 'amount', 'number']
    >>> [infer_kind(n) for n in ("approved_by", "estimate_number", "share_class", "duty_date")]
    ['text', 'id', 'text', 'date']
    >>> [infer_kind(n) for n in ("approved", "paid_approved", "share", "duty")]
    ['text', 'amount', 'text', 'text']
    >>> [infer_kind(n) for n in ("realized_gain", "unfunded_commitment", "franking_credit")]
    ['amount', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("cost_basis", "capital_base", "allowance_used", "nominal")]
    ['amount', 'amount', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("net_shares", "shares_withheld", "drawdown_rate", "coupon_rate")]
    ['number', 'number', 'number', 'number']
    >>> [infer_kind(n) for n in ("odometer", "mileage_in", "tow_miles", "kwh", "passengers")]
    ['number', 'number', 'number', 'number', 'number']
    >>> [infer_kind(n) for n in ("insured", "sum_insured", "monthly_lease", "renavam")]
    ['text', 'amount', 'amount', 'id']
    >>> [infer_kind(n) for n in ("compulsory_insurance", "insurance", "co2_emissions")]
    ['amount', 'text', 'number']
    >>> [infer_kind(n) for n in ("rates_payable", "transitional_relief", "pell_grant", "grant")]
    ['amount', 'amount', 'amount', 'text']
    >>> [infer_kind(n) for n in ("candidate_pesel", "student_curp", "claimant_ico", "atcud")]
    ['id', 'id', 'id', 'id']
    >>> [infer_kind(n) for n in ("departure_station", "retailer_vat", "covers", "per_diem")]
    ['text', 'id', 'number', 'amount']
    >>> [infer_kind(n) for n in ("tourism_levy", "damage_waiver", "departure_date")]
    ['amount', 'amount', 'date']
    >>> [infer_kind(n) for n in ("kegs_delivered", "napkins_laundered", "lots", "deliveries")]
    ['number', 'number', 'number', 'number']
    >>> [infer_kind(n) for n in ("card_transactions", "fees_collected", "cylinder_rental")]
    ['number', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("current_purchases", "zero_rated_goods", "rental_date")]
    ['amount', 'amount', 'date']
    >>> [infer_kind(n) for n in ("tronc_pool", "tip_pool", "pool")]
    ['amount', 'amount', 'text']
    >>> [infer_kind(n) for n in ("paye", "usc", "social_security", "social_security_number")]
    ['amount', 'amount', 'amount', 'id']
    >>> [infer_kind(n) for n in ("headcount", "candidates", "medical_aid", "superannuation")]
    ['number', 'number', 'amount', 'amount']
    >>> [infer_kind(n) for n in ("taxes_and_surcharges", "taxes", "surcharges", "tax_code")]
    ['amount', 'amount', 'amount', 'text']
    >>> [infer_kind(n) for n in ("days_31_60", "over_90_days", "61_90_days", "total_days")]
    ['amount', 'amount', 'amount', 'number']
    >>> [infer_kind(n) for n in ("released_to_date", "gst_claimable", "price_variance")]
    ['amount', 'amount', 'amount']

    A name the rules know as a document field, in any language they read, has that field's
    kind: a German user's columns are typed as an English user's are.

    >>> [infer_kind(n) for n in ("Rechnungsdatum", "Gesamtbetrag", "montant_ttc", "MwSt")]
    ['date', 'amount', 'amount', 'amount']
    """
    # Imported here: the extractors package imports this module.
    from .extractors._labels import CONCEPTS, concept_for_field, field_alias_of

    concept = concept_for_field(name)
    if concept is not None:
        return CONCEPTS[concept].kind  # type: ignore[return-value]
    # An alias is read under its row's labels, so it is typed as the row's first name is
    # ("minimum_due" as minimum_payment, an amount; not a date for its "due"). Unless that
    # says only "text": then the alias's own words may know more ("npi_number": an id).
    head = field_alias_of(name)
    if head is not None and (kind := infer_kind(head)) != "text":
        return kind
    n = name.strip().lower().replace("-", "_").replace(" ", "_")
    if n == "currency" or n.endswith("_currency") or n == "currency_code":
        return "currency"
    # A name with a currency code after it is money in that currency ("freight_usd",
    # "customs_value_try"), or what its other words name ("exchange_rate_usd", "iban_eur").
    base, _, code = n.rpartition("_")
    if base and code.upper() in ISO_CODES:
        kind = infer_kind(base)
        if code not in _WORD_CODES or kind != "text":
            return "amount" if kind == "text" else kind
    if _SUM_AT.search(n) and infer_kind(_SUM_AT.sub("", n)) == "amount":
        return "amount"
    if _COUNT_NAME.match(n):
        return "number"
    if per_unit_base(n) is not None:
        return "amount"  # money per unit: "price_per_litre", "tariff_per_kwh"
    words = name_words(n)
    if len(words) > 1 and words[-1] in UNIT_WORDS:
        return "number"  # a measure in a unit: "water_usage_kl", "gas_therms"
    # "_id"/"_number" wins over "date" words only when it is the suffix (vat_id, not id_date).
    if (_ID_NAME.search(n) and not n.endswith("date")) or _PARTY_TAX_NUMBER.match(n):
        return "id"
    # "amount_due"/"balance_due" are money, although "due" alone names a date; the date an
    # amount falls due ("first_installment_due_date") is a date.
    if _DUE_AMOUNT_NAME.search(n) and not n.endswith("date"):
        return "amount"
    if _AGEING_NAME.match(n):
        return "amount"  # what has been owed that long: "days_31_60", "over_90_days"
    # "paid_to_date", "contract_sum_to_date", a progress bill's "work_completed_to_date": money
    # so far, not a date
    base = n.removesuffix("_to_date")
    if base != n and (_AMOUNT_NAME.search(base) or _SO_FAR.search(base)):
        return "amount"
    if _PLACE_NAME.search(n):
        return "text"
    if _DATE_NAME.search(n) or n == "issued":
        return "date"
    # Before the amounts: "gross_weight", "tax_rate" and "total_count" are no money,
    # "tax_code" and "payment_method" no money either.
    if _TEXT_NAME.search(n):
        return "text"
    if _NUMBER_NAME.search(n):
        return "number"
    if _AMOUNT_NAME.search(n):
        return "amount"
    if _HANDLED_NAME.fullmatch(n):
        return "number"
    if _TAX_BASE_NAME.fullmatch(n):
        return "amount"
    return "text"


#: "Days" in the languages the rules read, as an ageing bucket's heading says it.
_DAYS_WORDS = ("days", "tage", "jours", "dias", "dagen", "giorni", "dni", "dagar", "dage", "dnu")
#: "Over" before a bucket's last day count: "Over 90 days", "Über 90 Tage", "Plus de 90 jours".
_OVER_WORDS = ("over", "more than", "older than", "uber", "plus de", "mas de", "oltre", "meer dan")


def ageing_labels(name: str) -> tuple[str, ...]:
    """The headings of an ageing bucket a field is named for, in the languages read:
    "31-60 days", "31 - 60 Tage" for days_31_60; "Over 90 days", "Über 90 Tage" for
    over_90_days (``()`` for any other name).

    >>> ageing_labels("days_31_60")[:2], ageing_labels("over_90_days")[0], ageing_labels("x")
    (('31-60 days', '31 to 60 days'), 'over 90 days', ())
    """
    n = name.strip().lower()
    if not _AGEING_NAME.match(n):
        return ()
    numbers = re.findall(r"\d{1,3}", n)
    if len(numbers) == 2:
        a, b = numbers
        return (f"{a}-{b} days", f"{a} to {b} days", *(f"{a}-{b} {w}" for w in _DAYS_WORDS[1:]))
    a = numbers[0]
    return tuple(f"{o} {a} {w}" for o in _OVER_WORDS for w in _DAYS_WORDS)


_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "number": ("number", "no", "no.", "nr", "nr.", "#", "num"),
    "no": ("no", "no.", "number", "#", "nr"),
    "num": ("num", "number", "no", "#"),
    "nr": ("nr", "nr.", "number", "no"),
    "id": ("id", "number", "no"),
    "po": ("po", "p.o.", "purchase order"),
    "bol": ("bol", "b/l", "bill of lading"),
    "awb": ("awb", "air waybill"),
    "vat": ("vat", "tva", "ust"),
    # Canada's sales taxes, as Quebec prints them too: TPS, TVQ, TVH
    "gst": ("gst", "tps"),
    "qst": ("qst", "tvq"),
    "hst": ("hst", "tvh"),
    "qty": ("qty", "quantity"),
    # A vehicle's: "Vehicle Rego : KLM482" (Australia, New Zealand), "Reg. No."
    "registration": ("registration", "rego", "reg", "reg."),
    "amt": ("amt", "amount"),
    # "TOTAL COMPLETED & STORED TO DATE" for total_completed_and_stored
    "and": ("and", "&"),
    # A figure after a change: "The new Contract Sum ... will be" for revised_contract_sum
    "revised": ("revised", "new", "adjusted"),
    # A tax form's "Federal income tax withheld" for federal_tax_withheld
    "tax": ("tax", "income tax", "taxes"),
    # Tax and social-security numbers, spelt out on forms: "Employer identification number"
    "ein": ("ein", "employer identification number", "fein"),
    "tin": ("tin", "taxpayer identification number", "tax identification number"),
    "ssn": ("ssn", "social security number"),
    "sin": ("sin", "social insurance number"),
    "nino": ("nino", "national insurance number", "ni number"),
    "pan": ("pan", "permanent account number"),
    "tan": ("tan", "tax deduction account number"),
    "abn": ("abn", "australian business number"),
    "ppsn": ("ppsn", "pps number", "personal public service number"),
    "utr": ("utr", "unique taxpayer reference"),
    # What is charged on top: "Late Charge" for a late_fee, "Service Fee" for service_charge
    "fee": ("fee", "charge"),
    "fees": ("fees", "charges"),
    "charge": ("charge", "fee"),
    "charges": ("charges", "fees"),
    # A document calls its addressee "you": "Your order ref.", "Your VAT no.", "Client no."
    "customer": ("customer", "client", "your"),
    # Units spelt out in the label: "Total kilos delivered" for total_kg.
    "kg": ("kg", "kilos", "kilograms", "kgs"),
    "km": ("km", "kilometres", "kilometers", "kms"),
    "first": ("first", "1st"),
    "second": ("second", "2nd"),
    "third": ("third", "3rd"),
    "fourth": ("fourth", "4th"),
}


#: Phrases of several words that documents print abbreviated (see ``_ABBREVIATIONS``).
_PHRASE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "bill of lading": ("b/l", "bol"),
    "purchase order": ("po", "p.o."),
    "air waybill": ("awb",),
    "delivery order": ("d/o", "do"),
    "repair order": ("ro", "r/o"),
}


def name_words(name: str) -> list[str]:
    """A field name's words, lower case: ``"Contract-No"`` and ``"contract_no"`` are
    ``["contract", "no"]``."""
    return [w for w in re.split(r"[_\-\s]+", name.strip().lower()) if w]


#: Words that alone name nothing in particular: "Nummer" is no vehicle's registration.
GENERIC_WORDS = frozenset({"number", "date", "total", "amount", "code", "name", "reference"})
#: Units a field's name may end in, that documents print beside the value instead of in the
#: label ("consumption_kwh": "Consumption 312 kWh", "gross_weight_kg": "Gross weight: 48.6 kg").
#: Units as symbols: "kg" and "KG" (a German limited partnership) fold alike.
UNIT_SYMBOLS = frozenset(
    {"kwh", "mwh", "kw", "kg", "lbs", "km", "gb", "mb", "m2", "m3", "sqm", "sqft", "smc"}
    | {"cm", "mm", "pct", "kl", "ml", "gal", "ccf", "hcf", "gj", "mj", "kvah", "lb"}
)
UNIT_WORDS = UNIT_SYMBOLS | frozenset(
    {"litres", "liters", "tonnes", "hours", "percent", "gallons", "therms", "tons"}
    | {"miles", "kilometres", "kilometers"}
)


def per_unit_base(name: str) -> str | None:
    """What a field of money per unit names the money by, or ``None`` for another field.

    >>> per_unit_base("storage_rate_per_bushel_month"), per_unit_base("Price per kWh")
    ('storage_rate', 'price')
    >>> per_unit_base("earnings_per_share"), per_unit_base("unit_price")
    (None, None)
    """
    m = _PER_UNIT_NAME.fullmatch("_".join(name_words(name)))
    return m[1] if m else None


def without_unit(name: str) -> list[str]:
    """A field name's words without a unit it ends in, or all of them.

    >>> without_unit("gross_weight_kg"), without_unit("price_per_kwh"), without_unit("kg")
    (['gross', 'weight'], ['price', 'per', 'kwh'], ['kg'])
    """
    words = name_words(name)
    if len(words) > 1 and words[-1] in UNIT_WORDS and words[-2] != "per":
        return words[:-1]
    return words


#: Words that, without "amount" after them, label other things than the amount.
_GENERIC_STEMS = frozenset(
    {"payment", "invoice", "order", "total", "due", "balance", "paid", "line", "item", "unit"}
    | {"contract", "account", "bill", "credit", "debit", "document", "transaction", "check"}
)


def label_variants(name: str) -> tuple[str, ...]:
    """Labels a field name may appear as in a document, most specific first.

    >>> label_variants("po_number")[:3]
    ('po number', 'po no', 'po no.')
    >>> label_variants("pst_amount")
    ('pst amount', 'pst')
    """
    words = name_words(name)
    if not words:
        return ()
    variants: list[list[str]] = [[]]
    for w in words:
        options = _ABBREVIATIONS.get(w, (w,))
        variants = [[*v, o] for v in variants for o in options]
        if len(variants) > 64:  # pathological names: keep the most literal readings only
            variants = variants[:64]
    seen: dict[str, None] = {}
    for v in variants:
        # A word the next one's spelt-out form repeats is said once: "employer_ein" as
        # "Employer identification number", not "employer employer identification number".
        words_of = " ".join(v).split()
        said = [w for k, w in enumerate(words_of) if k == 0 or w != words_of[k - 1]]
        seen.setdefault(" ".join(said), None)
    for label in list(seen):
        # A phrase of the name as it is abbreviated: "bill_of_lading_number" as "B/L No."
        for phrase, shorts in _PHRASE_ABBREVIATIONS.items():
            if f" {phrase} " in f" {label} ":
                for short in shorts:
                    spelt = f" {label} ".replace(f" {phrase} ", f" {short} ")
                    seen.setdefault(spelt.strip(), None)
    if len(words) > 1 and words[-1] == "count":
        # A count as it is printed: "Number of students: 2" for student_count.
        counted = "_".join([*words[:-2], _plural(words[-2])])
        for label in label_variants(f"number_of_{counted}"):
            seen.setdefault(label, None)
    if len(words) > 1 and words[-1] in ("amount", "amt") and words[-2] not in _GENERIC_STEMS:
        # The kind, not the name: "PST 7% on 2,757.40 193.02" for a field pst_amount (not
        # "Payment No. 2000047712" for payment_amount).
        for v in variants:
            seen.setdefault(" ".join(v[:-1]), None)
    return tuple(seen)


def _plural(word: str) -> str:
    """An English noun's plural, by the regular rules ("student" → "students", "party" →
    "parties", "box" → "boxes"); a word that ends in "s" already stays."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def resolve_fields(fields: Any) -> dict[str, Field]:
    """Normalise the ``fields`` argument to ``{name: Field}`` with names set and kinds resolved.

    Accepts a list of names, a dict of name → regex string / ``Field`` / ``None`` / dict of
    ``Field`` keywords, or a single string of one name or comma-separated names (as the
    command line's ``-f`` takes them).

    >>> resolve_fields(["total", "invoice_date"])["total"].resolved_kind
    'amount'
    >>> list(resolve_fields("invoice_number, total"))
    ['invoice_number', 'total']
    >>> resolve_fields({"po": r"PO[-\\s]?(\\d+)"})["po"].pattern
    'PO[-\\\\s]?(\\\\d+)'
    """
    if isinstance(fields, str):
        items: list[tuple[str, Any]] = [(name, None) for name in fields.split(",")]
        if len(items) > 1:  # "total," and ",total" are a slip, not an empty field name
            items = [(name, spec) for name, spec in items if name.strip()]
    elif isinstance(fields, Mapping):
        items = list(fields.items())
    elif isinstance(fields, Iterable):
        if isinstance(fields, (set, frozenset)):
            # A set has no order (and str hashing changes per process): columns by name.
            fields = sorted(fields, key=lambda e: e.name if isinstance(e, Field) else str(e))
        items = []
        for entry in fields:
            if isinstance(entry, Field):
                if not entry.name:
                    raise FieldSpecError(
                        "a Field in a list needs a name: use Field(..., name='total') "
                        "or pass a dict {'total': Field(...)}"
                    )
                items.append((entry.name, entry))
            else:
                items.append((entry, None))
    else:
        raise FieldSpecError(
            "fields must be a list of names or a dict of name -> spec, "
            f"not {type(fields).__name__}; "
            "e.g. ['invoice_number', 'total'] or {'total': pk.Field(kind='amount')}"
        )
    if not items:
        raise FieldSpecError(
            "no fields asked for: pass at least one, e.g. ['invoice_number', 'total']"
        )
    out: dict[str, Field] = {}
    for name, spec in items:
        if not isinstance(name, str) or not name.strip():
            raise FieldSpecError(f"field names must be non-empty strings, got {name!r}")
        name = name.strip()
        if name in RESERVED_COLUMNS:
            raise FieldSpecError(
                f"field name {name!r} clashes with a result column; rename it "
                f"(reserved: {', '.join(RESERVED_COLUMNS)})"
            )
        if name in out:
            raise FieldSpecError(f"field {name!r} is given twice")
        out[name] = _to_field(name, spec)
    return out


def _to_field(name: str, spec: Any) -> Field:
    if spec is None:
        base = Field()
    elif isinstance(spec, Field):
        base = spec
    elif isinstance(spec, str):
        base = Field(pattern=spec)
    elif isinstance(spec, re.Pattern):
        base = Field(pattern=spec)  # Field keeps its flags as text
    elif isinstance(spec, Mapping):
        try:
            base = Field(**spec)
        except TypeError as exc:
            raise FieldSpecError(
                f"bad spec for field {name!r}: {exc}; "
                "allowed keys are kind, labels, pattern, dayfirst"
            ) from exc
    else:
        raise FieldSpecError(
            f"spec for field {name!r} must be a regex string, a pk.Field or None, "
            f"not {type(spec).__name__}"
        )
    resolved = replace(base, name=name)
    return replace(resolved, kind=resolved.resolved_kind)
