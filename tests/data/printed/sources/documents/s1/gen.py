# generates statement.html (UK current-account statement, 2 pages) -- run once; the HTML is the source
from decimal import Decimal as D
opening = D("2418.36")
tx = [
 ("01 Feb", "DD", "THAMES WATER UTILITI", "38.50", None),
 ("01 Feb", "SO", "RENT - H PEARCE LETTINGS", "1150.00", None),
 ("03 Feb", "DEB", "TESCO STORES 2217 FROME", "64.82", None),
 ("03 Feb", "DEB", "SHELL FROME", "58.10", None),
 ("04 Feb", "DD", "EDF ENERGY CUSTOMERS", "112.00", None),
 ("05 Feb", "FPI", "J WHITCOMBE REF BIRTHDAY", None, "50.00"),
 ("06 Feb", "DEB", "AMAZON UK MARKETPLACE", "23.99", None),
 ("07 Feb", "DEB", "COSTA COFFEE BATH", "7.45", None),
 ("08 Feb", "DD", "VIRGIN MEDIA PYMTS", "47.00", None),
 ("10 Feb", "DEB", "SAINSBURYS S/MKTS", "41.27", None),
 ("11 Feb", "CPT", "CASH AWBK FROME MKT PL", "40.00", None),
 ("12 Feb", "DD", "MENDIP DC COUNCIL TAX", "168.00", None),
 ("13 Feb", "DEB", "BOOTS 1184 FROME", "12.60", None),
 ("14 Feb", "DEB", "THE GEORGE INN NORTON", "46.80", None),
 ("17 Feb", "DEB", "TESCO STORES 2217 FROME", "71.35", None),
 ("18 Feb", "DD", "AVIVA LIFE & PENSIONS", "22.14", None),
 ("19 Feb", "DEB", "TRAINLINE.COM", "36.20", None),
 ("20 Feb", "DEB", "NETFLIX.COM", "10.99", None),
 ("21 Feb", "DEB", "SCREWFIX DIRECT", "29.98", None),
 ("24 Feb", "DEB", "ALDI 91 FROME", "38.44", None),
 ("25 Feb", "DEB", "SHELL FROME", "52.70", None),
 ("26 Feb", "DD", "O2 MOBILE", "18.00", None),
 ("26 Feb", "DEB", "WATERSTONES BATH", "14.99", None),
 ("27 Feb", "DEB", "MONSOON COFFEE FROME", "5.20", None),
 ("28 Feb", "BGC", "MENDIP ENGINEERING LTD SALARY", None, "2846.19"),
 ("28 Feb", "DEB", "TESCO STORES 2217 FROME", "58.31", None),
]
bal = opening
rows = []
tin = tout = D(0)
for d, t, desc, out, inn in tx:
    if out: bal -= D(out); tout += D(out)
    if inn: bal += D(inn); tin += D(inn)
    rows.append((d, t, desc, out or "", inn or "", bal))
closing = bal
def f(x): return "{:,.2f}".format(x)
split = 15
def table(rs, first):
    h = ['<table class="tx"><thead><tr><th class="d">Date</th><th class="t">Type</th><th>Description</th><th class="n">Paid out</th><th class="n">Paid in</th><th class="n">Balance</th></tr></thead><tbody>']
    if first:
        h.append(f'<tr class="bf"><td>01 Feb</td><td></td><td>BALANCE BROUGHT FORWARD</td><td></td><td></td><td class="n">{f(opening)}</td></tr>')
    else:
        h.append(f'<tr class="bf"><td>17 Feb</td><td></td><td>BALANCE BROUGHT FORWARD FROM PAGE 1</td><td></td><td></td><td class="n">{f(rows[split-1][5])}</td></tr>')
    for d, t, desc, out, inn, b in rs:
        h.append(f'<tr><td>{d}</td><td>{t}</td><td>{desc}</td><td class="n">{f(D(out)) if out else ""}</td><td class="n">{f(D(inn)) if inn else ""}</td><td class="n">{f(b)}</td></tr>')
    if first:
        h.append(f'<tr class="bf"><td>17 Feb</td><td></td><td>BALANCE CARRIED FORWARD TO PAGE 2</td><td></td><td></td><td class="n">{f(rows[split-1][5])}</td></tr>')
    else:
        h.append(f'<tr class="bf"><td>28 Feb</td><td></td><td>BALANCE CARRIED FORWARD</td><td></td><td></td><td class="n">{f(closing)}</td></tr>')
    h.append('</tbody></table>')
    return "\n".join(h)

