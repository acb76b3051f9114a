"""pk.show: draw the page a value came from, with the value's box and its label highlighted."""

from __future__ import annotations

import dataclasses
import io
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from .errors import OptionError

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["Evidence", "NoPositionError", "show"]

Box = tuple[float, float, float, float]

# Value: amber fill, red outline; label: blue. Alpha so the text under the box stays legible.
_VALUE_FILL, _VALUE_STROKE = (255, 193, 7, 80), (211, 47, 47, 255)
_LABEL_FILL, _LABEL_STROKE = (30, 136, 229, 45), (30, 136, 229, 255)
_PAD = 1.5  # points around the value box, so the outline does not cut through glyphs


class NoPositionError(OptionError):
    """The value has no known position on a page, so there is nothing to draw.

    Raised for failed rows, values that were not found, and values from extractors that do
    not record positions (AI, plain callables). A subclass of :class:`~pdfkit_nb.OptionError`.
    """


@dataclass(frozen=True)
class Evidence:
    """A page image with a value's box (red on amber) and its matched label (blue) drawn on it.

    Shown as a PNG in a notebook; :meth:`save` writes it to a file. ``image`` is the
    annotated ``PIL.Image`` under a caption strip, ``page_image`` the annotated page alone
    (at ``resolution`` dpi, so a point is ``resolution / 72`` pixels); the other attributes
    say what was drawn.
    """

    file: str
    field: str
    value: Any
    page: int
    pages: int
    bbox: Box
    label: str | None
    label_bbox: Box | None
    rule: str | None
    raw: str | None
    resolution: float
    image: Image.Image = dataclasses.field(repr=False)
    page_image: Image.Image = dataclasses.field(repr=False)

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()

    def save(self, path: str | os.PathLike[str], **options: Any) -> None:
        """Write the annotated page to ``path`` (format from the suffix; PNG recommended).

        Examples
        --------
        >>> pk.show(df.iloc[0], "total").save("total.png")  # doctest: +SKIP
        """
        self.image.save(os.fspath(path), **options)

    def __repr__(self) -> str:
        label = f", label {self.label!r}" if self.label else ""
        rule = f", rule {self.rule!r}" if self.rule else ""
        return (
            f"Evidence({self.field}={_fmt(self.value)} on page {self.page}/{self.pages} "
            f"of {PurePath(self.file).name}{label}{rule})"
        )


def show(
    row_or_path: Any,
    field: str,
    *,
    fields: Any = None,
    resolution: float = 110,
    crop: float | None = None,
    pdf: str | os.PathLike[str] | bytes | None = None,
    password: str | Sequence[str] | None = None,
    **options: Any,
) -> Evidence:
    """Draw the page a value came from, with the value's box and the label it matched.

    Parameters
    ----------
    row_or_path
        A row of an ``extract_batch(..., explain=True)`` DataFrame (``df.iloc[i]``), a
        :class:`~pdfkit_nb.BatchResult`, or the path of a PDF, which is then extracted
        (rules, with positions) just for this call.
    field
        The field to show, e.g. ``"total"``.
    fields
        With a path: the field specs to extract (as in ``extract_batch``); default
        ``[field]``. Pass the same specs as your batch to see the same value.
    resolution
        Pixels per inch of the page image.
    crop
        ``None`` draws the whole page; a number of points shows only the region around the
        value and its label, with that margin.
    pdf
        The PDF to draw (path or bytes) when the row's ``file`` is not a path on disk,
        e.g. for rows that came from ``bytes`` inputs.
    password
        For encrypted PDFs (also used for the extraction with a path); a list is tried in turn.
    **options
        With a path: more :func:`~pdfkit_nb.extract_batch` options (``engine``,
        ``dayfirst``, ``method``, …).

    Returns
    -------
    Evidence
        Displays as an image in a notebook; ``.save(path)`` writes a PNG.

    Raises
    ------
    NoPositionError
        When the value has no known position: the file failed, the value was not found,
        or it came from an extractor that records no positions (AI, callables).
    OptionError
        For a row without the ``<field>__source`` column (run with ``explain=True``), an
        unknown field, or extraction options passed with a row.

    Examples
    --------
    >>> import pdfkit_nb as pk
    >>> df = pk.extract_batch_sync("invoices/", ["total"], explain=True)  # doctest: +SKIP
    >>> pk.show(df.iloc[0], "total")  # doctest: +SKIP
    >>> pk.show("invoices/inv_7.pdf", "total").save("inv_7_total.png")  # doctest: +SKIP
    """
    if not isinstance(field, str):
        raise OptionError(f"field must be a field name such as 'total', not {field!r}")
    if isinstance(row_or_path, (str, os.PathLike)):
        evidence = _from_path(row_or_path, field, fields, password, options)
        target: Any = pdf if pdf is not None else Path(row_or_path)
    else:
        if fields is not None or options:
            extra = ", ".join(sorted(["fields", *options] if fields is not None else options))
            raise OptionError(
                f"{extra} only apply when showing a path (the row is already extracted); "
                f"use pk.show(path, {field!r}, ...) to extract again"
            )
        evidence = _from_row(row_or_path, field)
        target = pdf if pdf is not None else evidence["file"]
    return _render(evidence, field, target, _opening(target, password), resolution, crop)


