#!/usr/bin/env python3
"""Korean 전자세금계산서 (electronic tax invoice, supplier's copy) -- ReportLab canvas, Hangul in the built-in CID
font HYSMyeongJo-Medium (not embedded), digits in Helvetica."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

out = sys.argv[1] if len(sys.argv) > 1 else "s62_20.pdf"
pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
K = "HYSMyeongJo-Medium"
c = canvas.Canvas(out, pagesize=A4, invariant=1)
c.setTitle("전자세금계산서")
W, H = A4
L, R = 36, W - 36
c.setStrokeColorRGB(0.75, 0.1, 0.1); c.setFillColorRGB(0.75, 0.1, 0.1)
y = H - 60
c.setFont(K, 18); c.drawCentredString(W / 2, y, "전자세금계산서")
c.setFont(K, 9); c.drawCentredString(W / 2, y - 14, "(공급자 보관용)")
c.setFillGray(0)
c.setFont(K, 8.5)
c.drawString(L, y - 34, "승인번호  20260310-41000012-87402918")
c.drawRightString(R, y - 34, "관리번호  HS-TI-2603-0057")
top = y - 42
c.rect(L, top - 120, R - L, 120)
c.line(W / 2, top, W / 2, top - 120)
def party(x0, title, rows):
    c.setFont(K, 10); c.drawString(x0 + 6, top - 16, title)
    yy = top - 34
    for k, v in rows:
        c.setFont(K, 8.5); c.drawString(x0 + 6, yy, k)
        c.setFont(K, 9); c.drawString(x0 + 70, yy, v)
        yy -= 17
party(L, "공급자", [("등록번호", "214-81-37400"), ("상호(법인명)", "주식회사 한성정밀"), ("성명(대표자)", "박준호"),
                   ("사업장 주소", "경기도 안산시 단원구 산단로 163"), ("업태 / 종목", "제조업 / 산업용 기계부품")])
party(W / 2, "공급받는자", [("등록번호", "108-86-15200"), ("상호(법인명)", "노르드하븐코리아 주식회사"), ("성명(대표자)", "이서연"),
                        ("사업장 주소", "서울특별시 강남구 테헤란로 521"), ("이메일", "ap.korea@nordhavn.example")])
y = top - 145
c.setFont(K, 9)
c.drawString(L, y, "작성일자"); c.drawString(L + 110, y, "공급가액"); c.drawString(L + 230, y, "세액"); c.drawString(L + 330, y, "수정사유")
y -= 16
c.setFont("Helvetica", 9.5)
c.drawString(L, y, "2026-03-10"); c.drawString(L + 110, y, "5,383,000"); c.drawString(L + 230, y, "538,300")
c.setFont(K, 9); c.drawString(L + 330, y, "해당 없음")
y -= 28
for x, t in [(L, "월 일"), (L + 50, "품목"), (L + 240, "규격"), (L + 300, "수량"), (L + 350, "단가"), (L + 420, "공급가액"), (L + 480, "세액")]:
    c.drawString(x, y, t)
c.line(L, y - 5, R, y - 5)
rows = [("03 04", "베어링 하우징 가공품", "BH-40", "500", "3,850", "1,925,000", "192,500"),
        ("03 06", "정밀 기어 샤프트", "GS-12", "120", "18,400", "2,208,000", "220,800"),
        ("03 09", "금형 수정 및 시운전", "-", "1", "1,250,000", "1,250,000", "125,000")]
for r in rows:
    y -= 18
    c.setFont("Helvetica", 9); c.drawString(L, y, r[0])
    c.setFont(K, 9); c.drawString(L + 50, y, r[1])
    c.setFont("Helvetica", 9)
    c.drawString(L + 240, y, r[2]); c.drawRightString(L + 330, y, r[3]); c.drawRightString(L + 410, y, r[4])
    c.drawRightString(L + 470, y, r[5]); c.drawRightString(R, y, r[6])
y -= 12; c.line(L, y, R, y)
y -= 24
c.setFont(K, 9.5)
c.drawString(L, y, "합계금액"); c.drawString(L + 100, y, "현금"); c.drawString(L + 180, y, "수표"); c.drawString(L + 250, y, "어음"); c.drawString(L + 320, y, "외상미수금")
y -= 16
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y, "5,921,300")
c.setFont("Helvetica", 9.5); c.drawString(L + 320, y, "5,921,300")
c.setFont(K, 9.5); c.drawRightString(R, y, "이 금액을 (청구) 함")
y -= 36
c.setFont(K, 8.5)
for t in ["입금계좌: 기업은행 512-048217-01-013 (예금주 주식회사 한성정밀)", "결제기한: 2026년 4월 10일",
          "전월 미수 잔액 3,410,000원은 별도 청구됩니다. 국세청 전송일: 2026-03-11"]:
    c.drawString(L, y, t); y -= 14
c.showPage(); c.save()
