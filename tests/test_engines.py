"""Both engines on the same generated PDFs: pages, lines, words, boxes, sizes, bold, errors."""

from __future__ import annotations

import gzip
import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from pdfgen import (
    LAYOUTS,
    blank_pdf,
    build_pdf,
    encrypted_pdf,
    page_pdf,
    random_invoice,
    render_invoice,
    text_pdf,
    zero_mapped_pdf,
)
from pdfminer.fontmetrics import FONT_METRICS

import pdfkit_nb as pk
from pdfkit_nb.document import Document, Word
from pdfkit_nb.errors import (
    CorruptPDFError,
    EmptyPDFError,
    EncryptedPDFError,
    NoTextError,
    NotPDFError,
)
from pdfkit_nb.pdf import parse_document

ENGINES = ["pdfplumber", "pdfium"]
#: Points two engines may disagree on a word's box (font metrics differ slightly).
BOX_SLACK = 2.0


def lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def unique_words(words: list[Word]) -> dict[str, Word]:
    counts = Counter(w.text for w in words)
    return {w.text: w for w in words if counts[w.text] == 1}


def both(data: bytes) -> tuple[Document, Document]:
    plumber, pdfium = (parse_document(data, engine=e) for e in ("pdfplumber", "pdfium"))
    # Each engine's own reading: a pdfium parse that raised and fell back to pdfplumber (as
    # parse_document does for files PDFium refuses) would compare pdfplumber with itself.
    assert (plumber.engine, pdfium.engine) == ("pdfplumber", "pdfium")
    return plumber, pdfium


# ------------------------------------------------------------------ generated invoices


@pytest.fixture(scope="module", params=LAYOUTS, ids=LAYOUTS)
def invoice(request: pytest.FixtureRequest) -> tuple[Document, Document]:
    """Every layout of the synthetic invoice (multipage included), parsed by both engines."""
    layout = str(request.param)
    seed = LAYOUTS.index(layout)
    return both(render_invoice(random_invoice(random.Random(seed), layout=layout)))


def test_same_page_count(invoice: tuple[Document, Document]) -> None:
    plumber, pdfium = invoice
    assert pdfium.page_count == plumber.page_count >= 1
    assert [p.number for p in pdfium.pages] == list(range(1, pdfium.page_count + 1))


def test_same_lines_in_the_same_order(invoice: tuple[Document, Document]) -> None:
    plumber, pdfium = invoice
    for a, b in zip(plumber.pages, pdfium.pages, strict=True):
        assert lines(b.text) == lines(a.text)
        assert "\r" not in b.text


def test_same_words(invoice: tuple[Document, Document]) -> None:
    plumber, pdfium = invoice
    for a, b in zip(plumber.pages, pdfium.pages, strict=True):
        assert Counter(w.text for w in b.words) == Counter(w.text for w in a.words)


def test_same_boxes_sizes_and_bold(invoice: tuple[Document, Document]) -> None:
    plumber, pdfium = invoice
    compared = 0
    for a, b in zip(plumber.pages, pdfium.pages, strict=True):
        assert (b.width, b.height) == pytest.approx((a.width, a.height), abs=0.5)
        mine = unique_words(b.words)
        for text, ref in unique_words(a.words).items():
            got = mine[text]
            assert got.bbox == pytest.approx(ref.bbox, abs=BOX_SLACK), text
            assert got.size == pytest.approx(ref.size, abs=0.5), text
            assert got.bold == ref.bold, text
            assert got.page == ref.page == b.number
            compared += 1
    assert compared > 20


def test_pdfium_text_does_not_depend_on_words() -> None:
    data = render_invoice(random_invoice(random.Random(3), layout="multipage"))
    with_words = parse_document(data, engine="pdfium", words=True)
    text_only = parse_document(data, engine="pdfium", words=False)
    assert text_only.text == with_words.text
    assert all(not p.words for p in text_only.pages)
    assert all(p.words for p in with_words.pages)


def test_many_pages() -> None:
    plumber, pdfium = both(text_pdf(["Invoice Number: P-7", "Total: 3.50"], pages=30))
    assert pdfium.page_count == plumber.page_count == 30
    assert [p.text for p in pdfium.pages] == [p.text for p in plumber.pages]


