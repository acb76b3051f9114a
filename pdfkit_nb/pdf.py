"""Open, validate and read a PDF with one engine; map every library failure to our FileErrors."""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import logging
import os
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any, cast

from ._accents import merge_accents
from ._bidi import has_rtl, logical_text, logical_word
from ._forms import Filled, add_filled
from ._nul_repair import repair_nuls
from ._plumber_chars import cheaper_chars
from .document import Document, Page, Word
from .errors import (
    CorruptPDFError,
    EmptyPDFError,
    EncryptedPDFError,
    FileError,
    FileTimeoutError,
    NoTextError,
    NotPDFError,
)

__all__ = [
    "ENGINES",
    "check_stop",
    "is_bold",
    "parse_document",
    "quiet_pdf_libraries",
    "sniff_pdf",
    "stop_on",
]

log = logging.getLogger(__name__)

#: Bump when an engine reads some file's text or words differently: part of the cache key, so
#: stored results of an older reading are not served (2: pdfplumber drops overprinted copies;
#: 3: both engines put accents drawn apart back on their letters; 4: native digits, Thai and
#: right-to-left words; 5: the pdfium engine reads Hebrew and Arabic pages char by char, by
#: position, and a fallback font's marks inside a word no longer cut it).
PARSE_VERSION = "5"
#: How far into a file the ``%PDF-`` header may start (Acrobat accepts 1024 bytes of junk).
HEADER_WINDOW = 1024
_stop = threading.local()

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def is_bold(fontname: str | None) -> bool:
    """Whether a font name says bold (``ABCDEF+Lato-Bold``, ``Helvetica-BoldOblique``)."""
    return bool(fontname and _BOLD.search(fontname))


def sniff_pdf(data: bytes) -> str | None:
    """A reason why ``data`` is certainly not a PDF, or ``None`` if it may be one."""
    if not data:
        return "file is empty (0 bytes)"
    head = data[:HEADER_WINDOW]
    at = head.find(b"%PDF-")
    if at == 0 or (at > 0 and b"obj" in data):
        return None
    # Some real files lack the header but still parse (pdf.js bug1606566); only call a file
    # "not a PDF" when it has neither a header nor any PDF object syntax.
    if (
        at < 0
        and b" obj" in data[:65536]
        and (b"/Type" in data[:65536] or b"trailer" in data[-4096:])
    ):
        return None
    if at > 0:
        # "%PDF-" after other bytes with no object anywhere: a page that mentions a PDF (a
        # web viewer's HTML saved in its place), not a PDF behind junk.
        return (
            f"not a PDF: it only mentions %PDF- and holds no PDF objects (looks like {_kind(head)})"
        )
    return (
        f"not a PDF: no %PDF- header in the first {HEADER_WINDOW} bytes (looks like {_kind(head)})"
    )


def _kind(head: bytes) -> str:
    """What the start of a file that is not a PDF looks like."""
    stripped = head.lstrip()
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        kind = "an XML/HTML document"
    elif stripped[:4] == b"PK\x03\x04":
        kind = "a ZIP archive (perhaps .docx/.xlsx)"
    elif stripped[:3] == b"\xff\xd8\xff" or stripped[:8] == b"\x89PNG\r\n\x1a\n":
        kind = "an image"
    elif head[:2] == b"\x1f\x8b":
        kind = "gzip-compressed data: decompress it first"
    elif head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        kind = "UTF-16 text"
    else:
        try:
            head.decode("utf-8")
            kind = "plain text"
        except UnicodeDecodeError:
            kind = "binary data"
    return kind


@contextlib.contextmanager
def stop_on(event: threading.Event | None) -> Iterator[None]:
    """Let engines abandon this thread's parse between pages once ``event`` is set.

    Threads cannot be killed; this is how the thread executor honours timeouts and
    cancellation (the process executor kills the worker instead).
    """
    _stop.event = event
    try:
        yield
    finally:
        _stop.event = None


def check_stop() -> None:
    """Raise :class:`FileTimeoutError` if this thread's parse was asked to stop."""
    event = getattr(_stop, "event", None)
    if event is not None and event.is_set():
        raise FileTimeoutError("stopped: timed out or cancelled")


#: Loggers of the PDF libraries, silenced while a file is parsed.
QUIET_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2")
#: Their modules, whose warnings are ignored meanwhile (pdfplumber's "Could not decode ...").
_QUIET_MODULES = r"(?:pdfminer|pdfplumber|pypdfium2)(?:\.|$)"

