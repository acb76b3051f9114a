"""The fast ``engine="pdfium"`` parser: text and words from PDFium's text layer via pypdfium2."""

from __future__ import annotations

import ctypes
import math
import re
import struct
import threading
from dataclasses import dataclass
from typing import Any

from .document import Document, Page, Word
from .errors import EncryptedPDFError
from .pdf import is_bold

__all__ = ["PdfiumPasswordError", "parse_pdfium"]

#: PDFium is not thread-safe, not even across documents: every call in this module holds it.
_LOCK = threading.Lock()

#: Points; pdfplumber's defaults, so both engines cut lines and words alike.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
#: PDF font-descriptor flag bit 19 (PDF 32000-1, table 123).
_FORCE_BOLD = 1 << 18
#: FS_RECTF is four C floats: left, top, right, bottom.
_unpack_rect = struct.Struct("4f").unpack_from
_SEGMENT = re.compile(r"[^\r\n]+")
_TOKEN = re.compile(r"\S+")
# PDFium marks a hyphen it thinks ends a line with U+0002 (and U+FFFE in old builds).
_PDFIUM_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-"})

#: (x0, top, x1, bottom) in display space: points, origin top-left of the visible page.
Box = tuple[float, float, float, float]


class PdfiumPasswordError(RuntimeError):
    """PDFium refused the password (missing or wrong); ``pdf._map_error`` files it as encrypted."""


def parse_pdfium(data: bytes, password: str | None, words: bool) -> Document:
    """Read every page's text (and, if asked, its words) with PDFium.

    Page text is laid out like pdfplumber's ``extract_text()``: PDFium's text runs are
    grouped into lines by baseline (top to bottom), runs on one line are joined left to right
    with one space, whitespace is collapsed. Words come from PDFium's own word breaks (it
    inserts spaces at gaps), with a per-character check for letter-spaced runs.

    Parameters
    ----------
    data
        The PDF's bytes.
    password
        Opens encrypted files; ``None`` tries none (owner-password-only files still open).
    words
        Also build :class:`Word` objects with boxes, font size and boldness.

    Returns
    -------
    Document
        ``engine="pdfium"``; no pages at all when the file has none.

    Raises
    ------
    PdfiumPasswordError
        The file needs a password, or the one given is wrong.
    EncryptedPDFError
        The file uses a security handler PDFium cannot open.
    pypdfium2.PdfiumError
        Anything else PDFium rejects (the caller maps it to ``CorruptPDFError``).

    Examples
    --------
    >>> from fpdf import FPDF
    >>> pdf = FPDF(); pdf.add_page(); pdf.set_font("Helvetica", size=12)
    >>> pdf.cell(text="Total: 12.50")  # doctest: +ELLIPSIS
    ...
    >>> doc = parse_pdfium(bytes(pdf.output()), None, words=True)
    >>> doc.pages[0].text, [w.text for w in doc.pages[0].words]
    ('Total: 12.50', ['Total:', '12.50'])
    """
    import pypdfium2 as pdfium  # a C library: load it in the worker that parses

    raw = pdfium.raw
    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == raw.FPDF_ERR_PASSWORD:
                raise PdfiumPasswordError(f"PDFium: incorrect or missing password ({exc})") from exc
            if code == raw.FPDF_ERR_SECURITY:
                raise EncryptedPDFError(
                    "encrypted with a security handler PDFium cannot open; try engine='pdfplumber'"
                ) from exc
            raise
        try:
            reader = _PageReader(raw, pdf.raw, words)
            count = raw.FPDF_GetPageCount(pdf.raw)
            pages = [reader.read(index) for index in range(count)]
        finally:
            pdf.close()
    if pages and reader.failed == len(pages):
        raise pdfium.PdfiumError(f"Failed to load any of its {len(pages)} page(s).")
    return Document(pages, engine="pdfium")


@dataclass(slots=True)
class _Run:
    """One PDFium text line: its tokens' char spans and where its first character sits."""

    spans: list[tuple[int, int]]
    x0: float
    bottom: float


