"""Výplatní lístek (monthly payslip) of a machine operator: hourly wage, overtime, afternoon-shift premium, holiday pay,
bonus; social and health insurance rounded up to whole koruna, tax advance after the taxpayer credit, meal allowance
(stravenkový paušál) and a pension-savings deduction; year-to-date block. Czech Republic (ReportLab canvas).
Usage: python3 12_vyplatni_paska_cz.rl.py out.pdf"""
import sys
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", F + "DejaVuSansCondensed-Bold.ttf"))
BLUE = HexColor("#123f73")
SHADE = HexColor("#e9eef5")


def q(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def up(x, unit=D("1")):
    return (x / unit).to_integral_value(ROUND_CEILING) * unit


def cz(x):
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",")


RATE = D("238.00")
LINES = [  # code, name, days, hours, rate, amount
    ("100", "Mzda za odpracované hodiny", "22", D("176.00"), RATE),
    ("110", "Mzda za přesčas", "", D("6.00"), RATE),
    ("111", "Příplatek za přesčas 25 %", "", D("6.00"), D("59.50")),
    ("130", "Příplatek za odpolední směnu", "", D("88.00"), D("10.00")),
    ("200", "Náhrada mzdy – dovolená", "1", D("8.00"), D("251.40")),
]
amounts = [q(h * r) for *_, h, r in LINES]
BONUS = D("3500.00")
gross = sum(amounts) + BONUS
base_ins = up(gross)
sp = up(base_ins * D("0.071"))
zp_total = up(base_ins * D("0.135"))
zp = up(zp_total / 3)
tax_base = up(gross, D("100"))
tax = tax_base * D("0.15") - D("2570")
net = gross - sp - zp - tax
meal = D("22") * D("129.50")
dps = D("500.00")
payout = net + meal - dps
HOURS = D("182.00")
assert (gross, sp, zp, tax, net, payout) == (D("50064.20"), D("3555"), D("2253"), D("4945.00"), D("39311.20"), D("41660.20")), \
    (gross, sp, zp, tax, net, payout)
sp_er = up(base_ins * D("0.248"))
zp_er = zp_total - zp

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, initialFontName="DVC", initialFontSize=8)
c.setTitle("Výplatní lístek 10/2025 – os. č. 1047")
X0, X1 = 15 * mm, W - 15 * mm
c.setFont("DVCB", 13)
c.setFillColor(BLUE)
c.drawString(X0, H - 18 * mm, "VÝPLATNÍ LÍSTEK")
c.setFont("DVC", 9)
c.drawString(X0 + 44 * mm, H - 18 * mm, "za měsíc říjen 2025 (10/2025)")
c.setFillColor(black)
c.setFont("DVC", 7.6)
c.drawRightString(X1, H - 14 * mm, "Strojírna Vysočina s.r.o.")
c.drawRightString(X1, H - 17.5 * mm, "Průmyslová 1520/12, 586 01 Jihlava")
c.drawRightString(X1, H - 21 * mm, "IČO 04718364 · DIČ CZ04718364")
c.setStrokeColor(BLUE)
c.setLineWidth(1.2)
c.line(X0, H - 24 * mm, X1, H - 24 * mm)

# header grid 4 x 3
grid = [[("Zaměstnanec", "Petra Dvořáková"), ("Osobní číslo", "1047"), ("Středisko", "210 – obrobna CNC"), ("Profese", "Obsluha CNC strojů")],
        [("Fond prac. doby", "184,00 h / 23 dní"), ("Odpracováno celkem", "182,00 h"), ("Dovolená", "8,00 h / 1 den"), ("Přesčas", "6,00 h")],
        [("Mzdový tarif", "238,00 Kč/h"), ("Průměr pro náhrady", "251,40 Kč/h"), ("Zdravotní pojišťovna", "111 – VZP ČR"), ("Prohlášení poplatníka", "ano (sleva 2 570 Kč)")]]
y = H - 27 * mm
cw = (X1 - X0) / 4
for r, row in enumerate(grid):
    for i, (k, v) in enumerate(row):
        x = X0 + i * cw
        c.setFillColor(SHADE)
        c.rect(x, y - 9 * mm, cw, 9 * mm, stroke=1, fill=1)
        c.setFillColor(HexColor("#4a5a70"))
        c.setFont("DVC", 6.4)
        c.drawString(x + 1.6 * mm, y - 3.2 * mm, k)
        c.setFillColor(black)
        c.setFont("DVCB" if (r, i) in ((0, 0), (0, 1)) else "DVC", 8.2)
        c.drawString(x + 1.6 * mm, y - 7.2 * mm, v)
    y -= 9 * mm
c.setLineWidth(0.5)

