#!/usr/bin/env python3
"""Verify set52.

1. Every identifier with a check-digit scheme printed in the documents is valid
   (python-stdnum where it has a module; US ABA routing number, Mexican CLABE, Korean business
   registration number, Japanese registration number (T + corporate number), South African VAT number
   (Luhn), Finnish viitenumero (7-3-1), Swedish OCR reference with length digit, Swedish bankgiro and
   Norwegian KID (Luhn) implemented or wrapped here).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the
   usual national forms incl. 14/11/25, 22-Nov-2025, 20. 11. 2025, 2025年11月12日 and the Japanese era
   令和7年11月29日; amounts with dot / comma / space / apostrophe / Indian grouping, decimal comma, minus
   signs; names and ids matched as printed, whitespace-normalised). Short values (currency codes, a
   three-digit invoice number, a payment method) are only accepted next to their label; a currency that is
   printed only as a sign (£, €, Kč, ¥, 원, R) is accepted through a label regex naming that sign.
3. Values marked as page-N-only are found on that page and on no other page.
4. The amounts in truth.json add up (subtotal + taxes = total, discounts, deposits, withholding, ROT
   deduction, change, tax = rate x base ...).
5. Page counts, file sizes, a non-empty text layer on every page and clean pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import iban, isbn, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import ogm_vcs as be_ogm, vat as be_vat
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr, vat as ch_vat
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif, nif as es_nif
from stdnum.fi import alv as fi_alv, ytunnus as fi_ytunnus
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.gr import vat as gr_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.mx import rfc as mx_rfc
from stdnum.no import kontonr as no_kontonr, mva as no_mva, orgnr as no_orgnr
from stdnum.pl import nip as pl_nip
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr, personnummer as se_pnr, vat as se_vat
from stdnum.us import ein as us_ein

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- check digits not (fully) in stdnum
def digits(x):
    return re.sub(r"\D", "", x)


def us_aba_valid(x):
    """US ABA routing number: 9 digits, weights 3-7-1, sum divisible by 10."""
    d = digits(x)
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, [3, 7, 1] * 3)) % 10 == 0


def mx_clabe_valid(x):
    """Mexican CLABE: 18 digits, weights 3-7-1 (products mod 10) over 17 digits, check = (10 - sum % 10) % 10."""
    d = digits(x)
    s = sum(int(c) * w % 10 for c, w in zip(d[:17], [3, 7, 1] * 6))
    return len(d) == 18 and (10 - s % 10) % 10 == int(d[17])


def mx_rfc_valid(x):
    try:
        mx_rfc.validate(x, validate_check_digits=True)
        return True
    except Exception:
        return False


def kr_brn_valid(x):
    """Korean business registration number NNN-NN-NNNNN: weights 1,3,7,1,3,7,1,3,5 plus (9th digit * 5) // 10."""
    d = digits(x)
    if len(d) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5])) + int(d[8]) * 5 // 10
    return (10 - s % 10) % 10 == int(d[9])


def jp_invoice_reg_valid(x):
    """Japanese qualified-invoice registration number: T + 13-digit corporate number (check digit first)."""
    return x.startswith("T") and jp_cn.is_valid(x[1:])


def za_vat_valid(x):
    """South African VAT registration number: 10 digits starting with 4, Luhn check digit."""
    d = digits(x)
    return len(d) == 10 and d[0] == "4" and luhn.is_valid(d)


def fi_viite_valid(x):
    """Finnish national reference number (viitenumero): 4-20 digits, weights 7-3-1 from the right, check last."""
    d = digits(x)
    s = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(d[:-1])))
    return 4 <= len(d) <= 20 and (10 - s % 10) % 10 == int(d[-1])


def se_ocr_valid(x):
    """Swedish OCR reference with length digit: second-to-last digit = length mod 10, last digit Luhn."""
    d = digits(x)
    return luhn.is_valid(d) and int(d[-2]) == len(d) % 10


def se_bankgiro_valid(x):
    d = digits(x)
    return len(d) in (7, 8) and luhn.is_valid(d)


def no_kid_valid(x):
    return luhn.is_valid(digits(x))


def no_mva_valid(x):
    return no_mva.is_valid("NO" + x)


