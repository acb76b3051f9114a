"""What was typed into a PDF form (AcroForm text, combo and list fields), as words on the page.

A filled-in form keeps its values in widget annotations, not in the page's content stream:
neither pdfplumber's text nor PDFium's text layer contains them, and a batch over filled
forms came back with every field empty. The values are read here with PDFium, which resolves
values inherited from parent fields, for both engines alike, and laid out as words inside
their widgets' boxes, where a reader sees them: beside or below their printed labels, where
the rules look. A page with values gets its text rebuilt from its words.

Left out of the text on purpose: password fields, hidden widgets, signatures and push
buttons, and check boxes and radio buttons (a mark, not text: their state is in
``Document.form`` only, as the box's "on" value or ``Off``, a radio group's as its chosen value).
"""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass
from typing import Any

from ._pdfium_text import Box, _display_mapping, _unpack_rect, page_frame
from .document import Page, Word

__all__ = ["Filled", "add_filled", "close_form", "open_form", "page_values", "read_filled"]

log = logging.getLogger(__name__)

# fpdf_formfill.h / fpdf_annot.h
_TEXT_FIELDS = frozenset({4, 5, 6})  # FPDF_FORMFIELD_COMBOBOX, _LISTBOX, _TEXTFIELD
_CHECKBOX, _RADIO = 2, 3  # FPDF_FORMFIELD_CHECKBOX, _RADIOBUTTON
_BUTTONS = frozenset({_CHECKBOX, _RADIO})
_WIDGET = 20  # FPDF_ANNOT_WIDGET
_HIDDEN = 0x1 | 0x2  # FPDF_ANNOT_FLAG_INVISIBLE | FPDF_ANNOT_FLAG_HIDDEN
_PASSWORD = 1 << 13  # FPDF_FORMFLAG_TEXT_PASSWORD
# Glyph metrics for laying out a value: its font is the widget's, which we do not measure.
# Helvetica's average advance is ~0.5 em and a space 0.28 em.
_CHAR_EM, _SPACE_EM, _LINE_EM, _PADDING = 0.5, 0.28, 1.15, 2.0


@dataclass(frozen=True, slots=True)
class Filled:
    """One field's value and where its widget is: ``box`` is (x0, top, x1, bottom) in
    display space (points from the visible page's top-left), ``size`` its font size (0:
    automatic)."""

    text: str
    box: Box
    size: float
    #: The field's full name ("invoice_number", "form1[0].page1[0].Total[0]").
    name: str = ""
    #: Laid out on the page as words (typed text); a check box's state is not.
    shown: bool = True


def open_form(raw: Any, doc: Any) -> tuple[Any, Any] | None:
    """A form environment for ``doc``'s AcroForm fields, or None when it has none.

    Open it before loading pages and close it (:func:`close_form`) before the document.
    The caller holds the PDFium lock.
    """
    try:
        # A static XFA form also keeps its values in AcroForm fields; a dynamic one only in
        # XFA data, which this PDFium build cannot read.
        if raw.FPDF_GetFormType(doc) not in (raw.FORMTYPE_ACRO_FORM, raw.FORMTYPE_XFA_FOREGROUND):
            return None
        config = raw.FPDF_FORMFILLINFO(version=1)
        handle = raw.FPDFDOC_InitFormFillEnvironment(doc, config)
    except Exception:  # a damaged form costs its values, never the file's text
        log.debug("form environment unavailable", exc_info=True)
        return None
    return (handle, config) if handle else None  # the config must outlive the handle


def close_form(raw: Any, form: tuple[Any, Any] | None) -> None:
    if form is not None:
        raw.FPDFDOC_ExitFormFillEnvironment(form[0])


def read_filled(raw: Any, doc: Any) -> dict[int, list[Filled]]:
    """Values typed into the fields of an open PDFium document, by 0-based page index;
    ``{}`` at once when it has no AcroForm fields (or PDFium cannot read them). The caller
    holds the PDFium lock."""
    form = open_form(raw, doc)
    if form is None:
        return {}
    try:
        found: dict[int, list[Filled]] = {}
        for index in range(raw.FPDF_GetPageCount(doc)):
            page = raw.FPDF_LoadPage(doc, index)
            if not page:
                continue
            try:
                values = page_values(raw, form, page)
            finally:
                raw.FPDF_ClosePage(page)
            if values:
                found[index] = values
        return found
    finally:
        close_form(raw, form)


def page_values(raw: Any, form: tuple[Any, Any], page: Any) -> list[Filled]:
    """The filled-in fields among a loaded page's widgets (see :func:`open_form`); none,
    logged at debug level, when PDFium fails on them: a damaged form costs its values,
    never the page's text."""
    handle = form[0]
    try:
        count = raw.FPDFPage_GetAnnotCount(page)
        if count <= 0:
            return []
        rect = raw.FS_RECTF()
        frame = page_frame(raw, page, rect)
        to_display = _display_mapping(raw.FPDFPage_GetRotation(page) % 4, frame)
        # The form's view of the page: check boxes know their state only through it.
        raw.FORM_OnAfterLoadPage(page, handle)
        try:
            return _widgets(raw, handle, page, count, rect, to_display)
        finally:
            raw.FORM_OnBeforeClosePage(page, handle)
    except Exception:
        log.debug("form fields unreadable", exc_info=True)
        return []


