#!/usr/bin/env python3
"""Verify set61 (multi-page documents: fields spread over pages).

1. Every identifier with a check-digit scheme printed in the documents is valid: IBANs (mod 97 plus the national check
   digits where published: IT CIN, FR RIB key, ES inside stdnum, PL / PT inside stdnum), the Swiss QR-IBAN, the Swiss
   QR reference (mod 10 recursive), national company / tax ids through python-stdnum (US EIN, GB VAT, CA BN, SG UEN,
   DE USt-IdNr., IE VAT, DK CVR, ES CIF, IT partita IVA, FR SIREN / TVA, AT UID, CH UID, SE org.nr. / VAT, AU ABN,
   NO org.nr. / kontonummer, FI Y-tunnus, NL btw, PT NIF, PL NIP, GR AFM, TR VKN, MX RFC, BR CNPJ, IN GSTIN / PAN),
   Luhn numbers (Norwegian KID, Swedish OCR, South African VAT numbers, Swedish bankgiro), the Finnish creditor
   reference (7-3-1), BICs (format) and the Brazilian boleto line (mod 10 fields, mod 11 barcode digit).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (see set 60's rules: dates in
   the national forms, amounts with any grouping and decimal separator, negative values only with a printed sign,
   short values and bare numbers only next to their label); values expected on one page only are checked per page.
3. The amounts add up: lines to subtotals, the carried-forward / brought-forward subtotals at page foot and head are
   true running sums and are printed on the pages where they belong (PRINTED), tax, rounding, totals, balances.
4. Page counts, per-page geometry (A4 / US Letter, portrait or landscape), file sizes, a non-empty text layer on every
   page, embedded fonts with a ToUnicode map, clean pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set61-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import bic, iban, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.ch import uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif
from stdnum.fi import alv as fi_alv, ytunnus as fi_ytunnus
from stdnum.fr import siren as fr_siren, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import btw as nl_btw
from stdnum.no import kontonr as no_kontonr, orgnr as no_orgnr
from stdnum.pl import nip as pl_nip
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set61-pdfs")
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
    if cc == "IT":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        s = bban[1:]
        tot = sum(odd[int(ch) if ch.isdigit() else ord(ch) - 65] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                  for i, ch in enumerate(s))
        return chr(65 + tot % 26) == bban[0]
    if cc == "FR":
        bank, branch, acct, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        return acct.isdigit() and 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97 == int(key)
    if cc == "CH":
        return True   # QR-IBAN: institution id 30000-31999 is checked separately (qr_iban)
    return True   # ES, PL, PT national check digits are checked by stdnum inside iban.is_valid


def qr_iban(x):
    c = iban.compact(x)
    return iban.is_valid(c) and c[:2] == "CH" and 30000 <= int(c[4:9]) <= 31999


def qrr_valid(x):
    """Swiss QR reference: 27 digits, mod 10 recursive check digit"""
    x = digits(x)
    tb = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    c = 0
    for ch in x[:-1]:
        c = tb[(c + int(ch)) % 10]
    return len(x) == 27 and (10 - c) % 10 == int(x[-1])


def fi_ref_valid(x):
    """Finnish creditor reference: weights 7 3 1 from the right, check digit last"""
    x = digits(x)
    w = [7, 3, 1]
    s = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(x[:-1])))
    return 4 <= len(x) <= 20 and (10 - s % 10) % 10 == int(x[-1])


def bankgiro_valid(x):
    return bool(re.fullmatch(r"\d{3,4}-\d{4}", x)) and luhn.is_valid(digits(x))


def mod10_boleto(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return (10 - tot % 10) % 10


def mod11_boleto(s):
    tot = sum(int(ch) * (2 + i % 8) for i, ch in enumerate(reversed(s)))
    r = 11 - tot % 11
    return 1 if r in (0, 10, 11) else r


def boleto_valid(x):
    """Brazilian bank slip 'linha digitavel': three fields with mod 10 digits, the barcode's mod 11 general digit"""
    d = digits(x)
    if len(d) != 47:
        return False
    f1, f2, f3 = d[0:10], d[10:21], d[21:32]
    if not all(mod10_boleto(f[:-1]) == int(f[-1]) for f in (f1, f2, f3)):
        return False
    bar = d[0:4] + d[32] + d[33:47] + f1[4:9] + f2[:10] + f3[:10]
    return mod11_boleto(bar[:4] + bar[5:]) == int(bar[4])


V = {
    "iban": iban_national_ok, "qr_iban": qr_iban, "qrr": qrr_valid, "us_ein": us_ein.is_valid, "gb_vat": gb_vat.is_valid,
    "ca_bn": ca_bn.is_valid, "sg_uen": sg_uen.is_valid, "de_vat": de_vat.is_valid, "bic": bic.is_valid,
    "ie_vat": ie_vat.is_valid, "dk_cvr": dk_cvr.is_valid, "luhn": lambda x: luhn.is_valid(digits(x)),
    "es_cif": es_cif.is_valid, "it_iva": it_iva.is_valid, "fr_siren": fr_siren.is_valid, "fr_tva": fr_tva.is_valid,
    "at_uid": at_uid.is_valid, "ch_uid": ch_uid.is_valid, "se_orgnr": se_orgnr.is_valid, "se_vat": se_vat.is_valid,
    "bankgiro": bankgiro_valid, "au_abn": au_abn.is_valid, "no_orgnr": no_orgnr.is_valid,
    "no_kontonr": no_kontonr.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "fi_alv": fi_alv.is_valid,
    "fi_ref": fi_ref_valid, "nl_btw": nl_btw.is_valid, "pt_nif": pt_nif.is_valid, "pl_nip": pl_nip.is_valid,
    "gr_vat": gr_vat.is_valid, "tr_vkn": tr_vkn.is_valid, "mx_rfc": lambda x: mx_rfc.is_valid(x, validate_check_digits=True),
    "br_cnpj": br_cnpj.is_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid, "boleto": boleto_valid,
}


