"""D10: UK shop & office insurance policy schedule, 4 pages: schedule front page, sections of cover,
endorsements, premium summary and instalment plan on the last page (groff -ms + tbl)."""
import sys
from common import fmt, D
import data

d = data.d10()
OUT = sys.argv[1]
POL = d["policy_number"]


def g(x):
    return fmt(x)


def lim(v):
    return "\\(Po" + fmt(D(v), "uk", 0)


G = [r""".nr PS 9.5
.nr VS 12.5
.nr PO 0.8i
.nr LL 6.7i
.nr HM 0.7i
.nr FM 0.8i
.fam H
.ds LH Thameside Commercial Insurance plc
.ds CH Policy """ + POL + r"""
.ds RH Schedule \(en page % of 4
.ds LF Issued 14 March 2025
.ds CF
.ds RF TCI-SOP-SCH (01/25)
.ce 2
\s[18]\fBTHAMESIDE\fP\s0
\s[9]COMMERCIAL INSURANCE PLC\s0
.sp 0.3
.ce 1
\s[8]Thameside House, 40 Leadenhall Street, London EC3A 2BJ \(bu Claims 0345 601 7735 \(bu www.thameside-ci.co.uk\s0
.sp 1.2
.ce 1
\s[14]\fBSHOP & OFFICE POLICY \(em SCHEDULE\fP\s0
.sp 0.8
.TS
box tab(|) expand;
lb | l.
Policy number|""" + POL + r"""
_
The Insured|Hartley & Finch Opticians Ltd
_
Correspondence address|22 Market Place, Beverley, East Yorkshire HU17 9AG
_
Business description|Dispensing and ophthalmic opticians, including domiciliary eye examinations
_
Period of insurance|From 1 April 2025 to 31 March 2026 (both days inclusive)
_
Renewal date|1 April 2026
_
Reason for issue|Renewal (no change in cover) \(en supersedes all previous schedules
_
Date of issue|14 March 2025
_
Broker|Humber Insurance Brokers Ltd, 5 Paragon Square, Hull HU1 3NA (agency HIB-2218)
_
Premium|See the Premium Summary on page 4 of this schedule
.TE
.sp 1
.LP
This schedule forms part of and must be read together with the Policy Wording TCI-SOP-W (edition 01/2024) and the
endorsements shown on page 3. Please check the schedule carefully and tell your broker immediately if any information is
incorrect or incomplete. Failure to disclose material facts may invalidate your insurance or reduce a claim payment.
.LP
\fBPremises insured\fP
.TS
box tab(|) expand;
lb | lb | lb
l | l | l.
No.|Address|Use
_
1|22 Market Place, Beverley HU17 9AG|Practice, showroom, consulting rooms, office
2|Unit 9, Flemingate Centre, Beverley HU17 0NQ|Retail branch (leasehold)
.TE
.LP
\fBConstruction\fP: premises 1 of brick with slate roof, built 1887, Grade II listed; premises 2 of steel frame with
composite panels, built 2016. \fBSecurity\fP: NSI Gold monitored intruder alarm with police response (both premises);
laminated glass to shop fronts; CCTV. \fBClaims in the last 5 years\fP: one (accidental damage to stock, 12 August 2022,
\(Po1,840.00 paid).
.LP
\fBInterested parties\fP: Yorkshire Building Bank plc (mortgagee, premises 1) \(em interest noted under Section 1.
.sp 1.2
.LP
Signed for and on behalf of Thameside Commercial Insurance plc
.sp 1.5
.LP
\fIK. Obi\fP, Head of Commercial Underwriting
.bp
.SH
Sections of cover
.LP
The following sections are operative. Limits and sums insured apply per premises unless stated otherwise.
.TS
box tab(|) expand;
lb | lb | lb | lb
l | l | n | n.
Section|Basis|Sum insured / limit (\(Po)|Excess (\(Po)
_
"""]
excess = ["500", "250", "250", "250", "24 hours", "100", "100", "nil", "250 (property damage)", "1,000", "nil"]
for (name, basis, si, _), ex in zip(d["sections"], excess):
    G.append(f"{name}|{basis}|{fmt(D(si), 'uk', 0)}|{ex}\n")
