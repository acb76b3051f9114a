"""Page geometry for the rules extractor: lines, label sightings, and the words beside or below."""

from __future__ import annotations

import itertools
import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter

from .._bidi import is_latin, mostly_rtl
from .._currency import CURRENCY_MARKER
from ..document import Document, Word
from ..fields import UNIT_SYMBOLS
from ._labels import CONCEPTS, MEDIUM, TOKEN, LabelBook, LabelInfo, fold, word_tokens

__all__ = ["DocIndex", "Hit", "LineRec", "Tok", "join", "opens_box", "span_bbox", "without_gloss"]

#: A gap wider than this many word heights starts a new segment (a new cell or column).
SEGMENT_GAP = 0.8
#: The signs of a sum spelled out in a row of headings.
_OPERATORS = frozenset({"+", "-", "–", "−", "=", "×"})
#: A group of an amount's thousands printed apart ("16 187,86", "1 234 567,00").
_GROUP = re.compile(r"\d{1,3}")
#: A word of a typed rule: dashes, equals signs or underscores only.
_RULE = re.compile(r"[-=_–—]{3,}")
_LEADER_DOTS = re.compile(r"\w\.\.+\w|\.\.+\w|\w\.\.+")
_LEADER_RUN = re.compile(r"\.{4,}")
_LEADER_KEY = re.compile(r"[.…]{2,}\s?[:：]")
#: A unit after a label, as one word ("/Nacht") or two ("/ Nacht", "per night").
_PER_GLUED = re.compile(r"/[^\W\d_]+")
_PER = re.compile(r"/|per|pro|par")
#: A form's mark of a required field after its label.
_REQUIRED = frozenset({"*", "**", "(*)", "*:", "(required)"})
#: A possessive's ending, which names whose a label is ("Employee's", "PAYER'S", "Customers'").
POSSESSIVE = ("'s", "\u2019s", "s'")
#: A form's box number or letter before its caption: "1", "12a", "16A", "b", and in
#: brackets as a bill of lading or a certificate of origin numbers its boxes: "(7)", "7)".
_BOX_NUMBER = re.compile(r"\d{1,2}[A-Za-z]?|[a-f]|\(\d{1,2}[A-Za-z]?\)|\d{1,2}\)|\([a-f]\)")
#: German's ending for both genders after a label: "Mitarbeiter/in", "Kund:in", "Nutzer*innen".
_GENDERED = re.compile(r"[/:*]-?in(?:nen)?[.:]?")
_INNER_DASH = re.compile(r"(?<=\w)\u2014(?=\w)")
_MAX_LABEL_TOKENS = 8
#: The code of an EN 16931 business term or group, which e-invoice viewers (XRechnung,
#: ZUGFeRD) print beside each label ("Rechnungsnummer: BT-1"); cut at a wrap ("BT-").
_BUSINESS_TERM = re.compile(r"(?<![^:])B[TG]-\d{0,3}$")
_DIGIT = re.compile(r"\d")
#: A word that ends an amount with its cents: "4 318,55", "1,463.692".
_CENTS_END = re.compile(r"\d[.,]\d{2,3}\)?$")
#: One Chinese character (a kanji, a hanzi).
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: A negating prefix joined to a word by a hyphen: "NON-VAT" charges are no VAT.
_NEGATED = re.compile(r"(?<![^\W\d_])(?:non|nicht|niet|no|sin|sem|senza)-$")
#: What makes a label written on to it (CJK writes no spaces) the last period's: the
#: "請求額" of "前回御請求額" is the previous bill, not this one.
_EARLIER = re.compile(r"(?:前回|前月|전월|上期|上月)[御ご]?$")
_X0 = attrgetter("x0")


_OPENING, _CLOSING = frozenset("(（"), frozenset(")）")
#: Money in a few words: a currency sign, or a figure with decimals or grouped thousands.
_MONEY_IN = re.compile(r"[¥$€£₹₩]\s?\d|\d[.,]\d\d(?!\d)|\d{1,3}(?:[,.’']\d{3})+(?!\d)")


def _bracket_open_before(hit: Hit) -> bool:
    """Whether a bracket opened before the label on its line is still open after it: in the
    label's own word ("¥355,000（消費税"), or in the words before; not one the label's words
    close ("Ngày (Date) 24 tháng …")."""
    text = "".join(t.text for t in hit.line.toks[: hit.end + 1])
    opened = sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)
    return opened > 0


def _runs_on(out: list[Tok], line: LineRec) -> bool:
    """Whether the words after a label are a short word or two that run it on to the next
    line ("Acompte versé le" / "06/10/2025"), ending the line."""
    return (
        len(out) <= 2
        and out[-1] is line.toks[-1]
        and all(len(t.text) <= 4 and t.text.isalpha() and t.text.islower() for t in out)
    )


#: The first of the CJK scripts' code points (radicals, punctuation, kana, ideographs, Hangul
#: and full-width forms all come after it).
_CJK_FIRST = "\u2e80"


@dataclass(slots=True)
class Tok:
    """A word as the rules see it: cleaned text, folded text, box and font."""

    text: str
    folded: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    page: int
    seg: int = 0  # segment number within its line

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class LineRec:
    """One line of words, with its place in the document."""

    toks: list[Tok]
    page: int
    index: int  # position in DocIndex.lines
    number: int  # position on its page
    top: float
    bottom: float
    _text: str | None = field(default=None, repr=False, compare=False)
    _folded: str | None = field(default=None, repr=False, compare=False)
    _cells: list[list[Tok]] | None = field(default=None, repr=False, compare=False)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        """The words' text, one space between (kept once asked for: some rules ask often)."""
        if self._text is None:
            self._text = join(self.toks)
        return self._text

    @property
    def folded(self) -> str:
        """The words' folded text, one space between: ``fold_text(text)``, folded once (kept,
        as ``text``)."""
        if self._folded is None:
            self._folded = " ".join([t.folded for t in self.toks])
        return self._folded

    def segment(self, seg: int) -> list[Tok]:
        return [t for t in self.toks if t.seg == seg]

    def cells(self) -> list[list[Tok]]:
        """The line's segments, left to right, each its words (kept, as ``text``: the search
        for wrapped headings asks every line several times)."""
        if self._cells is None:
            out: list[list[Tok]] = []
            for tok in self.toks:
                if out and out[-1][-1].seg == tok.seg:
                    out[-1].append(tok)
                else:
                    out.append([tok])
            self._cells = out
        return self._cells


def _stacked_infos(infos: tuple[LabelInfo, ...]) -> tuple[LabelInfo, ...]:
    """A wrapped heading's meanings; one of a built-in amount is weaker than a label on one
    line: "Celkem s / DPH" over line items is a column, "Celkem k úhradě" the total."""
    return tuple(
        replace(i, weight=min(i.weight, MEDIUM))
        if i.concept in CONCEPTS and CONCEPTS[i.concept].kind == "amount"
        else i
        for i in infos
    )


def _longer_label(
    run: str, cell: list[Tok], book: LabelBook
) -> tuple[str, tuple[int, int, str] | None]:
    """``run`` grown by the words of ``cell`` while it can still become a label, and the
    longest label reached: (index of its last word in the cell, chars of that word, key)."""
    best = None
    for i, tok in enumerate(cell):
        for part, end in word_tokens(tok.folded):
            run += part
            if run not in book.prefixes:
                return run, best
            if run in book.labels:
                best = (i, end, run)
    return run, best


def _aligned(a0: float, a1: float, x0: float, x1: float) -> bool:
    """Whether a cell ``a0..a1`` stands under one at ``x0..x1``: most of the narrower one's
    width shared (flush left, centred or flush right)."""
    return min(a1, x1) - max(a0, x0) >= 0.5 * min(a1 - a0, x1 - x0)


