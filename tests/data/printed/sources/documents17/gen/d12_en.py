"""UK plc annual report summary, lualatex (Times via mathptmx, T1), 4 pages."""
from common import *

tex = r"""\documentclass[10pt]{article}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\usepackage[a4paper,top=26mm,bottom=24mm,left=22mm,right=22mm,headheight=14pt]{geometry}
\usepackage{fancyhdr,array,booktabs,xcolor,multicol}
\definecolor{bw}{HTML}{0E6E8C}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{bw}\textbf{Brightwater Renewables plc}}
\fancyhead[R]{\small Annual Report and Accounts 2024 -- Summary}
\fancyfoot[L]{\scriptsize Brightwater Renewables plc \textbullet\ Registered in England and Wales, company number 08817234 \textbullet\ LEI 213800BRWT7Q4N5K2L18}
\fancyfoot[R]{\small \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\renewcommand{\arraystretch}{1.2}
\begin{document}
\thispagestyle{fancy}
{\color{bw}\Huge\bfseries Brightwater Renewables plc}\par
\vspace{2mm}
{\Large Annual Report and Accounts 2024}\par
{\large Strategic report summary for shareholders}\par
\vspace{6mm}
\textbf{\color{bw}\large Financial and operational highlights}\par
For the year ended 31 December 2024

\vspace{2mm}
\begin{tabular}{@{}p{0.46\linewidth}p{0.46\linewidth}@{}}
\textbf{Revenue}\newline {\LARGE \pounds 486.2m}\newline (2023: \pounds 441.7m) up 10.1\% &
\textbf{Adjusted EBITDA}\newline {\LARGE \pounds 212.4m}\newline (2023: \pounds 189.9m) up 11.8\% \\[4mm]
\textbf{Operating profit}\newline {\LARGE \pounds 138.9m}\newline (2023: \pounds 121.3m) up 14.5\% &
\textbf{Profit before tax}\newline {\LARGE \pounds 97.6m}\newline (2023: \pounds 88.0m) up 10.9\% \\[4mm]
\textbf{Basic earnings per share}\newline {\LARGE 21.4p}\newline (2023: 19.2p) up 11.5\% &
\textbf{Total dividend per share}\newline {\LARGE 9.80p}\newline (2023: 9.25p) up 5.9\% \\[4mm]
\textbf{Net debt}\newline {\LARGE \pounds 612.5m}\newline (2023: \pounds 587.1m) &
\textbf{Renewable generation}\newline {\LARGE 2,418 GWh}\newline (2023: 2,191 GWh) up 10.4\% \\
\end{tabular}

\vspace{5mm}
\textbf{\color{bw}Operational highlights}
\begin{itemize}\itemsep0pt
\item Installed capacity reached 1,104 MW across 41 onshore wind, solar and battery storage sites (2023: 962 MW).
\item Commissioning of the 96 MW Carn Ddu wind farm in Powys and the 49.9 MW Fenbrook solar park in Lincolnshire.
\item Contracted revenue share of 71\% for 2025, including new 10-year corporate power purchase agreements with two retailers.
\item Lost-time injury frequency rate of 0.18 per 100,000 hours worked (2023: 0.27).
\end{itemize}

Adjusted EBITDA is an alternative performance measure; a reconciliation to operating profit is set out on page 3.
All figures are for continuing operations and are stated in pounds sterling unless otherwise indicated.

\newpage
\textbf{\color{bw}\Large Chair's statement}

2024 was a year of strong delivery for Brightwater. Higher generation from our enlarged portfolio, together with the first
full year of output from the Glenmuir extension, lifted revenue by 10.1\% to \pounds 486.2 million and profit before tax to
\pounds 97.6 million. The Board is recommending a final dividend of 6.50 pence per share, which together with the interim
dividend of 3.30 pence paid in October 2024 gives a total dividend for the year of 9.80 pence, an increase of 5.9\%.

Our balance sheet remains robust. We invested \pounds 174.3 million in new capacity during the year, funded from operating cash
flows and a \pounds 150 million green bond issued in June 2024 with a coupon of 5.125\% and a maturity in 2031. Net debt
increased modestly to \pounds 612.5 million, representing 2.9 times adjusted EBITDA, within our target range of 2.5 to 3.5 times.

On behalf of the Board, I would like to thank our 486 colleagues for their commitment, and our shareholders for their continued
support. After nine years on the Board, Dame Alison Frere will not stand for re-election at the AGM on 14 May 2025, and I would
like to thank her for her outstanding contribution.

\textit{Margaret Ellison-Clarke}\\
Chair, 4 March 2025

\vspace{4mm}
\textbf{\color{bw}\Large Chief Executive's review}

Our strategy of building a diversified, contracted portfolio of renewable generation continued to deliver. Generation rose 10.4\%
to 2,418 GWh, reflecting new capacity and wind speeds close to the long-term average in the second half, after a still first
quarter. Average achieved prices were \pounds 96.40 per MWh (2023: \pounds 101.80 per MWh), as lower wholesale prices were
partly offset by our hedging programme.

During the year we took final investment decisions on three projects totalling 212 MW, with an expected aggregate capital cost
of \pounds 298 million, due to be commissioned during 2025 and 2026. Our development pipeline now stands at 2.7 GW, of which 640 MW
holds grid connection offers before 2028.

Looking ahead, the Board expects adjusted EBITDA for 2025 to be in the range of \pounds 225 million to \pounds 240 million,
assuming normal weather and the forward curve as at 28 February 2025.

\textit{Owen Pritchard}\\
Chief Executive Officer

\newpage
\textbf{\color{bw}\Large Financial review}

\textbf{Summary consolidated income statement}\\[1mm]
\begin{tabular}{@{}p{0.55\linewidth}rr@{}}
\toprule
Year ended 31 December (\pounds m) & 2024 & 2023 \\
\midrule
Revenue & 486.2 & 441.7 \\
Cost of sales & (247.6) & (227.0) \\
Gross profit & 238.6 & 214.7 \\
Administrative expenses & (99.7) & (93.4) \\
\textbf{Operating profit} & \textbf{138.9} & \textbf{121.3} \\
Net finance costs & (41.3) & (33.3) \\
\textbf{Profit before tax} & \textbf{97.6} & \textbf{88.0} \\
Taxation & (24.4) & (22.0) \\
\textbf{Profit for the year} & \textbf{73.2} & \textbf{66.0} \\
\midrule
Basic earnings per share (pence) & 21.4 & 19.2 \\
Diluted earnings per share (pence) & 21.1 & 19.0 \\
Weighted average number of shares (million) & 342.1 & 343.8 \\
\bottomrule
\end{tabular}

\vspace{3mm}
\textbf{Reconciliation of operating profit to adjusted EBITDA}\\[1mm]
\begin{tabular}{@{}p{0.55\linewidth}rr@{}}
\toprule
\pounds m & 2024 & 2023 \\
\midrule
Operating profit & 138.9 & 121.3 \\
Depreciation and amortisation & 69.8 & 64.2 \\
Impairment of development assets & 3.7 & 4.4 \\
\textbf{Adjusted EBITDA} & \textbf{212.4} & \textbf{189.9} \\
\bottomrule
\end{tabular}

\vspace{3mm}
\textbf{Summary consolidated balance sheet}\\[1mm]
\begin{tabular}{@{}p{0.55\linewidth}rr@{}}
\toprule
At 31 December (\pounds m) & 2024 & 2023 \\
\midrule
Non-current assets & 1,842.6 & 1,719.3 \\
Current assets & 268.4 & 241.0 \\
\textbf{Total assets} & \textbf{2,111.0} & \textbf{1,960.3} \\
Current liabilities & (211.7) & (198.5) \\
Non-current liabilities & (904.3) & (861.2) \\
\textbf{Net assets} & \textbf{995.0} & \textbf{900.6} \\
\bottomrule
\end{tabular}

\vspace{3mm}
\textbf{Net debt}\\[1mm]
\begin{tabular}{@{}p{0.55\linewidth}rr@{}}
\toprule
At 31 December (\pounds m) & 2024 & 2023 \\
\midrule
Cash and cash equivalents & 118.2 & 96.4 \\
Borrowings & (730.7) & (683.5) \\
\textbf{Net debt} & \textbf{(612.5)} & \textbf{(587.1)} \\
Net debt to adjusted EBITDA & 2.9x & 3.1x \\
\bottomrule
\end{tabular}

\vspace{3mm}
Cash generated from operations was \pounds 201.8 million (2023: \pounds 178.6 million). Capital expenditure was \pounds 174.3 million
and dividends paid to shareholders totalled \pounds 32.5 million. The effective tax rate was 25.0\% (2023: 25.0\%).

\newpage
\textbf{\color{bw}\Large Shareholder information}

\textbf{Final dividend.} Subject to approval at the Annual General Meeting, the final dividend of 6.50 pence per ordinary share
will be paid on 30 May 2025 to shareholders on the register at the close of business on 18 April 2025. The shares will be
quoted ex-dividend on 17 April 2025. The last date for elections under the Dividend Reinvestment Plan is 9 May 2025.

\textbf{Financial calendar}\\[1mm]
\begin{tabular}{@{}p{0.55\linewidth}l@{}}
\toprule
Event & Date \\
\midrule
Preliminary results announced & 4 March 2025 \\
Ex-dividend date & 17 April 2025 \\
Record date & 18 April 2025 \\
Annual General Meeting & 14 May 2025 \\
Final dividend payment date & 30 May 2025 \\
Half-year results & 4 September 2025 \\
Interim dividend payment & 10 October 2025 \\
\bottomrule
\end{tabular}

\vspace{3mm}
\textbf{Annual General Meeting.} The AGM will be held at 11.00 am on 14 May 2025 at The Engine Shed, Station Approach,
Bristol BS1 6QH. The Notice of Meeting is available on our website and has been sent to shareholders who have elected to
receive paper communications.

\textbf{Registrar.} Enquiries about shareholdings, dividend payments and changes of address should be directed to
Equiniti Group, Aspect House, Spencer Road, Lancing BN99 6DA, telephone 0371 384 2030.

\textbf{Share capital.} At 31 December 2024 the issued share capital was 344,812,006 ordinary shares of 5 pence each,
of which 2,910,440 were held in treasury. Share price at 31 December 2024: 264.0 pence (2023: 241.5 pence).
Market capitalisation at 31 December 2024: \pounds 902.6 million.

\textbf{Company information.} Brightwater Renewables plc, registered office: 2 Temple Back East, Bristol BS1 6EG.
Registered in England and Wales, company number 08817234. Auditor: Harding Lowe LLP. Company Secretary: Priya Natarajan.

\vspace{3mm}
{\small This summary does not contain sufficient information to allow as full an understanding of the results and state of
affairs of the Group as the full Annual Report and Accounts 2024, which were approved by the Board on 4 March 2025 and on which
the auditor gave an unqualified opinion. The full Annual Report is available at www.brightwater-renewables.co.uk/investors.
Cautionary statement: this document contains forward-looking statements which are subject to risks and uncertainties.}
\end{document}
"""
write("12_annual_report_uk.tex", tex)

