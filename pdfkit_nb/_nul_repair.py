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

import difflib
import logging

from .document import Page

__all__ = ["repair_nuls"]

log = logging.getLogger(__name__)

NUL = "\x00"
#: Pages whose readings differ in order are aligned with difflib (quadratic in the worst
#: case); past this many characters a page keeps its NULs.
MAX_ALIGNED = 20_000


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
        fixed = fill(page.text, other[page.number - 1].text)
        if fixed == page.text:
            continue
        renamed = _token_map(page.text, fixed)
        page.text = fixed
        for word in page.words:
            if NUL in word.text:
                word.text = renamed.get(word.text, word.text)


def fill(text: str, reference: str) -> str:
    """``text`` with each NUL replaced by the character ``reference`` has in its place.

    The two are compared without whitespace (the engines space words differently); a NUL is
    filled only inside a run where everything else matches, and only with a printable,
    non-space character.

    >>> fill("INV\\x000042 Total", "INV-0042 Total")
    'INV-0042 Total'
    >>> fill("A\\x00B", "A B")  # nothing printable in its place: left alone
    'A\\x00B'
    """
    mine = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    theirs = [c for c in reference if not c.isspace()]
    chars = [c for _, c in mine]
    found: dict[int, str] = {}
    if len(chars) == len(theirs):
        same = all(a in (b, NUL) for a, b in zip(chars, theirs, strict=True))
        if same:
            found = {k: b for k, (a, b) in enumerate(zip(chars, theirs, strict=True)) if a == NUL}
    if not found and len(chars) <= MAX_ALIGNED:
        matcher = difflib.SequenceMatcher(None, chars, theirs, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "replace" and i2 - i1 == j2 - j1 and all(c == NUL for c in chars[i1:i2]):
                found.update((i1 + k, theirs[j1 + k]) for k in range(i2 - i1))
    out = list(text)
    for k, char in found.items():
        if char.isprintable() and char != NUL:
            out[mine[k][0]] = char
    return "".join(out)


def _token_map(before: str, after: str) -> dict[str, str]:
    """Each whitespace-separated token of ``before`` that changed → its new form (when every
    occurrence changed the same way; a word is renamed only if that is unambiguous)."""
    seen: dict[str, set[str]] = {}
    for old, new in zip(before.split(), after.split(), strict=True):
        if old != new:
            seen.setdefault(old, set()).add(new)
    return {old: next(iter(new)) for old, new in seen.items() if len(new) == 1}
