#!/usr/bin/env python3
"""마켓담 판매자 정산 내역서 (ReportLab canvas).
Hangul needs a Korean font: Droid Sans Fallback has only a handful of Hangul syllables, so this uses
NanumGothic from the Debian package fonts-nanum (apt-get install fonts-nanum)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NANUM = "/usr/share/fonts/truetype/nanum/"
pdfmetrics.registerFont(TTFont("KR", NANUM + "NanumGothic.ttf"))
pdfmetrics.registerFont(TTFont("LT", NANUM + "NanumGothic.ttf"))
pdfmetrics.registerFont(TTFont("LTB", NANUM + "NanumGothicBold.ttf"))

W, H = A4
GREEN = colors.HexColor("#03a94d")
GREY = colors.HexColor("#666666")

PRODUCTS = [  # 상품번호, 상품명, 수량, 판매금액
    ("P-880213", "백자 머그컵 (화이트)", 112, 2464000),
    ("P-880214", "백자 머그컵 (청자색)", 64, 1408000),
    ("P-880230", "분청 찻잔 세트 (2인)", 38, 1786000),
    ("P-880241", "옹기 소금단지 중", 29, 1102000),
    ("P-880255", "수제 접시 21cm", 85, 1530000),
    ("P-880256", "수제 접시 27cm", 41, 1107000),
    ("P-880270", "달항아리 미니 오브제", 12, 1428000),
    ("P-880281", "도자기 수저받침 5종", 96, 1152000),
    ("P-880290", "선물 포장 추가", 217, 868000),
]
GROSS = sum(p[3] for p in PRODUCTS)
CANCEL = -412000
COMMISSION = -round((GROSS + CANCEL) * 0.108)
VAT = -round(-COMMISSION * 0.10)
SHIPPING = 318000
NET = GROSS + CANCEL + COMMISSION + VAT + SHIPPING
assert (GROSS, COMMISSION, VAT, NET) == (12845000, -1342764, -134276, 11273960)


def is_kr(ch):
    o = ord(ch)
    return 0x1100 <= o <= 0x11FF or 0x3000 <= o <= 0x303F or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF \
        or 0x4E00 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF


def runs(text):
    cur, buf = None, ""
    for ch in text:
        k = is_kr(ch) if not ch.isspace() else cur
        if cur is None or k == cur:
            buf += ch
            cur = k if cur is None else cur
        else:
            yield cur, buf
            cur, buf = k, ch
    if buf:
        yield cur, buf


def width(text, size, bold=False):
    return sum(pdfmetrics.stringWidth(t, "KR" if k else ("LTB" if bold else "LT"), size) for k, t in runs(text))


def draw(c, x, y, text, size=9, bold=False, align="L", color=colors.black):
    if align == "R":
        x -= width(text, size, bold)
    elif align == "C":
        x -= width(text, size, bold) / 2
    c.setFillColor(color)
    for k, t in runs(text):
        font = "KR" if k else ("LTB" if bold else "LT")
        c.setFont(font, size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, font, size)


def won(v):
    return ("-" if v < 0 else "") + f"{abs(v):,}"


def main(out):
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("정산 내역서 ST-20250425-00318")
    c.setAuthor("주식회사 마켓담")
    L, R = 18 * mm, W - 18 * mm

    # 머리글
    draw(c, L, H - 24 * mm, "마켓담", 24, color=GREEN)
    draw(c, L + 33 * mm, H - 24 * mm, "MARKETDAM", 10, bold=True, color=GREEN)
    draw(c, L, H - 30 * mm, "판매자센터 · 정산 관리", 8, color=GREY)
    draw(c, R, H - 22 * mm, "판매대금 정산 내역서", 16, align="R")
    draw(c, R, H - 29 * mm, "정산서 번호 ST-20250425-00318", 8.5, align="R")
    c.setStrokeColor(GREEN); c.setLineWidth(1.4)
    c.line(L, H - 34 * mm, R, H - 34 * mm)

    # 판매자 / 플랫폼 (2단)
    y = H - 42 * mm
    draw(c, L, y, "판매자", 7.5, color=GREY)
    draw(c, W / 2 + 4 * mm, y, "정산 지급사", 7.5, color=GREY)
    left = [("해오름 공방", 11), ("대표자: 김서연", 8.5), ("사업자등록번호: 109-21-48738", 8.5),
            ("판매자 ID: S-2291047", 8.5), ("경기도 이천시 신둔면 도자예술로 112", 8.5)]
    right = [("주식회사 마켓담", 11), ("대표이사: 정민호", 8.5), ("사업자등록번호: 214-86-12040", 8.5),
             ("통신판매업신고: 2019-서울강남-04412", 8.5), ("서울특별시 강남구 테헤란로 427", 8.5)]
    for i, (t, s) in enumerate(left):
        draw(c, L, y - 6 * mm - i * 4.8 * mm, t, s)
    for i, (t, s) in enumerate(right):
        draw(c, W / 2 + 4 * mm, y - 6 * mm - i * 4.8 * mm, t, s)

    # 정산 정보 (라벨 위, 값 아래)
    y = H - 76 * mm
    boxes = [("정산 기간", "2025.04.01 ~ 2025.04.15"), ("정산 확정일", "2025.04.18"),
             ("지급 예정일", "2025년 4월 25일"), ("지급 계좌", "국민은행 ***-21-0448-***")]
    bw = (R - L) / 4
    c.setStrokeColor(colors.HexColor("#cccccc")); c.setLineWidth(0.6)
    for i, (k, v) in enumerate(boxes):
        x = L + i * bw
        c.setFillColor(colors.HexColor("#f3faf6")); c.rect(x, y - 13 * mm, bw, 13 * mm, stroke=1, fill=1)
        draw(c, x + 3 * mm, y - 4.5 * mm, k, 7.2, color=GREY)
        draw(c, x + 3 * mm, y - 10 * mm, v, 8.8, bold=True)

    # 정산 요약
    y = H - 100 * mm
    draw(c, L, y, "정산 요약", 11, color=GREEN)
    draw(c, R, y, "(단위: 원)", 7.5, align="R", color=GREY)
    lines = [("총 판매금액 (구매확정 기준, 주문 794건)", won(GROSS) + "원"),
             ("취소 · 반품 금액 (11건)", won(CANCEL) + "원"),
             ("판매수수료 (10.8%)", won(COMMISSION) + "원"),
             ("판매수수료 부가세 (10%)", won(VAT) + "원"),
             ("배송비 정산 (구매자 부담 배송비)", won(SHIPPING) + "원")]
    y -= 8 * mm
    for k, v in lines:
        draw(c, L + 2 * mm, y, k, 9)
        draw(c, R - 2 * mm, y, v, 9, align="R")
        c.setStrokeColor(colors.HexColor("#e3e3e3")); c.line(L, y - 2.5 * mm, R, y - 2.5 * mm)
        y -= 7.2 * mm
    c.setFillColor(GREEN); c.rect(L, y - 4.5 * mm, R - L, 10.5 * mm, stroke=0, fill=1)
    draw(c, L + 3 * mm, y - 0.5 * mm, "최종 정산금액 (지급액)", 11.5, color=colors.white)
    draw(c, R - 3 * mm, y - 0.5 * mm, won(NET) + "원", 12, bold=True, align="R", color=colors.white)

    # 상품별 판매 내역
    y -= 18 * mm
    draw(c, L, y, "상품별 판매 내역", 11, color=GREEN)
    y -= 7 * mm
    cols = [L + 2 * mm, L + 26 * mm, L + 118 * mm, R - 2 * mm]
    c.setFillColor(colors.HexColor("#333333")); c.rect(L, y - 2.2 * mm, R - L, 7 * mm, stroke=0, fill=1)
    draw(c, cols[0], y, "상품번호", 8, color=colors.white)
    draw(c, cols[1], y, "상품명", 8, color=colors.white)
    draw(c, cols[2], y, "수량", 8, align="R", color=colors.white)
    draw(c, cols[3], y, "판매금액", 8, align="R", color=colors.white)
    y -= 7 * mm
    for i, (pid, name, q, amt) in enumerate(PRODUCTS):
        if i % 2:
            c.setFillColor(colors.HexColor("#f6f6f6")); c.rect(L, y - 2.2 * mm, R - L, 6.6 * mm, stroke=0, fill=1)
        draw(c, cols[0], y, pid, 8.3)
        draw(c, cols[1], y, name, 8.3)
        draw(c, cols[2], y, f"{q:,}", 8.3, align="R")
        draw(c, cols[3], y, won(amt), 8.3, align="R")
        y -= 6.6 * mm
    c.setStrokeColor(colors.black); c.line(L, y + 3.6 * mm, R, y + 3.6 * mm)
    draw(c, cols[0], y - 0.5 * mm, "합계", 8.5, bold=True)
    draw(c, cols[2], y - 0.5 * mm, f"{sum(p[2] for p in PRODUCTS):,}", 8.5, bold=True, align="R")
    draw(c, cols[3], y - 0.5 * mm, won(GROSS), 8.5, bold=True, align="R")

    # 안내
    y -= 14 * mm
    notes = ["· 판매수수료에 대한 세금계산서는 2025년 5월 10일에 국세청 홈택스로 발행됩니다.",
             "· 정산금액은 지급 예정일에 등록된 판매자 계좌로 입금되며, 은행 사정에 따라 지연될 수 있습니다.",
             "· 정산 내역에 대한 문의는 판매자센터 > 정산 관리 > 1:1 문의를 이용해 주십시오."]
    for n in notes:
        draw(c, L, y, n, 7.8, color=GREY)
        y -= 4.8 * mm

    c.setStrokeColor(colors.HexColor("#bbbbbb")); c.line(L, 16 * mm, R, 16 * mm)
    draw(c, L, 12 * mm, "주식회사 마켓담 · 사업자등록번호 214-86-12040 · 서울특별시 강남구 테헤란로 427 · 고객센터 1588-0427", 6.8, color=GREY)
    draw(c, R, 12 * mm, "1 / 1", 6.8, align="R", color=GREY)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main(sys.argv[1])
