"""Writes the HTML of s26_15 (US restaurant supply invoice) from s26_15_items.json."""
import json, os, sys
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "s26_15_items.json")))
def m(x): return f"{D(x):,.2f}"
rows = []
for i, it in enumerate(d["items"], 1):
    rows.append(f'<tr><td>{i}</td><td>{it["item"]}</td><td>{it["desc"]}</td><td>{it["pack"]}</td>'
                f'<td class="n">{it["qty"]}</td><td class="n">{it["qty"]}</td><td class="n">{m(it["price"])}</td>'
                f'<td class="c">{"T" if it["tax"] else ""}</td><td class="n">{m(it["ext"])}</td></tr>')
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice 7730158</title>
<style>
@page {{ size: letter; margin: 0.45in 0.5in; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.6pt; color: #000; }}
.top {{ display: flex; justify-content: space-between; }}
.co {{ font-size: 15pt; font-weight: bold; }}
.co small {{ display:block; font-size: 8pt; font-weight: normal; line-height: 1.35; }}
.inv {{ text-align: right; }}
.inv .t {{ font-size: 20pt; font-weight: bold; letter-spacing: 2px; }}
.grid {{ border-collapse: collapse; width: 100%; margin-top: 8px; }}
.grid th {{ border: 1px solid #000; background: #d9d9d9; font-size: 7.3pt; padding: 2px 4px; text-align: left; }}
.grid td {{ border: 1px solid #000; padding: 3px 4px; }}
.addr {{ display: flex; gap: 12px; margin-top: 8px; }}
.addr > div {{ flex: 1; border: 1px solid #000; padding: 4px 6px; line-height: 1.35; }}
.addr .h {{ font-size: 7.3pt; font-weight: bold; background: #d9d9d9; margin: -4px -6px 4px; padding: 2px 6px; border-bottom: 1px solid #000; }}
table.items {{ width: 100%; border-collapse: collapse; margin-top: 10px; }}
.items thead th {{ border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; font-size: 7.3pt; text-align: left; padding: 3px 3px; }}
.items td {{ padding: 2.4px 3px; border-bottom: 0.5px solid #bbb; }}
.items tr {{ page-break-inside: avoid; }}
.n {{ text-align: right; white-space: nowrap; }} .c {{ text-align: center; }}
.items thead th.n {{ text-align: right; }} .items thead th.c {{ text-align: center; }}
.items thead th.rep {{ font-size: 7.3pt; font-weight: normal; text-align: right; border: none; }}
.bottom {{ display: flex; justify-content: space-between; margin-top: 12px; page-break-inside: avoid; }}
.terms {{ width: 58%; font-size: 7.6pt; line-height: 1.4; }}
table.tot {{ width: 36%; border-collapse: collapse; }}
.tot td {{ padding: 3px 5px; border: 1px solid #000; }}
.tot tr.g td {{ font-weight: bold; font-size: 10pt; background: #d9d9d9; }}
.sig {{ margin-top: 18px; font-size: 7.6pt; page-break-inside: avoid; }}
</style></head><body>
<div class="top">
 <div class="co">Great Lakes Restaurant Supply Co.<small>4800 W 150th Street &middot; Cleveland, OH 44135<br>
 Phone (216) 555-0130 &middot; Fax (216) 555-0131 &middot; orders@glrsupply.com<br>Vendor License OH 18-204471</small></div>
 <div class="inv"><div class="t">INVOICE</div>Remit to: PO Box 94418, Cleveland, OH 44101</div>
</div>
<table class="grid">
 <tr><th>INVOICE NO.</th><th>INVOICE DATE</th><th>CUSTOMER NO.</th><th>CUSTOMER P.O.</th><th>ORDER NO.</th><th>SALES REP</th><th>SHIP VIA</th><th>TERMS</th><th>DUE DATE</th></tr>
 <tr><td>7730158</td><td>03/18/2025</td><td>100374</td><td>55218</td><td>SO-4418092</td><td>T. Kowalski</td><td>Our Truck R7</td><td>Net 30</td><td>04/17/2025</td></tr>
</table>
<div class="addr">
 <div><div class="h">SOLD TO</div>Lorenzo's Trattoria Group LLC<br>Accounts Payable<br>2012 W 25th Street, Suite 300<br>Cleveland, OH 44113</div>
 <div><div class="h">SHIP TO</div>Lorenzo's Trattoria &ndash; Lakewood<br>15112 Detroit Avenue<br>Lakewood, OH 44107<br>Receiving: Mon&ndash;Fri 7 am&ndash;11 am</div>
</div>
<table class="items">
 <thead>
 <tr><th colspan="9" class="rep">Invoice 7730158 &middot; Customer 100374</th></tr>
 <tr><th>LN</th><th>ITEM #</th><th>DESCRIPTION</th><th>PACK/SIZE</th><th class="n">ORD</th><th class="n">SHIP</th><th class="n">UNIT PRICE</th><th class="c">TX</th><th class="n">EXTENSION</th></tr>
 </thead>
 <tbody>
 {''.join(rows)}
 </tbody>
</table>
<div class="bottom">
 <div class="terms"><b>TERMS &amp; CONDITIONS.</b> Net 30 days from invoice date. A service charge of 1.5% per month (18% per annum)
 is added to past-due balances. Shortages or damage must be noted on the delivery ticket and reported within 24 hours.
 Returns require authorization and are subject to a 15% restocking fee; perishables are not returnable. Items marked T are taxable
 at the Cuyahoga County rate of 8.0%; food for resale is exempt under exemption certificate on file (expires 12/31/2026).
 Your credit limit is $25,000.00; current open balance before this invoice: $4,612.18.<br><br>
 Total pieces shipped: {sum(i['qty'] for i in d['items'])} &middot; Lines: {len(d['items'])}</div>
 <table class="tot">
  <tr><td>Merchandise Subtotal</td><td class="n">{m(d['subtotal'])}</td></tr>
  <tr><td>Taxable Amount</td><td class="n">{m(d['taxable'])}</td></tr>
  <tr><td>Freight</td><td class="n">{m(d['freight'])}</td></tr>
  <tr><td>Fuel Surcharge</td><td class="n">{m(d['fuel'])}</td></tr>
  <tr><td>Sales Tax 8.0%</td><td class="n">{m(d['tax'])}</td></tr>
  <tr class="g"><td>INVOICE TOTAL</td><td class="n">${m(d['total'])}</td></tr>
 </table>
</div>
<div class="sig">Received in good condition by: ______________________ &nbsp; Date: ____________ &nbsp;&nbsp; Driver: R7 / M. Ortiz</div>
</body></html>"""
open(sys.argv[1], "w").write(html)
