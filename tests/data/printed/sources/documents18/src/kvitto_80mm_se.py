"""Swedish grocery till receipt on an 80 mm wide roll (fpdf2, core Courier font)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
W = 80.0
pdf = FPDF(orientation="P", unit="mm", format=(W, 215))
pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 5, 17, 42, tzinfo=__import__("datetime").timezone.utc))
pdf.set_title("Kvitto 4821")
pdf.set_creator("KassaNova POS 6.2")
pdf.set_auto_page_break(False)
pdf.set_producer("fpdf2 " + __import__("fpdf").__version__)
pdf.set_margins(4, 4, 4)
pdf.add_page()
CW = W - 8  # usable width
LH = 3.6


def c(txt, size=8, style=""):
    pdf.set_font("Courier", style, size)
    pdf.cell(CW, LH if size <= 8 else 5, txt, align="C", new_x="LMARGIN", new_y="NEXT")


def lr(left, right, size=8, style=""):
    pdf.set_font("Courier", style, size)
    y = pdf.get_y()
    pdf.set_x(4)
    pdf.cell(CW, LH, left, align="L")
    pdf.set_xy(4, y)
    pdf.cell(CW, LH, right, align="R", new_x="LMARGIN", new_y="NEXT")


def l(txt, size=8, style=""):
    pdf.set_font("Courier", style, size)
    pdf.cell(CW, LH, txt, align="L", new_x="LMARGIN", new_y="NEXT")


def rule(ch="-"):
    l(ch * 40, 7.4)


pdf.set_y(5)
c("LINDGRENS LIVS", 13, "B")
c("Lindgrens Livs AB")
c("Storgatan 22, 903 26 Umeå")
c("Tel 090-13 45 20")
c("Org.nr 556812-4471")
c("Öppet alla dagar 7-22")
pdf.ln(2)
lr("2025-04-05 17:42:13", "Kassa 3")
lr("Kvitto nr 4821", "Kassör 12")
rule()
lr("MELLANMJÖLK 1,5L", "19,95")
lr("SMÖR NORMALSALTAT 500G", "64,90")
lr("KNÄCKEBRÖD RÅG 520G", "27,50")
l("BANANER EKO")
lr("  1,235 kg x 32,90 kr/kg", "40,63")
l("KAFFE MELLANROST 450G")
lr("  2 st x 59,90", "119,80")
lr("  Rabatt 2 för 99,00", "-20,80")
lr("FALUKORV 800G", "42,95")
lr("TANDKRÄM FLUOR 75ML        *", "29,90")
lr("DISKMEDEL ORIGINAL 500ML   *", "34,90")
rule()
lr("Antal varor", "9")
lr("TOTALT", "359,73", 10, "B")
pdf.ln(1)
lr("Erhållen rabatt", "20,80")
lr("Bonusgrundande belopp", "359,73")
rule()
l("Moms%        Moms       Netto     Brutto", 7.4)
l("12,00       31,60      263,33     294,93", 7.4)
l("25,00 *     12,96       51,84      64,80", 7.4)
l("Summa       44,56      315,17     359,73", 7.4)
rule()
lr("Kort", "359,73")
pdf.ln(1)
l("MASTERCARD", 7.4)
l("************4417", 7.4)
l("Kontaktlös  KÖP  SEK 359,73", 7.4)
l("Butik 4471201  Term 80013277", 7.4)
l("Ref 004821  Rsp 00  Aut 583120", 7.4)
l("AID A0000000041010", 7.4)
l("2025-04-05 17:42", 7.4)
l("Kortinnehavarens kopia", 7.4)
rule()
c("Medlem: 7,5 % bonus nästa köp", 7.4)
c("Bonussaldo efter köp: 126,40 kr", 7.4)
pdf.ln(1)
c("Öppet köp 30 dagar mot kvitto", 7.4)
c("Spara kvittot", 7.4)
c("Tack för ditt besök!", 8, "B")
pdf.ln(1)
c("Kassaregister 6.2 / KN-0017-4471", 6.5)
pdf.output(out)
