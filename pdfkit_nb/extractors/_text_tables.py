"""Line-item tables laid out by whitespace (no ruling lines), found from word positions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from ..document import Line, Page, Word

__all__ = ["find_text_tables"]

#: A table as the ruled finder gives it: rows of cell strings, ``None`` for empty; row 0 names.
Rows = list[list[str | None]]

# "1,234.56", "1.234,56", "-9,32", "(12.00)", "21%", "1939"; dates such as 03/14/2024 or
# 01.05.14 do not match (their second group has two digits, or a slash).
_NUMBER = re.compile(r"[-+\u2212]?\(?(?:\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\)?%?")
_CENTS = re.compile(r"\d[.,]\d{2}(?:\d{2})?\)?$")  # 12.50, or a unit price 9,9000
_SYMBOLS = "$€£¥₹₽₩₺₪"
# Words a number may share its cell with: units ("Stk", "kg", "Std."), currency codes, "%", "x".
_UNIT = re.compile(r"[^\W\d_]{1,5}\.?|[A-Z]{3}|[%x×@/*:=–-]|\(?[%€$£]\)?")
# Labels that open a totals block ("Subtotal", "MwSt. 19 %", "Total HT"): a line starting with
# one and carrying a number ends the items, in the languages invoices come in most.
_TOTAL_WORDS = frozenset({
    "total", "totals", "subtotal", "sub-total", "grand", "sum", "summe", "zwischensumme",
    "gesamt", "gesamtbetrag", "gesamtsumme", "endbetrag", "nettobetrag", "bruttobetrag",
    "rechnungsbetrag", "totaal", "subtotaal", "totale", "subtotale", "sous-total", "tax", "taxes",
    "vat", "mwst", "ust", "tva", "btw", "iva", "gst", "hst", "pst", "balance", "netto", "brutto",
    "zzgl",
})  # fmt: skip
_TOTAL_PAIRS = frozenset({"amount due", "balance due", "net amount", "montant total"})


@dataclass(slots=True)
class _Row:
    top: float
    bottom: float
    height: float
    cells: list[Line]
    bold: bool


@dataclass(slots=True)
class _Column:
    x0: float
    x1: float
    parts: list[tuple[float, str]] = field(default_factory=list)  # (top, text), for stacking

    @property
    def name(self) -> str:
        return " ".join(text for _, text in sorted(self.parts, key=lambda p: p[0]))


def find_text_tables(page: Page) -> list[Rows]:
    """Tables whose columns are aligned by whitespace, found from ``page.words``.

    A table starts at a header line (two or more short, mostly alphabetic cells apart by
    column gaps, maybe stacked over a few lines) whose cells give the columns; it holds the
    following lines that fit them and carry a number, a line below an item without the item's
    first column continuing it (a wrapped description). It ends at a totals label, at text
    under a numeric column, at a cell outside the columns or at a wide vertical gap. Its items
    need money and a text column: key/value blocks, addresses and totals are not tables.
    Items continuing on the next page without a repeated header are not found there.

    Parameters
    ----------
    page
        A parsed page with words (``words=True``); without words nothing is found.

    Returns
    -------
    list
        One ``rows`` list per table, top to bottom: the header names, then one list of cell
        strings (``None`` for empty) per item.

    Examples
    --------
    >>> from pdfkit_nb.document import Page, Word
    >>> def line(top, *cells):
    ...     return [Word(t, x, top, x + 6 * len(t), top + 10, size=10) for x, t in cells]
    >>> words = line(100, (40, "Description"), (300, "Qty"), (400, "Amount"))
    >>> words += line(115, (40, "Widget"), (310, "2"), (412, "10.00"))
    >>> find_text_tables(Page(1, 595, 842, "", words))
    [[['Description', 'Qty', 'Amount'], ['Widget', '2', '10.00']]]
    """
    lines = [line for line in page.lines() if line.words]
    if not lines:
        return []
    ratio = _gap_ratio(lines)
    rows = [_split(line, ratio) for line in lines]
    found: list[Rows] = []
    i = 0
    while i < len(rows):
        table = _table_at(rows, i, page.width) if _is_header(rows[i], page.width) else None
        if table is None:
            i += 1
            continue
        found.append(table[0])
        i = table[1]
    return found


def _size(w: Word) -> float:
    return w.size if w.size > 0 else max(w.height, 1.0)


def _gap_ratio(lines: list[Line]) -> float:
    """The gap (in font sizes) parting cells: 1.6 word spaces, wider in monospaced fonts."""
    gaps = [
        (b.x0 - a.x1) / _size(a)
        for line in lines
        for a, b in pairwise(line.words)
        if 0 <= b.x0 - a.x1 < _size(a)
    ]
    return max(0.4, 1.6 * median(gaps)) if gaps else 0.45


def _split(line: Line, ratio: float) -> _Row:
    cells: list[Line] = []
    for w in line.words:
        if cells and w.x0 - cells[-1].x1 <= ratio * _size(w):
            cells[-1].words.append(w)
        else:
            cells.append(Line([w]))
    heights = sorted(w.height for w in line.words)
    bold = sum(w.bold for w in line.words) * 2 > len(line.words)
    return _Row(line.top, line.bottom, heights[len(heights) // 2], cells, bold)


def _is_number(text: str) -> bool:
    return _NUMBER.fullmatch(text.strip(_SYMBOLS).rstrip(",;:")) is not None


def _numeric(cell: Line) -> bool:
    """A number with at most two currency/unit words: "€ 399,00", "1,00 Std.", "20 Stk"."""
    words = [w.text.strip(_SYMBOLS) for w in cell.words]
    numbers = sum(_is_number(w) for w in words if w)
    others = [w for w in words if w and not _is_number(w)]
    return numbers >= 1 and len(others) <= 2 and all(_UNIT.fullmatch(w) for w in others)


def _amount(cell: Line) -> bool:
    """Money rather than a count or an identifier: cents, or a currency with the number."""
    if not _numeric(cell):
        return False
    text = cell.text
    money = any(s in text for s in _SYMBOLS) or re.search(r"\b[A-Z]{3}\b|\bRs\b", text)
    return any(_CENTS.search(w.text.strip(_SYMBOLS)) for w in cell.words) or bool(money)


def _label(cell: Line) -> bool:
    """Header-like: short, mostly letters, no number, not a "Label:" of a key/value block."""
    text = cell.text
    letters = sum(ch.isalpha() for ch in text)
    return (
        len(cell.words) <= 6
        and len(text) <= 40
        and (letters >= max(1, 0.5 * len(text.replace(" ", ""))) or text in ("#", "%", "№"))
        and not any(_is_number(w.text) for w in cell.words)
        and not text.rstrip().endswith((":", "—"))
    )


def _is_header(row: _Row, width: float) -> bool:
    cells = row.cells
    return (
        len(cells) >= 2
        and all(_label(c) for c in cells)
        and cells[-1].x1 - cells[0].x0 >= 0.33 * width
    )


def _is_total(row: _Row) -> bool:
    """A totals line: it opens with a totals label, or a later text cell does."""

    def words(cell: Line) -> list[str]:
        return [w.text.strip(":.()").lower() for w in cell.words]

    first = words(row.cells[0])[:2]
    if first[0] in _TOTAL_WORDS or " ".join(first) in _TOTAL_PAIRS:
        return True
    return any(words(c)[0] in _TOTAL_WORDS for c in row.cells[1:] if not _numeric(c))


def _header_band(rows: list[_Row], i: int) -> tuple[list[_Column], int]:
    """Columns from header line ``i`` plus the stacked label lines touching it above/below."""
    head = rows[i]
    size = head.height
    columns = [_Column(c.x0, c.x1, [(head.top, c.text)]) for c in head.cells]

    def joins(row: _Row, neighbour: _Row) -> bool:  # touching (or overlapping) label lines
        return (
            max(row.top, neighbour.top) - min(row.bottom, neighbour.bottom) <= 0.4 * size
            and row.bold == head.bold
            and all(_label(c) or c.text.startswith("[") for c in row.cells)
        )

    band = [i]
    while band[0] > 0 and joins(rows[band[0] - 1], rows[band[0]]):
        band.insert(0, band[0] - 1)
    while band[-1] + 1 < len(rows) and joins(rows[band[-1] + 1], rows[band[-1]]):
        band.append(band[-1] + 1)
    for j in band:
        if j == i:
            continue
        for cell in rows[j].cells:
            hit = _best(columns, cell)
            if hit is None:
                columns.append(_Column(cell.x0, cell.x1, [(rows[j].top, cell.text)]))
                columns.sort(key=lambda c: c.x0)
            else:
                col = columns[hit]
                col.parts.append((rows[j].top, cell.text))
                col.x0, col.x1 = min(col.x0, cell.x0), max(col.x1, cell.x1)
    return columns, band[-1] + 1


def _best(columns: list[_Column], cell: Line) -> int | None:
    """The column a cell overlaps most, ``None`` when it overlaps none."""
    overlaps = [min(cell.x1, c.x1) - max(cell.x0, c.x0) for c in columns]
    best = max(range(len(columns)), key=overlaps.__getitem__)
    return best if overlaps[best] > 0 else None


def _place(columns: list[_Column], cell: Line, slack: float) -> int | None:
    """The column of a body cell: most overlap, else the zone between neighbours' midpoints."""
    hit = _best(columns, cell)
    if hit is not None:
        return hit
    centre = (cell.x0 + cell.x1) / 2
    if centre < columns[0].x0 - slack or centre > columns[-1].x1 + slack:
        return None
    for k in range(len(columns) - 1):
        if centre < (columns[k].x1 + columns[k + 1].x0) / 2:
            return k
    return len(columns) - 1


