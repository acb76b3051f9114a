"""D03: Australian head-contractor payment claim: portrait cover with claim summary, landscape
schedule of contract works (longtable over two pages), landscape variations register (pdflatex, KOMA)."""
import sys
from common import fmt
import data

d = data.d03()
OUT = sys.argv[1]


def m(x):
    s = fmt(abs(x))
    return f"({s})" if x < 0 else s


def t(s):
    return (str(s).replace("&", r"\&").replace("%", r"\%").replace("$", r"\$").replace("#", r"\#").replace("_", r"\_"))


L = []
L.append(r"""\documentclass[paper=a4,fontsize=9pt,DIV=15]{scrartcl}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage{longtable,array,booktabs,lastpage,xcolor,colortbl}
\usepackage[headsepline,footsepline]{scrlayer-scrpage}
\definecolor{ib}{HTML}{5B3A1E}\definecolor{ibl}{HTML}{F1E9E0}
\pagestyle{scrheadings}
\ihead{\small\textbf{Ironbark Constructions Pty Ltd}\enspace ABN 47 612 508 934}
\chead{\small Payment Claim PC-07 \textperiodcentered{} Contract IBC-C-2231 \textperiodcentered{} 28 February 2025}
\ohead{\small Page \thepage\ of \pageref{LastPage}}
\cfoot[\scriptsize Ironbark Constructions Pty Ltd \textperiodcentered{} Level 3, 88 Phillip Street, Parramatta NSW 2150 \textperiodcentered{} (02) 9635 7710 \textperiodcentered{} claims@ironbarkconstructions.com.au \textperiodcentered{} NSW Builder's Licence 284117C]{\scriptsize Ironbark Constructions Pty Ltd \textperiodcentered{} Level 3, 88 Phillip Street, Parramatta NSW 2150 \textperiodcentered{} (02) 9635 7710 \textperiodcentered{} claims@ironbarkconstructions.com.au \textperiodcentered{} NSW Builder's Licence 284117C}
\ofoot[]{}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\renewcommand{\arraystretch}{1.25}
\pdfinfo{/Title (Payment Claim PC-07 - IBC-C-2231) /Author (Ironbark Constructions Pty Ltd)}
\begin{document}
\thispagestyle{plain.scrheadings}
""")
# ---------------- cover
L.append(r"""{\color{ib}\fontsize{22}{26}\selectfont\textbf{IRONBARK}}\\[-1pt]
{\color{ib}\large CONSTRUCTIONS PTY LTD}\hfill{\small ABN 47 612 508 934}\\
{\small Level 3, 88 Phillip Street, Parramatta NSW 2150 \textperiodcentered{} (02) 9635 7710}
\vspace{6mm}

{\Large\textbf{PAYMENT CLAIM}}\\[2pt]
\emph{This is a payment claim made under the Building and Construction Industry Security of Payment Act 1999 (NSW).}

\vspace{3mm}
\begin{tabular}{@{}p{45mm}p{120mm}@{}}
\textbf{To (Principal)} & Marrickville Living Pty Ltd (ACN 638 401 227), c/- Superintendent: Calder Project Services, Mr J. Whelan \\
\textbf{Claimant} & Ironbark Constructions Pty Ltd \\
\textbf{Project} & Marrickville Mixed-Use Development, 212 Illawarra Road, Marrickville NSW 2204 \\
\textbf{Contract} & AS 4000-1997 (amended), contract no. IBC-C-2231 dated 14 March 2024 \\
\textbf{Claim no.} & PC-07 \\
\textbf{Claim date (reference date)} & 28 February 2025 \\
\textbf{Work up to} & 28 February 2025 \\
\textbf{Previous claim} & PC-06 dated 31 January 2025 (certified 14 February 2025, paid 3 March 2025) \\
\end{tabular}

\vspace{4mm}
\textbf{Summary of claim}\\[2pt]
\begin{tabular}{@{}p{8mm}p{110mm}r@{}}
\toprule
 & & \textbf{AUD} \\ \midrule
""")
rows = [
    ("A", "Value of contract works completed to date (Schedule A)", d["work_todate"]),
    ("B", "Value of approved variations completed to date (Schedule B)", d["var_todate"]),
    ("C", "Gross value of work completed to date (A + B)", d["gross_todate"]),
    ("D", "Less retention held (5\\% of C, limited to 5\\% of the contract sum)", -d["retention"]),
    ("E", "Net value of work completed to date (C -- D)", d["net_todate"]),
    ("F", "Less amount previously claimed and certified (PC-01 to PC-06)", -d["net_prev"]),
    ("G", "Amount of this claim excluding GST (E -- F)", d["this_ex"]),
    ("H", "GST 10\\%", d["gst"]),
]
for k, desc, v in rows:
    bold = k in ("C", "E", "G")
    val = ("\\textbf{" + m(v) + "}") if bold else m(v)
    L.append(f"{k} & {desc} & {val} \\\\\n")
