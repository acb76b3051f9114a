#!/usr/bin/env python3
"""Verify set45.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Italian CIN, French RIB key, Polish
   sort-code digit, Portuguese NIB key, SEPA creditor id, QR-IBAN range,
   Finnish reference number, Mexican CLABE implemented here).
2. Every truth value in truth.json is found in the text of its PDF in some
   printed form (dates, amounts and numbers are rendered in the usual national
   formats; names and ids are matched as printed, whitespace-normalised).
3. Values marked as page-2-only are found on page 2 and not on page 1.
4. Page counts are as documented.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import vat as be_vat
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif, dni as es_dni
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.fr import siret as fr_siret
from stdnum.it import codicefiscale as it_cf, iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.no import kontonr as no_kontonr, orgnr as no_orgnr
from stdnum.nz import bankaccount as nz_bank
from stdnum.pl import nip as pl_nip, pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr
from stdnum.sg import uen as sg_uen
from stdnum.us import ein as us_ein, rtn as us_rtn

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not in stdnum
def _b10(s):
    return int("".join(str(int(ch, 36)) for ch in s))


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
    return iban.is_valid(s) and acct.isdigit() and int(key) == 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def pl_nrb_valid(x):
    d = re.sub(r"\s", "", x)
    sort = d[2:10]
    w = [3, 9, 7, 1, 3, 9, 7]
    sort_ok = int(sort[7]) == (10 - sum(int(a) * b for a, b in zip(sort[:7], w)) % 10) % 10
    return len(d) == 26 and iban.is_valid("PL" + d) and sort_ok


def pt_iban_nib_valid(x):
    s = iban.compact(x)
    nib = s[4:]
    return iban.is_valid(s) and len(nib) == 21 and int(nib[19:]) == 98 - (int(nib[:19]) * 100) % 97


def sepa_ci_valid(x):
    """SEPA creditor identifier: CC + 2 check digits + 3-char business code + national id (ISO 7064 mod 97-10)."""
    cc, chk, nid = x[:2], x[2:4], x[7:]
    return _b10(nid + cc + chk) % 97 == 1


def ch_qr_iban_valid(x):
    s = iban.compact(x)
    return iban.is_valid(s) and s.startswith("CH") and 30000 <= int(s[4:9]) <= 31999


def fi_viite_valid(x):
    d = re.sub(r"\s", "", x)
    w = [7, 3, 1]
    body, chk = d[:-1], int(d[-1])
    return 4 <= len(d) <= 20 and chk == (10 - sum(int(c) * w[i % 3] for i, c in enumerate(reversed(body))) % 10) % 10


def mx_clabe_valid(x):
    w = [3, 7, 1] * 6
    return (len(x) == 18 and x.isdigit()
            and int(x[17]) == (10 - sum((int(d) * w[i]) % 10 for i, d in enumerate(x[:17])) % 10) % 10)


V = {
    "iban": iban.is_valid, "iban_it": it_iban_cin_valid, "iban_fr": fr_iban_rib_valid, "iban_pt": pt_iban_nib_valid,
    "iban_ch_qr": ch_qr_iban_valid, "nrb_pl": pl_nrb_valid, "sepa_ci": sepa_ci_valid,
    "fr_siret": fr_siret.is_valid, "us_rtn": us_rtn.is_valid, "us_ein": us_ein.is_valid,
    "es_dni": es_dni.is_valid, "es_cif": es_cif.is_valid, "it_iva": it_iva.is_valid, "it_cf": it_cf.is_valid,
    "se_orgnr": se_orgnr.is_valid, "luhn": lambda x: luhn.is_valid(re.sub(r"[\s-]", "", x)),
    "dk_cvr": dk_cvr.is_valid, "no_orgnr": no_orgnr.is_valid, "no_kontonr": no_kontonr.is_valid,
    "ca_bn": ca_bn.is_valid, "au_abn": au_abn.is_valid, "at_uid": at_uid.is_valid, "pl_nip": pl_nip.is_valid,
    "pl_pesel": pl_pesel.is_valid, "cz_ico": cz_dic.is_valid, "cz_bank": cz_bank.is_valid, "pt_nif": pt_nif.is_valid,
    "fi_ytunnus": fi_ytunnus.is_valid, "fi_viite": fi_viite_valid, "be_vat": be_vat.is_valid, "ch_esr": ch_esr.is_valid,
    "nz_bank": nz_bank.is_valid, "sg_uen": sg_uen.is_valid, "jp_invoice": lambda x: x.startswith("T") and jp_cn.is_valid(x[1:]),
    "mx_rfc": lambda x: mx_rfc.is_valid(x, validate_check_digits=True), "mx_curp": mx_curp.is_valid, "mx_clabe": mx_clabe_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s45_01_business_rates_bill.pdf": [],
    "s45_02_gebuehrenbescheid_bau.pdf": [("iban", "DE04 7605 0101 0008 4712 63")],
    "s45_03_avis_frais_inscription.pdf": [("iban_fr", "FR76 1007 1310 0000 0010 4827 685"), ("fr_siret", "194 380 416 00017")],
    "s45_04_tuition_statement.pdf": [("us_rtn", "263084724")],
    "s45_05_kinderopvang_factuur.pdf": [("iban", "NL08 RABO 0341 8759 26"), ("iban", "NL75 INGB 0004 8291 73"),
                                        ("sepa_ci", "NL73ZZZ582147390000")],
    "s45_06_school_contribution_receipt.pdf": [("iban", "IE73 AIBK 9311 5241 8723 65")],
    "s45_07_tasa_modelo_791.pdf": [("es_dni", "51837264W"), ("es_cif", "Q2818472I"), ("iban", "ES75 2100 4816 7402 0014 7392")],
    "s45_08_iscrizione_scuola_musica.pdf": [("it_iva", "04938170489"), ("it_cf", "RSSGLI12T52F205B"), ("it_cf", "RSSMRC78C04D612T"),
                                            ("iban_it", "IT08 F083 2702 4000 0000 0184 726")],
    "s45_09_foreningsavgift_faktura.pdf": [("se_orgnr", "802418-7364"), ("luhn", "573-2813"), ("luhn", "20250418363")],
    "s45_10_kontingent_faktura.pdf": [("dk_cvr", "29471835"), ("luhn", "000000047182035"), ("iban", "DK55 5479 0006 1842 73")],
    "s45_11_kontingent_fagforbund.pdf": [("no_orgnr", "971 482 737"), ("no_kontonr", "1503.38.29172"), ("luhn", "2510482736")],
    "s45_12_licence_renewal_receipt.pdf": [("ca_bn", "841729361 RT0001")],
    "s45_13_conference_tax_invoice.pdf": [("au_abn", "41 118 472 936")],
    "s45_14_tradeshow_booth_invoice.pdf": [("us_rtn", "091872548"), ("us_ein", "36-4418273")],
    "s45_15_messe_standrechnung.pdf": [("at_uid", "ATU62847156"), ("at_uid", "ATU59184723"), ("iban", "AT68 2011 1828 4716 3500")],
    "s45_16_oplata_egzaminacyjna.pdf": [("pl_nip", "7241839506"), ("pl_pesel", "03281504768"),
                                        ("nrb_pl", "45 1240 6247 1111 0010 4827 3916")],
    "s45_17_soudni_poplatek.pdf": [("cz_ico", "72000104"), ("cz_bank", "3703-4618297/0710")],
    "s45_18_junta_freguesia_recibo.pdf": [("pt_nif", "506184722"), ("pt_nif", "238471608"), ("iban_pt", "PT50 0035 0418 0002 8471 9363 1")],
    "s45_19_kansalaisopisto_lasku.pdf": [("fi_ytunnus", "0218470-4"), ("fi_viite", "2 02518 47160"), ("iban", "FI20 5720 0020 4817 36")],
    "s45_20_ticket_order_confirmation.pdf": [("be_vat", "BE0447.218.005")],
    "s45_21_verein_qr_rechnung.pdf": [("iban_ch_qr", "CH47 3000 0001 2590 1334 7"), ("ch_esr", "21 00000 00000 04812 70025 02016")],
    "s45_22_dog_registration_notice.pdf": [("nz_bank", "03-1702-0481739-000")],
    "s45_23_course_fee_invoice.pdf": [("sg_uen", "201918472N")],
    "s45_24_jukoryo_seikyusho.pdf": [("jp_invoice", "T4011001048271")],
    "s45_25_recibo_colegiatura.pdf": [("mx_rfc", "CAC920814A13"), ("mx_curp", "GOHM120503HDFNRT09"), ("mx_clabe", "014180654817263952")],
}

TWO_PAGES = ["s45_02_gebuehrenbescheid_bau.pdf", "s45_04_tuition_statement.pdf", "s45_13_conference_tax_invoice.pdf",
             "s45_14_tradeshow_booth_invoice.pdf", "s45_15_messe_standrechnung.pdf", "s45_23_course_fee_invoice.pdf"]
PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in TWO_PAGES})

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "s45_02_gebuehrenbescheid_bau.pdf": ["building_permit_fee", "total", "due_date", "iban"],
    "s45_04_tuition_statement.pdf": ["pell_grant", "financial_aid_total", "amount_due"],
    "s45_13_conference_tax_invoice.pdf": ["subtotal", "gst_amount", "total"],
    "s45_14_tradeshow_booth_invoice.pdf": ["subtotal", "sales_tax", "deposit_paid", "balance_due"],
    "s45_15_messe_standrechnung.pdf": ["subtotal", "vat_amount", "total", "due_date"],
    "s45_23_course_fee_invoice.pdf": ["course_fee", "subsidy_amount", "gst_amount", "amount_payable"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s45_06_school_contribution_receipt.pdf", "student_count"): r"Number of students: {v}\b",
    ("s45_15_messe_standrechnung.pdf", "stand_area_sqm"): r"Standfläche: {v} m",
    ("s45_17_soudni_poplatek.pdf", "fee_rate"): r"\b{v} % z částky",
    ("s45_20_ticket_order_confirmation.pdf", "ticket_count"): r"Tickets \({v}\)",
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
         f"{y}年{mi}月{di}日", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}"}
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
        if size > 300 * 1024:
            errors.append(f"{f}: {size} bytes (> 300 KB)")
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
