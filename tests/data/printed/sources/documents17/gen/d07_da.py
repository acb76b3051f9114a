"""Danish plumbing contractor invoice (FAKTURA), groff -ms + tbl, 3 pages."""
import random
from common import *

rnd = random.Random(1707)

MAT = [
    ("40115", "Termostatventil RA-N 15 lige", "stk", "389.00", 15),
    ("40118", "Termostatføler RA 2000 m. indb. føler", "stk", "268.00", 15),
    ("40230", "Returløbsforskruning RLV 15", "stk", "212.00", 15),
    ("40301", "Pakningssæt radiatorventil", "stk", "18.50", 0),
    ("40312", "Udluftningsskrue 1/2\" forniklet", "stk", "24.00", 0),
    ("41015", "Pressfitting kobber 15 mm vinkel", "stk", "31.75", 10),
    ("41016", "Pressfitting kobber 15 mm muffe", "stk", "22.40", 10),
    ("41150", "Kobberrør 15 mm, 5 m", "stk", "248.00", 10),
    ("41520", "Rørisolering 15x20 mm, 2 m", "stk", "36.00", 0),
    ("42010", "Gevindtape / hamp, diverse smådele", "stk", "65.00", 0),
]
items = []  # (varenr, tekst, antal, enhed, pris, rabat, beløb) or ("", heading, ...)
blocks = [("A", "Engparken 2-8", "06.01.2025", "10.01.2025"), ("B", "Engparken 10-16", "13.01.2025", "17.01.2025"),
          ("C", "Engparken 18-24", "20.01.2025", "24.01.2025"), ("D", "Engparken 26-30", "27.01.2025", "29.01.2025")]
for letter, addr, d1, d2 in blocks:
    items.append(("", f"Blok {letter}, {addr} - udført {d1} - {d2}", None, None, None, None, None))
    hrs = D(rnd.choice([28, 31.5, 34, 36.5, 22]))
    items.append(("T100", "Montørtimer", hrs, "timer", D("595.00"), 0, q2(hrs * D("595.00"))))
    lh = D(rnd.choice([14, 18.5, 21, 9]))
    items.append(("T110", "Lærlingetimer", lh, "timer", D("395.00"), 0, q2(lh * D("395.00"))))
    nd = D(rnd.choice([4, 5, 3]))
    items.append(("K200", "Kørsel, pr. dag", nd, "stk", D("285.00"), 0, q2(nd * D("285.00"))))
    for code, txt, unit, price, rab in MAT:
        if txt.startswith("Gevind") or rnd.random() < 0.85:
            n = D(rnd.choice([12, 16, 18, 24, 30])) if price in ("389.00", "268.00", "212.00", "18.50", "24.00") else D(rnd.choice([2, 4, 6, 8, 10]))
            if txt.startswith("Gevind"):
                n = D(1)
            amt = q2(n * D(price) * (1 - D(rab) / 100))
            items.append((code, txt, n, unit, D(price), rab, amt))
items.append(("", "Fælles for alle blokke", None, None, None, None, None))
items.append(("T300", "Trykprøvning af varmeanlæg inkl. rapport", D(1), "stk", D("2450.00"), 0, D("2450.00")))
items.append(("T310", "Indregulering af varmeanlæg, montørtimer", D(12), "timer", D("595.00"), 0, q2(12 * D("595.00"))))
items.append(("M900", "Bortskaffelse af gamle ventiler (miljøgebyr)", D(1), "stk", D("475.00"), 0, D("475.00")))
subtotal = sum(i[6] for i in items if i[6] is not None)
vat = q2(subtotal * D("0.25"))
total = subtotal + vat
print(len(items), subtotal, vat, total)
sizes = [22, 24, len(items) - 46]
pages = chunk(items, sizes)


def dk(x):
    return eu(x)


def qty(x):
    s = f"{x.normalize():f}"
    return s.replace(".", ",")


def esc(s):
    return s.replace("\\", "\\\\")


out = []
out.append(r""".\" Faktura 58214 - Vestjysk VVS & Energi ApS
.nr PS 9
.nr VS 11
.nr LL 17.2c
.nr PO 2c
.nr HM 1.6c
.nr FM 2.2c
.ds LH Vestjysk VVS & Energi ApS
.ds CH Faktura 58214
.ds RH Side %
.ds LF CVR-nr. 38 41 27 90 \(bu Industrivej 22, 6900 Skjern \(bu Tlf. 97 35 12 40 \(bu faktura@vestjyskvvs.dk
.ds CF
.ds RF Sparekassen Vestkyst reg.nr. 7780 konto 1024 5567
.LP
.ps 16
.B "Vestjysk VVS & Energi ApS"
.ps 9
.br
Industrivej 22, 6900 Skjern \(bu Tlf. 97 35 12 40 \(bu www.vestjyskvvs.dk
.br
CVR-nr. 38 41 27 90
.sp 1.2
.TS
tab(|);
lw(9c) l l.
Boligforeningen Engparken|Fakturanr.|58214
Att.: Driftskontoret, Jens Kirkegaard|Fakturadato|31.01.2025
Engparken 2|Kundenr.|10342
6900 Skjern|Sagsnr.|2024-0917
|Rekv.nr.|ENG-553
|Tilbud nr.|3318 af 12.11.2024
|Betalingsbetingelser|Netto 30 dage
|Forfaldsdato|02.03.2025
.TE
.sp 0.8
.ps 14
.B FAKTURA
.ps 9
.br
Vedr.: Udskiftning af radiatorventiler og termostater, blok A-D, jf. tilbud nr. 3318.
.sp 0.5
""")

