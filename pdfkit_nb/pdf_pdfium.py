"""The fast ``engine="pdfium"`` parser: text and words from PDFium's text layer via pypdfium2."""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import stringprep
import struct
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from .document import Document, Page, Word
from .errors import EncryptedPDFError
from .pdf import is_bold

__all__ = ["PdfiumOpenError", "PdfiumPasswordError", "parse_pdfium"]

#: PDFium is not thread-safe, not even across documents: every call in this module holds it.
_LOCK = threading.Lock()

#: Points; pdfplumber's defaults, so both engines cut lines and words alike.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
#: PDF font-descriptor flag bit 19 (PDF 32000-1, table 123).
_FORCE_BOLD = 1 << 18
#: FS_RECTF is four C floats: left, top, right, bottom.
_unpack_rect = struct.Struct("4f").unpack_from
# PDFium joins a word hyphenated across lines and marks the hyphen U+FFFE (U+0002 in old
# builds) instead of a line break: end the line there, as the page shows it.
_SEGMENT = re.compile(r"[^\r\n\x02\ufffe]+[\x02\ufffe]?|[\x02\ufffe]")
_TOKEN = re.compile(r"\S+")
_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-"})
#: How far a baseline may slope and still count as upright: tan(15°), for skewed OCR layers.
_UPRIGHT_SLOPE = 0.27
#: A direction (x, y) in page space, as seen after /Rotate = 0, 90, 180, 270 (y up).
_TURN = (
    lambda x, y: (x, y),
    lambda x, y: (y, -x),
    lambda x, y: (-x, -y),
    lambda x, y: (-y, x),
)

#: FPDF_GetLastError codes (fpdfview.h) that can reach here, in pypdfium2's words.
_LOAD_ERRORS = {
    0: "no error code, but no document",
    1: "Unknown error",
    2: "File access error",
    3: "Data format error: not a PDF, or damaged beyond repair",
    6: "Page not found or content error",
}

#: (x0, top, x1, bottom) in display space: points, origin top-left of the visible page.
Box = tuple[float, float, float, float]


class PdfiumPasswordError(RuntimeError):
    """PDFium refused the password (missing or wrong); ``pdf._map_error`` files it as encrypted."""


class PdfiumOpenError(RuntimeError):
    """PDFium could not open the file or any of its pages (``pdf._map_error``: corrupt)."""


def parse_pdfium(data: bytes, password: str | None, words: bool) -> Document:
    """Read every page's text (and, if asked, its words) with PDFium.

    Page text is laid out like pdfplumber's ``extract_text()``: words grouped into lines by
    their tops (3 pt tolerance), lines top to bottom, words left to right, one space between
    words. Words come from PDFium's own word breaks (it inserts spaces at gaps), with a
    per-character check for letter-spaced runs; their boxes follow pdfplumber's conventions.

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
        The file is encrypted in a way PDFium cannot undo.
    PdfiumOpenError
        PDFium cannot open the file or any of its pages.

    Examples
    --------
    >>> from fpdf import FPDF
    >>> pdf = FPDF()
    >>> pdf.add_page()
    >>> pdf.set_font("Helvetica", size=12)
    >>> _ = pdf.cell(text="Total: 12.50")
    >>> doc = parse_pdfium(bytes(pdf.output()), None, words=True)
    >>> doc.pages[0].text, [w.text for w in doc.pages[0].words]
    ('Total: 12.50', ['Total:', '12.50'])
    """
    import pypdfium2  # a C library: load (and initialise) it in the worker that parses

    raw = pypdfium2.raw
    with _LOCK:
        # The raw API rather than PdfDocument: pypdfium2 raises on a zero-page file without
        # closing it, and we want every handle closed here, in order, not by a finalizer.
        doc = _open(raw, data, password)
        try:
            count = raw.FPDF_GetPageCount(doc)
            if count <= 0 and raw.FPDF_GetSecurityHandlerRevision(doc) != -1:
                raise EncryptedPDFError(
                    "encrypted: PDFium opens it but finds no page it can decrypt "
                    "(damaged or unsupported encryption)"
                )
            reader = _PageReader(raw, doc, words)
            pages = [reader.read(index) for index in range(count)]
        finally:
            raw.FPDF_CloseDocument(doc)
    if pages and reader.failed == len(pages):
        raise PdfiumOpenError(f"PDFium could not load any of its {len(pages)} page(s)")
    return Document(pages, engine="pdfium")