# per-document checks: page count, per-page geometry (pt), identifiers (scheme, value as printed), arithmetic
# (Decimal expressions over the truth fields and amounts printed in the PDF), CONTEXT anchors for short / bare
# values, PAGE_ONLY (field -> the only page where it may be found) and PRINTED (page -> label / value pairs that
# must be printed on that page, e.g. carried-forward subtotals and 'Page n of m' markers)
META = {
    's61_01_supplier_invoice_four_pages_us.pdf': {
        'pages': 4,
        'geo': [[612.0, 792.0], [612.0, 792.0], [612.0, 792.0], [612.0, 792.0]],
        'month_first': True,
        'ids': [('us_ein', '31-1847290')],
        'ctx': {'invoice_number': 'Invoice No\\.\\s+{v}\\b'},
        'page_only': {'subtotal': 4, 'total': 4, 'tax_amount': 4},
        'printed': {'1': ['Page 1 of 4'], '2': ['Page 2 of 4'], '3': ['Page 3 of 4'], '4': ['Page 4 of 4']},
        'arith': [
            "4 * D('18.40') + 10 * D('21.15') + 2 * D('34.80') + 6 * D('46.20') + 12 * D('58.90') + 3 * D('12.75') + 8 * D('19.60') + 5 * D('31.40') + 1 * D('8.90') + 20 * D('13.25') + 7 * D('18.70') + 15 * D('14.35') + 4 * D('22.80') + 10 * D('36.15') + 2 * D('44.90') + 6 * D('16.85') + 12 * D('24.30') + 3 * D('33.95') + 8 * D('6.45') + 5 * D('8.10') + 1 * D('11.35') + 20 * D('19.80') + 7 * D('27.50') + 15 * D('29.75') + 4 * D('21.60') + 10 * D('21.60') + 2 * D('17.95') + 6 * D('29.40') + 12 * D('9.85') + 3 * D('10.40') + 8 * D('11.20') + 5 * D('12.95') + 1 * D('7.80') + 20 * D('15.40') + 7 * D('8.25') + 15 * D('7.95') + 4 * D('38.60') + 10 * D('19.25') + 2 * D('6.70') + 6 * D('41.80') + 12 * D('41.80') == subtotal",
            "q((subtotal + freight_amount) * D('0.075')) == tax_amount",
            'subtotal + freight_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_02_cover_letter_invoice_lifts_gb.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('gb_vat', 'GB 471 8290 32')],
        'ctx': {},
        'page_only': {'invoice_date': 2, 'total': 2, 'subtotal': 2, 'po_number': 2, 'due_date': 2, 'tax_amount': 2},
        'printed': {},
        'arith': [
            "4 * D('642.00') + 1 * D('285.00') + 1 * D('164.50') + 12 * D('18.75') + 2 * D('125.00') == subtotal",
            "q(subtotal * D('0.20')) == tax_amount",
            'subtotal + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_03_legal_account_three_pages_ca.pdf': {
        'pages': 3,
        'geo': [[612.0, 792.0], [612.0, 792.0], [612.0, 792.0]],
        'month_first': False,
        'ids': [('ca_bn', '817429368 RT0001')],
        'ctx': {},
        'page_only': {'total': 3, 'tax_amount': 3, 'balance_due': 3, 'trust_applied': 3, 'subtotal': 3},
        'printed': {},
        'arith': [
            "q(D('2.4') * D('450.00')) + q(D('1.8') * D('310.00')) + q(D('1.5') * D('155.00')) + q(D('3.2') * D('310.00')) + q(D('0.8') * D('450.00')) + q(D('4.1') * D('310.00')) + q(D('3.6') * D('450.00')) + q(D('1.2') * D('155.00')) + q(D('2.7') * D('310.00')) + q(D('2.0') * D('450.00')) + q(D('2.3') * D('310.00')) + q(D('0.9') * D('155.00')) + q(D('1.4') * D('450.00')) + q(D('2.6') * D('310.00')) + q(D('2.2') * D('155.00')) + q(D('1.7') * D('450.00')) + q(D('0.9') * D('310.00')) + q(D('0.6') * D('155.00')) + D('186.00') + D('72.50') + D('48.35') + D('61.20') == subtotal",
            "q(subtotal * D('0.13')) == tax_amount",
            'subtotal + tax_amount == total',
            'total + trust_applied == balance_due',
        ],
    },
    's61_04_tax_invoice_landscape_log_sg.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [841.9, 595.3], [595.3, 841.9]],
        'month_first': False,
        'ids': [('sg_uen', '201918479K')],
        'ctx': {},
        'page_only': {},
        'printed': {'2': ['4,472.40']},
        'arith': [
            "q(120 * 28 * D('0.18')) + q(160 * 28 * D('0.12')) + q(64 * 28 * D('0.10')) + q(90 * 28 * D('0.22')) + q(48 * 20 * D('0.08')) + q(3 * 20 * D('14.50')) + q(1 * 10 * D('128.00')) + q(24 * 28 * D('0.35')) + q(80 * 28 * D('0.06')) == D('4472.40')",
            "D('4472.40') + D('380.00') + D('260.00') + D('260.00') + D('85.00') == subtotal",
            "q(subtotal * D('0.09')) == tax_amount",
            'subtotal + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_05_sammelrechnung_baustoffe_de.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('de_vat', 'DE271843608'), ('iban', 'DE75 3705 0198 1047 2936 12'), ('bic', 'COLSDE33XXX')],
        'ctx': {'customer_number': 'Kundennummer\\s+{v}\\b'},
        'page_only': {'total': 3, 'net_amount': 3, 'tax_amount': 3},
        'printed': {'1': ['Seite 1 von 3', 'Übertrag auf Seite 2 5.647,74'], '2': ['Seite 2 von 3', 'Übertrag von Seite 1 5.647,74', 'Übertrag auf Seite 3 9.877,30'], '3': ['Seite 3 von 3', 'Übertrag von Seite 2 9.877,30']},
        'arith': [
            "q(D('40') * D('6.85')) + q(D('2') * D('412.00')) + q(D('1') * D('95.00')) + q(D('2') * D('12.50')) + q(D('30') * D('11.40')) + q(D('12') * D('58.90')) + q(D('24') * D('29.75')) + q(D('8.4') * D('24.60')) + q(D('3') * D('412.00')) + q(D('1') * D('95.00')) + q(D('3') * D('12.50')) + q(D('120') * D('8.35')) + q(D('2') * D('44.90')) + q(D('60') * D('6.85')) + q(D('20') * D('11.40')) + q(D('18') * D('58.90')) + q(D('1') * D('95.00')) + q(D('12.6') * D('24.60')) + q(D('10') * D('29.75')) + q(D('2') * D('412.00')) + q(D('2') * D('12.50')) + q(D('1') * D('95.00')) + q(D('80') * D('8.35')) + q(D('1') * D('44.90')) + q(D('15') * D('11.40')) + q(D('25') * D('6.85')) + q(D('6') * D('58.90')) + q(D('6.2') * D('24.60')) + q(D('1') * D('95.00')) == net_amount",
            "q(net_amount * D('0.19')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
            "D('5647.74') + q(D('60') * D('6.85')) + q(D('20') * D('11.40')) + q(D('18') * D('58.90')) + q(D('1') * D('95.00')) + q(D('12.6') * D('24.60')) + q(D('10') * D('29.75')) + q(D('2') * D('412.00')) + q(D('2') * D('12.50')) + q(D('1') * D('95.00')) + q(D('80') * D('8.35')) + q(D('1') * D('44.90')) + q(D('15') * D('11.40')) == D('9877.30')",
        ],
    },
    's61_06_invoice_timesheet_appendix_ie.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('ie_vat', 'IE6388047V'), ('ie_vat', 'IE3184729M'), ('iban', 'IE27 CRBK 9311 5218 4729 36'), ('bic', 'CRBKIE2D')],
        'ctx': {},
        'page_only': {'total': 1, 'tax_amount': 1},
        'printed': {'2': ['Total hours February 2026 135.5'], '3': ['Total hours February 2026 144.0']},
        'arith': [
            "D('7.5') + D('8') + D('6.5') + D('7') + D('4') + D('7.5') + D('8') + D('8') + D('7.5') + D('3.5') + D('7') + D('7.5') + D('6') + D('8') + D('4.5') + D('7.5') + D('8') + D('7') + D('7.5') + D('5') == D('135.5')",
            "D('8') + D('8') + D('7.5') + D('7.5') + D('6') + D('8') + D('7') + D('8') + D('7.5') + D('4') + D('8') + D('8') + D('7.5') + D('7.5') + D('6') + D('8') + D('8') + D('7.5') + D('8') + D('4') == D('144.0')",
            "q(D('135.5') * D('118.00')) + q(D('144.0') * D('92.00')) + D('214.60') == subtotal",
            "q(subtotal * D('0.23')) == tax_amount",
            'subtotal + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_07_kontoudtog_saldo_dk.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('dk_cvr', '44182734'), ('iban', 'DK34 5301 0004 4182 73')],
        'ctx': {'customer_number': 'Kundenr\\.\\s+{v}\\b'},
        'page_only': {'total': 2},
        'printed': {'1': ['Transport 113.727,14'], '2': ['Transport 113.727,14']},
        'arith': [
            "opening_balance + D('5610.63') - D('0') + D('8523.79') - D('0') + D('8531.17') - D('0') + D('11995.66') - D('0') + D('9336') - D('0') + D('10303.95') - D('0') + D('8716.39') - D('0') + D('0') - D('18412.50') + D('8818.2') - D('0') + D('12345.92') - D('0') + D('5455.01') - D('0') + D('0') - D('1260.00') + D('2353.2') - D('0') + D('4823.42') - D('0') + D('10254.98') - D('0') + D('7918.82') - D('0') + D('11041.13') - D('0') + D('0') - D('63017.59') + D('9609.07') - D('0') + D('7226.78') - D('0') + D('10350.27') - D('0') + D('4536.07') - D('0') + D('3025.38') - D('0') + D('11942.45') - D('0') + D('13112.94') - D('0') + D('3598.38') - D('0') + D('0') - D('61750.68') == total",
            "D('113727.14') == opening_balance + D('5610.63') - D('0') + D('8523.79') - D('0') + D('8531.17') - D('0') + D('11995.66') - D('0') + D('9336') - D('0') + D('10303.95') - D('0') + D('8716.39') - D('0') + D('0') - D('18412.50') + D('8818.2') - D('0') + D('12345.92') - D('0') + D('5455.01') - D('0') + D('0') - D('1260.00') + D('2353.2') - D('0') + D('4823.42') - D('0') + D('10254.98') - D('0') + D('7918.82') - D('0')",
        ],
    },
    's61_08_factura_condiciones_generales_es.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('es_cif', 'B41183724'), ('es_cif', 'B28745198'), ('iban', 'ES55 2100 4187 7802 0018 4729'), ('bic', 'CAIXESBBXXX')],
        'ctx': {},
        'page_only': {'total': 1, 'subtotal': 1, 'tax_amount': 1, 'invoice_number': 1, 'iban': 1},
        'printed': {'1': ['Página 1 de 3'], '2': ['Página 2 de 3'], '3': ['Página 3 de 3']},
        'arith': [
            "8 * D('96.40') + 3 * D('238.75') + 2 * D('1184.00') + 5 * D('142.30') + 4 * D('58.60') + 6 * D('21.85') + 3 * D('24.90') + 1 * D('35.00') == subtotal",
            "q(subtotal * D('0.21')) == tax_amount",
            'subtotal + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_09_fattura_originale_copia_it.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('it_iva', '04183720947'), ('it_iva', '02918470168'), ('iban', 'IT07 Q050 3411 1210 0000 0184 729')],
        'ctx': {},
        'page_only': {},
        'printed': {'1': ['ORIGINALE', '118/2026', '3.380,13'], '2': ['COPIA', '118/2026', '3.380,13']},
        'arith': [
            "12 * D('86.50') + 24 * D('31.20') + 48 * D('9.85') + 12 * D('14.00') + 1 * D('265.00') + 1 * D('78.00') == net_amount",
            "q(net_amount * D('0.22')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_10_facture_a_reporter_signaletique_fr.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('fr_siren', '818472938'), ('fr_tva', 'FR14818472938'), ('iban', 'FR76 3000 4023 1800 0618 4729 031'), ('bic', 'BNPAFRPPXXX')],
        'ctx': {},
        'page_only': {'total': 3, 'net_amount': 3, 'tax_amount': 3, 'amount_due': 3},
        'printed': {'1': ['À reporter 9\u202f993,60'], '2': ['Report 9\u202f993,60', 'À reporter 25\u202f052,10'], '3': ['Report 25\u202f052,10']},
        'arith': [
            "4 * D('38.50') + 12 * D('6.20') + 2 * D('42.00') + 20 * D('24.90') + 1 * D('1240.00') + 6 * D('11.80') + 3 * D('186.00') + 26 * D('54.00') + 8 * D('38.50') + 5 * D('6.20') + 10 * D('42.00') + 2 * D('24.90') + 4 * D('1240.00') + 12 * D('11.80') + 2 * D('186.00') + 20 * D('54.00') + 1 * D('38.50') + 6 * D('6.20') + 3 * D('42.00') + 26 * D('24.90') + 8 * D('1240.00') + 5 * D('11.80') + 10 * D('186.00') + 2 * D('54.00') + 4 * D('38.50') + 12 * D('6.20') + 2 * D('42.00') + 20 * D('24.90') + 1 * D('1240.00') + 6 * D('11.80') + 3 * D('186.00') + 26 * D('54.00') + 8 * D('38.50') + 5 * D('6.20') == net_amount",
            "4 * D('38.50') + 12 * D('6.20') + 2 * D('42.00') + 20 * D('24.90') + 1 * D('1240.00') + 6 * D('11.80') + 3 * D('186.00') + 26 * D('54.00') + 8 * D('38.50') + 5 * D('6.20') + 10 * D('42.00') + 2 * D('24.90') + 4 * D('1240.00') + 12 * D('11.80') == D('9993.60')",
            "D('9993.60') + 2 * D('186.00') + 20 * D('54.00') + 1 * D('38.50') + 6 * D('6.20') + 3 * D('42.00') + 26 * D('24.90') + 8 * D('1240.00') + 5 * D('11.80') + 10 * D('186.00') + 2 * D('54.00') + 4 * D('38.50') + 12 * D('6.20') + 2 * D('42.00') + 20 * D('24.90') == D('25052.10')",
            "q(net_amount * D('0.20')) == tax_amount",
            'net_amount + tax_amount == total',
            'total + deposit_amount == amount_due',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_11_abschlagsrechnung_bau_at.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('at_uid', 'ATU61847292'), ('iban', 'AT86 3800 0184 7293 0611'), ('bic', 'STBKAT22XXX')],
        'ctx': {},
        'page_only': {'total': 2, 'net_amount': 2, 'tax_amount': 2},
        'printed': {'1': ['Seite 1 von 2', '382.745,50'], '2': ['Seite 2 von 2', '382.745,50']},
        'arith': [
            "q(D('412800.00') * 65 / 100) + q(D('118250.00') * 30 / 100) + q(D('86400.00') * 40 / 100) + q(D('64900.00') * 50 / 100) + q(D('71300.00') * 45 / 100) == D('402890.00')",
            "-q(D('402890.00') * D('0.05')) == retention_amount",
            "D('-95000.00') + D('-118400.00') == previous_instalments",
            "D('402890.00') + retention_amount + previous_instalments == net_amount",
            "q(net_amount * D('0.20')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 21',
        ],
    },
    's61_12_rechnung_qr_zahlteil_schreinerei_ch.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('ch_uid', 'CHE-118.472.936'), ('iban', 'CH89 3080 8001 1847 2936 1'), ('qrr', '00 00000 00002 02602 12000 04188')],
        'ctx': {},
        'page_only': {'reference_number': 2, 'iban': 2, 'tax_amount': 1, 'net_amount': 1},
        'printed': {'2': ['17 849.05'], '1': ["17'849.05"]},
        'arith': [
            "q(D('6') * D('1840.00')) + q(D('84') * D('18.50')) + q(D('31.5') * D('96.00')) + q(D('12') * D('42.80')) + q(D('1') * D('380.00')) == net_amount",
            "q(net_amount * D('0.081')) == tax_amount",
            'r05(net_amount + tax_amount) == total',
            "total - (net_amount + tax_amount) == D('0.01')",
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_13_elfaktura_specifikation_se.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('se_orgnr', '556741-8230'), ('se_vat', 'SE556741823001'), ('bankgiro', '5184-7291'), ('luhn', '71041826')],
        'ctx': {'invoice_number': 'Fakturanummer\\s+{v}\\b', 'ocr_number': 'OCR-nummer\\s+{v}\\b'},
        'page_only': {'total': 1, 'net_amount': 1, 'tax_amount': 1},
        'printed': {'2': ['4 311,51'], '1': ['4 311,51']},
        'arith': [
            "q(D('144.5') * D('81.49') / 100) + q(D('147.7') * D('112.4') / 100) + q(D('188.1') * D('110.05') / 100) + q(D('188') * D('61.35') / 100) + q(D('137') * D('80.55') / 100) + q(D('184.7') * D('96.78') / 100) + q(D('141.6') * D('76.84') / 100) + q(D('186.2') * D('118.25') / 100) + q(D('133') * D('128.56') / 100) + q(D('141') * D('130.92') / 100) + q(D('183.6') * D('108.88') / 100) + q(D('193.1') * D('98.17') / 100) + q(D('137.1') * D('108.92') / 100) + q(D('131.3') * D('89.9') / 100) + q(D('125.2') * D('57.72') / 100) + q(D('172.4') * D('95.18') / 100) + q(D('139.9') * D('135.93') / 100) + q(D('194.2') * D('81.57') / 100) + q(D('148.1') * D('111.96') / 100) + q(D('121') * D('129.3') / 100) + q(D('162.1') * D('138.63') / 100) + q(D('130.9') * D('60.59') / 100) + q(D('188') * D('110.65') / 100) + q(D('180.3') * D('111.14') / 100) + q(D('119.4') * D('126.31') / 100) + q(D('146.2') * D('67.43') / 100) + q(D('133') * D('86.55') / 100) + q(D('126.6') * D('71.69') / 100) == D('4311.51')",
            "D('4311.51') + q(D('4324.2') * D('0.049')) + D('49.00') + q(D('4324.2') * D('0.439')) == net_amount",
            "q(net_amount * D('0.25')) == tax_amount",
            "(net_amount + tax_amount).quantize(D('1'), ROUND_HALF_UP) == total",
            "D('52537.2') - D('48213.0') == D('4324.2')",
            'days(invoice_date, due_date) == 26',
        ],
    },
    's61_14_mobile_bill_call_records_au.pdf': {
        'pages': 5,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('au_abn', '75 638 472 910')],
        'ctx': {},
        'page_only': {'tax_amount': 1},
        'printed': {'2': ['Total service 0412 555 184: $87.33'], '3': ['Total service 0437 555 902: $74.30'], '4': ['Total service 0455 555 318: $58.73'], '1': ['Page 1 of 5'], '5': ['Page 5 of 5', 'Total due $232.71']},
        'arith': [
            "D('55.00') + D('0.00') + D('0.00') + D('0.00') + D('12.33') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('20.00') == D('87.33')",
            "D('39.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('1.32') + D('0.00') + D('11.50') + D('0.00') + D('0.00') + D('0.00') + D('4.32') + D('0.00') + D('0.00') + D('8.16') + D('10.00') == D('74.30')",
            "D('29.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('1.77') + D('0.00') + D('0.00') + D('0.00') + D('13.32') + D('0.00') + D('9.64') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('0.00') + D('5.00') == D('58.73')",
            "D('87.33') + D('74.30') + D('58.73') == total",
            'q(total / 11) == tax_amount',
            "D('162.35') + D('-150.00') + total == amount_due",
            'days(invoice_date, due_date) == 14',
        ],
    },
    's61_15_faktura_leveringsbetingelser_no.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('no_orgnr', '912 374 181'), ('no_kontonr', '1503.18.47297'), ('luhn', '00026047118')],
        'ctx': {'invoice_number': 'Fakturanr\\.\\s+{v}\\b'},
        'page_only': {'total': 1, 'kid_number': 1},
        'printed': {'2': ['Side 2 av 2']},
        'arith': [
            "q(D('2') * D('3450.00')) + q(D('4') * D('689.00')) + q(D('6.5') * D('985.00')) + q(D('3') * D('985.00')) + q(D('1') * D('540.00')) == net_amount",
            "q(net_amount * D('0.25')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 14',
        ],
    },
    's61_16_tenant_invoice_meter_readings_za.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('luhn', '4184729368'), ('luhn', '4291847368')],
        'ctx': {},
        'page_only': {'total': 1, 'tax_amount': 1},
        'printed': {'2': ['23 961.11', '5 418.31'], '1': ['5 418.31']},
        'arith': [
            "q((291642 - 284117) * D('3.1842')) + q(42 * D('298.50')) == electricity_amount",
            "q(30 * D('38.90')) + q((18489 - 18412 - 30) * D('52.15')) + q((18489 - 18412) * D('0.7') * D('33.40')) == D('5418.31')",
            "D('48500.00') + D('6120.00') + electricity_amount + D('5418.31') + D('845.00') == subtotal",
            "q(subtotal * D('0.15')) == tax_amount",
            'subtotal + tax_amount == total',
            'days(invoice_date, due_date) == 5',
        ],
    },
    's61_17_lasku_siirto_kalustepuu_fi.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('fi_ytunnus', '2847193-9'), ('fi_alv', 'FI28471939'), ('fi_ref', '20260 41805'), ('iban', 'FI33 4711 0010 1847 29'), ('bic', 'OKOYFIHH')],
        'ctx': {},
        'page_only': {'total': 3, 'net_amount': 3, 'tax_amount': 3, 'reference_number': 3},
        'printed': {'1': ['Sivu 1/3', 'Siirto seuraavalle sivulle 6 500,80'], '2': ['Sivu 2/3', 'Siirto edelliseltä sivulta 6 500,80', 'Siirto seuraavalle sivulle 11 663,50'], '3': ['Sivu 3/3', 'Siirto edelliseltä sivulta 11 663,50']},
        'arith': [
            "6 * D('48.90') + 10 * D('18.90') + 4 * D('2.95') + 24 * D('6.85') + 40 * D('9.60') + 8 * D('36.40') + 3 * D('21.50') + 12 * D('27.40') + 5 * D('4.20') + 9 * D('58.30') + 30 * D('112.00') + 2 * D('42.80') + 16 * D('48.90') + 6 * D('18.90') + 10 * D('2.95') + 4 * D('6.85') + 24 * D('9.60') + 40 * D('36.40') + 8 * D('21.50') + 3 * D('27.40') + 12 * D('4.20') + 5 * D('58.30') + 9 * D('112.00') + 30 * D('42.80') + 2 * D('48.90') + 16 * D('18.90') + 6 * D('2.95') + 10 * D('6.85') + 4 * D('9.60') + 24 * D('36.40') + 40 * D('21.50') + 8 * D('27.40') + 3 * D('4.20') + 12 * D('58.30') == net_amount",
            "6 * D('48.90') + 10 * D('18.90') + 4 * D('2.95') + 24 * D('6.85') + 40 * D('9.60') + 8 * D('36.40') + 3 * D('21.50') + 12 * D('27.40') + 5 * D('4.20') + 9 * D('58.30') + 30 * D('112.00') + 2 * D('42.80') + 16 * D('48.90') == D('6500.80')",
            "D('6500.80') + 6 * D('18.90') + 10 * D('2.95') + 4 * D('6.85') + 24 * D('9.60') + 40 * D('36.40') + 8 * D('21.50') + 3 * D('27.40') + 12 * D('4.20') + 5 * D('58.30') + 9 * D('112.00') + 30 * D('42.80') + 2 * D('48.90') + 16 * D('18.90') + 6 * D('2.95') == D('11663.50')",
            "q(net_amount * D('0.255')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 14',
        ],
    },
    's61_18_verzamelfactuur_pakbonnen_nl.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('nl_btw', 'NL847192003B01'), ('iban', 'NL11 KNAB 0418 4729 36')],
        'ctx': {'customer_number': 'Debiteurnummer \\.+ {v}\\b'},
        'page_only': {'total': 2, 'net_amount': 2, 'tax_amount': 2},
        'printed': {'1': ['Pagina 1 van 2', 'Transport naar pagina 2 1.677,15'], '2': ['Pagina 2 van 2', 'Transport van pagina 1 1.677,15']},
        'arith': [
            "4 * D('38.50') + 2 * D('46.20') + 3 * D('52.75') + 2 * D('31.90') + 4 * D('29.40') + 3 * D('46.20') + 6 * D('38.50') + 2 * D('52.75') + 3 * D('29.40') + 2 * D('46.20') + 1 * D('31.90') + 4 * D('52.75') + 5 * D('38.50') + 2 * D('46.20') + 2 * D('29.40') + 3 * D('31.90') + 2 * D('52.75') + 3 * D('38.50') + 4 * D('46.20') + 5 * D('29.40') + 2 * D('31.90') == net_amount",
            "4 * D('38.50') + 2 * D('46.20') + 3 * D('52.75') + 2 * D('31.90') + 4 * D('29.40') + 3 * D('46.20') + 6 * D('38.50') + 2 * D('52.75') + 3 * D('29.40') + 2 * D('46.20') + 1 * D('31.90') + 4 * D('52.75') + 5 * D('38.50') == D('1677.15')",
            "q(net_amount * D('0.21')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 14',
        ],
    },
    's61_19_fatura_multibanco_tipografia_pt.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('pt_nif', '509284710'), ('pt_nif', '518742938'), ('iban', 'PT50 0035 0418 0001 8472 9318 7')],
        'ctx': {},
        'page_only': {'net_amount': 1, 'tax_amount': 1, 'customer_vat_id': 1, 'po_number': 1},
        'printed': {'2': ['Montante: 2.609,08 EUR', 'Referência: 318 470 291'], '1': ['Página 1 de 2']},
        'arith': [
            "q(D('250') * D('1.84')) + q(D('12') * D('38.60')) + q(D('400') * D('2.15')) + q(D('6.5') * D('42.00')) + q(D('1') * D('65.00')) == net_amount",
            "q(net_amount * D('0.23')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_20_faktura_przeniesienie_hurtownia_pl.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('pl_nip', '527-184-73-95'), ('pl_nip', '731-829-46-19'), ('iban', 'PL07 1240 1747 0000 1847 2936 1150')],
        'ctx': {},
        'page_only': {'total': 3, 'net_amount': 3, 'tax_amount': 3, 'iban': 3},
        'printed': {'1': ['Strona 1 z 3', 'Do przeniesienia 16 500,66'], '2': ['Strona 2 z 3', 'Z przeniesienia 16 500,66', 'Do przeniesienia 42 629,14'], '3': ['Strona 3 z 3', 'Z przeniesienia 42 629,14']},
        'arith': [
            "q(3 * D('289.00')) + q(120 * D('9.30')) + q(50 * D('3.40')) + q(80 * D('54.90')) + q(24 * D('14.60')) + q(4 * D('6.40')) + q(36 * D('11.75')) + q(12 * D('9.85')) + q(2 * D('168.50')) + q(18 * D('0.92')) + q(10 * D('47.20')) + q(15 * D('142.00')) + q(6 * D('289.00')) + q(3 * D('9.30')) + q(120 * D('3.40')) + q(50 * D('54.90')) + q(80 * D('14.60')) + q(24 * D('6.40')) + q(4 * D('11.75')) + q(36 * D('9.85')) + q(12 * D('168.50')) + q(2 * D('0.92')) + q(18 * D('47.20')) + q(10 * D('142.00')) + q(15 * D('289.00')) + q(6 * D('9.30')) + q(3 * D('3.40')) + q(120 * D('54.90')) + q(50 * D('14.60')) + q(80 * D('6.40')) + q(24 * D('11.75')) + q(4 * D('9.85')) + q(36 * D('168.50')) + q(12 * D('0.92')) + q(2 * D('47.20')) + q(18 * D('142.00')) + q(10 * D('289.00')) + q(15 * D('9.30')) + q(6 * D('3.40')) + q(3 * D('54.90')) + q(120 * D('14.60')) + q(50 * D('6.40')) + q(80 * D('11.75')) + q(24 * D('9.85')) == net_amount",
            "q(3 * D('289.00')) + q(120 * D('9.30')) + q(50 * D('3.40')) + q(80 * D('54.90')) + q(24 * D('14.60')) + q(4 * D('6.40')) + q(36 * D('11.75')) + q(12 * D('9.85')) + q(2 * D('168.50')) + q(18 * D('0.92')) + q(10 * D('47.20')) + q(15 * D('142.00')) + q(6 * D('289.00')) + q(3 * D('9.30')) + q(120 * D('3.40')) + q(50 * D('54.90')) + q(80 * D('14.60')) == D('16500.66')",
            "D('16500.66') + q(24 * D('6.40')) + q(4 * D('11.75')) + q(36 * D('9.85')) + q(12 * D('168.50')) + q(2 * D('0.92')) + q(18 * D('47.20')) + q(10 * D('142.00')) + q(15 * D('289.00')) + q(6 * D('9.30')) + q(3 * D('3.40')) + q(120 * D('54.90')) + q(50 * D('14.60')) + q(80 * D('6.40')) + q(24 * D('11.75')) + q(4 * D('9.85')) + q(36 * D('168.50')) + q(12 * D('0.92')) + q(2 * D('47.20')) + q(18 * D('142.00')) == D('42629.14')",
            "q(net_amount * D('0.23')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
            'sale_date < invoice_date',
        ],
    },
    's61_21_folio_timologio_xenodocheio_gr.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('gr_vat', '800938473'), ('gr_vat', '099184725')],
        'ctx': {},
        'page_only': {'total': 2, 'net_amount': 2, 'tax_amount': 2},
        'printed': {'1': ['Σε μεταφορά / Carried forward 705,50', 'Σελίδα 1 / 2'], '2': ['Από μεταφορά / Brought forward 705,50', 'Σελίδα 2 / 2']},
        'arith': [
            "D('118.00') + D('3.00') + D('46.50') + D('118.00') + D('3.00') + D('18.00') + D('118.00') + D('3.00') + D('160.00') + D('118.00') + D('3.00') + D('62.00') + D('118.00') + D('3.00') + D('24.00') + D('118.00') + D('3.00') + D('27.50') == net_amount + D('18.00')",
            "q(D('816.50') * D('0.13')) + q(D('229.50') * D('0.24')) == tax_amount",
            "net_amount + tax_amount + D('18.00') == total",
            "6 * D('3.00') == D('18.00')",
            'days(arrival_date, departure_date) == 6',
            "D('118.00') + D('3.00') + D('46.50') + D('118.00') + D('3.00') + D('18.00') + D('118.00') + D('3.00') + D('160.00') + D('118.00') == D('705.50')",
        ],
    },
    's61_22_efatura_nakli_yekun_irsaliye_tr.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [841.9, 595.3]],
        'month_first': False,
        'ids': [('tr_vkn', '4817293656'), ('tr_vkn', '7918462036'), ('iban', 'TR37 0006 4000 1184 7293 6100 01')],
        'ctx': {},
        'page_only': {'total': 2, 'net_amount': 2, 'tax_amount': 2, 'uuid': 1},
        'printed': {'1': ['Nakli Yekün 799.059,45', 'Sayfa: 1 / 3'], '2': ['Nakli Yekün 799.059,45', 'Sayfa: 2 / 3'], '3': ['Sayfa: 3 / 3']},
        'arith': [
            "q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) + q(D('338.2') * D('268.00')) + q(D('72.6') * D('312.00')) + q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) + q(D('338.2') * D('268.00')) + q(D('72.6') * D('312.00')) + q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) + q(D('338.2') * D('268.00')) + q(D('72.6') * D('312.00')) + q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) == net_amount",
            "q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) + q(D('338.2') * D('268.00')) + q(D('72.6') * D('312.00')) + q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) + q(D('95.4') * D('18.25')) + q(D('264.8') * D('241.75')) + q(D('150.0') * D('46.80')) + q(D('338.2') * D('268.00')) + q(D('72.6') * D('312.00')) + q(D('412.5') * D('214.50')) + q(D('186.0') * D('289.40')) == D('799059.45')",
            "q(net_amount * D('0.20')) == tax_amount",
            'net_amount + tax_amount == total',
            'days(invoice_date, due_date) == 30',
        ],
    },
    's61_23_cfdi_tres_paginas_montacargas_mx.pdf': {
        'pages': 3,
        'geo': [[612.0, 792.0], [612.0, 792.0], [612.0, 792.0]],
        'month_first': False,
        'ids': [('mx_rfc', 'LMA190514A14'), ('mx_rfc', 'GCO081127H43')],
        'ctx': {'currency': 'Moneda: {v}\\b'},
        'page_only': {'uuid': 3, 'total': 2, 'subtotal': 2, 'tax_amount': 2},
        'printed': {'1': ['Página 1 de 3'], '2': ['Página 2 de 3'], '3': ['Página 3 de 3']},
        'arith': [
            "q(4 * D('685.00')) + q(20 * D('92.40')) + q(8 * D('3240.00')) + q(1 * D('48500.00')) + q(3 * D('2850.00')) + q(2 * D('1180.00')) + q(12 * D('214.00')) + q(2 * D('1975.00')) + q(2 * D('1450.00')) + q(1 * D('9800.00')) + q(2 * D('685.00')) + q(10 * D('92.40')) + q(4 * D('3240.00')) + q(1 * D('48500.00')) + q(1 * D('2850.00')) + q(4 * D('1180.00')) + q(20 * D('214.00')) + q(1 * D('1975.00')) + q(1 * D('1450.00')) + q(2 * D('9800.00')) == subtotal",
            "q(q(4 * D('685.00')) * D('0.16')) + q(q(20 * D('92.40')) * D('0.16')) + q(q(8 * D('3240.00')) * D('0.16')) + q(q(1 * D('48500.00')) * D('0.16')) + q(q(3 * D('2850.00')) * D('0.16')) + q(q(2 * D('1180.00')) * D('0.16')) + q(q(12 * D('214.00')) * D('0.16')) + q(q(2 * D('1975.00')) * D('0.16')) + q(q(2 * D('1450.00')) * D('0.16')) + q(q(1 * D('9800.00')) * D('0.16')) + q(q(2 * D('685.00')) * D('0.16')) + q(q(10 * D('92.40')) * D('0.16')) + q(q(4 * D('3240.00')) * D('0.16')) + q(q(1 * D('48500.00')) * D('0.16')) + q(q(1 * D('2850.00')) * D('0.16')) + q(q(4 * D('1180.00')) * D('0.16')) + q(q(20 * D('214.00')) * D('0.16')) + q(q(1 * D('1975.00')) * D('0.16')) + q(q(1 * D('1450.00')) * D('0.16')) + q(q(2 * D('9800.00')) * D('0.16')) == tax_amount",
            'subtotal + tax_amount == total',
        ],
    },
    's61_24_fatura_locacao_boleto_br.pdf': {
        'pages': 2,
        'geo': [[595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('br_cnpj', '18.472.936/0001-80'), ('br_cnpj', '09.471.825/0001-69'), ('boleto', '99991.09201 26041.800017 84729.360010 2 14080001904560')],
        'ctx': {},
        'page_only': {'boleto_line': 2},
        'printed': {'1': ['Página 1 de 2'], '2': ['Página 2 de 2', 'Valor do documento 19.045,60']},
        'arith': [
            "2 * D('4850.00') + 1 * D('6200.00') + 3 * D('890.00') + 1 * D('475.60') == total",
            'int(boleto_line.split()[-1][4:]) == int(total * 100)',
            "days('2025-02-22', due_date) + 1000 == int(boleto_line.split()[-1][:4])",
            "q(total * D('0.02')) == D('380.91')",
            "q(total * D('0.01') / 30) == D('6.35')",
        ],
    },
    's61_25_gst_invoice_three_pages_packaging_in.pdf': {
        'pages': 3,
        'geo': [[595.3, 841.9], [595.3, 841.9], [595.3, 841.9]],
        'month_first': False,
        'ids': [('in_gstin', '27AAKCS4821R1ZM'), ('in_gstin', '27AABCM7391L1ZY'), ('in_pan', 'AAKCS4821R')],
        'ctx': {},
        'page_only': {'total': 2, 'taxable_amount': 2, 'cgst_amount': 2, 'sgst_amount': 2},
        'printed': {'1': ['Page 1 of 3', 'Continued on next page'], '2': ['Page 2 of 3', 'Indian Rupees Thirteen Lakh Nine Thousand One Hundred Eighty and Fifty Paise Only'], '3': ['Page 3 of 3']},
        'arith': [
            "q(1200 * D('38.50')) + q(300 * D('112.00')) + q(25000 * D('2.15')) + q(40000 * D('0.94')) + q(350 * D('148.00')) + q(5000 * D('14.20')) + q(8000 * D('11.60')) + q(900 * D('46.75')) + q(800 * D('38.50')) + q(250 * D('112.00')) + q(20000 * D('2.15')) + q(30000 * D('0.94')) + q(420 * D('148.00')) + q(4000 * D('14.20')) + q(6000 * D('11.60')) + q(1100 * D('46.75')) + q(1500 * D('38.50')) + q(200 * D('112.00')) + q(15000 * D('2.15')) + q(25000 * D('0.94')) + q(280 * D('148.00')) + q(3000 * D('14.20')) + q(5000 * D('11.60')) + q(700 * D('46.75')) == taxable_amount",
            "q(taxable_amount * D('0.09')) == cgst_amount",
            'cgst_amount == sgst_amount',
            'taxable_amount + cgst_amount + sgst_amount == total',
        ],
    },
}

