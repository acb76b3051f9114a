"""The engine-neutral parsed document: pages, their text, and words with positions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Document", "Line", "Page", "Word"]


@dataclass(slots=True)
class Word:
    """One word on a page. Coordinates are PDF points, origin top-left (pdfplumber's convention).

    ``page`` is 1-based. ``size`` is the font size; ``bold`` comes from the font name.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int = 1
    size: float = 0.0
    bold: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class Line:
    """Words that share a baseline, left to right."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def page(self) -> int:
        return self.words[0].page


@dataclass(slots=True)
class Page:
    """One page: its size, its plain text and (when asked for) its words."""

    number: int
    width: float
    height: float
    text: str
    words: list[Word] = field(default_factory=list)
    #: Tables found on the page (when asked for): rows of cell strings, ``None`` for empty.
    tables: list[list[list[str | None]]] = field(default_factory=list)

    def lines(self, tolerance: float = 3.0) -> list[Line]:
        """Group words into lines: same page, vertical centres within ``tolerance`` points."""
        ordered = sorted(self.words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
        lines: list[list[Word]] = []
        centre = -1e9
        for w in ordered:
            c = (w.top + w.bottom) / 2
            if lines and abs(c - centre) <= max(tolerance, 0.35 * w.height):
                lines[-1].append(w)
            else:
                lines.append([w])
                centre = c
        return [Line(sorted(ws, key=lambda w: w.x0)) for ws in lines]


@dataclass(slots=True)
class Document:
    """What a parse worker hands to an extractor."""

    pages: list[Page]
    engine: str = "pdfplumber"
    #: Values an extractor's ``worker_stage`` found in the parse worker (see ``Extractor``).
    prefilled: dict[str, Any] | None = None
    #: What was typed into the file's form fields (a filled-in PDF form), by field name.
    form: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """All pages' text, pages separated by a form feed."""
        return "\f".join(p.text for p in self.pages)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def char_count(self) -> int:
        return sum(len(p.text.strip()) for p in self.pages)

    def without_words(self) -> Document:
        """A copy with the text only: cheap to send between processes."""
        return Document(
            [Page(p.number, p.width, p.height, p.text) for p in self.pages],
            self.engine,
            form=self.form,
        )
