#!/usr/bin/env python3
"""Verify set42: every PDF in out/ has a real text layer on every page, and every
ground-truth value's printed form (verify/printed_forms.json) occurs in the text layer
and parses back to the truth value under the document's conventions
(verify/conventions.json: number style, numeric date order, month-name language).

Usage: python3 verify/verify.py [outdir]
Prints ALL VALUES FOUND and exits 0 when everything checks out.
"""
import json
import os
import re
import sys
import unicodedata

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "out")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2212", "-")          # minus sign -> hyphen-minus
    s = s.replace("\ufffe", "").replace("\x02", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- amounts
NUM_STYLES = {
    # style: (regex of the numeric core, grouping chars, decimal char)
    "en": (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", ",", "."),
    "de": (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", ".", ","),
    "fr": (r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", " ", ","),
    "ch": (r"\d{1,3}(?:['\u2019]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", "'\u2019", "."),
    "in": (r"\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?", ",", "."),
}


def parse_amount(printed, style):
    s = norm(printed)
    neg = False
    if re.search(r"\(\s*[^()]*\d[^()]*\)", s):
        neg = True
        s = s.replace("(", " ").replace(")", " ")
    if re.search(r"\bCR\b\s*$", s):
        neg = True
        s = re.sub(r"\bCR\b\s*$", " ", s)
    m = re.search(r"\d(?:[\d.,'\u2019 ]*\d)?", s)
    if not m:
        return None
    core = m.group(0).strip()
    before, after = s[:m.start()], s[m.end():]
    if re.search(r"\d", before + after):
        return None
    if "-" in before or "\u2013" in before:   # -$296.09, € -12,34
        neg = True
    if after.strip().startswith("-"):        # trailing minus, e.g. 12,34-
        neg = True
    rx, group, dec = NUM_STYLES[style]
    if not re.fullmatch(rx, core):
        return None
    for g in group:
        core = core.replace(g, "")
    core = core.replace(dec, ".")
    return ("-" if neg else "") + core


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["january february march april may june july august september october november december",
           "jan feb mar apr may jun jul aug sep oct nov dec", "- - - - - - - - sept - - -"],
    "de": ["januar februar märz april mai juni juli august september oktober november dezember",
           "jan feb mär apr mai jun jul aug sep okt nov dez", "jänner - mrz - - - - - sept - - -"],
    "fr": ["janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv févr mars avr mai juin juil août sept oct nov déc"],
    "es": ["enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "ene feb mar abr may jun jul ago sep oct nov dic", "- - - - - - - - setiembre - - -"],
    "it": ["gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "gen feb mar apr mag giu lug ago set ott nov dic"],
    "nl": ["januari februari maart april mei juni juli augustus september oktober november december",
           "jan feb mrt apr mei jun jul aug sep okt nov dec"],
    "pt": ["janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "jan fev mar abr mai jun jul ago set out nov dez"],
    "pl": ["styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
           "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
           "sty lut mar kwi maj cze lip sie wrz paź lis gru"],
    "sv": ["januari februari mars april maj juni juli augusti september oktober november december",
           "jan feb mar apr maj jun jul aug sep okt nov dec"],
    "cs": ["leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
           "ledna února března dubna května června července srpna září října listopadu prosince"],
    "tr": ["ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
           "oca şub mar nis may haz tem ağu eyl eki kas ara"],
    "ja": [], "ko": [],
}


def month_table(lang):
    table = {}
    for lang_ in {lang, "en"} if lang in ("ja", "ko") else {lang}:
        for line in MONTHS[lang_]:
            for i, w in enumerate(line.split()):
                if w != "-":
                    table.setdefault(w, i + 1)
    return table


def iso(y, m, d):
    y, m, d = int(y), int(m), int(d)
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(printed, order, lang):
    s = norm(printed)
    m = re.fullmatch(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]", s)
    if m:
        return iso(*m.groups())
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return iso(*m.groups())
    m = re.fullmatch(r"(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})\.?", s)
    if m:
        a, b, c = m.groups()
        if order == "DMY":
            return iso(c, b, a)
        if order == "MDY":
            return iso(c, a, b)
        return iso(a, b, c)
    months = month_table(lang)
    toks = re.findall(r"\d+|[^\W\d_]+", s.lower())
    mon = [months[t] for t in toks if t in months]
    nums = [t for t in toks if t.isdigit()]
    years = [n for n in nums if len(n) == 4]
    days = [n for n in nums if len(n) <= 2]
    if len(mon) == 1 and len(years) == 1 and len(days) == 1:
        return iso(years[0], mon[0], days[0])
    return None


def is_date_field(field):
    return field.endswith("_date") or field in ("period_start", "period_end") or field.endswith("_start") \
        or field.endswith("_end")


def check_value(field, truth, printed, conv):
    """Return None if printed parses back to truth, else a reason."""
    if is_date_field(field):
        got = parse_date(printed, conv["date"], conv["lang"])
        return None if got == truth else f"date parses to {got!r}"
    if re.fullmatch(r"-?\d+(?:\.\d+)?", truth):
        got = parse_amount(printed, conv["num"])
        return None if got == truth else f"amount parses to {got!r}"
    nt, np_ = norm(truth), norm(printed)
    return None if (nt == np_ or nt in np_) else "text differs"


def page_texts(path):
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def main():
    truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    printed = json.load(open(os.path.join(HERE, "printed_forms.json"), encoding="utf-8"))
    convs = json.load(open(os.path.join(HERE, "conventions.json"), encoding="utf-8"))
    pdfs = sorted(f for f in os.listdir(OUT) if f.endswith(".pdf"))
    problems = []
    nvals = 0
    for name in sorted(set(truth) - set(pdfs)):
        problems.append(f"{name}: in truth.json but not built")
    for name in pdfs:
        if name not in truth:
            problems.append(f"{name}: no ground truth")
            continue
        texts = page_texts(os.path.join(OUT, name))
        for i, t in enumerate(texts):
            if len(re.sub(r"\s", "", t)) < 40:
                problems.append(f"{name}: page {i + 1} has no real text layer ({len(t.strip())} chars)")
        full = norm(" ".join(texts))
        conv = convs[name]
        nbad = 0
        for field, tv in truth[name].items():
            nvals += 1
            if not isinstance(tv, str):
                problems.append(f"{name}: {field}: truth value is not a string")
                nbad += 1
                continue
            pf = printed.get(name, {}).get(field)
            if pf is None:
                problems.append(f"{name}: {field}: no printed form recorded")
                nbad += 1
                continue
            if norm(pf) not in full:
                problems.append(f"{name}: {field}: printed form {pf!r} not found in text layer")
                nbad += 1
                continue
            why = check_value(field, tv, pf, conv)
            if why:
                problems.append(f"{name}: {field}: {pf!r} vs truth {tv!r}: {why}")
                nbad += 1
        print(f"{'ok ' if nbad == 0 else 'BAD'} {name}: {len(texts)} page(s), {len(truth[name])} values"
              + (f", {nbad} problem(s)" if nbad else ""))
    print(f"{len(pdfs)} PDFs, {nvals} values checked")
    if problems:
        for p in problems:
            print("  - " + p)
        print(f"{len(problems)} PROBLEM(S)")
        return 1
    print("ALL VALUES FOUND")
    return 0


if __name__ == "__main__":
    sys.exit(main())
