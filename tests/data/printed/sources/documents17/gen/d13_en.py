"""UK commercial combined insurance policy schedule, wkhtmltopdf, 3-4 pages."""
from common import *

sections = [
    ("1", "Material Damage", "Buildings", "1,850,000", "1,000", "2,214.60"),
    ("", "", "Tenant's improvements", "120,000", "1,000", "143.70"),
    ("", "", "Plant and machinery (incl. ovens and proving equipment)", "640,000", "1,000", "798.40"),
    ("", "", "Stock and materials in trade", "85,000", "500", "121.55"),
    ("", "", "Stock deterioration (refrigeration breakdown)", "25,000", "500", "88.00"),
    ("2", "Business Interruption", "Gross profit - indemnity period 24 months", "2,400,000", "48 hours", "1,296.00"),
    ("", "", "Additional increase in cost of working", "150,000", "48 hours", "67.50"),
    ("3", "Money and Assault", "Money in premises in business hours", "10,000", "250", "54.00"),
    ("4", "Employers' Liability", "Limit of indemnity any one occurrence", "10,000,000", "Nil", "1,108.35"),
    ("5", "Public and Products Liability", "Limit of indemnity any one occurrence / in the aggregate for products", "5,000,000", "500", "612.90"),
    ("6", "Goods in Transit", "Any one vehicle (2 vehicles)", "15,000", "250", "96.00"),
    ("7", "Engineering Inspection", "Statutory inspection of pressure plant and lifting equipment", "Included", "n/a", "240.00"),
]
net = sum(D(s[5].replace(",", "")) for s in sections)
ipt = q2(net * D("0.12"))
total = net + ipt
fee = D("75.00")
inst = q2((total + fee) / 10)
print(net, ipt, total, inst)
POL = "RCI/CB/2025/004917"

