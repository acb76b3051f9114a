#!/usr/bin/env python3
"""Verify set50.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; French RIB key, Italian CIN, Polish
   bank-branch check digit, Swiss QR-IBAN range, Japanese registration number
   (T + corporate number), Swedish bankgiro / OCR, Norwegian KID and South African
   VAT numbers (Luhn) implemented or wrapped here).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats, including Indian lakh grouping, apostrophe grouping and negative
   amounts with a minus sign, in brackets or with CR; names and ids are matched
   as printed, whitespace-normalised).
3. Values marked as page-N-only are found on that page and on no other page.
4. The amounts in truth.json add up (subtotal + taxes = total, total - paid = due, ...).
5. Page counts and file sizes are as documented.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import ean, iban, luhn
from stdnum.au import abn as au_abn
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr, vat as ch_vat
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif, iban as es_iban, nif as es_nif
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.nl import btw as nl_btw
from stdnum.no import iban as no_iban, kontonr as no_kontonr, mva as no_mva
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.us import ein as us_ein, rtn as us_rtn

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not (fully) in stdnum
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


def fr_iban_rib_valid(x):
    """French IBAN: ISO 13616 plus the RIB key (97 - (89 bank + 15 branch + 3 account) mod 97), numeric accounts."""
    s = iban.compact(x)
    bank, branch, acct, key = s[4:9], s[9:14], s[14:25], s[25:27]
    return iban.is_valid(s) and int(key) == 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97


def pl_iban_valid(x):
    """Polish IBAN: ISO 13616 plus the check digit of the 8-digit bank branch number (weights 3 9 7 1 3 9 7)."""
    s = iban.compact(x)
    br = s[4:12]
    t = sum(int(c) * w for c, w in zip(br[:7], [3, 9, 7, 1, 3, 9, 7]))
    return iban.is_valid(s) and len(s) == 28 and int(br[7]) == (10 - t % 10) % 10


def cz_iban_valid(x):
    """Czech IBAN: ISO 13616 and the embedded account (prefix-number/bank code) passes the national weights."""
    s = iban.compact(x)
    bank, prefix, number = s[4:8], s[8:14].lstrip("0"), s[14:24].lstrip("0")
    acct = (prefix + "-" if prefix else "") + number + "/" + bank
    return iban.is_valid(s) and cz_bank.is_valid(acct)


def ch_qr_iban_valid(x):
    """Swiss QR-IBAN: ISO 13616 with a QR-IID (30000-31999) in place of the bank clearing number."""
    s = iban.compact(x)
    return iban.is_valid(s) and s[:2] == "CH" and 30000 <= int(s[4:9]) <= 31999


def jp_invoice_reg_valid(x):
    """Japanese qualified-invoice registration number: T + 13-digit corporate number (check digit first)."""
    return x.startswith("T") and jp_cn.is_valid(x[1:])


def luhn_digits(x):
    """Luhn (mod 10) over the digits: Swedish bankgiro and OCR reference, Norwegian KID (MOD10)."""
    return luhn.is_valid(re.sub(r"\D", "", x))


def za_vat_valid(x):
    """South African VAT registration number: 10 digits starting with 4, Luhn check digit."""
    d = re.sub(r"\D", "", x)
    return len(d) == 10 and d[0] == "4" and luhn.is_valid(d)


def nzbn_valid(x):
    """New Zealand Business Number: 13-digit GS1 global location number starting 94290."""
    return x.startswith("94290") and ean.is_valid(x)


V = {
    "iban": iban.is_valid, "iban_it": it_iban_cin_valid, "iban_fr": fr_iban_rib_valid, "iban_es": es_iban.is_valid,
    "iban_pl": pl_iban_valid, "iban_cz": cz_iban_valid, "iban_no": no_iban.is_valid, "iban_ch_qr": ch_qr_iban_valid,
    "us_rtn": us_rtn.is_valid, "us_ein": us_ein.is_valid, "de_vat": de_vat.is_valid, "gb_vat": gb_vat.is_valid,
    "fr_tva": fr_tva.is_valid, "fr_siret": fr_siret.is_valid, "es_nif": es_nif.is_valid, "es_cif": es_cif.is_valid,
    "it_iva": it_iva.is_valid, "nl_btw": nl_btw.is_valid, "br_cnpj": br_cnpj.is_valid, "pl_nip": pl_nip.is_valid,
    "se_vat": se_vat.is_valid, "se_orgnr": se_orgnr.is_valid, "luhn": luhn_digits, "no_mva": no_mva.is_valid,
    "no_kontonr": no_kontonr.is_valid, "cz_dic": cz_dic.is_valid, "cz_bank": cz_bank.is_valid,
    "jp_reg": jp_invoice_reg_valid, "ca_bn": ca_bn.is_valid, "au_abn": au_abn.is_valid, "nz_ird": nz_ird.is_valid,
    "nz_bank": nz_bank.is_valid, "nzbn": nzbn_valid, "ie_vat": ie_vat.is_valid, "in_gstin": in_gstin.is_valid,
    "in_pan": in_pan.is_valid, "za_vat": za_vat_valid, "sg_uen": sg_uen.is_valid, "ch_vat": ch_vat.is_valid,
    "ch_qrr": ch_esr.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s50_01_office_supplies_invoice_us.pdf": [("us_ein", "31-1847263"), ("us_rtn", "041204182")],
    "s50_02_rechnung_werkzeuge_de.pdf": [("de_vat", "DE384729155"), ("iban", "DE24 6645 0050 0004 1837 26")],
    "s50_03_catering_wholesale_invoice_uk.pdf": [("gb_vat", "GB 418 2736 06")],
    "s50_04_avoir_imprimerie_fr.pdf": [("fr_tva", "FR81814736294"), ("fr_siret", "814 736 294 00012"),
                                       ("fr_tva", "FR44 776 312 480"), ("iban_fr", "FR76 1780 7000 4104 1837 2651 085")],
    "s50_05_factura_arquitecta_es.pdf": [("es_nif", "47182936T"), ("es_cif", "B46182739"),
                                         ("iban_es", "ES24 2100 0817 4302 0184 7362")],
    "s50_06_fattura_alimentari_it.pdf": [("it_iva", "02184730402"), ("it_iva", "03918270400"),
                                         ("iban_it", "IT55 O053 8724 2000 0000 4182 736")],
    "s50_07_factuur_drukkerij_nl.pdf": [("nl_btw", "NL814726392B01"), ("iban", "NL50 RABO 0318 4726 59")],
    "s50_08_nfse_servicos_br.pdf": [("br_cnpj", "34.182.736/0001-40"), ("br_cnpj", "09.271.841/0001-08")],
    "s50_09_faktura_hurtownia_pl.pdf": [("pl_nip", "674-182-73-97"), ("pl_nip", "945-207-31-89"),
                                        ("iban_pl", "PL79 1140 2004 0000 4182 7364 1047")],
    "s50_10_faktura_markservice_se.pdf": [("se_vat", "SE559318274301"), ("se_orgnr", "559318-2743"),
                                          ("luhn", "541-8272"), ("luhn", "202510475")],
    "s50_11_faktura_rorlegger_no.pdf": [("no_mva", "NO 918 273 646 MVA"), ("no_kontonr", "1503.27.41832"),
                                        ("luhn", "00418202511071"), ("iban_no", "NO35 1503 2741 832")],
    "s50_12_faktura_gastro_cz.pdf": [("cz_dic", "CZ27184633"), ("cz_dic", "27184633"), ("cz_dic", "CZ08419370"),
                                     ("cz_bank", "2041827302/0100"), ("iban_cz", "CZ04 0100 0000 0020 4182 7302")],
    "s50_13_seikyusho_jp.pdf": [("jp_reg", "T7180001092847")],
    "s50_14_till_receipt_uk.pdf": [("gb_vat", "GB 294 7105 00")],
    "s50_15_sign_shop_invoice_ca.pdf": [("ca_bn", "814726394 RT0001")],
    "s50_16_electrical_tax_invoice_au.pdf": [("au_abn", "78 184 273 091")],
    "s50_17_joinery_tax_invoice_nz.pdf": [("nz_ird", "118-472-632"), ("nz_bank", "06-0501-0847218-00"),
                                          ("nzbn", "9429048127363")],
    "s50_18_facilities_invoice_ie.pdf": [("ie_vat", "IE6418273S"), ("iban", "IE89 AIBK 9311 5241 8273 60")],
    "s50_19_gst_tax_invoice_in.pdf": [("in_gstin", "27AAHCS4182R1ZJ"), ("in_gstin", "27AABCD7291K1ZA"),
                                      ("in_pan", "AAHCS4182R")],
    "s50_20_restaurant_supply_invoice_us.pdf": [("us_rtn", "072008179")],
    "s50_21_tax_credit_note_za.pdf": [("za_vat", "4182736050"), ("za_vat", "4920718360")],
    "s50_22_proforma_invoice_sg.pdf": [("sg_uen", "201518364N"), ("sg_uen", "202310478M")],
    "s50_23_business_broadband_bill_us.pdf": [],
    "s50_24_final_invoice_hk.pdf": [],
    "s50_25_rechnung_qr_ch.pdf": [("ch_vat", "CHE-418.273.634 MWST"), ("iban_ch_qr", "CH37 3080 8004 1837 2605 1"),
                                  ("ch_qrr", "21 00000 00000 04180 20251 02819")],
}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s50_02_rechnung_werkzeuge_de.pdf": 2, "s50_03_catering_wholesale_invoice_uk.pdf": 2,
              "s50_09_faktura_hurtownia_pl.pdf": 2, "s50_20_restaurant_supply_invoice_us.pdf": 3})
MAX_KB = 150

# values printed only on the last page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s50_02_rechnung_werkzeuge_de.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
    "s50_03_catering_wholesale_invoice_uk.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
    "s50_09_faktura_hurtownia_pl.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
    "s50_20_restaurant_supply_invoice_us.pdf": {"subtotal": 3, "sales_tax": 3, "total": 3, "amount_due": 3},
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s50_14_till_receipt_uk.pdf", "transaction_time"): r"Time {v}\b",
    ("s50_14_till_receipt_uk.pdf", "currency"): r"AMOUNT {v} £",
    ("s50_04_avoir_imprimerie_fr.pdf", "currency"): r"Devise\s+{v}\b",
    ("s50_22_proforma_invoice_sg.pdf", "currency"): r"(?i:currency)\s+{v}\b",
    ("s50_24_final_invoice_hk.pdf", "currency"): r"Currency\s*:\s*{v}\b",
}

# arithmetic between the truth values (Decimal; names are truth fields)
ARITH = {
    "s50_01_office_supplies_invoice_us.pdf": ["subtotal - Decimal('130.39') + Decimal('45.00') + sales_tax == total",
                                              "total - Decimal('300.00') == balance_due"],
    "s50_04_avoir_imprimerie_fr.pdf": ["subtotal + vat_amount == total"],
    "s50_05_factura_arquitecta_es.pdf": ["subtotal + vat_amount == total", "total - subtotal * Decimal('0.15') == amount_due"],
    "s50_08_nfse_servicos_br.pdf": ["total * Decimal('0.02') == iss_amount",
                                    "total - total * (Decimal('0.0465') + Decimal('0.015')) == amount_due"],
    "s50_13_seikyusho_jp.pdf": ["subtotal + tax_amount == total", "total + (186340 - 180000) == amount_due"],
    "s50_14_till_receipt_uk.pdf": ["vat_amount == ((total - Decimal('3.98')) / 6).quantize(Decimal('0.01'), ROUND_HALF_UP)"],
    "s50_15_sign_shop_invoice_ca.pdf": ["subtotal + gst_amount + pst_amount == total"],
    "s50_16_electrical_tax_invoice_au.pdf": ["subtotal + gst_amount == total", "total - Decimal('2000.00') == amount_due"],
    "s50_19_gst_tax_invoice_in.pdf": ["(subtotal + tax_amount).quantize(Decimal('1')) == total"],
    "s50_20_restaurant_supply_invoice_us.pdf": ["subtotal + Decimal('145.00') + sales_tax == total",
                                                "total - Decimal('318.40') == amount_due"],
    "s50_21_tax_credit_note_za.pdf": ["subtotal + vat_amount == total", "subtotal * Decimal('0.15') == vat_amount"],
    "s50_23_business_broadband_bill_us.pdf": ["previous_balance - Decimal('300.00') + total == amount_due"],
    "s50_24_final_invoice_hk.pdf": ["subtotal + Decimal('2850.00') == total", "total - Decimal('62295.00') == balance_due"],
}
for _f, _v in TRUTH.items():
    _tax = next((k for k in ("vat_amount", "gst_amount") if k in _v), None)
    if _f not in ARITH and _tax and "subtotal" in _v:
        ARITH[_f] = [f"subtotal + {_tax} == total"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
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
    """list of page texts; each page text joins several extractions (layout, raw, plain, pdfium)"""
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
    """Indian grouping: last three digits, then groups of two (2,39,010)."""
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
    """unsigned renderings of an amount; a negative value is matched by number_pattern with its sign"""
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
    return forms


def date_forms(v):
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}",
         f"{y}年{mi}月{di}日", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}", f"{y}.{m}.{d}", f"{y}/{m}/{d}"}
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}"}
    f |= {f"{di}. {MONTHS['de'][mi - 1]} {y}", f"{di} de {MONTHS['es'][mi - 1]} de {y}", f"{di} {MONTHS['fr'][mi - 1]} {y}"}
    return f


def candidates(value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return amount_forms(value), ("negative" if value.startswith("-") else "number")
    return {value}, "text"


def number_pattern(f, kind):
    core = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
    if kind != "negative":
        return core
    cur = r"(?:[€$£R]|EUR|CHF|R\$)?\s?"
    return (r"(?:-\s?" + cur + core + r"|\(\s?" + cur + core + r"\s?\)|" + core + r"\s?CR\b|" + cur + r"-\s?" + core + ")")


def find(value_forms, kind, text, ctx=None):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return f
            continue
        if kind in ("number", "negative"):
            pat = number_pattern(f, kind)
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
    n_ids = n_vals = n_arith = 0
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
    forbidden = {"file", "success", "error_type", "error", "pages", "sha256", "seconds", "cached", "status", "text"}
    for f in files:
        fields = TRUTH[f]
        names |= set(fields)
        if len(fields) != 10:
            errors.append(f"{f}: {len(fields)} fields (want 10)")
        if forbidden & set(fields):
            errors.append(f"{f}: reserved field names {sorted(forbidden & set(fields))}")
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
            if (kind in ("number", "negative") and len(value.lstrip("-")) <= 2 or len(value) <= 3) and not ctx:
                errors.append(f"{f}: short value {field}={value!r} needs a CONTEXT anchor")
            hit_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, ctx)]
            if not hit_pages:
                errors.append(f"{f}: {field}={value!r} not found in PDF text")
                continue
            only = PAGE_ONLY.get(f, {}).get(field)
            if only and hit_pages != [only]:
                errors.append(f"{f}: {field}={value!r} expected on page {only} only, found on pages {hit_pages}")
        for field in PAGE_ONLY.get(f, {}):
            if field not in fields:
                errors.append(f"{f}: PAGE_ONLY names unknown field {field}")
        env = {"Decimal": Decimal, "ROUND_HALF_UP": ROUND_HALF_UP}
        env.update({k: Decimal(v) for k, v in fields.items() if re.fullmatch(r"-?\d+(\.\d+)?", v)})
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}}, env)
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e})"
            if not ok:
                errors.append(f"{f}: arithmetic check failed: {expr}")
    for (f, field) in CONTEXT:
        if field not in TRUTH.get(f, {}):
            errors.append(f"{f}: CONTEXT names unknown field {field}")
    n_p = sum(len(v) for v in PAGE_ONLY.values())
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  "
          f"last-page-only values: {n_p}  identifiers checked: {n_ids}  arithmetic checks: {n_arith}  "
          f"total PDF size: {total_size / 1024:.0f} KB")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids + n_arith - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids + n_arith} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
