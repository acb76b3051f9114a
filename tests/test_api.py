"""extract_batch end to end on real generated PDFs: the DataFrame contract, sources, errors."""

from __future__ import annotations

import asyncio
import io
import os
import re
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import invoice_bytes, invoice_truth
from pdfgen import encrypted_pdf

import pdfkit_nb as pk
from pdfkit_nb.document import Document
from pdfkit_nb.executors import ProcessExecutor
from pdfkit_nb.extractors import CallableExtractor
from pdfkit_nb.fields import Field

FIELDS = ["invoice_number", "invoice_date", "total"]
STANDARD = ["success", "error_type", "error", "pages", "sha256", "seconds", "cached"]


def run(sources: Any, fields: Any = FIELDS, **options: Any) -> pd.DataFrame:
    options.setdefault("progress", None)
    return pk.extract_batch_sync(sources, fields, **options)


# ------------------------------------------------------------------ the DataFrame contract
def test_dataframe_columns_order_and_dtypes(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["total", "invoice_number", "invoice_date", "vendor"])
    assert list(df.columns) == [
        "file",
        "total",
        "invoice_number",
        "invoice_date",
        "vendor",
        *STANDARD,
    ]
    assert df["file"].dtype == "string"
    assert df["total"].dtype == "float64"
    assert pd.api.types.is_datetime64_dtype(df["invoice_date"])
    assert df["invoice_number"].dtype == "string" and df["vendor"].dtype == "string"
    assert df["success"].dtype == bool and df["cached"].dtype == bool
    assert isinstance(df["error_type"].dtype, pd.CategoricalDtype)
    assert "timeout" in df["error_type"].cat.categories
    assert df["pages"].dtype == "Int64" and df["seconds"].dtype == "float64"
    assert df.index.tolist() == list(range(5))


def test_values_are_typed_and_in_input_order(invoice_dir: Path) -> None:
    df = run(invoice_dir)
    assert [Path(f).name for f in df["file"]] == [f"invoice_{n}.pdf" for n in range(1, 6)]
    for n, row in enumerate(df.itertuples(), start=1):
        truth = invoice_truth(n, day=n)
        assert row.success and pd.isna(row.error_type) and pd.isna(row.error)
        assert row.invoice_number == truth["invoice_number"]
        assert row.invoice_date == pd.Timestamp(truth["invoice_date"])
        assert row.total == truth["total"]
        assert row.pages == 1 and len(row.sha256) == 64 and row.seconds > 0


def test_value_not_found_is_na_never_empty_string(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["iban", "due_date", "tax"])
    assert df["iban"].isna().all() and df["due_date"].isna().all() and df["tax"].isna().all()
    assert (df["success"]).all()


def test_failures_become_rows_with_specific_error_types(mixed_dir: Path) -> None:
    df = run(mixed_dir).set_index(df_names := run(mixed_dir)["file"].map(lambda p: Path(p).name))
    assert df_names.tolist() == sorted(df_names.tolist())
    assert df.loc["invoice_6_broken.pdf", "error_type"] == "not_pdf"
    assert df.loc["invoice_7_scan.pdf", "error_type"] == "no_text"
    assert "OCR" in df.loc["invoice_7_scan.pdf", "error"]
    assert df.loc["invoice_8_truncated.pdf", "error_type"] in {"corrupt", "no_pages"}
    failed = df[~df["success"]]
    assert len(failed) == 3
    assert failed["error"].str.len().min() > 10  # messages say something
    assert failed[FIELDS].isna().all().all()  # no half-values on failed rows
    assert df["success"].sum() == 5


