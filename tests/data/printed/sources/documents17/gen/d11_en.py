"""UK current-account statement, pdflatex (helvet), 4 pages."""
import datetime
import random
from common import *

rnd = random.Random(1711)
opening = D("2418.63")
tx = []  # (date, type, desc, out, in)
SHOPS = ["TESCO STORES 3241 BRISTOL", "SAINSBURYS S/MKTS BRISTOL", "CO-OP GROUP 070123 BRISTOL", "GREGGS PLC BRISTOL",
         "BOOTS 1108 BRISTOL", "SHELL GLOUCESTER RD", "AMAZON.CO.UK*RT4K21", "ALDI 84 FILTON", "COSTA COFFEE 43321",
         "TFL TRAVEL CH", "FIRST BUS BRISTOL", "WAITROSE 512 CLIFTON", "DELIVEROO", "LIDL GB BRISTOL", "TRAINLINE.COM",
         "SCREWFIX DIRECT", "ARGOS LTD", "PRET A MANGER TEMPLE"]
for day in range(1, 29):
    for _ in range(rnd.choice([1, 2, 2, 3, 3, 4])):
        amt = q2(D(rnd.randint(180, 4200)) / 100)
        tx.append((day, "DEB", rnd.choice(SHOPS), amt, None))
fixed = [
    (1, "DD", "BRISTOL CITY COUNCIL CT REF 40118827", D("187.00"), None),
    (1, "SO", "MRS E WHITCOMBE RENT SHARE", None, D("450.00")),
    (3, "DD", "OCTOPUS ENERGY A-3F21C7", D("142.60"), None),
    (5, "DD", "VIRGIN MEDIA PYMTS 00218834", D("58.25"), None),
    (7, "FPO", "J HARTLEY ALLOTMENT 2025", D("35.00"), None),
    (10, "DD", "BRISTOL WATER 7731220", D("39.80"), None),
    (12, "DD", "VITALITY LIFE 1188203", D("32.14"), None),
    (14, "FPI", "HMRC TAX REFUND 2023-24", None, D("214.85")),
    (15, "SO", "HARBOUR MARSH SAVINGS 41207747", D("300.00"), None),
    (17, "ATM", "CASH NOTEMACHINE GLOUCESTER RD 17FEB", D("60.00"), None),
    (18, "DD", "PUREGYM LTD", D("24.99"), None),
    (20, "CHQ", "CHEQUE 000118", D("120.00"), None),
    (21, "DD", "ADMIRAL INSURANCE MOTOR", D("46.71"), None),
    (24, "FPI", "M PATEL SPLIT DINNER", None, D("37.50")),
    (25, "DD", "EE LIMITED 77210431", D("27.00"), None),
    (26, "BGC", "AVONBRIDGE ENGINEERING LTD SALARY FEB", None, D("3509.50")),
    (27, "DD", "SANTANDER MORTGAGE 55120044", D("1_184.23".replace("_", "")), None),
    (28, "FPO", "HMRC SELF ASSESSMENT UTR 4418203311", D("512.40"), None),
]
tx += fixed
tx.sort(key=lambda t: (t[0], 0 if t[4] else 1, t[2]))
money_in = sum(t[4] for t in tx if t[4])
money_out = sum(t[3] for t in tx if t[3])
closing = opening + money_in - money_out
print(len(tx), money_in, money_out, closing)
assert closing > 0
sizes = [24, 30, 30, len(tx) - 84]
print(sizes)
pages = chunk(tx, sizes)
IB = iban("GB", "HAMB20456741207739")


def tex_esc(s):
    return s.replace("&", "\\&").replace("#", "\\#").replace("_", "\\_").replace("*", "*")


def mon(x):
    return us(x)


preamble = r"""\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}
\usepackage[scaled=0.92]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,top=30mm,bottom=24mm,left=17mm,right=17mm,headheight=30pt,headsep=8mm]{geometry}
\usepackage{fancyhdr,array,xcolor,colortbl,tabularx}
\definecolor{hm}{HTML}{00594F}
\definecolor{hml}{HTML}{E3F0EE}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{{\Large\bfseries\color{hm} Harbour \& Marsh}\\ \small Everyday Current Account}
\fancyhead[R]{\small Mr Daniel J Whitcombe\\ Sort code 20-45-67 \quad Account number 41207739\\ 1 February to 28 February 2025 \quad Sheet 38}
\fancyfoot[L]{\tiny Harbour \& Marsh Bank plc. Registered in England and Wales no. 04418270. Registered office: 12 Narrow Quay, Bristol BS1 4QA.\\
Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA (FRN 229104).}
\fancyfoot[R]{\small Page \thepage\ of 4}
\renewcommand{\headrulewidth}{0.8pt}\renewcommand{\footrulewidth}{0.3pt}
\setlength{\parindent}{0pt}
\renewcommand{\arraystretch}{1.18}
\begin{document}
"""
body = []
body.append(r"""\begin{minipage}[t]{0.5\linewidth}
\vspace{4mm}
Mr Daniel J Whitcombe\\
27 Ferndale Road\\
Bishopston\\
Bristol\\
BS7 8LQ
\end{minipage}\hfill
\begin{minipage}[t]{0.44\linewidth}
\begin{tabular}{|>{\columncolor{hml}}l|r|}\hline
\multicolumn{2}{|l|}{\cellcolor{hm}\color{white}\bfseries Your account summary}\\\hline
Opening balance 1 February 2025 & \textsterling OPENING \\\hline
Money in & \textsterling MONEYIN \\\hline
Money out & \textsterling MONEYOUT \\\hline
\bfseries Closing balance 28 February 2025 & \bfseries \textsterling CLOSING \\\hline
Arranged overdraft limit & \textsterling 1,000.00 \\\hline
\end{tabular}
\end{minipage}

\vspace{6mm}
\begin{tabular}{@{}ll@{\qquad}ll@{}}
Account name & Mr Daniel J Whitcombe & Statement date & 3 March 2025 \\
Sort code & 20-45-67 & Account number & 41207739 \\
IBAN & IBANSP & BIC & HAMBGB2L \\
Branch & Bristol Gloucester Road & Statement number & 38 \\
\end{tabular}

\vspace{3mm}
{\small Your deposits with us are eligible for protection under the Financial Services Compensation Scheme up to
\textsterling 85,000. Please check your statement carefully and tell us straight away about anything you do not recognise.}

\vspace{3mm}
""")