MAX_KB = 400

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря"],
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
            # Courier from enscript / ps2pdf is embedded but carries no ToUnicode map; its standard encoding maps
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
    """Indian grouping: last three digits, then groups of two (15,90,404)."""
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
    """unsigned renderings of an amount, weight or volume"""
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


def signed_forms(v):
    """a negative truth value must be printed with its sign: -x, - x, x- or (x)"""
    forms = amount_forms(v)
    if not v.startswith("-"):
        return forms
    out = set()
    for f in forms:
        out |= {"-" + f, "- " + f, f + "-", "(" + f + ")"}
        # a currency sign between the minus and the digits: -€58.93, -£19.20, -R 1 000.00
        out |= {"-" + sym + f for sym in ("€", "€ ", "$", "$ ", "£", "R ", "CA$")}
    return out


def date_forms(v, month_first=False):
    """printed forms of an ISO date; numeric slashed dates are day first except in month-first (US) documents"""
    y, m, d = v.split("-")
    yi, mi, di = int(y), int(m), int(d)
    f = {f"{d}.{m}.{y}", f"{m}/{d}/{y}" if month_first else f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{y}-{m}-{d}",
         f"{di}.{mi}.{y}", f"{y}.{m}.{d}", f"{y}/{m}/{d}", f"{di}. {mi}. {y}"}
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}",
          f"{en[:3]} {di}, {y}", f"{en[:3]}. {di}, {y}"}
    for lang in ("fr", "it"):
        f.add(f"{di} {MONTHS[lang][mi - 1]} {y}")
    for lang in ("es", "pt"):
        f.add(f"{di} de {MONTHS[lang][mi - 1]} de {y}")
    f.add(f"{di}. {MONTHS['de'][mi - 1]} {y}")
    f.add(f"{di} {MONTHS['ru'][mi - 1]} {y}")
    return f


