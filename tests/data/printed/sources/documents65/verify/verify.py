#!/usr/bin/env python3
"""Verify set65 (Latin-script countries the suite has not seen, part 2).

1. Check-digit identifiers are valid (python-stdnum: MA ICE (mod 97), SN NINEA, LU TVA, MD IDNO, FO V-tal, TN
   matricule fiscal (format and key letter set; stdnum has no check algorithm), DO RNC and e-NCF, GT NIT, CR cédula
   jurídica, MC n° TVA (FR key over a 000… number), ME PIB, KE KRA PIN (format), IBANs of registry countries; own code:
   the generic ISO 13616 mod-97 check for the IBANs of MA, SN and CV (not in stdnum's registry), the Nigerian NUBAN
   check digit (CBN 3-7-3 weights over bank code + serial), the BiH JIB check digit (mod 11, weights 7-2 repeated —
   the commonly cited rule; not confirmed against an official specification) plus PDV broj = JIB without its leading
   4, the Costa Rican 50-digit clave numérica parts (506, date, cédula, consecutivo, situación, security code), the
   Guatemalan FEL serie / número derived from the authorisation UUID). Format only (no public check digit or no
   stdnum rule): NG TIN, JM TRN, TT BIR file no. and VAT reg. no., PH TIN with branch code, CM NIU, CV NIF, MA IF,
   MD cod TVA, ME PDV reg. broj, LI UID and MWST-Nr., KE eTIMS CU invoice number, ME IKOF (32 hex) / JIKR (UUID).
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after NFKC normalisation;
   dates also in local forms (FR "17 mars 2026", EN "13 March 2026" / "March 16, 2026", "16-03-2026", BA/ME
   "11.03.2026."); amounts with any grouping (dot, comma, space, apostrophe), decimal dot, comma or the Cape Verdean
   cifrão ("267.950$00"), with the currency's own number of decimals (TND three, XOF / XAF none). Names are compared
   whitespace-insensitively; short or bare identifiers only next to their label.
3. Amounts add up (lines, tax per rate, totals; VAT-inclusive lines for GT and PH), plus document-specific checks:
   TN timbre fiscal, LI rounding to 5 Rappen, CM TVA 17.5 % + CAC 10 % of the TVA, informative withholdings (NG, KE,
   TN, GT, PH, CM).
4. Page count (18 has 2 pages, all others 1) and A4 geometry (14 is A4 landscape); fonts embedded with ToUnicode,
   except ReportLab's built-in Helvetica (19, and the unused initial Helvetica of 20), reported as NOTE.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set65-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from stdnum import iban
from stdnum.cr import cpj as cr_cpj
from stdnum.do import ncf as do_ncf, rnc as do_rnc
from stdnum.fo import vn as fo_vn
from stdnum.gt import nit as gt_nit
from stdnum.ke import pin as ke_pin
from stdnum.lu import tva as lu_tva
from stdnum.ma import ice as ma_ice
from stdnum.mc import tva as mc_tva
from stdnum.md import idno as md_idno
from stdnum.me import pib as me_pib
from stdnum.sn import ninea as sn_ninea
from stdnum.tn import mf as tn_mf

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set65-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def fmt(p):
    return lambda x: re.fullmatch(p, x) is not None


def iban97(x):
    """ISO 13616 / ISO 7064 mod 97-10 over the rearranged IBAN (for countries missing from stdnum's registry)"""
    s = re.sub(r"\s", "", x)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def nuban(x, bank="058"):
    """Nigerian NUBAN: 9-digit serial + check digit; weights 3,7,3,3,7,3,3,7,3,3,7,3 over bank code + serial"""
    if not re.fullmatch(r"\d{10}", x):
        return False
    s = sum(int(a) * w for a, w in zip(bank + x[:9], [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]))
    return (10 - s % 10) % 10 == int(x[9])


def ba_jib(x):
    """BiH JIB (13 digits, legal entities start with 4): mod 11 with weights 7,6,5,4,3,2,7,6,5,4,3,2; 11 -> 0"""
    if not re.fullmatch(r"4\d{12}", x):
        return False
    s = sum(int(a) * w for a, w in zip(x[:12], [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    k = 11 - s % 11
    return k != 10 and (0 if k == 11 else k) == int(x[12])


def ba_pdv(pair):
    jib, pdv = pair.split("|")
    return re.fullmatch(r"\d{12}", pdv) is not None and jib[1:] == pdv


def cr_clave(x):
    """CR clave numérica: 506 + DDMMYY + 12-digit id + 20-digit consecutivo + situación (1-3) + 8-digit code"""
    return re.fullmatch(r"506\d{6}\d{12}\d{20}[123]\d{8}", x) is not None


def gt_fel(pair):
    """FEL: serie = first 8 hex digits of the authorisation UUID, número = decimal value of the next 8 hex digits"""
    uuid, serie, numero = pair.split("|")
    h = uuid.replace("-", "")
    return h[:8] == serie and int(h[8:16], 16) == int(numero)


V = {
    "iban": iban.is_valid, "iban97": iban97, "nuban": nuban, "ng_tin": fmt(r"\d{8}-\d{4}"),
    "ke_pin": ke_pin.is_valid, "ke_cu": fmt(r"KRACU\d{10}/\d+"), "ma_ice": ma_ice.is_valid, "ma_if": fmt(r"\d{7,8}"),
    "lu_tva": lu_tva.is_valid, "md_idno": md_idno.is_valid, "md_tva": fmt(r"\d{7}"), "sn_ninea": sn_ninea.is_valid,
    "jm_trn": fmt(r"\d{3}-\d{3}-\d{3}"), "ba_jib": ba_jib, "ba_pdv": ba_pdv, "fo_vn": fo_vn.is_valid,
    "tn_mf": tn_mf.is_valid, "do_rnc": do_rnc.is_valid, "do_ncf": lambda x: do_ncf.is_valid(x) and x.startswith("E31"),
    "li_uid": fmt(r"FL-\d{4}\.\d{3}\.\d{3}-\d"), "li_mwst": fmt(r"\d{5}"), "gt_nit": gt_nit.is_valid, "gt_fel": gt_fel,
    "uuid": fmt(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"),
    "cr_cpj": cr_cpj.is_valid, "cr_clave": cr_clave, "mc_tva": mc_tva.is_valid, "cv_nif": fmt(r"[1-9]\d{8}"),
    "ph_tin": fmt(r"\d{3}-\d{3}-\d{3}-\d{3}"), "me_pib": me_pib.is_valid, "me_pdv": fmt(r"\d{2}/\d{2}-\d{5}-\d"),
    "hex32": fmt(r"[0-9a-fA-F]{32}"), "tt_bir": fmt(r"\d{9}"), "tt_vat": fmt(r"\d{6}"),
    "cm_niu": fmt(r"[MP]\d{12}[A-Z]"),
}

GT_UUID = "5D9C1B4E-9353-4D2A-B8F1-0C6E27A41B93"
CR_CLAVE = "50613032600310141827300100001010000004182141827364"
IDS = {
    "01": [("ng_tin", "18273645-0001"), ("ng_tin", "20918273-0001"), ("nuban", "0418273648")],
    "02": [("ke_pin", "P051418273K"), ("ke_pin", "P052918374M"), ("ke_cu", "KRACU0300001827/418")],
    "03": [("ma_ice", "001827364000028"), ("ma_ice", "002918374000009"), ("ma_if", "40182736"), ("ma_if", "52918374"),
           ("iban97", "MA47 0077 8000 0418 2736 4000 1892")],
    "04": [("lu_tva", "LU24182714"), ("lu_tva", "LU26091859"), ("iban", "LU95 0019 4182 7364 5000")],
    "05": [("md_idno", "1003600418278"), ("md_idno", "1005600291839"), ("md_tva", "0418273"), ("md_tva", "0609183"),
           ("iban", "MD81 AG00 0225 1000 4182 7364")],
    "06": [("sn_ninea", "0418279 2V2"), ("sn_ninea", "0291831 2G3"), ("iban97", "SN56 SN01 0015 2000 4182 7364 0091")],
    "07": [("jm_trn", "002-418-273"), ("jm_trn", "001-291-837")],
    "08": [("ba_jib", "4218273640002"), ("ba_jib", "4202918370001"), ("iban", "BA13 1610 0000 4182 7364")],
    "09": [("fo_vn", "418273"), ("fo_vn", "529183"), ("iban", "FO73 6460 0004 1827 30")],
    "10": [("tn_mf", "1418273/K/A/M/000"), ("tn_mf", "1529183/W/A/M/000"), ("iban", "TN69 1000 6035 0418 2736 4000")],
    "11": [("do_rnc", "130418276"), ("do_rnc", "131291831"), ("do_ncf", "E310000004182"), ("do_ncf", "E310000003960"),
           ("iban", "DO31 BCBH 0000 0000 0104 1827 3645")],
    "12": [("li_uid", "FL-0002.418.273-5"), ("li_mwst", "58273"), ("li_mwst", "61829"),
           ("iban", "LI83 0880 0000 2418 2736 4")],
    "13": [("gt_nit", "4182736-8"), ("gt_nit", "9129183-6"), ("uuid", GT_UUID),
           ("iban", "GT42 AGRO 0000 0000 0000 4182 7364")],
    "14": [("cr_cpj", "3-101-418273"), ("cr_cpj", "3-101-729183"), ("cr_clave", CR_CLAVE),
           ("iban", "CR93 0152 0100 1041 8273 64")],
    "15": [("mc_tva", "FR 72 000 041 827"), ("mc_tva", "FR 67 000 029 183"), ("iban", "MC58 1273 9000 7000 4182 7364 065")],
    "16": [("cv_nif", "241827364"), ("cv_nif", "260918372"), ("iban97", "CV13 0003 0000 4182 7364 1017 2")],
    "17": [("ph_tin", "004-182-736-000"), ("ph_tin", "009-291-837-000")],
    "18": [("me_pib", "02418274"), ("me_pib", "03091830"), ("me_pdv", "30/31-04182-7"), ("me_pdv", "30/31-09183-2"),
           ("hex32", "7A1C4E9F02B8D63F5E4A1092C7B3D8E6"), ("uuid", "c2f18a47-5d3b-4e91-a7c0-84b2e61f9d35"),
           ("iban", "ME25 5100 0000 0418 2736 43")],
    "19": [("tt_bir", "418273645"), ("tt_bir", "291837460"), ("tt_vat", "418273")],
    "20": [("cm_niu", "M041812736451K"), ("cm_niu", "M091829183746P")],
}
# consistency checks between identifiers (not searched in the text as one string)
PAIRS = {
    "08": [("ba_pdv", "4218273640002|218273640002"), ("ba_pdv", "4202918370001|202918370001")],
    "13": [("gt_fel", f"{GT_UUID}|5D9C1B4E|2471709994")],
}
# line items (qty, unit price, VAT rate in %); GROSS: line prices include the tax (GT, PH)
LINES = {
    "01": [(40, "38500.00", "7.5"), (12, "145000.00", "7.5"), (1, "275000.00", "7.5")],
    "02": [(30, "2450.00", "16"), (8, "18500.00", "16"), (1, "12000.00", "16")],
    "03": [(120, "18.50", "20"), (40, "96.00", "20"), (1, "1850.00", "20")],
    "04": [(16, "92.50", "17"), (6, "245.00", "17"), (1, "380.00", "17")],
    "05": [(200, "14.80", "20"), (50, "62.00", "20"), (1, "1450.00", "20")],
    "06": [(4, "685000", "18"), (12, "48500", "18"), (1, "350000", "18")],
    "07": [(24, "4850.00", "15"), (6, "38500.00", "15"), (1, "18000.00", "15")],
    "08": [(25, "48.60", "17"), (10, "132.00", "17"), (1, "285.00", "17")],
    "09": [(6, "4865.00", "25"), (20, "385.00", "25"), (1, "2400.00", "25")],
    "10": [(40, "28.750", "19"), (12, "186.400", "19"), (1, "420.000", "19")],
    "11": [(60, "845.00", "18"), (8, "6250.00", "18"), (1, "9500.00", "18")],
    "12": [(8, "148.50", "8.1"), (3, "412.00", "8.1"), (1, "265.00", "8.1")],
    "13": [(20, "168.00", "12"), (4, "1456.00", "12"), (1, "3203.20", "12")],
    "14": [(150, "2850.00", "13"), (20, "18400.00", "13"), (1, "95000.00", "13")],
    "15": [(4, "1240.00", "20"), (12, "86.50", "20"), (1, "560.00", "20")],
    "16": [(40, "1850.00", "15"), (6, "24500.00", "15"), (1, "12000.00", "15")],
    "17": [(50, "543.20", "12"), (10, "3640.00", "12"), (1, "7616.00", "12")],
    "18": [(24, "18.90", "21"), (12, "42.50", "21"), (6, "138.00", "21"), (40, "3.85", "21"), (8, "64.20", "21"),
           (2, "385.00", "21"), (15, "12.40", "21"), (3, "219.00", "21"), (50, "1.96", "21"), (1, "420.00", "21")],
    "19": [(16, "1285.00", "12.5"), (40, "96.50", "12.5"), (1, "4850.00", "12.5")],
    "20": [(3, "485000", "19.25"), (20, "42500", "19.25"), (1, "225000", "19.25")],
}
GROSS = {"13", "17"}
DECIMALS = {"06": 0, "20": 0, "10": 3}
# amounts between subtotal + tax and the total: TN timbre fiscal, LI rounding to 5 Rappen
EXTRA = {"10": D("1.000"), "12": D("-0.01")}
AMOUNT_KEYS = {"total", "subtotal", "tax_amount"}
# short / bare values only accepted next to their label
CTX = {
    ("03", "vendor_tax_id"): r"\bIF\s*{v}\b", ("03", "customer_tax_id"): r"\bIF\s*:\s*{v}\b",
    ("05", "vendor_vat_id"): r"Cod TVA\s*{v}\b",
    ("08", "vendor_vat_id"): r"PDV broj:\s*{v}\b", ("08", "customer_vat_id"): r"PDV broj:\s*{v}\b",
    ("09", "invoice_number"): r"Rokningarnummar\s*{v}\b", ("09", "vendor_vat_id"): r"V-tal\s*{v}\b",
    ("09", "customer_vat_id"): r"V-tal\s*{v}\b",
    ("12", "vendor_vat_id"): r"MWST-Nr\.\s*{v}\b", ("12", "customer_vat_id"): r"MWST-Nr\.\s*{v}\b",
    ("13", "invoice_number"): r"Número de DTE:\s*{v}\b", ("14", "currency"): r"Moneda:\s*{v}\b",
    ("16", "vendor_tax_id"): r"NIF:?\s*{v}\b", ("16", "customer_tax_id"): r"NIF:\s*{v}\b",
    ("17", "invoice_number"): r"(?<!Invoice )No\.\s*{v}\b",
    ("18", "vendor_tax_id"): r"PIB:?\s*{v}\b", ("18", "customer_tax_id"): r"PIB:\s*{v}\b",
    ("19", "vendor_tax_id"): r"BIR File No\.:\s*{v}\b", ("19", "customer_tax_id"): r"BIR File No\.:\s*{v}\b",
    ("19", "vendor_vat_id"): r"VAT Reg\. No\.:\s*{v}\b",
    ("11", "vendor_tax_id"): r"RNC:\s*{v}\b", ("11", "customer_tax_id"): r"RNC cliente:\s*{v}\b",
}
PAGES = {"18": 2}
LANDSCAPE = {"14"}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
}


def date_forms(v):
    y, m, d = (int(x) for x in v.split("-"))
    return {f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d} {MONTHS['fr'][m - 1]} {y}"}


def group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip] + out)


def amount_forms(v):
    ip, _, dp = v.partition(".")
    forms = set()
    for sep in ["", ",", ".", " ", "'"]:
        g = group(ip, sep)
        if not dp:
            forms.add(g)
            continue
        for ds in [".", ",", "$"]:
            if ds == sep and len(ip) > 3:
                continue
            forms.add(g + ds + dp)
        if set(dp) == {"0"}:
            forms.add(g)
    return forms


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2212", "-"), ("\u00ad", "")]:
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
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,$]\d)"
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(norm(f)).replace(r"\ ", r"\s+") + r"(?!\d)"
        else:
            if any(re.sub(r"\s+", "", norm(f)) in re.sub(r"\s+", "", p) for p in parts):
                return True
            continue
        if re.search(pat, text):
            return True
    return False


