#!/usr/bin/env python3
"""Verify set57 (international trade, shipping and customs paperwork as an importer's / exporter's back office
receives it).

1. Every identifier with a check-digit scheme printed in the documents is valid: ISO 6346 container numbers, IATA
   air-waybill numbers (mod 7), IMO ship numbers, the EU MRN (ISO 6346 check character), the US CBP entry number
   (assumed Luhn over the numeric filer code + transaction number), IBANs (mod 97 plus the national check digits
   where published: IT CIN, ES), and the national company / tax ids through python-stdnum (DE USt-IdNr., NL btw,
   GB VAT and EORI, FR TVA / SIREN / SIRET, IT partita IVA, ES CIF / NIF-IVA, PL NIP, CH UID, BR CNPJ, MX RFC,
   IN GSTIN / PAN (IEC), CN USCC, JP corporate number, TH tax id, AU ABN, CA BN, TR VKN, SG UEN, CL RUT, KE PIN
   (format), VN MST, MA ICE, US EIN (prefix), SE VAT) plus the Korean business registration number (implemented
   here: weights 1 3 7 1 3 7 1 3 5).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the national forms
   used by the documents, month names case-insensitive; amounts and weights with dot / comma / space / apostrophe /
   Indian grouping and decimal comma; names and ids as printed, whitespace-normalised). Short values and currency
   codes are only accepted next to their label.
3. Values marked as page-N-only are found on that page and on no other page (totals of the two-page documents).
4. The amounts add up: lines to totals, surcharges, duty and import VAT, exchange-rate conversions to the cent,
   weights, packages and volumes; plus cross-checks between identifiers and truth values.
5. Page counts, file sizes, a non-empty text layer on every page, embedded fonts with a ToUnicode map, and clean
   pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set57-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import iban, iso6346, luhn
from stdnum import imo as imo_mod
from stdnum.au import abn as au_abn
from stdnum.br import cnpj as br_cnpj
from stdnum.ca import bn as ca_bn
from stdnum.ch import uid as ch_uid
from stdnum.cl import rut as cl_rut
from stdnum.cn import uscc as cn_uscc
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren as fr_siren, siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.jp import cn as jp_cn
from stdnum.ke import pin as ke_pin
from stdnum.ma import ice as ma_ice
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip
from stdnum.se import vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.th import tin as th_tin
from stdnum.tr import vkn as tr_vkn
from stdnum.us import ein as us_ein
from stdnum.vn import mst as vn_mst

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set57-pdfs")
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
    return True   # ES is checked by stdnum's es.ccc inside iban.is_valid; DE, NL, GB, CH, AE, TR, BR publish none


def iso6346_char_value(ch):
    """ISO 6346 letter values: A=10, B=12 ... skipping multiples of 11"""
    v = 10
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        if c == ch:
            return v
        v += 1
    raise ValueError(ch)


def mrn_valid(x):
    """EU movement reference number: 18 characters, YY + country + 13 characters + check character computed with
    the ISO 6346 algorithm over the first 17 characters"""
    if not re.fullmatch(r"\d{2}[A-Z]{2}[A-Z0-9]{13}\d", x):
        return False
    s = sum((int(c) if c.isdigit() else iso6346_char_value(c)) * 2 ** i for i, c in enumerate(x[:17]))
    return s % 11 % 10 == int(x[17])


def awb_valid(x):
    """IATA air waybill: 3-digit airline prefix, 7-digit serial and a check digit = serial mod 7"""
    m = re.fullmatch(r"(\d{3})-?(\d{7})(\d)", x.replace(" ", ""))
    return bool(m) and int(m.group(2)) % 7 == int(m.group(3))


def us_entry_valid(x):
    """CBP entry number XXX-NNNNNNN-C with a numeric filer code: Luhn check digit over the 10 digits (assumed scheme)"""
    m = re.fullmatch(r"(\d{3})-(\d{7})-(\d)", x)
    return bool(m) and luhn.is_valid(m.group(1) + m.group(2) + m.group(3))


def kr_brn_valid(x):
    """Korean business registration number: weights 1 3 7 1 3 7 1 3 5, plus floor(5 * 9th digit / 10)"""
    d = [int(c) for c in digits(x)]
    if len(d) != 10:
        return False
    s = sum(a * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + d[8] * 5 // 10
    return (10 - s % 10) % 10 == d[9]


def ca_bn_valid(x):
    m = re.fullmatch(r"(\d{9})(?: ?(RT|RP|RC|RM)(\d{4}))?", x)
    return bool(m) and ca_bn.is_valid(m.group(1))


def gb_eori_valid(x):
    """GB EORI = GB + VAT registration number + 000"""
    return bool(re.fullmatch(r"GB\d{12}", x)) and x.endswith("000") and gb_vat.is_valid(x[:-3])


def fr_eori_valid(x):
    """FR EORI = FR + SIRET"""
    return x.startswith("FR") and fr_siret.is_valid(x[2:])


def iec_valid(x):
    """Indian importer-exporter code = the firm's PAN"""
    return in_pan.is_valid(x)


