"""Music distributor's quarterly streaming royalty statement, Sweden, two pages (fpdf2).
Usage: python3 04_streamingredovisning_se.fpdf.py out.pdf"""
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal as D

from fpdf import FPDF

ROWS = [  # month, platform, territory, streams, revenue SEK
    ("2025-07", "Spotify", "SE", 81999, "2488.59"),
    ("2025-07", "Spotify", "NO", 30624, "904.72"),
    ("2025-07", "Spotify", "DK", 22667, "680.19"),
    ("2025-07", "Spotify", "US", 26083, "789.17"),
    ("2025-07", "Apple Music", "SE", 11427, "624.17"),
    ("2025-07", "Apple Music", "Övriga", 4119, "291.13"),
    ("2025-07", "YouTube Music", "SE", 21756, "408.12"),
    ("2025-07", "YouTube Music", "Övriga", 8252, "170.98"),
    ("2025-07", "Amazon Music", "SE", 6243, "235.23"),
    ("2025-07", "Amazon Music", "Övriga", 1825, "71.68"),
    ("2025-07", "Deezer", "Alla", 2973, "86.22"),
    ("2025-07", "Tidal", "Alla", 1532, "128.69"),
    ("2025-08", "Spotify", "SE", 114719, "3058.41"),
    ("2025-08", "Spotify", "NO", 29121, "953.31"),
    ("2025-08", "Spotify", "DK", 23863, "752.33"),
    ("2025-08", "Spotify", "US", 41657, "1190.64"),
    ("2025-08", "Apple Music", "SE", 19269, "1342.82"),
    ("2025-08", "Apple Music", "Övriga", 3461, "203.85"),
    ("2025-08", "YouTube Music", "SE", 20189, "360.42"),
    ("2025-08", "YouTube Music", "Övriga", 6758, "115.77"),
    ("2025-08", "Amazon Music", "SE", 6535, "298.48"),
    ("2025-08", "Amazon Music", "Övriga", 2261, "102.34"),
    ("2025-08", "Deezer", "Alla", 3873, "112.32"),
    ("2025-08", "Tidal", "Alla", 1241, "104.24"),
    ("2025-09", "Spotify", "SE", 74801, "2488.11"),
    ("2025-09", "Spotify", "NO", 36661, "1171.72"),
    ("2025-09", "Spotify", "DK", 24860, "721.34"),
    ("2025-09", "Spotify", "US", 41895, "1197.44"),
    ("2025-09", "Apple Music", "SE", 16530, "951.07"),
    ("2025-09", "Apple Music", "Övriga", 4894, "261.55"),
    ("2025-09", "YouTube Music", "SE", 19521, "391.47"),
    ("2025-09", "YouTube Music", "Övriga", 5650, "111.74"),
    ("2025-09", "Amazon Music", "SE", 7078, "299.48"),
    ("2025-09", "Amazon Music", "Övriga", 1937, "72.43"),
    ("2025-09", "Deezer", "Alla", 2898, "84.04"),
    ("2025-09", "Tidal", "Alla", 1546, "129.86"),
]
MONTHS = {"2025-07": "juli 2025", "2025-08": "augusti 2025", "2025-09": "september 2025"}

streams = sum(r[3] for r in ROWS)
gross = sum(D(r[4]) for r in ROWS)
fee = (gross * D("0.15")).quantize(D("0.01"))
net = gross - fee
assert (streams, gross, fee, net) == (730718, D("23354.07"), D("3503.11"), D("19850.96"))


def sek(x):
    s = f"{D(x):,.2f}"
    return s.replace(",", " ").replace(".", ",")


def num(n):
    return f"{n:,}".replace(",", " ")


F = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "1761955200")), timezone.utc))
pdf.add_font("DV", "", F + "DejaVuSans.ttf")
pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.set_margins(18, 16, 18)
PURPLE = (83, 40, 122)


