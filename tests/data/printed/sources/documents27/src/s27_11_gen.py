"""Builds the HTML of the Harbourline IT Solutions tax invoice (printed by wkhtmltopdf)."""
import json, os, sys, html
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
items = json.load(open(os.path.join(HERE, "s27_11_items.json")))
m = lambda x: f"{D(x):,.2f}"
sub = sum(D(i["ext"]) for i in items); gst = (sub * D("0.1")).quantize(D("0.01")); tot = sub + gst
o = ["""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tax Invoice INV-0391127</title><style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color: #222; }
table { border-collapse: collapse; }
.hdr td { vertical-align: top; }
.name { font-size: 19pt; font-weight: bold; color: #0d5c7d; }
.ti { font-size: 17pt; font-weight: bold; text-align: right; }
.meta td { padding: 2px 6px; border: 1px solid #c9d6dc; }
.meta td.k { background: #e8f1f5; font-weight: bold; }
.lines { width: 100%; margin-top: 12px; }
.lines th { background: #0d5c7d; color: #fff; padding: 5px 4px; text-align: left; font-size: 10pt; }
.lines td { padding: 6px 4px; border-bottom: 1px solid #dde4e7; vertical-align: top; }
.lines tr { page-break-inside: avoid; }
.lines thead { display: table-header-group; }
.sn { font-size: 8.5pt; color: #555; }
.r { text-align: right; }
.tot td { padding: 3px 6px; }
.tot .g td { font-weight: bold; font-size: 11pt; border-top: 2px solid #0d5c7d; }
.foot { font-size: 7.5pt; color: #555; margin-top: 14px; border-top: 1px solid #ccc; padding-top: 6px; }
</style></head><body>
<table class="hdr" style="width:100%"><tr>
<td><div class="name">HARBOURLINE IT</div>
Harbourline IT Solutions Pty Ltd<br>ABN 32 093 318 562<br>Level 3, 88 Pyrmont Bridge Road, Pyrmont NSW 2009<br>Phone 1300 555 217 &middot; sales@harbourline.com.au</td>
<td class="ti">TAX INVOICE<br><br>
<table class="meta" style="margin-left:auto;font-size:9pt;font-weight:normal">
<tr><td class="k">Invoice Number</td><td>INV-0391127</td></tr>
<tr><td class="k">Invoice Date</td><td>19/03/2025</td></tr>
<tr><td class="k">Customer Account</td><td>HALAU01</td></tr>
<tr><td class="k">Your PO Number</td><td>HAU-PO-88213</td></tr>
<tr><td class="k">Sales Order</td><td>SO-0288410</td></tr>
<tr><td class="k">Quote Ref</td><td>Q-24-11873 rev 3</td></tr>
<tr><td class="k">Payment Terms</td><td>30 days EOM</td></tr>
<tr><td class="k">Due Date</td><td>30/04/2025</td></tr>
</table></td></tr></table>
<table class="hdr" style="width:100%;margin-top:10px"><tr>
<td style="width:50%"><b>Invoice To</b><br>Halvorsen Industrial Pty Ltd<br>Accounts Payable<br>PO Box 6120<br>Blacktown NSW 2148</td>
<td style="width:50%"><b>Deliver To</b><br>Halvorsen Industrial Pty Ltd<br>Attn: IT Department &ndash; Sam Rydell<br>17 Interchange Drive<br>Eastern Creek NSW 2766<br>Delivery docket DD-771420, delivered 18/03/2025</td>
</tr></table>
<table class="lines"><thead><tr><th style="width:5%">Line</th><th style="width:16%">Part No.</th><th>Description</th><th class="r" style="width:6%">Qty</th><th class="r" style="width:12%">Unit Ex GST</th><th class="r" style="width:13%">Total Ex GST</th></tr></thead>"""]
for it in items:
    sn = ""
    if it["serials"]:
        sn = "<div class='sn'>S/N: " + ", ".join(it["serials"]) + "</div>"
    o.append(f"<tr><td>{it['line']}</td><td>{html.escape(it['pn'])}</td><td>{html.escape(it['desc'])}{sn}</td><td class='r'>{it['qty']}</td><td class='r'>{m(it['price'])}</td><td class='r'>{m(it['ext'])}</td></tr>")
o.append("</table>")
o.append(f"""<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr>
<td style="width:55%;vertical-align:top;font-size:8.5pt">
<b>Payment options</b><br>
EFT: Westpac Banking Corporation &middot; BSB 032-001 &middot; Account 417 228<br>
Account name: Harbourline IT Solutions Pty Ltd &middot; Reference: INV-0391127<br>
BPAY: Biller code 229371 &middot; Ref 3911270042<br>
Credit card payments incur a 1.2% surcharge.<br><br>
Warranty: manufacturer's warranty applies; warranty claims are handled via our service desk (support@harbourline.com.au). Title to goods remains with Harbourline IT Solutions Pty Ltd until paid in full.
</td>
<td style="vertical-align:top"><table class="tot" style="margin-left:auto">
<tr><td>Subtotal (ex GST)</td><td class="r">${m(sub)}</td></tr>
<tr><td>GST (10%)</td><td class="r">${m(gst)}</td></tr>
<tr><td>Total (inc GST)</td><td class="r">${m(tot)}</td></tr>
<tr><td>Less amount paid</td><td class="r">$0.00</td></tr>
<tr class="g"><td>Amount Due (AUD)</td><td class="r">${m(tot)}</td></tr>
</table></td></tr></table>
<div class="foot">All prices in Australian dollars. Goods returned for credit are subject to a 15% restocking fee and must be in original packaging with an RMA number. Harbourline IT Solutions Pty Ltd ABN 32 093 318 562 &middot; Authorised reseller for Dell Technologies, Lenovo, HP, Cisco and Microsoft.</div>
</body></html>""")
open(sys.argv[1], "w").write("\n".join(o))