def test_encrypted_file_needs_the_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf("Invoice Number: SEC-42", user_password="s3cret"))
    locked = run(path, ["invoice_number"])
    assert locked.loc[0, "error_type"] == "encrypted"
    assert "password" in locked.loc[0, "error"]
    wrong = run(path, ["invoice_number"], password="nope")
    assert wrong.loc[0, "error_type"] == "encrypted" and "does not open" in wrong.loc[0, "error"]
    opened = run(path, ["invoice_number"], password="s3cret")
    assert opened.loc[0, "success"] and opened.loc[0, "invoice_number"] == "SEC-42"
    with pytest.raises(pk.OptionError, match="password must be a string, a list of strings"):
        run(path, ["invoice_number"], password=1234)
    with pytest.raises(pk.OptionError, match="must hold one or more strings"):
        run(path, ["invoice_number"], password=[])


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_several_passwords_are_tried_in_turn(tmp_path: Path, engine: str) -> None:
    # Statements from several accounts, each locked with its own password.
    paths = []
    for k, secret in enumerate(["alpha-1", "beta-2", "gamma-3"]):
        path = tmp_path / f"statement_{k}.pdf"
        path.write_bytes(encrypted_pdf(f"Invoice Number: ACC-{k}", user_password=secret))
        paths.append(path)
    df = run(paths, ["invoice_number"], engine=engine, password=["gamma-3", "alpha-1"])
    assert df["success"].tolist() == [True, False, True]
    assert df["invoice_number"].tolist()[::2] == ["ACC-0", "ACC-2"]
    assert df.loc[1, "error_type"] == "encrypted"
    assert df.loc[1, "error"] == "encrypted: none of the 2 passwords given opens it"


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("password", ["s3cret", ["wrong", "s3cret"]], ids=["one", "several"])
def test_a_batch_password_leaves_owner_only_files_readable(
    tmp_path: Path, engine: str, password: str | list[str]
) -> None:
    # A folder of statements: some locked, one only restricted (owner password, printing
    # or copying limited), which opens with no password and with none of the given ones.
    locked, restricted = tmp_path / "locked.pdf", tmp_path / "restricted.pdf"
    locked.write_bytes(encrypted_pdf("Invoice Number: LOCK-1", user_password="s3cret"))
    restricted.write_bytes(encrypted_pdf("Invoice Number: OWN-1", user_password=""))
    df = run([locked, restricted], ["invoice_number"], engine=engine, password=password)
    assert df["success"].tolist() == [True, True], df["error"].tolist()
    assert df["invoice_number"].tolist() == ["LOCK-1", "OWN-1"]


# ------------------------------------------------------------------ sources
class AsyncReader:
    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name

    async def aread(self) -> bytes:
        await asyncio.sleep(0)
        return self.data


def test_every_source_kind_in_one_list(invoice_dir: Path) -> None:
    path = invoice_dir / "invoice_1.pdf"
    with open(invoice_dir / "invoice_2.pdf", "rb") as handle:
        df = run(
            [
                str(path),
                handle,
                invoice_bytes(3, day=3),
                io.BytesIO(invoice_bytes(4, day=4)),
                AsyncReader(invoice_bytes(5, day=5), "async.pdf"),
                ("named.pdf", invoice_bytes(6, day=6)),
                str(invoice_dir / "invoice_[12].pdf"),
            ]
        )
    assert df["file"].tolist()[:6] == [
        str(path),
        str(invoice_dir / "invoice_2.pdf"),
        "<bytes 2>",
        "<stream 3>",
        "async.pdf",
        "named.pdf",
    ]
    assert df["file"].tolist()[6:] == [
        str(invoice_dir / "invoice_1.pdf"),
        str(invoice_dir / "invoice_2.pdf"),
    ]
    assert df["invoice_number"].tolist() == [f"INV-{n:04d}" for n in (1, 2, 3, 4, 5, 6, 1, 2)]
    assert df["success"].all()


def test_glob_and_recursive_folder(invoice_dir: Path) -> None:
    sub = invoice_dir / "2024" / "march"
    sub.mkdir(parents=True)
    (sub / "deep.PDF").write_bytes(invoice_bytes(9))
    (invoice_dir / "notes.txt").write_text("not a pdf, ignored by folder expansion")
    assert len(run(invoice_dir)) == 5
    assert len(run(invoice_dir, recursive=True)) == 6
    assert len(run(str(invoice_dir / "**" / "*.PDF"))) == 1
    assert len(run(str(invoice_dir / "invoice_*.pdf"))) == 5


