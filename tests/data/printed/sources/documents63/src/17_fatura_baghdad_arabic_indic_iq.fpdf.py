#!/usr/bin/env python3
"""فاتورة بيع (Iraq) -- Arabic, right-to-left, Arabic-Indic digits in amounts and dates, Levantine month names,
Iraqi dinar without decimals, no VAT. fpdf2 + HarfBuzz, DejaVu Sans (Arabic block incl. Arabic-Indic digits)."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

AR = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
def ar(s):
    return s.translate(AR)

out = sys.argv[1] if len(sys.argv) > 1 else "s63_17.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
pdf.add_font("V", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("V", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
pdf.set_margins(15, 14, 15)
pdf.add_page()
W = pdf.epw
pdf.set_font("V", "B", 15)
pdf.cell(W, 9, "شركة دجلة للتجهيزات الطبية المحدودة", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("V", "", 9.5)
for ln in ["بغداد – الكرادة داخل، شارع ٦٢، محلة ٩٠٥، زقاق ١٤، دار ٧",
           "رقم التسجيل في دائرة تسجيل الشركات: م.ش/" + ar("41827") + "    هاتف: " + ar("07701827364"),
           "تاريخ التأسيس: " + ar("2014/06/18")]:
    pdf.cell(W, 6, ln, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(20, 80, 120)
pdf.set_line_width(0.8)
pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.l_margin + W, pdf.get_y() + 2)
pdf.ln(6)
pdf.set_font("V", "B", 16)
pdf.cell(W, 10, "فاتورة بيع", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("V", "", 10)
meta = [("رقم الفاتورة:", ar("2026/0417"), "التاريخ:", ar("10") + " آذار " + ar("2026")),
        ("السادة:", "شركة نوردهافن العراق المحدودة", "تاريخ الاستحقاق:", ar("9") + " نيسان " + ar("2026")),
        ("العنوان:", "أربيل، المنطقة الصناعية", "رقم أمر الشراء:", "NIQ-PO-0058")]
y = pdf.get_y()
for a, b, c, d in meta:
    x = pdf.l_margin + W
    for txt, w, bold in [(a, 30, False), (b, 68, True), (c, 32, False), (d, W - 130, True)]:
        x -= w
        pdf.set_xy(x, y)
        pdf.set_font("V", "B" if bold else "", 10)
        pdf.cell(w, 7, txt, align="R")
    y += 7
y += 4
cols = [("ت", 10), ("المادة", 78), ("الكمية", 18), ("سعر المفرد (دينار)", 37), ("المبلغ (دينار)", W - 143)]
rows = [("1", "قفازات طبية نتريل (كرتون)", "50", "18,500", "925,000"),
        ("2", "جهاز قياس ضغط الدم الرقمي", "10", "126,000", "1,260,000"),
        ("3", "صيانة جهاز التعقيم (أوتوكليف)", "1", "450,000", "450,000")]
pdf.set_fill_color(225, 235, 243)
pdf.set_font("V", "B", 9.5)
x = pdf.l_margin + W
for name, w in cols:
    x -= w
    pdf.set_xy(x, y)
    pdf.cell(w, 8, name, border=1, align="C", fill=True)
pdf.set_font("V", "", 9.5)
for r in rows:
    y += 8
    x = pdf.l_margin + W
    for (name, w), v in zip(cols, r):
        x -= w
        pdf.set_xy(x, y)
        pdf.cell(w, 8, ar(v), border=1, align="R" if name == "المادة" else "C")
y += 8
for label, val, bold in [("المجموع", "2,635,000", False), ("الخصم", "0", False),
                         ("المبلغ الكلي المطلوب (دينار عراقي)", "2,635,000", True)]:
    pdf.set_font("V", "B" if bold else "", 10)
    pdf.set_xy(pdf.l_margin + W - 105, y)
    pdf.cell(105, 8, label, border=1, align="R")
    pdf.set_xy(pdf.l_margin + W - 150, y)
    pdf.cell(45, 8, ar(val), border=1, align="C")
    y += 8
pdf.set_xy(pdf.l_margin, y + 4)
pdf.set_font("V", "", 9.5)
for ln in ["المبلغ كتابةً: فقط مليونان وستمائة وخمسة وثلاثون ألف دينار عراقي لا غير",
           "الرصيد السابق غير المسدد (فاتورة " + ar("2026/0361") + " بتاريخ " + ar("2026/02/12") + "): " + ar("1,184,000") + " دينار",
           "يرجى التحويل إلى حساب الشركة في المصرف الأهلي العراقي:",
           "IBAN IQ71 NBIQ 8501 2345 6789 013",
           "ملاحظة: البضاعة المباعة لا ترد ولا تستبدل بعد " + ar("7") + " أيام من تاريخ الاستلام."]:
    pdf.cell(W, 7, ln, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(14)
pdf.cell(W / 2, 7, "توقيع المستلم: ..................", align="R")
pdf.cell(W / 2, 7, "المدير المفوض: ..................", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
