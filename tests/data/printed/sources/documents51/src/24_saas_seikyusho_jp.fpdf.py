"""SaaS subscription 請求書 兼 領収書 (Japan): qualified invoice with 登録番号, monthly plan for 17 users, pro-rated charge
for users added mid-October (rounded down), 10 % consumption tax rounded down once, paid by card (支払済 stamp, 領収金額),
billing period next to the issue date. Japan / Tokyo (fpdf2, Noto Sans CJK JP subset).
Usage: python3 24_saas_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

PRICE, USERS = 1800, 17
ADDED, DAYS, MONTH_DAYS = 2, 16, 31
plan = USERS * PRICE
prorate = ADDED * PRICE * DAYS // MONTH_DAYS          # 日割り、1円未満切捨て
subtotal = plan + prorate
tax = subtotal * 10 // 100                            # 消費税、1円未満切捨て
total = subtotal + tax
assert (plan, prorate, subtotal, tax, total) == (30600, 1858, 32458, 3245, 35703), (plan, prorate, subtotal, tax, total)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1764892800")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.set_title("請求書 兼 領収書 SN-2511-00418")
pdf.add_page()
TEAL = (0, 122, 122)
LIGHT = (228, 243, 243)


def t(x, y, s, size=9, style="", w=0, align="L", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font("NJ", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.5, s, align=align)
    pdf.set_text_color(0, 0, 0)


pdf.set_fill_color(*TEAL)
pdf.rect(0, 0, 210, 6, "F")
t(15, 13, "sora", 18, "B", color=TEAL)
t(33.2, 13, "note", 18, "", color=(90, 90, 90))
t(15, 22, "チームのためのクラウドノート", 7.5, color=(90, 90, 90))
t(120, 12, "請求書 兼 領収書", 17, "B", 75, "R")

# customer
t(15, 36, "株式会社ミドリ設計事務所　御中", 12.5, "B")
pdf.set_draw_color(*TEAL)
pdf.line(15, 43.5, 105, 43.5)
t(15, 46, "〒150-0002 東京都渋谷区渋谷2-14-8 青山ビル5F", 8)
t(15, 50.5, "ワークスペース：midori-sekkei　ご担当：経理部 佐藤様", 8)

# meta
meta = [("請求書番号", "SN-2511-00418"), ("発行日", "2025年11月1日"), ("ご利用期間", "2025年11月1日〜2025年11月30日"),
        ("お支払方法", "クレジットカード（VISA ****4417）"), ("お支払日", "2025年11月1日")]
y = 34
for k, v in meta:
    pdf.set_xy(112, y)
    pdf.set_font("NJ", "", 7.8)
    pdf.set_fill_color(*LIGHT)
    pdf.cell(24, 6, k, border=1, align="C", fill=True)
    pdf.set_font("NJ", "B" if k == "請求書番号" else "", 8)
    pdf.cell(59, 6, " " + v, border=1)
    y += 6

# vendor
t(112, 68, "株式会社ソラノート", 10.5, "B")
for i, s in enumerate(["〒105-0011 東京都港区芝公園1-7-6 芝ビル8F", "support@soranote.example", "登録番号：T9011001841273"]):
    t(112, 74.5 + i * 4.3, s, 7.8)
# paid stamp
pdf.set_draw_color(200, 40, 40)
pdf.set_line_width(0.6)
pdf.ellipse(176, 66, 19, 19)
t(176, 72.5, "支払済", 9.5, "B", 19, "C", (200, 40, 40))
t(176, 77.5, "2025.11.01", 6.2, "", 19, "C", (200, 40, 40))
pdf.set_line_width(0.2)

# amount box
pdf.set_fill_color(*LIGHT)
pdf.rect(15, 92, 180, 14, "F")
t(19, 96.5, "ご請求金額（税込）", 10)
t(70, 95, f"¥{total:,}-", 17, "B")
t(120, 96.5, f"うち消費税 ¥{tax:,}", 9, "", 71, "R")

# detail
y = 114
COLS = [(88, "品目", "L"), (20, "数量", "R"), (14, "単位", "C"), (26, "単価", "R"), (32, "金額（税抜）", "R")]
pdf.set_fill_color(*TEAL)
pdf.set_text_color(255, 255, 255)
pdf.set_font("NJ", "B", 8)
pdf.set_xy(15, y)
for w, s, _a in COLS:
    pdf.cell(w, 7, s, border=0, align="C", fill=True)
pdf.set_text_color(0, 0, 0)
rows = [("ビジネスプラン 月額利用料（2025年11月分）", f"{USERS}", "ユーザー", f"{PRICE:,}", f"{plan:,}"),
        (f"追加ユーザー日割り（10月16日〜10月31日、{DAYS}/{MONTH_DAYS}日）", f"{ADDED}", "ユーザー", f"{PRICE:,}", f"{prorate:,}"),
        ("ストレージ追加 100GB（キャンペーン適用）", "1", "式", "0", "0")]
y += 7
pdf.set_font("NJ", "", 8.2)
pdf.set_draw_color(190, 190, 190)
for r in rows:
    pdf.set_xy(15, y)
    for (w, _s, a), v in zip(COLS, r):
        pdf.cell(w, 7.5, (" " + v) if a == "L" else (v + " " if a == "R" else v), border="B", align=a)
    y += 7.5
t(15, y + 2, "※日割り額は1円未満を切り捨てています。", 7, color=(90, 90, 90))

# totals
y += 10
for k, v, b in [("小計（10%対象・税抜）", f"{subtotal:,}円", ""), ("消費税（10%）", f"{tax:,}円", ""),
                ("合計（税込）", f"{total:,}円", "B"), ("領収金額", f"{total:,}円", ""), ("未払残高", "0円", "")]:
    pdf.set_xy(105, y)
    pdf.set_font("NJ", b, 9.5 if b else 8.6)
    pdf.cell(55, 7, k, border="B")
    pdf.cell(35, 7, v, border="B", align="R")
    y += 7

# notes
t(15, y + 8, "ご契約内容", 8.6, "B")
notes = ["・ご契約ユーザー数：17名（2025年10月16日に15名から17名へ変更）",
         "・次回請求予定日：2025年12月1日（自動更新）",
         "・本書は適格請求書（インボイス）兼 領収書です。カード決済のため収入印紙は不要です。",
         "・決済ID：ch_3Sn7Kq2TeZvL0418　/　お客様ID：CUS-0418273"]
for i, s in enumerate(notes):
    t(15, y + 14 + i * 4.8, s, 7.8)

t(15, 284, "株式会社ソラノート　〒105-0011 東京都港区芝公園1-7-6 芝ビル8F　登録番号 T9011001841273", 6.8, "", 180, "C", (110, 110, 110))
pdf.output(sys.argv[1])
