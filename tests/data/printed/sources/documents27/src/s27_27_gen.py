"""Builds the HTML of the Komtech Dystrybucja faktura VAT (printed by Chromium)."""
import json, os, sys, html
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
items = json.load(open(os.path.join(HERE, "s27_27_pozycje.json"), encoding="utf-8"))
def pl(x):
    s = f"{D(x):,.2f}"
    return s.replace(",", " ").replace(".", ",")
net = sum(D(i["netto"]) for i in items); vat = (net * D("0.23")).quantize(D("0.01")); gross = net + vat
o = [f"""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Faktura VAT FV/2025/03/01842</title><style>
@page {{ size: A4; margin: 11mm 11mm 14mm 11mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #111; margin: 0; }}
table {{ border-collapse: collapse; }}
.hdr {{ display: flex; justify-content: space-between; }}
.logo {{ font-size: 19pt; font-weight: bold; color: #b3121f; }} .logo span {{ color: #333; font-weight: normal; }}
.doc {{ text-align: right; }} .doc h1 {{ font-size: 14pt; margin: 0 0 2mm 0; }}
.doc table td {{ padding: 0.6mm 0 0.6mm 4mm; }} .doc td.v {{ font-weight: bold; text-align: right; }}
.parties {{ display: flex; gap: 6mm; margin-top: 6mm; }}
.party {{ flex: 1; border-top: 2px solid #b3121f; padding-top: 2mm; line-height: 1.45; font-size: 8.5pt; }}
.party .t {{ font-size: 7.5pt; color: #b3121f; font-weight: bold; text-transform: uppercase; }}
table.poz {{ width: 100%; margin-top: 6mm; }}
table.poz th {{ background: #f1e3e4; border: 1px solid #b9a3a5; padding: 1.5mm 1mm; font-size: 7.3pt; font-weight: bold; text-align: center; }}
table.poz td {{ border: 1px solid #cdbfc0; padding: 1.2mm 1mm; font-size: 7.6pt; }}
table.poz thead {{ display: table-header-group; }}
table.poz tr {{ break-inside: avoid; }}
.r {{ text-align: right; white-space: nowrap; }} .c {{ text-align: center; }}
.sumy {{ display: flex; justify-content: space-between; margin-top: 5mm; gap: 8mm; break-inside: avoid; }}
table.vat td, table.vat th {{ border: 1px solid #b9a3a5; padding: 1.2mm 2mm; }}
table.vat th {{ background: #f1e3e4; }}
.doz {{ font-size: 12pt; font-weight: bold; margin-top: 3mm; }}
.podp {{ display: flex; justify-content: space-between; margin-top: 16mm; break-inside: avoid; }}
.podp div {{ width: 42%; border-top: 1px dotted #555; text-align: center; font-size: 7pt; padding-top: 1mm; color: #444; }}
.stopka {{ margin-top: 6mm; font-size: 6.8pt; color: #555; border-top: 1px solid #ccc; padding-top: 2mm; }}
</style></head><body>
<div class="hdr"><div><div class="logo">KOMTECH <span>dystrybucja IT</span></div>
<div style="margin-top:1mm">ul. Postępu 21B, 02-676 Warszawa · tel. +48 22 555 47 10 · faktury@komtech.pl</div></div>
<div class="doc"><h1>Faktura VAT nr FV/2025/03/01842</h1><table>
<tr><td>Oryginał</td><td></td></tr>
<tr><td>Data wystawienia:</td><td class="v">2025-03-18</td></tr>
<tr><td>Miejsce wystawienia:</td><td class="v">Warszawa</td></tr>
<tr><td>Data dostawy/wykonania usługi:</td><td class="v">2025-03-17</td></tr>
<tr><td>Zamówienie nabywcy:</td><td class="v">ZAM/HIP/2025/0219</td></tr>
<tr><td>WZ:</td><td class="v">WZ/2025/03/04417</td></tr>
</table></div></div>
<div class="parties">
<div class="party"><div class="t">Sprzedawca</div><b>Komtech Dystrybucja Sp. z o.o.</b><br>ul. Postępu 21B<br>02-676 Warszawa<br>NIP: 5213647892<br>BDO: 000118420</div>
<div class="party"><div class="t">Nabywca</div><b>Halvorsen Industrial Polska Sp. z o.o.</b><br>ul. Logistyczna 8<br>55-040 Bielany Wrocławskie<br>NIP: 9512034768</div>
<div class="party"><div class="t">Odbiorca</div>Halvorsen Industrial Polska Sp. z o.o.<br>Magazyn centralny, hala B<br>ul. Logistyczna 8<br>55-040 Bielany Wrocławskie</div>
</div>
<table class="poz"><thead><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>J.m.</th><th>Ilość</th><th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Wartość brutto</th></tr></thead>"""]
for it in items:
    br = (D(it["netto"]) * D("1.23")).quantize(D("0.01"))
    o.append(f"<tr><td class='c'>{it['lp']}</td><td>{html.escape(it['nazwa'])}</td><td class='c'>{it['jm']}</td><td class='r'>{it['ilosc']}</td><td class='r'>{pl(it['cena'])}</td><td class='r'>{pl(it['netto'])}</td><td class='c'>23%</td><td class='r'>{pl(br)}</td></tr>")
o.append("</table>")
o.append(f"""<div class="sumy"><div style="width:52%">
<table style="width:100%"><tr><td>Sposób płatności:</td><td><b>przelew</b></td></tr>
<tr><td>Termin płatności:</td><td><b>2025-04-01</b> (14 dni)</td></tr>
<tr><td>Bank:</td><td>mBank S.A.</td></tr>
<tr><td>Numer konta:</td><td><b>PL74 1050 1445 1000 0090 7184 2233</b></td></tr>
<tr><td colspan="2" style="padding-top:2mm"><b>Mechanizm podzielonej płatności</b></td></tr></table>
<p style="font-size:7pt;color:#444">Zapłata w terminie do 7 dni od daty wystawienia: skonto 1% (865,70 PLN) – po uprzednim uzgodnieniu z działem handlowym.</p>
</div><div style="width:44%">
<table class="vat" style="width:100%"><tr><th>Stawka VAT</th><th>Wartość netto</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>
<tr><td class="c">23%</td><td class="r">{pl(net)}</td><td class="r">{pl(vat)}</td><td class="r">{pl(gross)}</td></tr>
<tr><td class="c"><b>Razem</b></td><td class="r"><b>{pl(net)}</b></td><td class="r"><b>{pl(vat)}</b></td><td class="r"><b>{pl(gross)}</b></td></tr></table>
<div class="doz">Do zapłaty: {pl(gross)} PLN</div>
<div>Słownie: osiemdziesiąt sześć tysięcy pięćset sześćdziesiąt dziewięć złotych 86/100</div>
<div style="margin-top:1mm">Zapłacono: 0,00 PLN · Pozostało do zapłaty: {pl(gross)} PLN</div>
</div></div>
<div class="podp"><div>Osoba upoważniona do odbioru</div><div>Wystawił(a): Magdalena Zielińska</div></div>
<div class="stopka">Komtech Dystrybucja Sp. z o.o. z siedzibą w Warszawie, Sąd Rejonowy dla m.st. Warszawy, XIII Wydział Gospodarczy KRS, KRS 0000412877, kapitał zakładowy 5 000 000,00 zł. Gwarancja producenta – szczegóły na karcie gwarancyjnej. Towar pozostaje własnością sprzedawcy do czasu zapłaty całej należności.</div>
</body></html>""")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(o))
