#!/usr/bin/env python3
"""Verify set63 (more non-Latin scripts and bilingual layouts).

1. Check-digit identifiers are valid (python-stdnum where it has a module: RS PIB, MK EDB, BY UNP, CY VAT, RU INN,
   JP corporate number behind the T of the invoice registration number, IBANs; everything else — PK NTN / STRN,
   BD BIN, NP PAN, LK TIN / VAT, KH VATTIN, LA / MM / ET / UZ / KG tax numbers, OM VATIN, LB VAT number — has no
   public check digit and is checked for format only).
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after normalising:
   NFKC, bidi control marks removed, Arabic-Indic / Persian / Devanagari / Bengali / Myanmar / Khmer / Lao digits and
   the Arabic thousands separator to ASCII; dates also as Levantine (آذار), Russian, Belarusian, Uzbek, English and
   CJK forms, and as the printed Bikram Sambat (NP) and Ethiopian (ET) dates; RTL values also accepted with their
   hyphen- or slash-separated parts reversed; amounts with any grouping, with three decimals (OMR) and without
   decimals when .00. Names are compared whitespace-insensitively; for the Myanmar and Khmer documents a name whose
   exact character order is not in the text layer is accepted when its base letters match (reported as NOTE).
3. The printed local-calendar dates are the correct conversions (NP Bikram Sambat, ET Ethiopian calendar).
4. Amounts add up (lines, tax, totals).
5. Page count 1 and A4 geometry (06 is A4 landscape); fonts embedded with ToUnicode, except ReportLab's built-in
   CID fonts and the unused Helvetica (reported).

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set63-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from stdnum import iban
from stdnum.by import unp as by_unp
from stdnum.cy import vat as cy_vat
from stdnum.jp import cn as jp_cn
from stdnum.mk import edb as mk_edb
from stdnum.rs import pib as rs_pib
from stdnum.ru import inn as ru_inn

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set63-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def fmt(p):
    return lambda x: re.fullmatch(p, x) is not None


V = {
    "rs_pib": rs_pib.is_valid, "mk_edb": mk_edb.is_valid, "by_unp": by_unp.is_valid, "cy_vat": cy_vat.is_valid,
    "ru_inn": ru_inn.is_valid, "jp_cn": lambda x: x[0] == "T" and jp_cn.is_valid(x[1:]), "iban": iban.is_valid,
    "lb_vat": fmt(r"\d{6}-\d{3}"), "pk_ntn": fmt(r"\d{7}-\d"), "pk_strn": fmt(r"\d{13}"),
    "bd_bin": fmt(r"\d{9}-\d{4}"), "om_vat": fmt(r"OM1\d{9}"), "uz_stir": fmt(r"[23]\d{8}"), "kh_vattin": fmt(r"[KLBE]\d{3}-\d{9}"),
    "np_pan": fmt(r"[1-6]\d{8}"), "lk_tin": fmt(r"\d{9}"), "lk_vat": fmt(r"\d{9}-7000"), "la_tin": fmt(r"\d{9}-000"),
    "et_tin": fmt(r"\d{10}"), "mm_tin": fmt(r"\d{9}"), "kg_inn": fmt(r"[02]\d{13}"),
}
IDS = {
    "01": [("rs_pib", "104827364"), ("rs_pib", "110283749")],
    "02": [("lb_vat", "318472-601"), ("lb_vat", "204817-601"), ("iban", "LB95 0999 0000 0001 0012 3456 7890")],
    "03": [("pk_ntn", "4182736-5"), ("pk_strn", "3277876154829"), ("pk_ntn", "3092817-4"), ("iban", "PK62 MEZN 0001 8401 0418 2736")],
    "04": [("bd_bin", "004182736-0103"), ("bd_bin", "000917283-0202")],
    "05": [("om_vat", "OM1100418273"), ("om_vat", "OM1100290517"), ("iban", "OM81 0180 0000 0129 9123 456")],
    "06": [("ru_inn", "7728194001"), ("ru_inn", "5029183701")],
    "07": [("by_unp", "191827364"), ("by_unp", "192547185"), ("iban", "BY66 AKBB 3012 0000 4182 7000 0000")],
    "08": [("uz_stir", "305918274"), ("uz_stir", "207318264")],
    "09": [("iban", "QA67 QNBA 0000 0000 0728 3649 1012 5")],
    "10": [("mk_edb", "МК4030018529174"), ("mk_edb", "МК4030024183760"), ("iban", "MK57 3000 0000 0418 273")],
    "11": [("kh_vattin", "K001-901827364"), ("kh_vattin", "K003-100291837")],
    "12": [("cy_vat", "10418273Z"), ("cy_vat", "10287364A"), ("iban", "CY79 0020 0195 0000 3570 0183 4729")],
    "13": [("np_pan", "601827364"), ("np_pan", "609183725")],
    "14": [("lk_tin", "114827365"), ("lk_vat", "114827365-7000"), ("lk_tin", "104918273")],
    "15": [("la_tin", "418273650-000"), ("la_tin", "309182746-000")],
    "16": [("et_tin", "0041827365"), ("et_tin", "0009182734")],
    "17": [("iban", "IQ71 NBIQ 8501 2345 6789 013")],
    "18": [("mm_tin", "104182736"), ("mm_tin", "100918273")],
    "19": [("kg_inn", "01204201810273"), ("kg_inn", "02911201610384")],
    "20": [("jp_cn", "T2011001048372")],
}
# line items (qty, unit price) per document, tax rate in %
LINES = {
    "01": (20, [(24, "1850.00"), (6, "7400.00"), (1, "12500.00")]),
    "02": (11, [(12, "145.00"), (3, "620.00"), (1, "480.00")]),
    "03": (18, [(500, "86.40"), (120, "245.00"), (1, "18500.00")]),
    "04": (15, [(40, "1250.00"), (8, "4800.00"), (1, "6500.00")]),
    "05": (5, [(40, "12.50"), (6, "86.20"), (1, "145.20")]),
    "06": (22, [(8, "12400.00"), (20, "1850.00"), (1, "9600.00")]),
    "07": (20, [(30, "42.50"), (12, "186.00"), (1, "640.00")]),
    "08": (12, [(50, "185000"), (10, "1240000"), (1, "3500000")]),
    "09": (0, [(6, "1450.00"), (20, "85.00"), (1, "2200.00")]),
    "10": (18, [(15, "2400.00"), (4, "9800.00"), (1, "6500.00")]),
    "11": (10, [(25, "38.00"), (10, "126.50"), (1, "450.00")]),
    "12": (19, [(1, "1800.00"), (6, "95.00"), (1, "240.00")]),
    "13": (13, [(10, "2450.00"), (4, "8600.00"), (1, "3500.00")]),
    "14": (18, [(60, "1450.00"), (12, "6800.00"), (1, "25000.00")]),
    "15": (10, [(20, "185000"), (5, "1450000"), (1, "2800000")]),
    "16": (15, [(100, "245.00"), (20, "1380.00"), (1, "8500.00")]),
    "17": (0, [(50, "18500"), (10, "126000"), (1, "450000")]),
    "18": (5, [(30, "42500"), (6, "385000"), (1, "650000")]),
    "19": (12, [(40, "650.00"), (8, "4200.00"), (1, "7500.00")]),
    "20": (10, [(20, "3800"), (6, "12500"), (1, "28000")]),
}
# short / bare values only accepted next to their label
CTX = {
    ("06", "invoice_number"): r"(?:№|No)\s*{v}\s+от", ("07", "invoice_number"): r"(?:№|No)\s*{v}\b",
    ("02", "currency"): r"[()]\s*{v}\s*[()]", ("09", "currency"): r"Currency[^\n]{0,30}?{v}",
}
NOT_AMOUNT = {"invoice_number", "vendor_tax_id", "customer_tax_id", "vendor_vat_id", "customer_vat_id", "iban",
              "po_number", "currency"}
LOOSE_OK = {"11", "18"}   # Khmer, Myanmar: text layer reorders / splits vowel signs
MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "be": ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"],
    "uz": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
ET_MONTHS = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"]


def to_ethiopian(g):
    """Ethiopian date (arithmetic; 1 Meskerem 2018 = 2025-09-11, every month 30 days)"""
    d = (g - date(2025, 9, 11)).days
    if not 0 <= d < 365:
        raise ValueError("outside 2018 E.C.")
    return 2018, d // 30 + 1, d % 30 + 1


def to_bs(g):
    """Bikram Sambat date: nepali_datetime if installed, else the month table of BS 2082 (1 Baisakh = 2025-04-14)"""
    try:
        import nepali_datetime
        n = nepali_datetime.date.from_datetime_date(g)
        return n.year, n.month, n.day
    except ImportError:
        d = (g - date(2025, 4, 14)).days
        for m, ln in enumerate([31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], 1):
            if d < ln:
                return 2082, m, d + 1
            d -= ln
        raise ValueError("outside 2082")


def date_forms(v):
    y, m, d = (int(x) for x in v.split("-"))
    f = {f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
         f"{y}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日",
         f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}", f"{d} {MONTHS['en'][m - 1]} {y}",
         f"{d} {MONTHS['ru'][m - 1]} {y}", f"{d} {MONTHS['be'][m - 1]} {y}", f"{y} йил {d} {MONTHS['uz'][m - 1]}",
         f"{d} {MONTHS['lev'][m - 1]} {y}", f"{y} {MONTHS['lev'][m - 1]} {d}"}
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
            forms.add(g + ds + dp + "0")          # OMR: three decimals
        if dp == "00":
            forms.add(g)
    return forms


BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"), None)
DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫०१२३४५६७८९০১২৩৪৫৬৭৮৯၀၁၂၃၄၅၆၇၈၉០១២៣៤៥៦៧៨៩໐໑໒໓໔໕໖໗໘໙",
                    "01234567890123456789,." + "0123456789" * 5)


def norm(t):
    t = unicodedata.normalize("NFKC", t).translate(BIDI).translate(DIG)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2212", "-"), ("\u3000", " ")]:
        t = t.replace(a, b)
    return re.sub(r"[ \t]+", " ", t)


def base_letters(t):
    return "".join(ch for ch in norm(t) if not ch.isspace() and unicodedata.category(ch) not in ("Mn", "Mc", "Cf"))


NOTES, ERR = [], []
CIDOK = ("HeiseiMin-W3", "HeiseiKakuGo-W5", "Helvetica")


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    for line in subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]:
        cols = line.split()
        if len(cols) >= 6 and (cols[-5] != "yes" or cols[-3] != "yes"):
            if cols[0] in CIDOK:
                NOTES.append(f"{pdf.name}: non-embedded font (ReportLab built-in) {cols[0]}")
            else:
                ERR.append(f"{pdf.name}: font without embedding or ToUnicode: {line.strip()}")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(n):
        parts = [subprocess.run(["pdftotext", *mode, "-f", str(i + 1), "-l", str(i + 1), str(pdf), "-"],
                                capture_output=True, text=True).stdout for mode in (["-layout"], ["-raw"], [])]
        parts.append(doc[i].get_textpage().get_text_range())
        pages.append([norm(p) for p in parts])
    geo = [tuple(round(x, 1) for x in doc[i].get_size()) for i in range(n)]
    return pages, geo


def find(forms, kind, parts, ctx=None):
    text = "\n\u2063\n".join(parts)
    for f in sorted(forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return True
            continue
        if kind == "number":
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(norm(f)) + r"(?!\d)"
            for ch in "年月日":
                pat = pat.replace(ch, r"\s*" + ch + r"\s*")
            pat = pat.replace(r"\ ", r"\s+")
        else:
            if re.sub(r"\s+", "", norm(f)) in [re.sub(r"\s+", "", p) for p in parts]:
                return True
            if any(re.sub(r"\s+", "", norm(f)) in re.sub(r"\s+", "", p) for p in parts):
                return True
            continue
        if re.search(pat, text):
            return True
    return False


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def main():
    n_vals = n_ids = n_ar = n_geo = n_cal = 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        if not 8 <= len(fields) <= 11 or not {"invoice_number", "invoice_date", "total", "vendor"} <= set(fields):
            ERR.append(f"{f}: field count / core fields")
        pages, geo = page_texts(pdf)
        parts = [p for pg in pages for p in pg]
        text = "\n".join(parts)
        flat = re.sub(r"\s+", "", text)
        want = (841.9, 595.3) if nn == "06" else (595.3, 841.9)
        for g in geo:
            n_geo += 1
            if abs(g[0] - want[0]) > 1 or abs(g[1] - want[1]) > 1:
                ERR.append(f"{f}: page geometry {g}")
        if len(pages) != 1:
            ERR.append(f"{f}: {len(pages)} pages, expected 1")
        for scheme, ident in IDS.get(nn, []):
            n_ids += 1
            if not V[scheme](ident):
                ERR.append(f"{f}: {ident} fails {scheme}")
            s = re.sub(r"\s+", "", ident)
            if s not in flat and "-".join(reversed(s.split("-"))) not in flat:
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
                for sep in "-/":   # RTL documents: separated parts may come out in visual order
                    if sep in v:
                        forms.add(sep.join(reversed(v.split(sep))))
            if ((len(v) <= 5 and kind != "number") or re.fullmatch(r"\d{1,5}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if find(forms, kind, parts, ctx):
                continue
            if kind == "text" and nn in LOOSE_OK and base_letters(v) in [base_letters(p) for p in parts] + [base_letters(text)]:
                NOTES.append(f"{f}: {k} found only with vowel signs / marks ignored (text-layer order of {v!r})")
                continue
            ERR.append(f"{f}: {k}={v!r} not found")
        # printed local calendars
        if nn == "13":
            for k in ("invoice_date", "due_date"):
                n_cal += 1
                y, m, d = to_bs(date.fromisoformat(fields[k]))
                if f"{y}/{m:02d}/{d:02d}" not in text:
                    ERR.append(f"{f}: Bikram Sambat date {y}/{m:02d}/{d:02d} for {k} not printed")
        if nn == "16":
            for k in ("invoice_date", "due_date"):
                n_cal += 1
                y, m, d = to_ethiopian(date.fromisoformat(fields[k]))
                if not re.search(rf"{ET_MONTHS[m - 1]}\s*{d}\s*ቀን\s*{y}", text):
                    ERR.append(f"{f}: Ethiopian date {ET_MONTHS[m - 1]} {d} ቀን {y} for {k} not printed")
        rate, lines = LINES[nn]
        sub = sum(q(n * D(p)) for n, p in lines)
        net = D(fields.get("subtotal", fields.get("net_amount")))
        tax = D(fields.get("tax_amount", "0.00"))
        for ok, what in [(sub == net, "lines = subtotal"), (q(net * rate / 100) == tax, "tax = rate x net"),
                         (net + tax == D(fields["total"]), "net + tax = total")]:
            n_ar += 1
            if not ok:
                ERR.append(f"{f}: arithmetic {what}")
    print(f"documents: {len(TRUTH)}  truth values: {n_vals}  identifiers: {n_ids}  calendar checks: {n_cal}  "
          f"arithmetic checks: {n_ar}  page geometries: {n_geo}")
    for note in NOTES:
        print("NOTE " + note)
    total = n_vals + n_ids + n_cal + n_ar + n_geo
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        print(f"{total - len(ERR)} passed, {len(ERR)} failed")
        return 1
    print(f"{total} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_cal} calendar checks, "
          f"{n_ar} arithmetic checks, {n_geo} page geometries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
