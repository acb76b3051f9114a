"""Broken PDFs through the public API: one explained row per file, on both engines, no warnings.

The files are the committed ``tests/data/broken/*.pdf`` (see its README for how each is broken).
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pytest
from pdfgen import HELVETICA, build_pdf, page_pdf, text_pdf, unmapped_font_pdf

import pdfkit_nb as pk
from pdfkit_nb.errors import CorruptPDFError, FileError
from pdfkit_nb.pdf import _parse_checked, quiet_pdf_libraries, unreadable_share

BROKEN = Path(__file__).parent / "data" / "broken"
FIELDS = ["invoice_number", "total"]
ENGINES = ["pdfplumber", "pdfium"]


class Expect(NamedTuple):
    """``error_type`` (``None``: success) and a regex the message must match (names the cause)."""

    error_type: str | None
    message: str = ""


# Per file, then per engine where the engines legitimately differ. PDFium says only "Data
# format error" for any file it cannot open, so its messages are matched more loosely.
DAMAGED = r"damaged|truncated|Unexpected EOF|No /Root"
EXPECTED: dict[str, dict[str, Expect]] = {
    "not_pdf.pdf": dict.fromkeys(ENGINES, Expect("not_pdf", r"not a PDF.*plain text")),
    "empty.pdf": dict.fromkeys(ENGINES, Expect("not_pdf", r"empty \(0 bytes\)")),
    # It has a %PDF- header, so it is a damaged PDF rather than "not a PDF".
    "garbage_after_header.pdf": {
        "pdfplumber": Expect("corrupt", r"No /Root object"),
        "pdfium": Expect("corrupt", DAMAGED),
    },
    "truncated.pdf": {
        "pdfplumber": Expect("corrupt", r"truncated.*Unexpected EOF"),
        "pdfium": Expect("corrupt", DAMAGED),
    },
    "encrypted_userpw.pdf": dict.fromkeys(ENGINES, Expect("encrypted", r"password")),
    "zero_pages.pdf": dict.fromkeys(ENGINES, Expect("no_pages", r"no pages")),
    "scan_no_text.pdf": dict.fromkeys(ENGINES, Expect("no_text", r"no text layer.*OCR")),
    "bad_stream.pdf": {
        # pdfminer stops at the PNG predictor; PDFium decodes what it can (garbled text).
        "pdfplumber": Expect("corrupt", r"predictor.*page 1"),
        "pdfium": Expect(None),
    },
    "junk_before_header.pdf": dict.fromkeys(ENGINES, Expect(None)),
    # Text drawn with a font that maps its glyphs to no Unicode text: nothing to read.
    "unmapped_glyphs.pdf": dict.fromkeys(
        ENGINES, Expect("no_text", r"unreadable: \d+% .*no Unicode meaning.*OCR")
    ),
}
FILES = sorted(EXPECTED)


def run(sources: Any, **options: Any) -> pd.DataFrame:
    options.setdefault("progress", None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = pk.extract_batch_sync(sources, FIELDS, **options)
    assert [str(w.message) for w in caught] == []
    return df


def check_row(row: pd.Series, expect: Expect) -> None:
    if expect.error_type is None:
        assert row["success"], row["error"]
        assert pd.isna(row["error_type"]) and pd.isna(row["error"])
        return
    assert not row["success"]
    assert row["error_type"] == expect.error_type, row["error"]
    message = str(row["error"])
    assert message.strip() and message != "nan"
    assert re.search(expect.message, message), message


def test_every_committed_broken_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.pdf")) == FILES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", FILES, ids=[n.removesuffix(".pdf") for n in FILES])
def test_broken_file_gives_one_specific_row(
    name: str, engine: str, capfd: pytest.CaptureFixture[str]
) -> None:
    df = run(BROKEN / name, engine=engine, executor="thread")
    assert len(df) == 1
    assert Path(str(df.loc[0, "file"])).name == name
    check_row(df.iloc[0], EXPECTED[name][engine])
    out, err = capfd.readouterr()
    assert (out, err) == ("", ""), "the engines must not print or log while parsing"


@pytest.mark.parametrize("engine", ENGINES)
def test_all_broken_files_in_one_process_batch(
    engine: str, capfd: pytest.CaptureFixture[str]
) -> None:
    paths = [BROKEN / n for n in FILES]
    df = run(paths, engine=engine, executor="process", timeout=20)
    assert [Path(str(f)).name for f in df["file"]] == FILES
    for (_, row), name in zip(df.iterrows(), FILES, strict=True):
        check_row(row, EXPECTED[name][engine])
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize("engine", ENGINES)
def test_all_broken_files_in_one_thread_batch_leave_the_session_as_it_was(
    engine: str, capfd: pytest.CaptureFixture[str]
) -> None:
    # Threads parse at once: the libraries stay quiet until the last file is done, and the
    # user's warning filters and log levels are as before afterwards.
    filters, level = list(warnings.filters), logging.getLogger("pdfminer").level
    paths = [BROKEN / n for n in FILES] * 3
    df = run(paths, engine=engine, executor="thread", max_concurrent=8)
    assert len(df) == len(paths)
    assert capfd.readouterr() == ("", "")
    assert list(warnings.filters) == filters
    assert logging.getLogger("pdfminer").level == level


def test_quiet_sections_that_overlap_restore_everything_once_the_last_ends() -> None:
    pdfminer = logging.getLogger("pdfminer")
    before_filters, before_level = list(warnings.filters), pdfminer.level
    first, second = quiet_pdf_libraries(), quiet_pdf_libraries()
    first.__enter__()
    second.__enter__()
    warnings.filterwarnings("ignore", message="the user's own filter")
    first.__exit__(None, None, None)  # the first file ends while the second is parsed
    assert pdfminer.level == logging.CRITICAL
    with warnings.catch_warnings(record=True) as caught:
        warnings.warn_explicit("chatter", UserWarning, "page.py", 1, module="pdfplumber.page")
    assert caught == []
    second.__exit__(None, None, None)
    assert pdfminer.level == before_level
    mine = warnings.filters[0]
    assert mine[1] is not None and mine[1].pattern == "the user's own filter"
    warnings.filters.remove(mine)
    assert list(warnings.filters) == before_filters


@pytest.mark.parametrize("engine", ENGINES)
def test_junk_before_header_is_read_in_full(engine: str) -> None:
    df = run(BROKEN / "junk_before_header.pdf", engine=engine)
    assert df.loc[0, "invoice_number"] == "RPM-10387"
    assert df.loc[0, "pages"] == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_some_unmapped_glyphs_beside_readable_text_are_not_an_error(
    engine: str, tmp_path: Path
) -> None:
    # A logo or a line in a font without ToUnicode must not cost the rest of the page.
    path = tmp_path / "mixed.pdf"
    readable = ["Invoice Number: MIX-1", "Invoice Date: 2024-03-01", "Total: 1,234.50 EUR"]
    path.write_bytes(unmapped_font_pdf(lines=2, readable=readable))
    row = run(path, engine=engine).iloc[0]
    check_row(row, Expect(None))
    assert row["invoice_number"] == "MIX-1"
    assert row["total"] == pytest.approx(1234.5)


@pytest.mark.parametrize("engine", ENGINES)
def test_glyph_numbers_that_land_on_letters_are_still_unreadable(
    engine: str, tmp_path: Path
) -> None:
    # Glyph ids 17..120 come out of PDFium as "\x11", "3", "D", "f"...: mostly letters and
    # digits, which read as text unless PDFium is asked whether it mapped them.
    path = tmp_path / "glyph_numbers.pdf"
    path.write_bytes(unmapped_font_pdf(glyphs=(17, 121)))
    row = run(path, engine=engine).iloc[0]
    check_row(row, Expect("no_text", r"unreadable: \d+% .*no Unicode meaning"))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Invoice Number: A-1 Total: 10.00", 0.0),
        ("(cid:3)(cid:17) ab", 0.5),  # a (cid:N) is one glyph
        ("\x0e\x1a \x06\x19", 1.0),  # PDFium's glyph numbers
        ("Tel \ue001 +1 555 0100 \ufffd", 2 / 14),  # an icon font and a lost glyph
        ("", 0.0),
    ],
)
def test_unreadable_share_counts_glyphs_without_unicode(text: str, share: float) -> None:
    assert unreadable_share(text) == pytest.approx(share)


TEXT = b"BT /F1 12 Tf 72 720 Td (Invoice Number: A-1) Tj ET"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_stream_that_does_not_decode_is_named(engine: str, tmp_path: Path) -> None:
    path = tmp_path / "a85.pdf"  # an ASCII85 group above 2**32
    path.write_bytes(
        page_pdf(
            b"uuuuuuuuuu~>",
            mediabox=b"0 0 595 842",
            fonts=[HELVETICA],
            stream_keys=b" /Filter /ASCII85Decode",
        )
    )
    row = run(path, engine=engine).iloc[0]
    check_row(row, Expect("corrupt", r"^a compressed stream is damaged .*: Ascii85 overflow"))


def test_a_parser_tripping_on_a_bad_object_says_the_structure_is_damaged() -> None:
    # pdfminer meets ``null`` where a number belongs and raises a bare TypeError; its error
    # names the damage, not "float() argument must be ... not 'NoneType'".
    data = page_pdf(TEXT, mediabox=b"0 0 null 842", fonts=[HELVETICA])
    with pytest.raises(CorruptPDFError, match=r"object structure is damaged.*raised TypeError"):
        _parse_checked(data, "pdfplumber", None, words=True, require_text=True, tables=False)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_tree_nested_thousands_deep_is_named(engine: str, tmp_path: Path) -> None:
    depth = 3000
    tree = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (k + 3) for k in range(depth)]
    leaf = b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] >>" % (depth + 1)
    path = tmp_path / "deep.pdf"
    path.write_bytes(build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", *tree, leaf]))
    row = run(path, engine=engine).iloc[0]
    check_row(row, Expect("corrupt", r"nest too deeply or refer to each other in a loop"))
    assert "RecursionError" not in row["error"]


def _shift_xref(data: bytes, by: int) -> bytes:
    """Every cross-reference offset off by ``by`` bytes, as after an editor's careless save."""
    head, _, tail = data.partition(b"\nxref\n")
    entries = re.sub(
        rb"(\d{10}) 00000 n",
        lambda m: b"%010d 00000 n" % (int(m.group(1)) + by),
        tail,
    )
    return head + b"\nxref\n" + entries


