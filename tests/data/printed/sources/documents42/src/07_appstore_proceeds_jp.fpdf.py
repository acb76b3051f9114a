#!/usr/bin/env python3
"""AppHarbor デベロッパー収益レポート（支払明細書） - fpdf2, Droid Sans Fallback for Japanese text."""
import sys
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# region, currency, units, customer price, sales (local), commission (local), proceeds (local), rate, proceeds JPY
ROWS = [
    ("日本", "JPY", 4812, "250", "1,203,000", "180,450", "1,022,550", "1", 1022550),
    ("米国", "USD", 1365, "1.99", "2,716.35", "407.45", "2,308.90", "149.82", 345919),
    ("ユーロ圏", "EUR", 612, "1.99", "1,217.88", "182.68", "1,035.20", "161.45", 167133),
    ("英国", "GBP", 244, "1.79", "436.76", "65.51", "371.25", "191.26", 71005),
    ("韓国", "KRW", 530, "2,500", "1,325,000", "198,750", "1,126,250", "0.1022", 115103),
    ("台湾", "TWD", 318, "60", "19,080", "2,862", "16,218", "4.561", 73970),
]
PROCEEDS = sum(r[8] for r in ROWS)
REFUNDS = -8750
PAYOUT = PROCEEDS + REFUNDS
assert PROCEEDS == 1795680 and PAYOUT == 1786930


def yen(n):
    return ("-" if n < 0 else "") + "¥" + f"{abs(n):,}"


