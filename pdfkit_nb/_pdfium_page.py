"""Reads one PDFium page into a :class:`~pdfkit_nb.document.Page`: text laid out in lines as
pdfplumber lays it out and, when asked, words with boxes, font size and boldness."""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from operator import itemgetter
from typing import Any

from . import _accents as accents
from ._bidi import has_rtl, mirrored_brackets
from ._forms import Filled, page_values
from ._pdfium_text import (
    _FORCE_BOLD,
    _TURN,
    _UNSEEN,
    _UPRIGHT_SLOPE,
    X_TOLERANCE,
    Y_TOLERANCE,
    Box,
    Rect,
    _bind,
    _codepoint,
    _display_mapping,
    _group_lines,
    _Run,
    _segments,
    _spaced_width,
    _spans,
    _top,
    _unpack_matrix,
    _unpack_rect,
    page_frame,
    tidy_lines,
)
from .document import Page, Word
from .pdf import WORD_GAP_RATIO, draws_spaces, is_bold, read_chars

#: Three or more single letters one space apart: a letter-spaced word PDFium cut up.
_SPACED_LETTERS = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_]){2,}(?!\S)")
#: What every ``_SPACED_LETTERS`` match holds (its last two letters, a space before each),
#: found ten times faster: a pattern that starts with a literal is scanned for in C.
_SPACED_HINT = re.compile(r" \S \S(?!\S)")
#: Capitals of a heading set with a little tracking that PDFium cut where its kerning
#: widened a gap ("MA ÎT RE D ’O UVRA GE", "D’ŒUVR E"): a run of capitals' words, one of
#: them of one or two letters; and a cheap first test for such a word (a literal first).
_CAPITAL = "A-Z’'" + re.escape("".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper()))
_SPACED_CAPITALS = re.compile(rf"(?<!\S)[{_CAPITAL}]+(?: [{_CAPITAL}]+)+(?!\S)")
_CAPITALS_HINT = re.compile(rf" [{_CAPITAL}]{{1,2}}(?!\S)")
#: Stands in for a space between two letters of one word, and is dropped from the text.
_JOINED = "\u200b"
#: A space PDFium may have put between two chars of a word: one between two non-spaces.
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
#: A space after a lone capital, before lower case letters: where PDFium may break a kerned
#: pair ("W attle", "T oday").
_CAPITAL_KERN = re.compile(r"(?:(?<=\s[A-Z])|(?<=^[A-Z])) (?=[a-z]{2})")
#: Control characters in a page's text: the mark of glyphs without a Unicode meaning.
_SUSPECT = re.compile("[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f]")  # not \x02: a hyphen


#: A word of right-to-left letters only, with their marks (no digit, no Latin letter).
_RTL_WORD = re.compile(
    "[\u0590-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+"
)
#: Lam and an alef, which fonts draw as one glyph (PDFium gives its two chars on one spot).
_LAM_ALEF = frozenset("\u0644" + alef for alef in "\u0622\u0623\u0625\u0627")


def _lettered(char: str) -> bool:
    """A letter, or an apostrophe inside a word ("D’OUVRAGE")."""
    return char.isalpha() or char in "’'"