def _damaged(kind: str) -> bytes:
    good = page_pdf(TEXT, fonts=[HELVETICA])
    if kind == "xref-offsets-wrong":
        return _shift_xref(good, 37)
    if kind == "length-too-short":
        return good.replace(b"/Length %d" % len(TEXT), b"/Length 20")
    if kind == "no-mediabox":
        return page_pdf(TEXT, mediabox=b"0 0 null 842", fonts=[HELVETICA])
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["xref-offsets-wrong", "length-too-short", "no-mediabox"])
def test_pdfplumber_engine_reads_with_pdfium_where_pdfminer_trips(
    kind: str, tmp_path: Path
) -> None:
    data = _damaged(kind)
    with pytest.raises(FileError):  # pdfminer alone: no pages, no text, or a TypeError
        _parse_checked(data, "pdfplumber", None, words=True, require_text=True, tables=False)
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(data)
    row = run(path, engine="pdfplumber").iloc[0]
    assert row["success"], row["error"]
    assert row["invoice_number"] == "A-1"


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_file_opens_with_its_password(engine: str) -> None:
    df = run(BROKEN / "encrypted_userpw.pdf", engine=engine, password="secret")
    assert df.loc[0, "success"], df.loc[0, "error"]
    assert df.loc[0, "invoice_number"] == "ENC-2024-001"
    assert df.loc[0, "total"] == pytest.approx(1234.56)


