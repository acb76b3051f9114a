"""pdfplumber's char dicts, made for less.

``pdfplumber.Page.process_object`` turns each pdfminer ``LTChar`` into the dict that
``page.chars`` lists. It resolves every attribute through ``resolve_all`` (a recursive walk
for PDF object references) and decodes the colour space's name a character at a time, though
a char's attributes are plain floats, strings and tuples of numbers. On the default engine
that conversion was about a third of the parse: pdfminer interprets the page once, but
pdfplumber builds ten to twenty dict entries per glyph through several Python calls each.

:func:`cheaper_chars` gives one page a ``process_object`` that builds the same dict directly
for plain ``LTChar`` objects and hands everything else (rects, curves, images, chars with
object references or byte font names) to pdfplumber's own. What it builds is checked against
pdfplumber's own on each page's first char; one difference (a pdfplumber release that builds
chars another way) turns the shortcut off for the rest of the process, so the chars are
pdfplumber's either way. Only pages this library opens get it: pdfplumber itself is not
patched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from unicodedata import normalize

_log = logging.getLogger(__name__)

#: Values ``resolve_all`` returns unchanged (it rebuilds tuples, to an equal tuple).
_PLAIN = frozenset({float, int, str, bool, type(None)})


class _Switch:
    """Whether the shortcut still agrees with this process's pdfplumber."""

    on = True


def _plain_tuple(value: Any) -> bool:
    return value.__class__ is tuple and all(v.__class__ in _PLAIN for v in value)


@lru_cache(maxsize=256)
def _colour_space(name: str) -> Any:
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    return resolve_and_decode(name)


def cheaper_chars(page: Any) -> None:
    """Let ``page`` (a ``pdfplumber.page.Page``) build its chars the cheap way, checked."""
    if not _Switch.on:
        return
    from pdfminer.layout import LTChar
    from pdfplumber.page import ALL_ATTRS
    from pdfplumber.utils.pdfinternals import resolve_all

    stock: Callable[[Any], dict[str, Any]] = page.process_object
    try:
        number, norm = page.page_number, page.pdf.unicode_norm
        mb_x0, mb_top = page.mediabox[:2]
        height, doctop = page.height, page.initial_doctop
    except AttributeError:  # a pdfplumber whose pages are made another way
        _Switch.on = False
        return
    checked = False

    def char(obj: Any) -> dict[str, Any] | None:
        found = obj.__dict__
        attr = {
            k: v if v.__class__ in _PLAIN or _plain_tuple(v) else resolve_all(v)
            for k, v in found.items()
            if k in ALL_ATTRS
        }
        if attr.get("fontname").__class__ is not str:
            return None  # byte font names: pdfplumber's own repairs them
        attr["object_type"] = "char"
        attr["page_number"] = number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                name = getattr(obj, cs).name
                if name.__class__ is not str:
                    return None
                attr[cs] = _colour_space(name)
        text = obj.get_text()
        if norm is not None:
            text = normalize(norm, text)
        attr["text"] = text
        gs = obj.graphicstate
        scolor, ncolor = gs.scolor, gs.ncolor
        attr["stroking_color"] = scolor if isinstance(scolor, tuple) else (scolor,)
        attr["non_stroking_color"] = ncolor if isinstance(ncolor, tuple) else (ncolor,)
        top = (height - attr["y1"]) + mb_top
        attr["top"] = top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = doctop + top
        if mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    def process_object(obj: Any) -> dict[str, Any]:
        nonlocal checked
        if obj.__class__ is not LTChar or not _Switch.on:
            return stock(obj)
        made = char(obj)
        if made is None:
            return stock(obj)
        if not checked:
            checked = True
            theirs = stock(obj)
            if made != theirs or list(made) != list(theirs):
                _Switch.on = False
                _log.debug("pdfplumber builds chars another way; using its own from now on")
                return theirs
        return made

    page.process_object = process_object
