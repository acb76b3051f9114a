"""D12: US LTL carrier consolidated freight invoice, landscape, 46 shipments (HTML for Chromium)."""
import sys
from common import fmt, esc
import data

d = data.d12()
OUT = sys.argv[1]
INV = d["invoice_number"]

css = f"""
@page {{ size: letter landscape; margin: 0.55in 0.4in 0.55in 0.4in;
  @top-left {{ content: "SUMMIT LINE FREIGHT, INC.  \\2014  Consolidated Freight Invoice {INV}  \\2014  Account {d['account_number']}"; font: bold 7.5pt 'DejaVu Sans Condensed', sans-serif; color:#7a1f1f; }}
  @top-right {{ content: "Invoice date 03/17/2025   Page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Sans Condensed', sans-serif; }}
  @bottom-center {{ content: "Summit Line Freight, Inc. \\00B7  USDOT 1873342 \\00B7  MC 648215 \\00B7  1450 Industrial Pkwy, Zanesville, OH 43701 \\00B7  Billing inquiries (740) 555-0117 \\00B7  billing@summitlinefreight.com"; font: 6.5pt 'DejaVu Sans Condensed', sans-serif; color:#555; }}
}}
@page :first {{ @top-left {{ content: none; }} }}
body {{ font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 7.4pt; margin:0; color:#111; }}
.hdr {{ display:flex; justify-content:space-between; align-items:flex-start; margin-bottom:6px; }}
.logo {{ font: bold 22pt 'DejaVu Sans', sans-serif; color:#7a1f1f; letter-spacing:-1px; }}
.logo span {{ color:#333; font-weight:normal; font-size:9pt; letter-spacing:0; display:block; }}
.meta td {{ padding:2px 6px; border:1px solid #999; font-size:8pt; }}
.meta td.k {{ background:#f2e6e6; font-weight:bold; }}
.parties {{ display:flex; gap:10px; margin:4px 0 8px; }}
.parties div {{ flex:1; border:1px solid #bbb; padding:4px 6px; font-size:7.8pt; }}
.parties b.h {{ display:block; font-size:6.8pt; color:#7a1f1f; text-transform:uppercase; }}
table.sh {{ width:100%; border-collapse:collapse; }}
table.sh thead th {{ background:#7a1f1f; color:#fff; font-size:6.8pt; padding:3px 2px; text-align:left; border-right:1px solid #a55; }}
table.sh td {{ padding:2.2px 2px; border-bottom:1px solid #e2e2e2; white-space:nowrap; }}
table.sh tr:nth-child(even) td {{ background:#faf6f6; }}
.n {{ text-align:right; }}
table.sh tr.tt td {{ font-weight:bold; border-top:1.5px solid #000; background:#f2e6e6; padding:3px 2px; }}
.end {{ break-inside: avoid; }}
.sum {{ display:flex; gap:14px; margin-top:8px; }}
.sum .codes {{ flex:1.4; font-size:7pt; }}
.sum table {{ border-collapse:collapse; flex:1; }}
.sum table td {{ padding:2.5px 6px; border-bottom:1px solid #ccc; font-size:8.4pt; }}
.sum table tr.g td {{ font-size:10.5pt; font-weight:bold; background:#f2e6e6; border-top:2px solid #000; }}
.cut {{ margin-top:14px; border-top:1.5px dashed #555; padding-top:6px; position:relative; }}
.cut:before {{ content:"\\2702  detach and return this portion with your payment"; position:absolute; top:-9px; left:30px; background:#fff; padding:0 6px; font-size:7pt; color:#555; }}
.stub {{ display:flex; gap:18px; font-size:8.2pt; }}
.stub table td {{ border:1px solid #888; padding:3px 8px; }}
"""

