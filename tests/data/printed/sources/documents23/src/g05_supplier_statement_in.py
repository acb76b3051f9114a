"""D05: Indian steel trader's ledger statement of account (Tally-style), 6 months of vouchers over
three pages with "Carried Over" / "Brought Forward" totals and the closing balance on the last page (groff -ms + tbl)."""
import sys
from common import fmt, MON3, D
import data

d = data.d05()
OUT = sys.argv[1]


def r(x):
    return fmt(x, "in")


def dt(x):
    return f"{x.day}-{MON3[x.month - 1]}-{x.year}"


PER_PAGE = [38, 99]
chunks = []
rest = list(d["tx"])
for n in PER_PAGE:
    if rest:
        chunks.append(rest[:n])
    rest = rest[n:]
NP = len(chunks)

G = []
G.append(r""".\" Ledger statement printed from accounting software
.nr PS 8
.nr VS 10.2
.nr PO 0.55i
.nr LL 7.1i
.nr HM 0.6i
.nr FM 0.7i
.fam H
.ds LH Shree Ganesh Steel Traders
.ds CH Ledger: Punjab Auto Components Pvt. Ltd.
.ds RH Page % of """ + str(NP) + r"""
.ds LF GSTIN 03AAKFS4417M1Z8
.ds CF E. & O.E.
.ds RF Statement dated 3-Apr-2025
.ce 3
\s[15]\fBSHREE GANESH STEEL TRADERS\fP\s0
Iron & Steel Merchants \(en MS Sheets, HR/CR Coils, Plates & Structurals
Plot 47, Industrial Area-B, G.T. Road, Ludhiana 141003 (Punjab) \(bu Ph. 0161-2534871 \(bu accounts@sgsteel.in
.sp 0.3
.ce 1
GSTIN: 03AAKFS4417M1Z8 \(bu PAN: AAKFS4417M \(bu State: Punjab (03) \(bu MSME Udyam: UDYAM-PB-12-0038814
.sp 0.8
.TS
tab(|) expand;
lb l | lb l.
Account:|Punjab Auto Components Pvt. Ltd.|Statement date:|3-Apr-2025
|Plot 112, Focal Point, Phase VIII|Period:|1-Oct-2024 to 31-Mar-2025
|Ludhiana 141010 (Punjab)|Ledger code:|SD-P-0147
GSTIN:|03AACCP9203R1ZK|Credit days:|45 days
.TE
.sp 0.6
.ce 1
\s[12]\fBSTATEMENT OF ACCOUNT\fP\s0
.sp 0.4
""")
HEAD = "Date|Particulars|Vch Type|Vch No.|Debit (Rs.)|Credit (Rs.)|Balance (Rs.)"
run_dr = d["opening"]
run_cr = D(0)
for p, chunk in enumerate(chunks, 1):
    if p > 1:
        G.append(".bp\n")
    G.append(".TS\nbox tab(|) expand;\ncb | cb | cb | cb | cb | cb | cb\nl | l | l | l | n | n | n.\n" + HEAD + "\n_\n")
    if p == 1:
        G.append(f"1-Oct-2024|\\fBOpening Balance\\fP|||{r(d['opening'])}||{r(d['opening'])} Dr\n")
    else:
        G.append(f"|\\fIBrought Forward\\fP|||{r(run_dr)}|{r(run_cr)}|{r(run_dr - run_cr)} Dr\n")
    for t in chunk:
        part = t["part"].replace("(IGST 18%)", "(GST 18%)")
        G.append(f"{dt(t['date'])}|{part}|{t['vch']}|{t['ref']}|{r(t['dr']) if t['dr'] else ''}|{r(t['cr']) if t['cr'] else ''}|{r(t['bal'])} Dr\n")
        run_dr += t["dr"]
        run_cr += t["cr"]
    if p < NP:
        G.append(f"_\n|\\fICarried Over\\fP|||{r(run_dr)}|{r(run_cr)}|{r(run_dr - run_cr)} Dr\n.TE\n")
    else:
        closing = run_dr - run_cr
        G.append(f"_\n|\\fBBy Closing Balance\\fP|||||{r(closing)}|\n")
        G.append("=\n" + f"|\\fBTotal\\fP|||\\fB{r(run_dr)}\\fP|\\fB{r(run_cr + closing)}\\fP|\n.TE\n")
G.append(r""".sp 0.8
.TS
tab(|);
l l.
Opening balance as on 1-Oct-2024:|Rs. """ + r(d["opening"]) + r""" Dr
Total debits (sales) during the period:|Rs. """ + r(d["tot_dr"]) + r"""
Total credits (receipts, credit notes, TDS):|Rs. """ + r(d["tot_cr"]) + r"""
\fBClosing balance as on 31-Mar-2025:\fP|\fBRs. """ + r(d["closing"]) + r""" Dr\fP
.TE
.sp 0.5
.LP
Kindly verify the above statement and confirm the closing balance in writing within 15 days of receipt for our
year-end balance confirmation (FY 2024-25). If no confirmation or objection is received by 18-Apr-2025, the
balance shall be treated as confirmed. Interest @ 18% p.a. is chargeable on bills outstanding beyond the credit
period of 45 days. TDS u/s 194Q deducted by you has been accounted on the basis of Form 26AS up to 28-Feb-2025;
TDS for March 2025 will be accounted on receipt of Form 16A.
.sp 0.3
Please remit to: HDFC Bank Ltd., Ferozepur Road Branch, Ludhiana \(bu A/c No. 50200012847731 \(bu IFSC HDFC0000812.
.sp 1.5
.TS
tab(|) expand;
l r.
Balance confirmed by: ____________________|For SHREE GANESH STEEL TRADERS
(Seal & signature of Punjab Auto Components Pvt. Ltd.)|
||
|Authorised Signatory
.TE
""")
open(f"{OUT}/s23_supplier_statement_in.ms", "w").write("".join(G))