def test_folder_listing_skips_hidden_files_and_folders_as_glob_does(tmp_path: Path) -> None:
    from pdfkit_nb.sources import normalize_sources

    root = tmp_path / ".cache" / "invoices"  # the folder asked for may itself be hidden
    for rel in ("a.pdf", "._a.pdf", "sub/b.pdf", "sub/._b.pdf", ".trash/c.pdf",
                "__MACOSX/._a.pdf", "__MACOSX/sub/._b.pdf"):  # fmt: skip
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"\x00\x05\x16\x07AppleDouble" if "._" in rel else b"%PDF-1.4")

    def names(sources: Any, recursive: bool = False) -> list[str]:
        found = normalize_sources(sources, recursive=recursive)
        return [Path(s.name).relative_to(root).as_posix() for s in found]

    assert names(root) == ["a.pdf"]
    assert names(root, recursive=True) == ["a.pdf", "sub/b.pdf"]
    assert names(str(root / "*.pdf")) == ["a.pdf"]  # glob's own rule, the same
    # Named in the call, a hidden file is read like any other.
    assert names([root / "._a.pdf", root / ".trash"]) == ["._a.pdf", ".trash/c.pdf"]


def test_folder_listing_takes_pdf_files_only_in_name_order(tmp_path: Path) -> None:
    from pdfkit_nb.sources import normalize_sources

    for name in ("b.pdf", "A.PDF", "c.Pdf", ".pdf", "notes.txt", "x.pdf.bak"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    (tmp_path / "folder.pdf").mkdir()  # a folder named like a PDF is not a file
    (tmp_path / "link.pdf").symlink_to(tmp_path / "b.pdf")  # a link to a file is a file
    names = [Path(s.name).name for s in normalize_sources(tmp_path)]
    assert names == ["A.PDF", "b.pdf", "c.Pdf", "link.pdf"]


@pytest.mark.parametrize("recursive", [False, True], ids=["folder", "recursive"])
def test_a_broken_link_in_a_folder_is_a_row_that_says_so(
    invoice_dir: Path, tmp_path: Path, recursive: bool
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.pdf").write_bytes((invoice_dir / "invoice_1.pdf").read_bytes())
    (folder / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")  # its target was removed
    df = run(folder, recursive=recursive)
    assert [Path(f).name for f in df["file"]] == ["a.pdf", "gone.pdf"]
    assert df["success"].tolist() == [True, False]
    assert df.loc[1, "error_type"] == "not_found"
    assert re.search(r"a broken link: it points to .*deleted\.pdf", df.loc[1, "error"])


def test_missing_file_in_a_list_is_a_not_found_row(invoice_dir: Path) -> None:
    df = run([invoice_dir / "invoice_1.pdf", invoice_dir / "nope.pdf"])
    assert df["success"].tolist() == [True, False]
    assert df.loc[1, "error_type"] == "not_found"


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ("{empty}", "no PDF files found in folder"),
        ("{empty}/*.pdf", "no PDF files found in pattern"),
        ("{empty}/*.pdf", r"\[pP\]\[dD\]\[fF\]"),
        ("{empty}/missing.pdf", "no such file or folder"),
        ([], "empty list"),
    ],
    ids=["empty-folder", "glob-no-match", "glob-case-hint", "missing-path", "empty-list"],
)
def test_nothing_found_raises_and_says_what_was_searched(
    tmp_path: Path, sources: Any, message: str
) -> None:
    if isinstance(sources, str):
        sources = sources.format(empty=tmp_path)
    with pytest.raises(pk.NoFilesFoundError, match=message):
        run(sources)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"fields": []}, pk.FieldSpecError, "no fields"),
        ({"fields": {"po": "PO(\\d+"}}, pk.FieldSpecError, "invalid regular expression"),
        ({"fields": ["success"]}, pk.FieldSpecError, "clashes"),
        (
            {"fields": {"x": pk.Field(kind="text")}, "engine": "nope"},
            pk.OptionError,
            "unknown engine",
        ),
        ({"executor": "gpu"}, pk.OptionError, "unknown executor"),
        ({"method": "magic"}, pk.OptionError, "unknown method"),
        ({"progress": 42}, pk.OptionError, "progress"),
        ({"timeout": -1}, pk.OptionError, "timeout"),
        ({"max_concurrent": 0}, pk.OptionError, "max_concurrent"),
        ({"dayfirst": "yes"}, pk.OptionError, "dayfirst"),
    ],
    ids=[
        "no-fields",
        "bad-regex",
        "reserved-name",
        "engine",
        "executor",
        "method",
        "progress",
        "timeout",
        "max-concurrent",
        "dayfirst",
    ],
)
def test_misuse_raises_typed_errors_before_any_work(
    invoice_dir: Path, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    fields = kwargs.pop("fields", FIELDS)
    with pytest.raises(error, match=message):
        run(invoice_dir, fields, **kwargs)


def test_a_file_opened_in_text_mode_is_refused_before_any_file(invoice_dir: Path) -> None:
    path = invoice_dir / "invoice_1.pdf"
    with open(path) as text_mode, pytest.raises(pk.SourceTypeError, match="open in text mode"):
        run([invoice_dir / "invoice_2.pdf", text_mode], FIELDS)
    with pytest.raises(pk.SourceTypeError, match=r"a text stream, but a PDF is read as bytes"):
        run([("in-memory.pdf", io.StringIO("%PDF-1.4"))], FIELDS)


def test_misuse_errors_are_also_builtin_errors() -> None:
    assert issubclass(pk.NoFilesFoundError, ValueError)
    assert issubclass(pk.OptionError, ValueError)
    assert issubclass(pk.SourceTypeError, TypeError)
    with pytest.raises(TypeError, match="cannot read a source of type int"):
        run([42])


def test_unknown_keyword_is_a_type_error(invoice_dir: Path) -> None:
    with pytest.raises(TypeError, match="unknown option"):
        run(invoice_dir, colour="red")
    assert issubclass(pk.UnknownOptionError, pk.OptionError)


# ------------------------------------------------------------------ methods
def test_sync_and_async_callables_as_method(invoice_dir: Path) -> None:
    calls: list[list[str]] = []

    def sync_fn(text: str, fields: list[str]) -> dict[str, str]:
        calls.append(fields)
        return {"invoice_number": text.split("Invoice Number: ")[1].split()[0], "total": "$ 7.25"}

    async def async_fn(text: str, fields: list[str]) -> dict[str, str]:
        await asyncio.sleep(0)
        return {"invoice_date": "March 9, 2024"}

    # In a thread of this process (executor="thread"), the function's side effects are seen.
    a = run(invoice_dir, FIELDS, method=sync_fn, executor="thread")
    assert calls[0] == FIELDS
    assert a["invoice_number"].tolist() == [f"INV-{n:04d}" for n in range(1, 6)]
    assert (a["total"] == 7.25).all() and a["invoice_date"].isna().all()
    b = run(invoice_dir, FIELDS, method=async_fn)
    assert (b["invoice_date"] == pd.Timestamp("2024-03-09")).all()


def _where(text: str, fields: list[str]) -> dict[str, str]:
    return {"pid": str(os.getpid()), "thread": threading.current_thread().name}


def test_a_sync_callable_runs_in_the_worker_processes_beside_the_parse(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["pid", "thread"], method=_where, executor="process")
    assert df["success"].all(), df["error"].tolist()
    assert str(os.getpid()) not in set(df["pid"])  # not here: in the workers, in parallel
    assert CallableExtractor(_where).in_worker and not CallableExtractor(_where).needs_words
    # executor="thread" keeps it in this process, in the parse threads.
    here = run(invoice_dir, ["pid", "thread"], method=_where, executor="thread")
    assert set(here["pid"]) == {str(os.getpid())}
    assert here["thread"].str.startswith("pdfkit_nb").all()


class _CountsWords(pk.Extractor):
    name = "counts-words"

    def extract(self, doc: Any, fields: Any) -> dict[str, Any]:
        return {"words": str(sum(len(p.words) for p in doc.pages)), "chars": str(len(doc.text))}


class _TextOnly(_CountsWords):
    needs_words = False


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_an_extractor_that_needs_no_words_gets_the_text_without_them(
    invoice_dir: Path, engine: str
) -> None:
    full = run(invoice_dir, ["words", "chars"], method=_CountsWords(), engine=engine)
    text_only = run(invoice_dir, ["words", "chars"], method=_TextOnly(), engine=engine)
    assert (full["words"].astype(int) > 10).all()
    assert (text_only["words"] == "0").all()
    assert text_only["chars"].tolist() == full["chars"].tolist()  # the same text


def test_timeout_stops_a_sync_callable_stuck_on_one_file(invoice_dir: Path) -> None:
    def stuck_on_three(text: str, fields: list[str]) -> dict[str, str]:
        if "INV-0003" in text:
            while True:  # a regex that backtracks forever, say
                pass
        return {"total": "1"}

    df = run(invoice_dir, ["total"], method=stuck_on_three, timeout=3)
    assert df["success"].tolist() == [True, True, False, True, True]
    assert df.loc[2, "error_type"] == "timeout"
    assert (df["total"].dropna() == 1).all()


def test_a_callable_that_cannot_be_sent_runs_in_this_process(invoice_dir: Path) -> None:
    lock = threading.Lock()  # pickles not at all
    model = list(range(400_000))  # pickles to ~2 MB: not copied to every worker

    def locked(text: str, fields: list[str]) -> dict[str, str]:
        with lock:
            return _where(text, fields)

    def big(text: str, fields: list[str]) -> dict[str, str]:
        return {**_where(text, fields), "n": str(len(model))}

    for fn in (locked, big):
        assert not CallableExtractor(fn).in_worker
        df = run(invoice_dir, ["pid", "n"], method=fn, executor="process")
        assert df["success"].all(), df["error"].tolist()
        assert set(df["pid"]) == {str(os.getpid())}
    assert (df["n"] == "400000").all()


def test_a_plain_function_returning_an_awaitable_is_awaited_in_the_worker(
    invoice_dir: Path,
) -> None:
    async def answer(text: str) -> dict[str, str]:
        await asyncio.sleep(0)
        return {"invoice_number": text.split("Invoice Number: ")[1].split()[0]}

    df = run(invoice_dir, ["invoice_number"], method=lambda text, fields: answer(text))
    assert df["invoice_number"].tolist() == [f"INV-{n:04d}" for n in range(1, 6)]


def test_extractor_that_raises_is_an_extractor_error_row(invoice_dir: Path) -> None:
    def flaky(text: str, fields: list[str]) -> dict[str, str]:
        if "INV-0002" in text:
            raise ValueError("cannot handle this one")
        return {"total": "1"}

    df = run(invoice_dir, ["total"], method=flaky)
    assert df["success"].tolist() == [True, False, True, True, True]
    assert df.loc[1, "error_type"] == "extractor_error"
    assert "ValueError: cannot handle this one" in df.loc[1, "error"]


def test_a_method_that_cannot_take_text_and_fields_fails_before_any_file(
    invoice_dir: Path,
) -> None:
    def one_argument(text: str) -> dict[str, str]:
        return {}

    with pytest.raises(pk.OptionError, match=r"method='one_argument' cannot be called as"):
        run(invoice_dir, ["total"], method=one_argument)
    # Extra parameters with defaults, *args and callable objects are fine.
    assert run(invoice_dir, ["total"], method=lambda text, fields, strict=True: {})["success"].all()
    assert run(invoice_dir, ["total"], method=lambda *args: {})["success"].all()


@pytest.mark.parametrize("start_method", ["fork", "forkserver"])
def test_an_extractor_class_workers_cannot_import_travels_by_value(
    invoice_dir: Path, start_method: str
) -> None:
    # Defined in a function (as one written in a notebook cell lives in __main__): pickle
    # cannot send it by reference, and a forkserver worker could not import it anyway.
    class Shouting(pk.Extractor):
        name = "shouting"

        def extract(self, doc: Any, fields: Any) -> dict[str, str]:
            return {"first_word": doc.pages[0].words[0].text.upper()}

    with ProcessExecutor(2, start_method=start_method) as executor:
        df = run(invoice_dir, ["first_word"], method=Shouting(), executor=executor)
    assert df["success"].all(), df["error"].tolist()
    assert df["first_word"].nunique() == 1 and df["first_word"][0].isupper()


def test_an_extractor_that_cannot_be_pickled_fails_before_any_file(
    invoice_dir: Path, no_leaked_threads: None
) -> None:
    class Locked(pk.Extractor):
        def __init__(self) -> None:
            self.lock = threading.Lock()

        def extract(self, doc: Any, fields: Any) -> dict[str, str]:
            return {}

    events: list[Any] = []
    with pytest.raises(pk.OptionError, match=r"cannot be sent .*lock.*executor='thread'"):
        run(invoice_dir, ["x"], method=Locked(), executor="process", progress=events.append)
    assert events == []  # raised before the batch started: no file was touched
    assert run(invoice_dir, ["x"], method=Locked(), executor="thread")["success"].all()


def test_a_method_returning_no_dict_says_so_once(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["total"], method=lambda text, fields: ["1.00"])
    assert (df["error_type"] == "extractor_error").all()
    assert df.loc[0, "error"] == (
        "extractor '<lambda>' returned list; it must return a dict of field name -> value"
    )


def test_regex_field_spec(invoice_dir: Path) -> None:
    df = run(invoice_dir, {"number": r"INV-(\d+)", "street": pk.Field(pattern=r"\d+ (\w+ Street)")})
    assert df["number"].tolist() == ["0001", "0002", "0003", "0004", "0005"]
    assert (df["street"] == "Market Street").all()


def test_explain_adds_a_source_column_per_field(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["invoice_number", "total"], explain=True)
    assert list(df.columns)[-2:] == ["invoice_number__source", "total__source"]
    src = df.loc[0, "total__source"]
    assert src["page"] == 1 and len(src["bbox"]) == 4


# ------------------------------------------------------------------ executors, timeouts, crashes
class SlowOn(pk.Extractor):
    """Runs in the worker; sleeps forever on one file, dies on another."""

    name = "slow-on"

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, Any]:
        if "INV-0002" in doc.text:
            time.sleep(60)
        if "INV-0004" in doc.text:
            os._exit(3)
        return {"invoice_number": "ok"}


