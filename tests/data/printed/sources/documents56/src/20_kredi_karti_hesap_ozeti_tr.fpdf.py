"""Credit-card statement (Turkey, Istanbul), in Turkish: "Kredi Kartı Hesap Özeti" with bank header, the cardholder's
address on the left and a summary box on the right (hesap kesim tarihi, son ödeme tarihi, dönem borcu, asgari ödeme
tutarı, kart limiti, kullanılabilir limit), the debt calculation (önceki dönem borcu, ödemeler, harcamalar, faiz, KKDF,
BSMV), transactions with an instalment purchase (taksit 2/6) and the payment, future instalments (gelecek dönem
taksitleri) that reduce the available limit, and a footer with Mersis / VKN / BDDK text. Amounts 12.345,67 TL, dates
DD.MM.YYYY. fpdf2, DejaVu Sans.
Usage: python3 20_kredi_karti_hesap_ozeti_tr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def tl(x):
    s = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


PREV = D("12480.20")
PAY = D("10000.00")
TX = [("14.02.2026", "KÖRFEZ MARKET CADDEBOSTAN İSTANBUL", D("1248.35")),
      ("15.02.2026", "AKARYAKIT İSTASYONU MALTEPE", D("2150.00")),
      ("17.02.2026", "ELEKTRONİK DÜNYASI KADIKÖY TAKSİT 2/6", D("1600.00")),
      ("19.02.2026", "ŞİFA ECZANESİ KADIKÖY", D("386.40")),
      ("20.02.2026", "ÖDEME - TEŞEKKÜR EDERİZ", -PAY),
      ("22.02.2026", "BOĞAZ KEYFİ RESTORAN BEŞİKTAŞ", D("1940.00")),
      ("24.02.2026", "TRENDMARKET ONLINE ALIŞVERİŞ", D("2318.75")),
      ("27.02.2026", "ULAŞIM KARTI DOLUM", D("500.00")),
      ("01.03.2026", "MODA BUTİK NİŞANTAŞI", D("3475.90")),
      ("04.03.2026", "DOĞALGAZ FATURA ÖDEMESİ", D("1812.66")),
      ("07.03.2026", "KÖRFEZ MARKET CADDEBOSTAN İSTANBUL", D("593.06"))]
PURCH = sum(a for _, _, a in TX if a > 0)
INT = q((PREV - PAY) * D("0.0425"))
KKDF = q(INT * D("0.15"))
BSMV = q(INT * D("0.15"))
BAL = PREV - PAY + PURCH + INT + KKDF + BSMV
MIN = q(BAL * D("0.40"))
LIMIT = D("60000.00")
FUTURE = 4 * D("1600.00")
AVAIL = LIMIT - BAL - FUTURE
assert (PURCH, INT, KKDF, BAL, MIN, AVAIL) == (D("16025.12"), D("105.41"), D("15.81"), D("18642.35"), D("7456.94"),
                                                D("34957.65")), (PURCH, INT, KKDF, BAL, MIN, AVAIL)

F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1774569600")), timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Kredi Kartı Hesap Özeti 12.03.2026")
pdf.add_page()
C = (0, 94, 120)
G = (90, 90, 90)


def t(x, y, s, size=8, style="", w=0, align="L", color=(30, 30, 30), h=4.4):
    pdf.set_xy(x, y)
    pdf.set_font("DV", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 12, "Anadolu Körfez Bankası", 17, "B", color=C, h=8)
t(15, 20, "Kart Hizmetleri · Körfez Platinum Kart", 8, color=G)
t(120, 12, "KREDİ KARTI HESAP ÖZETİ", 12, "B", w=75, align="R", h=8)
t(120, 20, "Sayfa 1 / 1", 8, w=75, align="R", color=G)
pdf.set_draw_color(*C)
pdf.set_line_width(0.7)
pdf.line(15, 27, 195, 27)
pdf.set_line_width(0.2)
for i, s in enumerate(["AYŞE NUR YILDIRIM", "Bağdat Cad. No: 214 D: 7", "Caddebostan Mah.", "34728 Kadıköy / İSTANBUL"]):
    t(15, 40 + i * 5, s, 9.5, "B" if i == 0 else "")
t(15, 64, "Kart Numarası: 5440 **** **** 2817", 8, color=G)
t(15, 68.5, "Müşteri No: 41827365", 8, color=G)
pdf.set_fill_color(230, 242, 246)
pdf.rect(108, 33, 87, 56, style="DF")
box = [("Hesap Kesim Tarihi", "12.03.2026"), ("Son Ödeme Tarihi", "22.03.2026"), ("Dönem Borcu", tl(BAL) + " TL"),
       ("Asgari Ödeme Tutarı", tl(MIN) + " TL"), ("Kart Limiti", tl(LIMIT) + " TL"),
       ("Kullanılabilir Limit", tl(AVAIL) + " TL"), ("Sonraki Hesap Kesim", "13.04.2026"),
       ("Akdi Faiz / Gecikme Faizi", "%4,25 / %4,55 (aylık)")]
for i, (k, v) in enumerate(box):
    st = "B" if i in (2, 3) else ""
    t(111, 36 + i * 6.4, k, 8.5, st)
    t(150, 36 + i * 6.4, v, 8.5, "B" if i < 4 else "", w=42, align="R")
t(15, 96, "Dönem: 13.02.2026 - 12.03.2026", 9, "B", color=C)
y = 103
calc = [("Önceki Dönem Borcu", tl(PREV)), ("Ödemeler ve Alacaklar", tl(-PAY)), ("Dönem İçi Harcamalar", tl(PURCH)),
        ("Akdi Faiz", tl(INT)), ("KKDF (%15)", tl(KKDF)), ("BSMV (%15)", tl(BSMV)), ("Dönem Borcu", tl(BAL))]
for i, (k, v) in enumerate(calc):
    st = "B" if i == len(calc) - 1 else ""
    if i == len(calc) - 1:
        pdf.line(15, y - 0.8, 100, y - 0.8)
    t(15, y, k, 8.5, st)
    t(60, y, v + " TL", 8.5, st, w=40, align="R")
    y += 5.2
y += 5
pdf.set_fill_color(*C)
cols = [("İşlem Tarihi", 26, "L"), ("Açıklama", 118, "L"), ("Tutar (TL)", 36, "R")]
x = 15
for h, w, a in cols:
    pdf.set_xy(x, y)
    pdf.set_font("DV", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(w, 6, h, align=a, fill=True)
    x += w
y += 7.5
for d, s, a in TX + [("12.03.2026", "AKDİ FAİZ", INT), ("12.03.2026", "KKDF", KKDF), ("12.03.2026", "BSMV", BSMV)]:
    t(15, y, d, 8.2, w=26)
    t(41, y, s, 8.2, w=118)
    t(159, y, tl(a), 8.2, w=36, align="R")
    y += 5.3
pdf.line(15, y + 0.5, 195, y + 0.5)
y += 6
t(15, y, "Gelecek Dönem Taksitleri", 9, "B", color=C)
y += 6
for d, s, a in [("13.04.2026", "ELEKTRONİK DÜNYASI KADIKÖY TAKSİT 3/6", "1.600,00"),
                ("13.05.2026", "ELEKTRONİK DÜNYASI KADIKÖY TAKSİT 4/6", "1.600,00"),
                ("13.06.2026", "ELEKTRONİK DÜNYASI KADIKÖY TAKSİT 5/6", "1.600,00"),
                ("13.07.2026", "ELEKTRONİK DÜNYASI KADIKÖY TAKSİT 6/6", "1.600,00")]:
    t(15, y, d, 8.2, w=26)
    t(41, y, s, 8.2, w=118)
    t(159, y, a, 8.2, w=36, align="R")
    y += 5.3
t(41, y, "Toplam gelecek dönem taksit tutarı", 8.2, "B", w=118)
t(159, y, tl(FUTURE), 8.2, "B", w=36, align="R")
y += 9
for s in ["Asgari ödeme tutarını son ödeme tarihine kadar ödemediğiniz takdirde gecikme faizi uygulanır ve kartınız",
          "kullanıma kapatılabilir. Ödemelerinizi IBAN TR20 0014 6000 0018 4729 3100 51 numaralı hesaba kart numaranızla yapabilirsiniz.",
          "Kazanılan Körfez Puan: 160,25 · Toplam Körfez Puan: 1.284,60"]:
    t(15, y, s, 7.6)
    y += 4.4
t(15, 280, "Anadolu Körfez Bankası A.Ş. · Barbaros Bulvarı No: 118, 34349 Beşiktaş / İstanbul · Mersis No: 0582941736100015 · "
    "Büyük Mükellefler V.D. VKN 5829417361", 6.6, color=(110, 110, 110))
t(15, 284, "Bankacılık Düzenleme ve Denetleme Kurumu (BDDK) tarafından düzenlenen ve denetlenen bir bankadır. "
    "Mevduat TMSF güvencesi kapsamındadır.", 6.6, color=(110, 110, 110))
pdf.output(sys.argv[1])