@dataclass(slots=True)
class Hit:
    """A label seen on a line: words ``start..end`` (inclusive), ``cut`` chars of the last."""

    line: LineRec
    start: int
    end: int
    cut: int
    key: str
    infos: tuple[LabelInfo, ...]
    #: The top of a label's first line when it wraps onto this one from lines above.
    top: float | None = None
    #: Where the label's cell ends when a slash and the label in a second language follow
    #: (see :func:`_translation_end`).
    translated_to: int | None = None

    @property
    def x0(self) -> float:
        return self.line.toks[self.start].x0

    @property
    def x1(self) -> float:
        last = self.line.toks[self.end]
        if self.cut >= len(last.folded):
            return last.x1
        return last.x0 + (last.x1 - last.x0) * self.cut / max(len(last.folded), 1)

    @property
    def text(self) -> str:
        words = [t.text for t in self.line.toks[self.start : self.end + 1]]
        last = self.line.toks[self.end]
        words[-1] = words[-1][: _raw_cut(last, self.cut)]
        return " ".join(words)

    @property
    def after(self) -> str:
        """What its last word holds after the label ("):" of "(IBAN):")."""
        last = self.line.toks[self.end]
        return last.text[_raw_cut(last, self.cut) :]

    @property
    def in_brackets(self) -> bool:
        """Whether the label stands alone in brackets: "(IBAN)", "(brutto)"."""
        return self.line.toks[self.start].text.startswith("(") and ")" in self.after[:2]

    @property
    def colon(self) -> bool:
        """Whether a colon ends the label ("Seller:", "Bill To :"), also set apart in a
        column of keys in a fixed-width font ("Customer      : Nomvula Dlamini")."""
        if ":" in self.after[:2]:
            return True
        k, toks = self.end + 1, self.line.toks
        # Across a gap, or ending the label's cell with French spacing, the value in the next
        # ("Navire :  CMA CGM TAGE"); not "hôte : H-40719385", which keeps its old reading.
        return (
            not self.after
            and k < len(toks)
            and toks[k].text in (":", "：")
            and (
                toks[k].seg != toks[self.end].seg
                or k + 1 == len(toks)
                or toks[k + 1].seg != toks[k].seg
            )
        )

    @property
    def counts_here(self) -> bool:
        """Whether the sighting counts where it stands: closed by a colon or its cell's end,
        or with a meaning that is not a key only ("Hotel" of "Hotel Seeblick Weggis AG" is
        none; see :attr:`LabelInfo.key_only`)."""
        return self.closed or not all(i.key_only for i in self.infos)

    @property
    def ends_word(self) -> bool:
        """Whether the label ends where its last word does (a trailing "." or ":" aside),
        not inside it ("Nr" in "Nrn")."""
        rest = self.line.toks[self.end].folded[self.cut :]
        return not any(map(str.isalnum, rest)) or _GENDERED.fullmatch(rest) is not None

    @property
    def closed(self) -> bool:
        """Whether the label ends with a colon or ends its segment ("Seller:", "Bill to  |",
        "Tax (19%)  |"), rather than running on into other words of the same cell."""
        return self._closed(unit=False)

    @property
    def heads_unit(self) -> bool:
        """:attr:`closed`, or ending its cell with the unit it is counted in ("Zimmerpreis /
        Nacht", "Rate per night"): a column heading. Not a label beside its value: in
        "Issued by / Date  Baltic Skyways" the word after the slash is another label."""
        return self._closed(unit=True)

    def _closed(self, *, unit: bool) -> bool:
        if self.colon:
            return True
        if not self.ends_word:
            return False
        toks = self.line.toks
        last = toks[self.end]
        k = self.end + 1
        if k < len(toks) and toks[k].seg == last.seg and toks[k].text in _REQUIRED:
            k += 1  # a form's mark of a required field: "Date of loss *"
        if k < len(toks) and _LEADER_KEY.fullmatch(toks[k].text):
            return True  # dots led to its colon: "ALBARAN ..........: ALB-25-06612"
        # A bracket glued to the label opens its qualifier too: "補充保費（2.11%）".
        rest = last.folded[self.cut :]
        glued = "(" in rest and ")" not in rest[rest.rindex("(") :]
        if glued or (k < len(toks) and toks[k].seg == last.seg and toks[k].folded[:1] == "("):
            while k < len(toks) and toks[k].seg == last.seg and ")" not in toks[k].folded:
                k += 1  # a qualifier such as "(19%)" or "(incl. VAT)" belongs to the label
            if k < len(toks) and toks[k].text.endswith((":", "：")):
                return True  # a gloss and the colon: "Tên đơn vị (Company name):"
            k += 1
        elif unit and k < len(toks) and toks[k].seg == last.seg:
            if (
                _PER_GLUED.fullmatch(toks[k].folded)
                or CURRENCY_MARKER.fullmatch(toks[k].text)
                or toks[k].folded in UNIT_SYMBOLS
            ):
                k += 1  # "Zimmerpreis /Nacht", "Balance £", "Waga brutto kg"
            elif _PER.fullmatch(toks[k].folded) and k + 1 < len(toks):
                k += 2 if toks[k + 1].seg == last.seg else 1  # the unit: "/ Nacht"
        if k >= len(toks) or toks[k].seg != last.seg:
            return True
        if toks[k].text == "/" and (k + 1 >= len(toks) or toks[k + 1].seg != last.seg):
            return True  # a slash ends the cell, its translation under it: "Bill To /"
        if self.translated_to is not None:
            return True
        return toks[k].text.startswith(":")

    @property
    def numbered(self) -> bool:
        """Whether the label opens a form's box after the box's number or letter ("1 Wages,
        tips, other compensation", "b Employer identification number")."""
        toks = self.line.toks
        k = self.start - 1
        if k >= 1 and toks[k].folded.endswith(POSSESSIVE) and toks[k].seg == toks[k - 1].seg:
            k -= 1  # whose: "16 Employee's CPP contributions"
        # The number in the caption's cell, or right before it in a cell of its own.
        near = k >= 0 and (toks[k].seg == toks[self.start].seg or k == self.start - 1)
        return near and opens_box(toks, k)

    @property
    def anchored(self) -> bool:
        """Whether the label starts its line or its column, or a form's box after the box's
        number or letter ("1 Wages, tips, other compensation", "b Employer identification
        number")."""
        toks = self.line.toks
        if self.start == 0 or toks[self.start - 1].seg != toks[self.start].seg:
            return True
        if self.numbered:
            return True
        k = self.start - 1
        number = toks[k].text
        # A form's numbered field: "1. Anställd  Johan Ekström" (a string test, not a regex:
        # this property is asked for every sighting).
        if (
            2 <= len(number) <= 3
            and number[-1] in ".)"
            and number[:-1].isdigit()
            and (k == 0 or toks[k - 1].seg != toks[k].seg)
        ):
            return True
        # A heading of a row that spells a sum: "PREVIOUS BALANCE + CHARGES - CREDITS = NEW
        # BALANCE" over the four amounts.
        return toks[k].text in _OPERATORS and (k == 0 or toks[k - 1].seg != toks[k].seg)


#: A run of left-to-right words on a mirrored page: its line's top and bottom, its span
#: ``x0..x1`` as laid out, and what to add to an x inside it for the page's own x.
_LatinRun = tuple[float, float, float, float, float]


@dataclass
class PageRec:
    number: int
    width: float
    height: float
    lines: list[LineRec] = field(default_factory=list)
    #: Set when the page is read right to left and was mirrored (see :func:`_mirrored_lines`):
    #: its runs of left-to-right words, kept in their own order.
    mirrored: list[_LatinRun] | None = None
    #: Party headings printed downwards, read as one word (see :func:`_stacks_read`): the
    #: word's left edge and top, and the bottom of its last character.
    stacks: list[tuple[float, float, float]] = field(default_factory=list)

    def page_x(self, x: float, top: float, bottom: float) -> float:
        """Where an x of the index lies on the page itself (the same, unless mirrored)."""
        if self.mirrored is None:
            return x
        for r_top, r_bottom, x0, x1, shift in self.mirrored:
            if r_top < bottom and top < r_bottom and x0 - 0.01 <= x <= x1 + 0.01:
                return x + shift
        return self.width - x


def _mirrored_lines(words: list[Word], width: float) -> tuple[list[list[Word]], list[_LatinRun]]:
    """A right-to-left page's lines (Hebrew, Arabic) laid out as if set left to right.

    Every rule reads a value after its label, right of it or below it. On a page read right
    to left, a value stands left of its label ("30217 :מספר חשבונית"), so the page is
    mirrored: each word's box turned about the page's middle. Words in Latin letters keep
    their own order, as the bidirectional algorithm keeps it: a run of them ("IBAN: IL62
    0108", "Galil Cloud Ltd.") keeps its span, mirrored, and its words' places inside it; a
    line mostly in Latin letters is one such run. Numbers between right-to-left words stand
    alone, as in :func:`pdfkit_nb._bidi.logical_line`.

    Returns the lines, each sorted left to right as laid out, and the runs kept in order.
    """
    flipped = [replace(w, x0=width - w.x1, x1=width - w.x0) for w in words]
    lines = _word_lines(flipped)
    runs: list[_LatinRun] = []
    for line in lines:
        latin = [is_latin(w.text) for w in line]
        if not any(latin):
            continue
        groups: list[list[int]] = []
        if not mostly_rtl(" ".join([w.text for w in line])):
            groups.append(list(range(len(line))))
        else:
            for k, this in enumerate(latin):
                if not this:
                    continue
                if groups and groups[-1][-1] == k - 1:
                    groups[-1].append(k)
                else:
                    groups.append([k])
        for group in groups:
            if len(group) < 2:
                continue  # one word: its own box, mirrored, is its place
            x0 = min(line[k].x0 for k in group)
            x1 = max(line[k].x1 for k in group)
            shift = width - x1 - x0  # the page's x of a word's left edge, less its x here
            for k in group:
                w = line[k]
                line[k] = replace(w, x0=width - w.x1 - shift, x1=width - w.x0 - shift)
            top = min(line[k].top for k in group)
            bottom = max(line[k].bottom for k in group)
            runs.append((top, bottom, x0, x1, shift))
        line.sort(key=_X0)
    return lines, runs


def _raw_cut(tok: Tok, cut: int) -> int:
    if len(tok.folded) == len(tok.text):
        return cut
    return round(len(tok.text) * cut / max(len(tok.folded), 1))


def opens_box(toks: list[Tok], k: int) -> bool:
    """Whether word ``k`` is a form box's number or letter: it opens its cell, and a word
    of the same cell follows ("1 Wages, …", "b Employer identification number")."""
    if k + 1 >= len(toks) or (k and toks[k - 1].seg == toks[k].seg):
        return False
    if _BOX_NUMBER.fullmatch(toks[k].text) is None:
        return False
    nxt = toks[k + 1]
    # The caption in the same cell, or set a little apart as a cell of its own (a box number
    # printed in a margin column): close by, and a word.
    return nxt.seg == toks[k].seg or (
        nxt.seg == toks[k].seg + 1
        and nxt.x0 - toks[k].x1 <= 1.5 * max(toks[k].size, nxt.size)
        and nxt.text[:1].isalpha()
    )


