"""Builds the HTML of the Parcelway Express invoice (printed by Chromium)."""
import json, os, sys, html
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
ships = json.load(open(os.path.join(HERE, "s27_07_shipments.json")))
def m(x): 
    x = D(x)
    return f"{x:,.2f}" if x >= 0 else f"-{-x:,.2f}"
base = sum(D(s["base"]) for s in ships); disc = sum(D(s["disc"]) for s in ships)
fuel = sum(D(s["fuel"]) for s in ships); acc = sum(D(s["acc"]) for s in ships)
tot = sum(D(s["net"]) for s in ships)
by = {}
for s in ships:
    b = by.setdefault(s["svc"], [0, D(0)]); b[0] += 1; b[1] += D(s["net"])
css = """
@page { size: letter; margin: 0.45in 0.45in 0.6in 0.45in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #222; margin: 0; }
.hd { display: grid; grid-template-columns: 1fr 3.1in; border-bottom: 3px solid #5a2d82; padding-bottom: 6px; }
.logo { font-size: 22pt; font-weight: bold; color: #5a2d82; } .logo span { color: #ff6a13; }
.kv { width: 100%; border-collapse: collapse; } .kv td { padding: 1.5px 3px; } .kv td.v { text-align: right; font-weight: bold; }
.box { border: 1px solid #bbb; padding: 6px 8px; }
h3 { background: #5a2d82; color: #fff; font-size: 8.5pt; margin: 10px 0 0 0; padding: 3px 6px; }
table.t { width: 100%; border-collapse: collapse; }
table.t th { background: #eee; text-align: left; font-weight: bold; padding: 3px; border-bottom: 1px solid #999; font-size: 7pt; white-space: nowrap; }
table.t td { padding: 2px 3px; border-bottom: 1px solid #e3e3e3; font-size: 7pt; white-space: nowrap; }
table.t thead { display: table-header-group; }
table.t tr { break-inside: avoid; }
.r { text-align: right; }
.due { font-size: 14pt; font-weight: bold; color: #5a2d82; }
.stub { border-top: 2px dashed #777; margin-top: 16px; padding-top: 8px; }
.small { font-size: 6.8pt; color: #555; }
"""
o = []
o.append(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Invoice 8-417-29053</title><style>{css}</style></head><body>")
o.append("""<div class='hd'><div><div class='logo'>Parcel<span>way</span></div>
<div>Parcelway Express, Inc.<br>P.O. Box 660481, Dallas, TX 75266-0481<br>Billing inquiries: 1-800-555-0164 &middot; parcelway.com/billing</div></div>
<div><table class='kv'>
<tr><td>Invoice Number</td><td class='v'>8-417-29053</td></tr>
<tr><td>Invoice Date</td><td class='v'>Mar 17, 2025</td></tr>
<tr><td>Account Number</td><td class='v'>4471-0928-3</td></tr>
<tr><td>Ship Dates</td><td class='v'>Mar 03 &ndash; Mar 14, 2025</td></tr>
<tr><td>Payment Due</td><td class='v'>Apr 01, 2025</td></tr>
</table></div></div>""")
o.append("""<div style='display:grid;grid-template-columns:1fr 1fr;gap:14px;margin-top:12px'>
<div class='box'><b>Bill To:</b><br>HALVORSEN INDUSTRIAL, INC.<br>ATTN ACCOUNTS PAYABLE<br>PO BOX 30418<br>COLUMBUS OH 43230-0418</div>
<div class='box'><div>Total Amount Due</div><div class='due'>$""" + m(tot) + """</div>
<div>Please pay by Apr 01, 2025. Payments received after the due date are subject to a late fee of 6% of the past due amount.</div></div></div>""")
o.append("<h3>Invoice Summary</h3><table class='t'><thead><tr><th>Description</th><th class='r'>Shipments</th><th class='r'>Amount</th></tr></thead>")
for k in sorted(by):
    o.append(f"<tr><td>{html.escape(k)} shipments</td><td class='r'>{by[k][0]}</td><td class='r'>{m(by[k][1])}</td></tr>")
o.append(f"<tr><td><b>Total this invoice</b></td><td class='r'><b>{len(ships)}</b></td><td class='r'><b>{m(tot)}</b></td></tr></table>")
o.append(f"""<h3>Charges Summary</h3><table class='t'>
<tr><td>Transportation charges</td><td class='r'>{m(base)}</td></tr>
<tr><td>Earned discount (contract PX-2291-Q)</td><td class='r'>{m(disc)}</td></tr>
<tr><td>Fuel surcharge (18.25%)</td><td class='r'>{m(fuel)}</td></tr>
<tr><td>Accessorial charges (residential, address correction, additional handling)</td><td class='r'>{m(acc)}</td></tr>
<tr><td><b>Total charges</b></td><td class='r'><b>{m(tot)}</b></td></tr>
<tr><td>Previous balance (invoice 8-409-11372)</td><td class='r'>2,915.47</td></tr>
<tr><td>Payment received Mar 10, 2025 &ndash; thank you</td><td class='r'>-2,915.47</td></tr>
<tr><td><b>Total Amount Due (USD)</b></td><td class='r'><b>${m(tot)}</b></td></tr></table>""")
o.append("""<div class='stub'><b>REMITTANCE ADVICE</b> &mdash; detach and return with your payment. Make checks payable to Parcelway Express, Inc.
<table class='kv' style='width:60%;margin-top:4px'><tr><td>Account Number</td><td class='v'>4471-0928-3</td></tr><tr><td>Invoice Number</td><td class='v'>8-417-29053</td></tr>
<tr><td>Amount Due</td><td class='v'>$""" + m(tot) + """</td></tr><tr><td>Amount Enclosed</td><td class='v'>$____________</td></tr></table>
<div class='small'>Remit to: Parcelway Express, Inc., P.O. Box 660481, Dallas, TX 75266-0481. ACH: JPMorgan Chase Bank, N.A., ABA 111000614, Acct 7720094418. Please reference your account and invoice number.</div></div>""")
o.append("<h3 style='break-before:page'>Shipment Detail</h3><table class='t'><thead><tr><th>Ship Date</th><th>Tracking ID</th><th>Service</th><th>Recipient City / ZIP</th><th>Reference</th><th class='r'>Wt lb</th><th class='r'>Zone</th><th class='r'>Transp.</th><th class='r'>Discount</th><th class='r'>Fuel</th><th>Accessorial</th><th class='r'>Net Charge</th></tr></thead>")
for s in ships:
    accs = f"{s['accn']} {m(s['acc'])}" if s["accn"] else ""
    o.append(f"<tr><td>{s['date']}</td><td>{s['trk']}</td><td>{s['svc']}</td><td>{s['city']} {s['zip']}</td><td>{s['ref']}</td><td class='r'>{s['wt']}</td><td class='r'>{s['zone']}</td><td class='r'>{m(s['base'])}</td><td class='r'>{m(s['disc'])}</td><td class='r'>{m(s['fuel'])}</td><td>{accs}</td><td class='r'>{m(s['net'])}</td></tr>")
o.append(f"<tr><td colspan='7'><b>Total shipment detail ({len(ships)} shipments)</b></td><td class='r'><b>{m(base)}</b></td><td class='r'><b>{m(disc)}</b></td><td class='r'><b>{m(fuel)}</b></td><td class='r'><b>{m(acc)}</b></td><td class='r'><b>{m(tot)}</b></td></tr></table>")
o.append("<p class='small'>Shipper: Halvorsen Industrial, Inc., 6850 Commerce Court Blvd, Groveport OH 43125. Dimensional weight applied where greater than actual weight. Rates per Parcelway Service Guide effective Jan 06, 2025. Questions about a shipment? Visit parcelway.com/track.</p>")
o.append("</body></html>")
open(sys.argv[1], "w").write("\n".join(o))