# ------------------------------------------------------------------ fonts


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_bold_core_font_and_size(engine: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(60, 10, "Total:")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(60, 10, "Subtotal")
    page = parse_document(bytes(pdf.output()), engine=engine).pages[0]
    words = {w.text: w for w in page.words}
    assert words["Total:"].bold and not words["Subtotal"].bold
    assert words["Total:"].size == pytest.approx(14, abs=0.01)
    assert words["Subtotal"].size == pytest.approx(10, abs=0.01)
    assert words["Total:"].height == pytest.approx(14, abs=0.01)


def test_size_includes_the_text_matrix() -> None:
    # "1 Tf" scaled 12x by Tm: the printed size is 12 pt, as pdfplumber reports it.
    plumber, pdfium = both(page_pdf(b"BT /F1 1 Tf 12 0 0 12 72 700 Tm (Scaled) Tj ET"))
    assert pdfium.pages[0].words[0].size == pytest.approx(plumber.pages[0].words[0].size) == 12


# ------------------------------------------------------------------ layout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (  # a table drawn column by column: PDFium sees the columns, the page shows rows
            b"BT /F1 10 Tf 72 700 Td (Qty) Tj 0 -14 Td (Item A) Tj 0 -14 Td (Item B) Tj ET "
            b"BT /F1 10 Tf 300 700 Td (Price) Tj 0 -14 Td (1.00) Tj 0 -14 Td (2.00) Tj ET",
            "Qty Price\nItem A 1.00\nItem B 2.00",
        ),
        (  # one line drawn left, right, then middle
            b"BT /F1 10 Tf 72 700 Td (Left) Tj 400 0 Td (Right) Tj -200 0 Td (Middle) Tj ET",
            "Left Middle Right",
        ),
        (  # a label and a bigger value sharing a line
            b"BT /F1 9 Tf 72 700 Td (Amount due:) Tj ET BT /F2 14 Tf 300 699 Td (9.99) Tj ET",
            "Amount due: 9.99",
        ),
        (  # a letter-spaced heading is cut into letters, as pdfplumber does
            b"BT /F1 10 Tf 6 Tc 72 700 Td (INVOICE) Tj ET",
            "I N V O I C E",
        ),
    ],
    ids=["columns-first", "out-of-order", "mixed-sizes", "letter-spaced"],
)
def test_lines_follow_the_page_not_the_stream(content: bytes, expected: str) -> None:
    plumber, pdfium = both(page_pdf(content))
    assert pdfium.pages[0].text == plumber.pages[0].text == expected


def test_a_kern_inside_a_word_is_no_word_break_on_a_page_without_spaces() -> None:
    # A page that places every word apart and draws no space (an XSL-FO renderer's ZUGFeRD
    # view) in a font without a space width: PDFium took a kern of 0.11 em inside a word for
    # a break ("Rechnungskor rektur"); pdfplumber's engine reads such pages with a gap of
    # 0.15 em, and so must PDFium's. Real word gaps (0.25 em) stay breaks.
    times = FONT_METRICS["Times-Roman"][1]
    widths = b" ".join(b"%d" % times[chr(c)] for c in range(33, 123))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 33 /LastChar 122 "
    font += b"/Widths [%s] >>" % widths
    content = (
        b"BT /F1 14 Tf 72 700 Td [(Rechnungskor) -110 (rektur) -250 (Nr.) -250 (RK21012345) "
        b"-250 (vom) -250 (16.09.2018)] TJ ET "
        b"BT /F1 10 Tf 72 680 Td [(Ver) -110 (kaufer:) -250 (Muster) -250 (GmbH)] TJ ET"
    )
    plumber, pdfium = both(page_pdf(content, fonts=[font]))
    expected = "Rechnungskorrektur Nr. RK21012345 vom 16.09.2018\nVerkaufer: Muster GmbH"
    assert pdfium.pages[0].text == plumber.pages[0].text == expected
    assert [w.text for w in pdfium.pages[0].words] == expected.split()
    word = unique_words(pdfium.pages[0].words)["Rechnungskorrektur"]
    assert word.bbox == pytest.approx(unique_words(plumber.pages[0].words)[word.text].bbox, abs=1)


@pytest.mark.parametrize(
    ("kern", "expected"),
    [(-250, "Wattle Creek Pty Ltd, A cat"), (-400, "W attle Creek Pty Ltd, A cat")],
    ids=["kern-under-3pt", "gap-over-3pt"],
)
def test_a_capitals_kern_is_no_word_break_on_a_page_that_draws_spaces(
    kern: int, expected: str
) -> None:
    # groff sets "Wattle" as "W", a kern, "attle": PDFium makes a space of the gap (2.25 pt
    # at 9 pt), which pdfplumber, seeing no space char and a gap under its 3 pt, does not.
    # A drawn space after a lone capital ("A cat") stays, and so does a gap over 3 pt.
    content = b"BT /F1 9 Tf 72 700 Td [(W) %d (attle Creek Pty Ltd, A cat)] TJ ET" % kern
    plumber, pdfium = both(page_pdf(content))
    assert pdfium.pages[0].text == plumber.pages[0].text == expected
    assert [w.text for w in pdfium.pages[0].words] == expected.split()


def test_rotated_page_reads_upright() -> None:
    # /Rotate 90 with text drawn going up: upright on screen, as both engines must see it.
    content = (
        b"BT /F1 12 Tf 0 1 -1 0 100 72 Tm (Invoice Number: R-90) Tj ET "
        b"BT /F2 12 Tf 0 1 -1 0 130 72 Tm (Total: 99.00) Tj ET"
    )
    plumber, pdfium = both(page_pdf(content, b" /Rotate 90"))
    a, b = plumber.pages[0], pdfium.pages[0]
    assert b.text == a.text == "Invoice Number: R-90\nTotal: 99.00"
    assert (b.width, b.height) == (a.width, a.height) == (792, 612)
    for ref, got in zip(a.words, b.words, strict=True):
        assert (got.text, got.bold) == (ref.text, ref.bold)
        assert got.bbox == pytest.approx(ref.bbox, abs=BOX_SLACK)


