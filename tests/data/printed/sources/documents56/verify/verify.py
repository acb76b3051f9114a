#!/usr/bin/env python3
"""Verify set56 (banking, card, loan, insurance and pension paperwork as a household's or small business's bookkeeper
receives it).

1. Every identifier with a check-digit scheme printed in the documents is valid (python-stdnum where it has a module:
   IBAN mod 97 for DE, IE, FR, ES, PL, CH, IT, PT, SE, BE, TR, LT, BH; DE USt-IdNr., FR SIREN, ES CIF / DNI, PL NIP /
   REGON, CH AHV number / UID, IT partita IVA, PT NIF, BR CNPJ, SE org.nr, BE enterprise number, TR VKN, MX RFC,
   IN GSTIN, AU ABN, NZ IRD (GST number) and bank account, MA ICE, KE PIN (format); implemented here: the national check
   digits inside the IBAN where published (FR RIB key, IT CIN, PT NIB, PL bank-branch digit; BE and ES are checked by
   stdnum), the Mexican CLABE (weights 3-7-1), the Moroccan RIB (24 digits divisible by 97), the Belgian structured
   communication (mod 97) and the Australian USI prefix (the fund's ABN)).
2. Every truth value in truth.json is found in the text of its PDF in some printed form (dates in the national forms
   used in the set, month names in EN / DE / FR / ES / PT / IT, month-first and two-digit years for the US document;
   amounts with dot / comma / space / apostrophe / Indian grouping and decimal comma; negative amounts only in the
   document's own negative notation; names and identifiers as printed, whitespace-normalised and allowed to wrap).
   Short or ambiguous values (currency codes, small amounts, rates) are only accepted next to their label.
3. Values marked as page-N-only are found on that page and on no other page, not even as a stray copy (closing balances
   and totals on page 2 of the two-page statements, opening balances on page 1).
4. The statement arithmetic adds up: opening + credits - debits = closing, the transaction lines re-add to the totals,
   interest and tax lines are recomputed, premiums + taxes = totals, amortisation and pension balances roll forward.
5. Page counts, file sizes, a non-empty text layer on every page, embedded fonts with a ToUnicode map, and clean
   pdfinfo / pdftotext runs.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set56-pdfs)
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum import iban, luhn
from stdnum.au import abn as au_abn
from stdnum.be import vat as be_vat
from stdnum.br import cnpj as br_cnpj
from stdnum.ch import ssn as ch_ssn, uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif, dni as es_dni
from stdnum.fr import siren as fr_siren
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.ke import pin as ke_pin
from stdnum.ma import ice as ma_ice
from stdnum.mx import rfc as mx_rfc
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr
from stdnum.tr import vkn as tr_vkn

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set56-pdfs")
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
    return True   # BE and ES are checked by stdnum's country modules inside iban.is_valid


def clabe_valid(x):
    """Mexican CLABE: 18 digits, weights 3, 7, 1 (products mod 10), check = (10 - sum mod 10) mod 10"""
    d = digits(x)
    if len(d) != 18:
        return False
    s = sum((int(c) * [3, 7, 1][i % 3]) % 10 for i, c in enumerate(d[:17]))
    return (10 - s % 10) % 10 == int(d[17])


def ma_rib_valid(x):
    """Moroccan RIB: bank (3) + city (3) + account (16) + key (2); the 24-digit number is divisible by 97"""
    d = digits(x)
    return len(d) == 24 and int(d) % 97 == 0


def be_ogm_valid(x):
    """Belgian structured communication +++123/4567/89012+++: first 10 digits mod 97 (0 -> 97) = last 2"""
    d = digits(x)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def au_usi_valid(x):
    """USI of an APRA fund: the fund's ABN followed by a three-digit product number"""
    d = digits(x)
    return len(d) == 14 and au_abn.is_valid(d[:11])


def gstin_valid(x):
    return in_gstin.is_valid(x) and in_pan.is_valid(x[2:12])


V = {
    "iban": iban_national_ok, "de_vat": de_vat.is_valid, "fr_siren": fr_siren.is_valid, "es_cif": es_cif.is_valid,
    "es_dni": es_dni.is_valid, "pl_nip": pl_nip.is_valid, "pl_regon": pl_regon.is_valid, "ch_ssn": ch_ssn.is_valid,
    "ch_uid": ch_uid.is_valid, "it_iva": it_iva.is_valid, "pt_nif": pt_nif.is_valid, "br_cnpj": br_cnpj.is_valid,
    "se_orgnr": se_orgnr.is_valid, "be_vat": be_vat.is_valid, "be_ogm": be_ogm_valid, "tr_vkn": tr_vkn.is_valid,
    "mx_rfc": lambda x: mx_rfc.is_valid(x, validate_check_digits=True), "mx_clabe": clabe_valid,
    "in_gstin": gstin_valid, "au_abn": au_abn.is_valid, "au_usi": au_usi_valid, "nz_gst": lambda x: nz_ird.is_valid(digits(x)),
    "nz_bank": nz_bank.is_valid, "ma_rib": ma_rib_valid, "ma_ice": ma_ice.is_valid, "ke_pin": ke_pin.is_valid,
}