def test_thread_and_process_executors_give_the_same_frame(mixed_dir: Path) -> None:
    a = run(mixed_dir, executor="thread").drop(columns="seconds")
    b = run(mixed_dir, executor="process").drop(columns="seconds")
    pd.testing.assert_frame_equal(a, b)


def test_timeout_and_crash_fail_only_their_file(invoice_dir: Path) -> None:
    df = run(invoice_dir, ["invoice_number"], method=SlowOn(), executor="process", timeout=2)
    assert df["error_type"].tolist()[1] == "timeout"
    assert "2s timeout" in df.loc[1, "error"]
    assert df.loc[3, "error_type"] == "crashed" and "exit code 3" in df.loc[3, "error"]
    assert df["success"].tolist() == [True, False, True, False, True]


def test_pdfium_engine_gives_the_same_values(invoice_dir: Path) -> None:
    a = run(invoice_dir, engine="pdfplumber")
    b = run(invoice_dir, engine="pdfium")
    pd.testing.assert_frame_equal(a[FIELDS], b[FIELDS])


# ------------------------------------------------------------------ async API
@pytest.mark.asyncio
async def test_await_extract_batch_and_iter_batch(invoice_dir: Path) -> None:
    df = await pk.extract_batch(invoice_dir, FIELDS, progress=None)
    assert df["success"].all()
    got = {}
    async for result in pk.iter_batch(invoice_dir, FIELDS, progress=None):
        assert isinstance(result, pk.BatchResult)
        got[result.index] = result.data["invoice_number"]
    assert got == {i: f"INV-{i + 1:04d}" for i in range(5)}