truth("12_annual_report_uk.pdf", {
    "company_name": "Brightwater Renewables plc",
    "financial_year_end": "2024-12-31",
    "revenue": 486.2,
    "operating_profit": 138.9,
    "profit_before_tax": 97.6,
    "earnings_per_share": 21.4,
    "net_debt": 612.5,
}, {"company_name": "text", "financial_year_end": "date", "revenue": "amount", "operating_profit": "amount",
    "profit_before_tax": "amount", "earnings_per_share": "amount", "net_debt": "amount"},
    "UK listed company annual report summary for shareholders, LuaLaTeX (Times/NimbusRomNo9L, T1), 4 pages. Amounts are in "
    "£ millions as printed (truth = the printed number, e.g. revenue 486.2 for '£486.2m'); EPS in pence (21.4 for '21.4p'); "
    "net_debt as the positive figure '£612.5m' (printed '(612.5)' in the net-debt table). Page 1 highlights: label line then big "
    "value then '(2023: …)' comparatives and % changes (distractors): Revenue, Adjusted EBITDA, Operating profit, Profit before "
    "tax, Basic earnings per share, Total dividend per share, Net debt, generation GWh. 'For the year ended 31 December 2024' "
    "(financial_year_end). Page 2: chair/CEO narrative with many other figures. Page 3: income statement table (2024 and 2023 "
    "columns), EBITDA reconciliation, balance sheet (Total assets etc.), net debt table. Page 4: financial calendar with many "
    "2025 dates (distractors). Company name in the page header and title.")
