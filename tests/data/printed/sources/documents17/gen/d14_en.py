"""UK IT reseller invoice to an academy trust, chromium, 3 pages, VAT, deposit deducted."""
import random
from common import *

rnd = random.Random(1714)
CAT = [
    ("LEN-21JK0040UK", "Lenovo ThinkPad L14 Gen 5 14\" i5-1335U 16GB 512GB W11P", "S", "689.00"),
    ("LEN-12N9000EUK", "Lenovo ThinkCentre M70q Gen 5 i5-13400T 16GB 256GB W11P", "S", "598.00"),
    ("DEL-P2425H", "Dell P2425H 24\" IPS monitor, height adjustable", "S", "139.50"),
    ("HP-4S4P0AA", "HP USB-C Dock G5", "S", "162.00"),
    ("LOG-920-010590", "Logitech MK295 Silent wireless keyboard and mouse combo", "S", "24.90"),
    ("MS-M365A3-EDU", "Microsoft 365 A3 for faculty, annual subscription (per user)", "S", "38.40"),
    ("GOO-CHRM-EDU", "Google Chrome Education Upgrade, perpetual licence", "S", "27.00"),
    ("ACR-NX.KDWEK.001", "Acer Chromebook 511 C736T 11.6\" N100 4GB 64GB", "S", "239.00"),
    ("LOC-CHG32", "LocknCharge Carrier 30 charging trolley", "S", "1185.00"),
    ("UBQ-U6-PRO", "Ubiquiti UniFi U6 Pro access point", "S", "142.80"),
    ("UBQ-USW-48-POE", "Ubiquiti UniFi Switch 48 PoE (Gen 2)", "S", "868.00"),
    ("CAB-C6A-3M", "Cat6A patch lead 3 m LSZH blue", "S", "3.85"),
    ("SVC-IMAGE", "Device imaging, asset tagging and Autopilot enrolment (per device)", "S", "12.50"),
    ("SVC-INSTALL-DAY", "Engineer on site, network installation (per day)", "S", "495.00"),
    ("SVC-DISPOSAL", "WEEE collection and certified data destruction (per device)", "S", "6.00"),
    ("BK-ICT-HANDBOOK", "Printed staff ICT handbook (A5, 64 pages)", "Z", "4.20"),
    ("WAR-LEN-3YOS", "Lenovo 3-year onsite warranty upgrade", "S", "61.00"),
]
items = []
for k in range(52):
    code, desc, vc, price = CAT[k % len(CAT)] if k < len(CAT) else rnd.choice(CAT)
    if code.startswith(("LEN-21", "ACR", "LEN-12")):
        q = rnd.choice([10, 15, 24, 30, 32])
    elif code.startswith(("MS-", "GOO")):
        q = rnd.choice([45, 60, 85, 120])
    elif code.startswith(("SVC-INSTALL", "LOC", "UBQ-USW")):
        q = rnd.choice([1, 2, 3])
    elif code.startswith("CAB"):
        q = rnd.choice([48, 96])
    else:
        q = rnd.choice([4, 8, 10, 12, 16, 20, 24])
    net = q2(D(q) * D(price))
    items.append((code, desc, q, D(price), vc, net))
subtotal = sum(i[5] for i in items)
vat_s = q2(sum(i[5] for i in items if i[4] == "S") * D("0.20"))
vat = vat_s
total = subtotal + vat
deposit = D("10000.00")
due = total - deposit
print(subtotal, vat, total, due)
pages = chunk(items, [19, 24, len(items) - 43])
INV = "INV-24117"

