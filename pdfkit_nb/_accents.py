"""Accents drawn as glyphs of their own, put back on their letters.

pdfTeX in its default OT1 encoding (and in T1 for letters T1 lacks, such as "ř"), groff and
some old PostScript drivers draw an accented letter as two glyphs: the bare letter, and a
spacing accent ("ˇ", "´", "¨", "˛") placed over or under it. Their text layer then reads
"Kcˇ", "Dvorˇák", "fu¨r", "sa˛", or, where the raised accent of a capital parts the word,
"ICˇ O". pdfplumber sorts the accent after its letter; PDFium keeps it where the content stream
draws it, often at the end of the line ("ODBERATEL ˇ"). Neither is the word.

:func:`merge_accents` takes a page's chars, each a dict with ``text``, ``x0``, ``x1``,
``top``, ``bottom`` and ``upright`` (pdfplumber's char dicts, or the pdfium engine's made
alike), finds the letter under (or over) each spacing accent by position, gives that letter
its composed form ("č") and says which accent chars to drop. A spacing accent that stands on
its own ("5´", "~ 20") sits in its own advance, over no letter, and stays.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

#: Spacing accents (as pdfTeX's and groff's ToUnicode maps give them) and the combining
#: marks they stand for. Not ASCII "^" and "~": those are the text's own far more often.
ABOVE: dict[str, str] = {
    "\u02c7": "\u030c",  # caron: č ř ě
    "\u00b4": "\u0301",  # acute: é á
    "`": "\u0300",  # grave: à è (OT1's grave maps to the ASCII one)
    "\u02c6": "\u0302",  # circumflex: ê
    "\u02dc": "\u0303",  # tilde: ñ ã
    "\u00a8": "\u0308",  # dieresis: ü ä
    "\u02da": "\u030a",  # ring: ů å
    "\u02dd": "\u030b",  # double acute: ő ű
    "\u02d8": "\u0306",  # breve: ă ğ
    "\u02d9": "\u0307",  # dot above: ż ė
    "\u00af": "\u0304",  # macron: ā ē
}
BELOW: dict[str, str] = {
    "\u02db": "\u0328",  # ogonek: ą ę
    "\u00b8": "\u0327",  # cedilla: ç ş
}
MARKS: dict[str, str] = {**ABOVE, **BELOW}
#: Finds a page that may draw accents apart, in its text (the pdfium engine's first test).
HINT = re.compile("[" + "".join(MARKS) + "]")
#: Letters TeX accents in their dotless form: "\'{\i}" is "ı" under "´".
_DOTLESS = {"\u0131": "i", "\u0237": "j"}


def _composed(letter: str, accent: str) -> str | None:
    """``letter`` with ``accent``'s mark as one precomposed char, or None if Unicode has none."""
    base = _DOTLESS.get(letter, letter) if accent in ABOVE else letter
    made = unicodedata.normalize("NFC", base + MARKS[accent])
    return made if len(made) == 1 else None


def merge_accents(chars: Sequence[dict[str, Any]]) -> set[int]:
    """Put each spacing accent of ``chars`` on the letter it is drawn over or under.

    The letter's ``text`` becomes the composed letter (in place); the ids of the accent chars
    it took are returned, for the caller to drop. An accent belongs to the upright letter
    whose advance holds the accent's middle and whose line it is drawn on: an accent over a
    letter may stand higher (a capital's is raised), never lower than the letter's box, and one
    under it, never higher. Of two such letters, the one whose middle is nearer.
    """
    accents = [c for c in chars if c["text"] in MARKS and c["upright"]]
    if not accents:
        return set()
    letters = sorted(
        (
            c
            for c in chars
            if c["upright"]
            and len(c["text"]) == 1
            and c["text"].isalpha()
            and c["text"] not in MARKS  # "ˇ" and "ˆ" are modifier letters to str.isalpha
        ),
        key=lambda c: c["x0"],
    )
    starts = [c["x0"] for c in letters]
    widest = max((c["x1"] - c["x0"] for c in letters), default=0.0)
    taken: set[int] = set()
    for accent in accents:
        middle = (accent["x0"] + accent["x1"]) / 2
        above = accent["text"] in ABOVE
        best: tuple[float, dict[str, Any]] | None = None
        # Letters starting at most the widest letter's width before the accent's middle.
        k = bisect.bisect_right(starts, middle)
        for letter in letters[bisect.bisect_left(starts, middle - widest) : k]:
            if not letter["x0"] <= middle <= letter["x1"]:
                continue
            top, bottom = letter["top"], letter["bottom"]
            height = bottom - top
            if above:
                # On the letter's line or raised above it, at most a line's height.
                fits = bottom - height <= accent["bottom"] <= bottom + 0.1 * height
            else:
                fits = top - 0.1 * height <= accent["top"] <= bottom
            if not fits:
                continue
            off = abs(middle - (letter["x0"] + letter["x1"]) / 2) + abs(accent["bottom"] - bottom)
            if best is None or off < best[0]:
                best = (off, letter)
        if best is None:
            continue
        letter = best[1]
        made = _composed(letter["text"], accent["text"])
        if made is not None:
            letter["text"] = made
            taken.add(id(accent))
    return taken
