"""Lines of right-to-left scripts (Hebrew, Arabic) in reading order.

Both engines lay a page's words out left to right, by position. A Hebrew or Arabic line is
read right to left, so its words came out last word first ("בע"מ מיזוג מערכות אלון" for the
firm "אלון מערכות מיזוג בע"מ"); pdfminer also gives each such word's letters in the order
they stand on the page, which reverses them ("ןולא"). PDFium gives the letters of a word in
reading order already.

This is the part of the Unicode bidirectional algorithm (UAX #9) that plain text lines need,
not all of it: a line is right to left when it holds more right-to-left letters than Latin
ones; its words then go right to left, except that neighbouring words in Latin letters
("Model INV-TDG") keep their order among themselves; a number stands alone, as it does
between right-to-left words (rule N1). In a left-to-right line, each run of right-to-left
words (with the numbers between them) is turned on its own.
"""

from __future__ import annotations

import re

__all__ = [
    "has_latin",
    "has_rtl",
    "is_latin",
    "logical_line",
    "logical_text",
    "logical_word",
    "mirrored_brackets",
    "mostly_rtl",
]

# Hebrew, Arabic, Syriac, Thaana and their presentation forms; not the Arabic-Indic and
# Persian digits and the Arabic decimal and thousands separators: a number in them runs left
# to right, as European digits do ("۱۴۰۴/۱۲/۱۹" is no word to turn).
_RTL = re.compile("[\u0590-\u065f\u066a\u066d-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter (a fast test before the rest)."""
    # isascii() reads the string's flag: no regex scan for the usual page.
    return not text.isascii() and _RTL.search(text) is not None


def mostly_rtl(text: str, factor: float = 1.0) -> bool:
    """Whether ``text`` holds more than ``factor`` times as many right-to-left letters as
    Latin ones: a line (or, with a larger factor, a page) read right to left.

    >>> mostly_rtl("מספר חשבונית: 20417"), mostly_rtl("IBAN: IL62 0108, Bank Leumi (לאומי)")
    (True, False)
    """
    return has_rtl(text) and len(_RTL.findall(text)) > factor * len(_LATIN.findall(text))


def has_latin(text: str) -> bool:
    """Whether ``text`` holds a letter of the Latin script (accented ones too)."""
    return _LATIN.search(text) is not None


def is_latin(word: str) -> bool:
    """Whether ``word`` is written in Latin letters (a right-to-left letter makes it not)."""
    return _LATIN.search(word) is not None and _RTL.search(word) is None


def logical_word(word: str) -> str:
    """A word pdfminer read in page order, in reading order: a right-to-left word's letters
    reversed ("ןולא" is "אלון", ":תינובשח" is "חשבונית:"); any other word as it is."""
    return word[::-1] if _RTL.search(word) and not _LATIN.search(word) else word


def logical_line(line: str, *, visual_words: bool = False) -> str:
    """``line`` (words left to right, one space apart) in reading order.

    ``visual_words``: the words' own letters are in page order too (pdfminer), and are put
    in reading order first. A line with more Latin letters than right-to-left ones keeps its
    word order.

    >>> logical_line("20417 חשבונית: מספר")
    'מספר חשבונית: 20417'
    >>> logical_line("20417 :תינובשח רפסמ", visual_words=True)
    'מספר חשבונית: 20417'
    >>> logical_line("12 Model INV-TDG אינוורטר עילי מזגן")
    'מזגן עילי אינוורטר Model INV-TDG 12'
    """
    words = line.split(" ")
    if visual_words:
        words = [logical_word(w) for w in words]
    if not mostly_rtl(line):
        return " ".join(_rtl_runs_turned(words))
    runs: list[list[str]] = []
    latin = False
    for word in words:
        this = is_latin(word)
        if this and latin:
            runs[-1].append(word)
        else:
            runs.append([word])
        latin = this
    return " ".join(word for run in reversed(runs) for word in run)


def _rtl_runs_turned(words: list[str]) -> list[str]:
    """A left-to-right line's words with each run of right-to-left words (and the numbers
    between them) in reading order: "Al Noor Co. القهوة لتحميص النور" names "النور لتحميص
    القهوة"."""
    rtl = [bool(_RTL.search(w)) for w in words]
    out: list[str] = []
    k = 0
    while k < len(words):
        if not rtl[k]:
            out.append(words[k])
            k += 1
            continue
        # The run: right-to-left words, and the numbers or signs between two of them.
        end = k + 1
        while end < len(words) and not _LATIN.search(words[end]):
            end += 1
        last = max(j for j in range(k, end) if rtl[j])
        out.extend(reversed(words[k : last + 1]))
        k = last + 1
    return out


def logical_text(text: str, *, visual_words: bool = False) -> str:
    """Every line of ``text`` in reading order (see :func:`logical_line`)."""
    if not has_rtl(text):
        return text
    return "\n".join(
        logical_line(line, visual_words=visual_words) if has_rtl(line) else line
        for line in text.split("\n")
    )


_MIRROR = str.maketrans("()[]{}", ")(][}{")
_BRACKET = re.compile(r"[()\[\]{}]")


def mirrored_brackets(text: str) -> str:
    """``text`` with the brackets of its right-to-left words turned: PDFium gives such a
    word's letters in reading order but its brackets as drawn, mirrored ("خاص(" and ")سهامی"
    for "(سهامی خاص)"). A word in Latin letters or digits that PDFium set in a right-to-left
    line can come out with its first bracket mirrored alone: ")EGP)" is "(EGP)".

    >>> mirrored_brackets("شرکت پارس )سهامی خاص( Ltd (UK)")
    'شرکت پارس (سهامی خاص) Ltd (UK)'
    >>> mirrored_brackets("العملة الجنيه المصري )EGP) سعر الصرف")
    'العملة الجنيه المصري (EGP) سعر الصرف'
    """
    if not _BRACKET.search(text):
        return text
    return "\n".join(" ".join(map(_turned, line.split(" "))) for line in text.split("\n"))


def _turned(word: str) -> str:
    if not _BRACKET.search(word):
        return word
    if _RTL.search(word) and not _LATIN.search(word):
        return word.translate(_MIRROR)
    if _ONE_SIDED.fullmatch(word):
        return "(" + word[1:]
    return word


#: A word between two closing round brackets and none else: ")EGP)".
_ONE_SIDED = re.compile(r"\)[^()\[\]{}]+\)[.,:;]?")