# Files parsed at once in this process (thread executor, or a user's own threads): the
# libraries are quiet from the first one's start to the last one's end. Each file saving and
# restoring the settings itself, as warnings.catch_warnings does, goes wrong with threads:
# one that finishes first turns the chatter back on under another still parsing, and one
# that entered second restores the first one's silence for good (every warning of the
# user's session ignored from then on).
_QUIET_LOCK = threading.Lock()
_quiet_files = 0
_quiet_undo: list[Callable[[], None]] = []
_quiet_for_good = False


def _fresh_after_fork() -> None:
    # A worker forked while a thread held the lock would inherit it held, forever; the
    # parent's parsing threads are not in the child, so nothing there is being parsed.
    global _QUIET_LOCK, _quiet_files
    _QUIET_LOCK, _quiet_files = threading.Lock(), 0
    _quiet_undo.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_after_fork)


@contextlib.contextmanager
def quiet_pdf_libraries() -> Iterator[None]:
    """Silence pdfminer/pdfplumber/pypdfium2 chatter (logging and warnings) while parsing.

    Broken files make pdfminer log a line per object it repairs; across a batch of thousands
    that is noise, and every real failure is reported in the file's row instead. Safe when
    threads parse at once; other code's warnings and log records are left alone.
    """
    global _quiet_files
    if _quiet_for_good:
        yield
        return
    with _QUIET_LOCK:
        if _quiet_files == 0:
            _quiet_undo[:] = _silence()
        _quiet_files += 1
    try:
        yield
    finally:
        with _QUIET_LOCK:
            _quiet_files -= 1
            if _quiet_files == 0:
                for undo in _quiet_undo:
                    undo()
                _quiet_undo.clear()


def quiet_for_good() -> None:
    """Silence the PDF libraries for the rest of this process (a parse worker's start)."""
    global _quiet_for_good
    with _QUIET_LOCK:
        _silence()
        _quiet_for_good = True


def _silence() -> list[Callable[[], None]]:
    """Quiet the libraries; returns what undoes it."""
    undo: list[Callable[[], None]] = []
    for logger in map(logging.getLogger, QUIET_LOGGERS):
        # setLevel clears every logger's cache: only touch those not quiet already.
        if logger.level != logging.CRITICAL:
            undo.append(functools.partial(logger.setLevel, logger.level))
            logger.setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", module=_QUIET_MODULES)
    undo.append(functools.partial(_drop_filter, warnings.filters[0]))
    return undo


def _drop_filter(entry: Any) -> None:
    # Only our entry goes: filters the user added meanwhile stay. An "ignore" leaves nothing
    # in the modules' warning registries, so there is no cache to invalidate.
    with contextlib.suppress(ValueError):
        cast("list[Any]", warnings.filters).remove(entry)


