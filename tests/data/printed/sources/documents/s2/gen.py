# generates kontoauszug.tex (German bank statement) -- run once; the .tex is the source
from decimal import Decimal as D
opening = D("1284.17")
tx = [
 ("03.03.", "03.03.", "Lastschrift", "Stadtwerke Weißenburg GmbH", "Abschlag Strom/Gas März, Vertragskonto 2201487", "-96.00"),
 ("03.03.", "03.03.", "Dauerauftrag", "Hausverwaltung Kraus & Söhne", "Miete Lindenstr. 9, 1. OG links", "-780.00"),
 ("05.03.", "04.03.", "Kartenzahlung", "EDEKA Scherer Weißenburg", "girocard 04.03. 17:22 Uhr", "-54.37"),
 ("07.03.", "07.03.", "Lastschrift", "Frankenfunk Mobil GmbH", "Kd-Nr. 88120473 Rechnung 03/2025", "-29.99"),
 ("10.03.", "10.03.", "Gutschrift", "BKK Altmühl", "Erstattung Zahnvorsorge", "48.20"),
 ("12.03.", "11.03.", "Kartenzahlung", "Aral Station Ellingen", "girocard 11.03. 07:58 Uhr", "-61.84"),
 ("14.03.", "14.03.", "Auszahlung", "Geldautomat Raiffeisenbank Lindenau", "Filiale Marktplatz", "-100.00"),
 ("17.03.", "17.03.", "Lastschrift", "Rundfunk Beitragsservice", "Beitragsnummer 447 118 302", "-55.08"),
 ("20.03.", "19.03.", "Kartenzahlung", "Drogerie Maiwald", "girocard 19.03. 12:40 Uhr", "-23.45"),
 ("25.03.", "25.03.", "Gutschrift", "Ostertag Feinmechanik GmbH", "Lohn/Gehalt 03/2025 PersNr 1177", "2715.40"),
 ("27.03.", "27.03.", "Lastschrift", "Frankonia Versicherung AG", "Hausrat VS-Nr. 30-5518274", "-38.90"),
 ("28.03.", "27.03.", "Kartenzahlung", "Gasthaus Zum Hirschen", "girocard 27.03. 20:15 Uhr", "-47.60"),
 ("31.03.", "31.03.", "Abschluss", "Entgelt Kontoführung", "Kontomodell Giro Komfort 03/2025", "-6.95"),
]
def de(x):
    s = "{:,.2f}".format(abs(x)).replace(",", "X").replace(".", ",").replace("X", ".")
    return s
bal = opening
rows = []
for b, v, art, who, ref, amt in tx:
    a = D(amt); bal += a
    rows.append(r"%s & %s & \textbf{%s} %s & %s \\ & & \multicolumn{1}{p{95mm}}{\footnotesize %s} & \\[1mm]" % (
        b, v, art, who.replace("&", r"\&"), ("$-$" if a < 0 else "+") + "\\," + de(a), ref))
closing = bal
tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[scaled=0.92]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,left=22mm,right=18mm,top=15mm,bottom=22mm]{geometry}
\usepackage{array,tabularx,longtable,xcolor,fancyhdr}
\definecolor{rb}{HTML}{1F5A3C}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\scriptsize Raiffeisenbank Lindenau eG $\cdot$ Marktplatz 4 $\cdot$ 91781 Weißenburg i. Bay. $\cdot$ BIC GENODEF1LDN $\cdot$ Registergericht Ansbach GnR 211\\Bitte prüfen Sie Ihren Kontoauszug. Einwendungen sind innerhalb von sechs Wochen zu erheben.}
\fancyfoot[R]{\scriptsize Blatt \thepage}
\setlength{\parindent}{0pt}
\begin{document}
{\color{rb}\Large\bfseries Raiffeisenbank Lindenau eG}\hfill{\large\bfseries Kontoauszug}\\[1mm]
{\footnotesize Marktplatz 4, 91781 Weißenburg i. Bay. $\cdot$ Telefon 09141 8726-0}\hfill{\footnotesize Auszug 3/2025}

\vspace{12mm}
\begin{minipage}[t]{85mm}
{\scriptsize Raiffeisenbank Lindenau eG, Marktplatz 4, 91781 Weißenburg}\\[2mm]
Frau\\Katharina Brenner\\Lindenstraße 9\\91781 Weißenburg i. Bay.
\end{minipage}\hfill
\begin{minipage}[t]{72mm}\small
\begin{tabular}{@{}l@{\hspace{4mm}}l@{}}
Kontoinhaber & Katharina Brenner\\
Konto-Nr. & 4718236\\
BLZ & 720 691 55\\
IBAN & DE22 7206 9155 0004 7182 36\\
Kontoart & Girokonto Komfort\\
Auszugsdatum & 31.03.2025\\
Zeitraum & 01.03.2025 -- 31.03.2025\\
\end{tabular}
\end{minipage}

\vspace{10mm}
\renewcommand{\arraystretch}{1.1}
\begin{longtable}{@{}p{12mm}p{12mm}p{98mm}>{\raggedleft\arraybackslash}p{26mm}@{}}
\multicolumn{3}{@{}l}{\bfseries Alter Kontostand vom 28.02.2025} & \bfseries """ + de(opening) + r""" H\\[1mm]
\hline
\footnotesize Buchung & \footnotesize Wert & \footnotesize Vorgang / Verwendungszweck & \footnotesize Betrag EUR\\
\hline\endhead
""" + "\n".join(rows) + r"""
\hline
\multicolumn{3}{@{}l}{\bfseries Neuer Kontostand vom 31.03.2025} & \bfseries """ + de(closing) + r""" H\\
\end{longtable}

\vspace{4mm}
{\footnotesize H = Haben (Guthaben), S = Soll. Ihr eingeräumter Dispositionskredit beträgt 1.500,00 EUR zu einem Sollzinssatz von 11,25\,\% p.\,a.
Rechnungsabschluss zum 31.03.2025: Entgelte gemäß Preis- und Leistungsverzeichnis 6,95 EUR.}
\end{document}
"""
open("kontoauszug.tex", "w", encoding="utf-8").write(tex)
print("opening", opening, "closing", closing)