def test_a_sideways_page_gives_the_same_words_in_both_engines() -> None:
    # Upright content on a page turned a quarter (a scan rotated in a viewer and saved): the
    # words run down the screen. They stay words with their font size, not single letters
    # (pdfminer's char "size" is its height on the page: the advance, for sideways text).
    content = (
        b"BT /F1 14 Tf 72 770 Td (Invoice Number: R-12345) Tj ET "
        b"BT /F1 14 Tf 72 740 Td (Total: 99.50 EUR) Tj ET"
    )
    data = page_pdf(content, b" /Rotate 90")
    plumber, pdfium = (
        parse_document(data, engine=e, words=True).pages[0].words for e in ("pdfplumber", "pdfium")
    )
    assert [w.text for w in plumber] == [w.text for w in pdfium]
    assert sorted(w.text for w in plumber) == sorted(
        ["Invoice", "Number:", "R-12345", "Total:", "99.50", "EUR"]
    )
    for ref, got in zip(plumber, pdfium, strict=True):
        assert ref.size == pytest.approx(14, abs=0.05) and got.size == pytest.approx(14, abs=0.05)
        assert (got.x0, got.top, got.bottom) == pytest.approx((ref.x0, ref.top, ref.bottom), abs=1)
    frames = [
        pk.extract_batch_sync([("sideways.pdf", data)], ["total"], engine=e, progress=None)
        for e in ("pdfplumber", "pdfium")
    ]
    assert frames[0].loc[0, "total"] == frames[1].loc[0, "total"] == 99.5


def test_rotated_text_goes_after_the_lines_it_crosses() -> None:
    # A vertical note in the margin must not be spliced into the horizontal lines.
    content = (
        b"BT /F1 10 Tf 72 700 Td (Line one) Tj 0 -14 Td (Line two) Tj ET "
        b"BT /F1 6 Tf 0 1 -1 0 30 650 Tm (Copyright note) Tj ET"
    )
    text = parse_document(page_pdf(content), engine="pdfium").pages[0].text
    assert text.splitlines() == ["Line one", "Line two", "Copyright note"]


def test_pdfium_boxes_are_relative_to_the_visible_page() -> None:
    # pdfplumber measures from the MediaBox; pdfium from the CropBox, like its page size.
    data = page_pdf(b"BT /F1 12 Tf 100 700 Td (Cropped) Tj ET", b" /CropBox [50 50 562 742]")
    page = parse_document(data, engine="pdfium").pages[0]
    assert (page.width, page.height) == (512, 692)
    word = page.words[0]
    assert word.x0 == pytest.approx(50, abs=0.01)
    assert word.bottom == pytest.approx(742 - 700 + 12 * 0.207, abs=0.5)  # baseline + descent


def _overprinted(copies: list[tuple[float, float]], text: bytes = b"Invoice No: INV-1") -> bytes:
    """A line drawn once at (72, 700) and again at each offset of ``copies``: a fake bold."""
    draws = [(0.0, 0.0), *copies]
    line = b" ".join(
        b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (72 + dx, 700 + dy, text) for dx, dy in draws
    )
    return page_pdf(line + b" BT /F1 10 Tf 72 680 Td (Total: 5.00) Tj ET")


@pytest.mark.parametrize(
    "copies",
    [[(0.0, 0.0)], [(0.4, 0.0)], [(0.4, 0.2), (0.8, 0.0)], [(1.0, 0.0)], [(0.0, 1.2)]],
    ids=["same-place", "0.4pt-right", "three-draws", "1pt-right", "1.2pt-up"],
)
def test_a_text_drawn_again_over_itself_is_read_once(copies: list[tuple[float, float]]) -> None:
    # Fake bold: report writers (and wkhtmltopdf, for a font without a bold cut) draw a text
    # two or three times a fraction of a point apart. pdfplumber kept every copy and its words
    # interleaved them ("IInnvvooiiccee NNoo::"); PDFium drops a repeated text object.
    plumber, pdfium = both(_overprinted(copies))
    expected = "Invoice No: INV-1\nTotal: 5.00"
    assert plumber.pages[0].text == pdfium.pages[0].text == expected
    assert [w.text for w in plumber.pages[0].words] == [w.text for w in pdfium.pages[0].words]
    first = plumber.pages[0].words[0]
    assert first.bbox == pytest.approx(pdfium.pages[0].words[0].bbox, abs=BOX_SLACK)
    assert first.x0 == pytest.approx(72.0, abs=0.01)  # the first drawing is kept


def test_a_word_drawn_again_alone_is_read_once_by_pdfplumber() -> None:
    # One word of a line emboldened by drawing it again: PDFium keeps that copy (it is another
    # text than the line's), pdfplumber's engine drops the copied chars.
    data = page_pdf(
        b"BT /F1 10 Tf 72 700 Td (Total due: 9.99) Tj ET BT /F1 10 Tf 72.3 700 Td (Total) Tj ET"
    )
    assert parse_document(data, engine="pdfplumber").pages[0].text == "Total due: 9.99"


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_close_repeated_letters_of_a_small_text_are_kept(engine: str) -> None:
    # Narrow glyphs one advance apart at 4 pt (an "l" is 0.9 pt wide) and condensed to 70 %:
    # their own letters, not copies.
    text = b"Hill Mill 1111 Illicit ...... fill |||"
    data = page_pdf(b"BT /F1 4 Tf 70 Tz 72 700 Td (%s) Tj ET" % text)
    assert parse_document(data, engine=engine).pages[0].text == text.decode()


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_fields_of_a_fake_bold_invoice(engine: str, tmp_path: Path) -> None:
    path = tmp_path / "fake_bold.pdf"
    path.write_bytes(_overprinted([(0.3, 0.0), (0.3, 0.3)]))
    df = pk.extract_batch_sync([path], ["invoice_number", "total"], engine=engine, progress=None)
    assert df.loc[0, ["invoice_number", "total"]].tolist() == ["INV-1", 5.0]


