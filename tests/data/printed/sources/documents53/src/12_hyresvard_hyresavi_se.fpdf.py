"""Landlord's monthly rent notice (hyresavi) for a flat (Sweden, Umeå): logo, HYRESAVI title with the rent month,
tenant address in the window position, info grid (avidatum, förfallodag, kundnummer, kontraktsnummer, lägenhetsnummer,
objekt, OCR-nummer, bankgiro, valuta), specification of rent, garage and broadband for the period, total "Att betala",
landlord's message box (annual rent negotiation), and a bankgiro payment slip (inbetalning / girering avi) below a cut
line repeating recipient, bankgiro number, OCR reference (length digit + Luhn), amount in kronor / öre and due date,
with the machine-readable OCR line. fpdf2, DejaVu Sans and DejaVu Sans Mono.
Usage: python3 12_hyresvard_hyresavi_se.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal as D

from fpdf import FPDF

ITEMS = [("Hyra bostad lgh 1103, 3 rok 74 m²", "2026-04-01 – 2026-04-30", D("8745.00")),
         ("Garageplats G-07", "2026-04-01 – 2026-04-30", D("650.00")),
         ("Bredband 250/250 Mbit/s (kollektivt avtal)", "2026-04-01 – 2026-04-30", D("99.00"))]
TOTAL = sum(i[2] for i in ITEMS)
assert TOTAL == D("9494.00")
OCR = "11032604214"
BG = "5418-2738"


def se(x):
    """9 494,00"""
    return f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",")


DJ = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1773360000")), timezone.utc))
pdf.add_font("D", "", DJ + "DejaVuSans.ttf")
pdf.add_font("D", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("M", "", DJ + "DejaVuSansMono.ttf")
pdf.set_auto_page_break(False)
pdf.set_title("Hyresavi april 2026 - lgh 1103")
pdf.set_author("Fastighets AB Norrbacka")
pdf.add_page()
BLUE = (24, 64, 112)
GREY = (105, 105, 105)


def t(x, y, s, size=9, style="", w=0, align="L", font="D", color=(0, 0, 0)):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.42, s, align=align)


# header
pdf.set_fill_color(*BLUE)
pdf.ellipse(18, 14, 11, 11, "F")
t(18, 17.5, "N", 13, "B", w=11, align="C", color=(255, 255, 255))
t(32, 15, "NORRBACKA", 15, "B", color=BLUE)
t(32, 22, "Fastighets AB  ·  Umeå", 7.5, color=GREY)
t(120, 14, "HYRESAVI", 20, "B", w=72, align="R", color=BLUE)
t(120, 23, "Avser april 2026", 9.5, w=72, align="R")

# tenant address (window)
t(22, 44, "Fastighets AB Norrbacka, Storgatan 48, 903 26 Umeå", 6.2, color=GREY)
for i, s in enumerate(["Sara Lindberg", "Ålidhemsgatan 14 lgh 1103", "907 32 Umeå"]):
    t(22, 50 + i * 5, s, 10)

# info grid
info = [("Avidatum", "2026-03-13"), ("Förfallodag", "2026-03-31"), ("Kundnummer", "20417"),
        ("Kontraktsnummer", "1103-01"), ("Lägenhetsnummer", "1103"), ("Objekt", "Ålidhem 5:12, trapphus B"),
        ("OCR-nummer", OCR), ("Bankgiro", BG), ("Valuta", "SEK")]
pdf.set_draw_color(205, 214, 224)
for i, (k, v) in enumerate(info):
    y = 42 + i * 5.6
    t(112, y, k, 7.5, color=GREY)
    t(146, y, v, 8.8, "B" if k in ("Förfallodag", "OCR-nummer") else "")
    pdf.line(112, y + 4.4, 192, y + 4.4)

# specification
y = 100
t(18, y, "Specifikation", 10, "B", color=BLUE)
y += 7
pdf.set_fill_color(232, 238, 245)
pdf.rect(18, y - 1.5, 174, 7, "F")
t(20, y, "Text", 8, "B")
t(108, y, "Period", 8, "B")
t(150, y, "Belopp kr", 8, "B", w=40, align="R")
y += 8
for d, p, a in ITEMS:
    t(20, y, d, 9)
    t(108, y, p, 8.5)
    t(150, y, se(a), 9, w=40, align="R")
    pdf.line(18, y + 5, 192, y + 5)
    y += 7
t(20, y + 1, "Moms ingår inte (uthyrning av bostad är momsfri)", 7.5, color=GREY)
t(108, y + 1, "Summa", 9, "B")
t(150, y + 1, se(TOTAL), 9, "B", w=40, align="R")
y += 10
pdf.set_fill_color(*BLUE)
pdf.rect(104, y - 2, 88, 10, "F")
t(108, y + 0.3, "Att betala", 11, "B", color=(255, 255, 255))
t(150, y + 0.3, se(TOTAL) + " kr", 11, "B", w=40, align="R", color=(255, 255, 255))

# message box
y += 16
pdf.set_draw_color(*BLUE)
pdf.rect(18, y, 174, 30)
t(22, y + 3, "Meddelande från hyresvärden", 8.5, "B", color=BLUE)
pdf.set_xy(22, y + 8)
pdf.set_font("D", "", 8.2)
pdf.set_text_color(0, 0, 0)
pdf.multi_cell(166, 4.2, "Årets hyresförhandling med Hyresgästföreningen region Norrland är klar: bostadshyran höjs med "
                         "4,1 % från den 1 april 2026. Den nya hyran ingår i denna avi. Hyran ska vara oss tillhanda "
                         "senast sista vardagen före månadsskiftet. Använd alltid OCR-numret vid betalning. Vill du "
                         "betala med autogiro eller e-faktura? Anmäl dig på mina sidor, norrbacka.example/mina-sidor.")

# payment slip
y = 200
pdf.set_draw_color(120, 120, 120)
pdf.set_dash_pattern(dash=1.5, gap=1.2)
pdf.line(10, y, 200, y)
pdf.set_dash_pattern()
t(14, y + 1.5, "✂  Klipp här vid betalning via bank eller post", 6.5, color=GREY)
y += 8
pdf.set_fill_color(255, 241, 214)
pdf.rect(10, y, 190, 78, "F")
t(14, y + 4, "INBETALNING / GIRERING AVI", 11, "B")
t(150, y + 4, "Bankgirot", 11, "B", w=46, align="R")
box = [(14, y + 14, 90, "Betalningsmottagare", "Fastighets AB Norrbacka"),
       (108, y + 14, 88, "Till bankgironummer", BG),
       (14, y + 30, 90, "OCR-nummer / referens", OCR),
       (108, y + 30, 44, "Kronor", "9\u00a0494"),
       (152, y + 30, 18, "Öre", "00"),
       (170, y + 30, 26, "Förfallodag", "2026-03-31"),
       (14, y + 46, 90, "Inbetalare", "Sara Lindberg, lgh 1103"),
       (108, y + 46, 88, "Avser", "Hyra april 2026")]
pdf.set_draw_color(0, 0, 0)
pdf.set_fill_color(255, 255, 255)
for x, yy, w, cap, val in box:
    pdf.rect(x, yy, w, 12, "DF")
    t(x + 1.5, yy + 1.2, cap, 6.2, color=GREY)
    t(x + 1.5, yy + 6, val, 10, "B")
t(14, y + 62, "Använd blanketten endast om du inte betalar via internetbank med OCR-nummer.", 7, color=GREY)
t(14, y + 70, f"#  {OCR} #    9494 00   6 >                {BG.replace('-', '')}#41#", 10.5, font="M")
t(10, 289, "Fastighets AB Norrbacka  ·  Storgatan 48, 903 26 Umeå  ·  org.nr 556841-2737  ·  godkänd för F-skatt  ·  "
           "hyra@norrbacka.example", 6.5, w=190, align="C", color=GREY)
pdf.output(sys.argv[1])