def _translation_end(toks: list[Tok], end: int, prefixes: frozenset[str]) -> int | None:
    """Where a label's cell ends when the label ending at word ``end`` is said again in a
    second language after a slash, to the end of that cell: "Sold To / Vendido a", "Ship To /
    Consignado a". Not one short word after a slash, which may be a unit ("Price / Night"), nor
    words that start a label of their own ("Account / Payable to"); a second name the rules
    know is part of the label already."""
    k = end + 1
    if k >= len(toks) or toks[k].text != "/" or toks[k].seg != toks[end].seg:
        return None
    stop = k + 1
    while stop < len(toks) and toks[stop].seg == toks[k].seg:
        stop += 1
    rest = toks[k + 1 : stop]
    # One word only where it is long, not a unit: "BILL OF LADING / CONNAISSEMENT".
    long_word = len(rest) == 1 and len(rest[0].text) >= 8 and rest[0].text.isalpha()
    if not (2 <= len(rest) <= 4 or long_word) or any(_DIGIT.search(t.text) for t in rest):
        return None
    first = next(iter(word_tokens(rest[0].folded)), None)
    if first is None:
        return None
    # A word of the label's own opening the second language is its translation still:
    # "PICKUP DATE / DATE D'ENLÈVEMENT", "Delivery date / Date de livraison".
    own = {w for t in toks[:k] if t.seg == toks[end].seg for w, _ in word_tokens(t.folded)}
    return None if first[0] in prefixes and first[0] not in own else stop


def position(toks: list[Tok], tok: Tok) -> int:
    """Where ``tok`` stands among ``toks``, by identity (equal words repeat), or -1."""
    return next((i for i, t in enumerate(toks) if t is tok), -1)


def join(toks: list[Tok]) -> str:
    """The words' text, one space between."""
    return " ".join([t.text for t in toks])


def span_bbox(toks: list[Tok]) -> tuple[float, float, float, float]:
    """The box around some words (``x0, top, x1, bottom``)."""
    return (
        min(t.x0 for t in toks),
        min(t.top for t in toks),
        max(t.x1 for t in toks),
        max(t.bottom for t in toks),
    )


def without_gloss(toks: list[Tok]) -> list[Tok]:
    """The words after a label without the label's own gloss in brackets: "Buyer (Bill to)
    ACME", "Mã số thuế (Tax code): 0312345678". Up to three words, no digit: "(RIV-0331)" is
    a number. A gloss alone leaves nothing: the value is under it ("Buyer (Bill to)" over the
    name). An ordinal is a word: "GROSS (1st weigh) 44,860" is 44,860."""
    if not toks or not toks[0].text.startswith("("):
        return toks
    for k, tok in enumerate(toks[:3]):
        numeral = any(ch.isdigit() for ch in tok.text) and not _counted(toks, k)
        if numeral and not _ORDINAL.fullmatch(tok.text.strip("()")):
            return toks
        if tok.text.rstrip(":：").endswith(")"):
            return toks[k + 1 :]
    return toks


#: An ordinal, a word in a gloss: "(1st weigh)", "(2nd weigh)".
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: What a form counts in a gloss of how to fill a box in: "(9 digits)", "(max. 35 characters)".
_COUNTED = frozenset({"digits", "characters", "chars", "letters", "numerals", "figures"})


def _counted(toks: list[Tok], k: int) -> bool:
    """Whether word ``k`` of a gloss in brackets is a count of what to write in ("9" of
    "(9 digits)"), not a value."""
    return toks[k].text.lstrip("(").isdigit() and (
        k + 1 < len(toks) and toks[k + 1].folded.rstrip("):：") in _COUNTED
    )


#: The digits of other scripts a document may print its figures in, as the rules read them:
#: Arabic-Indic and Persian (with the Arabic percent sign and decimal and thousands
#: separators, "۱۸٬۵۰۰٬۰۰۰"), Devanagari, Bengali, Thai and full-width digits.
_NATIVE_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
_NATIVE_DIGITS = {zero + k: str(k) for zero in _NATIVE_BLOCKS for k in range(10)} | {
    0x066A: "%",
    0x066B: ".",
    0x066C: ",",
}
_NATIVE_DIGIT = re.compile("[" + "".join(chr(c) for c in _NATIVE_DIGITS) + "]")
#: Ligatures, presentation forms and variants a font's glyphs map to: the Armenian "ﬔ"
#: (մե), Arabic letters in their contextual shapes ("ﻓﺎﺗﻮرة" is "فاتورة"), Kangxi radicals
#: and CJK compatibility ideographs for the common ones ("2026年" with U+F98E for 年).
_PRESENTATION = re.compile("[\u2f00-\u2fd5\uf900-\ufad9\ufb13-\ufb17\ufb50-\ufdff\ufe70-\ufefc]")


def _plain_forms(text: str) -> str:
    """A word in the letters and digits the rules read: other scripts' digits as ASCII
    ("۱۴۰۴/۱۲/۱۹" is 1404/12/19), presentation forms as their letters."""
    if _NATIVE_DIGIT.search(text):
        text = text.translate(_NATIVE_DIGITS)
    if _PRESENTATION.search(text):
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text


def _clean(text: str) -> list[str]:
    """A word's real text, split where a dot leader ran through it.

    Dot leaders drawn through text (".In..v.o..ic..e. .d..a.t.e.......O..c..t.") and em
    dashes spliced into words ("Se—p 13") are rendering artefacts; the letters between them
    are the real words.
    """
    if "\u2014" in text:
        text = _INNER_DASH.sub("", text)
    if ".." not in text or not _LEADER_DOTS.search(text):
        return [text] if text else []
    return [p.replace(".", "") for p in _LEADER_RUN.split(text) if p.replace(".", "")]


def _split_words(words: list[Word]) -> list[Word]:
    """The words with dot leaders and spliced dashes cleaned out (see :func:`_clean`); a word
    split into several gets a share of its box for each part."""
    out: list[Word] = []
    for w in words:
        text = w.text
        if "\u2014" not in text and ".." not in text:
            out.append(w)
            continue
        parts = _clean(text)
        if len(parts) == 1:
            out.append(replace(w, text=parts[0]))
            continue
        # Boxes shared out by length: good enough for provenance.
        step = (w.x1 - w.x0) / max(sum(len(p) for p in parts), 1)
        x = w.x0
        for p in parts:
            out.append(replace(w, text=p, x0=x, x1=x + step * len(p)))
            x += step * (len(p) + 1)
    return out


#: Party headings a Chinese fapiao prints down the side of each party's box, a character a
#: line ("购 / 买 / 方 / 信 / 息"), and what they begin with.
_STACKED_HEADS = ("购买方", "销售方", "购方", "销方", "買方", "賣方", "購買方", "銷售方")


def _stacks_read(
    lines: list[list[Word]], stacks: list[tuple[float, float, float]]
) -> list[list[Word]]:
    """``lines`` with a party heading printed downwards, one character a line, read as one
    word on its first line: "购买方信息" beside the buyer's name and number. Each such
    heading's left edge, top and bottom go to ``stacks``."""
    taken: set[int] = set()
    joined: dict[int, Word] = {}
    for i, line in enumerate(lines):
        for word in line:
            if id(word) in taken or not _IDEOGRAPH.fullmatch(word.text):
                continue
            stack, last = [word], word
            for below in lines[i + 1 : i + 12]:
                nxt = next(
                    (w for w in below if abs(w.x0 - last.x0) <= 2 and _IDEOGRAPH.fullmatch(w.text)),
                    None,
                )
                if nxt is None:
                    continue  # a line of the box's other column, a little off
                if nxt.top - last.bottom > 1.5 * (last.bottom - last.top):
                    break
                stack.append(nxt)
                last = nxt
            text = "".join(w.text for w in stack)
            if len(stack) >= 3 and text.startswith(_STACKED_HEADS):
                joined[id(word)] = replace(word, text=text)  # the document's word stays
                taken.update(id(w) for w in stack[1:])
                stacks.append((word.x0, word.top, last.bottom))
    if not taken:
        return lines
    kept = [[joined.get(id(w), w) for w in line if id(w) not in taken] for line in lines]
    return [line for line in kept if line]


def _word_lines(words: list[Word], tolerance: float = 3.0) -> list[list[Word]]:
    """``Page.lines()`` without building ``Line`` objects: the same grouping, the same order.

    Kept in step with :meth:`pdfkit_nb.document.Page.lines` (vertical centres within
    ``tolerance`` points, or 35% of the word's height, of the line's first word).
    """
    lines: list[list[Word]] = []
    current: list[Word] = []
    centre = -1e9
    # Sorted as (centre, x0, position) tuples, compared in C: a key function would be a
    # Python call per word. The position keeps the sort stable and never compares words.
    keyed = [((w.top + w.bottom) / 2, w.x0, i, w) for i, w in enumerate(words)]
    keyed.sort()
    for c, _, _, w in keyed:
        top, bottom = w.top, w.bottom
        reach = 0.35 * (bottom - top)
        if current and abs(c - centre) <= (reach if reach > tolerance else tolerance):
            current.append(w)
        else:
            current = [w]
            lines.append(current)
            centre = c
    return [ws if len(ws) == 1 else sorted(ws, key=_X0) for ws in lines]


