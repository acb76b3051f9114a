# authoring helper: writes ../f1099nec_2024.tex (fillable 1099-NEC, Copy B and Copy 2)
V = dict(payer="Harborline Creative Group, Inc.", payer2="4410 Sellwood Blvd, Suite 300",
         payer3="Portland, OR 97202", ph="(503) 555-0148",
         ptin="83-5520147", rtin="***-**-6307", rname="Tobias Lindqvist-Moreno",
         rstreet="918 NE Alberta St, Apt 5", rcity="Portland, OR 97211", acct="HCG-V-1182",
         box1="42750.00", box4="", box5="1282.50", box6="OR / 0918273-4", box7="42750.00")

def fld(name, val, x, y, w, h=0.42, align=0, size=9):
    # x,y = lower-left in cm of the tikz picture; hyperref text field inside a node
    return (f"\\node[anchor=south west,inner sep=0pt] at ({x},{y}) "
            f"{{\\TextField[name={{{name.replace('_', chr(92)+'string_')}}},value={{{val}}},width={w}cm,height={h}cm,"
            f"borderwidth=0,bordercolor={{}},backgroundcolor={{}},charsize={size}pt,align={align}]{{}}}};\n")

def lab(x, y, text, w=None, size="\\tiny"):
    wid = f",text width={w}cm" if w else ""
    return f"\\node[anchor=north west,inner sep=1.5pt,align=left{wid}] at ({x},{y}) {{{size} {text}\\par}};\n"

def copy(prefix, copylabel, copynote, void=False):
    p = prefix
    s = "\\begin{tikzpicture}[x=1cm,y=1cm,line width=0.5pt]\n"
    # outer frame 19 x 9.2
    s += "\\draw (0,0) rectangle (19,9.2);\n"
    # vertical lines
    s += "\\draw (9.0,0) -- (9.0,9.2); \\draw (15.4,1.8) -- (15.4,9.2);\n"
    # left column horizontal lines
    s += "\\draw (0,6.2) -- (9,6.2); \\draw (0,5.2) -- (9,5.2); \\draw (4.5,5.2) -- (4.5,6.2);\n"
    s += "\\draw (0,4.2) -- (9,4.2); \\draw (0,3.1) -- (9,3.1); \\draw (0,1.8) -- (19,1.8); \\draw (0,0.9) -- (9,0.9);\n"
    # right middle column lines
    s += "\\draw (9,6.9) -- (15.4,6.9); \\draw (9,5.6) -- (15.4,5.6); \\draw (9,4.3) -- (15.4,4.3); \\draw (9,3.1) -- (15.4,3.1);\n"
    # state row split
    s += "\\draw (9,0.9) -- (19,0.9); \\draw (12.4,0) -- (12.4,1.8); \\draw (15.9,0) -- (15.9,1.8);\n"
    # payer block
    s += lab(0, 9.2, "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign postal code, and telephone no.", 8.8)
    s += fld(p+"f1_2[0]", V['payer'], 0.15, 8.05, 8.6)
    s += fld(p+"f1_3[0]", V['payer2'], 0.15, 7.6, 8.6)
    s += fld(p+"f1_4[0]", V['payer3']+"   "+V['ph'], 0.15, 7.15, 8.6)
    s += lab(0, 6.2, "PAYER'S TIN"); s += fld(p+"f1_5[0]", V['ptin'], 0.15, 5.3, 4.2)
    s += lab(4.5, 6.2, "RECIPIENT'S TIN"); s += fld(p+"f1_6[0]", V['rtin'], 4.65, 5.3, 4.2)
    s += lab(0, 5.2, "RECIPIENT'S name"); s += fld(p+"f1_7[0]", V['rname'], 0.15, 4.3, 8.6)
    s += lab(0, 4.2, "Street address (including apt. no.)"); s += fld(p+"f1_8[0]", V['rstreet'], 0.15, 3.2, 8.6)
    s += lab(0, 3.1, "City or town, state or province, country, and ZIP or foreign postal code"); s += fld(p+"f1_9[0]", V['rcity'], 0.15, 1.9, 8.6)
    s += lab(0, 1.8, "Account number (see instructions)"); s += fld(p+"f1_10[0]", V['acct'], 0.15, 0.95, 8.6, h=0.4)
    s += lab(0, 0.9, "\\phantom{x}"); 
    # header right
    s += lab(9.0, 9.2, "OMB No. 1545-0116", 4.2)
    s += "\\node[anchor=west] at (9.1,8.1) {\\small Form \\textbf{\\large 1099-NEC}};\n"
    s += "\\node[anchor=west] at (9.1,7.6) {\\tiny (Rev. January 2024)};\n"
    s += "\\node[anchor=west] at (9.1,7.15) {\\tiny For calendar year \\textbf{\\normalsize 2024}};\n"
    s += "\\node[anchor=center,align=center,text width=3.4cm] at (17.2,8.2) {\\large\\bfseries Nonemployee\\\\ Compensation};\n"
    s += f"\\node[anchor=north west,align=left,text width=3.4cm] at (15.45,7.2) {{\\bfseries\\scriptsize {copylabel}}};\n"
    s += f"\\node[anchor=north west,align=left,text width=3.4cm] at (15.45,6.5) {{\\tiny {copynote}\\par}};\n"
    s += lab(9.0, 6.9, "\\textbf{1} Nonemployee compensation"); s += "\\node[anchor=west] at (9.05,6.05) {\\scriptsize\\$};\n"
    s += fld(p+"f1_11[0]", V['box1'], 9.4, 5.8, 5.8, align=2)
    s += lab(9.0, 5.6, "\\textbf{2} Payer made direct sales totaling \\$5,000 or more of consumer products to recipient for resale", 5.2)
    s += "\\draw (14.7,4.6) rectangle (15.0,4.9);\n"
    s += "\\fill[gray!25] (9.02,3.12) rectangle (15.38,4.28);\n" + lab(9.0, 4.3, "\\textbf{3}")
    s += lab(9.0, 3.1, "\\textbf{4} Federal income tax withheld"); s += "\\node[anchor=west] at (9.05,2.25) {\\scriptsize\\$};\n"
    s += fld(p+"f1_13[0]", V['box4'], 9.4, 2.0, 5.8, align=2)
    s += lab(9.0, 1.8, "\\textbf{5} State tax withheld"); s += "\\node[anchor=west] at (9.05,1.15) {\\scriptsize\\$};\n"
    s += fld(p+"f1_14[0]", V['box5'], 9.4, 0.95, 2.9, h=0.4, align=2)
    s += "\\node[anchor=west] at (9.05,0.35) {\\scriptsize\\$};\n"
    s += fld(p+"f1_15[0]", "", 9.4, 0.1, 2.9, h=0.4, align=2)
    s += lab(12.4, 1.8, "\\textbf{6} State/Payer's state no."); s += fld(p+"f1_16[0]", V['box6'], 12.5, 0.95, 3.3, h=0.4)
    s += fld(p+"f1_17[0]", "", 12.5, 0.1, 3.3, h=0.4)
    s += lab(15.9, 1.8, "\\textbf{7} State income"); s += "\\node[anchor=west] at (15.95,1.15) {\\scriptsize\\$};\n"
    s += fld(p+"f1_18[0]", V['box7'], 16.3, 0.95, 2.6, h=0.4, align=2)
    s += "\\node[anchor=west] at (15.95,0.35) {\\scriptsize\\$};\n"
    s += fld(p+"f1_19[0]", "", 16.3, 0.1, 2.6, h=0.4, align=2)
    s += "\\end{tikzpicture}\n\n"
    s += ("\\noindent{\\scriptsize Form \\textbf{1099-NEC} (Rev. 1-2024)\\hfill (keep for your records)\\hfill www.irs.gov/Form1099NEC"
          "\\hfill Department of the Treasury - Internal Revenue Service}\n\n")
    return s

