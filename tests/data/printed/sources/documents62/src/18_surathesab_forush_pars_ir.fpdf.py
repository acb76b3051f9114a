#!/usr/bin/env python3
"""صورتحساب فروش کالا و خدمات (Iran) -- Persian, right-to-left, Persian digits, Solar Hijri date only. fpdf2 + HarfBuzz, DejaVu Sans (Arabic block incl. Persian digits)."""
import sys
from fpdf import FPDF

FA = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")
def fa(s):
    return s.translate(FA)

out = sys.argv[1] if len(sys.argv) > 1 else "s62_18.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(__import__("datetime").datetime(2026, 3, 20, tzinfo=__import__("datetime").timezone.utc))
pdf.add_font("V", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("V", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="fas")
pdf.set_margins(14, 14, 14)
pdf.add_page()
W = pdf.epw
pdf.set_font("V", "B", 15)
pdf.cell(W, 9, "صورتحساب فروش کالا و خدمات", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("V", "", 10)
pdf.cell(W / 2, 7, "شماره صورتحساب: " + fa("1404-2187"), align="R")
pdf.cell(W / 2, 7, "تاریخ: " + fa("1404/12/19"), align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

def box(title, lines):
    pdf.set_fill_color(230, 236, 242)
    pdf.set_font("V", "B", 10)
    pdf.cell(W, 7, title, border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("V", "", 9.5)
    for ln in lines:
        pdf.cell(W, 6.5, ln, border="LR", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, 1, "", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

box("مشخصات فروشنده", [
    "نام شخص حقوقی: شرکت پارس صنعت البرز (سهامی خاص)",
    "شناسه ملی: " + fa("10103847293") + "    کد اقتصادی: " + fa("411183746592") + "    شماره ثبت: " + fa("384729"),
    "نشانی: تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک " + fa("18") + "    کد پستی: " + fa("1968917441"),
])
box("مشخصات خریدار", [
    "نام شخص حقوقی: شرکت نوردهاون ایران (سهامی خاص)",
    "شناسه ملی: " + fa("10320591876") + "    کد اقتصادی: " + fa("411372918450"),
    "نشانی: کرج، شهرک صنعتی بهارستان، خیابان پنجم، پلاک " + fa("42"),
])
cols = [("ردیف", 12), ("شرح کالا یا خدمات", 80), ("تعداد", 16), ("مبلغ واحد (ریال)", 36), ("مبلغ کل (ریال)", W - 144)]
pdf.set_font("V", "B", 9.5)
x0 = pdf.l_margin + W
y = pdf.get_y()
x = x0
for name, w in cols:
    x -= w
    pdf.set_xy(x, y)
    pdf.cell(w, 8, name, border=1, align="C", fill=True)
pdf.set_font("V", "", 9.5)
rows = [("1", "پمپ سانتریفیوژ صنعتی", "40", "18,500,000", "740,000,000"),
        ("2", "تابلو برق کنترل موتور", "12", "46,000,000", "552,000,000"),
        ("3", "نصب و راه‌اندازی", "1", "125,000,000", "125,000,000")]
for r in rows:
    y += 8
    x = x0
    for (name, w), v in zip(cols, r):
        x -= w
        pdf.set_xy(x, y)
        pdf.cell(w, 8, fa(v), border=1, align="R" if name == "شرح کالا یا خدمات" else "C")
y += 10
for label, val, bold in [("جمع مبلغ قبل از کسر تخفیف و مالیات", "1,417,000,000", False),
                         ("مالیات و عوارض ارزش افزوده (۱۰٪)", "141,700,000", False),
                         ("جمع کل قابل پرداخت (ریال)", "1,558,700,000", True)]:
    pdf.set_font("V", "B" if bold else "", 10)
    pdf.set_xy(x0 - 100, y)
    pdf.cell(60, 8, label, border=1, align="R")
    pdf.set_xy(x0 - 150, y)
    pdf.cell(50, 8, fa(val), border=1, align="C")
    y += 8
pdf.set_xy(pdf.l_margin, y + 4)
pdf.set_font("V", "", 9.5)
for ln in ["مبلغ به حروف: یک میلیارد و پانصد و پنجاه و هشت میلیون و هفتصد هزار ریال",
           "شماره شبا: IR" + fa("48 0120 0000 0004 1839 2018 74") + " نزد بانک ملت",
           "مهلت پرداخت: " + fa("1405/01/25") + "    مانده بدهی قبلی: " + fa("312,500,000") + " ریال",
           "شماره قرارداد: " + fa("1404/ق/316") + " مورخ " + fa("1404/08/12")]:
    pdf.cell(W, 7, ln, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(12)
pdf.cell(W / 2, 7, "مهر و امضای خریدار", align="C")
pdf.cell(W / 2, 7, "مهر و امضای فروشنده", align="C")
pdf.output(out)
