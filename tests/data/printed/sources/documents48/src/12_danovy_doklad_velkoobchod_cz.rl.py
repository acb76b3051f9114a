"""Cash-and-carry till receipt (daňový doklad) for a pub's purchase, long 80 mm thermal-paper page, Czech
(ReportLab canvas, DejaVu Sans Mono). Usage: python3 12_danovy_doklad_velkoobchod_cz.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("M", F + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("MB", F + "DejaVuSansMono-Bold.ttf"))

# code (EAN or article no.), text, qty, unit, unit price excl. VAT (CZK),
# VAT class (A = 21 %, B = 12 %, X = deposit on returnable kegs, outside the VAT base)
ITEMS = [
    ("8594007123456", "PIVO LEŽÁK 11° SUD 50L", 4, "ks", "1890.00", "A"),
    ("8591234008716", "PIVO TMAVÉ 10° SUD 30L", 1, "ks", "1095.00", "A"),
    ("900101", "ZÁLOHA SUD KEG 30/50L", 5, "ks", "1500.00", "X"),
    ("8590003411283", "MINERÁLKA PERLIVÁ 0,5L", 24, "ks", "9.90", "B"),
    ("8594018273645", "LIMONÁDA POMERANČ 1,5L", 12, "ks", "19.40", "B"),
    ("8596002184739", "TONIC 0,25L SKLO", 24, "ks", "14.20", "B"),
    ("8594182009118", "RUM TUZEMSKÝ 37,5% 1L", 3, "ks", "219.00", "A"),
    ("4004182736456", "VODKA 40% 1L", 2, "ks", "248.00", "A"),
    ("8590207318463", "SLIVOVICE 50% 0,7L", 2, "ks", "389.00", "A"),
    ("201847", "VEPŘOVÁ PLEC B.K. VÁŽENÉ", "12.384", "kg", "109.90", "B"),
    ("201852", "VEPŘOVÁ KOLENA ZADNÍ VÁŽ.", "8.520", "kg", "74.90", "B"),
    ("203311", "HOVĚZÍ ZADNÍ VÁŽENÉ", "5.146", "kg", "289.00", "B"),
    ("203980", "KUŘECÍ PRSNÍ ŘÍZKY 2KG", 3, "ks", "318.00", "B"),
    ("205104", "KLOBÁSY OPÉKACÍ 1KG", 4, "ks", "129.90", "B"),
    ("206021", "UTOPENCI 2,5KG SKLO", 1, "ks", "219.00", "B"),
    ("207440", "SÝR EIDAM 30% BLOK", "2.830", "kg", "139.00", "B"),
    ("207515", "HERMELÍN 100G", 20, "ks", "24.90", "B"),
    ("208001", "MÁSLO 82% 250G", 10, "ks", "44.90", "B"),
    ("208120", "SMETANA KE ŠLEHÁNÍ 33% 1L", 6, "ks", "89.00", "B"),
    ("209310", "BRAMBORY KONZUMNÍ 25KG", 2, "ks", "279.00", "B"),
    ("209355", "CIBULE ŽLUTÁ 10KG", 1, "ks", "159.00", "B"),
    ("209402", "ZELÍ KYSANÉ 5KG", 2, "ks", "119.00", "B"),
    ("210050", "MOUKA HLADKÁ 00 1KG", 10, "ks", "14.90", "B"),
    ("210088", "OLEJ FRITOVACÍ 10L", 2, "ks", "459.00", "B"),
    ("210140", "KMÍN CELÝ 500G", 1, "ks", "89.00", "B"),
    ("211002", "KNEDLÍK HOUSKOVÝ 1KG", 8, "ks", "39.90", "B"),
    ("212300", "UBROUSKY 33X33 BÍLÉ 500KS", 2, "ks", "149.00", "A"),
    ("212415", "SÁČKY NA ODPAD 120L 25KS", 2, "ks", "99.00", "A"),
    ("212600", "PROSTŘEDEK NA NÁDOBÍ 5L", 1, "ks", "219.00", "A"),
]
C = D("0.01")
lines = []
base = {"A": D(0), "B": D(0), "X": D(0)}
for code, text, qty, unit, price, vat in ITEMS:
    amt = (D(str(qty)) * D(price)).quantize(C, ROUND_HALF_UP)
    base[vat] += amt
    lines.append((code, text, qty, unit, D(price), vat, amt))
dph = {"A": (base["A"] * D("0.21")).quantize(C, ROUND_HALF_UP), "B": (base["B"] * D("0.12")).quantize(C, ROUND_HALF_UP)}
net = base["A"] + base["B"]
vat_total = dph["A"] + dph["B"]
deposit = base["X"]
total = net + vat_total + deposit
assert (len(lines), net, vat_total, deposit, total) == (29, D("21595.71"), D("3608.58"), D("7500.00"), D("32704.29")), \
    (len(lines), net, vat_total, deposit, total)


def cz(x, nd=2):
    s = f"{x:,.{nd}f}"
    return s.replace(",", " ").replace(".", ",")


W = 80 * mm
H = 336 * mm
c = canvas.Canvas(sys.argv[1], pagesize=(W, H), initialFontName="M", initialFontSize=7)
c.setTitle("Daňový doklad 3104/0417/118")
L, R = 4 * mm, W - 4 * mm
y = H - 9 * mm


def ln(t, font="M", size=6.6, align="L", dy=3.15 * mm):
    global y
    c.setFont(font, size)
    if align == "C":
        c.drawCentredString(W / 2, y, t)
    elif align == "R":
        c.drawRightString(R, y, t)
    else:
        c.drawString(L, y, t)
    y -= dy


def lr(a, b, font="M", size=6.6, dy=3.15 * mm):
    global y
    c.setFont(font, size)
    c.drawString(L, y, a)
    c.drawRightString(R, y, b)
    y -= dy


def rule(ch="-"):
    ln(ch * 44)


ln("GASTRO KAPR", "MB", 12, "C", 5 * mm)
ln("CASH & CARRY", "M", 7, "C", 3.6 * mm)
ln("GASTRO KAPR Cash & Carry s.r.o.", "M", 6.6, "C")
ln("Průmyslová 1184/12, 108 00 Praha 10", "M", 6.6, "C")
ln("IČO: 27418367  DIČ: CZ27418367", "M", 6.6, "C")
ln("C 118473 vedená u Městského soudu v Praze", "M", 5.8, "C")
y -= 1.5 * mm
ln("DAŇOVÝ DOKLAD", "MB", 9, "C", 4.2 * mm)
lr("Číslo dokladu:", "3104/0417/118")
lr("Datum a čas:", "23.10.2025 07:48")
lr("Datum zdan. plnění:", "23.10.2025")
lr("Pokladna / obsluha:", "04 / 1187")
rule()
ln("Odběratel:", "MB")
ln("Hospoda U Tří lip s.r.o.")
ln("Na Výsluní 7, 140 00 Praha 4")
ln("IČO: 08614377  DIČ: CZ08614377")
lr("Zákaznická karta:", "184 27 036 / 02")
rule()
lr("Zboží", "Kč bez DPH  D")
rule()
for code, text, qty, unit, price, vat, amt in lines:
    ln(text)
    q = cz(D(str(qty)), 3) if unit == "kg" else str(qty)
    lr(f"  {code}  {q} {unit} x {cz(price)}", f"{cz(amt)}  {vat}")
rule()
lr("Počet položek:", str(len(lines)))
rule("=")
ln("Rekapitulace DPH", "MB")
lr("Sazba     Základ        DPH", "Celkem")
for k, rate in (("A", "21%"), ("B", "12%")):
    lr(f"{k} {rate:>4} {cz(base[k]):>11} {cz(dph[k]):>10}", cz(base[k] + dph[k]))
lr(f"Celkem {cz(net):>11} {cz(vat_total):>10}", cz(net + vat_total))
lr("X Zálohy na vratné obaly (mimo DPH)", cz(deposit))
rule("=")
lr("CELKEM K ÚHRADĚ Kč", cz(total), "MB", 9, 4.6 * mm)
rule()
lr("Platba kartou", cz(total))
ln("  VISA Business **** **** **** 6621")
ln("  Autorizační kód: 418273   Terminál: KAPR0104")
rule()
ln("Zboží zůstává až do zaplacení majetkem", "M", 6, "C", 2.8 * mm)
ln("prodávajícího. Reklamace do 3 dnů s dokladem.", "M", 6, "C", 2.8 * mm)
ln("Děkujeme za nákup!", "MB", 7, "C", 4 * mm)
ln("www.gastrokapr.example", "M", 6, "C")
c.showPage()
c.save()