TBL_HEAD = """.TS
expand tab(|);
l l r l r r r.
\\fBVarenr.\\fP|\\fBTekst\\fP|\\fBAntal\\fP|\\fBEnhed\\fP|\\fBStk.pris\\fP|\\fBRabat %\\fP|\\fBBeløb\\fP
_
"""
run = D(0)
for p, its in enumerate(pages, 1):
    if p > 1:
        out.append(".bp\n.sp 0.3\n")
    out.append(TBL_HEAD)
    if p > 1:
        out.append(f"|\\fITransport\\fP|||||\\fI{dk(run)}\\fP\n")
    for code, txt, n, unit, price, rab, amt in its:
        if n is None:
            out.append(f"|\\fB{esc(txt)}\\fP|||||\n")
        else:
            out.append(f"{code}|{esc(txt)}|{qty(n)}|{unit}|{dk(price)}|{rab if rab else ''}|{dk(amt)}\n")
            run += amt
    if p < len(pages):
        out.append(f"_\n|\\fITransport\\fP|||||\\fI{dk(run)}\\fP\n")
    out.append(".TE\n")

out.append(f""".sp 0.8
.TS
tab(|);
lw(10.2c) l r.
|Beløb ekskl. moms|{dk(subtotal)}
|Moms 25 %|{dk(vat)}
|_|_
|\\fBI alt DKK inkl. moms\\fP|\\fB{dk(total)}\\fP
.TE
.sp 1
.LP
Beløbet bedes indbetalt senest 02.03.2025 på reg.nr. 7780 konto 1024 5567 (IBAN {iban_spaced(iban('DK', '77800010245567'))}, BIC VEKSDKK1)
eller via FI-kort: \\fB+71<000000582145+88041236<\\fP. Anfør venligst fakturanummer 58214 ved bankoverførsel.
.LP
Ved betaling efter forfaldsdato beregnes morarenter på 0,8 % pr. påbegyndt måned samt et rykkergebyr på 100,00 kr.
Ejendomsforbehold: leverede materialer forbliver Vestjysk VVS & Energi ApS' ejendom, indtil fuld betaling har fundet sted.
.LP
Arbejdsløn i alt ekskl. moms (til brug for evt. håndværkerfradrag): {dk(sum(i[6] for i in items if i[0] in ('T100', 'T110', 'T310')))} kr.
Tidligere faktura 57902 af 15.12.2024 (kr. 18.437,50) er registreret betalt - tak.
.sp 1
Med venlig hilsen
.br
Vestjysk VVS & Energi ApS
.br
Karsten Møller Pedersen, projektleder
""")
write("07_faktura_da.ms", "".join(out))

truth("07_faktura_da.pdf", {
    "invoice_number": "58214",
    "invoice_date": "2025-01-31",
    "due_date": "2025-03-02",
    "customer_name": "Boligforeningen Engparken",
    "subtotal": float(subtotal),
    "vat_amount": float(vat),
    "total": float(total),
}, {"invoice_number": "text", "invoice_date": "date", "due_date": "date", "customer_name": "text",
    "subtotal": "amount", "vat_amount": "amount", "total": "amount"},
    "Danish plumbing contractor invoice (FAKTURA), groff -ms + tbl (Times, standard fonts), 3 pages, 54 lines grouped by "
    "housing block with heading lines. groff page header from page 2 (seller, 'Faktura 58214', 'Side n') and footer with CVR and bank "
    "account on every page. Page 1: letterhead, recipient address left (customer_name first line, 'Att.: Driftskontoret, Jens "
    "Kirkegaard' distractor) and meta table to the right of the address: Fakturanr., Fakturadato, Kundenr., Sagsnr., Rekv.nr., "
    "Tilbud nr. '3318 af 12.11.2024' (date distractor), Forfaldsdato. Work dates per block as distractors. Pages end/begin with "
    "'Transport' running sums. Last page: Beløb ekskl. moms (subtotal), Moms 25 % (vat_amount), I alt DKK inkl. moms (total); "
    "distractors: 'Arbejdsløn i alt ekskl. moms' (labour share), earlier invoice 57902 kr. 18.437,50, FIK line. Number format "
    "1.234,56; dates dd.mm.yyyy.")