def header(page):
    pdf.add_page()
    pdf.set_xy(18, 14)
    pdf.set_font("DV", "B", 22)
    pdf.set_text_color(*PURPLE)
    pdf.cell(0, 10, "KLANGVÅG")
    pdf.set_xy(18, 24)
    pdf.set_font("DV", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Klangvåg Distribution AB · Hornsgatan 88, 118 21 Stockholm · Org.nr 559218-4732 · redovisning@klangvag.example")
    pdf.set_draw_color(*PURPLE)
    pdf.set_line_width(0.8)
    pdf.line(18, 30, 192, 30)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(150, 277)
    pdf.set_font("DV", "", 7)
    pdf.cell(42, 4, f"Sida {page} av 2", align="R")


def table_head(y):
    pdf.set_xy(18, y)
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(235, 228, 242)
    for w, t, a in [(34, "Månad", "L"), (44, "Plattform", "L"), (26, "Territorium", "L"), (34, "Strömningar", "R"), (36, "Intäkt (SEK)", "R")]:
        pdf.cell(w, 6.5, t, align=a, fill=True)
    pdf.ln(6.5)


def row(r):
    pdf.set_x(18)
    pdf.set_font("DV", "", 8)
    pdf.cell(34, 5.6, MONTHS[r[0]])
    pdf.cell(44, 5.6, r[1])
    pdf.cell(26, 5.6, r[2])
    pdf.cell(34, 5.6, num(r[3]), align="R")
    pdf.cell(36, 5.6, sek(r[4]), align="R")
    pdf.ln(5.6)
    pdf.set_draw_color(225, 225, 225)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())


header(1)
pdf.set_xy(18, 36)
pdf.set_font("DV", "B", 13)
pdf.cell(0, 7, "Royaltyredovisning – strömmade intäkter")
# recipient block (left) and key/value grid (right)
pdf.set_font("DV", "", 9)
y0 = 48
for i, t in enumerate(["Betalningsmottagare", "Ebba Lindqvist", "Artistnamn: Ebba Linn", "Skolgatan 14 B", "753 12 Uppsala"]):
    pdf.set_xy(18, y0 + i * 4.8)
    pdf.set_font("DV", "B" if i == 0 else "", 7.5 if i == 0 else 9)
    pdf.set_text_color(*(PURPLE if i == 0 else (0, 0, 0)))
    pdf.cell(80, 4.8, t)
pdf.set_text_color(0, 0, 0)
kv = [("Redovisningsnummer", "KV-2025-Q3-01846"), ("Redovisningsdatum", "2025-10-15"), ("Period från", "2025-07-01"),
      ("Period till", "2025-09-30"), ("Kundnummer", "KV-A-20731"), ("Valuta", "SEK")]
for i, (k, v) in enumerate(kv):
    pdf.set_xy(112, y0 + i * 4.8)
    pdf.set_font("DV", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(36, 4.8, k)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(44, 4.8, v)
pdf.set_xy(18, 82)
pdf.set_font("DV", "", 8)
pdf.multi_cell(174, 4.2, "Katalog: 1 album (\"Vinterljus\", UPC 196754218300) och 3 singlar. Intäkterna nedan avser strömningar "
               "som rapporterats av plattformarna för perioden och omräknats till SEK efter plattformarnas rapportkurs.")
table_head(95)
for r in ROWS[:30]:
    row(r)
pdf.set_xy(18, pdf.get_y() + 3)
pdf.set_font("DV", "", 7.5)
pdf.cell(0, 4, "Forts. på sida 2.")

header(2)
pdf.set_xy(18, 36)
pdf.set_font("DV", "B", 10)
pdf.cell(0, 6, "Redovisning KV-2025-Q3-01846 · Ebba Lindqvist · forts.")
table_head(45)
for r in ROWS[30:]:
    row(r)
y = pdf.get_y() + 10
pdf.set_xy(18, y)
pdf.set_font("DV", "B", 11)
pdf.cell(0, 6, "Sammanställning")
summary = [("Totalt antal strömningar", num(streams), False), ("Bruttointäkter", sek(gross) + " kr", False),
           ("Distributionsavgift 15 %", "−" + sek(fee) + " kr", False), ("Netto att betala", sek(net) + " kr", True)]
y += 9
for k, v, b in summary:
    if b:
        pdf.set_draw_color(*PURPLE)
        pdf.line(100, y, 192, y)
        y += 1.5
    pdf.set_xy(100, y)
    pdf.set_font("DV", "B" if b else "", 10 if b else 9)
    pdf.cell(52, 6.5, k)
    pdf.cell(40, 6.5, v, align="R")
    y += 6.5
pdf.set_xy(18, y + 10)
pdf.set_font("DV", "", 8.5)
pdf.multi_cell(174, 4.6,
               "Utbetalning sker till bankkonto 8327-9, 914 728 463-1 (Swedbank) senast 2025-10-31. Belopp under 100 kr "
               "överförs till nästa redovisningsperiod. Distributionsavgiften är enligt avtal KV-A-20731, bilaga 1. "
               "Alla belopp exkl. moms; mottagaren ansvarar själv för redovisning av moms och skatt på sina royaltyintäkter.\n\n"
               "Frågor om redovisningen besvaras av artistsupport@klangvag.example inom 60 dagar från redovisningsdatum.")
pdf.output(sys.argv[1])
