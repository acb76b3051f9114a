"""Caterer's 領収書 (receipt) for boxed lunches delivered to a company meeting (Japan, Yokohama), A5 landscape pad
layout: title with double rule, receipt number and the date in the Japanese era (令和7年), customer name with 様 on a
rule, amount box "¥37,000-", 但し書き, 上記正に領収いたしました, tax breakdown by rate (8 % reduced rate for food and
bottled tea, 10 % for the delivery fee, tax-inclusive amounts, consumption tax rounded down per rate), payment method,
empty revenue-stamp box, issuer block with the qualified-invoice registration number and a red company seal.
fpdf2 with Noto Sans CJK JP (collection index 0). Usage: python3 23_shidashi_ryoshusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

ITEMS = [("幕の内弁当", 1350, 24, 8), ("緑茶 500ml", 150, 24, 8), ("配達料", 1000, 1, 10)]
by_rate = {}
for _, price, qty, rate in ITEMS:
    by_rate[rate] = by_rate.get(rate, 0) + price * qty
tax = {r: amt * r // (100 + r) for r, amt in by_rate.items()}        # 内消費税、税率ごとに1円未満切捨て
TOTAL = sum(by_rate.values())
TAX = sum(tax.values())
assert (by_rate, tax, TOTAL, TAX) == ({8: 36000, 10: 1000}, {8: 2666, 10: 90}, 37000, 2756), (by_rate, tax, TOTAL, TAX)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(orientation="L", format="A5")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1765497600")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.set_title("領収書 No. 251129-07")
pdf.add_page()
NAVY = (30, 45, 90)
RED = (200, 30, 30)


def t(x, y, s, size=9, style="", w=0, align="L", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font("NJ", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.5, s, align=align)
    pdf.set_text_color(0, 0, 0)


def yen(n):
    return f"¥{n:,}"


# frame
pdf.set_draw_color(*NAVY)
pdf.set_line_width(0.8)
pdf.rect(8, 8, 194, 132)
pdf.set_line_width(0.2)
pdf.rect(9.5, 9.5, 191, 129)

# title
t(0, 15, "領　収　書", 20, "B", 210, "C", NAVY)
pdf.set_line_width(0.4)
pdf.line(80, 27, 130, 27)
pdf.line(80, 28.2, 130, 28.2)
t(150, 14, "No. 251129-07", 9, w=44, align="R")
t(150, 20, "令和7年11月29日", 9.5, w=44, align="R")

# customer
t(18, 36, "株式会社ミナトシステムズ", 14, "B")
t(92, 37, "様", 13)
pdf.set_line_width(0.5)
pdf.line(18, 45, 100, 45)

# amount
pdf.set_fill_color(238, 241, 248)
pdf.set_line_width(0.6)
pdf.rect(40, 51, 130, 17, "DF")
t(46, 56.5, "金額", 11, "B", color=NAVY)
t(62, 54.5, f"{yen(TOTAL)}-", 22, "B", 96, "C")
t(158, 58.5, "（税込）", 7.5)
t(40, 72, "但し　会議用お弁当代として", 10)
t(40, 78, "上記正に領収いたしました", 10)

# breakdown
pdf.set_line_width(0.2)
x0, y0 = 18, 88
t(x0, y0, "内訳", 8.5, "B", color=NAVY)
cols = [(x0, 30, "税率区分"), (x0 + 30, 26, "対象額（税込）"), (x0 + 56, 24, "うち消費税")]
y = y0 + 5
pdf.set_fill_color(*NAVY)
pdf.rect(x0, y, 80, 5.5, "F")
for x, w, h in cols:
    t(x + 1, y + 0.6, h, 7.2, "B", w - 2, "C", (255, 255, 255))
rows = [("8%対象（軽減税率）", by_rate[8], tax[8]), ("10%対象", by_rate[10], tax[10])]
for label, amt, tx in rows:
    y += 5.5
    pdf.rect(x0, y, 80, 5.5)
    t(x0 + 1, y + 0.8, label, 7.2, w=28)
    t(x0 + 30, y + 0.8, yen(amt), 7.6, w=24, align="R")
    t(x0 + 56, y + 0.8, yen(tx), 7.6, w=22, align="R")
y += 5.5
pdf.rect(x0, y, 80, 5.5)
t(x0 + 1, y + 0.8, "合計", 7.4, "B", w=28)
t(x0 + 30, y + 0.8, yen(TOTAL), 7.8, "B", w=24, align="R")
t(x0 + 56, y + 0.8, yen(TAX), 7.8, "B", w=22, align="R")
t(x0, y + 8, "明細：幕の内弁当 ¥1,350×24、緑茶500ml ¥150×24、配達料 ¥1,000", 6.8)
t(x0, y + 12, "お支払方法：現金", 7.6)
t(x0, y + 16, "消費税額合計 " + yen(TAX), 6.8)

# revenue stamp box
pdf.set_draw_color(150, 150, 150)
pdf.set_dash_pattern(dash=1, gap=1)
pdf.rect(104, 88, 20, 24)
pdf.set_dash_pattern()
t(104, 98, "収入印紙", 6.5, w=20, align="C", color=(150, 150, 150))
pdf.set_draw_color(*NAVY)

# issuer
ix = 132
t(ix, 88, "株式会社丸屋弁当", 11, "B")
t(ix, 95, "〒231-0023 横浜市中区山下町118-4", 7.2)
t(ix, 99.5, "TEL 045-418-2736", 7.2)
t(ix, 104, "登録番号 T9180001041827", 7.2)
t(ix, 108.5, "担当：小林", 7.2)
pdf.set_draw_color(*RED)
pdf.set_line_width(0.7)
pdf.ellipse(178, 96, 17, 17)
pdf.set_line_width(0.3)
pdf.ellipse(179.6, 97.6, 13.8, 13.8)
t(178, 99.2, "丸屋", 7.5, "B", 17, "C", RED)
t(178, 104.2, "弁当", 7.5, "B", 17, "C", RED)
pdf.output(sys.argv[1])
