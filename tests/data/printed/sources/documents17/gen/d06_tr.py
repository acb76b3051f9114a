"""Turkish credit-card statement (Kredi Kartı Hesap Özeti), chromium, 3 pages."""
import datetime
import random
from common import *

rnd = random.Random(1706)
MER = [("MİGROS TİCARET A.Ş. KADIKÖY İSTANBUL", 180, 2400), ("A101 YENİ MAĞAZACILIK KADIKÖY", 60, 650),
       ("SHELL PETROL MODA İSTANBUL", 900, 2600), ("TRENDYOL.COM İSTANBUL", 150, 1900), ("YEMEKSEPETİ İSTANBUL", 220, 780),
       ("BİM BİRLEŞİK MAĞAZALAR", 55, 520), ("STARBUCKS BAĞDAT CAD.", 95, 310), ("ECZANE GÜL KADIKÖY", 80, 900),
       ("İSTANBULKART DOLUM İSTANBUL", 200, 500), ("CARREFOURSA ATAŞEHİR", 250, 1800), ("D&R KADIKÖY", 120, 640),
       ("GETİR İSTANBUL", 140, 900), ("MARTI TEKNOLOJİ İSTANBUL", 35, 160), ("ŞOK MARKETLER", 45, 420),
       ("BOYNER ATAŞEHİR", 600, 3200), ("OPET AKARYAKIT ACIBADEM", 800, 2200)]
