# Turkish e-Fatura (GİB layout) of a hardware wholesaler, drawn with fpdf2.
import sys
from datetime import datetime, timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

FD = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime(2025, 4, 14, 10, 0, tzinfo=timezone.utc))
pdf.add_font("DV", "", FD + "DejaVuSansCondensed.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(12, 12, 12); pdf.set_auto_page_break(True, 14)
pdf.add_page()
pdf.set_font("DV", "", 8)
# seller block with rules above and below
pdf.line(12, 12, 92, 12)
pdf.set_xy(12, 13)
pdf.set_font("DV", "B", 8.5); pdf.multi_cell(80, 4.2, "ANADOLU HIRDAVAT TOPTAN TİCARET LİMİTED ŞİRKETİ", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(80, 4.1, "Fevzi Çakmak Mah. 10742. Sk. No: 21\nKaratay / KONYA\nTel: (0332) 342 18 60 Fax: (0332) 342 18 61\nWeb Sitesi: www.anadoluhirdavat.com.tr\nE-Posta: muhasebe@anadoluhirdavat.com.tr\nVergi Dairesi: SELÇUK\nVKN: 0680412343\nMersis No: 0068041234300014", new_x="LMARGIN", new_y="NEXT")
pdf.line(12, pdf.get_y() + 1, 92, pdf.get_y() + 1)
ys = pdf.get_y() + 1
# GIB badge and title
pdf.set_draw_color(180, 0, 0); pdf.set_line_width(0.8); pdf.circle(x=115, y=30, radius=10)
pdf.set_xy(105, 27); pdf.set_text_color(180, 0, 0); pdf.set_font("DV", "B", 9); pdf.cell(20, 6, "GİB", align="C")
pdf.set_xy(98, 42); pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "B", 12); pdf.cell(34, 6, "e-FATURA", align="C")
pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.2)
# QR placeholder
pdf.rect(170, 14, 26, 26)
for i in range(0, 26, 3):
    for j in range(0, 26, 3):
        if (i * 7 + j * 3) % 5 < 2: pdf.rect(170 + i, 14 + j, 2.4, 2.4, style="F")
# customer
pdf.set_xy(12, ys + 4); pdf.line(12, ys + 3, 92, ys + 3)
pdf.set_font("DV", "B", 8.5); pdf.cell(80, 4.5, "SAYIN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8)
pdf.multi_cell(80, 4.1, "Karatay Yapı Malzemeleri San. ve Tic. Ltd. Şti.\nKarasınır Mah. Gazze Cad. No: 114\nSelçuklu / KONYA\nTel: (0332) 251 90 44\nVergi Dairesi: MERAM\nVKN: 5230912345", new_x="LMARGIN", new_y="NEXT")
pdf.line(12, pdf.get_y() + 1, 92, pdf.get_y() + 1)
pdf.ln(3); pdf.set_font("DV", "B", 8); pdf.cell(12, 5, "ETTN: "); pdf.set_font("DV", "", 8); pdf.cell(80, 5, "3F7B2C90-8D41-4E6A-B5C2-91E0A4D7F368", new_x="LMARGIN", new_y="NEXT")
yafter = pdf.get_y()
# info table on the right
pdf.set_xy(128, 62)
for a, b in (("Özelleştirme No:", "TR1.2"), ("Senaryo:", "TEMELFATURA"), ("Fatura Tipi:", "SATIS"), ("Fatura No:", "AHT2025000001873"),
             ("Fatura Tarihi:", "14-04-2025"), ("İrsaliye No:", "AHI2025000000944"), ("İrsaliye Tarihi:", "14-04-2025"), ("Sipariş No:", "KYM-2025-0318")):
    pdf.set_x(128); pdf.set_font("DV", "B", 8); pdf.cell(32, 5, a, border=1); pdf.set_font("DV", "", 8); pdf.cell(36, 5, b, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(yafter, pdf.get_y()) + 6)
hdr = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
pdf.set_font("DV", "", 7.6)
rows = [("Sıra No", "Mal Hizmet", "Miktar", "Birim Fiyat", "İskonto Oranı", "İskonto Tutarı", "KDV Oranı", "KDV Tutarı", "Mal Hizmet Tutarı"),
        ("1", "HSS Matkap Ucu Seti 19 Parça (1-10 mm)", "25 Adet", "385,00 TL", "%0,00", "0,00 TL", "%20,00", "1.925,00 TL", "9.625,00 TL"),
        ("2", "Akülü Vidalama 18V 2x2,0 Ah, Çantalı", "10 Adet", "2.450,00 TL", "%5,00", "1.225,00 TL", "%20,00", "4.655,00 TL", "23.275,00 TL"),
        ("3", "Çelik Şerit Metre 5 m x 25 mm", "60 Adet", "95,00 TL", "%0,00", "0,00 TL", "%20,00", "1.140,00 TL", "5.700,00 TL"),
        ("4", "Nitril Kaplı İnşaat Eldiveni (Düzine)", "40 Düzine", "210,00 TL", "%0,00", "0,00 TL", "%20,00", "1.680,00 TL", "8.400,00 TL"),
        ("5", "Şeffaf Silikon 280 ml", "120 Adet", "68,50 TL", "%0,00", "0,00 TL", "%20,00", "1.644,00 TL", "8.220,00 TL")]
with pdf.table(col_widths=(10, 52, 17, 20, 15, 19, 14, 20, 22), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=hdr, line_height=4.4) as t:
    for r in rows:
        row = t.row()
        for c in r: row.cell(c)
pdf.ln(4)
for a, b in (("Mal Hizmet Toplam Tutarı", "56.445,00 TL"), ("Toplam İskonto", "1.225,00 TL"), ("Hesaplanan KDV(%20)", "11.044,00 TL"),
             ("Vergiler Dahil Toplam Tutar", "66.264,00 TL"), ("Ödenecek Tutar", "66.264,00 TL")):
    pdf.set_x(120); pdf.set_font("DV", "B", 8.2); pdf.cell(46, 5.4, a, border=1, align="R"); pdf.set_font("DV", "", 8.2); pdf.cell(32, 5.4, b, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DV", "", 8)
pdf.multi_cell(0, 4.4, "Not: Yalnız AltmışAltıBinİkiYüzAltmışDört TL'dir.\n"
               "Ödeme Şekli: Havale/EFT · Vade: 30 gün (14-05-2025)\n"
               "Banka: Türkiye Halk Bankası Konya Şubesi · IBAN: TR33 0006 1005 1978 6457 8413 26\n"
               "Malı teslim alan: Hüseyin Kara · Araç plakası: 42 AHT 318\n"
               "Bu belge 5070 sayılı Elektronik İmza Kanunu'na göre güvenli elektronik imza ile imzalanmıştır.", border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
