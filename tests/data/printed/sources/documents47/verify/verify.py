#!/usr/bin/env python3
"""Verify set47.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; Italian CIN, French RIB key, Polish
   sort-code digit, South African VAT number (Luhn), ISWC and the Danish FI
   payment id implemented here).
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

from stdnum import ean, iban, isbn, iso11649, luhn
from stdnum.au import abn as au_abn
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.ch import uid as ch_uid
from stdnum.cn import uscc as cn_uscc
from stdnum.cz import dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif, nif as es_nif
from stdnum.fr import siren as fr_siren, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.nl import vat as nl_vat
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip
from stdnum.se import orgnr as se_orgnr
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

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


def iswc_valid(x):
    """ISWC T-ddd.ddd.ddd-c: check = (10 - (1 + sum(i * d_i)) mod 10) mod 10."""
    d = re.sub(r"\D", "", x)
    return len(d) == 10 and (10 - (1 + sum((i + 1) * int(c) for i, c in enumerate(d[:9]))) % 10) % 10 == int(d[9])


def dk_fi_valid(x):
    """Danish FI-kort +71 payment id: 15 digits, Luhn (mod 10) check digit."""
    d = re.sub(r"\s", "", x)
    return len(d) == 15 and luhn.is_valid(d)


V = {
    "iban": iban.is_valid, "iban_pl": pl_iban_valid, "iban_it": it_iban_cin_valid, "iban_fr": fr_iban_rib_valid,
    "gb_vat": gb_vat.is_valid, "de_vat": de_vat.is_valid, "isbn": isbn.is_valid, "upc": ean.is_valid,
    "se_orgnr": se_orgnr.is_valid, "fr_tva": fr_tva.is_valid, "fr_siren": fr_siren.is_valid, "iswc": iswc_valid,
    "nl_vat": nl_vat.is_valid, "es_nif": es_nif.is_valid, "es_cif": es_cif.is_valid, "it_iva": it_iva.is_valid,
    "us_ein": us_ein.is_valid, "au_abn": au_abn.is_valid, "dk_cvr": dk_cvr.is_valid, "dk_fi": dk_fi_valid,
    "pl_nip": pl_nip.is_valid, "cz_ico": cz_dic.is_valid, "cz_dic": cz_dic.is_valid, "ie_vat": ie_vat.is_valid,
    "za_vat": za_vat_valid, "br_cnpj": br_cnpj.is_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid,
    "tr_vkn": tr_vkn.is_valid, "nz_ird": nz_ird.is_valid, "nz_bank": nz_bank.is_valid, "ca_bn": ca_bn.is_valid,
    "jp_invoice": lambda x: x.startswith("T") and jp_cn.is_valid(x[1:]), "cn_uscc": cn_uscc.is_valid,
    "luhn": lambda x: luhn.is_valid(re.sub(r"\s", "", x)), "gr_vat": gr_vat.is_valid, "ch_uid": ch_uid.is_valid,
    "rf_ref": iso11649.is_valid, "sg_uen": sg_uen.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s47_01_agency_invoice_media_uk.pdf": [("gb_vat", "GB 318 4729 01"), ("iban", "GB29 NWBK 6016 1331 9268 19")],
    "s47_02_anzeigenauftrag_de.pdf": [("de_vat", "DE318475928"), ("iban", "DE98 5001 0517 0648 2719 35")],
    "s47_03_royalty_statement_us.pdf": [("isbn", "978-1-7364-2210-6"), ("isbn", "978-1-7364-2215-1"), ("isbn", "978-1-7364-2211-3")],
    "s47_04_streamingredovisning_se.pdf": [("se_orgnr", "559218-4732"), ("upc", "196754218300")],
    "s47_05_releve_repartition_fr.pdf": [("fr_tva", "FR03782419360"), ("fr_siren", "782 419 360"),
                                         ("iban_fr", "FR76 3000 4018 4700 0128 7364 012"), ("iswc", "T-318.472.650-5"),
                                         ("iswc", "T-318.472.651-6"), ("iswc", "T-318.472.652-7")],
    "s47_06_factuur_fotolicentie_nl.pdf": [("nl_vat", "NL817400059B01"), ("iban", "NL06 INGB 0006 1847 29"),
                                           ("isbn", "978-90-829184-3-4")],
    "s47_07_factura_traduccion_es.pdf": [("es_nif", "48172936B"), ("es_cif", "B87429163"), ("iban", "ES13 2100 0813 6302 0184 7362")],
    "s47_08_fattura_tipografia_it.pdf": [("it_iva", "02871640351"), ("it_iva", "02914380353"),
                                         ("iban_it", "IT68 P050 3411 7010 0000 0184 726")],
    "s47_09_font_licence_receipt_us.pdf": [("us_ein", "84-2719364")],
    "s47_10_podcast_sponsorship_au.pdf": [("au_abn", "59 418 273 619")],
    "s47_11_abonnementsfaktura_dk.pdf": [("dk_cvr", "38170007"), ("iban", "DK02 3000 0004 8172 63"), ("dk_fi", "000001183740214")],
    "s47_12_faktura_produkcja_wideo_pl.pdf": [("pl_nip", "PL6762184935"), ("de_vat", "DE294718364"),
                                              ("iban_pl", "PL27 1050 1445 1000 0091 7183 6402")],
    "s47_13_prihlaska_festival_cz.pdf": [("cz_ico", "07318464"), ("cz_dic", "CZ07318464")],
    "s47_14_journalist_invoice_ie.pdf": [("ie_vat", "IE3817264Q"), ("iban", "IE56 AIBK 9310 4718 2635 19")],
    "s47_15_radio_airtime_invoice_za.pdf": [("za_vat", "4271839609"), ("za_vat", "4182736506")],
    "s47_16_nfse_midia_exterior_br.pdf": [("br_cnpj", "27.418.396/0001-48"), ("br_cnpj", "18.362.047/0001-60")],
    "s47_17_seo_retainer_invoice_in.pdf": [("in_gstin", "27AADCV4816N1ZV"), ("in_gstin", "29AAFCB2719K1ZH"), ("in_pan", "AADCV4816N")],
    "s47_18_influencer_fatura_tr.pdf": [("tr_vkn", "4819263054"), ("tr_vkn", "0721846394"), ("iban", "TR28 0006 4000 0011 8472 6391 05")],
    "s47_19_buyer_created_tax_invoice_nz.pdf": [("nz_ird", "98-472-614"), ("nz_ird", "123-847-164"), ("nz_bank", "12-3141-0418279-00")],
    "s47_20_credit_note_campaign_ca.pdf": [("ca_bn", "814729364 RT0001")],
    "s47_21_koukoku_seikyusho_jp.pdf": [("jp_invoice", "T2010401184736")],
    "s47_22_banshui_jiesuandan_cn.pdf": [("cn_uscc", "91310105MA1K4T8R2U"), ("isbn", "978-7-5321-8847-5"),
                                         ("luhn", "6222 0210 0184 7263 917")],
    "s47_23_timologio_kinimatografos_gr.pdf": [("gr_vat", "098471636"), ("gr_vat", "801726437"),
                                               ("iban", "GR95 0110 1840 0000 1847 2639 155")],
    "s47_24_honorarrechnung_grafik_ch.pdf": [("ch_uid", "CHE-318.472.618"), ("ch_uid", "CHE-109.274.389"),
                                             ("iban", "CH55 0070 0110 0004 1827 3"), ("rf_ref", "RF07 2025 112")],
    "s47_25_sync_licence_invoice_sg.pdf": [("sg_uen", "201824613G")],
}

TWO_PAGES = ["s47_01_agency_invoice_media_uk.pdf", "s47_03_royalty_statement_us.pdf", "s47_04_streamingredovisning_se.pdf",
             "s47_12_faktura_produkcja_wideo_pl.pdf", "s47_15_radio_airtime_invoice_za.pdf",
             "s47_19_buyer_created_tax_invoice_nz.pdf"]
PAGES = {f: 1 for f in TRUTH}
PAGES.update({f: 2 for f in TWO_PAGES})
MAX_KB = 100

# values printed only on page 2 (must be found on page 2 and not on page 1)
PAGE2_ONLY = {
    "s47_01_agency_invoice_media_uk.pdf": ["production_fees", "media_spend", "agency_commission", "vat_amount", "total"],
    "s47_03_royalty_statement_us.pdf": ["units_sold", "royalties_earned", "advance_recouped", "royalties_payable"],
    "s47_04_streamingredovisning_se.pdf": ["streams", "gross_revenue", "distribution_fee", "amount_payable"],
    "s47_12_faktura_produkcja_wideo_pl.pdf": ["total", "iban"],
    "s47_15_radio_airtime_invoice_za.pdf": ["spots", "gross_airtime", "volume_discount", "vat_amount", "total"],
    "s47_19_buyer_created_tax_invoice_nz.pdf": ["gross_royalties", "gst_amount", "platform_fee", "amount_payable"],
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s47_02_anzeigenauftrag_de.pdf", "insertions"): r"Anzahl Schaltungen: {v} Schaltungen",
    ("s47_07_factura_traduccion_es.pdf", "proofreading_hours"): r"pruebas maquetadas\s+{v} h\b",
    ("s47_09_font_licence_receipt_us.pdf", "seats"): r"Desktop seats licensed: {v}\b",
    ("s47_10_podcast_sponsorship_au.pdf", "episodes"): r"Episodes: {v}\b",
    ("s47_12_faktura_produkcja_wideo_pl.pdf", "shooting_days"): r"Shooting days: {v}\b",
    ("s47_15_radio_airtime_invoice_za.pdf", "spots"): r"Total spots broadcast\s+{v}\b",
    ("s47_16_nfse_midia_exterior_br.pdf", "sites"): r"Quantidade de pontos \(painéis\): {v}\b",
    ("s47_18_influencer_fatura_tr.pdf", "posts"): r"Toplam içerik adedi: {v}\b",
    ("s47_22_banshui_jiesuandan_cn.pdf", "royalty_rate"): r"版税率\s*{v}%",
    ("s47_23_timologio_kinimatografos_gr.pdf", "screens"): r"Αίθουσες: {v}\b",
    ("s47_23_timologio_kinimatografos_gr.pdf", "weeks"): r"Εβδομάδες προβολής: {v}\b",
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
         f"{y}年{mi}月{di}日", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}", f"{y}.{m}.{d}"}
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
