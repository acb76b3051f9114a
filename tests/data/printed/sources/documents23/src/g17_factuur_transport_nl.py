"""D17: Dutch haulier's collective invoice (verzamelfactuur), 52 trips, "Transport" subtotals carried
between pages, totals and payment details on the last page (wkhtmltopdf)."""
import sys, datetime as dt
from common import fmt, esc
import data

d = data.d17()
OUT = sys.argv[1]
NR = d["invoice_number"]
days = [dt.date(2025, 3, x) for x in (3, 4, 5, 6, 7, 10, 11, 12, 13, 14)]
for i, r in enumerate(d["rows"]):
    r["date"] = days[i * len(days) // len(d["rows"])]


def e(x):
    return fmt(x, "eu")


css = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.4pt; color:#222; margin:0; }
.page { height: 350mm; position: relative; page-break-after: always; }
.page.last { page-break-after: auto; }
.top { overflow:hidden; }
.logo { float:left; font-size:24pt; font-weight:bold; color:#e35205; }
.logo small { display:block; font-size:10pt; color:#333; font-weight:normal; }
.sender { float:right; text-align:right; font-size:9.5pt; color:#444; line-height:1.35; }
.addr { margin:16mm 0 6mm 0; font-size:12pt; line-height:1.4; }
h1 { font-size:18pt; margin:4mm 0 3mm; }
table.m td { padding:2px 18px 2px 0; font-size:10.4pt; }
table.r { width:100%; border-collapse:collapse; margin-top:5mm; }
table.r th { background:#333; color:#fff; font-size:9pt; padding:5px 4px; text-align:left; }
table.r td { padding:4px 4px; border-bottom:1px solid #ddd; font-size:9.6pt; white-space:nowrap; }
.n { text-align:right !important; }
tr.tr td { font-weight:bold; background:#fde9dc; border-top:1.5px solid #e35205; }
.run { overflow:hidden; border-bottom:2px solid #e35205; padding-bottom:4px; font-size:10pt; }
.run .l { float:left; font-weight:bold; color:#e35205; } .run .r { float:right; }
.tot { width:48%; float:right; border-collapse:collapse; margin-top:6mm; }
.tot td { padding:5px 6px; font-size:11pt; }
.tot tr.g td { font-weight:bold; font-size:13pt; border-top:2px solid #222; background:#fde9dc; }
.pay { float:left; width:48%; margin-top:6mm; font-size:9.8pt; line-height:1.45; }
.foot { position:absolute; bottom:0; width:100%; font-size:8.6pt; color:#666; border-top:1px solid #bbb; padding-top:4px; text-align:center; line-height:1.4; }
"""

FOOT = ('<div class="foot">Van der Linden Transport B.V. · Industriestraat 41 · 5931 PG Tegelen (Venlo) · tel. 077 326 18 40 · '
        'administratie@vdlinden-transport.nl<br>KvK 12045873 · btw-nr. NL859214637B01 · IBAN NL42 RABO 0318 4522 97 · BIC RABONL2U · '
        'Op al onze overeenkomsten zijn de AVC 2002 van toepassing · Pagina {p} van {n}</div>')
HEAD = ('<tr><th>Datum</th><th>Ritnr.</th><th>Vrachtbrief</th><th>Losadres</th><th>Materieel</th><th class="n">Pallets</th>'
        '<th class="n">Km</th><th class="n">Vracht €</th><th class="n">Kraan €</th><th class="n">Wachttijd €</th><th class="n">Totaal €</th></tr>')

pages = [d["rows"][:21], d["rows"][21:]]
N = 2
h = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Factuur {NR}</title><style>{css}</style></head><body>"]
run = 0
for pi, rows in enumerate(pages, 1):
    h.append(f'<div class="page{" last" if pi == N else ""}">')
    if pi == 1:
        h.append(f"""<div class="top"><div class="logo">VAN DER LINDEN<small>transport · kraanwerk · opslag</small></div>
<div class="sender">Van der Linden Transport B.V.<br>Industriestraat 41<br>5931 PG Tegelen (Venlo)<br>077 326 18 40<br>www.vdlinden-transport.nl</div></div>
<div class="addr">Brabant Bouwmaterialen B.V.<br>t.a.v. crediteurenadministratie<br>Ringbaan-Oost 255<br>5013 CD Tilburg</div>
<h1>Verzamelfactuur</h1>
<table class="m"><tr><td>Factuurnummer</td><td><b>{NR}</b></td><td>Debiteurnummer</td><td>{d['customer_number']}</td></tr>
<tr><td>Factuurdatum</td><td>17-03-2025</td><td>Uw referentie</td><td>raamovereenkomst 2024/BB-07</td></tr>
<tr><td>Vervaldatum</td><td>16-04-2025</td><td>Periode</td><td>week 10 en 11 (03-03-2025 t/m 14-03-2025)</td></tr>
<tr><td>Uw btw-nummer</td><td>NL812047339B01</td><td>Contactpersoon</td><td>Ingrid Vermeulen</td></tr></table>""")
    else:
        h.append(f'<div class="run"><span class="l">Van der Linden Transport B.V.</span><span class="r">Verzamelfactuur {NR} · 17-03-2025 · debiteur {d["customer_number"]} · vervolg</span></div>')
    h.append(f'<table class="r">{HEAD}')
    if pi > 1:
        h.append(f'<tr class="tr"><td colspan="10">Transport van pagina {pi-1}</td><td class="n">{e(run)}</td></tr>')
    for r in rows:
        h.append(f"<tr><td>{r['date']:%d-%m-%Y}</td><td>{r['rit']}</td><td>{r['vrachtbrief']}</td><td>{esc(r['to'])}</td><td>{r['kind']}</td>"
                 f"<td class='n'>{r['pallets']}</td><td class='n'>{r['km']}</td><td class='n'>{e(r['vracht'])}</td>"
                 f"<td class='n'>{e(r['kraan']) if r['kraan'] else ''}</td><td class='n'>{e(r['wacht']) if r['wacht'] else ''}</td><td class='n'>{e(r['total'])}</td></tr>")
        run += r["total"]
    if pi < N:
        h.append(f'<tr class="tr"><td colspan="10">Transport naar pagina {pi+1}</td><td class="n">{e(run)}</td></tr></table>')
    else:
        h.append(f'<tr class="tr"><td colspan="10">Subtotaal ritten ({len(d["rows"])} ritten)</td><td class="n">{e(d["subtotal"])}</td></tr></table>')
        h.append(f"""<div class="pay"><b>Betaling</b><br>Wij verzoeken u het totaalbedrag uiterlijk op 16-04-2025 over te maken op
IBAN NL42 RABO 0318 4522 97 t.n.v. Van der Linden Transport B.V., onder vermelding van factuurnummer {NR}.<br><br>
Dieseltoeslag conform NEA-dieselindex februari 2025 (8,5% over de vrachtprijs). Kraanuren worden per half uur berekend à € 68,00 per uur.
Wachttijd boven 30 minuten per los-/laadadres à € 42,50 per half uur.<br><br>
Reclamaties binnen 8 dagen na factuurdatum schriftelijk melden. Bij overschrijding van de betalingstermijn is de wettelijke handelsrente verschuldigd.</div>
<table class="tot"><tr><td>Subtotaal ritten</td><td class="n">€ {e(d['subtotal'])}</td></tr>
<tr><td>Dieseltoeslag 8,5% over € {e(sum(r['vracht'] for r in d['rows']))}</td><td class="n">€ {e(d['diesel'])}</td></tr>
<tr><td>Totaal excl. btw</td><td class="n">€ {e(d['netto'])}</td></tr>
<tr><td>Btw 21%</td><td class="n">€ {e(d['btw'])}</td></tr>
<tr class="g"><td>Totaal te betalen</td><td class="n">€ {e(d['total'])}</td></tr></table>""")
    h.append(FOOT.format(p=pi, n=N) + "</div>")
h.append("</body></html>")
open(f"{OUT}/s23_factuur_transport_nl.html", "w").write("\n".join(h))
