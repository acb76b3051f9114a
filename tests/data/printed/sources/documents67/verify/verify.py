#!/usr/bin/env python3
"""Verify set67 (totals that need care).

1. Identifiers are valid (python-stdnum: US EIN and ABA routing numbers, DE USt-IdNr. and Steuernummer (Sachsen
   format), SG UEN, IMO number, CH UID / MWST number and QR reference, ES DNI-NIF and CIF, CA BN with its RT program
   account, FR TVA / SIREN / SIRET, GB VAT, AU ABN, NZ IRD / GST number and bank account, IN GSTIN and PAN, PT NIF, IE
   VAT, IT partita IVA, SE VAT number and organisationsnummer, PL NIP and REGON, NL BTW-id, CZ DIČ and bank account, all
   IBANs; own code: GSTIN = state code + PAN of the party, the French TVA key over the SIREN, the Italian CIN letter of
   the IBAN, the Luhn check of the Swedish Bankgiro number and OCR reference and of the South African VAT numbers (10
   digits starting with 4 -- the commonly cited rule, not confirmed against a SARS specification); format only: the
   Philippine TINs and the South African company registration number.
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after NFKC normalisation;
   dates only in the forms of the document's locale; amounts with any grouping (comma, dot, space, apostrophe, Indian
   lakh grouping) and decimal dot or comma, negative truth amounts only with a minus sign in front. Names are compared
   whitespace-insensitively; short or bare values only next to their label. A tax_amount that is not printed as one
   number (04, 06, 07: only the per-rate / per-tax amounts are printed) must equal the sum of its printed parts.
3. Amounts add up: lines -> items, discounts / shipping before tax -> subtotal, tax per rate (or extracted from
   tax-inclusive prices), subtotal + tax (+ out-of-scope charges, + rounding) = total, total - deposit / withholding
   (+ previous balance) = amount_due, plus document-specific checks printed on the page.
4. Page count (18 has 2 pages, all others 1) and geometry (01 and 06 US Letter, the others A4); fonts embedded with
   ToUnicode, except ReportLab's built-in Helvetica (19), reported as NOTE.

Usage: python3 verify/verify.py [pdf_dir]            (default: /tmp/set67-pdfs)
       python3 verify/verify.py --mutate [pdf_dir]   (mutation run: every mutated truth value must NOT be found)
"""
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from stdnum import iban, imo, luhn
from stdnum.au import abn as au_abn
from stdnum.ca import bn as ca_bn
from stdnum.ch import esr as ch_esr, vat as ch_vat
from stdnum.cz import bankaccount as cz_bank, dic as cz_dic
from stdnum.de import stnr as de_stnr, vat as de_vat
from stdnum.es import cif as es_cif, dni as es_dni
from stdnum.fr import siren as fr_siren, siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.nl import btw as nl_btw
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pl import nip as pl_nip, regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.sg import uen as sg_uen
from stdnum.us import ein as us_ein, rtn as us_rtn

ROOT = Path(__file__).resolve().parent.parent
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
MUTATE = "--mutate" in sys.argv
PDF_DIR = Path(ARGS[0]) if ARGS else Path("/tmp/set67-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def za_vat(x):
    return re.fullmatch(r"4\d{9}", x) is not None and luhn.is_valid(x)


def gstin_pan(pair):
    g, p = pair.split("|")
    return g[2:12] == p and in_pan.is_valid(p)


def fr_key(pair):
    t, s = pair.split("|")
    return t == f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}"


def it_cin(x):
    """Italian IBAN: the CIN letter (5th character) over ABI + CAB + account (odd / even position tables)"""
    s = x.replace(" ", "")
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, ch in enumerate(s[5:]):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) == s[4]