def pl_nip_valid(x):
    return pl_nip.is_valid(x[2:] if x.startswith("PL") else x)


V = {
    "iban": iban_national_ok, "iso6346": iso6346.is_valid, "imo": imo_mod.is_valid, "mrn": mrn_valid, "awb": awb_valid,
    "us_entry": us_entry_valid, "us_ein": us_ein.is_valid, "de_vat": de_vat.is_valid, "nl_btw": nl_btw.is_valid,
    "gb_eori": gb_eori_valid, "fr_tva": fr_tva.is_valid, "fr_siren": fr_siren.is_valid, "fr_eori": fr_eori_valid,
    "it_iva": it_iva.is_valid, "es_cif": es_cif.is_valid, "eu_vat": eu_vat.is_valid, "pl_nip": pl_nip_valid,
    "ch_uid": ch_uid.is_valid, "br_cnpj": br_cnpj.is_valid, "mx_rfc": mx_rfc.is_valid, "in_gstin": in_gstin.is_valid,
    "iec": iec_valid, "cn_uscc": cn_uscc.is_valid, "kr_brn": kr_brn_valid, "jp_cn": jp_cn.is_valid, "th_tin": th_tin.is_valid,
    "au_abn": au_abn.is_valid, "ca_bn": ca_bn_valid, "tr_vkn": tr_vkn.is_valid, "sg_uen": sg_uen.is_valid,
    "cl_rut": cl_rut.is_valid, "ke_pin": ke_pin.is_valid, "vn_mst": vn_mst.is_valid, "ma_ice": ma_ice.is_valid,
    "se_vat": se_vat.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s57_01_seefracht_rechnung_usd_eur_de.pdf": [("de_vat", "DE817394629"), ("de_vat", "DE294703182"),
                                                 ("iban", "DE82 2005 0550 1284 7365 90"), ("iso6346", "TBLU4309186"),
                                                 ("iso6346", "TBLU4310525"), ("imo", "9418274")],
    "s57_02_household_commercial_invoice_2p_cn.pdf": [("cn_uscc", "91330206MA2H7K4X1P"), ("gb_eori", "GB729418316000")],
    "s57_03_douane_voorschotfactuur_nl.pdf": [("mrn", "26NL7F3K2Q8D1X94J4"), ("nl_btw", "NL852019373B01"),
                                              ("nl_btw", "NL864291802B01"), ("iban", "NL82 RABO 0318 4729 56"),
                                              ("iso6346", "CDZU6021842")],
    "s57_04_entry_summary_7501_us.pdf": [("us_entry", "317-4182093-5"), ("us_ein", "72-4183906"),
                                         ("iso6346", "ADRU4718262"), ("iso6346", "ADRU4718302")],
    "s57_05_marine_cargo_insurance_certificate_gb.pdf": [("imo", "9520730"), ("iso6346", "SVCU2194780"),
                                                         ("gb_eori", "GB318472901000"),
                                                         ("iban", "GB51 BARC 2031 5841 8273 90")],
    "s57_06_pump_export_invoice_lut_in.pdf": [("in_gstin", "33AAFCC4829L1ZI"), ("iec", "AAFCC4829L"),
                                              ("iso6346", "SCFU9182401"), ("ke_pin", "P051938472Q")],
    "s57_07_garment_packing_list_2p_vn.pdf": [("vn_mst", "0304187293"), ("iso6346", "VNLU7250410"),
                                              ("se_vat", "SE556718402201")],
    "s57_08_cafe_fatura_proforma_lc_br.pdf": [("br_cnpj", "18.472.936/0001-80"),
                                              ("iban", "BR46 0000 0000 0123 4001 8472 936C 1")],
    "s57_09_warehouse_storage_tax_invoice_ae.pdf": [("iban", "AE17 0331 0184 7293 0184 726"), ("iso6346", "GCXU5173296"),
                                                    ("iso6346", "GCXU5174013")],
    "s57_10_air_waybill_sg.pdf": [("awb", "629-41837202"), ("sg_uen", "201604836K")],
    "s57_11_bill_of_lading_kr.pdf": [("kr_brn", "607-81-47329"), ("iso6346", "HBLU4183075"), ("imo", "9384162")],
    "s57_12_certificat_origine_fr.pdf": [("fr_eori", "FR52918374100022"), ("fr_tva", "FR56529183741"),
                                         ("fr_siren", "529 183 741"), ("iso6346", "VCPU7403180")],
    "s57_13_cmr_list_przewozowy_pl.pdf": [("pl_nip", "PL5891734024"), ("pl_nip", "PL7781842937"),
                                          ("de_vat", "DE138490271")],
    "s57_14_courier_duty_tax_invoice_ca.pdf": [("ca_bn", "829471630 RT0001"), ("ca_bn", "743182958 RM0001")],
    "s57_15_demurrage_detention_invoice_za.pdf": [("iso6346", "DRBU9042170"), ("iso6346", "DRBU1184624"),
                                                  ("imo", "9291834")],
    "s57_16_aguacate_cfdi_exportacion_mx.pdf": [("mx_rfc", "ASM1409225K0"), ("us_ein", "36-2918473")],
    "s57_17_spedizioni_nota_debito_nolo_it.pdf": [("it_iva", "02184730105"), ("it_iva", "02847190366"),
                                                  ("iban", "IT21 C030 6901 6000 0000 0847 291")],
    "s57_18_aceite_factura_comercial_es.pdf": [("es_cif", "B23184724"), ("eu_vat", "ESB23184724"),
                                               ("iban", "ES13 2100 3817 1602 0184 7293"), ("iso6346", "HGTU2719383"),
                                               ("ca_bn", "809318470")],
    "s57_19_machinery_commercial_invoice_lc_jp.pdf": [("jp_cn", "3030001184729"), ("th_tin", "0105559018472")],
    "s57_20_lcl_arrival_notice_invoice_au.pdf": [("au_abn", "39 618 273 940"), ("au_abn", "34 104 839 271"),
                                                 ("iso6346", "AUCU3184758")],
    "s57_21_tea_export_invoice_ke.pdf": [("ke_pin", "P052184730R"), ("iso6346", "KTEU4183073")],
    "s57_22_cablerie_bon_livraison_ma.pdf": [("ma_ice", "001847293000004"), ("eu_vat", "ESB46184727")],
    "s57_23_uhrenteile_exportrechnung_ch.pdf": [("ch_uid", "CHE-284.739.164"), ("iban", "CH29 0070 0110 0048 2739 1")],
    "s57_24_gumruk_giris_beyannamesi_tr.pdf": [("tr_vkn", "0684129378"), ("tr_vkn", "3251847020"),
                                               ("iban", "TR31 0006 2000 0000 6291 8473 51"), ("iso6346", "CDZU6022978")],
    "s57_25_vina_packing_list_cl.pdf": [("cl_rut", "76.184.293-5"), ("iso6346", "CLRU4183920")],
}