class _PageReader:
    """Reads pages of one open document; holds reusable ctypes buffers (no per-char objects)."""

    def __init__(
        self, raw: Any, doc: Any, words: bool, unknown: str = "-", form: Any = None
    ) -> None:
        self.raw = raw
        self.doc = doc
        self.words = words
        #: The document's form environment (``_forms.open_form``), if it has fields: their
        #: values are read from each page while it is loaded, into ``filled``.
        self.form = form
        self.filled: dict[int, list[Filled]] = {}
        # What PDFium's U+FFFE (in its text for a char it has no Unicode for) is shown as: a
        # hyphen by default; the NUL repair asks for "\x00", to take only decoded chars.
        self.unknown = unknown
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
            if self.form is not None:
                values = page_values(raw, self.form, page)
                if values:
                    self.filled[index] = values
            width = float(raw.FPDF_GetPageWidthF(page))
            height = float(raw.FPDF_GetPageHeightF(page))
            self._rotation = raw.FPDFPage_GetRotation(page) % 4
            self._frame = page_frame(raw, page, self._rect)
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
        if _SUSPECT.search(text) and hasattr(raw, "FPDFText_HasUnicodeMapError"):
            text = self._unmapped_marked(textpage, text)
        return text

    def _unmapped_marked(self, textpage: Any, text: str) -> str:
        """``text`` with each glyph PDFium could not map to Unicode as U+FFFD.

        A font without a ToUnicode map gives its glyph numbers as characters: some land on
        control characters, the rest on letters (U+0011, then "3DUfw"), which read as text. Asked
        only when a control character shows up, as such a font's glyphs almost always put
        one in: a call per character is too dear for every page.
        """
        check = self.raw.FPDFText_HasUnicodeMapError
        marked = [
            "\ufffd" if ch not in "\r\n" and check(textpage, i) == 1 else ch
            for i, ch in enumerate(text)
        ]
        return "".join(marked)

    def _read_text(self, textpage: Any, number: int) -> tuple[str, list[Word]]:
        chars = self._chars(textpage)
        rtl = has_rtl(chars)
        glyphs = None
        if rtl:
            glyphs = self._right_to_left(textpage, chars)
        elif accents.HINT.search(chars):
            glyphs = self._accented(textpage, chars)
        if glyphs is not None:
            box = (0.0, 0.0, self._frame[2] - self._frame[0], self._frame[3] - self._frame[1])
            if self._rotation % 2:
                box = (0.0, 0.0, box[3], box[2])
            text, words = read_chars(glyphs, box, number, self.words)
            if rtl:
                # PDFium gives a right-to-left word's brackets mirrored: turned back.
                text = mirrored_brackets(text)
                for word in words:
                    word.text = mirrored_brackets(word.text)
            return text, words
        joined = _SPACED_HINT.search(chars) is not None
        joined = joined and _SPACED_LETTERS.search(chars) is not None
        capitals = self._tracked_capitals(textpage, chars)
        joined = joined or bool(capitals)
        if joined:
            chars = self._letters_joined(textpage, chars, capitals)
        kerned = self._kerns_joined(textpage, chars)
        if kerned is not None:
            chars, joined = kerned, True
        lines = self._lines(textpage, chars)
        # One char for one: indices stay valid. Not str.translate: on non-ASCII text it raises
        # and swallows a KeyError per char not in its table.
        shown = chars.replace("\x02", "-").replace("\ufffe", self.unknown)
        # A line's tokens, one space apart: split() cuts where the regex \s does.
        text = tidy_lines(
            [
                shown[line[0].lo : line[0].hi]
                if len(line) == 1
                else " ".join([shown[run.lo : run.hi] for run in line])
                for line in lines
            ]
        )
        if joined:
            text = text.replace(_JOINED, "")
        if not self.words:
            return text, []
        # Words in reading order: the text's lines, left to right.
        words = self._words(textpage, shown, lines, number)
        if joined:
            for word in words:
                word.text = word.text.replace(_JOINED, "")
        return text, words

    def _accented(self, textpage: Any, chars: str) -> list[dict[str, Any]] | None:
        """The page's drawn chars as pdfplumber's char dicts, with each accent drawn apart
        merged into its letter (:mod:`pdfkit_nb._accents`); None when no accent stands over
        or under a letter (then the page is read the usual way).

        PDFium keeps such an accent where the content stream draws it, often words away from
        its letter ("ODBERATEL ˇ"), so the runs its text is read by are no help: this page is
        read char by char, by position, as the pdfplumber engine reads every page. A call or
        three per char; only pages that show a spacing accent come here.
        """
        glyphs = self._glyphs(textpage, chars)[0]
        drop = accents.merge_accents(glyphs)
        if not drop:
            return None
        return [g for g in glyphs if id(g) not in drop]

    def _right_to_left(self, textpage: Any, chars: str) -> list[dict[str, Any]]:
        """A page with Hebrew or Arabic letters as pdfplumber's char dicts, read by position.

        PDFium's own bidirectional reordering is not to be relied on: with a font whose glyphs
        are mapped to Arabic presentation forms it gives some words' letters in page order and
        others in reading order on one line, and it moves a number's digits apart ("USD ,080.00"
        with the "4" elsewhere) and a code's letters after its digits ("-2026/173B"). Read
        char by char, by position, the page comes out as the pdfplumber engine reads it.

        Spaces are left out: PDFium puts one, drawn or not, at a point that can fall inside the
        next word or number, so gaps part the words (as on a page that draws no spaces).
        """
        glyphs, places = self._glyphs(textpage, chars, rtl=True)
        drop = accents.merge_accents(glyphs) if accents.HINT.search(chars) else None
        if drop:
            kept = [(g, t) for g, t in zip(glyphs, places, strict=True) if id(g) not in drop]
            glyphs, places = [g for g, _ in kept], [t for _, t in kept]
        _lam_alef_ordered(glyphs)
        _marks_lined_up(glyphs, [place[1] for place in places])
        _words_closed_up(glyphs, [place[0] for place in places])
        return _in_page_order(glyphs)

    def _glyphs(
        self, textpage: Any, chars: str, *, rtl: bool = False
    ) -> tuple[list[dict[str, Any]], list[tuple[int, float]]]:
        """The page's drawn chars as pdfplumber's char dicts (a call or three per char), and
        for each the number of the PDFium word (whitespace-parted) it is in and its baseline
        (display space; its bottom unless ``rtl``).

        ``rtl`` (for :meth:`_right_to_left`): spaces are left out, and an upright char is placed
        from its baseline and its font's descent, as pdfminer places it (one call more per
        char). PDFium's loose box of a glyph in some Arabic fonts is the glyph's own: a line's
        letters would not stand on one line.
        """
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        char_origin = self.raw.FPDFText_GetCharOrigin
        generated = self.calls.generated
        get_object, object_font = self.calls.text_object, self.calls.object_font
        fonts: dict[int, tuple[str, bool]] = {}
        descents: dict[int, float] = {}
        glyphs: list[dict[str, Any]] = []
        places: list[tuple[int, float]] = []
        token = 0
        for i, ch in enumerate(chars):
            if ch in "\r\n" or ch == " ":
                token += 1
                if ch != " " or rtl or generated(textpage, i) == 1:
                    continue
            x0, top, x1, bottom = self._box(textpage, i)
            if self._rects.get(i) is None:
                continue  # PDFium knows no position for it
            size, upright = self._size(textpage, i)
            obj = get_object(textpage, i)
            font = fonts.get(obj or -1)
            if font is None:
                handle = object_font(obj) if obj else None
                font = fonts[obj or -1] = self._font(textpage, i, handle)
            if ch == "\x02":
                ch = "-"
            elif ch == "\ufffe":
                ch = self.unknown
            if rtl and upright and size > 0:
                char_origin(textpage, i, ctypes.byref(origin_x), ctypes.byref(origin_y))
                x, y = origin_x.value, origin_y.value
                # As pdfminer places a char: an em high, up from the font's descent.
                descent = descents.get(obj or -1)
                if descent is None:
                    descent = descents[obj or -1] = self._descent(obj)
                base = self._to_display(x, y, x, y)[3]
                bottom = base - descent * size
            if upright and size > 0:
                top = bottom - size
            glyphs.append(
                {
                    "text": ch,
                    "x0": x0,
                    "x1": x1,
                    "top": top,
                    # (pdfplumber's word extractor reads it; a page's own top serves here)
                    "doctop": top,
                    "bottom": bottom,
                    "upright": upright,
                    "size": size,
                    "fontname": font[0],
                }
            )
            places.append((token, base if rtl and upright and size > 0 else bottom))
        return glyphs, places

    def _descent(self, obj: int | None) -> float:
        """The descent of text object ``obj``'s font for a size of 1 (below 0; 0 unknown)."""
        handle = self.calls.object_font(obj) if obj else None
        if not handle:
            return 0.0
        descent, raw = ctypes.c_float(), self.raw
        font = ctypes.cast(handle, raw.FPDF_FONT)
        if not raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), ctypes.byref(descent)):
            return 0.0
        return min(float(descent.value), 0.0)

    def _letters_joined(self, textpage: Any, chars: str, capitals: list[tuple[int, int]]) -> str:
        """``chars`` with the spaces PDFium put between the letters of a letter-spaced word
        ("W H I T F I E L D") as ``_JOINED``, where pdfplumber reads one word: the space is
        PDFium's own (the page draws none there) and the letters stand on one baseline at
        most ``X_TOLERANCE`` apart. The gap between two such words
        (the spacing and a space's width) is wider, and stays a space. Same length: the
        char indices stay valid. ``capitals`` are the runs of a tracked heading's capitals
        (``_tracked_capitals``), joined only where the gap is too narrow for a word space."""
        out = list(chars)
        n = len(chars)
        # The spaces between the letters, and those at either end of the run: PDFium may
        # have kept a few letters together ("B R E N N A N" as "BRE N N A N").
        runs = [(m.start(), m.end(), False) for m in _SPACED_LETTERS.finditer(chars)]
        runs += [(start, end, True) for start, end in capitals]
        for start, end, tracked in runs:
            spaces = [i for i in range(start, end) if chars[i] == " "] + [start - 1, end]
            for i in spaces:
                if not 0 < i < n - 1 or chars[i] != " ":
                    continue
                if not (_lettered(chars[i - 1]) and _lettered(chars[i + 1])):
                    continue
                made = self._made_gap(textpage, i)
                if made is None:
                    continue  # a space the page draws: a word break, however narrow
                gap, left, right = made
                # 0.1 pt for PDFium's single-precision boxes: pdfminer's gap of exactly 3 pt
                # (a 4 px letter-spacing) comes out here as 3.02.
                limit = X_TOLERANCE + 0.1
                if tracked:
                    # Between capitals' words, only a gap too narrow for any word space
                    # (under 0.15 em: "MA ÎT" 0.64 pt at 6.5 pt); PDFium's own space of 2 pt
                    # between "DATE OF" at 9.3 pt stands for one the page draws elsewhere.
                    limit = min(limit, WORD_GAP_RATIO * self._size(textpage, i - 1)[0] + 0.05)
                if -0.5 <= gap <= limit and abs(right[3] - left[3]) <= Y_TOLERANCE:
                    out[i] = _JOINED
        return "".join(out)

    def _made_gap(self, textpage: Any, i: int) -> tuple[float, Box, Box] | None:
        """For a space PDFium made at ``i`` (the page draws none there): the gap between the
        chars either side of it and their boxes; ``None`` for a space the page draws."""
        if self.calls.generated(textpage, i) != 1:
            return None
        return self._gap(textpage, i)

    def _gap(self, textpage: Any, i: int) -> tuple[float, Box, Box]:
        """The gap between the chars either side of char ``i`` (a space), and their boxes."""
        left, right = self._box(textpage, i - 1), self._box(textpage, i + 1)
        return right[0] - left[2], left, right

    def _tracked_capitals(self, textpage: Any, chars: str) -> list[tuple[int, int]]:
        """The runs of capitals' words with a word of one or two letters among them, that a
        heading set with tracking may have been cut into ("MA ÎT RE D ’O UVRA GE"); none on a
        page that draws no spaces of its own (there every space is PDFium's, and a narrow gap
        may part words: ``_kerns_joined`` reads those)."""
        if _CAPITALS_HINT.search(chars) is None:
            return []
        runs = [
            (m.start(), m.end())
            for m in _SPACED_CAPITALS.finditer(chars)
            if _CAPITALS_HINT.search(chars, m.start() - 1, m.end())
        ]
        return runs if runs and self._spaces_drawn(textpage, chars) else []

    def _spaces_drawn(self, textpage: Any, chars: str) -> bool:
        """Whether the page draws its spaces: most of its first twenty spaces are drawn, not
        PDFium's own."""
        generated = self.calls.generated
        seen = drawn = 0
        for m in re.finditer(" ", chars):
            seen += 1
            drawn += generated(textpage, m.start()) != 1
            if seen == 20:
                break
        return seen > 0 and drawn * 2 >= seen

    def _kerns_joined(self, textpage: Any, chars: str) -> str | None:
        """``chars`` with the spaces PDFium made of a kerned gap inside a word as ``_JOINED``,
        on a page that draws no spaces of its own; ``None`` when there is nothing to join.

        Such a page (pdfTeX, iText, XSL-FO renderers) places every word apart, and PDFium
        guesses the breaks: it also breaks at a wide kern ("Rechnungskor rektur", "Ver
        käufer"). pdfplumber's engine reads these pages with a gap relative to the font size
        (``WORD_GAP_RATIO``, see ``pdf._word_gaps``); the same rule here keeps both engines'
        words alike. Asked per space until the page has shown drawn spaces (``draws_spaces``,
        the pdfplumber engine's test): on a page that draws them, that is a few calls.
        """
        n = len(chars)
        if draws_spaces(0, n):
            return None  # too short to tell
        generated = self.calls.generated
        drawn = 0
        made: list[int] = []
        for m in _INNER_SPACE.finditer(chars):
            i = m.start()
            if generated(textpage, i) == 1:
                made.append(i)
                continue
            drawn += 1
            if draws_spaces(drawn, n):
                # The page draws its spaces: PDFium's own are word breaks, but for one it
                # makes of a capital's kern ("W attle" for the kerned "Wa" of "Wattle"), where
                # pdfplumber, seeing no space and a gap under its 3 pt, reads one word.
                return self._capital_kerns_joined(textpage, chars)
        out: list[str] | None = None
        for i in made:
            gap, left, right = self._gap(textpage, i)
            # Word gaps are a quarter of an em or more, and a loose box about an em high:
            # most spaces are settled before the font size is asked for (two calls).
            if gap > 0.2 * (left[3] - left[1]) or right[0] < left[0]:
                continue
            size, upright = self._size(textpage, i - 1)
            # pdfplumber's test (a new word unless the next char starts at or after the last
            # one's start and within the gap of its end, tops within Y_TOLERANCE); 0.05 pt for
            # PDFium's single-precision boxes.
            if (
                upright
                and gap <= WORD_GAP_RATIO * size + 0.05
                and abs(right[1] - left[1]) <= Y_TOLERANCE
            ):
                if out is None:
                    out = list(chars)
                out[i] = _JOINED
        return None if out is None else "".join(out)

    def _capital_kerns_joined(self, textpage: Any, chars: str) -> str | None:
        """``chars`` with each space PDFium made between a word's lone capital and its lower
        case rest, at most ``X_TOLERANCE`` apart, as ``_JOINED``; ``None`` when none is.
        Drawn spaces ("A cat") stay: only the few such places are asked about."""
        out: list[str] | None = None
        for m in _CAPITAL_KERN.finditer(chars):
            i = m.start()
            made = self._made_gap(textpage, i)
            if made is None:
                continue
            gap, left, right = made
            if right[0] >= left[0] and gap <= X_TOLERANCE and abs(right[3] - left[3]) <= 1:
                if out is None:
                    out = list(chars)
                out[i] = _JOINED
        return None if out is None else "".join(out)

    def _lines(self, textpage: Any, chars: str) -> list[list[_Run]]:
        """The page's lines as pdfplumber would cut and order them, from PDFium's runs.

        PDFium writes text in content-stream order: a table drawn column by column can come
        out as one run with a hole where another run's words belong, or jump backwards.
        pdfplumber sorts words by position. The first and last char of each run (two calls)
        find the few runs that need a per-word look, so text-only parsing stays cheap.
        Rotated text (a vertical note in the margin) goes after the upright lines, one line
        per run, as pdfplumber does, instead of being mixed into the lines it crosses.

        This loop runs once per run of every page, also when only text is wanted: its char
        boxes come from a local ``box`` that looks the page's state up once, not per call.
        """
        runs: list[_Run] = []
        rotated: list[_Run] = []
        size_of = self._size
        rects, unseen, unpack = self._rects, _UNSEEN, _unpack_rect
        get_box, rect, ref = self.calls.loose_box, self._rect, self._rect_ref
        to_display = self._to_display
        plain = self._rotation == 0
        fl, _, _, ft = self._frame
        no_box = (0.0, 0.0, 0.0, 0.0)
        add, explode = runs.append, self._explode

        for lo, hi in _segments(chars):
            # The first token's start, the last one's end, and whether they are one token;
            # str's whitespace is the regex's \s (both Py_UNICODE_ISSPACE).
            piece = chars[lo:hi]
            core = piece.strip()
            if not core:
                continue  # whitespace only
            start = hi - len(piece.lstrip())
            end = start + len(core) - 1  # the last token's last char
            single = len(core.split(None, 1)) == 1
            # The first and last char's boxes: _box's work, inlined (this loop runs for
            # every run of every page, also when only text is wanted).
            r = rects.get(start, unseen)
            if r is unseen:
                r = rects[start] = unpack(rect) if get_box(textpage, start, ref) else None
            if r is None:
                first = no_box
            elif plain:
                first = (r[0] - fl, ft - r[1], r[2] - fl, ft - r[3])
            else:
                first = to_display(r[0], r[3], r[2], r[1])
            size, upright = size_of(textpage, start)
            if not upright:
                spans = [(start, end + 1)] if single else None
                rotated.append(_Run(lo, hi, spans, first, first[2], first[1], size, False))
                continue
            if end == start:
                x1, bottom = first[2], first[3]
            else:
                r = rects.get(end, unseen)
                if r is unseen:
                    r = rects[end] = unpack(rect) if get_box(textpage, end, ref) else None
                if r is None:
                    x1 = bottom = 0.0
                elif plain:
                    x1, bottom = r[2] - fl, ft - r[3]
                else:
                    _, _, x1, bottom = to_display(r[0], r[3], r[2], r[1])
            if (
                x1 < first[0]
                or abs(bottom - first[3]) > Y_TOLERANCE
                # A letter-spaced heading ("I N V O I C E") is one token; a longer run can be
                # wide for good reason (PDFium bridges column gaps with a space).
                or (single and x1 - first[0] > _spaced_width(end + 1 - start, size))
            ):
                spans = [(start, end + 1)] if single else _spans(chars, lo, hi)
                runs.extend(explode(textpage, spans))
            else:
                top = first[3] - size if size > 0 else first[1]  # _top, inlined
                add(_Run(lo, hi, [(start, end + 1)] if single else None, first, x1, top, size))
        lines = _group_lines(runs)
        for k, line in enumerate(lines):
            if len(line) > 1 and any(
                b.box[0] < a.x1 - X_TOLERANCE for a, b in itertools.pairwise(line)
            ):
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
        return self._font(textpage, index, font)[1]

    def _font(self, textpage: Any, index: int, font: int | None) -> tuple[str, bool]:
        """The base name of char ``index``'s font (``font``, a handle, if known) and whether
        it is bold."""
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
        return name, is_bold(name) or (flags > 0 and flags & _FORCE_BOLD != 0)

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