CSS = """
@page { size: A4; margin: 0; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 7.8pt; margin: 0; color: #222; }
.page { width: 210mm; height: 296mm; position: relative; box-sizing: border-box; padding: 12mm 14mm 0 14mm; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; }
.brand { font-size: 17pt; font-weight: bold; color: #2d2d6e; letter-spacing: 1px; }
.brand small { display: block; font-size: 7pt; font-weight: normal; color: #555; letter-spacing: 0; }
.ttl { text-align: right; }
.ttl .t { font-size: 18pt; font-weight: bold; color: #2d2d6e; }
.grid { display: flex; justify-content: space-between; margin-top: 6mm; }
.grid > div { width: 50mm; }
.grid > div.m { width: 76mm; }
.lab { color: #666; font-size: 6.8pt; text-transform: uppercase; }
.meta td { padding: 0.6mm 2mm 0.6mm 0; }
table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.it th { background: #2d2d6e; color: #fff; padding: 1.5mm 1.2mm; text-align: left; font-weight: normal; }
table.it td { padding: 1.1mm 1.2mm; border-bottom: 0.5px solid #ddd; vertical-align: top; }
.r { text-align: right; }
.sub td { background: #f3f3f8; font-weight: bold; }
.tot { margin-left: auto; width: 86mm; border-collapse: collapse; margin-top: 4mm; }
.tot td { padding: 1.2mm 1.5mm; }
.tot .g td { border-top: 1.5px solid #2d2d6e; font-weight: bold; font-size: 9.5pt; }
.tot .d td { background: #2d2d6e; color: #fff; font-weight: bold; font-size: 10pt; }
.vs { border-collapse: collapse; margin-top: 4mm; }
.vs td, .vs th { border: 0.5px solid #aaa; padding: 0.8mm 2mm; }
.foot { position: absolute; bottom: 7mm; left: 14mm; right: 14mm; border-top: 1px solid #2d2d6e; padding-top: 1.5mm; font-size: 6.5pt; color: #555; display: flex; justify-content: space-between; }
.pay { margin-top: 5mm; border: 1px solid #2d2d6e; padding: 2.5mm; width: 100mm; }
"""


def head(p):
    return f"""<div class="hd"><div class="brand">CORVID SYSTEMS<small>Corvid Systems Ltd · IT solutions for education and the public sector</small></div>
<div class="ttl"><div class="t">TAX INVOICE</div>Invoice {INV} · 28/02/2025<br>Page {p} of 3</div></div>"""


FOOT = ("<div class='foot'><div>Corvid Systems Ltd · 3 Mercia Court, Lichfield Road Industrial Estate, Tamworth B77 4RP · 01827 300 410 · accounts@corvidsystems.co.uk<br>"
        "Registered in England and Wales No. 09125566 · VAT Reg. No. GB 318 4472 91 · Crown Commercial Service supplier (RM6098)</div><div>{p}/3</div></div>")

TH = "<tr><th>Product code</th><th>Description</th><th class='r'>Qty</th><th class='r'>Unit price £</th><th>VAT</th><th class='r'>Net £</th></tr>"

h = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Invoice {INV}</title><style>{CSS}</style></head><body>"]
for p, its in enumerate(pages, 1):
    h.append(f"<div class='page'>{head(p)}")
    if p == 1:
        h.append(f"""<div class="grid"><div><span class="lab">Invoice to</span><br><b>St Aldhelm's Academy Trust</b><br>Finance Office<br>Sherborne Road<br>Yeovil<br>BA21 4HG</div>
<div><span class="lab">Deliver to</span><br>St Aldhelm's Academy - Yeovil Campus<br>IT Services, Block C<br>Mudford Road<br>Yeovil BA21 4DR<br>Contact: Tom Everleigh</div>
<div class="m"><table class="meta">
<tr><td class="lab">Invoice no.</td><td>{INV}</td></tr>
<tr><td class="lab">Invoice date / tax point</td><td>28/02/2025</td></tr>
<tr><td class="lab">Account</td><td>ACC-0771</td></tr>
<tr><td class="lab">Your order no.</td><td>4500018842</td></tr>
<tr><td class="lab">Quote ref.</td><td>Q-10288 (14/01/2025)</td></tr>
<tr><td class="lab">Delivery note</td><td>DN-51832, 26/02/2025</td></tr>
<tr><td class="lab">Payment terms</td><td>30 days from invoice</td></tr>
<tr><td class="lab">Due date</td><td><b>30/03/2025</b></td></tr>
</table></div></div>
<p style="margin-top:4mm">Project: Spring 2025 staff device refresh and Wi-Fi upgrade, Yeovil and Crewkerne campuses, as per quote Q-10288.</p>""")
    h.append(f"<table class='it'>{TH}")
    if p > 1:
        h.append(f"<tr class='sub'><td></td><td>Brought forward from page {p - 1}</td><td></td><td></td><td></td><td class='r'>{us(sum(i[5] for pg in pages[:p - 1] for i in pg))}</td></tr>")
    for code, desc, q, price, vc, net in its:
        h.append(f"<tr><td>{code}</td><td>{esc_html(desc)}</td><td class='r'>{q}</td><td class='r'>{us(price)}</td><td>{vc}</td><td class='r'>{us(net)}</td></tr>")
    if p < len(pages):
        h.append(f"<tr class='sub'><td></td><td>Subtotal this page</td><td></td><td></td><td></td><td class='r'>{us(sum(i[5] for i in its))}</td></tr>")
        h.append(f"<tr class='sub'><td></td><td>Carried forward to page {p + 1}</td><td></td><td></td><td></td><td class='r'>{us(sum(i[5] for pg in pages[:p] for i in pg))}</td></tr>")
    h.append("</table>")
    if p == len(pages):
        net_s = sum(i[5] for i in items if i[4] == "S")
        net_z = sum(i[5] for i in items if i[4] == "Z")
        h.append(f"""<div style="display:flex;justify-content:space-between">
<table class="vs"><tr><th>VAT code</th><th>Rate</th><th>Net £</th><th>VAT £</th></tr>
<tr><td>S</td><td>20%</td><td class="r">{us(net_s)}</td><td class="r">{us(vat_s)}</td></tr>
<tr><td>Z</td><td>0%</td><td class="r">{us(net_z)}</td><td class="r">0.00</td></tr></table>
<table class="tot">
<tr><td>Total net amount</td><td class="r">£{us(subtotal)}</td></tr>
<tr><td>Total VAT</td><td class="r">£{us(vat)}</td></tr>
<tr class="g"><td>Invoice total</td><td class="r">£{us(total)}</td></tr>
<tr><td>Less: deposit received 10/01/2025 (INV-23904)</td><td class="r">-£{us(deposit)}</td></tr>
<tr class="d"><td>Balance due</td><td class="r">£{us(due)}</td></tr></table></div>
<div class="pay"><b>How to pay</b><br>BACS to Corvid Systems Ltd, Barclays Bank plc<br>Sort code 20-17-92 · Account 53088214<br>
IBAN GB61 BARC 2017 9253 0882 14 · BIC BARCGB22<br>Please quote <b>{INV}</b> as your payment reference.<br>
Payment due by 30/03/2025. Remittance advice to accounts@corvidsystems.co.uk.</div>
<p style="font-size:7pt;margin-top:4mm">Title to goods remains with Corvid Systems Ltd until payment is received in full. Late payment may attract interest under the
Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate. Hardware warranties are provided by the manufacturer.
Software licences are subject to the publisher's terms. Please report any discrepancy within 7 days of receipt.</p>""")
    h.append(FOOT.format(p=p))
    h.append("</div>")
h.append("</body></html>")
write("14_invoice_it_uk.html", "\n".join(h))

truth("14_invoice_it_uk.pdf", {
    "invoice_number": INV,
    "invoice_date": "2025-02-28",
    "due_date": "2025-03-30",
    "customer_name": "St Aldhelm's Academy Trust",
    "po_number": "4500018842",
    "subtotal": float(subtotal),
    "vat_amount": float(vat),
    "total": float(total),
    "amount_due": float(due),
}, {"invoice_number": "text", "invoice_date": "date", "due_date": "date", "customer_name": "text", "po_number": "text",
    "subtotal": "amount", "vat_amount": "amount", "total": "amount", "amount_due": "amount"},
    "UK IT reseller tax invoice to an academy trust, Chromium HTML->PDF (DejaVu Sans), 3 pages, 52 lines. Page header on "
    "every page: 'TAX INVOICE', 'Invoice INV-24117 · 28/02/2025', 'Page n of 3'; footer with VAT reg and company no. Page 1: "
    "Invoice to (customer_name) and Deliver to (other site, contact person) blocks, meta table with labels in small caps: "
    "Invoice no., Invoice date / tax point, Account, Your order no. (po_number), Quote ref. with date 14/01/2025, Delivery note "
    "with date 26/02/2025 (distractors), Due date. Items have VAT code S/Z. Pages 1-2 end with 'Subtotal this page' and "
    "'Carried forward to page n', pages 2-3 start with 'Brought forward from page n' (distractors). Last page: VAT analysis table "
    "by code, totals: Total net amount (subtotal), Total VAT (vat_amount), Invoice total (total), 'Less: deposit received "
    "10/01/2025' -£10,000.00, Balance due (amount_due); bank details. UK formats with £ and commas. The customer name "
    "contains a typewriter apostrophe.")
