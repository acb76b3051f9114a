"""Hungarian invoice (SZÁMLA), wkhtmltopdf, 2 pages, HUF."""
import random
from common import *

rnd = random.Random(1703)

ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
TENS_X = {1: "tizen", 2: "huszon", 3: "harminc", 4: "negyven", 5: "ötven", 6: "hatvan", 7: "hetven", 8: "nyolcvan", 9: "kilencven"}
TENS_0 = {1: "tíz", 2: "húsz"}


def u1000(n, before):
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    s = ""
    if h:
        s += ("" if h == 1 else ("két" if h == 2 else ONES[h])) + "száz"
    if t:
        s += (TENS_0[t] if (o == 0 and t in TENS_0) else TENS_X[t])
    if o:
        s += "két" if (o == 2 and before) else ONES[o]
    return s


def hu_words(n):
    m, rest = divmod(n, 1_000_000)
    t, u = divmod(rest, 1000)
    segs = []
    if m:
        segs.append(u1000(m, True) + "millió")
    if t:
        segs.append(("" if (t == 1 and not m) else u1000(t, True)) + "ezer")
    if u:
        segs.append(u1000(u, False))
    return ("-" if n > 2000 else "").join(segs)


assert hu_words(245890) == "kétszáznegyvenötezer-nyolcszázkilencven", hu_words(245890)
assert hu_words(1999) == "ezerkilencszázkilencvenkilenc"

PRODUCTS = [
    ("Fénymásolópapír A4 80 g 500 lap", "csomag", 1890, 27),
    ("Fénymásolópapír A3 80 g 500 lap", "csomag", 3950, 27),
    ("Iratrendező A4 7,5 cm kék", "db", 890, 27),
    ("Iratrendező A4 5 cm piros", "db", 860, 27),
    ("Genotherm lefűzhető A4 100 db", "csomag", 1290, 27),
    ("Golyóstoll kék 0,7 mm 50 db", "doboz", 4150, 27),
    ("Szövegkiemelő 4 színű készlet", "készlet", 1190, 27),
    ("Tűzőgép 24/6 30 lap", "db", 2790, 27),
    ("Tűzőkapocs 24/6 1000 db", "doboz", 190, 27),
    ("Gemkapocs 28 mm 100 db", "doboz", 140, 27),
    ("Öntapadó jegyzettömb 76x76 sárga", "db", 320, 27),
    ("Boríték LC/5 enyvezett 1000 db", "doboz", 6450, 27),
    ("Boríték TB/4 szilikonos 250 db", "doboz", 7980, 27),
    ("Toner HP 59A fekete utángyártott", "db", 21900, 27),
    ("Toner Brother TN-2420 fekete", "db", 18450, 27),
    ("Tintapatron Epson 603XL színes", "db", 6890, 27),
    ("Irattartó doboz A4 8 cm", "db", 590, 27),
    ("Számológép asztali 12 digites", "db", 5490, 27),
    ("Naptár 2025 asztali álló", "db", 1650, 27),
    ("Határidőnapló B5 heti", "db", 3290, 27),
    ("Lamináló fólia A4 125 mikron 100 db", "csomag", 4690, 27),
    ("Iktatókönyv A4 100 lapos", "db", 2450, 27),
    ("Nyomtatvány: Pénztárbizonylat B.318", "tömb", 890, 27),
    ("Szakkönyv: Számviteli törvény 2025", "db", 7900, 5),
    ("Szakkönyv: ÁFA kézikönyv 2025", "db", 9450, 5),
    ("Kávé szemes 1 kg", "csomag", 8990, 27),
    ("Papírtörlő 2 rétegű 6 tekercs", "csomag", 2290, 27),
    ("Hibajavító roller 5 mm", "db", 690, 27),
]
items = []
for k in range(37):
    name, unit, price, rate = PRODUCTS[k] if k < len(PRODUCTS) else rnd.choice(PRODUCTS)
    qty = rnd.choice([1, 2, 2, 3, 4, 5, 6, 10, 12, 20]) if price < 5000 else rnd.choice([1, 1, 2, 3, 4])
    net = qty * price
    vat = int(q0(D(net) * rate / 100))
    items.append((name, qty, unit, price, net, rate, vat, net + vat))
items.append(("Házhozszállítás Budapest", 1, "alkalom", 3500, 3500, 27, 945, 4445))

subtotal = sum(i[4] for i in items)
vat_total = sum(i[6] for i in items)
total = sum(i[7] for i in items)
by_rate = {}
for i in items:
    a = by_rate.setdefault(i[5], [0, 0, 0])
    a[0] += i[4]; a[1] += i[6]; a[2] += i[7]
pages = chunk(items, [24, len(items) - 24])


def ft(n):
    return fmt(n, " ", ",", 0)


CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.2pt; color: #000; }
.pg { page-break-after: always; }
.pg.last { page-break-after: auto; }
h1 { font-size: 17pt; margin: 0; letter-spacing: 3px; text-align: center; }
.sub { text-align: center; font-size: 8pt; margin-bottom: 3mm; }
.parties { width: 100%; border-collapse: collapse; }
.parties td { border: 1px solid #000; vertical-align: top; padding: 2mm; width: 50%; }
.k { font-size: 7pt; text-transform: uppercase; color: #333; }
.dates { width: 100%; border-collapse: collapse; margin-top: 2mm; }
.dates td { border: 1px solid #000; text-align: center; padding: 1mm; }
table.it { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.it th { border: 1px solid #000; background: #eee; font-size: 7.2pt; padding: 1mm; }
table.it td { border-left: 1px solid #000; border-right: 1px solid #000; padding: 0.6mm 1mm; font-size: 7.8pt; }
table.it tr.last td { border-bottom: 1px solid #000; }
.r { text-align: right; }
.c { text-align: center; }
.carry td { font-weight: bold; border: 1px solid #000 !important; background: #f4f4f4; }
.sum { width: 100%; border-collapse: collapse; margin-top: 3mm; }
.sum td, .sum th { border: 1px solid #000; padding: 1mm; }
.big { font-size: 11pt; font-weight: bold; }
.ft { margin-top: 5mm; border-top: 1px solid #000; font-size: 6.8pt; padding-top: 1mm; text-align: center; }
.hdr { width: 100%; font-size: 7.5pt; border-bottom: 1px solid #000; margin-bottom: 2mm; }
"""

INV = "DI-2025/000871"


def hdr(p):
    return (f"<table class='hdr'><tr><td>Dunamenti Irodaszer Kft. – SZÁMLA</td><td class='c'>Sorszám: {INV}</td>"
            f"<td class='r'>Eredeti példány · {p}/2. oldal</td></tr></table>")


TH = ("<tr><th>Ssz.</th><th>Megnevezés</th><th>Menny.</th><th>Mee.</th><th>Nettó egységár</th><th>Nettó érték</th>"
      "<th>ÁFA %</th><th>ÁFA érték</th><th>Bruttó érték</th></tr>")

h = [f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>Számla {INV}</title><style>{CSS}</style></head><body>"]
n = 0
run = [0, 0, 0]
for p, its in enumerate(pages, 1):
    h.append(f"<div class='pg{' last' if p == len(pages) else ''}'>{hdr(p)}")
    if p == 1:
        h.append(f"""<h1>SZÁMLA</h1><div class="sub">Sorszám: <b>{INV}</b> &nbsp;·&nbsp; Eredeti példány</div>
<table class="parties"><tr><td><span class="k">Eladó</span><br><b>Dunamenti Irodaszer Kft.</b><br>2040 Budaörs, Gyár utca 9.<br>
Adószám: 24517893-2-13<br>Közösségi adószám: HU24517893<br>Cégjegyzékszám: 13-09-176542<br>
Bankszámlaszám: OTP Bank 11773016-02487519-00000000<br>Tel.: +36 23 444 810 · szamla@dunamenti-iroda.hu</td>
<td><span class="k">Vevő</span><br><b>Kovács és Társa Könyvelőiroda Bt.</b><br>1117 Budapest, Október huszonharmadika utca 18.<br>
Adószám: 21984410-1-43<br>Vevőkód: V-00412<br>Szállítási cím: 1117 Budapest, Október huszonharmadika utca 18. III. em.</td></tr></table>
<table class="dates"><tr><td><span class="k">Fizetési mód</span><br>Átutalás</td><td><span class="k">Teljesítés dátuma</span><br>2025.02.17.</td>
<td><span class="k">Számla kelte</span><br>2025.02.18.</td><td><span class="k">Fizetési határidő</span><br><b>2025.03.04.</b></td>
<td><span class="k">Pénznem</span><br>HUF</td></tr>
<tr><td colspan="2"><span class="k">Rendelésszám</span><br>RSZ-3318 (2025.02.12.)</td><td colspan="3"><span class="k">Szállítólevél</span><br>SZL-2025/001204</td></tr></table>""")
    h.append(f"<table class='it'>{TH}")
    if p > 1:
        h.append(f"<tr class='carry'><td></td><td colspan='4'>Áthozat</td><td class='r'>{ft(run[0])}</td><td></td><td class='r'>{ft(run[1])}</td><td class='r'>{ft(run[2])}</td></tr>")
    for k, it in enumerate(its):
        n += 1
        name, qty, unit, price, net, rate, vat, gross = it
        cls = " class='last'" if k == len(its) - 1 else ""
        h.append(f"<tr{cls}><td class='c'>{n}</td><td>{esc_html(name)}</td><td class='r'>{qty}</td><td>{unit}</td><td class='r'>{ft(price)}</td>"
                 f"<td class='r'>{ft(net)}</td><td class='c'>{rate}%</td><td class='r'>{ft(vat)}</td><td class='r'>{ft(gross)}</td></tr>")
        run[0] += net; run[1] += vat; run[2] += gross
    if p < len(pages):
        h.append(f"<tr class='carry'><td></td><td colspan='4'>Átvitel</td><td class='r'>{ft(run[0])}</td><td></td><td class='r'>{ft(run[1])}</td><td class='r'>{ft(run[2])}</td></tr>")
    h.append("</table>")
    if p == len(pages):
        rows = "".join(f"<tr><td>{r}%</td><td class='r'>{ft(a[0])}</td><td class='r'>{ft(a[1])}</td><td class='r'>{ft(a[2])}</td></tr>" for r, a in sorted(by_rate.items(), reverse=True))
        h.append(f"""<table class="sum"><tr><th>ÁFA-kulcs</th><th>Nettó</th><th>ÁFA</th><th>Bruttó</th></tr>{rows}
<tr><td><b>Összesen</b></td><td class='r'><b>{ft(subtotal)}</b></td><td class='r'><b>{ft(vat_total)}</b></td><td class='r'><b>{ft(total)}</b></td></tr></table>
<table class="sum"><tr><td>Nettó összesen:</td><td class='r'>{ft(subtotal)} Ft</td></tr>
<tr><td>ÁFA összesen:</td><td class='r'>{ft(vat_total)} Ft</td></tr>
<tr><td class="big">Bruttó összesen (fizetendő):</td><td class='r big'>{ft(total)} Ft</td></tr>
<tr><td colspan="2">azaz {hu_words(total)} forint</td></tr></table>
<p>Kérjük, a számla ellenértékét a fizetési határidőig az OTP Bank 11773016-02487519-00000000 számú bankszámlánkra utalja,
a közleményben a számla sorszámát ({INV}) feltüntetve. Késedelmes fizetés esetén a Ptk. 6:155. § szerinti késedelmi kamatot
és 40 eurónak megfelelő behajtási költségátalányt számítunk fel. Az áru a vételár teljes kiegyenlítéséig az Eladó tulajdona.</p>
<p>Előző számla (DI-2025/000644, 2025.01.21.) 186 540 Ft összegben kiegyenlítve. Köszönjük a rendelést!</p>
<p style="font-size:7pt">A számla a 23/2014. (VI. 30.) NGM rendelet szerinti számlázó programmal készült: SzámlaPro 5.2, nyilvántartásba vételi szám: 2019-00187.
A számla adatait a NAV Online Számla rendszerébe továbbítottuk.</p>""")
    h.append(f"<div class='ft'>Dunamenti Irodaszer Kft. · 2040 Budaörs, Gyár utca 9. · Adószám: 24517893-2-13 · Cégjegyzékszám: 13-09-176542 · www.dunamenti-iroda.hu · {p}/2. oldal</div>")
    h.append("</div>")
h.append("</body></html>")
write("03_szamla_hu.html", "\n".join(h))

truth("03_szamla_hu.pdf", {
    "invoice_number": INV,
    "invoice_date": "2025-02-18",
    "delivery_date": "2025-02-17",
    "due_date": "2025-03-04",
    "customer_name": "Kovács és Társa Könyvelőiroda Bt.",
    "subtotal": float(subtotal),
    "vat_amount": float(vat_total),
    "total": float(total),
}, {"invoice_number": "text", "invoice_date": "date", "delivery_date": "date", "due_date": "date", "customer_name": "text",
    "subtotal": "amount", "vat_amount": "amount", "total": "amount"},
    "Hungarian office-supplies invoice (SZÁMLA), wkhtmltopdf, 2 pages, 38 items, HUF without decimals ('1 234 567'). "
    "Header line on every page (seller, Sorszám, page x/2) and wkhtmltopdf footer. Page 1: Eladó/Vevő boxes (customer_name in "
    "the Vevő box; seller is a distractor), date row with labels above values: Teljesítés dátuma (delivery_date), Számla kelte "
    "(invoice_date), Fizetési határidő (due_date); Rendelésszám date 2025.02.12. distractor. Page 1 ends with 'Átvitel', page 2 "
    "starts with 'Áthozat' running sums (nettó/ÁFA/bruttó). Two VAT rates (27% and 5%) so the ÁFA-kulcs table has per-rate rows. "
    "Totals: Nettó összesen (subtotal), ÁFA összesen (vat_amount), Bruttó összesen (fizetendő) (total), plus amount in words. "
    "Distractor: previous invoice 186 540 Ft. Dates 'YYYY.MM.DD.'.")
print(subtotal, vat_total, total, hu_words(total))