# documents whose numeric dates are month first (MM/DD/YYYY); all others are day first (or ISO / year first)
MONTH_FIRST = {"s57_04_entry_summary_7501_us.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s57_02_household_commercial_invoice_2p_cn.pdf": 2, "s57_07_garment_packing_list_2p_vn.pdf": 2})
MAX_KB = 350   # groff embeds whole URW Type 1 fonts (no subsetting in groff 1.22)

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s57_02_household_commercial_invoice_2p_cn.pdf": {"total_amount": 2, "total_cartons": 2, "total_net_weight": 2,
                                                      "total_gross_weight": 2},
    "s57_07_garment_packing_list_2p_vn.pdf": {"total_cartons": 2, "total_pieces": 2, "total_net_weight": 2,
                                              "total_gross_weight": 2, "total_volume_cbm": 2},
}

# short values and currency codes are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s57_07_garment_packing_list_2p_vn.pdf", "total_cartons"): r"TOTAL CARTONS\s*: {v} CTNS",
    ("s57_10_air_waybill_sg.pdf", "number_of_pieces"): r"DIMS: {v} @",
    ("s57_12_certificat_origine_fr.pdf", "number_of_packages"): r"Total: {v} \(trente-huit\)",
    ("s57_13_cmr_list_przewozowy_pl.pdf", "number_of_packages"): r"MR-WES\s+{v}\s+palety",
    ("s57_16_aguacate_cfdi_exportacion_mx.pdf", "currency"): r"Moneda: {v}\b",
    ("s57_19_machinery_commercial_invoice_lc_jp.pdf", "currency"): r"CURRENCY\s+{v}\b",
    ("s57_21_tea_export_invoice_ke.pdf", "number_of_packages"): r"Total packages\s+{v} multiwall",
    ("s57_22_cablerie_bon_livraison_ma.pdf", "number_of_packages"): r"TOTAL COLIS : {v} cartons",
}


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# line data as printed (CN commercial invoice: qty, unit price USD, cartons, N.W., G.W.; 20 lines on page 1)
CN_ITEMS = [(1200, "3.85", 50, "672.0", "735.0"), (1200, "4.40", 60, "804.0", "882.0"), (800, "6.95", 50, "920.0", "985.0"),
            (960, "5.60", 40, "806.4", "858.0"), (360, "9.80", 60, "864.0", "942.0"), (600, "2.15", 25, "210.0", "236.5"),
            (1500, "2.30", 50, "525.0", "590.0"), (2400, "0.95", 40, "288.0", "332.0"), (1800, "3.20", 90, "1116.0", "1242.0"),
            (960, "4.75", 80, "1459.2", "1560.0"), (1440, "1.85", 60, "1080.0", "1176.0"), (960, "2.60", 80, "921.6", "1032.0"),
            (3600, "0.88", 150, "2520.0", "2745.0"), (3600, "0.74", 120, "1872.0", "2064.0"),
            (4800, "0.62", 100, "1680.0", "1850.0"), (1200, "2.45", 60, "1404.0", "1500.0"), (720, "1.60", 30, "302.4", "330.0"),
            (600, "3.90", 50, "690.0", "740.0"), (480, "8.40", 80, "960.0", "1056.0"), (1200, "0.98", 20, "216.0", "238.0"),
            (1200, "1.15", 20, "252.0", "276.0"), (960, "1.35", 16, "230.4", "252.8"), (600, "4.60", 30, "420.0", "468.0"),
            (240, "14.20", 60, "1320.0", "1395.0"), (360, "6.80", 60, "1044.0", "1110.0"), (1800, "1.05", 30, "297.0", "327.0"),
            (2400, "1.40", 40, "456.0", "496.0"), (480, "5.25", 40, "624.0", "680.0"), (720, "6.10", 60, "936.0", "1008.0"),
            (960, "1.95", 40, "460.8", "512.0")]
