#!/usr/bin/env python3
"""納品書兼請求書 (Japan) -- delivery note cum invoice, 適格請求書 with T-number, 10 % / 8 % rate summary
(only 10 % items), western-calendar dates. ReportLab canvas with the built-in CID font HeiseiMin-W3 (not embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s63_20.pdf"
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("納品書兼請求書 No. OK-2603-0219")
W, H = A4
L, R = 18 * mm, W - 18 * mm

def t(x, y, s, f="HeiseiMin-W3", size=10, align="l"):
    c.setFont(f, size)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)

y = H - 22 * mm
t(W / 2, y, "納品書兼請求書", "HeiseiKakuGo-W5", 18, "c")
t(R, y + 8 * mm, "No. OK-2603-0219", size=9.5, align="r")
t(R, y + 3 * mm, "発行日 2026年3月13日", size=9.5, align="r")
y -= 14 * mm
t(L, y, "ノルドハウン・ジャパン株式会社　御中", "HeiseiKakuGo-W5", 12.5)
c.line(L, y - 2 * mm, L + 95 * mm, y - 2 * mm)
t(L, y - 8 * mm, "〒520-2141 滋賀県大津市大萱7丁目1-8", size=9)
t(L, y - 13 * mm, "ご注文番号：NJ-PO-2602-0733", size=9)
sx = W / 2 + 18 * mm
t(sx, y, "大阪ミナミ包装資材株式会社", "HeiseiKakuGo-W5", 11.5)
for i, s in enumerate(["〒556-0011 大阪市浪速区難波中2-10-70", "TEL 06-6631-4827　FAX 06-6631-4828",
                       "登録番号 T2011001048372", "担当：西村"]):
    t(sx, y - (6 + 5 * i) * mm, s, size=9)
y -= 34 * mm
t(L, y, "下記のとおり納品いたしましたので、ご請求申し上げます。", size=9.5)
y -= 9 * mm
c.setLineWidth(1)
c.rect(L, y - 4 * mm, 100 * mm, 11 * mm)
t(L + 3 * mm, y, "ご請求金額（税込）", "HeiseiKakuGo-W5", 11)
t(L + 97 * mm, y, "¥196,900-", "HeiseiKakuGo-W5", 14, "r")
t(L + 108 * mm, y, "お支払期限　2026年4月30日", size=9.5)
y -= 14 * mm
cols = [("納品日", 22), ("品番・品名", 70), ("数量", 16), ("単位", 14), ("単価", 22), ("金額", 0)]
xs = [L]
for _, w in cols[:-1]:
    xs.append(xs[-1] + w * mm)
xs.append(R)
rh = 7.5 * mm
c.setFillColorRGB(0.88, 0.9, 0.93)
c.rect(L, y - 2.2 * mm, R - L, rh, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
for i, (name, _) in enumerate(cols):
    t((xs[i] + xs[i + 1]) / 2, y, name, "HeiseiKakuGo-W5", 9, "c")
rows = [("3/10", "DB-4418 ダンボール箱 A式 600×400×400", "20", "束", "3,800", "76,000"),
        ("3/10", "ST-220 ストレッチフィルム 500mm", "6", "箱", "12,500", "75,000"),
        ("3/12", "梱包治具 設計・製作費", "1", "式", "28,000", "28,000")]
for r in rows:
    y -= rh
    for i, v in enumerate(r):
        if i in (0, 3):
            t((xs[i] + xs[i + 1]) / 2, y, v, size=9, align="c")
        elif i == 1:
            t(xs[i] + 1.5 * mm, y, v, size=9)
        else:
            t(xs[i + 1] - 1.5 * mm, y, v, size=9, align="r")
top = y + 3 * rh - 2.2 * mm + rh
bot = y - 2.2 * mm
c.setLineWidth(0.5)
for x in xs:
    c.line(x, top, x, bot)
for k in range(5):
    c.line(L, top - k * rh, R, top - k * rh)
y = bot - 8 * mm
for k, v in [("小計（税抜）", "179,000"), ("10%対象　消費税", "17,900"), ("8%対象　消費税", "0"), ("合計（税込）", "196,900")]:
    t(R - 40 * mm, y, k, size=9.5, align="r")
    t(R - 1.5 * mm, y, v, size=9.5, align="r")
    y -= 6 * mm
y -= 4 * mm
t(L, y, "前回御請求額 142,560円　御入金額 142,560円（2026年2月27日）　繰越金額 0円", size=8.8)
y -= 6 * mm
t(L, y, "お振込先：三井住友銀行 難波支店 普通 4182736　オオサカミナミホウソウシザイ（カ", size=8.8)
y -= 6 * mm
t(L, y, "※ 振込手数料は貴社にてご負担ください。", size=8.8)
c.showPage()
c.save()
