"""賞与明細書 — summer bonus statement: health / long-term care / pension / employment insurance on the standard bonus
amount, withholding tax at the rate for the previous month's salary (算出率), year-to-date totals. Japan (fpdf2, Noto Sans
CJK JP subset). Usage: python3 23_shoyo_meisaisho_jp.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, Decimal as D

from fpdf import FPDF

BASIC, MERIT = 620000, 60000
bonus = BASIC + MERIT
std = bonus // 1000 * 1000  # 標準賞与額 (1,000円未満切捨て)


def share(rate):  # 被保険者負担分: 50銭以下切捨て、50銭超切上げ
    return int((D(std) * D(rate)).quantize(D("1"), ROUND_HALF_DOWN))


health = share("0.04955")   # 協会けんぽ 東京 9.91 % の折半
care = share("0.00795")     # 介護保険 1.59 % の折半
pension = share("0.0915")   # 厚生年金 18.3 % の折半
employment = int((D(bonus) * D("0.0055")).quantize(D("1"), ROUND_HALF_DOWN))  # 雇用保険 5.5/1000
social = health + care + pension + employment
taxable = bonus - social
RATE = D("0.08168")
tax = int((D(taxable) * RATE).to_integral_value(ROUND_DOWN))
deductions = social + tax
net = bonus - deductions
assert (health, care, pension, employment, social, tax, deductions, net) == \
    (33694, 5406, 62220, 3740, 105060, 46961, 152021, 527979), (health, care, pension, employment, social, tax, deductions, net)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NJ", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=0)
pdf.add_font("NJ", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=0)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_draw_color(90, 90, 90)

pdf.set_xy(18, 16)
pdf.set_font("NJ", "B", 18)
pdf.cell(174, 10, "賞 与 明 細 書", align="C")
pdf.set_font("NJ", "", 9)
pdf.set_xy(18, 27)
pdf.cell(174, 5, "2025年 夏季賞与（支給対象期間 2024年12月1日〜2025年5月31日）", align="C")

# header boxes
pdf.set_fill_color(238, 242, 236)
heads = [("支給日", "2025年7月10日"), ("所属", "製造部 第二製造課"), ("社員番号", "00731"), ("氏名", "藤村 美咲 様")]
x = 18
for i, (h, v) in enumerate(heads):
    w = 174 / 4
    pdf.set_xy(x + i * w, 38)
    pdf.set_font("NJ", "", 8)
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
    pdf.set_xy(x + i * w, 44)
    pdf.set_font("NJ", "B" if i == 3 else "", 10 if i == 3 else 9)
    pdf.cell(w, 9, v, border=1, align="C")
pdf.set_xy(18, 55)
pdf.set_font("NJ", "", 8)
pdf.cell(174, 5, "株式会社湊川精機　〒144-0044 東京都大田区本羽田2-12-7　TEL 03-3741-8273", align="R")


def block(y, title, labels, values, bold_last=False):
    n = len(labels)
    w = 156 / n
    pdf.set_fill_color(238, 242, 236)
    pdf.set_xy(18, y)
    pdf.set_font("NJ", "B", 9)
    pdf.multi_cell(18, 8, "\n".join(title), border=1, align="C", fill=True)
    for i, (lab, val) in enumerate(zip(labels, values)):
        pdf.set_xy(36 + i * w, y)
        pdf.set_font("NJ", "", 7.6)
        pdf.cell(w, 7, lab, border=1, align="C", fill=True)
        pdf.set_xy(36 + i * w, y + 7)
        pdf.set_font("NJ", "B" if (bold_last and i == n - 1) else "", 9.5)
        pdf.cell(w, 9, "" if val is None else (f"{val:,}" if isinstance(val, int) else val), border=1, align="R")
    return y + 16


y = 64
y = block(y, "支給", ["基本賞与", "業績加算", "", "", "", "支給合計"], [BASIC, MERIT, None, None, None, bonus], True)
y += 4
y = block(y, "控除", ["健康保険", "介護保険", "厚生年金保険", "雇用保険", "社会保険計", "課税対象額"],
          [health, care, pension, employment, social, taxable])
y = block(y, "控除", ["所得税", "住民税", "", "", "", "控除合計"], [tax, 0, None, None, None, deductions], True)
y += 4
# net
pdf.set_xy(18, y)
pdf.set_font("NJ", "B", 10)
pdf.set_fill_color(220, 232, 214)
pdf.cell(70, 12, "差引支給額", border=1, align="C", fill=True)
pdf.set_font("NJ", "B", 15)
pdf.cell(64, 12, f"¥{net:,}", border=1, align="R")
pdf.set_font("NJ", "", 8)
pdf.cell(40, 12, "（銀行振込）", border=1, align="C")
y += 20

# calculation notes
pdf.set_xy(18, y)
pdf.set_font("NJ", "B", 9)
pdf.cell(0, 6, "計算の基礎")
y += 7
rows = [("標準賞与額", f"{std:,}円（1,000円未満切捨て）"),
        ("前月の社会保険料等控除後の給与等の金額", "312,450円"),
        ("扶養親族等の数", "1人（甲欄）"),
        ("賞与に対する源泉徴収税額の算出率", "8.168%"),
        ("保険料率（被保険者負担分）", "健保 4.955%・介護 0.795%（協会けんぽ東京）・厚年 9.15%・雇用 0.55%")]
for k, v in rows:
    pdf.set_xy(18, y)
    pdf.set_font("NJ", "", 8.2)
    pdf.cell(70, 6.2, k, border=1, fill=False)
    pdf.cell(104, 6.2, v, border=1)
    y += 6.2
y += 6

# year-to-date
pdf.set_xy(18, y)
pdf.set_font("NJ", "B", 9)
pdf.cell(0, 6, "本年累計（2025年1月〜7月、給与・賞与合計）")
y += 7
cum = [("総支給額", "2,867,150"), ("社会保険料計", "428,306"), ("所得税", "171,233"), ("住民税", "118,600")]
for i, (k, v) in enumerate(cum):
    pdf.set_xy(18 + i * 43.5, y)
    pdf.set_font("NJ", "", 7.6)
    pdf.cell(43.5, 6, k, border=1, align="C", fill=True)
    pdf.set_xy(18 + i * 43.5, y + 6)
    pdf.set_font("NJ", "", 9)
    pdf.cell(43.5, 8, v, border=1, align="R")
y += 20

pdf.set_xy(18, y)
pdf.set_font("NJ", "", 7.8)
pdf.multi_cell(174, 4.6, "振込先：ご指定口座 普通預金 ****184（2025年7月10日振込）\n"
                         "住民税は賞与からは控除しておりません（特別徴収は毎月の給与から控除）。"
                         "本明細書についてのお問い合わせは総務部給与担当（内線 214）までお願いいたします。")
pdf.output(sys.argv[1])
