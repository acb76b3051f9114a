"""Writes the LaTeX of s26_17 (Indian GST tax invoice, textiles, multi-page) from s26_17_items.json."""
import json, os, sys
from decimal import Decimal as D, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "s26_17_items.json")))

def inr(x):
    x = D(x).quantize(D("0.01"))
    s = f"{x:.2f}"; neg = s.startswith("-"); s = s.lstrip("-")
    i, f = s.split(".")
    if len(i) > 3:
        head, tail = i[:-3], i[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:]); head = head[:-2]
        if head: groups.insert(0, head)
        i = ",".join(groups + [tail])
    return ("-" if neg else "") + i + "." + f

ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()
def w99(n): return ONES[n] if n < 20 else TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
def w999(n):
    h, r = divmod(n, 100)
    return ((ONES[h] + " Hundred" + (" " if r else "")) if h else "") + (w99(r) if r or not h else "")
def words(n):
    parts = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        q, n = divmod(n, div)
        if q: parts.append(w999(q) + " " + name)
    if n: parts.append(w999(n))
    return " ".join(parts)
def tx(s): return s.replace("&", r"\&").replace("%", r"\%").replace('"', "''")

rows = []
for k, it in enumerate(d["items"], 1):
    rows.append(f"{k} & {tx(it['desc'])} & {it['hsn']} & {D(it['qty']):.2f} Mtr & {inr(it['rate'])} & Mtr & {inr(it['amt'])} \\\\")
# HSN summary
hs = {}
for it in d["items"]:
    hs[it["hsn"]] = hs.get(it["hsn"], D(0)) + D(it["amt"])
hs["9965"] = D(d["freight"])
hsum = []; igst_sum = D(0)
for h in sorted(hs):
    v = hs[h]; t = (v * D("0.05")).quantize(D("0.01"), rounding=ROUND_HALF_UP); igst_sum += t
    hsum.append(f"{h} & {inr(v)} & 5\\% & {inr(t)} & {inr(t)} \\\\")
assert igst_sum == D(d["igst"]), (igst_sum, d["igst"])
tot = D(d["total"]); assert tot == tot.to_integral()
igst = D(d["igst"]); ip, pp = divmod(int(igst * 100), 100)
igst_words = f"INR {words(ip)} and {w99(pp)} paise Only"
tot_words = f"INR {words(int(tot))} Only"
total_mtr = sum(D(i["qty"]) for i in d["items"])

