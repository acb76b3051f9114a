#!/usr/bin/env python3
"""Verify set49.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Italian CIN, Portuguese NIB key, Spanish
   social-security contribution account (CCC), Dutch payroll-tax number (RSIN
   eleven test), Hungarian tax number and giro account, Korean business
   registration number, South African PAYE reference (Luhn) implemented here).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats, including Indian lakh grouping; names and ids are matched as
   printed, whitespace-normalised).
3. Values marked as page-2-only are found on page 2 and not on page 1.
4. Page counts and file sizes are as documented.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from stdnum import iban, luhn
from stdnum.au import abn as au_abn
from stdnum.ca import bn as ca_bn
from stdnum.cn import uscc as cn_uscc
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif, iban as es_iban
from stdnum.fr import siret as fr_siret
from stdnum.gb import vat as gb_vat
from stdnum.hu import anum as hu_anum
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not in stdnum
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_iban_cin_valid(x):
    """Italian IBAN: ISO 13616 plus the national CIN letter over ABI, CAB and account."""
    s = iban.compact(x)
    cin, rest = s[4], s[5:]
    t = 0
    for i, ch in enumerate(rest):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += _IT_ODD[v] if i % 2 == 0 else v
    return iban.is_valid(s) and cin == chr(65 + t % 26)


def pt_iban_nib_valid(x):
    """Portuguese IBAN: ISO 13616 plus the NIB key (ISO 7064 mod 97-10 over bank, branch and account)."""
    s = iban.compact(x)
    nib = s[4:]
    return iban.is_valid(s) and len(nib) == 21 and int(nib[19:]) == 98 - (int(nib[:19]) * 100) % 97


def es_ccc_cotizacion_valid(x):
    """Spanish social-security contribution account (código cuenta de cotización) PP/NNNNNNN/CC:
    the control digits are (province and number) mod 97."""
    d = re.sub(r"\D", "", x)
    return len(d) == 11 and int(d[9:]) == int(d[:9]) % 97


def nl_loonheffingennummer_valid(x):
    """Dutch payroll-tax number: 9-digit RSIN (eleven test, as the BSN) + L + 2-digit sequence."""
    m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{3})\.L(\d{2})", x)
    return bool(m) and nl_bsn.is_valid("".join(m.groups()[:3]))


def hu_tax_number_valid(x):
    """Hungarian tax number (adószám) NNNNNNNN-V-CC: the first 8 digits carry the ANUM check digit."""
    m = re.fullmatch(r"(\d{8})-([1-5])-(\d{2})", x)
    return bool(m) and hu_anum.is_valid(m.group(1))


def hu_giro_valid(x):
    """Hungarian bank account (GIRO, 3 x 8 or 2 x 8 digits): check digits with weights 9, 7, 3, 1 over
    the first block and over the account part."""
    d = re.sub(r"\D", "", x)
    w = [9, 7, 3, 1]
    ok = lambda s: sum(int(c) * w[i % 4] for i, c in enumerate(s)) % 10 == 0
    return len(d) in (16, 24) and ok(d[:8]) and ok(d[8:])


def kr_brn_valid(x):
    """Korean business registration number: weights 1 3 7 1 3 7 1 3 5 plus (9th digit x 5) div 10."""
    d = [int(c) for c in re.sub(r"\D", "", x)]
    t = sum(a * b for a, b in zip(d[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5])) + d[8] * 5 // 10
    return len(d) == 10 and (10 - t % 10) % 10 == d[9]


def luhn_digits(x):
    """Luhn (mod 10) over the digits: South African PAYE reference number."""
    return luhn.is_valid(re.sub(r"\D", "", x))


V = {
    "iban": iban.is_valid, "iban_it": it_iban_cin_valid, "iban_pt": pt_iban_nib_valid, "iban_es": es_iban.is_valid,
    "gb_vat": gb_vat.is_valid, "nl_lhnr": nl_loonheffingennummer_valid, "fr_siret": fr_siret.is_valid,
    "es_cif": es_cif.is_valid, "es_ccc_cot": es_ccc_cotizacion_valid, "us_ein": us_ein.is_valid,
    "it_iva": it_iva.is_valid, "ie_vat": ie_vat.is_valid, "pt_nif": pt_nif.is_valid, "au_abn": au_abn.is_valid,
    "pl_nip": pl_nip.is_valid, "pl_regon": pl_regon.is_valid, "cz_ico": cz_dic.is_valid, "cz_dic": cz_dic.is_valid,
    "cz_bank": cz_bank.is_valid, "se_orgnr": se_orgnr.is_valid, "nz_ird": nz_ird.is_valid, "nz_bank": nz_bank.is_valid,
    "dk_cvr": dk_cvr.is_valid, "hu_tax": hu_tax_number_valid, "hu_giro": hu_giro_valid, "tr_vkn": tr_vkn.is_valid,
    "ca_bn": ca_bn.is_valid, "luhn": luhn_digits, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid,
    "sg_uen": sg_uen.is_valid, "kr_brn": kr_brn_valid, "cn_uscc": cn_uscc.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s49_01_umbrella_payslip_uk.pdf": [("gb_vat", "GB 318 4729 01")],
    "s49_02_entgeltabrechnung_de.pdf": [("iban", "DE94 6805 0101 0012 8473 61")],
    "s49_03_loonstrook_nl.pdf": [("nl_lhnr", "8524.61.008.L01"), ("iban", "NL23 INGB 0007 4182 63")],
    "s49_04_bulletin_de_paie_fr.pdf": [("fr_siret", "527 183 644 00022")],
    "s49_05_finiquito_es.pdf": [("es_cif", "B50184738"), ("es_ccc_cot", "50/1047382/90"),
                                ("iban_es", "ES34 2085 0104 3203 0184 7263")],
    "s49_06_payroll_register_us.pdf": [("us_ein", "84-3172946")],
    "s49_07_buoni_pasto_fattura_it.pdf": [("it_iva", "04182730012"), ("it_iva", "06271940014"),
                                          ("iban_it", "IT03 E030 6909 4200 0004 1827 356")],
    "s49_08_payslip_ie.pdf": [("ie_vat", "9512847T")],
    "s49_09_recibo_vencimento_pt.pdf": [("pt_nif", "518 427 366"), ("iban_pt", "PT50 0035 0417 0004 1827 3610 9")],
    "s49_10_payslip_au.pdf": [("au_abn", "45 618 472 935")],
    "s49_11_deklaracja_zus_dra_pl.pdf": [("pl_nip", "527-183-64-05"), ("pl_regon", "361847202")],
    "s49_12_vyplatni_paska_cz.pdf": [("cz_ico", "04718364"), ("cz_dic", "CZ04718364"), ("cz_bank", "2418736014/0800")],
    "s49_13_lonespecifikation_se.pdf": [("se_orgnr", "556812-4001")],
    "s49_14_contractor_invoice_nz.pdf": [("nz_ird", "129-471-808"), ("nz_bank", "12-3141-0418279-00")],
    "s49_15_udlaeg_koerselsopgoerelse_dk.pdf": [("dk_cvr", "38472615")],
    "s49_16_berszamfejtes_szamla_hu.pdf": [("hu_tax", "24187361-2-13"), ("hu_tax", "13028477-2-06"),
                                           ("hu_giro", "11700089-20418273-60000005")],
    "s49_17_ucret_bordrosu_tr.pdf": [("tr_vkn", "6128473909")],
    "s49_18_staffing_invoice_ca.pdf": [("ca_bn", "792841637 RT0001"), ("ca_bn", "810472936 RT0001")],
    "s49_19_payslip_za.pdf": [("luhn", "7418273657")],
    "s49_20_background_check_invoice_in.pdf": [("in_gstin", "29AAFCV4182P1ZI"), ("in_gstin", "36AAECN7391K1ZX"),
                                               ("in_pan", "AAFCV4182P")],
    "s49_21_pension_contribution_schedule_uk.pdf": [],
    "s49_22_relocation_invoice_sg.pdf": [("sg_uen", "201841736G"), ("sg_uen", "202017465K")],
    "s49_23_shoyo_meisaisho_jp.pdf": [],
    "s49_24_geubyeo_myeongseseo_kr.pdf": [("kr_brn", "214-86-31824")],
    "s49_25_laowu_paiqian_jiesuandan_cn.pdf": [("cn_uscc", "91320505MA1XK4T701"), ("cn_uscc", "91320594MA27LQ3R0K")],
}

TWO_PAGES = ["s49_06_payroll_register_us.pdf", "s49_11_deklaracja_zus_dra_pl.pdf", "s49_18_staffing_invoice_ca.pdf",
             "s49_20_background_check_invoice_in.pdf", "s49_21_pension_contribution_schedule_uk.pdf",
             "s49_25_laowu_paiqian_jiesuandan_cn.pdf"]
PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in TWO_PAGES})
MAX_KB = 150

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "s49_06_payroll_register_us.pdf": ["employee_count", "gross_pay", "federal_income_tax", "social_security", "medicare",
                                       "net_pay"],
    "s49_11_deklaracja_zus_dra_pl.pdf": ["insured_count", "pension_contributions", "social_insurance_total",
                                         "health_insurance", "labour_fund", "total_due"],
    "s49_18_staffing_invoice_ca.pdf": ["total_hours", "subtotal", "hst_amount", "total"],
    "s49_20_background_check_invoice_in.pdf": ["candidates", "subtotal", "igst_amount", "total"],
    "s49_21_pension_contribution_schedule_uk.pdf": ["member_count", "employee_contributions", "employer_contributions",
                                                    "total"],
    "s49_25_laowu_paiqian_jiesuandan_cn.pdf": ["headcount", "wages_total", "social_insurance", "management_fee",
                                               "vat_amount", "total"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s49_06_payroll_register_us.pdf", "employee_count"): r"Employees paid: {v}\b",
    ("s49_07_buoni_pasto_fattura_it.pdf", "voucher_count"): r"Totale buoni pasto caricati: {v}\b",
    ("s49_11_deklaracja_zus_dra_pl.pdf", "insured_count"): r"Liczba ubezpieczonych: {v}\b",
    ("s49_13_lonespecifikation_se.pdf", "overtime_hours"): r"Övertid totalt {v} tim",
    ("s49_14_contractor_invoice_nz.pdf", "hours_worked"): r"Hours worked this\s+fortnight:\s+{v} at",
    ("s49_15_udlaeg_koerselsopgoerelse_dk.pdf", "employee_number"): r"Medarbejdernr\.:\s+{v}\b",
    ("s49_15_udlaeg_koerselsopgoerelse_dk.pdf", "total_km"): r"i alt i perioden: {v} km",
    ("s49_16_berszamfejtes_szamla_hu.pdf", "headcount"): r"munkavállalói létszám: {v} fő",
    ("s49_20_background_check_invoice_in.pdf", "candidates"): r"Total candidates verified: {v}\b",
    ("s49_21_pension_contribution_schedule_uk.pdf", "member_count"): r"Members included in this schedule\s+{v}\b",
    ("s49_25_laowu_paiqian_jiesuandan_cn.pdf", "headcount"): r"派遣人数合计：{v}人",
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
}


# ---------------------------------------------------------------- text extraction
def norm(t):
    t = unicodedata.normalize("NFC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2007", " "), ("\u2019", "'"), ("\u2212", "-"),
                 ("\u00ad", "-"), ("\uff0d", "-"), ("\u2010", "-"), ("\u2011", "-"), ("\ufb01", "fi"), ("\ufb02", "fl"),
                 ("\u3000", " ")]:
        t = t.replace(a, b)
    return t


def collapse(t):
    return re.sub(r"[ \t]+", " ", t)


def page_texts(pdf):
    """list of page texts; each page text joins several extractions (layout, raw, pdfium)"""
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(pdf))
        pdfium_pages = [doc[i].get_textpage().get_text_range() for i in range(n)]
    except Exception:  # pragma: no cover - pypdfium2 optional
        pdfium_pages = [""] * n
    pages = []
    for i in range(1, n + 1):
        parts = []
        for mode in (["-layout"], ["-raw"], []):
            parts.append(subprocess.run(["pdftotext", *mode, "-f", str(i), "-l", str(i), str(pdf), "-"],
                                        capture_output=True, text=True).stdout)
        parts.append(pdfium_pages[i - 1].replace("\r\n", "\n"))
        pages.append("\n\u2063\n".join(collapse(norm(p)) for p in parts))
    return pages


# ---------------------------------------------------------------- renderings of a truth value
def group(intpart, sep):
    s, out = intpart, []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def group_in(intpart):
    """Indian grouping: last three digits, then groups of two (2,18,300)."""
    if len(intpart) <= 3:
        return intpart
    head, tail = intpart[:-3], intpart[-3:]
    out = []
    while len(head) > 2:
        out.insert(0, head[-2:])
        head = head[:-2]
    out.insert(0, head)
    return ",".join(out) + "," + tail


def amount_forms(v):
    neg = v.startswith("-")
    v = v.lstrip("-")
    ip, dp = (v.split(".") + [None])[:2] if "." in v else (v, None)
    forms = set()
    for g, seps in [(group(ip, t), (t,)) for t in ["", ",", ".", " ", "'"]] + [(group_in(ip), (",",))]:
        if dp is None:
            forms.add(g)
        else:
            for dsep in [".", ","]:
                if dsep in seps and len(ip) > 3:
                    continue
                forms.add(g + dsep + dp)
    if neg:
        return {p + f for f in forms for p in ("-", "- ", "-$", "-€ ", "-$ ")} | {"(" + f + ")" for f in forms}
    return forms


def date_forms(v):
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}",
         f"{y}年{mi}月{di}日", f"{y}년 {mi}월 {di}일", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}", f"{y}.{m}.{d}", f"{y}/{m}/{d}"}
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}"}
    return f


def candidates(value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return amount_forms(value), "number"
    return {value}, "text"


def find(value_forms, kind, text, ctx=None):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return f
            continue
        if kind == "number":
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(f) + r"(?!\d)"
        else:
            pat = re.escape(f)
        if re.search(pat, text):
            return f
        if kind == "text" and " " in f:
            # value wrapped over two lines in one of the extractions
            if re.search(r"\s+".join(re.escape(p) for p in f.split(" ")), text):
                return f
    return None


# ---------------------------------------------------------------- main
def main():
    errors = []
    n_ids = n_vals = 0
    files = sorted(TRUTH)
    if len(files) != 25:
        errors.append(f"expected 25 documents, truth.json has {len(files)}")
    if sorted(IDS) != files:
        errors.append("IDS and truth.json list different files")
    missing = [f for f in files if not (PDF_DIR / f).exists()]
    if missing:
        print("missing PDFs:", missing)
        return 1
    names = set()
    total_size = 0
    for f in files:
        fields = TRUTH[f]
        names |= set(fields)
        if len(fields) != 10:
            errors.append(f"{f}: {len(fields)} fields (want 10)")
        size = (PDF_DIR / f).stat().st_size
        total_size += size
        if size > MAX_KB * 1024:
            errors.append(f"{f}: {size} bytes (> {MAX_KB} KB)")
        pages = page_texts(PDF_DIR / f)
        if len(pages) != PAGES[f]:
            errors.append(f"{f}: {len(pages)} pages, expected {PAGES[f]}")
        full = "\n".join(pages)
        full_collapsed = re.sub(r"\s+", " ", full)
        for scheme, ident in IDS[f]:
            n_ids += 1
            if not V[scheme](ident):
                errors.append(f"{f}: identifier {ident!r} fails {scheme} check")
            if ident not in full_collapsed and ident not in full:
                errors.append(f"{f}: identifier {ident!r} not found in text")
        for field, value in fields.items():
            n_vals += 1
            if not isinstance(value, str) or value != value.strip() or not value:
                errors.append(f"{f}: {field} is not a clean string")
                continue
            forms, kind = candidates(value)
            ctx = CONTEXT.get((f, field))
            if kind == "number" and len(value.lstrip("-")) <= 2 and not ctx:
                errors.append(f"{f}: short value {field}={value!r} needs a CONTEXT anchor")
            hit_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, ctx)]
            if not hit_pages:
                errors.append(f"{f}: {field}={value!r} not found in PDF text")
                continue
            if field in PAGE2_ONLY.get(f, []) and hit_pages != [2]:
                errors.append(f"{f}: {field}={value!r} expected on page 2 only, found on pages {hit_pages}")
        for field in PAGE2_ONLY.get(f, []):
            if field not in fields:
                errors.append(f"{f}: PAGE2_ONLY names unknown field {field}")
    for (f, field) in CONTEXT:
        if field not in TRUTH.get(f, {}):
            errors.append(f"{f}: CONTEXT names unknown field {field}")
    n_p2 = sum(len(v) for v in PAGE2_ONLY.values())
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  "
          f"page-2-only values: {n_p2}  identifiers checked: {n_ids}  total PDF size: {total_size / 1024:.0f} KB")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
