"""Patent attorney firm's invoice for a patent application with official fees (Japan, Tokyo -> Yokohama), in Japanese:
請求書 title, client 御中 block left and the firm's name, address, 登録番号 (qualified invoice issuer number T +
corporate number) and red seal right, a summary line ご請求金額, a table split into 弁理士報酬 (taxable: 明細書作成,
図面作成, 出願手数料) and 立替金・特許印紙代 (official fees without consumption tax: 出願料, 審査請求料 for 12 claims),
subtotals, 消費税 10 % on the fees only, 合計, the application particulars (整理番号, 出願番号, 出願日), bank transfer
details and the payment deadline. fpdf2, Noto Sans CJK JP (collection index 0) and Noto Serif CJK JP Bold.
Usage: python3 12_tokkyo_jimusho_seikyusho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

FEES = [("明細書・特許請求の範囲 作成（請求項12項）", 280000), ("図面作成（8図）", 45000), ("出願手数料", 30000)]
OFFICIAL = [("特許出願料（特許印紙）", 14000), ("出願審査請求料（138,000円＋4,000円×請求項12）", 186000)]
FEE_SUM = sum(a for _, a in FEES)
TAX = FEE_SUM * 10 // 100
OFF_SUM = sum(a for _, a in OFFICIAL)
TOTAL = FEE_SUM + TAX + OFF_SUM
assert (FEE_SUM, TAX, OFF_SUM, TOTAL) == (355000, 35500, 200000, 590500), (FEE_SUM, TAX, OFF_SUM, TOTAL)


def y_(n):
    return f"¥{n:,}"


N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.add_font("NS", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NS", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.add_font("NSerif", "B", N + "NotoSerifCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.set_title("請求書 AP-2026-0312")
pdf.set_author("弁理士法人青葉国際特許事務所")
pdf.add_page()
INK = (30, 30, 30)
GREEN = (40, 90, 70)
RED = (200, 40, 40)


def t(x, y, s, size=9, style="", w=0, align="L", color=INK, font="NS", h=5):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, h, s, align=align)


t(15, 14, "請　求　書", 22, "B", w=180, align="C", font="NSerif", h=11)
t(150, 28, "請求書番号：AP-2026-0312", 8.5)
t(150, 33, "発行日：2026年3月13日", 8.5)

t(15, 40, "株式会社ミナトデバイス　御中", 13, "B")
pdf.set_draw_color(*INK)
pdf.set_line_width(0.4)
pdf.line(15, 47.5, 100, 47.5)
t(15, 50, "知的財産部　御担当：高橋 様", 8.5)
t(15, 55, "〒220-0012 神奈川県横浜市西区みなとみらい4-6-2", 8.5)

t(118, 44, "弁理士法人青葉国際特許事務所", 10.5, "B")
for i, s in enumerate(["〒105-0001 東京都港区虎ノ門2-8-10 虎ノ門青葉ビル9階", "TEL 03-4182-7360　FAX 03-4182-7361",
                       "登録番号：T8011001084726", "担当弁理士：青山 直樹"]):
    t(118, 50 + i * 4.8, s, 7.8)
pdf.set_draw_color(*RED)
pdf.set_line_width(0.6)
pdf.rect(178, 57, 17, 17)
for i, s in enumerate(["青葉特許", "事務所", "之印"]):
    t(178, 58 + i * 5.2, s, 7, "B", w=17, align="C", color=RED)

t(15, 66, "下記のとおりご請求申し上げます。", 9)
pdf.set_fill_color(232, 242, 236)
pdf.rect(15, 73, 110, 12, "F")
t(18, 75.5, "ご請求金額（税込）", 10, "B", color=GREEN, h=7)
t(60, 75, y_(TOTAL) + "-", 16, "B", w=62, align="R", h=8)

y = 92
t(15, y, "案件：特許出願（発明の名称「半導体パッケージの放熱構造及びその製造方法」）", 8.5)
t(15, y + 5, "貴社整理番号：MD-P-2026-004　当所整理番号：AB-26018　出願番号：特願2026-041827　出願日：2026年3月2日", 8.5)

y = 106
pdf.set_fill_color(*GREEN)
pdf.rect(15, y, 180, 7, "F")
t(17, y + 1, "摘要", 8.5, "B", color=(255, 255, 255))
t(140, y + 1, "課税区分", 8.5, "B", w=20, align="C", color=(255, 255, 255))
t(160, y + 1, "金額（円）", 8.5, "B", w=33, align="R", color=(255, 255, 255))
y += 9
pdf.set_draw_color(200, 210, 205)
pdf.set_line_width(0.3)


def row(label, kubun, amount, bold=False, indent=2):
    global y
    t(15 + indent, y, label, 8.6, "B" if bold else "")
    t(140, y, kubun, 8, w=20, align="C")
    t(160, y, f"{amount:,}", 8.6, "B" if bold else "", w=33, align="R")
    pdf.line(15, y + 6, 195, y + 6)
    y += 7.2


t(17, y, "【弁理士報酬】", 8.6, "B", color=GREEN)
y += 6.5
for k, a in FEES:
    row(k, "10%対象", a, indent=6)
row("報酬小計", "", FEE_SUM, True)
row("消費税（10%）", "", TAX)
y += 2
t(17, y, "【立替金・特許印紙代】（消費税対象外）", 8.6, "B", color=GREEN)
y += 6.5
for k, a in OFFICIAL:
    row(k, "対象外", a, indent=6)
row("特許印紙代 小計", "", OFF_SUM, True)
y += 2
pdf.set_fill_color(232, 242, 236)
pdf.rect(110, y - 1, 85, 8, "F")
t(112, y, "合計", 10, "B")
t(160, y, f"{TOTAL:,}", 10, "B", w=33, align="R")
y += 14

t(15, y, "消費税率別内訳：10%対象 ¥355,000（消費税 ¥35,500）／対象外 ¥200,000", 8)
y += 9
pdf.set_draw_color(*GREEN)
pdf.rect(15, y, 180, 24)
t(18, y + 2, "お振込先", 8.6, "B", color=GREEN)
t(18, y + 8, "みずほ銀行　虎ノ門支店（店番号 052）　普通預金　口座番号 4182736", 8.6)
t(18, y + 13.5, "口座名義　ベンリシホウジン アオバコクサイトッキョジムショ", 8.6)
t(18, y + 19, "お支払期限：2026年4月30日　※振込手数料は貴社にてご負担願います。", 8.6, "B")
y += 32
t(15, y, "備考：特許印紙代は当所にて立替納付済みです（特許庁への予納台帳より充当）。", 7.8)
t(15, y + 5, "本請求書は適格請求書です。ご不明な点は担当弁理士までお問い合わせください。", 7.8)
pdf.output(sys.argv[1])