V = {
    "iban": iban.is_valid, "us_ein": us_ein.is_valid, "us_rtn": us_rtn.is_valid, "de_vat": de_vat.is_valid,
    "de_stnr_sn": lambda x: de_stnr.is_valid(x, "Sachsen"), "sg_uen": sg_uen.is_valid, "imo": imo.is_valid,
    "ch_vat": ch_vat.is_valid, "ch_qrr": ch_esr.is_valid, "es_dni": es_dni.is_valid, "es_cif": es_cif.is_valid,
    "ca_bn": lambda x: ca_bn.is_valid(x) and x.endswith("RT0001"), "fr_tva": fr_tva.is_valid,
    "fr_siren": fr_siren.is_valid, "fr_siret": fr_siret.is_valid, "gb_vat": gb_vat.is_valid, "au_abn": au_abn.is_valid,
    "nz_ird": nz_ird.is_valid, "nz_bank": nz_bank.is_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid,
    "pt_nif": pt_nif.is_valid, "ie_vat": ie_vat.is_valid, "it_iva": it_iva.is_valid, "it_cin": it_cin,
    "za_vat": za_vat, "za_reg": lambda x: re.fullmatch(r"\d{4}/\d{6}/\d{2}", x) is not None,
    "se_vat": se_vat.is_valid, "se_orgnr": se_orgnr.is_valid, "luhn": lambda x: luhn.is_valid(re.sub(r"\D", "", x)),
    "ph_tin": lambda x: re.fullmatch(r"\d{3}-\d{3}-\d{3}-\d{5}", x) is not None, "pl_nip": pl_nip.is_valid,
    "pl_regon": pl_regon.is_valid, "nl_btw": nl_btw.is_valid, "cz_dic": cz_dic.is_valid, "cz_bank": cz_bank.is_valid,
    "gstin_pan": gstin_pan, "fr_key": fr_key,
}

