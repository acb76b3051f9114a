"""Property manager's annual heating and service-charge settlement to a flat tenant (Switzerland, Bern): letterhead,
Swiss letter with the address window on the right, "Bern, 6. März 2026", subject line, object grid (Liegenschaft,
Objekt, Abrechnungsperiode, Fläche, Heizkostenverteiler-Einheiten), heating costs (60 % consumption / 40 % floor area)
and service costs (by floor area) with the property's total cost per item and the manager's fee, the tenant's share,
TV flat fee, total share, advance payments 12 x 480.00, and the balance to pay in a box; payment line with IBAN and
due date, objection period note (Art. 4 VMWG), UID in the footer. Swiss number format 6'124.72. ReportLab canvas,
DejaVu Sans (condensed for the tables).
Usage: python3 11_verwaltung_nebenkostenabrechnung_ch.rl.py out.pdf"""
import sys
from decimal import ROUND_HALF_UP, Decimal as D

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", DJ + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", DJ + "DejaVuSansCondensed-Bold.ttf"))
RED = colors.HexColor("#9b1c23")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#cccccc")
TINT = colors.HexColor("#f4eeee")


def q(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


HEAT = [("Fernwärme Energie (ewb), 412.6 MWh", "31846.20"), ("Grundgebühr Fernwärme", "4212.00"),
        ("Wartung Heizung und Warmwasser", "1386.45"), ("Verbrauchsabrechnung Messdienst", "1052.80")]
SERV = [("Hauswartung", "9600.00"), ("Treppenhausreinigung", "4380.00"), ("Allgemeinstrom", "1846.35"),
        ("Wasser und Abwasser", "6912.70"), ("Kehrichtgrundgebühr", "1284.00"), ("Lift-Serviceabonnement", "2410.00"),
        ("Gartenunterhalt", "2150.00")]
AREA, TOT_AREA, UNITS, TOT_UNITS = D("94.5"), D("1128.0"), D("1184"), D("12960")
H_SUM = sum(D(v) for _, v in HEAT)
H_FEE = q(H_SUM * D("0.03"))
H_TOT = H_SUM + H_FEE
H_VERB = q(H_TOT * D("0.6") * UNITS / TOT_UNITS)
H_FL = q(H_TOT * D("0.4") * AREA / TOT_AREA)
S_SUM = sum(D(v) for _, v in SERV)
S_FEE = q(S_SUM * D("0.035"))
S_TOT = S_SUM + S_FEE
S_SHARE = q(S_TOT * AREA / TOT_AREA)
TV = q(D("1728.00") / 12)
TOTAL = H_VERB + H_FL + S_SHARE + TV
AKONTO = 12 * D("480.00")
BAL = TOTAL - AKONTO
assert (H_TOT, H_VERB + H_FL, S_TOT, S_SHARE, TOTAL, AKONTO, BAL) == (
    D("39652.37"), D("3502.32"), D("29583.46"), D("2478.40"), D("6124.72"), D("5760.00"), D("364.72"))


def ch(x):
    """6'124.72"""
    return f"{D(x):,.2f}".replace(",", "'")


W, H = A4
c = Canvas(sys.argv[1], pagesize=A4, initialFontName="DV", initialFontSize=9)
c.setTitle("Heiz- und Nebenkostenabrechnung 2025 - Murtenstrasse 112")
c.setAuthor("Aare Immobilien Treuhand AG")
L, R = 22 * mm, W - 18 * mm


def txt(x, y, s, font="DV", size=8.8, color=colors.black, align="L"):
    c.setFont(font, size)
    c.setFillColor(color)
    {"R": c.drawRightString, "C": c.drawCentredString}.get(align, c.drawString)(x, y, s)


# letterhead
c.setFillColor(RED)
c.rect(L, H - 26 * mm, 3 * mm, 12 * mm, stroke=0, fill=1)
txt(L + 5 * mm, H - 19 * mm, "AARE IMMOBILIEN", "DVB", 15, RED)
txt(L + 5 * mm, H - 24.5 * mm, "Treuhand · Bewirtschaftung · Verkauf", "DV", 7.5, GREY)
for i, s in enumerate(["Aare Immobilien Treuhand AG", "Monbijoustrasse 68, 3007 Bern", "031 418 27 36",
                       "bewirtschaftung@aare-immo.example"]):
    txt(R, H - 15 * mm - i * 3.7 * mm, s, "DVB" if i == 0 else "DV", 7.2, colors.black if i == 0 else GREY, "R")

# address window on the right (Swiss style)
ax = W / 2 + 12 * mm
txt(ax, H - 48 * mm, "Aare Immobilien Treuhand AG, Monbijoustrasse 68, 3007 Bern", "DV", 5.8, GREY)
c.setStrokeColor(GREY)
c.setLineWidth(0.3)
c.line(ax, H - 49 * mm, ax + 66 * mm, H - 49 * mm)
for i, s in enumerate(["Herr", "Daniel Kunz", "Murtenstrasse 112", "3008 Bern"]):
    txt(ax, H - 54 * mm - i * 4.3 * mm, s, "DV", 9.5)

txt(L, H - 76 * mm, "Bern, 6. März 2026", "DV", 9)
txt(L, H - 85 * mm, "Heiz- und Nebenkostenabrechnung 2025", "DVB", 12.5)

# object grid
grid = [("Liegenschaft", "Murtenstrasse 112, 3008 Bern"), ("Mieter", "Daniel Kunz"),
        ("Objekt", "4½-Zimmerwohnung, 3. OG links"), ("Objekt-Nr.", "2140.03.02 / M-2140-0317"),
        ("Abrechnungsperiode", "01.01.2025 – 31.12.2025"), ("Fläche / Anteil", "94.5 m² von 1'128.0 m²"),
        ("Heizkostenverteiler", "1'184 von 12'960 Einheiten"), ("Währung", "CHF")]
y = H - 93 * mm
for i, (k, v) in enumerate(grid):
    x = L if i % 2 == 0 else L + 96 * mm
    yy = y - (i // 2) * 4.6 * mm
    txt(x, yy, k, "DV", 7.2, GREY)
    txt(x + (29 if i % 2 == 0 else 28) * mm, yy, v, "DV", 8.2)

# tables
y = H - 116 * mm
cols = [L, L + 82 * mm, L + 140 * mm, R]


def head(y, title):
    c.setFillColor(TINT)
    c.rect(L, y - 2 * mm, R - L, 6 * mm, stroke=0, fill=1)
    txt(L + 1.5 * mm, y, title, "DVCB", 8.4, RED)
    txt(cols[2] - 2 * mm, y, "Kosten Liegenschaft", "DVCB", 7.4, GREY, "R")
    txt(R - 1.5 * mm, y, "Ihr Anteil", "DVCB", 7.4, GREY, "R")
    return y - 5.6 * mm


def line(y, label, total="", share="", bold=False, key=""):
    f = "DVCB" if bold else "DVC"
    txt(L + 1.5 * mm, y, label, f, 8.3)
    if key:
        txt(cols[1], y, key, "DVC", 7.4, GREY)
    if total:
        txt(cols[2] - 2 * mm, y, total, f, 8.3, align="R")
    if share:
        txt(R - 1.5 * mm, y, share, f, 8.3, align="R")
    c.setStrokeColor(RULE)
    c.line(L, y - 1.6 * mm, R, y - 1.6 * mm)
    return y - 4.4 * mm


y = head(y, "Heizung und Warmwasser")
for k, v in HEAT:
    y = line(y, k, ch(v))
y = line(y, "Verwaltungshonorar Heizkosten 3 %", ch(H_FEE))
y = line(y, "Total Heiz- und Warmwasserkosten", ch(H_TOT), bold=True)
y = line(y, "davon 60 % nach Verbrauch", ch(q(H_TOT * D("0.6"))), ch(H_VERB), key="1'184 / 12'960 Einh.")
y = line(y, "davon 40 % nach Fläche", ch(q(H_TOT * D("0.4"))), ch(H_FL), key="94.5 / 1'128.0 m²")
y = line(y, "Ihr Anteil Heiz- und Warmwasserkosten", "", ch(H_VERB + H_FL), bold=True)
y -= 3 * mm
y = head(y, "Nebenkosten")
for k, v in SERV:
    y = line(y, k, ch(v))
y = line(y, "Verwaltungshonorar Nebenkosten 3.5 %", ch(S_FEE))
y = line(y, "Total Nebenkosten", ch(S_TOT), ch(S_SHARE), bold=True, key="94.5 / 1'128.0 m²")
y = line(y, "TV- und Kabelgebühren (Pauschale je Wohnung)", ch(D("1728.00")), ch(TV), key="1 / 12 Wohnungen")

# summary box on the right, payment text on the left
y -= 5 * mm
top = y
bx, bw = L + 90 * mm, R - (L + 90 * mm)
rows = [("Total Heiz- und Nebenkosten", ch(TOTAL), "DVB"),
        ("abzüglich Akonto 12 x 480.00", "- " + ch(AKONTO), "DV")]
for k, v, f in rows:
    txt(bx + 2 * mm, y, k, f, 8.6)
    txt(R - 2 * mm, y, v, f, 8.6, align="R")
    y -= 5.5 * mm
y -= 2 * mm
c.setFillColor(RED)
c.rect(bx, y - 3 * mm, bw, 8.5 * mm, stroke=0, fill=1)
txt(bx + 2 * mm, y, "Nachzahlung zu Ihren Lasten CHF", "DVB", 8.8, colors.white)
txt(R - 2 * mm, y, ch(BAL), "DVB", 10, colors.white, "R")
para = ["Bitte überweisen Sie den Betrag von CHF " + ch(BAL), "bis zum 5. April 2026 auf unser Konto",
        "IBAN CH25 0078 1041 8273 6500 1,", "Zahlungszweck: NK 2025 / 2140.03.02.",
        "Die Belege können nach Vereinbarung in unserem", "Büro eingesehen werden (Art. 8 Abs. 2 VMWG).",
        "Einwände sind innert 30 Tagen schriftlich zu", "begründen. Die Akontobeträge bleiben unverändert."]
for i, s in enumerate(para):
    txt(L, top - i * 3.8 * mm, s, "DV", 7.6)
y = top - len(para) * 3.8 * mm - 5 * mm
txt(L, y, "Freundliche Grüsse", "DV", 8.4)
txt(L, y - 4.5 * mm, "Aare Immobilien Treuhand AG", "DVB", 8.4)
txt(L, y - 8.5 * mm, "Simone Gerber, Bewirtschafterin", "DV", 8.4)

c.setStrokeColor(RED)
c.setLineWidth(0.6)
c.line(L, 16 * mm, R, 16 * mm)
txt((L + R) / 2, 12 * mm, "Aare Immobilien Treuhand AG · Monbijoustrasse 68 · 3007 Bern · UID CHE-418.273.657 · "
                          "Mitglied SVIT Bern", "DV", 6.6, GREY, "C")
c.showPage()
c.save()