V = {
    "iban": iban.is_valid, "isbn": isbn.is_valid, "us_ein": us_ein.is_valid, "us_aba": us_aba_valid,
    "gb_vat": gb_vat.is_valid, "ie_vat": ie_vat.is_valid, "au_abn": au_abn.is_valid, "ca_bn": ca_bn.is_valid,
    "de_vat": de_vat.is_valid, "at_uid": at_uid.is_valid, "ch_vat": ch_vat.is_valid, "ch_qrr": ch_esr.is_valid,
    "fr_siret": fr_siret.is_valid, "fr_tva": fr_tva.is_valid, "be_vat": be_vat.is_valid, "be_ogm": be_ogm.is_valid,
    "es_nif": es_nif.is_valid, "es_cif": es_cif.is_valid, "mx_rfc": mx_rfc_valid, "mx_clabe": mx_clabe_valid,
    "it_iva": it_iva.is_valid, "pt_nif": pt_nif.is_valid, "se_orgnr": se_orgnr.is_valid, "se_vat": se_vat.is_valid,
    "se_pnr": se_pnr.is_valid, "se_ocr": se_ocr_valid, "se_bankgiro": se_bankgiro_valid, "dk_cvr": dk_cvr.is_valid,
    "no_mva": no_mva_valid, "no_orgnr": no_orgnr.is_valid, "no_kontonr": no_kontonr.is_valid, "no_kid": no_kid_valid,
    "fi_alv": fi_alv.is_valid, "fi_ytunnus": fi_ytunnus.is_valid, "fi_viite": fi_viite_valid, "pl_nip": pl_nip.is_valid,
    "cz_dic": cz_dic.is_valid, "cz_bank": cz_bank.is_valid, "gr_vat": gr_vat.is_valid, "in_gstin": in_gstin.is_valid,
    "in_pan": in_pan.is_valid, "jp_reg": jp_invoice_reg_valid, "kr_brn": kr_brn_valid, "za_vat": za_vat_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s52_01_brand_design_invoice_us.pdf": [("us_ein", "93-4182736"), ("us_aba", "323418272")],
    "s52_02_heating_engineer_pad_invoice_uk.pdf": [("gb_vat", "GB 284 7163 35")],
    "s52_03_event_catering_invoice_ie.pdf": [("ie_vat", "IE6388047V"), ("iban", "IE40 AIBK 9311 8241 8273 64")],
    "s52_04_electrician_tax_invoice_au.pdf": [("au_abn", "95 531 842 736")],
    "s52_05_ebenisterie_facture_qc.pdf": [("ca_bn", "718463292 RT0001")],
    "s52_06_buchhandlung_rechnung_de.pdf": [("de_vat", "DE275183647"), ("iban", "DE92 7635 0000 0041 8273 61"),
                                            ("isbn", "978-3-411-04018-6"), ("isbn", "978-3-418-27364-8"),
                                            ("isbn", "978-3-418-55012-1")],
    "s52_07_it_dienstleistung_rechnung_at.pdf": [("at_uid", "ATU61842732"), ("de_vat", "DE317428599"),
                                                 ("iban", "AT24 2081 5000 4182 7365")],
    "s52_08_grafik_qr_rechnung_ch.pdf": [("ch_vat", "CHE-418.273.634 MWST"), ("iban", "CH59 3180 8004 1827 3650 1"),
                                         ("ch_qrr", "00 00000 00000 41142 02503 18009")],
    "s52_09_graphiste_facture_micro_fr.pdf": [("fr_siret", "918 427 360 00014"), ("fr_tva", "FR83532184736"),
                                              ("iban", "FR76 1680 7000 4141 8273 6501 207")],
    "s52_10_schilderwerken_factuur_be.pdf": [("be_vat", "BE 0718.427.332"), ("iban", "BE05 0014 1827 3675"),
                                             ("be_ogm", "+++118/2025/01890+++")],
    "s52_11_desarrollo_web_factura_es.pdf": [("es_nif", "24518273C"), ("es_cif", "B98418270"),
                                             ("iban", "ES50 2100 4182 4602 0041 8273")],
    "s52_12_refrigeracion_factura_cfdi_mx.pdf": [("mx_rfc", "SRM180427BB4"), ("mx_rfc", "FSV190514A87"),
                                                 ("mx_rfc", "SPR190613I52"), ("mx_clabe", "012 680 00418273650 9")],
    "s52_13_ferramenta_fattura_2p_it.pdf": [("it_iva", "04182730178"), ("it_iva", "02618390179"),
                                            ("iban", "IT35 F050 3411 7010 0000 0418 273")],
    "s52_14_oficina_fatura_pt.pdf": [("pt_nif", "518418278"), ("pt_nif", "237182734"),
                                     ("iban", "PT50 0035 0418 0001 8273 6502 2")],
    "s52_15_snickeri_faktura_rot_se.pdf": [("se_orgnr", "559218-4708"), ("se_vat", "SE559218470801"),
                                           ("se_pnr", "780314-2483"), ("se_ocr", "104872593"),
                                           ("se_bankgiro", "541-8272")],
    "s52_16_oversaettelse_kreditnota_dk.pdf": [("dk_cvr", "37291854"), ("dk_cvr", "39182742"),
                                               ("iban", "DK27 8117 0004 1827 36")],
    "s52_17_fotograf_faktura_no.pdf": [("no_mva", "918 273 646 MVA"), ("no_orgnr", "924 182 733"),
                                       ("no_kontonr", "1503 41 82733"), ("no_kid", "202511218")],
    "s52_18_siivous_lasku_fi.pdf": [("fi_alv", "FI31827465"), ("fi_ytunnus", "3182746-5"),
                                    ("iban", "FI31 4711 2010 4182 73"), ("fi_viite", "102 50484")],
    "s52_19_pensjonat_faktura_vat_pl.pdf": [("pl_nip", "634-182-73-18"), ("pl_nip", "952-418-27-30"),
                                            ("iban", "PL27 1050 1214 1000 0090 4182 7365")],
    "s52_20_kovovyroba_dobropis_cz.pdf": [("cz_dic", "CZ27518361"), ("cz_dic", "CZ07418272"),
                                          ("cz_bank", "2718273605/0800"), ("iban", "CZ49 0800 0000 0027 1827 3605")],
    "s52_21_timologio_parochis_gr.pdf": [("gr_vat", "801827316"), ("gr_vat", "094827328"),
                                         ("iban", "GR91 0170 1250 0000 0418 2736 501")],
    "s52_22_offset_printers_tax_invoice_in.pdf": [("in_gstin", "27AALFP4182M1ZM"), ("in_gstin", "27AADCK7364R1ZP"),
                                                  ("in_pan", "AALFP4182M")],
    "s52_23_shidashi_ryoshusho_jp.pdf": [("jp_reg", "T9180001041827")],
    "s52_24_jeongmil_segeumgyesanseo_kr.pdf": [("kr_brn", "214-86-41827"), ("kr_brn", "138-81-82738")],
    "s52_25_hardware_cash_slip_za.pdf": [("za_vat", "4418273654")],
}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s52_13_ferramenta_fattura_2p_it.pdf": 2})
MAX_KB = 150

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s52_13_ferramenta_fattura_2p_it.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
}

