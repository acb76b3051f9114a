"""Fill the NUL characters pdfminer reads for glyphs that a font's ToUnicode maps to U+0000.

Some PDF writers (Skia, behind Chrome's "Save as PDF" and many SaaS invoices) map alternate
glyphs, such as Inter's case-sensitive hyphen and brackets between capitals, to code point 0.
pdfminer reports ``"\\x00"``, so ``INV-0042`` reads ``INV\\x000042``. PDFium does not trust a
0 mapping and falls back to the font's own glyph names (``hyphen.case`` → ``-``, the Adobe
Glyph List rule). The repair reads the same page with PDFium and takes its character at each
NUL, but only where the two readings line up around it, so a misread elsewhere on the page
cannot leak in.
"""

from __future__ import annotations

import logging
import re

from .document import Page

__all__ = ["repair_nuls"]

log = logging.getLogger(__name__)

NUL = "\x00"
#: Characters either side of a NUL that must match in the other reading when the two do not
#: line up char for char.
CONTEXT = 6
#: Each NUL is looked up by a scan of the other reading; past this many characters scanned in
#: all (~0.2 s), a page keeps its NULs.
MAX_SCAN = 20_000_000


def repair_nuls(data: bytes, password: str | None, pages: list[Page]) -> None:
    """Replace NULs in ``pages`` (pdfplumber's text and words) in place, where PDFium agrees.

    Does nothing when no page has a NUL, or when PDFium cannot read the file.
    """
    todo = [page for page in pages if NUL in page.text]
    if not todo:
        return
    from .pdf_pdfium import parse_pdfium

    try:
        other = parse_pdfium(data, password, False, unknown=NUL).pages
    except Exception as exc:  # PDFium is only a second opinion here
        log.debug("no PDFium reading to fill NUL characters from: %r", exc)
        return
    if len(other) != len(pages):
        return
    for page in todo:
        try:
            fixed = fill(page.text, other[page.number - 1].text)
        except Exception as exc:  # a repair must never cost the file its reading
            log.debug("NUL fill failed on page %d: %r", page.number, exc)
            continue
        if fixed == page.text:
            continue
        renamed = _token_map(page.text, fixed)
        page.text = fixed
        for word in page.words:
            if NUL in word.text:
                word.text = renamed.get(word.text, word.text)


def fill(text: str, reference: str) -> str:
    """``text`` with each NUL replaced by the character ``reference`` has in its place.

    The two are compared without whitespace (the engines space words differently). When they
    line up char for char, every NUL takes its counterpart; otherwise (lines in another order)
    a NUL takes the character between the same neighbours in ``reference``: first its own
    word's, then up to six characters either side, and only if they occur there exactly once.
    Only printable, non-space characters are taken.

    >>> fill("INV\\x000042 Total", "INV-0042 Total")
    'INV-0042 Total'
    >>> fill("A\\x00B", "A B")  # nothing printable in its place: left alone
    'A\\x00B'
    """
    mine = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    chars = "".join(c for _, c in mine)
    theirs = "".join(c for c in reference if not c.isspace())
    found: dict[int, str] = {}
    if len(chars) == len(theirs) and all(a in (b, NUL) for a, b in zip(chars, theirs, strict=True)):
        found = {k: b for k, (a, b) in enumerate(zip(chars, theirs, strict=True)) if a == NUL}
    elif chars.count(NUL) * len(theirs) <= MAX_SCAN:
        # Where each non-space char's word starts and ends, to use the NUL's own word first.
        starts, ends = _word_bounds(mine)
        for k, char in enumerate(chars):
            if char == NUL:
                spans = ((starts[k], ends[k]), (max(k - CONTEXT, 0), k + 1 + CONTEXT))
                for lo, hi in spans:
                    got = _between(chars[lo:k], chars[k + 1 : hi], theirs)
                    if got is not None:
                        found[k] = got
                        break
    out = list(text)
    for k, char in found.items():
        if char.isprintable() and char != NUL:
            out[mine[k][0]] = char
    return "".join(out)


def _between(left: str, right: str, theirs: str) -> str | None:
    """The one character of ``theirs`` that stands between ``left`` and ``right`` (other NULs
    in them match anything), or ``None`` when they occur there other than exactly once."""
    if not (left or right):
        return None
    before = "".join("." if c == NUL else re.escape(c) for c in left)
    after = "".join("." if c == NUL else re.escape(c) for c in right)
    # A lookahead finds overlapping occurrences too: "once" must mean once.
    found = [m.group(1) for m in re.finditer(f"(?={before}(.){after})", theirs, re.DOTALL)]
    return found[0] if len(found) == 1 else None


def _word_bounds(mine: list[tuple[int, str]]) -> tuple[list[int], list[int]]:
    """For each non-space char (by its index in ``mine``), the start and end of its word."""
    starts, ends = [0] * len(mine), [0] * len(mine)
    begin = 0
    for k in range(len(mine)):
        if k and mine[k][0] != mine[k - 1][0] + 1:  # whitespace before it: a new word
            begin = k
        starts[k] = begin
    end = len(mine)
    for k in range(len(mine) - 1, -1, -1):
        if k + 1 < len(mine) and mine[k + 1][0] != mine[k][0] + 1:
            end = k + 1
        ends[k] = end
    return starts, ends


def _token_map(before: str, after: str) -> dict[str, str]:
    """Each whitespace-separated token of ``before`` that changed → its new form (when every
    occurrence changed the same way; a word is renamed only if that is unambiguous)."""
    seen: dict[str, set[str]] = {}
    for old, new in zip(before.split(), after.split(), strict=True):
        if old != new:
            seen.setdefault(old, set()).add(new)
    return {old: next(iter(new)) for old, new in seen.items() if len(new) == 1}
