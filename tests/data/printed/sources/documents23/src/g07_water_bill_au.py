"""D07: Australian quarterly water bill, 2 pages, usage history, payment slip at the foot of page 2 (wkhtmltopdf)."""
import sys
from common import fmt, D
import data

d = data.d07()
OUT = sys.argv[1]
ACC = d["account_number"]
daily = int(round(d["usage"] * 1000 / d["days"]))
hist = [("Mar 24", 428), ("Jun 24", 371), ("Sep 24", 344), ("Dec 24", 402), ("Mar 25", daily)]

css = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color:#1d2b36; margin:0; }
.page { width: 100%; height: 352mm; position: relative; page-break-after: always; }
.page.last { page-break-after: auto; }
.logo { font-size: 21pt; font-weight: bold; color:#0072bc; }
.logo span { color:#00a6a6; }
.tag { font-size:8.5pt; color:#666; }
.hdr { overflow:hidden; }
.hdr .l { float:left; width:55%; }
.hdr .r { float:right; width:40%; text-align:right; font-size:9pt; color:#444; }
.addr { margin: 18mm 0 8mm 0; font-size:12.5pt; line-height:1.4; }
.due { background:#0072bc; color:#fff; padding:8px 12px; border-radius:4px; }
.due table { width:100%; color:#fff; font-size:10pt; }
.due td.big { font-size:20pt; font-weight:bold; }
h2 { font-size:11pt; color:#0072bc; border-bottom:2px solid #0072bc; padding-bottom:2px; margin:14px 0 6px; }
table.t { width:100%; border-collapse:collapse; }
table.t td, table.t th { padding:4px 5px; border-bottom:1px solid #dde3e8; text-align:left; }
table.t th { background:#eef5fb; font-size:9.5pt; }
.n { text-align:right !important; }
tr.tot td { font-weight:bold; border-top:1.5px solid #1d2b36; }
.graph { margin-top:10px; }
.bar { background:#8cc7e8; vertical-align:bottom; text-align:center; font-size:7.5pt; color:#1d2b36; }
.bar.cur { background:#0072bc; color:#fff; }
.lbls span { display:inline-block; width:56px; margin-right:22px; text-align:center; font-size:7.5pt; }
.info { font-size:9pt; color:#444; line-height:1.35; }
.two { overflow:hidden; }
.two .a { float:left; width:48%; }
.two .b { float:right; width:48%; }
.slip { position:absolute; bottom:0; left:0; right:0; height:80mm; border-top:1.5px dashed #333; padding-top:6px; }
.slip .cut { position:absolute; top:-9px; left:20px; background:#fff; padding:0 5px; font-size:7.5pt; }
.slip table td { padding:3px 6px; font-size:11pt; }
.box { border:1.5px solid #1d2b36; padding:6px 8px; }
.foot { position:absolute; bottom:0; font-size:8pt; color:#777; width:100%; }
"""

h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Water account {ACC}</title><style>{css}</style></head><body>"]
h.append(f"""<div class="page"><div class="hdr"><div class="l"><div class="logo">Hunter<span>Coast</span> Water</div>
<div class="tag">Hunter Coast Water Corporation &middot; ABN 81 052 417 669</div></div>
<div class="r">Enquiries 1300 657 230 (8am&ndash;5pm weekdays)<br>Faults &amp; emergencies 1300 657 000 (24/7)<br>hunter-coastwater.com.au<br>PO Box 5171, Newcastle West NSW 2302</div></div>
<div class="addr">Ms Priya Raghunathan<br>14 Wattle Grove<br>MEREWETHER NSW 2291</div>
<div style="font-size:14pt;font-weight:bold;margin-bottom:6px">Your water and sewer bill</div>
<table class="t" style="width:60%"><tr><td>Account number</td><td><b>{ACC}</b></td></tr>
<tr><td>Issue date</td><td>7 March 2025</td></tr>
<tr><td>Property</td><td>14 Wattle Grove, Merewether NSW 2291</td></tr>
<tr><td>Billing period</td><td>5 December 2024 to 5 March 2025 ({d['days']} days)</td></tr></table>
<div class="due" style="margin-top:10px"><table><tr><td>Total amount due</td><td>Due date</td></tr>
<tr><td class="big">${fmt(d['amount_due'])}</td><td class="big">28 March 2025</td></tr></table></div>
<h2>Account summary</h2>
<table class="t"><tr><td>Amount of last bill (issued 6 December 2024)</td><td class="n">${fmt(d['prev_bill'])}</td></tr>
<tr><td>Payment received 23 December 2024 &ndash; thank you</td><td class="n">-${fmt(d['paid'])}</td></tr>
<tr><td>Balance brought forward</td><td class="n">$0.00</td></tr>
<tr><td>New charges this bill (see page 2 for details)</td><td class="n">${fmt(d['total_period'])}</td></tr>
<tr class="tot"><td>Total amount due</td><td class="n">${fmt(d['amount_due'])}</td></tr></table>
<h2>Your water use</h2>
<div class="two"><div class="a"><table class="graph" style="width:100%;border-collapse:collapse"><tr>""")
for i, (q, v) in enumerate(hist):
    h.append(f'<td style="vertical-align:bottom;height:110px;border-bottom:1px solid #888;padding:0 6px"><div class="bar{" cur" if i == len(hist) - 1 else ""}" style="height:{v * 100 // 450}px;width:100%">{v}</div></td>')
h.append('</tr><tr>' + "".join(f'<td style="text-align:center;font-size:7.5pt">{q}</td>' for q, _ in hist) + "</tr></table>")
h.append(f"""<div class="info" style="margin-top:4px">Average litres per day, by quarter</div></div>
<div class="b"><table class="t"><tr><th></th><th class="n">Litres per day</th></tr>
<tr><td>Your household, this bill</td><td class="n">{daily}</td></tr>
<tr><td>Same time last year</td><td class="n">428</td></tr>
<tr><td>Average 2-person household</td><td class="n">420</td></tr>
<tr><td>Average 4-person household</td><td class="n">690</td></tr></table>
<p class="info">Your water use is 7% lower than at the same time last year. Water-saving tips and a free home water
check are available at hunter-coastwater.com.au/save.</p></div></div>
<h2>Ways to pay</h2>
<div class="info"><b>BPAY</b> Biller code 128553, Ref 20945571038 &nbsp;&middot;&nbsp; <b>Direct debit</b> register online or call us
&nbsp;&middot;&nbsp; <b>Card</b> hunter-coastwater.com.au/pay or 1300 138 221 (Visa, Mastercard; no surcharge)
&nbsp;&middot;&nbsp; <b>Post Billpay</b> at any post office (payment slip on page 2).<br>
Having trouble paying? Call us on 1300 657 230 to discuss a payment plan. Pensioner concessions may apply &ndash; ask us for a
concession application form.</div>
<div class="foot">Hunter Coast Water Corporation is a state-owned corporation. Prices are set by the Independent Pricing and Regulatory Tribunal (IPART) determination 2024&ndash;2028. Page 1 of 2</div></div>""")

# page 2
h.append(f"""<div class="page last"><div class="hdr"><div class="l"><div class="logo" style="font-size:13pt">Hunter<span>Coast</span> Water</div></div>
<div class="r">Account number {ACC}<br>Issue date 7 March 2025<br>Page 2 of 2</div></div>
<h2>Meter readings</h2>
<table class="t"><tr><th>Meter number</th><th>Previous reading</th><th>Current reading</th><th class="n">Water used</th><th>Reading type</th></tr>
<tr><td>HCW-21A-884702</td><td>{d['prev_read']} kL on 05/12/2024</td><td>{d['curr_read']} kL on 05/03/2025</td><td class="n">{d['usage']} kL</td><td>Actual</td></tr></table>
<h2>Details of new charges</h2>
<table class="t"><tr><th>Charge</th><th>Calculation</th><th class="n">Amount</th></tr>
<tr><td>Water service charge</td><td>{d['days']} days @ $0.2521 per day (20 mm meter)</td><td class="n">${fmt(d['water_service'])}</td></tr>
<tr><td>Water usage charge</td><td>{d['usage']} kL @ ${d['water_rate']:.4f} per kL</td><td class="n">${fmt(d['usage_charge'])}</td></tr>
<tr><td>Sewerage service charge</td><td>{d['days']} days @ $2.1836 per day</td><td class="n">${fmt(d['sewer_service'])}</td></tr>
<tr><td>Stormwater drainage charge</td><td>Residential property, quarterly</td><td class="n">${fmt(d['stormwater'])}</td></tr>
<tr class="tot"><td>Total new charges</td><td>GST does not apply to these charges</td><td class="n">${fmt(d['total_period'])}</td></tr></table>
<div class="info" style="margin-top:10px">Water usage this period: {d['usage']} kL ({d['usage'] * 1000:,} litres) over {d['days']} days.
Your next meter reading is scheduled between 2 June and 6 June 2025. Please ensure the meter at the front boundary is accessible.<br><br>
<b>Concessions:</b> no pensioner concession is recorded on this account. <b>Hardship:</b> if you are having difficulty paying, we can
help with flexible payment arrangements. <b>Complaints:</b> if we cannot resolve your complaint you may contact the Energy &amp; Water
Ombudsman NSW on 1800 246 545. Interpreter service 131 450.</div>
<div class="slip"><span class="cut">&#9986; Payment slip &ndash; detach and return with your payment</span>
<div class="two"><div class="a"><div class="logo" style="font-size:12pt">Hunter<span>Coast</span> Water</div>
<table style="margin-top:6px"><tr><td>Customer</td><td>P Raghunathan</td></tr><tr><td>Account number</td><td><b>{ACC}</b></td></tr>
<tr><td>Payment due</td><td><b>28/03/2025</b></td></tr><tr><td>Amount payable</td><td><b>${fmt(d['amount_due'])}</b></td></tr></table>
<div class="info" style="margin-top:8px">Cheques payable to Hunter Coast Water. Do not staple or fold. Post to: PO Box 5171, Newcastle West NSW 2302.</div></div>
<div class="b"><div class="box"><b>BPAY</b><br>Biller code: 128553<br>Ref: 20945571038<br><span class="info">Contact your bank or financial institution to make this payment from your cheque, savings or credit card account.</span></div>
<div class="box" style="margin-top:6px"><b>Post Billpay</b> &nbsp; Billpay code 0417 &nbsp; Ref 2094 5571 0389<br>
<span style="font-family:'DejaVu Sans Mono';font-size:10pt">*417 20945571038 9</span></div></div></div></div></div>
</body></html>""")
open(f"{OUT}/s23_water_bill_au.html", "w").write("\n".join(h))
