"""請求書 (monthly statement-style qualified invoice) from a food wholesaler to a restaurant: deliveries of October
with 8 % (reduced rate, food) and 10 % items, tax per rate rounded down once per rate, previous balance / payment received /
carried-over amount, this month's purchases and the amount billed. Japan / Nagoya (fpdf2, Noto Sans CJK JP subset).
Usage: python3 13_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

# 納品日, 伝票番号, 品名, 数量, 単位, 単価, 税率
LINES = [
    ("10/02", "D-25-1181", "コシヒカリ 10kg", 4, "袋", 5980, 8),
    ("10/02", "D-25-1181", "国産鶏もも肉 2kg", 6, "袋", 2480, 8),
    ("10/02", "D-25-1181", "キャベツ（箱 10玉）", 2, "箱", 2150, 8),
    ("10/02", "D-25-1181", "業務用割り箸 1,000膳", 1, "箱", 3200, 10),
    ("10/09", "D-25-1244", "コシヒカリ 10kg", 4, "袋", 5980, 8),
    ("10/09", "D-25-1244", "豚ロース スライス 2kg", 5, "袋", 3150, 8),
    ("10/09", "D-25-1244", "たまねぎ 20kg", 1, "箱", 3680, 8),
    ("10/09", "D-25-1244", "白だし 1.8L", 6, "本", 1180, 8),
    ("10/09", "D-25-1244", "食器用洗剤 4L", 2, "本", 1450, 10),
    ("10/16", "D-25-1302", "コシヒカリ 10kg", 4, "袋", 5980, 8),
    ("10/16", "D-25-1302", "国産鶏もも肉 2kg", 6, "袋", 2480, 8),
    ("10/16", "D-25-1302", "天ぷら粉 10kg", 1, "袋", 4320, 8),
    ("10/16", "D-25-1302", "キャノーラ油 16.5kg", 1, "缶", 6980, 8),
    ("10/16", "D-25-1302", "テイクアウト容器 50枚", 4, "束", 980, 10),
    ("10/23", "D-25-1367", "コシヒカリ 10kg", 4, "袋", 5980, 8),
    ("10/23", "D-25-1367", "豚ロース スライス 2kg", 5, "袋", 3150, 8),
    ("10/23", "D-25-1367", "長ねぎ（箱 5kg）", 2, "箱", 2640, 8),
    ("10/23", "D-25-1367", "緑茶ティーバッグ 100袋", 3, "箱", 1280, 8),
    ("10/30", "D-25-1429", "コシヒカリ 10kg", 3, "袋", 5980, 8),
    ("10/30", "D-25-1429", "国産鶏もも肉 2kg", 6, "袋", 2480, 8),
    ("10/30", "D-25-1429", "ゴム手袋 Mサイズ 100枚", 2, "箱", 890, 10),
    ("10/30", "D-25-1429", "配送料（月極）", 1, "式", 2000, 10),
]
rows = [(d, s, n, qty, u, p, r, qty * p) for d, s, n, qty, u, p, r in LINES]
base = {8: sum(x[7] for x in rows if x[6] == 8), 10: sum(x[7] for x in rows if x[6] == 10)}
tax = {k: v * k // 100 for k, v in base.items()}          # 税率ごとに1回、端数切捨て
subtotal = base[8] + base[10]
tax_total = tax[8] + tax[10]
purchases = subtotal + tax_total
PREV, PAID = 186340, 180000
carry = PREV - PAID
billed = carry + purchases
assert (base[8], base[10], tax[8], tax[10]) == (225240, 13800, 18019, 1380), (base, tax)
assert (subtotal, tax_total, purchases, billed) == (239040, 19399, 258439, 264779), (subtotal, tax_total, purchases, billed)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1763596800")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.set_title("請求書 INV-2510-0387")
pdf.add_page()
pdf.set_draw_color(80, 80, 80)
NAVY = (24, 52, 96)

pdf.set_xy(15, 13)
pdf.set_font("NJ", "B", 20)
pdf.set_text_color(*NAVY)
pdf.cell(180, 11, "請　求　書", align="C")
pdf.set_text_color(0, 0, 0)

# customer (left)
pdf.set_xy(15, 30)
pdf.set_font("NJ", "", 8.5)
pdf.cell(95, 5, "〒460-0008 愛知県名古屋市中区栄3-18-27 栄ビル1F")
pdf.set_xy(15, 36)
pdf.set_font("NJ", "B", 13)
pdf.cell(95, 8, "有限会社さくら食堂　御中")
pdf.line(15, 44.5, 105, 44.5)
pdf.set_xy(15, 47)
pdf.set_font("NJ", "", 8.5)
pdf.cell(95, 5, "得意先コード：S-0418")
pdf.set_xy(15, 53)
pdf.multi_cell(95, 4.6, "下記のとおりご請求申し上げます。\n締日：2025年10月31日（10月1日〜10月31日納品分）")

# meta and vendor (right)
pdf.set_font("NJ", "", 8.5)
meta = [("請求書番号", "INV-2510-0387"), ("請求日", "2025年10月31日"), ("お支払期限", "2025年11月30日"),
        ("登録番号", "T7180001092847")]
y = 30
for k, v in meta:
    pdf.set_xy(122, y)
    pdf.set_fill_color(232, 238, 246)
    pdf.cell(26, 6, k, border=1, align="C", fill=True)
    pdf.set_font("NJ", "B" if k in ("請求書番号", "お支払期限") else "", 8.8)
    pdf.cell(47, 6, " " + v, border=1)
    pdf.set_font("NJ", "", 8.5)
    y += 6
pdf.set_xy(122, y + 2)
pdf.set_font("NJ", "B", 10)
pdf.cell(73, 6, "株式会社港北フードサービス")
pdf.set_font("NJ", "", 7.8)
for i, t in enumerate(["〒453-0015 名古屋市中村区椿町18-4", "TEL 052-418-2736　FAX 052-418-2737", "担当：営業二課 石川"]):
    pdf.set_xy(122, y + 8.5 + i * 4.2)
    pdf.cell(73, 4.2, t)

# summary boxes: labels above values
y = 80
boxes = [("前回御請求額", f"{PREV:,}"), ("御入金額", f"{PAID:,}"), ("繰越金額", f"{carry:,}"),
         ("今回御買上額（税抜）", f"{subtotal:,}"), ("消費税額", f"{tax_total:,}"), ("今回御請求額", f"¥{billed:,}")]
w = 180 / 6
for i, (k, v) in enumerate(boxes):
    last = i == len(boxes) - 1
    pdf.set_xy(15 + i * w, y)
    pdf.set_fill_color(*(NAVY if last else (232, 238, 246)))
    pdf.set_text_color(*((255, 255, 255) if last else (0, 0, 0)))
    pdf.set_font("NJ", "", 7.6)
    pdf.cell(w, 6.5, k, border=1, align="C", fill=True)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(15 + i * w, y + 6.5)
    pdf.set_font("NJ", "B" if last else "", 11 if last else 9.5)
    pdf.cell(w, 9.5, v, border=1, align="R")

# detail table
y = 103
COLS = [(14, "納品日", "C"), (22, "伝票番号", "C"), (66, "品名", "L"), (14, "数量", "R"), (10, "単位", "C"),
        (20, "単価", "R"), (24, "金額（税抜）", "R"), (10, "税率", "C")]
pdf.set_fill_color(232, 238, 246)
pdf.set_xy(15, y)
pdf.set_font("NJ", "B", 7.8)
for cw, t, _a in COLS:
    pdf.cell(cw, 6, t, border=1, align="C", fill=True)
y += 6
pdf.set_font("NJ", "", 8)
for d, s, n, qty, u, p, r, amt in rows:
    pdf.set_xy(15, y)
    vals = [d, s, (n + "　※") if r == 8 else n, str(qty), u, f"{p:,}", f"{amt:,}", f"{r}%"]
    for (cw, _t, a), v in zip(COLS, vals):
        pdf.cell(cw, 5.6, (" " + v) if a == "L" else v, border=1, align=a)
    y += 5.6
pdf.set_xy(15, y + 1)
pdf.set_font("NJ", "", 7.4)
pdf.cell(100, 4.5, "※印は軽減税率（8%）対象品目です。")

# tax summary per rate
y += 8
pdf.set_xy(95, y)
pdf.set_font("NJ", "B", 8)
for t, cw in [("区分", 30), ("税抜金額", 25), ("消費税額", 20), ("税込金額", 25)]:
    pdf.cell(cw, 6, t, border=1, align="C", fill=True)
for k in (10, 8):
    y += 6
    pdf.set_xy(95, y)
    pdf.set_font("NJ", "", 8.2)
    pdf.cell(30, 6, f"{k}%対象" + ("（軽減）" if k == 8 else ""), border=1, align="C")
    pdf.cell(25, 6, f"{base[k]:,}", border=1, align="R")
    pdf.cell(20, 6, f"{tax[k]:,}", border=1, align="R")
    pdf.cell(25, 6, f"{base[k] + tax[k]:,}", border=1, align="R")
y += 6
pdf.set_xy(95, y)
pdf.set_font("NJ", "B", 8.4)
pdf.cell(30, 6.5, "合計", border=1, align="C", fill=True)
pdf.cell(25, 6.5, f"{subtotal:,}", border=1, align="R")
pdf.cell(20, 6.5, f"{tax_total:,}", border=1, align="R")
pdf.cell(25, 6.5, f"{purchases:,}", border=1, align="R")
y += 9
pdf.set_xy(95, y)
pdf.set_font("NJ", "", 8.4)
pdf.cell(75, 6, "今回御買上額合計（税込）", border="B")
pdf.set_font("NJ", "B", 9)
pdf.cell(25, 6, f"¥{purchases:,}", border="B", align="R")

# bank
pdf.set_xy(15, 279)
pdf.set_font("NJ", "", 7.8)
pdf.multi_cell(180, 4.4, "【お振込先】東海みなと銀行　名駅支店　普通預金　1418273　カ）コウホクフードサービス\n"
                         "恐れ入りますが振込手数料は貴社にてご負担願います。お支払期限までにお振込みくださいますようお願い申し上げます。")
pdf.output(sys.argv[1])
