#!/usr/bin/env python3
"""Verify set64 (Latin-script languages and countries the suite has barely seen).

1. Check-digit identifiers are valid (python-stdnum: SI ID za DDV, HR OIB (ISO 7064 mod 11,10), SK IČ DPH, SK IČO
   (same weighted mod-11 rule as the Czech IČO, stdnum.cz.dic), LV PVN, LT PVM, EE KMKR and registrikood, IS
   kennitala, MT VAT, RO CUI/CIF and ONRC Reg. Com. number, AZ VÖEN, ID NPWP, VN MST, PE RUC, UY RUT, EC RUC, CO NIT
   with DV, GH TIN, IBANs; own code: the Estonian viitenumber (7-3-1), the Ecuadorian 49-digit clave de acceso (mod 11,
   and its date / RUC / number parts), the kennitala inside the Icelandic IBAN). Format only (no public check digit or
   no stdnum rule): AL NIPT check letter (algorithm unknown), IS VSK number, LT įmonės kodas, MY TIN and SST number,
   TZ TIN / VRN, Ghana Card PIN, HR JIR / ZKI, AL NIVF / NSLF, CO CUFE.
2. Every truth value is found in the PDF text (pdftotext layout / raw / plain and pypdfium2) after NFKC normalisation;
   dates also in the local long forms (SI "10. 3. 2026", LV "2026. gada 10. martā", LT "2026 m. kovo 11 d.",
   ID "10 Maret 2026", VN "Ngày 10 tháng 03 năm 2026"); amounts with any grouping (dot, comma, space), decimal dot or
   comma, and without decimals when .00 (ISK, ALL-style, IDR, VND). Names are compared whitespace-insensitively.
3. Amounts add up (lines per VAT rate, tax, totals), plus document-specific checks: ID DPP Nilai Lain 11/12 and PPN 12 %,
   GH NHIL / GETFund / VAT split, VN per-rate summary, CO withholdings, PE detracción.
4. Page count (18 has 2 pages, all others 1) and A4 geometry (16 is A4 landscape); fonts embedded with ToUnicode,
   except ReportLab's built-in Helvetica (19, and the unused initial Helvetica of 20), reported as NOTE.

Usage: python3 verify/verify.py [pdf_dir]   (default: /tmp/set64-pdfs)
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from stdnum import iban
from stdnum.az import voen as az_voen
from stdnum.co import nit as co_nit
from stdnum.cz import dic as cz_dic
from stdnum.ec import ruc as ec_ruc
from stdnum.ee import kmkr as ee_kmkr, registrikood as ee_rk
from stdnum.gh import tin as gh_tin
from stdnum.hr import oib as hr_oib
from stdnum.id import npwp as id_npwp
from stdnum.is_ import kennitala as is_kt, vsk as is_vsk
from stdnum.lt import pvm as lt_pvm
from stdnum.lv import pvn as lv_pvn
from stdnum.mt import vat as mt_vat
from stdnum.pe import ruc as pe_ruc
from stdnum.ro import cui as ro_cui, onrc as ro_onrc
from stdnum.si import ddv as si_ddv
from stdnum.sk import dph as sk_dph
from stdnum.uy import rut as uy_rut
from stdnum.vn import mst as vn_mst

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/set64-pdfs")
TRUTH = json.loads((ROOT / "truth.json").read_text(encoding="utf-8"))


def fmt(p):
    return lambda x: re.fullmatch(p, x) is not None


def ee_viite(x):
    """Estonian reference number: weights 7, 3, 1 from the right over the base, check = (10 - sum mod 10) mod 10"""
    if not re.fullmatch(r"\d{2,20}", x):
        return False
    base, chk = x[:-1], int(x[-1])
    s = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(reversed(base)))
    return (10 - s % 10) % 10 == chk


def ec_clave(x):
    """Ecuadorian clave de acceso: 48 digits + mod-11 check digit (weights 2..7 from the right; 11 -> 0, 10 -> 1)"""
    if not re.fullmatch(r"\d{49}", x):
        return False
    s, f = 0, 2
    for d in reversed(x[:48]):
        s += int(d) * f
        f = 2 if f == 7 else f + 1
    c = 11 - s % 11
    c = 0 if c == 11 else 1 if c == 10 else c
    return c == int(x[48])


def is_iban_kt(x):
    """Icelandic IBAN: valid IBAN whose last 10 digits are a valid kennitala (the account holder)"""
    s = re.sub(r"\s", "", x)
    return iban.is_valid(s) and s.startswith("IS") and is_kt.is_valid(s[-10:])


V = {
    "iban": iban.is_valid, "si_ddv": si_ddv.is_valid, "hr_oib": hr_oib.is_valid, "sk_dph": sk_dph.is_valid,
    "sk_ico": lambda x: len(x) == 8 and cz_dic.is_valid(x), "lv_pvn": lv_pvn.is_valid, "lt_pvm": lt_pvm.is_valid,
    "lt_kodas": fmt(r"[1-3]\d{8}"), "ee_kmkr": ee_kmkr.is_valid, "ee_rk": ee_rk.is_valid, "ee_viite": ee_viite,
    "is_kt": is_kt.is_valid, "is_vsk": lambda x: is_vsk.is_valid(x) and fmt(r"\d{5,6}")(x), "is_iban": is_iban_kt,
    "mt_vat": mt_vat.is_valid, "al_nipt": lambda x: fmt(r"[J-M]\d{8}[A-Z]")(x) and al_ok(x),
    "ro_cui": ro_cui.is_valid, "ro_onrc": ro_onrc.is_valid, "az_voen": az_voen.is_valid, "id_npwp": id_npwp.is_valid,
    "my_tin": fmt(r"C\d{10,11}"), "my_sst": fmt(r"[A-Z]\d{2}-\d{4}-\d{8}"), "vn_mst": vn_mst.is_valid,
    "pe_ruc": pe_ruc.is_valid, "uy_rut": uy_rut.is_valid, "ec_ruc": ec_ruc.is_valid, "ec_clave": ec_clave,
    "co_nit": co_nit.is_valid, "gh_tin": gh_tin.is_valid, "gh_card": fmt(r"GHA-\d{9}-\d"),
    "tz_tin": fmt(r"\d{3}-\d{3}-\d{3}"), "tz_vrn": fmt(r"\d{2}-\d{6}-[A-Z]"),
    "uuid": fmt(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
    "hex32": fmt(r"[0-9a-fA-F]{32}"), "hex96": fmt(r"[0-9a-f]{96}"),
}


def al_ok(x):
    try:
        from stdnum.al import nipt
        return nipt.is_valid(x)
    except ImportError:
        return True


CLAVE = "1303202601099182736600120010010000041824182736414"
CUFE = "8f3c1a9e7b2d4f60a5c8e1b9d7f3a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8"
IDS = {
    "01": [("si_ddv", "SI54182735"), ("si_ddv", "SI82917361"), ("iban", "SI81 6100 0004 1827 364")],
    "02": [("hr_oib", "41827364502"), ("hr_oib", "90273846150"), ("iban", "HR27 2402 0061 1004 1827 3"),
           ("uuid", "7b3e19a4-52c8-4d0f-a16e-2c9f48d07b51"), ("hex32", "4f0c8e2a91d7b36e5a18c4027fd93b6e")],
    "03": [("sk_dph", "SK2024182732"), ("sk_dph", "SK2020918273"), ("sk_ico", "47182733"), ("sk_ico", "52918378"),
           ("iban", "SK11 1100 0000 0029 4182 7364")],
    "04": [("lv_pvn", "LV40103418273"), ("lv_pvn", "LV40003918271"), ("iban", "LV39 HABA 0551 0418 2736 4")],
    "05": [("lt_pvm", "LT100418214"), ("lt_pvm", "LT120918312"), ("lt_kodas", "304182736"), ("lt_kodas", "302918374"),
           ("iban", "LT41 7044 0004 1827 3645")],
    "06": [("ee_kmkr", "EE102418273"), ("ee_kmkr", "EE102901722"), ("ee_rk", "12418271"), ("ee_rk", "14827364"),
           ("ee_viite", "202603182"), ("iban", "EE84 2200 2210 4182 7364")],
    "07": [("is_kt", "480211-2780"), ("is_kt", "550617-0990"), ("is_vsk", "118273"),
           ("is_iban", "IS27 0133 2600 4182 4802 1127 80")],
    "08": [("mt_vat", "MT 2418 2722"), ("mt_vat", "MT 2091 7335"), ("iban", "MT54 VALL 2201 3000 0000 4001 8273 645")],
    "09": [("al_nipt", "L41827306N"), ("al_nipt", "M12091807S"), ("iban", "AL75 2021 1009 0000 0000 0418 2736"),
           ("uuid", "3f9a1c27-58e4-4b0d-9a62-c71e0d4b8f53"), ("hex32", "9C4E1A7F20B38D56E41F0A9273C6B815")],
    "10": [("ro_cui", "RO18273640"), ("ro_cui", "RO30918273"), ("ro_onrc", "J08/1842/2014"),
           ("ro_onrc", "J23/3091/2019"), ("iban", "RO81 BTRL RONC RT04 1827 3645")],
    "11": [("az_voen", "1401827301"), ("az_voen", "1700918251"), ("iban", "AZ27 PAHA 4006 0AZN J041 8273 6400")],
    "12": [("id_npwp", "0002182731609000"), ("id_npwp", "0002918274054000")],
    "13": [("my_tin", "C21827364090"), ("my_tin", "C20918273050"), ("my_sst", "J31-1808-32001827")],
    "14": [("vn_mst", "0401827365"), ("vn_mst", "0209182739")],
    "15": [("pe_ruc", "20418273641"), ("pe_ruc", "20609182734")],
    "16": [("uy_rut", "214182730010"), ("uy_rut", "216091820013")],
    "17": [("ec_ruc", "0991827366001"), ("ec_ruc", "1792918375001"), ("ec_clave", CLAVE)],
    "18": [("co_nit", "900.418.273-4"), ("co_nit", "901.291.837-3"), ("hex96", CUFE)],
    "19": [("tz_tin", "109-418-273"), ("tz_tin", "117-291-835"), ("tz_vrn", "40-018273-K")],
    "20": [("gh_tin", "C0001827367"), ("gh_tin", "C0002918374"), ("gh_card", "GHA-718273645-2")],
}
# line items (qty, unit price, VAT rate in %); 12 (ID) uses rate 11 = PPN 12 % on DPP Nilai Lain 11/12 (checked
# separately below), 20 (GH) rate 20 = NHIL 2.5 % + GETFund 2.5 % + VAT 15 % on the same taxable value
LINES = {
    "01": [(12, "145.00", 22), (4, "386.50", 22), (1, "620.00", 22)],
    "02": [(6, "212.40", 25), (2, "1385.00", 25), (1, "450.00", 25)],
    "03": [(40, "18.75", 23), (3, "1240.00", 23), (1, "385.00", 23)],
    "04": [(18, "245.00", 21), (120, "6.80", 21), (1, "350.00", 21)],
    "05": [(25, "64.20", 21), (8, "118.50", 21), (1, "420.00", 21)],
    "06": [(14, "96.00", 24), (30, "12.40", 24), (1, "280.00", 24)],
    "07": [(12, "18500", 24), (4, "64900", 24), (1, "85000", 24)],
    "08": [(10, "84.50", 18), (2, "1120.00", 18), (1, "190.00", 18)],
    "09": [(20, "3850", 20), (6, "14500", 20), (1, "28000", 20)],
    "10": [(50, "42.60", 21), (8, "318.00", 21), (1, "750.00", 21)],
    "11": [(30, "27.50", 18), (5, "412.00", 18), (1, "260.00", 18)],
    "12": [(24, "185000", 11), (6, "1250000", 11), (1, "2460000", 11)],
    "13": [(1, "4800.00", 8), (16, "185.00", 8), (1, "640.00", 8)],
    "14": [(20, "350000", 8), (4, "2150000", 10), (1, "1500000", 8)],
    "15": [(120, "38.50", 18), (40, "64.00", 18), (1, "850.00", 18)],
    "16": [(500, "12.40", 22), (60, "84.50", 22), (1, "1450.00", 22)],
    "17": [(200, "3.85", 15), (12, "96.40", 15), (1, "320.00", 15)],
    "18": [(8, "1450000", 19), (20, "86500", 19), (1, "2800000", 19), (12, "48500", 19), (6, "312000", 19),
           (4, "1275000", 19), (30, "9800", 19), (2, "685000", 19), (15, "27400", 19), (1, "950000", 19)],
    "19": [(40, "48500", 18), (6, "385000", 18), (1, "650000", 18)],
    "20": [(5000, "1.85", 20), (200, "24.50", 20), (1, "1350.00", 20)],
}
# short / bare values only accepted next to their label
CTX = {
    ("07", "vendor_vat_id"): r"VSK-nr\.\s*{v}\b", ("07", "invoice_number"): r"(?i:reikningur nr\.)\s*{v}\b",
    ("14", "invoice_number"): r"Số:\s*{v}\b", ("16", "currency"): r"Moneda\s*{v}\b",
    ("03", "invoice_number"): r"číslo\s*{v}\b",
}
PAGES = {"18": 2}
LANDSCAPE = {"16"}
NOT_AMOUNT = {"invoice_number", "vendor_tax_id", "customer_tax_id", "vendor_vat_id", "customer_vat_id", "iban",
              "po_number", "currency"}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "lv_loc": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
               "oktobrī", "novembrī", "decembrī"],
    "lt_gen": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
               "spalio", "lapkričio", "gruodžio"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}


def date_forms(v):
    y, m, d = (int(x) for x in v.split("-"))
    return {f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
            f"{d}. {m}. {y}", f"{d} {MONTHS['en'][m - 1]} {y}",
            f"{y}. gada {d}. {MONTHS['lv_loc'][m - 1]}", f"{y} m. {MONTHS['lt_gen'][m - 1]} {d} d.",
            f"{d} {MONTHS['id'][m - 1]} {y}", f"{d:02d} {MONTHS['id'][m - 1]} {y}",
            f"Ngày {d:02d} tháng {m:02d} năm {y}"}


def group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    return sep.join([ip] + out)


def amount_forms(v):
    ip, dp = v.split(".")
    forms = set()
    for sep in ["", ",", ".", " "]:
        g = group(ip, sep)
        for ds in [".", ","]:
            if ds == sep and len(ip) > 3:
                continue
            forms.add(g + ds + dp)
        if dp == "00":
            forms.add(g)
    return forms


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    for a, b in [("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2212", "-"), ("\u00ad", "")]:
        t = t.replace(a, b)
    return re.sub(r"[ \t]+", " ", t)


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
            if re.search(ctx.replace("{v}", re.escape(f)), text):
                return True
            continue
        if kind == "number":
            pat = r"(?<![\d])(?<![\d][.,' ])" + re.escape(f) + r"(?![\d])(?![.,]\d)"
        elif kind == "date":
            pat = r"(?<!\d)" + re.escape(norm(f)).replace(r"\ ", r"\s+") + r"(?!\d)"
        else:
            if any(re.sub(r"\s+", "", norm(f)) in re.sub(r"\s+", "", p) for p in parts):
                return True
            continue
        if re.search(pat, text):
            return True
    return False


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def extra_checks(nn, fields, sub, text):
    """document-specific arithmetic printed on the page"""
    out = []
    if nn == "12":   # DPP Nilai Lain = 11/12 of the sale price, PPN 12 % of it
        dpp = sub * 11 / 12
        out.append((dpp == D("13200000") and q(dpp * D("0.12")) == D(fields["tax_amount"]), "ID DPP Nilai Lain / PPN 12 %"))
    if nn == "20":   # NHIL 2.5 % + GETFund 2.5 % + VAT 15 %
        parts = [q(sub * D(r) / 100) for r in ("2.5", "2.5", "15")]
        out.append((parts == [D("387.50"), D("387.50"), D("2325.00")] and sum(parts) == D(fields["tax_amount"]),
                    "GH levies + VAT"))
    if nn == "14":   # per-rate summary printed: 8 % on 8.500.000, 10 % on 8.600.000
        out.append(("8.500.000" in text and "680.000" in text and "8.600.000" in text and "860.000" in text,
                    "VN per-rate summary"))
    if nn == "18":   # informative withholdings (not deducted from the total)
        iva = D(fields["tax_amount"])
        ok = q(sub * D("0.025")) == D("667725.00") and q(iva * D("0.15")) == D("761206.50") \
            and q(sub * D("0.00966")).quantize(D("1"), ROUND_HALF_UP) == D("258009")
        out.append((ok, "CO withholdings"))
    if nn == "15":   # detracción 12 % rounded to whole soles, net after detracción
        tot = D(fields["total"])
        det = (tot * D("0.12")).quantize(D("1"), ROUND_HALF_UP)
        out.append((det == D("1137") and tot - det == D("8338.40"), "PE detracción"))
    if nn == "17":   # clave de acceso parts: date, RUC, serie, secuencial
        out.append((CLAVE[:8] == "13032026" and CLAVE[10:23] == fields["vendor_tax_id"] and CLAVE[24:30] == "001001"
                    and CLAVE[30:39] == fields["invoice_number"].split("-")[2], "EC clave de acceso parts"))
    return out


def main():
    n_vals = n_ids = n_ar = n_geo = 0
    for f, fields in sorted(TRUTH.items()):
        nn = f[4:6]
        pdf = PDF_DIR / f
        if not pdf.exists():
            ERR.append(f"{f}: missing")
            continue
        if not 8 <= len(fields) <= 11 or not {"invoice_number", "invoice_date", "total", "vendor"} <= set(fields):
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
        for k, v in fields.items():
            n_vals += 1
            ctx = CTX.get((nn, k))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                forms, kind = date_forms(v), "date"
            elif k not in NOT_AMOUNT and re.fullmatch(r"\d+\.\d\d", v):
                forms, kind = amount_forms(v), "number"
            else:
                forms, kind = {v}, "text"
            if ((len(v) <= 5 and kind != "number") or re.fullmatch(r"\d{1,6}", v)) and not ctx:
                ERR.append(f"{f}: short value {k}={v} needs a context anchor")
            if not find(forms, kind, parts, ctx):
                ERR.append(f"{f}: {k}={v!r} not found")
        lines = LINES[nn]
        sub = sum(q(n * D(p)) for n, p, _ in lines)
        bases = {}
        for n, p, r in lines:
            bases[r] = bases.get(r, D(0)) + q(n * D(p))
        tax = sum(q(b * r / 100) for r, b in bases.items())
        net = D(fields["subtotal"])
        checks = [(sub == net, "lines = subtotal"), (tax == D(fields["tax_amount"]), "tax = rate x base"),
                  (net + D(fields["tax_amount"]) == D(fields["total"]), "net + tax = total")]
        checks += extra_checks(nn, fields, sub, text)
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
