#!/usr/bin/env python3
"""Verify set54 (IT, telecom, software and professional-services paperwork as accounts payable receives it).

1. Every identifier with a check-digit scheme printed in the documents is valid (python-stdnum where it has a
   module: NL btw, DE USt-IdNr., SE org.nr / VAT, IE VAT, MX RFC, SG UEN, CA BN, GR AFM, GB VAT, DK CVR, IT partita
   IVA, JP corporate number, FR SIRET / TVA, CZ DIČ / bank account, PL NIP / REGON, EE registrikood / KMKR, ES CIF,
   CH UID / QR reference (ESR mod 10 recursive), AU ABN, TR VKN, PT NIF, MA ICE, US EIN (prefix); implemented here:
   IBAN national check digits (FR RIB key, IT CIN, PT NIB, PL sort code, CZ account), Swedish OCR reference (length
   digit + Luhn) and bankgiro, Estonian viitenumber (7-3-1), South African VAT number (Luhn), Moroccan RIB key (mod 97),
   Japanese registration number (T + corporate number)).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the usual national
   forms, e.g. 02-03-2026, 2026-03-09, 10 March 2026, 02 Mar 2026, Mar 13, 2027, 03/14/2026 (US), 2026/03/02 (ZA),
   2026年3月13日; amounts with dot / comma / space / apostrophe grouping and decimal comma; names and ids as printed,
   whitespace-normalised). Short values (currency codes, a three-digit count) are only accepted next to their label.
3. Values marked as page-N-only are found on that page and on no other page.
4. The amounts in truth.json add up (net + tax = gross, line items to net, per-line VAT, withholding, prorations,
   meter readings to consumption and charges, statement roll-forward, dunning total ...).
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
from stdnum.au import abn as au_abn
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr, uid as ch_uid
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.ee import kmkr as ee_kmkr, registrikood as ee_reg
from stdnum.es import cif as es_cif
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.ma import ice as ma_ice
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.pt import nif as pt_nif
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


def se_ocr_valid(x):
    """Swedish OCR reference with length digit (second-to-last) and Luhn check digit"""
    d = digits(x)
    return luhn.is_valid(d) and int(d[-2]) == len(d) % 10


def se_bankgiro_valid(x):
    d = digits(x)
    return len(d) in (7, 8) and luhn.is_valid(d)


def ee_viite_valid(x):
    """Estonian viitenumber: weights 7, 3, 1 from the right, check digit = 10 - sum mod 10"""
    d = digits(x)
    s = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(d[:-1])))
    return 2 <= len(d) <= 20 and (10 - s % 10) % 10 == int(d[-1])


def za_vat_valid(x):
    d = digits(x)
    return len(d) == 10 and d[0] == "4" and luhn.is_valid(d)


def jp_invoice_reg_valid(x):
    return x.startswith("T") and jp_cn.is_valid(x[1:])


def ch_qrr_valid(x):
    """Swiss QR reference: 27 digits, recursive mod 10 (same algorithm as the ESR reference)"""
    d = digits(x)
    return len(d) == 27 and ch_esr.is_valid(d)


def ca_bn_valid(x):
    """Canadian business number with program account (123456789 RT0001): Luhn on the 9-digit BN"""
    m = re.fullmatch(r"(\d{9}) ?(RT|RP|RC|RM)(\d{4})", x)
    return bool(m) and ca_bn.is_valid(m.group(1))


def ma_rib_valid(x):
    """Moroccan RIB: bank (3) + city (3) + account (16) + key (2); key = 97 - (number * 100 mod 97)"""
    d = digits(x)
    return len(d) == 24 and 97 - (int(d[:22]) * 100) % 97 == int(d[22:])


V = {
    "iban": iban_national_ok, "nl_btw": nl_btw.is_valid, "de_vat": de_vat.is_valid, "se_orgnr": se_orgnr.is_valid,
    "se_vat": se_vat.is_valid, "se_ocr": se_ocr_valid, "se_bankgiro": se_bankgiro_valid, "ie_vat": ie_vat.is_valid,
    "mx_rfc": mx_rfc.is_valid, "sg_uen": sg_uen.is_valid, "ca_bn": ca_bn_valid, "gr_vat": gr_vat.is_valid,
    "gb_vat": gb_vat.is_valid, "dk_cvr": dk_cvr.is_valid, "it_iva": it_iva.is_valid, "jp_reg": jp_invoice_reg_valid,
    "fr_siret": fr_siret.is_valid, "fr_tva": fr_tva.is_valid, "cz_dic": cz_dic.is_valid, "cz_bank": cz_bank.is_valid,
    "pl_nip": pl_nip.is_valid, "pl_regon": pl_regon.is_valid, "ee_reg": ee_reg.is_valid, "ee_kmkr": ee_kmkr.is_valid,
    "ee_viite": ee_viite_valid, "es_cif": es_cif.is_valid, "ch_uid": ch_uid.is_valid, "ch_qrr": ch_qrr_valid,
    "au_abn": au_abn.is_valid, "tr_vkn": tr_vkn.is_valid, "pt_nif": pt_nif.is_valid, "ma_ice": ma_ice.is_valid,
    "ma_rib": ma_rib_valid, "za_vat": za_vat_valid, "us_ein": us_ein.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s54_01_msp_maandfactuur_nl.pdf": [("nl_btw", "NL816392572B01"), ("nl_btw", "NL853017244B01"),
                                       ("iban", "NL78 RABO 0327 4186 59")],
    "s54_02_systemhaus_rechnung_2p_de.pdf": [("de_vat", "DE316829470"), ("de_vat", "DE271904357"),
                                             ("iban", "DE15 3704 0000 0472 9138 06")],
    "s54_03_licensfornyelse_se.pdf": [("se_orgnr", "556739-2815"), ("se_orgnr", "559104-6270"),
                                      ("se_vat", "SE556739281501"), ("se_vat", "SE559104627001"),
                                      ("se_bankgiro", "573-9180"), ("se_ocr", "26031841211")],
    "s54_04_saas_subscription_proration_ie.pdf": [("ie_vat", "IE6381924K"), ("ie_vat", "IE3927156GH"),
                                                  ("iban", "IE92 AIBK 9310 4738 2916 25")],
    "s54_05_telefonia_movil_empresarial_mx.pdf": [("mx_rfc", "TMN150318K70"), ("mx_rfc", "GLP0907224T0")],
    "s54_06_colocation_power_invoice_sg.pdf": [("sg_uen", "201834715C"), ("sg_uen", "199704582K")],
    "s54_07_conseil_infonuagique_facture_qc.pdf": [("ca_bn", "814739207 RT0001")],
    "s54_08_metafrastiko_timologio_gr.pdf": [("gr_vat", "801743620"), ("gr_vat", "994862152"),
                                             ("iban", "GR52 0172 1430 0054 3618 2749 051")],
    "s54_09_recruiter_placement_fee_uk.pdf": [("gb_vat", "GB 284 7301 07")],
    "s54_10_revisor_honorarnota_dk.pdf": [("dk_cvr", "36184728"), ("dk_cvr", "41902833"),
                                          ("iban", "DK55 3409 0011 8473 92")],
    "s54_11_studio_legale_parcella_it.pdf": [("it_iva", "03847160151"), ("it_iva", "09182740960"),
                                             ("iban", "IT37 K030 6911 7030 0000 4718 293")],
    "s54_12_tokkyo_jimusho_seikyusho_jp.pdf": [("jp_reg", "T8011001084726")],
    "s54_13_organisme_formation_facture_fr.pdf": [("fr_siret", "839 172 640 00022"), ("fr_tva", "FR11839172640"),
                                                  ("fr_tva", "FR93 481 735 298"),
                                                  ("iban", "FR76 1027 8060 3900 0204 9170 183")],
    "s54_14_hosting_domeny_faktura_cz.pdf": [("cz_dic", "CZ28417399"), ("cz_dic", "CZ04729188"),
                                             ("cz_bank", "2718390/0800"), ("iban", "CZ36 0800 0000 0000 0271 8390")],
    "s54_15_mps_faktura_liczniki_pl.pdf": [("pl_nip", "779-384-61-02"), ("pl_nip", "527-418-39-03"),
                                           ("pl_regon", "384172605"), ("iban", "PL91 1050 1546 1000 0097 3840 1526")],
    "s54_16_turvatestimine_arve_ee.pdf": [("ee_reg", "14182737"), ("ee_reg", "16051933"), ("ee_kmkr", "EE102938478"),
                                          ("ee_viite", "20260312"), ("iban", "EE60 2200 2210 8374 6152")],
    "s54_17_factura_rectificativa_devolucion_es.pdf": [("es_cif", "B86743150"), ("es_cif", "A28049179"),
                                                       ("iban", "ES24 2100 3921 3702 0184 7365")],
    "s54_18_zweite_mahnung_ch.pdf": [("ch_uid", "CHE-294.710.386"), ("iban", "CH82 3000 0001 2473 9182 6"),
                                     ("ch_qrr", "00 00000 00000 02026 03180 42179")],
    "s54_19_supplier_statement_au.pdf": [("au_abn", "63 718 294 630"), ("au_abn", "38 473 920 185")],
    "s54_20_siparis_onayi_tr.pdf": [("tr_vkn", "3817459203"), ("tr_vkn", "7150392846"),
                                    ("iban", "TR64 0006 2000 0061 8294 7305 17")],
    "s54_21_fatura_recibo_freelancer_pt.pdf": [("pt_nif", "238417590"), ("pt_nif", "516204734"),
                                               ("iban", "PT50 0035 0418 0028 4719 3602 5")],
    "s54_22_centre_appels_facture_ma.pdf": [("ma_ice", "002471836000017"), ("ma_ice", "001593047000053"),
                                            ("ma_rib", "007 780 0001847392061500 04")],
    "s54_23_payroll_bureau_tax_invoice_za.pdf": [("za_vat", "4718293055"), ("za_vat", "4260194834")],
    "s54_24_esignature_saas_receipt_us.pdf": [("us_ein", "82-4719306")],
    "s54_25_conference_sponsorship_tax_invoice_ae.pdf": [("iban", "AE67 0331 0182 7493 0561 001")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first (or ISO / year first)
MONTH_FIRST = {"s54_24_esignature_saas_receipt_us.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s54_02_systemhaus_rechnung_2p_de.pdf": 2})
MAX_KB = 400   # groff embeds whole URW Type 1 fonts (no subsetting in groff 1.22): ~220-330 KB for two faces

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s54_02_systemhaus_rechnung_2p_de.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
}

# short values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s54_04_saas_subscription_proration_ie.pdf", "currency"): r"Currency {v}\b",
    ("s54_06_colocation_power_invoice_sg.pdf", "currency"): r"Total \({v}\)",
    ("s54_13_organisme_formation_facture_fr.pdf", "vat_amount"): r"TVA \(exonération\) {v} EUR",
    ("s54_18_zweite_mahnung_ch.pdf", "reminder_fee"): r"Mahngebühr 2\. Mahnung {v}\b",
    ("s54_23_payroll_bureau_tax_invoice_za.pdf", "payslip_count"): r"Payslips processed: {v}\b",
    ("s54_25_conference_sponsorship_tax_invoice_ae.pdf", "currency"): r"Amounts in UAE dirhams \({v}\)",
}

# currencies printed only as a sign (none in this set: every currency field names its ISO code next to a label)
SIGN_ONLY = {}
SIGNS = {"€": "EUR"}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# arithmetic between the truth values (Decimal; names are truth fields; q() rounds half-up to cents); constants are
# amounts printed on the page that are not truth fields
ARITH = {
    "s54_01_msp_maandfactuur_nl.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.21')) == vat_amount",
                                       "D('3234.00') + D('570.00') + D('1730.40') + D('148.80') + D('323.75') == subtotal",
                                       "84 * D('38.50') == D('3234.00')", "q(D('3.5') * D('92.50')) == D('323.75')"],
    "s54_02_systemhaus_rechnung_2p_de.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.19')) == vat_amount",
                                             "D('68476.20') + D('17593.20') == subtotal"],
    "s54_03_licensfornyelse_se.pdf": ["D('192100.00') + vat_amount == total", "q(D('192100.00') * D('0.25')) == vat_amount",
                                      "250 * D('612.00') + q(250 * D('612.00') * D('0.20')) + D('8500.00') == D('192100.00')"],
    "s54_04_saas_subscription_proration_ie.pdf": ["q(D('3360.00') * 22 / 365) == proration_amount",
                                                  "q(D('1200.00') * 22 / 365) == D('72.33')",
                                                  "40 * D('420.00') + proration_amount - D('72.33') == subtotal",
                                                  "q(subtotal * D('0.23')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_05_telefonia_movil_empresarial_mx.pdf": ["D('12475.00') + D('1850.00') + D('236.40') + D('450.00') - D('1247.50')"
                                                  " == D('13763.90')",
                                                  "q(D('13763.90') * D('0.16')) == vat_amount",
                                                  "D('13763.90') + vat_amount == amount_due",
                                                  "D('14802.37') - D('14802.37') + amount_due == amount_due"],
    "s54_06_colocation_power_invoice_sg.pdf": ["(D('190972.3') - D('184215.6')) + (D('100918.5') - D('97402.1'))"
                                               " == power_consumption_kwh",
                                               "D('3300.00') + q(power_consumption_kwh * D('0.3120')) + D('720.00')"
                                               " + D('350.00') + gst_amount == total",
                                               "q((total - gst_amount) * D('0.09')) == gst_amount"],
    "s54_07_conseil_infonuagique_facture_qc.pdf": ["D('7122.50') + D('8990.00') + D('1920.00') + D('286.40') == subtotal",
                                                   "q(D('38.5') * D('185.00')) == D('7122.50')",
                                                   "q(subtotal * D('0.05')) == gst_amount",
                                                   "q(subtotal * D('0.09975')) == qst_amount",
                                                   "subtotal + gst_amount + qst_amount == total"],
    "s54_08_metafrastiko_timologio_gr.pdf": ["18400 * D('0.09') + 18400 * D('0.03') + 4250 * D('0.11')"
                                             " + q(4250 * D('0.11') * D('0.15')) == subtotal",
                                             "q(subtotal * D('0.24')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_09_recruiter_placement_fee_uk.pdf": ["q(base_salary * D('0.20')) == placement_fee",
                                              "q(placement_fee * D('0.20')) == vat_amount",
                                              "placement_fee + vat_amount == total"],
    "s54_10_revisor_honorarnota_dk.pdf": ["D('68500.00') + D('12400.00') + D('3750.00') + D('620.00') == subtotal",
                                          "q(subtotal * D('0.25')) == vat_amount", "subtotal + vat_amount == total",
                                          "total - advance_payment == amount_due",
                                          "q(D('25000.00') * D('1.25')) == advance_payment"],
    "s54_11_studio_legale_parcella_it.pdf": ["D('4900.00') + D('1400.00') + D('500.00') == fees_amount",
                                             "q((fees_amount + q(fees_amount * D('0.15'))) * D('1.04') * D('0.22'))"
                                             " == vat_amount",
                                             "q((fees_amount + q(fees_amount * D('0.15'))) * D('0.20')) == withholding_tax",
                                             "(fees_amount + q(fees_amount * D('0.15'))) * D('1.04') + vat_amount"
                                             " + disbursements - withholding_tax == amount_due"],
    "s54_12_tokkyo_jimusho_seikyusho_jp.pdf": ["D('280000') + D('45000') + D('30000') == professional_fees",
                                               "(professional_fees * 10 / 100).quantize(D('1'), ROUND_DOWN) == tax_amount",
                                               "D('14000') + D('138000') + 12 * D('4000') == official_fees",
                                               "professional_fees + tax_amount + official_fees == total"],
    "s54_13_organisme_formation_facture_fr.pdf": ["6 * D('1290.00') + 6 * D('395.00') == subtotal",
                                                  "vat_amount == D('0.00')", "subtotal + vat_amount == total"],
    "s54_14_hosting_domeny_faktura_cz.pdf": ["D('249.00') + D('289.00') + 12 * D('189.00') + D('2490.00')"
                                             " + 60 * D('39.00') == subtotal",
                                             "q(subtotal * D('0.21')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_15_mps_faktura_liczniki_pl.pdf": ["(D('156930') - D('148212')) + (D('65218') - D('61005')) == mono_pages",
                                           "D('55871') - D('52410') == color_pages",
                                           "D('500.00') + q(mono_pages * D('0.028')) + q(color_pages * D('0.19'))"
                                           " == D('1519.66')",
                                           "q(D('500.00') * D('0.23')) + q(q(mono_pages * D('0.028')) * D('0.23'))"
                                           " + q(q(color_pages * D('0.19')) * D('0.23')) == vat_amount",
                                           "D('1519.66') + vat_amount == total"],
    "s54_16_turvatestimine_arve_ee.pdf": ["(12 + 4 + 1) * D('1150.00') + D('900.00') == subtotal",
                                          "q(subtotal * D('0.24')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_17_factura_rectificativa_devolucion_es.pdf": ["-4 * D('219.00') - 2 * D('145.50') + restocking_fee == subtotal",
                                                       "q(D('1167.00') * D('0.05')) == restocking_fee",
                                                       "q(subtotal * D('0.21')) == vat_amount",
                                                       "subtotal + vat_amount == total"],
    "s54_18_zweite_mahnung_ch.pdf": ["D('4860.35') + D('1296.90') == overdue_amount",
                                     "overdue_amount + reminder_fee == amount_due"],
    "s54_19_supplier_statement_au.pdf": ["D('4512.80') + D('968.00') == new_invoices",
                                         "opening_balance + new_invoices - D('312.40') - payments_received"
                                         " == closing_balance",
                                         "D('5168.40') + overdue_amount == closing_balance",
                                         "D('3245.10') + overdue_amount == opening_balance"],
    "s54_20_siparis_onayi_tr.pdf": ["20 * D('38750.00') + 20 * D('6480.00') + D('18500.00') == subtotal",
                                    "q(subtotal * D('0.20')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_21_fatura_recibo_freelancer_pt.pdf": ["(96 + 8) * D('45.00') + D('84.60') == subtotal",
                                               "q(subtotal * D('0.23')) == vat_amount", "subtotal + vat_amount == total",
                                               "q((subtotal - D('84.60')) * D('0.23')) == withholding_tax",
                                               "total - withholding_tax == amount_due"],
    "s54_22_centre_appels_facture_ma.pdf": ["-q(4820 * D('95.00') * D('0.02')) == sla_penalty",
                                            "4820 * D('95.00') + 1260 * D('12.00') + q(3415 * D('4.50')) + sla_penalty"
                                            " == subtotal",
                                            "q(subtotal * D('0.20')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_23_payroll_bureau_tax_invoice_za.pdf": ["D('2950.00') + payslip_count * D('68.50') + payslip_count * D('9.80')"
                                                 " + D('450.00') + 7 * D('120.00') == subtotal",
                                                 "q(subtotal * D('0.15')) == vat_amount", "subtotal + vat_amount == total"],
    "s54_24_esignature_saas_receipt_us.pdf": ["15 * D('300.00') + D('250.00') == subtotal",
                                              "q(subtotal * D('0.1035')) == sales_tax", "subtotal + sales_tax == total"],
    "s54_25_conference_sponsorship_tax_invoice_ae.pdf": ["D('95000.00') + D('18500.00') + 10 * D('1450.00') == subtotal",
                                                         "q(subtotal * D('0.05')) == vat_amount",
                                                         "subtotal + vat_amount == total"],
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
N_CROSS = 4


def cross_checks():
    errs = []
    t = TRUTH["s54_03_licensfornyelse_se.pdf"]
    if not se_ocr_valid(t["payment_reference"]):
        errs.append("Swedish OCR payment_reference fails its length / Luhn check")
    t = TRUTH["s54_16_turvatestimine_arve_ee.pdf"]
    if not ee_viite_valid(t["payment_reference"]):
        errs.append("Estonian payment_reference fails the 7-3-1 check")
    t = TRUTH["s54_18_zweite_mahnung_ch.pdf"]
    if not (ch_qrr_valid(t["payment_reference"]) and iban.compact(t["iban"])[4] == "3"):
        errs.append("Swiss QR reference invalid or IBAN is not a QR-IBAN (IID 30000-31999)")
    t = TRUTH["s54_12_tokkyo_jimusho_seikyusho_jp.pdf"]
    if not jp_invoice_reg_valid(t["vendor_registration_number"]):
        errs.append("Japanese registration number fails the corporate-number check")
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
                    if re.fullmatch(r"-?\d+(\.\d+)?", v) and k not in ("unit_number", "claim_number",
                                                                      "application_number", "invoice_number")})
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
