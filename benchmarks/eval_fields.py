"""Field accuracy of the default extractor on the development corpora and a generated set.

Usage::

    python benchmarks/eval_fields.py                      # every corpus, pdfplumber
    python benchmarks/eval_fields.py --engine pdfium --misses 30
    python benchmarks/eval_fields.py --corpus zugferd --direct

Each ``../shared/corpus/<name>/truth.jsonl`` (beside the repo; skipped when absent) and a set
of invoices generated with ``tests/pdfgen.py`` are run through ``pdfkit_nb.extract_batch_sync``
(or, with ``--direct``, through ``parse_document`` + ``RulesExtractor`` in this process).
Scoring follows the corpus README: dates compared as dates, amounts to two decimals, strings
case- and space-folded (and stripped of punctuation at their ends: ``#BLR_1`` = ``BLR_1``,
``Inc`` = ``Inc.``). A value not found counts as a miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
for _path in (ROOT / "tests", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import pdfkit_nb  # noqa: E402

#: Issue #4's targets, for every real corpus.
TARGET_MEAN, TARGET_FIELD, TARGET_TOTAL = 0.85, 0.70, 0.90
TOTAL_FIELDS = {"total", "amount", "total_gross", "grand_total", "total_amount"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


@dataclass
class Corpus:
    name: str
    files: list[Path]
    truth: list[dict[str, Any]]  # one dict per file, in the same order
    fields: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- loading


def shared_corpora(only: str | None) -> list[Corpus]:
    if not SHARED_CORPUS.is_dir():
        print(f"(no development corpus at {SHARED_CORPUS}: skipping the real corpora)")
        return []
    out = []
    for truth_file in sorted(SHARED_CORPUS.glob("*/truth.jsonl")):
        name = truth_file.parent.name
        if only and only != name:
            continue
        files, truth, names = [], [], {}
        for line in truth_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            path = truth_file.parent / "pdfs" / row["file"]
            if not path.exists():
                continue
            files.append(path)
            truth.append(row["fields"])
            names.update(dict.fromkeys(row["fields"]))
        if files:
            out.append(Corpus(name, files, truth, list(names)))
    return out


def generated_corpus(n: int, seed: int) -> Corpus | None:
    try:
        import pdfgen
    except ImportError:
        print("(tests/pdfgen.py not available: skipping the generated set)")
        return None
    directory = ROOT / "benchmarks" / "out" / f"eval_generated_n{n}_s{seed}"
    manifest = directory / "truth.json"
    if manifest.exists():
        saved = json.loads(manifest.read_text())
        files = [directory / name for name in saved["files"]]
        if all(f.exists() for f in files):
            return Corpus("generated", files, saved["truth"], saved["fields"])
    directory.mkdir(parents=True, exist_ok=True)
    print(f"generating {n} invoices in {directory} ...", flush=True)
    made = pdfgen.make_corpus(directory, n, seed=seed)
    truth = [{k: _jsonable(v) for k, v in t.items() if v is not None} for _, t in made]
    names = list(dict.fromkeys(k for t in truth for k in t))
    files = [p for p, _ in made]
    manifest.write_text(
        json.dumps({"files": [p.name for p in files], "truth": truth, "fields": names})
    )
    return Corpus("generated", files, truth, names)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# ---------------------------------------------------------------- running


def run_api(corpus: Corpus, engine: str) -> list[dict[str, Any]]:
    df = pdfkit_nb.extract_batch_sync(
        [str(p) for p in corpus.files], corpus.fields, progress=None, engine=engine
    )
    rows = []
    for _, row in df.iterrows():
        rows.append({name: _plain(row[name]) for name in corpus.fields})
    return rows


def run_direct(corpus: Corpus, engine: str) -> list[dict[str, Any]]:
    from pdfkit_nb.errors import FileError
    from pdfkit_nb.extractors.rules import RulesExtractor
    from pdfkit_nb.fields import resolve_fields
    from pdfkit_nb.pdf import parse_document

    specs = resolve_fields(corpus.fields)
    extractor = RulesExtractor()
    rows = []
    for path in corpus.files:
        try:
            doc = parse_document(path.read_bytes(), engine=engine)
        except FileError:
            rows.append(dict.fromkeys(corpus.fields))
            continue
        found = extractor.extract(doc, specs)
        rows.append({k: (v.value if v is not None else None) for k, v in found.items()})
    return rows


def _plain(value: Any) -> Any:
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
        if isinstance(value, pd.Timestamp):
            return value.date()
    except (TypeError, ValueError):
        pass
    return value


# ---------------------------------------------------------------- scoring


def field_kind(values: Iterable[Any]) -> str:
    """``date``, ``amount`` or ``text``, from a field's expected values in the truth file."""
    vals = [v for v in values if v is not None]
    if vals and all(isinstance(v, str) and _ISO.match(v) for v in vals):
        return "date"
    numeric = all(isinstance(v, (int, float)) or _NUMBER.match(str(v)) for v in vals)
    if vals and numeric and any(isinstance(v, float) or "." in str(v) for v in vals):
        return "amount"
    return "text"


