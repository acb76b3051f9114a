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
from collections.abc import Callable
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
#: FS_RECTF is four C floats: left, top, right, bottom; FS_MATRIX starts with a, b, c, d.
_unpack_rect = struct.Struct("4f").unpack_from
_unpack_matrix = _unpack_rect
# PDFium joins a word hyphenated across lines and marks the hyphen U+FFFE (U+0002 in old
# builds) instead of a line break: end the line there, as the page shows it.
_SEGMENT = re.compile(r"[^\r\n\x02\ufffe]+[\x02\ufffe]?|[\x02\ufffe]")
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
#: A char's loose box as PDFium gives it (left, top, right, bottom, user space), or None.
Rect = tuple[float, float, float, float] | None
#: "Not fetched yet" in the per-page rect cache (None there means PDFium has no box).
_UNSEEN: Rect = (math.nan, math.nan, math.nan, math.nan)


@dataclass(frozen=True, slots=True)
class _Calls:
    """The text-page functions called per run or per word, bound for speed (``_bind``)."""

    loose_box: Any  # (textpage, index, FS_RECTF*) -> int
    text_object: Any  # (textpage, index) -> address | None
    font_size: Any  # (textpage, index) -> float
    matrix: Any  # (textpage, index, FS_MATRIX*) -> int
    object_font: Any  # (object address) -> address | None


_CALLS: _Calls | None = None


