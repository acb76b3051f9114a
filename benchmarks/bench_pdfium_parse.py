"""CPU cost of ``parse_pdfium`` (text only, text + words) against bare pypdfium2 text.

Run: ``python benchmarks/bench_pdfium_parse.py [--n 500] [--reps 3] [--quick]
[--baseline OLD.py]``.

Everything runs in this process on one core: each file's bytes are read once, then every
file is parsed by each configuration in turn (a b c, next file, ...) so background load lands
on all of them alike. CPU time is ``time.process_time``; the table gives the median
repetition's total and, less sensitive to a busy machine, the sum of each file's best run.

* bare pypdfium2 text: ``PdfDocument(data)``, every page's ``get_textpage().get_text_range()``
  (the floor: PDFium's own text extraction, no layout work in Python).
* ours, text only: ``parse_pdfium(data, None, words=False)`` (what a callable method needs).
* ours, words: ``parse_pdfium(data, None, words=True)`` (what the rules extractor needs).

``--baseline OLD.py`` also times another copy of the module, e.g. the committed one
(``git show HEAD:pdfkit_nb/pdf_pdfium.py > /tmp/old.py``), for before/after figures from the
same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import _common as bc

from pdfkit_nb import pdf_pdfium


def bare_text(data: bytes) -> str:
    """Every page's text with pypdfium2, nothing else."""
    return "\n".join(bc.pdfium_page_texts(data))


def load_module(path: Path) -> ModuleType:
    """Another copy of ``pdf_pdfium`` (its relative imports resolve inside ``pdfkit_nb``)."""
    spec = importlib.util.spec_from_file_location("pdfkit_nb._pdfium_baseline", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def time_files(
    configs: dict[str, Callable[[bytes], Any]], datas: list[bytes], reps: int
) -> dict[str, list[list[float]]]:
    """CPU ms of every (configuration, repetition, file), interleaved file by file.

    Each file runs under every configuration before the next file starts, so a burst of
    background load lands on all configurations alike instead of on whichever ran then.
    """
    clock = time.process_time
    samples = {name: [[0.0] * len(datas) for _ in range(reps)] for name in configs}
    for rep in range(reps):
        for k, data in enumerate(datas):
            for name, fn in configs.items():
                start = clock()
                fn(data)
                samples[name][rep][k] = (clock() - start) * 1000
        print(
            f"  rep {rep + 1}: "
            + ", ".join(f"{name} {sum(v[rep]):.0f} ms" for name, v in samples.items()),
            flush=True,
        )
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bc.add_common_args(parser, n=500)
    parser.add_argument("--baseline", type=Path, help="another pdf_pdfium.py to time too")
    args = parser.parse_args()
    if args.quick:
        args.n, args.reps = min(args.n, 100), 1
    env = bc.print_header("bench_pdfium_parse: parse_pdfium CPU vs bare pypdfium2", args)
    paths, _ = bc.generated_corpus(args.n, pages=(1, 3))
    datas = [p.read_bytes() for p in paths]
    pages = bc.page_count(paths)
    configs: dict[str, Callable[[bytes], Any]] = {"bare pypdfium2 text": bare_text}
    modules = {"ours": pdf_pdfium}
    if args.baseline:
        modules = {"baseline": load_module(args.baseline), **modules}
    for label, module in modules.items():
        parse = module.parse_pdfium
        configs[f"{label}, text only"] = lambda d, p=parse: p(d, None, words=False)
        configs[f"{label}, words"] = lambda d, p=parse: p(d, None, words=True)
    for fn in configs.values():  # warm imports and caches
        fn(datas[0])
    samples = time_files(configs, datas, args.reps)
    # The median repetition's total, and the sum of each file's fastest run (less noisy).
    medians = {name: statistics.median(sum(rep) for rep in v) for name, v in samples.items()}
    best = {name: sum(min(col) for col in zip(*v, strict=True)) for name, v in samples.items()}
    bare, bare_best = medians["bare pypdfium2 text"], best["bare pypdfium2 text"]
    n = len(datas)
    print(f"\n{n} files, {pages} pages; CPU ms, median of {args.reps} run(s) (best: per file)\n")
    bc.print_table(
        ["configuration", "ms/file", "ms/page", "x bare", "best ms/file", "best x bare"],
        [
            [name, ms / n, ms / pages, ms / bare, best[name] / n, best[name] / bare_best]
            for name, ms in medians.items()
        ],
    )
    if args.baseline:
        for kind in ("text only", "words"):
            old, new = medians[f"baseline, {kind}"], medians[f"ours, {kind}"]
            old_best, new_best = best[f"baseline, {kind}"], best[f"ours, {kind}"]
            print(
                f"   {kind}: {old / n:.2f} -> {new / n:.2f} ms/file ({old / new:.2f}x less CPU; "
                f"best per file {old_best / n:.2f} -> {new_best / n:.2f}, "
                f"{old_best / new_best:.2f}x)"
            )
    bc.save_json(
        "bench_pdfium_parse",
        {"env": env, "files": n, "pages": pages, "median_ms": medians, "best_ms": best},
    )


if __name__ == "__main__":
    main()
