"""Finnish wholesale invoice (LASKU), 3 pages, chromium."""
import random
from common import *

rnd = random.Random(1701)

PRODUCTS = [
    ("4200113", "MMJ 3x1,5S asennuskaapeli 100 m", "kela", 89.90),
    ("4200125", "MMJ 3x2,5S asennuskaapeli 100 m", "kela", 139.00),
    ("4200152", "MMJ 5x2,5S asennuskaapeli 50 m", "kela", 118.50),
    ("4210425", "AXMK 4x25S maakaapeli", "m", 6.48),
    ("4501101", "Kojerasia upotettava 1-os.", "kpl", 0.92),
    ("4501180", "Jatkorasia 80 mm", "kpl", 2.35),
    ("4601220", "Pistorasia 2-os. maadoitettu valkoinen", "kpl", 11.80),
    ("4601016", "Valokytkin 1/6 uppo valkoinen", "kpl", 7.95),
    ("4710430", "Vikavirtasuojakytkin 40A 30mA 4-nap.", "kpl", 54.20),
    ("4720116", "Johdonsuojakatkaisija C16 1-nap.", "kpl", 6.90),
    ("4720110", "Johdonsuojakatkaisija B10 1-nap.", "kpl", 6.45),
    ("4730036", "Ryhmäkeskus 36-moduuli pinta IP40", "kpl", 168.00),
    ("4810844", "LED-alasvalo 8 W 3000 K IP44 valkoinen", "kpl", 24.60),
    ("4810660", "LED-paneeli 600x600 36 W 4000 K", "kpl", 46.90),
    ("4820101", "Merkkivalaisin LED 1 h akku", "kpl", 72.40),
    ("4900020", "Asennusputki EKJ 20 mm 3 m", "kpl", 2.15),
    ("4900125", "Taipuisa suojaputki 25 mm 50 m", "rll", 38.70),
    ("4910300", "Kaapelihylly 300 mm 3 m kuumasinkitty", "kpl", 41.25),
    ("4950200", "Nippuside 200 mm musta 100 kpl", "pss", 3.90),
    ("4950310", "Kiinnike MMJ-kaapelille 100 kpl", "pss", 8.60),
    ("4960413", "Pikaliitin 221-413 3-os. 50 kpl", "pss", 19.80),
    ("4970012", "Maadoituskisko 12-nap.", "kpl", 14.30),
    ("4980032", "Läpivientitiiviste 32 mm", "kpl", 3.10),
    ("4980310", "Palokatkomassa 310 ml", "kpl", 17.45),
    ("4501240", "Kattorasia 2K valkoinen", "kpl", 3.55),
    ("5010210", "Lattialämmityskaapeli 20 W/m 10 m", "kpl", 64.00),
    ("5010300", "Termostaatti lattialämmitykseen 16 A", "kpl", 58.30),
    ("5200305", "Datakaapeli Cat6 U/UTP 305 m", "ltk", 129.00),
    ("5210045", "Datapistorasia Cat6 2xRJ45 uppo", "kpl", 18.20),
    ("4720320", "Johdonsuojakatkaisija C20 3-nap.", "kpl", 21.70),
    ("4740063", "Kuormankytkin 63 A 3-nap.", "kpl", 36.80),
    ("4810130", "LED-valonauha 10 W/m 5 m 24 V", "rll", 27.90),
    ("4830060", "Liiketunnistin kattoon 360°", "kpl", 33.50),
]
ALE = [0, 0, 12, 18, 18, 22, 25, 30]

items = []
for k in range(58):
    code, name, unit, price = PRODUCTS[k % len(PRODUCTS)] if k < len(PRODUCTS) else rnd.choice(PRODUCTS)
    if unit == "m":
        qty = rnd.choice([25, 40, 60, 120])
    elif unit in ("kela", "ltk", "rll"):
        qty = rnd.choice([1, 2, 3, 4, 6])
    else:
        qty = rnd.choice([2, 4, 5, 6, 8, 10, 12, 16, 20, 24, 30, 40, 50])
    ale = rnd.choice(ALE)
    net = q2(D(qty) * D(price) * (1 - D(ale) / 100))
    items.append((code, name, qty, unit, D(price), ale, net))
# last line: freight
items[-1] = ("9000010", "Rahtimaksu, toimitus työmaalle", 1, "kpl", D("48.00"), 0, q2(48))

pages = chunk(items, [19, 27, 12])
subtotal = sum(i[6] for i in items)
vat = q2(subtotal * D("0.255"))
total = subtotal + vat


