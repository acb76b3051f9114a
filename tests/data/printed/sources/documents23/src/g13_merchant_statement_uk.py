"""D13: UK builders' merchant monthly statement of account, running balance, aged analysis and
remittance advice on the last page (LibreOffice .fodt)."""
import sys
from common import fmt, D
from odf import ODT, PAGE, PAGES
import data

d = data.d13()
OUT = sys.argv[1]
o = ODT(font="DejaVu Sans Condensed", size="8.8pt", lang=("en", "GB"))
GR = "#2e5e2e"
o.pstyle("Hd", size="7.5pt", tabs=[("18cm", "right")], color="#333333", border={"bottom": "0.6pt solid #2e5e2e"}, padding="0.05cm")
o.pstyle("Ft", size="6.5pt", align="center", color="#555555")
o.pstyle("Firm", size="17pt", bold=True, color=GR, master="First")
o.pstyle("Sub", size="7.5pt", color="#444444")
o.pstyle("Title", size="15pt", bold=True, align="end", color=GR)
o.pstyle("N", size="8.8pt")
o.pstyle("NR", size="8.8pt", align="end")
o.pstyle("NB", size="8.5pt", bold=True)
o.pstyle("NBR", size="8.5pt", bold=True, align="end")
o.pstyle("Th", size="7.5pt", bold=True, color="#ffffff")
o.pstyle("ThR", size="7.5pt", bold=True, color="#ffffff", align="end")
o.pstyle("Sp", size="4pt")
o.pstyle("Small", size="7.2pt", line="118%", align="justify", before="0.15cm")
o.pstyle("Cut", size="7pt", before="0.5cm", border={"top": "1pt dashed #000000"}, padding="0.1cm", align="center")
o.pstyle("H2", size="9.5pt", bold=True, color=GR, before="0.3cm", after="0.1cm", keep=True)
o.cell_style("CH", bg=GR, padding="0.06cm")
o.cell_style("C", borders={"bottom": "0.3pt solid #cfcfcf"}, padding="0.12cm")
o.cell_style("CN", padding="0.03cm")
o.cell_style("CT", borders={"top": "1pt solid #000000", "bottom": "1pt solid #000000"}, bg="#e8f0e8", padding="0.07cm")
o.cell_style("CBox", border="0.6pt solid #666666", padding="0.07cm")
o.cell_style("CBoxG", border="0.6pt solid #666666", padding="0.07cm", bg="#e8f0e8")
o.table_style("Thead", "18cm")
o.table_style("Tinfo", "8.2cm", align="right")
o.table_style("Tx", "18cm", margin_top="0.3cm")
o.table_style("Tage", "18cm", margin_top="0.2cm")
for n, w in [("h1", "9.5cm"), ("h2", "8.5cm"), ("a1", "2.6cm"), ("a2", "5.6cm"), ("a3", "3cm"), ("a4", "6cm"),
             ("t1", "1.9cm"), ("t2", "1.2cm"), ("t3", "2.3cm"), ("t4", "5.2cm"), ("t5", "2.4cm"), ("t6", "2.4cm"), ("t7", "2.6cm"),
             ("g", "3cm")]:
    o.col_style(n, w)
P = o.p
B = []
B.append(P("PENNINE TIMBER & BUILDING SUPPLIES LTD", "Firm"))
B.append(P("Leeds Road Trading Estate, Huddersfield HD1 6QA  ·  Tel 01484 537 210  ·  accounts@penninetimber.co.uk  ·  Branches: Huddersfield · Halifax · Holmfirth", "Sub"))
B.append(P("STATEMENT OF ACCOUNT", "Title"))
addr = P("K. Whitworth Joinery Ltd\nUnit 3, Bradley Mills\nLeeds Road\nHuddersfield\nHD2 1UB", "N")
info = o.table("Info", "Tinfo", ["a1", "a2"], [
    [("CBox", P("Account no.", "N")), ("CBox", P(d["account_number"], "NB"))],
    [("CBox", P("Statement date", "N")), ("CBox", P("31/03/2025", "N"))],
    [("CBox", P("Terms", "N")), ("CBox", P("30 days end of month", "N"))],
    [("CBox", P("Credit limit", "N")), ("CBox", P("£15,000.00", "N"))],
    [("CBox", P("Page", "N")), ("CBox", P(f"{PAGE} of {PAGES}", "N", raw=True))]])
B.append(o.table("Head", "Thead", ["h1", "h2"], [[("CN", addr), ("CN", info)]]))


