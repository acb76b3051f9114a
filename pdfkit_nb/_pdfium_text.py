"""PDFium text-layer helpers: bound ctypes calls, runs of text, and the geometry rules
shared by the page reader (``_pdfium_page``) of ``engine="pdfium"``."""

from __future__ import annotations

import ctypes
import math
import operator
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
    generated: Any  # (textpage, index) -> int: 1 for a char PDFium made (a space, a break)


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
            generated=rebind(raw.FPDFText_IsGenerated),
        )
    return _CALLS


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


def page_frame(raw: Any, page: Any, rect: Any) -> Box:
    """The page's visible box (left, bottom, right, top) in user space: PDFium's bounding
    box (crop box within media box), else the page's size from the origin. ``rect`` is an
    ``FS_RECTF`` to fill."""
    if raw.FPDF_GetPageBoundingBox(page, rect):
        left, top, right, bottom = _unpack_rect(rect)
        return (left, bottom, right, top)
    return (0.0, 0.0, float(raw.FPDF_GetPageWidthF(page)), float(raw.FPDF_GetPageHeightF(page)))


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


_BY_TOP = operator.attrgetter("top")


def _group_lines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose tops chain within ``Y_TOLERANCE`` form a line (pdfplumber's rule)."""
    lines: list[list[_Run]] = []
    last = -math.inf
    for run in sorted(runs, key=_BY_TOP):
        if lines and run.top - last <= Y_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
        last = run.top
    for line in lines:
        if len(line) > 1:
            line.sort(key=lambda run: run.box[0])
    return lines


def tidy_lines(parts: list[str]) -> str:
    """``parts``, one a line, each with its words one space apart (as
    ``" ".join(part.split())`` makes it), joined by newlines.

    Checked once for the whole page instead of split and joined line by line: PDFium's own
    text nearly always has single spaces already. Every gap between two words is one space or
    one newline exactly when the words are one more than the spaces and newlines, and these
    and the words' letters make up the whole text.
    """
    text = "\n".join(parts)
    words = text.split()
    gaps = text.count(" ") + text.count("\n")
    if len(words) == gaps + 1 and len(text) == gaps + sum(map(len, words)):
        return text
    return "\n".join(" ".join(part.split()) for part in parts)


def _codepoint(value: int) -> str:
    if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
        return chr(value)
    return "\ufffd"