def test_hyphenated_line_end_keeps_both_lines() -> None:
    # PDFium joins "Online-" + "Marketing" into one word; the page shows two lines.
    data = text_pdf(["Beratung im Bereich Online-", "Marketing und Technik"])
    plumber, pdfium = both(data)
    assert lines(pdfium.pages[0].text) == lines(plumber.pages[0].text)
    assert "Online-" in [w.text for w in pdfium.pages[0].words]


def test_pdfium_is_safe_from_many_threads() -> None:
    files = [render_invoice(random_invoice(random.Random(seed))) for seed in range(6)]
    serial = [parse_document(f, engine="pdfium").text for f in files]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda f: parse_document(f, engine="pdfium").text, files * 3))
    assert threaded == serial * 3


# ------------------------------------------------------------------ failures


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_encrypted_needs_the_password(engine: str) -> None:
    data = encrypted_pdf("Invoice Number: SECRET-1", user_password="open-sesame")
    with pytest.raises(EncryptedPDFError, match="needs a password"):
        parse_document(data, engine=engine)
    with pytest.raises(EncryptedPDFError, match="does not open it"):
        parse_document(data, engine=engine, password="wrong")
    doc = parse_document(data, engine=engine, password="open-sesame")
    assert "Invoice Number: SECRET-1" in doc.text


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_an_unknown_security_handler_is_named_not_dumped(engine: str) -> None:
    data = encrypted_pdf("Total: 1.00").replace(b"/Filter /Standard", b"/Filter /FooSec  ")
    with pytest.raises(EncryptedPDFError) as info:
        parse_document(data, engine=engine)
    # pdfminer's message carries the whole /Encrypt dictionary, binary keys and all; PDFium
    # cannot read it either and no longer sends the user to the other engine.
    assert info.value.message == (
        "encrypted with a scheme the engine cannot read: Unknown filter (FooSec)"
    )


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_aes256_password_is_saslprepped(engine: str) -> None:
    # PDF 2.0 (7.6.4.3.3): AES-256 passwords are SASLprep'd: U+00AA becomes "a", a soft
    # hyphen vanishes. PDFium does not do it itself.
    pdf = FPDF()
    password = "S\u00aaSL\u00adprep"
    pdf.set_encryption("owner", password, encryption_method=EncryptionMethod.AES_256)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Total: 12.00")
    doc = parse_document(bytes(pdf.output()), engine=engine, password=password)
    assert doc.text == "Total: 12.00"


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
@pytest.mark.parametrize(
    "data",
    [b"Invoice Number: 1\nTotal: 2\n" * 10, b"<?xml version='1.0'?><Invoice/>", b""],
    ids=["text", "xml", "empty"],
)
def test_not_a_pdf(engine: str, data: bytes) -> None:
    with pytest.raises(NotPDFError, match=r"not a PDF|empty"):
        parse_document(data, engine=engine)


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b'<html><script>const magic = "%PDF-1.7";</script></html>', "mentions %PDF-.*HTML"),
        (gzip.compress(b"%PDF-1.4\n1 0 obj << >> endobj"), "gzip-compressed data"),
        ("Invoice Number: 1".encode("utf-16"), "UTF-16 text"),
    ],
    ids=["html-mentioning-the-header", "gzipped-pdf", "utf16-text"],
)
def test_not_a_pdf_says_what_it_looks_like(data: bytes, looks_like: str) -> None:
    with pytest.raises(NotPDFError, match=looks_like):
        parse_document(data)


def test_kangxi_radicals_from_pdfminer_become_the_ideographs_they_stand_for() -> None:
    from pdfkit_nb.pdf import _unified

    # pdfminer gives many CJK fonts' 日 and 月 as the look-alike radicals U+2F47 and U+2F49.
    assert _unified("开票\u2f47期：2024年06\u2f4918\u2f47") == "开票日期：2024年06月18日"
    assert _unified("Total 12.00") == "Total 12.00"


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_zero_pages(engine: str) -> None:
    data = build_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )
    with pytest.raises(EmptyPDFError, match="no pages"):
        parse_document(data, engine=engine)


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_scan_without_text(engine: str) -> None:
    with pytest.raises(NoTextError, match=r"2 page\(s\).*OCR"):
        parse_document(blank_pdf(2), engine=engine)
    # Allowed when the caller does not need text (e.g. it only counts pages).
    assert parse_document(blank_pdf(2), engine=engine, require_text=False).page_count == 2


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
@pytest.mark.parametrize(
    "content", [b"", b"0 0 1 rg 72 72 200 100 re f"], ids=["blank", "vector-only"]
)
def test_no_text_and_no_images_is_not_called_a_scan(engine: str, content: bytes) -> None:
    from pdfgen import page_pdf

    with pytest.raises(NoTextError, match=r"no text and no images on any of its 1 page\(s\)"):
        parse_document(page_pdf(content), engine=engine)