def _open(raw: Any, data: bytes, password: str | None) -> Any:
    """An ``FPDF_DOCUMENT`` for ``data`` (the caller closes it), or the reason it failed."""
    code = raw.FPDF_ERR_UNKNOWN
    for secret in _password_forms(password):
        doc = raw.FPDF_LoadMemDocument64(data, len(data), secret)
        if doc:
            return doc
        code = raw.FPDF_GetLastError()
        if code != raw.FPDF_ERR_PASSWORD:
            break
    if code == raw.FPDF_ERR_PASSWORD:
        raise PdfiumPasswordError("PDFium: incorrect or missing password")
    if code == raw.FPDF_ERR_SECURITY:
        raise EncryptedPDFError(
            "encrypted with a security handler PDFium does not support; try engine='pdfplumber'"
        )
    reason = _LOAD_ERRORS.get(code, f"error {code}")
    raise PdfiumOpenError(f"PDFium cannot open it: {reason}")


def _password_forms(password: str | None) -> list[bytes | None]:
    """The password as UTF-8, then SASLprep'd (AES-256 files need it; PDFium does not do it)."""
    if password is None:
        return [None]
    forms: list[bytes | None] = [password.encode("utf-8") + b"\0"]
    prepared = _saslprep(password).encode("utf-8") + b"\0"
    return forms if prepared == forms[0] else [*forms, prepared]


def _saslprep(text: str) -> str:
    """RFC 4013 mapping and normalisation (PDF 2.0, 7.6.4.3.3), without its prohibitions."""
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch for ch in text if not stringprep.in_table_b1(ch)
    )
    return unicodedata.normalize("NFKC", mapped)


