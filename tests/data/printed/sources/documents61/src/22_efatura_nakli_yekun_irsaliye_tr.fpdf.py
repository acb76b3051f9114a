import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"
OUT = sys.argv[1]


def mkpdf(cls=FPDF, title=""):
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773964800")), timezone.utc))
    pdf.set_title(title)
    for fam, fn in (("DV", "DejaVuSans"), ("DC", "DejaVuSansCondensed")):
        pdf.add_font(fam, "", F + fn + ".ttf")
        pdf.add_font(fam, "B", F + fn + "-Bold.ttf")
    return pdf
from decimal import Decimal as D, ROUND_HALF_UP

"""Printed copy of a Turkish e-Fatura of a knitted-fabric mill (Türkiye, Bursa), Turkish: pages 1 and 2 are portrait
A4 (header with VKN, Fatura No, Fatura Tarihi, ETTN; 26 lines with "Nakli Yekün" carried from page 1 to page 2; Mal
Hizmet Toplam Tutarı, Hesaplanan KDV %20, Vergiler Dahil Toplam Tutar, Ödenecek Tutar and the amount in words only on
page 2); page 3 is a landscape A4 list of the six dispatch notes (irsaliye) with dates, vehicles and quantities.
Turkish number format (12.345,60 TL), dates dd.mm.yyyy. fpdf2 (add_page(orientation="L")), DejaVu Sans / Condensed.
Usage: python3 22_efatura_nakli_yekun_irsaliye_tr.fpdf.py out.pdf"""