def normalise(value: Any, kind: str) -> Any:
    """The comparable form of a value: a date, a two-decimal string, or folded text."""
    if value is None:
        return None
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return ("unparsed", str(value))
    if kind == "amount":
        try:
            return f"{float(value):.2f}"
        except (TypeError, ValueError):
            return ("unparsed", str(value))
    text = " ".join(str(value).casefold().split())
    return text.strip(" .,;:#-") or None


@dataclass
class Score:
    hits: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.hits.get(name, 0) / self.counts[name] if self.counts.get(name) else float("nan")

    @property
    def mean(self) -> float:
        return statistics.mean(self.accuracy(n) for n in self.counts)


def score(corpus: Corpus, got: list[dict[str, Any]]) -> Score:
    kinds = {n: field_kind(t.get(n) for t in corpus.truth) for n in corpus.fields}
    out = Score()
    for path, expected, found in zip(corpus.files, corpus.truth, got, strict=True):
        for name, want in expected.items():
            if want is None:
                continue
            kind = kinds[name]
            ok = normalise(want, kind) == normalise(found.get(name), kind)
            out.counts[name] = out.counts.get(name, 0) + 1
            out.hits[name] = out.hits.get(name, 0) + ok
            if not ok:
                out.misses.append((path.name, name, want, found.get(name)))
    return out


# ---------------------------------------------------------------- report


def report(corpus: Corpus, result: Score, seconds: float, misses: int) -> list[str]:
    print(f"\n== {corpus.name}: {len(corpus.files)} files, {seconds:.1f}s")
    width = max(len(n) for n in result.counts) + 2
    for name in corpus.fields:
        if name in result.counts:
            acc = result.accuracy(name)
            print(
                f"   {name:<{width}} {acc:6.3f}  ({result.hits.get(name, 0)}/{result.counts[name]})"
            )
    print(f"   {'mean':<{width}} {result.mean:6.3f}")
    failed = []
    if corpus.name != "generated":
        if result.mean < TARGET_MEAN:
            failed.append(f"{corpus.name}: mean {result.mean:.3f} < {TARGET_MEAN}")
        for name in result.counts:
            acc = result.accuracy(name)
            target = TARGET_TOTAL if name in TOTAL_FIELDS else TARGET_FIELD
            if acc < target:
                failed.append(f"{corpus.name}: {name} {acc:.3f} < {target}")
    if result.misses and misses:
        print(f"   misses (first {min(misses, len(result.misses))} of {len(result.misses)}):")
        for file, name, want, found in result.misses[:misses]:
            print(f"     {file[:48]:<48} {name:<16} expected {want!r:<28} got {found!r}")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("pdfplumber", "pdfium"), default="pdfplumber")
    parser.add_argument("--corpus", help="only this corpus (a folder name, or 'generated')")
    parser.add_argument("--misses", type=int, default=10, help="misses to list per corpus")
    parser.add_argument("--generated", type=int, default=60, help="generated invoices (0: none)")
    parser.add_argument("--seed", type=int, default=4, help="seed of the generated set")
    parser.add_argument(
        "--direct", action="store_true", help="parse and extract in-process, not via the API"
    )
    args = parser.parse_args(argv)

    direct = args.direct or not hasattr(pdfkit_nb, "extract_batch_sync")
    corpora = shared_corpora(args.corpus if args.corpus != "generated" else "-")
    if args.generated and args.corpus in (None, "generated"):
        gen = generated_corpus(args.generated, args.seed)
        if gen is not None:
            corpora.append(gen)
    if not corpora:
        print("nothing to evaluate")
        return 0
    how = "parse_document + RulesExtractor" if direct else "extract_batch_sync"
    print(f"engine={args.engine}, via {how}")
    failed: list[str] = []
    means = {}
    for corpus in corpora:
        started = time.perf_counter()
        got = (run_direct if direct else run_api)(corpus, args.engine)
        result = score(corpus, got)
        failed += report(corpus, result, time.perf_counter() - started, args.misses)
        means[corpus.name] = result.mean
    print("\n== summary (mean field accuracy)")
    for name, mean in means.items():
        print(f"   {name:<20} {mean:.3f}")
    if failed:
        print("   below issue #4 targets: " + "; ".join(failed))
    else:
        print("   all issue #4 targets met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
