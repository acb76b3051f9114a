"""請求書 — magazine advertising invoice from a publisher, Japan (fpdf2, Noto Sans CJK JP subset).
Usage: python3 21_koukoku_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

ITEMS = [  # description, quantity, unit price, amount (yen)
    ("月刊「暮らしと器」2025年12月号　表4（裏表紙）カラー1ページ広告", "1回", 680000, 680000),
    ("月刊「暮らしと器」2026年1月号　記事体広告（タイアップ）カラー2ページ", "2頁", 240000, 480000),
    ("記事体広告 制作費（取材・撮影・原稿作成）", "1式", 120000, 120000),
]
subtotal = sum(i[3] for i in ITEMS)
tax = subtotal * 10 // 100
total = subtotal + tax
assert (subtotal, tax, total) == (1280000, 128000, 1408000)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_margins(16, 16, 16)

# title
pdf.set_xy(16, 16)
pdf.set_font("NJ", "", 20)
pdf.cell(178, 10, "請　求　書", align="C")
pdf.set_line_width(0.4)
pdf.line(70, 28, 140, 28)
pdf.line(70, 29, 140, 29)

# addressee (left)
pdf.set_xy(16, 38)
pdf.set_font("NJ", "", 13)
pdf.cell(100, 8, "株式会社ミナトデザイン事務所　御中")
pdf.line(16, 46.5, 110, 46.5)
pdf.set_font("NJ", "", 9)
for i, t in enumerate(["〒231-0023 神奈川県横浜市中区山下町25-3", "ご担当：宣伝部 中村 美咲 様", "件名：月刊「暮らしと器」広告掲載料"]):
    pdf.set_xy(16, 49 + i * 5.5)
    pdf.cell(100, 5, t)

# meta (right)
for i, t in enumerate(["請求書番号：AB-2510-0187", "請求日：2025年10月31日", "お支払期限：2025年11月30日"]):
    pdf.set_xy(124, 36 + i * 5.5)
    pdf.set_font("NJ", "", 9)
    pdf.cell(70, 5, t, align="R")
# issuer with seal
pdf.set_xy(124, 56)
pdf.set_font("NJ", "B", 11)
pdf.cell(60, 6, "株式会社青葉出版")
pdf.set_font("NJ", "", 8.5)
for i, t in enumerate(["〒102-0073 東京都千代田区九段北1-8-10", "TEL 03-3261-4718　FAX 03-3261-4719", "登録番号：T2010401184736",
                       "担当：広告営業部 田村"]):
    pdf.set_xy(124, 62.5 + i * 4.8)
    pdf.cell(60, 4.8, t)
pdf.set_draw_color(192, 57, 43)
pdf.set_text_color(192, 57, 43)
pdf.set_line_width(0.6)
pdf.rect(180, 56, 14, 14)
pdf.set_font("NJ", "B", 8)
pdf.set_xy(180, 57.5)
pdf.cell(14, 5, "青葉", align="C")
pdf.set_xy(180, 63)
pdf.cell(14, 5, "出版", align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)
pdf.set_line_width(0.3)

# amount box
pdf.set_xy(16, 86)
pdf.set_font("NJ", "", 9.5)
pdf.cell(0, 5, "下記のとおりご請求申し上げます。")
pdf.set_fill_color(235, 235, 235)
pdf.set_xy(16, 94)
pdf.set_line_width(0.6)
pdf.cell(38, 11, "ご請求金額（税込）", border=1, align="C", fill=True)
pdf.set_font("NJ", "B", 15)
pdf.cell(62, 11, f"¥{total:,}-", border=1, align="C")
pdf.set_line_width(0.3)

# items table
y = 114
cols = [(10, "No.", "C"), (104, "品名・内容", "C"), (16, "数量", "C"), (22, "単価", "C"), (26, "金額", "C")]
pdf.set_xy(16, y)
pdf.set_font("NJ", "", 8.5)
for w, t, a in cols:
    pdf.cell(w, 7, t, border=1, align=a, fill=True)
y += 7
for n, (d, q, u, a) in enumerate(ITEMS, 1):
    pdf.set_xy(16, y)
    pdf.cell(10, 9, str(n), border=1, align="C")
    pdf.set_font("NJ", "", 8)
    pdf.cell(104, 9, d, border=1)
    pdf.set_font("NJ", "", 8.5)
    pdf.cell(16, 9, q, border=1, align="C")
    pdf.cell(22, 9, f"{u:,}", border=1, align="R")
    pdf.cell(26, 9, f"{a:,}", border=1, align="R")
    y += 9
for _ in range(2):
    pdf.set_xy(16, y)
    for w, _t, _a in cols:
        pdf.cell(w, 9, "", border=1)
    y += 9
# sums
for label, val, bold in [("小計（税抜）", subtotal, False), ("消費税（10%）", tax, False), ("合計（税込）", total, True)]:
    pdf.set_xy(110, y)
    pdf.set_font("NJ", "B" if bold else "", 9)
    pdf.cell(36, 8, label, border=1, fill=True)
    pdf.cell(48, 8, f"¥{val:,}", border=1, align="R")
    y += 8
pdf.set_xy(16, y + 3)
pdf.set_font("NJ", "", 8)
pdf.cell(0, 5, f"※ 10%対象　¥{subtotal:,}（消費税 ¥{tax:,}）　／　8%対象　¥0")

# bank box
y += 14
pdf.rect(16, y, 178, 24)
pdf.set_xy(19, y + 2)
pdf.set_font("NJ", "B", 9)
pdf.cell(0, 5, "お振込先")
pdf.set_font("NJ", "", 8.8)
for i, t in enumerate(["みずほ銀行　九段支店（店番 018）　普通預金　口座番号 2718436", "口座名義：カ）アオバシュッパン",
                       "※ 振込手数料は貴社にてご負担くださいますようお願い申し上げます。"]):
    pdf.set_xy(19, y + 7.5 + i * 5)
    pdf.cell(0, 5, t)
pdf.set_xy(16, y + 30)
pdf.set_font("NJ", "", 8)
pdf.multi_cell(178, 4.8, "掲載誌は発売日以降に2部お送りいたします。お支払期限までにお振込みいただきますようお願い申し上げます。\n"
               "本請求書に関するお問い合わせ：ad-sales@aoba-shuppan.example")
pdf.output(sys.argv[1])