PAGES = [[('Pamuklu penye kumaş 30/1, ham', '412.5', 'kg', '214.50', 'A-26-00418'), ('Süprem kumaş 40/1, boyalı', '186.0', 'kg', '289.40', 'A-26-00431'), ('Ram ve kompakt apre', '95.4', 'kg', '18.25', 'A-26-00447'), ('Ribana 2x2, beyaz', '264.8', 'kg', '241.75', 'A-26-00452'), ('Fason boyama hizmeti', '150.0', 'kg', '46.80', 'A-26-00470'), ('Pamuklu penye kumaş 30/1, boyalı lacivert', '338.2', 'kg', '268.00', 'A-26-00488'), ('Kaşe kumaş 3 iplik, antrasit', '72.6', 'kg', '312.00', 'A-26-00418'), ('Pamuklu penye kumaş 30/1, ham', '412.5', 'kg', '214.50', 'A-26-00431'), ('Süprem kumaş 40/1, boyalı', '186.0', 'kg', '289.40', 'A-26-00447'), ('Ram ve kompakt apre', '95.4', 'kg', '18.25', 'A-26-00452'), ('Ribana 2x2, beyaz', '264.8', 'kg', '241.75', 'A-26-00470'), ('Fason boyama hizmeti', '150.0', 'kg', '46.80', 'A-26-00488'), ('Pamuklu penye kumaş 30/1, boyalı lacivert', '338.2', 'kg', '268.00', 'A-26-00418'), ('Kaşe kumaş 3 iplik, antrasit', '72.6', 'kg', '312.00', 'A-26-00431'), ('Pamuklu penye kumaş 30/1, ham', '412.5', 'kg', '214.50', 'A-26-00447'), ('Süprem kumaş 40/1, boyalı', '186.0', 'kg', '289.40', 'A-26-00452')], [('Ram ve kompakt apre', '95.4', 'kg', '18.25', 'A-26-00470'), ('Ribana 2x2, beyaz', '264.8', 'kg', '241.75', 'A-26-00488'), ('Fason boyama hizmeti', '150.0', 'kg', '46.80', 'A-26-00418'), ('Pamuklu penye kumaş 30/1, boyalı lacivert', '338.2', 'kg', '268.00', 'A-26-00431'), ('Kaşe kumaş 3 iplik, antrasit', '72.6', 'kg', '312.00', 'A-26-00447'), ('Pamuklu penye kumaş 30/1, ham', '412.5', 'kg', '214.50', 'A-26-00452'), ('Süprem kumaş 40/1, boyalı', '186.0', 'kg', '289.40', 'A-26-00470'), ('Ram ve kompakt apre', '95.4', 'kg', '18.25', 'A-26-00488'), ('Ribana 2x2, beyaz', '264.8', 'kg', '241.75', 'A-26-00418'), ('Fason boyama hizmeti', '150.0', 'kg', '46.80', 'A-26-00431')]]
DISP = [('A-26-00418', '02.03.2026', '34 KTR 418', 'Bursa OSB → Esenyurt', '1238.1', 5), ('A-26-00431', '03.03.2026', '16 ABC 731', 'Bursa OSB → Esenyurt', '1159.3', 5), ('A-26-00447', '04.03.2026', '34 KTR 418', 'Bursa OSB → Esenyurt', '766.5', 4), ('A-26-00452', '05.03.2026', '16 ABC 731', 'Bursa OSB → Esenyurt', '958.7', 4), ('A-26-00470', '06.03.2026', '34 KTR 418', 'Bursa OSB → Esenyurt', '696.2', 4), ('A-26-00488', '07.03.2026', '16 ABC 731', 'Bursa OSB → Esenyurt', '848.4', 4)]


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def tr(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


pdf = mkpdf(FPDF, "e-Fatura KTM2026000000418")
pdf.set_auto_page_break(False)
pdf.set_margins(14, 14, 14)


def head(n):
    pdf.set_font("DV", "B", 15)
    pdf.set_text_color(150, 30, 40)
    pdf.set_xy(14, 12)
    pdf.cell(90, 8, "KARATAŞ TEKSTİL")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DC", "", 8)
    for i, t in enumerate(["Karataş Örme ve Tekstil Sanayi Ticaret A.Ş.", "Demirtaş OSB, Mustafa Karaer Cad. No: 18, Osmangazi / Bursa",
                           "Uludağ Vergi Dairesi · VKN 4817293656 · Mersis 0481729365600018"]):
        pdf.set_xy(14, 21 + i * 4)
        pdf.cell(110, 4, t)
    pdf.set_font("DV", "B", 12)
    pdf.set_xy(130, 12)
    pdf.cell(66, 7, "e-FATURA", align="R")
    pdf.set_font("DC", "", 8)
    for i, (k, v) in enumerate([("Fatura No:", "KTM2026000000418"), ("Fatura Tarihi:", "09.03.2026"), ("Fatura Tipi:", "SATIŞ"), ("Sayfa:", str(n) + " / 3")]):
        pdf.set_xy(130, 20 + i * 4)
        pdf.cell(28, 4, k)
        pdf.cell(38, 4, v, align="R")
    pdf.line(14, 38, 196, 38)


W = [8, 70, 22, 12, 24, 22, 24]


def th():
    pdf.set_font("DC", "B", 7.8)
    pdf.set_fill_color(240, 225, 225)
    for w, t in zip(W, ["Sıra", "Mal / Hizmet", "Miktar", "Birim", "Birim Fiyat", "İrsaliye", "Tutar"]):
        pdf.cell(w, 6, t, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("DC", "", 7.8)


def nakli(v):
    pdf.set_font("DC", "B", 8)
    pdf.cell(sum(W[:6]), 6, "Nakli Yekün", border=1)
    pdf.cell(W[6], 6, tr(v), border=1, align="R")
    pdf.ln()
    pdf.set_font("DC", "", 7.8)


pdf.add_page()
head(1)
pdf.set_font("DC", "", 8)
for i, t in enumerate(["SAYIN", "Marmara Hazır Giyim Dış Ticaret Ltd. Şti.", "Hadımköy Yolu Cad. No: 41, Esenyurt / İstanbul",
                       "Esenyurt Vergi Dairesi · VKN 7918462036", "Sipariş No: MHG-2026-0233 · Vade Tarihi: 08.04.2026",
                       "ETTN: 6f1c2a94-3b7e-4d18-9a52-18e4c7b20d61"]):
    pdf.set_xy(14, 41 + i * 4.3)
    pdf.cell(180, 4.3, t)
pdf.set_y(70)
th()
sira = 0
run = D(0)
for i, rows in enumerate(PAGES):
    if i:
        pdf.add_page()
        head(2)
        pdf.set_y(42)
        th()
        nakli(run)
    for n, qt, u, p, ir in rows:
        sira += 1
        v = q(D(qt) * D(p))
        run += v
        for w, t, a in zip(W, [str(sira), n, tr(D(qt)).replace(",00", ",0") if False else qt.replace(".", ","), u, tr(D(p)), ir, tr(v)], ["C", "L", "R", "C", "R", "C", "R"]):
            pdf.cell(w, 6, t, border=1, align=a)
        pdf.ln()
    if i == 0:
        nakli(run)
net = run
kdv = q(net * D("0.20"))
tot = net + kdv
pdf.ln(4)
for k, v in [("Mal Hizmet Toplam Tutarı", net), ("Hesaplanan KDV (%20)", kdv), ("Vergiler Dahil Toplam Tutar", tot), ("Ödenecek Tutar", tot)]:
    pdf.set_x(110)
    pdf.set_font("DC", "B" if k.startswith("Öd") else "", 8.5)
    pdf.cell(52, 6, k, border=1)
    pdf.cell(34, 6, tr(v) + " TL", border=1, align="R")
    pdf.ln()
pdf.ln(4)
pdf.set_font("DC", "", 8)
pdf.multi_cell(182, 4.3, "Yalnız: {}\nIBAN: TR37 0006 4000 1184 7293 6100 01 (Anadolu Ticaret Bankası, Demirtaş Şubesi)\nVade: 30 gün. Vadesinde ödenmeyen tutarlara aylık %4,25 vade farkı uygulanır. İrsaliye listesi sayfa 3'tedir.".format(
    "BİR MİLYON DÖRT YÜZ KIRK BİN İKİ YÜZ ELLİ İKİ TÜRK LİRASI DOKSAN ALTI KURUŞ"))
assert tot == D("1440252.96")
pdf.add_page(orientation="L")
pdf.set_font("DV", "B", 13)
pdf.set_xy(14, 14)
pdf.cell(200, 7, "İRSALİYE LİSTESİ — Fatura KTM2026000000418 (09.03.2026)")
pdf.set_font("DC", "", 8)
pdf.set_xy(200, 14)
pdf.cell(83, 7, "Sayfa: 3 / 3", align="R")
pdf.set_xy(14, 24)
WL = [40, 30, 34, 90, 30, 30, 30]
pdf.set_font("DC", "B", 8.5)
pdf.set_fill_color(240, 225, 225)
for w, t in zip(WL, ["İrsaliye No", "Sevk Tarihi", "Araç Plakası", "Güzergâh", "Kalem Sayısı", "Miktar (kg)", "Teslim Alan"]):
    pdf.cell(w, 7, t, border=1, fill=True, align="C")
pdf.ln()
pdf.set_font("DC", "", 8.5)
for a, b, c, d, k, n in DISP:
    pdf.set_x(14)
    for w, t, al in zip(WL, [a, b, c, d, str(n), k.replace(".", ","), "M. Yıldırım"], ["C", "C", "C", "L", "R", "R", "C"]):
        pdf.cell(w, 7, t, border=1, align=al)
    pdf.ln()
pdf.set_x(14)
pdf.set_font("DC", "B", 8.5)
pdf.cell(sum(WL[:4]), 7, "Toplam", border=1)
pdf.cell(WL[4], 7, str(sum(n for *_, n in DISP)), border=1, align="R")
pdf.cell(WL[5], 7, str(sum(D(k) for *_, k, _ in DISP)).replace(".", ","), border=1, align="R")
pdf.cell(WL[6], 7, "", border=1)
pdf.output(OUT)