def q(x, nd=2):
    return x.quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def has(text, *ss):
    return all(s in text for s in ss)


def extra_checks(nn, fields, sub, text):
    """document-specific arithmetic printed on the page"""
    tot, tax = D(fields["total"]), D(fields["tax_amount"])
    out = []
    if nn == "01":   # WHT 5 % of the VAT-exclusive value, informative
        out.append((q(sub * D("0.05")) == D("177750.00") and has(text, "177,750.00"), "NG WHT 5 %"))
    if nn == "02":   # VAT withholding 2 % of the taxable value, informative
        out.append((q(sub * D("0.02")) == D("4670.00") and has(text, "4,670.00"), "KE VAT withholding 2 %"))
    if nn == "10":   # timbre fiscal 1,000 TND; retenue à la source 1 % of TTC
        out.append((sub + tax + D("1.000") == tot and q(tot * D("0.01"), 3) == D("45.311") and has(text, "45,311"),
                    "TN timbre fiscal + retenue 1 %"))
    if nn == "12":   # Swiss-franc rounding to 0.05
        raw = sub + tax
        out.append(((raw * 20).quantize(D("1"), ROUND_HALF_UP) / 20 == tot and has(text, "2'906.81", "-0.01"),
                    "LI rounding to 5 Rappen"))
    if nn == "13":   # VAT-inclusive lines, IVA 12 %, retención 15 % of the IVA, FEL número from the UUID
        out.append((q(tot / D("1.12")) == sub and q(tax * D("0.15")) == D("199.08") and has(text, "199.08"),
                    "GT IVA included / retención"))
    if nn == "14":   # clave numérica parts
        c = CR_CLAVE
        out.append((c[:3] == "506" and c[3:9] == "130326" and c[9:21] == "003101418273"
                    and c[21:41] == fields["invoice_number"], "CR clave parts"))
    if nn == "17":   # VAT-inclusive lines; EWT 1 % goods + 2 % services (informative, not deducted)
        goods, serv = D("56750.00"), D("6800.00")
        out.append((goods + serv == sub and q(goods * D("0.01")) + q(serv * D("0.02")) == D("703.50")
                    and has(text, "567.50", "136.00", "703.50"), "PH EWT"))
    if nn == "20":   # TVA 17.5 % + CAC 10 % of the TVA; précompte 2.2 % of HT
        tva = q(sub * D("0.175"), 0)
        cac = q(tva * D("0.10"), 0)
        out.append((tva == D("442750") and cac == D("44275") and tva + cac == tax
                    and q(sub * D("0.022"), 0) == D("55660"), "CM TVA + CAC / précompte"))
    return out


