"""Page geometry for the rules extractor: lines, label sightings, and the words beside or below."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace

from ..document import Document
from ._labels import LabelBook, LabelInfo, fold, word_tokens

__all__ = ["DocIndex", "Hit", "LineRec", "Tok", "join", "span_bbox"]

#: A gap wider than this many word heights starts a new segment (a new cell or column).
SEGMENT_GAP = 0.8
_LEADER_DOTS = re.compile(r"\w\.\.+\w|\.\.+\w|\w\.\.+")
_LEADER_RUN = re.compile(r"\.{4,}")
_INNER_DASH = re.compile(r"(?<=\w)\u2014(?=\w)")
_MAX_LABEL_TOKENS = 8


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

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def segment(self, seg: int) -> list[Tok]:
        return [t for t in self.toks if t.seg == seg]

    @property
    def text(self) -> str:
        return join(self.toks)


@dataclass(slots=True)
class Hit:
    """A label seen on a line: words ``start..end`` (inclusive), ``cut`` chars of the last."""

    line: LineRec
    start: int
    end: int
    cut: int
    key: str
    infos: tuple[LabelInfo, ...]

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
    def closed(self) -> bool:
        """Whether the label ends with a colon or ends its segment ("Seller:", "Bill to  |",
        "Tax (19%)  |"), rather than running on into other words of the same cell."""
        toks = self.line.toks
        last = toks[self.end]
        if ":" in last.text[_raw_cut(last, self.cut) :][:2]:
            return True
        if self.cut < len(last.folded) and any(c.isalnum() for c in last.folded[self.cut :]):
            return False
        k = self.end + 1
        if k < len(toks) and toks[k].seg == last.seg and toks[k].text.startswith("("):
            while k < len(toks) and toks[k].seg == last.seg and ")" not in toks[k].text:
                k += 1  # a qualifier such as "(19%)" or "(incl. VAT)" belongs to the label
            k += 1
        if k >= len(toks) or toks[k].seg != last.seg:
            return True
        return toks[k].text.startswith(":")

    @property
    def anchored(self) -> bool:
        """Whether the label starts its line or its column."""
        toks = self.line.toks
        return self.start == 0 or toks[self.start - 1].seg != toks[self.start].seg


@dataclass
class PageRec:
    number: int
    width: float
    height: float
    lines: list[LineRec] = field(default_factory=list)


def _raw_cut(tok: Tok, cut: int) -> int:
    if len(tok.folded) == len(tok.text):
        return cut
    return round(len(tok.text) * cut / max(len(tok.folded), 1))


def join(toks: list[Tok]) -> str:
    """The words' text, one space between."""
    return " ".join(t.text for t in toks)


def span_bbox(toks: list[Tok]) -> tuple[float, float, float, float]:
    """The box around some words (``x0, top, x1, bottom``)."""
    return (
        min(t.x0 for t in toks),
        min(t.top for t in toks),
        max(t.x1 for t in toks),
        max(t.bottom for t in toks),
    )


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