@pytest.mark.parametrize("engine", ENGINES)
def test_wrong_password_says_so(engine: str) -> None:
    df = run(BROKEN / "encrypted_userpw.pdf", engine=engine, password="not-it")
    check_row(df.iloc[0], Expect("encrypted", r"password given does not open it"))


@pytest.mark.parametrize("engine", ENGINES)
def test_large_process_batch_has_one_row_per_file_in_order(engine: str, tmp_path: Path) -> None:
    # 300 tiny invoices with a broken file every 50th, through few workers and a small
    # in-flight window: completion order differs from input order, the rows must not.
    paths = []
    for i in range(300):
        path = tmp_path / f"f{i:03d}.pdf"
        if i % 50 == 7:
            path.write_bytes(b"not a pdf\n")
        else:
            path.write_bytes(text_pdf([f"Invoice Number: N-{i:04d}", f"Total: {i}.50"]))
        paths.append(path)
    df = run(paths, engine=engine, executor="process", max_concurrent=3)
    assert len(df) == 300
    assert list(df["file"]) == [str(p) for p in paths]
    broken = [i for i in range(300) if i % 50 == 7]
    assert list(df.index[~df["success"]]) == broken
    assert set(df.loc[broken, "error_type"]) == {"not_pdf"}
    good = df[df["success"]]
    assert list(good["invoice_number"]) == [f"N-{i:04d}" for i in range(300) if i not in broken]
    assert list(good["total"]) == [i + 0.5 for i in range(300) if i not in broken]