tex = r"""\documentclass[10pt]{article}
\usepackage[letterpaper,margin=0.55in]{geometry}
\usepackage[T1]{fontenc}
\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage{tikz,amssymb}
\usepackage[pdfauthor={Harborline Creative Group, Inc.},pdftitle={2024 Form 1099-NEC},hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\begin{document}
\begin{Form}
""" + "{\\scriptsize\\hfill\\textbf{CORRECTED} (if checked) $\\square$\\hfill}\n\n\\vspace{2pt}\n" \
 + copy("topmostSubform[0].CopyB[0].", "Copy B\\\\ For Recipient",
        "This is important tax information and is being furnished to the IRS. If you are required to file a return, a negligence penalty or other sanction may be imposed on you if this income is taxable and the IRS determines that it has not been reported.") \
 + "\\vspace{14pt}\n\\noindent\\makebox[\\linewidth]{\\tiny\\dotfill\\ cut here \\dotfill}\n\n\\vspace{12pt}\n" \
 + copy("topmostSubform[0].Copy2[0].", "Copy 2",
        "To be filed with recipient's state income tax return, when required.") + r"""
\newpage
\section*{\large Instructions for Recipient}
\begin{small}
\textbf{Recipient's taxpayer identification number (TIN).} For your protection, this form may show only the last four digits of your TIN (social security number (SSN), individual taxpayer identification number (ITIN), adoption taxpayer identification number (ATIN), or employer identification number (EIN)). However, the issuer has reported your complete TIN to the IRS.

\smallskip
\textbf{Account number.} May show an account or other unique number the payer assigned to distinguish your account.

\smallskip
\textbf{Box 1.} Shows nonemployee compensation. If the amount in this box is SE income, report it on Schedule C or F (Form 1040) if a sole proprietor, or on Form 1065 and Schedule K-1 (Form 1065) if a partnership, and the recipient/partner completes Schedule SE (Form 1040).

If you are not an employee of the payer and you are not in a trade or business of providing services, report this amount on the line for ``Other income'' of Schedule 1 (Form 1040).

If you believe you are an employee and cannot get the payer to correct this form, report the amount shown in box 1 on the line for ``Wages, salaries, tips, etc.'' of Form 1040, 1040-SR, or 1040-NR. You must also complete Form 8919 and attach it to your return.

\smallskip
\textbf{Box 2.} If checked, consumer products totaling \$5,000 or more were sold to you for resale, on a buy-sell, a deposit-commission, or other basis. Generally, report any income from your sale of these products on Schedule C (Form 1040).

\smallskip
\textbf{Box 4.} Shows backup withholding. A payer must backup withhold on certain payments if you did not give your TIN to the payer. See Form W-9 for information on backup withholding. Include this amount on your income tax return as tax withheld.

\smallskip
\textbf{Boxes 5--7.} State income tax withheld reporting boxes.

\smallskip
\textbf{Future developments.} For the latest information about developments related to Form 1099-NEC and its instructions, such as legislation enacted after they were published, go to www.irs.gov/Form1099NEC.

\smallskip
\textbf{Free File Program.} Go to www.irs.gov/FreeFile to see if you qualify for no-cost online federal tax preparation, e-filing, and direct deposit or payment options.
\end{small}

\vfill
{\scriptsize Questions about this statement: Harborline Creative Group, Inc., Accounts Payable, (503) 555-0148, vendors@harborlinecreative.com. Statement furnished 01/27/2025.}
\end{Form}
\end{document}
"""
open("../f1099nec_2024.tex", "w").write(tex)