@pytest.mark.parametrize("engine", ENGINES, ids=ENGINES)
def test_truncated_is_corrupt(engine: str) -> None:
    data = text_pdf(["Invoice Number: T-1"])
    with pytest.raises(CorruptPDFError, match=r"cannot be parsed|truncated") as info:
        parse_document(data[: len(data) // 3], engine=engine)
    assert info.value.error_type == "corrupt"


def test_pdfium_asks_pdfplumber_when_it_cannot_open_a_file() -> None:
    from conftest import invoice_bytes

    from pdfkit_nb.pdf import parse_document

    data = invoice_bytes(3)
    headless = data[data.index(b"\n") + 1 :]  # no %PDF- line: PDFium refuses, pdfminer repairs
    doc = parse_document(headless, engine="pdfium")
    assert doc.engine == "pdfplumber"
    assert "INV-0003" in doc.text


def _pdfium_text(data: bytes) -> str:
    from pdfkit_nb.pdf_pdfium import parse_pdfium

    return parse_pdfium(data, None, words=False).text


def test_a_worker_forked_while_pdfium_is_busy_gets_its_own_lock() -> None:
    import multiprocessing

    from pdfkit_nb import pdf_pdfium

    # As if another thread of the parent were inside PDFium when pebble forks a worker: the
    # worker must not inherit the engine's lock held (it would wait for it forever).
    data = text_pdf(["Invoice Number: F-1"])
    with pdf_pdfium._LOCK, multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(_pdfium_text, (data,)).get(timeout=60) == "Invoice Number: F-1"


def test_warm_up_parses_its_own_page_once() -> None:
    from pdfkit_nb import pdf_pdfium

    pdf_pdfium.warm_up()
    pdf_pdfium.warm_up()  # a no-op the second time
    doc = pdf_pdfium.parse_pdfium(pdf_pdfium._warm_up_pdf(), None, words=True)
    assert doc.page_count == 1 and "Invoice" in [w.text for w in doc.pages[0].words]


# Evaluated in a fresh worker: a builtin (eval) is the task, so that unpickling it imports
# nothing the answer depends on.
_WORKER_STATE = (
    "(lambda m: ('pdfkit_nb.extractors.rules' in m, 'pypdfium2' in m, "
    "__import__('pdfkit_nb.extractors._labels', fromlist=['_'])._builtin_book.cache_info()"
    ".currsize))(__import__('sys').modules)"
)


@pytest.mark.parametrize("start_method", ["fork", "forkserver"])
def test_workers_start_with_the_engines_and_the_rules_loaded(start_method: str) -> None:
    from pdfkit_nb.executors import ProcessExecutor

    with ProcessExecutor(workers=1, start_method=start_method) as ex:
        state = ex._pool.schedule(eval, args=(_WORKER_STATE,)).result(timeout=60)
    assert state == (True, True, 1)  # rules imported, PDFium loaded, label book built


# ------------------------------------------------------------------ NUL characters


def test_a_nul_pdfium_cannot_decode_either_stays_a_nul() -> None:
    # The ToUnicode map sends "-" and "(" to U+0000 and the font has no glyph names: neither
    # engine knows the character, and the repair must not put PDFium's guess in its place.
    data = zero_mapped_pdf(["Invoice Number: INV-2024-0042", "Ref (A-7)"], zero="-(")
    doc = parse_document(data, engine="pdfplumber", words=True)
    assert doc.pages[0].text == "Invoice Number: INV\x002024\x000042\nRef \x00A\x007)"


def test_nuls_are_filled_from_pdfium_where_it_decodes_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Skia maps Inter's case-sensitive hyphen to U+0000; PDFium reads the glyph's name instead
    # (the corpus has four such invoices). Stand in for that reading, spaced differently, as
    # PDFium spaces words, and check what pdfplumber's text and words become.
    from pdfkit_nb import pdf_pdfium
    from pdfkit_nb.document import Page

    lines = ["Invoice Number: INV-2024-0042", "Ref (A-7)", "Total: 1,234.50 EUR"]
    data = zero_mapped_pdf(lines, zero="-(")
    decoded = "Invoice Number: INV- 2024- 0042\nRef (A- 7)\nTotal: 1,234.50 EUR"

    def reading(data: bytes, password: str | None, words: bool, **_: object) -> Document:
        return Document([Page(1, 612, 792, decoded)], engine="pdfium")

    monkeypatch.setattr(pdf_pdfium, "parse_pdfium", reading)
    doc = parse_document(data, engine="pdfplumber", words=True)
    assert doc.pages[0].text == "\n".join(lines)
    assert "INV-2024-0042" in [w.text for w in doc.pages[0].words]
    assert not any("\x00" in w.text for w in doc.pages[0].words)
    df = pk.extract_batch_sync(
        [("nul.pdf", data)], ["invoice_number"], executor="thread", progress=None
    )
    assert df.loc[0, "invoice_number"] == "INV-2024-0042"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("INV\x000042", "INV-0042", "INV-0042"),
        ("INV\x000042", "INV- 0042", "INV-0042"),  # spaced differently
        ("A\x00B C", "C A+B", "A+B C"),  # reordered: aligned by content
        ("AB INV\x000042", "AX INV-0042", "AB INV-0042"),  # a misread elsewhere stays
        ("INV\x000042", "INX-0042", "INV\x000042"),  # a misread beside it: no fill
        ("X\x00Y", "X?Z", "X\x00Y"),  # the neighbours disagree: no fill
        ("X\x00Y", "X\x00Y", "X\x00Y"),  # PDFium does not know either
        ("no nul here", "something else", "no nul here"),
    ],
)
def test_fill_takes_pdfium_characters_only_where_the_readings_agree(
    text: str, reference: str, expected: str
) -> None:
    from pdfkit_nb._nul_repair import fill

    assert fill(text, reference) == expected


def test_fill_gives_up_on_pages_too_big_to_look_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from pdfkit_nb import _nul_repair

    monkeypatch.setattr(_nul_repair, "MAX_SCAN", 1)
    assert _nul_repair.fill("A\x00B C", "C A+B") == "A\x00B C"  # not aligned: would scan
    assert _nul_repair.fill("A\x00B", "A+B") == "A+B"  # aligned: no scan needed