tx = []
d0 = datetime.date(2025, 2, 12)
for k in range(50):
    day = d0 + datetime.timedelta(days=rnd.randint(1, 28))
    m, lo, hi = rnd.choice(MER)
    amt = q2(D(rnd.randint(lo * 100, hi * 100)) / 100 * D("0.55"))
    tx.append((day, m, "", amt, int(amt // 10)))
fixed = [
    (datetime.date(2025, 2, 20), "ÖDEMENİZ İÇİN TEŞEKKÜR EDERİZ - MOBİL ŞUBE", "", D("-9812.30"), 0),
    (datetime.date(2025, 2, 15), "TURKCELL FATURA OTOMATİK ÖDEME", "", D("649.00"), 0),
    (datetime.date(2025, 2, 18), "İGDAŞ DOĞALGAZ OTOMATİK ÖDEME", "", D("1843.72"), 0),
    (datetime.date(2025, 2, 24), "NETFLIX.COM", "", D("229.99"), 0),
    (datetime.date(2025, 3, 2), "SPOTIFY P2E4C1B7", "", D("99.99"), 0),
    (datetime.date(2024, 12, 28), "MEDIAMARKT ATAŞEHİR (Toplam 18.540,00 TL)", "3/6", D("3090.00"), 0),
    (datetime.date(2025, 1, 19), "KOÇTAŞ ÜMRANİYE (Toplam 7.470,00 TL)", "2/9", D("830.00"), 0),
    (datetime.date(2025, 3, 5), "THY ONLINE BİLET İSTANBUL (Toplam 6.240,00 TL)", "1/3", D("2080.00"), 208),
    (datetime.date(2025, 3, 11), "KART ÜYELİK ÜCRETİ", "", D("750.00"), 0),
    (datetime.date(2025, 2, 14), "MACFİT MODA SPOR ÜYELİK", "", D("1450.00"), 145),
]
tx += fixed
tx.sort(key=lambda t: (t[0], t[1]))
prev = D("9812.30")
payments = -sum(t[3] for t in tx if t[3] < 0)
charges = sum(t[3] for t in tx if t[3] > 0)
total_due = prev - payments + charges
min_pay = q2(total_due * D("0.40"))
future = D("3090.00") * 3 + D("830.00") * 7 + D("2080.00") * 2
limit = D("60000.00")
avail = limit - total_due - future
points_earned = sum(t[4] for t in tx)
print(len(tx), charges, total_due, min_pay, avail)
pages = chunk(tx, [18, 34, len(tx) - 52])


def tl(x):
    return eu(x)


CSS = """
@page { size: A4; margin: 0; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 7.9pt; margin: 0; color: #1a1a1a; }
.page { width: 210mm; height: 296mm; position: relative; box-sizing: border-box; padding: 11mm 13mm 0 13mm; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.bar { background: #7a0f2e; color: #fff; padding: 2.5mm 4mm; display: flex; justify-content: space-between; align-items: center; }
.bar .n { font-size: 13pt; font-weight: bold; }
.bar .t { font-size: 10pt; text-align: right; }
.two { display: flex; justify-content: space-between; margin-top: 5mm; }
.cust { width: 88mm; line-height: 1.45; }
.box { width: 92mm; border: 1.2px solid #7a0f2e; }
.box table { width: 100%; border-collapse: collapse; }
.box td { padding: 1mm 2mm; border-bottom: 0.5px solid #e0c9cf; }
.box tr.hl td { background: #f6e9ec; font-weight: bold; font-size: 9pt; }
.r { text-align: right; }
table.tx { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.tx th { text-align: left; background: #f1f1f1; border-bottom: 1px solid #7a0f2e; padding: 1.2mm; }
table.tx td { padding: 0.85mm 1.2mm; border-bottom: 0.4px solid #e3e3e3; }
.sub td { font-weight: bold; background: #fafafa; }
.foot { position: absolute; bottom: 7mm; left: 13mm; right: 13mm; font-size: 6.4pt; color: #555; border-top: 0.8px solid #7a0f2e; padding-top: 1.5mm; display: flex; justify-content: space-between; }
.info { margin-top: 4mm; font-size: 7pt; color: #333; line-height: 1.35; }
h3 { font-size: 8.6pt; margin: 4mm 0 1mm; color: #7a0f2e; }
.small { font-size: 7pt; }
"""


def bar(p):
    return (f"<div class='bar'><div class='n'>MARMARA YATIRIM BANKASI</div><div class='t'>Kredi Kartı Hesap Özeti<br>"
            f"<span class='small'>Marmara World Gold · 5412 75** **** 3318 · Sayfa {p}/3</span></div></div>")


FOOT = ("<div class='foot'><div>Marmara Yatırım Bankası A.Ş. · Büyükdere Cad. No:185 Levent 34394 Şişli/İstanbul · "
        "Mersis No: 0612345678900015 · Ticaret Sicil No: 418220 · www.marmarabank.com.tr · Müşteri Hizmetleri 0850 222 44 00</div>"
        "<div>{p}/3</div></div>")

TH = "<tr><th>İşlem Tarihi</th><th>Açıklama</th><th>Taksit</th><th class='r'>Tutar (TL)</th><th class='r'>Puan</th></tr>"


def rows(its):
    return "\n".join(f"<tr><td>{d:%d.%m.%Y}</td><td>{esc_html(m)}</td><td>{tk}</td><td class='r'>{tl(a)}</td><td class='r'>{pt if pt else ''}</td></tr>" for d, m, tk, a, pt in its)


h = [f"<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>Hesap Özeti Mart 2025</title><style>{CSS}</style></head><body>"]
run = D(0)
for p, its in enumerate(pages, 1):
    h.append(f"<div class='page'>{bar(p)}")
    if p == 1:
        h.append(f"""<div class="two"><div class="cust"><b>AYŞE NUR YILDIRIM</b><br>Caferağa Mah. Moda Cad. No: 112 D: 7<br>34710 Kadıköy / İSTANBUL<br><br>
Müşteri No: 30418872<br>Kart Numarası: 5412 75** **** 3318<br>Kart Tipi: Marmara World Gold (Asıl Kart)<br>
Hesap Özeti Dönemi: 13.02.2025 - 12.03.2025</div>
<div class="box"><table>
<tr><td>Hesap Kesim Tarihi</td><td class="r">12.03.2025</td></tr>
<tr class="hl"><td>Son Ödeme Tarihi</td><td class="r">24.03.2025</td></tr>
<tr class="hl"><td>Dönem Borcu</td><td class="r">{tl(total_due)} TL</td></tr>
<tr class="hl"><td>Asgari Ödeme Tutarı</td><td class="r">{tl(min_pay)} TL</td></tr>
<tr><td>Önceki Dönem Borcu</td><td class="r">{tl(prev)} TL</td></tr>
<tr><td>Kart Limiti</td><td class="r">{tl(limit)} TL</td></tr>
<tr><td>Kullanılabilir Limit</td><td class="r">{tl(avail)} TL</td></tr>
<tr><td>Sonraki Hesap Kesim Tarihi</td><td class="r">11.04.2025</td></tr>
<tr><td>Sonraki Son Ödeme Tarihi</td><td class="r">23.04.2025</td></tr>
</table></div></div>
<h3>Hesap Özeti Bilgileri</h3>
<table class="tx" style="margin-top:1mm"><tr><th>Önceki Dönem Borcu</th><th>Ödemeler</th><th>Harcamalar ve Ücretler</th><th>Dönem Borcu</th><th>Gelecek Dönem Taksitleri</th></tr>
<tr><td>{tl(prev)}</td><td>-{tl(payments)}</td><td>{tl(charges)}</td><td><b>{tl(total_due)}</b></td><td>{tl(future)}</td></tr></table>
<h3>Hesap Hareketleri</h3>""")
    h.append(f"<table class='tx'>{TH}")
    if p > 1:
        h.append(f"<tr class='sub'><td></td><td>Önceki sayfadan devreden</td><td></td><td class='r'>{tl(run)}</td><td></td></tr>")
    h.append(rows(its))
    run += sum(t[3] for t in its)
    if p < len(pages):
        h.append(f"<tr class='sub'><td></td><td>Sonraki sayfaya devreden</td><td></td><td class='r'>{tl(run)}</td><td></td></tr>")
    else:
        h.append(f"<tr class='sub'><td></td><td>Önceki dönem borcu</td><td></td><td class='r'>{tl(prev)}</td><td></td></tr>")
        h.append(f"<tr class='sub'><td></td><td>DÖNEM BORCU TOPLAMI</td><td></td><td class='r'>{tl(total_due)}</td><td></td></tr>")
    h.append("</table>")
    if p == len(pages):
        h.append(f"""<h3>Gelecek Dönem Taksitleri</h3>
<table class="tx" style="margin-top:1mm"><tr><th>Nisan 2025</th><th>Mayıs 2025</th><th>Haziran 2025</th><th>Sonraki Dönemler</th><th>Toplam</th></tr>
<tr><td>{tl(D('6000.00'))}</td><td>{tl(D('6000.00'))}</td><td>{tl(D('3920.00'))}</td><td>{tl(future - D('15920.00'))}</td><td>{tl(future)}</td></tr></table>
<h3>Marmara Puan</h3>
<table class="tx" style="margin-top:1mm"><tr><th>Önceki Puan</th><th>Kazanılan Puan</th><th>Kullanılan Puan</th><th>Toplam Puan</th></tr>
<tr><td>1.214</td><td>{fmt(points_earned, '.', ',', 0)}</td><td>0</td><td>{fmt(1214 + points_earned, '.', ',', 0)}</td></tr></table>
<div class="info"><b>Faiz Oranları:</b> Akdi faiz oranı aylık %3,75; gecikme faiz oranı aylık %4,05; nakit avans faiz oranı aylık %4,25.
Faiz tutarlarına %15 KKDF ve %15 BSMV eklenir. Asgari ödeme tutarı, kart limitiniz 50.000 TL'nin üzerinde olduğundan dönem borcunun %40'ı olarak hesaplanmıştır.
Asgari ödeme tutarının altında yapılan ödemelerde, ödenmeyen tutar için gecikme faizi uygulanır. Dönem borcunun tamamını son ödeme tarihine kadar
ödemediğiniz takdirde, ödenmeyen kısım için akdi faiz işletilir. Ödemelerinizi mobil şube, internet şubesi, ATM'ler veya
TR64 0020 6000 0123 4567 8900 01 IBAN numaralı hesabımıza yapabilirsiniz. Hesap özetinize 15 gün içinde itiraz hakkınız bulunmaktadır.
Bu hesap özeti 6502 sayılı Tüketicinin Korunması Hakkında Kanun ve Banka Kartları ve Kredi Kartları Kanunu uyarınca düzenlenmiştir.</div>""")
    h.append(FOOT.format(p=p))
    h.append("</div>")
h.append("</body></html>")
write("06_hesap_ozeti_tr.html", "\n".join(h))

truth("06_hesap_ozeti_tr.pdf", {
    "customer_name": "AYŞE NUR YILDIRIM",
    "card_number": "5412 75** **** 3318",
    "statement_date": "2025-03-12",
    "due_date": "2025-03-24",
    "total_due": float(total_due),
    "minimum_payment": float(min_pay),
}, {"customer_name": "text", "card_number": "text", "statement_date": "date", "due_date": "date",
    "total_due": "amount", "minimum_payment": "amount"},
    "Turkish credit-card statement (Kredi Kartı Hesap Özeti), Chromium HTML->PDF, 3 pages, 60 transactions. Bank bar on every "
    "page with card number and Sayfa x/3. Page 1: customer name/address (capitals), Müşteri No, Kart Numarası (masked), period "
    "13.02.2025 - 12.03.2025; summary box: Hesap Kesim Tarihi (statement_date), Son Ödeme Tarihi (due_date), Dönem Borcu "
    "(total_due), Asgari Ödeme Tutarı (minimum_payment), distractors Önceki Dönem Borcu, Kart Limiti, Kullanılabilir Limit, "
    "Sonraki Hesap Kesim / Son Ödeme dates; a summary row table repeats totals. Transactions with taksit (instalment) lines "
    "whose description carries the full purchase amount; page carry lines 'Sonraki sayfaya devreden' / 'Önceki sayfadan "
    "devreden' (net sums). Last page ends 'DÖNEM BORCU TOPLAMI' plus future instalments and points tables and legal text. "
    "Number format 1.234,56; dates dd.mm.yyyy.")
