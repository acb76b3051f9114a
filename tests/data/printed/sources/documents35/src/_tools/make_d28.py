from decimal import Decimal as D
rows=[l.split('\t') for l in open('../d28_items.tsv').read().strip().split('\n')]
def m(x): return f"{x:,.2f}"
def esc(s): return s.replace('&','\\&').replace('#','\\#').replace('%','\\%')
body=[]; pcs=0; cats={}
catname={'10':'Meat \\& Seafood','103':'Dairy','104':'Dairy','105':'Frozen','106':'Produce','107':'Produce','108':'Bakery','109':'Dry Grocery','110':'Dry Grocery','111':'Beverage','112':'Frozen Dessert','12':'Disposables','13':'Chemical \\& Janitorial'}
for code,desc,pack,uom,q,price,t in rows:
    q=int(q); ext=q*D(price); pcs+=q
    k=code[:3] if code[:3] in catname else code[:2]
    cats[catname[k]]=cats.get(catname[k],D(0))+ext
    body.append(f"{code} & {esc(desc)} & {esc(pack)} & {uom} & {q} & {q} & {m(D(price))} & {m(ext)} & {'T' if t.strip()=='T' else ''}\\\\")
sub=sum(int(r[4])*D(r[5]) for r in rows); tx=sum(int(r[4])*D(r[5]) for r in rows if r[6].strip()=='T')
assert str(sub)=='7176.20' and str(tx)=='1243.70', (sub,tx)
catrows='\n'.join(f"{k} & {m(v)}\\\\" for k,v in cats.items())
tex=r'''\documentclass[9pt]{extarticle}
\usepackage[letterpaper,margin=12mm,top=30mm,headheight=20mm,headsep=4mm,bottom=16mm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage{charter}
\usepackage{longtable,array,fancyhdr,lastpage,xcolor,colortbl}
\definecolor{gl}{HTML}{1F4E79}
\definecolor{gg}{HTML}{E9EEF4}
\setlength{\parindent}{0pt}
\setlength{\LTpre}{2pt}
\setlength{\LTleft}{0pt}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.6pt}
\fancyhead[L]{{\color{gl}\Large\bfseries GREAT LAKES PROVISION CO.}\\\footnotesize 2200 W Mill Rd, Milwaukee, WI 53209 \textbullet{} (414) 555-0177 \textbullet{} ar@glprovision.com}
\fancyhead[R]{\bfseries INVOICE 7740215\\\normalfont\footnotesize Customer LGT-0091 \textbullet{} Page \thepage{} of \pageref{LastPage}}
\fancyfoot[C]{\scriptsize All claims for shortages or damaged product must be made at time of delivery. Past-due balances are subject to a 1.5\% monthly service charge.}
\begin{document}
\small
\begin{minipage}[t]{0.31\textwidth}
\textbf{SOLD TO}\\
Lakeshore Grill \& Tap\\
Attn: Marco DeLuca, GM\\
801 E Erie St\\
Milwaukee, WI 53202
\end{minipage}\hfill
\begin{minipage}[t]{0.31\textwidth}
\textbf{SHIP TO}\\
Lakeshore Grill \& Tap -- Kitchen dock\\
815 E Erie St (rear alley)\\
Milwaukee, WI 53202\\
Delivery window 6:00--9:00 AM
\end{minipage}\hfill
\begin{minipage}[t]{0.33\textwidth}
\begin{tabular}{@{}>{\bfseries}l l@{}}
Invoice No. & 7740215\\
Invoice Date & 03/24/2025\\
Order Date & 03/22/2025\\
Customer Acct & LGT-0091\\
Terms & Net 14\\
Due Date & 04/07/2025\\
Customer PO & LGT-W13\\
Route / Stop & 41 / 07 \quad Driver: K. Nowak\\
Salesperson & 118 -- D. Ferraro\\
\end{tabular}
\end{minipage}

\vspace{3mm}
\renewcommand{\arraystretch}{1.12}
\begin{longtable}{@{}l p{62mm} l l r r r r c@{}}
\rowcolor{gg}\textbf{Item \#} & \textbf{Description} & \textbf{Pack/Size} & \textbf{UOM} & \textbf{Ord} & \textbf{Shp} & \textbf{Unit Price} & \textbf{Extension} & \textbf{Tx}\\
\hline
\endfirsthead
\rowcolor{gg}\textbf{Item \#} & \textbf{Description} & \textbf{Pack/Size} & \textbf{UOM} & \textbf{Ord} & \textbf{Shp} & \textbf{Unit Price} & \textbf{Extension} & \textbf{Tx}\\
\hline
\endhead
\hline
\multicolumn{9}{r}{\itshape Continued on next page}\\
\endfoot
\hline
\endlastfoot
''' + '\n'.join(body) + r'''
\end{longtable}

\vspace{2mm}
\begin{minipage}[t]{0.45\textwidth}
\textbf{Category summary}\\[1mm]
\begin{tabular}{@{}l r@{}}
''' + catrows + r'''
\end{tabular}\\[2mm]
Total pieces shipped: ''' + str(pcs) + r''' \quad Lines: ''' + str(len(rows)) + r'''\\
T = taxable item (Milwaukee Co. combined rate 7.9\%)
\end{minipage}\hfill
\begin{minipage}[t]{0.42\textwidth}
\renewcommand{\arraystretch}{1.3}
\begin{tabular}{@{}l r@{}}
Merchandise Subtotal & 7,176.20\\
Fuel Surcharge & 12.50\\
Taxable Amount & 1,243.70\\
Sales Tax 7.9\% & 98.25\\
\hline
\rowcolor{gg}\textbf{INVOICE TOTAL} & \textbf{\$7,286.95}\\
\hline
\end{tabular}\\[3mm]
Please remit by 04/07/2025. ACH: Great Lakes Provision Co., routing 275981146, acct 3391 0447 18. Reference invoice 7740215 and account LGT-0091.
\end{minipage}

\vspace{8mm}
Received by: \rule{55mm}{0.4pt} \quad Date/Time: \rule{35mm}{0.4pt} \quad Temp check (frozen/refrig.): \rule{25mm}{0.4pt}
\end{document}
'''
open('../d28_multipage_distributor_invoice.tex','w').write(tex)
print(pcs, len(rows))