CSS = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; color: #111; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 11pt; border-bottom: 1.5px solid #1f3b57; margin: 5mm 0 2mm 0; color: #1f3b57; }
.top { width: 100%; border-bottom: 2px solid #1f3b57; margin-bottom: 3mm; }
.top td { vertical-align: bottom; }
.kv { width: 100%; border-collapse: collapse; }
.kv td { border: 1px solid #9aa8b5; padding: 1.5mm 2mm; vertical-align: top; }
.kv td.l { width: 32%; background: #eef2f6; font-weight: bold; }
.sec { width: 100%; border-collapse: collapse; font-size: 9pt; }
.sec th { background: #1f3b57; color: #fff; padding: 1.5mm; text-align: left; }
.sec td { border-bottom: 1px solid #c9d2db; padding: 1.2mm 1.5mm; vertical-align: top; }
.r { text-align: right; }
.prem { width: 70%; border-collapse: collapse; }
.prem td { padding: 1.5mm 2mm; border-bottom: 1px solid #c9d2db; }
.prem tr.t td { font-weight: bold; border-top: 2px solid #1f3b57; border-bottom: 2px solid #1f3b57; }
.pb { page-break-before: always; }
.ft { font-size: 7.5pt; color: #444; border-top: 1px solid #1f3b57; margin-top: 6mm; padding-top: 1mm; }
p { margin: 1.5mm 0; text-align: justify; }
.small { font-size: 8.5pt; }
"""


def top(p, n):
    return (f"<table class='top'><tr><td><h1>Ridgeway Commercial Insurance</h1><span class='small'>Commercial Combined Policy - Schedule</span></td>"
            f"<td class='r small'>Policy number {POL}<br>Schedule page {p} of {n}</td></tr></table>")


def ft():
    return ("<div class='ft'>Ridgeway Commercial Insurance Ltd is authorised by the Prudential Regulation Authority and regulated by the Financial "
            "Conduct Authority and the Prudential Regulation Authority (FRN 481230). Registered in England no. 05771204. Registered office: "
            "40 Fenchurch Street, London EC3M 3BY. This schedule forms part of and must be read together with the policy wording RCI-CC-0424.</div>")


N = 4
rows_sec = "".join(f"<tr><td>{a}</td><td><b>{esc_html(b)}</b></td><td>{esc_html(c)}</td><td class='r'>{d}</td><td class='r'>{e}</td><td class='r'>{f}</td></tr>" for a, b, c, d, e, f in sections)
html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Policy schedule {POL}</title><style>{CSS}</style></head><body>
{top(1, N)}
<table class="kv">
<tr><td class="l">Policy number</td><td>{POL}</td></tr>
<tr><td class="l">Policyholder</td><td>Corran &amp; Leigh Bakeries Ltd</td></tr>
<tr><td class="l">Trading address</td><td>Unit 4, Kestrel Park, Harlestone Road, Northampton NN5 7QP</td></tr>
<tr><td class="l">Business description</td><td>Wholesale bakers and manufacturers of bread, rolls and confectionery, with associated delivery</td></tr>
<tr><td class="l">Period of insurance</td><td>From 01/06/2025 to 31/05/2026 (both days inclusive)</td></tr>
<tr><td class="l">Renewal date</td><td>01/06/2026</td></tr>
<tr><td class="l">Date of issue</td><td>19/05/2025</td></tr>
<tr><td class="l">Reason for issue</td><td>Renewal of policy RCI/CB/2024/003812</td></tr>
<tr><td class="l">Insurer</td><td>Ridgeway Commercial Insurance Ltd</td></tr>
<tr><td class="l">Broker</td><td>Felton Marsh Insurance Brokers LLP, 18 Market Square, Northampton NN1 2DL (agency ref. FMB-22871)</td></tr>
<tr><td class="l">Interested parties</td><td>Midshires Commercial Finance plc (as mortgagee, Sections 1 and 2)</td></tr>
<tr><td class="l">ERN / PAYE reference</td><td>120/CA48821</td></tr>
</table>

<h2>Premium summary</h2>
<table class="prem">
<tr><td>Annual premium (excluding Insurance Premium Tax)</td><td class="r">£{us(net)}</td></tr>
<tr><td>Insurance Premium Tax at 12%</td><td class="r">£{us(ipt)}</td></tr>
<tr class="t"><td>Total premium payable</td><td class="r">£{us(total)}</td></tr>
</table>
<p class="small">Payment method: 10 monthly instalments of £{us(inst)} by direct debit through Premium Credit Ltd, first instalment
due 01/06/2025 (total amount payable £{us(inst * 10)} including a facility charge of £{us(fee)}; APR 9.4%). Last year's annual premium
excluding IPT was £6,412.80.</p>

<h2>Important information</h2>
<p class="small">You must tell us or your broker as soon as possible about any change in the information you have given us, for example a
change in the business activities, the premises or the sums insured. Failure to do so may invalidate the policy or mean that a claim
is not paid in full. Please read this schedule, the policy wording and any endorsements carefully and contact your broker if anything
is incorrect. The sums insured under Section 1 are subject to Day One Reinstatement with a declaration uplift of 30%.</p>
{ft()}

<div class="pb"></div>
{top(2, N)}
<h2>Sections insured, sums insured, excesses and premiums</h2>
<table class="sec">
<tr><th>Sec.</th><th>Section</th><th>Cover</th><th class="r">Sum insured / limit (£)</th><th class="r">Excess (£)</th><th class="r">Premium (£)</th></tr>
{rows_sec}
<tr><td></td><td colspan="4"><b>Total annual premium (excluding IPT)</b></td><td class="r"><b>{us(net)}</b></td></tr>
</table>
<h2>Excesses applying to all sections</h2>
<p>Escape of water: £1,000 each and every claim. Subsidence, ground heave or landslip: £2,500 each and every claim.
Theft from unattended vehicles: 10% of the claim, minimum £250. Terrorism is excluded unless stated otherwise.</p>
{ft()}

<div class="pb"></div>
{top(3, N)}
<h2>Endorsements applying</h2>
<p><b>E01 Intruder alarm.</b> It is a condition precedent to liability for theft that the intruder alarm installed at the premises is
maintained under contract with an NSI Gold approved installer, is set whenever the premises are closed for business and is connected
to an Alarm Receiving Centre by a dual-path signalling system.</p>
<p><b>E04 Deep-fat frying.</b> Frying ranges must be fitted with a thermostatic cut-out and an automatic fire suppression system, which
must be inspected at intervals not exceeding six months. Extraction ducting must be professionally cleaned every six months and
certificates retained.</p>
<p><b>E07 Waste.</b> All combustible waste must be removed from the buildings at the end of each working day and stored at least
10 metres from any building.</p>
<p><b>E12 Minimum security (Goods in Transit).</b> Vehicles must not be left unattended with goods inside unless all doors are locked,
all windows closed and any security devices fitted are set.</p>
<p><b>E15 Refrigeration maintenance.</b> Cover for stock deterioration applies only where the refrigeration plant is less than 12 years old
and is maintained under a contract providing for at least one inspection each year.</p>
<h2>Claims</h2>
<p>To report a claim, call our 24-hour claims line on 0330 123 4590 quoting the policy number {POL}, or notify your broker.
Claims under Section 4 must be reported within 7 days of the incident. Please do not admit liability or make any offer of settlement
without our written consent.</p>
<h2>Complaints</h2>
<p>If you are unhappy with our service please contact the Customer Relations Manager, Ridgeway Commercial Insurance Ltd,
40 Fenchurch Street, London EC3M 3BY. If we cannot resolve your complaint you may be entitled to refer it to the Financial Ombudsman
Service. You may be entitled to compensation from the Financial Services Compensation Scheme if we cannot meet our obligations.</p>
{ft()}

<div class="pb"></div>
{top(4, N)}
<h2>Employers' liability certificate (summary)</h2>
<p>Policy number {POL}. Name of policyholder: Corran &amp; Leigh Bakeries Ltd. Date of commencement of insurance policy: 01/06/2025.
Date of expiry of insurance policy: 31/05/2026. We hereby certify that, subject to paragraph 2, the policy to which this certificate
relates satisfies the requirements of the relevant law applicable in Great Britain, Northern Ireland, the Isle of Man, the Island of
Jersey, the Island of Guernsey and the Island of Alderney. The minimum amount of cover provided by this policy is no less than
£5 million.</p>
<p>Employer's Reference Number: 120/CA48821. A copy of this certificate must be displayed where your employees can easily read it.
The full certificate is issued separately.</p>
<h2>Signed on behalf of the insurer</h2>
<p>R. J. Haverstock, Underwriting Director, Ridgeway Commercial Insurance Ltd, 19/05/2025.</p>
{ft()}
</body></html>
"""
write("13_policy_schedule_uk.html", html)

truth("13_policy_schedule_uk.pdf", {
    "policy_number": POL,
    "policyholder": "Corran & Leigh Bakeries Ltd",
    "start_date": "2025-06-01",
    "end_date": "2026-05-31",
    "net_premium": float(net),
    "insurance_premium_tax": float(ipt),
    "total_premium": float(total),
}, {"policy_number": "text", "policyholder": "text", "start_date": "date", "end_date": "date", "net_premium": "amount",
    "insurance_premium_tax": "amount", "total_premium": "amount"},
    "UK commercial combined insurance policy schedule (bakery), wkhtmltopdf (Liberation Serif), 4 pages. Each page starts with "
    "insurer banner and 'Policy number …  Schedule page n of 4', ends with regulatory footer. Page 1: key/value table (label "
    "cell left, value cell right): Policy number, Policyholder, Period of insurance 'From 01/06/2025 to 31/05/2026 (both days "
    "inclusive)' (start_date/end_date), Renewal date 01/06/2026 and Date of issue 19/05/2025 (distractors), previous policy "
    "number (distractor), broker and mortgagee names (distractors). Premium summary: 'Annual premium (excluding Insurance "
    "Premium Tax)' (net_premium), 'Insurance Premium Tax at 12%' (insurance_premium_tax), 'Total premium payable' "
    "(total_premium); distractors: instalment amount, total payable with facility charge, last year's premium. Page 2: section "
    "table with per-section premiums and sums insured and a total row repeating net premium. Page 4: EL certificate repeats "
    "commencement/expiry dates. UK date format dd/mm/yyyy, £ amounts.")