# identifiers exactly as printed in each PDF, with the scheme used to validate them
IDS = {
    "s56_01_girokonto_kontoauszug_2p_de.pdf": [("iban", "DE02 6229 0110 0381 6472 05"), ("de_vat", "DE146284714")],
    "s56_02_credit_card_statement_us.pdf": [],
    "s56_03_motor_policy_schedule_ae.pdf": [],
    "s56_04_business_cheque_statement_za.pdf": [],
    "s56_05_cuenta_ahorro_estado_mx.pdf": [("mx_clabe", "062180047182935613"), ("mx_rfc", "OERL870314K3A"),
                                           ("mx_rfc", "BSM970519Q43")],
    "s56_06_merchant_settlement_statement_in.pdf": [("in_gstin", "24ABXPP4827K1ZX"), ("in_gstin", "27AABCN7391M1ZV")],
    "s56_07_mortgage_annual_statement_ie.pdf": [("iban", "IE29 AIBK 9311 5228 4619 37")],
    "s56_08_habitation_conditions_particulieres_fr.pdf": [("iban", "FR76 1790 6000 3228 1947 0361 122"),
                                                          ("fr_siren", "447 183 625")],
    "s56_09_prestamo_recibo_cuota_es.pdf": [("iban", "ES88 2085 7412 5806 0184 7392"), ("es_cif", "A39184726"),
                                            ("es_dni", "71834926S")],
    "s56_10_wyciag_rachunek_firmowy_pl.pdf": [("iban", "PL72 8811 0006 2003 0018 4726 1900"), ("pl_nip", "738-184-62-97"),
                                              ("pl_regon", "128473914"), ("pl_nip", "7351847263")],
    "s56_11_vorsorgeausweis_bvg_ch.pdf": [("ch_ssn", "756.1847.2963.06"), ("ch_uid", "CHE-294.184.730")],
    "s56_12_carta_credito_estratto_conto_it.pdf": [("iban", "IT25 P050 3411 7010 0000 0184 627"), ("it_iva", "01847360516")],
    "s56_13_sinistro_carta_indemnizacao_pt.pdf": [("iban", "PT50 0035 0412 0001 8472 9308 3"), ("pt_nif", "218473958"),
                                                  ("pt_nif", "504183729")],
    "s56_14_extrato_consolidado_multicontas_br.pdf": [("br_cnpj", "18.473.926/0001-60"), ("br_cnpj", "92.738.146/0001-57")],
    "s56_15_kontokredit_kontoutdrag_se.pdf": [("iban", "SE43 8000 8431 0049 2183 7460"), ("se_orgnr", "556384-1724"),
                                              ("se_orgnr", "556718-2208")],
    "s56_16_premie_vervaldagbericht_be.pdf": [("iban", "BE87 7350 4182 7394"), ("be_vat", "BE 0418.372.678"),
                                              ("be_ogm", "+++184/4711/84788+++")],
    "s56_17_passbook_savings_statement_gb.pdf": [],
    "s56_18_brokerage_cash_statement_2p_ca.pdf": [],
    "s56_19_sacco_member_statement_ke.pdf": [("ke_pin", "A004718293K"), ("ke_pin", "P051284736Q")],
    "s56_20_kredi_karti_hesap_ozeti_tr.pdf": [("iban", "TR20 0014 6000 0018 4729 3100 51"), ("tr_vkn", "5829417361")],
    "s56_21_house_insurance_renewal_nz.pdf": [("nz_bank", "12-3140-0372918-00"), ("nz_gst", "118-374-622")],
    "s56_22_releve_compte_courant_ma.pdf": [("ma_rib", "190 010 2118473950120049 13"), ("ma_ice", "001847293000004")],
    "s56_23_emi_account_statement_2p_lt.pdf": [("iban", "LT77 3842 0482 1739 0623")],
    "s56_24_super_member_statement_au.pdf": [("au_abn", "39 184 739 260"), ("au_abn", "94 118 332 904"),
                                             ("au_abn", "59 628 471 930"), ("au_usi", "39184739260001")],
    "s56_25_consolidated_statement_multi_account_bh.pdf": [("iban", "BH22 GPBK 0002 8417 3500 19"),
                                                            ("iban", "BH97 GPBK 0002 8417 3500 27")],
}

