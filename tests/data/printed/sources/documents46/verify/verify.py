#!/usr/bin/env python3
"""Verify set46.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Polish sort-code digit, Portuguese NIB
   key and South African VAT number (Luhn) implemented here, NZBN as GS1/EAN-13).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats; names and ids are matched as printed, whitespace-normalised).
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

from stdnum import ean, iban, luhn
from stdnum.au import abn as au_abn
from stdnum.ca import bn as ca_bn
from stdnum.ch import uid as ch_uid
from stdnum.cz import dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn as kr_brn
from stdnum.nl import vat as nl_vat
from stdnum.no import kontonr as no_kontonr, orgnr as no_orgnr
from stdnum.nz import ird as nz_ird
from stdnum.pl import nip as pl_nip
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not in stdnum
def pl_iban_valid(x):
    """Polish IBAN: ISO 13616 plus the sort-code check digit (8th digit of the bank code)."""
    s = iban.compact(x)
    sort = s[4:12]
    w = [3, 9, 7, 1, 3, 9, 7]
    return iban.is_valid(s) and int(sort[7]) == (10 - sum(int(a) * b for a, b in zip(sort[:7], w)) % 10) % 10


def pt_iban_nib_valid(x):
    s = iban.compact(x)
    nib = s[4:]
    return iban.is_valid(s) and len(nib) == 21 and int(nib[19:]) == 98 - (int(nib[:19]) * 100) % 97


def za_vat_valid(x):
    """South African VAT number: 10 digits starting with 4, Luhn check digit."""
    d = re.sub(r"\s", "", x)
    return len(d) == 10 and d.startswith("4") and luhn.is_valid(d)


V = {
    "iban": iban.is_valid, "iban_pl": pl_iban_valid, "iban_pt": pt_iban_nib_valid, "de_vat": de_vat.is_valid,
    "fr_siret": fr_siret.is_valid, "fr_tva": fr_tva.is_valid, "gb_vat": gb_vat.is_valid, "nl_vat": nl_vat.is_valid,
    "it_iva": it_iva.is_valid, "ie_vat": ie_vat.is_valid, "es_cif": es_cif.is_valid, "pt_nif": pt_nif.is_valid,
    "in_gstin": in_gstin.is_valid, "se_orgnr": se_orgnr.is_valid, "sg_uen": sg_uen.is_valid, "no_orgnr": no_orgnr.is_valid,
    "no_kontonr": no_kontonr.is_valid, "au_abn": au_abn.is_valid, "nz_ird": nz_ird.is_valid, "nzbn": ean.is_valid,
    "ca_bn": ca_bn.is_valid, "pl_nip": pl_nip.is_valid, "cz_ico": cz_dic.is_valid, "cz_dic": cz_dic.is_valid,
    "gr_vat": gr_vat.is_valid, "tr_vkn": tr_vkn.is_valid, "jp_invoice": lambda x: x.startswith("T") and jp_cn.is_valid(x[1:]),
    "za_vat": za_vat_valid, "kr_brn": kr_brn.is_valid, "ch_uid": ch_uid.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s46_01_hotel_folio_de.pdf": [("iban", "DE57 7015 0000 0084 1726 39"), ("de_vat", "DE294817367")],
    "s46_02_addition_brasserie_fr.pdf": [("fr_siret", "482 716 396 00015"), ("fr_tva", "FR19482716396")],
    "s46_03_taxi_receipt_uk.pdf": [("gb_vat", "GB 284 7193 26")],
    "s46_04_parkeerbon_nl.pdf": [("nl_vat", "NL861472901B01")],
    "s46_05_biglietto_treno_it.pdf": [("it_iva", "03184720153"), ("it_iva", "04172830582")],
    "s46_06_eticket_receipt_us.pdf": [],
    "s46_07_car_rental_invoice_ie.pdf": [("ie_vat", "IE6384172E"), ("iban", "IE81 BOFI 9014 9248 1735 26")],
    "s46_08_ticket_gasolinera_es.pdf": [("es_cif", "B86472156")],
    "s46_09_fatura_agencia_viagens_pt.pdf": [("pt_nif", "514827360"), ("pt_nif", "509182739"),
                                             ("iban_pt", "PT50 0033 0000 4528 1736 4929 8")],
    "s46_10_hotel_tax_invoice_in.pdf": [("in_gstin", "29AAHCK4827M1ZX"), ("in_gstin", "27AABCV4182K1Z0")],
    "s46_11_expense_report_us.pdf": [],
    "s46_12_reserakning_se.pdf": [("se_orgnr", "556918-4723")],
    "s46_13_corporate_card_statement_sg.pdf": [("sg_uen", "201731846M")],
    "s46_14_ferjebillett_no.pdf": [("no_orgnr", "918 472 630"), ("no_kontonr", "1506.48.27399")],
    "s46_15_group_invoice_conference_hotel_au.pdf": [("au_abn", "91 614 827 391")],
    "s46_16_coworking_invoice_nz.pdf": [("nz_ird", "94-718-368"), ("nzbn", "9429047182639")],
    "s46_17_restaurant_bill_ca.pdf": [("ca_bn", "784129363 RT0001")],
    "s46_18_faktura_autostrada_pl.pdf": [("pl_nip", "527-184-63-90"), ("pl_nip", "9518274634"),
                                         ("iban_pl", "PL25 1090 1841 0000 0001 4827 3916")],
    "s46_19_taxi_uctenka_cz.pdf": [("cz_ico", "27481638"), ("cz_dic", "CZ27481638")],
    "s46_20_taxfree_form_gr.pdf": [("gr_vat", "098417367")],
    "s46_21_transfer_fatura_tr.pdf": [("tr_vkn", "4817263950")],
    "s46_22_hotel_ryoshusho_jp.pdf": [("jp_invoice", "T8010001184726")],
    "s46_23_hotel_folio_za.pdf": [("za_vat", "4817263959"), ("za_vat", "4270184635")],
    "s46_24_ktx_receipt_kr.pdf": [("kr_brn", "214-81-73005")],
    "s46_25_spesenabrechnung_ch.pdf": [("ch_uid", "CHE-284.716.016"), ("iban", "CH74 0070 0110 0048 2716 3")],
}

TWO_PAGES = ["s46_01_hotel_folio_de.pdf", "s46_09_fatura_agencia_viagens_pt.pdf", "s46_11_expense_report_us.pdf",
             "s46_13_corporate_card_statement_sg.pdf", "s46_15_group_invoice_conference_hotel_au.pdf",
             "s46_23_hotel_folio_za.pdf"]
PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in TWO_PAGES})
MAX_KB = 175

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "s46_01_hotel_folio_de.pdf": ["total", "deposit_paid", "balance_due"],
    "s46_09_fatura_agencia_viagens_pt.pdf": ["agency_fee", "vat_amount", "total", "advance_payment", "amount_due"],
    "s46_11_expense_report_us.pdf": ["per_diem_total", "mileage_miles", "mileage_rate", "cash_advance", "reimbursable_total"],
    "s46_13_corporate_card_statement_sg.pdf": ["new_charges", "total_amount_due", "minimum_payment"],
    "s46_15_group_invoice_conference_hotel_au.pdf": ["subtotal", "gst_amount", "total", "deposit_paid", "balance_due"],
    "s46_23_hotel_folio_za.pdf": ["total", "vat_amount", "advance_deposit", "balance_due"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s46_01_hotel_folio_de.pdf", "nights"): r"Übernachtungen\s+{v} Nächte",
    ("s46_02_addition_brasserie_fr.pdf", "covers"): r"Couverts : {v}\b",
    ("s46_12_reserakning_se.pdf", "per_diem_days"): r"Summa traktamente \({v} dagar\)",
    ("s46_16_coworking_invoice_nz.pdf", "day_pass_count"): r"Day passes: {v} days",
    ("s46_17_restaurant_bill_ca.pdf", "covers"): r"Guests: {v}\b",
    ("s46_19_taxi_uctenka_cz.pdf", "tip"): r"Spropitné:\s+{v} Kč",
    ("s46_22_hotel_ryoshusho_jp.pdf", "nights"): r"(?<!\d){v}泊",
}


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
}


# ---------------------------------------------------------------- text extraction
def norm(t):
    t = unicodedata.normalize("NFC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2007", " "), ("\u2019", "'"), ("\u2212", "-"),
                 ("\u00ad", "-"), ("\uff0d", "-"), ("\u2010", "-"), ("\u2011", "-"), ("\ufb01", "fi"), ("\ufb02", "fl")]:
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


def amount_forms(v):
    neg = v.startswith("-")
    v = v.lstrip("-")
    ip, dp = (v.split(".") + [None])[:2] if "." in v else (v, None)
    forms = set()
    for tsep in ["", ",", ".", " ", "'"]:
        g = group(ip, tsep)
        if dp is None:
            forms.add(g)
        else:
            for dsep in [".", ","]:
                if tsep and tsep == dsep:
                    continue
                forms.add(g + dsep + dp)
    if neg:
        return {p + f for f in forms for p in ("-", "- ", "-$", "-€ ", "-$ ")} | {"(" + f + ")" for f in forms}
    return forms


def date_forms(v):
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}",
         f"{y}年{mi}月{di}日", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}",
         f"{y}.{m}.{d}", f"{y}년 {mi}월 {di}일"}
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
    for f in files:
        fields = TRUTH[f]
        names |= set(fields)
        if not 8 <= len(fields) <= 10:
            errors.append(f"{f}: {len(fields)} fields (want 8-10)")
        size = (PDF_DIR / f).stat().st_size
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
    n_p2 = sum(len(v) for v in PAGE2_ONLY.values())
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  "
          f"page-2-only values: {n_p2}  identifiers checked: {n_ids}")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