def test_a_failing_nul_repair_never_costs_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from pdfkit_nb import _nul_repair

    def broken(text: str, reference: str) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(_nul_repair, "fill", broken)
    data = zero_mapped_pdf(["Invoice Number: INV-7"], zero="-")
    doc = parse_document(data, engine="pdfplumber", words=True)
    assert doc.pages[0].text == "Invoice Number: INV\x007"


def test_words_placed_without_space_characters_stay_apart() -> None:
    # pdfTeX and iTextSharp draw no spaces: each word is moved a quarter em on (TJ -250), 2.5 pt
    # at 10 pt, under pdfplumber's default 3 pt word gap, which read the line as one word.
    content = (
        b"BT /F1 10 Tf 72 700 Td [(Holzwerkstatt) -250 (Kraemer) -250 (GmbH)] TJ ET "
        b"BT /F1 10 Tf 72 680 Td [(Rechnung) -250 (Nr.) -300 (RE-2024-00318)] TJ ET "
        b"BT /F1 10 Tf 72 660 Td [(Gesamtbetrag:) -250 (1.357,08) -180 (EUR)] TJ ET "
        b"BT /F1 10 Tf 72 640 Td [(Rechnungs) 20 (korrektur)] TJ ET"  # a kern is no gap
    )
    plumber, pdfium = both(page_pdf(content))
    expected = [
        "Holzwerkstatt Kraemer GmbH",
        "Rechnung Nr. RE-2024-00318",
        "Gesamtbetrag: 1.357,08 EUR",
        "Rechnungskorrektur",
    ]
    assert plumber.pages[0].text.splitlines() == pdfium.pages[0].text.splitlines() == expected
    assert [w.text for w in plumber.pages[0].words] == [w.text for w in pdfium.pages[0].words]
    df = pk.extract_batch_sync(
        [("tex.pdf", page_pdf(content))], ["invoice_number", "total", "currency"], progress=None
    )
    assert df.loc[0, ["invoice_number", "total", "currency"]].tolist() == [
        "RE-2024-00318",
        1357.08,
        "EUR",
    ]


def _helvetica(text: str, x: float, y: float, size: float = 10) -> tuple[bytes, float]:
    """Content drawing ``text`` (Helvetica, StandardEncoding codes) at ``x``, ``y``, and the
    x where it ends."""
    widths = FONT_METRICS["Helvetica"][1]
    codes = {"\u02c7": b"\\317", "\u00a8": b"\\310", "\u00b4": b"\\302"}
    body = b"".join(codes.get(c) or c.encode() for c in text)
    end = x + sum(widths[c] for c in text) * size / 1000
    return b"BT /F1 %g Tf %.3f %.3f Td (%s) Tj ET " % (size, x, y, body), end


def _accent_over(accent: str, letter: str, x: float, y: float) -> bytes:
    """Content drawing spacing ``accent`` centred over ``letter`` drawn at ``x``, ``y``."""
    widths = FONT_METRICS["Helvetica"][1]
    return _helvetica(accent, x + (widths[letter] - widths[accent]) * 10 / 2000, y)[0]


def test_accents_drawn_apart_from_their_letters_are_put_back_on_them() -> None:
    # pdfTeX (OT1, and T1 for "ř"), groff and old PostScript drivers draw "č" as a "c" and a
    # caron placed over it. pdfplumber sorted the caron after its letter ("Kcˇ", "DICˇ :"),
    # PDFium kept it where the stream draws it, words away ("DIC: CZ27518361 ˇ"), and neither
    # read the currency, the tax id's label or a German "Gebühr". A spacing accent in its own
    # advance ("5´") is the text's and stays.
    head, x = _helvetica("DI", 72, 700)
    tail, _ = _helvetica("C: CZ27518361", x, 700)
    k, c_at = _helvetica("Celkem: 13 310,00 K", 72, 680)
    c, _ = _helvetica("c", c_at, 680)
    geb, u_at = _helvetica("Geb", 72, 660)
    uhr, _ = _helvetica("uhr: 2x, 5\u00b4 high", u_at, 660)
    content = (
        head
        + tail
        + k
        + _accent_over("\u02c7", "c", c_at, 680)  # TeX's \\accent: the accent, then the letter
        + c
        + geb
        + uhr
        + _accent_over("\u00a8", "u", u_at, 660)
        + _accent_over("\u02c7", "C", x, 702.5)  # a capital's accent is raised
    )
    plumber, pdfium = both(page_pdf(content))
    expected = "DIČ: CZ27518361\nCelkem: 13 310,00 Kč\nGebühr: 2x, 5´ high"
    assert plumber.pages[0].text == pdfium.pages[0].text == expected
    assert [w.text for w in plumber.pages[0].words] == [w.text for w in pdfium.pages[0].words]
    assert [w.text for w in pdfium.pages[0].words] == expected.split()
    for a, b in zip(plumber.pages[0].words, pdfium.pages[0].words, strict=True):
        assert a.bbox == pytest.approx(b.bbox, abs=1)
    df = pk.extract_batch_sync(
        [("cz.pdf", page_pdf(content))], ["total", "currency"], progress=None
    )
    assert df.loc[0, ["total", "currency"]].tolist() == [13310.0, "CZK"]