# short values are only accepted next to their label (regex; {v} = the rendered value). A currency printed only as
# a sign has a regex without {v} that names the sign next to the document's total.
CONTEXT = {
    ("s52_01_brand_design_invoice_us.pdf", "currency"): r"Amount due \({v}\)",
    ("s52_02_heating_engineer_pad_invoice_uk.pdf", "currency"): r"TOTAL £",
    ("s52_02_heating_engineer_pad_invoice_uk.pdf", "invoice_number"): r"No\. {v}\b",
    ("s52_03_event_catering_invoice_ie.pdf", "currency"): r"Total due €5,098\.51",
    ("s52_04_electrician_tax_invoice_au.pdf", "currency"): r"TOTAL {v} 2,060\.30",
    ("s52_05_ebenisterie_facture_qc.pdf", "currency"): r"dollars canadiens \({v}\)",
    ("s52_06_buchhandlung_rechnung_de.pdf", "currency"): r"Rechnungsbetrag 788,15 €",
    ("s52_07_it_dienstleistung_rechnung_at.pdf", "currency"): r"Gesamtbetrag {v} 2\.844,00",
    ("s52_07_it_dienstleistung_rechnung_at.pdf", "vat_amount"): r"USt 0 % \(Reverse Charge\) {v}",
    ("s52_08_grafik_qr_rechnung_ch.pdf", "currency"): r"Total {v} 4'540\.20",
    ("s52_09_graphiste_facture_micro_fr.pdf", "currency"): r"Total TTC 3 770,00 €",
    ("s52_10_schilderwerken_factuur_be.pdf", "currency"): r"Totaal incl\. btw € 2\.947,22",
    ("s52_11_desarrollo_web_factura_es.pdf", "currency"): r"TOTAL FACTURA {v} 1\.982,20",
    ("s52_12_refrigeracion_factura_cfdi_mx.pdf", "currency"): r"Moneda: {v} - Peso Mexicano",
    ("s52_13_ferramenta_fattura_2p_it.pdf", "currency"): r"Totale fattura {v}",
    ("s52_14_oficina_fatura_pt.pdf", "currency"): r"Total a pagar 403,81 €",
    ("s52_15_snickeri_faktura_rot_se.pdf", "currency"): r"Valuta {v}\b",
    ("s52_16_oversaettelse_kreditnota_dk.pdf", "currency"): r"Total {v} -6\.137,50",
    ("s52_17_fotograf_faktura_no.pdf", "currency"): r"BETALE \({v}\)",
    ("s52_18_siivous_lasku_fi.pdf", "currency"): r"Yhteensä {v} 1 491,94",
    ("s52_19_pensjonat_faktura_vat_pl.pdf", "currency"): r"Razem do zapłaty: 6 454,60 {v}",
    ("s52_20_kovovyroba_dobropis_cz.pdf", "currency"): r"Celkem k vrácení -13 310,00 Kč",
    ("s52_21_timologio_parochis_gr.pdf", "currency"): r"Σύνολο 4\.699,60 €",
    ("s52_21_timologio_parochis_gr.pdf", "invoice_number"): r"Αρ\. Τιμολογίου: {v}\b",
    ("s52_22_offset_printers_tax_invoice_in.pdf", "currency"): r"{v} One Lakh Forty Two Thousand",
    ("s52_23_shidashi_ryoshusho_jp.pdf", "currency"): r"金額 ¥37,000-",
    ("s52_23_shidashi_ryoshusho_jp.pdf", "payment_method"): r"お支払方法：{v}",
    ("s52_24_jeongmil_segeumgyesanseo_kr.pdf", "currency"): r"\(단위 : 원\)",
    ("s52_25_hardware_cash_slip_za.pdf", "currency"): r"TOTAL \(VAT INCL\) R 1,851\.03",
}

