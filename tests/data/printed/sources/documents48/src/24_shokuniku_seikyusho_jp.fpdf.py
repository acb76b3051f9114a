"""請求書 — monthly closing statement from a meat wholesaler to a yakiniku restaurant, reduced rate 8 % (food) and
10 %, previous balance and payment carried forward. Japan (fpdf2, Noto Sans CJK JP subset).
Usage: python3 24_shokuniku_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_DOWN, Decimal as D

from fpdf import FPDF

# date, slip no., item, quantity (kg or pcs), unit, unit price (yen), tax rate
LINES = [
    ("10/03", "40187", "黒毛和牛 カルビ（A4）", "6.40", "kg", 6800, 8),
    ("10/03", "40187", "国産牛 タン（皮むき）", "3.12", "kg", 7400, 8),
    ("10/03", "40187", "豚バラ スライス", "5.00", "kg", 1450, 8),
    ("10/10", "40233", "黒毛和牛 ロース（A4）", "4.85", "kg", 9200, 8),
    ("10/10", "40233", "国産牛 ハラミ", "4.20", "kg", 5600, 8),
    ("10/10", "40233", "牛ホルモン（小腸）", "3.00", "kg", 2300, 8),
    ("10/17", "40291", "黒毛和牛 カルビ（A4）", "7.10", "kg", 6800, 8),
    ("10/17", "40291", "鶏もも 正肉", "6.00", "kg", 1180, 8),
    ("10/17", "40291", "国産牛 タン（皮むき）", "2.86", "kg", 7400, 8),
    ("10/24", "40348", "黒毛和牛 ロース（A4）", "5.30", "kg", 9200, 8),
    ("10/24", "40348", "国産牛 ハラミ", "3.95", "kg", 5600, 8),
    ("10/24", "40348", "豚トロ", "2.50", "kg", 2900, 8),
    ("10/24", "40348", "保冷剤・発泡スチロール箱", "4", "個", 250, 10),
    ("10/31", "40402", "黒毛和牛 カルビ（A4）", "6.75", "kg", 6800, 8),
    ("10/31", "40402", "牛ホルモン（ミノ）", "2.40", "kg", 2800, 8),
    ("10/31", "—", "配送料（10月分 5回）", "5", "回", 800, 10),
]
amounts = [int((D(q) * up).to_integral_value(ROUND_DOWN)) for _, _, _, q, _, up, _ in LINES]
base8 = sum(a for a, l in zip(amounts, LINES) if l[6] == 8)
base10 = sum(a for a, l in zip(amounts, LINES) if l[6] == 10)
tax8 = base8 * 8 // 100
tax10 = base10 * 10 // 100
purchases = base8 + base10
tax = tax8 + tax10
PREV, PAID = 1184560, 1100000
carried = PREV - PAID
due = carried + purchases + tax
assert (purchases, tax, carried, due) == (361172, 28993, 84560, 474725), (purchases, tax, carried, due)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.add_page()

pdf.set_xy(16, 14)
pdf.set_font("NJ", "B", 19)
pdf.cell(178, 10, "御 請 求 書", align="C")
pdf.set_font("NJ", "", 8.5)
for i, t in enumerate(["請求書番号　MS-2510-0318", "締日　2025年10月31日", "発行日　2025年11月4日"]):
    pdf.set_xy(130, 27 + i * 5)
    pdf.cell(64, 5, t, align="R")

pdf.set_xy(16, 30)
pdf.set_font("NJ", "", 13)
pdf.cell(100, 8, "有限会社炭火焼肉みやび　御中")
pdf.set_line_width(0.4)
pdf.line(16, 38.5, 108, 38.5)
pdf.set_font("NJ", "", 8.5)
for i, t in enumerate(["〒460-0008 愛知県名古屋市中区栄3-18-7", "得意先コード：M-0417"]):
    pdf.set_xy(16, 41 + i * 5)
    pdf.cell(100, 5, t)

pdf.set_xy(124, 47)
pdf.set_font("NJ", "B", 11)
pdf.cell(60, 6, "株式会社丸栄ミート")
pdf.set_font("NJ", "", 8)
for i, t in enumerate(["〒453-0862 愛知県名古屋市中村区岩塚町2-41", "TEL 052-411-8273　FAX 052-411-8274", "登録番号：T8011001084726"]):
    pdf.set_xy(124, 53.5 + i * 4.6)
    pdf.cell(70, 4.6, t)

pdf.set_xy(16, 72)
pdf.set_font("NJ", "", 9)
pdf.cell(0, 5, "毎度格別のお引き立てを賜り、厚く御礼申し上げます。下記のとおりご請求申し上げます。")

# summary boxes (label above value)
heads = ["前回御請求額", "御入金額", "繰越金額", "今回御買上額", "消費税額", "今回御請求額"]
vals = [PREV, PAID, carried, purchases, tax, due]
x, y, w = 16, 80, 178 / 6
pdf.set_fill_color(232, 238, 246)
for i, (h, v) in enumerate(zip(heads, vals)):
    pdf.set_xy(x + i * w, y)
    pdf.set_font("NJ", "B" if i == 5 else "", 8)
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
    pdf.set_xy(x + i * w, y + 6)
    pdf.set_font("NJ", "B" if i == 5 else "", 10 if i == 5 else 9)
    pdf.cell(w, 9, f"¥{v:,}", border=1, align="C")

# detail table
y = 100
cols = [(14, "月日", "C"), (16, "伝票No.", "C"), (62, "品名", "L"), (18, "数量", "R"), (10, "単位", "C"), (20, "単価", "R"),
        (24, "金額", "R"), (14, "税率", "C")]
pdf.set_xy(16, y)
pdf.set_font("NJ", "", 8)
for cw, t, _a in cols:
    pdf.cell(cw, 6, t, border=1, align="C", fill=True)
y += 6
for (d, s, item, q, u, up, r), a in zip(LINES, amounts):
    pdf.set_xy(16, y)
    for (cw, _t, al), v in zip(cols, [d, s, item, q, u, f"{up:,}", f"{a:,}", f"{r}%" + ("※" if r == 8 else "")]):
        pdf.cell(cw, 6.2, v, border="LR", align=al)
    y += 6.2
pdf.line(16, y, 194, y)
pdf.set_xy(16, y + 1.5)
pdf.set_font("NJ", "", 7.5)
pdf.cell(0, 4.5, "※印は軽減税率（8%）対象品目です。数量は計量値（kg）、金額は1円未満切り捨て。")

# tax breakdown by rate
y += 9
rows = [("8%対象（軽減税率）", base8, tax8), ("10%対象", base10, tax10), ("合計", purchases, tax)]
pdf.set_xy(100, y)
pdf.set_font("NJ", "", 8)
for cw, t in [(34, "税率区分"), (30, "税抜金額"), (30, "消費税額")]:
    pdf.cell(cw, 6, t, border=1, align="C", fill=True)
y += 6
for label, b, t in rows:
    pdf.set_xy(100, y)
    pdf.set_font("NJ", "B" if label == "合計" else "", 8.5)
    pdf.cell(34, 6.5, label, border=1)
    pdf.cell(30, 6.5, f"¥{b:,}", border=1, align="R")
    pdf.cell(30, 6.5, f"¥{t:,}", border=1, align="R")
    y += 6.5

# payment box
y += 8
pdf.set_line_width(0.3)
pdf.rect(16, y, 178, 22)
pdf.set_xy(19, y + 2)
pdf.set_font("NJ", "B", 9)
pdf.cell(0, 5, "お振込先・お支払期限")
pdf.set_font("NJ", "", 8.5)
for i, t in enumerate(["三菱UFJ銀行　名古屋中央支店（店番 150）　普通預金　口座番号 0418273　カ）マルエイミート",
                       "お支払期限：2025年11月30日　（振込手数料は貴社ご負担にてお願いいたします）"]):
    pdf.set_xy(19, y + 8 + i * 5.5)
    pdf.cell(0, 5, t)
pdf.set_xy(16, y + 27)
pdf.set_font("NJ", "", 7.5)
pdf.multi_cell(178, 4.2, "本請求書は適格請求書（インボイス）の記載事項を満たしています。ご不明な点は経理担当（052-411-8273）までお問い合わせください。")
pdf.output(sys.argv[1])