class DocIndex:
    """A document's lines, built once; label search and neighbour look-ups run on it."""

    def __init__(self, doc: Document) -> None:
        self.pages: list[PageRec] = []
        self.lines: list[LineRec] = []
        sizes: list[float] = []
        for page in doc.pages:
            rec = PageRec(page.number, page.width, page.height)
            # Dot leaders, spliced dashes and e-invoice term codes are rare: one test per page,
            # not per word.
            texts = "\x00".join([w.text for w in page.words])
            leaders = "\u2014" in texts or ".." in texts
            terms = "BT-" in texts or "BG-" in texts
            # A page in Hebrew or Arabic is read right to left. One in two languages (Arabic
            # beside English, as Gulf tax invoices print) keeps its layout: the value its
            # English labels have on their right is also what follows the Arabic ones.
            if mostly_rtl(texts, factor=2.0):
                lines, rec.mirrored = _mirrored_lines(page.words, page.width)
            else:
                lines = _word_lines(page.words)
            if "方" in texts:
                lines = _stacks_read(lines, rec.stacks)
            for words in lines:
                if leaders:
                    words = _split_words(words)
                toks: list[Tok] = []
                # The previous word's box and segment, in locals: this loop runs for every
                # word of every document.
                prev: Tok | None = None
                spaced = False  # whether prev is one ideograph, or such set apart
                top = bottom = prev_x1 = prev_height = 0.0
                seg = 0
                for w in words:
                    text = w.text
                    if terms and ("BT-" in text or "BG-" in text):
                        # "Rechnungsnummer: BT-1 RE-2025-00417": a term's code, alone or
                        # glued to its label ("Käuferreferenz:BT-10")
                        code = _BUSINESS_TERM.search(text)
                        if code is not None and code.start() == 0:
                            continue
                        if code is not None:
                            cut = code.start() / len(text)
                            text = text[: code.start()]
                            w = replace(w, text=text, x1=w.x0 + (w.x1 - w.x0) * cut)
                    if not text.isascii():
                        text = _plain_forms(text)
                    folded = fold(text)
                    if not folded:
                        continue  # nothing, or accents drawn apart from their letters
                    w_top, w_bottom, x0, x1 = w.top, w.bottom, w.x0, w.x1
                    height = w_bottom - w_top
                    size = w.size or height
                    sizes.append(size)
                    if prev is not None:
                        gap = x0 - prev_x1
                        low = height if height < prev_height else prev_height
                        if (
                            (
                                -0.05 < gap < 0.05
                                and (
                                    prev_height == height
                                    # ... or up to a float's noise (8.9664 and 8.96640000000002:
                                    # TeX's math minus before its figures, "731" in bold before
                                    # "/2026"), in a script that spaces its words (not "保費（" |
                                    # "2.11%" in two fonts: Chinese sets no spaces between words).
                                    or (
                                        -0.01 < prev_height - height < 0.01
                                        and prev.text[-1:] < _CJK_FIRST
                                        and text[:1] < _CJK_FIRST
                                    )
                                    or _small_caps(prev.text, text)
                                )
                            )
                            or (spaced and gap < 3 * low and _IDEOGRAPH.match(text))
                        ):
                            # One word: touching words split by a zero-width space ("1
                            # 81301674") or by small capitals' change of size ("F" +
                            # "ITZGERALD", "C" + "O" + "."), and ideographs set apart to
                            # fill a cell ("合   计", "備 註", "買 方：聯鋒…").
                            prev.text += text
                            prev.folded += folded
                            prev.x1 = prev_x1 = x1
                            continue
                        if gap > SEGMENT_GAP * (1.0 if low < 1.0 else low):
                            seg += 1  # a wide gap: a new cell or column
                        if w_top < top:
                            top = w_top
                        if w_bottom > bottom:
                            bottom = w_bottom
                    else:
                        top, bottom = w_top, w_bottom
                    prev = Tok(text, folded, x0, w_top, x1, w_bottom, size, w.bold, w.page, seg)
                    # _IDEOGRAPH's test, by comparisons: this runs for every word.
                    spaced = len(text) == 1 and (
                        "\u3400" <= text <= "\u4dbf" or "\u4e00" <= text <= "\u9fff"
                    )
                    prev_x1, prev_height = x1, height
                    toks.append(prev)
                if not toks:
                    continue
                lr = LineRec(toks, page.number, len(self.lines), len(rec.lines), top, bottom)
                rec.lines.append(lr)
                self.lines.append(lr)
            self.pages.append(rec)
        self.body_size = statistics.median(sizes) if sizes else 10.0
        self.hits_by_line: dict[int, list[Hit]] = {}

    def page_bbox(
        self, page: int, bbox: tuple[float, float, float, float]
    ) -> tuple[float, float, float, float]:
        """A box of the index (``x0, top, x1, bottom``) as a box on the page itself: the
        same, unless the page was read right to left and mirrored."""
        rec = self.pages[page - 1]
        if rec.mirrored is None:
            return bbox
        x0, top, x1, bottom = bbox
        a, b = rec.page_x(x0, top, bottom), rec.page_x(x1, top, bottom)
        return (min(a, b), top, max(a, b), bottom)

    # ------------------------------------------------------------------ labels

    def find(
        self, book: LabelBook, *, heads: Callable[[LabelInfo, LabelInfo], bool] | None = None
    ) -> list[Hit]:
        """Every label sighting, longest label first at each place, in reading order.

        With ``heads``, a sighting also carries the meanings of the labels its run of words
        ends with where ``heads(longest, shorter)`` holds ("Monthly rent" is a "rent" too,
        "Employer PAYE reference" a "PAYE reference", but "Sum insured" names no insured):
        the user's fields' labels, of which the longest would otherwise hide a shorter one
        of another field.
        """
        hits: list[Hit] = []
        labels, prefixes = book.labels, book.prefixes
        findall = TOKEN.findall
        for line in self.lines:
            toks = line.toks
            # Most lines hold no word that could start a label (amounts, item names): one
            # C-level test skips them. The tokens of the joined text are the words' tokens.
            if prefixes.isdisjoint(findall(line.folded)):
                continue
            # token, word index, end in word, segment; no label inside an e-mail address or a
            # web address ("service@millersauto.com", "www.invoice-help.com")
            parts = [
                (text, wi, end, tok.seg)
                for wi, tok in enumerate(toks)
                if "@" not in tok.folded and "www." not in tok.folded
                for text, end in word_tokens(tok.folded)
            ]
            n = len(parts)
            after = 0  # the token after the last label found: labels do not overlap
            space: float | None = None  # the line's usual word gap, measured when needed
            for i in [k for k in range(n) if parts[k][0] in prefixes]:
                if i < after:
                    continue
                first = parts[i]
                begin = first[2] - len(first[0])
                if begin and toks[first[1]].folded[begin - 1].isdigit():
                    continue  # inside an id ("A1B2C3D4"): no label starts after a digit
                if begin and _NEGATED.search(toks[first[1]].folded, 0, begin):
                    continue  # negated: the "VAT" of "MOT test fee (non-VAT)"
                if begin and _EARLIER.search(toks[first[1]].folded, 0, begin):
                    continue  # the last period's: the "請求額" of "前回御請求額"
                seg = first[3]
                run, best, key = "", -1, ""
                shorter: list[tuple[int, str]] = []  # labels the longest run goes on past
                for j in range(i, min(n, i + _MAX_LABEL_TOKENS)):
                    part = parts[j]
                    if part[3] != seg:
                        break
                    if j > i and part[1] != parts[j - 1][1]:
                        if len(part[0]) == 1 and toks[part[1]].text.startswith("("):
                            break  # "Débito (R$)": a currency's letter is no "Debitor"
                        if space is None:
                            space = _word_space(toks)
                        if _cell_gap(toks, part[1], space):
                            break  # "IGST Amount  Total Tax Amount": two headings set close
                    run += part[0]
                    if run not in prefixes:
                        break
                    if run in labels:
                        if best >= 0:
                            shorter.append((best, key))
                        best, key = j, run
                if best < 0:
                    continue
                while shorter and self._glued(line, first, parts[best]):
                    # The longest ends inside an identifier ("N° PL" of "N° PL-2026-0093"): a
                    # shorter label that ends on a word before it ("N°") stands.
                    best, key = shorter.pop()
                last = parts[best]
                if best + 1 < n and parts[best + 1][1] == last[1] and parts[best + 1][0] in labels:
                    # A second name joined on with a slash is the label's ("BIC/SWIFT").
                    other = parts[best + 1]
                    if toks[last[1]].folded[last[2] : other[2] - len(other[0])] == "/":
                        best, last = best + 1, other
                second = _second_name(toks, parts, best, labels, prefixes)
                if second is not None and _same_concept(labels[second[1]], labels[key]):
                    # The same label in a second language after a slash: "Importador /
                    # Importer" is one label, which opens and ends its cell.
                    best, last = second[0], parts[second[0]]
                if self._glued(line, first, last):
                    continue
                translated = _translation_end(toks, last[1], prefixes)
                infos = labels[key]
                if heads is not None and best > i:
                    tail = ""
                    for k in range(best, i, -1):
                        tail = parts[k][0] + tail
                        # Not a weak one: "Account name" is no bare "name" of a tenant_name.
                        more = [
                            m for m in labels.get(tail, ()) if m.weight >= MEDIUM and m not in infos
                        ]
                        if more and heads(infos[0], more[0]):
                            infos = (*infos, *more)
                hits.append(Hit(line, first[1], last[1], last[2], key, infos, None, translated))
                after = best + 1
        stacked = self._stacked(book)
        if stacked:
            # A wrapped label's last line alone is no label of its own there: "Account" over
            # "number" is not a bare "number".
            wrapped = {(h.line.index, h.start, h.end) for h in stacked}
            hits = [h for h in hits if (h.line.index, h.start, h.end) not in wrapped]
            hits = sorted([*hits, *stacked], key=lambda h: (h.line.index, h.start))
        self._index_hits(hits)
        return hits

    def _stacked(self, book: LabelBook) -> list[Hit]:
        """Labels of a header row whose cells wrap onto two or three lines ("Invoice" over
        "Number", "Date of" over "Issue"), each a hit on its last line, where the value
        below is read.

        Only in rows without a digit (a heading's), between lines set as tightly as one
        cell's wrapped text, and for a cell whose words above start the label and whose
        words below end it: two labels of a list ("Total" over "Tax") stand further apart
        and beside their values.
        """
        found: list[Hit] = []
        for k, top in enumerate(self.lines[:-1]):
            if _DIGIT.search(top.text):
                continue
            for cell in top.cells():
                hit = self._wrapped_label(k, cell, book)
                if hit is not None:
                    found.append(hit)
        return found

    def _wrapped_label(self, k: int, cell: list[Tok], book: LabelBook) -> Hit | None:
        """The label that ``cell`` of line ``k`` starts and a cell under it ends, if any."""
        run = "".join(p for t in cell for p, _ in word_tokens(t.folded))
        if run not in book.prefixes:
            return None
        # Down the column: the next line's cell under this one, then the one under it; past
        # a line of the row with nothing there (a cell set a little lower).
        above, x0, x1 = self.lines[k], cell[0].x0, cell[-1].x1
        skipped = False
        for below in self.lines[k + 1 : k + 4]:
            if below.page != above.page or below.top - above.bottom > 0.4 * max(above.height, 1.0):
                return None
            under = next((c for c in below.cells() if _aligned(c[0].x0, c[-1].x1, x0, x1)), None)
            if not under:
                # A line of the row with nothing there: a cell set a little lower, or the
                # value beside the label's two lines, centred ("Account" / "number" with
                # "4102998317" level with their middle).
                skipped = True
                continue
            # A figure on the line: a row of values, no heading's second line. Past a value
            # centred between the label's lines, only a figure under the words: the other
            # cells hold other keys' values ("Data" over "scadenței:" beside "Cont: RO81 …",
            # the due date between them).
            if _DIGIT.search(join(under) if skipped else below.text):
                return None
            run, best = _longer_label(run, under, book)
            if best is not None:
                i, end, key = best
                first = below.toks.index(under[0])
                infos = _stacked_infos(book.labels[key])
                return Hit(below, first, first + i, end, key, infos, self.lines[k].top)
            if run not in book.prefixes:
                return None
            above = below
        return None

    def merge(self, hits: list[Hit], more: list[Hit]) -> list[Hit]:
        """Two searches' hits as one, in reading order; a label both found at one place is one
        hit with both its meanings. ``hits_by_line`` follows."""
        at: dict[tuple[int, int, int], Hit] = {}
        for hit in [*hits, *more]:
            key = (hit.line.index, hit.start, hit.end)
            twin = at.get(key)
            if twin is None:
                at[key] = hit
            else:
                # Where two labels end in one word at different places, the value is read
                # after the longer: "Date d’exécution" goes on past the "Dated" inside it.
                longer = hit if hit.cut > twin.cut else twin
                at[key] = replace(longer, infos=(*twin.infos, *hit.infos))
        merged = [at[key] for key in sorted(at)]
        self._index_hits(merged)
        return merged

    def _index_hits(self, hits: list[Hit]) -> None:
        self.hits_by_line = {}
        for hit in hits:
            self.hits_by_line.setdefault(hit.line.index, []).append(hit)

    @staticmethod
    def _glued(
        line: LineRec, first: tuple[str, int, int, int], last: tuple[str, int, int, int]
    ) -> bool:
        """Whether the label is part of an identifier: ``invoice_number_1``, ``PO-58703``."""
        word = line.toks[first[1]].folded
        start = first[2] - len(first[0])
        if start > 0 and word[start - 1] == "_":
            return True
        rest = line.toks[last[1]].folded[last[2] :]
        if rest[:1] == "_":
            return True
        if rest[:1].isdigit() and any(map(str.isalpha, rest)):
            return True  # a part number: the "TPS" of "TPS54360DDAR"
        if rest[:1] == "/":  # "INV/2024/7"; not a second name joined on ("BIC/SWIFT")
            return rest[1:2].isalnum() and any(c.isdigit() for c in rest)
        return rest[:1] == "-" and rest[1:2].isalnum()  # "PO-58703"; "Lieferschein-Nr." reads on

    # ------------------------------------------------------------------ neighbours

    def right_of(self, hit: Hit, stops: dict[tuple[int, int], bool]) -> list[Tok]:
        """The words after a label on its line, up to the next label.

        ``stops`` maps where labels start to whether they start a segment. A label inside a
        segment, or in brackets with a date, ends the value only once a digit has been seen:
        "Rechnungssumme Brutto (inkl. USt.) 235,62" goes on past "USt.", "Nr. 30064443
        Kundennr. 47774" stops.
        """
        line = hit.line
        last = line.toks[hit.end]
        out: list[Tok] = []
        rest = last.folded[hit.cut :]
        if any(map(str.isalnum, rest)) and not _GENDERED.fullmatch(rest):
            # The value is glued to the label ("Kundennr:47774", "number4836212534"); not a
            # label's ending for both genders ("Mitarbeiter/in").
            raw = last.text[_raw_cut(last, hit.cut) :]
            frac = hit.cut / max(len(last.folded), 1)
            x0 = last.x0 + (last.x1 - last.x0) * frac
            out.append(replace(last, text=raw, folded=fold(raw), x0=x0))
        glued = bool(out)
        digits = any(c.isdigit() for t in out for c in t.text)
        start = hit.end + 1 if glued else hit.translated_to or hit.end + 1
        # Brackets opened after the label and not yet closed: a label inside them is the
        # gloss's word ("Previous balance (fee note 24/0987, overdue) 1,250.00").
        depth = 0
        for k in range(start, len(line.toks)):
            stop = stops.get((line.index, k))
            tok = line.toks[k]
            if k > start and tok.seg != line.toks[k - 1].seg:
                depth = 0  # a bracket left open closes with its cell (a sentence that wraps)
            if opens_box(line.toks, k) and ((line.index, k + 1) in stops or hit.numbered):
                # The next box of a form: "(EIN)  1 Wages, tips, other compensation", and
                # after a box's caption any next box ("1 Employer PAYE reference  5 Student
                # Loan deductions").
                break
            # A period in brackets dates the value: "Net Pay (Period 03/02/2025 – 03/15/2025)
            # $1,871.57" goes on past "Period" (but "Total (VAT 15%)" is a VAT total).
            dated = stop and tok.text.startswith("(") and _dated_brackets(line.toks[k : k + 8])
            if stop is not None and k > start and _a_counts_unit(line.toks[k - 1], tok):
                stop = None  # "600 Stück × EUR 1,85": the count's unit, no label of its own
            if stop is not None and depth <= 0 and ((stop and not dated) or digits):
                break
            # A date or a rate is no value's digits: "Less: deposit paid 08/03/2025 (debit
            # card …) -1,000.00" goes on past the label "card" to the amount, and "Late Charge
            # (1.5% per month, per terms) 102.64" past "terms".
            # A rate's sign may stand apart: "Courtage 0,20 % du montant brut EUR 98,42".
            bare = tok.text.strip(".,;:()")
            digits = digits or (
                any(map(str.isdigit, bare))
                and not bare.endswith("%")
                and not (k + 1 < len(line.toks) and line.toks[k + 1].text.startswith("%"))
                and _DATE_LIKE.fullmatch(bare) is None
            )
            out.append(tok)
            depth += tok.text.count("(") - tok.text.count(")")
        if out and _bracket_open_before(hit):
            # The label opens inside brackets: its value closes them ("10%対象 ¥355,000（消費税
            # ¥35,500）／対象外 ¥200,000", "(VAT £35.50) / exempt £200.00").
            close = next((k for k, t in enumerate(out) if _CLOSING & set(t.text)), None)
            # (money inside them, not a rate, a count or a date: "Total (VAT 20%) 35.00",
            # "返金・調整（2025年3月分、返金 35件） -¥8,750" read on)
            if close is not None and _MONEY_IN.search(" ".join(t.text for t in out[: close + 1])):
                out = out[: close + 1]
        if not out:
            # Level with the label, or sharing most of its height: a value cell set lower
            # than its label's ("Total amount claimed" beside "8,934.60" a line's third
            # down)
            out = self._misaligned_right(hit) or self._misaligned_right(hit, overlap=0.4)
            if start < len(line.toks) and any(t.x1 > line.toks[start].x0 for t in out):
                # Past the next cell of the label's own line: "VAT amount  Total incl. VAT"
                # heading a tax summary is beside no figure of the totals box further right
                # that a line set a little higher holds ("Total excl. VAT £78.73").
                out = []
        elif not glued:
            out = without_gloss(out)
            if all(_ASIDE.fullmatch(t.text) for t in out):
                # "Total Amount Due (AED)", "Total VAT @ 5%" beside a value set level with a
                # label of two lines (English over Arabic): what the label says of it, then
                # the value.
                out += self._misaligned_right(hit, overlap=1 / 3)
            elif _runs_on(out, line):
                # "Acompte versé le" over "06/10/2025": the label's sentence goes on under
                # it, and its amount stands right of both lines.
                out += self._misaligned_right(hit, through=out[-1])
        last_word = hit.end == len(line.toks) - 1
        # Only a label inside one run of text (a paragraph) continues on the next line, and
        # not past a full stop ("… prestados na data do documento." ends its sentence).
        stopped = line.toks[hit.end].text.endswith(".") and len(line.toks[hit.end].text) > 4
        if (
            not out
            and last_word
            and not hit.anchored
            and not stopped
            and line.toks[hit.start].seg == 0
        ):
            out = self._wrapped(line)
        return out

    def _wrapped(self, line: LineRec) -> list[Tok]:
        """The next line when it continues this one (same left edge, no gap): a value pushed
        onto a new line by wrapping ("Rechnung Nr. 42 vom" / "06.12.2018")."""
        page = self.pages[line.page - 1]
        if line.number + 1 >= len(page.lines):
            return []
        nxt = page.lines[line.number + 1]
        close = nxt.top - line.bottom < 0.8 * max(line.height, 4.0)
        if close and abs(nxt.toks[0].x0 - line.toks[0].x0) < 5:
            return list(nxt.toks)
        return []

    def _misaligned_right(
        self, hit: Hit, overlap: float | None = None, through: Tok | None = None
    ) -> list[Tok]:
        """Words right of a label on a neighbouring line whose middle is level with the label
        (a value in a bigger font sits a little lower and ends up in a line of its own); with
        ``overlap``, also on one that shares that part of the label's height. A label of two
        lines (``_label_wrap``) spans both; ``through`` is the last word of the label's line
        the label runs on to ("Acompte versé le")."""
        line = hit.line
        page = self.pages[line.page - 1]
        top, bottom = line.top if hit.top is None else hit.top, line.bottom
        x1 = hit.x1 if through is None else through.x1
        below = self._label_wrap(hit, through)
        if below is not None:
            bottom = below.bottom  # a label of two lines, its value level with both
        rows: list[list[Tok]] = []
        for other in page.lines[max(0, line.number - 2) : line.number + 3]:
            if other is line:
                continue
            mid = (other.top + other.bottom) / 2
            shared = min(bottom, other.bottom) - max(top, other.top)
            if (
                top <= mid <= bottom
                or (other.top <= (top + bottom) / 2 <= other.bottom)
                or (overlap is not None and shared >= overlap * (bottom - top))
            ):
                # Not the rest of a cell that starts under the label: "Nordhavn România
                # S.R.L." under "Cumpărător:" is its name below, no value beside it.
                under = {t.seg for t in other.toks if t.x0 < x1}
                rows.append([t for t in other.toks if t.x0 >= x1 and t.seg not in under])
        rows = [row for row in rows if row]
        if any(a[0].x0 < b[-1].x1 and b[0].x0 < a[-1].x1 for a, b in itertools.pairwise(rows)):
            # Lines stacked in one cell beside a label centred on them ("Lincs Agri Supplies
            # Ltd" over "Station Road, Sleaford"): the cell's first line, not the lines'
            # words shuffled together, nor the next cells of that line (other columns').
            out = [t for t in rows[0] if t.seg == rows[0][0].seg]
        else:
            # Pieces of one line set at different heights: left to right.
            out = sorted((t for row in rows for t in row), key=lambda t: t.x0)
        if not out and overlap is None:
            out = self._two_line_value(hit)
        return out

    def _label_wrap(self, hit: Hit, through: Tok | None = None) -> LineRec | None:
        """The second line of a label that wraps under itself, with its value set level with
        both lines on the right ("Acompte versé le" over "06/10/2025", "−1 131,00 €" beside
        them, half a line lower): the next line but lines wholly right of the label, flush
        with the label's left edge, close under it and no wider than the label's column. The
        label's words run ``through`` a word after it when given ("le")."""
        line = hit.line
        end = hit.x1 if through is None else through.x1
        after = hit.end + 1
        seg = line.toks[hit.end].seg
        if through is None and after < len(line.toks) and line.toks[after].seg == seg:
            return None  # words after the label in its cell: no label of two lines
        page = self.pages[line.page - 1]
        for other in page.lines[line.number + 1 : line.number + 3]:
            if other.toks[0].x0 >= end:
                continue  # the value's own line, set lower
            close = other.top - line.bottom < 0.8 * max(line.height, 4.0)
            flush = abs(other.toks[0].x0 - hit.x0) < 2
            narrow = all(t.x1 <= end + 0.5 * (end - hit.x0) for t in other.toks)
            return other if close and flush and narrow else None
        return None

    def _two_line_value(self, hit: Hit) -> list[Tok]:
        """A value of two lines set level with a label of one, as a table centres its cells
        ("Billing period" beside "1 Feb 2025 to 24 Feb 2025 (24" over "days)"): the lines
        just above and below, each with words right of the label and none in its column,
        one cell's lines (each sharing some of the label's height; flush left, flush right or
        centred, no third line close by), their middle level with the label's line."""
        line = hit.line
        page = self.pages[line.page - 1]
        n = line.number
        if n == 0 or n + 1 >= len(page.lines):
            return []
        above, below = page.lines[n - 1], page.lines[n + 1]
        if not line.top <= (above.top + below.bottom) / 2 <= line.bottom:
            return []
        # Each shares some of the label's height: lines of one block above and below a label
        # set in its own line ("#03-18" over "Singapore 139951" beside "Invoice Number") do not.
        share = 0.15 * line.height
        if above.bottom - line.top < share or line.bottom - below.top < share:
            return []
        x0, x1 = hit.x0, hit.x1
        if any(t.x1 > x0 and t.x0 < x1 for t in (*above.toks, *below.toks)):
            return []  # words in the label's column: lines of their own
        first = [t for t in above.toks if t.x0 >= x1]
        second = [t for t in below.toks if t.x0 >= x1]
        if not first or not second:
            return []
        left, right = first[0].x0 - second[0].x0, first[-1].x1 - second[-1].x1
        if min(abs(left), abs(right), abs(left + right) / 2) > 2:
            return []
        # Two lines, not two of a longer block ("71 Ayer Rajah Crescent", "#03-18",
        # "Singapore 139951" beside "Invoice Number"): the lines right of the label before
        # and after stand further off than the value's own lines do.
        pitch = below.top - above.top
        lines = page.lines
        before = (lines[k] for k in range(n - 2, max(n - 5, -1), -1))
        after = (lines[k] for k in range(n + 2, min(n + 5, len(lines))))
        prev = next((o for o in before if any(t.x0 >= x1 for t in o.toks)), None)
        nxt = next((o for o in after if any(t.x0 >= x1 for t in o.toks)), None)
        if prev is not None and above.top - prev.top < 1.3 * pitch:
            return []
        if nxt is not None and nxt.top - below.top < 1.3 * pitch:
            return []
        return first + second

    def under_caption(self, hit: Hit, lines: int = 4) -> Iterator[list[Tok]]:
        """The words under a form box's caption, line by line: "1 Wages, tips, other
        compensation" over "68412.50", "14 Employment income" / "Revenus d'emploi" over
        "74318.90". The box spans from its caption's first word to the next cell on the
        caption's line (or the page's edge); a line whose words there open a caption of
        their own (a box number and a word) is the next row of boxes, and ends the box.
        Only for a caption of words: a label that opens its box, the rest of its cell no
        digits (the box number aside)."""
        line = hit.line
        toks = line.toks
        seg = toks[hit.start].seg
        cell = [k for k, t in enumerate(toks) if t.seg == seg]
        if any(_DIGIT.search(toks[k].text) for k in cell if k > hit.start):
            return
        page = self.pages[line.page - 1]
        left = toks[cell[0]].x0 - 2
        if cell[0] == hit.start and hit.numbered:
            # The box starts at its number, a cell of its own, and its value may start a
            # little left of it ("6 Tax Code at leaving date" over "1185L").
            left = toks[hit.start - 1].x0 - 2 * hit.line.height
        right = next((t.x0 for t in toks[cell[-1] + 1 :]), page.width)
        limit = line.bottom + 5 * max(line.height, 4.0)
        for other in page.lines[line.number + 1 : line.number + 1 + lines]:
            if other.top > limit:
                return
            box = [t for t in other.toks if t.x0 >= left and t.x1 <= right + 2]
            if not box:
                continue
            if opens_box(box, 0) and box[1].text[:1].isalpha():
                return  # "3 Social security wages": the next box
            yield box

    def beside_stacked(self, hit: Hit) -> list[Tok]:
        """The value set level with the middle of a label of two lines (``_stacked``'s hit,
        on its last line), right of the label and left of that line's next cell: "Data" over
        "scadenței:" with "12.04.2026" centred between them, "Comanda: …" further right."""
        if hit.top is None:
            return []
        toks = hit.line.toks
        seg = toks[hit.end].seg
        end = next((t.x0 for t in toks[hit.end + 1 :] if t.seg != seg), math.inf)
        return [t for t in self._misaligned_right(hit) if t.x1 <= end]

    def beside_wrapped(self, hit: Hit) -> list[Tok]:
        """The words of a line set level with the middle of the label's cell when its text
        wraps onto a second line ("Sales tax — New York City, NY (8.875%" over "on
        $3,229.89)", with "$286.65" between them, right of both), as a table centres a
        cell's value beside a description of two lines; else nothing."""
        line = hit.line
        page = self.pages[line.page - 1]
        seg = line.toks[hit.start].seg
        cell = [t for t in line.toks if t.seg == seg]
        if cell[0] is not line.toks[hit.start]:
            return []  # a label inside a cell's sentence: "Cash discount … Net amount due …"
        n = line.number
        # The label's second line: flush left with its cell, tight under it, and a line
        # (or two) between them that holds the value.
        for k in range(n + 2, min(n + 4, len(page.lines))):
            wrap = page.lines[k]
            if abs(wrap.toks[0].x0 - cell[0].x0) > 2:
                continue
            if wrap.top - line.bottom > 0.5 * max(line.height, 4.0):
                return []
            right = max(cell[-1].x1, max(t.x1 for t in wrap.toks if t.seg == wrap.toks[0].seg))
            middle = (line.top + wrap.bottom) / 2
            between = page.lines[n + 1 : k]
            if len(between) != 1 or between[0].toks[0].x0 <= right:
                return []
            value = between[0]
            if abs((value.top + value.bottom) / 2 - middle) > 0.35 * max(value.height, 4.0):
                return []
            return list(value.toks)
        return []

    def below(
        self,
        hit: Hit,
        *,
        lines: int = 1,
        reach: float = 2.5,
        column: bool = False,
        spaced: bool = False,
    ) -> list[tuple[LineRec, list[Tok]]]:
        """Up to ``lines`` lines under a label that have words in its column.

        ``reach`` limits the first gap, in label heights; later lines must follow closely,
        or, with ``spaced``, at the pitch the label and the first line set, up to three line
        heights (an address set double-spaced under "Facturé à").
        Each result is the segment of the line that overlaps the label or, with ``column``,
        every word between the label's left edge and the next label to its right (a section
        such as "Seller:" over a name, a street and a town).
        """
        return list(self.iter_below(hit, lines=lines, reach=reach, column=column, spaced=spaced))

    @staticmethod
    def _key_grid(lines: list[LineRec], left: float) -> bool:
        """Whether two or more of ``lines`` open, under ``left``, with a key ("Name:")."""
        keys = 0
        for other in lines:
            first = other.toks[0]
            cell = other.segment(first.seg)
            if abs(first.x0 - left) <= 6 and cell[-1].text.endswith(":"):
                keys += 1
        return keys >= 2

    def iter_below(
        self,
        hit: Hit,
        *,
        lines: int = 1,
        reach: float = 2.5,
        column: bool = False,
        paired: bool = False,
        spaced: bool = False,
    ) -> Iterator[tuple[LineRec, list[Tok]]]:
        """:meth:`below`, one line at a time: a caller that stops early saves the rest.

        ``paired``: the label heads one of two columns that take turns, a statement's "Debit"
        and "Credit": a row with its amount in the other column and this one empty goes on.
        """
        line = hit.line
        page = self.pages[line.page - 1]
        left, right = self._cell_left(hit), _with_unit(hit)
        if column:
            seg = line.toks[hit.end].seg
            right = next((t.x0 for t in line.toks[hit.end + 1 :] if t.seg != seg), page.width)
        # Measured from the label's own words: a small-print label ("Invoice No." in a
        # header grid) can share its line with a larger letterhead name, and its value then
        # starts above that name's bottom.
        label = line.toks[hit.start : hit.end + 1]
        bottom = max(t.bottom for t in label)
        height = max(bottom - min(t.top for t in label), 4.0)
        limit = bottom + reach * height
        found, pitch = 0, 0.0
        # Under a heading whose section is a grid of keys and values ("Verkäufer" over
        # "Name: …", "Anschrift: …"), the values' column far to the right is the section's.
        grid = column and self._key_grid(page.lines[line.number + 1 : line.number + 7], left)
        for other in page.lines[line.number + 1 :]:
            if other.top > limit and not (
                other.number == line.number + 1
                and other.top <= bottom + 4.5 * height
                and _headed_row(line, other)
            ):
                break
            # A line beside the label is skipped, unless some of its words start under the
            # label: a tall glyph ("⚖" in a letterhead) can pull a value's line up beside it.
            if other.top < bottom - 1 and all(t.top < bottom - 1 for t in other.toks):
                continue
            if column:
                toks = [t for t in other.toks if t.x0 >= left - 4 and t.x1 <= right + 2]
                if toks and toks[0].x0 > other.toks[0].x0:
                    cell = other.segment(toks[0].seg)
                    if abs(cell[-1].x1 - hit.x1) <= 2 and cell[0].x0 < left - 4:
                        # Set flush right with its label ("Issued by" over "Liffey Mutual
                        # Insurance DAC"): the whole cell.
                        k = position(cell, toks[0])
                        toks = cell[:k] + toks
                # Cells that start under the label: one far to its right is another column's
                # ("Laskun numero" beside a "Laskutusosoite" section).
                first_x: dict[int, float] = {}
                for t in toks:
                    first_x.setdefault(t.seg, t.x0)
                reach_x = max(hit.x1, left + 40) + 4
                if not grid:
                    toks = [t for t in toks if first_x[t.seg] <= reach_x]
            else:
                # The first segment that overlaps the label (segments only grow along a line),
                # from the first word under it on: values set as close as their labels
                # ("10234 15.01.2025 29.01.2025") make one segment too.
                toks = []
                for t in other.toks:
                    if t.x1 > left - 2 and t.x0 < right + 2:
                        cell = other.segment(t.seg)
                        toks = [u for u in cell if u.x1 > left - 2]
                        if len(toks) < len(cell) and self._in_band(hit, cell):
                            toks = cell  # "Sierra Pacific Freightways" centred under "Carrier"
                        break
                else:  # no word under the label: its cell, if the two lines make a grid
                    toks = _grid_cell(hit, other) or _boxed_value(hit, other)
            toks = [t for t in toks if t.top >= bottom - 1]
            if toks:
                toks = _with_leading_groups(other.toks, toks)
            if toks and all(_RULE.fullmatch(t.text) for t in other.toks):
                # A rule typed under the headings ("-----------  ------------"), as monospace
                # prints draw their tables: the values are on the next line.
                limit = other.bottom + 1.6 * max(other.height, 4.0)
                continue
            if not toks:
                if (
                    lines > 1
                    and other.toks[0].x0 < left
                    and (
                        other.toks[-1].x1 > right
                        or not _DIGIT.search(other.text)
                        or (paired and _CENTS_END.search(other.toks[-1].text) is not None)
                    )
                ):
                    # A row of the table with this column's cell empty (a payment row under
                    # "Charges", a debit under "Credit"), or an item's description wrapped
                    # onto a line of its own, or a section's heading ("Disbursements:"): the
                    # rows below still follow.
                    limit = other.bottom + 1.6 * max(other.height, 4.0)
                continue
            yield other, toks
            found += 1
            if found >= lines:
                break
            limit = other.bottom + 1.6 * max(other.height, 4.0)
            if spaced:
                if found == 1:
                    pitch = other.top - line.top
                if pitch <= 3.0 * max(other.height, 4.0):
                    limit = max(limit, other.top + 1.05 * pitch)

    def line_of(self, tok: Tok) -> LineRec | None:
        """The line holding ``tok``."""
        return next((ln for ln in self.pages[tok.page - 1].lines if tok in ln.toks), None)

    def line_below(self, line: LineRec, within: float) -> LineRec | None:
        """The next line on the same page, if its top is at most ``within`` points under
        this line's bottom."""
        if line.index + 1 >= len(self.lines):
            return None
        below = self.lines[line.index + 1]
        if below.page != line.page or below.top - line.bottom > within:
            return None
        return below

    def next_row_label(self, hit: Hit) -> Hit | None:
        """The label opening the next line under ``hit``, flush with it (or, in a grid of
        short rows set flush right, opening that row), when that line follows closely: the
        next key of a grid of keys and values ("Customer" over "Address", "No." over
        "Date")."""
        below = self.line_below(hit.line, 2 * hit.line.height) if hit.anchored else None
        if below is None:
            return None
        keys = self.hits_by_line.get(below.index, ())
        found = next((h for h in keys if h.anchored and abs(h.x0 - hit.x0) <= 3), None)
        if found is not None:
            return found
        # A grid of short rows set flush right ("No. 2604-0805" over "発行日 2026年3月13日"
        # in a Japanese invoice's top right corner): keys of different widths, one edge.
        above = hit.line.toks
        if len(above) > 4 or len(below.toks) > 4 or abs(below.toks[-1].x1 - above[-1].x1) > 3:
            return None
        return next((h for h in keys if h.anchored and h.start == 0), None)

    def hits_at(self, line: LineRec, tok: Tok) -> list[Hit]:
        """The label sightings that start at word ``tok`` of ``line``."""
        return [h for h in self.hits_by_line.get(line.index, ()) if line.toks[h.start] is tok]

    def _in_band(self, hit: Hit, cell: list[Tok]) -> bool:
        """Whether a cell below a heading lies wholly between the headings beside it on the
        label's line: a value wider than its heading, set under it, is all its own ("Sierra
        Pacific Freightways" under "Carrier" between "Customer PO" and "Service"). The
        heading's cell runs on over the words of its segment that are no other label."""
        toks = hit.line.toks
        labelled = self._label_words(hit.line)
        first, last = hit.start, hit.end
        while first and toks[first - 1].seg == toks[first].seg and first - 1 not in labelled:
            first -= 1
        while (
            last + 1 < len(toks)
            and toks[last + 1].seg == toks[last].seg
            and last + 1 not in labelled
        ):
            last += 1
        left = toks[first - 1].x1 if first else 0.0
        right = toks[last + 1].x0 if last + 1 < len(toks) else math.inf
        return left + 2 < cell[0].x0 and cell[-1].x1 < right - 2

    def _cell_left(self, hit: Hit) -> float:
        """Where the label's cell starts when it is the second name of one label ("Odbiorca /
        Consignee", "Factuurnummer / N° de facture"): the value below starts there."""
        toks = hit.line.toks
        seg = toks[hit.start].seg
        first = hit.start
        while first and toks[first - 1].seg == seg:
            first -= 1
        if first == hit.start or toks[hit.start - 1].text not in ("/", "|"):
            return hit.x0
        covered = self._label_words(hit.line)
        if all(i in covered or toks[i].text in ("/", "|") for i in range(first, hit.start)):
            return toks[first].x0
        return hit.x0

    def _label_words(self, line: LineRec) -> set[int]:
        """The indices of a line's words that some label sighting covers."""
        return {i for h in self.hits_by_line.get(line.index, ()) for i in range(h.start, h.end + 1)}

    def locate(self, raw: str, page: int) -> tuple[float, float, float, float] | None:
        """The box of the words that spell ``raw`` on a page (for provenance)."""
        target = " ".join(raw.split())
        if not target:
            return None
        for line in self.pages[page - 1].lines:
            text = line.text
            pos = text.find(target)
            if pos < 0:
                continue
            starts, acc = [], 0
            for t in line.toks:
                starts.append(acc)
                acc += len(t.text) + 1
            used = [
                t
                for t, s in zip(line.toks, starts, strict=True)
                if s < pos + len(target) and s + len(t.text) > pos
            ]
            return span_bbox(used) if used else None
        return None