# currencies printed only as a sign: the CONTEXT regex (without {v}) must name the sign, and the sign must map to the
# ISO code in truth.json
SIGN_ONLY = {
    "s52_02_heating_engineer_pad_invoice_uk.pdf": "£",
    "s52_03_event_catering_invoice_ie.pdf": "€",
    "s52_06_buchhandlung_rechnung_de.pdf": "€",
    "s52_09_graphiste_facture_micro_fr.pdf": "€",
    "s52_10_schilderwerken_factuur_be.pdf": "€",
    "s52_14_oficina_fatura_pt.pdf": "€",
    "s52_20_kovovyroba_dobropis_cz.pdf": "Kč",
    "s52_21_timologio_parochis_gr.pdf": "€",
    "s52_23_shidashi_ryoshusho_jp.pdf": "¥",
    "s52_24_jeongmil_segeumgyesanseo_kr.pdf": "원",
    "s52_25_hardware_cash_slip_za.pdf": "R",
}
SIGNS = {"£": "GBP", "€": "EUR", "Kč": "CZK", "¥": "JPY", "원": "KRW", "R": "ZAR"}

D = Decimal


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# arithmetic between the truth values (Decimal; names are truth fields; q() rounds half-up to cents)
ARITH = {
    "s52_01_brand_design_invoice_us.pdf": ["subtotal - discount_amount == total", "total - deposit_paid == amount_due",
                                           "q(subtotal * D('0.10')) == discount_amount"],
    "s52_02_heating_engineer_pad_invoice_uk.pdf": ["subtotal + vat_amount == total",
                                                   "q(subtotal * D('0.20')) == vat_amount"],
    "s52_03_event_catering_invoice_ie.pdf": ["subtotal + vat_amount == total",
                                             "q(D('3520.00') * D('0.135')) + q(D('897.00') * D('0.23')) == vat_amount",
                                             "D('3520.00') + D('897.00') == subtotal"],
    "s52_04_electrician_tax_invoice_au.pdf": ["subtotal + gst_amount == total", "q(subtotal * D('0.10')) == gst_amount"],
    "s52_05_ebenisterie_facture_qc.pdf": ["subtotal + gst_amount + qst_amount == total",
                                          "q(subtotal * D('0.05')) == gst_amount",
                                          "q(subtotal * D('0.09975')) == qst_amount",
                                          "total - D('7000.00') == amount_due"],
    "s52_06_buchhandlung_rechnung_de.pdf": ["subtotal + vat_amount == total",
                                            "D('640.20') + D('147.95') == total",
                                            "q(D('640.20') / D('1.07')) + q(D('147.95') / D('1.19')) == subtotal"],
    "s52_07_it_dienstleistung_rechnung_at.pdf": ["vat_amount == 0", "hours * D('96.00') + D('180.00') == total"],
    "s52_08_grafik_qr_rechnung_ch.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.081')) == vat_amount"],
    "s52_09_graphiste_facture_micro_fr.pdf": ["total - deposit_paid == amount_due",
                                              "q(total * D('0.30')) == deposit_paid"],
    "s52_10_schilderwerken_factuur_be.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.06')) == vat_amount"],
    "s52_11_desarrollo_web_factura_es.pdf": ["subtotal + vat_amount - withholding_tax == total",
                                             "q(subtotal * D('0.21')) == vat_amount",
                                             "q(subtotal * D('0.15')) == withholding_tax"],
    "s52_12_refrigeracion_factura_cfdi_mx.pdf": ["subtotal - discount_amount + vat_amount == total",
                                                 "q((subtotal - discount_amount) * D('0.16')) == vat_amount"],
    "s52_13_ferramenta_fattura_2p_it.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.22')) == vat_amount"],
    "s52_14_oficina_fatura_pt.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.23')) == vat_amount"],
    "s52_15_snickeri_faktura_rot_se.pdf": ["total - rot_deduction == amount_due",
                                           "q((total - vat_amount) * D('0.25')) == vat_amount",
                                           "q(D('14000.00') * D('1.25') * D('0.50')) == rot_deduction"],
    "s52_16_oversaettelse_kreditnota_dk.pdf": ["subtotal + vat_amount == total",
                                               "q(subtotal * D('0.25')) == vat_amount", "total < 0"],
    "s52_17_fotograf_faktura_no.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.25')) == vat_amount"],
    "s52_18_siivous_lasku_fi.pdf": ["q((total - vat_amount) * D('0.255')) == vat_amount"],
    "s52_19_pensjonat_faktura_vat_pl.pdf": ["subtotal + vat_amount == total",
                                            "q(D('4710.00') * D('0.08')) + q(D('1060.00') * D('0.23')) == vat_amount",
                                            "D('4710.00') + D('1060.00') + D('64.00') == subtotal"],
    "s52_20_kovovyroba_dobropis_cz.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.21')) == vat_amount",
                                          "total < 0"],
    "s52_21_timologio_parochis_gr.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.24')) == vat_amount"],
    "s52_22_offset_printers_tax_invoice_in.pdf": ["subtotal + tax_amount == total",
                                                  "2 * q(subtotal * D('0.09')) == tax_amount"],
    "s52_23_shidashi_ryoshusho_jp.pdf": [
        "(reduced_rate_amount * 8 / 108).quantize(D('1'), ROUND_DOWN)"
        " + ((total - reduced_rate_amount) * 10 / 110).quantize(D('1'), ROUND_DOWN) == tax_amount"],
    "s52_24_jeongmil_segeumgyesanseo_kr.pdf": ["subtotal + vat_amount == total", "subtotal / 10 == vat_amount"],
    "s52_25_hardware_cash_slip_za.pdf": ["subtotal + vat_amount == total", "q(total * 15 / 115) == vat_amount",
                                         "amount_tendered - total == change_given"],
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