def _table_at(rows: list[_Row], i: int, width: float) -> tuple[Rows, int] | None:
    """The table whose header is line ``i`` and the index after its last line, or ``None``."""
    columns, j = _header_band(rows, i)
    body = _Body(columns, rows[i].height)
    gutters = [(a.x1, b.x0) for a, b in pairwise(columns)]
    prev_bottom, skipped, end = rows[j - 1].bottom, 0, j
    for k in range(j, len(rows)):
        row = rows[k]
        row = _Row(row.top, row.bottom, row.height, _cut(row.cells, gutters), row.bold)
        gap = row.top - prev_bottom
        placed = [_place(columns, c, 2 * body.size) for c in row.cells]
        if gap > 4 * max(body.size, row.height) or None in placed or _is_header(row, width):
            break
        cols = [p for p in placed if p is not None]
        verdict = body.fits(row, cols, gap)
        if verdict == "item":
            body.add(row, cols)
        elif verdict == "wrap":
            body.wrap(row, cols)
        elif not body.items and len(row.cells) == 1 and not _numeric(row.cells[0]) and skipped < 2:
            skipped += 1  # a section title between header and first item ("--- Food ---")
        else:
            break
        prev_bottom, end = row.bottom, k + 1
    if not body.plausible():
        return None
    return [_names(columns), *[[c or None for c in cells] for cells in body.items]], end