def _opening(target: Any, password: str | Sequence[str] | None) -> str | None:
    """The one of several passwords (``password=[...]``, as for a batch) that opens ``target``;
    ``None`` if none does (drawing then fails as the file is encrypted)."""
    if password is None or isinstance(password, str):
        return password
    import pypdfium2

    from .pdf_pdfium import engine_lock

    source = _pdfium_source(target)
    with engine_lock():
        for candidate in password:
            try:
                pypdfium2.PdfDocument(source, password=candidate).close()
            except pypdfium2.PdfiumError:
                continue
            return candidate
    return None


def _from_path(
    path: str | os.PathLike[str],
    field: str,
    fields: Any,
    password: str | Sequence[str] | None,
    options: Any,
) -> dict[str, Any]:
    from .api import extract_batch_sync
    from .fields import resolve_fields

    specs = resolve_fields(fields if fields is not None else [field])
    if field not in specs:
        raise OptionError(f"field {field!r} is not among fields= ({', '.join(specs)})")
    df = extract_batch_sync(
        [path], specs, explain=True, progress=None, password=password, **options
    )
    return _from_row(df.iloc[0], field)


def _from_row(row: Any, field: str) -> dict[str, Any]:
    """Pull file, value, success and provenance out of a row, a BatchResult or a mapping."""
    import pandas as pd

    if isinstance(row, pd.DataFrame):
        if len(row) != 1:
            raise OptionError(
                f"pk.show takes one row, got a DataFrame of {len(row)}; pick one with df.iloc[i]"
            )
        row = row.iloc[0]
    if hasattr(row, "file_name") and hasattr(row, "sources"):  # a BatchResult
        if field not in row.sources and field not in row.data and row.success:
            raise OptionError(f"this result has no field {field!r}; it has {_names(row.data)}")
        return {
            "file": row.file_name,
            "value": row.data.get(field),
            "success": row.success,
            "error": f"{row.error_type}: {row.error}",
            "source": row.sources.get(field),
        }
    if not isinstance(row, (pd.Series, Mapping)):
        raise OptionError(
            f"pk.show needs a DataFrame row (df.iloc[i]), a BatchResult or a path, "
            f"not {type(row).__name__}"
        )
    keys = list(row.keys())
    if "file" not in keys:
        raise OptionError("this row has no 'file' column; pass a row of an extract_batch result")
    column = f"{field}__source"
    if column not in keys:
        if field in keys:
            raise OptionError(
                f"this row has no {column!r} column: run extract_batch(..., explain=True) to "
                f"record where values come from, or use pk.show(path, {field!r})"
            )
        fields_here = [k for k in keys if isinstance(k, str) and k.endswith("__source")]
        raise OptionError(
            f"no field {field!r} in this row; fields with positions: "
            f"{', '.join(k[: -len('__source')] for k in fields_here) or 'none'}"
        )
    success = bool(row.get("success", True))
    return {
        "file": str(row["file"]),
        "value": row.get(field),
        "success": success,
        "error": f"{row.get('error_type')}: {row.get('error')}",
        "source": row[column],
    }


def _names(data: Mapping[str, Any]) -> str:
    return ", ".join(map(repr, data)) or "no fields"


def _position(found: dict[str, Any], field: str) -> tuple[int, Box, dict[str, Any]]:
    name = PurePath(found["file"]).name
    if not found["success"]:
        raise NoPositionError(f"{name} failed ({found['error']}): there is no {field} to show")
    source = found["source"]
    value = found["value"]
    if not isinstance(source, Mapping) or not source.get("bbox") or not source.get("page"):
        if _is_missing(value):
            raise NoPositionError(
                f"{field} was not found in {name} (the value is missing), so it has no position"
            )
        raise NoPositionError(
            f"{field} = {_fmt(value)} in {name} has no recorded position: it came from an "
            "extractor that does not report where values are (AI or a callable); "
            "positions are recorded by method='rules' with explain=True"
        )
    x0, top, x1, bottom = (float(v) for v in source["bbox"])
    return int(source["page"]), (x0, top, x1, bottom), dict(source)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):  # list-like values are not "missing"
        return False