def candidates(value, month_first=False):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value, month_first), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return signed_forms(value), "negative" if value.startswith("-") else "number"
    return {value}, "text"


def number_pattern(f, positive=True):
    core = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
    if positive:
        # an unsigned truth value must not be printed as a negative: minus sign before or after it, or in parentheses
        core = r"(?<!-)(?<!- )(?:(?<!\()" + core + r"|(?<=\()" + core + r"(?!\)))(?!-\D)(?!-$)"
    return core


def find(value_forms, kind, text, ctx=None):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return f
            continue
        flags = 0
        if kind in ("number", "negative"):
            pat = number_pattern(f, kind == "number")
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(f) + r"(?!\d)"
            flags = re.I            # 16-MAR-2026
        else:
            pat = re.escape(f)
        if re.search(pat, text, flags):
            return f
        if kind == "text" and " " in f:
            # value wrapped over two lines in one of the extractions
            if re.search(r"\s+".join(re.escape(p) for p in f.split(" ")), text):
                return f
    return None


def page_geometry(pdf):
    """[(width, height, rotation)] of every page as displayed (pdfium swaps width and height for /Rotate 90)"""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        out.append((round(w, 1), round(h, 1), page.get_rotation()))
    return out


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def r05(x):
    """Swiss rounding to 5 centimes"""
    return (x * 20).quantize(D("1"), ROUND_HALF_UP) / 20


