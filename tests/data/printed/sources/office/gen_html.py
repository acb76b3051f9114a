"""Write the HTML sources that wkhtmltopdf prints (CZ, CH QR-bill, IE electricity, BR nota de débito).

python3 gen_html.py OUTDIR
"""
import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT.mkdir(parents=True, exist_ok=True)


def fake_qr(seed, size=33, px=46):
    """A QR-looking SVG (finder patterns + random modules, Swiss cross in the middle)."""
    rnd = random.Random(seed)
    cell = px / size
    rects = []

    def finder(x0, y0):
        for y in range(7):
            for x in range(7):
                on = x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4)
                if on:
                    rects.append((x0 + x, y0 + y))

    finder(0, 0)
    finder(size - 7, 0)
    finder(0, size - 7)
    for y in range(size):
        for x in range(size):
            if (x < 8 and y < 8) or (x >= size - 8 and y < 8) or (x < 8 and y >= size - 8):
                continue
            if rnd.random() < 0.48:
                rects.append((x, y))
    body = "".join(f'<rect x="{x*cell:.3f}" y="{y*cell:.3f}" width="{cell:.3f}" height="{cell:.3f}"/>'
                   for x, y in rects)
    c = px / 2
    cross = (f'<rect x="{c-3.5}" y="{c-3.5}" width="7" height="7" fill="#fff"/>'
             f'<rect x="{c-3}" y="{c-3}" width="6" height="6" fill="#000"/>'
             f'<rect x="{c-0.6}" y="{c-2.2}" width="1.2" height="4.4" fill="#fff"/>'
             f'<rect x="{c-2.2}" y="{c-0.6}" width="4.4" height="1.2" fill="#fff"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}mm" height="{px}mm" '
            f'viewBox="0 0 {px} {px}"><g fill="#000">{body}</g>{cross}</svg>')


def fake_barcode(seed, n=240):
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        w = rnd.choice((0.33, 0.33, 0.9))
        out.append(f'<span style="display:inline-block;width:{w}mm;height:13mm;'
                   f'background:{"#000" if i % 2 == 0 else "#fff"}"></span>')
    return "".join(out)


