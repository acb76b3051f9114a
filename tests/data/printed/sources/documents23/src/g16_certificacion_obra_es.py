"""D16: Spanish contractor's invoice for progress certification no. 5: portrait invoice page, then the
"relación valorada" on landscape pages (pdflscape, rotated) with "Suma y sigue" carried between pages
and a summary by chapter (pdflatex)."""
import sys
from common import fmt, D
import data

d = data.d16()
OUT = sys.argv[1]
NR = d["invoice_number"]


def e(x):
    return fmt(x, "eu")


def t(s):
    return str(s).replace("&", r"\&").replace("%", r"\%").replace("#", r"\#")


L = [r"""\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}
\usepackage{array,booktabs,lastpage,fancyhdr,xcolor,colortbl,pdflscape,longtable}
\definecolor{cg}{HTML}{0E5A4A}\definecolor{cgl}{HTML}{E3F0EC}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pagestyle{fancy}\fancyhf{}
\lhead{\footnotesize\textbf{CONSTRUCCIONES GUADALMEDINA, S.L.} -- CIF B92874613}
\rhead{\footnotesize Factura """ + t(NR) + r""" \textperiodcentered{} Certificación nº 5 \textperiodcentered{} Página \thepage\ de \pageref{LastPage}}
\cfoot{\scriptsize Construcciones Guadalmedina, S.L. -- C/ Hilera 14, 29007 Málaga -- Inscrita en el Registro Mercantil de Málaga, tomo 4.812, folio 96, hoja MA-107.344 -- CIF B92874613}
\renewcommand{\headrulewidth}{0.4pt}
\newcolumntype{R}[1]{>{\raggedleft\arraybackslash}p{#1}}
\pdfinfo{/Title (Factura """ + t(NR) + r""" - Certificacion 5) /Author (Construcciones Guadalmedina S.L.)}
\begin{document}
"""]
L.append(r"""{\color{cg}\Huge\textbf{GUADALMEDINA}}\\[-2pt]
{\color{cg}\small CONSTRUCCIONES GUADALMEDINA, S.L. \textperiodcentered{} C/ Hilera 14, 29007 Málaga \textperiodcentered{} Tel. 952 30 61 48 \textperiodcentered{} administracion@guadalmedina.es}

\vspace{5mm}
\begin{minipage}[t]{0.48\textwidth}
\textbf{FACTURA}\\[2pt]
\begin{tabular}{@{}ll@{}}
Nº factura: & \textbf{""" + t(NR) + r"""}\\
Fecha de factura: & 31/01/2025\\
Certificación nº: & 5 (mes de enero de 2025)\\
Contrato: & CT-PCA-2023/018 de 12/06/2023\\
Obra: & 24 viviendas, garajes y trasteros\\
 & Parcela R-7, Sector SUP-T.8, Torremolinos\\
Expediente licencia: & LO-2023/0417\\
\end{tabular}
\end{minipage}\hfill
\begin{minipage}[t]{0.45\textwidth}
\fbox{\parbox{0.95\textwidth}{\textbf{Cliente}\\PROMOCIONES COSTA ALBORÁN, S.A.\\Avda. Jesús Santos Rein 22, 4ª planta\\29640 Fuengirola (Málaga)\\CIF: A29415837}}
\end{minipage}

\vspace{6mm}
\textbf{Concepto:} Certificación nº 5 de las obras de construcción de 24 viviendas, garajes y trasteros en la parcela R-7 del Sector SUP-T.8 de
Torremolinos, correspondiente a los trabajos ejecutados en el mes de enero de 2025, según relación valorada adjunta (páginas 2 a 4) conformada por
la Dirección Facultativa (D. Álvaro Ruiz Prados, arquitecto) con fecha 30/01/2025.

\vspace{3mm}
\begin{tabular}{@{}p{110mm}R{35mm}@{}}
\toprule
\textbf{Resumen de la certificación} & \textbf{Importe (€)}\\\midrule
Presupuesto de ejecución material (PEM) del contrato & """ + e(d["pem"]) + r"""\\
Obra ejecutada a origen (PEM) & """ + e(d["origen"]) + r"""\\
Obra certificada anteriormente (certificaciones 1 a 4) & """ + e(d["anterior"]) + r"""\\\midrule
\textbf{Ejecución material de la presente certificación} & \textbf{""" + e(d["actual"]) + r"""}\\
Gastos generales (13\,\%) & """ + e(d["gg"]) + r"""\\
Beneficio industrial (6\,\%) & """ + e(d["bi"]) + r"""\\
Importe de ejecución por contrata & """ + e(d["base_contrata"]) + r"""\\
Baja de adjudicación (4,50\,\%) & -""" + e(d["baja"]) + r"""\\\midrule
\textbf{Base imponible} & \textbf{""" + e(d["base"]) + r"""}\\
IVA 10\,\% (art. 91.Uno.3.1º Ley 37/1992, construcción de viviendas) & """ + e(d["iva"]) + r"""\\
Retención de garantía 5\,\% s/ base imponible (cláusula 14ª del contrato) & -""" + e(d["ret"]) + r"""\\\midrule
\rowcolor{cgl}\textbf{TOTAL FACTURA} & \textbf{""" + e(d["total"]) + r""" €}\\\bottomrule
\end{tabular}

\vspace{4mm}
\textbf{Forma de pago:} transferencia bancaria a 60 días fecha factura (vencimiento 01/04/2025) a la cuenta
ES42 2103 0146 9100 3001 8742 (Unicaja Banco), BIC UCJAES2MXXX.

\textbf{Retenciones acumuladas:} el importe retenido en concepto de garantía en las certificaciones 1 a 5 asciende a 58.910,34 €, que será
devuelto a la recepción definitiva de la obra conforme a la cláusula 14ª del contrato.

{\small Factura exenta de retención de IRPF. Operación sujeta al tipo reducido de IVA por tratarse de ejecuciones de obra de construcción de
edificaciones destinadas principalmente a viviendas, concertadas directamente con el promotor. Conforme con la Dirección Facultativa:
certificación firmada el 30/01/2025. Los datos personales se tratan conforme al RGPD (UE) 2016/679.}

\vspace{10mm}
\begin{tabular}{@{}p{80mm}p{80mm}@{}}
Málaga, 31 de enero de 2025 & \\[12mm]
Fdo.: Francisco J. Moreno Ortega & \\
Administrador único & \\
\end{tabular}
\clearpage
""")