#: Words that say what a count counts ("600 Stück", "1,250 shares"), folded.
_COUNT_UNITS = frozenset(
    {"stuck", "stueck", "stk", "shares", "units", "pcs", "pieces", "titres", "actions"}
    | {"aktien", "stuks", "acciones", "azioni", "akcji", "osaketta", "aktier"}
)


def _a_counts_unit(before: Tok, tok: Tok) -> bool:
    """Whether ``tok`` is the unit of a count ``before`` it in its cell ("600 Stück")."""
    return (
        tok.seg == before.seg
        and tok.folded.rstrip(".,:") in _COUNT_UNITS
        and before.text.replace(",", "").replace(".", "").replace("'", "").isdigit()
    )


_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def _headed_row(heads: LineRec, row: LineRec) -> bool:
    """Whether ``row`` is the first row of figures under a row of column headings: the
    headings are words only, two or more cells, and each has a word of ``row`` under it. A
    table's cells can be padded well past the usual gap under a label ("Imponibile" and
    "Imposta" in small capitals, their figures a line and a half below in an e-invoice's VAT
    summary)."""
    cells = heads.cells()
    if len(cells) < 2 or _DIGIT.search(heads.text) or not _DIGIT.search(row.text):
        return False
    return all(
        any(t.x1 > cell[0].x0 - 2 and t.x0 < cell[-1].x1 + 2 for t in row.toks) for cell in cells
    )


