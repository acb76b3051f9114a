#!/usr/bin/env python3
"""Verify set51.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Canadian charity BN (RR program, not in
   stdnum), Japanese registration number (T + corporate number), South African VAT
   number (Luhn) and SEPA creditor identifier implemented or wrapped here).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats, including GDS dates like 15NOV25, abbreviated month names, Italian
   month names, decimal-comma / space / dot grouping and negative amounts with a
   minus sign; names and ids are matched as printed, whitespace-normalised).
3. Values marked as page-N-only are found on that page and on no other page.
4. The amounts in truth.json add up (subtotal + taxes = total, fees and tips, ...).
5. Page counts and file sizes are as documented.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import iban, luhn
from stdnum.au import abn as au_abn
from stdnum.ca import bn as ca_bn
from stdnum.cn import uscc as cn_uscc
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif, nif as es_nif
from stdnum.fi import alv as fi_alv, ytunnus as fi_ytunnus
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not (fully) in stdnum
def ca_charity_bn_valid(x):
    """Canadian registered-charity number: 9-digit BN (Luhn) + program identifier RR + 4-digit reference."""
    s = re.sub(r"\s", "", x)
    return bool(re.fullmatch(r"\d{9}RR\d{4}", s)) and luhn.is_valid(s[:9])


def jp_invoice_reg_valid(x):
    """Japanese qualified-invoice registration number: T + 13-digit corporate number (check digit first)."""
    return x.startswith("T") and jp_cn.is_valid(x[1:])


def za_vat_valid(x):
    """South African VAT registration number: 10 digits starting with 4, Luhn check digit."""
    d = re.sub(r"\D", "", x)
    return len(d) == 10 and d[0] == "4" and luhn.is_valid(d)


def sepa_ci_valid(x):
    """SEPA creditor identifier: CC + 2 check digits (ISO 7064 mod 97-10 over the national id + CC00,
    skipping the 3-character business code)."""
    s = x.replace(" ", "").upper()
    cc, chk, nat = s[:2], s[2:4], s[7:]
    n = int("".join(str(int(c, 36)) for c in nat + cc + "00"))
    return int(chk) == 98 - n % 97


V = {
    "iban": iban.is_valid, "us_ein": us_ein.is_valid, "gb_vat": gb_vat.is_valid, "ca_bn": ca_bn.is_valid,
    "ca_charity": ca_charity_bn_valid, "au_abn": au_abn.is_valid, "in_gstin": in_gstin.is_valid,
    "in_pan": in_pan.is_valid, "sg_uen": sg_uen.is_valid, "ie_vat": ie_vat.is_valid, "de_vat": de_vat.is_valid,
    "za_vat": za_vat_valid, "fr_tva": fr_tva.is_valid, "fr_siret": fr_siret.is_valid, "es_cif": es_cif.is_valid,
    "es_nif": es_nif.is_valid, "it_iva": it_iva.is_valid, "nl_btw": nl_btw.is_valid, "sepa_ci": sepa_ci_valid,
    "pt_nif": pt_nif.is_valid, "pl_nip": pl_nip.is_valid, "se_vat": se_vat.is_valid, "se_orgnr": se_orgnr.is_valid,
    "fi_alv": fi_alv.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "tr_vkn": tr_vkn.is_valid,
    "jp_reg": jp_invoice_reg_valid, "cn_uscc": cn_uscc.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s51_01_app_store_receipt_us.pdf": [],
    "s51_02_ride_receipt_us.pdf": [],
    "s51_03_print_on_demand_invoice_us.pdf": [("us_ein", "84-1827364")],
    "s51_04_marketplace_invoice_uk.pdf": [("gb_vat", "GB 382 7461 31"), ("gb_vat", "GB 294 7382 16")],
    "s51_05_refund_credit_note_uk.pdf": [("gb_vat", "GB 441 8273 11")],
    "s51_06_saas_subscription_invoice_ca.pdf": [("ca_bn", "784129363 RT0001")],
    "s51_07_donation_receipt_ca.pdf": [("ca_charity", "81847 2631 RR0001")],
    "s51_08_food_delivery_receipt_au.pdf": [("au_abn", "73 418 273 650"), ("au_abn", "37 529 184 736")],
    "s51_09_ev_charging_receipt_au.pdf": [("au_abn", "27 632 918 475")],
    "s51_10_online_course_invoice_in.pdf": [("in_gstin", "29AAFCV4182K1ZS"), ("in_pan", "AAFCV4182K")],
    "s51_11_cloud_bill_sg.pdf": [("sg_uen", "201814732W"), ("sg_uen", "202209182C")],
    "s51_12_software_licence_invoice_ie.pdf": [("ie_vat", "IE3418273UH"), ("de_vat", "DE318472657"),
                                               ("iban", "IE22 BOFI 9000 1741 8273 64")],
    "s51_13_mobile_topup_receipt_za.pdf": [("za_vat", "4729183642")],
    "s51_14_online_ticket_rechnung_de.pdf": [("de_vat", "DE294187362")],
    "s51_15_streaming_facture_fr.pdf": [("fr_tva", "FR10841726391"), ("fr_siret", "841 726 391 00011")],
    "s51_16_eticket_recibo_es.pdf": [("es_cif", "A28418275"), ("es_nif", "52418273P")],
    "s51_17_prenotazione_hotel_it.pdf": [("it_iva", "04182730152")],
    "s51_18_domein_hosting_factuur_nl.pdf": [("nl_btw", "NL851739428B01"), ("iban", "NL82 INGB 0004 1827 36"),
                                             ("sepa_ci", "NL16ZZZ841726350000")],
    "s51_19_coworking_fatura_recibo_pt.pdf": [("pt_nif", "515184276"), ("pt_nif", "218418272")],
    "s51_20_saas_faktura_pl.pdf": [("pl_nip", "527-184-73-66"), ("pl_nip", "778-418-29-38")],
    "s51_21_parkering_kvitto_se.pdf": [("se_vat", "SE559418273401"), ("se_orgnr", "559418-2734")],
    "s51_22_ruokatilaus_kuitti_fi.pdf": [("fi_alv", "FI31842737"), ("fi_ytunnus", "3184273-7")],
    "s51_23_pazaryeri_earsiv_fatura_tr.pdf": [("tr_vkn", "4182736453"), ("tr_vkn", "7730418297")],
    "s51_24_saas_seikyusho_jp.pdf": [("jp_reg", "T9011001841273")],
    "s51_25_wangyueche_fapiao_cn.pdf": [("cn_uscc", "91310115MA1K4B7Q8T"), ("cn_uscc", "91330106MA2H3K8L11")],
}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s51_11_cloud_bill_sg.pdf": 2, "s51_25_wangyueche_fapiao_cn.pdf": 2})
MAX_KB = 150

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s51_11_cloud_bill_sg.pdf": {"subtotal": 1, "gst_amount": 1, "total": 1},
    "s51_25_wangyueche_fapiao_cn.pdf": {"subtotal": 1, "tax_amount": 1, "invoice_number": 1},
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s51_01_app_store_receipt_us.pdf", "currency"): r"Amounts are in {v}\b",
    ("s51_06_saas_subscription_invoice_ca.pdf", "seats"): r"Team \(monthly\) \S {v} seats",
    ("s51_06_saas_subscription_invoice_ca.pdf", "currency"): r"\$368\.51 {v} paid",
    ("s51_11_cloud_bill_sg.pdf", "currency"): r"Currency: {v}\b",
    ("s51_16_eticket_recibo_es.pdf", "currency"): r"TOTAL\s+{v}\s+214\.09",
    ("s51_20_saas_faktura_pl.pdf", "currency"): r"Waluta: {v}\b",
    ("s51_24_saas_seikyusho_jp.pdf", "seats"): r"ユーザー数：{v}名",
    ("s51_25_wangyueche_fapiao_cn.pdf", "trip_count"): r"共{v}笔行程",
}

# arithmetic between the truth values (Decimal; names are truth fields)
ARITH = {
    "s51_01_app_store_receipt_us.pdf": ["subtotal + sales_tax == total",
                                        "(subtotal * Decimal('0.0825')).quantize(Decimal('0.01'), ROUND_HALF_UP) == sales_tax"],
    "s51_02_ride_receipt_us.pdf": ["trip_fare + Decimal('3.45') + tolls + Decimal('0.57') == subtotal",
                                   "subtotal - Decimal('5.00') + tip == total"],
    "s51_03_print_on_demand_invoice_us.pdf": [
        "subtotal - Decimal('50.10') + shipping + sales_tax == total",
        "((subtotal - Decimal('50.10') + shipping) * Decimal('0.0881')).quantize(Decimal('0.01'), ROUND_HALF_UP) == sales_tax"],
    "s51_06_saas_subscription_invoice_ca.pdf": [
        "subtotal + gst_amount + qst_amount == total",
        "(subtotal * Decimal('0.05')).quantize(Decimal('0.01'), ROUND_HALF_UP) == gst_amount",
        "(subtotal * Decimal('0.09975')).quantize(Decimal('0.01'), ROUND_HALF_UP) == qst_amount",
        "seats * Decimal('24.00') + Decimal('130.06') - Decimal('97.55') == subtotal"],
    "s51_07_donation_receipt_ca.pdf": ["total - advantage_amount == eligible_amount"],
    "s51_08_food_delivery_receipt_au.pdf": [
        "subtotal + delivery_fee + service_fee - Decimal('10.00') + tip == total",
        "((total - tip) / 11).quantize(Decimal('0.01'), ROUND_HALF_UP) == gst_amount"],
    "s51_09_ev_charging_receipt_au.pdf": [
        "subtotal + gst_amount == total", "(total / 11).quantize(Decimal('0.01'), ROUND_HALF_UP) == gst_amount",
        "(kwh_delivered * Decimal('0.62')).quantize(Decimal('0.01'), ROUND_HALF_UP) + Decimal('1.60') == total"],
    "s51_10_online_course_invoice_in.pdf": [
        "subtotal + tax_amount == total",
        "(subtotal * Decimal('0.18')).quantize(Decimal('0.01'), ROUND_HALF_UP) == tax_amount"],
    "s51_11_cloud_bill_sg.pdf": [
        "subtotal + gst_amount == total",
        "(subtotal * Decimal('0.09')).quantize(Decimal('0.01'), ROUND_HALF_UP) == gst_amount"],
    "s51_16_eticket_recibo_es.pdf": ["fare + taxes_and_fees == total"],
    "s51_17_prenotazione_hotel_it.pdf": ["(total * 10 / 110).quantize(Decimal('0.01'), ROUND_HALF_UP) == vat_amount",
                                         "Decimal('5.00') * 2 * 3 == city_tax"],
    "s51_20_saas_faktura_pl.pdf": ["subtotal + vat_amount == total", "amount_paid == total",
                                   "(subtotal * Decimal('0.23')).quantize(Decimal('0.01'), ROUND_HALF_UP) == vat_amount"],
    "s51_21_parkering_kvitto_se.pdf": ["parking_fee + service_fee == total", "service_fee / 5 == vat_amount"],
    "s51_22_ruokatilaus_kuitti_fi.pdf": ["subtotal + delivery_fee + Decimal('1.49') - Decimal('5.00') + tip == total"],
    "s51_23_pazaryeri_earsiv_fatura_tr.pdf": [
        "subtotal - discount_amount + vat_amount == total",
        "((subtotal - discount_amount) * Decimal('0.10')).quantize(Decimal('0.01'), ROUND_HALF_UP) == vat_amount"],
    "s51_24_saas_seikyusho_jp.pdf": ["subtotal + tax_amount == total",
                                     "(subtotal / 10).quantize(Decimal('1'), ROUND_DOWN) == tax_amount",
                                     "seats * 1800 + 1858 == subtotal"],
    "s51_25_wangyueche_fapiao_cn.pdf": ["subtotal + tax_amount == total",
                                        "(total / Decimal('1.09')).quantize(Decimal('0.01'), ROUND_HALF_UP) == subtotal"],
}
for _f, _v in TRUTH.items():
    _tax = next((k for k in ("vat_amount", "gst_amount", "tax_amount") if k in _v), None)
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
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
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
    f |= {f"{en[:3]} {di}, {y}", f"{d}{en[:3].upper()}{y[2:]}"}
    f |= {f"{di}. {MONTHS['de'][mi - 1]} {y}", f"{di} de {MONTHS['es'][mi - 1]} de {y}", f"{di} {MONTHS['fr'][mi - 1]} {y}",
          f"{di} {MONTHS['it'][mi - 1]} {y}"}
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
        env = {"Decimal": Decimal, "ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}
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
          f"page-only values: {n_p}  identifiers checked: {n_ids}  arithmetic checks: {n_arith}  "
          f"total PDF size: {total_size / 1024:.0f} KB")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids + n_arith - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids + n_arith} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