HEAD = r"""\begin{tabularx}{\linewidth}{@{}p{13mm}p{9mm}Xrrr@{}}
\rowcolor{hm}\color{white}\bfseries Date & \color{white}\bfseries Type & \color{white}\bfseries Payment details & \color{white}\bfseries Paid out & \color{white}\bfseries Paid in & \color{white}\bfseries Balance \\
"""
bal = opening
for p, its in enumerate(pages, 1):
    if p > 1:
        body.append("\\newpage\n")
    body.append(HEAD)
    if p == 1:
        body.append(f" 1 Feb 25 & & \\bfseries BALANCE BROUGHT FORWARD & & & \\bfseries {mon(bal)} \\\\\n")
    else:
        body.append(f" & & \\itshape Balance brought forward from previous page & & & \\itshape {mon(bal)} \\\\\n")
    prev_day = None
    for k, (day, typ, desc, out, inn) in enumerate(its):
        bal = bal - (out or 0) + (inn or 0)
        last_of_day = (k == len(its) - 1) or its[k + 1][0] != day
        dstr = f"{day:2d} Feb 25" if day != prev_day else ""
        prev_day = day
        body.append(f"{dstr} & {typ} & {tex_esc(desc)} & {mon(out) if out else ''} & {mon(inn) if inn else ''} & {mon(bal) if last_of_day else ''} \\\\\n")
    if p < len(pages):
        body.append(f"\\hline & & \\itshape Balance carried forward to next page & & & \\itshape {mon(bal)} \\\\\n")
    else:
        body.append(f"\\hline 28 Feb 25 & & \\bfseries BALANCE CARRIED FORWARD & & & \\bfseries {mon(bal)} \\\\\n")
    body.append("\\end{tabularx}\n")
assert bal == closing
body.append(r"""
\vspace{5mm}
\begin{tabular}{|>{\columncolor{hml}}l|r|}\hline
Total paid out in February & \textsterling MONEYOUT \\\hline
Total paid in in February & \textsterling MONEYIN \\\hline
Average balance for February & \textsterling 2,905.17 \\\hline
\end{tabular}

\vspace{4mm}
{\small \textbf{Interest and charges.} Credit interest on balances up to \textsterling 5,000: 1.00\% AER (variable), paid monthly on the
first working day. Arranged overdraft interest rate: 39.9\% EAR (variable). There are no fees for this statement period.
Your next statement will be produced on 3 April 2025. Any interest or charges for February will be taken on 14 March 2025.

\medskip
\textbf{Transaction types:} ATM cash machine; BGC bank giro credit; CHQ cheque; DD direct debit; DEB debit card;
FPI faster payment in; FPO faster payment out; SO standing order.

\medskip
If you have a complaint, call us on 0345 300 4412 or write to Customer Relations, PO Box 771, Bristol BS99 5HB.
If you are not satisfied with our response you can contact the Financial Ombudsman Service.}
\end{document}
""")
tex = preamble + "".join(body)
tex = (tex.replace("OPENING", mon(opening)).replace("MONEYIN", mon(money_in)).replace("MONEYOUT", mon(money_out))
       .replace("CLOSING", mon(closing)).replace("IBANSP", iban_spaced(IB)))
write("11_statement_uk.tex", tex)

truth("11_statement_uk.pdf", {
    "customer_name": "Mr Daniel J Whitcombe",
    "account_number": "41207739",
    "sort_code": "20-45-67",
    "iban": IB,
    "statement_date": "2025-03-03",
    "opening_balance": float(opening),
    "closing_balance": float(closing),
}, {"customer_name": "text", "account_number": "text", "sort_code": "text", "iban": "text", "statement_date": "date",
    "opening_balance": "amount", "closing_balance": "amount"},
    "UK personal current-account statement, pdfLaTeX (Helvetica), 4 pages, 92 transactions with a running Balance column "
    "(balance shown at end of each day). Running header on every page: bank name, customer name, sort code, account number, "
    "period '1 February to 28 February 2025', 'Sheet 38'. Page 1: address block, account summary box (Opening balance 1 "
    "February 2025, Money in, Money out, Closing balance 28 February 2025, overdraft limit £1,000.00 distractor), key/value "
    "block: Account name, Statement date 3 March 2025 (statement_date), Sort code, Account number, IBAN (printed in 4-char "
    "groups; truth without spaces), BIC, Statement number 38. Table starts 'BALANCE BROUGHT FORWARD' and pages end/begin with "
    "'Balance carried forward to next page' / 'Balance brought forward from previous page' (intermediate balances = "
    "distractors). Last page 'BALANCE CARRIED FORWARD' (closing), totals, Average balance distractor, next statement date "
    "3 April 2025 and 14 March 2025 (distractor dates). Amounts with £ and thousands commas.")