def _grid_cell(hit: Hit, other: LineRec) -> list[Tok]:
    """The cell of ``other`` under the heading ``hit`` opens, when the two lines are a grid:
    as many cells, each clear of the headings beside its own. Headings set flush left over
    figures set flush right share no column with them: "LITRES DELIVERED" over "890.5",
    which starts past the heading's last letter and ends before the next heading."""
    heads, cells = hit.line.cells(), other.cells()
    first = hit.line.toks[hit.start]
    k = next((i for i, head in enumerate(heads) if head[0] is first), None)
    if k is None or len(heads) < 2 or len(heads) != len(cells):
        return []
    for i, cell in enumerate(cells):
        if (i and cell[0].x0 < heads[i - 1][-1].x1) or (
            i + 1 < len(heads) and cell[-1].x1 > heads[i + 1][0].x0
        ):
            return []
    return cells[k]


def _boxed_value(hit: Hit, other: LineRec) -> list[Tok]:
    """The last cell of ``other`` when the label ends its line and heads a box's figure set
    flush right under it, right of all else on that line: "TOTALE DOCUMENTO" over "€
    1.888,48" in a totals box beside a tax summary whose rows share the value's line."""
    label = hit.line.toks[hit.start : hit.end + 1]
    if hit.line.toks[-1].seg != label[-1].seg:
        return []  # more cells right of the label: a row of headings
    cell = other.cells()[-1]
    left, right = label[0].x0, label[-1].x1
    if not any(map(str.isdigit, join(cell))):
        return []  # words: another column's, its heading on another line ("převodem / bank")
    if cell[0].x0 < right or cell[-1].x1 - right > max(3 * (right - left), 160.0):
        return []
    if any(t.x1 > left - 4 for t in other.toks if t.seg != cell[0].seg):
        return []  # something under the label's own column
    return cell