IDS = {
    "01": [("us_ein", "75-2918364"), ("us_rtn", "111000614")],
    "02": [("de_vat", "DE229029371"), ("de_stnr_sn", "231/107/04185"), ("iban", "DE79 8605 5592 1090 4182 73")],
    "03": [("sg_uen", "201493602Z"), ("sg_uen", "201481558D"), ("imo", "IMO 9718272")],
    "04": [("ch_vat", "CHE-945.558.846 MWST"), ("iban", "CH83 3199 9000 0418 2736 5"),
           ("ch_qrr", "00 00000 00000 00418 27026 04574")],
    "05": [("es_dni", "06690803B"), ("es_cif", "B41520313"), ("iban", "ES30 2100 3418 1002 0182 7364")],
    "06": [("ca_bn", "740007349 RT0001")],
    "07": [("fr_tva", "FR90897968699"), ("fr_tva", "FR10832869515"), ("fr_siren", "897 968 699"),
           ("fr_siret", "897 968 699 00016"), ("iban", "FR19 3000 4017 4500 0104 1827 364")],
    "08": [("gb_vat", "GB 378 2478 65"), ("gb_vat", "GB 571 1240 32"), ("iban", "GB48 NWBK 6016 1341 8273 64")],
    "09": [("au_abn", "92 868 212 520")],
    "10": [("nz_ird", "146-349-846"), ("nz_bank", "01-0242-0418274-00")],
    "11": [("in_gstin", "33AAHCC7828N1Z7"), ("in_gstin", "36AADCD5521K1ZO"), ("in_pan", "AAHCC7828N")],
    "12": [("pt_nif", "510167705"), ("pt_nif", "518477673"), ("iban", "PT15 0035 0651 0004 1827 3643 0")],
    "13": [("ie_vat", "IE6444371Q"), ("ie_vat", "IE8601290KH"), ("iban", "IE22 BOFI 9000 1741 8273 64")],
    "14": [("it_iva", "04174760233"), ("it_iva", "04582280287"), ("iban", "IT02 D050 3411 7100 0000 0418 273"),
           ("it_cin", "IT02 D050 3411 7100 0000 0418 273")],
    "15": [("za_vat", "4042810913"), ("za_vat", "4703007965"), ("za_reg", "2016/418273/07")],
    "16": [("se_vat", "SE556738803701"), ("se_orgnr", "556738-8037"), ("luhn", "5034-8341"), ("luhn", "26104323"),
           ("iban", "SE89 5000 0000 0583 5104 1827")],
    "17": [("ph_tin", "008-418-273-00000"), ("ph_tin", "204-182-736-00000")],
    "18": [("pl_nip", "813-436-96-21"), ("pl_nip", "813-110-06-86"), ("pl_regon", "181897372"),
           ("iban", "PL33 1020 1578 0000 4102 0418 2736")],
    "19": [("nl_btw", "NL840250599B01"), ("de_vat", "DE238079804"), ("iban", "NL82 INGB 0004 1827 36")],
    "20": [("cz_dic", "CZ23444797"), ("cz_dic", "CZ24889237"), ("cz_bank", "4182736008/0100"),
           ("iban", "CZ16 0100 0000 0041 8273 6008")],
}
# consistency checks between identifiers (not searched in the text as one string)
PAIRS = {
    "07": [("fr_key", "FR90897968699|897968699"), ("fr_key", "FR10832869515|832869515")],
    "11": [("gstin_pan", "33AAHCC7828N1Z7|AAHCC7828N"), ("gstin_pan", "36AADCD5521K1ZO|AADCD5521K")],
}
# line items (qty, unit price, tax): tax is a rate in % or several "name:rate" parts joined by "+" (06: GST + PST).
# 12's wine line is 48 x 6.90 less 5 % = 48 x 6.555; 13 is reverse-charged, 19 is an intra-community supply (0).
LINES = {
    "01": [(6, "689.00", "8.25"), (6, "412.50", "8.25"), (6, "129.00", "8.25"), (1, "2940.00", "8.25"),
           (4, "268.00", "8.25")],
    "02": [(4, "89.00", "7"), (2, "124.50", "7"), (1, "412.00", "7"), (1, "1860.00", "19"), (2, "245.00", "19")],
    "03": [(2, "6850.00", "9"), (1, "3200.00", "9"), (16, "95.00", "9"), (1, "780.00", "9")],
    "04": [(38, "92.00", "8.1"), (6, "145.00", "8.1"), (45, "18.40", "2.6"), (120, "4.85", "2.6"), (8, "68.50", "2.6"),
           (2, "86.80", "8.1")],
    "05": [(1, "4200.00", "21"), (1, "1650.00", "21"), (1, "180.00", "21"), (3, "95.00", "21")],
    "06": [(1, "5480.00", "gst:5+pst:7"), (1, "12650.00", "gst:5+pst:7"), (2, "945.00", "gst:5+pst:7"),
           (1, "9875.00", "gst:5+pst:7"), (1, "2400.00", "gst:5"), (1, "1150.00", "gst:5")],
    "07": [(120, "28.50", "10"), (120, "6.80", "10"), (24, "38.00", "10"), (36, "24.00", "20"), (1, "380.00", "20"),
           (1, "95.00", "20")],
    "08": [(-4, "189.00", "20"), (-10, "142.50", "20"), (-40, "1.20", "20"), (1, "113.40", "20")],
    "09": [(6, "21.60", "0"), (24, "5.80", "0"), (4, "68.00", "0"), (8, "27.50", "10"), (3, "96.80", "10"),
           (2, "84.70", "10"), (1, "16.50", "10")],
    "10": [("14.5", "98.00", "15"), ("14.5", "62.00", "15"), (12, "186.40", "15"), (3, "142.75", "15"), (1, "84.60", "15"),
           (3, "45.00", "15")],
    "11": [(2, "185000.00", "18"), (6, "14750.00", "18"), (40, "8420.00", "5"), (1, "12500.00", "18"),
           (1, "6847.50", "18")],
    "12": [(12, "32.40", "6"), (20, "7.15", "6"), (40, "2.35", "6"), (48, "6.555", "13"), (15, "13.80", "23"),
           (10, "18.90", "23")],
    "13": [(412, "38.50", "0"), (265, "29.75", "0"), (412, "6.20", "0"), (38, "42.00", "0")],
    "14": [(1, "1800.00", "22"), (1, "270.00", "22"), (1, "82.80", "22")],
    "15": [(92, "2340.00", "15"), (1, "68900.00", "15"), (1, "24615.00", "15"), (1, "18430.00", "15"),
           (1, "42750.00", "15"), (1, "6500.00", "15")],
    "16": [(28, "1245.00", "12"), (28, "145.00", "12"), (14, "485.00", "12"), (14, "157.50", "25"), (2, "4800.00", "25"),
           (2, "950.00", "25")],
    "17": [(1, "168000.00", "12"), (1, "95200.00", "12"), (8, "8400.00", "12")],
    "18": [(24, "1180.00", "8"), (16, "742.00", "8"), (12, "1395.00", "8"), (8, "389.00", "8"), ("62.5", "48.40", "8"),
           ("62.5", "36.80", "8"), (52, "285.00", "8"), (8, "140.00", "8"), (60, "42.50", "8"), (186, "24.00", "8"),
           (40, "96.00", "8"), (2, "8940.00", "23"), (2, "5260.00", "23"), (6, "2145.00", "23"), (4, "1150.00", "23"),
           (6, "310.00", "23"), ("9.6", "168.00", "23"), ("15.6", "142.00", "23"), (2, "480.00", "8"),
           (1, "480.00", "23")],
    "19": [(2400, "3.85", "0"), (2400, "1.62", "0"), (4800, "0.21", "0"), (1, "1350.00", "0")],
    "20": [(1, "48500.00", "21"), (420, "38.50", "21"), (1, "7384.60", "21"), (1860, "96.40", "12"),
           (1, "6250.00", "12")],
}
# unit prices include the tax: tax = gross x r / (100 + r) per rate, subtotal = gross - tax
INCL = {"09", "17"}
# adjustments before tax (amount, tax): discounts (negative) and shipping printed below the lines
PRE = {"01": [("-797.65", "8.25"), ("485.00", "8.25")], "19": [("-464.58", "0"), ("285.00", "0")]}
# amounts between subtotal + tax and the total: out-of-scope charges (14) and rounding lines (04, 11, 16, 20)
POST = {"04": ["-0.02"], "11": ["-0.05"], "14": ["259.00", "2.00"], "16": ["-0.45"], "20": ["0.45"]}
# amounts between the total and amount_due: deposits, withholdings (negative), previous balance (positive)
DEDUCT = {"05": ["-947.25"], "06": ["-15000.00"], "07": ["-2000.00"], "10": ["1346.35"], "14": ["-414.00"],
          "15": ["-216000.00"], "17": ["-5900.00"]}
