#!/usr/bin/env python3
"""Check that every ground-truth value of set43 is really printed in its PDF.

For each PDF in out/ (or the directory given as the first argument / $OUT):
  * extract the text layer of every page with pypdfium2;
  * normalise whitespace (NBSP, narrow NBSP, thin spaces, line breaks -> one space);
  * check that each printed form from verify/printed_forms.json occurs in the text,
    and on the stated page when the layout puts the value after page 1;
  * cross-check that each printed form really denotes the truth value (digits, sign
    and, for dates, day/month/year read with the document's conventions).
Prints one line per file, details for anything missing, and finally
'ALL VALUES FOUND' when every value was found (exit status 0), else exit status 1.
"""
import json
import os
import re
import sys

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007\u2002\u2003\u200a]+")


def norm(s):
    s = s.replace("\ufffe", "").replace("\u00ad", "").replace("\u2212", "-")
    return SPACES.sub(" ", s).strip()


def page_texts(path):
    pdf = pdfium.PdfDocument(path)
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(norm(tp.get_text_range()))
            tp.close()
            page.close()
        return out
    finally:
        pdf.close()


MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
}


def parse_date(printed, conv):
    """Read a printed date with the document's conventions -> 'YYYY-MM-DD' (or None)."""
    p = norm(printed)
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", p)
    if m:
        return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", p)
    if m:
        return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", p)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if conv.get("numeric_date_order") == "MDY":
            a, b = b, a
        return "%s-%02d-%02d" % (y, b, a)
    low = p.lower()
    for lang, names in MONTHS.items():
        for i, name in enumerate(names):
            for pat in (r"(\d{1,2}) (?:de )?%s(?: de)? (\d{4})" % name,):
                m = re.fullmatch(pat, low)
                if m:
                    return "%s-%02d-%02d" % (m.group(2), i + 1, int(m.group(1)))
            m = re.fullmatch(r"%s (\d{1,2}), (\d{4})" % name, low)
            if m:
                return "%s-%02d-%02d" % (m.group(2), i + 1, int(m.group(1)))
            m = re.fullmatch(r"(\d{1,2}) %s (\d{4})" % name[:3], low)
            if m:
                return "%s-%02d-%02d" % (m.group(2), i + 1, int(m.group(1)))
    return None


def consistent(value, printed, conv):
    """Does the printed form denote the truth value? Returns an error string or None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        got = parse_date(printed, conv)
        return None if got == value else "date %r reads as %r, truth %r" % (printed, got, value)
    if re.fullmatch(r"-?\d+(\.\d+)?", value):
        dv = value.lstrip("-").replace(".", "")
        dp = re.sub(r"\D", "", printed)
        if dv != dp:
            return "digits of %r != %r" % (printed, value)
        neg_printed = bool(re.search(r"^\s*[-\u2212(]|\(\s*[\d]", printed))
        if neg_printed != value.startswith("-"):
            return "sign of %r does not match %r" % (printed, value)
        return None
    # identifiers / names: the printed form must contain the value modulo whitespace
    if norm(value) not in norm(printed):
        return "value %r not in printed form %r" % (value, printed)
    return None


def check_identifiers():
    """Validate every identifier with a check-digit scheme (needs python-stdnum)."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import fields  # noqa: E402
    try:
        import importlib
        importlib.import_module("stdnum")
    except ImportError:
        print("identifiers: python-stdnum not installed, check skipped")
        return 0
    import importlib
    bad = 0
    for f, kind, ident in fields.IDENTIFIERS:
        mod = importlib.import_module("stdnum." + kind)
        if not mod.is_valid(ident):
            bad += 1
            print("  INVALID %-8s %-18s %s" % (kind, ident, f))
    print("identifiers: %d checked, %d invalid" % (len(fields.IDENTIFIERS), bad))
    return bad


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("OUT", os.path.join(ROOT, "out"))
    with open(os.path.join(HERE, "printed_forms.json"), encoding="utf-8") as fh:
        printed = json.load(fh)
    with open(os.path.join(HERE, "conventions.json"), encoding="utf-8") as fh:
        conventions = json.load(fh)
    with open(os.path.join(ROOT, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    assert set(printed) == set(truth), "printed_forms.json and truth.json disagree on files"

    total = found = 0
    problems = 0
    for fname in sorted(printed):
        path = os.path.join(outdir, fname)
        if not os.path.exists(path):
            print("%-40s MISSING PDF" % fname)
            total += len(printed[fname])
            problems += 1
            continue
        pages = page_texts(path)
        whole = " ".join(pages)
        missing, bad = [], []
        if not whole.strip():
            print("%-40s NO TEXT LAYER" % fname)
        for field, spec in printed[fname].items():
            total += 1
            form = norm(spec["printed"])
            want_page = spec.get("page")
            if want_page:
                ok = want_page <= len(pages) and form in pages[want_page - 1]
            else:
                ok = form in whole
            if ok:
                found += 1
            else:
                where = [i + 1 for i, t in enumerate(pages) if form in t]
                missing.append("%s=%r (page %s wanted, found on %s)" % (field, spec["printed"], want_page or "any", where or "none"))
            err = consistent(truth[fname][field], spec["printed"], conventions[fname])
            if err:
                bad.append("%s: %s" % (field, err))
        n = len(printed[fname])
        status = "ok" if not missing and not bad else "FAIL"
        print("%-40s %2d page(s)  %2d/%2d found  %s" % (fname, len(pages), n - len(missing), n, status))
        for m in missing:
            print("    missing   " + m)
        for b in bad:
            print("    mismatch  " + b)
        if missing or bad:
            problems += 1

    bad_ids = check_identifiers()
    print("%d/%d values found in %d files" % (found, total, len(printed)))
    if found == total and problems == 0 and bad_ids == 0:
        print("ALL VALUES FOUND")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
