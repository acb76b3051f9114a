"""图书版税结算单 — publisher's royalty statement to an author (print-run basis, income tax withheld), China
(fpdf2, Noto Sans CJK SC subset). Usage: python3 22_banshui_jiesuandan_cn.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal as D

from fpdf import FPDF

PRICE, RUN, RATE = D("58.00"), 8000, D("0.08")
earned = PRICE * RUN * RATE
# 稿酬所得预扣预缴: 收入额 = 收入 × (1 − 20%) × 70%, 预扣率 20%
tax = (earned * D("0.8") * D("0.7") * D("0.2")).quantize(D("0.01"))
net = earned - tax
assert (earned, tax, net) == (D("37120.00"), D("4157.44"), D("32962.56"))

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NS", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=2)
pdf.add_font("NS", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=2)
pdf.set_auto_page_break(False)
pdf.add_page()
L, W = 18, 174

# letterhead
pdf.set_text_color(140, 24, 24)
pdf.set_xy(L, 14)
pdf.set_font("NS", "B", 17)
pdf.cell(W, 9, "澜舟文艺", align="C")
pdf.set_xy(L, 23)
pdf.set_font("NS", "", 9)
pdf.cell(W, 5, "上海澜舟文艺出版社有限公司", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(L, 28)
pdf.set_font("NS", "", 7.5)
pdf.cell(W, 4, "上海市长宁区延安西路1228号 邮编200052 · 统一社会信用代码 91310105MA1K4T8R2U", align="C")
pdf.set_draw_color(140, 24, 24)
pdf.set_line_width(0.8)
pdf.line(L, 34, L + W, 34)
pdf.set_line_width(0.3)
pdf.set_draw_color(0, 0, 0)

pdf.set_xy(L, 40)
pdf.set_font("NS", "B", 16)
pdf.cell(W, 9, "图书版税结算单", align="C")
pdf.set_xy(L, 51)
pdf.set_font("NS", "", 9)
pdf.cell(W / 2, 5, "结算单号：LZ-BS-2025-0416")
pdf.cell(W / 2, 5, "结算日期：2025年10月20日", align="R")

# boxed key/value grid (4 columns: label, value, label, value)
rows = [
    [("著作权人", "林晓雯"), ("合同编号", "LZ-HT-2024-0233")],
    [("书名", "《雾中的灯塔》"), ("ISBN", "978-7-5321-8847-5")],
    [("版次 / 印次", "2025年9月第1版 第1次印刷"), ("开本 / 页数", "32开 / 312页")],
    [("定价", "58.00元"), ("印数", "8,000册")],
    [("版税率", "8%"), ("计算方式", "定价 × 印数 × 版税率")],
]
y = 60
pdf.set_fill_color(243, 236, 236)
for r in rows:
    x = L
    for k, v in r:
        pdf.set_xy(x, y)
        pdf.set_font("NS", "", 9)
        pdf.cell(26, 9, k, border=1, align="C", fill=True)
        pdf.set_font("NS", "", 9.5)
        pdf.cell(61, 9, " " + v, border=1)
        x += 87
    y += 9

# calculation table
y += 8
pdf.set_xy(L, y)
pdf.set_font("NS", "B", 10)
pdf.cell(W, 6, "版税计算")
y += 8
calc = [
    ("应付版税（58.00元 × 8,000册 × 8%）", f"{earned:,.2f}"),
    ("代扣代缴个人所得税（稿酬所得：37,120.00 × (1 − 20%) × 70% × 20%）", f"{tax:,.2f}"),
    ("实付版税", f"{net:,.2f}"),
]
pdf.set_xy(L, y)
pdf.set_font("NS", "", 9)
pdf.cell(134, 8, "项目", border=1, align="C", fill=True)
pdf.cell(40, 8, "金额（人民币元）", border=1, align="C", fill=True)
y += 8
for i, (k, v) in enumerate(calc):
    pdf.set_xy(L, y)
    pdf.set_font("NS", "B" if i == 2 else "", 9.5)
    pdf.cell(134, 9, " " + k, border=1)
    pdf.cell(40, 9, v + " ", border=1, align="R")
    y += 9
pdf.set_xy(L, y)
pdf.set_font("NS", "", 9)
pdf.cell(W, 9, " 实付金额（大写）：人民币叁万贰仟玖佰陆拾贰元伍角陆分", border=1)
y += 15

# payment info
pdf.set_xy(L, y)
pdf.set_font("NS", "B", 10)
pdf.cell(W, 6, "付款信息")
y += 8
for t in ["收款人：林晓雯", "开户银行：中国工商银行上海长宁支行", "银行账号：6222 0210 0184 7263 917",
          "付款方式：银行转账，预计于2025年10月31日前支付"]:
    pdf.set_xy(L, y)
    pdf.set_font("NS", "", 9)
    pdf.cell(W, 5.5, t)
    y += 5.5
y += 5
pdf.set_xy(L, y)
pdf.set_font("NS", "", 8)
pdf.multi_cell(W, 4.6, "说明：1. 本结算单依据双方签订的《图书出版合同》第七条编制，首次印刷版税按印数结算。\n"
               "2. 个人所得税由出版社依法代扣代缴，完税证明可于次月在个人所得税APP查询。\n"
               "3. 如对结算有异议，请于收到本结算单之日起三十日内以书面形式提出。")
y = pdf.get_y() + 14
pdf.set_xy(L, y)
pdf.set_font("NS", "", 9)
pdf.cell(W / 2, 6, "经办人：周敏　　复核：陈立")
pdf.cell(W / 2, 6, "上海澜舟文艺出版社有限公司（盖章）", align="R")
pdf.set_draw_color(192, 40, 40)
pdf.set_line_width(0.7)
pdf.ellipse(L + W - 44, y - 12, 30, 30)
pdf.output(sys.argv[1])