@pytest.mark.asyncio
async def test_an_unknown_option_is_an_option_error_naming_the_close_one(
    invoice_dir: Path,
) -> None:
    with pytest.raises(pk.OptionError, match=r"'progres' \(did you mean 'progress'\?\)"):
        await pk.extract_batch(invoice_dir, FIELDS, progres=None)
    with pytest.raises(pk.OptionError, match=r"'field' \(did you mean 'fields'\?\)"):
        await pk.extract_batch(invoice_dir, fields=FIELDS, field=["total"])
    with pytest.raises(pk.OptionError, match=r"'colour'; it accepts .*max_concurrent"):
        await pk.extract_tables(invoice_dir, colour="red")


def test_an_unknown_option_of_the_sync_calls_is_an_option_error(invoice_dir: Path) -> None:
    with pytest.raises(pk.OptionError, match=r"'enigne' \(did you mean 'engine'\?\)"):
        pk.extract_batch_sync(invoice_dir, FIELDS, enigne="pdfium")
    with pytest.raises(pk.OptionError, match="'fields'"):
        pk.extract_tables_sync(invoice_dir, fields=FIELDS)


def test_checked_entry_points_keep_their_signature_and_stay_coroutine_functions() -> None:
    import inspect

    for fn in (pk.extract_batch, pk.extract_tables):
        assert inspect.iscoroutinefunction(fn)
        assert "max_concurrent" in inspect.signature(fn).parameters
    assert pk.extract_batch.__doc__ and pk.extract_batch.__name__ == "extract_batch"