# tax_amount not printed as one number: the printed parts it is the sum of
TAX_PARTS = {"04": ["367.71", "50.91"], "06": ["1672.25", "2092.65"], "07": ["514.80", "267.80"]}
AMOUNT_KEYS = {"total", "subtotal", "tax_amount", "amount_due", "discount_amount", "shipping_amount"}
LOCALE = {"01": "us", "17": "us", "06": "ca", "03": "sg", "08": "uk", "13": "uk", "11": "in", "15": "za",
          "12": "iso", "16": "iso", "18": "iso", "02": "dot", "04": "dot", "20": "dot", "19": "nl"}  # others DD/MM/YYYY
LETTER = {"01", "06"}
PAGES = {"18": 2}
# the currency code only as a currency: next to an amount, after a currency label, in parentheses or before the amount
# in words; a unique currency sign next to an amount is accepted instead (02, 07, 14 print only "€")
CUR_CTX = (r"(?:\d\s*{v}\b|\b{v}\s*[-\d$]|(?:Currency|Währung|Moneda|Měna|amounts in|amounts|Att betala)\W{0,3}{v}\b"
           r"|\({v}\)|\b{v}\s+Nine\b)")
SIGN = {"EUR": "€", "GBP": "£", "INR": "₹", "PHP": "₱"}
# short / bare values only accepted next to their label
CTX = {
    ("04", "invoice_number"): r"Rechnung Nr\.\s*{v}\b", ("16", "invoice_number"): r"Fakturanr\s*{v}\b",
    ("14", "invoice_number"): r"Numero\s*{v}\b", ("19", "invoice_number"): r"Factuurnummer\s*{v}\b",
    ("13", "tax_amount"): r"reverse charge\s+{v}\s*EUR", ("19", "tax_amount"): r"BTW 0% \(zie toelichting\)\s+{v}\b",
    ("05", "vendor_tax_id"): r"NIF:\s*{v}\b", ("12", "vendor_tax_id"): r"NIF\s*{v}\b",
    ("14", "vendor_vat_id"): r"P\.IVA\s*{v}\b", ("15", "vendor_vat_id"): r"VAT Reg\. No\.\s*{v}\b",
    ("03", "vendor_vat_id"): r"GST Reg\. No\.\s*{v}\b",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_forms(v, loc):
    y, m, d = (int(x) for x in v.split("-"))
    mon = MONTHS[m - 1]
    if loc == "us":
        return {f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}", f"{m:02d}/{d:02d}/{y}"}
    if loc == "ca":
        return {f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"}
    if loc == "sg":
        return {f"{d} {mon[:3]} {y}", f"{d} {mon} {y}"}
    if loc == "uk":
        return {f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"}
    if loc == "in":
        return {f"{d:02d}-{mon[:3]}-{y}", f"{d:02d}/{m:02d}/{y}"}
    if loc == "za":
        return {f"{y}/{m:02d}/{d:02d}"}
    if loc == "iso":
        return {f"{y}-{m:02d}-{d:02d}"}
    if loc == "dot":
        return {f"{d:02d}.{m:02d}.{y}"}
    if loc == "nl":
        return {f"{d:02d}-{m:02d}-{y}"}
    return {f"{d:02d}/{m:02d}/{y}"}


def group(ip, sep, indian=False):
    out = []
    if indian and len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
        while len(ip) > 2:
            out.insert(0, ip[-2:])
            ip = ip[:-2]
        return sep.join([ip] + out)
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip] + out)


def amount_forms(v):
    ip, _, dp = v.lstrip("-").partition(".")
    forms = set()
    for sep in ["", ",", ".", " ", "'"]:
        for g in {group(ip, sep), group(ip, sep, True)}:
            for ds in [".", ","]:
                if ds == sep and len(ip) > 3:
                    continue
                forms.add(g + ds + dp)
    return forms


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2212", "-"), ("\u00ad", ""), ("\u2019", "'")]:
        t = t.replace(a, b)
    t = t.replace("\t", "  ")
    return re.sub(r" {2,}", "  ", t)   # keep "two or more" distinct from one space (number boundaries)


NOTES, ERR = [], []
NONEMB_OK = ("Helvetica", "Helvetica-Bold")


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    for line in subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]:
        cols = line.split()
        if len(cols) >= 6 and (cols[-5] != "yes" or cols[-3] != "yes"):
            if cols[0] in NONEMB_OK:
                NOTES.append(f"{pdf.name}: non-embedded font (ReportLab built-in) {cols[0]}")
            else:
                ERR.append(f"{pdf.name}: font without embedding or ToUnicode: {line.strip()}")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(n):
        parts = [subprocess.run(["pdftotext", *mode, "-f", str(i + 1), "-l", str(i + 1), str(pdf), "-"],
                                capture_output=True, text=True).stdout for mode in (["-layout"], ["-raw"], [])]
        parts.append(doc[i].get_textpage().get_text_range())
        pages.append([norm(p) for p in parts])
    geo = [tuple(round(x, 1) for x in doc[i].get_size()) for i in range(n)]
    return pages, geo


