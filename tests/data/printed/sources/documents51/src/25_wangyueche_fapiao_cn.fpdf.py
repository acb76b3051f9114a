"""Ride-hailing 电子发票（普通发票） with the platform's 电子行程单 as page 2 (China, Shanghai platform, Hangzhou buyer):
20-digit invoice number, 购买方 / 销售方 with 统一社会信用代码, *运输服务*客运服务费 at 9 %, 合计 amount and tax, 价税合计 in
words and figures; itinerary with four trips whose fares add up to the invoice total.
China (fpdf2, Noto Sans CJK SC subset). Usage: python3 25_wangyueche_fapiao_cn.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

TRIPS = [
    ("2025-11-18 08:02", "杭州市", "西湖区文三路478号", "萧山国际机场T3航站楼", "31.6", "38.50"),
    ("2025-11-18 21:47", "上海市", "虹桥火车站P9网约车上客点", "静安区南京西路1266号", "19.8", "52.30"),
    ("2025-11-20 13:15", "上海市", "静安区南京西路1266号", "徐汇区漕溪北路88号", "9.4", "27.80"),
    ("2025-11-24 18:31", "上海市", "徐汇区漕溪北路88号", "虹桥火车站P9网约车上客点", "22.1", "64.40"),
]
total = sum(D(t[5]) for t in TRIPS)
net = (total / D("1.09")).quantize(D("0.01"), ROUND_HALF_UP)
tax = total - net
assert (total, net, tax) == (D("183.00"), D("167.89"), D("15.11")), (total, net, tax)
WORDS = "壹佰捌拾叁圆整"
INV = "25312000000418273645"
BROWN = (150, 60, 40)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1764892800")), timezone.utc))
pdf.add_font("NS", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=2)
pdf.add_font("NS", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=2)
pdf.set_auto_page_break(False)
pdf.set_title(f"电子发票 {INV}")


def t(x, y, s, size=9, style="", w=0, align="L", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font("NS", style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.5, s, align=align)
    pdf.set_text_color(0, 0, 0)


# ---------------------------------------------------------------- page 1: 电子发票
pdf.add_page()
t(15, 16, "电子发票（普通发票）", 18, "B", 180, "C", BROWN)
pdf.set_draw_color(*BROWN)
pdf.set_line_width(0.5)
pdf.line(78, 27, 132, 27)
pdf.line(78, 28.2, 132, 28.2)
t(142, 14, f"发票号码：{INV}", 8.5)
t(142, 20, "开票日期：2025年11月26日", 8.5)

pdf.set_line_width(0.3)
X0, X1, Y0 = 12, 198, 36
pdf.rect(X0, Y0, X1 - X0, 132)
# buyer / seller
pdf.line(105, Y0, 105, Y0 + 26)
pdf.line(X0, Y0 + 26, X1, Y0 + 26)
pdf.line(20, Y0, 20, Y0 + 26)
pdf.line(113, Y0, 113, Y0 + 26)
for x, lab in [(X0, "购买方信息"), (105, "销售方信息")]:
    for i, ch in enumerate(lab):
        t(x + 2.2, Y0 + 2 + i * 4.6, ch, 8.5, "", color=BROWN)
t(23, Y0 + 6, "名称：杭州青木文化传媒有限公司", 9)
t(23, Y0 + 15, "统一社会信用代码/纳税人识别号：91330106MA2H3K8L11", 8.2)
t(116, Y0 + 6, "名称：上海速行网约车科技有限公司", 9)
t(116, Y0 + 15, "统一社会信用代码/纳税人识别号：91310115MA1K4B7Q8T", 8.2)

# items
y = Y0 + 29
COLS = [(44, "项目名称", "L"), (20, "规格型号", "C"), (12, "单位", "C"), (14, "数量", "R"), (24, "单价", "R"),
        (24, "金额", "R"), (22, "税率/征收率", "C"), (22, "税额", "R")]
x = X0 + 2
for w, s, _a in COLS:
    t(x, y, s, 8.5, "", w, "C", BROWN)
    x += w
y += 7
row = ["*运输服务*客运服务费", "", "次", "4", f"{net / 4:.6f}".rstrip("0"), f"{net:.2f}", "9%", f"{tax:.2f}"]
x = X0 + 2
for (w, _s, a), v in zip(COLS, row):
    t(x, y, v, 8.5, "", w, a)
    x += w
y = Y0 + 80
t(X0 + 4, y, "合　　计", 9, "", color=BROWN)
t(X0 + 2 + 44 + 20 + 12 + 14 + 24, y, f"¥{net:.2f}", 9, "", 24, "R")
t(X0 + 2 + 44 + 20 + 12 + 14 + 24 + 24 + 22, y, f"¥{tax:.2f}", 9, "", 22, "R")
pdf.line(X0, Y0 + 88, X1, Y0 + 88)
t(X0 + 4, Y0 + 92, "价税合计（大写）", 9, "", color=BROWN)
t(52, Y0 + 92, f"⊗ {WORDS}", 9.5, "B")
t(130, Y0 + 92, "（小写）", 9, "", color=BROWN)
t(146, Y0 + 92, f"¥{total:.2f}", 10, "B")
pdf.line(X0, Y0 + 100, X1, Y0 + 100)
for i, ch in enumerate("备注"):
    t(X0 + 2.2, Y0 + 108 + i * 5, ch, 8.5, "", color=BROWN)
pdf.line(20, Y0 + 100, 20, Y0 + 132)
t(23, Y0 + 104, "行程起止日期：2025-11-18 至 2025-11-24；行程单号：XD-2511-0418273", 8.2)
t(23, Y0 + 110, "共4笔行程，明细见所附电子行程单；乘车人手机号：138****2736", 8.2)
t(23, Y0 + 116, "购买方地址电话：杭州市西湖区文三路478号 0571-8418-2736", 8.2)
t(15, 172, "开票人：速行出行", 9)
t(140, 172, "下载次数：1", 8, "", color=(100, 100, 100))

# ---------------------------------------------------------------- page 2: 电子行程单
pdf.add_page()
t(15, 14, "速行出行 · 电子行程单", 16, "B", 180, "C")
t(15, 22, "TRIP TABLE", 8, "", 180, "C", (120, 120, 120))
info = [("申请日期：2025-11-26", "行程时间：2025-11-18 至 2025-11-24"),
        ("行程人手机号：138****2736", f"共4笔行程，合计{total:.2f}元")]
for i, (a, b) in enumerate(info):
    t(15, 32 + i * 6, a, 9)
    t(110, 32 + i * 6, b, 9, "B" if i == 1 else "")
COLS2 = [(9, "序号", "C"), (16, "服务商", "C"), (11, "车型", "C"), (28, "上车时间", "C"), (13, "城市", "C"),
         (40, "起点", "L"), (40, "终点", "L"), (15, "里程[公里]", "R"), (0, "金额[元]", "R")]
y = 48
pdf.set_fill_color(238, 238, 238)
pdf.set_xy(10, y)
pdf.set_font("NS", "B", 7.6)
widths = [w for w, _s, _a in COLS2[:-1]] + [190 - sum(w for w, _s, _a in COLS2[:-1])]
for w, (_w, s, _a) in zip(widths, COLS2):
    pdf.cell(w, 7, s, border=1, align="C", fill=True)
y += 7
pdf.set_font("NS", "", 7.4)
for i, (when, city, frm, to, km, amt) in enumerate(TRIPS, 1):
    pdf.set_xy(10, y)
    vals = [str(i), "速行出行", "快车", when, city, frm, to, km, amt]
    for w, (_w, _s, a), v in zip(widths, COLS2, vals):
        pdf.cell(w, 8, v, border=1, align=a)
    y += 8
pdf.set_xy(10, y)
pdf.set_font("NS", "B", 8)
pdf.cell(sum(widths[:-1]), 8, "合计", border=1, align="R")
pdf.cell(widths[-1], 8, f"{total:.2f}", border=1, align="R")
t(10, y + 14, "说明：本行程单仅作为行程信息参考，报销请以电子发票为准。行程单号 XD-2511-0418273。", 7.6, "", color=(90, 90, 90))
t(10, y + 19, "上海速行网约车科技有限公司　客服电话 400-418-2736", 7.6, "", color=(90, 90, 90))
pdf.output(sys.argv[1])
