"""Food-delivery platform weekly payout statement (hakediş raporu) to a restaurant: order list over two pages,
commission with KDV, marketing fee, refunds, cash-on-delivery offset and 1 % e-commerce withholding; summary on
page 2. Turkey (fpdf2, DejaVu Sans). Usage: python3 17_hakedis_raporu_tr.fpdf.py out.pdf"""
import os
import random
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def tl(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


rnd = random.Random(4817)
DAYS = ["13.10", "14.10", "15.10", "16.10", "17.10", "18.10", "19.10"]
ORDERS = []
no = 418273100
for i in range(64):
    day = DAYS[min(6, i * 7 // 64)]
    no += rnd.randint(3, 400)
    hh = rnd.choice([12, 12, 13, 13, 18, 19, 19, 20, 20, 21, 22])
    mm = rnd.randint(0, 59)
    pay = rnd.choice(["Online", "Online", "Online", "Online", "Online", "Kapıda kart", "Kapıda nakit"])
    basket = D(rnd.choice([185, 210, 245, 290, 320, 365, 410, 455, 520, 610, 740]) + rnd.choice([0, 0, 5])).quantize(C)
    disc = D(rnd.choice([0, 0, 0, 0, 30, 50])).quantize(C) if basket >= 300 else D("0.00")
    ORDERS.append((f"{day}.2025 {hh:02d}:{mm:02d}", str(no), pay, basket, disc))
# list in time order; order numbers are assigned in time order too
nos = sorted(o[1] for o in ORDERS)
ORDERS = [(t, n, p, b, d) for (t, _n, p, b, d), n in zip(sorted(ORDERS, key=lambda o: (o[0][:5], o[0][11:])), nos)]
REFUND = (ORDERS[30][0][:10], ORDERS[30][1], ORDERS[30][3] - ORDERS[30][4])  # wrong item delivered, full refund borne by restaurant
assert ORDERS[30][2] == "Online"

gross = sum(o[3] for o in ORDERS)
discounts = sum(o[4] for o in ORDERS)
net_sales = gross - discounts
commission = q(net_sales * D("0.18"))
commission_kdv = q(commission * D("0.20"))
marketing = D("750.00")
marketing_kdv = q(marketing * D("0.20"))
refunds = REFUND[2]
cash = sum(o[3] - o[4] for o in ORDERS if o[2] == "Kapıda nakit")
stopaj = q((net_sales - refunds) / D("1.10") * D("0.01"))
payout = net_sales - commission - commission_kdv - marketing - marketing_kdv - refunds - cash - stopaj
TRUTH = (len(ORDERS), gross, discounts, commission, cash, stopaj, payout)
assert TRUTH == (64, D("24735.00"), D("600.00"), D("4344.30"), D("3685.00"), D("215.27"), D("13666.57")), TRUTH

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(16, 14, 16)
RED = (214, 40, 57)


def header(page):
    pdf.add_page()
    pdf.set_fill_color(*RED)
    pdf.rect(0, 0, 210, 24, style="F")
    pdf.set_xy(16, 6)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 20)
    pdf.cell(60, 10, "lezzetgo")
    pdf.set_font("DV", "", 7.5)
    pdf.set_xy(100, 6)
    pdf.multi_cell(94, 3.8, "Lezzetgo Online Yemek Sipariş Hizmetleri A.Ş.\nBüyükdere Cad. No: 185 Kat: 7, 34394 Levent / İstanbul\n"
                   "Zincirlikuyu V.D. 9471830268 · Mersis 0947183026800017", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(150, 285)
    pdf.set_font("DV", "", 7)
    pdf.cell(44, 4, f"Sayfa {page} / 2", align="R")


COLS = [(8, "#", "R"), (34, "Tarih / saat", "L"), (28, "Sipariş no", "L"), (28, "Ödeme", "L"), (28, "Sepet (TL)", "R"),
        (28, "Rest. indirimi", "R"), (24, "Net (TL)", "R")]


def thead(y):
    pdf.set_xy(16, y)
    pdf.set_font("DV", "B", 7.5)
    pdf.set_fill_color(250, 228, 231)
    for w, t, a in COLS:
        pdf.cell(w, 6, t, align=a, fill=True)
    pdf.ln(6)


def orow(i, o):
    pdf.set_x(16)
    pdf.set_font("DV", "", 7.5)
    vals = [str(i), o[0], o[1], o[2], tl(o[3]), tl(o[4]) if o[4] else "–", tl(o[3] - o[4])]
    for (w, _t, a), v in zip(COLS, vals):
        pdf.cell(w, 4.9, v, align=a)
    pdf.ln(4.9)


header(1)
pdf.set_xy(16, 30)
pdf.set_font("DV", "B", 14)
pdf.cell(0, 8, "Haftalık Hakediş Raporu")
pdf.set_font("DV", "", 8.5)
left = ["Restoran: Köşebaşı Dürüm Gıda San. ve Tic. Ltd. Şti.", "Şube: Kadıköy Moda (mağaza kodu KD-0418)",
        "Vergi dairesi / VKN: Kadıköy V.D. 3810462759", "Caferağa Mah. Moda Cad. No: 41, 34710 Kadıköy / İstanbul"]
right = [("Rapor no", "HKD-2025-42-018473"), ("Rapor tarihi", "21.10.2025"), ("Dönem başlangıç", "13.10.2025"),
         ("Dönem bitiş", "19.10.2025"), ("Ödeme tarihi", "23.10.2025")]
for i, t in enumerate(left):
    pdf.set_xy(16, 41 + i * 4.8)
    pdf.cell(100, 4.8, t)
for i, (k, v) in enumerate(right):
    pdf.set_xy(128, 40 + i * 4.8)
    pdf.set_font("DV", "", 8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(30, 4.8, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(36, 4.8, v)
pdf.set_xy(16, 68)
pdf.set_font("DV", "", 7.5)
pdf.multi_cell(178, 3.9, "Tutarlar KDV dahildir (yemek siparişleri %10 KDV). Komisyon, restoran indirimleri düşüldükten sonraki net sepet "
               "tutarı üzerinden %18 oranında hesaplanır. Kapıda nakit ödenen siparişlerin bedeli restoranca tahsil edildiğinden hakedişten mahsup edilir.")
thead(78)
for i, o in enumerate(ORDERS[:40], 1):
    orow(i, o)
pdf.set_xy(16, pdf.get_y() + 3)
pdf.set_font("DV", "", 7.5)
pdf.cell(0, 4, "Sipariş listesi ve hakediş özeti 2. sayfada devam etmektedir.")

header(2)
pdf.set_xy(16, 30)
pdf.set_font("DV", "B", 9)
pdf.cell(0, 5, "Rapor HKD-2025-42-018473 · Köşebaşı Dürüm Gıda San. ve Tic. Ltd. Şti. · devam")
thead(38)
for i, o in enumerate(ORDERS[40:], 41):
    orow(i, o)
y = pdf.get_y() + 6
pdf.set_xy(16, y)
pdf.set_font("DV", "B", 8.5)
pdf.cell(0, 5, "İade / iptal")
pdf.set_xy(16, y + 5.5)
pdf.set_font("DV", "", 7.5)
pdf.cell(0, 4.5, f"{REFUND[0]} · sipariş {REFUND[1]} · yanlış ürün teslimi, müşteriye tam iade (restoran kaynaklı) · {tl(REFUND[2])} TL")
y += 16
pdf.set_xy(16, y)
pdf.set_font("DV", "B", 11)
pdf.cell(0, 6, "Hakediş özeti")
rows = [
    ("Toplam sipariş adedi", str(len(ORDERS)), False),
    ("Brüt sipariş tutarı (KDV dahil)", tl(gross) + " TL", False),
    ("Restoran kaynaklı indirimler", "-" + tl(discounts) + " TL", False),
    ("Net satış tutarı", tl(net_sales) + " TL", False),
    ("Komisyon %18", "-" + tl(commission) + " TL", False),
    ("Komisyon KDV %20", "-" + tl(commission_kdv) + " TL", False),
    ("Öne çıkarma / reklam paketi (Haftalık Vitrin)", "-" + tl(marketing) + " TL", False),
    ("Reklam paketi KDV %20", "-" + tl(marketing_kdv) + " TL", False),
    ("İadeler", "-" + tl(refunds) + " TL", False),
    ("Kapıda nakit tahsil edilen siparişler (mahsup)", "-" + tl(cash) + " TL", False),
    ("E-ticaret stopajı %1 (GVK 94/1-20, KDV hariç)", "-" + tl(stopaj) + " TL", False),
    ("Net hakediş (ödenecek tutar)", tl(payout) + " TL", True),
]
y += 8
for k, v, b in rows:
    if b:
        pdf.set_draw_color(*RED)
        pdf.set_line_width(0.6)
        pdf.line(70, y + 0.5, 194, y + 0.5)
        y += 1.5
    pdf.set_xy(70, y)
    pdf.set_font("DV", "B" if b else "", 10 if b else 8.5)
    pdf.cell(86, 5.6, k)
    pdf.cell(38, 5.6, v, align="R")
    y += 5.6
pdf.set_xy(16, y + 6)
pdf.set_font("DV", "", 7.5)
pdf.multi_cell(178, 4, "Net hakediş tutarı 23.10.2025 tarihinde TR87 0006 2000 0018 4726 3918 52 IBAN numaralı hesabınıza gönderilecektir. "
               "Komisyon ve reklam bedelleri için e-Fatura (no. LZG2025000184731) ayrıca düzenlenmiştir. Stopaj tutarı Lezzetgo tarafından "
               "muhtasar beyanname ile beyan edilir. İtirazlarınızı rapor tarihinden itibaren 15 gün içinde restoran panelinden iletebilirsiniz.")
pdf.output(sys.argv[1])
