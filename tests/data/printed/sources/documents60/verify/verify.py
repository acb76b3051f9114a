#!/usr/bin/env python3
"""Verify set60 (the headline case as invoicing software prints it: supplier invoices, receipts and bills in the
layouts of small-business accounting, cloud accounting, online-payment, e-commerce, ERP, SME, GST, e-invoice, POS and
billing-system templates).

1. Every identifier with a check-digit scheme printed in the documents is valid: IBANs (mod 97 plus the national check
   digits where published: IT CIN, FR RIB key, PL sort code, ES / BE inside stdnum, CZ account number mod 11), the
   national company / tax ids through python-stdnum (US EIN, NZ IRD / GST number, CA BN, GB VAT, DE USt-IdNr., IE VAT,
   DK CVR, ES CIF, IT partita IVA, FR SIREN / TVA, AT UID, CH UID, SE org.nr. / VAT, AU ABN, NO org.nr. and
   kontonummer, SG UEN, NL btw, FI Y-tunnus / ALV, IN GSTIN / PAN, PL NIP, GR AFM, MX RFC with its check digit, BR
   CNPJ, CZ DIČ), the Finnish creditor reference (7-3-1), the ISO 11649 creditor reference (RF), the Norwegian KID,
   the Swedish OCR number, the Danish FI-kort payment id and the South African VAT numbers (Luhn), the Swedish bankgiro
   (Luhn), the Mexican CLABE (weights 3 7 1) and BICs (format).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the national forms
   used by the documents and with English month names; amounts with dot / comma / space / apostrophe / Indian grouping
   and decimal comma; negative amounts only with a printed sign, also with a currency sign between the minus and the
   digits (-£19.20, -€58.93, -R 1 000.00); names and ids as printed, whitespace-normalised). Short values, bare
   numbers and currency codes are only accepted next to their label.
3. The amounts add up: lines to subtotals, discounts, prorations, credits, usage, tax, rounding, totals, balances.
4. Page counts, page geometry (US Letter, the 80 mm till receipt), file sizes, a non-empty text layer on every page,
   embedded fonts with a ToUnicode map, clean pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set60-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import bic, iban, iso11649, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.ch import uid as ch_uid
from stdnum.cz import dic as cz_dic
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
from stdnum.nz import ird as nz_ird
from stdnum.pl import nip as pl_nip
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set60-pdfs")
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
    if cc == "CZ":
        return cz_account_valid(bban[4:10].lstrip("0") + "-" + bban[10:] + "/" + bban[:4]) if bban[4:10].strip("0") \
            else cz_account_valid(bban[10:] + "/" + bban[:4])
    return True   # ES and BE are checked by stdnum inside iban.is_valid


def cz_account_valid(x):
    """Czech domestic account [prefix-]number/bank: weights 10 5 8 4 2 1 (prefix) and 6 3 7 9 10 5 8 4 2 1, mod 11"""
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", x)
    if not m:
        return False
    pre, num = (m.group(1) or "").zfill(6), m.group(2).zfill(10)
    return (sum(int(a) * w for a, w in zip(pre, [10, 5, 8, 4, 2, 1])) % 11 == 0
            and sum(int(a) * w for a, w in zip(num, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])) % 11 == 0)


def fi_ref_valid(x):
    """Finnish creditor reference: weights 7 3 1 from the right, check digit last"""
    x = digits(x)
    w = [7, 3, 1]
    s = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(x[:-1])))
    return 4 <= len(x) <= 20 and (10 - s % 10) % 10 == int(x[-1])


def bankgiro_valid(x):
    return bool(re.fullmatch(r"\d{3,4}-\d{4}", x)) and luhn.is_valid(digits(x))


def clabe_valid(x):
    """Mexican CLABE: 18 digits, weights 3 7 1, each product mod 10, check = (10 - sum mod 10) mod 10"""
    w = [3, 7, 1] * 6
    return bool(re.fullmatch(r"\d{18}", x)) and \
        (10 - sum(int(c) * w[i] % 10 for i, c in enumerate(x[:17])) % 10) % 10 == int(x[17])


V = {
    "iban": iban_national_ok, "us_ein": us_ein.is_valid, "nz_ird": nz_ird.is_valid, "ca_bn": ca_bn.is_valid,
    "gb_vat": gb_vat.is_valid, "de_vat": de_vat.is_valid, "bic": bic.is_valid, "ie_vat": ie_vat.is_valid,
    "dk_cvr": dk_cvr.is_valid, "luhn": lambda x: luhn.is_valid(digits(x)), "es_cif": es_cif.is_valid,
    "it_iva": it_iva.is_valid, "fr_siren": fr_siren.is_valid, "fr_tva": fr_tva.is_valid, "at_uid": at_uid.is_valid,
    "ch_uid": ch_uid.is_valid, "rf_ref": iso11649.is_valid, "se_orgnr": se_orgnr.is_valid, "se_vat": se_vat.is_valid,
    "bankgiro": bankgiro_valid, "au_abn": au_abn.is_valid, "no_orgnr": no_orgnr.is_valid,
    "no_kontonr": no_kontonr.is_valid, "sg_uen": sg_uen.is_valid, "nl_btw": nl_btw.is_valid,
    "fi_ytunnus": fi_ytunnus.is_valid, "fi_alv": fi_alv.is_valid, "fi_ref": fi_ref_valid, "in_gstin": in_gstin.is_valid,
    "in_pan": in_pan.is_valid, "pl_nip": pl_nip.is_valid, "gr_vat": gr_vat.is_valid,
    "mx_rfc": lambda x: mx_rfc.is_valid(x, validate_check_digits=True), "clabe": clabe_valid,
    "br_cnpj": br_cnpj.is_valid, "cz_dic": cz_dic.is_valid, "cz_account": cz_account_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s60_01_invoice_balance_due_us.pdf": [("us_ein", "47-2818300")],
    "s60_02_tax_invoice_payment_advice_nz.pdf": [("nz_ird", "128-473-64")],
    "s60_03_card_receipt_coworking_ca.pdf": [("ca_bn", "782413629 RT0001")],
    "s60_04_order_invoice_homeware_gb.pdf": [("gb_vat", "GB 347 1829 39")],
    "s60_05_billing_document_erp_de.pdf": [("de_vat", "DE814729361"), ("de_vat", "DE129847369"),
                                           ("iban", "DE76 3704 0044 0532 0184 72"), ("iban", "DE88 6605 0101 0010 4729 36"),
                                           ("bic", "COBADEFFXXX"), ("bic", "KARSDE66XXX")],
    "s60_06_saas_usage_proration_ie.pdf": [("ie_vat", "IE9418372V"), ("ie_vat", "IE3847291O")],
    "s60_07_faktura_elektriker_fik_dk.pdf": [("dk_cvr", "41847298"), ("iban", "DK83 5301 0000 4183 72"),
                                             ("luhn", "000002018404182")],
    "s60_08_factura_taller_metalico_es.pdf": [("es_cif", "B46184727"), ("es_cif", "B08183725"),
                                              ("iban", "ES20 0081 0300 6100 0927 3615")],
    "s60_09_fattura_copia_cortesia_piastrelle_it.pdf": [("it_iva", "07184720154"), ("it_iva", "06184700489"),
                                                        ("iban", "IT68 O030 6911 8840 0000 0418 372")],
    "s60_10_facture_autoliquidation_web_fr.pdf": [("fr_siren", "841 729 304"), ("fr_tva", "FR19841729304"),
                                                  ("de_vat", "DE271847298"),
                                                  ("iban", "FR76 3000 4018 4700 0729 1846 178"), ("bic", "BNPAFRPPXXX")],
    "s60_11_rechnung_maler_gutschrift_at.pdf": [("at_uid", "ATU71847291"), ("iban", "AT39 1200 0518 4729 3610"),
                                                ("bic", "BKAUATWW")],
    "s60_12_facture_imprimerie_qr_ch.pdf": [("ch_uid", "CHE-418.729.462"), ("iban", "CH35 0024 3243 1847 2920 1"),
                                            ("rf_ref", "RF03 2026 0311")],
    "s60_13_faktura_rot_avdrag_ocr_se.pdf": [("se_orgnr", "556918-4723"), ("se_vat", "SE556918472301"),
                                             ("bankgiro", "584-7298"), ("luhn", "10472025")],
    "s60_14_tax_invoice_electrical_advice_au.pdf": [("au_abn", "51 618 472 930")],
    "s60_15_faktura_regnskap_kid_no.pdf": [("no_orgnr", "921 847 297"), ("no_kontonr", "1207.18.47290"),
                                           ("luhn", "003021805")],
    "s60_16_telecom_statement_za.pdf": [("luhn", "4184729301"), ("luhn", "4920184738")],
    "s60_17_pos_tax_invoice_minimart_sg.pdf": [("sg_uen", "201918472N")],
    "s60_18_factuur_koffie_twee_tarieven_nl.pdf": [("nl_btw", "NL861847295B01"), ("iban", "NL06 INGB 0006 1847 29")],
    "s60_19_lasku_sahkotyo_viite_fi.pdf": [("fi_ytunnus", "3184720-4"), ("fi_alv", "FI31847204"),
                                           ("fi_ref", "20261 18372"), ("iban", "FI30 1234 5600 1847 29"),
                                           ("bic", "NDEAFIHH")],
    "s60_20_gst_tax_invoice_steel_in.pdf": [("in_gstin", "29AAHCK4183L1ZY"), ("in_gstin", "29AABCS7291M1ZN"),
                                            ("in_pan", "AAHCK4183L")],
    "s60_21_faktura_stolarnia_pl.pdf": [("pl_nip", "675-184-72-95"), ("pl_nip", "942-183-72-66"),
                                        ("iban", "PL19 1020 1026 0000 1847 2936 1847")],
    "s60_22_timologio_klimatismos_gr.pdf": [("gr_vat", "801847296"), ("gr_vat", "094183727"),
                                            ("iban", "GR39 0110 1250 0000 0184 7293 610")],
    "s60_23_cfdi_mantenimiento_mx.pdf": [("mx_rfc", "TMO180514C2A"), ("mx_rfc", "CDN920311K14"),
                                         ("clabe", "072580001847293611")],
    "s60_24_nfse_consultoria_br.pdf": [("br_cnpj", "12.418.372/0001-11"), ("br_cnpj", "33.184.729/0001-14")],
    "s60_25_faktura_danovy_doklad_qr_cz.pdf": [("cz_dic", "CZ27184722"), ("cz_dic", "CZ06418376"),
                                               ("cz_account", "2718472938/2010"),
                                               ("iban", "CZ20 2010 0000 0027 1847 2938")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first (or ISO / year first)
MONTH_FIRST = {"s60_01_invoice_balance_due_us.pdf"}

PAGES = {f: 1 for f in TRUTH}

# page geometry in PDF points (width, height as displayed) and the page rotation, 1 pt tolerance; A4 otherwise
GEOMETRY = {
    "s60_01_invoice_balance_due_us.pdf": (612.0, 792.0, 0),            # US Letter
    "s60_03_card_receipt_coworking_ca.pdf": (612.0, 792.0, 0),
    "s60_17_pos_tax_invoice_minimart_sg.pdf": (227.0, 680.0, 0),       # 80 mm x 240 mm till receipt
    "s60_23_cfdi_mantenimiento_mx.pdf": (612.0, 792.0, 0),
}
A4 = (595.3, 841.9)
MAX_KB = 350

# values printed only on one page of a multi-page document (none in this set: all documents are single pages)
PAGE_ONLY = {}

# short values, codes and bare numbers are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s60_01_invoice_balance_due_us.pdf", "invoice_number"): r"Invoice #\s+{v}\b",
    ("s60_03_card_receipt_coworking_ca.pdf", "currency"): r"CURRENCY\s+{v}\b",
    ("s60_03_card_receipt_coworking_ca.pdf", "card_last4"): r"Card ···· {v}\b",
    ("s60_04_order_invoice_homeware_gb.pdf", "order_number"): r"Order #{v}\b",
    ("s60_05_billing_document_erp_de.pdf", "invoice_number"): r"Billing document\s+{v}\b",
    ("s60_10_facture_autoliquidation_web_fr.pdf", "tax_amount"): r"TVA \(autoliquidation\)\s+{v} €",
    ("s60_12_facture_imprimerie_qr_ch.pdf", "rounding_amount"): r"Arrondi\s+{v}\b",
    ("s60_13_faktura_rot_avdrag_ocr_se.pdf", "invoice_number"): r"Fakturanummer\s+{v}\b",
    ("s60_15_faktura_regnskap_kid_no.pdf", "invoice_number"): r"Fakturanr\.\s+{v}\b",
    ("s60_17_pos_tax_invoice_minimart_sg.pdf", "card_last4"): r"CARD \*\*\*\*{v}\b",
    ("s60_19_lasku_sahkotyo_viite_fi.pdf", "invoice_number"): r"Laskun numero \.+ {v}\b",
    ("s60_23_cfdi_mantenimiento_mx.pdf", "currency"): r"Moneda: {v}\b",
    ("s60_25_faktura_danovy_doklad_qr_cz.pdf", "invoice_number"): r"č\. {v}\b",
}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def r05(x):
    """Swiss rounding to 5 centimes"""
    return (x * 20).quantize(D("1"), ROUND_HALF_UP) / 20


def days(a, b):
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


# arithmetic between the truth values (Decimal; names are truth fields; constants are amounts printed on the page)
ARITH = {
    "s60_01_invoice_balance_due_us.pdf": [
        "4 * D('86.00') + 25 * D('14.75') + D('3.5') * D('65.00') + D('150.00') == subtotal",
        "q(subtotal * D('0.0825')) == tax_amount", "subtotal + tax_amount == total",
        "total - amount_paid == balance_due", "days(invoice_date, due_date) == 30"],
    "s60_02_tax_invoice_payment_advice_nz.pdf": [
        "2 * D('95.00') + 48 * D('12.50') + 6 * D('78.00') + 14 * D('68.00') == subtotal",
        "q(subtotal * D('0.15')) == tax_amount", "subtotal + tax_amount == total", "amount_due == total",
        "due_date == '2026-04-20' and invoice_date[:7] == '2026-03'"],     # 20th of the month following the invoice
    "s60_03_card_receipt_coworking_ca.pdf": [
        "D('329.00') + 2 * D('18.00') == subtotal", "q(subtotal * D('0.05')) == tax_amount",
        "subtotal + tax_amount == total"],
    "s60_04_order_invoice_homeware_gb.pdf": [
        "2 * D('18.00') + 4 * D('12.50') + D('42.00') == D('128.00')",
        "-q(D('128.00') * D('0.15')) == discount_amount",
        "D('128.00') + discount_amount + shipping_amount == total", "q(total / 6) == tax_amount",
        "days(order_date, invoice_date) == 3"],
    "s60_05_billing_document_erp_de.pdf": [
        "4 * D('612.40') + 4 * D('388.00') + 8 * D('46.85') + D('85.00') == net_amount",
        "q(net_amount * D('0.19')) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 30", "days(delivery_date, invoice_date) == 2"],
    "s60_06_saas_usage_proration_ie.pdf": [
        "5 * D('49.00') == D('245.00')", "q(D('245.00') * 11 / 28) == D('96.25')",    # 18-28 Feb = 11 of 28 days
        "D(1240000 - 1000000) / 1000 * D('0.12') == overage_amount",
        "D('245.00') + proration_credit + D('96.25') + overage_amount + 38 * D('0.25') == subtotal",
        "q(subtotal * D('0.23')) == tax_amount", "subtotal + tax_amount == total", "days(invoice_date, due_date) == 14"],
    "s60_07_faktura_elektriker_fik_dk.pdf": [
        "D('7.5') * D('545.00') + D('7.5') * D('325.00') + 50 * D('14.20') + 12 * D('89.00') + D('395.00') == subtotal",
        "q(subtotal * D('0.25')) == tax_amount", "subtotal + tax_amount == total", "days(invoice_date, due_date) == 8"],
    "s60_08_factura_taller_metalico_es.pdf": [
        "12 * D('38.00') + 3 * D('74.50') + D('28.90') == subtotal", "q(subtotal * D('0.21')) == tax_amount",
        "subtotal + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s60_09_fattura_copia_cortesia_piastrelle_it.pdf": [
        "84 * D('23.40') + 46 * D('6.80') + D('120.00') == net_amount", "q(net_amount * D('0.22')) == tax_amount",
        "net_amount + tax_amount == total", "days(invoice_date, due_date) == 30"],
    "s60_10_facture_autoliquidation_web_fr.pdf": [
        "D('3200.00') + 4 * D('520.00') + D('240.00') == total", "tax_amount == 0",
        "days(invoice_date, due_date) == 30"],
    "s60_11_rechnung_maler_gutschrift_at.pdf": [
        "42 * D('8.90') + 6 * D('58.00') + 3 * D('64.50') + credit_amount == net_amount",
        "q(net_amount * D('0.20')) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 14", "delivery_date < invoice_date"],
    "s60_12_facture_imprimerie_qr_ch.pdf": [
        "D('1180.00') + 4 * D('68.00') + D('3.5') * D('95.00') == net_amount",
        "q(net_amount * D('0.081')) == tax_amount", "r05(net_amount + tax_amount) == total",
        "total - (net_amount + tax_amount) == rounding_amount", "days(invoice_date, due_date) == 30"],
    "s60_13_faktura_rot_avdrag_ocr_se.pdf": [
        "9 * D('640.00') + D('2380.00') + D('350.00') == D('8490.00')", "q(D('8490.00') * D('0.25')) == tax_amount",
        "D('8490.00') + tax_amount == total", "-q(9 * D('640.00') * D('1.25') * D('0.30')) == rot_deduction",
        "total + rot_deduction == amount_due", "days(invoice_date, due_date) == 30"],
    "s60_14_tax_invoice_electrical_advice_au.pdf": [
        "D('1450.00') + 18 * D('62.00') + 6 * D('95.00') == subtotal", "q(subtotal * D('0.10')) == tax_amount",
        "subtotal + tax_amount == total", "amount_due == total", "days(invoice_date, due_date) == 14"],
    "s60_15_faktura_regnskap_kid_no.pdf": [
        "D('4800.00') + 6 * D('185.00') + D('1450.00') == net_amount", "q(net_amount * D('0.25')) == tax_amount",
        "net_amount + tax_amount == total", "days(invoice_date, due_date) == 14"],
    "s60_16_telecom_statement_za.pdf": [
        "38 * D('0.80') + 11 * D('2.00') == D('52.40')",
        "D('799.00') + D('149.00') + D('52.40') - D('50.00') == D('950.40')",
        "q(D('950.40') * D('0.15')) == D('142.56')", "D('950.40') + D('142.56') == total",
        "previous_balance + payment_received + total == amount_due",
        "days(billing_period_start, billing_period_end) + 1 == 28"],
    "s60_17_pos_tax_invoice_minimart_sg.pdf": [
        "D('13.95') + D('8.40') + 2 * D('3.85') + D('17.90') + 2 * D('2.65') == subtotal",
        "-q(subtotal * D('0.05')) == discount_amount", "subtotal + discount_amount == total",
        "q(total * 9 / 109) == tax_amount", "total - tax_amount == net_amount"],
    "s60_18_factuur_koffie_twee_tarieven_nl.pdf": [
        "12 * D('21.50') + 6 * D('8.75') == D('310.50')", "D('310.50') + D('95.00') == net_amount",
        "q(D('310.50') * D('0.09')) + q(D('95.00') * D('0.21')) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 14"],
    "s60_19_lasku_sahkotyo_viite_fi.pdf": [
        "8 * D('62.00') + 40 * D('1.85') + 6 * D('14.90') == net_amount",
        "q(net_amount * D('0.255')) == tax_amount", "net_amount + tax_amount == total",
        "days(invoice_date, due_date) == 14"],
    "s60_20_gst_tax_invoice_steel_in.pdf": [
        "1250 * D('62.40') + 840 * D('68.75') + D('4500.00') == taxable_amount",
        "q(taxable_amount * D('0.09')) == cgst_amount", "cgst_amount == sgst_amount",
        "taxable_amount + cgst_amount + sgst_amount == total", "cgst_amount + sgst_amount == D('25245.00')"],
    "s60_21_faktura_stolarnia_pl.pdf": [
        "2 * D('1240.00') + 6 * D('120.00') + D('150.00') == net_amount",
        "q(D('2480.00') * D('0.23')) + q(D('720.00') * D('0.23')) + q(D('150.00') * D('0.23')) == tax_amount",
        "net_amount + tax_amount == total", "days(invoice_date, due_date) == 14", "sale_date < invoice_date"],
    "s60_22_timologio_klimatismos_gr.pdf": [
        "6 * D('65.00') + D('148.50') + D('35.00') == net_amount", "q(net_amount * D('0.24')) == tax_amount",
        "net_amount + tax_amount == total"],
    "s60_23_cfdi_mantenimiento_mx.pdf": [
        "3 * D('4850.00') + 3 * D('1275.00') == subtotal", "q(subtotal * D('0.16')) == tax_amount",
        "subtotal + tax_amount == total"],
    "s60_24_nfse_consultoria_br.pdf": [
        "100 * D('125.00') == total", "q(total * D('0.05')) == iss_amount",
        "q(total * D('0.015')) + q(total * D('0.0065')) + q(total * D('0.03')) + q(total * D('0.01')) == withholding_total",
        "total - withholding_total == amount_due"],
    "s60_25_faktura_danovy_doklad_qr_cz.pdf": [
        "4 * D('1450.00') + D('2.5') * D('890.00') + D('480.00') == net_amount",
        "q(net_amount * D('0.21')) == tax_amount",
        "(net_amount + tax_amount).quantize(D('1'), ROUND_HALF_UP) == total",
        "total - (net_amount + tax_amount) == rounding_amount", "days(invoice_date, due_date) == 14",
        "delivery_date < invoice_date"],
}

# fields that look numeric but are identifiers / codes (kept as strings in the arithmetic environment)
NOT_AMOUNT = {"invoice_number", "vendor_vat_id", "customer_vat_id", "customer_number", "account_number", "kid_number",
              "ocr_number", "reference_number", "vendor_tax_id", "customer_tax_id", "iban", "po_number", "vendor_abn",
              "order_number", "receipt_number", "card_last4", "payment_id", "creditor_number", "mark", "bankgiro",
              "vendor_gst_number", "vendor_gst_reg", "vendor_business_id", "verification_code", "uuid"}

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
    check(nz_ird.is_valid(T["s60_02_tax_invoice_payment_advice_nz.pdf"]["vendor_gst_number"]), "NZ GST number invalid")
    check(ca_bn.is_valid(T["s60_03_card_receipt_coworking_ca.pdf"]["vendor_tax_id"]), "CA BN invalid")
    check(gb_vat.is_valid(T["s60_04_order_invoice_homeware_gb.pdf"]["vendor_vat_id"]), "GB VAT invalid")
    check(ie_vat.is_valid(T["s60_06_saas_usage_proration_ie.pdf"]["vendor_vat_id"]), "IE VAT invalid")
    t = T["s60_07_faktura_elektriker_fik_dk.pdf"]
    check(dk_cvr.is_valid(t["vendor_vat_id"]) and luhn.is_valid(t["payment_id"]) and len(t["payment_id"]) == 15
          and len(t["creditor_number"]) == 8, "DK CVR / FIK 71 payment id / creditor number invalid")
    t = T["s60_08_factura_taller_metalico_es.pdf"]
    check(es_cif.is_valid(t["vendor_vat_id"]) and es_cif.is_valid(t["customer_vat_id"])
          and iban_national_ok(t["iban"]), "ES CIF / IBAN invalid")
    t = T["s60_09_fattura_copia_cortesia_piastrelle_it.pdf"]
    check(it_iva.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "IT P.IVA / IBAN invalid")
    t = T["s60_10_facture_autoliquidation_web_fr.pdf"]
    check(fr_tva.is_valid(t["vendor_vat_id"]) and t["vendor_vat_id"][4:] == "841729304"
          and de_vat.is_valid(t["customer_vat_id"]) and iban_national_ok(t["iban"]),
          "FR TVA not built on the SIREN / DE customer VAT / FR IBAN invalid")
    t = T["s60_12_facture_imprimerie_qr_ch.pdf"]
    check(ch_uid.is_valid(t["vendor_vat_id"].replace(" TVA", "")) and iso11649.is_valid(t["reference_number"]),
          "CH UID / RF reference invalid")
    t = T["s60_13_faktura_rot_avdrag_ocr_se.pdf"]
    check(luhn.is_valid(t["ocr_number"]) and t["ocr_number"].startswith(t["invoice_number"])
          and bankgiro_valid(t["bankgiro"]) and "SE556918472301"[2:12] == "5569184723",
          "SE OCR not built on the invoice number / bankgiro invalid / VAT number not SE + org.nr + 01")
    check(au_abn.is_valid(T["s60_14_tax_invoice_electrical_advice_au.pdf"]["vendor_abn"]), "AU ABN invalid")
    t = T["s60_15_faktura_regnskap_kid_no.pdf"]
    check(no_orgnr.is_valid(t["vendor_vat_id"].replace(" MVA", "")) and no_kontonr.is_valid(t["account_number"])
          and luhn.is_valid(t["kid_number"]) and t["invoice_number"] in t["kid_number"], "NO org.nr / account / KID invalid")
    check(sg_uen.is_valid(T["s60_17_pos_tax_invoice_minimart_sg.pdf"]["vendor_gst_reg"]), "SG UEN invalid")
    t = T["s60_18_factuur_koffie_twee_tarieven_nl.pdf"]
    check(nl_btw.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "NL btw / IBAN invalid")
    t = T["s60_19_lasku_sahkotyo_viite_fi.pdf"]
    check(fi_ytunnus.is_valid(t["vendor_business_id"]) and fi_ref_valid(t["reference_number"])
          and digits(t["reference_number"]).startswith(t["invoice_number"])
          and digits(fi_alv.compact("FI31847204")) == digits(t["vendor_business_id"]),
          "FI Y-tunnus / reference / ALV inconsistent")
    t = T["s60_20_gst_tax_invoice_steel_in.pdf"]
    check(in_gstin.is_valid(t["vendor_gstin"]) and in_gstin.is_valid(t["customer_gstin"])
          and t["vendor_gstin"][2:12] == "AAHCK4183L" and t["vendor_gstin"][:2] == t["customer_gstin"][:2] == "29",
          "IN GSTIN invalid, PAN not inside the GSTIN or not an intra-state (CGST + SGST) supply")
    t = T["s60_21_faktura_stolarnia_pl.pdf"]
    check(pl_nip.is_valid(t["vendor_vat_id"]) and iban_national_ok(t["iban"]), "PL NIP / IBAN invalid")
    t = T["s60_22_timologio_klimatismos_gr.pdf"]
    check(gr_vat.is_valid(t["vendor_vat_id"]) and gr_vat.is_valid(t["customer_vat_id"]) and iban.is_valid(t["iban"])
          and len(t["mark"]) == 15, "GR AFM / IBAN / MARK invalid")
    t = T["s60_23_cfdi_mantenimiento_mx.pdf"]
    check(V["mx_rfc"](t["vendor_tax_id"]) and V["mx_rfc"](t["customer_tax_id"])
          and re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}", t["uuid"]),
          "MX RFC invalid or folio fiscal not a version-4 UUID")
    t = T["s60_24_nfse_consultoria_br.pdf"]
    check(br_cnpj.is_valid(t["vendor_tax_id"]) and br_cnpj.is_valid(t["customer_tax_id"]), "BR CNPJ invalid")
    t = T["s60_25_faktura_danovy_doklad_qr_cz.pdf"]
    check(cz_dic.is_valid(t["vendor_vat_id"]) and t["vendor_vat_id"] == "CZ27184722"
          and t["invoice_number"] == "2026030418", "CZ DIČ invalid or not CZ + IČO / variable symbol != invoice no.")
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
        want = GEOMETRY.get(f, A4 + (0,))
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
               "sum": sum, "len": len, "all": all}
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