def _bind(raw: Any) -> _Calls:
    """pypdfium2's hot functions again, bound to cost a third as much a call.

    A call through pypdfium2's bindings costs ~1.4 us: ctypes converts each argument through
    ``argtypes``, wraps a returned handle in a pointer object and releases the GIL. These
    prototypes of the same symbols (same calling convention) take our handle, a C int and a
    ``byref`` as they are, return an int-returning function's result by ctypes' fast path
    (no ``restype``), a handle as a plain int (a cheap cache key), and keep the GIL: a call
    takes well under a microsecond, less than a GIL hand-over, and with other threads busy
    every release could wait a switch interval to get it back.
    """
    global _CALLS
    if _CALLS is None:

        def rebind(fn: Any, restype: Any = None, argtypes: tuple[Any, ...] = ()) -> Any:
            cls = type(fn)
            flags = cls._flags_ | ctypes.PyDLL._func_flags_  # PyDLL's: hold the GIL
            bound = type("_HeldFuncPtr", (cls,), {"_flags_": flags})(
                ctypes.cast(fn, ctypes.c_void_p).value
            )
            if restype is not None:
                bound.restype = restype
            if argtypes:
                bound.argtypes = argtypes
            return bound

        _CALLS = _Calls(
            loose_box=rebind(raw.FPDFText_GetLooseCharBox),
            text_object=rebind(raw.FPDFText_GetTextObject, ctypes.c_void_p),
            font_size=rebind(raw.FPDFText_GetFontSize, ctypes.c_double),
            matrix=rebind(raw.FPDFText_GetMatrix),
            # The address arrives as a Python int: argtypes make it a pointer, not a C int.
            object_font=rebind(raw.FPDFTextObj_GetFont, ctypes.c_void_p, (ctypes.c_void_p,)),
        )
    return _CALLS


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
    """Tokens PDFium laid out in one line: chars ``lo:hi``, and the box of the first char.

    ``spans`` are the tokens' char spans once known; a run of several tokens leaves them
    ``None`` until words or a reorder need them (text only joins ``lo:hi``'s tokens).
    """

    lo: int
    hi: int
    spans: list[tuple[int, int]] | None
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
        self.calls = _bind(raw)
        self._rect = raw.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._matrix = raw.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._flags = ctypes.c_int()
        self._name = ctypes.create_string_buffer(256)
        # Bold per font handle. PDFium may free a font when its last page closes and reuse
        # the address, so the cache lives for one page only.
        self._bold: dict[int, bool] = {}
        # Per char index of the current text page: _lines fetches the first and last char of
        # every run, and the words built next start and end there.
        self._rects: dict[int, Rect] = {}
        self._sizes: dict[int, tuple[float, bool]] = {}
        self._rounded: dict[float, float] = {}
        # The current page's /Rotate (quarter turns), visible box (left, bottom, right, top)
        # and the mapping from user space to display space they make.
        self._rotation = 0
        self._frame: Box = (0.0, 0.0, 0.0, 0.0)
        self._to_display = _display_mapping(0, self._frame)

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
            self._to_display = _display_mapping(self._rotation, self._frame)
            self._bold.clear()
            self._rects.clear()
            self._sizes.clear()
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
        # One char for one: indices stay valid. Not str.translate: on non-ASCII text it raises
        # and swallows a KeyError per char not in its table.
        shown = chars.replace("\x02", "-").replace("\ufffe", "-")
        # A line's tokens, one space apart: split() cuts where the regex \s does.
        text = "\n".join(
            " ".join(" ".join(shown[run.lo : run.hi] for run in line).split()) for line in lines
        )
        if not self.words:
            return text, []
        # Words in reading order: the text's lines, left to right.
        return text, self._words(textpage, shown, lines, number)

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
        box, size_of = self._box, self._size
        for lo, hi in _segments(chars):
            # The first token's start, the last one's end, and whether they are one token;
            # str's whitespace is the regex's \s (both Py_UNICODE_ISSPACE).
            kept = chars[lo:hi].rstrip()
            core = kept.lstrip()
            if not core:
                continue  # whitespace only
            stop = lo + len(kept)
            start = stop - len(core)
            single = len(core.split(None, 1)) == 1
            spans = [(start, stop)] if single else None
            first = box(textpage, start)
            size, upright = size_of(textpage, start)
            if not upright:
                rotated.append(_Run(lo, hi, spans, first, first[2], first[1], size, False))
                continue
            end = stop - 1  # the last token's last char
            last = first if end == start else box(textpage, end)
            if (
                last[2] < first[0]
                or abs(last[3] - first[3]) > Y_TOLERANCE
                # A letter-spaced heading ("I N V O I C E") is one token; a longer run can be
                # wide for good reason (PDFium bridges column gaps with a space).
                or (single and last[2] - first[0] > _spaced_width(end + 1 - start, size))
            ):
                runs.extend(self._explode(textpage, spans or _spans(chars, lo, hi)))
            else:
                runs.append(_Run(lo, hi, spans, first, last[2], _top(first, size), size))
        lines = _group_lines(runs)
        for k, line in enumerate(lines):
            if any(b.box[0] < a.x1 - X_TOLERANCE for a, b in itertools.pairwise(line)):
                # Runs overlap on this line: order word by word instead.
                words = [
                    w
                    for run in line
                    for w in self._explode(textpage, run.spans or _spans(chars, run.lo, run.hi))
                ]
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
                    _Run(i, j, [(i, j)], box, box[2], _top(box, size), size)
                    for i, j, box in self._pieces(textpage, a, end)
                )
            else:
                runs.append(_Run(a, end, [(a, end)], first, last[2], _top(first, size), size))
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
        known = self._sizes.get(index)
        if known is not None:
            return known
        calls = self.calls
        size = calls.font_size(textpage, index)
        if not calls.matrix(textpage, index, self._matrix_ref):
            known = self._sizes[index] = (size, True)
            return known
        a, b, c, d = _unpack_matrix(self._matrix)
        # GetFontSize leaves out the text and graphics matrices; pdfplumber's size has them.
        size *= math.hypot(c, d)
        # The baseline's direction in display space: /Rotate turns the page clockwise.
        dx, dy = (a, b) if self._rotation == 0 else _TURN[self._rotation](a, b)
        # round(x, 2) formats the float (~1 us); a document has few distinct sizes. Zeros skip
        # the memo: 0.0 and -0.0 are one key there, and each rounds to itself.
        rounded = self._rounded.get(size) if size else size
        if rounded is None:
            rounded = self._rounded[size] = round(size, 2)
        known = self._sizes[index] = (rounded, dx > 0 and abs(dy) <= dx * _UPRIGHT_SLOPE)
        return known

    # -- geometry --------------------------------------------------------------------------

    def _box(self, textpage: Any, index: int) -> Box:
        """Loose (font-height) box of one char in display coordinates; fetched once a page."""
        rect = self._rects.get(index, _UNSEEN)
        if rect is _UNSEEN:
            found = self.calls.loose_box(textpage, index, self._rect_ref)
            rect = self._rects[index] = _unpack_rect(self._rect) if found else None
        if rect is None:
            return (0.0, 0.0, 0.0, 0.0)
        left, top, right, bottom = rect
        return self._to_display(left, bottom, right, top)

    def _is_bold(self, textpage: Any, index: int, font: int | None) -> bool:
        raw, buf = self.raw, self._name
        if font:
            handle = ctypes.cast(font, raw.FPDF_FONT)
            n = raw.FPDFFont_GetBaseFontName(handle, buf, len(buf))
            flags = raw.FPDFFont_GetFlags(handle)
        else:
            n = raw.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(self._flags))
            flags = self._flags.value
        name = buf.value.decode("latin-1") if 0 < n <= len(buf) else ""
        # The name decides, as in pdfplumber. PDFium's "weight" is not usable: it is 0 for core
        # fonts and echoes StemV for others (2540 for a regular CID font).
        return is_bold(name) or (flags > 0 and flags & _FORCE_BOLD != 0)

    def _words(self, textpage: Any, chars: str, lines: list[list[_Run]], number: int) -> list[Word]:
        """Words from whitespace-separated tokens: a box from the first and last char only.

        This loop runs once per word on every page, so it is written for speed: a ctypes call
        costs more than the rest of a word's work, so it makes at most three per word (first
        and last char box, text object; the ends of runs come from ``_lines``) plus three per
        text object, and none per other character.
        """
        calls = self.calls
        get_box, get_object, object_font = calls.loose_box, calls.text_object, calls.object_font
        rects, sizes, bolds, size_of = self._rects, self._sizes, self._bold, self._size
        unseen, unpack = _UNSEEN, _unpack_rect
        rect, ref = self._rect, self._rect_ref
        to_display = self._to_display
        # The mapping, inlined for unrotated pages (nearly all): a call per word costs more.
        plain = self._rotation == 0
        fl, _, _, ft = self._frame
        # Font size and boldness are per text object; objects live as long as the page.
        fonts: dict[int, tuple[float, bool, float]] = {}
        out: list[Word] = []
        append = out.append
        for line in lines:
            for run in line:
                upright = run.upright
                for a, end in run.spans or _spans(chars, run.lo, run.hi):
                    first = last = rects.get(a, unseen)
                    if first is unseen:
                        first = last = rects[a] = (
                            unpack(rect) if get_box(textpage, a, ref) else None
                        )
                    if end - a > 1:
                        last = rects.get(end - 1, unseen)
                        if last is unseen:
                            found = get_box(textpage, end - 1, ref)
                            last = rects[end - 1] = unpack(rect) if found else None
                        if first is None:
                            first = last
                    if first is None:
                        continue  # PDFium knows no position for it: not a word we can place
                    left, top, right, bottom = first
                    if last is not first and last is not None:
                        l2, t2, r2, b2 = last
                        left = l2 if l2 < left else left
                        top = t2 if t2 > top else top
                        right = r2 if r2 > right else right
                        bottom = b2 if b2 < bottom else bottom
                    obj = get_object(textpage, a)
                    key = obj if obj else -a - 1
                    font = fonts.get(key)
                    if font is None:
                        # The object's first word (in reading order) sets its size, as before.
                        size = (sizes.get(a) or size_of(textpage, a))[0]
                        handle = object_font(obj) if obj else None
                        bold = bolds.get(handle or -1)
                        if bold is None:
                            bold = bolds[handle or -1] = self._is_bold(textpage, a, handle)
                        font = fonts[key] = (size, bold, max(size, 1.0))
                    size, bold, em = font
                    if plain:
                        x0, y0, x1, y1 = left - fl, ft - top, right - fl, ft - bottom
                    else:
                        x0, y0, x1, y1 = to_display(left, bottom, right, top)
                    if upright:
                        # A letter-spaced token _lines did not catch (its run looked normal
                        # overall): _spaced_width's test, inlined.
                        if end - a > 1 and x1 - x0 > (end - a) * em + X_TOLERANCE:
                            out.extend(self._spaced(textpage, chars[a:end], a, number, size, bold))
                            continue
                        # PDFium's loose box spans the font's ascent..descent; pdfplumber's box is
                        # one em up from the descent. Use the latter so boxes agree between engines.
                        if size > 0:
                            y0 = y1 - size
                    append(Word(chars[a:end], x0, y0, x1, y1, number, size, bold))
        return out

    def _spaced(
        self, textpage: Any, token: str, a: int, number: int, size: float, bold: bool
    ) -> list[Word]:
        """The words of letter-spaced ``token`` (chars from ``a``), cut as pdfplumber cuts."""
        return [
            Word(token[i - a : j - a], box[0], _top(box, size), box[2], box[3], number, size, bold)
            for i, j, box in self._pieces(textpage, a, a + len(token))
        ]