def test_iter_batch_checks_arguments_when_called(invoice_dir: Path) -> None:
    with pytest.raises(pk.OptionError, match="unknown option"):
        pk.iter_batch(invoice_dir, FIELDS, colour="red")
    with pytest.raises(pk.NoFilesFoundError):
        pk.iter_batch(invoice_dir / "nothing-here", FIELDS)


@pytest.mark.asyncio
async def test_sync_wrapper_works_inside_a_running_loop(invoice_dir: Path) -> None:
    # What a Jupyter cell does: call the sync API while the kernel's loop is running.
    df = pk.extract_batch_sync(invoice_dir, FIELDS, progress=None)
    assert df["success"].all() and len(df) == 5


@pytest.mark.asyncio
async def test_process_file_async_seed_shape() -> None:
    proc = pk.AsyncPDFProcessor()
    data, sha = await proc.process_file_async(invoice_bytes(7), "x.pdf", "rules", FIELDS)
    assert data == invoice_truth(7) and len(sha) == 64
    with pytest.raises(pk.NotPDFError, match=r"x\.txt: not a PDF"):
        await proc.process_file_async(b"hello", "x.txt", "rules", FIELDS)


def _bytes_named(folder: Path, raw_name: bytes, data: bytes) -> Path:
    """A file whose name is not valid UTF-8 (an archive from a cp1252 machine, say)."""
    path = folder / os.fsdecode(raw_name)
    try:
        path.write_bytes(data)
    except (OSError, UnicodeError):  # a file system that takes only UTF-8 names
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def test_a_file_name_that_is_not_utf8_keeps_the_batch_and_its_name(tmp_path: Path) -> None:
    path = _bytes_named(tmp_path, b"rechnung_\xe9.pdf", invoice_bytes(3))
    (tmp_path / "plain.pdf").write_bytes(invoice_bytes(4))
    df = run(tmp_path, ["invoice_number"])
    assert df["invoice_number"].tolist() == ["INV-0004", "INV-0003"]
    assert isinstance(df["file"].dtype, pd.StringDtype)
    assert df.loc[1, "file"] == str(path) and Path(df.loc[1, "file"]).exists()  # still opens
    store = tmp_path / "store.sqlite"
    run(tmp_path, ["invoice_number"], cache=store)
    again = run(tmp_path, ["invoice_number"], cache=store)
    assert again["cached"].all() and again.loc[1, "file"] == str(path)
    stored = pk.load_results(store)["file"].tolist()
    assert str(tmp_path / "rechnung_\\xe9.pdf") in stored  # stored readable, as UTF-8


