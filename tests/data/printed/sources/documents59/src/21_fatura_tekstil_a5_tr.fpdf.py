"""Textile mill's e-archive invoice printout on an A5 portrait page (Türkiye, Bursa), Turkish: company name in a
stylised logo line and the legal name with tax office and VKN, "e-ARŞİV FATURA" with a label block top right
(Fatura No, Fatura Tarihi, Sipariş No, Vade Tarihi), buyer block with VKN, three lines in metres, a 5 % discount
(iskonto) as a negative line, Mal Hizmet Toplam Tutarı, KDV %20, Vergiler Dahil Toplam Tutar / Ödenecek Tutar, amount
in words, IBAN. Turkish number format (56.430,00 TL), dates dd.mm.yyyy. fpdf2, DejaVu Sans / Condensed (ş ğ ı İ).
Usage: python3 21_fatura_tekstil_a5_tr.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal as D

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def tr(x):
    """Turkish format: 56.430,00"""
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


LINES = [("Pamuklu poplin kumaş, 150 cm, beyaz", 120, D("185.40")),
         ("Keten kumaş, 140 cm, naturel", 60, D("239.90")),
         ("Astar kumaş, polyester, 150 cm", 200, D("64.75"))]
GROSS = sum(n * p for _, n, p in LINES)
DISC = -q(GROSS * D("0.05"))
NET = GROSS + DISC
KDV = q(NET * D("0.20"))
TOTAL = NET + KDV
assert (GROSS, DISC, NET, KDV, TOTAL) == (D("49592.00"), D("-2479.60"), D("47112.40"), D("9422.48"), D("56534.88")), \
    (GROSS, DISC, NET, KDV, TOTAL)

pdf = FPDF(format="A5", unit="mm")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
pdf.set_title("e-Arşiv Fatura ATS2026000000418")
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("DC", "", F + "DejaVuSansCondensed.ttf")
pdf.add_font("DC", "B", F + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(9, 9, 9)
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_text_color(120, 20, 40)
pdf.set_font("DV", "B", 15)
pdf.cell(70, 7, "anadolu·tekstil", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DC", "", 6.6)
for t in ["Anadolu Tekstil Sanayi ve Ticaret A.Ş.", "Demirtaş OSB, Mustafa Karaer Cad. No: 41", "16245 Osmangazi / Bursa",
          "Vergi Dairesi: Çekirge  VKN: 4183729508", "Mersis No: 0418372950800015"]:
    pdf.cell(70, 3, t, new_x="LMARGIN", new_y="NEXT")
# label block top right
pdf.set_xy(84, 9)
pdf.set_font("DV", "B", 10)
pdf.cell(55, 6, "e-ARŞİV FATURA", align="R")
pdf.set_font("DC", "", 7)
y = 17
for k, v in [("Fatura No", "ATS2026000000418"), ("Fatura Tarihi", "16.03.2026"), ("Sipariş No", "EGK-SP-2291"),
             ("Vade Tarihi", "15.04.2026"), ("Senaryo", "EARSIVFATURA")]:
    pdf.set_xy(84, y)
    pdf.set_font("DC", "B", 7)
    pdf.cell(23, 3.6, k, border=1)
    pdf.set_font("DC", "", 7)
    pdf.cell(32, 3.6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    y += 3.6
pdf.set_xy(9, 38)
pdf.set_font("DC", "B", 7)
pdf.cell(70, 3.4, "SAYIN", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DC", "", 7)
for t in ["Ege Konfeksiyon Ltd. Şti.", "Atatürk Cad. No: 118/3, 35210 Konak / İzmir", "Vergi Dairesi: Konak  VKN: 7184729366"]:
    pdf.cell(70, 3.4, t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
cols = [(8, "Sıra"), (52, "Mal / Hizmet"), (16, "Miktar"), (20, "Birim Fiyat"), (12, "KDV"), (22, "Tutar")]
pdf.set_fill_color(120, 20, 40)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DC", "B", 6.8)
for w, h in cols:
    pdf.cell(w, 5, h, border=1, fill=True, align="C")
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("DC", "", 6.8)
for i, (name, n, p) in enumerate(LINES, 1):
    for (w, _), v, a in zip(cols, [str(i), name, f"{n} m", tr(p) + " TL", "%20", tr(n * p) + " TL"], "CLRRCR"):
        pdf.cell(w, 5, v, border=1, align=a)
    pdf.ln()
pdf.ln(2)
for k, v, b in [("Mal Hizmet Toplam Tutarı", tr(GROSS) + " TL", ""), ("Toplam İskonto (%5)", tr(DISC) + " TL", ""),
                ("Vergi Hariç Tutar", tr(NET) + " TL", ""), ("Hesaplanan KDV (%20)", tr(KDV) + " TL", ""),
                ("Vergiler Dahil Toplam Tutar", tr(TOTAL) + " TL", "B"), ("Ödenecek Tutar", tr(TOTAL) + " TL", "B")]:
    pdf.set_x(67)
    pdf.set_font("DC", b, 7.2)
    pdf.cell(42, 4.6, k, border=1)
    pdf.cell(21, 4.6, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DC", "", 6.8)
pdf.multi_cell(130, 3.4, "Yalnız: Elli Altı Bin Beş Yüz Otuz Dört Türk Lirası Seksen Sekiz Kuruş\n"
               "Ödeme: vade tarihine kadar havale / EFT ile\n"
               "IBAN: TR39 0006 2000 1847 2936 1000 01 (Garanti BBVA, Demirtaş Şubesi)\n"
               "Bu fatura elektronik ortamda e-Arşiv Fatura olarak düzenlenmiştir.\n"
               "ETTN: 3f1c8a52-7d4e-4b0a-9e61-28a4c7d10418")
pdf.output(sys.argv[1])