def th(t, r=False):
    return ("CH", P(t, "ThR" if r else "Th"))


def td(t, r=False, b=False):
    return ("C", P(t, ("NBR" if r else "NB") if b else ("NR" if r else "N")))


TYPES = {"INV": "Invoice", "CRN": "Credit note", "PAY": "Payment"}
rows = [[td("01/03/2025"), td(""), td(""), td("Balance brought forward", b=True), td(""), td(""), td(fmt(d["opening"]), True, True)]]
for t in d["tx"]:
    rows.append([td(f"{t['date']:%d/%m/%Y}"), td(t["type"]), td(t["ref"]), td(t["cust"] if t["type"] != "INV" else f"Invoice - your ref {t['cust']}"),
                 td(fmt(t["debit"]) if t["debit"] else "", True), td(fmt(t["credit"]) if t["credit"] else "", True), td(fmt(t["bal"]), True)])
tot_d = sum(t["debit"] for t in d["tx"])
tot_c = sum(t["credit"] for t in d["tx"])
rows.append([("CT", P("Totals for March 2025", "NB"), 4), ("CT", P(fmt(tot_d), "NBR")), ("CT", P(fmt(tot_c), "NBR")),
             ("CT", P(fmt(d["closing"]), "NBR"))])
B.append(o.table("Tx", "Tx", ["t1", "t2", "t3", "t4", "t5", "t6", "t7"], rows,
                 header_rows=[[th("Date"), th("Type"), th("Reference"), th("Details"), th("Debit £", True), th("Credit £", True), th("Balance £", True)]]))
B.append(P("Aged analysis", "H2"))
B.append(o.table("Age", "Tage", ["g"] * 6, [
    [th("Current"), th("1 month"), th("2 months"), th("3 months +"), th("Unallocated cash"), th("AMOUNT NOW DUE", True)],
    [("CBox", P(fmt(d["current"]), "NR")), ("CBox", P(fmt(d["older"]), "NR")), ("CBox", P("0.00", "NR")), ("CBox", P("0.00", "NR")),
     ("CBox", P("0.00", "NR")), ("CBoxG", P(f"£{fmt(d['closing'])}", "NBR"))]]))
B.append(P(f"The 1 month balance of £{fmt(d['older'])} relates to February invoices now overdue - please pay immediately to avoid your account being placed on stop. "
           "March transactions are due for payment by 30/04/2025. Types: INV invoice, CRN credit note, PAY payment received. Queries within 14 days please to "
           "Credit Control (01484 537 214). We charge interest on overdue accounts at 4% over Barclays base rate under the Late Payment of Commercial Debts "
           "(Interest) Act 1998. Retention of title applies to all goods supplied until paid for in full.", "Small"))
B.append(P("✂ - - - - - - - - - - - - - - - - - - - - REMITTANCE ADVICE - please return with your payment - - - - - - - - - - - - - - - - - - - -", "Cut"))
B.append(o.table("Rem", "Tage", ["a3", "a4", "a3", "a4"], [
    [("CBox", P("Customer", "N")), ("CBox", P("K. Whitworth Joinery Ltd", "N")), ("CBox", P("Account no.", "N")), ("CBox", P(d["account_number"], "NB"))],
    [("CBox", P("Statement date", "N")), ("CBox", P("31/03/2025", "N")), ("CBox", P("Amount due", "N")), ("CBox", P(f"£{fmt(d['closing'])}", "NB"))],
    [("CBox", P("Pay to", "N")), ("CBox", P("Barclays, sort code 20-58-41, a/c 70412263", "N")), ("CBox", P("Amount paid", "N")), ("CBox", P("£", "N"))]]))

header = P(f"Pennine Timber &amp; Building Supplies Ltd  ·  Statement  ·  Account {d['account_number']}  ·  31/03/2025<text:tab/>Page {PAGE} of {PAGES}", "Hd", raw=True)
footer = P("Pennine Timber & Building Supplies Ltd · Registered in England No. 02418876 · Registered office: Leeds Road Trading Estate, Huddersfield HD1 6QA · VAT No. GB 512 3387 46", "Ft")
o.write(f"{OUT}/s23_merchant_statement_uk.fodt", "".join(B), page={"margins": ("1.0cm", "0.9cm", "1.5cm", "1.5cm")},
        header=header, footer=footer, first_header=None, first_footer=footer, title="Statement WHI014", meta_date="2025-03-31T18:00:00")