def _cause(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer errors as ``PdfminerException(original)``; unwrap it."""
    if (
        type(exc).__name__ == "PdfminerException"
        and exc.args
        and isinstance(exc.args[0], BaseException)
    ):
        return exc.args[0]
    return exc


def _map_error(exc: BaseException, data: bytes, password: str | None) -> FileError:
    cause = _cause(exc)
    name = type(cause).__name__
    detail = str(cause).strip() or name
    if name in {"PDFPasswordIncorrect", "PdfiumPasswordError"} or "password" in detail.lower():
        if password:
            return EncryptedPDFError(WRONG_PASSWORD)
        return EncryptedPDFError("encrypted: it needs a password; pass password='...'")
    reason = sniff_pdf(data)
    if reason is not None:
        return NotPDFError(reason)
    if b"/Encrypt" in data[-65536:] and name in {"PDFEncryptionError", "TypeError", "KeyError"}:
        if name == "PDFEncryptionError":
            # pdfminer appends the whole /Encrypt dictionary, its binary keys and all.
            scheme = _ENCRYPT_FILTER.search(detail)
            detail = detail.split(": param=")[0] + (f" ({scheme.group(1)})" if scheme else "")
            return EncryptedPDFError(f"encrypted with a scheme the engine cannot read: {detail}")
        return EncryptedPDFError(
            "encrypted, and its encryption dictionary is damaged or of a kind the engine "
            f"cannot read (the parser raised {name})"
        )
    if name in {"PSEOF", "PDFNoValidXRef"} or "EOF" in detail:
        if b"%%EOF" not in data[-2048:]:
            return CorruptPDFError(
                "truncated: it stops before its %%EOF end marker, as after an interrupted "
                f"download or copy ({detail})"
            )
        return CorruptPDFError(
            f"damaged: its cross-reference table or an object runs off its end ({detail})"
        )
    if _STREAM_ERROR.search(detail):
        return CorruptPDFError(f"{STREAM_DAMAGED}: {detail}")
    if name in _PYTHON_ERRORS:
        # The parser tripped over an object it did not expect; its message ("'NoneType'
        # object is not iterable") tells a user nothing, the kind of damage does.
        log.debug("parser error mapped to corrupt", exc_info=cause)
        return CorruptPDFError(
            "its object structure is damaged: an entry is missing, circular or of the wrong "
            f"kind where the PDF format requires one (the parser raised {name})"
        )
    return CorruptPDFError(f"cannot be parsed: {detail} ({name})")


#: PDFium's refusal of an encryption scheme it does not implement (pdfplumber is asked next).
UNSUPPORTED_SECURITY = "encrypted with a security handler PDFium does not support"
_ENCRYPT_FILTER = re.compile(r"'Filter': /'?([\w.+-]+)")
#: How the message of a stream that does not decode begins.
STREAM_DAMAGED = "a compressed stream is damaged and cannot be decoded"
# Errors a parser raises when a decoder fails on a stream's bytes.
_STREAM_ERROR = re.compile(
    r"ascii ?85|ascii ?hex|flate|lzw|zlib|predictor|decompress|run.?length|ccitt|jbig2",
    re.IGNORECASE,
)
# Python's own errors, raised from inside a parser that met an unexpected object.
_PYTHON_ERRORS = frozenset(
    {"TypeError", "AttributeError", "KeyError", "IndexError", "AssertionError", "ValueError"}
)


def _parse_pdfplumber(
    data: bytes, password: str | None, words: bool, tables: bool = False
) -> Document:
    import pdfplumber  # heavy; workers import it once

    pages: list[Page] = []
    with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        filled = _filled_form(pdf, data, password)
        keep_words, words = words, words or bool(filled)  # values are laid out among words
        for number, page in enumerate(pdf.pages, start=1):
            check_stop()
            cheaper_chars(page)
            whole = page  # closed below; ``page`` may become a view without overprints
            try:
                page = _accents_placed(_without_overprints(page))
                text, page_words = read_chars(page.chars, page.bbox, number, words)
                found = page.extract_tables() if tables else []
                pages.append(
                    Page(number, float(page.width), float(page.height), text, page_words, found)
                )
            except Exception as exc:
                # Keep the library's error for mapping, but say which page broke.
                if hasattr(exc, "add_note"):  # Python >= 3.11
                    exc.add_note(f"(on page {number})")
                raise
            finally:
                # pdfplumber caches chars/objects per page; free them as we go (memory in batches).
                whole.close()
    repair_nuls(data, password, pages)  # returns at once when no page has a NUL
    form = add_filled(pages, filled, words=keep_words) if filled else {}
    return Document(pages, engine="pdfplumber", form=form)


def read_chars(
    chars: list[dict[str, Any]],
    bbox: tuple[float, float, float, float],
    number: int,
    words: bool,
) -> tuple[str, list[Word]]:
    """Page ``number``'s text and (if ``words``) words from its chars (pdfplumber's char
    dicts, or the pdfium engine's made alike), as the pdfplumber engine reads every page."""
    from pdfplumber.utils import text as ptext

    gaps = _word_gaps(chars)
    page_words: list[Word] = []
    if words:
        _size_sideways_chars(chars)
        text, found_words = _text_and_words(chars, bbox, gaps)
        if _MARKED_SCRIPT.search(text) and _marks_on_bases(chars):
            text, found_words = _text_and_words(chars, bbox, gaps)  # (Thai, Hindi: rare)
        if has_rtl(text):
            found_words = _interleaved(found_words)
        # A word's size and font are its first char's, as the pdfium engine gives them; a
        # word is not split where they change (small capitals, "N" + "ORDIC", and "21st" stay
        # one word, as in PDFium).
        for w, word_chars in found_words:
            first = word_chars[0]
            page_words.append(
                Word(
                    text=w["text"],
                    x0=float(w["x0"]),
                    top=float(w["top"]),
                    x1=float(w["x1"]),
                    bottom=float(w["bottom"]),
                    page=number,
                    size=float(first.get("size") or 0.0),
                    bold=is_bold(first.get("fontname")),
                )
            )
    else:
        layout = _layout(bbox)
        text = ptext.chars_to_textmap(chars, **layout, **gaps).as_string if chars else ""
        if _MARKED_SCRIPT.search(text) and _marks_on_bases(chars):
            text = ptext.chars_to_textmap(chars, **layout, **gaps).as_string
    if _RADICALS.search(text):
        text, page_words = (
            _unified(text),
            [replace(w, text=_unified(w.text)) for w in page_words],
        )
    if _NIKHAHIT_AA in text:
        # Thai's SARA AM as a font's glyphs give it, a ring and a vowel ("จํากัด"): the letter
        text = text.replace(_NIKHAHIT_AA, "\u0e33")
        page_words = [replace(w, text=w.text.replace(_NIKHAHIT_AA, "\u0e33")) for w in page_words]
    if has_rtl(text):
        # pdfminer gives Hebrew and Arabic letters in page order: reading order.
        text = logical_text(text, visual_words=True)
        page_words = [replace(w, text=logical_word(w.text)) for w in page_words]
    return text, page_words


def _interleaved(
    found: list[tuple[dict[str, Any], list[dict[str, Any]]]],
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The words of a right-to-left page with a word that stands inside another one's box
    taken into it, their chars in page order: LibreOffice draws a number's digits in an
    Arabic line before the slashes between them, so pdfplumber made "20260457" and a "/"
    lying inside it of "2026/0457"."""
    into: dict[int, list[int]] = {}
    # Lines by their words' tops, then each line left to right: a word inside another starts
    # after it, before the end of the widest word so far (one sweep a line, not all pairs).
    order = sorted(range(len(found)), key=lambda i: found[i][0]["top"])
    k = 0
    while k < len(order):
        top = found[order[k]][0]["top"]
        end = k
        while end < len(order) and found[order[end]][0]["top"] - top < 1.0:
            end += 1
        widest: int | None = None
        for i in sorted(order[k:end], key=lambda i: found[i][0]["x0"]):
            b = found[i][0]
            if widest is not None:
                a = found[widest][0]
                if b["x1"] <= a["x1"] + 0.5 and b["x1"] - b["x0"] < a["x1"] - a["x0"]:
                    into.setdefault(widest, []).append(i)
                    continue
            if widest is None or b["x1"] > found[widest][0]["x1"]:
                widest = i
        k = end
    if not into:
        return found
    taken = {i for parts in into.values() for i in parts}
    out = []
    for j, (a, a_chars) in enumerate(found):
        if j in taken:
            continue
        if j in into:
            chars = sorted([*a_chars, *(c for i in into[j] for c in found[i][1])], key=_x0)
            a = {**a, "text": "".join(c["text"] for c in chars)}
            a_chars = chars
        out.append((a, a_chars))
    return out


def _x0(char: dict[str, Any]) -> float:
    return float(char["x0"])


#: Scripts that write vowels and tones as marks over and under their consonants: the Indic
#: ones, Thai, Lao, Myanmar, Khmer.
_MARKED_SCRIPT = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _marks_on_bases(chars: list[dict[str, Any]]) -> bool:
    """Give each zero-width mark of such a script its letter's box, in place; whether any
    moved. A font draws the mark where it stands over the letter, which may be past the
    letter's right edge or the next letter's left: sorted by position, "บริษัท" came out
    "บรษิ ัท", a mark after the wrong letter and a gap that parts the word. On its letter's
    box it stays after its letter."""
    moved = False
    base: dict[str, Any] | None = None
    for c in chars:
        text = c["text"]
        if (
            base is not None
            and len(text) == 1
            and c["x1"] - c["x0"] < 0.5
            and _MARKED_SCRIPT.match(text)
            and unicodedata.category(text) == "Mn"
            and abs(c["top"] - base["top"]) < base["size"]
        ):
            c["x0"], c["x1"] = base["x0"], base["x1"]
            moved = True
        else:
            base = c
    return moved


def _layout(bbox: tuple[float, float, float, float]) -> dict[str, Any]:
    """The text map's frame for a page of box ``bbox`` (x0, top, x1, bottom), as
    ``Page.extract_text`` sets it: the box, its width and its height."""
    return {
        "layout_bbox": bbox,
        "layout_width": bbox[2] - bbox[0],
        "layout_height": bbox[3] - bbox[1],
    }


def _accents_placed(page: Any) -> Any:
    """``page`` with each accent drawn apart from its letter merged into it (``Kcˇ`` reads
    ``Kč``, see :mod:`pdfkit_nb._accents`), as a pdfplumber page view; ``page`` itself when it
    has none."""
    drop = merge_accents(page.chars)
    return page.filter(lambda obj: id(obj) not in drop) if drop else page


# Kangxi radicals (U+2F00-U+2FD5) and CJK radical supplements look like ordinary ideographs,
# and pdfminer gives them for many Chinese and Japanese fonts ("⽇" for 日, "⽉" for 月), so
# "2024年06⽉18⽇" is no date. NFKC maps them to the ideographs they stand for.
# So do CJK compatibility ideographs ("2026年" with U+F98E for 年).
_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufad9]")
_UNIFIED = {
    c: unicodedata.normalize("NFKC", chr(c))
    for c in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFADA)]
    if unicodedata.normalize("NFKC", chr(c)) != chr(c)
}


_NIKHAHIT_AA = "\u0e4d\u0e32"


def _unified(text: str) -> str:
    return text.translate(_UNIFIED) if _RADICALS.search(text) else text


def _filled_form(pdf: Any, data: bytes, password: str | None) -> dict[int, list[Filled]]:
    """Form values (:mod:`pdfkit_nb._forms`), read with PDFium only when the file has a form:
    a catalog lookup decides, so a file without one costs nothing more."""
    try:
        has_form = pdf.doc.catalog.get("AcroForm") is not None
    except Exception:  # a damaged catalog: the pages decide whether the file is readable
        return {}
    if not has_form:
        return {}
    from .pdf_pdfium import filled_form

    return filled_form(data, password)


#: Where a page draws no space characters, a gap wider than this share of the font size
#: parts two words. Interword gaps are about a quarter of an em (a third in Computer Modern),
#: and TeX shrinks them to about a sixth; the chars of a word touch or overlap.
WORD_GAP_RATIO = 0.15


def _text_and_words(
    chars: list[dict[str, Any]], bbox: tuple[float, float, float, float], gaps: dict[str, float]
) -> tuple[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
    """A page's ``page.extract_text(**gaps)``, and the words ``page.extract_words(extra_attrs=
    ["fontname"], return_chars=True, **gaps)`` finds, each with its chars, from one pass of
    pdfplumber's word extractor where the page allows instead of two. ``chars`` are the page's
    and ``bbox`` its box (x0, top, x1, bottom).

    The text takes the steps ``Page.extract_text`` takes (``pdfplumber.utils.text.
    chars_to_textmap``) and keeps the word map it makes. ``extract_words`` with ``extra_attrs``
    first cuts the page's chars into runs of one font in drawing order, and never lets a word
    span two: a label and its value in cells that touch ("Bank:" | "mBank") are two words.
    The map's words are cut where their chars' runs change. Where the chars of two runs
    alternate in one word (two texts printed over each other), the runs are read apart as
    ``extract_words`` does, in a second pass.
    """
    from pdfplumber.utils import text as ptext

    options: dict[str, Any] = {**_layout(bbox), **gaps, "presorted": True}
    extractor = ptext.WordExtractor(
        **{k: v for k, v in options.items() if k in ptext.WORD_EXTRACTOR_KWARGS}
    )
    wordmap = extractor.extract_wordmap(chars)
    text = wordmap.to_textmap(
        **{k: v for k, v in options.items() if k in ptext.TEXTMAP_KWARGS}
    ).as_string
    # The run of each char (by identity: chars are dicts), counted in drawing order.
    run_of: dict[int, int] = {}
    run, key = -1, None
    for char in chars:
        here = (char["upright"], char.get("fontname"))
        if here != key:
            run, key = run + 1, here
        run_of[id(char)] = run
    words: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for word, word_chars in wordmap.tuples:
        first = run_of[id(word_chars[0])]
        if all(run_of[id(c)] == first for c in word_chars):
            words.append((word, word_chars))
            continue
        parts = [list(p) for _, p in itertools.groupby(word_chars, key=lambda c: run_of[id(c)])]
        parts = _bridged(parts)
        if len({run_of[id(p[0])] for p in parts}) < len(parts):
            found = ptext.extract_words(chars, extra_attrs=["fontname"], return_chars=True, **gaps)
            return text or "", [(w, w["chars"]) for w in found]
        words.extend((extractor.merge_chars(p), p) for p in parts)
    return text or "", words


#: Marks a font may lack, drawn from a fallback font inside a word ("ش.م.م", "S.p.A").
_BRIDGING = frozenset(".,-/'")


def _bridged(parts: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """A word's runs of one font each, with a run of marks only (``_BRIDGING``) that stands
    between two runs of one font joined to them: a fallback font's full stops in an Arabic
    firm's "ش.م.م" do not cut it in five.

    >>> a, b = {"text": "S", "fontname": "A"}, {"text": ".", "fontname": "B"}
    >>> [len(p) for p in _bridged([[a], [b], [dict(a, text="A")], [dict(b, text="1")]])]
    [3, 1]
    """
    out = [parts[0]]
    k = 1
    while k < len(parts):
        part = parts[k]
        if (
            k + 1 < len(parts)
            and all(c["text"] in _BRIDGING for c in part)
            and _font_of(out[-1][-1]) == _font_of(parts[k + 1][0])
        ):
            out[-1] = out[-1] + part + parts[k + 1]
            k += 2
        else:
            out.append(part)
            k += 1
    return out


def _font_of(char: dict[str, Any]) -> tuple[Any, Any]:
    return char.get("upright"), char.get("fontname")


def _without_overprints(page: Any) -> Any:
    """``page`` without the chars that repeat one drawn before them at nearly the same place
    (``_overprints``), as a pdfplumber page view; ``page`` itself when it has none.

    Report writers and HTML renderers fake a bold face by drawing a text two or three times a
    fraction of a point apart (wkhtmltopdf does it for a font without a bold cut). PDFium drops
    such a repeated text object; pdfplumber keeps every copy, and its words interleave them:
    "IInnvvooiiccee NNoo::".
    """
    drop = _overprints(page.chars)
    return page.filter(lambda obj: id(obj) not in drop) if drop else page


def _is_copy(dx: float, dy: float, size: float, width: float) -> bool:
    """Whether a char ``dx``, ``dy`` points from an earlier one of the same text and ``size``
    (``width`` wide) is a copy of it: within a quarter of an em above or below it, and within
    0.15 em or (for a wide glyph, up to a quarter of an em) half its width to its side. A text's
    own letters stand a whole advance apart ("ll" is 0.22 em in Helvetica), its lines an em."""
    em = size if size > 0 else 4.0
    return abs(dy) <= 0.25 * em and abs(dx) <= max(0.15 * em, min(0.5 * width, 0.25 * em))


def _overprints(chars: list[dict[str, Any]]) -> set[int]:
    """The ids of the chars in ``chars`` (drawing order) that copy a char drawn before them
    (``_is_copy``, same text and direction); spaces of any kind are left alone.

    A page without copies is the rule, so a cheap look comes first: each char against the
    last one of its text in the same 3 pt column. Copies drawn after their text (or their
    page) mostly meet their original there; a page's own letters seldom pass ``_is_copy``.
    Only then is every char checked, against the chars kept in its cell of a grid half an em
    wide and the three cells nearest it.

    >>> a = {"text": "T", "size": 10.0, "upright": True, "x0": 72.0, "x1": 78.1, "top": 90.0}
    >>> copy, next_t = dict(a, x0=72.4, x1=78.5, top=89.8), dict(a, x0=78.1, x1=84.2)
    >>> sorted(_overprints([a, copy, next_t])) == [id(copy)]
    True
    """
    last: dict[tuple[str, float], dict[str, Any]] = {}
    seen_in = last.get
    for char in chars:
        # Spaces too, which costs less than leaving them out: a copied space (rare) only
        # sends the page to the full check, where spaces are skipped.
        slot = (char["text"], char["x0"] // 3)
        seen = seen_in(slot)
        if (
            seen is not None
            and seen["size"] == char["size"]
            and _is_copy(
                char["x0"] - seen["x0"],
                char["top"] - seen["top"],
                char["size"],
                seen["x1"] - seen["x0"],
            )
        ):
            break
        last[slot] = char
    else:
        return set()
    kept: dict[tuple[Any, ...], list[tuple[float, float, float]]] = {}
    drop: set[int] = set()
    for char in chars:
        text = char["text"]
        if text.isspace():
            continue
        size, x0, top = char["size"], char["x0"], char["top"]
        cell = 0.5 * size if size > 0 else 1.0
        gx, gy = x0 / cell, top / cell
        ix, iy = int(gx), int(gy)
        nx = ix + 1 if gx - ix >= 0.5 else ix - 1
        ny = iy + 1 if gy - iy >= 0.5 else iy - 1
        base = (text, char["upright"], size)
        if any(
            _is_copy(x0 - kx, top - kt, size, kw)
            for at in ((ix, iy), (nx, iy), (ix, ny), (nx, ny))
            for kx, kt, kw in kept.get((*base, *at), ())
        ):
            drop.add(id(char))
        else:
            kept.setdefault((*base, ix, iy), []).append((x0, top, char["x1"] - x0))
    return drop


def _word_gaps(chars: list[dict[str, Any]]) -> dict[str, float]:
    """pdfplumber's word options for a page: its default (3 pt) where the page draws its
    spaces, a gap relative to the font size where it draws none.

    pdfTeX, iTextSharp and others place each word without a space character. Their gaps (2.5
    pt between 10 pt words in Times, Helvetica or Palatino) are under pdfplumber's 3 pt, so
    whole lines came out as one word ("HolzwerkstattKrämerGmbH").
    """
    if draws_spaces(sum(c["text"] == " " for c in chars), len(chars)):
        return {}
    return {"x_tolerance_ratio": WORD_GAP_RATIO}


def draws_spaces(spaces: int, chars: int) -> bool:
    """Whether a page of ``chars`` characters, ``spaces`` of them drawn spaces, parts its
    words with spaces (then a gap under 3 pt joins two words' letters), or places its words
    apart (then ``WORD_GAP_RATIO`` of the font size parts them). Under 1% spaces is none: a
    page of such words still draws the odd space of its own. Under 20 chars, it draws them:
    too few to tell. Both engines decide by this.

    >>> draws_spaces(0, 10), draws_spaces(1, 100), draws_spaces(1, 101)
    (True, True, False)
    """
    return chars < 20 or spaces * 100 >= chars


def _size_sideways_chars(chars: list[dict[str, Any]]) -> None:
    """Give chars turned a quarter turn their font size as ``size`` (in place).

    pdfminer's ``size`` is a char's height on the page. For sideways text (upright content
    on a page with ``/Rotate 90``, a table printed along the long edge) that height is each
    glyph's advance, so the chars of one word all differ and ``extract_words`` split by
    ``size`` cuts every word into letters. Across its line, such a char spans the font size,
    as PDFium (``engine="pdfium"``) reports it.
    """
    for char in chars:
        if not char["upright"]:
            char["size"] = round(char["x1"] - char["x0"], 2)


def _parse_pdfium(data: bytes, password: str | None, words: bool) -> Document:
    from .pdf_pdfium import parse_pdfium

    return parse_pdfium(data, password, words)


Parser = Callable[[bytes, "str | None", bool], Document]
ENGINES: dict[str, Parser] = {"pdfplumber": _parse_pdfplumber, "pdfium": _parse_pdfium}


#: The message of a password that does not open the file (another may be tried).
WRONG_PASSWORD = "encrypted: the password given does not open it"


def parse_document(
    data: bytes,
    *,
    engine: str = "pdfplumber",
    password: str | Sequence[str] | None = None,
    words: bool = True,
    require_text: bool = True,
    tables: bool = False,
) -> Document:
    """Parse PDF bytes into a :class:`Document`, raising a :class:`FileError` subclass on failure.

    Parameters
    ----------
    data
        The file's bytes.
    engine
        ``"pdfplumber"`` (exact layout, pure Python) or ``"pdfium"`` (pypdfium2, fast).
    password
        For encrypted files, or several to try in turn (the first that opens the file is
        used). Files with only an owner password open without one.
    words
        Also read words with positions (the rules extractor needs them).
    require_text
        Raise :class:`NoTextError` when no page has extractable text (a scan).
    tables
        Also find tables on each page (``Page.tables``); uses pdfplumber for this file.

    Examples
    --------
    >>> parse_document(b"hello")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    NotPDFError: not a PDF: no %PDF- header in the first 1024 bytes (looks like plain text)
    """
    reason = sniff_pdf(data)
    if reason is not None:
        raise NotPDFError(reason)
    given: list[str | None] = (
        [password] if password is None or isinstance(password, str) else [*password] or [None]
    )
    # A batch-wide password is for the files that need one: a file with only an owner
    # password (printing or copying restricted) opens with none, and the given ones fail on it.
    candidates = given if any(not p for p in given) else [*given, None]
    for k, candidate in enumerate(candidates):
        try:
            doc = _parse_with_fallback(data, engine, candidate, words, require_text, tables)
            break
        except EncryptedPDFError as exc:
            if exc.message != WRONG_PASSWORD and k < len(given):
                raise
            if k + 1 < len(candidates):
                continue  # the next password may open it
            if len(given) > 1:
                raise EncryptedPDFError(
                    f"encrypted: none of the {len(given)} passwords given opens it"
                ) from None
            raise EncryptedPDFError(WRONG_PASSWORD) from None
    if require_text:
        _check_readable(doc)
    return doc


def _parse_with_fallback(
    data: bytes,
    engine: str,
    password: str | None,
    words: bool,
    require_text: bool,
    tables: bool,
) -> Document:
    try:
        return _parse_checked(data, engine, password, words, require_text, tables)
    except EncryptedPDFError as exc:
        if engine != "pdfium" or exc.message != UNSUPPORTED_SECURITY:
            raise
        # pdfminer implements the standard handler's older revisions PDFium leaves out.
        return _parse_checked(data, "pdfplumber", password, words, require_text, tables)
    except (CorruptPDFError, EmptyPDFError, NoTextError) as exc:
        if engine == "pdfium":
            # PDFium refuses some damaged files pdfplumber repairs ("Data format error"), and
            # finds no pages or no text in others: ask pdfplumber for a second opinion before
            # giving up. Its answer, or its more specific error, wins.
            return _parse_checked(data, "pdfplumber", password, words, require_text, tables)
        if tables or exc.message.startswith(STREAM_DAMAGED):
            raise
        # And pdfminer trips where PDFium's repairs hold: cross-reference offsets that are
        # all wrong or a damaged xref stream (no pages found), a stream whose /Length lies
        # (no text), a page without a /MediaBox, a /Prev that loops. Its error stands unless
        # PDFium reads the file. Not for a stream that does not decode: what PDFium makes of
        # one is garbled text, and the error says more.
        try:
            return _parse_checked(data, "pdfium", password, words, require_text, False)
        except FileError:
            raise exc from None


# What a glyph without a Unicode meaning becomes: pdfminer writes "(cid:17)", PDFium the code
# itself (C0 controls) or U+FFFD; private-use code points stand for icons and unmapped glyphs.
_CID = re.compile(r"\(cid:\d+\)")
_UNMAPPED = re.compile("[\x00-\x08\x0e-\x1f\ufffd\ue000-\uf8ff]")
#: Above this share of unmapped glyphs the text layer is unreadable as a whole.
UNREADABLE_SHARE = 0.5


def unreadable_share(text: str) -> float:
    """The share of ``text``'s non-space characters that are glyphs with no Unicode meaning.

    >>> unreadable_share("(cid:3)(cid:17) ab")
    0.5
    """
    cids = len(_CID.findall(text)) if "(cid:" in text else 0
    if cids:
        text = _CID.sub("", text)
    unmapped = len(_UNMAPPED.findall(text))
    if not (cids or unmapped):
        return 0.0
    shown = len(text) - sum(text.count(c) for c in " \t\n\r\f\v")
    return (cids + unmapped) / max(cids + shown, 1)


def _check_readable(doc: Document) -> None:
    """Raise :class:`NoTextError` when the text layer is mostly glyph numbers.

    A PDF whose fonts have no ToUnicode map (common in files printed by some PDF drivers)
    has text that shows right but extracts as ``(cid:17)`` or control characters: nothing a
    rule or a model can read, and worth a clear error rather than a row of empty fields.
    """
    text = doc.text
    share = unreadable_share(text)
    if share > UNREADABLE_SHARE:
        raise NoTextError(
            f"its text layer is unreadable: {share:.0%} of its characters are font glyph "
            "numbers with no Unicode meaning (its fonts lack a ToUnicode map), so it needs "
            "OCR first (for example `ocrmypdf --force-ocr in.pdf out.pdf`)"
        )


def _parse_checked(
    data: bytes,
    engine: str,
    password: str | None,
    words: bool,
    require_text: bool,
    tables: bool,
) -> Document:
    parser = ENGINES[engine]
    try:
        with quiet_pdf_libraries():
            # Tables need pdfplumber's table finder, whatever the engine for text.
            doc = (
                _parse_pdfplumber(data, password, words, True)
                if tables
                else parser(data, password, words)
            )
    except FileError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise _exhausted(exc) from exc
    except Exception as exc:
        if isinstance(_cause(exc), (RecursionError, MemoryError)):  # wrapped by pdfplumber
            raise _exhausted(_cause(exc)) from exc
        err = _map_error(exc, data, password)
        notes = getattr(exc, "__notes__", None)
        if notes and isinstance(err, CorruptPDFError):
            err = CorruptPDFError(f"{err.message} {' '.join(notes)}")
        raise err from exc
    if doc.page_count == 0:
        raise EmptyPDFError("the PDF has no pages (empty or broken page tree)")
    if require_text and doc.char_count == 0:
        if _IMAGE_XOBJECT.search(data) is None:
            # Image XObjects are streams, so their dictionaries are never compressed away:
            # without one the pages hold no scan, only vector drawing or nothing at all.
            raise NoTextError(
                f"no text and no images on any of its {doc.page_count} page(s): they are "
                "blank, their content is damaged, or they draw their text as outlines "
                "(render and OCR those, for example `ocrmypdf --force-ocr in.pdf out.pdf`)"
            )
        raise NoTextError(
            f"no text layer on any of its {doc.page_count} page(s): it is probably a scan "
            "and needs OCR first (for example `ocrmypdf in.pdf out.pdf`)"
        )
    return doc


_IMAGE_XOBJECT = re.compile(rb"/Subtype\s*/Image\b")


def _exhausted(exc: BaseException) -> CorruptPDFError:
    if isinstance(exc, MemoryError):
        return CorruptPDFError("cannot be parsed: it needs more memory than is available")
    return CorruptPDFError(
        "cannot be parsed: its objects nest too deeply or refer to each other in a loop "
        "(in its page tree or its chain of cross-reference sections)"
    )