# --------------------------------------------------------------------------- Czech faktura
CZ = """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Faktura 2025-0142</title>
<style>
 body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color:#222; margin: 0 6mm; }
 h1 { font-size: 17pt; margin: 0 0 2mm 0; font-weight: normal; }
 h1 b { font-weight: bold; }
 .grid { width:100%; border-collapse: collapse; }
 .grid td { vertical-align: top; padding: 3mm; border: 1px solid #999; width: 50%; }
 .lbl { color:#666; font-size: 8pt; text-transform: uppercase; letter-spacing: .5px; }
 table.kv td { border: none; padding: 0.6mm 2mm 0.6mm 0; font-size: 9.5pt; }
 table.items { width: 100%; border-collapse: collapse; margin-top: 5mm; font-size: 9pt; }
 table.items th { background: #e8e8e8; border-bottom: 1px solid #555; text-align: right; padding: 1.5mm; }
 table.items th:first-child, table.items td:first-child { text-align: left; }
 table.items td { text-align: right; padding: 1.5mm; border-bottom: 1px solid #ddd; }
 .rekap { width: 60%; margin-left: 40%; border-collapse: collapse; margin-top: 5mm; font-size: 9pt; }
 .rekap td, .rekap th { text-align:right; padding: 1mm 1.5mm; border-bottom: 1px solid #ddd; }
 .total { margin-top: 4mm; text-align: right; font-size: 14pt; }
 .total span { display:inline-block; background:#222; color:#fff; padding: 2mm 4mm; font-weight:bold; }
 .small { font-size: 7.5pt; color:#555; margin-top: 10mm; border-top:1px solid #999; padding-top:2mm; }
</style></head><body>
<table style="width:100%"><tr>
<td><h1><b>Faktura</b> – daňový doklad</h1><div>č. <b>2025-0142</b></div></td>
<td style="text-align:right; font-size: 20pt; font-weight: bold; color:#7a4b1c">TRUHLÁŘSTVÍ<br><span style="font-size:11pt">Dvořák</span></td>
</tr></table>
<table class="grid"><tr>
<td><div class="lbl">Dodavatel</div>
<b>Truhlářství Dvořák s.r.o.</b><br>Průmyslová 1184/7<br>627 00 Brno – Slatina<br>
IČO: 27845612<br>DIČ: CZ27845612<br>
<span style="font-size:8pt">Zapsáno v OR vedeném Krajským soudem v Brně, oddíl C, vložka 51873</span></td>
<td><div class="lbl">Odběratel</div>
<b>Ing. Petra Svobodová</b><br>Kotlářská 928/41<br>602 00 Brno<br><br>
<div class="lbl">Konečný příjemce</div>Byt č. 12, Kotlářská 928/41, Brno</td>
</tr><tr>
<td><table class="kv">
<tr><td>Bankovní účet:</td><td><b>2801234567/2010</b></td></tr>
<tr><td>IBAN:</td><td>CZ65 2010 0000 0028 0123 4567</td></tr>
<tr><td>SWIFT:</td><td>FIOBCZPPXXX</td></tr>
<tr><td>Variabilní symbol:</td><td><b>20250142</b></td></tr>
<tr><td>Konstantní symbol:</td><td>0308</td></tr>
<tr><td>Forma úhrady:</td><td>bankovním převodem</td></tr>
</table></td>
<td><table class="kv">
<tr><td>Datum vystavení:</td><td>12.03.2025</td></tr>
<tr><td>Datum uskutečnění zdanitelného plnění:</td><td>10.03.2025</td></tr>
<tr><td>Datum splatnosti:</td><td><b>26.03.2025</b></td></tr>
<tr><td>Objednávka č.:</td><td>OBJ-2025-019 ze dne 14.01.2025</td></tr>
<tr><td>Zakázka:</td><td>Z-0088</td></tr>
</table></td>
</tr></table>

<p>Fakturujeme Vám za dodávku a montáž kuchyňské linky dle objednávky:</p>
<table class="items">
<tr><th>Označení dodávky</th><th>Množství</th><th>J.cena</th><th>Sazba DPH</th><th>Cena bez DPH</th><th>DPH</th><th>Celkem s DPH</th></tr>
<tr><td>Kuchyňská linka na míru – výroba a montáž (dub/antracit)</td><td>1 ks</td><td>68&nbsp;500,00</td><td>21 %</td><td>68&nbsp;500,00</td><td>14&nbsp;385,00</td><td>82&nbsp;885,00</td></tr>
<tr><td>Pracovní deska dub masiv 40 mm</td><td>3,2 bm</td><td>4&nbsp;200,00</td><td>21 %</td><td>13&nbsp;440,00</td><td>2&nbsp;822,40</td><td>16&nbsp;262,40</td></tr>
<tr><td>Doprava Brno a okolí</td><td>1 ks</td><td>1&nbsp;200,00</td><td>21 %</td><td>1&nbsp;200,00</td><td>252,00</td><td>1&nbsp;452,00</td></tr>
</table>

<table class="rekap">
<tr><th>Rekapitulace DPH v Kč</th><th>Základ</th><th>DPH</th><th>Celkem</th></tr>
<tr><td>Sazba 21 %</td><td>83&nbsp;140,00</td><td>17&nbsp;459,40</td><td>100&nbsp;599,40</td></tr>
</table>

<div class="total">Celkem k úhradě: <span>100&nbsp;599,40&nbsp;Kč</span></div>
<p style="margin-top:8mm">Zálohy nebyly poskytnuty. Při platbě uveďte prosím variabilní symbol.<br>
Záruka na truhlářské výrobky 24 měsíců od převzetí.</p>
<p>Vystavil: Jan Dvořák, tel. +420 603 412 887, e-mail: dvorak@truhlarstvi-dvorak.cz</p>
<p style="margin-top:12mm">Převzal: ..............................................</p>
<div class="small">Truhlářství Dvořák s.r.o. · Průmyslová 1184/7, 627 00 Brno · IČO 27845612 ·
www.truhlarstvi-dvorak.cz · Fakturu vystavil ekonomický systém Pohoda.</div>
</body></html>
"""