# documents whose numeric dates are month first (MM/DD/YYYY and MM/DD/YY); all others are day first or year first
MONTH_FIRST = {"s56_02_credit_card_statement_us.pdf"}

PAGES = {f: 1 for f in TRUTH}
PAGES.update({"s56_01_girokonto_kontoauszug_2p_de.pdf": 2, "s56_02_credit_card_statement_us.pdf": 2,
              "s56_18_brokerage_cash_statement_2p_ca.pdf": 2, "s56_23_emi_account_statement_2p_lt.pdf": 2})
MAX_KB = 350   # groff embeds whole URW Type 1 fonts (no subsetting in groff 1.22)

# values printed only on one page of a multi-page document (must be found there and on no other page)
PAGE_ONLY = {
    "s56_01_girokonto_kontoauszug_2p_de.pdf": {"opening_balance": 1, "closing_balance": 2, "total_debits": 2,
                                               "total_credits": 2},
    "s56_18_brokerage_cash_statement_2p_ca.pdf": {"opening_cash_balance": 1, "closing_cash_balance": 2,
                                                  "dividend_income": 2, "interest_income": 2, "portfolio_value": 2},
    "s56_23_emi_account_statement_2p_lt.pdf": {"opening_balance": 1, "closing_balance": 2, "total_incoming": 2,
                                               "total_outgoing": 2, "total_fees": 2},
}

# short or ambiguous values are only accepted next to their label (regex; {v} = the rendered value)
CONTEXT = {
    ("s56_22_releve_compte_courant_ma.pdf", "currency"): r"Devise\s+{v}\b",
    ("s56_23_emi_account_statement_2p_lt.pdf", "currency"): r"Currency\s+{v}\b",
    ("s56_21_house_insurance_renewal_nz.pdf", "excess"): r"Standard excess \(home and contents\)\s+\${v}\b",
    ("s56_07_mortgage_annual_statement_ie.pdf", "interest_rate"): r"{v}% variable",
    ("s56_09_prestamo_recibo_cuota_es.pdf", "interest_rate"): r"\(TIN\)\s+{v} %",
    ("s56_15_kontokredit_kontoutdrag_se.pdf", "interest_rate"): r"Räntesats \(rörlig\)\s+{v} %",
    ("s56_02_credit_card_statement_us.pdf", "interest_charged"): r"Interest Charged\s+\+ \${v}",
    ("s56_12_carta_credito_estratto_conto_it.pdf", "total_credits"): r"Accrediti del periodo\s+{v}",
}

# how each document prints a negative amount ({n} = the unsigned number); the default is a leading minus
NEG = {
    "s56_04_business_cheque_statement_za.pdf": [r"{n}\s?Dr\b"],
    "s56_12_carta_credito_estratto_conto_it.pdf": [r"{n}\s?CR\b"],
    "s56_15_kontokredit_kontoutdrag_se.pdf": [r"-\s?{n}"],
}


def q(x, places="0.01"):
    return x.quantize(D(places), ROUND_HALF_UP)


def s(*xs):
    return sum((D(x) for x in xs), D(0))


# ---------------------------------------------------------------- statement data re-added by ARITH
DE_LINES = ["-1180.00", "-164.00", "-49.95", "-86.37", "-58.21", "510.00", "-200.00", "-34.85", "-23.40", "-72.00",
            "-71.18", "-129.90", "-112.64", "-55.08", "842.16", "-94.12",   # page 1 (16 lines)
            "-150.00", "-238.50", "-12.40", "-150.00", "-39.98", "-57.29", "400.00", "3284.55", "1912.40", "-300.00",
            "-103.77", "-96.00", "-6.90"]
US_PURCHASES = ["142.18", "18.75", "61.40", "134.62", "89.99", "245.00", "486.20", "89.00", "127.46", "126.00", "42.87",
                "23.64", "312.55", "11.99", "96.40", "159.37"]
ZA_LINES = ["14850.00", "-9416.32", "-6238.74", "-1412.60", "3200.00", "-42.60", "7420.50", "-8312.45", "-1846.20",
            "-4917.38", "2185.00", "-5234.90", "-1288.15", "11960.00", "-8830.39", "-1099.00", "-18640.00", "5640.00",
            "-285.00", "-198.40", "-7.74"]
MX_LINES = ["12400.00", "-2000.00", "-4850.00", "3000.00", "12400.00", "-684.00", "-9500.00", "-1500.00"]
MX_DAYS = [2, 5, 10, 14, 16, 20, 23, 27]
IN_SCHEMES = [("184250.00", "0"), ("112480.00", "0.90"), ("78920.00", "0.90"), ("246815.00", "1.80"),
              ("158340.00", "1.80"), ("41860.00", "1.50")]