def test_to_dataframe_types_hand_built_results_like_the_batch_does() -> None:
    # Results made outside extract_batch (the lower layer, an own pipeline) may hold raw
    # strings: they are coerced by the fields' kinds, never raise (1.234,50 € raised before).
    amount, date, number, ident = (pk.Field(kind=k) for k in ("amount", "date", "number", "id"))
    fields = {"total": amount, "date": date, "qty": number, "ref": ident}
    a = {"total": "1.234,50 €", "date": "05.03.2024", "qty": "12", "ref": " INV 7 "}
    b = {"total": True, "date": pd.Timestamp("2024-03-06"), "qty": 3, "ref": 42.0}
    c = {"total": 7.5, "date": "no date", "qty": None}
    rows = [pk.BatchResult(f"{n}.pdf", True, d) for n, d in zip("abc", (a, b, c), strict=True)]
    df = pk.to_dataframe(rows, fields)
    assert df["total"].tolist()[::2] == [1234.5, 7.5] and pd.isna(df.loc[1, "total"])
    assert df["date"].tolist()[:2] == [pd.Timestamp("2024-03-05"), pd.Timestamp("2024-03-06")]
    assert pd.isna(df.loc[2, "date"]) and str(df["date"].dtype) == "datetime64[ns]"
    assert df["qty"].tolist()[:2] == [12.0, 3.0]
    assert df["ref"].tolist()[:2] == [" INV 7 ", "42"]  # a string is kept as given


