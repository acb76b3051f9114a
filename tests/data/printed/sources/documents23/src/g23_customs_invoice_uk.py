"""D23: UK freight forwarder's customs clearance invoice covering three import entries, with duty and
import VAT disbursements, VAT analysis and remittance advice on the last page (groff -ms + tbl, Times)."""
import sys
from common import fmt, D
import data

d = data.d23()
OUT = sys.argv[1]
INV = d["invoice_number"]


def g(x):
    return fmt(x)


G = [r""".nr PS 10
.nr VS 12.5
.nr PO 0.75i
.nr LL 6.8i
.nr HM 0.7i
.nr FM 0.85i
.ds LH Medway Freight & Customs Ltd
.ds CH Invoice """ + INV + r"""
.ds RH Page % of 2
.ds LF VAT Reg. No. GB 287 6410 93
.ds CF Registered in England No. 06218844
.ds RF AEO-C GBAEOC28764109300
.LP
.ps 20
\fBMedway Freight & Customs\fP
.ps 10
.br
Customs brokers \(bu Freight forwarders \(bu Haulage \(em Victory Pier, Chatham Maritime, Kent ME4 4TG
.br
Tel. 01634 890 415 \(bu accounts@medwayfreight.co.uk \(bu HMRC approved CSP user \(bu BIFA member
.sp 1
.TS
tab(|) expand;
lw(2.9i) | lb l.
\fBInvoice to\fP|Invoice no.|""" + INV + r"""
Rochester Tile & Bathroom Supplies Ltd|Invoice date|20/03/2025
Accounts Payable|Tax point|20/03/2025
Unit 14, Medway City Estate|Customer account|RTB002
Rochester, Kent ME2 4DU|Payment terms|30 days from invoice date
Importer EORI: GB204718335000|Due date|19/04/2025
|Our job refs|MF-IMP-25-0771 / 0779 / 0792
.TE
.sp 0.6
.ce 1
\s[14]\fBINVOICE \(em IMPORT CUSTOMS CLEARANCE & DELIVERY\fP\s0
.sp 0.4
.LP
Customs entries made on your behalf as direct representative (CDS). Duty and import VAT have been paid through our
deferment account DAN 8112233 and are recharged at cost; import VAT may be reclaimed on your VAT return using the
monthly C79 certificate. You did not elect postponed VAT accounting for these entries.
"""]
for i, e in enumerate(d["entries"], 1):
    fees = sum(a for _, a in e["charges"])
    G.append(r""".ne 2.6i
.SH
Entry """ + str(i) + r""" \(em MRN """ + e["mrn"] + r"""
.LP
.TS
tab(|) expand;
lb l lb l.
Container|""" + e["cont"] + r"""|Vessel / voyage|""" + e["vessel"] + r"""
Port of entry|""" + e["port"] + r"""|Goods|""" + e["goods"] + r"""
.TE
.TS
box tab(|) expand;
lb | cb | cb | cb
l | c | n | n.
Description|VAT code|Net (\(Po)|VAT (\(Po)
_
""")
    for desc, a in e["charges"]:
        G.append(f"{desc}|S|{g(a)}|{g((a * D('0.2')).quantize(D('0.01')))}\n")
    G.append(f"Import duty (recharged at cost)|O|{g(e['duty'])}|\\-\n")
    G.append(f"Import VAT (recharged at cost)|O|{g(e['vat'])}|\\-\n")
    G.append("_\n" + f"\\fBEntry {i} total (excl. VAT on charges)\\fP||\\fB{g(fees + e['duty'] + e['vat'])}\\fP|\n.TE\n")
G.append(r""".sp 1
.SH
Summary of charges
.LP
.TS
box tab(|) expand;
lb | cb | cb
l | c | n.
Description|VAT code|Amount (\(Po)
_
Our charges \(em customs entries, haulage, fuel and deferment fees|S|""" + g(d["fees"]) + r"""
Port handling & THC (recharged)|S|""" + g(d["disb_thc"]) + r"""
VAT at 20% on \(Po""" + g(d["fees"] + d["disb_thc"]) + r"""|S|""" + g(d["vat_on_fees"]) + r"""
Import duty \(em 3 entries (outside the scope of VAT)|O|""" + g(d["duty"]) + r"""
Import VAT \(em 3 entries (outside the scope of VAT)|O|""" + g(d["ivat"]) + r"""
=
\fBTOTAL DUE\fP||\fB\(Po""" + g(d["total"]) + r"""\fP
.TE
.sp 0.4
.LP
VAT codes: S = standard rate 20%; O = outside the scope of UK VAT (disbursement paid as agent, VAT Notice 700 section 25).
.SH
VAT analysis
.LP
.TS
box tab(|);
lb | cb | cb
l | n | n.
Rate|Net (\(Po)|VAT (\(Po)
_
Standard 20%|""" + g(d["fees"] + d["disb_thc"]) + r"""|""" + g(d["vat_on_fees"]) + r"""
Outside the scope|""" + g(d["duty"] + d["ivat"]) + r"""|0.00
.TE
.SH
Payment
.LP
Please pay the total of \(Po""" + g(d["total"]) + r""" by 19/04/2025 to Lloyds Bank plc, sort code 30-99-50, account 11842276,
account name Medway Freight & Customs Ltd, quoting invoice """ + INV + r""". Duty and VAT paid on your behalf must be
reimbursed within terms; overdue accounts may be charged interest at 8% over base rate and our deferment facility withdrawn.
All business is transacted under the current BIFA Standard Trading Conditions (2021 edition), which limit our liability;
copies are available on request. Claims must be notified in writing within 14 days.
.LP
Your previous invoice MFC/INV/0930412 dated 27/02/2025 for \(Po6,214.80 was paid on 14/03/2025 \(em thank you.
.sp 1.5
.LP
\l'6.8i\(ru'
.br
.ce 1
\s[8]\(em detach and return with your payment \(em\s0
.sp 0.3
.TS
box tab(|);
lb lw(2.0i) lb lw(1.5i).
REMITTANCE ADVICE||To|Medway Freight & Customs Ltd
Customer|Rochester Tile & Bathroom Supplies Ltd|Account|RTB002
Invoice no.|""" + INV + r"""|Invoice date|20/03/2025
Amount due|\fB\(Po""" + g(d["total"]) + r"""\fP|Due date|19/04/2025
Amount paid||Payment date|
.TE
""")
open(f"{OUT}/s23_customs_invoice_uk.ms", "w").write("".join(G))