class Doc(FPDF):
    def cell(self, *a, **k):
        # fpdf2 forgets to re-emit the Latin font size after a run set in the CJK fallback font;
        # re-select the current font before every cell so each cell starts with a fresh Tf.
        fam, size = self.font_family, self.font_size_pt
        self.set_font(fam, size=size + 0.01)
        self.set_font(fam, size=size)
        return super().cell(*a, **k)

    def lines(self, h, texts):
        for t in texts:
            self.cell(0, h, t, new_x="LMARGIN", new_y="NEXT")

    def header(self):
        self.set_font("dv", size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "AppHarbor デベロッパー収益レポート ｜ 支払番号 PAY-JP-20250430-0038841", align="L")
        self.cell(0, 5, "機密情報", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(180, 180, 180)
        self.line(15, 16, 195, 16)
        self.ln(6)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", size=7)
        self.set_text_color(110, 110, 110)
        self.line(15, self.get_y(), 195, self.get_y())
        self.ln(1.5)
        self.cell(0, 4, "アップハーバー・ジャパン合同会社　〒150-0002 東京都渋谷区渋谷二丁目24番12号　適格請求書発行事業者登録番号 T7010401138472", align="L")
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")


def main(out):
    pdf = Doc(format="A4")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("jp", "", FONT)
    pdf.add_font("dv", "", LATIN)
    pdf.set_fallback_fonts(["jp"])
    pdf.alias_nb_pages()
    pdf.add_page()

    # brand block
    pdf.set_font("dv", size=22)
    pdf.set_text_color(38, 99, 235)
    pdf.cell(90, 11, "AppHarbor")
    pdf.set_text_color(20, 20, 20)
    pdf.set_font("dv", size=15)
    pdf.cell(0, 11, "支払明細書（収益レポート）", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", size=8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(90, 5, "Developer Program ｜ デベロッパー向け売上・支払レポート")
    pdf.cell(0, 5, "発行日：2025年4月25日", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # two-column parties
    y0 = pdf.get_y()
    pdf.set_draw_color(200, 200, 200)
    pdf.rect(15, y0, 88, 30)
    pdf.rect(107, y0, 88, 30)
    pdf.set_xy(18, y0 + 2)
    pdf.set_text_color(120, 120, 120); pdf.set_font("dv", size=7)
    pdf.cell(80, 4, "支払先（デベロッパー）", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_font("dv", size=11)
    pdf.cell(80, 6, "株式会社ことりソフト 御中", new_x="LEFT", new_y="NEXT")
    pdf.set_font("dv", size=8)
    pdf.cell(80, 4.5, "デベロッパーID：DEV-7734-0219", new_x="LEFT", new_y="NEXT")
    pdf.cell(80, 4.5, "登録番号：T7011001094726", new_x="LEFT", new_y="NEXT")
    pdf.cell(80, 4.5, "〒060-0042 札幌市中央区大通西5丁目8番", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(110, y0 + 2)
    pdf.set_text_color(120, 120, 120); pdf.set_font("dv", size=7)
    pdf.cell(80, 4, "発行者", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_font("dv", size=11)
    pdf.cell(80, 6, "アップハーバー・ジャパン合同会社", new_x="LEFT", new_y="NEXT")
    pdf.set_font("dv", size=8)
    pdf.cell(80, 4.5, "（AppHarbor Japan G.K.）", new_x="LEFT", new_y="NEXT")
    pdf.cell(80, 4.5, "登録番号：T7010401138472", new_x="LEFT", new_y="NEXT")
    pdf.cell(80, 4.5, "developer-payments@appharbor.example", new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + 34)

    # key facts grid: label above value
    facts = [("対象期間", "2025年3月1日～2025年3月31日"), ("支払日", "2025年4月30日"),
             ("支払番号", "PAY-JP-20250430-0038841"), ("支払通貨", "JPY（日本円）")]
    w = [64, 34, 52, 30]
    x = 15; y = pdf.get_y()
    pdf.set_fill_color(243, 246, 252)
    pdf.rect(15, y, 180, 15, style="F")
    for (lab, val), ww in zip(facts, w):
        pdf.set_xy(x + 2, y + 2)
        pdf.set_font("dv", size=7); pdf.set_text_color(110, 110, 110)
        pdf.cell(ww - 4, 4, lab, new_x="LEFT", new_y="NEXT")
        pdf.set_font("dv", size=9.5); pdf.set_text_color(0, 0, 0)
        pdf.cell(ww - 4, 6, val)
        x += ww
    pdf.set_y(y + 20)

    # region table
    pdf.set_font("dv", size=11); pdf.set_text_color(38, 99, 235)
    pdf.cell(0, 7, "地域別売上・収益", new_x="LMARGIN", new_y="NEXT")
    cols = [("地域", 18, "L"), ("通貨", 12, "C"), ("販売数", 16, "R"), ("単価", 15, "R"), ("売上", 24, "R"),
            ("手数料(15%)", 22, "R"), ("収益(現地通貨)", 26, "R"), ("為替レート", 20, "R"), ("収益(円)", 27, "R")]
    pdf.set_font("dv", size=7.5); pdf.set_fill_color(38, 99, 235); pdf.set_text_color(255, 255, 255)
    for name, ww, al in cols:
        pdf.cell(ww, 7, name, align=al if al != "L" else "L", fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0); pdf.set_font("dv", size=8)
    for i, r in enumerate(ROWS):
        fill = i % 2 == 1
        pdf.set_fill_color(246, 248, 252)
        vals = [r[0], r[1], f"{r[2]:,}", r[3], r[4], r[5], r[6], r[7], f"{r[8]:,}"]
        for (name, ww, al), v in zip(cols, vals):
            pdf.cell(ww, 6.5, v, align=al, fill=fill)
        pdf.ln()
    pdf.set_draw_color(60, 60, 60)
    pdf.line(15, pdf.get_y(), 195, pdf.get_y())
    pdf.set_font("dv", size=8.5)
    pdf.cell(153, 7, "収益合計（円換算）", align="L")
    pdf.cell(27, 7, f"{PROCEEDS:,}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", size=7); pdf.set_text_color(90, 90, 90)
    pdf.lines(4, ["為替レートは2025年3月31日時点の当社適用レート（1通貨単位あたりの円）です。",
                  "米ドル建て収益は USD 2,308.90 × 149.82 = 345,919円（円未満四捨五入）として換算しています。売上は顧客支払額（税抜）です。"])
    pdf.ln(4)

    # summary: labels left, values far right
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", size=11); pdf.set_text_color(38, 99, 235)
    pdf.cell(0, 7, "お支払額の計算", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    lines = [("収益合計（円換算）", yen(PROCEEDS)),
             ("返金・調整（2025年3月分、返金 35件）", yen(REFUNDS)),
             ("源泉徴収税額（国内法人のため対象外）", "¥0")]
    pdf.set_font("dv", size=9)
    for lab, val in lines:
        pdf.cell(140, 7, lab)
        pdf.cell(40, 7, val, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(220, 220, 220)
        pdf.line(15, pdf.get_y(), 195, pdf.get_y())
    pdf.set_fill_color(38, 99, 235); pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", size=11)
    pdf.cell(140, 10, "  お支払額（2025年4月30日 振込）", fill=True)
    pdf.cell(40, 10, yen(PAYOUT) + "  ", align="R", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("dv", size=8.5)
    pdf.cell(0, 5, "振込先：みずほ銀行 札幌支店　普通預金　口座番号 ＊＊＊4418　名義 カ）コトリソフト", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("dv", size=7); pdf.set_text_color(90, 90, 90)
    pdf.lines(4, ["本書は、アップハーバー・ジャパン合同会社がデベロッパーに代わって販売したアプリ及びアプリ内課金の売上に係る支払明細です。",
                  "手数料はスモールビジネスプログラム適用料率（15％）により計算しています。手数料に係る適格請求書はデベロッパーポータルの",
                  "［支払と財務レポート］からダウンロードできます。お問い合わせは支払番号を添えてご連絡ください。"])
    pdf.output(out)


if __name__ == "__main__":
    main(sys.argv[1])