def _widgets(
    raw: Any, handle: Any, page: Any, count: int, rect: Any, to_display: Any
) -> list[Filled]:
    size = ctypes.c_float()
    out: list[Filled] = []
    for k in range(count):
        annot = raw.FPDFPage_GetAnnot(page, k)
        if not annot:
            continue
        try:
            if (
                raw.FPDFAnnot_GetSubtype(annot) != _WIDGET
                or raw.FPDFAnnot_GetFlags(annot) & _HIDDEN
                or raw.FPDFAnnot_GetFormFieldFlags(handle, annot) & _PASSWORD
                or not raw.FPDFAnnot_GetRect(annot, rect)
            ):
                continue
            kind = raw.FPDFAnnot_GetFormFieldType(handle, annot)
            if kind in _BUTTONS:
                choice = _choice(raw, handle, annot, kind)
                if choice is not None:
                    out.append(choice)
                continue
            left, top, right, bottom = _unpack_rect(rect)
            if kind not in _TEXT_FIELDS or left == right or top == bottom:
                continue  # no /Rect (PDFium reads zeros): nowhere on the page to put it
            text = _utf16(raw.FPDFAnnot_GetFormFieldValue, handle, annot)
            if not text.strip():
                continue
            box = to_display(min(left, right), min(top, bottom), max(left, right), max(top, bottom))
            known = raw.FPDFAnnot_GetFontSize(handle, annot, ctypes.byref(size))
            name = _utf16(raw.FPDFAnnot_GetFormFieldName, handle, annot)
            out.append(Filled(text, box, float(size.value) if known else 0.0, name))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _choice(raw: Any, handle: Any, annot: Any, kind: int) -> Filled | None:
    """A check box's state (its "on" value, such as ``Yes``, or ``Off``) or the chosen
    button of a radio group (its value; the group's other buttons give nothing). Kept for
    ``Document.form`` only: a mark on the page is not text."""
    checked = raw.FPDFAnnot_IsChecked(handle, annot)
    if kind == _RADIO and not checked:
        return None
    value = _utf16(raw.FPDFAnnot_GetFormFieldExportValue, handle, annot) if checked else "Off"
    name = _utf16(raw.FPDFAnnot_GetFormFieldName, handle, annot)
    return Filled(value or "Yes", (0.0, 0.0, 0.0, 0.0), 0.0, name, shown=False)


def _utf16(getter: Any, *args: Any) -> str:
    """A string from a PDFium ``getter(*args, buffer, size)`` that fills a UTF-16LE buffer
    and returns its size in bytes (NUL included): asked once for the size, once for the text."""
    need = getter(*args, None, 0)
    if need <= 2:
        return ""
    buffer = (ctypes.c_ushort * (need // 2))()
    getter(*args, buffer, need)
    return ctypes.string_at(buffer, need - 2).decode("utf-16-le", "replace")


def add_filled(
    pages: list[Page], filled: dict[int, list[Filled]], *, words: bool
) -> dict[str, str]:
    """Put the values on their pages as words and rebuild those pages' text from the words.

    The pages must carry their own words (an engine reads them when a form has values);
    ``words=False`` drops every page's words afterwards, for a caller that asked for none.
    Returns the values by field name (``Document.form``): the first where a name repeats
    (a field shown on several pages), except that a checked box wins over an ``Off`` one of
    the same name (check boxes acting as one group).
    """
    by_name: dict[str, str] = {}
    for values in filled.values():
        for value in values:
            if value.name and by_name.get(value.name, "Off") == "Off":
                by_name[value.name] = value.text
    for index, values in filled.items():
        if index >= len(pages):
            continue
        page = pages[index]
        shown = [v for v in values if v.shown and not _drawn(v, page.words)]
        if not shown:
            continue
        page.words.extend(w for value in shown for w in _layout(value, page.number))
        lines = page.lines()
        page.words = [w for line in lines for w in line.words]  # reading order, as before
        page.text = "\n".join(line.text for line in lines)
    if not words:
        for page in pages:
            page.words = []
    return by_name


def _drawn(value: Filled, words: list[Word]) -> bool:
    """Whether the page's own text already shows the value in its box: a form flattened
    into the page that kept its fields, which would otherwise show every value twice."""
    first = value.text.split()[0]
    x0, top, x1, bottom = value.box
    return any(
        w.text == first
        and x0 <= (w.x0 + w.x1) / 2 <= x1
        and top <= (w.top + w.bottom) / 2 <= bottom
        for w in words
    )


def _layout(value: Filled, number: int) -> list[Word]:
    """Words for a value as a viewer draws it: left-aligned inside its box, one line
    vertically centred, several lines from the top."""
    x0, top, _, bottom = value.box
    height = bottom - top
    # An automatic size (0) fills the box's height, within what forms use.
    size = value.size if value.size > 0 else min(max(height * 0.65, 4.0), 12.0)
    lines = value.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    y = top + _PADDING if len(lines) > 1 else top + max(height - size, 0.0) / 2
    words: list[Word] = []
    for line in lines:
        x = x0 + _PADDING
        for token in line.split():
            width = len(token) * size * _CHAR_EM
            words.append(Word(token, x, y, x + width, y + size, number, size, False))
            x += width + size * _SPACE_EM
        y += size * _LINE_EM
    return words