@dataclass(slots=True)
class _Run:
    """Tokens PDFium laid out in one line, as char spans, and the box of the first char."""

    spans: list[tuple[int, int]]
    box: Box
    x1: float
    top: float
    size: float
    upright: bool = True


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
        # The current page's /Rotate (quarter turns) and visible box (left, bottom, right, top).
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
        return text

    def _read_text(self, textpage: Any, number: int) -> tuple[str, list[Word]]:
        chars = self._chars(textpage)
        lines = self._lines(textpage, chars)
        shown = chars.translate(_HYPHENS)  # one char for one: indices stay valid
        text = "\n".join(
            " ".join(shown[a:b] for run in line for a, b in run.spans) for line in lines
        )
        if not self.words:
            return text, []
        # Words in reading order: the text's lines, left to right.
        spans = [(a, b, run.upright) for line in lines for run in line for a, b in run.spans]
        return text, self._words(textpage, shown, spans, number)

    def _lines(self, textpage: Any, chars: str) -> list[list[_Run]]:
        """The page's lines as pdfplumber would cut and order them, from PDFium's runs.

        PDFium writes text in content-stream order: a table drawn column by column can come
        out as one run with a hole where another run's words belong, or jump backwards.
        pdfplumber sorts words by position. The first and last char of each run (two calls)
        find the few runs that need a per-word look, so text-only parsing stays cheap.
        Rotated text (a vertical note in the margin) goes after the upright lines, one line
        per run, as pdfplumber does, instead of being mixed into the lines it crosses.
        """
        runs: list[_Run] = []
        rotated: list[_Run] = []
        for seg in _SEGMENT.finditer(chars):
            spans = [m.span() for m in _TOKEN.finditer(chars, seg.start(), seg.end())]
            if not spans:
                continue
            start = spans[0][0]
            first = self._box(textpage, start)
            size, upright = self._size(textpage, start)
            if not upright:
                rotated.append(_Run(spans, first, first[2], first[1], size, upright=False))
                continue
            end = spans[-1][1] - 1
            last = first if end == start else self._box(textpage, end)
            if (
                last[2] < first[0]
                or abs(last[3] - first[3]) > Y_TOLERANCE
                # A letter-spaced heading ("I N V O I C E") is one token; a longer run can be
                # wide for good reason (PDFium bridges column gaps with a space).
                or (len(spans) == 1 and last[2] - first[0] > _spaced_width(end + 1 - start, size))
            ):
                runs.extend(self._explode(textpage, spans))
            else:
                runs.append(_Run(spans, first, last[2], _top(first, size), size))
        lines = _group_lines(runs)
        for k, line in enumerate(lines):
            if any(b.box[0] < a.x1 - X_TOLERANCE for a, b in itertools.pairwise(line)):
                # Runs overlap on this line: order word by word instead.
                words = [w for run in line for w in self._explode(textpage, run.spans)]
                lines[k] = sorted(words, key=lambda run: run.box[0])
        lines.extend([run] for run in sorted(rotated, key=lambda run: (run.box[0], run.box[1])))
        return lines

    def _explode(self, textpage: Any, spans: list[tuple[int, int]]) -> list[_Run]:
        """One run per token, or per letter of a letter-spaced token (as pdfplumber cuts).

        Four calls a token: tokens of one PDFium line may differ in size and baseline.
        """
        runs: list[_Run] = []
        for a, end in spans:
            first = self._box(textpage, a)
            last = first if end - 1 == a else self._box(textpage, end - 1)
            size = self._size(textpage, a)[0]
            if last[2] - first[0] > _spaced_width(end - a, size):
                runs.extend(
                    _Run([(i, j)], box, box[2], _top(box, size), size)
                    for i, j, box in self._pieces(textpage, a, end)
                )
            else:
                runs.append(_Run([(a, end)], first, last[2], _top(first, size), size))
        return runs

    def _pieces(self, textpage: Any, a: int, end: int) -> list[tuple[int, int, Box]]:
        """Chars ``a:end`` cut where the gap between two exceeds ``X_TOLERANCE``."""
        pieces = []
        begin, (x0, top, x1, bottom) = a, self._box(textpage, a)
        for i in range(a + 1, end):
            c0, ct, c1, cb = self._box(textpage, i)
            if c0 - x1 > X_TOLERANCE or c1 < x0 or abs(cb - bottom) > Y_TOLERANCE:
                pieces.append((begin, i, (x0, top, x1, bottom)))
                begin, x0, top, x1, bottom = i, c0, ct, c1, cb
            else:
                x0, top, x1, bottom = min(x0, c0), min(top, ct), max(x1, c1), max(bottom, cb)
        pieces.append((begin, end, (x0, top, x1, bottom)))
        return pieces

    def _size(self, textpage: Any, index: int) -> tuple[float, bool]:
        """Font size of char ``index`` as pdfplumber reports it, and whether it reads upright."""
        raw, m = self.raw, self._matrix
        size = float(raw.FPDFText_GetFontSize(textpage, index))
        if not raw.FPDFText_GetMatrix(textpage, index, m):
            return size, True
        # GetFontSize leaves out the text and graphics matrices; pdfplumber's size has them.
        size *= math.hypot(m.c, m.d)
        # The baseline's direction in display space: /Rotate turns the page clockwise.
        dx, dy = _TURN[self._rotation](m.a, m.b)
        return round(size, 2), dx > 0 and abs(dy) <= dx * _UPRIGHT_SLOPE

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
        size = self._size(textpage, index)[0]
        font = self.raw.FPDFTextObj_GetFont(obj) if obj else None
        key = ctypes.addressof(font.contents) if font else -1
        bold = self._bold.get(key)
        if bold is None:
            bold = self._bold[key] = self._is_bold(textpage, index, font)
        return size, bold

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
        self, textpage: Any, chars: str, spans: list[tuple[int, int, bool]], number: int
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
        for a, end, upright in spans:
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
            # A letter-spaced token _lines did not catch (its run looked normal overall).
            if upright and x1 - x0 > _spaced_width(end - a, size):
                out.extend(
                    Word(chars[i:j], box[0], _top(box, size), box[2], box[3], number, size, bold)
                    for i, j, box in self._pieces(textpage, a, end)
                )
                continue
            # PDFium's loose box spans the font's ascent..descent; pdfplumber's box is one em
            # up from the descent. Use the latter so boxes agree between engines.
            if upright and size > 0:
                y0 = y1 - size
            out.append(Word(chars[a:end], x0, y0, x1, y1, number, size, bold))
        return out


def _spaced_width(chars: int, size: float) -> float:
    """Width above which ``chars`` characters must have gaps: glyphs average ~0.5 em, none
    is much wider than 1 em, so more than 1 em each means letter spacing or a jump."""
    return chars * max(size, 1.0) + X_TOLERANCE if chars > 1 else math.inf


def _top(box: Box, size: float) -> float:
    """pdfplumber's top of upright text: one em above the bottom of the font's descent."""
    return box[3] - size if size > 0 else box[1]


def _group_lines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose tops chain within ``Y_TOLERANCE`` form a line (pdfplumber's rule)."""
    lines: list[list[_Run]] = []
    last = -math.inf
    for run in sorted(runs, key=lambda run: run.top):
        if lines and run.top - last <= Y_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
        last = run.top
    for line in lines:
        line.sort(key=lambda run: run.box[0])
    return lines


def _codepoint(value: int) -> str:
    if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
        return chr(value)
    return "\ufffd"