# two columns: wage components (left) and deductions (right)
y -= 7 * mm
LX, LW = X0, 104 * mm
RX, RW = X0 + 108 * mm, X1 - X0 - 108 * mm
for x, w, t in ((LX, LW, "Mzdové složky"), (RX, RW, "Odvody a srážky")):
    c.setFillColor(BLUE)
    c.rect(x, y - 1.8 * mm, w, 6 * mm, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("DVCB", 8)
    c.drawString(x + 1.5 * mm, y, t)
c.setFillColor(black)
c.setFont("DVC", 6.6)
yy = y - 5.5 * mm
for x, t, al in [(LX + 1.5 * mm, "Kód  Název", "L"), (LX + 56 * mm, "Dny", "R"), (LX + 68 * mm, "Hodiny", "R"),
                 (LX + 80 * mm, "Sazba", "R"), (LX + LW - 1.5 * mm, "Částka Kč", "R"), (RX + 1.5 * mm, "Název", "L"),
                 (RX + RW - 1.5 * mm, "Částka Kč", "R")]:
    (c.drawRightString if al == "R" else c.drawString)(x, yy, t)
yy -= 5 * mm
c.setFont("DVC", 7.8)
ly = yy
for (code, name, days, h, r), a in zip(LINES, amounts):
    c.drawString(LX + 1.5 * mm, ly, f"{code}  {name}")
    c.drawRightString(LX + 56 * mm, ly, days)
    c.drawRightString(LX + 68 * mm, ly, cz(h))
    c.drawRightString(LX + 80 * mm, ly, cz(r))
    c.drawRightString(LX + LW - 1.5 * mm, ly, cz(a))
    ly -= 4.6 * mm
c.drawString(LX + 1.5 * mm, ly, "300  Prémie měsíční (hodnocení 100 %)")
c.drawRightString(LX + LW - 1.5 * mm, ly, cz(BONUS))
ly -= 5.5 * mm
c.line(LX, ly + 3.6 * mm, LX + LW, ly + 3.6 * mm)
c.setFont("DVCB", 8.4)
c.drawString(LX + 1.5 * mm, ly, "HRUBÁ MZDA")
c.drawRightString(LX + LW - 1.5 * mm, ly, cz(gross))
ly -= 8 * mm
c.setFont("DVC", 7.8)
for k, v in [("Vyměřovací základ SP/ZP", cz(base_ins)), ("Základ daně (zaokr. na 100 Kč)", cz(tax_base)),
             ("Pojistné SP zaměstnavatel 24,8 %", cz(sp_er)), ("Pojistné ZP zaměstnavatel 9 %", cz(zp_er))]:
    c.drawString(LX + 1.5 * mm, ly, k)
    c.drawRightString(LX + LW - 1.5 * mm, ly, v)
    ly -= 4.6 * mm

ry = yy
c.setFont("DVC", 7.8)
for k, v, b in [("Sociální pojištění 7,1 %", cz(sp), False), ("Zdravotní pojištění 4,5 %", cz(zp), False),
                ("Záloha na daň 15 % (7 515,00)", "", False), ("  – sleva na poplatníka", "2 570,00", False),
                ("Záloha na daň po slevách", cz(tax), False), ("ČISTÁ MZDA", cz(net), True),
                ("Stravenkový paušál 22 × 129,50", "+" + cz(meal), False),
                ("Srážka – doplňkové penzijní spoření", "−" + cz(dps), False)]:
    if b:
        c.line(RX, ry + 3.6 * mm, RX + RW, ry + 3.6 * mm)
    c.setFont("DVCB" if b else "DVC", 8.4 if b else 7.8)
    c.drawString(RX + 1.5 * mm, ry, k)
    c.drawRightString(RX + RW - 1.5 * mm, ry, v)
    ry -= 4.6 * mm if not b else 6 * mm

# payout box
ry -= 4 * mm
c.setLineWidth(1.4)
c.setStrokeColor(BLUE)
c.rect(RX, ry - 4 * mm, RW, 11 * mm, stroke=1, fill=0)
c.setFont("DVC", 7.4)
c.drawString(RX + 1.5 * mm, ry + 3.6 * mm, "K VÝPLATĚ (převodem 12.11.2025)")
c.setFont("DVCB", 12)
c.drawRightString(RX + RW - 1.5 * mm, ry - 1.8 * mm, cz(payout) + " Kč")
c.setLineWidth(0.5)
c.setFont("DVC", 7.4)
c.drawString(RX + 1.5 * mm, ry - 9 * mm, "Účet: 2418736014/0800 (Česká spořitelna)")

# year-to-date block
y = min(ly, ry - 14 * mm) - 6 * mm
c.setFillColor(SHADE)
c.rect(X0, y - 15 * mm, X1 - X0, 19 * mm, stroke=1, fill=1)
c.setFillColor(black)
c.setFont("DVCB", 8)
c.drawString(X0 + 2 * mm, y, "Roční údaje 1–10/2025")
YTD = [("Hrubá mzda", "468 912,40"), ("Sociální poj.", "33 301,00"), ("Zdravotní poj.", "21 107,00"),
       ("Záloha na daň", "44 685,00"), ("Čistá mzda", "369 819,40"), ("Odprac. hodiny", "1 496,50")]
c.setFont("DVC", 7.6)
for i, (k, v) in enumerate(YTD):
    x = X0 + 2 * mm + (i % 3) * 60 * mm
    yy = y - 5.5 * mm - (i // 3) * 5 * mm
    c.drawString(x, yy, k)
    c.drawRightString(x + 52 * mm, yy, v)
c.setFont("DVC", 6.8)
c.setFillColor(HexColor("#555555"))
y -= 22 * mm
for t in ["Zůstatek dovolené 2025: 6,5 dne · Nárok 25 dní, čerpáno 18,5 dne. Konto přesčasů: 0,00 h (přesčas proplacen).",
          "Pojistné je zaokrouhleno na celé koruny nahoru; základ zálohy na daň nad 100 Kč je zaokrouhlen na celé stokoruny nahoru.",
          "Stravenkový paušál je od daně a pojistného osvobozen. Reklamace výplatního lístku do 15 dnů u mzdové účetní (mzdy@strojirna-vysocina.example)."]:
    c.drawString(X0, y, t)
    y -= 3.8 * mm
c.showPage()
c.save()