CN_CF = ("67312.00", 1295, "19310.6", "21093.5")   # "Carried forward to page 2" as printed
# VN packing list: cartons, pieces per carton, N.W. / carton, G.W. / carton (17 lines on page 1)
VN_ROWS = [(24, 12, "7.80", "8.90"), (20, 12, "7.80", "8.90"), (6, 12, "7.80", "8.90"), (22, 12, "6.90", "7.95"),
           (18, 12, "6.90", "7.95"), (4, 12, "6.90", "7.95"), (16, 24, "8.40", "9.60"), (14, 24, "8.40", "9.60"),
           (26, 30, "9.60", "10.85"), (20, 30, "9.60", "10.85"), (24, 30, "8.70", "9.90"), (18, 30, "8.70", "9.90"),
           (15, 20, "6.20", "7.30"), (21, 20, "6.20", "7.30"), (15, 20, "5.80", "6.85"), (19, 20, "5.80", "6.85"),
           (22, 28, "10.20", "11.45"), (26, 28, "10.20", "11.45"), (18, 28, "9.10", "10.30"), (22, 28, "9.10", "10.30"),
           (12, 40, "6.40", "7.35"), (10, 40, "6.40", "7.35"), (12, 40, "5.90", "6.85"), (14, 36, "7.20", "8.25"),
           (14, 36, "7.20", "8.25"), (8, 60, "4.80", "5.70"), (6, 80, "4.40", "5.25")]
