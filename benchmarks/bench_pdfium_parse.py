"""CPU cost of ``parse_pdfium`` (text only, text + words) against bare pypdfium2 text.

Run: ``python benchmarks/bench_pdfium_parse.py [--n 500] [--reps 3] [--quick]
[--baseline OLD.py]``.

Everything runs in this process on one core: each file's bytes are read once, then each
configuration parses every file; CPU seconds are ``time.process_time`` and medians of the
repetitions, which run interleaved (a b c a b c ...) so background load spreads evenly.

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
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        pdf.close()


def load_module(path: Path) -> ModuleType:
    """Another copy of ``pdf_pdfium`` (its relative imports resolve inside ``pdfkit_nb``)."""
    spec = importlib.util.spec_from_file_location("pdfkit_nb._pdfium_baseline", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def cpu_ms(fn: Callable[[bytes], Any], datas: list[bytes]) -> float:
    """CPU milliseconds for ``fn`` over every file."""
    start = time.process_time()
    for data in datas:
        fn(data)
    return (time.process_time() - start) * 1000


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
    samples: dict[str, list[float]] = {name: [] for name in configs}
    for rep in range(args.reps):
        for name, fn in configs.items():
            samples[name].append(cpu_ms(fn, datas))
        print(f"  rep {rep + 1}: " + ", ".join(f"{k} {v[-1]:.0f} ms" for k, v in samples.items()))
    medians = {name: statistics.median(v) for name, v in samples.items()}
    bare = medians["bare pypdfium2 text"]
    print(f"\n{len(datas)} files, {pages} pages; CPU medians of {args.reps} run(s)\n")
    bc.print_table(
        ["configuration", "ms/file", "ms/page", "x bare"],
        [
            [name, ms / len(datas), ms / pages, ms / bare if bare else float("nan")]
            for name, ms in medians.items()
        ],
    )
    if args.baseline:
        for kind in ("text only", "words"):
            old, new = medians[f"baseline, {kind}"], medians[f"ours, {kind}"]
            print(
                f"   {kind}: {old / len(datas):.2f} -> {new / len(datas):.2f} ms/file "
                f"({old / new:.2f}x less CPU)"
            )
    bc.save_json(
        "bench_pdfium_parse",
        {"env": env, "files": len(datas), "pages": pages, "cpu_ms": samples},
    )


if __name__ == "__main__":
    main()
