"""The layout-aware rules extractor (``method="rules"``): labels, positions and value shapes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .._currency import CURRENCY_MARKER, currency_for_marker
from ..document import Document
from ..fields import Field, infer_kind, label_variants
from ..values import (
    clean_id,
    clean_text,
    guess_dayfirst,
    parse_amount,
    parse_currency,
    parse_date,
    parse_number,
)
from ._labels import (
    CONCEPTS,
    STRONG,
    TITLE_WORD,
    LabelInfo,
    concept_for_field,
    fold,
    label_book,
)
from ._layout import DocIndex, Hit, Tok, join, span_bbox
from ._parties import customer_names, guess_vendor, read_party
from .base import Extractor, FieldValue

__all__ = ["RULES_VERSION", "RulesExtractor"]

#: Bump when the rules change what they return: it is part of the cache key.
RULES_VERSION = "1"

_DIGIT = re.compile(r"\d")
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
_DECIMALS = re.compile(r"\d[.,]\d{2}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_PHONE_TOKEN = re.compile(r"^[+(]?[\d()./\-]+$")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_ID_LEAD = re.compile(r"^(?:no|nr|n°|num|number|nummer)\.?:?$")
_RIGHT, _BELOW = 1.0, 0.5


@dataclass
class _Cand:
    """A possible value for a field, with what is needed to rank it."""

    value: FieldValue
    weight: float
    rel: float
    page: int
    top: float
    x0: float
    currency: str | None = None


class RulesExtractor(Extractor):
    """Finds field values by their labels and their place on the page, with no model.

    Every page is searched. A value is the nearest run of words right of its label, or
    under it in the same column; its shape must fit the field's kind (a date field needs a
    date, an ``id`` field a token with digits). Totals prefer the last and strongest label
    ("Grand total" over "Total", never "Subtotal"); header fields (number, date, vendor)
    prefer the first page. A field's ``pattern`` is tried first; its ``labels`` replace the
    built-in ones; names without built-in knowledge are turned into labels
    (``po_number`` → "PO Number", "P.O. No.").

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
        return {name: run.field(name, spec) for name, spec in fields.items()}