VN_CF = (304, 6504, "2397.40", "2745.30")


def sum_cn(i, n=None):
    rows = CN_ITEMS[:n] if n else CN_ITEMS
    if i == "amount":
        return sum(qty * D(p) for qty, p, *_ in rows)
    return sum(D(str(r[i])) for r in rows)


def sum_vn(i, n=None):
    rows = VN_ROWS[:n] if n else VN_ROWS
    if i == "pcs":
        return sum(c * p for c, p, *_ in rows)
    if i == "ctn":
        return sum(r[0] for r in rows)
    return sum(r[0] * D(r[i]) for r in rows)


# arithmetic between the truth values (Decimal; names are truth fields; constants are amounts printed on the page)
ARITH = {
    "s57_01_seefracht_rechnung_usd_eur_de.pdf": [
        "2 * D('2150.00') + 2 * D('385.00') + 2 * D('95.00') == freight_charges_usd",
        "q(freight_charges_usd * exchange_rate) == D('4848.67')",
        "2 * D('298.00') + 2 * D('18.50') + D('55.00') + D('45.00') + 2 * D('1240.00') + q(2 * D('1240.00') * D('0.12'))"
        " == D('3510.60')",
        "q(freight_charges_usd * exchange_rate) + D('3510.60') == total"],
    "s57_02_household_commercial_invoice_2p_cn.pdf": [
        "sum_cn('amount') == total_amount", "sum_cn(2) == total_cartons", "sum_cn(3) == total_net_weight",
        "sum_cn(4) == total_gross_weight",
        "(sum_cn('amount', 20), sum_cn(2, 20), sum_cn(3, 20), sum_cn(4, 20)) == "
        "(D(CN_CF[0]), CN_CF[1], D(CN_CF[2]), D(CN_CF[3]))"],
    "s57_03_douane_voorschotfactuur_nl.pdf": [
        "q(D('38450.00') / exchange_rate) + D('1386.06') == customs_value",
        "D('22400.00') + D('14450.00') == customs_value",
        "q(D('22400.00') * D('0.047')) + q(D('14450.00') * D('0.027')) == duty_amount",
        "q((customs_value + duty_amount) * D('0.21')) == import_vat",
        "D('65.00') + D('7.50') + q((duty_amount + import_vat) * D('0.02')) + D('12.50') == D('274.69')",
        "duty_amount + import_vat + D('274.69') + q(D('274.69') * D('0.21')) == total"],
    "s57_04_entry_summary_7501_us.pdf": [
        "D('48620') + D('6380') + D('1250') == total_entered_value",
        "q(D('48620') * D('0.085')) + q(D('6380') * D('0.085')) + q(D('1250') * D('0.037')) == duty_amount",
        "q(total_entered_value * D('0.003464')) == mpf_amount",
        "duty_amount + mpf_amount + q(total_entered_value * D('0.00125')) == total_amount"],
    "s57_05_marine_cargo_insurance_certificate_gb.pdf": [
        "q(invoice_value * D('1.10')) == sum_insured", "q(sum_insured * D('0.00165')) == premium"],
    "s57_06_pump_export_invoice_lut_in.pdf": [
        "40 * D('312.00') + 24 * D('468.50') + 200 * D('8.75') + D('1180.00') + D('46.00') == total_usd",
        "q(total_usd * exchange_rate) == total_inr"],
    "s57_07_garment_packing_list_2p_vn.pdf": [
        "sum_vn('ctn') == total_cartons", "sum_vn('pcs') == total_pieces", "sum_vn(2) == total_net_weight",
        "sum_vn(3) == total_gross_weight", "total_cartons * D('0.60') * D('0.40') * D('0.40') == total_volume_cbm",
        "(sum_vn('ctn', 17), sum_vn('pcs', 17), sum_vn(2, 17), sum_vn(3, 17)) == "
        "(VN_CF[0], VN_CF[1], D(VN_CF[2]), D(VN_CF[3]))"],
    "s57_08_cafe_fatura_proforma_lc_br.pdf": [
        "200 * D('548.40') + 120 * D('496.00') == total_amount", "(200 + 120) * 60 == net_weight",
        "lc_latest_issue_date < latest_shipment_date"],
    "s57_09_warehouse_storage_tax_invoice_ae.pdf": [
        "3640 * D('1.85') + 64 * D('18.00') + 82 * D('18.00') + 2 * D('450.00') + 1260 * D('1.20') + 82 * D('6.50')"
        " + D('350.00') == subtotal",
        "q(subtotal * D('0.05')) == vat_amount", "subtotal + vat_amount == total",
        "(date.fromisoformat(storage_period_end) - date.fromisoformat(storage_period_start)).days + 1 == 28"],
    "s57_10_air_waybill_sg.pdf": [
        "number_of_pieces * D('100') * D('80') * D('75') / D('6000') == chargeable_weight",
        "chargeable_weight > gross_weight", "chargeable_weight * D('5.85') == weight_charge",
        "weight_charge + D('25.00') + D('45.00') + chargeable_weight * D('1.40') + chargeable_weight * D('0.22')"
        " == total_prepaid"],
    "s57_11_bill_of_lading_kr.pdf": [],
    "s57_12_certificat_origine_fr.pdf": [
        "D('1120.000') + D('512.500') + D('214.000') == gross_weight", "24 + 10 + 4 == number_of_packages"],
    "s57_13_cmr_list_przewozowy_pl.pdf": [],
    "s57_14_courier_duty_tax_invoice_ca.pdf": [
        "q(D('1240.00') * exchange_rate) == value_for_duty", "q(value_for_duty * D('0.18')) == duty_amount",
        "q((value_for_duty + duty_amount) * D('0.05')) == gst_amount",
        "duty_amount + gst_amount + D('58.00') + D('12.00') + q(D('70.00') * D('0.05')) == total_due"],
    "s57_15_demurrage_detention_invoice_za.pdf": [
        "(date(2026, 2, 16) - date(2026, 2, 9)).days == 7 and (date(2026, 2, 21) - date(2026, 2, 9)).days == 12",
        "7 * D('95.00') + 7 * D('95.00') + 5 * D('160.00') == demurrage_usd",
        "(date(2026, 2, 24) - date(2026, 2, 21)).days * D('55.00') == D('165.00')",
        "q((demurrage_usd + D('165.00')) * rate_of_exchange) == D('41872.28')",
        "q(D('41872.28') * D('0.15')) == vat_amount", "D('41872.28') + vat_amount == total_zar"],
    "s57_16_aguacate_cfdi_exportacion_mx.pdf": [
        "1056 * D('24.50') + 704 * D('21.75') == total", "q(total * exchange_rate) == total_mxn",
        "(1056 + 704) * D('11.3') == net_weight"],
    "s57_17_spedizioni_nota_debito_nolo_it.pdf": [
        "3 * D('110.00') + D('150.00') == adjustment_usd",
        "q(adjustment_usd / exchange_rate) + 4 * 2 * D('28.00') + D('15.00') == total"],
    "s57_18_aceite_factura_comercial_es.pdf": [
        "480 * D('86.40') + 600 * D('78.60') + 240 * D('58.20') + D('2450.00') + D('185.00') == total_amount",
        "q((480 * 20 + 600 * 12 + 240 * 12) * D('0.916')) == net_weight", "gross_weight > net_weight"],
    "s57_19_machinery_commercial_invoice_lc_jp.pdf": [
        "2 * 8450000 + 2 * 620000 + 385000 + 412000 + 27000 == total_amount",
        "2 * D('6850.0') + 2 * D('120.0') + D('85.0') == net_weight",
        "2 * D('7420.0') + 2 * D('148.0') + D('102.0') == gross_weight"],
    "s57_20_lcl_arrival_notice_invoice_au.pdf": [
        "q(D('6.400') * D('48.00')) + q(D('6.400') * D('6.00')) == freight_usd",
        "q(freight_usd * exchange_rate) == D('531.67')",
        "q(D('6.400') * D('42.00')) + D('38.50') + D('95.00') + D('65.00') + D('185.00') + D('75.00') + D('240.00')"
        " == D('967.30')",
        "q(D('967.30') * D('0.10')) == gst_amount", "D('531.67') + D('967.30') + gst_amount == total_aud"],
    "s57_21_tea_export_invoice_ke.pdf": [
        "120 + 160 + 40 + 20 == number_of_packages",
        "120 * D('60.0') + 160 * D('60.0') + 40 * D('65.0') + 20 * D('65.0') == total_net_weight",
        "120 * 60 * D('2.84') + 160 * 60 * D('2.96') + 40 * 65 * D('2.38') + 20 * 65 * D('2.12') == total_amount",
        "total_net_weight + number_of_packages * D('0.9') == total_gross_weight"],
    "s57_22_cablerie_bon_livraison_ma.pdf": [
        "24 + 20 + 16 == number_of_packages", "D('1380.0') + D('1256.0') + D('490.5') == net_weight",
        "D('1512.0') + D('1398.0') + D('572.0') == gross_weight"],
    "s57_23_uhrenteile_exportrechnung_ch.pdf": [
        "5000 * D('3.85') + 2400 * D('12.40') + 1800 * D('6.75') + 1200 * D('9.90') + D('120.00') == total_chf",
        "q(total_chf * exchange_rate) == total_usd", "gross_weight > net_weight"],
    "s57_24_gumruk_giris_beyannamesi_tr.pdf": [
        "q((invoice_amount + D('3150.00') + D('210.00')) * exchange_rate) == customs_value_try",
        "q(customs_value_try * D('0.027')) == customs_duty",
        "q((customs_value_try + customs_duty) * D('0.20')) == vat_amount",
        "customs_duty + vat_amount + D('1178.60') == total_taxes"],
    "s57_25_vina_packing_list_cl.pdf": [
        "400 + 350 + 250 + 120 == total_cases", "(400 + 350 + 250) * 9 + 120 * D('4.5') == total_net_weight",
        "(400 + 350 + 250) * D('15.80') + 120 * D('8.40') == total_gross_weight"],
}
# fields that look numeric but are identifiers / codes (kept as strings in the arithmetic environment)
NOT_AMOUNT = {"order_number", "export_invoice_number", "transaction_number", "vendor_trn"}

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
    """Indian grouping: last three digits, then groups of two (23,08,215)."""
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
    """unsigned renderings of an amount or weight"""
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
         f"{di}.{mi}.{y}", f"{y}.{m}.{d}", f"{y}/{m}/{d}"}
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}",
          f"{en[:3]} {di}, {y}", f"{en[:3]}. {di}, {y}"}
    return f