# ---- landscape relación valorada, manual pages with "Suma y sigue"
pages = [["01", "02", "03"], ["04", "05", "06"], ["07", "08", "09"]]
chap = {c["cap"]: c for c in d["chapters"]}
run = [D(0), D(0), D(0)]
TH = (r"\rowcolor{cg}\color{white}\textbf{Código} & \color{white}\textbf{Ud} & \color{white}\textbf{Descripción} & "
      r"\color{white}\textbf{Medición proyecto} & \color{white}\textbf{Precio (€)} & \color{white}\textbf{Medición origen} & "
      r"\color{white}\textbf{Medición anterior} & \color{white}\textbf{Medición actual} & \color{white}\textbf{Importe origen} & "
      r"\color{white}\textbf{Importe anterior} & \color{white}\textbf{Importe actual}\\")
for pi, caps in enumerate(pages):
    L.append(r"\begin{landscape}" + "\n")
    L.append(r"{\large\textbf{Relación valorada -- Certificación nº 5 (enero 2025)}}\hfill{\small Obra: 24 viviendas, parcela R-7, SUP-T.8 Torremolinos}\\[2pt]" + "\n")
    L.append(r"{\scriptsize\setlength{\tabcolsep}{3pt}\begin{tabular}{@{}p{10mm}p{6mm}p{78mm}R{15mm}R{13mm}R{15mm}R{15mm}R{15mm}R{20mm}R{20mm}R{19mm}@{}}" + "\n" + TH + "\n")
    if pi > 0:
        L.append(r"\rowcolor{cgl} & & \textbf{Suma anterior} & & & & & & \textbf{" + e(run[0]) + r"} & \textbf{" + e(run[1]) + r"} & \textbf{" + e(run[2]) + r"}\\" + "\n")
    for c in caps:
        ch = chap[c]
        L.append(r"\multicolumn{11}{@{}l}{\textbf{CAPÍTULO " + c + " -- " + t(ch["name"]) + r"}}\\" + "\n")
        for r in ch["rows"]:
            L.append(f"{r['code']} & {r['ud']} & {t(r['desc'])} & {e(r['med'])} & {e(r['price'])} & {e(r['mo'])} & {e(r['ma'])} & {e(r['mact'])} & {e(r['io'])} & {e(r['ia'])} & {e(r['iact'])}\\\\\n")
        L.append(r"\cmidrule(l){9-11} & & \emph{Total capítulo " + c + r"} & & & & & & \emph{" + e(ch["io"]) + r"} & \emph{" + e(ch["ia"]) + r"} & \emph{" + e(ch["iact"]) + r"}\\[3pt]" + "\n")
        run[0] += ch["io"]
        run[1] += ch["ia"]
        run[2] += ch["iact"]
    label = "Suma y sigue" if pi < len(pages) - 1 else "TOTAL EJECUCIÓN MATERIAL"
    L.append(r"\midrule\rowcolor{cgl} & & \textbf{" + label + r"} & & & & & & \textbf{" + e(run[0]) + r"} & \textbf{" + e(run[1]) + r"} & \textbf{" + e(run[2]) + r"}\\\bottomrule" + "\n")
    L.append(r"\end{tabular}}" + "\n")
    if pi == len(pages) - 1:
        L.append(r"""
\vspace{4mm}
\begin{minipage}[t]{0.55\linewidth}
\textbf{Resumen por capítulos}\\[2pt]
{\small\begin{tabular}{@{}p{60mm}R{22mm}R{22mm}R{22mm}@{}}\toprule
Capítulo & Presupuesto & A origen & Actual\\\midrule
""")
        for c in d["chapters"]:
            L.append(f"{c['cap']} {t(c['name'].capitalize())} & {e(c['presup'])} & {e(c['io'])} & {e(c['iact'])}\\\\\n")
        L.append(r"\midrule Total & " + e(d["pem"]) + " & " + e(d["origen"]) + " & " + e(d["actual"]) + r"\\\bottomrule\end{tabular}}" + "\n")
        pct = (d["origen"] / d["pem"] * 100).quantize(D("0.01"))
        L.append(r"""\end{minipage}\hfill
\begin{minipage}[t]{0.38\linewidth}
\textbf{Avance de obra a origen:} """ + e(pct) + r""" \% del PEM.\\[2mm]
{\small La presente relación valorada se extiende a los efectos del abono a cuenta previsto en el contrato y no supone aprobación ni recepción de las
unidades de obra comprendidas en ella. Precios unitarios del proyecto de ejecución (revisión 2), sin revisión de precios.}\\[8mm]
{\small El Jefe de Obra: Ing. Pablo Serrano Luque\\[6mm] Conforme, la Dirección Facultativa: D. Álvaro Ruiz Prados, arquitecto}
\end{minipage}
""")
    L.append(r"\end{landscape}" + "\n")
L.append(r"\end{document}" + "\n")
open(f"{OUT}/s23_certificacion_obra_es.tex", "w").write("".join(L))