def _with_unit(hit: Hit) -> float:
    """Where a label ends with the unit in brackets that its cell goes on with ("Weight
    (lbs)", "Amount (€)"): numbers right-aligned under it end there."""
    toks = hit.line.toks
    k = hit.end + 1
    if k < len(toks) and toks[k].seg == toks[hit.end].seg and toks[k].text.startswith("("):
        for j in range(k, min(k + 3, len(toks))):
            if toks[j].seg != toks[hit.end].seg:
                break
            if toks[j].text.endswith(")"):
                return toks[j].x1
    return hit.x1


def _same_concept(a: tuple[LabelInfo, ...], b: tuple[LabelInfo, ...]) -> bool:
    """Whether two labels name one concept of the rules' own: not a catch-all "other" one,
    nor a field of the user's, whose labels stay where they are read from ("Nº de contrato /
    Agreement no." over the number, "Matrícula / Plate: 4821 MLK")."""
    shared = {i.concept for i in a} & {i.concept for i in b}
    return any(not c.startswith(("other", "field:")) for c in shared)


def _second_name(
    toks: list[Tok],
    parts: list[tuple[str, int, int, int]],
    best: int,
    labels: dict[str, tuple[LabelInfo, ...]],
    prefixes: frozenset[str],
) -> tuple[int, str] | None:
    """The label after a slash that follows the label ending at ``parts[best]``, in the same
    cell ("Importador / Importer", "Kepada Yth. / Bill to:"): the index of its last part and
    its key."""
    _, word, end, seg = parts[best]
    slash = word + 1
    if (
        toks[word].folded[end:] not in ("", ".")
        or slash + 1 >= len(toks)
        or toks[slash].text not in ("/", "|")
        or toks[slash].seg != seg
        or toks[slash + 1].seg != seg
    ):
        return None
    start = next((k for k in range(best + 1, len(parts)) if parts[k][1] == slash + 1), None)
    if start is None:
        return None
    run, found = "", None
    for j in range(start, min(len(parts), start + _MAX_LABEL_TOKENS)):
        if parts[j][3] != seg:
            break
        run += parts[j][0]
        if run not in prefixes:
            break
        if run in labels:
            found = (j, run)
    return found