tex = r"""\documentclass[9pt]{extarticle}
\usepackage[a4paper,top=12mm,bottom=16mm,left=12mm,right=12mm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[scaled=0.92]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage{array,longtable,tabularx,multirow}
\usepackage{fancyhdr,lastpage}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\cfoot{\scriptsize This is a Computer Generated Invoice \quad Page \thepage\ of \pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\tabcolsep}{3pt}
\renewcommand{\arraystretch}{1.15}
\begin{document}
\begin{center}{\large\bfseries Tax Invoice}\hfill{\small (ORIGINAL FOR RECIPIENT)}\end{center}
\vspace{-4pt}
\begin{tabularx}{\textwidth}{|X|l|l|}\hline
\multirow{4}{=}{\textbf{SHREE GANESH TEXTILES PVT. LTD.}\newline Shop 214--216, Millennium Textile Market-2\newline Ring Road, Surat, Gujarat 395002\newline GSTIN/UIN: 24AAKCS4417M1Z6\newline State Name: Gujarat, Code: 24\newline E-Mail: accounts@shreeganeshtex.in}
 & Invoice No. & Dated \\
 & \textbf{SGT/24-25/1187} & \textbf{20-Mar-2025} \\\cline{2-3}
 & Delivery Note & Mode/Terms of Payment \\
 & DN/24-25/1502 & 45 Days \\\cline{2-3}
 & Buyer's Order No. & Dated \\
 & \textbf{KF/PO/0932} & 03-Mar-2025 \\\hline
\multirow{4}{=}{Buyer (Bill to)\newline\textbf{Kaveri Fashions}\newline No. 82, 4th Cross, Gandhinagar\newline Bengaluru, Karnataka 560009\newline GSTIN/UIN: 29ACFPK3318G1ZQ\newline State Name: Karnataka, Code: 29}
 & Dispatch Doc No. & Delivery Note Date \\
 & LR-558173 & 20-Mar-2025 \\\cline{2-3}
 & Dispatched through & Destination \\
 & VRL Logistics & Bengaluru \\\cline{2-3}
 & e-Way Bill No. & Terms of Delivery \\
 & 2417 0933 8821 & Door delivery, freight prepaid \\\hline
\end{tabularx}

\setlength{\LTleft}{0pt}
\begin{longtable}{|r|p{9.0cm}|l|r|r|l|r|}
\hline
\textbf{Sl} & \textbf{Description of Goods} & \textbf{HSN/SAC} & \textbf{Quantity} & \textbf{Rate} & \textbf{per} & \textbf{Amount} \\\hline
\endfirsthead
\hline
\multicolumn{7}{|l|}{\small Invoice SGT/24-25/1187 dated 20-Mar-2025 -- continued} \\\hline
\textbf{Sl} & \textbf{Description of Goods} & \textbf{HSN/SAC} & \textbf{Quantity} & \textbf{Rate} & \textbf{per} & \textbf{Amount} \\\hline
\endhead
\hline\multicolumn{7}{|r|}{\small continued to page \the\numexpr\thepage+1\relax} \\\hline
\endfoot
\endlastfoot
""" + "\n".join(rows) + r"""
\hline
 & \multicolumn{2}{r|}{Freight \& Forwarding Charges} & & & & """ + inr(d["freight"]) + r""" \\
 & \multicolumn{2}{r|}{IGST Output @ 5\%} & & & & """ + inr(d["igst"]) + r""" \\
 & \multicolumn{2}{r|}{Round Off} & & & & """ + inr(d["roundoff"]) + r""" \\\hline
 & \multicolumn{2}{r|}{\textbf{Total}} & \textbf{""" + f"{total_mtr:,.2f}" + r""" Mtr} & & & \textbf{\rupeesym """ + inr(d["total"]) + r"""} \\\hline
\multicolumn{7}{|l|}{Amount Chargeable (in words): \textbf{""" + tot_words + r"""}\hfill E.\&O.E\ } \\\hline
\end{longtable}

\begin{tabularx}{\textwidth}{|X|r|r|r|r|}\hline
\textbf{HSN/SAC} & \textbf{Taxable Value} & \textbf{IGST Rate} & \textbf{IGST Amount} & \textbf{Total Tax Amount} \\\hline
""" + "\n".join(hsum) + r"""
\hline
\textbf{Total} & \textbf{""" + inr(d["taxable"]) + r"""} & & \textbf{""" + inr(d["igst"]) + r"""} & \textbf{""" + inr(d["igst"]) + r"""} \\\hline
\multicolumn{5}{|l|}{Tax Amount (in words): \textbf{""" + igst_words + r"""}} \\\hline
\end{tabularx}

\vspace{6pt}
\begin{tabularx}{\textwidth}{|X|X|}\hline
Company's PAN: AAKCS4417M \newline
\underline{Declaration}\newline We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.
Interest @ 18\% p.a. will be charged if payment is not made within 45 days. Subject to Surat jurisdiction.
&
Company's Bank Details\newline
Bank Name: HDFC Bank Ltd \newline
A/c No.: 50200041188273 \newline
Branch \& IFS Code: Ring Road, Surat \& HDFC0001706 \newline\newline
\hfill\textbf{for SHREE GANESH TEXTILES PVT. LTD.}\newline\newline\newline\hfill Authorised Signatory \\\hline
\end{tabularx}
\end{document}
"""
tex = tex.replace(r"\rupeesym ", "Rs. ")
open(sys.argv[1], "w").write(tex)
