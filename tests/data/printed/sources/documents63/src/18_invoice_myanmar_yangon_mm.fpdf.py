#!/usr/bin/env python3
"""ငွေတောင်းခံလွှာ / INVOICE (Myanmar) -- Myanmar script and English, commercial tax 5 %, kyat without decimals,
a Myanmar-digit date beside the Western one. fpdf2 + HarfBuzz, Noto Sans Myanmar + Noto Sans."""
import sys
from datetime import datetime, timezone
from fpdf import FPDF

MY = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
out = sys.argv[1] if len(sys.argv) > 1 else "s63_18.pdf"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2026, 3, 20, tzinfo=timezone.utc))
F = "/usr/share/fonts/truetype/noto/"
pdf.add_font("M", "", F + "NotoSansMyanmar-Regular.ttf")
pdf.add_font("M", "B", F + "NotoSansMyanmar-Bold.ttf")
pdf.add_font("L", "", F + "NotoSans-Regular.ttf")
pdf.add_font("L", "B", F + "NotoSans-Bold.ttf")
pdf.set_fallback_fonts(["M", "L"])
pdf.set_text_shaping(use_shaping_engine=True)
pdf.set_margins(16, 14, 16)
pdf.add_page()
W = pdf.epw

def t(txt, font="L", style="", size=9.5, w=0, h=6, align="L", nl=True, border=0, fill=False):
    pdf.set_font(font, style, size)
    pdf.cell(w or W, h, txt, border=border, align=align, fill=fill,
             new_x="LMARGIN" if nl else "RIGHT", new_y="NEXT" if nl else "TOP")

t("ရွှေမြစ် စက်မှုပစ္စည်း ကုမ္ပဏီလီမိတက်", "M", "B", 15, h=10, align="C")
t("Shwe Myit Industrial Supplies Co., Ltd.", "L", "B", 11, h=6, align="C")
t("No. 47, Shwe Pyi Thar Industrial Zone (2), Yangon  |  Company Reg. No. 118273645  |  Tax ID (TIN): 104182736", size=8.5, align="C")
pdf.ln(3)
t("ငွေတောင်းခံလွှာ", "M", "B", 14, h=10, align="C")
t("INVOICE", "L", "B", 12, h=6, align="C")
pdf.ln(3)
y = pdf.get_y()
left = [("ဝယ်သူ / Bill to:", None), ("နော့ဒ်ဟေဗင် မြန်မာ ကုမ္ပဏီလီမိတက်", "M"), ("Nordhavn Myanmar Co., Ltd.", "L"),
        ("Thilawa SEZ, Zone A, Plot B-12, Thanlyin Township", "L"), ("Buyer TIN: 100918273", "L")]
for i, (txt, f) in enumerate(left):
    pdf.set_xy(pdf.l_margin, y + i * 7)
    t(txt, f or "M", "B" if i == 1 else "", 9.5, w=W * 0.48, h=7, nl=False)
right = [("ငွေတောင်းခံလွှာ အမှတ် / Invoice No.", "SMI-INV-2603-0158"),
         ("ရက်စွဲ / Date", "12-03-2026  (" + "12-03-2026".translate(MY) + ")"),
         ("ငွေပေးချေရမည့်ရက် / Due Date", "11-04-2026"),
         ("PO No.", "NMM-PO-26-0042")]
for i, (k, v) in enumerate(right):
    pdf.set_xy(pdf.l_margin + W * 0.49, y + i * 7)
    t(k, "M", "", 8.5, w=W * 0.27, h=7, nl=False, border=1)
    t(v, "L", "B", 9, w=W * 0.24, h=7, nl=False, border=1)
pdf.set_y(y + 5 * 7 + 4)
cols = [("No.", 10), ("အကြောင်းအရာ / Description", 78), ("အရေအတွက်", 22), ("နှုန်း (ကျပ်)", 30), ("ကျသင့်ငွေ (ကျပ်)", W - 140)]
pdf.set_fill_color(230, 230, 245)
for name, w in cols:
    t(name, "M", "B", 8.5, w=w, h=9, nl=False, border=1, align="C", fill=True)
pdf.ln(9)
rows = [("1", "Welding electrode E6013 3.2 mm (box)", "30", "42,500", "1,275,000"),
        ("2", "Angle grinder 9-inch, 2,200 W", "6", "385,000", "2,310,000"),
        ("3", "Maintenance service, compressor (on site)", "1", "650,000", "650,000")]
for r in rows:
    for (name, w), v in zip(cols, r):
        t(v, "L", "", 9, w=w, h=8, nl=False, border=1, align="L" if w == 78 else "R")
    pdf.ln(8)
for k, v, b in [("စုစုပေါင်း / Sub Total", "4,235,000", ""), ("ကုန်သွယ်လုပ်ငန်းခွန် / Commercial Tax 5%", "211,750", ""),
                ("ပေးချေရမည့် စုစုပေါင်း / Total Amount (MMK)", "4,446,750", "B")]:
    pdf.set_x(pdf.l_margin + 50)
    t(k, "M", b, 9, w=W - 50 - (W - 140), h=8, nl=False, border=1, align="R")
    t(v, "L", b, 9.5, w=W - 140, h=8, nl=True, border=1, align="R")
pdf.ln(4)
t("Amount in words: Four Million Four Hundred Forty-Six Thousand Seven Hundred Fifty Kyats Only.", size=9)
t("ယခင်လ ကျန်ငွေ / Previous balance (SMI-INV-2602-0119, 10-02-2026): 1,862,500 MMK", "M", "", 8.5)
t("Bank: KBZ Bank, Shwe Pyi Thar Branch, A/C 0251 0301 0418 2736", size=8.5)
pdf.ln(16)
t("လက်မှတ် / Authorised Signature ..............................", "M", "", 9)
pdf.output(out)
