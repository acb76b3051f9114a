#!/usr/bin/env python3
"""Verify set55 (supplier invoices with awkward page furniture, as accounts payable receives them).

1. Every identifier with a check-digit scheme printed in the documents is valid (python-stdnum where it has a
   module: AT UID, NL btw, SE VAT, DE USt-IdNr., FR TVA, TR VKN, GB VAT, CH UID / QR reference, NO MVA / org.nr /
   kontonummer, CL RUT, IT partita IVA, FI ALV / Y-tunnus, BE btw, NZ IRD (GST number), CO NIT, IN GSTIN, AU ABN,
   SG UEN, ES CIF, DK CVR, CA BN, KE PIN (format); implemented here: IBAN national check digits (FR RIB key, IT CIN,
   FI Luhn, BE, ES), Finnish viitenumero (7-3-1), Norwegian KID and Australian BPAY CRN (Luhn), Belgian structured
   communication (mod 97)).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the usual national
   forms; amounts with dot / comma / space / apostrophe / Indian grouping and decimal comma; names and ids as printed,
   whitespace-normalised). Currency codes are only accepted next to their label.
3. Values marked as page-N-only are found on that page and on no other page (the NL invoice's totals on page 2).
4. The amounts in truth.json add up (lines to net, net + tax = gross, two tax lines, credit notes negative).
5. Page counts, file sizes, a non-empty text layer on every page, embedded fonts with a ToUnicode map, and clean
   pdfinfo / pdftotext runs.

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
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import vat as be_vat
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr, uid as ch_uid
from stdnum.cl import rut as cl_rut
from stdnum.co import nit as co_nit
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif
from stdnum.fi import alv as fi_alv, ytunnus as fi_ytunnus
from stdnum.fr import tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.in_ import gstin as in_gstin
from stdnum.it import iva as it_iva
from stdnum.ke import pin as ke_pin
from stdnum.nl import btw as nl_btw
from stdnum.no import kontonr as no_konto, mva as no_mva, orgnr as no_orgnr
from stdnum.nz import ird as nz_ird
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))
D = Decimal


# ---------------------------------------------------------------- check digits not (fully) in stdnum
def digits(x):
    return re.sub(r"\D", "", x)


def iban_national_ok(x):
    """ISO 13616 mod 97 plus the national check digits inside the BBAN where the scheme is published"""
    if not iban.is_valid(x):
        return False
    c = iban.compact(x)
    cc, bban = c[:2], c[4:]
    if cc == "FR":
        bank, branch, acct, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        conv = {**{ch: str(i % 9 + 1) for i, ch in enumerate("ABCDEFGHI")},
                **{ch: str(i % 9 + 1) for i, ch in enumerate("JKLMNOPQR")},
                **{ch: str(i % 8 + 2) for i, ch in enumerate("STUVWXYZ")}}
        a = "".join(conv.get(ch, ch) for ch in acct)
        return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97) == int(key)
    if cc == "IT":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        s = bban[1:]
        tot = sum(odd[int(ch) if ch.isdigit() else ord(ch) - 65] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                  for i, ch in enumerate(s))
        return chr(65 + tot % 26) == bban[0]
    if cc == "PT":
        return 98 - (int(bban[:19]) * 100) % 97 == int(bban[19:])
    if cc == "PL":
        s = bban[:7]
        return (10 - sum(int(ch) * w for ch, w in zip(s, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10 == int(bban[7])
    if cc == "CZ":
        return cz_bank.is_valid(f"{bban[4:10]}-{bban[10:]}/{bban[:4]}")
    if cc == "FI":
        return luhn.is_valid(bban)
    return True   # BE and ES are checked by stdnum's country modules inside iban.is_valid


def fi_viite_valid(x):
    """Finnish national reference (viitenumero): weights 7, 3, 1 from the right, check = 10 - sum mod 10"""
    d = digits(x)
    s = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(d[:-1])))
    return 4 <= len(d) <= 20 and (10 - s % 10) % 10 == int(d[-1])


def be_ogm_valid(x):
    """Belgian structured communication +++123/4567/89012+++: first 10 digits mod 97 (0 -> 97) = last 2"""
    d = digits(x)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def ch_qrr_valid(x):
    """Swiss QR reference: 27 digits, recursive mod 10 (same algorithm as the ESR reference)"""
    d = digits(x)
    return len(d) == 27 and ch_esr.is_valid(d)


def ca_bn_valid(x):
    m = re.fullmatch(r"(\d{9}) ?(RT|RP|RC|RM)(\d{4})", x)
    return bool(m) and ca_bn.is_valid(m.group(1))


def luhn_ref_valid(x):
    return luhn.is_valid(digits(x))


def nz_gst_valid(x):
    return nz_ird.is_valid(digits(x))


def no_mva_valid(x):
    return no_mva.is_valid(x.replace(" ", ""))


V = {
    "iban": iban_national_ok, "at_uid": at_uid.is_valid, "au_abn": au_abn.is_valid, "be_vat": be_vat.is_valid,
    "be_ogm": be_ogm_valid, "ca_bn": ca_bn_valid, "ch_uid": ch_uid.is_valid, "ch_qrr": ch_qrr_valid,
    "cl_rut": cl_rut.is_valid, "co_nit": co_nit.is_valid, "de_vat": de_vat.is_valid, "dk_cvr": dk_cvr.is_valid,
    "es_cif": es_cif.is_valid, "fi_alv": fi_alv.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "fi_viite": fi_viite_valid,
    "fr_tva": fr_tva.is_valid, "gb_vat": gb_vat.is_valid, "in_gstin": in_gstin.is_valid, "it_iva": it_iva.is_valid,
    "ke_pin": ke_pin.is_valid, "nl_btw": nl_btw.is_valid, "no_mva": no_mva_valid, "no_orgnr": no_orgnr.is_valid,
    "no_konto": no_konto.is_valid, "luhn_ref": luhn_ref_valid, "nz_gst": nz_gst_valid, "se_orgnr": se_orgnr.is_valid,
    "se_vat": se_vat.is_valid, "sg_uen": sg_uen.is_valid, "tr_vkn": tr_vkn.is_valid, "us_ein": us_ein.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s55_01_gastro_rechnung_bezahlt_at.pdf": [("at_uid", "ATU38174621"), ("at_uid", "ATU62901541"),
                                              ("iban", "AT43 1200 0529 6384 1720")],
    "s55_02_fastener_sales_tax_invoice_us.pdf": [("us_ein", "47-3918264")],
    "s55_03_imprimerie_facture_copie_qc.pdf": [("ca_bn", "719384620 RT0001")],
    "s55_04_packaging_gst_tax_invoice_in.pdf": [("in_gstin", "27AAECS4821K1Z6"), ("in_gstin", "27AADCM7390P1ZP")],
    "s55_05_cleaning_tax_invoice_remittance_au.pdf": [("au_abn", "13 418 372 951"), ("au_abn", "90 630 918 274"),
                                                      ("luhn_ref", "418203170")],
    "s55_06_kweek_factuur_2p_nl.pdf": [("nl_btw", "NL817349200B01"), ("iban", "NL44 INGB 0007 3841 29")],
    "s55_07_maskin_reverse_charge_faktura_se.pdf": [("se_vat", "SE559283741201"), ("se_orgnr", "559283-7412"),
                                                    ("de_vat", "DE291847369"),
                                                    ("iban", "SE58 5000 0000 0583 9174 6204")],
    "s55_08_verrerie_avoir_fr.pdf": [("fr_tva", "FR61841720394"), ("fr_tva", "FR67529087165"),
                                     ("iban", "FR76 3000 4008 1900 0184 7293 696")],
    "s55_09_tekstil_makine_proforma_tr.pdf": [("tr_vkn", "4829173050"), ("tr_vkn", "1730582948"),
                                              ("iban", "TR87 0006 4000 0061 8294 7305 12")],
    "s55_10_haulage_self_billing_invoice_gb.pdf": [("gb_vat", "GB 483 9271 12"), ("gb_vat", "GB 292 8174 30")],
    "s55_11_sanitaer_rechnung_zahlteil_ch.pdf": [("ch_uid", "CHE-418.739.029"), ("iban", "CH51 3000 0001 2847 5930 6"),
                                                 ("ch_qrr", "00 00000 00002 60327 18405 01233")],
    "s55_12_elektro_faktura_kid_no.pdf": [("no_mva", "NO 921 847 300 MVA"), ("no_orgnr", "816 039 525"),
                                          ("no_konto", "1503.74.18290"), ("luhn_ref", "260311840")],
    "s55_13_comercial_factura_electronica_cl.pdf": [("cl_rut", "76.418.392-4"), ("cl_rut", "96.720.815-9")],
    "s55_14_mobilificio_fattura_it.pdf": [("it_iva", "04183720285"), ("it_iva", "02938160161"),
                                          ("iban", "IT57 C030 6909 6061 0000 0184 729")],
    "s55_15_puutuote_lasku_tilisiirto_fi.pdf": [("fi_alv", "FI29184739"), ("fi_ytunnus", "2918473-9"),
                                                ("fi_ytunnus", "3041826-4"), ("fi_viite", "26031846"),
                                                ("iban", "FI58 4006 0010 5738 44")],
    "s55_16_dranken_factuur_levering_be.pdf": [("be_vat", "BE 0841.739.274"), ("be_vat", "BE 0702.615.837"),
                                               ("iban", "BE93 3631 8473 9267"), ("be_ogm", "+++260/3184/05195+++")],
    "s55_17_signs_tax_invoice_nz.pdf": [("nz_gst", "118-374-290")],
    "s55_18_cafe_factura_electronica_co.pdf": [("co_nit", "901.384.726-4"), ("co_nit", "860.518.294-3")],
    "s55_19_office_supplies_tax_invoice_sa.pdf": [("iban", "SA60 8000 0000 6080 1018 4729")],
    "s55_20_agro_inputs_tax_invoice_copy_ke.pdf": [("ke_pin", "P051847392K"), ("ke_pin", "P052917384M")],
    "s55_21_lubricants_invoice_ng.pdf": [],
    "s55_22_ceramica_factura_entrega_es.pdf": [("es_cif", "B96381728"), ("es_cif", "B46173928"),
                                               ("iban", "ES47 2100 0418 4102 0017 3958")],
    "s55_23_kontorforsyning_faktura_dk.pdf": [("dk_cvr", "39184729"), ("dk_cvr", "27601537"),
                                              ("iban", "DK64 3000 0012 8374 65")],
    "s55_24_holzmanufaktur_gutschrift_de.pdf": [("de_vat", "DE817362905"), ("iban", "DE63 7002 0270 0381 7462 90")],
    "s55_25_aircon_tax_invoice_paid_sg.pdf": [("sg_uen", "201917384W"), ("sg_uen", "201702946H")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first (or ISO / year first)
MONTH_FIRST = {"s55_02_fastener_sales_tax_invoice_us.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s55_06_kweek_factuur_2p_nl.pdf": 2})
MAX_KB = 400   # groff embeds whole URW Type 1 fonts (no subsetting in groff 1.22)

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s55_06_kweek_factuur_2p_nl.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s55_07_maskin_reverse_charge_faktura_se.pdf", "currency"): r"Valuta: {v}\b",
    ("s55_19_office_supplies_tax_invoice_sa.pdf", "currency"): r"Saudi riyal \({v}\)",
    ("s55_21_lubricants_invoice_ng.pdf", "currency"): r"Total Amount\s+{v} 3,274,450\.00",
}

SIGN_ONLY = {}
SIGNS = {"€": "EUR"}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def net_tax(rate):
    return [f"q(subtotal * D('{rate}')) == vat_amount", "subtotal + vat_amount == total"]


# arithmetic between the truth values (Decimal; names are truth fields; constants are amounts printed on the page)
ARITH = {
    "s55_01_gastro_rechnung_bezahlt_at.pdf": ["D('4890.00') + 12 * D('38.40') + 20 * D('14.90') + q(D('3.5') * D('78.00'))"
                                              " == subtotal", *net_tax("0.20")],
    "s55_02_fastener_sales_tax_invoice_us.pdf": ["400 * D('0.42') + 250 * D('1.18') + 12 * D('36.50') + 6 * D('129.00')"
                                                 " == subtotal", "q(subtotal * D('0.0675')) == sales_tax",
                                                 "subtotal + sales_tax + shipping_amount == total"],
    "s55_03_imprimerie_facture_copie_qc.pdf": ["2500 * D('0.38') + 40 * D('12.75') + 6 * D('95.00') == subtotal",
                                               "q(subtotal * D('0.05')) == gst_amount",
                                               "q(subtotal * D('0.09975')) == qst_amount",
                                               "subtotal + gst_amount + qst_amount == total"],
    "s55_04_packaging_gst_tax_invoice_in.pdf": ["12000 * D('14.50') + 8000 * D('9.75') + D('4500.00') == subtotal",
                                                "q(subtotal * D('0.09')) == cgst_amount == sgst_amount",
                                                "subtotal + cgst_amount + sgst_amount == total"],
    "s55_05_cleaning_tax_invoice_remittance_au.pdf": ["4 * D('1180.00') + 2 * D('245.00') + 6 * D('68.00') == subtotal",
                                                      "q(subtotal * D('0.10')) == gst_amount",
                                                      "subtotal + gst_amount == total"],
    "s55_06_kweek_factuur_2p_nl.pdf": ["D('14923.60') + D('5504.00') == subtotal", *net_tax("0.21")],
    "s55_07_maskin_reverse_charge_faktura_se.pdf": ["2 * D('8450.00') + D('1260.00') + 14 * D('85.00') == total"],
    "s55_08_verrerie_avoir_fr.pdf": ["-6 * D('42.50') - 2 * D('118.00') == subtotal", *net_tax("0.20"),
                                     "total < 0"],
    "s55_09_tekstil_makine_proforma_tr.pdf": ["2 * D('184500.00') + D('27800.00') + D('12500.00') == subtotal",
                                              *net_tax("0.20")],
    "s55_10_haulage_self_billing_invoice_gb.pdf": ["18 * D('312.50') + 7 * D('288.00') + D('145.00') == subtotal",
                                                   *net_tax("0.20")],
    "s55_11_sanitaer_rechnung_zahlteil_ch.pdf": ["q(D('4916.40') * D('0.081')) == vat_amount",
                                                 "D('4916.40') + vat_amount == total",
                                                 "D('2840.00') + q(D('14.5') * D('118.00')) + D('365.40') == D('4916.40')"],
    "s55_12_elektro_faktura_kid_no.pdf": ["D('18450.00') + 22 * D('845.00') + D('2375.50') == D('39415.50')",
                                          "q(D('39415.50') * D('0.25')) == vat_amount",
                                          "D('39415.50') + vat_amount == total"],
    "s55_13_comercial_factura_electronica_cl.pdf": ["120 * 8450 + 36 * 12900 + 85000 == subtotal",
                                                    "(subtotal * D('0.19')).quantize(D('1'), ROUND_HALF_UP) == vat_amount",
                                                    "subtotal + vat_amount == total"],
    "s55_14_mobilificio_fattura_it.pdf": ["24 * D('189.00') + 12 * D('412.00') + D('650.00') == D('10130.00')",
                                          "q(D('10130.00') * D('0.22')) == vat_amount",
                                          "D('10130.00') + vat_amount == total"],
    "s55_15_puutuote_lasku_tilisiirto_fi.pdf": ["36 * D('48.20') + 12 * D('64.80') + D('290.00') == D('2802.80')",
                                                "q(D('2802.80') * D('0.255')) == vat_amount",
                                                "D('2802.80') + vat_amount == total"],
    "s55_16_dranken_factuur_levering_be.pdf": ["30 * D('42.60') + 12 * D('27.90') + 8 * D('19.50') + D('35.00')"
                                               " == D('1803.80')", "q(D('1803.80') * D('0.21')) == vat_amount",
                                               "D('1803.80') + vat_amount == total"],
    "s55_17_signs_tax_invoice_nz.pdf": ["2 * D('1450.00') + D('680.00') + 4 * D('95.00') == subtotal",
                                        "q(subtotal * D('0.15')) == gst_amount", "subtotal + gst_amount == total"],
    "s55_18_cafe_factura_electronica_co.pdf": ["120 * D('68500') + 300 * D('14200') + 20 * D('38900') == subtotal",
                                               *net_tax("0.19")],
    "s55_19_office_supplies_tax_invoice_sa.pdf": ["40 * D('42.50') + 15 * D('189.00') + 6 * D('315.00') == subtotal",
                                                  "D('255.00') + D('425.25') + D('283.50') == vat_amount",
                                                  *net_tax("0.15")],
    "s55_20_agro_inputs_tax_invoice_copy_ke.pdf": ["50 * D('3450.00') + 20 * D('1875.00') + D('6500.00') == subtotal",
                                                   *net_tax("0.16")],
    "s55_21_lubricants_invoice_ng.pdf": ["40 * D('68500.00') + 24 * D('12750.00') == subtotal", *net_tax("0.075")],
    "s55_22_ceramica_factura_entrega_es.pdf": ["q(84 * D('23.40')) + q(36 * D('17.85')) + q(12 * D('9.60')) + D('120.00')"
                                               " == D('2843.40')", "q(D('2843.40') * D('0.21')) == vat_amount",
                                               "D('2843.40') + vat_amount == total"],
    "s55_23_kontorforsyning_faktura_dk.pdf": ["10 * D('389.00') + 24 * D('42.50') + 2 * D('1895.00') == subtotal",
                                              *net_tax("0.25")],
    "s55_24_holzmanufaktur_gutschrift_de.pdf": ["-3 * D('486.00') - D('129.00') == subtotal", *net_tax("0.19"),
                                                "total < 0"],
    "s55_25_aircon_tax_invoice_paid_sg.pdf": ["6 * D('85.00') + 2 * D('420.00') + D('260.00') == subtotal",
                                              "q(subtotal * D('0.09')) == gst_amount", "subtotal + gst_amount == total"],
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
                 ("\u00ad", "-"), ("\uff0d", "-"), ("\u2010", "-"), ("\u2011", "-"), ("\ufb01", "fi"), ("\ufb02", "fl"),
                 ("\u3000", " ")]:
        t = t.replace(a, b)
    return t


def collapse(t):
    return re.sub(r"[ \t]+", " ", t)


CLEAN_ERRORS = []


def page_texts(pdf):
    """list of page texts; each page text joins several extractions (layout, raw, plain, pdfium)"""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    if info.returncode or info.stderr.strip():
        CLEAN_ERRORS.append(f"{pdf.name}: pdfinfo rc={info.returncode} {info.stderr.strip()[:200]}")
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    for line in fonts:
        cols = line.split()
        # columns from the right: object ID (2), uni, sub, emb
        if len(cols) >= 6 and (cols[-5] != "yes" or cols[-3] != "yes"):
            # Courier from enscript / ps2pdf is embedded but carries no ToUnicode map; its WinAnsi encoding maps
            # every glyph name, which pdftotext reads correctly (checked through the truth values below)
            if not (cols[0].endswith("+Courier") and cols[-5] == "yes"):
                CLEAN_ERRORS.append(f"{pdf.name}: font without embedding or ToUnicode: {line.strip()}")
    for i in range(1, n + 1):
        r = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True)
        if r.returncode or r.stderr.strip():
            CLEAN_ERRORS.append(f"{pdf.name}: pdftotext page {i} rc={r.returncode} {r.stderr.strip()[:200]}")
        if len(r.stdout.strip()) < 50:
            CLEAN_ERRORS.append(f"{pdf.name}: page {i} has no usable text layer")
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
    """Indian grouping: last three digits, then groups of two (3,84,384)."""
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


def date_forms(v, month_first=False):
    """printed forms of an ISO date; numeric slashed dates are day first except in month-first (US) documents"""
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{m}/{d}/{y}" if month_first else f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}",
         f"{y}年{mi}月{di}日", f"{di}.{mi}.{y}", f"{di}. {mi}. {y}", f"{y}.{m}.{d}", f"{y}/{m}/{d}"}
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}",
          f"{en[:3]} {di}, {y}"}
    f |= {f"{di}. {MONTHS['de'][mi - 1]} {y}"}
    return f


def candidates(value, month_first=False):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value, month_first), "date"
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


# ---------------------------------------------------------------- cross-checks between identifiers and truth values
N_CROSS = 5


def cross_checks():
    errs = []
    t = TRUTH["s55_15_puutuote_lasku_tilisiirto_fi.pdf"]
    if not fi_viite_valid(t["payment_reference"]):
        errs.append("Finnish payment_reference fails the 7-3-1 check")
    t = TRUTH["s55_16_dranken_factuur_levering_be.pdf"]
    if not be_ogm_valid(t["payment_reference"]):
        errs.append("Belgian structured communication fails mod 97")
    t = TRUTH["s55_11_sanitaer_rechnung_zahlteil_ch.pdf"]
    if not (ch_qrr_valid(t["payment_reference"]) and iban.compact(t["iban"])[4] == "3"):
        errs.append("Swiss QR reference invalid or IBAN is not a QR-IBAN (IID 30000-31999)")
    t = TRUTH["s55_12_elektro_faktura_kid_no.pdf"]
    if not (luhn_ref_valid(t["payment_reference"]) and no_konto.is_valid(t["bank_account"])):
        errs.append("Norwegian KID (Luhn) or account number (mod 11) invalid")
    t = TRUTH["s55_05_cleaning_tax_invoice_remittance_au.pdf"]
    if not luhn_ref_valid(t["payment_reference"]):
        errs.append("Australian BPAY CRN fails Luhn")
    return errs


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
            forms, kind = candidates(value, f in MONTH_FIRST)
            ctx = CONTEXT.get((f, field))
            if ctx and "{v}" not in ctx:
                sign = SIGN_ONLY.get(f)
                if field != "currency" or not sign or sign not in ctx.replace("\\", "") or SIGNS[sign] != value:
                    errors.append(f"{f}: {field}={value!r} has a sign-only context {ctx!r} that does not name it")
            elif field == "currency" and f in SIGN_ONLY:
                errors.append(f"{f}: SIGN_ONLY lists a document whose currency context names the code")
            if (kind in ("number", "negative") and len(value.lstrip("-")) <= 3 or len(value) <= 3) and not ctx:
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
        env = {"Decimal": Decimal, "D": Decimal, "q": q, "ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}
        env.update({k: Decimal(v) for k, v in fields.items()
                    if re.fullmatch(r"-?\d+(\.\d+)?", v) and k not in ("invoice_number", "payment_reference", "bank_account",
                                                                      "vendor_vat_id", "customer_vat_id", "vendor_tax_id")})
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}}, env)
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e})"
            if not ok:
                errors.append(f"{f}: arithmetic check failed: {expr}")
    errors += cross_checks()
    n_arith += N_CROSS
    errors += CLEAN_ERRORS
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
    print(f"{n_vals + n_ids + n_arith} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, "
          f"{n_arith} arithmetic checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