html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Statement 48172036 February 2025</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12pt; color: #222; margin: 0; }}
.page {{ position: relative; height: 338mm; }}
.brand {{ font-size: 20pt; font-weight: bold; color: #0b3d6b; letter-spacing: .5px; }}
.brand small {{ display:block; font-size: 8pt; font-weight: normal; color: #555; letter-spacing: 0; }}
.top {{ width: 100%; border-collapse: collapse; }}
.top td {{ vertical-align: top; }}
.addr {{ padding-top: 14mm; font-size: 10.5pt; line-height: 1.35; }}
.acct {{ border: 1px solid #0b3d6b; padding: 3mm 4mm; width: 74mm; }}
.acct .lbl {{ color: #555; font-size: 8pt; text-transform: uppercase; }}
.acct .val {{ font-size: 10pt; margin-bottom: 1.5mm; }}
h2 {{ color: #0b3d6b; font-size: 13pt; margin: 8mm 0 2mm; }}
.summary {{ border-collapse: collapse; width: 130mm; margin-bottom: 5mm; }}
.summary td {{ padding: 1.2mm 2mm; border-bottom: 1px solid #ddd; }}
.summary td.n {{ text-align: right; }}
.summary tr.tot td {{ font-weight: bold; border-top: 2px solid #0b3d6b; }}
table.tx {{ width: 100%; border-collapse: collapse; font-size: 11pt; }}
table.tx th {{ background: #0b3d6b; color: white; text-align: left; padding: 1.5mm; }}
table.tx td {{ padding: 1.2mm 1.5mm; border-bottom: 1px solid #e3e3e3; }}
table.tx .n {{ text-align: right; white-space: nowrap; }}
table.tx th.d {{ width: 16mm; }} table.tx th.t {{ width: 11mm; }}
tr.bf td {{ font-weight: bold; background: #f1f5f9; }}
.foot {{ position: absolute; bottom: 0; font-size: 7pt; color: #666; border-top: 1px solid #ccc; padding-top: 2mm; width: 100%; }}
.pg {{ text-align: right; font-size: 8pt; color: #666; }}
.codes {{ font-size: 7.5pt; color: #555; margin-top: 4mm; }}
</style></head><body>
<div class="page">
<table class="top"><tr>
<td><div class="brand">Albion &amp; Wessex Bank<small>Personal Current Account</small></div>
<div class="addr">MR DANIEL J WHITCOMBE<br>27 ORCHARD RISE<br>FROME<br>SOMERSET<br>BA11 2QT</div></td>
<td style="width:80mm">
<div class="pg">Page 1 of 2</div>
<div class="acct">
<div class="lbl">Statement date</div><div class="val">3 March 2025</div>
<div class="lbl">Statement period</div><div class="val">1 February 2025 to 28 February 2025</div>
<div class="lbl">Sort code &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Account number</div><div class="val">30-94-57 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 48172036</div>
<div class="lbl">IBAN</div><div class="val">GB54 AWBK 3094 5748 1720 36</div>
<div class="lbl">BIC</div><div class="val">AWBKGB2L</div>
</div></td></tr></table>
<h2>Your account summary</h2>
<table class="summary">
<tr><td>Opening balance on 1 February 2025</td><td class="n">£{f(opening)}</td></tr>
<tr><td>Money in</td><td class="n">£{f(tin)}</td></tr>
<tr><td>Money out</td><td class="n">£{f(tout)}</td></tr>
<tr class="tot"><td>Closing balance on 28 February 2025</td><td class="n">£{f(closing)}</td></tr>
</table>
<h2>Your transactions</h2>
{table(rows[:split], True)}
<div class="codes">DD Direct Debit &nbsp; SO Standing Order &nbsp; DEB Debit card &nbsp; FPI Faster Payment in &nbsp; BGC Bank Giro Credit &nbsp; CPT Cash withdrawal</div>
<div class="foot">Albion &amp; Wessex Bank plc, 1 Corn Street, Bristol BS1 1HT. Registered in England and Wales no. 07741862. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 551943). Eligible deposits are protected by the Financial Services Compensation Scheme. Lost or stolen cards: 0345 300 7712.</div>
</div>
<div class="page" style="page-break-before: always;">
<div class="pg">Page 2 of 2 &nbsp;·&nbsp; Account 48172036 &nbsp;·&nbsp; Statement date 3 March 2025</div>
<h2>Your transactions (continued)</h2>
{table(rows[split:], False)}
<p style="font-size:8.5pt; margin-top:6mm">Your overdraft limit is £500.00. Interest rates and fees are shown at awbank.co.uk/rates. If you think there is a mistake on this statement, please call us on 0345 300 7700.</p>
<div class="foot">Albion &amp; Wessex Bank plc, 1 Corn Street, Bristol BS1 1HT. Registered in England and Wales no. 07741862. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 551943).</div>
</div>
</body></html>"""
open("statement.html", "w", encoding="utf-8").write(html)
print("opening", opening, "in", tin, "out", tout, "closing", closing)