L.append(r"\midrule\rowcolor{ibl}" + f" & \\textbf{{AMOUNT CLAIMED THIS PERIOD (incl. GST)}} & \\textbf{{\\${fmt(d['this_inc'])}}} \\\\ \\bottomrule\n\\end{{tabular}}\n")
L.append(r"""
\vspace{3mm}
Payment is requested within 15 business days of service of this claim, i.e. by \textbf{21 March 2025}, or such earlier time as the contract provides.
Please pay by EFT to Westpac Banking Corporation, BSB 032-089, account 418 552, account name Ironbark Constructions Pty Ltd, quoting PC-07.

A statutory declaration by the claimant's director in the form required by the Act (subcontractor's statement, workers' compensation and payroll tax)
is attached separately, together with the project insurance certificate of currency (policy CW 44718 203, expiring 30 June 2025).
In addition to cash retention, the Principal holds security by way of bank guarantee BG-88412 for \$493,190.00 (5\% of the original contract sum).

Schedules: A -- Schedule of contract works (pages 2--3); B -- Variations register (page 4). Supporting documents: progress photographs, marked-up programme rev.~14.

\vspace{8mm}
\begin{tabular}{@{}p{80mm}p{80mm}@{}}
\rule{70mm}{0.4pt} & \rule{60mm}{0.4pt}\\
Daniel Ferreira, Director & Date: 28 February 2025 \\
for and on behalf of Ironbark Constructions Pty Ltd & \\
\end{tabular}
\clearpage
\KOMAoptions{paper=landscape,pagesize}\recalctypearea
""")
# ---------------- schedule A
L.append(r"""{\large\textbf{Schedule A -- Schedule of contract works (progress to 28 February 2025)}}\\[2pt]
{\small Contract sum (original) \$""" + fmt(d["contract"]) + r""" excl. GST. Percentages assessed by Ironbark and issued to the Superintendent for certification.}

\begin{longtable}{@{}p{11mm}p{88mm}rrrrrr@{}}
\rowcolor{ib}\color{white}\textbf{Item} & \color{white}\textbf{Trade / element} & \color{white}\textbf{Contract value} & \color{white}\textbf{Prev.~\%} & \color{white}\textbf{Previously claimed} & \color{white}\textbf{To date \%} & \color{white}\textbf{Value to date} & \color{white}\textbf{This claim} \\
\endfirsthead
\rowcolor{ib}\color{white}\textbf{Item} & \color{white}\textbf{Trade / element} & \color{white}\textbf{Contract value} & \color{white}\textbf{Prev.~\%} & \color{white}\textbf{Previously claimed} & \color{white}\textbf{To date \%} & \color{white}\textbf{Value to date} & \color{white}\textbf{This claim} \\
\multicolumn{8}{@{}l}{\small\emph{Schedule A continued}}\\
\endhead
\multicolumn{8}{r@{}}{\small\emph{continued on next page}}\\
\endfoot
\endlastfoot
""")
for r in d["rows"]:
    L.append(f"{r['code']} & {t(r['desc'])} & {fmt(r['value'])} & {r['p0']}\\% & {fmt(r['prev'])} & {r['p1']}\\% & {fmt(r['todate'])} & {fmt(r['this'])} \\\\\n")
    if r["code"] in ("3.05", "6.07"):
        pass
tw = sum(r["this"] for r in d["rows"])
L.append(r"\midrule\rowcolor{ibl}" + f" & \\textbf{{Total contract works}} & \\textbf{{{fmt(d['contract'])}}} & & \\textbf{{{fmt(d['work_prev'])}}} & & \\textbf{{{fmt(d['work_todate'])}}} & \\textbf{{{fmt(tw)}}} \\\\\n")
L.append(r"\end{longtable}" + "\n")
L.append(r"""{\small Value to date carried to the claim summary (line A). Percentages for items 7.01--9.05 reflect materials delivered to site and
installed; unfixed materials on site are not claimed (clause 37.3).}
\clearpage
""")
# ---------------- schedule B
L.append(r"""{\large\textbf{Schedule B -- Variations register}}\\[2pt]
{\small Status as at 28 February 2025. Only approved variations are included in the value of work completed (claim summary line B).}

\begin{longtable}{@{}p{12mm}p{110mm}p{20mm}rrr@{}}
\rowcolor{ib}\color{white}\textbf{No.} & \color{white}\textbf{Description} & \color{white}\textbf{Status} & \color{white}\textbf{Variation amount} & \color{white}\textbf{\% complete} & \color{white}\textbf{Value completed} \\
\endhead
""")
for v in d["vars"]:
    pct = (str(v["pct"]) + "\\%") if v["status"] == "Approved" else "--"
    L.append(f"{v['no']} & {t(v['desc'])} & {v['status']} & {m(v['amount'])} & {pct} & {m(v['done'])} \\\\\n")
L.append(r"\midrule" + f" & \\textbf{{Total approved variations}} & & \\textbf{{{fmt(d['approved'])}}} & & \\textbf{{{fmt(d['var_todate'])}}} \\\\\n")
L.append(f" & Pending and disputed variations (not claimed) & & {fmt(d['pending'])} & & -- \\\\\n")
L.append(r"\bottomrule" + "\n" + r"\end{longtable}" + "\n")
L.append(r"""
\vspace{4mm}
\begin{tabular}{@{}p{110mm}r@{}}
Original contract sum (excl. GST) & """ + fmt(d["contract"]) + r""" \\
Add total approved variations & """ + fmt(d["approved"]) + r""" \\
\midrule
\textbf{Revised contract sum (excl. GST)} & \textbf{""" + fmt(d["revised"]) + r"""} \\
\end{tabular}

\vspace{3mm}
{\small V09 and V11 have been submitted for the Superintendent's direction (RFI-212 and RFI-219). V13 is subject to a notice of dispute under
clause 42.1 dated 17 February 2025; the claimant reserves its rights. Extension of time claims EOT-05 and EOT-06 (14 working days in total) are
not included in this payment claim.}
\end{document}
""")
open(f"{OUT}/s23_progress_claim_au.tex", "w").write("".join(L))
