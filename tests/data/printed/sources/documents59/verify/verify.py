#!/usr/bin/env python3
"""Verify set59 (supplier invoices, bills and receipts on awkward paper and page geometry).

1. Every identifier with a check-digit scheme printed in the documents is valid: IBANs (mod 97 plus the national
   check digits where published: IT CIN, FR RIB key, PL sort code, ES and BE inside stdnum), the national company / tax
   ids through python-stdnum (DE USt-IdNr., NL btw, FR TVA / SIREN, GB VAT, IE VAT, DK CVR, IT partita IVA, PL NIP, ES
   CIF, HU adószám (first eight digits), AT UID, FI ALV / Y-tunnus, CH UID, NO org.nr. and kontonummer, AU ABN, BE
   VAT, SE VAT / org.nr., PT NIF, TR VKN, RU INN, AR CUIT, RO CIF, CO NIT, US EIN), the US ABA routing number, the
   Finnish creditor reference (7-3-1), the Norwegian KID and the Swedish OCR number (Luhn), the Swedish bankgiro
   (Luhn), BICs (format) and the Russian settlement / correspondent accounts against the BIK (weights 7 1 3).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the national forms
   used by the documents, month names in English, French, Italian, Spanish, Portuguese, German and Russian;
   amounts with dot / comma / space / apostrophe grouping and decimal comma; negative amounts only with a printed
   sign, also with a currency sign between the minus and the digits (-€125.00, -$ 166.400,00); names and ids as
   printed, whitespace-normalised). Short values and currency codes are only accepted next to their label.
3. Values marked as page-N-only are found on that page and on no other page (totals of the 3-page invoice, the
   invoice behind the cover letter).
4. The amounts add up: lines to subtotals, discounts, deposits, credits, tax, rounding, totals, conversions.
5. Page counts, page geometry (80 / 58 mm receipts, A5, A5 landscape, US Legal, A4 landscape, /Rotate 90), file
   sizes, a non-empty text layer on every page, embedded fonts with a ToUnicode map, clean pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set59-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import bic, iban, luhn
from stdnum.ar import cuit as ar_cuit
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import vat as be_vat
from stdnum.ch import uid as ch_uid
from stdnum.co import nit as co_nit
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif
from stdnum.fi import alv as fi_alv, ytunnus as fi_ytunnus
from stdnum.fr import siren as fr_siren, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.hu import anum as hu_anum
from stdnum.ie import vat as ie_vat
from stdnum.it import iva as it_iva
from stdnum.nl import btw as nl_btw
from stdnum.no import kontonr as no_kontonr, orgnr as no_orgnr
from stdnum.pl import nip as pl_nip
from stdnum.pt import nif as pt_nif
from stdnum.ro import cf as ro_cf
from stdnum.ru import inn as ru_inn
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set59-pdfs")
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
    if cc == "PL":
        s = bban[:8]
        return (10 - sum(int(a) * w for a, w in zip(s[:7], [3, 9, 7, 1, 3, 9, 7])) % 10) % 10 == int(s[7])
    return True   # ES and BE are checked by stdnum inside iban.is_valid


def hu_tax_valid(x):
    """Hungarian adószám 12345678-1-12: the first eight digits carry the check digit"""
    m = re.fullmatch(r"(\d{8})-[1-5]-\d{2}", x)
    return bool(m) and hu_anum.is_valid(m.group(1))


def fi_ref_valid(x):
    """Finnish creditor reference: weights 7 3 1 from the right, check digit last"""
    x = digits(x)
    w = [7, 3, 1]
    s = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(x[:-1])))
    return 4 <= len(x) <= 20 and (10 - s % 10) % 10 == int(x[-1])


def aba_valid(x):
    return bool(re.fullmatch(r"\d{9}", x)) and sum(int(a) * w for a, w in zip(x, [3, 7, 1] * 3)) % 10 == 0


def bankgiro_valid(x):
    return bool(re.fullmatch(r"\d{3,4}-\d{4}", x)) and luhn.is_valid(digits(x))


def ru_account_valid(bik, account, corr=False):
    """Russian 20-digit account: control key over the last three BIK digits (settlement account) or '0' + BIK
    digits 5-6 (correspondent account) followed by the account, weights 7 1 3, sum divisible by 10"""
    pre = ("0" + bik[4:6]) if corr else bik[-3:]
    s = pre + account
    return len(account) == 20 and sum(int(ch) * [7, 1, 3][i % 3] for i, ch in enumerate(s)) % 10 == 0


V = {
    "iban": iban_national_ok, "de_vat": de_vat.is_valid, "nl_btw": nl_btw.is_valid, "fr_tva": fr_tva.is_valid,
    "fr_siren": fr_siren.is_valid, "gb_vat": gb_vat.is_valid, "ie_vat": ie_vat.is_valid, "dk_cvr": dk_cvr.is_valid,
    "it_iva": it_iva.is_valid, "pl_nip": pl_nip.is_valid, "es_cif": es_cif.is_valid, "hu_tax": hu_tax_valid,
    "at_uid": at_uid.is_valid, "fi_alv": fi_alv.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "fi_ref": fi_ref_valid,
    "ch_uid": ch_uid.is_valid, "us_ein": us_ein.is_valid, "aba": aba_valid, "no_orgnr": no_orgnr.is_valid,
    "no_kontonr": no_kontonr.is_valid, "luhn": lambda x: luhn.is_valid(digits(x)), "au_abn": au_abn.is_valid,
    "be_vat": be_vat.is_valid, "bic": bic.is_valid, "se_vat": se_vat.is_valid, "se_orgnr": se_orgnr.is_valid,
    "bankgiro": bankgiro_valid, "pt_nif": pt_nif.is_valid, "tr_vkn": tr_vkn.is_valid, "ru_inn": ru_inn.is_valid,
    "ar_cuit": ar_cuit.is_valid, "ro_cf": ro_cf.is_valid, "co_nit": co_nit.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s59_01_kassenbon_80mm_de.pdf": [("de_vat", "DE318472657")],
    "s59_02_factuur_installatie_landscape_nl.pdf": [("nl_btw", "NL852730111B01"), ("iban", "NL82 RABO 0318 4729 56")],
    "s59_03_facture_menuiserie_duplicata_fr.pdf": [("fr_siren", "518 473 624"), ("fr_tva", "FR82518473624"),
                                                   ("iban", "FR76 1380 7000 4631 8472 6010 232")],
    "s59_04_invoice_fasteners_3p_gb.pdf": [("gb_vat", "GB 418 3726 04")],
    "s59_05_electricity_bill_stub_ie.pdf": [("ie_vat", "IE6348172A"), ("iban", "IE29 BOFI 9000 1718 4729 36")],
    "s59_06_faktura_tryksager_sidebar_dk.pdf": [("dk_cvr", "31847206"), ("iban", "DK39 3000 0018 4729 36")],
    "s59_07_fattura_agriturismo_a5_it.pdf": [("it_iva", "04182730152"), ("it_iva", "06418270481"),
                                             ("iban", "IT02 D030 6971 8800 0000 0184 729")],
    "s59_08_faktura_drukarnia_a5_landscape_pl.pdf": [("pl_nip", "527-184-30-26"), ("pl_nip", "676-218-47-11"),
                                                     ("iban", "PL89 1090 2835 0000 0001 4718 2936")],
    "s59_09_carta_y_factura_traduccion_es.pdf": [("es_cif", "B84183722"), ("es_cif", "A28184737"),
                                                 ("iban", "ES87 2100 0418 4802 0018 4729")],
    "s59_10_szamla_eur_huf_ketdeviza_hu.pdf": [("hu_tax", "12847367-2-07"), ("hu_tax", "24187361-2-08"),
                                               ("iban", "HU15 1177 3016 1847 2936 0000 0000")],
    "s59_11_rechnung_kaffeeroesterei_at.pdf": [("at_uid", "ATU64183724"), ("iban", "AT97 2011 1829 4736 0001")],
    "s59_12_rahtilasku_kuljetus_rotated_fi.pdf": [("fi_alv", "FI24183729"), ("fi_ytunnus", "2418372-9"),
                                                  ("fi_ref", "20260318007311"), ("iban", "FI37 4183 2000 7184 29"),
                                                  ("bic", "OKOYFIHH")],
    "s59_13_rechnung_velowerkstatt_rundung_ch.pdf": [("ch_uid", "CHE-184.729.366"), ("iban", "CH83 3000 0018 4729 3660 0")],
    "s59_14_invoice_hydraulics_legal_us.pdf": [("us_ein", "84-1837265"), ("aba", "125000574")],
    "s59_15_kommunale_avgifter_giro_no.pdf": [("no_orgnr", "918 472 630"), ("no_kontonr", "1503.18.47203"),
                                              ("luhn", "20260041833")],
    "s59_16_tax_invoice_plumbing_caps_au.pdf": [("au_abn", "35 184 729 360")],
    "s59_17_factuur_garage_rotated_be.pdf": [("be_vat", "BE 0418.472.945"), ("be_vat", "BE 0817.293.096"),
                                             ("iban", "BE56 4183 7293 0188"), ("bic", "KREDBEBB")],
    "s59_18_telefaktura_foretag_se.pdf": [("se_vat", "SE556718293501"), ("se_orgnr", "556718-2935"),
                                          ("bankgiro", "5341-8729"), ("luhn", "4122603188")],
    "s59_19_fatura_recibo_drogaria_pt.pdf": [("pt_nif", "504183729"), ("pt_nif", "218472935")],
    "s59_20_official_receipt_cafe_58mm_ph.pdf": [],
    "s59_21_fatura_tekstil_a5_tr.pdf": [("tr_vkn", "4183729508"), ("tr_vkn", "7184729366"),
                                        ("iban", "TR39 0006 2000 1847 2936 1000 01")],
    "s59_22_schet_na_oplatu_kabel_ru.pdf": [("ru_inn", "7718472901"), ("ru_inn", "7704184702")],
    "s59_23_factura_a_dolares_ar.pdf": [("ar_cuit", "30-71847293-4"), ("ar_cuit", "30-70418372-7")],
    "s59_24_factura_transport_achitat_ro.pdf": [("ro_cf", "RO31847294"), ("ro_cf", "RO 41827367"),
                                                ("iban", "RO75 BTRL 0450 1202 1847 2900")],
    "s59_25_factura_electronica_retencion_co.pdf": [("co_nit", "900.418.372-5"), ("co_nit", "901.184.729-8")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first (or ISO / year first)
MONTH_FIRST = {"s59_14_invoice_hydraulics_legal_us.pdf", "s59_20_official_receipt_cafe_58mm_ph.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s59_04_invoice_fasteners_3p_gb.pdf": 3, "s59_09_carta_y_factura_traduccion_es.pdf": 2})

# page geometry in PDF points (width, height as displayed, i.e. after /Rotate) and the page rotation, 1 pt tolerance
GEOMETRY = {
    "s59_01_kassenbon_80mm_de.pdf": (226.8, 595.3, 0),          # 80 mm x 210 mm
    "s59_02_factuur_installatie_landscape_nl.pdf": (841.9, 595.3, 0),
    "s59_07_fattura_agriturismo_a5_it.pdf": (420.0, 595.0, 0),
    "s59_08_faktura_drukarnia_a5_landscape_pl.pdf": (595.3, 419.6, 0),
    "s59_12_rahtilasku_kuljetus_rotated_fi.pdf": (841.9, 595.3, 90),    # portrait A4 with /Rotate 90
    "s59_14_invoice_hydraulics_legal_us.pdf": (612.0, 1008.0, 0),
    "s59_17_factuur_garage_rotated_be.pdf": (842.0, 595.0, 90),         # portrait A4 with /Rotate 90
    "s59_20_official_receipt_cafe_58mm_ph.pdf": (164.4, 566.9, 0),   # 58 mm x 200 mm
    "s59_21_fatura_tekstil_a5_tr.pdf": (419.5, 595.3, 0),
}
MAX_KB = 350

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s59_04_invoice_fasteners_3p_gb.pdf": {"goods_total": 3, "net_amount": 3, "tax_amount": 3, "total": 3},
    "s59_09_carta_y_factura_traduccion_es.pdf": {"invoice_number": 2, "due_date": 2, "subtotal": 2, "tax_amount": 2,
                                                 "total": 2, "iban": 2},
}

# short values, codes and bare numbers are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s59_01_kassenbon_80mm_de.pdf", "invoice_number"): r"Bon-Nr\.: {v}\b",
    ("s59_03_facture_menuiserie_duplicata_fr.pdf", "tax_rate"): r"TVA {v} %",
    ("s59_10_szamla_eur_huf_ketdeviza_hu.pdf", "currency"): r"Pénznem\s+{v}\b",
    ("s59_12_rahtilasku_kuljetus_rotated_fi.pdf", "tax_rate"): r"ALV {v} %",
    ("s59_22_schet_na_oplatu_kabel_ru.pdf", "invoice_number"): r"Счёт на оплату № {v} от",
    ("s59_22_schet_na_oplatu_kabel_ru.pdf", "tax_rate"): r"НДС \({v}%\)",
    ("s59_23_factura_a_dolares_ar.pdf", "currency"): r"Moneda:\s+{v}\b",
}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def r05(x):
    """Swiss rounding to 5 Rappen"""
    return (x * 20).quantize(D("1"), ROUND_HALF_UP) / 20


def days(a, b):
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


# GB 3-page invoice: quantity, unit price of the 58 lines (20 on page 1, 26 on page 2, 12 on page 3)
GB_ROWS = [[100, '0.72'], [25, '2.51'], [250, '0.83'], [200, '0.61'], [100, '1.64'], [200, '0.45'], [250, '0.48'], [25, '1.76'], [500, '0.09'], [1000, '1.18'], [50, '1.59'], [50, '2.00'], [250, '1.33'], [200, '2.49'], [200, '2.26'], [250, '0.16'], [500, '0.63'], [200, '2.17'], [10, '15.30'], [50, '0.54'], [500, '0.49'], [200, '2.42'], [25, '1.65'], [200, '0.65'], [250, '1.33'], [100, '1.16'], [250, '0.71'], [200, '0.55'], [50, '1.60'], [50, '0.53'], [50, '2.56'], [200, '1.19'], [200, '0.98'], [25, '24.50'], [200, '1.20'], [250, '1.10'], [500, '0.86'], [200, '2.02'], [100, '1.38'], [250, '1.29'], [100, '1.57'], [200, '1.95'], [25, '0.30'], [50, '0.46'], [1000, '1.30'], [100, '2.31'], [500, '2.20'], [1000, '2.16'], [200, '1.31'], [200, '0.74'], [200, '2.18'], [25, '6.90'], [250, '0.83'], [25, '23.20'], [250, '0.68'], [500, '2.41'], [100, '2.05'], [10, '8.70']]
# FI freight: kg, EUR per 100 kg, extras of the eight consignments
FI_ROWS = [(840, "11.20", "0"), (410, "11.20", "18.50"), (1620, "9.80", "0"), (1185, "10.50", "24.00"),
           (760, "13.40", "0"), (2310, "9.20", "0"), (385, "11.20", "18.50"), (1940, "10.10", "31.00")]

# arithmetic between the truth values (Decimal; names are truth fields; constants are amounts printed on the page)
ARITH = {
    "s59_01_kassenbon_80mm_de.pdf": [
        "D('3.49') + 2 * D('1.19') + D('14.99') + D('1.89') + D('4.99') + D('3.29') + 6 * D('0.25') + bottle_refund == total",
        "q(D('9.67') / D('1.19')) + q(D('20.86') / D('1.07')) == net_amount", "net_amount + tax_amount == total",
        "D('1.89') + D('4.99') + D('3.29') + D('1.50') + bottle_refund == D('9.67')",
        "cash_tendered - total == change_given"],
    "s59_02_factuur_installatie_landscape_nl.pdf": [
        "q(12 * D('48.50') * D('0.90')) + 4 * D('215.00') + q(36 * D('6.85') * D('0.95')) + 14 * D('62.50') + D('45.00')"
        " + 2 * D('18.90') == subtotal",
        "q(subtotal * D('0.21')) == tax_amount", "subtotal + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s59_03_facture_menuiserie_duplicata_fr.pdf": [
        "3 * D('1240.00') + D('1865.00') + D('320.00') + D('660.00') == subtotal",
        "q(subtotal * D(tax_rate) / 100) == tax_amount", "subtotal + tax_amount == total",
        "total + deposit_paid == amount_due", "days(invoice_date, due_date) == 30"],
    "s59_04_invoice_fasteners_3p_gb.pdf": [
        "len(GB_ROWS) == 58", "sum(q(n * D(p)) for n, p in GB_ROWS) == goods_total",
        "goods_total + D('38.45') == net_amount", "q(net_amount * D('0.20')) == tax_amount",
        "net_amount + tax_amount == total"],
    "s59_05_electricity_bill_stub_ie.pdf": [
        "days(billing_period_start, billing_period_end) + 1 == 59",
        "q(59 * D('0.7521')) + q(612 * D('0.3184')) + q(298 * D('0.1692')) + D('3.23') + government_credit == D('167.88')",
        "q(D('167.88') * D('0.09')) == tax_amount", "D('167.88') + tax_amount == total",
        "D('18816') - D('18204') == 612 and D('9769') - D('9471') == 298"],
    "s59_06_faktura_tryksager_sidebar_dk.pdf": [
        "-q((5000 * D('2.18') + 250 * D('14.50')) * D('0.05')) == discount_amount",
        "5000 * D('2.18') + 250 * D('14.50') + 6 * D('650.00') + discount_amount == subtotal",
        "q(subtotal * D('0.25')) == tax_amount", "subtotal + tax_amount == total", "days(invoice_date, due_date) == 14"],
    "s59_07_fattura_agriturismo_a5_it.pdf": [
        "3 * D('110.00') + 2 * D('38.00') == taxable_amount", "q(taxable_amount * D('0.10')) == tax_amount",
        "2 * 3 * D('2.00') == tax_exempt_amount", "taxable_amount + tax_amount + tax_exempt_amount == total",
        "days(check_in_date, invoice_date) == 3"],
    "s59_08_faktura_drukarnia_a5_landscape_pl.pdf": [
        "150 * D('28.40') + 20 * D('45.00') == net_amount", "q(net_amount * D('0.23')) == tax_amount",
        "net_amount + tax_amount == total", "q(4260 * D('1.23')) + q(900 * D('1.23')) == total",
        "days(invoice_date, due_date) == 14"],
    "s59_09_carta_y_factura_traduccion_es.pdf": [
        "12480 * D('0.085') + 4 * D('35.00') + D('90.00') == subtotal", "q(subtotal * D('0.21')) == tax_amount",
        "subtotal + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s59_10_szamla_eur_huf_ketdeviza_hu.pdf": [
        "400 * D('7.85') + 1200 * D('1.12') + D('85.00') == net_amount", "q(net_amount * D('0.27')) == tax_amount",
        "net_amount + tax_amount == total",
        "(net_amount * exchange_rate).quantize(D('1'), ROUND_HALF_UP) == D('1821295')",
        "(tax_amount * exchange_rate).quantize(D('1'), ROUND_HALF_UP) == D('491750')",
        "D('1821295') + D('491750') == D('2313045')"],
    "s59_11_rechnung_kaffeeroesterei_at.pdf": [
        "40 * D('24.90') + 20 * D('19.80') == D('1392.00')", "D('1392.00') + D('180.00') == net_amount",
        "q(D('1392.00') * D('0.10')) + q(D('180.00') * D('0.20')) == tax_amount", "net_amount + tax_amount == total",
        "order_date < delivery_date < invoice_date < due_date"],
    "s59_12_rahtilasku_kuljetus_rotated_fi.pdf": [
        "sum(q(kg * D(r) / 100) + D(e) for kg, r, e in FI_ROWS) == D('1068.61')",
        "D('1068.61') + q(D('1068.61') * D('0.084')) == net_amount",
        "q(net_amount * D(tax_rate) / 100) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 14"],
    "s59_13_rechnung_velowerkstatt_rundung_ch.pdf": [
        "2 * D('149.00') + 2 * D('42.50') + 4 * D('18.90') + D('1.25') * D('96.00') == subtotal",
        "q(subtotal * D('0.081')) == tax_amount", "r05(subtotal + tax_amount) == total",
        "total - (subtotal + tax_amount) == rounding_amount", "days(invoice_date, due_date) == 30",
        "order_date < delivery_date < invoice_date"],
    "s59_14_invoice_hydraulics_legal_us.pdf": [
        "6 * D('184.50') + 12 * D('47.25') + 4 * D('318.00') + 25 * D('12.80') + 2 * D('1145.00') == D('5556.00')",
        "-q(D('5556.00') * D('0.03')) == discount_amount",
        "D('5556.00') + discount_amount + shipping_amount == D('5537.92')",
        "q(D('5537.92') * D('0.103')) == tax_amount", "D('5537.92') + tax_amount == total",
        "days(invoice_date, due_date) == 30"],
    "s59_15_kommunale_avgifter_giro_no.pdf": [
        "D('3735.00') / 3 == D('1245.00') and D('4140.00') / 3 == D('1380.00')",
        "D('1245.00') + 45 * D('21.40') + D('1380.00') + 45 * D('27.15') + D('1612.50') + D('289.00') + correction_amount"
        " == total", "days(invoice_date, due_date) == 31"],
    "s59_16_tax_invoice_plumbing_caps_au.pdf": [
        "D('95.00') + D('3.5') * D('118.00') + D('1689.00') + D('84.60') + D('65.00') == subtotal",
        "q(subtotal * D('0.10')) == tax_amount", "subtotal + tax_amount == total", "total + deposit_paid == amount_due",
        "days(invoice_date, due_date) == 14"],
    "s59_17_factuur_garage_rotated_be.pdf": [
        "D('4.50') * D('14.20') + D('18.40') + D('86.50') + 2 * D('72.00') == D('312.80')",
        "D('189.00') + D('312.80') + D('2.50') * D('68.00') + D('6.50') - q(D('312.80') * D('0.05')) == subtotal",
        "q(subtotal * D('0.21')) == tax_amount", "subtotal + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s59_18_telefaktura_foretag_se.pdf": [
        "D('449.00') + D('199.00') + D('89.00') + D('37.60') + D('24.90') + credit_amount == subtotal",
        "q(subtotal * D('0.25')) == tax_amount",
        "(subtotal + tax_amount).quantize(D('1'), ROUND_HALF_UP) == total",
        "total - (subtotal + tax_amount) == rounding_amount"],
    "s59_19_fatura_recibo_drogaria_pt.pdf": [
        "2 * D('4.95') + D('32.90') + D('6.45') + 3 * D('2.35') + D('5.80') == total",
        "q(total / D('1.23')) == taxable_amount", "taxable_amount + tax_amount == total"],
    "s59_20_official_receipt_cafe_58mm_ph.pdf": [
        "2 * D('165.00') + D('185.00') + 2 * D('95.00') + D('145.00') + D('120.00') == total",
        "q(total / D('1.12')) == vatable_sales", "vatable_sales + tax_amount == total",
        "cash_tendered - total == change_given"],
    "s59_21_fatura_tekstil_a5_tr.pdf": [
        "120 * D('185.40') + 60 * D('239.90') + 200 * D('64.75') == D('49592.00')",
        "-q(D('49592.00') * D('0.05')) == discount_amount", "D('49592.00') + discount_amount == net_amount",
        "q(net_amount * D('0.20')) == tax_amount", "net_amount + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s59_22_schet_na_oplatu_kabel_ru.pdf": [
        "500 * D('98.40') + 120 * D('612.50') + 300 * D('84.00') + D('4500.00') == total",
        "q(total * D(tax_rate) / (100 + D(tax_rate))) == tax_amount", "days(invoice_date, valid_until) == 10"],
    "s59_23_factura_a_dolares_ar.pdf": [
        "120 * D('54.00') + 60 * D('61.50') + 80 * D('38.25') == net_amount", "q(net_amount * D('0.21')) == tax_amount",
        "net_amount + tax_amount == total", "q(total * exchange_rate) == D('18961831.35')",
        "days(invoice_date, due_date) == 30"],
    "s59_24_factura_transport_achitat_ro.pdf": [
        "2 * D('2450.00') + 16 * D('35.00') + 12 * D('48.50') + D('210.00') == net_amount",
        "q(net_amount * D('0.21')) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 30"],
    "s59_25_factura_electronica_retencion_co.pdf": [
        "12 * D('185000') + 4 * D('320000') + 12 * D('42500') + D('150000') == subtotal",
        "q(subtotal * D('0.19')) == tax_amount", "subtotal + tax_amount == total",
        "-q(subtotal * D('0.04')) == withholding_amount", "total + withholding_amount == amount_due",
        "days(invoice_date, due_date) == 30"],
}

# fields that look numeric but are identifiers / codes (kept as strings in the arithmetic environment)
NOT_AMOUNT = {"invoice_number", "vendor_vat_id", "customer_number", "account_number", "kid_number", "ocr_number",
              "reference_number", "vendor_tin", "vendor_inn", "bank_bic", "vendor_tax_id", "customer_tax_id", "iban",
              "po_number", "vendor_abn", "tax_rate"}

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
        # a currency sign between the minus and the digits: -€125.00, -$ 166.400,00
        out |= {"-" + sym + f for sym in ("€", "€ ", "$", "$ ")}
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
    """(width, height, rotation) of page 1 as displayed (pdfium swaps width and height for /Rotate 90)"""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    w, h = page.get_size()
    return (round(w, 1), round(h, 1), page.get_rotation())


# ---------------------------------------------------------------- cross-checks between identifiers and truth values
def cross_checks():
    errs, n = [], 0

    def check(ok, msg):
        nonlocal n
        n += 1
        if not ok:
            errs.append(msg)

    T = TRUTH
    check(de_vat.is_valid(T["s59_01_kassenbon_80mm_de.pdf"]["vendor_vat_id"]), "DE vendor VAT id invalid")
    t = T["s59_02_factuur_installatie_landscape_nl.pdf"]
    check(iban_national_ok(t["iban"]), "NL iban invalid")
    check(fr_tva.is_valid("FR82518473624") and "FR82518473624"[4:] == "518473624", "FR TVA not built on the SIREN")
    check(gb_vat.is_valid(T["s59_04_invoice_fasteners_3p_gb.pdf"]["vendor_vat_id"]), "GB vendor VAT invalid")
    check(dk_cvr.is_valid(T["s59_06_faktura_tryksager_sidebar_dk.pdf"]["vendor_vat_id"]), "DK CVR invalid")
    check(it_iva.is_valid(T["s59_07_fattura_agriturismo_a5_it.pdf"]["vendor_vat_id"]), "IT partita IVA invalid")
    check(pl_nip.is_valid(T["s59_08_faktura_drukarnia_a5_landscape_pl.pdf"]["vendor_vat_id"]), "PL NIP invalid")
    t = T["s59_09_carta_y_factura_traduccion_es.pdf"]
    check(es_cif.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "ES CIF / IBAN invalid")
    t = T["s59_12_rahtilasku_kuljetus_rotated_fi.pdf"]
    check(fi_ref_valid(t["reference_number"]) and fi_alv.is_valid("FI24183729")
          and fi_ytunnus.compact("2418372-9") == "FI24183729"[2:], "FI reference / ALV / Y-tunnus inconsistent")
    check(no_kontonr.is_valid(T["s59_15_kommunale_avgifter_giro_no.pdf"]["account_number"])
          and luhn.is_valid(T["s59_15_kommunale_avgifter_giro_no.pdf"]["kid_number"]), "NO account / KID invalid")
    check(au_abn.is_valid(T["s59_16_tax_invoice_plumbing_caps_au.pdf"]["vendor_abn"]), "AU ABN invalid")
    t = T["s59_17_factuur_garage_rotated_be.pdf"]
    check(be_vat.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "BE VAT / IBAN invalid")
    t = T["s59_18_telefaktura_foretag_se.pdf"]
    check(luhn.is_valid(t["ocr_number"]) and se_vat.is_valid("SE556718293501")
          and "SE556718293501"[2:12] == "5567182935", "SE OCR invalid or VAT number not SE + org.nr + 01")
    t = T["s59_19_fatura_recibo_drogaria_pt.pdf"]
    check(pt_nif.is_valid(t["vendor_vat_id"]) and pt_nif.is_valid(t["customer_tax_id"]), "PT NIF invalid")
    check(tr_vkn.is_valid(T["s59_21_fatura_tekstil_a5_tr.pdf"]["vendor_tax_id"]), "TR VKN invalid")
    t = T["s59_22_schet_na_oplatu_kabel_ru.pdf"]
    check(ru_inn.is_valid(t["vendor_inn"]) and ru_account_valid(t["bank_bic"], t["account_number"])
          and ru_account_valid(t["bank_bic"], "30101810000000000418", corr=True)
          and "30101810000000000418".endswith(t["bank_bic"][-3:]), "RU INN / accounts do not match the BIK")
    check(ar_cuit.is_valid(T["s59_23_factura_a_dolares_ar.pdf"]["vendor_tax_id"]), "AR CUIT invalid")
    t = T["s59_24_factura_transport_achitat_ro.pdf"]
    check(ro_cf.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "RO CIF / IBAN invalid")
    check(co_nit.is_valid(T["s59_25_factura_electronica_retencion_co.pdf"]["vendor_tax_id"]), "CO NIT invalid")
    return errs, n


# ---------------------------------------------------------------- main
def main():
    errors = []
    n_ids = n_vals = n_arith = n_geo = 0
    files = sorted(TRUTH)
    if len(files) != 25:
        errors.append(f"expected 25 documents, truth.json has {len(files)}")
    if sorted(IDS) != files or sorted(ARITH) != files:
        errors.append("IDS / ARITH and truth.json list different files")
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
        geo = page_geometry(PDF_DIR / f)
        want = GEOMETRY.get(f)
        if want:
            n_geo += 1
            if not all(abs(a - b) <= 1 for a, b in zip(geo[:2], want[:2])) or geo[2] != want[2]:
                errors.append(f"{f}: page geometry {geo}, expected {want}")
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
            if (len(value) <= 3 or field in ("currency", "charges_code")) and not ctx:
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
        env = {"D": Decimal, "q": q, "r05": r05, "date": date, "days": days, "ROUND_HALF_UP": ROUND_HALF_UP,
               "sum": sum, "len": len, "all": all, "GB_ROWS": GB_ROWS, "FI_ROWS": FI_ROWS}
        for k, v in fields.items():
            if re.fullmatch(r"-?\d+(\.\d+)?", v) and not re.fullmatch(r"0\d+", v) and k not in NOT_AMOUNT:
                env[k] = Decimal(v)
            else:
                env[k] = v
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}, **env})   # globals, so that generator expressions see them
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e!r})"
            if not ok:
                errors.append(f"{f}: arithmetic check failed: {expr}")
    cerrs, n_cross = cross_checks()
    errors += cerrs
    n_arith += n_cross
    errors += CLEAN_ERRORS
    for (f, field) in CONTEXT:
        if field not in TRUTH.get(f, {}):
            errors.append(f"{f}: CONTEXT names unknown field {field}")
    n_p = sum(len(v) for v in PAGE_ONLY.values())
    n_neg = sum(1 for v in TRUTH.values() for x in v.values() if re.fullmatch(r"-\d+(\.\d+)?", x))
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  "
          f"page-only values: {n_p}  negative values: {n_neg}  identifiers checked: {n_ids}  arithmetic checks: "
          f"{n_arith} (incl. {n_cross} cross-checks)  page geometries: {n_geo}  total PDF size: {total_size / 1024:.0f} KB")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids + n_arith + n_geo - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids + n_arith + n_geo} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, "
          f"{n_arith} arithmetic checks, {n_geo} page geometries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