def _lam_alef_ordered(glyphs: list[dict[str, Any]]) -> None:
    """Put the alef of each lam-alef ligature left of its lam (in place). Fonts draw the two
    as one glyph, and PDFium gives its two chars on (nearly) one spot, in either order: the
    alef stands left, as their order in reading ("لا") wants."""
    for a, b in itertools.pairwise(glyphs):
        pair = a["text"] + b["text"]
        if pair in _LAM_ALEF or pair[::-1] in _LAM_ALEF:
            lam, alef = (a, b) if a["text"] == "\u0644" else (b, a)
            overlap = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            narrower = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
            if alef["x0"] >= lam["x0"] and overlap > narrower / 2:
                alef["x0"], lam["x0"] = lam["x0"], alef["x0"] + 0.01


def _marks_lined_up(glyphs: list[dict[str, Any]], baselines: list[float]) -> None:
    """Give a smaller char on a bigger one's baseline and touching it the bigger one's top
    (in place): lines are told by tops, and a fallback font's full stops in an Arabic firm's
    "ش.م.م" belong to its line."""
    for (a, base_a), (b, base_b) in itertools.pairwise(zip(glyphs, baselines, strict=True)):
        if a["size"] != b["size"] and a["upright"] and b["upright"]:
            touching = max(a["x0"], b["x0"]) - min(a["x1"], b["x1"]) < 1
            if abs(base_a - base_b) < 0.5 and touching:
                small, big = (a, b) if a["size"] < b["size"] else (b, a)
                small["top"] = small["doctop"] = big["top"]