def test_without_worker_processes_the_default_parses_in_threads_and_says_so(
    invoice_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pdfkit_nb import executors

    assert executors._no_processes() is None  # this machine has them
    # As on AWS Lambda, where a process pool's first semaphore fails for want of /dev/shm.
    monkeypatch.setattr(executors, "_no_processes", lambda: "OSError: [Errno 38] not here")
    with pytest.warns(RuntimeWarning, match=r"not available here \(OSError.*threads instead"):
        df = run(invoice_dir)
    assert df["success"].all()


def test_an_explicit_process_executor_that_cannot_start_is_an_option_error(
    invoice_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pebble

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(pebble, "ProcessPool", refuse)
    with pytest.raises(pk.OptionError, match=r"cannot start worker processes.*executor='thread'"):
        run(invoice_dir, executor="process")


def test_an_empty_folder_among_sources_warns_and_adds_no_row(
    invoice_dir: Path, tmp_path: Path
) -> None:
    # A folder named like a file: the user meant a PDF, and would otherwise get no row for it.
    folder = tmp_path / "march.pdf"
    folder.mkdir()
    with pytest.warns(UserWarning, match=r"folder '.*march\.pdf' holds no PDF files"):
        df = run([invoice_dir / "invoice_1.pdf", folder])
    assert df["file"].tolist() == [str(invoice_dir / "invoice_1.pdf")]
