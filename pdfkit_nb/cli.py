"""The ``pdfkit-nb`` command: ``extract`` PDFs to CSV/Parquet/JSONL, or run the bundled ``demo``."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._samples import samples_dir
from ._strings import printable
from .errors import OptionError, PdfkitError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["main"]

DEMO_FIELDS = ["invoice_number", "invoice_date", "vendor", "total", "currency"]
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pdfkit-nb",
        description="Extract fields from many PDFs into a table.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract fields from PDFs (files, folders or globs)")
    ex.add_argument("paths", nargs="+", help="PDF files, folders or glob patterns")
    ex.add_argument(
        "-f",
        "--fields",
        required=True,
        action="append",
        help="comma-separated field names, e.g. invoice_number,invoice_date,total "
        "(may be repeated: -f invoice_number -f total)",
    )
    ex.add_argument("-o", "--output", help="write to .csv, .parquet or .jsonl (default: print)")
    ex.add_argument(
        "--method",
        default="rules",
        help="rules (default), ai, rules+ai, or your own as module:name, a function "
        "(text, fields) -> dict or an Extractor class in module.py (the working folder's "
        "modules are found)",
    )
    ex.add_argument("--engine", default="pdfplumber", choices=["pdfplumber", "pdfium"])
    ex.add_argument("--max-concurrent", type=int, default=None, metavar="N")
    ex.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help="per file")
    ex.add_argument(
        "--password",
        action="append",
        default=None,
        help="password for encrypted PDFs (repeat it to try several in turn on each file)",
    )
    ex.add_argument("--dayfirst", action=argparse.BooleanOptionalAction, default=None)
    ex.add_argument("-r", "--recursive", action="store_true", help="descend into sub-folders")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.add_argument(
        "--cache",
        metavar="PATH",
        default=None,
        help="result store (SQLite): reruns skip files already done",
    )
    ex.add_argument("--refresh", action="store_true", help="ignore stored results")
    ex.add_argument(
        "--report",
        action="store_true",
        help="print the batch report (counts by error type, throughput, slowest files) to stderr",
    )

    cache = sub.add_parser("cache", help="inspect or clear a result store")
    cache.add_argument("action", choices=["info", "clear"])
    cache.add_argument("--cache", metavar="PATH", default=".pdfkit_nb/results.sqlite")
    cache.add_argument(
        "--older-than",
        metavar="AGE",
        default=None,
        help="with clear: only results older than AGE, e.g. 30d or 12h",
    )

    demo = sub.add_parser("demo", help="run on the bundled sample invoices and print the table")
    demo.add_argument("--engine", default="pdfplumber", choices=["pdfplumber", "pdfium"])
    return parser


_OUTPUTS = (".csv", ".parquet", ".jsonl", ".ndjson")


def _prepare_output(output: str) -> None:
    """Everything that can be wrong with ``-o`` found before the batch, not after it: the
    type, the Parquet engine, and the folder (made if missing)."""
    path = Path(output)
    if path.is_dir():
        raise OptionError(f"{output} is a folder; give a file name such as {path / 'results.csv'}")
    suffix = path.suffix.lower()
    if suffix not in _OUTPUTS:
        what = f"unknown output type {suffix!r}" if suffix else f"{output} has no file type"
        raise OptionError(f"{what}; end it in .csv, .parquet or .jsonl")
    if suffix == ".parquet" and importlib.util.find_spec("pyarrow") is None:
        raise OptionError(
            'writing .parquet needs pyarrow: pip install "pdfkit_nb[parquet]", or use .csv'
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OptionError(f"cannot create the folder for {output}: {exc.strerror or exc}") from None


def _method(spec: str) -> Any:
    """``--method``: a built-in name as it is; ``module:name`` imports your function or
    ``Extractor`` (a class is instantiated), finding modules in the working folder first, as
    ``python -m`` does."""
    if ":" not in spec:
        return spec
    from .extractors.base import Extractor

    module_name, _, attribute = spec.partition(":")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        found: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            found = getattr(found, part)
    except ImportError as exc:
        raise OptionError(
            f"--method {spec}: cannot import {module_name!r} ({exc}); run from the folder that "
            f"holds {module_name.replace('.', '/')}.py, or install its package"
        ) from None
    except AttributeError:
        raise OptionError(f"--method {spec}: {module_name} has no {attribute!r}") from None
    if isinstance(found, type) and issubclass(found, Extractor):
        found = found()
    return found


def _write(df: pd.DataFrame, output: str) -> None:
    suffix = Path(output).suffix.lower()
    out = _utf8(df)
    if suffix == ".csv":
        out.to_csv(output, index=False)
    elif suffix == ".parquet":
        out["error_type"] = out["error_type"].astype("string")
        out.to_parquet(output, index=False)
    else:
        out.to_json(output, orient="records", lines=True, date_format="iso")


def _utf8(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text UTF-8 can encode: a file name that is not valid UTF-8 is kept
    exact in the DataFrame (it opens the file) but written with its bytes as ``\\xe9``."""
    import pandas as pd

    out: pd.DataFrame = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.StringDtype) or out[col].dtype == object:
            out[col] = out[col].map(lambda v: printable(v) if isinstance(v, str) else v)
    return out