# --------------------------------------------------------------------------- Swiss QR-bill
def ch_html():
    qr = fake_qr(2025093)
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Invoice RE-25-0093</title>
<style>
 @page { size: A4; margin: 0; }
 body { margin:0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color:#111; zoom: 1.235; }
 .page { position: relative; width: 210mm; height: 296mm; overflow: hidden; }
 .inv { position:absolute; left: 20mm; top: 15mm; width: 170mm; }
 .logo { font-size: 20pt; font-weight: bold; letter-spacing: 1px; color:#0b3d5c; }
 .sender { font-size: 8.5pt; color:#444; margin-top:1mm; }
 .addr { position:absolute; left: 110mm; top: 45mm; font-size: 10pt; }
 .meta { font-size: 9.5pt; }
 .meta td { padding: 0.5mm 6mm 0.5mm 0; }
 h2 { font-size: 14pt; margin: 6mm 0 3mm; }
 table.items { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
 table.items th { text-align:left; border-bottom: 1.2pt solid #000; padding: 1.2mm 1mm; }
 table.items td { padding: 1.2mm 1mm; border-bottom: 0.5pt solid #bbb; }
 .r { text-align:right !important; }
 .sum td { border: none !important; }
 .grand td { font-weight:bold; border-top: 1.2pt solid #000 !important; border-bottom: 2.5pt double #000 !important; }
 .qrbill { position:absolute; left:0; top: 192mm; width: 210mm; height: 105mm;
           border-top: 0.75pt dashed #000; font-family: "Liberation Sans", Arial, sans-serif; }
 .scissors { position:absolute; top:-3.2mm; left: 8mm; font-size: 9pt; }
 .receipt { position:absolute; left:0; top:0; width: 52mm; height: 95mm; padding: 5mm;
            border-right: 0.75pt dashed #000; }
 .pay { position:absolute; left: 62mm; top:0; width: 138mm; height: 95mm; padding: 5mm; }
 .title { font-size: 11pt; font-weight: bold; margin-bottom: 4mm; }
 .h { font-size: 6pt; font-weight: bold; margin-top: 2.5mm; }
 .v { font-size: 8pt; line-height: 9pt; }
 .pay .h { font-size: 8pt; }
 .pay .v { font-size: 10pt; line-height: 11pt; }
 .qr { position:absolute; left: 5mm; top: 17mm; }
 .amt { position:absolute; left: 5mm; top: 68mm; }
 .info { position:absolute; left: 56mm; top: 5mm; width: 82mm; }
 .acc { position:absolute; right: 5mm; bottom: 8mm; font-size: 6pt; font-weight:bold; }
</style></head><body><div class="page">
<div class="inv">
 <div class="logo">BERGWERK<span style="font-weight:normal"> software</span></div>
 <div class="sender">Bergwerk Software GmbH · Hardturmstrasse 161 · 8005 Zürich · +41 44 512 87 30 · billing@bergwerk.ch</div>
</div>
<div class="addr">Helvetia Velo AG<br>Attn. Ms. Claudia Meier, Finance<br>Industriestrasse 22<br>6300 Zug</div>
<div class="inv" style="top: 72mm;">
 <table class="meta">
  <tr><td>Invoice No.</td><td><b>RE-25-0093</b></td><td>Customer No.</td><td>K-1042</td></tr>
  <tr><td>Invoice date</td><td>03.04.2025</td><td>Your reference</td><td>PO ZH-4471</td></tr>
  <tr><td>Due date</td><td>03.05.2025</td><td>VAT No.</td><td>CHE-312.456.789 MWST</td></tr>
 </table>
 <h2>Invoice</h2>
 <table class="items">
  <tr><th>Pos.</th><th>Description</th><th class="r">Qty</th><th class="r">Rate CHF</th><th class="r">Amount CHF</th></tr>
  <tr><td>1</td><td>Software maintenance &amp; support, Q2 2025 (01.04.–30.06.2025)</td><td class="r">1</td><td class="r">1'800.00</td><td class="r">1'800.00</td></tr>
  <tr><td>2</td><td>Consulting – B2B shop integration (hours, see timesheet)</td><td class="r">6.5</td><td class="r">180.00</td><td class="r">1'170.00</td></tr>
  <tr><td>3</td><td>Managed hosting, April 2025</td><td class="r">1</td><td class="r">280.00</td><td class="r">280.00</td></tr>
  <tr class="sum"><td></td><td class="r" colspan="3">Subtotal excl. VAT</td><td class="r">3'250.00</td></tr>
  <tr class="sum"><td></td><td class="r" colspan="3">VAT 8.1%</td><td class="r">263.25</td></tr>
  <tr class="grand"><td></td><td class="r" colspan="3">Total CHF</td><td class="r">3'513.25</td></tr>
 </table>
 <p style="font-size:9pt">Payable within 30 days net. Please use the QR-bill below; for transfers without
 the QR-bill quote the QR reference. Thank you for your trust.</p>
</div>

<div class="qrbill"><div class="scissors">&#9986;</div>
 <div class="receipt">
  <div class="title">Receipt</div>
  <div class="h">Account / Payable to</div>
  <div class="v">CH44 3199 9123 0008 8901 2<br>Bergwerk Software GmbH<br>Hardturmstrasse 161<br>8005 Zürich</div>
  <div class="h">Reference</div>
  <div class="v">21 00000 00003 13947 14300 09017</div>
  <div class="h">Payable by</div>
  <div class="v">Helvetia Velo AG<br>Industriestrasse 22<br>6300 Zug</div>
  <table style="margin-top:6mm; font-size:8pt; border-collapse:collapse"><tr>
   <td style="font-size:6pt;font-weight:bold;padding-right:6mm">Currency</td><td style="font-size:6pt;font-weight:bold">Amount</td></tr>
   <tr><td style="padding-right:6mm">CHF</td><td>3 513.25</td></tr></table>
  <div class="acc">Acceptance point</div>
 </div>
 <div class="pay">
  <div class="title">Payment part</div>
  <div class="qr">""" + qr + """</div>
  <div class="amt"><table style="font-size:10pt; border-collapse:collapse"><tr>
   <td style="font-size:8pt;font-weight:bold;padding-right:8mm">Currency</td><td style="font-size:8pt;font-weight:bold">Amount</td></tr>
   <tr><td style="padding-right:8mm">CHF</td><td>3 513.25</td></tr></table></div>
  <div class="info">
   <div class="h">Account / Payable to</div>
   <div class="v">CH44 3199 9123 0008 8901 2<br>Bergwerk Software GmbH<br>Hardturmstrasse 161<br>8005 Zürich</div>
   <div class="h">Reference</div>
   <div class="v">21 00000 00003 13947 14300 09017</div>
   <div class="h">Additional information</div>
   <div class="v">Invoice RE-25-0093 / Customer K-1042</div>
   <div class="h">Payable by</div>
   <div class="v">Helvetia Velo AG<br>Industriestrasse 22<br>6300 Zug</div>
  </div>
 </div>
</div>
</div></body></html>
"""


# --------------------------------------------------------------------------- Irish electricity bill
IE = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Your electricity bill</title>
<style>
 body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9pt; color:#1c1c1c; margin: 0 4mm; }
 .top { width:100%; border-collapse: collapse; }
 .brand { font-size: 22pt; font-weight: bold; color: #00875a; }
 .brand small { display:block; font-size: 8pt; font-weight: normal; color: #555; }
 .box { border: 1px solid #00875a; border-radius: 2mm; padding: 3mm; }
 .box td { padding: 0.6mm 2mm 0.6mm 0; }
 .due { background:#00875a; color:#fff; padding: 4mm; border-radius: 2mm; text-align:center; }
 .due .big { font-size: 22pt; font-weight: bold; }
 h3 { color:#00875a; font-size: 11pt; margin: 5mm 0 2mm; border-bottom: 1px solid #00875a; }
 table.lines { width:100%; border-collapse: collapse; }
 table.lines td { padding: 1.2mm 1mm; border-bottom: 1px dotted #bbb; }
 table.lines td.r { text-align: right; }
 .tot td { font-weight: bold; border-top: 1.5px solid #000; border-bottom: none !important; font-size: 10pt; }
 .note { font-size: 7.5pt; color:#555; }
 .giro { margin-top: 8mm; border-top: 1px dashed #000; padding-top: 3mm; font-size: 8.5pt; }
 .giro td { padding: 1mm 3mm 1mm 0; vertical-align: top; }
</style></head><body>
<table class="top"><tr>
<td style="width:58%"><div class="brand">clearview<small>energy</small></div>
<div style="margin-top:8mm">Mr Cathal Ó Briain<br>14 Ashgrove Park<br>Ballincollig<br>Co. Cork<br>P31 X2K8</div></td>
<td style="width:42%"><div class="box"><table>
<tr><td>Account Number</td><td><b>9012 3456 78</b></td></tr>
<tr><td>Invoice No.</td><td>500387214</td></tr>
<tr><td>Bill Date</td><td>09 Apr 2025</td></tr>
<tr><td>Billing Period</td><td>04 Feb 2025 – 03 Apr 2025</td></tr>
<tr><td>MPRN</td><td>10 0123 4567 8</td></tr>
<tr><td>Tariff</td><td>Home Electric+ Night Saver</td></tr>
<tr><td>Customer Service</td><td>021 490 6620</td></tr>
</table></div></td></tr></table>

<h2 style="font-size:14pt;margin:7mm 0 2mm">Your electricity bill</h2>
<table class="top"><tr>
<td style="width:58%; vertical-align:top; padding-right:5mm">
<h3>Account summary</h3>
<table class="lines">
<tr><td>Balance brought forward from last bill</td><td class="r">€142.37</td></tr>
<tr><td>Payment received 14 Mar 2025 – thank you</td><td class="r">-€100.00</td></tr>
<tr><td>Charges this period (incl. VAT)</td><td class="r">€200.90</td></tr>
<tr class="tot"><td>Amount Due</td><td class="r">€243.27</td></tr>
</table></td>
<td style="width:42%; vertical-align:top">
<div class="due">Amount Due<div class="big">€243.27</div>Please pay by <b>29 Apr 2025</b></div>
<p class="note">Your next bill is due around 09 Jun 2025. Estimated next bill: €215.</p>
</td></tr></table>

<h3>Charges this period</h3>
<table class="lines">
<tr><td>Standing charge</td><td>59 days @ €0.7560</td><td class="r">€44.60</td></tr>
<tr><td>Day units</td><td>412 kWh @ €0.2895</td><td class="r">€119.27</td></tr>
<tr><td>Night units</td><td>188 kWh @ €0.1547</td><td class="r">€29.08</td></tr>
<tr><td>PSO levy</td><td>59 days @ €0.0548</td><td class="r">€3.23</td></tr>
<tr><td>Loyalty discount</td><td>8% off unit charges</td><td class="r">-€11.87</td></tr>
<tr><td>Total before VAT</td><td></td><td class="r">€184.31</td></tr>
<tr><td>VAT</td><td>9% on €184.31</td><td class="r">€16.59</td></tr>
<tr class="tot"><td>Total charges this period</td><td></td><td class="r">€200.90</td></tr>
</table>

<h3>Meter readings</h3>
<table class="lines">
<tr><td><b>Meter</b></td><td><b>Previous (04 Feb)</b></td><td><b>Present (03 Apr)</b></td><td class="r"><b>Units used</b></td></tr>
<tr><td>Day 28417305</td><td>24118 A</td><td>24530 A</td><td class="r">412</td></tr>
<tr><td>Night 28417305</td><td>9876 A</td><td>10064 A</td><td class="r">188</td></tr>
</table>
<p class="note">A = actual reading, E = estimated reading. Your average daily usage this period was 10.2 kWh
(same period last year: 11.4 kWh). Fuel mix and CO2 emissions: see clearview.ie/fuelmix.</p>
<p class="note">Clearview Energy Supply DAC, Unit 6, Eastgate Business Park, Little Island, Co. Cork T45 KX94.
Registered in Ireland No. 604117. VAT No. IE 3456789TH. Regulated by the CRU.</p>

<div class="giro"><b>Bank Giro / Payment slip</b> – detach and return with your payment
<table><tr>
<td>Clearview Energy Supply DAC<br>Bank of Ireland, IBAN IE29 BOFI 9000 1712 3456 78<br>BIC BOFIIE2D</td>
<td>Account Number<br><b>9012 3456 78</b></td>
<td>Pay by<br><b>29 Apr 2025</b></td>
<td>Amount Due<br><b>€243.27</b></td>
<td>Amount Paid<br>€ ____________</td>
</tr></table>
<div style="font-family: 'DejaVu Sans Mono', monospace; margin-top:3mm">&gt;901234567800024327&lt; 500387214</div>
</div>
</body></html>
"""


# --------------------------------------------------------------------------- Brazil nota de débito + boleto
def br_html():
    bar = fake_barcode(387)
    return """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Nota de Débito 0387/2025</title>
<style>
 body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; color:#000; margin: 0 4mm; }
 .hdr { width:100%; border-collapse:collapse; border-bottom: 2px solid #1a4d8f; }
 .hdr td { vertical-align: top; padding-bottom: 2mm; }
 .nome { font-size: 15pt; font-weight: bold; color:#1a4d8f; }
 .nd { border:1.5px solid #1a4d8f; padding: 2mm 4mm; text-align:center; }
 .nd .t { font-size: 12pt; font-weight: bold; }
 table.dados { width:100%; border-collapse: collapse; margin-top: 3mm; }
 table.dados td { border:1px solid #888; padding: 1.2mm 2mm; vertical-align: top; }
 .lab { font-size: 6.5pt; color:#444; display:block; }
 table.itens { width:100%; border-collapse: collapse; margin-top: 4mm; }
 table.itens th { background:#dde6f3; border:1px solid #888; padding: 1.2mm 2mm; text-align:left; }
 table.itens td { border:1px solid #888; padding: 1.2mm 2mm; }
 .r { text-align:right !important; }
 .corte { border-top: 1px dashed #000; margin: 5mm 0 2mm; font-size: 6.5pt; text-align:right; }
 table.bol { width:100%; border-collapse: collapse; font-size: 8pt; }
 table.bol td { border: 1px solid #000; padding: 0.6mm 1.5mm; vertical-align: top; height: 7mm; }
 .banco { font-size: 13pt; font-weight: bold; }
 .cod { font-size: 13pt; font-weight: bold; border-left: 2px solid #000; border-right: 2px solid #000; padding: 0 3mm; }
 .linha { font-size: 11pt; font-weight: bold; text-align: right; letter-spacing: .5px; }
</style></head><body>
<table class="hdr"><tr>
<td><div class="nome">Horizonte Assessoria Contábil Ltda.</div>
CNPJ 24.871.305/0001-62 · CRC-SP 2SP031874/O-5<br>
Rua Augusta, 1508, cj. 72 – Consolação – São Paulo/SP – CEP 01304-001<br>
Tel. (11) 3251-4470 · financeiro@horizontecontabil.com.br</td>
<td style="width:55mm"><div class="nd"><div class="t">NOTA DE DÉBITO</div>Nº 0387/2025</div></td>
</tr></table>

<table class="dados"><tr>
<td colspan="2"><span class="lab">Cliente</span><b>Padaria e Confeitaria Pão Dourado Ltda. – ME</b></td>
<td><span class="lab">CNPJ</span>31.552.908/0001-14</td>
<td><span class="lab">Código do cliente</span>0412</td></tr>
<tr><td colspan="2"><span class="lab">Endereço</span>Av. Jabaquara, 2211 – Saúde – São Paulo/SP – CEP 04045-004</td>
<td><span class="lab">Data de emissão</span>05/04/2025</td>
<td><span class="lab">Vencimento</span><b>15/04/2025</b></td></tr>
<tr><td><span class="lab">Competência</span>03/2025</td>
<td><span class="lab">Contrato</span>CT-2019/044</td>
<td colspan="2"><span class="lab">Forma de pagamento</span>Boleto bancário (Itaú)</td></tr>
</table>

<p style="margin:4mm 0 1mm">Debitamos a V.Sas. os valores abaixo, referentes a despesas pagas por nossa conta em seu nome:</p>
<table class="itens">
<tr><th style="width:8mm">Item</th><th>Descrição</th><th style="width:22mm">Data</th><th class="r" style="width:28mm">Valor (R$)</th></tr>
<tr><td>1</td><td>Taxas cartorárias – reconhecimento de firmas e autenticações (8 docs.)</td><td>07/03/2025</td><td class="r">186,40</td></tr>
<tr><td>2</td><td>Taxa JUCESP – registro de alteração contratual (protocolo 0.498.221/25-3)</td><td>10/03/2025</td><td class="r">254,67</td></tr>
<tr><td>3</td><td>Certificado digital e-CNPJ A1 – renovação (reembolso)</td><td>12/03/2025</td><td class="r">215,00</td></tr>
<tr><td>4</td><td>Publicação de ata – Diário Oficial do Estado de São Paulo</td><td>19/03/2025</td><td class="r">812,30</td></tr>
<tr><td>5</td><td>Despesas postais (Sedex) – envio de documentos</td><td>21/03/2025</td><td class="r">48,90</td></tr>
<tr><td colspan="3" class="r"><b>TOTAL DA NOTA DE DÉBITO</b></td><td class="r"><b>R$ 1.517,27</b></td></tr>
</table>
<p style="font-size:7.5pt">Valor por extenso: mil quinhentos e dezessete reais e vinte e sete centavos.<br>
Nota de débito referente a reembolso de despesas; não constitui prestação de serviço nem fato gerador de ISS.
Os honorários de março/2025 foram faturados na NFS-e nº 4.127.</p>

<div class="corte">Recibo do Pagador – corte aqui ✂</div>
<table class="bol">
<tr><td colspan="2" style="border:none"><span class="banco">Banco Itaú S.A.</span> <span class="cod">341-7</span></td>
<td colspan="4" class="linha" style="border:none">34191.09008 03872.025007 61234.560001 7 10520000151727</td></tr>
<tr><td colspan="4"><span class="lab">Beneficiário</span>Horizonte Assessoria Contábil Ltda. – CNPJ 24.871.305/0001-62</td>
<td><span class="lab">Agência/Código do Beneficiário</span>0861/12345-6</td>
<td><span class="lab">Vencimento</span><b>15/04/2025</b></td></tr>
<tr><td><span class="lab">Data do documento</span>05/04/2025</td>
<td><span class="lab">Nº do documento</span>0387/2025</td>
<td><span class="lab">Espécie doc.</span>ND</td>
<td><span class="lab">Aceite</span>N</td>
<td><span class="lab">Nosso número</span>109/00038720-5</td>
<td><span class="lab">(=) Valor do documento</span><b>1.517,27</b></td></tr>
<tr><td colspan="5"><span class="lab">Pagador</span>Padaria e Confeitaria Pão Dourado Ltda. – ME – CNPJ 31.552.908/0001-14</td>
<td><span class="lab">Autenticação mecânica</span></td></tr>
</table>

<div class="corte">Ficha de Compensação – corte aqui ✂</div>
<table class="bol">
<tr><td colspan="2" style="border:none"><span class="banco">Banco Itaú S.A.</span> <span class="cod">341-7</span></td>
<td colspan="4" class="linha" style="border:none">34191.09008 03872.025007 61234.560001 7 10520000151727</td></tr>
<tr><td colspan="5"><span class="lab">Local de pagamento</span>Pagável em qualquer banco até o vencimento. Após o vencimento, somente no Itaú.</td>
<td><span class="lab">Vencimento</span><b>15/04/2025</b></td></tr>
<tr><td colspan="5"><span class="lab">Beneficiário</span>Horizonte Assessoria Contábil Ltda. – CNPJ 24.871.305/0001-62 – Rua Augusta, 1508, cj. 72 – São Paulo/SP</td>
<td><span class="lab">Agência/Código do Beneficiário</span>0861/12345-6</td></tr>
<tr><td><span class="lab">Data do documento</span>05/04/2025</td>
<td><span class="lab">Nº do documento</span>0387/2025</td>
<td><span class="lab">Espécie doc.</span>ND</td>
<td><span class="lab">Aceite</span>N</td>
<td><span class="lab">Data processamento</span>05/04/2025</td>
<td><span class="lab">Nosso número</span>109/00038720-5</td></tr>
<tr><td><span class="lab">Uso do banco</span></td>
<td><span class="lab">Carteira</span>109</td>
<td><span class="lab">Espécie</span>R$</td>
<td><span class="lab">Quantidade</span></td>
<td><span class="lab">Valor</span></td>
<td><span class="lab">(=) Valor do documento</span><b>1.517,27</b></td></tr>
<tr><td colspan="5" rowspan="4"><span class="lab">Instruções (texto de responsabilidade do beneficiário)</span>
Após o vencimento cobrar multa de 2,00% e juros de mora de 0,033% ao dia.<br>
Não receber após 30 dias do vencimento.<br>Referente à Nota de Débito nº 0387/2025.</td>
<td><span class="lab">(-) Desconto / Abatimento</span></td></tr>
<tr><td><span class="lab">(+) Mora / Multa</span></td></tr>
<tr><td><span class="lab">(+) Outros acréscimos</span></td></tr>
<tr><td><span class="lab">(=) Valor cobrado</span></td></tr>
<tr><td colspan="6"><span class="lab">Pagador</span>Padaria e Confeitaria Pão Dourado Ltda. – ME – CNPJ 31.552.908/0001-14<br>
Av. Jabaquara, 2211 – Saúde – São Paulo/SP – CEP 04045-004</td></tr>
</table>
<div style="margin-top:2mm; white-space:nowrap; overflow:hidden">""" + bar + """</div>
<div style="font-size:6.5pt; text-align:right">Autenticação mecânica – Ficha de Compensação</div>
</body></html>
"""


if __name__ == "__main__":
    (OUT / "wk_cz_faktura_truhlarstvi.html").write_text(CZ, encoding="utf-8")
    (OUT / "wk_ch_qr_bill_invoice.html").write_text(ch_html(), encoding="utf-8")
    (OUT / "wk_ie_electricity_bill.html").write_text(IE, encoding="utf-8")
    (OUT / "wk_br_nota_de_debito_boleto.html").write_text(br_html(), encoding="utf-8")
