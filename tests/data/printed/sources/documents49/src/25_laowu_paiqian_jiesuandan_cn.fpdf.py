"""劳务派遣服务费结算单 — a labour-dispatch agency's monthly settlement statement to the client factory: 32 dispatched
workers (attendance days, gross wages, employer social insurance and housing fund, management fee per head) over two
pages; settlement summary, VAT on the management fee and the total in Chinese capital numerals on page 2.
China / Suzhou (fpdf2, Noto Sans CJK SC subset). Usage: python3 25_laowu_paiqian_jiesuandan_cn.fpdf.py out.pdf"""
import os
import random
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

C = D("0.01")


def q(x):
    return x.quantize(C, ROUND_HALF_UP)


def m(x):
    return f"{x:,.2f}"


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ["建华", "秀英", "志强", "海燕", "国庆", "丽娟", "小龙", "春梅", "永刚", "晓霞", "文杰", "桂芳", "俊峰", "玉兰",
         "明辉", "雪梅", "德胜", "红霞", "宏伟", "艳萍", "立新", "凤英", "海涛", "金凤", "振宇", "美玲", "成龙", "翠华",
         "家豪", "静怡", "保国", "慧敏"]
JOBS = [("装配工", 5200), ("CNC操作工", 6100), ("质检员", 5600), ("仓管员", 5400), ("包装工", 4900), ("叉车司机", 6300)]
rnd = random.Random(4925)
BASE_MIN = D("4880")           # 社保缴费基数下限
SI_RATE = D("0.237")           # 单位：养老16% 医疗7%（含生育） 失业0.5% 工伤0.2%
HF_RATE = D("0.05")            # 单位住房公积金 5%
FEE = D("80.00")               # 管理费 元/人/月
rows = []
for i in range(32):
    job, base = JOBS[rnd.choice([0, 0, 0, 1, 1, 2, 3, 4, 4, 5])]
    days = rnd.choice([21, 22, 22, 22, 23, 23, 20, 18])
    ot = rnd.choice([0, 8, 12, 16, 20, 24, 36])
    wage = q(D(base) * days / D("21.75")) + q(D(base) / D("21.75") / 8 * D("1.5") * ot)
    si = q(max(wage, BASE_MIN) * SI_RATE)
    hf = q(max(wage, BASE_MIN) * HF_RATE).to_integral_value(ROUND_HALF_UP)
    rows.append((f"SZ{250300 + i * 11}", SURN[i] + GIVEN[i], job, days, ot, wage, si, D(hf), FEE))
wages = sum(r[5] for r in rows)
si_t = sum(r[6] for r in rows)
hf_t = sum(r[7] for r in rows)
fee_t = FEE * len(rows)
vat = q(fee_t * D("0.06"))
total = wages + si_t + hf_t + fee_t + vat
assert (len(rows), wages, si_t, hf_t, fee_t, vat, total) == (32, D("201711.45"), D("47828.92"), D("10091"), D("2560.00"),
                                                              D("153.60"), D("262344.97")), (wages, si_t, hf_t, total)

DIG = "零壹贰叁肆伍陆柒捌玖"


def capital(x):
    """人民币大写 for amounts below one million yuan"""
    yuan = int(x)
    jiao, fen = int(x * 10) % 10, int(x * 100) % 10
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for p in range(3, -1, -1):
            d = n // 10 ** p % 10
            if d:
                if zero:
                    s += "零"
                s += DIG[d] + units[p]
                zero = False
            elif s:
                zero = True
        return s, zero or (n % 10 == 0 and s != "")
    hi, lo = divmod(yuan, 10000)
    out = ""
    if hi:
        out += four(hi)[0] + "万"
        if lo and lo < 1000:
            out += "零"
    out += four(lo)[0] + "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    out += (DIG[jiao] + "角") if jiao else "零"
    out += (DIG[fen] + "分") if fen else ""
    return out


CAP = capital(total)
assert CAP == "贰拾陆万贰仟叁佰肆拾肆元玖角柒分", CAP

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NS", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=2)
pdf.add_font("NS", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=2)
pdf.set_auto_page_break(False)
RED = (176, 32, 38)
COLS = [(9, "序号", "C"), (20, "工号", "C"), (17, "姓名", "C"), (22, "岗位", "C"), (14, "出勤天数", "R"), (14, "加班小时", "R"),
        (24, "应发工资", "R"), (22, "单位社保", "R"), (18, "单位公积金", "R"), (18, "管理费", "R")]