def candidates(value, month_first=False):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value, month_first), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return amount_forms(value), "number"
    return {value}, "text"


def number_pattern(f):
    return r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"


def find(value_forms, kind, text, ctx=None):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return f
            continue
        flags = 0
        if kind == "number":
            pat = number_pattern(f)
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(f) + r"(?!\d)"
            flags = re.I            # 10 MAR 2026, 02-Mar-2026
        else:
            pat = re.escape(f)
        if re.search(pat, text, flags):
            return f
        if kind == "text" and " " in f:
            # value wrapped over two lines in one of the extractions
            if re.search(r"\s+".join(re.escape(p) for p in f.split(" ")), text):
                return f
    return None


# ---------------------------------------------------------------- cross-checks between identifiers and truth values
def cross_checks():
    errs, n = [], 0
    for f, fields in sorted(TRUTH.items()):
        if "container_number" in fields:
            n += 1
            if not iso6346.is_valid(fields["container_number"]):
                errs.append(f"{f}: container_number fails the ISO 6346 check digit")
    n += 1
    if not awb_valid(TRUTH["s57_10_air_waybill_sg.pdf"]["awb_number"]):
        errs.append("air waybill number fails the mod-7 check")
    n += 1
    if not mrn_valid(TRUTH["s57_03_douane_voorschotfactuur_nl.pdf"]["customs_entry_number"]):
        errs.append("MRN fails the ISO 6346 check character")
    n += 1
    if not us_entry_valid(TRUTH["s57_04_entry_summary_7501_us.pdf"]["entry_number"]):
        errs.append("US entry number fails the Luhn check digit")
    n += 1
    t = TRUTH["s57_04_entry_summary_7501_us.pdf"]
    if not (us_ein.is_valid(t["importer_number"][:10]) and t["importer_number"][10:] == "00"):
        errs.append("US importer number is not EIN + 00")
    n += 1
    t = TRUTH["s57_06_pump_export_invoice_lut_in.pdf"]
    if not (in_gstin.is_valid(t["exporter_gstin"]) and t["exporter_gstin"][2:12] == t["iec_code"]):
        errs.append("Indian GSTIN invalid or its PAN differs from the IEC")
    n += 1
    t = TRUTH["s57_23_uhrenteile_exportrechnung_ch.pdf"]
    if not ch_uid.is_valid(t["vendor_vat_id"].replace(" MWST", "")):
        errs.append("Swiss vendor_vat_id fails the UID check")
    n += 1
    if not nl_btw.is_valid("NL852019373B01"):
        errs.append("Dutch broker VAT id invalid")
    n += 1
    t = TRUTH["s57_17_spedizioni_nota_debito_nolo_it.pdf"]
    if not it_iva.is_valid(t["vendor_vat_id"]):
        errs.append("Italian vendor_vat_id fails the partita IVA check")
    n += 1
    t = TRUTH["s57_18_aceite_factura_comercial_es.pdf"]
    if not eu_vat.is_valid(t["seller_vat_id"]):
        errs.append("Spanish seller_vat_id fails the NIF check")
    n += 1
    t = TRUTH["s57_16_aguacate_cfdi_exportacion_mx.pdf"]
    if not (mx_rfc.is_valid(t["vendor_rfc"]) and re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", t["cfdi_uuid"])):
        errs.append("Mexican RFC invalid or CFDI UUID malformed")
    return errs, n


# ---------------------------------------------------------------- main
def main():
    errors = []
    n_ids = n_vals = n_arith = 0
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
        if not 8 <= len(fields) <= 12:
            errors.append(f"{f}: {len(fields)} fields (want 8-12)")
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
            if (len(value) <= 3 or field == "currency") and not ctx:
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
        env = {"D": Decimal, "q": q, "date": date, "sum_cn": sum_cn, "sum_vn": sum_vn, "CN_CF": CN_CF, "VN_CF": VN_CF}
        for k, v in fields.items():
            if re.fullmatch(r"\d+(\.\d+)?", v) and not re.fullmatch(r"0\d+", v) and k not in NOT_AMOUNT:
                env[k] = Decimal(v)
            else:
                env[k] = v
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}}, env)
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
    print(f"documents: {len(files)}  truth values: {n_vals}  distinct field names: {len(names)}  "
          f"page-only values: {n_p}  identifiers checked: {n_ids}  arithmetic checks: {n_arith} "
          f"(incl. {n_cross} cross-checks)  total PDF size: {total_size / 1024:.0f} KB")
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        print(f"{n_vals + n_ids + n_arith - len(errors)} passed, {len(errors)} failed")
        return 1
    print(f"{n_vals + n_ids + n_arith} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, "
          f"{n_arith} arithmetic checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