CLEAN_ERRORS = []


def page_texts(pdf):
    """list of page texts; each page text joins several extractions (layout, raw, plain, pdfium)"""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    if info.returncode or info.stderr.strip():
        CLEAN_ERRORS.append(f"{pdf.name}: pdfinfo rc={info.returncode} {info.stderr.strip()[:200]}")
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
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
    f |= {f"{en[:3]} {di}, {y}", f"{d}{en[:3].upper()}{y[2:]}", f"{d}/{m}/{y[2:]}"}
    if (yi, mi, di) >= (2019, 5, 1):
        f.add(f"令和{yi - 2018}年{mi}月{di}日")
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
            if ctx and "{v}" not in ctx:
                sign = SIGN_ONLY.get(f)
                if field != "currency" or not sign or sign not in ctx or SIGNS[sign] != value:
                    errors.append(f"{f}: {field}={value!r} has a sign-only context {ctx!r} that does not name it")
            elif field == "currency" and f in SIGN_ONLY:
                errors.append(f"{f}: SIGN_ONLY lists a document whose currency context names the code")
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
        env = {"Decimal": Decimal, "D": Decimal, "q": q, "ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}
        env.update({k: Decimal(v) for k, v in fields.items() if re.fullmatch(r"-?\d+(\.\d+)?", v)})
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}}, env)
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e})"
            if not ok:
                errors.append(f"{f}: arithmetic check failed: {expr}")
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
    print(f"{n_vals + n_ids + n_arith} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_arith} arithmetic checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