PL_LINES = ["18450.00", "-9840.00", "-45.00", "-4187.32", "6000.00", "-1236.00", "-1500.00", "-3281.70", "-17640.00",
            "24600.00", "-6843.00", "-2914.55", "-412.86", "-18.00"]
IT_CHARGES = ["84.60", "27.45", "89.90", "118.00", "34.20", "217.58", "3.81", "245.00", "142.36", "61.49", "72.15", "38.50",
              "249.38", "2.00"]
BR_LINES = ["4860.00", "-7215.40", "12300.00", "-89.90", "-3184.27", "-1046.88", "-2940.00", "-1812.64", "3275.00",
            "-14620.00", "-5000.00", "6118.50", "-1284.71"]
SE_LINES = [(3, "-38450.00"), (5, "62500.00"), (9, "-25000.00"), (12, "-18372.00"), (16, "41200.00"), (19, "-27840.50"),
            (23, "15960.00"), (25, "-30000.00"), (27, "-125.00")]
GB_LINES = [("2025-09-01", "250.00"), ("2025-09-19", "-1200.00"), ("2025-10-01", "250.00"), ("2025-10-14", "1500.00"),
            ("2025-11-03", "250.00"), ("2025-11-27", "-400.00"), ("2025-12-01", "250.00"), ("2025-12-15", "-2500.00"),
            ("2026-01-02", "250.00"), ("2026-01-23", "3000.00"), ("2026-02-02", "250.00"), ("2026-02-20", "-650.00")]
CA_LINES = ["483.00", "-3936.80", "-9.95", "-1.29", "2500.00", "3174.00", "-9.95", "-1.29", "311.25", "58.40", "-3292.20",
            "-9.95", "-1.29", "-13.50", "90.00",   # page 1 (15 lines)
            "-1500.00", "146.00", "21.87", "-4615.00", "-9.95", "-1.29", "264.60", "-25.00", "-3.25", "61.05"]
CA_DIVIDENDS = ["483.00", "311.25", "90.00", "146.00", "264.60"]
CA_INTEREST = ["58.40", "21.87", "61.05"]
CA_HOLDINGS = [(520, "46.80"), (220, "99.15"), (300, "38.42"), (60, "55.30"), (200, "27.64"), (150, "61.20"),
               (400, "50.04")]
TR_PURCHASES = ["1248.35", "2150.00", "1600.00", "386.40", "1940.00", "2318.75", "500.00", "3475.90", "1812.66", "593.06"]
NZ_LINES = ["1342.18", "482.12", "480.00", "106.00", "21.20"]
MA_LINES = ["16450.00", "-4318.55", "-2000.00", "-1284.60", "-612.40", "-2500.00", "-1500.00", "-450.00", "3000.00",
            "-1123.00", "-349.00", "-22.00", "-2.20"]
LT_LINES = ["2400.00", "-6.80", "1384.61", "-5.12", "-190.00", "-14.87", "-0.09", "-362.14", "1850.00", "-48.36",
            "-1500.00", "-66.41", "980.76", "-3.63", "-23.40",   # page 1 (15 lines)
            "-412.00", "-12.95", "1200.00", "-7.20", "-34.99", "-129.00", "640.00", "-190.00", "-71.58", "-9.00", "6.74"]
LT_FEES = ["5.12", "0.09", "3.63", "9.00"]
BH_LINES = ["1850.000", "-450.000", "-38.725", "-42.300", "-300.000", "-100.000", "-200.000", "-27.500", "35.000",
            "-18.650", "-285.417", "-1.000", "-0.100"]


def pos(lines):
    return sum((D(x) for x in lines if D(x) > 0), D(0))


def neg(lines):
    return -sum((D(x) for x in lines if D(x) < 0), D(0))


def mx_interest_and_isr(open_):
    """average daily balance over 28 days, interest 5.10 % (360 days) and ISR 0.50 % (365 days) on it"""
    bal, tot = D(open_), D(0)
    for day in range(1, 29):
        bal += sum((D(a) for d, a in zip(MX_DAYS, MX_LINES) if d == day), D(0))
        tot += bal
    avg = q(tot / 28)
    return avg, q(avg * D("0.051") / 360 * 28), q(avg * D("0.005") / 365 * 28)


def se_interest(open_):
    """7.45 % on the utilised credit, day by day (365 days), charged at month end"""
    bal, tot = D(open_), D(0)
    for day in range(1, 29):
        bal += sum((D(a) for d, a in SE_LINES if d == day), D(0))
        tot += min(bal, D(0))
    return q(-tot * D("0.0745") / 365)


