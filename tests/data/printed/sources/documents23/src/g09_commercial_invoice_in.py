"""D09: Indian export commercial invoice (boxed header, longtable of 24 items over two pages, CIF
totals) followed by the packing list with carton and weight totals (pdflatex, fancyhdr)."""
import sys
from common import fmt
import data

d = data.d09()
OUT = sys.argv[1]
INV = d["invoice_number"]


def t(s):
    return str(s).replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")


L = [r"""\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[a4paper,margin=12mm,top=16mm,bottom=16mm,headsep=4mm]{geometry}
\usepackage{longtable,array,lastpage,fancyhdr,multirow,eurosym}
\setlength{\parindent}{0pt}
\renewcommand{\arraystretch}{1.2}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.3pt}
\lhead{\small KAVERI HANDLOOM EXPORTS PVT. LTD.}
\rhead{\small Invoice No. """ + t(INV) + r""" dt. 20.02.2025 \quad Page \thepage\ of \pageref{LastPage}}
\cfoot{\scriptsize Regd. Office: 14/2 Kovai Road, Karur 639002, Tamil Nadu, India \textperiodcentered{} CIN U17111TZ2009PTC015382 \textperiodcentered{} GSTIN 33AAFCK5521P1Z3 \textperiodcentered{} IEC 0412038876}
\pdfinfo{/Title (Commercial Invoice """ + t(INV) + r""") /Author (Kaveri Handloom Exports Pvt. Ltd.)}
\newcolumntype{R}[1]{>{\raggedleft\arraybackslash}p{#1}}
\newcolumntype{C}[1]{>{\centering\arraybackslash}p{#1}}
\begin{document}
"""]
# --- commercial invoice header box
L.append(r"""\begin{center}{\Large\textbf{COMMERCIAL INVOICE}}\\{\small (Supply meant for export under LUT without payment of IGST)}\end{center}
\vspace{-2mm}
\begin{tabular}{|p{88mm}|p{44mm}|p{44mm}|}\hline
\multirow{4}{88mm}{\parbox[t]{86mm}{\textbf{Exporter}\\KAVERI HANDLOOM EXPORTS PVT. LTD.\\14/2 Kovai Road, Karur 639002, Tamil Nadu, India\\
Tel +91 4324 231 877 \textperiodcentered{} exports@kaverihandloom.in\\GSTIN 33AAFCK5521P1Z3 \textperiodcentered{} PAN AAFCK5521P}}
 & \textbf{Invoice No. \& Date} & \textbf{Exporter's Ref.} \\
 & """ + t(INV) + r"""\newline dt. 20.02.2025 & IEC No. 0412038876 \\\cline{2-3}
 & \multicolumn{2}{p{92mm}|}{\textbf{Buyer's Order No. \& Date}\quad NHL-PO-25-0144 dt. 08.01.2025} \\\cline{2-3}
 & \multicolumn{2}{p{92mm}|}{\textbf{Other Reference(s)}\quad LUT ARN AD3303240123457 dt. 28.03.2024 \textperiodcentered{} AD Code 0510073} \\[20mm]\hline
\parbox[t]{86mm}{\textbf{Consignee}\\NORDHAUS LIVING GMBH\\Lagerstraße 11, Halle 4\\20357 Hamburg, Germany\\VAT DE318204776 \textperiodcentered{} EORI DE4471830261940}
 & \multicolumn{2}{p{92mm}|}{\parbox[t]{90mm}{\textbf{Buyer (if other than consignee)}\\Same as consignee\\[2mm]\textbf{Country of origin of goods:} INDIA\\\textbf{Country of final destination:} GERMANY}} \\[16mm]\hline
\parbox[t]{86mm}{\textbf{Pre-carriage by}\ Road \hfill \textbf{Place of receipt}\ Karur ICD}
 & \multicolumn{2}{p{92mm}|}{\multirow{3}{92mm}{\parbox[t]{90mm}{\textbf{Terms of delivery and payment}\\CIF Hamburg (Incoterms 2020)\\30\% advance (received 15.01.2025), balance 70\% D/P at sight through\\State Bank of India, Karur Main Branch (SWIFT SBININBB448)}}} \\\cline{1-1}
\parbox[t]{86mm}{\textbf{Vessel/Flight No.}\ MSC ARINA FX507W \hfill \textbf{Port of loading}\ Tuticorin (INTUT1)} & \multicolumn{2}{p{92mm}|}{} \\\cline{1-1}
\parbox[t]{86mm}{\textbf{Port of discharge}\ Hamburg (DEHAM) \hfill \textbf{Final destination}\ Hamburg} & \multicolumn{2}{p{92mm}|}{} \\\hline
\end{tabular}

\vspace{2mm}
""")
# --- items
HEAD = (r"\hline \textbf{Sl.} & \textbf{Marks \& Nos.} & \textbf{Description of goods} & \textbf{HS code} & \textbf{Qty (pcs)} & \textbf{Rate (EUR)} & \textbf{Amount (EUR)} \\ \hline")
L.append(r"\begin{longtable}{|C{6mm}|p{20mm}|p{74mm}|C{15mm}|R{14mm}|R{14mm}|R{19mm}|}" + "\n" + HEAD + r"\endfirsthead" + "\n")
L.append(r"\multicolumn{7}{l}{\small\emph{Commercial Invoice " + t(INV) + r" -- continued}}\\" + HEAD + r"\endhead" + "\n")
L.append(r"\hline\multicolumn{7}{r}{\small\emph{continued overleaf}}\\\endfoot" + "\n" + r"\hline\endlastfoot" + "\n")
for i, l in enumerate(d["lines"], 1):
    marks = f"NHL/HAM\\newline C/No. {l['c_from']}--{l['c_to']}"
    L.append(f"{i} & {marks} & {t(l['desc'])}\\newline Style {l['code']} \\textperiodcentered{{}} {l['ctns']} cartons & {l['hs']} & {l['qty']:,} & {fmt(l['price'])} & {fmt(l['amt'])} \\\\ \\hline\n")