def _show(df: pd.DataFrame) -> str:
    import pandas as pd

    view = _utf8(df)
    view["file"] = view["file"].map(lambda p: Path(str(p)).name)
    view = view.drop(columns=["sha256", "cached"], errors="ignore")
    with pd.option_context(
        "display.max_columns", None, "display.width", 200, "display.max_colwidth", 60
    ):
        text: str = view.to_string(index=False)
        return text


def _run(args: argparse.Namespace) -> int:
    from .api import extract_batch_sync

    if args.command == "cache":
        return _cache_command(args)
    progress: Any = None if getattr(args, "quiet", False) or not sys.stderr.isatty() else "tqdm"
    if args.command == "demo":
        folder = samples_dir()
        print(f"pdfkit-nb demo: {len(list(folder.glob('*.pdf')))} sample PDFs in {folder}\n")
        df = extract_batch_sync(folder, DEMO_FIELDS, engine=args.engine, progress=progress)
        print(_show(df))
        ok = int(df["success"].sum())
        print(f"\n{ok} of {len(df)} files extracted; failures are rows with error_type and error.")
        return 0
    fields = ",".join(args.fields)  # each -f may hold several names; resolve_fields splits
    if args.output:
        _prepare_output(args.output)
    df = extract_batch_sync(
        args.paths if len(args.paths) > 1 else args.paths[0],
        fields,
        method=_method(args.method),
        engine=args.engine,
        max_concurrent=args.max_concurrent,
        timeout=args.timeout,
        password=args.password,
        dayfirst=args.dayfirst,
        recursive=args.recursive,
        progress=progress,
        cache=args.cache,
        refresh=args.refresh,
    )
    if args.output:
        try:
            _write(df, args.output)
        except OSError as exc:  # disk full, permissions changed during the batch
            print(f"pdfkit-nb: cannot write {args.output}: {exc}", file=sys.stderr)
            return 1
        failed = int((~df["success"]).sum())
        print(f"wrote {len(df)} rows to {args.output} ({failed} failed)", file=sys.stderr)
    else:
        print(_show(df))
    if args.report:
        from .reporting import report

        print(report(df).to_text(), file=sys.stderr)
    return 0


def _cache_command(args: argparse.Namespace) -> int:
    from .store import ExtractionRepository, clear_cache

    path = Path(args.cache)
    if args.action == "clear":
        removed = clear_cache(path, older_than=args.older_than)
        print(f"removed {removed} result(s) from {path}")
        return 0
    if not path.exists():
        print(f"pdfkit-nb: no result store at {path}", file=sys.stderr)
        return EXIT_USAGE
    with ExtractionRepository(path, create=False) as repo:
        for key, value in repo.info().items():
            print(f"{key:>14}: {value}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point. Exit code 0 even when some files fail (they are rows); 2 for misuse."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except PdfkitError as exc:
        print(f"pdfkit-nb: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("pdfkit-nb: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