class _PageReader:
    """Reads pages of one open document; holds reusable ctypes buffers (no per-char objects)."""

    def __init__(self, raw: Any, doc: Any, words: bool) -> None:
        self.raw = raw
        self.doc = doc
        self.words = words
        self.failed = 0
        self._rect = raw.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._matrix = raw.FS_MATRIX()
        self._flags = ctypes.c_int()
        self._name = ctypes.create_string_buffer(256)
        # Bold per font handle. PDFium may free a font when its last page closes and reuse
        # the address, so the cache lives for one page only.
        self._bold: dict[int, bool] = {}
        # Display transform of the current page: x' = sx*x + c; rotation decides the axes.
        self._rotation = 0
        self._frame: Box = (0.0, 0.0, 0.0, 0.0)

    # -- pages ---------------------------------------------------------------------------

    def read(self, index: int) -> Page:
        raw = self.raw
        page = raw.FPDF_LoadPage(self.doc, index)
        if not page:
            # One broken page should not cost the others; all broken is an error (caller).
            self.failed += 1
            size = raw.FS_SIZEF()
            raw.FPDF_GetPageSizeByIndexF(self.doc, index, size)
            return Page(index + 1, float(size.width), float(size.height), "")
        try:
            width = float(raw.FPDF_GetPageWidthF(page))
            height = float(raw.FPDF_GetPageHeightF(page))
            self._rotation = raw.FPDFPage_GetRotation(page) % 4
            if raw.FPDF_GetPageBoundingBox(page, self._rect_ref):
                left, top, right, bottom = _unpack_rect(self._rect)
                self._frame = (left, bottom, right, top)
            else:
                self._frame = (0.0, 0.0, width, height)
            self._bold.clear()
            textpage = raw.FPDFText_LoadPage(page)
            if not textpage:
                self.failed += 1
                return Page(index + 1, width, height, "")
            try:
                text, page_words = self._read_text(textpage, index + 1)
            finally:
                raw.FPDFText_ClosePage(textpage)
            return Page(index + 1, width, height, text, page_words)
        finally:
            raw.FPDF_ClosePage(page)

    def _chars(self, textpage: Any) -> str:
        """The page's characters, one ``str`` character per PDFium char index."""
        raw = self.raw
        n = raw.FPDFText_CountChars(textpage)
        if n <= 0:
            return ""
        buffer = (ctypes.c_ushort * (n + 1))()
        got = raw.FPDFText_GetText(textpage, 0, n, buffer)
        text = ctypes.string_at(buffer, 2 * max(got - 1, 0)).decode("utf-16-le", "replace")
        if len(text) != n:
            # Surrogate pairs or chars PDFium leaves out of its text: index by char instead.
            text = "".join(_codepoint(raw.FPDFText_GetUnicode(textpage, i)) for i in range(n))
        return text.translate(_PDFIUM_HYPHENS)

    def _read_text(self, textpage: Any, number: int) -> tuple[str, list[Word]]:
        chars = self._chars(textpage)
        runs: list[_Run] = []
        for seg in _SEGMENT.finditer(chars):
            spans = [m.span() for m in _TOKEN.finditer(chars, seg.start(), seg.end())]
            if spans:
                x0, _, _, bottom = self._box(textpage, spans[0][0])
                runs.append(_Run(spans, x0, bottom))
        lines = _group_lines(runs)
        text = "\n".join(
            " ".join(chars[a:b] for run in line for a, b in run.spans) for line in lines
        )
        if not self.words:
            return text, []
        # Words in reading order: the order of the text's lines, left to right.
        spans = [span for line in lines for run in line for span in run.spans]
        return text, self._words(textpage, chars, spans, number)

    # -- geometry --------------------------------------------------------------------------

    def _box(self, textpage: Any, index: int) -> Box:
        """Loose (font-height) box of one char in display coordinates."""
        if not self.raw.FPDFText_GetLooseCharBox(textpage, index, self._rect_ref):
            return (0.0, 0.0, 0.0, 0.0)
        left, top, right, bottom = _unpack_rect(self._rect)
        return self._to_display(left, bottom, right, top)

    def _to_display(self, left: float, bottom: float, right: float, top: float) -> Box:
        """A user-space rectangle as (x0, top, x1, bottom) with a top-left origin."""
        fl, fb, fr, ft = self._frame
        rot = self._rotation
        # /Rotate turns the page clockwise for display (PDF 32000-1, 7.7.3.3).
        if rot == 0:
            return (left - fl, ft - top, right - fl, ft - bottom)
        if rot == 1:
            return (bottom - fb, left - fl, top - fb, right - fl)
        if rot == 2:
            return (fr - right, bottom - fb, fr - left, top - fb)
        return (ft - top, fr - right, ft - bottom, fr - left)

    def _font(self, textpage: Any, index: int, obj: Any) -> tuple[float, bool]:
        """(size in points, bold) of char ``index`` in text object ``obj``."""
        raw = self.raw
        size = float(raw.FPDFText_GetFontSize(textpage, index))
        # GetFontSize ignores the text and graphics matrices; pdfplumber's size includes them.
        if raw.FPDFText_GetMatrix(textpage, index, self._matrix):
            size *= math.hypot(self._matrix.c, self._matrix.d)
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        key = ctypes.addressof(font.contents) if font else -1
        bold = self._bold.get(key)
        if bold is None:
            bold = self._bold[key] = self._is_bold(textpage, index, font)
        return round(size, 2), bold

    def _is_bold(self, textpage: Any, index: int, font: Any) -> bool:
        raw, buf = self.raw, self._name
        if font:
            n = raw.FPDFFont_GetBaseFontName(font, buf, len(buf))
            flags = raw.FPDFFont_GetFlags(font)
        else:
            n = raw.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(self._flags))
            flags = self._flags.value
        name = buf.value.decode("latin-1") if 0 < n <= len(buf) else ""
        # The name decides, as in pdfplumber. PDFium's "weight" is not usable: it is 0 for core
        # fonts and echoes StemV for others (2540 for a regular CID font).
        return is_bold(name) or (flags > 0 and flags & _FORCE_BOLD != 0)

    def _words(
        self, textpage: Any, chars: str, spans: list[tuple[int, int]], number: int
    ) -> list[Word]:
        """Words from whitespace-separated tokens: a box from the first and last char only.

        This loop runs once per word on every page, so it is written for speed: ctypes calls
        are the cost (~1.5 us each), so it makes 2-3 per word and none per other character.
        """
        raw = self.raw
        get_box = raw.FPDFText_GetLooseCharBox
        get_object = raw.FPDFText_GetTextObject
        addressof = ctypes.addressof
        rect, ref = self._rect, self._rect_ref
        to_display = self._to_display
        # Font size and boldness are per text object; objects live as long as the page.
        fonts: dict[int, tuple[float, bool]] = {}
        out: list[Word] = []
        for a, end in spans:
            b = end - 1
            if not get_box(textpage, a, ref) and not get_box(textpage, b, ref):
                continue  # PDFium knows no position for it: not a word we can place
            # unpack_from reads the four floats at once; ctypes field access costs ~4x more.
            left, top, right, bottom = _unpack_rect(rect)
            if b > a and get_box(textpage, b, ref):
                l2, t2, r2, b2 = _unpack_rect(rect)
                left = l2 if l2 < left else left
                top = t2 if t2 > top else top
                right = r2 if r2 > right else right
                bottom = b2 if b2 < bottom else bottom
            obj = get_object(textpage, a)
            key = addressof(obj.contents) if obj else -a - 1
            font = fonts.get(key)
            if font is None:
                font = fonts[key] = self._font(textpage, a, obj)
            size, bold = font
            x0, y0, x1, y1 = to_display(left, bottom, right, top)
            # Normal glyphs average ~0.5 em: wider than 1 em per char means letter spacing or
            # a jump PDFium did not mark with a space; split per char like pdfplumber.
            if x1 - x0 > (end - a) * max(size, 1.0) + X_TOLERANCE and end - a > 1:
                out.extend(self._split_spaced(textpage, chars, a, end, size, bold, number))
                continue
            # PDFium's loose box spans the font's ascent..descent (~1.17 em); pdfplumber's is
            # one em up from the descent. Trim the top so the engines agree (upright text).
            if 0 < size < y1 - y0:
                y0 = y1 - size
            out.append(Word(chars[a:end], x0, y0, x1, y1, number, size, bold))
        return out

    def _split_spaced(
        self, textpage: Any, chars: str, a: int, end: int, size: float, bold: bool, number: int
    ) -> list[Word]:
        out: list[Word] = []
        begin = a
        x0, top, x1, bottom = self._box(textpage, a)
        for i in range(a + 1, end):
            c0, ct, c1, cb = self._box(textpage, i)
            if c0 - x1 > X_TOLERANCE or c1 < x0 or abs(cb - bottom) > Y_TOLERANCE:
                out.append(_word(chars[begin:i], x0, top, x1, bottom, number, size, bold))
                begin, x0, top, x1, bottom = i, c0, ct, c1, cb
            else:
                x0, top, x1, bottom = min(x0, c0), min(top, ct), max(x1, c1), max(bottom, cb)
        out.append(_word(chars[begin:end], x0, top, x1, bottom, number, size, bold))
        return out


def _word(
    text: str, x0: float, top: float, x1: float, bottom: float, page: int, size: float, bold: bool
) -> Word:
    # PDFium's loose box spans the font's ascent..descent (~1.17 em); pdfplumber's is one em
    # from the descent up. Trim the top so boxes agree between engines (upright text only).
    if size > 0 and bottom - top > size:
        top = bottom - size
    return Word(text, x0, top, x1, bottom, page, size, bold)


def _group_lines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose baselines are within ``Y_TOLERANCE`` form a line; lines top to bottom."""
    lines: list[list[_Run]] = []
    last = -math.inf
    for run in sorted(runs, key=lambda r: r.bottom):
        if lines and run.bottom - last <= Y_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
        last = run.bottom
    for line in lines:
        line.sort(key=lambda r: r.x0)
    return lines


def _codepoint(value: int) -> str:
    if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
        return chr(value)
    return "\ufffd"