def days(a, b):
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def printed_on(text, s):
    """a label / value pair printed on a page, any whitespace (also line breaks in the raw extraction) between tokens"""
    return re.search(r"\s+".join(re.escape(p) for p in norm(s).split()), text) is not None


# fields that look numeric but are identifiers / codes (kept as strings in the arithmetic environment)
NOT_AMOUNT = {"invoice_number", "vendor_vat_id", "customer_vat_id", "customer_number", "account_number", "kid_number",
              "ocr_number", "reference_number", "vendor_tax_id", "customer_tax_id", "iban", "po_number", "matter_number",
              "vendor_gst_reg", "vendor_business_id", "uuid", "order_number", "boleto_line", "delivery_note_count"}


# ---------------------------------------------------------------- main
def main():
    errors = []
    n_ids = n_vals = n_arith = n_geo = n_printed = 0
    files = sorted(TRUTH)
    if sorted(META) != files:
        errors.append("META and truth.json list different files")
    missing = [f for f in files if not (PDF_DIR / f).exists()]
    if missing:
        print("missing PDFs:", missing)
        return 1
    names = set()
    total_size = 0
    forbidden = {"file", "success", "error_type", "error", "pages", "sha256", "seconds", "cached", "status", "text"}
    page_hist = {}
    for f in files:
        m = META[f]
        fields = TRUTH[f]
        names |= set(fields)
        if not 9 <= len(fields) <= 11:
            errors.append(f"{f}: {len(fields)} fields (want 9-11)")
        for k in ("invoice_number", "invoice_date", "total", "vendor"):
            if k not in fields:
                errors.append(f"{f}: core field {k} missing")
        if forbidden & set(fields):
            errors.append(f"{f}: reserved field names {sorted(forbidden & set(fields))}")
        size = (PDF_DIR / f).stat().st_size
        total_size += size
        if size > MAX_KB * 1024:
            errors.append(f"{f}: {size} bytes (> {MAX_KB} KB)")
        pages = page_texts(PDF_DIR / f)
        page_hist[len(pages)] = page_hist.get(len(pages), 0) + 1
        if not 2 <= m["pages"] <= 6:
            errors.append(f"{f}: expected page count {m['pages']} outside 2-6")
        if len(pages) != m["pages"]:
            errors.append(f"{f}: {len(pages)} pages, expected {m['pages']}")
        geo = page_geometry(PDF_DIR / f)
        for i, (g, want) in enumerate(zip(geo, m["geo"]), 1):
            n_geo += 1
            if not all(abs(a - b) <= 1 for a, b in zip(g[:2], want[:2])) or g[2] != 0:
                errors.append(f"{f}: page {i} geometry {g}, expected {tuple(want)}")
        full = "\n".join(pages)
        full_collapsed = re.sub(r"\s+", " ", full)
        for scheme, ident in m["ids"]:
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
            forms, kind = candidates(value, m["month_first"])
            ctx = m["ctx"].get(field)
            if (len(value) <= 3 or field in ("currency",) or re.fullmatch(r"\d+", value) and field == "invoice_number") and not ctx:
                errors.append(f"{f}: short value / bare number {field}={value!r} needs a CONTEXT anchor")
            hit_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, ctx)]
            if not hit_pages:
                errors.append(f"{f}: {field}={value!r} not found in PDF text")
                continue
            only = m["page_only"].get(field)
            if only and hit_pages != [only]:
                errors.append(f"{f}: {field}={value!r} expected on page {only} only, found on pages {hit_pages}")
        for field in m["page_only"]:
            if field not in fields:
                errors.append(f"{f}: PAGE_ONLY names unknown field {field}")
        for pg, strings in m["printed"].items():
            for s in strings:
                n_printed += 1
                if int(pg) > len(pages) or not printed_on(pages[int(pg) - 1], s):
                    errors.append(f"{f}: {s!r} not printed on page {pg}")
        env = {"D": Decimal, "q": q, "r05": r05, "date": date, "days": days, "ROUND_HALF_UP": ROUND_HALF_UP,
               "sum": sum, "len": len, "all": all, "int": int}
        for k, v in fields.items():
            if re.fullmatch(r"-?\d+(\.\d+)?", v) and not re.fullmatch(r"0\d+", v) and k not in NOT_AMOUNT:
                env[k] = Decimal(v)
            else:
                env[k] = v
        for expr in m["arith"]:
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}, **env})
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e!r})"
            if not ok:
                errors.append(f"{f}: arithmetic check failed: {expr[:300]}")
        for field in m["ctx"]:
            if field not in fields:
                errors.append(f"{f}: CONTEXT names unknown field {field}")
    errors += CLEAN_ERRORS
    n_p = sum(len(m["page_only"]) for m in META.values())
    n_neg = sum(1 for v in TRUTH.values() for x in v.values() if re.fullmatch(r"-\d+(\.\d+)?", x))
    print(f"documents: {len(files)}  pages: {sum(k * v for k, v in page_hist.items())} "
          f"({', '.join(f'{v}x{k}' for k, v in sorted(page_hist.items()))})  truth values: {n_vals}  distinct field names: "
          f"{len(names)}  page-only values: {n_p}  negative values: {n_neg}  identifiers checked: {n_ids}  arithmetic "
          f"checks: {n_arith}  per-page printed checks: {n_printed}  page geometries: {n_geo}  "
          f"total PDF size: {total_size / 1024:.0f} KB")
    total = n_vals + n_ids + n_arith + n_geo + n_printed
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{total - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{total} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_arith} arithmetic checks, "
          f"{n_printed} per-page printed checks, {n_geo} page geometries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
