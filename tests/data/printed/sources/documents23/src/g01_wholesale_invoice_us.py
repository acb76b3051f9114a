"""D01: US foodservice distributor invoice, 3 pages, page subtotals carried forward (HTML for Chromium)."""
import sys
from common import fmt, esc
import data

d = data.d01()
OUT = sys.argv[1]
INV = d["invoice_number"]

PAGES = [33, 32, 99]  # rows per page; last page takes the rest
chunks = []
rest = list(d["lines"])
for n in PAGES:
    chunks.append(rest[:n])
    rest = rest[n:]
    if not rest:
        break
NP = len(chunks)

css = """
@page { size: letter; margin: 0.45in 0.45in 0.55in 0.45in;
  @bottom-left { content: "Harborview Foodservice Distributors, Inc.  |  Remit to: P.O. Box 64219, Baltimore, MD 21264-4219  |  AR questions (410) 633-2270"; font: 7pt Arial, sans-serif; color:#555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: bold 8pt Arial, sans-serif; }
}
body { font-family: Arial, Helvetica, sans-serif; font-size: 8.4pt; color:#111; margin:0; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.lh { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #0b4f6c; padding-bottom:6px; }
.logo { font: bold 20pt Georgia, serif; color:#0b4f6c; letter-spacing:0.5px; }
.logo small { display:block; font: 8pt Arial, sans-serif; color:#333; letter-spacing:0; }
.title { text-align:right; }
.title h1 { margin:0; font-size:18pt; letter-spacing:3px; color:#0b4f6c; }
table.box { border-collapse:collapse; margin-top:4px; }
table.box td { border:1px solid #777; padding:2px 6px; font-size:8pt; white-space:nowrap; }
table.box td.k { background:#e8f0f3; font-weight:bold; font-size:7pt; text-transform:uppercase; }
.addr { display:flex; gap:14px; margin:8px 0; }
.addr div { flex:1; border:1px solid #999; padding:5px 7px; min-height:62px; }
.addr b.h { display:block; font-size:7pt; color:#0b4f6c; text-transform:uppercase; margin-bottom:2px; }
table.items { width:100%; border-collapse:collapse; margin-top:6px; }
table.items th { background:#0b4f6c; color:#fff; font-size:7.2pt; padding:3px 3px; text-align:left; }
table.items td { padding:2.2px 3px; border-bottom:1px solid #ddd; font-size:8pt; white-space:nowrap; }
table.items td.n, table.items th.n { text-align:right; }
tr.bf td { background:#f3f3f3; font-style:italic; font-weight:bold; }
tr.cf td { background:#f3f3f3; font-weight:bold; border-top:1.5px solid #333; }
.cont { display:flex; justify-content:space-between; border-bottom:1.5px solid #0b4f6c; padding-bottom:4px; font-size:8.5pt; }
.cont .nm { font: bold 13pt Georgia, serif; color:#0b4f6c; }
.tot { display:flex; justify-content:space-between; margin-top:10px; gap:16px; }
.tot .notes { flex:1.3; font-size:7.4pt; color:#222; }
table.sum { border-collapse:collapse; flex:1; }
table.sum td { padding:3px 6px; font-size:8.6pt; border-bottom:1px solid #ccc; }
table.sum td.n { text-align:right; }
table.sum tr.grand td { font-size:11pt; font-weight:bold; border-top:2px solid #000; border-bottom:3px double #000; background:#e8f0f3; }
.sig { margin-top:14px; display:flex; gap:20px; font-size:7.6pt; }
.sig div { flex:1; border-top:1px solid #000; padding-top:2px; }
.acct { border:1px dashed #777; padding:4px 6px; margin-top:8px; font-size:7.6pt; }
"""

def row(l, i):
    if l["unit"] == "LB":
        ship = f'{l["qs"]} CS'
        billed = f'{l["billed"]} LB'
    else:
        ship = str(l["qs"])
        billed = f'{l["billed"]} {l["unit"]}' if l["qs"] else "OUT"
    short = " *" if l["qs"] < l["qo"] else ""
    return (f'<tr><td>{i}</td><td>{l["code"]}</td><td>{esc(l["desc"])}{short}</td><td>{esc(l["brand"])}</td>'
            f'<td>{l["pack"]}</td><td class="n">{l["qo"]}</td><td class="n">{ship}</td><td class="n">{billed}</td>'
            f'<td class="n">{fmt(l["price"])}</td><td class="n">{fmt(l["ext"])}</td><td>{"T" if l["tax"] else ""}</td></tr>')

HEAD = ('<tr><th>Ln</th><th>Item #</th><th>Description</th><th>Brand</th><th>Pack/Size</th><th class="n">Ord</th>'
        '<th class="n">Ship</th><th class="n">Billed Qty</th><th class="n">Unit Price</th><th class="n">Extension</th><th>Tx</th></tr>')

html = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Invoice {INV}</title><style>{css}</style></head><body>"]
running = 0
ln = 1
for p, chunk in enumerate(chunks, 1):
    html.append('<div class="page">')
    if p == 1:
        html.append(f"""
<div class="lh"><div class="logo">HARBORVIEW<small>FOODSERVICE DISTRIBUTORS, INC.</small>
<small>2200 Broening Highway &middot; Baltimore, MD 21224 &middot; (410) 633-2200 &middot; www.harborviewfoods.com</small></div>
<div class="title"><h1>INVOICE</h1>
<table class="box"><tr><td class="k">Invoice No.</td><td><b>{INV}</b></td><td class="k">Invoice Date</td><td>03/14/2025</td></tr>
<tr><td class="k">Customer No.</td><td>{d['customer_number']}</td><td class="k">Order Date</td><td>03/12/2025</td></tr>
<tr><td class="k">Customer PO</td><td>{d['po_number']}</td><td class="k">Ship Date</td><td>03/14/2025</td></tr>
<tr><td class="k">Terms</td><td>NET 21 DAYS</td><td class="k">Due Date</td><td><b>04/04/2025</b></td></tr>
<tr><td class="k">Route / Stop</td><td>14 / 06</td><td class="k">Sales Rep</td><td>D. Kaczmarek (207)</td></tr></table></div></div>
<div class="addr"><div><b class="h">Sold To</b>Lighthouse Tavern &amp; Grill<br>Attn: Accounts Payable<br>1611 Thames Street<br>Baltimore, MD 21231</div>
<div><b class="h">Ship To</b>Lighthouse Tavern &amp; Grill<br>1611 Thames Street (rear kitchen door, alley)<br>Baltimore, MD 21231<br>Receiving: 6:00&ndash;9:30 AM</div>
<div><b class="h">Remit To</b>Harborview Foodservice Distributors, Inc.<br>P.O. Box 64219<br>Baltimore, MD 21264-4219<br>ACH: M&amp;T Bank, ABA 022000046</div></div>
""")
    else:
        html.append(f"""<div class="cont"><div><span class="nm">Harborview Foodservice Distributors, Inc.</span><br>
Invoice {INV} &mdash; continued &middot; Lighthouse Tavern &amp; Grill</div>
<div style="text-align:right">Invoice No. <b>{INV}</b> &nbsp; Invoice Date 03/14/2025<br>Customer No. {d['customer_number']} &nbsp; PO {d['po_number']}</div></div>""")
    html.append(f'<table class="items"><thead>{HEAD}</thead><tbody>')
    if p > 1:
        html.append(f'<tr class="bf"><td></td><td colspan="8">Brought forward from page {p-1}</td><td class="n">{fmt(running)}</td><td></td></tr>')
    for l in chunk:
        html.append(row(l, ln))
        ln += 1
        running += l["ext"]
    if p < NP:
        html.append(f'<tr class="cf"><td></td><td colspan="8">Page {p} subtotal &mdash; carried forward to page {p+1}</td><td class="n">{fmt(running)}</td><td></td></tr>')
    html.append("</tbody></table>")
    if p == NP:
        cases = sum(l["qs"] for l in d["lines"])
        html.append(f"""<div class="tot"><div class="notes">
<b>* Short shipped</b> &mdash; items marked * were not available from our warehouse and have not been billed. Back-ordered quantities
will not ship automatically; please re-order through your sales rep or the Harborview Online portal.<br><br>
<b>Tx</b> = subject to Maryland sales and use tax (6%). Food products purchased for resale are exempt per your resale
certificate on file (MD Reg. 30-118-4472).<br><br>
Cases shipped: {cases} &nbsp;&middot;&nbsp; Lines: {len(d['lines'])} &nbsp;&middot;&nbsp; Catch-weight items billed at actual weight.<br><br>
Claims for shortages or damaged product must be noted on this invoice at delivery and reported within 24 hours.
Past-due balances are subject to a finance charge of 1.5% per month (18% APR). Returned checks: $35.00 fee.
<div class="acct"><b>Account summary</b> (for information &mdash; not included in this invoice):
previous statement balance as of 02/28/2025: ${fmt(d['prev_balance'])}; payments received since: $3,218.46 on 03/07/2025 (check 10482).
Credit limit: $25,000.00.</div></div>
<table class="sum">
<tr><td>Product total</td><td class="n">{fmt(d['subtotal'])}</td></tr>
<tr><td>Taxable sales</td><td class="n">{fmt(d['taxable'])}</td></tr>
<tr><td>MD sales tax 6.00%</td><td class="n">{fmt(d['tax'])}</td></tr>
<tr><td>Fuel surcharge</td><td class="n">{fmt(d['fuel'])}</td></tr>
<tr><td>CO2 cylinder deposit (1 @ 45.00)</td><td class="n">{fmt(d['deposit'])}</td></tr>
<tr class="grand"><td>INVOICE TOTAL (USD)</td><td class="n">${fmt(d['total'])}</td></tr>
<tr><td colspan="2" style="font-size:7.6pt;border:none">Please pay by 04/04/2025 &middot; reference invoice {INV} with your payment</td></tr>
</table></div>
<div class="sig"><div>Received in good condition by (print &amp; sign)</div><div>Driver</div><div>Time of delivery</div><div>Temp. check (&deg;F) &mdash; frozen / chilled</div></div>""")
    html.append("</div>")
html.append("</body></html>")
open(f"{OUT}/s23_wholesale_invoice_us.html", "w").write("\n".join(html))