@pytest.mark.parametrize(
    "content",
    [
        # a bold label and its value in cells that touch: two words, one run of text
        b"BT /F2 10 Tf 72 700 Td (Bank:) Tj ET BT /F1 10 Tf 99.2 700 Td (mBank) Tj ET "
        b"BT /F1 10 Tf 72 680 Td (Invoice number INV-7 dated 2024-05-01) Tj ET",
        # the same font in two text objects with another between them: two words
        b"BT /F1 10 Tf 72 700 Td (Termin:) Tj ET BT /F2 10 Tf 300 700 Td (Razem) Tj ET "
        b"BT /F1 10 Tf 106.5 701.5 Td (14) Tj ET",
        # two texts in different fonts printed over each other: read apart, not interleaved
        b"BT /F1 10 Tf 72 700 Td (0A1B2C3D4E5F60718293) Tj ET "
        b"BT /F2 10 Tf 80 700 Td (Serial: 41) Tj ET",
    ],
)
def test_pdfplumber_text_and_words_are_pdfplumbers_from_one_pass(content: bytes) -> None:
    import io

    import pdfplumber

    doc = parse_document(page_pdf(content), engine="pdfplumber", words=True)
    with pdfplumber.open(io.BytesIO(page_pdf(content))) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        words = page.extract_words(extra_attrs=["fontname"])
    assert doc.pages[0].text == text
    got = Counter((w.text, round(w.x0, 2), round(w.top, 2)) for w in doc.pages[0].words)
    assert got == Counter((w["text"], round(w["x0"], 2), round(w["top"], 2)) for w in words)


def test_a_page_that_draws_its_spaces_keeps_the_default_word_gap() -> None:
    # 2.5 pt apart with a space character elsewhere on the page: the producer draws its spaces,
    # so a narrow gap is no word break (letter-spaced headings stay one word).
    content = (
        b"BT /F1 10 Tf 72 700 Td (Invoice number INV-7 dated 2024-05-01 for services) Tj ET "
        b"BT /F1 10 Tf 2.5 Tc 72 680 Td (TOTAL) Tj ET"
    )
    plumber, _ = both(page_pdf(content))
    assert plumber.pages[0].text.splitlines()[1] == "TOTAL"


def test_hebrew_lines_read_right_to_left_in_both_engines() -> None:
    # pdfminer gives a Hebrew word's letters in page order ("ןולא"), and both engines laid a
    # right-to-left line's words out left to right: the firm's name came out backwards.
    data = (Path(__file__).parent / "data" / "printed" / "html_heshbonit_il.pdf").read_bytes()
    plumber, pdfium = both(data)
    for doc in (plumber, pdfium):
        lines = doc.pages[0].text.splitlines()
        assert lines[0].startswith('אלון מערכות מיזוג בע"מ')
        assert "מספר חשבונית: 20417" in doc.pages[0].text
        assert "תאריך לתשלום: 30/12/2024" in lines
    # Words keep their letters in reading order; only lines are reordered.
    assert {w.text for w in plumber.pages[0].words} >= {"אלון", "חשבונית:", "20417"}


def test_an_arabic_page_reads_alike_in_both_engines() -> None:
    # Chromium's Arabic in a font mapped to presentation forms: PDFium's own reordering gave
    # some words' letters in page order ("ةكرش" for "شركة"), moved a number's first digit
    # elsewhere ("USD ,080.00") and a code's letter after its digits ("-2026/173B"). Read
    # char by char by position, the page comes out as pdfplumber reads it, lam-alef included.
    data = Path(__file__).parent / "data" / "printed" / "s63_02_fatura_beirut_ashrafieh_lb.pdf"
    _, pdfium = both(data.read_bytes())
    lines = pdfium.pages[0].text.splitlines()
    assert lines[0] == "شركة الأرز للمعدات الكهربائية ش.م.ل."
    assert "رقم الفاتورة: B-2026/173 التاريخ: 10 آذار 2026" in lines
    assert "المجموع المستحق USD 4,528.80" in lines
    assert "تاريخ الاستحقاق: 9 نيسان 2026" in pdfium.pages[0].text  # "لا", not "ال"
    assert "أمر الشراء: NH-LB-0457 العملة: دولار أميركي (USD)" in lines
    words = {w.text for w in pdfium.pages[0].words}
    assert {"شركة", "B-2026/173", "4,528.80", "الاستحقاق:"} <= words


def test_a_fallback_fonts_full_stops_do_not_cut_an_arabic_firms_name() -> None:
    # "ش.م.م" with its full stops from the regular cut of a bold name's font, drawn after its
    # letters: the pdfium engine made it five words, and the firm's name ended at "ش".
    data = Path(__file__).parent / "data" / "printed" / "s62_12_fatura_daribiya_nile_foods_eg.pdf"
    _, pdfium = both(data.read_bytes())
    assert pdfium.pages[0].text.splitlines()[0] == "شركة النيل للصناعات الغذائية ش.م.م"
    assert "ش.م.م" in {w.text for w in pdfium.pages[0].words}


