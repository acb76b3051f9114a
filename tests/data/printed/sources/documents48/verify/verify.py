#!/usr/bin/env python3
"""Verify set48.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Italian CIN, French RIB key, Polish
   sort-code digit, South African VAT number (Luhn), SEPA creditor identifier,
   Finnish reference number, Norwegian KID, Swedish bankgiro/OCR (Luhn)
   implemented here).
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

from stdnum import ean, iban, luhn
from stdnum.au import abn as au_abn
from stdnum.be import iban as be_iban, ogm_vcs as be_ogm, vat as be_vat
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.cz import dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif, iban as es_iban
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.fr import accise as fr_accise, siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn as kr_brn
from stdnum.no import kontonr as no_kontonr, mva as no_mva, orgnr as no_orgnr
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.se import orgnr as se_orgnr, vat as se_vat
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
    """French IBAN: ISO 13616 plus the RIB key (bank, branch, account all numeric here)."""
    s = iban.compact(x)
    bank, branch, acct, key = s[4:9], s[9:14], s[14:25], s[25:27]
    return iban.is_valid(s) and int(key) == 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97


def za_vat_valid(x):
    """South African VAT number: 10 digits starting with 4, Luhn check digit."""
    d = re.sub(r"\s", "", x)
    return len(d) == 10 and d.startswith("4") and luhn.is_valid(d)


def sepa_ci_valid(x):
    """SEPA creditor identifier: CC + 2 check digits (ISO 7064 mod 97-10 over the national id + CC00,
    skipping the 3-character business code)."""
    s = x.replace(" ", "")
    cc, chk, nat = s[:2], s[2:4], s[7:]
    num = "".join(str(int(c, 36)) for c in nat + cc + "00")
    return int(chk) == 98 - int(num) % 97


def fi_ref_valid(x):
    """Finnish national reference number (viitenumero): weights 7, 3, 1 from the right."""
    d = re.sub(r"\s", "", x)
    w = [7, 3, 1]
    t = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(d[:-1])))
    return 4 <= len(d) <= 20 and int(d[-1]) == (10 - t % 10) % 10


def luhn_digits(x):
    """Luhn (mod 10) over the digits: Norwegian KID, Swedish bankgiro and OCR reference."""
    return luhn.is_valid(re.sub(r"\D", "", x))


V = {
    "iban": iban.is_valid, "iban_pl": pl_iban_valid, "iban_it": it_iban_cin_valid, "iban_fr": fr_iban_rib_valid,
    "iban_be": be_iban.is_valid, "iban_es": es_iban.is_valid, "gb_vat": gb_vat.is_valid, "de_vat": de_vat.is_valid,
    "sepa_ci": sepa_ci_valid, "ean": ean.is_valid, "be_vat": be_vat.is_valid, "be_ogm": be_ogm.is_valid,
    "fr_siret": fr_siret.is_valid, "fr_tva": fr_tva.is_valid, "fr_accise": fr_accise.is_valid, "es_cif": es_cif.is_valid,
    "it_iva": it_iva.is_valid, "ie_vat": ie_vat.is_valid, "br_cnpj": br_cnpj.is_valid, "au_abn": au_abn.is_valid,
    "pl_nip": pl_nip.is_valid, "pl_regon": pl_regon.is_valid, "cz_ico": cz_dic.is_valid, "cz_dic": cz_dic.is_valid,
    "se_orgnr": se_orgnr.is_valid, "se_vat": se_vat.is_valid, "luhn": luhn_digits, "nz_ird": nz_ird.is_valid,
    "nz_bank": nz_bank.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "fi_ref": fi_ref_valid, "no_orgnr": no_orgnr.is_valid,
    "no_mva": no_mva.is_valid, "no_kontonr": no_kontonr.is_valid, "tr_vkn": tr_vkn.is_valid, "ca_bn": ca_bn.is_valid,
    "za_vat": za_vat_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid, "gr_vat": gr_vat.is_valid,
    "sg_uen": sg_uen.is_valid, "jp_invoice": lambda x: x.startswith("T") and jp_cn.is_valid(x[1:]),
    "kr_brn": kr_brn.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s48_01_produce_invoice_uk.pdf": [("gb_vat", "GB 274 6193 38"), ("iban", "GB75 BARC 2032 0643 9182 70")],
    "s48_02_getraenke_rechnung_de.pdf": [("de_vat", "DE274619384"), ("iban", "DE42 3705 0198 1048 2736 15"),
                                         ("sepa_ci", "DE84ZZZ00000418273"), ("ean", "4017252001521"), ("ean", "4001162001641"),
                                         ("ean", "4021870003218"), ("ean", "4042860012041"), ("ean", "4285001007036")],
    "s48_03_factuur_brouwerij_be.pdf": [("be_vat", "BE 0461.284.785"), ("be_vat", "BE 0712.398.484"),
                                        ("iban_be", "BE65 0018 3374 6196"), ("be_ogm", "+++251/1047/38240+++")],
    "s48_04_facture_vins_fr.pdf": [("fr_siret", "418 273 652 00036"), ("fr_tva", "FR62418273652"), ("fr_tva", "FR26821473055"),
                                   ("iban_fr", "FR76 1027 8060 4200 0218 4730 160"), ("fr_accise", "FR024006E1847")],
    "s48_05_factura_subasta_lonja_es.pdf": [("es_cif", "Q2700184A"), ("es_cif", "B27418367"),
                                            ("iban_es", "ES85 2080 1147 3030 4001 8273")],
    "s48_06_merchant_statement_us.pdf": [],
    "s48_07_fattura_torrefazione_it.pdf": [("it_iva", "03184720617"), ("it_iva", "05928170363"),
                                           ("iban_it", "IT89 E030 6901 7831 0000 0018 473")],
    "s48_08_linen_rental_invoice_ie.pdf": [("ie_vat", "IE6388064V"), ("ie_vat", "IE3418296G"), ("iban", "IE71 AIBK 9320 8618 4729 03")],
    "s48_09_nfse_dedetizacao_br.pdf": [("br_cnpj", "31.847.265/0001-53"), ("br_cnpj", "42.093.718/0001-10")],
    "s48_10_catering_invoice_au.pdf": [("au_abn", "25 627 184 395")],
    "s48_11_faktura_odbior_odpadow_pl.pdf": [("pl_nip", "527-284-61-04"), ("pl_nip", "951-238-47-12"), ("pl_regon", "384172657"),
                                             ("iban_pl", "PL34 1140 2004 0000 3602 1847 3915")],
    "s48_12_danovy_doklad_velkoobchod_cz.pdf": [("cz_ico", "27418367"), ("cz_dic", "CZ27418367"), ("cz_ico", "08614377"),
                                                ("cz_dic", "CZ08614377"), ("ean", "8594007123456"), ("ean", "8591234008716"),
                                                ("ean", "8590003411283"), ("ean", "8594018273645"), ("ean", "8596002184739"),
                                                ("ean", "8594182009118"), ("ean", "4004182736456"), ("ean", "8590207318463")],
    "s48_13_musiklicens_faktura_se.pdf": [("se_orgnr", "556847-3010"), ("se_vat", "SE556847301001"), ("se_orgnr", "559318-4723"),
                                          ("luhn", "5183-4729"), ("luhn", "25100471835")],
    "s48_14_butcher_tax_invoice_nz.pdf": [("nz_ird", "118-472-632"), ("nz_bank", "06-0501-0847269-00")],
    "s48_15_valvontamaksu_lasku_fi.pdf": [("fi_ytunnus", "0204819-8"), ("fi_ytunnus", "2918364-8"),
                                          ("iban", "FI20 5000 0120 4718 30"), ("fi_ref", "25110 08340")],
    "s48_16_faktura_meieri_no.pdf": [("no_mva", "981 723 643 MVA"), ("no_orgnr", "918 473 629"), ("no_kontonr", "1503.28.47193"),
                                     ("luhn", "004182732511003")],
    "s48_17_hakedis_raporu_tr.pdf": [("tr_vkn", "9471830268"), ("tr_vkn", "3810462759"), ("iban", "TR87 0006 2000 0018 4726 3918 52")],
    "s48_18_franchise_royalty_statement_ca.pdf": [("ca_bn", "784129637 RT0001"), ("ca_bn", "817364029 RT0001")],
    "s48_19_lpg_tax_invoice_za.pdf": [("za_vat", "4270183645"), ("za_vat", "4840217394")],
    "s48_20_pos_subscription_invoice_in.pdf": [("in_gstin", "29AAHCT4187M1ZJ"), ("in_gstin", "29AAKFR2306D1ZE"),
                                               ("in_pan", "AAHCT4187M")],
    "s48_21_timologio_artopoieio_gr.pdf": [("gr_vat", "098472610"), ("gr_vat", "801937462"),
                                           ("iban", "GR49 0140 1870 1870 0218 4736 518")],
    "s48_22_equipment_repair_invoice_sg.pdf": [("sg_uen", "201718463E"), ("sg_uen", "201924871N")],
    "s48_23_tronc_statement_uk.pdf": [],
    "s48_24_shokuniku_seikyusho_jp.pdf": [("jp_invoice", "T8011001084726")],
    "s48_25_georae_myeongseseo_kr.pdf": [("kr_brn", "214-86-18470"), ("kr_brn", "120-81-47360")],
}

TWO_PAGES = ["s48_01_produce_invoice_uk.pdf", "s48_02_getraenke_rechnung_de.pdf", "s48_05_factura_subasta_lonja_es.pdf",
             "s48_06_merchant_statement_us.pdf", "s48_17_hakedis_raporu_tr.pdf", "s48_18_franchise_royalty_statement_ca.pdf"]
PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in TWO_PAGES})
MAX_KB = 100

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "s48_01_produce_invoice_uk.pdf": ["catch_weight_kg", "zero_rated_goods", "vat_amount", "total"],
    "s48_02_getraenke_rechnung_de.pdf": ["deposit_charged", "empties_credit", "vat_amount", "total"],
    "s48_05_factura_subasta_lonja_es.pdf": ["lots", "net_weight_kg", "fish_amount", "auction_fee", "total"],
    "s48_06_merchant_statement_us.pdf": ["interchange_fees", "total_fees"],
    "s48_17_hakedis_raporu_tr.pdf": ["order_count", "gross_sales", "commission", "net_payout"],
    "s48_18_franchise_royalty_statement_ca.pdf": ["net_sales", "royalty_fee", "ad_fund_contribution", "hst_amount", "amount_due"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s48_03_factuur_brouwerij_be.pdf", "kegs_delivered"): r"Aantal geleverde vaten: {v}\b",
    ("s48_05_factura_subasta_lonja_es.pdf", "lots"): r"Número de lotes adjudicados \.+\s+{v}\b",
    ("s48_10_catering_invoice_au.pdf", "guests"): r"Final guest numbers: {v} guests",
    ("s48_12_danovy_doklad_velkoobchod_cz.pdf", "item_count"): r"Počet položek:\s+{v}\b",
    ("s48_15_valvontamaksu_lasku_fi.pdf", "inspection_hours"): r"käytetty aika yhteensä {v} h\b",
    ("s48_16_faktura_meieri_no.pdf", "deliveries"): r"Antall leveranser: {v}\b",
    ("s48_17_hakedis_raporu_tr.pdf", "order_count"): r"Toplam sipariş adedi\s+{v}\b",
    ("s48_22_equipment_repair_invoice_sg.pdf", "labour_hours"): r"Labour total \({v} hours\)",
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
         f"{y}年{mi}月{di}日", f"{y}년 {mi}월 {di}일", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}", f"{y}.{m}.{d}"}
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
        if not 8 <= len(fields) <= 10:
            errors.append(f"{f}: {len(fields)} fields (want 8-10)")
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
