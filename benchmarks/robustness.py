"""A batch over ../shared/corpus/broken/files: one explained row per file, no warnings spam.

Run: ``python benchmarks/robustness.py [--timeout 20] [--engines pdfplumber,pdfium]``.

For each engine the whole folder goes through one ``extract_batch_sync(..., timeout=20)``
call. The script checks there is exactly one row per file, in order; counts the warnings
raised in this process (``warnings.catch_warnings(record=True)``) and the lines written to
standard error by this process *and its workers* (file descriptor 2 is redirected while the
batch runs, and forked workers inherit it); and compares every row with what
``MANIFEST.txt`` says about the file (its category, and what pdfplumber 0.11.10 did with it).
Files whose manifest gives a password are then run again, one by one, with that password.

Verdicts: ``ok`` (the expected category), ``recovered`` (read successfully although pdfplumber
alone fails on it), ``WRONG`` (another category), ``vague`` (right category, but the message
names an internal exception or a generic engine error instead of the cause).
Exit status 1 if a batch loses or duplicates rows.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _common as bc

BROKEN = bc.SHARED_CORPUS / "broken"
FIELDS = ["invoice_number", "total"]
# Messages that expose an engine's internals instead of saying what is wrong with the file.
VAGUE = re.compile(
    r"Data format error|\((?:TypeError|KeyError|AttributeError|IndexError|ValueError|"
    r"AssertionError|Exception|error)\)|not subscriptable|unsupported operand|NoneType",
)


@dataclass
class Entry:
    file: str
    category: str
    what: str
    password: str | None
    observed: str  # what pdfplumber did without a password

    def expected(self) -> set[str]:
        """Acceptable ``error_type`` values (``"success"`` for a good row)."""
        cat, seen = self.category, self.observed
        if seen.startswith("ok"):
            if "pages=0" in seen:
                return {"no_pages"}
            got = {"no_text"} if re.search(r"\bchars=0\b", seen) else {"success"}
            if cat in {"slow", "huge-page-count"}:
                got.add("timeout")  # on a busy machine a 15 s file may pass 20 s
            return got
        if cat == "not-a-pdf":
            return {"not_pdf"}
        if cat == "encrypted-no-user-password":
            return {"success", "encrypted"}  # needs no password, but pdfminer cannot read it
        if cat.startswith("encrypted"):
            return {"encrypted"}
        if "PDFEncryptionError" in seen:  # an /Encrypt dictionary pdfminer cannot use
            return {"corrupt", "encrypted"}
        return {"corrupt"}


def read_manifest(path: Path) -> dict[str, Entry]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) < 5 or not parts[0].endswith(".pdf"):
            continue
        password = None
        observed = parts[-1]
        for part in parts[4:]:
            if part.startswith("password:"):
                password = ast.literal_eval(part.split(":", 1)[1].strip())
        observed = observed.removeprefix("observed:").strip()
        no_pw = observed.split(";")[0].removeprefix("no pw:").strip()
        entries[parts[0]] = Entry(parts[0], parts[1], parts[2], password, no_pw)
    return entries


class CaptureStderr:
    """Redirect file descriptor 2 (ours and inherited by forked workers) to a temp file."""

    def __enter__(self) -> CaptureStderr:
        sys.stderr.flush()
        self._tmp = tempfile.TemporaryFile()
        self._saved = os.dup(2)
        os.dup2(self._tmp.fileno(), 2)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stderr.flush()
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._tmp.seek(0)
        self.text = self._tmp.read().decode("utf-8", "replace")
        self._tmp.close()


def run_batch(paths: list[Path], **options: Any) -> tuple[Any, list[str], str, float]:
    import pdfkit_nb

    with warnings.catch_warnings(record=True) as caught, CaptureStderr() as err:
        warnings.simplefilter("always")
        started = time.perf_counter()
        df = pdfkit_nb.extract_batch_sync(paths, FIELDS, progress=None, **options)
        seconds = time.perf_counter() - started
    return df, [f"{w.category.__name__}: {w.message}" for w in caught], err.text, seconds


def judge(entry: Entry | None, row: Any) -> str:
    got = "success" if row["success"] else str(row["error_type"])
    if entry is None:
        return "?"
    expected = entry.expected()
    if got in expected:
        if got != "success" and VAGUE.search(str(row["error"])):
            return "vague"
        return "ok"
    if got == "success" and "success" not in expected:
        return "recovered"  # read although pdfplumber alone finds no pages or fails
    return "WRONG"


def short(text: Any, width: int) -> str:
    s = "" if text is None or str(text) in {"<NA>", "nan"} else str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--engines", default="pdfplumber,pdfium")
    parser.add_argument("--width", type=int, default=110, help="error message column width")
    args = parser.parse_args()
    bc.print_header("robustness: the broken corpus", args)
    folder = BROKEN / "files"
    if not folder.is_dir():
        print(f"\n{folder} not found: nothing to check (it lives beside the project).")
        return 0
    manifest = read_manifest(BROKEN / "MANIFEST.txt")
    paths = sorted(folder.iterdir())
    print(f"   {len(paths)} files, {len(manifest)} described in MANIFEST.txt")
    status = 0
    summary: dict[str, Any] = {}
    for engine in args.engines.split(","):
        df, caught, err, seconds = run_batch(paths, engine=engine, timeout=args.timeout)
        names = [Path(str(f)).name for f in df["file"]]
        one_row_each = names == [p.name for p in paths]
        status |= not one_row_each
        print(f"\n-- engine={engine}, timeout={args.timeout:g}s: batch took {seconds:.1f}s")
        print(
            f"   rows: {len(df)} for {len(paths)} files, one per file in order: "
            f"{'yes' if one_row_each else 'NO'}"
        )
        print(f"   warnings caught in this process: {len(caught)}")
        for w in caught[:5]:
            print(f"     {w}")
        err_lines = [ln for ln in err.splitlines() if ln.strip()]
        print(f"   lines on stderr (this process and its workers): {len(err_lines)}")
        for ln in err_lines[:5]:
            print(f"     {ln}")
        rows: list[list[Any]] = []
        verdicts: Counter[str] = Counter()
        for (_, row), name in zip(df.iterrows(), names, strict=True):
            entry = manifest.get(name)
            verdict = judge(entry, row)
            verdicts[verdict] += 1
            rows.append(
                [
                    name,
                    entry.category if entry else "?",
                    "/".join(sorted(entry.expected())) if entry else "?",
                    "success" if row["success"] else str(row["error_type"]),
                    float(row["seconds"]),
                    verdict,
                    short(row["error"], args.width),
                ]
            )
        bc.print_table(
            ["file", "category", "expected", "error_type", "seconds", "verdict", "error"], rows
        )
        print("   verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
        kinds = Counter(
            "success" if r["success"] else str(r["error_type"]) for _, r in df.iterrows()
        )
        print("   error_type counts: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        summary[engine] = {
            "rows": len(df),
            "one_row_each": one_row_each,
            "warnings": len(caught),
            "stderr_lines": len(err_lines),
            "seconds": seconds,
            "verdicts": dict(verdicts),
            "error_types": dict(kinds),
            "rows_detail": [[str(c) for c in r] for r in rows],
        }
        summary[engine]["with_password"] = with_passwords(folder, manifest, engine, args)
    bc.save_json("robustness", summary)
    return status


def with_passwords(
    folder: Path, manifest: dict[str, Entry], engine: str, args: argparse.Namespace
) -> list[list[str]]:
    """Each file whose manifest gives a password, opened with it: it should read."""
    rows = []
    for entry in manifest.values():
        if entry.password is None or not (folder / entry.file).exists():
            continue
        df, caught, err, _ = run_batch(
            [folder / entry.file], engine=engine, timeout=args.timeout, password=entry.password
        )
        row = df.iloc[0]
        got = "success" if row["success"] else str(row["error_type"])
        noise = len(caught) + len([ln for ln in err.splitlines() if ln.strip()])
        rows.append([entry.file, repr(entry.password), got, str(noise), short(row["error"], 80)])
    print(f"   with the manifest's password ({engine}):")
    bc.print_table(["file", "password", "result", "warnings+stderr", "error"], rows)
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
