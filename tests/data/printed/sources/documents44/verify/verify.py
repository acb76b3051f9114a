#!/usr/bin/env python3
"""Verify set44.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; VIN, RENAVAM, FEBRABAN payment line,
   Italian CIN, French RIB key and Polish sort-code check implemented here).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats; names and ids are matched as printed, whitespace-normalised).
3. Values marked as page-N-only are found on page N and not on an earlier page.
4. Page counts are as documented.

Usage: python3 verify/verify.py [pdf_dir]   (default: out/ next to truth.json)
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from stdnum import iban, imo, luhn
from stdnum.at import uid as at_uid
from stdnum.be import ogm_vcs, vat as be_vat
from stdnum.br import cpf as br_cpf
from stdnum.ch import uid as ch_uid
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif, dni as es_dni
from stdnum.fr import siren as fr_siren, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.it import codicefiscale as it_cf, iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn as kr_brn
from stdnum.nl import btw as nl_btw
from stdnum.no import mva as no_mva
from stdnum.se import orgnr as se_orgnr, vat as se_vat

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out"
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))

# ---------------------------------------------------------------- check digits not in stdnum
_VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_valid(v):
    if len(v) != 17 or any(ch not in _VIN_TR for ch in v):
        return False
    s = sum(_VIN_TR[ch] * w for ch, w in zip(v, _VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


def renavam_valid(r):
    if not re.fullmatch(r"\d{11}", r):
        return False
    dv = (sum(int(d) * w for d, w in zip(r[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) * 10) % 11
    return r[10] == ("0" if dv == 10 else str(dv))


def _mod10(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return str((10 - tot % 10) % 10)


def febraban_line_valid(line):
    """Brazilian 'arrecadacao' payment line: 4 blocks of 11 digits + mod-10 DV, plus the general DV."""
    blocks = re.findall(r"(\d{11})-(\d)", line)
    if len(blocks) != 4 or any(_mod10(b) != dv for b, dv in blocks):
        return False
    bc = "".join(b for b, _ in blocks)
    return bc[0] == "8" and bc[2] in "67" and _mod10(bc[:3] + bc[4:]) == bc[3]


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_iban_cin_valid(x):
    s = iban.compact(x)
    cin, rest = s[4], s[5:]
    t = sum(_CIN_ODD[int(ch) if ch.isdigit() else ord(ch) - 65] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
            for i, ch in enumerate(rest))
    return iban.is_valid(s) and cin == chr(65 + t % 26)


def fr_iban_rib_valid(x):
    s = iban.compact(x)
    bank, branch, acct, key = s[4:9], s[9:14], s[14:25], s[25:27]
    return iban.is_valid(s) and int(key) == 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def pl_nrb_valid(x):
    d = re.sub(r"\s", "", x)
    sort = d[2:10]
    w = [3, 9, 7, 1, 3, 9, 7]
    sort_ok = int(sort[7]) == (10 - sum(int(a) * b for a, b in zip(sort[:7], w)) % 10) % 10
    return len(d) == 26 and iban.is_valid("PL" + d) and sort_ok


def jp_invoice_no_valid(x):
    return x.startswith("T") and jp_cn.is_valid(x[1:])


V = {
    "vin": vin_valid, "iban": iban.is_valid, "iban_it": it_iban_cin_valid, "iban_fr": fr_iban_rib_valid,
    "nrb_pl": pl_nrb_valid, "de_vat": de_vat.is_valid, "at_uid": at_uid.is_valid, "gb_vat": gb_vat.is_valid,
    "es_cif": es_cif.is_valid, "es_dni": es_dni.is_valid, "nl_btw": nl_btw.is_valid,
    "luhn": lambda x: luhn.is_valid(x.replace(" ", "")),
    "no_mva": no_mva.is_valid, "fr_siren": fr_siren.is_valid, "fr_tva": fr_tva.is_valid, "it_iva": it_iva.is_valid,
    "it_cf": it_cf.is_valid, "se_orgnr": se_orgnr.is_valid, "se_vat": se_vat.is_valid, "imo": imo.is_valid,
    "ch_uid": ch_uid.is_valid, "be_vat": be_vat.is_valid, "be_ogm": ogm_vcs.is_valid, "cz_dic": cz_dic.is_valid,
    "cz_bank": cz_bank.is_valid, "dk_cvr": dk_cvr.is_valid, "jp_invoice": jp_invoice_no_valid, "kr_brn": kr_brn.is_valid,
    "br_cpf": br_cpf.is_valid, "renavam": renavam_valid, "febraban": febraban_line_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "01_neuwagen_rechnung.pdf": [("vin", "WVWZZZCD9SW214873"), ("iban", "DE16 5005 0201 0198 4372 15"), ("de_vat", "DE284719353")],
    "02_used_car_bill_of_sale.pdf": [("vin", "2HGFC2F50KH538214")],
    "03_service_repair_order.pdf": [("vin", "1FTFW1E54MFB40672")],
    "04_reifenwechsel_rechnung.pdf": [("iban", "AT57 2011 1828 1473 6501"), ("at_uid", "ATU64183270")],
    "05_mot_certificate.pdf": [("vin", "WF05XXGC55KT41977"), ("gb_vat", "GB 562 0738 05")],
    "06_lease_statement.pdf": [("gb_vat", "GB 384 7216 32")],
    "07_alquiler_coche_factura.pdf": [("es_cif", "B86412731"), ("es_cif", "B29471836"), ("es_dni", "74829163C")],
    "08_tankpas_factuur.pdf": [("nl_btw", "NL851204673B01"), ("iban", "NL75 RABO 0318 8421 67"), ("iban", "NL68 INGB 0007 3129 84"),
                               ("luhn", "7004 3618 2451 2906"), ("luhn", "7004 3618 2451 3201"), ("luhn", "7004 3618 2451 3391")],
    "09_ev_charging_receipt.pdf": [("no_mva", "918 527 346 MVA")],
    "10_releve_telepeage.pdf": [("fr_siren", "482 173 655"), ("fr_tva", "FR38482173655"),
                                ("iban_fr", "FR76 3000 4018 3700 0148 2736 518")],
    "11_abbonamento_parcheggio.pdf": [("it_iva", "07418360157"), ("it_iva", "05291730157"),
                                      ("iban_it", "IT92 C030 6911 2040 0004 7218 365")],
    "12_mandat_karny.pdf": [("nrb_pl", "67 1020 3860 0000 7241 5518 3092")],
    "13_motor_tax_receipt.pdf": [],
    "14_insurance_renewal.pdf": [("vin", "2T3W1RFV9NC196538")],
    "15_ferry_booking.pdf": [("imo", "9318474"), ("se_orgnr", "556931-0401"), ("se_vat", "SE556931040101")],
    "16_bahn_abo_quittung.pdf": [("ch_uid", "CHE-108.473.621")],
    "17_fietslease_factuur.pdf": [("be_vat", "BE 0724.861.501"), ("be_vat", "BE 0691.372.844"),
                                  ("iban", "BE51 3630 1874 2662"), ("be_ogm", "+++010/0104/82246+++")],
    "18_fattura_moto.pdf": [("it_iva", "08624190156"), ("it_cf", "BLLMRC86L12F205R"), ("vin", "ZDMVAGEW8RB017742"),
                            ("iban_it", "IT87 H050 3420 9000 0000 0318 274")],
    "19_telematika_faktura.pdf": [("cz_dic", "CZ06148522"), ("cz_dic", "CZ27391841"), ("cz_bank", "2471839805/0800"),
                                  ("iban", "CZ74 0800 0000 0024 7183 9805")],
    "20_carsharing_invoice.pdf": [("dk_cvr", "38472917"), ("dk_cvr", "49182732"), ("iban", "DK31 5301 0004 4183 27")],
    "21_towing_invoice.pdf": [("vin", "1G1ZD5ST3HF208519")],
    "22_kostenvoranschlag_karosserie.pdf": [("vin", "WBA21AG040CN58317"), ("de_vat", "DE145620889"),
                                            ("iban", "DE87 6645 0050 0004 8172 63")],
    "23_shaken_seikyusho.pdf": [("jp_invoice", "T5804120036285")],
    "24_jeongbi_myeongseseo.pdf": [("kr_brn", "214-81-67300")],
    "25_ipva_dae.pdf": [("br_cpf", "318.472.560-07"), ("renavam", "01273849512"),
                        ("febraban", "85680000045-2 95860213202-8 50211012738-3 49512000025-4")],
}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in ["03_service_repair_order.pdf", "06_lease_statement.pdf", "08_tankpas_factuur.pdf",
                             "10_releve_telepeage.pdf", "14_insurance_renewal.pdf", "18_fattura_moto.pdf",
                             "22_kostenvoranschlag_karosserie.pdf"]})

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "03_service_repair_order.pdf": ["labour_amount", "parts_amount", "sales_tax", "total"],
    "06_lease_statement.pdf": ["excess_mileage_charge", "vat_amount", "total", "collection_date", "vat_number"],
    "08_tankpas_factuur.pdf": ["fuel_litres", "vat_amount", "total"],
    "10_releve_telepeage.pdf": ["trip_count", "toll_amount", "vat_amount", "total"],
    "14_insurance_renewal.pdf": ["premium", "monthly_payment"],
    "18_fattura_moto.pdf": ["subtotal", "vat_amount", "total"],
    "22_kostenvoranschlag_karosserie.pdf": ["parts_amount", "labour_amount", "paint_amount", "total"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("02_used_car_bill_of_sale.pdf", "model_year"): r"YEAR.{0,80}\n?\s*{v}\b",
    ("05_mot_certificate.pdf", "result"): r"\bPASS\b",
    ("10_releve_telepeage.pdf", "trip_count"): r"Nombre de trajets sur la période\s+{v}\b",
    ("12_mandat_karny.pdf", "penalty_points"): r"Punkty karne[\s\S]{0,200}?\b{v}\b",
    ("13_motor_tax_receipt.pdf", "co2_emissions"): r"CO2 emissions\s+{v} g/km",
    ("15_ferry_booking.pdf", "passengers"): r"Passengers: {v}\b",
    ("16_bahn_abo_quittung.pdf", "vat_rate"): r"{v} ?%",
    ("19_telematika_faktura.pdf", "vehicle_count"): r"vehicles in service: {v}\b",
    ("21_towing_invoice.pdf", "tow_miles"): r"TOW MILES: {v}\b",
    ("25_ipva_dae.pdf", "tax_rate"): r"\b{v} ?%",
    ("14_insurance_renewal.pdf", "collision_deductible"): r"collision or upset\s+Deductible \${v}\b",
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
}


# ---------------------------------------------------------------- text extraction
def norm(t):
    t = unicodedata.normalize("NFC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2007", " "), ("\u2019", "'"), ("\u2212", "-"),
                 ("\u00ad", "-"), ("\uff0d", "-"), ("\u2010", "-"), ("\u2011", "-")]:
        t = t.replace(a, b)
    return t


def collapse(t):
    return re.sub(r"[ \t]+", " ", t)


def page_texts(pdf):
    """list of page texts; each page text joins several extractions (layout, raw, pdfium)"""
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
    pages = []
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(pdf))
        pdfium_pages = [doc[i].get_textpage().get_text_range() for i in range(n)]
    except Exception:  # pragma: no cover - pypdfium2 optional
        pdfium_pages = [""] * n
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
    s = intpart
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def amount_forms(v):
    neg = v.startswith("-")
    v = v.lstrip("-")
    if "." in v:
        ip, dp = v.split(".")
    else:
        ip, dp = v, None
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
    res = set()
    for f in forms:
        if neg:
            res |= {"-" + f, "- " + f, "(" + f + ")", "-€ " + f, "-$" + f, "- € " + f, "-£" + f}
        else:
            res.add(f)
    return res


def date_forms(v):
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}", f"{y}.{m}.{d}",
         f"{y}/{m}/{d}", f"{y}年{mi}月{di}日", f"{y}年{m}月{d}日", f"{y}년 {mi}월 {di}일", f"{y}년 {m}월 {d}일",
         f"{di}.{mi}.{y}", f"{y}. {m}. {d}."}
    en, de = MONTHS["en"][mi - 1], MONTHS["de"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di}. {de} {y}", f"{di} {en[:3]} {y}"}
    return f


def candidates(field, value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return amount_forms(value), "number"
    return {value}, "text"


def find(value_forms, kind, text, ctx=None):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            pat = ctx.replace("{v}", re.escape(f))
            if re.search(pat, text):
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
    assert len(files) == 25, "expected 25 documents"
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
        pages = page_texts(PDF_DIR / f)
        if len(pages) != PAGES[f]:
            errors.append(f"{f}: {len(pages)} pages, expected {PAGES[f]}")
        full = "\n".join(pages)
        full_collapsed = re.sub(r"\s+", " ", full)
        # identifiers
        for scheme, ident in IDS[f]:
            n_ids += 1
            if not V[scheme](ident):
                errors.append(f"{f}: identifier {ident!r} fails {scheme} check")
            if ident not in full_collapsed and ident not in full:
                errors.append(f"{f}: identifier {ident!r} not found in text")
        # truth values
        for field, value in fields.items():
            n_vals += 1
            if not isinstance(value, str) or value != value.strip() or not value:
                errors.append(f"{f}: {field} is not a clean string")
                continue
            forms, kind = candidates(field, value)
            ctx = CONTEXT.get((f, field))
            if kind == "number" and len(value.lstrip("-")) <= 2 and not ctx:
                errors.append(f"{f}: short value {field}={value!r} needs a CONTEXT anchor")
            hit_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, ctx)]
            if not hit_pages:
                errors.append(f"{f}: {field}={value!r} not found in PDF text")
                continue
            if field in PAGE2_ONLY.get(f, []):
                if hit_pages != [2]:
                    errors.append(f"{f}: {field}={value!r} expected on page 2 only, found on pages {hit_pages}")
        for field in PAGE2_ONLY.get(f, []):
            if field not in fields:
                errors.append(f"{f}: PAGE2_ONLY names unknown field {field}")
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  identifiers checked: {n_ids}")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