class _Run:
    """One document under extraction: the index, the labels found, and document-level guesses."""

    def __init__(self, doc: Document, fields: Mapping[str, Field], dayfirst: bool | None):
        self.doc = doc
        self.index = DocIndex(doc)
        self.dayfirst_option = dayfirst
        extra: list[tuple[str, LabelInfo]] = []
        for name, spec in fields.items():
            own = f"field:{name}"
            if spec.labels:
                extra += [(lab, LabelInfo(own, STRONG)) for lab in spec.labels]
            elif concept_for_field(name) is None:
                extra += [(lab, LabelInfo(own, STRONG)) for lab in label_variants(name)]
        hits = self.index.find(label_book(tuple(extra)))
        self.stops = {(h.line.index, h.start): h.anchored for h in hits}
        self.by_concept: dict[str, list[tuple[Hit, LabelInfo]]] = {}
        for hit in hits:
            for info in hit.infos:
                if self._allowed(hit, info):
                    self.by_concept.setdefault(info.concept, []).append((hit, info))
        self.hits = hits
        self._dayfirst: bool | None = None
        self._dayfirst_done = False
        self._customers: set[str] | None = None
        self.decimal = self._guess_decimal()

    # ------------------------------------------------------------------ document guesses

    def _allowed(self, hit: Hit, info: LabelInfo) -> bool:
        if (info.anchored and not hit.anchored) or (info.closed and not hit.closed):
            return False
        if info.title:
            return self._after_title(hit)
        return True

    def _after_title(self, hit: Hit) -> bool:
        """Whether a title word ("Rechnung", "Invoice") precedes the label on its line with no
        other kind of label between: "Rechnung Nr. 42 vom 1.2.2024", not "Bestellung vom"."""
        toks = hit.line.toks
        title = next(
            (k for k in range(hit.start - 1, -1, -1) if TITLE_WORD.search(toks[k].folded)), None
        )
        if title is None:
            return False
        for other in self.index.hits_by_line.get(hit.line.index, ()):
            if title < other.start < hit.start and not all(
                i.title or i.concept == "invoice_number" for i in other.infos
            ):
                return False
        return True

    def _guess_decimal(self) -> str | None:
        marks = Counter(m.group()[1] for m in _DECIMALS.finditer(self.doc.text))
        if marks[","] > marks["."]:
            return ","
        return "." if marks["."] else None

    def dayfirst(self, spec: Field) -> bool | None:
        if spec.dayfirst is not None:
            return spec.dayfirst
        if self.dayfirst_option is not None:
            return self.dayfirst_option
        if not self._dayfirst_done:
            self._dayfirst = guess_dayfirst(_NUMERIC_DATE.findall(self.doc.text))
            self._dayfirst_done = True
        return self._dayfirst

    @property
    def customers(self) -> set[str]:
        if self._customers is None:
            self._customers = customer_names(self.index, self.by_concept.get("customer", []))
        return self._customers

    # ------------------------------------------------------------------ one field

    def field(self, name: str, spec: Field) -> FieldValue | None:
        kind: str = spec.resolved_kind
        concept = concept_for_field(name)
        if concept and kind == infer_kind(name):
            # The kind was only guessed from the name; what we know of the name is better
            # ("amount_due" is an amount although it contains "due").
            kind = CONCEPTS[concept].kind
        dayfirst = self.dayfirst(spec)
        if spec.regex is not None:
            found = self._pattern(spec, kind, dayfirst)
            if found is not None:
                return found
        key = f"field:{name}" if spec.labels or concept is None else concept
        policy = CONCEPTS[concept].policy if concept else "first"
        best = self._best(key, kind, concept, policy, dayfirst)
        if best is None and concept and key == concept and CONCEPTS[concept].fallback:
            fallback = CONCEPTS[concept].fallback or ""
            best = self._best(fallback, kind, fallback, CONCEPTS[fallback].policy, dayfirst)
        if best is not None:
            if kind == "currency" and best.value.value is None:
                best = None
            else:
                return best.value
        return self._fallback(concept, kind, dayfirst)

    def _best(
        self, key: str, kind: str, concept: str | None, policy: str, dayfirst: bool | None
    ) -> _Cand | None:
        cands = list(self._candidates(key, kind, concept, dayfirst))
        if not cands:
            return None
        if policy == "last":
            return max(cands, key=lambda c: (c.weight, c.rel, c.page, c.top))
        return max(cands, key=lambda c: (c.weight, c.rel, -c.page, -c.top, -c.x0))

    def _candidates(
        self, key: str, kind: str, concept: str | None, dayfirst: bool | None
    ) -> Iterator[_Cand]:
        for hit, info in self.by_concept.get(key, []):
            if concept in ("vendor", "customer") and kind == "text":
                party = read_party(self.index, hit, self.stops)
                if party is not None:
                    toks, rel = party
                    yield self._cand(hit, info, toks, clean_text(join(toks)), rel, "label")
                continue
            right = self.index.right_of(hit, self.stops)
            got = self._read(kind, concept, right, dayfirst)
            if got is not None:
                yield self._cand(hit, info, got[1], got[0], _RIGHT, "label-right", got[2])
                continue
            if not (hit.anchored and hit.closed):
                continue  # only a label standing alone in its cell heads a value below it
            if kind == "amount" and not self._amount_below_ok(hit):
                continue
            for _line, toks in self.index.below(hit):
                got = self._read(kind, concept, toks, dayfirst)
                if got is not None:
                    yield self._cand(hit, info, got[1], got[0], _BELOW, "label-below", got[2])

    def _cand(
        self, hit: Hit, info: LabelInfo, toks: list[Tok], value: Any, rel: float, rule: str,
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
        return _Cand(fv, info.weight, rel, hit.line.page, hit.line.top, hit.x0, currency)

    def _amount_below_ok(self, hit: Hit) -> bool:
        """A label over a column of amounts is a table header, not a key above its value."""
        line = hit.line
        for other, info in ((h, i) for h in self.hits for i in h.infos if h.line is line):
            if info.concept == "table_header" and other is not hit:
                return False
        under = self.index.below(hit, lines=2)
        amounts = sum(1 for _, toks in under if self._amounts(toks))
        return amounts < 2

    # ------------------------------------------------------------------ reading values

    def _read(
        self, kind: str, concept: str | None, toks: list[Tok], dayfirst: bool | None
    ) -> tuple[Any, list[Tok], str | None] | None:
        toks = [t for t in toks if not _PUNCT_ONLY.match(t.text)]
        if not toks:
            return None
        if concept == "email":
            for t in toks[:3]:
                m = _EMAIL.search(t.text)
                if m:
                    return m.group(), [t], None
            return None
        if concept == "phone":
            return self._read_phone(toks)
        if concept == "iban":
            return self._read_iban(toks)
        if kind == "date":
            return self._read_date(toks, dayfirst)
        if kind == "amount":
            found = self._amounts(toks)
            if not found:
                return None
            if concept in ("total", "amount_due"):
                value, used, cur = max(found, key=lambda f: abs(f[0]))
            else:
                value, used, cur = found[-1]
            return value, used, cur
        if kind == "id":
            return self._read_id(toks)
        if kind == "number":
            for t in toks[:2]:
                num = parse_number(t.text)
                if num is not None:
                    return num, [t], None
            return None
        if kind == "currency":
            for t in toks[:3]:
                cur = parse_currency(t.text)
                if cur:
                    return cur, [t], cur
            return None
        seg = [t for t in toks if t.seg == toks[0].seg]
        text = clean_text(join(seg).strip(" :;,|"))
        if text and sum(c.isalpha() for c in text) >= 2:
            return text, seg, None
        return None

    def _read_date(
        self, toks: list[Tok], dayfirst: bool | None
    ) -> tuple[Any, list[Tok], str | None] | None:
        window = toks[:7]
        date = parse_date(join(window), dayfirst=dayfirst)
        if date is None:
            return None
        end = next(
            e for e in range(1, len(window) + 1)
            if parse_date(join(window[:e]), dayfirst=dayfirst) == date
        )
        start = max(
            s for s in range(end) if parse_date(join(window[s:end]), dayfirst=dayfirst) == date
        )
        if start > 2:
            return None  # the date is far from the label: it belongs to something else
        return date, window[start:end], None

    def _amounts(self, toks: list[Tok]) -> list[tuple[float, list[Tok], str | None]]:
        """Money amounts among the words, each with its currency marker when printed beside."""
        strong: list[tuple[float, list[Tok], str | None]] = []
        weak: list[tuple[float, list[Tok], str | None]] = []
        for i, tok in enumerate(toks):
            if not _DIGIT.search(tok.text) or _DATE_SHAPE.search(tok.text):
                continue
            used = [tok]
            if i > 0 and _is_marker(toks[i - 1], tok):
                used.insert(0, toks[i - 1])
            if i + 1 < len(toks) and _is_marker(toks[i + 1], tok):
                used.append(toks[i + 1])
            amount = parse_amount(join(used), decimal=self.decimal)
            if amount is None:
                continue
            if amount.currency or _DECIMALS.search(tok.text):
                strong.append((amount.value, used, amount.currency))
            else:
                weak.append((amount.value, used, amount.currency))
        if strong:
            return strong
        return weak if len(weak) == 1 else []

    def _read_id(self, toks: list[Tok]) -> tuple[Any, list[Tok], str | None] | None:
        i = 0
        while i < len(toks) - 1 and _ID_LEAD.match(toks[i].folded):
            i += 1
        tok = toks[i]
        value = clean_id(tok.text.lstrip("#:"))
        if not value or not _DIGIT.search(value):
            return None
        if _DATE_SHAPE.fullmatch(value) or "%" in value:
            return None
        if CURRENCY_MARKER.match(value) and _DECIMALS.search(value):
            return None  # "$4.11": an amount, not an id
        return value, [tok], None

    def _read_phone(self, toks: list[Tok]) -> tuple[Any, list[Tok], str | None] | None:
        used = []
        for t in toks:
            if t.seg != toks[0].seg or not _PHONE_TOKEN.match(t.text):
                break
            used.append(t)
        text = join(used)
        if len(_DIGIT.findall(text)) < 6:
            return None
        return text, used, None

    def _read_iban(self, toks: list[Tok]) -> tuple[Any, list[Tok], str | None] | None:
        text = join(toks[:9])
        m = _IBAN.search(text)
        if not m:
            return None
        value = m.group().replace(" ", "")
        used = toks[: len(m.group().split()) + len(text[: m.start()].split())]
        return value, used or toks[:1], None

    # ------------------------------------------------------------------ patterns & fallbacks

    def _pattern(self, spec: Field, kind: str, dayfirst: bool | None) -> FieldValue | None:
        regex = spec.regex
        assert regex is not None
        for page in self.doc.pages:
            for m in regex.finditer(page.text):
                raw = m.group(1) if regex.groups and m.group(1) is not None else m.group()
                value = _convert(raw, kind, dayfirst, self.decimal)
                if value is None:
                    continue
                return FieldValue(
                    value, page.number, None, self._locate(raw, page.number), raw, "pattern"
                )
        return None

    def _locate(self, raw: str, page: int) -> tuple[float, float, float, float] | None:
        """The box of the words that spell ``raw`` on a page (for provenance)."""
        target = " ".join(raw.split())
        if not target:
            return None
        for line in self.index.pages[page - 1].lines:
            text = line.text
            pos = text.find(target)
            if pos < 0:
                continue
            starts, acc = [], 0
            for t in line.toks:
                starts.append(acc)
                acc += len(t.text) + 1
            used = [
                t for t, s in zip(line.toks, starts, strict=True)
                if s < pos + len(target) and s + len(t.text) > pos
            ]
            return span_bbox(used) if used else None
        return None

    def _fallback(self, concept: str | None, kind: str, dayfirst: bool | None) -> FieldValue | None:
        if kind == "currency":
            return self._currency()
        if concept == "vendor" and kind == "text":
            return guess_vendor(self.index, self.hits, self.customers)
        if concept == "invoice_date":
            return self._first_date(dayfirst)
        if concept in ("total", "amount_due") and kind == "amount":
            return self._largest_amount()
        if concept == "iban":
            return self._scan(_IBAN, lambda s: s.replace(" ", ""))
        if concept == "email":
            return self._scan(_EMAIL, str)
        return None

    def _currency(self) -> FieldValue | None:
        for concept in ("total", "amount_due"):
            best = self._best(concept, "amount", concept, "last", None)
            if best is None:
                continue
            cur = best.currency
            rule = "currency-symbol"
            if cur is None:
                line_hits = [h for h in self.hits if h.line.page == best.page]
                line = next((h.line for h in line_hits if h.line.top == best.top), None)
                cur = parse_currency(line.text) if line is not None else None
                rule = "currency-line"
            if cur:
                fv = best.value
                return FieldValue(cur, fv.page, fv.label, fv.bbox, fv.raw, rule)
            break
        counts: Counter[str] = Counter()
        first: dict[str, Tok] = {}
        for line in self.index.lines:
            for tok in line.toks:
                for m in CURRENCY_MARKER.finditer(tok.text):
                    code = currency_for_marker(m.group())
                    if code:
                        counts[code] += 1
                        first.setdefault(code, tok)
        if not counts:
            return None
        code = counts.most_common(1)[0][0]
        tok = first[code]
        return FieldValue(code, tok.page, None, span_bbox([tok]), tok.text, "currency-frequent")

    def _first_date(self, dayfirst: bool | None) -> FieldValue | None:
        avoid = {
            h.line.index
            for c in ("due_date", "other_date")
            for h, _ in self.by_concept.get(c, [])
        }
        due = {h.line.index for h, _ in self.by_concept.get("due_date", [])}
        # Dates on lines labelled for something else (order, delivery) only as a last resort.
        for skip in (avoid, due):
            for line in self.index.lines:
                if line.index in skip or not _DIGIT.search(line.text):
                    continue
                for s in range(len(line.toks)):
                    got = self._read_date(line.toks[s : s + 5], dayfirst)
                    if got is not None:
                        date, used, _ = got
                        return FieldValue(
                            date, line.page, None, span_bbox(used), join(used), "first-date"
                        )
        return None

    def _largest_amount(self) -> FieldValue | None:
        best: tuple[bool, float, list[Tok]] | None = None
        for line in self.index.lines:
            for value, used, cur in self._amounts(line.toks):
                if cur is None and not _DECIMALS.search(join(used)):
                    continue
                # An amount printed with its currency beats a bare number (a quantity).
                if best is None or (cur is not None, value) > best[:2]:
                    best = (cur is not None, value, used)
        if best is None:
            return None
        _, value, used = best
        return FieldValue(value, used[0].page, None, span_bbox(used), join(used), "largest-amount")

    def _scan(self, regex: re.Pattern[str], norm: Callable[[str], str]) -> FieldValue | None:
        for line in self.index.lines:
            m = regex.search(line.text)
            if m:
                raw = m.group()
                return FieldValue(
                    norm(raw), line.page, None, self._locate(raw, line.page), raw, "regex-scan"
                )
        return None


def _is_marker(tok: Tok, number: Tok) -> bool:
    """Whether ``tok`` is a currency sign or code printed right beside ``number``."""
    if tok.seg != number.seg or _DIGIT.search(tok.text):
        return False
    text = tok.text.strip("()")
    return len(text) <= 4 and CURRENCY_MARKER.fullmatch(text) is not None


def _convert(raw: str, kind: str, dayfirst: bool | None, decimal: str | None) -> Any:
    if kind == "date":
        return parse_date(raw, dayfirst=dayfirst)
    if kind == "amount":
        amount = parse_amount(raw, decimal=decimal)
        return amount.value if amount else None
    if kind == "number":
        return parse_number(raw)
    if kind == "currency":
        return parse_currency(raw)
    if kind == "id":
        return clean_id(raw)
    return clean_text(raw)


def _folded_words(text: str) -> str:
    return " ".join(fold(text).split())