def main():
    n_vals = n_ids = n_ar = n_geo = 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        if not 10 <= len(fields) <= 11 or not {"invoice_number", "invoice_date", "total", "vendor"} <= set(fields):
            ERR.append(f"{f}: field count / core fields")
        pages, geo = page_texts(pdf)
        parts = [p for pg in pages for p in pg]
        text = "\n".join(parts)
        flat = re.sub(r"\s+", "", text)
        want = (841.9, 595.3) if nn in LANDSCAPE else (595.3, 841.9)
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
        nd = DECIMALS.get(nn, 2)
        for k, v in fields.items():
            n_vals += 1
            ctx = CTX.get((nn, k))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                forms, kind = date_forms(v), "date"
            elif k in AMOUNT_KEYS:
                if not re.fullmatch(r"\d+" + (r"\.\d{%d}" % nd if nd else ""), v):
                    ERR.append(f"{f}: amount {k}={v} should have {nd} decimals")
                forms, kind = amount_forms(v), "number"
            else:
                forms, kind = {v}, "text"
            if kind == "text" and (len(v) <= 5 or re.fullmatch(r"[\d ]{1,9}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if not find(forms, kind, parts, ctx):
                ERR.append(f"{f}: {k}={v!r} not found")
        lines = LINES[nn]
        amounts = [(q(n * D(p), nd), D(r)) for n, p, r in lines]
        net = D(fields["subtotal"])
        tax_v = D(fields["tax_amount"])
        tot = D(fields["total"])
        if nn in GROSS:   # line prices include the tax: lines add up to the total, tax = rate x net
            rate = amounts[0][1]
            checks = [(sum(a for a, _ in amounts) == tot, "gross lines = total"),
                      (q(net * rate / 100, nd) == tax_v, "tax = rate x net"),
                      (net + tax_v == tot, "net + tax = total")]
        else:
            bases = {}
            for a, r in amounts:
                bases[r] = bases.get(r, D(0)) + a
            tax = sum(q(b * r / 100, nd) for r, b in bases.items())
            checks = [(sum(a for a, _ in amounts) == net, "lines = subtotal"), (tax == tax_v, "tax = rate x base"),
                      (net + tax_v + EXTRA.get(nn, D(0)) == tot, "net + tax (+ stamp / rounding) = total")]
        checks += extra_checks(nn, fields, net, text)
        for ok, what in checks:
            n_ar += 1
            if not ok:
                ERR.append(f"{f}: arithmetic {what}")
    print(f"documents: {len(TRUTH)}  truth values: {n_vals}  identifiers: {n_ids}  "
          f"arithmetic checks: {n_ar}  page geometries: {n_geo}")
    for note in NOTES:
        print("NOTE " + note)
    total = n_vals + n_ids + n_ar + n_geo
    if ERR:
        print("\n".join("FAIL " + e for e in ERR))
        print(f"{total - len(ERR)} passed, {len(ERR)} failed")
        return 1
    print(f"{total} passed, 0 failed ({n_vals} truth values, {n_ids} identifiers, {n_ar} arithmetic checks, "
          f"{n_geo} page geometries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