def gb_interest(open_):
    """3.10 % gross on the daily balance from 1 Sep 2025 to 28 Feb 2026 (365-day year)"""
    bal, tot, day = D(open_), D(0), dt.date(2025, 9, 1)
    while day <= dt.date(2026, 2, 28):
        bal += sum((D(a) for d, a in GB_LINES if d == day.isoformat()), D(0))
        tot += bal
        day += dt.timedelta(days=1)
    return q(tot * D("0.031") / 365)


def ie_roll(open_):
    """12 months: interest = balance x rate / 12 (4.15 % to June, 3.85 % from July), repayment 1,412.86 / 1,368.20"""
    bal, ti, tr = D(open_), D(0), D(0)
    for m in range(12):
        i = q(bal * (D("0.0415") if m < 6 else D("0.0385")) / 12)
        r = D("1412.86") if m < 6 else D("1368.20")
        bal, ti, tr = bal + i - r, ti + i, tr + r
    return bal, ti, tr


# arithmetic between the truth values (Decimal; names are truth fields; constants are amounts printed on the page)
ARITH = {
    "s56_01_girokonto_kontoauszug_2p_de.pdf": [
        "opening_balance + total_credits - total_debits == closing_balance",
        "pos(DE_LINES) == total_credits", "neg(DE_LINES) == total_debits",
        "opening_balance + s(*DE_LINES[:16]) == D('2439.18')"],           # "Übertrag auf Blatt 2"
    "s56_02_credit_card_statement_us.pdf": [
        "previous_balance - D('900.00') - D('45.00') + total_purchases + interest_charged == new_balance",
        "s(*US_PURCHASES) == total_purchases", "credit_limit - new_balance == available_credit",
        "q(D('1462.18') * D('0.2449') / 365 * 28) == interest_charged",
        "q(new_balance * D('0.01')) + interest_charged == minimum_payment"],
    "s56_03_motor_policy_schedule_ae.pdf": [
        "q(sum_insured * D('0.025')) == D('4625.00')",
        "D('4625.00') + D('925.00') + D('150.00') + D('120.00') + 7 * D('30.00') == net_premium",
        "q(net_premium * D('0.05')) == vat_amount", "net_premium + vat_amount == total_premium",
        "effective_date > issue_date and expiry_date > effective_date"],
    "s56_04_business_cheque_statement_za.pdf": [
        "opening_balance + total_credits - total_debits == closing_balance", "closing_balance < 0",
        "pos(ZA_LINES) == total_credits", "neg(ZA_LINES) == total_debits",
        "D('42.60') + D('285.00') + D('198.40') == service_fees", "q(service_fees * 15 / 115) == D('68.61')",
        "overdraft_limit + closing_balance == D('20726.18')"],
    "s56_05_cuenta_ahorro_estado_mx.pdf": [
        "opening_balance + total_deposits - total_withdrawals + interest_earned - tax_withheld == closing_balance",
        "pos(MX_LINES) == total_deposits", "neg(MX_LINES) == total_withdrawals",
        "mx_interest_and_isr(opening_balance) == (D('60168.96'), interest_earned, tax_withheld)"],
    "s56_06_merchant_settlement_statement_in.pdf": [
        "s(*(g for g, r in IN_SCHEMES)) == gross_sales",
        "sum((q(D(g) * D(r) / 100) for g, r in IN_SCHEMES), D(0)) == mdr_amount",
        "sum((q(q(D(g) * D(r) / 100) * D('0.18')) for g, r in IN_SCHEMES), D(0)) + q(D('800.00') * D('0.18')) == gst_amount",
        "gross_sales - refunds - mdr_amount - D('800.00') - gst_amount == net_settlement"],
    "s56_07_mortgage_annual_statement_ie.pdf": [
        "ie_roll(opening_balance) == (closing_balance, interest_charged, total_repayments)",
        "opening_balance + interest_charged - total_repayments == closing_balance",
        "interest_rate == D('3.85') and monthly_repayment == D('1368.20')"],
    "s56_08_habitation_conditions_particulieres_fr.pdf": [
        "q(net_premium * D('0.09')) == tax_amount", "net_premium + tax_amount + D('6.50') == total_premium",
        "11 * D('38.00') + D('37.99') == total_premium",
        "renewal_date == expiry_date + dt.timedelta(days=1)"],
    "s56_09_prestamo_recibo_cuota_es.pdf": [
        "q(outstanding_before * interest_rate / 100 / 12) == interest_paid",
        "principal_paid + interest_paid == installment_amount",
        "outstanding_before - principal_paid == outstanding_after"],
    "s56_10_wyciag_rachunek_firmowy_pl.pdf": [
        "opening_balance + total_credits - total_debits == closing_balance",
        "pos(PL_LINES) == total_credits", "neg(PL_LINES) == total_debits"],
    "s56_11_vorsorgeausweis_bvg_ch.pdf": [
        "D('84500.00') - D('26460.00') == insured_salary",
        "q(insured_salary * D('0.15')) + q(insured_salary * D('0.024')) + q(insured_salary * D('0.003')) == total_contribution",
        "employee_contribution == employer_contribution == total_contribution / 2",
        "q(retirement_savings_opening * D('0.0125')) == interest_credited",
        "retirement_savings_opening + interest_credited + q(insured_salary * D('0.15')) == retirement_savings"],
    "s56_12_carta_credito_estratto_conto_it.pdf": [
        "previous_balance < 0", "previous_balance + total_debits - total_credits == new_balance",
        "s(*IT_CHARGES) == total_debits", "credit_limit - new_balance == available_credit",
        "q(D('186.40') / D('0.8567')) == D('217.58')", "q(D('217.58') * D('0.0175')) == D('3.81')"],
    "s56_13_sinistro_carta_indemnizacao_pt.pdf": [
        "assessed_damage - deductible == settlement_amount", "loss_date < letter_date < payment_date"],
    "s56_14_extrato_consolidado_multicontas_br.pdf": [
        "checking_opening_balance + total_credits - total_debits == checking_closing_balance",
        "pos(BR_LINES) == total_credits", "neg(BR_LINES) == total_debits",
        "D('52000.00') + D('306.28') == savings_closing_balance",
        "checking_closing_balance + savings_closing_balance + D('30000.00') + D('5000.00') + D('276.40') == D('95367.71')"],
    "s56_15_kontokredit_kontoutdrag_se.pdf": [
        "opening_balance < 0 and closing_balance < 0",
        "se_interest(opening_balance) == interest_charged",
        "opening_balance + total_deposits - D('139787.50') - interest_charged == closing_balance",
        "pos([a for d, a in SE_LINES]) == total_deposits and neg([a for d, a in SE_LINES]) == D('139787.50')",
        "credit_limit + closing_balance == available_credit"],
    "s56_16_premie_vervaldagbericht_be.pdf": [
        "D('1248.60') + D('312.40') == net_premium",
        "q(D('1248.60') * D('0.0925')) + q(D('312.40') * D('0.0925')) == tax_amount",
        "net_premium + tax_amount == total_due", "coverage_end == coverage_start.replace(year=2027) - dt.timedelta(days=1)"],
    "s56_17_passbook_savings_statement_gb.pdf": [
        "opening_balance + total_deposits - total_withdrawals + interest_paid == closing_balance",
        "pos([a for d, a in GB_LINES]) == total_deposits", "neg([a for d, a in GB_LINES]) == total_withdrawals",
        "gb_interest(opening_balance) == interest_paid"],
    "s56_18_brokerage_cash_statement_2p_ca.pdf": [
        "opening_cash_balance + s(*CA_LINES) == closing_cash_balance",
        "opening_cash_balance + s(*CA_LINES[:15]) == D('11820.58')",        # balance forward to page 2
        "s(*CA_DIVIDENDS) == dividend_income", "s(*CA_INTEREST) == interest_income", "4 * D('9.95') == commissions",
        "4 * q(D('9.95') * D('0.13')) + q(D('25.00') * D('0.13')) == D('8.41')",
        "sum((n * D(p) for n, p in CA_HOLDINGS), D(0)) + closing_cash_balance == portfolio_value"],
    "s56_19_sacco_member_statement_ke.pdf": [
        "deposits_opening_balance + 2 * D('5000.00') == deposits_closing_balance",
        "q(D('412300.00') * D('0.01')) + q(D('400623.00') * D('0.01')) == loan_interest_charged",
        "2 * D('15800.00') == loan_repayments",
        "D('412300.00') + loan_interest_charged - loan_repayments == loan_balance",
        "3 * deposits_closing_balance == D('883500.00')"],
    "s56_20_kredi_karti_hesap_ozeti_tr.pdf": [
        "s(*TR_PURCHASES) == total_purchases",
        "q((previous_balance - D('10000.00')) * D('0.0425')) == interest_charged",
        "previous_balance - D('10000.00') + total_purchases + interest_charged + 2 * q(interest_charged * D('0.15'))"
        " == statement_balance",
        "q(statement_balance * D('0.40')) == minimum_payment",
        "credit_limit - statement_balance - 4 * D('1600.00') == available_credit"],
    "s56_21_house_insurance_renewal_nz.pdf": [
        "q(s(*NZ_LINES) * D('0.15')) == gst_amount", "s(*NZ_LINES) + gst_amount == total_premium",
        "expiry_date == renewal_date.replace(year=2027)"],
    "s56_22_releve_compte_courant_ma.pdf": [
        "opening_balance + total_credits - total_debits == closing_balance",
        "pos(MA_LINES) == total_credits", "neg(MA_LINES) == total_debits", "q(D('22.00') * D('0.10')) == D('2.20')"],
    "s56_23_emi_account_statement_2p_lt.pdf": [
        "opening_balance + total_incoming - total_outgoing == closing_balance",
        "pos(LT_LINES) == total_incoming", "neg(LT_LINES) == total_outgoing", "s(*LT_FEES) == total_fees",
        "opening_balance + s(*LT_LINES[:15]) == D('7578.82')"],          # balance carried forward to page 2
    "s56_24_super_member_statement_au.pdf": [
        "q(D('82500.00') * D('0.115')) == employer_contributions",
        "q((employer_contributions + D('2400.00')) * D('0.15')) == contributions_tax",
        "opening_balance + employer_contributions + D('2400.00') - contributions_tax - D('642.60') - 52 * D('1.50')"
        " - D('186.45') + investment_return == closing_balance"],
    "s56_25_consolidated_statement_multi_account_bh.pdf": [
        "current_opening_balance + total_credits - total_debits == current_closing_balance",
        "pos(BH_LINES) == total_credits", "neg(BH_LINES) == total_debits",
        "D('12500.000') + q(D('12500.000') * D('0.01') / 12, '0.001') == savings_closing_balance",
        "D('8400.00') + q(D('8400.00') * D('0.018') / 12) == usd_call_balance",
        "current_closing_balance + savings_closing_balance + q(usd_call_balance * D('0.376'), '0.001') == D('18279.238')"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
           "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
}
ABBR_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


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
    s_, out = intpart, []
    while len(s_) > 3:
        out.insert(0, s_[-3:])
        s_ = s_[:-3]
    out.insert(0, s_)
    return sep.join(out)


def group_in(intpart):
    """Indian grouping: last three digits, then groups of two (7,97,861)."""
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
    """unsigned renderings of an amount; a negative value is matched by number_pattern with the document's sign"""
    v = v.lstrip("-")
    ip, dp = v.split(".") if "." in v else (v, None)
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
         f"{di}.{mi}.{y}", f"{y}/{m}/{d}"}
    if month_first:
        f.add(f"{m}/{d}/{y[2:]}")
    en = MONTHS["en"][mi - 1]
    f |= {f"{di} {en} {y}", f"{en} {di}, {y}", f"{di} {en[:3]} {y}", f"{d} {en[:3]} {y}", f"{d}-{en[:3]}-{y}"}
    f |= {f"{di}. {MONTHS['de'][mi - 1]} {y}", f"{di} {MONTHS['fr'][mi - 1]} {y}", f"{di} {MONTHS['it'][mi - 1]} {y}",
          f"{di} de {MONTHS['es'][mi - 1]} de {y}", f"{di} de {MONTHS['pt'][mi - 1]} de {y}",
          f"{d}/{ABBR_ES[mi - 1]}/{y}"}
    return f