@pytest.mark.parametrize(
    ("line", "visual", "expected"),
    [
        ("20417 חשבונית: מספר", False, "מספר חשבונית: 20417"),
        ("20417 :תינובשח רפסמ", True, "מספר חשבונית: 20417"),
        ("12 Model INV-TDG אינוורטר עילי מזגן", False, "מזגן עילי אינוורטר Model INV-TDG 12"),
        ("Invoice 42 from אלון Ltd", False, "Invoice 42 from אלון Ltd"),  # a Latin line stays
        ("Invoice 42 from ןולא Ltd", True, "Invoice 42 from אלון Ltd"),
    ],
    ids=["logical-words", "visual-words", "latin-run", "latin-line", "latin-line-visual"],
)
def test_a_right_to_left_line_in_reading_order(line: str, visual: bool, expected: str) -> None:
    from pdfkit_nb._bidi import logical_line

    assert logical_line(line, visual_words=visual) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Al Noor Coffee Roasting Co. القهوة لتحميص النور",
            "Al Noor Coffee Roasting Co. النور لتحميص القهوة",
        ),
        ("Invoice No. INV-58213 الفاتورة رقم", "Invoice No. INV-58213 رقم الفاتورة"),
        ("Tel 4127 מבנה x", "Tel 4127 מבנה x"),  # one word: nothing to turn
    ],
    ids=["arabic-run", "arabic-label", "one-word"],
)
def test_right_to_left_words_inside_a_latin_line_read_right_to_left(
    line: str, expected: str
) -> None:
    from pdfkit_nb._bidi import logical_line

    assert logical_line(line) == expected


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("law_invoice_us.pdf", "WHITFIELD BRENNAN LLP"),
        ("factura_es.pdf", "TALLERES GRÁFICOS"),
        # LibreOffice's small capitals with 0.8 pt of tracking: PDFium cut where a kern
        # widened a gap, into pieces of one to four ("MA ÎT RE D ’O UVRA GE", "D’ŒUVR E").
        ("s53_06_menuiserie_situation_travaux_fr.pdf", "MAÎTRE D’OUVRAGE – DESTINATAIRE"),
        ("s53_06_menuiserie_situation_travaux_fr.pdf", "MAÎTRE D’ŒUVRE Atelier Vernay"),
    ],
)
def test_a_letter_spaced_name_is_words_not_letters_in_both_engines(name: str, line: str) -> None:
    # Chromium's letter-spacing: PDFium put a space between every two letters ("W H I T F I E
    # L D"); pdfplumber reads letters under 3 pt apart as one word, and now so does PDFium.
    data = (Path(__file__).parent / "data" / "printed" / name).read_bytes()
    plumber, pdfium = both(data)
    found = [
        [text for text in doc.pages[0].text.splitlines() if line in text]
        for doc in (plumber, pdfium)
    ]
    assert found[0] and found[0] == found[1]
    assert "\u200b" not in pdfium.pages[0].text
    assert all("\u200b" not in w.text for w in pdfium.pages[0].words)


def _char(text: str, x0: float, x1: float, top: float = 50.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10, "size": 10.0}


def test_a_thai_mark_keeps_its_place_after_its_letter() -> None:
    from pdfkit_nb.pdf import _marks_on_bases

    # As Chromium draws "บริษัท": each zero-width mark past its letter's right edge, or
    # before the next letter's end, so sorting by position put it after the wrong letter.
    chars = [
        _char("บ", 48.75, 57.62),
        _char("ร", 57.62, 64.87),
        _char("\u0e34", 65.02, 65.02),
        _char("ษ", 64.87, 74.32),
        _char("\u0e31", 74.12, 74.12),
        _char("ท", 74.31, 83.33),
    ]
    _marks_on_bases(chars)
    ordered = sorted(chars, key=lambda c: c["x0"])  # type: ignore[arg-type,return-value]
    assert "".join(str(c["text"]) for c in ordered) == "บริษัท"
    # A Latin page is left alone.
    latin = [_char("a", 10, 15), _char("\u0301", 14, 14), _char("b", 15, 20)]
    _marks_on_bases(latin)
    assert latin[1]["x0"] == 14


def test_a_number_drawn_in_pieces_in_an_arabic_line_is_one_word() -> None:
    from pdfkit_nb.pdf import _interleaved

    # LibreOffice draws "2026/0457" of an Arabic line as its digits, then the slash inside
    # them: pdfplumber makes two words, one lying inside the other's box.
    digits = [_char(d, 58 + 6 * k, 64 + 6 * k) for k, d in enumerate("2026")]
    digits += [_char(d, 84 + 6 * k, 90 + 6 * k) for k, d in enumerate("0457")]
    slash = [_char("/", 81, 84)]
    label = [_char("رقم", 139, 153)]
    found = [
        ({"text": "20260457", "x0": 58, "x1": 107, "top": 50.0}, digits),
        ({"text": "/", "x0": 81, "x1": 84, "top": 50.0}, slash),
        ({"text": "رقم", "x0": 139, "x1": 153, "top": 50.0}, label),
    ]
    assert [w["text"] for w, _ in _interleaved(found)] == ["2026/0457", "رقم"]


def test_cjk_compatibility_ideographs_become_the_ideographs_they_stand_for() -> None:
    from pdfkit_nb.pdf import _unified

    # A font's 年 mapped to the compatibility ideograph U+F98E: "2026年03月09日" is a date.
    assert _unified("开票日期：2026\uf98e03月09日") == "开票日期：2026年03月09日"


def test_a_number_in_persian_digits_is_not_turned_as_a_right_to_left_word() -> None:
    from pdfkit_nb._bidi import logical_line, logical_word

    # Arabic-Indic and Persian digits run left to right, as European ones do (UAX #9).
    assert logical_word("۱۴۰۴/۱۲/۱۹") == "۱۴۰۴/۱۲/۱۹"
    assert logical_line("۱۴۰۴/۱۲/۱۹ :خیرات", visual_words=True) == "تاریخ: ۱۴۰۴/۱۲/۱۹"
