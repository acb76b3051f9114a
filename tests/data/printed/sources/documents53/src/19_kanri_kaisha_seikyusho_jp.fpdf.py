"""Condominium management company's monthly invoice for management fees (Japan, Tokyo): 請求書 with the owner's name
and 様 at the top left, issuer block with company seal and 登録番号 (qualified-invoice registration number T + corporate
number) at the top right, No. / 発行日, 件名 line, the amount box ご請求金額 ¥58,200-, item table (管理費, 修繕積立金,
駐車場使用料 as 不課税 association charges, インターネット使用料 taxable at 10 % tax-inclusive), 内訳 by tax category with
the consumption tax, payment by 口座振替 on the due date, bank account, 備考. Dates in 西暦 (2026年3月13日). fpdf2,
Noto Sans CJK JP (collection index 0) and Noto Serif CJK JP Bold for the title.
Usage: python3 19_kanri_kaisha_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

ITEMS = [("管理費", "2026年4月分", 18400, "不課税"), ("修繕積立金", "2026年4月分", 15600, "不課税"),
         ("駐車場使用料（No.12）", "2026年4月分", 22000, "不課税"),
         ("インターネット使用料（全戸一括契約）", "2026年4月分", 2200, "10%")]
TOTAL = sum(i[2] for i in ITEMS)
TAXABLE = sum(i[2] for i in ITEMS if i[3] == "10%")
TAX = TAXABLE * 10 // 110
assert (TOTAL, TAXABLE, TAX) == (58200, 2200, 200)


def yen(x):
    return f"¥{x:,}"


N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773360000")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.add_font("NS", "B", N + "NotoSerifCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.set_title("請求書 No. 2604-0805")
pdf.set_author("株式会社みなと管理サービス")
pdf.add_page()
NAVY = (32, 52, 92)
GREY = (96, 96, 96)
RED = (196, 40, 40)


def t(x, y, s, size=9, style="", w=0, align="L", font="NJ", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.45, s, align=align)


t(0, 14, "請　求　書", 22, "B", w=210, align="C", font="NS")
pdf.set_draw_color(*NAVY)
pdf.set_line_width(0.6)
pdf.line(80, 26, 130, 26)

t(140, 32, "No. 2604-0805", 9, w=52, align="R")
t(140, 37, "発行日　2026年3月13日", 9, w=52, align="R")

# customer
t(18, 40, "佐藤 健一　様", 15, "B")
pdf.set_line_width(0.4)
pdf.line(18, 48, 98, 48)
t(18, 52, "パークハイツ港南　805号室", 9.5)
t(18, 57.5, "〒108-0075 東京都港区港南四丁目11番3号", 8.5, color=GREY)
t(18, 66, "件名：2026年4月分 管理費等のご請求", 9.5)
t(18, 72, "下記のとおりご請求申し上げます。", 9)

# issuer
x0 = 122
for i, (s, sz, st) in enumerate([("株式会社みなと管理サービス", 11, "B"), ("〒108-0075", 8, ""),
                                 ("東京都港区港南二丁目18番4号", 8, ""), ("港南シティビル7階", 8, ""),
                                 ("TEL 03-4182-7360　FAX 03-4182-7361", 8, ""),
                                 ("登録番号：T2010401184273", 8.5, "B"), ("担当：マンション管理部　高橋", 8, "")]):
    t(x0, 46 + i * 5, s, sz, st)
# company seal
pdf.set_draw_color(*RED)
pdf.set_line_width(0.5)
pdf.rect(176, 42, 16, 16)
for i, s in enumerate(["みなと", "管理", "之印"]):
    t(176, 43.5 + i * 4.6, s, 7, "B", w=16, align="C", color=RED)

# amount box
y = 84
pdf.set_draw_color(*NAVY)
pdf.set_fill_color(*NAVY)
pdf.rect(18, y, 40, 13, "F")
t(18, y + 4, "ご請求金額", 11, "B", w=40, align="C", color=(255, 255, 255))
pdf.set_line_width(0.6)
pdf.rect(58, y, 62, 13)
t(58, y + 3.2, f"{yen(TOTAL)}-", 17, "B", w=58, align="R")
t(124, y + 1.5, "お支払期限（口座振替日）", 7.5, color=GREY)
t(124, y + 6.5, "2026年3月27日", 11, "B")

# items
y = 106
cols = [(18, 74, "品目", "L"), (92, 36, "対象期間", "C"), (128, 22, "税区分", "C"), (150, 42, "金額（円）", "R")]
pdf.set_fill_color(230, 234, 242)
pdf.rect(18, y, 174, 8, "F")
for x, w, h, a in cols:
    t(x + 2, y + 2, h, 8.5, "B", w=w - 4, align=a)
y += 8
pdf.set_draw_color(190, 196, 206)
pdf.set_line_width(0.3)
rows = ITEMS + [("", "", 0, "")] * 4
for name, per, amt, tax in rows:
    vals = [name, per, tax, f"{amt:,}" if amt else ""]
    for (x, w, _, a), v in zip(cols, vals):
        t(x + 2, y + 2.2, v, 9, w=w - 4, align=a)
    pdf.line(18, y + 8, 192, y + 8)
    y += 8
for x in (18, 92, 128, 150, 192):
    pdf.line(x, 106, x, y)

# breakdown
y += 4
brk = [("小計", f"{TOTAL:,}"), ("10%対象（税込）", f"{TAXABLE:,}"), ("　うち消費税（10%）", f"{TAX:,}"),
       ("不課税", f"{TOTAL - TAXABLE:,}"), ("合計", f"{TOTAL:,}")]
for i, (k, v) in enumerate(brk):
    yy = y + i * 7
    if k == "合計":
        pdf.set_fill_color(*NAVY)
        pdf.rect(128, yy - 1.5, 64, 7.5, "F")
        t(130, yy, k, 9.5, "B", color=(255, 255, 255))
        t(150, yy, v, 10, "B", w=40, align="R", color=(255, 255, 255))
    else:
        t(130, yy, k, 9)
        t(150, yy, v, 9, w=40, align="R")
        pdf.line(128, yy + 5.5, 192, yy + 5.5)
t(18, y, "※ 管理費・修繕積立金・駐車場使用料は管理組合の収入", 8, color=GREY)
t(18, y + 5, "　（組合員からの収入）のため消費税の対象外（不課税）です。", 8, color=GREY)
t(18, y + 10, "※ 消費税額は税率ごとに合計した金額から計算しています。", 8, color=GREY)

# payment and remarks
y += 44
pdf.set_draw_color(*NAVY)
pdf.rect(18, y, 174, 40)
t(22, y + 3, "お支払方法", 9, "B", color=NAVY)
for i, s in enumerate(["2026年3月27日（金）にご登録の口座から自動振替いたします。",
                       "残高不足などで振替ができなかった場合は、下記口座へお振込みください。",
                       "振込先：港南信用金庫　本店営業部　普通　4182736",
                       "口座名義：カ）ミナトカンリサービス　パークハイツコウナンカンリクミアイグチ",
                       "備考：振込手数料はお客様のご負担となります。ご不明点は担当までお問い合わせください。"]):
    t(22, y + 9.5 + i * 5.8, s, 8.5)

t(18, 276, "パークハイツ港南管理組合　管理受託者　株式会社みなと管理サービス（マンション管理業者登録番号 国土交通大臣(3)第041827号）",
  7, w=174, align="C", color=GREY)
pdf.output(sys.argv[1])