def _render(
    found: dict[str, Any],
    field: str,
    target: Any,
    password: str | None,
    resolution: float,
    crop: float | None,
) -> Evidence:
    import pdfplumber

    page_no, bbox, source = _position(found, field)
    if isinstance(target, (bytes, bytearray)):
        stream: Any = io.BytesIO(bytes(target))
    else:
        stream = Path(target)
        if not stream.is_file():
            raise OptionError(
                f"cannot open {str(target)!r} to draw it (not a file on disk); pass the PDF "
                f"with pdf=path_or_bytes"
            )
    label = source.get("label")
    # A form field's name is no printed label to look for.
    printed = label if source.get("rule") != "form-field" else None
    with pdfplumber.open(stream, password=password) as doc:
        if not 1 <= page_no <= len(doc.pages):
            raise NoPositionError(f"page {page_no} is not in {found['file']} ({len(doc.pages)})")
        page = doc.pages[page_no - 1]
        label_bbox = _find_label(page, printed, bbox) if printed else None
        region = page
        if crop is not None:
            region = page.crop(_crop_box(page.bbox, bbox, label_bbox, crop), strict=False)
        picture = _picture(region, target, page_no, password, resolution)
        if label_bbox is not None:
            picture.draw_line(_connector(label_bbox, bbox), stroke=_LABEL_STROKE, stroke_width=2)
            picture.draw_rect(
                _pad(label_bbox), fill=_LABEL_FILL, stroke=_LABEL_STROKE, stroke_width=2
            )
        picture.draw_rect(_pad(bbox), fill=_VALUE_FILL, stroke=_VALUE_STROKE, stroke_width=3)
        pages = len(doc.pages)
        image = _with_caption(picture.annotated, found, field, source, page_no, pages, label_bbox)
    return Evidence(
        file=found["file"],
        field=field,
        value=found["value"],
        page=page_no,
        pages=pages,
        bbox=bbox,
        label=label,
        label_bbox=label_bbox,
        rule=source.get("rule"),
        raw=source.get("raw"),
        resolution=resolution,
        image=image,
        page_image=picture.annotated,
    )


def _picture(
    region: Any, target: Any, page_no: int, password: str | None, resolution: float
) -> Any:
    """pdfplumber's page image, drawn with the file's filled-in form fields if it has any:
    pdfplumber's own rendering leaves form widgets out, so a value read from a field
    (``pdfkit_nb._forms``) would be highlighted over a blank box."""
    from pdfplumber.display import PageImage

    original = _render_with_forms(target, page_no, password, resolution)
    if original is None:
        return region.to_image(resolution=resolution)
    return PageImage(region, original=original, resolution=resolution)


def _pdfium_source(target: Any) -> bytes | str:
    """``target`` (a path or the PDF's bytes) as ``pypdfium2.PdfDocument`` takes it."""
    return bytes(target) if isinstance(target, (bytes, bytearray)) else str(target)


def _render_with_forms(
    target: Any, page_no: int, password: str | None, resolution: float
) -> Image.Image | None:
    """The whole page (its crop box) with its form fields drawn; None without a form."""
    import pypdfium2

    from .pdf_pdfium import engine_lock

    source = _pdfium_source(target)
    with engine_lock():
        pdf = pypdfium2.PdfDocument(source, password=password)
        try:
            if not pdf.init_forms():  # False when the file has no form
                return None
            page = pdf[page_no - 1]
            try:
                bitmap = page.render(scale=resolution / 72, may_draw_forms=True)
                image: Image.Image = bitmap.to_pil().convert("RGB")
                return image
            finally:
                page.close()
        finally:
            pdf.close()


def _find_label(page: Any, label: str, value: Box) -> Box | None:
    """The occurrence of ``label`` on the page nearest the value (labels are not boxed)."""
    # Whole words first: "Total" must not land inside a nearer "Subtotal".
    whole = rf"(?<!\w){re.escape(label)}(?!\w)"
    boxes: list[Box] = []
    for pattern, regex in ((whole, True), (label, False)):
        try:
            hits = page.search(pattern, regex=regex, case=False, return_chars=False)
        except Exception:  # pdfplumber's search is best-effort; no label box is fine
            hits = []
        boxes = [(h["x0"], h["top"], h["x1"], h["bottom"]) for h in hits]
        if boxes:
            break
    boxes = [b for b in boxes if not _overlaps(b, value)]
    if not boxes:
        return None
    return min(boxes, key=lambda b: _distance(b, value))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _distance(a: Box, b: Box) -> float:
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)


