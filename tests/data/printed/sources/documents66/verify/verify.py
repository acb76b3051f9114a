#!/usr/bin/env python3
"""Verify set66 (the analyst's folder, third sample of the mainstream case).

1. Identifiers are valid (python-stdnum: US EIN and ABA routing numbers, GB VAT, CA BN with its RT program account,
   AU ABN, NZ IRD / GST number and bank account, IE VAT, IN GSTIN and PAN, SG UEN, DE USt-IdNr. and Steuernummer
   (Hamburg format), FR TVA / SIREN / SIRET, ES CIF, IT partita IVA, NL BTW-id, BE BTW / ondernemingsnummer and the
   structured communication (OGM), AT UID, PT NIF, all IBANs; own code: GSTIN = state code + PAN of the party, the
   French TVA key over the SIREN, the Dutch 16-digit betalingskenmerk check digit (weights 2-4-8-5-10-9-7-3-6-1,
   the commonly cited rule), the Luhn check of the Australian BPAY reference (MOD10V01) and of the South African VAT
   numbers (10 digits starting with 4 -- the commonly cited rule, not confirmed against a SARS specification).
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after NFKC normalisation;
   dates only in the forms of the document's locale (US "March 5, 2026" / "03/09/2026", UK "6 March 2026", IN
   "14-Mar-2026", ZA "2026/03/10", ISO "2026-03-11", DE / AT "09.03.2026", NL "03-03-2026", FR / ES / IT / BE / AU / NZ /
   SG "12/03/2026"); amounts with any grouping (comma, dot, space, Indian lakh grouping "1,72,215.00") and decimal dot or
   comma. Names are compared whitespace-insensitively; short or bare identifiers only next to their label.
3. Amounts add up: lines -> items total, discounts / shipping before tax -> subtotal, tax per rate, subtotal + tax
   (+ non-taxable freight, - deposit, + rounding) = total, plus document-specific checks (discount percentages, Skonto,
   deposit / acompte, statement balances, CGST = SGST, foreign-currency equivalents, carried-forward total on both pages
   of 18, remittance slips repeating invoice number and amount).
4. Page count (18 has 2 pages, all others 1) and geometry (01, 06, 07, 20 US Letter; the others A4); fonts embedded with
   ToUnicode, except ReportLab's built-in Helvetica (19, and the unused initial Helvetica of 20), reported as NOTE.

Usage: python3 verify/verify.py [pdf_dir]            (default: /tmp/set66-pdfs)
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

from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.au import abn as au_abn
from stdnum.be import ogm_vcs as be_ogm, vat as be_vat
from stdnum.ca import bn as ca_bn
from stdnum.de import stnr as de_stnr, vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.fr import siren as fr_siren, siret as fr_siret, tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.ie import vat as ie_vat
from stdnum.in_ import gstin as in_gstin, pan as in_pan
from stdnum.it import iva as it_iva
from stdnum.nl import btw as nl_btw
from stdnum.nz import bankaccount as nz_bank, ird as nz_ird
from stdnum.pt import nif as pt_nif
from stdnum.sg import uen as sg_uen
from stdnum.us import ein as us_ein, rtn as us_rtn

ROOT = Path(__file__).resolve().parent.parent
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
MUTATE = "--mutate" in sys.argv
PDF_DIR = Path(ARGS[0]) if ARGS else Path("/tmp/set66-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def fmt(p):
    return lambda x: re.fullmatch(p, x) is not None


def nl_kenmerk(x):
    """16-digit betalingskenmerk: first digit = check digit over the other 15 (weights from the right 2,4,8,5,10,9,7,3,
    6,1,...; 11 - sum mod 11, 10 -> 1, 11 -> 0) -- the commonly cited rule"""
    s = x.replace(" ", "")
    if not re.fullmatch(r"\d{16}", s):
        return False
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    k = 11 - sum(int(d) * wt for d, wt in zip(reversed(s[1:]), w)) % 11
    return {10: 1, 11: 0}.get(k, k) == int(s[0])


def za_vat(x):
    return re.fullmatch(r"4\d{9}", x) is not None and luhn.is_valid(x)


def gstin_pan(pair):
    g, p = pair.split("|")
    return g[2:12] == p and in_pan.is_valid(p)


def fr_key(pair):
    t, s = pair.split("|")
    return t == f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}"


V = {
    "iban": iban.is_valid, "us_ein": us_ein.is_valid, "us_rtn": us_rtn.is_valid, "gb_vat": gb_vat.is_valid,
    "ca_bn": lambda x: ca_bn.is_valid(x) and x.endswith("RT0001"), "au_abn": au_abn.is_valid, "nz_ird": nz_ird.is_valid,
    "nz_bank": nz_bank.is_valid, "ie_vat": ie_vat.is_valid, "in_gstin": in_gstin.is_valid, "in_pan": in_pan.is_valid,
    "sg_uen": sg_uen.is_valid, "de_vat": de_vat.is_valid, "de_stnr_hh": lambda x: de_stnr.is_valid(x, "Hamburg"),
    "fr_tva": fr_tva.is_valid, "fr_siren": fr_siren.is_valid, "fr_siret": fr_siret.is_valid, "es_cif": es_cif.is_valid,
    "it_iva": it_iva.is_valid, "nl_btw": nl_btw.is_valid, "nl_kenmerk": nl_kenmerk, "be_vat": be_vat.is_valid,
    "be_ogm": be_ogm.is_valid, "at_uid": at_uid.is_valid, "pt_nif": pt_nif.is_valid, "za_vat": za_vat,
    "bpay_luhn": lambda x: re.fullmatch(r"\d{2,20}", x) is not None and luhn.is_valid(x),
    "gstin_pan": gstin_pan, "fr_key": fr_key,
}

IDS = {
    "01": [("us_ein", "74-3182736"), ("us_rtn", "114000093")],
    "02": [("gb_vat", "GB 418 2736 48"), ("gb_vat", "GB 297 1834 19"), ("iban", "GB38 BARC 2003 5341 8273 64")],
    "03": [("de_vat", "DE318273646"), ("de_stnr_hh", "47/723/01845"), ("iban", "DE30 2005 0550 1182 7364 00")],
    "04": [("sg_uen", "201418273W"), ("sg_uen", "199706152G")],
    "05": [("es_cif", "B12418273"), ("es_cif", "B46293817"), ("iban", "ES49 2100 0813 6002 0182 7364")],
    "06": [("us_ein", "31-1748206")],
    "07": [("ca_bn", "81273 6411 RT0001")],
    "08": [("fr_tva", "FR31818273641"), ("fr_tva", "FR37392184750"), ("fr_siren", "818 273 641"),
           ("fr_siret", "818 273 641 00022"), ("iban", "FR21 3000 4008 2800 0418 2736 100")],
    "09": [("au_abn", "31 104 182 736"), ("bpay_luhn", "1008273649")],
    "10": [("nz_ird", "113-827-645"), ("nz_bank", "03-0802-0418273-00")],
    "11": [("nl_btw", "NL824182704B01"), ("nl_kenmerk", "6002 6003 8804 1827"), ("iban", "NL54 RABO 0318 2736 40")],
    "12": [("in_gstin", "27AAKCS4182M1ZQ"), ("in_gstin", "27AADCV7391K1ZP"), ("in_pan", "AAKCS4182M")],
    "13": [("ie_vat", "IE6418273S"), ("ie_vat", "IE3291847TH"), ("iban", "IE27 AIBK 9310 4118 2736 45")],
    "14": [("it_iva", "03182740377"), ("it_iva", "02419631201"), ("iban", "IT05 A053 8702 4000 0000 4182 736")],
    "15": [("be_vat", "BE0741.827.096"), ("be_vat", "BE0429.183.032"), ("be_ogm", "+++093/0418/27393+++"),
           ("iban", "BE64 7370 4182 7352")],
    "16": [("za_vat", "4180273643"), ("za_vat", "4291837062")],
    "17": [("gb_vat", "GB 330 6127 40"), ("iban", "GB36 NWBK 6016 1329 4182 73")],
    "18": [("at_uid", "ATU64182734"), ("at_uid", "ATU57291834"), ("iban", "AT84 3800 0000 0418 2736")],
    "19": [("pt_nif", "514182733"), ("pt_nif", "503928178"), ("iban", "PT53 0033 0000 4182 7364 1000 0")],
    "20": [("us_ein", "36-4829175"), ("us_rtn", "071000013")],
}
# consistency checks between identifiers (not searched in the text as one string)
PAIRS = {
    "08": [("fr_key", "FR31818273641|818273641"), ("fr_key", "FR37392184750|392184750")],
    "12": [("gstin_pan", "27AAKCS4182M1ZQ|AAKCS4182M"), ("gstin_pan", "27AADCV7391K1ZP|AADCV7391K")],
}
# line items (qty, unit price, tax rate in %); rate 0 = not taxed / zero-rated
LINES = {
    "01": [(25, "48.00", "8.875"), (4, "18.00", "8.875"), (1, "250.00", "8.875")],
    "02": [(6, "68.50", "20"), (1500, "1.24", "20"), (12, "22.75", "20"), (2, "45.00", "20"), (1, "38.00", "20")],
    "03": [(84, "11.50", "19"), (312, "3.20", "19"), (4, "385.00", "19"), (1240, "0.42", "19"), (1, "96.40", "19")],
    "04": [(3, "640.00", "9"), (1, "380.00", "9"), (42, "17.60", "9"), (3, "120.00", "9")],
    "05": [(186, "14.90", "21"), (140, "3.85", "21"), (48, "11.20", "21"), (12, "32.50", "21")],
    "06": [(1, "2850.00", "7.5"), (1, "164.00", "7.5"), (6, "42.00", "7.5"), (7, "115.00", "0"), (1, "95.00", "0")],
    "07": [(1, "6480.00", "13"), (1, "1150.00", "13"), (3200, "0.28", "13"), (1, "312.40", "13")],
    "08": [(4, "850.00", "20"), (1, "2600.00", "20"), (2, "450.00", "20"), (25, "6.40", "20")],
    "09": [(1, "2640.00", "10"), (1, "186.00", "10"), (5, "128.00", "10"), (1, "95.00", "10"), (1, "55.00", "10")],
    "10": [(6, "385.00", "15"), (4, "62.00", "15"), (1, "180.00", "15"), (10, "12.50", "15")],
    "11": [(2, "475.00", "21"), (1, "145.00", "21"), (48, "18.50", "9"), (48, "7.25", "9"), (1, "412.00", "21")],
    "12": [(1200, "84.50", "18"), (2500, "12.40", "18"), (1200, "9.75", "18"), (1, "1845.00", "18")],
    "13": [(1, "1450.00", "13.5"), (1, "690.00", "13.5"), (18, "42.00", "23"), (9, "14.80", "23")],
    "14": [(2000, "0.68", "22"), (36, "14.20", "22"), (144, "1.35", "22"), (20, "8.90", "22"), (1, "60.00", "22")],
    "15": [(6, "78.00", "21"), (1, "65.00", "21"), (2, "124.50", "21"), (1, "612.00", "21"), (1, "145.00", "21")],
    "16": [(1, "28450.00", "0"), (1, "1850.00", "15"), (1, "4200.00", "15"), (1, "3964.00", "15"), (1, "450.00", "15")],
    "17": [(4182, "0.2648", "20"), (1936, "0.1872", "20"), (28, "1.0450", "20"), (6118, "0.00775", "20")],
    "18": [(240, "6.85", "20"), (45, "68.40", "20"), (1200, "2.94", "20"), (320, "9.20", "20"), (160, "7.15", "20"),
           (96, "24.60", "20"), (2, "1085.00", "20"), (40, "18.90", "20"), (25, "14.20", "20"), (30, "6.45", "20"),
           (6, "54.80", "20"), (200, "5.65", "20"), (18, "22.50", "20"), (30, "9.50", "20")],
    "19": [(120, "18.40", "23"), (200, "7.85", "23"), (200, "3.90", "23"), (520, "0.95", "23")],
    "20": [(4, "86.40", "10.25"), (10, "58.90", "10.25"), (6, "74.25", "10.25"), (12, "16.80", "10.25"),
           (2, "129.00", "10.25")],
}
# adjustments before tax (amount, rate): discounts (negative) and taxable shipping printed below the lines
PRE = {
    "01": [("-120.00", "8.875")],
    "05": [("-211.90", "21"), ("85.00", "21")],
    "18": [("-609.69", "20"), ("180.00", "20")],
    "19": [("-101.04", "23")],
    "20": [("-73.59", "10.25")],
}
# amounts between subtotal + tax and the total: deposits already paid, non-taxable freight, rounding
POST = {"06": ["-1500.00"], "08": ["-2500.00"], "12": ["-0.10"], "20": ["64.50"]}
AMOUNT_KEYS = {"total", "subtotal", "tax_amount"}
LOCALE = {"01": "us", "06": "us", "20": "us", "02": "uk", "13": "uk", "17": "uk", "12": "in", "16": "za", "07": "iso",
          "19": "iso", "03": "dot", "18": "dot", "11": "nl"}   # all others: DD/MM/YYYY
LETTER = {"01", "06", "07", "20"}
PAGES = {"18": 2}
# short / bare values only accepted next to their label
CTX = {
    ("01", "currency"): r"Currency:\s*{v}\b", ("04", "currency"): r"Currency:\s*{v}\b",
    ("07", "currency"): r"Currency:\s*{v}\b", ("13", "currency"): r"Currency:\s*{v}\b",
    ("03", "po_number"): r"Ihre Bestellnummer\s*{v}\b",
    ("06", "invoice_number"): r"Invoice #\s*{v}\b", ("20", "invoice_number"): r"Invoice No\.\s*{v}\b",
    ("09", "vendor_tax_id"): r"ABN\s*{v}\b", ("09", "payment_reference"): r"Ref:\s*{v}\b",
    ("14", "invoice_number"): r"\b{v}\s+17/03/2026", ("14", "vendor_vat_id"): r"P\.IVA\s*{v}\b",
    ("14", "customer_vat_id"): r"P\.IVA\s*{v}\b",
    ("15", "invoice_number"): r"Factuurnummer:\s*{v}\b",
    ("16", "vendor_vat_id"): r"VAT Reg\. No\.\s*{v}\b", ("16", "customer_vat_id"): r"VAT Reg\. No\.\s*{v}\b",
    ("18", "invoice_number"): r"Rechnung(?:snummer)?\s+{v}\b",
    ("19", "vendor_tax_id"): r"NIF:?\s*{v}\b", ("19", "customer_tax_id"): r"NIF:?\s*{v}\b",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_forms(v, loc):
    y, m, d = (int(x) for x in v.split("-"))
    mon = MONTHS[m - 1]
    if loc == "us":
        return {f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}", f"{m:02d}/{d:02d}/{y}"}
    if loc == "uk":
        return {f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"}
    if loc == "in":
        return {f"{d:02d}-{mon[:3]}-{y}", f"{d:02d}/{m:02d}/{y}"}
    if loc == "za":
        return {f"{y}/{m:02d}/{d:02d}", f"{d} {mon} {y}"}
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
    ip, _, dp = v.partition(".")
    forms = set()
    for sep in ["", ",", ".", " "]:
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


def find(forms, kind, parts, ctx=None):
    text = "\n\u2063\n".join(parts)
    for f in sorted(forms, key=len, reverse=True):
        if ctx:
            if re.search(ctx.replace("{v}", re.escape(norm(f))), text):
                return True
            continue
        if kind == "number":
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
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
    if nn == "01":   # 10 % annual-commitment discount on the seat line only
        out.append((q(D("1200.00") * D("0.10")) == D("120.00") and items == D("1522.00") and has(text, "$1,522.00"),
                    "US discount 10 % of seats"))
    if nn == "03":   # Skonto 2 % of the gross amount (not deducted from the truth total)
        sk = q(tot * D("0.02"))
        out.append((sk == D("98.09") and tot - sk == D("4806.61") and has(text, "98,09", "4.806,61"), "DE Skonto"))
    if nn == "04":   # USD equivalent at 1.3420
        out.append((q(tot / D("1.3420")) == D("2760.90") and has(text, "2,760.90"), "SG USD equivalent"))
    if nn == "05":   # 5 % trade discount on the items total
        out.append((q(items * D("0.05")) == D("211.90") and has(text, "4.238,00", "211,90"), "ES descuento 5 %"))
    if nn == "06":   # tax only on the taxable lines; deposit deducted
        out.append((sub + tax == D("4410.95") and has(text, "3,266.00", "4,410.95", "1,500.00"), "US deposit / taxable"))
    if nn == "07":   # USD equivalent at 0.7052
        out.append((q(tot * D("0.7052")) == D("7043.11") and has(text, "7,043.11"), "CA USD equivalent"))
    if nn == "08":   # acompte deducted from the TTC
        out.append((sub + tax == D("8472.00") and tot == D("8472.00") - D("2500.00") and has(text, "8 472,00", "2 500,00"),
                    "FR acompte"))
    if nn == "09":   # remittance slip repeats invoice number and amount
        lay = pages[0][0]
        out.append((lay.count("INV-008214") >= 2 and lay.count("$3,977.60") >= 2, "AU remittance slip"))
    if nn == "10":   # statement: previous balance fully paid, current charges = total due
        out.append((D("2184.50") - D("2184.50") == 0 and has(text, "2,184.50", "-2,184.50", "0.00")
                    and pages[0][0].count("3,292.45") >= 3, "NZ statement balances"))
    if nn == "11":   # BTW per rate in the specification
        out.append((has(text, "1.507,00", "316,47", "1.236,00", "111,24"), "NL BTW-specificatie"))
    if nn == "12":   # CGST = SGST = 9 %; HSN summary rows; round off to the rupee
        c = q(sub * D("0.09"))
        hsn = [q(D(x) * D("0.09")) for x in ("101400", "31000", "11700", "1845")]
        out.append((c == D("13135.05") and 2 * c == tax and sum(hsn) == c
                    and q(sub + tax, 0) == tot and has(text, "(-)0.10"), "IN CGST / SGST / round off"))
    if nn == "13":   # GBP equivalent at 0.8487
        out.append((q(tot * D("0.8487")) == D("2989.65") and has(text, "2,989.65"), "IE GBP equivalent"))
    if nn == "16":   # zero-rated freight; USD equivalent at 18.2450
        out.append((q(tot / D("18.2450")) == D("2218.89") and has(text, "2,218.89", "10,464.00"), "ZA zero-rated / USD"))
    if nn == "17":   # statement balances, CCL units = day + night units, meter readings
        out.append((4182 + 1936 == 6118 and 122584 - 118402 == 4182 and 54853 - 52917 == 1936
                    and has(text, "£1,238.44", "-£1,238.44", "£0.00"), "GB utility statement / units"))
    if nn == "18":   # carried-forward total on both pages; 3 % Objektrabatt; Skonto on the net amount
        out.append((items == D("20322.90") and all("20.322,90" in pg[0] for pg in pages)
                    and q(items * D("0.03")) == D("609.69") and q(sub * D("0.02")) == D("397.86"), "AT Übertrag / Rabatt"))
    if nn == "19":   # 2 % desconto comercial
        out.append((q(items * D("0.02")) == D("101.04") and has(text, "5.052,00"), "PT desconto 2 %"))
    if nn == "20":   # 4 % discount, non-taxable freight after tax, remittance stub
        lay = pages[0][0]
        out.append((q(items * D("0.04")) == D("73.59") and lay.count("$2,011.64") >= 2
                    and len(re.findall(r"Invoice No\.\s+300764", lay)) >= 2, "US discount / freight / remittance"))
    return out


def main():
    n_vals = n_ids = n_ar = n_geo = 0
    survived, n_mut = [], 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        if len(fields) != 11 or not {"invoice_number", "invoice_date", "total", "vendor"} <= set(fields):
            ERR.append(f"{f}: field count / core fields")
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
            if kind == "number" and not re.fullmatch(r"\d+\.\d{2}", v):
                ERR.append(f"{f}: amount {k}={v} should have 2 decimals")
            if kind == "text" and (len(v) <= 5 or re.fullmatch(r"[\d ]{1,10}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if not find(forms, kind, parts, ctx):
                ERR.append(f"{f}: {k}={v!r} not found")
            if MUTATE:
                n_mut += 1
                mv = mutate(k, v)
                mforms, mkind = forms_of(nn, k, mv)
                if mv == v or find(mforms, mkind, parts, ctx):
                    survived.append(f"{f}: {k} {v!r} -> {mv!r} still found")
        lines = LINES[nn]
        amounts = [(q(n * D(p)), D(r)) for n, p, r in lines]
        items = sum(a for a, _ in amounts)
        bases = {}
        for a, r in amounts:
            bases[r] = bases.get(r, D(0)) + a
        pre = D(0)
        for a, r in PRE.get(nn, []):
            bases[D(r)] = bases.get(D(r), D(0)) + D(a)
            pre += D(a)
        net = D(fields["subtotal"])
        tax_v = D(fields["tax_amount"])
        tot = D(fields["total"])
        tax = sum(q(b * r / 100) for r, b in bases.items())
        post = sum((D(x) for x in POST.get(nn, [])), D(0))
        checks = [(items + pre == net, "lines (+ discount / shipping) = subtotal"), (tax == tax_v, "tax = rate x base"),
                  (net + tax_v + post == tot, "subtotal + tax (+ freight / - deposit / rounding) = total")]
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