def _words_closed_up(glyphs: list[dict[str, Any]], words: list[int]) -> None:
    """Close the gaps between the letters of each right-to-left PDFium word (``words``: the
    word each glyph is in), in place. After a letter that does not join the next (ا, و, ر)
    the gap can be as wide as a narrow space, and gaps part the words of such a page."""
    for _, group in itertools.groupby(zip(words, glyphs, strict=True), key=itemgetter(0)):
        letters = [g for _, g in group]
        if len(letters) < 2 or not _RTL_WORD.fullmatch("".join(g["text"] for g in letters)):
            continue
        letters.sort(key=itemgetter("x0"))
        for left, right in itertools.pairwise(letters):
            gap = right["x0"] - left["x1"]
            if 0 < gap < left["size"] / 2 and abs(right["bottom"] - left["bottom"]) < 1:
                left["x1"] = right["x0"]


def _in_page_order(glyphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``glyphs`` line by line, left to right, sideways ones last: pdfplumber's word extractor
    takes chars in page order (as pdfminer gives a right-to-left line's); PDFium's come in its
    reading order, or mixed."""
    from pdfplumber.utils.clustering import cluster_objects  # (loaded for such pages only)

    upright = [g for g in glyphs if g["upright"]]
    lines = cluster_objects(upright, itemgetter("top"), Y_TOLERANCE)
    turned = [g for g in glyphs if not g["upright"]]
    return [g for line in lines for g in sorted(line, key=itemgetter("x0"))] + turned