def find(forms, kind, parts, ctx=None, neg=False):
    text = "\n\u2063\n".join(parts)
    for f in sorted(forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(norm(f))), text):
                return True
            continue
        if kind == "number":
            pre = r"-\s?(?:[£$€]\s?)?" if neg else r""
            pat = r"(?<![\d])(?<![\d][.,' ])" + pre + re.escape(f) + r"(?![\d])(?![.,]\d)"
        elif kind == "date":
            pat = r"(?<![\d/.-])" + re.escape(norm(f)).replace(r"\ ", r"\s+") + r"(?![\d])(?![/.-]\d)"
        else:
            if any(re.sub(r"\s+", "", norm(f)) in re.sub(r"\s+", "", p) for p in parts):
                return True
            continue
        if re.search(pat, text):
            return True
    return False


def forms_of(nn, k, v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and k.endswith("date"):
        return date_forms(v, LOCALE.get(nn, "dmy")), "date"
    if k in AMOUNT_KEYS:
        return amount_forms(v), "number"
    return {v}, "text"


def found(nn, k, v, parts):
    """is truth value v of field k found in the text of document nn?"""
    forms, kind = forms_of(nn, k, v)
    neg = v.startswith("-")
    if k == "currency":
        if find({v}, "text", parts, CUR_CTX):
            return True
        s = SIGN.get(v)
        return s is not None and re.search(r"(?:\d\s?" + s + r"|" + s + r"\s?\d)", "\n".join(parts)) is not None
    if find(forms, kind, parts, CTX.get((nn, k)), neg):
        return True
    if k == "tax_amount" and nn in TAX_PARTS:   # only the parts are printed
        ps = TAX_PARTS[nn]
        return (sum(D(p) for p in ps) == D(v)
                and all(find(amount_forms(p), "number", parts) for p in ps))
    return False


def mutate(k, v):
    if k.endswith("date"):
        return (date.fromisoformat(v) + timedelta(days=1)).isoformat()
    if k in AMOUNT_KEYS:
        return str(D(v) + 10)
    if k in ("vendor", "customer"):
        i = len(v) // 2
        while not v[i].isalpha():
            i += 1
        return v[:i] + ("x" if v[i].lower() != "x" else "q") + v[i + 1:]
    i = max(j for j, ch in enumerate(v) if ch.isalnum())
    ch = v[i]
    rep = str((int(ch) + 1) % 10) if ch.isdigit() else ("A" if ch.upper() == "Z" else chr(ord(ch) + 1))
    return v[:i] + rep + v[i + 1:]


def q(x, nd=2):
    return x.quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def has(text, *ss):
    return all(s in text for s in ss)


def extra_checks(nn, fields, items, text, pages):
    """document-specific arithmetic printed on the page"""
    tot, tax, sub = D(fields["total"]), D(fields["tax_amount"]), D(fields["subtotal"])
    out = []
    if nn == "01":   # 7 % volume discount on the merchandise; area totals add up to the merchandise total
        out.append((items == D("11395.00") and q(items * D("0.07")) == D(fields["discount_amount"])
                    and D("7383.00") + D("4012.00") == items and has(text, "11,395.00", "7,383.00", "4,012.00"),
                    "US discount 7 % / area totals"))
    if nn == "02":   # Steuerübersicht brutto per rate; Skonto 2 % only offered
        sk = q(tot * D("0.02"))
        out.append((D("1017.00") + D("71.19") == D("1088.19") and D("2350.00") + D("446.50") == D("2796.50")
                    and sk == D("77.69") and tot - sk == D("3807.00")
                    and has(text, "1.088,19", "2.796,50", "77,69", "3.807,00"), "DE Steuerübersicht / Skonto"))
    if nn == "03":   # SGD equivalents at 1.3412
        r = D("1.3412")
        s, g, t = q(sub * r), q(tax * r), q(tot * r)
        out.append((s == D("25751.04") and g == D("2317.59") and t == D("28068.63") and s + g == t
                    and has(text, "25,751.04", "2,317.59", "28,068.63"), "SG SGD equivalents"))
    if nn == "04":   # 5-Rappen rounding; QR bill amount
        raw = sub + tax
        out.append((raw == D("6916.22") and (raw / D("0.05")).quantize(D(1), ROUND_HALF_UP) * D("0.05") == tot
                    and pages[0][0].count("6 916.20") >= 2 and has(text, "6'916.22"), "CH Rappenrundung / QR amount"))
    if nn == "05":   # IRPF 15 % of the base
        out.append((q(sub * D("0.15")) == D("947.25") and has(text, "947,25", "16.800,00"), "ES retención IRPF"))
    if nn == "06":   # GST on everything, PST on the goods only
        goods = D("5480.00") + D("12650.00") + D("1890.00") + D("9875.00")
        out.append((goods == D("29895.00") and q(goods * D("0.07")) == D("2092.65") and q(sub * D("0.05")) == D("1672.25")
                    and has(text, "29,895.00", "37,209.90"), "CA GST / PST bases"))
    if nn == "07":   # TVA recap TTC per rate; acompte TTC deducted
        out.append((D("5148.00") + D("514.80") == D("5662.80") and D("1339.00") + D("267.80") == D("1606.80")
                    and has(text, "5 662,80", "1 606,80", "2 000,00"), "FR récapitulatif TVA / acompte"))
    if nn == "08":   # restocking fee 15 % of the returned chairs; balance of the original invoice
        out.append((q(D("756.00") * D("0.15")) == D("113.40") and D("3412.80") + tot == D("874.08")
                    and has(text, "£3,412.80", "£874.08"), "GB credit note restocking / balance"))
    if nn == "09":   # GST-free vs taxable (inc GST) split; GST = 1/11 of the taxable amount
        out.append((has(text, "540.80", "696.30") and q(D("696.30") / 11) == tax, "AU GST-free / taxable"))
    if nn == "10":   # statement: previous balance part-paid, brought forward, total amount due
        out.append((D("2846.35") - D("1500.00") == D("1346.35") and has(text, "2,846.35", "-1,500.00", "1,346.35")
                    and D(fields["amount_due"]) == tot + D("1346.35"), "NZ statement balances"))
    if nn == "11":   # per-line IGST = per-rate IGST; unrounded gross total in the line table; round off
        pl = [q(D(x) * D(r) / 100) for x, r in (("370000", "18"), ("88500", "18"), ("336800", "5"), ("12500", "18"),
                                                 ("6847.50", "18"))]
        out.append((sum(pl) == tax and sub + tax == D("917500.05") and q(sub + tax, 0) == tot
                    and has(text, "9,17,500.05", "(-)0.05"), "IN IGST per line / round off"))
    if nn == "12":   # 5 % line discount on the wine; items before discounts
        out.append((q(D("331.20") * D("0.95")) == D("314.64") and D("1353.00") - D("16.56") == sub
                    and has(text, "1.353,00", "16,56"), "PT desconto de linha"))
    if nn == "13":   # valuation to date less previous applications = this application
        out.append((D("96420.00") - D("68523.85") == sub and has(text, "96,420.00", "68,523.85"), "IE valuation"))
    if nn == "14":   # spese generali 15 %, CPA 4 %, ritenuta 20 % on compenso + spese generali
        out.append((q(D("1800.00") * D("0.15")) == D("270.00") and q(D("2070.00") * D("0.04")) == D("82.80")
                    and q(D("2070.00") * D("0.20")) == D("414.00") and has(text, "2.070,00"), "IT CPA / ritenuta"))
    if nn == "15":   # deposit received
        out.append((has(text, "R 216 000.00", "R 432 946.25"), "ZA deposit"))
    if nn == "16":   # momsspecifikation per rate, öresavrundning to whole kronor
        out.append((sub + tax == D("68326.45") and q(sub + tax, 0) == tot
                    and has(text, "45 710,00", "13 705,00", "-0,45"), "SE öresavrundning"))
    if nn == "17":   # 12 % VAT inside the gross, EWT 2 % of the net
        out.append((q(tot * 12 / 112) == tax and q(sub * D("0.02")) == D("5900.00") and has(text, "330,400.00"),
                    "PH VAT-inclusive / EWT"))
    if nn == "18":   # carried-forward net on both pages = first 15 lines; VAT summary
        first = sum(q(D(str(n)) * D(p)) for n, p, _ in LINES["18"][:15])
        out.append((first == D("138033.00") and all("138 033,00" in pg[0] for pg in pages)
                    and has(text, "100 572,84", "64 006,74"), "PL przeniesienie / zestawienie VAT"))
    if nn == "19":   # 3 % korting on the subtotal
        out.append((items == D("15486.00") and q(items * D("0.03")) == D(fields["discount_amount"]), "NL korting 3 %"))
    if nn == "20":   # per-line DPH sums to the per-rate DPH; rounding to whole crowns
        pl = [q(D(x) * D(r) / 100) for x, r in (("48500", "21"), ("16170", "21"), ("7384.60", "21"), ("179304", "12"),
                                                 ("6250", "12"))]
        out.append((sum(pl) == tax and q(sub + tax, 0) == tot and has(text, "295 006,55", "1 550,77"),
                    "CZ DPH per line / zaokrouhlení"))
    return out


def rates(tok):
    """'8.25' -> {'8.25': 8.25}; 'gst:5+pst:7' -> {'gst:5': 5, 'pst:7': 7}"""
    return {p: D(p.split(":")[-1]) for p in tok.split("+")}


def main():
    n_vals = n_ids = n_ar = n_geo = 0
    survived, n_mut = [], 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        core = {"invoice_number", "invoice_date", "total", "vendor", "customer", "subtotal", "tax_amount", "due_date",
                "currency"}
        if len(fields) != 11 or not core <= set(fields):
            ERR.append(f"{f}: field count / core fields")
        if nn in DEDUCT and "amount_due" not in fields:
            ERR.append(f"{f}: deduction or previous balance but no amount_due")
        if any(not isinstance(v, str) for v in fields.values()):
            ERR.append(f"{f}: non-string value")
        pages, geo = page_texts(pdf)
        parts = [p for pg in pages for p in pg]
        text = "\n".join(parts)
        flat = re.sub(r"\s+", "", text)
        want = (612.0, 792.0) if nn in LETTER else (595.3, 841.9)
        for g in geo:
            n_geo += 1
            if abs(g[0] - want[0]) > 1 or abs(g[1] - want[1]) > 1:
                ERR.append(f"{f}: page geometry {g}")
        if len(pages) != PAGES.get(nn, 1):
            ERR.append(f"{f}: {len(pages)} pages, expected {PAGES.get(nn, 1)}")
        for scheme, ident in IDS.get(nn, []):
            n_ids += 1
            if not V[scheme](ident):
                ERR.append(f"{f}: {ident} fails {scheme}")
            if re.sub(r"\s+", "", ident) not in flat:
                ERR.append(f"{f}: identifier {ident} not in text")
        for scheme, pair in PAIRS.get(nn, []):
            n_ids += 1
            if not V[scheme](pair):
                ERR.append(f"{f}: {pair} fails {scheme}")
        for k, v in fields.items():
            n_vals += 1
            ctx = CTX.get((nn, k))
            forms, kind = forms_of(nn, k, v)
            if kind == "number" and not re.fullmatch(r"-?\d+\.\d{2}", v):
                ERR.append(f"{f}: amount {k}={v} should have 2 decimals")
            if kind == "text" and k != "currency" and (len(v) <= 5 or re.fullmatch(r"[\d ]{1,10}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if not found(nn, k, v, parts):
                ERR.append(f"{f}: {k}={v!r} not found")
            if MUTATE:
                n_mut += 1
                mv = mutate(k, v)
                if mv == v or found(nn, k, mv, parts):
                    survived.append(f"{f}: {k} {v!r} -> {mv!r} still found")
        # arithmetic
        amounts = [(q(D(str(n)) * D(p)), rates(r)) for n, p, r in LINES[nn]]
        items = sum(a for a, _ in amounts)
        bases = {}
        for a, rs in amounts:
            for k, r in rs.items():
                bases[k] = bases.get(k, D(0)) + a
        pre = D(0)
        for a, r in PRE.get(nn, []):
            for k in rates(r):
                bases[k] = bases.get(k, D(0)) + D(a)
            pre += D(a)
        net = D(fields["subtotal"])
        tax_v = D(fields["tax_amount"])
        tot = D(fields["total"])
        if nn in INCL:
            tax = sum(q(b * rates(k)[k] / (100 + rates(k)[k])) for k, b in bases.items())
            net_calc = items + pre - tax
        else:
            tax = sum(q(b * rates(k)[k] / 100) for k, b in bases.items())
            net_calc = items + pre
        post = sum((D(x) for x in POST.get(nn, [])), D(0))
        checks = [(net_calc == net, "lines (+ discount / shipping) = subtotal"), (tax == tax_v, "tax = rate x base"),
                  (net + tax_v + post == tot, "subtotal + tax (+ out-of-scope / rounding) = total")]
        if "amount_due" in fields or nn in DEDUCT:
            ded = sum((D(x) for x in DEDUCT.get(nn, [])), D(0))
            checks.append((tot + ded == D(fields.get("amount_due", "0")), "total - deductions (+ balance) = amount_due"))
        if "discount_amount" in fields:
            checks.append((any(D(a) == -D(fields["discount_amount"]) for a, _ in PRE.get(nn, [])), "discount line"))
        if "shipping_amount" in fields:
            checks.append((any(D(a) == D(fields["shipping_amount"]) for a, _ in PRE.get(nn, [])), "shipping line"))
        checks += extra_checks(nn, fields, items, text, pages)
        for ok, what in checks:
            n_ar += 1
            if not ok:
                ERR.append(f"{f}: arithmetic {what}")
    print(f"documents: {len(TRUTH)}  truth values: {n_vals}  identifiers: {n_ids}  "
          f"arithmetic checks: {n_ar}  page geometries: {n_geo}")
    for note in NOTES:
        print("NOTE " + note)
    total = n_vals + n_ids + n_ar + n_geo
    rc = 0
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        print(f"{total - len(ERR)} passed, {len(ERR)} failed")
        rc = 1
    else:
        print(f"{total} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_ar} arithmetic checks, "
              f"{n_geo} page geometries)")
    if MUTATE:
        print("\n".join("SURVIVED " + s for s in survived))
        print(f"mutation run: {n_mut - len(survived)} of {n_mut} mutated truth values rejected, {len(survived)} survived")
        rc = rc or (1 if survived else 0)
    return rc


if __name__ == "__main__":
    sys.exit(main())
