#!/usr/bin/env python3
"""Verify set53 (construction, real estate and property-management paperwork).

1. Every identifier with a check-digit scheme printed in the documents is valid (python-stdnum where it has a
   module; IBAN national check digits for FR (RIB key), IT (CIN), PT (NIB), PL (sort code), CZ (account), FI
   (Luhn) and BE / ES (stdnum); Brazilian boleto linha digitável (mod 10 per field, mod 11 general digit,
   due-date factor), Finnish viitenumero (7-3-1) and version-4 virtual barcode, Swedish OCR reference (length
   digit + Luhn) and bankgiro, Danish FI-kort +71 payment id (modulus 10 / Luhn), South African VAT number,
   Japanese registration number (T + corporate number), NZBN (GS1) implemented or wrapped here).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the usual
   national forms, e.g. 03/05/2026 (US), 5 March 2026, February 6, 2026, 6. März 2026, 2026年3月13日; amounts with
   dot / comma / space / apostrophe / Indian grouping and decimal comma; names and ids as printed, whitespace-
   normalised). Short values (currency codes, one- to three-character numbers and unit labels, a payment method)
   are only accepted next to their label; a currency that is printed only as a sign (€, R$) is accepted through
   a label regex naming that sign.
3. Values marked as page-N-only are found on that page and on no other page.
4. The amounts in truth.json add up (subtotal + VAT = total, retention and previous certificates deducted, CIS
   deduction, split payment, levies and charges adding up to the amount due, statement balances ...).
5. Page counts, file sizes, a non-empty text layer on every page, embedded fonts with a ToUnicode map, and clean
   pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: tests/data/printed, two levels up)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import ean, iban, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import ogm_vcs as be_ogm, vat as be_vat
from stdnum.br import cnpj as br_cnpj, cpf as br_cpf
from stdnum.ch import uid as ch_uid
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import vat as de_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.es import cif as es_cif
from stdnum.fi import ytunnus as fi_ytunnus
from stdnum.fr import siret as fr_siret, tva as fr_tva
from stdnum.gb import utr as gb_utr, vat as gb_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.nl import btw as nl_btw
from stdnum.no import mva as no_mva
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent.parent
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))
D = Decimal


# ---------------------------------------------------------------- check digits not (fully) in stdnum
def digits(x):
    return re.sub(r"\D", "", x)


def mod10_21(s):
    """modulus 10 with weights 2,1 from the right and digit sums of the products (boleto fields, Luhn check)"""
    tot = 0
    for i, c in enumerate(reversed(s)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return (10 - tot % 10) % 10


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


def br_boleto_valid(x):
    """Brazilian boleto linha digitável: three fields with mod-10 digits, general digit (mod 11) over the barcode,
    due-date factor (base 22/02/2025 = 1000) and value; returns True if all check digits agree"""
    m = re.fullmatch(r"(\d{5})\.(\d{5}) (\d{5})\.(\d{6}) (\d{5})\.(\d{6}) (\d) (\d{14})", x)
    if not m:
        return False
    f1, f2, f3 = m.group(1) + m.group(2), m.group(3) + m.group(4), m.group(5) + m.group(6)
    if any(mod10_21(f[:-1]) != int(f[-1]) for f in (f1, f2, f3)):
        return False
    dv, tail = int(m.group(7)), m.group(8)
    barcode_wo_dv = f1[:4] + tail + f1[4:9] + f2[:10] + f3[:10]
    tot = sum(int(ch) * (2 + i % 8) for i, ch in enumerate(reversed(barcode_wo_dv)))
    d = 11 - tot % 11
    return (1 if d in (0, 10, 11) else d) == dv


def boleto_due_and_value(x):
    tail = x.split()[-1]
    return date.fromordinal(date(2025, 2, 22).toordinal() + int(tail[:4]) - 1000), D(int(tail[4:])) / 100


def fi_viite_valid(x):
    d = digits(x)
    s = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(d[:-1])))
    return 4 <= len(d) <= 20 and (10 - s % 10) % 10 == int(d[-1])


def fi_virtual_barcode_valid(x, iban_s, amount, ref, due):
    """Finnish virtual bank barcode version 4: 4 + IBAN digits (16) + euros (6) + cents (2) + 000 + ref (20) + YYMMDD"""
    eur, cents = divmod(int(D(amount) * 100), 100)
    return x == ("4" + iban.compact(iban_s)[2:] + f"{eur:06d}{cents:02d}" + "000" + digits(ref).rjust(20, "0")
                 + due.strftime("%y%m%d"))


def se_ocr_valid(x):
    d = digits(x)
    return luhn.is_valid(d) and int(d[-2]) == len(d) % 10


def se_bankgiro_valid(x):
    d = digits(x)
    return len(d) in (7, 8) and luhn.is_valid(d)


def dk_fik71_valid(x):
    """Danish FI-kort type 71 line +71<payment id (15 digits, modulus-10 check digit)+creditor no. (8 digits)<"""
    m = re.fullmatch(r"\+71<(\d{15})\+(\d{8})<", x)
    return bool(m) and luhn.is_valid(m.group(1)) and m.group(2).startswith("8")


def za_vat_valid(x):
    d = digits(x)
    return len(d) == 10 and d[0] == "4" and luhn.is_valid(d)


def jp_invoice_reg_valid(x):
    return x.startswith("T") and jp_cn.is_valid(x[1:])


def no_mva_valid(x):
    return no_mva.is_valid("NO" + x)


V = {
    "iban": iban_national_ok, "gb_vat": gb_vat.is_valid, "gb_utr": gb_utr.is_valid, "au_abn": au_abn.is_valid,
    "de_vat": de_vat.is_valid, "at_uid": at_uid.is_valid, "fr_siret": fr_siret.is_valid, "fr_tva": fr_tva.is_valid,
    "es_cif": es_cif.is_valid, "it_iva": it_iva.is_valid, "nl_btw": nl_btw.is_valid, "be_vat": be_vat.is_valid,
    "be_ogm": be_ogm.is_valid, "ch_uid": ch_uid.is_valid, "se_orgnr": se_orgnr.is_valid, "se_ocr": se_ocr_valid,
    "se_bankgiro": se_bankgiro_valid, "dk_cvr": dk_cvr.is_valid, "dk_fik71": dk_fik71_valid, "pl_nip": pl_nip.is_valid,
    "pl_regon": pl_regon.is_valid, "cz_dic": cz_dic.is_valid, "cz_bank": cz_bank.is_valid, "pt_nif": pt_nif.is_valid,
    "ie_vat": ie_vat.is_valid, "jp_reg": jp_invoice_reg_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid,
    "za_vat": za_vat_valid, "br_cnpj": br_cnpj.is_valid, "br_cpf": br_cpf.is_valid, "br_boleto": br_boleto_valid,
    "nz_ird": nz_ird.is_valid, "nz_bank": nz_bank.is_valid, "nzbn": ean.is_valid, "no_mva": no_mva_valid,
    "fi_ytunnus": fi_ytunnus.is_valid, "fi_viite": fi_viite_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
BOLETO = "34191.09412 82736.551845 27365.040008 4 13810000425660"
FI_VIRTUAL = "411400610004182710006748800000000000202603001482260305"
IDS = {
    "s53_01_groundworks_cis_invoice_uk.pdf": [("gb_vat", "GB 418 2736 06"), ("gb_utr", "74718 29356")],
    "s53_02_builder_progress_claim_au.pdf": [("au_abn", "99 618 427 391"), ("au_abn", "90 184 273 906")],
    "s53_03_gc_pay_application_us.pdf": [],
    "s53_04_elektro_abschlagsrechnung_de.pdf": [("de_vat", "DE284136972"), ("de_vat", "DE148273652"),
                                                ("iban", "DE65 7505 0000 0041 8273 65")],
    "s53_05_baumeister_schlussrechnung_at.pdf": [("at_uid", "ATU64182734"), ("at_uid", "ATU58273647"),
                                                 ("iban", "AT51 2081 5000 4182 7364")],
    "s53_06_menuiserie_situation_travaux_fr.pdf": [("fr_siret", "841 726 391 00029"), ("fr_tva", "FR10841726391"),
                                                   ("iban", "FR76 3000 4018 2300 0418 2736 578")],
    "s53_07_reforma_certificacion_obra_es.pdf": [("es_cif", "B50418276"), ("es_cif", "H50617380"),
                                                 ("iban", "ES95 2085 0118 9403 0041 8273")],
    "s53_08_edile_fattura_sal_pa_it.pdf": [("it_iva", "02741830364"), ("it_iva", "00641520366"),
                                           ("iban", "IT48 L050 3412 9000 0000 0418 273")],
    "s53_09_vastgoed_huurfactuur_nl.pdf": [("nl_btw", "NL854182706B01"), ("nl_btw", "NL862719409B01"),
                                           ("iban", "NL48 INGB 0006 8418 27")],
    "s53_10_syndic_appel_de_fonds_be.pdf": [("be_vat", "BE 0741.827.393"), ("be_vat", "0852.936.440"),
                                            ("iban", "BE55 0632 8471 5344"), ("iban", "BE34 0682 4182 7390"),
                                            ("be_ogm", "+++040/2613/26824+++")],
    "s53_11_verwaltung_nebenkostenabrechnung_ch.pdf": [("ch_uid", "CHE-418.273.657"),
                                                       ("iban", "CH25 0078 1041 8273 6500 1")],
    "s53_12_hyresvard_hyresavi_se.pdf": [("se_orgnr", "556841-2737"), ("se_ocr", "11032604214"),
                                         ("se_bankgiro", "5418-2738")],
    "s53_13_andelsbolig_opkraevning_dk.pdf": [("dk_cvr", "29715386"), ("dk_cvr", "38418270"),
                                              ("dk_fik71", "+71<000004270114251+85419273<")],
    "s53_14_hurtownia_faktura_2p_pl.pdf": [("pl_nip", "945-182-73-67"), ("pl_nip", "676-183-94-75"),
                                           ("pl_regon", "361842736"), ("iban", "PL44 1240 4067 0000 1110 4182 7365")],
    "s53_15_sprava_najem_faktura_cz.pdf": [("cz_dic", "CZ27418278"), ("cz_dic", "CZ06182739"),
                                           ("cz_bank", "4182736008/0300"), ("iban", "CZ60 0300 0000 0041 8273 6008")],
    "s53_16_condominio_recibo_quotas_pt.pdf": [("pt_nif", "901 842 737"), ("pt_nif", "516 418 270")],
    "s53_17_letting_agent_landlord_statement_ie.pdf": [("ie_vat", "IE3841827CH"),
                                                       ("iban", "IE92 BOFI 9000 1741 8273 65")],
    "s53_18_municipal_interim_tax_bill_ca.pdf": [],
    "s53_19_kanri_kaisha_seikyusho_jp.pdf": [("jp_reg", "T2010401184273")],
    "s53_20_developer_demand_letter_in.pdf": [("in_gstin", "27AAQFS4182K1ZI"), ("in_pan", "AAQFS4182K"),
                                              ("in_pan", "AFTPD4182Q")],
    "s53_21_sectional_title_levy_statement_za.pdf": [("za_vat", "4618273652")],
    "s53_22_imobiliaria_aluguel_boleto_br.pdf": [("br_cnpj", "18.427.365/0001-62"), ("br_cpf", "418.273.659-19"),
                                                 ("br_boleto", BOLETO)],
    "s53_23_body_corporate_levy_notice_nz.pdf": [("nz_ird", "128-418-278"), ("nz_bank", "12-3140-0418218-00"),
                                                 ("nzbn", "9429041827369")],
    "s53_24_byggvare_kvittering_no.pdf": [("no_mva", "916 418 272 MVA")],
    "s53_25_isannointi_vastikelasku_fi.pdf": [("fi_ytunnus", "0218364-8"), ("fi_ytunnus", "2841827-3"),
                                              ("iban", "FI11 4006 1000 4182 71"), ("fi_viite", "20 26030 01482")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first
MONTH_FIRST = {"s53_03_gc_pay_application_us.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s53_03_gc_pay_application_us.pdf": 2, "s53_05_baumeister_schlussrechnung_at.pdf": 2,
              "s53_14_hurtownia_faktura_2p_pl.pdf": 2})
MAX_KB = 400   # groff embeds whole URW Type 1 fonts (no subsetting in groff 1.22): ~300 KB for two faces

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s53_05_baumeister_schlussrechnung_at.pdf": {"subtotal": 2, "total": 2, "previous_payments": 2,
                                                 "retention_amount": 2, "amount_due": 2},
    "s53_14_hurtownia_faktura_2p_pl.pdf": {"subtotal": 2, "vat_amount": 2, "total": 2},
}

# short values are only accepted next to their label (regex; {v} = the rendered value). A currency printed only as
# a sign has a regex without {v} that names the sign next to the document's total.
CONTEXT = {
    ("s53_01_groundworks_cis_invoice_uk.pdf", "currency"): r"CURRENCY\s+(?:CH-PO-8841\s+)?{v}\b",
    ("s53_02_builder_progress_claim_au.pdf", "claim_number"): r"PAYMENT CLAIM No\. {v}\b",
    ("s53_02_builder_progress_claim_au.pdf", "currency"): r"AMOUNT CLAIMED \(incl\. GST\) {v}\b",
    ("s53_03_gc_pay_application_us.pdf", "application_number"): r"APPLICATION NO: {v}\b",
    ("s53_04_elektro_abschlagsrechnung_de.pdf", "currency"): r"Zahlbetrag 31\.086,70 €",
    ("s53_11_verwaltung_nebenkostenabrechnung_ch.pdf", "currency"): r"Nachzahlung zu Ihren Lasten {v} 364\.72",
    ("s53_12_hyresvard_hyresavi_se.pdf", "currency"): r"Valuta {v}\b",
    ("s53_12_hyresvard_hyresavi_se.pdf", "unit_number"): r"Lägenhetsnummer {v}\b",
    ("s53_13_andelsbolig_opkraevning_dk.pdf", "currency"): r"I alt at betale \({v}\)",
    ("s53_16_condominio_recibo_quotas_pt.pdf", "unit_number"): r"da fração {v},",
    ("s53_17_letting_agent_landlord_statement_ie.pdf", "currency"): r"Currency {v}\b",
    ("s53_18_municipal_interim_tax_bill_ca.pdf", "currency"): r"Canadian dollars \({v}\)",
    ("s53_19_kanri_kaisha_seikyusho_jp.pdf", "unit_number"): r"港南 ?{v}号室",
    ("s53_19_kanri_kaisha_seikyusho_jp.pdf", "tax_amount"): r"うち消費税（10%） {v}\b",
    ("s53_21_sectional_title_levy_statement_za.pdf", "unit_number"): r"Unit : {v} \(door 304\)",
    ("s53_22_imobiliaria_aluguel_boleto_br.pdf", "currency"): r"Total a pagar R\$ 4\.256,60",
    ("s53_23_body_corporate_levy_notice_nz.pdf", "unit_number"): r"Unit {v}, 17 Beaumont",
    ("s53_24_byggvare_kvittering_no.pdf", "currency"): r"TOTAL {v} 10 863,51",
    ("s53_24_byggvare_kvittering_no.pdf", "payment_method"): r"Betalt med {v} 10 863,51",
    ("s53_25_isannointi_vastikelasku_fi.pdf", "unit_number"): r"Huoneisto {v}\b",
}

# currencies printed only as a sign: the CONTEXT regex (without {v}) must name the sign, and the sign must map to the
# ISO code in truth.json
SIGN_ONLY = {"s53_04_elektro_abschlagsrechnung_de.pdf": "€", "s53_22_imobiliaria_aluguel_boleto_br.pdf": "R$"}
SIGNS = {"€": "EUR", "R$": "BRL"}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# arithmetic between the truth values (Decimal; names are truth fields; q() rounds half-up to cents); constants are
# amounts printed on the page that are not truth fields
ARITH = {
    "s53_01_groundworks_cis_invoice_uk.pdf": ["subtotal - cis_deduction == amount_due",
                                              "q(D('6840.00') * D('0.20')) == cis_deduction",
                                              "D('6840.00') + D('2315.60') + D('1120.00') == subtotal"],
    "s53_02_builder_progress_claim_au.pdf": ["q(work_completed_to_date * D('0.05')) == retention_amount",
                                             "q((work_completed_to_date - retention_amount - D('1939330.00')) * D('0.10'))"
                                             " == gst_amount",
                                             "work_completed_to_date - retention_amount - D('1939330.00') + gst_amount"
                                             " == total"],
    "s53_03_gc_pay_application_us.pdf": ["work_completed_to_date - retention_amount - previous_payments == amount_due",
                                         "q((work_completed_to_date - D('77600')) * D('0.10')) + q(D('77600') * D('0.05'))"
                                         " == retention_amount",
                                         "contract_sum + D('86240.00') - (work_completed_to_date - retention_amount)"
                                         " == D('987722.00')"],
    "s53_04_elektro_abschlagsrechnung_de.pdf": ["q(work_completed_to_date * D('0.05')) == retention_amount",
                                                "work_completed_to_date - retention_amount - D('31480.00')"
                                                " - D('27905.50') == amount_due"],
    "s53_05_baumeister_schlussrechnung_at.pdf": ["subtotal + q(subtotal * D('0.20')) == total",
                                                 "q(total * D('0.03')) == retention_amount",
                                                 "total - previous_payments - retention_amount == amount_due",
                                                 "q(D('1505030.00') * D('1.20')) == previous_payments"],
    "s53_06_menuiserie_situation_travaux_fr.pdf": ["subtotal + vat_amount == total",
                                                   "q(subtotal * D('0.20')) == vat_amount",
                                                   "q(total * D('0.05')) == retention_amount",
                                                   "total - retention_amount == amount_due",
                                                   "D('248530.00') - D('181240.00') == subtotal"],
    "s53_07_reforma_certificacion_obra_es.pdf": ["subtotal + vat_amount == total",
                                                 "q(subtotal * D('0.10')) == vat_amount",
                                                 "q(subtotal * D('0.05')) == retention_amount",
                                                 "total - retention_amount == amount_due",
                                                 "D('38030.00') + q(D('38030.00') * D('0.13')) + q(D('38030.00') * D('0.06'))"
                                                 " == subtotal"],
    "s53_08_edile_fattura_sal_pa_it.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.22')) == vat_amount",
                                           "total - vat_amount == amount_due",
                                           "q(D('318450.00') * D('0.005')) == retention_amount",
                                           "D('318450.00') - retention_amount - D('214920.40') == subtotal"],
    "s53_09_vastgoed_huurfactuur_nl.pdf": ["rent_amount + D('190.00') + service_charge + D('165.00') - D('312.40')"
                                           " + vat_amount == total",
                                           "q((total - vat_amount) * D('0.21')) == vat_amount"],
    "s53_10_syndic_appel_de_fonds_be.pdf": ["service_charge + reserve_fund + D('703.00') == amount_due",
                                            "D('24000') * 68 / 1000 == service_charge",
                                            "D('12000') * 68 / 1000 == reserve_fund"],
    "s53_11_verwaltung_nebenkostenabrechnung_ch.pdf": ["total_costs - advance_payments == balance_due",
                                                       "12 * D('480.00') == advance_payments",
                                                       "D('3502.32') + D('2478.40') + D('144.00') == total_costs"],
    "s53_12_hyresvard_hyresavi_se.pdf": ["rent_amount + D('650.00') + D('99.00') == amount_due"],
    "s53_13_andelsbolig_opkraevning_dk.pdf": ["levy_amount + heating_advance + D('215.00') + D('148.00') == amount_due"],
    "s53_14_hurtownia_faktura_2p_pl.pdf": ["subtotal + vat_amount == total", "q(subtotal * D('0.23')) == vat_amount"],
    "s53_15_sprava_najem_faktura_cz.pdf": ["q((rent_amount + service_charge) * D('0.21')) == vat_amount",
                                           "rent_amount + service_charge + vat_amount == total"],
    "s53_16_condominio_recibo_quotas_pt.pdf": ["service_charge + reserve_fund + special_levy == total",
                                               "q(service_charge * D('0.10')) == reserve_fund"],
    "s53_17_letting_agent_landlord_statement_ie.pdf": ["rent_amount - management_fee - vat_amount - D('185.00')"
                                                       " == net_to_landlord",
                                                       "q(rent_amount * D('0.10')) == management_fee",
                                                       "q(management_fee * D('0.23')) == vat_amount"],
    "s53_18_municipal_interim_tax_bill_ca.pdf": ["2 * installment_amount == total",
                                                 "q(D('5842.36') * D('0.50')) == total"],
    "s53_19_kanri_kaisha_seikyusho_jp.pdf": ["service_charge + reserve_fund + D('22000') + D('2200') == total",
                                             "(D('2200') * 10 / 110).quantize(D('1'), ROUND_DOWN) == tax_amount"],
    "s53_20_developer_demand_letter_in.pdf": ["q(subtotal * D('0.05')) == tax_amount",
                                              "subtotal + tax_amount - q(subtotal * D('0.01')) == amount_due",
                                              "q(D('9240000') * D('0.04')) == subtotal"],
    "s53_21_sectional_title_levy_statement_za.pdf": ["previous_balance - payments_received + levy_amount + reserve_fund"
                                                     " + D('387.45') + D('120.00') == balance_due",
                                                     "q(levy_amount * D('0.15')) == reserve_fund"],
    "s53_22_imobiliaria_aluguel_boleto_br.pdf": ["rent_amount + service_charge + property_tax + D('24.90') == amount_due"],
    "s53_23_body_corporate_levy_notice_nz.pdf": ["levy_amount + reserve_fund + D('2216.34') == total",
                                                 "q(total * 3 / 23) == gst_amount",
                                                 "q(q(D('175500') * 42 / 1000) / 4) == levy_amount"],
    "s53_24_byggvare_kvittering_no.pdf": ["D('12780.60') - discount_amount == total",
                                          "q(D('12780.60') * D('0.15')) == discount_amount",
                                          "q(total * D('0.20')) == vat_amount"],
    "s53_25_isannointi_vastikelasku_fi.pdf": ["levy_amount + financing_charge + D('48.00') + D('18.00') + D('12.00')"
                                              " == amount_due",
                                              "q(D('62.5') * D('3.15')) == levy_amount",
                                              "q(D('62.5') * D('6.40')) == financing_charge"],
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
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}"}
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
def cross_checks():
    errs = []
    due, value = boleto_due_and_value(BOLETO)
    t = TRUTH["s53_22_imobiliaria_aluguel_boleto_br.pdf"]
    if due.isoformat() != t["due_date"] or value != D(t["amount_due"]):
        errs.append(f"boleto factor / value {due} {value} do not match due_date / amount_due")
    t = TRUTH["s53_25_isannointi_vastikelasku_fi.pdf"]
    if not fi_virtual_barcode_valid(FI_VIRTUAL, t["iban"], t["amount_due"], t["payment_reference"],
                                    date.fromisoformat(t["due_date"])):
        errs.append("Finnish virtual barcode does not encode IBAN / amount / reference / due date")
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
    n_arith += 2   # the boleto due-date factor / value and the Finnish virtual barcode cross-checks
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