qty = sum(l["qty"] for l in d["lines"])
L.append(r"\multicolumn{4}{|r|}{\textbf{Total FOB value}} & \textbf{" + f"{qty:,}" + r"} & & \textbf{" + fmt(d["fob"]) + r"} \\ \hline" + "\n")
L.append(r"\multicolumn{6}{|r|}{Add: Ocean freight (Tuticorin -- Hamburg, 1 x 40' HC)} & " + fmt(d["freight"]) + r" \\ \hline" + "\n")
L.append(r"\multicolumn{6}{|r|}{Add: Marine insurance (110\% of CIF, policy OC-25-418873, New India Assurance)} & " + fmt(d["insurance"]) + r" \\ \hline" + "\n")
L.append(r"\multicolumn{6}{|r|}{\textbf{TOTAL CIF VALUE HAMBURG (EUR)}} & \textbf{" + fmt(d["total"]) + r"} \\ \hline" + "\n")
L.append(r"\end{longtable}" + "\n")
L.append(r"""\textbf{Amount chargeable (in words):} EURO NINETY NINE THOUSAND THREE HUNDRED SIXTY EIGHT AND CENTS FORTY ONLY\\[1mm]
\textbf{Total packages:} """ + str(d["cartons"]) + r""" cartons (details as per packing list) \quad \textbf{Net weight:} """ + fmt(d["total_net"]) + r""" kg \quad \textbf{Container:} MSCU 718204-6 (40' HC)\\[1mm]
\textbf{Bank details (beneficiary):} State Bank of India, Karur Main Branch, A/c 38714420917, SWIFT SBININBB448; intermediary: Commerzbank AG Frankfurt, COBADEFFXXX.\\[1mm]
\textbf{Declaration:} We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.
The goods are of Indian origin; REX registration INREX0412038876DG019. The exporter of the products covered by this document declares that,
except where otherwise clearly indicated, these products are of Indian preferential origin according to rules of origin of the GSP of the European Union.

\vspace{8mm}
\hfill\begin{tabular}{c}for KAVERI HANDLOOM EXPORTS PVT. LTD.\\[10mm] Authorised Signatory\\ (S. Ramanathan, Director)\end{tabular}
\clearpage
""")
# --- packing list
L.append(r"""\begin{center}{\Large\textbf{PACKING LIST}}\end{center}
\vspace{-2mm}
\begin{tabular}{|p{88mm}|p{88mm}|}\hline
\textbf{Exporter:} Kaveri Handloom Exports Pvt. Ltd., Karur & \textbf{Packing list no.:} KHE/PL/2024-25/0387 dt. 20.02.2025 \\
\textbf{Consignee:} Nordhaus Living GmbH, Hamburg & \textbf{Against invoice:} """ + t(INV) + r""" \\
\textbf{Buyer's order:} NHL-PO-25-0144 & \textbf{Shipping bill:} 7718402 dt. 21.02.2025 (Tuticorin) \\
\textbf{Container:} MSCU 718204-6 (1 x 40' HC) & \textbf{Seal no.:} ML-IN 2284710 \\\hline
\end{tabular}

\vspace{2mm}
""")
PH = r"\hline \textbf{Sl.} & \textbf{Carton nos.} & \textbf{Style / description} & \textbf{Pcs/ctn} & \textbf{Ctns} & \textbf{Total pcs} & \textbf{Net wt/ctn (kg)} & \textbf{Gross wt/ctn (kg)} & \textbf{Total net (kg)} & \textbf{Total gross (kg)} \\ \hline"
L.append(r"\setlength{\tabcolsep}{3pt}\begin{longtable}{|C{5mm}|C{15mm}|p{50mm}|R{10mm}|R{8mm}|R{11mm}|R{12mm}|R{12mm}|R{14mm}|R{15mm}|}" + "\n" + PH + r"\endhead" + "\n")
for i, l in enumerate(d["lines"], 1):
    short = l["desc"].split(",")[0]
    L.append(f"{i} & {l['c_from']}--{l['c_to']} & {l['code']} {t(short)} & {l['per_ctn']} & {l['ctns']} & {l['qty']:,} & {fmt(l['net'])} & {fmt(l['gross'])} & {fmt(l['tnet'])} & {fmt(l['tgross'])} \\\\ \\hline\n")