def ref(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


refno = ref("1043870")
refno_sp = refno[:-5] + " " + refno[-5:]
IB = iban("FI", "57413620048917")
INVNO = "104387"

head_rows = """
<table class="meta">
<tr><td>Laskun numero</td><td><b>{inv}</b></td></tr>
<tr><td>Laskun päivämäärä</td><td>14.3.2025</td></tr>
<tr><td>Asiakasnumero</td><td>40117</td></tr>
<tr><td>Tilausnumero</td><td>TIL-55821</td></tr>
<tr><td>Toimituspäivä</td><td>12.3.2025</td></tr>
<tr><td>Maksuehto</td><td>14 pv netto</td></tr>
<tr><td>Eräpäivä</td><td><b>28.3.2025</b></td></tr>
<tr><td>Viitenumero</td><td>{ref}</td></tr>
<tr><td>Viivästyskorko</td><td>11,5 %</td></tr>
<tr><td>Huomautusaika</td><td>8 pv</td></tr>
</table>""".format(inv=INVNO, ref=refno_sp)

CSS = """
@page { size: A4; margin: 0; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.6pt; margin: 0; color: #111; }
.page { width: 210mm; height: 296mm; position: relative; box-sizing: border-box; padding: 12mm 14mm 0 16mm; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.top { display: flex; justify-content: space-between; border-bottom: 1.5px solid #1b4f8a; padding-bottom: 3mm; }
.logo { font-size: 15pt; font-weight: bold; color: #1b4f8a; }
.logo small { display:block; font-size: 7.5pt; font-weight: normal; color: #333; }
.doc { text-align: right; font-size: 8.5pt; }
.doc .t { font-size: 16pt; font-weight: bold; letter-spacing: 2px; }
.addr { display: flex; justify-content: space-between; margin-top: 6mm; }
.addr .b { width: 85mm; }
.meta td { padding: 0.4mm 2mm 0.4mm 0; }
table.items { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.items th { background: #e6edf5; text-align: left; padding: 1.2mm 1mm; font-size: 7.8pt; border-bottom: 1px solid #1b4f8a; }
table.items td { padding: 0.9mm 1mm; border-bottom: 0.5px solid #ddd; }
.r { text-align: right; }
.carry td { font-style: italic; background: #f6f6f6; border-bottom: 1px solid #999; }
.foot { position: absolute; bottom: 8mm; left: 16mm; right: 14mm; border-top: 1px solid #1b4f8a; font-size: 7pt; color: #333; padding-top: 1.5mm; display: flex; justify-content: space-between; }
.tot { width: 80mm; margin-left: auto; margin-top: 4mm; border-collapse: collapse; }
.tot td { padding: 0.8mm 1mm; }
.tot .g td { font-weight: bold; font-size: 10pt; border-top: 1.5px solid #111; }
.vatspec { border-collapse: collapse; margin-top: 4mm; }
.vatspec td, .vatspec th { border: 0.5px solid #999; padding: 0.6mm 2mm; font-size: 7.8pt; }
.slip { position: absolute; bottom: 22mm; left: 16mm; right: 14mm; border-top: 1px dashed #555; padding-top: 2mm; }
.slip table { width: 100%; border-collapse: collapse; font-size: 8pt; }
.slip td { border: 0.8px solid #333; padding: 1mm 1.5mm; vertical-align: top; }
.lbl { font-size: 6.5pt; color: #333; display: block; }
.note { margin-top: 3mm; font-size: 7.8pt; }
"""

FOOT = """<div class="foot"><div>Pohjolan Sähkötukku Oy · Teollisuustie 14, 33470 Ylöjärvi · puh. 03 412 8800 · laskutus@pohjolansahkotukku.fi<br>
Y-tunnus 2874561-3 · ALV-rek. FI28745613 · Kotipaikka Ylöjärvi · IBAN {ib} · BIC OKOYFIHH</div><div class="r">Sivu {p}/3</div></div>"""


def top(p):
    return f"""<div class="top"><div class="logo">POHJOLAN SÄHKÖTUKKU OY<small>Sähkötarvikkeiden tukkumyynti ammattilaisille</small></div>
<div class="doc"><div class="t">LASKU</div>Laskun numero {INVNO}<br>Päivämäärä 14.3.2025<br>Sivu {p}/3</div></div>"""


TH = """<tr><th>Tuotenro</th><th>Nimike</th><th class="r">Määrä</th><th>Yks.</th><th class="r">À-hinta</th><th class="r">Ale %</th><th class="r">ALV %</th><th class="r">Yhteensä</th></tr>"""


def rows(its):
    out = []
    for code, name, qty, unit, price, ale, net in its:
        out.append(f"<tr><td>{code}</td><td>{esc_html(name)}</td><td class='r'>{qty}</td><td>{unit}</td>"
                   f"<td class='r'>{fi(price)}</td><td class='r'>{ale if ale else ''}</td><td class='r'>25,5</td><td class='r'>{fi(net)}</td></tr>")
    return "\n".join(out)


html = [f"<!DOCTYPE html><html lang='fi'><head><meta charset='utf-8'><title>Lasku {INVNO}</title><style>{CSS}</style></head><body>"]
run = D(0)
for p, its in enumerate(pages, 1):
    h = [f"<div class='page'>{top(p)}"]
    if p == 1:
        h.append(f"""<div class="addr"><div class="b"><span class="lbl">Laskutusosoite</span>
Rakennusliike Kivimäki Oy<br>Ostoreskontra<br>PL 118<br>33101 TAMPERE<br><br>
<span class="lbl">Toimitusosoite</span>Työmaa 2231 As Oy Tampereen Rantakaari<br>Rantakaari 5, 33100 Tampere<br>
Viitteenne: Mikko Lehtinen / työmaa 2231<br>Ostajan Y-tunnus 1965432-8</div>
<div class="b">{head_rows}</div></div>""")
    h.append(f"<table class='items'>{TH}")
    if p > 1:
        h.append(f"<tr class='carry'><td></td><td colspan='6'>Siirto edelliseltä sivulta</td><td class='r'>{fi(run)}</td></tr>")
    h.append(rows(its))
    run += sum(i[6] for i in its)
    if p < len(pages):
        h.append(f"<tr class='carry'><td></td><td colspan='6'>Siirto seuraavalle sivulle</td><td class='r'>{fi(run)}</td></tr>")
        h.append("</table>")
    else:
        h.append("</table>")
        h.append(f"""<table class="tot">
<tr><td>Veroton yhteensä</td><td class="r">{fi(subtotal)}</td></tr>
<tr><td>ALV 25,5 %</td><td class="r">{fi(vat)}</td></tr>
<tr class="g"><td>Yhteensä EUR</td><td class="r">{fi(total)}</td></tr></table>
<table class="vatspec"><tr><th>ALV-erittely</th><th>Veroton</th><th>Vero</th><th>Verollinen</th></tr>
<tr><td>ALV 25,5 %</td><td class="r">{fi(subtotal)}</td><td class="r">{fi(vat)}</td><td class="r">{fi(total)}</td></tr></table>
<div class="note">Maksaessanne käyttäkää viitenumeroa {refno_sp}. Eräpäivän jälkeen perimme viivästyskorkoa 11,5 % sekä muistutusmaksun 5,00 €.
Reklamaatiot 8 päivän kuluessa tavaran vastaanotosta. Omistusoikeus tavaroihin siirtyy ostajalle, kun kauppahinta on kokonaan maksettu.
Edellisen laskun 103921 (erääntynyt 7.3.2025, 2 316,40 €) maksu on kirjattu, kiitos.</div>
<div class="slip"><table>
<tr><td style="width:30%"><span class="lbl">Saajan tilinumero<br>Mottagarens kontonummer</span>IBAN {iban_spaced(IB)}</td><td><span class="lbl">BIC</span>OKOYFIHH</td><td colspan="2"></td></tr>
<tr><td><span class="lbl">Saaja<br>Mottagare</span>Pohjolan Sähkötukku Oy</td><td colspan="3"></td></tr>
<tr><td><span class="lbl">Maksajan nimi ja osoite</span>Rakennusliike Kivimäki Oy<br>PL 118, 33101 Tampere</td><td colspan="3"></td></tr>
<tr><td><span class="lbl">Allekirjoitus</span>&nbsp;</td><td><span class="lbl">Viitenro</span>{refno_sp}</td><td><span class="lbl">Eräpäivä</span>28.3.2025</td><td><span class="lbl">Euro</span>{fi(total)}</td></tr>
</table>
<div style="font-size:7pt;margin-top:1mm">Virtuaaliviivakoodi: 4{IB[2:]}{int(total*100):08d}000{refno:0>20}250328</div></div>""")
    h.append(FOOT.format(ib=iban_spaced(IB), p=p))
    h.append("</div>")
    html.append("\n".join(h))
html.append("</body></html>")
write("01_lasku_fi.html", "\n".join(html))

truth("01_lasku_fi.pdf", {
    "invoice_number": INVNO,
    "invoice_date": "2025-03-14",
    "due_date": "2025-03-28",
    "customer_name": "Rakennusliike Kivimäki Oy",
    "reference_number": refno_sp,
    "subtotal": float(subtotal),
    "vat_amount": float(vat),
    "total": float(total),
}, {"invoice_number": "text", "invoice_date": "date", "due_date": "date", "customer_name": "text",
    "reference_number": "text", "subtotal": "amount", "vat_amount": "amount", "total": "amount"},
    "Finnish wholesale invoice (LASKU) from an electrical wholesaler, Chromium HTML->PDF, 3 pages, 58 line items. "
    "Header on every page repeats invoice number/date; page 1 has meta block (Laskun numero, Laskun päivämäärä, "
    "Toimituspäivä 12.3.2025 distractor, Eräpäivä, Viitenumero printed with a space). Pages end with 'Siirto seuraavalle sivulle' "
    "and start with 'Siirto edelliseltä sivulta' running sums (distractors). Totals only on page 3: Veroton yhteensä (subtotal), "
    "ALV 25,5 % (vat_amount), Yhteensä EUR (total), repeated in ALV-erittely table and payment slip (Euro). Distractor: previous "
    "invoice 103921 amount 2 316,40 in a note. Finnish number format '1 234,56', dates d.m.yyyy.")
print(subtotal, vat, total, refno)
