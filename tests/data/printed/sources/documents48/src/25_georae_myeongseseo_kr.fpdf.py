"""거래명세서 (monthly transaction statement) from a food-ingredient distributor to a Korean restaurant: VAT-exempt
agricultural goods (면세) and taxable processed goods (과세, 10 %), traditional two-party grid layout. Korea (fpdf2,
Noto Sans CJK KR subset). Usage: python3 25_georae_myeongseseo_kr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

# month/day, item, spec, qty, unit price (won), taxable (True = 과세 10 %, False = 면세)
LINES = [
    ("10/02", "배추", "3포기/망", 12, 9800, False),
    ("10/02", "무", "18kg/박스", 3, 21500, False),
    ("10/02", "대파", "1kg/단", 15, 3900, False),
    ("10/09", "양파", "15kg/망", 4, 18900, False),
    ("10/09", "깐마늘", "1kg", 6, 11800, False),
    ("10/09", "고춧가루(국산)", "1kg", 4, 38000, False),
    ("10/16", "쌀(20kg)", "20kg/포", 5, 62000, False),
    ("10/16", "두부", "3kg/판", 10, 7200, False),
    ("10/16", "애호박", "8kg/박스", 2, 24000, False),
    ("10/23", "양조간장", "13L", 2, 38500, True),
    ("10/23", "고추장", "14kg", 1, 68000, True),
    ("10/23", "대두유", "18L", 2, 54000, True),
    ("10/23", "참기름", "1.8L", 3, 27500, True),
    ("10/30", "백설탕", "15kg", 1, 32000, True),
    ("10/30", "일회용 위생장갑", "200매", 10, 2800, True),
]
exempt = sum(q * p for _, _, _, q, p, t in LINES if not t)
taxable = sum(q * p for _, _, _, q, p, t in LINES if t)
vat = taxable // 10
total = exempt + taxable + vat
assert (exempt, taxable, vat, total) == (969000, 395500, 39550, 1404050), (exempt, taxable, vat, total)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NK", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=1)
pdf.add_font("NK", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=1)
pdf.set_auto_page_break(False)
pdf.add_page()
BLUE = (31, 73, 125)
pdf.set_draw_color(*BLUE)

pdf.set_xy(14, 12)
pdf.set_font("NK", "B", 20)
pdf.set_text_color(*BLUE)
pdf.cell(182, 11, "거 래 명 세 서", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_font("NK", "", 8.5)
pdf.set_xy(14, 24)
pdf.cell(90, 5, "(공급받는자 보관용)")
pdf.set_xy(110, 24)
pdf.cell(86, 5, "No. HB-2510-0417", align="R")

# two-party grid: supplier (left) / recipient (right)
y0 = 31
pdf.set_line_width(0.4)
pdf.rect(14, y0, 182, 40)
pdf.line(105, y0, 105, y0 + 40)


def party(x, title, rows):
    pdf.set_fill_color(231, 238, 248)
    pdf.set_xy(x, y0)
    pdf.set_font("NK", "B", 9)
    pdf.cell(8, 40, "", border=1, fill=True)
    for i, ch in enumerate(title):
        pdf.set_xy(x, y0 + 7 + i * 6.5)
        pdf.cell(8, 6, ch, align="C")
    for i, (k, v) in enumerate(rows):
        pdf.set_xy(x + 8, y0 + i * 8)
        pdf.set_font("NK", "", 7.5)
        pdf.cell(20, 8, k, border=1, align="C", fill=True)
        pdf.set_font("NK", "B" if i < 2 else "", 8.2)
        pdf.cell(63, 8, v, border=1)


party(14, "공급자", [("등록번호", "214-86-18470"), ("상호", "주식회사 한빛푸드유통"), ("대표자", "김정훈"),
                    ("사업장 주소", "서울특별시 송파구 양재대로 932 (가락동)"), ("업태 / 종목", "도소매 / 농산물, 식자재")])
party(105, "공급받는자", [("등록번호", "120-81-47360"), ("상호", "주식회사 온기한식"), ("대표자", "박서연"),
                       ("사업장 주소", "서울특별시 종로구 삼일대로 428"), ("업태 / 종목", "음식점업 / 한식")])

pdf.set_xy(14, y0 + 44)
pdf.set_font("NK", "", 9)
pdf.cell(90, 6, "작성일자: 2025년 10월 31일")
pdf.cell(92, 6, "거래기간: 2025.10.01 ~ 2025.10.31 (월합계)", align="R")

# total line
pdf.set_xy(14, y0 + 52)
pdf.set_fill_color(*BLUE)
pdf.set_text_color(255, 255, 255)
pdf.set_font("NK", "B", 10)
pdf.cell(60, 9, "합계금액 (공급가액 + 세액)", border=1, align="C", fill=True)
pdf.set_text_color(0, 0, 0)
pdf.cell(122, 9, f"일금 일백사십만사천오십원정 (₩{total:,})", border=1, align="C")

# detail table
y = y0 + 66
cols = [(14, "월/일", "C"), (44, "품목", "L"), (24, "규격", "C"), (14, "수량", "R"), (22, "단가", "R"), (26, "공급가액", "R"),
        (20, "세액", "R"), (18, "구분", "C")]
pdf.set_fill_color(231, 238, 248)
pdf.set_xy(14, y)
pdf.set_font("NK", "B", 8)
for w, t, _a in cols:
    pdf.cell(w, 6.5, t, border=1, align="C", fill=True)
y += 6.5
pdf.set_font("NK", "", 8)
for d, item, spec, q, p, t in LINES:
    pdf.set_xy(14, y)
    amt = q * p
    vals = [d, item, spec, str(q), f"{p:,}", f"{amt:,}", f"{amt // 10:,}" if t else "-", "과세" if t else "면세"]
    for (w, _t, a), v in zip(cols, vals):
        pdf.cell(w, 6.2, v, border=1, align=a)
    y += 6.2

# summary by tax type
y += 5
summary = [("면세 공급가액", exempt), ("과세 공급가액", taxable), ("부가가치세 (10%)", vat), ("합계", total)]
for i, (k, v) in enumerate(summary):
    pdf.set_xy(110, y + i * 7)
    pdf.set_font("NK", "B" if k == "합계" else "", 9)
    pdf.cell(42, 7, k, border=1, fill=True)
    pdf.cell(44, 7, f"₩{v:,}", border=1, align="R")
pdf.set_xy(14, y)
pdf.set_font("NK", "", 7.8)
pdf.multi_cell(90, 4.6, "• 면세: 농산물 및 단순가공 식료품(부가가치세법 제26조)\n"
               "• 과세분은 월말 전자세금계산서(승인번호 별도 통지)로 발행하며, 면세분은 전자계산서로 발행합니다.\n"
               "• 입금계좌: 국민은행 418273-01-104738 (주식회사 한빛푸드유통)\n• 결제기일: 2025년 11월 10일")
pdf.set_xy(14, y + 36)
pdf.set_font("NK", "", 8)
pdf.cell(120, 6, "인수자: ____________________ (인)")
pdf.cell(62, 6, "공급자: 주식회사 한빛푸드유통 (인)", align="R")
pdf.output(sys.argv[1])