L.append(r"\multicolumn{4}{|r|}{\textbf{TOTAL}} & \textbf{" + str(d["cartons"]) + r"} & \textbf{" + f"{qty:,}" + r"} & & & \textbf{" + fmt(d["total_net"]) + r"} & \textbf{" + fmt(d["total_gross"]) + r"} \\ \hline" + "\n")
L.append(r"\end{longtable}" + "\n")
L.append(r"""\begin{tabular}{@{}ll@{}}
Total number of cartons: & """ + str(d["cartons"]) + r""" (four hundred twelve) 5-ply corrugated cartons \\
Total net weight: & """ + fmt(d["total_net"]) + r""" kg \\
Total gross weight: & \textbf{""" + fmt(d["total_gross"]) + r""" kg} \\
Total volume: & 46.2 CBM \\
Carton size: & 60 x 40 x 45 cm (styles KHE-TH, KHE-DC: 65 x 45 x 50 cm) \\
\end{tabular}

\vspace{3mm}
Marks: NHL/HAM, carton number, style number, quantity, ``MADE IN INDIA''. Each carton sealed with BOPP tape and strapped; pieces individually
poly-bagged with suffocation warning in German and English.

\vspace{10mm}
\hfill\begin{tabular}{c}for KAVERI HANDLOOM EXPORTS PVT. LTD.\\[10mm] Authorised Signatory\end{tabular}
\end{document}
""")
open(f"{OUT}/s23_commercial_invoice_in.tex", "w").write("".join(L))