def _cut(cells: list[Line], gutters: list[tuple[float, float]]) -> list[Line]:
    """Split cells at a word gap that is clearly wider than the others and lies between two
    header labels: "20 Stk  19 % VAT" in a PDF whose every space is wide."""
    out: list[Line] = []
    todo = list(cells)
    while todo:
        cell = todo.pop(0)
        words = cell.words
        gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
        if len(gaps) < 2:
            out.append(cell)
            continue
        k = max(range(len(gaps)), key=gaps.__getitem__)
        usual = median(gaps[:k] + gaps[k + 1 :])
        lo, hi = words[k].x1, words[k + 1].x0
        wide = gaps[k] >= 1.2 * usual and gaps[k] - usual >= 0.15 * _size(words[k])
        if wide and any(lo < g1 and hi > g0 for g0, g1 in gutters):
            todo[:0] = [Line(words[: k + 1]), Line(words[k + 1 :])]
        else:
            out.append(cell)
    return out


class _Body:
    """The items under a header, growing line by line."""

    def __init__(self, columns: list[_Column], size: float) -> None:
        self.columns, self.size = columns, size
        self.items: list[list[str]] = []
        self.first: _Row | None = None  # the first item's line: heights and weight to match
        self.anchor = -1  # leftmost column of the first item: every item fills it
        self.numbers = [0] * len(columns)  # item cells per column that are numeric...
        self.texts = [0] * len(columns)  # ...and that are not
        self.money = False  # an item cell holds an amount of money
        # A column widens to the items under it, never over its neighbours' header labels.
        self.bounds = [
            (columns[k - 1].x1 if k else -1e9, columns[k + 1].x0 if k + 1 < len(columns) else 1e9)
            for k in range(len(columns))
        ]

    def numeric(self, k: int) -> bool:
        return self.numbers[k] > 0 and self.texts[k] == 0

    def fits(self, row: _Row, cols: list[int], gap: float) -> str:
        """``"item"``, ``"wrap"`` (continues the last item) or ``"stop"``."""
        has_number = any(_numeric(c) for c in row.cells)
        if has_number and _is_total(row):
            return "stop"
        first = self.first
        if has_number and len(set(cols)) >= 2 and (first is None or self.anchor in cols):
            if first is None:
                return "item"
            anchor = row.cells[cols.index(self.anchor)]
            same_font = 0.7 * first.height <= row.height <= 1.4 * first.height
            # An ID column of numbers does not suddenly hold a name: that is a footer.
            same_anchor = not self.numeric(self.anchor) or _numeric(anchor)
            return "item" if same_font and same_anchor else "stop"
        if first is None or any(
            self.numeric(p) and not _numeric(c) for p, c in zip(cols, row.cells, strict=True)
        ):
            return "stop"  # "Subtotal" under the prices
        wraps = (
            gap <= 1.3 * max(self.size, row.height)
            and row.height <= 1.15 * first.height
            and (first.bold or not row.bold)  # a bold line under plain items is a heading
            # a wrapped cell stays in its column; a line running across columns is a paragraph
            and all(
                self.bounds[p][0] <= c.x0 and c.x1 <= self.bounds[p][1]
                for p, c in zip(cols, row.cells, strict=True)
            )
        )
        return "wrap" if wraps else "stop"

    def add(self, row: _Row, cols: list[int]) -> None:
        merged: dict[int, Line] = {}
        for p, c in zip(cols, row.cells, strict=True):
            merged[p] = Line(merged[p].words + c.words) if p in merged else c
            col, (lo, hi) = self.columns[p], self.bounds[p]
            col.x0, col.x1 = max(lo, min(col.x0, c.x0)), min(hi, max(col.x1, c.x1))
        cells = [""] * len(self.columns)
        for p, c in merged.items():
            cells[p] = c.text
            self.money = self.money or _amount(c)
            self.numbers[p] += _numeric(c)
            self.texts[p] += not _numeric(c)
        if self.first is None:
            self.first, self.anchor = row, min(cols)
        self.items.append(cells)

    def wrap(self, row: _Row, cols: list[int]) -> None:
        last = self.items[-1]
        for p, c in zip(cols, row.cells, strict=True):
            last[p] = f"{last[p]} {c.text}".strip()
            self.money = self.money or _amount(c)

    def plausible(self) -> bool:
        """Line items have money somewhere and a column of text (a totals block has none)."""
        text_column = any(
            t > 0 and 2 * t >= t + n for t, n in zip(self.texts, self.numbers, strict=True)
        )
        used = sum(t + n > 0 for t, n in zip(self.texts, self.numbers, strict=True))
        return bool(self.items) and text_column and self.money and used >= 2


def _names(columns: list[_Column]) -> list[str | None]:
    """Header names, made unique ("Factuur", "Factuur_2"): they become DataFrame columns."""
    names = [c.name for c in columns]
    return [
        n if names[:k].count(n) == 0 else f"{n}_{names[:k].count(n) + 1}"
        for k, n in enumerate(names)
    ]