G.append(r""".TE
.LP
\fBNotes\fP
.IP 1. 3
Buildings are insured on a reinstatement basis. The declared value of \(Po685,000 has been index-linked and will be
adjusted monthly by reference to the BCIS House Rebuilding Cost Index. Day one uplift 30%.
.IP 2. 3
Business Interruption: indemnity period 24 months; gross profit declared \(Po540,000. Book debts \(Po25,000 and
additional increase in cost of working \(Po50,000 are included.
.IP 3. 3
Stock is insured for \(Po76,000, increased by 25% during October to December (seasonal increase).
.IP 4. 3
Employers' Liability: limit of indemnity \(Po10,000,000 any one occurrence, reduced to \(Po5,000,000 in respect of acts of
terrorism. Estimated wageroll \(Po612,400 (11 employees). ERN: 120/HF48273.
.IP 5. 3
Public & Products Liability: limit of indemnity \(Po5,000,000 any one occurrence; products aggregate. Estimated
turnover \(Po1,184,000.
.IP 6. 3
Professional Indemnity: limit \(Po2,000,000 any one claim and in the aggregate, including costs. Retroactive date
1 April 2011. Registrant optometrists: 3; dispensing opticians: 2.
.IP 7. 3
Legal Expenses are underwritten by ARAG Legal Expenses Insurance Company Ltd; helpline 0117 917 1698.
.LP
\fBThe policy excess\fP (\(Po250 unless stated otherwise above) applies to each and every claim. Subsidence
excess \(Po1,000. Escape of water from premises left unoccupied for more than 30 days: \(Po2,500.
.bp
.SH
Endorsements applying to this policy
.IP "E01 Intruder alarm condition" 4
The intruder alarm must be set whenever the premises are closed for business, maintained under a contract with an NSI
Gold or SSAIB company, and any fault must be notified to us within 24 hours. Loss by theft is excluded if this condition
is not complied with.
.IP "E07 Minimum security \(en retail" 4
All external doors must be secured by five-lever mortice deadlocks to BS 3621 and all accessible windows by key-operated
locks. Shop fronts must be of laminated glass.
.IP "E12 Keys" 4
Keys to the premises or the safe must be removed from the premises when closed for business.
.IP "E15 Unoccupancy" 4
If the premises become unoccupied for more than 30 consecutive days you must notify us; cover for theft, malicious damage
and escape of water will then be restricted and a \(Po2,500 excess will apply.
.IP "E22 Listed building" 4
In the event of damage to premises 1, we will pay the additional cost of reinstatement required by Historic England or the
local planning authority, up to \(Po150,000 any one claim, in addition to the buildings sum insured.
.IP "E31 Domiciliary visits" 4
Professional Indemnity and Public Liability cover extends to domiciliary eye examinations carried out in private homes and
care homes within England, provided that DBS checks are held for all staff attending.
.IP "E40 Cyber exclusion" 4
This policy does not cover any loss directly or indirectly caused by a cyber act or cyber incident (market exclusion LMA5400
as amended), other than physical damage by fire or explosion.
.IP "E44 Communicable disease" 4
Business Interruption cover does not extend to interruption caused by any communicable disease, except as provided under
the Notifiable Diseases extension, limit \(Po25,000 any one period of insurance.
.LP
\fBImportant\fP: failure to comply with a condition precedent endorsement may mean that we will not pay a claim.
You must tell us within 14 days of any change in your business, premises or the information shown in this schedule.
.bp
.SH
Premium summary
.LP
Premium for the period of insurance 1 April 2025 to 31 March 2026:
.TS
box tab(|) expand;
lb | lb
l | n.
Section|Annual premium (\(Po)
_
""")
for name, _, _, prem in d["sections"]:
    G.append(f"{name}|{g(D(prem))}\n")
inst_last = d["total"] - d["deposit"] - d["instalment"] * 9
G.append(r"""_
\fBNet annual premium\fP|\fB""" + g(d["net"]) + r"""\fP
Insurance Premium Tax at 12%|""" + g(d["ipt"]) + r"""
Policy administration fee (not subject to IPT)|""" + g(d["admin"]) + r"""
=
\fBTOTAL PREMIUM PAYABLE\fP|\fB\(Po""" + g(d["total"]) + r"""\fP
.TE
.sp 0.5
.LP
For comparison, the total premium payable for the previous period (1 April 2024 to 31 March 2025) was \(Po""" + g(d["last_year"]) + r""".
The increase reflects index-linking of the buildings sum insured, the higher wageroll declared and the Professional
Indemnity rate review.
.SH
Payment
.LP
You have chosen to pay by monthly instalments through Premium Credit Ltd (agreement PCL-7740218). The credit charge has
been waived by your broker.
.TS
box tab(|) expand;
lb | lb | lb
l | l | n.
Instalment|Due date|Amount (\(Po)
_
Deposit|1 April 2025|""" + g(d["deposit"]) + "\n")
months = ["May 2025", "June 2025", "July 2025", "August 2025", "September 2025", "October 2025", "November 2025",
          "December 2025", "January 2026", "February 2026"]
for i, mth in enumerate(months, 1):
    amt = d["instalment"] if i < 10 else inst_last
    G.append(f"{i}|1 {mth}|{g(amt)}\n")
G.append(r"""_
\fBTotal\fP||\fB""" + g(d["total"]) + r"""\fP
.TE
.LP
If an instalment is not paid, we may cancel the policy by giving 14 days' notice in writing. Cancellation terms: if you
cancel after the cooling-off period, we will refund the premium for the unexpired period less a charge of \(Po50.00,
provided no claim has been made.
.sp 0.5
.LP
\s[7.5]Thameside Commercial Insurance plc is authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 204871). Registered in England
and Wales No. 01183402. Registered office: Thameside House, 40 Leadenhall Street, London EC3A 2BJ. Insurance Premium Tax
is charged at the rate applicable on the date of issue. If you wish to make a complaint, please contact your broker or our
Customer Relations team on 0345 601 7730; you may be able to refer your complaint to the Financial Ombudsman Service.\s0
""")
open(f"{OUT}/s23_policy_schedule_uk.ms", "w").write("".join(G))