def head(page):
    pdf.add_page()
    pdf.set_xy(14, 12)
    pdf.set_font("NS", "B", 16)
    pdf.set_text_color(*RED)
    pdf.cell(182, 9, "劳务派遣服务费结算单", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("NS", "", 8)
    pdf.set_xy(14, 22)
    pdf.cell(182, 5, f"结算单号：HX-JS-202510-0417　　　　结算期间：2025年10月1日至2025年10月31日　　　　第 {page} 页 / 共 2 页", align="C")


def table_head(y):
    pdf.set_fill_color(246, 228, 228)
    pdf.set_xy(14, y)
    pdf.set_font("NS", "B", 7.6)
    for w, t, _a in COLS:
        pdf.cell(w, 6.5, t, border=1, align="C", fill=True)
    return y + 6.5


def table_rows(y, part, start):
    pdf.set_font("NS", "", 7.8)
    for n, r in enumerate(part, start):
        pdf.set_xy(14, y)
        vals = [str(n), r[0], r[1], r[2], str(r[3]), str(r[4]) if r[4] else "—", m(r[5]), m(r[6]), f"{r[7]:,}", m(r[8])]
        for (w, _t, a), v in zip(COLS, vals):
            pdf.cell(w, 6, v, border=1, align=a)
        y += 6
    return y


# ---- page 1
head(1)
pdf.set_font("NS", "", 8.6)
info = [("派遣单位（甲方）", "苏州恒信人力资源服务有限公司"), ("统一社会信用代码", "91320505MA1XK4T701"),
        ("用工单位（乙方）", "苏州瑞科精密机械有限公司"), ("统一社会信用代码", "91320594MA27LQ3R0K"),
        ("劳务派遣协议编号", "HX-PQ-2024-018（有效期至2026年12月31日）"), ("结算日期", "2025年11月5日")]
y = 30
for i in range(0, len(info), 2):
    pdf.set_xy(14, y)
    for k, v in info[i:i + 2]:
        pdf.set_fill_color(246, 228, 228)
        pdf.set_font("NS", "", 7.8)
        pdf.cell(28, 7, k, border=1, align="C", fill=True)
        pdf.set_font("NS", "B" if "单位" in k else "", 8.2)
        pdf.cell(63, 7, " " + v, border=1)
    y += 7
pdf.set_xy(14, y + 2)
pdf.set_font("NS", "", 7.6)
pdf.multi_cell(182, 4.4, "说明：应发工资按月标准工资÷21.75×出勤天数计算，加班费按小时工资×1.5倍计算；单位社保按苏州市2025年度缴费基数"
                         "（下限4,880元）及单位费率23.7%（养老16%、医疗7%、失业0.5%、工伤0.2%）计算；单位住房公积金5%，元以下四舍五入。"
                         "明细如下（第1页第1–22名）。")
y = table_head(y + 12)
y = table_rows(y, rows[:22], 1)
pdf.set_xy(14, y + 2)
pdf.set_font("NS", "", 7.6)
pdf.cell(182, 5, "（接下页）", align="R")

# ---- page 2
head(2)
y = table_head(30)
y = table_rows(y, rows[22:], 23)
pdf.set_xy(14, y)
pdf.set_font("NS", "B", 7.8)
pdf.set_fill_color(250, 240, 240)
tot = ["合计", "", "", "", "", "", m(wages), m(si_t), f"{hf_t:,}", m(fee_t)]
for (w, _t, a), v in zip(COLS, tot):
    pdf.cell(w, 6.5, v, border=1, align=a if v != "合计" else "C", fill=True)
y += 12
pdf.set_xy(14, y)
pdf.set_font("NS", "B", 9.5)
pdf.cell(0, 6, "结算汇总")
y += 7
summary = [("派遣人数合计", f"派遣人数合计：{len(rows)}人"), ("一、应发工资总额（代发）", m(wages)),
           ("二、单位社会保险费（代缴）", m(si_t)), ("三、单位住房公积金（代缴）", f"{hf_t:,}.00"),
           ("四、管理费（80.00元/人/月）", m(fee_t)), ("五、增值税（管理费×6%）", m(vat)),
           ("本期结算总额（一至五项合计）", m(total))]
for k, v in summary:
    pdf.set_xy(14, y)
    bold = k.startswith("本期")
    pdf.set_font("NS", "B" if bold else "", 9 if bold else 8.6)
    pdf.set_fill_color(246, 228, 228)
    pdf.cell(90, 7.2, " " + k, border=1, fill=True)
    pdf.cell(92, 7.2, ("¥" + v if k != "派遣人数合计" else v) + " ", border=1, align="R")
    y += 7.2
pdf.set_xy(14, y)
pdf.set_font("NS", "", 8.6)
pdf.cell(90, 7.2, " 人民币（大写）", border=1)
pdf.set_font("NS", "B", 9)
pdf.cell(92, 7.2, CAP + " ", border=1, align="R")
y += 12
pdf.set_xy(14, y)
pdf.set_font("NS", "", 7.8)
pdf.multi_cell(182, 4.6, "付款要求：请乙方于2025年11月12日前将本期结算总额汇入甲方账户（开户行：中国建设银行苏州工业园区支行，"
                         "账号 3225 0188 1836 0000 1847）。甲方在收款后按期发放工资并缴纳社会保险费、住房公积金。"
                         "管理费部分甲方开具增值税专用发票（税率6%）；代发工资及代缴社保、公积金部分开具增值税普通发票（不征税项目）。\n"
                         "乙方如对本结算单有异议，请于收到之日起3个工作日内书面提出，逾期视为确认。")
y += 26
pdf.set_xy(14, y)
pdf.set_font("NS", "", 8.6)
pdf.cell(91, 6, "甲方（盖章）：苏州恒信人力资源服务有限公司")
pdf.cell(91, 6, "乙方确认（盖章）：苏州瑞科精密机械有限公司")
pdf.set_xy(14, y + 8)
pdf.cell(91, 6, "经办人：周敏　　日期：2025年11月5日")
pdf.cell(91, 6, "经办人：＿＿＿＿　　日期：＿＿＿＿")
pdf.output(sys.argv[1])
