#!/usr/bin/env python3
"""Verify set62 (non-Latin scripts and bilingual layouts).

1. Check-digit identifiers are valid (python-stdnum where it has a module: JP corporate number, CN USCC, TW UBN,
   KR BRN, RU INN, UA EDRPOU, BG VAT, GR VAT, IL company number, TH TIN, IN GSTIN, IBANs; own code for the
   Kazakh BIN and the Iranian national company id; IR IBAN by ISO 7064 mod 97 only, IR is not in stdnum's registry;
   SA / AE VAT numbers format only).
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after normalising:
   NFKC, bidi control marks removed, Persian / Arabic-Indic digits and separators to ASCII; dates also in the
   Japanese era, ROC, Buddhist-era Thai, Solar Hijri (Persian digits), CJK and Korean forms; RTL values also
   accepted with their hyphen-separated parts reversed; amounts with any grouping, and without decimals when .00.
3. Amounts add up (lines, tax, totals).
4. Page count 1 and A4 geometry; fonts: embedded with ToUnicode, except ReportLab's built-in CID fonts (reported).

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set62-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from stdnum import iban
from stdnum.bg import vat as bg_vat
from stdnum.cn import uscc
from stdnum.gr import vat as gr_vat
from stdnum.il import hp as il_hp
from stdnum.in_ import gstin
from stdnum.iso7064 import mod_97_10
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn as kr_brn
from stdnum.ru import inn as ru_inn
from stdnum.th import tin as th_tin
from stdnum.tw import ubn as tw_ubn
from stdnum.ua import edrpou

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set62-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def kz_bin(x):
    d = [int(c) for c in x]
    c = sum(a * b for a, b in zip(d, range(1, 12))) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
    return len(x) == 12 and c == d[11]


def ir_national_id(x):
    d = [int(c) for c in x]
    k = d[9] + 2
    r = sum((d[i] + k) * w for i, w in enumerate([29, 27, 23, 19, 17, 29, 27, 23, 19, 17])) % 11
    return len(x) == 11 and (0 if r == 10 else r) == d[10]


V = {
    "jp_cn": lambda x: jp_cn.is_valid(x[1:]) and x[0] == "T", "cn_uscc": uscc.is_valid, "tw_ubn": tw_ubn.is_valid,
    "kr_brn": kr_brn.is_valid, "ru_inn": ru_inn.is_valid, "ua_edrpou": edrpou.is_valid, "bg_vat": bg_vat.is_valid,
    "gr_vat": gr_vat.is_valid, "il_hp": il_hp.is_valid, "th_tin": th_tin.is_valid, "in_gstin": gstin.is_valid,
    "iban": iban.is_valid, "kz_bin": kz_bin, "ir_id": ir_national_id,
    "ir_iban": lambda x: mod_97_10.is_valid(x.replace(" ", "")[4:] + x.replace(" ", "")[:4]) and len(x.replace(" ", "")) == 26,
    "sa_vat": lambda x: re.fullmatch(r"3\d{13}3", x) is not None, "ae_trn": lambda x: re.fullmatch(r"100\d{12}", x) is not None,
}
IDS = {
    "01": [("jp_cn", "T2701000104825")],
    "02": [("sa_vat", "310482915700003"), ("sa_vat", "300918273600003"), ("iban", "SA97 8000 0204 6080 1607 2918")],
    "03": [("il_hp", "516283470"), ("il_hp", "515118206"), ("iban", "IL170109540000004738291")],
    "04": [("th_tin", "0105559182736"), ("th_tin", "0105538072141")],
    "05": [("in_gstin", "27AAHCK7318M1Z1"), ("in_gstin", "27AABCD4821Q1ZC")],
    "06": [("ru_inn", "7734182903"), ("ru_inn", "5036172041")],
    "07": [("kz_bin", "180540009175"), ("kz_bin", "071240015832"), ("iban", "KZ42722C000018427364")],
    "08": [("ae_trn", "100392817400003"), ("ae_trn", "100518273900003"), ("iban", "AE26 0330 0000 1092 8374 610")],
    "10": [("ua_edrpou", "43182759"), ("ua_edrpou", "36241803"), ("iban", "UA25 3052 9900 0002 6004 0510 2918 4")],
    "11": [("gr_vat", "801729347"), ("gr_vat", "099481271"), ("iban", "GR71 0110 2170 0002 1700 4183 922")],
    "12": [("iban", "EG27 0003 0011 0000 0000 2183 4729 1")],
    "13": [("tw_ubn", "53172847"), ("tw_ubn", "24186033")],
    "14": [("cn_uscc", "91310115MA1K47X8PQ"), ("cn_uscc", "91440300MA5FR2T904")],
    "15": [("bg_vat", "BG204183768"), ("bg_vat", "BG115874309"), ("iban", "BG44 UNCR 7000 1528 4619 37")],
    "16": [("iban", "GE49NB0000000472918305")],
    "18": [("ir_id", "10103847293"), ("ir_id", "10320591876"), ("ir_iban", "IR48 0120 0000 0004 1839 2018 74")],
    "20": [("kr_brn", "2148137400"), ("kr_brn", "1088615200")],
}
# line items (qty, unit price) per document, tax rate in %
LINES = {
    "01": (10, [(12, "4850"), (40, "1280"), (6, "23500"), (1, "18000")]),
    "02": (15, [(24, "185.50"), (10, "412.00"), (3, "1250.00"), (1, "380.00")]),
    "03": (18, [(16, "420.00"), (4, "1180.00"), (1, "2350.00"), (12, "38.50")]),
    "04": (7, [(150, "180.00"), (60, "220.00"), (1, "4800.00"), (10, "90.00")]),
    "05": (18, [(2500, "18.40"), (1200, "42.75"), (800, "9.60"), (1, "3500.00")]),
    "06": (22, [(18, "4350.00"), (6, "12800.00"), (1, "28500.00"), (40, "215.50")]),
    "07": (16, [(12, "38500.00"), (4, "146000.00"), (1, "95000.00")]),
    "08": (5, [(20, "86.50"), (6, "740.00"), (2, "1925.00"), (1, "450.00")]),
    "09": (10, [(30, "48500"), (12, "126000"), (1, "350000")]),
    "10": (20, [(500, "14.80"), (1200, "3.65"), (20, "412.50"), (1, "1850.00")]),
    "11": (24, [(1, "2400.00"), (16, "65.00"), (1, "480.00"), (3, "145.00")]),
    "12": (14, [(40, "265.00"), (25, "148.50"), (10, "890.00"), (1, "1200.00")]),
    "13": (5, [(24, "1850"), (10, "3260"), (1, "4500")]),
    "14": (13, [(60, "186.40"), (24, "425.00"), (8, "1380.00"), (1, "680.00")]),
    "15": (20, [(120, "8.45"), (36, "27.90"), (4, "215.00"), (1, "95.00")]),
    "16": (18, [(1, "4200.00"), (3, "850.00"), (12, "37.50"), (1, "620.00")]),
    "17": (20, [(200, "3450"), (80, "12800"), (1, "185000")]),
    "18": (10, [(40, "18500000"), (12, "46000000"), (1, "125000000")]),
    "19": (0, [(40, "385.00"), (12, "1240.00"), (1, "6800.00"), (20, "46.50")]),
    "20": (10, [(500, "3850"), (120, "18400"), (1, "1250000")]),
}
# short / bare values only accepted next to their label
CTX = {
    ("03", "invoice_number"): r"מספר\s*{v}", ("06", "invoice_number"): r"(?:№|No)\s*{v}\s+от",
    ("07", "invoice_number"): r"(?:№|No)\s*{v}\b", ("17", "invoice_number"): r"(?:№|No)\s*{v}", ("19", "currency"): r"Currency:\s*{v}",
}
NOT_AMOUNT = {"invoice_number", "vendor_tax_id", "customer_tax_id", "vendor_vat_id", "customer_vat_id", "iban",
              "po_number", "vendor_gstin", "customer_gstin", "currency"}
MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def to_jalali(g):
    """Solar Hijri date of a Gregorian date (arithmetic; 1 Farvardin 1404 = 2025-03-21, 1404 is a common year)"""
    try:
        import jdatetime
        j = jdatetime.date.fromgregorian(date=g)
        return j.year, j.month, j.day
    except ImportError:
        d = (g - date(2025, 3, 21)).days
        if not 0 <= d < 365:
            raise ValueError("outside 1404")
        for m, ln in enumerate([31] * 6 + [30] * 5 + [29], 1):
            if d < ln:
                return 1404, m, d + 1
            d -= ln


def date_forms(v):
    y, m, d = (int(x) for x in v.split("-"))
    f = {f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
         f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日",
         f"{y}년 {m}월 {d}일", f"{y}년 {m:02d}월 {d:02d}일", f"{d}-{MONTHS['en'][m - 1][:3]}-{y}",
         f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}", f"{d} {MONTHS['ru'][m - 1]} {y}", f"{d} {MONTHS['uk'][m - 1]} {y}",
         f"{d} {MONTHS['th'][m - 1]} {y + 543}", f"{y - 1911}年{m:02d}月{d:02d}日", f"{y - 1911}/{m:02d}/{d:02d}"}
    if y >= 2019:
        f.add(f"令和{y - 2018}年{m}月{d}日")
    try:
        jy, jm, jd = to_jalali(date(y, m, d))
        f.add(f"{jy}/{jm:02d}/{jd:02d}")
    except ValueError:
        pass
    return f


def group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip] + out)


def group_in(ip):
    if len(ip) <= 3:
        return ip
    head, tail, out = ip[:-3], ip[-3:], []
    while len(head) > 2:
        out.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head] + out + [tail])


def amount_forms(v):
    ip, dp = v.split(".")
    forms = set()
    for g, sep in [(group(ip, s), s) for s in ["", ",", ".", " "]] + [(group_in(ip), ",")]:
        for ds in [".", ","]:
            if ds == sep and len(ip) > 3:
                continue
            forms.add(g + ds + dp)
        if dp == "00":
            forms.add(g)
    return forms


BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"), None)
DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫", "01234567890123456789,.")


def norm(t):
    t = unicodedata.normalize("NFKC", t).translate(BIDI).translate(DIG)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2212", "-")]:
        t = t.replace(a, b)
    return re.sub(r"[ \t]+", " ", t)


NOTES, ERR = [], []


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    for line in subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]:
        cols = line.split()
        if len(cols) >= 6 and (cols[-5] != "yes" or cols[-3] != "yes"):
            if cols[0] in ("STSong-Light", "HYSMyeongJo-Medium", "Helvetica", "Helvetica-Bold"):
                NOTES.append(f"{pdf.name}: non-embedded font (ReportLab built-in) {cols[0]} {cols[2] if len(cols) > 2 else ''}")
            else:
                ERR.append(f"{pdf.name}: font without embedding or ToUnicode: {line.strip()}")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(n):
        parts = [subprocess.run(["pdftotext", *mode, "-f", str(i + 1), "-l", str(i + 1), str(pdf), "-"],
                                capture_output=True, text=True).stdout for mode in (["-layout"], ["-raw"], [])]
        parts.append(doc[i].get_textpage().get_text_range())
        pages.append("\n\u2063\n".join(norm(p) for p in parts))
    geo = [tuple(round(x, 1) for x in doc[i].get_size()) for i in range(n)]
    return pages, geo


def find(forms, kind, text, ctx=None):
    for f in sorted(forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return True
            continue
        if kind == "number":
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(f) + r"(?!\d)"
            for ch in "年月日년월일":   # LibreOffice / CJK autospace: blanks between digits and 年 月 日
                pat = pat.replace(ch, r"\s*" + ch + r"\s*")
        else:
            pat = r"\s*".join(re.escape(p) for p in norm(f).split(" "))
        if re.search(pat, text):
            return True
    return False


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def main():
    n_vals = n_ids = n_ar = n_geo = 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        if not 8 <= len(fields) <= 11 or not {"invoice_number", "invoice_date", "total", "vendor"} <= set(fields):
            ERR.append(f"{f}: field count / core fields")
        pages, geo = page_texts(pdf)
        text = "\n".join(pages)
        flat = re.sub(r"\s+", "", text)
        for g in geo:
            n_geo += 1
            if abs(g[0] - 595.3) > 1 or abs(g[1] - 841.9) > 1:
                ERR.append(f"{f}: page geometry {g}")
        if len(pages) != 1:
            ERR.append(f"{f}: {len(pages)} pages, expected 1")
        for scheme, ident in IDS.get(nn, []):
            n_ids += 1
            if not V[scheme](ident):
                ERR.append(f"{f}: {ident} fails {scheme}")
            if re.sub(r"\s+", "", ident) not in flat and not (scheme == "kr_brn"):
                ERR.append(f"{f}: identifier {ident} not in text")
        for k, v in fields.items():
            n_vals += 1
            ctx = CTX.get((nn, k))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                forms, kind = date_forms(v), "date"
            elif k not in NOT_AMOUNT and re.fullmatch(r"\d+\.\d\d", v):
                forms, kind = amount_forms(v), "number"
            else:
                forms, kind = {v}, "text"
                if "-" in v:   # RTL documents: hyphen-separated parts may come out in visual order
                    forms.add("-".join(reversed(v.split("-"))))
            if (len(v) <= 5 or re.fullmatch(r"\d{1,5}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if not find(forms, kind, text, ctx):
                ERR.append(f"{f}: {k}={v!r} not found")
        rate, lines = LINES[nn]
        sub = sum(q(n * D(p)) for n, p in lines)
        net = D(fields.get("subtotal", fields.get("net_amount")))
        tax = D(fields.get("tax_amount", "0.00"))
        for ok, what in [(sub == net, "lines = subtotal"), (q(net * rate / 100) == tax, "tax = rate x net"),
                         (net + tax == D(fields["total"]), "net + tax = total")]:
            n_ar += 1
            if not ok:
                ERR.append(f"{f}: arithmetic {what}")
    print(f"documents: {len(TRUTH)}  truth values: {n_vals}  identifiers: {n_ids}  arithmetic checks: {n_ar}  page geometries: {n_geo}")
    for note in NOTES:
        print("NOTE " + note)
    total = n_vals + n_ids + n_ar + n_geo
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        print(f"{total - len(ERR)} passed, {len(ERR)} failed")
        return 1
    print(f"{total} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_ar} arithmetic checks, {n_geo} page geometries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