h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{INV}</title><style>{css}</style></head><body>"]
h.append(f"""<div class="hdr"><div class="logo">SUMMIT LINE<span>FREIGHT, INC. &middot; LTL &amp; Truckload &middot; Ohio Valley &middot; Great Lakes &middot; Southeast</span></div>
<div style="font: bold 15pt 'DejaVu Sans'; color:#7a1f1f; text-align:center">CONSOLIDATED FREIGHT INVOICE<div style="font-size:8pt;color:#333;font-weight:normal">Shipments picked up 03/03/2025 &ndash; 03/14/2025 &middot; Prepaid</div></div>
<table class="meta" style="border-collapse:collapse"><tr><td class="k">Invoice No.</td><td><b>{INV}</b></td></tr>
<tr><td class="k">Invoice Date</td><td>03/17/2025</td></tr><tr><td class="k">Account No.</td><td>{d['account_number']}</td></tr>
<tr><td class="k">Terms</td><td>Net 30</td></tr><tr><td class="k">Payment Due</td><td><b>04/16/2025</b></td></tr></table></div>
<div class="parties"><div><b class="h">Bill to</b>Great Lakes Pump &amp; Valve Co.<br>Attn: Freight Payables<br>2710 Westbelt Drive<br>Columbus, OH 43228</div>
<div><b class="h">Shipper (all shipments)</b>Great Lakes Pump &amp; Valve Co. &ndash; Distribution Center<br>2710 Westbelt Drive, Columbus, OH 43228<br>Dock contact: R. Salinas (614) 555-0163</div>
<div><b class="h">Remit to</b>Summit Line Freight, Inc.<br>Lockbox 771942<br>Cleveland, OH 44193-1942<br>ACH/Wire: PNC Bank, ABA 041000124, Acct ending 8834</div>
<div><b class="h">Tariff / pricing</b>SLFI 500 base rates, pricing agreement GLP-2024-07<br>Discount 72% off base, absolute minimum charge $118.00<br>Fuel surcharge 31.8% (DOE diesel avg $3.62/gal, week of 03/03)</div></div>
<table class="sh"><thead><tr><th>#</th><th>PRO Number</th><th>Pickup</th><th>BOL / Shipper ref</th><th>Consignee city</th><th>ZIP</th><th class="n">Pcs</th><th class="n">Weight (lbs)</th>
<th>Class</th><th class="n">Gross linehaul</th><th class="n">Discount</th><th class="n">Net linehaul</th><th class="n">Fuel surch.</th><th>Acc.</th><th class="n">Acc. chg</th><th class="n">Shipment total</th></tr></thead><tbody>""")
import datetime as _dt
_days = [_dt.date(2025, 3, x) for x in (3, 4, 5, 6, 7, 10, 11, 12, 13, 14)]
for i, r in enumerate(d["rows"], 1):
    r["date"] = _days[(i - 1) * len(_days) // len(d["rows"])]
    h.append(f"<tr><td>{i}</td><td>{r['pro']}</td><td>{r['date']:%m/%d/%Y}</td><td>{r['bol']}</td><td>{esc(r['dest'])}</td><td>{r['zip']}</td>"
             f"<td class='n'>{r['pcs']}</td><td class='n'>{r['wt']:,}</td><td style='padding-left:8px'>{r['cls']}</td><td class='n'>{fmt(r['lh'])}</td>"
             f"<td class='n'>-{fmt(r['disc'])}</td><td class='n'>{fmt(r['net'])}</td><td class='n'>{fmt(r['fsc'])}</td><td>{r['accn']}</td>"
             f"<td class='n'>{fmt(r['acc']) if r['acc'] else ''}</td><td class='n'>{fmt(r['total'])}</td></tr>")
h.append(f"""<tr class="tt"><td colspan="6">TOTALS &mdash; {len(d['rows'])} shipments</td><td class="n">{d['total_pcs']}</td><td class="n">{d['total_weight']:,}</td><td></td>
<td class="n">{fmt(d['tot_lh'])}</td><td class="n">-{fmt(d['tot_disc'])}</td><td class="n">{fmt(d['tot_net'])}</td><td class="n">{fmt(d['tot_fsc'])}</td><td></td><td class="n">{fmt(d['tot_acc'])}</td><td class="n">{fmt(d['total'])}</td></tr></tbody></table>
<div class="end"><div class="sum"><div class="codes"><b>Accessorial codes:</b> LG = liftgate delivery ($85.00) &middot; RES = residential delivery ($65.00) &middot; APPT = delivery appointment / notify ($45.00) &middot; INS = inside delivery ($110.00).<br>
<b>Freight claims</b> must be filed in writing within 9 months of delivery (49 U.S.C. &sect;14706). Concealed damage must be reported within 5 days of delivery.
Invoices not paid within terms are subject to a 1.5% monthly service charge and loss of discount per SLFI 100 rules tariff item 490. Please quote PRO numbers on any dispute; undisputed amounts remain payable by the due date.<br>
Your previous invoice SLF-7729518 ($18,644.27, dated 03/03/2025) is due 04/02/2025.</div>
<table><tr><td>Gross linehaul</td><td class="n">{fmt(d['tot_lh'])}</td></tr><tr><td>Less discount (72%)</td><td class="n">-{fmt(d['tot_disc'])}</td></tr>
<tr><td>Net linehaul</td><td class="n">{fmt(d['tot_net'])}</td></tr><tr><td>Fuel surcharge</td><td class="n">{fmt(d['tot_fsc'])}</td></tr>
<tr><td>Accessorial charges</td><td class="n">{fmt(d['tot_acc'])}</td></tr><tr class="g"><td>TOTAL AMOUNT DUE (USD)</td><td class="n">${fmt(d['total'])}</td></tr></table></div>
<div class="cut"><div class="stub"><div style="flex:1.2"><b>SUMMIT LINE FREIGHT, INC.</b><br>Lockbox 771942<br>Cleveland, OH 44193-1942<br><br>From: Great Lakes Pump &amp; Valve Co., Columbus, OH</div>
<table style="border-collapse:collapse;flex:1"><tr><td>Invoice</td><td><b>{INV}</b></td></tr><tr><td>Account</td><td>{d['account_number']}</td></tr>
<tr><td>Please pay by</td><td>04/16/2025</td></tr><tr><td>Balance due</td><td><b>${fmt(d['total'])}</b></td></tr><tr><td>Amount enclosed</td><td>$</td></tr></table></div></div></div>
</body></html>""")
open(f"{OUT}/s23_freight_invoice_us.html", "w").write("\n".join(h))