def _segments(chars: str) -> list[tuple[int, int]]:
    """The spans ``_SEGMENT`` finds in ``chars``, found faster on the usual page.

    PDFium ends its lines with "\r\n", and only hyphen marks need the regex: a page without
    them splits at "\r\n" in C, and a piece with a stray CR or LF goes to the regex.
    """
    if "\x02" in chars or "\ufffe" in chars:
        return [m.span() for m in _SEGMENT.finditer(chars)]
    spans: list[tuple[int, int]] = []
    lo = 0
    for piece in chars.split("\r\n"):
        hi = lo + len(piece)
        if "\r" in piece or "\n" in piece:
            spans.extend(m.span() for m in _SEGMENT.finditer(chars, lo, hi))
        elif piece:
            spans.append((lo, hi))
        lo = hi + 2
    return spans


def _spans(chars: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) of every whitespace-separated token in ``chars[lo:hi]``.

    Tokens are runs of non-space chars (the regex ``\\S+``), found for less than a regex
    costs: between a token's search start and the token there is only whitespace, so the
    first match of its text there is the token itself.
    """
    spans: list[tuple[int, int]] = []
    find = chars.find
    end = lo
    for token in chars[lo:hi].split():
        start = find(token, end)
        end = start + len(token)
        spans.append((start, end))
    return spans


def _display_mapping(rotation: int, frame: Box) -> Callable[[float, float, float, float], Box]:
    """``(left, bottom, right, top)`` in user space to (x0, top, x1, bottom) on the visible
    page (top-left origin), for a page turned ``rotation`` quarter turns and showing ``frame``
    (left, bottom, right, top)."""
    fl, fb, fr, ft = frame
    # /Rotate turns the page clockwise for display (PDF 32000-1, 7.7.3.3).
    if rotation == 0:
        return lambda left, bottom, right, top: (left - fl, ft - top, right - fl, ft - bottom)
    if rotation == 1:
        return lambda left, bottom, right, top: (bottom - fb, left - fl, top - fb, right - fl)
    if rotation == 2:
        return lambda left, bottom, right, top: (fr - right, bottom - fb, fr - left, top - fb)
    return lambda left, bottom, right, top: (ft - top, fr - right, ft - bottom, fr - left)


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