#: A word after a label that says what of the value, not the value: "(AED)", "(net)", ":",
#: a rate ("@ 5%", "(19%)").
_ASIDE = re.compile(r"\([^\d()]*\)|[:：@]|\(?\d{1,2}(?:[.,]\d{1,3})?\s?%\)?")


def _with_leading_groups(line: list[Tok], toks: list[Tok]) -> list[Tok]:
    """``toks`` (a column's words on a line) with the thousands of an amount that stick out
    left of the column: "16 | 187,86" right-aligned under a narrower "VAT" heading."""
    k = position(line, toks[0])
    while k > 0:
        before, first = line[k - 1], line[k]
        gap = first.x0 - before.x1
        if before.seg != first.seg or not _GROUP.fullmatch(before.text) or gap > first.height:
            break
        if not first.text[:1].isdigit():
            break
        toks = [before, *toks]
        k -= 1
    return toks


def _small_caps(before: str, word: str) -> bool:
    """Whether ``word``, touching ``before`` in another size, goes on its word in small
    capitals: capitals, or the stop after them, after a letter."""
    return before[-1:].isalpha() and (word.isupper() or word in (".", ","))


def _word_space(toks: list[Tok]) -> float:
    """The usual gap between two words of one cell on a line (the median)."""
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(toks) if a.seg == b.seg)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _cell_gap(toks: list[Tok], k: int, space: float) -> bool:
    """Whether word ``k`` stands apart from the word before it as cells do, in a table row
    set too tightly for the segment gap to cut it: over twice the line's usual word gap and
    half an em. Letter-spaced headings and OCR'd lines, whose every gap is wide, stay whole."""
    before, word = toks[k - 1], toks[k]
    gap = word.x0 - before.x1
    return gap > 2.0 * space and gap > 0.5 * max(word.size, before.size)


def _dated_brackets(toks: list[Tok]) -> bool:
    """Whether the words open a bracket that holds a date before it closes."""
    for tok in toks:
        if _DATE_LIKE.search(tok.text):
            return True
        if tok.text.endswith(")"):
            return False
    return False