def candidates(value, month_first=False):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date_forms(value, month_first), "date"
    if re.fullmatch(r"-?\d+(\.\d+)?", value) and not re.fullmatch(r"0\d+", value):
        return amount_forms(value), ("negative" if value.startswith("-") else "number")
    return {value}, "text"


def number_pattern(f, kind, doc, loose=False):
    """a number not embedded in a longer one; strict mode also refuses one preceded by "digit + separator" (it could
    be the tail of a space- or dot-grouped number), loose mode (used to look for stray copies) does not"""
    core = (r"(?<![\d])" if loose else r"(?<![\d])(?<![\d][.,' ])") + re.escape(f) + r"(?![\d])(?![.,]\d)"
    if kind != "negative":
        return core
    styles = NEG.get(doc, [r"-\s?{n}"])
    return "(?:" + "|".join(st.replace("{n}", core) for st in styles) + ")"


def find(value_forms, kind, text, doc, ctx=None, loose=False):
    for f in sorted(value_forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return f
            continue
        if kind in ("number", "negative"):
            pat = number_pattern(f, kind, doc, loose)
            if re.search(pat, text):
                return f
        elif kind == "date":
            if re.search(r"(?<!\d)" + re.escape(f) + r"(?!\d)", text, re.IGNORECASE):
                return f
        else:
            if f in text:
                return f
            if " " in f and re.search(r"\s+".join(re.escape(p) for p in f.split(" ")), text):
                return f   # value wrapped over two lines in one of the extractions
    return None


# ---------------------------------------------------------------- cross-checks between identifiers and truth values
def cross_checks():
    errs = []
    t = TRUTH["s56_16_premie_vervaldagbericht_be.pdf"]
    if not (be_ogm_valid(t["payment_reference"]) and iban_national_ok(t["iban"])):
        errs.append("Belgian structured communication (mod 97) or IBAN invalid")
    t = TRUTH["s56_05_cuenta_ahorro_estado_mx.pdf"]
    if not (clabe_valid(t["clabe"]) and t["clabe"][6:17] == t["account_number"]):
        errs.append("Mexican CLABE invalid or does not contain the account number")
    t = TRUTH["s56_21_house_insurance_renewal_nz.pdf"]
    if not nz_bank.is_valid(t["bank_account"]):
        errs.append("NZ bank account invalid")
    t = TRUTH["s56_22_releve_compte_courant_ma.pdf"]
    if not ma_rib_valid(t["rib"]):
        errs.append("Moroccan RIB key invalid")
    t = TRUTH["s56_06_merchant_settlement_statement_in.pdf"]
    if not gstin_valid(t["merchant_gstin"]):
        errs.append("merchant GSTIN invalid")
    t = TRUTH["s56_11_vorsorgeausweis_bvg_ch.pdf"]
    if not ch_ssn.is_valid(t["ahv_number"]):
        errs.append("AHV number invalid")
    t = TRUTH["s56_10_wyciag_rachunek_firmowy_pl.pdf"]
    if not (pl_nip.is_valid(t["account_holder_nip"]) and iban_national_ok(t["iban"])):
        errs.append("Polish NIP or IBAN invalid")
    t = TRUTH["s56_14_extrato_consolidado_multicontas_br.pdf"]
    if not br_cnpj.is_valid(t["account_holder_cnpj"]):
        errs.append("CNPJ invalid")
    t = TRUTH["s56_24_super_member_statement_au.pdf"]
    if not (au_abn.is_valid(t["fund_abn"]) and au_usi_valid("39184739260001")
            and digits("39184739260001").startswith(digits(t["fund_abn"]))):
        errs.append("fund ABN invalid or the USI does not start with it")
    for f, fields in TRUTH.items():
        for k, v in fields.items():
            if "iban" in k and not iban_national_ok(v):
                errs.append(f"{f}: {k} fails the IBAN check")
    return errs


N_CROSS = 10


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
        if not 8 <= len(fields) <= 13:
            errors.append(f"{f}: {len(fields)} fields (want 8 to 13)")
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
            if (kind in ("number", "negative") and len(value.lstrip("-")) <= 3 or len(value) <= 3) and not ctx:
                errors.append(f"{f}: short value {field}={value!r} needs a CONTEXT anchor")
            hit_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, f, ctx)]
            if not hit_pages:
                errors.append(f"{f}: {field}={value!r} not found in PDF text")
                continue
            only = PAGE_ONLY.get(f, {}).get(field)
            if only:
                # any copy counts here, also one that the strict number pattern would skip
                loose_pages = [i + 1 for i, p in enumerate(pages) if find(forms, kind, p, f, ctx, loose=True)]
                if hit_pages != [only] or loose_pages != [only]:
                    errors.append(f"{f}: {field}={value!r} expected on page {only} only, found on pages "
                                  f"{sorted(set(hit_pages + loose_pages))}")
        for field in PAGE_ONLY.get(f, {}):
            if field not in fields:
                errors.append(f"{f}: PAGE_ONLY names unknown field {field}")
        env = {"D": Decimal, "q": q, "s": s, "pos": pos, "neg": neg, "dt": dt, "sum": sum,
               "mx_interest_and_isr": mx_interest_and_isr, "se_interest": se_interest, "gb_interest": gb_interest,
               "ie_roll": ie_roll}
        env.update({k: v for k, v in globals().items() if re.fullmatch(r"[A-Z]{2}_[A-Z_]+", k)})
        for k, v in fields.items():
            if re.fullmatch(r"-?\d+\.\d+|-?\d+", v) and not re.fullmatch(r"0\d+", v) and not k.endswith(
                    ("_number", "_id", "clabe", "merchant_id")):
                env[k] = Decimal(v)
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                env[k] = dt.date.fromisoformat(v)
        for expr in ARITH.get(f, []):
            n_arith += 1
            try:
                ok = eval(expr, {"__builtins__": {}, **env})
            except Exception as e:  # pragma: no cover - a typo in ARITH
                ok, expr = False, f"{expr} ({e!r})"
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
