# Australian home loan statement, drawn with fpdf2 core fonts.
import sys
from decimal import Decimal as D
from fpdf import FPDF

out = sys.argv[1]

def money(x):
    return f"${x:,.2f}"

opening = D("512384.19")
interest = [("31 Jan 2025", D("2664.21")), ("28 Feb 2025", D("2398.73")), ("31 Mar 2025", D("2645.12")),
            ("30 Apr 2025", D("2551.40")), ("31 May 2025", D("2621.87")), ("30 Jun 2025", D("2527.34"))]
repay_dates = ["15 Jan 2025", "15 Feb 2025", "15 Mar 2025", "15 Apr 2025", "15 May 2025", "15 Jun 2025"]
rows = []
for m in range(6):
    rows.append((repay_dates[m], "Repayment - direct debit 063-114 10447812", -D("3412.00")))
    if m == 2:
        rows.append(("03 Mar 2025", "Additional repayment - internet transfer", -D("5000.00")))
    rows.append((interest[m][0], "Interest charged", interest[m][1]))
    rows.append((interest[m][0], "Monthly loan service fee", D("10.00")))
rows.sort(key=lambda r: (int(r[0][:2]) + 100 * ["Jan","Feb","Mar","Apr","May","Jun"].index(r[0][3:6])))
bal = opening
lines = []
for d, desc, amt in rows:
    bal += amt
    lines.append((d, desc, amt, bal))
assert bal == D("502380.86"), bal
tot_int = sum(i for _, i in interest)
assert tot_int == D("15408.67")

pdf = FPDF(format="A4")
pdf.set_creation_date(__import__("datetime").datetime(2025, 7, 4, 9, 0, 0, tzinfo=__import__("datetime").timezone.utc))
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(15, 14, 15)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16)
pdf.set_text_color(0, 70, 110)
pdf.cell(110, 8, "Southern Cross Mutual Bank")
pdf.set_font("Helvetica", "", 8)
pdf.set_text_color(60, 60, 60)
pdf.multi_cell(0, 3.6, "Southern Cross Mutual Bank Ltd\nABN 42 093 117 586\nAFSL and Australian credit licence 238419\nLocked Bag 5020, Parramatta NSW 2124\n13 22 48  |  southerncrossmutual.com.au", align="R")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)
pdf.set_font("Helvetica", "", 10)
y0 = pdf.get_y()
pdf.multi_cell(90, 5, "MR LIAM J FITZGERALD &\nMRS PRIYA FITZGERALD\n8 WATTLEBIRD CRESCENT\nKELLYVILLE NSW 2155")
pdf.set_xy(110, y0)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 6, "Home Loan Statement", new_x="LMARGIN", new_y="NEXT")
info = [("Statement date", "4 July 2025"), ("Statement period", "1 January 2025 to 30 June 2025"),
        ("Loan product", "Advantage Variable Home Loan"), ("BSB", "633-108"), ("Account number", "187344209"),
        ("Loan limit", "$540,000.00"), ("Interest rate", "6.14% p.a. variable")]
pdf.set_font("Helvetica", "", 9)
for k, v in info:
    pdf.set_x(110)
    pdf.cell(33, 4.8, k)
    pdf.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_fill_color(0, 70, 110)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 6, "  Loan summary", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
summ = [("Opening balance 1 Jan 2025", money(opening)), ("Interest charged this period", money(tot_int)),
        ("Fees charged this period", money(D("60.00"))), ("Repayments and credits", "-" + money(D("25472.00"))),
        ("Closing balance 30 Jun 2025", money(bal))]
for k, v in summ:
    bold = k.startswith("Closing")
    pdf.set_font("Helvetica", "B" if bold else "", 9)
    pdf.cell(70, 5.2, k)
    pdf.cell(35, 5.2, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
summ2 = [("Redraw available", "$7,214.55"), ("Linked offset account balance (BSB 633-108 Acc 187350611)", "$18,402.11"),
         ("Next repayment amount", "$3,412.00"), ("Next repayment due", "15 July 2025"),
         ("Interest paid 1 July 2024 - 30 June 2025 (for your tax records)", "$31,220.48")]
for k, v in summ2:
    pdf.cell(110, 5.2, k)
    pdf.cell(35, 5.2, v, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_fill_color(0, 70, 110)
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 9)
for w, h, a in [(28, "Date", "L"), (92, "Transaction details", "L"), (30, "Amount", "R"), (30, "Balance", "R")]:
    pdf.cell(w, 6, h, align=a, fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(28, 5, "01 Jan 2025"); pdf.cell(92, 5, "Opening balance"); pdf.cell(30, 5, ""); pdf.cell(30, 5, f"{opening:,.2f} DR", align="R"); pdf.ln()
for d, desc, amt, b in lines:
    pdf.cell(28, 5, d); pdf.cell(92, 5, desc)
    pdf.cell(30, 5, f"{amt:,.2f}" if amt > 0 else f"{-amt:,.2f} CR", align="R")
    pdf.cell(30, 5, f"{b:,.2f} DR", align="R"); pdf.ln()
pdf.set_font("Helvetica", "B", 8.5)
pdf.cell(28, 5, "30 Jun 2025"); pdf.cell(92, 5, "Closing balance"); pdf.cell(30, 5, ""); pdf.cell(30, 5, f"{bal:,.2f} DR", align="R"); pdf.ln()
pdf.ln(5)
pdf.set_font("Helvetica", "", 7.5)
pdf.set_text_color(70, 70, 70)
pdf.multi_cell(0, 3.6,
    "DR = amount owing. CR = credit to your loan. Your repayments are debited from your nominated account on the 15th of each month. "
    "If your repayment date falls on a weekend or public holiday it will be debited on the next business day. "
    "Interest is calculated daily on the balance owing and charged monthly in arrears. "
    "Please check all entries on this statement and report any errors or unauthorised transactions to us promptly. "
    "If you are experiencing financial difficulty, please call our Hardship team on 1300 651 204. "
    "If you have a complaint, contact us first; if you are not satisfied you can contact the Australian Financial Complaints Authority (AFCA) on 1800 931 678 or at www.afca.org.au.")
pdf.ln(2)
pdf.cell(0, 4, "Southern Cross Mutual Bank Ltd ABN 42 093 117 586. Statement number 12.", align="L")
pdf.output(out)
