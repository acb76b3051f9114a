# Slovak eKasa till receipt of a building-materials store (80 mm roll), drawn with fpdf2.
import sys
from datetime import datetime, timezone
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(unit="mm", format=(80, 215))
pdf.set_creation_date(datetime(2025, 7, 25, 14, 32, tzinfo=timezone.utc))
pdf.add_font("M", "", FD + "DejaVuSansMono.ttf"); pdf.add_font("M", "B", FD + "DejaVuSansMono-Bold.ttf")
pdf.set_margins(4, 5, 4); pdf.set_auto_page_break(False)
pdf.add_page()
W = 72
def c(t, s=7.4, b=False, a="C"):
    pdf.set_font("M", "B" if b else "", s); pdf.cell(W, 3.4 if s < 9 else 4.6, t, align=a, new_x="LMARGIN", new_y="NEXT")
def lr(l, r, s=7.4, b=False):
    pdf.set_font("M", "B" if b else "", s); y = pdf.get_y()
    pdf.cell(W, 3.4 if s < 9 else 4.6, l); pdf.set_xy(4, y); pdf.cell(W, 3.4 if s < 9 else 4.6, r, align="R", new_x="LMARGIN", new_y="NEXT")
def dash(): c("-" * 44, 6.6)
c("PRO-STAV", 13, True)
c("PRO-STAV market s.r.o.", 8, True)
c("Sídlo: Kamenná 8, 010 01 Žilina")
c("Prevádzka: Stavebniny PRO-STAV")
c("Bratislavská 52, 010 01 Žilina")
c("IČO: 47123456   DIČ: 2021234567")
c("IČ DPH: SK2021234567")
dash()
c("POKLADNIČNÝ DOKLAD", 9, True)
lr("Kód pokladnice:", "88812345678901234")
lr("Číslo dokladu:", "238")
lr("Dátum:", "25.07.2025 14:32:07")
lr("Pokladňa č.:", "2   Pokladník: Marek")
dash()
items = [("Sadrokartón RB 12,5 1250x2000", "20 ks x 6,49", "129,80"),
         ("Profil CW 50, 3 m", "24 ks x 2,89", "69,36"),
         ("Profil UW 50, 3 m", "10 ks x 2,39", "23,90"),
         ("Skrutky TN 3,5x25 (1000 ks)", "2 bal x 9,90", "19,80"),
         ("Páska spárovacia 90 m", "3 ks x 3,49", "10,47")]
for n, q, t in items:
    c(n, a="L"); lr("   " + q, t + " A")
dash()
lr("SPOLU EUR", "253,33", 11, True)
dash()
lr("Platba kartou (VISA)", "253,33")
lr("Vrátené", "0,00")
dash()
lr("Sadzba", "Základ    DPH    Spolu", 6.8)
lr("A 23 %", "205,96  47,37   253,33", 6.8)
lr("B 19 %", "  0,00   0,00     0,00", 6.8)
lr("C 5 %", "  0,00   0,00     0,00", 6.8)
dash()
c("IČO odberateľa: 36123456", a="L")
c("Odberateľ: STAVBY MORAVEC s.r.o.", a="L")
c("Vernostná karta: ****5521  Body: +25", a="L")
dash()
c("UID: O-7F3A2C1B9D0E4F8A91B2C3D4E5F6A7B8", 6.2)
c("OKP: 3A9F1C77-0B2E8D41-9C6A5F30-", 6.2)
c("     E1D7B249-6F0A3C85", 6.2)
pdf.ln(1.5)
x0 = 26
for i in range(0, 28, 2):
    for j in range(0, 28, 2):
        if (i * 5 + j * 11) % 7 < 3: pdf.rect(x0 + i, pdf.get_y() + j, 1.8, 1.8, style="F")
pdf.set_y(pdf.get_y() + 30)
c("Reklamácie do 30 dní s dokladom.")
c("Ďakujeme za nákup!", 8, True)
c("www.pro-stav.sk  Po-Pi 7-18  So 7-12")
pdf.output(sys.argv[1])