class DocIndex:
    """A document's lines, built once; label search and neighbour look-ups run on it."""

    def __init__(self, doc: Document) -> None:
        self.pages: list[PageRec] = []
        self.lines: list[LineRec] = []
        sizes: list[float] = []
        for page in doc.pages:
            rec = PageRec(page.number, page.width, page.height)
            for line in page.lines():
                toks: list[Tok] = []
                for w in line.words:
                    parts = _clean(w.text)
                    size = w.size or (w.bottom - w.top)
                    if len(parts) == 1:
                        pieces = [(parts[0], w.x0, w.x1)]
                    else:  # boxes shared out by length: good enough for provenance
                        step = (w.x1 - w.x0) / max(sum(len(p) for p in parts), 1)
                        pieces, x = [], w.x0
                        for p in parts:
                            pieces.append((p, x, x + step * len(p)))
                            x += step * (len(p) + 1)
                    for text, x0, x1 in pieces:
                        tok = Tok(text, fold(text), x0, w.top, x1, w.bottom, size, w.bold, w.page)
                        self._append(toks, tok)
                        sizes.append(size)
                if not toks:
                    continue
                lr = LineRec(
                    toks,
                    page.number,
                    len(self.lines),
                    len(rec.lines),
                    min(t.top for t in toks),
                    max(t.bottom for t in toks),
                )
                rec.lines.append(lr)
                self.lines.append(lr)
            self.pages.append(rec)
        self.body_size = statistics.median(sizes) if sizes else 10.0
        self.hits_by_line: dict[int, list[Hit]] = {}

    @staticmethod
    def _append(toks: list[Tok], tok: Tok) -> None:
        if toks:
            prev = toks[-1]
            gap = tok.x0 - prev.x1
            if abs(gap) < 0.05 and prev.bottom - prev.top == tok.bottom - tok.top:
                # Touching words are one word split by a zero-width space ("1 81301674").
                prev.text += tok.text
                prev.folded += tok.folded
                prev.x1 = tok.x1
                return
            big = gap > SEGMENT_GAP * max(min(prev.height, tok.height), 1.0)
            tok.seg = prev.seg + (1 if big else 0)
        toks.append(tok)

    # ------------------------------------------------------------------ labels

    def find(self, book: LabelBook) -> list[Hit]:
        """Every label sighting, longest label first at each place, in reading order."""
        hits: list[Hit] = []
        labels, prefixes = book.labels, book.prefixes
        for line in self.lines:
            parts: list[tuple[str, int, int, int]] = []  # token, word index, end in word, seg
            for wi, tok in enumerate(line.toks):
                parts.extend((text, wi, end, tok.seg) for text, end in word_tokens(tok.folded))
            i, n = 0, len(parts)
            while i < n:
                run, best = "", -1
                for j in range(i, min(n, i + _MAX_LABEL_TOKENS)):
                    if parts[j][3] != parts[i][3]:
                        break
                    run += parts[j][0]
                    if run not in prefixes:
                        break
                    if run in labels:
                        best, key = j, run
                if best < 0:
                    i += 1
                    continue
                start_word, (_, end_word, cut, _) = parts[i][1], parts[best]
                if self._glued(line, parts[i], parts[best]):
                    i += 1
                    continue
                hits.append(Hit(line, start_word, end_word, cut, key, labels[key]))
                i = best + 1
        self.hits_by_line = {}
        for hit in hits:
            self.hits_by_line.setdefault(hit.line.index, []).append(hit)
        return hits

    @staticmethod
    def _glued(
        line: LineRec, first: tuple[str, int, int, int], last: tuple[str, int, int, int]
    ) -> bool:
        """Whether the label is part of an identifier: ``invoice_number_1``, ``PO-58703``."""
        word = line.toks[first[1]].folded
        start = first[2] - len(first[0])
        if start > 0 and word[start - 1] == "_":
            return True
        after = line.toks[last[1]].folded[last[2] : last[2] + 2]
        return after[:1] == "_" or (after[:1] in "-/" and after[1:2].isalnum())

    # ------------------------------------------------------------------ neighbours

    def right_of(self, hit: Hit, stops: dict[tuple[int, int], bool]) -> list[Tok]:
        """The words after a label on its line, up to the next label.

        ``stops`` maps where labels start to whether they start a segment. A label inside a
        segment ends the value only once a digit has been seen: "Rechnungssumme Brutto (inkl.
        USt.) 235,62" goes on past "USt.", "Nr. 30064443 Kundennr. 47774" stops.
        """
        line = hit.line
        last = line.toks[hit.end]
        out: list[Tok] = []
        rest = last.folded[hit.cut :]
        if any(c.isalnum() for c in rest):
            # The value is glued to the label ("Kundennr:47774", "number4836212534").
            raw = last.text[_raw_cut(last, hit.cut) :]
            frac = hit.cut / max(len(last.folded), 1)
            x0 = last.x0 + (last.x1 - last.x0) * frac
            out.append(replace(last, text=raw, folded=fold(raw), x0=x0))
        digits = any(c.isdigit() for t in out for c in t.text)
        for k in range(hit.end + 1, len(line.toks)):
            stop = stops.get((line.index, k))
            if stop is not None and (stop or digits):
                break
            tok = line.toks[k]
            digits = digits or any(c.isdigit() for c in tok.text)
            out.append(tok)
        if not out:
            out = self._misaligned_right(hit)
        last_word = hit.end == len(line.toks) - 1
        # Only a label inside one run of text (a paragraph) continues on the next line.
        if not out and last_word and not hit.anchored and line.toks[hit.start].seg == 0:
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

    def _misaligned_right(self, hit: Hit) -> list[Tok]:
        """Words right of a label on a neighbouring line whose middle is level with the label
        (a value in a bigger font sits a little lower and ends up in a line of its own)."""
        line = hit.line
        page = self.pages[line.page - 1]
        top, bottom, x1 = line.top, line.bottom, hit.x1
        out: list[Tok] = []
        for other in page.lines[max(0, line.number - 2) : line.number + 3]:
            if other is line:
                continue
            mid = (other.top + other.bottom) / 2
            if top <= mid <= bottom or (other.top <= (top + bottom) / 2 <= other.bottom):
                out.extend(t for t in other.toks if t.x0 >= x1)
        out.sort(key=lambda t: t.x0)
        return out

    def below(
        self, hit: Hit, *, lines: int = 1, reach: float = 2.5, column: bool = False
    ) -> list[tuple[LineRec, list[Tok]]]:
        """Up to ``lines`` lines under a label that have words in its column.

        ``reach`` limits the first gap, in label heights; later lines must follow closely.
        Each result is the segment of the line that overlaps the label or, with ``column``,
        every word between the label's left edge and the next label to its right (a section
        such as "Seller:" over a name, a street and a town).
        """
        line = hit.line
        page = self.pages[line.page - 1]
        left, right = hit.x0, hit.x1
        if column:
            seg = line.toks[hit.end].seg
            right = next((t.x0 for t in line.toks[hit.end + 1 :] if t.seg != seg), page.width)
        limit = line.bottom + reach * max(line.height, 4.0)
        out: list[tuple[LineRec, list[Tok]]] = []
        for other in page.lines[line.number + 1 :]:
            if other.top > limit:
                break
            if other.top < line.bottom - 1:
                continue
            if column:
                toks = [t for t in other.toks if t.x0 >= left - 4 and t.x1 <= right + 2]
            else:
                segs = {t.seg for t in other.toks if t.x1 > left - 2 and t.x0 < right + 2}
                toks = other.segment(min(segs)) if segs else []
            if not toks:
                continue
            out.append((other, toks))
            if len(out) >= lines:
                break
            limit = other.bottom + 1.6 * max(other.height, 4.0)
        return out

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