def _connector(label: Box, value: Box) -> list[tuple[float, float]]:
    """A line from the label's nearest edge to the value's, so the pair reads as one."""
    if label[2] <= value[0]:  # label to the left
        return [(label[2] + _PAD, _mid_y(label)), (value[0] - _PAD, _mid_y(value))]
    if label[0] >= value[2]:  # label to the right
        return [(label[0] - _PAD, _mid_y(label)), (value[2] + _PAD, _mid_y(value))]
    x = (max(label[0], value[0]) + min(label[2], value[2])) / 2  # they overlap horizontally
    if label[3] <= value[1]:  # label above
        return [(x, label[3] + _PAD), (x, value[1] - _PAD)]
    return [(x, label[1] - _PAD), (x, value[3] + _PAD)]


def _mid_y(box: Box) -> float:
    return (box[1] + box[3]) / 2


def _pad(box: Box) -> Box:
    return (box[0] - _PAD, box[1] - _PAD, box[2] + _PAD, box[3] + _PAD)


def _crop_box(page: Box, value: Box, label: Box | None, margin: float) -> Box:
    boxes = [value] if label is None else [value, label]
    x0 = min(b[0] for b in boxes) - margin
    top = min(b[1] for b in boxes) - margin
    x1 = max(b[2] for b in boxes) + margin
    bottom = max(b[3] for b in boxes) + margin
    return (max(x0, page[0]), max(top, page[1]), min(x1, page[2]), min(bottom, page[3]))


def _with_caption(
    page_image: Image.Image,
    found: dict[str, Any],
    field: str,
    source: Mapping[str, Any],
    page_no: int,
    pages: int,
    label_bbox: Box | None,
) -> Image.Image:
    """The page under a two-line caption that says what is highlighted (kept in saved PNGs)."""
    from PIL import Image, ImageDraw

    size = 15
    font, small = _font(size), _font(size - 2)
    raw = source.get("raw")
    first = f"{field} = {_fmt(found['value'])}"
    if raw and str(raw) != _fmt(found["value"]):
        first += f"   (text: {raw!r})"
    label = source.get("label")
    if source.get("rule") == "form-field":
        parts = [f"form field {label!r}"]
    else:
        parts = [f"label {label!r}" if label else "no label"]
        if label and label_bbox is None:
            parts[0] += " (not located)"
    if source.get("rule"):
        parts.append(f"rule {source['rule']}")
    parts += [f"page {page_no} of {pages}", PurePath(found["file"]).name]
    second = " · ".join(parts)
    measure = ImageDraw.Draw(page_image)
    needed = 40 + max(measure.textlength(first, font=font), measure.textlength(second, font=small))
    width = max(page_image.width, int(needed))
    height = 2 * size + 22
    canvas = Image.new("RGB", (width, height + page_image.height), "white")
    canvas.paste(page_image, (0, height))
    draw = ImageDraw.Draw(canvas)
    x = 10
    draw.rectangle((x, 8, x + 12, 8 + 12), fill=_VALUE_FILL[:3], outline=_VALUE_STROKE[:3], width=2)
    draw.text((x + 20, 5), first, fill=(20, 20, 20), font=font)
    if label_bbox is not None:
        y = 12 + size
        draw.rectangle((x, y, x + 12, y + 12), fill=(187, 222, 251), outline=_LABEL_STROKE[:3])
    draw.text((x + 20, 9 + size), second, fill=(80, 80, 80), font=small)
    draw.line((0, height - 1, width, height - 1), fill=(200, 200, 200), width=1)
    return canvas


def _font(size: int) -> Any:
    """DejaVu Sans when the system has it (it has €, £, ¥), else Pillow's own font."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        pass
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow < 10.1 or no FreeType: the small bitmap font
        return ImageFont.load_default()


def _fmt(value: Any) -> str:
    if hasattr(value, "strftime") and not _is_missing(value):
        text: str = value.strftime("%Y-%m-%d")
        return text
    if isinstance(value, float):
        return f"{value:,.2f}" if value == value else "NaN"
    return str(value)
