#!/usr/bin/env python3
"""東雲証券株式会社 - 取引報告書 (equity sell trade report). fpdf2 + DejaVu Sans with Droid Sans Fallback for CJK."""
import sys
import datetime
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creation_date(datetime.datetime(2025, 4, 8, 18, 0, 0, tzinfo=datetime.timezone.utc))
# Latin/digits from DejaVu Sans, Japanese glyphs from Droid Sans Fallback (which has no ASCII digits)
pdf.add_font("lat", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("cjk", "", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
pdf.set_fallback_fonts(["cjk"], exact_match=False)
pdf.set_title("取引報告書")
pdf.set_author("東雲証券株式会社")
pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").__version__)
pdf.set_auto_page_break(False)
pdf.add_page()
L = 15
navy = (30, 50, 90)

pdf.set_font("lat", "", 8.5)
pdf.set_xy(L, 14)
for t in ["〒150-0001", "東京都渋谷区神宮前4-12-8", "", "佐伯 健太郎 様"]:
    pdf.set_x(L)
    pdf.set_font("lat", "", 12 if "様" in t else 9)
    pdf.cell(90, 6, t, new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(120, 14)
pdf.set_font("lat", "", 13)
pdf.set_text_color(*navy)
pdf.cell(75, 7, "東雲証券株式会社", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("lat", "", 7.5)
for t in ["〒103-0027 東京都中央区日本橋2丁目7番1号", "金融商品取引業者 関東財務局長（金商）第3187号",
          "加入協会 日本証券業協会", "法人番号 4010401137428", "お問合せ 0120-555-718"]:
    pdf.set_x(120)
    pdf.cell(75, 4, t, align="R", new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(L, 50)
pdf.set_font("lat", "", 18)
pdf.cell(180, 10, "取 引 報 告 書", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("lat", "", 8.5)
pdf.set_x(L)
pdf.cell(180, 5, "下記のとおりお取引が成立いたしましたのでご報告申し上げます。", align="C", new_x="LMARGIN", new_y="NEXT")

# header grid: label cells above value cells
pdf.set_xy(L, 70)
grid = [("作成日", "2025年4月8日"), ("口座番号", "118-0457312"), ("約定日", "2025年4月8日"),
        ("受渡日", "2025年4月10日"), ("口座区分", "特定口座（源泉徴収あり）")]
widths = [30, 32, 32, 34, 52]
pdf.set_fill_color(226, 232, 242)
pdf.set_font("lat", "", 7.5)
for (k, _), w in zip(grid, widths):
    pdf.cell(w, 6, k, border=1, align="C", fill=True)
pdf.ln()
pdf.set_x(L)
pdf.set_font("lat", "", 9.5)
for (_, v), w in zip(grid, widths):
    pdf.cell(w, 8, v, border=1, align="C")
pdf.ln(14)

# trade table
pdf.set_x(L)
pdf.set_font("lat", "", 10)
pdf.set_text_color(*navy)
pdf.cell(0, 6, "■ 約定明細", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
heads = [("銘柄名 / 銘柄コード", 52), ("ISINコード", 30), ("取引", 20), ("市場", 22), ("数量（株）", 24), ("約定単価（円）", 32)]
pdf.set_x(L)
pdf.set_font("lat", "", 7.5)
for h, w in heads:
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_x(L)
pdf.set_font("lat", "", 9)
vals = [("北斗精機工業 (9174)", "L"), ("JP3917400008", "C"), ("現物売付", "C"), ("東証プライム", "C"),
        ("300", "R"), ("2,845", "R")]
for (v, a), (_, w) in zip(vals, heads):
    pdf.cell(w, 9, v, border=1, align=a)
pdf.ln(16)

# settlement block (right aligned summary box)
pdf.set_x(L)
pdf.set_font("lat", "", 10)
pdf.set_text_color(*navy)
pdf.cell(0, 6, "■ 受渡金額の内訳", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
rows = [("約定金額", "853,500"), ("委託手数料", "1,000"), ("消費税", "100"), ("その他費用", "0")]
y = pdf.get_y()
for i, (k, v) in enumerate(rows):
    pdf.set_xy(L + 70, y + i * 8)
    pdf.set_font("lat", "", 9)
    pdf.cell(50, 8, k, border=1, fill=True)
    pdf.cell(50, 8, v + " 円", border=1, align="R")
pdf.set_xy(L + 70, y + len(rows) * 8)
pdf.set_font("lat", "", 10.5)
pdf.set_fill_color(255, 244, 214)
pdf.cell(50, 10, "受渡金額（お受取り）", border=1, fill=True)
pdf.cell(50, 10, "852,400 円", border=1, align="R", fill=True)

pdf.set_xy(L, y + 62)
pdf.set_font("lat", "", 7.5)
notes = ["・受渡金額は受渡日に証券総合口座（お預り金）へ入金いたします。",
         "・特定口座（源泉徴収あり）における譲渡益に係る源泉徴収税額は、特定口座年間取引報告書にてご確認ください。",
         "・手数料はオンライン取引コース（1約定ごと 約定代金100万円まで 1,000円（税込1,100円））により計算しております。",
         "・本報告書の記載内容に相違がある場合は、速やかに当社お客様サポートセンターまでご連絡ください。",
         "・本書は金融商品取引法第37条の4に基づき交付する書面です。大切に保管してください。"]
for t in notes:
    pdf.set_x(L)
    pdf.cell(180, 5, t, new_x="LMARGIN", new_y="NEXT")

pdf.set_xy(L, 280)
pdf.set_font("lat", "", 6.8)
pdf.set_text_color(110, 110, 110)
pdf.cell(180, 4, "東雲証券株式会社　取引報告書　口座番号 118-0457312　1/1", align="C")
pdf.output(out)
