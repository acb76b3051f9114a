"""급여명세서 — monthly pay statement with the legally required calculation basis column: base pay, overtime,
non-taxable meal and car allowances, national pension / health / long-term care / employment insurance, income tax
and local income tax, year-to-date block. Korea (fpdf2, Noto Sans CJK KR subset).
Usage: python3 24_geubyeo_myeongseseo_kr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal as D

from fpdf import FPDF


def floor10(x):
    return int((D(x) / 10).to_integral_value(ROUND_DOWN)) * 10


BASE = 3200000
HOURLY = int((D(BASE) / 209).to_integral_value(ROUND_HALF_UP))          # 통상시급
OT_H = 12
ot = OT_H * int((D(HOURLY) * D("1.5")).to_integral_value(ROUND_HALF_UP))
POSITION = 150000
MEAL, CAR = 200000, 200000                                              # 비과세
EARN = [("기본급", BASE, "월 소정근로 209시간"), ("연장근로수당", ot, f"{OT_H}시간 × {HOURLY:,}원 × 1.5"),
        ("직책수당", POSITION, "대리 직책"), ("식대(비과세)", MEAL, "월 20만원 한도"), ("자가운전보조금(비과세)", CAR, "월 20만원 한도")]
gross = sum(a for _, a, _ in EARN)
taxable = gross - MEAL - CAR
pension = floor10(D(taxable // 1000 * 1000) * D("0.045"))
health = floor10(D(taxable) * D("0.03545"))
ltc = floor10(D(health) * D("0.1295"))
emp = floor10(D(taxable) * D("0.009"))
itax = 136270                                                           # 근로소득 간이세액표, 공제대상가족 1명
ltax = floor10(D(itax) / 10)
DED = [("국민연금", pension, "기준소득월액 3,625,000원 × 4.5%"), ("건강보험", health, "보수월액 × 3.545%"),
       ("장기요양보험", ltc, "건강보험료 × 12.95%"), ("고용보험", emp, "보수월액 × 0.9%"),
       ("소득세", itax, "간이세액표(부양가족 1명)"), ("지방소득세", ltax, "소득세 × 10%")]
ded = sum(a for _, a, _ in DED)
net = gross - ded
assert (gross, taxable, pension, health, ltc, emp, ded, net) == \
    (4025604, 3625604, 163120, 128520, 16640, 32630, 490800, 3534804), (gross, taxable, pension, health, ltc, emp, ded, net)

N = "/usr/share/fonts/opentype/noto/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("NK", "", N + "NotoSansCJK-Regular.ttc", collection_font_number=1)
pdf.add_font("NK", "B", N + "NotoSansCJK-Bold.ttc", collection_font_number=1)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_draw_color(60, 60, 60)
NAVY = (28, 58, 112)

pdf.set_xy(16, 15)
pdf.set_font("NK", "B", 19)
pdf.set_text_color(*NAVY)
pdf.cell(178, 10, "급 여 명 세 서", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_font("NK", "", 9)
pdf.set_xy(16, 26)
pdf.cell(178, 5, "2025년 10월분 (귀속기간 2025.10.01 ~ 2025.10.31)", align="C")

# company / employee grid
pdf.set_fill_color(230, 236, 246)
grid = [[("회사명", "주식회사 다온로지스"), ("사업자등록번호", "214-86-31824")],
        [("성명", "김서연"), ("사번", "A2107")],
        [("부서", "물류운영팀"), ("직급", "대리")],
        [("지급일", "2025년 10월 25일"), ("입사일", "2021.03.02")]]
y = 36
for row in grid:
    pdf.set_xy(16, y)
    for k, v in row:
        pdf.set_font("NK", "", 8.5)
        pdf.cell(28, 7.5, k, border=1, align="C", fill=True)
        pdf.set_font("NK", "B" if k in ("성명", "회사명") else "", 9)
        pdf.cell(61, 7.5, "  " + v, border=1)
    y += 7.5


def table(y, title, rows, total_label, total):
    pdf.set_fill_color(*NAVY)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, y)
    pdf.set_font("NK", "B", 9)
    pdf.cell(50, 7, title, border=1, align="C", fill=True)
    pdf.cell(40, 7, "금액(원)", border=1, align="C", fill=True)
    pdf.cell(88, 7, "계산방법", border=1, align="C", fill=True)
    pdf.set_text_color(0, 0, 0)
    y += 7
    for k, a, how in rows:
        pdf.set_xy(16, y)
        pdf.set_font("NK", "", 8.8)
        pdf.cell(50, 6.6, "  " + k, border=1)
        pdf.cell(40, 6.6, f"{a:,}  ", border=1, align="R")
        pdf.set_font("NK", "", 7.8)
        pdf.cell(88, 6.6, "  " + how, border=1)
        y += 6.6
    pdf.set_fill_color(230, 236, 246)
    pdf.set_xy(16, y)
    pdf.set_font("NK", "B", 9)
    pdf.cell(50, 7.4, total_label, border=1, align="C", fill=True)
    pdf.cell(40, 7.4, f"{total:,}  ", border=1, align="R", fill=True)
    pdf.cell(88, 7.4, "", border=1, fill=True)
    return y + 7.4


y = table(y + 6, "지급 항목", EARN, "지급합계", gross)
y = table(y + 5, "공제 항목", DED, "공제합계", ded)

y += 6
pdf.set_xy(16, y)
pdf.set_draw_color(*NAVY)
pdf.set_line_width(0.6)
pdf.set_font("NK", "B", 11)
pdf.cell(90, 12, "실지급액 (지급합계 − 공제합계)", border=1, align="C")
pdf.set_font("NK", "B", 15)
pdf.cell(88, 12, f"{net:,}원  ", border=1, align="R")
pdf.set_line_width(0.2)
pdf.set_draw_color(60, 60, 60)
y += 18

# attendance and year-to-date
pdf.set_fill_color(230, 236, 246)
pdf.set_xy(16, y)
pdf.set_font("NK", "B", 9)
pdf.cell(178, 6.5, "근태 및 연간 누계 (2025.01 ~ 2025.10)", border=1, align="C", fill=True)
y += 6.5
info = [("근로일수", "23일"), ("연장근로시간", f"{OT_H}시간"), ("연차 잔여", "6.5일"), ("과세 급여 누계", "35,912,480"),
        ("지급합계 누계", "39,912,480"), ("소득세 누계", "1,298,460"), ("국민연금 누계", "1,621,380"), ("통상시급", f"{HOURLY:,}원")]
for i, (k, v) in enumerate(info):
    col, r = i % 4, i // 4
    pdf.set_xy(16 + col * 44.5, y + r * 13)
    pdf.set_font("NK", "", 7.8)
    pdf.cell(44.5, 6, k, border=1, align="C")
    pdf.set_xy(16 + col * 44.5, y + r * 13 + 6)
    pdf.set_font("NK", "", 9)
    pdf.cell(44.5, 7, v + "  ", border=1, align="R")
y += 32

pdf.set_xy(16, y)
pdf.set_font("NK", "", 7.8)
pdf.multi_cell(178, 4.6, "· 근로기준법 제48조 제2항에 따라 임금의 구성항목·계산방법 및 공제내역을 기재하여 교부합니다.\n"
                         "· 실지급액은 2025년 10월 25일 급여계좌(국민은행 ****-**-4107)로 입금되었습니다.\n"
                         "· 4대보험 요율: 국민연금 4.5%, 건강보험 3.545%, 장기요양보험 12.95%(건강보험료 대비), 고용보험 0.9% (근로자 부담분).\n"
                         "· 문의: 경영지원팀 급여담당 (02-418-2730, payroll@daonlogis.example)")
pdf.set_xy(16, 280)
pdf.set_font("NK", "", 8)
pdf.cell(178, 5, "주식회사 다온로지스  ·  경기도 평택시 포승읍 평택항로 184  ·  대표이사 윤재훈", align="C")
pdf.output(sys.argv[1])
